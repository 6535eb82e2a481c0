"""Provides a strict parser and printer for one Go 1.19 ``GODEBUG=gctrace=1`` line.

A test helper (not a test file): the golden gctrace of ``tests/testdata/gc`` is read with
it, and ``scripts/regen_gc.py`` uses it to parse what Go prints. The format is the one
``gcMarkTermination`` in go1.19 ``runtime/mgc.go`` prints (GO-FACTS.md section 5)::

    gc 6 @0.023s 3%: 0.016+0.77+0.003 ms clock, 0.032+0.015/0.11/0.10+0.007 ms cpu, 104->117->65 MB, 106 MB goal, 0 MB stacks, 0 MB globals, 2 P
    gc 8 @0.071s 1%: 0.057+0.26+0.003 ms clock, 0.11+0/0.12/0.11+0.007 ms cpu, 124->124->51 MB, 248 MB goal, 0 MB stacks, 0 MB globals, 2 P (forced)

* ``gc N``: the cycle number (``memstats.numgc``);
* ``@T s``: ``itoaDiv(ms since start, 3)``, so always three decimals (``@0.000s``);
* ``P%``: the GC's share of CPU since the program started, an integer;
* three ``ms clock`` times (sweep termination, concurrent mark, mark termination) and five
  ``ms cpu`` times (sweep termination + assist / background / idle mark + mark termination),
  each printed by ``fmtNSAsMS``: at least 10 ms as whole milliseconds (``12``), under
  1 microsecond ``0``, else two significant digits with at most three decimals, trailing
  zeros kept (``0.005``, ``0.078``, ``0.15``, ``1.4``, ``5.0``);
* heap at GC start, at mark end and marked live, the heap goal, the scannable stacks and
  globals: all ``bytes >> 20``, so whole MiB, truncated;
* ``N P``: GOMAXPROCS; `` (forced)`` when ``runtime.GC()`` started the cycle.

Times are kept as the microseconds the printed text stands for (``1.4`` ms is 1400 us,
``12`` ms is 12000 us): the precision Go printed, no more. ``parse_line`` is strict: a line
that does not match exactly, or a number Go would have printed differently (a leading zero,
``1.40`` for ``1.4``), raises ``GctraceFormatError``; ``format_line`` prints the fields
back in Go's format, so ``format_line(parse_line(s)) == s`` for every line Go prints.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_INT = r"(?:0|[1-9][0-9]*)"
_MS = r"(?:0|[1-9][0-9]*|[0-9]\.[0-9]{1,3})"  # fmtNSAsMS output; checked exactly below

_LINE = re.compile(
    rf"gc (?P<cycle>{_INT}) @(?P<at>{_INT}\.[0-9]{{3}})s (?P<pct>{_INT})%: "
    rf"(?P<c0>{_MS})\+(?P<c1>{_MS})\+(?P<c2>{_MS}) ms clock, "
    rf"(?P<u0>{_MS})\+(?P<u1>{_MS})/(?P<u2>{_MS})/(?P<u3>{_MS})\+(?P<u4>{_MS}) ms cpu, "
    rf"(?P<h0>{_INT})->(?P<h1>{_INT})->(?P<h2>{_INT}) MB, "
    rf"(?P<goal>{_INT}) MB goal, (?P<stacks>{_INT}) MB stacks, (?P<globals>{_INT}) MB globals, "
    rf"(?P<procs>{_INT}) P(?P<forced> \(forced\))?"
)


class GctraceFormatError(ValueError):
    """A line that is not exactly what go1.19's gctrace prints."""


