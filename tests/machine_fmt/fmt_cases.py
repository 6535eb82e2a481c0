"""The fmt and print/println cases: each is run by Go (``scripts/regen_fmt_golden.py`` records
``tests/testdata/fmt/*.golden``) and by minigo (``test_fmt_golden.py``), and must agree.

A case is a call: ``fmt.Sprintf(format, args...)``, ``fmt.Sprint``, ``fmt.Sprintln``,
``fmt.Errorf`` (the result printed as ``%T|%v``), ``errors.New``, or the builtins
``print``/``println`` (to standard error).  Cases marked ``addr`` print addresses, which
differ run to run: both outputs have every ``0x`` number of 5+ digits, and every decimal
number that is a heap address (``824...``, 12 digits), replaced by ``0xADDR``.
"""
from __future__ import annotations

import math
import random
import struct as _struct
from dataclasses import dataclass, field

from fmt_gotypes import (ANY, BOOL, ERROR, FLOAT32, FLOAT64, INT, INT8, INT16, INT32, INT64,
                         NIL, STRING, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR, V, array,
                         array_of, b, chan_of, conv, f, func_of, go_panic, i, map_of, mapv,
                         method, named, nil_of, promote, ptr_to, ref, s, slice, slice_of,
                         struct, struct_of, val, wrong_method)
from minigo.machine.fmt import errors_new
from minigo.machine.panics import GoPanic


def go_panic_value(v):
    raise GoPanic(v)



@dataclass
class Case:
    id: str
    kind: str  # sprintf sprint sprintln errorf errors_new print println
    args: list
    format: bytes = b""
    addr: bool = False
    extra: dict = field(default_factory=dict)


CASES: list[Case] = []       # fmt cases (standard output)
PRINT_CASES: list[Case] = []  # builtin print/println cases (standard error)
_COUNTS: dict[str, int] = {}


def _id(group: str) -> str:
    n = _COUNTS.get(group, 0) + 1
    _COUNTS[group] = n
    return f"{group}{n:03d}"


def pf(group: str, format: str | bytes, *args: V, addr: bool = False) -> None:
    fb = format.encode() if isinstance(format, str) else format
    CASES.append(Case(_id(group), "sprintf", list(args), fb, addr))


def call(group: str, kind: str, *args: V, format: str = "", addr: bool = False) -> None:
    CASES.append(Case(_id(group), kind, list(args), format.encode(), addr))


def builtin(kind: str, *args: V, addr: bool = False) -> None:
    PRINT_CASES.append(Case(_id(kind), kind, list(args), b"", addr))


# ---- types -----------------------------------------------------------------------------------

P = named("P", struct_of([("X", INT, False), ("Y", INT, False)]))
Inner = named("Inner", struct_of([("A", INT, False), ("b", STRING, False)]))
Base = named("Base", struct_of([("ID", INT, False)]))
Outer = named("Outer", struct_of([("Base", Base, True), ("Name", STRING, False),
                                  ("In", Inner, False), ("Tags", slice_of(STRING), False)]))
MyInt = named("MyInt", INT)
I8, I16, I32, I64 = (named(n, t) for n, t in [("I8", INT8), ("I16", INT16), ("I32", INT32),
                                                ("I64", INT64)])
U8, U16, U32, U64, UPtr = (named(n, t) for n, t in [("U8", UINT8), ("U16", UINT16),
                                                      ("U32", UINT32), ("U64", UINT64),
                                                      ("UPtr", UINTPTR)])
MyUint = named("MyUint", UINT)
MyString = named("MyString", STRING)
MyFloat = named("MyFloat", FLOAT64)
MyBool = named("MyBool", BOOL)
MyBytes = named("MyBytes", slice_of(UINT8))
IntList = named("IntList", slice_of(INT))
Grid = named("Grid", array_of(2, array_of(2, INT)))
Dict = named("Dict", map_of(STRING, INT))

Str = named("Str", struct_of([("N", INT, False)]))
method(Str, "String", 'return fmt.Sprintf("Str<%d>", r.N)', lambda r: b"Str<%d>" % r[0])
PStr = named("PStr", struct_of([("N", INT, False)]))
method(PStr, "String", 'return fmt.Sprintf("PStr<%d>", r.N)', lambda r: b"PStr<%d>" % r[0],
       pointer=True)
