"""Go's automatic semicolon insertion, as a lark post-lexer.

The spec (go.dev/ref/spec#Semicolons): when the input is broken into tokens, a
semicolon is inserted after a line's final token if that token is an identifier,
a literal, one of the keywords break/continue/fallthrough/return, or one of
``++ -- ) ] }``. A general comment that spans lines acts like a newline; EOF acts
like a newline too. The inserted token keeps its origin in ``value`` ("newline",
"EOF") because Go's syntax errors name it: ``unexpected newline, expecting ...``.

This pass also sees every comment (``//minigo:`` directives are kept for later
rooms) and spots the two token shapes of Go's type parameters, which the subset
leaves out: ``func Name[`` and ``type Name[P Constraint``.
"""
from __future__ import annotations

from lark import Token
from lark.lark import PostLex

from .numbers import classify
from .pos import Pos

_TRIGGER_TYPES = frozenset(
    {"NAME", "INT", "FLOAT", "IMAG", "CHAR", "STRING", "RETURN", "BREAK", "CONTINUE",
     "FALLTHROUGH", "INCDEC", "RPAR", "RSQB", "RBRACE"}
)
# After `type Name [ P`, these tokens mean a type parameter list, not an array length.
_TYPE_PARAM_FOLLOW = frozenset({"NAME", "COMMA", "INTERFACE", "LSQB", "MAP", "CHAN", "FUNC", "STRUCT"})


class UnsupportedFeature(Exception):
    """A valid Go construct outside minigo's subset, found while lexing."""

    def __init__(self, pos: Pos, feature: str):
        super().__init__(feature)
        self.pos = pos
        self.feature = feature


class ScanError(Exception):
    """A lexical error Go's scanner reports (``comment not terminated``)."""

    def __init__(self, pos: Pos, message: str):
        super().__init__(message)
        self.pos = pos
        self.message = message


def token_pos(tok: Token) -> Pos:
    return Pos(tok.line, tok.column, tok.end_line or tok.line, tok.end_column or tok.column)


class GoSemicolons(PostLex):
    always_accept = ("NL", "COMMENT", "BAD_COMMENT", "NUMBER")

    def __init__(self) -> None:
        self.comments: list[Token] = []
        self.errors: list[tuple[Pos, str]] = []  # bad escapes: reported, and the scan goes on

    def process(self, stream):
        self.comments = []
        self.errors = []
        last = None
        recent: list[Token] = []  # the last few significant tokens, for the generics check
        for tok in stream:
            kind = tok.type
            if kind == "BAD_COMMENT":
                raise ScanError(token_pos(tok), "comment not terminated")
            if kind == "COMMENT":
                self.comments.append(tok)
                if "\n" in tok.value and last is not None and last.type in _TRIGGER_TYPES:
                    last = _semi(tok, "newline")
                    yield last
                continue
            if kind == "NL":
                if last is not None and last.type in _TRIGGER_TYPES:
                    last = _semi(tok, "newline")
                    yield last
                continue
            if kind == "NUMBER":
                kind, bad = classify(tok.value)
                tok.type = kind
                if bad is not None:
                    col = tok.column + bad[0]
                    self.errors.append((Pos(tok.line, col, tok.line, col), bad[1]))
            if kind == "CHAR" or (kind == "STRING" and tok.value[0] == '"'):
                try:
                    _check_escapes(tok)
                except ScanError as e:
                    self.errors.append((e.pos, e.message))
            recent.append(tok)
            if len(recent) > 5:
                del recent[0]
            _check_type_params(recent)
            last = tok
            yield tok
        if last is not None and last.type in _TRIGGER_TYPES:
            eof = Token("_SEMI", "EOF")
            eof.line, eof.column = last.end_line, last.end_column
            eof.end_line, eof.end_column = last.end_line, last.end_column
            yield eof


def _semi(at: Token, origin: str) -> Token:
    return Token.new_borrow_pos("_SEMI", origin, at)


def _check_type_params(recent: list[Token]) -> None:
    kinds = [t.type for t in recent]
    # func Name[ ...   /  func (recv) Name[ ... is caught at the declaration of its type
    if kinds[-3:] == ["FUNC", "NAME", "LSQB"]:
        raise UnsupportedFeature(token_pos(recent[-1]), "generics")
    if kinds[-5:-1] == ["TYPE", "NAME", "LSQB", "NAME"] and kinds[-1] in _TYPE_PARAM_FOLLOW:
        raise UnsupportedFeature(token_pos(recent[-3]), "generics")


_SIMPLE_ESCAPES = "abfnrtv\\"
_ESCAPE_DIGITS = {"x": (2, 16, 0xFF), "u": (4, 16, 0x10FFFF), "U": (8, 16, 0x10FFFF)}


def _check_escapes(tok: Token) -> None:
    bad = escape_error(tok.value)
    if bad is not None:
        offset, message = bad
        col = tok.column + offset
        raise ScanError(Pos(tok.line, col, tok.line, col), message)


def escape_error(value: str):
    """Go's scanner ``escape``: the first invalid escape of a rune or interpreted string
    literal, as (character offset where Go reports it, message), or None."""
    quote = value[0]
    i, end = 1, len(value) - 1
    while i < end:
        if value[i] != "\\":
            i += 1
            continue
        k = value[i + 1]
        if k == quote or k in _SIMPLE_ESCAPES:
            i += 2
            continue
        if k in "01234567":
            n, base, top, j = 3, 8, 0xFF, i + 1
        elif k in _ESCAPE_DIGITS:
            (n, base, top), j = _ESCAPE_DIGITS[k], i + 2
        else:
            return i + 1, "unknown escape"
        x = 0
        for _ in range(n):
            if j >= end:
                return None  # the literal ends early; the parser reports it
            d = int(value[j], 16) if value[j] in "0123456789abcdefABCDEF" else base
            if d >= base:
                name = "octal" if base == 8 else "hexadecimal"
                return j, f"invalid character {_quote_rune(value[j])} in {name} escape"
            x = x * base + d
            j += 1
        if x > top and base == 8:
            return j, f"octal escape value {x} > 255"
        if x > top or 0xD800 <= x < 0xE000:
            return j, f"escape is invalid Unicode code point U+{x:04X}"
        i = j
    return None


def _quote_rune(ch: str) -> str:
    if ch == "'":
        return "'\\''"
    if ch == "\\":
        return "'\\\\'"
    return f"'{ch}'" if ch.isprintable() else f"'\\x{ord(ch):02x}'"
