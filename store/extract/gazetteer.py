"""Places, demonyms and organisation words: a compact, hand-written gazetteer.

General world knowledge (countries with their demonyms and capitals, US states,
large cities, regions), so that "Qatari officials" links to Qatar, "Tehran" said
stands for Iran, and "Ministry"/"Corp." mark organisations.
"""

from __future__ import annotations

# country: (demonyms/adjectives, capital, other names)
_COUNTRIES = """
Afghanistan|Afghan,Afghans|Kabul|
Albania|Albanian,Albanians|Tirana|
Algeria|Algerian,Algerians|Algiers|
Angola|Angolan,Angolans|Luanda|
Argentina|Argentine,Argentinian,Argentines,Argentinians|Buenos Aires|
Armenia|Armenian,Armenians|Yerevan|
Australia|Australian,Australians|Canberra|
Austria|Austrian,Austrians|Vienna|
Azerbaijan|Azerbaijani,Azeri,Azerbaijanis,Azeris|Baku|
Bahrain|Bahraini,Bahrainis|Manama|
Bangladesh|Bangladeshi,Bangladeshis|Dhaka|
Belarus|Belarusian,Belarusians|Minsk|
Belgium|Belgian,Belgians|Brussels|
Bolivia|Bolivian,Bolivians|La Paz|
Bosnia|Bosnian,Bosnians|Sarajevo|Bosnia and Herzegovina,Bosnia-Herzegovina
Brazil|Brazilian,Brazilians|Brasilia|
Bulgaria|Bulgarian,Bulgarians|Sofia|
Burma|Burmese|Rangoon|Myanmar
Cambodia|Cambodian,Cambodians|Phnom Penh|
Cameroon|Cameroonian,Cameroonians|Yaounde|
Canada|Canadian,Canadians|Ottawa|
Chad|Chadian,Chadians|N'Djamena|
Chile|Chilean,Chileans|Santiago|
China|Chinese|Beijing|People's Republic of China,PRC
Colombia|Colombian,Colombians|Bogota|
Congo|Congolese|Kinshasa|Democratic Republic of Congo,Democratic Republic of the Congo,DRC,Zaire
Costa Rica|Costa Rican,Costa Ricans|San Jose|
Croatia|Croatian,Croatians,Croat,Croats|Zagreb|
Cuba|Cuban,Cubans|Havana|
Cyprus|Cypriot,Cypriots|Nicosia|
Czech Republic|Czech,Czechs|Prague|Czechia
Czechoslovakia|Czechoslovak,Czechoslovakian||
Denmark|Danish,Dane,Danes|Copenhagen|
Dominican Republic|Dominican,Dominicans|Santo Domingo|
Ecuador|Ecuadorian,Ecuadorians|Quito|
Egypt|Egyptian,Egyptians|Cairo|
El Salvador|Salvadoran,Salvadorans|San Salvador|
Eritrea|Eritrean,Eritreans|Asmara|
Estonia|Estonian,Estonians|Tallinn|
Ethiopia|Ethiopian,Ethiopians|Addis Ababa|
Finland|Finnish,Finn,Finns|Helsinki|
France|French,Frenchman,Frenchmen|Paris|
Georgia|Georgian,Georgians|Tbilisi|
Germany|German,Germans|Berlin|West Germany,East Germany
Ghana|Ghanaian,Ghanaians|Accra|
Greece|Greek,Greeks|Athens|
Guatemala|Guatemalan,Guatemalans|Guatemala City|
Haiti|Haitian,Haitians|Port-au-Prince|
Honduras|Honduran,Hondurans|Tegucigalpa|
Hungary|Hungarian,Hungarians|Budapest|
Iceland|Icelandic,Icelanders|Reykjavik|
India|Indian,Indians|New Delhi|
Indonesia|Indonesian,Indonesians|Jakarta|
Iran|Iranian,Iranians|Tehran|Islamic Republic
Iraq|Iraqi,Iraqis|Baghdad|
Ireland|Irish|Dublin|
Israel|Israeli,Israelis|Jerusalem|
Italy|Italian,Italians|Rome|
Ivory Coast|Ivorian,Ivorians|Abidjan|Cote d'Ivoire
Jamaica|Jamaican,Jamaicans|Kingston|
Japan|Japanese|Tokyo|
Jordan|Jordanian,Jordanians|Amman|
Kazakhstan|Kazakh,Kazakhs|Astana|
Kenya|Kenyan,Kenyans|Nairobi|
Kosovo|Kosovar,Kosovars||
Kuwait|Kuwaiti,Kuwaitis|Kuwait City|
Kyrgyzstan|Kyrgyz|Bishkek|
Laos|Lao,Laotian,Laotians|Vientiane|
Latvia|Latvian,Latvians|Riga|
Lebanon|Lebanese|Beirut|
Liberia|Liberian,Liberians|Monrovia|
Libya|Libyan,Libyans|Tripoli|
Lithuania|Lithuanian,Lithuanians|Vilnius|
Luxembourg|Luxembourgish||
Macedonia|Macedonian,Macedonians|Skopje|North Macedonia
Malaysia|Malaysian,Malaysians|Kuala Lumpur|
Mali|Malian,Malians|Bamako|
Mexico|Mexican,Mexicans|Mexico City|
Moldova|Moldovan,Moldovans|Chisinau|
Mongolia|Mongolian,Mongolians|Ulan Bator|
Montenegro|Montenegrin,Montenegrins|Podgorica|
Morocco|Moroccan,Moroccans|Rabat|
Mozambique|Mozambican,Mozambicans|Maputo|
Namibia|Namibian,Namibians|Windhoek|
Nepal|Nepali,Nepalese|Kathmandu|
Netherlands|Dutch|Amsterdam|Holland
New Zealand|New Zealander,New Zealanders|Wellington|
Nicaragua|Nicaraguan,Nicaraguans|Managua|
Niger|Nigerien||
Nigeria|Nigerian,Nigerians|Abuja|
North Korea|North Korean,North Koreans|Pyongyang|
Norway|Norwegian,Norwegians|Oslo|
Oman|Omani,Omanis|Muscat|
Pakistan|Pakistani,Pakistanis|Islamabad|
Palestine|Palestinian,Palestinians|Ramallah|Palestinian territories
Panama|Panamanian,Panamanians|Panama City|
Paraguay|Paraguayan,Paraguayans|Asuncion|
Peru|Peruvian,Peruvians|Lima|
Philippines|Philippine,Filipino,Filipinos|Manila|
Poland|Polish,Pole,Poles|Warsaw|
Portugal|Portuguese|Lisbon|
Qatar|Qatari,Qataris|Doha|
Romania|Romanian,Romanians|Bucharest|
Russia|Russian,Russians|Moscow|Russian Federation
Rwanda|Rwandan,Rwandans|Kigali|
Saudi Arabia|Saudi,Saudis|Riyadh|
Senegal|Senegalese|Dakar|
Serbia|Serbian,Serbians,Serb,Serbs|Belgrade|
Sierra Leone|Sierra Leonean||
Singapore|Singaporean,Singaporeans||
Slovakia|Slovak,Slovaks,Slovakian|Bratislava|
Slovenia|Slovenian,Slovenians,Slovene,Slovenes|Ljubljana|
Somalia|Somali,Somalis|Mogadishu|
South Africa|South African,South Africans|Pretoria|
South Korea|South Korean,South Koreans|Seoul|Korea
South Sudan|South Sudanese|Juba|
Soviet Union|Soviet,Soviets|Moscow|USSR,U.S.S.R.
Spain|Spanish,Spaniard,Spaniards|Madrid|
Sri Lanka|Sri Lankan,Sri Lankans|Colombo|
Sudan|Sudanese|Khartoum|
Sweden|Swedish,Swede,Swedes|Stockholm|
Switzerland|Swiss|Bern|
Syria|Syrian,Syrians|Damascus|
Taiwan|Taiwanese|Taipei|
Tajikistan|Tajik,Tajiks|Dushanbe|
Tanzania|Tanzanian,Tanzanians|Dodoma|
Thailand|Thai,Thais|Bangkok|
Tunisia|Tunisian,Tunisians|Tunis|
Turkey|Turkish,Turk,Turks|Ankara|Turkiye
Turkmenistan|Turkmen||
Uganda|Ugandan,Ugandans|Kampala|
Ukraine|Ukrainian,Ukrainians|Kyiv|Kiev
United Arab Emirates|Emirati,Emiratis|Abu Dhabi|UAE,U.A.E.
United Kingdom|British,Briton,Britons|London|Britain,Great Britain,UK,U.K.,England
United States|American,Americans|Washington|U.S.,US,USA,U.S.A.,America,United States of America
Uruguay|Uruguayan,Uruguayans|Montevideo|
Uzbekistan|Uzbek,Uzbeks|Tashkent|
Venezuela|Venezuelan,Venezuelans|Caracas|
Vietnam|Vietnamese|Hanoi|
Yemen|Yemeni,Yemenis|Sanaa|
Yugoslavia|Yugoslav,Yugoslavs|Belgrade|
Zambia|Zambian,Zambians|Lusaka|
Zimbabwe|Zimbabwean,Zimbabweans|Harare|
Scotland|Scottish,Scot,Scots|Edinburgh|
Wales|Welsh|Cardiff|
"""

