"""Go's wording for syntax errors, recovered from an LALR parse failure.

Go's parser is recursive descent and says what it was parsing:
``syntax error: unexpected newline in argument list; possibly missing comma or )``.
An LALR parser only knows the offending token and the terminals it would have
accepted. The partial parse on lark's value stack tells the rest: the innermost
unclosed ``(``, ``[`` or ``{`` and what stands before it (a call, a parameter list,
a composite literal, a block), or no bracket at all (top level). Each case below
names the Go function (``cmd/compile/internal/syntax/parser.go``) whose message it
reproduces.
"""
from __future__ import annotations

from lark import Token, Tree

from . import ast
from .pos import Diagnostic, Pos
from .printer import not_a_value

_LITERALS = {"INT", "FLOAT", "IMAG", "CHAR", "STRING"}
_EXPR_START = {"NAME", "INT", "FLOAT", "IMAG", "CHAR", "STRING", "LPAR", "FUNC", "LSQB", "MAP",
               "CHAN", "STRUCT", "INTERFACE", "PLUS", "MINUS", "BANG", "CARET", "STAR", "AMP", "ARROW"}
_DECL_START = {"FUNC", "VAR", "CONST", "TYPE", "IMPORT"}
_OPENERS = {"LPAR": "RPAR", "LSQB": "RSQB", "LBRACE": "RBRACE"}
_CLOSERS = frozenset(_OPENERS.values())
_HEADER_KEYWORDS = {"IF": "if clause", "FOR": "for clause", "SWITCH": "switch clause"}


def token_string(tok: Token) -> str:
    """What Go's ``syntaxErrorAt`` calls the current token."""
    kind = tok.type
    if kind == "$END":
        return "EOF"
    if kind == "_SEMI":
        return "semicolon" if tok.value == ";" else tok.value  # newline / EOF
    if kind == "COMMA":
        return "comma"  # Go's tokstring
    if kind in _LITERALS:
        return "literal " + tok.value
    return tok.value


def lexical_error(e, text: str, cols) -> Diagnostic:
    """Go's scanner errors (``scanner.go``): bad characters, unterminated literals."""
    line, col = e.line, e.column
    src_line = text.split("\n")[line - 1] if line - 1 < len(text.split("\n")) else ""
    ch = e.char
    pos = Pos(line, cols.col(line, col))
    if ch == '"':
        rest = src_line[col:]
        if '"' not in rest.replace('\\"', ""):
            # Go reports at the newline that ends the line, or at the literal when EOF comes first
            if text.count("\n") >= line:
                return Diagnostic(Pos(line, cols.col(line, len(src_line) + 1)), "newline in string")
            return Diagnostic(pos, "string not terminated")
        return Diagnostic(pos, "unknown escape")
    if ch == "`":
        return Diagnostic(pos, "string not terminated")
    if ch == "'":
        rest = src_line[col:]
        if rest.startswith("'"):
            return Diagnostic(Pos(line, cols.col(line, col + 1)), "empty rune literal or unescaped '")
        if "'" not in rest:
            return Diagnostic(pos, "rune literal not terminated")
        return Diagnostic(pos, "more than one character in rune literal")
    if ch == "/" and src_line[col:col + 1] == "*":
        return Diagnostic(pos, "comment not terminated")
    if ch == "\x00":
        return Diagnostic(pos, "invalid NUL character")
    if ch == "\ufeff":
        return Diagnostic(pos, "invalid BOM in the middle of the file")
    return Diagnostic(pos, f"invalid character {_go_char(ch)}")


def skip_bad_input(e, text: str) -> str | None:
    """The text with the offending input neutralised the way Go's scanner skips it,
    keeping every other byte column in place; None when there is no sensible way on."""
    start = e.pos_in_stream
    ch = e.char
    if ch == '"':
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start < 2:
            return None
        # close the string on its last character: the newline after it keeps its column
        return text[: end - 1] + '"' + text[end:]
    if ch in "`'/":
        return None
    width = len(ch.encode("utf-8", "surrogatepass"))
    return text[:start] + " " * width + text[start + 1:]


