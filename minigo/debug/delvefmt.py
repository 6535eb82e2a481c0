"""Values as Delve 1.20 prints them (``locals``, ``args``, ``print``), so ``minigo debug``
reads like ``dlv debug``; the rules of service/api/prettyprint.go applied to the
``Variable`` tree that delvevar.py loads.

``locals`` and ``args`` load with the short config and print each value on one line with
its type (``SinglelineString``)::

    o = main.Out {n: 1, in: (*main.In)(0xc000049e28), s: []int len: 2, cap: 2, [...],...+5 more}

``print`` loads one level deeper, follows pointers, and prints with newlines
(``MultilineString``)::

    main.Out {
    	n: 1,
    	in: main.In {a: 2, b: 3},
    	s: []int len: 2, cap: 2, [4,5],
    	str: "hi",}

Three flags travel down (``writeTo``'s prettyFlags):

* *top*: the variable itself, not a part of one.  A part whose address is 0 (a nil
  pointer's target, a nil interface's data) prints ``T nil`` or ``nil``.
* *include type*: a struct field, a pointer's target and the variable itself carry their
  type; elements of slices, arrays and maps do not (``[]main.In ... [{a: 1, b: 2}]``).
  An interface prints ``T(dynamic type)`` when it carries its type, and its value then
  without one; without it, the value with its type.
* *newlines*: asked by ``print``.  A struct then puts each field on its own line, a slice
  or array each element, if some field (or the first element) is, through any pointers,
  a slice, array, struct, map or interface, or a string reached through a pointer or
  longer than 7 bytes (``shouldNewlineStruct``, ``shouldNewlineArray``); a non-empty map
  always does.  A child inherits newlines only from a parent that broke its lines.
  Each line is indented one tab per level; a struct closes with ``,}`` on the last field's
  line, a slice, array or map with its bracket on a line of its own.

What was not loaded shows as Delve shows it: ``[...]`` for elements, ``...+N more`` after
some, ``(*T)(addr)`` for a struct's fields, ``"..."`` cut at 64 bytes then ``...+N more``.
"""
from __future__ import annotations

from ..machine.strconv import quote
from .delvevar import NORMAL, SHORT, Variable, load

TOP, NEWLINES, INCLUDE_TYPE = 1, 2, 4
INDENT = "\t"
MAX_SHORT_STRING_LEN = 7  # maxShortStringLen: longer strings break composite values into lines


def delve_value(m, rt, v, full: bool, top: bool = True) -> str:
    """v of type rt as ``print`` (full) or ``locals`` (not full) shows it."""
    var = load(m, rt, v, 0, NORMAL if full else SHORT)
    flags = INCLUDE_TYPE | (NEWLINES if full else 0) | (TOP if top else 0)
    out: list[str] = []
    write(out, var, flags, "")
    return "".join(out)


def write(out: list, v: Variable, flags: int, indent: str) -> None:
    """writeTo."""
    if not flags & TOP and v.absent:
        out.append(f"{v.type} nil" if flags & INCLUDE_TYPE and v.type != "void" else "nil")
        return
    k = v.kind
    if k == "slice":
        if flags & INCLUDE_TYPE:
            out.append(f"{v.type} len: {v.len}, cap: {v.cap}, ")
        if v.nil and not v.children:
            out.append("nil")
        else:
            _write_elems(out, v, flags, indent)
    elif k == "array":
        if flags & INCLUDE_TYPE:
            out.append(f"{v.type} ")
        _write_elems(out, v, flags, indent)
    elif k == "ptr":
        target = v.children[0]
        if target.only_addr and target.addr:
            out.append(f"({v.type})({target.addr:#x})")
        else:
            out.append("*")
            write(out, target, flags & ~TOP, indent)
    elif k == "struct":
        _write_struct(out, v, flags, indent)
    elif k == "interface":
        _write_interface(out, v, flags, indent)
    elif k == "map":
        _write_map(out, v, flags, indent)
    elif k == "string":
        s = v.value if len(v.value) == v.len else v.value + b"...+%d more" % (v.len - len(v.value))
        out.append(quote(s).decode("utf-8", "replace"))
    elif k == "chan":
        _write_chan(out, v, flags)
    elif k == "func":
        out.append("nil" if v.nil else v.value)
    else:
        out.append(v.value)


def _write_chan(out: list, v: Variable, flags: int) -> None:
    """A channel is its hchan: with newlines Delve prints that struct (for a nil channel,
    one without fields); minigo keeps the one-line form, ``len/cap``, for a live one."""
    if v.nil:
        out.append(f"{v.type} {{}}" if flags & NEWLINES else f"{v.type} nil")
    else:
        out.append(f"{v.type} {v.len}/{v.cap}")


