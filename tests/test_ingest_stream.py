"""A long text file is read in chunks and filed part by part: it is never held whole,
and its parts are the ones reading it whole would give (issue 14 item 9)."""

from __future__ import annotations

import random
from datetime import date

import pytest

import store.formats.encoding as encoding
import store.formats.sources as sources
import store.ingest as ingest
from store import EventStore, IngestError, Overrides, ingest_paths, read_article_file
from store.formats.longtext import long_text_file
from store.ingest_input import build_article, long_text_parts, split_parts
from store.textsplit import split_at_breaks, stream_at_breaks

PUBLISHED = date(2025, 6, 25)


@pytest.mark.parametrize("seed", range(40))
def test_streamed_cuts_are_the_whole_text_cuts(seed):
    rng = random.Random(seed)
    text = "".join(
        rng.choice(["ab", "c ", "\n", "\n\n", "dde"]) for _ in range(rng.randint(0, 300))
    )
    size = rng.randint(4, 60)
    chunks, i = [], 0
    while i < len(text):
        step = rng.randint(1, 40)
        chunks.append(text[i : i + step])
        i += step
    assert list(stream_at_breaks(chunks, size)) == [p for _, p in split_at_breaks(text, size)]


def _body(n: int) -> str:
    return "".join(f"On Monday talks on item {i} resumed in Ruritania.\r\n\r\n" for i in range(n))


@pytest.mark.parametrize(
    ("name", "head", "codec"),
    [
        ("a.txt", "A dump\r\n\r\n\r\n", "utf-8"),
        ("b.md", "---\r\ntitle: Minutes\r\nsource: Ruritania Post\r\n---\r\n\r\n", "utf-8"),
        ("c.txt", "A dump\n\n", "utf-16"),  # the codec writes the BOM
        ("d.txt", "Caf\u00e9 notes\n\n", "cp1252"),
    ],
)
def test_long_text_parts_match_a_whole_read(tmp_path, monkeypatch, name, head, codec):
    monkeypatch.setattr(encoding, "STREAM_BLOCK", 500)  # many blocks, cut mid-line
    f = tmp_path / name
    body = _body(80)
    if codec == "utf-8":  # an escape sequence goes, as from a whole read
        body = body.replace("item 7 ", "item 7 \x1b[31m")
    text = head + body + "\r\n\r\n\r\n"
    f.write_bytes(text.encode(codec))
    whole = split_parts(build_article(read_article_file(f), PUBLISHED), 900)
    long = long_text_file(str(f), title_line=name.endswith(".txt"))
    streamed = list(long_text_parts(long, Overrides(published=PUBLISHED), 900))
    assert len(whole) > 3
    assert streamed == whole


def test_a_long_file_that_is_not_text_fails_before_any_part(tmp_path, monkeypatch):
    monkeypatch.setattr(encoding, "STREAM_BLOCK", 500)
    f = tmp_path / "a.txt"
    f.write_bytes(b"\x00\x01" * 2000)
    with pytest.raises(IngestError, match="binary"):
        long_text_file(str(f), title_line=True)
    f.write_bytes(b"\n\n" * 2000)
    with pytest.raises(IngestError, match="empty"):
        long_text_file(str(f), title_line=True)


