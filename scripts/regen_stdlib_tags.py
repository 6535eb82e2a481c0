#!/usr/bin/env python3
"""Record Go 1.19's escape-analysis parameter tags for the library functions minigo models.

gc's escape analysis tags every parameter of every function it compiles with a
leak summary (``escape.leaks``: the least number of dereferences with which the
parameter's value reaches the heap, and each of the first results) and writes
it to the package's export data; a call from another package applies the
callee's tags. minigo's port of ``cmd/compile/internal/escape`` needs the same
tags for the parts of fmt, errors, runtime, sync, time and strings it models
(``minigo/types/universe.py``; listed again in ``MODELED`` below -- the tests
check that the two agree).

In a fresh temp dir (``GO111MODULE=off``, ``GOFLAGS=`` empty, a temp ``GOCACHE``
so every package is really compiled, inlining on as in a normal std build) the
script runs::

    go build -gcflags=fmt=-m=2 -gcflags=errors=-m=2 ... fmt errors runtime sync time strings

and reads what ``paramTag`` (escape.go) prints at each modeled function's
parameter positions (found by scanning the package's ``GoFiles``, as ``go list``
reports them, for the ``func`` declaration; receivers count as parameter 0):

    ``leaking param: X``                       heap = 0
    ``leaking param content: X``               heap = least ``derefs=N`` of the -m=2
                                               ``parameter X leaks to R with derefs=N``
                                               lines whose R is not one of the function's
                                               results (-m=1 only says N >= 1)
    ``leaking param: X to result R level=N``   results[index of R] = N
    ``X does not escape``                      no leak
    ``assuming X is unsafe uintptr``           no tag (body-less function, uintptr)
    no line                                    pointer-free parameter: no tag, no leak

and writes ``minigo/escape/stdlib_tags.py``: ``TAGS[key]`` holds one ``(heap,
results)`` pair per parameter (receiver first), ``heap`` -1 for no heap leak,
``results`` the derefs per result index with -1 for none, trailing -1s dropped.
Keys are ``fmt.Println``, ``(*strings.Builder).WriteString`` and, for value
receivers, ``(time.Duration).String``.

Body-less (assembly / linkname) functions get gc's rule: a pointer-containing
parameter leaks to the heap unless the declaration has ``//go:noescape``; gc
prints those lines too, so they are read the same way. The script refuses to
guess (exits 1) where the output cannot settle a tag: a modeled function it
cannot find, an unnamed parameter of a body-less function, a parameter or result
that is ``moved to heap``, or -m=1 and -m=2 lines that disagree.

Usage::

    python3 scripts/regen_stdlib_tags.py            # rewrite minigo/escape/stdlib_tags.py
    python3 scripts/regen_stdlib_tags.py --check    # verify it is current, write nothing

Needs go1.19 on PATH; exits 1 otherwise, on a build failure, on anything it
cannot determine, and with ``--check`` when the file differs. Standard library only.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import gotool  # scripts/gotool.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "minigo" / "escape" / "stdlib_tags.py"

# (package, receiver type or None, pointer receiver, name): what universe.py models.
# Interface methods (fmt.Stringer.String) have no tags: a call through an
# interface is a dynamic call, never a call of a known function.
MODELED: list[tuple[str, str | None, bool, str]] = [
    ("fmt", None, False, "Println"),
    ("fmt", None, False, "Print"),
    ("fmt", None, False, "Printf"),
    ("fmt", None, False, "Sprintf"),
    ("fmt", None, False, "Sprint"),
    ("fmt", None, False, "Sprintln"),
    ("fmt", None, False, "Errorf"),
    ("errors", None, False, "New"),
    ("runtime", None, False, "GC"),
    ("runtime", None, False, "Gosched"),
    ("runtime", None, False, "NumGoroutine"),
    ("sync", "WaitGroup", True, "Add"),
    ("sync", "WaitGroup", True, "Done"),
    ("sync", "WaitGroup", True, "Wait"),
    ("sync", "Mutex", True, "Lock"),
    ("sync", "Mutex", True, "Unlock"),
    ("sync", "Mutex", True, "TryLock"),
    ("time", None, False, "Sleep"),
    ("strings", "Builder", True, "WriteString"),
    ("strings", "Builder", True, "WriteByte"),
    ("strings", "Builder", True, "WriteRune"),
    ("strings", "Builder", True, "Write"),
    ("strings", "Builder", True, "String"),
    ("strings", "Builder", True, "Len"),
    ("strings", "Builder", True, "Cap"),
    ("strings", "Builder", True, "Reset"),
    ("strings", "Builder", True, "Grow"),
    ("strings", None, False, "Repeat"),
    ("strings", None, False, "Join"),
    ("strings", None, False, "Split"),
    ("strings", None, False, "Contains"),
]
PACKAGES = ("fmt", "errors", "runtime", "sync", "time", "strings")

GO_KEYWORDS = frozenset({
    "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for",
    "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return",
    "select", "struct", "switch", "type", "var"})


def die(msg: str) -> None:
    gotool.die("regen_stdlib_tags", msg)


def go_version() -> str:
    return gotool.require_go119("regen_stdlib_tags")[1]


def run(cmd: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=900, check=False)
    if p.returncode != 0:
        die(f"`{' '.join(cmd)}` exited {p.returncode}\n{p.stdout}{p.stderr}")
    return p


def key_of(pkg: str, recv: str | None, ptr: bool, name: str) -> str:
    if recv is None:
        return f"{pkg}.{name}"
    return f"({'*' if ptr else ''}{pkg}.{recv}).{name}"


# ---------------------------------------------------------------- Go source scanning

def blank_comments(src: str) -> str:
    """src with every comment replaced by spaces (newlines kept), so offsets are unchanged."""
    out = list(src)
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c in "\"'`":
            j = i + 1
            while j < n and src[j] != c:
                if c != "`" and src[j] == "\\":
                    j += 1
                j += 1
            i = j + 1
        elif src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            out[i:j] = " " * (j - i)
            i = j
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out[i:j] = ["\n" if ch == "\n" else " " for ch in src[i:j]]
            i = j
        else:
            i += 1
    return "".join(out)


def closing(text: str, i: int) -> int:
    """Index just past the bracket group opening at text[i]."""
    depth = 0
    for j in range(i, len(text)):
        if text[j] in "([{":
            depth += 1
        elif text[j] in ")]}":
            depth -= 1
            if depth == 0:
                return j + 1
    die(f"unbalanced brackets from offset {i}")
    return -1


def split_items(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Top-level comma-separated items of text[start:end] as (offset, item)."""
    items, depth, s = [], 0, start
    for j in range(start, end):
        if text[j] in "([{":
            depth += 1
        elif text[j] in ")]}":
            depth -= 1
        elif text[j] == "," and depth == 0:
            items.append((s, text[s:j]))
            s = j + 1
    if text[s:end].strip():
        items.append((s, text[s:end]))
    return items


