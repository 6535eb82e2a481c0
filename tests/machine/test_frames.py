"""The frame map: a slot per parameter, result and local, in declaration order, at amd64
sizes and alignments; a variable moved to the heap keeps an 8-byte pointer slot; the
generated code's local for each slot holds the variable's value while the frame runs."""
import io

from minigo.compile.frames import FRAME_OVERHEAD
from minigo.machine.machine import Machine
from minigo.machine.runner import load, run_machine

PROGRAM = """package main

type pair struct {
	a int8
	b int64
}

var sink *int

func f(flag bool, name string) (n int) {
	var small int8 = 1
	p := pair{2, 3}
	xs := []int{4}
	var any interface{} = name
	moved := 5
	sink = &moved
	n = int(small) + int(p.b) + xs[0] + len(any.(string)) + moved
	return n
}

func main() {
	println(f(true, "hi"))
}
"""


def test_frame_layout_follows_amd64_sizes_and_alignment():
    errors, program = load(PROGRAM, "frames.go")
    assert not errors
    frame = program.frames["main.f"]
    got = [(s.name, s.type, s.offset, s.size, s.heap) for s in frame.slots]
    assert got == [
        ("flag", "bool", 0, 1, False),
        ("name", "string", 8, 16, False),
        ("n", "int", 24, 8, False),
        ("small", "int8", 32, 1, False),
        ("p", "main.pair", 40, 16, False),
        ("xs", "[]int", 56, 24, False),
        ("any", "interface{}", 80, 16, False),
        ("moved", "int", 96, 8, True),  # its address; the int is on the heap
    ]
    assert frame.size == 104 + FRAME_OVERHEAD


def test_slots_name_the_locals_that_hold_the_values():
    errors, program = load(PROGRAM, "frames.go")
    m = Machine(program, io.BytesIO(), io.BytesIO())
    m.set_traps([True] * len(m.traps))
    values = {}

    def on_stop(g, k):
        if program.stops[k].line == 18:  # at `return n`
            gen = g.gen
            while gen.gi_yieldfrom is not None:
                gen = gen.gi_yieldfrom
            loc = gen.gi_frame.f_locals
            for s in program.frames["main.f"].slots:
                v = loc[s.pyname]
                values[s.name] = v.v if s.boxed else v
    m.on_stop = on_stop
    assert run_machine(m) == 0
    assert m.stderr.getvalue() == b"15\n"
    assert values["flag"] is True and values["name"] == b"hi" and values["n"] == 15
    assert values["small"] == 1 and list(values["p"]) == [2, 3] and values["moved"] == 5
    assert values["any"][1] == b"hi"
