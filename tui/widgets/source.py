"""Provides SourceView: the program with line numbers, highlighting and a gutter of marks.

A Line-API ScrollView (TEXTUAL-LARK.md A.3): the text is highlighted once with
Pygments' Go lexer through rich, split into lines, and each visible line is
rendered on demand, so moving a mark repaints two lines, not the file.
"""
from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.syntax import Syntax
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip


class SourceView(ScrollView):
    DEFAULT_CSS = """
    SourceView { background: $surface; }
    """

    def __init__(self, text: str, **kwargs) -> None:
        super().__init__(**kwargs)
        syntax = Syntax(text, "go", theme="monokai")
        self._lines = syntax.highlight(text).split("\n")
        self._width = max((len(line.plain) for line in self._lines), default=0) + 8
        self.marks: dict[int, str] = {}  # line -> gutter mark
        self.virtual_size = Size(self._width, len(self._lines))

    def mark(self, line: int, symbol: str) -> None:
        self.marks[line] = symbol
        self.refresh_line(line - 1)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = y + scroll_y
        if index >= len(self._lines):
            return Strip.blank(self.size.width)
        lineno = index + 1
        mark = self.marks.get(lineno, " ")
        gutter = Segment(f"{mark}{lineno:>4} ", Style(color="red", bold=True) if mark != " " else Style(dim=True))
        body = list(self._lines[index].render(self.app.console))
        strip = Strip([gutter] + body)
        return strip.crop(scroll_x, scroll_x + self.size.width).extend_cell_length(self.size.width)
