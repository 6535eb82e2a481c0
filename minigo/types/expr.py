"""Expressions (types2 ``expr.go``): operands, operators, untyped constants and their
implicit conversion, comparisons and shifts. Literals and indexing are in literals.py.
"""
from __future__ import annotations

from fractions import Fraction

from ..syntax import ast
from ..syntax.asi import escape_error
from ..syntax.numbers import classify
from ..syntax.features import unsupported
from ..syntax.printer import expr_string
from . import constant
from . import types as T
from .operand import (BUILTIN, COMMAOK, CONSTANT, INVALID, NILVALUE, NOVALUE, TYPEXPR, VALUE,
                      VARIABLE, Operand)
from .relations import comparable, identical, incomparable_reason

MAX_LITERAL_CHARS = 10000  # types2: longer numeric literals are "excessively long"
SHIFT_BOUND = 1023 - 1 + 52  # types2: so that the smallest float64 can be expressed
MAX_CONST_BITS = 512  # types2: untyped integer constants may not grow beyond this
_OP_NAMES = {"+": "addition", "-": "subtraction", "^": "bitwise XOR", "*": "multiplication", "<<": "shift"}
_UNTYPED_RANK = {"untyped int": 1, "untyped rune": 2, "untyped float": 3}
_ARITH = {"+", "-", "*", "/", "%", "&", "|", "^", "&^"}
_COMPARE = {"==", "!=", "<", "<=", ">", ">="}


