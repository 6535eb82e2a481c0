"""minigo-tui shows the program and, for a program Go rejects, Go's errors beside marked lines."""
from pathlib import Path

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


async def test_a_valid_program_has_no_errors_and_q_quits():
    path = Path(__file__).parent.parent.parent / "programs" / "tour.go"
    app = MinigoApp(str(path), path.read_text())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "no errors" in str(app.query_one("#problems").render())
        assert app.query_one(SourceView).marks == {}
        await pilot.press("q")
    assert app.return_code == 0
