"""The nodes gc's IR has but the syntax tree does not, as escape analysis sees them.

By the time Go's escape analysis runs, type checking has made implicit things
explicit: a value assigned to an interface is wrapped in a conversion (OCONVIFACE),
the extra arguments of a variadic call are packed in a slice literal ("... argument"),
an elided ``&T`` in a composite literal is a pointer literal, the callee of
``f()()`` is spilled to a temporary. These small classes stand for those nodes; they
carry the type and the position Go gives them, and print as Go prints them.
"""
from __future__ import annotations

from ..syntax.pos import Pos


class Synthetic:
    __slots__ = ()


class ConvIface(Synthetic):
    """x converted to an interface type; implicit ones print as x."""
    __slots__ = ("x", "type", "pos", "implicit")

    def __init__(self, x, typ, pos: Pos, implicit: bool = True) -> None:
        self.x, self.type, self.pos, self.implicit = x, typ, pos, implicit


class DotArgs(Synthetic):
    """The implicit []T{...} of a variadic call's extra arguments."""
    __slots__ = ("call", "elts", "type", "pos")

    def __init__(self, call, elts, typ, pos: Pos) -> None:
        self.call, self.elts, self.type, self.pos = call, elts, typ, pos


class PtrLit(Synthetic):
    """An elided &T{...} inside a composite literal of pointers."""
    __slots__ = ("lit", "type", "pos")

    def __init__(self, lit, typ, pos: Pos) -> None:
        self.lit, self.type, self.pos = lit, typ, pos


class Implicit(Synthetic):
    """An implicit & (op "&"), * (op "*") or embedded-field path (op "field") that
    typechecking added to a method's receiver."""
    __slots__ = ("op", "x", "pos", "steps")

    def __init__(self, op: str, x, pos: Pos, steps=()) -> None:
        self.op, self.x, self.pos, self.steps = op, x, pos, steps  # steps: embedded fields, via pointer?


class AutoTmp(Synthetic):
    """A compiler temporary (.autotmp_N)."""
    __slots__ = ("name", "type", "pos")

    def __init__(self, name: str, typ, pos: Pos) -> None:
        self.name, self.type, self.pos = name, typ, pos


class TmpAssign(Synthetic):
    """``tmp = x``: how gc copies a go/defer argument (or a callee) to a temporary."""
    __slots__ = ("tmp", "x", "pos")

    def __init__(self, tmp, x, pos: Pos) -> None:
        self.tmp, self.x, self.pos = tmp, x, pos


class GoWrap(Synthetic):
    """The closure gc wraps a go/defer call with arguments in (never reported)."""
    __slots__ = ("call", "pos", "type")

    def __init__(self, call, pos: Pos) -> None:
        self.call, self.pos, self.type = call, pos, None


class DotType(Synthetic):
    """x.(T), added by devirtualization: an interface call on a known concrete type."""
    __slots__ = ("x", "type", "pos")

    def __init__(self, x, typ, pos: Pos) -> None:
        self.x, self.type, self.pos = x, typ, pos
