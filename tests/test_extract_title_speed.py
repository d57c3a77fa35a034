"""The fast paths in titles.py decide exactly what the plain regexes they stand for
decide (checked on random sentences made of the words those rules look at)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from store.extract import titles
from store.extract.titles import _VERBISH

_PIECES = [
    "Jane", "Roe", "Ruritania", "said", "told", "reporters", "Wednesday", "on", "that",
    "the", "ministry", "added", "we", "they", "opened", "compares", "don’t", "it’s",
    "44", "of", "Oslo", "and", "“", "”", "‘", "’", "(", ")", '"', ",", ", ", ".", ";",
    " - ", " — ", "_", "\n", " ", " ", " ",
]  # fmt: skip
sentences = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)
# the patterns as they were written before the fast paths
_OLD_ROLE_ASIDE = re.compile(
    r"(?<=[A-Za-z.]),\s+([^,;:\"“”()]{1,80}?)(?:,\s+of\s+[A-Z][^,;]{0,40})?,(?=\s+[a-z])"
)


def _old_balanced(s: str) -> bool:
    opens = s.count("“") + s.count("‘") + s.count("(")
    closes = s.count("”") + s.count("’") - len(re.findall(r"\w’\w", s)) + s.count(")")
    return opens <= closes and s.count('"') % 2 == 0


def _old_has_verb(left: str) -> bool:
    words = left.split()
    for i, w in enumerate(words):
        w = w.strip("\"“”'’,.")
        if w in _VERBISH or (len(w) > 4 and w.endswith("ed") and w.isalpha() and w.islower()):
            return True
        prev = words[i - 1].lower() if i else ""
        if i and w.islower() and w.endswith("s") and words[i - 1][:1].isupper():
            return True
        if w.islower() and prev in ("they", "we", "i", "you", "he", "she", "it", "who"):
            return True
    return False


@settings(max_examples=400, database=None)
@given(sentences)
def test_fast_paths_decide_as_the_plain_regexes(s: str) -> None:
    assert titles._drop_tail_report(s) == titles._TAIL_REPORT.sub("", s)
    assert titles._ROLE_ASIDE.sub(titles._drop_role_aside, s) == _OLD_ROLE_ASIDE.sub(
        titles._drop_role_aside, s
    )
    assert titles._drop_dash_aside(s) == titles._DASH_ASIDE.sub("", s)
    assert titles._balanced(s) == _old_balanced(s)
    assert titles._has_verb(s) == _old_has_verb(s)


def test_a_closing_report_goes_only_after_the_last_comma() -> None:
    s = "Roe, the envoy, opened the port, the ministry said Wednesday."
    assert titles._drop_tail_report(s) == "Roe, the envoy, opened the port"
    assert (
        titles._drop_tail_report("Roe said, then left, slowly.") == "Roe said, then left, slowly."
    )


_DAY_PIECES = ["Thursday", "today", "tonight", "night", "days", "Roes", "that", "—", ":", "("]


@settings(max_examples=400, database=None)
@given(st.lists(st.sampled_from(_PIECES + _DAY_PIECES), max_size=40).map("".join))
def test_a_scan_skipped_for_a_missing_mark_could_find_nothing(s: str) -> None:
    # the day words, the comma, "that" and the clause marks looked for before the scans
    if titles._ANY_DAY.search(s):
        assert any(h in s for h in titles._DAY_HINTS)
    if titles._CUT.search(s):
        assert any(c in s for c in ",;—–:(")
    if titles._ROLE_ASIDE.search(s) or titles._COMMA_ASIDE.search(s):
        assert "," in s
    if titles._THAT.search(s):
        assert "that" in s


def test_the_day_hints_cover_every_day_word() -> None:
    assert all(any(h in w for h in titles._DAY_HINTS) for w in titles._DAYS)
