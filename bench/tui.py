"""TUI benchmark (issue 7): time to first paint, and step -> repaint at 120x40.

    uv run python bench/tui.py                       # 300 `next`s, keys sent through the driver
    uv run python bench/tui.py --steps 500 --command step
    uv run python bench/tui.py --via action          # call app.action_next() instead of a key
    uv run python bench/tui.py --profile 25          # cProfile the UI thread and the worker

Headless (``App.run_test(size=(120, 40))``), on bench/programs/tui_heap.go by default: a
few hundred live heap objects and three goroutines, stepped in its steady-state loop.

How "repaint done" is detected: Textual paints in ``Screen._compositor_refresh``:
``Compositor.render_update`` renders the dirty widgets' lines into strips and
``App._display`` writes them to the driver.  Headless, ``_display`` writes nothing, so
the benchmark wraps it and encodes the update as a terminal would
(``update.render_segments(console)``, counted as "encode").  A step is issued (the key
``n`` sent to the driver's queue, as a terminal's key press arrives; or the action
called), then the worker runs the session command, ``_done`` runs ``show_stop`` on the UI
thread (``Session.snapshot``, the diff, every pane's ``show``), and **step -> repaint**
ends when the first frame painted after ``show_stop`` returned has been written.  The
benchmark then waits for idle (``pilot.pause()``) and counts any later frames of that
step (Resize events after a layout, a scroll) as **settled**.

Breakdown, per step (UI thread unless said): worker = the Session command in the worker
thread; hand-off = from the worker's end until ``_done`` starts on the UI thread; snapshot
= ``Session.snapshot``; diff = ``diff.diff``; panes = the panes' ``show`` (and the source
view's ``set_exec_line``/``set_breakpoints``); layout = ``Screen._refresh_layout`` less
the paint inside it; render = ``Compositor.render_update``; encode = the update to
terminal bytes; other = the rest (message dispatch, the status bar's "running…", idle).
"""
from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import os
import platform
import pstats
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

T_IMPORT0 = time.perf_counter()
from textual import events
from textual._compositor import Compositor
from textual.screen import Screen
from textual.widget import Widget

import tui.app as tui_app
from minigo.debug.session import Session
from tui.app import PANES, MinigoApp
from tui.widgets.source import SourceView
from tui.widgets.status import StatusBar

T_IMPORT = time.perf_counter() - T_IMPORT0

P95_TARGET, P95_GOAL, FIRST_PAINT_TARGET = 30.0, 16.0, 1.0
PARTS = ("worker", "handoff", "snapshot", "diff", "panes", "frame_wait", "layout", "render", "encode")


class Probe:
    """Timers wrapped around Textual's and the TUI's methods; times in seconds."""

    def __init__(self) -> None:
        self.acc: dict[str, float] = defaultdict(float)  # per-step accumulators
        self.pane: dict[str, float] = defaultdict(float)
        self.widget: dict[str, float] = defaultdict(float)  # render_lines by widget class
        self.layout_by: dict[str, int] = defaultdict(int)  # refresh(layout=True) calls by widget class
        self.frames: list[float] = []  # end times of frames written
        self.frame_event: asyncio.Event | None = None
        self.stops = 0  # show_stop calls finished
        self.stop_done_at = 0.0
        self.worker_end = 0.0
        self.stops0 = 1 << 30  # show_stop count when the step was issued
        self.at_repaint = None  # (time, acc, pane, frames) at the step's repaint
        self.first: dict[str, float] = {}
        self.app = None
        self.ui_prof: cProfile.Profile | None = None
        self.worker_prof: cProfile.Profile | None = None

    def reset(self) -> None:
        self.acc.clear()
        self.pane.clear()
        self.widget.clear()
        self.frames.clear()
        self.at_repaint = None
        self.stops0 = self.stops


P = Probe()


def timed(cls, name: str, key: str, pane: bool = False) -> None:
    orig = getattr(cls, name)

    def wrapper(self, *a, **k):
        t = time.perf_counter()
        try:
            return orig(self, *a, **k)
        finally:
            dt = time.perf_counter() - t
            if pane:
                P.pane[key] += dt
                P.acc["panes"] += dt
            else:
                P.acc[key] += dt

    setattr(cls, name, wrapper)


