"""Go panics as Python exceptions, and the texts Go's runtime prints for them.

A Go panic unwinds the goroutine's frames; here it is a ``GoPanic`` propagating through the
generator frames of the goroutine, each compiled function with ``defer`` catching it to run
its deferred calls (which may ``recover``).  Python errors that are really Go runtime errors
(a ``None`` dereferenced, an integer division by zero, the C stack exhausted) become the
``GoPanic`` Go would raise, at the point they happen, so deferred calls see them too.
"""
from __future__ import annotations


class GoPanic(Exception):
    """A panicking goroutine.  ``value`` is the Go interface value passed to panic
    (None for panic(nil)); ``recovered`` is set when a deferred call recovers it;
    ``previous`` is the panic that was running deferred calls when this one started."""

    def __init__(self, value, *, fatal: str = ""):
        super().__init__(value)
        self.value = value
        self.recovered = False
        self.previous: GoPanic | None = None
        self.fatal = fatal  # a throw ("fatal error: ..."): no recovery, no deferred calls
        self.sigsegv = False
        self.preamble = ""  # lines the runtime prints before "fatal error:" (stack overflow)
        self.go_frames: list = []  # [(function name, file line)] innermost first, taken when raised
        self.reported = False  # a panic event was emitted for it


class GoExit(Exception):
    """The program is over (main returned, or a fatal error): stop every goroutine."""

    def __init__(self, status: int):
        super().__init__(status)
        self.status = status


class RuntimeErrorValue:
    """The value of a runtime panic: a runtime.Error (``runtime.boundsError``, ...).
    ``text`` is its Error() text; ``runtime`` says Go prefixes ``runtime error: ``."""
    __slots__ = ("text", "kind")

    def __init__(self, text: bytes, kind: str):
        self.text, self.kind = text, kind

    def __eq__(self, other):
        return isinstance(other, RuntimeErrorValue) and other.text == self.text

    def __hash__(self):
        return hash(self.text)


def _error_method(e):
    return e.text
    yield  # a generator function, like every Go method in the machine


_RTYPES: dict = {}


def runtime_error_rtype(kind: str):
    """The RType of a runtime error kind (``runtime.boundsError``, ``runtime.Error``...)."""
    rt = _RTYPES.get(kind)
    if rt is None:
        from .values import RType
        name = "*runtime." + kind[1:] if kind.startswith("*") else "runtime." + kind
        rt = RType("struct" if not kind.startswith("*") else "ptr", name)
        rt.named = True
        rt.methods = {"Error": _error_method, "RuntimeError": _error_method}
        rt.msigs = {}
        _RTYPES[kind] = rt
    return rt


def go_panic_error(text: str, runtime: bool = True, kind: str = "") -> GoPanic:
    """A runtime panic with Go's text: ``runtime error: <text>`` for runtime.Errors,
    the bare text for the runtime's plainErrors (nil map write, closed channels)."""
    full = ("runtime error: " + text) if runtime else text
    kind = kind or ("Error" if runtime else "plainError")
    rt = runtime_error_rtype(kind)
    return GoPanic((rt, RuntimeErrorValue(full.encode(), kind)))


def index_error(i: int, n: int) -> GoPanic:
    if i < 0:
        return go_panic_error(f"index out of range [{i}]", kind="boundsError")
    return go_panic_error(f"index out of range [{i}] with length {n}", kind="boundsError")


def nil_deref() -> GoPanic:
    p = go_panic_error("invalid memory address or nil pointer dereference", kind="errorString")
    p.sigsegv = True
    return p


def divide_error() -> GoPanic:
    return go_panic_error("integer divide by zero", kind="errorString")


def as_panic(e: BaseException) -> BaseException:
    """The GoPanic a Python error stands for, or ``e`` itself when it is a minigo bug."""
    if isinstance(e, GoPanic):
        return e
    if isinstance(e, ZeroDivisionError):
        return divide_error()
    if isinstance(e, (TypeError, AttributeError)) and "NoneType" in str(e):
        return nil_deref()
    if isinstance(e, RecursionError):
        return stack_overflow()
    return e


def stack_overflow(limit: int = 1_000_000_000, sp: int = 0, lo: int = 0, hi: int = 0) -> GoPanic:
    """newstack's throw.  Without sp the machine fills in the goroutine's stack when it
    reports (the Python stack ran out first: see runner.py)."""
    p = GoPanic(None, fatal="stack overflow")
    p.preamble = f"runtime: goroutine stack exceeds {limit}-byte limit\n"
    if sp:
        p.preamble += f"runtime: sp={sp:#x} stack=[{lo:#x}, {hi:#x}]\n"
    return p
