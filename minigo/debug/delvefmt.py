"""Values as Delve prints them (``locals``, ``args``, ``print``), so ``minigo debug`` reads
like ``dlv debug``: ``main.point {x: 1, y: 2}``, ``(*main.point)(0xc000012345)``,
``[]int len: 3, cap: 3, [1,2,3]``, ``"hi\\n"``, ``interface {}(int) 5``, ``error nil``.

``locals`` and ``args`` show one level: a slice, array or map inside shows ``[...]`` and a
pointer its address; ``print`` follows pointers and shows elements.  (Delve prints structs
with composite fields over several lines; minigo keeps them on one.)
"""
from __future__ import annotations

from ..machine.strconv import quote
from ..machine.values import Box, Slice


def delve_value(m, rt, v, full: bool, top: bool = True) -> str:
    k = rt.kind
    if k == "interface":
        if v is None:
            return f"{_iface_name(rt)} nil"
        return f"{_iface_name(rt)}({v[0].name}) {delve_value(m, v[0], v[1], full, False)}"
    if k == "string":
        return quote(v).decode("utf-8", "replace")
    if k == "bool":
        return "true" if v else "false"
    if k in ("float32", "float64"):
        from ..machine import fmt as gofmt
        return gofmt.sprint([(rt, v)], None).decode()
    if k == "ptr":
        if v is None:
            return f"{rt.name} nil"
        if full:
            x = v.v if isinstance(v, Box) else v  # a pointer to a scalar is its Box
            return "*" + delve_value(m, rt.elem, x, full, False)  # as Delve's prettyprint does
        return f"({rt.name})({m.addr_of(v):#x})"
    if k == "struct":
        fields = ", ".join(f"{f.name}: {delve_value(m, f.type, x, full, False)}"
                           for f, x in zip(rt.fields, v))
        return f"{rt.name} {{{fields}}}"
    if k == "slice":
        if v is None or (isinstance(v, Slice) and v.n == 0 and v.c == 0):
            return f"{rt.name} len: 0, cap: 0, nil"
        items = v.a[v.o:v.o + v.n]
        return f"{rt.name} len: {v.n}, cap: {v.c}, {_elems(m, rt.elem, items, full)}"
    if k == "array":
        return f"{rt.name} {_elems(m, rt.elem, list(v), full)}"
    if k == "map":
        if not full:
            return f"{rt.name} [...]"
        pairs = "".join(f"{delve_value(m, rt.key, a, full, False)}: {delve_value(m, rt.elem, b, full, False)}, "
                        for a, b in v.items())
        return f"{rt.name} [{pairs}]"
    if k in ("chan", "func"):
        return f"{rt.name} {m.addr_of(v):#x}" if v is not None else f"{rt.name} nil"
    return str(v)


def _elems(m, et, items, full: bool) -> str:
    if not full:
        return "[...]"
    return "[" + ",".join(delve_value(m, et, x, full, False) for x in items) + "]"


def _iface_name(rt) -> str:
    return "interface {}" if rt.name == "interface {}" else rt.name
