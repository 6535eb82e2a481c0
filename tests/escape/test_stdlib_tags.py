"""The generated table of Go's escape tags for the library minigo models.

``minigo/escape/stdlib_tags.py`` is written by ``scripts/regen_stdlib_tags.py``
from what go1.19's compiler reports while compiling fmt, errors, runtime, sync,
time and strings. It must cover every function and method ``universe.py``
declares (so a growing universe cannot leave the table stale), with one tag per
parameter, and must be what Go says today.
"""
from __future__ import annotations

from pathlib import Path

from oracle import assert_regen_check, needs_go

from minigo.escape.stdlib_tags import TAGS
from minigo.types import types as T
from minigo.types import universe

REPO = Path(__file__).resolve().parent.parent.parent
REGEN = REPO / "scripts" / "regen_stdlib_tags.py"


def modeled() -> dict[str, int]:
    """Every concrete function and method universe.py models -> its parameter count (receiver included)."""
    out: dict[str, int] = {}
    for path in universe.PACKAGES:
        for name, obj in universe.package(path).items():
            if isinstance(obj, T.Func):
                out[f"{path}.{name}"] = len(obj.sig.params)
            elif isinstance(obj, T.TypeName) and isinstance(obj.type, T.Named):
                for m in obj.type.methods:
                    recv = m.sig.recv.type
                    star = "*" if isinstance(recv, T.Pointer) else ""
                    out[f"({star}{path}.{name}).{m.name}"] = 1 + len(m.sig.params)
    return out


def test_every_modeled_function_has_tags() -> None:
    want = modeled()
    missing = sorted(set(want) - set(TAGS))
    extra = sorted(set(TAGS) - set(want))
    assert not missing, f"no escape tags for {missing}: add them to MODELED in {REGEN.name} and rerun it"
    assert not extra, f"tags for functions universe.py no longer models: {extra} (update {REGEN.name})"
    arity = {k: (len(TAGS[k]), n) for k, n in want.items() if len(TAGS[k]) != n}
    assert not arity, f"tag count != parameter count (receiver included): {arity}"


def test_tag_shape() -> None:
    for key, tags in TAGS.items():
        for heap, results in tags:
            assert heap >= -1, key
            assert all(r >= -1 for r in results) and (not results or results[-1] >= 0), key


def test_known_tags() -> None:
    # Spot checks against go1.19.8's -m output, readable without Go.
    assert TAGS["fmt.Println"] == ((1, ()),)               # leaking param content: a
    assert TAGS["strings.Repeat"] == ((-1, ()), (-1, ()))  # s does not escape
    assert TAGS["errors.New"] == ((0, ()),)                # leaking param: text
    assert TAGS["(*strings.Builder).String"] == ((-1, (1,)),)  # b to result ~r0 level=1


@needs_go
def test_tags_are_current() -> None:
    assert_regen_check(REGEN)
