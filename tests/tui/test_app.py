"""minigo-tui: a program Go rejects shows Go's errors beside marked lines; a valid one
starts at main, says why things move to the heap, and shows what each step changed."""
from pathlib import Path

from scenarios import TOUR, settle
from tui.app import MinigoApp
from tui.widgets.source import SourceView

CORPUS = Path(__file__).parent.parent / "testdata" / "check"


async def test_errors_are_listed_and_their_lines_marked():
    path = CORPUS / "invalid" / "multiple_errors_unused.go"
    expected = (path.with_suffix(".err")).read_text().splitlines()  # recorded from go build
    app = MinigoApp(path.name, path.read_text())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        problems = str(app.query_one("#problems").render())
        assert problems.splitlines() == expected
        view = app.query_one(SourceView)
        assert set(view.marks) == {int(line.split(":")[1]) for line in expected}


async def test_a_valid_program_starts_stopped_at_main_and_q_quits():
    path = Path(__file__).parent.parent.parent / "programs" / "tour.go"
    app = MinigoApp(str(path), path.read_text())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.pause(0.2)
        view = app.query_one(SourceView)
        assert view.marks == {}
        assert view.exec_line == 21  # func main() {: the entry, as Delve starts
        assert {12, 29} <= view.heap_lines  # p and c move to the heap (go build -m says so)
        await pilot.press("q")
    assert app.return_code == 0


async def test_a_line_and_a_local_say_why_something_moved_to_the_heap():
    app = MinigoApp(str(TOUR), TOUR.read_text())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        info = app.query_one("#info")
        app.query_one(SourceView).move_cursor(12)  # p := point{x, y}
        await pilot.pause()
        # go build -gcflags='-m=2' prints these for tour.go:12:2
        text = str(info.render())
        assert "moved to heap: p" in text and "from &p (address-of)" in text and info.display
        app.query_one(SourceView).move_cursor(14)  # }: nothing moves here
        await pilot.pause()
        assert not info.display
        app.query_one(SourceView).move_cursor(13)  # return &p
        await pilot.press("t")
        await settle(pilot)
        locals_ = app.query_one("#locals")
        locals_.focus()
        await pilot.pause()
        p = [name for name in locals_._rows if name == "p"]
        assert p
        locals_.move_cursor_to("p")
        await pilot.pause()
        assert "p escapes to heap" in str(info.render())


async def test_a_bad_directive_is_shown_at_its_line(tmp_path):
    src = "package main\n\n//minigo:max-stack lots\n\nfunc main() {\n}\n"
    path = tmp_path / "d.go"
    path.write_text(src)
    app = MinigoApp(str(path), src)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.3)
        assert app.session is None
        assert app.query_one(SourceView).marks == {3: "●"}
        assert f"{path}:3:" in str(app.query_one("#info").render())
        await pilot.press("n")  # nothing to step: no crash
        await pilot.press("q")
    assert app.return_code == 0


async def test_channels_output_and_status_show_what_a_step_changed():
    app = MinigoApp(str(TOUR), TOUR.read_text())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)

        async def run(name, *args):
            app.run_command(name, *args)
            await settle(pilot)

        await run("run_to", "29")  # c := point{5, 6}: c moves to the heap
        chans = app.query_one("#channels")
        assert "0/1 [ ]" in str(chans.render())  # made on the way: empty
        await run("next")
        status = app.query_one("#status")
        content = status.render()
        changed = [str(content)[sp.start:sp.end] for sp in content.spans if "255,215,0" in str(sp.style)]
        # c's 16 bytes and the allocation's 22 ns; the goroutines and the GC phase did not change
        assert [x[:4] for x in changed] == ["t=10", "heap"]
        await run("next")  # ch <- &c fills the buffer: the channel is marked, with its value
        text = str(chans.render())
        assert "• " in text and "1/1" in text and "[&{5 6}]" in text
        await run("next")  # fmt.Println(<-ch) prints &{5 6}
        out = app.query_one("#output")
        assert out.border_subtitle == "+7 B this step" and "&{5 6}" in str(out.lines[-1].text)