US_STATES: dict[str, tuple[str, ...]] = {
    "Alabama": ("Ala.", "AL"),
    "Alaska": ("Alas.",),
    "Arizona": ("Ariz.",),
    "Arkansas": ("Ark.",),
    "California": ("Calif.", "Cal."),
    "Colorado": ("Colo.",),
    "Connecticut": ("Conn.",),
    "Delaware": ("Del.",),
    "Florida": ("Fla.",),
    "Hawaii": (),
    "Idaho": (),
    "Illinois": ("Ill.",),
    "Indiana": ("Ind.",),
    "Iowa": (),
    "Kansas": ("Kan.", "Kans."),
    "Kentucky": ("Ky.",),
    "Louisiana": ("La.",),
    "Maine": (),
    "Maryland": ("Md.",),
    "Massachusetts": ("Mass.",),
    "Michigan": ("Mich.",),
    "Minnesota": ("Minn.",),
    "Mississippi": ("Miss.",),
    "Missouri": ("Mo.",),
    "Montana": ("Mont.",),
    "Nebraska": ("Neb.", "Nebr."),
    "Nevada": ("Nev.",),
    "New Hampshire": ("N.H.",),
    "New Jersey": ("N.J.",),
    "New Mexico": ("N.M.",),
    "New York": ("N.Y.",),
    "North Carolina": ("N.C.",),
    "North Dakota": ("N.D.",),
    "Ohio": (),
    "Oklahoma": ("Okla.",),
    "Oregon": ("Ore.", "Oreg."),
    "Pennsylvania": ("Pa.", "Penn."),
    "Rhode Island": ("R.I.",),
    "South Carolina": ("S.C.",),
    "South Dakota": ("S.D.",),
    "Tennessee": ("Tenn.",),
    "Texas": ("Tex.",),
    "Utah": (),
    "Vermont": ("Vt.",),
    "Virginia": ("Va.",),
    "West Virginia": ("W.Va.",),
    "Wisconsin": ("Wis.",),
    "Wyoming": ("Wyo.",),
    "District of Columbia": ("D.C.",),
    "Puerto Rico": (),
}

