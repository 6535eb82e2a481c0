"""minigo.machine.utf8 at its edges (the Go-recorded cases are in fmt_cases.py, group utf8)."""
from __future__ import annotations

from minigo.machine import utf8


def test_decode_rune_at_offsets_and_past_the_end():
    s = "aé😀".encode()
    assert utf8.decode_rune(s, 0) == (0x61, 1)
    assert utf8.decode_rune(s, 1) == (0xE9, 2)
    assert utf8.decode_rune(s, 3) == (0x1F600, 4)
    assert utf8.decode_rune(s, 7) == (utf8.RUNE_ERROR, 0)
    assert utf8.decode_rune(s, 2) == (utf8.RUNE_ERROR, 1)  # a continuation byte


def test_encode_rune_replaces_invalid_runes():
    assert utf8.encode_rune(0x41) == b"A"
    assert utf8.encode_rune(0x10FFFF) == b"\xf4\x8f\xbf\xbf"
    for bad in (-1, 0xD800, 0xDFFF, 0x110000, 1 << 40):
        assert utf8.encode_rune(bad) == b"\xef\xbf\xbd"
        assert utf8.rune_len(bad) == -1


def test_runes_and_back():
    s = b"x\xffy\xe2\x82"
    assert utf8.runes(s) == [0x78, 0xFFFD, 0x79, 0xFFFD, 0xFFFD]
    assert utf8.rune_count(s) == 5 and not utf8.valid(s)
    assert list(utf8.iter_runes(s)) == [(0, 0x78), (1, 0xFFFD), (2, 0x79), (3, 0xFFFD), (4, 0xFFFD)]
    assert utf8.string_from_runes([0x48, 0x1F600, -5]) == "H😀\ufffd".encode()
