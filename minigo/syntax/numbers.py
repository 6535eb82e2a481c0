"""Go's number literals: kind and the scanner's errors (cmd/compile/internal/syntax scanner.number).

The lexer matches a number as far as Go's scanner reads it (``1p5``, ``0x``, ``089``
included); ``classify`` then says what Go says about it. An invalid literal is still
a literal: Go reports the error, the parse goes on, and the checker ignores its value.
"""
from __future__ import annotations

_BASE_NAMES = {2: "binary", 8: "octal", 10: "decimal", 16: "hexadecimal"}


def classify(lit: str):
    """(kind, None) or (kind, (offset into lit, message)) for a number literal."""
    i, n = 0, len(lit)
    base, prefix, digsep, invalid = 10, "", 0, -1
    error = None
    kind = "INT"

    def digits(i, base):
        nonlocal invalid
        sep = 0
        while i < n:
            c = lit[i]
            if c == "_":
                sep |= 2
            elif base <= 10 and c.isdigit() or base == 16 and c in "0123456789abcdefABCDEF":
                sep |= 1
                if base <= 10 and int(c) >= base and invalid < 0:
                    invalid = i
            else:
                break
            i += 1
        return i, sep

    seen_point = lit[0] == "."
    if not seen_point:
        if lit[0] == "0" and n > 1 and lit[1] in "xXoObB":
            prefix = lit[1].lower()
            base = {"x": 16, "o": 8, "b": 2}[prefix]
            i = 2
        elif lit[0] == "0":
            base, prefix, digsep = 8, "0", 1
        i, sep = digits(i, base)
        digsep |= sep
        if i < n and lit[i] == ".":
            if prefix in ("o", "b"):
                error = error or (i, f"invalid radix point in {_BASE_NAMES[base]} literal")
            i += 1
            seen_point = True
    else:
        i = 1
    if seen_point:
        kind = "FLOAT"
        i, sep = digits(i, base)
        digsep |= sep
    if not digsep & 1 and error is None:
        error = (i, f"{_BASE_NAMES[base]} literal has no digits")
    if i < n and lit[i] in "eEpP":
        e = lit[i].lower()
        if error is None:
            if e == "e" and prefix not in ("", "0"):
                error = (i, f"'{lit[i]}' exponent requires decimal mantissa")
            elif e == "p" and prefix != "x":
                error = (i, f"'{lit[i]}' exponent requires hexadecimal mantissa")
        i += 1
        kind = "FLOAT"
        if i < n and lit[i] in "+-":
            i += 1
        i, sep = digits(i, 10)
        if not sep & 1 and error is None:
            error = (i, "exponent has no digits")
        digsep |= sep & 2
    elif prefix == "x" and kind == "FLOAT" and error is None:
        error = (i, "hexadecimal mantissa requires a 'p' exponent")
    if i < n and lit[i] == "i":
        kind = "IMAG"
    if kind == "INT" and invalid >= 0 and error is None:
        error = (invalid, f"invalid digit '{lit[invalid]}' in {_BASE_NAMES[base]} literal")
    if digsep & 2 and error is None:
        bad = _invalid_sep(lit)
        if bad >= 0:
            error = (bad, "'_' must separate successive digits")
    return kind, error


def _invalid_sep(x: str) -> int:
    """Go's invalidSep: the index of the first '_' not between two digits, or -1."""
    x1 = " "  # prefix char, we only care if it's 'x'
    d = "."  # digit, one of '_', '0' (a digit), or '.' (anything else)
    i = 0
    if len(x) >= 2 and x[0] == "0":
        x1 = x[1].lower()
        if x1 in "xbo":
            d = "0"
            i = 2
    while i < len(x):
        p = d
        d = x[i]
        if d == "_":
            if p != "0":
                return i
        elif d.isdigit() or (x1 == "x" and d in "abcdefABCDEF"):
            d = "0"
        else:
            if p == "_":
                return i - 1
            d = "."
        i += 1
    if d == "_":
        return len(x) - 1
    return -1
