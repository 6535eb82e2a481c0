"""Allocation by the generated code: escape sites (halloc, hbox), make, append's
growslice, make(chan), copy.  Each heap allocation becomes a record on the machine's heap
(heap.py) with its site and Go's reason; a site of fixed size, once seen, takes the
allocator's fast path (a free slot of its size class, a record, the clock)."""
from __future__ import annotations

from . import ops
from .chan import Chan
from .cost import malloc_ns
from .heap import HeapArray, HeapObject, new_record
from .panics import go_panic_error
from .sizeclass import grow_cap
from .values import ArrayVal, Box, Slice, StructVal

HCHAN_SIZE = 96  # runtime.hchan on amd64, followed by the buffer


class AllocOps:
    """Mixed into the Machine."""

    def halloc(self, site: int, obj, tid: int, size: int | None = None):
        """Allocate obj (of type tid) on the heap for escape site ``site``; returns the
        value to use (a slice's backing array becomes a HeapArray)."""
        fixed = self.fixed_sites[site]
        if fixed is not None:  # a fixed-size site seen before: the allocator's fast path
            h = self.heap
            rest, span, ns, c = fixed
            black = h.allocated_bytes + span >= h.trigger_at and h.on_alloc(span)
            fl = h.free_slots[c]
            addr = fl.pop() if fl else h.spans.refill(c)
            obj._h = rec = new_record(HeapObject, (addr,) + rest)
            h.allocated_bytes += span
            h.site_allocs[site] += 1
            h.allocs.append(rec)
            h.ns += ns
            if black:
                h.on_black(addr)
            return obj
        rt = self.tt.rt[tid]
        why = self.program.sites[site].reason
        if isinstance(obj, Slice):
            obj.a = HeapArray(obj.a)
            self.heap.alloc(obj.a, rt, rt.elem.size * obj.c, site, why)
            return obj
        size = rt.size if size is None else size
        rec = self.heap.alloc(obj, rt, size, site, why)
        if rec.sizeclass:  # small objects only: large ones take pages
            self.fixed_sites[site] = (rec[1:], rec.span, malloc_ns(rec.span), rec.sizeclass)
        return obj

    def hbox(self, site: int, v, tid: int):
        b = Box(v)
        rt = self.tt.rt[tid]
        self.heap.alloc(b, rt, rt.size, site, self.program.sites[site].reason)
        return b

    def makeslice(self, n: int, c, tid: int, site):
        if c is None:
            c = n
        if n < 0 or n > 1 << 40:
            raise go_panic_error("makeslice: len out of range")
        if c < n or c > 1 << 40:
            raise go_panic_error("makeslice: cap out of range")
        rt = self.tt.rt[tid]
        et = rt.elem
        if site is None:
            return Slice(zeros(et, c), 0, n, c)
        a = HeapArray(zeros(et, c))
        self.heap.alloc(a, rt, et.size * c, site, self.program.sites[site].reason)
        return Slice(a, 0, n, c)

    def copy_slice(self, dst: Slice, src) -> int:
        if isinstance(src, bytes) or not dst.n or not src.n:
            return ops.copy_slice(dst, src)
        first = dst.a[dst.o]
        if isinstance(first, (StructVal, ArrayVal)):  # aggregate elements: copy into
            n = min(dst.n, src.n)
            vals = src.a[src.o:src.o + n]
            ci = self.tt.ci[first.rtype.id]
            cp = self.tt.cp[first.rtype.id]
            vals = [cp(v) for v in vals]
            for i in range(n):
                ci(dst.a[dst.o + i], vals[i])
            return n
        return ops.copy_slice(dst, src)

    def makechan(self, size: int, tid: int):
        if size < 0:
            raise go_panic_error("makechan: size out of range")
        rt = self.tt.rt[tid]
        et = rt.elem
        c = Chan(size, et.zero, et)
        self.chans.add(c)
        self.heap.alloc(c, rt, HCHAN_SIZE + et.size * size, None, "makechan")
        return c

    def _grow(self, s: Slice, need: int, rt) -> Slice:
        et = rt.elem
        newcap = grow_cap(s.c, need, et.size)
        old = s.a[s.o:s.o + s.n]
        if is_aggregate(et):  # the new array holds copies: old pointers keep the old one
            cp = self.tt.cp[et.id]
            old = [cp(x) for x in old]
        a = HeapArray(old)
        a.extend(zeros(et, newcap - s.n))
        self.heap.alloc(a, rt, newcap * et.size, None, "growslice")
        return Slice(a, 0, s.n, newcap)

    def append1(self, s: Slice, v, tid: int) -> Slice:
        n = s.n
        if n >= s.c:
            s = self._grow(s, n + 1, self.tt.rt[tid])
        s.a[s.o + n] = v
        return Slice(s.a, s.o, n + 1, s.c)

    def append(self, s: Slice, vals: list, tid: int) -> Slice:
        n, k = s.n, len(vals)
        if n + k > s.c:
            s = self._grow(s, n + k, self.tt.rt[tid])
        s.a[s.o + n:s.o + n + k] = vals
        return Slice(s.a, s.o, n + k, s.c)

    def append_slice(self, s: Slice, src, tid: int) -> Slice:
        if isinstance(src, bytes):
            vals = list(src)
        else:
            vals = src.a[src.o:src.o + src.n]
            et = self.tt.rt[tid].elem
            if is_aggregate(et):
                cp = self.tt.cp[et.id]
                vals = [cp(x) for x in vals]
        if not vals:
            return s
        return self.append(s, vals, tid)


def is_aggregate(rt) -> bool:
    return rt.kind == "struct" or rt.kind == "array"


def zeros(et, n: int) -> list:
    """n zero elements of type et (each aggregate its own object)."""
    z = et.zero
    if is_aggregate(et):
        return [z() for _ in range(n)]
    return [z()] * n
