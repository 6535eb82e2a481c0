"""The builtin functions (types2 ``builtins.go``): argument rules and result types."""
from __future__ import annotations

from ..syntax import ast
from ..syntax.printer import expr_string
from . import constant
from . import types as T
from .operand import CONSTANT, INVALID, NOVALUE, VALUE, Operand

_ARITY = {"append": (1, None), "cap": (1, 1), "close": (1, 1), "copy": (2, 2), "delete": (2, 2),
          "len": (1, 1), "make": (1, 3), "new": (1, 1), "panic": (1, 1), "print": (0, None),
          "println": (0, None), "recover": (0, 0)}


def check_builtin(c, e: ast.CallExpr, name: str) -> Operand:
    lo, hi = _ARITY[name]
    n = len(e.args)
    if e.has_dots and name != "append":
        c.invalid_op(e, f"invalid use of ... with built-in {name}")
        return Operand(INVALID, e)
    if n < lo or (hi is not None and n > hi):
        msg = "not enough" if n < lo else "too many"
        at = e.args[hi] if n > (hi or 0) and hi is not None else e.rparen
        if n < lo and e.args:
            at = e.args[-1]
        if n < lo and not e.args:
            at = e.rparen
        c.error(at, f"{msg} arguments for {expr_string(e)} (expected {lo}, found {n})"
                if name not in ("make",) else f"{msg} arguments for {expr_string(e)} (expected {lo}, found {n})")
        for a in e.args:
            c.raw_expr(a, allow_type=True)
        return Operand(INVALID, e)
    return globals()["_" + name](c, e)


def _len(c, e):
    return _len_cap(c, e, "len")


def _cap(c, e):
    return _len_cap(c, e, "cap")


def _len_cap(c, e, name):
    x = c.expr(e.args[0])
    if x.invalid:
        return Operand(INVALID, e)
    t = x.type.underlying()
    if isinstance(t, T.Pointer) and isinstance(t.elem.underlying(), T.Array):
        t = t.elem.underlying()
    ok = isinstance(t, (T.Array, T.Slice, T.Chan)) or (name == "len" and isinstance(t, (T.Map,)) or
                                                      (name == "len" and T.is_string(t)))
    if not ok:
        c.error(x.expr, f"invalid argument: {x.describe()} for {name}")
        return Operand(INVALID, e)
    if name == "len" and x.mode == CONSTANT and T.is_string(t):
        return Operand(CONSTANT, e, T.Int, len(constant.go_bytes(x.val)))
    if isinstance(t, T.Array) and not _has_call_or_recv(e.args[0]):
        return Operand(CONSTANT, e, T.Int, t.len)
    if T.is_untyped(x.type):
        c.default_untyped(x)
    return Operand(VALUE, e, T.Int)


def _has_call_or_recv(e) -> bool:
    if isinstance(e, ast.CallExpr) or (isinstance(e, ast.UnaryExpr) and e.op == "<-"):
        return True
    for name in getattr(type(e), "__dataclass_fields__", {}):
        v = getattr(e, name)
        if isinstance(v, ast.Expr) and _has_call_or_recv(v):
            return True
    return False


def _append(c, e):
    s = c.expr(e.args[0])
    if s.invalid:
        for a in e.args[1:]:
            c.expr(a)
        return Operand(INVALID, e)
    if s.is_nil():
        c.error(s.expr, "first argument to append must be a typed slice; found untyped nil")
        return Operand(INVALID, e)
    u = s.type.underlying()
    if not isinstance(u, T.Slice):
        c.error(s.expr, f"first argument to append must be a slice; have {s.describe()}")
        for a in e.args[1:]:
            c.expr(a)
        return Operand(INVALID, e)
    if e.has_dots:
        if len(e.args) != 2:
            c.error(e, "can only use ... with final argument in list")
            return Operand(INVALID, e)
        x = c.expr(e.args[1])
        if x.invalid:
            return Operand(VALUE, e, s.type)
        if T.is_string(x.type) and isinstance(u.elem.underlying(), T.Basic) and u.elem.underlying().kind == "uint8":
            if T.is_untyped(x.type):
                c.convert_untyped(x, T.String)
            return Operand(VALUE, e, s.type)
        c.assignment(x, T.Slice(u.elem) if not isinstance(x.type.underlying(), T.Slice) or
                     not isinstance(s.type, T.Named) else s.type, "append")
        return Operand(VALUE, e, s.type)
    for a in e.args[1:]:
        x = c.expr(a, hint=u.elem)
        c.assignment(x, u.elem, "argument to append")
    return Operand(VALUE, e, s.type)


