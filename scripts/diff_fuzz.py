#!/usr/bin/env python3
"""Differential testing of minigo's front end against real Go 1.19.

Produces many candidate Go programs, builds each with ``go build`` (each in its
own temp dir, GOPATH mode, as ``scripts/regen_golden.py`` does) and checks each
with ``minigo.frontend.check_source``, then reports where the two disagree:

``go-accepts``   Go builds it, minigo reports an error (other than a
                 ``minigo: ... not supported`` for a feature outside the subset);
``go-rejects``   Go rejects it, minigo reports nothing;
``first-line``   both reject it, but minigo's first ``FILE:LINE:COL: message``
                 differs from Go's first line;
``unsupported``  Go rejects it and minigo names an unsupported feature instead
                 (listed, but not a bug by itself);
``crash``/``hang`` check_source raised or took too long (top priority).

Candidates come from two generators:

* mutations of the valid corpus (``tests/testdata/check/valid``) and of
  ``tests/robustness/seeds`` -- delete/duplicate a line, swap/delete adjacent
  tokens, replace an identifier, change an operator or a literal's kind,
  drop/add a return value or an argument, swap ``:=`` and ``=``, wrap an
  identifier in a conversion, insert a stray statement;
* templates of typical learner mistakes inside the subset (basic types and
  untyped constants, shifts, comparisons, method sets, embedding, closures,
  range, channels and select, labels, composite literals, builtins,
  multi-value contexts, unused names, shadowing, ...), and the round-2
  families (``template_candidates2``/``3``: embedding and promotion,
  shadowed predeclared names, channel directions, nested labels, every
  multi-value context, variadic calls, string conversions, constant division
  by zero, typed-constant limits and iota, comparability, elided literal
  types, new/make on every kind, method calls on every operand, returns,
  assertions, go/defer operands, range assignment; ``SNIPPETS2`` and
  ``FULL_SNIPPETS2``). ``--families REGEX`` restricts the templates.

Candidates that import packages outside the subset are skipped. Output is
deterministic for a given ``--seed``. Disagreements are grouped by the shape of
Go's message (identifiers, numbers and literals blanked out); each group's
smallest program is written to ``--out`` (``--minimize`` shrinks it further
by deleting lines while the disagreement stays the same).

Usage::

    python3 scripts/diff_fuzz.py --seed 1 --count 2000 -j 2 --out /tmp/fuzz1
    python3 scripts/diff_fuzz.py --only templates --count 500 --minimize

Standard library + minigo only.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import itertools
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

import regen_golden  # noqa: E402  (find_go, go_version, build_env, normalize)

CORPUS = REPO / "tests" / "testdata" / "check"
SEED_DIRS = [CORPUS / "valid", REPO / "tests" / "robustness" / "seeds"]
FILENAME = "prog.go"
ALLOWED_IMPORTS = {"fmt", "runtime", "sync", "time", "errors", "strings"}
GO_TIMEOUT = 60
CHECK_TIMEOUT = 20
UNSUPPORTED_RE = re.compile(r"minigo: .* (?:is|are) not supported")
SNIPPET_DIR = Path(__file__).resolve().parent / "fuzz_snippets"


def _snippets(name: str) -> str:
    """A snippet family: Go fragments separated by ``----`` lines, kept as data in
    ``scripts/fuzz_snippets/`` so this script stays code."""
    return (SNIPPET_DIR / name).read_text(encoding="utf-8")


# ---------------------------------------------------------------------------
# Candidates
# ---------------------------------------------------------------------------

@dataclass
class Candidate:
    index: int
    origin: str      # "template:<family>" or "mutate:<seed>:<op>"
    source: str


def prog(body: str, decls: str = "", imports: tuple[str, ...] = ("fmt",)) -> str:
    """A whole program around a main body (fmt is used at the end of main)."""
    imp = ""
    if len(imports) == 1:
        imp = f'import "{imports[0]}"\n\n'
    elif imports:
        imp = "import (\n" + "".join(f'\t"{i}"\n' for i in imports) + ")\n\n"
    body = "\n".join("\t" + ln if ln else ln for ln in body.strip("\n").split("\n"))
    use = "\tfmt.Println()\n" if "fmt" in imports else ""
    d = decls.strip("\n") + "\n\n" if decls.strip() else ""
    return f"package main\n\n{imp}{d}func main() {{\n{body}\n{use}}}\n"


def sub(template: str, **kw: str) -> str:
    for k in sorted(kw, key=len, reverse=True):
        template = template.replace("$" + k, kw[k])
    return template


INT_TYPES = ["int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
             "uint64", "uintptr", "byte", "rune"]
FLOAT_TYPES = ["float32", "float64"]
NUM_TYPES = INT_TYPES + FLOAT_TYPES
BASIC_TYPES = NUM_TYPES + ["bool", "string"]
LITS = ["1", "-1", "0", "1.5", "-1.5", "2.0", "1e10", "1e39", "1e400", "256", "-129", "128",
        "255", "65536", "1 << 31", "1 << 32", "1 << 63", "1 << 64", "-1 << 63", "0x7fffffff",
        "'c'", "'\\u00ff'", "'\\U0010FFFF'", "\"x\"", "\"\"", "true", "nil", "'a' + 1",
        "\"a\" + \"b\"", "1 / 0", "1.0 / 0", "10 / 3", "10 / 3.0", "7 % 2", "7.0 % 2", "1e-400",
        "0.1 + 0.2", "^0", "^1", "-0.0", "0b101", "0o17", "017", "1_000", "'x' * 2.0",
        "len(\"abc\")", "c0", "c1", "cf", "cs", "cb"]
CONST_DECLS = 'const c0 = 0\nconst c1 = 1 << 10\nconst cf = 2.5\nconst cs = "s"\nconst cb = true'
BIN_OPS = ["+", "-", "*", "/", "%", "&", "|", "^", "&^", "<<", ">>", "==", "!=", "<", "<=", ">",
           ">=", "&&", "||"]
ASSIGN_OPS = ["+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "&^=", "<<=", ">>="]
UNARY_OPS = ["-", "+", "!", "^", "&", "*", "<-"]

KIND_DECLS = """type S struct {
	a int
	b string
}
type P struct{ s []int }
type I interface{ M() }
type J interface{ N() int }
type MyInt int
type MySlice []int
type MyMap map[string]int
type MyChan chan int
type F func() int
type Ptr *int

func (S) M()      {}
func (*P) M()     {}
func (MyInt) N() int { return 0 }"""
KINDS = ["int", "MyInt", "float64", "string", "bool", "[]int", "MySlice", "[3]int", "[2][]int",
         "map[string]int", "MyMap", "func()", "func(int) int", "F", "chan int", "MyChan",
         "<-chan int", "chan<- int", "*int", "Ptr", "*[3]int", "*[]int", "struct{}",
         "struct{ a int }", "struct{ a []int }", "interface{}", "any", "error", "I", "J", "S",
         "*S", "P", "*P", "[]S", "map[S]int", "[0]func()", "[]interface{}"]

PKG_VARS = """var s []int
var s2 []string
var m map[string]int
var ch chan int
var rc <-chan int
var sc chan<- int
var str string
var arr [3]int
var parr *[3]int
var ps *[]int
var i int
var i8 int8
var u uint
var f float64
var e error
var by []byte
var r rune
var fn func(int) int
var iface interface{}
var st struct{ x int }"""
BUILTINS = ["len", "cap", "append", "copy", "delete", "make", "new", "close", "panic", "print",
            "println", "recover"]
BUILTIN_ARGS = ["s", "s2", "m", "ch", "rc", "sc", "str", "arr", "parr", "ps", "i", "u", "f", "e",
                "by", "r", "fn", "iface", "st", "1", "-1", "1.5", "1e10", "\"k\"", "nil", "int",
                "[]int", "map[string]int", "chan int", "s...", "str...", "by...", "i8", "'c'",
                "[]int{1}", "*parr", "<-ch", "arr[:]", "10, 5", "i, 1", "\"a\", 1", "s, 1",
                "s, s...", "s, 1, 2", "by, str", "s, by", "m, 1", "m, \"k\", 1"]

# Whole-body snippets of typical mistakes (and look-alikes that are fine).
SNIPPETS_DECLS = KIND_DECLS + """

