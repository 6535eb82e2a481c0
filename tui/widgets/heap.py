"""HeapPane: the live heap objects: address, type, size and size class, allocation site,
Go's reason, GC colour during a cycle, and who points at them.

Per stop the table changes only where the snapshot did: rows are keyed by address (a
``KeyedTable``, which repaints only the rows whose cells changed), a new object is added
at the end (highlighted for one stop), a changed one gets new cells, and an object the
sweep freed stays one stop, faded, then its row goes.  An object whose snapshot is the
same as at the last stop keeps its row as it was, so a heap of thousands of objects
costs the rows a step changed, not a layout.  Columns are as wide as their widest cell
so far (up to ``WIDEST``); a narrow pane scrolls sideways.

While a cycle runs (``GCSnap.phase`` is not "off") each row shows the object's tri-colour
mark: white (not reached yet: garbage if the cycle ended now), grey (reached, not yet
scanned) and black (scanned).  Outside a cycle the colour means nothing and is not shown.

Following pointers: Enter moves the cursor to the first object the highlighted one points
at; Backspace (or h) goes back along the path it came, and from the first object back to
the pane that chose it (a local in LocalsPane, through the app's ``select``).  Under the
table, ``HeapDetail`` explains the highlighted object: Go's reason and -m=2 flow, what
it points at, and who points at it.
"""
from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

from minigo.debug.snapshot import ObjSnap

from ..view import View
from .table import Column, KeyedTable

# The tri-colour abstraction, drawn literally: legible on a dark theme and in a light one.
COLOUR_STYLE = {"white": "bold #000000 on #f0f0f0", "grey": "bold #000000 on #9e9e9e",
                "black": "bold #f0f0f0 on #000000"}
COLOUR_LABEL = {"white": " white ", "grey": " grey  ", "black": " black "}
NEW = "bold #ffd700"  # allocated by the last command
FREED = "dim strike #808080"  # swept by the last command: shown one stop, then removed

COLUMNS = (("address", "addr"), ("type", "type"), ("size", "size"), ("class", "class"),
           ("site", "site"), ("why", "why"), ("gc", "gc"), ("from", "from"))
KEYS = tuple(key for _, key in COLUMNS)
# Each column is as wide as its widest cell so far, up to this; the last takes what is left.
WIDEST = (14, 20, 8, 12, 9, 24, 7, 40)


def site(o: ObjSnap) -> str:
    return f"{o.line}:{o.col}" if o.line else "runtime"


def referrers(o: ObjSnap) -> list[str]:
    """Who points at the object: locals by name, then heap objects by address."""
    names = [name for _, _, name in o.slots_in]
    return list(dict.fromkeys(names)) + [f"{a:#x}" for a in o.pointed_by]


def cells(o: ObjSnap, new: bool, marking: bool) -> tuple:
    """One table row for an object: plain strings where nothing is styled, so rows compare cheaply."""
    style = NEW if new else ""
    refs = referrers(o)
    colour = Text(COLOUR_LABEL[o.colour], COLOUR_STYLE[o.colour]) if marking else ""
    addr = Text(f"{o.addr:#x}", COLOUR_STYLE[o.colour] if marking else style)
    return (addr, Text(o.type, style), str(o.size), f"{o.sizeclass} ({o.span})", site(o), o.what,
            colour, ", ".join(refs[:3]) + ("…" if len(refs) > 3 else ""))


def faded(row: tuple) -> tuple:
    out = [Text(c.plain if isinstance(c, Text) else c, FREED) for c in row]
    out[KEYS.index("gc")] = Text(" freed ", FREED)
    return tuple(out)


def describe(o: ObjSnap | None, gone: bool = False) -> Text:
    """The detail lines for one object: what, where and why, its pointers out and in."""
    t = Text(no_wrap=False)
    if o is None:
        t.append("no object highlighted", "dim")
        return t
    t.append(f"{o.addr:#x} ", "bold")
    t.append(f"{o.type}", "bold #5fd7ff")
    t.append(f"  {o.size} B, size class {o.sizeclass} ({o.span} B slot)  at {site(o)}  {o.what}")
    if gone:
        t.append("  (freed by the sweep)", FREED)
    if o.reason and o.reason != o.what:
        t.append(f"\n{o.reason}", "#ff8700")
    for line in o.flow:
        t.append(f"\n  {line}", "dim")
    t.append("\n→ points to: ", "bold")
    t.append(", ".join(f"{a:#x}" for a in o.points_to) or "nothing")
    t.append("\n← pointed by: ", "bold")
    locals_ = [f"{name} (g{g} frame {f})" for g, f, name in o.slots_in]
    t.append(", ".join(locals_ + [f"{a:#x}" for a in o.pointed_by]) or "nothing (unreachable)")
    return t


class HeapDetail(Static):
    """The highlighted heap object explained (HeapPane fills it)."""

    DEFAULT_CSS = """
    HeapDetail { height: 5; padding: 0 1; background: $boost; overflow-y: auto; scrollbar-size: 1 1; }
    """


