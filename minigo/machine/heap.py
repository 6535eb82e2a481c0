"""The heap as the machine records it: every allocation with its site (a variable moved
to heap, ``&T{}``, ``new``, ``make``, an escaping closure or ``...`` argument — exactly the
sites escape analysis sent there) or the runtime's own reason (``growslice``,
``makechan``, ``makemap``), its size and Go's size class."""
from __future__ import annotations

from collections import Counter

from .sizeclass import roundupsize


class Heap:
    def __init__(self) -> None:
        self.by_site: Counter = Counter()  # site index -> allocations
        self.by_runtime: Counter = Counter()  # "growslice", "makechan", ... -> allocations
        self.total_bytes = 0
        self.count = 0

    def alloc(self, site: int, size: int) -> None:
        self.by_site[site] += 1
        self._account(size)

    def alloc_runtime(self, why: str, size: int) -> None:
        self.by_runtime[why] += 1
        self._account(size)

    def _account(self, size: int) -> None:
        self.count += 1
        self.total_bytes += roundupsize(size) if size else 0