# Large cities and regions (not capitals of countries, which come with the countries).
_CITIES = """
New York City,Los Angeles,Chicago,Houston,Philadelphia,Phoenix,San Antonio,San Diego,Dallas,
San Francisco,Boston,Seattle,Denver,Detroit,Atlanta,Miami,Baltimore,Cleveland,Pittsburgh,
St. Louis,Minneapolis,New Orleans,Las Vegas,Portland,Buffalo,Sacramento,Orlando,Tampa,
Honolulu,Anchorage,Milwaukee,Cincinnati,Kansas City,Memphis,Nashville,Austin,Birmingham,
Brooklyn,Manhattan,Queens,Bronx,Staten Island,Silicon Valley,Hollywood,Wall Street,
Toronto,Montreal,Vancouver,Quebec,Ontario,Alberta,British Columbia,Manchester,Liverpool,
Glasgow,Belfast,Oxford,Cambridge,Geneva,Zurich,Frankfurt,Munich,Hamburg,Milan,Naples,
Venice,Florence,Barcelona,Marseille,Lyon,Rotterdam,The Hague,Antwerp,St. Petersburg,
Istanbul,Dubai,Mecca,Medina,Jeddah,Basra,Mosul,Aleppo,Gaza,Gaza Strip,West Bank,Golan Heights,
Tel Aviv,Haifa,Hebron,Bethlehem,Nazareth,Mumbai,Bombay,Calcutta,Kolkata,Karachi,Lahore,
Shanghai,Hong Kong,Macau,Guangzhou,Shenzhen,Osaka,Kyoto,Hiroshima,Sydney,Melbourne,
Brisbane,Perth,Auckland,Johannesburg,Cape Town,Durban,Lagos,Casablanca,Alexandria,
Sao Paulo,Rio de Janeiro,Guadalajara,Monterrey,Tijuana,Crimea,Donbas,Kharkiv,Odesa,
Chechnya,Siberia,Kashmir,Tibet,Xinjiang,Darfur,Kurdistan,Sinai,Balkans,Caucasus,
Scandinavia,Catalonia,Bavaria,Normandy,Sicily,Sardinia,Corsica,Greenland,
Europe,Asia,Africa,North America,South America,Latin America,Central America,Antarctica,
Middle East,Near East,Far East,Southeast Asia,Central Asia,East Asia,South Asia,
Eastern Europe,Western Europe,Persian Gulf,Gulf,Caribbean,Pacific,Atlantic,Mediterranean,
Arctic,Red Sea,Black Sea,Baltic,Balkans,Horn of Africa,Sahara,Sahel,Strait of Hormuz,
Northern Ireland,South Florida,New England,Midwest,Dar es Salaam,Mombasa,Kampala,Khartoum,
Addis Ababa,Lagos,Accra,Harare,Kinshasa,Luanda,Tripoli,Benghazi,Tunis,Algiers,Rabat,Dakar,
Kandahar,Herat,Peshawar,Quetta,Kathmandu,Dhaka,Colombo,Yangon,Hanoi,Ho Chi Minh City,
Phnom Penh,Vientiane,Bangkok,Jakarta,Manila,Kuala Lumpur,Singapore,Seoul,Pyongyang,Taipei,
Vladivostok,Novosibirsk,Minsk,Kiev,Chisinau,Vilnius,Riga,Tallinn,Warsaw,Krakow,Gdansk
"""

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
    for line in _COUNTRIES.strip().splitlines():
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
    for c in _CITIES.replace("\n", "").split(","):
        c = c.strip()
        if c:
            place_alias.setdefault(c, c)
    return place_alias, demonym, capital, plurals


