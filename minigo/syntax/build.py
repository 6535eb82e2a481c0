"""Builds the AST from lark's parse tree: one method per grammar rule alias.

Also does the few checks Go's parser makes that a context-free grammar cannot
(``cannot declare in post statement of for loop``, imports after declarations,
``var declaration not allowed in for initializer``...); those become syntax
diagnostics exactly as Go words them.

Lark columns count characters; Go counts bytes. ``Columns`` converts.
"""
from __future__ import annotations

from lark import Token, Transformer

from . import ast
from .branches import check_branches
from .build_exprs import ExprBuilder, ParamList, nodes
from .pos import Diagnostic, Pos
from .nodepos import node_pos
from .printer import expr_string, not_a_value


class Columns:
    """Character columns (lark) to byte columns (Go), per line."""

    def __init__(self, text: str):
        self._lines = text.split("\n")
        self._ascii = text.isascii()

    def col(self, line: int, col: int) -> int:
        if self._ascii or line < 1 or line > len(self._lines):
            return col
        return len(self._lines[line - 1][: col - 1].encode("utf-8", "surrogatepass")) + 1

    def pos(self, p: Pos) -> Pos:
        """A position in lark's character columns, in Go's byte columns."""
        return Pos(p.line, self.col(p.line, p.col), p.end_line, self.col(p.end_line, p.end_col))

    def tok(self, t: Token) -> Pos:
        return Pos(t.line, self.col(t.line, t.column), t.end_line or t.line,
                   self.col(t.end_line or t.line, t.end_column or t.column))



