"""GoroutinesPane: every goroutine with its state (what it waits on when waiting, as Go's
tracebacks say: chan send, select, sleep...) and position; the stopped one is marked, a new or changed one is highlighted, and selecting a row inspects it."""
from __future__ import annotations

from rich.text import Text
from textual.message import Message

from ..view import View
from .table import Column, KeyedTable

_CHANGED = "bold #ffd700"
COLUMNS = (Column(" ", "mark", 1), Column("g", "g", 3), Column("state", "state", 13),
           Column("at", "at", None))


class GoroutinesPane(KeyedTable):
    class Selected(Message):
        """The user moved the cursor to goroutine `gid` (not sent when the app does)."""
        def __init__(self, gid: int) -> None:
            super().__init__()
            self.gid = gid

    def __init__(self, **kwargs) -> None:
        super().__init__(COLUMNS, zebra_stripes=True, **kwargs)
        self.border_title = "Goroutines"
        self._g: int | None = None  # the app's selected goroutine

    def show(self, view: View) -> None:
        d = view.diff
        changed = set(d.goroutines_created) | set(d.goroutines_state) if d else set()
        rows = {}
        for g in view.snap.goroutines:
            style = _CHANGED if g.id in changed else ""
            rows[str(g.id)] = ("▶" if g.id == view.stop.g else ("•" if g.id == view.g else " "),
                               Text(str(g.id), style), Text(g.waitreason or g.state, style),  # Go's [chan send]
                               f"{g.func.removeprefix('main.')}:{g.line}")
        self._g = view.g
        self.set_rows(rows)
        self.move_cursor_to(str(view.g), announce=False)

    def on_keyed_table_row_highlighted(self, event: KeyedTable.RowHighlighted) -> None:
        event.stop()
        # A stale highlight (the app has moved the cursor since) or the app's own goroutine: nothing to do.
        if event.key == self.cursor_key and int(event.key) != self._g:
            self.post_message(self.Selected(int(event.key)))

    def on_keyed_table_row_selected(self, event: KeyedTable.RowSelected) -> None:
        event.stop()
