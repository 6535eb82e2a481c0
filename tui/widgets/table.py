"""KeyedTable: a table of keyed rows drawn with the Line API, cheap to update every step.

Textual's DataTable re-renders every visible row when any cell changes (`update_cell`
bumps one counter that keys all its caches), and adding or removing a row asks for a
screen layout (bench/README.md, "TUI benchmark").  A stepping debugger changes a cell or
two per step, so this table keeps one rendered `Strip` per row and repaints only what a
step changed:

1. `set_rows(rows)` takes the whole table, a dict key -> tuple of cells (str or rich
   `Text`), in display order.  It compares each row with the previous one (the same
   object, or equal text *and* style: rich's `Text.__eq__` ignores the style) and
   whether it is at the same line, drops the cached strip of each changed row and
   refreshes the lines that changed, were added, removed or moved.  Nothing else is
   repainted; comparing is O(rows), rendering O(changed visible rows).
2. A row's strip is cached with what it was drawn for (content width, zebra parity,
   cursor state); a line is re-rendered only when one of them differs.
3. A change in the number of rows sets `virtual_size` without the reactive's layout and
   updates the table's own scrollbars; only a scrollbar appearing or going asks for a
   layout (it takes a column of the table's region).

Line 0 is the header (the column labels), drawn at the top whatever the scroll; row `i`
is at line `i - scroll_y + 1`, so the virtual height is rows + 1.  Columns are laid out
left to right, one space apart; a column's cells are cut to its width with an ellipsis,
and the column whose width is None (else the last) takes what is left.

The cursor is a row, kept on the same key across `set_rows` while that key exists.
Messages: `RowHighlighted(key)` when the cursor moves to another row, `RowSelected(key)`
on Enter or a click, as DataTable's.
"""
from __future__ import annotations

from typing import Mapping, NamedTuple, Union

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widget import Widget

Cell = Union[str, Text]

_ELLIPSIS = "…"
_MIN_REST = 8  # the rest column is at least this wide; a narrower pane scrolls sideways


class Column(NamedTuple):
    label: str
    key: str
    width: int | None = None  # None: the rest of the width


def same_row(a: tuple, b: tuple) -> bool:
    """Whether two rows draw the same: the same cells, text and style."""
    if a is b:
        return True
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x is y:
            continue
        if isinstance(x, Text):
            if not (isinstance(y, Text) and x.plain == y.plain and x.style == y.style
                    and x.spans == y.spans):
                return False
        elif isinstance(y, Text) or x != y:
            return False
    return True


class _RowMessage(Message):
    """A message about one row of a KeyedTable."""
    def __init__(self, table: KeyedTable, key: str) -> None:
        super().__init__()
        self.table = table
        self.key = key

    @property
    def control(self) -> KeyedTable:
        return self.table