Color = named("Color", INT)
_COLORS = [b"red", b"green", b"blue"]
method(Color, "String", 'return [...]string{"red", "green", "blue"}[r]', lambda r: _COLORS[r])
Celsius = named("Celsius", FLOAT64)
method(Celsius, "String", 'return fmt.Sprintf("%.1f°C", float64(r))',
       lambda r: b"%.1f\xc2\xb0C" % r)
Bad = named("Bad", struct_of([("N", INT, False)]))
method(Bad, "String", 'panic("boom")', lambda r: go_panic(b"boom"))
MyErr = named("MyErr", struct_of([("Code", INT, False)]))
method(MyErr, "Error", 'return fmt.Sprintf("error %d", r.Code)', lambda r: b"error %d" % r[0],
       pointer=True)
ValErr = named("ValErr", STRING)
method(ValErr, "Error", 'return "valerr: " + string(r)', lambda r: b"valerr: " + r)
Both = named("Both", struct_of([("N", INT, False)]))
method(Both, "String", 'return "string"', lambda r: b"string")
method(Both, "Error", 'return "error"', lambda r: b"error")
GoStr = named("GoStr", struct_of([("N", INT, False)]))
method(GoStr, "GoString", 'return "GoStr!"', lambda r: b"GoStr!")
Holder = named("Holder", struct_of([("S", Str, False), ("s", Str, False), ("E", ERROR, False),
                                    ("V", ANY, False)]))
Node = named("Node", struct_of([("V", INT, False), ("Next", ANY, False)]))
NodeP = named("NodeP", struct_of([("V", INT, False)]))
Wrap = named("Wrap", struct_of([("P", ptr_to(NodeP), False), ("M", map_of(STRING, INT), False)]))
Empty = named("Empty", struct_of([]))
Blank = named("Blank", struct_of([("_", INT, False), ("A", INT, False)]))
Floats = named("Floats", struct_of([("F", FLOAT64, False), ("G", FLOAT32, False)]))
WrongStr = named("WrongStr", struct_of([("N", INT, False)]))
wrong_method(WrongStr, "String", '(x int) string { return "never" }', (INT,), (STRING,),
             lambda r: b"never")
WrongErr = named("WrongErr", struct_of([("N", INT, False)]))
wrong_method(WrongErr, "Error", "() int { return 1 }", (), (INT,), lambda r: 1)
NilDeref = named("NilDeref", struct_of([("P", ptr_to(INT), False)]))
method(NilDeref, "String", "return fmt.Sprint(*r.P)", lambda r: r[0].v)
PanicErr = named("PanicErr", struct_of([("N", INT, False)]))
method(PanicErr, "Error", 'panic(fmt.Errorf("inner %d", r.N))',
       lambda r: go_panic_value(errors_new(b"inner %d" % r[0])))
embStr = named("embStr", struct_of([("Str", Str, True), ("K", INT, False)]))
promote(embStr, 0, Str, "String")  # Str's String is promoted: embStr is a Stringer
lstr = named("lstr", struct_of([("S", Str, False)]))
hidden = named("hidden", struct_of([("lstr", lstr, True), ("K", INT, False)]))


# ---- integers --------------------------------------------------------------------------------

INT_VALUES = [i(0), i(42), i(-42), i(255), i(-1), val(INT8, -128), val(INT64, -(1 << 63)),
              val(UINT64, (1 << 64) - 1), val(UINT8, 200), val(INT32, 0x1F600), val(UINT16, 65),
              val(UINTPTR, 4096), val(UINT, 7), val(INT16, -300), val(UINT32, 0xFFFFFFFF)]
INT_VERBS = ["%v", "%d", "%+d", "% d", "%5d", "%-5d|", "%05d", "%x", "%X", "%#x", "%#X", "%o",
             "%#o", "%O", "%b", "%#b", "%c", "%q", "%+q", "%U", "%#U", "%.3d", "%8.3d", "%+.3d",
             "%-08d|", "%+05d", "% 05d", "%#v", "%T", "%.0d", "%5.0d|", "%s", "%e", "%t", "%x|% x",
             "%#8x", "%08b", "%-#10o|", "%6.2x"]
