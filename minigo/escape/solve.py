"""Solving the graph (Go's ``escape/solve.go``): walk backwards from every location.

Each root is walked with a shortest-path search over incoming edges, counting
dereferences. A location whose *address* reaches a root that outlives it must
be heap allocated ("moved to heap"); a parameter whose value reaches the heap or
a result is tagged as leaking, for its callers. Roots found to escape are walked
again. Explanations (``-m=2``) follow the recorded path back to the root.
"""
from __future__ import annotations


def walk_all(b) -> None:
    todo = []

    def enqueue(loc) -> None:
        if not loc.queued:
            todo.append(loc)
            loc.queued = True

    for loc in b.all_locs:
        enqueue(loc)
    enqueue(b.heap_loc)

    walkgen = 0
    while todo:
        root = todo.pop()
        root.queued = False
        walkgen += 1
        walk_one(b, root, walkgen, enqueue)


def walk_one(b, root, walkgen: int, enqueue) -> None:
    root.walkgen = walkgen
    root.derefs = 0
    root.dst = None
    todo = [root]
    while todo:
        l = todo.pop()
        derefs = l.derefs
        address_of = derefs < 0
        if address_of:
            # "root = &l; l = x": l's address flows to root, x's does not
            derefs = 0
            if not root.transient and l.transient:
                l.transient = False
                enqueue(l)

        if outlives(b, root, l):
            if l.is_name("param"):
                if not l.escapes:
                    b.verbose(l, f"parameter {b.loc_name(l)} leaks to {explain_loc(b, root)} with derefs={derefs}:")
                    explain_path(b, root, l)
                l.leak_to(root, derefs)
            if address_of and not l.escapes:
                b.verbose(l, f"{b.loc_name(l)} escapes to heap:")
                explain_path(b, root, l)
                l.escapes = True
                enqueue(l)
                continue

        for i, edge in enumerate(l.edges):
            src = edge.src
            if src.escapes:
                continue
            d = derefs + edge.derefs
            if src.walkgen != walkgen or src.derefs > d:
                src.walkgen = walkgen
                src.derefs = d
                src.dst = l
                src.dst_edge_idx = i
                todo.append(src)


def explain_path(b, root, src) -> list[str]:
    at = src
    visited = set()
    lines = []
    while True:
        if id(src) in visited:
            b.verbose(at, "  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518")
            break
        visited.add(id(src))
        dst = src.dst
        edge = dst.edges[src.dst_edge_idx]
        lines += explain_flow(b, at, dst, src, edge.derefs, edge.notes)
        if dst is root:
            break
        src = dst
    return lines


def explain_flow(b, at, dst, src, derefs: int, notes) -> list[str]:
    ops = "&" if derefs < 0 else "*" * derefs
    lines = [f"  flow: {explain_loc(b, dst)} = {ops}{explain_loc(b, src)}:"]
    note = notes
    while note is not None:
        p = b.node_pos(note.where)
        lines.append(f"    from {b.fmt(note.where)} ({note.why}) at {b.filename}:{p.line}:{p.col}")
        note = note.next
    for line in lines:
        b.verbose(at, line)
    return lines


def explain_loc(b, l) -> str:
    if l is b.heap_loc:
        return "{heap}"
    if l.n is None:
        return "{temp}"
    if l.var is not None:
        return b.loc_name(l)
    return "{storage for " + b.fmt(l.n) + "}"


def outlives(b, l, other) -> bool:
    """Whether values stored in l may survive beyond other's lifetime if stack allocated."""
    if l.escapes:
        return True  # the heap outlives everything
    if l.is_name("result"):
        # we don't know what callers do with results, except a directly called closure's
        if contains_closure(other.curfn, l.curfn) and l.curfn.closure_called:
            return False
        return True
    if l.curfn is other.curfn and l.loop_depth < other.loop_depth:
        return True  # declared outside other's loop
    if contains_closure(l.curfn, other.curfn):
        return True  # other is declared in a closure inside l's function
    return False


def contains_closure(f, c) -> bool:
    """Whether c is a closure contained within f (strictly)."""
    if f is c:
        return False
    while c is not None:
        if c is f:
            return True
        c = c.outer
    return False