func two() (int, int)  { return 1, 2 }
func one() int         { return 1 }
func none()            {}
func take1(a int)      {}
func take2(a, b int)   {}
func takev(a ...int)   {}
func takesv(a string, b ...int) {}
func errf() (int, error) { return 0, nil }"""

SNIPPETS = _snippets("snippets.txt")

# Programs that need their own top-level declarations (full files).
FULL_SNIPPETS = _snippets("full_snippets.txt")

# ---------------------------------------------------------------------------
# Round 2: thinner areas of the subset (methods and embedding, interface
# embedding, closures, go/defer/recover, select, channel directions, iota and
# typed-constant overflow, string conversions, labels, shadowed predeclared
# names, comparison/map keys, pointer auto-deref, multi-value contexts,
# variadic calls, unused names, blank identifier, constant division by zero,
# composite literal elision, new/make on every kind).
# ---------------------------------------------------------------------------

SNIPPETS2_DECLS = SNIPPETS_DECLS + """

type Base struct{ ID int }

func (b Base) Name() string { return "base" }
func (b *Base) SetID(id int) { b.ID = id }

type Other struct{ ID int }

func (o Other) Name() string { return "other" }

type Wrap struct {
	Base
	n int
}
type PWrap struct {
	*Base
}
type Both struct {
	Base
	Other
}
type Deep struct {
	Wrap
	Other
}
type Namer interface{ Name() string }
type Setter interface{ SetID(int) }
type NS interface {
	Namer
	Setter
}
type MyStr string
type MyBytes []byte
type MyRunes []rune
type MyByte byte
type Pt struct{ X, Y int }
type Line struct{ A, B Pt }
type Ch <-chan int

func pair() (int, string)  { return 1, "a" }
func triple() (a, b, c int) { return 1, 2, 3 }
func vs(xs ...string) int   { return len(xs) }
func vi(n int, xs ...int) int { return n + len(xs) }
func vif(xs ...interface{}) {}
func ret2() (int, error)    { return 0, nil }"""

SNIPPETS2 = _snippets("snippets2.txt")

FULL_SNIPPETS2 = _snippets("full_snippets2.txt")

TEMPLATE_FAMILIES: list[str] = []


def template_candidates() -> list[tuple[str, str]]:
    """(family, program) pairs, in a fixed order."""
    out: list[tuple[str, str]] = []

    def add(family: str, src: str) -> None:
        out.append((family, src))

    for T, L in itertools.product(BASIC_TYPES, LITS):
        add("var-lit", prog(sub("var x $T = $L\n_ = x", T=T, L=L), CONST_DECLS))
        add("conv-lit", prog(sub("_ = $T($L)", T=T, L=L), CONST_DECLS))
        add("const-lit", prog(sub("const c $T = $L\n_ = c", T=T, L=L), CONST_DECLS))
        add("assign-lit", prog(sub("var x $T\nx = $L\n_ = x", T=T, L=L), CONST_DECLS))
    for L1, op, L2 in itertools.product(LITS[:30], BIN_OPS, ["1", "2.5", "\"b\"", "'x'", "true", "nil", "64", "-2", "0"]):
        add("const-binop", prog(sub("_ = $A $OP $B", A=L1, OP=op, B=L2), CONST_DECLS))
    for T, U, op in itertools.product(BASIC_TYPES, BASIC_TYPES, BIN_OPS):
        add("var-binop", prog(sub("var a $T\nvar b $U\n_ = a $OP b", T=T, U=U, OP=op)))
    for T, op, L in itertools.product(BASIC_TYPES, BIN_OPS, LITS):
        add("var-lit-binop", prog(sub("var a $T\n_ = a $OP ($L)", T=T, OP=op, L=L), CONST_DECLS))
        add("lit-var-binop", prog(sub("var a $T\n_ = ($L) $OP a", T=T, OP=op, L=L), CONST_DECLS))
    for T, op in itertools.product(BASIC_TYPES + KINDS, UNARY_OPS):
        add("unary", prog(sub("var a $T\n_ = $OPa", T=T, OP=op), KIND_DECLS))
    for T, op, L in itertools.product(BASIC_TYPES, ASSIGN_OPS, ["1", "1.5", "\"s\"", "-1", "300", "a", "true", "'c'", "1 << 70", "0"]):
        add("assign-op", prog(sub("var a $T\na $OP $L", T=T, OP=op, L=L)))
    for T, U in itertools.product(INT_TYPES + FLOAT_TYPES + ["string", "bool", "MyInt"], INT_TYPES + ["float64", "MyInt", "string"]):
        add("shift", prog(sub("var a $T = 1\nvar n $U = 2\n_ = a << n\n_ = 1 << n\nvar f $T = 1 << n\n_ = f", T=T, U=U), KIND_DECLS))
    for K in BASIC_TYPES + KINDS:
        add("incdec", prog(sub("var a $K\na++\n_ = a", K=K), KIND_DECLS))
        add("mapkey", prog(sub("_ = map[$K]int{}", K=K), KIND_DECLS))
        add("cmp-nil", prog(sub("var a $K\n_ = a == nil", K=K), KIND_DECLS))
        add("cmp-self", prog(sub("var a $K\n_ = a == a", K=K), KIND_DECLS))
        add("order-self", prog(sub("var a $K\n_ = a < a", K=K), KIND_DECLS))
        add("switch-kind", prog(sub("var a $K\nswitch a {\n}", K=K), KIND_DECLS))
        add("index-kind", prog(sub("var a $K\n_ = a[0]", K=K), KIND_DECLS))
        add("slice-kind", prog(sub("var a $K\n_ = a[0:1]", K=K), KIND_DECLS))
        add("call-kind", prog(sub("var a $K\na()", K=K), KIND_DECLS))
        add("deref-kind", prog(sub("var a $K\n_ = *a", K=K), KIND_DECLS))
        add("field-kind", prog(sub("var a $K\n_ = a.x", K=K), KIND_DECLS))
        add("assert-kind", prog(sub("var a $K\n_ = a.(int)", K=K), KIND_DECLS))
        add("if-kind", prog(sub("var a $K\nif a {\n}", K=K), KIND_DECLS))
        add("composite-kind", prog(sub("_ = $K{}", K=K), KIND_DECLS))
        add("send-kind", prog(sub("var a $K\na <- 1", K=K), KIND_DECLS))
        add("recv-kind", prog(sub("var a $K\n_ = <-a", K=K), KIND_DECLS))
        add("range1-kind", prog(sub("var a $K\nfor x := range a {\n\t_ = x\n}", K=K), KIND_DECLS))
        add("range2-kind", prog(sub("var a $K\nfor x, y := range a {\n\t_, _ = x, y\n}", K=K), KIND_DECLS))
        add("range0-kind", prog(sub("var a $K\nfor range a {\n}", K=K), KIND_DECLS))
        add("conv-nil", prog(sub("_ = $K(nil)", K=K), KIND_DECLS))
        add("conv-int", prog(sub("var i int\n_ = $K(i)", K=K), KIND_DECLS))
        add("print-kind", prog(sub("var a $K\nfmt.Println(a)\nprintln(a)", K=K), KIND_DECLS))
        for b in ("len", "cap", "close", "new", "make", "delete", "append", "copy"):
            add("builtin-kind", prog(sub("var a $K\n_ = $B(a)", K=K, B=b), KIND_DECLS))
    for K1, K2 in itertools.product(KINDS, KINDS):
        add("assign-kind", prog(sub("var a $K\nvar b $U\na = b\n_ = a", K=K1, U=K2), KIND_DECLS))
        add("eq-kind", prog(sub("var a $K\nvar b $U\n_ = a == b", K=K1, U=K2), KIND_DECLS))
    for b in BUILTINS:
        for n in (0, 1, 2):
            for args in itertools.product(BUILTIN_ARGS, repeat=n):
                if n == 2 and ("..." in args[0] or "," in args[0] or "," in args[1]):
                    continue
                a = ", ".join(args)
                add("builtin", prog(f"_ = {b}({a})", PKG_VARS))
                add("builtin-stmt", prog(f"{b}({a})", PKG_VARS))
    for i, snip in enumerate(SNIPPETS.strip("\n").split("\n----\n")):
        imports = ["fmt"]
        lines = snip.split("\n")
        while lines and lines[-1].startswith("@@"):
            imports.append(lines.pop()[2:])
        body = "\n".join(lines)
        if body.lstrip().startswith(("type ", "func ", "import ", "var x = 1\nvar x", "var x int\nvar x s")) and \
                not body.lstrip().startswith("func()"):
            # top-level flavoured snippets: both inside main and at package level
            add(f"snippet-top{i}", prog("", SNIPPETS_DECLS + "\n\n" + body, tuple(imports)) if not body.startswith("import") else "package main\n\n" + body + "\n\nfunc main() {}\n")
        add(f"snippet{i}", prog(body, SNIPPETS_DECLS, tuple(imports)))
    for i, full in enumerate(FULL_SNIPPETS.strip("\n").split("\n----\n")):
        add(f"full{i}", full.strip("\n") + "\n")
    return out


EMBED_DECLS = """type I interface{ M() }
type A struct{ X int }
type B struct{ X int }
type Mid struct{ A }
type PMid struct{ *B }