def _go_char(ch: str) -> str:
    """Go's ``%#U``: ``U+0040 '@'`` (the quoted char only if printable)."""
    code = ord(ch)
    s = f"U+{code:04X}"
    if ch.isprintable():
        s += f" '{ch}'"
    return s


def unexpected_token(e, text: str, cols) -> Diagnostic:
    tok = e.token
    pos = _token_pos(tok, text, cols)
    expected = set(e.expected) if e.expected else set()
    state = e.interactive_parser.parser_state if e.interactive_parser is not None else getattr(e, "state", None)
    stack = list(state.value_stack) if state is not None else []
    msg = _message(tok, expected, stack)
    if isinstance(msg, tuple):
        pos, msg = msg
        if isinstance(pos, Token):
            pos = _token_pos(pos, text, cols)
    return Diagnostic(pos, msg)


def _token_pos(tok: Token, text: str, cols) -> Pos:
    if tok.type == "$END" or (tok.type == "_SEMI" and tok.value == "EOF"):
        lines = text.split("\n")
        return Pos(len(lines), cols.col(len(lines), len(lines[-1]) + 1))
    return cols.tok(tok)


def flatten(stack) -> list:
    """lark keeps inlined rules (``_rule``, ``__x_star_0``) as trees until their parent reduces."""
    out = []
    for v in stack:
        if isinstance(v, Tree):
            out.extend(flatten(v.children))
        else:
            out.append(v)
    return out


def _expects_expression(expected: set[str]) -> bool:
    return "NAME" in expected and "INT" in expected and not expected & {"_SEMI", "COMMA", "RPAR", "RBRACE", "RSQB"}