for v in INT_VALUES:
    for verb in INT_VERBS:
        if verb == "%x|% x":
            pf("int", verb, v, v)
        else:
            pf("int", verb, v)
for r in [-1, 0x110000, 0xD800, 0x7F, 0, 0xA0, 0xAD, 0x2028, 0x1F600, 0xFEFF, 0x10FFFF, 9, 0xE9]:
    pf("rune", "%c|%q|%+q|%U|%#U|%x", *([val(INT32, r)] * 6))
pf("rune", "%#q %#q", val(INT32, 0x27), val(INT32, 0x5C))
pf("rune", "%5c|%-5c|%05q|%#.6U|%#08U", *([val(INT32, 0x263A)] * 5))

# ---- floats ----------------------------------------------------------------------------------

FLOATS = [0.0, -0.0, 1.0, -1.0, 3.0, 0.1, 0.5, 1.5, 2.5, 1e6, 1e21, 1e-5, 1e-7, 0.0001,
          123456.7, 1234567.0, 100000.0, 1.0 / 3, 2.0 / 3, 3.14159265358979, 1e100, 1e-320,
          5e-324, 1.7976931348623157e308, math.nan, math.inf, -math.inf, 0.1 + 0.2, 1e23,
          9.999999, 0.000123456, 123456789.0, 0.05, 0.15, 1.005, 2.675, 1e15, 1e16, 12345678.9]
FLOAT_VERBS = ["%v", "%g", "%e", "%E", "%f", "%.2f", "%8.3f", "%08.3f", "%-8.2f|", "%+f", "% f",
               "%.0f", "%#g", "%#.3g", "%.3g", "%10.4e", "%G", "%.3e", "%+.1e", "%#v", "%.10g",
               "%.1f", "%.0e", "%#.0f", "%#.0e", "%x", "%.3x", "%X", "%b", "%+v", "%010v",
               "%-10v|", "%+08.2f", "% .3e", "%.20f", "%.17g", "%5.1g", "%T", "%d", "%s"]
for x in FLOATS:
    for verb in FLOAT_VERBS:
        pf("flt", verb, f(x))
FLOATS32 = [0.0, 0.1, 1.0 / 3, 1e10, 3.4e38, 1e-45, 16777216.0, 16777217.0, 0.3, 1e6, 123456.7,
            1e-10, 2.5, math.inf, math.nan, 1.1, 100.0, 7.0e-8, 3.4028235e38, 1.17549435e-38]
for x in FLOATS32:
    for verb in ["%v", "%g", "%e", "%.3f", "%#v", "%T", "%.10g", "%x", "%b"]:
        pf("f32", verb, val(FLOAT32, x))
pf("f32", "%v %v", val(MyFloat, 2.5), val(Celsius, 21.5))

# Random bit patterns (fixed seed): shortest digits for float32 are minigo's own algorithm.
_rng = random.Random(19)
for _ in range(150):
    x32 = _struct.unpack("<f", _struct.pack("<I", _rng.getrandbits(32) & 0x7F7FFFFF))[0]
    pf("rnd", "%v|%e|%.4g|%g", *([val(FLOAT32, x32 if _rng.random() < 0.5 else -x32)] * 4))
    x64 = _struct.unpack("<d", _struct.pack("<Q", _rng.getrandbits(63)))[0]
    if math.isfinite(x64):
        pf("rnd", "%v|%.3e|%.12f|%.17g|%#.5g", *([f(x64)] * 5))
    m = _rng.uniform(-1e6, 1e6) * 10 ** _rng.randint(-12, 12)
    pf("rnd", "%v|%f|%.2e|%G", *([f(m)] * 4))
    pf("rnd", "%v|%.3f", *([val(FLOAT32, m)] * 2))

# ---- strings ---------------------------------------------------------------------------------

