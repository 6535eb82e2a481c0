"""The garbage collector: Go 1.19's concurrent tri-colour mark and sweep, on the virtual clock.

A cycle runs the phases of runtime/mgc.go:

  sweep termination   stop the world (SWEEPTERM_NS); the write barrier goes on (_GCmark)
  mark                concurrent with the program: a background worker takes 25 % of the
                      P (gcBackgroundUtilization) and goroutines that allocate pay mark
                      assists in proportion; objects allocated now are black
  mark termination    stop the world (MARKTERM_NS); the barrier goes off (_GCoff)
  sweep               white objects are freed

Which objects the cycle keeps is what Go's hybrid write barrier guarantees: everything
reachable when marking starts (a snapshot of the roots, taken then, including the values
a goroutine holds mid-expression) plus everything allocated during the cycle.  minigo
computes that set when the mark phase starts and reveals it grey then black in scan order
as the mark work is done, so a stepping user sees the wavefront advance; the program's
own pointer writes need no barrier code because the snapshot already holds their targets.

The pacer is mgcpacer.go's: heap goal = marked + (marked + stacks + globals) * GOGC/100,
at least heapMinimum (4 MiB * GOGC/100, or a ``//minigo:heap-min``), and the trigger
between 0.7 and 0.95 of the way to the goal, placed by the runway the cons/mark
controller estimates from the cycles so far.  ``runtime.GC()`` finishes any cycle and runs
a full one (``(forced)``).  With ``GODEBUG=gctrace=1`` each cycle prints Go's line.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import cost
from .heap import HeapObject, has_pointers, mark

GC_OFF, GC_MARK, GC_MARKTERM = "off", "mark", "marktermination"  # gcphase
DEFAULT_HEAP_MINIMUM = 4 << 20
TRIGGER_RATIO_DEN, MIN_TRIGGER_RATIO_NUM, MAX_TRIGGER_RATIO_NUM = 64, 45, 61
SWEEP_MIN_HEAP_DISTANCE = 1 << 20
NEVER = 1 << 62
GOAL_OFF = 8796093022192 << 20  # the goal gctrace shows with GOGC=off (measured, go1.19)


@dataclass
class Cycle:
    """One GC cycle, as gcMarkTermination reports it (times in ns of the virtual clock)."""
    n: int
    forced: bool
    t_sweepterm: int
    heap0: int
    goal: int
    stacks: int
    globals: int
    procs: int = 1
    t_mark: int = 0
    t_markterm: int = 0
    t_end: int = 0
    heap1: int = 0
    heap2: int = 0
    cpu_sweepterm: int = 0
    cpu_assist: int = 0
    cpu_background: int = 0
    cpu_idle: int = 0
    cpu_markterm: int = 0
    util: int = 0  # GC's share of all CPU time since the program started, percent
    freed: int = 0  # objects swept
    freed_bytes: int = 0
    shrunk: list = field(default_factory=list)  # (goroutine id, old size, new size)

    def gctrace(self) -> str:
        ms = fmt_ns_as_ms
        clock = "+".join(ms(b - a) for a, b in ((self.t_sweepterm, self.t_mark),
                                                (self.t_mark, self.t_markterm), (self.t_markterm, self.t_end)))
        cpu = (f"{ms(self.cpu_sweepterm)}+{ms(self.cpu_assist)}/{ms(self.cpu_background)}/"
               f"{ms(self.cpu_idle)}+{ms(self.cpu_markterm)}")
        line = (f"gc {self.n} @{itoa_div(self.t_sweepterm // 1_000_000, 3)}s {self.util}%: {clock} ms clock, "
                f"{cpu} ms cpu, {self.heap0 >> 20}->{self.heap1 >> 20}->{self.heap2 >> 20} MB, "
                f"{self.goal >> 20} MB goal, {self.stacks >> 20} MB stacks, {self.globals >> 20} MB globals, "
                f"{self.procs} P")
        return line + (" (forced)" if self.forced else "")


def itoa_div(val: int, dec: int) -> str:
    """runtime.itoaDiv: val / 10**dec with dec decimals."""
    s = str(val).rjust(dec + 1, "0")
    return s if dec == 0 else s[:-dec] + "." + s[-dec:]


def fmt_ns_as_ms(ns: int) -> str:
    """runtime.fmtNSAsMS: whole ms from 10 ms, else two significant digits, at most 3 decimals."""
    if ns >= 10_000_000:
        return itoa_div(ns // 1_000_000, 0)
    x = ns // 1000
    if x == 0:
        return "0"
    dec = 3
    while x >= 100:
        x //= 10
        dec -= 1
    return itoa_div(x, dec)


class PIController:
    """mgcpacer.go's piController, which smooths the cons/mark estimate."""

    def __init__(self, kp=0.9, ti=4.0, tt=1000.0, lo=-1000.0, hi=1000.0) -> None:
        self.kp, self.ti, self.tt, self.min, self.max = kp, ti, tt, lo, hi
        self.err_integral = 0.0

    def next(self, inp: float, setpoint: float, period: float) -> float:
        prop = self.kp * (setpoint - inp)
        raw = prop + self.err_integral
        out = min(max(raw, self.min), self.max)
        self.err_integral += (self.kp * period / self.ti) * (setpoint - inp) + (period / self.tt) * (out - raw)
        return out


