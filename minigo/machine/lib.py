"""The library packages minigo models (fmt, errors, strings, sync, time, runtime), as the
compiled code calls them: ``_L.println(args)`` and so on.  Functions that may block or
call back into Go code (fmt calling a String method) are generator functions."""
from __future__ import annotations

from . import fmt as gofmt
from .panics import GoPanic
from .sched import GC_FORCE, PARK, PREEMPT
from .values import NIL_SLICE, Slice


def _items(s: Slice) -> list:
    return s.a[s.o:s.o + s.n]


class Lib:
    def __init__(self, m) -> None:
        self.m = m

    def __getattr__(self, name: str):
        """``gen_f``: plain function f as a generator function, for go, defer and func values."""
        if not name.startswith("gen_"):
            raise AttributeError(name)
        fn = getattr(self, name[4:])

        def gen(*args):
            return fn(*args)
            yield
        setattr(self, name, gen)
        return gen

    # ------------------------------------------------------------ fmt

    def _write(self, b: bytes) -> None:
        self.m.write_stdout(b)

    def println(self, args):
        b = gofmt.sprintln(_items(args), self.m.fmtenv)
        self._write(b)
        return len(b), None
        yield

    def print(self, args):
        b = gofmt.sprint(_items(args), self.m.fmtenv)
        self._write(b)
        return len(b), None
        yield

    def printf(self, format, args):
        b = gofmt.sprintf(format, _items(args), self.m.fmtenv)
        self._write(b)
        return len(b), None
        yield

    def sprintf(self, format, args):
        return gofmt.sprintf(format, _items(args), self.m.fmtenv)
        yield

    def sprint(self, args):
        return gofmt.sprint(_items(args), self.m.fmtenv)
        yield

    def sprintln(self, args):
        return gofmt.sprintln(_items(args), self.m.fmtenv)
        yield

    def errorf(self, format, args):
        return gofmt.errorf(format, _items(args), self.m.fmtenv)
        yield

    def errors_new(self, text):
        return gofmt.errors_new(text)

    # ------------------------------------------------------------ runtime, time

    def gc(self):
        yield GC_FORCE

    def gosched(self):
        self.m.sched.gosched()
        yield PREEMPT

    def num_goroutine(self):
        return self.m.sched.num_goroutine()

    def sleep(self, d):
        if self.m.sched.sleep(d):
            yield PARK
        else:
            self.m.sched.gosched()
            yield PREEMPT

    # ------------------------------------------------------------ strings

    def strings_repeat(self, s, count):
        if count < 0:
            raise self.m.panic_text(b"strings: negative Repeat count")
        return s * count

    def strings_join(self, elems, sep):
        return sep.join(_items(elems))

    def strings_split(self, s, sep):
        if sep == b"":
            from .utf8 import decode_rune
            parts, i = [], 0
            while i < len(s):
                _, w = decode_rune(s, i)
                parts.append(s[i:i + w])
                i += w
        else:
            parts = s.split(sep)
        return Slice(parts, 0, len(parts), len(parts))

    def strings_contains(self, s, sub):
        return sub in s

    # strings.Builder: fields [addr, buf]; buf holds a bytearray once written
    def _buf(self, b):
        if not isinstance(b[1], bytearray):
            b[1] = bytearray()
        return b[1]

    def strings_Builder_WriteString(self, b, s):
        self._buf(b).extend(s)
        return len(s), None
        yield

    def strings_Builder_WriteByte(self, b, c):
        self._buf(b).append(c)
        return None
        yield

    def strings_Builder_WriteRune(self, b, r):
        from .utf8 import encode_rune
        e = encode_rune(r)
        self._buf(b).extend(e)
        return len(e), None
        yield

    def strings_Builder_Write(self, b, p):
        self._buf(b).extend(bytes(_items(p)))
        return p.n, None
        yield

    def strings_Builder_String(self, b):
        return bytes(b[1]) if isinstance(b[1], bytearray) else b""
        yield

    def strings_Builder_Len(self, b):
        return len(b[1]) if isinstance(b[1], bytearray) else 0
        yield

    def strings_Builder_Cap(self, b):
        return len(b[1]) if isinstance(b[1], bytearray) else 0
        yield

    def strings_Builder_Reset(self, b):
        b[1] = NIL_SLICE
        return None
        yield

    def strings_Builder_Grow(self, b, n):
        if n < 0:
            raise self.m.panic_text(b"strings.Builder.Grow: negative count")
        return None
        yield

    # ------------------------------------------------------------ sync
    # WaitGroup fields [noCopy, state1 (counter), state2]; Mutex fields [state, sema]

    def sync_WaitGroup_Add(self, wg, delta):
        wg[1] += delta
        if wg[1] < 0:
            raise self.m.panic_text(b"sync: negative WaitGroup counter")
        if wg[1] == 0:
            for g in self.m.waiters.pop(id(wg), []):
                self.m.sched.ready(g)
        return None
        yield

    def sync_WaitGroup_Done(self, wg):
        return (yield from self.sync_WaitGroup_Add(wg, -1))

    def sync_WaitGroup_Wait(self, wg):
        if wg[1] == 0:
            return None
        self.m.waiters.setdefault(id(wg), []).append(self.m.sched.curg)
        self.m.sched.park("semacquire")
        yield PARK

    def sync_Mutex_Lock(self, mu):
        if not mu[0]:
            mu[0] = 1
            return None
        self.m.waiters.setdefault(id(mu), []).append(self.m.sched.curg)
        self.m.sched.park("semacquire")
        yield PARK  # Unlock hands the mutex over: mu[0] stays 1

    def sync_Mutex_TryLock(self, mu):
        if mu[0]:
            return False
        mu[0] = 1
        return True
        yield

    def sync_Mutex_Unlock(self, mu):
        if not mu[0]:
            raise GoPanic(None, fatal="sync: unlock of unlocked mutex")
        q = self.m.waiters.get(id(mu))
        if q:
            self.m.sched.ready(q.pop(0))
        else:
            mu[0] = 0
        return None
        yield
