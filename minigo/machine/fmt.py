"""Go's fmt package: Print, Println, Printf (as Sprint, Sprintln, Sprintf) and Errorf,
with errors.New, byte for byte as go1.19 prints.

Mirrors ``src/fmt/print.go``: a printer (``pp``) walks the format, and for each operand
``print_arg`` picks a routine by the operand's dynamic type, or, for other types,
``handle_methods`` (Error() and String() methods) and ``print_value``, which walks
structs, slices, maps and pointers as reflect does.  ``fmt_format.Fmt`` (format.go) does
the padding and digits; ``fmtsort`` orders map keys; ``strconv`` formats floats and quotes.

Operands are Go interface values in the machine's representation (``values.py``): ``None``
for a nil interface, else a pair ``(rtype, value)``.  Results are ``bytes``.

The ``env`` argument connects fmt to the running machine: ``env.call(fn, *args)`` runs a
Go method (a generator function) to completion and returns its result, and
``env.addr(obj)`` is the address printed for a pointer, map, channel, func or slice.

Simplified: no Formatter (``Format(fmt.State, rune)``) support; ``reflect``'s
"cannot Interface" rule for unexported fields is modelled with the two read-only flags
(sticky for unexported fields, not sticky for embedded unexported ones), as reflect does.
"""
from __future__ import annotations

from . import fmtsort
from .fmt_format import LDIGITS, UDIGITS, Fmt
from .panics import GoPanic, as_panic
from .utf8 import encode_rune, decode_rune
from .goerrors import WRAP_ERROR_PTR_RTYPE, WrapError, errors_new  # noqa: F401 (errors_new: API)
from .values import NIL_MAP, NIL_SLICE, RType

NIL_ANGLE = b"<nil>"
NIL_PAREN = b"(nil)"
PERCENT_BANG = b"%!"
MISSING = b"(MISSING)"
BAD_INDEX = b"(BADINDEX)"
PANIC = b"(PANIC="
EXTRA = b"%!(EXTRA "
BAD_WIDTH = b"%!(BADWIDTH)"
BAD_PREC = b"%!(BADPREC)"
NO_VERB = b"%!(NOVERB)"

SIGNED_KINDS = frozenset({"int", "int8", "int16", "int32", "int64"})
UNSIGNED_KINDS = frozenset({"uint", "uint8", "uint16", "uint32", "uint64", "uintptr"})
INT_KINDS = SIGNED_KINDS | UNSIGNED_KINDS
BASIC_KINDS = INT_KINDS | {"bool", "float32", "float64", "string"}
POINTER_KINDS = frozenset({"chan", "func", "map", "ptr", "slice"})

# reflect's read-only flags: a value reached through an unexported field cannot be
# Interface()d, so its methods are not called.  STICKY spreads to everything inside;
# EMBED (an unexported embedded field) spreads only through pointers.
RO_STICKY = 1
RO_EMBED = 2


def _sticky(ro: int) -> int:
    return RO_STICKY if ro else 0


def _has_sig(rt: RType, name: str) -> bool:
    """rt's method ``name`` has Go's signature ``func() string`` (or no recorded signature)."""
    sig = getattr(rt, "msigs", {}).get(name)
    if sig is None:
        return True
    return not sig.params and len(sig.results) == 1 and sig.results[0].name == "string"


def is_error(arg) -> bool:
    """arg (an interface value) implements error."""
    return arg is not None and "Error" in arg[0].methods and _has_sig(arg[0], "Error")


