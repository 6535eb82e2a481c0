"""Time minigo running Go programs, against CPython and yaegi.

    uv run python bench/run.py                 # from the repo root; all four programs
    uv run python bench/run.py --only fib --repeat 5

For each program in bench/programs/ (with its plain-Python twin in bench/py/):

- **go**: ``go build`` it once; the binary's output is the expected output
  (what ``go run`` prints), and its run time is shown for reference.
- **CPython**: ``runpy`` runs bench/py/NAME.py in this process, stdout captured;
  interpreter start-up is not counted.
- **minigo**: ``minigo.machine.runner.run_program(text, filename, stdout, stderr)``
  in a child process of this interpreter (so a crash, a runaway or a deep
  recursion cannot take the benchmark down), timed inside the child, after
  the import and one warm-up on a trivial program: start-up is not counted.
  If the runner also exposes ``compile_program(text, filename)`` and
  ``run_compiled(program, stdout, stderr) -> int``, compile and run are timed
  apart. The front end alone (``escape_source``: parse, check, escape
  analysis) is timed too, as a lower bound for compiling. If the runner
  cannot be imported, fails, or prints something else than Go, minigo is "n/a".
- **yaegi**: ``yaegi run FILE`` as a subprocess, wall clock, start-up included;
  its start-up on an empty program is measured and reported apart.

Each time is the best of ``--repeat`` runs (default 3), ``gc.collect()`` before
each in-process run. Every output is compared with Go's; a mismatch is reported
and makes the exit status 1. See bench/README.md.
"""
from __future__ import annotations

import argparse
import contextlib
import gc
import io
import json
import os
import platform
import runpy
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))  # the checkout's minigo, also without `uv run`

PROGRAMS = ("fib", "sieve", "binarytrees", "pipeline")
EMPTY_GO = "package main\n\nfunc main() {}\n"
TRIVIAL_GO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("warm")\n}\n'


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


# --- Go: expected output and the native reference --------------------------------------------

def go_native(name: str, workdir: Path, repeat: int) -> dict:
    """Build the program with go build; return its output, build time and best run time."""
    if shutil.which("go") is None:
        return {"error": "go not found (apt-get install golang-go)"}
    exe = workdir / name
    t0 = time.perf_counter()
    p = subprocess.run(["go", "build", "-o", str(exe), str(BENCH / "programs" / f"{name}.go")],
                       capture_output=True, cwd=workdir, check=False)
    t_build = time.perf_counter() - t0
    if p.returncode != 0:
        return {"error": "go build failed: " + p.stderr.decode(errors="replace").strip()}
    out = b""

    def run():
        nonlocal out
        out = subprocess.run([str(exe)], capture_output=True, check=True).stdout

    t = best_of(run, repeat)
    return {"out": out, "build": t_build, "time": t}


# --- CPython ---------------------------------------------------------------------------------

def cpython(name: str, repeat: int) -> dict:
    path = str(BENCH / "py" / f"{name}.py")
    out = ""

    def run():
        nonlocal out
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            runpy.run_path(path, run_name="__main__")
        out = buf.getvalue()

    t = best_of(run, repeat)
    return {"out": out.encode(), "time": t}


# --- yaegi -----------------------------------------------------------------------------------

def yaegi(path: Path, repeat: int) -> dict:
    if shutil.which("yaegi") is None:
        return {"error": "yaegi not found (apt-get install -y yaegi)"}
    out = b""
    err = ""

    def run():
        nonlocal out, err
        p = subprocess.run(["yaegi", "run", str(path)], capture_output=True, check=False)
        out = p.stdout
        if p.returncode != 0:
            err = f"exit {p.returncode}: " + p.stderr.decode(errors="replace").strip()[-300:]

    t = best_of(run, repeat)
    if err:
        return {"error": err, "out": out}
    return {"out": out, "time": t}


# --- minigo (in a child process of this interpreter) -----------------------------------------