STRINGS = [b"hi", b"", "héllo".encode(), b'a"b\\c', b"\x00\x7f\xff", "日本語".encode(),
           b"\t\n", b"`back`", "\ufeffbom".encode(), b"\xe2\x82", "a\u2028b".encode(),
           "😀".encode(), b"abc def"]
STRING_VERBS = ["%v", "%s", "%q", "%+q", "%#q", "%x", "%X", "% x", "%#x", "% #x", "%10s",
                "%-10s|", "%.2s", "%5.1s|", "%d", "%#v", "%T", "%010s", "%.1q", "%8q|",
                "%-8x|", "%.2x", "%c", "%U", "%t", "%5v|"]
for x in STRINGS:
    for verb in STRING_VERBS:
        pf("str", verb, s(x))
pf("str", "%v %s %q %#v %T %x", *([val(MyString, b"named")] * 6))
for verb in ["%v", "%t", "%5t|", "%-6t|", "%d", "%#v", "%T", "%q", "%s"]:
    pf("bool", verb, b(True))
    pf("bool", verb, b(False))
pf("bool", "%v %#v %T", *([val(MyBool, True)] * 3))

# ---- named integer types, %#v ----------------------------------------------------------------

for t, x in [(I8, -5), (I16, 300), (I32, -70000), (I64, 1 << 40), (U8, 5), (U16, 65535),
             (U32, 1 << 31), (U64, (1 << 64) - 1), (UPtr, 255), (MyInt, 7), (MyUint, 9)]:
    pf("named", "%v|%d|%#v|%T|%x|%+v", *([val(t, x)] * 6))

# ---- structs, pointers -----------------------------------------------------------------------

p12 = struct(P, i(1), i(2))
outer = struct(Outer, struct(Base, i(7)), s("ann"), struct(Inner, i(3), s("x y")),
               slice(slice_of(STRING), s("a"), s("b c")))
for verb in ["%v", "%+v", "%#v", "%T", "%d", "%x", "%s", "%q", "%5v", "%05d", "%.1f", "%t"]:
    pf("struct", verb, p12)
    pf("struct", verb, ref(p12))
    pf("struct", verb, outer)
for verb in ["%v", "%+v", "%#v", "%T"]:
    pf("struct", verb, struct(Empty))
    pf("struct", verb, struct(Blank, i(0), i(4)))
    pf("struct", verb, struct(Floats, f(1.5), val(FLOAT32, 0.1)))
    pf("struct", verb, struct(struct_of([("A", INT, False), ("b", STRING, False)]), i(1), s("z")))
    pf("struct", verb, struct(struct_of([])))
    pf("struct", verb, nil_of(ptr_to(P)))
    pf("struct", verb, ref(ref(p12)), addr=True)
    pf("struct", verb, struct(Wrap, ref(struct(NodeP, i(1))), mapv(map_of(STRING, INT),
                                                                   (s("a"), i(1)))), addr=True)
    pf("struct", verb, struct(Node, i(1), struct(Node, i(2), NIL)))
    pf("struct", verb, struct(Node, i(1), ref(struct(Node, i(2), NIL))), addr=True)
    pf("ptr", verb, ref(i(5)), addr=True)
    pf("ptr", verb, ref(slice(slice_of(INT), i(1), i(2))))
    pf("ptr", verb, ref(array(array_of(3, INT), i(1), i(2), i(3))))
    pf("ptr", verb, ref(mapv(map_of(STRING, INT), (s("k"), i(1)))))
    pf("ptr", verb, slice(slice_of(ptr_to(INT)), nil_of(ptr_to(INT))))
    pf("ptr", verb, slice(slice_of(ptr_to(P)), ref(p12)), addr=True)
    pf("ptr", verb, nil_of(ptr_to(INT)))
