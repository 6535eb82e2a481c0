"""What the compiler must know about each local variable before emitting its function:
is its address taken, is it captured by a closure, is it assigned after its declaration.

A scalar variable that is address-taken, or captured and assigned, lives in a Box (a
storage location pointers and closures can share); others are plain Python locals.
Struct and array variables never need a Box: their object is their storage.
"""
from __future__ import annotations

from ..syntax import ast
from ..types import types as T


class VarFacts:
    def __init__(self) -> None:
        self.addressed: set = set()   # Vars whose address is taken (&x, x.f, x[i] of arrays, pointer methods)
        self.assigned: set = set()    # Vars assigned after their declaration
        self.captured: set = set()    # Vars used inside a func literal declared outside it
        self.mutated: set = set()     # Vars assigned as a whole or through fields/elements (x.f = 1)
        self.decl_depth: dict = {}    # Var -> func literal nesting depth of its declaration

    def boxed(self, v) -> bool:
        if is_aggregate(v.type):
            return False
        return v in self.addressed or (v in self.captured and v in self.assigned)


def is_aggregate(t) -> bool:
    return isinstance(t.underlying(), (T.Struct, T.Array))


def scan_function(body, params: list, info) -> VarFacts:
    facts = VarFacts()
    _Scanner(info, facts).run(body, params)
    return facts


def addressed_globals(decls, info) -> set:
    """Package variables whose address is taken anywhere in the file."""
    facts = VarFacts()
    _Scanner(info, facts, globals_too=True).walk(decls)
    return {v for v in facts.addressed if v.is_global}


class _Scanner:
    def __init__(self, info, facts: VarFacts, globals_too: bool = False) -> None:
        self.info = info
        self.facts = facts
        self.depth = 0
        self.globals_too = globals_too

    def run(self, body, params) -> None:
        for v in params:
            self.facts.decl_depth[v] = 0
        self.walk(body)

    def var_of(self, e):
        while isinstance(e, ast.ParenExpr):
            e = e.x
        if isinstance(e, ast.Ident):
            obj = self.info.uses.get(e) or self.info.defs.get(e)
            if isinstance(obj, T.Var) and (self.globals_too or not obj.is_global) and not obj.is_field:
                return obj
        return None

    def root_var(self, e):
        """The variable an addressable expression lives in (x in x.f[2].g), if any."""
        while True:
            while isinstance(e, ast.ParenExpr):
                e = e.x
            if isinstance(e, ast.SelectorExpr):
                sel = self.info.selections.get(e)
                if sel is None or sel.indirect:
                    return None
                xt = self.info.types[e.x].type
                if isinstance(xt.underlying(), T.Pointer):
                    return None
                e = e.x
            elif isinstance(e, ast.IndexExpr):
                xt = self.info.types[e.x].type.underlying()
                if not isinstance(xt, T.Array):
                    return None
                e = e.x
            else:
                return self.var_of(e)

    def assign_target(self, e) -> None:
        v = self.var_of(e)
        if v is not None:
            self.facts.assigned.add(v)
        v = self.root_var(e)
        if v is not None:
            self.facts.mutated.add(v)

    def walk(self, n) -> None:
        if n is None:
            return
        if isinstance(n, (tuple, list)):
            for x in n:
                self.walk(x)
            return
        if not isinstance(n, ast.Node):
            return
        f = self.facts
        if isinstance(n, ast.Ident):
            obj = self.info.defs.get(n)
            if isinstance(obj, T.Var) and not obj.is_field:
                f.decl_depth.setdefault(obj, self.depth)
            else:
                obj = self.info.uses.get(n)
                if isinstance(obj, T.Var) and obj in f.decl_depth and f.decl_depth[obj] < self.depth:
                    f.captured.add(obj)
            return
        if isinstance(n, ast.FuncLit):
            self.depth += 1
            for fld in n.type.params + n.type.results:
                for name in fld.names:
                    obj = self.info.defs.get(name)
                    if obj is not None:
                        f.decl_depth[obj] = self.depth
            self.walk(n.body)
            self.depth -= 1
            return
        if isinstance(n, ast.UnaryExpr) and n.op == "&":
            v = self.root_var(n.x)
            if v is not None:
                f.addressed.add(v)
                f.mutated.add(v)
        elif isinstance(n, ast.SelectorExpr):
            sel = self.info.selections.get(n)
            if sel is not None and sel.kind == "method":
                recv = sel.obj.type.recv
                if recv is not None and isinstance(recv.type, T.Pointer) \
                        and not isinstance(self.info.types[n.x].type.underlying(), T.Pointer):
                    v = self.root_var(n.x)
                    if v is not None:
                        f.addressed.add(v)
                        f.mutated.add(v)
        elif isinstance(n, ast.SliceExpr):
            if isinstance(self.info.types[n.x].type.underlying(), T.Array):
                v = self.root_var(n.x)
                if v is not None:
                    f.addressed.add(v)
                    f.mutated.add(v)
        elif isinstance(n, ast.AssignStmt) and n.op != ":=":
            for x in n.lhs:
                self.assign_target(x)
        elif isinstance(n, ast.AssignStmt):
            for x in n.lhs:  # := redeclaring an existing variable assigns it
                if isinstance(x, ast.Ident) and x not in self.info.defs:
                    self.assign_target(x)
        elif isinstance(n, ast.IncDecStmt):
            self.assign_target(n.x)
        elif isinstance(n, ast.RangeStmt) and not n.define:
            self.assign_target(n.key)
            self.assign_target(n.value)
        for name in n.__dataclass_fields__:
            if name in ("pos",):
                continue
            self.walk(getattr(n, name))
