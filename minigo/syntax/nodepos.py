"""The position Go's syntax package gives a node: ``n.Pos()``, which for many nodes is not
their start (an operator, a call's "(", a selector's ".")."""
from __future__ import annotations

from . import ast
from .pos import Pos


def node_pos(n) -> Pos:
    """The position Go's syntax package gives a node (n.Pos(), not its start)."""
    if isinstance(n, ast.BinaryExpr):
        return n.op_pos
    if isinstance(n, ast.CallExpr):
        return n.lparen
    if isinstance(n, (ast.IndexExpr, ast.SliceExpr)):
        return n.lbrack
    if isinstance(n, ast.CompositeLit):
        return n.lbrace
    if isinstance(n, ast.SelectorExpr):
        return n.dot
    if isinstance(n, ast.TypeAssertExpr):
        return Pos(n.lparen.line, n.lparen.col - 1)
    if isinstance(n, ast.KeyValue):
        return n.colon
    if isinstance(n, ast.FuncType) and n.lparen.line:
        return n.lparen
    return n.pos


