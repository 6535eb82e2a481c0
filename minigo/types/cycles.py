"""Cycles in declarations, found and reported as types2 does.

Three places, three Go files:

- ``type A B; type B A``: a named type's underlying type is found by following the
  right-hand sides of type definitions (types2 ``Named.under``); a loop is
  ``invalid recursive type A`` with the path ``A refers to / B refers to / A``.
- ``type Node struct{ next Node }``, ``type I interface{ I }``: a type that contains
  itself by value — through array elements, struct fields, embedded interfaces — is
  invalid (``validtype.go``); through a pointer, slice, map, channel or func it is fine.
- ``var a = f(); func f() int { return a }``: package-level initialization that depends
  on itself, directly or through function bodies, is ``initialization loop for a``
  (``initorder.go``). Cycles made only of constants and variables seen while resolving
  declarations are left to this check, as types2's ``validCycle`` does.

A reported cycle starts at the object declared first in the source (``firstInSrc``).
"""
from __future__ import annotations

from . import types as T


class CycleMixin:
    # ------------------------------------------------------------ reporting

    def cycle_error(self, cycle: list) -> None:
        """types2 cycleError: start at the first object in source order, go around once."""
        first = min(range(len(cycle)), key=lambda k: (cycle[k].pos.line, cycle[k].pos.col))
        i, obj = first, cycle[first]
        if isinstance(obj, T.TypeName):
            msg = f"invalid recursive type {obj.name}"
        else:
            msg = f"illegal cycle in declaration of {obj.name}"
        related = []
        for _ in cycle:
            related.append((obj.pos, f"{obj.name} refers to"))
            i = (i + 1) % len(cycle)
            obj = cycle[i]
        related.append((obj.pos, obj.name))
        self.error(cycle[first].pos, msg, related)

    # ------------------------------------------------------------ underlying types

    def resolve_under(self, named: T.Named) -> None:
        """Follow the chain of right-hand sides to an underlying type (types2 Named.under)."""
        chain = [named]
        t = named.rhs
        while isinstance(t, T.Named):
            if t.under is not None:
                break
            if any(t is c for c in chain):
                start = next(k for k, c in enumerate(chain) if c is t)
                self.cycle_error([c.obj for c in chain[start:]])
                for c in chain:
                    c.under = T.Invalid
                return
            if t.rhs is None:  # its declaration is still being checked: finish later
                return
            chain.append(t)
            t = t.rhs
        under = t.underlying() if t is not None else T.Invalid
        for c in chain:
            if c.under is None:
                c.under = under

    # ------------------------------------------------------------ types containing themselves

    def valid_type(self, named: T.Named) -> None:
        self._valid_type(named, [])

    def _valid_type(self, t, path: list) -> bool:
        if isinstance(t, T.Array):
            return self._valid_type(t.elem, path)
        if isinstance(t, T.Struct):
            return all(self._valid_type(f.type, path) for f in t.fields)
        if isinstance(t, T.Interface):
            return all(self._valid_type(e, path) for e in t.embeddeds)
        if isinstance(t, T.Named):
            if t.under is T.Invalid:
                return False
            state = self.type_info.get(t)
            if state is None:
                self.type_info[t] = "marked"
                ok = self._valid_type(t.rhs, path + [t.obj])
                self.type_info[t] = "valid" if ok else "invalid"
                return ok
            if state == "marked":  # seen on this path: a cycle
                self.type_info[t] = "invalid"
                t.under = T.Invalid
                start = next(k for k, o in enumerate(path) if o is t.obj)
                self.cycle_error(path[start:])
                return False
            return state == "valid"
        return True

    # ------------------------------------------------------------ initialization order

    def depends_on(self, obj: T.Object) -> None:
        """Record that the declaration being checked refers to package-level obj."""
        if self.current_deps is not None and obj.pkg == "main" and \
                self.pkg_scope.lookup_local(obj.name) is obj:
            self.current_deps.add(obj)

    def init_order(self) -> None:
        """types2 initorder: a package-level variable may not depend on itself."""
        reported: set[int] = set()
        for obj in self.order:
            if not isinstance(obj, (T.Var, T.Const)) or id(obj) in reported:
                continue
            cycle = self._find_path(obj, obj, set())
            if cycle is None:
                continue
            for o in cycle:
                reported.add(id(o))
            self._report_init_cycle([obj] + cycle[:-1])

    def _find_path(self, start, target, seen: set):
        for dep in sorted(self.deps.get(id(start), ()), key=lambda o: (o.pos.line, o.pos.col)):
            if dep is target:
                return [dep]
            if id(dep) in seen:
                continue
            seen.add(id(dep))
            rest = self._find_path(dep, target, seen)
            if rest is not None:
                return [dep] + rest
        return None

    def _report_init_cycle(self, cycle: list) -> None:
        obj = cycle[0]
        related = [(o.pos, f"{o.name} refers to") for o in cycle] + [(obj.pos, obj.name)]
        self.error(obj.pos, f"initialization loop for {obj.name}", related)