func (A) M()  {}
func (*B) M() {}
func (A) Get() int  { return 0 }
func (*B) Put(int)  {}"""
EMBED_OUTERS = ["struct{ A }", "struct{ *A }", "struct{ B }", "struct{ *B }", "struct {\n\tA\n\tB\n}",
                "struct {\n\tA\n\t*B\n}", "struct{ Mid }", "struct{ *Mid }", "struct {\n\tMid\n\tB\n}",
                "struct {\n\tPMid\n\tA\n}", "struct{ PMid }", "struct {\n\tMid\n\tPMid\n}",
                "struct {\n\tA\n\tX string\n}", "struct {\n\t*A\n\tM int\n}", "struct{ I }",
                "struct {\n\tI\n\tA\n}", "struct {\n\tI\n\tMid\n}"]
EMBED_USES = ["_ = v.X", "v.X = 1", "v.M()", "(&v).M()", "var _ I = v", "var _ I = &v", "f := v.M\n_ = f",
              "_ = T.M", "_ = (*T).M", "_ = v.Get()", "v.Put(1)", "_ = T{X: 1}", "_ = T{}.X",
              "T{}.M()", "_ = v.A", "_ = v.B", "_ = v.Mid.X", "p := &v\n_ = p.X\np.M()",
              "var pp **T = nil\n_ = pp", "g := T.Get\n_ = g", "h := (*T).Put\n_ = h",
              "var i interface{ Get() int } = v\n_ = i"]

SHADOW_NAMES = ["len", "cap", "append", "true", "false", "nil", "iota", "int", "string", "error",
                "any", "print", "make", "new", "panic", "recover", "copy", "close", "fmt", "byte",
                "rune", "float64", "bool", "main", "uint8"]
SHADOW_DECLS = ["$N := 1", "var $N = \"s\"", "const $N = 2", "type $N int", "var $N func(int) int",
                "type $N struct{ X int }"]
SHADOW_USES = ["_ = $N", "_ = $N(1)", "var _ $N", "_ = $N + 1", "_ = []$N{}", "if $N {\n}",
               "fmt.Println($N)", "_ = $N.X", "var p *int = nil\n_ = p", "_ = len(\"a\")",
               "var s []int\ns = append(s, 1)", "var t int = 1\n_ = t", "_ = $N{}", "$N = 3"]

CHAN_KINDS = ["chan int", "<-chan int", "chan<- int", "MyChan", "RCh", "SCh", "chan MyInt",
              "chan interface{}", "chan<- chan int", "<-chan <-chan int"]
CHAN_DECLS = """type MyInt int
type MyChan chan int
type RCh <-chan int
type SCh chan<- int"""
CHAN_USES = ["a = b", "_ = a == b", "_ = ($U)(a)", "a <- 1", "_ = <-a", "close(a)", "_ = len(a) + cap(a)",
             "for v := range a {\n\t_ = v\n}", "select {\ncase a <- 1:\ncase v := <-a:\n\t_ = v\ndefault:\n}",
             "v, ok := <-a\n_, _ = v, ok", "a <- <-b", "var x MyInt = <-a\n_ = x",
             "a <- nil", "go func(c $U) {}(a)"]

LABEL_OUTERS = ["for {\n$B\n}", "for i := range []int{1} {\n_ = i\n$B\n}",
                "switch {\ncase true:\n$B\n}", "switch {\ndefault:\n$B\n}",
                "select {\ndefault:\n$B\n}", "{\n$B\n}", "if true {\n$B\n}",
                "var x interface{}\nswitch x.(type) {\ncase int:\n$B\n}"]
LABEL_STMTS = ["break", "continue", "break L", "continue L", "break M", "continue M", "fallthrough",
               "func() {\n\tbreak L\n}()"]

MULTI_CALLS = ["two()", "none()", "one()", "pair()", "triple()", "errf()"]
MULTI_CTX = ["_ = $E", "x := $E\n_ = x", "var a, b = $E\n_, _ = a, b", "a, b := $E\n_, _ = a, b",
             "var a, b int = $E\n_, _ = a, b", "fmt.Println($E)", "take2($E)", "take1($E)", "takev($E)",
             "takesv(\"a\", $E)", "_ = []int{$E}", "if $E == 1 {\n}", "go $E", "defer $E", "$E",
             "_ = $E + 1", "_ = func() (int, int) { return $E }", "_ = func() int { return $E }",
             "_ = func() { return $E }", "var ch chan int\nch <- $E", "m := map[int]int{}\nm[$E] = 1",
             "s := []int{1}\n_ = s[$E]", "switch $E {\n}", "for $E {\n}", "_ = len($E)",
             "_ = append([]int{}, $E)", "var i interface{} = $E\n_ = i", "x, y, z := $E\n_, _, _ = x, y, z",
             "_, _ = $E", "_, _, _ = $E", "var x struct{ a, b int }\nx.a, x.b = $E", "_ = [2]int{$E}",
             "_ = !$E", "_ = -$E", "_ = ($E)", "print($E)", "_ = make([]int, $E)", "_ = new($E)",
             "var x interface{} = $E\n_ = x"]

VARIADIC_FUNCS = ["vs", "vi", "vif", "fmt.Println", "fmt.Sprint", "fmt.Printf", "append", "takev"]
VARIADIC_ARGS = ["", "1", "\"a\"", "nil", "1, 2", "\"a\", \"b\"", "ss...", "is...", "ifs...", "nil...",
                 "1, is...", "\"a\", ss...", "is, is...", "ms...", "bs...", "\"abc\"...", "arr...",
                 "arr[:]...", "is..., 1", "two()", "pair()", "[]int{1}...", "[]string{}...",
                 "1, []interface{}{}...", "[]interface{}{1}..."]

STRCONV_TYPES = ["string", "[]byte", "[]rune", "MyStr", "MyBytes", "MyRunes", "byte", "rune", "int",
                 "float64", "[]int", "[]MyByte", "[]int32", "[]uint8", "MyByte", "int64", "uint"]
STRCONV_VALS = ['"ab"', "'a'", "65", "65.0", "s", "bs", "rs", "b", "r", "i", "f", "ms", "mb", "-1",
                "1<<40", "nil", "mr", "i64", "u8", "'\\U0010FFFF'", "0x110000", "cs", "cr"]
STRCONV_DECLS = """type MyStr string
type MyBytes []byte
type MyRunes []rune
type MyByte byte

var s = "ab"
var bs = []byte("ab")
var rs = []rune("ab")
var b byte = 'a'
var r rune = 'a'
var i = 65
var f = 65.0
var ms MyStr = "ab"
var mb MyBytes
var mr MyRunes
var i64 int64 = 65
var u8 uint8 = 65

