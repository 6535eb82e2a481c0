"""Exact constant arithmetic, as Go's ``go/constant`` does it.

Untyped constants are exact: integers are Python ints of any size, floats are
``Fraction``s (so ``0.1 + 0.2 == 0.3`` holds), strings are ``str``, booleans
``bool``. A value becomes inexact only when it is converted to a typed float
(``round_float``). ``representable`` is types2's check that a constant fits a
type, with its two failure words: ``overflows`` and ``truncated``.
"""
from __future__ import annotations

import math
import struct
from fractions import Fraction

from . import types as T

Value = object  # bool | str | int | Fraction


class ConstError(Exception):
    pass


# ---------------------------------------------------------------- literals

def int_literal(s: str) -> int:
    s = s.replace("_", "")
    if len(s) > 1 and s[0] == "0" and s[1] in "0123456789":
        return int(s[1:], 8)
    return int(s, 0)


MAX_DECIMAL_EXPONENT = 1_000_000  # beyond this Go's big.Float literal fails ("malformed constant")


def float_literal(s: str) -> Fraction:
    s = s.replace("_", "")
    mant, sep, exp = s.lower().replace("p", "e").partition("e")
    if sep and exp.lstrip("+-").isdigit() and abs(int(exp)) > MAX_DECIMAL_EXPONENT:
        raise ConstError("malformed constant")
    if s[:2].lower() == "0x":
        mant, _, exp = s[2:].lower().partition("p")
        whole, _, frac = mant.partition(".")
        digits = whole + frac
        value = Fraction(int(digits or "0", 16), 16 ** len(frac))
        e = int(exp or "0")
        return value * (Fraction(2) ** e)
    return Fraction(s)


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
            "\\": "\\", "'": "'", '"': '"'}


def _unescape(body: str) -> str:
    """Go's interpreted literal body to a Python str of code points.

    ``\\xNN`` and octal escapes are single bytes; those bytes are kept as
    surrogate-escaped code points so the UTF-8 byte view stays exact.
    """
    out: list[str] = []
    raw = bytearray()
    i = 0

    def flush():
        if raw:
            out.append(raw.decode("utf-8", "surrogateescape"))
            raw.clear()

    while i < len(body):
        c = body[i]
        if c != "\\":
            raw.extend(c.encode("utf-8", "surrogateescape"))
            i += 1
            continue
        k = body[i + 1]
        if k in _ESCAPES:
            raw.extend(_ESCAPES[k].encode())
            i += 2
        elif k == "x":
            raw.append(int(body[i + 2:i + 4], 16))
            i += 4
        elif k in "01234567":
            raw.append(int(body[i + 1:i + 4], 8) & 0xFF)
            i += 4
        elif k == "u":
            raw.extend(chr(int(body[i + 2:i + 6], 16)).encode("utf-8", "surrogatepass"))
            i += 6
        elif k == "U":
            raw.extend(chr(int(body[i + 2:i + 10], 16)).encode("utf-8", "surrogatepass"))
            i += 10
        else:
            raise ConstError("unknown escape")
    flush()
    return "".join(out)


def string_literal(s: str) -> str:
    if s.startswith("`"):
        return s[1:-1].replace("\r", "")
    return _unescape(s[1:-1])


def rune_literal(s: str) -> int:
    body = s[1:-1]
    if body.startswith("\\"):
        k = body[1]
        if k == "x" or k in "01234567":
            return int(body[2:], 16) if k == "x" else int(body[1:], 8)
        if k in "uU":
            return int(body[2:], 16)
        return ord(_ESCAPES[k])
    return ord(body)


def go_bytes(s: str) -> bytes:
    """The UTF-8 bytes of a Go string held as a Python str (see _unescape)."""
    return s.encode("utf-8", "surrogateescape")


# ---------------------------------------------------------------- arithmetic

def is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def to_int(v):
    """An exact integer value of a numeric constant, or None."""
    if is_int(v):
        return v
    if isinstance(v, Fraction) and v.denominator == 1:
        return int(v)
    return None


def binary(x, op: str, y, integer: bool):
    """x op y for two constants of the same kind; ``integer``: integer division."""
    if op in ("==", "!=", "<", "<=", ">", ">="):
        return compare(x, op, y)
    if op == "&&":
        return x and y
    if op == "||":
        return x or y
    if isinstance(x, str):
        if op == "+":
            return x + y
        raise ConstError(op)
    if op in ("/", "%") and y == 0:
        raise ConstError("division by zero")
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    if op == "/":
        if integer:
            q = abs(x) // abs(y)
            return q if (x >= 0) == (y >= 0) else -q
        return Fraction(x) / Fraction(y)
    if op == "%":
        r = abs(x) % abs(y)
        return r if x >= 0 else -r
    if op == "&":
        return x & y
    if op == "|":
        return x | y
    if op == "^":
        return x ^ y
    if op == "&^":
        return x & ~y
    raise ConstError(op)


