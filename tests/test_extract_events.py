"""Events: dated sentences, reporting sentences, background clauses, titles, headings."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.events import TITLE_MAX, make_title

PUB = date(2025, 6, 25)


def test_reporting_sentence_without_a_date_is_at_publication() -> None:
    ex = extract_article("The ministry announced new talks.", PUB)
    assert len(ex.events) == 1
    assert ex.events[0].when.start == PUB and ex.events[0].when.value == "2025-06-25"


def test_background_sentence_without_a_date_makes_no_event() -> None:
    ex = extract_article("The region is large and mountainous.", PUB)
    assert ex.events == []


def test_dated_sentence_takes_the_mention_when() -> None:
    text = "Israel launched a campaign on October 7, 2023."
    ex = extract_article(text, PUB)
    assert [e.when.start for e in ex.events] == [date(2023, 10, 7)]
    e = ex.events[0]
    assert e.span == (0, len(text)) and e.sentence == text and e.origin == "extracted"
    assert e.id == f"{ex.article_id}-e0"
    assert "israel" in e.actors


def test_since_clause_gets_its_own_event_and_makes_a_span() -> None:
    text = (
        "More than 55,000 Palestinians have been killed since the conflict began on "
        "October 7, 2023, according to the Health Ministry."
    )
    ex = extract_article(text, PUB)
    main, background = ex.events
    assert main.span == (0, len(text))
    assert (main.when.start, main.when.end) == (date(2023, 10, 7), PUB)
    assert background.when.start == date(2023, 10, 7) and background.span[0] > 0
    # the clause's own event is the day it names, not the since-span
    assert background.when.end == date(2023, 10, 7)
    assert background.title.startswith("Conflict began on October 7, 2023")


def test_section_headings_and_date_lines_are_not_events() -> None:
    text = (
        "Ruritania confirms talks back on\n\nJune 25, 2025\n\nRuritania announced the talks.\n\n"
        "Reaction abroad\n\nBorduria welcomed the talks."
    )
    ex = extract_article(text, PUB)
    assert [e.sentence for e in ex.events] == [
        "Ruritania confirms talks back on",
        "Ruritania announced the talks.",
        "Borduria welcomed the talks.",
    ]


def test_headline_is_an_event_with_its_actors_and_the_leads_date() -> None:
    text = (
        "Ruritania Airways wins Borduria order\n\nJune 25, 2025\n\n"
        "Ruritania Airways on Tuesday won an order from Borduria Air for 60 jets. "
        "The order is its largest."
    )
    ex = extract_article(text, PUB)
    head = ex.events[0]
    assert head.sentence == "Ruritania Airways wins Borduria order"
    assert head.title == "Ruritania Airways wins Borduria order"
    assert head.span == (0, len(head.sentence))
    assert head.when.start == date(2025, 6, 24)  # the lead's Tuesday, not publication
    names = {a.id: a.name for a in ex.actors}
    assert [names[a] for a in head.actors] == ["Ruritania Airways"]


def test_headline_over_an_old_lead_is_at_publication() -> None:
    text = "Ruritania looks back\n\nIn 1998, Ruritania founded its airline."
    ex = extract_article(text, PUB)
    assert ex.events[0].sentence == "Ruritania looks back"
    assert ex.events[0].when.start == PUB


def test_quote_sentence_event_links_quote_and_speaker() -> None:
    ex = extract_article("“We are ready,” Mark Rutte said.", PUB)
    (e,) = ex.events
    assert e.quotes == [ex.quotes[0].id]
    assert e.title == "Rutte: We are ready"
    assert "mark-rutte" in e.actors


def test_titles_fit_one_row_and_drop_appositives() -> None:
    long = (
        "Majed Al Ansari, spokesperson for Qatar’s Ministry of Foreign Affairs, told CNN that "
        "mediators were using the momentum created by the ceasefire to revive negotiations."
    )
    title = make_title(long)
    assert len(title) <= TITLE_MAX
    assert title.startswith("Majed Al Ansari told CNN that mediators")
    assert make_title("Iran fired a missile.") == "Iran fired a missile"


def test_same_article_twice_gives_same_ids() -> None:
    text = "The ministry announced new talks on Monday. “We are ready,” Mark Rutte said."
    a, b = extract_article(text, PUB), extract_article(text, PUB)
    assert a.model_dump() == b.model_dump()


def test_a_speech_verb_date_is_no_background_clause() -> None:
    text = "``I promised you at the start I would try hard,'' Tom Roe said Wednesday."
    ex = extract_article(text, PUB)
    assert len(ex.events) == 1
    assert ex.events[0].title.startswith("Roe: I promised you")


def test_relative_clause_is_dropped_from_titles() -> None:
    title = make_title(
        "The decision was met with anger by local farmers, who said the plan should wait."
    )
    assert title == "The decision was met with anger by local farmers"


TRANSCRIPTS = [
    (
        "label opens the paragraph",
        "MINISTER JANE ROE: We opened the new bridge on Monday. It cost a lot.",
        ["Roe: We opened the new bridge on Monday"],
        "jane-roe",
    ),
    (
        "label on its own line",
        "MINISTER JANE ROE:\nWe opened the new bridge on Monday.",
        ["Roe: We opened the new bridge on Monday"],
        "jane-roe",
    ),
    (
        "the turn runs on over paragraphs",
        "MINISTER JANE ROE: Thanks.\n\nThe council approved the plan on Monday.",
        ["The council approved the plan on Monday"],
        "jane-roe",
    ),
    (
        "a place before a colon names no speaker",
        "OSLO: We learned that the council approved the plan on Monday.",
        ["We learned that the council approved the plan on Monday"],
        None,
    ),
    (
        "a question label names nobody",
        "QUESTION: Did the council meet on Monday? The mayor said it did.",
        ["The mayor said it did"],
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "titles", "speaker"), [c[1:] for c in TRANSCRIPTS], ids=[c[0] for c in TRANSCRIPTS]
)
def test_transcript_labels_are_no_events_and_give_the_turn(
    text: str, titles: list[str], speaker: str | None
) -> None:
    ex = extract_article(text, PUB)
    assert [e.title for e in ex.events] == titles
    assert not any(e.sentence.rstrip().endswith(":") for e in ex.events)
    # an answer is speech: one quote per paragraph of a turn with a named speaker
    assert all(q.speaker == speaker and q.cue == ":" for q in ex.quotes)
    assert bool(ex.quotes) == (speaker is not None)
    for e in ex.events:
        assert (speaker in e.actors) if speaker else True


TITLES = [
    (
        "cut before a prepositional phrase, not mid-phrase",
        "Norway had answered the new tariffs on its salmon exports by raising duties on "
        "imported cheese from three countries.",
        "Norway had answered the new tariffs on its salmon exports",
    ),
    (
        "a leading adverbial phrase goes",
        "At a crowded press conference in the capital on Tuesday, the finance minister "
        "announced a new tax on sugary drinks and imported sweets.",
        "Finance minister announced a new tax on sugary drinks",
    ),
    (
        "manner adverbs go",
        "The mayor further suggested that the new bridge had strengthened the town.",
        "The mayor suggested that the new bridge had strengthened the town",
    ),
    (
        "an adverb before 'and' stays",
        "The convoy moved quietly and slowly.",
        "The convoy moved quietly and slowly",
    ),
    (
        "a bare weekday after a name goes when too long",
        "Governor Lena Holt Thursday signed a law that bans single-use plastic bags in every "
        "grocery store of the state.",
        "Governor Lena Holt signed a law that bans single-use plastic bags",
    ),
    (
        "a parenthetical goes",
        "The agency (which was founded in 1950) closed its last office in the north.",
        "The agency closed its last office in the north",
    ),
    (
        "a non-restrictive clause goes",
        "The merger, which had been expected for months, was approved by the regulator today "
        "after a long and difficult review.",
        "The merger was approved by the regulator today",
    ),
    (
        "short scare quotes lose their marks",
        "The envoy said the sides were in touch with “all parties” over the weekend.",
        "The envoy said the sides were in touch with all parties over the weekend",
    ),
    (
        "a quoted utterance keeps its marks, closed",
        'The clerk said, "Fine."',
        'The clerk said, "Fine"',
    ),
    (
        "a closing 'X said' goes, an address to 'you' stays",
        "More than 300 homes were flooded, the regional council said on Tuesday.",
        "More than 300 homes were flooded",
    ),
    (
        "a role aside after a name goes",
        "Mia Dahl, the bank's chief economist, said rates would rise sharply over the next "
        "two years in the whole region.",
        "Mia Dahl said rates would rise sharply over the next two years",
    ),
    (
        "an age and a home town after a name go",
        "Jorn Lund, 44, of Oslo, was spotted driving a blue van by the quay on Tuesday by "
        "several neighbours.",
        "Jorn Lund was spotted driving a blue van by the quay on Tuesday",
    ),
    (
        "an aside between wire-style underscores goes",
        "Dahl _ perhaps under pressure from the board _ has indicated that she would step "
        "down next year after all.",
        "Dahl has indicated that she would step down next year after all",
    ),
    (
        "a list is no aside",
        "Norway, Chile and Peru today became full members of the fisheries pact, less than "
        "a year after the talks began.",
        "Norway, Chile and Peru today became full members of the fisheries pact",
    ),
    (
        "a phrase between a subject and its verb goes before the clause is cut",
        "Speaking at a trade fair in the capital, Holt told reporters that a deal on the "
        "fishing rights between the two neighbours may be signed soon.",
        "Holt told reporters that a deal may be signed soon",
    ),
    (
        "a that-clause never loses its verb to a cut",
        "Holt told reporters that a long-awaited agreement with the northern fishing "
        "cooperatives and several smaller harbour unions.",
        None,
    ),
    (
        "'to' ends a title after a noun phrase",
        "The ferry company said it would sell off the older harbour vessels to a shipping "
        "group based in the south.",
        "The ferry company said it would sell off the older harbour vessels",
    ),
    (
        "'to' never ends a title after a verb or 'expect X'",
        "The ferry company said it plans to sell off the older harbour vessels and did not "
        "expect the unions to object.",
        "The ferry company said it plans to sell off the older harbour vessels",
    ),
    (
        "an appositive inside a lead phrase keeps the phrase's comma",
        "According to Mr. Berg, the harbour master, the ferry's share of the route doubled "
        "last year.",
        "According to Mr. Berg, the ferry's share of the route doubled last year",
    ),
    (
        "'and' before a second verb starts a phrase",
        "In Tromso, residents who opposed the plan criticised the council and said they "
        "hoped it would change course.",
        "In Tromso, residents who opposed the plan criticised the council",
    ),
    (
        "a subject alone is no title: fall back to a word cut",
        "Defense Minister Jorg Tamm and General Ulla Berg of the northern command, who both "
        "arrived late, praised the soldiers of the mountain brigade.",
        None,
    ),
    (
        "an unfinished 'while' clause is no title",
        "While the storm caused no damage and no injuries to anyone in the harbour villages, "
        "it raised questions about the warning system.",
        "It raised questions about the warning system",
    ),
]


@pytest.mark.parametrize(("sentence", "title"), [c[1:] for c in TITLES], ids=[c[0] for c in TITLES])
def test_titles_are_phrases_that_fit_one_row(sentence: str, title: str | None) -> None:
    got = make_title(sentence)
    assert len(got) <= TITLE_MAX
    if title is None:
        assert got.endswith("…")
    else:
        assert got == title


PRONOUN_TITLES = [
    (
        "He said",
        "Mayor Tom Berger visited the harbour. He said the town had been in touch with "
        "“all sides” over the past couple of weeks about the new ferry route.",
        "Berger said the town had been in touch with all sides",
    ),
    (
        "She further suggested",
        "Anna Lindqvist spoke on Monday. She further suggested that the new tariffs had "
        "helped local farmers in the northern valleys during the dry summer.",
        "Lindqvist suggested that the new tariffs had helped local farmers",
    ),
]


@pytest.mark.parametrize(
    ("text", "title"), [c[1:] for c in PRONOUN_TITLES], ids=[c[0] for c in PRONOUN_TITLES]
)
def test_pronoun_subject_titles_name_the_actor(text: str, title: str) -> None:
    titles = [e.title for e in extract_article(text, PUB).events]
    assert title in titles


def test_first_person_quote_in_a_transcript_turn_is_the_label_speaker() -> None:
    text = 'MINISTER JANE ROE: I told them, "We will not sign this deal."'
    (q,) = extract_article(text, PUB).quotes
    assert q.speaker == "jane-roe" and q.speaker_mention == ""
    (q,) = extract_article('"I am tired," I said.', PUB).quotes  # no turn: nobody, no mention
    assert q.speaker is None and q.speaker_mention == ""


def test_possessive_pronoun_title_names_the_owner() -> None:
    text = (
        "Mayor Tom Berger visited the harbour on Monday. His mother said the town had been "
        "in touch with the ferry company."
    )
    titles = [e.title for e in extract_article(text, PUB).events]
    assert "Berger’s mother said the town had been in touch with the ferry company" in titles


def test_long_quote_title_keeps_its_first_sentences_that_fit() -> None:
    text = (
        "“For the harbour towns this is plainly good news. They were handed a fresh "
        "start by the ferry company and by Mr. Berg,” Anna Lindqvist said."
    )
    (e,) = extract_article(text, PUB).events
    assert e.title == "Lindqvist: For the harbour towns this is plainly good news"


def test_a_heading_opening_a_later_piece_of_a_long_article_is_no_headline() -> None:
    from store.extract import extract_piece

    text = "Borduria Air news desk\n\nBorduria Air flew on."
    first = extract_piece(text, PUB, "a", first=True)
    later = extract_piece(text, PUB, "a", first=False)
    assert [e.sentence for e in first.events] == ["Borduria Air news desk", "Borduria Air flew on."]
    assert [e.sentence for e in later.events] == ["Borduria Air flew on."]