pf("ptr", "%p %v", nil_of(ptr_to(P)), nil_of(ptr_to(P)))
pf("ptr", "%p", ref(p12), addr=True)
pf("ptr", "%#p", ref(p12), addr=True)
pf("ptr", "%p", slice(slice_of(INT), i(1)), addr=True)
pf("ptr", "%p", mapv(map_of(INT, INT)), addr=True)
pf("ptr", "%p|%p|%p", nil_of(slice_of(INT)), nil_of(map_of(INT, INT)), nil_of(func_of("func()")))
pf("ptr", "%p", i(5))
pf("ptr", "%p", s("x"))
pf("ptr", "%x", nil_of(ptr_to(INT)))
pf("ptr", "%d", nil_of(ptr_to(INT)))
pf("ptr", "%s", nil_of(ptr_to(INT)))
for t in [func_of("func()"), func_of("func(int) string"), chan_of(INT), map_of(STRING, BOOL)]:
    pf("nil", "%v|%#v|%T|%d|%s", *([nil_of(t)] * 5))
pf("nil", "%v|%d|%T|%s|%#v|%q|%x|%p", *([NIL] * 8))
pf("nil", "%v|%#v", *([nil_of(ERROR)] * 2))

# ---- slices, arrays --------------------------------------------------------------------------

SL = [slice(slice_of(INT), i(1), i(2), i(3)), nil_of(slice_of(INT)), slice(slice_of(INT)),
      slice(slice_of(STRING), s("a b"), s("c")),
      slice(slice_of(slice_of(INT)), slice(slice_of(INT), i(1), i(2)), slice(slice_of(INT), i(3))),
      slice(slice_of(ANY), i(1), s("a"), NIL, f(2.5), b(True)),
      slice(slice_of(UINT8), val(UINT8, 104), val(UINT8, 105)), nil_of(slice_of(UINT8)),
      slice(slice_of(UINT8)), slice(MyBytes, val(UINT8, 1), val(UINT8, 255)),
      array(array_of(3, UINT8), val(UINT8, 65), val(UINT8, 66), val(UINT8, 0)),
      array(array_of(3, INT), i(0), i(0), i(0)), slice(IntList, i(4), i(5)),
      array(Grid, array(array_of(2, INT), i(1), i(2)), array(array_of(2, INT), i(3), i(4))),
      slice(slice_of(FLOAT64), f(0.5), f(1e7), f(-2.0)), slice(slice_of(BOOL), b(True), b(False)),
      slice(slice_of(INT32), val(INT32, 0x48), val(INT32, 0x1F600)),
      slice(slice_of(slice_of(UINT8)), slice(slice_of(UINT8), val(UINT8, 1))),
      slice(slice_of(P), p12, struct(P, i(3), i(4))),
      slice(slice_of(ERROR), NIL), array(array_of(0, INT))]
for v in SL:
    for verb in ["%v", "%+v", "%#v", "%T", "%d", "%s", "%q", "%x", "%X", "% x", "%#x", "%6v",
                 "%-4d|", "%03d", "%c", "%.1f", "%t"]:
        pf("slice", verb, v)

# ---- maps ------------------------------------------------------------------------------------

MAPS = [mapv(map_of(STRING, INT), (s("z"), i(26)), (s("a"), i(1)), (s("m"), i(13))),
        mapv(map_of(INT, STRING), (i(3), s("c")), (i(-1), s("y")), (i(2), s("b"))),
        mapv(map_of(BOOL, INT), (b(True), i(1)), (b(False), i(0))),
        mapv(map_of(FLOAT64, STRING), (f(2.5), s("x")), (f(-1.0), s("y")), (f(math.nan), s("n")),
             (f(math.inf), s("i")), (f(-math.inf), s("-i"))),
        mapv(map_of(P, INT), (struct(P, i(2), i(1)), i(1)), (struct(P, i(1), i(9)), i(2)),
             (struct(P, i(1), i(3)), i(3))),
        mapv(map_of(array_of(2, INT), STRING), (array(array_of(2, INT), i(1), i(2)), s("b")),
             (array(array_of(2, INT), i(0), i(5)), s("a"))),
        mapv(map_of(ANY, INT), (i(3), i(1)), (i(1), i(2)), (i(2), i(3))),
        mapv(map_of(ANY, INT), (s("b"), i(1)), (s("a"), i(2))),
        mapv(map_of(STRING, slice_of(INT)), (s("b"), slice(slice_of(INT), i(1))),
             (s("a"), nil_of(slice_of(INT)))),
        mapv(map_of(STRING, ANY), (s("n"), NIL), (s("i"), i(1)), (s("s"), s("x"))),
        mapv(map_of(UINT8, BOOL), (val(UINT8, 200), b(True)), (val(UINT8, 3), b(False))),
        mapv(map_of(INT8, INT), (val(INT8, -3), i(1)), (val(INT8, 5), i(2))),
        mapv(map_of(Color, INT), (val(Color, 2), i(1)), (val(Color, 0), i(2))),
        mapv(map_of(STRING, Str), (s("k"), struct(Str, i(1)))),
        mapv(Dict, (s("b"), i(2)), (s("a"), i(1))),
        nil_of(map_of(STRING, INT)), mapv(map_of(STRING, INT)),
        mapv(map_of(STRING, map_of(STRING, INT)),
             (s("o"), mapv(map_of(STRING, INT), (s("y"), i(2)), (s("x"), i(1))))),
        mapv(map_of(FLOAT32, INT), (val(FLOAT32, 0.1), i(1)), (val(FLOAT32, -2.0), i(2))),
        mapv(map_of(STRING, FLOAT64), (s("pi"), f(3.14159)), (s("e"), f(2.71828)))]
