"""GCTimeline: the collector over virtual time, drawn with text cells (rich, no plotting
library), one column per slice of the clock from 0 to now:

    #1        #2                 <- each cycle's number where it starts
    ─█━━━━█───█━━━━━━█──────     <- phases: sweep termination (STW), mark, mark termination (STW)
    ▁▂▃▄▅▆▆▁▂▃▄▅▆▇▇▂▃▄▅▆▇        <- heap in use (filled) against the heap goal (a line)
    100.0 µs        t=312.3 µs   <- virtual time, from the first stop (or cycle) seen

Go's three phases of mgc.go get distinct colours; the stop-the-world pauses last
microseconds, so each always gets at least one cell.  A cycle still running at this stop
is drawn inverted up to now.  The heap plot uses the samples GCPane keeps (one per stop)
plus each finished cycle's heap0/heap1/heap2 at its phase edges, so a ``continue`` over a
whole cycle still shows its sawtooth.  Drawing is a few thousand cells: about a
millisecond, cheap enough to redraw on every stop.
"""
from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from minigo.debug.snapshot import GCSnap

from .status import fmt_ns

OFF, MARK, STW1, STW2 = "─", "━", "█", "█"
STYLE = {"off": "#585858", "mark": "#ffaf00", "sweepterm": "bold #ff5f5f", "markterm": "bold #d75fff",
         "heap": "#5fd75f", "goal": "bold #ff5f5f", "label": "bold", "axis": "dim"}
LIVE = {"mark": "bold #000000 on #ffaf00", "marktermination": "bold #000000 on #d75fff"}
BLOCKS = " ▁▂▃▄▅▆▇█"


def legend() -> Text:
    t = Text(no_wrap=True, overflow="crop")
    t.append(STW1, STYLE["sweepterm"]).append(" sweep term (STW)  ")
    t.append(MARK * 2, STYLE["mark"]).append(" concurrent mark  ")
    t.append(STW2, STYLE["markterm"]).append(" mark term (STW)  ")
    t.append("▆", STYLE["heap"]).append(" heap  ")
    t.append("─", STYLE["goal"]).append(" goal")
    return t


class GCTimeline(Widget):
    DEFAULT_CSS = """
    GCTimeline { height: 1fr; min-height: 3; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.gc: GCSnap | None = None
        self.now = 0
        self.live_start = 0  # when this UI first saw the running cycle (its start lies before)
        self.points: list[tuple[int, int, int]] = []  # (time ns, heap live, goal), by time
        self.lines: list[Text] = []  # as last drawn (tests read them)

    def update(self, gc: GCSnap, now: int, live_start: int, points: list[tuple[int, int, int]]) -> None:
        self.gc, self.now, self.live_start, self.points = gc, now, live_start, points
        self.refresh()

    def render(self) -> Text:
        w, h = self.size.width, self.size.height
        if self.gc is None or w < 4 or h < 1:
            self.lines = []
            return Text("")
        t0 = self.start()
        span = max(self.now - t0, 1)
        col = lambda t: min(w - 1, max(0, (t - t0) * w // span))  # noqa: E731
        labels, bar = self._phases(w, col)
        plot = self._plot(w, h - 3, t0, span) if h > 3 else []
        axis = Text(no_wrap=True, overflow="crop", style=STYLE["axis"])
        left, right = fmt_ns(t0), f"t={fmt_ns(self.now)}"
        axis.append(left + " " * max(1, w - len(left) - len(right)) + right)
        self.lines = ([labels] if h > 1 else []) + [bar] + plot + ([axis] if h > 2 else [])
        return Text("\n", no_wrap=True).join(self.lines[:h])

    def start(self) -> int:
        """The left edge: the first thing known (a stop's sample or a cycle), not the
        runtime's start-up before main, which would squeeze the program into a corner."""
        firsts = [self.points[0][0]] if self.points else []
        firsts += [self.gc.cycles[0].t_sweepterm] if self.gc.cycles else []
        return min(firsts + [self.now])

    def _phases(self, w: int, col) -> tuple[Text, Text]:
        """The cycle-number row and the phase row."""
        cells = [(OFF, STYLE["off"])] * w
        names = [" "] * w
        def put(c: int, glyph: str, style: str) -> None:  # noqa: E306
            cells[c] = (glyph, style)
        for c in self.gc.cycles:
            a, m, t = col(c.t_sweepterm), col(c.t_mark), col(c.t_markterm)
            for x in range(max(m, a + 1), t):
                put(min(x, w - 1), MARK, STYLE["mark"])
            put(a, STW1, STYLE["sweepterm"])
            put(max(t, min(a + 1, w - 1)), STW2, STYLE["markterm"])
            label = f"#{c.n}" + ("f" if c.forced else "")
            if all(ch == " " for ch in names[a:a + len(label) + 1]):
                names[a:a + len(label)] = label
        if self.gc.phase != "off":
            a = max(0, min(col(self.live_start), w - 2))  # room for the pause and the phase now
            for x in range(a, w):
                put(x, MARK if self.gc.phase == "mark" else STW2, LIVE.get(self.gc.phase, LIVE["mark"]))
            put(a, STW1, "bold #000000 on #ff5f5f")
            label = f"#{self.gc.cycle}"
            start = max(0, min(a, w - len(label)))
            names[start:start + len(label)] = label
        bar = Text(no_wrap=True, overflow="crop")
        for glyph, style in cells:
            bar.append(glyph, style)
        return Text("".join(names[:w]), STYLE["label"], no_wrap=True, overflow="crop"), bar

    def _columns(self, w: int, t0: int, span: int) -> list[tuple[int, int] | None]:
        """(heap, goal) per column: the highest heap seen in its slice of time, else the last known."""
        out: list[tuple[int, int] | None] = [None] * w
        last = None
        i, pts = 0, self.points
        for x in range(w):
            end = t0 + (x + 1) * span // w
            best = None
            while i < len(pts) and pts[i][0] <= end:
                last = (pts[i][1], pts[i][2])
                best = last if best is None else (max(best[0], last[0]), last[1])
                i += 1
            out[x] = best or last
        return out

    def _plot(self, w: int, rows: int, t0: int, span: int) -> list[Text]:
        cols = self._columns(w, t0, span)
        heaps = [c[0] for c in cols if c]
        if not heaps:
            return [Text(" " * w) for _ in range(rows)]
        top = max(heaps)
        goals = [c[1] for c in cols if c and c[1] <= 16 * max(top, 1)]  # GOGC=off: no goal line
        top = max([top] + goals) or 1
        levels = rows * 8
        lines = [Text(no_wrap=True, overflow="crop") for _ in range(rows)]
        for c in cols:
            hl = round(c[0] * levels / top) if c else 0
            gl = round(c[1] * levels / top) if c and c[1] <= 16 * top else -1
            for r in range(rows):
                lo = (rows - 1 - r) * 8
                fill = min(8, max(0, hl - lo))
                if lo <= gl - 1 < lo + 8 and fill < 8:  # the goal crosses this cell above the heap
                    g = gl - 1 - lo
                    lines[r].append("▔" if g >= 6 else "─" if g >= 3 else "▁", STYLE["goal"])
                else:
                    lines[r].append(BLOCKS[fill], STYLE["heap"])
        return lines
