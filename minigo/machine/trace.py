"""``minigo trace FILE``: run a program and print the machine's events as JSON lines.

Standard output carries only JSON, one event per line (docs/trace.md); what the program
itself writes becomes ``output`` events, and its end an ``exit`` event with the status
``minigo run`` would return.
"""
from __future__ import annotations

import json

from .events import KINDS, attach
from .machine import Machine
from .runner import prepare, run_machine


class _Stream:
    """A program output stream whose writes become events."""

    def __init__(self, emit, name: str) -> None:
        self.emit, self.name = emit, name

    def write(self, b: bytes) -> None:
        self.emit(self.name, b.decode("utf-8", "surrogateescape"))

    def flush(self) -> None:
        pass


def _utf8(line: str) -> str:
    """The line as valid UTF-8 text: program bytes that are not UTF-8 (kept as lone
    surrogates by the surrogateescape decoding) become U+FFFD, as Go's encoding/json does."""
    try:
        line.encode("utf-8")
        return line
    except UnicodeEncodeError:
        try:
            b = line.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:  # a surrogate no decoding made: not a byte of the program's
            b = line.encode("utf-8", "replace")
        return b.decode("utf-8", "replace")


def run_trace(text: str, filename: str, out, errout, env=None, options=(), kinds=None) -> int:
    """Trace one program into the text stream ``out``; compile errors go to ``errout``
    (binary) as ``minigo run`` prints them.  ``kinds`` limits the events printed."""
    ready = prepare(text, filename, errout, env, options)
    if ready is None:
        return 1
    program, settings = ready
    unknown = set(kinds or ()) - set(KINDS)
    if unknown:
        errout.write(f"minigo trace: unknown event kind {sorted(unknown)[0]} (known: {', '.join(KINDS)})\n".encode())
        return 1

    def sink(ev: dict) -> None:
        if kinds is None or ev["kind"] in kinds:
            out.write(_utf8(json.dumps(ev, ensure_ascii=False)) + "\n")

    log = None

    def output(stream: str, s: str) -> None:
        log.emit("output", m.sched.curg, "", stream=stream, text=s)

    m = Machine(program, _Stream(output, "stdout"), _Stream(output, "stderr"), settings)
    log = attach(m, sink)
    status = run_machine(m)
    log.emit("exit", None, f"{filename}:0:0", status=status)
    out.flush()
    return status