class HeapPane(KeyedTable):
    BINDINGS = [
        Binding("enter", "follow", "Follow pointer", id="heap_follow",
                tooltip="Move to the first object this one points at"),
        Binding("backspace,h", "follow_back", "Back", id="heap_back",
                tooltip="Go back along the pointers followed"),
        Binding("space", "select", "Select", show=False, id="heap_select"),
    ]

    class Selected(Message):
        def __init__(self, addr: int) -> None:
            super().__init__()
            self.addr = addr

    def __init__(self, detail: HeapDetail | None = None, **kwargs) -> None:
        self._fit = [cell_len(label) for label, _ in COLUMNS]  # only grow, as a DataTable's
        super().__init__(self._fitted(), zebra_stripes=True, **kwargs)
        self.border_title = "Heap"
        self.detail = detail if detail is not None else HeapDetail("")  # the app places it
        self.objects: dict[int, ObjSnap] = {}  # live at this stop, by address
        self._cells: dict[str, tuple] = {}  # the cells shown, by key (str(addr)), in display order
        self._shown: set[int] = set()  # their addresses
        self._state: dict[int, tuple] = {}  # (object, new, marking) each row was drawn from
        self._faded: dict[int, ObjSnap] = {}  # freed by the last command: shown one stop
        self.path: list[int] = []  # objects followed from, most recent last
        self._origin: Widget | None = None  # the pane that chose the first object
        self._detail_key = None
        self._snap = None

    def _fitted(self) -> tuple[Column, ...]:
        return tuple(Column(label, key, width) for (label, key), width in zip(COLUMNS, self._fit))

    # ------------------------------------------------------------ each stop

    def show(self, view: View) -> None:
        d = view.diff
        snap = view.snap
        if snap is self._snap:  # the same stop again (another goroutine or frame chosen)
            return
        self._snap = snap
        new = set(d.allocated) if d else set()
        marking = snap.gc.phase != "off"
        live = {o.addr: o for o in snap.heap}
        widths = list(self._fit)
        changed = False
        for addr in self._shown - live.keys():
            if addr in self._faded or d is None or addr not in d.freed:
                del self._cells[str(addr)]  # faded for a stop already, or gone without a step to show it
                self._shown.discard(addr)
                self._state.pop(addr, None)
                changed = True
        self._faded = {}
        for addr in self._shown - live.keys():  # just freed: fade, remove next stop
            self._faded[addr] = self.objects[addr]
            self._state.pop(addr, None)
            self._cells[str(addr)] = faded(self._cells[str(addr)])
            changed = True
        for o in snap.heap:
            state = (o, o.addr in new, marking)
            if self._state.get(o.addr) == state:
                continue
            self._state[o.addr] = state
            row = cells(o, o.addr in new, marking)
            self._cells[str(o.addr)] = row
            self._shown.add(o.addr)
            changed = True
            for i, cell in enumerate(row):
                widths[i] = max(widths[i], min(cell.cell_len if isinstance(cell, Text) else cell_len(cell), WIDEST[i]))
        self.objects = live
        if widths != self._fit:
            self._fit = widths
            self.set_columns(self._fitted())  # every line again: rare, a wider cell than ever
        if changed:
            self.set_rows(self._cells)
        self.border_subtitle = (f"{len(live)} objects, {snap.gc.heap_live} B"
                                + (f", {len(self._faded)} freed" if self._faded else ""))
        self.show_detail()

    # ------------------------------------------------------------ the highlighted object

    @property
    def highlighted(self) -> int | None:
        key = self.cursor_key
        return int(key) if key is not None else None

    def show_detail(self) -> None:
        addr = self.highlighted
        o = self.objects.get(addr) if addr is not None else None
        gone = o is None and addr in self._faded
        if gone:
            o = self._faded[addr]
        key = (o, gone)
        if key != self._detail_key:
            self._detail_key = key
            self.detail.update(describe(o, gone))

    def on_keyed_table_row_highlighted(self, event: KeyedTable.RowHighlighted) -> None:
        event.stop()
        self.show_detail()

    def on_keyed_table_row_selected(self, event: KeyedTable.RowSelected) -> None:
        event.stop()
        self.post_message(self.Selected(int(event.key)))

    # ------------------------------------------------------------ following pointers

    def select(self, addr: int) -> bool:
        """Put the cursor on an object chosen elsewhere (a local): a new path starts here,
        and going back from it returns to the pane that chose it."""
        focused = self.screen.focused if self.is_mounted else None
        if focused is not None and focused is not self:
            self._origin = focused
        self.path = []
        return self._goto(addr)

    def _goto(self, addr: int) -> bool:
        if str(addr) not in self.rows:
            return False
        self.move_cursor_to(str(addr), announce=False)
        self.show_detail()
        return True

    def action_follow(self) -> None:
        here = self.highlighted
        o = self.objects.get(here) if here is not None else None
        target = next((a for a in (o.points_to if o else ()) if str(a) in self.rows), None)
        if target is None:
            self.app.bell()
            return
        self.path.append(here)
        self._goto(target)

    def action_follow_back(self) -> None:
        while self.path:
            if self._goto(self.path.pop()):
                return
        if self._origin is not None and self._origin.is_mounted:
            self._origin.focus()
        else:
            self.app.bell()
