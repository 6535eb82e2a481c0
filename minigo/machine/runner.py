"""``minigo run``: a Go file from source text to its output and exit status."""
from __future__ import annotations

import contextlib
import gc
import os

from .. import compile as _compile
from ..bigstack import on_big_stack
from .machine import Machine
from .settings import Settings

_STACK_BYTES = 1024 * 1024 * 1024  # the Python C stack for deep Go recursion (virtual memory)
_RECURSION_LIMIT = 200_000
_PY_GC_THRESHOLD = 10_000


def load(text: str, filename: str):
    """(compile errors, Program or None)."""
    from ..frontend import load_source
    errors, f, info, analysis = load_source(text, filename)
    if errors:
        return errors, None
    return [], _compile.compile_program(f, info, analysis)


def compile_program(text: str, filename: str):
    """The compiled Program of a valid file (ValueError with Go's first error otherwise)."""
    errors, program = load(text, filename)
    if errors:
        raise ValueError(errors[0].format(filename))
    return program


def print_errors(filename: str, errors, stderr) -> None:
    from ..frontend import MAX_ERRORS
    for d in errors:
        stderr.write((d.format(filename) + "\n").encode())
    if len(errors) >= MAX_ERRORS:
        last = errors[-1].pos
        stderr.write(f"{filename}:{last.line}:{last.col}: too many errors\n".encode())


def machine_settings(text: str, filename: str, env=None, options=()) -> Settings:
    """Go's defaults, then GOGC/GODEBUG from env, the file's //minigo: directives, and
    the command line's (name, size) options.  ValueError: a bad directive, as file:line:col."""
    s = Settings().with_env(os.environ if env is None else env)
    try:
        s = s.with_directives(text)
    except ValueError as e:
        raise ValueError(f"{filename}:{e}") from None
    for name, size in options:
        s = s.with_option(name, size)
    return s


def prepare(text: str, filename: str, stderr, env=None, options=()):
    """(Program, Settings) of a file, or None after printing its compile errors or a bad
    directive to the binary stream stderr, as go build would."""
    errors, program = load(text, filename)
    if errors:
        print_errors(filename, errors, stderr)
        return None
    try:
        return program, machine_settings(text, filename, env, options)
    except ValueError as e:
        stderr.write(f"{e}\n".encode())
        return None


def run_program(text: str, filename: str, stdout, stderr, env=None, options=()) -> int:
    """Compile and run one Go file; program output goes to the two binary streams.
    Returns the exit status: 0, 1 for compile errors, 2 for panics and fatal errors."""
    ready = prepare(text, filename, stderr, env, options)
    if ready is None:
        return 1
    return run_compiled(ready[0], stdout, stderr, ready[1])


def run_compiled(program, stdout, stderr, settings: Settings | None = None) -> int:
    return run_machine(Machine(program, stdout, stderr, settings))


@contextlib.contextmanager
def python_gc_eased():
    """Python's cyclic collector runs less often meanwhile: a Go program's heap is many
    container objects, and the default gen-0 threshold (700) made it a third of a run."""
    saved = gc.get_threshold()
    gc.set_threshold(_PY_GC_THRESHOLD, 10, 10)
    try:
        yield
    finally:
        gc.set_threshold(*saved)


def run_machine(m: Machine) -> int:
    """Run a loaded machine to its exit status, on a stack deep enough for Go recursion."""
    with python_gc_eased():
        return on_big_stack(m.run, stack_bytes=_STACK_BYTES, recursion_limit=_RECURSION_LIMIT,
                            name="minigo-machine")
