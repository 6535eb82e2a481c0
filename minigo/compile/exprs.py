"""Expressions as Python expressions over the machine's value representation
(minigo/machine/values.py).

Integer arithmetic wraps inline: ``(_t if -B <= (_t := a + b) < B else _w(_t, 64))``;
unsigned results are masked.  Indexing checks bounds inline and calls ``_oob`` with Go's
message when it fails.  A call is ``(yield from f(args))``.  Values of struct and array
type are copied where Go copies them (``value``), never on plain reads.
"""
from __future__ import annotations

from ..syntax import ast
from ..types import types as T
from ..types.expr import default_type
from .typeinfo import concrete, const_literal, int_info, is_aggregate, is_float32, is_interface, under

_SIMPLE_OPS = {"==", "!=", "<", "<=", ">", ">="}


def _unparen(e):
    while isinstance(e, ast.ParenExpr):
        e = e.x
    return e


def _direct_iface(t) -> bool:
    """Pointer-shaped types sit in the interface word itself (no allocation): pointers,
    maps, channels, funcs, and structs or arrays of exactly one such value."""
    u = under(t)
    if isinstance(u, (T.Pointer, T.Map, T.Chan, T.Signature)):
        return True
    if isinstance(u, T.Struct) and len(u.fields) == 1:
        return _direct_iface(u.fields[0].type)
    if isinstance(u, T.Array) and u.len == 1:
        return _direct_iface(u.elem)
    return False


class Place:
    """An assignable location: ``load()`` reads it, ``store(code)`` writes it."""

    def __init__(self, load, store):
        self.load, self.store = load, store


