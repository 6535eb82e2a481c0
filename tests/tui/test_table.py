"""KeyedTable repaints only the rows a step changed, keeps its cursor on a key, keeps its
header on top, and grows without a screen layout."""
from rich.text import Text
from textual.app import App, ComposeResult
from textual.screen import Screen

from tui.widgets.table import Column, KeyedTable, same_row

COLUMNS = (Column("name", "name", 6), Column("value", "value", None))


class CountingTable(KeyedTable):
    """Records the rows render_line drew (y on screen)."""
    def __init__(self, **kwargs) -> None:
        super().__init__(COLUMNS, zebra_stripes=True, **kwargs)
        self.drawn: list[int] = []

    def render_line(self, y: int):
        self.drawn.append(y)
        return super().render_line(y)


class TableApp(App):
    CSS = "CountingTable { height: 12; }"  # a header and 11 rows

    def __init__(self, rows: dict) -> None:
        super().__init__()
        self.rows = rows
        self.messages: list[tuple[str, str]] = []

    def compose(self) -> ComposeResult:
        yield CountingTable()

    def on_mount(self) -> None:
        self.query_one(CountingTable).set_rows(self.rows)

    def on_keyed_table_row_highlighted(self, event: KeyedTable.RowHighlighted) -> None:
        self.messages.append(("highlighted", event.key))

    def on_keyed_table_row_selected(self, event: KeyedTable.RowSelected) -> None:
        self.messages.append(("selected", event.key))


def rows(n: int, **changed) -> dict:
    out = {f"v{i}": (f"v{i}", str(i)) for i in range(n)}
    out.update(changed)
    return out


def text(table: KeyedTable, y: int) -> str:
    return table.render_line(y).text


class LayoutCounter:
    def __init__(self, monkeypatch) -> None:
        self.count = 0
        original = Screen._refresh_layout

        def counted(screen, *args, **kwargs):
            self.count += 1
            return original(screen, *args, **kwargs)
        monkeypatch.setattr(Screen, "_refresh_layout", counted)


async def test_set_rows_repaints_only_the_changed_row():
    app = TableApp(rows(5))
    async with app.run_test(size=(40, 20)) as pilot:
        table = app.query_one(CountingTable)
        await pilot.pause()
        table.drawn.clear()
        table.set_rows(rows(5, v3=("v3", "changed")))
        await pilot.pause()
        assert table.drawn == [4]  # header at 0, v0 at 1
        assert "changed" in text(table, 4)
        table.drawn.clear()
        table.set_rows(rows(5, v3=("v3", "changed")))  # the same again: nothing to draw
        await pilot.pause()
        assert table.drawn == []


async def test_a_style_change_alone_repaints():
    assert not same_row(("a", Text("1", "bold")), ("a", Text("1")))  # Text("1", "bold") == Text("1") in rich
    assert same_row(("a", Text("1", "bold")), ("a", Text("1", "bold")))
    app = TableApp({"a": ("a", Text("1", "bold"))})
    async with app.run_test(size=(40, 20)) as pilot:
        table = app.query_one(CountingTable)
        await pilot.pause()
        table.drawn.clear()
        table.set_rows({"a": ("a", Text("1"))})
        await pilot.pause()
        assert table.drawn == [1]


async def test_added_moved_and_removed_rows_repaint_their_lines_without_a_layout(monkeypatch):
    app = TableApp(rows(20))  # more rows than fit: the scrollbar is there already
    async with app.run_test(size=(40, 20)) as pilot:
        table = app.query_one(CountingTable)
        await pilot.pause()
        layouts = LayoutCounter(monkeypatch)
        table.drawn.clear()
        more = rows(20)
        more["v21"] = ("v21", "new")
        table.set_rows(more)  # added below the visible rows
        await pilot.pause()
        assert table.virtual_size.height == 22 and table.vertical_scrollbar.window_virtual_size == 22
        assert table.drawn == [] and layouts.count == 0
        fewer = rows(20)
        del fewer["v2"]  # v3.. move up one line
        table.set_rows(fewer)
        await pilot.pause()
        assert sorted(table.drawn) == list(range(3, 12)) and layouts.count == 0
        assert table.virtual_size.height == 20
        assert "v3" in text(table, 3)


