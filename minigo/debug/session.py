"""The debugger engine: one program on the machine, stopped and resumed at its stop points.

A ``Session`` runs the machine on a thread of its own (replay.py) with every stop point
armed, so each statement any goroutine executes is one *step*, numbered from 0, and so is
each function's entry (its ``func`` line, once the frame is pushed), end (its closing
brace) and return (the frame popped, at the caller's line).  As in Delve, a function
breakpoint and ``step`` into a call stop at the entry; ``stepout``, and ``next`` or
``step`` past a function's end, at its return, with the values returned.  The machine
thread hands each step to the session, which decides whether to stop there (a
breakpoint, the end of a ``next``...); while stopped, the machine is suspended inside the
hook and its state can be read as a snapshot.  Steps are deterministic, so going back is
replay: a fresh machine runs to the wanted step.  Nothing here imports the TUI; the CLI
(``minigo debug``) and the TUI drive it.
"""
from __future__ import annotations

import io
import sys
from dataclasses import dataclass, replace

from ..machine.machine import Machine
from ..machine.runner import compile_program, machine_settings, python_gc_eased
from .replay import (RECURSION_LIMIT, Abort, Run, anchor_test, make_runnext, scan, signature,
                     start_thread)
from .snapshot import Snapshot, take

@dataclass(frozen=True)
class Breakpoint:
    id: int
    file: str
    line: int
    func: str  # the function the line is in
    stops: frozenset  # the stop points it traps
    cond: str = ""


@dataclass(frozen=True)
class Stop:
    """Where and why the session stopped."""
    reason: str  # "entry", "breakpoint", "step", "pause"; at the end "exited", "panic", "deadlock", "fatal"
    step: int  # how many statements ran before this one
    g: int = 0  # the goroutine stopped (0 when the program ended)
    func: str = ""
    file: str = ""
    line: int = 0
    col: int = 0
    bp: Breakpoint | None = None
    hits_g: int = 0  # this breakpoint's hits on this goroutine so far
    hits: int = 0  # and in all
    status: int | None = None  # exit status once the program ended
    used: int = 0  # the goroutine's stack bytes in use (which frame: deeper is larger)
    kind: str = "stmt"  # the stop point's: "stmt", "entry", "end" or "return" (then func and line
    # are the caller's, at the call)
    returned: tuple = ()  # at a return stop: (name, type, value) of each result


