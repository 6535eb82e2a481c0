"""Types: checks the AST with Go's rules and words; owns Go's amd64 sizes."""
from .checker import Info, check

__all__ = ["check", "Info"]
