"""OutputPane: what the program wrote, stdout and stderr (red), as it streams; going
back in time rewrites it to what had been written by then."""
from __future__ import annotations

from rich.text import Text
from textual.widgets import RichLog

from ..view import View


class OutputPane(RichLog):
    def __init__(self, **kwargs) -> None:
        super().__init__(max_lines=5000, markup=False, highlight=False, wrap=True, **kwargs)
        self.border_title = "Output"
        self._shown = (0, 0)

    def show(self, view: View) -> None:
        d = view.diff
        new = len(d.stdout) + len(d.stderr) if d is not None else 0
        self.border_subtitle = f"+{new} B this step" if new else ""  # what the last command wrote
        self.stream(view.snap.stdout, view.snap.stderr)

    def stream(self, out: bytes, err: bytes) -> None:
        """Write what is new in the program's output since the last call."""
        if len(out) < self._shown[0] or len(err) < self._shown[1]:  # back in time
            self.clear()
            self._shown = (0, 0)
        new_out, new_err = out[self._shown[0]:], err[self._shown[1]:]
        if new_out:
            self.write(Text(new_out.decode("utf-8", "replace").rstrip("\n")))
        if new_err:
            self.write(Text(new_err.decode("utf-8", "replace").rstrip("\n"), "red"))
        self._shown = (len(out), len(err))

    def write_reply(self, command: str, reply: str) -> None:
        """A `:` command and the debugger's reply."""
        self.write(Text(f"(minigo) {command}", "bold #5fafff"))
        if reply.strip():
            self.write(Text(reply.rstrip("\n"), "#87afd7"))
