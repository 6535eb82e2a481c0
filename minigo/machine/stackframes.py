"""A goroutine's stack as Go lays it out: frames at addresses, slots at offsets.

Each compiled Go function pushes its frame with the prologue ``_sp = _g.used ...``; the
frame occupies ``[hi - _sp - size, hi - _sp)`` of the goroutine's stack, ``hi`` being the
top (stacks grow down), and each slot of its frame map sits at ``frame.sp + offset``.  When
the stack is copied (growth, shrink) every address moves with it, as Go's copystack
adjusts pointers into the stack.  The frames are found by walking the goroutine's chain of
generator frames (a suspended goroutine) or the Python stack (the running one).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field

from ..compile.frames import Slot


@dataclass
class SlotView:
    slot: Slot
    addr: int
    value: object  # the generated local's value (a Box for boxed slots); None if not yet set
    live: bool  # declared by now (the local exists) and in scope at the frame's line


@dataclass
class FrameView:
    func: str  # Go's function name
    line: int  # the Go line it is at
    sp: int  # the frame's lowest address
    size: int
    slots: list[SlotView] = field(default_factory=list)


def _python_frames(m, g) -> list:
    """The Python frames of g, outermost first, each with its locals."""
    out = []
    if g.gen.gi_running:  # executing on this thread: its frames are the Python stack's
        f = sys._getframe(1)
        while f is not None:
            out.append(f)
            f = f.f_back
        out.reverse()
        return out
    gen = g.gen
    while gen is not None and gen.gi_frame is not None:
        out.append(gen.gi_frame)
        gen = gen.gi_yieldfrom
    return out


def goroutine_frames(m, g) -> list[FrameView]:
    """g's Go frames, innermost first, with their addresses and slots.  A function
    suspended at its return stop has popped its frame: it is no longer one of them."""
    program = m.program
    hi = g.stack_lo + g.stack_size
    found = []  # (view, layout, locals), outermost first
    for f in _python_frames(m, g):
        code = f.f_code
        if not code.co_filename.startswith("<minigo:"):
            continue
        if _returning(program, f.f_lineno):
            continue
        loc = f.f_locals
        line = program.lines[f.f_lineno] if f.f_lineno < len(program.lines) else 0
        if "_sp" in loc and code.co_name in program.funcnames:
            name = program.funcnames[code.co_name]
            layout = program.frames.get(name)
            size = layout.size if layout is not None else 0
            found.append((FrameView(name, line, hi - loc["_sp"] - size, size), layout, dict(loc)))
        elif code.co_name == "_body" and found:  # a function with defer: its body's locals
            view, _, outer = found[-1]
            outer.update(loc)
            view.line = line or view.line
    views = []
    for view, layout, loc in reversed(found):
        for s in layout.slots if layout is not None else ():
            live = s.pyname in loc and s.scope[0] <= view.line <= s.scope[1]
            view.slots.append(SlotView(s, view.sp + s.offset, loc.get(s.pyname), live))
        views.append(view)
    return views


def _returning(program, pyline: int) -> bool:
    """Whether a generated line is a function's return stop (its frame already popped)."""
    k = program.line_stops[pyline] if pyline < len(program.line_stops) else -1
    return k >= 0 and program.stops[k].kind == "return"


def stack_addr(m, obj) -> int | None:
    """The stack address of a variable's value (``&x`` of a stack variable), or None."""
    for g in m.sched.allgs:
        if g.state == "dead":
            continue
        for fr in goroutine_frames(m, g):
            for s in fr.slots:
                if s.value is obj and not s.slot.heap:
                    return s.addr
    return None
