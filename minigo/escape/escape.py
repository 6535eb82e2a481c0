"""The per-function walker (Go's ``escape`` struct): builds graph edges for one body.

It combines the statement, expression and call rules with the primitives they
share: ``flow`` (add an edge, or mark a variable escaping at once when its
address flows to the heap), ``spill`` (a location for an allocating
expression), ``tee_hole`` (one value, several destinations), ``later``.
"""
from __future__ import annotations

from ..syntax import ast
from .walk_call import CallMixin
from .walk_expr import ExprMixin
from .walk_stmt import StmtMixin


class Escape(StmtMixin, ExprMixin, CallMixin):
    def __init__(self, b, fn) -> None:
        self.b = b
        self.info = b.info
        self.curfn = fn
        self.loop_depth = 1
        self.labels: dict[str, str] = {}
        self.defn = b.defn  # Var -> the statement that declared and assigned it

    # ------------------------------------------------------------ primitives

    def new_loc(self, n, transient: bool):
        return self.b.new_loc(n, self.curfn, self.loop_depth, transient)

    def flow(self, k, src) -> None:
        self.b.flow(k, src)

    def spill(self, k, n):
        loc = self.new_loc(n, True)
        self.flow(k.addr(n, "spill"), loc)
        return loc.as_hole()

    def later(self, k):
        loc = self.new_loc(None, False)
        self.flow(k, loc)
        return loc.as_hole()

    def tee_hole(self, *ks):
        if not ks:
            return self.b.discard_hole()
        if len(ks) == 1:
            return ks[0]
        loc = self.new_loc(None, True)
        for k in ks:
            assert k.derefs >= 0, "teeHole: negative derefs"
            self.flow(k, loc)
        return loc.as_hole()

    def dcl(self, v):
        loc = self.b.loc_of(v)
        loc.loop_depth = self.loop_depth
        return loc.as_hole()

    # ------------------------------------------------------------ bodies

    def walk_func(self) -> None:
        fn = self.curfn
        if getattr(fn, "init_specs", None) is not None:  # the package's init function
            for spec in fn.init_specs:
                for name, value in zip(spec.names, spec.values):
                    v = self.info.defs.get(name)
                    self.assign_heap(self.conv(value, v.type if v is not None else None, name.pos), "assign", spec)
            return
        fn.irgen_temps = self.count_irgen_temps(fn.body)
        self.find_looping_labels(fn.body)
        self.block(fn.body.stmts)

    def count_irgen_temps(self, body) -> int:
        """How many temporaries the noder makes in this body (see walk_call)."""
        from ..types import types as T
        from .walk_call import _has_call_or_recv
        from .walk_stmt import _unparen
        count = 0
        for n in self.b.preorder(body):
            args = None
            if isinstance(n, ast.CallExpr):
                args = n.args
                fun = _unparen(n.fun)
                x = fun.x if isinstance(fun, ast.SelectorExpr) and self.info.selections.get(fun) is not None else fun
                if self.mode_of(fun) not in ("typexpr", "builtin") and _has_call_or_recv(x):
                    count += 1
            elif isinstance(n, ast.ReturnStmt):
                args = n.results
            if args is not None and len(args) == 1:
                t = self.type_of(args[0])
                if isinstance(t, T.Tuple):
                    count += len(t.vars)
        return count

    def find_looping_labels(self, body) -> None:
        """A label is looping if a goto after it jumps back to it (an unstructured loop)."""
        seen = set()
        for n in self.b.preorder(body):
            if isinstance(n, ast.LabeledStmt):
                seen.add(n.label.name)
                self.labels.setdefault(n.label.name, "nonlooping")
            elif isinstance(n, ast.BranchStmt) and n.tok == "goto" and n.label is not None:
                if n.label.name in seen:
                    self.labels[n.label.name] = "looping"

    def closure(self, k, n: ast.FuncLit) -> None:
        b = self.b
        fn = b.func_of_lit(n)
        k = self.spill(k, n)
        b.closures.append((k, n))
        for v, _ in fn.closure_vars:
            loc = b.loc_of(v)
            if not loc.captured:
                loc.captured = True
                # ignore reassignments in straight-line code before the first capture
                if loc.loop_depth == self.loop_depth:
                    loc.reassigned = False
        Escape(b, fn).walk_func()