class _Printer:
    """Go's ``pp``: the state of one Sprint/Sprintf call."""
    __slots__ = ("buf", "fmt", "arg", "value", "env", "reordered", "good_arg_num",
                 "panicking", "erroring", "wrap_errs", "wrapped_err")

    def __init__(self, env):
        self.buf = bytearray()
        self.fmt = Fmt(self.buf)
        self.env = env
        self.arg = None
        self.value = None  # (rtype, value, ro) or None: reflect.Value{}
        self.reordered = self.good_arg_num = False
        self.panicking = self.erroring = self.wrap_errs = False
        self.wrapped_err = None

    # ---- errors in the format ----

    def bad_verb(self, verb: str) -> None:
        """%!verb(type=value): the verb does not apply to the operand."""
        self.erroring = True
        buf = self.buf
        buf += PERCENT_BANG + encode_rune(ord(verb)) + b"("
        if self.arg is not None:
            buf += self.arg[0].name.encode() + b"="
            self.print_arg(self.arg, "v")
        elif self.value is not None:
            rt, v, ro = self.value
            buf += rt.name.encode() + b"="
            self.print_value(rt, v, "v", 0, ro)
        else:
            buf += NIL_ANGLE
        buf += b")"
        self.erroring = False

    # ---- operands by kind ----

    def fmt_bool(self, v: bool, verb: str) -> None:
        if verb in "tv":
            self.fmt.fmt_boolean(v)
        else:
            self.bad_verb(verb)

    def fmt_0x64(self, v: int, leading0x: bool) -> None:
        """%#x of an address or unsigned value, '0x' or not."""
        f = self.fmt
        sharp = f.sharp
        f.sharp = leading0x
        f.fmt_integer(v, 16, False, "v", LDIGITS)
        f.sharp = sharp

    def fmt_integer(self, v: int, is_signed: bool, verb: str) -> None:
        f = self.fmt
        if verb == "v":
            if f.sharp_v and not is_signed:
                self.fmt_0x64(v, True)
            else:
                f.fmt_integer(v, 10, is_signed, verb, LDIGITS)
        elif verb == "d":
            f.fmt_integer(v, 10, is_signed, verb, LDIGITS)
        elif verb == "b":
            f.fmt_integer(v, 2, is_signed, verb, LDIGITS)
        elif verb in "oO":
            f.fmt_integer(v, 8, is_signed, verb, LDIGITS)
        elif verb == "x":
            f.fmt_integer(v, 16, is_signed, verb, LDIGITS)
        elif verb == "X":
            f.fmt_integer(v, 16, is_signed, verb, UDIGITS)
        elif verb == "c":
            f.fmt_c(v)
        elif verb == "q":
            f.fmt_qc(v)
        elif verb == "U":
            f.fmt_unicode(v)
        else:
            self.bad_verb(verb)

    def fmt_float(self, v: float, size: int, verb: str) -> None:
        f = self.fmt
        if verb == "v":
            f.fmt_float(v, size, "g", -1)
        elif verb in "bgGxX":
            f.fmt_float(v, size, verb, -1)
        elif verb in "feE":
            f.fmt_float(v, size, verb, 6)
        elif verb == "F":
            f.fmt_float(v, size, "f", 6)
        else:
            self.bad_verb(verb)

    def fmt_string(self, v: bytes, verb: str) -> None:
        f = self.fmt
        if verb == "v":
            if f.sharp_v:
                f.fmt_q(v)
            else:
                f.fmt_s(v)
        elif verb == "s":
            f.fmt_s(v)
        elif verb == "x":
            f.fmt_sbx(v, LDIGITS)
        elif verb == "X":
            f.fmt_sbx(v, UDIGITS)
        elif verb == "q":
            f.fmt_q(v)
        else:
            self.bad_verb(verb)

    def fmt_bytes(self, v: bytes, is_nil: bool, verb: str, type_string: bytes, rt, orig) -> None:
        """A []byte (or [N]byte): a list of numbers for %v and %d, text for %s %q %x %X.
        Other verbs print the original value ``orig`` (of type rt) element by element."""
        f, buf = self.fmt, self.buf
        if verb in "vd":
            if f.sharp_v:
                buf += type_string
                if is_nil:
                    buf += NIL_PAREN
                    return
                buf += b"{"
                for i, c in enumerate(v):
                    if i > 0:
                        buf += b", "
                    self.fmt_0x64(c, True)
                buf += b"}"
            else:
                buf += b"["
                for i, c in enumerate(v):
                    if i > 0:
                        buf += b" "
                    f.fmt_integer(c, 10, False, verb, LDIGITS)
                buf += b"]"
        elif verb == "s":
            f.fmt_bs(v)
        elif verb == "x":
            f.fmt_sbx(v, LDIGITS)
        elif verb == "X":
            f.fmt_sbx(v, UDIGITS)
        elif verb == "q":
            f.fmt_q(v)
        else:
            self.print_value(rt, orig, verb, 0, 0)

    def pointer(self, rt, v) -> int:
        """reflect.Value.Pointer: the address a pointer-like value holds (0 when nil)."""
        if v is None or v is NIL_SLICE or v is NIL_MAP:
            return 0
        if rt.kind == "slice":
            return self.env.addr(v.a) + v.o * max(rt.elem.size, 1)
        return self.env.addr(v)

    def fmt_pointer(self, rt, v, verb: str) -> None:
        if rt.kind not in POINTER_KINDS:
            self.bad_verb(verb)
            return
        u = self.pointer(rt, v)
        f, buf = self.fmt, self.buf
        if verb == "v":
            if f.sharp_v:
                buf += b"(" + rt.name.encode() + b")("
                if u == 0:
                    buf += b"nil"
                else:
                    self.fmt_0x64(u, True)
                buf += b")"
            elif u == 0:
                f.pad_string(NIL_ANGLE)
            else:
                self.fmt_0x64(u, not f.sharp)
        elif verb == "p":
            self.fmt_0x64(u, not f.sharp)
        elif verb in "bodxX":
            self.fmt_integer(u, False, verb)
        else:
            self.bad_verb(verb)

    # ---- methods ----

    def catch_panic(self, exc: BaseException, arg, verb: str, method: str) -> None:
        """A panic in an Error/String method: %!v(PANIC=String method: msg)."""
        exc = as_panic(exc)
        if not isinstance(exc, GoPanic):
            raise exc
        rt, v = arg
        if rt.kind == "ptr" and v is None:  # a nil receiver: print <nil>
            self.buf += NIL_ANGLE
            return
        if self.panicking:  # nested panics, the recursion in print_arg cannot succeed
            raise exc
        old_flags = self.fmt.get_flags()
        self.fmt.clearflags()
        self.buf += PERCENT_BANG + encode_rune(ord(verb)) + PANIC + method.encode() + b" method: "
        self.panicking = True
        self.print_arg(exc.value, "v")
        self.panicking = False
        self.buf += b")"
        self.fmt.set_flags(old_flags)

    def handle_methods(self, verb: str) -> bool:
        """Print the operand with its Error() or String() method, if it has one the verb uses."""
        if self.erroring or getattr(self.env, "no_methods", False):  # a debugger reads, never runs
            return False
        arg = self.arg
        if verb == "w":
            # It is invalid to use %w other than with Errorf, more than once, or with a non-error arg.
            if not is_error(arg) or not self.wrap_errs or self.wrapped_err is not None:
                self.wrapped_err = None
                self.wrap_errs = False
                self.bad_verb(verb)
                return True
            self.wrapped_err = arg
            verb = "v"
        if arg is None:
            return False
        rt = arg[0]
        methods = rt.methods
        if not methods:
            return False
        if self.fmt.sharp_v:
            name = "GoString"
            if name not in methods or not _has_sig(rt, name):
                return False
        elif verb in "vsxXq":
            if "Error" in methods and _has_sig(rt, "Error"):
                name = "Error"
            elif "String" in methods and _has_sig(rt, "String"):
                name = "String"
            else:
                return False
        else:
            return False
        try:
            s = self.env.call(methods[name], arg[1])
        except Exception as exc:  # noqa: BLE001 - a Go panic, or a Python error standing for one
            self.catch_panic(exc, arg, verb, name)
            return True
        if name == "GoString":
            self.fmt.fmt_s(s)
        else:
            self.fmt_string(s, verb)
        return True

    # ---- the operand walk ----

    def print_arg(self, arg, verb: str) -> None:
        """One operand (an interface value) for one verb."""
        self.arg = arg
        self.value = None
        if arg is None:
            if verb in "Tv":
                self.fmt.pad_string(NIL_ANGLE)
            else:
                self.bad_verb(verb)
            return
        rt, v = arg
        if verb == "T":
            self.fmt.fmt_s(rt.name.encode())
            return
        if verb == "p":
            self.fmt_pointer(rt, v, "p")
            return
        kind = rt.kind
        if not rt.named:  # the type switch on basic types and []byte
            if kind in SIGNED_KINDS:
                self.fmt_integer(v, True, verb)
                return
            if kind in UNSIGNED_KINDS:
                self.fmt_integer(v, False, verb)
                return
            if kind == "string":
                self.fmt_string(v, verb)
                return
            if kind == "float64":
                self.fmt_float(v, 64, verb)
                return
            if kind == "bool":
                self.fmt_bool(v, verb)
                return
            if kind == "float32":
                self.fmt_float(v, 32, verb)
                return
            if kind == "slice" and rt.elem.name == "uint8":
                self.fmt_bytes(bytes(v.a[v.o:v.o + v.n]), v is NIL_SLICE, verb, b"[]byte", rt, v)
                return
        if not self.handle_methods(verb):
            self.print_value(rt, v, verb, 0, 0)

    def print_value(self, rt, v, verb: str, depth: int, ro: int) -> None:
        """reflect-driven printing of v (of type rt); depth > 0 inside a composite value."""
        if depth > 0 and not ro:
            # A value inside a composite: its own Error/String methods apply.
            self.arg = v if rt.kind == "interface" else (rt, v)
            if self.handle_methods(verb):
                return
        self.arg = None
        self.value = (rt, v, ro)
        kind = rt.kind
        if kind in SIGNED_KINDS:
            self.fmt_integer(v, True, verb)
        elif kind in UNSIGNED_KINDS:
            self.fmt_integer(v, False, verb)
        elif kind == "string":
            self.fmt_string(v, verb)
        elif kind == "bool":
            self.fmt_bool(v, verb)
        elif kind == "float64":
            self.fmt_float(v, 64, verb)
        elif kind == "float32":
            self.fmt_float(v, 32, verb)
        elif kind == "struct":
            self._print_struct(rt, v, verb, depth, ro)
        elif kind in ("slice", "array"):
            self._print_list(rt, v, verb, depth, ro)
        elif kind == "map":
            self._print_map(rt, v, verb, depth, ro)
        elif kind == "interface":
            if v is None:
                if self.fmt.sharp_v:
                    self.buf += rt.name.encode() + NIL_PAREN
                else:
                    self.buf += NIL_ANGLE
            else:
                self.print_value(v[0], v[1], verb, depth + 1, _sticky(ro))
        elif kind == "ptr":
            # pointer to array, slice, struct or map? Only at the top level: &{...}.
            if depth == 0 and v is not None and rt.elem.kind in ("array", "slice", "struct", "map"):
                self.buf += b"&"
                elem = v if rt.elem.kind in ("array", "struct") else v.v
                self.print_value(rt.elem, elem, verb, depth + 1, ro)
                return
            self.fmt_pointer(rt, v, verb)
        elif kind in ("chan", "func"):
            self.fmt_pointer(rt, v, verb)
        else:
            self.buf += b"?" + rt.name.encode() + b"?"

    def _print_struct(self, rt, v, verb: str, depth: int, ro: int) -> None:
        f, buf = self.fmt, self.buf
        if f.sharp_v:
            buf += rt.name.encode()
        buf += b"{"
        sticky = ro & RO_STICKY
        for i, field in enumerate(rt.fields):
            if i > 0:
                buf += b", " if f.sharp_v else b" "
            if f.plus_v or f.sharp_v:
                if field.name:
                    buf += field.name.encode() + b":"
            fro = sticky
            if not field.exported:
                fro |= RO_EMBED if field.embedded else RO_STICKY
            ft, fv = field.type, v[i]
            if ft.kind == "interface" and fv is not None:  # getField: the interface's value
                ft, fv = fv
                fro = _sticky(fro)
            self.print_value(ft, fv, verb, depth + 1, fro)
        buf += b"}"

    def _print_list(self, rt, v, verb: str, depth: int, ro: int) -> None:
        f, buf = self.fmt, self.buf
        is_slice = rt.kind == "slice"
        items = v.a[v.o:v.o + v.n] if is_slice else v
        if verb in "sqxX" and rt.elem.kind == "uint8":
            self.fmt_bytes(bytes(items), is_slice and v is NIL_SLICE, verb, rt.name.encode(), rt, v)
            return
        et, ero = rt.elem, _sticky(ro)
        if f.sharp_v:
            buf += rt.name.encode()
            if is_slice and v is NIL_SLICE:
                buf += NIL_PAREN
                return
            buf += b"{"
            for i, e in enumerate(items):
                if i > 0:
                    buf += b", "
                self.print_value(et, e, verb, depth + 1, ero)
            buf += b"}"
        else:
            buf += b"["
            for i, e in enumerate(items):
                if i > 0:
                    buf += b" "
                self.print_value(et, e, verb, depth + 1, ero)
            buf += b"]"

    def _print_map(self, rt, v, verb: str, depth: int, ro: int) -> None:
        f, buf = self.fmt, self.buf
        if f.sharp_v:
            buf += rt.name.encode()
            if v is NIL_MAP:
                buf += NIL_PAREN
                return
            buf += b"{"
        else:
            buf += b"map["
        kt, vt, ero = rt.key, rt.elem, _sticky(ro)
        for i, (key, val) in enumerate(fmtsort.sort_map(rt, v, self.env.addr)):
            if i > 0:
                buf += b", " if f.sharp_v else b" "
            self.print_value(kt, key, verb, depth + 1, ero)
            buf += b":"
            self.print_value(vt, val, verb, depth + 1, ero)
        buf += b"}" if f.sharp_v else b"]"

    # ---- the format string ----

    def arg_number(self, arg_num: int, format: bytes, i: int, num_args: int):
        """An explicit argument index [n] at format[i:]: (argNum, i, found)."""
        if len(format) <= i or format[i] != 0x5B:
            return arg_num, i, False
        self.reordered = True
        index, wid, ok = _parse_arg_number(format[i:])
        if ok and 0 <= index < num_args:
            return index, i + wid, True
        self.good_arg_num = False
        return arg_num, i + wid, ok

    def do_printf(self, format: bytes, a: list) -> None:
        end = len(format)
        arg_num = 0  # we process one argument per non-trivial format
        after_index = False  # previous item in format was an index like [3].
        self.reordered = False
        f, buf = self.fmt, self.buf
        i = 0
        while i < end:
            self.good_arg_num = True
            j = format.find(b"%", i)
            if j < 0:
                j = end
            if j > i:
                buf += format[i:j]
            i = j
            if i >= end:
                break
            i += 1  # process one verb
            if i < end and arg_num < len(a):
                # Fastest path: %d, %s or %v with no flags, of an int or string without methods.
                c, arg = format[i], a[arg_num]
                if arg is not None and (c == 0x64 or c == 0x73 or c == 0x76) and not arg[0].methods:
                    kind = arg[0].kind
                    if kind == "string" and c != 0x64:
                        buf += arg[1]
                        arg_num += 1
                        i += 1
                        continue
                    if kind in INT_KINDS and c != 0x73:
                        buf += b"%d" % arg[1]
                        arg_num += 1
                        i += 1
                        continue
            f.clearflags()
            # Fast path for common case of ascii lower case simple verbs without precision or width.
            simple = False
            while i < end:
                c = format[i]
                if c == 0x23:  # '#'
                    f.sharp = True
                elif c == 0x30:  # '0': only allow zero padding to the left
                    f.zero = not f.minus
                elif c == 0x2B:  # '+'
                    f.plus = True
                elif c == 0x2D:  # '-': do not pad with zeros to the right
                    f.minus = True
                    f.zero = False
                elif c == 0x20:
                    f.space = True
                else:
                    if 0x61 <= c <= 0x7A and arg_num < len(a):
                        if c == 0x76:  # 'v': Go syntax, and +v field names
                            f.sharp_v, f.sharp = f.sharp, False
                            f.plus_v, f.plus = f.plus, False
                        self.print_arg(a[arg_num], chr(c))
                        arg_num += 1
                        i += 1
                        simple = True
                    break
                i += 1
            if simple:
                continue
            i, arg_num, after_index = self._width_and_precision(format, i, end, a, arg_num,
                                                                after_index)
            if not after_index:
                arg_num, i, after_index = self.arg_number(arg_num, format, i, len(a))
            if i >= end:
                buf += NO_VERB
                break
            verb, size = chr(format[i]), 1
            if format[i] >= 0x80:
                r, size = decode_rune(format, i)
                verb = chr(r)
            i += size
            if verb == "%":  # percent does not absorb operands and ignores f.wid and f.prec
                buf += b"%"
            elif not self.good_arg_num:
                buf += PERCENT_BANG + encode_rune(ord(verb)) + BAD_INDEX
            elif arg_num >= len(a):  # no argument left over to print for the current verb
                buf += PERCENT_BANG + encode_rune(ord(verb)) + MISSING
            else:
                if verb == "v":
                    f.sharp_v, f.sharp = f.sharp, False
                    f.plus_v, f.plus = f.plus, False
                self.print_arg(a[arg_num], verb)
                arg_num += 1
        # Check for extra arguments unless the call accessed the arguments out of order.
        if not self.reordered and arg_num < len(a):
            f.clearflags()
            buf += EXTRA
            for k, arg in enumerate(a[arg_num:]):
                if k > 0:
                    buf += b", "
                if arg is None:
                    buf += NIL_ANGLE
                else:
                    buf += arg[0].name.encode() + b"="
                    self.print_arg(arg, "v")
            buf += b")"

    def _width_and_precision(self, format: bytes, i: int, end: int, a: list, arg_num: int,
                             after_index: bool):
        """Parse [n], width (or *), .precision (or .*) after the flags: (i, argNum, afterIndex)."""
        f, buf = self.fmt, self.buf
        arg_num, i, after_index = self.arg_number(arg_num, format, i, len(a))
        if i < end and format[i] == 0x2A:  # '*'
            i += 1
            f.wid, f.wid_present, arg_num = _int_from_arg(a, arg_num)
            if not f.wid_present:
                buf += BAD_WIDTH
            # We have a negative width, so take its value and ensure that the minus flag is set.
            if f.wid < 0:
                f.wid = -f.wid
                f.minus = True
                f.zero = False  # do not pad with zeros to the right
            after_index = False
        else:
            f.wid, f.wid_present, i = _parsenum(format, i, end)
            if after_index and f.wid_present:  # "%[3]2d"
                self.good_arg_num = False
        if i + 1 < end and format[i] == 0x2E:  # '.'
            i += 1
            if after_index:  # "%[3].2d"
                self.good_arg_num = False
            arg_num, i, after_index = self.arg_number(arg_num, format, i, len(a))
            if i < end and format[i] == 0x2A:
                i += 1
                f.prec, f.prec_present, arg_num = _int_from_arg(a, arg_num)
                # Negative precision arguments don't make sense.
                if f.prec < 0:
                    f.prec = 0
                    f.prec_present = False
                if not f.prec_present:
                    buf += BAD_PREC
                after_index = False
            else:
                f.prec, f.prec_present, i = _parsenum(format, i, end)
                if not f.prec_present:
                    f.prec = 0
                    f.prec_present = True
        return i, arg_num, after_index

    def do_print(self, a: list) -> None:
        """Print: a space between operands when neither is a string."""
        prev_string = False
        buf = self.buf
        for n, arg in enumerate(a):
            is_string = arg is not None and arg[0].kind == "string"
            if n > 0 and not is_string and not prev_string:
                buf += b" "
            self._print_v(arg)
            prev_string = is_string

    def do_println(self, a: list) -> None:
        """Println: always a space between operands, and a newline."""
        buf = self.buf
        for n, arg in enumerate(a):
            if n > 0:
                buf += b" "
            self._print_v(arg)
        buf += b"\n"

    def _print_v(self, arg) -> None:
        """print_arg(arg, 'v') with a fast path for ints and strings without methods."""
        if arg is not None:
            rt = arg[0]
            if not rt.methods:
                kind = rt.kind
                if kind == "string":
                    self.buf += arg[1]
                    return
                if kind in INT_KINDS:
                    self.buf += b"%d" % arg[1]
                    return
        self.print_arg(arg, "v")


