"""The heap: every object the program allocates there, as Go's allocator would place it.

An object is allocated where escape analysis sent it (a variable moved to heap, ``&T{}``,
``new``, ``make``, an escaping closure, slice or map literal, a ``...`` argument) or where
the runtime allocates for itself (``growslice``, ``makechan``).  Each gets a record with
a Go-like arena address, its type, its size rounded to Go's size class (large objects to
8 KiB pages), and where and why it was allocated.

The record follows the Python object that holds the value through a weak reference:
when nothing in the program can reach the value any more, Python frees it and the record
is dropped.  (The modeled GC of the machine-model issue will keep such records until its
sweep, so heap-in-use follows Go's GC cycles rather than Python's reference counts.)
"""
from __future__ import annotations

import weakref
from collections import Counter
from dataclasses import dataclass, field

from .sizeclass import roundupsize, size_class

ARENA_START = 0xC000010000  # where Go's first heap arena hands out objects on linux/amd64


@dataclass(eq=False)
class HeapObject:
    addr: int
    type: object  # RType of the object (for slices: of the backing array's elements' slice)
    size: int  # bytes asked for
    sizeclass: int  # Go's size class (0: a large object, whole pages)
    site: int | None  # index in Program.sites, or None for the runtime's own allocations
    why: str  # Go's -m text for the site, or the runtime's reason ("growslice")
    ref: object = field(default=None, repr=False)  # weakref to the Python object holding the value

    @property
    def span_bytes(self) -> int:
        return roundupsize(self.size)


class HeapArray(list):
    """The backing array of a heap-allocated slice (a list the heap can follow)."""
    __slots__ = ("__weakref__",)


class HeapMap(dict):
    """A heap-allocated map."""
    __slots__ = ("__weakref__",)


class Heap:
    def __init__(self) -> None:
        self.live: dict[int, HeapObject] = {}  # address -> record, in allocation order
        self.by_id: dict[int, HeapObject] = {}  # id(python object) -> record
        self.by_site: Counter = Counter()  # site index -> allocations so far
        self.by_runtime: Counter = Counter()  # "growslice", "makechan" -> allocations so far
        self.next_addr = ARENA_START
        self.allocated_bytes = 0  # cumulative, in size-class bytes
        self.inuse_bytes = 0

    def alloc(self, obj, rtype, size: int, site: int | None, why: str) -> HeapObject:
        span = roundupsize(size) if size else 0
        rec = HeapObject(self.next_addr, rtype, size, size_class(size), site, why)
        self.next_addr += max(span, 8)
        key = id(obj)
        rec.ref = weakref.ref(obj, lambda _, key=key, addr=rec.addr: self._free(key, addr))
        self.live[rec.addr] = rec
        self.by_id[key] = rec
        if site is None:
            self.by_runtime[why] += 1
        else:
            self.by_site[site] += 1
        self.allocated_bytes += span
        self.inuse_bytes += span
        return rec

    def _free(self, key: int, addr: int) -> None:
        rec = self.live.pop(addr, None)
        if rec is not None:
            self.inuse_bytes -= rec.span_bytes
            if self.by_id.get(key) is rec:
                del self.by_id[key]

    def record_of(self, obj) -> HeapObject | None:
        return self.by_id.get(id(obj))
