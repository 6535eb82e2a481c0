"""String conversion and concatenation as runtime/string.go allocates them.

Escape analysis decides, per ``a + b``, ``[]byte(s)``, ``string(b)``, ``[]rune(s)``,
``string(r)``, whether the result escapes.  When it does not, the compiler hands the
runtime a 32-byte stack buffer (``tmpBuf``) and a short result lives there; a longer one
is allocated on the heap anyway (``rawstring``, ``rawbyteslice``...).  An escaping result
is always a heap object, at its escape site.  ``s += t`` never gets a buffer (Go rewrites
it after escape analysis).  The capacities follow: ``[]byte(s)`` in a stack buffer has
cap 32, on the heap the size class of len(s); a constant string converts to exactly its
length.  Empty and single-byte results allocate nothing, nor does a concatenation with
one non-empty operand.

A Go string is a Python ``bytes``, which cannot carry a heap record; its record lives in
the heap's table of immutable objects (Heap.alloc_immutable), consulted by identity.
"""
from __future__ import annotations

from . import utf8
from .sizeclass import roundupsize
from .values import Slice

TMP_BUF = 32  # len(tmpBuf): the stack buffer a non-escaping result may use


class StringOps:
    """Mixed into the Machine; ``site`` is the escape site (it escapes) or None (a
    stack buffer may be used); ``tid`` is the result's type."""

    def _string_record(self, s: bytes, size: int, tid: int, site, why: str) -> bytes:
        reason = self.program.sites[site].reason if site is not None else why
        self.heap.alloc_immutable(s, self.tt.rt[tid], size, site, reason)
        return s

    def concat(self, parts: tuple, tid: int, site=None, buf: bool = True) -> bytes:
        """concatstrings: OADDSTR, ``a + b + ...``."""
        s = b"".join(parts)
        if sum(1 for p in parts if p) <= 1:
            return s  # returns the one non-empty operand
        if site is None and buf and len(s) <= TMP_BUF:
            return s
        return self._string_record(s, len(s), tid, site, "concatstrings")

    def bytes_to_string(self, sl: Slice, tid: int, site=None) -> bytes:
        """slicebytetostring."""
        s = bytes(sl.a[sl.o:sl.o + sl.n])
        if len(s) <= 1 or (site is None and len(s) <= TMP_BUF):
            return s
        return self._string_record(s, len(s), tid, site, "slicebytetostring")

    def runes_to_string(self, sl: Slice, tid: int, site=None) -> bytes:
        """slicerunetostring: rawstringtmp(buf, size+3) for the encoded bytes."""
        s = utf8.string_from_runes(sl.a[sl.o:sl.o + sl.n])
        if site is None and len(s) + 3 <= TMP_BUF:
            return s
        return self._string_record(s, len(s) + 3, tid, site, "slicerunetostring")

    def rune_to_string(self, r: int, tid: int, site=None) -> bytes:
        """intstring: a 4-byte buffer on the stack, or rawstring(4)."""
        from .ops import int_to_string
        s = int_to_string(r)
        if site is None:
            return s
        return self._string_record(s, 4, tid, site, "intstring")

    def string_to_bytes(self, s: bytes, tid: int, site=None, const: bool = False) -> Slice:
        """stringtoslicebyte (a constant string: a [len]byte array, cap len)."""
        n = len(s)
        if const:
            c = n
        elif site is None and n <= TMP_BUF:
            c = TMP_BUF
        else:
            c = roundupsize(n)
        return self._slice(list(s), n, c, tid, site, 1, "rawbyteslice", site is not None or (not const and n > TMP_BUF))

    def string_to_runes(self, s: bytes, tid: int, site=None, const: bool = False) -> Slice:
        """stringtoslicerune (a constant string: a []rune{...} literal, cap = runes)."""
        rs = utf8.runes(s)
        n = len(rs)
        if const:
            c = n
        elif site is None and n <= TMP_BUF:
            c = TMP_BUF
        else:
            c = roundupsize(n * 4) // 4
        return self._slice(rs, n, c, tid, site, 4, "rawruneslice", site is not None or (not const and n > TMP_BUF))

    def _slice(self, elems: list, n: int, c: int, tid: int, site, esize: int, why: str, heap: bool) -> Slice:
        a = elems + [0] * (c - n)
        if heap and c:
            from .heap import HeapArray
            a = HeapArray(a)
            reason = self.program.sites[site].reason if site is not None else why
            self.heap.alloc(a, self.tt.rt[tid], c * esize, site, reason)
        return Slice(a, 0, n, c)
