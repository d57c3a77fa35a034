"""Events: one per dated sentence, plus reporting sentences at the publication date.

A sentence with a date mention becomes an event at that mention's When; an undated
sentence becomes one at the publication date only when it reports something (said,
announced, launched, a quote). A dated background clause inside a sentence ("since
the conflict began on October 7, 2023") gets its own event, and a "since" clause
makes the sentence's event a span up to publication. Titles are one timeline row."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date

from store.extract.back_refs import back_when
from store.extract.clauses import (
    BACKGROUND,
    announced,
    aside,
    aside_title,
    joined,
    point,
    second_clause,
)
from store.extract.coref import referents
from store.extract.doc import ArticleDoc
from store.extract.drafts import EventDraft
from store.extract.event_refs import event_antecedents
from store.extract.event_things import sentence_things
from store.extract.framing import tells_nothing
from store.extract.headlines import headline_events
from store.extract.lexicon import REPORTING_VERBS
from store.extract.lower_words import holds_any
from store.extract.mentions import Mention
from store.extract.overnight import night_drafts
from store.extract.participants import describes_other, said_here
from store.extract.passage_dates import governing_dates, published_when
from store.extract.product_refs import named_title, product_refs
from store.extract.resolve import Resolver
from store.extract.saying import saying_end
from store.extract.sentences import Sentence
from store.extract.titles import TITLE_MAX, fit, make_title, title_after_date
from store.models import Actor, Event, Quote, TimeMention, When, event_id

__all__ = ["TITLE_MAX", "build_events", "make_title", "sentence_events", "turn_speakers"]


def _primary(mentions: list[TimeMention]) -> TimeMention | None:
    """The sentence's date: the first calendar date, before durations and vague words."""
    usable = [m for m in mentions if m.when.start is not None or m.when.end is not None]
    if not usable:
        return None

    def rank(m: TimeMention) -> tuple[int, int, int]:
        vague = m.when.granularity == "vague" or m.value.endswith("_REF")
        return (int(vague), int(m.type == "DURATION"), m.start)

    return min(usable, key=rank)


def reports(text: str, has_quote: bool) -> bool:
    """Does an undated sentence report something at the publication date?"""
    return has_quote or holds_any(text, REPORTING_VERBS) or "according to" in text


def sentence_events(
    text: str,
    sent: Sentence,
    mentions: list[TimeMention],
    published: date,
    quote_lead: str,
    quoted: Sequence[tuple[int, int]] = (),
    governing: When | None = None,
    involved: bool = False,
) -> list[EventDraft]:
    """The events one sentence makes (none, one, or the sentence plus a background clause).

    Dates inside the quoted words of a reported statement ("... this century," Solana
    added) describe what was said, not when: the statement is at `governing` (the
    passage's date, else publication). An undated sentence is an event when it reports
    something or when an actor takes part in it (`involved`)."""
    undated = governing or published_when(published)
    if not quote_lead and re.search(r"\?[\"”’')]*$", sent.text):
        return []  # a question reports nothing ("Are we now at war?")
    if tells_nothing(sent.text):
        return []  # "Thank you for joining us", "Roe has 40 jets": nothing happened
    inside = [m for m in mentions if m.start >= sent.start and m.end <= sent.end]
    if quoted and reports(sent.text, True):
        inside = [m for m in inside if not any(a <= m.start < b for a, b in quoted)]
    asides = [(sp, m) for m in inside if (sp := aside(text, sent.start, m, published))]
    inside = [m for m in inside if all(m is not x for _, x in asides)]
    extra = [
        EventDraft(a, b, point(m.when, published), aside_title(text, sent.start, a, b), sent.text)
        for (a, b), m in asides
    ]  # "the bridge, opened three winters ago, now stands shut": the opening is its own event
    own = _own_events(text, sent, inside, published, quote_lead, undated, involved, quoted)
    return own + extra + night_drafts(text, sent.start, sent.end, published, own)


