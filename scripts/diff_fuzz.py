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

SNIPPETS = r"""
x := two()
_ = x
----
_ = two() + 1
----
take1(two())
----
take2(two())
----
take2(two(), 1)
----
takev(two())
----
takev(1, two())
----
takesv("a", two())
----
var a, b, c = two()
_, _, _ = a, b, c
----
a, b := two(), 1
_, _ = a, b
----
_ = none()
----
x := none()
_ = x
----
fmt.Println(two())
----
fmt.Println(none())
----
fmt.Println(two(), 1)
----
return two()
----
_ = []int{two()}
----
if two() {
}
----
switch two() {
}
----
for two() {
}
----
go two()
----
defer none
----
var x int = two()
_ = x
----
_, _ = one()
----
_ = two
----
x := make([]int, two())
_ = x
----
a, b := errf()
_ = a
_ = b.Error
----
var x, y int = 1
_, _ = x, y
----
x, y := 1
_, _ = x, y
----
x := 1
x := 2
_ = x
----
x, _ := 1, 2
x, _ := 3, 4
_ = x
----
_ := 1
----
var x int
x, y := 1
_, _ = x, y
----
var x = nil
_ = x
----
x := nil
_ = x
----
var x int
x, y := 1, 2
_ = y
----
x := 1
{
	x := 2
}
_ = x
----
x := 1
if true {
	x := 2
	_ = x
}
----
x := 1
func() {
	y := x
}()
----
f := func() {
	z := 1
}
f()
----
var iface interface{} = 1
switch v := iface.(type) {
case int:
}
----
var iface interface{} = 1
switch v := iface.(type) {
case int, string:
	_ = v + 1
}
----
var iface interface{} = 1
switch v := iface.(type) {
case int:
	_ = v + "a"
}
----
var iface interface{} = 1
switch iface.(type) {
case int:
case int:
}
----
var iface interface{} = 1
switch v := iface.(type) {
case nil:
	_ = v.x
}
----
var x int = 1
switch x.(type) {
}
----
var iface interface{} = 1
switch t := iface.(type) {
}
----
var e error
switch e.(type) {
case int:
}
----
var e error
_ = e.(string)
----
var e error
_ = e.(*S)
----
var i I
_ = i.(S)
----
var i I
_ = i.(P)
----
var iface interface{}
v, ok := iface.(int)
_ = v
----
var iface interface{}
v, ok, z := iface.(int)
_, _, _ = v, ok, z
----
ch := make(chan int)
for {
	select {
	case v := <-ch:
	}
}
----
ch := make(chan int)
select {
case v, ok := <-ch:
	_ = v
}
----
ch := make(chan int)
select {
case ch <- 1:
default:
default:
}
----
ch := make(chan int)
select {
case 1:
}
----
ch := make(chan int)
select {
case x := 1:
	_ = x
}
----
var rc <-chan int
rc <- 1
----
var sc chan<- int
<-sc
----
var sc chan<- int
x := <-sc
_ = x
----
var rc <-chan int
close(rc)
----
var sc chan<- int
for v := range sc {
	_ = v
}
----
var ch chan int
for a, b := range ch {
	_, _ = a, b
}
----
var ch chan int
ch <- "x"
----
var ch chan int
var x string = <-ch
_ = x
----
var ch chan int
var rc <-chan int = ch
var sc chan<- int = ch
ch = rc
_ = sc
----
var rc <-chan int
select {
case rc <- 1:
}
----
var sc chan<- int
select {
case v := <-sc:
	_ = v
}
----
var x int
<-x
----
var x int
x <- 1
----
var ch chan int
v, ok := <-ch, 1
_, _ = v, ok
----
var ch chan int
ch <- 1, 2
----
for i := 0; i < 3; i++ {
	fallthrough
}
----
switch {
case true:
	fallthrough
}
----
switch {
case true:
	fallthrough
	_ = 1
case false:
}
----
switch {
case true:
	if true {
		fallthrough
	}
case false:
}
----
fallthrough
----
select {
default:
	fallthrough
}
----
L:
for {
}
----
L:
	x := 1
	_ = x
	for {
		break L
	}
----
L:
	if true {
		break L
	}
----
L:
	switch {
	case true:
		continue L
	}
----
L:
	for {
		continue L
	}
L:
	for {
		break L
	}
----
for {
	func() {
		break
	}()
}
----
for {
	func() {
		continue
	}()
}
----
L:
	for {
		func() {
			break L
		}()
	}
----
	for {
		break M
	}
----
switch {
case true:
	continue
}
----
select {
default:
	break
}
----
L:
	select {
	default:
		break L
	}
----
x := 1
switch x {
case 1, 1:
}
----
x := 1
switch x {
case "a":
}
----
x := "a"
switch x {
case 1:
}
----
switch x := 1; {
case x:
}
----
switch {
case 1:
}
----
x := 1
switch x {
default:
default:
}
----
var f func()
switch f {
case nil:
}
----
var s []int
switch s {
case nil:
}
----
var f func()
switch f {
}
----
x := 1.5
switch x {
case 1, 1.0:
}
----
x := "a"
switch x {
case "a", "a":
}
----
var b bool
switch b {
case true, true:
}
----
_ = []int{1, 2, 3}[5]
----
_ = [2]int{1, 2, 3}
----
_ = [...]int{1, 2, 3}[3]
----
_ = []int{0: 1, 0: 2}
----
_ = []int{-1: 1}
----
_ = []int{1.5: 1}
----
_ = [3]int{5: 1}
----
_ = map[string]int{"a": 1, "a": 2}
----
_ = map[string]int{"a"}
----
_ = map[string]int{1: 1}
----
_ = []int{"a"}
----
_ = S{a: 1, "x"}
----
_ = S{1}
----
_ = S{1, "x", 3}
----
_ = S{a: 1, a: 2}
----
_ = S{c: 1}
----
_ = S{b: 1}
----
_ = &S{}
_ = &[]int{}
_ = &map[string]int{}
_ = &1
----
_ = &one()
----
m := map[string]int{}
_ = &m["a"]
----
_ = &S{}.a
----
var x S
_ = x.c
----
var p *S
_ = p.a
_ = (*p).b
var pp **S
_ = pp.a
----
var pp **S
pp.M()
----
_ = struct{ a int }{b: 1}
----
_ = []struct{ a int }{{1}, {a: 2}, {b: 3}}
----
_ = map[string]S{"a": {1, "b"}, "c": {a: 1, 2}}
----
_ = [][]int{{1}, {"a"}}
----
_ = int{1}
----
_ = I{}
----
_ = *S{}
----
type T struct{ a, a int }
----
type T struct {
	S
	S
}
----
type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
}
var c C
_ = c.X
----
type A struct{ X int }
type B struct{ A }
type C struct {
	A
	B
}
var c C
_ = c.X
----
type A struct{ X int }
type C struct {
	*A
}
var c C
c.X = 1
var d C = C{X: 1}
_ = d
----
type A struct{ X int }
type C struct{ A }
_ = C{A: A{1}, X: 2}
----
type C struct{ *S }
var c C
c.M()
var i I = c
_ = i
----
type C struct{ S }
var i I = &C{}
var j I = C{}
_, _ = i, j
----
type C struct{ P }
var i I = C{}
_ = i
----
type C struct{ *P }
var i I = C{}
_ = i
----
var i I = P{}
_ = i
----
var i I = &P{}
var j I = S{}
var k I = &S{}
_, _, _ = i, j, k
----
var j J = MyInt(1)
var k J = new(MyInt)
var l J = 1
_, _, _ = j, k, l
----
var i I
var j J = i
_ = j
----
var i interface{ M(); N() int }
var j I = i
var k interface{ M(); N() int } = j
_ = k
----
var i I = nil
i.M()
I.M(S{})
S.M(S{})
(*P).M(&P{})
P.M(P{})
----
f := S.M
f()
----
var p P
f := p.M
g := P.M
_, _ = f, g
----
var x MyInt
var y int = x
_ = y
----
var x MyInt = 1
var y int = 2
_ = x + y
----
var x MySlice
var y []int = x
x = y
var z MyMap = map[string]int{}
_ = z
----
var f F = func() int { return 1 }
var g func() int = f
var h func() = f
_, _ = g, h
----
var x MyInt = 1.5
_ = x
----
var x Ptr
var y *int = x
_ = *x + *y
----
var x float64 = 1
var y float32 = x
_ = y
----
var x int = 1
var y float64 = x
_ = y
----
var x int = 1
var y float64 = float64(x) + x
_ = y
----
var r rune = 'a'
var b byte = r
_ = b
----
var b byte = 'a'
var r rune = 'a'
_ = b == r
----
var s string = 'a'
_ = s
----
var s string = "a" + 'b'
_ = s
----
x := 1
x = "a"
----
x := 1
x = 1.5
----
x := 1.0
x = 1
_ = x
var y int = x
----
x := 'a'
var y byte = x
_ = y
----
x := 1 << 70
_ = x
----
var n uint = 3
var f float64 = 1 << n
_ = f
----
var n uint = 3
_ = 1.5 << n
----
var n int = 3
x := 1 << n
var y int64 = 1 << n
_, _ = x, y
----
var n float64 = 3
_ = 1 << n
----
_ = 1 << -1
----
_ = 1 << 1.5
----
_ = 1 << 2.0
----
const c = 1 << 100
var x = c >> 98
_ = x
----
const c = 1 << 100
_ = c
----
var x int8 = 1 << 7
_ = x
----
var n int = -1
_ = 1 << n
----
_ = 1 >> 1000
_ = 1 << 1000
----
var x uint8 = 255
x = x + 1
x = -x
_ = x
_ = uint8(255) + 1
----
_ = -uint(1)
----
_ = ^uint8(0) + 1
----
_ = int8(-128) / -1
----
var x = 10
_ = x / 0
----
var x = 10.0
_ = x / 0
_ = x / 0.0
----
var x = 10
_ = x % 0
----
_ = 10 / 0.0
----
_ = 1.5 % 1
----
var f = 1.5
_ = f % 1
----
var b = true
_ = b + b
----
var b = true
_ = !1
_ = b
----
_ = -"a"
----
_ = ^1.5
----
var s string
_ = s[0] + "a"
----
var s string
s[0] = 'a'
----
var s string
_ = s[1:2:3]
----
var s string
_ = &s[0]
----
_ = "abc"[5]
----
_ = "abc"[1:5]
----
s := []int{1, 2, 3}
_ = s[2:1]
----
s := []int{1, 2, 3}
_ = s[1.5]
----
s := []int{1, 2, 3}
_ = s["a"]
----
a := [3]int{}
_ = a[3]
----
a := [3]int{}
_ = a[-1]
----
a := [3]int{}
_ = a[1:5]
----
_ = [3]int{}[:]
----
m := map[string]int{}
_ = m[1]
----
m := map[string]int{}
_ = m[1:2]
----
m := map[S]int{}
m[S{}].a = 1
----
m := map[string]S{}
m["a"].a = 1
----
m := map[string][2]int{}
m["a"][0] = 1
----
m := map[string]*S{}
m["a"].a = 1
----
var p *[]int
_ = p[0]
----
var p *[3]int
_ = p[0]
_ = len(p)
for i := range p {
	_ = i
}
----
var p *[]int
for i := range p {
	_ = i
}
----
var p *map[string]int
_ = (*p)["a"]
_ = p["a"]
----
for i := range 10 {
	_ = i
}
----
for i, c := range "abc" {
	var b byte = c
	_, _ = i, b
}
----
var f func()
for x := range f {
	_ = x
}
----
var x float64
for i := range x {
	_ = i
}
----
var st S
for k := range st {
	_ = k
}
----
m := map[string]int{}
for k, v := range m {
	k = 1
	_ = v
}
----
m := map[string]int{}
var k int
for k = range m {
}
----
var a [3]int
for i, v, w := range a {
}
----
var a [3]int
for 1 = range a {
}
----
var a [3]int
for i, v := range a {
}
----
var a [3]int
for i := range a {
	i := i
}
----
var s []int
for _, v := range s {
	v.x = 1
}
----
x := 5
x++
x--
var f float64
f++
var s string
s++
----
var b bool
b++
----
var p *int
p++
----
const c = 1
c++
----
const c = 1
c = 2
----
len("a") = 1
----
one() = 1
----
var a [3]int
a = [4]int{}
----
var a [3]int
var b [3]int32
a = b
----
type T int
type T int
----
func f() {}
----
type T struct{}
func (t T) M() {}
func (t *T) M() {}
----
var x int
func() {
	return 1
}()
_ = x
----
f := func() int {
}
_ = f
----
f := func() int {
	for {
	}
}
_ = f
----
f := func() int {
	for {
		break
	}
}
_ = f
----
f := func(x int) int {
	switch x {
	case 1:
		return 1
	default:
		return 2
	}
}
_ = f
----
f := func(x int) int {
	switch x {
	case 1:
		return 1
	}
}
_ = f
----
f := func(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return 2
	}
}
_ = f
----
f := func(x int) int {
	panic("x")
}
_ = f
----
f := func(x int) int {
	select {}
}
_ = f
----
f := func(ch chan int) int {
	select {
	case <-ch:
		return 1
	}
}
_ = f
----
f := func() int {
L:
	for {
		break L
	}
}
_ = f
----
f := func() (x int) {
	return
}
_ = f
----
f := func() (x, y int) {
	return 1
}
_ = f
----
f := func() (x int, err error) {
	{
		x := 2
		return
	}
}
_ = f
----
f := func() (err error) {
	if true {
		err := fmt.Errorf("x")
		_ = err
		return
	}
	return nil
}
_ = f
----
f := func() error {
	return 1
}
_ = f
----
f := func() error {
	return "x"
}
_ = f
----
f := func() (int, string) {
	return "x", 1
}
_ = f
----
f := func() int {
	return nil
}
_ = f
----
f := func() *S {
	return S{}
}
_ = f
----
f := func(a int, a string) {}
_ = f
----
f := func(a int, b ...int, c int) {}
_ = f
----
f := func(a ...int) {}
f([]int{1}...)
f(1, []int{1}...)
----
f := func(a int) {}
f([]int{1}...)
----
f := func(a ...string) {}
f([]int{1}...)
----
s := []int{}
s = append(s, []int{1})
----
s := []byte{}
s = append(s, "abc"...)
s = append(s, "abc")
----
s := []int{}
append(s, 1)
----
s := []int{}
s = append(s)
s = append()
----
s := []int{}
n := copy(s, "abc")
_ = n
----
s := []int{}
copy(s, []int64{})
----
m := map[string]int{}
delete(m, 1)
----
m := map[string]int{}
delete(m)
----
var s []int
delete(s, 0)
----
_ = make(int)
----
_ = make([]int)
----
_ = make([]int, -1)
----
_ = make([]int, 1.5)
----
_ = make([]int, 10, 5)
----
_ = make(map[string]int, "x")
----
_ = make(chan int, 1, 2)
----
_ = new(1)
----
_ = new(int, 2)
----
var ch chan int
close(ch, ch)
----
close(1)
----
panic()
----
panic(1, 2)
----
_ = len(1, 2)
----
_ = cap(map[string]int{})
----
_ = len(map[string]int{})
_ = cap([3]int{})
_ = len(make(chan int))
----
var p *S
_ = len(p)
----
_ = recover(1)
----
x := recover
_ = x
----
_ = len
----
print
----
println(none())
----
var x int
x
----
var x int
x == 1
----
1 + 2
----
func() {}
----
"a"
----
_ = fmt
----
fmt.Println
----
fmt.Println(
	1
)
----
fmt.Printn("x")
----
fmt.println("x")
----
var x = fmt.Sprint
_ = x
----
defer recover()
defer panic(1)
defer fmt.Println()
defer print()
----
defer len("a")
----
go append([]int{}, 1)
----
defer int(1)
----
go func() {}
----
defer (func() {})()
go (fmt.Println)()
----
defer func() {}
----
x := 1
x.y = 2
----
var e error = "x"
_ = e
----
var e error = fmt.Errorf("x")
_ = e.Error() + 1
----
var e error
_ = e == nil
_ = e == "x"
----
var i interface{} = 1
_ = i + 1
----
var i interface{} = 1
_ = i == 1
_ = i < 1
----
var i I
var s S
_ = i == s
var p P
_ = i == p
----
var x struct{ a []int }
_ = x == x
----
var x [2][]int
_ = x == x
----
var f func()
_ = f == f
----
var m map[string]int
_ = m == m
----
var m map[string]int
_ = m == nil
var f func()
_ = f != nil
var s []int
_ = nil == s
----
_ = nil == nil
----
var p *int
var q *float64
_ = p == q
----
var c chan int
var r <-chan int
_ = c == r
----
var a [3]int
var b [4]int
_ = a == b
----
var a S
var b struct{ a int; b string }
_ = a == b
----
var x int
var y int64
_ = x < y
----
_ = "a" < "b"
_ = true < false
----
var p *int
_ = p < p
----
var x int
if x = 1 {
}
----
var x int
if x {
}
----
if x := 1; x {
}
----
for i := 0; i; i++ {
}
----
for i := 0; i < 10; i = i + 1.5 {
}
----
for x := range []int{} {
	x := 1
}
----
iota := 1
_ = iota
----
_ = iota
----
const (
	a = iota
	b
	c = "x"
	d
)
var x int = d
_, _, _ = a, b, c
----
const c = iota + 1.5
var x int = c
_ = x
----
const c int = 1.5
----
const c = []int{1}
----
const c = len([]int{1})
----
var n = 3
const c = n
----
var n = 3
var a [n]int
_ = a
----
var a [-1]int
_ = a
----
var a [1.5]int
_ = a
----
const n = 3
var a [n * 2]int
_ = a[5]
_ = a[6]
----
var x int = "1" + 1
_ = x
----
_ = string(65)
_ = string(1.5)
----
_ = int("1")
----
_ = []byte(1)
_ = []rune("x")
_ = string([]int{1})
----
_ = int(1.5)
----
_ = int(1e100)
----
_ = uint8(-1)
----
_ = float32(1e39)
----
_ = float64(1e309)
----
_ = bool(1)
----
_ = int(true)
----
_ = string(nil)
----
_ = (*int)(nil)
_ = []int(nil)
_ = int(nil)
----
var f float64 = 1.5
_ = int(f)
_ = string(f)
----
var p *S
_ = (*P)(p)
----
type T S
var t T = S{}
var u T = T(S{})
_, _ = t, u
----
_ = MyInt(1) + 1.5
----
_ = MyInt(1) + MyInt(2.0)
----
var x uint = 1
_ = x + (-1)
----
var x byte = 'a'
_ = x + 'é'
----
var x byte
_ = x == 256
----
var x int8
_ = x < 200
----
var x uint
_ = x >= -1
----
var x float32
_ = x + 1e39
----
const big = 1 << 100
fmt.Println(big)
----
fmt.Println(1 << 64)
----
fmt.Println(1e400)
----
var x interface{} = 1 << 63
_ = x
----
var x any = 1.5
_ = x.(float32) + 1e39
----
x := 'a' * 1.5
_ = x
----
x := 1.0 << 2
var y int = x
_ = y
----
const c = 1.0
var y int = c
var z int = c * 1.5
_ = y + z
----
type T struct{}
var t T
t.Foo()
----
type T struct{ f func() }
var t T
t.f()
t.g()
----
var s S
s.M(1)
----
var s S
_ = s.M()
----
var s S
x := s.M
x(1)
----
type T struct{}
func (t T) String() string { return "" }
----
func init() {}
----
init()
----
main()
----
var main = 1
_ = main
----
type T = int
var x T = "a"
----
var _ int = "a"
----
var _ = undefined
----
_ = []int{}.len
----
var x [3]int
_ = x.len
----
_ = "abc".Len()
----
var x int
_ = x.(int)
----
var x *int = new(int)
*x = "a"
----
var x int
*x = 1
----
_ = *nil
----
_ = &nil
----
var x = &1
_ = x
----
var f = func(int) {}
f("a")
----
var f = func(x, y int) {}
f(1)
----
var f = func(x, y int) {}
f(1, 2, 3)
----
var f = func() {}
f(1)
----
var f func()
f()
f = nil
var g = nil
_ = g
----
var x int
x()
----
var m map[string]func()
m["a"]()
m["b"](1)
----
var x, y int
x, y = y
----
var x, y int
x, y = 1, 2, 3
----
var x, y int
x, y = two(), 1
----
var x int
x, _ = two()
_, _ = two()
_ = two()
----
var x int
x += "a"
----
var s string
s += 1
----
var s string
s -= "a"
----
var f float64
f %= 2
----
var f float64
f <<= 2
----
var x int
x <<= 1.5
x <<= -1
----
var x, y int
x, y += 1, 2
----
var x int
x := 1
----
x, x := 1, 2
----
a, b := 1
----
var a = [...]int{1, 2}
var b [...]int
_, _ = a, b
----
var s = []int{...}
_ = s
----
type T struct{ T }
----
type T struct{ t T }
----
type T [2]T
----
type T *T
var t T
_ = t
----
type T []T
var t T
_ = t
----
type T interface{ T }
----
type T interface{ M(); M() }
----
type T interface{ M() }
type U interface {
	T
	M()
}
var u U
_ = u
----
type T interface{ M() }
type U interface {
	T
	M(int)
}
----
type T struct{ a int }
func (t T) a() {}
----
type T int
func (t T) M() {}
func (t T) M() {}
----
type T *int
func (t T) M() {}
----
type T interface{ M() }
func (t T) N() {}
----
func (t int) M() {}
----
func (t *S) M() {}
----
func (t **S) X() {}
----
func (a, b S) X() {}
----
func () X() {}
----
var wg sync.WaitGroup
wg.Add(1.5)
wg.Done(1)
wg.Wait()
@@sync
----
var mu sync.Mutex
mu.Lock()
mu.Unlock(1)
mu.Lcok()
@@sync
----
time.Sleep(1.5)
@@time
----
time.Sleep(time.Millisecond * 1.5)
@@time
----
var n = 2
time.Sleep(n * time.Millisecond)
@@time
----
var d time.Duration = 5
time.Sleep(d * time.Second)
time.Sleep(2 * time.Second)
var x int = time.Millisecond
@@time
----
_ = strings.Repeat("a")
@@strings
----
_ = strings.Repeat("a", "b")
@@strings
----
_ = strings.Join([]int{1}, ",")
@@strings
----
var parts []string = strings.Split("a,b", ',')
_ = parts
@@strings
----
var b strings.Builder
b.WriteString(1)
_ = b.String() + 1
@@strings
----
var b strings.Builder
b.Foo()
@@strings
----
_ = strings.Contains("a")
@@strings
----
_ = errors.New(1)
@@errors
----
err := errors.New("x", "y")
_ = err
@@errors
----
var err error = errors.New
_ = err
@@errors
----
runtime.GC(1)
@@runtime
----
var n string = runtime.NumGoroutine()
_ = n
@@runtime
----
_ = fmt.Sprintf()
----
var s int = fmt.Sprint(1)
_ = s
----
var e error = fmt.Errorf()
_ = e
----
n, err := fmt.Println()
_ = n
----
x := fmt.Println()
_ = x
----
_ = fmt.Errorf("x").Error
_ = fmt.Errorf("x").Err
----
import "fmt"
----
var x = 1
var x = 2
----
var x int
var x string
"""

