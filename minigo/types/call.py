"""Calls, conversions, builtins and selectors (types2 ``call.go``, ``builtins.go``,
``conversions.go``; selectors with embedding and auto-dereference via relations.py).
"""
from __future__ import annotations

from ..syntax import ast
from ..syntax.features import unsupported
from ..syntax.printer import expr_string
from . import constant
from . import types as T
from .operand import BUILTIN, CONSTANT, INVALID, NOVALUE, TYPEXPR, VALUE, VARIABLE, Operand
from .relations import identical, lookup_field_or_method


class CallMixin:
    # ------------------------------------------------------------ selectors

    def x_SelectorExpr(self, e: ast.SelectorExpr) -> Operand:
        return self.selector(e)

    def selector(self, e: ast.SelectorExpr, want_type: bool = False) -> Operand:
        if isinstance(e.x, ast.Ident):
            scope, obj = self.lookup(e.x.name)
            if isinstance(obj, T.PkgName):
                obj.used = True
                self.info.uses[e.x] = obj
                return self.qualified(e, obj)
        x = self.raw_expr(e.x, allow_type=True)
        self.exclude(x, (NOVALUE,), or_type=True)
        if x.invalid:
            return Operand(INVALID, e)
        if x.mode == BUILTIN:
            self.error(e.dot, f"cannot select on {x.describe()}")
            return Operand(INVALID, e)
        self.exclude(x, (NOVALUE,))
        self.single_value(x)
        if x.invalid:
            return Operand(INVALID, e)
        name = e.sel.name
        sel = lookup_field_or_method(x.type, name)
        if sel is not None and sel.kind == "method" and _needs_address(sel, x):
            self.error(e.sel, f"cannot call pointer method {name} on {T.type_string(x.type)}")
            return Operand(INVALID, e)
        if sel is None or sel.kind == "ambiguous":
            if x.type.underlying() is T.Invalid:
                return Operand(INVALID, e)  # types2: no follow-on error on an invalid type (go.dev/issue/49541)
            if sel is not None:
                self.error(e.sel, f"ambiguous selector {expr_string(e)}")
                return Operand(INVALID, e)
            if isinstance(x.type, T.Pointer) and isinstance(x.type.elem.underlying(), T.Interface):
                why = f"type {T.type_string(x.type)} is pointer to interface, not interface"
            else:
                why = f"type {T.type_string(x.type)} has no field or method {name}"
                other = name[0].lower() + name[1:] if name[0].isupper() else name[0].upper() + name[1:]
                if lookup_field_or_method(x.type, other) is not None:
                    why += f", but does have {other}"
            self.error(e.sel, f"{expr_string(e)} undefined ({why})")
            return Operand(INVALID, e)
        if x.mode == TYPEXPR:
            if sel.kind != "method":
                self.error(e.sel, f"{expr_string(e)} undefined (type {T.type_string(x.type)} has no method {name})")
                return Operand(INVALID, e)
            self.error(e, unsupported("method expressions"))
            return Operand(INVALID, e)
        self.info.selections[e] = sel
        self.info.uses[e.sel] = sel.obj
        if sel.kind == "field":
            mode = VARIABLE if (x.mode == VARIABLE or sel.indirect or isinstance(x.type.underlying(), T.Pointer)) \
                else VALUE
            return Operand(mode, e, sel.type)
        sig = sel.obj.type
        return Operand(VALUE, e, T.Signature(sig.params, sig.results, sig.variadic), id=sel.obj)

    def qualified(self, e: ast.SelectorExpr, pkg: T.PkgName) -> Operand:
        names = pkg.scope
        obj = names.get(e.sel.name)
        if obj is None:
            if _real_export(pkg.path, e.sel.name):
                self.error(e.sel, unsupported(f"{pkg.path}.{e.sel.name}"))
            else:
                self.error(e.sel, f"undefined: {pkg.name}.{e.sel.name}")
            return Operand(INVALID, e)
        self.info.uses[e.sel] = obj
        if isinstance(obj, T.TypeName):
            return Operand(TYPEXPR, e, obj.type)
        if isinstance(obj, T.Const):
            return Operand(CONSTANT, e, obj.type, obj.val)
        if isinstance(obj, T.Func):
            return Operand(VALUE, e, obj.type, id=obj)
        return Operand(VARIABLE, e, obj.type)

    # ------------------------------------------------------------ calls

    def x_CallExpr(self, e: ast.CallExpr, hint=None) -> Operand:
        f = self.raw_expr(e.fun, allow_type=True)
        self.exclude(f, (NOVALUE,), or_type=True)
        if f.invalid:
            for a in e.args:
                self.raw_expr(a, allow_type=True)
            return Operand(INVALID, e)
        if f.mode == TYPEXPR:
            return self.conversion(e, f.type)
        if f.mode == BUILTIN:
            return self.builtin(e, f.id)
        self.single_value(f)
        if f.invalid:
            return Operand(INVALID, e)
        sig = f.type.underlying() if f.type is not None else None
        if not isinstance(sig, T.Signature):
            self.invalid_op(e, f"cannot call non-function {f.describe()}")  # its arguments go unchecked
            return Operand(INVALID, e)
        self.arguments(e, sig, expr_string(e.fun))
        res = sig.results.vars
        if not res:
            return Operand(NOVALUE, e)
        if len(res) == 1:
            return Operand(VALUE, e, res[0].type)
        return Operand(VALUE, e, sig.results)

    def arguments(self, e: ast.CallExpr, sig: T.Signature, name: str) -> list[Operand]:
        args, _ = self.expr_list(list(e.args), False)
        self.check_arguments(e, sig, name, args)
        return args

    def check_arguments(self, e: ast.CallExpr, sig: T.Signature, name: str, args: list[Operand]) -> None:
        """types2 arguments: count (variadic-aware), then assignability of each argument."""
        for a in args:
            if a.mode == TYPEXPR:
                self.error(a.expr, f"{a.describe()} used as value")
                return
            if a.invalid:
                return
        params = list(sig.params.vars)
        nargs, npars = len(args), len(params)
        if sig.variadic:
            if e.has_dots:
                if len(e.args) == 1 and nargs > 1:
                    self.error(e, f"cannot use ... with {nargs}-valued {expr_string(e.args[0])}")
                    return
            elif nargs >= npars - 1:
                elem = params[-1].type.elem
                params = params[:-1] + [T.Var(params[-1].name, elem)] * (nargs - npars + 1)
                npars = nargs
            else:
                npars -= 1  # for the error message below
        elif e.has_dots:
            self.error(e, f"cannot use ... in call to non-variadic {expr_string(e.fun)}")
            return
        if nargs != npars:
            at, qual = e, "not enough"
            if nargs > npars:
                at, qual = args[npars].expr, "too many"
            elif nargs > 0:
                at = args[nargs - 1].expr
            have = types_summary([a.type for a in args], False)
            want = types_summary([p.type for p in sig.params.vars], sig.variadic)
            self.error(at, f"{qual} arguments in call to {expr_string(e.fun)}\n\thave {have}\n\twant {want}")
            return
        context = f"argument to {expr_string(e.fun)}"
        for a, p in zip(args, params):
            self.assignment(a, p.type, context)

    # ------------------------------------------------------------ conversions

    def conversion(self, e: ast.CallExpr, t: T.Type) -> Operand:
        if len(e.args) != 1 or e.has_dots:
            if not e.args:
                self.error(e, f"missing argument in conversion to {T.type_string(t)}")
            else:
                self.use(*e.args)
                self.error(e.args[-1], f"too many arguments in conversion to {T.type_string(t)}")
            return Operand(INVALID, e)
        x = self.expr(e.args[0], hint=t)
        if x.invalid or t is T.Invalid:
            return Operand(INVALID, e)
        return self.convert(e, x, t)

    def convert(self, e, x: Operand, t: T.Type) -> Operand:
        """types2 conversion: constant conversions stay constant; failures say why."""
        const_arg = x.mode == CONSTANT
        ok, cause = False, ""
        if const_arg and T.is_constant_type(t):
            tu = t.underlying()
            ok, rounded = constant.representable_const(x.val, tu)
            if rounded is not None:
                x.val = rounded
            if not ok and T.is_integer(x.type) and T.is_string(tu):
                cv = constant.to_int(x.val)
                x.val = chr(cv) if 0 <= cv <= 0x10FFFF and not 0xD800 <= cv <= 0xDFFF else "\ufffd"
                ok = True
        else:
            ok, cause = self.convertible(x, t)
            if ok:
                x.mode = VALUE
        if not ok:
            msg = f"cannot convert {x.describe()} to type {T.type_string(t)}"
            self.error(x.expr, msg + (f":\n\t{cause}" if cause else ""))
            return Operand(INVALID, e)
        if T.is_untyped(x.type):
            from .expr import default_type
            final = t
            if x.is_nil():
                final = t
            elif isinstance(t.underlying(), T.Interface) or (const_arg and not T.is_constant_type(t)):
                final = default_type(x.type)
            elif x.mode == CONSTANT and T.is_integer(x.type) and T.is_string(t):
                final = x.type
            if final is not x.type:
                self.convert_untyped(x, final)
            self.record(x)
        return Operand(x.mode, e, t, x.val if x.mode == CONSTANT else None)

    def convertible(self, x: Operand, t: T.Type) -> tuple[bool, str]:
        """types2 convertibleTo: (ok, why not) for a non-constant conversion."""
        ok, cause = self.assignable_cause(x, t)
        if ok:
            return True, ""
        vu, tu = x.type.underlying(), t.underlying()
        if identical(vu, tu, ignore_tags=True):
            return True, ""
        if isinstance(x.type, T.Pointer) and isinstance(t, T.Pointer) and \
                identical(x.type.elem.underlying(), t.elem.underlying(), ignore_tags=True):
            return True, ""
        if (T.is_integer(vu) or T.is_float(vu)) and (T.is_integer(tu) or T.is_float(tu)):
            return True, ""
        if (T.is_integer(vu) or _bytes_or_runes(vu)) and T.is_string(tu):
            return True, ""
        if T.is_string(vu) and _bytes_or_runes(tu):
            return True, ""
        if isinstance(vu, T.Slice) and isinstance(tu, T.Pointer) and isinstance(tu.elem.underlying(), T.Array) \
                and identical(vu.elem, tu.elem.underlying().elem):
            return True, ""  # slice to array pointer (go1.17)
        return False, cause

    # ------------------------------------------------------------ builtins

    def builtin(self, e: ast.CallExpr, name: str) -> Operand:
        from .builtins import check_builtin
        return check_builtin(self, e, name)


