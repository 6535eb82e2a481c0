"""Go types and values described once, for two worlds: Go source text (the oracle program
that ``scripts/regen_fmt_golden.py`` runs) and minigo's machine values (``values.py``).

A ``T`` is a Go type: its source text (``go``), its RType (``rt``), and, for named types,
the Go declaration and methods the oracle program declares.  A ``V`` is a Go value of a
type: its Go expression and its machine value.  ``arg(v)`` is the interface value fmt sees.
"""
from __future__ import annotations

import math
import struct

from minigo.machine.panics import GoPanic
from minigo.machine.values import (NIL_MAP, NIL_SLICE, ArrayVal, Box, Field, RType, Slice,
                                   StructVal, f32)

NAMED: list["T"] = []  # named types in declaration order (the oracle declares them all)


class T:
    def __init__(self, kind: str, name: str, go: str, size: int = 8):
        self.rt = RType(kind, name)
        self.rt.size = size
        self.go = go
        self.decl = ""
        self.methods_go: list[str] = []
        self.cls = None  # StructVal / ArrayVal subclass

    @property
    def kind(self) -> str:
        return self.rt.kind


def _basic(kind: str, size: int) -> T:
    return T(kind, kind, kind, size)


INT, INT8, INT16, INT32, INT64 = (_basic(k, s) for k, s in
                                  [("int", 8), ("int8", 1), ("int16", 2), ("int32", 4), ("int64", 8)])
UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR = (
    _basic(k, s) for k, s in [("uint", 8), ("uint8", 1), ("uint16", 2), ("uint32", 4),
                              ("uint64", 8), ("uintptr", 8)])
FLOAT32, FLOAT64 = _basic("float32", 4), _basic("float64", 8)
STRING, BOOL = _basic("string", 16), _basic("bool", 1)
ANY = T("interface", "interface {}", "any", 16)
ERROR = T("interface", "error", "error", 16)
ERROR.rt.named = True
_STRING_FUNC = RType("func", "func() string")
_STRING_FUNC.results = (STRING.rt,)


def slice_of(e: T) -> T:
    t = T("slice", "[]" + e.rt.name, "[]" + e.go, 24)
    t.rt.elem = e.rt
    t.elem = e
    return t


def array_of(n: int, e: T) -> T:
    t = T("array", f"[{n}]{e.rt.name}", f"[{n}]{e.go}", n * e.rt.size)
    t.rt.elem, t.rt.len, t.elem = e.rt, n, e
    t.cls = type("Array", (ArrayVal,), {"__slots__": (), "rtype": t.rt})
    return t


def map_of(k: T, e: T) -> T:
    t = T("map", f"map[{k.rt.name}]{e.rt.name}", f"map[{k.go}]{e.go}")
    t.rt.key, t.rt.elem, t.key, t.elem = k.rt, e.rt, k, e
    return t


_PTRS: dict[int, T] = {}


def ptr_to(e: T) -> T:
    if id(e) in _PTRS:
        return _PTRS[id(e)]
    t = T("ptr", "*" + e.rt.name, "*" + e.go)
    t.rt.elem, t.elem = e.rt, e
    _PTRS[id(e)] = t
    for name, fn in e.rt.methods.items():  # *T has T's methods
        t.rt.methods[name] = _deref_method(e, fn)
        t.rt.msigs[name] = e.rt.msigs[name]
    return t


def func_of(go: str) -> T:
    return T("func", go, go)


def chan_of(e: T) -> T:
    t = T("chan", "chan " + e.rt.name, "chan " + e.go)
    t.rt.elem = e.rt
    return t


def struct_of(fields: list[tuple[str, T, bool]], name: str = "", go: str = "") -> T:
    """A struct type; fields are (name, type, embedded)."""
    if not name:
        parts = [(f"{n} {t.rt.name}" if not emb else t.rt.name) for n, t, emb in fields]
        goparts = [(f"{n} {t.go}" if not emb else t.go) for n, t, emb in fields]
        name = "struct { " + "; ".join(parts) + " }" if parts else "struct {}"
        go = "struct{ " + "; ".join(goparts) + " }" if parts else "struct{}"
    t = T("struct", name, go, sum(f[1].rt.size for f in fields))
    t.rt.fields = tuple(Field(n, ft.rt, emb) for n, ft, emb in fields)
    t.fields = fields
    t.cls = type("Struct", (StructVal,), {"__slots__": (), "rtype": t.rt})
    return t


def named(goname: str, under: T) -> T:
    """type goname <under>, declared in package main."""
    t = T(under.kind, "main." + goname, goname, under.rt.size)
    for attr in ("elem", "key", "len", "fields"):
        setattr(t.rt, attr, getattr(under.rt, attr))
    for attr in ("elem", "key", "fields"):
        if hasattr(under, attr):
            setattr(t, attr, getattr(under, attr))
    t.rt.named = True
    if under.cls is not None:
        base = StructVal if under.kind == "struct" else ArrayVal
        t.cls = type(goname, (base,), {"__slots__": (), "rtype": t.rt})
    t.decl = f"type {goname} {under.go}"
    NAMED.append(t)
    return t


def method(t: T, name: str, go_body: str, py, pointer: bool = False) -> None:
    """A method ``func (r T) name() string { go_body }`` (``*T`` receiver with pointer=True);
    ``py(receiver)`` computes the same in Python (may raise GoPanic)."""
    recv = f"(r *{t.go})" if pointer else f"(r {t.go})"
    t.methods_go.append(f"func {recv} {name}() string {{ {go_body} }}")

    def gen(r):
        return py(r)
        yield  # a generator function, as Go methods in the machine are

    target = ptr_to(t) if pointer else t
    target.rt.methods[name] = gen
    target.rt.msigs[name] = _STRING_FUNC
    if not pointer and id(t) in _PTRS:
        p = _PTRS[id(t)]
        p.rt.methods[name] = _deref_method(t, gen)
        p.rt.msigs[name] = _STRING_FUNC


