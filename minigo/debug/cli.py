"""``minigo debug FILE``: a line-oriented debugger in Delve's vocabulary and output shape.

Commands come from the terminal or from standard input (``minigo debug p.go < cmds``).
After each stop it prints ``> main.f() ./p.go:12 (hits goroutine(1):1 total:1)`` and the
source around the line with ``=>`` marking it, as ``dlv debug`` does (without PCs).  A bad
command prints one line and the session goes on.
"""
from __future__ import annotations

import shlex
import signal
import sys

from ..machine.gc import Cycle
from .session import Session, Stop
from .expr import evaluate, go_text
from ..machine.values import RType
from .delvefmt import delve_value
from .values import frames, render, rtype_named, runtime_frames, scope, variable, where

HELP = """Commands (Delve's, plus minigo's own):
  break (b) LOCATION [COND]  set a breakpoint: FILE:LINE, LINE or a function
  condition (cond) ID EXPR   stop there only when EXPR (minigo syntax) holds
  breakpoints (bp)       list breakpoints          clear ID      delete one
  continue (c)           run to a breakpoint or the end
  next (n)  step (s)  stepout (so)                 restart (r)
  rev next|step|stepout|continue                    go backwards
  rewind (rw)            back to the previous breakpoint hit (or the start)
  runto LOCATION         run until any goroutine gets there (minigo's)
  goroutines (grs)  goroutine (gr) N  stack (bt)  frame N  up  down
  runnext N              let runnable goroutine N run next
  locals  args  print (p) EXPR
  heap  gc  stackmap  escape                        minigo's views of memory
  exit (quit, q)"""


