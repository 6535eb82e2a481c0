"""Provides ``lay_out``: a goroutine's stack cut into bands for a bar drawn to scale.

A Go stack is one block ``[stack_lo, hi)`` with ``hi = stack_lo + stack_size``.  Frames
are laid from ``hi`` downward (runtime/stack.go draws this), so the bar reads top to
bottom as the stack does in memory:

    hi ┬ main          outermost frame, at the top
       │ f             callers ...
       │ g             innermost frame (frames[0]), lowest sp
       │ free          room for more calls
    lo ┴ guard         the bottom _StackGuard bytes: a call that would reach them
                       makes morestack copy the stack to one twice as big

Each band gets rows in proportion to its bytes (largest remainder), but never fewer
than one row, so a 24-byte frame stays visible in a 2 KB stack.  The free space and the
guard keep at least their own share, so the bar never makes a stack look fuller than it
is: when the frames would need more rows than theirs, the middle frames fold into one
band (``frames``) and the selected frame, the innermost ones and the outermost one stay
unfolded.  A one-row frame is therefore drawn larger than scale; its byte count is exact.
"""
from __future__ import annotations

from dataclasses import dataclass

from minigo.debug.snapshot import GSnap

STACK_GUARD = 928  # Go 1.19 _StackGuard on linux/amd64 (928*StackGuardMultiplier + _StackSystem)


@dataclass(frozen=True)
class Band:
    kind: str  # "frame", "frames" (several folded into one band), "free" or "guard"
    frames: tuple[int, ...]  # frame indices (0 innermost) in the band, outermost first
    size: int  # bytes
    top: int  # bytes from hi to the band's top
    row: int = 0  # first row in the bar
    rows: int = 0


def _order(n: int, selected: int) -> list[int]:
    """Frames in the order they keep their own band: the selected one, the innermost
    (what the last steps pushed), the outermost (where the goroutine started), then
    two more inner ones for each outer one."""
    order = [selected, 0, n - 1]
    inner, outer = 1, n - 2
    while inner <= outer:
        order.extend(i for i in (inner, inner + 1) if i <= outer)
        inner += 2
        if inner <= outer:
            order.append(outer)
            outer -= 1
    return list(dict.fromkeys(i for i in order if 0 <= i < n))


def _bands(g: GSnap, kept: set[int]) -> list[Band]:
    """Bands from hi down, folding each run of frames not in ``kept`` into one band."""
    bands: list[Band] = []
    top = 0
    run: list[int] = []
    run_top = 0

    def fold() -> None:
        if run:
            size = sum(g.frames[i].size for i in run)
            bands.append(Band("frames" if len(run) > 1 else "frame", tuple(run), size, run_top))
            run.clear()

    for i in range(len(g.frames) - 1, -1, -1):  # outermost first
        size = g.frames[i].size
        if i in kept:
            fold()
            bands.append(Band("frame", (i,), size, top))
        else:
            if not run:
                run_top = top
            run.append(i)
        top += size
    fold()
    used = max(top, g.used)
    guard = min(STACK_GUARD, max(g.stack_size - used, 0))
    free = g.stack_size - used - guard
    if free > 0:
        bands.append(Band("free", (), free, used))
    if guard > 0:
        bands.append(Band("guard", (), guard, g.stack_size - guard))
    return bands


def share(sizes: list[int], mins: list[int], rows: int) -> list[int] | None:
    """Rows for each size, in proportion, each at least its minimum; None if the
    minimums alone need more than ``rows``."""
    if sum(mins) > rows:
        return None
    total = sum(sizes) or 1
    exact = [s * rows / total for s in sizes]
    h = [max(m, int(e)) for e, m in zip(exact, mins)]
    while sum(h) > rows:  # take from the band most over its share
        i = max((i for i in range(len(h)) if h[i] > mins[i]), key=lambda i: (h[i] / max(exact[i], 1e-9), h[i]))
        h[i] -= 1
    while sum(h) < rows:  # give to the band most under its share
        i = max(range(len(h)), key=lambda i: exact[i] - h[i])
        h[i] += 1
    return h


def lay_out(g: GSnap, rows: int, selected: int = 0) -> list[Band]:
    """The stack of ``g`` as bands filling ``rows`` rows, top (hi) first."""
    n = len(g.frames)
    order = _order(n, min(selected, n - 1)) if n else []
    keep = min(n, rows)
    while True:
        bands = _bands(g, set(order[:keep]))
        mins = [1 if b.kind.startswith("frame") else max(1, b.size * rows // g.stack_size) for b in bands]
        heights = share([b.size for b in bands], mins, rows)
        if heights is not None or keep == 0:
            break
        keep = max(keep - max(1, sum(mins) - rows), 0)
    if heights is None:  # fewer rows than even the folded bands need: the top ones only
        heights = [1] * len(bands)
    out, row = [], 0
    for b, h in zip(bands, heights):
        if row >= rows:
            break
        out.append(Band(b.kind, b.frames, b.size, b.top, row, min(h, rows - row)))
        row += h
    return out
