"""The builtin functions (types2 ``builtins.go``, go1.19): arity, argument rules, result types.

As in types2, arguments are evaluated first (except make's and new's type argument),
then the count is checked, then each builtin's own rules apply.
"""
from __future__ import annotations

from ..syntax import ast
from ..syntax.printer import expr_string
from . import constant
from . import types as T
from .operand import CONSTANT, INVALID, NOVALUE, VALUE, Operand
from .relations import identical

# name -> (number of arguments, variadic)
_ARITY = {"append": (1, True), "cap": (1, False), "close": (1, False), "copy": (2, False),
          "delete": (2, False), "len": (1, False), "make": (1, True), "new": (1, False),
          "panic": (1, False), "print": (0, True), "println": (0, True), "recover": (0, False)}


def check_builtin(c, e: ast.CallExpr, name: str) -> Operand:
    if e.has_dots and name != "append":
        c.invalid_op(e, f"invalid use of ... with built-in {name}")
        c.use(*e.args)
        return Operand(INVALID, e)
    nargs = len(e.args)
    args: list[Operand] = []
    if name not in ("make", "new"):
        args, _ = c.expr_list(list(e.args), False)
        nargs = len(args)
        if args and args[0].invalid:
            return Operand(INVALID, e)
    want, variadic = _ARITY[name]
    msg = "not enough" if nargs < want else ("too many" if not variadic and nargs > want else "")
    if msg:
        c.invalid_op(e, f"{msg} arguments for {expr_string(e)} (expected {want}, found {nargs})")
        return Operand(INVALID, e)
    return _RULES[name](c, e, args)


def _append(c, e, args):
    x = args[0]
    u = x.type.underlying()
    if not isinstance(u, T.Slice):
        cause = "have untyped nil" if x.is_nil() else f"have {x.describe()}"
        c.error(x.expr, f"first argument to append must be a slice; {cause}")
        return Operand(INVALID, e)
    if len(args) == 2 and e.has_dots and c.assignable_type(x, T.Slice(T.Byte)):
        y = args[1]
        if not y.invalid and T.is_string(y.type):  # append([]byte, string...)
            return Operand(VALUE, e, x.type)
    sig = T.Signature(T.Tuple([T.Var("", x.type), T.Var("", T.Slice(u.elem))]), T.Tuple([T.Var("", x.type)]),
                      variadic=True)
    c.check_arguments(e, sig, "append", args)
    return Operand(VALUE, e, x.type)


def _len(c, e, args):
    return _len_cap(c, e, args[0], "len")


def _cap(c, e, args):
    return _len_cap(c, e, args[0], "cap")


def _len_cap(c, e, x, name):
    t = x.type.underlying()
    if isinstance(t, T.Pointer) and isinstance(t.elem.underlying(), T.Array):
        t = t.elem.underlying()
    mode, val = INVALID, None
    if isinstance(t, T.Basic) and t.info & T.STRING and name == "len":
        if x.mode == CONSTANT:
            mode, val = CONSTANT, len(constant.go_bytes(x.val))
        else:
            mode = VALUE
    elif isinstance(t, T.Array):
        mode = VALUE if _has_call_or_recv(e.args[0]) else CONSTANT
        val = t.len if mode == CONSTANT else None
    elif isinstance(t, (T.Slice, T.Chan)) or (isinstance(t, T.Map) and name == "len"):
        mode = VALUE
    if mode == INVALID:
        if x.type.underlying() is not T.Invalid:
            c.error(x.expr, f"invalid argument: {x.describe()} for {name}")
        return Operand(INVALID, e)
    if T.is_untyped(x.type):
        c.default_untyped(x)
    return Operand(mode, e, T.Int, val)


def _has_call_or_recv(e) -> bool:
    """types2's hasCallOrRecv: len/cap of an array is constant unless this is set."""
    if isinstance(e, ast.CallExpr):
        return True
    if isinstance(e, ast.UnaryExpr) and e.op == "<-":
        return True
    if isinstance(e, ast.FuncLit):
        return False
    for f in getattr(type(e), "__dataclass_fields__", {}):
        v = getattr(e, f)
        if isinstance(v, ast.Expr) and _has_call_or_recv(v):
            return True
        if isinstance(v, tuple) and any(isinstance(a, ast.Expr) and _has_call_or_recv(a) for a in v):
            return True
    return False


