"""Time the minigo front end on a generated ~5000-line Go program.

    uv run python bench/frontend.py            # from the repo root
    python bench/frontend.py --lines 20000 --repeat 3
    python bench/frontend.py --file some.go    # time an existing file instead

Reports, for ``minigo.syntax.parse`` alone, ``minigo.frontend.check_source``
(which parses and type-checks) and ``escape_source`` (which also runs escape analysis): the best wall-clock time of ``--repeat`` runs
after one warm-up run, lines per second, and the ratio to the target of
1 s for the whole program (ratio < 1 means faster than the target).
The cold first call (grammar load / lark cache) is shown separately.
See bench/README.md.
"""
from __future__ import annotations

import argparse
import gc
import platform
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))  # the checkout's minigo, also without `uv run`
sys.path.insert(0, str(BENCH))

import gen_program  # noqa: E402

TARGET_SECONDS = 1.0
FILENAME = "bench.go"


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Time minigo's parse and check_source.")
    ap.add_argument("--lines", type=int, default=5000, help="size of the generated program (default 5000)")
    ap.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    ap.add_argument("--repeat", type=int, default=5, help="timed runs; the best is reported (default 5)")
    ap.add_argument("--file", help="time this Go file instead of a generated program")
    ap.add_argument("--verify", action="store_true", help="also check the program with go vet/go build")
    args = ap.parse_args(argv)

    if args.file:
        text = Path(args.file).read_text(encoding="utf-8")
        what = args.file
    else:
        text = gen_program.generate(args.lines, args.seed)
        what = f"generated, seed {args.seed}"
    if args.verify:
        gen_program.verify(text)

    t0 = time.perf_counter()
    from minigo.frontend import check_source, escape_source
    from minigo.syntax import parse
    t_import = time.perf_counter() - t0

    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    print(f"python {platform.python_version()} on {platform.machine()}, {platform.node()}")
    print(f"program: {lines} lines, {len(text.encode()) / 1024:.0f} KB ({what})")

    # Warm-up: the first calls pay for grammar loading and caches.
    t0 = time.perf_counter()
    parse(text, FILENAME)
    t_cold = time.perf_counter() - t0
    diags = check_source(text, FILENAME)
    print(f"import: {t_import:.3f} s   first parse (cold): {t_cold:.3f} s")
    if diags:
        print(f"WARNING: check_source reported {len(diags)} diagnostic(s) on a valid program;"
              " the parse+check time below may stop early:")
        for d in diags[:5]:
            print("   ", d.format(FILENAME))

    t_parse = best_of(lambda: parse(text, FILENAME), args.repeat)
    t_check = best_of(lambda: check_source(text, FILENAME), args.repeat)
    t_escape = best_of(lambda: escape_source(text, FILENAME), args.repeat)

    print(f"best of {args.repeat} (after one warm-up):")
    print(f"{'':14}{'seconds':>9}{'lines/s':>10}{'vs 1 s target':>16}")
    for name, t in (("parse", t_parse), ("parse+check", t_check), ("+escape", t_escape)):
        verdict = "ok" if t <= TARGET_SECONDS else "SLOW"
        print(f"{name:14}{t:9.3f}{lines / t:10,.0f}{t / TARGET_SECONDS:14.2f}x  {verdict}")
    print(f"check alone (difference): {max(t_check - t_parse, 0.0):.3f} s")
    print(f"escape analysis alone (difference): {max(t_escape - t_check, 0.0):.3f} s")
    return 1 if diags else 0


if __name__ == "__main__":
    sys.exit(main())
