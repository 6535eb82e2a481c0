"""One GC cycle seen step by step, as the debugger and the UI will see it: the phases in
Go's order with their stop-the-world pauses on the clock, the marking wavefront (white,
grey, black) advancing between statements, black allocation, and the sweep freeing
exactly the objects left white."""
import io

from minigo.machine import cost
from minigo.machine.events import attach
from minigo.machine.gc import GC_MARK
from minigo.machine.machine import Machine
from minigo.machine.runner import compile_program, machine_settings, run_machine

SRC = """package main

//minigo:heap-min 64KB

type Node struct{ left, right *Node }

func build(d int) *Node {
	if d == 0 {
		return &Node{}
	}
	return &Node{build(d - 1), build(d - 1)}
}

func main() {
	keep := build(12)
	n := 0
	for i := 0; i < 30; i++ {
		t := build(9)
		if t.left != nil {
			n++
		}
	}
	println(n, keep.left != nil)
}
"""


def run():
    program = compile_program(SRC, "tree.go")
    m = Machine(program, io.BytesIO(), io.BytesIO(), machine_settings(SRC, "tree.go", env={}))
    events = []
    attach(m, events.append)
    m.set_traps([True] * len(m.traps))
    snaps = []
    stops = [0]

    def on_stop(g, k):
        c = m.collector
        stops[0] += 1
        if c.phase == GC_MARK and stops[0] % 64 == 0:  # a sample of the statements
            colours = [c.colour(r) for r in m.heap.objects.values()]
            snaps.append((c.cur.n, colours.count("white"), colours.count("grey"), colours.count("black")))
    m.on_stop = on_stop
    assert run_machine(m) == 0
    return m, events, snaps


def test_phases_come_in_gos_order_with_their_pauses():
    m, events, _ = run()
    phases = [(e["cycle"], e["phase"], e["t_ns"]) for e in events if e["kind"] == "gc_phase"]
    cycles = m.collector.cycles
    assert len(cycles) >= 2
    unfinished = ["mark"] if m.collector.phase == GC_MARK else []  # the program may end mid-cycle
    assert [p[1] for p in phases] == ["mark", "marktermination", "off"] * len(cycles) + unfinished
    for c in cycles:
        assert c.t_mark - c.t_sweepterm >= cost.SWEEPTERM_NS  # the world stopped
        assert c.t_end - c.t_markterm >= cost.MARKTERM_NS
        assert c.t_markterm > c.t_mark  # marking took time on the clock
    assert all(a[2] <= b[2] for a, b in zip(phases, phases[1:]))


def test_the_wavefront_advances_and_the_sweep_frees_the_white():
    m, events, snaps = run()
    assert snaps, "no statement ran while marking"
    for n in {s[0] for s in snaps}:
        cycle = [s for s in snaps if s[0] == n]
        blacks = [s[3] for s in cycle]
        assert blacks == sorted(blacks)  # black only grows during a cycle
        assert any(s[2] for s in cycle)  # a grey wavefront was visible
    assert any(s[1] for s in snaps)  # and garbage stayed white
    # what was white when marking ended is exactly what the sweep freed
    freed = {e["addr"] for e in events if e["kind"] == "free"}
    allocated = {e["addr"] for e in events if e["kind"] == "alloc"}
    assert freed and freed <= allocated
    assert sum(c.freed for c in m.collector.cycles) == sum(1 for e in events if e["kind"] == "free")
    live_tree = 2 ** 13 - 1  # keep: build(12) is reachable to the end
    assert len(m.heap.objects) >= live_tree
