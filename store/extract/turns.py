"""Answers in an interview transcript are the labelled speaker's words.

In 'SECRETARY ROE: No, we are not. ...' the answer is speech with no quotation marks:
each paragraph of a turn whose label names an actor becomes one quote of that actor
(cue ":"). Turns labelled "QUESTION:" or "Q:" name nobody and give none. A label with
an abbreviated honorific in capitals ("MR. ROE:", "SEN. JANE ROE:") names one person:
its period would otherwise cut it into two capitalised 'acronyms'.
"""

from __future__ import annotations

import re

from store.extract.lexicon import TITLE_WORDS
from store.extract.mentions import Mention
from store.extract.sentences import Paragraph, Sentence

# the honorifics a label may abbreviate ("Mr.", "Sen.", "Dr."): the title words with a period
_HONORIFICS = sorted((w[:-1] for w in TITLE_WORDS if w.endswith(".")), key=len, reverse=True)
_HONORIFIC_LABEL = re.compile(
    rf"^[ \t]*({'|'.join(w.upper() for w in _HONORIFICS)})\.[ \t]+"
    r"([A-Z][A-Z'’-]*(?:[ \t]+[A-Z][A-Z'’-]*\.?)*[A-Z'’-])[ \t]*:",
    re.M,
)


def label_people(text: str, ms: list[Mention]) -> None:
    """'MR. ROE:' opening a line is the person Roe (role "Mr."), not the acronyms "MR"
    and "ROE": the label's mentions give way to one person mention."""
    for lab in _HONORIFIC_LABEL.finditer(text):
        s, e = lab.start(1), lab.end(2)
        name = _title_case(lab.group(2))
        role = lab.group(1).title() + "."
        ms[:] = [m for m in ms if m.end <= s or m.start >= e]
        ms.append(Mention(lab.start(2), e, name, "person", role=role))
    ms.sort(key=lambda m: m.start)


def _title_case(name: str) -> str:
    """'JANE O'ROE' -> "Jane O'Roe" (same length, so offsets hold)."""
    return re.sub(r"['’][A-Z]\b", lambda m: m.group().lower(), name.title())


def turn_stretches(
    body: list[Sentence], turns: dict[int, str], paras: list[Paragraph]
) -> list[tuple[int, int, str]]:
    """(start, end, speaker key) for each paragraph stretch of a named turn."""
    out: list[tuple[int, int, str]] = []
    for p in paras:
        run = [s for s in body if p.start <= s.start < p.end and s.start in turns]
        if not run:
            continue
        who = turns[run[0].start]
        run = [s for s in run if turns[s.start] == who]
        out.append((run[0].start, run[-1].end, who))
    return out
