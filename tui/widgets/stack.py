"""StackPane: the selected goroutine's stack drawn to scale: its size (2 KB, 4 KB, ...),
each frame as a band as tall as its bytes with its function, size and offset, the bytes
used of the total; a growth or shrink shows as old size -> new size."""
from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ..view import View
from .status import fmt_bytes


class StackPane(Static):
    def __init__(self, **kwargs) -> None:
        super().__init__("", **kwargs)
        self.border_title = "Stack"

    def show(self, view: View) -> None:
        g = view.goroutine
        if g is None:
            self.update(Text("(no goroutine)", "dim"))
            return
        t = Text()
        change = view.diff.stacks.get(g.id) if view.diff else None
        if change:
            t.append(f"stack {fmt_bytes(change[0])} → {fmt_bytes(change[1])}\n", "bold #ffd700")
        t.append(f"g{g.id} stack {fmt_bytes(g.stack_size)}, {g.used} B used "
                 f"[{g.stack_lo:#x}, {g.stack_lo + g.stack_size:#x})\n", "bold")
        width = 24
        used_cells = max(1, round(width * g.used / g.stack_size)) if g.used else 0
        t.append("█" * used_cells, "#5fafff")
        t.append("░" * (width - used_cells), "dim")
        t.append(f" {100 * g.used // g.stack_size}%\n")
        hi = g.stack_lo + g.stack_size
        for i, f in enumerate(g.frames):
            mark = "▶" if i == view.frame else " "
            style = "bold reverse" if i == view.frame else ""
            t.append(f"{mark} {f.func.removeprefix('main.')}:{f.line}", style)
            t.append(f"  {f.size} B at -{hi - f.sp}\n", "dim")
        self.update(t)