def _message(tok: Token, expected: set[str], stack: list):
    stack = flatten(stack)
    t = token_string(tok)
    unexpected = f"syntax error: unexpected {t}"
    if not stack:
        return _missing_package(tok)
    top = stack[-1]
    top_kind = top.type if isinstance(top, Token) else None
    if top_kind == "FUNC":
        return f"{unexpected}, expecting name or (" if "NAME" in expected else f"{unexpected}, expecting ("
    if top_kind in ("VAR", "CONST", "TYPE") and "NAME" in expected:
        return f"{unexpected}, expecting name"
    if top_kind == "DOT" and "NAME" in expected:
        return f"{unexpected}, expecting name or ("  # a selector or type assertion after "."
    if expected == {"CHAN"}:
        return f"{unexpected}, expecting chan"
    if top_kind == "NAME" and len(stack) > 1 and _is_token(stack[-2], "FUNC") and "LPAR" in expected:
        return f"{unexpected}, expecting ("
    if top_kind in ("FOR", "IF", "SWITCH", "COLON", "COMMA") and "INT" in expected and tok.type not in expected:
        return f"{unexpected}, expecting expression"
    if top_kind == "NAME" and _in_decl(stack) and "ASSIGN" in expected and tok.type not in expected \
            and len(stack) > 1 and (_is_token(stack[-2], "VAR") or _is_token(stack[-2], "COMMA")):
        return f"{unexpected}, expecting type"  # var names, then neither a type nor "="
    if {"ASSIGN", "DEFINE", "COMMA"} <= expected and tok.type not in expected and \
            (isinstance(top, tuple) and len(top) > 1 or len(stack) > 1 and _is_token(stack[-2], "COMMA")):
        return f"{unexpected}, expecting := or = or comma"  # an expression list (Go's simpleStmt)
    if top_kind == "ELSE":
        return "syntax error: else must be followed by if or statement block"
    if top_kind == "SELECT" and "LBRACE" in expected:
        return "syntax error: missing { after select clause"
    if top_kind == "RETURN" and tok.type not in expected:
        return f"{unexpected}, expecting expression"
    if top_kind == "NAME" and len(stack) > 1 and _is_token(stack[-2], "TYPE"):
        return f"{unexpected} in type declaration"  # Go's typeDecl found no type
    if expected == {"NAME"} and any(_is_token(v, "FUNC") for v in stack[-4:]):
        return f"{unexpected}, expecting name or ("  # after a method's receiver
    if "NAME" in expected and top_kind in ("LPAR", "_SEMI") and _in_group(stack):
        return f"{unexpected}, expecting name"
    if "COLON" in expected and _in_case(stack) and tok.type not in expected:
        return f"{unexpected}, expecting :"  # Go's caseClause: want(:)
    if top_kind == "CHAN" or (top_kind == "ARROW" and len(stack) > 1 and _is_token(stack[-2], "CHAN")):
        return "syntax error: missing channel element type"
    core = expected - {"ASSIGN", "COMMA"}
    if len(core) > 2 and core <= _TYPE_START and "NAME" in core and tok.type not in expected:
        return f"{unexpected}, expecting type"
    if isinstance(top, tuple) and len(stack) > 1 and any(_is_token(stack[-2], k) for k in ("VAR", "_SEMI", "LPAR")) \
            and _in_decl(stack) and tok.type not in expected:
        return f"{unexpected}, expecting type"  # var names then neither a type nor "="
    if tok.type == "DEFINE" and "ASSIGN" in expected and "DEFINE" not in expected and _in_decl(stack):
        return f"{unexpected}, expecting ="  # Go's gotAssign in var and const declarations
    if tok.type == "COMMA" and "INT" in expected and "NAME" in expected and top_kind not in ("_SEMI", "LBRACE"):
        return f"{unexpected}, expecting expression"
    if expected == {"LPAR"} and tok.type != "_SEMI":
        # a type standing as an operand (chan int): Go's parser accepts it, and what follows ends the statement
        return f"{unexpected} at end of statement"

    opener_index, opener = _innermost_opener(stack)
    before = stack[opener_index - 1] if opener is not None and opener_index > 0 else None
    if opener is None and not _expects_expression(expected):
        return _top_level(tok, expected, stack, unexpected)

    header = _open_header(stack, opener_index)
    if header is not None and tok.type in ("_SEMI", "LBRACE", "$END") and "LBRACE" in expected:
        keyword, ctx = header
        if keyword == "SWITCH":
            return "syntax error: missing { after switch clause"
        return f"{unexpected}, expecting {{ after {ctx}"
    if header is not None and tok.type == "LBRACE" and header[0] == "IF":
        return _if_header_error(stack, opener_index, unexpected)

    if _expects_expression(expected):
        return f"{unexpected}, expecting expression"
    if opener is None:
        return _top_level(tok, expected, stack, unexpected)

    kind = opener.type
    if kind == "LPAR":
        if _is_group(stack, opener_index):
            return f"{unexpected} in grouped declaration; possibly missing semicolon or newline or )"
        if _is_param_list(stack, opener_index):
            if top is opener or top_kind == "NAME":  # Go's paramList wants ")" here
                return f"{unexpected}, expecting )"
            return f"{unexpected} in parameter list; possibly missing comma or )"
        if any(_is_token(v, "ELLIPSIS") for v in stack[opener_index:]):
            return f"{unexpected}, expecting )"  # f(xs...) ends the argument list
        if isinstance(before, ast.Expr) and (top is opener or _is_token(top, "COMMA")) and \
                "INT" in expected and tok.type != "RPAR":
            return f"{unexpected}, expecting expression"  # Go's argument list parses an expression next
        if "COMMA" in expected or "RPAR" in expected:
            if isinstance(before, ast.Expr):
                return f"{unexpected} in argument list; possibly missing comma or )"
            return f"{unexpected}, expecting )"
    if kind == "LBRACE":
        if _is_complit(stack, opener_index):
            return f"{unexpected} in composite literal; possibly missing comma or }}"
        if _is_struct_or_iface(stack, opener_index):
            is_struct = stack[opener_index - 1].type == "STRUCT"
            at_start = "NAME" in expected and top_kind != "NAME"  # a new field may begin here
            if is_struct and top_kind == "NAME" and tok.type not in expected:
                return f"{unexpected}, expecting type"  # Go's fieldDecl: names, then a type
            if is_struct and at_start:
                return f"{unexpected}, expecting field name or embedded type"
            what = "struct type" if is_struct else "interface type"
            return f"{unexpected} in {what}; possibly missing semicolon or newline or }}"
        if _is_case_list(stack, opener_index) and tok.type not in ("CASE", "DEFAULT", "RBRACE"):
            return f"{unexpected}, expecting case or default or }}"
        after_stmt = not (isinstance(stack[-1], Token) and stack[-1].type in ("_SEMI", "LBRACE", "COLON"))
        if "_SEMI" in expected and tok.type not in ("_SEMI", "$END") and after_stmt:
            return f"{unexpected} at end of statement"
        if "RBRACE" in expected or tok.type == "$END":
            return f"{unexpected}, expecting }}"
    if kind == "LSQB":
        if isinstance(before, ast.Expr) and top is opener:
            return f"{unexpected}, expecting operand"  # a[] : Go's index wants an operand
        if tok.type == "COMMA" and not isinstance(before, ast.Expr):
            return "syntax error: unexpected comma; expecting ]"  # an array length
        if "COLON" in expected and "RSQB" in expected and isinstance(before, ast.Expr):  # an index
            return f"{unexpected}, expecting comma, : or ]"
        return f"{unexpected}, expecting ]"
    if len(expected) == 1:
        return f"{unexpected}, expecting {_terminal_word(next(iter(expected)))}"
    if expected == {"NAME", "LPAR"}:  # after "." of a selector or type assertion
        return f"{unexpected}, expecting name or ("
    return unexpected


