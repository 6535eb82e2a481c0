"""Expressions (Go's ``escape/expr.go``): how a value flows into a hole.

``expr(k, n)`` evaluates n and flows its value into k. Taking an address
shifts the hole by -1 (``&x``), dereferencing by +1 (``*p``, ``p.f`` through a
pointer, ``s[i]`` of a slice). Expressions that allocate (``new``, ``&T{}``,
``make``, slice and map literals, closures, method values, boxing into an
interface, string conversions and concatenation) get a location of their own
("spill"): its address flows to k, and their contents flow into it.
"""
from __future__ import annotations

from ..syntax import ast
from ..types import types as T
from . import ir
from .irfmt import ir_pos
from .typeinfo import has_pointers, is_direct_iface, is_interface, is_untyped
from .walk_stmt import _unparen
from ..types.relations import identical


class ExprMixin:
    def discard(self, n) -> None:
        self.expr(self.b.discard_hole(), n)

    def discards(self, ns) -> None:
        for n in ns:
            self.discard(n)

    def type_of(self, n):
        if n is None:
            return None
        if isinstance(n, ir.Synthetic):
            return getattr(n, "type", None)
        tv = self.info.types.get(n)
        return tv.type if tv is not None else None

    def mode_of(self, n) -> str:
        tv = self.info.types.get(n)
        return tv.mode if tv is not None else ""

    def is_conversion(self, call) -> bool:
        return self.mode_of(_unparen(call.fun)) == "typexpr"

    def conv(self, e, t, pos=None):
        """e as assigned to type t: wrapped in an implicit interface conversion if needed."""
        if e is None or t is None or not is_interface(t):
            return e
        et = self.type_of(e)
        if et is None or et is T.UntypedNil or self.mode_of(_unparen(e)) == "nil":
            return e
        if is_interface(et) and (et is t or identical(et, t)):
            return e
        return ir.ConvIface(e, t, pos if pos is not None else ir_pos(e))

    def expr(self, k, n) -> None:
        if n is None:
            return
        t = self.type_of(n)
        if k.derefs >= 0 and t is not None and not is_untyped(t) and not has_pointers(t):
            k = k.with_dst(self.b.blank_loc)
        b = self.b
        if isinstance(n, ast.ParenExpr):
            self.expr(k, n.x)
        elif isinstance(n, ast.Ident):
            v = self.info.uses.get(n)
            if isinstance(v, T.Var) and not v.is_global and v in b.locs:
                self.flow(k, b.loc_of(v))
        elif isinstance(n, (ast.BasicLit, ast.FuncType, ast.ArrayType, ast.MapType, ast.ChanType,
                            ast.StructType, ast.InterfaceType)):
            pass
        elif self.mode_of(n) == "constant":
            pass
        elif isinstance(n, ast.UnaryExpr):
            if n.op == "&":
                x = _unparen(n.x)
                if isinstance(x, ast.CompositeLit):  # &T{...}: OPTRLIT
                    self.expr(self.spill(k, n), x)
                else:
                    self.expr(k.addr(n, "address-of"), x)
            else:  # + - ! ^ <-
                self.discard(n.x)
        elif isinstance(n, ast.StarExpr):
            self.expr(k.deref(n, "indirection"), n.x)
        elif isinstance(n, ast.BinaryExpr):
            if n.op == "+" and T.is_string(t):
                self.add_string(k, n)
            else:
                # mixed interface comparisons are converted later, by walk (transformCompare)
                self.discard(n.x)
                self.discard(n.y)
        elif isinstance(n, ast.SelectorExpr):
            self.selector(k, n)
        elif isinstance(n, ast.IndexExpr):
            xt = self.type_of(n.x).underlying()
            if isinstance(xt, T.Map):
                self.discard(n.x)
                self.discard(self.conv(n.index, xt.key, n.pos))
                return
            if isinstance(xt, T.Array):
                self.expr(k.note(n, "fixed-array-index-of"), n.x)
            elif isinstance(xt, T.Pointer):  # p[i] of *[N]T: (*p)[i]
                self.expr(k.note(n, "fixed-array-index-of").deref(n, "indirection"), n.x)
            else:
                self.expr(k.deref(n, "dot of pointer"), n.x)
            self.discard(n.index)
        elif isinstance(n, ast.SliceExpr):
            xt = self.type_of(n.x).underlying()
            k = k.note(n, "slice")
            if isinstance(xt, T.Array):  # a[:] slices &a
                self.expr(k.addr(ir.Implicit("&", n.x, ir_pos(n.x)), "address-of"), n.x)
            else:
                self.expr(k, n.x)
            for e in (n.lo, n.hi, n.max):
                self.discard(e)
        elif isinstance(n, ast.TypeAssertExpr):
            self.expr(k.dot_type(t, n, "dot"), n.x)
        elif isinstance(n, ast.CallExpr):
            self.call_expr(k, n)
        elif isinstance(n, ast.CompositeLit):
            self.composite(k, n)
        elif isinstance(n, ast.FuncLit):
            self.closure(k, n)
        elif isinstance(n, ast.KeyValue):
            self.expr(k, n.value)
        elif isinstance(n, ir.ConvIface):
            if not is_interface(self.type_of(n.x)) and not is_direct_iface(self.type_of(n.x)):
                k = self.spill(k, n)
            self.expr(k.note(n, "interface-converted"), n.x)
        elif isinstance(n, ir.DotArgs):
            k = self.spill(k, n)
            for e in n.elts:
                self.expr(k.note(n, "slice-literal-element"), e)
        elif isinstance(n, ir.PtrLit):
            self.expr(self.spill(k, n), n.lit)
        elif isinstance(n, ir.Implicit):
            if n.op == "field":
                for ptr in reversed(n.steps):
                    k = k.deref(n, "dot of pointer") if ptr else k.note(n, "dot")
                self.expr(k, n.x)
            elif n.op == "&":
                self.expr(k.addr(n, "address-of"), n.x)
            else:
                self.expr(k.deref(n, "indirection"), n.x)
        elif isinstance(n, ir.DotType):
            self.expr(k.dot_type(n.type, n, "dot"), n.x)
        elif isinstance(n, ir.AutoTmp):
            self.flow(k, self.b.loc_of(n))

    def add_string(self, k, n) -> None:
        """a + b + ...: one OADDSTR; its operands never escape (runtime.concatstrings)."""
        self.spill(k, n)
        ops = []
        x = n
        while isinstance(x, ast.BinaryExpr) and x.op == "+" and self.mode_of(x) != "constant":
            ops.append(x.y)
            x = _unparen(x.x)
        ops.append(x)
        for e in reversed(ops):
            self.discard(e)

    def selector(self, k, n: ast.SelectorExpr) -> None:
        sel = self.info.selections.get(n)
        if sel is None:
            return  # a package-qualified name: a function or global
        if sel.kind == "method":
            if self.mode_of(n.x) == "typexpr":
                return  # a method expression T.M
            self.method_value(k, n, sel)
            return
        # a field, maybe through embedded fields and pointers: innermost step last
        holes = k
        steps = self.field_steps(n)
        for ptr in reversed(steps):
            holes = holes.deref(n, "dot of pointer") if ptr else holes.note(n, "dot")
        self.expr(holes, n.x)

    def field_steps(self, n: ast.SelectorExpr) -> list[bool]:
        """For x.f (maybe through embedded fields): for each field step, whether it goes
        through a pointer (ODOTPTR) rather than a value (ODOT)."""
        sel = self.info.selections.get(n)
        t = self.type_of(n.x)
        steps = []
        path = sel.path if sel is not None else [0]
        for i, idx in enumerate(path):
            u = t.underlying() if t is not None else None
            ptr = isinstance(u, T.Pointer)
            if ptr:
                u = u.elem.underlying()
            steps.append(ptr)
            if isinstance(u, T.Struct) and 0 <= idx < len(u.fields):
                t = u.fields[idx].type
            else:
                break
        return steps

    def receiver(self, x, sel, recv_t, at=None):
        """The receiver expression as typechecking rewrote it: through embedded fields,
        with an implicit & or * to match the method's receiver."""
        t = self.type_of(x)
        steps = []
        path = sel.path if sel.kind == "method" else sel.path[:-1]
        for idx in path:
            u = t.underlying()
            steps.append(isinstance(u, T.Pointer))
            if isinstance(u, T.Pointer):
                u = u.elem.underlying()
            t = u.fields[idx].type
        if steps:
            x = ir.Implicit("field", x, ir_pos(x), steps)
        have_ptr = isinstance(t.underlying(), T.Pointer)
        if recv_t is None or is_interface(recv_t):
            return x
        want_ptr = isinstance(recv_t, T.Pointer)
        at = at if at is not None else ir_pos(x)
        if want_ptr and not have_ptr:
            return ir.Implicit("&", x, at)
        if not want_ptr and have_ptr:
            return ir.Implicit("*", x, at)
        return x

    def method_value(self, k, n, sel) -> None:
        b = self.b
        closure_k = self.spill(k, n)
        func = sel.obj
        sig = func.type
        ks = [b.heap_hole() for _ in sig.results.vars]
        fn = b.callee_of_method(func, self.type_of(n.x))
        param_k = self.tag_hole(ks, fn, 0)
        recv = self.receiver(n.x, sel, sig.recv.type if sig.recv is not None else None, n.dot)
        self.expr(self.tee_hole(param_k, closure_k), recv)

    def composite(self, k, n: ast.CompositeLit) -> None:
        t = self.type_of(n)
        u = t.underlying() if t is not None else None
        if isinstance(u, T.Struct):
            fields = u.fields
            for i, e in enumerate(n.elts):
                if isinstance(e, ast.KeyValue):
                    f = next((f for f in fields if f.name == e.key.name), None)
                    e = e.value
                else:
                    f = fields[i] if i < len(fields) else None
                self.expr(k.note(n, "struct literal element"), self.elem(e, f.type if f else None))
        elif isinstance(u, T.Array):
            for e in n.elts:
                self.expr(k.note(n, "array literal element"), self.elem(_value(e), u.elem))
        elif isinstance(u, T.Slice):
            k = self.spill(k, n)
            for e in n.elts:
                self.expr(k.note(n, "slice-literal-element"), self.elem(_value(e), u.elem))
        elif isinstance(u, T.Map):
            self.spill(k, n)
            for e in n.elts:
                if isinstance(e, ast.KeyValue):
                    self.assign_heap(self.elem(e.key, u.key, e.colon), "map literal key", n)
                    self.assign_heap(self.elem(e.value, u.elem, e.colon), "map literal value", n)

    def elem(self, e, t, pos=None):
        """A composite literal element of type t: an elided &T{...}, or converted to t."""
        if isinstance(e, ast.CompositeLit) and e.type is None and t is not None \
                and isinstance(t.underlying(), T.Pointer):
            return ir.PtrLit(e, t, e.lbrace)
        return self.conv(e, t, pos)


def _value(e):
    return e.value if isinstance(e, ast.KeyValue) else e
