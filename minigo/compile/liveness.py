"""Which local variables are live at each statement: the collector's stack maps.

Go's compiler records, for every safe point, which stack slots still hold values the
function will use; the collector scans only those, so an object whose last use has passed
is garbage even while its function runs.  minigo computes a conservative version from the
source: at the statement of stop point k, a variable is live if it is used at or after k,
or anywhere in a loop around k (the back-edge can reach it again).  Named results are live
throughout (a bare return reads them), as are address-taken variables (Go keeps them
live too).  A function with ``goto`` keeps every variable live.
"""
from __future__ import annotations

from ..syntax import ast
from ..types import types as T


def _walk(n, visit) -> None:
    if isinstance(n, (tuple, list)):
        for x in n:
            _walk(x, visit)
        return
    if not isinstance(n, ast.Node):
        return
    visit(n)
    for name in n.__dataclass_fields__:
        if name != "pos":
            _walk(getattr(n, name), visit)


def stop_liveness(body, stops: list, info, pyname_of, always: set) -> dict:
    """{stop index: frozenset of live Python local names, or None for "all"} for the
    stops [(index, StopPoint)] of one function body.  ``pyname_of(var)`` is the local
    holding a Go variable (None if it has none); ``always`` names locals that stay live."""
    uses: list[tuple[tuple[int, int], str]] = []
    loops: list[tuple[tuple[int, int], tuple[int, int]]] = []
    has_goto = False

    def visit(n) -> None:
        nonlocal has_goto
        if isinstance(n, ast.Ident):
            v = info.uses.get(n) or info.defs.get(n)
            if isinstance(v, T.Var) and not v.is_global and not v.is_field:
                name = pyname_of(v)
                if name is not None:
                    uses.append(((n.pos.line, n.pos.col), name))
        elif isinstance(n, (ast.ForStmt, ast.RangeStmt)):
            loops.append(((n.pos.line, n.pos.col), (n.body.rbrace.line, n.body.rbrace.col)))
        elif isinstance(n, ast.BranchStmt) and n.tok == "goto":
            has_goto = True
    _walk(body, visit)
    if has_goto:
        return {k: None for k, _ in stops}
    out = {}
    for k, st in stops:
        at = (st.line, st.col)
        live = set(always)
        around = [(a, b) for a, b in loops if a <= at <= b]
        for pos, name in uses:
            if pos >= at or any(a <= pos <= b for a, b in around):
                live.add(name)
        out[k] = frozenset(live)
    return out
