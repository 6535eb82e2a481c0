"""Reading a stopped machine: its goroutines, a goroutine's frames and their variables,
rendered as Go's fmt prints them (%v, without calling String or Error methods, as a
debugger must not run the program)."""
from __future__ import annotations

from ..machine import fmt as gofmt
from ..machine.failures import suspended_frames
from ..machine.stackframes import goroutine_frames
from ..machine.values import Box


class _ReadOnlyFmt:
    no_methods = True

    def __init__(self, m) -> None:
        self.m = m

    def call(self, fn, *args):
        raise RuntimeError("the debugger does not run methods")

    def addr(self, obj) -> int:
        return self.m.addr_of(obj)


def rtype_named(m, name: str):
    """The RType of a variable's type, named as its frame slot spells it (the checker's
    ``interface{}``, ``[]main.error``) or as reflect does (``interface {}``, ``[]error``)."""
    from ..types import types as T
    for t, rt in zip(m.tt.types, m.tt.rt):
        if rt is not None and T.type_string(t, qualify_main=True) == name:
            return rt
    for rt in m.tt.rt:
        if rt is not None and rt.name == name:
            return rt
    return None


def render(m, type_name: str, value) -> str:
    """value (a variable's value, unboxed) as %v prints a value of that Go type."""
    rt = rtype_named(m, type_name)
    if rt is None:
        return repr(value)
    if rt.kind == "interface":
        arg = value
    else:
        arg = (rt, value)
    return gofmt.sprint([arg], _ReadOnlyFmt(m)).decode("utf-8", "replace")


def frames(m, g):
    """The goroutine's Go frames, innermost first (stackframes.FrameView)."""
    return goroutine_frames(m, g)


GOROOT = "/usr/local/go"  # where Go's binary distribution installs (regen_dlv.py maps Delve's to it)

# Below a goroutine's Go frames Delve shows the runtime's: every goroutine starts in
# runtime.goexit's frame (newproc makes the goroutine look as if goexit called its
# function), and the main goroutine's function is called by runtime.main.  The lines are
# Go 1.19's: proc.go's ``fn()`` calling main.main, and goexit's ``CALL runtime·goexit1``.
RUNTIME_MAIN = ("runtime.main", GOROOT + "/src/runtime/proc.go", 250)
RUNTIME_GOEXIT = ("runtime.goexit", GOROOT + "/src/runtime/asm_amd64.s", 1594)


def runtime_frames(g) -> list[tuple[str, str, int]]:
    """(function, file, line) of the runtime frames below g's Go frames, innermost first."""
    return [RUNTIME_MAIN, RUNTIME_GOEXIT] if g.id == 1 else [RUNTIME_GOEXIT]


def where(m, g) -> tuple[str, int]:
    """(function, line) where a goroutine is."""
    fr = suspended_frames(m, g)
    return fr[0] if fr else (g.fn_name, 0)


def scope(m, g, frame: int = 0):
    """The names an expression can use in one of g's frames: its live variables, then
    package variables (expr.Scope)."""
    from ..types import types as T
    from .expr import Scope
    names = {}
    for pyname, go_name, t in m.program.globals:
        names[go_name] = (T.type_string(t, qualify_main=True), m.ns.get(pyname))
    frs = frames(m, g)
    if frs:
        fr = frs[min(frame, len(frs) - 1)]
        for sv in fr.slots:
            if sv.live:
                names[sv.slot.name] = (sv.slot.type, variable(sv))
    return Scope(m, names)


def variable(sv):
    """A slot's variable's value (a boxed slot holds its variable in a Box; other Boxes
    are pointers)."""
    return sv.value.v if sv.slot.boxed and isinstance(sv.value, Box) else sv.value


def channels(m) -> tuple:
    """Each live channel: (address, element type, cap, buffered values as %v, closed,
    goroutines waiting to send, goroutines waiting to receive)."""
    out = []
    for c in m.chans:
        et = c.elemtype.name if c.elemtype is not None else "?"
        buf = tuple(render(m, et, v) for v in c.buf)
        out.append((m.addr_of(c), et, c.cap, buf, c.closed,
                    tuple(sg.g.id for sg in c.sendq), tuple(sg.g.id for sg in c.recvq)))
    return tuple(sorted(out))
