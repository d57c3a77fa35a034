"""Article text is data: never markup, never terminal escapes."""

from __future__ import annotations

from rich.text import Text

from store import CONTROL  # the store's pattern: one definition of what is not text

__all__ = ["CONTROL", "clean", "one_line", "plain"]


def clean(text: str | None) -> str:
    """Drop escape sequences and control characters, keep newlines and tabs."""
    return CONTROL.sub("", text or "").replace("\r", "")


def plain(text: str | None, style: str = "") -> Text:
    """A rich Text that shows the characters as written (brackets included)."""
    return Text(clean(text), style=style)


def one_line(text: str | None, limit: int | None = None) -> str:
    s = " ".join(clean(text).split())
    if limit is not None and len(s) > limit:
        return s[: max(0, limit - 1)] + "…"
    return s