NAMED_ITEM = re.compile(r"\s*([A-Za-z_]\w*)\s+\S")
LEAD_IDENT = re.compile(r"\s*([A-Za-z_]\w*)")


def field_names(text: str, start: int, end: int) -> list[tuple[str | None, int]]:
    """The (name or None, offset of the name) of each field in the list text[start:end]."""
    items = split_items(text, start, end)
    named = any((m := NAMED_ITEM.match(it)) and m.group(1) not in GO_KEYWORDS for _, it in items)
    res: list[tuple[str | None, int]] = []
    for off, it in items:
        if not named:
            res.append((None, -1))
            continue
        m = LEAD_IDENT.match(it)
        if not m:
            die(f"cannot read a parameter name in {it!r}")
        res.append((m.group(1), off + m.start(1)))
    return res


class Decl:
    def __init__(self, path: Path, src: str, params: list[tuple[str | None, int]],
                 results: list[str], body: bool, noescape: bool):
        self.path = path
        self.params = params      # receiver first
        self.results = results    # the names gc gives them: named, ~rN, ~bN
        self.body = body
        self.noescape = noescape
        self._src = src

    def pos(self, off: int) -> tuple[int, int]:
        """gc's line:col (1-based, columns in bytes) of a source offset."""
        line = self._src.count("\n", 0, off) + 1
        col = len(self._src[self._src.rfind("\n", 0, off) + 1:off].encode()) + 1
        return line, col


def end_of_type(text: str, i: int) -> int:
    """Index just past the (result) type starting at text[i]: at a newline or a body's "{"."""
    while i < len(text) and text[i] != "\n":
        if text[i] in "([":
            i = closing(text, i)
        elif text[i] == "{":
            if not re.search(r"\b(?:struct|interface)\s*$", text[:i]):
                return i
            i = closing(text, i)
        else:
            i += 1
    return i


DECL = re.compile(r"^func[ \t]*(?:\((?P<recv>[^)]*)\)[ \t]*)?(?P<name>[A-Za-z_]\w*)[ \t]*[(\[]", re.MULTILINE)