class ExprMixin:
    # ------------------------------------------------------------ entry points

    def expr(self, e: ast.Expr, hint: T.Type | None = None) -> Operand:
        """A single value (types2 ``check.expr``)."""
        x = self.raw_expr(e, hint=hint)
        self.single_value(x)
        self.exclude(x, (NOVALUE, BUILTIN, TYPEXPR))
        return x

    def multi_expr(self, e: ast.Expr) -> list[Operand]:
        """An expression that may have several values (a call returning a tuple)."""
        x = self.raw_expr(e)
        self.exclude(x, (NOVALUE, BUILTIN, TYPEXPR))
        if x.mode == VALUE and isinstance(x.type, T.Tuple):
            return [Operand(VALUE, e, v.type) for v in x.type.vars]
        return [x]

    def exclude(self, x: Operand, modes, or_type: bool = False) -> None:
        """Report x if its mode is one of modes. ``or_type``: where a type could also stand
        (a call's function, a selector's base, a "*" operand), types2 says "value or type"."""
        if x.mode in modes:
            if x.mode == NOVALUE:
                msg = f"{expr_string(x.expr)} (no value) used as value" + (" or type" if or_type else "")
            elif x.mode == BUILTIN:
                msg = f"{expr_string(x.expr)} (built-in) must be called"
            else:
                msg = f"{expr_string(x.expr)} (type) is not an expression"
            self.error(x.expr, msg)
            x.mode = INVALID

    def single_value(self, x: Operand) -> None:
        if x.mode == VALUE and isinstance(x.type, T.Tuple):
            self.error(x.expr, f"multiple-value {expr_string(x.expr)} (value of type "
                               f"{T.type_string(x.type)}) in single-value context")
            x.mode = INVALID

    def raw_expr(self, e: ast.Expr, hint=None, allow_type=False) -> Operand:
        meth = getattr(self, "x_" + type(e).__name__, None)
        if meth is None:
            if isinstance(e, (ast.ArrayType, ast.MapType, ast.ChanType, ast.FuncType, ast.StructType,
                              ast.InterfaceType)):
                return self.record(Operand(TYPEXPR, e, self.typexpr(e)))
            self.error(e, f"{expr_string(e)} is not an expression")
            return Operand(INVALID, e)
        x = meth(e, hint) if meth.__code__.co_argcount == 3 else meth(e)
        return self.record(x)

    # ------------------------------------------------------------ operands

    def x_Ident(self, e: ast.Ident) -> Operand:
        return self.ident(e)

    def ident(self, e: ast.Ident) -> Operand:
        if e.name == "_":
            self.error(e, "cannot use _ as value or type")
            return Operand(INVALID, e)
        scope, obj = self.lookup(e.name)
        if obj is None:
            if e.name in ("complex", "real", "imag", "complex64", "complex128"):
                self.error(e, unsupported("complex numbers"))
            else:
                self.error(e, f"undefined: {e.name}")
            return Operand(INVALID, e)
        self.info.uses[e] = obj
        if isinstance(obj, T.PkgName):
            self.error(e, f"use of package {obj.name} not in selector")
            return Operand(INVALID, e)
        if isinstance(obj, T.Const):
            if obj.name == "iota" and obj.pkg == "":
                if self.iota is None:
                    self.error(e, "cannot use iota outside constant declaration")
                    return Operand(INVALID, e)
                return Operand(CONSTANT, e, T.UntypedInt, self.iota)
            self.obj_decl(obj)
            self.depends_on(obj)
            if obj.type is None or obj.type is T.Invalid:
                return Operand(INVALID, e)
            return Operand(CONSTANT, e, obj.type, obj.val)
        if isinstance(obj, T.TypeName):
            if obj.type is None or (isinstance(obj.type, T.Named) and self.decls.get(id(obj)) is not None
                                    and self.decls[id(obj)].color == "white"):
                self.obj_decl(obj)
            return Operand(TYPEXPR, e, obj.type or T.Invalid)
        if isinstance(obj, T.Var):
            if obj.is_global:
                self.obj_decl(obj)
                self.depends_on(obj)
            if scope is not None and scope.func is not self.scope.func and not obj.is_global:
                obj.used = True  # captured by a closure
            obj.used = True
            if obj.type is None or obj.type is T.Invalid:
                return Operand(INVALID, e)  # the error was reported where the type went wrong
            return Operand(VARIABLE, e, obj.type)
        if isinstance(obj, T.Func):
            if obj.type is None:  # types2 ident: declared functions are resolved once, when needed
                self.obj_decl(obj)
            self.depends_on(obj)
            return Operand(VALUE, e, obj.type or T.Invalid, id=obj)
        if isinstance(obj, T.Builtin):
            return Operand(BUILTIN, e, None, id=obj.name)
        if isinstance(obj, T.Nil):
            return Operand(NILVALUE, e, T.UntypedNil)
        return Operand(INVALID, e)

    def x_BasicLit(self, e: ast.BasicLit) -> Operand:
        if e.kind in ("CHAR", "STRING") and e.value[0] != "`" and escape_error(e.value) is not None:
            return Operand(INVALID, e)  # a bad literal: the scanner has reported it (types2: BasicLit.Bad)
        if e.kind in ("INT", "FLOAT", "IMAG") and classify(e.value)[1] is not None:
            return Operand(INVALID, e)
        if e.kind in ("INT", "FLOAT", "IMAG") and len(e.value) > MAX_LITERAL_CHARS:
            self.error(e, f"excessively long constant: {e.value[:10]}... ({len(e.value)} chars)")
            return Operand(INVALID, e)
        try:
            if e.kind == "INT":
                return Operand(CONSTANT, e, T.UntypedInt, constant.int_literal(e.value))
            if e.kind == "FLOAT":
                return Operand(CONSTANT, e, T.UntypedFloat, constant.float_literal(e.value))
            if e.kind == "CHAR":
                return Operand(CONSTANT, e, T.UntypedRune, constant.rune_literal(e.value))
            if e.kind == "STRING":
                return Operand(CONSTANT, e, T.UntypedString, constant.string_literal(e.value))
        except (ValueError, KeyError, IndexError, constant.ConstError):
            self.error(e, f"malformed constant: {e.value}")
            return Operand(INVALID, e)
        self.error(e, unsupported("complex numbers"))
        return Operand(INVALID, e)

    def x_ParenExpr(self, e: ast.ParenExpr, hint=None) -> Operand:
        x = self.raw_expr(e.x, hint=hint)
        return Operand(x.mode, e, x.type, x.val, x.id)

    def x_FuncLit(self, e: ast.FuncLit) -> Operand:
        sig = self.func_type(e.type, None)
        self.func_body("func literal", sig, e.body, e)
        return Operand(VALUE, e, sig)

    def x_StarExpr(self, e: ast.StarExpr) -> Operand:
        x = self.raw_expr(e.x, allow_type=True)
        self.exclude(x, (NOVALUE,), or_type=True)
        if x.invalid:
            return Operand(INVALID, e)
        if x.mode == TYPEXPR:
            return Operand(TYPEXPR, e, T.Pointer(x.type))
        self.single_value(x)
        if x.is_nil():
            self.invalid_op(e, "cannot indirect nil")
            return Operand(INVALID, e)
        u = x.type.underlying() if x.type is not None else None
        if not isinstance(u, T.Pointer):
            self.invalid_op(e.x, f"cannot indirect {x.describe()}")
            return Operand(INVALID, e)
        return Operand(VARIABLE, e, u.elem)

    def x_KeyValue(self, e: ast.KeyValue) -> Operand:
        self.error(e, "unexpected key:value expression")
        return Operand(INVALID, e)

    # ------------------------------------------------------------ unary and binary operators

    def x_UnaryExpr(self, e: ast.UnaryExpr, hint=None) -> Operand:
        if e.op == "&":
            inner = e.x
            while isinstance(inner, ast.ParenExpr):
                inner = inner.x
            if isinstance(inner, ast.CompositeLit):
                x = self.raw_expr(e.x, hint=hint.elem if isinstance(hint, T.Pointer) else None)
                if x.invalid:
                    return Operand(INVALID, e)
                return Operand(VALUE, e, T.Pointer(x.type))
            x = self.expr(e.x)
            if x.invalid:
                return Operand(INVALID, e)
            if x.mode != VARIABLE:
                self.invalid_op(e.x, f"cannot take address of {x.describe()}")
                return Operand(INVALID, e)
            return Operand(VALUE, e, T.Pointer(x.type))
        if e.op == "<-":
            x = self.expr(e.x)
            if x.invalid:
                return Operand(INVALID, e)
            u = x.type.underlying()
            if not isinstance(u, T.Chan):
                self.invalid_op(e.x, f"cannot receive from non-channel {x.describe()}")
                return Operand(INVALID, e)
            if u.dir == T.SEND:
                self.invalid_op(e.x, f"cannot receive from send-only channel {x.describe()}")
                return Operand(INVALID, e)
            return Operand(COMMAOK, e, u.elem)
        x = self.expr(e.x)
        if x.invalid:
            return Operand(INVALID, e)
        ok = {"+": T.is_numeric, "-": T.is_numeric, "!": T.is_boolean, "^": T.is_integer}[e.op](x.type)
        if not ok:
            self.invalid_op(e.x, f"operator {e.op} not defined on {x.describe()}")
            return Operand(INVALID, e)
        if x.mode == CONSTANT:
            val = constant.unary(e.op, x.val, x.type)
            r = Operand(CONSTANT, e, x.type, val)
            if not T.is_untyped(x.type):
                self.check_overflow(r, e)
            return r
        return Operand(VALUE, e, x.type)

    def x_BinaryExpr(self, e: ast.BinaryExpr, hint=None) -> Operand:
        if e.op in ("<<", ">>"):
            return self.shift(e)
        x = self.expr(e.x)
        y = self.expr(e.y)
        if x.invalid or y.invalid:
            return Operand(INVALID, e)
        if not self.match_types(e, x, y):
            return Operand(INVALID, e)
        if e.op in _COMPARE:
            return self.comparison(e, x, y)
        if not identical(x.type, y.type):
            if not (x.type is T.Invalid or y.type is T.Invalid):
                text = self.op_assign_text.get(e) or expr_string(e)
                self.invalid_op(e, f"{text} (mismatched types "
                                f"{T.type_string(x.type)} and {T.type_string(y.type)})")
            return Operand(INVALID, e)
        if not _op_defined(e.op, x.type):
            self.invalid_op(x.expr, f"operator {e.op} not defined on {x.describe()}")
            return Operand(INVALID, e)
        if e.op in ("/", "%") and y.mode == CONSTANT and (x.mode == CONSTANT or T.is_integer(x.type)) \
                and y.val == 0:
            self.invalid_op(y.expr, "division by zero")
            return Operand(INVALID, e)
        if x.mode == CONSTANT and y.mode == CONSTANT:
            integer = T.is_integer(x.type)
            try:
                val = constant.binary(x.val, e.op, y.val, integer)
            except constant.ConstError:
                self.invalid_op(e, f"operator {e.op} not defined on {x.describe()}")
                return Operand(INVALID, e)
            if isinstance(val, Fraction) and integer:
                val = int(val)
            r = Operand(CONSTANT, e, x.type, val)
            self.check_overflow(r, e)
            return r
        if T.is_untyped(x.type):  # an untyped non-constant result keeps a delayed shift inside it
            inner = self.untyped_shifts.get(_unparen(x.expr)) or self.untyped_shifts.get(_unparen(y.expr))
            if inner is not None:
                self.untyped_shifts[e] = inner
        return Operand(VALUE, e, x.type)

    def check_overflow(self, x: Operand, at) -> None:
        """A typed constant must fit its type: ``constant 256 overflows byte``; an untyped
        integer constant may not exceed 512 bits: ``constant shift overflow``."""
        if x.mode == CONSTANT and T.is_untyped(x.type) and constant.is_int(x.val) \
                and x.val.bit_length() > MAX_CONST_BITS:
            e = x.expr
            name = _OP_NAMES.get(getattr(e, "op", ""), "") if isinstance(e, (ast.BinaryExpr,)) else \
                ("bitwise complement" if isinstance(e, ast.UnaryExpr) and e.op == "^" else "")
            pos = e.op_pos if isinstance(e, ast.BinaryExpr) else e.pos
            self.error(pos, f"constant {name} overflow")  # Go prints two blanks for an unnamed operator
            x.mode = INVALID
            return
        if x.mode != CONSTANT or T.is_untyped(x.type) or not isinstance(x.type.underlying(), T.Basic):
            return
        u = x.type.underlying()
        v, _ = constant.representable(x.val, u)
        if v is None:  # types2 overflow -> representable -> invalidConversion
            self.error(x.expr, f"{x.describe()} overflows {T.type_string(u)}")
            x.mode = INVALID
        else:
            x.val = v

    def match_types(self, e, x: Operand, y: Operand) -> bool:
        """types2 matchTypes: where an implicit conversion may apply, give each untyped
        operand the other's type; a failure is "cannot convert", "truncated" or
        "overflows". Operands that may not convert are left for the caller to call
        mismatched."""
        if not _may_convert(x, y):
            return True
        if not self.convert_untyped_report(x, y.type):
            return False
        if not self.convert_untyped_report(y, x.type):
            x.mode = INVALID
            return False
        return True

    def convert_untyped_report(self, x: Operand, target: T.Type) -> bool:
        """types2 convertUntyped: convert, or report why not with invalidConversion's words."""
        if not T.is_untyped(x.type):
            return True
        if T.is_untyped(target):
            m = _max_untyped(x.type, target)
            if m is None:
                self.error(x.expr, f"cannot convert {x.describe()} to {T.type_string(target)}")
                x.mode = INVALID
                return False
            x.type = m
            return True
        code = self.convert_untyped(x, target)
        if code == "":
            return True
        u = target.underlying()
        if code == "reported":
            x.mode = INVALID
            return False
        if code == "truncated":
            self.error(x.expr, f"{x.describe()} truncated to {T.type_string(u)}")
        elif code == "overflows":
            self.error(x.expr, f"{x.describe()} overflows {T.type_string(u)}")
        else:
            self.error(x.expr, f"cannot convert {x.describe()} to {T.type_string(u)}")
        x.mode = INVALID
        return False

    def convert_untyped(self, x: Operand, target: T.Type) -> str:
        """Give untyped x the type target (types2 implicitTypeAndValue).
        Returns "" or why not: "overflows", "truncated" or "mismatch"."""
        if not T.is_untyped(x.type) or target is T.Invalid or T.is_untyped(target):
            return ""
        u = target.underlying()
        shift = self.untyped_shifts.get(_unparen(x.expr)) if x.mode != CONSTANT else None
        if shift is not None and not T.is_integer(u) and not (isinstance(u, T.Interface) and u.empty()):
            self.invalid_op(shift, f"{expr_string(shift)} (shift of type {T.type_string(target)})")
            return "reported"
        if shift is not None and T.is_integer(u):
            lhs = self.info.types.get(shift.x)
            if lhs is not None and lhs.mode == CONSTANT and constant.representable(lhs.val, u)[0] is None:
                self.error(lhs.expr, f"{lhs.describe()} overflows {T.type_string(u)}")
                return "reported"
        if isinstance(u, T.Basic):
            if x.mode == CONSTANT:
                v, _ = constant.representable(x.val, u)
                if v is None:
                    if T.is_numeric(x.type) and T.is_numeric(u):
                        return "truncated" if not T.is_integer(x.type) and T.is_integer(u) else "overflows"
                    return "mismatch"
                x.val = v
            elif x.is_nil():
                return "mismatch"
            elif T.is_boolean(x.type) and not T.is_boolean(u):
                return "mismatch"
            elif T.is_numeric(x.type) and not T.is_numeric(u):
                return "mismatch"
            elif T.is_string(x.type) and not T.is_string(u):
                return "mismatch"
            x.type = target
            return ""
        if isinstance(u, T.Interface):
            if x.is_nil():
                return ""  # nil stays untyped (types2: go.dev/issue/13061)
            if not u.empty():
                return "mismatch"
            d = default_type(x.type)
            if x.mode == CONSTANT and isinstance(d, T.Basic) and constant.representable(x.val, d)[0] is None:
                self.error(x.expr, f"{x.describe()} overflows {T.type_string(d)}")  # types2 updateExprType
                return "reported"
            x.type = d
            return ""
        if isinstance(u, (T.Pointer, T.Slice, T.Map, T.Chan, T.Signature)) and x.is_nil():
            x.type = target
            return ""
        return "mismatch"

    def comparison(self, e, x: Operand, y: Operand, switch_case: bool = False) -> Operand:
        """types2 comparison; x and y have been matched already (canMix/convertUntyped)."""
        op = "==" if switch_case else e.op
        err_op, cause = x, ""
        if not (self.assignable_type(x, y.type) or self.assignable_type(y, x.type)):
            err_op = y  # known only after seeing the second operand
            cause = f"mismatched types {T.type_string(x.type)} and {T.type_string(y.type)}"
        elif op in ("==", "!="):
            if x.is_nil() or y.is_nil():
                typ = y.type if x.is_nil() else x.type
                err_op = None if _nilable(typ) else y  # only "nil == nil" fails here
            elif not comparable(x.type):
                cause = _incomparable_cause(x.type)
            elif not comparable(y.type):
                err_op, cause = y, _incomparable_cause(y.type)
            else:
                err_op = None
        elif not T.is_ordered(x.type):
            err_op = x
        elif not T.is_ordered(y.type):
            err_op = y
        else:
            err_op = None
        if err_op is not None:
            if not cause:
                cause = f"operator {op} not defined on {_type_kind(err_op.type)}"
            if switch_case:
                self.error(x.expr, f"invalid case {expr_string(x.expr)} in switch on {expr_string(y.expr)} ({cause})")
            else:
                self.invalid_op(err_op.expr, f"{expr_string(x.expr)} {op} {expr_string(y.expr)} ({cause})")
            return Operand(INVALID, e)
        if x.mode == CONSTANT and y.mode == CONSTANT:
            return Operand(CONSTANT, e, T.UntypedBool, constant.compare(x.val, op, y.val))
        self.default_untyped(x)
        self.default_untyped(y)
        return Operand(VALUE, e, T.UntypedBool)

    def shift(self, e: ast.BinaryExpr) -> Operand:
        """types2 shift. A non-constant shift of an untyped constant stays untyped until
        the context gives it a type, which must be an integer type (delayed typing)."""
        x = self.expr(e.x)
        y = self.expr(e.y)
        if x.invalid or y.invalid:
            return Operand(INVALID, e)
        xval = constant.to_int(x.val) if x.mode == CONSTANT else None
        if not (T.is_integer(x.type) or (T.is_untyped(x.type) and xval is not None)):
            self.invalid_op(x.expr, f"shifted operand {x.describe()} must be integer")
            return Operand(INVALID, e)
        yval = None
        if y.mode == CONSTANT:
            yval = constant.to_int(y.val) if not isinstance(y.val, (bool, str)) else None
            if yval is not None and yval < 0:
                self.invalid_op(y.expr, f"negative shift count {y.describe()}")
                return Operand(INVALID, e)
            if T.is_untyped(y.type) and not self.convert_untyped_report(y, T.Uint):
                return Operand(INVALID, e)
        elif not T.is_integer(y.type):
            if T.is_untyped(y.type):
                if not self.convert_untyped_report(y, T.Uint):
                    return Operand(INVALID, e)
            else:
                self.invalid_op(y.expr, f"shift count {y.describe()} must be integer")
                return Operand(INVALID, e)
        if x.mode == CONSTANT:
            if y.mode == CONSTANT:
                if yval is None or yval > SHIFT_BOUND:
                    self.invalid_op(y.expr, f"invalid shift count {y.describe()}")
                    return Operand(INVALID, e)
                t = x.type if T.is_integer(x.type) else T.UntypedInt
                r = Operand(CONSTANT, e, t, constant.shift(xval, e.op, yval))
                self.check_overflow(r, e)
                return r
            if T.is_untyped(x.type):
                self.untyped_shifts[e] = e  # typed later by its context
                return Operand(VALUE, e, x.type)
        return Operand(VALUE, e, x.type)

    def default_untyped(self, x: Operand) -> None:
        if T.is_untyped(x.type) and not x.is_nil():
            self.convert_untyped(x, default_type(x.type))
            self.record(x)

