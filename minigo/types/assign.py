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
from .operand import COMMAOK, CONSTANT, INVALID, MAPINDEX, NILVALUE, VALUE, VARIABLE, Operand
from .relations import identical, missing_method


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
            m, pointer_only, wrong = missing_method(v, tu)
            if m is None:
                return True, ""
            vs, ts = T.type_string(v), T.type_string(t)
            if pointer_only:
                return False, f"{vs} does not implement {ts} ({m.name} method has pointer receiver)"
            if wrong is not None:
                return False, (f"{vs} does not implement {ts} (wrong type for {m.name} method)\n"
                               f"\t\thave {m.name}{T._TypeWriter(False).signature(wrong.type)}\n"
                               f"\t\twant {m.name}{T._TypeWriter(False).signature(m.type)}")
            return False, f"{vs} does not implement {ts} (missing {m.name} method)"
        if isinstance(vu, T.Chan) and isinstance(tu, T.Chan) and vu.dir == T.BOTH and identical(vu.elem, tu.elem):
            return not (isinstance(v, T.Named) and isinstance(t, T.Named)), ""
        return False, ""

    def assignment(self, x: Operand, t: T.Type, context: str) -> None:
        """Check that x can be assigned to a t in context; convert untyped x to t."""
        self.single_value(x)
        if x.invalid or t is None or t is T.Invalid:
            return
        if x.mode in ("typexpr", "builtin", "novalue"):
            self.exclude(x, ("typexpr", "builtin", "novalue"))
            return
        if T.is_untyped(x.type):
            target = t
            if t.underlying().__class__ is T.Interface:
                if x.is_nil():
                    x.type = t
                    self.record(x)
                    return
                from .expr import default_type
                target = default_type(x.type)
            code = self.convert_untyped(x, target)
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
            if target is t:
                return
        ok, cause = self.assignable_cause(x, t)
        if not ok:
            if cause:
                self.error(x.expr, f"cannot use {x.describe()} as type {T.type_string(t)} in {context}:\n\t{cause}")
            else:
                self.error(x.expr, f"cannot use {x.describe()} as type {T.type_string(t)} in {context}")
            x.mode = INVALID

    # ------------------------------------------------------------ assignment statements

    def assign_var(self, lhs: ast.Expr, x: Operand | None, rhs_type=None) -> None:
        """lhs = x. Blank and plain identifiers on the left do not count as uses."""
        ident = lhs if isinstance(lhs, ast.Ident) else None
        if ident is not None and ident.name == "_":
            self.info.defs[ident] = None
            if x is not None and not x.invalid:
                self.assignment(x, None if not T.is_untyped(x.type) else None, "assignment")
                if x.is_nil():
                    self.error(x.expr, "use of untyped nil in assignment")
                elif T.is_untyped(x.type):
                    self.default_untyped(x)
            return
        saved_used = None
        if ident is not None:
            scope, obj = self.lookup(ident.name)
            if isinstance(obj, T.Var) and not obj.is_global:
                saved_used = (obj, obj.used)
        z = self.expr(lhs)
        if saved_used is not None:
            saved_used[0].used = saved_used[1]
        if z.invalid:
            return
        if z.mode not in (VARIABLE, MAPINDEX):
            self.not_assignable(lhs, z)
            return
        if x is not None:
            self.assignment(x, z.type, "assignment")

    def not_assignable(self, lhs: ast.Expr, z: Operand) -> None:
        inner = lhs
        while isinstance(inner, ast.ParenExpr):
            inner = inner.x
        if isinstance(inner, ast.SelectorExpr):
            base = self.info.types.get(inner.x)
            if base is not None and base.mode == MAPINDEX:
                self.error(lhs, f"cannot assign to struct field {expr_string(lhs)} in map")
                return
        self.error(lhs, f"cannot assign to {z.describe()}")

    def assign_error(self, rhs: list, nvars: int, nvals: int, call=None) -> None:
        vars_ = "variable" if nvars == 1 else "variables"
        at = rhs[0]
        if call is not None:
            vals = "value" if nvals == 1 else "values"
            self.error(at, f"assignment mismatch: {nvars} {vars_} but {expr_string(call.fun)} returns {nvals} {vals}")
        else:
            vals = "value" if nvals == 1 else "values"
            self.error(at, f"assignment mismatch: {nvars} {vars_} but {nvals} {vals}")

    def rhs_operands(self, lhs_count: int, rhs: list[ast.Expr], hints=None):
        """Evaluate the right side: n expressions, or one multi-value call / comma-ok form.
        Returns (operands, call) or (None, None) after reporting a count mismatch."""
        if len(rhs) == 1 and (lhs_count != 1 or _call_of(rhs[0]) is not None):
            e = rhs[0]
            x = self.raw_expr(e)
            self.exclude(x, ("novalue", "builtin", "typexpr"))
            if x.invalid:
                return None, None
            if lhs_count == 1 and not isinstance(x.type, T.Tuple):
                return [x], None
            if x.mode == VALUE and isinstance(x.type, T.Tuple):
                vals = [Operand(VALUE, e, v.type) for v in x.type.vars]
                if len(vals) != lhs_count:
                    self.assign_error(rhs, lhs_count, len(vals), _call_of(e))
                    return None, None
                return vals, _call_of(e)
            if lhs_count == 2 and x.mode in (COMMAOK, MAPINDEX):
                self.record_commaok(e)
                return [x, Operand(VALUE, e, T.UntypedBool)], None
            self.assign_error(rhs, lhs_count, 1, _call_of(e))
            return None, None
        ops = []
        for i, e in enumerate(rhs):
            hint = hints[i] if hints is not None and i < len(hints) else None
            ops.append(self.expr(e, hint=hint))
        if len(ops) != lhs_count:
            if len(ops) == 1 and isinstance(ops[0].type, T.Tuple):
                pass
            self.assign_error(rhs, lhs_count, len(ops), None)
            return None, None
        return ops, None

    def record_commaok(self, e) -> None:
        self.info.types.setdefault(("commaok", e), True)

    def init_vars(self, lhs: list[T.Var], rhs: list[ast.Expr], spec, typed: bool) -> None:
        hints = [v.type for v in lhs] if typed else None
        if len(lhs) == 1 and len(rhs) == 1:  # types2 varDecl: a single value, checked as such
            self.init_var(lhs[0], self.expr(rhs[0], hint=hints[0] if hints else None), "variable declaration")
            return
        if len(lhs) != len(rhs) and len(rhs) != 1:
            # var a, b int = 1, 2, 3: "extra init expr"; too few: a mismatch
            for e in rhs:
                self.expr(e)
            if len(rhs) > len(lhs):
                self.error(rhs[len(lhs)], f"extra init expr {expr_string(rhs[len(lhs)])}" if typed
                           else f"assignment mismatch: {len(lhs)} variable{'s' if len(lhs) != 1 else ''} "
                                f"but {len(rhs)} value{'s' if len(rhs) != 1 else ''}")
            else:
                self.error(rhs[0], f"assignment mismatch: {len(lhs)} variable{'s' if len(lhs) != 1 else ''} "
                                   f"but {len(rhs)} value{'s' if len(rhs) != 1 else ''}")
            for v in lhs:
                v.type = v.type or T.Invalid
                v.used = True
            return
        ops, _ = self.rhs_operands(len(lhs), rhs, hints)
        if ops is None:
            for v in lhs:
                v.type = v.type or T.Invalid
                v.used = True
            return
        for v, x in zip(lhs, ops):
            self.init_var(v, x, "variable declaration")

    def init_var(self, v: T.Var, x: Operand, context: str) -> None:
        if x.invalid:
            v.type = v.type or T.Invalid
            v.used = True  # types2: no "declared but not used" after a failed initialization
            return
        if v.type is None:
            t = x.type
            if T.is_untyped(t):
                if x.is_nil():
                    self.error(x.expr, f"use of untyped nil in {context}")
                    v.type = T.Invalid
                    return
                from .expr import default_type
                t = default_type(t)
            v.type = t
        self.assignment(x, v.type, context)
        if x.invalid:
            v.used = True


def _call_of(e):
    while isinstance(e, ast.ParenExpr):
        e = e.x
    return e if isinstance(e, ast.CallExpr) else None
