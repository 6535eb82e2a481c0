"""Boxing into an interface allocates as runtime/iface.go's convT functions do: only for
escaping conversions, and not for pointer-shaped values, integers below 256, one-byte
values, the empty string, a nil slice, zero floats or constants."""
import io

from minigo.machine.events import attach
from minigo.machine.machine import Machine
from minigo.machine.runner import compile_program, run_machine

SRC = """package main

import "fmt"

type P struct{ x, y int }

var sink interface{}

func main() {
	x, y, neg := 1000, 5, -1
	s, e := "hi", ""
	p := P{1, 2}
	f, z := 2.5, 0.0
	var b byte = 200
	var ns []int
	sl := []int{1}
	ptr := &p
	fmt.Println(x, y, neg, s, e, p, f, z, b, ns, sl, ptr, 12345)
	sink = x
}
"""


def test_boxing_allocates_what_the_runtime_copies():
    program = compile_program(SRC, "box.go")
    m = Machine(program, io.BytesIO(), io.BytesIO())
    events = []
    attach(m, events.append)
    assert run_machine(m) == 0
    boxed = [(e["reason"], e["size"]) for e in events if e["kind"] == "alloc"]
    # Go's -m for this program says every argument "escapes to heap"; the runtime copies:
    assert sorted(boxed) == sorted([
        ("moved to heap: p", 16),  # &p
        ("[]int{...} escapes to heap", 8),
        ("x escapes to heap", 8),  # convT64: 1000 >= 256
        ("neg escapes to heap", 8),  # -1 is a huge uint64
        ("s escapes to heap", 16),  # convTstring
        ("p escapes to heap", 16),  # convT: a copy of the struct
        ("f escapes to heap", 8),  # convT64 of 2.5's bits
        ("sl escapes to heap", 24),  # convTslice
        ("x escapes to heap", 8),  # sink = x
    ])  # not y (5), e (""), z (0.0), b (one byte), ns (nil), ptr (pointer-shaped), 12345 (constant)
    assert m.stdout.getvalue() == b"1000 5 -1 hi  {1 2} 2.5 0 200 [] [1] &{1 2} 12345\n"  # go run's output