@dataclass(frozen=True)
class GcTraceLine:
    """One GC cycle as gctrace reports it (units in the field names; MB are MiB, truncated)."""

    cycle: int
    at_ms: int  # @T s: milliseconds since the program started
    cpu_percent: int  # P%: GC CPU fraction since start
    clock_us: tuple[int, int, int]  # sweep termination, mark, mark termination (wall)
    cpu_us: tuple[int, int, int, int, int]  # sweep term, assist, background, idle, mark term
    heap0_mb: int  # heap at GC start
    heap1_mb: int  # heap at mark end
    heap2_mb: int  # marked live heap
    goal_mb: int
    stacks_mb: int
    globals_mb: int
    procs: int  # GOMAXPROCS
    forced: bool  # runtime.GC()

    def summary(self) -> dict:
        """The fields that do not measure time, as regen_gc.py records them."""
        return {"cycle": self.cycle, "heap0_mb": self.heap0_mb, "heap1_mb": self.heap1_mb,
                "heap2_mb": self.heap2_mb, "goal_mb": self.goal_mb, "stacks_mb": self.stacks_mb,
                "globals_mb": self.globals_mb, "procs": self.procs, "forced": self.forced}


def itoa_div(val: int, dec: int) -> str:
    """runtime.itoaDiv: val with a decimal point `dec` digits from the right (0: none)."""
    if dec == 0:
        return str(val)
    digits = str(val).rjust(dec + 1, "0")
    return f"{digits[:-dec]}.{digits[-dec:]}"


def fmt_ms(us: int) -> str:
    """runtime.fmtNSAsMS for a duration of `us` microseconds."""
    if us >= 10_000:
        return itoa_div(us // 1000, 0)
    if us == 0:
        return "0"
    x, dec = us, 3
    while x >= 100:
        x //= 10
        dec -= 1
    return itoa_div(x, dec)


def _ms_to_us(text: str) -> int:
    """The microseconds a fmtNSAsMS string stands for; raises unless Go prints it that way."""
    if "." in text:
        whole, frac = text.split(".")
        us = (int(whole) * 10 ** len(frac) + int(frac)) * 10 ** (3 - len(frac))
    else:
        us = int(text) * 1000
    if fmt_ms(us) != text:
        raise GctraceFormatError(f"{text!r} is not how fmtNSAsMS prints a duration")
    return us


def parse_line(line: str) -> GcTraceLine:
    """One gctrace line (without its newline) as fields; GctraceFormatError if not Go's format."""
    m = _LINE.fullmatch(line)
    if m is None:
        raise GctraceFormatError(f"not a go1.19 gctrace line: {line!r}")
    g = m.group
    whole, frac = g("at").split(".")
    try:
        t = GcTraceLine(
            cycle=int(g("cycle")), at_ms=int(whole) * 1000 + int(frac), cpu_percent=int(g("pct")),
            clock_us=tuple(_ms_to_us(g(f"c{i}")) for i in range(3)),
            cpu_us=tuple(_ms_to_us(g(f"u{i}")) for i in range(5)),
            heap0_mb=int(g("h0")), heap1_mb=int(g("h1")), heap2_mb=int(g("h2")),
            goal_mb=int(g("goal")), stacks_mb=int(g("stacks")), globals_mb=int(g("globals")),
            procs=int(g("procs")), forced=g("forced") is not None)
    except GctraceFormatError as exc:
        raise GctraceFormatError(f"{exc} in {line!r}") from None
    if t.cycle == 0 or t.procs == 0:
        raise GctraceFormatError(f"cycle and P count start at 1: {line!r}")
    return t


def format_line(t: GcTraceLine) -> str:
    """The line Go prints for these fields (no newline)."""
    clock = "+".join(fmt_ms(us) for us in t.clock_us)
    u = [fmt_ms(us) for us in t.cpu_us]
    cpu = f"{u[0]}+{u[1]}/{u[2]}/{u[3]}+{u[4]}"
    line = (f"gc {t.cycle} @{itoa_div(t.at_ms, 3)}s {t.cpu_percent}%: {clock} ms clock, {cpu} ms cpu, "
            f"{t.heap0_mb}->{t.heap1_mb}->{t.heap2_mb} MB, {t.goal_mb} MB goal, "
            f"{t.stacks_mb} MB stacks, {t.globals_mb} MB globals, {t.procs} P")
    return line + " (forced)" if t.forced else line