class ExprMixin:
    # ------------------------------------------------------------ helpers

    def typeof(self, x):
        tv = self.info.types.get(x)
        return tv.type if tv is not None else None

    def simple(self, code: str) -> bool:
        return code.isidentifier() or code.lstrip("-").isdigit()

    def hold(self, code: str) -> tuple[str, str]:
        """(first use, later uses) of a value that must be evaluated once."""
        if self.simple(code):
            return code, code
        t = self.fs.temp()
        return f"({t} := {code})", t

    def zero(self, t) -> str:
        u = under(t)
        if isinstance(u, T.Basic):
            if u.info & T.BOOLEAN:
                return "False"
            if u.info & T.STRING:
                return "b''"
            if u.info & T.FLOAT:
                return "0.0"
            return "0"
        if isinstance(u, (T.Struct, T.Array)):
            return f"_z[{self.tid(t)}]()"
        if isinstance(u, T.Slice):
            return "_NS"
        if isinstance(u, T.Map):
            return "_NM"
        return "None"

    def copy_code(self, code: str, t) -> str:
        if not is_aggregate(t):
            return code
        return f"_cp[{self.tid(t)}]({code})"

    def fresh(self, x) -> bool:
        """Does x produce a value nobody else holds (so no copy is needed)?"""
        x = _unparen(x)
        if isinstance(x, ast.CompositeLit):
            return True
        if isinstance(x, ast.CallExpr):
            tv = self.info.types.get(x.fun)
            return not (tv is not None and tv.mode == "typexpr")
        return False

    def value(self, x, target=None) -> str:
        """x as a value stored somewhere new: converted to target, copied if an aggregate."""
        src = self.typeof(x)
        tv = self.info.types.get(x)
        if tv is not None and tv.val is not None and target is not None and not is_interface(target):
            return self.const_code(x, target)
        code = self.expr(x)
        if src is not None and is_aggregate(src) and not self.fresh(x):
            code = self.copy_code(code, src)
        if target is not None and src is not None:
            code = self.convert(code, src, target, x)
        return code

    def needs_convert(self, src, dst) -> bool:
        return dst is not None and is_interface(dst) and not is_interface(src)

    def convert(self, code: str, src, dst, node=None) -> str:
        """An implicit conversion for assignability: a concrete value into an interface."""
        if dst is None or src is None:
            return code
        if is_interface(dst) and not is_interface(src):
            if src is T.UntypedNil:
                return "None"
            st = concrete(src)
            if node is not None:
                tv = self.info.types.get(node)
                if tv is not None and tv.val is not None:  # boxed from read-only data
                    return f"(_rt[{self.tid(st)}], {const_literal(tv.val, st)})"
                if not _direct_iface(st) and T.sizeof(st) > 1:  # convT* may allocate
                    site = self.site(("box", node), node.pos, "interface conversion")
                    if site is not None:
                        return f"_convT({site}, (_rt[{self.tid(st)}], {code}))"
            return f"(_rt[{self.tid(st)}], {code})"
        return code

    def const_code(self, x, target=None) -> str:
        tv = self.info.types[x]
        t = tv.type
        if target is not None and not is_interface(target) and T.is_untyped(t):
            t = target
        if is_interface(t):
            d = default_type(self.info.types[x].type)
            return f"(_rt[{self.tid(d)}], {const_literal(tv.val, d)})"
        return const_literal(tv.val, t)

    # ------------------------------------------------------------ expressions

    def expr(self, x, stmt: bool = False) -> str:
        if self.bound and id(x) in self.bound:
            return self.bound[id(x)]
        tv = self.info.types.get(x)
        if tv is not None and tv.val is not None and not isinstance(_unparen(x), ast.FuncLit):
            if is_interface(tv.type):
                return self.const_code(x)
            return const_literal(tv.val, tv.type)
        meth = getattr(self, "x_" + type(x).__name__)
        return meth(x, stmt) if stmt and isinstance(x, (ast.CallExpr, ast.ParenExpr)) else meth(x)

    def x_ParenExpr(self, x, stmt=False) -> str:
        return self.expr(x.x, stmt)

    def x_Ident(self, x) -> str:
        obj = self.info.uses.get(x) or self.info.defs.get(x)
        if isinstance(obj, T.Nil) or (obj is not None and obj.name == "nil" and isinstance(obj, T.Nil)):
            return self.zero(self.typeof(x) or T.UntypedNil)
        if isinstance(obj, T.Var):
            if obj.is_global:
                name = self.global_vars[obj]
                return f"{name}.v" if obj in self.boxed_globals else name
            name = self.names.of(obj)
            return f"{name}.v" if self.fs.facts.boxed(obj) else name
        if isinstance(obj, T.Func):
            if obj in self.func_names:
                return self.func_names[obj]
            return self.lib_func_value(obj)
        raise NotImplementedError(f"identifier {x.name}")

    def x_BasicLit(self, x) -> str:
        return const_literal(self.info.types[x].val, self.typeof(x))

    def x_FuncLit(self, x) -> str:
        return self.func_lit(x)

    def x_UnaryExpr(self, x) -> str:
        op = x.op
        t = self.typeof(x)
        if op == "&":
            return self.address_of(x.x, amp=x)
        if op == "<-":
            c = self.expr(x.x)
            if self.is_commaok(x):
                return f"(yield from _recv({c}))"
            return f"(yield from _recv({c}))[0]"
        v = self.expr(x.x)
        if op == "!":
            return f"(not {v})"
        if op == "+":
            return v
        ii = int_info(t)
        if op == "-":
            if ii is not None:
                return self.wrap(f"-{v}", t)
            code = f"(-{v})"
            return f"_f32{code}" if is_float32(t) else code
        if op == "^":
            if ii is not None:
                bits, signed = ii
                return f"(~{v})" if signed else f"({v} ^ {(1 << bits) - 1})"
        raise NotImplementedError(f"unary {op}")

    def wrap(self, code: str, t) -> str:
        """code's integer result reduced to t's width."""
        bits, signed = int_info(t)
        if not signed:
            return f"(({code}) & {(1 << bits) - 1})"
        tmp = self.fs.temp()
        half = 1 << (bits - 1)
        return f"({tmp} if {-half} <= ({tmp} := {code}) < {half} else _w({tmp}, {bits}))"

    def x_BinaryExpr(self, x) -> str:
        op = x.op
        if op == "&&":
            return f"({self.expr(x.x)} and {self.expr(x.y)})"
        if op == "||":
            return f"({self.expr(x.x)} or {self.expr(x.y)})"
        if op in _SIMPLE_OPS:
            return self.compare_code(op, self.expr(x.x), self.typeof(x.x), x.y, left_node=x.x)
        t = self.typeof(x)
        u = under(concrete(t))
        if op == "+" and isinstance(u, T.Basic) and u.info & T.STRING:
            return self.concat_code(x, t)
        return self.binary_code(op, self.expr(x.x), self.expr(x.y), t)

    def concat_code(self, x, t) -> str:
        """a + b + ...: one runtime concatstrings over all the operands, as Go's OADDSTR,
        with the stack buffer when escape analysis says the result does not escape."""
        parts, n = [], x
        while isinstance(n, ast.BinaryExpr) and n.op == "+" and not self.is_constant(n):
            parts.append(n.y)
            n = _unparen(n.x)
        parts.append(n)
        codes = ", ".join(self.expr(p) for p in reversed(parts))
        return f"_cat(({codes},), {self.tid(t)}, {self.site(x, x.pos, 'string concatenation')})"

    def is_constant(self, x) -> bool:
        tv = self.info.types.get(x)
        return tv is not None and tv.val is not None

    def binary_code(self, op: str, a: str, b: str, t) -> str:
        u = under(concrete(t))
        if op in ("<<", ">>"):
            ii = int_info(t)
            bits, signed = ii
            if op == "<<":
                if b.isdigit() and int(b) < bits:
                    return self.wrap(f"{a} << {b}", t)
                return f"_shl({a}, {b}, {bits}, {signed})"
            if b.isdigit():
                return f"({a} >> {b})"
            return f"_shr({a}, {b})"
        if isinstance(u, T.Basic) and u.info & T.STRING:  # s += t: no stack buffer (walk's OADDSTR)
            return f"_cat(({a}, {b}), {self.tid(t)}, None, False)"
        if isinstance(u, T.Basic) and u.info & T.FLOAT:
            if op == "/":
                code = f"_fdiv({a}, {b})"
            else:
                code = f"({a} {op} {b})"
            return f"_f32({code})" if u.kind == "float32" else code
        ii = int_info(t)
        if ii is None:
            raise NotImplementedError(f"binary {op} on {T.type_string(t)}")
        bits, signed = ii
        if op in ("+", "-", "*"):
            return self.wrap(f"{a} {op} {b}", t)
        if op == "/":
            if not signed:
                if b.isdigit() and int(b) != 0:
                    return f"({a} // {b})"
                return f"_idiv({a}, {b})"
            if b.isdigit():  # only MinInt / -1 overflows
                return f"_idiv({a}, {b})"
            return self.wrap(f"_idiv({a}, {b})", t)
        if op == "%":
            if not signed and b.isdigit() and int(b) != 0:
                return f"({a} % {b})"
            return f"_irem({a}, {b})"
        if op in ("&", "|", "^"):
            return f"({a} {op} {b})"
        if op == "&^":
            return f"({a} & ~{b})"
        raise NotImplementedError(f"binary {op}")

    def compare_code(self, op: str, a: str, at, ynode, left_node=None) -> str:
        """a (already compiled, of type at) compared with the expression ynode."""
        bt = self.typeof(ynode)
        b = self.expr(ynode)
        tv = self.info.types.get(ynode)
        if tv is not None and tv.val is not None and not is_interface(at):
            b = self.const_code(ynode, at)
        ai, bi = is_interface(at), is_interface(bt) if bt is not None else False
        if ai or bi:
            if bt is T.UntypedNil or (tv is not None and tv.mode == "nil"):
                return f"({a} is None)" if op == "==" else f"({a} is not None)"
            if left_node is not None:
                ltv = self.info.types.get(left_node)
                if ltv is not None and (ltv.type is T.UntypedNil or ltv.mode == "nil"):
                    return f"({b} is None)" if op == "==" else f"({b} is not None)"
            if not ai:
                a = self.convert(a, at, bt, left_node)
            if not bi:
                b = self.convert(b, bt, at, ynode)
            code = f"_ifeq({a}, {b})"
            return code if op == "==" else f"(not {code})"
        u = under(at)
        if isinstance(u, (T.Pointer, T.Chan, T.Signature, T.Map, T.Slice)):
            if isinstance(u, T.Pointer) and not isinstance(under(u.elem), (T.Struct, T.Array)):
                code = f"_ptreq({a}, {b})"
                return code if op == "==" else f"(not {code})"
            return f"({a} is {b})" if op == "==" else f"({a} is not {b})"
        return f"({a} {op} {b})"

    def address_of(self, x, amp=None) -> str:
        x = _unparen(x)
        if isinstance(x, ast.CompositeLit):
            code = self.expr(x)
            t = self.typeof(x)
            site = self.site(amp, x.pos, "&lit") if amp is not None else None
            if site is None:
                site = self.site(x, x.pos, "&lit")
            if not is_aggregate(t):
                code = f"_Box({code})"
            if site is not None:
                return f"_halloc({site}, {code}, {self.tid(t)})"
            return code
        t = self.typeof(x)
        if is_aggregate(t):
            return self.expr(x)  # a struct or array is its own address
        if isinstance(x, ast.Ident):
            obj = self.info.uses.get(x)
            if obj.is_global:
                return self.global_vars[obj]
            return self.names.of(obj)  # a Box (the scanner saw the &)
        if isinstance(x, ast.SelectorExpr):
            base, idx = self.field_base(x)
            return f"_ElemRef({base}, {idx})"
        if isinstance(x, ast.IndexExpr):
            xt = under(self.typeof(x.x))
            if isinstance(xt, T.Pointer):
                xt = under(xt.elem)
            if isinstance(xt, T.Slice):
                s0, s = self.hold(self.expr(x.x))
                i0, i = self.hold(self.expr(x.index))
                return f"(_ElemRef({s}.a, {s}.o + {i}) if {s0}.n > {i0} >= 0 else _oob({i}, {s}.n))"
            a0, a = self.hold(self.expr(x.x))
            i0, i = self.hold(self.expr(x.index))
            return f"(_ElemRef({a}, {i}) if {xt.len} > {i0} >= 0 and {a0} is not None else _oob({i}, {xt.len}))"
        if isinstance(x, ast.StarExpr):
            return self.expr(x.x)
        raise NotImplementedError(f"address of {type(x).__name__}")

    def x_StarExpr(self, x) -> str:
        p = self.expr(x.x)
        t = self.typeof(x)
        if is_aggregate(t):
            return f"_nn({p})"
        return f"{p}.v"

    # ------------------------------------------------------------ selectors and indexing

    def field_base(self, x) -> tuple[str, int]:
        """For a field selector x.f: the code of the struct holding f, and f's index."""
        sel = self.info.selections[x]
        base = self.expr(x.x)
        path = sel.path
        for i in path[:-1]:
            base = f"{base}[{i}]"
        return base, path[-1]

    def x_SelectorExpr(self, x) -> str:
        sel = self.info.selections.get(x)
        if sel is None:  # a qualified identifier: pkg.Name
            return self.lib_value(x)
        if sel.kind == "field":
            base, idx = self.field_base(x)
            return f"{base}[{idx}]"
        return self.method_value(x, sel)

    def x_IndexExpr(self, x) -> str:
        xt = under(self.typeof(x.x))
        if isinstance(xt, T.Pointer):
            xt = under(xt.elem)
        if isinstance(xt, T.Map):
            m = self.expr(x.x)
            k = self.map_key(x.index, xt.key)
            z = self.zero(xt.elem)
            if self.is_commaok(x):
                k0, kk = self.hold(k)
                m0, mm = self.hold(m)
                return f"(({mm}[{kk}], True) if {k0} in {m0} else ({z}, False))"
            if is_aggregate(xt.elem):
                k0, kk = self.hold(k)
                m0, mm = self.hold(m)
                return f"({mm}[{kk}] if {k0} in {m0} else {z})"
            return f"{m}.get({k}, {z})"
        if isinstance(xt, T.Basic):  # strings
            return f"_sidx({self.expr(x.x)}, {self.expr(x.index)})"
        tv = self.info.types.get(x.index)
        if isinstance(xt, T.Array):
            a = self.expr(x.x)
            if tv is not None and tv.val is not None:
                return f"{a}[{int(tv.val)}]"
            i0, i = self.hold(self.expr(x.index))
            a0, aa = self.hold(a)
            return f"({aa}[{i}] if {xt.len} > {i0} >= 0 and {a0} is not None else _oob({i}, {xt.len}))"
        s0, s = self.hold(self.expr(x.x))
        i0, i = self.hold(self.expr(x.index))
        return f"({s}.a[{s}.o + {i}] if {s0}.n > {i0} >= 0 else _oob({i}, {s}.n))"

    def x_SliceExpr(self, x) -> str:
        xt = under(self.typeof(x.x))
        lo = self.expr(x.lo) if x.lo is not None else "None"
        hi = self.expr(x.hi) if x.hi is not None else "None"
        mx = self.expr(x.max) if x.max is not None else "None"
        base = self.expr(x.x)
        if isinstance(xt, T.Basic):
            return f"_sslice({base}, {lo}, {hi})"
        if isinstance(xt, T.Pointer):
            return f"_arslice(_nn({base}), {lo}, {hi}, {mx})"
        if isinstance(xt, T.Array):
            return f"_arslice({base}, {lo}, {hi}, {mx})"
        return f"_slslice({base}, {lo}, {hi}, {mx})"

    def x_TypeAssertExpr(self, x) -> str:
        t = self.info.types[x.type].type
        v = self.expr(x.x)
        src = self.typeof(x.x)
        commaok = self.is_commaok(x)
        if is_interface(t):
            fn = "_iassert2" if commaok else "_iassert"
        else:
            fn = "_assert2" if commaok else "_assert"
        return f"{fn}({v}, _rt[{self.tid(t)}], _rt[{self.tid(src)}])"

    def type_test(self, x: str, t) -> str:
        if is_interface(t):
            return f"_implements({x}, _rt[{self.tid(t)}])"
        return f"({x} is not None and {x}[0] is _rt[{self.tid(t)}])"

    def x_CompositeLit(self, x) -> str:
        t = self.typeof(x)
        u = under(t)
        if isinstance(u, T.Pointer):  # &T elided in a literal of pointers: {..} means &T{..}
            inner = self.composite(x, u.elem)
            site = self.site(x, x.lbrace, "&lit")
            if not is_aggregate(u.elem):
                inner = f"_Box({inner})"
            return f"_halloc({site}, {inner}, {self.tid(u.elem)})" if site is not None else inner
        return self.composite(x, t)

    def composite(self, x, t) -> str:
        u = under(t)
        if isinstance(u, T.Struct):
            vals = [self.zero(f.type) for f in u.fields]
            if x.elts and not isinstance(x.elts[0], ast.KeyValue):
                vals = [self.value(el, f.type) for el, f in zip(x.elts, u.fields)]
            else:
                names = {f.name: i for i, f in enumerate(u.fields)}
                for el in x.elts:
                    i = names[el.key.name]
                    vals[i] = self.value(el.value, u.fields[i].type)
            return f"_cls[{self.tid(t)}]([{', '.join(vals)}])"
        if isinstance(u, (T.Array, T.Slice)):
            items = {}
            idx = 0
            for el in x.elts:
                if isinstance(el, ast.KeyValue):
                    idx = int(self.info.types[el.key].val)
                    el = el.value
                items[idx] = self.elem_value(el, u.elem)
                idx += 1
            n = u.len if isinstance(u, T.Array) else (max(items) + 1 if items else 0)
            if len(items) == n:
                body = "[" + ", ".join(items[i] for i in range(n)) + "]"
            else:
                z = self.zero(u.elem)
                if is_aggregate(u.elem):
                    body = "[" + ", ".join(items.get(i, z) for i in range(n)) + "]"
                else:
                    body = f"[{z}] * {n}" if not items else \
                        "[" + ", ".join(items.get(i, z) for i in range(n)) + "]"
            if isinstance(u, T.Array):
                return f"_cls[{self.tid(t)}]({body})"
            site = self.site(x, x.lbrace, "slice literal")
            code = f"_Slice({body}, 0, {n}, {n})"
            if site is not None:
                return f"_halloc({site}, {code}, {self.tid(t)})"
            return code
        if isinstance(u, T.Map):
            pairs = []
            for el in x.elts:
                k = self.elem_value(el.key, u.key)
                v = self.elem_value(el.value, u.elem)
                pairs.append(f"{k}: {v}")
            code = "{" + ", ".join(pairs) + "}"
            site = self.site(x, x.lbrace, "map literal")
            return f"_makemap({self.tid(t)}, {code}, {len(pairs)}, {site})"
        raise NotImplementedError(f"composite literal of {T.type_string(t)}")

    def map_store(self, base: str, k: str, c: str) -> None:
        """m[k] = v; an insert past the map's limit lets the runtime allocate or grow its buckets."""
        self.e.line(f"{base}[{k}] = {c}")
        self.e.line(f"if len({base}) > {base}.lim: _mapgrow({base})")

    def map_key(self, x, kt) -> str:
        k = self.value(x, kt)
        u = under(kt)
        if isinstance(u, T.Basic) and u.info & T.FLOAT:
            return f"_nank({k})"
        return k

    def elem_value(self, el, t) -> str:
        if isinstance(el, ast.CompositeLit) and el.type is None:
            tt = self.typeof(el) or t
            if isinstance(under(tt), T.Pointer):
                return self.x_CompositeLit(el)
            return self.composite(el, tt)
        return self.value(el, t)

    # ------------------------------------------------------------ places

    def place(self, x) -> Place:
        x = _unparen(x)
        e = self.e
        if isinstance(x, ast.Ident):
            obj = self.info.uses.get(x) or self.info.defs.get(x)
            t = obj.type
            if obj.is_global:
                name = self.global_vars[obj]
                if obj in self.boxed_globals:
                    return Place(lambda: f"{name}.v", lambda c: e.line(f"{name}.v = {c}"))
                if is_aggregate(t):
                    return Place(lambda: name, lambda c: e.line(f"_ci[{self.tid(t)}]({name}, {c})"))

                def store_global(c, name=name):
                    self.fs.globals_assigned.add(name)
                    e.line(f"{name} = {c}")
                return Place(lambda: name, store_global)
            name = self.names.of(obj)
            facts = self.fs.facts
            if facts.boxed(obj):
                return Place(lambda: f"{name}.v", lambda c: e.line(f"{name}.v = {c}"))
            if is_aggregate(t) and (obj in facts.addressed or obj in facts.captured):
                return Place(lambda: name, lambda c: e.line(f"_ci[{self.tid(t)}]({name}, {c})"))
            return Place(lambda: name, lambda c: e.line(f"{name} = {c}"))
        t = self.typeof(x)
        agg = is_aggregate(t)
        if isinstance(x, ast.SelectorExpr):
            base, idx = self.field_base(x)
            if not self.simple(base):
                tmp = self.fs.temp()
                e.line(f"{tmp} = {base}")
                base = tmp
            loc = f"{base}[{idx}]"
            if agg:
                return Place(lambda: loc, lambda c: e.line(f"_ci[{self.tid(t)}]({loc}, {c})"))
            return Place(lambda: loc, lambda c: e.line(f"{loc} = {c}"))
        if isinstance(x, ast.StarExpr):
            p = self.expr(x.x)
            if not self.simple(p):
                tmp = self.fs.temp()
                e.line(f"{tmp} = {p}")
                p = tmp
            if agg:
                return Place(lambda: p, lambda c: e.line(f"_ci[{self.tid(t)}](_nn({p}), {c})"))
            return Place(lambda: f"{p}.v", lambda c: e.line(f"{p}.v = {c}"))
        if isinstance(x, ast.IndexExpr):
            xt = under(self.typeof(x.x))
            if isinstance(xt, T.Pointer):
                xt = under(xt.elem)
            base = self.expr(x.x)
            if not self.simple(base):
                tmp = self.fs.temp()
                e.line(f"{tmp} = {base}")
                base = tmp
            if isinstance(xt, T.Map):
                k = self.map_key(x.index, xt.key)
                if not self.simple(k):
                    tmp = self.fs.temp()
                    e.line(f"{tmp} = {k}")
                    k = tmp
                z = self.zero(xt.elem)
                return Place(lambda: f"{base}.get({k}, {z})", lambda c: self.map_store(base, k, c))
            i = self.expr(x.index)
            if not self.simple(i):
                tmp = self.fs.temp()
                e.line(f"{tmp} = {i}")
                i = tmp
            if isinstance(xt, T.Array):
                check = f"if not {xt.len} > {i} >= 0: _oob({i}, {xt.len})"
                loc = f"{base}[{i}]"
            else:
                check = f"if not {base}.n > {i} >= 0: _oob({i}, {base}.n)"
                loc = f"{base}.a[{base}.o + {i}]"

            checked = []

            def load():  # op= reads the element first: the bounds check comes before
                e.line(check)
                checked.append(True)
                return loc

            def store(c):  # Go checks bounds when it stores, after the right-hand side
                if not checked:
                    e.line(check)
                e.line(f"_ci[{self.tid(t)}]({loc}, {c})" if agg else f"{loc} = {c}")
            return Place(load, store)
        raise NotImplementedError(f"assignment to {type(x).__name__}")

    # ------------------------------------------------------------ tuples

    def multi_expr(self, x, n: int) -> str:
        """An expression giving n values: a call's tuple, or a comma-ok form (v, ok)."""
        u = _unparen(x)
        if n == 2 and self.commaok_capable(u):
            self.want_commaok = u
        return self.expr(x)

    def commaok_capable(self, u) -> bool:
        """A map index, type assertion or receive: usable as v, ok."""
        if isinstance(u, ast.TypeAssertExpr):
            return True
        if isinstance(u, ast.UnaryExpr):
            return u.op == "<-"
        if isinstance(u, ast.IndexExpr):
            xt = self.typeof(u.x)
            return xt is not None and isinstance(under(xt), T.Map)
        return False

    def is_commaok(self, x) -> bool:
        if getattr(self, "want_commaok", None) is x:
            self.want_commaok = None
            return True
        return False

    def tuple_types(self, x) -> list:
        t = self.typeof(x)
        if isinstance(t, T.Tuple):
            return [v.type for v in t.vars]
        u = _unparen(x)
        if self.commaok_capable(u):  # v, ok: the checker's record of u may be ok's bool
            if isinstance(u, ast.TypeAssertExpr):
                return [self.info.types[u.type].type, T.Bool]
            return [under(self.typeof(u.x)).elem, T.Bool]
        return [t]

    def tuple_type(self, x, i: int):
        ts = self.tuple_types(x)
        if i < len(ts):
            return ts[i]
        return T.Bool
