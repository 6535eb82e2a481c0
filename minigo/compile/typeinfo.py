"""Type questions the code generator asks, and Go constants as Python literals."""
from __future__ import annotations

import struct
from fractions import Fraction

from ..types import types as T
from ..types.constant import go_bytes
from ..types.expr import default_type

INT_BITS = {"int": 64, "int8": 8, "int16": 16, "int32": 32, "int64": 64,
            "uint": 64, "uint8": 8, "uint16": 16, "uint32": 32, "uint64": 64, "uintptr": 64}


def under(t):
    return t.underlying()


def concrete(t):
    """The type a value of t has at run time (untyped constants take their default type)."""
    return default_type(t) if T.is_untyped(t) else t


def int_info(t):
    """(bits, signed) for an integer type, else None."""
    u = under(concrete(t))
    if isinstance(u, T.Basic) and u.info & T.INTEGER:
        return INT_BITS[u.kind], not (u.info & T.UNSIGNED)
    return None


def is_float32(t) -> bool:
    u = under(concrete(t))
    return isinstance(u, T.Basic) and u.kind == "float32"


def is_aggregate(t) -> bool:
    return isinstance(under(t), (T.Struct, T.Array))


def is_interface(t) -> bool:
    return isinstance(under(t), T.Interface)


def pointer_shaped(t) -> bool:
    """Go stores these in an interface word directly: boxing them allocates nothing."""
    return isinstance(under(t), (T.Pointer, T.Map, T.Chan, T.Signature))


def const_literal(val, t) -> str:
    """A constant of type t (typed, or untyped meaning its default type) as Python source."""
    t = concrete(t)
    u = under(t)
    if isinstance(u, T.Basic):
        if u.info & T.BOOLEAN:
            return "True" if val else "False"
        if u.info & T.STRING:
            return repr(go_bytes(val) if isinstance(val, str) else bytes(val))
        if u.info & T.INTEGER:
            return str(int(val))
        if u.info & T.FLOAT:
            f = float(Fraction(val)) if not isinstance(val, float) else val
            if u.kind == "float32":
                f = _f32(f)
            if f != f or f in (float("inf"), float("-inf")):
                return f"float({str(f)!r})"
            return repr(f)
    if isinstance(u, T.Interface):  # a constant converted to an interface: handled by the caller
        raise ValueError("constant of interface type")
    raise ValueError(f"constant of type {T.type_string(t)}")


def type_key(t) -> tuple:
    """Identity of a type for the run-time type table: identical types, one key."""
    if isinstance(t, T.Named):
        return ("N", id(t.obj))
    if isinstance(t, T.Basic):
        return ("B", concrete(t).kind if t.name not in ("byte", "rune") else t.kind)
    if isinstance(t, T.Pointer):
        return ("P", type_key(t.elem))
    if isinstance(t, T.Slice):
        return ("S", type_key(t.elem))
    if isinstance(t, T.Array):
        return ("A", t.len, type_key(t.elem))
    if isinstance(t, T.Map):
        return ("M", type_key(t.key), type_key(t.elem))
    if isinstance(t, T.Chan):
        return ("C", t.dir, type_key(t.elem))
    if isinstance(t, T.Struct):
        return ("T",) + tuple((f.name, f.embedded, type_key(f.type)) for f in t.fields)
    if isinstance(t, T.Signature):
        return ("F", t.variadic, tuple(type_key(v.type) for v in t.params.vars),
                tuple(type_key(v.type) for v in t.results.vars))
    if isinstance(t, T.Interface):
        return ("I",) + tuple((m.name, type_key(m.type)) for m in t.all_methods())
    return ("?", id(t))


def _f32(x: float) -> float:
    try:
        return struct.unpack("f", struct.pack("f", x))[0]
    except OverflowError:
        return float("inf") if x > 0 else float("-inf")
