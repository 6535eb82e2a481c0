"""The machine: loads a compiled Program, runs its goroutines under the scheduler, and
ends as a Go program ends — main returning (status 0), an unrecovered panic (Go's
``panic: ...`` text and goroutine trace, status 2), a fatal error such as a deadlock
(status 2)."""
from __future__ import annotations

import functools
import sys
import weakref

from ..types import types as T
from . import cost, ops, utf8
from .alloc import AllocOps
from .chan import ChanOps
from .convt import ConvOps
from .defers import DeferOps
from .gc import GC_MARK, Collector
from .heap import Heap, record_of
from .lib import Lib
from .maps import MapOps
from .mheap import StackPool
from .panics import GoExit, GoPanic, as_panic, go_panic_error, nil_deref, stack_overflow
from .printbuiltin import format_print
from .rtypes import TypeTable
from .safepoints import SafepointOps
from .sched import DEAD, GC_FORCE, PARK, PREEMPT, QUANTUM, RUNNING, SETS_FINALIZERS, TICK, Scheduler
from .settings import Settings
from .sizeclass import roundupsize
from .stack import StackOverflow, Stacks
from .stackframes import stack_addr
from .strings_rt import StringOps
from .values import NIL_MAP, NIL_SLICE, Box, ElemRef, Slice, f32


MADE_UP_ADDR = 0xC000000100  # below the arena: addresses for fields and elements of stack values


class FmtEnv:
    """What fmt needs from the machine: run a Go method, and an address to print."""

    def __init__(self, m: "Machine") -> None:
        self.m = m

    def call(self, fn, *args):
        return self.m.call_sync(fn(*args))

    def addr(self, obj) -> int:
        return self.m.addr_of(obj)


