#!/usr/bin/env python3
"""Record the goroutine ids Go 1.19 prints in tracebacks, for tests/testdata/goids.

With one P (GOMAXPROCS=1, minigo's model) the ids a program's goroutines get are fixed:
main is 1 and the runtime starts three of its own before main.main.  For each NAME.go
this runs ``go run`` with GOMAXPROCS=1 and writes NAME.goids: the lines of stderr that
start with ``panic:``, ``fatal error:`` or ``goroutine N [state]:``.  Goldens come from
Go, never from minigo.

Usage: python3 scripts/regen_goids.py [--check] [NAME ...]
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "testdata" / "goids"
sys.path.insert(0, str(REPO / "scripts"))
import gotool  # noqa: E402

PROG = "regen_goids"
HEADERS = re.compile(r"^(panic: .*|fatal error: .*|goroutine \d+ \[[^\]]*\]:)$", re.M)


def headers(stderr: str) -> str:
    return "".join(m.group(0) + "\n" for m in HEADERS.finditer(stderr))


def record(src: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("GOTRACEBACK", "GODEBUG", "GOMAXPROCS")}
    env |= {"GOMAXPROCS": "1", "GO111MODULE": "off", "GOFLAGS": ""}
    p = subprocess.run(["go", "run", src.name], cwd=src.parent, env=env, capture_output=True,
                       text=True, timeout=300)
    return headers(p.stderr)


def main() -> int:
    args = gotool.golden_args(PROG, __doc__)
    return gotool.write_goldens(PROG, CORPUS, args.names, ".goids", record, args.check)


if __name__ == "__main__":
    sys.exit(main())
