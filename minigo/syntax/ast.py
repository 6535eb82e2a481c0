"""The abstract syntax tree: small frozen dataclasses, one per Go construct.

Names follow Go's ``go/ast`` (Ident, BasicLit, CompositeLit, SelectorExpr, ...), so a Go
engineer can read a tree. Every node carries ``pos``: its start and end (line, column),
which the checker uses for errors (types2 reports at a node's start) and the debugger
for stop points. Nodes whose Go position is not their start keep it too, because
``go build -gcflags=-m`` prints that one: ``op_pos`` of a binary expression, ``lparen``
of a call, ``lbrace`` of a composite literal.

Nodes compare by identity (``eq=False``): later passes key side tables by node.
Type expressions are expressions, as in Go's parser (``[]int(x)`` is a call).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .pos import Pos

node = dataclass(frozen=True, slots=True, eq=False)


@node
class Node:
    pos: Pos


# ---------------------------------------------------------------- expressions

class Expr(Node):
    __slots__ = ()


@node
class Ident(Expr):
    name: str


@node
class BasicLit(Expr):
    kind: str  # INT FLOAT IMAG CHAR STRING
    value: str  # the literal as written


@node
class KeyValue(Expr):
    key: Expr
    value: Expr
    colon: Pos  # Go positions a key:value pair at its colon


@node
class CompositeLit(Expr):
    type: Optional[Expr]  # None for an elided type inside another literal
    elts: tuple[Expr, ...]
    lbrace: Pos
    rbrace: Pos


@node
class FuncLit(Expr):
    type: "FuncType"
    body: "Block"


@node
class ParenExpr(Expr):
    x: Expr


@node
class SelectorExpr(Expr):
    x: Expr
    sel: Ident
    dot: Pos = Pos(0, 0)  # Go positions a selector at its "."


@node
class IndexExpr(Expr):
    x: Expr
    index: Expr
    lbrack: Pos


@node
class SliceExpr(Expr):
    x: Expr
    lo: Optional[Expr]
    hi: Optional[Expr]
    max: Optional[Expr]
    slice3: bool
    lbrack: Pos


@node
class TypeAssertExpr(Expr):
    x: Expr
    type: Optional[Expr]  # None in a type switch guard: x.(type)
    lparen: Pos


@node
class CallExpr(Expr):
    fun: Expr
    args: tuple[Expr, ...]
    has_dots: bool  # f(xs...)
    lparen: Pos
    rparen: Pos


@node
class StarExpr(Expr):
    """``*x``: a dereference, or a pointer type when x is a type."""
    x: Expr


@node
class UnaryExpr(Expr):
    op: str  # + - ! ^ & <-
    x: Expr


@node
class BinaryExpr(Expr):
    op: str
    x: Expr
    y: Expr
    op_pos: Pos


# ---------------------------------------------------------------- type expressions

@node
class ArrayType(Expr):
    len: Optional[Expr]  # None: a slice type []T
    elem: Expr
    dots: bool = False  # [...]T


@node
class MapType(Expr):
    key: Expr
    value: Expr


@node
class ChanType(Expr):
    dir: str  # "both", "send" (chan<- T), "recv" (<-chan T)
    value: Expr


@node
class Field(Node):
    """A parameter, result, struct field or interface element group."""
    names: tuple[Ident, ...]  # empty: unnamed parameter or embedded field
    type: Expr
    tag: Optional[str] = None
    variadic: bool = False  # ...T parameter


@node
class FuncType(Expr):
    params: tuple[Field, ...]
    results: tuple[Field, ...]
    lparen: Pos = Pos(0, 0)  # Go positions a func type at its "("


@node
class StructType(Expr):
    fields: tuple[Field, ...]


@node
class InterfaceType(Expr):
    methods: tuple[Field, ...]  # named: a method (type is FuncType); unnamed: embedded


# ---------------------------------------------------------------- statements

class Stmt(Node):
    __slots__ = ()


@node
class BadStmt(Stmt):
    pass


@node
class EmptyStmt(Stmt):
    pass


@node
class DeclStmt(Stmt):
    decl: "GenDecl"


@node
class LabeledStmt(Stmt):
    label: Ident
    stmt: Stmt


@node
class ExprStmt(Stmt):
    x: Expr


@node
class SendStmt(Stmt):
    chan: Expr
    value: Expr
    arrow: Pos


@node
class IncDecStmt(Stmt):
    x: Expr
    op: str  # ++ --
    op_pos: Pos


@node
class AssignStmt(Stmt):
    lhs: tuple[Expr, ...]
    op: str  # = := += -= ...
    rhs: tuple[Expr, ...]
    op_pos: Pos


@node
class GoStmt(Stmt):
    call: Expr


@node
class DeferStmt(Stmt):
    call: Expr


@node
class ReturnStmt(Stmt):
    results: tuple[Expr, ...]


@node
class BranchStmt(Stmt):
    tok: str  # break continue goto fallthrough
    label: Optional[Ident]


@node
class Block(Stmt):
    stmts: tuple[Stmt, ...]
    rbrace: Pos


@node
class IfStmt(Stmt):
    init: Optional[Stmt]
    cond: Expr
    body: Block
    else_: Optional[Stmt]  # IfStmt or Block


@node
class CaseClause(Stmt):
    list: Optional[tuple[Expr, ...]]  # None: default
    body: tuple[Stmt, ...]
    colon: Pos


@node
class SwitchStmt(Stmt):
    init: Optional[Stmt]
    tag: Optional[Expr]
    clauses: tuple[CaseClause, ...]
    lbrace: Pos
    rbrace: Pos


@node
class TypeSwitchStmt(Stmt):
    init: Optional[Stmt]
    bind: Optional[Ident]  # v in switch v := x.(type)
    x: Expr  # the operand of .(type)
    clauses: tuple[CaseClause, ...]
    lbrace: Pos
    rbrace: Pos


@node
class CommClause(Stmt):
    comm: Optional[Stmt]  # SendStmt, ExprStmt(<-c), AssignStmt(v[, ok] = / := <-c); None: default
    body: tuple[Stmt, ...]
    colon: Pos


@node
class SelectStmt(Stmt):
    clauses: tuple[CommClause, ...]
    rbrace: Pos


@node
class ForStmt(Stmt):
    init: Optional[Stmt]
    cond: Optional[Expr]
    post: Optional[Stmt]
    body: Block


@node
class RangeStmt(Stmt):
    key: Optional[Expr]
    value: Optional[Expr]
    define: bool  # := rather than =
    x: Expr
    body: Block
    extra: tuple[Expr, ...] = ()  # a third variable and beyond: a type error in Go 1.19


# ---------------------------------------------------------------- declarations

@node
class ImportSpec(Node):
    name: Optional[Ident]
    path: str  # unquoted
    path_pos: Pos


@node
class ValueSpec(Node):
    """One line of a var or const declaration."""
    names: tuple[Ident, ...]
    type: Optional[Expr]
    values: tuple[Expr, ...]
    iota: int = 0  # const only: index in its group
    implicit: bool = False  # const only: values repeated from the previous spec


@node
class TypeSpec(Node):
    name: Ident
    type: Expr
    alias: bool = False


@node
class GenDecl(Node):
    tok: str  # var const type import
    specs: tuple[Node, ...]


@node
class FuncDecl(Node):
    recv: Optional[Field]
    name: Ident
    type: FuncType
    body: Optional[Block]


@node
class File(Node):
    package: Ident
    imports: tuple[ImportSpec, ...]
    decls: tuple[Node, ...]  # GenDecl and FuncDecl, in source order
    comments: tuple[tuple[Pos, str], ...] = field(default=())
    filename: str = "main.go"  # as the user named it; Go prints it in some messages
    errors: tuple = ()  # Diagnostics that do not stop type checking (gc: not "syntax error: ...")
