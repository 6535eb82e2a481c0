"""String results on the heap, by runtime/string.go's rules: concatenation and conversions
use the 32-byte stack buffer when escape analysis allows and the result fits, else they
allocate; ``s += t`` always allocates (no buffer); the collector keeps a string that is
still referenced and frees the others."""
import io

from minigo.machine.machine import Machine
from minigo.machine.runner import compile_program, run_machine

SRC = """package main

import "runtime"

var keep string

func work() int {
	s := ""
	for i := 0; i < 10; i++ {
		s += "ab"
	}
	a, b := "hello, ", "world"
	short := a + b
	long := short + short + short
	keep = a + b
	bs := []byte(long)
	t := string(bs)
	return len(s) + len(short) + len(long) + len(t)
}

func main() {
	println(work())
	runtime.GC()
	println(keep)
}
"""


def run():
    program = compile_program(SRC, "s.go")
    m = Machine(program, io.BytesIO(), io.BytesIO())
    after_gc = []
    orig = m.collector.mark_termination

    def mark_termination():
        orig()
        after_gc.append(dict(m.heap.objects))
    m.collector.mark_termination = mark_termination
    assert run_machine(m) == 0
    return program, m, after_gc


def test_concatenation_and_conversions_allocate_by_the_runtime_rules():
    program, m, _ = run()
    by_site = {(program.sites[k].line, program.sites[k].col): n for k, n in m.heap.by_site.items()}
    # s += "ab": 9 allocations (the first result is the one non-empty operand);
    # short + short + short (42 bytes) does not escape but outgrows the buffer;
    # []byte(long) and string(bs) likewise (42 > 32)
    assert m.heap.by_runtime["concatstrings"] == 9 + 1
    assert m.heap.by_runtime["rawbyteslice"] == 1
    assert m.heap.by_runtime["slicebytetostring"] == 1
    assert by_site == {(15, 11): 1}  # keep = a + b escapes: Go's "a + b escapes to heap"
    assert program.sites[0].reason == "a + b escapes to heap"


def test_the_collector_keeps_a_referenced_string_and_frees_the_rest():
    program, m, after_gc = run()
    (live,) = after_gc
    kept = [r for r in live.values() if r.type.name == "string"]
    assert [(r.size, r.site) for r in kept] == [(12, 0)]  # keep's "hello, world"
    assert m.stdout.getvalue() == b"" and m.stderr.getvalue().endswith(b"hello, world\n")
    assert not m.heap.immutables.keys() - {k for k in m.heap.immutable_ids.values()}
