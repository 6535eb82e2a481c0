"""Relations between types: identity, comparability, method sets, implements.

Mirrors types2 ``predicates.go`` (identical, comparable), ``lookup.go``
(lookup_field_or_method with embedding and auto-dereference, missing_method)
and the spec's method-set rules: a value of type T has T's value-receiver
methods; *T has all of them.
"""
from __future__ import annotations

from typing import Optional

from . import types as T


def identical(x: T.Type, y: T.Type, ignore_tags: bool = False) -> bool:
    if x is y:
        return True
    if isinstance(x, T.Basic) and isinstance(y, T.Basic):
        return x.kind == y.kind
    if type(x) is not type(y):
        return False
    if isinstance(x, T.Named):
        return False  # distinct named types
    if isinstance(x, (T.Pointer, T.Slice)):
        return identical(x.elem, y.elem, ignore_tags)
    if isinstance(x, T.Array):
        return x.len == y.len and identical(x.elem, y.elem, ignore_tags)
    if isinstance(x, T.Map):
        return identical(x.key, y.key, ignore_tags) and identical(x.elem, y.elem, ignore_tags)
    if isinstance(x, T.Chan):
        return x.dir == y.dir and identical(x.elem, y.elem, ignore_tags)
    if isinstance(x, T.Struct):
        if len(x.fields) != len(y.fields):
            return False
        for i, (a, b) in enumerate(zip(x.fields, y.fields)):
            if a.name != b.name or a.embedded != b.embedded or not identical(a.type, b.type, ignore_tags):
                return False
            ta = x.tags[i] if i < len(x.tags) else None
            tb = y.tags[i] if i < len(y.tags) else None
            if not ignore_tags and (ta or "") != (tb or ""):
                return False
        return True
    if isinstance(x, T.Tuple):
        return len(x.vars) == len(y.vars) and all(identical(a.type, b.type, ignore_tags) for a, b in zip(x.vars, y.vars))
    if isinstance(x, T.Signature):
        return x.variadic == y.variadic and identical(x.params, y.params, ignore_tags) and identical(x.results, y.results, ignore_tags)
    if isinstance(x, T.Interface):
        mx, my = x.all_methods(), y.all_methods()
        return len(mx) == len(my) and all(a.name == b.name and identical(a.type, b.type, ignore_tags) for a, b in zip(mx, my))
    return False


def incomparable_reason(t: T.Type) -> Optional[str]:
    """None if == is defined on t; else why not, in types2's words."""
    u = t.underlying()
    if isinstance(u, T.Slice):
        return "slice can only be compared to nil"
    if isinstance(u, T.Map):
        return "map can only be compared to nil"
    if isinstance(u, T.Signature):
        return "func can only be compared to nil"
    if isinstance(u, T.Struct):
        for f in u.fields:
            if incomparable_reason(f.type) is not None:
                return f"struct containing {T.type_string(f.type)} cannot be compared"
    if isinstance(u, T.Array):
        if incomparable_reason(u.elem) is not None:
            return f"{T.type_string(u)} cannot be compared"
    return None


def comparable(t: T.Type) -> bool:
    return incomparable_reason(t) is None


def has_nil(t: T.Type) -> bool:
    u = t.underlying()
    return isinstance(u, (T.Pointer, T.Slice, T.Map, T.Chan, T.Signature, T.Interface)) or u is T.UntypedNil


# ---------------------------------------------------------------- lookup

class Selection:
    """The result of looking up a field or method: what, through which embedding path."""
    __slots__ = ("kind", "obj", "path", "indirect", "type")

    def __init__(self, kind, obj, path, indirect, typ):
        self.kind = kind  # "field" or "method"
        self.obj = obj
        self.path = path  # field indices through embedded fields
        self.indirect = indirect  # a pointer was dereferenced on the way
        self.type = typ


