"""Every key of the default keymap does what its name says, through the app's bindings
(Pilot presses), on a small program with a call, a heap allocation and a goroutine."""
from pathlib import Path

import pytest

from tui.app import MinigoApp
from tui.widgets.source import SourceView

PROG = Path(__file__).with_name("keyprog.go")


async def settle(app, pilot):
    for _ in range(200):
        await pilot.pause(0.02)
        if not app.running and app.view is not None:
            return
    raise AssertionError("the command did not finish")


async def started(pilot):
    app = pilot.app
    await settle(app, pilot)
    return app


def line(app) -> int:
    return app.query_one(SourceView).exec_line


@pytest.fixture
def app():
    return MinigoApp(str(PROG), PROG.read_text())


async def press(app, pilot, *keys):
    for k in keys:
        await pilot.press(k)
        await settle(app, pilot)


async def test_next_step_and_stepout(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot)
        assert line(app) == 19  # func main() {
        await press(app, pilot, "n")
        assert line(app) == 20
        await press(app, pilot, "n", "n")  # the for line, then the call line
        assert line(app) == 22
        await press(app, pilot, "s")  # into push, at its func line
        assert (app.view.stop.func, line(app)) == ("main.push", 10)
        await press(app, pilot, "f")  # out: back at the call, the result known
        assert (app.view.stop.func, line(app)) == ("main.main", 22)
        await press(app, pilot, "f10", "f11")  # function-key aliases of next and step
        assert app.view.stop.step > 4


async def test_reverse_keys_return_to_earlier_states(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot)
        await press(app, pilot, "n", "n", "n")
        here = (app.view.stop.step, line(app))
        await press(app, pilot, "n")
        await press(app, pilot, "N")  # reverse next
        assert (app.view.stop.step, line(app)) == here
        await press(app, pilot, "right")  # forward one step
        await press(app, pilot, "left")  # and back
        assert (app.view.stop.step, line(app)) == here
        await press(app, pilot, "s", "S")  # into push and back out of it by reverse step
        assert (app.view.stop.step, line(app)) == here


async def test_breakpoint_at_cursor_continue_and_reverse_continue(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot)
        src = app.query_one(SourceView)
        src.move_cursor(11)  # n := &node{head, v}
        await press(app, pilot, "b")
        assert src.breakpoints == {11}
        await press(app, pilot, "c")
        assert (line(app), app.view.stop.reason, app.view.stop.hits) == (11, "breakpoint", 1)
        await press(app, pilot, "f5")  # continue's alias
        assert app.view.stop.hits == 2
        await press(app, pilot, "C")  # reverse continue: the first hit again
        assert (line(app), app.view.stop.hits) == (11, 1)
        await press(app, pilot, "b")  # toggles it off
        assert src.breakpoints == set()
        src.move_cursor(9)  # a blank line: the breakpoint goes to the next line with code
        await press(app, pilot, "b")
        assert src.breakpoints == {10}
        await press(app, pilot, "b")  # and the same key on the same line takes it away
        assert src.breakpoints == set()


async def test_run_to_cursor_frames_and_goroutines(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot)
        src = app.query_one(SourceView)
        src.move_cursor(16)  # c <- 42, in the worker goroutine
        await press(app, pilot, "t")
        assert (line(app), app.view.stop.func) == (16, "main.worker")
        worker = app.view.stop.g
        assert worker != 1
        await press(app, pilot, "g")  # select the next goroutine: main
        assert app.g != worker and app.view.goroutine.id == app.g
        src.move_cursor(11)
        await press(app, pilot, "R")  # restart
        assert line(app) == 19
        await press(app, pilot, "t")
        await press(app, pilot, "u")  # frame up: main, at the call of push
        assert (app.frame, line(app)) == (1, 22)
        await press(app, pilot, "d")
        assert (app.frame, line(app)) == (0, 11)


async def test_the_goroutines_pane_follows_the_app_and_selects_on_the_users_move(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot)
        app.query_one(SourceView).move_cursor(16)  # c <- 42, in the worker goroutine
        await press(app, pilot, "t")
        pane = app.query_one("#goroutines")
        worker = app.view.stop.g
        assert pane.cursor_key == str(worker) == str(app.g)
        await press(app, pilot, "g")  # the app moves the cursor: no Selected back
        assert app.g != worker and pane.cursor_key == str(app.g)
        pane.focus()
        other = app.g
        await press(app, pilot, "up" if pane.cursor_row else "down")  # the user's move selects
        assert app.g == int(pane.cursor_key) != other


