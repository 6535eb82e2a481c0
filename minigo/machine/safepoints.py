"""What the collector scans and when: the roots (package variables; every goroutine's
frames with the values they hold mid-expression, less the variables dead at each
frame's statement), found at a safe point where every goroutine is suspended, and the
entry points of runtime.GC() and of a cycle the heap triggered."""
from __future__ import annotations

from gc import get_referents

from .heap import mark
from .sched import DEAD, TICK


class SafepointOps:
    """Mixed into the Machine."""

    def gc_roots(self) -> tuple[list, int]:
        """What the collector scans: package variables, and every goroutine's frames
        including the values it holds mid-expression; with the bytes of stack in use."""
        out = [v for k, v in self.ns.items() if k.startswith("G_")]
        stack_bytes = 0
        for g in self.sched.allgs:
            if g.state == DEAD:
                continue
            stack_bytes += g.used
            gen = g.gen
            while gen is not None and gen.gi_frame is not None:
                out.extend(self._frame_roots(gen))
                gen = gen.gi_yieldfrom
        return out, stack_bytes

    def _frame_roots(self, gen) -> list:
        """What a suspended frame holds for the collector: its locals and the values on
        its evaluation stack, less the Go variables dead at its statement (stack maps)."""
        f = gen.gi_frame
        p = self.program
        k = -1
        if f.f_code.co_filename == self.code_name and f.f_lineno < len(p.line_stops):
            k = p.line_stops[f.f_lineno]
        live = p.stop_live[k] if k >= 0 else None
        if live is None:
            return get_referents(gen)
        loc = f.f_locals  # (a snapshot dict the frame keeps: not a root of its own)
        refs = [r for r in get_referents(gen) if r is not loc]
        layout = p.frames.get(p.stops[k].func)
        dead = [loc[s.pyname] for s in layout.slots if s.pyname not in live and s.pyname in loc]
        for v in dead:  # drop the local's own reference; a copy on the stack stays a root
            for i, r in enumerate(refs):
                if r is v:
                    del refs[i]
                    break
        return refs

    def live_heap(self) -> list:
        """The heap objects the program can still reach, in address order: what a
        collection starting here would keep (the UI's view and the collector's are one)."""
        return sorted(mark(self.gc_roots()[0], self.runtime_ids, self.heap.immutables))

    def gc(self) -> None:
        """runtime.GC()."""
        self.collector.force()

    def set_traps(self, armed: list) -> None:
        """Arm these stop points (the debugger), keeping a pending safe point's.  An
        armed entry is reached through the prologue's slow path, which its
        function's ``_E<k>`` flag opens (stack.py)."""
        ns = self.ns
        for k in self.entries:
            ns[f"_E{k}"] = armed[k]
        if self.safepoint_traps is not None:
            self.safepoint_traps = list(armed)
        else:
            self.traps[:] = armed

    def request_safepoint(self) -> None:
        """Stop the running goroutine at its next statement (Go's safe point), so the
        collector can scan every frame, values held mid-expression included."""
        if self.safepoint_traps is None:
            self.safepoint_traps = self.traps[:]
            self.traps[:] = [True] * len(self.traps)

    def safepoint(self, r):
        """The running goroutine is suspended at a stop point: at a statement, a safe
        point, start the GC cycle.  A function's entry and return stops are the
        debugger's only (Go's safe points are at statements too, and its stack check at
        entry; minigo's are statements alone), so the collector waits for the next
        statement.  Returns what the goroutine yielded, TICK for a stop only the safe
        point wanted."""
        if r.__class__ is int and not self.safe[r]:
            return r if self.safepoint_traps[r] else TICK
        saved, self.safepoint_traps = self.safepoint_traps, None
        self.traps[:] = saved
        self.collector.start(forced=False)
        if r.__class__ is int and not saved[r]:
            return TICK
        return r
