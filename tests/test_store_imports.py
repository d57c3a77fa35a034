"""The store's import graph has no circle: a module that imports itself back through
others loads half-initialised depending on which module a caller imports first.

`from store.extract import gazetteer` names the package, so it runs (and waits on)
store/extract/__init__.py; that counts as an import of the package. `import
store.extract.gazetteer` and `from store.extract.gazetteer import X` name the
submodule only (the parent package is already loading when its own modules run).
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.test_tui_imports import circles, module_name

ROOT = Path(__file__).resolve().parent.parent
STORE = ROOT / "store"


def store_modules() -> dict[str, Path]:
    return {module_name(p): p for p in STORE.rglob("*.py")}


def _base(name: str, path: Path, node: ast.ImportFrom) -> str:
    """The absolute module an ImportFrom names (relative ones resolved against `name`)."""
    if node.level == 0:
        return node.module or ""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for _ in range(node.level - 1):
        package = package.rpartition(".")[0]
    return f"{package}.{node.module}" if node.module else package


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The store modules a file imports, anywhere in it (inside functions and
    TYPE_CHECKING blocks too: a lazy import hides a circle, it does not remove it)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _base(name, path, node)
            found.add(base)
            found.update(f"{base}.{a.name}" for a in node.names)
    return found & known


def store_graph() -> dict[str, set[str]]:
    modules = store_modules()
    known = set(modules)
    return {name: imports_of(name, path, known) - {name} for name, path in modules.items()}


def test_the_graph_sees_package_and_relative_imports(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("from pkg.a import f\n")
    (pkg / "a.py").write_text("from pkg import b as bee\nfrom . import c\n")
    (pkg / "b.py").write_text("from .c import g\nimport pkg.c as cee\n")
    (pkg / "c.py").write_text("def g(): pass\n")
    known = {"pkg", "pkg.a", "pkg.b", "pkg.c"}
    assert imports_of("pkg.a", pkg / "a.py", known) == {"pkg", "pkg.b", "pkg.c"}
    assert imports_of("pkg.b", pkg / "b.py", known) == {"pkg.c"}
    graph = {"pkg": {"pkg.a"}, "pkg.a": imports_of("pkg.a", pkg / "a.py", known)}
    assert circles(graph) == [["pkg", "pkg.a"]]  # a names its package, whose __init__ imports a


def _in_timex(circle: list[str]) -> bool:
    return all(m == "store.timex" or m.startswith("store.timex.") for m in circle)


def test_store_has_no_import_circle() -> None:
    assert [c for c in circles(store_graph()) if not _in_timex(c)] == []


def test_the_date_tagger_has_no_import_circle() -> None:
    assert [c for c in circles(store_graph()) if _in_timex(c)] == []