const cs = "ab"
const cr = 'x'"""

DIVZERO_ZEROS = ["0", "0.0", "z", "zf", "$T(0)", "(0)", "-0", "1 - 1", "'\\x00'", "0 * 5", "len(\"\")",
                 "0e5", "0x0", "1 / 2", "0.4", "zero", "1 >> 1"]

INT_LIMITS = {"int8": ("-128", "127"), "int16": ("-32768", "32767"), "int32": ("-2147483648", "2147483647"),
              "int64": ("-9223372036854775808", "9223372036854775807"), "uint8": ("0", "255"),
              "uint16": ("0", "65535"), "uint32": ("0", "4294967295"), "uint64": ("0", "18446744073709551615"),
              "int": ("-9223372036854775808", "9223372036854775807"), "uint": ("0", "18446744073709551615"),
              "byte": ("0", "255"), "rune": ("-2147483648", "2147483647"), "uintptr": ("0", "18446744073709551615")}
IOTA_EXPRS = ["iota * 100", "1 << (iota * 8)", "-iota", "iota - 1", "255 + iota", "iota * 1.5", "iota / 2",
              "1 << (iota * 31)", "iota * 40000", "iota * 1e9", "1 << iota", "^iota", "iota % 2",
              "iota + 'a'", "\"s\" + iota", "iota * iota * 1000000"]

CMP_FIELDS = ["int", "string", "[]int", "map[int]int", "func()", "interface{}", "[2]int", "*int",
              "chan int", "struct{ a []int }", "[2][]int", "[0]func()", "error", "struct{}", "float64"]
CMP_USES = ["_ = a == b", "_ = a != a", "_ = map[T]int{}", "switch a {\ncase b:\n}", "_ = a == T{}",
            "var i interface{} = a\n_ = i == a", "_ = [1]T{} == [1]T{}", "_ = &a == &b", "_ = a < b",
            "m := map[interface{}]int{}\nm[a] = 1", "_ = a == nil"]

ELIDE_ELEMS = ["{1, 2}", "{}", "&{}", "&Pt{}", "Pt{}", "{{}}", "nil", "{X: 1}", "{1}", "{Y: 1, X: 2}",
               "&Pt{1, 2}", "{&Pt{}}", "{nil}", "{{1, 2}}", "{1: {}}"]
ELIDE_TYPES = ["[]Pt", "[]*Pt", "[][]Pt", "map[string]Pt", "map[string]*Pt", "[2]*Pt", "[]*[]int",
               "map[Pt]int", "map[*Pt]int", "[]Line", "[][2]int", "[]map[string]int", "[]**Pt", "[]interface{}",
               "[]struct{ X, Y int }"]

NEWMAKE_ARGS = ["", ", 1", ", 1, 2", ", -1", ", 1.5", ", 1.0", ", \"a\"", ", n", ", u8", ", fl", ", 2, 1",
                ", 1 << 62", ", 1 << 70", ", nil", ", 'a'"]


def split_decls(lines: list[str]) -> tuple[str, str]:
    """A snippet's `type`/`func` declarations at depth 0 (moved to package level), and the rest."""
    top: list[str] = []
    rest: list[str] = []
    depth = 0
    into = rest
    for ln in lines:
        if depth == 0:
            into = top if ln.startswith(("type ", "func (", "func ")) and not ln.startswith("func()") else rest
        into.append(ln)
        depth += ln.count("{") - ln.count("}") + ln.count("(") - ln.count(")")
    return "\n".join(top), "\n".join(rest)


def template_candidates2() -> list[tuple[str, str]]:
    """Round-2 families (see the comment above SNIPPETS2)."""
    out: list[tuple[str, str]] = []

    def add(family: str, src: str) -> None:
        out.append((family, src))

    for o, u in itertools.product(EMBED_OUTERS, EMBED_USES):
        add("embed", prog("var v T\n" + u + "\n_ = v", EMBED_DECLS + "\ntype T " + o, ()))
    for n, d, u in itertools.product(SHADOW_NAMES, SHADOW_DECLS, SHADOW_USES):
        add("shadow", prog(sub(d + "\n" + u, N=n)))
        if not d.startswith("$N :="):
            add("shadow-top", prog(sub(u, N=n), sub(d, N=n)))
    for a, b, u in itertools.product(CHAN_KINDS, CHAN_KINDS, CHAN_USES):
        add("chan-dir", prog(sub("var a $T\nvar b $U\n" + u + "\n_, _ = a, b", T=a, U=b), CHAN_DECLS))
    for o, i, s in itertools.product(LABEL_OUTERS, LABEL_OUTERS, LABEL_STMTS):
        inner = i.replace("$B", s)
        body = "L:\n" + o.replace("$B", inner)
        if "M" in s:
            body = "M:\n\tfor {\n\t\tbreak M\n\t}\n" + body
        add("labels", prog(body))
        add("labels-in", prog(o.replace("$B", "L:\n" + inner)))
    for e, c in itertools.product(MULTI_CALLS, MULTI_CTX):
        add("multi-ctx", prog(sub(c, E=e), SNIPPETS_DECLS))
    for fn, a in itertools.product(VARIADIC_FUNCS, VARIADIC_ARGS):
        pre = "var ss []string\nvar is []int\nvar ifs []interface{}\nvar ms []MyStr\nvar bs []byte\nvar arr [2]int\n"
        call = f"{fn}({a})" if fn != "append" else f"append(is, {a})" if a else "append(is)"
        add("variadic", prog(pre + f"_ = {call}\n_, _, _, _, _, _ = ss, is, ifs, ms, bs, arr",
                             SNIPPETS2_DECLS))
        add("variadic-stmt", prog(pre + f"{call}\n_, _, _, _, _, _ = ss, is, ifs, ms, bs, arr",
                                  SNIPPETS2_DECLS))
    for t, v in itertools.product(STRCONV_TYPES, STRCONV_VALS):
        add("strconv", prog(f"_ = {t}({v})", STRCONV_DECLS))
        add("strconv-var", prog(f"var x {t} = {v}\n_ = x", STRCONV_DECLS))
        add("strconv-const", prog(f"const x = {t}({v})\n_ = x", STRCONV_DECLS))
    for t, op, z in itertools.product(NUM_TYPES + ["MyInt"], ["/", "%", "/=", "%="], DIVZERO_ZEROS):
        zz = sub(z, T=t)
        pre = f"var x {t} = 1\nconst z = 0\nconst zf = 0.0\nvar zero {t}\n"
        stmt = f"_ = x {op} {zz}" if "=" not in op else f"x {op} {zz}"
        add("divzero", prog(pre + stmt + "\n_, _ = x, zero", "type MyInt int"))
        if "=" not in op:
            add("divzero-const", prog(f"const x {t} = 1\nconst z = 0\nconst zf = 0.0\nvar zero {t}\n"
                                      f"_ = x {op} {zz}\n_ = zero", "type MyInt int"))
    for t, (lo, hi) in INT_LIMITS.items():
        for op, k in itertools.product(["+", "-", "*", "/", "%", "<<", ">>", "&", "|", "^", "==", "<"],
                                       ["1", "2", "-1", "0", "256", "64", "1.0", "0.5"]):
            for v in (lo, hi):
                add("const-limit", prog(f"const a {t} = {v}\nconst b = a {op} {k}\n_ = b"))
                add("var-limit", prog(f"var a {t} = {v}\n_ = a {op} {k}"))
            for v in (str(int(lo) - 1), str(int(hi) + 1)):
                add("limit-var", prog(f"var a {t}\n_ = a {op} {v}"))
                add("limit-var", prog(f"var a {t}\n_ = ({v}) {op} a"))
        for e in IOTA_EXPRS:
            add("iota-type", prog(f"const (\n\ta {t} = {e}\n\tb\n\tc\n\td\n)\nvar x = d\n_, _, _ = a, b, c\n_ = x"))
    for t in FLOAT_TYPES:
        for e in IOTA_EXPRS:
            add("iota-type", prog(f"const (\n\ta {t} = {e}\n\tb\n\tc\n)\n_, _, _ = a, b, c"))
    for f, u in itertools.product(CMP_FIELDS, CMP_USES):
        add("cmp-struct", prog(sub(u, T="T") + "\n_, _ = a, b",
                               f"type T struct {{\n\tx int\n\ty {f}\n}}\n\nvar a, b T"))
        add("cmp-array", prog(sub(u, T="T") + "\n_, _ = a, b", f"type T [2]{f}\n\nvar a, b T"))
    for t, e in itertools.product(ELIDE_TYPES, ELIDE_ELEMS):
        decls = "type Pt struct{ X, Y int }\ntype Line struct{ A, B Pt }"
        if t.startswith("map[string]"):
            lit = f'{t}{{"k": {e}}}'
        elif t.startswith("map["):
            lit = f"{t}{{{e}: 1}}"
        else:
            lit = f"{t}{{{e}}}"
        add("elide", prog(f"_ = {lit}", decls))
        add("elide-nested", prog(f"_ = []{t}{{{{{e}}}}}", decls))
    for k, a in itertools.product(KINDS + ["Pt", "[]Pt", "map[Pt]int", "chan<- int", "*Pt"], NEWMAKE_ARGS):
        pre = "var n = 2\nvar u8 uint8 = 2\nvar fl = 2.0\n_, _, _ = n, u8, fl\n"
        add("make", prog(pre + f"_ = make({k}{a})", KIND_DECLS + "\ntype Pt struct{ X, Y int }"))
        if not a:
            add("new", prog(f"p := new({k})\n_ = *p", KIND_DECLS + "\ntype Pt struct{ X, Y int }"))
    for i, snip in enumerate(SNIPPETS2.strip("\n").split("\n----\n")):
        imports = ["fmt"]
        lines = snip.split("\n")
        while lines and lines[-1].startswith("@@"):
            imports.append(lines.pop()[2:])
        top, rest = split_decls(lines)
        if top:
            add(f"snippet2-top{i}", prog(rest, SNIPPETS2_DECLS + "\n\n" + top, tuple(imports)))
        if "func (" not in top:
            add(f"snippet2-{i}", prog("\n".join(lines), SNIPPETS2_DECLS, tuple(imports)))
    for i, full in enumerate(FULL_SNIPPETS2.strip("\n").split("\n----\n")):
        add(f"full2-{i}", full.strip("\n") + "\n")
    return out


