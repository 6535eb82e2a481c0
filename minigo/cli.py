"""The ``minigo`` command line: ``minigo check FILE`` (more subcommands as the rooms land).

Output follows ``go build``: nothing and exit 0 for a valid program; otherwise
``FILE:LINE:COL: message`` lines on stderr (FILE as the user wrote it), at most ten
then ``too many errors``, and exit 1. A file that cannot be read is one line on stderr.
"""
from __future__ import annotations

import argparse
import os
import sys

from .frontend import MAX_ERRORS, SourceError, check_source, read_source


def cmd_check(args) -> int:
    try:
        text = read_source(args.file)
    except SourceError as e:
        print(f"minigo: {e}", file=sys.stderr)
        return 1
    diags = check_source(text, args.file)
    for d in diags:
        print(d.format(args.file), file=sys.stderr)
    if len(diags) >= MAX_ERRORS:
        last = diags[-1].pos
        print(f"{args.file}:{last.line}:{last.col}: too many errors", file=sys.stderr)
    return 1 if diags else 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="minigo", description="A model of what Go does with memory.")
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("check", help="parse and type-check a Go file, reporting errors as go build does")
    c.add_argument("file")
    c.set_defaults(func=cmd_check)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except Exception as e:  # a minigo bug: one line for the user, the traceback in a file
        path = _save_traceback()
        print(f"minigo: internal error: {type(e).__name__}: {e} (details: {path})", file=sys.stderr)
        return 3


def _save_traceback() -> str:
    import tempfile
    import traceback
    fd, path = tempfile.mkstemp(prefix="minigo-crash-", suffix=".txt")
    with os.fdopen(fd, "w") as f:
        traceback.print_exc(file=f)
    return path


if __name__ == "__main__":
    sys.exit(main())
