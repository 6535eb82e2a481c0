"""LocalsPane: the selected frame's variables in scope: name, type, value as Go prints it
(%v), and where it lives: its stack offset, or the heap object it was moved to and
Go's reason.  A value the last step changed is highlighted.

The name, type and where columns are as wide as their widest cell (the value takes the
rest), so in practice they are laid out again only when the scope changes."""
from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.message import Message

from ..view import View
from .table import Column, KeyedTable

_CHANGED = "bold #ffd700"
_HEAP = "#ff8700"
_LABELS = (("name", "name"), ("type", "type"), ("value", "value"), ("where", "where"))
_WIDEST = (10, 12, None, 17)  # at most, cut with an ellipsis beyond


class LocalsPane(KeyedTable):
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
        super().__init__(fitted({}), zebra_stripes=True, **kwargs)
        self.border_title = "Locals"
        self._why: dict[str, tuple[str, ...]] = {}
        self._rows: dict[str, tuple] = {}
        self._objects: dict[str, tuple] = {}

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
            rows[s.name] = (Text(s.name, style), s.type, Text(s.value, style), where)
            self._objects[s.name] = s.objects
            self._why[s.name] = (s.flow or (s.reason,)) if s.heap else (
                f"{s.name} stays on the stack: {s.size} bytes at offset {s.offset} of {fr.func}'s frame",)
        self.set_columns(fitted(rows))  # a no-op unless a widest cell changed (a new scope)
        self._rows = rows
        self.set_rows(rows)
        self.border_subtitle = f"{fr.func}:{fr.line}" if fr else ""

    def on_keyed_table_row_highlighted(self, event: KeyedTable.RowHighlighted) -> None:
        event.stop()
        if event.key in self._why:
            self.post_message(self.Highlighted(event.key, self._why[event.key]))

    def on_keyed_table_row_selected(self, event: KeyedTable.RowSelected) -> None:
        event.stop()
        self.post_message(self.Selected(event.key, self._objects.get(event.key, ())))


def fitted(rows: dict[str, tuple]) -> tuple[Column, ...]:
    """The columns, each as wide as its label and widest cell (up to _WIDEST)."""
    columns = []
    for i, ((label, key), widest) in enumerate(zip(_LABELS, _WIDEST)):
        if widest is None:
            columns.append(Column(label, key, None))
            continue
        width = max([cell_len(label)] + [cell_len(str(row[i])) for row in rows.values()])
        columns.append(Column(label, key, min(width, widest)))
    return tuple(columns)