METHOD_DECLS = """type T struct{ x int }

func (T) V()  {}
func (*T) P() {}

type IV interface{ V() }
type IP interface{ P() }

var m map[int]T
var s []T
var a [2]T
var t T
var pt *T
var ppt **T
var iv IV

func f() T   { return T{} }
func pf() *T { return nil }"""
METHOD_OPERANDS = ["T{}", "&T{}", "m[0]", "s[0]", "a[0]", "f()", "pf()", "pt", "*pt", "t", "(&t)", "iv",
                   "ppt", "*ppt", "(T{})", "[]T{{}}[0]", "[1]T{}[0]", "map[int]*T{}[0]", "T"]
METHOD_USES = ["$O.V()", "$O.P()", "_ = $O.V", "_ = $O.P", "_ = $O.x", "$O.x = 1", "$O.x++", "_ = &$O",
               "_ = &$O.x", "var _ IP = $O", "var _ IV = $O", "defer $O.P()", "go $O.V()", "$O.V", "_ = $O.V()"]

RETURN_SIGS = ["", "int", "(int, string)", "(x int)", "(x int, err error)", "error", "(int, int)", "*T"]
RETURN_STMTS = ["return", "return 1", "return 1, \"a\"", "return two()", "return nil", "return x",
                "return 1, nil", "return nil, nil", "return 1, 2, 3", "return fmt.Errorf(\"e\")",
                "x := 2\nreturn x", "{\n\tx := 3\n\t_ = x\n\treturn\n}", "return T{}", "return &T{}",
                "return (1)", "return none()", "return one(), 1", "if true {\n\treturn\n}\nreturn"]

ASSERT_IFACES = ["I", "J", "error", "interface{}", "interface{ M(); N() int }", "interface{ m() }"]
ASSERT_TYPES = ["S", "*S", "P", "*P", "MyInt", "*MyInt", "int", "string", "I", "J", "error", "[]int",
                "interface{ N() int }", "func()", "MySlice", "F", "nil"]
ASSERT_FORMS = ["var i $I\n_ = i.($T)", "var i $I\nswitch i.(type) {\ncase $T:\n}",
                "var i $I\nswitch v := i.($T).(type) {\ndefault:\n\t_ = v\n}",
                "var v $T\nvar i $I = v\n_ = i", "var v $T\n_ = $I(v)", "var i $I\nv, ok := i.($T)\n_, _ = v, ok",
                "var i $I\nvar v $T\n_ = i == v"]

GODEFER_EXPRS = ["f", "f()", "(f)()", "(f())", "g(1)", "g", "func() {}", "func() {}()", "func() int { return 1 }()",
                 "int(1)", "T{}.V", "T{}.V()", "t.P()", "t.P", "pt.P()", "len(\"a\")", "cap(s)", "append(s, 1)",
                 "copy(s, s)", "delete(mp, 1)", "close(ch)", "new(int)", "make([]int, 1)", "panic(1)",
                 "print()", "println(1)", "recover()", "recover", "<-ch", "ch <- 1", "x", "x + 1",
                 "fmt.Println()", "fmt.Sprint()", "fmt.Println", "mp[1]", "s[0]", "T.V(t)", "iv.V()",
                 "(iv.V)()", "two()", "[]func(){f}[0]()", "(func())(nil)()", "ff()()", "ff()"]
GODEFER_DECLS = """type T struct{}

func (T) V()  {}
func (*T) P() {}

var f func()
var ff func() func()
var g func(int) int
var t T
var pt = &t
var s []int
var mp map[int]int
var ch chan int
var x int
var iv interface{ V() }

func two() (int, int) { return 1, 2 }"""

RANGE_LHS = ["k", "k, v", "_, v", "m[1]", "st.x", "*p", "_", "_, _", "arr[0], arr[1]", "k, k",
             "c", "k, c", "one()", "k, m[k]", "(k)", "(k), v", "st", "k, st.x"]
RANGE_EXPRS = ["[]int{1}", "[2]int{}", "\"ab\"", "map[int]int{}", "make(chan int)", "&arr", "m",
               "3", "nil", "[]string{}"]
RANGE_DECLS = """const c = 1

var k, v int
var m = map[int]int{}
var st struct{ x int }
var p = new(int)
var arr [2]int

func one() int { return 1 }"""


def template_candidates3() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(family: str, src: str) -> None:
        out.append((family, src))

    for o, u in itertools.product(METHOD_OPERANDS, METHOD_USES):
        add("method-call", prog(sub(u, O=o), METHOD_DECLS, ()))
    for sig, ret in itertools.product(RETURN_SIGS, RETURN_STMTS):
        body = "\n".join("\t" + ln for ln in ret.split("\n"))
        add("return", prog("_ = g", SNIPPETS_DECLS + "\ntype T struct{}\n\nfunc g() " + sig
                           + (" " if sig else "") + "{\n" + body + "\n}"))
    for i, t, form in itertools.product(ASSERT_IFACES, ASSERT_TYPES, ASSERT_FORMS):
        add("assert", prog(sub(form, I=i, T=t), KIND_DECLS, ()))
    for e in GODEFER_EXPRS:
        for kw in ("go", "defer"):
            add("godefer", prog(f"{kw} {e}", GODEFER_DECLS))
    for lhs, rng, op in itertools.product(RANGE_LHS, RANGE_EXPRS, ["=", ":="]):
        add("range-assign", prog(f"for {lhs} {op} range {rng} {{\n}}", RANGE_DECLS, ()))
    return out


# ---------------------------------------------------------------------------
# Mutations
# ---------------------------------------------------------------------------

TOKEN_RE = re.compile(r"""
 (?P<comment>//[^\n]*|/\*.*?\*/)
|(?P<raw>`[^`]*`)
|(?P<str>"(?:[^"\\\n]|\\.)*")
|(?P<rune>'(?:[^'\\\n]|\\.)*')
|(?P<num>0[xX][0-9a-fA-F_]+|0[bBoO][0-7_]+|\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
|(?P<ident>[A-Za-z_][A-Za-z_0-9]*)
|(?P<op>\.\.\.|<<=|>>=|&\^=|&&|\|\||<-|\+\+|--|==|!=|<=|>=|:=|\+=|-=|\*=|/=|%=|&=|\|=|\^=|<<|>>|&\^|[-+*/%&|^<>=!(){}\[\],;.:~])
|(?P<ws>\s+)
|(?P<other>.)""", re.S | re.X)

