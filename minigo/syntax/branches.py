"""Labels, break, continue and fallthrough, checked per function body as Go's parser does.

A port of ``cmd/compile/internal/syntax/branches.go`` (gc runs it while parsing, so
these errors appear even when a later part of the file has a syntax error, and they
are not "syntax error"s: type checking still runs). ``goto`` is outside minigo's subset
and is reported by the checker.
"""
from __future__ import annotations

from . import ast
from .pos import Diagnostic


class _Label:
    __slots__ = ("block", "stmt", "used")

    def __init__(self, block, stmt):
        self.block, self.stmt, self.used = block, stmt, False


class _Block:
    __slots__ = ("parent", "lstmt")

    def __init__(self, parent, lstmt):
        self.parent, self.lstmt = parent, lstmt


class _Targets:
    __slots__ = ("breaks", "continues", "case_index")

    def __init__(self, breaks=None, continues=None, case_index=-1):
        self.breaks, self.continues, self.case_index = breaks, continues, case_index


def check_branches(body: ast.Block, filename: str) -> list[Diagnostic]:
    checker = _BranchChecker(filename)
    checker.block(None, _Targets(), None, body.stmts)
    for name, label in checker.labels.items():
        if not label.used and name not in checker.gotos:
            checker.err(label.stmt.label.pos, f"label {name} defined and not used")
    return checker.errors


class _BranchChecker:
    def __init__(self, filename: str):
        self.filename = filename
        self.labels: dict[str, _Label] = {}
        self.errors: list[Diagnostic] = []
        self.gotos: set[str] = set()  # labels a goto names count as used

    def err(self, pos, msg: str) -> None:
        self.errors.append(Diagnostic(pos, msg))

    def declare(self, block, s: ast.LabeledStmt) -> _Label:
        name = s.label.name
        alt = self.labels.get(name)
        if alt is not None:
            p = alt.stmt.label.pos
            self.err(s.label.pos, f"label {name} already defined at {self.filename}:{p.line}:{p.col}")
            return alt
        label = _Label(block, s)
        self.labels[name] = label
        return label

    def enclosing_target(self, block, name: str):
        """The statement labelled name if it encloses block; False if it exists elsewhere."""
        label = self.labels.get(name)
        if label is None:
            return None
        label.used = True  # even if it is not a valid target
        while block is not None:
            if block.lstmt is label.stmt:
                return label.stmt
            block = block.parent
        return False

    def block(self, parent, ctx: _Targets, lstmt, stmts) -> None:
        b = _Block(parent, lstmt)
        stmts = list(stmts)
        while stmts and isinstance(stmts[-1], ast.EmptyStmt):
            stmts.pop()
        for index, stmt in enumerate(stmts):
            lstmt = None
            while isinstance(stmt, ast.LabeledStmt):
                if stmt.label.name != "_":
                    self.declare(b, stmt)
                    lstmt = stmt
                stmt = stmt.stmt
            if isinstance(stmt, ast.BranchStmt):
                self.branch(b, ctx, stmt, index, len(stmts))
            elif isinstance(stmt, ast.Block):
                self.block(b, _Targets(ctx.breaks, ctx.continues), lstmt, stmt.stmts)
            elif isinstance(stmt, ast.IfStmt):
                inner = _Targets(ctx.breaks, ctx.continues)
                self.block(b, inner, lstmt, stmt.body.stmts)
                if stmt.else_ is not None:
                    self.block(b, inner, lstmt, [stmt.else_])
            elif isinstance(stmt, (ast.ForStmt, ast.RangeStmt)):
                self.block(b, _Targets(stmt, stmt), lstmt, stmt.body.stmts)
            elif isinstance(stmt, (ast.SwitchStmt, ast.TypeSwitchStmt)):
                for i, clause in enumerate(stmt.clauses):
                    self.block(b, _Targets(stmt, ctx.continues, i), lstmt, clause.body)
            elif isinstance(stmt, ast.SelectStmt):
                for clause in stmt.clauses:
                    self.block(b, _Targets(stmt, ctx.continues), lstmt, clause.body)

    def branch(self, b, ctx: _Targets, s: ast.BranchStmt, index: int, count: int) -> None:
        if s.label is None:
            if s.tok == "break" and ctx.breaks is None:
                self.err(s.pos, "break is not in a loop, switch, or select")
            elif s.tok == "continue" and ctx.continues is None:
                self.err(s.pos, "continue is not in a loop")
            elif s.tok == "fallthrough":
                self.fallthrough(ctx, s, index, count)
            return
        name = s.label.name
        if s.tok not in ("break", "continue"):
            self.gotos.add(name)  # goto: outside the subset, reported by the checker
            return
        target = self.enclosing_target(b, name)
        if target is None:
            self.err(s.label.pos, f"{s.tok} label not defined: {name}")
            return
        inner = target.stmt if target else None
        loops = (ast.ForStmt, ast.RangeStmt)
        ok = isinstance(inner, loops) if s.tok == "continue" else \
            isinstance(inner, loops + (ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt))
        if not ok:
            self.err(s.label.pos, f"invalid {s.tok} label {name}")

    def fallthrough(self, ctx: _Targets, s, index: int, count: int) -> None:
        msg = "fallthrough statement out of place"
        switch = ctx.breaks
        if isinstance(switch, ast.TypeSwitchStmt):
            msg = "cannot fallthrough in type switch"
        elif isinstance(switch, ast.SwitchStmt) and ctx.case_index >= 0 and index + 1 == count:
            if ctx.case_index + 1 == len(switch.clauses):
                msg = "cannot fallthrough final case in switch"
            else:
                return  # fallthrough ok
        self.err(s.pos, msg)
