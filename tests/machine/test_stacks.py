"""Goroutine stacks: growth at the depth the frame sizes predict, shrinking by halves at GC,
and Go's stack-overflow failure under a lowered limit."""
import io
import re
import subprocess
import sys
from pathlib import Path

from minigo.machine.events import attach
from minigo.machine.machine import Machine
from minigo.machine.runner import compile_program, machine_settings, run_machine, run_program
from minigo.machine.settings import Settings
from minigo.machine.stack import STACK_GUARD, STACK_LIMIT, STACK_MIN, STACK_SMALL
from minigo.machine.stackframes import goroutine_frames

DATA = Path(__file__).parent.parent / "testdata" / "stack"


def traced(name: str):
    path = DATA / name
    text = path.read_text()
    program = compile_program(text, str(path))
    out, err = io.BytesIO(), io.BytesIO()
    m = Machine(program, out, err, machine_settings(text, str(path), env={}))
    events = []
    attach(m, events.append)
    status = run_machine(m)
    return program, m, events, status, out.getvalue(), err.getvalue()


def predicted_growth(main_frame: int, frame: int, depth: int) -> list[tuple[int, int, int]]:
    """(calls made so far, old size, new size) for each growth, by Go's rules: a call
    grows the stack when the frame would reach the guard (used + excess >= size - guard,
    the excess being what a frame has beyond _StackSmall), to twice the size."""
    size, used, out = STACK_MIN, 0, []
    for calls, f in enumerate([main_frame] + [frame] * (depth + 1)):
        if used + max(0, f - STACK_SMALL) >= size - STACK_GUARD:
            new = size * 2
            while new - used < f + STACK_GUARD:
                new *= 2
            out.append((calls, size, new))
            size = new
        used += f
    return out


