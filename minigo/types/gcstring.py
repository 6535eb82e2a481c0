"""Types as the Go toolchain prints them at compile and run time.

gc's types package (``-m`` lines: ``interface {}``, ``struct { a int }``, ``[]byte``,
``T`` for main's types) and reflect's ``Type.String()`` (what ``%T`` and panics print:
``main.T``, ``[]uint8``, ``int32`` for rune) differ only in how they name basic and
defined types; ``reflect=True`` gives the latter.  (types2's own ``type_string``, for
compile errors, writes ``interface{}`` and ``struct{a int}`` instead.)
"""
from __future__ import annotations

from . import types as T

_REFLECT_BASIC = {"byte": "uint8", "rune": "int32"}


def gc_type_string(t, reflect: bool = False) -> str:
    def ts(t) -> str:
        if t is None:
            return "<nil>"
        if isinstance(t, T.Basic):
            return _REFLECT_BASIC.get(t.name, t.kind) if reflect else t.name
        if isinstance(t, T.Named):
            if reflect:
                return t.obj.name if not t.pkg or not t.obj.pkg else f"{t.pkg}.{t.obj.name}"
            return t.obj.name if t.pkg == "main" else f"{t.pkg}.{t.obj.name}"
        if isinstance(t, T.Pointer):
            return "*" + ts(t.elem)
        if isinstance(t, T.Slice):
            return "[]" + ts(t.elem)
        if isinstance(t, T.Array):
            return f"[{t.len}]" + ts(t.elem)
        if isinstance(t, T.Map):
            return f"map[{ts(t.key)}]{ts(t.elem)}"
        if isinstance(t, T.Chan):
            pre = {"recv": "<-chan ", "send": "chan<- "}.get(t.dir, "chan ")
            return pre + ts(t.elem)
        if isinstance(t, T.Struct):
            if not t.fields:
                return "struct {}"
            parts = [ts(f.type) if f.embedded else f"{f.name} {ts(f.type)}" for f in t.fields]
            return "struct { " + "; ".join(parts) + " }"
        if isinstance(t, T.Interface):
            ms = t.all_methods()
            if not ms:
                return "interface {}"
            return "interface { " + "; ".join(m.name + sig(m.type) for m in ms) + " }"
        if isinstance(t, T.Signature):
            return "func" + sig(t)
        return "<?>"

    def sig(s) -> str:
        ps = []
        for i, v in enumerate(s.params.vars):
            if s.variadic and i == len(s.params.vars) - 1:
                ps.append("..." + ts(v.type.elem))
            else:
                ps.append(ts(v.type))
        out = "(" + ", ".join(ps) + ")"
        rs = [ts(v.type) for v in s.results.vars]
        if len(rs) == 1:
            out += " " + rs[0]
        elif rs:
            out += " (" + ", ".join(rs) + ")"
        return out

    return ts(t)
