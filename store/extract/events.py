"""Events: one per dated sentence, plus reporting sentences at the publication date.

A sentence with a date mention becomes an event at that mention's When; a sentence
without one becomes an event at the publication date only when it reports something
(said, announced, launched...). Titles are short: subject, verb and object cut to
one timeline row.
"""

from __future__ import annotations

import re
from datetime import date

from store.extract.lexicon import REPORT_VERBS, SPEECH_VERBS
from store.extract.sentences import Sentence
from store.models import TimeMention, When

TITLE_MAX = 72


def published_when(published: date) -> When:
    return When(text="", value=published.isoformat(), type="DATE", start=published, end=published)


def sentence_when(
    sent: Sentence, mentions: list[TimeMention], published: date, has_quote: bool
) -> When | None:
    """The When of the event a sentence makes, or None when it makes none."""
    inside = [m for m in mentions if m.start >= sent.start and m.end <= sent.end]
    dated = [m for m in inside if m.type in ("DATE", "TIME") and m.when.start is not None]
    if dated:
        return dated[0].when
    if inside and inside[0].when.start is not None:
        return inside[0].when
    words = set(re.findall(r"[a-z]+", sent.text.lower()))
    if has_quote or words & (SPEECH_VERBS | REPORT_VERBS):
        return published_when(published)
    return None


_LEAD = re.compile(r"^[\s\"“”‘’'`(]+")
_CUT = re.compile(r",\s+(?:who|which|where|when|while|after|as|including|according)\b|[;:—–(]")


def make_title(sentence: str) -> str:
    """A one-row title from a sentence: its main clause, cut at a word boundary."""
    s = _LEAD.sub("", sentence).strip()
    s = re.sub(r"^(?:[A-Z][a-z]+ )?(?:Meanwhile|However|But|And|Also|In addition),\s*", "", s)
    m = _CUT.search(s)
    if m and m.start() > 25:
        s = s[: m.start()]
    s = s.rstrip(" .,;:\"”’'")
    if len(s) <= TITLE_MAX:
        return s
    cut = s[: TITLE_MAX - 1]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    return cut.rstrip(" ,;:") + "…"
