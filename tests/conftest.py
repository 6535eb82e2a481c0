"""Shared test setup: tests/ is on sys.path, so test modules can import ``oracle``.

The ``escape_report`` fixture collects lines that ``tests/escape`` prints at the end of
the run (the corpus F1 and the order count), without needing ``-s``.
"""
from __future__ import annotations

import pytest

_ESCAPE_REPORT = pytest.StashKey[list]()


@pytest.fixture
def escape_report(request: pytest.FixtureRequest) -> list[str]:
    return request.config.stash.setdefault(_ESCAPE_REPORT, [])


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    lines = config.stash.get(_ESCAPE_REPORT, None)
    if not lines:
        return
    terminalreporter.section("minigo escape corpus")
    for line in lines:
        terminalreporter.write_line(line)
