"""Untyped constants are exact, as in Go: the checker's constant values, not floats."""
from fractions import Fraction

from minigo.frontend import check_source
from minigo.syntax import parse
from minigo.types import check
from minigo.types import types as T


def consts(src: str) -> dict:
    info, errors = check(parse(src, "c.go"))
    assert errors == []
    return {name: obj for name, obj in info.package.names.items() if isinstance(obj, T.Const)}


def test_point_one_plus_point_two_is_exactly_point_three():
    c = consts("package main\nconst a = 0.1 + 0.2\nconst b = 0.3\nconst same = a == b\nfunc main() {}\n")
    assert c["a"].val == Fraction(3, 10)
    assert c["same"].val is True  # with float64 variables this would be false


def test_one_shl_62_fits_int_and_one_shl_64_does_not():
    assert check_source("package main\nvar x int = 1 << 62\nfunc main() {}\n", "a.go") == []
    errs = check_source("package main\nvar x int = 1 << 64\nfunc main() {}\n", "a.go")
    assert [e.format("a.go") for e in errs] == [
        "a.go:2:13: cannot use 1 << 64 (untyped int constant 18446744073709551616) as int value "
        "in variable declaration (overflows)"]


def test_big_intermediate_values_are_exact():
    c = consts("package main\nconst huge = 1 << 100\nconst back = huge >> 98\nfunc main() {}\n")
    assert c["back"].val == 4 and c["back"].type is T.UntypedInt


def test_iota_and_implicit_repetition():
    c = consts("package main\nconst (\n\tA = iota * 10\n\tB\n\t_\n\tD\n)\nfunc main() {}\n")
    assert (c["A"].val, c["B"].val, c["D"].val) == (0, 10, 30)


def test_typed_constant_overflow_is_reported():
    errs = check_source("package main\nconst b byte = 255\nconst c = b + 1\nfunc main() {}\n", "t.go")
    assert [e.format("t.go") for e in errs] == ["t.go:3:11: b + 1 (constant 256 of type byte) overflows byte"]


def test_integer_division_of_constants_truncates_but_float_division_does_not():
    c = consts("package main\nconst i = 7 / 2\nconst f = 7.0 / 2\nfunc main() {}\n")
    assert c["i"].val == 3 and c["f"].val == Fraction(7, 2)
