"""StackPane: the selected goroutine's stack drawn to scale, as runtime/stack.go lays it out.

The pane is one vertical bar as tall as the pane.  Its top is the stack's high address
``hi`` and its bottom ``stack_lo``; frames hang from the top down, outermost first, so
the innermost frame sits lowest, just above the free space and the 928-byte guard at the
bottom (see stack_bands.py).  Each frame band is as tall as its bytes (at least a row)
and labelled ``func:line  size  hi-N``, where ``hi-N`` is the frame's sp as an offset
below the top (N = hi - sp, the bytes used down to and including this frame).  The
title gives the stack size (2 KB, 4 KB, ...), the subtitle the bytes used of it.

The selected frame is gold and lists its slots in the rows it has (offset within the
frame; "→heap" for a variable moved to the heap, whose slot holds only the pointer); a
frame the last command pushed is green and marked "+" (the selected one gets a green
edge).  A frame under 128 bytes (_StackSmall) may dip into the guard before morestack
runs; the guard then says how much.  When the command grew or shrank the stack
(``Diff.stacks``), the first row says so, ``stack 2 KB → 4 KB (copied)``: copystack
moved every frame to a new block twice (or half) as big, and the bar is redrawn to the
new scale.  Clicking a frame selects it (``FrameSelected``).

A Line-API widget (TEXTUAL-LARK.md A.3): ``show`` recomputes a list of strips and
repaints; nothing is mounted or resized, so a step costs no layout.
"""
from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

from minigo.debug.snapshot import FrameSnap, GSnap

from ..view import View
from .stack_bands import STACK_GUARD, Band, lay_out

BAR = 4  # cells of bar before the labels

_FRAME = (Style(bgcolor="#1f5f8b"), Style(bgcolor="#2b7bb0"))  # alternating, so bands part
_SELECTED = Style(bgcolor="#d7af00")
_PUSHED = Style(bgcolor="#2e9e5b")
_FOLDED = Style(color="#87afd7", bgcolor="#1f4060")
_FREE = Style(color="#585858")
_GUARD = Style(color="#d75f5f")
_NOTE = Style(color="black", bgcolor="#ffd700", bold=True)

_L_SELECTED = Style(color="#ffd700", bold=True)
_L_PUSHED = Style(color="#5fd787", bold=True)
_L_DIM = Style(dim=True)
_L_SLOT = Style(color="#d7d7af")
_L_HEAP = Style(color="#ff8700")


def kb(n: int) -> str:
    """A stack size as Go's sizes are spoken: 2 KB, 4 KB, 512 B."""
    return f"{n >> 10} KB" if n >= 1024 and n % 1024 == 0 else f"{n} B"


def _name(f: FrameSnap) -> str:
    return f"{f.func.removeprefix('main.')}:{f.line}"


