"""Terminating statements (the spec's definition; types2 ``return.go``): a function with
results must end in one, else ``missing return``."""
from __future__ import annotations

from ..syntax import ast


def is_terminating(s) -> bool:
    """The spec's terminating statements (types2 return.go)."""
    if isinstance(s, ast.ReturnStmt):
        return True
    if isinstance(s, ast.BranchStmt):
        return s.tok in ("goto", "fallthrough")
    if isinstance(s, ast.ExprStmt):
        x = s.x
        while isinstance(x, ast.ParenExpr):
            x = x.x
        return isinstance(x, ast.CallExpr) and isinstance(x.fun, ast.Ident) and x.fun.name == "panic"
    if isinstance(s, ast.Block):
        return bool(s.stmts) and is_terminating(s.stmts[-1])
    if isinstance(s, ast.IfStmt):
        return s.else_ is not None and is_terminating(s.body) and is_terminating(s.else_)
    if isinstance(s, ast.LabeledStmt):
        return is_terminating(s.stmt) if not isinstance(s.stmt, (ast.ForStmt, ast.RangeStmt, ast.SwitchStmt,
                                                                  ast.TypeSwitchStmt, ast.SelectStmt)) \
            else _labeled_terminating(s)
    if isinstance(s, ast.ForStmt):
        return s.cond is None and not _has_break(s.body, None, True)
    if isinstance(s, (ast.SwitchStmt, ast.TypeSwitchStmt)):
        has_default = any(c.list is None for c in s.clauses)
        if not has_default:
            return False
        for c in s.clauses:
            body = c.body
            if _has_break_list(body, None, True):
                return False
            if not body:
                return False
            last = body[-1]
            if not is_terminating(last) and not (isinstance(last, ast.BranchStmt) and last.tok == "fallthrough"):
                return False
        return True
    if isinstance(s, ast.SelectStmt):
        for c in s.clauses:
            if _has_break_list(c.body, None, True) or not c.body or not is_terminating(c.body[-1]):
                return False
        return True
    return False


def _labeled_terminating(s: ast.LabeledStmt) -> bool:
    inner = s.stmt
    if isinstance(inner, ast.ForStmt):
        return inner.cond is None and not _has_break(inner.body, s.label.name, True)
    if _has_break(inner, s.label.name, False):
        return False
    return is_terminating(inner)


def _has_break_list(stmts, label, implicit) -> bool:
    return any(_has_break(s, label, implicit) for s in stmts)


def _has_break(s, label, implicit) -> bool:
    if isinstance(s, ast.BranchStmt):
        if s.tok == "break":
            return (s.label is None and implicit) or (s.label is not None and s.label.name == label)
        return False
    if isinstance(s, ast.Block):
        return _has_break_list(s.stmts, label, implicit)
    if isinstance(s, ast.IfStmt):
        return _has_break(s.body, label, implicit) or (s.else_ is not None and _has_break(s.else_, label, implicit))
    if isinstance(s, ast.LabeledStmt):
        return _has_break(s.stmt, label, implicit)
    if isinstance(s, (ast.ForStmt, ast.RangeStmt)):
        return label is not None and _has_break(s.body, label, False)
    if isinstance(s, (ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt)):
        return label is not None and any(_has_break_list(c.body, label, False) for c in s.clauses)
    if isinstance(s, (ast.CaseClause, ast.CommClause)):
        return _has_break_list(s.body, label, implicit)
    return False
