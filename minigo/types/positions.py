"""Where Go reports an error at a node.

types2 reports at ``syntax.StartPos(node)``: the leftmost position of an expression,
except for the nodes Go's syntax package positions elsewhere (a key:value pair at its
colon, a slice expression at its "[", a composite literal without a type at its "{").
A statement is at its own position: an expression statement at its expression's
position (an operator, a call's "("), an assignment at its operator.
"""
from __future__ import annotations

from ..syntax import ast
from ..syntax.nodepos import node_pos
from ..syntax.pos import Pos


def go_pos(n) -> Pos:
    """Where types2 reports an error at node n: syntax.StartPos, which is the start of
    the node except for nodes Go positions elsewhere (a key:value pair at its colon, a
    slice expression at its "[")."""
    if isinstance(n, ast.ExprStmt):  # a statement is at its expression's own position
        return node_pos(n.x)
    if isinstance(n, (ast.AssignStmt, ast.IncDecStmt)):
        return n.op_pos
    while True:
        if isinstance(n, ast.KeyValue):
            return n.colon
        if isinstance(n, ast.SliceExpr):
            return n.lbrack
        if isinstance(n, ast.FuncType) and n.lparen.line:
            return n.lparen
        if isinstance(n, ast.CompositeLit):
            if n.type is None:
                return n.lbrace
            n = n.type
        elif isinstance(n, (ast.SelectorExpr, ast.IndexExpr, ast.TypeAssertExpr, ast.BinaryExpr)):
            n = n.x
        elif isinstance(n, ast.CallExpr):
            n = n.fun
        else:
            return n.pos