def _too_large(x: int) -> bool:
    return x > 1_000_000 or x < -1_000_000


def _parsenum(s: bytes, start: int, end: int) -> tuple[int, bool, int]:
    """A decimal number at s[start:end]: (num, isnum, newi)."""
    if start >= end:
        return 0, False, end
    num, isnum, newi = 0, False, start
    while newi < end and 0x30 <= s[newi] <= 0x39:
        if _too_large(num):
            return 0, False, end  # overflow; crazy long number most likely
        num = num * 10 + s[newi] - 0x30
        isnum = True
        newi += 1
    return num, isnum, newi


def _int_from_arg(a: list, arg_num: int) -> tuple[int, bool, int]:
    """The int operand for a '*' width or precision: (num, isInt, newArgNum)."""
    num, is_int, new_arg_num = 0, False, arg_num
    if arg_num < len(a):
        arg = a[arg_num]
        if arg is not None and arg[0].kind in INT_KINDS:
            n = arg[1]
            if -(1 << 63) <= n < (1 << 63):
                num, is_int = n, True
        new_arg_num = arg_num + 1
        if _too_large(num):
            num, is_int = 0, False
    return num, is_int, new_arg_num


def _parse_arg_number(format: bytes) -> tuple[int, int, bool]:
    """[n] at the start of format: (index, wid, ok); arg numbers are one-indexed."""
    if len(format) < 3:
        return 0, 1, False
    for i in range(1, len(format)):
        if format[i] == 0x5D:  # ']'
            width, ok, newi = _parsenum(format, 1, i)
            if not ok or newi != i:
                return 0, i + 1, False
            return width - 1, i + 1, True
    return 0, 1, False


