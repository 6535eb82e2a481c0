"""Decisions as data: what the interpreter and the debugger ask the escape analysis.

For each seed case of the stack-vs-heap text, the variable or allocation site Go
moves to the heap (per the recorded ``.m`` golden) is a heap Decision carrying Go's
message and the -m=2 flow that forces it; a site Go keeps on the stack is not.
"""
from __future__ import annotations

from pathlib import Path

from minigo.frontend import escape_source
from minigo.types import types as T

CORPUS = Path(__file__).resolve().parent.parent / "testdata" / "escape"


def _analysis(name: str):
    path = CORPUS / f"{name}.go"
    errors, analysis = escape_source(path.read_text(encoding="utf-8"), path.name)
    assert errors == []
    return analysis


def _var_decision(analysis, name: str):
    found = [d for k, d in analysis.decisions.items() if isinstance(k, T.Var) and k.name == name]
    assert len(found) == 1, f"expected one decision for variable {name}"
    return found[0]


def test_global_store_moves_variable_with_its_flow() -> None:
    d = _var_decision(_analysis("seed_global_variable"), "x")
    assert d.heap and d.reason == "moved to heap: x"
    assert "  flow: {heap} = &x:" in d.flow
    assert any("(assign)" in line for line in d.flow)


def test_too_large_variable_has_its_reason() -> None:
    d = _var_decision(_analysis("seed_too_large_for_stack"), "buf")
    assert d.heap and d.why == "too large for stack"


def test_unknown_size_make_is_a_heap_site() -> None:
    analysis = _analysis("seed_unknown_size")
    sites = [d for d in analysis.decisions.values() if d.name == "make([]byte, n)"]
    assert len(sites) == 1 and sites[0].heap and sites[0].why == "non-constant size"


def test_stack_variables_are_decisions_too() -> None:
    analysis = _analysis("escape_pointer_down")
    stack = [d for k, d in analysis.decisions.items() if isinstance(k, T.Var) and not d.heap]
    assert stack, "variables that stay on the stack are decisions as well"
    assert all(not d.reason.startswith("moved to heap") for d in stack)


def test_every_moved_line_has_a_heap_decision() -> None:
    """Each `moved to heap: NAME` Go prints corresponds to a heap Decision at that position."""
    for path in sorted(CORPUS.glob("*.go")):
        golden = [l.split(":", 3) for l in path.with_suffix(".m").read_text(encoding="utf-8").splitlines() if l]
        moved = {(int(f[1]), int(f[2])) for f in golden if f[3].strip().startswith("moved to heap:")}
        if not moved:
            continue
        analysis = _analysis(path.stem)
        heap = {(d.pos.line, d.pos.col) for d in analysis.decisions.values() if d.heap}
        assert moved <= heap, f"{path.name}: {sorted(moved - heap)}"
