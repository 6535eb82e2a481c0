"""Statements and function bodies (types2 ``stmt.go``, ``labels.go``, ``return.go``).

A body opens a function scope; every block opens a scope. After the body, locals
never used are ``x declared but not used``; a function with results whose body is
not a terminating statement is ``missing return`` at its closing brace.
"""
from __future__ import annotations

from ..syntax import ast
from ..syntax.features import unsupported
from ..syntax.printer import expr_string
from . import types as T
from .operand import CONSTANT, INVALID, MAPINDEX, TYPEXPR, VALUE, VARIABLE, Operand
from .relations import comparable, has_nil, identical, missing_method_cause
from .positions import go_pos
from .terminating import is_terminating
from .universe import Scope


# builtins whose call may stand as a statement (types2 builtins.go: kind statement)
STATEMENT_BUILTINS = {"close", "copy", "delete", "panic", "print", "println", "recover"}


class _FuncContext:
    def __init__(self, sig, name):
        self.sig = sig
        self.name = name
        self.vars: list[T.Var] = []


class StmtMixin:
    # ------------------------------------------------------------ bodies

    def func_body(self, name, sig: T.Signature, body: ast.Block, node) -> None:
        saved = (self.scope, self.sig, getattr(self, "fctx", None), self.iota)
        outer = self.scope if isinstance(node, ast.FuncLit) else self.file_scope
        ctx = _FuncContext(sig, name)
        self.fctx, self.sig, self.iota = ctx, sig, None
        self.scope = Scope(outer, "function", func=ctx)
        if sig.recv is not None and sig.recv.name:
            self.declare(sig.recv, None)
        for v in sig.params.vars + sig.results.vars:
            if v.name:
                self.declare(v, None)
        self.stmt_list(body.stmts)
        if sig.results.vars and not is_terminating(body):
            self.error(body.rbrace, "missing return")
        self.scope, self.sig, self.fctx, self.iota = saved
        for v in sorted(ctx.vars, key=lambda v: (v.pos.line, v.pos.col)):
            if not v.used:
                self.error(v.pos, f"{v.name} declared but not used")

    def declare(self, obj: T.Object, ident) -> None:
        if obj.name == "_":
            if ident is not None:
                self.info.defs[ident] = obj
            return
        alt = self.scope.insert(obj)
        if alt is not None:
            self.error(obj.pos, f"{obj.name} redeclared in this block", [(alt.pos, f"other declaration of {obj.name}")])
            return
        if ident is not None:
            self.info.defs[ident] = obj
        if isinstance(obj, T.Var) and not obj.is_param and self.fctx is not None:
            self.fctx.vars.append(obj)
        if isinstance(obj, T.Var) and obj.type is not None and obj.type is not T.Invalid:
            self.check_width(obj)

    def open_scope(self, kind="block"):
        self.scope = Scope(self.scope, kind)

    def close_scope(self):
        self.scope = self.scope.parent

    # ------------------------------------------------------------ statements

    def stmt_list(self, stmts) -> None:
        for s in stmts:
            self.stmt(s)

    def stmt(self, s) -> None:
        getattr(self, "s_" + type(s).__name__)(s)

    def s_EmptyStmt(self, s):
        pass

    def s_BadStmt(self, s):
        pass

    def s_Block(self, s):
        self.open_scope()
        self.stmt_list(s.stmts)
        self.close_scope()

    def s_LabeledStmt(self, s):
        self.stmt(s.stmt)

    def s_DeclStmt(self, s):
        d = s.decl
        if d.tok == "var":
            for spec in d.specs:
                names = [T.Var(n.name, None, n.pos) for n in spec.names]
                self.var_spec(names, spec)
                for n, v in zip(spec.names, names):
                    self.declare(v, n)
        elif d.tok == "const":
            for spec in d.specs:
                objs = []
                for i, n in enumerate(spec.names):
                    obj = T.Const(n.name, None, n.pos)
                    saved = self.iota
                    self.const_decl(obj, spec, i)
                    self.iota = saved
                    objs.append((n, obj))
                for n, obj in objs:
                    self.declare(obj, n)
        elif d.tok == "type":
            for spec in d.specs:
                obj = T.TypeName(spec.name.name, None, spec.name.pos)
                if not spec.alias:
                    obj.type = T.Named(obj)
                self.declare(obj, spec.name)
                self.type_decl(obj, spec)
                if isinstance(obj.type, T.Named) and obj.type.under is None:
                    obj.type.under = T.Invalid

    def s_ExprStmt(self, s):
        """Only calls and receives may stand as statements (types2: expression kinds)."""
        x = self.raw_expr(s.x)
        if x.invalid:
            return
        if x.mode == "builtin":
            msg = "must be called"
        elif x.mode == TYPEXPR:
            msg = "is not an expression"
        elif self.is_statement_expr(s.x):
            return
        else:
            msg = "is not used"
        self.error(s.x, f"{x.describe()} {msg}")

    def is_statement_expr(self, e) -> bool:
        while isinstance(e, ast.ParenExpr):
            e = e.x
        if isinstance(e, ast.UnaryExpr) and e.op == "<-":
            return True
        if not isinstance(e, ast.CallExpr):
            return False
        f = self.info.types.get(e.fun)
        if f is None or f.mode == TYPEXPR:
            return False
        return f.mode != "builtin" or f.id in STATEMENT_BUILTINS

    def s_SendStmt(self, s):
        ch = self.expr(s.chan)
        v = self.expr(s.value)
        if ch.invalid or v.invalid:
            return
        u = ch.type.underlying()
        if not isinstance(u, T.Chan):
            self.invalid_op(s, f"cannot send to non-channel {ch.describe()}")
            return
        if u.dir == T.RECV:
            self.invalid_op(s, f"cannot send to receive-only channel {ch.describe()}")
            return
        self.assignment(v, u.elem, "send")

    def s_IncDecStmt(self, s):
        x = self.expr(s.x)
        if x.invalid:
            return
        if not T.is_numeric(x.type):
            self.invalid_op(s.x, f"{expr_string(s.x)}{s.op} (non-numeric type {T.type_string(x.type)})")
            return
        if x.mode not in (VARIABLE, MAPINDEX):
            self.not_assignable(s.x, x)

    def s_AssignStmt(self, s):
        if s.op == ":=":
            return self.short_var_decl(s)
        if s.op == "=":
            self.assign_vars(list(s.lhs), list(s.rhs))
            return
        # x op= y
        op = s.op[:-1]
        if len(s.lhs) != 1 or len(s.rhs) != 1:
            self.error(s, f"assignment operation {s.op} requires single-valued expressions")
            return
        fake = ast.BinaryExpr(s.pos, op, s.lhs[0], s.rhs[0], s.op_pos)
        self.op_assign_text[fake] = f"{expr_string(s.lhs[0])} {s.op} {expr_string(s.rhs[0])}"
        x = self.raw_expr(fake)
        if x.invalid:
            return
        z = self.info.types.get(s.lhs[0])
        if z is not None and z.mode not in (VARIABLE, MAPINDEX):
            self.not_assignable(s.lhs[0], z)
            return
        if z is not None:
            self.assignment(x, z.type, "assignment")

    def short_var_decl(self, s):
        """types2 shortVarDecl: redeclared names are assigned, new ones declared after the rhs."""
        new_vars, lhs_vars, has_err, seen = [], [], False, set()
        for e in s.lhs:
            if not isinstance(e, ast.Ident):
                self.use(e)
                self.error(e, f"non-name {expr_string(e)} on left side of :=")
                lhs_vars.append(None)
                has_err = True
                continue
            if e.name != "_":
                if e.name in seen:
                    self.error(e, f"{e.name} repeated on left side of :=")
                    lhs_vars.append(None)
                    has_err = True
                    continue
                seen.add(e.name)
            old = self.scope.lookup_local(e.name)
            if old is not None:
                self.info.uses[e] = old
                if isinstance(old, T.Var):
                    lhs_vars.append(old)
                else:
                    self.error(e, f"cannot assign to {e.name}")
                    lhs_vars.append(None)
                    has_err = True
                continue
            v = T.Var(e.name, None, e.pos)
            lhs_vars.append(v)
            if e.name != "_":
                new_vars.append((e, v))
            self.info.defs[e] = v
        lhs_vars = [v if v is not None else T.Var("_", None, e.pos) for v, e in zip(lhs_vars, s.lhs)]
        self.init_vars(lhs_vars, list(s.rhs))
        if not new_vars and not has_err:
            self.error(s.op_pos, "no new variables on left side of :=")
            return
        for e, v in new_vars:
            self.declare(v, e)

    def s_GoStmt(self, s):
        self.call_stmt(s.call, "go")

    def s_DeferStmt(self, s):
        self.call_stmt(s.call, "defer")

    def call_stmt(self, call, kind):
        x = self.raw_expr(call)
        if x.invalid or not isinstance(call, ast.CallExpr):
            return
        f = self.info.types.get(call.fun)
        if f is not None and f.mode == TYPEXPR:
            self.error(call, f"{kind} requires function call, not conversion {x.describe()}")
        elif f is not None and f.mode == "builtin" and f.id not in STATEMENT_BUILTINS:
            self.error(call, f"{kind} discards result of {x.describe()}")

    def s_ReturnStmt(self, s):
        """types2: results are assigned as if to the result variables (initVars)."""
        results = self.sig.results.vars
        if not s.results and results and results[0].name:
            for v in results:  # a bare return of named results
                _, alt = self.scope.lookup(v.name)
                if alt is not None and alt is not v:
                    self.error(s, f"result parameter {v.name} not in scope at return",
                               [(alt.pos, f"inner declaration of {v.name}")])
        elif s.results or results:
            targets = [T.Var(v.name, v.type, v.pos) for v in results]
            self.init_vars(targets, list(s.results), return_stmt=s)

    def s_BranchStmt(self, s):
        # break, continue, labels and fallthrough are checked with the syntax (branches.py)
        if s.tok == "goto":
            self.error(s, unsupported("goto"))

    def s_IfStmt(self, s):
        self.open_scope()
        if s.init is not None:
            self.stmt(s.init)
        x = self.expr(s.cond)
        if not x.invalid and not T.is_boolean(x.type):
            self.error(s.cond, "non-boolean condition in if statement")
        self.s_Block(s.body)
        if s.else_ is not None:
            self.stmt(s.else_)
        self.close_scope()

    def s_SwitchStmt(self, s):
        self.open_scope()
        if s.init is not None:
            self.stmt(s.init)
        tag = None
        if s.tag is not None:
            tag = self.expr(s.tag)
            # assigned to an invisible temporary, as a compiler would (types2 switchStmt)
            self.assignment(tag, None, "switch expression")
            if not tag.invalid and not comparable(tag.type) and not has_nil(tag.type):
                self.error(s.tag, f"cannot switch on {tag.describe()} ({T.type_string(tag.type)} is not comparable)")
                tag.mode = INVALID
        seen_default = None
        seen_consts: dict = {}
        for i, clause in enumerate(s.clauses):
            if clause.list is None:
                if seen_default is not None:
                    self.multiple_defaults(clause, seen_default)
                else:
                    seen_default = clause
            else:
                for e in clause.list:
                    self.case_value(e, tag, seen_consts)
            self.open_scope()
            self.stmt_list(clause.body)
            self.close_scope()
        self.close_scope()

    def case_value(self, e, tag, seen):
        """types2 caseValues: convert the value to the tag's type, then compare."""
        x = self.expr(e)
        if tag is None:  # a tagless switch compares with the typed constant true
            tag = Operand(CONSTANT, ast.Ident(e.pos, "true"), T.Bool, True)
        if x.invalid or tag.invalid:
            return
        if not self.convert_untyped_report(x, tag.type):
            return
        t = Operand(tag.mode, tag.expr, tag.type, tag.val)
        r = self.comparison(e, x, t, switch_case=True)
        if r.invalid or x.mode != CONSTANT or isinstance(x.val, bool):
            return  # types2 goVal: booleans are not checked for duplicates
        for pos, typ in seen.get(x.val, ()):
            if identical(x.type, typ):
                self.error(e, f"duplicate case {x.describe()} in expression switch", [(pos, "previous case")])
                return
        seen.setdefault(x.val, []).append((go_pos(e), x.type))

    def s_TypeSwitchStmt(self, s):
        self.open_scope()
        if s.init is not None:
            self.stmt(s.init)
        x = self.expr(s.x)
        if not x.invalid and not T.is_interface(x.type):
            self.error(s.x, f"{x.describe()} is not an interface")
            x.mode = INVALID
        bind_vars = []
        first_default = None
        seen_types: list = []  # (type or None for nil, case expression)
        for clause in s.clauses:
            if clause.list is None:
                if first_default is not None:
                    self.multiple_defaults(clause, first_default)
                else:
                    first_default = clause
            types = []
            if clause.list is not None:
                for e in clause.list:
                    if isinstance(e, ast.Ident) and e.name == "nil" and isinstance(self.lookup("nil")[1], T.Nil):
                        self.info.uses[e] = self.lookup("nil")[1]
                        t = None
                    else:
                        t = self.typexpr(e)
                        if t is T.Invalid:
                            types.append(t)
                            continue
                    dup = next((o for s_t, o in seen_types if (s_t is None and t is None) or
                                (s_t is not None and t is not None and identical(s_t, t))), None)
                    if dup is not None:
                        self.error(e, f"duplicate case {T.type_string(t) if t is not None else 'nil'} in type switch",
                                   [(go_pos(dup), "previous case")])
                        types.append(t)
                        continue
                    seen_types.append((t, e))
                    types.append(t)
                    if t is None:
                        continue
                    if t is not T.Invalid and not x.invalid:
                        self._case_type_check(e, x, t)
            self.open_scope()
            if s.bind is not None:
                vt = x.type if (clause.list is None or len(types) != 1 or types[0] is None) else types[0]
                v = T.Var(s.bind.name, vt or T.Invalid, s.bind.pos)
                self.info.implicits[clause] = v
                if s.bind.name != "_":
                    self.scope.insert(v)
                bind_vars.append(v)
            self.stmt_list(clause.body)
            self.close_scope()
        if s.bind is not None:
            if s.bind.name == "_":
                self.error(s.bind, "no new variable on left side of :=")
            elif bind_vars and not any(v.used for v in bind_vars):
                self.error(s.bind, f"{s.bind.name} declared but not used")
            elif not bind_vars:
                self.error(s.bind, f"{s.bind.name} declared but not used")
        self.close_scope()

    def _case_type_check(self, e, x, t):
        if isinstance(t.underlying(), T.Interface):
            return
        cause = missing_method_cause(t, x.type)
        if cause is not None:
            reason = cause[cause.index(" (") + 1:]  # "(missing M method)..." without "T does not implement I"
            self.error(e, f"impossible type switch case: {expr_string(e)}\n\t{x.describe()} "
                          f"cannot have dynamic type {T.type_string(t)} {reason}")

    def multiple_defaults(self, clause, first) -> None:
        p = first.pos
        self.error(clause, f"multiple defaults (first at {self.filename}:{p.line}:{p.col})")

    def s_SelectStmt(self, s):
        first_default = None
        for clause in s.clauses:
            if clause.comm is None:
                if first_default is not None:
                    self.multiple_defaults(clause, first_default)
                else:
                    first_default = clause
            self.open_scope()
            if clause.comm is not None:
                c = clause.comm
                ok = isinstance(c, ast.SendStmt) or _is_recv(c)
                if not ok:
                    self.error(c, "select case must be send or receive (possibly with assignment)")
                else:
                    self.stmt(c)
            self.stmt_list(clause.body)
            self.close_scope()

    def s_ForStmt(self, s):
        self.open_scope()
        if s.init is not None:
            self.stmt(s.init)
        if s.cond is not None:
            x = self.expr(s.cond)
            if not x.invalid and not T.is_boolean(x.type):
                self.error(s.cond, "non-boolean condition in for statement")
        if s.post is not None:
            self.stmt(s.post)
        self.s_Block(s.body)
        self.close_scope()

    def s_RangeStmt(self, s):
        self.open_scope()
        if s.extra:
            self.error(s.extra[0], "range clause permits at most two iteration variables")
        x = self.expr(s.x)
        key_t = val_t = None
        if not x.invalid:
            u = x.type.underlying()
            if isinstance(u, T.Pointer) and isinstance(u.elem.underlying(), T.Array):
                u = u.elem.underlying()
            if T.is_string(u):
                key_t, val_t = T.Int, T.Rune
                if T.is_untyped(x.type):
                    self.default_untyped(x)
            elif isinstance(u, T.Array) or isinstance(u, T.Slice):
                key_t, val_t = T.Int, u.elem
            elif isinstance(u, T.Map):
                key_t, val_t = u.key, u.elem
            elif isinstance(u, T.Chan):
                key_t = u.elem
                if u.dir == T.SEND:
                    self.error(s.x, f"cannot range over {x.describe()} (receive from send-only channel)")
                if s.value is not None:
                    self.error(s.value, f"range over {x.describe()} permits only one iteration variable")
            else:
                self.error(s.x, f"cannot range over {x.describe()}")
        lhs = [(s.key, key_t), (s.value, val_t)]
        if s.define:  # types2 rangeStmt
            new = []
            for e, t in lhs:
                if e is None:
                    continue
                if not isinstance(e, ast.Ident):
                    self.error(e, f"cannot declare {expr_string(e)}")
                    continue
                v = T.Var(e.name, t or T.Invalid, e.pos)
                if v.type is T.Invalid:
                    v.used = True  # no "declared but not used" after a range error
                new.append((e, v))
            for e, v in new:
                self.declare(v, e)
            if not any(e.name != "_" for e, _ in new):
                self.error(s, "no new variables on left side of :=")
        else:
            for e, t in lhs:
                if e is None or t is None:
                    continue
                self.assign_var(e, Operand(VALUE, e, t))  # types2: the operand is described as the lhs
        self.s_Block(s.body)
        self.close_scope()


def _is_recv(c) -> bool:
    def recv(e):
        while isinstance(e, ast.ParenExpr):
            e = e.x
        return isinstance(e, ast.UnaryExpr) and e.op == "<-"
    if isinstance(c, ast.ExprStmt):
        return recv(c.x)
    if isinstance(c, ast.AssignStmt) and len(c.rhs) == 1:  # types2 accepts any assignment from a receive
        return recv(c.rhs[0])
    return False


def _summary(vars_) -> str:
    from .call import types_summary
    return types_summary([v.type for v in vars_], False)


def _op_summary(ops) -> str:
    from .call import types_summary
    return types_summary([o.type for o in ops], False)
