"""The escape-analysis corpus in ``tests/testdata/escape`` (issue 3's oracle).

Each ``NAME.go`` there is a Go program with ``NAME.m`` / ``NAME.m2`` / ``NAME.out``
recorded from go1.19 by ``scripts/regen_escape.py`` (``-gcflags='-m -l'``,
``-m=2 -l`` and ``go run``). Until minigo's escape pass exists these tests hold
its preconditions: every program is in the subset the front end accepts, each has
its three goldens, and the goldens are what Go prints today.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from oracle import assert_regen_check, needs_go

REPO = Path(__file__).resolve().parent.parent.parent
CORPUS = REPO / "tests" / "testdata" / "escape"
PROGRAMS = sorted(CORPUS.glob("*.go"))
REGEN = REPO / "scripts" / "regen_escape.py"


def test_corpus_is_present() -> None:
    assert len(PROGRAMS) >= 80, f"expected the escape corpus in {CORPUS}"
    assert (CORPUS / "GO_VERSION").read_text(encoding="utf-8").startswith("go1.19")


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.stem)
def test_front_end_accepts(path: Path) -> None:
    from minigo.frontend import check_source

    errors = check_source(path.read_text(encoding="utf-8"), path.name)
    assert errors == [], "\n".join(e.format(path.name) for e in errors)


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.stem)
def test_goldens_recorded(path: Path) -> None:
    missing = [s for s in (".m", ".m2", ".out") if not path.with_suffix(s).is_file()]
    assert not missing, f"{path.name}: run scripts/regen_escape.py (missing {missing})"


@needs_go
def test_goldens_are_current() -> None:
    assert_regen_check(REGEN)
