"""Who said each quote, and the cue that says so.

Order of evidence: a cue right after the closing mark ("," Trump said / said Trump /
he added / according to X), a speech verb before the opening mark in the same
sentence (X said that "…", X told CNN: "…", …, saying "…"), then continuity (the next
stretch of a split or multi-paragraph quote, a quote paragraph following the
sentence that introduces its speaker). Names, pronouns and "the company" are
resolved by `resolve.Resolver`; a quote with no recoverable speaker keeps None.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from store.extract.cue_after import after_cue, tail_cue
from store.extract.cue_before import before_cue, colon_intro, label
from store.extract.cuewords import signed_later
from store.extract.doc import ArticleDoc
from store.extract.quotes import Span
from store.extract.resolve import Attribution, Resolver
from store.extract.sentences import Paragraph, Sentence

__all__ = ["after_cue", "attribute", "before_cue", "tail_cue"]


@dataclass
class _Doc:
    text: str
    spans: list[Span]
    body: list[Sentence]
    paras: list[Paragraph]
    res: Resolver

    def __post_init__(self) -> None:
        self.starts = [s.start for s in self.body]

    def sent_at(self, pos: int) -> Sentence | None:
        i = bisect_right(self.starts, pos) - 1
        return self.body[i] if i >= 0 and pos < self.body[i].end else None

    def between(self, a: int, b: int) -> list[Sentence]:
        """Body sentences starting in [a, b)."""
        return self.body[bisect_left(self.starts, a) : bisect_left(self.starts, b)]


@dataclass
class _Around:
    """Where one quoted stretch sits: its sentence, how far a cue after it may reach,
    the stretch before it and whether that one is in the same paragraph."""

    q: Span
    sent: Sentence | None
    limit: int
    prev: Span | None
    same_para: bool
    prev_spoken: bool = False  # a cue gave the stretch before a speaker

    @property
    def prev_close(self) -> int:
        return self.prev.close_at if self.prev and self.same_para else 0

    @property
    def prev_inside(self) -> int | None:
        """Where the stretch before opens, when it may sit inside this quote's clause
        (it is in the same paragraph and no cue gave it a speaker)."""
        if self.prev is None or not self.same_para or self.prev_spoken:
            return None
        return self.prev.open_at

    @property
    def opens_sentence(self) -> bool:
        return self.sent is not None and self.sent.start == self.q.open_at


def attribute(article: ArticleDoc, res: Resolver) -> list[Attribution | None]:
    """One attribution (or None) per quoted stretch, in order."""
    spans = article.spans
    doc = _Doc(article.text, spans, article.body, article.paras, res)
    out: list[Attribution | None] = []
    for i in range(len(spans)):
        at = _around(doc, i)
        at.prev_spoken = bool(out and out[-1] is not None and out[-1].speaker)
        a = _cue(doc, at)
        if a is None:
            a = _continuity(doc, at, out[-1] if out else None)
        if a is not None and a.speaker is None and a.mention.lower().startswith("the "):
            a.speaker = _named_next(doc, at)  # "The creator of X says ... Jane Roe said"
        if a is not None and a.where == "after" and at.q.closed:
            signer = signed_later(doc.text, at.q.close_at, res)  # "It was signed by X"
            if signer is not None:
                a.speaker, a.mention = signer.speaker, ""
        if a is not None and a.speaker:
            res.speakers.append((at.q.start, a.speaker, a.cue))
        out.append(a)
    return out


def _around(doc: _Doc, i: int) -> _Around:
    q, text = doc.spans[i], doc.text
    nxt = doc.spans[i + 1].open_at if i + 1 < len(doc.spans) else len(text)
    para_end = next((p.end for p in doc.paras if p.start <= q.start <= p.end), len(text))
    s_close = doc.sent_at(max(q.close_at - 1, q.start))
    limit = min(nxt, para_end, s_close.end if s_close else para_end)
    prev = doc.spans[i - 1] if i else None
    same_para = prev is not None and "\n" not in text[prev.close_at : q.open_at]
    sent = doc.sent_at(q.open_at) or doc.sent_at(q.start)
    return _Around(q, sent, limit, prev, same_para)


def _named_next(doc: _Doc, at: _Around) -> str | None:
    """A source first described ("the head of the union") and named as the subject of
    the next sentence by a person not mentioned before ("Jane Roe said Friday ...")."""
    if at.sent is None:
        return None
    nxt = doc.between(at.sent.end, at.sent.end + 400)[:1]
    if not nxt:
        return None
    res = doc.res
    subj = [k for p, k in res.subjects if nxt[0].start <= p < nxt[0].end]
    if not subj or res.kind(subj[0]) != "person":
        return None
    earlier = [m for m in res.mentions if m.key == subj[0] and m.start < nxt[0].start]
    return None if earlier else subj[0]


def _cue(doc: _Doc, at: _Around) -> Attribution | None:
    """A cue in the quote's own sentence: after it, before it, a label, a colon-ended
    introduction, or a reporting clause closing the sentence."""
    text, q, sent, res = doc.text, at.q, at.sent, doc.res
    a = after_cue(text, q, at.limit, res) if q.closed else None
    if a is not None:
        a.where = "after"
    relayed = a is not None and a.cue.split()[-1:] in (["reported"], ["reports"])
    if (a is None or a.speaker is None or relayed) and sent is not None:
        b = before_cue(text, q, sent, res, at.prev_close, at.prev_inside)
        if b is not None and (a is None or b.speaker is not None):
            a, a.where = b, "before"  # "She said X was "...," the radio reported"
    if a is None:
        a = label(text, q, res)
    if a is None and sent is not None:
        a = colon_intro(text, q, sent, res, at.prev_close)
    if a is None and at.opens_sentence:
        intro = [x for x in doc.body if x.end <= q.open_at][-1:]
        if intro and intro[0].text.rstrip().endswith(":"):
            fake = Span(intro[0].end, intro[0].end, intro[0].end, intro[0].end)
            a = before_cue(text, fake, intro[0], res, at.prev_close)
    if a is None and sent is not None:
        a = tail_cue(text, q, sent, res)
        if a is not None:
            a.where = "tail"
    return a


def _continuity(doc: _Doc, at: _Around, last: Attribution | None) -> Attribution | None:
    """No cue: the narration's subject, the previous stretch's speaker, or the subject
    before the first quote."""
    q, res = at.q, doc.res
    starts = q.continues or at.opens_sentence
    between = doc.between(at.prev.close_at, q.open_at) if at.prev is not None else []
    if starts and between:
        # a quote opening a sentence after narration: the narration's subject speaks
        subj = [(p, k) for p, k in res.subjects if between[-1].start <= p < q.open_at]
        if subj and res.kind(subj[-1][1]) in ("person", "organization", "group"):
            return Attribution(subj[-1][1], "")
    if last is not None and (q.continues or at.same_para or starts):
        if q.continues or at.same_para or len(between) <= 1:
            return Attribution(last.speaker, last.cue, last.mention)
    if starts and at.prev is None:
        subj = [(p, k) for p, k in res.subjects if p < q.open_at]
        if subj:
            return Attribution(subj[-1][1], "")
    return None
