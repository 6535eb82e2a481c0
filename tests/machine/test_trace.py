"""``minigo trace``: the event stream.

The schema: every line of every program's trace is a JSON object with exactly the common
fields and its kind's fields (events.KINDS, events.OPTIONAL), of the documented types, in
time order, ending with ``exit``.  The docs: docs/trace.md has a section per kind whose
table lists exactly the kind's fields with their types, and its examples are what minigo
prints.  The meaning: allocations sit at Go's escape sites, calls and returns nest,
stacks double, goroutine ids and channel operations add up, the GC's counts match the
allocations and frees, output is what ``minigo run`` prints; and the command line.
"""
from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest

from minigo.frontend import escape_source
from minigo.machine.events import COMMON, GC_PHASE_FIELDS, KINDS, OPTIONAL, fields
from minigo.machine.runner import run_program
from minigo.machine.stack import STACK_GUARD, STACK_MIN, STACK_SMALL
from minigo.machine.trace import run_trace

if __name__ == "__main__":  # run as a script (regen_docs below): tests/ holds oracle.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from oracle import needs_go  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "testdata" / "trace"
DOCS = REPO / "docs" / "trace.md"
PROGRAMS = sorted(p.name for p in DATA.glob("*.go"))
STATUS = {"panic.go": 2, "index.go": 2}  # exit status; the others end normally (0)
NORMAL = [n for n in PROGRAMS if n not in STATUS]
JSON_TYPE = {int: "integer", str: "string", bool: "boolean"}


def trace_text(text: str, filename: str, kinds=None, options=()) -> tuple[int, str, bytes]:
    out, err = io.StringIO(), io.BytesIO()
    status = run_trace(text, filename, out, err, env={}, options=options, kinds=kinds)
    return status, out.getvalue(), err.getvalue()


@lru_cache(maxsize=None)
def traced(name: str) -> tuple[int, tuple, str]:
    """(status, events, raw output) of a testdata program, traced under its bare name."""
    status, raw, err = trace_text((DATA / name).read_text(), name)
    assert err == b"", err
    return status, tuple(json.loads(line) for line in raw.splitlines()), raw


def events_of(name: str, *kinds: str) -> list[dict]:
    evs = traced(name)[1]
    return [e for e in evs if not kinds or e["kind"] in kinds]


def has_type(v, t: type) -> bool:
    return type(v) is t  # exact: a bool is no integer here, an integer no boolean


# ------------------------------------------------------------------ the schema


def test_the_corpus_is_there():
    assert {"allocs.go", "autogc.go", "chans.go", "gcstack.go", "grow.go", "index.go",
            "output.go", "panic.go", "select.go", "strmap.go"} <= set(PROGRAMS)


@pytest.mark.parametrize("name", PROGRAMS)
def test_every_event_follows_the_schema(name):
    text = (DATA / name).read_text()
    status, raw, err = trace_text(text, name)
    assert err == b""
    assert status == STATUS.get(name, 0)
    assert raw.endswith("\n")
    lines = raw.split("\n")[:-1]
    assert lines, "no events"
    pos_re = re.compile(rf"^{re.escape(name)}:\d+:\d+$")
    last_t = 0
    for i, line in enumerate(lines):
        ev = json.loads(line)
        where = f"line {i + 1}: {line}"
        assert isinstance(ev, dict), where
        assert ev.get("kind") in KINDS, where
        kind = ev["kind"]
        required = {**COMMON, **KINDS[kind]}
        allowed = fields(kind)
        assert set(required) <= set(ev), f"missing {set(required) - set(ev)}: {where}"
        assert set(ev) <= set(allowed), f"unknown {set(ev) - set(allowed)}: {where}"
        for f, v in ev.items():
            assert has_type(v, allowed[f]), f"{f} should be {JSON_TYPE[allowed[f]]}: {where}"
        if kind == "gc_phase":
            assert ev["phase"] in GC_PHASE_FIELDS, where
            assert set(ev) - set(required) == set(GC_PHASE_FIELDS[ev["phase"]]), where
        assert pos_re.match(ev["pos"]), where
        assert ev["g"] >= 0, where
        assert ev["t_ns"] >= last_t, f"the clock went back: {where}"
        last_t = ev["t_ns"]
    evs = [json.loads(line) for line in lines]
    assert [e["kind"] for e in evs].count("exit") == 1
    assert evs[-1]["kind"] == "exit" and evs[-1]["status"] == status
    assert evs[-1]["g"] == 0 and evs[-1]["pos"] == f"{name}:0:0"
    # the status is the one minigo run returns
    assert run_program(text, name, io.BytesIO(), io.BytesIO(), env={}) == status


