"""Undated sentences: an actor's part makes an event, dated by the passage's news day."""

from __future__ import annotations

from datetime import date

from store.extract import extract_article

PUB = date(2025, 6, 25)  # a Wednesday


def _by_start(ex, text: str, words: str):
    at = text.index(words)
    return next(e for e in ex.events if e.span and e.span[0] <= at < e.span[1])


def test_sentences_continuing_a_news_day_keep_that_day() -> None:
    text = (
        "On Monday, Ruritania's parliament voted to close the old harbour of Port Vell.\n\n"
        "Prime Minister Jane Roe praised the decision.\n\n"
        "The ministry announced new talks."
    )
    ex = extract_article(text, PUB)
    assert _by_start(ex, text, "Jane Roe praised").when.start == date(2025, 6, 23)
    assert _by_start(ex, text, "The ministry announced").when.start == date(2025, 6, 23)


def test_a_day_years_back_governs_only_the_next_sentence() -> None:
    text = (
        "On March 3, 1998, Jane Roe founded Acme Widgets. Roe signed the papers in Oslo. "
        "Roe later sold the firm.\n\n"
        "Jane Roe announced a new venture."
    )
    ex = extract_article(text, PUB)
    assert _by_start(ex, text, "Roe signed").when.start == date(1998, 3, 3)
    assert _by_start(ex, text, "Roe later sold").when.start == PUB
    assert _by_start(ex, text, "Jane Roe announced").when.start == PUB


def test_a_planned_day_governs_nothing_after_it() -> None:
    text = "Jane Roe will open the Grand Hall on July 1. Roe thanked the builders."
    ex = extract_article(text, PUB)
    assert _by_start(ex, text, "Roe thanked").when.start == PUB


def test_dates_inside_quoted_words_govern_nothing() -> None:
    text = '"We met them on Monday," Jane Roe said.\n\nJane Roe announced a new venture.'
    ex = extract_article(text, PUB)
    assert _by_start(ex, text, "Jane Roe announced").when.start == PUB


def test_undated_sentence_in_which_an_actor_acts_is_an_event() -> None:
    text = "Jane Roe walked onto the stage of the Grand Hall."
    ex = extract_article(text, PUB)
    assert len(ex.events) == 1
    assert "jane-roe" in ex.events[0].actors and ex.events[0].when.start == PUB


def test_leading_pronoun_puts_the_person_on_the_event() -> None:
    text = "Jane Roe opened the summit in Oslo. She then demonstrated the new tablet."
    ex = extract_article(text, PUB)
    e = _by_start(ex, text, "She then")
    assert "jane-roe" in e.actors


def test_subject_pronoun_after_a_leading_phrase_names_the_person() -> None:
    text = "Jane Roe left Acme Widgets in March. In 1986 she bought a small film studio."
    ex = extract_article(text, PUB)
    assert "jane-roe" in _by_start(ex, text, "In 1986").actors


def test_pronoun_inside_quoted_words_links_nobody() -> None:
    text = 'Jane Roe spoke first. The chairman of the board told Ruritania Radio: "he is gone."'
    ex = extract_article(text, PUB)
    e = _by_start(ex, text, "The chairman")
    assert "jane-roe" not in e.actors


def test_the_company_as_subject_names_the_organisation() -> None:
    text = "Acme Widgets opened a plant in Oslo on Monday. The company hired 200 workers."
    ex = extract_article(text, PUB)
    acme = next(a.id for a in ex.actors if a.name.startswith("Acme"))
    assert acme in _by_start(ex, text, "The company hired").actors


def test_between_two_days_is_one_span() -> None:
    text = "Jane Roe toured Ruritania between June 13 and June 24."
    when = extract_article(text, PUB).events[0].when
    assert (when.start, when.end) == (date(2025, 6, 13), date(2025, 6, 24))


def test_from_one_year_to_another_is_one_span() -> None:
    text = "Jane Roe led Acme Widgets from 1998 to 2003."
    when = extract_article(text, PUB).events[0].when
    assert (when.start, when.end) == (date(1998, 1, 1), date(2003, 12, 31))


def test_a_duration_does_not_date_the_sentence() -> None:
    text = "Jane Roe has led Acme Widgets for the last 12 years."
    ex = extract_article(text, PUB)
    assert [e.when.start for e in ex.events] == [PUB]


def test_a_present_tense_sentence_is_at_publication_not_the_news_day() -> None:
    text = (
        "On Monday, Lantern Air unveiled its new Northwind A9 airliner.\n\n"
        "The Northwind A9 is 70 metres long, Lantern Air said.\n\n"
        "Lantern Air has flown the plane to Ruritania."
    )
    ex = extract_article(text, PUB)
    assert _by_start(ex, text, "The Northwind A9 is").when.start == PUB
    assert _by_start(ex, text, "Lantern Air has flown").when.start == date(2025, 6, 23)


def test_a_pronoun_then_a_verb_in_the_present_is_at_publication() -> None:
    text = (
        "On Monday, Lantern Air unveiled its new Northwind A9 airliner.\n\n"
        "It seats 180 passengers, Lantern Air said. It flew to Ruritania with Lantern Air."
    )
    ex = extract_article(text, PUB)
    assert _by_start(ex, text, "It seats").when.start == PUB
    assert _by_start(ex, text, "It flew").when.start == date(2025, 6, 23)


def test_this_or_that_before_a_word_in_s_is_a_determiner_not_a_subject() -> None:
    """'This bonus went', 'That bus took': a noun in -s after 'This'/'That' is no
    verb in the present, so the sentence keeps the passage's news day."""
    text = (
        "On Monday, Lantern Air unveiled its new Northwind A9 airliner in Port Vell.\n\n"
        "This bonus went to Jane Roe. That bus took Jane Roe to the hangar."
    )
    ex = extract_article(text, PUB)
    assert _by_start(ex, text, "This bonus").when.start == date(2025, 6, 23)
    assert _by_start(ex, text, "That bus").when.start == date(2025, 6, 23)


def test_the_lead_takes_the_story_day_named_just_after_it() -> None:
    text = (
        "Jane Roe has opened the new harbour of Port Vell.\n\n"
        "The ceremony took place on Monday before 3,000 guests."
    )
    ex = extract_article(text, PUB)
    assert _by_start(ex, text, "Jane Roe has opened").when.start == date(2025, 6, 23)


def test_another_news_day_reaches_only_the_sentences_near_it() -> None:
    text = (
        "On Monday, Lantern Air unveiled its new jet in Port Vell. "
        "Jane Roe praised the crew. "
        "Jane Roe thanked the builders. "
        "On Saturday, Lantern Air sold ten jets to Ruritania Airways. "
        "Ruritania Airways paid a record price. "
        "Jane Roe flew the jet around the bay. "
        "Later, Lantern Air received a letter from its rival Northwind. "
        "Jane Roe thanked the staff."
    )
    ex = extract_article(text, PUB)
    assert _by_start(ex, text, "Ruritania Airways paid").when.start == date(2025, 6, 21)
    assert _by_start(ex, text, "Later, Lantern Air").when.start == date(2025, 6, 23)
    assert _by_start(ex, text, "Jane Roe thanked").when.start == date(2025, 6, 23)
