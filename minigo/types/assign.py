"""Assignability and assignments (types2 ``assignments.go``, ``operand.go`` assignableTo).

Two wordings for a value that does not fit, as Go 1.19 prints them: an untyped
constant or nil gets ``cannot use 300 (untyped int constant) as byte value in
variable declaration (overflows)``; a typed operand gets ``cannot use s (variable
of type string) as type int in assignment``, with a cause line when an interface
is not implemented.
"""
from __future__ import annotations

from ..syntax import ast
from ..syntax.printer import expr_string
from . import types as T
from .operand import COMMAOK, INVALID, MAPINDEX, VALUE, VARIABLE, Operand
from .relations import identical, missing_method_cause


class AssignMixin:
    def assignable_type(self, x: Operand, t: T.Type) -> bool:
        return self.assignable_cause(x, t)[0]

    def assignable_cause(self, x: Operand, t: T.Type) -> tuple[bool, str]:
        v = x.type
        if v is None or t is None or v is T.Invalid or t is T.Invalid:
            return True, ""
        if identical(v, t):
            return True, ""
        vu, tu = v.underlying(), t.underlying()
        if T.is_untyped(v):
            if x.is_nil():
                return isinstance(tu, (T.Pointer, T.Slice, T.Map, T.Chan, T.Signature, T.Interface)), ""
            if isinstance(tu, T.Basic):
                return (T.is_boolean(v) and T.is_boolean(tu)) or (T.is_numeric(v) and T.is_numeric(tu)) or \
                    (T.is_string(v) and T.is_string(tu)), ""
            return isinstance(tu, T.Interface) and tu.empty(), ""
        if identical(vu, tu) and (not isinstance(v, T.Named) or not isinstance(t, T.Named)) \
                and not isinstance(vu, T.Basic):
            return True, ""
        if isinstance(tu, T.Interface):
            cause = missing_method_cause(v, t)
            return cause is None, cause or ""
        if isinstance(vu, T.Interface) and missing_method_cause(t, v) is None:
            return False, "need type assertion"  # t implements v: a type assertion would do
        if isinstance(vu, T.Chan) and isinstance(tu, T.Chan) and vu.dir == T.BOTH and identical(vu.elem, tu.elem):
            return not (isinstance(v, T.Named) and isinstance(t, T.Named)), ""
        return False, ""

    def assignment(self, x: Operand, t: T.Type, context: str) -> None:
        """Check that x can be assigned to a t in context; convert untyped x to t."""
        self.single_value(x)
        if x.invalid or t is T.Invalid:
            return
        if x.mode in ("typexpr", "builtin", "novalue"):
            self.exclude(x, ("typexpr", "builtin", "novalue"))
            return
        if T.is_untyped(x.type):
            target = t
            # an untyped value assigned to an interface (or to nothing: _ and print's
            # arguments) first takes its default type
            if t is None or isinstance(t.underlying(), T.Interface):
                if x.is_nil():
                    if t is None:
                        self.error(x.expr, f"use of untyped nil in {context}")
                        x.mode = INVALID
                    return
                from .expr import default_type
                target = default_type(x.type)
            code = self.convert_untyped(x, target)
            if code == "reported":
                x.mode = INVALID
                return
            if code:
                msg = f"cannot use {x.describe()} as {T.type_string(target)} value in {context}"
                if code == "truncated":
                    msg += " (truncated)"
                elif code == "overflows":
                    msg += " (overflows)"
                self.error(x.expr, msg)
                x.mode = INVALID
                return
            self.record(x)
            if target is t or t is None:
                return
        if t is None:
            return
        ok, cause = self.assignable_cause(x, t)
        if not ok:
            if cause:
                self.error(x.expr, f"cannot use {x.describe()} as type {T.type_string(t)} in {context}:\n\t{cause}")
            else:
                self.error(x.expr, f"cannot use {x.describe()} as type {T.type_string(t)} in {context}")
            x.mode = INVALID

    # ------------------------------------------------------------ assignments (types2 assignments.go)

    def expr_list(self, elist: list, allow_commaok: bool) -> tuple[list[Operand], bool]:
        """Operands of a right-hand side: one per expression, or the values of one
        multi-value call, or a comma-ok form's value and bool."""
        if len(elist) == 1:
            e = elist[0]
            x = self.raw_expr(e)
            self.exclude(x, ("novalue", "builtin", "typexpr"))
            if not x.invalid and isinstance(x.type, T.Tuple):
                return [Operand(VALUE, e, v.type) for v in x.type.vars], False
            if allow_commaok and x.mode in (COMMAOK, MAPINDEX):
                self.info.types[("commaok", e)] = True
                x.mode = VALUE  # types2 exprList: the value of a comma-ok form is a plain value
                return [x, Operand(VALUE, e, T.UntypedBool)], True
            return [x], False
        return [self.expr(e) for e in elist], False

    def assign_var(self, lhs: ast.Expr, x: Operand) -> T.Type | None:
        """lhs = x. A plain identifier on the left is not a use of its variable."""
        if x.invalid or x.type is T.Invalid:
            self.use(lhs)
            return None
        ident = _unparen(lhs)
        ident = ident if isinstance(ident, ast.Ident) else None
        if ident is not None and ident.name == "_":
            self.info.defs[ident] = None
            self.assignment(x, None, "assignment to _ identifier")
            return None if x.invalid else x.type
        saved = None
        if ident is not None:
            _, obj = self.lookup(ident.name)
            if isinstance(obj, T.Var):
                saved = (obj, obj.used)
        z = self.expr(lhs)
        if saved is not None:
            saved[0].used = saved[1]
        if z.invalid or z.type is T.Invalid:
            return None
        if z.mode not in (VARIABLE, MAPINDEX):
            self.not_assignable(lhs, z)
            return None
        self.assignment(x, z.type, "assignment")
        return None if x.invalid else x.type

    def use(self, *exprs) -> None:
        """Evaluate expressions only to mark what they mention as used (types2 check.use)."""
        for e in exprs:
            if e is None or (isinstance(e, ast.Ident) and e.name == "_"):
                continue
            self.raw_expr(e, allow_type=True)

    def not_assignable(self, lhs: ast.Expr, z: Operand) -> None:
        inner = _unparen(lhs)
        if isinstance(inner, ast.SelectorExpr):
            base = self.info.types.get(inner.x)
            if base is not None and base.mode == MAPINDEX:
                self.error(lhs, f"cannot assign to struct field {expr_string(lhs)} in map")
                return
        self.error(lhs, f"cannot assign to {z.describe()}")

    def assign_error(self, rhs: list, nvars: int, nvals: int) -> None:
        vars_ = _measure(nvars, "variable")
        vals = _measure(nvals, "value")
        call = _call_of(rhs[0]) if len(rhs) == 1 else None
        if call is not None:
            self.error(rhs[0], f"assignment mismatch: {vars_} but {expr_string(call.fun)} returns {vals}")
        else:
            self.error(rhs[0], f"assignment mismatch: {vars_} but {vals}")

    def init_vars(self, lhs: list[T.Var], orig_rhs: list, return_stmt=None) -> None:
        rhs, commaok = self.expr_list(orig_rhs, len(lhs) == 2 and return_stmt is None)
        if len(lhs) != len(rhs):
            for v in lhs:
                v.used = True  # avoid "declared but not used" after the error
                if v.type is None:
                    v.type = T.Invalid
            if any(x.invalid for x in rhs):
                return
            if return_stmt is not None:
                at, qual = return_stmt, "not enough"
                if len(rhs) > len(lhs):
                    at, qual = rhs[len(lhs)].expr, "too many"
                elif rhs:
                    at = rhs[-1].expr
                from .call import types_summary
                self.error(at, f"{qual} return values\n\thave {types_summary([x.type for x in rhs], False)}"
                               f"\n\twant {types_summary([v.type for v in lhs], False)}")
                return
            self.assign_error(orig_rhs, len(lhs), len(rhs))
            return
        context = "return statement" if return_stmt is not None else "assignment"
        ok = True
        for v, x in zip(lhs, rhs):
            if self.init_var(v, x, context) is None:
                ok = False
        if not ok and not commaok:
            for v in lhs:
                v.used = True

    def assign_vars(self, lhs: list, orig_rhs: list) -> None:
        rhs, commaok = self.expr_list(orig_rhs, len(lhs) == 2)
        if len(lhs) != len(rhs):
            self.use(*lhs)
            if any(x.invalid for x in rhs):
                return
            self.assign_error(orig_rhs, len(lhs), len(rhs))
            return
        ok = True
        for e, x in zip(lhs, rhs):
            if self.assign_var(e, x) is None:
                ok = False
        if not ok and not commaok:
            for e in lhs:
                ident = _unparen(e)
                if isinstance(ident, ast.Ident):
                    _, obj = self.lookup(ident.name)
                    if isinstance(obj, T.Var):
                        obj.used = True

    def init_var(self, v: T.Var, x: Operand, context: str):
        if x.invalid or x.type is T.Invalid or v.type is T.Invalid:
            if v.type is None:
                v.type = T.Invalid
            v.used = True  # types2: no "declared but not used" after a failed initialization
            return None
        if v.type is None:
            t = x.type
            if T.is_untyped(t):
                if x.is_nil():
                    self.error(x.expr, f"use of untyped nil in {context}")
                    v.type = T.Invalid
                    return None
                from .expr import default_type
                t = default_type(t)
            v.type = t
        self.assignment(x, v.type, context)
        if x.invalid:
            v.used = True
            return None
        return x.type

    # ------------------------------------------------------------ var declarations (types2 decl.go)

    def var_spec(self, objs: list[T.Var], spec: ast.ValueSpec) -> None:
        """A var spec's names and values, as types2's declStmt / varDecl / arity."""
        values = list(spec.values)
        typ = self.typexpr(spec.type) if spec.type is not None else None
        for i, obj in enumerate(objs):
            lhs, init = None, None
            if len(values) == len(objs):
                init = values[i]
            elif len(values) == 1:
                lhs, init = objs, values[0]
            elif i < len(values):
                init = values[i]
            self.var_decl_one(obj, lhs, typ, init)
            if len(values) == 1:
                break
        if typ is None or values:
            self.arity(spec, objs, values)

    def var_decl_one(self, obj: T.Var, lhs, typ, init) -> None:
        if typ is not None:
            obj.type = typ
            if lhs is not None:
                for v in lhs:
                    v.type = typ
        if init is None:
            if typ is None:
                obj.type = T.Invalid
        elif lhs is None or len(lhs) == 1:
            self.init_var(obj, self.expr(init, hint=typ), "variable declaration")
        else:
            self.init_vars(lhs, [init])
        for v in [obj] + (lhs or []):
            if v.type is T.Invalid:
                v.used = True

    def arity(self, spec: ast.ValueSpec, names, inits) -> None:
        l, r = len(names), len(inits)
        if l < r:
            self.error(inits[l], f"extra init expr {expr_string(inits[l])}")
        elif l > r and r != 1:
            n = spec.names[r]
            self.error(n, f"missing init expr for {n.name}")


def _measure(n: int, unit: str) -> str:
    return f"{n} {unit}" + ("s" if n != 1 else "")


def _unparen(e):
    while isinstance(e, ast.ParenExpr):
        e = e.x
    return e


def _call_of(e):
    while isinstance(e, ast.ParenExpr):
        e = e.x
    return e if isinstance(e, ast.CallExpr) else None
