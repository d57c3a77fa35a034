"""Name chunks: runs of capitalised tokens with connectors inside ("Bank of America",
"Omar Hassan el-Masri"), split at "and" unless the run names one body, with number
words and non-names trimmed from the front ("Twelve Americans" -> "Americans").
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

import store.extract.gazetteer as gz
from store.extract.dictionary import common_word
from store.extract.lexicon import NON_NAMES, TITLE_WORDS
from store.extract.mentions import Tok, bare, is_cap
from store.extract.names import is_given
from store.extract.word_trie import words_trie
from store.extract.wordlists import alternation, section, words

__all__ = ["MODIFIER", "calendar_surnames", "chunks"]

_CONNECT = section("lists_chunks", "_CONNECT")
MODIFIER = re.compile(rf"-{alternation('lists_chunks', 'MODIFIER')}$")
_POSSESSED_HEADS = section("lists_chunks", "_POSSESSED_HEADS")
_NUMBER_WORDS = section("lists_chunks", "_NUMBER_WORDS")
# month names and abbreviations from the stdlib's (C locale) calendar, plus the press's "Sept"
_MONTHS = frozenset({*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"})
# months and weekdays that are also surnames ("Jane May", "Tom August")
_CALENDAR = frozenset({*calendar.month_name[1:], *calendar.day_name})
# "\b[A-Z]" written capital first ("[A-Z](?<!\w[A-Z])"): the engine skips to capitals; the
# names as a prefix tree (none is a prefix of another: at most one fits), and "++": a word
# gives no letter back to the spaces, nor they a space to the name
_GIVEN_CALENDAR = re.compile(
    rf"([A-Z](?<!\w[A-Z])[a-z]++)\s++({words_trie(sorted(_CALENDAR, key=lambda w: (-len(w), w)))})"
    r"\b(?!\s*\d)"
)
_DATE_BEFORE = section("lists_chunks", "_DATE_BEFORE")
_PARTICLE_TOKEN = re.compile(r"(?:al|el|ul|bin|ibn|abu|ben|de|da|di|van|von|ter)-[A-Z]")
_CORP_END = section("lists_chunks", "_CORP_END")
_ON_LEFT = section("lists_chunks", "_ON_LEFT")
_OF_LEFT = gz.ORG_HEADS | TITLE_WORDS | gz.PLACE_HEADS | section("lists_chunks", "_OF_LEFT_MORE")


def chunks(text: str, toks: list[Tok]) -> list[list[Tok]]:
    """Runs of capitalised tokens, connectors allowed inside ("Bank of America")."""
    keep = calendar_surnames(text)
    return [part for run in _runs(text, toks) for part in _clean(run, keep)]


def _runs(text: str, toks: list[Tok]) -> list[list[Tok]]:
    out: list[list[Tok]] = []
    cur: list[Tok] = []
    for k, (_, _, tok) in enumerate(toks):
        if not cur and tok[0].islower() and tok not in _PARTICLES:
            continue  # the common case, decided without a call
        first = tok[0]
        if "-" in tok[:4] or not cur and tok in _PARTICLES:
            first = _first(tok, cur, toks, k)  # only these can read otherwise
        if not cur and not (first.isupper() or first.isdigit()):
            continue  # the common case: a lower-case word outside any name
        cur = _take(text, toks, k, first, cur, out)
        # a possessive ends a chunk, unless a head follows (the last letter first: cheap)
        if cur and tok[-1] in "s’'" and bare(tok) != tok:
            if not (k + 1 < len(toks) and toks[k + 1][2] in _POSSESSED_HEADS):
                out.append(cur)
                cur = []
    if cur:
        out.append(cur)
    return out


def _first(tok: str, cur: list[Tok], toks: list[Tok], k: int) -> str:
    """The token's first letter as the chunker should see it."""
    first = tok[0]
    if len(tok) > 2 and tok[1] == "-" and first.isupper() and not tok[2].isdigit():
        return "t"  # "T-shirts" (but "B-2 Spirit" is a model name, dropped as a whole)
    if cur and "-" in tok[:4] and _PARTICLE_TOKEN.match(tok):
        return "A"  # "Omar Hassan el-Masri"
    if not cur and tok in _PARTICLES and _particle_name(toks, k):
        return "A"  # "(said) von der Leyen", "de Gaulle": a surname with its particles
    return first


def _joinable(text: str, cur: list[Tok], toks: list[Tok], k: int) -> bool:
    """May toks[k] continue the run `cur`? "Jean-Paul" joins; "Affairs - Dr. Roe" does not."""
    if not cur:
        return False
    gap = text[cur[-1][1] : toks[k][0]]
    if gap == ", " and _listed_in_name(cur, toks, k):
        return True  # "Office of Roads, Rails and Ports"
    if cur[-1][2].rstrip(".") in _CORP_END and toks[k][2] in TITLE_WORDS:
        return False
    if cur[-1][2] == "O" and gap.strip() in ("'", "’") and len(gap) <= 2:
        return True  # "Michael O' Leary", "O 'Reilly": an Irish surname with a loose mark
    if gap == " - " and len(cur) == 1 and _spaced_hyphen(text, cur[0][2], toks, k):
        return True  # "Wal - Mart" (text rebuilt from tokens)
    return (gap.strip() == "" or gap == "-") and "\n" not in gap


