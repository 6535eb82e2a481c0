"""fmt's low-level formatter: flags, width, precision, padding, and one routine per kind
of operand (integer, float, string, bytes, rune).

Mirrors go1.19 ``src/fmt/format.go`` (the ``fmt`` struct); ``fmt.py`` (print.go) decides
which routine an operand gets.  The buffer is a ``bytearray``; strings are ``bytes``.
"""
from __future__ import annotations

from . import strconv
from .utf8 import MAX_RUNE, RUNE_ERROR, decode_rune, encode_rune, rune_count

LDIGITS = b"0123456789abcdefx"
UDIGITS = b"0123456789ABCDEFX"
MASK64 = (1 << 64) - 1
_BASE_SPEC = {10: "d", 16: "x", 8: "o", 2: "b"}


class Fmt:
    """The ``fmt`` struct: the flags of the verb being formatted and the output buffer."""
    __slots__ = ("buf", "wid_present", "prec_present", "minus", "plus", "sharp", "space",
                 "zero", "plus_v", "sharp_v", "wid", "prec")

    def __init__(self, buf: bytearray):
        self.buf = buf
        self.clearflags()

    def clearflags(self) -> None:
        self.wid_present = self.prec_present = False
        self.minus = self.plus = self.sharp = self.space = self.zero = False
        self.plus_v = self.sharp_v = False
        self.wid = self.prec = 0

    def get_flags(self) -> tuple:
        return (self.wid_present, self.prec_present, self.minus, self.plus, self.sharp,
                self.space, self.zero, self.plus_v, self.sharp_v)

    def set_flags(self, flags: tuple) -> None:
        (self.wid_present, self.prec_present, self.minus, self.plus, self.sharp,
         self.space, self.zero, self.plus_v, self.sharp_v) = flags

    # ---- padding ----

    def write_padding(self, n: int) -> None:
        if n > 0:
            self.buf += (b"0" if self.zero else b" ") * n

    def pad(self, b: bytes) -> None:
        """Append b, padded to the width on the left (right with '-')."""
        if not self.wid_present or self.wid == 0:
            self.buf += b
            return
        width = self.wid - (len(b) if b.isascii() else rune_count(b))
        if not self.minus:
            self.write_padding(width)
            self.buf += b
        else:
            self.buf += b
            self.write_padding(width)

    pad_string = pad

    # ---- operands ----

    def fmt_boolean(self, v: bool) -> None:
        self.pad(b"true" if v else b"false")

    def fmt_unicode(self, u: int) -> None:
        """%U: U+0078, or U+0078 'x' with '#'."""
        u &= MASK64
        prec = 4
        if self.prec_present and self.prec > 4:
            prec = self.prec
        hexs = b"%X" % u
        out = b"U+" + b"0" * max(prec - len(hexs), 0) + hexs
        if self.sharp and u <= MAX_RUNE and strconv.is_print(u):
            out += b" '" + encode_rune(u) + b"'"
        old_zero = self.zero
        self.zero = False
        self.pad(out)
        self.zero = old_zero

    def fmt_integer(self, v: int, base: int, is_signed: bool, verb: str, digits: bytes) -> None:
        """An integer in base 2, 8, 10 or 16 with sign, precision, '#' prefix and padding.
        v is the Go value (negative only for signed types)."""
        if not is_signed:
            v &= MASK64
        negative = v < 0
        u = -v if negative else v
        prec = 0
        if self.prec_present:
            prec = self.prec
            if prec == 0 and u == 0:  # precision 0 and value 0 print nothing but padding
                old_zero = self.zero
                self.zero = False
                self.write_padding(self.wid)
                self.zero = old_zero
                return
        elif self.zero and self.wid_present:
            prec = self.wid
            if negative or self.plus or self.space:
                prec -= 1  # leave room for sign
        s = format(u, _BASE_SPEC[base]).encode("ascii")
        if base == 16 and digits is UDIGITS:
            s = s.upper()
        if prec > len(s):
            s = b"0" * (prec - len(s)) + s
        if self.sharp:
            if base == 2:
                s = b"0b" + s
            elif base == 8:
                if s[0] != 0x30:
                    s = b"0" + s
            elif base == 16:
                s = b"0" + digits[16:17] + s
        if verb == "O":
            s = b"0o" + s
        if negative:
            s = b"-" + s
        elif self.plus:
            s = b"+" + s
        elif self.space:
            s = b" " + s
        old_zero = self.zero
        self.zero = False
        self.pad(s)
        self.zero = old_zero

    def truncate(self, s: bytes) -> bytes:
        """s cut to the precision, counted in runes."""
        if self.prec_present:
            n = self.prec
            if s.isascii():
                return s[:max(n, 0)]
            i, ln = 0, len(s)
            while i < ln:
                n -= 1
                if n < 0:
                    return s[:i]
                i += decode_rune(s, i)[1] if s[i] >= 0x80 else 1
        return s

    def fmt_s(self, s: bytes) -> None:
        self.pad(self.truncate(s))

    fmt_bs = fmt_s

    def fmt_sbx(self, s: bytes, digits: bytes) -> None:
        """%x / %X of a string or byte slice: two hex digits a byte, '#' adds 0x, ' ' spaces."""
        length = len(s)
        if self.prec_present and self.prec < length:
            length = self.prec
        width = 2 * length
        if width > 0:
            if self.space:
                if self.sharp:
                    width *= 2
                width += length - 1
            elif self.sharp:
                width += 2
        else:  # the string or byte slice is empty
            if self.wid_present:
                self.write_padding(self.wid)
            return
        if self.wid_present and self.wid > width and not self.minus:
            self.write_padding(self.wid - width)
        prefix = b"0" + digits[16:17]
        hexs = s[:length].hex()
        if digits is UDIGITS:
            hexs = hexs.upper()
        hb = hexs.encode("ascii")
        if self.space:
            parts = [hb[i:i + 2] for i in range(0, len(hb), 2)]
            if self.sharp:
                self.buf += b" ".join(prefix + p for p in parts)
            else:
                self.buf += b" ".join(parts)
        else:
            if self.sharp:
                self.buf += prefix
            self.buf += hb
        if self.wid_present and self.wid > width and self.minus:
            self.write_padding(self.wid - width)

    def fmt_q(self, s: bytes) -> None:
        """%q: a double-quoted Go string (backquoted with '#' when possible; ASCII with '+')."""
        s = self.truncate(s)
        if self.sharp and strconv.can_backquote(s):
            self.pad(b"`" + s + b"`")
            return
        if self.plus:
            self.pad(strconv.quote_to_ascii(s))
        else:
            self.pad(strconv.quote(s))

    def fmt_c(self, c: int) -> None:
        """%c: the character of an integer."""
        c &= MASK64
        self.pad(encode_rune(c if c <= MAX_RUNE else RUNE_ERROR))

    def fmt_qc(self, c: int) -> None:
        """%q of an integer: a single-quoted character literal."""
        c &= MASK64
        r = c if c <= MAX_RUNE else RUNE_ERROR
        self.pad(strconv.quote_rune(r, ascii_only=self.plus))

    def fmt_float(self, v: float, size: int, verb: str, prec: int) -> None:
        """A float per verb/precision, with sign flags, '#' (keep the point and zeros) and padding."""
        if self.prec_present:
            prec = self.prec
        num = bytearray(b"+")
        num += strconv.format_float(v, verb, prec, size)
        if num[1] in b"-+":
            del num[0]
        if self.space and num[0] == 0x2B and not self.plus:
            num[0] = 0x20
        if num[1] in b"IN":  # Inf and NaN: no zero padding; NaN has no sign unless asked
            old_zero = self.zero
            self.zero = False
            if num[1] == 0x4E and not self.space and not self.plus:
                del num[0]
            self.pad(bytes(num))
            self.zero = old_zero
            return
        if self.sharp and verb != "b":
            num = self._sharp_float(num, verb, prec)
        if self.plus or num[0] != 0x2B:
            # With zero padding, the sign goes before the zeros.
            if self.zero and self.wid_present and self.wid > len(num):
                self.buf.append(num[0])
                self.write_padding(self.wid - len(num))
                self.buf += num[1:]
                return
            self.pad(bytes(num))
            return
        self.pad(bytes(num[1:]))  # no sign to show when the number is positive

    @staticmethod
    def _sharp_float(num: bytearray, verb: str, prec: int) -> bytearray:
        """The '#' flag: always a decimal point; %g/%G keep trailing zeros."""
        digits = 0
        if verb in "vgGx":
            digits = prec
            if digits == -1:  # %e is used if the exponent from the conversion is < -4 or >= precision
                digits = 6
        tail = b""
        has_decimal_point = False
        saw_nonzero_digit = False
        i = 1
        while i < len(num):
            c = num[i]
            if c == 0x2E:
                has_decimal_point = True
            elif c in b"pP":
                tail = bytes(num[i:])
                del num[i:]
                break
            elif c in b"eE" and verb not in "xX":
                tail = bytes(num[i:])
                del num[i:]
                break
            else:
                if c != 0x30:
                    saw_nonzero_digit = True
                if saw_nonzero_digit:
                    digits -= 1
            i += 1
        if not has_decimal_point:
            if len(num) == 2 and num[1] == 0x30:  # the zero value has one digit
                digits -= 1
            num.append(0x2E)
        if digits > 0:
            num += b"0" * digits
        num += tail
        return num
