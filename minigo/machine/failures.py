"""How a Go program dies, as Go 1.19 prints it on stderr: ``panic: <value>`` (with the
chain of panics and ``[recovered]`` marks), or ``fatal error: ...``, then a blank line and
one ``goroutine N [state]:`` block per goroutine with ``main.f(...)`` / ``\\tFILE:LINE``
frame lines, innermost first, and ``created by`` for goroutines started by ``go``."""
from __future__ import annotations

import os

from .panics import GoPanic, RuntimeErrorValue
from .printbuiltin import format_print

_BASIC = {"bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
          "uint64", "uintptr", "float32", "float64", "string"}


def go_frames(m, frame, tb) -> list:
    """[(Go function, Go line)] innermost first, where a panic was raised: the running
    Python frames from ``frame`` outwards (the callers) and the frames the traceback
    ``tb`` passed through below it."""
    frames, seen = [], set()
    f = frame
    while f is not None:
        frames.append((f.f_code, f.f_lineno))
        seen.add(id(f))
        f = f.f_back
    frames.reverse()
    while tb is not None:
        if id(tb.tb_frame) not in seen:
            frames.append((tb.tb_frame.f_code, tb.tb_lineno))
        tb = tb.tb_next
    return _go(m, frames)


def _go(m, frames) -> list:
    out = [fr for fr in (_frame(m, code, line) for code, line in frames) if fr is not None]
    out.reverse()
    return out


def _frame(m, code, lineno):
    """(Go function, Go line) of a generated Python frame; None for frames that are not a
    Go call (machine code, method-table lambdas, the wrapper running a body's defers)."""
    if not code.co_filename.startswith("<minigo:"):
        return None
    name = code.co_name
    if name == "_body":  # the body of a function with defers: named after its function
        name = code.co_qualname.split(".<locals>")[-2].rsplit(".", 1)[-1]
    go = m.program.funcnames.get(name)
    line = m.program.lines[lineno] if lineno < len(m.program.lines) else 0
    if go is None or not line:
        return None
    return go, line


def suspended_frames(m, g) -> list:
    """The frames of a parked goroutine, innermost first."""
    frames = []
    gen = g.gen
    while gen is not None and gen.gi_frame is not None:
        frames.append((gen.gi_frame.f_code, gen.gi_frame.f_lineno))
        gen = gen.gi_yieldfrom
    return _go(m, frames)


def _path(m) -> str:
    return os.path.abspath(m.program.filename)


def _goroutine_block(m, g, state: str, frames) -> str:
    lines = [f"goroutine {g.id} [{state}]:"]
    path = _path(m)
    for fn, line in frames:
        if line is None:
            lines.append(fn)
            continue
        lines.append(f"{fn}(...)" if m.program.func_params.get(fn) else f"{fn}()")
        lines.append(f"\t{path}:{line}")
    if g.created_by is not None:
        lines.append(f"created by {g.created_by[0]}")
        lines.append(f"\t{path}:{g.created_by[1]}")
    return "\n".join(lines) + "\n"


def panic_value_text(m, v) -> str:
    """printpanicval: error → Error(), Stringer → String(), basic values as print does."""
    if v is None:
        return "nil"
    rt, x = v
    if isinstance(x, RuntimeErrorValue):
        return x.text.decode("utf-8", "replace")
    for name in ("Error", "String"):
        fn = rt.methods.get(name)
        if fn is not None and rt.kind != "interface":
            try:
                s = m.call_sync(fn(x))
            except GoPanic:
                break
            return s.decode("utf-8", "surrogateescape") if isinstance(s, bytes) else str(s)
    if rt.kind in _BASIC:
        text = format_print([(rt, x)], False, m.addr_of).decode("utf-8", "surrogateescape")
        if rt.named:
            if rt.kind == "string":
                return f'{rt.name}("{text}")'
            return f"{rt.name}({text})"
        return text
    return f"({rt.name}) {hex(m.addr_of(x))}"


def panic_report(m, g, p: GoPanic, exc) -> bytes:
    if p.fatal:
        pre = p.preamble
        if p.fatal == "stack overflow" and "sp=" not in pre:  # the Python stack ran out first
            hi = g.stack_lo + g.stack_size
            pre += f"runtime: sp={hi - g.used:#x} stack=[{g.stack_lo:#x}, {hi:#x}]\n"
        head = f"{pre}fatal error: {p.fatal}\n"
    else:
        chain = []
        q = p
        while q is not None:
            chain.append(q)
            q = q.previous
        chain.reverse()
        parts = []
        for i, q in enumerate(chain):
            text = "panic: " + panic_value_text(m, q.value)
            if q.recovered:
                text += " [recovered]"
            parts.append(("\t" if i else "") + text)
        head = "\n".join(parts) + "\n"
        if p.sigsegv:
            head += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n"
    frames = p.go_frames or go_frames(m, None, exc.__traceback__)
    if len(frames) > 100:  # Go prints the innermost 100 frames of a deep stack
        frames = frames[:100] + [("...additional frames elided...", None)]
    out = head + "\n" + _goroutine_block(m, g, "running", frames)
    return out.encode("utf-8", "surrogateescape")


def deadlock_report(m) -> bytes:
    out = "fatal error: all goroutines are asleep - deadlock!\n"
    for g in m.sched.allgs:
        if g.state == "dead":
            continue
        out += "\n" + _goroutine_block(m, g, g.waitreason or "runnable", suspended_frames(m, g))
    return out.encode("utf-8", "surrogateescape")
