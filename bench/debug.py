"""Debugger benchmark (issue 6): what stepping costs against ``minigo run``.

    uv run python bench/debug.py [--program bench/programs/binarytrees.go]

Reports, for one program:
- run: ``minigo run``'s time (in-process, compile included);
- continue: a Session's ``continue`` from the entry to a line breakpoint on main's last
  statement (target: at most 10 % over run); and to the end with a function breakpoint
  that is not hit again (only that function's calls take the prologue's slow path);
- position: numbering the steps after that fast continue (a replay that counts);
- back: going back one step from the end of the run (replay from the start);
- steps: how many statements ran, and the peak memory of the process (target for time
  travel over 1 000 000 steps: at most 200 MB).
"""
from __future__ import annotations

import argparse
import io
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from minigo.debug import Session  # noqa: E402
from minigo.machine.runner import run_program  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--program", default=str(ROOT / "bench" / "programs" / "binarytrees.go"))
    args = ap.parse_args()
    text = Path(args.program).read_text()
    name = Path(args.program).name

    t = time.perf_counter()
    run_program(text, name, io.BytesIO(), io.BytesIO())
    t_run = time.perf_counter() - t

    s = Session(text, name)
    last = max(p.line for p in s.program.stops if p.func == "main.main" and p.kind == "stmt")
    s.set_breakpoint(str(last))  # main's last statement: reached at the very end
    t = time.perf_counter()
    s.continue_()
    t_line = time.perf_counter() - t
    s.restart()
    s.clear(1)
    s.set_breakpoint("main.main")
    s.continue_()  # hit at main's entry, as Delve's first continue is; never again after
    t = time.perf_counter()
    s.continue_()
    t_func = time.perf_counter() - t
    t = time.perf_counter()
    steps = s.position()
    t_pos = time.perf_counter() - t
    t = time.perf_counter()
    back = s.reverse("step")
    t_back = time.perf_counter() - t
    s.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"program   {name}")
    print(f"run       {t_run:.3f} s")
    print(f"continue  {t_line:.3f} s  ({t_line / t_run:.2f}x run; target <= 1.10x) to a line breakpoint at line {last}")
    print(f"continue  {t_func:.3f} s  ({t_func / t_run:.2f}x run) with a function breakpoint (main.main's, "
          "not hit again)")
    print(f"position  {t_pos:.3f} s  (numbering the steps after a fast continue: one counting replay)")
    print(f"back      {t_back:.3f} s  (one step back from the end: replay to step {back.step})")
    print(f"steps     {steps:,} statements; peak memory {peak_mb:.0f} MB (target <= 200 MB at 1,000,000 steps)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