# ---- the package API ------------------------------------------------------------------------

def sprint(args: list, env) -> bytes:
    """fmt.Sprint(args...)."""
    p = _Printer(env)
    p.do_print(args)
    return bytes(p.buf)


def sprintln(args: list, env) -> bytes:
    """fmt.Sprintln(args...)."""
    parts = []
    for arg in args:  # fast path: ints and strings without methods
        if arg is None or arg[0].methods:
            break
        kind = arg[0].kind
        if kind == "string":
            parts.append(arg[1])
        elif kind in INT_KINDS:
            parts.append(b"%d" % arg[1])
        else:
            break
    else:
        return b" ".join(parts) + b"\n"
    p = _Printer(env)
    p.do_println(args)
    return bytes(p.buf)


def sprintf(format: bytes, args: list, env) -> bytes:
    """fmt.Sprintf(format, args...)."""
    if b"%" not in format and not args:
        return format
    p = _Printer(env)
    p.do_printf(format, args)
    return bytes(p.buf)


def errorf(format: bytes, args: list, env):
    """fmt.Errorf: a *fmt.wrapError when the format wraps an error with %w, else errors.New."""
    p = _Printer(env)
    p.wrap_errs = True
    p.do_printf(format, args)
    s = bytes(p.buf)
    if p.wrapped_err is None:
        return errors_new(s)
    return (WRAP_ERROR_PTR_RTYPE, WrapError([s, p.wrapped_err]))
