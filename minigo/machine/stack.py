"""Goroutine stacks, as Go's runtime/stack.go keeps them.

Every goroutine starts with a 2 KiB stack.  Each compiled function begins with Go's
prologue check: when the frame about to be pushed would reach into the guard area at the
bottom of the stack, ``morestack``/``newstack`` copies the whole stack to one twice the
size (doubled again while the frame still would not fit) and adjusts the pointers into it;
past the maximum size it is Go's ``stack overflow``.  The collector shrinks a stack to
half when its frames use less than a quarter of it (``shrinkstack``).

The prologue's slow path is also where the debugger stops at a function's entry: the
check is ``used >= guard or _E<k>``, where ``_E<k>`` is a module global the debugger sets
while function k's entry stop point is armed (a Delve breakpoint patches that function
alone, and so does this; the flag costs a run nobody watches one global load per call).

A frame's size is its function's frame map (compile/frames.py): parameters, results and
locals with amd64 sizes and alignment, plus the return address and saved frame pointer.
Go's own frames are smaller where the register allocator keeps values out of memory and
larger where it spills temporaries; minigo's sizes are the documented approximation, and
growth happens at exactly the depth they predict.  Functions do not get Go's NOSPLIT
exemption for small leaves.  Pointers into a stack are Python references, so "adjusting"
them is free; what changes is the address every stack slot reports (``frame_sp``).
"""
from __future__ import annotations

STACK_MIN = 2048  # _StackMin, _FixedStack on linux/amd64
STACK_GUARD = 928  # _StackGuard on linux/amd64
STACK_SMALL = 128  # _StackSmall: frames this small may dip into the guard
STACK_LIMIT = STACK_GUARD - STACK_SMALL  # _StackLimit, used by shrinkstack
MAX_STACK = 1_000_000_000  # runtime.maxstacksize on 64-bit


class StackOverflow(Exception):
    """newstack's check failed: the caller prints Go's text and throws."""

    def __init__(self, limit: int, sp: int, lo: int, hi: int):
        super().__init__(limit)
        self.limit, self.sp, self.lo, self.hi = limit, sp, lo, hi


class Stacks:
    """The stack allocator and the grow/shrink rules for all goroutines."""

    def __init__(self, pool, max_stack: int = MAX_STACK, on_copy=None) -> None:
        self.pool = pool  # the stack memory allocator (mheap.StackPool)
        self.max_stack = max_stack
        self.on_copy = on_copy  # called (g, old size, new size, why) after a copy
        self.inuse = 0  # bytes of stack memory held by live goroutines

    def guard(self, g) -> int:
        """The guard a goroutine's prologue checks (Go's stackguard0)."""
        return g.stack_size - STACK_GUARD

    def needs_growth(self, g, frame: int) -> bool:
        """The prologue's check against the real guard (frames over _StackSmall are
        checked for their excess)."""
        return g.used + max(frame - STACK_SMALL, 0) >= g.stack_size - STACK_GUARD

    def stackalloc(self, g) -> None:
        """malg(_StackMin): a new goroutine's first stack."""
        g.stack_lo = self.pool.alloc(STACK_MIN)
        g.stack_size = STACK_MIN
        g.guard = self.guard(g)
        g.used = 0
        self.inuse += STACK_MIN

    def stackfree(self, g) -> None:
        self.inuse -= g.stack_size
        self.pool.free(g.stack_lo, g.stack_size)

    def newstack(self, g, frame: int) -> None:
        """morestack: the frame of ``frame`` bytes does not fit above the guard."""
        old = g.stack_size
        new = old * 2
        used = g.used
        while new - used < frame + STACK_GUARD:
            new *= 2
        if new > self.max_stack:
            hi = g.stack_lo + old
            raise StackOverflow(self.max_stack, hi - used, g.stack_lo, hi)
        self.copystack(g, new, "grow")

    def shrinkstack(self, g) -> bool:
        """Halve g's stack if it uses less than a quarter of it (called by the GC)."""
        old = g.stack_size
        new = old // 2
        if new < STACK_MIN or g.used + STACK_LIMIT >= old // 4:
            return False
        self.copystack(g, new, "shrink")
        return True

    def copystack(self, g, new: int, why: str) -> None:
        old, old_lo = g.stack_size, g.stack_lo
        g.stack_lo = self.pool.alloc(new)
        self.pool.free(old_lo, old)
        g.stack_size = new
        g.guard = self.guard(g)
        self.inuse += new - old
        if self.on_copy is not None:
            self.on_copy(g, old, new, why)


def stack_hi(g) -> int:
    return g.stack_lo + g.stack_size
