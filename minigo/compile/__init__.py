"""minigo.compile: the checked AST to Python source, once, before the machine runs it.

Each Go function becomes a Python generator function (a call is ``yield from``), so a
goroutine is a chain of generator frames the scheduler can suspend at any statement.
Every statement begins with a stop-point check the debugger can arm; Go locals are the
generator's locals (the frame's slots); variables whose address is taken are Boxes, and
those escape analysis moves to the heap are allocated on the machine's heap at their
declaration.  See ``program.Program`` for what the machine receives.
"""
from .program import Program, compile_program

__all__ = ["Program", "compile_program"]
