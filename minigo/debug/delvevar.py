"""What Delve loads of a variable before printing it: its ``Variable`` tree, cut short by a
load configuration, as pkg/proc/variables.go's ``loadValueInternal`` builds it and
service/api hands it to the terminal.

Delve never reads a whole value.  A *load config* bounds it:

* ``max_variable_recurse``: structs and maps are loaded down to this depth (the variable
  is depth 0, its fields, elements and map entries depth 1, ...).  A struct below it has
  no children (printed ``(*T)(addr)``), a map only its length (``[...]``), an interface
  only its dynamic type.  Slices and arrays load their elements at any depth.
* ``follow_pointers``: load what a pointer points at, at the pointer's own depth (one
  deeper if it points at an interface); otherwise keep only its address.
* ``max_string_len``: bytes of a string read (the rest printed as ``...+N more``).
* ``max_array_values``: elements of a slice or array, entries of a map.
* ``max_struct_fields``: fields of a struct (-1: all).

The terminal (pkg/terminal/command.go) uses two: ``SHORT`` for ``locals`` and ``args``,
``NORMAL`` for ``print``.

A map's entries come in the order Delve walks the hash table: bucket by bucket, slot by
slot.  minigo lists them in insertion order (GoMap's), which is the same for a map of at
most 8 entries (one bucket) as long as none was deleted (Go reuses the freed slot) and it
was not made by a literal mixing constant and computed entries (gc inserts the constant
ones first, walk/complit.go's maplit).  With more than 8 entries the buckets depend on the
per-process hash seed, so Delve's own order changes from run to run.

Simplified: addresses are the machine's (``addr_of``); where Delve prints the address of
an interface's own words, minigo prints the address it gives the interface's value.
A channel keeps only its length and capacity, not the other fields of Delve's ``hchan``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice

from ..machine.values import NIL_MAP, NIL_SLICE, Ref, Slice


@dataclass(frozen=True)
class LoadConfig:
    """api.LoadConfig."""
    follow_pointers: bool
    max_variable_recurse: int
    max_string_len: int
    max_array_values: int
    max_struct_fields: int


SHORT = LoadConfig(follow_pointers=False, max_variable_recurse=0, max_string_len=64,
                   max_array_values=0, max_struct_fields=3)  # ShortLoadConfig: locals, args
NORMAL = LoadConfig(follow_pointers=True, max_variable_recurse=1, max_string_len=64,
                    max_array_values=64, max_struct_fields=-1)  # the terminal's print


@dataclass
class Variable:
    """api.Variable: what the terminal prints from.  ``absent`` is Delve's ``Addr == 0``:
    the target of a nil pointer, the data of a nil interface (kind "invalid", type "void")."""
    kind: str                 # the RType kind, or "invalid"
    type: str                 # Delve's type name (the %T text)
    name: str = ""            # a struct field's name
    place: tuple = ()         # (machine, object): where it is, for the address printed
    absent: bool = False
    nil: bool = False         # a nil slice, map, chan or func (Delve's Base == 0)
    value: object = None      # bool/number text; a string's loaded bytes; chan/func text
    len: int = 0              # string bytes, elements, entries, struct fields
    cap: int = 0
    children: list = field(default_factory=list)
    only_addr: bool = False   # pointed at but not loaded

    @property
    def addr(self) -> int:
        """Printed for pointers, unloaded structs, interface data; asked only then, as
        the machine makes up addresses for objects in the order they are asked for."""
        return self.place[0].addr_of(self.place[1]) if self.place else 0


def load(m, rt, v, level: int, cfg: LoadConfig, name: str = "") -> Variable:
    """loadValueInternal: v (a machine value of type rt) as Delve loads it at this depth."""
    k = rt.kind
    var = Variable(k, rt.name, name)
    if k == "ptr":
        var.len = 1
        var.children = [_pointee(m, rt, v, level, cfg)]
    elif k == "map":
        var.nil = v is None or v is NIL_MAP
        var.len = 0 if var.nil else len(v)
        if level <= cfg.max_variable_recurse and not var.nil:
            for a, b in islice(v.items(), max(cfg.max_array_values, 0)):
                var.children += [load(m, rt.key, a, level + 1, cfg), load(m, rt.elem, b, level + 1, cfg)]
    elif k == "string":
        var.len, var.value = len(v), v[:cfg.max_string_len]
    elif k in ("slice", "array"):
        if k == "slice":
            var.nil = v is None or v is NIL_SLICE or (isinstance(v, Slice) and v.a is None)
            items = [] if var.nil else v.a[v.o:v.o + v.n]
            var.len, var.cap = len(items), 0 if var.nil else v.c
        else:
            items, var.len = list(v), rt.len
        var.children = [load(m, rt.elem, x, level + 1, cfg) for x in items[:cfg.max_array_values]]
    elif k == "struct":
        var.len, var.place = len(rt.fields), (m, v)
        if level <= cfg.max_variable_recurse:
            n = len(rt.fields) if cfg.max_struct_fields < 0 else cfg.max_struct_fields
            var.children = [load(m, f.type, x, level + 1, cfg, f.name)
                            for f, x in islice(zip(rt.fields, v), n)]
    elif k == "interface":
        var.children = [_data(m, v, level, cfg)]
    elif k == "chan":
        var.nil = v is None
        if not var.nil:
            var.len, var.cap = len(v.buf), v.cap  # hchan's qcount and dataqsiz
    elif k == "func":
        var.nil = v is None
        var.value = "" if v is None else _func_name(m, v)
    else:
        var.value = _basic(rt, v)
    return var


def _pointee(m, rt, v, level: int, cfg: LoadConfig) -> Variable:
    """maybeDereference, then loaded (follow_pointers) or only its address kept."""
    et = rt.elem
    if v is None:
        return Variable(et.kind, et.name, absent=True)
    target = v.v if isinstance(v, Ref) else v  # a pointer to a struct or array is the object
    if not cfg.follow_pointers:
        return Variable(et.kind, et.name, place=(m, v), only_addr=True)
    child = load(m, et, target, level + 1 if et.kind == "interface" else level, cfg)
    child.place = (m, v)
    return child


def _data(m, v, level: int, cfg: LoadConfig) -> Variable:
    """loadInterface: the dynamic value, loaded only down to max_variable_recurse."""
    if v is None:
        return Variable("invalid", "void", absent=True)
    drt, dv = v
    if level <= cfg.max_variable_recurse:
        data = load(m, drt, dv, level, cfg)
    else:
        data = Variable(drt.kind, drt.name, only_addr=True)  # a pointer keeps no children
    if drt.kind == "ptr":
        data.place = (m, dv)
    else:
        data.place = (m, dv if drt.kind in ("struct", "array") else v)
    return data


def _basic(rt, v) -> str:
    if rt.kind == "bool":
        return "true" if v else "false"
    if rt.kind in ("float32", "float64"):
        from ..machine import fmt as gofmt
        return gofmt.sprint([(rt, v)], None).decode()
    return str(v)


def _func_name(m, fn) -> str:
    """readFunctionPtr: the name of the function the value's code pointer is in
    (``main.hello``, ``main.main.func1``)."""
    code = getattr(fn, "__code__", None)
    name = m.program.funcnames.get(code.co_name) if code is not None else None
    return name or f"{getattr(fn, '__name__', 'func')} {m.addr_of(fn):#x}"