class Debugger:
    def __init__(self, session: Session, out) -> None:
        self.s = session
        self.out = out
        self.g = session.stop.g  # the selected goroutine
        self.frame = 0  # the selected frame, 0 innermost
        self.shown = (0, 0)  # how much of the program's stdout and stderr was printed
        name = session.filename
        self.path = name if name.startswith(("/", "./", "../")) else "./" + name  # as Delve shows it

    def say(self, text: str = "") -> None:
        self.out.write(text + "\n")

    # ------------------------------------------------------------ stops

    def show_output(self) -> None:
        """What the program wrote since the last command, as it would reach the terminal."""
        out, err = self.s.output()
        if len(out) < self.shown[0] or len(err) < self.shown[1]:  # went back in time
            self.shown = (len(out), len(err))
            return
        for data, start in ((out, self.shown[0]), (err, self.shown[1])):
            if len(data) > start:
                self.out.write(data[start:].decode("utf-8", "replace"))
        self.shown = (len(out), len(err))

    def interrupt(self) -> None:
        """Ctrl-C while a command runs: stop the program where it is."""
        self.say("received SIGINT, stopping process (will not forward signal)")
        self.s.interrupt()

    def show_stop(self, st: Stop) -> None:
        self.show_output()
        if st.status is not None:
            self.say(f"Process 1 has exited with status {st.status}")
            return
        self.g, self.frame = st.g, 0
        self.say(self.stop_line(st))
        if st.returned:
            self.say("Values returned:")
            for name, type_name, value in st.returned:
                self.say(f"\t{name}: {self._delve(type_name, value, False)}")
            self.say()
        self.listing(st.line)

    def stop_line(self, st: Stop) -> str:
        """``> main.f() ./p.go:12 (hits goroutine(1):1 total:1)``: where the thread is."""
        hits = f" (hits goroutine({st.g}):{st.hits_g} total:{st.hits})" if st.bp else ""
        return f"> {st.func}() {self.path}:{st.line}{hits}"

    def listing(self, line: int) -> None:
        lines = self.s.lines
        for n in range(max(1, line - 5), min(len(lines), line + 5) + 1):
            self.say(f"{'=>' if n == line else '  '}{n:4}:\t{lines[n - 1]}")

    # ------------------------------------------------------------ the loop

    def execute(self, line: str) -> bool:
        """Run one command; False when the session is over."""
        try:
            words = shlex.split(line)
        except ValueError as e:
            self.say(f"Command failed: {e}")
            return True
        if not words:
            return True
        cmd, args = words[0], words[1:]
        fn = COMMANDS.get(cmd)
        if fn is None:
            self.say(f"Command failed: command not available: {cmd}")
            return True
        if self.s.stop.status is not None and cmd in NEEDS_PROCESS:  # Delve's reply once it ended
            self.say(f"Process 1 has exited with status {self.s.stop.status}")
            return True
        try:
            return fn(self, args) is not False
        except ValueError as e:
            self.say(f"Command failed: {e}")
            return True

    # ------------------------------------------------------------ commands

    def c_break(self, args) -> None:
        if not args:
            raise ValueError("break needs a location")
        bp = self.s.set_breakpoint(args[0], " ".join(args[1:]))
        self.say(f"Breakpoint {bp.id} set at {bp.func}() {self.path}:{bp.line}")

    def c_breakpoints(self, args) -> None:
        for bp in self.s.breakpoints.values():
            self.say(f"Breakpoint {bp.id} at {bp.func}() {self.path}:{bp.line}")

    def c_clear(self, args) -> None:
        bp = self.s.clear(int(args[0]) if args and args[0].isdigit() else -1)
        self.say(f"Breakpoint {bp.id} cleared at {bp.func}() {self.path}:{bp.line}")

    def c_continue(self, args) -> None:
        self.show_stop(self.s.continue_())

    def c_next(self, args) -> None:
        self._topmost()
        self.show_stop(self.s.next())

    def c_step(self, args) -> None:
        self.show_stop(self.s.step())  # Delve steps from the thread's frame, whichever is selected

    def c_stepout(self, args) -> None:
        self._topmost()
        self.show_stop(self.s.stepout())

    def _topmost(self) -> None:
        if self.frame != 0:
            raise ValueError("not on topmost frame")

    def c_restart(self, args) -> None:
        self.s.restart()
        self.g, self.frame = self.s.stop.g, 0
        self.say("Process restarted with PID 1")

    def c_rev(self, args) -> None:
        if not args or args[0] not in ("next", "step", "stepout", "continue"):
            raise ValueError("rev needs next, step, stepout or continue")
        self.show_stop(self.s.reverse(args[0]))

    def c_rewind(self, args) -> None:
        self.show_stop(self.s.reverse("continue"))

    def c_runto(self, args) -> None:
        if not args:
            raise ValueError("runto needs a location")
        self.show_stop(self.s.run_to(args[0]))

    def c_goroutines(self, args) -> None:
        m = self.s.machine
        live = [g for g in m.sched.allgs if g.state != "dead"]
        for g in live:
            fn, line = where(m, g)
            mark = "*" if g.id == self.g else " "
            reason = f" [{g.waitreason}]" if g.waitreason else ""
            self.say(f"{mark} Goroutine {g.id} - User: {self.path}:{line} {fn}{reason}")
        self.say(f"[{len(live)} goroutines]")

    def c_goroutine(self, args) -> None:
        if not args:
            self.say(f"Thread 1 at {self.path}: Goroutine {self.g}")
            return
        gid = int(args[0]) if args[0].isdigit() else -1
        if self._g(gid) is None:
            raise ValueError(f"invalid goroutine {args[0]}")
        self.g, self.frame = gid, 0
        self.say(f"Switched from {self.s.stop.g} to {gid}")

    def c_stack(self, args) -> None:
        """The Go frames (each at its frame's address: minigo has no PCs), then the
        runtime's below them, as Delve shows a goroutine's stack."""
        g = self._g(self.g)
        frs = frames(self.s.machine, g)
        for i, fr in enumerate(frs):
            self.say(f"{i}  {fr.sp:#018x} in {fr.func}\n   at {self.path}:{fr.line}")
        hi = g.stack_lo + g.stack_size
        for i, (func, file, line) in enumerate(runtime_frames(g), len(frs)):
            self.say(f"{i}  {hi:#018x} in {func}\n   at {file}:{line}")

    def c_frame(self, args) -> None:
        n = int(args[0]) if args and args[0].isdigit() else -1
        self._select_frame(n)

    def c_up(self, args) -> None:
        self._select_frame(self.frame + 1)

    def c_down(self, args) -> None:
        self._select_frame(self.frame - 1)

    def _select_frame(self, n: int) -> None:
        frs = frames(self.s.machine, self._g(self.g))
        if not 0 <= n < len(frs):
            raise ValueError(f"Invalid frame {n}")
        self.frame = n
        self.say(self.stop_line(self.s.stop))
        self.say(f"Frame {n}: {self.path}:{frs[n].line}")
        self.listing(frs[n].line)

    def _vars(self, params: bool) -> list[tuple[str, str, object]]:
        """(name, type, value) of the selected frame's arguments (parameters, then
        results: Delve's formal parameters) or locals, those declared by now."""
        frs = frames(self.s.machine, self._g(self.g))
        if not frs:
            return []
        fr = frs[min(self.frame, len(frs) - 1)]
        layout = self.s.program.frames[fr.func]
        named = [n for n, _, _ in layout.results if not n.startswith("~")]
        first_local = layout.params + len(named)
        if not params:
            return [(sv.slot.name, sv.slot.type, variable(sv)) for sv in fr.slots[first_local:] if sv.live]
        out = [(sv.slot.name, sv.slot.type, variable(sv)) for sv in fr.slots[:layout.params] if sv.live]
        result_slots = {sv.slot.name: sv for sv in fr.slots[layout.params:first_local]}
        for name, type_name, zero in layout.results:
            sv = result_slots.get(name)
            if sv is not None and sv.live:
                out.append((name, type_name, variable(sv)))
            else:  # unnamed, or at the entry: Go zeroes results, and sets unnamed ones as it returns
                out.append((name, type_name, eval(zero, self.s.machine.ns)))
        return out

    def c_locals(self, args) -> None:
        self._show_vars(False, "(no locals)")

    def c_args(self, args) -> None:
        self._show_vars(True, "(no args)")

    def _show_vars(self, params: bool, none: str) -> None:
        vs = self._vars(params)
        if not vs:
            self.say(none)
        for name, type_name, value in vs:
            self.say(f"{name} = {self._delve(type_name, value, False)}")

    def _delve(self, type_name: str, value, full: bool) -> str:
        m = self.s.machine
        rt = rtype_named(m, type_name)
        if rt is not None:
            return delve_value(m, rt, value, full)
        shown = {"interface{}": "interface {}", "main.error": "error"}.get(type_name, type_name)  # Delve's spelling
        if value is None:  # an interface type the program never converts to at run time
            return f"{shown} nil"
        if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], RType):
            return f"{shown}({value[0].name}) {delve_value(m, value[0], value[1], full)}"
        return render(m, type_name, value)

    def c_print(self, args) -> None:
        if not args:
            raise ValueError("print needs an expression")
        text = " ".join(args)
        sc = scope(self.s.machine, self._g(self.g), self.frame)
        if text in sc.vars:  # a variable: printed as Delve prints it
            self.say(self._delve(*sc.vars[text], True))
            return
        self.say(go_text(evaluate(text, sc)))

    def c_condition(self, args) -> None:
        if not args or not args[0].isdigit():
            raise ValueError("condition needs a breakpoint id and an expression")
        bp = self.s.condition(int(args[0]), " ".join(args[1:]))
        self.say(f"Breakpoint {bp.id} condition: {bp.cond or '(none)'}")

    def c_heap(self, args) -> None:
        m = self.s.machine
        objs = sorted(m.heap.allocs)
        for r in objs:
            site = self.s.program.sites[r.site] if r.site is not None else None
            at = f"{self.path}:{site.line}:{site.col}" if site else "runtime"
            self.say(f"{r.addr:#x}  {r.type.name:<20} {r.size:>7} B  class {r.sizeclass:<2} ({r.span} B)  "
                     f"{at}  {r.why}  [{m.collector.colour(r)}]")
        self.say(f"[{len(objs)} objects, {m.heap.live} bytes live, goal {m.collector.goal} bytes]")

    def c_gc(self, args) -> None:
        c = self.s.machine.collector
        for cyc in c.cycles:
            self.say(cyc.gctrace())
        cur: Cycle | None = c.cur
        self.say(f"gcphase: {c.phase}" + (f" (cycle {cur.n}, marking)" if cur else "")
                 + f", heap {c.heap.live} B, next GC at {c.trigger} B, goal {c.goal} B")

    def c_stackmap(self, args) -> None:
        g = self._g(self.g)
        hi = g.stack_lo + g.stack_size
        self.say(f"goroutine {g.id} stack [{g.stack_lo:#x}, {hi:#x}) {g.stack_size} bytes, "
                 f"{g.used} used")
        for fr in frames(self.s.machine, g):
            self.say(f"  {fr.sp:#x} +{fr.size:<5} {fr.func} (line {fr.line})")
            for sv in fr.slots:
                where_ = "heap pointer" if sv.slot.heap else "stack"
                self.say(f"      {sv.addr:#x} +{sv.slot.offset:<4} {sv.slot.size:>4} B  "
                         f"{sv.slot.name} {sv.slot.type} ({where_})")

    def c_escape(self, args) -> None:
        """Go's escape-analysis lines (-m=2: the decision and its flow) for the selected
        frame's function."""
        frs = frames(self.s.machine, self._g(self.g))
        if not frs:
            raise ValueError("no frame selected")
        fr = frs[min(self.frame, len(frs) - 1)]
        first, last = self.s.program.frames[fr.func].lines
        shown = 0
        for line in self.s.escape_lines():
            n = int(line.split(":")[1]) if line.count(":") >= 3 else 0
            if first <= n <= last:
                self.say(line)
                shown += 1
        if not shown:
            self.say(f"(no escape decisions in {fr.func})")

    def c_runnext(self, args) -> None:
        gid = int(args[0]) if args and args[0].isdigit() else -1
        self.s.run_next(gid)
        self.say(f"Goroutine {gid} runs next")

    def c_help(self, args) -> None:
        self.say(HELP)

    def c_exit(self, args) -> bool:
        return False

    # ------------------------------------------------------------ helpers

    def _g(self, gid: int):
        for g in self.s.machine.sched.allgs:
            if g.id == gid and g.state != "dead":
                return g
        return None