def find_decl(files: list[Path], recv: str | None, ptr: bool, name: str) -> Decl | None:
    found: list[Decl] = []
    for path in files:
        raw = path.read_text(encoding="utf-8")
        src = blank_comments(raw)
        for m in DECL.finditer(src):
            if m.group("name") != name:
                continue
            rtext = m.group("recv")
            if (rtext is None) != (recv is None):
                continue
            params: list[tuple[str | None, int]] = []
            if recv is not None:
                rm = re.fullmatch(r"\s*(?:([A-Za-z_]\w*)\s+)?(\*?)\s*([A-Za-z_]\w*)\s*", rtext)
                if not rm or rm.group(3) != recv or bool(rm.group(2)) != ptr:
                    continue
                params.append((rm.group(1), m.start("recv") + rm.start(1)) if rm.group(1) else (None, -1))
            i = m.end() - 1
            if src[i] == "[":
                die(f"{path}: {name} is generic; not supported")
            j = closing(src, i)
            params += field_names(src, i + 1, j - 1)
            k = j
            while k < len(src) and src[k] in " \t":
                k += 1
            results: list[str] = []
            if src[k] == "(":
                e = closing(src, k)
                fields = field_names(src, k + 1, e - 1)
                for idx, (rname, _) in enumerate(fields):
                    results.append(f"~r{idx}" if rname is None else f"~b{idx}" if rname == "_" else rname)
                k = e
            elif src[k] not in "{\n":
                results.append("~r0")
                k = end_of_type(src, k)
            while k < len(src) and src[k] in " \t":
                k += 1
            body = k < len(src) and src[k] == "{"
            before = raw[:m.start()].rstrip("\n").split("\n")
            directives = []
            for line in reversed(before):
                if not line.startswith("//"):
                    break
                directives.append(line)
            noescape = "//go:noescape" in directives
            found.append(Decl(path, raw, params, results, body, noescape))
    if len(found) > 1:
        die(f"{name}: declared {len(found)} times in the package's GoFiles")
    return found[0] if found else None


# ---------------------------------------------------------------- diagnostics

DIAG = re.compile(r"^(?P<file>.+?\.go):(?P<line>\d+):(?P<col>\d+): (?P<msg>.*)$")


def read_diagnostics(stderr: str) -> dict[tuple[str, int, int], list[str]]:
    by_pos: dict[tuple[str, int, int], list[str]] = {}
    for line in stderr.splitlines():
        m = DIAG.match(line)
        if m:
            pos = (os.path.realpath(m.group("file")), int(m.group("line")), int(m.group("col")))
            by_pos.setdefault(pos, []).append(m.group("msg"))
    return by_pos


def param_tag(key: str, d: Decl, pname: str | None, off: int,
              diags: dict[tuple[str, int, int], list[str]]) -> tuple[int, tuple[int, ...]]:
    if pname is None:
        if not d.body:
            die(f"{key}: unnamed parameter of a body-less function; gc prints nothing for it "
                "and its tag depends on whether its type has pointers")
        return (-1, ())  # gc: "Unnamed parameters are unused and therefore do not escape."
    line, col = d.pos(off)
    msgs = diags.get((os.path.realpath(d.path), line, col), [])
    where = f"{key}: {pname} ({d.path.name}:{line}:{col})"
    heap1: int | None = None      # from -m=1: 0, or 1 meaning ">= 1"
    results: dict[int, int] = {}
    m2_heap: list[int] = []
    m2_result: dict[int, int] = {}
    settled = False
    esc = re.escape(pname)
    for msg in msgs:
        if msg == f"leaking param: {pname}":
            heap1, settled = 0, True
        elif msg == f"leaking param content: {pname}":
            heap1, settled = 1, True
        elif (m := re.fullmatch(rf"leaking param: {esc} to result (\S+) level=(\d+)", msg)):
            if m.group(1) not in d.results:
                die(f"{where}: leak to unknown result {m.group(1)}")
            results[d.results.index(m.group(1))] = int(m.group(2))
            settled = True
        elif msg in (f"{pname} does not escape", f"assuming {pname} is unsafe uintptr"):
            settled = True
        elif msg == f"moved to heap: {pname}":
            die(f"{where}: moved to heap, so gc prints no tag for it; cannot determine")
        elif (m := re.fullmatch(rf"parameter {esc} leaks to (.+) with derefs=(\d+):", msg)):
            root, derefs = m.group(1), int(m.group(2))
            if root in d.results:
                ri = d.results.index(root)
                m2_result[ri] = min(derefs, m2_result.get(ri, derefs))
            else:
                m2_heap.append(derefs)
    if not settled:
        if any(msg.startswith(f"parameter {pname} leaks") for msg in msgs):
            die(f"{where}: -m=2 flows but no -m=1 tag line")
        return (-1, ())  # no diagnostic: a parameter without pointers has no tag
    heap = -1
    if heap1 is not None and not d.body:
        heap = heap1  # gc: a body-less function's pointer parameters leak at derefs 0
    elif heap1 is not None:
        if not m2_heap:
            die(f"{where}: -m=1 says it leaks to the heap but no -m=2 flow to a non-result")
        heap = min(m2_heap)
        if (heap == 0) != (heap1 == 0):
            die(f"{where}: -m=1 heap level {heap1} disagrees with -m=2 derefs={heap}")
    elif m2_heap and d.body:
        die(f"{where}: -m=2 flows to the heap but -m=1 reports no heap leak")
    # gc's leaks.Optimize drops result flows no shorter than the heap flow.
    expect = {ri: x for ri, x in m2_result.items() if heap < 0 or x < heap}
    if expect != results:
        die(f"{where}: -m=1 result leaks {results} disagree with -m=2 flows {m2_result}")
    if not d.body and d.noescape and heap >= 0:
        die(f"{where}: //go:noescape body-less function, yet gc reports a heap leak")
    if not d.body and results:
        die(f"{where}: result leaks on a body-less function")
    res = [-1] * (max(results) + 1 if results else 0)
    for ri, x in results.items():
        res[ri] = x
    return (heap, tuple(res))


