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
  multi-value contexts, unused names, shadowing, ...).

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
                    skip_snippets: bool = False) -> list[Candidate]:
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
        tpl = template_candidates()
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
    ap.add_argument("--minimize", action="store_true",
                    help="shrink each group's example by deleting lines (more go builds)")
    ap.add_argument("--go", help="go binary (default: `go` on PATH)")
    ap.add_argument("--list", action="store_true", help="print the candidates' origins and exit")
    ap.add_argument("--files", nargs="+", metavar="FILE",
                    help="no generation: compare Go and minigo on these .go files and exit")
    args = ap.parse_args(argv)
    if args.files:
        return compare_files(args)

    cands = make_candidates(args.seed, args.count, args.only, args.skip_snippets)
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
