"""The machine's limits and knobs, each with Go's default.

They come, later overriding earlier, from Go's environment variables (``GOGC``,
``GODEBUG=gctrace=1,gcshrinkstackoff=1``), from directives in the program, which let a
classroom demo carry its own settings::

    //minigo:max-stack 64KB      a goroutine stack may grow to this (Go: 1000000000 bytes)
    //minigo:heap-min 64KB       the GC's minimum heap goal (Go: 4 MB * GOGC/100)

and from command-line flags of the same names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .stack import MAX_STACK

_UNITS = {"": 1, "B": 1, "KB": 1 << 10, "KIB": 1 << 10, "MB": 1 << 20, "MIB": 1 << 20,
          "GB": 1 << 30, "GIB": 1 << 30}
_DIRECTIVE = re.compile(r"^//minigo:([\w-]+)(?:[ \t]+(.*?))?[ \t]*$", re.M)
DIRECTIVES = ("max-stack", "heap-min")


@dataclass(frozen=True)
class Settings:
    max_stack: int = MAX_STACK  # runtime.maxstacksize
    heap_min: int | None = None  # None: Go's heapMinimum, 4 MiB * GOGC/100
    gogc: int = 100  # GOGC; -1 is "off"
    gctrace: bool = False  # GODEBUG=gctrace=1
    shrink_stacks: bool = True  # GODEBUG=gcshrinkstackoff=1 turns it off

    def with_env(self, env) -> "Settings":
        s = self
        gogc = env.get("GOGC", "")
        if gogc == "off":
            s = replace(s, gogc=-1)
        elif re.fullmatch(r"-?\d+", gogc or "x"):
            s = replace(s, gogc=max(int(gogc), -1))
        debug = dict(kv.split("=", 1) for kv in env.get("GODEBUG", "").split(",") if "=" in kv)
        if debug.get("gctrace", "0") not in ("", "0"):
            s = replace(s, gctrace=True)
        if debug.get("gcshrinkstackoff", "0") not in ("", "0"):
            s = replace(s, shrink_stacks=False)
        return s

    def with_directives(self, source: str) -> "Settings":
        """Settings from ``//minigo:`` lines; ValueError names a bad one."""
        s = self
        for m in _DIRECTIVE.finditer(source):
            name, arg = m.group(1), m.group(2) or ""
            line = source.count("\n", 0, m.start()) + 1
            if name not in DIRECTIVES:
                raise ValueError(f"{line}:1: unknown directive //minigo:{name} (known: {', '.join(DIRECTIVES)})")
            try:
                size = parse_size(arg)
            except ValueError as e:
                raise ValueError(f"{line}:1: //minigo:{name}: {e}") from None
            s = s.with_option(name, size)
        return s

    def with_option(self, name: str, size: int) -> "Settings":
        if name == "max-stack":
            return replace(self, max_stack=size)
        if name == "heap-min":
            return replace(self, heap_min=size)
        raise ValueError(f"unknown setting {name}")


def parse_size(text: str) -> int:
    """``65536``, ``64KB``, ``64KiB``, ``1MB``: KB and KiB both mean 1024 bytes."""
    m = re.fullmatch(r"\s*(\d+)\s*([A-Za-z]*)\s*", text)
    if not m or m.group(2).upper() not in _UNITS:
        raise ValueError(f"bad size {text!r} (want e.g. 65536, 64KB, 1MB)")
    return int(m.group(1)) * _UNITS[m.group(2).upper()]
