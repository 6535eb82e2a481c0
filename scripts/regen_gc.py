#!/usr/bin/env python3
"""Record what Go 1.19 binaries print (stdout and gctrace) for the GC / append goldens.

README: these goldens come from the real Go toolchain, never from minigo. Do not write a
``.out`` or ``.gctrace.json`` file by hand or from ``minigo run``; rerun this script.

For every ``tests/testdata/gc/NAME.go`` this script builds the program in a temp directory
(as ``scripts/regen_run.py`` does: ``GO111MODULE=off``, ``GOFLAGS=`` empty,
``CGO_ENABLED=0``, a temp ``GOCACHE``) and runs the binary ``RUNS`` (5) times, one run at
a time, with an empty stdin and the environment less ``GOTRACEBACK``/``GODEBUG``/``GOGC``/
``GOMAXPROCS``/``GOMEMLIMIT``, plus::

    GOMAXPROCS=1 GODEBUG=gctrace=1            (GOGC unset: the default 100)

and records

``NAME.out``
    the program's stdout, exact bytes; every run must print the same bytes and exit 0;
``NAME.gctrace.json``
    for each run, the gc lines Go wrote to stderr (``lines``, raw text) and their fields
    (``cycles``: cycle number, heap0/heap1/heap2, goal, stacks and globals in MB, P, forced),
    parsed with ``tests/machine/gctrace.py``, which is strict: a stderr line that is not a
    gctrace line in Go's exact format is an error. Also the Go version, the environment,
    and the SHA-256 of the program it was recorded from.

The stdout is deterministic; the gctrace is not. Even with one P the concurrent mark
races the program's allocation, so heap numbers (and, for some programs, the number of
cycles) change from run to run; the five runs show how much. ``--check`` therefore
requires, besides identical ``.out`` files, only what the runs share: the recorded
source hash, Go version and environment are current; each fresh run has the recorded
number of forced cycles and every line parses; and the fresh runs' range of gc line counts
overlaps the recorded range. Heap differences are reported, not failed on.

Usage::

    python3 scripts/regen_gc.py              # rewrite the .out/.gctrace.json files
    python3 scripts/regen_gc.py --check      # verify they are current, write nothing
    python3 scripts/regen_gc.py NAME ...     # only these programs (no orphan check)

Needs go1.19 on PATH; exits 1 otherwise, on a build failure, a timeout, a failing or
nondeterministic program, an unexpected stderr line, and with ``--check`` on drift.
Standard library only (plus the parser beside the tests).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import gotool  # scripts/gotool.py, beside this script
from regen_run import _DROP_ENV, BUILD_TIMEOUT, RUN_TIMEOUT, Failure

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "testdata" / "gc"
sys.path.insert(0, str(ROOT / "tests" / "machine"))
from gctrace import GctraceFormatError, parse_line  # tests/machine/gctrace.py

PROG = "regen_gc"
RUNS = 5
RUN_ENV = {"GOMAXPROCS": "1", "GODEBUG": "gctrace=1"}
SUFFIXES = (".out", ".gctrace.json")


def die(msg: str) -> None:
    gotool.die(PROG, msg)


def build_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _DROP_ENV}
    env.update(GO111MODULE="off", GOFLAGS="", GOCACHE=str(tmp / "gocache"),
               GOPATH=str(tmp / "gopath"), CGO_ENABLED="0", LC_ALL="C")
    return env


def gc_lines(name: str, stderr: bytes) -> list[str]:
    """The gctrace lines of one run's stderr; Failure on any other line or a malformed one."""
    lines = stderr.decode("utf-8", errors="replace").splitlines()
    for line in lines:
        try:
            parse_line(line)
        except GctraceFormatError as exc:
            raise Failure(f"{name}: unexpected stderr line: {exc}") from None
    return lines


def trace_run(lines: list[str]) -> dict:
    return {"lines": lines, "cycles": [parse_line(s).summary() for s in lines]}


