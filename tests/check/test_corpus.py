"""The front end against real Go: the corpus in ``tests/testdata/check``.

* ``valid/*.go``: programs in the minigo subset; ``check_source`` finds nothing.
* ``invalid/*.go``: programs Go 1.19 rejects; minigo's first error, formatted
  ``NAME.go:LINE:COL: message``, equals the first line of ``NAME.err``, which
  ``scripts/regen_golden.py`` recorded from ``go build``.
* ``unsupported/*.go``: valid Go outside the subset; minigo's first error equals
  the file's ``// want: LINE:COL: minigo: <feature> is not supported`` comment
  (``are not supported`` for the plural features: generics, complex numbers).

Matching *every* line of Go's output is the longer goal; ``test_invalid_all_errors_ratio``
reports how far along it is without failing. Uses only ``minigo.frontend.check_source``.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from oracle import assert_regen_check, needs_go

REPO = Path(__file__).resolve().parent.parent.parent
CORPUS = REPO / "tests" / "testdata" / "check"
VALID = sorted((CORPUS / "valid").glob("*.go"))
INVALID = sorted((CORPUS / "invalid").glob("*.go"))
UNSUPPORTED = sorted((CORPUS / "unsupported").glob("*.go"))
GO_VERSION = CORPUS / "GO_VERSION"
REGEN = REPO / "scripts" / "regen_golden.py"

WANT = re.compile(r"^// want: (\d+:\d+: minigo: .+ (?:is|are) not supported)\s*$")
GO_LINE = re.compile(r"^(?P<file>[^\t:][^:]*\.go):(?P<line>\d+):(?P<col>\d+): (?P<msg>.*)$")
TOO_MANY = "too many errors"


def _check(path: Path) -> list:
    """Run the front end on one corpus file (imported here so the corpus checks
    below still run while ``minigo.frontend`` is being written)."""
    from minigo.frontend import check_source

    return check_source(path.read_text(encoding="utf-8"), path.name)


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0]


def _formatted(diags: list, name: str) -> list[str]:
    return [d.format(name) for d in diags]


def _minigo_first(path: Path) -> tuple[list[str], str]:
    """minigo's diagnostics for one file, formatted as Go's, and the first line of the first."""
    actual = _formatted(_check(path), path.name)
    return actual, _first_line(actual[0]) if actual else "(no error)"


def _listing(title: str, lines: list[str]) -> str:
    body = "".join(f"    {ln}\n" for ln in "\n".join(lines).split("\n")) if lines else "    (none)\n"
    return f"  {title}:\n{body}"


def _expected_err(path: Path) -> str:
    return path.with_suffix(".err").read_text(encoding="utf-8")


def _ids(paths: list[Path]) -> list[str]:
    return [p.stem for p in paths]


@pytest.mark.parametrize("path", VALID, ids=_ids(VALID))
def test_valid_program_has_no_errors(path: Path) -> None:
    diags = _check(path)
    assert diags == [], (
        f"{path.name} is valid Go (go build accepts it), but minigo reports:\n"
        + _listing("minigo", _formatted(diags, path.name))
    )


def _known_differences() -> dict[str, str]:
    """NAME -> why, from known_differences.txt: programs expected (strictly) to differ from Go."""
    known = {}
    for line in (Path(__file__).parent / "known_differences.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, why = line.partition(" ")
            known[name] = why.strip()
    return known


KNOWN = _known_differences()


def _invalid_params():
    return [pytest.param(p, id=p.stem, marks=pytest.mark.xfail(strict=True, reason=KNOWN[p.stem]))
            if p.stem in KNOWN else pytest.param(p, id=p.stem) for p in INVALID]


def test_known_differences_are_corpus_programs() -> None:
    missing = sorted(set(KNOWN) - {p.stem for p in INVALID})
    assert not missing, f"known_differences.txt names programs that are not in invalid/: {missing}"


@pytest.mark.parametrize("path", _invalid_params())
def test_invalid_program_first_error_matches_go(path: Path) -> None:
    expected = _expected_err(path)
    want = _first_line(expected)
    actual, got = _minigo_first(path)
    assert got == want, (
        f"{path.name}: first error differs from Go's\n"
        f"  go:     {want}\n"
        f"  minigo: {got}\n"
        + _listing("all of Go's output", expected.rstrip("\n").split("\n"))
        + _listing("all minigo diagnostics", actual)
    )


def _want(path: Path) -> str:
    first = _first_line(path.read_text(encoding="utf-8"))
    m = WANT.match(first)
    assert m, f"{path.name}: first line must be '// want: LINE:COL: minigo: <feature> is/are not supported', got {first!r}"
    return f"{path.name}:{m.group(1)}"


@pytest.mark.parametrize("path", UNSUPPORTED, ids=_ids(UNSUPPORTED))
def test_unsupported_feature_is_named(path: Path) -> None:
    want = _want(path)
    actual, got = _minigo_first(path)
    assert got == want, (
        f"{path.name}: expected minigo to name the unsupported feature\n"
        f"  want:   {want}\n"
        f"  minigo: {got}\n"
        + _listing("all minigo diagnostics", actual)
    )


def _go_error_lines(err_text: str) -> list[str]:
    """Go's errors as ``LINE:COL: message`` (continuation lines dropped)."""
    out = []
    for ln in err_text.splitlines():
        m = GO_LINE.match(ln)
        if m:
            out.append(f"{m['line']}:{m['col']}: {m['msg']}")
    return out


