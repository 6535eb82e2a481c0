#!/usr/bin/env python3
"""Record what Delve prints for the debugger transcripts in tests/testdata/debug.

For each NAME.go with its NAME.cmds (one command per line), this copies the program to a
temporary module as main.go, runs ``dlv debug`` with the commands on stdin, and writes
NAME.dlv: Delve's reply to each command, separated by lines ``--- COMMAND``.  Goldens
come from Delve and Go, never from minigo.  What only a native debugger has is removed:
colours, ``(PC: 0x...)`` (``(PC: ...)`` without ``0x`` after ``Frame N:``) and the ``0x... for``
of "Breakpoint N set at".  Two things are made the same everywhere: the process id is
written as 1, and the runtime's files in ``stack`` are under this machine's GOROOT
(``/usr/lib/go-1.19`` from a distribution's package), written as ``/usr/local/go``, where
Go's own binary distribution installs and so what most Delve users see; minigo prints that
path.

Usage: python3 scripts/regen_dlv.py [--check] [NAME ...]
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "testdata" / "debug"
sys.path.insert(0, str(REPO / "scripts"))
import gotool  # noqa: E402

PROG = "regen_dlv"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


GOROOT = "/usr/local/go"  # the GOROOT the transcripts show (minigo.debug.values.GOROOT)


def goroot() -> str:
    return subprocess.run(["go", "env", "GOROOT"], stdout=subprocess.PIPE, text=True, check=True).stdout.strip()


def normalise(raw: str, root: str = "") -> str:
    text = _ANSI.sub("", raw)
    if root:
        text = text.replace(f" at {root}/src/", f" at {GOROOT}/src/")
    text = re.sub(r" \(PC: (0x)?[0-9a-f]+\)", "", text)
    text = re.sub(r" set at 0x[0-9a-f]+ for ", " set at ", text)
    text = re.sub(r"Process \d+ has exited", "Process 1 has exited", text)  # minigo's process is 1
    text = re.sub(r"Process restarted with PID \d+", "Process restarted with PID 1", text)
    return text


def transcript(raw: str, commands: list[str], root: str = "") -> str:
    """Delve's output split at its prompts, one section per command."""
    chunks = normalise(raw, root).split("(dlv) ")[1:]  # the first is the banner
    out = []
    for cmd, chunk in zip(commands, chunks):
        out.append(f"--- {cmd}\n{chunk}")
    return "".join(out)


def record(src: Path) -> str:
    commands = [c for c in src.with_suffix(".cmds").read_text().splitlines() if c.strip()]
    with tempfile.TemporaryDirectory(prefix="regen_dlv_") as td:
        shutil.copy(src, Path(td) / "main.go")
        (Path(td) / "go.mod").write_text("module prog\n\ngo 1.19\n")
        p = subprocess.run(["dlv", "debug", "--allow-non-terminal-interactive=true"], cwd=td,
                           input="\n".join(commands) + "\n", stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True, timeout=300)  # in the order printed
    return transcript(p.stdout, commands, goroot())


def main() -> int:
    args = gotool.golden_args(PROG, __doc__)
    if shutil.which("dlv") is None:
        gotool.die(PROG, "dlv not found (apt-get install delve)")
    return gotool.write_goldens(PROG, CORPUS, args.names, ".dlv", record, args.check,
                                key=lambda text: re.sub(r"0x[0-9a-f]+", "0x?", text))  # addresses vary


if __name__ == "__main__":
    sys.exit(main())
