"""AST builder methods for type expressions and expressions (see build.py)."""
from __future__ import annotations

from lark import Token

from . import ast
from .branches import check_branches
from .pos import Pos


class ParamList(tuple):
    """A parenthesized parameter or result list; remembers where its parentheses are."""
    pos: Pos


def nodes(children, cls=ast.Node):
    return [c for c in children if isinstance(c, cls)]


class ExprBuilder:
    # ------------------------------------------------------------ types

    def type_name(self, ch):
        return self._ident(ch[0])

    def qualified_name(self, ch):
        return ast.SelectorExpr(self._span(ch), self._ident(ch[0]), self._ident(ch[2]), self._tpos(ch[1]))

    def pointer_type(self, ch):
        return ast.StarExpr(self._span(ch), ch[1])

    def array_type(self, ch):
        return ast.ArrayType(self._span(ch), ch[1], ch[3])

    def ellipsis_array_type(self, ch):
        return ast.ArrayType(self._span(ch), None, ch[3], dots=True)

    def slice_type(self, ch):
        return ast.ArrayType(self._span(ch), None, ch[2])

    def map_type(self, ch):
        return ast.MapType(self._span(ch), ch[2], ch[4])

    def chan_type(self, ch):
        elem = ch[-1] if isinstance(ch[-1], ast.Expr) else ch[-2]  # chan (T)
        return ast.ChanType(self._span(ch), "both", elem)

    def send_chan_type(self, ch):
        elem = ch[-1] if isinstance(ch[-1], ast.Expr) else ch[-2]  # chan<- (T)
        return ast.ChanType(self._span(ch), "send", elem)

    def paren_type(self, ch):
        return ast.ParenExpr(self._span(ch), ch[1])

    def recv_chan_type(self, ch):
        return ast.ChanType(self._span(ch), "recv", ch[-1])

    def func_type(self, ch):
        sig = ch[1]
        return ast.FuncType(self._span(ch), sig.params, sig.results, sig.lparen)

    def func_type_nf(self, ch):
        params = ch[1]
        res = ch[2]
        results = res if isinstance(res, tuple) else (ast.Field(res.pos, (), res),)
        results = tuple(results)
        return ast.FuncType(self._span(ch), params, results, params.pos)

    def struct_type(self, ch):
        fields = []
        for f in nodes(ch, ast.Field):
            fields.append(f)
        return ast.StructType(self._span(ch), tuple(fields))

    def field_decl(self, ch):
        tag = _unquote_tag(ch[2]) if ch[2] is not None else None
        return ast.Field(self._span(ch), ch[0], ch[1], tag)

    def embedded_field(self, ch):
        star, typ, tag = ch[0], ch[1], ch[2]
        if star is not None:
            typ = ast.StarExpr(self._span(ch), typ)
        return ast.Field(self._span(ch), (), typ, _unquote_tag(tag) if tag is not None else None)

    def type_name_embed(self, ch):
        if len(ch) == 1:
            return self._ident(ch[0])
        return ast.SelectorExpr(self._span(ch), self._ident(ch[0]), self._ident(ch[2]), self._tpos(ch[1]))

    def interface_type(self, ch):
        return ast.InterfaceType(self._span(ch), tuple(nodes(ch, ast.Field)))

    def iface_method(self, ch):
        return ast.Field(self._span(ch), (self._ident(ch[0]),), ch[1])

    def iface_embed(self, ch):
        return ast.Field(self._span(ch), (), ch[0])

    def signature(self, ch):
        params, result = ch[0], ch[1]
        return ast.FuncType(self._span(ch), tuple(params), tuple(result) if result is not None else (), params.pos)

    def result(self, ch):
        r = ch[0]
        if isinstance(r, tuple):
            return r
        fields = ParamList((ast.Field(r.pos, (), r),))
        fields.pos = r.pos
        return fields

    def parameters(self, ch):
        params = ParamList(ch[1] if ch[1] is not None else ())
        params.pos = self._span(ch)
        return params

    def param_list(self, ch):
        return self._group_params([c for c in ch if isinstance(c, tuple) and len(c) == 3])

    def param_type_only(self, ch):
        return (None, ch[0], False)

    def param_named(self, ch):
        return (self._ident(ch[0]), ch[1], False)

    def param_named_variadic(self, ch):
        return (self._ident(ch[0]), ch[2], True)

    def param_variadic(self, ch):
        return (None, ch[1], True)

    def _group_params(self, params):
        """Go's paramList: either every parameter is named or none is.

        In ``(a, b int, c string)`` the bare ``a`` is a name sharing ``b``'s type.
        """
        named = any(name is not None for name, _, _ in params)
        fields: list[ast.Field] = []
        if not named:
            for _, typ, variadic in params:
                fields.append(ast.Field(typ.pos, (), typ, None, variadic))
            return tuple(fields)
        # Go reads a lone name as a name; a parameter with a name and a type gives its type to
        # the lone names before it. Anything else is reported at the left-most offender.
        error_pos, typ_seen = None, None
        for name, typ, variadic in reversed(params):
            lone_name = name is None and isinstance(typ, ast.Ident) and not variadic
            if name is not None:
                typ_seen = typ
            elif not lone_name:
                typ_seen, error_pos = typ, typ.pos
            elif typ_seen is None:
                error_pos = typ.pos
        if error_pos is not None:
            self._error(error_pos, "syntax error: mixed named and unnamed parameters")
            return ()
        pending: list[ast.Ident] = []
        for name, typ, variadic in params:
            if name is None:
                pending.append(typ)
                continue
            names = tuple(pending) + (name,)
            start = names[0].pos
            fields.append(ast.Field(Pos(start.line, start.col, typ.pos.end_line, typ.pos.end_col),
                                    names, typ, None, variadic))
            pending = []
        return tuple(fields)

    # ------------------------------------------------------------ expressions

    def expr_list(self, ch):
        return tuple(c for c in ch if isinstance(c, ast.Expr))

    expr_list_nc = expr_list

    def binary(self, ch):
        x, op, y = ch
        return ast.BinaryExpr(self._span(ch), str(op), x, y, self._tpos(op))

    def unary(self, ch):
        op, x = ch
        if op.type == "STAR":
            return ast.StarExpr(self._span(ch), x)
        if op.type == "AMP":  # Go's parser: &(x) is &x, so &(T{}) may take a literal's address
            while isinstance(x, ast.ParenExpr):
                x = x.x
        if op.type == "ARROW" and isinstance(x, ast.ChanType) and x.dir != "recv":
            # <-chan T as an operand: Go's parser turns the receive into a channel type
            if x.dir == "both":
                return ast.ChanType(self._span(ch), "recv", x.value)
        return ast.UnaryExpr(self._span(ch), str(op), x)

    def name(self, ch):
        return self._ident(ch[0])

    def selector(self, ch):
        return ast.SelectorExpr(self._span(ch), ch[0], self._ident(ch[2]), self._tpos(ch[1]))

    def type_assert(self, ch):
        return ast.TypeAssertExpr(self._span(ch), ch[0], ch[3], self._tpos(ch[2]))

    def index(self, ch):
        return ast.IndexExpr(self._span(ch), ch[0], ch[2], self._tpos(ch[1]))

    def slice2(self, ch):
        return ast.SliceExpr(self._span(ch), ch[0], ch[2], ch[4], None, False, self._tpos(ch[1]))

    def slice3(self, ch):
        rsqb = self._tpos(ch[7])
        if ch[4] is None:  # Go's parser: reported, not a syntax error
            self._error(self._tpos(ch[5]), "middle index required in 3-index slice")
        if ch[6] is None:
            self._error(rsqb, "final index required in 3-index slice")
        return ast.SliceExpr(self._span(ch), ch[0], ch[2], ch[4], ch[6], True, self._tpos(ch[1]))

    def call(self, ch):
        fun = ch[0]
        lpar = next(c for c in ch if isinstance(c, Token) and c.type == "LPAR")
        rpar = ch[-1]
        args, dots = ch[-2] if ch[-2] is not None else ((), False)
        return ast.CallExpr(self._span(ch), fun, args, dots, self._tpos(lpar), self._tpos(rpar))

    def call_args(self, ch):
        args = tuple(c for c in ch if isinstance(c, ast.Expr))
        dots = any(isinstance(c, Token) and c.type == "ELLIPSIS" for c in ch)
        return args, dots

    def paren_func_type(self, ch):
        return ast.ParenExpr(self._span(ch), self.func_type(ch[1:3]))

    def paren_recv_chan_type(self, ch):
        return ast.ParenExpr(self._span(ch), ast.ChanType(self._span(ch[1:4]), "recv", ch[3]))

    def case_list(self, ch):
        return tuple(c for c in ch if isinstance(c, ast.Expr))

    def paren(self, ch):
        return ast.ParenExpr(self._span(ch), ch[1])

    def complit(self, ch):
        typ, lit = ch[0], ch[1]
        return ast.CompositeLit(self._span(ch), typ, lit.elts, lit.lbrace, lit.rbrace)

    def complit_named(self, ch):
        lit = ch[1]
        return ast.CompositeLit(self._span(ch), self._ident(ch[0]), lit.elts, lit.lbrace, lit.rbrace)

    def complit_qualified(self, ch):
        x, lit = ch[0], ch[3]
        typ = ast.SelectorExpr(Pos(x.pos.line, x.pos.col, ch[2].end_line, ch[2].end_column), x, self._ident(ch[2]),
                               self._tpos(ch[1]))
        return ast.CompositeLit(self._span(ch), typ, lit.elts, lit.lbrace, lit.rbrace)

    def lit_value(self, ch):
        elts = ch[1] if ch[1] is not None else ()
        return ast.CompositeLit(self._span(ch), None, elts, self._tpos(ch[0]), self._tpos(ch[-1]))

    def elements(self, ch):
        return tuple(c for c in ch if isinstance(c, ast.Expr))

    def keyed_element(self, ch):
        return ast.KeyValue(self._span(ch), ch[0], ch[2], self._tpos(ch[1]))

    def func_lit(self, ch):
        sig = ch[1]
        sig = ast.FuncType(self._span(ch[:2]), sig.params, sig.results, sig.lparen)
        self.errors.extend(check_branches(ch[2], self.filename))
        return ast.FuncLit(self._span(ch), sig, ch[2])

    def _lit(kind):  # noqa: N805 - a method factory
        def build(self, ch):
            return ast.BasicLit(self._span(ch), kind, str(ch[0]))
        return build

    int_lit = _lit("INT")
    float_lit = _lit("FLOAT")
    imag_lit = _lit("IMAG")
    char_lit = _lit("CHAR")
    string_lit = _lit("STRING")
    del _lit


def _unquote_tag(tok) -> str:
    return str(tok)
