#!/usr/bin/env python3
"""Record Go 1.19's escape-analysis diagnostics for the escape corpus.

For every ``tests/testdata/escape/NAME.go`` this script, in a fresh temp dir
(``GO111MODULE=off``, ``GOFLAGS=`` empty, a temp ``GOCACHE``), runs::

    go build -o /dev/null -gcflags='-m -l'   NAME.go   -> NAME.m
    go build -o /dev/null -gcflags='-m=2 -l' NAME.go   -> NAME.m2
    go run NAME.go                                      -> NAME.out (stdout)

``NAME.m`` / ``NAME.m2`` hold the compiler's stderr with the
``# command-line-arguments`` header dropped and every ``./NAME.go:`` (line
prefixes and ``-m=2``'s ``at ./NAME.go:L:C``) shortened to ``NAME.go:``; Go's emission order is kept exactly (an empty file means Go printed
nothing). Each build must exit 0 and ``go run`` must exit 0; the programs are
deterministic, so ``NAME.out`` is stable. ``GO_VERSION`` records the toolchain.

Usage::

    python3 scripts/regen_escape.py            # rewrite the .m/.m2/.out files
    python3 scripts/regen_escape.py --check    # verify they are current, write nothing

Needs go1.19 on PATH; exits 1 otherwise, on any build/run failure, and with
``--check`` on drift (missing, stale or orphaned recorded files). Standard library only.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import gotool  # scripts/gotool.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "testdata" / "escape"
SUFFIXES = (".m", ".m2", ".out")


def die(msg: str) -> None:
    gotool.die("regen_escape", msg)


def go_version() -> str:
    return gotool.require_go119("regen_escape")[0]


def clean(stderr: str, name: str) -> str:
    lines = stderr.splitlines(keepends=True)
    if lines and lines[0].startswith("# command-line-arguments"):
        lines = lines[1:]
    # `./NAME.go:` -> `NAME.go:` everywhere (line prefixes and -m=2 "at ./NAME.go:L:C").
    return "".join(lines).replace(f"./{name}:", f"{name}:")


def run(cmd: list[str], cwd: Path, env: dict[str, str], what: str) -> subprocess.CompletedProcess:
    p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    if p.returncode != 0:
        die(f"{what}: `{' '.join(cmd)}` exited {p.returncode}\n{p.stdout}{p.stderr}")
    return p


def record(src: Path, tmp: Path, env: dict[str, str]) -> dict[str, str]:
    work = tmp / src.stem
    work.mkdir()
    shutil.copyfile(src, work / src.name)
    name = src.name
    res = {}
    for suffix, flag in ((".m", "-m -l"), (".m2", "-m=2 -l")):
        p = run(["go", "build", "-o", os.devnull, f"-gcflags={flag}", name], work, env, name)
        res[suffix] = clean(p.stderr, name)
    p = run(["go", "run", name], work, env, name)
    res[".out"] = p.stdout
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify recorded files, write nothing")
    args = ap.parse_args()
    version = go_version()
    sources = sorted(CORPUS.glob("*.go"))
    if not sources:
        die(f"no .go files in {CORPUS}")
    drift: list[str] = []
    with tempfile.TemporaryDirectory(prefix="regen_escape_") as td:
        tmp = Path(td)
        env = dict(os.environ)
        env.update(GO111MODULE="off", GOFLAGS="", GOCACHE=str(tmp / "gocache"),
                   GOPATH=str(tmp / "gopath"), CGO_ENABLED="0", LC_ALL="C")
        for src in sources:
            for suffix, text in record(src, tmp, env).items():
                dest = src.with_suffix(suffix)
                if args.check:
                    if not dest.exists() or dest.read_text() != text:
                        drift.append(dest.name)
                elif not dest.exists() or dest.read_text() != text:
                    dest.write_text(text)
    stems = {s.stem for s in sources}
    orphans = sorted(p.name for p in CORPUS.iterdir() if p.suffix in SUFFIXES and p.stem not in stems)
    vfile = CORPUS / "GO_VERSION"
    vtext = version.split()[2] + "\n" if len(version.split()) > 2 else version + "\n"
    if args.check:
        drift += orphans
        if not vfile.exists():
            drift.append("GO_VERSION")
        if drift:
            print("regen_escape: out of date (run scripts/regen_escape.py):", file=sys.stderr)
            for d in drift:
                print(f"  {d}", file=sys.stderr)
            return 1
        print(f"regen_escape: {len(sources)} programs current ({version})")
        return 0
    for o in orphans:
        (CORPUS / o).unlink()
    vfile.write_text(vtext)
    print(f"regen_escape: recorded {len(sources)} programs with {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
