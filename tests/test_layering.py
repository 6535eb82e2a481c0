"""The one-way rule (DESIGN.md, STYLE.md): minigo/ never imports the UI layer or its libraries,
and each room imports only rooms to its left."""
import ast
from pathlib import Path

ROOT = Path(__file__).parent.parent / "minigo"
ROOMS = ["syntax", "types", "escape", "compile", "machine", "debug"]
FORBIDDEN = {"tui", "textual", "rich"}


def imports(path: Path):
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                yield a.name, 0
        elif isinstance(node, ast.ImportFrom):
            yield node.module or "", node.level


def test_minigo_never_imports_the_ui():
    bad = [(str(p), name) for p in ROOT.rglob("*.py") for name, level in imports(p)
           if level == 0 and name.split(".")[0] in FORBIDDEN]
    assert bad == []


def test_rooms_import_only_rooms_to_their_left():
    bad = []
    for p in ROOT.rglob("*.py"):
        rel = p.relative_to(ROOT).parts
        if len(rel) < 2 or rel[0] not in ROOMS:
            continue
        mine = ROOMS.index(rel[0])
        for name, level in imports(p):
            target = None
            if level == 2 and name:  # from ..room import x
                target = name.split(".")[0]
            elif level == 0 and name.startswith("minigo."):
                target = name.split(".")[1]
            if target in ROOMS and ROOMS.index(target) > mine:
                bad.append((str(p), name))
    assert bad == []