class KeyedTable(ScrollView, can_focus=True):
    COMPONENT_CLASSES = {"keyed-table--header", "keyed-table--cursor", "keyed-table--even-row"}
    DEFAULT_CSS = """
    KeyedTable {
        background: $surface;
        color: $foreground;
        & > .keyed-table--header { text-style: bold; background: $panel; color: $foreground; }
        & > .keyed-table--even-row { background: $surface-lighten-1 50%; }
        & > .keyed-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus > .keyed-table--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
    }
    """
    BINDINGS = [
        Binding("up,k", "cursor(-1)", "Up", show=False),
        Binding("down,j", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("home", "cursor_to(0)", show=False),
        Binding("end", "cursor_to(-1)", show=False),
        Binding("enter", "select", "Select", show=False),
    ]

    class RowHighlighted(_RowMessage):
        """The cursor moved to the row `key`."""

    class RowSelected(_RowMessage):
        """The row `key` was chosen (Enter or a click)."""

    def __init__(self, columns: tuple[Column | tuple, ...], *, zebra_stripes: bool = False, **kwargs) -> None:
        super().__init__(**kwargs)
        self._columns = tuple(Column(*c) for c in columns)
        self._zebra = zebra_stripes
        self._keys: list[str] = []  # display order
        self._index: dict[str, int] = {}  # key -> row
        self._rows: dict[str, tuple] = {}  # key -> cells
        self._strips: dict[str, tuple[tuple, Strip]] = {}  # key -> (drawn for, strip)
        self._header: tuple[int, Strip] | None = None  # (width, strip)
        self.cursor_row = 0
        self._set_virtual_size()

    # ------------------------------------------------------------ data

    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    @property
    def rows(self) -> Mapping[str, tuple]:
        return self._rows

    @property
    def row_count(self) -> int:
        return len(self._keys)

    @property
    def cursor_key(self) -> str | None:
        return self._keys[self.cursor_row] if self._keys else None

    def get_row_index(self, key: str) -> int:
        return self._index[key]

    def get_cell(self, key: str, column: str) -> Cell:
        """The cell of row `key` in the column keyed `column`, as given to `set_rows`."""
        i = next(i for i, c in enumerate(self._columns) if c.key == column)
        return self._rows[key][i]

    def set_rows(self, rows: Mapping[str, tuple]) -> None:
        """Show `rows` (key -> cells, in order), repainting only the lines that changed."""
        old_keys, old_rows, old_cursor = self._keys, self._rows, self.cursor_key
        keys = list(rows)
        dirty = []
        for i, key in enumerate(keys):
            old = old_rows.get(key)
            if old is None or not same_row(old, rows[key]):
                self._strips.pop(key, None)
                dirty.append(i)
            elif i >= len(old_keys) or old_keys[i] != key:
                dirty.append(i)
        if keys != old_keys:
            for key in old_rows.keys() - rows.keys():
                self._strips.pop(key, None)
            self._index = {key: i for i, key in enumerate(keys)}
        dirty.extend(range(len(keys), len(old_keys)))  # lines left blank
        self._keys, self._rows = keys, dict(rows)
        if old_cursor in self._index:
            self.cursor_row = self._index[old_cursor]
        else:
            self.cursor_row = max(0, min(self.cursor_row, len(keys) - 1))
        if len(keys) != len(old_keys):
            self._set_virtual_size()
        self._refresh_rows(dirty)
        if self.cursor_key is not None and self.cursor_key != old_cursor:
            self.post_message(self.RowHighlighted(self, self.cursor_key))

    def set_columns(self, columns: tuple[Column | tuple, ...]) -> None:
        """New labels or widths: every line is drawn again."""
        columns = tuple(Column(*c) for c in columns)
        if columns != self._columns:
            self._columns = columns
            self._strips.clear()
            self._header = None
            self._set_virtual_size()
            self.refresh()

    @property
    def zebra_stripes(self) -> bool:
        return self._zebra

    @zebra_stripes.setter
    def zebra_stripes(self, on: bool) -> None:
        if on != self._zebra:
            self._zebra = on
            self.refresh()  # the strips' cache keys include the stripe, so they redraw

    # ------------------------------------------------------------ cursor

    def move_cursor_to(self, key: str, *, announce: bool = True) -> None:
        """Put the cursor on the row `key` and scroll it into view; `announce=False`
        moves it without a RowHighlighted (the app follows its own selection)."""
        if key in self._index:
            self._move_cursor(self._index[key], announce=announce)

    def _move_cursor(self, row: int, *, announce: bool = True) -> None:
        if not self._keys:
            return
        row = max(0, min(row, len(self._keys) - 1))
        old, self.cursor_row = self.cursor_row, row
        if old != row:
            self._refresh_rows((old, row))
        self.scroll_to_row(row)
        if announce and old != row:
            self.post_message(self.RowHighlighted(self, self._keys[row]))

    def scroll_to_row(self, row: int) -> None:
        top, visible = round(self.scroll_y), self._visible_rows()
        if visible <= 0:
            return
        if row < top:
            self.scroll_to(y=row, animate=False)
        elif row >= top + visible:
            self.scroll_to(y=row - visible + 1, animate=False)

    def action_cursor(self, delta: int) -> None:
        self._move_cursor(self.cursor_row + delta)

    def action_page(self, direction: int) -> None:
        self._move_cursor(self.cursor_row + direction * max(1, self._visible_rows() - 1))

    def action_cursor_to(self, row: int) -> None:
        self._move_cursor(row if row >= 0 else len(self._keys) - 1)

    def action_select(self) -> None:
        if self.cursor_key is not None:
            self.post_message(self.RowSelected(self, self.cursor_key))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y == 0:  # a border, the header
            return
        row = round(self.scroll_y) + offset.y - 1
        if row < len(self._keys):
            self._move_cursor(row)
            self.post_message(self.RowSelected(self, self._keys[row]))

    def on_focus(self) -> None:
        self._refresh_rows((self.cursor_row,))

    def on_blur(self) -> None:
        self._refresh_rows((self.cursor_row,))

    # ------------------------------------------------------------ geometry

    def _visible_rows(self) -> int:
        return self.scrollable_content_region.height - 1

    def _rest(self) -> tuple[int, int]:
        """The column that takes the rest of the width (width None, else the last) and
        its least width."""
        rest = next((i for i, c in enumerate(self._columns) if c.width is None), len(self._columns) - 1)
        return rest, self._columns[rest].width or _MIN_REST

    def _min_width(self) -> int:
        rest, least = self._rest()
        fixed = sum(c.width or 0 for i, c in enumerate(self._columns) if i != rest)
        return fixed + least + len(self._columns) - 1

    def _widths(self, width: int) -> list[int]:
        """Each column's width when the table is `width` cells wide."""
        rest, least = self._rest()
        widths = [c.width or 0 for c in self._columns]
        widths[rest] = 0
        widths[rest] = max(least, width - sum(widths) - (len(widths) - 1))
        return widths

    def _set_virtual_size(self) -> None:
        """Rows + header, without a layout: only this table's scrollbars change."""
        size = Size(self._min_width(), len(self._keys) + 1)
        if size == self.virtual_size:
            return
        self.set_reactive(Widget.virtual_size, size)
        if self.is_mounted and self.container_size:
            self._scroll_update(size)

    def _refresh_rows(self, rows) -> None:
        """Repaint the given rows where they are on screen."""
        top, visible, width = round(self.scroll_y), self._visible_rows(), self.size.width
        regions = [Region(0, row - top + 1, width, 1) for row in rows if top <= row < top + visible]
        if regions:
            self.refresh(*regions)

    # ------------------------------------------------------------ drawing

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()
        self._header = None

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.size.width
        full = max(width, self._min_width())
        if y == 0:
            strip = self._header_strip(full)
        else:
            row = scroll_y + y - 1
            if row >= len(self._keys):
                return Strip.blank(width, self.rich_style)
            strip = self._row_strip(row, full)
        return strip if scroll_x == 0 and full == width else strip.crop(scroll_x, scroll_x + width)

    def _header_strip(self, full: int) -> Strip:
        if self._header is None or self._header[0] != full:
            style = self.get_component_rich_style("keyed-table--header")
            cells = [Text(c.label) for c in self._columns]
            self._header = (full, self._draw(cells, full, style))
        return self._header[1]

    def _row_strip(self, row: int, full: int) -> Strip:
        key = self._keys[row]
        cursor = 0 if row != self.cursor_row else (2 if self.has_focus else 1)
        drawn_for = (full, self._zebra and row % 2 == 1, cursor)
        cached = self._strips.get(key)
        if cached is not None and cached[0] == drawn_for:
            return cached[1]
        if cursor:
            style = self.get_component_rich_style("keyed-table--cursor")
        elif drawn_for[1]:
            style = self.get_component_rich_style("keyed-table--even-row")
        else:
            style = None
        strip = self._draw(self._rows[key], full, style)
        self._strips[key] = (drawn_for, strip)
        return strip

    def _draw(self, cells, full: int, style: Style | None) -> Strip:
        console = self.app.console
        segments: list[Segment] = []
        for i, (width, cell) in enumerate(zip(self._widths(full), cells)):
            if i:
                segments.append(Segment(" "))
            if isinstance(cell, Text):
                if cell.cell_len != width:
                    cell = cell.copy()
                    cell.truncate(width, overflow="ellipsis", pad=True)
                rendered = cell.render(console, end="")
                if cell.style:  # Text.render leaves the base style to __rich_console__
                    rendered = Segment.apply_style(rendered, console.get_style(cell.style))
                segments.extend(rendered)
            else:
                text = str(cell)
                length = cell_len(text)
                if length > width:
                    text = set_cell_size(text, width - 1) + _ELLIPSIS if width > 1 else text[:width]
                elif length < width:
                    text += " " * (width - length)
                segments.append(Segment(text))
        strip = Strip(segments).adjust_cell_length(full)
        return strip.apply_style(style) if style is not None else strip
