"""A quote of several sentences after its cue: the event is the saying, told up to the end
of the quote's first sentence; actors named later in the quote are not its actors."""

from __future__ import annotations

from datetime import date

from store.extract import extract_article

PUB = date(2031, 6, 3)
TEXT = """Northwind unveils jet

June 3, 2031

Northwind unveiled its jet on Tuesday.
The Kestrel chief executive Jane Roe said, “Our hangar has never been busier. Whenever such \
a milestone is reached, it reflects hard work at Northwind. Tomorrow Kestrel competes again.”
“We are proud. Northwind thanks Kestrel,” said Jane Roe.
Jane Roe said she was proud of the Kestrel staff.
"""


def _event(opening: str):
    ex = extract_article(TEXT, PUB)
    (e,) = [e for e in ex.events if e.sentence.startswith(opening)]
    return e, ex


def test_the_saying_ends_with_the_quotes_first_sentence() -> None:
    e, ex = _event("The Kestrel chief")
    assert e.sentence.endswith("“Our hangar has never been busier.")
    assert "northwind" not in e.actors  # named only in what she went on to say
    assert {"kestrel", "jane-roe"} <= set(e.actors)
    (q,) = [q for q in ex.quotes if q.event_id == e.id]
    assert q.text.endswith("Tomorrow Kestrel competes again.")  # the quote keeps every word


def test_a_quote_before_its_cue_and_a_plain_sentence_are_left_whole() -> None:
    e, _ = _event("“We are proud.")
    assert e.sentence.endswith("said Jane Roe.")
    e, _ = _event("Jane Roe said she")
    assert e.sentence == "Jane Roe said she was proud of the Kestrel staff."