for v in MAPS:
    for verb in ["%v", "%+v", "%#v", "%T", "%d", "%s", "%q", "%x", "%5v"]:
        pf("map", verb, v)

# ---- methods ---------------------------------------------------------------------------------

METHOD_VALUES = [struct(Str, i(5)), ref(struct(Str, i(6))), struct(PStr, i(1)), ref(struct(PStr, i(2))),
                 val(Color, 1), val(Celsius, 36.6), struct(Bad, i(0)), ref(struct(Bad, i(0))),
                 nil_of(ptr_to(Str)), nil_of(ptr_to(PStr)), ref(struct(MyErr, i(404))),
                 struct(MyErr, i(500)), nil_of(ptr_to(MyErr)), val(ValErr, b"x"), struct(Both, i(0)),
                 struct(GoStr, i(1)), ref(struct(GoStr, i(1))),
                 struct(Holder, struct(Str, i(1)), struct(Str, i(2)), conv(ERROR, val(ValErr, b"e")),
                        struct(Str, i(3))),
                 struct(Holder, struct(Str, i(1)), struct(Str, i(2)), NIL, NIL),
                 slice(slice_of(Str), struct(Str, i(1)), struct(Str, i(2))),
                 slice(slice_of(ptr_to(PStr)), ref(struct(PStr, i(3)))),
                 slice(slice_of(Color), val(Color, 0), val(Color, 2)),
                 array(array_of(2, Celsius), val(Celsius, 1.0), val(Celsius, -4.25)),
                 slice(slice_of(ERROR), conv(ERROR, val(ValErr, b"a")), NIL),
                 struct(embStr, struct(Str, i(8)), i(9)), ref(struct(embStr, struct(Str, i(8)), i(9))),
                 struct(hidden, struct(lstr, struct(Str, i(4))), i(1)),
                 slice(slice_of(Bad), struct(Bad, i(1))), val(MyInt, 3),
                 struct(WrongStr, i(1)), struct(WrongErr, i(2)),
                 struct(NilDeref, nil_of(ptr_to(INT))), struct(PanicErr, i(3)),
                 slice(slice_of(ANY), struct(PanicErr, i(4)), struct(Bad, i(5)))]
for v in METHOD_VALUES:
    for verb in ["%v", "%+v", "%#v", "%s", "%d", "%q", "%x", "%T", "%8v|", "%-8s|", "%.2s"]:
        pf("meth", verb, v, addr=True)

# ---- errors ----------------------------------------------------------------------------------

