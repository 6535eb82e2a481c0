"""The universe scope and the library packages minigo models.

The universe holds Go's predeclared names (types2 ``universe.go``). The packages
are the parts of fmt, errors, runtime, sync, time and strings that LANGUAGE.md
admits, declared with Go's real signatures and struct sizes, so the checker's
messages and the stack model's sizes are Go's. A name the real package has but
the subset leaves out is reported as not supported, never as undefined.
"""
from __future__ import annotations

from typing import Optional

from . import types as T


class Scope:
    __slots__ = ("parent", "names", "kind", "func")

    def __init__(self, parent: Optional["Scope"], kind: str = "block", func=None):
        self.parent = parent
        self.names: dict[str, T.Object] = {}
        self.kind = kind
        self.func = func if func is not None else (parent.func if parent is not None else None)

    def lookup_local(self, name: str) -> Optional[T.Object]:
        return self.names.get(name)

    def lookup(self, name: str) -> tuple[Optional["Scope"], Optional[T.Object]]:
        s = self
        while s is not None:
            obj = s.names.get(name)
            if obj is not None:
                return s, obj
            s = s.parent
        return None, None

    def insert(self, obj: T.Object) -> Optional[T.Object]:
        """Insert obj; return the object already declared under that name, if any."""
        old = self.names.get(obj.name)
        if old is not None:
            return old
        self.names[obj.name] = obj
        return None


BUILTINS = ("append", "cap", "close", "copy", "delete", "len", "make", "new", "panic",
            "print", "println", "recover")
UNSUPPORTED_BUILTINS = {"complex": "complex numbers", "real": "complex numbers",
                        "imag": "complex numbers", "min": None, "max": None, "clear": None}
UNSUPPORTED_TYPES = {"complex64": "complex numbers", "complex128": "complex numbers"}


def make_universe() -> Scope:
    u = Scope(None, "universe")
    for t in T.TYPED_BASICS + [T.Byte, T.Rune]:
        u.insert(T.TypeName(t.name, t, pkg=""))
    u.insert(T.TypeName("any", T.ANY, pkg=""))
    u.insert(T.ERROR_TYPE.obj)
    u.insert(T.Const("true", T.UntypedBool, val=True, pkg=""))
    u.insert(T.Const("false", T.UntypedBool, val=False, pkg=""))
    u.insert(T.Const("iota", T.UntypedInt, val=0, pkg=""))
    u.insert(T.Nil("nil", T.UntypedNil, pkg=""))
    for name in BUILTINS:
        u.insert(T.Builtin(name, None, pkg=""))
    return u


UNIVERSE = make_universe()


# ---------------------------------------------------------------- library packages

def _var(name, typ):
    return T.Var(name, typ, pkg="")


def _sig(params, results=(), variadic=False):
    ps = [p if isinstance(p, T.Var) else _var("", p) for p in params]
    rs = [r if isinstance(r, T.Var) else _var("", r) for r in results]
    return T.Signature(T.Tuple(ps), T.Tuple(rs), variadic)


def _named(pkg: str, name: str, under: T.Type) -> T.Named:
    obj = T.TypeName(name, None, pkg=pkg)
    n = T.Named(obj, under, pkg=pkg)
    obj.type = n
    return n


def _method(named: T.Named, name: str, sig: T.Signature, pointer: bool = True):
    recv = _var("", T.Pointer(named) if pointer else named)
    sig.recv = recv
    named.methods.append(T.Func(name, sig, pkg=named.pkg))


def _struct(*fields):
    return T.Struct([T.Var(n, t, is_field=True, pkg="") for n, t in fields])


def _package_fmt(p: dict):
    any_slice = T.Slice(T.ANY)
    a = _var("a", any_slice)
    fmt_ = _var("format", T.String)
    n_err = [_var("n", T.Int), _var("err", T.ERROR_TYPE)]
    p["Println"] = T.Func("Println", _sig([a], n_err, True), pkg="fmt")
    p["Print"] = T.Func("Print", _sig([a], n_err, True), pkg="fmt")
    p["Printf"] = T.Func("Printf", _sig([fmt_, a], n_err, True), pkg="fmt")
    p["Sprintf"] = T.Func("Sprintf", _sig([fmt_, a], [T.String], True), pkg="fmt")
    p["Sprint"] = T.Func("Sprint", _sig([a], [T.String], True), pkg="fmt")
    p["Sprintln"] = T.Func("Sprintln", _sig([a], [T.String], True), pkg="fmt")
    p["Errorf"] = T.Func("Errorf", _sig([fmt_, a], [T.ERROR_TYPE], True), pkg="fmt")
    stringer = _named("fmt", "Stringer", T.Interface([T.Func("String", _sig([], [T.String]), pkg="fmt")]))
    p["Stringer"] = stringer.obj


