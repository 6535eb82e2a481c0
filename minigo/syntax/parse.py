"""Source text to AST: the one place that builds and runs the lark parser.

The parser is LALR(1) with lark's basic lexer and Go's semicolon rule as a
post-lexer (asi.py); the AST is built during the parse (build.py). Building the
parser tables costs ~150 ms, so they are cached on disk under a name that hashes
everything the tables depend on: the grammar, the post-lexer's source, lark's
version and the options. lark's own cache key leaves the post-lexer out, so a
parser built elsewhere without it could otherwise be loaded here (TEXTUAL-LARK.md D).

Syntax errors are reported the way Go's parser words them (syntax_errors.py).
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import lark
from lark import Lark
from lark.exceptions import UnexpectedCharacters, UnexpectedInput, UnexpectedToken, VisitError

from . import ast
from .asi import GoSemicolons, ScanError, UnsupportedFeature
from .build import AstBuilder
from .features import unsupported
from .pos import Diagnostic, Pos
from .recover import syntax_errors
from .syntax_errors import lexical_error, skip_bad_input, unexpected_token

_HERE = Path(__file__).parent
GRAMMAR_PATH = _HERE / "grammar.lark"
PARSER_OPTIONS = dict(parser="lalr", lexer="basic", maybe_placeholders=True)


class SyntaxErrors(Exception):
    """The file does not parse; ``diagnostics`` holds Go-worded errors."""

    def __init__(self, diagnostics: list[Diagnostic]):
        super().__init__("; ".join(d.message for d in diagnostics))
        self.diagnostics = diagnostics


class _ParseContext(AstBuilder):
    """The AST builder lark calls during the parse; re-aimed at each new text."""

    def __init__(self) -> None:
        super().__init__("")

    def reset(self, text: str, filename: str = "main.go") -> None:
        AstBuilder.__init__(self, text, filename)


def cache_key(strict: bool = False) -> str:
    h = hashlib.sha256()
    h.update(GRAMMAR_PATH.read_bytes())
    h.update((_HERE / "asi.py").read_bytes())
    h.update((_HERE / "build.py").read_bytes())
    h.update(lark.__version__.encode())
    h.update(repr(sorted(PARSER_OPTIONS.items())).encode())
    h.update(b"strict" if strict else b"")
    return h.hexdigest()[:24]


def _cache_path() -> str | bool:
    base = os.environ.get("MINIGO_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "minigo")
    try:
        os.makedirs(base, exist_ok=True)
        probe = tempfile.NamedTemporaryFile(dir=base, delete=True)
        probe.close()
    except OSError:
        return False
    return os.path.join(base, f"parser-{cache_key()}.lark")


def build_parser(strict: bool = False, cache: bool = True, transformer=None,
                 postlex: GoSemicolons | None = None) -> Lark:
    """A fresh parser. ``strict=True`` makes lark refuse any grammar conflict."""
    cache_arg = _cache_path() if cache and not strict else False
    return Lark(GRAMMAR_PATH.read_text(), postlex=postlex or GoSemicolons(), strict=strict,
                cache=cache_arg, transformer=transformer, **PARSER_OPTIONS)


_parser: Lark | None = None
_context: _ParseContext | None = None
_postlex: GoSemicolons | None = None


def _get_parser() -> tuple[Lark, _ParseContext]:
    global _parser, _context, _postlex
    if _parser is None:
        _context, _postlex = _ParseContext(), GoSemicolons()
        _parser = build_parser(transformer=_context, postlex=_postlex)
    return _parser, _context


MAX_SCAN_ERRORS = 10


def parse(text: str, filename: str = "main.go") -> ast.File:
    """Parse one Go file. Raises ``SyntaxErrors`` with Go-worded diagnostics.

    Like Go's scanner, an invalid character is reported and skipped, and so is an
    unterminated string (closed at the end of its line); the parse then goes on to
    report what Go's parser would report next. The first syntax error ends the parse.

    As in gc, only errors worded ``syntax error: ...`` stop compilation before type
    checking; the others (bad escapes, ``expression in go must be function call``)
    travel on in ``File.errors`` and the checker's errors join them.
    """
    if text.startswith("\ufeff"):
        text = "   " + text[1:]  # Go skips a leading BOM; three spaces keep its 3 bytes of columns
    scan_errors: list[Diagnostic] = []
    while True:
        tree, found, patched = _parse_once(text, filename)
        if not found:
            break
        scan_errors.extend(found)
        if patched is None or len(scan_errors) >= MAX_SCAN_ERRORS:
            break
        text = patched
    _, ctx = _get_parser()
    # errors found before a syntax error stand too (gc reports what its parser saw: scanner
    # errors, branch errors of complete function bodies)
    errors = scan_errors + ctx.errors + [Diagnostic(ctx.cols.pos(p), m) for p, m in _postlex.errors]
    errors.sort(key=lambda d: (d.pos.line, d.pos.col))
    if tree is None or any(d.message.startswith("syntax error") for d in errors):
        raise SyntaxErrors(errors)
    comments = tuple((ctx.cols.tok(c), str(c)) for c in _postlex.comments)
    return ast.File(tree.pos, tree.package, tree.imports, tree.decls, comments, filename, tuple(errors))


def _parse_once(text: str, filename: str):
    """(tree, [], None) on success; (None, errors, text to retry or None) on failure."""
    parser, ctx = _get_parser()
    ctx.reset(text, filename)
    try:
        return parser.parse(text), [], None
    except UnsupportedFeature as e:
        return None, [Diagnostic(ctx.cols.pos(e.pos), unsupported(e.feature))], None
    except ScanError as e:
        return None, [Diagnostic(ctx.cols.pos(e.pos), e.message)], None
    except UnexpectedCharacters as e:
        return None, [lexical_error(e, text, ctx.cols)], skip_bad_input(e, text)
    except UnexpectedToken as e:
        first = unexpected_token(e, text, ctx.cols)
        ctx.reset(text, filename)  # a second pass over the whole file finds the errors after it
        found = syntax_errors(parser, text, lambda err: unexpected_token(err, text, ctx.cols))
        return None, found or [first], None
    except UnexpectedInput as e:  # any other lark input error: still a clean message
        return None, [Diagnostic(Pos(max(e.line, 1), max(e.column, 1)), "syntax error")], None
    except VisitError as e:
        if isinstance(e.orig_exc, UnsupportedFeature):
            return None, [Diagnostic(e.orig_exc.pos, unsupported(e.orig_exc.feature))], None
        raise
