"""A bare surname folded into its person travels with a dateline JSON export: after an
export and an import into a new store, a later article that splits the surname off gives
the bare actor back as it was filed, as it would in the store it came from."""

from __future__ import annotations

import json

import pytest

from store import (
    Actor,
    Article,
    EventStore,
    Extraction,
    IngestError,
    export_timeline,
    import_file,
)
from tests.test_store_surnames import filed_item

# invented articles: (text, day, actors named)
CLERK = "Novak, the town clerk of Zenda, said on Friday she would stand down."
ANNA = "Anna Novak spoke on Monday. Novak said the bridge would reopen."
PETR = "Petr Novak spoke on Tuesday. Novak said the mill would close."
BARE = Actor(id="novak", name="Novak", description="town clerk of Zenda")
ARTICLES = {
    "z1": (CLERK, 6, [BARE]),
    "z2": (ANNA, 2, [Actor(id="anna-novak", name="Anna Novak", aliases=["Novak"])]),
    "z3": (PETR, 3, [Actor(id="petr-novak", name="Petr Novak", aliases=["Novak"])]),
}


def _item(aid: str) -> tuple[Article, Extraction]:
    return filed_item(ARTICLES, aid)


def _folded_export(path) -> bytes:
    with EventStore(path) as store:
        store.add_extractions([_item("z1")])
        store.add_extractions([_item("z2")])
        assert store.actor("novak") is None  # folded into the one Novak called so
        return export_timeline(store, "json")


def test_the_fold_survives_an_export_and_import(tmp_path):
    data = _folded_export(tmp_path / "a.json")
    assert [f["id"] for f in json.loads(data)["folded"]] == ["novak"]
    backup = tmp_path / "backup.json"
    backup.write_bytes(data)
    with EventStore(tmp_path / "b.json") as store:
        import_file(store, backup)
        import_file(store, backup)  # twice: nothing doubles
        assert [f["id"] for f in store.folded_surnames()] == ["novak"]
        store.add_extractions([_item("z3")])  # a second Novak: the bare one leaves again
        assert store.actor("novak").description == "town clerk of Zenda"
        assert store.actor("anna-novak").description == ""
        assert store.folded_surnames() == []  # given back, not kept twice


def test_an_export_with_nothing_folded_has_no_folded_key(tmp_path):
    with EventStore(tmp_path / "a.json") as store:
        store.add_extractions([_item("z2")])
        assert "folded" not in json.loads(export_timeline(store, "json"))


def test_malformed_folded_records_are_refused_before_anything_is_written(tmp_path):
    doc = json.loads(_folded_export(tmp_path / "a.json"))
    doc["folded"] = [{"id": "novak"}]  # no `into`
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    with EventStore(tmp_path / "b.json") as store:
        with pytest.raises(IngestError, match="folded"):
            import_file(store, bad)
        assert store.articles() == []
