"""The stack pane draws the selected goroutine's stack to scale from hi down (outermost
frame at the top, innermost at the bottom above the free space and the guard), names the
stack's size, says "stack 2 KB → 4 KB (copied)" at exactly the step that grew it, and
selects a frame when its band is clicked."""
from pathlib import Path

from minigo.debug.snapshot import FrameSnap, GSnap
from tui.app import MinigoApp
from tui.widgets.stack import StackPane
from tui.widgets.stack_bands import lay_out

GROW = Path(__file__).parent.parent / "testdata" / "stack" / "grow.go"

# Frames of clearly different sizes: big holds 768 bytes of array, mid 192, small none.
SIZES = """package main

func small(n int) int {
	return n + 1
}

func mid(n int) int {
	var a [24]int
	a[n] = n
	return small(a[n])
}

func big(n int) int {
	var b [96]int
	b[n] = n
	return mid(b[n])
}

func main() {
	println(big(1))
}
"""


async def started(app, pilot) -> StackPane:
    while app.view is None:
        await pilot.pause(0.02)
    return app.query_one(StackPane)


async def run(app, pilot, command: str, *args) -> None:
    app.run_command(command, *args)
    await pilot.pause()
    while app.running:
        await pilot.pause(0.02)
    await pilot.pause()


def label_rows(pane: StackPane) -> dict[str, int]:
    """The row where each band's label starts, by the label's first word (func:line, free, guard)."""
    rows = {}
    for y, text in enumerate(pane.lines):
        words = text[4:].replace("▶", "").replace("+", "").split()
        if words and words[0] not in rows:
            rows[words[0]] = y
    return rows


async def test_growth_is_shown_at_the_step_that_grew_the_stack():
    app = MinigoApp(str(GROW), GROW.read_text())
    async with app.run_test(size=(120, 40)) as pilot:
        pane = await started(app, pilot)
        app.session.set_breakpoint("7", cond="n == 956")  # a few calls short of the first growth
        await run(app, pilot, "continue_")
        assert app.view.stop.reason == "breakpoint"
        assert pane.border_title == "Stack g1 · 2 KB"
        assert pane.border_subtitle.endswith("/2048 B used · " + pane.border_subtitle.split("· ")[1])
        assert pane.note == "" and not any("→" in line for line in pane.lines)
        grew_at = []
        for k in range(40):  # step until the stack is copied, then once more
            size = app.view.goroutine.stack_size
            await run(app, pilot, "step")
            now = app.view.goroutine.stack_size
            if now != size:
                grew_at.append(k)
                assert (size, now) == (2048, 4096)
                assert pane.lines[0].strip() == "▲ stack 2 KB → 4 KB (copied)"
                assert pane.render_line(0).text.strip() == "▲ stack 2 KB → 4 KB (copied)"
                assert pane.border_title == "Stack g1 · 2 KB → 4 KB"
                used = app.view.goroutine.used
                assert pane.border_subtitle == f"{used}/4096 B used · {100 * used // 4096}%"
                assert f"free {4096 - used - 928}B" in "\n".join(pane.lines)  # the new scale
            elif grew_at:
                assert pane.note == "" and "→" not in pane.lines[0]
                assert pane.border_title == "Stack g1 · 4 KB"
                break
            else:
                assert pane.note == "" and pane.border_title == "Stack g1 · 2 KB"
        assert len(grew_at) == 1


async def test_a_shrink_at_gc_is_shown_too():
    app = MinigoApp(str(GROW), GROW.read_text())
    async with app.run_test(size=(120, 40)) as pilot:
        pane = await started(app, pilot)
        app.session.set_breakpoint("16")  # runtime.GC(), after down(1000) returned
        await run(app, pilot, "continue_")
        big = app.view.goroutine.stack_size
        await run(app, pilot, "continue_")  # one GC: shrinkstack halves the idle stack
        assert app.view.goroutine.stack_size == big // 2
        assert pane.lines[0].strip() == f"▼ stack {big >> 10} KB → {big >> 11} KB (copied)"
        assert pane.border_title == f"Stack g1 · {big >> 10} KB → {big >> 11} KB"


