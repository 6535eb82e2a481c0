"""Robustness: ``check_source`` and ``minigo check`` never crash, whatever the input.

The property under test is the contract of ``minigo.frontend.check_source``:
it returns a list of at most 10 Diagnostics, sorted by position, each at a
real position of the text (1-based line and byte column), each with a
Go-like one-line message -- and it never raises, never leaks a Python
traceback or a lark internal (``Token(``, ``UnexpectedToken``, ``$END`` ...).

Inputs come from four places:

* arbitrary text (control characters, NULs, any unicode);
* mutations of the valid seed programs in ``seeds/`` (delete, duplicate,
  swap or replace tokens, characters and lines; truncate; insert keywords
  and punctuation) -- these get past the lexer and deep into the parser;
* random token soup from Go's keywords, operators, identifiers and (tricky)
  literals;
* random statements built from expression templates inside a ``func main``
  with declared variables -- these get past the parser into the type checker.

``MINIGO_FUZZ_EXAMPLES=2000 MINIGO_FUZZ_ALL_TOKENS=1 pytest tests/robustness``
fuzzes harder.
A failing example is printed by hypothesis already shrunk: that is the
reproducer to report.
"""
from __future__ import annotations

import contextlib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from minigo.frontend import SourceError, check_source, read_source

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SEED_DIR = HERE / "seeds"
SEEDS: dict[str, str] = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("*.go"))}

