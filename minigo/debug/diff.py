"""What a step changed: the difference between two snapshots (snapshot.Snapshot), as plain
data the UI can highlight and tests can assert."""
from __future__ import annotations

from dataclasses import dataclass

from .snapshot import Snapshot


@dataclass(frozen=True)
class Diff:
    steps: int | None  # None when a step number is not known (after a fast continue)
    time_ns: int
    goroutines_created: tuple[int, ...]
    goroutines_exited: tuple[int, ...]
    goroutines_state: dict  # goroutine -> ((state, waitreason) before, after)
    stacks: dict  # goroutine -> (stack size before, after): a growth or a shrink
    variables: dict  # (goroutine, function, frame depth from the bottom, name) -> (old %v, new %v)
    allocated: tuple[int, ...]  # heap addresses
    freed: tuple[int, ...]
    recoloured: dict  # address -> (colour before, after)
    gc: tuple | None  # (GCSnap before, after) when the collector's state changed
    stdout: bytes  # written during the step
    stderr: bytes


def _vars(g) -> dict:
    return {(f.func, depth, s.name): s.value for depth, f in enumerate(reversed(g.frames)) for s in f.slots}


def diff(a: Snapshot, b: Snapshot) -> Diff:
    """Changes from snapshot ``a`` to snapshot ``b``."""
    ga = {g.id: g for g in a.goroutines}
    gb = {g.id: g for g in b.goroutines}
    both = sorted(ga.keys() & gb.keys())
    variables = {}
    for i in both:
        before, after = _vars(ga[i]), _vars(gb[i])
        for key, v in after.items():
            if before.get(key) != v:
                variables[(i,) + key] = (before.get(key), v)
    ha = {o.addr: o for o in a.heap}
    hb = {o.addr: o for o in b.heap}
    return Diff(
        steps=None if a.step is None or b.step is None else b.step - a.step, time_ns=b.time_ns - a.time_ns,
        goroutines_created=tuple(sorted(gb.keys() - ga.keys())),
        goroutines_exited=tuple(sorted(ga.keys() - gb.keys())),
        goroutines_state={i: ((ga[i].state, ga[i].waitreason), (gb[i].state, gb[i].waitreason))
                          for i in both if (ga[i].state, ga[i].waitreason) != (gb[i].state, gb[i].waitreason)},
        stacks={i: (ga[i].stack_size, gb[i].stack_size) for i in both if ga[i].stack_size != gb[i].stack_size},
        variables=variables,
        allocated=tuple(sorted(hb.keys() - ha.keys())), freed=tuple(sorted(ha.keys() - hb.keys())),
        recoloured={x: (ha[x].colour, hb[x].colour) for x in sorted(ha.keys() & hb.keys())
                    if ha[x].colour != hb[x].colour},
        gc=(a.gc, b.gc) if a.gc != b.gc else None,
        stdout=b.stdout[len(a.stdout):], stderr=b.stderr[len(a.stderr):])
