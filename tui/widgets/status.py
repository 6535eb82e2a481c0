"""StatusBar: virtual time, heap in use and the GC goal, goroutines, the GC phase, the
step and why the program stopped."""
from __future__ import annotations

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
    def show(self, view: View, running: bool = False) -> None:
        s, st = view.snap, view.stop
        where = "running… (any key pauses)" if running else (
            f"exited {st.status}" if st.status is not None and st.reason == "exited"
            else f"{st.reason} (exit {st.status})" if st.status is not None else st.reason)
        step = "?" if s.step is None else str(s.step)
        self.update(f" t={fmt_ns(s.time_ns)} │ heap {fmt_bytes(s.gc.heap_live)} / goal {fmt_bytes(s.gc.goal)}"
                    f" │ {len(s.goroutines)} goroutines │ {_PHASES.get(s.gc.phase, s.gc.phase)}"
                    f" │ step {step} │ {where}", layout=False)  # one line, always

    def running(self, text: str) -> None:
        self.update(f" {text}", layout=False)
