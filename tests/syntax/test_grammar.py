"""The grammar is conflict-free LALR(1), and the parser cache cannot be poisoned."""
import importlib
import os

import pytest
from lark import Lark
from lark.exceptions import GrammarError

from minigo.syntax import SyntaxErrors, parse
parse_mod = importlib.import_module("minigo.syntax.parse")
from minigo.syntax.parse import GRAMMAR_PATH, build_parser, cache_key

GO = "package main\n\nfunc main() {\n\tx := []int{1, 2,}\n\t_ = x\n}\n"


def test_grammar_has_no_conflicts_in_strict_mode():
    # strict=True makes lark raise on any shift/reduce or reduce/reduce conflict
    parser = build_parser(strict=True, cache=False)
    assert parser.parse(GO) is not None


def test_strict_mode_would_catch_a_conflict():
    bad = GRAMMAR_PATH.read_text().replace(
        "elements: element (\",\" element)* [\",\"]", "elements: element (\",\" element)*\nlit_value2: LBRACE [elements [\",\"]] RBRACE")
    bad = bad.replace("lit_value: LBRACE [elements] RBRACE", "lit_value: LBRACE [elements [\",\"]] RBRACE")
    with pytest.raises(GrammarError):
        Lark(bad, parser="lalr", lexer="basic", strict=True)


def test_lexer_is_basic_so_keywords_are_not_names():
    with pytest.raises(SyntaxErrors) as e:
        parse("package main\nfunc main() { else := 1 }\n", "k.go")
    assert "syntax error: unexpected else" in e.value.diagnostics[0].message


def test_cache_key_covers_post_lexer_and_grammar(tmp_path, monkeypatch):
    key = cache_key()
    asi = parse_mod._HERE / "asi.py"
    assert asi.exists()
    # the key hashes the post-lexer's source: a parser built without it cannot share the file
    real = type(asi).read_bytes
    monkeypatch.setattr(type(asi), "read_bytes", lambda self: b"changed" if self.name == "asi.py" else real(self))
    assert cache_key() != key


def test_garbage_cache_file_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("MINIGO_CACHE_DIR", str(tmp_path))
    path = parse_mod._cache_path()
    with open(path, "wb") as f:
        f.write(b"not a lark cache")
    parser = build_parser()  # must rebuild, not crash, and must still insert semicolons
    assert parser.parse(GO) is not None


def test_foreign_cache_without_post_lexer_cannot_be_loaded(tmp_path, monkeypatch):
    monkeypatch.setenv("MINIGO_CACHE_DIR", str(tmp_path))
    # a parser of the same grammar built WITHOUT the semicolon post-lexer, cached under lark's own key
    Lark(GRAMMAR_PATH.read_text(), parser="lalr", lexer="basic", cache=str(tmp_path / "lark.cache"))
    parser = build_parser()
    assert parser.parse(GO) is not None  # newlines still become semicolons
    assert os.path.basename(parse_mod._cache_path()).startswith("parser-")


def test_every_node_has_a_position():
    f = parse(GO, "p.go")
    fn = f.decls[0]
    assert (fn.pos.line, fn.pos.col) == (3, 1)
    assign = fn.body.stmts[0]
    assert (assign.pos.line, assign.pos.col, assign.op_pos.col) == (4, 2, 4)
    lit = assign.rhs[0]
    assert (lit.pos.line, lit.pos.col, lit.lbrace.col) == (4, 7, 12)


def test_columns_are_bytes_like_go():
    src = 'package main\n\nfunc main() {\n\ts := "héllo"; x := 1\n}\n'
    f = parse(src, "u.go")
    x = f.decls[0].body.stmts[1]
    assert x.pos.col == 17  # 'é' is two bytes; lark's character column is 16
