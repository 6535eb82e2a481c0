"""`minigo debug FILE < commands`: Delve's vocabulary and output shape, scripted."""
import subprocess
import sys
from pathlib import Path

PROG = """package main

import "fmt"

func add(a, b int) int {
	c := a + b
	return c
}

func main() {
	x := 1
	y := add(x, 2)
	fmt.Println(y)
}
"""


def debug(tmp_path: Path, commands: str) -> subprocess.CompletedProcess:
    (tmp_path / "main.go").write_text(PROG)
    return subprocess.run([sys.executable, "-m", "minigo", "debug", "main.go"], input=commands,
                          capture_output=True, text=True, cwd=tmp_path)


def test_a_scripted_session_reads_like_delve(tmp_path):
    p = debug(tmp_path, "break main.add\ncontinue\nnext\nnext\nargs\nlocals\nprint c\nstepout\nbogus\nc\nexit\n")
    assert p.returncode == 0, p.stderr
    out = p.stdout
    assert "Breakpoint 1 set at main.add() ./main.go:5\n" in out  # the func line, as Delve's
    assert "> main.add() ./main.go:5 (hits goroutine(1):1 total:1)\n" in out
    assert "=>   5:\tfunc add(a, b int) int {\n" in out and "     6:\t\tc := a + b\n" in out
    assert "> main.add() ./main.go:6\n" in out and "> main.add() ./main.go:7\n" in out
    assert "a = 1\nb = 2\n~r0 = 0\n" in out and "c = 3\n" in out
    assert "(minigo) print c\n3\n" in out
    assert "> main.main() ./main.go:12\nValues returned:\n\t~r0: 3\n\n" in out  # at the call
    assert "Command failed: command not available: bogus\n" in out  # and the session went on
    assert out.endswith("3\nProcess 1 has exited with status 0\n(minigo) exit\n")


def test_going_back_and_memory_views(tmp_path):
    p = debug(tmp_path, "b 7\nc\nrev step\nstackmap\ngc\nrev continue\nheap\n")
    out = p.stdout
    assert "(minigo) rev step\n> main.add() ./main.go:6\n" in out
    assert "goroutine 1 stack [" in out and "2048 bytes" in out
    assert "main.add (line 6)" in out and "a int (stack)" in out
    assert "gcphase: off" in out
    assert "[0 objects, 0 bytes live" in out


def test_a_compile_error_is_gos_text(tmp_path):
    (tmp_path / "bad.go").write_text("package main\n\nfunc main() {\n\tx := 1\n}\n")
    p = subprocess.run([sys.executable, "-m", "minigo", "debug", "bad.go"], input="", capture_output=True,
                       text=True, cwd=tmp_path)
    assert p.returncode == 1
    assert p.stderr == "bad.go:4:2: x declared but not used\n"  # go1.19's wording


def test_print_expressions_and_conditions(tmp_path):
    p = debug(tmp_path, "b main.add a == 5\nc\nrestart\nb 6\ncond 2 b == 2\nc\nprint a*10+b\nprint c\n"
                        "print nosuch\n")
    out = p.stdout
    assert "(minigo) c\n3\nProcess 1 has exited with status 0\n" in out  # a is never 5
    assert "Breakpoint 2 condition: b == 2\n" in out
    assert "> main.add() ./main.go:6 (hits goroutine(1):1 total:1)\n" in out
    assert "(minigo) print a*10+b\n12\n" in out
    assert "(minigo) print nosuch\nCommand failed: could not find symbol value for nosuch\n" in out


def test_escape_shows_gos_decisions_for_the_frame(tmp_path):
    prog = "package main\n\nfunc newPoint() *int {\n\tp := 1\n\treturn &p\n}\n\nfunc main() {\n\tprintln(*newPoint())\n}\n"
    (tmp_path / "main.go").write_text(prog)
    p = subprocess.run([sys.executable, "-m", "minigo", "debug", "main.go"], input="b 4\nc\nescape\nup\nescape\n",
                       capture_output=True, text=True, cwd=tmp_path)
    out = p.stdout
    # go build -gcflags='-m=2 -l' (go1.19.8) prints these for newPoint
    assert "main.go:4:2: moved to heap: p\n" in out
    assert "main.go:4:2:   flow: ~r0 = &p:\n" in out
    assert "(no escape decisions in main.main)\n" in out


def test_rewind_and_runto(tmp_path):
    p = debug(tmp_path, "b 6\nrunto 13\nrunto 13\nrw\nrw\nrunto main.go:12\nc\n")
    out = p.stdout
    # runto stops at a breakpoint on the way, then at the line
    assert "(minigo) runto 13\n> main.add() ./main.go:6 (hits goroutine(1):1 total:1)\n" in out
    assert "(minigo) runto 13\n> main.main() ./main.go:13\n" in out
    # rewind: back to the previous breakpoint hit, then (none before it) to the start
    assert "(minigo) rw\n> main.add() ./main.go:6 (hits goroutine(1):1 total:1)\n" in out
    assert "(minigo) rw\n> main.main() ./main.go:10\n" in out  # main's entry, its func line
    assert "(minigo) runto main.go:12\n> main.main() ./main.go:12\n" in out
    assert "(minigo) c\n> main.add() ./main.go:6 (hits goroutine(1):1 total:1)\n" in out