class Session:
    def __init__(self, text: str, filename: str, env=None, options=(), program=None) -> None:
        """``program``: the file already compiled (runner.load), so a caller that showed
        the compile errors itself does not compile twice."""
        self.text = text
        self.filename = filename
        self.lines = text.splitlines()
        self.program = program if program is not None else compile_program(text, filename)
        self.settings = machine_settings(text, filename, env if env is not None else {}, options)
        self.breakpoints: dict[int, Breakpoint] = {}
        self._next_bp = 1
        self.run: Run | None = None
        self.stop: Stop | None = None
        self._escape: list[str] | None = None
        self.choices: dict[int, int] = {}  # step -> goroutine chosen to run next there
        self.restart()

    # ------------------------------------------------------------ breakpoints

    def locate(self, spec: str) -> tuple[int, str, list[int]]:
        """A location as Delve reads it: (line, function, the stop points there).  A line
        without code moves to the next line with some, as Delve moves a breakpoint."""
        stops = self.program.stops
        line = None
        if spec.rpartition(":")[2].isdigit():
            line = int(spec.rpartition(":")[2])
        elif spec.isdigit():
            line = int(spec)
        if line is not None:
            code = [(k, s) for k, s in enumerate(stops) if s.kind != "return"]  # a return stop is the caller's
            found = [k for k, s in code if s.line == line]
            if not found:
                later = sorted({s.line for _, s in code if s.line > line})
                if not later:
                    raise ValueError(f"could not find statement at {self.filename}:{line}")
                line = later[0]  # Delve moves a breakpoint to the next line with code
                found = [k for k, s in code if s.line == line]
            func = stops[found[0]].func
        else:
            name = spec if spec.startswith("main.") else "main." + spec
            found = [k for k, s in enumerate(stops) if s.func == name and s.kind == "entry"]
            if not found:
                raise ValueError(f'location "{spec}" not found')
            line, func = stops[found[0]].line, name  # the func line, after the prologue
        return line, func, found

    def set_breakpoint(self, spec: str, cond: str = "") -> Breakpoint:
        """``FILE:LINE``, ``LINE`` or a function name (``main.f``, ``f``, ``T.M``)."""
        line, func, found = self.locate(spec)
        if cond:
            from .expr import parse_expr
            parse_expr(cond)
        bp = Breakpoint(self._next_bp, self.filename, line, func, frozenset(found), cond)
        self._next_bp += 1
        self.breakpoints[bp.id] = bp
        return bp

    def condition(self, bp_id: int, cond: str) -> Breakpoint:
        """Stop at the breakpoint only when ``cond`` (minigo syntax) holds there."""
        from .expr import parse_expr
        if bp_id not in self.breakpoints:
            raise ValueError(f"no breakpoint with id {bp_id}")
        if cond:
            parse_expr(cond)
        bp = self.breakpoints[bp_id] = replace(self.breakpoints[bp_id], cond=cond)
        return bp

    def clear(self, bp_id: int) -> Breakpoint:
        if bp_id not in self.breakpoints:
            raise ValueError(f"no breakpoint with id {bp_id}")
        return self.breakpoints.pop(bp_id)

    # ------------------------------------------------------------ moving

    def restart(self) -> Stop:
        """A fresh run, stopped before the first statement."""
        return self._replay(0)

    def continue_(self) -> Stop:
        """Run to a breakpoint (its condition holding) or the end.  Only the breakpoints'
        stop points are armed, so the program runs at nearly full speed; the step number
        is then found again by replay when something asks for it (``position``)."""
        return self._entry_hit() or self._resume(lambda g, k, used: self.run.at_bp is not None,
                                                 selective=not self._choices_ahead())

    def run_to(self, spec: str) -> Stop:
        """Continue until any goroutine reaches the location (a temporary breakpoint), a
        breakpoint or the end: the UI's "run to cursor"."""
        _, _, found = self.locate(spec)
        there = frozenset(found)
        return self._entry_hit() or self._resume(lambda g, k, used: self.run.at_bp is not None or k in there,
                            selective=not self._choices_ahead(), also=there)

    def position(self) -> int:
        """The number of statements run before the current stop (all of them, once the
        program ended)."""
        if not self.run.exact:
            self._make_exact()
        return self.run.step + (1 if self.stop.status is not None else 0)

    def step(self) -> Stop:
        """The next stop of this goroutine: a statement, a callee's entry, or this
        function's return (in the caller, at the call)."""
        g0 = self.stop.g
        return self._resume(lambda g, k, used: g.id == g0)

    def next(self) -> Stop:
        """The next statement of this goroutine in this function, or its return into
        the caller (a callee returning into this frame is not a new line)."""
        g0, used0 = self.stop.g, self.stop.used
        return self._resume(lambda g, k, used: g.id == g0 and _nexts(self.program.stops[k].kind, used, used0))

    def stepout(self) -> Stop:
        """The return of this function: the caller, at the call, the results known."""
        g0, used0 = self.stop.g, self.stop.used
        return self._resume(lambda g, k, used: g.id == g0 and used < used0)

    def goto(self, step: int) -> Stop:
        """Replay to step ``step`` (time travel)."""
        return self._replay(max(step, 0))

    def step_back(self) -> Stop:
        """The previous statement of this goroutine (what ``step`` came from)."""
        return self.reverse("step")

    def reverse(self, how: str) -> Stop:
        """rev step|next|stepout|continue: the latest earlier step that the forward
        command would have stopped at, found by replaying from the start."""
        st = self.stop
        here = self.position()
        g0, used0 = (None, None) if st.status is not None else (st.g, st.used)
        bp_at = self._bp_at()
        preds = {
            "step": lambda m, g, k, used: g0 is None or g.id == g0,
            "next": lambda m, g, k, used: g0 is None or (
                g.id == g0 and _nexts(self.program.stops[k].kind, used, used0)),
            "stepout": lambda m, g, k, used: g0 is None or (g.id == g0 and used < used0),
            "continue": lambda m, g, k, used: k in bp_at and self._bp_holds(m, g, bp_at[k]),
        }
        want = preds[how]
        found = self._scan(here, lambda m, g, k, used: want(m, g, k, used) and not self._into_runtime(m, g, k))
        if found is None:
            return self.goto(0)
        if any(step <= found for step in self.choices):  # a choice on the way: replay them all
            return self.goto(found)
        return self._replay_to_count(*self._scan_at, found)

    def _scan(self, limit: int | None, pred, until=None) -> int | None:
        """A counting replay (replay.scan); what it saw is left in _scan_counts, _scan_steps
        and _scan_at."""
        found, self._scan_at, self._scan_counts, self._scan_steps = scan(
            lambda: self._machine(io.BytesIO(), io.BytesIO()), self.choices, limit, pred, until)
        return found

    def run_next(self, gid: int) -> None:
        """Let runnable goroutine ``gid`` run next (as if it had been readied last).  The
        choice is part of the session's timeline: replays make it at the same step."""
        pos = self.position()
        if not make_runnext(self.run.m, gid):
            raise ValueError(f"goroutine {gid} is not runnable")
        self.choices[pos] = gid

    def interrupt(self) -> None:
        """Stop a running command at the next statement any goroutine reaches (reason
        "pause"): the UI's pause key, so a program that loops forever can be stopped.  It
        may be called from another thread while ``continue_`` or a step runs."""
        run = self.run
        if run is None:
            return
        run.interrupt = True
        run.m.set_traps([True] * len(run.counts))

    def close(self) -> None:
        self._kill()

    # ------------------------------------------------------------ the machine thread

    def _machine(self, out, err) -> Machine:
        """A fresh machine for the program with every stop point armed (counting steps)."""
        m = Machine(self.program, out, err, self.settings)
        m.set_traps([True] * len(m.traps))
        return m

    def _replay(self, target: int) -> Stop:
        run = self._new_run()
        run.want = lambda g, k, used: run.step >= target
        return self._start(run, entry=target == 0)

    def _replay_to_count(self, k0: int, c0: int, step: int) -> Stop:
        """Replay to step ``step``, known to be the c0-th execution of stop point k0, with
        only k0 and the breakpoints armed (near full speed; hit counts stay right).  The
        other stop points' counts are found again only if a fast continue needs them."""
        run = self._new_run()
        armed = set(run.bp_at) | {k0}
        run.m.set_traps([k in armed for k in range(len(run.counts))])
        run.exact_stops, run.exact, run.selective = armed, False, True
        run.want = lambda g, k, used: k == k0 and run.counts[k0] == c0
        st = self._start(run)
        run.step, run.exact, run.selective, run.anchor = step, True, False, None
        self.stop = replace(st, step=step)
        return self.stop

    def _new_run(self) -> Run:
        self._kill()
        out, err = io.BytesIO(), io.BytesIO()
        m = self._machine(out, err)
        run = self.run = Run(m, out, err)
        run.counts = [0] * len(m.traps)
        run.exact_stops = set(range(len(m.traps)))
        m.on_stop = lambda g, k: self._on_stop(run, g, k)
        run.bp_at = self._bp_at()
        return run

    def _start(self, run: Run, entry: bool = False) -> Stop:
        run.thread = start_thread(lambda: self._machine_main(run))
        return self._wait(run, entry=entry)

    def _resume(self, want, selective: bool = False, also=frozenset()) -> Stop:
        run = self.run
        if self.stop.status is not None:  # the program ended
            return self.stop
        run.want = want
        run.interrupt = False
        run.bp_at = self._bp_at()
        n = len(run.counts)
        if selective:
            armed = set(run.bp_at) | also
            if not armed <= run.exact_stops:  # a breakpoint whose count is not known
                self._make_exact()
            run.exact_stops &= armed
            run.exact, run.selective = False, True
            run.m.set_traps([k in armed for k in range(n)])
        else:
            run.selective = False
            run.m.set_traps([True] * n)
        run.to_machine.put("go")
        return self._wait(run)

    def _entry_hit(self) -> Stop | None:
        """At the entry nothing has run yet (Delve starts before main), so a breakpoint
        on main's entry is hit by the first continue."""
        st, run = self.stop, self.run
        if st.reason != "entry":
            return None
        k = self._k
        bp = self._bp_at().get(k)
        g = next(x for x in run.m.sched.allgs if x.id == st.g)
        if bp is None or not self._bp_holds(run.m, g, bp):
            return None
        if run.at_bp != bp:  # set after the entry stop was reached: this is its first hit
            run.hits[(bp, g.id)] = run.hits.get((bp, g.id), 0) + 1
            run.at_bp = bp
        hits = sum(n for (b, _), n in run.hits.items() if b == bp)
        self.stop = replace(st, reason="breakpoint", bp=self.breakpoints[bp], hits_g=run.hits[(bp, g.id)],
                            hits=hits)
        return self.stop

    def _choices_ahead(self) -> bool:
        """Whether a goroutine choice lies ahead: a fast run would skip the step it is made at."""
        return bool(self.choices) and max(self.choices) >= self.position()

    def _make_exact(self) -> None:
        """Find the current step number again after a fast continue: replay to the anchor
        (the n-th execution of a stop point armed since the start, or for a pause the
        machine's signature there), then add the steps taken since."""
        run = self.run
        if run.exact:
            if len(run.exact_stops) < len(run.counts):  # the step is known, not every count
                target, seen = run.step, [-1]

                def until(m, g, k, counts):
                    seen[0] += 1
                    return seen[0] == target
                self._scan(None, None, until=until)
                run.counts, run.exact_stops = list(self._scan_counts), set(range(len(run.counts)))
            return
        if self.stop.status is not None:  # it ended: count every statement of the run
            self._scan(None, None, until=lambda m, g, k, counts: False)
            run.step, run.exact = self._scan_steps - 1, True
            return
        found = self._scan(None, None, until=anchor_test(run.anchor))
        base = self._scan_counts
        run.counts = [b + now - then for b, now, then in zip(base, run.counts, run.counts_at_anchor)]
        run.step = found + run.since_anchor
        run.exact, run.anchor = True, None
        run.exact_stops = set(range(len(run.counts)))

    def _bp_at(self) -> dict:
        return {k: bp.id for bp in self.breakpoints.values() for k in bp.stops}

    def _bp_holds(self, m: Machine, g, bp_id: int) -> bool:
        """Whether a breakpoint's condition holds on g (an error counts as a stop)."""
        bp = self.breakpoints.get(bp_id)
        if bp is None or not bp.cond:
            return True
        from .expr import evaluate
        from .values import scope
        try:
            return bool(evaluate(bp.cond, scope(m, g)))
        except Exception:
            return True

    def _wait(self, run: Run, entry: bool = False) -> Stop:
        kind, payload = run.to_session.get()
        if kind == "stop":
            g, k = payload
            st = self.program.stops[k]
            bp = None if entry else self.breakpoints.get(run.at_bp)
            reason = "entry" if entry else "breakpoint" if bp else "pause" if run.paused else "step"
            hits_g = run.hits.get((bp.id, g.id), 0) if bp else 0
            hits = sum(n for (b, _), n in run.hits.items() if bp and b == bp.id)
            if run.selective:  # a fast continue stopped: remember where, to count the steps later
                anchor = ("sig", signature(run.m, g, k)) if run.paused else ("count", k, run.counts[k])
                run.anchor, run.counts_at_anchor, run.since_anchor = anchor, list(run.counts), 0
            self._k = k
            func, line, returned = st.func, st.line, ()
            if st.kind == "return":  # the frame is popped: where the caller is, and the results
                func, line, returned = self._returned(run.m, g, st.func)
            self.stop = Stop(reason, run.step if run.exact else None, g.id, func, self.filename,
                             line, st.col, bp, hits_g, hits, None, g.used, st.kind, returned)
        else:
            status, reason = payload
            self.stop = Stop(reason, run.step + 1 if run.exact else None, status=status)
        return self.stop

    def _into_runtime(self, m: Machine, g, k: int) -> bool:
        """A return into code minigo does not show (the goroutine's first function
        returning to the runtime): not a place to stop.  Its frame popped, the goroutine
        uses no stack: no Go frame is left (a test, not a walk of the frames: scans call
        this at every step)."""
        return g.used == 0 and self.program.stops[k].kind == "return"

    def _returned(self, m: Machine, g, func: str) -> tuple:
        """(caller, its line, the results) at the return stop of ``func``."""
        from .values import frames
        frs = frames(m, g)
        caller, line = frs[0].func, frs[0].line
        results = self.program.frames[func].results
        if not results:
            return caller, line, ()
        values = (m.returned,) if len(results) == 1 else tuple(m.returned)
        return caller, line, tuple((n, t, v) for (n, t, _), v in zip(results, values))

    def _on_stop(self, run: Run, g, k: int) -> None:
        run.counts[k] += 1
        if not run.selective:
            run.step += 1
            run.since_anchor += 1
            if run.exact and run.step in self.choices:
                make_runnext(run.m, self.choices[run.step])
        bp = run.bp_at.get(k)
        if bp is not None:
            if self._bp_holds(run.m, g, bp):
                run.hits[(bp, g.id)] = run.hits.get((bp, g.id), 0) + 1
            else:
                bp = None
        run.at_bp = bp
        run.paused = run.interrupt and not self._into_runtime(run.m, g, k)
        if run.paused or run.want(g, k, g.used) and not self._into_runtime(run.m, g, k):
            run.interrupt = False
            run.to_session.put(("stop", (g, k)))
            if run.to_machine.get() == "abort":
                raise Abort()

    def _machine_main(self, run: Run) -> None:
        old = sys.getrecursionlimit()
        sys.setrecursionlimit(max(old, RECURSION_LIMIT))
        try:
            with python_gc_eased():
                status = run.m.run()
        except Abort:
            return
        finally:
            sys.setrecursionlimit(old)
        err = run.err.getvalue()
        panicked = err.startswith(b"panic: ") or b"\npanic: " in err
        deadlock = err.startswith(b"fatal error: all goroutines are asleep - deadlock!")
        reason = "exited" if status == 0 else "panic" if panicked else "deadlock" if deadlock else "fatal"
        run.to_session.put(("end", (status, reason)))

    def _kill(self) -> None:
        run = self.run
        if run is None or run.thread is None:
            return
        if run.thread.is_alive():
            run.to_machine.put("abort")
            run.thread.join()
        self.run = None

    # ------------------------------------------------------------ reading the machine

    @property
    def machine(self) -> Machine:
        return self.run.m

    def output(self) -> tuple[bytes, bytes]:
        return self.run.out.getvalue(), self.run.err.getvalue()

    def heap_lines(self) -> set[int]:
        """The source lines where escape analysis moves something to the heap."""
        return {site.line for site in self.program.sites}

    def escape_lines(self) -> list[str]:
        """Go's ``-gcflags='-m=2 -l'`` lines for the program, as ``minigo escape -v`` prints."""
        if self._escape is None:
            from ..frontend import escape_source
            _, analysis = escape_source(self.text, self.filename)
            self._escape = list(analysis.format(self.filename, verbose=True))
        return self._escape

    def snapshot(self, exact: bool = True) -> Snapshot:
        """The stopped machine as immutable data: equal snapshots mean equal states.
        ``exact=False`` leaves the step number as the stop knows it (None after a fast
        continue) rather than counting it by a replay: what a UI wants after each stop."""
        out, err = self.output()
        step = self.position() if exact else self.stop.step
        return take(self.run.m, self.program, step, self.stop.g, out, err)


def _nexts(kind: str, used: int, used0: int) -> bool:
    """Whether ``next`` from a frame using used0 bytes stops at a stop point of this kind
    reached with ``used``: one in this function, or the return into its caller."""
    return used < used0 or (used == used0 and kind != "return")