def test_the_corpus_exercises_every_kind_and_phase():
    seen = {e["kind"] for n in PROGRAMS for e in traced(n)[1]}
    assert seen == set(KINDS)
    phases = {e["phase"] for n in PROGRAMS for e in traced(n)[1] if e["kind"] == "gc_phase"}
    assert phases == set(GC_PHASE_FIELDS)
    assert OPTIONAL.keys() <= KINDS.keys()
    for kind, opt in OPTIONAL.items():
        assert not set(opt) & set(KINDS[kind]) and not set(opt) & set(COMMON)
    assert set().union(*GC_PHASE_FIELDS.values()) == set(OPTIONAL["gc_phase"])


def test_traces_are_deterministic():
    text = (DATA / "gcstack.go").read_text()
    assert trace_text(text, "gcstack.go") == trace_text(text, "gcstack.go")


# ------------------------------------------------------------------ the docs


def doc_sections() -> dict[str, str]:
    """'### `kind`' section -> its text."""
    text = DOCS.read_text()
    parts = re.split(r"^### `(\w+)`[ \t]*$", text, flags=re.M)
    return {parts[i]: re.split(r"^## ", parts[i + 1], flags=re.M)[0] for i in range(1, len(parts), 2)}


def table_fields(section: str) -> dict[str, str]:
    """The '| `field` | type | meaning |' rows of a section's field table."""
    return dict(re.findall(r"^\| `(\w+)` \| (integer|string|boolean) \|", section, flags=re.M))


def test_docs_have_a_section_per_kind_listing_exactly_its_fields():
    sections = doc_sections()
    assert list(sections) == list(KINDS), "one '### `kind`' section per kind, in KINDS order"
    for kind, section in sections.items():
        want = {**KINDS[kind], **OPTIONAL.get(kind, {})}
        documented = table_fields(section)
        assert set(documented) == set(want), kind
        for f, t in want.items():
            assert documented[f] == JSON_TYPE[t], f"{kind}.{f}"
            assert f"`{f}`" in section
    assert "(no fields of its own)" in sections["go_exit"] and not KINDS["go_exit"]


def test_docs_list_the_common_fields_and_the_gc_phase_fields():
    text = DOCS.read_text()
    common = re.search(r"^## Common fields\n(.*?)^## ", text, flags=re.M | re.S).group(1)
    assert table_fields(common) == {f: JSON_TYPE[t] for f, t in COMMON.items()}
    rows = re.findall(r"^\| `(mark|marktermination|off)` \| (.*?) \|$", doc_sections()["gc_phase"], flags=re.M)
    assert {p: set(re.findall(r"`(\w+)`", f)) for p, f in rows} == {p: set(f) for p, f in GC_PHASE_FIELDS.items()}
    for needle in ("--kinds", "t_ns", "never decreases", "FILE:0:0", "exit status 1"):
        assert needle in text


