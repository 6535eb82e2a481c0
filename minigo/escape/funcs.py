"""The functions of a file as escape analysis sees them (gc's ``ir.Func``).

``collect`` finds every function and function literal, the variables each
declares (in declaration order: gc's ``Dcl``), the outer variables each closure
captures (``ClosureVars``, in order of first use), the functions each refers to
(for the bottom-up order), and which local variables are assigned exactly once
(``ir.StaticValue``, so ``f := func(){}; f()`` is a direct call).
"""
from __future__ import annotations

from dataclasses import fields as dc_fields

from ..syntax import ast
from ..types import types as T


class FuncInfo:
    def __init__(self, node, name: str, sig, outer=None) -> None:
        self.node = node
        self.name = name
        self.sig = sig
        self.outer = outer
        self.body = node.body
        recv = [sig.recv] if sig.recv is not None else []
        self.params = recv + list(sig.params.vars)  # receiver first
        self.results = list(sig.results.vars)
        self.dcl: list = []  # locals in declaration order
        self.closure_vars: list = []  # (outer Var, first-use Ident)
        self.refs: list = []  # FuncInfos referred to, in walk order
        self.esc = "unknown"
        self.closure_called = False
        self.is_closure = outer is not None
        self.nclosures = 0
        self.tags: list = []
        self.temps: list = []
        self.irgen_temps = 0

    def result_name(self, v) -> str:
        i = next(i for i, r in enumerate(self.results) if r is v)
        return v.name if v.name and v.name != "_" else f"~r{i}"

    def __repr__(self) -> str:
        return f"FuncInfo({self.name})"


def children(n):
    if isinstance(n, ast.AssignStmt):  # irgen evaluates the right side first
        yield from n.rhs
        yield from n.lhs
        return
    for f in dc_fields(n):
        v = getattr(n, f.name)
        if isinstance(v, ast.Node):
            yield v
        elif isinstance(v, tuple):
            for x in v:
                if isinstance(x, ast.Node):
                    yield x
                elif isinstance(x, tuple):
                    yield from (y for y in x if isinstance(y, ast.Node))


def preorder(n):
    """Nodes under n in source order; a function literal is yielded but not entered."""
    stack = [n]
    while stack:
        x = stack.pop()
        yield x
        if isinstance(x, ast.FuncLit) and x is not n:
            continue
        stack.extend(reversed(list(children(x))))


class Collector:
    def __init__(self, info) -> None:
        self.info = info
        self.funcs: list[FuncInfo] = []  # top-level functions and methods, in source order
        self.by_node: dict = {}  # FuncDecl / FuncLit -> FuncInfo
        self.var_func: dict = {}  # Var -> declaring FuncInfo
        self.static_rhs: dict = {}  # Var -> its only value expression
        self.reassigned: set = set()

    def collect(self, f: ast.File) -> None:
        for d in f.decls:
            if isinstance(d, ast.FuncDecl) and d.body is not None:
                obj = self.info.funcs.get(d)
                if obj is None:
                    continue
                fn = FuncInfo(d, _func_name(d, obj), obj.type)
                self.funcs.append(fn)
                self.by_node[d] = fn
        for fn in self.funcs:
            self.scan(fn)
        for v in self.reassigned:
            self.static_rhs.pop(v, None)

    def scan(self, fn: FuncInfo) -> None:
        for v in fn.params + fn.results:
            self.var_func[v] = fn
        binds = set()
        for n in preorder(fn.body):
            if isinstance(n, ast.FuncLit) and n is not fn.body:
                sig = self.info.types[n].type
                fn.nclosures += 1
                suffix = f".func{fn.nclosures}" if not fn.is_closure else f".{fn.nclosures}"
                lit = FuncInfo(n, fn.name + suffix, sig, outer=fn)
                self.by_node[n] = lit
                fn.refs.append(lit)
                self.scan(lit)
                for v, ident in lit.closure_vars:
                    if self.var_func.get(v) is not fn:
                        self._capture(fn, v, ident)
            elif isinstance(n, ast.TypeSwitchStmt):
                if n.bind is not None:
                    binds.add(n.bind)
                    for cas in n.clauses:
                        v = self.info.implicits.get(cas)
                        if v is not None:
                            fn.dcl.append(v)
                            self.var_func[v] = fn
            elif isinstance(n, ast.Ident):
                self.ident(fn, n, binds)
            elif isinstance(n, ast.SelectorExpr):
                sel = self.info.selections.get(n)
                if sel is not None and sel.kind == "method" and getattr(sel.obj, "decl", None) is not None:
                    callee = self.by_node.get(sel.obj.decl)
                    if callee is not None:
                        fn.refs.append(callee)
            elif isinstance(n, ast.AssignStmt):
                self.assignment(n)
            elif isinstance(n, ast.ValueSpec):
                if len(n.names) == len(n.values):
                    for name, value in zip(n.names, n.values):
                        v = self.info.defs.get(name)
                        if isinstance(v, T.Var):
                            self.static_rhs[v] = value
            elif isinstance(n, ast.UnaryExpr) and n.op == "&":
                v = self._outer_var(n.x)
                if v is not None:
                    self.reassigned.add(v)

    def ident(self, fn, n, binds) -> None:
        if n in binds:
            return
        d = self.info.defs.get(n)
        if isinstance(d, T.Var) and not d.is_field and not d.is_global:
            if d not in self.var_func:
                self.var_func[d] = fn
                if d not in fn.params and d not in fn.results:
                    fn.dcl.append(d)
            return
        u = self.info.uses.get(n)
        if isinstance(u, T.Func) and u.decl is not None and u.decl in self.by_node:
            fn.refs.append(self.by_node[u.decl])
        elif isinstance(u, T.Var) and not u.is_global and not u.is_field:
            owner = self.var_func.get(u)
            if owner is not None and owner is not fn:
                self._capture(fn, u, n)

    def _capture(self, fn, v, ident) -> None:
        if all(cv is not v for cv, _ in fn.closure_vars):
            fn.closure_vars.append((v, ident))

    def assignment(self, n: ast.AssignStmt) -> None:
        if n.op == ":=" and len(n.lhs) == len(n.rhs):
            for l, r in zip(n.lhs, n.rhs):
                v = self.info.defs.get(l)
                if isinstance(v, T.Var):
                    self.static_rhs[v] = r
        if n.op in ("=", ":="):
            for l in n.lhs:
                if isinstance(l, ast.Ident) and self.info.defs.get(l) is None:
                    v = self.info.uses.get(l)
                    if isinstance(v, T.Var):
                        self.reassigned.add(v)

    def _outer_var(self, x):
        while True:
            if isinstance(x, ast.ParenExpr):
                x = x.x
            elif isinstance(x, ast.SelectorExpr) and self.info.selections.get(x) is not None:
                x = x.x
            elif isinstance(x, ast.IndexExpr):
                t = self.info.types.get(x.x)
                if t is None or not isinstance(t.type.underlying(), T.Array):
                    return None
                x = x.x
            else:
                break
        if isinstance(x, ast.Ident):
            v = self.info.uses.get(x)
            return v if isinstance(v, T.Var) else None
        return None


def _func_name(d: ast.FuncDecl, obj) -> str:
    if d.recv is None:
        return d.name.name
    rt = obj.type.recv.type if obj.type.recv is not None else None
    if isinstance(rt, T.Pointer):
        return f"(*{rt.elem.obj.name}).{d.name.name}" if isinstance(rt.elem, T.Named) else d.name.name
    if isinstance(rt, T.Named):
        return f"{rt.obj.name}.{d.name.name}"
    return d.name.name