def wrong_method(t: T, name: str, go_sig: str, params: tuple, results: tuple, py) -> None:
    """A method whose signature is not func() string (so fmt must not call it)."""
    t.methods_go.append(f"func (r {t.go}) {name}{go_sig}")

    def gen(r, *args):
        return py(r)
        yield
    sig = RType("func", "func")
    sig.params, sig.results = tuple(p.rt for p in params), tuple(r.rt for r in results)
    t.rt.methods[name] = gen
    t.rt.msigs[name] = sig


def promote(t: T, index: int, inner: T, name: str) -> None:
    """t embeds inner as field ``index``: inner's value method ``name`` is promoted to t and *t."""
    fn = inner.rt.methods[name]

    def gen(r):
        return (yield from fn(r[index]))
    for target in (t, ptr_to(t)):
        target.rt.methods[name] = gen if target is t else _deref_method(t, gen)
        target.rt.msigs[name] = _STRING_FUNC


def _deref_method(t: T, fn):
    aggregate = t.kind in ("struct", "array")

    def gen(p):
        if p is None:
            raise TypeError("'NoneType' object is not subscriptable")  # nil dereference
        return (yield from fn(p if aggregate else p.v))
    return gen


def go_panic(msg: bytes):
    raise GoPanic((STRING.rt, msg))


# ---- values ----------------------------------------------------------------------------------

class V:
    """A Go value: ``go`` (expression of type t) and ``py`` (machine value)."""

    def __init__(self, t: T | None, go: str, py):
        self.t, self.go, self.py = t, go, py


NIL = V(None, "nil", None)  # the nil interface


def arg(v: V):
    """The interface value fmt receives for v (an interface-typed v passes its contents)."""
    if v.t is None:
        return None
    if v.t.kind == "interface":
        return v.py
    return (v.t.rt, v.py)


def go_string_lit(b: bytes) -> str:
    out = []
    for c in b:
        if c == 0x22 or c == 0x5C:
            out.append("\\" + chr(c))
        elif 0x20 <= c < 0x7F:
            out.append(chr(c))
        else:
            out.append(f"\\x{c:02x}")
    return '"' + "".join(out) + '"'


def _float_lit(x: float) -> str:
    if x != x:
        return "math.NaN()"
    if math.isinf(x):
        return f"math.Inf({1 if x > 0 else -1})"
    if x == 0 and math.copysign(1, x) < 0:
        return "math.Copysign(0, -1)"
    return repr(x)


def val(t: T, x) -> V:
    """A value of a basic (or named basic) type."""
    k = t.kind
    if k == "string":
        return V(t, f"{t.go}({go_string_lit(x)})", x)
    if k == "bool":
        return V(t, f"{t.go}({'true' if x else 'false'})", bool(x))
    if k == "float32":
        x = f32(x)
        return V(t, f"{t.go}({_float_lit(x)})", x)
    if k == "float64":
        return V(t, f"{t.go}({_float_lit(x)})", float(x))
    return V(t, f"{t.go}({x})", x)


def i(x: int) -> V:
    return val(INT, x)


def s(x: str | bytes) -> V:
    return val(STRING, x.encode() if isinstance(x, str) else x)


def f(x: float) -> V:
    return val(FLOAT64, x)


def b(x: bool) -> V:
    return val(BOOL, x)


def _elem_py(et: T, v: V):
    """The machine value of v stored in a slot of type et (interfaces hold pairs)."""
    if et.kind == "interface":
        return arg(v)
    return v.py


def struct(t: T, *fields: V) -> V:
    py = t.cls([_elem_py(ft, v) for (_, ft, _), v in zip(t.fields, fields)])
    return V(t, f"{t.go}{{{', '.join(v.go for v in fields)}}}", py)


def slice(t: T, *elems: V) -> V:
    items = [_elem_py(t.elem, v) for v in elems]
    return V(t, f"{t.go}{{{', '.join(v.go for v in elems)}}}", Slice(items, 0, len(items), len(items)))


def nil_of(t: T) -> V:
    if t.kind == "slice":
        return V(t, f"{t.go}(nil)", NIL_SLICE)
    if t.kind == "map":
        return V(t, f"{t.go}(nil)", NIL_MAP)
    return V(t, f"({t.go})(nil)", None)


def array(t: T, *elems: V) -> V:
    py = t.cls([_elem_py(t.elem, v) for v in elems])
    return V(t, f"{t.go}{{{', '.join(v.go for v in elems)}}}", py)


def mapv(t: T, *pairs: tuple[V, V]) -> V:
    py = {_elem_py(t.key, k): _elem_py(t.elem, v) for k, v in pairs}
    return V(t, f"{t.go}{{{', '.join(k.go + ': ' + v.go for k, v in pairs)}}}", py)


def ref(v: V) -> V:
    """&v: a pointer to a fresh variable holding v."""
    pt = ptr_to(v.t)
    if v.t.kind in ("struct", "array"):
        return V(pt, f"&{v.go}", v.py)
    return V(pt, f"ptrTo({v.go})", Box(v.py))


def conv(t: T, v: V) -> V:
    """T(v) for an interface type T: a value whose static type is the interface."""
    return V(t, f"{t.go}({v.go})", arg(v))


def float32_bits(x: float) -> int:
    return struct.unpack("<I", struct.pack("<f", x))[0]
