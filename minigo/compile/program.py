"""The whole program: package variables, functions, methods and the run-time type table.

``compile_program`` walks the checked file once and returns a ``Program``: the Python
source of one module (a generator function per Go function, method and func literal),
the types the machine must build RTypes for, the stop points (one per statement, and each
function's entry, end and return), the allocation sites escape analysis decided, and a line
table from Python lines back to Go.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..syntax import ast
from ..types import types as T
from ..types.relations import lookup_field_or_method
from .emit import Emitter, Namer
from .exprs import ExprMixin
from .calls import CallMixin
from .funcs import FuncMixin, FuncState
from .scan import addressed_globals
from .stmts import StmtMixin
from .typeinfo import is_aggregate, type_key


@dataclass
class StopPoint:
    """A place the debugger can stop.  Most are statements (``stmt``, also the collector's
    safe points).  Each Go function has more: its ``entry``, at the ``func`` line once
    the prologue pushed the frame (where Delve puts a function breakpoint and where
    ``step`` into a call lands); its ``end``, at the closing brace when it can run off
    its end; and its ``return``, once the frame is popped and before control is back in
    the caller (Delve's return-address breakpoint of ``stepout``, which shows the
    caller's line and the values returned)."""
    line: int
    col: int
    func: str  # Go's name for the function: main.main, main.(*T).M, main.main.func1
    kind: str = "stmt"  # "stmt", "entry", "end" or "return"


@dataclass
class Site:
    """A variable or allocation site escape analysis sent to the heap (sites it kept on
    the stack get no entry: they live in their frame)."""
    key: object  # the Analysis.decisions key
    line: int
    col: int
    what: str  # "moved to heap: x", "&lit", "new", "make", ...
    reason: str  # Go's -m text
    flow: tuple[str, ...] = ()  # Go's -m=2 explanation: why it escapes


@dataclass
class Program:
    filename: str
    source: str  # the generated Python module
    lines: list[int]  # Python line -> Go line
    types: list  # run-time type table: types.Type per index
    stops: list[StopPoint]
    sites: list[Site]
    funcnames: dict[str, str]  # Python function name -> Go function name
    func_params: dict = field(default_factory=dict)  # Go function name -> parameter count
    frames: dict = field(default_factory=dict)  # Go function name -> frames.FrameLayout
    globals: list = field(default_factory=list)  # (python name, Go name, type)
    line_stops: list = field(default_factory=list)  # Python line -> index in stops of its statement, or -1
    stop_live: list = field(default_factory=list)  # stop index -> frozenset of live locals (None: all)
    imports: tuple = ()  # the import paths


class Compiler(FuncMixin, StmtMixin, ExprMixin, CallMixin):
    def __init__(self, f: ast.File, info, analysis) -> None:
        self.file = f
        self.scope_ends: dict | None = None  # identifier position -> its scope's last line
        self.info = info
        self.decisions = analysis.decisions if analysis is not None else {}
        self.e = Emitter()
        self.names = Namer()
        self.types: list = []
        self.type_ids: dict = {}
        self.stops: list[StopPoint] = []
        self.stop_live: dict = {}  # stop index -> live locals there (liveness.py)
        self.sites: list[Site] = []
        self.site_ids: dict = {}
        self.funcnames: dict[str, str] = {}
        self.func_params: dict[str, int] = {}  # Go function name -> parameter count (traces)
        self.frames: dict = {}  # Go function name -> FrameLayout
        self.global_vars: dict = {}  # Var -> python name
        self.boxed_globals: set = set()
        self.fs: FuncState | None = None
        self.method_funcs: dict = {}  # Func object -> python name
        self.func_names: dict = {}  # package-level Func -> python name
        self.bound: dict = {}  # id(ast expr) -> code already evaluated into a temporary

    # ------------------------------------------------------------ tables

    def tid(self, t) -> int:
        assert not isinstance(t, T.Tuple), "a tuple has no run-time type"
        key = type_key(t)
        k = self.type_ids.get(key)
        if k is None:
            k = self.type_ids[key] = len(self.types)
            self.types.append(t)
            self._type_parts(t)
        return k

    def _type_parts(self, t) -> None:
        """Element and field types get table entries too (fmt walks them)."""
        u = t.underlying()
        if isinstance(u, (T.Pointer, T.Slice, T.Array, T.Chan)):
            self.tid(u.elem)
        elif isinstance(u, T.Map):
            self.tid(u.key)
            self.tid(u.elem)
        elif isinstance(u, T.Struct):
            for fld in u.fields:
                self.tid(fld.type)
        if isinstance(t, T.Named) and t.pkg == "main" and not isinstance(u, (T.Interface, T.Pointer)):
            self.tid(T.Pointer(t))

    def stop(self, pos, kind: str = "stmt") -> int:
        return self.stop_at(pos.line, pos.col, kind)

    def stop_at(self, line: int, col: int, kind: str = "stmt") -> int:
        k = len(self.stops)
        self.stops.append(StopPoint(line, col, self.fs.go_name if self.fs else "main.init", kind))
        return k

    def site(self, key, pos, what: str) -> int | None:
        """The index of a heap allocation site, or None when the analysis kept it on the stack."""
        d = self.decisions.get(key)
        if d is None or not d.heap:
            return None
        k = self.site_ids.get(id(key) if not isinstance(key, tuple) else key)
        if k is None:
            k = len(self.sites)
            self.site_ids[id(key) if not isinstance(key, tuple) else key] = k
            p = d.pos if d.pos is not None and d.pos.line else pos
            self.sites.append(Site(key, p.line, p.col, what, d.reason, tuple(d.flow)))
        return k

    # ------------------------------------------------------------ the module

    def compile(self) -> Program:
        e = self.e
        e.line("# generated by minigo.compile from " + self.file.filename)
        funcs, var_specs = [], []
        for d in self.file.decls:
            if isinstance(d, ast.FuncDecl):
                funcs.append(d)
                fn = self.info.funcs.get(d)
                if d.recv is None:
                    self.func_names[fn] = self.names.fresh("F_" + d.name.name)
                else:
                    self.method_funcs[fn] = self.names.fresh("M_" + self._recv_base(fn).obj.name + "_" + d.name.name)
            elif isinstance(d, ast.GenDecl) and d.tok == "var":
                for spec in d.specs:
                    var_specs.append(spec)
                    for name in spec.names:
                        v = self.info.defs.get(name)
                        if v is not None:
                            self.global_vars[v] = self.names.fresh("G_" + name.name)
        self.boxed_globals = {v for v in addressed_globals(self.file.decls, self.info) if not is_aggregate(v.type)}
        for v, name in self.global_vars.items():
            e.line(f"{name} = {self.zero_global(v)}")
        for d in funcs:
            if d.body is not None:
                self.func_decl(d)
        self.init_func(var_specs)
        self.method_tables()
        src, lines, line_stops = e.source()
        return Program(self.file.filename, src, lines, self.types, self.stops, self.sites,
                       self.funcnames, self.func_params, self.frames,
                       globals=[(n, v.name, v.type) for v, n in self.global_vars.items()], line_stops=line_stops,
                       stop_live=[self.stop_live.get(k) for k in range(len(self.stops))],
                       imports=tuple(spec.path for spec in self.file.imports))

    def _recv_base(self, fn) -> T.Named:
        t = fn.type.recv.type
        return t.elem if isinstance(t, T.Pointer) else t

    def zero_global(self, v) -> str:
        z = self.zero(v.type)
        if v in self.boxed_globals:
            return f"_Box({z})"
        return z

    def method_tables(self) -> None:
        """Fill each named type's (and its pointer's) method set, promoted methods included."""
        e = self.e
        e.go_line = 0
        for k, t in enumerate(list(self.types)):
            base = t.elem if isinstance(t, T.Pointer) else t
            if not isinstance(base, T.Named) or base.pkg != "main" or isinstance(base.underlying(), T.Interface):
                continue
            for name in sorted(self._method_names(base)):
                sel = lookup_field_or_method(t, name)
                if sel is None or sel.kind != "method":
                    continue
                fn = sel.obj
                recv_ptr = fn.type.recv is not None and isinstance(fn.type.recv.type, T.Pointer)
                if not isinstance(t, T.Pointer) and recv_ptr:
                    continue  # not in the value method set
                through_ptr = self._path_has_pointer(t, sel.path)
                if not isinstance(t, T.Pointer) and sel.path and recv_ptr and not through_ptr:
                    continue
                e.line(f"_rt[{k}].methods[{name!r}] = {self.method_wrapper(t, sel)}")
                e.line(f"_rt[{k}].msigs[{name!r}] = _rt[{self.tid(self._plain_sig(fn.type))}]")

    def _plain_sig(self, sig):
        return T.Signature(sig.params, sig.results, sig.variadic)

    def _method_names(self, t, seen=None) -> set:
        seen = seen if seen is not None else set()
        if id(t) in seen:
            return set()
        seen.add(id(t))
        names = set()
        if isinstance(t, T.Named):
            names |= {m.name for m in t.methods}
        u = t.underlying()
        if isinstance(u, T.Struct):
            for f in u.fields:
                if f.embedded:
                    ft = f.type.elem if isinstance(f.type, T.Pointer) else f.type
                    if isinstance(ft.underlying(), T.Interface):
                        names |= {m.name for m in ft.underlying().all_methods()}
                    else:
                        names |= self._method_names(ft, seen)
        return names

    def _path_has_pointer(self, t, path) -> bool:
        cur = t.elem if isinstance(t, T.Pointer) else t
        for i in path:
            f = cur.underlying().fields[i]
            if isinstance(f.type, T.Pointer):
                return True
            cur = f.type
        return False

    def method_wrapper(self, t, sel) -> str:
        """A Python callable taking the receiver value of type t (a method-table entry)."""
        fn = sel.obj
        path = sel.path
        recv = "r"
        cur = t.elem if isinstance(t, T.Pointer) else t
        for i in path:
            f = cur.underlying().fields[i]
            recv = f"{recv}[{i}]"
            cur = f.type.elem if isinstance(f.type, T.Pointer) else f.type
        if isinstance(cur.underlying(), T.Interface):
            return f"lambda r, *a: {recv}[0].methods[{fn.name!r}]({recv}[1], *a)"
        target = self.method_funcs.get(fn)
        if target is None:
            target = self.lib_method(fn)
        if not path:
            return target
        return f"lambda r, *a: {target}({recv}, *a)"


def compile_program(f: ast.File, info, analysis) -> Program:
    return Compiler(f, info, analysis).compile()