pf("err", "%d", s("hi"))
pf("err", "%s", i(5))
pf("err", "%d\n", i(1), i(2))
pf("err", "%d", i(1), i(2), s("x"), NIL, f(1.5))
pf("err", "%d %d", i(1))
pf("err", "%d %s %v")
pf("err", "%")
pf("err", "abc%")
pf("err", "%-")
pf("err", "%5")
pf("err", "%.")
pf("err", "%!", i(1))
pf("err", "%z", i(1))
pf("err", "%ä", i(1))
pf("err", "%%|%5%|%-5%|%d", i(3))
pf("err", "%[2]d %[1]d", i(1), i(2))
pf("err", "%[3]d", i(1), i(2))
pf("err", "%[0]d", i(1))
pf("err", "%[x]d", i(1))
pf("err", "%[1]d %d %d", i(1), i(2))
pf("err", "%[2]*[1]d|", i(12), i(5))
pf("err", "%[1]d %[1]x %[1]o", i(64))
pf("err", "%d %d %[1]d %d", i(1), i(2))
pf("err", "%[3]*.[2]*[1]f", f(12.0), i(2), i(6))
pf("err", "%.[2]d", i(7), i(3))
pf("err", "%*d|", i(5), i(42))
pf("err", "%-*d|", i(5), i(42))
pf("err", "%*d|", i(-5), i(42))
pf("err", "%.*f|", i(2), f(3.14159))
pf("err", "%.*f|", i(-1), f(3.14159))
pf("err", "%*d|", s("x"), i(42))
pf("err", "%.*d|", s("x"), i(42))
pf("err", "%*d|", i(10000000), i(42))
pf("err", "%*d|", val(UINT8, 3), i(42))
pf("err", "%*d|", i(3))
pf("err", "%*.*f|", i(8), i(3), f(3.14159))
pf("err", "%0*d|", i(6), i(-42))
pf("err", "%-05d|", i(7))
pf("err", "%05s|%05q|%-05v|", s("ab"), s("ab"), s("ab"))
pf("err", "%+-5d|%- 5d|", i(3), i(3))
pf("err", "%#+v", p12)
pf("err", "%w", s("x"))
pf("err", "%w", ref(struct(MyErr, i(1))))
pf("err", "%!w", i(1))
pf("err", "%v %v", i(1), NIL)
pf("err", "%s|%d", NIL, NIL)
pf("err", "%x %X %o %b %c", *([b(True)] * 5))
pf("err", "%d", slice(slice_of(STRING), s("a")))
pf("err", "%s", slice(slice_of(INT), i(1), i(-2)))
pf("err", "%s", mapv(map_of(STRING, INT), (s("a"), i(1))))
pf("err", "%d", struct(struct_of([("S", STRING, False), ("F", FLOAT64, False)]), s("q"), f(1.5)))
pf("err", "%.3q|%.0s|%.10s|", s("abcdef"), s("abc"), s("日本語日本語"))
pf("err", "%-10.3s|%10.3q|", s("日本語日本語"), s("abcdef"))
pf("err", "%10v|%-10v|", slice(slice_of(STRING), s("a")), mapv(map_of(STRING, INT), (s("a"), i(1))))
pf("err", "%08v|%-8v|", ref(p12), p12)
pf("err", "%.2v|%5.1v|", f(3.14159), s("abc"))
pf("err", "%v %v %v %v", f(1e20), f(1e21), f(-1e-4), f(-1e-5))
pf("err", "héllo %s wörld %d", s("ü"), i(1))
pf("err", "%d %s", i(1), s("a"), i(2), s("b"))
pf("err", "%[2]d", i(1))

# ---- Sprint, Sprintln, Errorf, errors.New ----------------------------------------------------

