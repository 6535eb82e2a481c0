"""Running the deterministic machine for the debugger: each machine on a thread of its own
with a stack deep enough for Go recursion; ``scan``, a replay that counts steps (stop
points reached, every one armed) to find a step by a predicate; and anchors, which find a
place again after a fast continue counted nothing: "the n-th execution of stop point k",
or after a pause the machine's ``signature`` there.
"""
from __future__ import annotations

import io
import queue
import threading
from dataclasses import dataclass, field

from ..machine.machine import Machine
from ..machine.runner import python_gc_eased

STACK_BYTES = 1024 * 1024 * 1024
RECURSION_LIMIT = 200_000


class Abort(BaseException):
    """Stops the machine thread (restart, replay, close)."""


@dataclass
class Run:
    """One machine and its thread."""
    m: Machine
    out: io.BytesIO
    err: io.BytesIO
    to_machine: queue.Queue = field(default_factory=queue.Queue)
    to_session: queue.Queue = field(default_factory=queue.Queue)
    thread: threading.Thread | None = None
    step: int = -1  # the step the machine is at
    want: object = None  # (g, stop, used) -> stop here?
    exact: bool = True  # ``step`` is the exact number of statements run
    selective: bool = False  # only breakpoint stop points are armed (a fast continue)
    counts: list = field(default_factory=list)  # stop point -> executions seen while armed
    exact_stops: set = field(default_factory=set)  # stop points armed since the start
    anchor: tuple | None = None  # (stop point, its execution count) where exactness was lost
    counts_at_anchor: list = field(default_factory=list)
    since_anchor: int = 0  # statements since the anchor (all stop points armed)
    bp_at: dict = field(default_factory=dict)  # stop point -> breakpoint id
    hits: dict = field(default_factory=dict)  # (breakpoint id, goroutine) -> hits
    at_bp: int | None = None  # the breakpoint the current step hit (its condition holding)
    interrupt: bool = False  # stop at the next stop point, whatever ``want`` says (pause)
    paused: bool = False  # the current stop is an interrupt's


def scan(make_machine, choices: dict, limit: int | None, pred, until=None) -> tuple:
    """Replay a fresh machine with every stop point armed.  Without ``until``: the last
    step before ``limit`` at which pred(machine, g, stop, used) holds.  With
    ``until(machine, g, stop, counts)``: the step where it first holds (counts:
    executions of each stop point so far, that one included).  The goroutine choices
    (step -> goroutine, ``runnext``) are made again.  Returns (the step found or None,
    (stop point, its execution count) there, the counts, the steps run)."""
    m = make_machine()
    state = {"step": -1, "found": None, "at": None}
    counts = [0] * len(m.traps)

    def on_stop(g, k):
        state["step"] += 1
        counts[k] += 1
        if state["step"] in choices:
            make_runnext(m, choices[state["step"]])
        if until is not None:
            if until(m, g, k, counts):
                state["found"] = state["step"]
                raise Abort()
            return
        if state["step"] >= limit:
            raise Abort()
        if pred(m, g, k, g.used):
            state["found"], state["at"] = state["step"], (k, counts[k])
    m.on_stop = on_stop

    def main():
        try:
            with python_gc_eased():
                m.run()
        except Abort:
            pass
    start_thread(main).join()
    return state["found"], state["at"], counts, state["step"] + 1


def signature(m: Machine, g, k: int) -> tuple:
    """Where a goroutine is, told apart from every other step of the run without counting
    steps: the scheduler yields so far, the goroutine, its work (calls and flushed loop
    iterations), its stack depth, the stop point, and the innermost frame's loop counter
    (iterations within the current quantum)."""
    gen = g.gen
    while gen.gi_yieldfrom is not None and hasattr(gen.gi_yieldfrom, "gi_frame"):
        gen = gen.gi_yieldfrom
    q = gen.gi_frame.f_locals.get("_q") if gen.gi_frame is not None else None
    return (m.yields, g.id, g.ops, g.used, k, q)


def anchor_test(anchor):
    """until(m, g, k, counts) for a scan that looks for an anchor."""
    if anchor[0] == "count":
        _, k0, c0 = anchor
        return lambda m, g, k, counts: k == k0 and counts[k] == c0
    sig = anchor[1]
    return lambda m, g, k, counts: (m.yields == sig[0] and k == sig[4] and g.ops == sig[2]
                                    and signature(m, g, k) == sig)


def make_runnext(m: Machine, gid: int) -> bool:
    """Move runnable goroutine gid to the scheduler's runnext slot."""
    sched = m.sched
    g = next((x for x in sched.allgs if x.id == gid and x.state == "runnable"), None)
    if g is None or g is sched.curg:
        return False
    if sched.runnext is g:
        return True
    if g in sched.runq:
        sched.runq.remove(g)
    if sched.runnext is not None:
        sched.runq.appendleft(sched.runnext)
    sched.runnext = g
    return True


def start_thread(fn) -> threading.Thread:
    from ..bigstack import _lock
    with _lock:
        old = threading.stack_size()
        threading.stack_size(STACK_BYTES)
        try:
            t = threading.Thread(target=fn, name="minigo-session", daemon=True)
            t.start()
        finally:
            threading.stack_size(old)
    return t