class Collector:
    def __init__(self, m, gogc: int = 100, heap_min: int | None = None, gctrace: bool = False,
                 shrink: bool = True) -> None:
        self.m = m
        self.heap = m.heap
        self.gogc = gogc  # -1: GOGC=off
        self.heap_minimum = heap_min if heap_min is not None else DEFAULT_HEAP_MINIMUM * max(gogc, 0) // 100
        self.gctrace = gctrace
        self.shrink = shrink
        self.phase = GC_OFF
        self.cycles: list[Cycle] = []
        self.cur: Cycle | None = None
        self.heap_marked = 0
        self.last_heap_scan = 0
        self.last_stack_scan = 0
        self.globals_scan = 0
        self.cons_mark = 0.0
        self.pi = PIController()
        self.goal = 0
        self.trigger = 0
        self.triggered = NEVER
        self.total_gc_cpu = 0  # work.totaltime: sweep-term + assist + background + mark-term
        # the cycle in progress
        self.marked: set[int] = set()  # addresses of objects marked (black or grey)
        self.order: list[HeapObject] = []  # the snapshot's objects in scan order
        self.black = 0  # order[:black] are black, the rest of the snapshot grey
        self.work_total = 0  # ns of mark work the cycle needs
        self.work_done = 0
        self.last_work = 0  # the last cycle's mark work: what the next one expects
        self.last_check = 0  # clock at the last background-worker step
        self._index = None  # address -> position in order, built when the UI asks for colours
        self.commit()

    # ------------------------------------------------------------ the pacer

    def commit(self) -> None:
        if self.gogc < 0:
            goal = GOAL_OFF
        else:
            goal = self.heap_marked + (self.heap_marked + self.last_stack_scan + self.globals_scan) * self.gogc // 100
        self.goal = max(goal, self.heap_minimum)
        self.runway = int(self.cons_mark * (1 - cost.GC_BACKGROUND_UTILIZATION) / cost.GC_BACKGROUND_UTILIZATION
                          * (self.last_heap_scan + self.last_stack_scan + self.globals_scan))
        self.trigger = self._trigger()
        self.heap.set_trigger(self.trigger if self.phase == GC_OFF else -NEVER)

    def _trigger(self) -> int:
        goal, marked = self.goal, self.heap_marked
        if self.gogc < 0:
            return NEVER
        if marked >= goal:
            return goal
        lo = marked + (goal - marked) // TRIGGER_RATIO_DEN * MIN_TRIGGER_RATIO_NUM
        hi = marked + (goal - marked) // TRIGGER_RATIO_DEN * MAX_TRIGGER_RATIO_NUM
        if goal > DEFAULT_HEAP_MINIMUM and goal - DEFAULT_HEAP_MINIMUM > hi:
            hi = goal - DEFAULT_HEAP_MINIMUM
        hi = max(hi, lo)
        trigger = lo if self.runway > goal else goal - self.runway
        return min(max(trigger, lo), hi)

    # ------------------------------------------------------------ hooks from the allocator and scheduler

    def on_alloc(self, span: int) -> bool:
        """mallocgc, before it allocates ``span`` bytes, once the heap reached the trigger
        or during a cycle: assist the marking; True when the object is allocated black."""
        if self.phase == GC_OFF:
            if self.heap.live + span >= self.trigger:  # gcTrigger{kind: gcTriggerHeap}
                self.heap.set_trigger(NEVER)
                self.m.request_safepoint()  # start() runs there, with every frame scannable
            return False
        self.background()
        if self.phase == GC_MARK:
            self.assist(span)
        return self.phase == GC_MARK

    def marked_add(self, addr: int) -> None:
        self.marked.add(addr)

    def background(self) -> None:
        """The fractional mark worker's share of the clock since it last ran."""
        if self.phase != GC_MARK:
            return
        now = self.m.sched.nanotime()
        dt = now - self.last_check
        if dt <= 0:
            return
        work = int(dt * cost.GC_BACKGROUND_UTILIZATION / (1 - cost.GC_BACKGROUND_UTILIZATION))
        work = min(work, self.work_total - self.work_done)
        self.cur.cpu_background += work
        self._charge(work)
        self.last_check = self.m.sched.nanotime()
        self._advance(work)

    def assist(self, span: int) -> None:
        """gcAssistAlloc: an allocating goroutine does mark work in proportion to what it
        allocates, at the rate revise() sets: the work expected from the last cycle spread
        over the heap left before the goal; when the heap outgrew that expectation, over
        an extrapolated goal of at most (1 + GOGC/100) x the goal (the hard goal)."""
        goal, live, done = self.cur.goal, self.heap.live, self.work_done
        expected = self.last_work
        if done > expected:
            ext = int((goal - self.triggered) / max(expected, 1) * self.work_total) + self.triggered
            goal = min(ext, int((1 + max(self.gogc, 0) / 100) * goal))
            expected = self.work_total
        if live > goal:
            goal = int(goal * 1.1)
            expected = self.work_total
        per_byte = max(expected - done, 1000) / max(goal - live, 1)
        work = min(self.work_total - done, int(per_byte * span) + 1)
        self.cur.cpu_assist += work
        self._charge(work)
        self.last_check = self.m.sched.nanotime()
        self._advance(work)

    def _charge(self, ns: int) -> None:
        g = self.m.sched.curg
        if g is not None:
            g.ops += ns
        else:
            self.m.sched.now += ns

    def _advance(self, work: int) -> None:
        self.work_done += work
        if self.work_total:
            self.black = len(self.order) * min(self.work_done, self.work_total) // self.work_total
        if self.work_done >= self.work_total:
            self.mark_termination()

    # ------------------------------------------------------------ a cycle

    def start(self, forced: bool) -> None:
        """gcStart: sweep termination (stop the world), then the mark phase begins."""
        m = self.m
        now = m.sched.nanotime()
        self.triggered = self.heap.live
        c = self.cur = Cycle(len(self.cycles) + 1, forced, now, self.heap.live, self.goal,
                             self.last_stack_scan, self.globals_scan)
        self._charge(cost.SWEEPTERM_NS)
        c.cpu_sweepterm = cost.SWEEPTERM_NS
        c.t_mark = m.sched.nanotime()
        self._emit("gc_phase", phase=GC_MARK, cycle=c.n, forced=forced, stw_ns=cost.SWEEPTERM_NS)
        self.phase = GC_MARK
        self.heap.set_trigger(-NEVER)  # every allocation now checks in (black allocation, assists)
        roots, stack_bytes = m.gc_roots()
        self.order = mark(roots, skip=m.runtime_ids, immutables=self.heap.immutables)
        self.marked = {r.addr for r in self.order}
        self.black = 0
        self._index = None
        scans: dict = {}
        heap_scan = 0
        for r in self.order:
            t = r.type
            hp = scans.get(id(t))
            if hp is None:
                hp = scans[id(t)] = has_pointers(t)
            if hp:
                heap_scan += r.size
        self.last_heap_scan = heap_scan
        self.last_stack_scan = stack_bytes
        self.globals_scan = m.globals_size
        self.work_total = (len(self.order) * cost.MARK_OBJECT_NS
                           + (heap_scan + stack_bytes + m.globals_size) // cost.SCAN_BYTES_PER_NS)
        self.work_done = 0
        self.last_check = m.sched.nanotime()
        if self.shrink:  # scanstack shrinks stacks that use under a quarter
            for g in m.sched.allgs:
                if g.state != "dead":
                    old = g.stack_size
                    if m.stacks.shrinkstack(g):
                        c.shrunk.append((g.id, old, g.stack_size))
        if forced:  # runtime.GC blocks its caller: the idle P marks at full speed
            work = self.work_total
            c.cpu_idle += work
            self._charge(work)
            self._advance(work)
        elif self.work_total == 0:
            self.mark_termination()

    def mark_termination(self) -> None:
        """Stop the world, finish, turn the barrier off, and sweep the white objects."""
        m, c, h = self.m, self.cur, self.heap
        self.phase = GC_MARKTERM
        c.t_markterm = m.sched.nanotime()
        self._emit("gc_phase", phase=GC_MARKTERM, cycle=c.n)
        self._charge(cost.MARKTERM_NS)
        c.cpu_markterm = cost.MARKTERM_NS
        c.heap1 = h.live
        freed = h.sweep(self.marked)
        c.freed_bytes = sum(rec.span for rec in freed)
        h.spans.flush()
        c.freed = len(freed)
        c.heap2 = self.heap_marked = h.live
        c.t_end = m.sched.nanotime()
        self._charge(len(freed) * cost.SWEEP_OBJECT_NS)  # the sweep, after the world restarts
        self.total_gc_cpu += c.cpu_sweepterm + c.cpu_assist + c.cpu_background + c.cpu_markterm
        c.util = int(100 * self.total_gc_cpu / max(c.t_end, 1))
        self._update_cons_mark(c)
        self.last_work = self.work_total
        self.phase = GC_OFF
        self.cycles.append(c)
        self.cur = None
        self.order, self.marked, self.black = [], set(), 0
        self.commit()
        self._emit("gc_phase", phase=GC_OFF, cycle=c.n, stw_ns=cost.MARKTERM_NS,
                   freed=c.freed, heap_live=h.live, goal=self.goal)
        if m.events is not None:
            for rec in freed:
                m.events.emit("free", m.sched.curg, "", addr=rec.addr, type=rec.type.name, span=rec.span)
        if self.gctrace:
            m.stderr.write((c.gctrace() + "\n").encode())

    def _update_cons_mark(self, c: Cycle) -> None:
        """endCycle: the cons/mark ratio this cycle saw, smoothed by the PI controller."""
        duration = c.t_markterm - c.t_mark
        if c.forced or duration <= 0 or c.heap1 <= self.triggered:
            return
        util = cost.GC_BACKGROUND_UTILIZATION + c.cpu_assist / duration
        idle = c.cpu_idle / duration
        scan = max(self.work_total * cost.SCAN_BYTES_PER_NS, 1)
        if util >= 1:
            return
        current = (c.heap1 - self.triggered) * (util + idle) / (scan * (1 - util))
        self.cons_mark = self.pi.next(self.cons_mark, current, 1.0)

    def force(self) -> None:
        """runtime.GC(): finish the cycle in progress, then run a whole one."""
        if self.phase == GC_MARK:
            work = self.work_total - self.work_done
            self.cur.cpu_idle += work
            self._charge(work)
            self._advance(work)
        self.start(forced=True)

    # ------------------------------------------------------------ what the UI reads

    def colour(self, rec: HeapObject) -> str:
        """white, grey or black during a cycle; outside one every object is black."""
        if self.phase == GC_OFF:
            return "black"
        if rec.addr not in self.marked:
            return "white"
        if self._index is None:
            self._index = {r.addr: k for k, r in enumerate(self.order)}
        i = self._index.get(rec.addr)
        return "grey" if i is not None and i >= self.black else "black"

    def _emit(self, kind: str, **fields) -> None:
        ev = self.m.events
        if ev is not None:
            ev.emit(kind, self.m.sched.curg, "", **fields)