call("print", "sprint", s("a"), i(1), i(2), s("b"), s("c"), f(3.5), b(True))
call("print", "sprint", i(1), i(2))
call("print", "sprint", s("a"), s("b"))
call("print", "sprint", NIL, NIL, i(1))
call("print", "sprint", val(MyString, b"x"), i(1), val(MyString, b"y"))
call("print", "sprint", struct(Str, i(1)), struct(Str, i(2)))
call("print", "sprint", p12, ref(p12), slice(slice_of(INT), i(1)))
call("print", "sprint")
call("print", "sprint", f(0.1), val(FLOAT32, 0.1), f(1e6), f(1e-7))
call("print", "sprintln", s("a"), i(1), i(2), s("b"), s("c"), f(3.5), b(True))
call("print", "sprintln")
call("print", "sprintln", NIL, s(""), s(""), i(0))
call("print", "sprintln", val(INT32, 97), val(UINT8, 255), val(UINT64, (1 << 64) - 1))
call("print", "sprintln", struct(Bad, i(1)), nil_of(ptr_to(Str)), ref(struct(MyErr, i(3))))
call("print", "sprintln", val(Color, 2), val(Celsius, -40.0), val(MyInt, 5))
call("print", "sprintln", struct(Node, i(1), ref(struct(Str, i(2)))), addr=True)
call("errf", "errorf", format="plain")
call("errf", "errorf", i(3), format="n=%d")
call("errf", "errorf", conv(ERROR, ref(struct(MyErr, i(5)))), format="wrap: %w")
call("errf", "errorf", conv(ERROR, val(ValErr, b"v")), format="wrap: %v")
call("errf", "errorf", s("x"), format="wrap: %w")
call("errf", "errorf", NIL, format="wrap: %w")
call("errf", "errorf", conv(ERROR, val(ValErr, b"a")), conv(ERROR, val(ValErr, b"b")),
     format="%w and %w")
call("errf", "errorf", conv(ERROR, val(ValErr, b"a")), format="%d|%w")
call("errf", "errorf", conv(ERROR, val(ValErr, b"a")), format="%+w|%5w|%s")
call("errf", "errors_new", s("boom"))
call("errf", "errors_new", s(""))
pf("errf", "%v|%s|%q|%d|%+v|%T|%x", *([conv(ERROR, ref(struct(MyErr, i(7))))] * 7))
pf("errf", "%v|%s|%q|%+v|%T|%x|%#v", *([conv(ERROR, val(ValErr, b"q"))] * 7))

# ---- unicode/utf8: []rune(s), RuneCount, Valid, range, string([]rune) ----------------------

for x in [b"hi", "héllo".encode(), b"\xff", b"\xe2\x82", b"\xe2\x82\xac", b"\xed\xa0\x80",
          b"\xc0\x80", b"\xf4\x90\x80\x80", "😀".encode(), b"a\x80b", b"\xe0\x80\x80",
          b"\xf0\x80\x80\x80", b"\xc2", b"", b"\xef\xbf\xbd", b"\xe0\xa0", b"\xf0\x9f\x98",
          b"\xf4\x8f\xbf\xbf", b"\xc1\xbf", b"\xdf\xbf", b"\xee\x80\x80x"]:
    call("utf8", "utf8", s(x))

# ---- builtin print / println -----------------------------------------------------------------

for x in [0.0, -0.0, 1.0, 3.0, 0.1, 1e21, -2.5, 1.5, 123456789.0, 1e-7, 1e300, 5e-324,
          1.7976931348623157e308, math.nan, math.inf, -math.inf, 0.3, 1.0 / 3, 99999999.0,
          9.9999999, 2.0 ** 60]:
    builtin("println", f(x))
builtin("println", val(FLOAT32, 0.1), val(FLOAT32, 16777216.0))
builtin("println", i(100), i(-7), val(INT8, -128), val(INT64, -(1 << 63)), val(UINT64, (1 << 64) - 1),
        val(UINT8, 255), val(INT32, 97), val(UINTPTR, 4096))
builtin("println", b(True), b(False), s("str"), s(""), s("a b"))
builtin("println")
builtin("println", s("x"), i(1), s("y"))
builtin("print", s("no newline"), i(1), i(2), s("|"))
builtin("print", i(1), f(2.0), b(True), s("\n"))
builtin("print")
builtin("println", nil_of(ptr_to(INT)), nil_of(map_of(STRING, INT)), nil_of(chan_of(INT)),
        nil_of(func_of("func()")))
builtin("println", nil_of(slice_of(INT)))
builtin("println", nil_of(ERROR), nil_of(ANY))
builtin("println", slice(slice_of(INT), i(1), i(2)), addr=True)
builtin("println", ref(i(1)), ref(p12), addr=True)
builtin("println", conv(ANY, i(5)), conv(ERROR, val(ValErr, b"e")), addr=True)
builtin("println", mapv(map_of(STRING, INT)), addr=True)
builtin("println", val(MyInt, 4), val(MyString, b"ms"), val(MyFloat, 0.25), val(MyBool, True))