def minigo_child(name: str, repeat: int) -> dict:
    """Runs in the child: import, warm up, time. Returns a JSON-able dict."""
    path = BENCH / "programs" / f"{name}.go"
    text = path.read_text(encoding="utf-8")
    filename = str(path.relative_to(ROOT))
    t0 = time.perf_counter()
    try:
        from minigo.machine import runner
    except Exception as e:  # noqa: BLE001 - any import failure means "not available yet"
        return {"error": f"cannot import minigo.machine.runner: {type(e).__name__}: {e}"}
    res: dict = {"import": time.perf_counter() - t0}

    # The front end alone, as a lower bound for the compile step.
    try:
        from minigo.frontend import escape_source
        escape_source(text, filename)
        res["frontend"] = best_of(lambda: escape_source(text, filename), repeat)
    except Exception as e:  # noqa: BLE001 - optional figure
        res["frontend_error"] = f"{type(e).__name__}: {e}"

    # Warm-up on a trivial program: grammar load, caches, first-call costs.
    try:
        runner.run_program(TRIVIAL_GO, "warm.go", io.BytesIO(), io.BytesIO())
    except Exception as e:  # noqa: BLE001 - the timed runs report the error
        res["warmup_error"] = f"{type(e).__name__}: {e}"

    state = {"out": b"", "err": b"", "status": 0}

    def run_all():
        so, se = io.BytesIO(), io.BytesIO()
        state["status"] = runner.run_program(text, filename, so, se)
        state["out"], state["err"] = so.getvalue(), se.getvalue()

    split = hasattr(runner, "compile_program") and hasattr(runner, "run_compiled")
    try:
        if split:
            compile_times, run_times = [], []
            for _ in range(repeat):
                gc.collect()
                t0 = time.perf_counter()
                prog = runner.compile_program(text, filename)
                t1 = time.perf_counter()
                so, se = io.BytesIO(), io.BytesIO()
                state["status"] = runner.run_compiled(prog, so, se)
                t2 = time.perf_counter()
                state["out"], state["err"] = so.getvalue(), se.getvalue()
                compile_times.append(t1 - t0)
                run_times.append(t2 - t1)
            res["compile"] = min(compile_times)
            res["run"] = min(run_times)
            res["time"] = min(c + r for c, r in zip(compile_times, run_times))
        else:
            res["time"] = best_of(run_all, repeat)
    except BaseException as e:  # noqa: BLE001 - a minigo bug is "n/a", not a benchmark crash
        return {"error": f"minigo raised {type(e).__name__}: {str(e)[:300]}"}
    if state["status"] != 0:
        return {"error": f"minigo exit status {state['status']}: "
                         + state["err"].decode(errors="replace").strip()[-300:],
                "out": state["out"].decode("latin-1")}
    res["out"] = state["out"].decode("latin-1")  # bytes through JSON, losslessly
    return res


def minigo(name: str, repeat: int, timeout: float) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child-minigo", name, "--repeat", str(repeat)]
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout, cwd=ROOT, check=False)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    lines = p.stdout.decode(errors="replace").strip().splitlines()
    try:
        res = json.loads(lines[-1])
    except (IndexError, json.JSONDecodeError):
        tail = p.stderr.decode(errors="replace").strip()[-300:]
        return {"error": f"child exited {p.returncode}: {tail}"}
    if "out" in res:
        res["out"] = res["out"].encode("latin-1")
    return res


# --- the report ------------------------------------------------------------------------------

def machine_line() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{time.strftime('%Y-%m-%d')}  {platform.node()}  {cpu}, {os.cpu_count()} cores  "
            f"python {platform.python_version()}")


def tool_version(cmd: list[str]) -> str:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=30, check=False).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "not found"


def fmt_s(r: dict) -> str:
    return f"{r['time']:.3f}" if "time" in r else "n/a"


def ratio(a: dict, b: dict) -> str:
    if "time" in a and "time" in b and b["time"] > 0:
        return f"{a['time'] / b['time']:.2f}x"
    return "n/a"


