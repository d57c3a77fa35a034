"""Article text is data: never markup, never terminal escapes."""

from __future__ import annotations

import re

from rich.text import Text

# escape sequences and control characters; public so views can cut styled text at them
CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-_]|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str | None) -> str:
    """Drop escape sequences and control characters, keep newlines and tabs."""
    return CONTROL.sub("", text or "")


def plain(text: str | None, style: str = "") -> Text:
    """A rich Text that shows the characters as written (brackets included)."""
    return Text(clean(text), style=style)


def one_line(text: str | None, limit: int | None = None) -> str:
    s = " ".join(clean(text).split())
    if limit is not None and len(s) > limit:
        return s[: max(0, limit - 1)] + "…"
    return s
