"""The package's structure, read from its source with ast (nothing is imported):

- SQL only in ``kjcg_desktop/storage/``: no SQL text and no ``.execute()`` anywhere else;
- Qt only in the UI: no PySide6 import outside ``ui/``, ``app.py`` (the composition root) and the selftest
  command, and no
  module outside them that imports, at module level, anything that leads to PySide6;
- no import cycle among the package's modules, counting imports inside functions too;
- no module over 700 lines, no function more complex than 15 (ruff's C901, McCabe).

Each ``PENDING_…`` set names what is still being moved; an entry that no longer applies fails too, so
the sets only shrink.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

PKG = Path(__file__).resolve().parents[2] / "kjcg_desktop"

# ui files that still hold SQL text or execute() calls
PENDING_UI_FILES: set[str] = set()
# import cycles inside ui/ and services/importing/
PENDING_CYCLES: set[frozenset[str]] = set()
# modules over 700 lines in ui/ and the import's sheet-size guard
PENDING_LONG_MODULES: set[str] = set()

# functions over a McCabe complexity of 15 still to be split: (module, function)
PENDING_COMPLEX: set[tuple[str, str]] = set()
MAX_COMPLEXITY = 15

SQL = re.compile(r"\b(SELECT\b[\s\S]*\bFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
                 r"CREATE\s+(TABLE|INDEX|TRIGGER|VIEW)|PRAGMA\s+\w+|BEGIN\s+IMMEDIATE|ATTACH\s+DATABASE)", re.I)
SQL_START = re.compile(r"\s*(SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|DROP|ALTER|PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|"
                       r"RELEASE|REPLACE|ATTACH|DETACH|VACUUM|ANALYZE|REINDEX)\b", re.I)
HAN = re.compile(r"[\u4e00-\u9fff]")
EXECUTE = {"execute", "executemany", "executescript"}
QUERY = EXECUTE | {"query", "one", "scalar"}


def _files() -> dict[str, Path]:
    return {p.relative_to(PKG).as_posix(): p for p in sorted(PKG.rglob("*.py"))}


@cache
def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _module_name(rel: str) -> str:
    parts = rel.removesuffix(".py").split("/")
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _first_text(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
        return str(node.values[0].value)
    if isinstance(node, ast.BinOp):
        return _first_text(node.left)
    return None


def sql_outside_storage() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for rel, path in _files().items():
        if rel.startswith("storage/"):
            continue
        for node in ast.walk(_tree(path)):
            hit = None
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                if node.func.attr in EXECUTE:
                    hit = f".{node.func.attr}()"
                elif node.func.attr in QUERY and node.args and SQL_START.match(_first_text(node.args[0]) or "-"):
                    hit = f".{node.func.attr}() with SQL"
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 12 \
                    and SQL.search(node.value) \
                    and not (HAN.search(node.value) and not re.search(r"\bFROM\s+\w+\b|\bINTO\s+\w+", node.value)):
                hit = "SQL text"
            if hit:
                found.setdefault(rel, []).append(f"{rel}:{node.lineno} {hit}")
    return found


def _imports(rel: str, modules: set[str], *, module_level_only: bool = False) -> set[str]:
    """The package modules (names relative to kjcg_desktop) and outside top-level packages that
    ``rel`` imports; a ``from package import name`` names the submodule when there is one."""
    name = _module_name(rel)
    package = name.split(".") if rel.endswith("__init__.py") else name.split(".")[:-1]
    tree = _tree(_files()[rel])
    nodes = tree.body if module_level_only else list(ast.walk(tree))
    if module_level_only:  # module level includes if/try blocks, not functions or classes
        nodes = [n for top in tree.body for n in ast.walk(top)
                 if not isinstance(top, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
    out: set[str] = set()
    for node in nodes:
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1] if node.level > 1 else package
                base_name = ".".join(base + ([node.module] if node.module else []))
                targets = [f"kjcg_desktop.{base_name}".rstrip(".") if base_name else "kjcg_desktop"]
            else:
                targets = [node.module or ""]
            targets += [f"{targets[0]}.{a.name}" for a in node.names]
            targets = [t for t in targets if t.removeprefix("kjcg_desktop.") in modules or not t.startswith("kjcg_desktop")] \
                or targets[:1]
        for target in targets:
            if target == "kjcg_desktop" or target.startswith("kjcg_desktop."):
                short = target.removeprefix("kjcg_desktop").removeprefix(".")
                while short and short not in modules:
                    short = short.rpartition(".")[0]
                if short and short != name:
                    out.add(short)
            else:
                out.add(target.split(".")[0])
    return out


def _graph(*, module_level_only: bool = False) -> dict[str, set[str]]:
    files = _files()
    modules = {_module_name(rel) for rel in files if rel != "__init__.py"}
    graph = {}
    for rel in files:
        if rel == "__init__.py":
            continue
        name = _module_name(rel)
        edges = _imports(rel, modules, module_level_only=module_level_only)
        # a package's __init__ importing its own submodules, or a submodule its package, is no cycle of substance
        graph[name] = {e for e in edges if not (e in modules and (e.startswith(name + ".") and rel.endswith("__init__.py")))}
    return graph


def import_cycles() -> set[frozenset[str]]:
    graph = _graph()
    graph = {m: {e for e in edges if e in graph} for m, edges in graph.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: set[frozenset[str]] = set()

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.add(frozenset(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return cycles


def _qt_allowed(module: str) -> bool:
    """The UI, and what starts it: app.py (the composition root) and the selftest command."""
    return module in ("app", "cli.selftest", "ui") or module.startswith("ui.")


def test_sql_only_in_storage():
    found = sql_outside_storage()
    outside_ui = [hit for rel, hits in found.items() if rel not in PENDING_UI_FILES for hit in hits]
    assert outside_ui == [], "SQL outside storage/:\n" + "\n".join(outside_ui)
    assert not PENDING_UI_FILES - set(found), f"no SQL left in {sorted(PENDING_UI_FILES - set(found))}: remove from PENDING_UI_FILES"


def test_the_scan_finds_sql_and_execute():
    tree = ast.parse('db.scalar("SELECT count(*) FROM achievements")\nconn.execute(f"PRAGMA {x}")\n'
                     'db.query("WITH t AS (SELECT 1) SELECT * FROM t")\n')
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    assert {c.func.attr for c in calls} == {"scalar", "execute", "query"}
    assert all(SQL_START.match(_first_text(c.args[0]) or "-") for c in calls)
    assert not SQL_START.match(_first_text(ast.parse('x("选择成果")').body[0].value.args[0]) or "-")


def test_qt_only_in_the_ui():
    direct = sorted(m for m, edges in _graph().items() if "PySide6" in edges and not _qt_allowed(m))
    assert direct == [], f"PySide6 imported outside ui/ and app.py: {direct}"
    graph = _graph(module_level_only=True)

    def reaches_qt(start: str) -> list[str] | None:
        seen, todo = {start}, [[start]]
        while todo:
            path = todo.pop()
            for nxt in sorted(graph.get(path[-1], ())):
                if nxt == "PySide6":
                    return path
                if nxt in graph and nxt not in seen:
                    seen.add(nxt)
                    todo.append([*path, nxt])
        return None

    leaks = {m: reaches_qt(m) for m in graph if not _qt_allowed(m)}
    leaks = {m: path for m, path in leaks.items() if path}
    assert leaks == {}, "imported without Qt but leads to PySide6: " + "; ".join(" → ".join(p) for p in leaks.values())


def test_no_import_cycles():
    cycles = import_cycles()
    new = sorted(sorted(c) for c in cycles - PENDING_CYCLES)
    assert new == [], f"import cycles: {new}"
    assert not PENDING_CYCLES - cycles, f"gone: {[sorted(c) for c in PENDING_CYCLES - cycles]} — remove from PENDING_CYCLES"


def test_the_cycle_scan_counts_imports_inside_functions(tmp_path, monkeypatch):
    package = tmp_path / "kjcg_desktop"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("from . import a\n")
    (package / "sub" / "a.py").write_text("from .. import b\n")
    (package / "b.py").write_text("def f():\n    from .sub import a\n")
    monkeypatch.setattr(__import__(__name__), "PKG", package)
    _tree.cache_clear()
    try:
        assert import_cycles() == {frozenset({"sub.a", "b"})}
    finally:
        _tree.cache_clear()


def test_no_module_over_700_lines():
    long = {rel for rel, path in _files().items() if len(path.read_text(encoding="utf-8").splitlines()) > 700}
    assert long - PENDING_LONG_MODULES == set()
    assert PENDING_LONG_MODULES - long == set(), "now short enough: remove from PENDING_LONG_MODULES"


def too_complex() -> set[tuple[str, str]]:
    out = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--select", "C901", "--config",
                          f"lint.mccabe.max-complexity={MAX_COMPLEXITY}", "--output-format", "json", "--exit-zero", str(PKG)],
                         capture_output=True, text=True, check=True).stdout
    found = set()
    for item in json.loads(out):
        name = re.search(r"`([^`]+)`", item["message"])
        found.add((Path(item["filename"]).relative_to(PKG).as_posix(), name.group(1) if name else item["message"]))
    return found


def test_no_function_over_the_complexity_limit():
    found = too_complex()
    assert sorted(found - PENDING_COMPLEX) == []
    assert sorted(PENDING_COMPLEX - found) == [], "simple enough now: remove from PENDING_COMPLEX"
