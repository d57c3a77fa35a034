"""ArticleDoc's lookups by bisection must answer what a scan of every paragraph or date
answers, in text order or not."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from store.extract.doc import ArticleDoc
from store.extract.sentences import Paragraph

_settings = settings(max_examples=300, database=None)


def _doc(paras: list[Paragraph], dates: list[Any]) -> ArticleDoc:
    return ArticleDoc("x" * 200, date(2025, 6, 25), "a", paras, [], [], dates)


def _paras(cuts: list[int]) -> list[Paragraph]:
    """Paragraphs between sorted cut points, each touching or apart from the next."""
    pts = sorted(cuts)
    return [Paragraph(a, b, i) for i, (a, b) in enumerate(zip(pts[::2], pts[1::2], strict=False))]


@_settings
@given(st.lists(st.integers(0, 60), max_size=12), st.integers(-2, 70), st.booleans())
@example([0, 5, 5, 9], 5, False)  # a position both paragraphs hold: the first one's
def test_paragraph_of_a_position_as_a_scan_found_it(
    cuts: list[int], pos: int, shuffle: bool
) -> None:
    paras = _paras(cuts)
    if shuffle:
        paras = paras[::-1]  # out of text order: the scan's answer still
    want = next((p.index for p in paras if p.start <= pos <= p.end), -1)
    assert _doc(paras, []).para_index(pos) == want


@_settings
@given(
    st.lists(st.integers(0, 50), max_size=10), st.integers(0, 55), st.integers(0, 55), st.booleans()
)
@example([3, 3, 7], 3, 7, True)
def test_dates_in_a_stretch_as_a_scan_found_them(
    starts: list[int], a: int, b: int, ordered: bool
) -> None:
    dates = [SimpleNamespace(start=s) for s in (sorted(starts) if ordered else starts)]
    want = [d for d in dates if a <= d.start < b]
    assert _doc([], dates).dates_in(a, b) == want


def test_no_cache_keeps_an_article_text_alive_once_it_is_extracted() -> None:
    from store.extract import extract_article
    from store.extract.chunks import calendar_surnames
    from store.extract.mentions import word_uses

    extract_article(
        "Jane May met Ruricom 9 fans. Ruricom 9 phones sold well, May said.", date(2025, 6, 25)
    )
    assert calendar_surnames.cache_info().currsize == 0
    assert word_uses.cache_info().currsize == 0
