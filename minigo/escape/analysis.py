"""The result of escape analysis as data: Go's ``-m`` messages and per-site decisions."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..syntax.pos import Pos


@dataclass(frozen=True)
class Message:
    """One line Go prints: ``FILE:LINE:COL: text``. ``verbose`` lines appear only with -m=2."""
    pos: Pos
    text: str
    verbose: bool = False


@dataclass(frozen=True)
class Decision:
    """Where one variable or allocation site lives. ``node`` is the declaring ast.Ident
    (variables) or the allocating ast expression (sites); ``heap`` is Go's answer and
    ``reason`` its -m text; ``flow`` the -m=2 explanation lines (without position)."""
    node: object
    name: str
    pos: Pos
    heap: bool
    reason: str
    flow: tuple[str, ...] = ()
    why: str = ""  # "too large for stack", "non-constant size", or "" (it escapes by a flow)


@dataclass
class Analysis:
    messages: list[Message] = field(default_factory=list)
    decisions: dict = field(default_factory=dict)  # ast node -> Decision

    def format(self, filename: str, verbose: bool = False) -> list[str]:
        """Go's lines, in Go's order: -m (verbose=False) or -m=2 (verbose=True)."""
        return [f"{filename}:{m.pos.line}:{m.pos.col}: {m.text}"
                for m in self.messages if verbose or not m.verbose]

    def decision(self, node) -> Optional[Decision]:
        return self.decisions.get(node)


def analyze(f, info) -> Analysis:
    from .batch import analyze_file
    return analyze_file(f, info)
