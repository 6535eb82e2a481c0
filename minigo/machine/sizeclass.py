"""Go 1.19's malloc size classes (runtime/sizeclasses.go) and growslice's rounding."""
from __future__ import annotations

import bisect
import functools

SIZE_CLASSES = [0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
                288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
                1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
                6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
                20480, 21760, 24576, 27264, 28672, 32768]
MAX_SMALL_SIZE = 32768
PAGE_SIZE = 8192


@functools.lru_cache(maxsize=4096)
def size_class(size: int) -> int:
    """The index of the smallest class holding ``size`` bytes (0 for large objects)."""
    if size > MAX_SMALL_SIZE:
        return 0
    return bisect.bisect_left(SIZE_CLASSES, size) if size else 0


@functools.lru_cache(maxsize=4096)
def roundupsize(size: int) -> int:
    if size <= MAX_SMALL_SIZE:
        return SIZE_CLASSES[bisect.bisect_left(SIZE_CLASSES, size)] if size else 0
    return (size + PAGE_SIZE - 1) // PAGE_SIZE * PAGE_SIZE


def grow_cap(old_cap: int, needed: int, elem_size: int) -> int:
    """growslice (go1.19 runtime/slice.go): the new capacity for ``needed`` elements."""
    if elem_size == 0:  # growslice returns &zerobase with cap = the length asked for
        return needed
    newcap = old_cap
    doublecap = newcap + newcap
    if needed > doublecap:
        newcap = needed
    else:
        threshold = 256
        if old_cap < threshold:
            newcap = doublecap
        else:
            while 0 < newcap < needed:
                newcap += (newcap + 3 * threshold) // 4
            if newcap <= 0:
                newcap = needed
    if elem_size == 0:
        return newcap
    return roundupsize(newcap * elem_size) // elem_size
