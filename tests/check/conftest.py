"""Shared plumbing for the front-end corpus tests: a terminal summary section.

``test_corpus.py`` appends informative lines (how many invalid programs match
*all* of Go's errors) through the ``corpus_report`` fixture; they are printed at
the end of the run in a "minigo front-end corpus" section, without needing ``-s``.
"""
from __future__ import annotations

import pytest

_REPORT = pytest.StashKey[list]()


@pytest.fixture
def corpus_report(request: pytest.FixtureRequest) -> list[str]:
    """A list of lines to print in the terminal summary."""
    return request.config.stash.setdefault(_REPORT, [])


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    lines = config.stash.get(_REPORT, None)
    if not lines:
        return
    terminalreporter.section("minigo front-end corpus")
    for line in lines:
        terminalreporter.write_line(line)
