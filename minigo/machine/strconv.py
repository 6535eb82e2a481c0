"""The parts of Go's strconv that fmt uses: float formatting and quoting.

Mirrors go1.19 ``src/strconv/ftoa.go`` (``genericFtoa``, ``formatDigits``, ``fmtE``, ``fmtF``,
``fmtB``, ``fmtX``) and ``quote.go`` (``appendQuotedWith``, ``appendEscapedRune``,
``IsPrint``, ``CanBackquote``).  All results are ``bytes``.

Where Go computes decimal digits (Ryu, or its exact ``decimal`` type), this module asks
Python, which gives the same digits:

* shortest float64 digits: ``repr(float)`` (shortest string that reads back as the same
  double, nearest the true value when several are as short — Ryu's rule too);
* shortest float32 digits: ``shortest_exact``, exact rational arithmetic following
  ``roundShortest`` (the float32 rounding interval, inclusive when the mantissa is even);
* digits for a given precision: ``'%.*e'`` / ``'%.*f'``, correctly rounded from the exact
  binary value with ties to even, as Go's ``decimal.Round`` and ``ryuFtoaFixed`` do.

A digit string is Go's ``decimalSlice``: digits ``d`` without trailing zeros (``""`` for 0)
and ``dp``, the decimal point position (value = 0.d × 10^dp).
"""
from __future__ import annotations

import math
import struct
from bisect import bisect_left
from fractions import Fraction

from .isprint import IS_GRAPHIC, IS_NOT_PRINT16, IS_NOT_PRINT32, IS_PRINT16, IS_PRINT32
from .utf8 import RUNE_ERROR, decode_rune, encode_rune, valid_rune

LOWERHEX = b"0123456789abcdef"
UPPERHEX = b"0123456789ABCDEF"


# ---- float formatting (ftoa.go) -------------------------------------------------------------

def _float_bits(v: float, bitsize: int) -> tuple[bool, int, int, int, int]:
    """(neg, biased exp, mantissa bits, mantbits, bias) of v as float32 or float64."""
    if bitsize == 32:
        bits = struct.unpack("<I", struct.pack("<f", v))[0]
        return bool(bits >> 31), (bits >> 23) & 0xFF, bits & 0x7FFFFF, 23, -127
    bits = struct.unpack("<Q", struct.pack("<d", v))[0]
    return bool(bits >> 63), (bits >> 52) & 0x7FF, bits & ((1 << 52) - 1), 52, -1023


def _trim(d: str, dp: int) -> tuple[str, int]:
    """Strip leading and trailing zeros of a digit string; 0 is ("", 0)."""
    stripped = d.lstrip("0")
    dp -= len(d) - len(stripped)
    stripped = stripped.rstrip("0")
    if not stripped:
        return "", 0
    return stripped, dp


def _digits_of_repr(s: str) -> tuple[str, int]:
    """A decimalSlice from Python's repr/'%e'/'%f' text of a non-negative finite number."""
    mant, _, exp = s.partition("e")
    whole, _, frac = mant.partition(".")
    return _trim(whole + frac, len(whole) + (int(exp) if exp else 0))


def shortest_exact(v: float, bitsize: int) -> tuple[str, int]:
    """Shortest digits that read back (as a float of bitsize bits) to |v|, the nearest
    such when several are as short: Go's roundShortest, in exact rational arithmetic."""
    mantbits, bias, fmt = (23, 150, "<I") if bitsize == 32 else (52, 1075, "<Q")
    bits = struct.unpack(fmt, struct.pack("<f" if bitsize == 32 else "<d", abs(v)))[0]

    def value(b: int) -> Fraction:
        e, m = b >> mantbits, b & ((1 << mantbits) - 1)
        if e == 0:
            return Fraction(m, 1 << (bias - 1))
        m |= 1 << mantbits
        e -= bias
        return Fraction(m << e) if e >= 0 else Fraction(m, 1 << -e)

    x = value(bits)
    # The rounding interval: halfway to each neighbour (inclusive when the mantissa is even).
    lower = (x + value(bits - 1)) / 2 if bits > 0 else x
    upper = (x + value(bits + 1)) / 2
    inclusive = bits % 2 == 0
    k = math.floor(math.log10(abs(v))) + 1  # 10^(k-1) <= x < 10^k, fixed up below
    while Fraction(10) ** (k - 1) > x:
        k -= 1
    while Fraction(10) ** k <= x:
        k += 1

    def inside(c: Fraction) -> bool:
        if lower < c < upper:
            return True
        return inclusive and (c == lower or c == upper)

    for n in range(1, 20):
        unit = Fraction(10) ** (k - n)
        q = x / unit
        lo = q.numerator // q.denominator
        if lo == q:
            return _trim(str(lo), k - n + len(str(lo)))
        hi = lo + 1
        ok_lo, ok_hi = inside(lo * unit), inside(hi * unit)
        if ok_lo and ok_hi:  # both round-trip: the nearer, ties to even
            diff = (q - lo) - (hi - q)
            c = lo if diff < 0 or (diff == 0 and lo % 2 == 0) else hi
        elif ok_lo:
            c = lo
        elif ok_hi:
            c = hi
        else:
            continue
        return _trim(str(c), k - n + len(str(c)))
    raise AssertionError("a float needs at most 17 digits")


