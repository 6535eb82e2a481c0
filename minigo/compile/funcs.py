"""Functions, methods and func literals as Python generator functions.

    func f(a int) (r int) { defer g(); ... }

becomes

    def F_f(a):
        r = 0
        _df = []
        def _body():
            nonlocal a, r
            ...                      # `return x` is `r = x; return`
        yield from _rundefers(_body(), _df)
        return r

Without ``defer`` the body is emitted directly.  A func literal is a nested ``def`` whose
captured variables are bound as keyword-only defaults at the moment the literal is
evaluated: a variable shared with its closures by reference is a Box, so closures made in
different loop iterations capture different variables, as Go's do.
"""
from __future__ import annotations

import re

from ..syntax import ast
from ..types import types as T
from .frames import FrameLayout
from .scopes import scope_ends
from .liveness import stop_liveness
from .scan import scan_function
from .typeinfo import is_aggregate


_SIMPLE = re.compile(r"[\w.]+|\((?:[\w.]+, )*[\w.]+\)|-?\d+(\.\d*)?|b?'[^'\\]*'|b?\"[^\"\\]*\"")  # names, constants

# helpers the generated code uses in hot paths, bound as keyword-only defaults (fast locals)
FAST_LOCALS = ("_T", "_oob", "_w", "_preempt", "_QUANTUM")


class FuncState:
    def __init__(self, go_name: str, sig, facts, parent=None) -> None:
        self.go_name = go_name
        self.sig = sig
        self.facts = facts
        self.parent = parent
        self.temps = 0
        self.results: list[str] = []  # python names of result variables (when named or deferred)
        self.result_vars: list = []
        self.has_defer = False
        self.loops: list = []  # [(go stmt, kind, post statement, python loop?)]
        self.globals_assigned: set[str] = set()
        self.lits = 0  # func literals directly inside: main.main.func1, main.main.func1.1
        self.labels: dict = {}  # label name -> the labelled Go statement
        self.has_loop = False
        self.loop_fn = False  # the body has loops: returns charge the partial quantum
        self.frame = FrameLayout(go_name)
        self.start = 0  # emitter mark of the function body's first line

    def temp(self) -> str:
        self.temps += 1
        return f"_t{self.temps}"


def _contains(body, kinds) -> bool:
    """Whether the function body (not its func literals) has a statement of these kinds."""
    found = False

    def walk(n):
        nonlocal found
        if found or n is None:
            return
        if isinstance(n, (tuple, list)):
            for x in n:
                walk(x)
            return
        if not isinstance(n, ast.Node) or isinstance(n, ast.FuncLit):
            return
        if isinstance(n, kinds):
            found = True
            return
        for name in n.__dataclass_fields__:
            if name != "pos":
                walk(getattr(n, name))
    walk(body)
    return found


