"""Answers in an interview transcript are the labelled speaker's words.

In 'SECRETARY ROE: No, we are not. ...' the answer is speech with no quotation marks:
each paragraph of a turn whose label names an actor becomes one quote of that actor
(cue ":"). Turns labelled "QUESTION:" or "Q:" name nobody and give none.
"""

from __future__ import annotations

from store.extract.sentences import Paragraph, Sentence


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