async def test_help_palette_zoom_command_line_and_quit(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen.query("HelpPanel")  # the current keymap, beside the screen
        await pilot.press("question_mark")
        await pilot.pause()
        assert not app.screen.query("HelpPanel")
        await pilot.press("z")  # zoom the focused pane (the source)
        await pilot.pause()
        assert app.screen.maximized is app.query_one(SourceView)
        await pilot.press("z")
        await pilot.pause()
        assert app.screen.maximized is None
        await pilot.press("colon")
        await pilot.pause()
        await pilot.press(*"break 11", "enter")
        await settle(app, pilot)
        assert {bp.line for bp in app.session.breakpoints.values()} == {11}
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "CommandPalette"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("q")
    assert app.return_code == 0


SPIN = """package main

func main() {
	x := 0
	for {
		x++
	}
}
"""


async def test_any_key_pauses_a_program_that_loops_forever(tmp_path):
    path = tmp_path / "spin.go"
    path.write_text(SPIN)
    app = MinigoApp(str(path), SPIN)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot)
        await pilot.press("c")
        await pilot.pause(0.5)
        assert app.running  # still going: the UI is not frozen
        await pilot.press("x")  # any key
        await settle(app, pilot)
        assert app.view.stop.reason == "pause" and line(app) in (5, 6)
        assert "pause" in str(app.query_one("#status").render())
        await pilot.press("n")  # and it steps on from there
        await settle(app, pilot)
        assert app.view.stop.reason == "step"


async def test_keys_are_remapped_from_a_config_file(tmp_path):
    from tui.keymap import load_keymap
    cfg = tmp_path / "keys.toml"
    cfg.write_text('[keys]\nnext = "j,x"\n')
    app = MinigoApp(str(PROG), PROG.read_text(), load_keymap(cfg))
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot)
        await press(app, pilot, "x")
        assert line(app) == 20
        await press(app, pilot, "n")  # n is no longer next
        assert line(app) == 20
    cfg.write_text('[keys]\nfly = "x"\n')
    with pytest.raises(ValueError, match="unknown action 'fly'"):
        load_keymap(cfg)


def test_a_missing_file_is_one_line(tmp_path, capsys):
    from tui.app import main
    assert main([str(tmp_path / "nope.go")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.go" in err


async def test_choosing_the_goroutine_that_runs_next(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot)
        app.query_one(SourceView).move_cursor(26)  # after go worker(c): the worker is runnable
        await press(app, pilot, "t")
        runnable = [g.id for g in app.view.snap.goroutines if g.state == "runnable"]
        assert runnable
        while app.g != runnable[0]:
            await press(app, pilot, "g")
        await press(app, pilot, "r")
        assert app.session.choices == {app.session.position(): runnable[0]}  # replays repeat it


async def test_output_streams_while_a_long_run_goes_on(tmp_path):
    src = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfor i := 0; ; i++ {\n\t\tif i%100000 == 0 {\n\t\t\tfmt.Println("tick", i)\n\t\t}\n\t}\n}\n'
    path = tmp_path / "ticks.go"
    path.write_text(src)
    app = MinigoApp(str(path), src)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot)
        await pilot.press("c")
        await pilot.pause(1.5)
        assert app.running
        log = app.query_one("#output")
        assert any("tick 0" in str(line.text) for line in log.lines)  # before any stop
        await pilot.press("space")
        await settle(app, pilot)
        assert app.view.stop.reason == "pause"


async def test_every_pane_is_focused_by_a_click_and_zoomed_by_key_or_double_click(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot)
        for pane in ("#source", "#goroutines", "#stack", "#locals", "#heap", "#gc", "#channels", "#output"):
            await pilot.click(pane, offset=(3, 2))
            await pilot.pause()
            widget = app.query_one(pane)
            assert app.focused is widget, pane
            await pilot.press("z")
            await pilot.pause()
            assert app.screen.maximized is widget, pane
            await pilot.press("z")
            await pilot.pause()
            assert app.screen.maximized is None
            await pilot.double_click(pane, offset=(3, 2))  # the mouse zooms too
            await pilot.pause()
            assert app.screen.maximized is widget, pane
            await pilot.double_click(pane, offset=(3, 2))
            await pilot.pause()
            assert app.screen.maximized is None
