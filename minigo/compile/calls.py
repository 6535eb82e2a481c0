"""Calls: Go functions and methods (``yield from``), conversions, builtins, and the library
packages (fmt, errors, strings, sync, time, runtime), which the machine provides under
``_L`` (plain Python functions, or generator functions where they may block or call
back into Go code, such as fmt calling a String method)."""
from __future__ import annotations

from ..syntax import ast
from ..types import types as T
from .typeinfo import concrete, int_info, is_aggregate, is_interface, under

# library functions: Go name -> (machine attribute, generator?)
LIB_FUNCS = {
    "fmt.Println": ("println", True), "fmt.Print": ("print", True), "fmt.Printf": ("printf", True),
    "fmt.Sprintf": ("sprintf", True), "fmt.Sprint": ("sprint", True), "fmt.Sprintln": ("sprintln", True),
    "fmt.Errorf": ("errorf", True), "errors.New": ("errors_new", False),
    "runtime.GC": ("gc", True), "runtime.Gosched": ("gosched", True),
    "runtime.NumGoroutine": ("num_goroutine", False), "time.Sleep": ("sleep", True),
    "strings.Repeat": ("strings_repeat", False), "strings.Join": ("strings_join", False),
    "strings.Split": ("strings_split", False), "strings.Contains": ("strings_contains", False),
}


def _unparen(e):
    while isinstance(e, ast.ParenExpr):
        e = e.x
    return e