def compare(x, op: str, y) -> bool:
    if op == "==":
        return x == y
    if op == "!=":
        return x != y
    if op == "<":
        return x < y
    if op == "<=":
        return x <= y
    if op == ">":
        return x > y
    return x >= y


def shift(x: int, op: str, s: int) -> int:
    return x << s if op == "<<" else x >> s


def unary(op: str, x, typ: T.Type):
    if op == "+":
        return x
    if op == "-":
        return -x
    if op == "!":
        return not x
    if op == "^":
        if T.is_unsigned(typ):
            bits = T.sizeof(typ) * 8
            return x ^ ((1 << bits) - 1)
        return ~x
    raise ConstError(op)


# ---------------------------------------------------------------- representability

def int_range(t: T.Basic) -> tuple[int, int]:
    bits = t.size * 8
    if t.info & T.UNSIGNED:
        return 0, (1 << bits) - 1
    return -(1 << (bits - 1)), (1 << (bits - 1)) - 1


def round_float(v, t: T.Basic):
    """Round an exact number to float32/float64; None if it overflows."""
    f = Fraction(v)
    try:
        d = float(f)
    except OverflowError:
        return None
    if math.isinf(d):
        return None
    if t.size == 4:
        try:
            d = struct.unpack("f", struct.pack("f", d))[0]
        except OverflowError:
            return None
        if math.isinf(d):
            return None
    return Fraction(d)


def representable(v, t: T.Basic):
    """(value rounded to t, or None; "overflows" / "truncated" / "" when not representable)."""
    if t.info & T.BOOLEAN:
        return (v, "") if isinstance(v, bool) else (None, "")
    if t.info & T.STRING:
        return (v, "") if isinstance(v, str) else (None, "")
    if isinstance(v, (bool, str)):
        return None, ""
    if t.info & T.INTEGER:
        i = to_int(v)
        if i is None:
            return None, "truncated"
        if t.info & T.UNTYPED:
            return i, ""
        lo, hi = int_range(t)
        if not lo <= i <= hi:
            return None, "overflows"
        return i, ""
    if t.info & T.FLOAT:
        if t.info & T.UNTYPED:
            return Fraction(v), ""
        r = round_float(v, t)
        if r is None:
            return None, "overflows"
        return r, ""
    return None, ""


def representable_const(v, t: T.Basic):
    """types2 representableConst with a ``rounded`` result: (fits, value to keep).

    For an integer type an integral value is kept as an integer even when it does not
    fit, which is what Go then prints (``cannot convert 1e100 (untyped float constant
    1000...0) to type int``)."""
    if t.info & T.INTEGER:
        i = to_int(v) if not isinstance(v, (bool, str)) else None
        if i is None:
            return False, None
        if t.info & T.UNTYPED:
            return True, i
        lo, hi = int_range(t)
        return lo <= i <= hi, i
    rounded, _ = representable(v, t)
    return rounded is not None, rounded


# ---------------------------------------------------------------- printing

def value_string(v) -> str:
    """go/constant's String: what types2 shows after ``constant`` in messages."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        q = go_quote(v)
        if len(q) > 72:
            q = q[:70] + "..."  # go/constant shortens long strings
        return q
    if is_int(v):
        return str(v)
    if isinstance(v, Fraction):  # an untyped float constant prints as a float even if integral
        return _float_g(v)
    return str(v)


def _float_g(v: Fraction) -> str:
    """go/constant's floatVal.String: %.6g in float64 range, else an approximate m e d."""
    try:
        f = float(v)
    except OverflowError:
        f = math.inf
    if not math.isinf(f) and (f == 0) == (v == 0):
        return _go_g6(f)
    # out of float64 range: f ~ m * 10**e, from the top bits and the binary exponent
    sign = -1 if v < 0 else 1
    n, d = abs(v.numerator), v.denominator
    nshift, dshift = max(n.bit_length() - 64, 0), max(d.bit_length() - 64, 0)
    mant = (n >> nshift) / (d >> dshift)
    d10 = (nshift - dshift) * math.log10(2) + math.log10(mant)
    e = math.floor(d10)
    m = math.pow(10, d10 - e)
    if m >= 10 - 0.5e-5:
        m, e = m / 10, e + 1
    return f"{_go_g6(sign * m)}e{e:+d}"


def _go_g6(f: float) -> str:
    """Go's %.6g: exponent at least two digits, no trailing zeros."""
    s = f"{f:.6g}"
    if "e" in s:
        mant, exp = s.split("e")
        sign, digits = exp[0], exp[1:].lstrip("0")
        s = f"{mant}e{sign}{digits.zfill(2)}"
    return s


def go_quote(s: str) -> str:
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif 0xDC80 <= o <= 0xDCFF:
            out.append(f"\\x{o - 0xDC00:02x}")
        elif o < 0x20 or o == 0x7F:
            out.append(f"\\x{o:02x}")
        elif o > 0x7F and not ch.isprintable():  # strconv.Quote: \uXXXX for non-printing runes
            out.append(f"\\u{o:04x}" if o <= 0xFFFF else f"\\U{o:08x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)
