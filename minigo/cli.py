"""The ``minigo`` command line: ``minigo check FILE``, ``minigo escape [-v] FILE``,
``minigo run FILE`` (more subcommands as the rooms land).

Output follows ``go build``: for ``check``, nothing and exit 0 for a valid program;
otherwise ``FILE:LINE:COL: message`` lines on stderr (FILE as the user wrote it), at most
ten then ``too many errors``, and exit 1. A file that cannot be read is one line on stderr.

``escape`` prints what ``go build -gcflags='-m -l'`` prints (``-v``: ``-m=2 -l``, with the
flow explanations) on stderr, in Go's order, and exits 0; a program with compile errors
gets ``check``'s output and exit 1.

``run`` compiles and runs the program on the machine: its stdout and stderr are the
program's, and the exit status is the program's (2 after a panic or fatal error).
"""
from __future__ import annotations

import argparse
import os
import sys

from .frontend import MAX_ERRORS, SourceError, check_source, escape_source, read_source


def _read(path: str) -> str | None:
    """The file's text, or None after printing the one-line reason it cannot be read."""
    try:
        return read_source(path)
    except SourceError as e:
        print(f"minigo: {e}", file=sys.stderr)
        return None


def _print_errors(path: str, diags: list) -> None:
    """Compile errors as go build prints them: at most ten, then ``too many errors``."""
    for d in diags:
        print(d.format(path), file=sys.stderr)
    if len(diags) >= MAX_ERRORS:
        last = diags[-1].pos
        print(f"{path}:{last.line}:{last.col}: too many errors", file=sys.stderr)


def cmd_check(args) -> int:
    text = _read(args.file)
    if text is None:
        return 1
    diags = check_source(text, args.file)
    _print_errors(args.file, diags)
    return 1 if diags else 0


def cmd_escape(args) -> int:
    text = _read(args.file)
    if text is None:
        return 1
    errors, analysis = escape_source(text, args.file)
    if errors:
        _print_errors(args.file, errors)
        return 1
    for line in analysis.format(args.file, verbose=args.verbose):
        print(line, file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="minigo", description="A model of what Go does with memory.")
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("check", help="parse and type-check a Go file, reporting errors as go build does")
    c.add_argument("file")
    c.set_defaults(func=cmd_check)
    r = sub.add_parser("run", help="compile and run a Go file on the modeled machine, as go run does")
    _machine_options(r)
    r.add_argument("file")
    r.set_defaults(func=cmd_run)
    t = sub.add_parser("trace", help="run a Go file and print the machine's events as JSON lines (docs/trace.md)")
    _machine_options(t)
    t.add_argument("--kinds", metavar="K,K", help="only these event kinds, e.g. alloc,free,gc_phase")
    t.add_argument("file")
    t.set_defaults(func=cmd_trace)
    d = sub.add_parser("debug", help="debug a Go file in Delve's style; commands from the terminal or stdin")
    d.add_argument("file")
    d.set_defaults(func=cmd_debug)
    e = sub.add_parser("escape", help="print Go's escape-analysis decisions, as go build -gcflags='-m -l' does")
    e.add_argument("-v", "--verbose", action="store_true",
                   help="explain each decision with its flow, as -gcflags='-m=2 -l' does")
    e.add_argument("file")
    e.set_defaults(func=cmd_escape)
    return p


def _size(text: str) -> int:
    from .machine.settings import parse_size
    try:
        return parse_size(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _machine_options(p) -> None:
    p.add_argument("--max-stack", type=_size, metavar="SIZE",
                   help="largest goroutine stack, e.g. 64KB (Go: 1000000000 bytes; also //minigo:max-stack)")
    p.add_argument("--heap-min", type=_size, metavar="SIZE",
                   help="the GC's minimum heap goal, e.g. 64KB (Go: 4MB; also //minigo:heap-min)")


def _options(args) -> list:
    return [(name.replace("_", "-"), v) for name in ("max_stack", "heap_min")
            if (v := getattr(args, name, None)) is not None]


def cmd_run(args) -> int:
    text = _read(args.file)
    if text is None:
        return 1
    from .machine.runner import run_program
    return run_program(text, args.file, sys.stdout.buffer, sys.stderr.buffer, options=_options(args))


def cmd_debug(args) -> int:
    text = _read(args.file)
    if text is None:
        return 1
    from .machine.runner import load, print_errors
    errors, program = load(text, args.file)
    if errors:
        print_errors(args.file, errors, sys.stderr.buffer)
        return 1
    from .debug.cli import run_debugger
    interactive = sys.stdin.isatty()
    return run_debugger(text, args.file, _command_lines(interactive), sys.stdout, interactive, program)


def _command_lines(interactive: bool):
    while True:
        try:
            line = input("(minigo) ") if interactive else sys.stdin.readline()
        except EOFError:
            return
        if not interactive and not line:
            return
        yield line


def cmd_trace(args) -> int:
    text = _read(args.file)
    if text is None:
        return 1
    from .machine.trace import run_trace
    kinds = set(args.kinds.split(",")) if args.kinds else None
    try:
        return run_trace(text, args.file, sys.stdout, sys.stderr.buffer, options=_options(args), kinds=kinds)
    except BrokenPipeError:  # `minigo trace p.go | head`
        return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except Exception as e:  # a minigo bug: one line for the user, the traceback in a file
        path = save_traceback()
        print(f"minigo: internal error: {type(e).__name__}: {e} (details: {path})", file=sys.stderr)
        return 3


def save_traceback() -> str:
    """The current exception's traceback in a new file (for a one-line internal error)."""
    import tempfile
    import traceback
    fd, path = tempfile.mkstemp(prefix="minigo-crash-", suffix=".txt")
    with os.fdopen(fd, "w") as f:
        traceback.print_exc(file=f)
    return path


if __name__ == "__main__":
    sys.exit(main())
