"""Expressions back to text, as Go's ``syntax.String`` prints them in error messages.

Go's short form: composite literal and function bodies become ``…``
(``T{…}``, ``func() {…}``); binary operators get one blank on each side.
Mirrors ``cmd/compile/internal/syntax/printer.go``.
"""
from __future__ import annotations

from . import ast


def expr_string(e) -> str:
    return _Printer().expr(e)


def not_a_value(stmt) -> str:
    """A simple statement where Go wanted an expression, as its header() prints it:
    ``assignment (x) = (1)`` (parenthesized, to show the "=") or ``x := 1``."""
    if isinstance(stmt, ast.AssignStmt):
        lhs = ", ".join(expr_string(x) for x in stmt.lhs)
        rhs = ", ".join(expr_string(x) for x in stmt.rhs)
        return f"assignment ({lhs}) = ({rhs})" if stmt.op == "=" else f"{lhs} {stmt.op} {rhs}"
    if isinstance(stmt, ast.IncDecStmt):
        return f"{expr_string(stmt.x)}{stmt.op}"
    if isinstance(stmt, ast.SendStmt):
        return f"{expr_string(stmt.chan)} <- {expr_string(stmt.value)}"
    return expr_string(getattr(stmt, "x", stmt))


class _Printer:
    def expr(self, e) -> str:
        meth = getattr(self, "_" + type(e).__name__, None)
        if meth is None:
            return "<bad expr>"
        return meth(e)

    def _Ident(self, e):
        return e.name

    def _BasicLit(self, e):
        return e.value

    def _FuncLit(self, e):
        body = "{…}" if e.body.stmts else "{}"
        return f"{self._FuncType(e.type)} {body}"

    def _CompositeLit(self, e):
        t = self.expr(e.type) if e.type is not None else ""
        return t + ("{…}" if e.elts else "{}")

    def _KeyValue(self, e):
        return f"{self.expr(e.key)}: {self.expr(e.value)}"

    def _ParenExpr(self, e):
        return f"({self.expr(e.x)})"

    def _SelectorExpr(self, e):
        return f"{self.expr(e.x)}.{e.sel.name}"

    def _IndexExpr(self, e):
        return f"{self.expr(e.x)}[{self.expr(e.index)}]"

    def _SliceExpr(self, e):
        s = self.expr(e.x) + "["
        if e.lo is not None:
            s += self.expr(e.lo)
        s += ":"
        if e.hi is not None:
            s += self.expr(e.hi)
        if e.max is not None:
            s += ":" + self.expr(e.max)
        return s + "]"

    def _TypeAssertExpr(self, e):
        t = self.expr(e.type) if e.type is not None else "type"
        return f"{self.expr(e.x)}.({t})"

    def _CallExpr(self, e):
        args = ", ".join(self.expr(a) for a in e.args)
        return f"{self.expr(e.fun)}({args}{'...' if e.has_dots else ''})"

    def _StarExpr(self, e):
        return "*" + self.expr(e.x)

    def _UnaryExpr(self, e):
        return e.op + self.expr(e.x)

    def _BinaryExpr(self, e):
        return f"{self.expr(e.x)} {e.op} {self.expr(e.y)}"

    def _ArrayType(self, e):
        if e.dots:
            return "[...]" + self.expr(e.elem)
        if e.len is None:
            return "[]" + self.expr(e.elem)
        return f"[{self.expr(e.len)}]{self.expr(e.elem)}"

    def _MapType(self, e):
        return f"map[{self.expr(e.key)}]{self.expr(e.value)}"

    def _ChanType(self, e):
        if e.dir == "recv":
            return "<-chan " + self.expr(e.value)
        if e.dir == "send":
            return "chan<- " + self.expr(e.value)
        if isinstance(e.value, ast.ChanType) and e.value.dir == "recv":
            return f"chan ({self.expr(e.value)})"
        return "chan " + self.expr(e.value)

    def _FuncType(self, e):
        return "func" + self.signature(e)

    def signature(self, e) -> str:
        s = self.params(e.params)
        if e.results:
            if len(e.results) == 1 and not e.results[0].names:
                s += " " + self.expr(e.results[0].type)
            else:
                s += " " + self.params(e.results)
        return s

    def params(self, fields) -> str:
        parts = []
        for f in fields:
            t = ("..." if f.variadic else "") + self.expr(f.type)
            if f.names:
                parts.append(", ".join(n.name for n in f.names) + " " + t)
            else:
                parts.append(t)
        return "(" + ", ".join(parts) + ")"

    def _StructType(self, e):
        parts = []
        for f in e.fields:
            t = self.expr(f.type)
            tag = " " + f.tag if f.tag else ""
            if f.names:  # Go's printer writes x, y int as x int; y int
                parts.extend(f"{n.name} {t}{tag}" for n in f.names)
            else:
                parts.append(t + tag)
        return "struct{" + "; ".join(parts) + "}"

    def _InterfaceType(self, e):
        parts = []
        for m in e.methods:
            if m.names:
                parts.append(m.names[0].name + self.signature(m.type))
            else:
                parts.append(self.expr(m.type))
        return "interface{" + "; ".join(parts) + "}"
