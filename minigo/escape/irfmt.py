"""Printing nodes as gc's ``ir`` package does (``ir/fmt.go``), for -m messages.

Go prints the compiler's view, not the source: method calls as function calls on
method expressions (``(*T).M(x)``), variadic arguments as ``... argument...``,
composite literals as ``T{...}``, a function literal as ``func literal``, binary
expressions with single spaces, parentheses only where precedence needs them.
"""
from __future__ import annotations

from ..syntax import ast
from ..syntax.nodepos import node_pos
from ..types import types as T
from ..types.gcstring import gc_type_string as type_string
from . import ir

_BINARY_PREC = {"*": 6, "/": 6, "%": 6, "<<": 6, ">>": 6, "&": 6, "&^": 6,
                "+": 5, "-": 5, "|": 5, "^": 5,
                "==": 4, "!=": 4, "<": 4, "<=": 4, ">": 4, ">=": 4, "&&": 2, "||": 1}


class Printer:
    """Prints expressions and the statements -m=2 names in its notes."""

    def __init__(self, info) -> None:
        self.info = info
        self.autotmps: dict = {}  # callee expression -> ".autotmp_N"
        self.devirtualized: dict = {}  # selector -> (concrete type, method, selection)

    def type_of(self, e):
        tv = self.info.types.get(e)
        return tv.type if tv is not None else None

    # ------------------------------------------------------------ statements

    def stmt(self, s) -> str:
        if isinstance(s, ast.AssignStmt):
            return f"{self.list(s.lhs)} {s.op} {self.list(s.rhs)}"
        if isinstance(s, ast.IncDecStmt):
            return f"{self.expr(s.x)}{s.op}"
        if isinstance(s, ast.ReturnStmt):
            return "return " + self.list(s.results) if s.results else "return"
        if isinstance(s, ast.SendStmt):
            return f"{self.expr(s.chan)} <- {self.expr(s.value)}"
        if isinstance(s, ast.ValueSpec):
            return f"{self.list(s.names)} = {self.list(s.values)}" if s.values else f"var {self.list(s.names)}"
        if isinstance(s, ast.RangeStmt):
            return "for loop"
        if isinstance(s, ast.GoStmt):
            return "go " + self.expr(s.call)
        if isinstance(s, ast.DeferStmt):
            return "defer " + self.expr(s.call)
        if isinstance(s, ast.ExprStmt):
            return self.expr(s.x)
        if isinstance(s, ast.CaseClause):
            return "case " + self.list(s.list) + ":" if s.list else "default:"
        return "<stmt>"

    def list(self, xs) -> str:
        return ", ".join(self.expr(x) for x in xs)

    # ------------------------------------------------------------ expressions

    def __call__(self, n) -> str:
        if isinstance(n, T.Var):
            return n.name
        if isinstance(n, ast.Stmt) or isinstance(n, ast.ValueSpec):
            return self.stmt(n)
        return self.expr(n)

    def expr(self, n, prec: int = 0) -> str:
        if not isinstance(n, _Embedded) and n in self.autotmps:
            return self.autotmps[n]
        while True:
            if isinstance(n, ast.ParenExpr):
                n = n.x
            elif isinstance(n, ir.ConvIface) and n.implicit:
                n = n.x
            elif isinstance(n, ir.Implicit):
                n = n.x
            else:
                break
        p = self.prec(n)
        if prec > p:
            return "(" + self.expr(n) + ")"
        return self._expr(n, p)

    def prec(self, n) -> int:
        if isinstance(n, ast.BinaryExpr):
            return _BINARY_PREC[n.op]
        if isinstance(n, _Embedded) and not n.path:
            return self.prec(n.x)
        if isinstance(n, (ast.StarExpr, ir.PtrLit)):
            return 7
        if isinstance(n, ast.UnaryExpr):
            return 7
        return 8

    def _expr(self, n, p: int) -> str:
        if isinstance(n, ast.Ident):
            return n.name
        if isinstance(n, ast.BasicLit):
            return n.value
        if isinstance(n, ast.FuncLit):
            return "func literal"
        if isinstance(n, ast.CompositeLit):
            return self.type_str(self.type_of(n)) + ("{...}" if n.elts else "{}")
        if isinstance(n, ir.PtrLit):
            return "&" + type_string(n.type.elem) + ("{...}" if n.lit.elts else "{}")
        if isinstance(n, ir.TmpAssign):
            return f"{n.tmp.name} = {self.expr(n.x)}"
        if isinstance(n, ir.DotArgs):
            return "... argument"
        if isinstance(n, ir.AutoTmp):
            return n.name
        if isinstance(n, ir.DotType):
            return f"{self.expr(n.x, 8)}.({type_string(n.type)})"
        if isinstance(n, ir.ConvIface):
            return f"({type_string(n.type)})({self.expr(n.x)})"
        if isinstance(n, ast.UnaryExpr):
            x = n.x
            while isinstance(x, ast.ParenExpr):
                x = x.x
            if n.op == "&" and isinstance(x, ast.CompositeLit):
                return "&" + self.expr(x, 8)
            sep = " " if isinstance(x, ast.UnaryExpr) and x.op == n.op and n.op != "&" else ""
            return n.op + sep + self.expr(x, p + 1)
        if isinstance(n, ast.StarExpr):
            return "*" + self.expr(n.x, p + 1)
        if isinstance(n, ast.BinaryExpr):
            return f"{self.expr(n.x, p)} {n.op} {self.expr(n.y, p + 1)}"
        if isinstance(n, ast.SelectorExpr):
            return self.expr(n.x, 8) + self.embedded_path(n) + "." + n.sel.name
        if isinstance(n, ast.IndexExpr):
            return f"{self.expr(n.x, 8)}[{self.expr(n.index)}]"
        if isinstance(n, ast.SliceExpr):
            out = self.expr(n.x, 8) + "["
            if n.lo is not None:
                out += self.expr(n.lo)
            out += ":"
            if n.hi is not None:
                out += self.expr(n.hi)
            if n.slice3:
                out += ":" + (self.expr(n.max) if n.max is not None else "")
            return out + "]"
        if isinstance(n, ast.TypeAssertExpr):
            return f"{self.expr(n.x, 8)}.({self.type_str(self.type_of(n))})"
        if isinstance(n, ast.CallExpr):
            return self.call(n)
        if isinstance(n, ast.KeyValue):
            return f"{self.expr(n.key)}:{self.expr(n.value)}"
        if isinstance(n, _Embedded):
            if n.x in self.autotmps:
                return self.autotmps[n.x]
            return self.expr(n.x, 8) + n.path if n.path else self.expr(n.x, p)
        if isinstance(n, ast.Expr):  # a type used as an expression
            return self.type_str(self.type_of(n))
        return "<node>"

    def embedded_path(self, n) -> str:
        """The implicit ".Embedded" steps of a promoted field or method."""
        sel = self.info.selections.get(n)
        if sel is None:
            return ""
        path = sel.path if sel.kind == "method" else sel.path[:-1]
        t = self.type_of(n.x)
        out = ""
        for idx in path:
            u = t.underlying() if t is not None else None
            if isinstance(u, T.Pointer):
                u = u.elem.underlying()
            if not isinstance(u, T.Struct):
                break
            f = u.fields[idx]
            out += "." + f.name
            t = f.type
        return out

    def type_str(self, t) -> str:
        return type_string(t)

    def call(self, n: ast.CallExpr) -> str:
        info = self.info
        fun = n.fun
        while isinstance(fun, ast.ParenExpr):
            fun = fun.x
        ftv = info.types.get(fun)
        if ftv is not None and ftv.mode == "typexpr":  # a conversion
            t = ftv.type
            if _is_rune_lit(info, n, t):
                return type_string(t) + ("{...}" if info.types[n.args[0]].val else "{}")
            ts = type_string(t)
            if not isinstance(t, (T.Named, T.Basic)):
                ts = f"({ts})"
            return f"{ts}({self.list(n.args)})"
        if ftv is not None and ftv.mode == "builtin":
            name = fun.name if isinstance(fun, ast.Ident) else fun.sel.name
            args = list(n.args)
            if name in ("new", "make"):
                first = type_string(self.type_of(args[0]))
                return f"{name}(" + ", ".join([first] + [self.expr(a) for a in args[1:]]) + ")"
            return f"{name}({self.list(args)}{'...' if n.has_dots else ''})"
        args = list(n.args)
        callee = None
        sel = info.selections.get(fun) if isinstance(fun, ast.SelectorExpr) else None
        if fun in self.devirtualized:
            typ, func, _ = self.devirtualized[fun]
            rt = func.type.recv.type
            rs = type_string(rt)
            callee = (f"({rs})" if isinstance(rt, T.Pointer) else rs) + "." + fun.sel.name
            args = [ir.DotType(fun.x, typ, fun.dot)] + args
            sel = None
        if sel is not None and sel.kind == "method" and not _is_type(info, fun.x):
            recv_t = sel.obj.type.recv.type if sel.obj.type.recv is not None else None
            if recv_t is not None and not isinstance(recv_t.underlying(), T.Interface) \
                    and not isinstance(recv_t, T.Interface):
                rs = type_string(recv_t)
                callee = f"({rs})" if isinstance(recv_t, T.Pointer) else rs
                callee += "." + fun.sel.name
                args = [_Embedded(fun.x, self.embedded_path(fun))] + args
        if callee is None:
            if fun in self.autotmps:
                callee = self.autotmps[fun]
            else:
                callee = self.expr(fun, 8)
        sig = ftv.type.underlying() if ftv is not None and ftv.type is not None else None
        parts = [self.expr(a) for a in args]
        if isinstance(sig, T.Signature) and sig.variadic and not n.has_dots:
            fixed = len(sig.params.vars) - 1 + (len(args) - len(n.args))
            extra = parts[fixed:]
            parts = parts[:fixed] + (["... argument"] if extra else ["nil"])
            return f"{callee}({', '.join(parts)}...)"
        return f"{callee}({', '.join(parts)}{'...' if n.has_dots else ''})"


class _Embedded:
    """A receiver reached through embedded fields, printed with their names."""
    def __init__(self, x, path: str) -> None:
        self.x, self.path = x, path


def _is_rune_lit(info, call, t) -> bool:
    """[]rune("const"): typechecking turns it into a []rune{...} literal."""
    u = t.underlying()
    if not (isinstance(u, T.Slice) and isinstance(u.elem.underlying(), T.Basic) and u.elem.underlying().name in ("int32", "rune")):
        return False
    tv = info.types.get(call.args[0]) if call.args else None
    return tv is not None and (tv.mode == "constant" or isinstance(tv.val, str))


def _is_type(info, e) -> bool:
    tv = info.types.get(e)
    return tv is not None and tv.mode == "typexpr"


def ir_pos(n):
    """The position gc gives a node (n.Pos())."""
    if isinstance(n, ir.Synthetic):
        return n.pos
    if isinstance(n, ast.ParenExpr):
        return ir_pos(n.x)
    if isinstance(n, ast.AssignStmt):
        return n.op_pos
    if isinstance(n, ast.IncDecStmt):
        return n.op_pos
    if isinstance(n, ast.SendStmt):
        return n.arrow
    if isinstance(n, ast.FuncLit):
        return n.pos
    return node_pos(n)
