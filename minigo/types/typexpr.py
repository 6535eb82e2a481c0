"""Type expressions to types (types2 ``typexpr.go``, ``struct.go``, ``interface.go``, ``signature.go``).

A named type may mention itself through a pointer, slice, map, channel or
function (``type Node struct{ next *Node }``); containing itself by value is
Go's ``invalid recursive type``, found by ``valid_type`` once its underlying
type is known.
"""
from __future__ import annotations

from typing import Optional

from ..syntax import ast
from ..syntax.features import unsupported
from ..syntax.pos import Pos
from . import constant
from . import types as T
from .operand import CONSTANT, TYPEXPR, Operand
from .positions import go_pos
from .relations import comparable, identical
from .universe import UNSUPPORTED_TYPES


class TypexprMixin:
    def typexpr(self, e: ast.Expr, def_named: Optional[T.Named] = None) -> T.Type:
        t = self._typexpr(e, def_named)
        self.info.types[e] = Operand(TYPEXPR, e, t)
        return t

    def _typexpr(self, e, def_named):
        if isinstance(e, ast.Ident):
            return self.type_name(e)
        if isinstance(e, ast.SelectorExpr):
            x = self.selector(e, want_type=True)
            if x.invalid:
                return T.Invalid
            if x.mode != TYPEXPR:
                self.error(e, f"{x.describe()} is not a type")
                return T.Invalid
            return x.type
        if isinstance(e, ast.ParenExpr):
            return self.typexpr(e.x)
        if isinstance(e, ast.StarExpr):
            elem = self.typexpr(e.x)
            return T.Pointer(elem) if elem is not T.Invalid else T.Invalid
        if isinstance(e, ast.ArrayType):
            if e.dots:
                self.error(e, "invalid use of [...] array (outside a composite literal)")
                self.typexpr(e.elem)
                return T.Invalid
            if e.len is None:
                return T.Slice(self.typexpr(e.elem))
            n = self.array_length(e.len)
            elem = self.typexpr(e.elem)
            return T.Array(n if n is not None else 0, elem) if n is not None else T.Invalid
        if isinstance(e, ast.MapType):
            key = self.typexpr(e.key)
            elem = self.typexpr(e.value)
            if key is not T.Invalid and not comparable(key) and not isinstance(key, T.Named):
                self.error(e.key, f"invalid map key type {T.type_string(key)}")
            elif key is not T.Invalid and isinstance(key, T.Named) and key.under is not None and not comparable(key):
                self.error(e.key, f"invalid map key type {T.type_string(key)}")
            return T.Map(key, elem)
        if isinstance(e, ast.ChanType):
            return T.Chan(e.dir, self.typexpr(e.value))
        if isinstance(e, ast.FuncType):
            return self.func_type(e, None)
        if isinstance(e, ast.StructType):
            return self.struct_type(e)
        if isinstance(e, ast.InterfaceType):
            return self.interface_type(e, def_named)
        if isinstance(e, ast.UnaryExpr) and e.op == "<-":
            self.error(e, f"{_s(e)} is not a type")
            return T.Invalid
        self.error(e, f"{_s(e)} is not a type")  # types2 typInternal: any other expression
        return T.Invalid

    def type_name(self, e: ast.Ident) -> T.Type:
        if e.name == "_":
            self.error(e, "cannot use _ as value or type")
            return T.Invalid
        scope, obj = self.lookup(e.name)
        if obj is None:
            if e.name in UNSUPPORTED_TYPES:
                self.error(e, unsupported(UNSUPPORTED_TYPES[e.name]))
            else:
                self.error(e, f"undefined: {e.name}")
            return T.Invalid
        self.info.uses[e] = obj
        if isinstance(obj, T.TypeName):
            decl = self.decls.get(id(obj))
            if decl is not None and decl.color != "grey":
                self.obj_decl(obj)
            elif decl is not None and obj.type is None:  # an alias that mentions itself
                self.decl_cycle(obj)
                return T.Invalid
            return obj.type if obj.type is not None else T.Invalid
        if isinstance(obj, T.PkgName):  # not a use of the package
            self.error(e, f"use of package {obj.name} not in selector")
            return T.Invalid
        x = self.ident(e)
        self.error(e, f"{x.describe()} is not a type")
        return T.Invalid

    def array_length(self, e: ast.Expr) -> Optional[int]:
        """types2 arrayLength: a non-negative integer constant that fits int."""
        if isinstance(e, ast.Ident):
            _, obj = self.lookup(e.name)
            if obj is None:
                self.error(e, f"undeclared name {e.name} for array length")
                return None
            if not isinstance(obj, T.Const):
                self.error(e, f"invalid array length {e.name}")
                return None
        x = self.expr(e)
        if x.mode != CONSTANT:
            if not x.invalid:
                self.error(e, f"array length {x.describe()} must be constant")
            return None
        if T.is_untyped(x.type) or T.is_integer(x.type):
            n = constant.to_int(x.val)
            if n is not None and constant.representable(n, T.Int)[0] is not None:
                if n >= 0:
                    return n
                self.error(e, f"invalid array length {x.describe()}")
                return None
        self.error(e, f"array length {x.describe()} must be integer")
        return None

    def func_type(self, e: ast.FuncType, recv: Optional[ast.Field]) -> T.Signature:
        params, variadic = self.field_vars(e.params, param=True)
        results, _ = self.field_vars(e.results, param=False)
        for i, f in enumerate(e.params + e.results):
            if f.variadic and (i != len(e.params) - 1):  # reported at the "..."
                self.error(Pos(f.type.pos.line, f.type.pos.col - 3), "can only use ... with final parameter in list")
        sig = T.Signature(T.Tuple(params), T.Tuple(results), variadic)
        if recv is not None:
            rvars, _ = self.field_vars((recv,), param=True)
            sig.recv = rvars[0] if rvars else None
        self.info.types[e] = Operand(TYPEXPR, e, sig)
        return sig

    def field_vars(self, fields, param: bool):
        out, variadic = [], False
        for f in fields:
            t = self.typexpr(f.type)
            if f.variadic:
                variadic = True
                t = T.Slice(t)
            if f.names:
                for n in f.names:
                    v = T.Var(n.name, t, n.pos, is_param=True)
                    self.info.defs[n] = v
                    out.append(v)
            else:
                out.append(T.Var("", t, f.pos, is_param=True))
        return out, variadic

    def struct_type(self, e: ast.StructType) -> T.Struct:
        fields, tags, seen = [], [], {}
        for f in e.fields:
            t = self.typexpr(f.type)
            if f.names:
                for n in f.names:
                    v = T.Var(n.name, t, n.pos, is_field=True)
                    self.info.defs[n] = v
                    self._add_field(v, n, seen)
                    fields.append(v)
                    tags.append(f.tag)
            else:
                base = f.type.x if isinstance(f.type, ast.StarExpr) else f.type
                name = base.sel.name if isinstance(base, ast.SelectorExpr) else getattr(base, "name", "?")
                v = T.Var(name, t, f.pos, is_field=True, embedded=True)
                u = t.elem if isinstance(t, T.Pointer) else t
                if isinstance(f.type, ast.StarExpr) and isinstance(u.underlying(), (T.Pointer, T.Interface)):
                    self.error(f.type, "embedded field type cannot be a pointer to an interface"
                               if isinstance(u.underlying(), T.Interface) else "embedded field type cannot be a pointer")
                self._add_field(v, f.type, seen)
                fields.append(v)
                tags.append(f.tag)
        return T.Struct(fields, tags)

    def _add_field(self, v: T.Var, at, seen: dict) -> None:
        if v.name == "_":
            return
        if v.name in seen:
            self.error(at, f"{v.name} redeclared", [(seen[v.name].pos, f"other declaration of {v.name}")])
        else:
            seen[v.name] = v

    def interface_type(self, e: ast.InterfaceType, def_named) -> T.Interface:
        methods, embeddeds, embed_pos, seen = [], [], [], {}
        for m in e.methods:
            if m.names:
                name = m.names[0]
                sig = self.func_type(m.type, None)
                fn = T.Func(name.name, sig, name.pos)
                self.info.defs[name] = fn
                if name.name in seen:
                    self.error(name, f"duplicate method {name.name}",
                               [(seen[name.name].pos, f"other declaration of {name.name}")])
                    continue
                seen[name.name] = fn
                methods.append(fn)
                continue
            t = self.typexpr(m.type)
            if t is not T.Invalid and not (isinstance(t, T.Named) and t.under is None) \
                    and not isinstance(t.underlying(), T.Interface):
                self.error(m.type, f"cannot use {T.type_string(t)} as interface type: minigo: "
                           "type sets are not supported")
                continue
            embeddeds.append(t)  # a Named still being declared is checked for cycles by valid_type
            embed_pos.append(go_pos(m.type))
        iface = T.Interface(methods, embeddeds)
        if embeddeds:
            self.funcs_later.append(lambda: self.embedded_methods(iface, embed_pos))
        return iface

    def embedded_methods(self, iface: T.Interface, embed_pos: list) -> None:
        """types2 computeInterfaceTypeSet: an embedded method may repeat a name only with an
        identical signature; checked once all types are known."""
        where = {m.name: (m, m.pos) for m in iface.methods}
        for t, pos in zip(iface.embeddeds, embed_pos):
            u = t.underlying()
            if not isinstance(u, T.Interface):
                continue
            for m in u.all_methods():
                other = where.get(m.name)
                if other is None:
                    where[m.name] = (m, pos)
                elif not identical(m.type, other[0].type):
                    self.error(pos, f"duplicate method {m.name}", [(other[1], f"other declaration of {m.name}")])

def _s(e) -> str:
    from ..syntax.printer import expr_string
    return expr_string(e)
