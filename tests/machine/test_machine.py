"""The machine's own promises: the same run every time, a stop point at every statement,
`minigo run` as a command with Go's exit statuses."""
import io
import subprocess
import sys
from pathlib import Path

from minigo.machine.machine import Machine
from minigo.machine.runner import load, run_machine, run_program

RUN = Path(__file__).parent.parent / "testdata" / "run"

CONCURRENT = """package main

import (
	"fmt"
	"sync"
)

func worker(id int, jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- fmt.Sprintf("w%d:j%d", id, j)
	}
}

func main() {
	jobs := make(chan int)
	results := make(chan string, 100)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(i, jobs, results, &wg)
	}
	for j := 0; j < 40; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Print(r, " ")
	}
	fmt.Println()
}
"""


def run(text: str, name: str = "p.go"):
    out, err = io.BytesIO(), io.BytesIO()
    status = run_program(text, name, out, err)
    return status, out.getvalue(), err.getvalue()


def test_a_concurrent_program_runs_the_same_20_times():
    runs = {run(CONCURRENT) for _ in range(20)}
    assert len(runs) == 1
    status, out, _ = runs.pop()
    assert status == 0
    jobs = out.split()
    assert len(jobs) == 40 and len({j.split(b":")[1] for j in jobs}) == 40


STEPS = """package main

import "fmt"

func add(a, b int) int {
	c := a + b
	return c
}

func main() {
	x := 1
	for i := 0; i < 2; i++ {
		x = add(x, i)
	}
	fmt.Println(x)
}
"""


def test_every_statement_is_a_stop_point_in_execution_order():
    errors, program = load(STEPS, "steps.go")
    assert not errors
    m = Machine(program, io.BytesIO(), io.BytesIO())
    m.set_traps([True] * len(m.traps))
    seen = []
    m.on_stop = lambda g, k: seen.append((program.stops[k].func, program.stops[k].line, program.stops[k].kind))
    assert run_machine(m) == 0
    # as Delve steps: the for line again before each further iteration (its post statement)
    assert [(f, n) for f, n, kind in seen if kind == "stmt"] == [
        ("main.main", 11), ("main.main", 12),
        ("main.main", 13), ("main.add", 6), ("main.add", 7), ("main.main", 12),
        ("main.main", 13), ("main.add", 6), ("main.add", 7), ("main.main", 12),
        ("main.main", 15)]
    # each call: its entry at the func line first, its return (after the last statement) last
    assert seen[:8] == [("main.main", 10, "entry"), ("main.main", 11, "stmt"), ("main.main", 12, "stmt"),
                        ("main.main", 13, "stmt"), ("main.add", 5, "entry"), ("main.add", 6, "stmt"),
                        ("main.add", 7, "stmt"), ("main.add", 7, "return")]
    assert seen[-1] == ("main.main", 16, "return")


def test_unarmed_stop_points_do_not_stop():
    errors, program = load(STEPS, "steps.go")
    m = Machine(program, io.BytesIO(), io.BytesIO())
    seen = []
    m.on_stop = lambda g, k: seen.append(k)
    assert run_machine(m) == 0
    assert seen == []


def _cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "minigo", *args], capture_output=True, cwd=Path(__file__).parents[2])


def test_cli_run_prints_the_program_output_and_exits_with_its_status():
    r = _cli("run", str(RUN / "fail_nil_map_write.go"))
    assert r.returncode == 2
    assert r.stdout == (RUN / "fail_nil_map_write.stdout").read_bytes()
    assert r.stderr.startswith(b"panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\nmain.main()")


def test_cli_run_with_compile_errors_is_check_output_and_exit_1(tmp_path):
    p = tmp_path / "bad.go"
    p.write_text("package main\n\nfunc main() {\n\tx := 1\n}\n")
    r = _cli("run", str(p))
    assert r.returncode == 1
    assert r.stderr.decode().endswith("bad.go:4:2: x declared but not used\n")
    assert r.stdout == b""


def test_cli_run_missing_file():
    r = _cli("run", "no/such/file.go")
    assert r.returncode == 1
    assert r.stderr.decode().count("\n") == 1
