"""Place data: countries (demonyms, capital, other names), US states, large cities and
regions, read from `data/countries.txt`, `data/us_states.txt` and `data/regions.txt`.

Plain general knowledge, kept apart from the lookup code in `gazetteer.py`.
"""

from __future__ import annotations

from store.extract.wordlists import _lines

# "name|demonyms|capital|other names" lines, in file order (later lines win a clash)
COUNTRIES_TABLE: list[str] = _lines("countries.txt")
US_STATES: dict[str, tuple[str, ...]] = {
    state: tuple(a for a in abbrs.split(",") if a)
    for state, abbrs in (ln.split("|") for ln in _lines("us_states.txt"))
}
CITIES: list[str] = _lines("regions.txt")