def _missing_package(tok: Token) -> str:
    """The go command's own parser (go/parser) reads the package clause first."""
    if tok.type == "$END" or (tok.type == "_SEMI" and tok.value == "EOF"):
        found = "'EOF'"
    elif tok.type == "_SEMI" and tok.value == "newline":
        found = "newline"
    elif tok.type in _LITERALS or tok.type == "NAME":
        found = tok.value
    else:
        found = f"'{tok.value}'"
    return f"expected 'package', found {found}"


def _top_level(tok, expected, stack, unexpected):
    if expected & {"VAR", "IMPORT", "CONST", "TYPE"}:
        last_decl = next((v for v in reversed(stack) if isinstance(v, (ast.FuncDecl, ast.GenDecl))), None)
        if tok.type == "LBRACE" and isinstance(last_decl, ast.FuncDecl) and last_decl.body is None:
            return "syntax error: unexpected semicolon or newline before {"
        return "syntax error: non-declaration statement outside function body"
    if "_SEMI" in expected and tok.type != "_SEMI":
        return f"{unexpected} after top level declaration"
    if len(expected) == 1:
        return f"{unexpected}, expecting {_terminal_word(next(iter(expected)))}"
    return unexpected


_TYPE_START = frozenset({"NAME", "LPAR", "LSQB", "STAR", "MAP", "CHAN", "FUNC", "STRUCT", "INTERFACE", "ARROW"})


def _in_decl(stack) -> bool:
    """Inside a var or const declaration (Go's gotAssign: ":=" is "expecting =")."""
    for v in reversed(stack):
        if isinstance(v, Token) and v.type in ("VAR", "CONST"):
            return True
        if isinstance(v, Token) and v.type in ("LBRACE", "FUNC", "TYPE", "STRUCT"):
            return False
    return False


def _in_group(stack) -> bool:
    """Between the specs of a grouped var, const or type declaration."""
    i, opener = _innermost_opener(stack)
    return opener is not None and opener.type == "LPAR" and i > 0 and \
        any(_is_token(stack[i - 1], kind) for kind in ("VAR", "CONST", "TYPE"))


def _in_case(stack) -> bool:
    """Between "case" and its ":"."""
    for v in reversed(stack):
        if isinstance(v, Token) and v.type in ("CASE",):
            return True
        if isinstance(v, Token) and v.type in ("COLON", "LBRACE", "_SEMI", "RBRACE"):
            return False
    return False


def _is_token(v, kind: str) -> bool:
    return isinstance(v, Token) and v.type == kind