def lookup_field_or_method(t: T.Type, name: str) -> Optional[Selection]:
    """Breadth-first over embedded fields, like types2 lookupFieldOrMethod."""
    if isinstance(t, T.Named) and isinstance(t.underlying(), T.Pointer):
        # a named pointer type has the fields of its base, but no methods (types2 LookupFieldOrMethod)
        sel = lookup_field_or_method(t.underlying(), name)
        return None if sel is not None and sel.kind == "method" else sel
    indirect = False
    if isinstance(t, T.Pointer) and isinstance(t.elem.underlying(), T.Interface):
        return None  # a pointer to an interface has no methods (types2 lookupFieldOrMethod)
    if isinstance(t, T.Pointer) and isinstance(t.elem, T.Named):
        t, indirect = t.elem, True
    elif isinstance(t, T.Pointer) and isinstance(t.elem.underlying(), T.Struct):
        t, indirect = t.elem, True
    current = [(t, (), indirect)]
    seen: set[int] = set()
    while current:
        found: list[Selection] = []
        nxt = []
        for typ, path, ind in current:
            if isinstance(typ, T.Named):
                if id(typ) in seen:
                    continue
                seen.add(id(typ))
                for m in typ.methods:
                    if m.name == name:
                        found.append(Selection("method", m, path, ind, m.type))
            u = typ.underlying()
            if isinstance(u, T.Struct):
                for i, f in enumerate(u.fields):
                    if f.name == name:
                        found.append(Selection("field", f, path + (i,), ind, f.type))
                    if f.embedded:
                        ft, fi = f.type, ind
                        if isinstance(ft, T.Pointer):
                            ft, fi = ft.elem, True
                        nxt.append((ft, path + (i,), fi))
            elif isinstance(u, T.Interface):
                for m in u.all_methods():
                    if m.name == name:
                        found.append(Selection("method", m, path, ind, m.type))
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            return Selection("ambiguous", None, (), False, None)
        current = nxt
    return None


def method_set_has(t: T.Type, m: T.Func) -> tuple[bool, bool]:
    """(t has a method named m.name with an identical signature, found only with pointer receiver)."""
    sel = lookup_field_or_method(t, m.name)
    if sel is None or sel.kind != "method":
        return False, False
    if not identical_sig(sel.obj.type, m.type):
        return False, False
    recv = sel.obj.type.recv
    pointer_recv = recv is not None and isinstance(recv.type, T.Pointer)
    if pointer_recv and not isinstance(t, T.Pointer) and not sel.indirect and not isinstance(t.underlying(), T.Interface):
        return False, True
    return True, False


def identical_sig(a: T.Signature, b: T.Signature) -> bool:
    return a.variadic == b.variadic and identical(a.params, b.params) and identical(a.results, b.results)


def missing_method(t: T.Type, iface: T.Interface) -> tuple[Optional[T.Func], bool, Optional[T.Func]]:
    """(first missing method, it exists with a pointer receiver only, a method of that name with the wrong type)."""
    for m in iface.all_methods():
        ok, pointer_only = method_set_has(t, m)
        if ok:
            continue
        if pointer_only:
            return m, True, None
        sel = lookup_field_or_method(t, m.name)
        wrong = sel.obj if sel is not None and sel.kind == "method" else None
        return m, False, wrong
    return None, False, None


def missing_method_cause(v: T.Type, iface_type: T.Type) -> Optional[str]:
    """None if v implements the interface; else Go 1.19's reason, as in
    ``W does not implement I (wrong type for M method)`` (types2 missingMethodReason)."""
    iface = iface_type.underlying()
    m, pointer_only, wrong = missing_method(v, iface)
    if m is None:
        return None
    vs, ts = T.type_string(v), T.type_string(iface_type)
    if isinstance(v, T.Pointer) and isinstance(v.elem.underlying(), T.Interface):
        return f"{vs} does not implement {ts} (type {vs} is pointer to interface, not interface)"
    if pointer_only:
        return f"{vs} does not implement {ts} ({m.name} method has pointer receiver)"
    sig = T._TypeWriter(False).signature
    if wrong is not None:
        return (f"{vs} does not implement {ts} (wrong type for {m.name} method)\n"
                f"\t\thave {m.name}{sig(wrong.type)}\n\t\twant {m.name}{sig(m.type)}")
    other = _method_by_folded_name(v, m.name)
    if other is not None:
        return (f"{vs} does not implement {ts} (missing {m.name} method)\n"
                f"\t\thave {other.name}{sig(other.type)}\n\t\twant {m.name}{sig(m.type)}")
    return f"{vs} does not implement {ts} (missing {m.name} method)"


def _method_by_folded_name(t: T.Type, name: str):
    """A method whose name differs from name only in case (types2 reports it as have/want)."""
    base = t.elem if isinstance(t, T.Pointer) else t
    methods = base.methods if isinstance(base, T.Named) else []
    if isinstance(base.underlying(), T.Interface):
        methods = base.underlying().all_methods()
    for m in methods:
        if m.name != name and m.name.lower() == name.lower():
            return m
    return None
