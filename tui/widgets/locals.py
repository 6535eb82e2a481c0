"""LocalsPane: the selected frame's variables in scope: name, type, value as Go prints it
(%v), and where it lives: its stack offset, or the heap object it was moved to and
Go's reason.  A value the last step changed is highlighted."""
from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets import DataTable

from ..view import View

_CHANGED = "bold #ffd700"
_HEAP = "#ff8700"


class LocalsPane(DataTable):
    class Selected(Message):
        """A variable was chosen: follow it to the heap objects it points at."""
        def __init__(self, name: str, objects: tuple[int, ...]) -> None:
            super().__init__()
            self.name = name
            self.objects = objects

    class Highlighted(Message):
        """The cursor is on a variable: why it lives where it does (Go's -m, -m=2)."""
        def __init__(self, name: str, lines: tuple[str, ...]) -> None:
            super().__init__()
            self.name = name
            self.lines = lines

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.border_title = "Locals"
        self._why: dict[str, tuple[str, ...]] = {}
        self._names: tuple = ()
        self._rows: dict[str, tuple] = {}
        self._objects: dict[str, tuple] = {}

    def on_mount(self) -> None:
        self.add_column("name", key="name")
        self.add_column("type", key="type")
        self.add_column("value", key="value")
        self.add_column("where", key="where")

    def show(self, view: View) -> None:
        fr = view.selected_frame
        slots = [s for s in fr.slots if s.value is not None] if fr else []
        changed = set()
        if view.diff is not None and fr is not None:
            depth = len(view.goroutine.frames) - 1 - min(view.frame, len(view.goroutine.frames) - 1)
            changed = {name for (g, func, dep, name) in view.diff.variables
                       if g == view.g and func == fr.func and dep == depth}
        rows = {}
        for s in slots:
            style = _CHANGED if s.name in changed else ""
            where = Text(f"heap {s.objects[0]:#x}" if s.heap and s.objects else "heap", _HEAP) if s.heap \
                else Text(f"stack +{s.offset}")
            value = s.value if len(s.value) <= 60 else s.value[:57] + "..."
            rows[s.name] = (Text(s.name, style), s.type, Text(value, style), where)
            self._objects[s.name] = s.objects
            self._why[s.name] = (s.flow or (s.reason,)) if s.heap else (
                f"{s.name} stays on the stack: {s.size} bytes at offset {s.offset} of {fr.func}'s frame",)
        names = tuple(rows)
        if names != self._names:  # a new scope: rebuild (a layout; values alone only repaint)
            self.clear()
            for name, row in rows.items():
                self.add_row(*row, key=name)
            self._names = names
        else:
            for name, row in rows.items():
                for col, old, new in zip(("name", "type", "value", "where"), self._rows.get(name, ()), row):
                    if old != new:
                        self.update_cell(name, col, new)
        self._rows = rows
        self.border_subtitle = f"{fr.func}:{fr.line}" if fr else ""

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        name = event.row_key.value
        if name in self._why:
            self.post_message(self.Highlighted(name, self._why[name]))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        name = event.row_key.value
        self.post_message(self.Selected(name, self._objects.get(name, ())))