# ---------------------------------------------------------------- main

def compute(tmp: Path) -> dict[str, tuple[list[str | None], tuple]]:
    env = dict(os.environ)
    env.update(GO111MODULE="off", GOFLAGS="", GOCACHE=str(tmp / "gocache"),
               GOPATH=str(tmp / "gopath"), CGO_ENABLED="0", LC_ALL="C")
    listing = run(["go", "list", "-f", "{{.ImportPath}}|{{.Dir}}|{{join .GoFiles \",\"}}", *PACKAGES],
                  tmp, env).stdout
    files: dict[str, list[Path]] = {}
    for line in listing.splitlines():
        path, d, gofiles = line.split("|")
        files[path] = [Path(d) / f for f in gofiles.split(",") if f]
    flags = [f"-gcflags={p}=-m=2" for p in PACKAGES]
    stderr = run(["go", "build", *flags, *PACKAGES], tmp, env).stderr
    diags = read_diagnostics(stderr)
    if not diags:
        die("go build printed no diagnostics (was the build cache really empty?)")
    table: dict[str, tuple[list[str | None], tuple]] = {}
    missing = []
    for pkg, recv, ptr, name in MODELED:
        key = key_of(pkg, recv, ptr, name)
        d = find_decl(files[pkg], recv, ptr, name)
        if d is None:
            missing.append(key)
            continue
        tags = tuple(param_tag(key, d, pn, off, diags) for pn, off in d.params)
        table[key] = ([pn for pn, _ in d.params], tags)
    if missing:
        die(f"declaration not found in the package's GoFiles: {', '.join(missing)}")
    return table


def render(table: dict[str, tuple[list[str | None], tuple]], version: str) -> str:
    lines = [
        f"# Code generated by scripts/regen_stdlib_tags.py from {version}; DO NOT EDIT.",
        '"""Go\'s escape-analysis parameter tags for the library functions minigo models.',
        "",
        "``TAGS[key]`` holds, per parameter (the receiver first for methods), the pair",
        "``(heap, results)`` that gc records in export data (``escape.leaks``): ``heap`` is",
        "the least number of dereferences with which the parameter's value reaches the",
        "heap (-1: never), ``results[i]`` the least with which it reaches result ``i``",
        "(-1: never; trailing -1s dropped). A parameter without pointers is ``(-1, ())``.",
        "A call site applies them as gc's ``escape.(*escape).tagHole`` does.",
        '"""',
        "from __future__ import annotations",
        "",
        "TAGS: dict[str, tuple[tuple[int, tuple[int, ...]], ...]] = {",
    ]
    for key in sorted(table):
        names, tags = table[key]
        comment = ", ".join(n or "_" for n in names)
        lines.append(f'    "{key}": {tags!r},  # ({comment})')
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify the recorded table, write nothing")
    args = ap.parse_args()
    version = go_version()
    with tempfile.TemporaryDirectory(prefix="regen_stdlib_tags_") as td:
        table = compute(Path(td))
    text = render(table, version)
    rel = OUT.relative_to(ROOT)
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"regen_stdlib_tags: {rel} is out of date (run scripts/regen_stdlib_tags.py)",
                  file=sys.stderr)
            return 1
        print(f"regen_stdlib_tags: {len(table)} entries current ({version})")
        return 0
    if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
        OUT.write_text(text, encoding="utf-8")
    print(f"regen_stdlib_tags: recorded {len(table)} entries with {version} in {rel}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
