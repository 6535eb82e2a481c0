"""The heap: every object the program allocates there, as Go's allocator would place it.

An object is allocated where escape analysis sent it (a variable moved to heap, ``&T{}``,
``new``, ``make``, an escaping closure, slice or map literal, a ``...`` argument) or where
the runtime allocates for itself (``growslice``, ``makechan``).  Each gets a record with
a Go-like arena address, its type, its size, Go's size class (large objects: whole 8 KiB
pages), and where and why it was allocated.  The record rides on the Python object that
holds the value (its ``_h``), so allocation costs one tuple; which objects are still
live is found as Go's collector finds it, by marking from the roots (``mark``).
"""
from __future__ import annotations

from collections import Counter, namedtuple
from functools import partial

from .cost import malloc_ns
from .mheap import ARENA_START, PageHeap, Spans
from .sizeclass import roundupsize, size_class
from .values import ArrayVal, Box, ElemRef, GoMap, Slice, StructVal


HeapObject = namedtuple("HeapObject", "addr type size sizeclass site why span")
HeapObject.__doc__ = """One heap object: address, type (RType), requested size in bytes, Go size
class (0: large), allocation site (index in Program.sites; None for the runtime's own
allocations), why (Go's -m text for the site, or "growslice", "makechan") and span (the
bytes it takes: its size class's size, or whole pages)."""
new_record = tuple.__new__  # new_record(HeapObject, fields): a record without namedtuple's Python-level __new__


class HeapArray(list):
    """The backing array of a heap-allocated slice."""
    __slots__ = ("_h",)


class Heap:
    def __init__(self, nsites: int = 0, sched=None) -> None:
        self.site_allocs = [0] * nsites  # allocations so far, per escape site
        self.by_runtime: Counter = Counter()  # "growslice", "makechan" -> allocations so far
        self.pages = PageHeap(ARENA_START)
        self.spans = Spans(self.pages)
        self.free_slots = self.spans.free  # per size class: the current span's free slots
        self.allocated_bytes = 0  # cumulative, in size-class bytes
        self.swept_bytes = 0  # cumulative, freed by the collector's sweeps
        self.ns = 0  # mallocgc's cost so far (cost.py): part of the virtual clock
        self.allocs: list[HeapObject] = []  # every object not yet swept, in allocation order
        # heap objects that are immutable Python values (a string's bytes, a boxed interface
        # value's tuple) cannot carry ``_h``: id -> (the object, record), kept alive here
        self.immutables: dict[int, tuple] = {}
        self.immutable_ids: dict[int, int] = {}  # address -> id
        self.trigger_at = 1 << 62  # allocated_bytes from which the collector sees each allocation
        self.on_alloc = None  # the collector, before an allocation once live reaches the trigger:
        #                       assists; True if the new object is to be allocated black
        self.on_black = None  # the collector: the object at this address is allocated black
        self.sched = sched  # whose running goroutine pays for the allocation
        self.events = None  # the EventLog, while one is attached
        self.site_pos = None  # site -> "FILE:LINE:COL", for alloc events

    @property
    def objects(self) -> dict[int, HeapObject]:
        """address -> object, for every object not yet swept."""
        return {r.addr: r for r in self.allocs}

    def sweep(self, marked: set) -> list[HeapObject]:
        """Free the objects not in ``marked`` (addresses); returns them."""
        keep, freed = [], []
        for r in self.allocs:
            (keep if r.addr in marked else freed).append(r)
        self.allocs = keep
        for r in freed:
            self.free(r)
        return freed

    @property
    def live(self) -> int:
        """heapLive: bytes of the objects not yet swept."""
        return self.allocated_bytes - self.swept_bytes

    def set_trigger(self, live: int) -> None:
        """Call on_alloc for every allocation once the live heap reaches ``live``."""
        self.trigger_at = self.swept_bytes + live

    def alloc(self, obj, rtype, size: int, site: int | None, why: str) -> HeapObject:
        rec = self._record(rtype, size, site, why)
        obj._h = rec
        return self._account(rec)

    def alloc_immutable(self, v, rtype, size: int, site: int | None, why: str) -> HeapObject:
        """A heap object held by an immutable Python value (bytes, tuple): the record is
        kept by the value's identity (the value held here until the sweep frees it)."""
        rec = self._record(rtype, size, site, why)
        self.immutables[id(v)] = (v, rec)
        self.immutable_ids[rec.addr] = id(v)
        return self._account(rec)

    def free(self, rec: HeapObject) -> None:
        """The sweep frees a white object (already out of ``allocs``)."""
        self.swept_bytes += rec.span
        self.spans.release(rec.addr, placement_class(rec.size), rec.span)
        k = self.immutable_ids.pop(rec.addr, None)
        if k is not None:
            del self.immutables[k]

    def _record(self, rtype, size: int, site, why: str) -> HeapObject:
        span = roundupsize(size) or 8  # a zero-size object still gets its own address
        c = placement_class(size)
        if c:
            fl = self.free_slots[c]
            addr = fl.pop() if fl else self.spans.refill(c)
        else:
            addr = self.spans.alloc_large(span)
        return new_record(HeapObject, (addr, rtype, size, size_class(size), site, why, span))

    def _account(self, rec: HeapObject) -> HeapObject:
        addr, span, site, why = rec.addr, rec.span, rec.site, rec.why
        black = self.allocated_bytes + span >= self.trigger_at and self.on_alloc(span)
        self.allocated_bytes += span
        if site is None:
            self.by_runtime[why] += 1
        else:
            self.site_allocs[site] += 1
        self.allocs.append(rec)
        self.ns += malloc_ns(span)
        if self.events is not None:
            ev = self.events
            ev.emit("alloc", self.sched.curg, "" if site is None else self.site_pos(site), addr=addr,
                    type=rec.type.name, size=rec.size, **{"class": rec.sizeclass}, span=span,
                    site="" if site is None else self.site_pos(site), reason=why)
        if black:
            self.on_black(addr)
        return rec

    @property
    def by_site(self) -> Counter:
        """Allocations so far per escape site that allocated."""
        return Counter({k: n for k, n in enumerate(self.site_allocs) if n})


