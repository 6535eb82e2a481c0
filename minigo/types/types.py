"""Go's types and objects, as ``cmd/compile/internal/types2`` models them.

A ``Type`` is one of Basic, Named, Pointer, Slice, Array, Map, Chan, Struct,
Signature, Interface or Tuple. Objects name things in scopes: Var, Const,
TypeName, Func, Builtin, PkgName, Nil, Label. ``type_string`` prints a type as
types2 does in error messages (``map[string]int``, ``func(x int) string``,
``sync.WaitGroup``; types of package main unqualified).

Sizes and alignment are Go's amd64 ones (``types2/sizes.go`` with WordSize=8,
MaxAlign=8): the stack model, frame layouts and the escape analysis' size
limits need them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..syntax.pos import NOPOS, Pos

# ---------------------------------------------------------------- basic types

INTEGER, UNSIGNED, FLOAT, STRING, BOOLEAN, UNTYPED = 1, 2, 4, 8, 16, 32


class Type:
    __slots__ = ()

    def underlying(self) -> "Type":
        return self


@dataclass(eq=False)
class Basic(Type):
    kind: str  # "int", "uint8", "untyped int", "untyped nil", "invalid" ...
    info: int
    name: str
    size: int = 0

    def __repr__(self) -> str:
        return self.name


def _basic(name, info, size, kind=None):
    return Basic(kind or name, info, name, size)


Invalid = _basic("invalid type", 0, 0, "invalid")
Bool = _basic("bool", BOOLEAN, 1)
Int = _basic("int", INTEGER, 8)
Int8 = _basic("int8", INTEGER, 1)
Int16 = _basic("int16", INTEGER, 2)
Int32 = _basic("int32", INTEGER, 4)
Int64 = _basic("int64", INTEGER, 8)
Uint = _basic("uint", INTEGER | UNSIGNED, 8)
Uint8 = _basic("uint8", INTEGER | UNSIGNED, 1)
Uint16 = _basic("uint16", INTEGER | UNSIGNED, 2)
Uint32 = _basic("uint32", INTEGER | UNSIGNED, 4)
Uint64 = _basic("uint64", INTEGER | UNSIGNED, 8)
Uintptr = _basic("uintptr", INTEGER | UNSIGNED, 8)
Float32 = _basic("float32", FLOAT, 4)
Float64 = _basic("float64", FLOAT, 8)
String = _basic("string", STRING, 16)
# byte and rune are aliases: the same objects under two names (types2 prints "byte"/"rune"
# only where the alias was written; for simplicity they print as their alias when named so).
Byte = Basic("uint8", INTEGER | UNSIGNED, "byte", 1)
Rune = Basic("int32", INTEGER, "rune", 4)
UntypedBool = _basic("untyped bool", BOOLEAN | UNTYPED, 0)
UntypedInt = _basic("untyped int", INTEGER | UNTYPED, 0)
UntypedRune = _basic("untyped rune", INTEGER | UNTYPED, 0)
UntypedFloat = _basic("untyped float", FLOAT | UNTYPED, 0)
UntypedString = _basic("untyped string", STRING | UNTYPED, 0)
UntypedNil = _basic("untyped nil", UNTYPED, 0)

TYPED_BASICS = [Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
                Float32, Float64, String]


def is_basic(t: Type, flag: int) -> bool:
    u = t.underlying()
    return isinstance(u, Basic) and bool(u.info & flag)


def is_integer(t): return is_basic(t, INTEGER)
def is_unsigned(t): return is_basic(t, UNSIGNED)
def is_float(t): return is_basic(t, FLOAT)
def is_numeric(t): return is_basic(t, INTEGER | FLOAT)
def is_string(t): return is_basic(t, STRING)
def is_boolean(t): return is_basic(t, BOOLEAN)
def is_untyped(t): return isinstance(t, Basic) and bool(t.info & UNTYPED)
def is_typed(t): return not is_untyped(t)
def is_constant_type(t): return is_basic(t, BOOLEAN | INTEGER | FLOAT | STRING)
def is_ordered(t): return is_basic(t, INTEGER | FLOAT | STRING)
def is_interface(t): return isinstance(t.underlying(), Interface)


def same_basic(a: Basic, b: Basic) -> bool:
    return a.kind == b.kind


# ---------------------------------------------------------------- composite types

@dataclass(eq=False)
class Pointer(Type):
    elem: Type


@dataclass(eq=False)
class Slice(Type):
    elem: Type


@dataclass(eq=False)
class Array(Type):
    len: int
    elem: Type


@dataclass(eq=False)
class Map(Type):
    key: Type
    elem: Type


SEND, RECV, BOTH = "send", "recv", "both"


@dataclass(eq=False)
class Chan(Type):
    dir: str
    elem: Type


@dataclass(eq=False)
class Struct(Type):
    fields: list["Var"]
    tags: list[Optional[str]] = field(default_factory=list)


@dataclass(eq=False)
class Tuple(Type):
    vars: list["Var"]

    def __len__(self) -> int:
        return len(self.vars)


@dataclass(eq=False)
class Signature(Type):
    params: Tuple
    results: Tuple
    variadic: bool = False
    recv: Optional["Var"] = None


@dataclass(eq=False)
class Interface(Type):
    methods: list["Func"]  # explicitly declared
    embeddeds: list[Type] = field(default_factory=list)
    _all: Optional[list["Func"]] = None

    def all_methods(self) -> list["Func"]:
        """The complete method set, sorted by name (types2's typeSet)."""
        if self._all is None:
            self._all = sorted(self.methods, key=lambda m: m.name)  # guards an embedding cycle
            seen: dict[str, Func] = {}
            for m in self.methods:
                seen.setdefault(m.name, m)
            for e in self.embeddeds:
                u = e.underlying()
                if isinstance(u, Interface):
                    for m in u.all_methods():
                        seen.setdefault(m.name, m)
            self._all = sorted(seen.values(), key=lambda m: m.name)
        return self._all

    def empty(self) -> bool:
        return not self.all_methods()


@dataclass(eq=False)
class Named(Type):
    obj: "TypeName"
    under: Optional[Type] = None  # set once the declaration is resolved
    methods: list["Func"] = field(default_factory=list)
    pkg: str = "main"
    rhs: Optional[Type] = None  # the type the declaration names, before taking its underlying type

    def underlying(self) -> Type:
        u = self.under
        return u if u is not None else Invalid


# ---------------------------------------------------------------- objects

@dataclass(eq=False)
class Object:
    name: str
    type: Optional[Type]
    pos: Pos = NOPOS
    pkg: str = "main"


@dataclass(eq=False)
class Var(Object):
    used: bool = False
    is_field: bool = False
    embedded: bool = False
    is_param: bool = False
    is_global: bool = False


@dataclass(eq=False)
class Const(Object):
    val: object = None  # a constant.Value


@dataclass(eq=False)
class TypeName(Object):
    pass


@dataclass(eq=False)
class Func(Object):
    decl: object = None  # the ast.FuncDecl, for package-level functions

    @property
    def sig(self) -> Signature:
        return self.type  # type: ignore[return-value]


@dataclass(eq=False)
class Builtin(Object):
    pass


@dataclass(eq=False)
class PkgName(Object):
    path: str = ""
    used: bool = False
    scope: object = None


@dataclass(eq=False)
class Nil(Object):
    pass


# ---------------------------------------------------------------- type strings

def type_string(t: Optional[Type], qualify_main: bool = False) -> str:
    return _TypeWriter(qualify_main).write(t)


class _TypeWriter:
    def __init__(self, qualify_main: bool):
        self.qualify_main = qualify_main
        self.seen: set[int] = set()

    def write(self, t) -> str:
        if t is None:
            return "<nil>"
        if isinstance(t, Basic):
            return t.name
        if isinstance(t, Named):
            if t.pkg != "main" or self.qualify_main:
                return f"{t.pkg}.{t.obj.name}"
            return t.obj.name
        if isinstance(t, Pointer):
            return "*" + self.write(t.elem)
        if isinstance(t, Slice):
            return "[]" + self.write(t.elem)
        if isinstance(t, Array):
            return f"[{t.len}]" + self.write(t.elem)
        if isinstance(t, Map):
            return f"map[{self.write(t.key)}]{self.write(t.elem)}"
        if isinstance(t, Chan):
            if t.dir == RECV:
                return "<-chan " + self.write(t.elem)
            if t.dir == SEND:
                return "chan<- " + self.write(t.elem)
            if isinstance(t.elem, Chan) and t.elem.dir == RECV:
                return f"chan ({self.write(t.elem)})"
            return "chan " + self.write(t.elem)
        if isinstance(t, Struct):
            parts = []
            for i, f in enumerate(t.fields):
                s = self.write(f.type) if f.embedded else f"{f.name} {self.write(f.type)}"
                tag = t.tags[i] if i < len(t.tags) else None
                if tag:
                    s += " " + _go_quote(_tag_value(tag))
                parts.append(s)
            return "struct{" + "; ".join(parts) + "}"
        if isinstance(t, Tuple):
            return self.tuple(t, False)
        if isinstance(t, Signature):
            return "func" + self.signature(t)
        if isinstance(t, Interface):
            if t is ANY:
                return "any"
            if id(t) in self.seen:
                return "interface{...}"
            self.seen.add(id(t))
            parts = [self.write(e) for e in t.embeddeds]
            parts = [m.name + self.signature(m.type) for m in t.methods] + parts
            return "interface{" + "; ".join(parts) + "}"
        return "<?>"

    def tuple(self, t: Tuple, variadic: bool) -> str:
        parts = []
        for i, v in enumerate(t.vars):
            if variadic and i == len(t.vars) - 1:
                ts = "..." + self.write(v.type.elem if isinstance(v.type, Slice) else v.type)
            else:
                ts = self.write(v.type)
            parts.append(f"{v.name} {ts}" if v.name else ts)
        return "(" + ", ".join(parts) + ")"

    def signature(self, s: Signature) -> str:
        out = self.tuple(s.params, s.variadic)
        n = len(s.results.vars)
        if n == 0:
            return out
        if n == 1 and not s.results.vars[0].name:
            return out + " " + self.write(s.results.vars[0].type)
        return out + " " + self.tuple(s.results, False)


def _tag_value(tag: str) -> str:
    if tag.startswith("`"):
        return tag[1:-1]
    return tag[1:-1]


def _go_quote(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# The universe's `any`: printed as "any" (types2 does so for the pointer-identical type).
ANY = Interface([])
ERROR_METHOD_SIG = Signature(Tuple([]), Tuple([Var("", String)]))
ERROR_TYPE = Named(TypeName("error", None, pkg=""), None, pkg="main")
ERROR_TYPE.obj.type = ERROR_TYPE
ERROR_TYPE.under = Interface([Func("Error", ERROR_METHOD_SIG, pkg="")])


# ---------------------------------------------------------------- sizes (amd64)

WORD = 8


def sizeof(t: Type) -> int:
    u = t.underlying()
    if isinstance(u, Basic):
        return u.size
    if isinstance(u, (Pointer, Map, Chan, Signature)):
        return WORD
    if isinstance(u, Slice):
        return 3 * WORD
    if isinstance(u, Interface):
        return 2 * WORD
    if isinstance(u, Array):
        n = u.len
        if n == 0:
            return 0
        esize = sizeof(u.elem)
        return esize * n
    if isinstance(u, Struct):
        offsets = field_offsets(u)
        if not u.fields:
            return 0
        last = offsets[-1] + sizeof(u.fields[-1].type)
        # gc pads a final zero-size field so that its address stays inside the struct,
        # unless the whole struct is zero-size (cmd/compile/internal/types CalcStructSize)
        if sizeof(u.fields[-1].type) == 0 and last > 0:
            last += 1
        return _align(last, alignof(u))
    return WORD


def alignof(t: Type) -> int:
    u = t.underlying()
    if isinstance(u, Array):
        return alignof(u.elem)
    if isinstance(u, Struct):
        return max((alignof(f.type) for f in u.fields), default=1)
    if isinstance(u, (Slice, Interface)):
        return WORD
    if isinstance(u, Basic):
        if u.info & STRING:
            return WORD
        return max(1, min(u.size, WORD))
    return WORD


def field_offsets(s: Struct) -> list[int]:
    offsets, off = [], 0
    for f in s.fields:
        a = alignof(f.type)
        off = _align(off, a)
        offsets.append(off)
        off += sizeof(f.type)
    return offsets


def _align(x: int, a: int) -> int:
    return (x + a - 1) // a * a