class StackPane(Widget, can_focus=True):
    DEFAULT_CSS = """
    StackPane { height: 1fr; background: $surface; }
    """

    class FrameSelected(Message):
        """A frame band was clicked: inspect frame ``index`` (0 innermost)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.border_title = "Stack"
        self.view: View | None = None
        self.bands: list[Band] = []  # as last drawn, rows counted below the note
        self.note = ""  # "stack 2 KB → 4 KB (copied)" at a stop that grew or shrank it, else ""
        self.pushed: set[int] = set()  # frames the last command pushed
        self._lines: list[Strip] = []
        self._row_frame: list[int | None] = []  # content row -> the frame it draws
        self._snap = None  # the snapshot shown, and the one before it
        self._before = None

    # ------------------------------------------------------------ state

    def show(self, view: View) -> None:
        if view.snap is not self._snap:
            self._before, self._snap = self._snap, view.snap
        self.view = view
        self._build()

    def on_resize(self) -> None:
        if self.view is not None:
            self._build()

    @property
    def lines(self) -> list[str]:
        """The pane's rows as plain text (for tests and screen readers)."""
        return [s.text for s in self._lines]

    def _pushed(self, view: View, g: GSnap) -> set[int]:
        """Frames not in the goroutine's stack at the previous stop: compare from the
        outermost frame by function and offset below hi (a stack copy moves sp, not that)."""
        if view.diff is None or self._before is None:
            return set()
        old = self._before.goroutine(g.id)
        if old is None:
            return set(range(len(g.frames))) if g.id in view.diff.goroutines_created else set()
        a = [(f.func, old.stack_lo + old.stack_size - f.sp) for f in reversed(old.frames)]
        b = [(f.func, g.stack_lo + g.stack_size - f.sp) for f in reversed(g.frames)]
        k = 0
        while k < min(len(a), len(b)) and a[k] == b[k]:
            k += 1
        return {len(b) - 1 - j for j in range(k, len(b))}

    # ------------------------------------------------------------ drawing

    def _build(self) -> None:
        view, width, height = self.view, self.size.width, self.size.height
        g = view.goroutine
        self._lines, self._row_frame, self.bands = [], [], []
        if g is None:
            self.border_title, self.border_subtitle, self.note = "Stack", "", ""
            self._lines = [Strip([Segment("(no goroutine)", _L_DIM)])]
            self._row_frame = [None]
            self.refresh()
            return
        change = view.diff.stacks.get(g.id) if view.diff else None
        if change:
            old, new = change
            self.note = f"stack {kb(old)} → {kb(new)} (copied)"
            self.border_title = f"Stack g{g.id} · {kb(old)} → {kb(new)}"
            self._lines.append(Strip([Segment(f"{'▲' if new > old else '▼'} {self.note}".ljust(width), _NOTE)]))
            self._row_frame.append(None)
        else:
            self.note = ""
            self.border_title = f"Stack g{g.id} · {kb(g.stack_size)}"
        self.border_subtitle = f"{g.used}/{g.stack_size} B used · {100 * g.used // g.stack_size}%"
        self.pushed = self._pushed(view, g)
        rows = max(height - len(self._lines), 1)
        selected = min(view.frame, len(g.frames) - 1) if g.frames else -1
        self.bands = lay_out(g, rows, max(selected, 0))
        per_row = g.stack_size / rows
        for band in self.bands:
            for r in range(band.rows):
                bar, label = self._row(g, band, r, selected, per_row)
                self._lines.append(Strip(bar + label).crop_extend(0, width, None))
                self._row_frame.append(band.frames[0] if band.kind == "frame" else None)
        self.refresh()

    def _row(self, g: GSnap, band: Band, r: int, selected: int, per_row: float) -> tuple[list, list]:
        """Row ``r`` of a band: its bar cells and its label."""
        hi = g.stack_lo + g.stack_size
        if band.kind == "frame":
            i = band.frames[0]
            f = g.frames[i]
            if i == selected and i in self.pushed:  # gold, with a green edge
                bar = [Segment(" " * (BAR - 2), _SELECTED), Segment(" ", _PUSHED), Segment(" ")]
            else:
                style = _SELECTED if i == selected else _PUSHED if i in self.pushed else _FRAME[i % 2]
                bar = [Segment(" " * (BAR - 1), style), Segment(" ")]
            if r == 0:
                mark, lstyle = ("▶ ", _L_SELECTED) if i == selected else \
                    ("+ ", _L_PUSHED) if i in self.pushed else ("  ", Style())
                return bar, [Segment(f"{mark}{_name(f)}", lstyle), Segment(f" {f.size}B hi-{hi - f.sp}", _L_DIM)]
            return bar, self._slot(f, r - 1) if i == selected else []
        if band.kind == "frames":
            funcs = {g.frames[i].func for i in band.frames}
            what = f"{len(band.frames)} × {_name(g.frames[band.frames[0]]).split(':')[0]}" if len(funcs) == 1 \
                else f"{len(band.frames)} frames"
            bar = [Segment("┊" * (BAR - 1), _FOLDED), Segment(" ")]
            return bar, [Segment(f"⋮ {what} {band.size}B", _L_DIM)] if r == 0 else []
        if band.kind == "free":
            bar = [Segment("░" * (BAR - 1), _FREE), Segment(" ")]
            legend = [f"free {band.size}B", f"1 row ≈ {per_row:.0f}B", "hi-N: sp is N B below hi"]
            return bar, [Segment(legend[r], _L_DIM)] if r < len(legend) else []
        bar = [Segment("▒" * (BAR - 1), _GUARD), Segment(" ")]
        inside = f" ({STACK_GUARD - band.size}B in use)" if band.size < STACK_GUARD else ""
        return bar, [Segment(f"guard {STACK_GUARD}B{inside}", _GUARD)] if r == 0 else []

    @staticmethod
    def _slot(f: FrameSnap, k: int) -> list[Segment]:
        """The k-th slot of a frame from its top (highest offset first, as memory reads)."""
        slots = sorted(f.slots, key=lambda s: -s.offset)
        if k >= len(slots):
            return []
        s = slots[k]
        where = [Segment(" →heap", _L_HEAP)] if s.heap else []
        return [Segment(f"  {s.name} {s.type} +{s.offset} {s.size}B", _L_SLOT)] + where

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if y < len(self._lines):
            return self._lines[y].crop_extend(0, width, None)
        return Strip.blank(width)

    def on_click(self, event) -> None:
        at = event.get_content_offset(self)
        if at is not None and 0 <= at.y < len(self._row_frame) and self._row_frame[at.y] is not None:
            self.post_message(self.FrameSelected(self._row_frame[at.y]))