COMMANDS = {}
# the commands that read a goroutine, which a program that ended no longer has
NEEDS_PROCESS = {"goroutines", "grs", "goroutine", "gr", "stack", "bt", "frame", "up", "down", "locals",
                 "args", "print", "p", "stackmap", "escape", "runnext"}
for _names, _fn in (
        (("break", "b"), Debugger.c_break), (("breakpoints", "bp"), Debugger.c_breakpoints),
        (("clear",), Debugger.c_clear), (("continue", "c"), Debugger.c_continue),
        (("next", "n"), Debugger.c_next), (("step", "s"), Debugger.c_step),
        (("stepout", "so"), Debugger.c_stepout), (("restart", "r"), Debugger.c_restart),
        (("rev",), Debugger.c_rev), (("rewind", "rw"), Debugger.c_rewind), (("runto",), Debugger.c_runto), (("goroutines", "grs"), Debugger.c_goroutines),
        (("goroutine", "gr"), Debugger.c_goroutine), (("stack", "bt"), Debugger.c_stack),
        (("frame",), Debugger.c_frame), (("up",), Debugger.c_up), (("down",), Debugger.c_down),
        (("locals",), Debugger.c_locals), (("args",), Debugger.c_args),
        (("print", "p"), Debugger.c_print), (("condition", "cond"), Debugger.c_condition), (("heap",), Debugger.c_heap), (("gc",), Debugger.c_gc),
        (("stackmap",), Debugger.c_stackmap), (("escape",), Debugger.c_escape),
        (("runnext",), Debugger.c_runnext), (("help", "h"), Debugger.c_help),
        (("exit", "quit", "q"), Debugger.c_exit)):
    for _n in _names:
        COMMANDS[_n] = _fn


def run_debugger(text: str, filename: str, commands, out=sys.stdout, interactive: bool = False,
                 program=None) -> int:
    """Drive a session with command lines from ``commands`` (an iterable of lines)."""
    s = Session(text, filename, program=program)
    d = Debugger(s, out)
    old = None
    try:
        if interactive:
            out.write("Type 'help' for list of commands.\n")
            old = signal.signal(signal.SIGINT, lambda *_: d.interrupt())  # Ctrl-C pauses, as in Delve
        for line in commands:
            if not interactive:  # a script: echo each command after the prompt, as typed
                out.write(f"(minigo) {line.rstrip()}\n")
            if not d.execute(line.strip()):
                break
    finally:
        if old is not None:
            signal.signal(signal.SIGINT, old)
        s.close()
    return 0
