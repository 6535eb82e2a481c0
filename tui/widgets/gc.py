"""GCPane: the collector: its phase now, each cycle on a timeline of virtual time with
its phases and stop-the-world pauses, GC's CPU share, heap in use against the goal, and
the gctrace lines Go would print.

The pane keeps one sample (time, heap live, goal) per stop.  Going back in time drops the
samples after the new time, so the plot never shows a future the program has not run
yet.  The finished cycles come from the snapshot itself (``GCSnap.cycles``), which time
travel already keeps right.
"""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from minigo.debug.snapshot import CycleSnap, GCSnap

from ..view import View
from .gctimeline import STYLE, GCTimeline, legend
from .status import fmt_bytes, fmt_ns

PHASE = {"off": ("_GCoff", "bold #5fd75f"), "mark": ("_GCmark", "bold #000000 on #ffaf00"),
         "marktermination": ("_GCmarktermination", "bold #000000 on #d75fff")}
TRACE_LINES = 3


def pauses(c: CycleSnap) -> tuple[int, int]:
    """The cycle's two stop-the-world pauses (ns): sweep termination, mark termination."""
    return c.t_mark - c.t_sweepterm, c.t_end - c.t_markterm


def head(gc: GCSnap) -> Text:
    """Two lines: the phase now and GC's CPU share; the finished cycles with their pauses,
    then heap against goal (which the status bar shows too, so it may be cropped)."""
    name, style = PHASE.get(gc.phase, (gc.phase, "bold"))
    t = Text(no_wrap=True, overflow="ellipsis")
    t.append(f" {name} ", style)
    if gc.cycle:
        t.append(f" cycle {gc.cycle}", "bold")
    if gc.cycles:
        t.append(" · GC CPU ")
        t.append(f"{gc.cycles[-1].util}%", STYLE["mark"])
    n = len(gc.cycles)
    stw = [p for c in gc.cycles for p in pauses(c)]
    t.append(f"\n{n} cycle{'s' if n != 1 else ''}", "bold")
    t.append(f" · {len(stw)} STW {fmt_ns(sum(stw))}")
    if gc.cycles:
        a, b = pauses(gc.cycles[-1])
        t.append(f" (last {fmt_ns(a)}+{fmt_ns(b)})", "dim")
    t.append(f" · heap {fmt_bytes(gc.heap_live)} / goal {fmt_bytes(gc.goal)}")
    t.append(f", trigger {fmt_bytes(gc.trigger)}", "dim")
    return t


def trace(gc: GCSnap, count: int = TRACE_LINES) -> Text:
    t = legend()
    for c in gc.cycles[-count:]:
        t.append("\n" + c.gctrace, "dim")
    return t


class GCPane(Vertical):
    DEFAULT_CSS = """
    GCPane #gc-head { height: 2; text-wrap: nowrap; text-overflow: ellipsis; }
    GCPane #gc-trace { height: auto; max-height: 4; text-wrap: nowrap; text-overflow: ellipsis; }
    """
    ALLOW_MAXIMIZE = True  # z zooms it: a wide timeline and whole gctrace lines

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.can_focus = True
        self.border_title = "GC"
        self.samples: list[tuple[int, int, int]] = []  # (time ns, heap live, goal) at each stop
        self.seen: dict[int, int] = {}  # running cycle -> when a stop first saw it (ns)
        self._head = self._trace = None

    def compose(self) -> ComposeResult:
        yield Static("", id="gc-head")
        yield GCTimeline(id="gc-timeline")
        yield Static("", id="gc-trace")

    def show(self, view: View) -> None:
        s = view.snap
        gc = s.gc
        while self.samples and self.samples[-1][0] > s.time_ns:  # went back in time
            self.samples.pop()
        if self.samples and self.samples[-1][0] == s.time_ns:
            self.samples.pop()
        self.samples.append((s.time_ns, gc.heap_live, gc.goal))
        self.seen = {n: t for n, t in self.seen.items() if t <= s.time_ns and n > len(gc.cycles)}
        if gc.phase != "off":
            self.seen.setdefault(gc.cycle, s.time_ns)
        self.query_one(GCTimeline).update(gc, s.time_ns, self.seen.get(gc.cycle, s.time_ns), self.points(gc))
        if (gc.phase, gc.cycle, gc.heap_live, gc.goal, len(gc.cycles)) != self._head:
            self._head = (gc.phase, gc.cycle, gc.heap_live, gc.goal, len(gc.cycles))
            self.query_one("#gc-head", Static).update(head(gc))
        if gc.cycles[-TRACE_LINES:] != self._trace:
            self._trace = gc.cycles[-TRACE_LINES:]
            self.query_one("#gc-trace", Static).update(trace(gc))

    def points(self, gc: GCSnap) -> list[tuple[int, int, int]]:
        """The stops' samples and each finished cycle's heap at its phase edges, by time."""
        pts = list(self.samples)
        for c in gc.cycles:
            pts += [(c.t_sweepterm, c.heap0, c.goal), (c.t_markterm, c.heap1, c.goal), (c.t_end, c.heap2, c.goal)]
        pts.sort()
        return pts
