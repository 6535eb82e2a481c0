"""Finding the oracle: the go1.19 toolchain the regen_* scripts record goldens with."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys


def die(prog: str, msg: str) -> None:
    print(f"{prog}: {msg}", file=sys.stderr)
    sys.exit(1)


def require_go119(prog: str) -> tuple[str, str]:
    """(`go version` output, version like "go1.19.8"); exits with a message without go1.19."""
    go = shutil.which("go")
    if go is None:
        die(prog, "`go` not found on PATH; install Go 1.19 (apt-get install -y golang-go)")
    try:
        out = subprocess.run([go, "version"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as exc:
        die(prog, f"`go version` failed: {exc}")
    m = re.search(r"\bgo(\d+\.\d+)(\.\d+)?\b", out)
    if not m or m.group(1) != "1.19":
        die(prog, f"need go1.19, found: {out!r}")
    return out, m.group(0)


def corpus_sources(prog: str, corpus, names) -> list:
    """The .go programs of a corpus directory to record: the named ones, else all."""
    from pathlib import Path
    if names:
        sources = [corpus / (Path(n).stem + ".go") for n in names]
        for src in sources:
            if not src.is_file():
                die(prog, f"no program {src}")
    else:
        sources = sorted(corpus.glob("*.go"))
    if not sources:
        die(prog, f"no .go files in {corpus}")
    return sources


def golden_args(prog: str, doc: str):
    """The regen scripts' command line (``--check``, program names), go1.19 required."""
    import argparse
    ap = argparse.ArgumentParser(prog=prog, description=doc.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the recorded files, write nothing")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    require_go119(prog)
    return args


def write_goldens(prog: str, corpus, names, suffix: str, record, check: bool, key=lambda text: text) -> int:
    """For each program of the corpus, record(src) -> text written to src.SUFFIX, or with
    ``check`` compared with it (writing nothing) as ``key`` sees them: what a fresh
    recording may change (addresses) is left out.  The exit status: 1 if any is stale."""
    import sys
    stale = []
    for src in corpus_sources(prog, corpus, names):
        text, golden = record(src), src.with_suffix(suffix)
        if check:
            if not golden.exists() or key(golden.read_text()) != key(text):
                stale.append(src.name)
        else:
            golden.write_text(text)
    if stale:
        print(f"{prog}: stale: {', '.join(stale)}", file=sys.stderr)
        return 1
    print(f"{prog}: {'checked' if check else 'recorded'} {corpus}")
    return 0