def _needs_address(sel, x: Operand) -> bool:
    """A pointer method on a value that is neither a pointer nor addressable (nor
    reached through an embedded pointer) cannot be selected (types2 lookup: indirect)."""
    recv = sel.obj.type.recv
    if recv is None or not isinstance(recv.type, T.Pointer) or sel.indirect:
        return False
    if isinstance(x.type.underlying(), (T.Pointer, T.Interface)):
        return False
    return x.mode != VARIABLE


def _bytes_or_runes(t) -> bool:
    if isinstance(t, T.Slice):
        e = t.elem.underlying()
        return isinstance(e, T.Basic) and e.kind in ("uint8", "int32")
    return False


def types_summary(types, variadic: bool) -> str:
    parts = []
    for i, t in enumerate(types):
        if t is None or t is T.Invalid:
            s = "unknown type"
        elif T.is_untyped(t):
            s = "number" if T.is_numeric(t) else t.name.replace("untyped ", "")
        elif variadic and i == len(types) - 1:
            s = "..." + T.type_string(t.elem)
        else:
            s = T.type_string(t)
        parts.append(s)
    return "(" + ", ".join(parts) + ")"


_REAL_EXPORTS = {
    "fmt": {"Fprintf", "Fprintln", "Fprint", "Sscanf", "Sscan", "Scan", "Scanln", "Scanf", "Sscanln", "Fscan",
            "Append", "Appendf", "Appendln", "Formatter", "State", "GoStringer"},
    "strings": {"ToUpper", "ToLower", "TrimSpace", "Trim", "TrimLeft", "TrimRight", "TrimPrefix", "TrimSuffix",
                "HasPrefix", "HasSuffix", "Index", "IndexByte", "IndexRune", "LastIndex", "Replace", "ReplaceAll",
                "Fields", "Count", "EqualFold", "Title", "Map", "NewReader", "NewReplacer", "SplitN", "Cut",
                "ContainsRune", "ContainsAny", "Compare", "Reader", "Replacer", "SplitAfter"},
    "errors": {"Is", "As", "Unwrap"},
    "runtime": {"NumCPU", "GOMAXPROCS", "Goexit", "KeepAlive", "SetFinalizer", "ReadMemStats", "MemStats",
                "Caller", "Callers", "Stack", "GOOS", "GOARCH", "Version", "NumCgoCall", "LockOSThread"},
    "sync": {"RWMutex", "Once", "Cond", "Map", "Pool", "Locker", "NewCond"},
    "time": {"Now", "Since", "Until", "After", "Tick", "NewTimer", "NewTicker", "Time", "Timer", "Ticker",
             "ParseDuration", "Date", "Unix", "Month", "Weekday", "Location", "UTC", "Local", "AfterFunc"},
}


def _real_export(path: str, name: str) -> bool:
    return name in _REAL_EXPORTS.get(path, ())
