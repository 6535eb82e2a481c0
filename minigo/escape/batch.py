"""Escape analysis of a file, as Go 1.19's ``cmd/compile/internal/escape`` does it.

Overview (after Go's ``escape.go``): functions are analysed bottom-up over the
call graph, one strongly connected component (a "batch") at a time, closures
together with the function that contains them. For a batch we

  1. give every variable a location, then walk the bodies building a graph of
     assignments between locations (``Escape``: statements, expressions, calls);
  2. decide closure captures (by value if small, never reassigned and never
     address-taken; else by reference);
  3. send too-large and unknown-size allocations to the heap;
  4. solve the graph (``solve.walk_all``): a location whose address reaches
     something that outlives it is heap allocated; a parameter whose value
     reaches the heap or a result is tagged, so callers analysed later know;
  5. report, in Go's order: each function's parameter tags, then every location
     (variables first, in declaration order; then allocation sites in walk order).

The messages are the ones ``go build -gcflags='-m -l'`` prints (``-m=2`` lines are
marked verbose); the decisions are data for the interpreter and the debugger.
"""
from __future__ import annotations

from ..syntax import ast
from ..types import types as T
from . import ir
from .analysis import Analysis, Decision, Message
from .escape import Escape
from .funcs import Collector, preorder
from .graph import Edge, Hole, Leaks, Location
from .irfmt import Printer, ir_pos
from .solve import explain_flow, walk_all
from .stdlib_tags import TAGS
from .typeinfo import has_pointers, size

MAX_STACK_VAR_SIZE = 10 * 1024 * 1024  # ir.MaxStackVarSize, go1.19
MAX_IMPLICIT_STACK_VAR_SIZE = 64 * 1024  # ir.MaxImplicitStackVarSize


def analyze_file(f: ast.File, info) -> Analysis:
    c = Collector(info)
    c.collect(f)
    b = Batch(info, c, f.filename)
    devirtualize(b, c)
    for block in bottom_up(c.funcs):
        b.run(block)
    init = package_init(b, f)
    if init is not None:
        b.run([init])
    return b.result


def devirtualize(b, c) -> None:
    """gc's devirtualize pass (before escape analysis, also with -l): an interface
    method call on a local variable whose only value is a concrete T converted to
    the interface becomes a direct call of T's method on x.(T)."""
    from ..types.relations import lookup_field_or_method
    from .walk_stmt import _unparen
    for top in c.funcs:
        for fn in [top] + _closures(c, top):
            for n in preorder(fn.body):
                if not isinstance(n, ast.CallExpr):
                    continue
                fun = _unparen(n.fun)
                sel = info_sel(b, fun)
                if sel is None or sel.kind != "method" or not isinstance(fun.x, ast.Ident):
                    continue
                v = b.info.uses.get(fun.x)
                if not isinstance(v, T.Var) or not isinstance(v.type.underlying(), T.Interface):
                    continue
                rhs = c.static_rhs.get(v)
                if rhs is None or c.var_func.get(v) is not fn:
                    continue
                rhs = _unparen(rhs)
                rt = b.printer.type_of(rhs)
                tv = b.info.types.get(rhs.fun) if isinstance(rhs, ast.CallExpr) else None
                if tv is not None and tv.mode == "typexpr" and isinstance(tv.type.underlying(), T.Interface):
                    rt = b.printer.type_of(rhs.args[0])  # an explicit conversion to the interface
                if rt is None or isinstance(rt.underlying(), T.Interface) or isinstance(rt, T.Tuple):
                    continue
                dsel = lookup_field_or_method(rt, fun.sel.name)
                if dsel is None or dsel.kind != "method":
                    continue
                recv = dsel.obj.type.recv.type if dsel.obj.type.recv is not None else None
                if isinstance(recv, T.Pointer) and not isinstance(rt, T.Pointer):
                    continue  # not in T's method set
                b.warn(n.lparen, f"devirtualizing {fun.x.name}.{fun.sel.name} to {_tstr(rt)}")
                b.devirtualized[fun] = (rt, dsel.obj, dsel)
                b.printer.devirtualized[fun] = (rt, dsel.obj, dsel)


def _closures(c, top):
    return [fn for node, fn in c.by_node.items() if isinstance(node, ast.FuncLit) and _inside(fn, top)]


def _inside(fn, top) -> bool:
    while fn is not None:
        if fn is top:
            return True
        fn = fn.outer
    return False


def info_sel(b, fun):
    return b.info.selections.get(fun) if isinstance(fun, ast.SelectorExpr) else None


