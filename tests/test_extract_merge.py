"""merge_actors: one actor per real entity across articles, never a guess by surname."""

from __future__ import annotations

from store.extract import merge_actors
from store.models import Actor
from tests.extract_helpers import actors


def person(name: str, *aliases: str, desc: str = "") -> Actor:
    from store.models import slugify

    return Actor(
        id=slugify(name), name=name, kind="person", aliases=list(aliases), description=desc
    )


def test_merge_by_canonical_name_and_alias() -> None:
    old = [person("Donald Trump", "Trump")]
    new = [person("Donald Trump", "President Trump", desc="US President"), person("Steve Witkoff")]
    merged, renames = merge_actors(old, new)
    assert [a.name for a in merged] == ["Donald Trump", "Steve Witkoff"]
    assert set(merged[0].aliases) == {"Trump", "President Trump"}
    assert merged[0].description == "US President"
    assert renames == {"donald-trump": "donald-trump", "steve-witkoff": "steve-witkoff"}


def test_merge_by_full_name_alias() -> None:
    old = [person("Majed Al Ansari", "Al Ansari")]
    new = [person("Majed al-Ansari", "Majed Al Ansari")]
    merged, renames = merge_actors(old, new)
    assert len(merged) == 1
    assert renames["majed-al-ansari"] == "majed-al-ansari"


def test_merge_never_joins_different_people_by_surname() -> None:
    old = [person("Fidel Ortega", "Ortega")]
    new = [person("Raul Ortega", "Ortega")]
    merged, renames = merge_actors(old, new)
    assert [a.name for a in merged] == ["Fidel Ortega", "Raul Ortega"]
    assert renames == {"raul-ortega": "raul-ortega"}


def test_merge_does_not_mutate_inputs() -> None:
    old = [person("Donald Trump")]
    merge_actors(old, [person("Donald Trump", "Trump")])
    assert old[0].aliases == []


def test_merge_pieces_of_one_article_join_a_unique_surname() -> None:
    old = [person("Donald Trump", "Trump"), person("Mark Rutte")]
    merged, renames = merge_actors(old, [person("Trump")], same_article=True)
    assert [a.name for a in merged] == ["Donald Trump", "Mark Rutte"]
    assert renames == {"trump": "donald-trump"}
    # across articles the bare surname stays apart
    merged, renames = merge_actors(old, [person("Trump")])
    assert renames == {"trump": "trump"}


def test_two_countries_ministries_never_merge_across_articles() -> None:
    a = actors("Norway's Ministry of Fisheries said quotas would fall.")
    b = actors("Chile's Ministry of Fisheries said quotas would rise.")
    merged, _ = merge_actors(list(a.values()), list(b.values()))
    names = {x.name for x in merged}
    assert {"Norway's Ministry of Fisheries", "Chile's Ministry of Fisheries"} <= names


def test_merge_ignores_dots_in_initials() -> None:
    a = actors("U.S. Coast Command said the ship was found.")
    b = actors("US Coast Command said the ship was towed.")
    merged, renames = merge_actors(list(a.values()), list(b.values()))
    assert [x.name for x in merged if "Coast Command" in x.name] == ["U.S. Coast Command"]