async def test_frames_hang_from_hi_in_bands_as_tall_as_their_bytes(tmp_path):
    path = tmp_path / "sizes.go"
    path.write_text(SIZES)
    app = MinigoApp(str(path), SIZES)
    async with app.run_test(size=(120, 40)) as pilot:
        pane = await started(app, pilot)
        app.session.set_breakpoint("4")
        await run(app, pilot, "continue_")
        g = app.view.goroutine
        assert [f.func for f in g.frames] == ["main.small", "main.mid", "main.big", "main.main"]
        rows = label_rows(pane)
        # outermost at the top (hi), innermost lowest, then the free space, then the guard
        order = [rows[k] for k in ("main:20", "big:16", "mid:10", "small:4", "free", "guard")]
        assert order == sorted(order) and rows["main:20"] == 0
        # each band as tall as its bytes at the pane's scale (at least a row)
        per_row = g.stack_size / len(pane.lines)
        heights = {"big": rows["mid:10"] - rows["big:16"], "mid": rows["small:4"] - rows["mid:10"]}
        sizes = {f.func.removeprefix("main."): f.size for f in g.frames}
        for name, h in heights.items():  # within a row and a half: one-row frames take a little
            assert abs(h - sizes[name] / per_row) < 1.5, (name, h, sizes[name], per_row)
        assert heights["big"] >= 3 * heights["mid"]
        assert sum(b.rows for b in pane.bands) == len(pane.lines)
        # labels: size and the frame's sp as an offset below hi
        hi = g.stack_lo + g.stack_size
        small = pane.lines[rows["small:4"]]
        assert "▶" in small and f"24B hi-{hi - g.frames[0].sp}" in small and hi - g.frames[0].sp == g.used
        assert pane.border_subtitle.startswith(f"{g.used}/2048 B used")


async def test_clicking_a_band_selects_its_frame_and_lists_its_slots(tmp_path):
    path = tmp_path / "sizes.go"
    path.write_text(SIZES)
    app = MinigoApp(str(path), SIZES)
    async with app.run_test(size=(120, 40)) as pilot:
        pane = await started(app, pilot)
        app.session.set_breakpoint("4")
        await run(app, pilot, "continue_")
        assert app.frame == 0
        row = label_rows(pane)["big:16"]
        await pilot.click(StackPane, offset=(2, row + 1))  # +1: the border
        await pilot.pause()
        assert app.frame == 2 and app.view.selected_frame.func == "main.big"
        assert "▶" in pane.lines[row] and "▶" not in pane.lines[label_rows(pane)["small:4"]]
        assert "b [96]int +8 768B" in pane.lines[row + 1]  # the selected band lists its slots
        await pilot.click(StackPane, offset=(2, label_rows(pane)["free"] + 1))
        await pilot.pause()
        assert app.frame == 2  # the free space is no frame


async def test_a_pushed_frame_is_marked_new(tmp_path):
    path = tmp_path / "sizes.go"
    path.write_text(SIZES)
    app = MinigoApp(str(path), SIZES)
    async with app.run_test(size=(120, 40)) as pilot:
        pane = await started(app, pilot)
        app.session.set_breakpoint("10")
        await run(app, pilot, "continue_")
        await run(app, pilot, "step")  # into small
        assert app.view.goroutine.frames[0].func == "main.small"
        assert pane.pushed == {0}
        app.select(frame=1)  # so small's row shows the pushed mark, not the selected one
        await pilot.pause()
        rows = label_rows(pane)
        small = f"small:{app.view.goroutine.frames[0].line}"
        assert pane.lines[rows[small]][4:].startswith("+ " + small)
        assert pane.lines[rows["mid:10"]][4:].startswith("▶ mid:10")
        assert not any(pane.lines[rows[k]][4:].startswith("+") for k in ("big:16", "main:20"))
        await run(app, pilot, "step")  # within small: nothing pushed
        assert pane.pushed == set() and not any(line[4:].startswith("+") for line in pane.lines)


async def test_show_repaints_without_layout():
    app = MinigoApp(str(GROW), GROW.read_text())
    async with app.run_test(size=(120, 40)) as pilot:
        pane = await started(app, pilot)
        calls = []
        refresh = pane.refresh
        pane.refresh = lambda *a, **kw: calls.append(kw) or refresh(*a, **kw)
        app.session.set_breakpoint("7")
        await run(app, pilot, "continue_")
        await run(app, pilot, "step")
        assert calls and not any(kw.get("layout") or kw.get("recompose") for kw in calls)
        assert len(pane.children) == 0


def test_deep_stacks_fold_their_middle_frames_and_keep_the_selected_one():
    frames = tuple(FrameSnap("main.down", 10, 0x10000 - 24 * (i + 1), 24, ()) for i in range(1000))[::-1]
    g = GSnap(1, "running", "", "main.down", 7, 0x10000 - 32768, 32768, 24000, frames)
    bands = lay_out(g, 12, selected=500)
    assert sum(b.rows for b in bands) == 12 and all(b.rows >= 1 for b in bands)
    kept = [b.frames[0] for b in bands if b.kind == "frame"]
    assert {0, 999, 500} <= set(kept)
    assert sum(len(b.frames) for b in bands) == 1000  # every frame in some band
    assert sum(b.size for b in bands) == 32768
    assert [b.kind for b in bands][-2:] == ["free", "guard"]
    assert [b.top for b in bands] == sorted(b.top for b in bands)