def _tstr(t) -> str:
    from .irfmt import type_string
    return type_string(t)


def package_init(b, f):
    """Package-level variables gc cannot initialize statically (a map literal, a call)
    are assigned in the package's init function, analysed last."""
    from .funcs import FuncInfo
    specs = []
    for d in f.decls:
        if isinstance(d, ast.GenDecl) and d.tok == "var":
            for spec in d.specs:
                if spec.values and any(_dynamic(b, v) for v in spec.values):
                    specs.append(spec)
    if not specs:
        return None
    sig = T.Signature(T.Tuple([]), T.Tuple([]))
    body = ast.Block(specs[0].pos, (), specs[-1].pos)
    init = FuncInfo(ast.FuncLit(specs[0].pos, None, body), "init", sig)
    init.node = None
    init.init_specs = specs
    return init


def _dynamic(b, e) -> bool:
    if isinstance(e, ast.FuncLit):
        return False  # a closure without captures is static data
    for n in preorder(e):
        if isinstance(n, ast.FuncLit):
            continue
        if isinstance(n, ast.CompositeLit) and isinstance(b.printer.type_of(n).underlying(), T.Map):
            return True
        if isinstance(n, ast.CallExpr):
            tv = b.info.types.get(n.fun)
            if tv is None or tv.mode != "typexpr":
                tvc = b.info.types.get(n)
                if tvc is None or tvc.mode != "constant":
                    return True
    return False


def bottom_up(funcs):
    """ir.VisitFuncsBottomUp: strongly connected components, callees first."""
    node_id: dict = {}
    stack: list = []
    visitgen = [0]
    out: list = []

    def visit(fn) -> int:
        if id(fn) in node_id:
            return node_id[id(fn)]
        visitgen[0] += 1
        my_id = visitgen[0]
        node_id[id(fn)] = my_id
        visitgen[0] += 1
        low = visitgen[0]
        stack.append(fn)
        for ref in fn.refs:
            m = visit(ref)
            if m < low:
                low = m
        if (low == my_id or low == my_id + 1) and not fn.is_closure:
            i = len(stack) - 1
            while stack[i] is not fn:
                i -= 1
            block = stack[i:]
            del stack[i:]
            for x in block:
                node_id[id(x)] = 1 << 62
            out.append(block)
        return low

    for fn in funcs:
        visit(fn)
    return out


