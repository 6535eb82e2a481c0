"""Goroutines and the deterministic scheduler (Go's runtime/proc.go, one P).

A goroutine ``g`` is a chain of generator frames: every compiled Go function is a Python
generator function, a call is ``yield from``.  A goroutine gives up the processor by
yielding a signal up its chain:

  PARK     it blocked (channel, select, mutex, WaitGroup, sleep); whoever unblocks it
           calls ``ready(g)``
  PREEMPT  its time slice ran out (each function's loop back-edges count down QUANTUM), or Gosched
  int k    it reached stop point k while the debugger traps that point

The scheduler is Go's, simplified to one P and made deterministic: a run queue plus
``runnext`` (a goroutine readied or created by the running one runs next, as goready and
newproc do), timers on a virtual clock, and Go's deadlock check when nothing can run.
"""
from __future__ import annotations

import heapq
from collections import deque

PARK = "park"
PREEMPT = "preempt"
QUANTUM = 10_000  # loop back-edges a goroutine runs before the scheduler preempts it

# goroutine states (runtime2.go's _Grunnable, _Grunning, _Gwaiting, _Gdead)
RUNNABLE, RUNNING, WAITING, DEAD = "runnable", "running", "waiting", "dead"


class G:
    __slots__ = ("id", "gen", "state", "waitreason", "fn_name", "created_by",
                 "panicking", "elem", "wake_at", "defer_depth")

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

    def __repr__(self) -> str:
        return f"g{self.id}({self.state})"


class Scheduler:
    def __init__(self) -> None:
        self.allgs: list[G] = []
        self.runq: deque[G] = deque()
        self.runnext: G | None = None
        self.curg: G | None = None
        self.timers: list = []  # heap of (when ns, seq, g)
        self.timer_seq = 0
        self.now = 0  # the virtual clock, ns since program start
        self.next_id = 1

    # ------------------------------------------------------------ goroutines

    def newproc(self, gen, fn_name: str, created_by=None) -> G:
        g = G(self.next_id, gen, fn_name, created_by)
        self.next_id += 1
        self.allgs.append(g)
        self._runqput(g)
        return g

    def _runqput(self, g: G) -> None:
        """runqput(next=true): g runs next; the one it displaces goes to the tail."""
        if self.runnext is not None:
            self.runq.append(self.runnext)
        self.runnext = g

    def ready(self, g: G) -> None:
        g.state = RUNNABLE
        g.waitreason = ""
        self._runqput(g)

    def park(self, reason: str) -> None:
        """Mark the running goroutine blocked; the caller then yields PARK."""
        g = self.curg
        g.state = WAITING
        g.waitreason = reason

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
        g.wake_at = self.now + ns
        heapq.heappush(self.timers, (g.wake_at, self.timer_seq, g))
        self.park("sleep")
        return True

    def num_goroutine(self) -> int:
        return sum(1 for g in self.allgs if g.state != DEAD)

    # ------------------------------------------------------------ choosing who runs

    def findrunnable(self) -> G | None:
        """The next goroutine to run, advancing the clock to the next timer if none can."""
        while True:
            g = self.runnext
            if g is not None:
                self.runnext = None
                return g
            if self.runq:
                return self.runq.popleft()
            if not self.timers:
                return None
            when, _, g = heapq.heappop(self.timers)
            if when > self.now:
                self.now = when
            self.ready(g)
