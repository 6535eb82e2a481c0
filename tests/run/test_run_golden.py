"""``minigo run`` against real Go: the golden corpus in ``tests/testdata/run`` (its README).

Each program ``NAME.go`` has what the Go 1.19 binary built from it printed and returned:
``NAME.stdout`` (exact bytes), ``NAME.stderr`` (normalised trace; its first line is Go's
exact ``panic: ...`` / ``fatal error: ...`` text) and ``NAME.status``. Here each program runs
in-process through ``minigo.machine.runner.run_program(text, filename, stdout, stderr)``
(which returns the exit status and writes the program's output as bytes), and:

* stdout equals Go's byte for byte;
* stderr is empty when Go's is, and otherwise its first line equals Go's first line;
* the exit status equals Go's.

Programs named in ``known_run_differences.txt`` are expected to differ (a strict xfail:
a program that starts matching fails until its line is deleted). The run's terminal
summary says ``run corpus: N/M programs match Go``.

Also: every program passes ``minigo check`` (``minigo.frontend.check_source``: a
rejection means the program left the subset or the front end has a bug), and, with
go1.19 on PATH, the goldens are current (``scripts/regen_run.py --check``).
"""
from __future__ import annotations

import difflib
import io
import signal
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from oracle import assert_regen_check, needs_go

REPO = Path(__file__).resolve().parent.parent.parent
CORPUS = REPO / "tests" / "testdata" / "run"
REGEN = REPO / "scripts" / "regen_run.py"
KNOWN_FILE = Path(__file__).parent / "known_run_differences.txt"
PROGRAMS = sorted(CORPUS.glob("*.go"))
GOLDEN_SUFFIXES = (".stdout", ".stderr", ".status")
# Seconds one program may take in-process. The machine's own limits (steps, stack, heap)
# should end every program long before; this only keeps a hanging machine from hanging
# the suite (SIGALRM interrupts the Python code running the program).
RUN_TIMEOUT = 30


def _known_differences() -> dict[str, str]:
    """NAME -> why: programs whose run is expected (strictly) to differ from Go's."""
    known = {}
    for line in KNOWN_FILE.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, why = line.partition(" ")
            known[name] = why.strip() or "known difference"
    return known


KNOWN = _known_differences()


def _program_params():
    return [pytest.param(p, id=p.stem, marks=pytest.mark.xfail(strict=True, reason=KNOWN[p.stem]))
            if p.stem in KNOWN else pytest.param(p, id=p.stem) for p in PROGRAMS]


class RunTimeout(Exception):
    pass


@contextmanager
def _time_limit(seconds: int):
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum, frame):
        raise RunTimeout(f"minigo run did not finish within {seconds}s")

    old = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _first_line(data: bytes) -> bytes:
    return data.split(b"\n", 1)[0]


def _show(data: bytes) -> list[str]:
    return data.decode("utf-8", errors="backslashreplace").splitlines(keepends=True)


def _differences(name: str, want_out: bytes, want_err: bytes, want_status: int,
                 out: bytes, err: bytes, status: int) -> list[str]:
    """What differs between Go's run and minigo's, as readable lines (empty: they match)."""
    problems = []
    if out != want_out:
        diff = list(difflib.unified_diff(_show(want_out), _show(out), f"go {name}.stdout",
                                         "minigo stdout", n=2))
        problems.append("stdout differs:\n" + "".join(diff[:60]).rstrip("\n")
                        + ("\n  ..." if len(diff) > 60 else ""))
    if not want_err and err:
        problems.append(f"stderr should be empty; minigo wrote {_first_line(err)!r} ...")
    elif want_err and _first_line(err) != _first_line(want_err):
        problems.append(f"stderr first line differs:\n  go:     {_first_line(want_err)!r}\n"
                        f"  minigo: {_first_line(err)!r}")
    if status != want_status:
        problems.append(f"exit status: go {want_status}, minigo {status}")
    return problems


@pytest.mark.parametrize("path", _program_params())
def test_program_matches_go(path: Path, run_report: dict[str, bool]) -> None:
    run_report[path.stem] = False
    from minigo.machine.runner import run_program

    out, err = io.BytesIO(), io.BytesIO()
    with _time_limit(RUN_TIMEOUT):
        status = run_program(path.read_text(encoding="utf-8"), path.name, out, err)
    problems = _differences(
        path.stem,
        path.with_suffix(".stdout").read_bytes(),
        path.with_suffix(".stderr").read_bytes(),
        int(path.with_suffix(".status").read_text().strip()),
        out.getvalue(), err.getvalue(), status,
    )
    run_report[path.stem] = not problems
    assert not problems, f"{path.name}: minigo run differs from Go\n" + "\n".join(problems)


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.stem)
def test_program_is_in_the_subset(path: Path) -> None:
    from minigo.frontend import check_source

    diags = check_source(path.read_text(encoding="utf-8"), path.name)
    assert diags == [], (f"{path.name} is valid Go in the subset, but minigo check reports:\n"
                         + "\n".join("  " + d.format(path.name) for d in diags))


def test_corpus_shape() -> None:
    assert len(PROGRAMS) >= 100, f"expected the run corpus in {CORPUS}"
    problems = []
    for p in PROGRAMS:
        missing = [s for s in GOLDEN_SUFFIXES if not p.with_suffix(s).is_file()]
        if missing:
            problems.append(f"{p.name}: no {', '.join(p.stem + s for s in missing)}")
            continue
        if not p.with_suffix(".status").read_text().strip().isdigit():
            problems.append(f"{p.stem}.status is not a decimal exit status")
        lines = len(p.read_text(encoding="utf-8").splitlines())
        if not 10 <= lines <= 80:
            problems.append(f"{p.name}: {lines} lines (programs are 10-80 lines)")
    assert not problems, "\n".join(problems) + "\n(scripts/regen_run.py records the goldens)"


def test_known_run_differences_are_corpus_programs() -> None:
    missing = sorted(set(KNOWN) - {p.stem for p in PROGRAMS})
    assert not missing, f"{KNOWN_FILE.name} names programs that are not in the corpus: {missing}"


@needs_go
def test_goldens_are_current() -> None:
    assert_regen_check(REGEN)