# Programs that need their own top-level declarations (full files).
FULL_SNIPPETS = r"""
package main

import "fmt"

func main() {
	fmt.Println("hi")
}

func main() {}
----
package main

import "fmt"
import "fmt"

func main() { fmt.Println() }
----
package main

import (
	"fmt"
	"strings"
)

func main() { fmt.Println() }
----
package main

import (
	"fmt"
	f "fmt"
)

func main() { fmt.Println() }
----
package main

import (
	f "fmt"
)

func main() { fmt.Println() }
----
package main

import . "fmt"

func main() { Println() }
----
package main

import _ "fmt"

func main() {}
----
package main

import "fmt"

var fmt = 1

func main() { fmt.Println() }
----
package main

import "fmt"

func main() {
	fmt := "x"
	fmt.Println(fmt)
}
----
package main

import "fmt"

func f() int {
	return 1
}

func f() int {
	return 2
}

func main() { fmt.Println(f()) }
----
package main

func main(x int) {}
----
package main

func main() int { return 0 }
----
package main

func init() int { return 0 }

func main() {}
----
package main

func init(x int) {}

func main() {}
----
package main

var init = 1

func main() {}
----
package main

func main() {
	init()
}

func init() {}
----
package main

import "fmt"

var a = b
var b = a

func main() { fmt.Println(a) }
----
package main

import "fmt"

var a = f()

func f() int { return a }

func main() { fmt.Println(a) }
----
package main

import "fmt"

const a = b
const b = a

func main() { fmt.Println(a) }
----
package main

import "fmt"

type A B
type B A

func main() { fmt.Println(A(0)) }
----
package main

import "fmt"

type A struct{ b B }
type B struct{ a A }

func main() { fmt.Println(A{}) }
----
package main

import "fmt"

type A struct{ b *B }
type B struct{ a A }

func main() { fmt.Println(A{}) }
----
package main

import "fmt"

type T struct {
	x int
}

func (t T) x() int { return 1 }

func main() { fmt.Println(T{}) }
----
package main

import "fmt"

type T struct{}

func (t T) M() {}

func (t T) M(x int) {}

func main() { fmt.Println(T{}) }
----
package main

import "fmt"

func (t T) M() {}

func main() { fmt.Println(1) }
----
package main

import "fmt"

type T struct{}

func (T) M() {}

type I interface{ M() }

func use(i I) { fmt.Println(i) }

func main() {
	var t *T
	use(t)
	var pp **T
	use(pp)
}
----
package main

import "fmt"

type T struct{}

func (*T) M() {}

type I interface{ M() }

func main() {
	var i I = T{}
	fmt.Println(i)
}
----
package main

import "fmt"

type T struct{}

func (*T) M() {}

type I interface{ M() }

func main() {
	var i I
	i = T{}
	fmt.Println(i)
}
----
package main

import "fmt"

type T struct{}

func (*T) M() {}

type I interface{ M() }

func f() I {
	return T{}
}

func main() { fmt.Println(f()) }
----
package main

import "fmt"

type T struct{}

func (*T) M() {}

type I interface{ M() }

func main() {
	fmt.Println(I(T{}))
}
----
package main

import "fmt"

type T struct{}

func (*T) M() {}

type I interface{ M() }

func main() {
	is := []I{T{}}
	fmt.Println(is)
}
----
package main

import "fmt"

type T struct{}

func (T) M(x int) {}

type I interface{ M() }

func main() {
	var i I = T{}
	fmt.Println(i)
}
----
package main

import "fmt"

type T struct{}

func (T) m() {}

type I interface{ M() }

func main() {
	var i I = T{}
	fmt.Println(i)
}
----
package main

import "fmt"

type T struct{}

func (T) M() int { return 1 }

type I interface{ M() }

func main() {
	var i I = T{}
	fmt.Println(i)
}
----
package main

import "fmt"

type T struct{}

func (*T) M() {}

type I interface{ M() }

func main() {
	var i interface{} = T{}
	j := i.(I)
	k := T{}
	k.M()
	T{}.M()
	fmt.Println(j, k)
}
----
package main

import "fmt"

type T struct{}

func (T) M() {}

type I interface{ M() }
type J interface{ N() }

func main() {
	var i I = T{}
	j := i.(J)
	t := i.(T)
	p := i.(*T)
	fmt.Println(j, t, p)
}
----
package main

import "fmt"

type T struct{}

func (*T) M() {}

type I interface{ M() }

func main() {
	var i I = &T{}
	t := i.(T)
	fmt.Println(t)
}
----
package main

import "fmt"

type T struct{}

func (T) M() {}

type I interface{ M() }

func main() {
	var i I = T{}
	switch i.(type) {
	case int:
	case T, *T:
	}
	fmt.Println(i)
}
----
package main

import "fmt"

type I interface{ M() }

type T struct{ I }

func main() {
	var i I = T{}
	fmt.Println(i)
}
----
package main

import "fmt"

type Stringer interface{ String() string }

type T int

func (t T) String() string { return fmt.Sprint(int(t)) }

func main() {
	var s Stringer = T(1)
	var p Stringer = new(T)
	fmt.Println(s, p)
}
----
package main

import "fmt"

func f(x int) (y int) {
	y := x
	return y
}

func main() { fmt.Println(f(1)) }
----
package main

import "fmt"

func f(x int) {
	var x int
	fmt.Println(x)
}

func main() { f(1) }
----
package main

import "fmt"

func f(x int) {
	x := 2
	fmt.Println(x)
}

func main() { f(1) }
----
package main

import "fmt"

func f() (x int) {
	for x := 0; x < 3; x++ {
		return
	}
	return
}

func main() { fmt.Println(f()) }
----
package main

import "fmt"

func f() (int, error) {
	return 1
}

func main() { fmt.Println(f()) }
----
package main

import "fmt"

func f() (n int, err error) {
	return 1, nil, 2
}

func main() { fmt.Println(f()) }
----
package main

import "fmt"

func f() (n int, string) {
	return 1, ""
}

func main() { fmt.Println(f()) }
----
package main

import "fmt"

func f(a int, b) {
}

func main() { fmt.Println(1) }
----
package main

import "fmt"

func f(a, b int, c ...int, d ...int) {
}

func main() { fmt.Println(1) }
----
package main

import "fmt"

func f() {
	return
	fmt.Println("unreachable is fine")
}

func main() { f() }
----
package main

import "fmt"

func f() int {
	for {
		if true {
			break
		}
	}
}

func main() { fmt.Println(f()) }
----
package main

import "fmt"

func f(x int) int {
	switch {
	case x > 0:
		return 1
	case x <= 0:
		return 0
	}
}

func main() { fmt.Println(f(1)) }
----
package main

import "fmt"

func f(x int) int {
	switch {
	case x > 0:
		fallthrough
	default:
		return 0
	}
}

func main() { fmt.Println(f(1)) }
----
package main

import "fmt"

func f(x interface{}) int {
	switch x.(type) {
	case int:
		return 1
	default:
		return 0
	}
}

func main() { fmt.Println(f(1)) }
----
package main

import "fmt"

func f(x int) int {
	if x > 0 {
		return 1
	}
	else {
		return 0
	}
}

func main() { fmt.Println(f(1)) }
----
package main

import "fmt"

func f(x int) int {
	{
		return 1
	}
}

func main() { fmt.Println(f(1)) }
----
package main

import "fmt"

func f(x int) int {
	defer fmt.Println()
	panic(1)
}

func main() { fmt.Println(f(1)) }
----
package main

import "fmt"

func f(x int) int {
L:
	for {
		for {
			break L
		}
	}
}

func main() { fmt.Println(f(1)) }
----
package main

import "fmt"

func f(x int) int {
L:
	for {
		for {
			continue L
		}
	}
}

func main() { fmt.Println(f(1)) }
----
package main

import "fmt"

func f(ch chan int) int {
	for range ch {
	}
}

func main() { fmt.Println(f(nil)) }
----
package main

import "fmt"

func f(x int) int {
	for x > 0 {
		return 1
	}
}

func main() { fmt.Println(f(1)) }
----
package main

import "fmt"

func f(x int) int {
	for ; ; x++ {
		return 1
	}
}

func main() { fmt.Println(f(1)) }
----
package main

import "fmt"

type T struct {
	a int
	b []int
}

func main() {
	m := map[T]int{}
	fmt.Println(m)
}
----
package main

import "fmt"

type K struct{ f func() }

func main() {
	var m map[K]int
	fmt.Println(m)
}
----
package main

import "fmt"

type K [2]map[int]int

func main() {
	var m map[K]int
	fmt.Println(m)
}
----
package main

import "fmt"

type K interface{ M() }

func main() {
	var m map[K]int
	var n map[interface{}]int
	var o map[error]bool
	fmt.Println(m, n, o)
}
----
package main

import "fmt"

func main() {
	var x int = 1
	var p *int = &x
	var pp **int = &p
	fmt.Println(**pp + *p + ***pp)
}
----
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
	}()
	fmt.Println()
}
----
package main

import "fmt"

func main() {
	var wg = 1
	go func() {
		v := wg
	}()
	fmt.Println()
}
----
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println(i) }
	}
}
----
package main

import "fmt"

func main() {
	x := 1
	p := &x
	_ = p
	y := 2
	fmt.Println(x)
}
----
package main

import "fmt"

func main() {
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x)
}
----
package main

import "fmt"

func main() {
	var x int
	x = 1
	fmt.Println()
}
----
package main

import "fmt"

func main() {
	var arr [3]int
	arr[0] = 1
	s := []int{}
	s = append(s, 1)
	m := map[int]int{}
	m[0] = 1
	fmt.Println()
}
----
package main

import "fmt"

func main() {
	x := 1
	x++
	y := 2
	y += 1
	fmt.Println()
}
----
package main

import "fmt"

type T struct{ a int }

func main() {
	t := T{}
	t.a = 1
	p := &T{}
	p.a = 2
	fmt.Println()
}
----
package main

import "fmt"

func main() {
	var f func(int) int
	f = func(n int) int {
		if n == 0 {
			return 1
		}
		return n * f(n-1)
	}
	g := func(n int) int {
		return g(n)
	}
	fmt.Println(f(3), g)
}
----
package main

import "fmt"

func main() {
	type T struct{ a int }
	var t T
	fmt.Println(t)
	type T int
}
----
package main

import "fmt"

func main() {
	type T struct{ a int }
	func (t T) M() {}
	fmt.Println()
}
----
package main

import "fmt"

func main() {
	const c = 10
	var a [c]int
	const d int8 = c * 20
	fmt.Println(a, d)
}
----
package main

import "fmt"

func main() {
	x := 10
	const c = x
	fmt.Println(c)
}
----
package main

import "fmt"

func main() {
	var x interface{} = 1
	if v, ok := x.(int); ok {
		fmt.Println(v)
	}
	fmt.Println(v)
}
----
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
	}
	fmt.Println(i)
}
----
package main

import "fmt"

func main() {
	if x := 1; x > 0 {
	} else {
		fmt.Println(x)
	}
	fmt.Println(x)
}
----
package main

import "fmt"

func main() {
	var ch = make(chan int, 1)
	ch <- 1
	select {
	case v := <-ch:
		fmt.Println(v)
	case ch <- 2:
	case <-ch:
	case x, ok := <-ch:
		fmt.Println(ok)
	}
}
----
package main

import "fmt"

func main() {
	var ch = make(chan int, 1)
	select {
	case v = <-ch:
		fmt.Println(v)
	}
}
----
package main

import "fmt"

func main() {
	var ch = make(chan int, 1)
	var v int
	select {
	case v = <-ch:
	case <-ch + 1:
	}
	fmt.Println(v)
}
----
package main

import "fmt"

func gen() <-chan int {
	ch := make(chan int)
	return ch
}

func sink(ch chan<- int) {}

func main() {
	c := gen()
	sink(c)
	fmt.Println()
}
----
package main

import "fmt"

func main() {
	ch := make(chan<- int)
	fmt.Println(<-ch)
}
----
package main

import "fmt"

func main() {
	ch := make(<-chan int, 1)
	ch <- 1
	fmt.Println()
}
----
package main

import "fmt"

func main() {
	var ch chan int
	var c2 chan<- <-chan int
	var c3 chan (<-chan int)
	fmt.Println(ch, c2, c3)
	c3 <- ch
	c2 <- ch
}
----
package main

import "fmt"

func main() {
	x := []int{1, 2, 3}
	for i, v := range x {
		fmt.Println(v)
	}
}
----
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	for k, v := range m {
		fmt.Println(k)
	}
}
----
package main

import "fmt"

func main() {
	var x int
	switch y := x; y {
	}
	fmt.Println()
}
----
package main

import "fmt"

func main() {
	var x int
	switch y := 1; x {
	}
	fmt.Println()
}
----
package main

import "fmt"

func main() {
	if x := 1; true {
	}
	fmt.Println()
}
----
package main

import "fmt"

func main() {
	for i := 0; ; {
		break
	}
	fmt.Println()
}
----
package main

import "fmt"

func main() {
	x := 1
	go func() {
		x := 2
	}()
	fmt.Println(x)
}
----
package main

import (
	"fmt"
	"strings"
)

func main() {
	strings := []string{"a"}
	fmt.Println(strings)
}
----
package main

import (
	"fmt"
	"strings"
)

func main() {
	var strings = 1
	_ = strings
	fmt.Println(strings.Repeat("a", 2))
}
----
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println()
	func() {
		time := 1
		_ = time
	}()
}
----
package main

import (
	"errors"
	"fmt"
)

var errors = 1

func main() { fmt.Println() }
----
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func(wg sync.WaitGroup) {
		wg.Done()
	}(wg)
	wg.Wait()
	fmt.Println()
}
----
package main

import (
	"fmt"
	"sync"
)

type C struct {
	sync.Mutex
	n int
}

func main() {
	var c C
	c.Lock()
	c.n++
	c.Unlock()
	c.Foo()
	fmt.Println(c.n)
}
----
package main

import (
	"fmt"
	"sync"
)

type Locker interface{ Lock(); Unlock() }

func main() {
	var mu sync.Mutex
	var l Locker = mu
	fmt.Println(l)
}
----
package main

import (
	"fmt"
	"time"
)

func main() {
	d := time.Millisecond
	var n int = 3
	time.Sleep(d * n)
	fmt.Println()
}
----
package main

import (
	"fmt"
	"time"
)

func main() {
	time.Sleep(100)
	time.Sleep(-1)
	time.Sleep(time.Second / 2)
	time.Sleep(time.Duration(3) * time.Microsecond)
	var d int64 = 5
	time.Sleep(d)
	fmt.Println()
}
----
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (e MyErr) Error() string { return "x" }

func f() error { return MyErr{} }
func g() error { return &MyErr{} }
func h() error { return errors.New("x") }
func k() *MyErr { return nil }

func main() {
	var e error = k()
	var m MyErr = f()
	fmt.Println(e, m, g(), h())
}
----
package main

import "fmt"

type T struct{ a int }

func (t T) Set(v int) { t.a = v }

func main() {
	T{}.Set(1)
	(&T{}).Set(1)
	var t T
	t.Set(1)
	T.Set(t, 1)
	(*T).Set(&t, 1)
	T.Set(&t, 1)
	fmt.Println(t)
}
----
package main

import "fmt"

type T struct{ a int }

func (t *T) Set(v int) { t.a = v }

func main() {
	T{}.Set(1)
	fmt.Println()
}
----
package main

import "fmt"

type T struct{ a int }

func (t *T) Set(v int) { t.a = v }

func get() T { return T{} }

func main() {
	get().Set(1)
	fmt.Println()
}
----
package main

import "fmt"

type T struct{ a int }

func (t *T) Set(v int) { t.a = v }

func main() {
	m := map[string]T{}
	m["a"].Set(1)
	fmt.Println()
}
----
package main

import "fmt"

type T struct{ a int }

func (t *T) Set(v int) { t.a = v }

func main() {
	s := []T{{}}
	s[0].Set(1)
	arr := [1]T{}
	arr[0].Set(1)
	f := T.Set
	fmt.Println(s, f)
}
----
package main

import "fmt"

type Animal interface {
	Sound() string
}

type Dog struct{}

func (d Dog) Sound() string { return "woof" }

type Cat struct{}

func (c *Cat) Sound() string { return "meow" }

func main() {
	animals := []Animal{Dog{}, &Dog{}, &Cat{}, Cat{}}
	for _, a := range animals {
		fmt.Println(a.Sound())
	}
}
----
package main

import "fmt"

type Base struct{}

func (b *Base) Hello() string { return "hi" }

type Derived struct{ Base }

type Greeter interface{ Hello() string }

func main() {
	var g Greeter = Derived{}
	fmt.Println(g)
}
----
package main

import "fmt"

type Base struct{ ID int }

type Derived struct {
	Base
	ID string
}

func main() {
	d := Derived{}
	var n int = d.ID
	fmt.Println(n, d.Base.ID)
}
----
package main

import "fmt"

type Base struct{ ID int }

func (Base) Name() string { return "b" }

type Derived struct {
	Base
}

func (Derived) Name() int { return 1 }

func main() {
	d := Derived{}
	var s string = d.Name()
	fmt.Println(s)
}
----
package main

import "fmt"

type Base struct{ ID int }

type Derived struct {
	Base
}

func main() {
	d := Derived{ID: 1}
	fmt.Println(d)
}
----
package main

import "fmt"

type Base struct{ ID int }

type Derived struct {
	*Base
	Name string
}

func main() {
	d := Derived{&Base{1}, "x"}
	e := Derived{Base: Base{1}}
	fmt.Println(d, e)
}
----
package main

import "fmt"

type A struct{}

func (A) M() {}

type B struct{}

func (B) M() {}

type C struct {
	A
	B
}

type I interface{ M() }

func main() {
	var i I = C{}
	fmt.Println(i)
}
----
package main

import "fmt"

type A struct{}

func (A) M() {}

type B struct{}

func (B) M() {}

type C struct {
	A
	B
}

func main() {
	C{}.M()
	fmt.Println()
}
----
package main

import "fmt"

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	fmt.Println(apply(func(x int) { return x }, 1))
	fmt.Println(apply(func(x int) int64 { return 1 }, 1))
	fmt.Println(apply(func(x int64) int { return 1 }, 1))
}
----
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() {
		n++
	}
}

func main() { fmt.Println(counter()) }
----
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}()
}

func main() { fmt.Println(counter()) }
----
package main

import "fmt"

func main() {
	add := func(a, b int) int { return a + b }
	fmt.Println(add(1))
	fmt.Println(add(1, 2, 3))
	fmt.Println(add("a", 2))
}
----
package main

import "fmt"

func main() {
	var fs []func()
	fs = append(fs, func() int { return 1 })
	fmt.Println(len(fs))
}
----
package main

import "fmt"

func main() {
	x := 1
	f := func() { x = "a" }
	f()
	fmt.Println(x)
}
----
package main

import "fmt"

func variadic(prefix string, nums ...int) int { return len(nums) }

func main() {
	nums := []int{1, 2}
	fmt.Println(variadic("a", nums...))
	fmt.Println(variadic("a", 1, nums...))
	fmt.Println(variadic(nums...))
	fmt.Println(variadic())
}
----
package main

import "fmt"

func main() {
	s := []interface{}{1, "a"}
	fmt.Println(s...)
	strs := []string{"a"}
	fmt.Println(strs...)
}
----
package main

import "fmt"

func main() {
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf(1)
	fmt.Println()
}
----
package main

import "fmt"

func main() {
	s := fmt.Sprintf("%d", "x")
	var e error = fmt.Errorf("%w", nil)
	fmt.Println(s, e)
	fmt.Print()
	fmt.Sprint()
}
----
package main

import "fmt"

type Op func(int, int) int

func main() {
	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"bad": func(a int) int { return a },
	}
	fmt.Println(len(ops))
}
----
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	pts := []Point{{1, 2}, {X: 3}, {Y: 4, X: 5}, {6}}
	fmt.Println(pts)
}
----
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	pts := map[Point]string{{1, 2}: "a", {1, 2}: "b"}
	fmt.Println(pts)
}
----
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	pts := []*Point{{1, 2}, &Point{3, 4}, nil}
	arr := [...]Point{{}, {}}
	arr2 := [2]Point{{}, {}, {}}
	fmt.Println(pts, arr, arr2)
}
----
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := Point{1, 2}
	p.Z = 3
	q := &p
	q.X++
	(*q).Y--
	fmt.Println(p, q)
}
----
package main

import "fmt"

func main() {
	type Pair struct {
		a, b int
	}
	ps := []Pair{{1, 2}}
	for _, p := range ps {
		p.a = 10
	}
	for i := range ps {
		ps[i].c = 1
	}
	fmt.Println(ps)
}
----
package main

import "fmt"

func main() {
	grid := [3][3]int{}
	grid[1][1] = 5
	grid[3][0] = 1
	fmt.Println(grid)
}
----
package main

import "fmt"

func main() {
	grid := [][]int{{1, 2}, {3}}
	var row []int = grid[0][0]
	fmt.Println(row)
}
----
package main

import "fmt"

func main() {
	s := "héllo"
	for i, c := range s {
		fmt.Println(i, string(c), c + "x")
	}
}
----
package main

import "fmt"

func main() {
	s := "hello"
	b := []byte(s)
	b[0] = "H"
	fmt.Println(string(b))
}
----
package main

import "fmt"

func main() {
	s := "hello"
	var c byte = s[0]
	var r rune = s[0]
	fmt.Println(c, r)
}
----
package main

import "fmt"

func main() {
	var x int64 = 5
	var y int = 3
	fmt.Println(x + int64(y), x * y)
}
----
package main

import "fmt"

func main() {
	var total float64
	for i := 0; i < 10; i++ {
		total += i
	}
	fmt.Println(total / 10)
}
----
package main

import "fmt"

func main() {
	nums := []int{1, 2, 3}
	var sum float64
	for _, n := range nums {
		sum += float64(n)
	}
	avg := sum / len(nums)
	fmt.Println(avg)
}
----
package main

import "fmt"

func main() {
	var count uint = 3
	for i := 0; i < count; i++ {
		fmt.Println(i)
	}
}
----
package main

import "fmt"

func main() {
	b := []byte("x")
	b = append(b, 'y', "z")
	fmt.Println(b)
}
----
package main

import "fmt"

func main() {
	x := 5
	if x > 3 && x {
		fmt.Println(x)
	}
}
----
package main

import "fmt"

func main() {
	x := 5
	if x == 5 || x = 6 {
		fmt.Println(x)
	}
}
----
package main

import "fmt"

func main() {
	x := 5
	y := x++
	fmt.Println(x, y)
}
----
package main

import "fmt"

func main() {
	x := 5
	fmt.Println(x++)
}
----
package main

import "fmt"

func main() {
	x := 5
	++x
	fmt.Println(x)
}
----
package main

import "fmt"

func main() {
	x := [3]int{1, 2, 3}
	for i := 0; i < len(x); i++ {
		fmt.Println(x[i])
	}
	fmt.Println(x[len(x)])
}
----
package main

import "fmt"

func main() {
	const n = 3
	x := [n]int{}
	fmt.Println(x[n])
}
----
package main

import "fmt"

func main() {
	s := make([]int, 3)
	fmt.Println(s[3], s[-1])
}
----
package main

import "fmt"

func main() {
	var m map[string][]int
	m["a"] = append(m["a"], 1)
	m["b"][0]++
	m["c"] += 1
	fmt.Println(m)
}
----
package main

import "fmt"

func main() {
	m := map[string]int{}
	v, ok := m["a"]
	v2, ok2, ok3 := m["a"]
	fmt.Println(v, ok, v2, ok2, ok3)
}
----
package main

import "fmt"

func main() {
	m := map[string]int{}
	if _, ok := m["a"]; ok == 1 {
		fmt.Println()
	}
}
----
package main

import "fmt"

func main() {
	m := map[string]int{}
	_, ok = m["a"]
	fmt.Println(ok)
}
----
package main

import "fmt"

func main() {
	fmt.Println(len("abc") + len([]int{}), cap(make([]int, 2, 5)))
	const l = len("abc")
	const c = cap([3]int{})
	const d = len([]int{})
	fmt.Println(l, c, d)
}
----
package main

import "fmt"

func main() {
	var a [3]int
	const n = len(a)
	var p *[3]int
	const k = len(p)
	const j = len(*p)
	fmt.Println(n, k, j)
}
"""

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

