"""The machine allocates on the heap exactly where Go's escape analysis says.

For every program of the escape corpus, run it on the machine with every stop point
armed (so we know which lines ran) and compare the positions of the heap allocations the
machine made with the positions of Go's own allocation lines in the recorded
``go build -gcflags='-m -l'`` output (``moved to heap: x``, ``&T{...} escapes to heap``,
``new(T)``/``make(...)``/``func literal``/``[]T{...}``/``map[K]V{...}``/``... argument escapes to heap``)
in statements that ran.  A ``func literal`` allocates only when it captures variables
(Go's static closures need no allocation), so those lines may go unobserved.  Interface conversions (``x escapes to heap``) are not allocation
sites of this kind; the runtime's own allocations (growslice, makechan) are counted apart.
"""
import io
import re
from pathlib import Path

import pytest

from minigo.machine.machine import Machine
from minigo.machine.runner import load, run_machine

CORPUS = Path(__file__).parent.parent / "testdata" / "escape"
PROGRAMS = sorted(p.stem for p in CORPUS.glob("*.go"))
_ALLOC = re.compile(r"^(moved to heap: |&|new\(|make\(|func literal |\[\]|map\[|\.\.\. argument )")
_LINE = re.compile(r"^[^:]+:(\d+):(\d+): (.*)$")


def go_heap_sites(name: str) -> tuple[set, set]:
    """(sites that must allocate, func literals that allocate when they capture)."""
    out, maybe = set(), set()
    for line in (CORPUS / f"{name}.m").read_text().splitlines():
        m = _LINE.match(line)
        if m is None:
            continue
        text = m.group(3)
        pos = (int(m.group(1)), int(m.group(2)))
        if ("moved to heap" in text or text.endswith("escapes to heap")) and _ALLOC.match(text):
            (maybe if text.startswith("func literal") else out).add(pos)
        elif text.endswith("escapes to heap"):  # string results, boxed values (test_convt.py)
            maybe.add(pos)
    return out, maybe


def statement_ran(pos, stops, ran: set) -> bool:
    """Did the statement holding pos run?  It is the nearest stop point at or before pos
    (a parameter, before any statement, belongs to the function's first statement)."""
    before = [k for k, s in enumerate(stops) if (s.line, s.col) <= pos]
    if before:
        k = max(before, key=lambda k: (stops[k].line, stops[k].col))
    else:
        after = [k for k, s in enumerate(stops) if (s.line, s.col) > pos]
        k = min(after, key=lambda k: (stops[k].line, stops[k].col))
    return k in ran


def run_traced(name: str):
    text = (CORPUS / f"{name}.go").read_text()
    errors, program = load(text, f"{name}.go")
    assert not errors
    m = Machine(program, io.BytesIO(), io.BytesIO())
    m.set_traps([True] * len(m.traps))
    seen = []
    m.on_stop = lambda g, k: seen.append(k)
    status = run_machine(m)
    heap = {(program.sites[k].line, program.sites[k].col) for k in m.heap.by_site}
    return status, set(seen), heap, m, program


@pytest.mark.parametrize("name", PROGRAMS)
def test_heap_allocations_are_the_escaping_sites(name):
    status, ran, observed, m, program = run_traced(name)
    must, maybe = go_heap_sites(name)
    expected = {pos for pos in must if statement_ran(pos, program.stops, ran)}
    assert observed - maybe == expected
    assert status == 0


def test_runtime_allocations_are_counted_apart():
    _, _, _, m, _ = run_traced("escape_append_ints_grow")
    assert m.heap.by_runtime["growslice"] > 0