def _package_errors(p: dict):
    p["New"] = T.Func("New", _sig([_var("text", T.String)], [T.ERROR_TYPE]), pkg="errors")


def _package_runtime(p: dict):
    p["GC"] = T.Func("GC", _sig([]), pkg="runtime")
    p["Gosched"] = T.Func("Gosched", _sig([]), pkg="runtime")
    p["NumGoroutine"] = T.Func("NumGoroutine", _sig([], [T.Int]), pkg="runtime")


def _package_sync(p: dict):
    wg = _named("sync", "WaitGroup", _struct(("noCopy", _struct()), ("state1", T.Uint64), ("state2", T.Uint32)))
    _method(wg, "Add", _sig([_var("delta", T.Int)]))
    _method(wg, "Done", _sig([]))
    _method(wg, "Wait", _sig([]))
    mu = _named("sync", "Mutex", _struct(("state", T.Int32), ("sema", T.Uint32)))
    _method(mu, "Lock", _sig([]))
    _method(mu, "Unlock", _sig([]))
    _method(mu, "TryLock", _sig([], [T.Bool]))
    p["WaitGroup"] = wg.obj
    p["Mutex"] = mu.obj


def _package_time(p: dict):
    dur = _named("time", "Duration", T.Int64)
    p["Duration"] = dur.obj
    for name, ns in (("Nanosecond", 1), ("Microsecond", 1000), ("Millisecond", 1000_000),
                     ("Second", 1000_000_000), ("Minute", 60 * 1000_000_000), ("Hour", 3600 * 1000_000_000)):
        p[name] = T.Const(name, dur, val=ns, pkg="time")
    p["Sleep"] = T.Func("Sleep", _sig([_var("d", dur)]), pkg="time")


def _package_strings(p: dict):
    b = _named("strings", "Builder", _struct(("addr", None), ("buf", T.Slice(T.Byte))))
    b.underlying().fields[0].type = T.Pointer(b)
    _method(b, "WriteString", _sig([_var("s", T.String)], [T.Int, T.ERROR_TYPE]))
    _method(b, "WriteByte", _sig([_var("c", T.Byte)], [T.ERROR_TYPE]))
    _method(b, "WriteRune", _sig([_var("r", T.Rune)], [T.Int, T.ERROR_TYPE]))
    _method(b, "Write", _sig([_var("p", T.Slice(T.Byte))], [T.Int, T.ERROR_TYPE]))
    _method(b, "String", _sig([], [T.String]))
    _method(b, "Len", _sig([], [T.Int]))
    _method(b, "Cap", _sig([], [T.Int]))
    _method(b, "Reset", _sig([]))
    _method(b, "Grow", _sig([_var("n", T.Int)]))
    p["Builder"] = b.obj
    s, sep = _var("s", T.String), _var("sep", T.String)
    p["Repeat"] = T.Func("Repeat", _sig([s, _var("count", T.Int)], [T.String]), pkg="strings")
    p["Join"] = T.Func("Join", _sig([_var("elems", T.Slice(T.String)), sep], [T.String]), pkg="strings")
    p["Split"] = T.Func("Split", _sig([s, sep], [T.Slice(T.String)]), pkg="strings")
    p["Contains"] = T.Func("Contains", _sig([s, _var("substr", T.String)], [T.Bool]), pkg="strings")


PACKAGES = {"fmt": _package_fmt, "errors": _package_errors, "runtime": _package_runtime,
            "sync": _package_sync, "time": _package_time, "strings": _package_strings}

_cache: dict[str, dict] = {}


def package(path: str) -> Optional[dict]:
    """The exported names minigo models for an importable package, or None."""
    if path not in PACKAGES:
        return None
    if path not in _cache:
        names: dict = {}
        PACKAGES[path](names)
        _cache[path] = names
    return _cache[path]
