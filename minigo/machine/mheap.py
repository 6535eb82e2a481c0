"""Where objects and stacks are placed: Go's page heap and its spans (runtime/mheap.go,
mcentral.go, stack.go).

Memory comes in 8 KiB pages from one arena.  Each small size class owns spans of a fixed
number of pages (``class_to_allocnpages``) cut into equal slots; an allocation takes the
lowest free slot of its class's current span, so objects of one class sit together and
objects of different classes in different spans.  When a span is full, the class takes
the slots the last sweeps freed (lowest address first: freed memory is reused, as
mcentral hands out swept spans before fresh ones), else a fresh span.  A large object
(over 32 KiB) gets whole pages of its own; freed pages go back to the page heap, which
hands out the lowest free range that fits.  Goroutine stacks come from the same pages:
2 and 4 KiB stacks are cut from 32 KiB stack spans (stackpool), larger ones take pages.
"""
from __future__ import annotations

import bisect

from .sizeclass import SIZE_CLASSES

PAGE = 8192
ARENA_START = 0xC000010000  # Go's first user objects appear about here on linux/amd64
CLASS_NPAGES = [0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
                1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3,
                5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4]  # class_to_allocnpages, go1.19
STACK_SPAN = 32 * 1024  # _StackCacheSize: the span small stacks are cut from


class PageHeap:
    """Free page ranges, first fit by address; the arena grows at its end."""

    def __init__(self, base: int = ARENA_START) -> None:
        self.end = base
        self.free: list[list[int]] = []  # sorted [address, pages]

    def alloc(self, npages: int) -> int:
        for i, (addr, n) in enumerate(self.free):
            if n >= npages:
                if n == npages:
                    del self.free[i]
                else:
                    self.free[i] = [addr + npages * PAGE, n - npages]
                return addr
        addr = self.end
        self.end += npages * PAGE
        return addr

    def release(self, addr: int, npages: int) -> None:
        i = bisect.bisect_left(self.free, [addr, 0])
        self.free.insert(i, [addr, npages])
        if i + 1 < len(self.free) and addr + npages * PAGE == self.free[i + 1][0]:  # merge with next
            self.free[i][1] += self.free.pop(i + 1)[1]
        if i > 0 and self.free[i - 1][0] + self.free[i - 1][1] * PAGE == addr:  # and previous
            self.free[i - 1][1] += self.free.pop(i)[1]


class Spans:
    """Slot allocation per size class, on top of the page heap."""

    def __init__(self, pages: PageHeap) -> None:
        self.pages = pages
        self.free: list[list[int]] = [[] for _ in SIZE_CLASSES]  # per class: free slots, highest first
        self.swept: list[list[int]] = [[] for _ in SIZE_CLASSES]  # per class: slots sweeps freed

    def refill(self, c: int) -> int:
        """The class's current span is full: take swept slots or a fresh span; return a slot."""
        fl = self.free[c]
        if self.swept[c]:
            fl.extend(sorted(self.swept[c], reverse=True))
            self.swept[c] = []
        else:
            size, n = SIZE_CLASSES[c], CLASS_NPAGES[c]
            base = self.pages.alloc(n)
            fl.extend(range(base + (n * PAGE // size - 1) * size, base - 1, -size))
        return fl.pop()

    def flush(self) -> None:
        """prepareForSweep: the current spans go back to mcentral, so after a sweep each
        class starts again from its lowest free slot, freed or never used."""
        for c, fl in enumerate(self.free):
            if fl:
                self.swept[c].extend(fl)
                fl.clear()

    def alloc_large(self, nbytes: int) -> int:
        return self.pages.alloc((nbytes + PAGE - 1) // PAGE)

    def release(self, addr: int, c: int, nbytes: int) -> None:
        if c:
            self.swept[c].append(addr)
        else:
            self.pages.release(addr, (nbytes + PAGE - 1) // PAGE)


class StackPool:
    """stackalloc/stackfree: small stacks from 32 KiB spans, larger ones from pages."""

    def __init__(self, pages: PageHeap) -> None:
        self.pages = pages
        self.pool: dict[int, list[int]] = {}  # stack size -> free stacks, highest first

    def alloc(self, size: int) -> int:
        if size >= STACK_SPAN:
            return self.pages.alloc(size // PAGE)
        fl = self.pool.setdefault(size, [])
        if not fl:
            base = self.pages.alloc(STACK_SPAN // PAGE)
            fl.extend(range(base + STACK_SPAN - size, base - 1, -size))
        return fl.pop()

    def free(self, addr: int, size: int) -> None:
        if size >= STACK_SPAN:
            self.pages.release(addr, size // PAGE)
        else:
            fl = self.pool[size]
            fl.append(addr)
            fl.sort(reverse=True)
