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


# The run corpus (tests/run): which programs' `minigo run` output matched Go's, printed as
# one summary line. Appended as its own block: the escape hook above is kept as is and
# called first.
_RUN_REPORT = pytest.StashKey[dict]()


@pytest.fixture
def run_report(request: pytest.FixtureRequest) -> dict[str, bool]:
    """Program name -> whether minigo's run matched Go's (tests/run/test_run_golden.py)."""
    return request.config.stash.setdefault(_RUN_REPORT, {})


_escape_terminal_summary = pytest_terminal_summary


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: F811
    _escape_terminal_summary(terminalreporter, exitstatus, config)
    results = config.stash.get(_RUN_REPORT, None)
    if not results:
        return
    terminalreporter.section("minigo run corpus")
    terminalreporter.write_line(f"run corpus: {sum(results.values())}/{len(results)} programs match Go")