KEYWORDS = {"break", "case", "chan", "const", "continue", "default", "defer", "else",
            "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map",
            "package", "range", "return", "select", "struct", "switch", "type", "var"}
BINOP_TOKENS = set(BIN_OPS)
ASSIGN_TOKENS = {"=", ":="} | set(ASSIGN_OPS)
IDENT_POOL = ["undefinedName", "_", "nil", "iota", "len", "int", "main", "fmt", "string", "true",
              "error", "any", "append", "x", "i", "s", "err", "byte", "float64", "cap", "make",
              "new", "Println", "init", "v", "ok", "self", "this"]
LIT_POOL = ["1", "1.5", "\"x\"", "'c'", "nil", "true", "-1", "0", "256", "1e100", "1 << 63",
            "\"\"", "0.0", "'\\n'", "1<<64", "false", "[]int{}", "struct{}{}", "func() {}"]
CONV_TYPES = ["string", "int", "float64", "bool", "[]byte", "byte", "rune", "error", "any",
              "*int", "[]int", "uint8", "int64", "func()"]
STMT_POOL = ["x := 1", "_ = undefined", "return", "return 1", "break", "continue", "fallthrough",
             "var y int", "y := x", "defer", "go f()", "i++", "x = nil", "_ = 1 << 70",
             "panic()", "select {}", "L:", "continue L", "break L", "err := nil", "_ := 1",
             "x, y := 1", "a, b = b, a", "for {}", "{", "}", "if x {}", "var _ = 1",
             "type T struct{}", "const c = 1", "s = append(s)", "_ = len()", "close(nil)",
             "fmt.Println", "_ = fmt", "func() {}()", "defer func() {}", "recover()"]


def tokenize(src: str) -> list[tuple[str, str]]:
    return [(m.lastgroup, m.group()) for m in TOKEN_RE.finditer(src)]


def untokenize(toks: list[tuple[str, str]]) -> str:
    return "".join(t for _, t in toks)


def _sig(toks):  # indices of significant tokens
    return [i for i, (k, _) in enumerate(toks) if k not in ("ws", "comment")]


def _body_start(src: str) -> int:
    """Index of the first line after the import block (mutating imports is not interesting)."""
    lines = src.split("\n")
    start = 0
    for i, ln in enumerate(lines):
        if ln.startswith(("import", ")")) or ln.startswith("\t\"") or ln.startswith("package"):
            start = i + 1
        elif ln.startswith(("func", "type", "var", "const")):
            break
    return start


def mutate(src: str, rng: random.Random) -> tuple[str, str] | None:
    """One random mutation; (op, new source) or None if it did not apply."""
    ops = ["del_line", "dup_line", "swap_tokens", "del_token", "ident", "operator", "literal",
           "return", "args", "assign", "wrap_conv", "insert_stmt", "ident", "literal", "args"]
    op = rng.choice(ops)
    lines = src.split("\n")
    start = _body_start(src)
    if op in ("del_line", "dup_line", "insert_stmt"):
        cand = [i for i in range(start, len(lines)) if lines[i].strip()]
        if not cand:
            return None
        i = rng.choice(cand)
        if op == "del_line":
            new = lines[:i] + lines[i + 1:]
        elif op == "dup_line":
            new = lines[:i + 1] + [lines[i]] + lines[i + 1:]
        else:
            indent = re.match(r"\s*", lines[i]).group()
            new = lines[:i + 1] + [indent + rng.choice(STMT_POOL)] + lines[i + 1:]
        return op, "\n".join(new)
    prefix = "\n".join(lines[:start]) + ("\n" if start else "")
    rest = "\n".join(lines[start:])
    toks = tokenize(rest)
    sig = _sig(toks)
    if len(sig) < 3:
        return None
    toks = list(toks)
    if op == "swap_tokens":
        j = rng.randrange(len(sig) - 1)
        a, b = sig[j], sig[j + 1]
        toks[a], toks[b] = toks[b], toks[a]
    elif op == "del_token":
        toks[rng.choice(sig)] = ("ws", "")
    elif op == "ident":
        ids = [i for i in sig if toks[i][0] == "ident" and toks[i][1] not in KEYWORDS]
        if not ids:
            return None
        i = rng.choice(ids)
        names = sorted({toks[k][1] for k in ids})
        repl = rng.choice(names + IDENT_POOL)
        toks[i] = ("ident", repl)
    elif op == "operator":
        ids = [i for i in sig if toks[i][1] in BINOP_TOKENS | ASSIGN_TOKENS | {"++", "--", "<-", "!"}]
        if not ids:
            return None
        i = rng.choice(ids)
        pool = sorted(ASSIGN_TOKENS | {"++", "--"}) if toks[i][1] in ASSIGN_TOKENS | {"++", "--"} else BIN_OPS + ["<-", "!"]
        toks[i] = ("op", rng.choice(pool))
    elif op == "literal":
        ids = [i for i in sig if toks[i][0] in ("num", "str", "rune", "raw") or toks[i][1] in ("true", "false", "nil")]
        if not ids:
            return None
        toks[rng.choice(ids)] = ("num", rng.choice(LIT_POOL))
    elif op == "assign":
        ids = [i for i in sig if toks[i][1] in ("=", ":=")]
        if not ids:
            return None
        i = rng.choice(ids)
        toks[i] = ("op", ":=" if toks[i][1] == "=" else "=")
    elif op == "wrap_conv":
        ids = [k for n, k in enumerate(sig) if toks[k][0] in ("ident", "num", "str", "rune")
               and toks[k][1] not in KEYWORDS and n > 0 and toks[sig[n - 1]][1] not in (".", "func", "type", "var", "const")]
        if not ids:
            return None
        i = rng.choice(ids)
        toks[i] = ("ident", f"{rng.choice(CONV_TYPES)}({toks[i][1]})")
    elif op == "return":
        rets = [n for n, k in enumerate(sig) if toks[k][1] == "return"]
        if not rets:
            return None
        n = rng.choice(rets)
        # the return's operands run to the end of the line
        k = sig[n]
        end = k + 1
        while end < len(toks) and not (toks[end][0] == "ws" and "\n" in toks[end][1]) and toks[end][1] != "}":
            end += 1
        operands = untokenize(toks[k + 1:end]).strip()
        parts = split_top(operands) if operands else []
        choice = rng.randrange(3)
        if choice == 0 and parts:
            parts = parts[:-1]
        elif choice == 1:
            parts = parts + [rng.choice(["1", "nil", "\"x\"", parts[0] if parts else "0"])]
        else:
            parts = list(reversed(parts)) if len(parts) > 1 else parts + ["nil"]
        toks[k + 1:end] = [("ws", " "), ("ident", ", ".join(parts))] if parts else []
    elif op == "args":
        opens = [n for n, k in enumerate(sig) if toks[k][1] == "(" and n > 0
                 and (toks[sig[n - 1]][0] == "ident" or toks[sig[n - 1]][1] in (")", "]"))
                 and (n < 2 or toks[sig[n - 2]][1] != "func")]
        if not opens:
            return None
        n = rng.choice(opens)
        k = sig[n]
        depth, end = 0, None
        for q in range(k, len(toks)):
            t = toks[q][1]
            if toks[q][0] == "op" and t in "([{":
                depth += 1
            elif toks[q][0] == "op" and t in ")]}":
                depth -= 1
                if depth == 0:
                    end = q
                    break
        if end is None:
            return None
        inner = untokenize(toks[k + 1:end])
        parts = split_top(inner) if inner.strip() else []
        if parts and rng.random() < 0.5:
            del parts[rng.randrange(len(parts))]
        else:
            parts.insert(rng.randint(0, len(parts)), rng.choice(LIT_POOL[:8] + (parts or ["x"])))
        toks[k + 1:end] = [("ident", ", ".join(p.strip() for p in parts))]
    new = prefix + untokenize(toks)
    return op, new


