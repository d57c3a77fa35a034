"""Place data: countries (demonyms, capital, other names), US states, large cities.

Plain general knowledge, kept apart from the lookup code in `gazetteer.py`.
"""

from __future__ import annotations

# country: (demonyms/adjectives, capital, other names)
COUNTRIES_TABLE = """
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
CITIES_TABLE = """
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
Northern Ireland,South Florida,New England,Midwest,Isfahan,Esfahan,Tabriz,Mashhad,Shiraz,Qom,
Bandar Abbas,Erbil,Kirkuk,Fallujah,Ramadi,Homs,Idlib,Raqqa,Sidon,Tyre,Rafah,Khan Younis,
Jenin,Nablus,
Dar es Salaam,Mombasa,Kampala,Khartoum,
Addis Ababa,Lagos,Accra,Harare,Kinshasa,Luanda,Tripoli,Benghazi,Tunis,Algiers,Rabat,Dakar,
Kandahar,Herat,Peshawar,Quetta,Kathmandu,Dhaka,Colombo,Yangon,Hanoi,Ho Chi Minh City,
Phnom Penh,Vientiane,Bangkok,Jakarta,Manila,Kuala Lumpur,Singapore,Seoul,Pyongyang,Taipei,
Vladivostok,Novosibirsk,Minsk,Kiev,Chisinau,Vilnius,Riga,Tallinn,Warsaw,Krakow,Gdansk
"""