def check_output(engine: str, r: dict, expected: bytes | None, problems: list[str], name: str) -> None:
    """Mark r wrong (no time) when its output is not Go's."""
    if expected is None or "out" not in r or "error" in r:
        return
    if r["out"] != expected:
        problems.append(f"{name}: {engine} printed {r['out'][:200]!r}, Go printed {expected[:200]!r}")
        r.pop("time", None)
        r["error"] = "wrong output"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Time minigo, CPython and yaegi on bench/programs.")
    ap.add_argument("--only", choices=PROGRAMS, action="append",
                    help="run only this program (may be given more than once)")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs; the best is reported (default 3)")
    ap.add_argument("--minigo-timeout", type=float, default=600,
                    help="seconds for all of minigo's runs of one program (default 600)")
    ap.add_argument("--no-minigo", action="store_true", help="skip minigo")
    ap.add_argument("--no-yaegi", action="store_true", help="skip yaegi")
    ap.add_argument("--child-minigo", metavar="NAME", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.child_minigo:
        res = minigo_child(args.child_minigo, args.repeat)
        sys.stdout.flush()
        print("\n" + json.dumps(res))
        return 0

    names = args.only or list(PROGRAMS)
    print(machine_line())
    print(f"go: {tool_version(['go', 'version'])}   yaegi: {tool_version(['yaegi', 'version'])}")
    print(f"best of {args.repeat}; CPython and minigo in-process (no start-up), yaegi and go as processes")

    yaegi_startup: dict = {}
    if not args.no_yaegi and shutil.which("yaegi"):
        with tempfile.TemporaryDirectory() as d:
            empty = Path(d) / "empty.go"
            empty.write_text(EMPTY_GO)
            yaegi_startup = yaegi(empty, max(args.repeat, 5))
        print(f"yaegi start-up (empty program): {fmt_s(yaegi_startup)} s — included in the yaegi column")

    problems: list[str] = []
    rows = []
    with tempfile.TemporaryDirectory() as workdir:
        for name in names:
            print(f"... {name}", end="", flush=True)
            go = go_native(name, Path(workdir), args.repeat)
            expected = go.get("out")
            if "error" in go:
                problems.append(f"{name}: {go['error']}; outputs not checked")
            py = cpython(name, args.repeat)
            print(" cpython", end="", flush=True)
            mg = {"error": "skipped"} if args.no_minigo else minigo(name, args.repeat, args.minigo_timeout)
            print(" minigo", end="", flush=True)
            yg = {"error": "skipped"} if args.no_yaegi else yaegi(BENCH / "programs" / f"{name}.go", args.repeat)
            print(" yaegi", flush=True)
            for engine, r in (("CPython", py), ("minigo", mg), ("yaegi", yg)):
                check_output(engine, r, expected, problems, name)
            rows.append((name, go, py, mg, yg))

    print()
    head = (f"{'program':<12}{'CPython s':>10}{'minigo s':>10}{'mg/CPy':>8}{'yaegi s':>9}"
            f"{'yg/CPy':>8}{'mg/yg':>8}{'go s':>8}")
    print(head)
    print("-" * len(head))
    for name, go, py, mg, yg in rows:
        print(f"{name:<12}{fmt_s(py):>10}{fmt_s(mg):>10}{ratio(mg, py):>8}{fmt_s(yg):>9}"
              f"{ratio(yg, py):>8}{ratio(mg, yg):>8}{fmt_s(go):>8}")

    print()
    print("minigo detail (s):")
    for name, go, py, mg, yg in rows:
        if "error" in mg:
            print(f"  {name:<12} n/a: {mg['error'].splitlines()[0] if mg['error'] else ''}")
            continue
        parts = [f"total {mg['time']:.3f}"]
        if "compile" in mg:
            parts.append(f"compile {mg['compile']:.3f}  run {mg['run']:.3f}")
        if "frontend" in mg:
            parts.append(f"front end (parse+check+escape) {mg['frontend']:.3f}")
        print(f"  {name:<12} " + "   ".join(parts))
        for key in ("warmup_error", "frontend_error"):
            if key in mg:
                print(f"  {'':<12} {key.replace('_', ' ')}: {mg[key]}")
    builds = [f"{name} {go['build']:.2f}" for name, go, *_ in rows if "build" in go]
    if builds:
        print("go build (s, for reference): " + ", ".join(builds))
    for name, go, py, mg, yg in rows:
        if "error" in yg and yg["error"] != "skipped":
            print(f"yaegi n/a for {name}: {yg['error'].splitlines()[0]}")

    if problems:
        print()
        for p in problems:
            print("PROBLEM:", p)
    return 1 if any("printed" in p for p in problems) else 0


if __name__ == "__main__":
    sys.exit(main())
