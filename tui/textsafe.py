"""Article text, file names and messages are data: never markup, never terminal escapes."""

from __future__ import annotations

import click
from rich.text import Text

from store import CONTROL  # the store's pattern: one definition of what is not text

__all__ = ["CONTROL", "clean", "cue_words", "message", "one_line", "plain", "say"]


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


def cue_words(cue: str | None) -> str:
    """A quote's cue as shown ("told reporters"), or "" when it has no words: the ":"
    of a transcript's "ROE: ..." turn read "(:)" beside the quote, saying nothing."""
    s = one_line(cue)
    return s if any(c.isalnum() for c in s) else ""


def message(text: object) -> str:
    """One line for a terminal: a file named with an escape sequence or a newline prints
    as its other characters, never as a window title or a second line."""
    return clean(str(text)).replace("\n", " ").replace("\t", " ")


def say(text: object, *, err: bool = False) -> None:
    """click.echo through message(): every status and error line the commands print."""
    click.echo(message(text), err=err)