class Batch:
    def __init__(self, info, collector: Collector, filename: str) -> None:
        self.info = info
        self.c = collector
        self.filename = filename
        self.static_rhs = collector.static_rhs
        self.var_func = collector.var_func
        self.printer = Printer(info)
        self.result = Analysis()
        self.locs: dict = {}  # Var -> Location
        self.defn: dict = {}
        self.autotmps: dict = {}  # FuncInfo -> count
        self.flows: dict = {}  # id(Location) -> explanation lines
        self.current_pos = None
        self.devirtualized: dict = {}  # selector -> (concrete type, method, selection)
        self.preorder = preorder

    # ------------------------------------------------------------ one batch

    def run(self, fns) -> None:
        self.all_locs: list[Location] = []
        self.heap_loc = Location(None, None, 0, False)
        self.heap_loc.escapes = True
        self.blank_loc = Location(None, None, 0, False)
        self.closures: list = []
        for fn in fns:
            fn.esc = "planned"
            self.init_func(fn)
        for fn in fns:
            if not fn.is_closure:
                Escape(self, fn).walk_func()
        for k, clo in self.closures:
            self.flow_closure(k, clo)
        for loc in list(self.all_locs):
            why = self.heap_alloc_reason(loc)
            if why:
                loc.heap_reason = why
                self.flow(self.heap_hole().addr(loc.n, why), loc)
        walk_all(self)
        self.finish(fns)

    def init_func(self, fn) -> None:
        for v in fn.params + fn.results + fn.dcl:
            if v.name == "" and v not in fn.results:
                continue
            cls = "param" if v in fn.params else "result" if v in fn.results else "local"
            loc = self.new_loc(v, fn, 1, False, var=v, cls=cls)
            self.locs[v] = loc
        for i, v in enumerate(fn.results):
            self.locs[v].result_index = 1 + i

    def new_loc(self, n, curfn, loop_depth: int, transient: bool, var=None, cls: str = "") -> Location:
        loc = Location(n, curfn, loop_depth, transient, var=var, cls=cls)
        self.all_locs.append(loc)
        return loc

    # ------------------------------------------------------------ holes and flows

    def heap_hole(self) -> Hole:
        return self.heap_loc.as_hole()

    def discard_hole(self) -> Hole:
        return self.blank_loc.as_hole()

    def loc_of(self, v) -> Location:
        return self.locs[v]

    def flow(self, k: Hole, src: Location) -> None:
        if k.addrtaken:
            src.addrtaken = True
        dst = k.dst
        if dst is self.blank_loc:
            return
        if dst is src and k.derefs >= 0:  # dst = dst, dst = *dst, ...
            return
        if dst.escapes and k.derefs < 0:  # dst = &src
            self.verbose(src, f"{self.loc_name(src)} escapes to heap:")
            explain_flow(self, src, dst, src, k.derefs, k.notes)
            src.escapes = True
            return
        dst.edges.append(Edge(src, k.derefs, k.notes))

    def flow_closure(self, k: Hole, clo: ast.FuncLit) -> None:
        fn = self.func_of_lit(clo)
        for v, ident in fn.closure_vars:
            loc = self.locs[v]
            width = size(v.type)
            byval = not loc.addrtaken and not loc.reassigned and width <= 128
            owner = self.var_func.get(v, loc.curfn)
            how = "value" if byval else "ref"
            self.verbose(loc, f"{owner.name} capturing by {how}: {v.name} "
                              f"(addr={_b(loc.addrtaken)} assign={_b(loc.reassigned)} width={width})")
            kk = k if byval else k.addr(ident, "reference")
            self.flow(kk.note(ident, "captured by a closure"), loc)

    def heap_alloc_reason(self, loc: Location) -> str:
        n = loc.n
        if n is None:
            return ""
        if loc.var is not None:
            if loc.cls in ("param", "result"):
                return ""
            return "too large for stack" if size(loc.var.type) > MAX_STACK_VAR_SIZE else ""
        t = self.printer.type_of(n) if not isinstance(n, ir.Synthetic) else getattr(n, "type", None)
        if t is not None and not isinstance(t, T.Tuple) and size(t) > MAX_STACK_VAR_SIZE:
            return "too large for stack"
        if isinstance(n, ir.PtrLit) or (isinstance(n, ast.UnaryExpr) and n.op == "&"):
            if size(t.elem) > MAX_IMPLICIT_STACK_VAR_SIZE:
                return "too large for stack"
        if isinstance(n, ast.CallExpr) and self._builtin(n) == "new":
            if size(t.elem) > MAX_IMPLICIT_STACK_VAR_SIZE:
                return "too large for stack"
        if isinstance(n, ir.GoWrap):
            return ""
        if isinstance(n, ast.FuncLit):
            fn = self.func_of_lit(n)
            width = 8 + sum(size(v.type) if size(v.type) <= 128 else 8 for v, _ in fn.closure_vars)
            if width > MAX_IMPLICIT_STACK_VAR_SIZE:
                return "too large for stack"
        if isinstance(n, ast.CallExpr) and self._builtin(n) == "make" and isinstance(t.underlying(), T.Slice):
            r = n.args[2] if len(n.args) > 2 else n.args[1] if len(n.args) > 1 else None
            tv = self.info.types.get(r) if r is not None else None
            if tv is None or tv.mode != "constant" or not isinstance(tv.val, int) or \
                    not (-(1 << 31) <= tv.val < (1 << 31)):
                return "non-constant size"
            es = size(t.underlying().elem)
            if es != 0 and tv.val > MAX_IMPLICIT_STACK_VAR_SIZE // es:
                return "too large for stack"
        return ""

    def _builtin(self, call) -> str:
        fun = call.fun
        while isinstance(fun, ast.ParenExpr):
            fun = fun.x
        tv = self.info.types.get(fun)
        return fun.name if tv is not None and tv.mode == "builtin" and isinstance(fun, ast.Ident) else ""

    # ------------------------------------------------------------ callees

    def func_of_lit(self, lit):
        return self.c.by_node[lit]

    def func_of_decl(self, decl):
        return self.c.by_node.get(decl)

    def in_mutual_batch(self, fn) -> bool:
        return fn.esc != "tagged"

    def callee_of_method(self, func, recv_type):
        if getattr(func, "decl", None) is not None:
            return self.c.by_node.get(func.decl)
        rt = func.type.recv.type if func.type.recv is not None else None
        if rt is None or isinstance(rt.underlying(), T.Interface):
            return None
        if isinstance(rt, T.Pointer) and isinstance(rt.elem, T.Named):
            return f"(*{rt.elem.pkg}.{rt.elem.obj.name}).{func.name}"
        if isinstance(rt, T.Named):
            return f"({rt.pkg}.{rt.obj.name}).{func.name}"
        return None

    def tags_of(self, fn, index: int):
        if isinstance(fn, str):
            tag = TAGS.get(fn)
            if tag is None or index >= len(tag):
                return None
            heap, results = tag[index]
            return Leaks.from_tag(heap, results)
        if index < len(fn.tags) and fn.tags[index] is not None:
            return fn.tags[index]
        return Leaks.from_tag(0, ())  # an untagged (scalar) parameter: gc's parseLeaks("")

    def autotmp_name(self, fn, irgen: bool = True) -> str:
        """gc names a temporary by len(fn.Dcl) when it is made: params, results and
        locals declared so far, plus earlier temporaries. The noder's temporaries are
        made in source order; escape analysis's own (go/defer) after all of them."""
        key = (fn, irgen)
        n = self.autotmps.get(key, 0)
        self.autotmps[key] = n + 1
        if irgen:
            return f".autotmp_{self._dcl_before(fn) + n}"
        return f".autotmp_{len(fn.params) + len(fn.results) + len(fn.dcl) + fn.irgen_temps + n}"

    def _dcl_before(self, fn) -> int:
        pos = self.current_pos or fn.node.pos
        before = sum(1 for v in fn.dcl if (v.pos.line, v.pos.col) < (pos.line, pos.col))
        return len(fn.params) + len(fn.results) + before

    def new_wrapper(self, wrap, outer):
        from .funcs import FuncInfo
        w = FuncInfo.__new__(FuncInfo)
        w.node, w.name, w.outer, w.is_closure = wrap, outer.name + ".gowrap", outer, True
        w.closure_vars, w.temps, w.closure_called, w.esc = [], [], False, "planned"
        self.c.by_node[wrap] = w
        return w

    # ------------------------------------------------------------ reporting

    def fmt(self, n) -> str:
        return self.printer(n)

    def node_pos(self, n):
        return n.pos if isinstance(n, T.Var) else ir_pos(n)

    def loc_name(self, l: Location) -> str:
        if l.var is not None:
            if l.cls == "result":
                return l.curfn.result_name(l.var)
            return l.var.name
        return self.fmt(l.n)

    def loc_pos(self, l: Location):
        return l.var.pos if l.var is not None else ir_pos(l.n)

    def warn(self, pos, text: str) -> None:
        self.result.messages.append(Message(pos, text))

    def verbose(self, l: Location, text: str) -> None:
        self.result.messages.append(Message(self.loc_pos(l), text, verbose=True))
        self.flows.setdefault(id(l), []).append(text)

    def finish(self, fns) -> None:
        for fn in fns:
            fn.tags = [self.param_tag(fn, v) for v in fn.params]
            fn.esc = "tagged"
        for loc in self.all_locs:
            n = loc.n
            if n is None or isinstance(n, ir.GoWrap):
                continue
            pos = self.loc_pos(loc)
            name = self.loc_name(loc)
            if loc.escapes:
                text = f"moved to heap: {name}" if loc.var is not None else f"{name} escapes to heap"
                self.warn(pos, text)
            else:
                text = f"{name} does not escape"
                if loc.var is None:
                    self.warn(pos, text)
            self.decide(loc, pos, name, text)

    def param_tag(self, fn, v):
        if not has_pointers(v.type):
            return None
        if not v.name or v.name == "_" or v not in self.locs:
            return Leaks()
        loc = self.locs[v]
        esc = loc.param_esc
        esc.optimize()
        if not loc.escapes:
            if esc.empty():
                self.warn(v.pos, f"{v.name} does not escape")
            if esc.heap >= 0:
                self.warn(v.pos, f"leaking param: {v.name}" if esc.heap == 0 else f"leaking param content: {v.name}")
            for i, x in enumerate(esc.results):
                if x >= 0 and i < len(fn.results):
                    res = fn.result_name(fn.results[i])
                    self.warn(v.pos, f"leaking param: {v.name} to result {res} level={x}")
        return esc

    def decide(self, loc, pos, name: str, text: str) -> None:
        n = loc.n
        key = n
        if isinstance(n, ir.ConvIface):
            key = ("box", n.x)
        elif isinstance(n, ir.DotArgs):
            key = ("args", n.call)
        elif isinstance(n, ir.PtrLit):
            key = n.lit
        flow = tuple(self.flows.get(id(loc), ()))
        self.result.decisions[key] = Decision(key, name, pos, loc.escapes, text, flow, loc.heap_reason)


def _b(x: bool) -> str:
    return "true" if x else "false"
