"""The virtual clock's cost model: what each thing the machine does costs, in ns.

minigo never reads the host's clock.  Time advances only by the costs below, charged to
the goroutine running on the (single) P, so a program gives the same times on every
laptop: ``time.Sleep`` wakes on this clock, the scheduler preempts a goroutine after
``FORCE_PREEMPT_NS`` of it, and the GC's pauses, CPU share and gctrace ``@T s`` and
``ms clock`` fields are measured on it.  The numbers are round figures of the order Go
1.19 shows on a current amd64 core; docs/machine.md explains them.
"""

RUNTIME_INIT_NS = 100_000  # the runtime's start-up before main.init (schedinit, mallocinit, ...)
CALL_NS = 1  # a function call (the prologue), including its stack check
BACKEDGE_NS = 1  # one loop iteration
MALLOC_NS = 20  # mallocgc's fixed cost per object
MALLOC_BYTES_PER_NS = 8  # zeroing/copying the object
STACK_COPY_BYTES_PER_NS = 16  # copystack: the used part of the old stack
FORCE_PREEMPT_NS = 10_000_000  # sysmon's forcePreemptNS: a goroutine's time slice

SWEEPTERM_NS = 10_000  # the sweep-termination stop-the-world pause
MARKTERM_NS = 3_000  # the mark-termination stop-the-world pause
MARK_OBJECT_NS = 4  # greying and blackening one object
SCAN_BYTES_PER_NS = 8  # scanning pointer-bearing memory (objects, stacks, globals)
SWEEP_OBJECT_NS = 1  # freeing one white object
GC_BACKGROUND_UTILIZATION = 0.25  # gcBackgroundUtilization: the mark worker's share of the P


def malloc_ns(nbytes: int) -> int:
    return MALLOC_NS + nbytes // MALLOC_BYTES_PER_NS
