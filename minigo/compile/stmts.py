"""Statements.  Every statement starts with its stop point, ``if _T[k]: yield k``: one list
lookup when no one is stepping, a yield to the debugger when the point is armed.

Control flow maps onto Python's: ``for`` and ``range`` are Python loops whose back-edge
counts down the preemption quantum; ``switch`` and ``select`` run inside a one-shot
``while True`` so ``break`` leaves them; a labelled ``break``/``continue`` that must leave
several Python loops sets ``_j`` and breaks outwards until the target loop handles it.
"""
from __future__ import annotations

from contextlib import contextmanager

from ..syntax import ast
from ..types import types as T
from .typeinfo import is_aggregate, is_interface


def _blank(x) -> bool:
    return isinstance(x, ast.Ident) and x.name == "_"


def _blank_var(v) -> bool:
    return v is None or v.name == "_"


class _Level:
    """One Python loop: a Go for/range (``loop``) or a one-shot switch/select block."""
    __slots__ = ("node", "loop", "post", "passing", "mark")

    def __init__(self, node, loop: bool, post, mark: int):
        self.node, self.loop, self.post, self.mark = node, loop, post, mark
        self.passing: list = []  # (jump id, target level, kind) of jumps leaving through here


class StmtMixin:
    def block_stmts(self, stmts) -> None:
        for s in stmts:
            self.stmt(s)

    def stop_point(self, pos) -> None:
        self.e.at(pos)
        k = self.stop(pos)
        self.e.stop = k
        self.e.line(f"if _T[{k}]: yield {k}")

    def stmt(self, s, stop: bool = True) -> None:
        e = self.e
        if isinstance(s, ast.EmptyStmt):
            return
        if isinstance(s, ast.Block):
            self.block_stmts(s.stmts)
            return
        if isinstance(s, ast.LabeledStmt):
            self.fs.labels[s.label.name] = s.stmt
            self.stmt(s.stmt)
            return
        if stop:
            self.stop_point(s.pos)
        else:
            e.at(s.pos)
        meth = getattr(self, "s_" + type(s).__name__)
        meth(s)

    # ------------------------------------------------------------ simple statements

    def s_ExprStmt(self, s) -> None:
        self.e.line(self.expr(s.x, stmt=True))

    def s_SendStmt(self, s) -> None:
        ct = self.info.types[s.chan].type.underlying()
        c = self.expr(s.chan)
        v = self.value(s.value, ct.elem)
        self.e.line(f"yield from _send({c}, {v})")

    def s_IncDecStmt(self, s) -> None:
        op = "+" if s.op == "++" else "-"
        t = self.info.types[s.x].type
        self.op_assign(s.x, op, None, t, one=True)

    def s_DeclStmt(self, s) -> None:
        d = s.decl
        if d.tok != "var":
            return
        for spec in d.specs:
            self.var_spec(spec)

    def var_spec(self, spec) -> None:
        vars_ = [self.info.defs.get(n) for n in spec.names]
        if not spec.values:
            for v in vars_:
                if not _blank_var(v):
                    self.declare_var(v, self.zero(v.type))
            return
        codes = self.rhs_codes([v.type if v is not None else None for v in vars_], spec.values)
        self.store_all(vars_, codes, _blank_var, self.declare_var)

    def global_spec(self, spec) -> None:
        if not spec.values:
            return
        vars_ = [self.info.defs.get(n) for n in spec.names]
        codes = self.rhs_codes([v.type if v is not None else None for v in vars_], spec.values)
        self.store_all(vars_, codes, _blank_var, self.store_global)

    def rhs_codes(self, types: list, rhs) -> list[str]:
        """The values for len(types) targets from rhs — one multi-value expression or one
        expression per target — converted to each target's type.  With several targets each
        value is evaluated into a temporary first, so all are computed before any store."""
        n = len(types)
        if len(rhs) == 1 and n > 1:
            tmp = self.fs.temp()
            self.e.line(f"{tmp} = {self.multi_expr(rhs[0], n)}")
            return [self.convert(f"{tmp}[{i}]", self.tuple_type(rhs[0], i), t) for i, t in enumerate(types)]
        codes = [self.value(r, t) for r, t in zip(rhs, types)]
        return self.temps(codes) if n > 1 else codes

    def temps(self, codes: list[str]) -> list[str]:
        out = []
        for c in codes:
            tmp = self.fs.temp()
            self.e.line(f"{tmp} = {c}")
            out.append(tmp)
        return out

    def store_all(self, targets, codes, blank, store) -> None:
        """store(target, code) for each target; a lone blank target still evaluates its value."""
        for x, c in zip(targets, codes):
            if blank(x):
                if len(targets) == 1:
                    self.e.line(c)
            else:
                store(x, c)

    def store_global(self, v, code: str) -> None:
        name = self.global_vars[v]
        if v in self.boxed_globals:
            self.e.line(f"{name}.v = {code}")
        elif is_aggregate(v.type):
            self.e.line(f"_ci[{self.tid(v.type)}]({name}, {code})")
        else:
            self.fs.globals_assigned.add(name)
            self.e.line(f"{name} = {code}")

    # ------------------------------------------------------------ assignment

    def s_AssignStmt(self, s) -> None:
        if s.op == ":=":
            self.define(s)
        elif s.op == "=":
            self.assign(s.lhs, s.rhs)
        else:
            t = self.info.types[s.lhs[0]].type
            self.op_assign(s.lhs[0], s.op[:-1], s.rhs[0], t)

    def define(self, s) -> None:
        codes = self.rhs_codes([self._lhs_type(x) for x in s.lhs], s.rhs)

        def store(x, code):
            v = self.info.defs.get(x)
            if v is not None:
                self.declare_var(v, code)
            else:  # := redeclaring a variable of the same scope assigns it
                self.store(x, code)
        self.store_all(s.lhs, codes, _blank, store)

    def _lhs_type(self, x):
        if _blank(x):
            return None
        obj = self.info.defs.get(x) if isinstance(x, ast.Ident) else None
        if obj is not None:
            return obj.type
        return self.info.types[x].type if x in self.info.types else None

    def assign(self, lhs, rhs) -> None:
        """Go's two phases: index operands of the left and the right-hand sides are
        evaluated in order, then the stores happen left to right."""
        places = {i: self.place(x) for i, x in enumerate(lhs) if not _blank(x)}
        codes = self.rhs_codes([self._lhs_type(x) for x in lhs], rhs)
        self.store_all(list(range(len(lhs))), codes, lambda i: i not in places, lambda i, c: places[i].store(c))

    def store(self, x, code: str) -> None:
        self.place(x).store(code)

    def op_assign(self, x, op: str, y, t, one=False) -> None:
        p = self.place(x)
        cur = p.load()
        if one:
            rhs_code = "1"
        elif op not in ("<<", ">>") and self.info.types[y].val is not None:
            rhs_code = self.const_code(y, t)  # an untyped constant takes x's type
        else:
            rhs_code = self.expr(y)
        p.store(self.binary_code(op, cur, rhs_code, t))

    # ------------------------------------------------------------ control flow

    def s_IfStmt(self, s) -> None:
        e = self.e
        if s.init is not None:
            self.stmt(s.init, stop=False)
        e.line(f"if {self.expr(s.cond)}:")
        e.push()
        self.block_body(s.body.stmts)
        e.pop()
        if s.else_ is not None:
            e.line("else:")
            e.push()
            if isinstance(s.else_, ast.IfStmt):
                self.stmt(s.else_)
            else:
                self.block_body(s.else_.stmts)
            e.pop()

    def block_body(self, stmts) -> None:
        mark = self.e.mark()
        self.block_stmts(stmts)
        if self.e.mark() == mark:
            self.e.line("pass")

    def s_ForStmt(self, s) -> None:
        e = self.e
        if s.init is not None:
            self.stmt(s.init, stop=False)
        cond = self.expr(s.cond) if s.cond is not None else "True"
        mark = e.mark()
        e.line(f"while {cond}:")
        e.push()
        level = _Level(s, True, s.post, mark)
        self.fs.loops.append(level)
        self.block_body(s.body.stmts)
        if s.post is not None:
            self.stmt(s.post)
        self.back_edge()
        self.fs.loops.pop()
        e.pop()
        self.after_loop(level)

    def back_edge(self) -> None:
        self.fs.has_loop = True
        self.e.line("_q -= 1")
        self.e.line("if _q < 0: _q = _QUANTUM; yield _preempt()")

    def after_loop(self, level: _Level) -> None:
        """Handle labelled jumps that left the Python loop just closed."""
        if not level.passing:
            return
        e = self.e
        e.insert(level.mark, ("_j = 0",))
        parent = self.fs.loops[-1] if self.fs.loops else None
        for jid, target, kind in level.passing:
            if target is parent:
                e.line(f"if _j == {jid}:")
                e.push()
                e.line("_j = 0")
                if kind == "break":
                    e.line("break")
                else:
                    if target.post is not None:
                        self.stmt(target.post)
                    self.back_edge()
                    e.line("continue")
                e.pop()
        if any(target is not parent for _, target, _ in level.passing):
            e.line("if _j: break")

    def s_RangeStmt(self, s) -> None:
        e = self.e
        xt = self.info.types[s.x].type.underlying()
        x = self.expr(s.x)
        key = s.key if s.key is not None and not (isinstance(s.key, ast.Ident) and s.key.name == "_") else None
        val = s.value if s.value is not None and not (isinstance(s.value, ast.Ident) and s.value.name == "_") else None
        mark = e.mark()
        src = self.fs.temp()
        idx = self.fs.temp()
        if isinstance(xt, T.Pointer):
            xt = xt.elem.underlying()
        if isinstance(xt, T.Basic) and xt.info & T.STRING:
            e.line(f"for {idx}, {src} in _range_str({x}):")
            items = [(key, idx, T.Int), (val, src, T.Rune)]
        elif isinstance(xt, T.Basic):  # range over an integer: not in Go 1.19
            e.line(f"for {idx} in range({x}):")
            items = [(key, idx, T.Int)]
        elif isinstance(xt, T.Slice):
            e.line(f"{src} = {x}")
            mark = e.mark()
            e.line(f"for {idx} in range({src}.n):")
            items = [(key, idx, T.Int), (val, f"{src}.a[{src}.o + {idx}]", xt.elem)]
        elif isinstance(xt, T.Array):
            if val is not None:
                e.line(f"{src} = {self.copy_code(x, xt)}")
            else:
                e.line(f"{src} = {x}")
            mark = e.mark()
            e.line(f"for {idx} in range({xt.len}):")
            items = [(key, idx, T.Int), (val, f"{src}[{idx}]", xt.elem)]
        elif isinstance(xt, T.Map):
            e.line(f"{src} = {x}")
            mark = e.mark()
            e.line(f"for {idx} in list({src}):")
            e.push()
            e.line(f"if {idx} not in {src}: continue")
            e.pop()
            items = [(key, idx, xt.key), (val, f"{src}[{idx}]", xt.elem)]
        elif isinstance(xt, T.Chan):
            e.line(f"{src} = {x}")
            mark = e.mark()
            ok = self.fs.temp()
            e.line("while True:")
            e.push()
            e.line(f"{idx}, {ok} = yield from _recv({src})")
            e.line(f"if not {ok}: break")
            e.pop()
            items = [(key, idx, xt.elem)]
        else:
            raise NotImplementedError(f"range over {xt}")
        e.push()
        level = _Level(s, True, None, mark)
        self.fs.loops.append(level)
        for target, code, t in items:
            if target is None:
                continue
            if is_aggregate(t):
                code = self.copy_code(code, t)
            if s.define:
                v = self.info.defs.get(target)
                if v is not None:
                    self.declare_var(v, code)
            else:
                self.store(target, code)
        self.block_body(s.body.stmts)
        self.back_edge()
        self.fs.loops.pop()
        e.pop()
        self.after_loop(level)

    def s_BranchStmt(self, s) -> None:
        e = self.e
        if s.tok == "fallthrough":
            e.line("_ft = True")
            return
        if s.tok == "goto":
            raise NotImplementedError("goto")
        loops = self.fs.loops
        if s.label is not None:
            target_node = self._label_target(s)
            ti = max(i for i, lv in enumerate(loops) if lv.node is target_node)
        elif s.tok == "break":
            ti = len(loops) - 1
        else:
            ti = max(i for i, lv in enumerate(loops) if lv.loop)
        target = loops[ti]
        if ti == len(loops) - 1:
            if s.tok == "break":
                e.line("break")
            else:
                if target.post is not None:
                    self.stmt(target.post)
                self.back_edge()
                e.line("continue")
            return
        self.jumps = getattr(self, "jumps", 0) + 1
        jid = self.jumps
        for lv in loops[ti + 1:]:
            lv.passing.append((jid, target, s.tok))
        e.line(f"_j = {jid}")
        e.line("break")

    @contextmanager
    def one_shot(self, s):
        """switch and select run inside a one-shot ``while True:`` so that ``break`` leaves them."""
        e = self.e
        mark = e.mark()
        e.line("while True:")
        e.push()
        level = _Level(s, False, None, mark)
        self.fs.loops.append(level)
        yield
        e.line("break")
        self.fs.loops.pop()
        e.pop()
        self.after_loop(level)

    def _label_target(self, s):
        return self.fs.labels[s.label.name]

    def s_SwitchStmt(self, s) -> None:
        e = self.e
        if s.init is not None:
            self.stmt(s.init, stop=False)
        with self.one_shot(s):
            tag = None
            tag_t = None
            if s.tag is not None:
                tag = self.fs.temp()
                tag_t = self.info.types[s.tag].type
                e.line(f"{tag} = {self.expr(s.tag)}")
            conds = []
            for c in s.clauses:
                if c.list is None:
                    conds.append(None)
                    continue
                parts = []
                for x in c.list:
                    if tag is None:
                        parts.append(self.expr(x))
                    else:
                        parts.append(self.compare_code("==", tag, tag_t, x))
                conds.append(" or ".join(f"({p})" for p in parts))
            fall = any(c.body and isinstance(c.body[-1], ast.BranchStmt) and c.body[-1].tok == "fallthrough"
                       for c in s.clauses)
            if not fall:
                first = True
                default = None
                for c, cond in zip(s.clauses, conds):
                    if cond is None:
                        default = c
                        continue
                    e.line(f"{'if' if first else 'elif'} {cond}:")
                    first = False
                    e.push()
                    self.block_body(c.body)
                    e.pop()
                if default is not None:
                    self.default_clause(first, default.body)
            else:
                sel = self.fs.temp()
                first = True
                default_i = -1
                for i, cond in enumerate(conds):
                    if cond is None:
                        default_i = i
                        continue
                    e.line(f"{'if' if first else 'elif'} {cond}: {sel} = {i}")
                    first = False
                if first:
                    e.line(f"{sel} = {default_i}")
                else:
                    e.line(f"else: {sel} = {default_i}")
                e.line("_ft = False")
                for i, c in enumerate(s.clauses):
                    e.line(f"if {sel} == {i} or _ft:")
                    e.push()
                    e.line("_ft = False")
                    self.block_body(c.body)
                    e.pop()

    def s_TypeSwitchStmt(self, s) -> None:
        e = self.e
        if s.init is not None:
            self.stmt(s.init, stop=False)
        with self.one_shot(s):
            x = self.fs.temp()
            e.line(f"{x} = {self.expr(s.x)}")
            first = True
            default = None
            for c in s.clauses:
                if c.list is None:
                    default = c
                    continue
                tests = []
                types_ = []
                for te in c.list:
                    tv = self.info.types.get(te)
                    if tv is None or tv.type is T.UntypedNil or (tv.mode == "nil") or \
                            (isinstance(te, ast.Ident) and te.name == "nil" and tv.type is T.UntypedNil):
                        tests.append(f"{x} is None")
                        types_.append(None)
                    else:
                        tests.append(self.type_test(x, tv.type))
                        types_.append(tv.type)
                e.line(f"{'if' if first else 'elif'} {' or '.join(tests)}:")
                first = False
                e.push()
                self.bind_type_switch_var(c, x, types_)
                self.block_body(c.body)
                e.pop()
            if default is not None:
                self.default_clause(first, default.body, lambda: self.bind_type_switch_var(default, x, []))

    def bind_type_switch_var(self, clause, x: str, types_) -> None:
        v = self.info.implicits.get(clause)
        if v is None or v.name == "_":
            return
        if len(types_) == 1 and types_[0] is not None and not is_interface(types_[0]):
            self.declare_var(v, self.copy_code(f"{x}[1]", types_[0]) if is_aggregate(types_[0]) else f"{x}[1]")
        else:
            self.declare_var(v, x)

    def s_SelectStmt(self, s) -> None:
        e = self.e
        with self.one_shot(s):
            cases = []
            default = None
            comm_clauses = []
            for c in s.clauses:
                if c.comm is None:
                    default = c
                    continue
                comm = c.comm
                if isinstance(comm, ast.SendStmt):
                    ct = self.info.types[comm.chan].type.underlying()
                    cases.append(f"({self.expr(comm.chan)}, True, {self.value(comm.value, ct.elem)})")
                else:
                    rx = comm.x if isinstance(comm, ast.ExprStmt) else comm.rhs[0]
                    while isinstance(rx, ast.ParenExpr):
                        rx = rx.x
                    cases.append(f"({self.expr(rx.x)}, False, None)")
                comm_clauses.append(c)
            i, v, ok = self.fs.temp(), self.fs.temp(), self.fs.temp()
            e.line(f"{i}, {v}, {ok} = yield from _select([{', '.join(cases)}], {default is not None})")
            first = True
            for n, c in enumerate(comm_clauses):
                e.line(f"{'if' if first else 'elif'} {i} == {n}:")
                first = False
                e.push()
                comm = c.comm
                if isinstance(comm, ast.AssignStmt):
                    if comm.op == ":=":
                        for target, code in zip(comm.lhs, (v, ok)):
                            obj = self.info.defs.get(target)
                            if obj is not None and obj.name != "_":
                                self.declare_var(obj, code)
                    else:
                        for target, code in zip(comm.lhs, (v, ok)):
                            if not (isinstance(target, ast.Ident) and target.name == "_"):
                                self.store(target, code)
                self.block_body(c.body)
                e.pop()
            if default is not None:
                self.default_clause(first, default.body)

    def default_clause(self, alone: bool, body, prologue=None) -> None:
        """A default clause: the whole statement when it is alone, else the final ``else``."""
        e = self.e
        if not alone:
            e.line("else:")
            e.push()
        if prologue is not None:
            prologue()
        self.block_body(body)
        if not alone:
            e.pop()

    # ------------------------------------------------------------ functions

    def s_ReturnStmt(self, s) -> None:
        fs = self.fs
        sig = fs.sig
        rtypes = [v.type for v in sig.results.vars]
        if not s.results:
            self.emit_return(self.results_tuple() if fs.results and not fs.has_defer else None)
            return
        if not fs.has_defer and len(s.results) == 1 and len(rtypes) > 1 and \
                not any(self.needs_convert(a, b) for a, b in zip(self.tuple_types(s.results[0]), rtypes)):
            self.emit_return(self.multi_expr(s.results[0], len(rtypes)))  # the callee's tuple as is
            return
        codes = self.rhs_codes(rtypes, s.results)
        if fs.has_defer:
            self._store_results(codes)
            self.emit_return(None)
        else:
            self.emit_return(codes[0] if len(codes) == 1 else "(" + ", ".join(codes) + ")")

    def _store_results(self, codes) -> None:
        fs = self.fs
        for name, v, c in zip(fs.results, fs.result_vars, codes):
            if v is not None and fs.facts.boxed(v):
                self.e.line(f"{name}.v = {c}")
            else:
                self.e.line(f"{name} = {c}")

    def s_GoStmt(self, s) -> None:
        fn, args, name = self.call_parts(s.call)
        self.e.line(f"_go({fn}, ({''.join(a + ', ' for a in args)}), {name!r}, {self.fs.go_name!r}, {s.pos.line})")

    def s_DeferStmt(self, s) -> None:
        fn, args, _ = self.call_parts(s.call)
        self.e.line(f"_df.append(({fn}, ({''.join(a + ', ' for a in args)})))")