class AstBuilder(ExprBuilder, Transformer):
    def __init__(self, text: str, filename: str = "main.go"):
        super().__init__(visit_tokens=False)
        self.cols = Columns(text)
        self.filename = filename
        self.errors: list[Diagnostic] = []

    def _span(self, ch) -> Pos:
        """The source range of a rule: from its first child's start to its last child's end."""
        first = last = None
        for c in ch:
            if c is not None and not (isinstance(c, tuple) and not c and not isinstance(c, ParamList)):
                first = c
                break
        for c in reversed(ch):
            if c is not None and not (isinstance(c, tuple) and not c and not isinstance(c, ParamList)):
                last = c
                break
        if first is None:
            return Pos(0, 0)
        a, b = self._pos_of(first), self._pos_of(last)
        return Pos(a.line, a.col, b.end_line, b.end_col)

    def _pos_of(self, v) -> Pos:
        if isinstance(v, Token):
            return self.cols.tok(v)
        if isinstance(v, ast.Node):
            return v.pos
        if isinstance(v, ParamList):
            return v.pos
        if isinstance(v, tuple):
            a = self._pos_of(next(x for x in v if x is not None and not isinstance(x, (bool, str))))
            b = self._pos_of(next(x for x in reversed(v) if x is not None and not isinstance(x, (bool, str))))
            return Pos(a.line, a.col, b.end_line, b.end_col)
        raise TypeError(v)

    def _tpos(self, tok: Token) -> Pos:
        return self.cols.tok(tok)

    def _ident(self, tok: Token) -> ast.Ident:
        return ast.Ident(self._tpos(tok), str(tok))

    def _error(self, pos: Pos, msg: str) -> None:
        self.errors.append(Diagnostic(pos, msg))

    # ------------------------------------------------------------ file and declarations

    def start(self, ch):
        pkg = ch[0]
        imports, decls, seen_decl = [], [], False
        for c in ch[1:]:
            if c is None:
                continue
            if isinstance(c, ast.GenDecl) and c.tok == "import":
                if seen_decl:  # Go's parser reads imports only before other declarations
                    self._error(c.pos, "syntax error: non-declaration statement outside function body")
                imports.extend(c.specs)
            else:
                seen_decl = True
            decls.append(c)
        return ast.File(self._span(ch), pkg, tuple(imports), tuple(decls))

    def package_clause(self, ch):
        return self._ident(ch[1])

    def import_decl(self, ch):
        return ast.GenDecl(self._span(ch), "import", tuple(nodes(ch, ast.ImportSpec)))

    import_group = import_decl

    def import_spec(self, ch):
        name = None
        if ch[0] is not None:
            name = self._ident(ch[0])
        path = ch[-1]
        return ast.ImportSpec(self._span(ch), name, _unquote_path(path), self._tpos(path))

    def var_decl(self, ch):
        return ast.GenDecl(self._span(ch), "var", tuple(nodes(ch, ast.ValueSpec)))

    var_group = var_decl

    def var_spec(self, ch):
        names = ch[0]
        rest = [c for c in ch[1:] if c is not None and not (isinstance(c, Token) and c.type == "ASSIGN")]
        typ, values = None, ()
        if rest and isinstance(rest[0], ast.Expr):
            typ = rest.pop(0)
        if rest:
            values = rest[0]
        return ast.ValueSpec(self._span(ch), names, typ, values)

    def const_decl(self, ch):
        specs, prev, index = [], None, 0
        for spec in nodes(ch, ast.ValueSpec):
            if spec.implicit and prev is not None:
                spec = ast.ValueSpec(spec.pos, spec.names, prev.type, prev.values, index, True)
            else:
                spec = ast.ValueSpec(spec.pos, spec.names, spec.type, spec.values, index, spec.implicit)
            if not spec.implicit:
                prev = spec
            specs.append(spec)
            index += 1
        return ast.GenDecl(self._span(ch), "const", tuple(specs))

    const_group = const_decl

    def const_spec(self, ch):
        names = ch[0]
        typ = ch[1] if isinstance(ch[1], ast.Expr) else None
        values = ch[-1]
        return ast.ValueSpec(self._span(ch), names, typ, values)

    def const_spec_no_init(self, ch):
        return ast.ValueSpec(self._span(ch), ch[0], ch[1], ())

    def const_spec_implicit(self, ch):
        return ast.ValueSpec(self._span(ch), ch[0], None, (), implicit=True)

    def type_decl(self, ch):
        return ast.GenDecl(self._span(ch), "type", tuple(nodes(ch, ast.TypeSpec)))

    type_group = type_decl

    def type_spec(self, ch):
        return ast.TypeSpec(self._span(ch), self._ident(ch[0]), ch[-1])

    def alias_spec(self, ch):
        return ast.TypeSpec(self._span(ch), self._ident(ch[0]), ch[-1], alias=True)

    def func_decl(self, ch):
        recv, name, sig, body = ch[1], ch[2], ch[3], ch[4]
        if recv is not None:
            # Go's parser: not a syntax error; the first receiver is kept and checking goes on
            count = sum(max(1, len(f.names)) for f in recv)
            if count == 0:
                self._error(self._tpos(name), "method has no receiver")
                recv = None
            else:
                if count > 1:
                    self._error(self._tpos(name), "method has multiple receivers")
                first = recv[0]
                recv = ast.Field(first.pos, first.names[:1], first.type, first.tag, first.variadic)
        if body is not None:
            self.errors.extend(check_branches(body, self.filename))
        return ast.FuncDecl(self._span(ch), recv, self._ident(name), sig, body)

    def receiver(self, ch):
        return ch[1] if ch[1] is not None else ()

    def ident_list(self, ch):
        return tuple(self._ident(t) for t in ch if isinstance(t, Token) and t.type == "NAME")

    def decl_stmt(self, ch):
        return ast.DeclStmt(self._span(ch), ch[0])

    # ------------------------------------------------------------ statements

    def block(self, ch):
        return ast.Block(self._span(ch), ch[1], self._tpos(ch[2]))

    def stmt_list(self, ch):
        return tuple(c for c in ch if isinstance(c, ast.Stmt))

    def labeled_stmt(self, ch):
        stmt = ch[2] if len(ch) > 2 else None
        if stmt is None:
            stmt = ast.EmptyStmt(self._tpos(ch[1]))
        return ast.LabeledStmt(self._span(ch), self._ident(ch[0]), stmt)

    def go_stmt(self, ch):
        return ast.GoStmt(self._span(ch), self._call_stmt(ch[1], "go"))

    def defer_stmt(self, ch):
        return ast.DeferStmt(self._span(ch), self._call_stmt(ch[1], "defer"))

    def _call_stmt(self, x, tok):
        """Go's parser callStmt: unwrap parentheses, and treat a non-call as a call
        with no arguments (the common slip of a missing "()") so checking goes on."""
        if isinstance(x, ast.ParenExpr):
            self._error(x.pos, f"expression in {tok} must not be parenthesized")
            while isinstance(x, ast.ParenExpr):
                x = x.x
        if isinstance(x, ast.UnaryExpr):  # Go's callStmt reads a primary expression: no unary operator
            self._error(x.pos, f"syntax error: unexpected {x.op}, expecting expression")
            return x
        if not isinstance(x, ast.CallExpr):
            self._error(node_pos(x), f"expression in {tok} must be function call")
            end = Pos(x.pos.end_line, x.pos.end_col, x.pos.end_line, x.pos.end_col)
            x = ast.CallExpr(x.pos, x, (), False, end, end)
        return x

    def return_stmt(self, ch):
        return ast.ReturnStmt(self._span(ch), ch[1] if ch[1] is not None else ())

    def branch_stmt(self, ch):
        label = self._ident(ch[1]) if len(ch) > 1 and ch[1] is not None else None
        return ast.BranchStmt(self._span(ch), str(ch[0]), label)

    def expr_stmt(self, ch):
        return ast.ExprStmt(self._span(ch), ch[0])

    def send_stmt(self, ch):
        return ast.SendStmt(self._span(ch), ch[0], ch[2], self._tpos(ch[1]))

    def incdec_stmt(self, ch):
        return ast.IncDecStmt(self._span(ch), ch[0], str(ch[1]), self._tpos(ch[1]))

    def assign_stmt(self, ch):
        lhs, op, rhs = ch
        lhs = lhs if isinstance(lhs, tuple) else (lhs,)
        rhs = rhs if isinstance(rhs, tuple) else (rhs,)
        return ast.AssignStmt(self._span(ch), lhs, str(op), rhs, self._tpos(op))

    def if_stmt(self, ch):
        # IF cond block [ELSE (if|block)]
        cond, body, els = ch[1], ch[2], ch[4] if len(ch) > 4 else None
        return self._if(ch, None, cond, body, els)

    def if_init(self, ch):
        init, cond, body = ch[1], ch[2], ch[3]
        els = ch[5] if len(ch) > 5 else None
        return self._if(ch, init, cond, body, els)

    def _if(self, ch, init, cond, body, els):
        if isinstance(init, ast.DeclStmt):
            self._error(init.pos, "syntax error: var declaration not allowed in if initializer")
        return ast.IfStmt(self._span(ch), init, cond, body, els)

    def switch_stmt(self, ch):
        header = ch[1]
        lbrace = next(c for c in ch if isinstance(c, Token) and c.type == "LBRACE")
        rbrace = ch[-1]
        clauses = tuple(nodes(ch, ast.CaseClause))
        init, tag, guard = None, None, None
        if isinstance(header, tuple) and header and header[0] == "init":
            _, init, rest = header
            if isinstance(rest, tuple) and rest and rest[0] == "guard":
                guard = rest
            elif rest is not None:
                tag = self._switch_tag(rest)
        elif isinstance(header, tuple) and header and header[0] == "guard":
            guard = header
        elif header is not None:
            tag = self._switch_tag(header)
        if guard is not None:
            _, bind, x = guard
            return ast.TypeSwitchStmt(self._span(ch), init, bind, x, clauses,
                                      self._tpos(lbrace), self._tpos(rbrace))
        return ast.SwitchStmt(self._span(ch), init, tag, clauses, self._tpos(lbrace), self._tpos(rbrace))

    def _switch_tag(self, stmt):
        if isinstance(stmt, ast.ExprStmt):
            return stmt.x
        self._error(stmt.op_pos if isinstance(stmt, ast.AssignStmt) else stmt.pos,
                    f"syntax error: cannot use {not_a_value(stmt)} as value")
        return ast.Ident(stmt.pos, "_")

    def switch_init(self, ch):
        return ("init", ch[0], ch[-1])

    switch_init_guard = switch_init

    def type_switch_guard(self, ch):
        if len(ch) == 5:  # primary . ( type )
            return ("guard", None, ch[0])
        lhs, x = ch[0], ch[2]
        if len(lhs) != 1 or not isinstance(lhs[0], ast.Ident):  # Go's header: not a guard at all
            names = ", ".join(expr_string(v) for v in lhs)
            self._error(self._tpos(ch[1]), f"syntax error: cannot use {names} := {expr_string(x)}.(type) as value")
            return ("guard", None, x)
        return ("guard", lhs[0], x)

    def case_clause(self, ch):
        return ast.CaseClause(self._span(ch), ch[1], ch[3], self._tpos(ch[2]))

    def default_clause(self, ch):
        return ast.CaseClause(self._span(ch), None, ch[2], self._tpos(ch[1]))

    def select_stmt(self, ch):
        return ast.SelectStmt(self._span(ch), tuple(nodes(ch, ast.CommClause)), self._tpos(ch[-1]))

    def comm_clause(self, ch):
        return ast.CommClause(self._span(ch), ch[1], ch[3], self._tpos(ch[2]))

    def comm_default(self, ch):
        return ast.CommClause(self._span(ch), None, ch[2], self._tpos(ch[1]))

    def for_ever(self, ch):
        return ast.ForStmt(self._span(ch), None, None, None, ch[1])

    def for_cond(self, ch):
        return ast.ForStmt(self._span(ch), None, ch[1], None, ch[2])

    def for_clause(self, ch):
        init, cond, post, body = ch[1], ch[2], ch[3], ch[4]
        if isinstance(post, ast.AssignStmt) and post.op == ":=":
            self._error(post.op_pos, "syntax error: cannot declare in post statement of for loop")
        return ast.ForStmt(self._span(ch), init, cond, post, body)

    def for_range_bare(self, ch):
        return ast.RangeStmt(self._span(ch), None, None, False, ch[2], ch[3])

    def for_range(self, ch):
        lhs, op, x, body = ch[1], ch[2], ch[4], ch[5]
        key = lhs[0]
        value = lhs[1] if len(lhs) > 1 else None
        return ast.RangeStmt(self._span(ch), key, value, op.type == "DEFINE", x, body, tuple(lhs[2:]))

def _unquote_path(tok: Token) -> str:
    s = str(tok)
    return s[1:-1]
