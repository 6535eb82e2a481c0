"""What every pane draws from: the session's latest stop, the machine's snapshot there,
what the last command changed, and the user's selection (a goroutine and one of its
frames).  Panes get a new View after each stop and redraw only what changed."""
from __future__ import annotations

from dataclasses import dataclass

from minigo.debug.diff import Diff
from minigo.debug.session import Stop
from minigo.debug.snapshot import FrameSnap, GSnap, Snapshot


@dataclass(frozen=True)
class View:
    stop: Stop
    snap: Snapshot
    diff: Diff | None  # from the previous stop (None at the start or after a jump in time)
    g: int  # the selected goroutine
    frame: int  # the selected frame of it, 0 innermost

    @property
    def goroutine(self) -> GSnap | None:
        return self.snap.goroutine(self.g)

    @property
    def selected_frame(self) -> FrameSnap | None:
        g = self.goroutine
        if g is None or not g.frames:
            return None
        return g.frames[min(self.frame, len(g.frames) - 1)]
