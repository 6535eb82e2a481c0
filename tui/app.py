"""The minigo-tui application: for now, the source and Go's compile errors.

The stepping panes (goroutines, stack, heap, GC) arrive with the debugger
session API (DESIGN.md); this screen already shows what the front end knows.
"""
from __future__ import annotations

import sys
from pathlib import Path

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Header, Static

from minigo.frontend import SourceError, check_source, read_source

from .widgets.source import SourceView


class MinigoApp(App):
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "minigo"
    BINDINGS = [Binding("q", "quit", "Quit", id="quit")]

    def __init__(self, path: str, text: str) -> None:
        super().__init__()
        self.path, self.text = path, text
        self.diagnostics = check_source(text, path)
        self.sub_title = path

    def compose(self) -> ComposeResult:
        yield Header()
        yield SourceView(self.text, id="source")
        if self.diagnostics:
            lines = "\n".join(d.format(self.path) for d in self.diagnostics)
            yield Static(lines, id="problems", markup=False)
        else:
            yield Static(f"{self.path}: no errors (go build would accept it)", id="problems")
        yield Footer()

    def on_mount(self) -> None:
        view = self.query_one(SourceView)
        for d in self.diagnostics:
            view.mark(d.pos.line, "●")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: minigo-tui FILE.go", file=sys.stderr)
        return 2
    try:
        text = read_source(args[0])
    except SourceError as e:
        print(f"minigo-tui: {e}", file=sys.stderr)
        return 1
    MinigoApp(args[0], text).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
