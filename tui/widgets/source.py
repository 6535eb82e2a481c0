"""SourceView: the program with line numbers, highlighting, the current line, a
breakpoint gutter, a mark on every line where something moves to the heap, and a cursor
the user moves to set breakpoints, run to a line or read a line's escape decisions.

A Line-API ScrollView (TEXTUAL-LARK.md A.3): the text is highlighted once with Pygments'
Go lexer through rich, split into lines, and each visible line is rendered on demand, so
a step repaints the two lines whose marks moved, not the file.
"""
from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.syntax import Syntax
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

_EXEC = Style(bgcolor="#3a3a00")
_CURSOR = Style(bgcolor="#203048")
_BREAK = Style(color="red", bold=True)
_HEAP = Style(color="#ff8700", bold=True)
_DIM = Style(dim=True)
_ARROW = Style(color="#ffd700", bold=True)


class SourceView(ScrollView, can_focus=True):
    DEFAULT_CSS = """
    SourceView { background: $surface; }
    """
    BINDINGS = [
        Binding("up,k", "cursor(-1)", "Up", show=False),
        Binding("down,j", "cursor(1)", "Down", show=False),
        Binding("pageup", "cursor(-10)", show=False),
        Binding("pagedown", "cursor(10)", show=False),
    ]

    class CursorMoved(Message):
        def __init__(self, line: int) -> None:
            super().__init__()
            self.line = line

    def __init__(self, text: str, **kwargs) -> None:
        super().__init__(**kwargs)
        syntax = Syntax(text, "go", theme="monokai")
        self._lines = syntax.highlight(text).split("\n")
        self._width = max((len(line.plain) for line in self._lines), default=0) + 9
        self.marks: dict[int, str] = {}  # line -> gutter mark (compile errors)
        self.breakpoints: set[int] = set()
        self.heap_lines: set[int] = set()  # lines where escape analysis moves something to the heap
        self.exec_line = 0  # the stopped goroutine's line (0: none)
        self.cursor_line = 1
        self.virtual_size = Size(self._width, len(self._lines))

    # ------------------------------------------------------------ state

    def mark(self, line: int, symbol: str) -> None:
        self.marks[line] = symbol
        self.refresh_line(line - 1)

    def set_exec_line(self, line: int) -> None:
        old, self.exec_line = self.exec_line, line
        for n in (old, line):
            if n:
                self.refresh_line(n - 1)
        if line:
            self.scroll_to_line(line)

    def set_breakpoints(self, lines: set[int]) -> None:
        changed = lines ^ self.breakpoints
        self.breakpoints = set(lines)
        for n in changed:
            self.refresh_line(n - 1)

    def set_heap_lines(self, lines: set[int]) -> None:
        self.heap_lines = set(lines)
        self.refresh()

    def scroll_to_line(self, line: int) -> None:
        top, height = self.scroll_offset.y, self.size.height
        if height and not top <= line - 1 < top + height:
            self.scroll_to(y=max(0, line - 1 - height // 3), animate=False)

    def action_cursor(self, delta: int) -> None:
        self.move_cursor(self.cursor_line + delta)

    def move_cursor(self, line: int) -> None:
        line = max(1, min(len(self._lines), line))
        old, self.cursor_line = self.cursor_line, line
        self.refresh_line(old - 1)
        self.refresh_line(line - 1)
        self.scroll_to_line(line)
        self.post_message(self.CursorMoved(line))

    def on_click(self, event) -> None:
        self.move_cursor(event.y + self.scroll_offset.y + 1)

    # ------------------------------------------------------------ drawing

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = y + scroll_y
        width = self.size.width
        if index >= len(self._lines):
            return Strip.blank(width)
        lineno = index + 1
        if lineno in self.marks:
            bp = Segment(self.marks[lineno], _BREAK)
        elif lineno in self.breakpoints:
            bp = Segment("●", _BREAK)
        else:
            bp = Segment(" ")
        heap = Segment("▲" if lineno in self.heap_lines else " ", _HEAP)
        arrow = Segment("=>" if lineno == self.exec_line else "  ", _ARROW)
        number = Segment(f"{lineno:>4} ", _DIM)
        body = list(self._lines[index].render(self.app.console))
        strip = Strip([bp, heap, arrow, number] + body)
        strip = strip.crop(scroll_x, scroll_x + width).extend_cell_length(width)
        if lineno == self.exec_line:
            strip = strip.apply_style(_EXEC)
        elif lineno == self.cursor_line and self.has_focus:
            strip = strip.apply_style(_CURSOR)
        return strip

    def on_focus(self) -> None:
        self.refresh_line(self.cursor_line - 1)

    def on_blur(self) -> None:
        self.refresh_line(self.cursor_line - 1)