class Machine(AllocOps, DeferOps, SafepointOps, ChanOps, StringOps, MapOps, ConvOps):
    def __init__(self, program, stdout, stderr, settings=None) -> None:
        self.program = program
        self.stdout = stdout
        self.stderr = stderr
        self.settings = settings = settings or Settings()
        self.sched = Scheduler()
        self.sched.runtime_goroutines += bool(SETS_FINALIZERS & set(program.imports))  # runfinq
        self.sched.now = cost.RUNTIME_INIT_NS
        self.heap = self.sched.heap = Heap(len(program.sites), self.sched)
        self.stacks = Stacks(StackPool(self.heap.pages), settings.max_stack, on_copy=self._stack_copied)
        self.events = None  # an EventLog while someone listens (minigo trace, the debugger)
        self.chans = weakref.WeakSet()  # the channels made so far, for the debugger
        self._bucket_types: dict = {}  # map type id -> the RType of its buckets
        self.safepoint_traps = None  # the stop traps to restore after a requested safe point
        self.fixed_sites: list = [None] * len(program.sites)  # site -> (record fields, span) once seen
        self.tt = TypeTable(list(program.types))
        self.lib = Lib(self)
        self.fmtenv = FmtEnv(self)
        self.waiters: dict = {}  # id(WaitGroup or Mutex) -> parked goroutines
        self.rand_state = 0x2545F4914F6CDD1D
        self.traps = [False] * len(program.stops)
        self.addrs: dict = {}  # id -> made-up address of printed non-heap values
        self.on_stop = None  # called with (g, stop index) at each armed stop point
        self.yields = 0  # goroutine yields to the scheduler other than stop points (a clock
        # the debugger can find a place by, whichever stop points are armed)
        self.safe = [st.kind == "stmt" for st in program.stops]  # the stop points that are safe points
        self.entries = [k for k, st in enumerate(program.stops) if st.kind == "entry"]
        self.returned = None  # the results, at a function's armed return stop (for the debugger)
        self.ns = self._namespace()
        for k in self.entries:  # a function's entry stop, armed: its prologue takes the slow path
            self.ns[f"_E{k}"] = False
        self.code_name = f"<minigo:{program.filename}>"
        code = compile(program.source, self.code_name, "exec")
        exec(code, self.ns)
        self.runtime_ids = frozenset([id(self.ns), id(self)] + [
            id(v) for k, v in self.ns.items() if not k.startswith("G_")])
        self.globals_size = sum(T.sizeof(t) for _, _, t in program.globals)
        self.collector = Collector(self, settings.gogc, settings.heap_min, settings.gctrace,
                                   settings.shrink_stacks)
        self.heap.on_alloc = self.collector.on_alloc
        self.heap.on_black = self.collector.marked_add
        self.heap.site_pos = self.site_pos

    # ------------------------------------------------------------ the generated code's world

    def _namespace(self) -> dict:
        tt = self.tt
        return {
            "_m": self, "_T": self.traps, "_QUANTUM": QUANTUM, "_L": self.lib,
            "_rt": tt.rt, "_z": tt.z, "_cp": tt.cp, "_ci": tt.ci, "_cls": tt.cls,
            "_Box": Box, "_ElemRef": ElemRef, "_Slice": Slice, "_NS": NIL_SLICE, "_NM": NIL_MAP,
            "_w": ops.wrap_signed, "_idiv": ops.idiv, "_irem": ops.irem, "_fdiv": ops.fdiv,
            "_shl": ops.shl, "_shr": ops.shr, "_f32": f32, "_f2i": ops.float_to_int,
            "_oob": ops.oob, "_sidx": ops.str_index, "_sslice": ops.str_slice,
            "_slslice": ops.slice_slice, "_arslice": ops.slice_array, "_copy": self.copy_slice,
            "_nank": nan_key,
            "_i2s": self.rune_to_string, "_b2sl": self.string_to_bytes, "_sl2b": self.bytes_to_string,
            "_s2r": self.string_to_runes, "_sl2r": self.runes_to_string, "_cat": self.concat,
            "_range_str": range_string, "_partial": functools.partial,
            "_nn": not_nil, "_ptreq": ptr_eq, "_ifeq": iface_eq,
            "_send": self.chan_send, "_recv": self.chan_recv, "_close": self.chan_close,
            "_select": self.select, "_chlen": chan_len, "_chcap": chan_cap,
            "_makechan": self.makechan, "_makeslice": self.makeslice,
            "_append1": self.append1, "_append": self.append, "_append_slice": self.append_slice,
            "_halloc": self.halloc, "_hbox": self.hbox,
            "_go": self.go, "_rundefers": self.rundefers, "_panic": self.panic, "_recover": self.recover,
            "_assert": self.type_assert, "_assert2": self.type_assert2,
            "_iassert": self.iface_assert, "_iassert2": self.iface_assert2, "_implements": implements,
            "_preempt": self.preempt, "_printb": self.print_builtin, "_thunk": thunk,
            "_g": None, "_morestack": self.morestack, "_makemap": self.makemap, "_mapgrow": self.map_grow,
            "_convT": self.convT,
        }

    # ------------------------------------------------------------ goroutines, defer, panic

    def go(self, fn, args: tuple, name: str, creator: str, line: int) -> None:
        if fn is None:
            raise GoPanic(None, fatal="go of nil func value")
        gname = self.program.funcnames.get(getattr(fn, "__name__", ""), name)
        self.newproc(fn(*args), gname, (creator, line))

    def newproc(self, gen, name: str, created_by=None):
        g = self.sched.newproc(gen, name, created_by)
        self.stacks.stackalloc(g)
        if self.events is not None:
            self.events.emit("go_create", self.sched.curg, "", id=g.id, func=name)
        return g

    def _stack_copied(self, g, old: int, new: int, why: str) -> None:
        g.ops += g.used // cost.STACK_COPY_BYTES_PER_NS
        if self.events is not None:
            self.events.emit("stack_" + why, g, "", **{"from": old, "to": new, "used": g.used})

    def site_pos(self, site: int) -> str:
        s = self.program.sites[site]
        return f"{self.program.filename}:{s.line}:{s.col}"

    def morestack(self, frame: int, entry: int) -> bool:
        """The prologue's slow path: grow the running goroutine's stack (or overflow)
        when the frame does not fit; whether the function's entry stop point is armed
        (the debugger's ``_E<k>`` flag may have brought it here: stack.py)."""
        stacks, g = self.stacks, self.sched.curg
        if stacks.needs_growth(g, frame):
            try:
                stacks.newstack(g, frame)
            except StackOverflow as e:
                raise stack_overflow(e.limit, e.sp, e.lo, e.hi) from None
        return self.traps[entry]

    def preempt(self):
        """A loop looked at the clock (every QUANTUM back-edges): charge the iterations,
        let the GC's background worker run, and end the time slice after 10 ms."""
        sched = self.sched
        sched.curg.ops += QUANTUM * cost.BACKEDGE_NS
        if self.collector.phase == GC_MARK:
            self.collector.background()
        if sched.nanotime() - sched.slice_start >= cost.FORCE_PREEMPT_NS:
            sched.gosched()
            return PREEMPT
        return TICK

    # ------------------------------------------------------------ type assertions

    def type_assert(self, x, rt, src):
        if x is not None and x[0] is rt:
            return x[1]
        raise self._assert_error(x, rt, src)

    def type_assert2(self, x, rt, src):
        if x is not None and x[0] is rt:
            return x[1], True
        return rt.zero(), False

    def iface_assert(self, x, rt, src):
        if implements(x, rt):
            return x
        raise self._assert_error(x, rt, src)

    def iface_assert2(self, x, rt, src):
        if implements(x, rt):
            return x, True
        return None, False

    def _assert_error(self, x, rt, src) -> GoPanic:
        have = x[0].name if x is not None else "nil"
        if x is not None and rt.kind == "interface":
            missing = sorted(m for m in rt.methods if m not in x[0].methods)
            text = f"interface conversion: {have} is not {rt.name}: missing method {missing[0]}"
        else:
            text = f"interface conversion: {src.name} is {have}, not {rt.name}"
        return go_panic_error(text, runtime=False, kind="*TypeAssertionError")

    # ------------------------------------------------------------ output

    def write_stdout(self, b: bytes) -> None:
        self.stdout.write(b)

    def print_builtin(self, args, newline: bool) -> None:
        self.stderr.write(format_print(args, newline, self.addr_of))

    def addr_of(self, obj) -> int:
        """The address Go would print for a pointer, map, channel or func value."""
        if obj is None:
            return 0
        if isinstance(obj, Slice):
            obj = obj.a
        rec = record_of(obj)
        if rec is not None:
            return rec.addr
        a = stack_addr(self, obj)  # a variable in a frame: where its slot is now
        if a is not None:
            return a
        k = id(obj)  # an element or field of one: a stable made-up address
        a = self.addrs.get(k)
        if a is None:
            a = self.addrs[k] = MADE_UP_ADDR + 0x10 * len(self.addrs)
        return a

    def fastrandn(self, n: int) -> int:
        x = self.rand_state
        x ^= (x << 13) & 0xFFFFFFFFFFFFFFFF
        x ^= x >> 7
        x ^= (x << 17) & 0xFFFFFFFFFFFFFFFF
        self.rand_state = x
        return x % n

    def call_sync(self, gen):
        """Run a Go call to completion inside a library function (fmt calling String())."""
        try:
            while True:
                r = next(gen)
                if r is GC_FORCE:
                    self.collector.force()
                elif r is PARK:
                    raise GoPanic(None, fatal="minigo: a String or Error method blocked inside fmt")
        except StopIteration as e:
            return e.value

    # ------------------------------------------------------------ running

    def run(self) -> int:
        ns = self.ns

        def main_g():
            yield from ns["_init"]()
            yield from ns["F_main"]()
        self.newproc(main_g(), "main.main")
        sched = self.sched
        try:
            while True:
                g = sched.findrunnable()
                if g is None:
                    return self.deadlock()
                sched.dispatch(g)
                ns["_g"] = g
                g.state = RUNNING
                send = g.gen.send
                try:
                    while True:
                        r = send(None)
                        if r.__class__ is not int:
                            self.yields += 1
                        if self.safepoint_traps is not None:
                            r = self.safepoint(r)
                        if r is TICK:
                            continue
                        if r is PARK or r is PREEMPT:
                            break
                        if r is GC_FORCE:
                            self.collector.force()
                            continue
                        if self.on_stop is not None:
                            self.on_stop(g, r)
                except StopIteration:
                    g.state = DEAD
                    self.stacks.stackfree(g)
                    if self.events is not None:
                        self.events.emit("go_exit", g, "")
                    if g.id == 1:
                        return 0
                except GoExit as e:
                    return e.status
                except BaseException as exc:
                    p = as_panic(exc)
                    if not isinstance(p, GoPanic):
                        raise
                    return self.die(g, p, exc)
        finally:
            self.flush()

    def flush(self) -> None:
        for s in (self.stdout, self.stderr):
            try:
                s.flush()
            except Exception:
                pass

    # ------------------------------------------------------------ failures, as Go prints them

    def die(self, g, p: GoPanic, exc) -> int:
        from .failures import go_frames, panic_report
        if self.events is not None and not p.reported:
            if not p.go_frames:
                p.go_frames = go_frames(self, None, exc.__traceback__)
            self._panic_event(p, self._frame_pos(p))
        self.stderr.write(panic_report(self, g, p, exc))
        return 2

    def deadlock(self) -> int:
        from .failures import deadlock_report
        self.stderr.write(deadlock_report(self))
        return 2

    def frames_of(self, frame, tb) -> list:
        from .failures import go_frames
        return go_frames(self, frame, tb)


