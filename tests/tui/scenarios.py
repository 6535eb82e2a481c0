"""The TUI's main screens, reached the way a user would: for the snapshot tests
(test_snapshots.py) and the screenshots in docs/ (scripts/screenshots.py)."""
from __future__ import annotations

from pathlib import Path

PROGRAMS = Path(__file__).with_name("programs")
TOUR = Path(__file__).parent.parent.parent / "programs" / "tour.go"
SIZE = (120, 40)


async def settle(pilot) -> None:
    app = pilot.app
    for _ in range(500):
        await pilot.pause(0.02)
        if not app.running and app.view is not None:
            await pilot.pause(0.1)
            return
    raise AssertionError("the command did not finish")


async def start(pilot) -> None:
    """The first screen: stopped at main's entry."""
    await settle(pilot)


async def heap_move(pilot) -> None:
    """tour.go at newPoint's return: p was moved to the heap, its escape line under the cursor."""
    await settle(pilot)
    src = pilot.app.query_one("#source")
    src.move_cursor(12)
    await pilot.press("t")
    await settle(pilot)
    await pilot.press("n")
    await settle(pilot)


async def during_gc(pilot) -> None:
    """programs/gc.go in the middle of a cycle's mark phase: white, grey and black objects."""
    await settle(pilot)
    app = pilot.app
    s = app.session
    before = app.view.snap
    while s.machine.collector.phase != "mark":
        s.next()
    s.next()
    app.show_stop(before)
    await settle(pilot)


async def stack_growth(pilot) -> None:
    """programs/stack.go at the call that outgrew the first 2 KB stack."""
    await settle(pilot)
    app = pilot.app
    s = app.session
    while True:
        before = app.view.snap
        s.step()
        app.show_stop(before)
        if app.view.diff is not None and app.view.diff.stacks:
            break
    await settle(pilot)


async def compile_error(pilot) -> None:
    """programs/bad.go: Go's errors at their lines."""
    await pilot.pause(0.2)


SCENARIOS = {  # name -> (program, how to get there)
    "start": (TOUR, start),
    "heap_move": (TOUR, heap_move),
    "during_gc": (PROGRAMS / "gc.go", during_gc),
    "stack_growth": (PROGRAMS / "stack.go", stack_growth),
    "compile_error": (PROGRAMS / "bad.go", compile_error),
}


def make_app(name: str):
    from tui.app import MinigoApp
    path = SCENARIOS[name][0]
    rel = path.relative_to(Path(__file__).parent.parent.parent)
    return MinigoApp(str(rel), path.read_text())
