"""An operand: the checker's result for one expression (types2 ``operand.go``).

``mode`` says what the expression is — a type, a constant, an addressable
variable, a map index, a plain value, a comma-ok value, nothing, a builtin —
and ``describe`` prints it as types2 does inside error messages:
``x (variable of type int)``, ``1 << 64 (untyped int constant 18446744073709551616)``.
"""
from __future__ import annotations

from typing import Optional

from ..syntax import ast
from ..syntax.printer import expr_string
from . import constant
from . import types as T

INVALID, NOVALUE, BUILTIN, TYPEXPR, CONSTANT, VARIABLE, MAPINDEX, VALUE, COMMAOK, NILVALUE = (
    "invalid", "novalue", "builtin", "typexpr", "constant", "variable", "mapindex", "value", "commaok", "nil")

_MODE_WORDS = {INVALID: "invalid operand", NOVALUE: "no value", BUILTIN: "built-in", TYPEXPR: "type",
               CONSTANT: "constant", VARIABLE: "variable", MAPINDEX: "map index expression",
               VALUE: "value", COMMAOK: "comma, ok expression", NILVALUE: "nil"}


class Operand:
    __slots__ = ("mode", "expr", "type", "val", "id")

    def __init__(self, mode: str, expr: Optional[ast.Expr], typ: Optional[T.Type] = None, val=None, id=None):
        self.mode = mode
        self.expr = expr
        self.type = typ
        self.val = val
        self.id = id  # builtin name or library function, for calls

    @property
    def invalid(self) -> bool:
        return self.mode == INVALID

    def is_nil(self) -> bool:
        return self.mode == NILVALUE or (self.mode == VALUE and self.type is T.UntypedNil)

    def describe(self) -> str:
        expr = expr_string(self.expr) if self.expr is not None else ""
        if self.is_nil():
            if self.type is T.UntypedNil or self.type is None:
                return "nil"
            return f"nil (of type {T.type_string(self.type)})"
        out = ""
        if expr:
            out = expr + " ("
        has_type = False
        if self.mode not in (INVALID, NOVALUE, BUILTIN, TYPEXPR) and self.type is not None:
            if T.is_untyped(self.type):
                out += self.type.name + " "
            else:
                has_type = True
        out += _MODE_WORDS[self.mode]
        if self.mode == CONSTANT:
            s = constant.value_string(self.val)
            if s != expr:
                out += " " + s
        if has_type:
            if self.type is not T.Invalid:
                out += " of type " + T.type_string(self.type)
            else:
                out += " with invalid type"
        if expr:
            out += ")"
        return out