def _write_struct(out: list, v: Variable, flags: int, indent: str) -> None:
    if v.len != len(v.children) and not v.children:  # below max_variable_recurse
        out.append(f"(*{v.type})({v.addr:#x})")
        return
    if flags & INCLUDE_TYPE:
        out.append(f"{v.type} ")
    nl = bool(flags & NEWLINES) and any(_breaks_lines(c, True) for c in v.children)
    out.append("{")
    for i, c in enumerate(v.children):
        if nl:
            out.append(f"\n{indent}{INDENT}")
        out.append(f"{c.name}: ")
        write(out, c, INCLUDE_TYPE | (NEWLINES if nl else 0), indent + INDENT)
        if i != len(v.children) - 1 or nl:
            out.append("," if nl else ", ")
    if len(v.children) != v.len:
        out.append(f"\n{indent}{INDENT}" if nl else ",")
        out.append(f"...+{v.len - len(v.children)} more")
    out.append("}")


def _write_elems(out: list, v: Variable, flags: int, indent: str) -> None:
    """writeSliceOrArrayTo."""
    nl = bool(flags & NEWLINES) and bool(v.children) and (
        _breaks_lines(v.children[0], False)
        or (_kind_through_pointers(v.children[0])[0] == "string"
            and any(len(c.value or b"") > MAX_SHORT_STRING_LEN for c in v.children)))
    out.append("[")
    for i, c in enumerate(v.children):
        if nl:
            out.append(f"\n{indent}{INDENT}")
        write(out, c, NEWLINES if nl else 0, indent + INDENT)
        if i != len(v.children) - 1 or nl:
            out.append(",")
    _write_more(out, v, len(v.children), v.len, nl, indent)
    if nl:
        out.append(f"\n{indent}")
    out.append("]")


def _write_map(out: list, v: Variable, flags: int, indent: str) -> None:
    """writeMapTo: children are key, value, key, value, ..."""
    if flags & INCLUDE_TYPE:
        out.append(f"{v.type} ")
    if v.nil and not v.children:
        out.append("nil")
        return
    nl = bool(flags & NEWLINES) and bool(v.children)
    out.append("[")
    for i in range(0, len(v.children), 2):
        if nl:
            out.append(f"\n{indent}{INDENT}")
        write(out, v.children[i], 0, indent + INDENT)
        out.append(": ")
        write(out, v.children[i + 1], NEWLINES if nl else 0, indent + INDENT)
        if i != len(v.children) - 1 or nl:
            out.append(", ")
    _write_more(out, v, len(v.children) // 2, v.len, nl, indent)
    if nl:
        out.append(f"\n{indent}")
    out.append("]")


def _write_more(out: list, v: Variable, loaded: int, total: int, nl: bool, indent: str) -> None:
    """What a slice, array or map did not load: ``...`` for all of it, ``...+N more``."""
    if loaded == total:
        return
    if loaded == 0:
        out.append("...")
        return
    out.append(f"\n{indent}{INDENT}" if nl else ",")
    out.append(f"...+{total - loaded} more")


def _write_interface(out: list, v: Variable, flags: int, indent: str) -> None:
    data = v.children[0]
    include = bool(flags & INCLUDE_TYPE)
    if include:
        if data.kind == "invalid":
            out.append(f"{v.type} nil")
            return
        out.append(f"{v.type}({data.type}) ")
    inner = (flags & ~TOP & ~INCLUDE_TYPE) | (0 if include else INCLUDE_TYPE)
    if data.kind == "ptr":
        if not data.children:
            out.append("...")
        elif data.children[0].absent:
            out.append("nil")
        elif data.children[0].only_addr:
            out.append(f"{data.addr:#x}")
        else:
            write(out, data, inner, indent)
    elif data.only_addr:
        out.append(f"*(*{v.type})({data.addr:#x})")
    else:
        write(out, data, inner, indent)


def _kind_through_pointers(v: Variable) -> tuple[str, bool]:
    """recursiveKind: the kind under any pointers, and whether there were any."""
    hasptr = False
    while v.kind == "ptr":
        hasptr = True
        if not v.children:
            break
        v = v.children[0]
    return v.kind, hasptr


def _breaks_lines(c: Variable, strings: bool) -> bool:
    """Whether this child makes its struct (or slice) print one child per line."""
    kind, hasptr = _kind_through_pointers(c)
    if kind in ("slice", "array", "struct", "map", "interface"):
        return True
    if kind == "string" and hasptr:
        return True
    return strings and kind == "string" and len(c.value or b"") > MAX_SHORT_STRING_LEN
