"""The debugger engine: breakpoints, stepping that stays on its goroutine, time travel
by replay reaching identical states, and the program's end, panics and deadlocks as stops."""
import pytest

from minigo.debug import Session

PROG = """package main

import "fmt"

func add(a, b int) int {
	c := a + b
	return c
}

func worker(ch chan int) {
	for i := 0; i < 3; i++ {
		ch <- add(i, 10)
	}
	close(ch)
}

func main() {
	ch := make(chan int)
	go worker(ch)
	total := 0
	for v := range ch {
		total = add(total, v)
	}
	fmt.Println(total)
}
"""


@pytest.fixture
def s():
    s = Session(PROG, "p.go")
    yield s
    s.close()


def test_entry_and_breakpoints_by_line_and_function(s):
    assert (s.stop.reason, s.stop.func, s.stop.line) == ("entry", "main.main", 17)  # func main() {
    bp = s.set_breakpoint("main.add")
    assert (bp.line, bp.func) == (5, "main.add")  # the func line, as Delve's
    hits = []
    while True:
        st = s.continue_()
        if st.status is not None:
            break
        hits.append((st.g, st.line, st.hits_g, st.hits))
    # add runs 3 times on the worker (goroutine 6: the runtime's own are 2 to 5, as
    # importing fmt starts the finalizer goroutine) and 3 times on main, interleaved
    assert sorted(h[0] for h in hits) == [1, 1, 1, 6, 6, 6]
    assert [h[3] for h in hits] == [1, 2, 3, 4, 5, 6]
    assert st.reason == "exited" and st.status == 0 and s.output() == (b"33\n", b"")
    with pytest.raises(ValueError):
        s.set_breakpoint("nosuch")
    assert s.set_breakpoint("p.go:19").line == 19


def test_next_and_step_stay_on_the_goroutine(s):
    s.set_breakpoint("22")  # total = add(total, v), in main
    st = s.continue_()
    assert (st.g, st.line) == (1, 22)
    seen = []
    for _ in range(12):
        st = s.next()
        if st.status is not None:
            break
        seen.append((st.g, st.func))
    assert seen and all(x == (1, "main.main") for x in seen)  # never the worker, never inside add
    s.restart()
    s.continue_()
    st = s.step()
    assert (st.g, st.func, st.line) == (1, "main.add", 5)  # step enters the call, at its func line
    st = s.stepout()
    assert (st.g, st.func, st.line) == (1, "main.main", 22)


def test_going_back_reaches_the_same_states(s):
    s.set_breakpoint("main.add")
    s.continue_()
    s.continue_()
    forward = []
    for _ in range(5):
        forward.append(s.snapshot())
        s.step()
    forward.append(s.snapshot())
    back = [s.snapshot()]
    for _ in range(5):
        s.step_back()
        back.append(s.snapshot())
    assert back == forward[::-1]
    for _ in range(5):  # and forward again
        s.step()
    assert s.snapshot() == forward[-1]
    here = s.stop.step
    st = s.reverse("continue")  # to the previous breakpoint hit
    assert st.reason == "breakpoint" and st.step < here and st.func == "main.add"


def test_panics_and_deadlocks_are_stops():
    s = Session('package main\n\nfunc main() {\n\tvar m map[string]int\n\tm["a"] = 1\n}\n', "p.go")
    st = s.continue_()
    assert (st.reason, st.status) == ("panic", 2)
    assert s.output()[1].startswith(b"panic: assignment to entry in nil map")
    s.close()
    s = Session("package main\n\nfunc main() {\n\tc := make(chan int)\n\t<-c\n}\n", "p.go")
    st = s.continue_()
    assert (st.reason, st.status) == ("deadlock", 2)
    assert s.output()[1].startswith(b"fatal error: all goroutines are asleep - deadlock!")
    s.close()
    s = Session("package main\n\nfunc f(n int) int { return f(n+1) + 1 }\n\nfunc main() {\n\tf(0)\n}\n", "p.go",
                options=[("max-stack", 16384)])
    st = s.continue_()
    assert (st.reason, st.status) == ("fatal", 2)
    assert s.output()[1].startswith(b"runtime: goroutine stack exceeds 16384-byte limit")
    s.close()


