"""Go's unicode/utf8 over ``bytes`` (a Go string): decoding, encoding, counting runes.

Mirrors ``src/unicode/utf8/utf8.go``.  Go decodes one rune at a time: an invalid byte,
a truncated sequence, an overlong form or a surrogate decodes as (RuneError, 1), so a bad
two-byte prefix yields *two* U+FFFD where Python's ``errors="replace"`` yields one.
Valid text takes a fast path through Python's strict UTF-8 codec, which rejects exactly
what Go rejects (surrogates, overlongs, > U+10FFFF).
"""
from __future__ import annotations

RUNE_ERROR = 0xFFFD
RUNE_SELF = 0x80
MAX_RUNE = 0x10FFFF
UTF_MAX = 4
_ERROR_BYTES = b"\xef\xbf\xbd"

# The continuation-byte range a sequence's second byte must lie in, per first byte
# (Go's ``first`` and ``acceptRanges`` tables, as (size, lo, hi)).
_LOCB, _HICB = 0x80, 0xBF


def _first(b: int) -> tuple[int, int, int] | None:
    if 0xC2 <= b <= 0xDF:
        return 2, _LOCB, _HICB
    if b == 0xE0:
        return 3, 0xA0, _HICB
    if b == 0xED:
        return 3, _LOCB, 0x9F
    if 0xE1 <= b <= 0xEF:
        return 3, _LOCB, _HICB
    if b == 0xF0:
        return 4, 0x90, _HICB
    if 0xF1 <= b <= 0xF3:
        return 4, _LOCB, _HICB
    if b == 0xF4:
        return 4, _LOCB, 0x8F
    return None


def decode_rune(s: bytes, i: int = 0) -> tuple[int, int]:
    """utf8.DecodeRune(s[i:]): the rune at byte offset i and its width in bytes.
    Past the end: (RuneError, 0); an invalid encoding: (RuneError, 1)."""
    n = len(s) - i
    if n < 1:
        return RUNE_ERROR, 0
    p0 = s[i]
    if p0 < RUNE_SELF:
        return p0, 1
    x = _first(p0)
    if x is None:
        return RUNE_ERROR, 1
    sz, lo, hi = x
    if n < sz:
        return RUNE_ERROR, 1
    b1 = s[i + 1]
    if b1 < lo or hi < b1:
        return RUNE_ERROR, 1
    if sz == 2:
        return (p0 & 0x1F) << 6 | (b1 & 0x3F), 2
    b2 = s[i + 2]
    if b2 < _LOCB or _HICB < b2:
        return RUNE_ERROR, 1
    if sz == 3:
        return (p0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F), 3
    b3 = s[i + 3]
    if b3 < _LOCB or _HICB < b3:
        return RUNE_ERROR, 1
    return (p0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | (b3 & 0x3F), 4


def valid_rune(r: int) -> bool:
    """utf8.ValidRune: in range and not a surrogate half."""
    return 0 <= r < 0xD800 or 0xDFFF < r <= MAX_RUNE


def encode_rune(r: int) -> bytes:
    """utf8.EncodeRune: the UTF-8 bytes of r; an invalid rune encodes as U+FFFD."""
    if 0 <= r < RUNE_SELF:
        return bytes((r,))
    if not valid_rune(r):
        return _ERROR_BYTES
    return chr(r).encode("utf-8")


def rune_len(r: int) -> int:
    """utf8.RuneLen: bytes needed to encode r, -1 when r is not a valid rune."""
    if r < 0:
        return -1
    if r < 0x80:
        return 1
    if r < 0x800:
        return 2
    if 0xD800 <= r <= 0xDFFF:
        return -1
    if r < 0x10000:
        return 3
    if r <= MAX_RUNE:
        return 4
    return -1


def _decode_strict(s: bytes) -> str | None:
    try:
        return s.decode("utf-8")
    except UnicodeDecodeError:
        return None


def runes(s: bytes) -> list[int]:
    """[]rune(s): one rune per decoded sequence, U+FFFD per invalid byte."""
    if s.isascii():
        return list(s)
    text = _decode_strict(s)
    if text is not None:
        return [ord(c) for c in text]
    out = []
    i, n = 0, len(s)
    while i < n:
        r, w = decode_rune(s, i)
        out.append(r)
        i += w
    return out


def rune_count(s: bytes) -> int:
    """utf8.RuneCount / RuneCountInString."""
    if s.isascii():
        return len(s)
    text = _decode_strict(s)
    if text is not None:
        return len(text)
    return len(runes(s))


def valid(s: bytes) -> bool:
    """utf8.Valid / ValidString."""
    return s.isascii() or _decode_strict(s) is not None


def string_from_runes(rs) -> bytes:
    """string([]rune): each rune encoded, invalid ones as U+FFFD."""
    try:
        return "".join(map(chr, rs)).encode("utf-8")
    except (ValueError, UnicodeEncodeError, OverflowError):
        return b"".join(encode_rune(r) for r in rs)


def iter_runes(s: bytes):
    """``for i, r := range s``: (byte offset, rune) pairs."""
    if s.isascii():
        yield from enumerate(s)
        return
    i, n = 0, len(s)
    while i < n:
        r, w = decode_rune(s, i)
        yield i, r
        i += w
