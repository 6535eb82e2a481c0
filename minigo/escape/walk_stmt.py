"""Statements (Go's ``escape/stmt.go`` and ``assign.go``): where values are stored.

Stores into local variables, their fields and *array* elements stay local;
stores through pointers, into slice elements, into maps and on channels are
stores to the heap. Loops raise the loop depth, so a pointer kept from one
iteration to the next outlives the variable it points at.
"""
from __future__ import annotations

from ..syntax import ast
from .irfmt import ir_pos
from .typeinfo import has_pointers


class StmtMixin:
    def stmts(self, stmts) -> None:
        for s in stmts:
            self.stmt(s)

    def block(self, stmts) -> None:
        old = self.loop_depth
        self.stmts(stmts)
        self.loop_depth = old

    def stmt(self, n) -> None:
        if n is None:
            return
        self.b.current_pos = n.pos
        if isinstance(n, ast.Block):
            self.block(n.stmts)
        elif isinstance(n, ast.ExprStmt):
            x = _unparen(n.x)
            if isinstance(x, ast.CallExpr) and not self.is_conversion(x):
                self.call(None, x)
            else:
                self.discard(x)
        elif isinstance(n, ast.DeclStmt):
            if n.decl.tok == "var":
                for spec in n.decl.specs:
                    self.var_spec(spec)
        elif isinstance(n, ast.LabeledStmt):
            if self.labels.get(n.label.name) == "looping":
                self.loop_depth += 1
            self.stmt(n.stmt)
        elif isinstance(n, ast.IfStmt):
            self.stmt(n.init)
            self.discard(n.cond)
            self.block(n.body.stmts)
            if isinstance(n.else_, ast.Block):
                self.block(n.else_.stmts)
            elif n.else_ is not None:
                self.block([n.else_])
        elif isinstance(n, ast.ForStmt):
            self.stmt(n.init)
            self.loop_depth += 1
            self.discard(n.cond)
            self.stmt(n.post)
            self.block(n.body.stmts)
            self.loop_depth -= 1
        elif isinstance(n, ast.RangeStmt):
            self.range_stmt(n)
        elif isinstance(n, ast.SwitchStmt):
            self.stmt(n.init)
            tag_t = self.type_of(n.tag) if n.tag is not None else None
            self.discard(n.tag)
            for cas in n.clauses:
                for e in cas.list or ():
                    self.discard(self.conv(e, tag_t) if tag_t is not None else e)
                self.block(cas.body)
        elif isinstance(n, ast.TypeSwitchStmt):
            self.stmt(n.init)
            ks = []
            for cas in n.clauses:
                cv = self.info.implicits.get(cas)
                if cv is None or n.bind is None:
                    continue
                k = self.dcl(cv)
                if has_pointers(cv.type):
                    ks.append(k.dot_type(cv.type, cas, "switch case"))
            self.expr(self.tee_hole(*ks), n.x)
            for cas in n.clauses:
                self.block(cas.body)
        elif isinstance(n, ast.SelectStmt):
            for cas in n.clauses:
                self.comm(cas.comm)
                self.block(cas.body)
        elif isinstance(n, ast.SendStmt):
            self.discard(n.chan)
            ct = self.type_of(n.chan).underlying()
            self.assign_heap(self.conv(n.value, ct.elem), "send", n)
        elif isinstance(n, ast.IncDecStmt):
            self.assign_list([n.x], [None], "assign", n)
        elif isinstance(n, ast.AssignStmt):
            self.assign_stmt(n)
        elif isinstance(n, ast.ReturnStmt):
            self.return_stmt(n)
        elif isinstance(n, (ast.GoStmt, ast.DeferStmt)):
            self.go_defer(n)
        # EmptyStmt, BranchStmt: nothing flows

    def comm(self, c) -> None:
        if c is None:
            return
        if isinstance(c, ast.AssignStmt):  # v[, ok] = <-c: OSELRECV2
            recv = _unparen(c.rhs[0])
            self.declare(c)
            ks = self.addrs(list(c.lhs))
            self.discard(recv.x)
            self.reassigned(ks, c)
            return
        self.stmt(c)

    def var_spec(self, spec: ast.ValueSpec) -> None:
        vars_ = [self.info.defs.get(name) for name in spec.names]
        for v in vars_:
            if v is not None:
                self.dcl(v)
                self.defn[v] = spec
        if not spec.values:
            return  # zero-value initialization: not a reassignment
        dsts = [v if v is not None else None for v in vars_]
        if len(spec.values) == 1 and len(spec.names) > 1:
            self.assign_multi(dsts, spec.values[0], spec)
            return
        # a boxed constant is positioned at the declaration, anything else at itself
        srcs = [self.conv(e, v.type if v is not None else None,
                          spec.names[0].pos if self.mode_of(_unparen(e)) == "constant" else ir_pos(e))
                for e, v in zip(spec.values, vars_)]
        self.assign_list(dsts, srcs, "assign-pair" if len(dsts) > 1 else "assign", spec)

    def declare(self, n: ast.AssignStmt) -> None:
        if n.op == ":=":
            for lhs in n.lhs:
                v = self.info.defs.get(lhs) if isinstance(lhs, ast.Ident) else None
                if v is not None:
                    self.dcl(v)
                    self.defn[v] = n

    def assign_stmt(self, n: ast.AssignStmt) -> None:
        self.declare(n)
        if n.op not in ("=", ":="):  # x op= y
            self.assign_list([n.lhs[0]], [n.rhs[0]], "assign", n)
            return
        if len(n.rhs) == 1 and len(n.lhs) > 1:
            self.assign_multi(list(n.lhs), n.rhs[0], n)
            return
        srcs = [self.conv(r, self.lhs_type(l), self.stmt_start(n)) for l, r in zip(n.lhs, n.rhs)]
        self.assign_list(list(n.lhs), srcs, "assign-pair" if len(n.lhs) > 1 else "assign", n)

    def assign_multi(self, dsts, rhs, where) -> None:
        """v, ok = m[k] / x.(T) / <-c, or a, b = f()."""
        rhs = _unparen(rhs)
        if isinstance(rhs, ast.CallExpr) and not self.is_conversion(rhs):
            ks = self.addrs(dsts)
            self.call(ks, rhs)
            self.reassigned(ks, where)
            return
        why = "assign-pair-mapr"
        if isinstance(rhs, ast.TypeAssertExpr):
            why = "assign-pair-dot-type"
        elif isinstance(rhs, ast.UnaryExpr) and rhs.op == "<-":
            why = "assign-pair-receive"
        self.assign_list(dsts, [rhs], why, where)

    def lhs_type(self, lhs):
        if isinstance(lhs, ast.Ident) and lhs.name == "_":
            return None
        v = self.info.defs.get(lhs) if isinstance(lhs, ast.Ident) else None
        return v.type if v is not None else self.type_of(lhs)

    def stmt_start(self, n):
        return n.lhs[0].pos if isinstance(n, ast.AssignStmt) else n.pos

    def return_stmt(self, n: ast.ReturnStmt) -> None:
        results = self.curfn.results
        srcs = list(n.results)
        if len(srcs) == 1 and len(results) > 1:  # return f(): through temporaries
            srcs = self.multi_value_temps(srcs[0])
        srcs = [self.conv(e, v.type, ir_pos(e)) for e, v in zip(srcs, results)]
        self.assign_list(list(results), srcs, "return", n)

    def range_stmt(self, n: ast.RangeStmt) -> None:
        tmp = self.new_loc(None, False)
        self.expr(tmp.as_hole(), n.x)
        self.loop_depth += 1
        dsts = [n.key, n.value]
        if n.define:
            dsts = [self.info.defs.get(d) if isinstance(d, ast.Ident) else None for d in dsts]
            for v in dsts:
                if v is not None:
                    self.defn[v] = n
        ks = self.addrs(dsts)
        xt = self.type_of(n.x).underlying()
        from ..types import types as T
        if isinstance(xt, T.Array):
            self.flow(ks[1].note(n, "range"), tmp)
        else:
            self.flow(ks[1].deref(n, "range-deref"), tmp)
        self.reassigned(ks, n)
        self.block(n.body.stmts)
        self.loop_depth -= 1

    # ------------------------------------------------------------ assignments

    def addr(self, n):
        """A hole for storing into the location n denotes (Go's escape.addr)."""
        b = self.b
        if n is None:
            return b.discard_hole()
        if not isinstance(n, ast.Node):  # a Var: a declared variable or a result
            return self.b.loc_of(n).as_hole() if n in self.b.locs else b.discard_hole()
        n = _unparen(n)
        if isinstance(n, ast.Ident):
            if n.name == "_":
                return b.discard_hole()
            v = self.info.uses.get(n) or self.info.defs.get(n)
            if v is None or getattr(v, "is_global", False) or v not in b.locs:
                return b.heap_hole()
            return b.loc_of(v).as_hole()
        k = b.heap_hole()
        if isinstance(n, ast.SelectorExpr):
            steps = self.field_steps(n)
            if any(ptr for ptr in steps):  # through a pointer: ODOTPTR
                self.discard(n)
                return k
            return self.addr(n.x)
        if isinstance(n, ast.IndexExpr):
            from ..types import types as T
            xt = self.type_of(n.x).underlying()
            if isinstance(xt, T.Map):
                self.discard(n.x)
                self.assign_heap(self.conv(n.index, xt.key, n.pos), "key of map put", n)
                return k
            self.discard(n.index)
            if isinstance(xt, T.Array):
                return self.addr(n.x)
            self.discard(n.x)
            return k
        if isinstance(n, ast.StarExpr):
            self.discard(n)
            return k
        return k

    def addrs(self, ns):
        return [self.addr(n) for n in ns]

    def assign_heap(self, src, why: str, where) -> None:
        self.expr(self.b.heap_hole().note(where, why), src)

    def assign_list(self, dsts, srcs, why: str, where) -> None:
        ks = self.addrs(dsts)
        for i, k in enumerate(ks):
            src = srcs[i] if i < len(srcs) else None
            dst = dsts[i]
            if src is not None and dst is not None and isinstance(dst, ast.Node) and self.is_self_assign(dst, src):
                self.b.warn(ir_pos(where), f"{self.curfn.name} ignoring self-assignment in {self.b.fmt(where)}")
                k = self.b.discard_hole()
            self.expr(k.note(where, why), src)
        self.reassigned(ks, where)

    def reassigned(self, ks, where) -> None:
        for k in ks:
            loc = k.dst
            v = loc.var
            if v is not None and self.defn.get(v) is where and not isinstance(where, ast.RangeStmt):
                continue
            if loc is self.b.blank_loc or loc is self.b.heap_loc:
                continue
            loc.reassigned = True

    def is_self_assign(self, dst, src) -> bool:
        dst, src = _unparen(dst), _unparen(src)
        if isinstance(src, ast.SliceExpr) and isinstance(dst, (ast.SelectorExpr, ast.StarExpr)):
            # b.buf = b.buf[1:2] through a pointer (isSliceSelfAssign)
            if any(self.field_steps(dst)) if isinstance(dst, ast.SelectorExpr) else True:
                return _same_safe(dst, _unparen(src.x))
            return False
        if type(dst) is not type(src):
            return False
        if isinstance(dst, ast.SelectorExpr):
            return _same_safe(dst.x, src.x)
        if isinstance(dst, ast.IndexExpr):
            if _may_affect_memory(dst.index) or _may_affect_memory(src.index):
                return False
            return _same_safe(dst.x, src.x)
        return False


def _unparen(e):
    while isinstance(e, ast.ParenExpr):
        e = e.x
    return e


def _same_safe(a, b) -> bool:
    a, b = _unparen(a), _unparen(b)
    if type(a) is not type(b):
        return False
    if isinstance(a, ast.Ident):
        return a.name == b.name and a.name != "_"
    if isinstance(a, ast.SelectorExpr):
        return a.sel.name == b.sel.name and _same_safe(a.x, b.x)
    if isinstance(a, ast.StarExpr):
        return _same_safe(a.x, b.x)
    if isinstance(a, ast.IndexExpr):
        return _same_safe(a.x, b.x) and _same_safe(a.index, b.index)
    if isinstance(a, ast.BasicLit):
        return a.value == b.value
    return False


def _may_affect_memory(n) -> bool:
    n = _unparen(n)
    if isinstance(n, (ast.Ident, ast.BasicLit)):
        return False
    if isinstance(n, ast.BinaryExpr):
        return _may_affect_memory(n.x) or _may_affect_memory(n.y)
    if isinstance(n, ast.UnaryExpr) and n.op != "<-":
        return _may_affect_memory(n.x)
    return True
