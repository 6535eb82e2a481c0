"""Goroutines and the deterministic scheduler (Go's runtime/proc.go, one P).

A goroutine ``g`` is a chain of generator frames: every compiled Go function is a Python
generator function, a call is ``yield from``.  A goroutine gives up the processor by
yielding a signal up its chain:

  PARK     it blocked (channel, select, mutex, WaitGroup, sleep); whoever unblocks it
           calls ``ready(g)``
  PREEMPT  its time slice ran out (looked at every QUANTUM loop back-edges), or Gosched
  TICK     it looked at the clock and keeps running
  GC_FORCE it called runtime.GC(), which collects with the caller suspended
  int k    it reached stop point k while the debugger traps that point

The scheduler is Go's, simplified to one P and made deterministic: a run queue plus
``runnext`` (a goroutine readied or created by the running one runs next, as goready and
newproc do), timers on the virtual clock (checked at every schedule, as checkTimers does),
and Go's deadlock check when nothing can run.  The clock is ``now`` at the last switch plus
what the running goroutine has run since (its ``ops``, see cost.py).
"""
from __future__ import annotations

import heapq
from collections import deque

PARK = "park"
PREEMPT = "preempt"
TICK = "tick"  # a quantum passed and the goroutine keeps the P
GC_FORCE = "gc"  # runtime.GC(): collect while the caller is suspended
QUANTUM = 10_000  # loop back-edges between two looks at the clock (preemption, GC work)

# goroutine states (runtime2.go's _Grunnable, _Grunning, _Gwaiting, _Gdead)
RUNNABLE, RUNNING, WAITING, DEAD = "runnable", "running", "waiting", "dead"


class G:
    __slots__ = ("id", "gen", "state", "waitreason", "fn_name", "created_by",
                 "panicking", "elem", "wake_at", "defer_depth",
                 "used", "guard", "stack_lo", "stack_size", "ops")

    def __init__(self, gid: int, gen, fn_name: str, created_by=None):
        self.id = gid
        self.gen = gen
        self.state = RUNNABLE
        self.waitreason = ""
        self.fn_name = fn_name  # the Go function the goroutine started in
        self.created_by = created_by  # (function name, file line) of the go statement
        self.panicking: list = []  # GoPanics whose deferred calls are running, innermost last
        self.elem = None  # a parked select's outcome: (case, value, ok)
        self.wake_at = 0
        self.defer_depth = 0  # deferred calls running on this g (recover works only inside one)
        # the goroutine's stack (runtime/stack.go): [stack_lo, stack_lo+stack_size), of which
        # the frames use ``used`` bytes from the top; a call whose frame would reach below
        # the guard (``used >= guard``) grows it first (morestack)
        self.used = 0
        self.stack_lo = 0
        self.stack_size = 0
        self.guard = 0
        self.ops = 0  # virtual CPU time this goroutine has run, in ns (see cost.py)

    def __repr__(self) -> str:
        return f"g{self.id}({self.state})"


# The runtime's own goroutines, made before main.main and parked for the whole run (not
# modelled; they take ids): forcegchelper, bgsweep and bgscavenge, and runfinq when a
# package's init sets a finalizer (os does, for Stdin/Stdout/Stderr).
RUNTIME_GOROUTINES = 3
SETS_FINALIZERS = {"fmt", "os"}  # of minigo's imports, those that import os


class Scheduler:
    def __init__(self) -> None:
        self.allgs: list[G] = []
        self.runq: deque[G] = deque()
        self.runnext: G | None = None
        self.curg: G | None = None
        self.timers: list = []  # heap of (when ns, seq, g)
        self.timer_seq = 0
        self.now = 0  # the virtual clock at the last switch, ns since program start
        self.disp_ops = 0  # the running goroutine's ops when it was switched in
        self.heap = None  # the heap, whose allocations cost time too
        self.disp_ns = 0  # the heap's allocation cost then
        self.slice_start = 0  # when the running goroutine's time slice began
        self.next_id = 1
        self.runtime_goroutines = RUNTIME_GOROUTINES  # ids after main's the runtime takes
        self.g_class = G  # events.TracedG while calls are traced
        self.events = None  # the EventLog, while one is attached

    # ------------------------------------------------------------ the clock

    def nanotime(self) -> int:
        g = self.curg
        if g is None:
            return self.now
        return self.now + g.ops - self.disp_ops + self.heap.ns - self.disp_ns

    def dispatch(self, g: G) -> None:
        """g gets the P."""
        if self.curg is not None:
            self.now = self.nanotime()
        self.curg = g
        self.disp_ops = g.ops
        self.disp_ns = self.heap.ns
        if g.state != RUNNING:
            self.slice_start = self.now

    # ------------------------------------------------------------ goroutines

    def newproc(self, gen, fn_name: str, created_by=None) -> G:
        g = self.g_class(self.next_id, gen, fn_name, created_by)
        self.next_id += 1 + (self.runtime_goroutines if g.id == 1 else 0)
        self.allgs.append(g)
        self._runqput(g)
        return g

    def _runqput(self, g: G) -> None:
        """runqput(next=true): g runs next; the one it displaces goes to the tail."""
        if self.runnext is not None:
            self.runq.append(self.runnext)
        self.runnext = g

    def ready(self, g: G) -> None:
        if self.events is not None and g.state == WAITING:
            self.events.emit("go_unblock", self.curg, "", id=g.id)
        g.state = RUNNABLE
        g.waitreason = ""
        self._runqput(g)

    def park(self, reason: str) -> None:
        """Mark the running goroutine blocked; the caller then yields PARK."""
        g = self.curg
        g.state = WAITING
        g.waitreason = reason
        if self.events is not None:
            self.events.emit("go_block", g, "", reason=reason)

    def gosched(self) -> None:
        """The running goroutine goes to the back of the global queue (Gosched, preemption)."""
        g = self.curg
        g.state = RUNNABLE
        self.runq.append(g)

    def sleep(self, ns: int) -> bool:
        """time.Sleep: park until now+ns. False when there is nothing to wait for."""
        if ns <= 0:
            return False
        g = self.curg
        self.timer_seq += 1
        g.wake_at = self.nanotime() + ns
        heapq.heappush(self.timers, (g.wake_at, self.timer_seq, g))
        self.park("sleep")
        return True

    def num_goroutine(self) -> int:
        return sum(1 for g in self.allgs if g.state != DEAD)

    # ------------------------------------------------------------ choosing who runs

    def findrunnable(self) -> G | None:
        """The next goroutine to run, advancing the clock to the next timer if none can."""
        if self.curg is not None:
            self.now = self.nanotime()
            self.curg = None
        while True:
            while self.timers and self.timers[0][0] <= self.now:  # checkTimers
                self.ready(heapq.heappop(self.timers)[2])
            g = self.runnext
            if g is not None:
                self.runnext = None
                return g
            if self.runq:
                return self.runq.popleft()
            if not self.timers:
                return None
            self.now = self.timers[0][0]  # the P is idle until the next timer