def _spaced_hyphen(text: str, left: str, toks: list[Tok], k: int) -> bool:
    """One name broken by a spaced hyphen: a lone capitalised word, not an ordinary word
    nor a given name, and one capitalised word after that ends the run."""
    right = toks[k][2]
    after = toks[k + 1][2] if k + 1 < len(toks) else ""
    return (
        left[1:].islower()
        and right[1:].islower()
        and not is_given(left)
        and not gz.place_name(left)
        and not is_cap(after)
        and not common_word(left)
    )


def _next_cap(toks: list[Tok], k: int) -> bool:
    """Does a capitalised word come next (past "the" after "of", past particles)?"""
    tok = toks[k][2]
    if k + 1 >= len(toks):
        return False
    if is_cap(toks[k + 1][2]) or tok in _PARTICLES and _particle_name(toks, k):
        return True
    return tok == "of" and toks[k + 1][2] == "the" and k + 2 < len(toks) and is_cap(toks[k + 2][2])


def _take(
    text: str, toks: list[Tok], k: int, first: str, cur: list[Tok], out: list[list[Tok]]
) -> list[Tok]:
    """toks[k] joins the open run or closes it (closed runs go to `out`); the open run."""
    s, e, tok = toks[k]
    word = bare(tok) if tok[-1] in "s’'" else tok  # (bare changes no other token)
    if word in _MONTHS and text[e : e + 2].lstrip()[:1].isdigit():
        if cur:  # "Feb 30, 2025": a date, even one the tagger refused, is no name
            out.append(cur)
        return []
    joinable = bool(cur) and _joinable(text, cur, toks, k)  # it is False without a run
    if first.isupper() and (
        word.replace("’", "'") not in NON_NAMES or _calendar_surname(text, toks, k, cur)
    ):
        return _take_name(toks[k], cur, joinable, out)
    nxt_cap = _next_cap(toks, k)
    if tok[:1].isdigit() and nxt_cap and not cur:
        return [(s, e, tok)]  # "11th Circuit"
    on = tok == "on" and bool(cur) and cur[-1][2] in _ON_LEFT and _named_next(toks, k)
    if (tok in _CONNECT or tok == "and" or on) and cur and joinable and nxt_cap:
        if tok == "of" and cur[-1][2] not in _OF_LEFT and not gz.ORG_HEADS & _words(cur):
            out.append(cur)
            return []
        return [*cur, (s, e, tok)]
    if tok == "the" and cur and cur[-1][2] == "of" and nxt_cap:
        return [*cur, (s, e, tok)]
    if cur:
        out.append(cur)
    return []


def _named_next(toks: list[Tok], k: int) -> bool:
    """'Council on Foreign Relations': a name word follows 'on' (not 'on Monday')."""
    nxt = bare(toks[k + 1][2]) if k + 1 < len(toks) else ""
    return nxt not in NON_NAMES and nxt not in _MONTHS and nxt not in _CALENDAR


def _calendar_surname(text: str, toks: list[Tok], k: int, cur: list[Tok]) -> bool:
    """'Jane May', 'Tom August': a month or weekday after a given name is a surname, and
    so is the same word alone where the text names such a person ("May said"), unless a
    preposition or determiner makes it a date ("in May", "last Friday")."""
    word = bare(toks[k][2])
    if word not in _CALENDAR:
        return False
    if cur:  # "Jane May", "Prime Minister Jane May" (not "Bill Clinton Thursday")
        alone = len(cur) == 1 or cur[-2][2] in TITLE_WORDS
        return alone and _given(cur[-1][2])
    if k and toks[k - 1][2].lower() in _DATE_BEFORE:
        return False
    return word in calendar_surnames(text)


@lru_cache(maxsize=8)
def calendar_surnames(text: str) -> frozenset[str]:
    """Months and weekdays the text uses as a person's surname ("Jane May")."""
    out = set()
    for m in _GIVEN_CALENDAR.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()].split()
        if _given(m.group(1)) and not (
            before and before[-1] not in TITLE_WORDS and before[-1][:1].isupper()
        ):
            out.add(m.group(2))
    return frozenset(out)


def _given(word: str) -> bool:
    """A given name that is no preposition or sentence opener ("Jane", not "In")."""
    return word.lower() not in _DATE_BEFORE and is_given(word, common=True)