def test_a_long_file_is_never_read_whole_and_one_part_at_a_time(tmp_path, monkeypatch):
    f = tmp_path / "dump.txt"
    f.write_text(
        "A dump\n\n"
        + "".join(f"On Monday talks on item {i} resumed in Ruritania.\n\n" for i in range(300))
    )
    monkeypatch.setattr(encoding, "STREAM_BLOCK", 1000)
    monkeypatch.setattr(ingest, "PART_CHARS", f.stat().st_size // 6)
    monkeypatch.setattr(ingest, "CHUNK_CHARS", f.stat().st_size // 40)  # several pieces a part
    monkeypatch.setattr(ingest, "BATCH_EVENTS", 1)  # file a part as soon as it is done

    def whole_read(path):
        raise AssertionError(f"{path} read whole")

    monkeypatch.setattr(sources, "read_bytes", whole_read)
    made, filed, most = [0], [0], [0]
    real_parts, real_write = ingest.long_text_parts, ingest.write_extractions

    def parts(*args, **kw):
        for part in real_parts(*args, **kw):
            made[0] += 1
            most[0] = max(most[0], made[0] - filed[0])
            yield part

    def write(store, batch, **kw):
        filed[0] += len(batch)
        return real_write(store, batch, **kw)

    monkeypatch.setattr(ingest, "long_text_parts", parts)
    monkeypatch.setattr(ingest, "write_extractions", write)
    with EventStore(tmp_path / "s.json") as store:
        report = ingest_paths(store, [str(f)], Overrides(published=PUBLISHED), workers=1)
        assert not report.failed and len(report.added) == made[0] >= 6
        assert all(r.article.text == "" for r in report.added)  # the report holds no texts
        assert sorted(a.title for a in store.articles())[0].startswith("A dump (part 1 of ")
    # the part being extracted and at most the next one are held; the rest are unread
    assert most[0] <= 2 < made[0]


def test_the_lock_is_held_around_store_calls_only(tmp_path, monkeypatch):
    """The app passes its store lock: held while the store is read or written, never
    while an article is extracted, so the panes can page during a long ingest."""
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"On Monday item {i} was signed in Ruritania.")

    class Lock:
        held = entered = 0

        def __enter__(self):
            self.held += 1
            self.entered += 1

        def __exit__(self, *exc):
            self.held -= 1

    lock = Lock()
    real = ingest._extract_job

    def extract(*args):
        assert lock.held == 0, "extracting under the store lock"
        return real(*args)

    monkeypatch.setattr(ingest, "_extract_job", extract)
    with EventStore(tmp_path / "s.json") as store:
        report = ingest_paths(
            store, [str(tmp_path)], Overrides(published=PUBLISHED), workers=1, lock=lock
        )
    assert len(report.added) == 3 and lock.entered >= 4  # three look-ups and a write


def test_the_demo_files_its_fixtures_through_the_pipeline(tmp_path, monkeypatch):
    """A long fixture is cut into parts as `dateline ingest` cuts it."""
    from tui.cli import load_fixtures

    folder = tmp_path / "fixtures"
    folder.mkdir()
    body = "".join(f"On Monday talks on item {i} resumed in Ruritania.\n\n" for i in range(40))
    (folder / "long.md").write_text(f"---\ntitle: Long\npublished: 2025-06-25\n---\n{body}")
    (folder / "ATTRIBUTION.md").write_text("# where these come from\n")
    monkeypatch.setattr(ingest, "PART_CHARS", len(body) // 3)
    with EventStore(tmp_path / "s.json") as store:
        n = load_fixtures(store, folder)
        titles = sorted(a.title for a in store.articles())
    assert n == len(titles) >= 3 and titles[0].startswith("Long (part 1 of ")


def test_parts_with_few_events_are_still_written_a_few_at_a_time(tmp_path, monkeypatch):
    """A long text with no dates gives parts without events: they must not pile up in
    one batch until the end (a store write costs several times the text it files)."""
    f = tmp_path / "novel.txt"
    f.write_text("A novel\n\n" + "".join(f"The sea was calm at item {i}.\n\n" for i in range(400)))
    size = f.stat().st_size // 10
    monkeypatch.setattr(ingest, "PART_CHARS", size)
    monkeypatch.setattr(ingest, "BATCH_CHARS", 2 * size)
    texts: list[int] = []
    real = ingest.write_extractions

    def write(store, batch, **kw):
        if batch:
            texts.append(sum(len(a.text) for a, _ in batch))
        return real(store, batch, **kw)

    monkeypatch.setattr(ingest, "write_extractions", write)
    with EventStore(tmp_path / "s.json") as store:
        report = ingest_paths(store, [str(f)], Overrides(published=PUBLISHED), workers=1)
    assert len(report.added) >= 10 and report.events == 0
    assert len(texts) >= 4 and max(texts) < 3 * size


def test_a_long_jsonl_file_is_read_a_line_at_a_time(tmp_path, monkeypatch):
    """As a whole read would: every record, a bad line failing alone, by its number."""
    import json

    f = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"title": f"Item {i}", "text": f"On Monday item {i} was signed in Ruritania."})
        for i in range(30)
    ]
    lines[7] = "{not json"
    f.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    monkeypatch.setattr(encoding, "STREAM_BLOCK", 300)  # blocks cut lines in two
    report, titles = _ingest_unread_whole(tmp_path, monkeypatch, f)
    assert report.failed == [
        f"{f}:8: not valid JSON (Expecting property name enclosed in double quotes)"
    ]
    assert len(titles) == 29 and "Item 7" not in titles and "Item 29" in titles


def test_a_long_json_list_is_read_a_record_at_a_time(tmp_path, monkeypatch):
    """As a whole read would: every record, a bad record failing alone, by its index."""
    import json

    f = tmp_path / "dump.json"
    records: list = [
        {"title": f"Item {i}", "text": f"On Monday item {i} was signed in Ruritania.", "n": 10**i}
        for i in range(30)
    ]
    records[7] = {"title": "no text"}
    f.write_text(json.dumps(records, indent=1).replace("\n", "\r\n"), encoding="utf-8")
    monkeypatch.setattr(encoding, "STREAM_BLOCK", 300)  # blocks cut records (and numbers)
    report, titles = _ingest_unread_whole(tmp_path, monkeypatch, f)
    assert report.failed == [f"{f}[8]: record has no 'text'"]
    assert len(titles) == 29 and "Item 7" not in titles and "Item 29" in titles


@pytest.mark.parametrize(
    ("text", "why"),
    [("[]", "the JSON list is empty"), ('[{"text": "a"} {', "not valid JSON")],
)
def test_a_long_json_list_that_is_not_one_fails_in_one_line(tmp_path, monkeypatch, text, why):
    f = tmp_path / "dump.json"
    f.write_text(text + " " * 600)
    monkeypatch.setattr(ingest, "PART_CHARS", 500)
    with EventStore(tmp_path / "s.json") as store:
        report = ingest_paths(store, [str(f)], Overrides(published=PUBLISHED), workers=1)
    assert len(report.failed) == 1 and why in report.failed[0] and str(f) in report.failed[0]


def _ingest_unread_whole(tmp_path, monkeypatch, f):
    """Ingest `f` as a long file (over one part) that must never be read whole: the
    report and the sorted titles filed."""
    monkeypatch.setattr(ingest, "PART_CHARS", 500)  # the file counts as long

    def whole_read(path):
        raise AssertionError(f"{path} read whole")

    monkeypatch.setattr(sources, "read_bytes", whole_read)
    with EventStore(tmp_path / "s.json") as store:
        report = ingest_paths(store, [str(f)], Overrides(published=PUBLISHED), workers=1)
        titles = sorted(a.title for a in store.articles())
    return report, titles
