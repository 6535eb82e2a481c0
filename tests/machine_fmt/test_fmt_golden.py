"""minigo's fmt and print/println against Go's own output for the cases in fmt_cases.py
(recorded by scripts/regen_fmt_golden.py in tests/testdata/fmt/*.golden)."""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from oracle import REPO, assert_regen_check, needs_go

import fmt_cases
from fmt_gotypes import arg
from minigo.machine import fmt, printbuiltin, utf8

DATA = REPO / "tests" / "testdata" / "fmt"
ADDR = re.compile(rb"0x[0-9a-f]{5,}|\bc[0-9a-f]{9}\b|\b824\d{9}\b")  # Go's heap is at 0xc000000000 = 824633720832


class Env:
    """What fmt needs from the machine: run a method, give an address."""

    def __init__(self):
        self.addrs: dict[int, int] = {}
        self.keep: list = []

    def call(self, fn, *args):
        g = fn(*args)
        try:
            while True:
                next(g)
        except StopIteration as stop:
            return stop.value

    def addr(self, obj) -> int:
        key = id(obj)
        if key not in self.addrs:
            self.keep.append(obj)
            self.addrs[key] = 0xc000010000 + 0x10 * len(self.addrs)
        return self.addrs[key]


def run_case(c: fmt_cases.Case, env: Env) -> bytes:
    args = [arg(a) for a in c.args]
    if c.kind == "sprintf":
        return fmt.sprintf(c.format, args, env)
    if c.kind == "sprint":
        return fmt.sprint(args, env)
    if c.kind == "sprintln":
        return fmt.sprintln(args, env)
    if c.kind == "errorf":
        err = fmt.errorf(c.format, args, env)
        return fmt.sprintf(b"%T|%v", [err, err], env)
    if c.kind == "errors_new":
        err = fmt.errors_new(args[0][1])
        return fmt.sprintf(b"%T|%v", [err, err], env)
    if c.kind == "utf8":
        return utf8_text(args[0][1])
    if c.kind in ("print", "println"):
        return printbuiltin.format_print([(a.t.rt, a.py) for a in c.args], c.kind == "println",
                                         env.addr)
    raise ValueError(c.kind)


def utf8_text(s: bytes) -> bytes:
    """What the oracle's utf8Text prints, from minigo.machine.utf8."""
    runes = utf8.runes(s)
    out = "[" + " ".join(map(str, runes)) + "]"
    out += f" {utf8.rune_count(s)} {'true' if utf8.valid(s) else 'false'}"
    out += "".join(f" {i}:{r}" for i, r in utf8.iter_runes(s))
    out += " " + utf8.string_from_runes(runes + [-1, 0xD800, 0x110000, 0x10FFFF, 0x7F]).hex()
    return out.encode()


def load_golden(name: str) -> dict[str, bytes]:
    out = {}
    for line in (DATA / name).read_text().splitlines():
        if line.startswith("#"):
            continue
        case_id, hexdata, _ = line.split("\t", 2)
        out[case_id] = bytes.fromhex(hexdata)
    return out


def _groups(cases):
    groups = defaultdict(list)
    for c in cases:
        groups[c.id.rstrip("0123456789")].append(c)
    return groups


FMT_GROUPS = _groups(fmt_cases.CASES)
PRINT_GROUPS = _groups(fmt_cases.PRINT_CASES)


def check(cases, golden: dict[str, bytes]) -> None:
    bad = []
    for c in cases:
        want = golden[c.id]
        try:
            got = run_case(c, Env())
        except Exception as exc:  # report every failing case, not just the first
            got = f"<{type(exc).__name__}: {exc}>".encode()
        if c.addr:
            want, got = ADDR.sub(b"0xADDR", want), ADDR.sub(b"0xADDR", got)
        if got != want:
            bad.append(f"{c.id} {c.format!r}: want {want!r} got {got!r}")
    assert not bad, f"{len(bad)}/{len(cases)} differ from Go:\n" + "\n".join(bad[:40])


def test_golden_covers_every_case():
    assert set(load_golden("fmt.golden")) == {c.id for c in fmt_cases.CASES}
    assert set(load_golden("print.golden")) == {c.id for c in fmt_cases.PRINT_CASES}


@pytest.mark.parametrize("group", sorted(FMT_GROUPS))
def test_fmt_matches_go(group):
    check(FMT_GROUPS[group], load_golden("fmt.golden"))


@pytest.mark.parametrize("group", sorted(PRINT_GROUPS))
def test_print_builtin_matches_go(group):
    check(PRINT_GROUPS[group], load_golden("print.golden"))


@needs_go
def test_fmt_goldens_are_current():
    assert_regen_check(REPO / "scripts" / "regen_fmt_golden.py")


@needs_go
def test_isprint_tables_are_current():
    assert_regen_check(REPO / "scripts" / "regen_isprint.py")
