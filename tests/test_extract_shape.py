"""The shape issue #12 asks of store/extract: small functions, word lists in data files."""

from __future__ import annotations

from pathlib import Path

import pytest

EXTRACT = Path(__file__).resolve().parents[1] / "store" / "extract"


def test_no_function_in_extract_is_radon_grade_e_or_worse() -> None:
    complexity = pytest.importorskip("radon.complexity")
    worst = []
    for path in sorted(EXTRACT.glob("*.py")):
        for block in complexity.cc_visit(path.read_text(encoding="utf-8")):
            if complexity.cc_rank(block.complexity) in "EF":
                worst.append(f"{path.name}:{block.lineno} {block.name} ({block.complexity})")
    assert worst == []


def test_every_data_file_says_where_it_comes_from() -> None:
    for path in sorted((EXTRACT / "data").glob("*.txt")):
        head = path.read_text(encoding="utf-8").splitlines()[:4]
        assert head and head[0].startswith("#"), path.name
        assert any("ource" in ln or "enerated" in ln for ln in head if ln.startswith("#")), (
            path.name
        )