def install() -> None:
    # the session: the command (worker thread) and the snapshot (UI thread)
    for name in ("next", "step", "continue_", "stepout"):
        orig = getattr(Session, name)

        def command(self, *a, _orig=orig, **k):
            prof = P.worker_prof
            t = time.perf_counter()
            if prof is not None:
                prof.enable()
            try:
                return _orig(self, *a, **k)
            finally:
                if prof is not None:
                    prof.disable()
                P.worker_end = time.perf_counter()
                P.acc["worker"] += P.worker_end - t

        setattr(Session, name, command)
    timed(Session, "snapshot", "snapshot")
    orig_diff = tui_app.diff

    def diff(a, b):
        t = time.perf_counter()
        try:
            return orig_diff(a, b)
        finally:
            P.acc["diff"] += time.perf_counter() - t

    tui_app.diff = diff
    for cls in PANES + (StatusBar,):
        timed(cls, "show", cls.__name__, pane=True)
    timed(SourceView, "set_exec_line", "SourceView", pane=True)
    timed(SourceView, "set_breakpoints", "SourceView", pane=True)

    orig_done = MinigoApp._done

    def _done(self, *a, **k):
        if P.worker_end:
            P.acc["handoff"] += time.perf_counter() - P.worker_end
            P.worker_end = 0.0
        return orig_done(self, *a, **k)

    MinigoApp._done = _done
    orig_show = MinigoApp.show_stop

    def show_stop(self, *a, **k):
        try:
            return orig_show(self, *a, **k)
        finally:
            P.stops += 1
            P.stop_done_at = time.perf_counter()

    MinigoApp.show_stop = show_stop

    # Textual: layout, render, write
    orig_layout = Screen._refresh_layout

    def _refresh_layout(self, *a, **k):
        t = time.perf_counter()
        painted0 = P.acc["paint"]
        try:
            return orig_layout(self, *a, **k)
        finally:
            P.acc["layout"] += time.perf_counter() - t - (P.acc["paint"] - painted0)

    Screen._refresh_layout = _refresh_layout
    orig_refresh = Screen._compositor_refresh

    def _compositor_refresh(self, *a, **k):
        t = time.perf_counter()
        try:
            return orig_refresh(self, *a, **k)
        finally:
            P.acc["paint"] += time.perf_counter() - t

    Screen._compositor_refresh = _compositor_refresh
    timed(Compositor, "render_update", "render")
    orig_lines = Widget.render_lines

    def render_lines(self, crop):  # attribute render time to the widget class
        t = time.perf_counter()
        try:
            return orig_lines(self, crop)
        finally:
            P.widget[type(self).__name__] += time.perf_counter() - t

    Widget.render_lines = render_lines
    orig_widget_refresh = Widget.refresh

    def refresh(self, *regions, repaint=True, layout=False, recompose=False):  # who asks for a layout
        if layout:
            P.layout_by[type(self).__name__] += 1
        return orig_widget_refresh(self, *regions, repaint=repaint, layout=layout, recompose=recompose)

    Widget.refresh = refresh
    orig_timer = Screen._on_timer_update

    def _on_timer_update(self):  # the frame timer's tick (UPDATE_PERIOD = 1/TEXTUAL_FPS)
        if P.stops > P.stops0 and P.at_repaint is None and "frame_wait" not in P.acc:
            P.acc["frame_wait"] = time.perf_counter() - P.stop_done_at
        return orig_timer(self)

    Screen._on_timer_update = _on_timer_update

    orig_display = MinigoApp._display

    def _display(self, screen, renderable):
        orig_display(self, screen, renderable)
        if renderable is None or self._batch_count:
            return
        t = time.perf_counter()
        if hasattr(renderable, "render_segments"):  # what a terminal driver would write
            renderable.render_segments(self.console)
        now = time.perf_counter()
        P.acc["encode"] += now - t
        P.frames.append(now)
        if "frame" not in P.first:
            P.first["frame"] = now
            src = self.query(SourceView)
            P.first["source_visible"] = bool(src and src.first().region.area)
        if self.view is not None and "session" not in P.first and P.stops:
            P.first["session"] = now
        if P.stops > P.stops0 and now > P.stop_done_at and P.at_repaint is None:
            P.at_repaint = (now, dict(P.acc), dict(P.pane), len(P.frames), dict(P.widget))
        if P.frame_event is not None:
            P.frame_event.set()

    MinigoApp._display = _display


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    if not xs:
        return float("nan")
    k = (len(xs) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


async def wait_for(cond, timeout: float = 30.0) -> None:
    """Wait, frame by frame, until cond() holds."""
    deadline = time.perf_counter() + timeout
    while not cond():
        P.frame_event.clear()
        left = deadline - time.perf_counter()
        if left <= 0:
            raise TimeoutError("no frame came")
        try:
            await asyncio.wait_for(P.frame_event.wait(), min(left, 0.05))
        except TimeoutError:
            pass


def find_line(text: str, needle: str) -> int:
    for i, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return i
    raise SystemExit(f"no line with {needle!r} in the program")


async def bench(args) -> dict:
    path = Path(args.program)
    text = path.read_text()
    P.frame_event = asyncio.Event()
    t0 = time.perf_counter()
    app = MinigoApp(path.name, text)
    t_construct = time.perf_counter() - t0
    P.app = app
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(lambda: "session" in P.first)
        first = {"construct": t_construct, "frame": P.first["frame"] - t0,
                 "source_visible": P.first["source_visible"], "session": P.first["session"] - t0}
        await pilot.pause()

        # to the steady state: a breakpoint inside the loop, continue there
        line = find_line(text, args.breakpoint)
        bp = app.session.set_breakpoint(str(line))
        stops = P.stops
        app.run_command("continue_")
        await wait_for(lambda: P.stops > stops and P.frames and P.frames[-1] > P.stop_done_at)
        await pilot.pause()
        app.session.clear(bp.id)
        snap = app.view.snap
        at = f"{app.view.stop.func}:{app.view.stop.line}"
        heap0, gs0 = len(snap.heap), len(snap.goroutines)
        if heap0 < 200 or gs0 < 3:
            print(f"warning: at the breakpoint only {heap0} heap objects and {gs0} goroutines", file=sys.stderr)

        key = {"next": "n", "step": "s"}[args.command]
        action = getattr(app, f"action_{args.command}")
        rows = []
        heap_min, gs_min = heap0, gs0
        if args.profile:
            P.ui_prof, P.worker_prof = cProfile.Profile(), cProfile.Profile()
        P.layout_by.clear()
        for i in range(args.steps):
            if app.view.stop.status is not None:
                print(f"the program ended after {i} steps", file=sys.stderr)
                break
            P.reset()
            if P.ui_prof:
                P.ui_prof.enable()
            t = time.perf_counter()
            if args.via == "key":
                ev = events.Key(key, key)
                ev.set_sender(app)
                app._driver.send_message(ev)
            else:
                action()
            await wait_for(lambda: P.at_repaint is not None)
            t_at, acc, panes, frames, widgets = P.at_repaint
            await pilot.pause()
            if P.ui_prof:
                P.ui_prof.disable()
            settled = {f"settled_{k}": v for k, v in P.acc.items()}
            rows.append({"repaint": t_at - t, "settled": P.frames[-1] - t, "frames": frames,
                         "frames_all": len(P.frames), **acc, **settled, "panes_by": panes, "widgets": widgets})
            s = app.view.snap
            heap_min, gs_min = min(heap_min, len(s.heap)), min(gs_min, len(s.goroutines))
        end = f"{app.view.stop.func}:{app.view.stop.line}"
    return {"first": first, "rows": rows, "at": at, "end": end, "heap": (heap0, heap_min),
            "goroutines": (gs0, gs_min)}


def report(args, r: dict) -> None:
    f, rows = r["first"], r["rows"]
    ms = lambda xs: [1000 * x for x in xs]
    print(f"program   {Path(args.program).name}: stepping from {r['at']} to {r['end']} with "
          f"{len(rows)} `{args.command}` ({'key n/s to the driver' if args.via == 'key' else 'action called'})")
    print(f"          heap {r['heap'][0]} objects at the start, min {r['heap'][1]}; "
          f"goroutines {r['goroutines'][0]}, min {r['goroutines'][1]}")
    print(f"machine   {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"textual {__import__('textual').__version__}, terminal 120x40 (headless)")
    print()
    print(f"import    {T_IMPORT:.3f} s  (textual, tui, minigo; not in first paint)")
    ok = lambda x, t: "ok" if x <= t else "OVER"
    print(f"first paint  {f['frame']:.3f} s  (app constructed -> first frame; source visible: "
          f"{f['source_visible']}; construct incl. check {f['construct']:.3f} s)  target <= "
          f"{FIRST_PAINT_TARGET:.1f} s {ok(f['frame'], FIRST_PAINT_TARGET)}")
    print(f"session up   {f['session']:.3f} s  (-> every pane shows the entry stop)  "
          f"{ok(f['session'], FIRST_PAINT_TARGET)}")
    print(f"with import  {T_IMPORT + f['frame']:.3f} s to the first frame, {T_IMPORT + f['session']:.3f} s to the "
          "session (interpreter start-up not included)")
    print()
    rep = ms([x["repaint"] for x in rows])
    set_ = ms([x["settled"] for x in rows])
    print(f"step -> repaint over {len(rows)} steps (ms)")
    print(f"{'':22}{'p50':>8}{'p95':>8}{'max':>8}{'mean':>8}")
    for name, xs in (("repaint", rep), ("settled", set_)):
        print(f"{name:22}{pct(xs, 50):8.1f}{pct(xs, 95):8.1f}{max(xs):8.1f}{statistics.fmean(xs):8.1f}")
    print(f"  target p95 <= {P95_TARGET:.0f} ms: {ok(pct(rep, 95), P95_TARGET)}; "
          f"goal <= {P95_GOAL:.0f} ms: {ok(pct(rep, 95), P95_GOAL)}")
    print(f"  frames per step up to the repaint: mean {statistics.fmean(x['frames'] for x in rows):.2f}, "
          f"max {max(x['frames'] for x in rows)}; until idle: mean "
          f"{statistics.fmean(x['frames_all'] for x in rows):.2f}, max {max(x['frames_all'] for x in rows)}")
    print()
    print("breakdown per step up to the repaint (ms; layout excludes the paint inside it)")
    print(f"{'':22}{'p50':>8}{'p95':>8}{'max':>8}{'mean':>8}")
    total_mean = statistics.fmean(rep)
    accounted = 0.0
    for part in PARTS:
        xs = ms([x.get(part, 0.0) for x in rows])
        accounted += statistics.fmean(xs)
        print(f"{part:22}{pct(xs, 50):8.1f}{pct(xs, 95):8.1f}{max(xs):8.1f}{statistics.fmean(xs):8.1f}")
    print(f"{'other (of repaint)':22}{'':24}{total_mean - accounted:8.1f}")
    xs = ms([x.get("settled_render", 0.0) - x.get("render", 0.0) + x.get("settled_layout", 0.0)
             - x.get("layout", 0.0) for x in rows])
    print(f"{'after it (settling)':22}{pct(xs, 50):8.1f}{pct(xs, 95):8.1f}{max(xs):8.1f}{statistics.fmean(xs):8.1f}"
          "  (layout + render of the later frames)")
    names = sorted({k for x in rows for k in x["panes_by"]})
    print("  panes:")
    for n in names:
        xs = ms([x["panes_by"].get(n, 0.0) for x in rows])
        print(f"  {n:20}{pct(xs, 50):8.2f}{pct(xs, 95):8.2f}{max(xs):8.2f}{statistics.fmean(xs):8.2f}")
    print("  render by widget (render_lines, inclusive of children's; ms):")
    names = sorted({k for x in rows for k in x["widgets"]},
                   key=lambda n: -statistics.fmean(x["widgets"].get(n, 0.0) for x in rows))
    for n in names[:10]:
        xs = ms([x["widgets"].get(n, 0.0) for x in rows])
        print(f"  {n:20}{pct(xs, 50):8.2f}{pct(xs, 95):8.2f}{max(xs):8.2f}{statistics.fmean(xs):8.2f}")
    layouts = sum(1 for x in rows if x.get("layout", 0) > 0)
    print(f"  steps with a layout pass before the repaint: {layouts} of {len(rows)}; refresh(layout=True) "
          "calls by widget over the run: " + ", ".join(f"{k} {v}" for k, v in sorted(
              P.layout_by.items(), key=lambda kv: -kv[1])))


def profile_report(top: int) -> None:
    for name, prof in (("UI thread (stepping phase)", P.ui_prof), ("worker (session commands)", P.worker_prof)):
        out = io.StringIO()
        st = pstats.Stats(prof, stream=out)
        st.strip_dirs().sort_stats("tottime").print_stats(top)
        print(f"\n=== cProfile {name}, by own time ===")
        print(out.getvalue().split("\n", 4)[-1] if out.getvalue() else "(empty)")
        out = io.StringIO()
        pstats.Stats(prof, stream=out).strip_dirs().sort_stats("cumulative").print_stats(top)
        print(f"=== cProfile {name}, cumulative ===")
        print(out.getvalue().split("\n", 4)[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--program", default=str(ROOT / "bench" / "programs" / "tui_heap.go"))
    ap.add_argument("--breakpoint", default="a <- round",
                    help="text of the steady-state loop's line to continue to first")
    ap.add_argument("--steps", type=int, default=300)
    ap.add_argument("--command", choices=("next", "step"), default="next")
    ap.add_argument("--via", choices=("key", "action"), default="key")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="print cProfile's top N")
    args = ap.parse_args()
    install()
    r = asyncio.run(bench(args))
    report(args, r)
    if args.profile:
        profile_report(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
