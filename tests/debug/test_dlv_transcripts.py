"""`minigo debug` against Delve: the same program and commands give the same replies.
tests/testdata/debug/NAME.dlv is what ``dlv debug`` printed (scripts/regen_dlv.py,
which removes only what a native debugger has and minigo does not: PCs and colours)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "testdata" / "debug"
_ADDR = re.compile(r"0x[0-9a-f]+")


def sections(text: str, marker: str) -> list[tuple[str, str]]:
    """[(command, reply)] of a transcript whose commands are lines starting with marker."""
    out: list[tuple[str, str]] = []
    for line in text.splitlines(keepends=True):
        if line.startswith(marker):
            out.append((line[len(marker):].rstrip("\n"), ""))
        elif out:
            out[-1] = (out[-1][0], out[-1][1] + line)
    return out


@pytest.mark.parametrize("src", sorted(CORPUS.glob("*.go")), ids=lambda p: p.stem)
def test_replies_are_delves(src, tmp_path):
    (tmp_path / "main.go").write_text(src.read_text())
    cmds = src.with_suffix(".cmds").read_text()
    p = subprocess.run([sys.executable, "-m", "minigo", "debug", "main.go"], input=cmds, cwd=tmp_path,
                       capture_output=True, text=True, timeout=120)
    ours = sections(p.stdout, "(minigo) ")
    delve = sections(src.with_suffix(".dlv").read_text(), "--- ")
    assert [c for c, _ in ours] == [c for c, _ in delve]
    for (cmd, got), (_, want) in zip(ours, delve):
        got, want = _ADDR.sub("0x?", got), _ADDR.sub("0x?", want)  # addresses are the machine's own
        assert got == want, f"{src.name}: `{cmd}`:\nminigo:\n{got}\ndelve:\n{want}"
