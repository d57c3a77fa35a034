"""Article files of every common shape, through the readers and the ingest pipeline."""

from __future__ import annotations

import json
import sys
from datetime import date

import pytest

from store import EventStore, IngestError, Overrides, ingest_paths
from store.extract import extract_article
from store.formats.articles import read_article_text, split_title_line
from store.formats.encoding import decode_text
from store.formats.sources import expand, read_inputs, sniff
from store.ingest import merge_chunks, split_chunks
from tests.conftest import FIXTURES, PUBLISHED

PAGE = """<!doctype html><html><head><title>Talks resume in Doha</title>
<meta property="article:published_time" content="2025-06-25T10:00:00Z">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://example.com/doha"></head>
<body><nav>Home | World | Sport</nav><article><h1>Talks resume in Doha</h1>
<p>On Monday the talks resumed in Doha, officials said, after a pause of a week.</p>
<p>The talks had stalled over the weekend after a dispute about the ceasefire terms.</p>
</article><footer>Copyright Example News</footer></body></html>"""


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        ("Café déjà vu: the talks in Zürich resumed, Le président a déclaré.", "cp1252", "cp1252"),
        ("Москва заявила в понедельник, что переговоры возобновятся.", "cp1251", "cp1251"),
        ("He said “hello” on Monday.", "utf-16", "utf-16/32"),
        ("Plain “UTF-8” text.", "utf-8", "utf-8"),
    ],
)
def test_legacy_encodings_are_detected(text, encoding, expected):
    got, used = decode_text(text.encode(encoding), "f.txt")
    assert got == text and used == expected


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"  \n", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        (b"\xff\xfe\xfa text", "not UTF-8"),
        (bytes(range(128, 256)) * 3, "no legacy encoding fits"),
    ],
)
def test_bad_bytes_are_clear_errors(data, message):
    with pytest.raises(IngestError, match=message):
        decode_text(data, "bad.txt")


def test_txt_title_line():
    assert split_title_line("Talks resume\n\nBody text.") == ("Talks resume", "Body text.")
    assert split_title_line("It happened on Monday.\n\nMore.")[0] == ""
    assert split_title_line("One paragraph only")[0] == ""
    inp = read_article_text("# Headline here\n\nThe body.", "a.txt", title_line=True)
    assert (inp.title, inp.text) == ("Headline here", "The body.")


def test_json_and_jsonl_records():
    records = [
        {"text": "Talks resumed on Monday.", "published": "2025-06-25", "title": "T", "url": "u"},
        {"text": "No date here."},
        {"title": "no text"},
        {"text": "Bad date.", "published": "soonish"},
    ]
    out = read_inputs(json.dumps(records).encode(), "a.json", "json")
    assert out[0].published == PUBLISHED and out[0].title == "T" and out[0].url == "u"
    assert out[1].published is None
    assert isinstance(out[2], IngestError) and "a.json[3]" in str(out[2])
    assert isinstance(out[3], IngestError) and "cannot be read" in str(out[3])
    lines = "\n".join(json.dumps(r) for r in records[:2]) + "\n{broken\n"
    out = read_inputs(lines.encode(), "a.jsonl", "jsonl")
    assert len(out) == 3 and isinstance(out[2], IngestError) and "a.jsonl:3" in str(out[2])


def test_timelines_are_pointed_to_import():
    for doc in ({"format": "dateline", "articles": [], "events": []}, {"events": []}):
        with pytest.raises(IngestError, match="dateline import"):
            read_inputs(json.dumps(doc).encode(), "t.json", "json")


def test_sniff_stdin():
    assert sniff('[{"text": "x"}]') == "json"
    assert sniff('{"text": "a"}\n{"text": "b"}\n') == "jsonl"
    assert sniff("<!DOCTYPE html><html>") == "html"
    assert sniff("---\ntitle: x\n---\nbody") == "markdown"


def test_html_page_main_text_and_metadata():
    pytest.importorskip("trafilatura")
    (inp,) = read_inputs(PAGE.encode(), "page.html", "html")
    assert inp.title == "Talks resume in Doha" and inp.published == PUBLISHED
    assert inp.source == "Example News" and inp.url == "https://example.com/doha"
    assert inp.text.startswith("On Monday") and "Home | World" not in inp.text


def test_html_meta_charset_is_honoured():
    pytest.importorskip("trafilatura")
    page = PAGE.replace("<head>", '<head><meta charset="koi8-r">').replace(
        "officials said", "сказали чиновники"
    )
    (inp,) = read_inputs(page.encode("koi8-r"), "page.html", "html")
    assert "сказали чиновники" in inp.text


def test_html_without_the_extra_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(IngestError, match=r"page.html: .*pip install 'dateline\[html\]'"):
        read_inputs(PAGE.encode(), "page.html", "html")


def test_folders_are_walked(tmp_path):
    (tmp_path / "sub" / ".hidden").mkdir(parents=True)
    (tmp_path / "sub" / "a.md").write_text("x")
    (tmp_path / "sub" / ".hidden" / "b.md").write_text("x")
    (tmp_path / "c.jpg").write_bytes(b"\xff")
    (tmp_path / "README.md").write_text("x")
    items, errors = expand([str(tmp_path), str(tmp_path / "missing.txt")])
    assert items == [str(tmp_path / "sub" / "a.md")]
    assert len(errors) == 1 and "no such file" in str(errors[0])


