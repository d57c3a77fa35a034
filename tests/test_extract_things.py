"""Products and features named with ordinary words are not actors; bodies that act are
(invented sentences; issue #12, "things that are not actors")."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.dictionary import common_word

PUB = date(2025, 6, 25)


def names(text: str) -> set[str]:
    return {a.name for a in extract_article(text, PUB).actors}


def test_common_word_reads_the_dictionary_with_its_case() -> None:
    assert common_word("Otter") and common_word("Windows") and common_word("Batteries")
    assert not common_word("Zorvex")
    assert not common_word("Verizon")  # a proper noun only, never a common word


THINGS = [
    (
        "a release named with a common word",
        "Zorvex Corp. said Otter, the newest version of its system, ships in May. "
        "Reviewers liked Otter.",
        "Otter",
    ),
    (
        "a feature after its kind noun",
        "Zorvex Corp. added the web browser Lantern to its phones on Monday.",
        "Lantern",
    ),
    (
        "a name made only of common words",
        "Zorvex Corp. said users had problems with Silent Lantern after the update.",
        "Silent Lantern",
    ),
]


@pytest.mark.parametrize(("text", "thing"), [t[1:] for t in THINGS], ids=[t[0] for t in THINGS])
def test_a_thing_named_with_ordinary_words_is_no_actor(text: str, thing: str) -> None:
    found = names(text)
    assert "Zorvex Corp." in found
    assert thing not in found


BODIES = [
    ("it speaks", "Analysts praised Otter on Monday. Otter said sales rose.", "Otter"),
    ("it has a chief", "Analysts praised Otter on Monday. Otter's chief resigned.", "Otter"),
    ("it owns a product", "Users liked Otter's Zephyr app on Monday.", "Otter"),
    ("apposition", "Users praised Otter, a small software company, on Monday.", "Otter"),
    ("a kind noun before it", "Sales at rival Otter rose on Monday.", "Otter"),
    ("not a common word", "Analysts praised Zorvex on Monday.", "Zorvex"),
]


@pytest.mark.parametrize(("text", "body"), [b[1:] for b in BODIES], ids=[b[0] for b in BODIES])
def test_a_common_word_that_acts_as_a_body_stays_an_actor(text: str, body: str) -> None:
    assert body in names(text)


CALENDAR_NAMES = [
    (
        "a month after a given name is a surname",
        'Prime Minister Jane May spoke on Monday. "We will pass it," May said.',
        "Jane May",
        "We will pass it",
    ),
    (
        "a weekday surname said alone later",
        'Officials met Tom Friday. "The road opens soon," Friday said on Tuesday.',
        "Tom Friday",
        "The road opens soon",
    ),
]


@pytest.mark.parametrize(
    ("text", "person", "quote"),
    [c[1:] for c in CALENDAR_NAMES],
    ids=[c[0] for c in CALENDAR_NAMES],
)
def test_a_surname_that_is_a_month_or_weekday_stays_a_full_name(
    text: str, person: str, quote: str
) -> None:
    ex = extract_article(text, PUB)
    by_id = {a.id: a for a in ex.actors}
    assert person in {a.name for a in ex.actors}
    (q,) = [q for q in ex.quotes if q.text == quote]
    assert by_id[q.speaker].name == person


def test_a_month_after_a_preposition_is_still_a_date() -> None:
    text = "Jane May spoke in May. Sales rose in May, and on Friday they fell."
    ex = extract_article(text, PUB)
    assert [a.name for a in ex.actors] == ["Jane May"]
    dated = {d.start for d in ex.mentions}
    assert all(i + 3 in dated for i in range(len(text)) if text.startswith("in May", i))


def test_a_camel_case_brand_with_ordinary_words_after_it_is_a_product() -> None:
    found = names("Zorvex Corp. released the new ZenBook Pro laptops and OS Zephyr on Monday.")
    assert "Zorvex Corp." in found
    assert not found & {"ZenBook Pro", "ZenBook", "OS Zephyr", "Zephyr"}


def test_a_camel_case_name_with_an_organisation_word_stays_a_body() -> None:
    found = names("The last jet went to SkyLantern Airways in May, ending an era.")
    assert "SkyLantern Airways" in found


def test_a_name_with_a_technology_acronym_that_acts_stays() -> None:
    assert "PC Harbour" in names("In tests run by PC Harbour, the update came out on top.")


def test_an_outlet_that_quotes_someone_relays_their_words() -> None:
    text = (
        "Ruritania banned the flights on Monday. "
        "\u201cWe will not buy jets from Europe,\u201d Lantern.com quoted Jane Roe as saying."
    )
    ex = extract_article(text, PUB)
    by_id = {a.id: a.name for a in ex.actors}
    assert "Lantern.com" in by_id.values()  # a web outlet keeps its domain in its name
    (q,) = ex.quotes
    assert by_id[q.speaker] == "Jane Roe"


def test_a_bracketed_acronym_is_the_short_form_of_the_name_before_it() -> None:
    ex = extract_article("The jet went to Harbour Airlines (HBA) on Monday. HBA said so.", PUB)
    assert [(a.name, a.aliases) for a in ex.actors] == [("Harbour Airlines", ["HBA"])]


def test_a_bracketed_acronym_of_a_thing_goes_with_it() -> None:
    text = "Users had problems with Quiet Message Block (QMB), Zorvex Corp. said. QMB is old."
    assert names(text) == {"Zorvex Corp."}


def test_a_body_named_x_of_place_after_a_role_word_is_no_person() -> None:
    text = "Orders came from Lantern Lease & Finance of Ruritania on Monday."
    ex = extract_article(text, PUB)
    assert all(not a.name.startswith("of ") for a in ex.actors)
    assert all(a.kind != "person" for a in ex.actors)


def test_a_maker_named_with_a_product_noun_is_an_organisation() -> None:
    kinds = {a.name: a.kind for a in extract_article("Jane Aircraft built the jet.", PUB).actors}
    assert kinds == {"Jane Aircraft": "organization"}


def test_a_town_named_like_a_person_is_a_place_before_its_state() -> None:
    kinds = {a.name: a.kind for a in extract_article("The jet flew in Everett, Texas.", PUB).actors}
    assert kinds["Everett"] == "place"


def test_a_common_word_opening_a_sentence_is_no_given_name() -> None:
    text = "Men at the Harbour Club in Strelsau said they were worried."
    kinds = {a.name: a.kind for a in extract_article(text, PUB).actors}
    assert "Men" not in kinds


def test_a_capitalised_preposition_still_marks_a_place() -> None:
    text = "In Strelsau, residents met on Monday. Harbour Club members in Strelsau agreed."
    kinds = {a.name: a.kind for a in extract_article(text, PUB).actors}
    assert kinds["Strelsau"] == "place"


def test_a_name_without_its_middle_name_is_the_same_person() -> None:
    text = (
        "Police seek Tom Harold Okafor, 44, of Strelsau. "
        '"We do not know where Tom Okafor is," said Jane Roe.'
    )
    people = {a.name: a.aliases for a in extract_article(text, PUB).actors if a.kind == "person"}
    assert people["Tom Harold Okafor"] == ["Tom Okafor"]
    assert "Tom Okafor" not in people


def test_a_word_after_a_model_code_is_the_models_name() -> None:
    text = "Zorvex Corp. showed its new 797 Skyrova on Monday. Orders for Skyrova rose."
    assert names(text) == {"Zorvex Corp."}


def test_a_hyphenated_technology_word_is_no_actor() -> None:
    text = "Zorvex Corp. said the phones connect with other phones via Wi-Fi."
    assert names(text) == {"Zorvex Corp."}
