"""The builtin print and println: the runtime's own printer, not fmt.

Mirrors go1.19 ``src/runtime/print.go`` and the compiler's ``walkPrint``
(``cmd/compile/internal/walk/builtin.go``), which picks a runtime routine by each
operand's static type: ``printbool``, ``printint``, ``printuint``, ``printfloat``
(``+1.500000e+000``: seven digits, three-digit exponent), ``printstring`` (raw bytes),
``printpointer`` (hex; nil is ``0x0``) for pointers, channels, maps and funcs,
``printslice`` (``[len/cap]0xADDR``) and ``printeface``/``printiface`` (``(0xTYPE,0xDATA)``).
``println`` puts a space between operands and a newline after them; ``print`` adds nothing.
The caller writes the result to standard error.
"""
from __future__ import annotations

from .values import NIL_MAP, NIL_SLICE

_SIGNED = frozenset({"int", "int8", "int16", "int32", "int64"})
_UNSIGNED = frozenset({"uint", "uint8", "uint16", "uint32", "uint64", "uintptr"})


def printfloat(v: float) -> bytes:
    """runtime.printfloat: the same float64 steps as Go, so the same digits."""
    if v != v:
        return b"NaN"
    if v + v == v and v > 0:
        return b"+Inf"
    if v + v == v and v < 0:
        return b"-Inf"
    n = 7  # digits printed
    buf = bytearray(b"+" + b"0" * (n + 6))
    e = 0  # exp
    if v == 0:
        if str(v).startswith("-"):  # 1/v < 0: negative zero
            buf[0] = 0x2D
    else:
        if v < 0:
            v = -v
            buf[0] = 0x2D
        # normalize
        while v >= 10:
            e += 1
            v /= 10
        while v < 1:
            e -= 1
            v *= 10
        # round
        h = 5.0
        for _ in range(n):
            h /= 10
        v += h
        if v >= 10:
            e += 1
            v /= 10
    # format +d.dddd+edd
    for i in range(n):
        s = int(v)
        buf[i + 2] = s + 0x30
        v -= float(s)
        v *= 10
    buf[1] = buf[2]
    buf[2] = 0x2E
    buf[n + 2] = 0x65
    buf[n + 3] = 0x2B
    if e < 0:
        e = -e
        buf[n + 3] = 0x2D
    buf[n + 4] = e // 100 + 0x30
    buf[n + 5] = e // 10 % 10 + 0x30
    buf[n + 6] = e % 10 + 0x30
    return bytes(buf)


def printhex(v: int) -> bytes:
    return b"0x%x" % v


def _pointer(v, addr) -> int:
    if v is None or v is NIL_MAP or v is NIL_SLICE:
        return 0
    return addr(v)


def format_operand(rt, v, addr) -> bytes:
    """One operand of print/println by its static type rt."""
    kind = rt.kind
    if kind in _SIGNED or kind in _UNSIGNED:
        return b"%d" % v
    if kind == "string":
        return v
    if kind == "bool":
        return b"true" if v else b"false"
    if kind in ("float64", "float32"):
        return printfloat(v)
    if kind in ("ptr", "chan", "map", "func"):
        return printhex(_pointer(v, addr))
    if kind == "slice":
        base = 0 if v is NIL_SLICE else addr(v.a) + v.o * max(rt.elem.size, 1)
        return b"[%d/%d]" % (v.n, v.c) + printhex(base)
    if kind == "interface":
        if v is None:
            return b"(0x0,0x0)"
        drt, dv = v
        return b"(" + printhex(addr(drt)) + b"," + printhex(addr(dv) if dv is not None else 0) + b")"
    raise TypeError(f"illegal types for operand: print {rt.name}")


def format_print(args, newline: bool, addr=id) -> bytes:
    """The bytes print(args...) (newline False) or println(args...) (newline True) writes.
    ``args`` are (static rtype, value) pairs; ``addr(obj)`` gives the address to print for a
    pointer-like value, an interface's type word and data word."""
    parts = [format_operand(rt, v, addr) for rt, v in args]
    if newline:
        return b" ".join(parts) + b"\n"
    return b"".join(parts)
