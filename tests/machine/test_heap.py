"""Heap objects: each with a Go-like address, its type, its size and size class, and the
site and reason it was allocated for, from the moment its variable is declared; live
while the program can reach it from its roots."""
import io

from minigo.machine.events import attach
from minigo.machine.mheap import ARENA_START, PAGE
from minigo.machine.machine import Machine
from minigo.machine.runner import load, run_machine
from minigo.machine.sizeclass import SIZE_CLASSES


def machine(text: str, name: str = "p.go") -> Machine:
    errors, program = load(text, name)
    assert not errors
    return Machine(program, io.BytesIO(), io.BytesIO())


def heap_at_lines(m: Machine, lines: set) -> dict:
    """Run m with every stop armed; the live heap records when each line is reached."""
    m.set_traps([True] * len(m.traps))
    seen = {}

    def on_stop(g, k):
        line = m.program.stops[k].line
        if line in lines and line not in seen:
            seen[line] = m.live_heap()
    m.on_stop = on_stop
    assert run_machine(m) == 0
    return seen


MOVED = """package main

import "fmt"

type point struct{ x, y int }

var gp *point

func keep() {
	p := point{1, 2}
	p.x = 3
	gp = &p
}

func main() {
	keep()
	fmt.Println(gp.x)
}
"""


def test_a_moved_variable_is_a_heap_object_from_its_declaration_on():
    m = machine(MOVED)
    seen = heap_at_lines(m, {10, 11, 17})
    assert seen[10] == []  # before `p := point{1, 2}` runs
    [rec] = seen[11]
    assert rec.type.name == "main.point"
    assert (rec.size, SIZE_CLASSES[rec.sizeclass]) == (16, 16)
    assert rec.why == "moved to heap: p"
    assert m.program.sites[rec.site].line == 10
    assert rec.addr >= ARENA_START and rec.addr % PAGE == 0  # the first slot of its class's first span
    assert seen[17] == [rec]  # after keep returned: still reachable through gp


def test_unreachable_objects_leave_the_heap_and_a_span_fills_in_allocation_order():
    m = machine("""package main

type node struct{ next *node; v [6]int }

func mk(i int) *node { return &node{v: [6]int{i}} }

func main() {
	var keep *node
	for i := 0; i < 1000; i++ {
		n := mk(i)
		if i%100 == 0 {
			n.next = keep
			keep = n
		}
	}
	println(keep.v[0])
}
""")
    live = heap_at_lines(m, {16})[16]  # at println, while the program still runs
    [site] = m.heap.by_site
    assert m.heap.by_site[site] == 1000
    # the ten kept in the list; the last n is dead after the loop (stack maps), as in Go
    assert len(live) == 10
    assert all(r.size == 56 and SIZE_CLASSES[r.sizeclass] == 64 for r in live)
    addrs = [r.addr for r in live]
    assert addrs == sorted(addrs)
    # one 64-byte slot per allocation, in allocation order: i = 0, 100, ..., 900
    assert [a - addrs[0] for a in addrs] == [i * 64 for i in range(0, 1000, 100)]


def test_growslice_allocates_size_class_rounded_arrays():
    m = machine("""package main

func main() {
	var s []int
	for i := 0; i < 600; i++ {
		s = append(s, i)
	}
	println(len(s), cap(s))
}
""")
    [rec] = heap_at_lines(m, {8})[8]  # the older arrays are unreachable
    assert m.stderr.getvalue() == b"600 848\n"
    assert (rec.why, rec.size, rec.site) == ("growslice", 848 * 8, None)
    assert m.heap.by_runtime["growslice"] == 11  # caps 1 2 4 ... 512 848


def test_sites_allocating_maps_and_slices_again_get_a_record_each_time():
    m = machine("""package main

var keep []map[string][]int

func main() {
	for i := 0; i < 3; i++ {
		keep = append(keep, map[string][]int{"a": []int{i, i}})
	}
	println(len(keep))
}
""")
    live = heap_at_lines(m, {9})[9]
    kinds = sorted((r.why, r.size) for r in live)
    assert kinds.count(("map[string][]int{...} escapes to heap", 48)) == 3
    assert kinds.count(("[]int{...} escapes to heap", 16)) == 3


REUSE = """package main

import "runtime"

type small struct{ a, b int }

var keep []*small
var big []byte

func main() {
	for i := 0; i < 100; i++ {
		p := &small{i, i}
		if i%10 == 0 {
			keep = append(keep, p)
		}
	}
	big = make([]byte, 100000)
	runtime.GC()
	for i := 0; i < 5; i++ {
		keep = append(keep, &small{i, i})
	}
	big = nil
	runtime.GC()
	big = make([]byte, 90000)
	println(len(keep), len(big))
}
"""


def test_spans_place_classes_apart_and_reuse_freed_slots():
    """mcache/mcentral: each size class fills its own spans, lowest slot first; after a
    sweep the class reuses the freed slots before taking a fresh span; large objects
    take whole pages, which return to the page heap when freed."""
    m = machine(REUSE)
    events = []
    attach(m, events.append)
    run_machine(m)
    allocs = [e for e in events if e["kind"] == "alloc"]
    smalls = [e for e in allocs if e["type"] == "main.small"]
    first, second = smalls[:100], smalls[100:]
    assert all(b["addr"] > a["addr"] for a, b in zip(first, first[1:]))  # lowest free slot first
    page = first[0]["addr"] // PAGE
    others = [e for e in allocs if e["class"] not in (0, first[0]["class"])]
    assert others and all(e["addr"] // PAGE != page for e in others)  # other classes, other spans
    kept = {e["addr"] for e in first[::10]}
    freed = sorted({e["addr"] for e in first} - kept)
    assert [e["addr"] for e in second] == freed[:5]  # the lowest freed slots, reused
    bigs = [e for e in allocs if e["type"] == "[]uint8"]
    assert [e["addr"] % PAGE for e in bigs] == [0, 0] and bigs[0]["class"] == 0
    assert bigs[1]["addr"] == bigs[0]["addr"]  # the freed pages are the lowest range that fits
    # the allocator's fast path (no events attached) places every object the same way
    plain = machine(REUSE)
    run_machine(plain)
    assert sorted(plain.heap.objects) == sorted(m.heap.objects)


def test_stacks_and_heap_objects_never_overlap():
    m = machine(REUSE.replace("func main() {", "func deep(n int) int {\n\tif n == 0 {\n\t\treturn 0\n\t}\n\treturn deep(n-1) + 1\n}\n\nfunc main() {\n\tdeep(500)"))
    run_machine(m)
    ranges = sorted([(r.addr, r.addr + r.span) for r in m.heap.objects.values()] +
                    [(g.stack_lo, g.stack_lo + g.stack_size) for g in m.sched.allgs])
    assert all(a[1] <= b[0] for a, b in zip(ranges, ranges[1:]))
    assert m.sched.allgs[0].stack_size > 2048  # deep(500) grew it