def split_top(text: str) -> list[str]:
    """Split at top-level commas."""
    parts, depth, cur = [], 0, ""
    for kind, t in tokenize(text):
        if kind == "op" and t in "([{":
            depth += 1
        elif kind == "op" and t in ")]}":
            depth -= 1
        if kind == "op" and t == "," and depth == 0:
            parts.append(cur.strip())
            cur = ""
        else:
            cur += t
    if cur.strip():
        parts.append(cur.strip())
    return parts


def seed_programs() -> list[tuple[str, str]]:
    out = []
    for d in SEED_DIRS:
        for p in sorted(d.glob("*.go")):
            out.append((p.name, p.read_text(encoding="utf-8")))
    return out


IMPORT_RE = re.compile(r'^\s*(?:import\s+)?(?:[\w.]+\s+)?"([^"]*)"\s*$', re.M)


def imports_ok(src: str) -> bool:
    """Only the subset's packages (a crude look at the import block)."""
    head = src.split("\nfunc ", 1)[0]
    for m in re.finditer(r'import\s*\((.*?)\)|import\s+(?:[\w.]+\s+)?("[^"]*")', head, re.S):
        block = m.group(1) if m.group(1) is not None else m.group(2)
        for path in re.findall(r'"([^"]*)"', block):
            if path not in ALLOWED_IMPORTS:
                return False
    return True


def make_candidates(seed: int, count: int, only: str | None,
                    skip_snippets: bool = False, families: str | None = None) -> list[Candidate]:
    rng = random.Random(seed)
    want_t = count if only == "templates" else 0 if only == "mutations" else count // 2
    want_m = count - want_t
    out: list[tuple[str, str]] = []
    seen: set[str] = set()

    def push(origin: str, src: str) -> bool:
        h = hashlib.sha1(src.encode()).hexdigest()
        if h in seen or not imports_ok(src):
            return False
        seen.add(h)
        out.append((origin, src))
        return True

    if want_t:
        tpl = template_candidates() + template_candidates2() + template_candidates3()
        if families:
            fam_re = re.compile(families)
            tpl = [t for t in tpl if fam_re.search(t[0])]
        # every hand-written snippet first (they are the point), then a sample of the
        # combinatorial families, balanced across families
        fixed = [t for t in tpl if t[0].startswith(("snippet", "full"))]
        combo = [t for t in tpl if not t[0].startswith(("snippet", "full"))]
        by_family: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for fam, src in combo:
            by_family[fam].append((fam, src))
        for fam in by_family:
            rng.shuffle(by_family[fam])
        picked = [] if skip_snippets else list(fixed)
        rng.shuffle(picked)
        picked = picked[:want_t]
        fams = sorted(by_family)
        while len(picked) < want_t and any(by_family.values()):
            for fam in fams:
                if by_family[fam] and len(picked) < want_t:
                    picked.append(by_family[fam].pop())
        n = 0
        for fam, src in picked:
            n += push("template:" + fam, src)
    if want_m:
        seeds = seed_programs()
        tries = 0
        start = len(out)
        while len(out) - start < want_m and tries < want_m * 20:
            tries += 1
            name, src = rng.choice(seeds)
            steps = 1 if rng.random() < 0.8 else 2
            ops = []
            for _ in range(steps):
                r = mutate(src, rng)
                if r is None:
                    break
                op, src = r
                ops.append(op)
            if ops:
                push(f"mutate:{name}:{'+'.join(ops)}", src)
    return [Candidate(i, o, s) for i, (o, s) in enumerate(out)]


# ---------------------------------------------------------------------------
# Running Go and minigo
# ---------------------------------------------------------------------------

@dataclass
class Result:
    index: int
    go_rc: int
    go_first: str        # "" when Go accepts
    go_all: str
    mg_first: str        # "" when minigo accepts
    mg_all: str
    crash: str = ""      # traceback text
    hang: bool = False
    category: str = ""   # ok | go-accepts | go-rejects | first-line | unsupported | crash | hang


_ENV: dict[str, str] = {}
_SCRATCH = ""
_GO = "go"


def _init_worker(go: str, env: dict[str, str], scratch: str) -> None:
    global _ENV, _SCRATCH, _GO
    _ENV, _SCRATCH, _GO = env, scratch, go
    import minigo.frontend  # noqa: F401  (warm the import)


class _Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise _Timeout()


def go_build(src: str) -> tuple[int, str]:
    work = tempfile.mkdtemp(prefix="fz-", dir=_SCRATCH)
    try:
        Path(work, FILENAME).write_text(src, encoding="utf-8")
        try:
            proc = subprocess.run([_GO, "build", "-o", os.devnull, FILENAME], cwd=work, env=_ENV,
                                  capture_output=True, text=True, timeout=GO_TIMEOUT)
        except subprocess.TimeoutExpired:
            return -1, "go build timed out"
        err = regen_golden.normalize(proc.stderr, FILENAME, [work, os.path.realpath(work)])
        return proc.returncode, (proc.stdout + err)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_minigo(src: str) -> tuple[list[str], str, bool]:
    """(formatted diagnostics, traceback or "", hang?)"""
    from minigo.frontend import check_source
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(CHECK_TIMEOUT)
    try:
        diags = check_source(src, FILENAME)
        return [d.format(FILENAME) for d in diags], "", False
    except _Timeout:
        return [], "", True
    except BaseException:  # a minigo bug
        return [], traceback.format_exc(), False
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def classify(go_rc: int, go_first: str, mg_first: str, crash: str, hang: bool) -> str:
    if crash:
        return "crash"
    if hang:
        return "hang"
    if go_rc == 0:
        if not mg_first or UNSUPPORTED_RE.search(mg_first):
            return "ok"
        return "go-accepts"
    if not mg_first:
        return "go-rejects"
    if mg_first == go_first:
        return "ok"
    if UNSUPPORTED_RE.search(mg_first):
        return "unsupported"
    return "first-line"


def evaluate(index: int, src: str) -> Result:
    rc, out = go_build(src)
    go_first = out.split("\n", 1)[0] if rc != 0 else ""
    diags, crash, hang = run_minigo(src)
    mg_all = "\n".join(diags)
    mg_first = diags[0].split("\n", 1)[0] if diags else ""
    r = Result(index, rc, go_first, out, mg_first, mg_all, crash, hang)
    r.category = classify(rc, go_first, mg_first, crash, hang)
    return r


# ---------------------------------------------------------------------------
# Grouping and minimizing
# ---------------------------------------------------------------------------

TYPE_WORDS = set(BASIC_TYPES) | {"error", "any", "interface", "struct", "func", "map", "chan",
                                 "complex128", "complex64", "untyped", "nil"}
MSG_WORDS = set("""cannot use as value in assignment argument to return statement declared but not
used imported and not missing invalid operation operator on mismatched types of type variable
constant untyped overflows truncated undefined has no field or method too many few arguments
values call not enough is assignment mismatch variables variable returns value the a an expression
type assertion impossible must be non-interface non-name left side right side := no new
redeclared in this block other declaration label defined outside loop break continue
fallthrough statement out place final case switch duplicate key index out range bounds length
negative non-integer non-constant array slice map unaddressable address take shift count
shifted operand integer string pointer method receiver base interface does implement
wrong (missing have want pointer receiver) comparable compare only compared to func
division zero syntax error unexpected expecting newline comma after top level declaration
else if for range permits one iteration over receive send from send-only receive-only channel
close builtin len cap append copy delete make new panic print println recover expected
arguments for conversion convert to struct literal unknown field mixture field:value and
value elements initializers initialization cycle refers itself invalid recursive defer go
discards result requires function not used: package main func main must have no arguments
results init block select case more than default loop label jumps into begins over variable
declaration goto ambiguous selector unused import nil""".split())