def test_conditional_breakpoints_and_expressions():
    s = Session(PROG, "p.go")
    bp = s.set_breakpoint("main.add", "a == 2 && b > 5")
    st = s.continue_()
    assert (st.reason, st.func, st.hits, st.g) == ("breakpoint", "main.add", 1, 6)
    from minigo.debug.expr import evaluate
    from minigo.debug.values import scope
    sc = scope(s.machine, next(g for g in s.machine.sched.allgs if g.id == st.g))
    assert evaluate("a + b*2", sc) == 2 + 2 * 10 and evaluate("a == 2", sc) is True
    s.condition(bp.id, "a >= 20")  # only main's calls: add(total, v) with total >= 20
    st = s.continue_()
    assert (st.g, st.hits) == (1, 2)
    assert s.continue_().status == 0  # the condition never holds again
    with pytest.raises(ValueError):
        s.condition(bp.id, "a ==")
    s.close()


def test_a_fast_continue_finds_its_step_again(s):
    """continue arms only the breakpoints; the step number is recovered by replay, and
    going to that step reaches the very same state."""
    s.set_breakpoint("main.add")
    s.continue_()
    s.next()
    st = s.continue_()
    assert st.step is None  # not counted on the way
    before = s.snapshot()  # numbers the steps (a replay)
    n = s.position()
    assert before.step == n > 0
    again = s.goto(n)
    assert (again.g, again.line, again.func) == (st.g, st.line, st.func)
    assert s.snapshot() == before
    s.set_breakpoint("22")  # a breakpoint set now: its count is rebuilt before the next fast continue
    st2 = s.continue_()
    assert st2.status is None and s.position() > n


def test_a_diff_says_what_a_step_changed():
    from minigo.debug.diff import diff
    src = """package main

import "fmt"

type P struct{ x int }

func main() {
	n := 1
	p := &P{n}
	n = 2
	go func() {}()
	fmt.Println(p.x, n)
}
"""
    s = Session(src, "d.go")
    s.step()  # from func main() { to its first statement
    snaps = [s.snapshot()]
    for _ in range(6):
        s.step()
        snaps.append(s.snapshot())
    d = [diff(a, b) for a, b in zip(snaps, snaps[1:])]
    assert d[0].variables == {(1, "main.main", 0, "n"): (None, "1")}
    assert d[1].variables == {(1, "main.main", 0, "p"): (None, "&{1}")}  # &P{n} stays on the stack
    assert d[2].variables == {(1, "main.main", 0, "n"): ("1", "2")}
    assert d[3].goroutines_created == (6,)
    assert d[4].stdout == b"1 2\n"  # to main's closing brace
    assert d[5].goroutines_exited == (1,)
    assert all(x.steps == 1 for x in d[:5]) and not any(x.allocated or x.freed for x in d)
    assert d[5].steps == 2  # and main's return into the runtime, not a stop
    s.close()


def test_choosing_which_goroutine_runs_next_is_replayed():
    src = """package main

import "fmt"

func main() {
	done := make(chan bool)
	for i := 1; i <= 3; i++ {
		go func(id int) {
			fmt.Println("g", id)
			done <- true
		}(i)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
}
"""
    plain = Session(src, "c.go")
    plain.continue_()
    default = plain.output()[0]
    plain.close()
    s = Session(src, "c.go")
    s.set_breakpoint("14")  # the first <-done: all three are runnable
    s.continue_()
    runnable = sorted(g.id for g in s.machine.sched.allgs if g.state == "runnable")
    assert runnable == [6, 7, 8]
    first = default.split(b"\n")[0]  # Go's order runs the last created first
    pick = 6 if first != b"g 1" else 7
    s.run_next(pick)
    s.clear(1)
    s.continue_()
    chosen = s.output()[0]
    assert chosen != default and chosen.startswith(f"g {pick - 5}\n".encode())
    s.restart()  # a replay makes the same choice at the same step
    s.continue_()
    assert s.output()[0] == chosen
    with pytest.raises(ValueError):
        s.run_next(1)  # the program has ended
    s.close()


