"""The front end as one call: read a Go file, parse it, type-check it.

``check_source`` never raises for bad input: every problem comes back as a
Go-worded ``Diagnostic``, sorted by position, at most ``MAX_ERRORS`` of them
(like ``go build``, which stops at 10 and says ``too many errors``).
"""
from __future__ import annotations

import os
import re
import sys

from .bigstack import on_big_stack
from .syntax import SyntaxErrors, parse
from .syntax.pos import Diagnostic, Pos
from .types import check

MAX_ERRORS = 10
_SURROGATE = re.compile("[\ud800-\udfff]")


class SourceError(Exception):
    """The file cannot be read as Go source; ``str(e)`` is a one-line message."""


def read_source(path: str) -> str:
    if os.path.isdir(path):
        raise SourceError(f"{path}: is a directory")
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        raise SourceError(f"{path}: no such file or directory") from None
    except OSError as e:
        raise SourceError(f"{path}: {e.strerror or 'cannot read file'}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise SourceError(f"{path}:{line}: invalid UTF-8 encoding") from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise SourceError(f"{path}:{line}: invalid NUL character (binary file?)")
    return text


def check_source(text: str, filename: str = "main.go") -> list[Diagnostic]:
    """All compile errors of one file, Go's first ten, sorted by position."""
    return _first(deep(_check, text, filename))


def _check(text: str, filename: str) -> list[Diagnostic]:
    bad = _SURROGATE.search(text)
    if bad is not None:  # not UTF-8 text: what Go's scanner says of invalid UTF-8
        line = text.count("\n", 0, bad.start()) + 1
        col = len(text[text.rfind("\n", 0, bad.start()) + 1: bad.start()].encode("utf-8", "surrogatepass")) + 1
        return [Diagnostic(Pos(line, col), "invalid UTF-8 encoding")]
    try:
        f = parse(text, filename)
    except SyntaxErrors as e:
        return e.diagnostics
    _, errors = check(f)
    return list(f.errors) + errors


# The checker recurses over expressions (a + b + c ... nests to the left). Go handles
# thousands of levels; Python's default limit of 1000 frames would not, so front-end
# work runs on a thread with a large stack and a high recursion limit.
_STACK_BYTES = 512 * 1024 * 1024
_RECURSION_LIMIT = 200_000


def deep(fn, *args):
    def run():
        sys.set_int_max_str_digits(0)  # Go's literals may have up to 10000 digits
        try:
            return fn(*args)
        except RecursionError:
            return [Diagnostic(Pos(1, 1), "minigo: program nested too deeply")]
    return on_big_stack(run, stack_bytes=_STACK_BYTES, recursion_limit=_RECURSION_LIMIT, name="minigo-frontend")



def _first(diags: list[Diagnostic]) -> list[Diagnostic]:
    """What gc prints of errors in the order they were found (base.ErrorfAt): one syntax
    error per line; a message repeated on the line of the error just before it is dropped;
    the first ten, then sorted by position."""
    kept: list[Diagnostic] = []
    last_syntax = last_other = None
    for d in diags:
        if d.message.startswith("syntax error"):
            if last_syntax is not None and last_syntax.pos.line == d.pos.line:
                continue
            last_syntax = d
        else:
            if last_other is not None and last_other.pos.line == d.pos.line and last_other.message == d.message:
                continue
            last_other = d
        kept.append(d)
        if len(kept) == MAX_ERRORS:
            break
    return sorted(kept, key=lambda d: (d.pos.line, d.pos.col))


def too_many(diags: list[Diagnostic]) -> bool:
    return len(diags) >= MAX_ERRORS


def escape_source(text: str, filename: str = "main.go"):
    """Compile errors (as check_source) and, for a valid program, its escape Analysis."""
    errors, _, _, analysis = load_source(text, filename)
    return errors, analysis


def load_source(text: str, filename: str = "main.go"):
    """(errors, File, Info, Analysis) for the compiler; the last three are None on errors."""
    result = deep(_load, text, filename)
    if isinstance(result, list):  # nested too deeply
        return result, None, None, None
    return result


def _load(text: str, filename: str):
    if _SURROGATE.search(text):
        return _first(_check(text, filename)), None, None, None
    try:
        f = parse(text, filename)
    except SyntaxErrors as e:
        return _first(e.diagnostics), None, None, None
    info, errors = check(f)
    errors = _first(list(f.errors) + errors)
    if errors:
        return errors, None, None, None
    from .escape import analyze
    return [], f, info, analyze(f, info)
