"""Calls (Go's ``escape/call.go``): arguments flow to what the callee's tags say.

A call to a function analysed earlier (bottom-up) uses its parameter tags: a
parameter that leaks to the heap sends the argument there, one that leaks to a
result sends it wherever the call's value goes. A call within the same batch
(mutual recursion, closures) flows into the parameter's location directly. A call
to an unknown function (a func value, an interface method) leaks everything.
Builtins have their own rules: ``append``ed values always reach the heap.
"""
from __future__ import annotations

from ..syntax import ast
from ..types import types as T
from . import ir
from .irfmt import ir_pos
from .typeinfo import has_pointers, is_interface
from .walk_stmt import _unparen

ANY = T.Interface([])


class CallMixin:
    def call_expr(self, k, n: ast.CallExpr) -> None:
        fun = _unparen(n.fun)
        if self.mode_of(fun) == "typexpr":
            self.conversion(k, n, self.type_of(fun))
            return
        name = self.builtin_name(fun)
        if name == "new":
            self.spill(k, n)
        elif name == "make":
            if isinstance(self.type_of(n.args[0]).underlying(), (T.Slice, T.Map)):
                self.spill(k, n)  # make(chan) has no location: it is always a heap object
            self.discards(n.args[1:])
        else:
            self.call([k], n)

    def builtin_name(self, fun):
        if self.mode_of(fun) != "builtin":
            return None
        return fun.name if isinstance(fun, ast.Ident) else None

    def conversion(self, k, n, t) -> None:
        x = n.args[0]
        xt = self.type_of(x)
        if self.mode_of(n) == "constant":
            return
        if is_interface(t) and not is_interface(xt):
            self.expr(k, ir.ConvIface(x, t, ir_pos(n), implicit=False))
            return
        tu, xu = t.underlying(), xt.underlying() if xt is not None else None
        string_conv = (T.is_string(tu) and isinstance(xu, T.Slice)) or \
            (isinstance(tu, T.Slice) and T.is_string(xu)) or (T.is_string(tu) and T.is_integer(xu))
        if string_conv:
            self.spill(k, n)
            self.discard(x)
        else:
            self.expr(k, x)

    # ------------------------------------------------------------ calls

    def call(self, ks, n: ast.CallExpr, wrapper=None) -> None:
        b = self.b

        def argument(k, arg):
            if wrapper is not None:
                arg = self.wrap_argument(arg, n, wrapper)
            self.expr(k.note(n, "call parameter"), arg)

        fun = _unparen(n.fun)
        name = self.builtin_name(fun)
        if name is not None:
            self.builtin(ks, n, name, argument)
            return
        if isinstance(fun, ast.FuncLit):
            b.func_of_lit(fun).closure_called = True
        fn, recv, sig = self.callee(fun)
        if ks and fn is not None and not isinstance(fn, str) and b.in_mutual_batch(fn):
            for i, res in enumerate(fn.results):
                if i < len(ks):
                    self.flow(ks[i], b.loc_of(res))
        ip = 0
        if recv is not None:
            if _has_call_or_recv(fun.x):  # f().M(): gc calls M on a temporary holding f()
                recv = self.non_name_temp(recv, fun.x)
            argument(self.tag_hole(ks, fn, 0), recv)
            ip = 1
        else:
            callee = fun
            if not isinstance(fun, ast.SelectorExpr) and _has_call_or_recv(fun):
                callee = self.non_name_temp(fun, fun)  # f()(): a temporary holding f()
            argument(b.discard_hole(), callee)
        args = list(n.args)
        params = sig.params.vars if sig is not None else []
        if len(args) == 1 and isinstance(self.type_of(args[0]), T.Tuple):
            args = self.multi_value_temps(args[0])
        if sig is not None and sig.variadic and not n.has_dots:
            nfixed = len(params) - 1
            extra = args[nfixed:]
            vt = params[-1].type
            elts = [self.conv(e, vt.elem, pos) for e, pos in zip(extra, self.borrowed_positions(n, args)[nfixed:])]
            args = args[:nfixed] + [ir.DotArgs(n, elts, vt, n.lparen) if extra else None]
            positions = self.borrowed_positions(n, args[:nfixed]) + [None]
        else:
            positions = self.borrowed_positions(n, args)
        for i, p in enumerate(params):
            if i >= len(args):
                break
            arg = args[i]
            if arg is not None and not isinstance(arg, ir.DotArgs):
                arg = self.conv(arg, p.type, positions[i])
            argument(self.tag_hole(ks, fn, ip + i), arg)

    def borrowed_positions(self, n: ast.CallExpr, args) -> list:
        """Where gc puts an implicit conversion of each argument: a bare variable has no
        position of its own and borrows the previous argument's, or the call's "("."""
        out = []
        last = n.lparen
        for a in args:
            a0 = _unparen(a) if a is not None and not isinstance(a, ir.Synthetic) else a
            if isinstance(a0, ir.AutoTmp) or isinstance(a0, ast.Ident) and isinstance(self.info.uses.get(a0), T.Var):
                out.append(last)
            else:
                last = ir_pos(a0) if a0 is not None else last
                out.append(last)
        return out

    def callee(self, fun):
        """(static callee or None, receiver expression or None, signature)."""
        b = self.b
        sig = self.type_of(fun)
        sig = sig.underlying() if sig is not None else None
        if not isinstance(sig, T.Signature):
            sig = None
        if isinstance(fun, ast.SelectorExpr):
            sel = self.info.selections.get(fun)
            if sel is not None and sel.kind == "method":
                func = sel.obj
                msig = func.type
                if self.mode_of(fun.x) == "typexpr":  # T.M(x, ...): receiver is the first argument
                    return b.callee_of_method(func, self.type_of(fun.x)), None, _method_expr_sig(msig)
                devirt = b.devirtualized.get(fun)
                if devirt is not None:  # s.M() with s known to hold a T: T.M(s.(T))
                    typ, func, dsel = devirt
                    msig = func.type
                    x = ir.DotType(fun.x, typ, fun.dot)
                    recv_t = msig.recv.type if msig.recv is not None else None
                    return b.callee_of_method(func, typ), self.receiver(x, dsel, recv_t, fun.dot), msig
                recv_t = msig.recv.type if msig.recv is not None else None
                fn = b.callee_of_method(func, self.type_of(fun.x))
                return fn, self.receiver(fun.x, sel, recv_t, fun.dot), msig
            if sel is None and isinstance(fun.x, ast.Ident):  # pkg.F
                obj = self.info.uses.get(fun.sel)
                if isinstance(obj, T.Func):
                    return f"{obj.pkg}.{obj.name}", None, sig
            return None, None, sig
        v = self.static_value(fun)
        if isinstance(v, ast.FuncLit):
            return b.func_of_lit(v), None, sig
        if isinstance(v, ast.Ident):
            obj = self.info.uses.get(v)
            if isinstance(obj, T.Func) and obj.decl is not None:
                return b.func_of_decl(obj.decl), None, sig
        return None, None, sig

    def static_value(self, n):
        """ir.StaticValue: follow a local variable assigned exactly once."""
        seen = 0
        while isinstance(n, ast.Ident) and seen < 100:
            seen += 1
            v = self.info.uses.get(n)
            rhs = self.b.static_rhs.get(v) if isinstance(v, T.Var) else None
            if rhs is None or self.b.var_func.get(v) is not self.curfn:
                return n
            n = _unparen(rhs)
        return n

    def tag_hole(self, ks, fn, index: int):
        """A hole for the argument passed to parameter index (receiver first) of fn."""
        b = self.b
        if fn is None:
            return b.heap_hole()
        if not isinstance(fn, str) and b.in_mutual_batch(fn):
            v = fn.params[index] if index < len(fn.params) else None
            if v is None or v not in b.locs:
                return b.discard_hole()
            return b.loc_of(v).as_hole()
        esc = b.tags_of(fn, index)
        if esc is None:
            return b.heap_hole()
        tag_ks = []
        if esc.heap >= 0:
            tag_ks.append(b.heap_hole().shift(esc.heap))
        if ks:
            for i, x in enumerate(esc.results):
                if x >= 0 and i < len(ks):
                    tag_ks.append(ks[i].shift(x))
        return self.tee_hole(*tag_ks)

    def multi_value_temps(self, call):
        """f(g()) and return g(): g's results go to temporaries first (RewriteMultiValueCall)."""
        t = self.type_of(call)
        temps = [self.new_temp(v.type, ir_pos(call), irgen=True) for v in (t.vars if isinstance(t, T.Tuple) else [])]
        ks = [self.b.loc_of(tmp).as_hole() for tmp in temps]
        self.call(ks, _unparen(call))
        self.reassigned(ks, None)
        return temps

    def non_name_temp(self, expr, orig):
        """t := expr, for a callee or receiver that calls or receives (RewriteNonNameCall)."""
        tmp = self.new_temp(self.type_of(orig), ir_pos(orig), irgen=True)
        self.b.printer.autotmps[orig] = tmp.name
        where = ir.TmpAssign(tmp, expr, tmp.pos)
        self.defn[tmp] = where
        self.assign_list([tmp], [expr], "assign", where)
        return tmp

    def new_temp(self, typ, pos, irgen: bool):
        tmp = ir.AutoTmp(self.b.autotmp_name(self.curfn, irgen), typ, pos)
        loc = self.b.new_loc(tmp, self.curfn, self.loop_depth, False, var=tmp, cls="local")
        self.b.locs[tmp] = loc
        return tmp

    def wrap_argument(self, arg, call, wrapper):
        """escape.rewriteArgument: copy a go/defer argument to a temporary the wrapper captures."""
        if isinstance(arg, ir.DotArgs):
            arg.elts = [self.wrap_one(e, arg.pos, wrapper) for e in arg.elts]
            return arg
        return self.wrap_one(arg, call.lparen, wrapper)

    def wrap_one(self, arg, pos, wrapper):
        if arg is None or isinstance(arg, ir.AutoTmp) and arg in wrapper.temps:
            return arg
        a = _unparen(arg) if not isinstance(arg, ir.Synthetic) else arg
        if not isinstance(a, ir.Synthetic):
            if self.mode_of(a) in ("constant", "nil") or self.mode_of(a) == "typexpr":
                return arg
            if isinstance(a, ast.Ident) and isinstance(self.info.uses.get(a), T.Func):
                return arg
            if isinstance(a, ast.SelectorExpr) and self.mode_of(a.x) == "typexpr":
                return arg
        if _unique_pos(a):
            pos = ir_pos(a)
        tmp = self.new_temp(self.type_of(a) if not isinstance(a, ir.Implicit) else _implicit_type(self, a), pos,
                            irgen=False)
        where = ir.TmpAssign(tmp, arg, pos)
        self.defn[tmp] = where
        self.dcl(tmp)
        self.assign_list([tmp], [arg], "assign", where)
        self.b.loc_of(tmp).captured = True
        wrapper.temps.append(tmp)
        wrapper.closure_vars.append((tmp, tmp))
        return tmp

    def builtin(self, ks, n, name, argument) -> None:
        b = self.b
        args = list(n.args)
        if name == "append":
            st = self.type_of(args[0])
            elem = st.underlying().elem if isinstance(st.underlying(), T.Slice) else None
            appendee_k = ks[0] if ks else b.discard_hole()
            if elem is not None and has_pointers(elem):
                appendee_k = self.tee_hole(appendee_k, b.heap_hole().deref(n, "appendee slice"))
            argument(appendee_k, args[0])
            if n.has_dots:
                appended_k = b.discard_hole()
                at = self.type_of(args[1]).underlying()
                if isinstance(at, T.Slice) and has_pointers(at.elem):
                    appended_k = b.heap_hole().deref(n, "appended slice...")
                argument(appended_k, args[1])
            else:
                for a in args[1:]:
                    argument(b.heap_hole(), self.conv(a, elem))
        elif name == "copy":
            argument(b.discard_hole(), args[0])
            copied_k = b.discard_hole()
            yt = self.type_of(args[1]).underlying()
            if isinstance(yt, T.Slice) and has_pointers(yt.elem):
                copied_k = b.heap_hole().deref(n, "copied slice")
            argument(copied_k, args[1])
        elif name == "panic":
            a0 = _unparen(args[0])
            bare = self.mode_of(a0) == "constant" or isinstance(a0, ast.Ident)
            argument(b.heap_hole(), self.conv(args[0], ANY, n.lparen if bare else ir_pos(a0)))
        elif name == "delete":
            mt = self.type_of(args[0]).underlying()
            argument(b.discard_hole(), args[0])
            argument(b.discard_hole(), self.conv(args[1], mt.key) if isinstance(mt, T.Map) else args[1])
        else:  # len cap close print println recover
            for a in args:
                argument(b.discard_hole(), a)

    def go_defer(self, n) -> None:
        """escape.goDeferStmt: go/defer of a call with arguments becomes a closure
        (the wrapper) capturing the arguments, copied to temporaries. The closure
        escapes for go, and for a defer inside a loop; a top-level defer's lives
        until the function returns."""
        b = self.b
        k = b.heap_hole()
        if isinstance(n, ast.DeferStmt) and self.loop_depth == 1:
            k = self.later(b.discard_hole())
        call = _unparen(n.call)
        fun = _unparen(call.fun)
        sig = self.type_of(fun)
        sig = sig.underlying() if sig is not None else None
        is_method = isinstance(fun, ast.SelectorExpr) and self.info.selections.get(fun) is not None \
            and self.info.selections[fun].kind == "method" and self.mode_of(fun.x) != "typexpr"
        if self.builtin_name(fun) is None and not is_method and isinstance(sig, T.Signature) \
                and not sig.params.vars and not sig.results.vars:
            self.expr(k, fun)
            return
        wrap = ir.GoWrap(call, n.pos)
        wrapper = b.new_wrapper(wrap, self.curfn)
        self.call(None, call, wrapper=wrapper)
        b.closures.append((self.spill(k, wrap), wrap))


def _has_call_or_recv(e) -> bool:
    from .funcs import preorder
    if isinstance(e, ast.FuncLit):
        return False  # ir.Any does not look inside a closure's body
    for x in preorder(e):
        if isinstance(x, ast.CallExpr) or (isinstance(x, ast.UnaryExpr) and x.op == "<-"):
            return True
    return False


def _unique_pos(a) -> bool:
    """ir.HasUniquePos: names and constants share positions; other nodes have their own."""
    if isinstance(a, (ast.Ident, ast.BasicLit)):
        return False
    if isinstance(a, ir.Implicit):
        return False
    return True


def _implicit_type(w, a):
    if a.op == "&":
        return T.Pointer(w.type_of(a.x))
    return w.type_of(a.x)


def _method_expr_sig(msig):
    recv = msig.recv
    params = ([recv] if recv is not None else []) + list(msig.params.vars)
    return T.Signature(T.Tuple(params), msig.results, msig.variadic, None)