def test_snapshots_show_channels_with_their_buffers_and_waiters():
    src = """package main

func main() {
	c := make(chan int, 2)
	u := make(chan string)
	c <- 7
	go func() { u <- "hi" }()
	c <- 8
	println(<-u, <-c)
}
"""
    s = Session(src, "ch.go")
    s.set_breakpoint("9")
    s.continue_()
    chans = s.snapshot().channels
    assert [(c.elem, c.cap, c.buf, c.closed) for c in chans] == \
        [("int", 2, ("7", "8"), False), ("string", 0, (), False)]
    s.close()


def test_snapshots_show_who_points_at_whom():
    src = """package main

type Node struct {
	next *Node
	v    int
}

var head *Node

func main() {
	for i := 0; i < 3; i++ {
		head = &Node{head, i}
	}
	println(head.v)
}
"""
    s = Session(src, "l.go")
    s.set_breakpoint("14")
    s.continue_()
    snap = s.snapshot()
    nodes = {o.addr: o for o in snap.heap if o.type == "main.Node"}
    assert len(nodes) == 3
    # a list: each node points at the one made before it, the first at nothing
    order = sorted(nodes)
    assert [nodes[a].points_to for a in order] == [(), (order[0],), (order[1],)]
    assert [nodes[a].pointed_by for a in order] == [(order[1],), (order[2],), ()]
    assert all(o.reason == "&Node{...} escapes to heap" and o.line == 12 for o in nodes.values())
    s.close()


def test_snapshot_slots_say_where_a_variable_lives_and_why():
    src = """package main

func f() *int {
	x := 42
	x++
	return &x
}

func main() {
	p := f()
	println(*p)
}
"""
    s = Session(src, "esc.go")
    s.set_breakpoint("6")
    s.continue_()
    snap = s.snapshot()
    f, main = snap.goroutine(1).frames
    (x,) = f.slots
    assert (f.func, x.name, x.heap, x.size, x.value) == ("main.f", "x", True, 8, "43")
    # Go's -m text and its -m=2 flow (go build -gcflags='-m=2 -l' prints them at 4:2)
    assert x.reason == "moved to heap: x"
    assert x.flow[0] == "x escapes to heap:" and "from &x (address-of) at esc.go:6:9" in x.flow[2]
    (obj,) = [o for o in snap.heap if o.addr in x.objects]
    assert (obj.type, obj.line, obj.col, obj.slots_in) == ("int", 4, 2, ((1, 0, "x"),))
    assert main.slots[0].value is None  # p is not assigned yet
    s.set_breakpoint("11")
    s.continue_()
    (p,) = s.snapshot().goroutine(1).frames[0].slots
    assert not p.heap and p.objects == (obj.addr,)  # the pointer leads to x's heap object
    assert p.value.startswith("0xc")  # %v of a pointer to int is its address
    s.close()


def test_run_to_a_line_and_rewind_keep_counts_right(s):
    st = s.run_to("12")  # ch <- add(i, 10), on the worker
    assert (st.g, st.line, st.reason) == (6, 12, "step")
    bp = s.set_breakpoint("main.add")
    visits = []
    for _ in range(4):
        st = s.continue_()
        visits.append((st.g, st.hits, s.position(), s.snapshot()))
    # back to the previous hit (a replay arming only that stop point and the breakpoint)
    back = s.reverse("continue")
    assert (back.g, back.hits, back.step) == visits[2][:3]
    assert s.snapshot() == visits[2][3]
    # and forward again by a fast continue
    st = s.continue_()
    assert (st.g, st.hits, s.position()) == visits[3][:3] and s.snapshot() == visits[3][3]
    # a new breakpoint after going back needs counts the fast replay did not keep
    s.reverse("continue")
    bp2 = s.set_breakpoint("22")
    st = s.continue_()
    fresh = Session(PROG, "p.go")
    fresh.run_to("12")
    fresh.set_breakpoint("main.add")
    for _ in range(3):
        fresh.continue_()
    fresh.set_breakpoint("22")
    want = fresh.continue_()
    assert (st.g, st.line, st.hits, s.position()) == (want.g, want.line, want.hits, fresh.position())
    assert s.snapshot() == fresh.snapshot()
    fresh.close()
    s.clear(bp2.id)
    s.clear(bp.id)
    assert s.run_to("24").line == 24 and s.stop.g == 1  # fmt.Println(total)
    assert s.run_to("7").status == 0  # never reached again: the program ends


