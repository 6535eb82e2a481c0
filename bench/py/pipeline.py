"""The channel pipeline of bench/programs/pipeline.go, in plain CPython.

CPython has no goroutines or unbuffered channels; the closest analogue is a
chain of generators: each stage is suspended and resumed once per value, as
each Go goroutine blocks and is woken once per handoff. (Threads with
queue.Queue(1) would measure the GIL and locks instead: about 5 s for the
100 000 values on the benchmark machine, against 0.007 s for the generators.)
"""

COUNT = 100000


def generate(n):
    for i in range(1, n + 1):  # noqa: UP028 - a loop of sends, as in the Go program
        yield i


def square(values):
    for v in values:
        yield v * v


def main():
    total = 0
    received = 0
    for v in square(generate(COUNT)):
        total += v
        received += 1
    print("received:", received)
    print("sum of squares:", total)


if __name__ == "__main__":
    main()