class CallMixin:
    def x_CallExpr(self, x, stmt=False) -> str:
        fun = _unparen(x.fun)
        ftv = self.info.types.get(fun)
        if ftv is not None and ftv.mode == "typexpr":
            return self.conversion(x, ftv.type)
        if ftv is not None and ftv.mode == "builtin" or (ftv is None and isinstance(fun, ast.Ident)
                                                         and isinstance(self.info.uses.get(fun), T.Builtin)):
            return self.builtin(x, fun.name, stmt)
        fn, args, _ = self.call_parts(x)
        if fn.startswith("_L.gen_"):  # a library function that never blocks: a plain call
            return f"_L.{fn[7:]}({', '.join(args)})"
        return f"(yield from {fn}({', '.join(args)}))"

    def call_parts(self, x) -> tuple[str, list[str], str]:
        """(callable code, argument codes, Go name) of a call; the callable is a generator function."""
        fun = _unparen(x.fun)
        ftv = self.info.types.get(fun)
        if ftv is not None and ftv.mode in ("builtin", "typexpr") or ftv is None or \
                (isinstance(fun, ast.Ident) and isinstance(self.info.uses.get(fun), T.Builtin)):
            return self.builtin_thunk(x), [], "builtin"
        sig = under(self.typeof(fun))
        args = self.args(x, sig)
        if isinstance(fun, ast.SelectorExpr):
            sel = self.info.selections.get(fun)
            if sel is None:  # pkg.Func
                obj = self.info.uses.get(fun.sel)
                key = f"{obj.pkg}.{obj.name}"
                return self.lib_func_value(obj), args, key
            if sel.kind == "method":
                return self.method_call_parts(fun, sel, args)
        if isinstance(fun, ast.Ident):
            obj = self.info.uses.get(fun)
            if isinstance(obj, T.Func) and obj in self.func_names:
                return self.func_names[obj], args, "main." + obj.name
        return self.expr(fun), args, "func"

    def builtin_thunk(self, x) -> str:
        """go/defer of a builtin or conversion: its operands are evaluated now (bound as
        the thunk's defaults), the operation when the deferred call runs."""
        names = []
        for a in x.args:
            tv = self.info.types.get(a)
            if tv is not None and tv.mode == "typexpr":
                continue
            tmp = self.fs.temp()
            self.e.line(f"{tmp} = {self.expr(a)}")
            self.bound[id(a)] = tmp
            names.append(tmp)
        code = self.expr(x)
        for a in x.args:
            self.bound.pop(id(a), None)
        return f"_thunk(lambda {''.join(f'{n}={n}, ' for n in names)}: {code})"

    def args(self, x, sig) -> list[str]:
        params = [v.type for v in sig.params.vars]
        argx = list(x.args)
        if len(argx) == 1 and isinstance(self.typeof(argx[0]), T.Tuple):
            tmp = self.fs.temp()
            tuple_t = self.typeof(argx[0])
            code = self.expr(argx[0])
            self.e.line(f"{tmp} = {code}")
            ptypes = list(params)
            if sig.variadic:
                ptypes = ptypes[:-1] + [params[-1].elem] * (len(tuple_t.vars) - len(params) + 1)
            vals = [self.convert(f"{tmp}[{i}]", v.type, p) for i, (v, p) in enumerate(zip(tuple_t.vars, ptypes))]
            if sig.variadic:
                fixed = vals[:len(params) - 1]
                rest = vals[len(params) - 1:]
                return fixed + [f"_Slice([{', '.join(rest)}], 0, {len(rest)}, {len(rest)})"]
            return vals
        if sig.variadic and not x.has_dots:
            fixed = [self.value(a, p) for a, p in zip(argx, params[:-1])]
            et = params[-1].elem
            rest = [self.value(a, et) for a in argx[len(params) - 1:]]
            if not rest:
                return fixed + ["_NS"]
            site = self.site(("args", x), x.lparen, "... argument")
            code = f"_Slice([{', '.join(rest)}], 0, {len(rest)}, {len(rest)})"
            if site is not None:
                code = f"_halloc({site}, {code}, {self.tid(params[-1])})"
            return fixed + [code]
        return [self.value(a, p) for a, p in zip(argx, params)]

    # ------------------------------------------------------------ methods

    def method_call_parts(self, fun, sel, args) -> tuple[str, list[str], str]:
        fn = sel.obj
        recv_t = self.typeof(fun.x)
        if fn.type.recv is None and sel.path:  # promoted from an embedded interface
            return self._embedded_iface_call(fun, sel, args)
        if is_interface(recv_t) and not sel.path:
            r0, r = self.hold(self.expr(fun.x))
            return f"{r0}[0].methods[{fn.name!r}]", [f"{r}[1]"] + args, fn.name
        recv = self.receiver(fun, sel)
        if recv is None:  # promoted through an embedded interface
            return self._embedded_iface_call(fun, sel, args)
        target = self.method_funcs.get(fn)
        if target is None:
            target = self.lib_method(fn)
        return target, [recv] + args, fn.name

    def _embedded_iface_call(self, fun, sel, args):
        base = self.expr(fun.x)
        for i in sel.path:
            base = f"{base}[{i}]"
        r0, r = self.hold(base)
        return f"{r0}[0].methods[{sel.obj.name!r}]", [f"{r}[1]"] + args, sel.obj.name

    def receiver(self, fun, sel):
        """The receiver argument for a method selected through sel (with embedding paths)."""
        fn = sel.obj
        recv_ptr = isinstance(fn.type.recv.type, T.Pointer)
        base = self.expr(fun.x)
        t = self.typeof(fun.x)
        for i in sel.path:
            st = under(t.elem if isinstance(under(t), T.Pointer) else t)
            f = st.fields[i]
            base = f"{base}[{i}]"
            t = f.type
        if sel.path:
            bt = t.elem if isinstance(under(t), T.Pointer) else t
            if is_interface(bt):
                return None
        xt = t
        is_ptr = isinstance(under(xt), T.Pointer) and not isinstance(xt, T.Named) or \
            (isinstance(xt, T.Pointer))
        if recv_ptr:
            if is_ptr:
                return base
            if is_aggregate(xt):
                return base  # &x of a struct is the struct object
            return self._address_code(fun.x, sel, base)
        # value receiver
        if is_ptr:
            et = xt.elem if isinstance(xt, T.Pointer) else under(xt).elem
            if is_aggregate(et):
                return f"_nn({base})"
            return f"{base}.v"
        return base

    def _address_code(self, x, sel, base) -> str:
        """&x for a pointer method on an addressable non-struct variable x."""
        x = _unparen(x)
        if not sel.path:
            return self.address_of(x)
        raise NotImplementedError("pointer method through an embedded non-struct field")

    def method_value(self, x, sel) -> str:
        """x.M not called: a closure with the receiver bound (evaluated now)."""
        fn = sel.obj
        if sel.kind == "method" and self.info.types.get(x.x) is not None and \
                self.info.types[x.x].mode == "typexpr":
            target = self.method_funcs.get(fn)
            return target
        fcode, args, _ = self.method_call_parts(x, sel, [])
        if is_interface(self.typeof(x.x)):
            return f"_partial({fcode}, {args[0]})"
        recv = args[0]
        if not isinstance(fn.type.recv.type, T.Pointer):
            recv = self.copy_code(recv, fn.type.recv.type)
        return f"_partial({fcode}, {recv})"

    def lib_method(self, fn) -> str:
        recv = fn.type.recv.type
        base = recv.elem if isinstance(recv, T.Pointer) else recv
        return f"_L.{base.obj.pkg}_{base.obj.name}_{fn.name}"

    def lib_value(self, x) -> str:
        obj = self.info.uses.get(x.sel)
        if isinstance(obj, T.Func):
            return self.lib_func_value(obj)
        raise NotImplementedError(f"{obj.pkg}.{obj.name}")

    def lib_func_value(self, obj) -> str:
        attr, gen = LIB_FUNCS[f"{obj.pkg}.{obj.name}"]
        return f"_L.{attr}" if gen else f"_L.gen_{attr}"

    # ------------------------------------------------------------ conversions

    def conversion(self, x, t) -> str:
        arg = x.args[0]
        tv = self.info.types.get(x)
        if tv is not None and tv.val is not None:
            return self.expr(x)
        src = self.typeof(arg)
        code = self.expr(arg)
        su, tu = under(concrete(src)), under(t)
        if is_interface(t):
            return self.value(arg, t)
        rt = f"{self.tid(t)}, {self.site(x, x.pos, 'conversion')}"  # the result's type and escape site
        if isinstance(tu, T.Basic) and isinstance(su, T.Basic):
            if tu.info & T.STRING:
                if su.info & T.STRING:
                    return code
                return f"_i2s({code}, {rt})"  # string(rune)
            ti = int_info(t)
            if ti is not None:
                bits, signed = ti
                if su.info & T.FLOAT:
                    return f"_f2i({code}, {bits}, {signed})"
                si = int_info(src)
                if si == ti or (si is not None and si[1] == signed and si[0] <= bits) or \
                        (si is not None and not si[1] and signed and si[0] < bits):
                    return code
                return self.wrap(code, t)
            if tu.info & T.FLOAT:
                if tu.kind == "float32":
                    return f"_f32({code})"
                if su.info & T.FLOAT:
                    return code
                return f"float({code})"
            return code
        if isinstance(tu, T.Basic) and tu.info & T.STRING and isinstance(su, T.Slice):
            if int_info(su.elem) == (8, False):
                return f"_sl2b({code}, {rt})"
            return f"_sl2r({code}, {rt})"
        if isinstance(tu, T.Slice) and isinstance(su, T.Basic):
            atv = self.info.types.get(arg)
            const = atv is not None and atv.val is not None
            if int_info(tu.elem) == (8, False):
                return f"_b2sl({code}, {rt}, {const})"
            return f"_s2r({code}, {rt}, {const})"
        if isinstance(tu, (T.Struct, T.Array)):
            if self.fresh(arg):
                return f"_cls[{self.tid(t)}]({code})"
            return f"_cls[{self.tid(t)}](_cp[{self.tid(src)}]({code}))"
        return code

    # ------------------------------------------------------------ builtins

    def builtin(self, x, name: str, stmt: bool) -> str:
        args = x.args
        if name == "len" or name == "cap":
            a = self.expr(args[0])
            t = under(self.typeof(args[0]))
            if isinstance(t, T.Pointer):
                t = under(t.elem)
            if isinstance(t, T.Basic):
                return f"len({a})"
            if isinstance(t, T.Array):
                return str(t.len)
            if isinstance(t, T.Slice):
                return f"{a}.n" if name == "len" else f"{a}.c"
            if isinstance(t, T.Map):
                return f"len({a})"
            if isinstance(t, T.Chan):
                return f"_chlen({a})" if name == "len" else f"_chcap({a})"
        if name == "append":
            st = self.typeof(x)
            et = under(st).elem
            s = self.expr(args[0])
            if x.has_dots:
                src = self.expr(args[1])
                return f"_append_slice({s}, {src}, {self.tid(st)})"
            vals = [self.value(a, et) for a in args[1:]]
            if len(vals) == 1:
                return f"_append1({s}, {vals[0]}, {self.tid(st)})"
            return f"_append({s}, [{', '.join(vals)}], {self.tid(st)})"
        if name == "make":
            t = self.info.types[args[0]].type
            u = under(t)
            rest = [self.expr(a) for a in args[1:]]
            if isinstance(u, T.Slice):
                n = rest[0]
                c = rest[1] if len(rest) > 1 else None
                site = self.site(x, x.pos, "make")
                return f"_makeslice({n}, {c}, {self.tid(t)}, {site})"
            if isinstance(u, T.Map):
                site = self.site(x, x.pos, "make")
                return f"_makemap({self.tid(t)}, {{}}, {rest[0] if rest else 0}, {site})"
            if isinstance(u, T.Chan):
                return f"_makechan({rest[0] if rest else 0}, {self.tid(t)})"
        if name == "new":
            t = self.info.types[args[0]].type
            site = self.site(x, x.pos, "new")
            z = self.zero(t)
            obj = z if is_aggregate(t) else f"_Box({z})"
            if site is not None:
                return f"_halloc({site}, {obj}, {self.tid(t)})"
            return obj
        if name == "copy":
            return f"_copy({self.expr(args[0])}, {self.expr(args[1])})"
        if name == "delete":
            m = self.expr(args[0])
            kt = under(self.typeof(args[0])).key
            return f"{m}.pop({self.value(args[1], kt)}, None)"
        if name == "close":
            return f"_close({self.expr(args[0])})"
        if name == "panic":
            return f"_panic({self.value(args[0], T.ANY)})"
        if name == "recover":
            return "_recover()"
        if name in ("print", "println"):
            parts = []
            for a in args:
                t = concrete(self.typeof(a))
                parts.append(f"(_rt[{self.tid(t)}], {self.value(a, t)})")
            return f"_printb([{', '.join(parts)}], {name == 'println'})"
        raise NotImplementedError(f"builtin {name}")
