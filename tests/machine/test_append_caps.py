"""append's capacity growth against Go 1.19: ``tests/testdata/gc/caps.go`` run on the machine.

``caps.out`` is what the Go binary printed (``scripts/regen_gc.py``): the distinct caps seen
while appending one element at a time to nil slices of 1-, 4-, 6-, 8-, 16-, 24- and 40-byte
elements, and several multi-element appends. Size-class rounding makes them irregular
(``[]int`` 512 -> 848, ``[]byte`` starts at 8, 40-byte structs 32 -> 67), so stdout must
equal Go's byte for byte. ``caps_zero.go`` covers zero-size elements, where growslice
returns cap = the length asked for (1 2 3 ...).
"""
from __future__ import annotations

import difflib
import io
from pathlib import Path


from minigo.machine.runner import run_program

GC = Path(__file__).resolve().parent.parent / "testdata" / "gc"


def run_golden(name: str) -> None:
    src = GC / f"{name}.go"
    out, err = io.BytesIO(), io.BytesIO()
    status = run_program(src.read_text(encoding="utf-8"), src.name, out, err)
    want = (GC / f"{name}.out").read_bytes()
    assert (status, err.getvalue()) == (0, b"")
    got = out.getvalue()
    diff = "\n".join(difflib.unified_diff(want.decode().splitlines(), got.decode().splitlines(),
                                          f"{name}.out (go1.19)", "minigo run", lineterm=""))
    assert got == want, f"append caps differ from Go's:\n{diff}"


def test_append_caps_match_go():
    run_golden("caps")


def test_zero_size_append_caps_match_go():
    """go1.19 growslice gives zero-size elements cap = the new length (1 2 3 ...)."""
    run_golden("caps_zero")