async def test_the_cursor_stays_on_its_key():
    app = TableApp(rows(5))
    async with app.run_test(size=(40, 20)) as pilot:
        table = app.query_one(CountingTable)
        table.focus()
        await pilot.pause()
        assert app.messages == [("highlighted", "v0")]  # the first rows put the cursor on v0
        app.messages.clear()
        await pilot.press("down", "j", "down")
        assert table.cursor_key == "v3"
        assert app.messages == [("highlighted", "v1"), ("highlighted", "v2"), ("highlighted", "v3")]
        app.messages.clear()
        table.set_rows({"new": ("new", "0"), **rows(5)})  # v3 moves down a line
        await pilot.pause()
        assert table.cursor_key == "v3" and table.cursor_row == 4 and app.messages == []
        table.set_rows(rows(3))  # v3 is gone: the cursor stays on the last row
        await pilot.pause()
        assert table.cursor_key == "v2" and app.messages == [("highlighted", "v2")]
        app.messages.clear()
        table.move_cursor_to("v0", announce=False)
        await pilot.pause()
        assert table.cursor_key == "v0" and app.messages == []
        await pilot.press("end")
        assert table.cursor_key == "v2"
        await pilot.press("home", "k")
        assert table.cursor_key == "v0"


async def test_enter_and_a_click_select_a_row():
    app = TableApp(rows(5))
    async with app.run_test(size=(40, 20)) as pilot:
        table = app.query_one(CountingTable)
        table.focus()
        await pilot.press("down", "enter")
        assert app.messages[-1] == ("selected", "v1")
        await pilot.click(CountingTable, offset=(2, 3))  # header, v0, v1, v2
        await pilot.pause()
        assert app.messages[-2:] == [("highlighted", "v2"), ("selected", "v2")]
        await pilot.click(CountingTable, offset=(2, 0))  # the header selects nothing
        await pilot.pause()
        assert app.messages[-1] == ("selected", "v2") and table.cursor_key == "v2"


async def test_scrolling_keeps_the_header_on_top():
    app = TableApp(rows(50))
    async with app.run_test(size=(40, 20)) as pilot:
        table = app.query_one(CountingTable)
        table.focus()
        await pilot.press("pagedown", "pagedown")
        assert table.scroll_y > 0
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_key == "v49"
        assert text(table, 0).split() == ["name", "value"]
        assert text(table, 11).split() == ["v49", "49"]  # the last row is the bottom line
        await pilot.press("home")
        await pilot.pause()
        assert table.scroll_y == 0 and text(table, 1).split() == ["v0", "0"]


async def test_cells_are_cut_to_their_column_with_an_ellipsis():
    app = TableApp({"k": ("a-very-long-name", Text("x" * 100, "bold"))})
    async with app.run_test(size=(40, 20)) as pilot:
        table = app.query_one(CountingTable)
        await pilot.pause()
        line = text(table, 1)
        assert line.startswith("a-ver… ") and line.endswith("x…") and len(line) == table.size.width


async def test_one_change_in_2000_rows_draws_one_line():
    app = TableApp(rows(2000))
    async with app.run_test(size=(40, 20)) as pilot:
        table = app.query_one(CountingTable)
        await pilot.pause()
        visible = table.size.height
        table.drawn.clear()
        table.set_rows(rows(2000, v5=("v5", "changed")))
        await pilot.pause()
        assert len(table.drawn) <= visible and table.drawn == [6]
        table.drawn.clear()
        table.set_rows(rows(2000, v5=("v5", "changed"), v1500=("v1500", "changed")))  # off screen
        await pilot.pause()
        assert table.drawn == []


async def test_a_cells_style_is_drawn():
    app = TableApp({"k": ("k", Text("27", "bold #ffd700"))})
    async with app.run_test(size=(40, 20)) as pilot:
        table = app.query_one(CountingTable)
        await pilot.pause()
        cell = next(seg for seg in table.render_line(1) if seg.text.startswith("27"))
        assert cell.style.bold and cell.style.color.triplet.hex == "#ffd700"