class FuncMixin:
    def go_func_name(self, d: ast.FuncDecl, fn) -> str:
        if d.recv is None:
            return "main." + d.name.name
        t = fn.type.recv.type
        if isinstance(t, T.Pointer):
            return f"main.(*{t.elem.obj.name}).{d.name.name}"
        return f"main.{t.obj.name}.{d.name.name}"

    def func_decl(self, d: ast.FuncDecl) -> None:
        fn = self.info.funcs[d]
        pyname = self.func_names.get(fn) or self.method_funcs[fn]
        params = []
        if d.recv is not None:
            params.append(self._field_vars(d.recv)[0] if d.recv.names else None)
        for fld in d.type.params:
            params.extend(self._field_vars(fld) if fld.names else [None])
        self.emit_function(pyname, self.go_func_name(d, fn), fn.type, params, d.type, d.body, d.pos)

    def _field_vars(self, fld: ast.Field) -> list:
        return [self.info.defs.get(n) for n in fld.names]

    def emit_function(self, pyname, go_name, sig, params, ftype, body, pos, captures=(), parent=None) -> None:
        e = self.e
        param_vars = [v for v in params if v is not None]
        for fld in ftype.results:
            param_vars.extend(v for v in self._field_vars(fld) if v is not None)
        facts = scan_function(body, param_vars, self.info) if parent is None else parent.facts
        if parent is not None:
            for v in param_vars:
                facts.decl_depth.setdefault(v, 0)
        fs = FuncState(go_name, sig, facts, parent)
        saved = self.fs
        self.fs = fs
        self.funcnames[pyname] = go_name
        self.func_params[go_name] = len(params)
        self.frames[go_name] = fs.frame
        pnames = []
        for i, v in enumerate(params):
            pnames.append(self.names.of(v) if v is not None and v.name not in ("", "_") else f"_p{i}")
        if sig.variadic and not pnames:
            pnames.append("_p0")
        saved_pos = e.go_line, e.stop
        first_stop = len(self.stops)
        e.at(pos)
        e.stop = -1
        def_line = e.mark()
        e.line("")  # the def line, written when the body shows which helpers it uses
        e.push()
        fs.start = entry = e.mark()
        entry_stop = self.stop(pos, "entry")
        # parameters: copies of aggregates the body changes, boxes, heap moves
        for v, pn in zip(params, pnames):
            if v is None or v.name in ("", "_"):
                continue
            self.declare_param(v, pn)
        fs.frame.params = len(fs.frame.slots)
        for i, rv in enumerate(sig.results.vars):
            shown = rv.name if rv.name not in ("", "_") else f"~r{i}"
            fs.frame.results.append((shown, T.type_string(rv.type, qualify_main=True), self.zero(rv.type)))
        # results
        result_vars = []
        for fld in ftype.results:
            if fld.names:
                result_vars.extend(self._field_vars(fld))
        fs.has_defer = _contains(body, ast.DeferStmt)
        fs.loop_fn = _contains(body, (ast.ForStmt, ast.RangeStmt))
        if result_vars:
            for v in result_vars:
                name = self.names.of(v) if v.name != "_" else self.names.fresh("_r")
                fs.results.append(name)
                fs.result_vars.append(v)
                self.declare_var(v, self.zero(v.type), name=name)
        elif fs.has_defer and len(sig.results):
            for i, rv in enumerate(sig.results.vars):
                name = self.names.fresh(f"_r{i}")
                fs.results.append(name)
                fs.result_vars.append(None)
                e.line(f"{name} = {self.zero(rv.type)}")
        if fs.has_defer:
            e.line("_df = []")
            body_line = e.mark()
            e.line("")
            e.push()
            fs.start = e.mark()
            outer = [n for n in pnames if not n.startswith("_p")] + fs.results
            if outer:
                e.line("nonlocal " + ", ".join(outer))
            mark = e.mark()
            self.block_stmts(body.stmts)
            self.end_stop(body)
            self.emit_return(None)
            e.line("yield")
            self._globals_decl(mark)
            self._quantum_init(fs)
            self._def_line(body_line, "_body", [], [])
            e.pop()
            e.go_line = 0  # not a Go statement: tracebacks skip this frame
            e.line("yield from _rundefers(_body(), _df)")
            fs.has_defer = fs.loop_fn = False  # the frame's own return, after its deferred calls
            self.emit_return(self.results_tuple() if fs.results else None)
        else:
            mark = e.mark()
            self.block_stmts(body.stmts)
            self.end_stop(body)
            e.at(body.rbrace)
            self.emit_return(self.results_tuple() if fs.results and len(sig.results) else None)
            e.line("yield")
            self._globals_decl(mark)
            self._quantum_init(fs)
        self._prologue(entry, fs.frame.size, entry_stop)
        self._liveness(fs, body, first_stop)
        fs.frame.lines = (pos.line, body.rbrace.line)
        self._def_line(def_line, pyname, pnames, captures)
        e.pop()
        e.go_line, e.stop = saved_pos  # the rest of the enclosing statement
        self.fs = saved

    def _def_line(self, index: int, pyname: str, params: list, captures) -> None:
        """Write the def line at ``index``: the parameters, then as keyword-only defaults
        the captured variables and the hot helpers the body uses (fast locals)."""
        body = "\n".join(line[1] for line in self.e.lines[index + 1:])
        kw = list(captures) + [h for h in FAST_LOCALS if re.search(rf"(?<![\w.]){h}(?!\w)", body)]
        head = ", ".join(params)
        if kw:
            head += (", " if head else "") + "*, " + ", ".join(f"{k}={k}" for k in kw)
        self.e.retext(index, f"def {pyname}({head}):")

    def _liveness(self, fs, body, first_stop: int) -> None:
        """The live locals at each of the function's stop points (liveness.py)."""
        slots = {s.pyname for s in fs.frame.slots}
        names = self.names.names

        def pyname_of(v):
            n = names.get(id(v))
            return n if n in slots else None
        always = {n for n in fs.results if n in slots}
        always |= {n for v in fs.facts.addressed if (n := pyname_of(v)) is not None}
        stops = [(k, self.stops[k]) for k in range(first_stop, len(self.stops))
                 if self.stops[k].func == fs.go_name]
        self.stop_live.update(stop_liveness(body, [(k, s) for k, s in stops if s.kind != "return"],
                                            self.info, pyname_of, always))
        self.stop_live.update({k: frozenset() for k, s in stops if s.kind == "return"})  # popped

    def end_stop(self, body) -> None:
        """The closing brace of a function that can run off its end, where Go puts its
        RET (and the deferred calls' run): Delve's ``next`` from the last statement stops
        there, the frame still pushed."""
        if body.stmts and isinstance(body.stmts[-1], ast.ReturnStmt):
            return
        e = self.e
        saved = e.stop
        e.at(body.rbrace)
        k = self.stop(body.rbrace, "end")
        e.stop = k
        e.line(f"if _T[{k}]: yield {k}")
        e.stop = saved

    def return_stop(self, value: str | None) -> None:
        """The function's return stop: the frame is popped and the results are evaluated
        (left in ``_m.returned`` for the debugger), control not yet back in the caller.
        Delve's ``stepout``, and ``next`` or ``step`` out of a function, stop here, at the
        caller's line, and print the values returned."""
        e = self.e
        saved = e.stop
        k = self.stop_at(e.go_line, 0, "return")
        e.stop = k
        e.line(f"if _T[{k}]: yield {k}" if value is None else f"if _T[{k}]: _m.returned = {value}; yield {k}")
        e.stop = saved

    def _prologue(self, index: int, frame: int, entry: int) -> None:
        """Go's function prologue: the stack check (morestack when the frame would reach
        the guard; frames over _StackSmall are checked for their excess), then the frame
        is pushed on the running goroutine ``_g``, and the call costs one op.

        The entry stop point rides on the check's slow path (machine/stack.py): while the
        debugger arms it, the module global ``_E<entry>`` is true, and once ``_morestack``
        says the trap is armed the frame is pushed and the function yields, at its
        ``func`` line.  Delve's function breakpoint and ``step`` into a call stop there; a
        run nobody watches pays one global load per call for it."""
        excess = frame - 128
        check = "_sp >= _g.guard" if excess <= 0 else f"_sp + {excess} >= _g.guard"
        e = self.e
        e.insert(index, (  # at the func line: call events and tracebacks point there
            "_sp = _g.used",
            f"if ({check} or _E{entry}) and _morestack({frame}, {entry}): _g.used = _sp + {frame}; yield {entry}",
            f"_g.used = _sp + {frame}",
            "_g.ops += 1"), like=index - 1)

    def emit_return(self, code: str | None) -> None:
        """A Go return: the frame pops (``_g.used = _sp``) after the results are
        evaluated, since calls in them run above this frame.  In a function with defer,
        the body's return only ends ``_body``; the frame pops after the deferred calls."""
        e = self.e
        if self.fs.loop_fn:  # the loop iterations since the last quantum, on the clock
            e.line("_g.ops += _QUANTUM - _q")
        if self.fs.has_defer:
            e.line("return" if code is None else f"return {code}")
        elif code is None:
            e.line("_g.used = _sp")
            self.return_stop(None)
            e.line("return")
        elif _SIMPLE.fullmatch(code):  # nothing left to run in this frame
            e.line("_g.used = _sp")
            self.return_stop(code)
            e.line(f"return {code}")
        else:  # calls and panics (an index, a division) still happen in this frame
            e.line(f"_rv = {code}")
            e.line("_g.used = _sp")
            self.return_stop("_rv")
            e.line("return _rv")

    def _quantum_init(self, fs) -> None:
        """A function with loops counts its back-edges down from the quantum in a local."""
        if fs.has_loop or fs.loop_fn:
            self.e.insert(fs.start, ("_q = _QUANTUM",))
            fs.has_loop = False

    def _globals_decl(self, mark: int) -> None:
        if self.fs.globals_assigned:
            self.e.insert(mark, ("global " + ", ".join(sorted(self.fs.globals_assigned)),))
            self.fs.globals_assigned = set()

    def results_tuple(self) -> str:
        fs = self.fs
        vals = []
        for name, v in zip(fs.results, fs.result_vars):
            vals.append(f"{name}.v" if v is not None and fs.facts.boxed(v) else name)
        if len(vals) == 1:
            return vals[0]
        return "(" + ", ".join(vals) + ")"

    def scope_end(self, v) -> int:
        """The last line where local v is in scope."""
        if self.scope_ends is None:
            self.scope_ends = scope_ends(self.file)
        return self.scope_ends.get((v.pos.line, v.pos.col), 1 << 30) if v.pos else 1 << 30

    def declare_param(self, v, pn: str) -> None:
        e, facts = self.e, self.fs.facts
        if is_aggregate(v.type) and (v in facts.mutated or v in facts.addressed or v in facts.captured):
            e.line(f"{pn} = {self.copy_code(pn, v.type)}")
        site = self.site(v, v.pos, f"moved to heap: {v.name}")
        self.fs.frame.add(v, pn, site, facts.boxed(v), self.scope_end(v))
        self.tid(v.type)  # the debugger prints the slot with its runtime type
        if facts.boxed(v):
            e.line(f"{pn} = _Box({pn})" if site is None else f"{pn} = _hbox({site}, {pn}, {self.tid(v.type)})")
        elif site is not None:
            e.line(f"_halloc({site}, {pn}, {self.tid(v.type)})")

    def declare_var(self, v, value_code: str, name: str | None = None) -> str:
        """Emit `name = value` for a new local variable (boxed / heap-allocated as decided)."""
        name = name or self.names.of(v)
        site = self.site(v, v.pos, f"moved to heap: {v.name}")
        if self.fs is not None and self.fs.go_name != "main.init":
            self.fs.frame.add(v, name, site, self.fs.facts.boxed(v), self.scope_end(v))
            self.tid(v.type)  # the debugger prints the slot with its runtime type
        if self.fs is not None and self.fs.facts.boxed(v):
            if site is None:
                self.e.line(f"{name} = _Box({value_code})")
            else:
                self.e.line(f"{name} = _hbox({site}, {value_code}, {self.tid(v.type)})")
        elif site is not None:
            self.e.line(f"{name} = _halloc({site}, {value_code}, {self.tid(v.type)})")
        else:
            self.e.line(f"{name} = {value_code}")
        return name

    def func_lit(self, lit: ast.FuncLit) -> str:
        """Emit the nested def for a func literal; returns the expression creating the closure."""
        parent = self.fs
        parent.lits += 1
        if parent.parent is None:
            go_name = f"{parent.go_name}.func{parent.lits}"
        else:
            go_name = f"{parent.go_name}.{parent.lits}"
        pyname = self.names.fresh("lit")
        params = []
        for fld in lit.type.params:
            params.extend(self._field_vars(fld) if fld.names else [None])
        captures = self.captures_of(lit)
        sig = self.info.types[lit].type
        self.emit_function(pyname, go_name, sig, params, lit.type, lit.body, lit.pos,
                           captures=[self.names.of(v) for v in captures], parent=parent)
        site = self.site(lit, lit.pos, "func literal")
        if site is not None and captures:
            # a closure object: the code pointer, then each captured variable (a pointer
            # when captured by reference)
            size = 8 + sum(8 if self.fs.facts.boxed(v) else T.sizeof(v.type) for v in captures)
            return f"_halloc({site}, {pyname}, {self.tid(sig)}, {size})"
        return pyname

    def captures_of(self, lit: ast.FuncLit) -> list:
        """Local variables of enclosing functions that the literal uses."""
        inner = set()
        used = []
        seen = set()

        def walk(n):
            if isinstance(n, (tuple, list)):
                for x in n:
                    walk(x)
                return
            if not isinstance(n, ast.Node):
                return
            if isinstance(n, ast.Ident):
                d = self.info.defs.get(n)
                if d is not None:
                    inner.add(d)
                u = self.info.uses.get(n)
                if isinstance(u, T.Var) and not u.is_global and not u.is_field and id(u) not in seen:
                    seen.add(id(u))
                    used.append(u)
                return
            for name in n.__dataclass_fields__:
                if name != "pos":
                    walk(getattr(n, name))
        walk(lit.type)
        walk(lit.body)
        return [v for v in used if v not in inner and id(v) in self.names.names]

    def init_func(self, var_specs) -> None:
        """Package variable initialisers, in dependency order as Go's package init runs them."""
        e = self.e
        self.fs = FuncState("main.init", None, scan_function(ast.Block(None, (), None), [], self.info))
        e.line("def _init():")
        e.push()
        mark = e.mark()
        for spec in self._init_order(var_specs):
            if spec.values:
                self.stop_point(spec.pos)
            self.global_spec(spec)
        e.line("return")
        e.line("yield")
        self._globals_decl(mark)
        e.pop()
        self.funcnames["_init"] = "main.init"
        self.fs = None

    def _init_order(self, specs) -> list:
        """Go initialises package variables in dependency order, else in declaration order."""
        decl_of = {}
        for s in specs:
            for name in s.names:
                v = self.info.defs.get(name)
                if v is not None:
                    decl_of[v] = s
        func_decls = {self.info.funcs.get(d): d for d in self.file.decls if isinstance(d, ast.FuncDecl)}
        done, order, visiting = set(), [], set()

        def deps(node, out, seen_funcs):
            if isinstance(node, (tuple, list)):
                for x in node:
                    deps(x, out, seen_funcs)
                return
            if not isinstance(node, ast.Node):
                return
            if isinstance(node, ast.Ident):
                u = self.info.uses.get(node)
                if u in decl_of:
                    out.append(decl_of[u])
                elif u in func_decls and u not in seen_funcs:
                    seen_funcs.add(u)
                    deps(func_decls[u].body, out, seen_funcs)
                return
            for name in node.__dataclass_fields__:
                if name != "pos":
                    deps(getattr(node, name), out, seen_funcs)

        def visit(s):
            if id(s) in done or id(s) in visiting:
                return
            visiting.add(id(s))
            out = []
            deps(s.values, out, set())
            for d in out:
                visit(d)
            done.add(id(s))
            order.append(s)
        for s in specs:
            visit(s)
        return order