SNIPPETS2 = r"""
var w Wrap
w.SetID(1)
_ = w.Name()
_ = w.ID
----
var w *Wrap
w.SetID(1)
_ = w.Base.ID
----
Wrap{}.SetID(1)
----
var b Both
_ = b.Name()
----
var b Both
_ = b.ID
----
var b Both
b.Base.SetID(1)
_ = b.Other.Name()
----
var d Deep
_ = d.Name()
----
var d Deep
d.SetID(2)
_ = d.ID
----
var p PWrap
p.SetID(3)
f := p.SetID
g := p.Name
_, _ = f, g
----
var p PWrap
var s Setter = p
var n Namer = p
_, _ = s, n
----
var w Wrap
var s Setter = w
_ = s
----
var w Wrap
var s Setter = &w
var ns NS = &w
var n Namer = w
_, _, _ = s, ns, n
----
var w Wrap
var ns NS = w
_ = ns
----
var b Both
var n Namer = b
_ = n
----
f := (*Wrap).SetID
g := Wrap.Name
h := Wrap.SetID
_, _, _ = f, g, h
----
f := PWrap.SetID
g := (*PWrap).Name
_, _ = f, g
----
var w Wrap
f := w.SetID
f(1)
fn := w.Base.SetID
fn(2)
----
m := map[string]Wrap{}
m["a"].SetID(1)
----
m := map[string]Wrap{}
_ = m["a"].Name()
_ = m["a"].ID
----
m := map[string]Wrap{}
m["a"].ID = 1
----
m := map[string]*Wrap{}
m["a"].ID = 1
m["a"].SetID(2)
----
_ = Base{}.Name()
Base{}.SetID(1)
----
(&Base{}).SetID(1)
----
var arr [2]Base
arr[0].SetID(1)
s := arr[:]
s[1].SetID(2)
----
f := func() Base { return Base{} }
f().SetID(1)
----
f := func() *Base { return &Base{} }
f().SetID(1)
f().ID = 2
----
f := func() Base { return Base{} }
f().ID = 2
----
var i NS
_ = i.Name()
i.SetID(1)
var n Namer = i
var s Setter = i
_, _ = n, s
----
var n Namer
var ns NS = n
_ = ns
----
var n Namer
ns := n.(NS)
s, ok := n.(Setter)
_, _, _ = ns, s, ok
----
var n Namer
_ = n.(Base)
_ = n.(*Base)
_ = n.(Wrap)
----
var n Namer
_ = n.(Other)
_ = n.(*Other)
_ = n.(Pt)
----
var n Namer
_ = n.(int)
----
type T interface {
	Namer
	Namer
}
----
type T interface {
	Namer
	Name() string
}
var t T
_ = t
----
type T interface {
	Namer
	Name() int
}
----
type T interface {
	NS
	Setter
}
var t T = &Wrap{}
_ = t
----
type T interface{ Namer; m() }
var t T = Base{}
_ = t
----
type T interface{ int }
----
type T interface{ S }
----
type T interface{ error; Namer }
var t T
_ = t.Error() + t.Name()
----
var e error = &Base{}
_ = e
----
type W2 struct {
	Wrap
	Base
}
var w W2
_ = w.ID
_ = w.Name()
----
type W2 struct {
	Wrap
	Base
}
var w W2
_ = w.n
w.SetID(1)
----
type A struct{}
type B struct{}
func (A) M() {}
func (B) M() {}
type C struct {
	A
	B
}
var c C
c.M()
----
type A struct{}
type B struct{}
func (A) M() {}
func (B) M() {}
type C struct {
	A
	B
}
var i I = C{}
_ = i
----
type A struct{}
type B struct{}
func (A) M() {}
func (B) M() {}
type C struct {
	A
	B
}
func (C) M() {}
var i I = C{}
_ = i
----
type A struct{ x int }
type B struct{ A }
type C struct {
	B
	x string
}
var c C
_ = c.x + "s"
----
type A struct{ x int }
type C struct {
	*A
	A
}
----
type C struct {
	Base
	*Base
}
----
type C struct {
	*Base
	Name int
}
var c C
_ = c.Name + 1
----
type C struct {
	Base
}
var c C
c.Base = Base{ID: 1}
c.ID++
c.Base.ID--
_ = c
----
type C struct {
	Base
}
_ = C{Base{1}}
_ = C{Base: Base{ID: 1}}
_ = C{ID: 1}
----
type C struct {
	*Base
}
_ = C{&Base{}}
_ = C{Base: &Base{ID: 1}}
_ = C{Base{}}
----
type E struct{ error }
var e error = E{}
_ = e
----
type E struct{ error }
var x E
_ = x.Error()
x.error = nil
----
type E struct{ *error }
----
type E struct{ *I }
----
type E struct{ []int }
----
type E struct{ map[string]int }
----
type E struct{ int }
var e E
e.int = 1
_ = e
----
type E struct{ *int }
var e E
_ = *e.int
----
type E struct{ fmt.Stringer }
var e E
_ = e
----
type P2 *Base
var p P2
p.SetID(1)
----
type P2 *Base
var p P2
_ = p.ID
----
type B2 Base
var b B2
_ = b.Name()
----
type B2 Base
var b B2
_ = b.ID
----
type W2 Wrap
var w W2
_ = w.Name()
_ = w.ID
----
var pp **Wrap
_ = pp.ID
----
var p *Wrap
_ = (*p).Name()
_ = p.Base.Name()
(*p).Base.SetID(1)
----
for i := 0; i < 3; i++ {
	defer func() { _ = i }()
}
----
var fs []func() int
for i := 0; i < 3; i++ {
	fs = append(fs, func() int { return i })
}
_ = fs
----
for i, v := range []int{1} {
	go func() { _, _ = i, v }()
}
----
for i := range []int{1} {
	func() {
		i := i
	}()
}
----
x := 1
f := func() {
	x := 2
	x++
}
f()
_ = x
----
x := 1
f := func() {
	x = 2
}
f()
----
f := func() {
	y, z := 1, 2
	_ = y
}
f()
----
var f func(int) int
f = func(n int) int {
	if n == 0 {
		return 0
	}
	return f(n - 1)
}
_ = f(3)
----
f := func(n int) int {
	if n == 0 {
		return 0
	}
	return f(n - 1)
}
_ = f
----
counter := func() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}()
_ = counter()
----
f := func() func() {
	return func() {}
}
f()()
f()
----
func() {}()()
----
_ = func() int { return 1 }() + 1
----
_ = func() {}()
----
go func() {}
----
go func() {}()
defer func() {}()
----
defer recover
----
defer recover()
go recover()
----
defer panic
----
go println
----
go println()
defer print(1)
----
defer close(make(chan int))
go close(make(chan int))
----
defer copy([]int{}, []int{})
----
go copy([]int{}, []int{})
----
defer new(int)
----
defer make([]int, 1)
----
defer cap([]int{})
----
defer delete(map[int]int{}, 1)
----
defer append([]int{}, 1)
----
defer S{}
----
defer Base{}.Name()
defer (&Base{}).SetID(1)
----
defer two()
go one()
----
var f func()
defer f()
go f()
----
var f func()
defer f
----
var f func()
go (f)()
defer (f())
----
var f func()
go (f())
----
defer fmt.Println
----
defer fmt.Sprintf("x")
go fmt.Sprint()
----
r := recover()
if r != nil {
	_ = r.(string)
}
----
defer func() {
	if r := recover(); r != nil {
		panic(r)
	}
}()
----
defer func() {
	r := recover()
}()
----
defer func() {
	recover() = 1
}()
----
var x interface{} = recover()
var e error = recover()
_, _ = x, e
----
var e error = recover().(error)
_ = e
----
_ = recover() == nil
_ = recover() + 1
----
panic(nil)
----
panic(fmt.Sprintf("x"))
panic(1)
----
ch1 := make(chan int)
ch2 := make(chan string)
select {
case v := <-ch1:
	_ = v
case s, ok := <-ch2:
	_, _ = s, ok
}
----
ch1 := make(chan int)
var v int
var ok bool
select {
case v = <-ch1:
case v, ok = <-ch1:
}
_, _ = v, ok
----
ch1 := make(chan int)
var s string
select {
case s = <-ch1:
}
_ = s
----
ch1 := make(chan int)
select {
case v, ok := <-ch1:
	_ = ok
}
----
ch1 := make(chan int)
m := map[string]int{}
select {
case m["a"] = <-ch1:
case m["b"], _ = <-ch1:
}
----
ch1 := make(chan int)
var arr [2]int
select {
case arr[0] = <-ch1:
case _ = <-ch1:
case _, _ = <-ch1:
}
----
ch1 := make(chan int)
select {
case _ := <-ch1:
}
----
ch1 := make(chan int)
select {
case x, y, z := <-ch1:
	_, _, _ = x, y, z
}
----
ch1 := make(chan int)
select {
case <-ch1, <-ch1:
}
----
ch1 := make(chan int)
select {
case ch1 <- <-ch1:
}
----
ch1 := make(chan int)
select {
case ch1 <- 1, 2:
}
----
ch1 := make(chan int)
select {
case v := <-ch1 + 1:
	_ = v
}
----
ch1 := make(chan int)
select {
case <-ch1 + 1:
}
----
ch1 := make(chan chan int)
select {
case <-<-ch1:
case v := <-<-ch1:
	_ = v
}
----
ch1 := make(chan int)
select {
case (<-ch1):
}
----
ch1 := make(chan int)
select {
case v := (<-ch1):
	_ = v
}
----
ch1 := make(chan int)
select {
case one() := <-ch1:
}
----
ch1 := make(chan int)
var p *int = new(int)
select {
case *p = <-ch1:
}
----
ch1 := make(chan int)
select {
case v := <-ch1:
	break
	_ = v
}
----
ch1 := make(chan int)
for {
	select {
	case <-ch1:
		continue
	default:
		break
	}
	break
}
----
ch1 := make(chan int)
L:
	for {
		select {
		case <-ch1:
			break L
		case ch1 <- 1:
			continue L
		}
	}
----
ch1 := make(chan int)
L:
	select {
	case <-ch1:
		continue L
	}
----
var ch chan int
var r <-chan int = ch
var s chan<- int = ch
_ = (<-chan int)(ch)
_ = (chan<- int)(ch)
_, _ = r, s
----
var r <-chan int
_ = (chan int)(r)
----
var s chan<- int
_ = (<-chan int)(s)
----
var r <-chan int
var ch chan int = r
_ = ch
----
var r Ch
var c chan int
r = c
var r2 <-chan int = r
_ = r2
----
var r Ch
var c MyChan
r = c
----
var c MyChan
var r <-chan int = c
var s chan<- int = c
_, _ = r, s
----
var c chan<- chan int
_ = c
var d chan<- <-chan int
_ = d
var e <-chan <-chan int
_ = <-<-e
----
var c chan (<-chan int)
_ = c
----
var c chan<- int
for range c {
}
----
var c <-chan int
c <- 1
----
var c <-chan int
select {
case c <- 1:
default:
}
----
var c chan<- int
_, _ = <-c
----
var c chan<- int
cap(c)
_ = cap(c) + len(c)
close(c)
----
var c chan int
_ = c == nil
var r <-chan int = c
_ = r == c
----
var r <-chan int
var s chan<- int
_ = r == s
----
var c chan int
_ = c < c
----
var c chan string
c <- 'a'
----
var c chan byte
c <- 300
----
var c chan byte
c <- 'a'
c <- 255
----
var c chan float64
c <- 1
c <- 1 << 2
----
var c chan MyStr
c <- "a"
var s string
c <- s
----
var c chan interface{}
c <- 1
c <- nil
----
var c chan error
c <- nil
c <- 1
----
const (
	a int8 = iota * 100
	b
	c
)
----
const (
	a uint8 = 1 << (iota * 4)
	b
	c
)
----
const (
	a uint8 = 255 + iota
	b
)
----
const (
	a = iota
	b
	c = "x"
	d
	e = iota
)
var x int = d
_ = x
----
const (
	a, b = iota, iota * 10
	c, d
	e
)
----
const (
	a, b = iota
)
----
const (
	a = iota
	b, c
)
----
const x = iota
const y = iota
var z [y]int
_, _ = x, z
----
var v = iota
_ = v
----
const (
	a = iota + 0.5
	b
	c int = iota + 0.5
)
----
const (
	a MyInt = iota
	b
)
var x int = b
_ = x
----
const (
	_ = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
	PB
	EB
	ZB
)
var x = ZB
_ = x
----
const (
	_ = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
	PB
	EB
	ZB
)
var x = ZB / EB
_ = x
----
const big = 1 << 100
var x = big >> 90
var f float64 = big
var y = big
_, _, _ = x, f, y
----
const m = -1
var u uint = m
_ = u
----
const h = 1.5
var i int = h * 2
var j int = h
_, _ = i, j
----
const s = "abc"
const n = len(s)
var a [n]int
const c = s[1]
_, _ = a, c
----
const s = "abc"
var x [s[0]]int
_ = x
----
const c int8 = 100
const d = c * 2
----
const c int8 = 100
var x = c + 100
_ = x
----
const c uint8 = 0
const d = c - 1
----
const c uint8 = 0
var x = ^c
const y = ^c
_, _ = x, y
----
const c int = 1 << 62
const d = c * 4
----
const c int64 = 1 << 62
const d = c + c
----
const c uint = 1 << 63
const d = c << 1
----
const c int32 = -1 << 31
const d = -c
----
const c int32 = -1 << 31
const d = c / -1
----
const f float32 = 1e38
const g = f * 10
----
const f float32 = 1e38
var g = f * 10
_ = g
----
const f float64 = 1e308
const g = f * 10
----
const f = 1e308
const g = f * 10
var x = g / 100
_ = x
----
var x float32 = 1e-50
_ = x
----
var x float64 = 1e-400
_ = x
----
const r rune = 'a' + 1 << 30
_ = r
----
const b byte = 'a' * 3
----
var b byte = 'a' * 2
_ = b
----
const c = 'a' * 2.5
var r rune = c
_ = r
----
const c = 'a' + 0.5
var r rune = c
_ = r
----
const t bool = 1 == 1
const u = "a" < "b"
var x int = t
_, _ = x, u
----
const c = 10
var x = 5
_ = x / (c - 10)
----
var x = 5
_ = x / 0
----
var x = 5
x /= 0
----
var x = 5
x %= 0
----
var x = 5.0
x /= 0
_ = x
----
var x = 5
_ = x / 0.0
----
var x = 5
_ = x % (1 - 1)
----
var x = 5
const z = 0
_ = x / z
----
var x = 5
_ = x / int(0)
----
var x int8 = 5
_ = x / int8(0)
----
var x = 5
_ = x / (0)
----
var x = 5
_ = x / -0
----
var x uint8 = 5
_ = x / 0
----
var f float32 = 5
_ = f / 0
----
_ = 5 / 0
----
_ = 5.0 / 0.0
----
const c = 5 % 0
----
const c = 5.5 / 0
----
var x = 5
_ = 0 / x
_ = x / x
----
var x = 5
_ = x / 0 * 2
----
var x = 5
_ = (x / 0)
----
var x = 5
y := x % 0.0
_ = y
----
var x = 5
_ = x / '\x00'
----
var x = 5
_ = x / "0"
----
var x = 5
_ = x / false
----
var m MyInt = 3
_ = m / 0
----
var d time.Duration
_ = d / 0
@@time
----
var x = 5
var y = 0
_ = x / y
----
var s string = string(65)
_ = s
----
var s = string(rune(65))
var b = string(byte(65))
_, _ = s, b
----
var i = 65
_ = string(i)
----
var f = 65.0
_ = string(f)
----
_ = string(65.0)
----
_ = string(-1)
----
_ = string(1 << 40)
----
var bs = []byte("abc")
var rs = []rune("abc")
var s1 = string(bs)
var s2 = string(rs)
_, _ = s1, s2
----
var bs = []byte('a')
_ = bs
----
var rs = []rune(65)
_ = rs
----
var s = "abc"
_ = []int(s)
----
var s = "abc"
_ = []int32(s)
_ = []uint8(s)
----
var s = "abc"
_ = []int8(s)
----
var s = "abc"
_ = MyBytes(s)
_ = MyRunes(s)
_ = MyStr(s)
_ = string(MyBytes(s))
_ = string(MyRunes("x"))
----
var s = "abc"
_ = []MyByte(s)
----
var b []MyByte
_ = string(b)
----
var s MyStr = "abc"
_ = []byte(s)
_ = MyBytes(s)
----
var s = "abc"
_ = string(s[0])
_ = s[0] + 'a'
_ = s[0] == 'a'
----
var s = "abc"
_ = s[0] == "a"
----
var s = "abc"
var r rune = s[0]
_ = r
----
var s = "abc"
for _, c := range s {
	_ = c == 'a'
	_ = c == "a"
}
----
var s = "abc"
for i := range s {
	_ = s[i] + "x"
}
----
_ = byte('é')
----
_ = byte('a')
_ = rune("a")
----
var r rune = 'a'
_ = string(r) + "b"
_ = r + "b"
----
var b byte = 'a'
_ = string(b)
_ = []byte{b, 'c', 300}
----
_ = []byte{'a', 'é'}
----
_ = []rune{'a', 'é', 1 << 31}
----
var s = "abc"
_ = len(s) + len([]rune(s))
_ = cap(s)
----
_ = "a" * 2
----
_ = "ab"[0:1] + "c"[:]
_ = "ab"[2:]
_ = "ab"[3:]
----
const s = "ab"
_ = s[2]
----
const s = "ab"
_ = s[-1:]
----
var p *string
_ = (*p)[0]
_ = p[0]
----
_ = 'ab'
----
_ = ''
----
_ = "\q"
----
_ = '\400'
----
_ = "\xZZ"
----
_ = '\uD800'
----
_ = "\U00110000"
----
L:
	for {
		switch {
		case true:
			break L
		default:
			continue L
		}
	}
----
L:
	for {
		switch {
		case true:
			continue
		}
		break
	}
----
L:
	switch {
	case true:
		for {
			break L
		}
	}
----
L:
	switch {
	case true:
		for {
			continue L
		}
	}
----
L1:
	for {
	L2:
		for {
			break L1
		}
		continue L2
	}
----
L1:
	for {
	L2:
		switch {
		default:
			break L2
		}
		break L1
	}
----
L:
	{
		break L
	}
----
L:
	for {
		func() {
			for {
				continue L
			}
		}()
	}
----
for {
L:
}
----
L:
L2:
	for {
		break L2
	}
----
L:
	for i := 0; i < 1; i++ {
	}
	break L
----
	for {
	L:
		break L
	}
----
	_ = 1
L:
	var x = 1
	_ = x
----
	for {
	L:
		for {
			break L
		}
	}
L:
	for {
		continue L
	}
----
L:
	for {
		select {
		default:
			continue L
		}
	}
	func() {
	L:
		for {
			break L
		}
	}()
----
len := 3
_ = len
----
len := 3
_ = len("a")
----
len := func(s string) int { return 0 }
_ = len([]int{})
----
cap := 1
_ = cap + 1
s := []int{}
_ = append(s, cap)
----
true := false
_ = true
----
true := false
var b bool = !true
_ = b
----
true := 1
if true {
}
----
nil := 1
var p *int = nil
_ = p
----
nil := 1
_ = nil + 1
----
int := 2
var x int = 3
_ = x
----
int := 2
_ = int
----
string := "a"
var s string
_ = s
----
string := 1
_ = string(1)
----
iota := 5
const c = iota
_ = c
----
iota := 5
_ = iota
----
fmt := 1
_ = fmt
----
fmt := 1
fmt.Println(fmt)
----
error := 1
var e error
_ = e
----
any := 1
var a any
_ = a
----
print := 1
print(1)
----
append := 1
_ = append
var s []int
s = append(s, 1)
----
make := 1
_ = make([]int, 1)
----
new := func(int) int { return 0 }
_ = new(int)
----
panic := 1
_ = panic
----
false, true := true, false
_, _ = false, true
----
type int string
var x int = "a"
_ = x
----
type int string
var x int = 1
_ = x
----
type bool int
var b bool = 1 < 2
_ = b
----
type error int
var e error = fmt.Errorf("x")
_ = e
----
var main = 1
_ = main
----
var x = x
----
x := x
----
x := 1
{
	x := x + 1
	_ = x
}
----
x := 1
if x := "a"; x != "" {
}
----
x := 1
if x := "a"; x != "" {
	_ = x
}
_ = x
----
x := 1
switch x := x.(type) {
}
----
var iface interface{}
switch x := iface.(type) {
case int:
	x := "a"
	_ = x
}
----
var iface interface{}
switch x := iface.(type) {
case int:
	_ = x
case string:
}
----
var iface interface{}
switch x := iface.(type) {
default:
	_ = x
}
----
var iface interface{}
switch _ := iface.(type) {
}
----
var iface interface{}
switch x := iface.(type) {
case int:
	func() { _ = x }()
}
----
var iface interface{}
switch x := iface.(type) {
case int:
	func() {
		y := x
	}()
}
----
var iface interface{}
switch x, y := iface.(type) {
}
----
var iface interface{}
switch x = iface.(type) {
}
----
var iface interface{}
switch iface.(type) {
case int, nil:
case nil:
}
----
var iface interface{}
switch iface.(type) {
case int, string, int:
}
----
var iface interface{}
switch iface.(type) {
case MyInt, int:
case fmt.Stringer:
}
----
var iface interface{}
switch iface.(type) {
case undefinedT:
}
----
var iface interface{}
switch iface.(type) {
case 1:
}
----
var n Namer
switch n.(type) {
case Base, *Base, Wrap:
case Other:
case Pt:
}
----
var n Namer
switch v := n.(type) {
case Base:
	_ = v.ID
case *Wrap:
	_ = v.n
case Setter:
	v.SetID(1)
case nil:
	_ = v
}
----
var iface interface{}
switch v := iface.(type) {
case int, string:
	_ = v.(int)
}
----
ch := make(chan int)
select {
case v := <-ch:
	func() { v := 1 }()
}
----
ch := make(chan int)
select {
case v := <-ch:
}
----
ch := make(chan int)
select {
case v, ok := <-ch:
	_ = v
	_ = ok
default:
	x := 1
}
----
ch := make(chan int)
select {
case x := <-ch:
	x = 2
}
----
f := func() {
	var x int
	x = 1
}
f()
----
x := 0
f := func() { x = 1 }
f()
----
func() {
	a, b := 1, 2
	a, b = b, a
}()
----
func() {
	var p *int
	p = new(int)
}()
----
func() {
	var s []int
	s = append(s, 1)
}()
----
func() {
	var s []int
	s[0] = 1
}()
----
func() {
	var m map[int]int
	m[0] = 1
}()
----
func() {
	var x struct{ a int }
	x.a = 1
}()
----
func() {
	var x int
	_ = func() { x++ }
}()
----
for i := 0; i < 3; i++ {
	x := i
}
----
for i := range []int{} {
}
----
for i, v := range []int{} {
	_ = v
}
----
for _, v := range []int{} {
	v := v
}
----
var x int
for x = range []int{} {
}
----
_ = 1
var _ = 2
var _ int = "a"
----
var _, _ = 1, 2
var a, _ = 1, 2
_, _ = a, 3
----
_, _ := 1, 2
----
_, x := 1, 2
_, x := 3, 4
_ = x
----
var _ = _
----
_ = _
----
x := _
----
_++
----
_ += 1
----
var _ int
const _ = 1
type _ struct{}
----
type _ int
var x _
----
func(_ int, _ string) {}(1, "a")
----
f := func(_, _ int) (_ int) { return }
_ = f
----
_.x = 1
----
_()
----
_ = _ + 1
----
var a [3]int
a[_] = 1
----
for _ = range []int{} {
}
for _, _ = range []int{} {
}
for _, _ := range []int{} {
}
----
for _ := range []int{} {
}
----
var iface interface{}
_ = iface.(_)
----
_ = S{_: 1}
----
_ = map[string]int{_: 1}
----
var ch chan int
ch <- _
----
_ = []int{_}
----
_ = struct{ _ int }{}
_ = struct{ _ int }{1}
----
type T struct {
	_ int
	_ string
	a int
}
_ = T{a: 1}
_ = T{1, "x", 2}
----
var x int
x, _ = two()
_, x = errf()
----
var x int
x, _ := two()
_ = x
----
a := [3]Pt{{1, 2}, {X: 3}}
_ = a
b := []*Pt{{1, 2}, &Pt{3, 4}, nil}
_ = b
----
m := map[Pt]Line{{1, 2}: {{1, 2}, {3, 4}}}
_ = m
----
m := map[*Pt]int{{1, 2}: 1}
_ = m
----
m := map[string]*Pt{"a": {1, 2}}
_ = m
----
_ = [][]Pt{{{1, 2}}, {{X: 1}}}
----
_ = []*[]int{{1}}
----
_ = []**Pt{{}}
----
_ = [...]Pt{{1}}
----
_ = []Pt{{1, 2, 3}}
----
_ = []Pt{{Z: 1}}
----
_ = []Pt{1: {1, 2}, 0: {}}
_ = [2]Pt{1: {}, {}}
----
_ = []Pt{&Pt{}}
----
_ = []*Pt{Pt{}}
----
_ = map[Pt]int{{1, 2}: 1, {1, 2}: 2}
----
_ = map[[2]int]int{{1, 2}: 1, {1, 2}: 2}
----
_ = map[interface{}]int{1: 1, 1: 2}
----
_ = map[interface{}]int{1: 1, "a": 2, 1.0: 3}
----
_ = map[interface{}]int{[]int{}: 1}
----
_ = map[float64]int{1: 1, 1.0: 2}
----
_ = map[bool]int{true: 1, false: 2, true: 3}
----
_ = map[Pt]int{Pt{1, 2}: 1, Pt{1, 2}: 2}
----
_ = map[[]int]int{}
----
_ = map[Line]int{}
_ = map[[2]Pt]int{}
_ = map[*Line]int{}
_ = map[chan int]int{}
_ = map[interface{}]int{}
_ = map[I]int{}
_ = map[error]bool{}
----
_ = map[struct{ f func() }]int{}
----
_ = map[[2]func()]int{}
----
_ = map[MySlice]int{}
----
_ = map[map[int]int]bool{}
----
var a, b Line
_ = a == b
_ = a != b
----
var a, b Line
_ = a < b
----
var a [2]Pt
var b [2]Pt
_ = a == b
var c [3]Pt
_ = a == c
----
var a Pt
var b struct{ X, Y int }
_ = a == b
----
var a Pt
var b struct{ Y, X int }
_ = a == b
----
var a Pt
var b Line
_ = a == b
----
type T struct{ f func() }
var a, b T
_ = a == b
----
type T struct{ m map[int]int }
var a T
_ = a == nil
----
var a Pt
_ = a == nil
----
var a, b interface{}
_ = a == b
var c Namer
_ = a == c
----
var a interface{}
_ = a == Pt{}
----
var a interface{}
_ = a == []int{}
----
var n Namer
_ = n == Base{}
_ = n == &Base{}
----
var n Namer
_ = n == Pt{}
----
var f func()
_ = f == f
----
var m map[int]int
var m2 map[int]int
_ = m == m2
----
var s []int
_ = s == nil
_ = nil == s
----
var a [2]int
var p = &a
_ = p[1]
_ = len(p)
_ = p[:]
_ = p[2]
----
var a [2]int
var p = &a
for i, v := range p {
	_, _ = i, v
}
----
var pa *[2]Pt
_ = pa[0].X
pa[1].Y = 2
----
var ps *[]Pt
_ = (*ps)[0].X
_ = ps[0]
----
var pp **[2]int
_ = pp[0]
----
var pt *Pt
pt.X = 1
_ = (*pt).Y
_ = (&pt).X
----
var l Line
p := &l.A
p.X = 1
q := &l
q.B.Y = 2
_ = &(l.A)
_ = &l.A.X
----
_ = &Pt{}.X
----
_ = &(Pt{})
_ = &[]int{1}[0]
----
_ = &[2]int{1, 2}[0]
----
var a [3]Pt
_ = &a[0]
_ = &a[1].X
f := func() [3]Pt { return a }
_ = &f()[0]
----
f := func() []Pt { return nil }
_ = &f()[0]
f()[0].X = 1
----
f := func() [3]Pt { return [3]Pt{} }
f()[0].X = 1
----
f := func() [3]int { return [3]int{} }
_ = f()[:]
----
_ = [3]int{1, 2, 3}[:2]
----
var s string
_ = &s
_ = &"a"
----
const c = 1
_ = &c
----
_ = &len("a")
----
_ = &fmt.Println
----
var x int
_ = &(&x)
_ = *&x
----
var x int
_ = **&x
----
var x int
_ = &*&x
p := &x
_ = &*p
----
x, y := two()
var a, b = two()
var c, d int = two()
a, b = two()
_, _, _, _ = x, y, c, d
----
var a, b, c int = two()
----
var a, b string = two()
----
a, b, c := triple()
x := triple()
_, _, _, _ = a, b, c, x
----
_ = fmt.Sprint(two())
_ = vi(two())
_ = vi(triple())
vif(two())
vif(pair())
----
_ = vs(pair())
----
_ = vi(pair())
----
_ = vi(1, two())
----
var arr [2]int
arr[two()] = 1
----
m := map[int]int{}
m[one()], m[1] = two()
_ = m
----
s := []int{}
s = append(s, two())
----
s := []int{}
s = append(two())
----
var ch chan int
ch <- two()
----
_ = -two()
----
_ = !two()
----
var x int
x += two()
----
_ = [2]int{two()}
----
_ = Pt{two()}
----
_ = Pt{X: two()}
----
var i interface{} = two()
_ = i
----
_ = two() == two()
----
_ = int(two())
----
_ = string(pair())
----
_ = new(two())
----
_ = len(two())
----
_ = copy(two())
----
m := map[int]int{}
delete(m, two())
----
for i := two(); i < 3; i++ {
}
----
for i, j := two(); i < j; i, j = two() {
}
----
switch x, y := two(); {
case x < y:
}
----
if a, b := two(); a < b {
}
----
go vi(two())
defer vi(two())
----
_ = func() (int, int) { return two() }
_ = func() (int, int, int) { return triple() }
----
_ = func() (int, string) { return two() }
----
_ = func() int { return two() }
----
_ = func() (int, int) { return one(), two() }
----
f := func(a, b int) {}
f(two())
f(triple())
----
f := func(a int, b string) {}
f(pair())
f(two())
----
x, y := two(), two()
_, _ = x, y
----
var i interface{} = pair
_ = i
x := two
_ = x
----
_ = vs()
_ = vs("a", "b")
_ = vs([]string{"a"}...)
_ = vs(nil...)
----
_ = vs("a", []string{"b"}...)
----
_ = vi(1, []int{}...)
_ = vi([]int{1}...)
----
_ = vi()
----
_ = vs(1)
----
_ = vs([]interface{}{"a"}...)
----
var x []MyStr
_ = vs(x...)
----
type SS []string
var x SS
_ = vs(x...)
----
var x [2]string
_ = vs(x...)
----
var x [2]string
_ = vs(x[:]...)
----
_ = vs("abc"...)
----
vif(1, "a", nil)
vif([]interface{}{1}...)
vif(nil...)
----
vif([]int{1}...)
----
vif([]string{"a"}...)
----
f := func(a ...int) []int { return a }
_ = f()
_ = f(f()...)
_ = f(f(1)...)
----
f := func(a ...int) { a = nil }
f(1)
----
s := []byte{}
s = append(s, "x"...)
s = append(s, []byte("y")...)
s = append(s, MyStr("z")...)
----
s := []rune{}
s = append(s, "x"...)
----
s := []MyByte{}
s = append(s, "x"...)
----
var s MyBytes
s = append(s, "x"...)
s = append(s, MyBytes("y")...)
_ = copy(s, "z")
----
s := []int{}
s = append(s, s...)
s = append(s[:1], s[2:]...)
s = append(s, 1, 2, s...)
----
s := []int{}
_ = append(s...)
----
_ = append([]int{}, nil...)
----
_ = append(nil, 1)
----
_ = append(nil...)
----
var s []interface{}
s = append(s, 1, "a", nil)
s = append(s, []int{1}...)
----
fmt.Println([]interface{}{1}...)
fmt.Println([]string{"a"}...)
----
fmt.Printf("%d", []interface{}{1}...)
fmt.Printf([]interface{}{1}...)
----
_ = new(int)
_ = new(Pt)
_ = new([]int)
_ = new(map[int]int)
_ = new(chan int)
_ = new(func())
_ = new(interface{})
_ = new(*int)
_ = new([3]int)
_ = new(Namer)
_ = new(error)
_ = new(struct{})
----
_ = new(nil)
----
_ = new(fmt)
----
_ = new(two)
----
_ = new(Pt{})
----
_ = new([...]int)
----
_ = make([]Pt, 1)
_ = make(map[Pt]*Pt)
_ = make(chan<- int)
_ = make(<-chan Pt, 2)
_ = make(MySlice, 0, 1)
_ = make(MyMap)
_ = make(MyChan, 1)
----
_ = make(Pt)
----
_ = make([3]int)
----
_ = make(*[]int)
----
_ = make(interface{})
----
_ = make(func())
----
_ = make(map[int]int, 1, 2)
----
_ = make(chan int, -1)
----
_ = make([]int, 1<<62)
----
_ = make([]int, 1<<63)
----
_ = make([]int, 2, 1)
----
_ = make([]int, "a")
----
_ = make([]int, 1.0)
----
var n uint8 = 3
var f float64 = 2
_ = make([]int, n)
_ = make([]int, f)
----
_ = make(Namer)
----
_ = make([]int, one(), two())
----
_ = make()
----
_ = new()
----
var x = new(int)
*x = 1
var y = *new(Pt)
_ = y.X
_ = new(Pt).X
----
_ = *new([]int)
_ = new([]int)[0]
----
_ = (*new([2]int))[5]
----
_ = new([2]int)[1]
----
var x = []int{}
x[1.0] = 1
x[1.5] = 1
----
var a [3]int
const i = 3
_ = a[i]
----
var a [3]int
_ = a[1<<70]
----
var a [3]int
_ = a[:4]
----
var a [3]int
_ = a[2:1]
----
var a [3]int
_ = a[1:2:4]
----
var a [3]int
_ = a[1:2:1]
----
var s []int
_ = s[::]
----
var s []int
_ = s[1:2:]
----
var s []int
_ = s[:2:]
----
var s []int
_ = s[:-1]
----
var s string
_ = s[:2:3]
----
var m map[string]int
m["a"]++
m["a"] += 1
delete(m, "a")
v, ok := m["a"]
_, _ = v, ok
----
var m map[string]int
v, ok := m["a"], true
_, _ = v, ok
----
var m map[string]int
var ok int
_, ok = m["a"]
----
var m map[string]int
_, ok, z := m["a"]
_, _ = ok, z
----
var m map[string][]int
m["a"] = append(m["a"], 1)
m["a"][0]++
----
var m map[string]Pt
m["a"].X++
----
var m map[string][2]int
m["a"][0]++
----
var m map[string]Pt
p := &m["a"]
_ = p
----
var a []Pt
a[0].X++
var b [2]Pt
b[0].X++
----
var i interface{}
i.(Pt).X = 1
----
var i interface{}
i.(*Pt).X = 1
_ = i.(Pt).X
----
x := 1
x, y := 2
_ = y
----
var x = 1
var y = 2
x, y = y
----
x, y := 1, 2
x, y = y, x, 1
----
x, y := 1, 2
x, y = y
----
var x, y int
x, y += 1
----
x := 1
x++, x++
----
x := 1
_ = x++
----
x := 1
if x++; x > 0 {
}
----
x := 1
for x++; x < 5; x-- {
}
----
x := 1
for ; x < 5; x++, x++ {
}
----
for i := 0; i < 3; i, _ = i+1, 0 {
}
----
for i := 0; i < 3; j := 1 {
}
----
var x int
for x := range 3 {
	_ = x
}
----
var s []int
for i := range s {
	s[i] = i
}
for i := len(s) - 1; i >= 0; i-- {
}
----
var s []int
for i, v := range s[1:] {
	_, _ = i, v
}
for i := range &s {
}
----
var a [3]int
for i := range &a {
	_ = i
}
for i, v := range &a {
	_, _ = i, v
}
----
var m map[string]int
for k := range &m {
	_ = k
}
----
for range [3]int{} {
}
for range "abc" {
}
for range map[int]int{} {
}
for range make(chan int) {
}
----
for range 3.5 {
}
----
for i, v := range []int{} {
	i, v = v, i
}
----
var arr [3]int
for i, arr[0] = range arr {
}
----
var arr [3]int
var i int
for i, arr[i] = range arr {
}
----
var p *int
for *p = range []int{} {
}
----
var m map[int]int
for m[0] = range []int{} {
}
----
for i := range []int{} {
	i++
}
----
var x interface{}
for range x {
}
----
switch x := 5; x {
case 1, 2, 3:
	fallthrough
case 4:
default:
}
----
switch {
case 1 > 2, 2 > 3:
}
switch x := 1; {
case x > 0:
}
----
switch 1 {
case 1, 2:
case 1:
}
----
switch x := 3; x {
case 1.5:
}
----
switch MyInt(1) {
case 1:
case MyInt(2):
case int(3):
}
----
switch "a" {
case 'a':
}
----
var x interface{} = 1
switch x {
case 1, "a", nil:
case 1:
}
----
var x interface{} = 1
switch x {
case []int{}:
}
----
var p *int
switch p {
case nil:
case new(int):
}
----
switch s := []int{}; s {
}
----
switch f := func() {}; {
default:
	_ = f
}
----
switch x := 1; x {
case 1:
	break
	fallthrough
case 2:
}
----
switch x := 1; x {
case 1:
	defer func() {}()
	fallthrough
default:
	fallthrough
}
----
switch {
default:
	fallthrough
case true:
}
----
var iface interface{}
switch iface.(type) {
case int:
	fallthrough
case string:
}
----
x := 1
switch {
case x:
}
----
switch x := 1 {
}
----
var ok bool
switch ok {
case 1 < 2, true:
}
----
var ok bool
switch ok {
case true, true:
}
----
switch true {
case false, 1 == 2:
}
"""