CALLS = """package main

type counter struct{ n int }

func (c *counter) add(d int) int {
	c.n += d
	return c.n
}

func g(a, b int) (s int) {
	s = a * b
	return s + 1
}

func main() {
	c := &counter{}
	r := g(2, 3)
	t := c.add(r)
	println(r, t)
}
"""


def test_a_function_breakpoint_stops_at_the_func_line():
    """Delve's function breakpoint: after the prologue, at the func line, the frame pushed."""
    s = Session(CALLS, "k.go")
    bp = s.set_breakpoint("main.g")
    assert (bp.func, bp.line) == ("main.g", 10)
    st = s.continue_()
    assert (st.reason, st.func, st.line, st.kind) == ("breakpoint", "main.g", 10, "entry")
    from minigo.debug.values import frames
    frs = frames(s.machine, s.machine.sched.allgs[0])
    assert [f.func for f in frs] == ["main.g", "main.main"]
    assert st.used == s.machine.sched.allgs[0].used > 0  # g.used counts g's frame
    st = s.next()  # from the func line to the first statement
    assert (st.func, st.line, st.kind) == ("main.g", 11, "stmt")
    assert s.set_breakpoint("main.(*counter).add").line == 5
    s.close()


def test_step_into_a_call_and_stepout_from_its_entry():
    s = Session(CALLS, "k.go")
    s.set_breakpoint("17")  # r := g(2, 3)
    s.continue_()
    st = s.step()
    assert (st.func, st.line, st.kind) == ("main.g", 10, "entry")
    st = s.stepout()  # back in the caller, at the call, g's result known
    assert (st.func, st.line, st.kind) == ("main.main", 17, "return")
    assert st.returned == (("s", "int", 7),)
    st = s.next()
    assert (st.func, st.line) == ("main.main", 18)
    st = s.step()  # into the method, at its func line
    assert (st.func, st.line) == ("main.(*counter).add", 5)
    st = s.next()
    st = s.next()
    st = s.next()  # past return: the return into main, at the call
    assert (st.func, st.line, st.returned) == ("main.main", 18, (("~r0", "int", 7),))
    s.close()


def test_next_over_a_call_does_not_stop_in_it_nor_at_its_return():
    s = Session(CALLS, "k.go")
    s.set_breakpoint("17")
    s.continue_()
    assert [(s.next().line, s.stop.kind) for _ in range(3)] == [(18, "stmt"), (19, "stmt"), (20, "end")]
    assert s.next().status == 0  # main returns to the runtime, which minigo does not show
    s.close()


def test_a_program_that_loops_forever_can_be_paused_and_its_step_found():
    import threading
    import time
    src = """package main

func spin(n int) int {
	return n + 1
}

func main() {
	x := 0
	for {
		x = spin(x)
		if x%1000 == 0 {
			x++
		}
	}
}
"""
    s = Session(src, "spin.go")
    s.set_breakpoint("main.spin", "n < 0")  # never holds: a fast continue
    done = []
    t = threading.Thread(target=lambda: done.append(s.continue_()))
    t.start()
    time.sleep(0.5)
    assert not done  # still running
    s.interrupt()
    t.join(10)
    st = done[0]
    assert st.reason == "pause" and st.step is None and st.g == 1
    here = s.snapshot()  # numbering the steps: a replay finds the paused place again
    n = s.position()
    assert n > 1000
    s.goto(n)
    assert s.snapshot() == here
    s.step_back()
    s.step()
    assert s.snapshot() == here
    s.close()


def test_going_back_from_the_end_reaches_mains_last_stop(s):
    s.continue_()
    assert s.stop.status == 0
    st = s.reverse("next")  # main's closing brace: its return into the runtime is no stop
    assert (st.reason, st.func, st.line, st.kind) == ("step", "main.main", 25, "end")
    assert s.reverse("step").line == 24
