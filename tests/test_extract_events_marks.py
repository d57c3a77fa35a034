"""Dates inside quote marks in a reporting sentence are words shown or said, not when
the sentence happened, whether or not the marks hold a quote (invented article)."""

from __future__ import annotations

from datetime import date

from store.extract import extract_article

PUB = date(2031, 5, 2)
TEXT = (
    "Zenda mourns its mayor\n\n"
    "Jane Roe died on Monday, the council said.\n\n"
    "A notice on the council's website, which shows the text “Jane Roe 1950-2031”, "
    "states: “Zenda has lost a friend.”"
)


def test_a_date_in_quoted_text_that_is_no_quote_does_not_date_the_statement() -> None:
    ex = extract_article(TEXT, PUB)
    (notice,) = [e for e in ex.events if e.sentence.startswith("A notice")]
    assert notice.when.start == date(2031, 4, 28)  # the story's day, not 1950