def test_recursion_grows_the_stack_at_the_predicted_depths_and_gc_halves_it():
    program, m, events, status, out, err = traced("grow.go")
    assert status == 0 and err == b"1000\n"
    main_frame, frame = program.frames["main.main"].size, program.frames["main.down"].size
    assert frame == 8 + 16  # n int, and the return address + frame pointer
    want = predicted_growth(main_frame, frame, 1000)
    assert [(o, n) for _, o, n in want][:3] == [(2048, 4096), (4096, 8192), (8192, 16384)]
    got, calls = [], 0
    for ev in events:
        if ev["kind"] == "call":
            calls += 1
        elif ev["kind"] == "stack_grow":
            got.append((calls, ev["from"], ev["to"]))
            assert ev["used"] == main_frame + frame * (calls - 1)
    assert got == want
    # after the recursion returns, each runtime.GC() halves the stack while it is under a
    # quarter used, and never below 2 KiB
    shrinks = [(ev["from"], ev["to"]) for ev in events if ev["kind"] == "stack_shrink"]
    sizes = [want[-1][2]]
    while sizes[-1] // 2 >= STACK_MIN and main_frame + STACK_LIMIT < sizes[-1] // 4:
        sizes.append(sizes[-1] // 2)
    assert shrinks == list(zip(sizes, sizes[1:]))
    assert shrinks[-1][1] == STACK_MIN
    gcs = [ev["cycle"] for ev in events if ev["kind"] == "gc_phase" and ev["phase"] == "mark"]
    assert len(gcs) == 5 and len(shrinks) == 4  # one halving per cycle
    assert m.sched.allgs[0].stack_size == STACK_MIN


def test_frames_account_for_every_byte_of_a_suspended_stack():
    """While main is parked mid-recursion the used bytes are exactly its frames."""
    src = """package main

func down(n int, c chan int) int {
	if n == 0 {
		c <- 1
		return 0
	}
	var pad [10]int
	pad[0] = n
	return down(n-1, c) + pad[0]
}

func main() {
	c := make(chan int)
	go func() { <-c }()
	println(down(50, c))
}
"""
    program = compile_program(src, "p.go")
    m = Machine(program, io.BytesIO(), io.BytesIO())
    seen = []
    orig = m.sched.park

    def park(reason):
        g = m.sched.curg
        if g.id == 1:
            seen.append((g.used, g.stack_size))
            frames.append(goroutine_frames(m, g))
            hi.append(g.stack_lo + g.stack_size)
        orig(reason)
    frames, hi = [], []
    m.sched.park = park
    assert run_machine(m) == 0
    main, down = program.frames["main.main"].size, program.frames["main.down"].size
    assert down == 8 + 8 + 80 + 16
    used, size = seen[0]
    assert used == main + 51 * down
    assert size == 8192  # 4 KiB is too small for 5,016 bytes plus the guard
    # the frames tile the used part of the stack from its top, innermost first
    fr = frames[0]
    assert [f.func for f in fr] == ["main.down"] * 51 + ["main.main"]
    assert sum(f.size for f in fr) == used
    assert fr[-1].sp + fr[-1].size == hi[0]
    assert all(a.sp + a.size == b.sp for a, b in zip(fr, fr[1:]))
    assert [s.value for f in fr[:-1] for s in f.slots if s.slot.name == "n"] == list(range(51))
    pad = [s for s in fr[0].slots if s.slot.name == "pad"][0]
    assert pad.addr == fr[0].sp + pad.slot.offset and not pad.live  # n == 0 returns before pad exists


def test_pointers_into_the_stack_move_with_it():
    """copystack keeps each variable at the same distance from the top of the stack, so
    &x prints a new address after growth, as Go's does."""
    src = """package main

func f(n int) int {
	if n == 0 {
		return 0
	}
	return f(n-1) + 1
}

func main() {
	x := 1
	p := &x
	println(p)
	f(200)
	println(p)
}
"""
    program = compile_program(src, "p.go")
    err = io.BytesIO()
    m = Machine(program, io.BytesIO(), err)
    tops = []
    m.stacks.on_copy = lambda g, old, new, why: tops.append(g.stack_lo + new)
    first_hi = None
    orig = m.stacks.stackalloc

    def stackalloc(g):
        nonlocal first_hi
        orig(g)
        first_hi = g.stack_lo + g.stack_size
    m.stacks.stackalloc = stackalloc
    assert run_machine(m) == 0
    before, after = (int(x, 16) for x in err.getvalue().split())
    assert before != after and len(tops) == 2  # 2 KiB -> 4 KiB -> 8 KiB
    assert first_hi - before == tops[-1] - after


def test_stack_overflow_with_the_directive_limit():
    program, m, events, status, out, err = traced("overflow.go")
    assert status == 2
    lines = err.decode().splitlines()
    assert lines[0] == "runtime: goroutine stack exceeds 65536-byte limit"
    sp, lo, hi = (int(x, 16) for x in re.fullmatch(
        r"runtime: sp=(0x[0-9a-f]+) stack=\[(0x[0-9a-f]+), (0x[0-9a-f]+)\]", lines[1]).groups())
    assert hi - lo == 65536 and lo <= sp < hi
    assert hi - sp >= 65536 - STACK_GUARD - program.frames["main.f"].size
    assert lines[2] == "fatal error: stack overflow"
    assert "goroutine 1 [running]:" in lines
    assert lines[lines.index("goroutine 1 [running]:") + 1].startswith("main.f(")
    grows = [ev["to"] for ev in events if ev["kind"] == "stack_grow"]
    assert grows == [4096, 8192, 16384, 32768, 65536]


def test_stack_overflow_with_the_flag_and_setting():
    src = "package main\n\nfunc f(n int) int {\n\treturn f(n+1) + 1\n}\n\nfunc main() {\n\tprintln(f(0))\n}\n"
    err = io.BytesIO()
    assert run_program(src, "p.go", io.BytesIO(), err, options=[("max-stack", 1 << 14)]) == 2
    assert err.getvalue().startswith(b"runtime: goroutine stack exceeds 16384-byte limit\nruntime: sp=")
    p = subprocess.run([sys.executable, "-m", "minigo", "run", "--max-stack", "32KB", str(DATA / "overflow.go")],
                       capture_output=True)
    assert p.returncode == 2  # the flag overrides the file's //minigo:max-stack 64KB
    assert p.stderr.startswith(b"runtime: goroutine stack exceeds 32768-byte limit\n")
    assert Settings().max_stack == 1_000_000_000  # Go's default


def test_bad_directive_is_a_clear_error():
    src = "package main\n\n//minigo:max-stack lots\n\nfunc main() {}\n"
    err = io.BytesIO()
    assert run_program(src, "p.go", io.BytesIO(), err) == 1
    assert err.getvalue().decode() == "p.go:3:1: //minigo:max-stack: bad size 'lots' (want e.g. 65536, 64KB, 1MB)\n"
