"""Type questions escape analysis asks (Go's ``types.Type`` HasPointers, IsDirectIface, Size)."""
from __future__ import annotations

from ..types import types as T


def under(t):
    return t.underlying() if t is not None else None


def is_interface(t) -> bool:
    return isinstance(under(t), T.Interface)


def has_pointers(t) -> bool:
    u = under(t)
    if u is None:
        return False
    if isinstance(u, T.Basic):
        return T.is_string(u) or u.name in ("unsafe.Pointer", "untyped nil")
    if isinstance(u, T.Array):
        return u.len > 0 and has_pointers(u.elem)
    if isinstance(u, T.Struct):
        return any(has_pointers(f.type) for f in u.fields)
    if isinstance(u, T.Tuple):
        return any(has_pointers(v.type) for v in u.vars)
    return True  # pointer, slice, map, chan, func, interface


def is_direct_iface(t) -> bool:
    """Whether values of t are stored directly in an interface word (pointer-shaped)."""
    u = under(t)
    if isinstance(u, (T.Pointer, T.Chan, T.Map, T.Signature)):
        return True
    if isinstance(u, T.Array):
        return u.len == 1 and is_direct_iface(u.elem)
    if isinstance(u, T.Struct):
        return len(u.fields) == 1 and is_direct_iface(u.fields[0].type)
    return False


def is_untyped(t) -> bool:
    return T.is_untyped(t) if t is not None else True


def size(t) -> int:
    return T.sizeof(t)
