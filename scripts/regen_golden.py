#!/usr/bin/env python3
"""Record what real Go says about the front-end test corpus.

The corpus lives in ``tests/testdata/check``:

``valid/*.go``
    programs in the minigo subset; Go must build each one silently.
``unsupported/*.go``
    valid Go outside the subset (generics, goto, other packages, ...); Go must
    build each one silently too. Their expected minigo error is a ``// want:``
    comment written by hand, not recorded here.
``invalid/*.go``
    programs Go rejects. For each ``NAME.go`` this script writes ``NAME.err``:
    what ``go build`` prints on stderr, minus the ``# command-line-arguments``
    header, with every ``./NAME.go:`` (or temp-dir path) prefix shortened to
    ``NAME.go:``. Continuation lines (a leading tab) and Go's ``too many errors``
    line are kept exactly as Go prints them.

It also writes ``GO_VERSION`` (the ``go version`` line) so the goldens say which
toolchain produced them. Each file is built alone, in its own temp directory,
as ``go build -o /dev/null NAME.go`` with ``GOFLAGS=`` and ``GO111MODULE=off``.

Usage::

    python3 scripts/regen_golden.py            # rebuild goldens, report failures
    python3 scripts/regen_golden.py --check    # verify goldens, write nothing

Needs Go 1.19 on PATH (``apt-get install -y golang-go``); exits 1 otherwise,
and exits 1 when any file does not behave as its directory promises or, with
``--check``, when any golden is missing or out of date. Standard library only.
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
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "testdata" / "check"
ACCEPTED_DIRS = ("valid", "unsupported")
REJECTED_DIR = "invalid"
VERSION_FILE = "GO_VERSION"
REQUIRED_GO = "go1.19"
HEADER = "# command-line-arguments"
BUILD_TIMEOUT = 120  # seconds per file


@dataclass(frozen=True)
class Outcome:
    """What happened when Go built one corpus file."""

    path: Path
    returncode: int
    stdout: str
    stderr: str  # already normalized


def find_go(explicit: str | None) -> str:
    go = explicit or shutil.which("go")
    if not go:
        sys.exit("regen_golden: `go` is not on PATH; install Go 1.19 "
                 "(apt-get install -y golang-go) and rerun.")
    return go


def go_version(go: str) -> str:
    try:
        out = subprocess.run([go, "version"], capture_output=True, text=True,
                             check=True, timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError) as exc:
        sys.exit(f"regen_golden: cannot run `{go} version`: {exc}")
    if not re.search(rf"\b{re.escape(REQUIRED_GO)}(\.\d+)?\b", out):
        sys.exit(f"regen_golden: the goldens are recorded with {REQUIRED_GO}, "
                 f"but `{go} version` says: {out!r}")
    return out


def build_env(scratch: Path) -> dict[str, str]:
    """Environment for ``go build``: no user GOFLAGS, GOPATH mode, a writable cache."""
    env = dict(os.environ)
    env["GOFLAGS"] = ""
    env["GO111MODULE"] = "off"
    env["GOTOOLCHAIN"] = "local"  # newer go commands must not fetch another toolchain
    env.pop("GOOS", None)
    env.pop("GOARCH", None)
    home = env.get("HOME", "")
    if not home or not os.access(home, os.W_OK):
        env["GOCACHE"] = str(scratch / "gocache")
        env["GOPATH"] = str(scratch / "gopath")
    return env


def normalize(stderr: str, name: str, dirs: list[str]) -> str:
    """Drop the package header and shorten ``./NAME.go:`` and ``/tmp/x/NAME.go:`` to ``NAME.go:``."""
    lines = [ln for ln in stderr.splitlines() if ln != HEADER]
    prefixes = ["./"] + [d.rstrip("/") + "/" for d in dirs]
    out = []
    for ln in lines:
        for p in prefixes:
            ln = ln.replace(p + name + ":", name + ":")
        out.append(ln)
    return "".join(ln + "\n" for ln in out)


def build_one(go: str, path: Path, env: dict[str, str], scratch: Path) -> Outcome:
    work = Path(tempfile.mkdtemp(prefix="build-", dir=scratch))
    try:
        shutil.copyfile(path, work / path.name)
        proc = subprocess.run([go, "build", "-o", os.devnull, path.name], cwd=work, env=env,
                              capture_output=True, text=True, timeout=BUILD_TIMEOUT)
        dirs = [str(work), os.path.realpath(work)]
        return Outcome(path, proc.returncode, proc.stdout,
                       normalize(proc.stderr, path.name, dirs))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def corpus_files() -> list[Path]:
    files: list[Path] = []
    for d in ACCEPTED_DIRS + (REJECTED_DIR,):
        files.extend(sorted((CORPUS / d).glob("*.go")))
    return files


def rel(p: Path) -> str:
    try:
        return str(p.relative_to(REPO))
    except ValueError:
        return str(p)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="verify that the goldens are up to date; write nothing")
    ap.add_argument("--go", help="go binary to use (default: `go` on PATH)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2,
                    help="parallel builds (default: CPU count)")
    args = ap.parse_args(argv)

    go = find_go(args.go)
    version = go_version(go)
    problems: list[str] = []   # Go disagrees with the directory a file sits in
    drift: list[str] = []      # goldens that differ from what Go says now
    written: list[str] = []

    files = corpus_files()
    if not files:
        print(f"regen_golden: no .go files under {rel(CORPUS)}", file=sys.stderr)
        return 1

    with tempfile.TemporaryDirectory(prefix="minigo-golden-") as tmp:
        scratch = Path(tmp)
        env = build_env(scratch)
        with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
            outcomes = list(pool.map(lambda p: build_one(go, p, env, scratch), files))

    for o in outcomes:
        kind = o.path.parent.name
        output = (o.stdout + o.stderr).strip()
        if kind in ACCEPTED_DIRS:
            if o.returncode != 0 or output:
                problems.append(f"{rel(o.path)}: Go should accept it but exited {o.returncode}:\n"
                                + "".join(f"    {ln}\n" for ln in output.splitlines()))
            continue
        if o.returncode == 0:
            problems.append(f"{rel(o.path)}: Go should reject it but built it")
            continue
        if not o.stderr.strip():
            problems.append(f"{rel(o.path)}: Go exited {o.returncode} without any error text")
            continue
        golden = o.path.with_suffix(".err")
        old = golden.read_text() if golden.exists() else None
        if old == o.stderr:
            continue
        if args.check:
            drift.append(f"{rel(golden)}: " + ("missing" if old is None else "out of date"))
        else:
            golden.write_text(o.stderr)
            written.append(rel(golden))

    # .err files whose program is gone.
    for golden in sorted((CORPUS / REJECTED_DIR).glob("*.err")):
        if not golden.with_suffix(".go").exists():
            if args.check:
                drift.append(f"{rel(golden)}: stale (no {golden.with_suffix('.go').name})")
            else:
                golden.unlink()
                written.append(f"{rel(golden)} (removed)")

    version_file = CORPUS / VERSION_FILE
    recorded = version_file.read_text().strip() if version_file.exists() else None
    if recorded != version:
        if args.check and recorded and REQUIRED_GO in recorded:
            # Another go1.19.x patch release: the .err comparison above is what counts.
            print(f"regen_golden: note: goldens recorded with {recorded!r}, checked with {version!r}")
        elif args.check:
            drift.append(f"{rel(version_file)}: says {recorded!r}, but `go version` is {version!r}")
        else:
            version_file.write_text(version + "\n")
            written.append(rel(version_file))

    counts = {d: len(list((CORPUS / d).glob("*.go"))) for d in ACCEPTED_DIRS + (REJECTED_DIR,)}
    summary = ", ".join(f"{n} {d}" for d, n in counts.items())
    print(f"regen_golden: {version}; built {len(outcomes)} files ({summary})")
    for line in written:
        print(f"  wrote {line}")
    for line in problems:
        print(f"  FAIL {line}", file=sys.stderr)
    for line in drift:
        print(f"  DRIFT {line}", file=sys.stderr)
    if drift:
        print("regen_golden: goldens are out of date; run scripts/regen_golden.py", file=sys.stderr)
    if problems or drift:
        return 1
    print("regen_golden: OK" + (" (goldens up to date)" if args.check else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
