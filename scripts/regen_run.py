#!/usr/bin/env python3
"""Record what Go 1.19 binaries print for the ``minigo run`` golden corpus.

For every ``tests/testdata/run/NAME.go`` this script, in its own temp directory
(``GO111MODULE=off``, ``GOFLAGS=`` empty, ``CGO_ENABLED=0``, a temp ``GOCACHE``), runs::

    go build -o prog NAME.go
    ./prog                       (the binary, not `go run`, which rewrites the exit status)

with a timeout, an empty stdin, and ``GOTRACEBACK``/``GODEBUG``/``GOGC``/``GOMAXPROCS``
removed from the environment, and records

``NAME.stdout``
    the program's stdout, exact bytes;
``NAME.stderr``
    its stderr, bytes, normalised so the file is the same on every machine:

    * the absolute path of the build directory is dropped, so a frame's file reads
      ``\\tNAME.go:LINE`` (the file name ``run_program`` is given) instead of
      ``\\t/tmp/regen_run_XXXX/NAME/NAME.go:LINE``;
    * the Go root (``go env GOROOT``, e.g. ``/usr/lib/go-1.19``) becomes ``$GOROOT``
      (runtime frames of ``fatal error`` traces: ``$GOROOT/src/runtime/proc.go:363``);
    * every hexadecimal number ``0x[0-9a-f]+`` becomes ``0x?``: frame offsets
      (``+0x1d`` -> ``+0x?``), argument words (``main.f(0xc000012345, 0x3)`` ->
      ``main.f(0x?, 0x?)``; Go's ``0x0?``, a possibly inaccurate word, reads ``0x??``),
      ``pc=``/``addr=``/``code=`` of signal lines;
    * the number of every goroutine but the main one becomes ``?`` (``goroutine 18 [running]:``
      -> ``goroutine ? [running]:``): Go numbers a program's goroutines after the runtime's
      own, and how many of those exist by then varies from run to run (6 or 18 for the
      first ``go`` statement); ``goroutine 1`` is kept;

    the first line (``panic: ...``, ``fatal error: ...``) never holds a path and, in
    this corpus, no address, so it is Go's exact text;
``NAME.status``
    the exit status as a decimal line (``0``; ``2`` for panics and fatal errors).

``GO_VERSION`` records the toolchain. Programs are built and run in parallel.

Usage::

    python3 scripts/regen_run.py              # rewrite the .stdout/.stderr/.status files
    python3 scripts/regen_run.py --check      # verify they are current, write nothing
    python3 scripts/regen_run.py --repeat 5   # run every binary 5 times; differing runs are an error
    python3 scripts/regen_run.py NAME ...     # only these programs (no orphan check)

Needs go1.19 on PATH; exits 1 otherwise, on a build failure, a timeout, a
nondeterministic program (with ``--repeat``), and with ``--check`` on drift
(missing, stale or orphaned recorded files). Standard library only.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import gotool  # scripts/gotool.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "testdata" / "run"
SUFFIXES = (".stdout", ".stderr", ".status")
RUN_TIMEOUT = 20  # seconds per run of a binary
BUILD_TIMEOUT = 300
_HEX = re.compile(rb"0x[0-9a-f]+")
_GOROUTINE = re.compile(rb"^goroutine (?!1 )[0-9]+ \[", re.M)
_DROP_ENV = ("GOTRACEBACK", "GODEBUG", "GOGC", "GOMAXPROCS", "GOMEMLIMIT")


class Failure(Exception):
    pass


def die(msg: str) -> None:
    gotool.die("regen_run", msg)


def normalise_stderr(raw: bytes, workdir: str, goroot: str) -> bytes:
    """Go's stderr with the build directory, GOROOT and hex numbers made machine-independent."""
    out = raw.replace(workdir.encode() + b"/", b"")
    if goroot:
        out = out.replace(goroot.encode(), b"$GOROOT")
    out = _GOROUTINE.sub(b"goroutine ? [", out)
    return _HEX.sub(b"0x?", out)


