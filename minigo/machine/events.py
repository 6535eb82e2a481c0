"""Events: what the machine did, one record per happening, for ``minigo trace``, the
debugger and the UI.

Each event is a dict with ``kind``, ``g`` (the goroutine it happened on, 0 for none),
``pos`` ("FILE:LINE:COL" of the Go code that caused it, "FILE:0:0" when none applies),
``t_ns`` (the virtual clock) and the kind's own fields: ``KINDS`` lists those every event
of the kind carries, ``OPTIONAL`` those only some carry (``GC_PHASE_FIELDS`` says which
phase carries which); docs/trace.md documents them all.  Nothing is recorded unless a log
is attached (``attach``): a plain run pays nothing.  Calls and returns are seen through the
goroutine's stack pointer (a traced goroutine notices every change of ``used``), so the
compiled code is the same with and without tracing.
"""
from __future__ import annotations

import sys

from .sched import G

# the fields of every event: name -> type
COMMON: dict[str, type] = {"kind": str, "g": int, "pos": str, "t_ns": int}

# kind -> the fields every event of the kind carries (name -> type), beyond COMMON
KINDS: dict[str, dict[str, type]] = {
    "call": {"func": str, "frame": int, "sp": int},
    "return": {"func": str, "sp": int},
    "alloc": {"addr": int, "type": str, "size": int, "class": int, "span": int, "site": str, "reason": str},
    "free": {"addr": int, "type": str, "span": int},
    "stack_grow": {"from": int, "to": int, "used": int},
    "stack_shrink": {"from": int, "to": int, "used": int},
    "gc_phase": {"phase": str, "cycle": int},
    "go_create": {"id": int, "func": str},
    "go_block": {"reason": str},
    "go_unblock": {"id": int},
    "go_exit": {},
    "chan_send": {"chan": int, "len": int},
    "chan_recv": {"chan": int, "len": int, "ok": bool},
    "chan_close": {"chan": int},
    "panic": {"value": str},
    "output": {"stream": str, "text": str},
    "exit": {"status": int},
}

# kind -> the fields only some events of the kind carry (name -> type)
OPTIONAL: dict[str, dict[str, type]] = {
    "gc_phase": {"forced": bool, "stw_ns": int, "freed": int, "heap_live": int, "goal": int},
}

# gc_phase: the optional fields each phase carries (all of them, and no others)
GC_PHASE_FIELDS: dict[str, tuple[str, ...]] = {
    "mark": ("forced", "stw_ns"),
    "marktermination": (),
    "off": ("stw_ns", "freed", "heap_live", "goal"),
}


def fields(kind: str) -> dict[str, type]:
    """Every field an event of ``kind`` can carry, COMMON ones included."""
    return {**COMMON, **KINDS[kind], **OPTIONAL.get(kind, {})}


class EventLog:
    def __init__(self, m, sink) -> None:
        self.m = m
        self.sink = sink  # called with each event dict
        self.file = m.program.filename
        code_name = f"<minigo:{self.file}>"
        self.code_name = code_name
        self.lines = m.program.lines  # Python line -> Go line
        self.line_stops = getattr(m.program, "line_stops", None) or []  # Python line -> stop or -1
        self.stops = m.program.stops
        self.cols: dict[int, int] = {}
        for st in m.program.stops:
            if st.kind == "stmt":  # a line's column is its first statement's
                self.cols.setdefault(st.line, st.col)

    def emit(self, kind: str, g, pos: str, **fields) -> None:
        ev = {"kind": kind, "g": g.id if g is not None else 0,
              "pos": pos or self.where() or f"{self.file}:0:0", "t_ns": self.m.sched.nanotime()}
        ev.update(fields)
        self.sink(ev)

    def position(self, line: int, col: int = 0) -> str:
        return f"{self.file}:{line}:{col or self.cols.get(line, 1)}"

    def where(self, frame=None) -> str:
        """The position of the innermost Go code on the Python stack."""
        f = frame or sys._getframe(1)
        while f is not None:
            if f.f_code.co_filename == self.code_name:
                pos = self._pos(f.f_lineno)
                if pos:
                    return pos
            f = f.f_back
        g = self.m.sched.curg  # the runtime is working while g is suspended (a safe point)
        gen = g.gen if g is not None else None
        pos = ""
        while gen is not None and gen.gi_frame is not None:
            if gen.gi_code.co_filename == self.code_name:
                pos = self._pos(gen.gi_frame.f_lineno) or pos
            gen = gen.gi_yieldfrom
        return pos

    def _pos(self, pyline: int) -> str:
        """The Go position of a generated line: its statement's, else its Go line's."""
        line = self._line(pyline)
        if not line:
            return ""
        k = self.line_stops[pyline] if pyline < len(self.line_stops) else -1
        if k >= 0 and self.stops[k].line == line:
            return self.position(line, self.stops[k].col)
        return self.position(line)

    def _line(self, pyline: int) -> int:
        return self.lines[pyline] if pyline < len(self.lines) else 0


class TracedG(G):
    """A goroutine whose pushes and pops of frames are events.

    It keeps its own list of the frames pushed (function, ``used`` below the frame), so a
    pop of several frames at once, as when a recovered panic unwinds to the frame that
    recovered it, is one ``return`` per frame, innermost first: calls and returns pair up.
    """
    __slots__ = ("_used", "log", "_frames")

    @property
    def used(self) -> int:
        return self._used

    @used.setter
    def used(self, v: int) -> None:
        old = getattr(self, "_used", None)
        self._used = v
        log = getattr(self, "log", None)
        if old is None or log is None or v == old:
            return
        f = sys._getframe(1)
        hi = self.stack_lo + self.stack_size
        if v > old:
            name = log.m.program.funcnames.get(f.f_code.co_name, f.f_code.co_name)
            self._frames.append((name, old))
            log.emit("call", self, log.where(f), func=name, frame=v - old, sp=hi - v)
            return
        pos = log.where(f)
        frames = self._frames
        while frames and frames[-1][1] >= v:
            name, below = frames.pop()
            log.emit("return", self, pos, func=name, sp=hi - below)


def attach(m, sink) -> EventLog:
    """Record m's events into sink from now on (before m.run)."""
    log = EventLog(m, sink)
    m.events = log
    m.sched.events = log
    m.heap.events = log
    m.fixed_sites = _NeverFixed(len(m.fixed_sites))  # every allocation takes the path that reports it
    m.sched.g_class = lambda *a: _traced(log, *a)
    return log


class _NeverFixed(list):
    """halloc's table of fixed-size sites, kept empty so that no allocation bypasses the log."""

    def __init__(self, n: int) -> None:
        super().__init__([None] * n)

    def __setitem__(self, i, v) -> None:
        pass


def _traced(log, *args) -> TracedG:
    g = TracedG(*args)
    g._frames = []
    g.log = log
    return g
