"""Tense of the clause around a mention, to point bare weekdays and months the right way.

News is mostly past tense ("said Friday"); a modal or "going to" near the mention turns
"Friday" into the coming one. No POS tagger: the nearest tense marker in the sentence wins.
"""

from __future__ import annotations

import re

# present tense for a scheduled future: "takes effect January 1", "expires June 30"
_FUTURE_WORDS = frozenset(
    """will shall would upcoming next begin begins start starts open opens scheduled expires
    resumes arrives returns departs closes ends meets visits travels lands convenes reopens
    looms runs lasts continues""".split()
)
_FUTURE_PAIRS = frozenset({
    ("going", "to"), ("plan", "to"), ("plans", "to"), ("planned", "to"), ("expect", "to"),
    ("expects", "to"), ("expected", "to"), ("is", "due"), ("are", "due"), ("be", "due"),
    ("due", "to"), ("set", "to"), ("intend", "to"), ("intends", "to"), ("hope", "to"),
    ("hopes", "to"), ("be", "held"), ("is", "to"), ("are", "to"), ("planning", "to"),
    ("takes", "effect"), ("goes", "into"), ("comes", "into"), ("kicks", "off"),
    ("takes", "place"), ("forecast", "to"), ("slated", "to"), ("poised", "to"),
    ("scheduled", "to"), ("set", "for"), ("scheduled", "for"), ("slated", "for"),
})  # fmt: skip
_PAIR_FIRST = frozenset(a for a, _ in _FUTURE_PAIRS)
_PAST_WORDS = frozenset(
    """said says was were had did told announced reported ago last earlier began came went
    took made gave fell rose won lost met held left saw got ran hit cut quit sold bought paid
    struck killed shot found became led fled sent spent built brought thought kept felt stood
    spoke wrote drove chose broke fought caught taught threw flew grew drew knew swore tore
    wore woke rode sat since""".split()
)
_PAST_AUX = frozenset({"was", "were", "had", "been"})
_MODALS = frozenset({"will", "shall"})
_PRESENT_AUX = frozenset({"is", "are", "am", "be", "being", "get", "gets"})
_BY_WORDS = frozenset({"by", "effective"})
_NOT_PAST = frozenset(
    "need speed feed seed indeed proceed exceed bred shed reed deed heed weed breed greed steed "
    "creed hundred bed wed sled".split()
)
_TOKEN = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
# abbreviations whose period ends no sentence ("Roe vs. Doe", "Ruritania Corp. said", "Mr.
# Roe", "Sept. 30", "Tarnby, Ala., police"): the clause, and its verb, go on after them. One
# list for every such lookbehind. store.extract keeps its own in data/abbreviations.txt: the
# tagger stands alone (it imports and reads nothing of store.extract), and this one holds
# only what a sentence break needs
_ABBREVIATIONS = """mr mrs ms dr gen sen rep gov lt vs v no nos corp inc co cos ltd bros jr sr st
    ft mt jan feb mar apr jun jul aug sep sept oct nov dec ala ariz ark calif colo conn del fla
    ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash
    wis wyo""".split()


def _not_after(words: list[str]) -> str:
    """Lookbehinds, put after a period, refusing it when it closes one of `words` (any case):
    re wants each lookbehind of one width, so one per length."""
    by_len: dict[int, list[str]] = {}
    for w in words:
        by_len.setdefault(len(w), []).append(w)
    return "".join(rf"(?<!\b(?i:{'|'.join(ws)})\.)" for _, ws in sorted(by_len.items()))


# a period ends a sentence unless it closes an initial ("U.S. forces") or one of the
# abbreviations (a title: "Mr. Roe")
_BOUNDARY = re.compile(
    r"(?:[!?;\n]|\." + _not_after(_ABBREVIATIONS) + r"(?<![\s.][A-Z]\.)(?<!^[A-Z]\.))"
    r"(?:''|[\"'\u201d])?\s|\n"  # a quote may close the sentence: ...in the spring.'' The
)


