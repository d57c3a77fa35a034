"""Long texts are extracted in paragraph-aligned pieces and merged back into one result.

Extraction time grows faster than length, so a text over `PIECE_CHARS` is cut at
paragraph (else line) breaks; `merge_pieces` shifts each piece's offsets and the ids
built from them, and joins actors across pieces ("Trump" in a later piece is the
"Donald Trump" of an earlier one). `extract_article` does this itself, so the command
line, the app and a pool of workers all get the same result for the same text.
"""

from __future__ import annotations

from store.identity import merge_actors
from store.models import Actor, Extraction, event_id, quote_id
from store.textsplit import split_at_breaks

PIECE_CHARS = 30_000  # 25-30k pieces were fastest on a 600k text


def split_pieces(text: str, size: int = PIECE_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) pieces of about `size` chars, cut at paragraph (else line) breaks."""
    return split_at_breaks(text, size)


def _shift_anchor(anchor: str, offset: int) -> str:
    if anchor.startswith("t") and anchor[1:].isdigit():
        return f"t{int(anchor[1:]) + offset}"
    return anchor


def merge_pieces(aid: str, parts: list[tuple[int, Extraction]]) -> Extraction:
    """One Extraction from per-piece ones: offsets and the ids built from them shifted."""
    merged = Extraction(article_id=aid)
    actors: list[Actor] = []
    for offset, ex in sorted(parts, key=lambda p: p[0]):
        for m in ex.mentions:
            when = m.when.model_copy(update={"anchor": _shift_anchor(m.when.anchor, offset)})
            merged.mentions.append(
                m.model_copy(
                    update={"start": m.start + offset, "end": m.end + offset, "when": when}
                )
            )
        actors, renames = merge_actors(actors, ex.actors, same_article=True)
        qids = {q.id: quote_id(aid, q.start + offset) for q in ex.quotes}
        eids = {e.id: event_id(aid, e.span[0] + offset) if e.span else e.id for e in ex.events}
        for q in ex.quotes:
            merged.quotes.append(
                q.model_copy(
                    update={
                        "id": qids[q.id],
                        "start": q.start + offset,
                        "end": q.end + offset,
                        "event_id": eids.get(q.event_id or "", q.event_id),
                        "speaker": renames.get(q.speaker, q.speaker) if q.speaker else None,
                    }
                )
            )
        for e in ex.events:
            span = (e.span[0] + offset, e.span[1] + offset) if e.span else None
            when = e.when.model_copy(update={"anchor": _shift_anchor(e.when.anchor, offset)})
            merged.events.append(
                e.model_copy(
                    update={
                        "id": eids[e.id],
                        "span": span,
                        "when": when,
                        "quotes": [qids.get(q, q) for q in e.quotes],
                        "actors": list(dict.fromkeys(renames.get(a, a) for a in e.actors)),
                    }
                )
            )
    merged.actors = actors
    return merged
