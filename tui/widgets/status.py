"""StatusBar: virtual time, heap in use and the GC goal, goroutines, the GC phase, the
step and why the program stopped."""
from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ..view import View

_PHASES = {"off": "_GCoff", "mark": "_GCmark", "marktermination": "_GCmarktermination"}


def fmt_bytes(n: int) -> str:
    for unit, size in (("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n} B"


def fmt_ns(ns: int) -> str:
    if ns >= 1_000_000:
        return f"{ns / 1e6:.3f} ms"
    return f"{ns / 1e3:.1f} µs"


class StatusBar(Static):
    """One line; a field the last command changed is highlighted."""

    def show(self, view: View, running: bool = False) -> None:
        s, st = view.snap, view.stop
        where = "running… (any key pauses)" if running else (
            f"exited {st.status}" if st.status is not None and st.reason == "exited"
            else f"{st.reason} (exit {st.status})" if st.status is not None else st.reason)
        step = "?" if s.step is None else str(s.step)
        fields = [(f"t={fmt_ns(s.time_ns)}", "time"),
                  (f"heap {fmt_bytes(s.gc.heap_live)} / goal {fmt_bytes(s.gc.goal)}", "heap"),
                  (f"{len(s.goroutines)} goroutines", "goroutines"),
                  (_PHASES.get(s.gc.phase, s.gc.phase), "phase"),
                  (f"step {step}", "step"), (where, "where")]
        d = view.diff
        changed = set() if d is None else {name for name, yes in (
            ("time", d.time_ns != 0), ("heap", d.gc is not None and (d.gc[0].heap_live, d.gc[0].goal)
                                       != (d.gc[1].heap_live, d.gc[1].goal)),
            ("goroutines", bool(d.goroutines_created or d.goroutines_exited)),
            ("phase", d.gc is not None and d.gc[0].phase != d.gc[1].phase)) if yes}
        t = Text(" ")
        for i, (text, name) in enumerate(fields):
            if i:
                t.append(" │ ")
            t.append(text, "bold #ffd700" if name in changed else "")
        self.update(t, layout=False)  # one line, always

    def running(self, text: str) -> None:
        self.update(f" {text}", layout=False)
