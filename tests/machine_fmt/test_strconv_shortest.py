"""strconv's shortest float digits: Python's repr (used for float64) agrees with the exact
algorithm minigo uses for float32 (Go's roundShortest), and float32 digits read back."""
from __future__ import annotations

import struct
from decimal import ROUND_CEILING, ROUND_FLOOR, Context, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from minigo.machine.strconv import _digits_of_repr, format_float, shortest_exact
from minigo.machine.values import f32


@settings(max_examples=400, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False).filter(lambda x: x != 0))
def test_repr_is_shortest_nearest_float64(x):
    assert _digits_of_repr(repr(abs(x))) == shortest_exact(x, 64)


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=1, max_value=0x7F7FFFFF))
def test_float32_shortest_reads_back(bits):
    x = struct.unpack("<f", struct.pack("<I", bits))[0]
    text = format_float(x, "e", -1, 32).decode()
    assert f32(float(text)) == x
    digits, _ = shortest_exact(x, 32)
    # No shorter digit string reads back: with one digit fewer, neither neighbour of x does.
    if len(digits) > 1:
        for rounding in (ROUND_FLOOR, ROUND_CEILING):
            shorter = Context(prec=len(digits) - 1, rounding=rounding).plus(Decimal(x))
            assert f32(float(shorter)) != x


def test_special_values():
    assert format_float(float("nan"), "g", -1, 64) == b"NaN"
    assert format_float(float("-inf"), "e", 3, 32) == b"-Inf"
    assert format_float(-0.0, "g", -1, 64) == b"-0"
    assert format_float(0.1, "g", -1, 32) == b"0.1"
    assert format_float(f32(0.1), "g", -1, 64) == b"0.10000000149011612"