def _own_events(
    text: str,
    sent: Sentence,
    inside: list[TimeMention],
    published: date,
    quote_lead: str,
    undated: When,
    involved: bool,
    quoted: Sequence[tuple[int, int]] = (),
) -> list[EventDraft]:
    """The sentence's own event, dated by `inside` (its date words outside quotes and
    asides; "Since its launch" back_refs.py), and a background clause's ("since ...")."""
    # "for the last 35 years" tells how long a state lasts, not when the sentence happened
    main = _primary([m for m in inside if m.type != "DURATION"])
    if main is not None:
        main = joined(text, main, inside)
    if main is None:
        if involved or reports(sent.text, bool(quote_lead)):
            title = make_title(sent.text, quote_lead)
            when = back_when(text, sent.start, sent.end, quoted, published) or undated
            return [EventDraft(sent.start, sent.end, when, title, sent.text)]
        return []
    title = make_title(sent.text, quote_lead)
    # is the date inside a background clause ("since the conflict began on ...")?
    head = text[sent.start : main.end]
    bg = BACKGROUND.search(head)
    if bg is not None and bg.start() == 0:
        bg = None  # the whole sentence is the clause: one event
    if bg is None:
        when = main.when
        if main.value.endswith("_REF") and reports(sent.text, bool(quote_lead)):
            when = undated  # "has said ... recent strikes": the report
        elif announced(text, sent.start, main, published):
            when = undated  # "Roe said the port would open in 2027": the saying
        elif not quote_lead:  # the date the row shows needs no saying again in its title
            title = title_after_date(sent.text, main.start, main.end, sent.start) or title
        own = EventDraft(sent.start, sent.end, when, title, sent.text)
        more = second_clause(text, sent.start, sent.end, main, inside)
        if more is None or quote_lead:
            return [own]
        # "... in 2004 and took leave in 2009": each clause an event of its own words
        at, m, words, lent = more
        cut = text[sent.start : at].rstrip(" ,")
        title = title_after_date(cut, main.start, main.end, sent.start) or make_title(cut)
        own.end, own.sentence, own.title = at, cut, title
        clause = EventDraft(at, sent.end, point(m.when, published), words, text[at : sent.end])
        clause.lent = (sent.start, lent) if lent > sent.start else None
        return [own, clause]
    cs = sent.start + bg.start()
    ce = main.end
    clause = text[cs:ce]
    background = EventDraft(
        cs, ce, point(main.when, published), make_title(re.sub(r"^\w+\s+", "", clause)), sent.text
    )
    if bg.group(1) == "since":
        when = main.when.model_copy(
            update={"text": f"since {main.when.text}".strip(), "end": published}
        )
    else:
        when = undated if reports(sent.text, bool(quote_lead)) else main.when
    rest = (text[sent.start : cs] + text[ce : sent.end]).strip()
    main_event = EventDraft(sent.start, sent.end, when, make_title(rest, quote_lead), sent.text)
    return [main_event, background]


def _short_name(a: Actor) -> str:
    """How a title names an actor: a person by the surname the text uses ("Al Ansari")."""
    if a.kind != "person":
        return a.name
    tails = [x for x in a.aliases if a.name.endswith(" " + x)]
    if tails:
        return max(tails, key=len)
    single = [x for x in a.aliases if " " not in x and x in a.name.split()]
    if single:
        return single[0]  # "Tedros" for Tedros Adhanom Ghebreyesus, as the text calls him
    words = a.name.split()
    for i in range(1, len(words) - 1):
        if words[i].lower() in ("van", "von", "de", "al", "el", "bin", "da", "di", "del"):
            return " ".join(words[i:])  # "Van Kerkhove"
    return words[-1]


_FIRST_PERSON = re.compile(r"(?:I|We|My|Our|Us|Let me|Let us|Let's|Let’s)\b")


def turn_speakers(doc: ArticleDoc) -> dict[int, str]:
    """Sentence start -> who speaks it, in a transcript: a label ("SECRETARY ROE:") gives
    the turn to the person it names until the next label ("QUESTION:" names nobody)."""
    sentences, mentions = doc.sentences, doc.mentions
    out: dict[int, str] = {}
    who: str | None = None
    starts = [m.start for m in mentions]  # in text order
    for s in sentences:
        if s.kind == "label":
            inside = [
                m
                for m in mentions[bisect_left(starts, s.start) : bisect_left(starts, s.end)]
                if m.key and m.kind != "place"
            ]  # "WASHINGTON:" opening a wire story names no speaker
            people = [m for m in inside if m.kind == "person"]
            who = (people or inside or [None])[0]
            who = who.key if who is not None else None
        elif s.kind == "body" and who is not None:
            out[s.start] = who
    return out


