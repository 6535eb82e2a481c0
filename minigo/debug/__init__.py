"""The debugger: ``Session`` (session.py) steps a program on the machine; the CLI
``minigo debug`` (cli.py) and the TUI drive it."""
from .session import Breakpoint, Session, Stop

__all__ = ["Breakpoint", "Session", "Stop"]