def _unparen(e):
    while isinstance(e, ast.ParenExpr):
        e = e.x
    return e


def _may_convert(x: Operand, y: Operand) -> bool:
    """go1.19 binary()'s canMix: may the operands be converted to each other's type?"""
    if T.is_interface(x.type) or T.is_interface(y.type):
        return True
    if T.is_boolean(x.type) != T.is_boolean(y.type):
        return False
    if T.is_string(x.type) != T.is_string(y.type):
        return False
    if x.is_nil() and not _nilable(y.type):
        return False
    if y.is_nil() and not _nilable(x.type):
        return False
    return True


def _all_basic(t) -> bool:
    return isinstance(t.underlying(), T.Basic)


def _max_untyped(a: T.Basic, b: T.Basic):
    """The larger of two untyped numeric kinds (types2 maxType); None unless both numeric or equal."""
    if a.kind == b.kind:
        return a
    if T.is_numeric(a) and T.is_numeric(b):
        rank = max(_UNTYPED_RANK.get(a.name, 0), _UNTYPED_RANK.get(b.name, 0))
        return {1: T.UntypedInt, 2: T.UntypedRune, 3: T.UntypedFloat}[rank]
    return None


def default_type(t: T.Type) -> T.Type:
    if isinstance(t, T.Basic):
        return {"untyped bool": T.Bool, "untyped int": T.Int, "untyped rune": T.Rune,
                "untyped float": T.Float64, "untyped string": T.String}.get(t.kind, t)
    return t


def _nilable(t) -> bool:
    return isinstance(t.underlying(), (T.Pointer, T.Slice, T.Map, T.Chan, T.Signature, T.Interface))


def _op_defined(op: str, t: T.Type) -> bool:
    if op in ("&&", "||"):
        return T.is_boolean(t)
    if op == "+":
        return T.is_numeric(t) or T.is_string(t)
    if op in ("-", "*", "/"):
        return T.is_numeric(t)
    return T.is_integer(t)  # % & | ^ &^


def _incomparable_cause(t: T.Type) -> str:
    """types2 incomparableCause."""
    u = t.underlying()
    if isinstance(u, (T.Slice, T.Signature, T.Map)):
        return f"{_type_kind(t)} can only be compared to nil"
    return incomparable_reason(t) or ""


def _type_kind(t: T.Type) -> str:
    u = t.underlying()
    for cls, word in ((T.Struct, "struct"), (T.Pointer, "pointer"), (T.Slice, "slice"), (T.Map, "map"),
                      (T.Chan, "chan"), (T.Signature, "func"), (T.Interface, "interface"), (T.Array, "array")):
        if isinstance(u, cls):
            return word
    return T.type_string(t)
