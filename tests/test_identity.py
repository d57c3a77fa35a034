"""Actor identity in one module: plain data in and out, and the same answer in any order."""

from __future__ import annotations

import ast
import itertools
import json
import random
from datetime import date
from pathlib import Path

import pytest

from store import EventStore
from store.formats.articles import ArticleInput
from store.identity import combine, same_actor
from store.identity_filing import file_actors
from store.ingest import build_article, ingest_paths
from store.models import Actor

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize(
    "module",
    [
        "store/db/event_store.py",
        "store/identity.py",
        "store/identity_filing.py",
        "store/db/actor_filing.py",
    ],
)
def test_identity_and_db_import_nothing_from_extract(module):
    """The store files records; extraction finds them; neither decides the other's job."""
    bad = [
        m for m in _imports(ROOT / module) if m == "store.extract" or m.startswith("store.extract.")
    ]
    assert bad == []


def test_actor_keys_module_is_gone_into_identity():
    assert not (ROOT / "store" / "actor_keys.py").exists()


# -- order-free merging on plain data -------------------------------------------------
def org(name: str, *aliases: str, desc: str = "") -> Actor:
    from store.models import slugify

    return Actor(id=slugify(name), name=name, kind="organization", aliases=list(aliases),
                 description=desc)  # fmt: skip


def test_combine_depends_on_the_set_not_the_order():
    a = org("US Coast Command", desc="the coast guard")
    b = org("U.S. Coast Command", "USCC", desc="coast guard of the United States")
    one, two = combine([a, b]), combine([b, a])
    assert one == two
    assert one.name == "U.S. Coast Command" and one.id == "u-s-coast-command"
    assert one.aliases == ["US Coast Command", "USCC"]
    assert one.description == "coast guard of the United States"


def test_a_capital_named_for_its_country_is_no_evidence():
    country = Actor(id="ruritania", name="Ruritania", kind="place", aliases=["Strelsau"])
    city = Actor(id="strelsau", name="Strelsau", kind="place")
    assert not same_actor(country, city)


def test_filing_renames_a_stored_actor_to_the_fuller_name():
    from store.identity_filing import ActorKeys

    stored = org("US Coast Command")
    keys = ActorKeys({stored.id: "us coast command"}, {stored.id: "organization"})
    new = org("U.S. Coast Command")
    filing = file_actors([new], {stored.id: stored}, keys)
    assert filing.folds == {"us-coast-command": "u-s-coast-command"}
    assert [a.name for a in filing.put] == ["U.S. Coast Command"]


# -- the same articles in any order give the same store ---------------------------------
ARTICLES = [  # invented; published dates are the day of June 2025
    ("Prime Minister Jane Roe of Ruritania met reporters on Monday. Roe said the border "
     "would reopen on Friday.", 2),
    ('"The border stays shut," Roe said on Tuesday.', 3),
    ("Peter Roe, the finance minister, said on Wednesday that taxes would rise. Roe added "
     "that the budget was final.", 4),
    ("U.S. Coast Command said on Thursday the ship was found near Strelsau.", 5),
    ("US Coast Command said on Friday the ship was towed. Jane Roe, the prime minister, "
     "thanked the crews.", 6),
    ("The Ruritanian Fisheries Board said on Monday that quotas would fall.", 9),
]  # fmt: skip


def _snapshot(store: EventStore) -> tuple:
    actors = tuple(sorted(a.model_dump_json() for a in store.actors()))
    events = tuple(sorted((e.id, tuple(e.actors)) for e in store.events()))
    quotes = tuple(sorted((q.id, q.speaker or "") for q in store.quotes()))
    return actors, events, quotes


def _file_in_order(tmp_path: Path, order: tuple[int, ...], tag: str) -> tuple:
    from store.extract import extract_article

    with EventStore(tmp_path / f"{tag}.json") as store:
        for i in order:
            text, day = ARTICLES[i]
            inp = ArticleInput(text=text, origin="t", title="", source="", url="", published=None)
            art = build_article(inp, date(2025, 6, day))
            store.add_extraction(art, extract_article(art.text, art.published, art.id))
        return _snapshot(store)


def test_filing_order_does_not_change_the_actors(tmp_path):
    orders = list(itertools.permutations(range(len(ARTICLES))))
    picked = [orders[0], orders[-1], *random.Random(7).sample(orders, 10)]
    results = {_file_in_order(tmp_path, o, f"s{n}") for n, o in enumerate(picked)}
    assert len(results) == 1
    ((actors, _, _),) = results
    names = {json.loads(a)["name"] for a in actors}
    assert {"Jane Roe", "Peter Roe", "Roe", "U.S. Coast Command"} <= names
    assert "US Coast Command" not in names


def _export(db: Path) -> dict:
    with EventStore(db) as store:
        from store.transfer import export_timeline

        doc = json.loads(export_timeline(store, "json"))
    for table in doc.values():  # timestamps aside
        for rec in table if isinstance(table, list) else []:
            for stamp in ("created", "updated", "ingested_at"):
                rec.pop(stamp, None)
    doc.pop("exported", None)
    return doc


def test_ingest_gives_one_export_whatever_the_order_and_jobs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    filler = [(f"The Ruritanian Harbour Office said on Monday that pier {n} would close.", 9)
              for n in range(18)]  # fmt: skip
    paths = []
    for n, (text, day) in enumerate(ARTICLES + filler):  # over POOL_MIN_FILES: a real pool
        p = folder / f"a{n:02}.md"
        p.write_text(f"---\npublished: 2025-06-{day:02}\n---\n{text}\n")
        paths.append(str(p))
    for name in ("copy-a", "copy-b"):  # one text saved twice with other details
        p = folder / f"{name}.md"
        p.write_text(f"---\ntitle: {name}\npublished: 2025-06-09\n---\n{ARTICLES[5][0]}\n")
        paths.append(str(p))
    exports = []
    for jobs, seed in ((1, 1), (2, 2), (1, 3)):
        order = paths[:]
        random.Random(seed).shuffle(order)
        db = tmp_path / f"j{jobs}-{seed}.json"
        with EventStore(db) as store:
            report = ingest_paths(store, order, workers=jobs, batch_size=2)
            assert not report.failed and len(report.added) == len(paths) - 2
        exports.append(_export(db))
    assert exports[0] == exports[1] == exports[2]


def test_fixtures_ingest_alike_in_any_order_and_jobs(tmp_path, monkeypatch):
    import store.ingest

    monkeypatch.setattr(store.ingest, "POOL_MIN_FILES", 0)  # a real pool for ten files
    files = sorted(str(p) for p in (ROOT / "fixtures").glob("*.md") if p.name[0].isdigit())
    assert len(files) >= 8
    exports = []
    for jobs, seed in ((1, 4), (2, 5)):
        order = files[:]
        random.Random(seed).shuffle(order)
        db = tmp_path / f"f{jobs}.json"
        with EventStore(db) as store:
            assert not ingest_paths(store, order, workers=jobs).failed
        exports.append(_export(db))
    assert exports[0] == exports[1]
    assert len(exports[0]["actors"]) > 20
