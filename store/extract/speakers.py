"""Who said each quote, and the cue that says so.

Order of evidence: a cue right after the closing mark ("," Trump said / said Trump /
he added / according to X), a speech verb before the opening mark in the same
sentence (X said that "…", X told CNN: "…", …, saying "…"), then continuity (the next
stretch of a split or multi-paragraph quote, a quote paragraph following the
sentence that introduces its speaker). Names, pronouns and "the company" are
resolved by `resolve.Resolver`; a quote with no recoverable speaker keeps None.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from store.extract.lexicon import AUXILIARIES, NON_NAMES, REPORT_VERBS, SPEECH_VERBS
from store.extract.quotes import Span
from store.extract.resolve import Attribution, Resolver
from store.extract.sentences import Paragraph, Sentence

_WORD = re.compile(
    r"(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|Rev|St|Sgt|Adm)\."
    r"|(?:Corp|Inc|Co|Cos|Ltd|Jr|Sr|Bros)\.(?=[,\s])|[A-Z]\.(?=\s[A-Z])"
    r"|[\w’'-]+|[,;:.!?—]"
)
_PARTICIPLES = frozenset(
    "saying adding telling calling describing writing noting explaining insisting "
    "warning arguing declaring asking chanting shouting predicting stating commenting "
    "announcing remarking adding".split()
)
_STOP_NP = frozenset(
    "in on at to during after before when who which as that from with while about".split()
)
_BETWEEN = AUXILIARIES | frozenset("quoted as been being reportedly was is".split())
_WRITTEN_BY = re.compile(
    r"\s+(?:from|in)\s+(?:a|an|the|his|her|their)\s+(?:\w+\s+)?"
    r"(?:letter|statement|message|note|release)\s+(?:signed|written|sent|issued)\s+by\s+"
)


_PERIPHRASIS = re.compile(
    r"\b(?:went on to|going on to|continued to|was quoted as|were quoted as|is quoted as|"
    r"wanted to|would later|did not|didn't|declined to|refused to|tried to)$"
)
_DET = frozenset("the a an its his her their our this that these those every".split())
_COPULA = frozenset("was is were are has had will would".split())


def _nounish(words: list[re.Match[str]], k: int) -> bool:
    """A speech-verb word used as a noun: "the report", "demand was strong"."""
    prev = words[k - 1].group().lower() if k > 0 else ""
    nxt = words[k + 1].group().lower() if k + 1 < len(words) else ""
    return prev in _DET or nxt in _COPULA


def _np_end(text: str, words: list[re.Match[str]], k: int) -> int:
    """End of the noun phrase that starts at words[k] (stops at , . in on to ...)."""
    end = words[k - 1].end() if k > 0 else 0
    for w in words[k : k + 10]:
        g = w.group()
        if g in ",;:.!?—" or g in _STOP_NP:
            break
        end = w.end()
    return end


_CUE_TAIL = re.compile(
    r"\s+(?:(?:in|on|during|via)\s+(?:a|an|the|his|her|its|their)?\s*"
    r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*|statement|interview|letter|release|post|tweet|"
    r"broadcast|speech|television|radio)(?:\s+(?:statement|interview|conference|release))?)"
)
_TOLD = re.compile(
    r"\s+(?:(?:[Tt]he\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*|reporters|journalists|the media|me|us)"
)


def _cue_phrase(text: str, words: list[re.Match[str]], k: int) -> str:
    """The verb with its auxiliaries and a short complement ("told CNN", "said in a statement")."""
    s = words[k].start()
    j = k - 1
    while j >= 0 and words[j].group().lower() in AUXILIARIES:
        s = words[j].start()
        j -= 1
    e = words[k].end()
    verb = words[k].group().lower()
    m = (_TOLD if verb in ("told", "tell", "tells", "telling") else _CUE_TAIL).match(text, e)
    if m:
        tail = re.split(r"[.,;:]\s", m.group() + " ")[0]  # not past the sentence end
        if not any(w.strip(".,") in NON_NAMES for w in tail.split()):
            e += len(tail)
    return text[s:e].rstrip(".,;: ")


def _writer(text: str, after_verb: int, limit: int, res: Resolver) -> Attribution | None:
    """`X read from a letter signed by Y` -> Y wrote it."""
    m = _WRITTEN_BY.match(text, after_verb, limit)
    if not m:
        return None
    words = list(_WORD.finditer(text, m.end(), limit))
    if not words:
        return None
    np_e = _np_end(text, words, 0)
    a = res.noun_phrase(m.end(), np_e)
    if a and a.speaker:
        verb = re.search(r"\S+$", text[max(0, after_verb - 30) : after_verb])
        start = after_verb - (len(verb.group()) if verb else 0)
        a.cue = text[start:np_e].strip()  # "read from a letter signed by her cousin"
        return a
    return None


def after_cue(text: str, q: Span, limit: int, res: Resolver) -> Attribution | None:
    """`," Trump said` / `," said the Church in a statement` / `," he added`."""
    seg = text[q.close_at : limit]
    inner_end = text[q.start : q.close_at].rstrip("”\"'’` ")[-1:]
    m0 = re.match(r"\s*([,—–-])?\s*", seg)
    base = q.close_at + m0.end()
    words = list(_WORD.finditer(text, base, limit))
    if not words:
        return None
    first = words[0].group()
    if first.lower() == "according" and len(words) > 1 and words[1].group() == "to":
        a = res.noun_phrase(words[1].end(), _np_end(text, words, 2))
        if a:
            a.cue = "according to"
        return a
    if first.lower() in ("and", "but", "or"):
        return None  # '"...," and said': the sentence's subject speaks (before_cue)
    comma_cue = inner_end in (",", "?", "!") or bool(m0.group(1))
    if not comma_cue and not (inner_end in (".", "…") and first[0].islower()):
        return None
    for k, w in enumerate(words[:16]):
        lw = w.group().lower()
        if lw in SPEECH_VERBS and w.group()[0].islower() and not _nounish(words, k):
            break
        if k == 0 and _ED_VERB.fullmatch(w.group()) and words[1:2] and words[1].group().istitle():
            break  # '"...," enthused Jane Roe': any past-tense verb between quote and name
        if lw in ".!?" or (lw in _STOP_NP and k < 2):
            return None
    else:
        return None
    verb = words[k]
    w = _writer(text, verb.end(), limit, res)
    if w:
        return w
    if k == 0:  # said X / said the Church in a statement
        np_e = _np_end(text, words, 1)
        a = res.noun_phrase(verb.end(), np_e)
        named = _named_after(text, np_e, limit, res) if a is None or a.speaker is None else None
        if named is not None:  # "said the agency's head, Jane Roe"
            a = Attribution(named, "")
        if a:
            cue = text[verb.start() : np_e].strip(" ,")
            a.cue = cue if len(cue) <= 60 else verb.group()
        return a
    commas = [w for w in words[:k] if w.group() in ",;:—"]
    if commas and len(commas) != 2:
        return None
    if len(commas) == 2:  # "Jerry Stanton, publisher of X, said"
        a = res.noun_phrase(base, commas[0].start())
        if a is None or a.speaker is None:  # "the opposition leader, Ana Ruiz, wrote"
            inner = res.noun_phrase(commas[0].end(), commas[1].start())
            a = inner if inner is not None and inner.speaker else a
        if a:
            a.cue = _cue_phrase(text, words, k)
        return a
    else:
        j = k - 1
        while j > 0 and words[j].group().lower() in _BETWEEN:
            j -= 1
        np_e = words[j].end()
        if j > 11:
            return None
    a = res.noun_phrase(base, np_e)
    if a:
        a.cue = _cue_phrase(text, words, k)
    return a


def before_cue(
    text: str, q: Span, sent: Sentence, res: Resolver, prev_close: int
) -> Attribution | None:
    """`X said that "…"`, `X told CNN: "…"`, `…, saying: "…"`, `according to X, "…"`."""
    s = max(sent.start, prev_close)
    words = list(_WORD.finditer(text, s, q.open_at))
    for k in range(len(words) - 1, -1, -1):
        lw = words[k].group().lower()
        if lw == "according" and k + 1 < len(words) and words[k + 1].group() == "to":
            a = res.noun_phrase(words[k + 1].end(), _np_end(text, words, k + 2))
            if a:
                a.cue = "according to"
            return a
        first_word = words[k].start() == sent.start
        if lw not in SPEECH_VERBS or _nounish(words, k):
            continue
        if words[k].group()[0].isupper() and not first_word:
            continue
        if first_word and k + 1 < len(words):  # "Says Michael Hirsch, ...: "...""
            a = res.noun_phrase(words[k].end(), _np_end(text, words, k + 1))
            if a is not None:
                a.cue = words[k].group()
            return a
        if k > 0 and words[k - 1].group().lower() in ("was", "were", "been", "being", "be"):
            continue  # passive ("it was told of ..."): not the speaker's verb
        w = _writer(text, words[k].end(), q.open_at, res)
        if w:
            return w
        if lw in _PARTICIPLES:
            j = k - 1
            while j >= 0 and words[j].group().lower() in _BETWEEN:
                j -= 1
            if j >= 0 and words[j].group()[0].isalpha():
                a = res.noun_phrase(words[max(0, j - 3)].start(), words[j].end())
                if a and a.speaker:
                    a.cue = text[words[j + 1].start() : words[k].end()]
                    return a
            prev = [x for x in res.speakers if x[0] >= sent.start]
            subj = [key for p, key in res.subjects if sent.start <= p < sent.end]
            key = prev[-1][1] if prev else (subj[0] if subj else None)
            return Attribution(key, words[k].group())
        j = k - 1
        while j >= 0 and words[j].group().lower() in AUXILIARIES:
            j -= 1
        lead = text[s : words[j].end()] if j >= 0 else ""
        periphrasis = _PERIPHRASIS.search(lead)
        if periphrasis:  # "He went on to add that", "she was quoted as saying"
            while j >= 0 and words[j].start() >= s + periphrasis.start():
                j -= 1
        if j < 0:
            return None
        if words[j].group().lower() in ("and", "but"):  # "declined ... but said"
            key = _clause_subject(text, sent, words[j].start(), res)
            return Attribution(key, _cue_phrase(text, words, k)) if key else None
        bounds = [i for i in range(j + 1) if words[i].group() in ",;:—"]
        if words[j].group() in ",—" and len(bounds) >= 2:
            # an appositive: "Majed Al Ansari, spokesperson for ..., told CNN"
            starts = [i for i in range(j) if words[i].group().lower() in ("that", ";")]
            np_s = words[starts[-1]].end() if starts else s
            ms = [m for m in res.in_span(np_s, words[j].start()) if res.kind(m.key) != "place"]
            people = [m for m in ms if res.kind(m.key) == "person"]
            np_e = (people or ms)[0].end if (people or ms) else words[bounds[-2]].start()
            np_s = (people or ms)[0].start if (people or ms) else np_s
        else:
            np_s = words[bounds[-1]].end() if bounds else s
            np_e = words[j].end()
            thats = [i for i in range(j) if words[i].group().lower() in ("that", "and", "but")]
            if thats and words[thats[-1]].start() >= np_s:
                np_s = words[thats[-1]].end()
        a = res.noun_phrase(np_s, np_e)
        if a:
            a.cue = _cue_phrase(text, words, k)
        return a
    return None


_VERBISH = re.compile(r"[a-z]+(?:ed|es)$")
_ED_VERB = re.compile(r"[a-z]{3,}ed")


def _named_after(text: str, np_e: int, limit: int, res: Resolver) -> str | None:
    """', Jane Roe' right after a describing phrase names the speaker it describes."""
    m = re.match(r"\s*,\s+", text[np_e:limit])
    if not m:
        return None
    at = np_e + m.end()
    people = [x for x in res.in_span(at, limit) if x.start == at and res.kind(x.key) == "person"]
    return people[0].key if people else None


def _clause_subject(text: str, sent: Sentence, upto: int, res: Resolver) -> str | None:
    """Subject of the first clause: the last mention before its first verb-like word
    ("The party daily Tribuna compared ... and said" -> Tribuna)."""
    subj = [key for p, key in res.subjects if sent.start <= p < upto]
    if subj and res.kind(subj[0]) == "person" and text[sent.start : upto].lstrip()[:1] in "HS":
        return subj[0]  # a pronoun subject ("She declined ... but said")
    ms = [m for m in res.in_span(sent.start, upto) if res.kind(m.key) != "place"]
    for w in _WORD.finditer(text, sent.start, upto):
        g = w.group()
        if g.islower() and (g in SPEECH_VERBS or g in REPORT_VERBS or _VERBISH.fullmatch(g)):
            before = [m for m in ms if m.end <= w.start()]
            if before:
                return before[-1].key
            break
    return subj[0] if subj else None


def _label(text: str, q: Span, res: Resolver) -> Attribution | None:
    """'Minister Jane Roe: "..."': a name and a colon right before the opening mark."""
    colon = re.search(r":\s*$", text[max(0, q.open_at - 4) : q.open_at])
    if colon is None:
        return None
    end = q.open_at - (4 - colon.start()) if q.open_at >= 4 else colon.start()
    named = [m for m in res.in_span(max(0, end - 80), end) if m.end == end]
    if named and res.kind(named[-1].key) in ("person", "organization"):
        return Attribution(named[-1].key, ":")
    return None


def tail_cue(text: str, q: Span, sent: Sentence, res: Resolver) -> Attribution | None:
    """`"It's high time" the boy went home, said Warren Small.`: a reporting clause
    closing the sentence the quote sits in."""
    commas = [i for i in range(q.close_at, sent.end) if text[i] == ","]
    for c in reversed(commas[-3:]):
        fake = Span(c, c, c, c)
        a = after_cue(text, fake, sent.end, res)
        if a is not None and (a.speaker or a.mention):
            return a
    return None


def attribute(
    text: str, spans: list[Span], sentences: list[Sentence], paras: list[Paragraph], res: Resolver
) -> list[Attribution | None]:
    """One attribution (or None) per quoted stretch, in order."""
    body = [s for s in sentences if s.kind == "body"]

    body_starts = [s.start for s in body]

    def sent_at(pos: int) -> Sentence | None:
        i = bisect_right(body_starts, pos) - 1
        return body[i] if i >= 0 and pos < body[i].end else None

    out: list[Attribution | None] = []
    for i, q in enumerate(spans):
        nxt = spans[i + 1].open_at if i + 1 < len(spans) else len(text)
        para_end = next((p.end for p in paras if p.start <= q.start <= p.end), len(text))
        s_close = sent_at(max(q.close_at - 1, q.start))
        limit = min(nxt, para_end, s_close.end if s_close else para_end)
        prev = spans[i - 1] if i else None
        same_para = prev is not None and "\n" not in text[prev.close_at : q.open_at]
        prev_close = prev.close_at if prev and same_para else 0
        sent = sent_at(q.open_at) or sent_at(q.start)
        a = after_cue(text, q, limit, res) if q.closed else None
        if a is not None:
            a.where = "after"
        if (a is None or a.speaker is None) and sent is not None:
            b = before_cue(text, q, sent, res, prev_close)
            if b is not None and (a is None or b.speaker is not None):
                a, a.where = b, "before"  # "She said X was "...," the radio reported"
        if a is None:
            a = _label(text, q, res)
        if a is None and sent is not None and sent.start == q.open_at:
            intro = [x for x in body if x.end <= q.open_at][-1:]
            if intro and intro[0].text.rstrip().endswith(":"):
                fake = Span(intro[0].end, intro[0].end, intro[0].end, intro[0].end)
                a = before_cue(text, fake, intro[0], res, prev_close)
        if a is None and sent is not None:
            a = tail_cue(text, q, sent, res)
            if a is not None:
                a.where = "tail"
        last = out[-1] if out else None
        starts = q.continues or (sent is not None and sent.start == q.open_at)
        between = (
            body[bisect_left(body_starts, prev.close_at) : bisect_left(body_starts, q.open_at)]
            if prev is not None
            else []
        )
        if a is None and starts and between:
            # a quote opening a sentence after narration: the narration's subject speaks
            subj = [(p, k) for p, k in res.subjects if between[-1].start <= p < q.open_at]
            if subj and res.kind(subj[-1][1]) in ("person", "organization", "group"):
                a = Attribution(subj[-1][1], "")
        if a is None and last is not None and (q.continues or same_para or starts):
            if q.continues or same_para or len(between) <= 1:
                a = Attribution(last.speaker, last.cue, last.mention)
        if a is None and starts and prev is None:
            subj = [(p, k) for p, k in res.subjects if p < q.open_at]
            if subj:
                a = Attribution(subj[-1][1], "")
        if a is not None and a.speaker:
            res.speakers.append((q.start, a.speaker, a.cue))
        out.append(a)
    return out
