"""Channels and select (Go's runtime/chan.go and select.go).

A channel has a ring buffer of ``cap`` elements and two wait queues of sudogs — parked
goroutines with the element they send or will receive.  A send to a parked receiver hands
the value over directly and readies it; a receive from a full buffer with parked senders
takes the head and moves the first sender's value into the buffer, as Go does.  ``select``
polls its cases in a pseudo-random order from a seeded generator (Go uses fastrand), so a
run is still the same every time; if none is ready it parks on every channel at once.
"""
from __future__ import annotations

from collections import deque

from .panics import go_panic_error
from .sched import PARK


class Sudog:
    __slots__ = ("g", "elem", "ok", "sel", "case")

    def __init__(self, g, elem=None, sel=None, case=-1):
        self.g, self.elem, self.ok, self.sel, self.case = g, elem, False, sel, case


class Chan:
    __slots__ = ("cap", "buf", "sendq", "recvq", "closed", "zero", "elemtype", "_h", "__weakref__")

    def __init__(self, cap: int, zero, elemtype=None):
        self.cap = cap
        self.buf: deque = deque()
        self.sendq: deque[Sudog] = deque()
        self.recvq: deque[Sudog] = deque()
        self.closed = False
        self.zero = zero  # makes the element's zero value
        self.elemtype = elemtype

    def zero_value(self):
        return self.zero()

    def __len__(self) -> int:
        return len(self.buf)


def _dequeue(q: deque):
    """The first waiter that is not a select already woken by another case (dequeueSudoG)."""
    while q:
        sg = q.popleft()
        if sg.sel is not None:
            if sg.sel.done:
                continue
            sg.sel.done = True
        return sg
    return None


class Select:
    __slots__ = ("done",)

    def __init__(self):
        self.done = False


class ChanOps:
    """Channel operations for the running goroutine; mixed into the Machine."""

    def chan_send(self, c: Chan, v):
        if c is None:
            self.sched.park("chan send (nil chan)")
            yield PARK
            return
        if not self._try_send(c, v):
            sg = Sudog(self.sched.curg, v)
            c.sendq.append(sg)
            self.sched.park("chan send")
            yield PARK
            if not sg.ok:
                raise go_panic_error("send on closed channel", runtime=False)
        if self.events is not None:
            self.events.emit("chan_send", self.sched.curg, "", chan=self.addr_of(c), len=len(c.buf))

    def chan_recv(self, c: Chan):
        """A receive: returns (value, ok)."""
        if c is None:
            self.sched.park("chan receive (nil chan)")
            yield PARK
            return None, False
        got = self._try_recv(c)
        if got is None:
            sg = Sudog(self.sched.curg)
            c.recvq.append(sg)
            self.sched.park("chan receive")
            yield PARK
            got = sg.elem, sg.ok
        if self.events is not None:
            self.events.emit("chan_recv", self.sched.curg, "", chan=self.addr_of(c), len=len(c.buf), ok=got[1])
        return got

    def _try_send(self, c: Chan, v) -> bool:
        """Send without blocking: to a parked receiver, else into the buffer."""
        if c.closed:
            raise go_panic_error("send on closed channel", runtime=False)
        sg = _dequeue(c.recvq)
        if sg is not None:
            sg.elem, sg.ok = v, True
            self._wake(sg)
            return True
        if len(c.buf) < c.cap:
            c.buf.append(v)
            return True
        return False

    def _try_recv(self, c: Chan):
        """Receive without blocking: (value, ok), or None when the receive would block.
        From a full buffer it takes the head and moves the first parked sender's value in."""
        if c.buf:
            v = c.buf.popleft()
            sg = _dequeue(c.sendq)
            if sg is not None:
                c.buf.append(sg.elem)
                sg.ok = True
                self._wake(sg)
            return v, True
        sg = _dequeue(c.sendq)
        if sg is not None:
            sg.ok = True
            self._wake(sg)
            return sg.elem, True
        if c.closed:
            return c.zero_value(), False
        return None

    def _wake(self, sg: Sudog) -> None:
        if sg.sel is not None:
            sg.g.elem = (sg.case, sg.elem, sg.ok)
        self.sched.ready(sg.g)

    def chan_close(self, c: Chan) -> None:
        if c is None:
            raise go_panic_error("close of nil channel", runtime=False)
        if c.closed:
            raise go_panic_error("close of closed channel", runtime=False)
        c.closed = True
        if self.events is not None:
            self.events.emit("chan_close", self.sched.curg, "", chan=self.addr_of(c))
        while (sg := _dequeue(c.recvq)) is not None:
            sg.elem, sg.ok = c.zero_value(), False
            self._wake(sg)
        while (sg := _dequeue(c.sendq)) is not None:
            sg.ok = False  # the sender panics when it runs
            self._wake(sg)

    def select(self, cases: list, has_default: bool):
        """cases: [(chan, is_send, value)]. Returns (index, value, ok); index -1 is default."""
        n = len(cases)
        if n == 1 and not has_default:  # the compiler makes it a plain send or receive
            c, is_send, v = cases[0]
            if is_send:
                yield from self.chan_send(c, v)
                return 0, None, True
            v, ok = yield from self.chan_recv(c)
            return 0, v, ok
        order = list(range(n))
        for i in range(n - 1, 0, -1):  # Go's random poll order, from a seeded generator
            j = self.fastrandn(i + 1)
            order[i], order[j] = order[j], order[i]
        for i in order:
            c, is_send, v = cases[i]
            if c is None:
                continue
            if is_send:
                if self._try_send(c, v):
                    return self._selected(cases, i, None, True)
            else:
                got = self._try_recv(c)
                if got is not None:
                    return self._selected(cases, i, got[0], got[1])
        if has_default:
            return -1, None, False
        g = self.sched.curg
        if n == 0:
            self.sched.park("select (no cases)")
            yield PARK
        sel = Select()
        sgs = []
        for i, (c, is_send, v) in enumerate(cases):
            if c is None:
                continue
            sg = Sudog(g, v if is_send else None, sel, i)
            (c.sendq if is_send else c.recvq).append(sg)
            sgs.append((c, is_send, sg))
        self.sched.park("select")
        g.elem = None
        yield PARK
        case, elem, ok = g.elem
        g.elem = None
        for c, is_send, sg in sgs:  # leave the other channels' queues
            q = c.sendq if is_send else c.recvq
            if sg in q:
                q.remove(sg)
        if cases[case][1] and not ok:
            raise go_panic_error("send on closed channel", runtime=False)
        return self._selected(cases, case, elem, ok)

    def _selected(self, cases: list, i: int, v, ok: bool) -> tuple:
        """The select's outcome, reported as the channel operation it was."""
        if self.events is not None:
            c, is_send = cases[i][0], cases[i][1]
            if is_send:
                self.events.emit("chan_send", self.sched.curg, "", chan=self.addr_of(c), len=len(c.buf))
            else:
                self.events.emit("chan_recv", self.sched.curg, "", chan=self.addr_of(c), len=len(c.buf), ok=ok)
        return i, v, ok