def build_events(
    doc: ArticleDoc,
    quotes: list[Quote],
    pronoun_subjects: dict[int, str] | None = None,
    turns: dict[int, str] | None = None,
    res: Resolver | None = None,
    headline: bool = True,
) -> list[Event]:
    """Events of the body sentences, with their actors and quotes linked (sets each
    quote's event_id). A title opening with "He"/"She" names the person instead; in a
    transcript the speaker of the turn (`turns`) is an actor of each of its events, and
    a title in the first person ("I think ...") opens with their name. With the
    speaker `res`olver, the actors a sentence refers to without naming them ("he",
    "the company") are actors of its event too. The text's opening headline is an event
    too, unless the text is a later `headline`-less piece of a long article."""
    text, aid, published, body = doc.text, doc.aid, doc.published, doc.body
    tmentions, mentions, actors = doc.dates, doc.mentions, doc.actors
    names = {a.id: _short_name(a) for a in actors.values()}
    tsorted = sorted(tmentions, key=lambda m: m.start)
    tstarts = [m.start for m in tsorted]
    ctx = _Context(text, mentions, actors, pronoun_subjects or {}, turns or {})
    governing = governing_dates(doc)
    refs = referents(doc, res) if res is not None else {}
    things = product_refs(doc)  # "It", "the plane": a product named before
    told = event_antecedents(doc)  # "The deal ...": the happening a sentence reported
    named = sentence_things(doc, things)  # the products each sentence tells of
    events: list[Event] = []
    seen: set[str] = set()
    qstarts = [q.start for q in quotes]  # quotes are in text order
    marked, mstarts = _starts(doc.quoted)
    for s in body:
        qs = quotes[bisect_left(qstarts, s.start) : bisect_left(qstarts, s.end)]
        lead = ""
        if qs and text[s.start : qs[0].start].strip(" \"“‘'`") == "":
            who = names.get(qs[0].speaker or "", "")
            lead = f"{who}: {qs[0].text}" if who else qs[0].text
        quoted = [(q.start, q.end) for q in qs]
        near = tsorted[bisect_left(tstarts, s.start) : bisect_left(tstarts, s.end)]
        # a product as the subject ("The plane landed in Oslo") is an event too
        involved = s.start in refs or s.start in told or s.start in things
        involved = involved or ctx.involved(s, quoted)
        marks = quoted + marked[bisect_left(mstarts, s.start) : bisect_left(mstarts, s.end)]
        drafts = sentence_events(
            text, s, near, published, lead, marks, governing.get(s.start), involved
        )
        if not lead:
            _to_saying(text, s, drafts, qs)
        for d in drafts:
            eid = event_id(aid, d.start)
            if eid in seen:
                continue
            seen.add(eid)
            inside = [q for q in qs if d.start <= q.start < d.end]
            for q in inside:
                q.event_id = q.event_id or eid
            ids = ctx.draft_actors(d, inside)
            title = ctx.retitle(s, d, ids, bool(lead))
            if d.start == s.start:  # "He then unveiled ...": the person he stands for
                ids += [a.id for k in refs.get(s.start, ()) if (a := ctx.actors[k]).id not in ids]
                title = named_title(title, things.get(s.start, []))
            events.append(
                Event(
                    id=eid,
                    when=d.when,
                    title=title,
                    sentence=d.sentence,
                    actors=ids,
                    quotes=[q.id for q in inside],
                    article_id=aid,
                    span=(d.start, d.end),
                    reported=published,
                    things=list(named.get(s.start, ())),
                )
            )
    _join_happenings(doc, events, told)
    heads = headline_events(doc, events) if headline else []
    for h in heads:
        h.things = list(named.get(h.span[0], ())) if h.span is not None else []
    return heads + events


def _starts(spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[int]]:
    """Every quoted stretch, a quote or not ("the text “Roe 1950-2031”"), and its start."""
    return spans, [a for a, _ in spans]


def _to_saying(text: str, s: Sentence, drafts: list[EventDraft], qs: list[Quote]) -> None:
    """ "Roe said, “A. B.”": the sentence's event is the saying, up to the quote's first
    sentence's end (store.extract.saying)."""
    cut = saying_end(s, qs)
    for d in drafts:
        if cut is not None and (d.start, d.end) == (s.start, s.end):
            d.end, d.sentence = cut, text[s.start : cut]


