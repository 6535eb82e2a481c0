"""The heap and GC panes through a real GC cycle: tri-colour rows while marking, freed rows
fading for one stop then going, the timeline's finished cycles and pauses, following
pointers there and back, and the GC samples trimmed when going back in time."""
from pathlib import Path

from tui.app import MinigoApp
from tui.widgets.gc import GCPane
from tui.widgets.gctimeline import STYLE, GCTimeline
from tui.widgets.heap import COLOUR_STYLE, FREED, HeapPane
from tui.widgets.locals import LocalsPane

# Allocation-driven cycles (//minigo:heap-min 64KB): 3000 nodes, one in ten kept on a list.
PROGRAM = Path(__file__).parent.parent / "testdata" / "trace" / "autogc.go"
LOOP = "16"  # n := &node{}


async def run(app, pilot, name: str, *args) -> None:
    app.run_command(name, *args)
    await pilot.pause()
    while app.running:
        await pilot.pause(0.01)
    await pilot.pause()


async def start(pilot) -> MinigoApp:
    app = pilot.app
    while app.session is None or app.view is None:
        await pilot.pause(0.02)
    app.session.set_breakpoint(LOOP)
    return app


async def into_mark(app, pilot) -> None:
    """Run (without the UI, for speed) to the stop before marking starts, then show stops
    in the UI until the pane sees the cycle running."""
    s = app.session
    for _ in range(3000):
        if s.snapshot(exact=False).gc.heap_live >= s.snapshot(exact=False).gc.trigger - 2048:
            break
        s.continue_()
    for _ in range(100):
        await run(app, pilot, "continue_")
        if app.view.snap.gc.phase == "mark":
            return
    raise AssertionError("no stop during a mark phase")


def gc_cell(heap: HeapPane, addr: int):
    return heap.get_cell(str(addr), "gc")


async def test_marking_shows_each_objects_colour_then_the_sweep_fades_and_removes():
    app = MinigoApp(str(PROGRAM), PROGRAM.read_text())
    async with app.run_test(size=(120, 40)) as pilot:
        await start(pilot)
        await into_mark(app, pilot)
        heap = app.query_one(HeapPane)
        snap = app.view.snap
        seen = set()
        for o in snap.heap:
            cell = gc_cell(heap, o.addr)
            assert cell.plain.strip() == o.colour
            assert heap.get_cell(str(o.addr), "addr").style == COLOUR_STYLE[o.colour]
            seen.add(o.colour)
        assert {"white", "grey"} <= seen  # the wavefront has not reached everything yet
        assert heap.row_count == len(snap.heap)

        for _ in range(400):  # to the stop right after the sweep
            await run(app, pilot, "continue_")
            if app.view.diff.freed:
                break
        freed = list(app.view.diff.freed)
        assert freed, "the sweep freed nothing"
        assert app.view.snap.gc.phase == "off"
        for a in freed:
            cell = gc_cell(heap, a)
            assert cell.plain.strip() == "freed" and cell.style == FREED
        assert heap.row_count == len(app.view.snap.heap) + len(freed)
        app.select(frame=0)  # the same stop redrawn: the faded rows stay for the next stop
        await pilot.pause()
        assert heap.row_count == len(app.view.snap.heap) + len(freed)

        await run(app, pilot, "continue_")
        gone = [a for a in freed if app.view.snap.object(a) is None]
        assert gone
        for a in gone:
            assert str(a) not in heap.rows
        assert heap.row_count == len(app.view.snap.heap)
        for o in app.view.snap.heap:  # outside a cycle no colour is shown
            assert gc_cell(heap, o.addr) == ""


async def test_the_timeline_shows_finished_cycles_and_their_pauses():
    app = MinigoApp(str(PROGRAM), PROGRAM.read_text())
    async with app.run_test(size=(120, 40)) as pilot:
        await start(pilot)
        await into_mark(app, pilot)
        timeline = app.query_one(GCTimeline)
        live = [s for s in timeline.lines[1].spans if "on #ffaf00" in str(s.style)]
        assert live, "the running mark phase is not highlighted"
        while app.view.snap.gc.phase != "off":
            await run(app, pilot, "continue_")
        cycles = app.view.snap.gc.cycles
        assert len(cycles) == 1
        head = str(app.query_one("#gc-head").render())
        assert "1 cycle" in head and "2 STW" in head and f"GC CPU {cycles[0].util}%" in head
        bar = timeline.lines[1]
        styles = [str(s.style) for s in bar.spans]
        assert styles.count(STYLE["sweepterm"]) == 1 and styles.count(STYLE["markterm"]) == 1
        assert STYLE["mark"] in styles
        assert "#1" in timeline.lines[0].plain
        trace = str(app.query_one("#gc-trace").render())
        assert cycles[0].gctrace[:40] in trace


async def test_enter_follows_a_pointer_and_backspace_comes_back_to_the_local():
    app = MinigoApp(str(PROGRAM), PROGRAM.read_text())
    async with app.run_test(size=(120, 40)) as pilot:
        await start(pilot)
        for _ in range(25):
            await run(app, pilot, "continue_")
        snap = app.view.snap
        src = next(o for o in reversed(snap.heap) if o.points_to)
        heap = app.query_one(HeapPane)
        locals_ = app.query_one(LocalsPane)
        locals_.focus()
        await pilot.pause()
        app.post_message(LocalsPane.Selected("n", (src.addr,)))  # as Enter on a local does
        await pilot.pause()
        assert heap.highlighted == src.addr and app.focused is heap
        assert f"{src.points_to[0]:#x}" in str(heap.detail.render())
        await pilot.press("enter")
        assert heap.highlighted == src.points_to[0]
        assert heap.path == [src.addr]
        await pilot.press("backspace")
        assert heap.highlighted == src.addr
        await pilot.press("backspace")
        assert app.focused is locals_


async def test_going_back_in_time_drops_the_later_samples():
    app = MinigoApp(str(PROGRAM), PROGRAM.read_text())
    async with app.run_test(size=(120, 40)) as pilot:
        await start(pilot)
        for _ in range(4):
            await run(app, pilot, "continue_")
        gc = app.query_one(GCPane)
        before = list(gc.samples)
        assert [t for t, _, _ in before] == sorted({t for t, _, _ in before})
        await run(app, pilot, "step_back")  # to `i++`, at the same virtual time
        assert app.view.stop.line == 15 and gc.samples == before[:-1] + [gc.samples[-1]]
        await run(app, pilot, "reverse", "continue")  # the previous iteration: earlier
        now = app.view.snap.time_ns
        assert now < before[-1][0]
        assert all(t <= now for t, _, _ in gc.samples)
        assert gc.samples[-1][0] == now
        assert len(gc.samples) <= len(before)
        assert [s for s in before if s[0] < now] == gc.samples[:-1]
