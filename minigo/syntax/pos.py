"""Source positions and diagnostics, shared by every room.

Positions are 1-based lines and 1-based byte columns, as Go reports them
(a tab counts as one column). A ``Diagnostic`` is an error as a value: the
checker collects them and goes on, like Go's ``types2``.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Pos:
    line: int
    col: int
    end_line: int = 0
    end_col: int = 0

    def __str__(self) -> str:
        return f"{self.line}:{self.col}"

    def __lt__(self, other: "Pos") -> bool:
        return (self.line, self.col) < (other.line, other.col)


NOPOS = Pos(0, 0)


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One compile error. ``message`` may hold continuation lines (``\\thave (...)``)."""

    pos: Pos
    message: str
    related: tuple[tuple[Pos, str], ...] = ()  # positioned follow-up lines ("other declaration of x")

    def format(self, filename: str) -> str:
        out = f"{filename}:{self.pos.line}:{self.pos.col}: {self.message}"
        for pos, text in self.related:
            out += f"\n\t{filename}:{pos.line}:{pos.col}: {text}"
        return out


class InternalError(Exception):
    """A broken invariant inside minigo (a bug), like the runtime's ``throw``."""