def _close(c, e, args):
    x = args[0]
    u = x.type.underlying()
    if not isinstance(u, T.Chan):
        c.invalid_op(x.expr, f"cannot close non-channel {x.describe()}")
        return Operand(INVALID, e)
    if u.dir == T.RECV:
        c.invalid_op(x.expr, f"cannot close receive-only channel {x.describe()}")
        return Operand(INVALID, e)
    return Operand(NOVALUE, e)


def _copy(c, e, args):
    x, y = args[0], args[1]
    if y.invalid:
        return Operand(INVALID, e)
    dst = x.type.underlying()
    src = y.type.underlying()
    if isinstance(src, T.Basic) and src.info & T.STRING:
        src = T.Slice(T.Byte)
    if not isinstance(dst, T.Slice) or not isinstance(src, T.Slice):
        c.error(x.expr, f"invalid argument: copy expects slice arguments; found {x.describe()} and {y.describe()}")
        return Operand(INVALID, e)
    if not identical(dst.elem, src.elem):
        c.error(x.expr, f"invalid argument: arguments to copy {x.describe()} and {y.describe()} have different "
                        f"element types {T.type_string(dst.elem)} and {T.type_string(src.elem)}")
        return Operand(INVALID, e)
    if T.is_untyped(y.type):
        c.default_untyped(y)
    return Operand(VALUE, e, T.Int)


def _delete(c, e, args):
    m, k = args[0], args[1]
    u = m.type.underlying()
    if not isinstance(u, T.Map):
        c.error(m.expr, f"invalid argument: {m.describe()} is not a map")
        return Operand(INVALID, e)
    if k.invalid:
        return Operand(INVALID, e)
    c.assignment(k, u.key, "argument to delete")
    return Operand(INVALID if k.invalid else NOVALUE, e)


def _make(c, e, args):
    arg0 = e.args[0]
    t = c.typexpr(arg0)
    if t is T.Invalid:
        return Operand(INVALID, e)
    u = t.underlying()
    if isinstance(u, T.Slice):
        least = 2
    elif isinstance(u, (T.Map, T.Chan)):
        least = 1
    else:
        c.error(arg0, f"invalid argument: cannot make {expr_string(arg0)}; type must be slice, map, or channel")
        return Operand(INVALID, e)
    n = len(e.args)
    if n < least or least + 1 < n:
        c.invalid_op(e, f"{expr_string(e)} expects {least} or {least + 1} arguments; found {n}")
        return Operand(INVALID, e)
    sizes = [c.index(a, None) for a in e.args[1:]]
    if len(sizes) == 2 and None not in sizes and sizes[0] > sizes[1]:
        c.error(e.args[1], "invalid argument: length and capacity swapped")
    return Operand(VALUE, e, t)


def _new(c, e, args):
    t = c.typexpr(e.args[0])
    if t is T.Invalid:
        return Operand(INVALID, e)
    return Operand(VALUE, e, T.Pointer(t))


def _panic(c, e, args):
    x = args[0]
    c.assignment(x, T.Interface([]), "argument to panic")
    return Operand(INVALID if x.invalid else NOVALUE, e)


def _print(c, e, args):
    name = expr_string(e.fun)
    for x in args:
        if x.invalid:
            return Operand(INVALID, e)
        c.assignment(x, None, f"argument to {name}")
        if x.invalid:
            return Operand(INVALID, e)
        if isinstance(x.type.underlying(), (T.Struct, T.Array)):
            # gc's walk (after type checking) prints only basic, pointer-like, slice and interface values
            c.backend_errors.append((e.lparen, f"illegal types for operand: print\n\t{T.type_string(x.type)}"))
    return Operand(NOVALUE, e)


def _recover(c, e, args):
    return Operand(VALUE, e, T.Interface([]))  # printed interface{}, as types2's emptyInterface


_RULES = {"append": _append, "cap": _cap, "close": _close, "copy": _copy, "delete": _delete, "len": _len,
          "make": _make, "new": _new, "panic": _panic, "print": _print, "println": _print, "recover": _recover}
