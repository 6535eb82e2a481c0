"""Syntax: Go source text to an AST with positions (the only room that knows lark)."""
from .parse import SyntaxErrors, parse
from .pos import Diagnostic, Pos

__all__ = ["parse", "SyntaxErrors", "Diagnostic", "Pos"]
