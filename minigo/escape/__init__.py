"""Escape analysis: which variables and allocations live on the heap, and why.

A port of Go 1.19's ``cmd/compile/internal/escape`` (with inlining off, as ``-l``):
see ``batch.py`` for the overview. ``analyze(file, info)`` returns an ``Analysis``
whose ``messages`` are what ``go build -gcflags='-m -l'`` prints and whose
``decisions`` tell the interpreter where each variable and allocation lives.
"""
from .analysis import Analysis, Decision, Message, analyze

__all__ = ["Analysis", "Decision", "Message", "analyze"]