FULL_SNIPPETS2 = r"""
package main

type T struct{ x int }

func (t T) Get() int   { return t.x }
func (t *T) Set(x int) { t.x = x }

type U struct{ T }
type V struct{ *T }

type Getter interface{ Get() int }
type GS interface {
	Getter
	Set(int)
}

func main() {
	var u U
	var v V = V{&T{}}
	var g GS = &u
	var h GS = v
	var k Getter = u
	g.Set(1)
	h.Set(2)
	println(k.Get(), g.Get(), h.Get())
}
----
package main

type T struct{ x int }

func (t *T) Set(x int) { t.x = x }

type U struct{ T }

type Setter interface{ Set(int) }

func main() {
	var s Setter = U{}
	_ = s
}
----
package main

type A struct{}

func (A) M() {}

type B struct{}

func (*B) M() {}

type C struct {
	A
	*B
}

func main() {
	var c C
	c.M()
}
----
package main

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
}
type D struct {
	C
	X string
}

func main() {
	var d D
	d.X = "ok"
	println(d.X)
}
----
package main

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
}
type D struct{ C }

func main() {
	var d D
	d.X = 1
}
----
package main

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
}

func main() {
	_ = C{X: 1}
}
----
package main

type T struct{}

func (t T) M()  {}
func (t *T) N() {}

type I interface {
	M()
	N()
}

func main() {
	var t T
	var i I = t
	_ = i
}
----
package main

type T struct{}

func (t T) M() {}

func (t T) M(x int) {}

func main() {}
----
package main

type T struct{ M int }

func (t T) M() {}

func main() {}
----
package main

type B struct{ M int }
type T struct{ B }

func (t T) M() {}

func main() {
	var t T
	t.M()
}
----
package main

type B struct{}

func (B) M() int { return 1 }

type T struct{ B }

func (T) M() string { return "s" }

type I interface{ M() int }

func main() {
	var i I = T{}
	_ = i
}
----
package main

type I interface{ M() }
type J interface{ I }
type K interface {
	J
	N()
}

type T struct{}

func (T) M() {}

func main() {
	var k K = T{}
	_ = k
}
----
package main

type I interface{ J }
type J interface{ I }

func main() {}
----
package main

type I interface{ M(I) I }

type T struct{}

func (T) M(i I) I { return i }

func main() {
	var i I = T{}
	println(i.M(nil) == nil)
}
----
package main

type I interface{ M(I) I }

type T struct{}

func (T) M(t T) T { return t }

func main() {
	var i I = T{}
	_ = i
}
----
package main

type T int

func (T) m() {}

type I interface{ M() }

func main() {
	var i I = T(0)
	_ = i
}
----
package main

import "fmt"

type T struct{}

func (T) String() string { return "T" }

func main() {
	var s fmt.Stringer = T{}
	var p fmt.Stringer = &T{}
	fmt.Println(s, p)
}
----
package main

import "fmt"

type T struct{}

func (*T) String() string { return "T" }

func main() {
	var s fmt.Stringer = T{}
	fmt.Println(s)
}
----
package main

import "fmt"

type E struct{}

func (E) Error() string { return "E" }

func f() error {
	var p *E
	return p
}

func main() {
	fmt.Println(f() != nil)
}
----
package main

type E struct{}

func (*E) Error() string { return "E" }

func f() error {
	return E{}
}

func main() { _ = f() }
----
package main

func f() (x int) {
	defer func() {
		if r := recover(); r != nil {
			x = -1
		}
	}()
	panic("boom")
}

func main() {
	println(f())
}
----
package main

func f() int {
	defer recover()
	panic(1)
}

func main() {}
----
package main

func f() int {
	for {
		select {}
	}
}

func g() int {
	for {
		defer func() {}()
	}
}

func main() { _, _ = f, g }
----
package main

func f(x int) int {
	for {
		if x > 0 {
			break
		}
	}
}

func main() {}
----
package main

func f(x int) int {
L:
	for {
		for {
			break L
		}
	}
}

func main() {}
----
package main

func f(x int) int {
L:
	for {
		for {
			continue L
		}
	}
}

func main() { _ = f }
----
package main

func f(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		panic(2)
	}
}

func g(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		break
	}
}

func main() {}
----
package main

func f(x interface{}) int {
	switch x.(type) {
	case int:
		return 1
	default:
		return 0
	}
}

func g(ch chan int) int {
	select {
	case <-ch:
		return 1
	default:
		return 0
	}
}

func h(ch chan int) int {
	select {
	case <-ch:
		return 1
	default:
	}
}

func main() {}
----
package main

func f() int {
	if true {
		return 1
	} else {
		return 2
	}
}

func g() int {
	{
		return 1
	}
}

func h() int {
	return 1
	println()
}

func main() { _, _, _ = f, g, h }
----
package main

const (
	A int8 = 1 << iota
	B
	C
	D
	E
	F
	G
	H
)

func main() { println(A, H) }
----
package main

const (
	A uint16 = 0xFFFF - iota
	B
	C = iota * 30000
	D
	E uint16 = iota * 30000
)

func main() { println(A, B, C, D, E) }
----
package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

func (d Weekday) String() string { return "day" }

func main() {
	var d Weekday = Monday
	var i int = Sunday
	println(d, i)
}
----
package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

func main() {
	var d Weekday = Monday + 1
	var e = Monday * 2.5
	println(d, e)
}
----
package main

const x = y
const y = 1

var a = b
var b = 1

func main() { println(x, a) }
----
package main

var a = b
var b = a

func main() {}
----
package main

var a = f()

func f() int { return a }

func main() {}
----
package main

import "fmt"

var fmt = 1

func main() { fmt.Println() }
----
package main

import "fmt"

func fmt() {}

func main() {}
----
package main

import "fmt"

func main() {
	fmt := fmt.Sprint
	fmt("x")
}
----
package main

import "strings"

func main() {
	strings := []string{"a"}
	_ = strings
}
----
package main

func len(s string) int { return 0 }

func main() {
	println(len("abc"))
}
----
package main

type int struct{}

func main() {
	var x int
	var y = 1
	_, _ = x, y
	x = 1
}
----
package main

var true = false

func main() {
	if true {
		println("yes")
	}
}
----
package main

const nil = 0

func main() {
	var p *int = nil
	_ = p
}
----
package main

func init() {}
func init() {}

func main() {
	init()
}
----
package main

var init = 1

func main() {}
----
package main

func main() {}

func init(x int) {}
----
package main

func main() int { return 0 }
----
package main

var main = func() {}
----
package main

func f(a int, b ...int, c int) {}

func main() {}
----
package main

func f(a ...int, b int) {}

func main() {}
----
package main

func f(a ...int) {}

func main() {
	var s []int
	f(s..., 1)
}
----
package main

func f(a ...int) {}

func main() {
	f(1, 2...)
}
----
package main

func f(a ...int) {}

func main() {
	var s []int
	f(s...)
	f(s)
}
----
package main

func f(a int, b ...int) {}

func main() {
	var s []int
	f(1, 2, s...)
}
----
package main

func f(a int, b ...int) {}

func main() {
	f()
}
----
package main

func f(a, b int) {}

func main() {
	var s []int
	f(s...)
}
----
package main

type T struct{}

func (T) V(xs ...int) int { return len(xs) }

func main() {
	var t T
	f := t.V
	g := T.V
	println(f(1, 2), g(t, []int{1}...), T.V(t))
}
----
package main

import "fmt"

type T struct{ a, b int }

func main() {
	m := map[T]string{{1, 2}: "x"}
	m[T{1, 2}] = "y"
	arr := [2]T{{1, 2}}
	fmt.Println(m[T{1, 2}], arr == [2]T{{1, 2}, {}}, len(m))
}
----
package main

func main() {
	x := 1
	p := &x
	pp := &p
	**pp = 2
	println(x, *p == 2)
	*pp = nil
	(*pp) = new(int)
}
----
package main

func main() {
	const c = 10
	const z = c - 10
	var x int = 5
	println(x / z)
}
----
package main

func main() {
	const z = 0.0
	var x int = 5
	println(x / z)
}
----
package main

func main() {
	var f float64 = 1
	const z = 0
	println(f / z)
	println(f / 0)
}
----
package main

var x = 10 / zero

const zero = 0

func main() { println(x) }
----
package main

func main() {
	var a [10 / 0]int
	_ = a
}
----
package main

func main() {
	var a [2]int
	const i = -1
	println(a[i])
}
----
package main

func main() {
	s := []int{1}
	const i = -1
	println(s[i])
}
----
package main

func main() {
	for i := 0; i < 3; i++ {
		defer func() { println(i) }()
	}
}
----
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	n := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			mu.Lock()
			n += k
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	println(n)
}
----
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg2 := wg
	var p *sync.WaitGroup = &wg
	p.Add(1)
	p.Done()
	_ = wg2
	var m sync.Mutex
	m.lock()
}
----
package main

func main() {
	ch := make(chan int, 1)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for v := range ch {
			println(v)
		}
	}()
	ch <- 1
	close(ch)
	<-done
}
----
package main

func producer(out chan<- int) {
	out <- 1
	close(out)
}

func consumer(in <-chan int) int {
	return <-in
}

func main() {
	ch := make(chan int, 1)
	producer(ch)
	println(consumer(ch))
}
----
package main

func producer(out chan<- int) {
	<-out
}

func main() {}
----
package main

func consumer(in <-chan int) {
	close(in)
}

func main() {}
----
package main

func f() <-chan int { return make(chan int) }

func main() {
	var c chan int = f()
	_ = c
}
----
package main

func f(c chan<- int) {}

func main() {
	var r <-chan int
	f(r)
}
----
package main

func main() {
	var x interface{} = 1
	switch y := x.(type) {
	}
}
----
package main

func main() {
	x := 1
	func() {
		x := 2
	}()
	_ = x
}
----
package main

func f() (int, int) { return 1, 2 }

func g(int, int) {}

func h(int) {}

func main() {
	g(f())
	h(f())
}
----
package main

func f() {}

func main() {
	x := f()
	_ = x
}
----
package main

func main() {
	var s []struct{ x int }
	for _, v := range s {
		v.x = 1
	}
	for i := range s {
		s[i].x = 1
	}
}
----
package main

func main() {
	type T struct{ x int }
	m := map[string]T{}
	m["a"] = T{1}
	for k, v := range m {
		v.x = 2
		m[k].x = 3
	}
}
"""

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
