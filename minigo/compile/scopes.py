"""Where each local variable is in scope: from its declaration to the end of the
innermost block around it (a ``{...}``, or the implicit block of an if, for, switch,
case or select clause).  Go's DWARF lexical blocks say the same, and Delve shows a
frame's variables only inside them; so do minigo's debugger and UI.
"""
from __future__ import annotations

from dataclasses import fields

from ..syntax import ast

_SCOPES = (ast.Block, ast.IfStmt, ast.ForStmt, ast.RangeStmt, ast.SwitchStmt, ast.TypeSwitchStmt,
           ast.CaseClause, ast.CommClause, ast.FuncLit, ast.FuncDecl)


def scope_ends(root: ast.Node) -> dict[tuple[int, int], int]:
    """(line, col) of every identifier under root -> the last line of its innermost scope."""
    out: dict[tuple[int, int], int] = {}
    todo = [(root, 1 << 30)]
    while todo:
        n, end = todo.pop()
        if isinstance(n, (tuple, list)):
            todo.extend((x, end) for x in n)
            continue
        if not isinstance(n, ast.Node):
            continue
        if isinstance(n, _SCOPES) and n.pos.end_line:
            end = n.pos.end_line
        if isinstance(n, ast.Ident):
            out.setdefault((n.pos.line, n.pos.col), end)
            continue
        todo.extend((getattr(n, f.name), end) for f in fields(n) if f.name != "pos")
    return out