def _digits_shortest(v: float, bitsize: int) -> tuple[str, int]:
    if v == 0:
        return "", 0
    if bitsize == 32:
        return shortest_exact(v, 32)
    return _digits_of_repr(repr(abs(v)))


def format_float(v: float, fmt: str, prec: int, bitsize: int) -> bytes:
    """strconv.FormatFloat(v, fmt, prec, bitSize); fmt is one of e E f g G b x X."""
    neg, exp, mant, mantbits, bias = _float_bits(v, bitsize)
    if exp == (1 << (bitsize - 1 - mantbits)) - 1:
        return b"NaN" if mant else (b"-Inf" if neg else b"+Inf")
    if exp == 0:
        exp += 1
    else:
        mant |= 1 << mantbits
    exp += bias
    if fmt == "b":
        return _fmt_b(neg, mant, exp, mantbits)
    if fmt in "xX":
        return _fmt_x(prec, fmt, neg, mant, exp, mantbits)
    a = abs(v)
    shortest = prec < 0
    if shortest:
        d, dp = _digits_shortest(a, bitsize)
        nd = len(d)
        if fmt in "eE":
            prec = max(nd - 1, 0)
        elif fmt == "f":
            prec = max(nd - dp, 0)
        else:
            prec = nd
    elif fmt == "f":
        d, dp = _digits_of_repr(f"{a:.{prec}f}")
    else:
        if fmt in "eE":
            digits = prec + 1
        else:
            if prec == 0:
                prec = 1
            digits = prec
        d, dp = _digits_of_repr(f"{a:.{digits - 1}e}")
    return _format_digits(shortest, neg, d, dp, prec, fmt).encode("ascii")


def _format_digits(shortest: bool, neg: bool, d: str, dp: int, prec: int, fmt: str) -> str:
    if fmt in "eE":
        return _fmt_e(neg, d, dp, prec, fmt)
    if fmt == "f":
        return _fmt_f(neg, d, dp, prec)
    # %e is used if the exponent from the conversion is less than -4 or greater than
    # or equal to the precision; if precision was the shortest possible, use precision 6.
    nd = len(d)
    eprec = prec
    if eprec > nd and nd >= dp:
        eprec = nd
    if shortest:
        eprec = 6
    exp = dp - 1
    if exp < -4 or exp >= eprec:
        if prec > nd:
            prec = nd
        return _fmt_e(neg, d, dp, prec - 1, "e" if fmt == "g" else "E")
    if prec > dp:
        prec = nd
    return _fmt_f(neg, d, dp, max(prec - dp, 0))


def _fmt_e(neg: bool, d: str, dp: int, prec: int, fmt: str) -> str:
    out = ["-"] if neg else []
    out.append(d[0] if d else "0")
    if prec > 0:
        frac = d[1:prec + 1]
        out.append("." + frac + "0" * (prec - len(frac)))
    exp = dp - 1 if d else 0
    sign = "+"
    if exp < 0:
        sign, exp = "-", -exp
    out.append(f"{fmt}{sign}{exp:02d}")
    return "".join(out)


def _fmt_f(neg: bool, d: str, dp: int, prec: int) -> str:
    out = ["-"] if neg else []
    if dp > 0:
        whole = d[:dp]
        out.append(whole + "0" * (dp - len(whole)))
    else:
        out.append("0")
    if prec > 0:
        frac = "".join(d[j] if 0 <= j < len(d) else "0" for j in range(dp, dp + prec))
        out.append("." + frac)
    return "".join(out)


def _fmt_b(neg: bool, mant: int, exp: int, mantbits: int) -> bytes:
    exp -= mantbits
    return f"{'-' if neg else ''}{mant}p{'+' if exp >= 0 else ''}{exp}".encode("ascii")


def _fmt_x(prec: int, fmt: str, neg: bool, mant: int, exp: int, mantbits: int) -> bytes:
    """%x: -0x1.yyyyyyp±dd, mantissa normalised to 1.xxx."""
    if mant == 0:
        exp = 0
    mant <<= 60 - mantbits
    while mant != 0 and mant & (1 << 60) == 0:
        mant <<= 1
        exp -= 1
    if 0 <= prec < 15:
        shift = prec * 4
        extra = (mant << shift) & ((1 << 60) - 1)
        mant >>= 60 - shift
        if extra | (mant & 1) > 1 << 59:
            mant += 1
        mant <<= 60 - shift
        if mant & (1 << 61):
            mant >>= 1
            exp += 1
    hexd = LOWERHEX if fmt == "x" else UPPERHEX
    out = bytearray(b"-" if neg else b"")
    out += b"0" + fmt.encode() + bytes((ord("0") + ((mant >> 60) & 1),))
    mant = (mant << 4) & ((1 << 64) - 1)
    if prec < 0 and mant != 0:
        out += b"."
        while mant != 0:
            out.append(hexd[(mant >> 60) & 15])
            mant = (mant << 4) & ((1 << 64) - 1)
    elif prec > 0:
        out += b"."
        for _ in range(prec):
            out.append(hexd[(mant >> 60) & 15])
            mant = (mant << 4) & ((1 << 64) - 1)
    out += b"p" if fmt == "x" else b"P"
    if exp < 0:
        out += b"-"
        exp = -exp
    else:
        out += b"+"
    out += f"{exp:02d}".encode("ascii")
    return bytes(out)


