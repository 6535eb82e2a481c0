"""The debugger runs programs as ``minigo run`` does: over the whole run corpus (recorded
from Go 1.19), a Session's continue to the end gives Go's stdout, the first line of its
stderr and its exit status; and stepping statement by statement to the end changes
nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from minigo.debug import Session

CORPUS = Path(__file__).resolve().parent.parent / "testdata" / "run"
PROGRAMS = sorted(CORPUS.glob("*.go"))
KNOWN = {line.split()[0] for line in (Path(__file__).parent.parent / "run" / "known_run_differences.txt")
         .read_text().splitlines() if line.strip() and not line.startswith("#")}


def golden(p: Path):
    return (p.with_suffix(".stdout").read_bytes(), p.with_suffix(".stderr").read_bytes(),
            int(p.with_suffix(".status").read_text()))


def first_line(b: bytes) -> bytes:
    return b.split(b"\n", 1)[0]


@pytest.mark.parametrize("path", [p for p in PROGRAMS if p.stem not in KNOWN], ids=lambda p: p.stem)
def test_continue_to_the_end_is_gos_run(path):
    out, err, status = golden(path)
    s = Session(path.read_text(), path.name)
    try:
        st = s.continue_()
        got_out, got_err = s.output()
        assert st.status == status
        assert got_out == out
        assert first_line(got_err) == first_line(err)
    finally:
        s.close()


@pytest.mark.parametrize("path", [p for p in PROGRAMS if "goroutine" in p.stem or "chan" in p.stem
                                  or "defer" in p.stem][:12], ids=lambda p: p.stem)
def test_stepping_every_statement_changes_nothing(path):
    out, err, status = golden(path)
    s = Session(path.read_text(), path.name)
    try:
        steps = 0
        while s.stop.status is None and steps < 20_000:
            s.step() if steps % 2 else s.next()
            steps += 1
        if s.stop.status is None:
            s.continue_()
        assert s.stop.status == status and s.output()[0] == out
    finally:
        s.close()