def _ends(s: str) -> list[int]:
    """Where sentences end in s (after the break)."""
    return [m.end() for m in _BOUNDARY.finditer(s)]


def _first_end(s: str) -> int | None:
    """Where the first sentence break in s starts."""
    m = _BOUNDARY.search(s)
    return None if m is None else m.start()


_POSSESSIVE = re.compile(r"['\u2019]s?\b")
_WINDOW = 120
# past participles that point ahead: "expected in January", "postponed until May"
_AHEAD = frozenset(
    """expected planned scheduled slated due proposed promised postponed delayed extended
    pushed moved rescheduled deferred adjourned forecast predicted projected targeted
    intended hoped wanted needed set""".split()
)
# a date opening its sentence, then a short subject, then the past verb
_FRONTED = re.compile(r",\s+(?:[\w.'-]+\s+){1,4}")
_FRONTED_BEFORE = re.compile(r"(?i)^\s*[\"'`\u201c]?\s*(?:in|on|during|by|late|early)?\s*$")
_PLANNED = frozenset("planned scheduled slated postponed rescheduled".split())
_AS_PLANNED = re.compile(r"(?i)\bas\s+(?:previously\s+|originally\s+|first\s+)?$")
_PLUPERFECT = re.compile(r"(?i)\bhad\s+(?:(?:already|previously|originally)\s+)?(?:been\s+)?$")
# the past verb and the date share one phrase: "struck in May", "walked out on May 2"
_DONE_GAP = re.compile(r"\s+(?:(?:out|up|down|off|back|away|home)\s+)?(?:(?:in|on|during)\s+)?")
_REPORTING = frozenset({"said", "says", "told", "reported", "announced", "added", "stated"})
_NEW_VERB_PHRASE = re.compile(
    r"(?i)\b(?:and|but)\s+(?=(?:will|would|shall|is|are|was|were|has|have|had)\b)"
)
# a present-tense copula right before the date names a coming day
_COPULA_BEFORE = re.compile(
    r"(?i)\b(?:is|are)\s+(?:(?:set|scheduled|slated|due|planned)\s+(?:for\s+)?)?(?:on\s+)?$"
)
_DEADLINE = re.compile(
    r"(?i)\b(?:as\s+(?:soon|early|late)\s+as|until|till|no\s+later\s+than|effective)\s+"
    r"(?:on\s+)?(?:[\w.:]+\s+){0,2}$"
)


def _aux(toks: list[tuple[int, int, str]], k: int, n: int = 2) -> set[str]:
    """The n words before token k (auxiliaries: "had been due", "will be named")."""
    return {t[2] for t in toks[max(0, k - n) : k]}


