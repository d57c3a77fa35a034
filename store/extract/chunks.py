"""Name chunks: runs of capitalised tokens with connectors inside ("Bank of America",
"Omar Hassan el-Masri"), split at "and" unless the run names one body, with number
words and non-names trimmed from the front ("Twelve Americans" -> "Americans").
"""

from __future__ import annotations

import re

from store.extract import gazetteer as gz
from store.extract.lexicon import NON_NAMES, TITLE_WORDS
from store.extract.mentions import Tok, bare, is_cap
from store.extract.wordlists import words

__all__ = ["MODIFIER", "chunks"]

_CONNECT = frozenset(
    "of de del della da di du la le van von der den al el bin ibn ben abu bint y es".split()
    + ["&", "&amp;", "amp"]
)
MODIFIER = re.compile(
    r"-(?:based|born|led|backed|owned|run|area|language|speaking|style|era|made|funded|"
    r"controlled|dominated|allied|affiliated|linked|sponsored|bound|wide|level)$"
)
# "St. Patrick's Cathedral", "Children's Hospital": a possessive inside a name
_POSSESSED_HEADS = frozenset("Cathedral Church Hospital College School Day Square Park".split())
_NUMBER_WORDS = frozenset(
    "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty Forty "
    "Fifty Hundred Hundreds Thousand Thousands Dozens Millions Both Several Many".split()
)
_PARTICLE_TOKEN = re.compile(r"(?:al|el|ul|bin|ibn|abu|ben|de|da|di|van|von|ter)-[A-Z]")
_CORP_END = frozenset("Inc Corp Co Cos Ltd PLC Plc LLC".split())
_OF_LEFT = (
    gz.ORG_HEADS
    | TITLE_WORDS
    | gz.PLACE_HEADS
    | frozenset("Republic Kingdom Duke Prince Princess King Queen Emirate Sultanate".split())
)


def chunks(text: str, toks: list[Tok]) -> list[list[Tok]]:
    """Runs of capitalised tokens, connectors allowed inside ("Bank of America")."""
    out: list[list[Tok]] = []
    cur: list[Tok] = []
    for k, (s, e, tok) in enumerate(toks):
        first = tok[0]
        if len(tok) > 2 and tok[1] == "-" and first.isupper() and not tok[2].isdigit():
            first = "t"  # "T-shirts" (but "B-2 Spirit" is a model name, dropped as a whole)
        elif cur and "-" in tok[:4] and _PARTICLE_TOKEN.match(tok):
            first = "A"  # "Omar Hassan el-Masri"
        if not cur and not (first.isupper() or first.isdigit()):
            continue  # the common case: a lower-case word outside any name
        if not cur and tok in _PARTICLES and _particle_name(toks, k):
            first = "A"  # "(said) von der Leyen", "de Gaulle": a surname with its particles
        gap = text[cur[-1][1] : s] if cur else " "
        # "Foreign Affairs - Dr. Jane Roe": a spaced dash separates, "Jean-Paul" joins
        joinable = bool(cur) and (gap.strip() == "" or gap == "-") and "\n" not in gap
        if cur and gap == ", " and _listed_in_name(cur, toks, k):
            joinable = True  # "Bureau of Alcohol, Tobacco and Firearms"
        if cur and cur[-1][2].rstrip(".") in _CORP_END and tok in TITLE_WORDS:
            joinable = False
        nxt_cap = k + 1 < len(toks) and (
            is_cap(toks[k + 1][2])
            or tok in _PARTICLES
            and _particle_name(toks, k)
            or tok == "of"
            and toks[k + 1][2] == "the"
            and k + 2 < len(toks)
            and is_cap(toks[k + 2][2])
        )
        if first.isupper() and bare(tok).replace("’", "'") not in NON_NAMES:
            if MODIFIER.search(tok):  # "Miami-based Latin-American Civic Foundation"
                if cur:
                    out.append(cur)
                cur = []
                place = tok[: MODIFIER.search(tok).start()]
                if gz.place_name(place):  # the place itself is named: "Oslo-based"
                    out.append([(s, s + len(place), place)])
                continue
            if cur and not joinable:
                out.append(cur)
                cur = []
            cur.append((s, e, tok))
        elif tok[:1].isdigit() and nxt_cap and not cur:
            cur.append((s, e, tok))  # "11th Circuit"
        elif (tok in _CONNECT or tok == "and") and cur and joinable and nxt_cap:
            if tok == "of" and cur[-1][2] not in _OF_LEFT and not gz.ORG_HEADS & _words(cur):
                out.append(cur)
                cur = []
                continue
            cur.append((s, e, tok))
        elif tok == "the" and cur and cur[-1][2] == "of" and nxt_cap:
            cur.append((s, e, tok))
        else:
            if cur:
                out.append(cur)
            cur = []
        nxt_head = k + 1 < len(toks) and toks[k + 1][2] in _POSSESSED_HEADS
        if cur and bare(tok) != tok and not nxt_head:  # a possessive ends a chunk
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    cleaned = []
    for c in out:
        while c and (c[-1][2] in _CONNECT or c[-1][2] in ("the", "and")):
            c.pop()
        counted = bool(c) and c[0][2] in _NUMBER_WORDS
        while c and (c[0][2] in _NUMBER_WORDS or c[0][2] in NON_NAMES):
            c = c[1:]  # "Twelve Americans"
        if not c:
            continue
        if counted and len(c) == 1 and _nickname(c[0][2]):
            continue  # "the Three Musketeers photo": a nickname, not an actor
        parts = [c]
        ands = [i for i, t in enumerate(c) if t[2] == "and"]
        h = 1 if c[0][2] == "The" else 0
        office_of = len(c) > h + 2 and c[h][2] in gz.ORG_HEADS and c[h + 1][2] == "of"
        corp_left = any(
            c[i - 1][2].rstrip(".") in _CORP_END
            or c[i - 1][2].isupper()
            or (i + 1 < len(c) and c[i + 1][2] in ("The", "A"))
            for i in ands
        )  # "Kestrel Foods Corp. and Orbit Inc.", "CNN and The New York Times"
        tail = " ".join(t[2] for t in c[ands[-1] + 1 :]) if ands else ""
        corp_left = corp_left or bool(gz.place_name(tail))  # "the Bank of X and Ruritania"
        keep_and = (bare(c[-1][2]) in gz.ORG_HEADS or office_of) and not corp_left
        if ands and not keep_and:
            parts, cur = [], []
            for t in c:
                if t[2] == "and":
                    parts.append(cur)
                    cur = []
                else:
                    cur.append(t)
            parts.append(cur)
        for c in parts:
            if c and (not c[0][2][:1].isdigit() or len(c) > 1):
                cleaned.append(c)
    return cleaned


_PARTICLES = words("name_particles")


def _particle_name(toks: list[Tok], k: int) -> bool:
    """Particles from toks[k] on lead to a capitalised surname ("von der Leyen")."""
    j = k
    while j < len(toks) and j < k + 3 and toks[j][2] in _PARTICLES:
        j += 1
    return j > k and j < len(toks) and toks[j][2][:1].isupper() and not toks[j][2].isupper()


def _listed_in_name(cur: list[Tok], toks: list[Tok], k: int) -> bool:
    """', B and C' continues 'A of X' when capitalised words run to an 'and' that ends
    in capitals: "Bureau of Alcohol, Tobacco and Firearms" is one name."""
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
