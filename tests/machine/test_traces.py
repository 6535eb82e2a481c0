"""Panic traces name the frames Go names: for every panicking program of the run corpus,
the panicking goroutine's frames (function and line, innermost first, then `created by`)
equal those in Go's recorded stderr."""
import io
import re
from pathlib import Path

import pytest

from minigo.machine.runner import run_program

RUN = Path(__file__).parent.parent / "testdata" / "run"
PANICS = sorted(p.stem for p in RUN.glob("*.go") if (RUN / f"{p.stem}.stderr").read_text().startswith("panic:"))


def panicking_goroutine_frames(stderr: str) -> list:
    lines = stderr.splitlines()
    i = next(i for i, line in enumerate(lines) if line.startswith("goroutine ")) + 1
    out = []
    while i + 1 < len(lines) and lines[i]:
        if lines[i].startswith(("main.", "created by main.")):
            fn = re.sub(r"\(.*\)$", "", lines[i])
            out.append((fn, int(re.search(r"\.go:(\d+)", lines[i + 1]).group(1))))
            i += 2
        else:
            i += 1
    return out


def test_the_corpus_has_panics_with_deep_traces():
    assert len(PANICS) >= 30
    assert any(len(panicking_goroutine_frames((RUN / f"{n}.stderr").read_text())) >= 4 for n in PANICS)


@pytest.mark.parametrize("name", PANICS)
def test_panic_trace_frames_are_gos(name):
    out, err = io.BytesIO(), io.BytesIO()
    run_program((RUN / f"{name}.go").read_text(), f"{name}.go", out, err)
    want = panicking_goroutine_frames((RUN / f"{name}.stderr").read_text())
    assert panicking_goroutine_frames(err.getvalue().decode()) == want
