"""How Go values live in the machine: the representation every runtime module shares.

The compiled program, the runtime library (fmt, strings, sync, ...), the heap and the
debugger all read and write Go values in this one representation, chosen so the common
operations are single Python operations:

  Go type                      Python value
  ---------------------------  -----------------------------------------------------------
  bool                         bool
  int, int8..uint64, uintptr   int, always inside the type's range (arithmetic wraps)
  float64                      float;  float32: float rounded to float32 (``f32``)
  string                       bytes (Go strings are byte strings: len, s[i], s[i:j] are bytes')
  *T, T struct or array        the StructVal / ArrayVal object itself (identity = address)
  *T, any other T              a Ref (a Box for a variable or new(T), an ElemRef for &a[i] / &s.f)
  nil pointer                  None
  [N]T                         ArrayVal (a list subclass; elements in this representation)
  struct                       StructVal subclass per struct type (a list of fields, in order)
  []T                          Slice(array list, offset, len, cap); nil slice = NIL_SLICE
  map[K]V                      GoMap, a dict (insertion ordered); nil map = NIL_MAP (reads ok, writes panic)
  chan T                       machine.chan.Chan; nil channel = None
  func                         a Python callable (a generator function: call with ``yield from``)
  interface (any, error, ...)  None when nil, else the pair (RType, value) — a tuple, hashable

Value semantics: a struct or array variable owns its object for its whole life; Go's
assignment copies *into* it (``copy_into``), so pointers taken to it, or into it, stay valid.
A fresh copy (``copy_value``) is made where Go makes a new variable.
"""
from __future__ import annotations

import struct as _struct


class RType:
    """A Go type at run time (reflect's rtype): what %T, %v, type assertions and
    interface method calls need.  Identical Go types share one RType object."""
    __slots__ = ("kind", "name", "elem", "key", "len", "fields", "methods", "named", "size",
                 "comparable", "zero", "msigs", "dir", "results", "params", "variadic", "pkgpath", "id")

    def __init__(self, kind: str, name: str):
        self.kind = kind          # "bool" "int" "int8" ... "uint64" "uintptr" "float32" "float64"
        #                           "string" "ptr" "slice" "array" "map" "chan" "struct" "func" "interface"
        self.name = name          # the %T text: "int", "main.P", "*main.P", "[]int", "map[string]bool"
        self.elem = None          # RType: ptr/slice/array/chan element, map value
        self.key = None           # RType: map key
        self.len = 0              # array length
        self.fields = ()          # struct: tuple of Field
        self.methods = {}         # method set: name -> Python function(receiver, *args) (a generator function)
        self.msigs = {}           # method signatures: name -> RType of kind "func" (params, results)
        self.named = False        # a defined (named) type: main.P, not struct{...}
        self.size = 0             # unsafe.Sizeof on amd64
        self.comparable = True
        self.zero = None          # zero() -> a fresh zero value of this type
        self.dir = "both"         # chan direction: "both" "send" "recv"
        self.params = ()          # func: parameter RTypes
        self.results = ()         # func: result RTypes
        self.variadic = False
        self.pkgpath = "main"
        self.id = 0               # index in the program's type table

    def __repr__(self) -> str:
        return f"RType({self.name})"


class Field:
    __slots__ = ("name", "type", "embedded", "exported")

    def __init__(self, name: str, type: RType, embedded: bool = False):
        self.name, self.type, self.embedded = name, type, embedded
        self.exported = name[:1].isupper()


class StructVal(list):
    """A struct value: its fields in declaration order.  Each struct type gets a subclass
    whose class attribute ``rtype`` is its RType.  Equal and hashable by contents, like Go.
    ``_h`` is its heap record when it lives on the heap (heap.py)."""
    __slots__ = ("_h",)
    rtype: RType = None  # type: ignore[assignment]

    def __hash__(self):  # type: ignore[override]
        return hash(tuple(self))


class ArrayVal(list):
    """A Go array value [N]T (``rtype`` set per array type, like StructVal)."""
    __slots__ = ("_h",)
    rtype: RType = None  # type: ignore[assignment]

    def __hash__(self):  # type: ignore[override]
        return hash(tuple(self))


class Ref:
    """A pointer to something that is not a struct or array: read and write through ``.v``."""
    __slots__ = ()


class Box(Ref):
    """A variable whose address is taken (or that moved to the heap), or new(T) of a
    non-aggregate T: the storage location itself."""
    __slots__ = ("v", "_h")

    def __init__(self, v):
        self.v = v


class ElemRef(Ref):
    """&a[i], &s.f, &slice[i] for a non-aggregate element: a place inside a list."""
    __slots__ = ("base", "i")

    def __init__(self, base: list, i: int):
        self.base, self.i = base, i

    @property
    def v(self):
        return self.base[self.i]

    @v.setter
    def v(self, value):
        self.base[self.i] = value

    def __eq__(self, other):
        return isinstance(other, ElemRef) and other.base is self.base and other.i == self.i

    def __hash__(self):
        return hash((id(self.base), self.i))


class Slice:
    """A slice header: ``a`` is the backing array (a Python list shared by all slices of it),
    ``o`` the offset of element 0, ``n`` the length, ``c`` the capacity (from ``o``)."""
    __slots__ = ("a", "o", "n", "c")

    def __init__(self, a: list, o: int, n: int, c: int):
        self.a, self.o, self.n, self.c = a, o, n, c

    def items(self) -> list:
        return self.a[self.o:self.o + self.n]

    def __repr__(self) -> str:
        return f"Slice({self.items()!r}, cap={self.c})"


NIL_SLICE = Slice([], 0, 0, 0)


class GoMap(dict):
    """A map: its entries (insertion ordered), and the shape of Go's hash table for it
    (maps.py): type, log2 of the buckets, the bucket arrays, the count that makes the next
    insert grow it."""
    __slots__ = ("_h", "rt", "B", "bk", "oldbk", "nevac", "lim")


class NilMap(dict):
    """The nil map: reads find nothing; writes panic as Go's do."""
    __slots__ = ()

    def __setitem__(self, key, value):
        from .panics import go_panic_error
        raise go_panic_error("assignment to entry in nil map", runtime=False)


NIL_MAP = NilMap()


def f32(x: float) -> float:
    """Round a float64 to the nearest float32 (Go's float32(x)); overflow becomes ±Inf."""
    try:
        return _struct.unpack("f", _struct.pack("f", x))[0]
    except OverflowError:
        return float("inf") if x > 0 else float("-inf")


def is_nil_slice(s: Slice) -> bool:
    return s is NIL_SLICE