def _markers(s: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the tense markers in s, in order."""
    low = s.lower().replace("\u2019", "'")
    if len(low) == len(s):  # one lowercasing for the window; offsets hold
        toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(low)]
    else:  # a letter whose lowercase is longer ("\u0130"): word by word
        toks = [
            (m.start(), m.end(), m.group().lower().replace("\u2019", "'"))
            for m in _TOKEN.finditer(s)
        ]
    out = []
    last = len(toks) - 1
    for k, (a, b, w) in enumerate(toks):
        if w in _FUTURE_WORDS or w.endswith("'ll") or w.startswith("won'"):
            if w == "next" and k < last and toks[k + 1][2] == "to":
                continue  # "next to the embassy": a place
            # "had been due to", "was scheduled to": a plan seen from the past
            if w in _MODALS:
                out.append((a, b, "future"))
            else:
                out.append((a, b, "past" if _aux(toks, k) & _PAST_AUX else "future"))
        elif w in _PAIR_FIRST and k < last and (w, toks[k + 1][2]) in _FUTURE_PAIRS:
            # "were planning to march Monday": a plan in progress still points ahead
            past = not w.endswith("ing") and _aux(toks, k) & _PAST_AUX
            out.append((a, toks[k + 1][1], "past" if past else "future"))
        elif w in _PAST_WORDS or (
            w.endswith("ed") and len(w) >= 4 and w not in _NOT_PAST and not s[a].isupper()
        ):  # a capitalised -ed word is a name ("the United States"), not a past verb
            aux = _aux(toks, k)
            if aux & _MODALS:  # "will be named": the participle carries no past
                out.append((a, b, "future"))
            elif not aux & _PRESENT_AUX:
                out.append((a, b, "past"))
        elif k == last and w in _BY_WORDS:
            # "effective Feb. 1", "by February": a deadline ahead, unless the clause is
            # past perfect ("had filed reports by Wednesday")
            had = "had" in _aux(toks, k, 8)  # its own clause
            out.append((a, b, "past" if had else "future"))
    return out


def tense_at(text: str, start: int, end: int) -> str:
    """ "past", "future" or "present" for the clause holding text[start:end], or "done"
    when a past verb governs the date from just before it ("struck in May", "said on
    Friday") or from just after a fronted date ("In May, the union struck").

    "Wednesday's ruling" names a day already reported on, so a possessive reads as past.
    """
    if _POSSESSIVE.match(text, end):
        return "past"
    lo = max(0, start - _WINDOW)
    hi = min(len(text), end + _WINDOW)
    left = text[lo:start]
    cut = _ends(left)
    if cut:
        left = left[cut[-1] :]
    right = text[end:hi]
    stop = _first_end(right)
    if stop is not None:
        right = right[:stop]
    b = _NEW_VERB_PHRASE.search(right)
    if b:  # "announced it on Monday and will hold ...": the second verb is another event
        right = right[: b.start()]
    if _COPULA_BEFORE.search(left):
        return "future"  # "the deadline is Friday", "the vote is set for March"
    dl = _DEADLINE.search(left)
    if dl and left[: dl.start()].strip(" \"'`,(\u201c"):
        return "future"  # "as soon as Tuesday", "postponed until 9 a.m. Tuesday"
    best: tuple[int, str] | None = None
    marks = _markers(left)
    if marks and left[marks[-1][0] : marks[-1][1]].lower() in _PLANNED:
        a = marks[-1][0]
        if _AS_PLANNED.search(left, 0, a):  # "went ahead as planned on Friday": the main
            marks = marks[:-1]  # verb, not the plan, dates the clause
    if marks:
        a, e, kind = marks[-1]
        best = (len(left) - e, kind)
        if kind == "past" and _DONE_GAP.fullmatch(left, e) and left[a:e].lower() not in _AHEAD:
            return "done"  # "walked out in August", "was signed on May 2": a finished event
        if kind == "past" and left[a:e].lower() in _PLANNED and not _PLUPERFECT.search(left, 0, a):
            # "planned a rally on Saturday": the plan lies ahead; "had been scheduled to
            # expire Friday" is a plan that was dropped before the story's own past events
            best = (best[0], "future")
    marks = _markers(right)
    if best is not None:  # "... will sail Thursday, Roe said": the report is not the event
        marks = [mk for mk in marks if right[mk[0] : mk[1]].lower() not in _REPORTING]
    if marks:
        a, e, kind = marks[0]
        dist = a + 3  # a verb before the date binds a little tighter
        if best is None or dist < best[0]:
            best = (dist, kind)
            w = right[a:e].lower()
            if kind == "past" and w not in _REPORTING and w not in _AHEAD:
                if _FRONTED.fullmatch(right, 0, a) and _FRONTED_BEFORE.search(left):
                    return "done"  # "In January, the firm bought ...": the clause's own time
    return "present" if best is None else best[1]


_MODAL_LEFT = re.compile(
    r"(?i)\b(?:will|shall|won['\u2019]t|going\s+to|\w+['\u2019]ll)\b(?:\s+\w+){0,4}?\s+(?:on\s+)?$"
)


def modal_before(text: str, start: int) -> bool:
    """ "Officials will meet on Wednesday": a modal governs the words just before the date
    (a surer sign of the future than a deadline word such as "until" or "by")."""
    left = text[max(0, start - 60) : start]
    cut = _ends(left)
    if cut:
        left = left[cut[-1] :]
    return bool(_MODAL_LEFT.search(left))
