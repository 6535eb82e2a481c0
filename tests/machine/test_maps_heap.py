"""Map buckets on the heap, as runtime/map.go allocates them.

Measured with Go 1.19 (runtime.MemStats around ``m := make(map[int]int); for i < n {
m[i] = i }``, the map not escaping): n = 8 allocates nothing (the first bucket is on the
stack); n = 9 one object of 288 bytes (2 buckets of 144); n = 14 two objects, 864 bytes
(288 + 576).  Larger maps also get overflow buckets, which depend on Go's randomised
hash and are not modelled."""
import io

import pytest

from minigo.machine.machine import Machine
from minigo.machine.maps import bucket_size, limit, over_load_factor
from minigo.machine.runner import compile_program, run_machine

SRC = """package main

import "runtime"

var keep map[int]string

func fill(n int) int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i
	}
	return len(m)
}

func main() {
	println(fill(N))
	keep = map[int]string{1: "a", 2: "b"}
	for i := 0; i < 20; i++ {
		keep[i] = "x"
	}
	runtime.GC()
	println(len(keep))
}
"""


def run(n: int):
    program = compile_program(SRC.replace("N", str(n)), "m.go")
    m = Machine(program, io.BytesIO(), io.BytesIO())
    allocs = []
    orig = m.heap._account

    def account(rec):
        allocs.append(rec)
        return orig(rec)
    m.heap._account = account
    assert run_machine(m) == 0
    return m, allocs


@pytest.mark.parametrize("n, sizes", [(8, []), (9, [288]), (14, [288, 576])])
def test_bucket_arrays_match_gos_measured_allocations(n, sizes):
    m, allocs = run(n)
    fill = [r for r in allocs if r.type.name == "map.bucket[int]int"]
    assert [r.span for r in fill] == sizes


def test_growth_follows_the_load_factor():
    assert [limit(b) for b in range(4)] == [8, 13, 26, 52]
    assert not over_load_factor(8, 0) and over_load_factor(9, 0) and over_load_factor(14, 1)
    m, allocs = run(100)
    arrays = [r for r in allocs if r.type.name == "map.bucket[int]int"]
    assert bucket_size(m.tt.rt[[t for t in m.tt.rt if t.name == "map[int]int"][0].id]) == 144
    # 100 entries fit 16 buckets (up to 104): 2, 4, 8, then 16 + 1 preallocated overflow
    # bucket = 17 x 144 = 2448 bytes, rounded up to the 2688-byte size class, where 18 fit
    assert [(r.why, r.size) for r in arrays] == [("hashGrow", 288), ("hashGrow", 576),
                                                 ("hashGrow", 1152), ("hashGrow", 18 * 144)]
    assert arrays[-1].span == 2688


def test_old_tables_are_garbage_and_live_maps_keep_their_buckets():
    m, allocs = run(100)
    live = m.heap.objects
    keep_hdr = [r for r in allocs if r.type.name == "map[int]string"]
    assert len(keep_hdr) == 1 and keep_hdr[0].addr in live  # the escaping map literal's hmap
    keep_buckets = [r for r in allocs if r.type.name == "map.bucket[int]string"]
    assert [r.why for r in keep_buckets] == ["mapassign", "hashGrow", "hashGrow"]
    # after the GC: fill's map is gone, keep's old tables were evacuated, its newest is live
    assert [r.addr in live for r in keep_buckets] == [False, False, True]
    assert not any(r.addr in live for r in allocs if r.type.name == "map.bucket[int]int")