def _take_name(t: Tok, cur: list[Tok], joinable: bool, out: list[list[Tok]]) -> list[Tok]:
    s, _, tok = t
    modifier = MODIFIER.search(tok) if "-" in tok else None  # it opens with "-"
    if modifier:  # "Miami-based Latin-American Civic Foundation"
        if cur:
            out.append(cur)
        place = tok[: modifier.start()]
        if gz.place_name(place):  # the place itself is named: "Oslo-based"
            out.append([(s, s + len(place), place)])
        return []
    if cur and not joinable:
        out.append(cur)
        cur = []
    return [*cur, t]


def _clean(c: list[Tok], keep: frozenset[str] = frozenset()) -> list[list[Tok]]:
    """A run without trailing connectors and leading number words, split at "and"
    unless it names one body ("Bureau of Roads and Rails"); a surname in `keep` ("May")
    stays."""
    while c and (c[-1][2] in _CONNECT or c[-1][2] in ("the", "and")):
        c = c[:-1]
    while c and c[0][2] in ("of", "and", "the", "&"):
        c = c[1:]  # "(Lease & Finance) of Kuwait": a name never opens with a connector
    counted = bool(c) and c[0][2] in _NUMBER_WORDS
    while c and (c[0][2] in _NUMBER_WORDS or c[0][2] in NON_NAMES and c[0][2] not in keep):
        c = c[1:]  # "Twelve Americans"
    if not c or counted and len(c) == 1 and _nickname(c[0][2]):
        return []  # "the Three Musketeers photo": a nickname, not an actor
    # c cannot end with "and" (stripped above), so a lone word holds none
    parts = _split_and(c) if len(c) > 1 and any(t[2] == "and" for t in c) else [c]
    return [p for p in parts if p and (not p[0][2][:1].isdigit() or len(p) > 1)]


def _split_and(c: list[Tok]) -> list[list[Tok]]:
    ands = [i for i, t in enumerate(c) if t[2] == "and"]
    h = 1 if c[0][2] == "The" else 0
    office_of = len(c) > h + 2 and c[h][2] in gz.ORG_HEADS and c[h + 1][2] == "of"
    corp_left = any(
        c[i - 1][2].rstrip(".") in _CORP_END
        or c[i - 1][2].isupper()
        or (i + 1 < len(c) and c[i + 1][2] in ("The", "A"))
        for i in ands
    )  # "Kestrel Foods Corp. and Orbit Inc.", "CNN and The New York Times"
    tail = " ".join(t[2] for t in c[ands[-1] + 1 :])
    corp_left = corp_left or bool(gz.place_name(tail))  # "the Bank of X and Ruritania"
    corp_left = corp_left or _two_names(c, ands)
    if (bare(c[-1][2]) in gz.ORG_HEADS or office_of) and not corp_left:
        return [c]
    parts: list[list[Tok]] = [[]]
    for t in c:
        if t[2] == "and":
            parts.append([])
        else:
            parts[-1].append(t)
    return parts


def _two_names(c: list[Tok], ands: list[int]) -> bool:
    """'Ruricom Airlines and Kestrel Airlines', 'Jane Roe and Lantern Media', 'Ruricom and
    Ruricom Records': two whole names, the first ended by an organisation word or a
    person's (no 'X of Y' before it), or repeated to open the second; each side at least
    two words but for a repeated name."""
    i = ands[0]
    left = [t[2] for t in c[:i]]
    right = [t[2] for t in c[i + 1 :]]
    if len(ands) > 1 or not left or len(right) < 2:
        return False
    if right[: len(left)] == left:
        return True
    if len(left) < 2 or "of" in left:
        return False
    if 2 <= len(left) <= 3 and _given(left[0]) and not gz.ORG_HEADS & set(left):
        return True  # "Jane Roe and Lantern Media said": a person and a body
    return bare(left[-1]) in gz.ORG_HEADS


_PARTICLES = words("name_particles")


def _particle_name(toks: list[Tok], k: int) -> bool:
    """Particles from toks[k] on lead to a capitalised surname ("von der Leyen")."""
    j = k
    while j < len(toks) and j < k + 3 and toks[j][2] in _PARTICLES:
        j += 1
    return j > k and j < len(toks) and toks[j][2][:1].isupper() and not toks[j][2].isupper()


def _listed_in_name(cur: list[Tok], toks: list[Tok], k: int) -> bool:
    """', B and C' continues 'A of X' when capitalised words run to an 'and' that ends
    in capitals: "Office of Roads, Rails and Ports" is one name."""
    if "of" not in _words(cur) or not (_OF_LEFT & _words(cur)) or not is_cap(toks[k][2]):
        return False
    for j in range(k, min(len(toks) - 1, k + 8)):
        if toks[j][2] == "and":
            return is_cap(toks[j + 1][2])
        if not is_cap(toks[j][2]):
            return False
    return False


def _words(c: list[Tok]) -> set[str]:
    return {t[2] for t in c}


def _nickname(word: str) -> bool:
    """A plural after a number word that names no people or place ("Three Musketeers")."""
    return (
        word.endswith("s")
        and word not in gz.DEMONYM_PLURALS
        and word not in gz.GROUP_NAMES
        and gz.place_name(word) is None
    )
