"""The type checker: Go's rules and Go's error messages, after types2.

Like ``cmd/compile/internal/types2``, checking runs in phases over one file:
collect the package-level objects (resolver.go), resolve each one lazily when
first used or in source order (decl.go; cycles are Go's "invalid recursive type"
and "initialization loop"), then check function bodies (stmt.go), then report
unused imports. Errors are values (``Diagnostic``) reported at the *start* of
the offending node, as types2's ``posFor`` does; the caller sorts them.

The checker is split by concern: expressions (expr.py), calls, builtins and
conversions (call.py), statements (stmt.py), assignments (assign.py), type
expressions and declarations (here). Results for later rooms are in ``Info``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..syntax import ast
from ..syntax.features import unsupported
from ..syntax.pos import Diagnostic, Pos
from . import types as T
from .assign import AssignMixin
from .call import CallMixin
from .cycles import CycleMixin
from .expr import ExprMixin
from .literals import LiteralMixin
from .operand import Operand
from ..syntax.nodepos import node_pos
from .positions import go_pos
from .stmt import StmtMixin
from .typexpr import TypexprMixin
from .universe import UNIVERSE, Scope, package


@dataclass
class Info:
    """What the checker learned, keyed by AST node, for the escape analysis and compiler."""
    types: dict = field(default_factory=dict)  # ast.Expr -> Operand (mode, type, constant value)
    defs: dict = field(default_factory=dict)  # ast.Ident -> Object it declares
    uses: dict = field(default_factory=dict)  # ast.Ident -> Object it refers to
    selections: dict = field(default_factory=dict)  # ast.SelectorExpr -> relations.Selection
    implicits: dict = field(default_factory=dict)  # ast.CaseClause -> Var of a type switch
    funcs: dict = field(default_factory=dict)  # ast.FuncDecl -> Func
    package: Optional[Scope] = None


MAX_WIDTH = 1 << 50  # cmd/compile/internal/types: the largest type gc allows on amd64


class _Decl:
    __slots__ = ("kind", "node", "spec_index", "color")

    def __init__(self, kind, node, spec_index=0):
        self.kind, self.node, self.spec_index, self.color = kind, node, spec_index, "white"


class Checker(ExprMixin, LiteralMixin, CallMixin, StmtMixin, AssignMixin, TypexprMixin, CycleMixin):
    def __init__(self) -> None:
        self.errors: list[Diagnostic] = []
        self.info = Info()
        self.pkg_scope = Scope(UNIVERSE, "package")
        self.file_scope = Scope(self.pkg_scope, "file")  # the imports
        self.scope = self.file_scope  # the innermost scope while checking
        self.fctx = None  # the function body being checked
        self.filename = "main.go"
        self.info.package = self.pkg_scope
        self.methods: list[ast.FuncDecl] = []
        self.order: list[T.Object] = []  # package-level objects in source order
        self.decls: dict[int, _Decl] = {}  # id(obj) -> declaration
        self.path: list[T.Object] = []  # objects being resolved, for cycle reports
        self.imports: list[T.PkgName] = []
        self.iota: Optional[int] = None
        self.funcs_later: list = []
        self.sig: Optional[T.Signature] = None  # signature of the function being checked
        self.specs_done: set[int] = set()
        self.type_info: dict = {}  # Named -> marked / valid / invalid (validType)
        self.deps: dict[int, set] = {}  # id(package-level object) -> package-level objects it uses
        self.current_deps: Optional[set] = None
        self.untyped_shifts: dict = {}  # 1 << n with n not constant: typed by its context
        self.backend_errors: list = []  # errors gc finds after type checking (walk), shown only without others
        self.op_assign_text: dict = {}  # x op= y is checked as x op y, but Go prints it as written
        self.errpos: Optional[Pos] = None
        self.types_later: list[T.Named] = []

    # ------------------------------------------------------------ errors

    def error(self, at, msg: str, related=()) -> None:
        # types2's "cheap trick": after a first error, drop follow-on errors about invalid operands and types
        if self.errors and (msg.find("invalid operand") > 0 or msg.find("invalid type") > 0):
            return
        pos = at if isinstance(at, Pos) else go_pos(at)
        if self.errpos is not None:  # in an inherited constant expression: at the constant's spec
            pos = self.errpos
        self.errors.append(Diagnostic(Pos(pos.line, pos.col), msg, tuple(related)))

    def invalid_op(self, at, msg: str) -> None:
        self.error(at, "invalid operation: " + msg)

    # ------------------------------------------------------------ the phases

    def check_file(self, f: ast.File) -> None:
        if f.package.name == "_":
            self.error(f.package, "invalid package name _")
        elif f.package.name != "main":
            self.error(f.package, unsupported("packages other than main"))
        self.filename = f.filename
        self.collect(f)
        self.package_objects()
        for fn in self.funcs_later:
            fn()
        self.init_order()
        self.unused_imports()
        if not self.errors:
            for pos, msg in self.backend_errors:
                self.error(pos, msg)
        main = self.pkg_scope.lookup_local("main")
        if not self.errors and not isinstance(main, T.Func):
            # go build's linker says this, without a position; minigo puts it at the package clause
            self.error(f.package, "function main is undeclared in the main package")

    def collect(self, f: ast.File) -> None:
        for spec in f.imports:
            self.import_package(spec)
        for d in f.decls:
            if isinstance(d, ast.FuncDecl):
                self.collect_func(d)
            elif d.tok == "var":
                for spec in d.specs:
                    self.collect_var_spec(spec)
            elif d.tok == "const":
                for spec in d.specs:
                    for i, name in enumerate(spec.names):
                        obj = T.Const(name.name, None, name.pos)
                        self.declare_pkg(name, obj, _Decl("const", spec, i))
            elif d.tok == "type":
                for spec in d.specs:
                    obj = T.TypeName(spec.name.name, None, spec.name.pos)
                    if not spec.alias:
                        obj.type = T.Named(obj)
                    self.declare_pkg(spec.name, obj, _Decl("type", spec))

    def import_package(self, spec: ast.ImportSpec) -> None:
        if not spec.path or any(c in spec.path for c in '\\ !"#$%&\'()*,:;<=>?[]^`{|}') or spec.path.startswith("/"):
            self.error(spec.path_pos, f'invalid import path: "{spec.path}"')
            return
        names = package(spec.path)
        if names is None:
            self.error(spec.path_pos, unsupported(f"package {spec.path}"))
            return
        local = spec.name.name if spec.name else spec.path
        pkg = T.PkgName(local, None, spec.pos, path=spec.path, scope=names)
        if local == "_":
            return
        self.imports.append(pkg)
        old = self.file_scope.insert(pkg)
        if old is not None:
            self.error(spec.path_pos, f"{local} redeclared in this block",
                       [(old.pos, f"other declaration of {local}")])

    def collect_var_spec(self, spec: ast.ValueSpec) -> None:
        for i, name in enumerate(spec.names):
            obj = T.Var(name.name, None, name.pos, is_global=True)
            self.declare_pkg(name, obj, _Decl("var", spec, i))

    def collect_func(self, d: ast.FuncDecl) -> None:
        obj = T.Func(d.name.name, None, d.name.pos, decl=d)
        self.info.defs[d.name] = obj
        self.info.funcs[d] = obj
        if d.recv is not None:
            self.methods.append(d)
            self.decls[id(obj)] = _Decl("func", d)
            return
        if d.name.name == "init":
            self.decls[id(obj)] = _Decl("func", d)
            self.order.append(obj)
            if d.type.params or d.type.results:
                self.error(d.name, "func init must have no arguments and no return values")
            return
        if d.name.name == "main" and (d.type.params or d.type.results):
            self.error(d.name, "func main must have no arguments and no return values")
        self.declare_pkg(d.name, obj, _Decl("func", d))

    def declare_pkg(self, ident: ast.Ident, obj: T.Object, decl: _Decl) -> None:
        self.info.defs[ident] = obj
        self.decls[id(obj)] = decl
        if ident.name == "_":
            self.order.append(obj)
            return
        if ident.name in ("init", "main") and not isinstance(obj, T.Func):
            self.error(ident, f"cannot declare {ident.name} - must be func")  # and it is not declared
            return
        alt = self.pkg_scope.insert(obj)
        if alt is None:
            alt = self.file_scope.lookup_local(ident.name)
            if isinstance(alt, T.PkgName):  # types2 resolver: a package-level name may not shadow an import
                self.error(ident, f'{ident.name} already declared through import of package {alt.name} ("{alt.path}")',
                           [(alt.pos, f"other declaration of {ident.name}")])
                return
        if alt is not None and alt is not obj:
            self.error(ident, f"{ident.name} redeclared in this block", [(alt.pos, f"other declaration of {ident.name}")])
            if isinstance(obj, T.Func):
                self.order.append(obj)  # types2 still checks its body
            return
        self.order.append(obj)

    def package_objects(self) -> None:
        # types2 resolves type declarations first, then everything else, in source order
        types = [o for o in self.order if isinstance(o, T.TypeName)]
        for obj in types:
            self.obj_decl(obj)
        for obj in types:  # definitions that waited for a type declared later in a cycle
            named = obj.type
            if isinstance(named, T.Named) and named.under is None:
                self.resolve_under(named)
                if named.under is None:
                    named.under = T.Invalid
        self.collect_methods()
        self.order.sort(key=lambda o: (o.pos.line, o.pos.col))  # methods in source order too
        for obj in self.order:
            self.obj_decl(obj)
        for named in self.types_later:
            if named.under is not T.Invalid:
                self.valid_type(named)

    def obj_decl(self, obj: T.Object) -> None:
        decl = self.decls.get(id(obj))
        if decl is None:
            return
        if decl.color == "black":
            return
        if decl.color == "grey":
            self.decl_cycle(obj)
            return
        decl.color = "grey"
        self.path.append(obj)
        saved = (self.iota, self.sig, self.current_deps)
        self.current_deps = self.deps.setdefault(id(obj), set())
        try:
            if decl.kind == "const":
                self.const_decl(obj, decl.node, decl.spec_index)
            elif decl.kind == "var":
                self.var_decl(obj, decl.node, decl.spec_index)
                if obj.type is not None and obj.type is not T.Invalid:
                    self.check_width(obj)
            elif decl.kind == "type":
                self.type_decl(obj, decl.node)
            elif decl.kind == "func":
                self.func_decl(obj, decl.node)
        finally:
            self.iota, self.sig, self.current_deps = saved
            self.path.pop()
            decl.color = "black"

    def decl_cycle(self, obj: T.Object) -> None:
        """obj is needed while its own declaration is being checked (types2 validCycle)."""
        cycle = self.path[next(i for i, o in enumerate(self.path) if o is obj):]
        nval = sum(isinstance(o, (T.Const, T.Var)) for o in cycle)
        ndef = sum(isinstance(o, T.TypeName) and isinstance(o.type, T.Named) for o in cycle)
        if nval == len(cycle) or (nval == 0 and ndef > 0):
            # values only: the initialization order check reports it; type definitions: fine here
            if isinstance(obj, (T.Const, T.Var)) and obj.type is None:
                obj.type = T.Invalid
            return
        self.cycle_error(cycle)
        if isinstance(obj, (T.Const, T.Var, T.TypeName)) and obj.type is None:
            obj.type = T.Invalid

    # ------------------------------------------------------------ declarations

    def const_decl(self, obj: T.Const, spec: ast.ValueSpec, i: int) -> None:
        self.iota = spec.iota
        typ = None
        if spec.type is not None:
            typ = self.typexpr(spec.type)
            if typ is not T.Invalid and not T.is_constant_type(typ):
                self.error(spec.type, f"invalid constant type {T.type_string(typ)}")
                obj.type, obj.val = T.Invalid, None
                return
        if i == 0:
            self.const_arity(spec)
        if i >= len(spec.values):
            obj.type = T.Invalid
            return
        if spec.implicit:
            self.errpos = spec.names[0].pos
        try:
            x = self.expr(spec.values[i])
            self.const_value(obj, spec, x, typ)
        finally:
            self.errpos = None

    def const_value(self, obj: T.Const, spec: ast.ValueSpec, x, typ) -> None:
        if x.invalid:
            obj.type = T.Invalid
            return
        if x.mode != "constant":
            self.error(x.expr, f"{x.describe()} is not constant")
            obj.type = T.Invalid
            return
        if typ is not None and typ is not T.Invalid:
            self.assignment(x, typ, "constant declaration")
            if x.invalid:
                obj.type = T.Invalid
                return
        obj.type, obj.val = x.type, x.val

    def const_arity(self, spec: ast.ValueSpec) -> None:
        """types2 arity for a const spec; inherited values are reported at the spec."""
        l, r = len(spec.names), len(spec.values)
        if l < r:
            n = spec.values[l]
            if spec.implicit:
                p = node_pos(n)
                self.error(spec, f"extra init expr at {self.filename}:{p.line}:{p.col}")
            else:
                self.error(n, f"extra init expr {_expr_str(n)}")
        elif l > r:
            self.error(spec.names[r], f"missing init expr for {spec.names[r].name}")

    def var_decl(self, obj: T.Var, spec: ast.ValueSpec, i: int) -> None:
        # a package-level spec is checked once, for all its names (types2 checks each
        # name with its own value; the effect, and the errors, are the same)
        if id(spec) in self.specs_done:
            return
        self.specs_done.add(id(spec))
        self.var_spec([self.info.defs[n] for n in spec.names], spec)

    def type_decl(self, obj: T.TypeName, spec: ast.TypeSpec) -> None:
        if spec.alias:
            obj.type = self.typexpr(spec.type)
            return
        named: T.Named = obj.type
        named.rhs = self.typexpr(spec.type, def_named=named)
        self.resolve_under(named)
        if self.fctx is None:  # package level: checked once every declaration is complete (check.later)
            self.types_later.append(named)
        elif named.under is not T.Invalid:
            self.valid_type(named)

    def collect_methods(self) -> None:
        for d in self.methods:
            obj = self.info.defs[d.name]
            base = self.receiver_base(d.recv)
            if base is None:
                continue
            for m in base.methods:
                if m.name == d.name.name:
                    self.error(d.name, f"{base.obj.name}.{d.name.name} redeclared in this block",
                               [(m.pos, f"other declaration of {d.name.name}")])
                    break
            else:
                u = base.underlying()
                if isinstance(u, T.Struct) and any(f.name == d.name.name for f in u.fields):
                    self.error(d.name, f"field and method with the same name {d.name.name}")
                base.methods.append(obj)
                self.order.append(obj)

    def receiver_base(self, recv: ast.Field) -> Optional[T.Named]:
        t = recv.type
        if isinstance(t, ast.StarExpr):
            t = t.x
        if isinstance(t, ast.ParenExpr):
            t = t.x
        if not isinstance(t, ast.Ident):
            self.error(t, f"invalid receiver type {_expr_str(recv.type)}")
            return None
        if t.name == "_":
            self.error(t, "cannot use _ as value or type")
            return None
        scope, obj = self.file_scope.lookup(t.name)
        if obj is None:
            self.error(t, f"undefined: {t.name}")
            return None
        if isinstance(obj, T.TypeName) and isinstance(obj.type, T.Named) and obj.type.pkg == "main" \
                and obj.pkg != "":  # error is predeclared: not local
            self.info.uses[t] = obj
            u = obj.type.underlying()
            if isinstance(u, (T.Pointer, T.Interface)):
                self.error(recv.pos, f"invalid receiver type {t.name} (pointer or interface type)")
                return None
            return obj.type
        if isinstance(obj, T.TypeName):
            self.error(recv.pos, f"cannot define new methods on non-local type {T.type_string(obj.type)}")
            return None
        self.error(t, f"{t.name} is not a type")
        return None

    def func_decl(self, obj: T.Func, d: ast.FuncDecl) -> None:
        obj.type = T.Signature(T.Tuple([]), T.Tuple([]))  # a guard against cycles, as types2's funcDecl
        sig = self.func_type(d.type, d.recv)
        obj.type = sig
        if d.body is None:
            self.error(d.name, "missing function body")
            return
        self.funcs_later.append(lambda: self.func_body_deps(obj, sig, d))

    def check_width(self, v: T.Var) -> None:
        """gc refuses types whose size does not fit the address space (types.MaxWidth = 1<<50)."""
        try:
            size = T.sizeof(v.type)
        except RecursionError:
            return
        if size >= MAX_WIDTH:
            self.error(v.pos, f"type {T.type_string(v.type)} larger than address space")

    def func_body_deps(self, obj: T.Func, sig: T.Signature, d: ast.FuncDecl) -> None:
        saved, self.current_deps = self.current_deps, self.deps.setdefault(id(obj), set())
        self.func_body(obj.name, sig, d.body, d)
        self.current_deps = saved

    def unused_imports(self) -> None:
        for pkg in self.imports:
            if not pkg.used:
                if pkg.name != pkg.path.split("/")[-1]:
                    self.error(pkg.pos, f'imported and not used: "{pkg.path}" as {pkg.name}')
                else:
                    self.error(pkg.pos, f'imported and not used: "{pkg.path}"')

    # ------------------------------------------------------------ helpers shared by the mixins

    def record(self, x: Operand) -> Operand:
        if x.expr is not None:
            self.info.types[x.expr] = x
        return x

    def lookup(self, name: str):
        return self.scope.lookup(name)


def _fmt_pos(pos: Pos) -> str:
    return f"{pos.line}:{pos.col}"


def _expr_str(e) -> str:
    from ..syntax.printer import expr_string
    return expr_string(e)


def check(f: ast.File) -> tuple[Info, list[Diagnostic]]:
    c = Checker()
    c.check_file(f)
    return c.info, c.errors
