"""Going on after a syntax error, the way Go's parser does, to report the errors after it.

Go's recursive-descent parser, on an error inside a function, skips tokens up to the
next ``;``, ``}``, ``case``, ``default`` or statement keyword (``advance`` with the
parser's ``stopset``) and goes on with the next statement; at top level it skips to the
next ``const``, ``type``, ``var`` or ``func``. The LALR analogue: skip the same tokens,
then pop the parser's stack back to a statement (or declaration) boundary that accepts
the token it stopped at. This runs only after a first syntax error, over a token list,
so the parse of a valid file pays nothing for it.

The recovery is Go's in shape, not in every detail: Go's parser also resynchronises
inside argument lists and expressions. The first error is always exact.
"""
from __future__ import annotations

from lark import Token, Tree
from lark.exceptions import UnexpectedInput, UnexpectedToken

from .asi import ScanError, UnsupportedFeature
from .pos import Diagnostic
from .syntax_errors import flatten as _flatten

MAX_ERRORS = 10
# Go's advance() inside a function: the statement follow set plus parser.stopset
_STATEMENT_FOLLOW = frozenset({"_SEMI", "RBRACE", "CASE", "DEFAULT", "BREAK", "CONST", "CONTINUE", "DEFER",
                               "FALLTHROUGH", "FOR", "GO", "GOTO", "IF", "RETURN", "SELECT", "SWITCH",
                               "TYPE", "VAR"})
_DECLARATION_FOLLOW = frozenset({"CONST", "TYPE", "VAR", "FUNC"})


def syntax_errors(parser, text: str, describe) -> list[Diagnostic]:
    """All syntax errors of text, recovering after each; ``describe(e)`` words one."""
    try:
        tokens = list(parser.lex(text))
    except (UnexpectedInput, ScanError, UnsupportedFeature):
        return []  # the first error stands alone
    end = Token.new_borrow_pos("$END", "", tokens[-1]) if tokens else Token("$END", "", 0, 1, 1)
    tokens.append(end)
    state = parser.parse_interactive(text).parser_state
    states = state.parse_conf.states
    errors: list[Diagnostic] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        try:
            state.feed_token(tok, tok.type == "$END")
            i += 1
            continue
        except UnexpectedToken as e:
            if _at_eof(tok) and errors:
                break  # Go: no follow-up error at the end of the file
            error = describe(e)
            errors.append(error)
            if len(errors) >= MAX_ERRORS:
                break
            resume = _recover(state, states, tokens, i, error.message)
            if resume is None or resume < i:
                break
            if resume == i and not _progress_possible(state, states, tokens[i]):
                resume += 1
            i = resume
    return errors


def _recover(state, states, tokens, i, message: str):
    """Go on as Go's parser would after this error: the index of the next token to feed."""
    stack = _flatten(state.value_stack)
    in_function = _inside_function(stack)
    if message.endswith("at end of statement"):
        return _resync(state, states, tokens, i, _STATEMENT_FOLLOW, boundary=True)
    if "outside function body" in message or "after top level declaration" in message:
        return _resync(state, states, tokens, i, _DECLARATION_FOLLOW, boundary=True)
    if "possibly missing" in message:  # Go's list(): advance to a closing token, then want it
        follow = _CLOSERS | (_STOPSET if in_function else frozenset())
        return _resync(state, states, tokens, i, follow, boundary=False)
    if message.endswith("expecting expression"):  # Go's operand(): a bad expression stands in
        if _feed(state, states, Token.new_borrow_pos("NAME", "_", tokens[i])):
            return i
        return None
    wanted = _WANTED.get(message.rsplit("expecting ", 1)[-1]) if "expecting " in message else None
    if wanted is not None:  # Go's want(): the token is taken as present; the offending one skipped
        if _feed(state, states, Token.new_borrow_pos(wanted[0], wanted[1], tokens[i])):
            return i + 1
    return None


# what Go's want(tok) names -> a token to stand in for it
_WANTED = {"}": ("RBRACE", "}"), "{": ("LBRACE", "{"), ")": ("RPAR", ")"), "]": ("RSQB", "]"),
           ":": ("COLON", ":"), "=": ("ASSIGN", "="), "(": ("LPAR", "("), "name": ("NAME", "_")}
_CLOSERS = frozenset({"RPAR", "RSQB", "RBRACE"})
_STOPSET = _STATEMENT_FOLLOW - {"_SEMI", "RBRACE", "CASE", "DEFAULT"}


def _feed(state, states, tok) -> bool:
    if tok.type not in states[state.state_stack[-1]]:
        return False
    try:
        state.feed_token(tok)
    except UnexpectedToken:
        return False
    return True


def _progress_possible(state, states, tok) -> bool:
    return tok.type in states[state.state_stack[-1]]


def _at_eof(tok: Token) -> bool:
    return tok.type == "$END" or (tok.type == "_SEMI" and tok.value == "EOF")


def _resync(state, states, tokens, i, follow, boundary: bool):
    """Go's advance(follow...): skip to a token in follow, then pop the parser back to a
    state that accepts it (at a statement or declaration boundary if asked)."""
    j = i
    while j < len(tokens) and tokens[j].type not in follow and tokens[j].type != "$END":
        j += 1
    if j >= len(tokens) or tokens[j].type == "$END":
        return None
    kind = tokens[j].type
    while len(state.state_stack) > 1:
        if kind in states[state.state_stack[-1]] and (not boundary or _at_boundary(state.value_stack)):
            return j
        state.state_stack.pop()
        state.value_stack.pop()
    return None


def _at_boundary(values) -> bool:
    """Is the parser between statements or declarations (after "{", ";", ":" or a list of them)?"""
    if not values:
        return True
    top = values[-1]
    if isinstance(top, Token):
        return top.type in ("LBRACE", "_SEMI", "COLON")
    return isinstance(top, Tree) and ("stmt_list" in top.data or "start" in top.data)


def _inside_function(stack) -> bool:
    seen_func = False
    for v in stack:
        if isinstance(v, Token) and v.type == "FUNC":
            seen_func = True
        elif seen_func and isinstance(v, Token) and v.type == "LBRACE":
            return True
    return False
