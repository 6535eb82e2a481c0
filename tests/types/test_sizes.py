"""minigo's amd64 sizes, alignments and field offsets against real Go.

``tests/testdata/types/sizes_types.go`` declares ~125 types (every basic type,
pointers, slices, maps, chans, funcs, interfaces, arrays including zero-length
and huge ones, structs that force padding, zero-size trailing fields, nesting,
embedding, sync/strings/time types). ``sizes.golden`` holds what Go's compiler
says about them (``unsafe.Sizeof``/``Alignof``/``Offsetof`` in a compiled
program), recorded by ``scripts/regen_sizes.py``:

    T size align
    T.field offset

Each type is one test case, comparing ``T.sizeof``, ``T.alignof`` and, for
struct types, every recorded field's entry of ``T.field_offsets``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pytest
from oracle import assert_regen_check, needs_go

REPO = Path(__file__).resolve().parent.parent.parent
DATA = REPO / "tests" / "testdata" / "types"
TYPES_FILE = DATA / "sizes_types.go"
GOLDEN = DATA / "sizes.golden"
REGEN = REPO / "scripts" / "regen_sizes.py"

TYPE_LINE = re.compile(r"^(?P<name>\w+) (?P<size>\d+) (?P<align>\d+)$")
FIELD_LINE = re.compile(r"^(?P<name>\w+)\.(?P<field>\w+) (?P<offset>\d+)$")


@dataclass
class Expected:
    name: str
    size: int
    align: int
    offsets: dict[str, int] = field(default_factory=dict)  # field name -> offset, in declaration order


def _load_golden() -> list[Expected]:
    types: dict[str, Expected] = {}
    for lineno, line in enumerate(GOLDEN.read_text().splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if m := TYPE_LINE.match(line):
            name = m["name"]
            assert name not in types, f"sizes.golden:{lineno}: {name} listed twice"
            types[name] = Expected(name, int(m["size"]), int(m["align"]))
        elif m := FIELD_LINE.match(line):
            owner = types.get(m["name"])
            assert owner is not None, f"sizes.golden:{lineno}: field of {m['name']} before its type line"
            owner.offsets[m["field"]] = int(m["offset"])
        else:
            raise AssertionError(f"sizes.golden:{lineno}: malformed line {line!r}")
    return list(types.values())


EXPECTED = _load_golden()


@lru_cache(maxsize=1)
def _checked():
    from minigo.syntax import parse
    from minigo.types import check

    f = parse(TYPES_FILE.read_text(), TYPES_FILE.name)
    info, errors = check(f)
    return info, errors


def test_golden_covers_enough_types() -> None:
    assert len(EXPECTED) >= 60, f"sizes.golden lists only {len(EXPECTED)} types"
    assert sum(1 for e in EXPECTED if e.offsets) >= 30


def test_minigo_accepts_the_types_file() -> None:
    _, errors = _checked()
    assert not errors, "minigo reports errors in sizes_types.go:\n" + "\n".join(
        "  " + e.format(TYPES_FILE.name) for e in errors)


@pytest.mark.parametrize("want", EXPECTED, ids=[e.name for e in EXPECTED])
def test_size_align_offsets_match_go(want: Expected) -> None:
    from minigo.types import types as T

    info, _ = _checked()
    obj = info.package.lookup_local(want.name)
    assert isinstance(obj, T.TypeName), f"minigo has no type {want.name} in package main (got {obj!r})"
    typ = obj.type

    got_size, got_align = T.sizeof(typ), T.alignof(typ)
    problems = []
    if got_size != want.size:
        problems.append(f"size: go {want.size}, minigo {got_size}")
    if got_align != want.align:
        problems.append(f"align: go {want.align}, minigo {got_align}")

    if want.offsets:
        under = typ.underlying()
        assert isinstance(under, T.Struct), f"{want.name}: Go lists fields but minigo's underlying type is {under!r}"
        offsets = T.field_offsets(under)
        index = {f.name: i for i, f in enumerate(under.fields)}
        for fname, off in want.offsets.items():
            if fname not in index:
                problems.append(f"field {fname}: missing in minigo's struct")
                continue
            got = offsets[index[fname]]
            if got != off:
                problems.append(f"offset of {fname}: go {off}, minigo {got}")

    assert not problems, f"{want.name}:\n  " + "\n  ".join(problems)


@needs_go
def test_sizes_golden_is_up_to_date_with_go() -> None:
    assert_regen_check(REGEN)