def doc_blocks(lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```$", DOCS.read_text(), flags=re.M | re.S)


GC_EXAMPLE_KINDS = {"gc_phase", "stack_shrink", "free"}


def docs_examples() -> tuple[str, str]:
    """What docs/trace.md's two JSON examples show now: example.go's whole trace, and the
    first lines of gcstack.go's GC cycle."""
    program, = doc_blocks("go")
    _, example, _ = trace_text(program, "example.go")
    _, gc, _ = trace_text((DATA / "gcstack.go").read_text(), "gcstack.go", kinds=GC_EXAMPLE_KINDS)
    return example, "".join(gc.splitlines(keepends=True)[:5])


def without_clock(raw: str) -> list[dict]:
    evs = [json.loads(line) for line in raw.splitlines()]
    ts = [e.pop("t_ns") for e in evs]
    assert ts == sorted(ts)
    return evs


def test_docs_examples_are_what_minigo_prints():
    """Exactly, but for t_ns: the clock follows the cost model (cost.py), which gets tuned;
    docs/trace.md says so.  Regenerate: uv run python tests/machine/test_trace.py"""
    documented = doc_blocks("json")
    assert len(documented) == 2
    for doc, now in zip(documented, docs_examples()):
        assert without_clock(doc) == without_clock(now), \
            "docs/trace.md's examples are stale: uv run python tests/machine/test_trace.py"


def regen_docs() -> None:
    text = DOCS.read_text()
    for old, new in zip(doc_blocks("json"), docs_examples()):
        text = text.replace(old, new, 1)
    DOCS.write_text(text)


def test_runtime_errors_and_boxing_are_reported():
    """A runtime error is a panic event like a panic() call, with Go's text; a boxed value
    the runtime copies (convT64 of 1000) is an alloc at the escaping argument."""
    _, raw, _ = trace_text((DATA / "index.go").read_text(), "index.go")
    panics = [json.loads(line) for line in raw.splitlines() if '"kind": "panic"' in line]
    assert [e["value"] for e in panics] == ["runtime error: index out of range [5] with length 3"]
    _, raw, _ = trace_text('package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 1000\n\tfmt.Println(x)\n}\n', "p.go")
    allocs = [json.loads(line) for line in raw.splitlines() if '"kind": "alloc"' in line]
    assert [(e["site"], e["reason"], e["size"]) for e in allocs] == [("p.go:7:13", "x escapes to heap", 8)]


# ------------------------------------------------------------------ what the events say

# go build -gcflags='-m -l' tests/testdata/trace/allocs.go, go1.19.8 linux/amd64: the heap
# lines (the others say "does not escape": 26:15, 43:10, 45:8, 46:21)
GO_HEAP_SITES_ALLOCS = {
    ("allocs.go:16:2", "moved to heap: n"),
    ("allocs.go:21:11", "&point{...} escapes to heap"),
    ("allocs.go:25:13", "make([]int, n) escapes to heap"),
    ("allocs.go:32:2", "moved to heap: c"),
    ("allocs.go:33:9", "func literal escapes to heap"),
}


def heap_lines(m_lines, name: str) -> set[tuple[str, str]]:
    """(FILE:LINE:COL, message) of -m lines that put something on the heap."""
    out = set()
    for line in m_lines:
        m = re.match(rf"^(?:\./)?({re.escape(name)}:\d+:\d+): (.*)$", line)
        if m and (m.group(2).startswith("moved to heap: ") or m.group(2).endswith(" escapes to heap")):
            out.add((m.group(1), m.group(2)))
    return out


def minigo_escape(name: str) -> set[tuple[str, str]]:
    errors, analysis = escape_source((DATA / name).read_text(), name)
    assert not errors
    return heap_lines(analysis.format(name, verbose=False), name)


def test_allocations_sit_at_gos_escape_sites():
    allocs = events_of("allocs.go", "alloc")
    got = [(e["site"], e["reason"]) for e in allocs]
    assert sorted(got) == sorted(GO_HEAP_SITES_ALLOCS)  # each site runs once; nothing else allocates
    assert all(e["pos"] == e["site"] for e in allocs)
    assert minigo_escape("allocs.go") == GO_HEAP_SITES_ALLOCS
    # the objects themselves
    by_site = {e["site"]: e for e in allocs}
    assert by_site["allocs.go:16:2"]["type"] == "int" and by_site["allocs.go:16:2"]["size"] == 8
    assert by_site["allocs.go:21:11"]["type"] == "main.point" and by_site["allocs.go:21:11"]["size"] == 16
    assert by_site["allocs.go:25:13"]["type"] == "[]int" and by_site["allocs.go:25:13"]["size"] == 3 * 8
    addrs = [e["addr"] for e in allocs]
    assert len(set(addrs)) == len(addrs)  # all live at once: no address twice
    for e in allocs:
        assert e["span"] >= e["size"] and 1 <= e["class"] <= 67


@needs_go
def test_allocation_sites_are_what_go_build_reports_now(tmp_path):
    shutil.copy(DATA / "allocs.go", tmp_path / "allocs.go")
    proc = subprocess.run(["go", "build", "-gcflags=-m -l", "-o", os.devnull, "allocs.go"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "GO111MODULE": "off"})
    assert proc.returncode == 0, proc.stderr
    assert heap_lines(proc.stderr.splitlines(), "allocs.go") == GO_HEAP_SITES_ALLOCS


@pytest.mark.parametrize("name", ["gcstack.go", "autogc.go", "allocs.go", "strmap.go"])
def test_every_site_allocation_is_an_escape_decision(name):
    heap = minigo_escape(name)
    sites = [(e["site"], e["reason"]) for e in events_of(name, "alloc") if e["site"]]
    assert sites
    assert set(sites) <= heap
    for e in events_of(name, "alloc"):
        if e["site"]:
            assert e["pos"] == e["site"]
        else:  # the runtime's own: a reason naming the runtime function, a Go position
            assert e["reason"] and " " not in e["reason"] and not e["pos"].endswith(":0:0")


def test_autogc_allocates_once_per_iteration_at_one_site():
    allocs = events_of("autogc.go", "alloc")
    assert len(allocs) == 3000
    assert {(e["site"], e["reason"], e["type"], e["size"], e["span"]) for e in allocs} == {
        ("autogc.go:16:8", "&node{} escapes to heap", "main.node", 56, 64)}


@pytest.mark.parametrize("name", NORMAL)
def test_calls_and_returns_nest(name):
    """Per goroutine, each return pops the innermost call's frame: the same function, back
    to the caller's sp (when the stack did not move in between); nothing is left over."""
    evs = events_of(name)
    calls = [e for e in evs if e["kind"] == "call"]
    returns = [e for e in evs if e["kind"] == "return"]
    assert calls and len(calls) == len(returns)
    stacks: dict[int, list] = {}
    moves: dict[int, int] = {}  # stack copies so far, per goroutine
    for e in evs:
        g = e["g"]
        if e["kind"] == "call":
            assert e["frame"] > 0
            stacks.setdefault(g, []).append((e, moves.get(g, 0)))
        elif e["kind"] == "return":
            top, moved = stacks[g].pop()
            assert e["func"] == top["func"], e
            if moved == moves.get(g, 0):
                assert e["sp"] == top["sp"] + top["frame"], e
        elif e["kind"] in ("stack_grow", "stack_shrink"):
            moves[g] = moves.get(g, 0) + 1
        elif e["kind"] == "go_exit":
            assert stacks.get(g) == [], f"g{g} exited with frames on its stack"
    assert all(s == [] for s in stacks.values())


def test_a_recovered_panic_returns_every_unwound_frame():
    evs = events_of("gcstack.go", "call", "return", "panic")
    i = next(i for i, e in enumerate(evs) if e["kind"] == "panic")
    assert evs[i]["value"] == "bottom"
    before = [e["func"] for e in evs[:i] if e["kind"] == "call"][-5:]
    assert before == ["main.safe"] + ["main.inner"] * 4
    after = [(e["kind"], e["func"]) for e in evs[i + 1:i + 8]]
    assert after == [("call", "main.safe.func1"), ("return", "main.safe.func1")] + \
        [("return", "main.inner")] * 4 + [("return", "main.safe")]
    unwound = evs[i + 3:i + 8]
    assert len({e["t_ns"] for e in unwound}) == 1
    sps = [e["sp"] for e in unwound]
    assert sps == sorted(sps) and len(set(sps)) == 5


def test_call_sps_step_down_by_the_frame():
    """grow.go: each call's sp is its caller's minus its frame, except right after a grow
    (the stack moved)."""
    prev = None
    for e in events_of("grow.go", "call", "stack_grow"):
        if e["kind"] == "stack_grow":
            prev = None
            continue
        if prev is not None:
            assert e["sp"] == prev["sp"] - e["frame"]
        prev = e


def test_the_stack_doubles_for_a_simple_recursion():
    evs = events_of("grow.go", "call", "return", "stack_grow")
    grows = [(i, e) for i, e in enumerate(evs) if e["kind"] == "stack_grow"]
    assert len(grows) >= 4
    assert grows[0][1]["from"] == STACK_MIN
    size = STACK_MIN
    for i, g in grows:
        assert g["from"] == size and g["to"] == 2 * g["from"]
        assert g["from"] & (g["from"] - 1) == 0  # a power of two
        nxt = evs[i + 1]
        assert nxt["kind"] == "call" and nxt["func"] == "main.down" and nxt["g"] == g["g"]
        assert g["pos"] == nxt["pos"] == "grow.go:6:1"
        size = g["to"]
    # replay Go's prologue check over every call: the stack grows exactly when the frame
    # would reach the guard (frames over _StackSmall are checked for their excess)
    size, frames = STACK_MIN, []
    for i, e in enumerate(evs):
        used = sum(frames)
        if e["kind"] == "stack_grow":
            assert e["used"] == used and e["from"] == size
            size = e["to"]
        elif e["kind"] == "call":
            grew = evs[i - 1]["kind"] == "stack_grow"
            assert (used + max(0, e["frame"] - STACK_SMALL) >= (evs[i - 1]["from"] if grew else size) - STACK_GUARD) == grew
            frames.append(e["frame"])
        else:
            frames.pop()
    assert frames == []
    assert not events_of("grow.go", "stack_shrink")


def test_gc_shrinks_a_stack_by_half_during_the_mark_phase():
    evs = events_of("gcstack.go", "gc_phase", "stack_shrink")
    shrinks = [i for i, e in enumerate(evs) if e["kind"] == "stack_shrink"]
    assert shrinks
    grown = max(e["to"] for e in events_of("gcstack.go", "stack_grow"))
    for i in shrinks:
        e = evs[i]
        assert e["to"] * 2 == e["from"] and e["to"] >= STACK_MIN
        assert e["used"] + (STACK_GUARD - STACK_SMALL) < e["from"] // 4
        phase = [x for x in evs[:i] if x["kind"] == "gc_phase"][-1]
        assert phase["phase"] == "mark"
    assert evs[shrinks[0]]["from"] == grown


@pytest.mark.parametrize("name", ["chans.go", "gcstack.go", "example"])
def test_goroutine_ids_add_up(name):
    if name == "example":
        evs = [json.loads(x) for x in trace_text(doc_blocks("go")[0], "example.go")[1].splitlines()]
    else:
        evs = list(events_of(name))
    creates = [e for e in evs if e["kind"] == "go_create"]
    # main is 1; the runtime's own goroutines take 2 to 4, and 5 when fmt is imported
    first = creates[1]["id"] if len(creates) > 1 else 5
    assert first in (5, 6)
    assert [c["id"] for c in creates] == [1] + list(range(first, first + len(creates) - 1))
    assert len(creates) >= 3 or name == "example"
    assert creates[0]["g"] == 0 and creates[0]["func"] == "main.main"
    created: dict[int, str] = {}
    exited: set[int] = set()
    first_call: dict[int, str] = {}
    waiting: set[int] = set()
    for e in evs:
        g = e["g"]
        if g:
            assert g in created and g not in exited, e
        if e["kind"] == "go_create":
            created[e["id"]] = e["func"]
        elif e["kind"] == "call":
            first_call.setdefault(g, e["func"])
        elif e["kind"] == "go_exit":
            exited.add(g)
        elif e["kind"] == "go_block":
            assert g not in waiting
            waiting.add(g)
        elif e["kind"] == "go_unblock":
            assert e["id"] in waiting and e["id"] != g, e
            waiting.remove(e["id"])
    assert first_call == created  # each goroutine starts in the function go_create names
    assert exited == set(created)  # these programs wait for all their goroutines
    assert not waiting


def test_unbuffered_channel_sends_and_receives_pair_up():
    evs = events_of("chans.go")
    made = [e for e in evs if e["kind"] == "alloc" and e["reason"] == "makechan"]
    chans = {e["addr"]: (e["size"] - 96) // 8 for e in made}  # hchan, then cap 8-byte slots
    jobs, results, done = (e["addr"] for e in made)  # made in this order
    assert (chans[jobs], chans[results], chans[done]) == (0, 8, 0)
    ops = [e for e in evs if e["kind"].startswith("chan_")]
    assert {e["chan"] for e in ops} == set(chans)
    for c, cap in chans.items():
        mine = [e for e in ops if e["chan"] == c]
        balance, closed, sends, recvs, eofs = 0, False, 0, 0, 0
        for e in mine:
            assert 0 <= e.get("len", 0) <= cap
            if e["kind"] == "chan_send":
                assert not closed
                balance, sends = balance + 1, sends + 1
            elif e["kind"] == "chan_recv" and e["ok"]:
                balance, recvs = balance - 1, recvs + 1
            elif e["kind"] == "chan_recv":
                assert closed and balance == 0  # only a closed, drained channel says !ok
                eofs += 1
            else:
                closed = True
            if cap == 0:  # a rendezvous: one side never gets ahead by more than one
                assert abs(balance) <= 1 and e.get("len", 0) == 0
            else:
                assert -1 <= balance <= cap + 1
        assert balance == 0 and sends == recvs
        if c == jobs:
            assert (sends, eofs, closed) == (5, 2, True)  # two workers' range loops end
        if c == done:
            assert (sends, eofs, closed) == (2, 0, False)
        if c == results:
            assert (sends, eofs, closed) == (5, 1, True)


def test_select_reports_the_operation_of_the_case_it_chose():
    evs = events_of("select.go")
    a, b, quit = (e["addr"] for e in evs if e["kind"] == "alloc" and e["reason"] == "makechan")
    names = {a: "a", b: "b", quit: "quit"}
    ops = [(e["kind"], names[e["chan"]], e["g"], e["pos"], e.get("ok"), e.get("len"))
           for e in evs if e["kind"] in ("chan_send", "chan_recv")]
    assert ops == [
        ("chan_send", "b", 1, "select.go:12:2", None, 1),  # b <- 7
        ("chan_recv", "b", 1, "select.go:13:2", True, 0),  # select: case <-b, ready at once
        ("chan_send", "b", 1, "select.go:19:2", None, 1),  # b <- 5: b is full now
        ("chan_send", "a", 6, "select.go:21:3", None, 0),  # the goroutine's a <- 1 ...
        ("chan_recv", "a", 1, "select.go:24:2", True, 0),  # ... wakes the blocked select
        ("chan_recv", "quit", 1, "select.go:36:2", False, 0),  # the closed quit
    ]  # the select with a default does no channel operation
    blocks = [(e["g"], e["reason"]) for e in evs if e["kind"] == "go_block"]
    assert blocks == [(1, "select")]


def test_positions_are_the_running_statements():
    program = ('package main\n\nfunc f() int { return 1 }\n\nfunc main() {\n'
               '\tprintln("a"); println("b"); x := f(); println(x)\n\tif x > 0 { println("c") }\n}\n')
    status, raw, _ = trace_text(program, "two.go")
    evs = [json.loads(line) for line in raw.splitlines()]
    assert status == 0
    assert [(e["kind"], e["pos"]) for e in evs if e["kind"] in ("output", "call", "return")] == [
        ("call", "two.go:5:1"),  # main's prologue: the func line, which has no statement
        ("output", "two.go:6:2"), ("output", "two.go:6:16"),
        ("call", "two.go:3:16"), ("return", "two.go:3:16"),  # f's line: its one statement
        ("output", "two.go:6:40"), ("output", "two.go:7:13"),
        ("return", "two.go:8:1"),  # main's closing brace
    ]


def test_go_create_points_at_the_go_statement():
    evs = events_of("gcstack.go", "go_create")
    assert [(e["id"], e["g"], e["pos"]) for e in evs] == [
        (1, 0, "gcstack.go:0:0"), (6, 1, "gcstack.go:58:3"), (7, 1, "gcstack.go:58:3"), (8, 1, "gcstack.go:58:3")]


@pytest.mark.parametrize("name", PROGRAMS)
def test_output_events_are_what_minigo_run_prints(name):
    text = (DATA / name).read_text()
    out, err = io.BytesIO(), io.BytesIO()
    status = run_program(text, name, out, err, env={})
    outputs = events_of(name, "output")
    assert "".join(e["text"] for e in outputs if e["stream"] == "stdout").encode() == out.getvalue()
    assert "".join(e["text"] for e in outputs if e["stream"] == "stderr").encode() == err.getvalue()
    assert traced(name)[0] == status


def test_output_is_one_event_per_write():
    outputs = [(e["stream"], e["text"], e["pos"]) for e in events_of("output.go", "output")]
    assert outputs == [
        ("stdout", "a1\n", "output.go:11:2"),
        ("stderr", "to stderr 2\n", "output.go:12:2"),
        ("stdout", '42-x| 3.14|"é"\n', "output.go:13:2"),
        ("stderr", "no newline", "output.go:14:2"),
        ("stdout", "ababab [1 2] map[k:1]\n", "output.go:15:2"),
        ("stdout", "héllo, 世界\n", "output.go:16:2"),
    ]


INVALID_UTF8 = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Print("a\\xffb\\n")\n\tpanic("\\xfe")\n}\n'


def test_output_that_is_not_utf8_stays_valid_json_text():
    status, raw, err = trace_text(INVALID_UTF8, "bad.go")
    assert status == 2
    raw.encode("utf-8")  # no lone surrogates: the lines are valid UTF-8
    evs = [json.loads(line) for line in raw.splitlines()]
    assert [e["text"] for e in evs if e["kind"] == "output"][0] == "a\ufffdb\n"
    assert [e["value"] for e in evs if e["kind"] == "panic"] == ["\ufffd"]
    out = io.BytesIO()
    run_program(INVALID_UTF8, "bad.go", out, io.BytesIO(), env={})
    assert out.getvalue() == b"a\xffb\n"


def test_panics_report_their_value_and_exit_2():
    evs = events_of("panic.go")
    panics = [e for e in evs if e["kind"] == "panic"]
    assert [(p["value"], p["pos"], p["g"]) for p in panics] == [("too big", "panic.go:12:3", 1)]
    outputs = [e for e in evs if e["kind"] == "output"]
    assert [o["text"] for o in outputs[:2]] == ["ok 1\n", "ok 2\n"]
    assert outputs[-1]["stream"] == "stderr" and outputs[-1]["text"].startswith("panic: too big\n")
    assert evs.index(panics[0]) < evs.index(outputs[-1])
    assert evs[-1] == {"kind": "exit", "g": 0, "pos": "panic.go:0:0", "t_ns": evs[-1]["t_ns"], "status": 2}
    assert not [e for e in evs if e["kind"] == "go_exit"]  # main died


def test_gc_events_account_for_every_object():
    for name, forced in (("autogc.go", False), ("gcstack.go", True)):
        evs = events_of(name)
        live: dict[int, dict] = {}
        cycles, expect, off = [], None, {}
        phase_seq = []
        for e in evs + [{"kind": "end"}]:
            if expect is not None and e["kind"] != "free":
                freed, heap_live, n = expect
                assert n == freed, f"{name}: {n} free events after an off event saying {freed}"
                assert sum(a["span"] for a in live.values()) == heap_live, name
                expect = None
            if e["kind"] == "alloc":
                assert e["addr"] not in live
                live[e["addr"]] = e
            elif e["kind"] == "free":
                assert expect is not None, "a free outside a sweep"
                a = live.pop(e["addr"])
                assert (a["type"], a["span"]) == (e["type"], e["span"])
                assert (e["t_ns"], e["g"], e["pos"]) == (off["t_ns"], off["g"], off["pos"])
                expect = (expect[0], expect[1], expect[2] + 1)
            elif e["kind"] == "gc_phase":
                phase_seq.append((e["cycle"], e["phase"]))
                if e["phase"] == "mark":
                    cycles.append(e["cycle"])
                    assert e["forced"] is forced and e["stw_ns"] > 0
                elif e["phase"] == "off":
                    off = e
                    assert e["stw_ns"] > 0 and e["goal"] > 0
                    expect = (e["freed"], e["heap_live"], 0)
        assert cycles == list(range(1, len(cycles) + 1)) and cycles
        assert phase_seq == [(c, p) for c in cycles for p in ("mark", "marktermination", "off")]
        assert len(events_of(name, "free")) > 0


# ------------------------------------------------------------------ the command line


def cli(*args: str, env_extra=None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("GOGC", "GODEBUG")}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "minigo", "trace", *args], cwd=REPO, env=env,
                          capture_output=True, timeout=300)


@pytest.mark.parametrize("kinds,name", [("alloc", "gcstack.go"), ("gc_phase,free", "autogc.go")])
def test_kinds_filters_the_events_printed(kinds, name):
    path = f"tests/testdata/trace/{name}"
    proc = cli("--kinds", kinds, path)
    assert proc.returncode == 0 and proc.stderr == b""
    evs = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    want = set(kinds.split(","))
    assert evs and {e["kind"] for e in evs} == want
    status, raw, err = trace_text((REPO / path).read_text(), path)
    assert evs == [e for e in map(json.loads, raw.splitlines()) if e["kind"] in want]  # only printing changes


def test_cli_exit_status_is_the_programs():
    proc = cli("tests/testdata/trace/panic.go")
    assert proc.returncode == 2 and proc.stderr == b""
    last = json.loads(proc.stdout.decode().splitlines()[-1])
    assert last["kind"] == "exit" and last["status"] == 2


def test_an_unknown_kind_is_a_one_line_error():
    proc = cli("--kinds", "alloc,bogus", "tests/testdata/trace/allocs.go")
    assert proc.returncode == 1 and proc.stdout == b""
    lines = proc.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("minigo trace: unknown event kind bogus")
    for kind in KINDS:
        assert kind in lines[0]


COMPILE_ERROR = "package main\n\nfunc main() {\n\tx := 1\n\tvar s string = 5\n}\n"


def test_a_compile_error_is_reported_as_go_build_does(tmp_path):
    (tmp_path / "bad.go").write_text(COMPILE_ERROR)
    proc = cli(str(tmp_path / "bad.go"))
    assert proc.returncode == 1 and proc.stdout == b""
    # go build (go1.19.8) prints these two lines for this file
    assert proc.stderr.decode().splitlines() == [
        f"{tmp_path / 'bad.go'}:4:2: x declared but not used",
        f"{tmp_path / 'bad.go'}:5:17: cannot use 5 (untyped int constant) as string value in variable declaration",
    ]
    status, raw, err = trace_text(COMPILE_ERROR, "bad.go")
    assert (status, raw) == (1, "") and err.decode().splitlines()[0] == "bad.go:4:2: x declared but not used"


def test_cli_output_is_valid_utf8_even_under_a_strict_encoding(tmp_path):
    (tmp_path / "bad.go").write_text(INVALID_UTF8)
    proc = cli(str(tmp_path / "bad.go"), env_extra={"PYTHONIOENCODING": "utf-8:strict"})
    assert proc.returncode == 2, proc.stderr
    evs = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert evs[-1]["kind"] == "exit"


if __name__ == "__main__":  # rewrite docs/trace.md's JSON examples from a fresh run
    regen_docs()