def placement_class(size: int) -> int:
    """The size class whose spans hold an object (0: large, whole pages)."""
    return size_class(size) if size else 1


def record_of(obj) -> HeapObject | None:
    rec = getattr(obj, "_h", None)
    return rec if type(rec) is HeapObject else None


def has_pointers(rt) -> bool:
    """Whether objects of this type hold pointers the collector must scan (Go's ptrdata > 0);
    a slice's record is its backing array, scanned by element."""
    k = rt.kind
    if k == "slice":
        return has_pointers(rt.elem)
    if k == "struct":
        return any(has_pointers(f.type) for f in rt.fields)
    if k == "array":
        return rt.len > 0 and has_pointers(rt.elem)
    return k in ("ptr", "map", "chan", "func", "interface", "string")


def mark(roots, skip=frozenset(), immutables=None) -> list[HeapObject]:
    """The heap objects reachable from the roots (Go values), in the order a collector
    would find them: the mark phase, over the machine's value representation.  ``skip``
    holds the ids of the machine's own objects (helpers, tables) that are no Go values;
    ``immutables`` is the heap's table of records held by strings and boxed values."""
    seen: set[int] = set(skip)
    found: list[HeapObject] = []
    stack = list(roots)
    immutables = immutables or {}
    while stack:
        v = stack.pop()
        if v is None or isinstance(v, (int, float, str, bool)):
            continue
        k = id(v)
        if k in seen:
            continue
        seen.add(k)
        rec = record_in(v, immutables)
        if rec is not None:
            found.append(rec)
        stack.extend(children(v))
    return found


def record_in(v, immutables) -> HeapObject | None:
    """The heap object a value is (its ``_h``, or its entry in the immutables table)."""
    rec = getattr(v, "_h", None)
    if type(rec) is HeapObject:
        return rec
    if type(v) in (bytes, tuple):
        hs = immutables.get(id(v))
        if hs is not None and hs[0] is v:
            return hs[1]
    return None


def children(v) -> list:
    """The values a value points at, in the machine's representation."""
    if type(v) is bytes:
        return []
    if isinstance(v, (StructVal, ArrayVal, list, tuple)):
        return list(v)
    if isinstance(v, Slice):
        return [v.a]
    if isinstance(v, dict):
        out = list(v.keys()) + list(v.values())
        if type(v) is GoMap:  # and its bucket arrays
            out += [getattr(v, "bk", None), getattr(v, "oldbk", None)]
        return out
    if isinstance(v, Box):
        return [v.v]
    if isinstance(v, ElemRef):
        return [v.base]
    if isinstance(v, partial):
        return [v.func, *v.args]
    if callable(v) and hasattr(v, "__code__"):
        out = list(v.__kwdefaults__.values()) if v.__kwdefaults__ else []
        if v.__closure__:
            out += [c.cell_contents for c in v.__closure__ if _filled(c)]
        return out
    if hasattr(v, "buf") and hasattr(v, "sendq"):  # a channel: its buffer and parked senders
        return list(v.buf) + [sg.elem for sg in v.sendq]
    return []


def pointers(roots, skip=frozenset(), immutables=None) -> dict[int, set[int]]:
    """Heap object address -> the addresses of the heap objects it points at directly
    (through values that are not heap objects themselves, like a slice header)."""
    edges: dict[int, set[int]] = {}
    seen: set[int] = set(skip)
    stack = [(v, None) for v in roots]
    immutables = immutables or {}
    while stack:
        v, owner = stack.pop()
        if v is None or isinstance(v, (int, float, str, bool)):
            continue
        rec = record_in(v, immutables)
        if rec is not None:
            if owner is not None and owner != rec.addr:
                edges.setdefault(owner, set()).add(rec.addr)
            owner = rec.addr
        if id(v) in seen:
            continue
        seen.add(id(v))
        stack.extend((c, owner) for c in children(v))
    return edges


def _filled(cell) -> bool:
    try:
        cell.cell_contents
    except ValueError:
        return False
    return True
