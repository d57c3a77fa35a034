"""The app uses Textual's public API only, pinned to the major version it is written for."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
PRIVATE = re.compile(
    r"\b_begin_batch\b|\b_end_batch\b|\b_bindings_ready\b"  # App/Footer internals
    r"|textual(?:\.\w+)*\._\w+"  # a private module: textual.widgets._footer, ...
)


def private_uses(text: str) -> list[str]:
    return [m.group(0) for m in PRIVATE.finditer(text)]


def test_the_pattern_finds_private_names() -> None:
    sample = "from textual.widgets._footer import FooterKey\nself._begin_batch()\n"
    assert private_uses(sample) == ["textual.widgets._footer", "_begin_batch"]
    assert private_uses("with self.batch_update():\nfrom textual.widgets import Footer") == []


def test_tui_uses_no_private_textual_api() -> None:
    found = {
        str(path.relative_to(ROOT)): uses
        for path in sorted((ROOT / "tui").rglob("*.py"))
        if (uses := private_uses(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_textual_is_pinned_to_the_major_version_the_app_is_written_for() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    textual = [Requirement(d) for d in project["project"]["dependencies"]]
    spec = next(r.specifier for r in textual if r.name == "textual")
    assert Version("8.2.0") in spec and Version("8.9.9") in spec
    assert Version("8.1.0") not in spec and Version("9.0.0") not in spec
