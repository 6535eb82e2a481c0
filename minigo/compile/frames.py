"""The frame map: where each local variable of a function lives in its stack frame.

A frame holds one slot per parameter, result and local variable, laid out in that order
(declaration order within the body) with amd64 sizes and alignment (int 8, string 16,
slice 24, interface 16, struct and array as their fields).  A variable escape analysis
moved to the heap keeps only its pointer in the frame (8 bytes, Go's ``&x`` slot); the
variable itself is a heap object.  ``FRAME_OVERHEAD`` covers the return address and the
saved frame pointer Go pushes on every call.  The debugger and the stack pane read the
machine's frames through this map; the machine-model issue sizes goroutine stacks by it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..types import types as T
from ..types.types import alignof, sizeof

FRAME_OVERHEAD = 16  # return address + saved frame pointer (amd64)
PTR = 8


@dataclass(frozen=True)
class Slot:
    name: str  # the Go name
    pyname: str  # the generated code's local holding it
    type: str  # Go's type string
    offset: int  # from the frame's lowest address
    size: int
    heap: bool  # moved to heap: the slot holds its address
    boxed: bool  # the local holds a Box (read and write through .v)
    site: int | None = None  # when moved to heap: its Program.sites index (Go's reason)
    scope: tuple[int, int] = (0, 1 << 30)  # the lines where it is in scope (compile/scopes.py)


@dataclass
class FrameLayout:
    func: str  # Go's function name
    slots: list[Slot] = field(default_factory=list)
    locals_size: int = 0
    lines: tuple[int, int] = (0, 0)  # the function's first and last source lines
    params: int = 0  # the first slots are the parameters (receiver first)
    results: list = field(default_factory=list)  # (Go name, type, zero value code) per result;
    # unnamed ones are Go's ~r0, ~r1...; named ones also have slots, after the parameters

    @property
    def size(self) -> int:
        return _align(self.locals_size, 8) + FRAME_OVERHEAD

    def add(self, v, pyname: str, site: int | None, boxed: bool, scope_end: int = 1 << 30) -> None:
        heap = site is not None
        size, align = (PTR, PTR) if heap else (sizeof(v.type), alignof(v.type))
        off = _align(self.locals_size, max(align, 1))
        self.slots.append(Slot(v.name, pyname, T.type_string(v.type, qualify_main=True), off, size, heap, boxed, site,
                               (v.pos.line if v.pos else 0, scope_end)))
        self.locals_size = off + size


def _align(x: int, a: int) -> int:
    return (x + a - 1) // a * a
