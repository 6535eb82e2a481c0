"""Defer, panic and recover, as Go's deferreturn, gopanic and gorecover run them: a
function's deferred calls run LIFO after its body, or while a panic unwinds through it,
and one of them may recover the panic; a panic raised meanwhile replaces the first."""
from __future__ import annotations

import sys

from .panics import GoPanic, as_panic


class DeferOps:
    """Mixed into the Machine."""

    def rundefers(self, body, df: list):
        """Run a function body, then its deferred calls, LIFO, as Go's deferreturn and
        gopanic do: a panic runs them too, and one of them may recover it."""
        g = self.sched.curg
        try:
            yield from body
        except BaseException as exc:
            p = as_panic(exc)
            if not isinstance(p, GoPanic) or p.fatal:
                raise p from None if p is not exc else p
            yield from self._panicking(g, p, df)
            return
        while df:
            fn, args = df.pop()
            try:
                yield from fn(*args)
            except BaseException as exc:
                p = as_panic(exc)
                if not isinstance(p, GoPanic) or p.fatal:
                    raise
                yield from self._panicking(g, p, df)
                return

    def _panicking(self, g, p: GoPanic, df: list):
        if not p.go_frames:
            p.go_frames = self.frames_of(sys._getframe(), p.__traceback__)
        if self.events is not None:
            self._panic_event(p, self._frame_pos(p))
        g.panicking.append(p)
        try:
            while df:
                fn, args = df.pop()
                g.defer_depth += 1
                try:
                    yield from fn(*args)
                except BaseException as exc:
                    p2 = as_panic(exc)
                    if not isinstance(p2, GoPanic) or p2.fatal:
                        raise
                    if p2 is not p:
                        p2.previous = p
                        if not p2.go_frames:  # the deferred call runs on top of the frame p is unwinding
                            callers = len(self.frames_of(sys._getframe(), None))
                            p2.go_frames = self.frames_of(None, p2.__traceback__) + \
                                p.go_frames[len(p.go_frames) - callers - 1:]
                        g.panicking[-1] = p2
                        p = p2
                    continue
                finally:
                    g.defer_depth -= 1
                if p.recovered:
                    g.panicking.pop()
                    while df:  # the rest run as after a normal return
                        fn, args = df.pop()
                        yield from fn(*args)
                    return
        finally:
            if g.panicking and g.panicking[-1] is p:
                g.panicking.pop()
        raise p

    def panic(self, v):
        if v is not None and v[0] is not None and v[0].kind == "interface":
            v = v[1]
        p = GoPanic(v)
        if self.events is not None:
            self._panic_event(p, "")
        raise p

    def _panic_event(self, p: GoPanic, pos: str) -> None:
        """A panic starts (once per panic, whether Go code or the runtime raised it)."""
        if p.reported:
            return
        p.reported = True
        from .failures import panic_value_text
        value = f"fatal error: {p.fatal}" if p.fatal else panic_value_text(self, p.value)
        self.events.emit("panic", self.sched.curg, pos, value=value)

    def _frame_pos(self, p: GoPanic) -> str:
        """The position of the innermost Go frame a panic passed through."""
        if p.go_frames and p.go_frames[0][1]:
            return self.events.position(p.go_frames[0][1])
        return ""

    def recover(self):
        g = self.sched.curg
        if not g.panicking or g.defer_depth == 0:
            return None
        p = g.panicking[-1]
        if p.recovered:
            return None
        p.recovered = True
        return p.value

    def panic_text(self, text: bytes) -> GoPanic:
        from .fmt import errors_new
        return GoPanic(errors_new(text))
