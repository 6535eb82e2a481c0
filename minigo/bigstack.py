"""Running Python code that recurses as deeply as Go code does.

Go's parser and checker recurse over nested expressions and a Go program may recurse a
million calls deep; Python's default 1000-frame limit and 8 MB thread stack would stop
both.  ``on_big_stack`` runs a function on a thread with a large C stack and a high
recursion limit, and hands back its result or re-raises its exception.
"""
from __future__ import annotations

import sys
import threading

_lock = threading.Lock()  # threading.stack_size is process-wide: set it for one thread at a time


def on_big_stack(fn, *args, stack_bytes: int, recursion_limit: int, name: str = "minigo-deep"):
    outcome: list = []

    def run():
        old = sys.getrecursionlimit()
        sys.setrecursionlimit(max(old, recursion_limit))
        try:
            outcome.append((True, fn(*args)))
        except BaseException as e:  # re-raised on the caller's thread
            outcome.append((False, e))
        finally:
            sys.setrecursionlimit(old)

    with _lock:
        old_size = threading.stack_size()
        threading.stack_size(stack_bytes)
        try:
            t = threading.Thread(target=run, name=name)
            t.start()
        finally:
            threading.stack_size(old_size)
    t.join()
    ok, value = outcome[0]
    if not ok:
        raise value
    return value