# ---- quoting (quote.go) ---------------------------------------------------------------------

def is_print(r: int) -> bool:
    """strconv.IsPrint: Go's definition of printable (letters, marks, numbers,
    punctuation, symbols and U+0020), from Go's own tables."""
    if r <= 0xFF:
        if 0x20 <= r <= 0x7E:
            return True
        if 0xA1 <= r <= 0xFF:
            return r != 0xAD
        return False
    if 0 <= r < 1 << 16:
        table, nots, rr = IS_PRINT16, IS_NOT_PRINT16, r
    else:
        table, nots, rr = IS_PRINT32, IS_NOT_PRINT32, r
    i = bisect_left(table, rr)
    if i >= len(table) or rr < table[i & ~1] or table[i | 1] < rr:
        return False
    if rr >= 0x10000:
        if rr >= 0x20000:
            return True
        rr -= 0x10000
    j = bisect_left(nots, rr)
    return j >= len(nots) or nots[j] != rr


def is_in_graphic_list(r: int) -> bool:
    if r > 0xFFFF:
        return False
    i = bisect_left(IS_GRAPHIC, r)
    return i < len(IS_GRAPHIC) and IS_GRAPHIC[i] == r


_ESCAPES = {7: b"\\a", 8: b"\\b", 12: b"\\f", 10: b"\\n", 13: b"\\r", 9: b"\\t", 11: b"\\v"}


def _append_escaped_rune(buf: bytearray, r: int, quote: int, ascii_only: bool,
                         graphic_only: bool) -> None:
    if r == quote or r == 0x5C:  # always backslashed
        buf.append(0x5C)
        buf.append(r)
        return
    if ascii_only:
        if r < 0x80 and is_print(r):
            buf.append(r)
            return
    elif is_print(r) or graphic_only and is_in_graphic_list(r):
        buf += encode_rune(r)
        return
    esc = _ESCAPES.get(r)
    if esc is not None:
        buf += esc
    elif r < 0x20 or r == 0x7F:
        buf += b"\\x%02x" % r
    elif not valid_rune(r) or r < 0x10000:
        buf += b"\\u%04x" % (r if valid_rune(r) else RUNE_ERROR)
    else:
        buf += b"\\U%08x" % r


# Printable ASCII that Quote copies unchanged (everything from ' ' to '~' but '"' and '\\').
_PLAIN = bytes(c for c in range(0x20, 0x7F) if c not in (0x22, 0x5C))


def quote_with(s: bytes, quote: int, ascii_only: bool = False, graphic_only: bool = False) -> bytes:
    """appendQuotedWith: s in quotes, escaped as Go's strconv.Quote does."""
    if quote == 0x22 and not s.translate(None, _PLAIN):
        return b'"' + s + b'"'
    buf = bytearray((quote,))
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c < 0x80:
            r, width = c, 1
        else:
            r, width = decode_rune(s, i)
        if width == 1 and r == RUNE_ERROR:
            buf += b"\\x%02x" % c
            i += 1
            continue
        _append_escaped_rune(buf, r, quote, ascii_only, graphic_only)
        i += width
    buf.append(quote)
    return bytes(buf)


def quote(s: bytes) -> bytes:
    return quote_with(s, 0x22)


def quote_to_ascii(s: bytes) -> bytes:
    return quote_with(s, 0x22, ascii_only=True)


def quote_rune(r: int, ascii_only: bool = False) -> bytes:
    """strconv.QuoteRune / QuoteRuneToASCII."""
    if not valid_rune(r):
        r = RUNE_ERROR
    buf = bytearray(b"'")
    _append_escaped_rune(buf, r, 0x27, ascii_only, False)
    buf += b"'"
    return bytes(buf)


def can_backquote(s: bytes) -> bool:
    """strconv.CanBackquote: s can be a raw string literal without change."""
    i, n = 0, len(s)
    while i < n:
        r, wid = decode_rune(s, i)
        i += wid
        if wid > 1:
            if r == 0xFEFF:
                return False  # BOMs are invisible and should not be quoted
            continue
        if r == RUNE_ERROR:
            return False
        if (r < 0x20 and r != 0x09) or r == 0x60 or r == 0x7F:
            return False
    return True