def _make(c, e):
    t = c.typexpr(e.args[0])
    if t is T.Invalid:
        for a in e.args[1:]:
            c.expr(a)
        return Operand(INVALID, e)
    u = t.underlying()
    if isinstance(u, T.Slice):
        lo = 2
    elif isinstance(u, (T.Map, T.Chan)):
        lo = 1
    else:
        c.error(e.args[0], f"invalid argument: cannot make {expr_string(e.args[0])}; type must be slice, map, or channel")
        for a in e.args[1:]:
            c.expr(a)
        return Operand(INVALID, e)
    n = len(e.args)
    if n < lo or n > (3 if lo == 2 else 2):
        c.error(e, f"invalid operation: {expr_string(e)} expects {lo} or {lo + 1} arguments; found {n}")
        return Operand(INVALID, e)
    sizes = []
    for a in e.args[1:]:
        sizes.append(_size_arg(c, a))
    if len(sizes) == 2 and None not in sizes and sizes[0] > sizes[1]:
        c.invalid_op(e.args[1], "length and capacity swapped")
    return Operand(VALUE, e, t)


def _size_arg(c, a):
    x = c.expr(a)
    if x.invalid:
        return None
    if x.mode == CONSTANT:
        v = constant.to_int(x.val)
        if v is None or not (T.is_numeric(x.type) or T.is_untyped(x.type)):
            c.error(a, f"{x.describe()} truncated to int" if T.is_numeric(x.type) else
                    f"cannot convert {x.describe()} to type int")
            return None
        if v < 0:
            c.error(a, f"invalid argument: index {x.describe()} must not be negative")
            return None
        if T.is_untyped(x.type):
            c.convert_untyped(x, T.Int)
            c.record(x)
        return v
    if not T.is_integer(x.type):
        c.error(a, f"cannot convert {x.describe()} to type int")
        return None
    return None


def _new(c, e):
    t = c.typexpr(e.args[0])
    if t is T.Invalid:
        return Operand(INVALID, e)
    return Operand(VALUE, e, T.Pointer(t))


def _copy(c, e):
    dst = c.expr(e.args[0])
    src = c.expr(e.args[1])
    if dst.invalid or src.invalid:
        return Operand(VALUE, e, T.Int)
    du = dst.type.underlying()
    if not isinstance(du, T.Slice):
        c.invalid_op(e, f"copy expects slice arguments; found {dst.describe()} and {src.describe()}")
        return Operand(INVALID, e)
    su = src.type.underlying()
    if T.is_string(su) and isinstance(du.elem.underlying(), T.Basic) and du.elem.underlying().kind == "uint8":
        if T.is_untyped(src.type):
            c.convert_untyped(src, T.String)
        return Operand(VALUE, e, T.Int)
    if not isinstance(su, T.Slice):
        c.invalid_op(e, f"copy expects slice arguments; found {dst.describe()} and {src.describe()}")
        return Operand(INVALID, e)
    from .relations import identical
    if not identical(du.elem, su.elem):
        c.invalid_op(e, f"arguments to copy {dst.describe()} and {src.describe()} have different element types "
                        f"{T.type_string(du.elem)} and {T.type_string(su.elem)}")
        return Operand(INVALID, e)
    return Operand(VALUE, e, T.Int)


def _delete(c, e):
    m = c.expr(e.args[0])
    k = c.expr(e.args[1])
    if m.invalid or k.invalid:
        return Operand(NOVALUE, e)
    u = m.type.underlying()
    if not isinstance(u, T.Map):
        c.error(m.expr, f"invalid argument: {m.describe()} is not a map")
        return Operand(INVALID, e)
    c.assignment(k, u.key, "argument to delete")
    return Operand(NOVALUE, e)


def _close(c, e):
    x = c.expr(e.args[0])
    if x.invalid:
        return Operand(NOVALUE, e)
    u = x.type.underlying()
    if not isinstance(u, T.Chan):
        c.invalid_op(x.expr, f"cannot close non-channel {x.describe()}")
        return Operand(INVALID, e)
    if u.dir == T.RECV:
        c.error(x.expr, f"invalid operation: cannot close receive-only channel {x.describe()}")
        return Operand(INVALID, e)
    return Operand(NOVALUE, e)


def _panic(c, e):
    x = c.expr(e.args[0])
    if not x.invalid:
        c.assignment(x, T.ANY, "argument to panic")
    return Operand(NOVALUE, e)


def _recover(c, e):
    return Operand(VALUE, e, T.ANY)


def _print(c, e):
    for a in e.args:
        x = c.expr(a)
        if x.invalid:
            continue
        if x.is_nil():
            c.error(a, f"use of untyped nil in argument to {expr_string(e.fun)}")
            continue
        if T.is_untyped(x.type):
            c.default_untyped(x)
    return Operand(NOVALUE, e)


_println = _print
