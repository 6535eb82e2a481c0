"""SVG snapshots of the main screens (pytest-textual-snapshot, pinned with textual and rich
in pyproject.toml): the start, after a heap move, during GC, after stack growth, and a
compile error.  After a deliberate change to the UI, review and re-record them:
``uv run pytest tests/tui/test_snapshots.py --snapshot-update``."""
import pytest

from scenarios import SCENARIOS, SIZE, make_app


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_main_screens(name, snap_compare):
    assert snap_compare(make_app(name), terminal_size=SIZE, run_before=SCENARIOS[name][1])
