"""Maps as runtime/map.go allocates and grows them.

A Go map is an ``hmap`` header (48 bytes) and an array of buckets, each holding 8 keys
and 8 values (keys or values over 128 bytes by pointer) plus an overflow pointer.  The
header and, for a small map (hint <= 8), its first bucket live on the stack when escape
analysis lets them; otherwise ``makemap`` allocates them, the first bucket only at the
first insert.  A map grows when an insert would push it past 6.5 entries per bucket
(``overLoadFactor``): ``hashGrow`` allocates a table twice the size, and each later insert
evacuates old buckets (two per insert, as growWork does) until the old table is garbage.
From 16 buckets on, ``makeBucketArray`` adds one overflow bucket per 16 and rounds the
array up to its size class.  Overflow buckets allocated for collisions depend on Go's
randomised hash and are not modelled.
"""
from __future__ import annotations

from .sizeclass import roundupsize
from .values import GoMap, RType

BUCKET_CNT = 8
HMAP_SIZE = 48  # runtime.hmap on amd64
MAX_INLINE = 128  # larger keys and values are stored by pointer (maxKeySize, maxElemSize)
STACK_BUCKET = "stack"  # the bucket of a small map that does not escape


class Buckets:
    """A bucket array: what the map's ``buckets`` pointer holds."""
    __slots__ = ("_h",)


def over_load_factor(count: int, b: int) -> bool:
    return count > BUCKET_CNT and count > 13 * ((1 << b) // 2)


def limit(b: int) -> int:
    """The largest count a table of 2**b buckets holds without growing."""
    return max(BUCKET_CNT, 13 * (1 << b) // 2)


def bucket_size(rt) -> int:
    k = rt.key.size if rt.key.size <= MAX_INLINE else 8
    v = rt.elem.size if rt.elem.size <= MAX_INLINE else 8
    body = BUCKET_CNT + BUCKET_CNT * k + BUCKET_CNT * v
    return (body + 7) // 8 * 8 + 8  # then the overflow pointer, pointer-aligned


class MapOps:
    """Mixed into the Machine."""

    def makemap(self, tid: int, entries: dict, hint: int, site):
        rt = self.tt.rt[tid]
        m = GoMap(entries)
        m.rt, m.B, m.oldbk, m.nevac = rt, 0, None, 0
        if site is not None:
            self.heap.alloc(m, rt, HMAP_SIZE, site, self.program.sites[site].reason)
        while over_load_factor(hint, m.B):
            m.B += 1
        if m.B:
            m.bk = self._bucket_array(m, m.B, "makemap")
        else:
            m.bk = STACK_BUCKET if site is None else None
        m.lim = limit(m.B) if m.bk is not None else -1
        while len(m) > m.lim:
            self.map_grow(m)
        return m

    def map_grow(self, m: GoMap) -> None:
        """An insert took the map past ``m.lim``: allocate its first bucket, grow it, or
        evacuate part of the old table."""
        if m.bk is None:
            m.bk = self._bucket_array(m, 0, "mapassign")
        elif m.oldbk is not None:
            self._evacuate(m)
        elif over_load_factor(len(m), m.B):
            m.oldbk = m.bk
            m.B += 1
            m.nevac = 0
            m.bk = self._bucket_array(m, m.B, "hashGrow")
            self._evacuate(m)
        m.lim = len(m) if m.oldbk is not None else limit(m.B)

    def _evacuate(self, m: GoMap) -> None:
        m.nevac += 2
        if m.nevac >= 1 << (m.B - 1):
            m.oldbk = None  # all moved: the old table is garbage

    def _bucket_array(self, m: GoMap, b: int, why: str) -> Buckets:
        rt = m.rt
        size = bucket_size(rt)
        n = 1 << b
        if b >= 4:
            n += 1 << (b - 4)
        n = roundupsize(size * n) // size
        bt = self._bucket_types.get(rt.id)
        if bt is None:
            bt = self._bucket_types[rt.id] = RType("struct", f"map.bucket[{rt.key.name}]{rt.elem.name}")
            bt.size = size
        bk = Buckets()
        self.heap.alloc(bk, bt, size * n, None, why)
        return bk
