"""Interface conversions that allocate, as runtime/iface.go's convT functions do.

Escape analysis reports an escaping conversion to an interface as ``x escapes to heap``;
whether the runtime then allocates depends on the value: pointer-shaped types sit in the
interface word itself (the compiler never calls convT for them), one-byte values and
integers below 256 point into ``staticuint64s``, the empty string and a nil slice need
no copy; everything else is copied into a new heap object of the type's size
(convT64, convTstring, convTslice, convT).  A constant is boxed from read-only data.
"""
from __future__ import annotations

import struct

from .values import NIL_SLICE, Slice

_SMALL = 256  # len(staticuint64s)


class ConvOps:
    """Mixed into the Machine."""

    def convT(self, site: int, iface: tuple) -> tuple:
        rt, v = iface
        k = rt.kind
        if k == "string":
            if not v:
                return iface
        elif k == "slice":
            if v is NIL_SLICE or (isinstance(v, Slice) and v.a is None):
                return iface
        elif isinstance(v, bool) or (isinstance(v, int) and 0 <= v < _SMALL):
            return iface
        elif k == "float64" and struct.pack("<d", v) == b"\0" * 8:
            return iface
        elif k == "float32" and struct.pack("<f", v) == b"\0" * 4:
            return iface
        self.heap.alloc_immutable(iface, rt, rt.size, site, self.program.sites[site].reason)
        return iface
