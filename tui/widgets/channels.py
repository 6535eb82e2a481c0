"""ChannelsPane: each channel's element type, buffer contents and capacity, whether it is
closed, and the goroutines blocked sending to or receiving from it; a channel the last
step changed is marked."""
from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ..view import View


class ChannelsPane(Static, can_focus=True):
    def __init__(self, **kwargs) -> None:
        super().__init__("", **kwargs)
        self.border_title = "Channels"
        self._last = None

    def show(self, view: View) -> None:
        chans = view.snap.channels
        if chans == self._last:
            return
        before = {c.addr: c for c in self._last or ()}
        self._last = chans
        if not chans:
            self.update(Text("(no channels)", "dim"), layout=False)  # a fixed height: repaint only
            return
        t = Text()
        for c in chans:
            buf = " ".join(f"[{v}]" for v in c.buf) + " [ ]" * (c.cap - len(c.buf))
            changed = before.get(c.addr) != c and self._last is not None
            t.append("• " if changed else "  ", "bold #ffd700")
            t.append(f"{c.addr:#x} chan {c.elem} ", "bold #ffd700" if changed else "bold")
            t.append(f"{len(c.buf)}/{c.cap} ")
            t.append(buf.strip() or "unbuffered")
            if c.closed:
                t.append(" closed", "red")
            if c.sendq:
                t.append(f"  send-blocked: {', '.join(f'g{g}' for g in c.sendq)}", "#ff8700")
            if c.recvq:
                t.append(f"  recv-blocked: {', '.join(f'g{g}' for g in c.recvq)}", "#5fafff")
            t.append("\n")
        self.update(t, layout=False)
