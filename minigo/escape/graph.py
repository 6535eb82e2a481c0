"""The data-flow graph of escape analysis (Go's ``escape/graph.go``).

A *location* is something that can hold a value: a variable, or the storage an
expression allocates (``new(T)``, ``&T{}``, ``make``, a closure, a boxed value),
or the heap itself. An *edge* ``dst <- src`` with ``derefs`` says "dst = *...*src"
(derefs stars) or, with derefs == -1, "dst = &src". A *hole* is a place an
expression's value is about to flow into, with the derefs and the notes (the
reasons printed by ``-m=2``) accumulated on the way.
"""
from __future__ import annotations

from typing import Optional

NUM_ESC_RESULTS = 7  # Go's leaks array: heap + 7 results


class Leaks:
    """A parameter's leak set: least derefs to the heap and to each result (-1: none)."""
    __slots__ = ("heap", "results")

    def __init__(self) -> None:
        self.heap = -1
        self.results = [-1] * NUM_ESC_RESULTS

    def add_heap(self, derefs: int) -> None:
        if self.heap < 0 or derefs < self.heap:
            self.heap = derefs

    def add_result(self, i: int, derefs: int) -> None:
        old = self.results[i]
        if old < 0 or derefs < old:
            self.results[i] = derefs

    def optimize(self) -> None:
        # a path to the heap makes equal or longer paths to results redundant
        if self.heap >= 0:
            self.results = [-1 if r >= self.heap else r for r in self.results]

    def empty(self) -> bool:
        return self.heap < 0 and all(r < 0 for r in self.results)

    @classmethod
    def from_tag(cls, heap: int, results) -> "Leaks":
        l = cls()
        l.heap = heap
        for i, r in enumerate(results[:NUM_ESC_RESULTS]):
            l.results[i] = r
        return l


class Note:
    __slots__ = ("next", "where", "why")

    def __init__(self, next_: Optional["Note"], where, why: str) -> None:
        self.next, self.where, self.why = next_, where, why


class Location:
    __slots__ = ("n", "var", "curfn", "edges", "loop_depth", "result_index", "derefs", "walkgen",
                 "dst", "dst_edge_idx", "queued", "escapes", "transient", "param_esc",
                 "captured", "reassigned", "addrtaken", "cls", "heap_reason")

    def __init__(self, n, curfn, loop_depth: int, transient: bool, var=None, cls: str = "") -> None:
        self.n = n  # the node it represents (an IR node or a Var), or None for a temporary
        self.var = var  # for variables: the types.Var
        self.cls = cls  # "param", "result", "local" for variables
        self.curfn = curfn
        self.edges: list[Edge] = []
        self.loop_depth = loop_depth
        self.result_index = 0
        self.derefs = 0
        self.walkgen = 0
        self.dst: Optional[Location] = None
        self.dst_edge_idx = 0
        self.queued = False
        self.escapes = False
        self.transient = transient
        self.param_esc = Leaks()
        self.captured = False
        self.reassigned = False
        self.addrtaken = False
        self.heap_reason = ""

    def is_name(self, cls: str) -> bool:
        return self.var is not None and self.cls == cls

    def as_hole(self) -> "Hole":
        return Hole(self, 0, None, False)

    def leak_to(self, sink: "Location", derefs: int) -> None:
        # a result parameter that doesn't escape and fits the tag: a result leak (#44614)
        if not sink.escapes and sink.is_name("result") and sink.curfn is self.curfn:
            ri = sink.result_index - 1
            if ri < NUM_ESC_RESULTS:
                self.param_esc.add_result(ri, derefs)
                return
        self.param_esc.add_heap(derefs)


class Edge:
    __slots__ = ("src", "derefs", "notes")

    def __init__(self, src: Location, derefs: int, notes: Optional[Note]) -> None:
        self.src, self.derefs, self.notes = src, derefs, notes


class Hole:
    __slots__ = ("dst", "derefs", "notes", "addrtaken")

    def __init__(self, dst: Location, derefs: int, notes: Optional[Note], addrtaken: bool) -> None:
        self.dst, self.derefs, self.notes, self.addrtaken = dst, derefs, notes, addrtaken

    def note(self, where, why: str) -> "Hole":
        return Hole(self.dst, self.derefs, Note(self.notes, where, why), self.addrtaken)

    def shift(self, delta: int) -> "Hole":
        d = self.derefs + delta
        assert d >= -1, "derefs underflow"
        return Hole(self.dst, d, self.notes, delta < 0)

    def deref(self, where, why: str) -> "Hole":
        return self.shift(1).note(where, why)

    def addr(self, where, why: str) -> "Hole":
        return self.shift(-1).note(where, why)

    def dot_type(self, t, where, why: str) -> "Hole":
        from .typeinfo import is_direct_iface, is_interface
        k = self
        if not is_interface(t) and not is_direct_iface(t):
            k = k.shift(1)
        return k.note(where, why)

    def with_dst(self, dst: Location) -> "Hole":
        return Hole(dst, self.derefs, self.notes, self.addrtaken)
