"""The minigo-tui application: a stepping debugger that shows what Go does with memory.

One screen: the source, goroutines, the selected goroutine's stack drawn to scale, the
selected frame's locals, the heap, the collector, channels, the program's output and a
status bar.  It drives ``minigo.debug.Session`` only: every command runs in a worker
thread, so the UI never freezes; any key while one runs pauses the program
(``Session.interrupt``).  After each stop the panes get a ``View`` (the snapshot, what
the command changed, the selection) and redraw what changed.  A program Go rejects shows
its source with Go's errors at their lines.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from textual import events, work
from textual.app import App, ComposeResult, SystemCommand
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Header, Input, Static

from minigo.debug.diff import diff
from minigo.debug.session import Session
from minigo.frontend import SourceError, read_source
from minigo.machine.runner import load

from . import keymap
from .view import View
from .widgets.channels import ChannelsPane
from .widgets.gc import GCPane
from .widgets.goroutines import GoroutinesPane
from .widgets.heap import HeapDetail, HeapPane
from .widgets.locals import LocalsPane
from .widgets.output import OutputPane
from .widgets.source import SourceView
from .widgets.stack import StackPane
from .widgets.status import StatusBar

PANE_IDS = {"source", "goroutines", "stack", "locals", "heap", "gc", "channels", "output"}
PANES = (GoroutinesPane, StackPane, LocalsPane, HeapPane, GCPane, ChannelsPane, OutputPane)


class MinigoApp(App):
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "minigo"
    BINDINGS = keymap.bindings()

    def __init__(self, path: str, text: str, keys: dict[str, str] | None = None) -> None:
        super().__init__()
        self.path, self.text = path, text
        self.diagnostics, self.program = load(text, path)  # Go's errors, or the compiled program
        self.sub_title = path
        self.keys = keys or {}
        self.session: Session | None = None
        self.view: View | None = None
        self.running = False  # a command is running in the worker
        self.streaming = False  # and its output may be shown as it comes
        self.g = 0  # the selected goroutine (0: follow the stop)
        self.frame = 0

    # ------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield Header()
        if self.diagnostics:
            yield SourceView(self.text, id="source")
            lines = "\n".join(d.format(self.path) for d in self.diagnostics)
            yield Static(lines, id="problems", markup=False)
        else:
            with Horizontal(id="main"):
                with Vertical(id="left"):
                    yield SourceView(self.text, id="source")
                    yield Static("", id="info", markup=False)
                    yield OutputPane(id="output")
                with Vertical(id="middle"):
                    yield GoroutinesPane(id="goroutines")
                    yield StackPane(id="stack")
                    yield LocalsPane(id="locals")
                with Vertical(id="right"):
                    detail = HeapDetail("", id="heap-detail")
                    yield HeapPane(detail, id="heap")
                    yield detail
                    yield GCPane(id="gc")
                    yield ChannelsPane(id="channels")
            yield Input(placeholder="minigo debug command (help for a list)", id="command")
            yield StatusBar("", id="status")
        yield Footer()

    def on_mount(self) -> None:
        if self.keys:
            self.set_keymap(self.keys)
        view = self.query_one(SourceView)
        view.border_title = self.path
        if self.diagnostics:
            for d in self.diagnostics:
                view.mark(d.pos.line, "●")
            return
        self.query_one("#command", Input).display = False
        view.focus()
        self.set_interval(0.25, self.stream_output)
        self.call_after_refresh(self.start)

    def start(self) -> None:
        """The session starts after the first paint, so the screen comes up at once."""
        src = self.query_one(SourceView)
        try:
            self.session = Session(self.text, self.path, program=self.program)
        except ValueError as e:  # a bad //minigo: directive, as file:line:col: message
            self.show_info([str(e)])
            parts = str(e).split(":")
            if len(parts) > 2 and parts[1].isdigit():
                src.mark(int(parts[1]), "●")
            return
        src.set_heap_lines(self.session.heap_lines())
        self.refresh_bindings()
        self.show_stop(None)

    def check_action(self, action: str, parameters) -> bool | None:
        """Without a session (Go rejected the program) only quit, help and the palette
        apply, so the footer offers nothing else."""
        if self.session is None and action in {a for a, *_ in keymap.KEYS} - {"quit", "help", "zoom"}:
            return False
        return True

    # ------------------------------------------------------------ after each stop

    def show_stop(self, before) -> None:
        s = self.session
        snap = s.snapshot(exact=False)
        st = s.stop
        if st.g:
            self.g, self.frame = st.g, 0
        d = diff(before, snap) if before is not None else None
        self.view = View(st, snap, d, self.g, self.frame)
        self.refresh_panes()

    def refresh_panes(self) -> None:
        v = self.view
        src = self.query_one(SourceView)
        fr = v.selected_frame
        src.set_exec_line(fr.line if fr else (v.stop.line if v.stop.status is None else 0))
        src.set_breakpoints({bp.line for bp in self.session.breakpoints.values()})
        for pane in PANES:
            self.query_one(pane).show(v)
        self.query_one(StatusBar).show(v, self.running)

    def select(self, g: int | None = None, frame: int | None = None) -> None:
        if self.view is None:
            return
        if g is not None:
            self.g, self.frame = g, 0
        if frame is not None:
            self.frame = frame
        v = self.view
        self.view = View(v.stop, v.snap, v.diff, self.g, self.frame)
        self.refresh_panes()

    # ------------------------------------------------------------ running commands

    FORWARD = {"continue_", "next", "step", "stepout", "run_to"}  # their output streams as they run

    def run_command(self, name: str, *args) -> None:
        if self.session is None or self.running:
            return
        self.running = True
        self.streaming = name in self.FORWARD
        self._worker(name, args)
        # say it runs only if it takes a while: a step's stop comes first (one repaint)
        self._running_note = self.set_timer(0.15, lambda: self.running and self.query_one(StatusBar).running(
            f"{name.rstrip('_')}… (any key pauses)"))

    def stream_output(self) -> None:
        """While a forward command runs, what the program writes appears as it is written."""
        if self.running and self.streaming and self.session is not None:
            out, err = self.session.output()
            self.query_one(OutputPane).stream(out, err)

    @work(thread=True, exclusive=True, group="session")
    def _worker(self, name: str, args: tuple) -> None:
        before = self.view.snap if self.view else None
        error = None
        try:
            getattr(self.session, name)(*args)
        except ValueError as e:
            error = str(e)
        except Exception as e:  # a minigo bug: say so, keep the traceback, keep the UI
            from minigo.cli import save_traceback
            error = f"internal error: {type(e).__name__}: {e} (details: {save_traceback()})"
        self.call_from_thread(self._done, before, error)

    def _done(self, before, error: str | None) -> None:
        self.running = False
        self._running_note.stop()
        if error:
            self.notify(error, severity="error")
        self.show_stop(before)

    def on_key(self, event) -> None:
        if self.running and self.session is not None:  # any key pauses a running command
            self.session.interrupt()
            event.stop()
            event.prevent_default()

    # ------------------------------------------------------------ actions (keymap.py)

    def action_next(self) -> None:
        self.run_command("next")

    def action_step(self) -> None:
        self.run_command("step")

    def action_stepout(self) -> None:
        self.run_command("stepout")

    def action_continue(self) -> None:
        self.run_command("continue_")

    def action_pause(self) -> None:
        if self.running and self.session is not None:
            self.session.interrupt()

    def action_reverse_next(self) -> None:
        self.run_command("reverse", "next")

    def action_reverse_step(self) -> None:
        self.run_command("reverse", "step")

    def action_reverse_stepout(self) -> None:
        self.run_command("reverse", "stepout")

    def action_reverse_continue(self) -> None:
        self.run_command("reverse", "continue")

    def action_step_back(self) -> None:
        self.run_command("step_back")

    def action_step_forward(self) -> None:
        self.run_command("step")

    def action_restart(self) -> None:
        self.run_command("restart")

    def action_toggle_breakpoint(self) -> None:
        if self.session is None:
            return
        cursor = self.query_one(SourceView).cursor_line
        try:
            line = self.session.locate(str(cursor))[0]  # a line without code: the next one with some
            found = [bp for bp in self.session.breakpoints.values() if bp.line == line]
            if found:
                for bp in found:
                    self.session.clear(bp.id)
            else:
                self.session.set_breakpoint(str(line))
        except ValueError as e:
            self.notify(str(e), severity="error")
        self.query_one(SourceView).set_breakpoints({bp.line for bp in self.session.breakpoints.values()})

    def action_run_to_cursor(self) -> None:
        self.run_command("run_to", str(self.query_one(SourceView).cursor_line))

    def action_frame_up(self) -> None:
        g = self.view.goroutine if self.view else None
        if g and self.frame + 1 < len(g.frames):
            self.select(frame=self.frame + 1)

    def action_frame_down(self) -> None:
        if self.view and self.frame > 0:
            self.select(frame=self.frame - 1)

    def action_next_goroutine(self) -> None:
        if self.view:
            ids = [g.id for g in self.view.snap.goroutines]
            if ids:
                self.select(g=ids[(ids.index(self.g) + 1) % len(ids)] if self.g in ids else ids[0])

    def action_run_next(self) -> None:
        if self.session is None or self.running:
            return
        try:
            self.session.run_next(self.g)
            self.notify(f"goroutine {self.g} runs next")
        except ValueError as e:
            self.notify(str(e), severity="error")

    def action_zoom(self) -> None:
        focused = self.focused
        if self.screen.maximized is not None:
            self.screen.minimize()
        elif focused is not None:
            self.screen.maximize(focused)

    def on_click(self, event: events.Click) -> None:
        """A double click zooms the pane under the mouse (again: back), as `z` does."""
        if event.chain != 2:
            return
        if self.screen.maximized is not None:
            self.screen.minimize()
            return
        w = event.widget
        while w is not None and w.id not in PANE_IDS:
            w = w.parent
        if w is not None:
            self.screen.maximize(w)

    def action_help(self) -> None:
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()

    def action_command_line(self) -> None:
        box = self.query_one("#command", Input)
        box.display = True
        box.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        line = event.value.strip()
        box = event.input
        box.value = ""
        box.display = False
        self.query_one(SourceView).focus()
        if line and self.session is not None and not self.running:
            self.run_cli(line)

    @work(thread=True, exclusive=True, group="session")
    def run_cli(self, line: str) -> None:
        """A `minigo debug` command, its reply written to the output pane."""
        import io

        from minigo.debug.cli import Debugger
        before = self.view.snap if self.view else None
        out = io.StringIO()
        d = Debugger(self.session, out)
        d.g, d.frame = self.g, self.frame
        d.shown = (len(before.stdout), len(before.stderr)) if before else (0, 0)
        d.execute(line)
        self.call_from_thread(self._cli_done, before, line, out.getvalue())

    def _cli_done(self, before, line: str, reply: str) -> None:
        self.query_one(OutputPane).write_reply(line, reply)
        self.show_stop(before)

    # ------------------------------------------------------------ selection messages

    def on_goroutines_pane_selected(self, message: GoroutinesPane.Selected) -> None:
        if message.gid != self.g:
            self.select(g=message.gid)

    def on_stack_pane_frame_selected(self, message: StackPane.FrameSelected) -> None:
        if message.index != self.frame:
            self.select(frame=message.index)

    def on_locals_pane_selected(self, message: LocalsPane.Selected) -> None:
        if message.objects:
            heap = self.query_one(HeapPane)
            heap.select(message.objects[0])
            heap.focus()

    def on_locals_pane_highlighted(self, message: LocalsPane.Highlighted) -> None:
        if self.query_one(LocalsPane).has_focus:
            self.show_info(message.lines)

    def show_info(self, lines) -> None:
        info = self.query_one("#info", Static)
        info.update("\n".join(lines[:6]))
        info.display = bool(lines)

    def on_source_view_cursor_moved(self, message: SourceView.CursorMoved) -> None:
        """The escape decisions on the cursor's line: Go's -m text and its reason."""
        if self.session is None:
            return
        lines = [x for x in self.session.escape_lines() if x.count(":") >= 3
                 and x.split(":")[1] == str(message.line)]
        self.show_info([x.split(":", 3)[3].strip() for x in lines])

    def get_system_commands(self, screen):
        yield from super().get_system_commands(screen)
        for action, _, description, _ in keymap.KEYS:
            if action != "quit":
                yield SystemCommand(description, f"{description} ({action})", getattr(self, f"action_{action}"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="minigo-tui", description="Step through a Go program and watch its memory.")
    ap.add_argument("file", help="a Go source file (package main)")
    ap.add_argument("--keys", type=Path, help=f"key remapping (TOML; default {keymap.config_path()})")
    args = ap.parse_args(sys.argv[1:] if argv is None else argv)
    try:
        text = read_source(args.file)
    except SourceError as e:
        print(f"minigo-tui: {e}", file=sys.stderr)
        return 1
    try:
        keys = keymap.load_keymap(args.keys)
    except ValueError as e:
        print(f"minigo-tui: {e}", file=sys.stderr)
        return 2
    MinigoApp(args.file, text, keys).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
