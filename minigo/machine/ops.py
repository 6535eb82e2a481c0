"""Go's arithmetic and conversions on the machine's values (values.py).

The compiler inlines the common cases (wrapping +, -, * on int); these helpers do the
rest exactly as the Go spec says: truncated division, shifts by any count, conversions
that wrap or truncate, float32 rounding, string indexing and slicing with Go's bounds
errors.
"""
from __future__ import annotations

import math

from . import utf8
from .panics import GoPanic, divide_error, go_panic_error, index_error
from .values import NIL_SLICE, ArrayVal, Slice, f32


def wrap_signed(x: int, bits: int) -> int:
    half = 1 << (bits - 1)
    return ((x + half) & ((1 << bits) - 1)) - half


def idiv(a: int, b: int) -> int:
    """Go's integer division: truncated toward zero; by zero panics."""
    if b == 0:
        raise divide_error()
    q = abs(a) // abs(b)
    return -q if (a < 0) != (b < 0) else q


def irem(a: int, b: int) -> int:
    """Go's remainder: the sign of the dividend."""
    if b == 0:
        raise divide_error()
    r = abs(a) % abs(b)
    return -r if a < 0 else r


def fdiv(a: float, b: float) -> float:
    try:
        return a / b
    except ZeroDivisionError:
        if a != a or a == 0:
            return math.nan
        neg = (a < 0) != (math.copysign(1.0, b) < 0)
        return -math.inf if neg else math.inf


def shift_count(n: int) -> int:
    if n < 0:
        raise go_panic_error("negative shift amount", kind="errorString")
    return n


def shl(x: int, n: int, bits: int, signed: bool) -> int:
    if n < 0:
        shift_count(n)
    if n >= bits:
        return 0
    r = (x << n) & ((1 << bits) - 1)
    if signed and r >= 1 << (bits - 1):
        r -= 1 << bits
    return r


def shr(x: int, n: int) -> int:
    if n < 0:
        shift_count(n)
    return x >> n if n < 4096 else (-1 if x < 0 else 0)


def float_to_int(f: float, bits: int, signed: bool) -> int:
    """Go's float→integer conversion on amd64 (CVTTSD2SQ): out of range gives 0x8000000000000000."""
    if f != f or f in (math.inf, -math.inf):
        v = -(1 << 63)
    else:
        v = int(f)
        if not -(1 << 63) <= v < (1 << 63):
            if signed or v < 0 or v >= 1 << 64:
                v = -(1 << 63)
    if signed:
        return wrap_signed(v, bits)
    return v & ((1 << bits) - 1)


def to_float32(x) -> float:
    return f32(float(x))


# ---------------------------------------------------------------- strings

def str_index(s: bytes, i: int) -> int:
    if 0 <= i < len(s):
        return s[i]
    raise index_error(i, len(s))


def str_slice(s: bytes, lo, hi) -> bytes:
    n = len(s)
    if hi is None:
        hi = n
    if lo is None:
        lo = 0
    if not 0 <= hi <= n:
        raise slice_error(f"[:{hi}] with length {n}")
    if not 0 <= lo <= hi:
        raise slice_error(f"[{lo}:{hi}]")
    return s[lo:hi]


def slice_error(text: str) -> GoPanic:
    return go_panic_error("slice bounds out of range " + text, kind="boundsError")


def rune_to_string(r: int) -> bytes:
    return utf8.encode_rune(r)


def int_to_string(r: int) -> bytes:
    """string(i) for any integer i: the rune, or "\\uFFFD" when out of range."""
    if not 0 <= r <= 0x10FFFF:
        r = 0xFFFD
    return utf8.encode_rune(r)


# ---------------------------------------------------------------- slices

def oob(i: int, n: int):
    raise index_error(i, n)


def slice_of(x, lo, hi, mx, n_len: int, cap: int, base: list, off: int) -> Slice:
    """x[lo:hi:max] of a slice or array whose elements are base[off:off+cap]."""
    if mx is not None:
        if not 0 <= mx <= cap:
            raise slice_error(f"[::{mx}] with capacity {cap}")
        if hi is None:
            hi = n_len
        if not 0 <= hi <= mx:
            raise slice_error(f"[:{hi}:{mx}]")
        cap = mx
    else:
        if hi is None:
            hi = n_len
        elif not 0 <= hi <= cap:
            kind = "capacity" if not isinstance(x, ArrayVal) else "length"
            raise slice_error(f"[:{hi}] with {kind} {cap}")
    if lo is None:
        lo = 0
    if not 0 <= lo <= hi:
        raise slice_error(f"[{lo}:{hi}]")
    if x is NIL_SLICE and hi == 0:
        return NIL_SLICE
    return Slice(base, off + lo, hi - lo, cap - lo)


def slice_slice(s: Slice, lo, hi, mx) -> Slice:
    return slice_of(s, lo, hi, mx, s.n, s.c, s.a, s.o)


def slice_array(a: ArrayVal, lo, hi, mx) -> Slice:
    return slice_of(a, lo, hi, mx, len(a), len(a), a, 0)


def copy_slice(dst: Slice, src) -> int:
    if isinstance(src, bytes):
        n = min(dst.n, len(src))
        dst.a[dst.o:dst.o + n] = src[:n]
        return n
    n = min(dst.n, src.n)
    if n:
        dst.a[dst.o:dst.o + n] = src.a[src.o:src.o + n]
    return n