def record(src: Path, tmp: Path, env: dict[str, str], version: str) -> tuple[bytes, dict]:
    """(stdout, gctrace record) of RUNS runs of the built program."""
    work = tmp / src.stem
    work.mkdir()
    exe = work / "prog"
    (work / src.name).write_bytes(src.read_bytes())
    b = subprocess.run(["go", "build", "-o", str(exe), src.name], cwd=work, env=env,
                       capture_output=True, timeout=BUILD_TIMEOUT, check=False)
    if b.returncode != 0:
        raise Failure(f"{src.name}: go build exited {b.returncode}\n{b.stderr.decode(errors='replace')}")
    run_env = env | RUN_ENV  # env already lacks GOGC, GODEBUG, GOMAXPROCS, ...
    stdouts, runs = [], []
    for _ in range(RUNS):
        try:
            p = subprocess.run([str(exe)], cwd=work, env=run_env, stdin=subprocess.DEVNULL,
                               capture_output=True, timeout=RUN_TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            raise Failure(f"{src.name}: timed out after {RUN_TIMEOUT}s") from None
        if p.returncode != 0:
            raise Failure(f"{src.name}: exited {p.returncode}\n{p.stderr.decode(errors='replace')}")
        stdouts.append(p.stdout)
        runs.append(trace_run(gc_lines(src.name, p.stderr)))
    if any(s != stdouts[0] for s in stdouts[1:]):
        raise Failure(f"{src.name}: not deterministic (stdout differs between runs)")
    trace = {"program": src.name, "source_sha256": hashlib.sha256(src.read_bytes()).hexdigest(),
             "go_version": version, "env": RUN_ENV, "runs": runs}
    return stdouts[0], trace


def to_json(trace: dict) -> bytes:
    """The record as indented JSON, with each cycle's fields on one line."""
    head = {k: v for k, v in trace.items() if k != "runs"}
    parts = [json.dumps(head, indent=1)[:-2] + ',\n "runs": [']

    def items(values: list) -> str:
        if not values:
            return "[]"
        return "[\n" + ",\n".join(f"    {json.dumps(v)}" for v in values) + "\n   ]"

    for i, run in enumerate(trace["runs"]):
        sep = "," if i < len(trace["runs"]) - 1 else ""
        parts.append(f'  {{\n   "lines": {items(run["lines"])},\n   "cycles": {items(run["cycles"])}\n  }}{sep}')
    parts.append(" ]\n}\n")
    text = "\n".join(parts)
    if json.loads(text) != trace:
        raise AssertionError("to_json: the compact layout changed the record")
    return text.encode()


def _counts(trace: dict) -> list[int]:
    return [len(r["lines"]) for r in trace["runs"]]


def _forced(trace: dict) -> list[int]:
    return [sum(c["forced"] for c in r["cycles"]) for r in trace["runs"]]


def _last_heap2(trace: dict) -> list[int | None]:
    return [r["cycles"][-1]["heap2_mb"] if r["cycles"] else None for r in trace["runs"]]


def compare_trace(name: str, old: dict, new: dict) -> tuple[list[str], list[str]]:
    """(drift, notes) between a recorded and a fresh gctrace record (module docstring)."""
    drift, notes = [], []
    for key in ("program", "source_sha256", "go_version", "env"):
        if old.get(key) != new[key]:
            drift.append(f"{name}: {key} {old.get(key)!r} recorded, now {new[key]!r}")
    try:
        for run in old["runs"]:
            if [parse_line(s).summary() for s in run["lines"]] != run["cycles"]:
                drift.append(f"{name}: recorded cycles do not match their lines")
    except (KeyError, TypeError, GctraceFormatError) as exc:
        drift.append(f"{name}: recorded gctrace unreadable: {exc}")
        return drift, notes
    if set(_forced(old)) != set(_forced(new)):
        drift.append(f"{name}: forced cycles per run {_forced(old)} recorded, now {_forced(new)}")
    oc, nc = _counts(old), _counts(new)
    if max(oc) < min(nc) or max(nc) < min(oc):
        drift.append(f"{name}: gc lines per run {oc} recorded, now {nc}")
    elif sorted(oc) != sorted(nc):
        notes.append(f"{name}: gc lines per run {oc} recorded, now {nc}")
    if _last_heap2(old) != _last_heap2(new):
        notes.append(f"{name}: heap2 of the last line {_last_heap2(old)} recorded, now {_last_heap2(new)}")
    return drift, notes


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify recorded files, write nothing")
    ap.add_argument("names", nargs="*", help="only these programs (NAME or NAME.go)")
    args = ap.parse_args()
    version = gotool.require_go119(PROG)[1]
    sources = gotool.corpus_sources(PROG, CORPUS, args.names)
    results: dict[Path, tuple[bytes, dict]] = {}
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="regen_gc_") as td:
        tmp = Path(td)
        env = build_env(tmp)
        # One program at a time: a busy machine changes the gctrace.
        for src in sources:
            try:
                results[src] = record(src, tmp, env, version)
            except Failure as exc:
                failures.append(str(exc))
            except subprocess.TimeoutExpired:
                failures.append(f"{src.name}: go build timed out")
    if failures:
        for f in failures:
            print(f"{PROG}: {f}", file=sys.stderr)
        return 1
    drift: list[str] = []
    notes: list[str] = []
    for src, (stdout, trace) in results.items():
        out = src.with_suffix(".out")
        js = src.with_suffix(".gctrace.json")
        if args.check:
            if not out.exists() or out.read_bytes() != stdout:
                drift.append(f"{out.name}: missing or differs from Go's stdout")
            if not js.exists():
                drift.append(f"{js.name}: missing")
            else:
                try:
                    old = json.loads(js.read_text())
                except ValueError as exc:
                    drift.append(f"{js.name}: not JSON: {exc}")
                else:
                    d, n = compare_trace(src.name, old, trace)
                    drift += d
                    notes += n
        else:
            out.write_bytes(stdout)
            js.write_bytes(to_json(trace))
        print(f"{PROG}: {src.stem}: gc lines per run {_counts(trace)}, "
              f"heap2 of the last line {_last_heap2(trace)} MB")
    orphans = []
    if not args.names:
        stems = {s.stem for s in sources}
        orphans = sorted(p.name for p in CORPUS.iterdir()
                         if p.name.endswith(SUFFIXES) and p.name.split(".")[0] not in stems)
    if args.check:
        drift += [f"{o}: no program" for o in orphans]
        for n in notes:
            print(f"{PROG}: note (Go's gctrace varies between runs): {n}")
        if drift:
            print(f"{PROG}: out of date (run scripts/regen_gc.py):", file=sys.stderr)
            for d in drift:
                print(f"  {d}", file=sys.stderr)
            return 1
        print(f"{PROG}: {len(sources)} programs current ({version})")
        return 0
    for o in orphans:
        (CORPUS / o).unlink()
    print(f"{PROG}: recorded {len(sources)} programs with {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
