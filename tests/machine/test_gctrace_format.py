"""The gctrace line format, pinned by Go's own output: every gc line recorded in
``tests/testdata/gc/*.gctrace.json`` (``scripts/regen_gc.py``, go1.19, GOMAXPROCS=1) parses
with ``gctrace.parse_line``, printing the fields back gives the line exactly, and the
recorded fields are the parsed ones. The parser is strict: near misses raise.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from gctrace import GctraceFormatError, GcTraceLine, fmt_ms, format_line, parse_line
from oracle import REPO, assert_regen_check, needs_go

GC = REPO / "tests" / "testdata" / "gc"
TRACES = sorted(GC.glob("*.gctrace.json"))


def recorded(path: Path) -> list[tuple[str, dict]]:
    """(line, recorded fields) of every run of one golden."""
    return [(line, fields) for run in json.loads(path.read_text())["runs"]
            for line, fields in zip(run["lines"], run["cycles"], strict=True)]


def test_every_program_has_a_trace():
    assert {p.name.removesuffix(".gctrace.json") for p in TRACES} == {p.stem for p in GC.glob("*.go")}


@pytest.mark.parametrize("path", TRACES, ids=lambda p: p.name)
def test_recorded_lines_round_trip(path: Path):
    for line, fields in recorded(path):
        t = parse_line(line)
        assert format_line(t) == line
        assert t.summary() == fields
        assert t.procs == 1


def test_the_goldens_show_what_they_are_for():
    def runs(name):
        return json.loads((GC / f"{name}.gctrace.json").read_text())["runs"]

    assert sum(len(r["lines"]) for p in TRACES for r in json.loads(p.read_text())["runs"]) > 100
    for run in runs("bintree"):
        assert len(run["lines"]) >= 5
    for run in runs("forced"):
        forced = [c for c in run["cycles"] if c["forced"]]
        assert len(forced) == 3 and len(forced) < len(run["cycles"])
        assert forced[0]["heap0_mb"] == 0  # the first runtime.GC() runs on a tiny heap
    for run in runs("caps"):
        assert run["lines"] == []  # caps.go stays under the 4 MB heap minimum
    for run in runs("grow"):  # the live heap grows to 20 MB: some cycle ends above it
        assert max(c["heap1_mb"] for c in run["cycles"]) >= 20


# The two lines measured in GO-FACTS.md section 5 (GOMAXPROCS=2).
FACTS = [
    ("gc 6 @0.023s 3%: 0.016+0.77+0.003 ms clock, 0.032+0.015/0.11/0.10+0.007 ms cpu, "
     "104->117->65 MB, 106 MB goal, 0 MB stacks, 0 MB globals, 2 P"),
    ("gc 8 @0.071s 1%: 0.057+0.26+0.003 ms clock, 0.11+0/0.12/0.11+0.007 ms cpu, "
     "124->124->51 MB, 248 MB goal, 0 MB stacks, 0 MB globals, 2 P (forced)"),
]


def test_go_facts_lines():
    a, b = (parse_line(s) for s in FACTS)
    assert a == GcTraceLine(cycle=6, at_ms=23, cpu_percent=3, clock_us=(16, 770, 3),
                            cpu_us=(32, 15, 110, 100, 7), heap0_mb=104, heap1_mb=117, heap2_mb=65,
                            goal_mb=106, stacks_mb=0, globals_mb=0, procs=2, forced=False)
    assert b.forced and b.cpu_us[1] == 0 and b.goal_mb == 248
    assert [format_line(t) for t in (a, b)] == FACTS


@pytest.mark.parametrize("us, text", [
    (0, "0"), (5, "0.005"), (10, "0.010"), (78, "0.078"), (150, "0.15"), (999, "0.99"),
    (1400, "1.4"), (5000, "5.0"), (9999, "9.9"), (10_000, "10"), (123_456, "123"),
])
def test_fmt_ms_is_fmtNSAsMS(us: int, text: str):
    assert fmt_ms(us) == text


GOOD = FACTS[0]


@pytest.mark.parametrize("bad", [
    GOOD.replace("0.77", "0.770"),          # three digits of precision
    GOOD.replace("0.77", "0.7"),            # trailing zero dropped
    GOOD.replace("@0.023s", "@0.23s"),      # @T always has three decimals
    GOOD.replace("gc 6 ", "gc 06 "),        # leading zero
    GOOD.replace("gc 6 ", "gc 0 "),         # cycles count from 1
    GOOD.replace("104->", "104 ->"),
    GOOD.replace(" MB goal", "MB goal"),
    GOOD.replace("0.015/0.11/0.10", "0.015+0.11+0.10"),
    GOOD + " ",
    GOOD + "(forced)",
    GOOD + " (forced) ",
    GOOD.replace(", 0 MB stacks, 0 MB globals", ""),  # go1.17's format, before stacks/globals
    GOOD + "\n",
    "scvg: 0 MB released",
])
def test_parse_is_strict(bad: str):
    with pytest.raises(GctraceFormatError):
        parse_line(bad)


@needs_go
def test_gc_goldens_are_current():
    assert_regen_check(REPO / "scripts" / "regen_gc.py")
