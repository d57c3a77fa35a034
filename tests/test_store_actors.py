"""Actors across articles (merge_actors at filing) and restoring an export as given."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from store import Actor, Article, Event, EventStore, Extraction, When, import_file
from store.formats.articles import ArticleInput
from store.ingest import build_article, ingest_article
from tests.test_cli import run


def _ingest(store: EventStore, text: str, day: int) -> None:
    inp = ArticleInput(text=text, origin="t", title="", source="", url="", published=None)
    ingest_article(store, build_article(inp, date(2025, 6, day)))


def _people(store: EventStore) -> dict[str, list[str]]:
    return {a.id: a.aliases for a in store.actors() if a.kind == "person"}


def test_bare_surname_joins_the_one_person_called_by_it(tmp_path):
    with EventStore(tmp_path / "s.json") as store:
        _ingest(
            store,
            "President Donald Trump met reporters on Monday. Trump said the talks "
            "would resume on Friday.",
            2,
        )
        _ingest(store, '"The ceasefire will hold," Trump said on Tuesday.', 3)
        assert list(_people(store)) == ["donald-trump"]
        later = [e for e in store.events() if e.when.start == date(2025, 6, 3)]
        assert later and all(e.actors == ["donald-trump"] for e in later)
        assert {q.speaker for q in store.quotes()} == {"donald-trump"}
        assert store.count_events(actor="donald-trump") == len(store.events())


def test_surname_filed_before_the_full_name_joins_it(tmp_path):
    """Batch ingest files articles in any order: 'Trump said' may come first."""
    with EventStore(tmp_path / "s.json") as store:
        _ingest(store, '"The ceasefire will hold," Trump said on Tuesday.', 3)
        assert list(_people(store)) == ["trump"]
        _ingest(
            store,
            "President Donald Trump met reporters on Monday. Trump said the talks "
            "would resume on Friday.",
            2,
        )
        assert list(_people(store)) == ["donald-trump"]
        assert all(e.actors == ["donald-trump"] for e in store.events())
        assert {q.speaker for q in store.quotes()} == {"donald-trump"}
        assert store.find_actor("Trump").id == "donald-trump"
        assert store.actor("trump") is None  # folded away; the name now means the person
        assert store.count_events(actor="trump") == len(store.events())
    with EventStore(tmp_path / "s.json") as again:  # and it is what was saved
        assert list(_people(again)) == ["donald-trump"]
        assert [e.actors for e in again.events_page(0, 5, query="actor:donald")] != []


def test_full_name_after_surname_and_alias(tmp_path):
    with EventStore(tmp_path / "s.json") as store:
        _ingest(store, "Mary Smith spoke on Monday. Smith said the vote passed.", 2)
        _ingest(store, "Mary Smith said on Tuesday that the count was over.", 3)
        assert list(_people(store)) == ["mary-smith"]


def test_people_sharing_a_surname_stay_apart(tmp_path):
    with EventStore(tmp_path / "s.json") as store:
        _ingest(store, "John Smith said on Wednesday the plant would close.", 2)
        _ingest(store, "Mary Smith said on Thursday the vote passed.", 3)
        _ingest(store, "Smith said on Friday he would resign.", 4)  # no evidence: which one?
        assert set(_people(store)) == {"john-smith", "mary-smith", "smith"}


def test_bare_surname_leaves_again_when_a_second_person_has_it(tmp_path):
    """Filed before the second Smith, the bare one joined Mary; filed after, it would have
    stayed apart. The answer must not depend on the order, so the join is undone."""
    with EventStore(tmp_path / "s.json") as store:
        _ingest(store, "Smith said on Friday he would resign.", 6)
        _ingest(store, "Mary Smith spoke on Monday. Smith said the vote passed.", 2)
        assert set(_people(store)) == {"mary-smith"}  # the only Smith, called so
        _ingest(store, "John Smith spoke on Tuesday. Smith said the plant would close.", 3)
        assert set(_people(store)) == {"mary-smith", "john-smith", "smith"}
        by_day = {e.when.start.day: e.actors for e in store.events()}
        assert by_day[6] == ["smith"] and by_day[2] == ["mary-smith"]


def test_surname_is_ambiguous_when_two_people_carry_it(tmp_path):
    with EventStore(tmp_path / "s.json") as store:
        _ingest(store, "Mary Smith spoke on Monday. Smith said the vote passed.", 2)
        _ingest(store, "John Smith spoke on Tuesday. Smith said the plant would close.", 3)
        _ingest(store, "Smith said on Friday the talks failed.", 6)
        assert set(_people(store)) == {"john-smith", "mary-smith", "smith"}


def test_cli_ingest_two_articles_one_actor(tmp_path):
    db = tmp_path / "s.json"
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("President Donald Trump met reporters on Monday. Trump said the talks resumed.")
    b.write_text('"The ceasefire will hold," Trump said on Tuesday.')
    for f in (a, b):
        out = run("ingest", "--published", "2025-06-02", str(f), db=db)
        assert out.returncode == 0, out.stderr
    out = run("actors", "--json", db=db)
    assert [x["id"] for x in json.loads(out.stdout) if x["kind"] == "person"] == ["donald-trump"]


# -- 4. importing an export restores records as given -----------------------------------
OLD = datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC)


def _export_doc() -> dict:
    when = When(value="2019-05-01", start=date(2019, 5, 1), end=date(2019, 5, 1))
    art = Article(id="a1", published=date(2019, 5, 1), text="Trump said so.")
    evs = [
        Event(
            id="a1-e0",
            when=when,
            title="Said so",
            actors=["trump"],
            article_id="a1",
            created=OLD,
            updated=OLD,
        ),
        Event(id="m-1", when=when, title="By hand", origin="manual", created=OLD, updated=OLD),
    ]
    actors = [Actor(id="trump", name="Trump")]
    dump = lambda rs: [r.model_dump(mode="json") for r in rs]  # noqa: E731
    return {"format": "dateline", "version": 1, "articles": dump([art]), "events": dump(evs),
            "actors": dump(actors), "quotes": []}  # fmt: skip


def test_import_keeps_created_and_updated(tmp_path):
    dump = tmp_path / "dump.json"
    dump.write_text(json.dumps(_export_doc()))
    with EventStore(tmp_path / "s.json") as store:
        store.add_actor(Actor(id="donald-trump", name="Donald Trump", aliases=["Trump"]))
        import_file(store, dump)
        for ev in store.events():
            assert (ev.created, ev.updated) == (OLD, OLD), ev.id
        assert store.event("a1-e0").actors == ["trump"]  # a restore keeps ids as given
        store.update_event(store.event("m-1"))  # an edit still stamps its time
        assert store.event("m-1").updated > OLD


def test_cli_import_keeps_updated(tmp_path):
    dump = tmp_path / "dump.json"
    dump.write_text(json.dumps(_export_doc()))
    db = tmp_path / "s.json"
    assert run("import", str(dump), db=db).returncode == 0
    again = json.loads(run("export", "-f", "json", db=db).stdout)
    assert {e["updated"] for e in again["events"]} == {"2020-01-02T03:04:05Z"}


def test_ingest_stamps_now_and_ignores_given_updated(tmp_path):
    when = When(value="2019-05-01", start=date(2019, 5, 1), end=date(2019, 5, 1))
    ev = Event(id="a1-e0", when=when, title="x", article_id="a1", updated=OLD)
    with EventStore(tmp_path / "s.json") as store:
        art = Article(id="a1", published=date(2019, 5, 1), text="x")
        store.add_extraction(art, Extraction(article_id="a1", events=[ev]))
        assert store.event("a1-e0").updated > OLD


def test_initials_with_and_without_dots_are_one_actor(tmp_path):
    def file(aid: str, actor: Actor) -> None:
        when = When(value="2025-06-02", start=date(2025, 6, 2), end=date(2025, 6, 2))
        ev = Event(id=f"{aid}-e0", when=when, title="x", actors=[actor.id], article_id=aid)
        art = Article(id=aid, published=date(2025, 6, 2), text=aid)
        store.add_extraction(art, Extraction(article_id=aid, actors=[actor], events=[ev]))

    with EventStore(tmp_path / "s.json") as store:
        org = "organization"
        file("a1", Actor(id="u-s-central-command", name="U.S. Central Command", kind=org))
        file("a2", Actor(id="us-central-command", name="US Central Command", kind=org))
        assert [a.id for a in store.actors()] == ["u-s-central-command"]
        assert store.event("a2-e0").actors == ["u-s-central-command"]