def _is_case_list(stack, i) -> bool:
    """Is the brace at i the body of a switch or select, before its first clause?"""
    if any(isinstance(v, Token) and v.type in ("CASE", "DEFAULT") for v in stack[i + 1:]):
        return False
    for v in reversed(stack[:i]):
        if _is_token(v, "SWITCH") or _is_token(v, "SELECT"):
            return True
        if isinstance(v, Token) and v.type in ("LBRACE", "RBRACE", "_SEMI", "FUNC"):
            return False
    return False


def _innermost_opener(stack):
    """The innermost bracket still open: closers not yet reduced hide their openers."""
    depth = 0
    for i in range(len(stack) - 1, -1, -1):
        v = stack[i]
        if isinstance(v, Token) and v.type in _CLOSERS:
            depth += 1
        elif isinstance(v, Token) and v.type in _OPENERS:
            if depth == 0:
                return i, v
            depth -= 1
    return -1, None


def _open_header(stack, opener_index):
    """If the innermost brace is a block whose if/for/switch header is still open,
    or we are inside such a header, return (keyword, context)."""
    for i in range(len(stack) - 1, opener_index, -1):
        v = stack[i]
        if isinstance(v, ast.Block):
            return None  # the statement's block is there: its header is closed
        if isinstance(v, Token) and v.type in _HEADER_KEYWORDS:
            return v.type, _HEADER_KEYWORDS[v.type]
    return None


def _if_header_error(stack, opener_index, unexpected):
    if _is_token(stack[-1], "_SEMI"):  # "if init; {": Go's header() at the semicolon
        semi = stack[-1]
        if semi.value == ";":
            return semi, "syntax error: missing condition in if statement"
        return semi, f"syntax error: unexpected {semi.value}, expecting {{ after if clause"
    for i in range(len(stack) - 1, opener_index, -1):
        v = stack[i]
        if isinstance(v, Token) and v.type == "IF":
            rest = stack[i + 1:]
            stmt = next((s for s in rest if isinstance(s, ast.Stmt)), None)
            if isinstance(stmt, (ast.AssignStmt, ast.IncDecStmt, ast.SendStmt)):
                at = stmt.op_pos if isinstance(stmt, (ast.AssignStmt, ast.IncDecStmt)) else stmt.arrow
                return at, f"syntax error: cannot use {not_a_value(stmt)} as value"
            if not rest:
                return "syntax error: missing condition in if statement"
    return f"{unexpected}, expecting {{ after if clause"


def _is_param_list(stack, i) -> bool:
    before = stack[i - 1] if i > 0 else None
    if isinstance(before, Token) and before.type in ("FUNC", "NAME"):
        return True
    return isinstance(before, tuple)  # a result list after the parameters


def _is_complit(stack, i) -> bool:
    before = stack[i - 1] if i > 0 else None
    if isinstance(before, Token):
        if before.type == "NAME":
            # T{ in an expression; a labelled or plain block never follows a bare NAME token
            return True
        if before.type in ("COMMA", "COLON", "LBRACE"):
            j, outer = _innermost_opener(stack[:i])
            return outer is not None and outer.type == "LBRACE" and _is_complit(stack, j)
        return False
    return isinstance(before, (ast.ArrayType, ast.MapType, ast.StructType, ast.InterfaceType, ast.ChanType))


def _is_struct_or_iface(stack, i) -> bool:
    before = stack[i - 1] if i > 0 else None
    return isinstance(before, Token) and before.type in ("STRUCT", "INTERFACE")


def _is_group(stack, i) -> bool:
    before = stack[i - 1] if i > 0 else None
    return isinstance(before, Token) and before.type in ("VAR", "CONST", "TYPE", "IMPORT")


_WORDS = {"RPAR": ")", "RBRACE": "}", "RSQB": "]", "LPAR": "(", "LBRACE": "{", "LSQB": "[",
          "COMMA": "comma", "_SEMI": "semicolon or newline", "COLON": ":", "NAME": "name",
          "ASSIGN": "=", "DEFINE": ":=", "STRING": "string", "CHAN": "chan", "TYPE": "type"}


def _terminal_word(name: str) -> str:
    return _WORDS.get(name, name.lower())
