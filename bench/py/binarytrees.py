"""The benchmarks game's binary-trees, sequential, as bench/programs/binarytrees.go.

A node is an object with two attributes (``__slots__``), the nearest thing to a
Go struct reached through a pointer.
"""


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left=None, right=None):
        self.left = left
        self.right = right

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()


def bottom_up(depth):
    if depth <= 0:
        return Node()
    return Node(bottom_up(depth - 1), bottom_up(depth - 1))


def main():
    n = 12
    min_depth = 4
    max_depth = n
    if min_depth + 2 > n:
        max_depth = min_depth + 2

    stretch = max_depth + 1
    print(f"stretch tree of depth {stretch}\t check: {bottom_up(stretch).check()}")

    long_lived = bottom_up(max_depth)

    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + min_depth)
        check = 0
        for _ in range(iterations):
            check += bottom_up(depth).check()
        print(f"{iterations}\t trees of depth {depth}\t check: {check}")
    print(f"long lived tree of depth {max_depth}\t check: {long_lived.check()}")


if __name__ == "__main__":
    main()
