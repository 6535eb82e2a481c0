"""Expressions in minigo syntax for ``print`` and breakpoint conditions.

The text is parsed by minigo's own Go parser and evaluated against a stopped frame:
variables (the frame's live locals and arguments, then package variables), literals,
arithmetic, comparisons, ``&&``/``||``/``!``, fields (through pointers too), indexing of
arrays, slices, strings and maps, and ``len``/``cap``.  Nothing runs in the program.
"""
from __future__ import annotations

from ..syntax import ast
from ..syntax.parse import SyntaxErrors, parse
from ..machine.values import Box, Slice

_PREFIX = "package p\n\nfunc _() {\n\t_ = "


def parse_expr(text: str):
    try:
        f = parse(_PREFIX + text + "\n}\n", "expr.go")
    except SyntaxErrors as e:
        raise ValueError(f"bad expression {text!r}: {str(e).splitlines()[0]}") from None
    stmt = f.decls[0].body.stmts[0]
    return stmt.rhs[0]


class Scope:
    """Names visible at a stop: name -> (Go type name, value)."""

    def __init__(self, m, variables: dict) -> None:
        self.m = m
        self.vars = variables

    def lookup(self, name: str):
        if name in self.vars:
            return self.vars[name]
        raise ValueError(f"could not find symbol value for {name}")


def evaluate(text: str, scope: Scope):
    return _eval(parse_expr(text), scope)


def _eval(n, sc: Scope):
    if isinstance(n, ast.ParenExpr):
        return _eval(n.x, sc)
    if isinstance(n, ast.Ident):
        if n.name in ("true", "false"):
            return n.name == "true"
        if n.name == "nil":
            return None
        return sc.lookup(n.name)[1]
    if isinstance(n, ast.BasicLit):
        if n.kind == "INT":
            return int(n.value.replace("_", ""), 0)
        if n.kind == "FLOAT":
            return float(n.value)
        if n.kind == "STRING":
            import ast as pyast
            return pyast.literal_eval(n.value).encode() if n.value[0] == '"' else n.value[1:-1].encode()
        if n.kind == "CHAR":
            import ast as pyast
            return ord(pyast.literal_eval(n.value))
    if isinstance(n, ast.UnaryExpr):
        x = _eval(n.x, sc)
        if n.op == "!":
            return not x
        if n.op == "-":
            return -x
        if n.op == "+":
            return x
        if n.op == "*":
            return x.v if isinstance(x, Box) else x
    if isinstance(n, ast.StarExpr):
        x = _eval(n.x, sc)
        if x is None:
            raise ValueError("nil pointer dereference")
        return x.v if isinstance(x, Box) else x  # a pointer to a struct is the struct
    if isinstance(n, ast.BinaryExpr):
        if n.op == "&&":
            return bool(_eval(n.x, sc)) and bool(_eval(n.y, sc))
        if n.op == "||":
            return bool(_eval(n.x, sc)) or bool(_eval(n.y, sc))
        a, b = _eval(n.x, sc), _eval(n.y, sc)
        ops = {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
               "/": lambda: a // b if isinstance(a, int) and isinstance(b, int) else a / b,
               "%": lambda: a % b, "==": lambda: a == b, "!=": lambda: a != b, "<": lambda: a < b,
               "<=": lambda: a <= b, ">": lambda: a > b, ">=": lambda: a >= b}
        if n.op in ops:
            return ops[n.op]()
    if isinstance(n, ast.SelectorExpr):
        x = _eval(n.x, sc)
        if x is None:
            raise ValueError("nil pointer dereference")
        rt = getattr(x, "rtype", None)
        if rt is not None:
            for i, f in enumerate(rt.fields):
                if f.name == n.sel.name:
                    return x[i]
        raise ValueError(f"{n.sel.name} is not a field")
    if isinstance(n, ast.IndexExpr):
        x, i = _eval(n.x, sc), _eval(n.index, sc)
        if isinstance(x, Slice):
            if not 0 <= i < x.n:
                raise ValueError(f"index out of bounds {i}")
            return x.a[x.o + i]
        if isinstance(x, dict):
            return x.get(i)
        return x[i]
    if isinstance(n, ast.CallExpr) and isinstance(n.fun, ast.Ident) and n.fun.name in ("len", "cap") \
            and len(n.args) == 1:
        x = _eval(n.args[0], sc)
        if isinstance(x, Slice):
            return x.n if n.fun.name == "len" else x.c
        return len(x) if x is not None else 0
    raise ValueError("expression not supported in minigo's debugger")


def go_text(v) -> str:
    """A computed value as Go prints it (%v) where no type is known."""
    if v is True or v is False:
        return "true" if v else "false"
    if v is None:
        return "nil"
    if isinstance(v, bytes):
        return '"' + v.decode("utf-8", "replace") + '"'
    if isinstance(v, float):
        from ..machine import fmt as gofmt
        from ..machine.values import RType
        rt = RType("float64", "float64")
        return gofmt.sprint([(rt, v)], None).decode()
    return str(v)
