"""Transcript labels with an abbreviated honorific in capitals ("MR. ROE:") name one
person, who speaks the turn; invented transcripts."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from tests.extract_helpers import PUB, actors


def _said(text: str) -> dict[str, str | None]:
    ex = extract_article(text, PUB)
    names = {a.id: a.name for a in ex.actors}
    return {q.text: names.get(q.speaker) for q in ex.quotes}


@pytest.mark.parametrize(
    ("label", "name", "role"),
    [
        ("MR. ROE", "Roe", "Mr."),
        ("MS. ROE", "Roe", "Ms."),
        ("SEN. DOE", "Doe", "Sen."),
        ("DR. JANE ROE", "Jane Roe", "Dr."),
        ("GOV. JOHN O'DOE", "John O'Doe", "Gov."),
    ],
)
def test_honorific_label_is_one_person(label: str, name: str, role: str) -> None:
    found = actors(f"{label}: We will not.")
    assert {n: (a.kind, a.description) for n, a in found.items()} == {name: ("person", role)}
    assert _said(f"{label}: We will not.") == {"We will not.": name}


def test_honorific_labels_take_turns_with_questions() -> None:
    text = (
        "Ruritania named Jane Roe as envoy on Monday.\n\n"
        "MS. ROE: We will not give up the harbour.\n\n"
        "QUESTION: And the bridge?\n\n"
        "MS. ROE: The bridge stays open.\n\n"
        "MR. DOE: I disagree.\n"
    )
    assert _said(text) == {
        "We will not give up the harbour.": "Jane Roe",
        "The bridge stays open.": "Jane Roe",
        "I disagree.": "Doe",
    }


def test_honorific_inside_a_sentence_is_untouched() -> None:
    found = actors("The talks ended when MR. ROE left.\n\nMs. Doe said it was over.")
    assert "MR" not in found or found["MR"].kind != "person"  # no label: no person made
    assert found["Doe"].kind == "person"