FILENAME = "prog.go"
MAX_EXAMPLES = int(os.environ.get("MINIGO_FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
# A single check_source call that takes longer than this is reported as a hang.
HANG_SECONDS = 20

# Things that must never reach the user: Python and lark internals.
FORBIDDEN = (
    "Traceback",
    "Token(",
    "Tree(",
    "UnexpectedToken",
    "UnexpectedCharacters",
    "UnexpectedEOF",
    "UnexpectedInput",
    "Expected one of",
    "__ANON",
    "$END",
    "lark.",
    "NoneType",
    "object has no attribute",
    "object is not subscriptable",
    "object is not iterable",
    "not supported between instances",
    "InternalError",
)


# --------------------------------------------------------------------------
# The property
# --------------------------------------------------------------------------


class Hang(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds: float):
    """Fail (instead of hanging the suite) if the body runs longer than ``seconds``."""
    if not hasattr(signal, "setitimer"):  # pragma: no cover - non-POSIX
        yield
        return

    def on_alarm(signum, frame):
        raise Hang(f"check_source took more than {seconds} s")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _bad_chars(message: str) -> list[str]:
    """Lone surrogates: printing them raises UnicodeEncodeError. Control
    characters (even NUL) are allowed: Go itself echoes literals raw, for
    example ``expected 'package', found `\x1f```."""
    return [f"U+{ord(c):04X}" for c in message if unicodedata.category(c) == "Cs"]


def assert_clean(diags, text: str) -> None:
    """The check_source contract, for one input."""
    assert isinstance(diags, list), f"check_source returned {type(diags).__name__}, not a list"
    assert len(diags) <= 10, f"{len(diags)} diagnostics (at most 10 allowed)"
    lines = text.split("\n")
    prev = (0, 0)
    for d in diags:
        line, col, msg = d.pos.line, d.pos.col, d.message
        assert type(line) is int and type(col) is int, f"position {line!r}:{col!r} is not two ints"
        assert line >= 1 and col >= 1, f"position {line}:{col} is not 1-based: {msg!r}"
        assert line <= len(lines), f"line {line} is past the end of a {len(lines)}-line text: {msg!r}"
        width = len(lines[line - 1].encode("utf-8", "surrogatepass"))
        assert col <= width + 1, f"column {col} is past the end of line {line} ({width} bytes): {msg!r}"
        assert (line, col) >= prev, f"diagnostics not sorted by position: {prev} then {(line, col)}"
        prev = (line, col)

        assert isinstance(msg, str), f"message is {type(msg).__name__}, not str"
        first = msg.split("\n", 1)[0]
        assert first.strip(), f"empty first message line at {line}:{col}: {msg!r}"
        assert not msg[0].isspace() and not msg.endswith("\n"), f"message has stray whitespace: {msg!r}"
        for bad in FORBIDDEN:
            assert bad not in msg, f"internal detail {bad!r} leaked into message at {line}:{col}: {msg!r}"
        assert not _bad_chars(msg), f"lone surrogates {_bad_chars(msg)} in message: {msg!r}"
        # Follow-up lines ("\tprog.go:3:2: other declaration of x"), as Go prints them.
        for rpos, rtext in getattr(d, "related", ()):
            assert 1 <= rpos.line <= len(lines), f"related position {rpos} outside the text: {rtext!r}"
            assert isinstance(rtext, str) and rtext.strip(), f"empty related message at {rpos}"
            for bad in FORBIDDEN:
                assert bad not in rtext, f"internal detail {bad!r} leaked into related message: {rtext!r}"
        formatted = d.format(FILENAME)
        head = f"{FILENAME}:{line}:{col}: {msg}"
        assert formatted.startswith(head), f"Diagnostic.format gave {formatted!r}"
        rest = formatted[len(head):]
        assert not rest or rest.startswith("\n\t"), f"Diagnostic.format gave {formatted!r}"


def check(text: str):
    """Run check_source under the hang guard and assert the contract; return the diagnostics."""
    with time_limit(HANG_SECONDS):
        diags = check_source(text, FILENAME)
    assert_clean(diags, text)
    return diags


_CHECKED: dict[str, list] = {}


def check_cached(text: str):
    """``check`` for the deterministic tests, which share inputs (only clean results are kept)."""
    if text not in _CHECKED:
        _CHECKED[text] = check(text)
    return _CHECKED[text]


# --------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------

KEYWORDS = (
    "break case chan const continue default defer else fallthrough for func go goto if "
    "import interface map package range return select struct switch type var"
).split()
OPERATORS = (
    "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ "
    "!= <= >= := ... ( ) [ ] { } , ; . :"
).split()
IDENTS = (
    "main x y z s m p f ch err T S I _ int string bool byte rune float64 uint8 int64 any error "
    "true false nil iota len cap append make new copy delete close panic recover print println "
    "fmt Println Printf Sprintf Errorf errors New sync WaitGroup Mutex time Sleep Millisecond "
    "runtime GC strings Builder Repeat Join Split Contains unsafe Pointer"
).split()
# Literals, including ones the scanner must reject politely.
LITERALS = [
    "0", "1", "42", "0x1F", "0o17", "017", "0b101", "1_000", "3.14", "1e9", ".5", "5.", "0x1p-2",
    '"s"', '"a\\tb"', "'c'", "'\\n'", "'\\x41'", "'\\u00e9'", "'世'", "`raw\nstring`", '"世界"',
    # invalid or out-of-range
    "08", "0x", "0b2", "1__0", "1_", "1e", "0x1p", "0o8", "1e400", "1e-400", "1e100000",
    "0xFFFFFFFFFFFFFFFFFFFFFFFF", "99999999999999999999999999999",
    "''", "'ab'", "'\\q'", "'\\400'", "'\\uD800'", "'\\U00110000'", '"\\uDFFF"', '"\\z"',
    '"unterminated', "'x", "`unterminated", "/* unterminated", "//", "/**/",
]
PUNCT_SNIPPETS = ["{", "}", "(", ")", "[", "]", ";", ",", ".", ":", "=", ":=", "\n", " ", "\t", "\x00", "\r"]
VOCAB = KEYWORDS + OPERATORS + IDENTS + LITERALS

TOKEN_RE = re.compile(
    r"""
      //[^\n]*
    | /\*.*?\*/
    | `[^`]*`
    | "(?:\\.|[^"\\\n])*"
    | '(?:\\.|[^'\\\n])*'
    | \.?\d[\w.]*
    | [^\W\d]\w*
    | <<= | >>= | &\^= | \.\.\. | && | \|\| | <- | \+\+ | -- | == | != | <= | >= | :=
    | [-+*/%&|^]= | << | >> | &\^
    | \S
    """,
    re.X | re.S,
)


def tokens(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in TOKEN_RE.finditer(text)]


# --------------------------------------------------------------------------
# Strategies
# --------------------------------------------------------------------------

go_ish_chars = st.sampled_from(list("{}()[];:=+-*/%&|^<>!~.,\"'`\\\n\t _xyzXYZ019") + ["\x00", "\r", "é", "世"])
arbitrary_text = st.text(alphabet=st.one_of(st.characters(), go_ish_chars), max_size=300)


@st.composite
def mutated_seed(draw) -> str:
    text = SEEDS[draw(st.sampled_from(sorted(SEEDS)))]
    for _ in range(draw(st.integers(1, 6))):
        text = draw(st.sampled_from(MUTATIONS))(draw, text)
    return text


def _pos(draw, text: str) -> int:
    return draw(st.integers(0, len(text)))


def _tok(draw, text: str):
    spans = tokens(text)
    if not spans:
        return None, spans
    return draw(st.integers(0, len(spans) - 1)), spans


def m_delete_chars(draw, text):
    i = _pos(draw, text)
    return text[:i] + text[i + draw(st.integers(1, 20)):]


def m_duplicate_chars(draw, text):
    i = _pos(draw, text)
    j = min(len(text), i + draw(st.integers(1, 40)))
    k = _pos(draw, text)
    return text[:k] + text[i:j] + text[k:]


def m_truncate(draw, text):
    return text[: _pos(draw, text)]


def m_insert_vocab(draw, text):
    i = _pos(draw, text)
    word = draw(st.sampled_from(VOCAB + PUNCT_SNIPPETS))
    sep = draw(st.sampled_from(["", " ", "\n"]))
    return text[:i] + sep + word + sep + text[i:]


def m_insert_char(draw, text):
    i = _pos(draw, text)
    return text[:i] + draw(st.characters()) + text[i:]


def m_delete_token(draw, text):
    k, spans = _tok(draw, text)
    if k is None:
        return text
    a, b = spans[k]
    return text[:a] + text[b:]


def m_duplicate_token(draw, text):
    k, spans = _tok(draw, text)
    if k is None:
        return text
    a, b = spans[k]
    return text[:b] + " " + text[a:b] + text[b:]


def m_replace_token(draw, text):
    k, spans = _tok(draw, text)
    if k is None:
        return text
    a, b = spans[k]
    return text[:a] + draw(st.sampled_from(VOCAB)) + text[b:]


def m_swap_tokens(draw, text):
    spans = tokens(text)
    if len(spans) < 2:
        return text
    k1 = draw(st.integers(0, len(spans) - 2))
    k2 = draw(st.integers(k1 + 1, min(len(spans) - 1, k1 + 30)))
    (a1, b1), (a2, b2) = spans[k1], spans[k2]
    return text[:a1] + text[a2:b2] + text[b1:a2] + text[a1:b1] + text[b2:]


def m_delete_line(draw, text):
    lines = text.split("\n")
    k = draw(st.integers(0, len(lines) - 1))
    return "\n".join(lines[:k] + lines[k + 1:])


def m_duplicate_line(draw, text):
    lines = text.split("\n")
    k = draw(st.integers(0, len(lines) - 1))
    j = draw(st.integers(0, len(lines)))
    return "\n".join(lines[:j] + [lines[k]] + lines[j:])


def m_swap_lines(draw, text):
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    a = draw(st.integers(0, len(lines) - 1))
    b = draw(st.integers(0, len(lines) - 1))
    lines[a], lines[b] = lines[b], lines[a]
    return "\n".join(lines)


def m_join_lines(draw, text):
    """Remove one newline: exercises automatic semicolon insertion."""
    nls = [i for i, c in enumerate(text) if c == "\n"]
    if not nls:
        return text
    i = draw(st.sampled_from(nls))
    return text[:i] + draw(st.sampled_from(["", " ", ";"])) + text[i + 1:]


MUTATIONS = [
    m_delete_chars, m_duplicate_chars, m_truncate, m_insert_vocab, m_insert_char,
    m_delete_token, m_duplicate_token, m_replace_token, m_swap_tokens,
    m_delete_line, m_duplicate_line, m_swap_lines, m_join_lines,
]

separators = st.sampled_from([" ", " ", " ", "\n", "", "\t", ";"])
soup = st.lists(st.tuples(st.sampled_from(VOCAB), separators), max_size=80).map(
    lambda ts: "".join(t + s for t, s in ts)
)
soup_program = st.one_of(
    soup,
    soup.map(lambda s: "package main\n" + s),
    soup.map(lambda s: "package main\n\nfunc main() {\n" + s + "\n}\n"),
    st.tuples(soup, soup).map(lambda ab: "package main\n\ntype T " + ab[0] + "\n\nfunc main() {\n" + ab[1] + "\n}\n"),
)

# Statements that parse but stress the type checker: a main with declared
# variables of many types, and random expressions over them.
PRELUDE = """package main

import (
	"errors"
	"fmt"
	"strings"
)

type T struct {
	A int
	B string
	P *T
}

type I interface{ M() int }

func (t T) M() int { return t.A }

func f(a int, rest ...string) (int, error) { return a + len(rest), errors.New("e") }

const K = 1 << 10

func main() {
	var x int
	var u uint8
	var y float64
	var s []int
	var m map[string]int
	var p *T
	var t T
	var ch chan int
	var str string
	var i any
	var e error
	var fn func(int) int
	var sb strings.Builder
	_, _, _, _, _, _, _, _, _, _, _, _, _ = x, u, y, s, m, p, t, ch, str, i, e, fn, sb
	fmt.Println()
"""
OPERANDS = [
    "x", "u", "y", "s", "m", "p", "t", "ch", "str", "i", "e", "fn", "sb", "K", "T", "I", "f",
    "nil", "true", "false", "iota", "0", "1", "-1", "255", "256", "1.5", "1e400", "'a'", '"str"',
    "1 << 62", "1 << 64", "1 << 100000", "0x7fffffffffffffff", "-0x8000000000000000",
    "len", "cap", "append", "make", "new", "copy", "delete", "close", "panic", "recover",
    "int", "string", "[]int", "map[string]int", "chan int", "*T", "func()", "struct{}", "any",
    "fmt.Println", "fmt.Sprintf", "errors.New", "strings.Repeat", "t.A", "p.P", "t.M", "sb.String",
]
BINOPS = ["+", "-", "*", "/", "%", "&", "|", "^", "&^", "<<", ">>", "==", "!=", "<", "<=", ">", ">=", "&&", "||"]
UNOPS = ["-", "+", "!", "^", "*", "&", "<-"]


def _expr_extend(sub):
    return st.one_of(
        st.tuples(sub, st.sampled_from(BINOPS), sub).map(lambda a: f"{a[0]} {a[1]} {a[2]}"),
        st.tuples(st.sampled_from(UNOPS), sub).map(lambda a: a[0] + a[1]),
        sub.map(lambda a: f"({a})"),
        st.tuples(sub, st.lists(sub, max_size=3)).map(lambda a: f"{a[0]}({', '.join(a[1])})"),
        st.tuples(sub, sub).map(lambda a: f"{a[0]}[{a[1]}]"),
        st.tuples(sub, sub, sub).map(lambda a: f"{a[0]}[{a[1]}:{a[2]}]"),
        st.tuples(sub, st.sampled_from(["A", "B", "P", "M", "x", "String"])).map(lambda a: f"{a[0]}.{a[1]}"),
        st.tuples(sub, st.sampled_from(["int", "T", "*T", "I", "string", "error"])).map(lambda a: f"{a[0]}.({a[1]})"),
        st.tuples(st.sampled_from(["T", "[]int", "map[string]int", "[2]int", "struct{ a int }"]),
                  st.lists(sub, max_size=3)).map(lambda a: f"{a[0]}{{{', '.join(a[1])}}}"),
        sub.map(lambda a: f"func() int {{ return {a} }}"),
    )


expressions = st.recursive(st.sampled_from(OPERANDS), _expr_extend, max_leaves=12)


def _stmt(e1, e2, kind):
    return {
        0: f"{e1} := {e2}",
        1: f"{e1} = {e2}",
        2: f"{e1} += {e2}",
        3: f"if {e1} {{\n\t\t{e2}\n\t}}",
        4: f"for {e1} {{\n\t\tbreak\n\t}}",
        5: f"switch {e1} {{\n\tcase {e2}:\n\tdefault:\n\t}}",
        6: f"return {e1}",
        7: f"go {e1}",
        8: f"defer {e2}",
        9: f"{e1}++",
        10: f"var v {e1} = {e2}",
        11: f"{e1} <- {e2}",
        12: f"for k, v := range {e1} {{\n\t\t_, _ = k, v\n\t}}",
        13: f"_ = {e1}",
        14: f"switch v := {e1}.(type) {{\n\tcase int, {e2}:\n\t\t_ = v\n\t}}",
        15: f"const c = {e1}\n\t_ = c",
        16: f"{e1}",
    }[kind]


statement = st.builds(_stmt, expressions, expressions, st.integers(0, 16))
checker_program = st.lists(statement, min_size=1, max_size=6).map(
    lambda ss: PRELUDE + "".join(f"\t{s}\n" for s in ss) + "}\n"
)


# Constant expressions assigned to typed variables: exercises constant
# folding (big integers, overflow, division by zero, float range, shifts).
CONST_LEAVES = [
    "0", "1", "-1", "2", "7", "127", "128", "255", "256", "65535", "1 << 31", "1 << 63", "1 << 64",
    "0x7fffffffffffffff", "-0x8000000000000000", "0.5", "1.0", "1e308", "1e309", "1e-324", "3.4e38",
    "'a'", "'世'", '"s"', '""', "true", "false", "K", "iota", "len(\"abc\")", "1000000", "63", "64", "10000",
]
CONST_TYPES = ["int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64",
               "uintptr", "byte", "rune", "float32", "float64", "string", "bool"]
CONST_BINOPS = ["+", "-", "*", "/", "%", "&", "|", "^", "&^", "<<", ">>", "==", "<", "&&", "||"]
const_exprs = st.recursive(
    st.sampled_from(CONST_LEAVES),
    lambda sub: st.one_of(
        st.tuples(sub, st.sampled_from(CONST_BINOPS), sub).map(lambda a: f"({a[0]} {a[1]} {a[2]})"),
        st.tuples(st.sampled_from(["-", "^", "!", "+"]), sub).map(lambda a: a[0] + a[1]),
        st.tuples(st.sampled_from(CONST_TYPES), sub).map(lambda a: f"{a[0]}({a[1]})"),
    ),
    max_leaves=8,
)
const_program = st.lists(
    st.tuples(st.sampled_from(CONST_TYPES + [""]), const_exprs, st.booleans()), min_size=1, max_size=5
).map(
    lambda decls: "package main\n\nconst K = 1 << 10\n\nfunc main() {\n"
    + "".join(
        f"\t{'const' if is_const else 'var'} v{k} {typ} = {e}\n\t_ = v{k}\n"
        for k, (typ, e, is_const) in enumerate(decls)
    )
    + "}\n"
)


# --------------------------------------------------------------------------
# Property tests
# --------------------------------------------------------------------------


@FUZZ
@given(arbitrary_text)
@example("")
@example("\x00")
@example("\ud800")  # a lone surrogate: cannot come from a file, can come from the API
@example("\ufeffpackage main\nfunc main() {}\n")
@example("package main\nfunc main() {\x00}\n")
@example("package main\n\nfunc main() {\n\tx := '\\uD800'\n\t_ = x\n}\n")
def test_arbitrary_text(text):
    check(text)


@FUZZ
@given(arbitrary_text)
def test_arbitrary_text_after_package_clause(text):
    check("package main\n" + text)


@FUZZ
@given(mutated_seed())
def test_mutated_seeds(text):
    check(text)


@FUZZ
@given(soup_program)
def test_token_soup(text):
    check(text)


@FUZZ
@given(checker_program)
@example(PRELUDE + "\tx = 1 / 0\n}\n")
@example(PRELUDE + "\tconst c = 1 << 100000\n\t_ = c\n}\n")
@example(PRELUDE + "\tx = 1e400\n}\n")
@example(PRELUDE + "\ty = 1e100000 / 1e-100000\n}\n")
@example(PRELUDE + "\tstr = string(rune(0xD800))\n}\n")
@example(PRELUDE + "\tx = x.(int)\n}\n")
@example(PRELUDE + "\tx, y = f(1)\n}\n")
@example(PRELUDE + "\tx := x\n}\n")
def test_checker_statements(text):
    check(text)


@FUZZ
@given(const_program)
@example("package main\n\nfunc main() {\n\tconst c = 1 / 0\n\t_ = c\n}\n")
@example("package main\n\nfunc main() {\n\tconst c = 1.0 / 0.0\n\t_ = c\n}\n")
@example("package main\n\nfunc main() {\n\tconst c = 1 % 0\n\t_ = c\n}\n")
@example("package main\n\nfunc main() {\n\tconst c = 1 << (1 << 62)\n\t_ = c\n}\n")
@example("package main\n\nfunc main() {\n\tconst c = 1 >> -1\n\t_ = c\n}\n")
@example("package main\n\nfunc main() {\n\tvar f float64 = 1e309\n\t_ = f\n}\n")
@example("package main\n\nfunc main() {\n\tconst c = 1e1000000000\n\t_ = c\n}\n")
@example("package main\n\nfunc main() {\n\tvar s string = string(-1)\n\t_ = s\n}\n")
def test_constant_expressions(text):
    check(text)


# --------------------------------------------------------------------------
# Deterministic tests
# --------------------------------------------------------------------------


def test_seeds_exist():
    assert len(SEEDS) >= 4


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_is_valid(name):
    """The seeds are valid Go programs inside the subset: no diagnostics."""
    assert check(SEEDS[name]) == []


def _truncations(text: str):
    """Every prefix that ends at a line boundary, except the whole text."""
    lines = text.split("\n")
    for n in range(len(lines)):
        prefix = "\n".join(lines[:n])
        if prefix.rstrip() != text.rstrip():
            yield n, prefix, prefix + "\n" if n else ""


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_truncation_at_every_line_is_clean(name):
    text = SEEDS[name]
    for n, prefix, prefix_nl in _truncations(text):
        for t in (prefix, prefix_nl):
            try:
                check_cached(t)
            except AssertionError as err:
                raise AssertionError(f"{name} truncated after line {n}: {err}") from None


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_truncation_at_every_line_is_rejected(name):
    """``func main`` is the last declaration of every seed, so every proper
    prefix lacks a complete ``main``: Go rejects all of them, so must we."""
    text = SEEDS[name]
    last_func = max(m.start() for m in re.finditer(r"^func ", text, re.M))
    assert text.startswith("func main()", last_func), f"{name}: func main must come last"
    for n, prefix, prefix_nl in _truncations(text):
        for t in (prefix, prefix_nl):
            assert check_cached(t), f"{name} truncated after line {n} was accepted, Go rejects it:\n{t}"


# Deleting every token of every seed is ~1900 checks; by default take an even
# spread of about 60 per seed. MINIGO_FUZZ_ALL_TOKENS=1 deletes them all.
TOKEN_DELETIONS_PER_SEED = None if os.environ.get("MINIGO_FUZZ_ALL_TOKENS") else 60


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_single_token_deletions_are_clean(name):
    text = SEEDS[name]
    spans = tokens(text)
    if TOKEN_DELETIONS_PER_SEED:
        spans = spans[:: max(1, len(spans) // TOKEN_DELETIONS_PER_SEED)]
    for a, b in spans:
        mutated = text[:a] + text[b:]
        try:
            check(mutated)
        except AssertionError as err:
            raise AssertionError(f"{name} without token {text[a:b]!r} at offset {a}: {err}") from None


def _main(body: str) -> str:
    return f"package main\n\nfunc main() {{\n{body}\n}}\n"


@pytest.mark.parametrize(
    "text",
    [
        _main("\tx := " + "(" * 200 + "1" + ")" * 200 + "\n\t_ = x"),
        _main("\tx := " + " + ".join(["1"] * 500) + "\n\t_ = x"),
        _main("\tx := 0\n" + "\tx++\n" * 2000 + "\t_ = x"),
        _main("\t" + "{" * 100 + "}" * 100),
        _main("\tvar x " + "[]" * 100 + "int\n\t_ = x"),
        _main('\ts := "' + "a" * 100_000 + '"\n\t_ = s'),
    ],
    ids=["parens200", "chain500", "stmts2000", "blocks100", "slicetype100", "longstring"],
)
def test_large_valid_programs_pass(text):
    """Go accepts these; deep or long input must not hit Python limits."""
    assert check(text) == []


@pytest.mark.parametrize(
    "text",
    [
        _main("\tx := " + "(" * 5000 + "1" + ")" * 5000 + "\n\t_ = x"),
        _main("\tx := " + " + ".join(["1"] * 10_000) + "\n\t_ = x"),
        _main("\t" + "{" * 3000 + "}" * 3000),
        _main("\tx := " + "(" * 5000),
        _main("\tx := " + "^" * 5000 + "1\n\t_ = x"),
        "package main\n" + "\n" * 100_000,
        "package main\nfunc main() {" + " " * 100_000 + "\n",
    ],
    ids=["parens5000", "chain10000", "blocks3000", "unclosed5000", "unary5000", "newlines", "spaces"],
)
def test_huge_inputs_do_not_crash(text):
    """Diagnostics are allowed here ("too deeply nested" ...); exceptions are not."""
    check(text)


# Small programs at the corners of the language, found while probing: each
# must give clean diagnostics (or none). Go's verdict is in the comment.
EDGE_CASES = {
    "label_at_block_end": _main("L:"),  # label L defined and not used
    "label_semicolon": _main("L:;"),  # label L defined and not used
    "label_in_for_end": _main("\tfor {\n\tL:\n\t}"),  # label L defined and not used
    "label_used_at_end": _main("L:\n\tfor {\n\t\tbreak L\n\t}\nM:"),  # label M defined and not used
    "label_eof": "package main\nfunc main() {\nL:",  # unexpected EOF, expecting }
    "empty_statements": _main("\t;;;\n\t{}\n\t;"),  # ok
    "rec_array_len": "package main\n\ntype T [len(T{})]int\n\nfunc main() {}\n",
    "rec_struct": "package main\n\ntype T struct{ T }\n\nfunc main() {}\n",
    "rec_iface": "package main\n\ntype I interface{ J }\ntype J interface{ I }\n\nfunc main() {}\n",
    "rec_alias": "package main\n\ntype A = B\ntype B = A\n\nfunc main() {}\n",
    "func_type_cycle": "package main\n\ntype F func(F) F\n\nfunc main() {}\n",  # ok
    "init_cycle": "package main\n\nvar a = b\nvar b = a\n\nfunc main() {}\n",
    "const_cycle": "package main\n\nconst a = b\nconst b = a\n\nfunc main() {}\n",
    "huge_array": _main("\tvar a [1 << 62]int\n\t_ = a"),  # larger than address space
    "keyed_huge": _main("\ta := []int{1 << 62: 1}\n\t_ = a"),
    "make_huge": _main("\ta := make([]int, 1<<62)\n\t_ = a"),
    "float_array_len": _main("\tvar a [1e400]int\n\t_ = a"),
    "shift_huge_count": _main("\tx := 1\n\tx = x << (1 << 70)"),
    "const_shift_chain": _main("\tconst a = 1 << 1000\n\tconst b = a << 1000\n\t_ = b"),
    "const_square_loop": _main(
        "".join(f"\tconst c{i} = c{i - 1} * c{i - 1}\n" if i else "\tconst c0 = 1 << 100\n" for i in range(40))
        + "\t_ = c39"
    ),
    "float32_overflow": _main("\tvar v float32 = 1e308\n\t_ = v"),
    "float32_mixed": _main("\tv := float32(1) + 3.5e38\n\t_ = v"),
    "rune_escape_over": _main("\tx := '\\U00110000'\n\t_ = x"),  # escape is invalid Unicode code point
    "surrogate_escape": _main('\tx := "\\uD800"\n\t_ = x'),  # escape is invalid Unicode code point
    "octal_escape_over": _main('\tx := "\\400"\n\t_ = x'),  # octal escape value 256 > 255
    "lone_surrogate_text": _main('\tx := "\ud800"\n\t_ = x'),  # only via the API
    "bom_start": "\ufeffpackage main\n\nfunc main() {}\n",  # ok
    "bom_middle": _main("\tx := 1\ufeff\n\t_ = x"),
    "cr_only": "package main\r\rfunc main() {}\r",
    "crlf": "package main\r\n\r\nfunc main() {\r\n}\r\n",  # ok
    "directives": "//minigo:gogc 100\n//minigo:bogus\npackage main\n\nfunc main() {}\n",  # ok
    "package_only": "package main",
    "not_main_package": "package foo\n\nfunc main() {}\n",
    "blank_package": "package _\n\nfunc main() {}\n",  # invalid package name _
    "import_nul_path": 'package main\n\nimport "\\x00"\n\nfunc main() {}\n',
    "import_empty_path": 'package main\n\nimport ""\n\nfunc main() {}\n',
    "import_dot": 'package main\n\nimport . "fmt"\n\nfunc main() { Println() }\n',
    "generics": "package main\n\nfunc f[T any](x T) T { return x }\n\nfunc main() {}\n",
    "goto": _main("L:\n\tgoto L"),
    "method_expr": "package main\n\ntype T struct{}\n\nfunc (T) M() {}\n\nfunc main() { f := (*T).M; _ = f }\n",
    "select_two_defaults": _main("\tselect {\n\tdefault:\n\tdefault:\n\t}"),
    "typeswitch_fallthrough": _main("\tvar i any\n\tswitch i.(type) {\n\tcase int:\n\t\tfallthrough\n\tdefault:\n\t}"),
    "deep_pointer_type": _main("\tvar x " + "*" * 3000 + "int\n\t_ = x"),
    "deep_func_lits": _main("\tf := " + "func() {" * 300 + "}" * 300 + "\n\t_ = f"),
    "long_else_if": _main(
        "\tx := 0\n\t" + " else ".join("if x == %d {\n\t\tx++\n\t}" % i for i in range(1000))
    ),
    "fifty_errors": _main("".join(f"\tundefined{i}()\n" for i in range(50))),
}


@pytest.mark.parametrize("name", sorted(EDGE_CASES))
def test_edge_cases(name):
    check(EDGE_CASES[name])


# Number literals whose exact value is astronomically large or small. Go
# answers at once (malformed constant, overflows, or a rounded 0); a Python
# Fraction or 10**exp of them can run for minutes inside one C call that
# no signal interrupts, so these run in a child process with a timeout.
HUGE_LITERALS = [
    "1e1000000000", "1e-1000000000", "1e-100000000", "1e-10000000", "1e1000000",
    "0x1p1000000000", "0x1p-1000000000", "0x1p-100000000", "0.000000001e1000000000",
]
LITERAL_SECONDS = 10


@pytest.mark.parametrize("lit", HUGE_LITERALS)
def test_huge_number_literals_are_quick(tmp_path, lit):
    path = tmp_path / "lit.go"
    path.write_text(f"package main\n\nfunc main() {{\n\tx := {lit}\n\t_ = x\n}}\n", encoding="utf-8")
    try:
        proc = run_cli("check", str(path), timeout=LITERAL_SECONDS)
    except subprocess.TimeoutExpired:
        pytest.fail(f"minigo check took more than {LITERAL_SECONDS} s on `x := {lit}` (go build: 0.1 s)")
    _no_traceback(proc)
    assert proc.returncode in (0, 1), proc.stderr


# --------------------------------------------------------------------------
# read_source and the command line
# --------------------------------------------------------------------------

BINARY = random.Random(0).randbytes(512) + b"\x00\x01\x02\xff\xfe"
LATIN1 = "package main\n\n// café, naïve\nfunc main() {}\n".encode("latin-1")
INVALID = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\"\n}\n"
DIAG_LINE = re.compile(r"^(?P<file>.+):(?P<line>\d+):(?P<col>\d+): \S")


@pytest.fixture
def files(tmp_path):
    (tmp_path / "binary.go").write_bytes(BINARY)
    (tmp_path / "latin1.go").write_bytes(LATIN1)
    (tmp_path / "empty.go").write_bytes(b"")
    (tmp_path / "valid.go").write_text(SEEDS["shapes.go"], encoding="utf-8")
    (tmp_path / "invalid.go").write_text(INVALID, encoding="utf-8")
    (tmp_path / "adir.go").mkdir()
    return tmp_path


@pytest.mark.parametrize("name", ["missing.go", "adir.go", "binary.go", "latin1.go"])
def test_read_source_errors_are_one_line(files, name):
    with pytest.raises(SourceError) as info:
        read_source(str(files / name))
    msg = str(info.value)
    assert msg.strip() and "\n" not in msg.strip() and "Traceback" not in msg


def test_read_source_reads_valid_file(files):
    assert read_source(str(files / "valid.go")) == SEEDS["shapes.go"]


def run_cli(*args: str, cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run(
        [sys.executable, "-m", "minigo", *args],
        cwd=cwd or REPO, env=env, capture_output=True, text=True, errors="replace", timeout=timeout,
    )


def _no_traceback(proc):
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout, proc.stderr


@pytest.mark.parametrize("name", ["missing.go", "adir.go", "binary.go", "latin1.go"])
def test_cli_file_errors_are_one_line(files, name):
    path = files / name
    proc = run_cli("check", str(path))
    _no_traceback(proc)
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, f"expected one stderr line, got {proc.stderr!r}"
    assert name in lines[0], f"the message should name the file: {lines[0]!r}"


def test_cli_empty_file(files):
    proc = run_cli("check", str(files / "empty.go"))
    _no_traceback(proc)
    assert proc.returncode == 1
    assert proc.stdout == ""
    first = proc.stderr.splitlines()[0]
    m = DIAG_LINE.match(first)
    assert m and m["file"].endswith("empty.go") and (m["line"], m["col"]) == ("1", "1"), first


def test_cli_valid_program(files):
    proc = run_cli("check", str(files / "valid.go"))
    _no_traceback(proc)
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "", "")


def test_cli_invalid_program(files):
    proc = run_cli("check", str(files / "invalid.go"))
    _no_traceback(proc)
    assert proc.returncode == 1
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert lines
    for line in lines:
        m = DIAG_LINE.match(line)
        assert line.startswith("\t") or (m and m["file"].endswith("invalid.go")), f"not FILE:LINE:COL: {line!r}"
    # Go: invalid.go:6:18: syntax error: unexpected newline in argument list; possibly missing comma or )
    assert DIAG_LINE.match(lines[0])["line"] == "6", lines[0]


def test_cli_relative_path_is_echoed(files):
    proc = run_cli("check", "invalid.go", cwd=files)
    _no_traceback(proc)
    assert proc.returncode == 1
    assert proc.stderr.startswith("invalid.go:"), proc.stderr


def test_cli_without_file_fails_cleanly():
    proc = run_cli("check")
    _no_traceback(proc)
    assert proc.returncode != 0


def test_console_script(files):
    exe = shutil.which("minigo", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip("console script `minigo` is not installed in this environment")
    proc = subprocess.run([exe, "check", str(files / "latin1.go")], capture_output=True, text=True, errors="replace")
    _no_traceback(proc)
    assert proc.returncode == 1 and len(proc.stderr.splitlines()) == 1
