"""store/formats/ is pure (records and text in, records and text out): it never reaches
the pipeline, the storage engine or the store-facing transfer code (issue 15)."""

from __future__ import annotations

import ast
from pathlib import Path

FORMATS = Path(__file__).resolve().parent.parent / "store" / "formats"
ALLOWED = ("store.formats", "store.models", "store.errors", "store.textclean", "store.textsplit")


def _store_imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {m for m in found if m == "store" or m.startswith("store.")}


def test_formats_import_only_models_errors_text_and_each_other():
    bad = {
        f"{path.name} -> {module}"
        for path in sorted(FORMATS.glob("*.py"))
        for module in _store_imports(path)
        if not any(module == a or module.startswith(a + ".") for a in ALLOWED)
    }
    assert bad == set()
