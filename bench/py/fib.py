"""Recursive Fibonacci, as bench/programs/fib.go."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    print("fib(27) =", fib(27))


if __name__ == "__main__":
    main()
