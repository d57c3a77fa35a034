"""Where the event of a sentence quoting several sentences after its cue ends.

The splitter keeps a quote of several sentences inside one sentence, with its cue ('Roe
said, "A. B. C."'). The happening is the saying: the event's words run to the end of the
quote's first sentence, so the actors and places named only in what the speaker went on
to say are not the event's (the Quote keeps every word).
"""

from __future__ import annotations

from store.extract.sentences import Sentence, split_sentences
from store.models import Quote


def saying_end(s: Sentence, qs: list[Quote]) -> int | None:
    """'Roe said, "Our hangar is busy. Tomorrow Kestrel competes again."': where the
    saying's words end (the quote's first sentence), when the sentence opens a quote of
    several sentences after its cue; None otherwise."""
    opened = [q for q in qs if q.start > s.start]
    if not opened:
        return None
    inner = split_sentences(s.text)
    if len(inner) < 2:
        return None
    cut = s.start + inner[0].end
    if not any(q.start < cut < q.end for q in opened):
        return None  # the first sentence ends outside the quote
    return cut
