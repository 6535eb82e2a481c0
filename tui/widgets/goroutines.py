"""GoroutinesPane: every goroutine with its state, wait reason and position; the stopped
one is marked, a new or changed one is highlighted, and selecting a row inspects it."""
from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets import DataTable

from ..view import View

_CHANGED = "bold #ffd700"


class GoroutinesPane(DataTable):
    class Selected(Message):
        def __init__(self, gid: int) -> None:
            super().__init__()
            self.gid = gid

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.border_title = "Goroutines"
        self._rows: dict[int, tuple] = {}
        self._updating = False

    def on_mount(self) -> None:
        self.add_column(" ", key="mark", width=1)
        self.add_column("g", key="g", width=4)
        self.add_column("state", key="state", width=9)
        self.add_column("waiting on", key="wait", width=13)
        self.add_column("at", key="at")

    def show(self, view: View) -> None:
        d = view.diff
        changed = set(d.goroutines_created) | set(d.goroutines_state) if d else set()
        want = {}
        for g in view.snap.goroutines:
            style = _CHANGED if g.id in changed else ""
            want[g.id] = ("▶" if g.id == view.stop.g else ("•" if g.id == view.g else " "),
                          Text(str(g.id), style), Text(g.state, style), Text(g.waitreason, style),
                          f"{g.func.removeprefix('main.')}:{g.line}")
        self._updating = True
        try:
            for gid in list(self._rows):
                if gid not in want:
                    self.remove_row(str(gid))
                    del self._rows[gid]
            for gid, row in want.items():
                if gid not in self._rows:
                    self.add_row(*row, key=str(gid))
                else:
                    for col, old, new in zip(("mark", "g", "state", "wait", "at"), self._rows[gid], row):
                        if old != new:
                            self.update_cell(str(gid), col, new)
                self._rows[gid] = row
            if view.g in self._rows:
                self.move_cursor(row=self.get_row_index(str(view.g)))
        finally:
            self._updating = False

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if not self._updating and event.row_key.value is not None:
            self.post_message(self.Selected(int(event.row_key.value)))
