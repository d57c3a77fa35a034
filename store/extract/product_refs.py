"""What a sentence's "it", "the plane" or "the phone" stands for when that is a product.

Products are not actors (`products.py` drops them), but a reader who searches for the
"Northwind A9" wants the sentences that go on to call it "the plane" or "it" as well.
A product is named by a model code ("A9", "797-200", "X2"; not a year) with the
capitalised words around it ("Northwind A9", "797 Skylark"), or by a camel-case brand
("eReader"). In one article a shorter name stands for the fullest name holding it
("A9" -> "Northwind A9"); a name that several fuller ones hold ("eReader" in "eReader 2"
and "eReader 3") for the one named last. A sentence is about a product when it opens
with "It" (after an optional leading phrase) right after a sentence led by that product,
or names "the (new) plane" (a product noun) or "the new eReader" while a product was
named in the sentences just before. Only products are resolved here: a wrong "it" for
a company would put a stranger's news on its timeline.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass

from store.extract.doc import ArticleDoc, Spans
from store.extract.titles import fit
from store.extract.wordlists import words

# ("[a-z]++": a lower-case word that no capital follows is given up at once, not letter by
# letter; a capital can never stand where a lower-case letter was given back)
_TOKEN = r"(?:[A-Z][\w&-]*|[a-z]++[A-Z][\w-]*|\d[\w-]*)"
# a run of names and codes; a possessive ends it ("Northwind's A9": the A9 is the name)
_RUN = re.compile(rf"(?<![\w$.,-]){_TOKEN}(?: {_TOKEN})*(?:[’']s)?")
_CODE = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z\d-]+$|^\d{2,}(?:-\d+)?$")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_MEASURE = re.compile(r"^\d[\d.,]*-?(?:[a-z]+|[KMGT]B|GHz|MP)$")
_CAMEL = re.compile(r"^[a-z]+[A-Z]")
_WORD = re.compile(r"\S+")
_LEAD = frozenset(
    "The A An Its His Her Their Our In On At After Before While When Since As By For From "
    "With Of To And But Or So This That These Those New First".split()
)
# "\b(?:[Tt]he|[Tt]his|[Ii]ts)(?=\s)" with each word first and its \b after it: a pattern
# whose every branch opens with a letter lets the engine skip to those letters
_DEFINITE = re.compile(
    r"(?:The(?<!\w...)|the(?<!\w...)|This(?<!\w....)|this(?<!\w....)|Its(?<!\w...)|its(?<!\w...))"
    r"(?=\s)"
)
_NP = re.compile(r"(?: [A-Za-z][\w-]*){1,3}")  # the words after it, up to the head noun
_FUNCTION = frozenset("the a an its his her their of and or to in on at for by with".split())
_SUPERLATIVE = re.compile(r"\b(?:most|least|\w{3,}est)\b")
_IT = re.compile(
    r"(?:[^,.;:\"“”]{0,80},\s*)??(It|it)\s+"
    r"(?!(?:is|was|has been|had been|will be)\s+(?:\w+ed\s+that|(?:said|thought|expected|"
    r"likely|unlikely|possible|clear|unclear|believed|understood|reported|known|time)\b))"
)  # not "It was announced that ...", "It is likely to ..."
_AUX = "|".join(sorted(words("auxiliaries")))
_VERB_NEXT = re.compile(rf"[’']s\b|\s+(?:[a-z]+ed|[a-z]*[a-rt-z]s|{_AUX})\b")
_OPENING = re.compile(r"(?:[^,.;:\"“”]{0,80},\s*)?(?:(?:[Tt]he|[Ii]ts)\s+)?(?:[a-z-]+\s+){0,2}")
# a three-digit number standing on its own as a name: after a determiner or possessive,
# before a possessive, a stop, an auxiliary or a past-tense verb ("the 797 will fly",
# "its 797's wing"; a count has its noun after it: "the 135 passengers")
_ALONE = re.compile(
    rf"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Ee]ach|[Ee]very|[Aa]n?)|\w[’']s)\s+(\d{{3}})"
    rf"(?=[’']s\b|\s*(?:[,.;:)!?]|$)|\s+(?:[a-z]+ed|{_AUX})\b)"
)
_SUBJECT_AT = re.compile(
    r"(?:[^,.;:\"“”]{0,80},\s*|(?:After|When|As|Since|Before|While|Although|Though|Once|Until)\s+)?"
)
_SUBJECT_REACH = 81  # `_SUBJECT_AT` holds at most 80 characters and a comma before spaces


def _beyond_subject(text: str, start: int, at: int) -> bool:
    """Is `at` further into the sentence at `start` than `_SUBJECT_AT` can reach (so its
    fullmatch must fail, and costs more to try than this)?"""
    return at - start > _SUBJECT_REACH and len(text[start:at].rstrip()) > _SUBJECT_REACH


_BACK = 3  # sentences a definite description reaches back


@dataclass(slots=True)
class ProductRef:
    """A stretch of a sentence that stands for the product `name`."""

    start: int
    end: int
    words: str  # the words as written ("The plane", "it")
    name: str  # the product's fullest name in the article


def product_names(doc: ArticleDoc) -> list[tuple[int, int, str]]:
    """(start, end, name as written) of every product name in the text, and of the
    shorter names ("797", "Skylark") that a full one ("Northwind 797 Skylark") holds
    (found once per article: `product_refs` and `sentence_things` both read them)."""
    return doc.once("product_names", lambda: _product_names(doc))


def _product_names(doc: ArticleDoc) -> list[tuple[int, int, str]]:
    dated = _Spans(sorted((m.start, m.end) for m in doc.dates))
    alone = frozenset(m.group(1) for m in _ALONE.finditer(doc.text))
    actors = {m.surface for m in doc.mentions} | {a.name for a in doc.actors.values()}
    strong: list[tuple[int, int, str]] = []
    weak: list[tuple[int, int, str]] = []
    plain: list[re.Match[str]] = []  # runs with no digit and no camel case: only weak names
    may = _may_hold_code
    lettered: list[tuple[int, int]] = []  # sentences with no digit nor camel case
    for s in doc.sentences:
        if not may(doc.text, s.start, s.end):
            lettered.append((s.start, s.end))  # every run in it is plain: read if needed
            continue
        for run in _RUN.finditer(doc.text, s.start, s.end):
            if not may(run.group(0)) or not _may_code(run.group(0)):
                plain.append(run)  # (the search first: most runs fail it, without a call)
                continue
            for a, b, name, coded in _names_in(run.start(), run.group(0), dated, alone):
                if coded:
                    strong.append((a, b, name))
                elif name not in actors:  # "Northwind" names the maker, an actor
                    weak.append((a, b, name))
    held = {part for _, _, n in strong for part in _word_runs(n)}
    if held:
        plain += [run for a, b in lettered for run in _RUN.finditer(doc.text, a, b)]
    for run in plain if held else ():  # a weak name counts only where a strong one holds it
        if not any(_unpossessed(w) in held for w in run.group(0).split(" ")):
            continue  # no word of it is in a coded name: none of its names can be
        for a, b, name, _ in _names_in(run.start(), run.group(0), dated, alone):
            if name not in actors:
                weak.append((a, b, name))
    return sorted(strong + [w for w in weak if w[2] in held])


_MAY_CODE = re.compile(r"\d|[a-z][A-Z]")  # what `_coded` needs somewhere in the run
_DIGIT = re.compile(r"\d")
_CAMEL_AT = re.compile(r"[A-Z](?<=[a-z][A-Z])")  # the capital of "[a-z][A-Z]", found first


def _may_hold_code(text: str, start: int = 0, end: int | None = None) -> bool:
    """Does `_MAY_CODE` find something in text[start:end]? Asked as two searches, each
    of one letter class the engine skips to, at a third of the cost of the alternation
    (a lower-case letter, most of the text, opened its second branch)."""
    end = len(text) if end is None else end
    return _DIGIT.search(text, start, end) is not None or (
        _CAMEL_AT.search(text, start + 1, end) is not None
    )


def _may_code(run: str) -> bool:
    """Can some name in this run hold a code? (A lone token must be one itself: "A9",
    "eReader", not "2005" or "Northwind"; of several, some word must be one beside
    another: "Northwind 797", not "June 2005".) A run that cannot is read as a plain one,
    which gives the same names: a name none of whose words a coded name holds is none."""
    if not _may_hold_code(run):
        return False
    ws = [_unpossessed(w) for w in run.split(" ")]
    return any(_coded(ws, i) for i in range(len(ws)))


def _unpossessed(w: str) -> str:
    """`w` without a closing "'s" (the words here hold no line break, so this is all a
    `[’']s$` regex would take, at less cost: it runs for every capitalised run)."""
    return w[:-2] if w.endswith(("’s", "'s")) else w


def _word_runs(name: str) -> list[str]:
    """Every run of whole words in `name` ("A B C" -> "A", "A B", ..., "B C", "C")."""
    ws = name.split(" ")
    return [" ".join(ws[i:j]) for i in range(len(ws)) for j in range(i + 1, len(ws) + 1)]


_Spans = Spans  # (its old name here)


def _names_in(
    at: int, run: str, dated: _Spans, alone: frozenset[str] = frozenset()
) -> list[tuple[int, int, str, bool]]:
    """The names in one run of capitalised words and codes, each with whether it holds
    a model code or a camel-case brand (`alone`: the numbers the article also uses on
    their own as a name, "the 797")."""
    toks = [(at + m.start(), at + m.end(), m.group(0)) for m in _WORD.finditer(run)]
    toks = [t for t in toks if not dated.holds(t[0])]
    groups: list[list[tuple[int, int, str]]] = []
    for t in toks:  # contiguous tokens outside dates
        if groups and t[0] == groups[-1][-1][1] + 1:
            groups[-1].append(t)
        else:
            groups.append([t])
    out = []
    for g in groups:
        while g and (g[0][2] in _LEAD or g[0][2].isdigit() and len(g) > 1 and _count(g, alone)):
            g = g[1:]  # "The", "200 eReaders": a count
        if not g:
            continue
        bare = [_unpossessed(t[2]) for t in g]
        coded = any(_coded(bare, i) for i in range(len(bare)))
        out.append((g[0][0], g[-1][1], " ".join(bare), coded))
    return out


def _count(g: list[tuple[int, int, str]], alone: frozenset[str]) -> bool:
    """Is the number opening these tokens a count ("200 eReaders", "40 Northwind jets",
    "ordered 135 Kestrel", "hired 125 Zenda staff"), not a model number before its name
    ("a 797 Skylark ... the 797 will fly": three digits, not round, one singular name
    after it, and the article also uses the bare number as a name)?"""
    n, rest = g[0][2], [t[2] for t in g[1:]]
    model = len(n) == 3 and n[-1] != "0" and len(rest) == 1 and not rest[0].endswith("s")
    return not (model and n in alone)


def _coded(bare: list[str], i: int) -> bool:
    """Is word i a camel-case brand ("eReader") or a model code: letters and digits
    ("A9", "X2"), or a number beside a name ("Northwind 797", "797-200 Skylark"), but
    not a year or a measure ("79-metre", "16GB")?"""
    w = bare[i]
    if _CAMEL.match(w):
        return True
    if not _CODE.match(w) or _YEAR.match(w) or _MEASURE.match(w):
        return False
    return w[0].isalpha() or len(bare) > 1


def _singular(name: str, known: set[str]) -> str:
    """ "Skylarks" or "A9s" -> the name the article also uses without the plural s."""
    if name.endswith("s") and name[:-1] in known:
        return name[:-1]
    return name


def fullest(names: list[str]) -> dict[str, list[str]]:
    """Each name -> the fullest names holding it as whole words (itself when none)."""
    uniq = set(names)
    out: dict[str, list[str]] = {}
    padded = {f: f" {f} " for f in uniq}
    for n in uniq:
        word = f" {n} "  # n as whole words of f
        longer = [f for f in uniq if f != n and word in padded[f]]
        tops = [f for f in longer if not any(g != f and f in g for g in longer)]
        out[n] = sorted(tops) or [n]
    return out


def product_refs(doc: ArticleDoc) -> dict[int, list[ProductRef]]:
    """Body sentence start -> where it tells of a product as its subject: a reference
    ("it", "the plane"), or the product's name itself opening it ("A9" standing for the
    "Northwind A9")."""
    found = product_names(doc)
    if not found:
        return {}  # no product, so no reference: "it" and "the plane" stand for none
    known = {n for _, _, n in found}
    named = [(a, b, _singular(n, known)) for a, b, n in found]
    full = fullest([n for _, _, n in named])
    body = doc.body
    # (position, fullest name) of each product named; an ambiguous bare name is left out
    recent = sorted((a, full[n][0]) for a, _, n in named if len(full[n]) == 1)  # (kept so)
    starts = {a: n for a, _, n in named}
    named_at = [a for a, _, _ in named]  # in text order: product_names sorts them
    out: dict[int, list[ProductRef]] = {}
    lead: str | None = None  # the product leading the sentence before
    for i, s in enumerate(body):
        ref = _reference(doc, s.start, s.end, starts, full, recent, body[max(0, i - _BACK)].start)
        it = _IT.match(doc.text, s.start, s.end)
        refs = [ref] if ref is not None else []
        # "After the plane landed, it was ..." / "It is ..." after a sentence led by it
        its = ref.name if ref is not None and it and ref.start < it.start(1) else lead
        if it is not None and its is not None:
            refs.append(ProductRef(it.start(1), it.end(1), it.group(1), its))
            refs.sort(key=lambda r: r.start)
        for r in refs:  # a chain: "the plane" ... "it"
            insort(recent, (r.start, r.name))
        opening = _lead(doc, s.start, s.end, named, named_at, full, refs)
        if opening is not None and opening not in refs:
            refs.insert(0, opening)
        if refs:
            out[s.start] = refs
        lead = opening.name if opening is not None else None
    return out


def _reference(
    doc: ArticleDoc,
    start: int,
    end: int,
    starts: dict[int, str],
    full: dict[str, list[str]],
    recent: list[tuple[int, str]],  # sorted
    since: int,
) -> ProductRef | None:
    """The first definite description of a product in the sentence ("the plane", "the
    new eReader", "the store" after the Skylark Music Store), resolved to the product
    that led the latest sentence naming one (in this sentence or the few before). A
    superlative ("the lightest phone") describes; it does not refer."""
    text = doc.text
    for m in _DEFINITE.finditer(text, start, end):
        if _beyond_subject(text, start, m.start()):
            break  # and so is every later one (the words before it only grow)
        if not _SUBJECT_AT.fullmatch(text, start, m.start()):
            continue  # only a subject, where a title starts ("The plane", "After the plane")
        before = _between(recent, since, m.start())
        np = _NP.match(text, m.end())
        if np is None or _SUPERLATIVE.search(np.group(0)):
            continue
        for w in _WORD.finditer(np.group(0)):
            head, at = w.group(0), m.end() + w.start()
            if at in starts:  # "the new eReader", "the Northwind A9"
                if not _VERB_NEXT.match(text, m.end() + w.end()):
                    break  # "the eReader mini is ...": a longer name, lower-case
                tops = full[starts[at]]
                pool = [x for x in before if x[1] in tops and x[1] != starts[at]]
            elif head in words("product_nouns") and not head.endswith("ing"):
                pool = before
            elif head in _FUNCTION:
                break
            elif head.islower():
                pool = [x for x in before if x[1].lower().endswith(" " + head)]  # "the store"
                if not pool:
                    continue  # an adjective before the head
            else:
                break
            if pool:
                stop = m.end() + w.end()
                return ProductRef(m.start(), stop, text[m.start() : stop], max(pool)[1])
            break
    return None


def _between(recent: list[tuple[int, str]], lo: int, hi: int) -> list[tuple[int, str]]:
    """The (position, name) pairs of sorted `recent` with lo <= position < hi (what a scan
    keeps, in sorted order: only the latest of them counts, by `max`)."""
    return recent[bisect_left(recent, (lo,)) : bisect_left(recent, (hi,))]


def _lead(
    doc: ArticleDoc,
    start: int,
    end: int,
    named: list[tuple[int, int, str]],
    named_at: list[int],
    full: dict[str, list[str]],
    refs: list[ProductRef],
) -> ProductRef | None:
    """The product a sentence opens with, as its subject ("The Northwind A9 ...",
    "Inside, the plane ...", "It ..."), named or referred to."""
    text = doc.text
    found = [
        ProductRef(a, b, text[a:b], full[n][0])
        for a, b, n in named[bisect_left(named_at, start) : bisect_left(named_at, end)]
        if len(full[n]) == 1
    ]
    for r in sorted(found + refs, key=lambda r: r.start):
        if _OPENING.fullmatch(text, start, r.start):
            return r
    return None


def named_title(title: str, refs: list[ProductRef]) -> str:
    """The title with the first reference it holds named: "The plane left ..." ->
    "Northwind A9 left ...", "Ruritania flew it" stays (only where a title starts)."""
    for r in refs:
        said = r.words[:1].upper() + r.words[1:]
        if title.startswith(said) and not title[len(said) : len(said) + 1].isalnum():
            return fit(r.name + title[len(said) :])
    return title
