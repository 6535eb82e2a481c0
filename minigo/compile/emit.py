"""Writing Python source: indented lines, each remembering the Go position it came from."""
from __future__ import annotations

import keyword

from ..syntax.pos import Pos


class Emitter:
    def __init__(self) -> None:
        self.lines: list[tuple[int, str, int, int]] = []  # (indent, text, Go line, stop point)
        self.indent = 0
        self.go_line = 0
        self.stop = -1  # the stop point of the Go statement being emitted (-1: none)

    def line(self, text: str) -> None:
        self.lines.append((self.indent, text, self.go_line, self.stop))

    def insert(self, index: int, texts, like: int | None = None) -> None:
        """Insert lines before line ``index``, indented as it is, with the Go position of
        line ``like`` (default: the current one)."""
        ind = self.lines[index][0] if index < len(self.lines) else self.indent
        go, stop = (self.lines[like][2:] if like is not None else (self.go_line, self.stop))
        self.lines[index:index] = [(ind, t, go, stop) for t in texts]

    def retext(self, index: int, text: str) -> None:
        indent, _, go, stop = self.lines[index]
        self.lines[index] = (indent, text, go, stop)

    def at(self, pos: Pos) -> None:
        if pos is not None and pos.line:
            self.go_line = pos.line

    def push(self) -> None:
        self.indent += 1

    def pop(self) -> None:
        self.indent -= 1

    def mark(self) -> int:
        return len(self.lines)

    def source(self) -> tuple[str, list[int], list[int]]:
        """The Python text and, per Python line (1-based, index 0 unused), its Go line and
        the stop point of the statement it belongs to."""
        out, table, stops = [], [0], [-1]
        for indent, text, go, stop in self.lines:
            out.append("    " * indent + text)
            table.append(go)
            stops.append(stop)
        return "\n".join(out) + "\n", table, stops


_RESERVED = set(keyword.kwlist) | set(keyword.softkwlist) | {"print", "len", "self"}


def py_ident(name: str) -> str:
    """A Go identifier as a Python one: Go names starting with _ or colliding with Python
    keywords are changed, so they never meet the compiler's own ``_`` helpers."""
    if name.startswith("_"):
        return "u" + name
    if name in _RESERVED:
        return name + "_"
    return name


class Namer:
    """Unique Python names for Go objects across the generated module."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.names: dict[int, str] = {}

    def fresh(self, base: str) -> str:
        base = py_ident(base)
        name, i = base, 0
        while name in self.used:
            i += 1
            name = f"{base}_{i}"
        self.used.add(name)
        return name

    def of(self, obj, base: str | None = None) -> str:
        key = id(obj)
        n = self.names.get(key)
        if n is None:
            n = self.names[key] = self.fresh(base or obj.name)
        return n
