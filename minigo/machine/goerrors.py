"""The error values the library makes: errors.New's ``*errors.errorString`` and
fmt.Errorf's ``*fmt.wrapError`` (go1.19 ``src/errors/errors.go``, ``src/fmt/errors.go``).

Each is a pointer to a struct, so an error value is ``(ptr rtype, struct object)``; %T
prints ``*errors.errorString`` / ``*fmt.wrapError``, and %v calls their Error method.
"""
from __future__ import annotations

from .values import Field, RType, StructVal


def _named(kind: str, name: str, pkg: str, size: int) -> RType:
    rt = RType(kind, name)
    rt.named, rt.pkgpath, rt.size = True, pkg, size
    return rt


def _pointer_to(elem: RType, methods: dict) -> RType:
    rt = RType("ptr", "*" + elem.name)
    rt.elem, rt.size, rt.methods = elem, 8, methods
    rt.msigs = {name: _STRING_FUNC for name in methods if name != "Unwrap"}
    return rt


_STRING = RType("string", "string")
_STRING.size = 16
_ERROR = RType("interface", "error")
_ERROR.named, _ERROR.size, _ERROR.pkgpath = True, 16, ""
_STRING_FUNC = RType("func", "func() string")
_STRING_FUNC.results, _STRING_FUNC.size = (_STRING,), 8


def _error_string_error(e):
    """(*errors.errorString).Error"""
    return e[0]
    yield  # a generator function, as every Go method in the machine


def _wrap_error_error(e):
    """(*fmt.wrapError).Error"""
    return e[0]
    yield


def _wrap_error_unwrap(e):
    """(*fmt.wrapError).Unwrap"""
    return e[1]
    yield


ERROR_STRING_RTYPE = _named("struct", "errors.errorString", "errors", 16)
ERROR_STRING_RTYPE.fields = (Field("s", _STRING),)
ERROR_STRING_PTR_RTYPE = _pointer_to(ERROR_STRING_RTYPE, {"Error": _error_string_error})

WRAP_ERROR_RTYPE = _named("struct", "fmt.wrapError", "fmt", 32)
WRAP_ERROR_RTYPE.fields = (Field("msg", _STRING), Field("err", _ERROR))
WRAP_ERROR_PTR_RTYPE = _pointer_to(WRAP_ERROR_RTYPE, {"Error": _wrap_error_error,
                                                       "Unwrap": _wrap_error_unwrap})


class ErrorString(StructVal):
    """errors.errorString{s}"""
    __slots__ = ()
    rtype = ERROR_STRING_RTYPE


class WrapError(StructVal):
    """fmt.wrapError{msg, err}"""
    __slots__ = ()
    rtype = WRAP_ERROR_RTYPE


def errors_new(msg: bytes):
    """errors.New(msg): a *errors.errorString in an error interface value.  Each call makes
    a distinct pointer; compare error values by identity of the pointed-to object."""
    return (ERROR_STRING_PTR_RTYPE, ErrorString([msg]))