PLACE_ALIAS, DEMONYM, CAPITAL, DEMONYM_PLURALS = _build()
COUNTRIES: frozenset[str] = frozenset(
    line.split("|")[0] for line in _COUNTRIES.strip().splitlines()
)


def place_name(surface: str) -> str | None:
    """Canonical place for a surface form, capitals kept as themselves."""
    if surface in PLACE_ALIAS:
        return PLACE_ALIAS[surface]
    if surface in CAPITAL:
        return surface
    return None


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
    "Gulf Isle Bay Sierra Rio Los Las El La".split()
)
PLACE_HEADS: frozenset[str] = frozenset(
    """
    Garden Gardens Square Park Street Avenue Airport Island Islands River Valley Mountains
    Lake Bay Strait Sea Ocean Province Region County Heights Bridge Palace Plaza Canal
    Peninsula Desert Coast Beach Harbor Harbour Port Gulf Hills Hill Forest District
    Boulevard Straits Road City Highway Stadium Arena Village Town Township Borough
    """.split()
)

# Named movements and peoples that are groups rather than organisations.
GROUP_NAMES: frozenset[str] = frozenset(
    """
    Republicans Democrats Conservatives Liberals Socialists Communists Kurds Pashtuns
    Tamils Sunnis Shiites Shias Christians Muslims Jews Catholics Protestants Hindus
    Sikhs Buddhists Arabs Berbers Bedouins Roma Uighurs Uyghurs Rohingya Houthis
    """.split()
)
