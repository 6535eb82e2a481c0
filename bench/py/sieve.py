"""Sieve of Eratosthenes over a list of bools, repeated, as bench/programs/sieve.go.

Written as the Go program is (explicit index loops), not with slice assignment,
so that both do the same work per element.
"""


def sieve(n):
    composite = [False] * (n + 1)
    count = 0
    for i in range(2, n + 1):
        if composite[i]:
            continue
        count += 1
        for j in range(i * i, n + 1, i):
            composite[j] = True
    return count


def main():
    total = 0
    count = 0
    for _ in range(100):
        count = sieve(100000)
        total += count
    print("primes below 100000:", count)
    print("total over 100 rounds:", total)


if __name__ == "__main__":
    main()
