"""The TUI's keys: debugger habits (Delve, pudb, gdb's function keys) by default, and a
user's remapping from a TOML file, applied with Textual's keymap (binding ids).

    # ~/.config/minigo/keys.toml (or minigo-tui --keys FILE)
    [keys]
    next = "n,j"
    step_back = "left,p"
"""
from __future__ import annotations

import os
import tomllib
from pathlib import Path

from textual.binding import Binding

# id/action, keys, description, shown in the footer
KEYS = [
    ("next", "n,f10", "Next", True),
    ("step", "s,f11", "Step", True),
    ("stepout", "f,o,shift+f11", "Out", True),
    ("continue", "c,f5", "Continue", True),
    ("pause", "ctrl+c,escape", "Pause", False),
    ("reverse_next", "N", "Back over", False),
    ("reverse_step", "S", "Back into", False),
    ("reverse_stepout", "F", "Back out", False),
    ("reverse_continue", "C", "Back to breakpoint", False),
    ("step_back", "left", "Step back", True),
    ("step_forward", "right", "Step", False),
    ("toggle_breakpoint", "b", "Breakpoint", True),
    ("run_to_cursor", "t", "Run to cursor", False),
    ("frame_up", "u", "Frame up", False),
    ("frame_down", "d", "Frame down", False),
    ("next_goroutine", "g", "Next goroutine", False),
    ("run_next", "r", "Run selected next", False),
    ("restart", "R", "Restart", False),
    ("zoom", "z", "Zoom pane", False),
    ("command_line", "colon", "Command", False),
    ("help", "question_mark", "Keys", True),
    ("quit", "q", "Quit", True),
]


def bindings() -> list[Binding]:
    return [Binding(keys, action, description, show=show, id=action) for action, keys, description, show in KEYS]


def config_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "minigo" / "keys.toml"


def load_keymap(path: Path | None = None) -> dict[str, str]:
    """{binding id: "key,key"} from the file's [keys] table (missing file: no changes).
    ValueError for a file that is not valid TOML or names an unknown action."""
    path = path or config_path()
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text())
    except tomllib.TOMLDecodeError as e:
        raise ValueError(f"{path}: {e}") from None
    known = {action for action, *_ in KEYS}
    out = {}
    for action, keys in data.get("keys", {}).items():
        if action not in known:
            raise ValueError(f"{path}: unknown action {action!r} (known: {', '.join(sorted(known))})")
        out[action] = keys if isinstance(keys, str) else ",".join(keys)
    return out