# ---------------------------------------------------------------- helpers for generated code

def not_nil(p):
    if p is None:
        raise nil_deref()
    return p


def nan_key(k):
    """A float map key: each NaN is a new key that no lookup finds, as in Go."""
    return float("nan") if k != k else k


def ptr_eq(a, b) -> bool:
    if a is b:
        return True
    return isinstance(a, ElemRef) and a == b


def iface_eq(a, b) -> bool:
    if a is None or b is None:
        return a is b
    if a[0] is not b[0]:
        return False
    rt = a[0]
    if rt.kind == "ptr":
        return a[1] is b[1] or (isinstance(a[1], ElemRef) and a[1] == b[1])
    if not rt.comparable:
        raise go_panic_error(f"comparing uncomparable type {rt.name}")
    return a[1] == b[1]


def implements(x, rt) -> bool:
    if x is None:
        return False
    ms = x[0].methods
    return all(m in ms for m in rt.methods)


def chan_len(c) -> int:
    return 0 if c is None else len(c.buf)


def chan_cap(c) -> int:
    return 0 if c is None else c.cap


def range_string(s: bytes):
    if s.isascii():
        return enumerate(s)
    return _range_runes(s)


def _range_runes(s: bytes):
    i, n = 0, len(s)
    while i < n:
        r, w = utf8.decode_rune(s, i)
        yield i, r
        i += w


def thunk(fn):
    def gen():
        return fn()
        yield
    return gen


sys.setrecursionlimit(max(sys.getrecursionlimit(), 10000))
__all__ = ["Machine", "roundupsize"]
