"""Wording for story grouping: stemmed content words and TF-IDF vectors.

Two sentences about one happening rarely share their wording exactly ("struck three
sites" / "the strikes on the sites"), so words are Snowball stems; function words and
reporting verbs (stopwords.txt) say nothing about which happening it is and are dropped.
Weights are inverse document frequencies over the events being grouped, so a word every
event has ("president") counts for little and a rare one ("bunker") for much.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib.resources import files

from store.textclean import fold

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
Vector = dict[str, float]


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    text = files("store.stories").joinpath("stopwords.txt").read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    return frozenset(w for line in lines for w in line.split())


class Stemmer:
    """Stems with a cache: news repeats its words, and the stemmer is pure Python."""

    def __init__(self) -> None:
        import snowballstemmer  # lazy: `import store` stays light

        self._stem = snowballstemmer.stemmer("english").stemWord
        self._seen: dict[str, str] = {}
        self._stop = stopwords()

    def tokens(self, text: str) -> list[str]:
        """Content-word stems of `text` (case and accent folded), in order."""
        out: list[str] = []
        seen = self._seen
        for word in _WORD.findall(fold(text).replace("’", "'")):
            stem = seen.get(word)
            if stem is None:
                if word in self._stop or (len(word) < 2 and not word.isdigit()):
                    stem = ""
                else:
                    stem = self._stem(word.removesuffix("'s"))
                seen[word] = stem
            if stem:
                out.append(stem)
        return out


def narrative(text: str) -> str:
    """The sentence without its direct quotes: what someone said is not what happened
    ("Jobs resigned in a letter stating, “...”"); the whole text if little is left."""
    if '"' not in text and "“" not in text:
        return text
    bare = _QUOTED.sub(" ", text)
    return bare if len(_WORD.findall(bare)) >= 4 else text


def idf_table(docs: Iterable[Iterable[str]]) -> tuple[dict[str, float], Counter[str]]:
    """Smoothed inverse document frequency of every stem, and the document counts."""
    df: Counter[str] = Counter()
    n = 0
    for doc in docs:
        df.update(set(doc))
        n += 1
    return {w: math.log((n + 1) / (c + 1)) + 1.0 for w, c in df.items()}, df


def vector(tokens: Sequence[str], idf: dict[str, float]) -> Vector:
    """The unit-length TF-IDF vector of one event's stems."""
    weights: Vector = {}
    get = weights.get
    for w in tokens:  # a plain dict: a Counter per event was a fifth of grouping's time
        weights[w] = get(w, 0.0) + idf.get(w, 1.0)
    norm = math.sqrt(sum(v * v for v in weights.values()))
    return {w: v / norm for w, v in weights.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    """Dot product of two unit vectors over the words they share (the shared keys are
    found by a set intersection, not a loop testing each word)."""
    return sum([a[w] * b[w] for w in a.keys() & b.keys()])
