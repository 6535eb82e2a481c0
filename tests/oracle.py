"""The real Go toolchain as the tests' oracle: is it here, and are recorded goldens current?"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def go_skip_reason() -> str | None:
    """None when go1.19 is on PATH; otherwise why Go-backed tests are skipped."""
    go = shutil.which("go")
    if not go:
        return "the Go toolchain (go) is not on PATH"
    try:
        version = subprocess.run([go, "version"], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        return f"cannot run go version: {exc}"
    if not re.search(r"\bgo1\.19(\.\d+)?\b", version):
        return f"goldens are recorded with go1.19, and PATH has {version.strip()!r}"
    return None


GO_SKIP = go_skip_reason()
needs_go = pytest.mark.skipif(GO_SKIP is not None, reason=GO_SKIP or "")


def assert_regen_check(script: Path) -> None:
    """Run a regen script in --check mode: the recorded goldens must equal what Go prints now."""
    proc = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True,
                          cwd=REPO, timeout=900)
    assert proc.returncode == 0, f"{script.name} --check failed:\n{proc.stdout}\n{proc.stderr}"
