"""Run-time types: one RType per entry of the compiled program's type table, with the
per-type helpers the generated code calls — zero values, copies, struct/array classes."""
from __future__ import annotations

from ..compile.typeinfo import type_key
from ..types import types as T
from ..types.gcstring import gc_type_string
from .values import NIL_MAP, NIL_SLICE, ArrayVal, Field, RType, StructVal

_BASIC_ZERO = {"bool": False, "string": b"", "float32": 0.0, "float64": 0.0}


def go_type_name(t) -> str:
    """reflect's String(): what %T prints (main.P, []uint8, interface {}, struct { X int })."""
    return gc_type_string(t, reflect=True)


class TypeTable:
    """rt[k], zero-makers z[k], copiers cp[k], in-place copiers ci[k], classes cls[k]."""

    def __init__(self, types: list) -> None:
        self.types = types
        self.index = {type_key(t): k for k, t in enumerate(types)}
        self.rt = [self._shell(t, k) for k, t in enumerate(types)]
        n = len(types)
        self.cls: list = [None] * n
        self.z: list = [None] * n
        self.cp: list = [None] * n
        self.ci: list = [None] * n
        self.ready = False
        for t, rt in zip(list(types), list(self.rt)):
            self._fill(t, rt)
        self.ready = True
        for k in range(len(self.types)):
            self._helpers(k)

    def of(self, t) -> RType:
        k = self.index.get(type_key(t))
        if k is None:  # a type the program never names (a field's pointer type): add it
            k = len(self.types)
            self.types.append(t)
            self.index[type_key(t)] = k
            rt = self._shell(t, k)
            self.rt.append(rt)
            for lst in (self.cls, self.z, self.cp, self.ci):
                lst.append(None)
            self._fill(t, rt)
            if self.ready:
                self._helpers(k)
        return self.rt[k]

    def _shell(self, t, k) -> RType:
        u = t.underlying()
        if isinstance(u, T.Basic):
            kind = {"byte": "uint8", "rune": "int32"}.get(u.name, u.kind)
        else:
            kind = {T.Pointer: "ptr", T.Slice: "slice", T.Array: "array", T.Map: "map", T.Chan: "chan",
                    T.Struct: "struct", T.Signature: "func", T.Interface: "interface"}[type(u)]
        rt = RType(kind, go_type_name(t))
        rt.named = isinstance(t, T.Named)
        rt.id = k
        if isinstance(t, T.Named):
            rt.pkgpath = t.pkg or ""
        return rt

    def _fill(self, t, rt: RType) -> None:
        u = t.underlying()
        rt.size = T.sizeof(t)
        if isinstance(u, (T.Pointer, T.Slice, T.Array, T.Chan)):
            rt.elem = self.of(u.elem)
            if isinstance(u, T.Array):
                rt.len = u.len
            if isinstance(u, T.Chan):
                rt.dir = u.dir
        elif isinstance(u, T.Map):
            rt.key, rt.elem = self.of(u.key), self.of(u.elem)
        elif isinstance(u, T.Struct):
            rt.fields = tuple(Field(f.name, self.of(f.type), f.embedded) for f in u.fields)
        elif isinstance(u, T.Signature):
            rt.params = tuple(self.of(v.type) for v in u.params.vars)
            rt.results = tuple(self.of(v.type) for v in u.results.vars)
            rt.variadic = u.variadic
        elif isinstance(u, T.Interface):
            rt.methods = {m.name: None for m in u.all_methods()}  # the interface's method names
        rt.comparable = not isinstance(u, (T.Slice, T.Map, T.Signature))

    def _helpers(self, k: int) -> None:
        t = self.types[k]
        u = t.underlying()
        rt = self.rt[k]
        if isinstance(u, T.Struct):
            cls = type(rt.name, (StructVal,), {"__slots__": (), "rtype": rt})
            subs = [(i, self.of(f.type).id) for i, f in enumerate(u.fields)
                    if isinstance(f.type.underlying(), (T.Struct, T.Array))]
            zeros = [self.scalar_zero(f.type) for f in u.fields]
            self.cls[k] = cls
            z, cp, ci = self.z, self.cp, self.ci
            if not subs:
                self.z[k] = lambda: cls(zeros)
                self.cp[k] = cls

                def copy_into(dst, src):
                    dst[:] = src
            else:
                def zero():
                    v = cls(zeros)
                    for i, fk in subs:
                        v[i] = z[fk]()
                    return v

                def copy(src):
                    v = cls(src)
                    for i, fk in subs:
                        v[i] = cp[fk](src[i])
                    return v

                self.z[k], self.cp[k] = zero, copy

                def copy_into(dst, src, subs=subs, n=len(zeros)):  # noqa: F811
                    flat = {i for i, _ in subs}
                    for i in range(n):
                        if i not in flat:
                            dst[i] = src[i]
                    for i, fk in subs:
                        ci[fk](dst[i], src[i])
            self.ci[k] = copy_into
        elif isinstance(u, T.Array):
            cls = type(rt.name, (ArrayVal,), {"__slots__": (), "rtype": rt})
            self.cls[k] = cls
            n = u.len
            if isinstance(u.elem.underlying(), (T.Struct, T.Array)):
                ek = self.of(u.elem).id
                z, cp, ci = self.z, self.cp, self.ci
                self.z[k] = lambda: cls([z[ek]() for _ in range(n)])
                self.cp[k] = lambda src: cls([cp[ek](x) for x in src])

                def copy_into(dst, src):
                    for i in range(n):
                        ci[ek](dst[i], src[i])
                self.ci[k] = copy_into
            else:
                zero = self.scalar_zero(u.elem)
                self.z[k] = lambda: cls([zero] * n)
                self.cp[k] = cls

                def copy_into(dst, src):
                    dst[:] = src
                self.ci[k] = copy_into
        else:
            self.cp[k] = _identity
            zero = self.scalar_zero(t)
            self.z[k] = lambda: zero
        rt.zero = self.z[k]

    def scalar_zero(self, t):
        u = t.underlying()
        if isinstance(u, T.Basic):
            return _BASIC_ZERO.get(u.kind, _BASIC_ZERO.get("float64") if u.info & T.FLOAT else
                                   (False if u.info & T.BOOLEAN else (b"" if u.info & T.STRING else 0)))
        if isinstance(u, T.Slice):
            return NIL_SLICE
        if isinstance(u, T.Map):
            return NIL_MAP
        return None


def _identity(x):
    return x
