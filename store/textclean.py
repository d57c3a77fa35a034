"""Article and user text is data: terminal escape sequences and control characters go.

Stripped once, where text enters the store, so extraction, exports and the screen all
see the same clean characters (an ESC in an article must never reach a terminal).
"""

from __future__ import annotations

import re
import unicodedata

CONTROL = re.compile(
    r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL / ST (window titles)
    r"|\x1b\[[0-?]*[ -/]*[@-~]"  # CSI (colours, cursor, clear screen)
    r"|\x1b[@-_]"  # other two-byte escapes
    r"|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"  # C0/C1 controls except \t \n \r
)


def strip_controls(text: str) -> str:
    """Text without escape sequences and control characters (newlines and tabs kept)."""
    return CONTROL.sub("", text) if text else text


def fold(text: str) -> str:
    """Case and accent folding, used on both sides of every name and word match."""
    if text.isascii():
        return text.casefold()
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()
