"""Events: what the machine did, one record per happening, for ``minigo trace``, the
debugger and the UI.

Each event is a dict with ``kind``, ``g`` (the goroutine it happened on, 0 for none),
``pos`` ("FILE:LINE:COL" of the Go code that caused it), ``t_ns`` (the virtual clock) and
the kind's own fields, listed in ``KINDS`` and documented in docs/trace.md.  Nothing is
recorded unless a log is attached (``attach``): a plain run pays nothing.  Calls and
returns are seen through the goroutine's stack pointer (a traced goroutine notices every
change of ``used``), so the compiled code is the same with and without tracing.
"""
from __future__ import annotations

import sys

from .sched import G

# kind -> its own fields (name -> type), beyond kind, g, pos, t_ns
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


class EventLog:
    def __init__(self, m, sink) -> None:
        self.m = m
        self.sink = sink  # called with each event dict
        self.file = m.program.filename
        code_name = f"<minigo:{self.file}>"
        self.code_name = code_name
        self.lines = m.program.lines  # Python line -> Go line
        self.cols: dict[int, int] = {}
        for st in m.program.stops:
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
                line = self._line(f.f_lineno)
                if line:
                    return self.position(line)
            f = f.f_back
        g = self.m.sched.curg  # the runtime is working while g is suspended (a safe point)
        gen = g.gen if g is not None else None
        pos = ""
        while gen is not None and gen.gi_frame is not None:
            if gen.gi_code.co_filename == self.code_name and self._line(gen.gi_frame.f_lineno):
                pos = self.position(self._line(gen.gi_frame.f_lineno))
            gen = gen.gi_yieldfrom
        return pos

    def _line(self, pyline: int) -> int:
        return self.lines[pyline] if pyline < len(self.lines) else 0


class TracedG(G):
    """A goroutine whose pushes and pops of frames are events."""
    __slots__ = ("_used", "log")

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
        names = log.m.program.funcnames
        sp = self.stack_lo + self.stack_size - v
        if v > old:
            log.emit("call", self, log.where(f), func=names.get(f.f_code.co_name, f.f_code.co_name),
                     frame=v - old, sp=sp)
        else:
            log.emit("return", self, log.where(f), func=names.get(f.f_code.co_name, f.f_code.co_name), sp=sp)


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
    g.log = log
    return g
