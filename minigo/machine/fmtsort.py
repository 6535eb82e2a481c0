"""The order fmt prints map keys in: Go's internal/fmtsort.

Mirrors go1.19 ``src/internal/fmtsort/sort.go``: keys are sorted stably by ``compare``,
which orders ints, uints and strings naturally, floats with NaN first, false before true,
pointers and channels by address (nil first), structs and arrays field by field, and
interfaces by their dynamic type, then value.  Go orders dynamic types by the address of
their type descriptor; minigo uses the type's index in the program's type table (``id``).
"""
from __future__ import annotations

from functools import cmp_to_key

_NATURAL = frozenset({"int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
                      "uint32", "uint64", "uintptr", "string", "bool"})


def sort_map(rt, m: dict, addr) -> list:
    """The (key, value) pairs of map m (of map type rt) in fmtsort order.
    ``addr(obj)`` gives the address of a pointer or channel key."""
    items = list(m.items())
    kt = rt.key
    if kt.kind in _NATURAL:
        items.sort(key=lambda kv: kv[0])
        return items
    return sorted(items, key=cmp_to_key(lambda a, b: compare(kt, a[0], b[0], addr)))


def _cmp(a, b) -> int:
    return -1 if a < b else (1 if a > b else 0)


def _float_compare(a: float, b: float) -> int:
    if a != a:
        return -1  # no good answer if b is a NaN so don't bother checking
    if b != b:
        return 1
    return _cmp(a, b)


def compare(t, a, b, addr) -> int:
    """Go's fmtsort.compare of two values of type t: -1, 0 or 1."""
    kind = t.kind
    if kind in _NATURAL:
        return _cmp(a, b)
    if kind in ("float32", "float64"):
        return _float_compare(a, b)
    if kind == "ptr":
        return _cmp(0 if a is None else addr(a), 0 if b is None else addr(b))
    if kind == "chan":
        c = _nil_compare(a, b)
        if c is not None:
            return c
        return _cmp(addr(a), addr(b))
    if kind == "struct":
        for i, f in enumerate(t.fields):
            c = compare(f.type, a[i], b[i], addr)
            if c:
                return c
        return 0
    if kind == "array":
        for x, y in zip(a, b):
            c = compare(t.elem, x, y, addr)
            if c:
                return c
        return 0
    if kind == "interface":
        c = _nil_compare(a, b)
        if c is not None:
            return c
        (at, av), (bt, bv) = a, b
        c = _cmp((at.id, at.name), (bt.id, bt.name))
        if c:
            return c
        return compare(at, av, bv, addr)
    raise TypeError("bad type in compare: " + t.name)


def _nil_compare(a, b):
    if a is None:
        return 0 if b is None else -1
    if b is None:
        return 1
    return None