def shape(msg: str) -> str:
    """Message with identifiers, numbers and literals blanked: one 'rule' per shape."""
    m = re.match(r"^[^:]*:\d+:\d+: (.*)$", msg)
    text = m.group(1) if m else msg
    text = re.sub(r'"(?:[^"\\]|\\.)*"', "S", text)
    text = re.sub(r"'(?:[^'\\]|\\.)*'", "R", text)
    text = re.sub(r"`[^`]*`", "B", text)
    text = re.sub(r"\b\d[\w.+-]*", "N", text)

    def word(mo: re.Match) -> str:
        w = mo.group()
        if w in TYPE_WORDS:
            return "T"
        if w.lower() in MSG_WORDS or w in ("S", "R", "B", "N"):
            return w
        return "X"

    text = re.sub(r"[A-Za-z_][A-Za-z_0-9]*", word, text)
    text = re.sub(r"X(?:\.X)+", "X", text)
    text = re.sub(r"\[\]?[TX]|\*[TX]", "T", text)
    text = re.sub(r"\bT\b(?:\s*\bT\b)+", "T", text)
    return text


def position(line: str) -> str:
    m = re.match(r"^[^:]*:(\d+:\d+): ", line)
    return m.group(1) if m else ""


def group_key(r: Result) -> tuple[str, str, str]:
    if r.category in ("crash", "hang"):
        last = r.crash.strip().split("\n")[-1] if r.crash else "hang"
        return (r.category, re.sub(r"\d+", "N", last), "")
    go = shape(r.go_first) if r.go_first else "(accepted)"
    mg = shape(r.mg_first) if r.mg_first else "(accepted)"
    sub_kind = ""
    if r.category == "first-line":
        same_pos = position(r.go_first) == position(r.mg_first)
        same_msg = r.go_first.split(": ", 1)[-1] == r.mg_first.split(": ", 1)[-1]
        sub_kind = "pos" if same_msg else ("msg" if same_pos else "pos+msg")
    return (r.category, go, mg + ("" if not sub_kind else f" [{sub_kind}]"))


def same_disagreement(a: Result, b: Result) -> bool:
    return a.category == b.category and group_key(a) == group_key(b)


def minimize(src: str, ref: Result) -> str:
    """Greedy line deletion that keeps the same disagreement (same category and shapes)."""
    lines = src.split("\n")
    changed = True
    while changed:
        changed = False
        i = len(lines) - 1
        while i >= 0:
            if lines[i].strip() and not lines[i].startswith("package"):
                trial = lines[:i] + lines[i + 1:]
                r = evaluate(ref.index, "\n".join(trial))
                if same_disagreement(r, ref):
                    lines = trial
                    changed = True
            i -= 1
    return "\n".join(lines)


def _minimize_job(src: str, ref: Result) -> str:
    return minimize(src, ref)


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=500, help="number of candidate programs")
    ap.add_argument("--out", help="directory for disagreements (default: a new temp dir)")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--only", choices=("templates", "mutations"),
                    help="use one generator only (default: half and half)")
    ap.add_argument("--skip-snippets", action="store_true",
                    help="templates: only the combinatorial families, not the hand-written snippets")
    ap.add_argument("--families", metavar="REGEX",
                    help="templates: only families whose name matches REGEX (re.search), e.g. "
                         "'^(snippet2|full2)' or 'embed|labels'")
    ap.add_argument("--minimize", action="store_true",
                    help="shrink each group's example by deleting lines (more go builds)")
    ap.add_argument("--go", help="go binary (default: `go` on PATH)")
    ap.add_argument("--list", action="store_true", help="print the candidates' origins and exit")
    ap.add_argument("--files", nargs="+", metavar="FILE",
                    help="no generation: compare Go and minigo on these .go files and exit")
    args = ap.parse_args(argv)
    if args.files:
        return compare_files(args)

    cands = make_candidates(args.seed, args.count, args.only, args.skip_snippets, args.families)
    if args.list:
        for c in cands:
            print(c.index, c.origin)
        return 0
    go = regen_golden.find_go(args.go)
    version = regen_golden.go_version(go)
    out_dir = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="minigo-diff-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    print(f"diff_fuzz: {version}; seed {args.seed}; {len(cands)} candidates; -j {args.jobs}; out {out_dir}",
          flush=True)

    t0 = time.time()
    with tempfile.TemporaryDirectory(prefix="minigo-diff-scratch-") as scratch:
        env = regen_golden.build_env(Path(scratch))
        env["GOCACHE"] = str(Path(scratch) / "gocache")
        env.setdefault("GOPATH", str(Path(scratch) / "gopath"))
        results: list[Result] = []
        with concurrent.futures.ProcessPoolExecutor(
                max(1, args.jobs), initializer=_init_worker, initargs=(go, env, scratch)) as pool:
            futs = [pool.submit(evaluate, c.index, c.source) for c in cands]
            for n, fut in enumerate(futs, 1):
                results.append(fut.result())
                if n % 200 == 0:
                    print(f"  {n}/{len(cands)} ({time.time() - t0:.0f}s)", flush=True)

            groups: dict[tuple[str, str, str], list[Result]] = defaultdict(list)
            for r in results:
                if r.category != "ok":
                    groups[group_key(r)].append(r)
            reps: dict[tuple, tuple[Result, str]] = {}
            for key, rs in groups.items():
                best = min(rs, key=lambda r: (len(cands[r.index].source), r.index))
                reps[key] = (best, cands[best.index].source)
            if args.minimize:
                jobs = {key: pool.submit(_minimize_job, src, r) for key, (r, src) in reps.items()
                        if r.category not in ("crash", "hang")}
                for key, fut in jobs.items():
                    r, _ = reps[key]
                    small = fut.result()
                    reps[key] = (evaluate_in_parent(small, r, pool), small)

    counts: dict[str, int] = defaultdict(int)
    for r in results:
        counts[r.category] += 1
    order = ["crash", "hang", "go-accepts", "go-rejects", "first-line", "unsupported"]
    print(f"\ndiff_fuzz: {len(results)} candidates in {time.time() - t0:.0f}s: "
          + ", ".join(f"{counts[c]} {c}" for c in ["ok"] + order if counts[c]))
    print(f"distinct disagreements: {len(reps)}")
    summary = []
    for cat in order:
        keys = sorted((k for k in reps if k[0] == cat), key=lambda k: (-len(groups[k]), k))
        for n, key in enumerate(keys):
            r, src = reps[key]
            name = f"{cat}_{n:03d}.go"
            (out_dir / name).write_text(src, encoding="utf-8")
            origin = cands[r.index].origin
            lines = [f"[{cat}] {name} ({len(groups[key])}x, e.g. {origin})",
                     f"    go:     {r.go_first or '(builds)'}",
                     f"    minigo: {r.mg_first or '(no error)'}"]
            if r.crash:
                lines.append("    " + r.crash.strip().split("\n")[-1])
                (out_dir / (name[:-3] + ".traceback.txt")).write_text(r.crash)
            if r.hang:
                lines.append("    check_source took longer than %ds" % CHECK_TIMEOUT)
            summary.extend(lines)
    print("\n".join(summary))
    (out_dir / "summary.txt").write_text("\n".join(summary) + "\n")
    return 0


def compare_files(args) -> int:
    """``--files``: one verdict per file (the file is built as prog.go, reported by its name)."""
    go = regen_golden.find_go(args.go)
    paths = [Path(f) for f in args.files]
    disagree = 0
    with tempfile.TemporaryDirectory(prefix="minigo-diff-scratch-") as scratch:
        env = regen_golden.build_env(Path(scratch))
        env["GOCACHE"] = str(Path(scratch) / "gocache")
        with concurrent.futures.ProcessPoolExecutor(
                max(1, args.jobs), initializer=_init_worker, initargs=(go, env, scratch)) as pool:
            futs = [pool.submit(evaluate, i, p.read_text(encoding="utf-8")) for i, p in enumerate(paths)]
            for p, fut in zip(paths, futs):
                r = fut.result()
                disagree += r.category != "ok"
                name = p.name
                print(f"[{r.category}] {p}")
                print(f"    go:     {r.go_first.replace(FILENAME, name) or '(builds)'}")
                print(f"    minigo: {r.mg_first.replace(FILENAME, name) or '(no error)'}")
                if r.crash:
                    print("    " + r.crash.strip().split("\n")[-1])
    print(f"diff_fuzz: {disagree}/{len(paths)} files disagree")
    return 1 if disagree else 0


def evaluate_in_parent(src: str, ref: Result, pool) -> Result:
    r = pool.submit(evaluate, ref.index, src).result()
    return r


if __name__ == "__main__":
    sys.exit(main())
