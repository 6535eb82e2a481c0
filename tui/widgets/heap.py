"""HeapPane: the live heap objects: address, type, size and size class, allocation site,
Go's reason, GC colour during a cycle, and who points at them.  New objects are
highlighted; objects the sweep freed stay one step, faded, then go."""
from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets import DataTable

from ..view import View

_COLOUR = {"white": "bold white on #5f0000", "grey": "bold black on #a8a8a8", "black": "white on #262626"}
_NEW = "bold #ffd700"
_FREED = "dim strike"


class HeapPane(DataTable):
    class Selected(Message):
        def __init__(self, addr: int) -> None:
            super().__init__()
            self.addr = addr

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.border_title = "Heap"
        self._rows: dict[int, tuple] = {}
        self._faded: set[int] = set()

    def on_mount(self) -> None:
        for label, key in (("address", "addr"), ("type", "type"), ("size", "size"), ("class", "class"),
                           ("site", "site"), ("why", "why"), ("gc", "gc"), ("from", "from")):
            self.add_column(label, key=key)

    def show(self, view: View) -> None:
        d = view.diff
        new = set(d.allocated) if d else set()
        freed = set(d.freed) if d else set()
        for addr in self._faded - freed:  # faded last step: gone now
            if addr in self._rows:
                self.remove_row(str(addr))
                del self._rows[addr]
        self._faded = set()
        for addr in freed:
            if addr in self._rows:
                row = self._rows[addr]
                self.update_cell(str(addr), "addr", Text(f"{addr:#x}", _FREED))
                self.update_cell(str(addr), "gc", Text("freed", _FREED))
                self._faded.add(addr)
        for o in view.snap.heap:
            style = _NEW if o.addr in new else ""
            site = f"{o.line}:{o.col}" if o.line else "runtime"
            refs = [f"{a:#x}" for a in o.pointed_by] + [f"{name}" for _, _, name in o.slots_in]
            row = (Text(f"{o.addr:#x}", style), Text(o.type, style), f"{o.size}", f"{o.sizeclass} ({o.span})",
                   site, o.reason, Text(o.colour, _COLOUR.get(o.colour, "")), ", ".join(refs[:3]) + (
                       "…" if len(refs) > 3 else ""))
            key = str(o.addr)
            if o.addr not in self._rows:
                self.add_row(*row, key=key)
            else:
                for col, old, val in zip(("addr", "type", "size", "class", "site", "why", "gc", "from"),
                                         self._rows[o.addr], row):
                    if old != val:
                        self.update_cell(key, col, val)
            self._rows[o.addr] = row
        self.border_subtitle = f"{len(view.snap.heap)} objects, {view.snap.gc.heap_live} B"

    def select(self, addr: int) -> None:
        if addr in self._rows:
            self.move_cursor(row=self.get_row_index(str(addr)))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.post_message(self.Selected(int(event.row_key.value)))