def record(src: Path, tmp: Path, env: dict[str, str], goroot: str, repeat: int) -> dict[str, bytes]:
    work = tmp / src.stem
    work.mkdir()
    shutil.copyfile(src, work / src.name)
    exe = work / "prog"
    b = subprocess.run(["go", "build", "-o", str(exe), src.name], cwd=work, env=env,
                       capture_output=True, timeout=BUILD_TIMEOUT)
    if b.returncode != 0:
        raise Failure(f"{src.name}: go build exited {b.returncode}\n{b.stderr.decode(errors='replace')}")
    runs = []
    for _ in range(repeat):
        try:
            p = subprocess.run([str(exe)], cwd=work, env=env, stdin=subprocess.DEVNULL,
                               capture_output=True, timeout=RUN_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise Failure(f"{src.name}: timed out after {RUN_TIMEOUT}s") from None
        runs.append({".stdout": p.stdout,
                     ".stderr": normalise_stderr(p.stderr, str(work), goroot),
                     ".status": f"{p.returncode}\n".encode()})
    for other in runs[1:]:
        if other != runs[0]:
            which = [s for s in SUFFIXES if other[s] != runs[0][s]]
            raise Failure(f"{src.name}: not deterministic ({', '.join(which)} differ between runs)")
    return runs[0]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify recorded files, write nothing")
    ap.add_argument("--repeat", type=int, default=1, help="run each binary N times; all runs must agree")
    ap.add_argument("names", nargs="*", help="only these programs (NAME or NAME.go)")
    args = ap.parse_args()
    version = gotool.require_go119("regen_run")[0]
    goroot = subprocess.run(["go", "env", "GOROOT"], capture_output=True, text=True).stdout.strip()
    sources = gotool.corpus_sources("regen_run", CORPUS, args.names)
    drift: list[str] = []
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="regen_run_") as td:
        tmp = Path(td)
        env = {k: v for k, v in os.environ.items() if k not in _DROP_ENV}
        env.update(GO111MODULE="off", GOFLAGS="", GOCACHE=str(tmp / "gocache"),
                   GOPATH=str(tmp / "gopath"), CGO_ENABLED="0", LC_ALL="C")
        # Warm the cache for the imported packages once, so parallel builds don't race to fill it.
        warm = tmp / "warm"
        warm.mkdir()
        (warm / "w.go").write_text('package main\n\nimport (\n\t"errors"\n\t"fmt"\n\t"runtime"\n'
                                   '\t"strings"\n\t"sync"\n\t"time"\n)\n\nvar _ = errors.New\n'
                                   'var _ = runtime.GC\nvar _ = strings.Repeat\nvar _ sync.Mutex\n'
                                   'var _ = time.Sleep\n\nfunc main() { fmt.Println() }\n')
        subprocess.run(["go", "build", "-o", os.devnull, "w.go"], cwd=warm, env=env,
                       capture_output=True, timeout=BUILD_TIMEOUT)
        workers = min(8, os.cpu_count() or 2)
        with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(record, s, tmp, env, goroot, max(1, args.repeat)): s for s in sources}
            results = {}
            for fut in concurrent.futures.as_completed(futures):
                src = futures[fut]
                try:
                    results[src] = fut.result()
                except Failure as exc:
                    failures.append(str(exc))
                except subprocess.TimeoutExpired:
                    failures.append(f"{src.name}: go build timed out")
    if failures:
        for f in sorted(failures):
            print(f"regen_run: {f}", file=sys.stderr)
        return 1
    for src in sources:
        for suffix, data in results[src].items():
            dest = src.with_suffix(suffix)
            current = dest.read_bytes() if dest.exists() else None
            if current != data:
                if args.check:
                    drift.append(dest.name)
                else:
                    dest.write_bytes(data)
    orphans = []
    if not args.names:
        stems = {s.stem for s in sources}
        orphans = sorted(p.name for p in CORPUS.iterdir() if p.suffix in SUFFIXES and p.stem not in stems)
    vfile = CORPUS / "GO_VERSION"
    vtext = (version.split()[2] if len(version.split()) > 2 else version) + "\n"
    if args.check:
        drift += orphans
        if not vfile.exists() or vfile.read_text() != vtext:
            drift.append("GO_VERSION")
        if drift:
            print("regen_run: out of date (run scripts/regen_run.py):", file=sys.stderr)
            for d in drift:
                print(f"  {d}", file=sys.stderr)
            return 1
        print(f"regen_run: {len(sources)} programs current ({version})")
        return 0
    for o in orphans:
        (CORPUS / o).unlink()
    vfile.write_text(vtext)
    print(f"regen_run: recorded {len(sources)} programs with {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