def test_long_text_in_pieces_keeps_offsets_and_ids():
    para = (FIXTURES / "2025-06-25-nato-gaza-ceasefire.md").read_text().split("---", 2)[2]
    text = (para.strip() + "\n\n") * 3
    pieces = split_chunks(text, size=len(text) // 2)
    assert len(pieces) >= 2 and "".join(p for _, p in pieces) == text
    whole = extract_article(text, PUBLISHED, "aid")
    parts = [(off, extract_article(p, PUBLISHED, "aid")) for off, p in pieces]
    merged = merge_chunks("aid", parts)
    by_id = {e.id: e for e in merged.events}
    pieces_by_offset = dict(pieces)
    for offset, part in parts:
        piece = pieces_by_offset[offset]
        for ev in part.events:
            moved = by_id[f"aid-e{ev.span[0] + offset}"]
            assert text[moved.span[0] : moved.span[1]] == piece[ev.span[0] : ev.span[1]]
            assert len(moved.quotes) == len(ev.quotes)
    for q in merged.quotes:
        assert text[q.start : q.end] == q.text and q.id == f"aid-q{q.start}"
        assert q.event_id is None or q.event_id in by_id
    for m in merged.mentions:
        assert text[m.start : m.end] == m.text
    actor_ids = [a.id for a in merged.actors]
    assert len(actor_ids) == len(set(actor_ids))
    assert {a for e in merged.events for a in e.actors} <= set(actor_ids)
    assert {q.speaker for q in merged.quotes if q.speaker} <= set(actor_ids)
    assert len(merged.events) == len(whole.events)


def test_pipeline_on_the_fixtures_with_two_workers(tmp_path, monkeypatch):
    import store.ingest as ingest

    pools = []
    real_pool = ingest._pool
    monkeypatch.setattr(ingest, "POOL_MIN_FILES", 0)  # real worker processes, even for 10
    monkeypatch.setattr(ingest, "_pool", lambda n: pools.append(n) or real_pool(n))
    seen = []
    with EventStore(tmp_path / "s.json") as store:
        report = ingest_paths(
            store, [str(FIXTURES)], workers=2, progress=lambda d, t: seen.append(d)
        )
        assert len(report.added) == 10 and not report.failed, report.failed
        assert store.count_events() == report.events > 0
        again = ingest_paths(store, [str(FIXTURES)], workers=2)
    assert again.present == 10 and not again.added
    assert seen and seen[-1] >= 10 and pools[0] == 2


def test_one_bad_file_never_stops_the_others(tmp_path):
    (tmp_path / "good.txt").write_text("Talks\n\nOn Monday the talks resumed in Doha.")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.md").write_bytes(b"\x00\x00binary")
    (tmp_path / "nodate.md").write_text("On Monday it rained.")
    (tmp_path / "baddate.md").write_text("---\npublished: 2025-13-45\n---\nOn Monday.")
    db = tmp_path / "s.json"
    with EventStore(db) as store:
        report = ingest_paths(store, [str(tmp_path)], Overrides(), workers=1)
        assert [a.article.title for a in report.added] == []
        reasons = "\n".join(report.failed)
        for name, why in [
            ("empty.txt", "empty"),
            ("bin.md", "binary"),
            ("nodate.md", "--published"),
            ("baddate.md", "cannot be read"),
            ("good.txt", "--published"),
        ]:
            assert f"{name}: " in reasons and why in reasons, name
        ok = ingest_paths(store, [str(tmp_path)], Overrides(published=date(2025, 6, 25)))
        assert sorted(a.article.title for a in ok.added) == ["", "Talks"]
        assert len(ok.failed) == 3  # a file's own unreadable date is not overridden


def test_a_broken_worker_pool_falls_back_to_this_process(tmp_path, monkeypatch):
    from concurrent.futures import Executor, Future
    from concurrent.futures.process import BrokenProcessPool

    import store.ingest as ingest

    class Broken(Executor):
        def submit(self, fn, /, *args, **kwargs):
            fut: Future = Future()
            fut.set_exception(BrokenProcessPool("workers could not start"))
            return fut

    monkeypatch.setattr(ingest, "_pool", lambda workers: Broken())
    with EventStore(tmp_path / "s.json") as store:
        report = ingest_paths(store, [str(FIXTURES)], workers=2)
    assert len(report.added) == 10 and not report.failed


def test_a_long_file_moves_the_progress_and_uses_the_pool(tmp_path):
    para = (FIXTURES / "2025-06-25-nato-gaza-ceasefire.md").read_text().split("---", 2)[2]
    body = "\n\n".join(f"{para.strip()} ({i})" for i in range(200))  # ~700 kB
    (tmp_path / "long.txt").write_text("Long file\n\n" + body, encoding="utf-8")
    calls: list[tuple[int, int]] = []
    with EventStore(tmp_path / "s.json") as store:
        report = ingest_paths(
            store,
            [str(tmp_path / "long.txt")],
            Overrides(published=PUBLISHED),
            workers=2,
            progress=lambda d, t: calls.append((d, t)),
        )
        assert len(report.added) == 1 and not report.failed
        assert store.count_events() == report.events > 200
    assert len(calls) > 10 and calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-06-25", PUBLISHED),
        ("2025-06-25T23:30:00+02:00", PUBLISHED),
        ("Wed, 25 Jun 2025 10:00:00 +0000", PUBLISHED),
        ("June 25, 2025", PUBLISHED),
        ("25 juin 2025", PUBLISHED),
        ("yesterday", None),
        ("03/04/2025", None),
        ("June 2025", None),
    ],
)
def test_published_dates_in_metadata(raw, expected):
    text = f"---\npublished: {raw}\n---\nBody."
    if expected is None:
        with pytest.raises(IngestError, match=r"note.md: published date .* cannot be read"):
            read_article_text(text, "note.md")
    else:
        assert read_article_text(text, "note.md").published == expected
