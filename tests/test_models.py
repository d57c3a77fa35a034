from datetime import date

from store.models import Event, When, article_id, event_id, normalise_text, slugify


def test_article_id_ignores_line_endings_and_trailing_space():
    a = "Line one.\r\nLine two.  \n\n"
    b = "Line one.\nLine two."
    assert article_id(a) == article_id(b)
    assert article_id(a) != article_id("Line one.\nLine three.")


def test_normalise_text_keeps_words():
    assert normalise_text("  x \r\n y ") == "x\n y"


def test_slugify_ascii_and_stable():
    assert slugify("Majed Al Ansari") == "majed-al-ansari"
    assert slugify("Peña Nieto") == "pena-nieto"
    assert slugify("???") != ""


def test_event_roundtrips_through_json():
    w = When(
        text="over the weekend",
        value="2025-W25-WE",
        start=date(2025, 6, 21),
        end=date(2025, 6, 22),
        granularity="week",
    )
    ev = Event(id=event_id("abc", 10), when=w, title="t", span=(10, 20))
    again = Event.model_validate(ev.model_dump(mode="json"))
    assert again == ev
    assert again.when.start == date(2025, 6, 21)
