"""A stopped machine as immutable plain data, for the UI, the CLI and tests.

A ``Snapshot`` holds what the panes show: goroutines with their stacks and frames, each
frame's slots (value as fmt's %v prints it, on the stack or moved to the heap and why),
the heap's objects (address, type, size class, allocation site, Go's reason, GC colour,
pointers out and in), channels, the collector's state and its finished cycles, the
program's output and the virtual clock.  Equal snapshots mean equal machine states, so
time travel can be checked by comparing them; ``diff.diff`` says what a step changed.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..machine.heap import children, pointers, record_in
from .values import channels, frames, render, variable, where


@dataclass(frozen=True)
class SlotSnap:
    name: str
    type: str  # Go's type string
    offset: int  # from the frame's lowest address
    size: int  # bytes in the frame (8 for a variable moved to heap: its pointer)
    addr: int  # the slot's stack address
    value: str | None  # as fmt's %v prints it; None before the variable is declared
    heap: bool  # moved to heap: the variable is the heap object ``objects[0]``
    reason: str  # Go's -m text when moved to heap
    flow: tuple[str, ...]  # and Go's -m=2 explanation of why
    objects: tuple[int, ...]  # heap objects the slot points at directly (addresses)


@dataclass(frozen=True)
class FrameSnap:
    func: str
    line: int
    sp: int  # the frame's lowest stack address
    size: int
    slots: tuple[SlotSnap, ...]


@dataclass(frozen=True)
class GSnap:
    id: int
    state: str  # running, runnable, waiting
    waitreason: str  # "chan receive", "select", "sleep", ... or ""
    func: str  # where it is
    line: int
    stack_lo: int
    stack_size: int  # bytes: 2048, 4096, ...
    used: int  # bytes of the stack its frames use
    frames: tuple[FrameSnap, ...]  # innermost first


@dataclass(frozen=True)
class ObjSnap:
    addr: int
    type: str
    size: int
    sizeclass: int
    span: int  # the size class's slot size (bytes taken)
    line: int  # the allocation site (0: the runtime's own, e.g. map buckets)
    col: int
    what: str  # "moved to heap: x", "&lit", "make", ... or the runtime's reason
    reason: str  # Go's -m text
    flow: tuple[str, ...]  # Go's -m=2 explanation of why it escapes
    colour: str  # white, grey or black
    points_to: tuple[int, ...]  # heap objects it points at
    pointed_by: tuple[int, ...]  # heap objects pointing at it
    slots_in: tuple[tuple[int, int, str], ...]  # (goroutine, frame index, slot) pointing at it


@dataclass(frozen=True)
class ChanSnap:
    addr: int
    elem: str
    cap: int
    buf: tuple[str, ...]  # buffered values, as %v
    closed: bool
    sendq: tuple[int, ...]  # goroutines blocked sending
    recvq: tuple[int, ...]  # and receiving


@dataclass(frozen=True)
class CycleSnap:
    n: int
    forced: bool
    t_sweepterm: int  # virtual ns: sweep termination (STW) starts
    t_mark: int  # concurrent mark starts
    t_markterm: int  # mark termination (STW) starts
    t_end: int  # the cycle ends (sweep starts)
    heap0: int  # heap at the start, at mark termination, marked (bytes)
    heap1: int
    heap2: int
    goal: int
    util: int  # GC's CPU share so far, percent
    gctrace: str  # the line GODEBUG=gctrace=1 prints


@dataclass(frozen=True)
class GCSnap:
    phase: str  # _GCoff, _GCmark, _GCmarktermination
    cycle: int  # the cycle in progress (0: none)
    heap_live: int
    trigger: int
    goal: int
    cycles: tuple[CycleSnap, ...]  # finished cycles, oldest first


@dataclass(frozen=True)
class Snapshot:
    step: int
    time_ns: int
    g: int  # the goroutine stopped at (0 once the program ended)
    goroutines: tuple[GSnap, ...]
    heap: tuple[ObjSnap, ...]  # by address
    gc: GCSnap
    channels: tuple[ChanSnap, ...]
    stdout: bytes
    stderr: bytes

    def goroutine(self, gid: int) -> GSnap | None:
        return next((g for g in self.goroutines if g.id == gid), None)

    def object(self, addr: int) -> ObjSnap | None:
        return next((o for o in self.heap if o.addr == addr), None)


def first_objects(v, immutables) -> tuple[int, ...]:
    """The heap objects a value reaches without passing through another heap object."""
    out, seen, todo = set(), set(), [v]
    while todo:
        v = todo.pop()
        if v is None or isinstance(v, (int, float, str, bool)):
            continue
        rec = record_in(v, immutables)
        if rec is not None:
            out.add(rec.addr)
            continue
        if id(v) not in seen:
            seen.add(id(v))
            todo.extend(children(v))
    return tuple(sorted(out))


def take(m, program, step: int, g: int, stdout: bytes, stderr: bytes) -> Snapshot:
    imm = m.heap.immutables
    gs, slots_in = [], {}
    for gr in m.sched.allgs:
        if gr.state == "dead":
            continue
        frs = []
        for i, f in enumerate(frames(m, gr)):
            slots = []
            for sv in f.slots:
                s = sv.slot
                objs = first_objects(sv.value, imm) if sv.live else ()
                for a in objs:
                    slots_in.setdefault(a, []).append((gr.id, i, s.name))
                site = program.sites[s.site] if s.site is not None else None
                value = render(m, s.type, variable(sv)) if sv.live else None
                slots.append(SlotSnap(s.name, s.type, s.offset, s.size, sv.addr, value, s.heap,
                                      site.reason if site else "", site.flow if site else (), objs))
            frs.append(FrameSnap(f.func, f.line, f.sp, f.size, tuple(slots)))
        func, line = (frs[0].func, frs[0].line) if frs else where(m, gr)  # innermost frame
        gs.append(GSnap(gr.id, gr.state, gr.waitreason or "", func, line, gr.stack_lo, gr.stack_size,
                        gr.used, tuple(frs)))
    edges = pointers(m.gc_roots()[0], m.runtime_ids, imm)
    into: dict[int, list[int]] = {}
    for a, outs in edges.items():
        for b in outs:
            into.setdefault(b, []).append(a)
    heap = []
    for r in sorted(m.heap.allocs):
        site = program.sites[r.site] if r.site is not None else None
        heap.append(ObjSnap(r.addr, r.type.name, r.size, r.sizeclass, r.span,
                            site.line if site else 0, site.col if site else 0,
                            site.what if site else r.why, r.why, site.flow if site else (),
                            m.collector.colour(r),
                            tuple(sorted(edges.get(r.addr, ()))), tuple(sorted(into.get(r.addr, ()))),
                            tuple(slots_in.get(r.addr, ()))))
    c = m.collector
    cycles = tuple(CycleSnap(x.n, x.forced, x.t_sweepterm, x.t_mark, x.t_markterm, x.t_end, x.heap0,
                             x.heap1, x.heap2, x.goal, x.util, x.gctrace()) for x in c.cycles)
    gc = GCSnap(c.phase, c.cur.n if c.cur is not None else 0, m.heap.live, c.trigger, c.goal, cycles)
    chans = tuple(ChanSnap(*ch) for ch in channels(m))
    return Snapshot(step, m.sched.nanotime(), g, tuple(gs), tuple(heap), gc, chans, stdout, stderr)
