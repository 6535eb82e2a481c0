"""Composite literals, indexing, slicing and type assertions
(types2 ``literals.go``, ``index.go``, ``expr.go`` typeAssertion)."""
from __future__ import annotations

from ..syntax import ast
from ..syntax.features import unsupported
from ..syntax.printer import expr_string
from . import constant
from . import types as T
from .operand import BUILTIN, COMMAOK, CONSTANT, INVALID, MAPINDEX, NOVALUE, TYPEXPR, VALUE, VARIABLE, Operand
from .relations import missing_method_cause


class LiteralMixin:
    # ------------------------------------------------------------ composite literals

    def x_CompositeLit(self, e: ast.CompositeLit, hint=None) -> Operand:
        if e.type is not None:
            if isinstance(e.type, ast.ArrayType) and e.type.dots:
                elem = self.typexpr(e.type.elem)
                n = self.indexed_elts(e.elts, elem, None)
                typ = T.Array(n, elem)
                self.info.types[e.type] = Operand(TYPEXPR, e.type, typ)
            else:
                typ = self.typexpr(e.type)
        elif hint is not None:
            typ = hint
            if isinstance(hint.underlying(), T.Pointer):
                typ = hint.underlying().elem
        else:
            self.error(e, "missing type in composite literal")
            return Operand(INVALID, e)
        u = typ.underlying()
        if isinstance(u, T.Struct):
            # an elided literal is named by its type in messages; its fields by the struct (types2 base)
            # an elided literal is named in messages by types2's base: deref(coreType(hint))
            base = typ if e.type is not None else (typ if isinstance(hint.underlying(), T.Pointer) else u)
            self.struct_lit(e, base, u, None if e.type is not None else T.type_string(base) + ("{…}" if e.elts else "{}"))
        elif isinstance(u, T.Array):
            if not (e.type is not None and isinstance(e.type, ast.ArrayType) and e.type.dots):
                self.indexed_elts(e.elts, u.elem, u.len)
        elif isinstance(u, T.Slice):
            self.indexed_elts(e.elts, u.elem, None)
        elif isinstance(u, T.Map):
            self.map_lit(e, u)
        elif typ is not T.Invalid:
            self.error(e, f"invalid composite literal type {T.type_string(typ if e.type is not None else hint)}")
            for el in e.elts:
                self.raw_expr(el.value if isinstance(el, ast.KeyValue) else el)
            return Operand(INVALID, e)
        else:
            return Operand(INVALID, e)
        if e.type is None and hint is not None and isinstance(hint.underlying(), T.Pointer):
            return Operand(VALUE, e, hint)  # &T elided in [] *T{{...}}
        return Operand(VALUE, e, typ)

    def struct_lit(self, e, typ, u: T.Struct, text=None) -> None:
        if not e.elts:
            return
        if isinstance(e.elts[0], ast.KeyValue):
            seen = set()
            for el in e.elts:
                if not isinstance(el, ast.KeyValue):
                    self.error(el, "mixture of field:value and value elements in struct literal")
                    continue
                key = el.key
                if not isinstance(key, ast.Ident):
                    self.error(el, f"invalid field name {expr_string(key)} in struct literal")
                    continue
                i = next((i for i, f in enumerate(u.fields) if f.name == key.name), None)
                if i is None:
                    self.error(key, f"unknown field '{key.name}' in struct literal of type {T.type_string(typ)}")
                    self.expr(el.value)
                    continue
                self.info.uses[key] = u.fields[i]
                if key.name in seen:
                    self.error(el.colon, f"duplicate field name {key.name} in struct literal")
                seen.add(key.name)
                x = self.expr(el.value)  # struct field values may not elide their type
                self.assignment(x, u.fields[i].type, "struct literal")
            return
        for i, el in enumerate(e.elts):
            if isinstance(el, ast.KeyValue):
                self.error(el, "mixture of field:value and value elements in struct literal")
                continue
            x = self.expr(el)
            if i >= len(u.fields):
                self.error(x.expr, f"too many values in {expr_string(e)}")
                break
            self.assignment(x, u.fields[i].type, "struct literal")
        if len(e.elts) < len(u.fields):
            self.error(e.rbrace, f"too few values in {text or expr_string(e)}")

    def indexed_elts(self, elts, elem: T.Type, length) -> int:
        """types2 indexedElts: keys are constant indices; returns the literal's length."""
        visited, index, max_index = set(), 0, 0
        for el in elts:
            valid, value = False, el
            if isinstance(el, ast.KeyValue):
                before = len(self.errors)
                i = self.index(el.key, length)
                if i is not None:
                    index, valid = i, True
                elif len(self.errors) == before:  # a valid but non-constant index
                    self.error(el.colon, f"index {expr_string(el.key)} must be integer constant")
                value = el.value
            elif length is not None and index >= length:
                self.error(el, f"index {index} is out of bounds (>= {length})")
            else:
                valid = True
            if valid:
                if index in visited:
                    self.error(el.colon if isinstance(el, ast.KeyValue) else el,
                               f"duplicate index {index} in array or slice literal")
                visited.add(index)
            index += 1
            max_index = max(max_index, index)
            x = self.expr(value, hint=elem)
            self.assignment(x, elem, "array or slice literal")
        return max_index

    def map_lit(self, e, u: T.Map) -> None:
        seen = {}
        for el in e.elts:
            if not isinstance(el, ast.KeyValue):
                self.error(el, "missing key in map literal")
                self.expr(el)
                continue
            k = self.expr(el.key, hint=u.key)
            self.assignment(k, u.key, "map literal")
            if k.mode == CONSTANT and not k.invalid:
                key = (k.val, T.type_string(k.type))
                if key in seen:
                    self.error(el.key, f"duplicate key {constant.value_string(k.val)} in map literal")
                seen[key] = True
            v = self.expr(el.value, hint=u.elem)
            self.assignment(v, u.elem, "map literal")

    # ------------------------------------------------------------ index, slice, assertion

    def x_IndexExpr(self, e: ast.IndexExpr) -> Operand:
        x = self.raw_expr(e.x, allow_type=True)
        if x.invalid:
            self.expr(e.index)
            return Operand(INVALID, e)
        if x.mode == TYPEXPR:
            self.error(e, unsupported("generics"))
            return Operand(INVALID, e)
        if x.mode == BUILTIN:
            self.invalid_op(e.lbrack, f"cannot index {x.describe()}")
            return Operand(INVALID, e)
        self.single_value(x)
        self.exclude(x, (NOVALUE, BUILTIN))
        if x.invalid:
            return Operand(INVALID, e)
        u = x.type.underlying()
        if isinstance(u, T.Basic) and u.info & T.STRING:
            n = len(constant.go_bytes(x.val)) if x.mode == CONSTANT else None
            self.index(e.index, n)  # a byte of a constant string is not a constant (spec)
            return Operand(VALUE, e, T.Byte)
        if isinstance(u, T.Pointer) and isinstance(u.elem.underlying(), T.Array):
            u = u.elem.underlying()
            self.index(e.index, u.len)
            return Operand(VARIABLE, e, u.elem)
        if isinstance(u, T.Array):
            self.index(e.index, u.len)
            return Operand(x.mode if x.mode == VARIABLE else VALUE, e, u.elem)
        if isinstance(u, T.Slice):
            self.index(e.index, None)
            return Operand(VARIABLE, e, u.elem)
        if isinstance(u, T.Map):
            k = self.expr(e.index, hint=u.key)
            self.assignment(k, u.key, "map index")
            return Operand(MAPINDEX, e, u.elem)
        self.invalid_op(e.lbrack, f"cannot index {x.describe()}")  # the index goes unchecked
        return Operand(INVALID, e)

    def index(self, e: ast.Expr, length) -> int | None:
        """types2 index: a valid index, and its value if constant (checked against length)."""
        x = self.expr(e)
        if not self.valid_index(x, "index", False) or x.mode != CONSTANT:
            return None
        v = constant.to_int(x.val)
        if length is not None and v >= length:
            self.error(e, f"invalid argument: index {constant.value_string(v)} out of bounds [0:{length}]")
            return None
        return v

    def valid_index(self, x: Operand, what: str, allow_negative: bool) -> bool:
        """types2 isValidIndex: an integer (an untyped constant becomes int), not negative, fits int."""
        if x.invalid:
            return False
        if not self.convert_untyped_report(x, T.Int):
            return False
        self.record(x)
        if not T.is_integer(x.type):
            self.error(x.expr, f"invalid argument: {what} {x.describe()} must be integer")
            return False
        if x.mode == CONSTANT:
            if not allow_negative and x.val < 0:
                self.error(x.expr, f"invalid argument: {what} {x.describe()} must not be negative")
                return False
            if constant.representable(x.val, T.Int)[0] is None:
                self.error(x.expr, f"invalid argument: {what} {x.describe()} overflows int")
                return False
        return True

    def x_SliceExpr(self, e: ast.SliceExpr) -> Operand:
        x = self.expr(e.x)
        if x.invalid:
            return Operand(INVALID, e)
        u = x.type.underlying()
        length = None
        if isinstance(u, T.Basic) and u.info & T.STRING:
            if e.slice3:
                self.invalid_op(e.max, "3-index slice of string")
                return Operand(INVALID, e)
            if x.mode == CONSTANT:
                length = len(constant.go_bytes(x.val))
            result = T.String if T.is_untyped(x.type) else x.type
        elif isinstance(u, T.Array):
            if x.mode != VARIABLE:
                self.invalid_op(e.x, f"{x.describe()} (slice of unaddressable value)")
                return Operand(INVALID, e)
            length, result = u.len, T.Slice(u.elem)
        elif isinstance(u, T.Pointer) and isinstance(u.elem.underlying(), T.Array):
            length, result = u.elem.underlying().len, T.Slice(u.elem.underlying().elem)
        elif isinstance(u, T.Slice):
            result = x.type
        else:
            self.invalid_op(e.x, f"cannot slice {x.describe()}")
            return Operand(INVALID, e)
        # types2 sliceExpr: the first constant index smaller than an earlier one is reported
        exprs = [idx for idx in (e.lo, e.hi, e.max) if idx is not None]
        vals = [self.index(idx, None if length is None else length + 1) for idx in exprs]
        done = False
        for i, a in enumerate(vals[:-1]):
            if a is None or a <= 0 or done:
                continue
            for j in range(i + 1, len(vals)):
                b = vals[j]
                if b is not None and b < a:
                    self.error(exprs[j], f"invalid slice indices: {b} < {a}")
                    done = True
                    break
        return Operand(VALUE, e, result)

    def x_TypeAssertExpr(self, e: ast.TypeAssertExpr) -> Operand:
        x = self.expr(e.x)
        if x.invalid:
            return Operand(INVALID, e)
        if e.type is None:
            self.error(e, "use of .(type) outside type switch")
            return Operand(INVALID, e)
        if not T.is_interface(x.type):
            self.invalid_op(e.x, f"{x.describe()} is not an interface")
            return Operand(INVALID, e)
        t = self.typexpr(e.type)
        if t is T.Invalid:
            return Operand(INVALID, e)
        self.type_assertion(e, x, t)
        return Operand(COMMAOK, e, t)

    def type_assertion(self, at, x: Operand, t: T.Type) -> None:
        if isinstance(t.underlying(), T.Interface):
            return
        cause = missing_method_cause(t, x.type)
        if cause is not None:
            self.error(at, f"impossible type assertion: {expr_string(at)}\n\t{cause}")