def _minigo_error_lines(diags: list) -> list[str]:
    return [f"{d.pos.line}:{d.pos.col}: {_first_line(d.message)}" for d in diags]


def _all_match(expected: list[str], actual: list[str]) -> bool:
    # Go's final "too many errors" line need not be a diagnostic of its own.
    if expected and expected[-1].endswith(": " + TOO_MANY) and not any(a.endswith(TOO_MANY) for a in actual):
        expected = expected[:-1]
    return Counter(expected) == Counter(actual)


def test_invalid_all_errors_ratio(corpus_report: list[str]) -> None:
    """Informative, never fails on mismatches: how many invalid programs get *all* of Go's errors."""
    first = full = 0
    crashed: list[str] = []
    partial: list[str] = []
    for path in INVALID:
        expected_text = _expected_err(path)
        try:
            diags = _check(path)
        except ImportError:
            raise
        except Exception as exc:  # a crash is reported by the per-file test; count it here
            crashed.append(f"{path.name}: {type(exc).__name__}: {exc}")
            continue
        actual = _formatted(diags, path.name)
        if actual and _first_line(actual[0]) == _first_line(expected_text):
            first += 1
        if _all_match(_go_error_lines(expected_text), _minigo_error_lines(diags)):
            full += 1
        else:
            partial.append(path.stem)
    n = len(INVALID)
    lines = [
        f"invalid programs whose first error matches Go's: {first}/{n}",
        f"invalid programs matching ALL of Go's error lines: {full}/{n} ({100 * full / max(n, 1):.0f}%)",
    ]
    if partial:
        lines.append("not fully matching: " + ", ".join(partial))
    if crashed:
        lines.append(f"check_source raised on {len(crashed)}: " + "; ".join(crashed))
    corpus_report.extend(lines)
    print("\n" + "\n".join(lines))


def test_corpus_is_complete() -> None:
    assert len(VALID) >= 60, f"only {len(VALID)} valid programs"
    assert len(INVALID) >= 25, f"only {len(INVALID)} invalid programs"
    assert len(UNSUPPORTED) >= 8, f"only {len(UNSUPPORTED)} unsupported programs"
    missing = [p.name for p in INVALID if not p.with_suffix(".err").is_file()]
    assert not missing, f"invalid programs without a .err golden (run scripts/regen_golden.py): {missing}"
    orphans = [p.name for p in sorted((CORPUS / "invalid").glob("*.err")) if not p.with_suffix(".go").exists()]
    assert not orphans, f".err files without a program: {orphans}"
    for p in INVALID:
        err = _expected_err(p)
        assert err.strip(), f"{p.with_suffix('.err').name} is empty"
        assert "# command-line-arguments" not in err and f"./{p.name}" not in err, \
            f"{p.with_suffix('.err').name} is not normalized"
        assert _first_line(err).startswith(p.name + ":"), f"{p.with_suffix('.err').name}: {_first_line(err)!r}"
    for p in UNSUPPORTED:
        _want(p)
    assert GO_VERSION.is_file(), "tests/testdata/check/GO_VERSION is missing (run scripts/regen_golden.py)"
    version = GO_VERSION.read_text().strip()
    assert re.search(r"\bgo1\.19(\.\d+)?\b", version), f"goldens were recorded with {version!r}, not go1.19"


@needs_go
def test_goldens_are_up_to_date_with_go() -> None:
    assert_regen_check(REGEN)
