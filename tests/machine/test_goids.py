"""Goroutine ids are Go's with one P: main is 1, the runtime's own three come next, and
the program's goroutines count from 5.  tests/testdata/goids/NAME.goids holds the panic
and goroutine header lines Go printed (scripts/regen_goids.py, GOMAXPROCS=1)."""
import io
import sys
from pathlib import Path

import pytest

from minigo.machine.runner import run_program

CORPUS = Path(__file__).resolve().parent.parent / "testdata" / "goids"
sys.path.insert(0, str(CORPUS.parent.parent.parent / "scripts"))
from regen_goids import headers  # noqa: E402


@pytest.mark.parametrize("src", sorted(CORPUS.glob("*.go")), ids=lambda p: p.stem)
def test_tracebacks_name_gos_goroutine_ids(src):
    out, err = io.BytesIO(), io.BytesIO()
    run_program(src.read_text(), src.name, out, err)
    assert headers(err.getvalue().decode()) == src.with_suffix(".goids").read_text()
