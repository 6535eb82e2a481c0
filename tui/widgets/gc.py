"""GCPane: the collector: its phase now, each finished cycle on a timeline with its
stop-the-world pauses, heap in use against the goal over virtual time, and the
gctrace lines Go would print."""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Sparkline, Static

from ..view import View
from .status import fmt_bytes


class GCPane(Vertical):
    DEFAULT_CSS = """
    GCPane Sparkline { height: 3; }
    GCPane #gc-text { height: 1fr; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.border_title = "GC"
        self.samples: list[tuple[int, int, int]] = []  # (time ns, heap live, goal) at each stop
        self._last = None

    def compose(self) -> ComposeResult:
        yield Sparkline([], id="gc-heap")
        yield Static("", id="gc-text")

    def show(self, view: View) -> None:
        s = view.snap
        while self.samples and self.samples[-1][0] > s.time_ns:  # went back in time
            self.samples.pop()
        self.samples.append((s.time_ns, s.gc.heap_live, s.gc.goal))
        self.query_one(Sparkline).data = [h for _, h, _ in self.samples[-120:]]
        key = (s.gc, s.time_ns // 1_000_000)
        if key == self._last:
            return
        self._last = key
        t = Text()
        phase = s.gc.phase
        t.append(f"phase {phase}", "bold red" if phase != "off" else "bold green")
        if s.gc.cycle:
            t.append(f" (cycle {s.gc.cycle})")
        t.append(f"  heap {fmt_bytes(s.gc.heap_live)} / goal {fmt_bytes(s.gc.goal)}\n")
        for c in s.gc.cycles[-6:]:
            stw1 = (c.t_mark - c.t_sweepterm) / 1e3
            stw2 = (c.t_end - c.t_markterm) / 1e3
            t.append(f"#{c.n} ", "bold")
            t.append("▮", "red")
            t.append(f"{stw1:.0f}µs STW ")
            t.append("━" * min(20, max(1, (c.t_markterm - c.t_mark) // 100_000)), "yellow")
            t.append(f" mark {(c.t_markterm - c.t_mark) / 1e6:.2f}ms ")
            t.append("▮", "red")
            t.append(f"{stw2:.0f}µs STW  {c.util}% CPU\n")
        for c in s.gc.cycles[-3:]:
            t.append(c.gctrace + "\n", "dim")
        self.query_one("#gc-text", Static).update(t)