def _join_happenings(doc: ArticleDoc, events: list[Event], told: dict[int, int]) -> None:
    """ "The deal was announced ...": the actors of the sentence that reported the deal
    (`told`: sentence start -> that sentence's start) take part in it too (people and
    bodies, not places)."""
    at = {e.span[0]: e for e in events if e.span is not None}
    kinds = {a.id: a.kind for a in doc.actors.values()}
    for start, before in told.items():
        e, prior = at.get(start), at.get(before)
        if e is None or prior is None:
            continue
        for a in prior.actors:
            if a not in e.actors and kinds.get(a, "place") != "place":
                e.actors.append(a)


class _Context:
    """What titles and actor lists of events read: mentions, actors, pronoun subjects
    and transcript turns."""

    def __init__(
        self,
        text: str,
        mentions: list[Mention],
        actors: dict[str, Actor],
        pronoun_subjects: dict[int, str],
        turns: dict[int, str],
    ):
        self.text, self.mentions, self.actors = text, mentions, actors
        self.pronoun_subjects, self.turns = pronoun_subjects, turns
        self.starts = [m.start for m in mentions]  # mentions are in text order

    def involved(self, s: Sentence, quoted: list[tuple[int, int]]) -> bool:
        """Does an actor (not a place) take part in the sentence: named outside its
        quoted words, or as its leading pronoun?"""
        if s.start in self.pronoun_subjects:
            return True
        lo, hi = bisect_left(self.starts, s.start), bisect_left(self.starts, s.end)
        return any(
            m.key in self.actors
            and self.actors[m.key].kind != "place"
            and not any(a <= m.start < b for a, b in quoted)
            for m in self.mentions[lo:hi]
        )

    def draft_actors(self, d: EventDraft, inside: list[Quote]) -> list[str]:
        """The actors of a draft's words, and of the subject it borrows (`d.lent`)."""
        ids = self.actor_ids(d.start, d.end, inside)
        lent = self.actor_ids(*d.lent, []) if d.lent else []
        return ids + [x for x in lent if x not in ids]

    def actor_ids(self, start: int, end: int, inside: list[Quote]) -> list[str]:
        """Actors named in [start, end), then the speakers of its quotes."""
        ids: list[str] = []
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        for m in self.mentions[lo:hi]:
            a = self.actors.get(m.key)
            if a is None or a.id in ids:
                continue
            if a.kind != "organization" or not describes_other(self.text, m.start, m.end):
                ids.append(a.id)  # not a maker named for its product ("Northwind A9 jets")
        for q in inside:
            if q.speaker and q.speaker not in ids and said_here(self.text, start, end, q):
                ids.append(q.speaker)
        return ids

    def retitle(self, s: Sentence, d: EventDraft, ids: list[str], quoted_lead: bool) -> str:
        """The title with a leading pronoun named and a transcript turn's speaker added."""
        title = d.title
        who = self.pronoun_subjects.get(s.start)
        if who in self.actors and d.start == s.start:
            title = self._named_pronoun(s, d, title, who, ids)
        speaker = self.turns.get(s.start)
        if speaker in self.actors and not quoted_lead:
            if _FIRST_PERSON.match(title):
                title = fit(f"{_short_name(self.actors[speaker])}: {title}")
            if self.actors[speaker].id not in ids:
                ids.append(self.actors[speaker].id)
        return title

    def _named_pronoun(
        self, s: Sentence, d: EventDraft, title: str, who: str, ids: list[str]
    ) -> str:
        """'His mother ...' -> "Roe's mother ..."; 'He said ...' -> 'Roe said ...'."""
        actor = self.actors[who]
        owner = re.match(r"(?:His|Her)\s+(?=[a-z])", title)
        if owner:
            title = fit(f"{_short_name(actor)}’s {title[owner.end() :]}")
        elif re.match(r"(?:He|She)\b", title):
            lead_pron = re.match(r"\W*(?:He|She)\b", s.text)
            if d.end == s.end and lead_pron:  # title the whole sentence again
                title = make_title(_short_name(actor) + s.text[lead_pron.end() :])
            else:
                title = make_title(_short_name(actor) + title[title.index(" ") :])
        else:
            return title
        if actor.id not in ids:
            ids.append(actor.id)
        return title
