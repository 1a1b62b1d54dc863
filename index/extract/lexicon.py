"""General word lists the figure extractor reads: people nouns, demonyms, months, cue words.

Nothing here names a particular incident, place or outlet. The lists are the sort of
gazetteer a wire editor carries in their head: which nouns count people, which count
attackers or responders, which adjectives are nationalities, which words are months.
"""

from __future__ import annotations

from pathlib import Path


def word_set(words: str) -> frozenset[str]:
    """Return the whitespace-separated words of ``words`` as a set (lists read as prose)."""
    return frozenset(words.split())


MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
"""Month names and their usual wire abbreviations, lower-case, to month numbers."""

MONTH_NAMES: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
"""Full month names, capitalised, in calendar order."""

WEEKDAYS: frozenset[str] = word_set(
    "monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thur thurs fri sat sun"
)
"""Weekday names and abbreviations, lower-case."""

# Nouns that count people in general or in a role. Plural forms; the singular forms
# are derived below for "one soldier was wounded".
GENERIC_PEOPLE: frozenset[str] = word_set(
    "people persons individuals others victims survivors residents"
)
"""Heads that count everyone: a figure on them carries no narrower ``who``."""

ATTACKER_NOUNS: frozenset[str] = word_set(
    """gunmen attackers assailants militants jihadists terrorists insurgents fighters
    rebels bombers hostage-takers kidnappers extremists raiders shooters bandits pirates
    abductors captors perpetrators assassins gangsters hijackers islamists jihadis
    accomplices robbers hitmen thugs marauders carjackers hoodlums criminals"""
)
"""Heads that count the people who carried out an attack."""

RESPONDER_NOUNS: frozenset[str] = word_set(
    """police policemen policewomen officers troops soldiers gendarmes commandos
    commandoes firefighters rescuers medics paramedics divers experts investigators agents
    personnel peacekeepers marines guards reservists servicemen servicemembers
    paratroopers forces specialists responders negotiators snipers sailors airmen
    doctors nurses reinforcements volunteers detectives counsellors counselors psychologists
    therapists"""
)
"""Heads that count security or rescue staff (deployed, sent, at the scene)."""

LAW_ENFORCEMENT_NOUNS: frozenset[str] = word_set(
    """police policemen policewomen officers gendarmes gendarmerie troops soldiers army
    military forces authorities agents detectives investigators constables marshals
    sheriffs deputies prosecutors coastguard coastguards rangers"""
)
"""Nouns for those who make arrests: when they ``picked up`` people, it was an arrest."""

COMPETITOR_NOUNS: frozenset[str] = word_set(
    "runners joggers marathoners racers competitors entrants"
)
"""People in a race or a contest (``Nineteen runners were taken to hospital``)."""

CIVIC_AND_TRADE_NOUNS: frozenset[str] = word_set(
    """councillors councilors councilmen councilwomen aldermen mayors chairmen chairwomen
    chairpersons commissioners prefects riggers roofers scaffolders glaziers tilers painters
    linemen acrobats performers clowns jugglers stuntmen dancers singers musicians artists
    actresses entertainers artistes ushers hairdressers barbers butchers bakers fishmongers
    weavers potters nannies"""
)
"""Plural heads for holders of a local office and for trades and performers, which count
people as ``workers`` does (``nine councillors were taken``, ``two riggers were held``)."""

PEOPLE_NOUNS: frozenset[str] = (
    word_set(
        """people persons individuals civilians residents villagers locals inhabitants
    passengers pilgrims worshippers worshipers shoppers spectators fans students pupils
    schoolchildren children kids teachers women men girls boys babies infants adults
    teenagers teens youths minors guests tourists visitors holidaymakers employees
    staff staffers workers crew crewmen crewmembers members officials diplomats
    journalists reporters miners migrants refugees asylum-seekers protesters
    demonstrators rioters suspects detainees prisoners inmates nationals citizens
    foreigners expatriates expats hostages captives victims survivors others
    fishermen climbers hikers farmers herders relatives patients customers diners
    pedestrians motorists drivers commuters parishioners congregants athletes players
    participants attendees delegates contractors volunteers monks nuns priests clerics
    christians muslims jews hindus buddhists bystanders onlookers evacuees elderly
    pensioners friends colleagues partygoers revellers revelers
    clubgoers concertgoers festivalgoers swimmers sunbathers skiers campers travellers
    travelers truckers labourers laborers engineers technicians executives managers
    businessmen lawmakers legislators senators deputies ministers judges magistrates lawyers
    activists opposition supporters voters schoolgirls schoolboys orphans newborns
    occupants tenants homeowners shopkeepers traders vendors merchants porters
    guides rangers wardens caretakers cleaners cooks waiters waitresses bartenders
    bodyguards patrons americans britons pilots copilots co-pilots attendants stewards
    stewardesses conductors mechanics scientists researchers surgeons professors lecturers
    seafarers cadets recruits conscripts militiamen separatists loyalists troopers firemen
    lifeguards builders retirees toddlers backpackers trekkers mountaineers surfers anglers
    boaters townspeople convicts photographers cameramen marchers mourners devotees clubbers
    cyclists picnickers beachgoers churchgoers escapees fugitives smugglers
    traffickers robbers thieves looters poachers dealers arsonists killers murderers
    owners proprietors organisers organizers operators bosses directors supervisors
    foremen overseers administrators clerks cashiers tellers accountants bankers brokers
    dockworkers dockers stevedores loggers panners prospectors diggers quarrymen plumbers
    electricians carpenters masons welders bricklayers janitors gardeners housekeepers maids
    chauffeurs couriers salesmen interns apprentices trainees undergraduates schoolteachers
    headteachers landowners peasants ranchers shepherds nomads pastoralists artisans
    craftsmen tailors hawkers peddlers stallholders juveniles adolescents youngsters
    seniors veterans widows spouses wives husbands sons daughters mothers fathers siblings
    brothers sisters neighbours neighbors squatters grandsons granddaughters grandchildren
    grandparents nephews nieces cousins watchmen watchman sentries vigilantes informants
    collaborators abductees seminarians novices choristers footballers jockeys hunters
    woodcutters herdsmen fishers boatmen ferrymen deckhands stowaways comrades
    bootleggers brewers distillers sellers suppliers drinkers defendants
    cattlemen farmhands harvesters loaders accused constables clients hands presenters
    broadcasters announcers newsreaders editors producers passers-by passersby inspectors
    souls parents guardians leaders elders chiefs helpers pickers riders vaccinators
    facilitators compatriots countrymen surveyors geologists translators interpreters
    consultants analysts pharmacists dentists midwives caregivers carers pastors imams
    ratings seamen"""
    )
    | COMPETITOR_NOUNS
    | ATTACKER_NOUNS
    | RESPONDER_NOUNS
    | CIVIC_AND_TRADE_NOUNS
)
"""Plural heads that count people (the attacker and responder nouns included)."""

INMATE_NOUNS: frozenset[str] = word_set("inmates prisoners convicts escapees fugitives")
"""Heads that count people held by the state: when they are freed or break out, they are
neither hostages nor rescued victims (``freed more than 200 inmates``) but ``other``."""

# Kind nouns: a head that says by itself which kind the count is.
KIND_NOUNS: dict[str, str] = {
    "dead": "killed",
    "killed": "killed",
    "bodies": "killed",
    "corpses": "killed",
    "coffins": "killed",
    "caskets": "killed",
    "lives": "killed",
    "deceased": "killed",
    "deaths": "killed",
    "fatalities": "killed",
    "injured": "wounded",
    "wounded": "wounded",
    "hurt": "wounded",
    "injuries": "wounded",
    "missing": "missing",
    "hostages": "hostages",
    "captives": "hostages",
    "abductees": "hostages",
    "arrests": "arrested",
    "arrested": "arrested",
    "detainees": "arrested",
    "evacuees": "evacuated",
    "displaced": "evacuated",
    "evacuated": "evacuated",
    "survivors": "freed",
    "survivor": "freed",
    "body": "killed",
    "rescued": "freed",
    "freed": "freed",
}
"""Heads (``20 dead``, ``350 wounded``, ``12 arrests``) that carry their kind."""

FINAL_KIND_NOUNS: frozenset[str] = frozenset(KIND_NOUNS) - {"hostages", "captives", "abductees"}
"""Kind heads no later verb can change (``12 bodies were recovered`` stays killed)."""

THING_BLOCKERS: frozenset[str] = word_set(
    """years year months month weeks week days day hours hour minutes minute seconds
    times percent per cent km kilometres kilometers miles metres meters feet cm mm kg
    tonnes tons dollars euros pounds rupees naira shillings francs yuan yen cars
    vehicles buses trucks rooms floors storeys stories countries nationalities plots
    groups attacks incidents shots rounds rockets missiles bombs houses homes buildings
    shops schools hospitals ambulances boats vessels ships planes helicopters
    aircraft families households villages hamlets communities settlements towns
    districts farms huts tents camps shelters mosques churches cattle cows goats sheep
    camels animals livestock acres hectares litres liters gallons bottles sachets doses
    beds tyres tires jobs posts"""
)
"""Nouns after a number that make it a count of things or time, never of people. Families
and households are counted as homes, not people (``812 families`` is no figure)."""

NOT_PEOPLE_PLURALS: frozenset[str] = word_set(
    """cattle cows bulls calves oxen goats sheep camels donkeys mules horses ponies pigs
    dogs cats chickens hens fowls ducks geese birds animals elephants lions dolphins whales
    turtles monkeys chimpanzees gorillas rhinos buffaloes livestock poultry sharks crocodiles
    cars vehicles buses minibuses trucks lorries vans jeeps pickups tractors trailers tankers
    motorcycles motorbikes bicycles bikes trains wagons carriages coaches boats canoes
    vessels ships ferries barges trawlers dhows yachts planes jets helicopters drones
    houses homes buildings shops stalls kiosks stores warehouses factories offices
    schools hospitals clinics churches mosques temples markets bridges roads walls roofs
    stations depots banks hotels apartments flats structures premises properties sites
    huts tents camps shelters farms villages towns classrooms wards dormitories halls rooms
    cabins compartments
    metres meters kilometres kilometers miles feet inches tonnes tons kilograms kilos
    grams litres liters gallons barrels hectares acres dollars euros pounds pesos rupees
    naira cedis shillings francs dinars dirhams riyals kwacha rand yuan yen cents
    weapons guns rifles pistols bullets rounds shells bombs rockets missiles mines grenades
    items documents phones computers files records goods crates boxes bags sacks bales
    containers cylinders bottles sachets tyres tires trees crops fields"""
)
"""Plurals known to count things, animals, vehicles, buildings, measures or money: a
casualty verb after one (``five goats were killed``) still counts no people."""

FILLER_ADJECTIVES: frozenset[str] = word_set(
    "elite armed heavily other more further additional remaining some"
)
"""Modifiers left out of a figure's ``who`` (``50 elite armed police`` → ``police``)."""

# Nationality adjectives; many are also used as plural nouns (``10 Chinese``).
NATIONALITY_ADJECTIVES: frozenset[str] = word_set(
    """Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian
    Australian Austrian Azerbaijani Bahraini Bangladeshi Belarusian Belgian Beninese
    Bolivian Bosnian Brazilian British Bulgarian Burkinabe Burmese Burundian Cambodian
    Cameroonian Canadian Chadian Chilean Chinese Colombian Congolese Croatian Cuban
    Cypriot Czech Danish Djiboutian Dominican Dutch Ecuadorian Egyptian Emirati English
    Eritrean Estonian Ethiopian Fijian Filipino Finnish French Gabonese Gambian Georgian
    German Ghanaian Greek Guatemalan Guinean Haitian Honduran Hungarian Icelandic Indian
    Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese Jordanian
    Kazakh Kenyan Korean Kosovar Kuwaiti Kyrgyz Lao Latvian Lebanese Liberian Libyan
    Lithuanian Luxembourgish Macedonian Malagasy Malawian Malaysian Malian Maltese
    Mauritanian Mexican Moldovan Mongolian Montenegrin Moroccan Mozambican Namibian
    Nepalese Nepali Nicaraguan Nigerian Nigerien Norwegian Omani Pakistani Palestinian
    Panamanian Paraguayan Peruvian Polish Portuguese Qatari Romanian Russian Rwandan
    Salvadoran Saudi Scottish Senegalese Serbian Sierra Singaporean Slovak Slovenian
    Somali Somalian South Spanish Sri Sudanese Surinamese Swedish Swiss Syrian Taiwanese
    Tajik Tanzanian Thai Togolese Tunisian Turkish Turkmen Ugandan Ukrainian Uruguayan
    Uzbek Venezuelan Vietnamese Welsh Yemeni Zambian Zimbabwean Arab Kurdish Western
    European African Asian Latin Gulf Franco-Gabonese US U.S. UK U.K. UN U.N."""
)
"""Nationality and region adjectives, capitalised as written."""

DEMONYM_NOUNS: frozenset[str] = word_set(
    """Afghans Albanians Algerians Americans Argentines Armenians Australians Austrians
    Bangladeshis Belgians Bolivians Bosnians Brazilians Britons Brits Bulgarians
    Burkinabes Cambodians Cameroonians Canadians Chileans Colombians Croatians Cubans
    Cypriots Czechs Danes Dutchmen Ecuadorians Egyptians Emiratis Englishmen Eritreans
    Ethiopians Filipinos Finns Frenchmen Georgians Germans Ghanaians Greeks Guatemalans
    Guineans Haitians Hondurans Hungarians Indians Indonesians Iranians Iraqis Irishmen
    Israelis Italians Ivorians Jamaicans Jordanians Kazakhs Kenyans Koreans Kurds
    Kuwaitis Lebanese Liberians Libyans Lithuanians Malians Malaysians Mauritanians
    Mexicans Moroccans Nepalis Nicaraguans Nigerians Nigeriens Norwegians Pakistanis
    Palestinians Peruvians Poles Portuguese Qataris Romanians Russians Rwandans Saudis
    Scots Senegalese Serbs Somalis Spaniards Sudanese Swedes Swiss Syrians Thais
    Tunisians Turks Ugandans Ukrainians Uzbeks Venezuelans Vietnamese Yemenis Zambians
    Zimbabweans Arabs Tuaregs Uighurs Uyghurs Westerners Europeans Africans Asians
    Latinos Chinese Japanese Taiwanese Burmese"""
)
"""Nationality nouns (plural as written) that count people: ``six Malians``."""

SINGULAR_PEOPLE: frozenset[str] = word_set(
    """person man woman child boy girl baby infant teenager student pupil teacher
    soldier officer policeman policewoman civilian guest tourist passenger worker
    employee journalist resident villager hostage attacker gunman assailant militant
    sailor crewman firefighter rescuer guard suspect prisoner inmate pilgrim fan
    spectator driver pedestrian worshipper doctor nurse medic paramedic diplomat
    national citizen foreigner member official passer-by passerby sergeant corporal
    lieutenant constable rating seaman"""
)
"""Singular heads that let ``one`` count a person (``one soldier was missing``)."""

STOP_AFTER_NUMBER: frozenset[str] = word_set(
    """were was are is be been being have has had will would could can may might must
    shall should remain remained remains still also all who which that whom whose
    in on at from to with by for near during after before inside outside among into
    onto over under through across against between since until as than of off per
    and or but while when where if because so yet then now just only reportedly
    allegedly believed thought said says say told reported according including
    aboard ashore taken held kept feared confirmed known presumed left stranded
    listed recorded counted estimated described identified named alive the a an this
    these those his her their its our throughout within without via amid amongst around
    despite except toward towards beyond along behind besides upon following overnight
    today yesterday tonight earlier later again far late early already altogether
    overall so added brought broke fell fled ran got went came lay swam hid sat stood"""
)
"""Words after a number that end its noun phrase (so the number stands bare)."""


def singular_people() -> frozenset[str]:
    """Return the singular people heads plus naive singulars of the plural lexicon."""
    derived = {w[:-1] for w in PEOPLE_NOUNS if w.endswith("s") and len(w) > 4}
    return SINGULAR_PEOPLE | frozenset(derived)


# Wire idioms for what befell a count of people, tried before the extractor's own cue
# table (``figures._CUE_TABLE``), so at any word the longer idiom here wins over a bare
# verb there ("took the lives of" over "took", "poisoned to death" over "poisoned").
# Each row is (kind, pattern, modes) as in that table: the pattern is lower case and opens
# with a literal word; modes say where the number may stand: ``L`` the verb's object
# ("lynched 12 people"), ``R`` its subject ("12 people were lynched"), ``S`` further left
# in the clause. Found missing by the vocabulary grid (tests/test_extract_lexicon_grid.py).
_COUNT_NEXT = (
    r"(?=\s+(?:(?:about|some|at\s+least|more\s+than|nearly|around|over|almost|another|a)\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)\b))"
)
"""A count right after a verb: the lookahead that keeps a verb's cue to its object's count."""

PHRASE_CUES: tuple[tuple[str, str, str], ...] = (
    # Killed: "stoned to death", "lynched by a mob", "the attack took the lives of 12".
    (
        "killed",
        r"(?:stoned|poisoned|clubbed|battered|bludgeoned|strangled|kicked|mauled|gored|"
        r"starved|frozen|smothered|choked|scalded|axed|macheted|hanged)\s+to\s+death|"
        r"(?:took|taken|taking|takes|take)\s+the\s+lives\s+of|lynched|lynching|lynches|lynch|"
        r"(?:charred|burned|burnt|disfigured|mutilated)\s+beyond\s+recognition",
        "LRS",
    ),
    # Wounded by burns, poison, fumes or shock; maimed; in need of care; fighting for life.
    (
        "wounded",
        r"(?:badly|severely|seriously|critically|slightly|lightly|horribly)\s+(?:burned|"
        r"burnt|scalded)|scalded|maimed|maiming|"
        r"overcome\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?(?:fumes|smoke|gas|heat)|"
        r"(?:inhaled|inhaling|breathed\s+in)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:fumes|smoke|gas)|"
        r"(?:fell|fall|falls|falling|taken|took)\s+(?:seriously\s+|violently\s+)?sick\b|"
        r"knocked\s+unconscious|fighting\s+for\s+(?:their|his|her)\s+lives?|"
        r"struck\s+by\s+lightning|stretchered\s+(?:away|off|out)|"
        r"(?:suffered|suffering|suffers)\s+(?:from\s+)?(?:mild\s+|severe\s+)?(?:hypothermia|"
        r"shock|dehydration|heatstroke|heat\s+stroke|heat\s+exhaustion|exhaustion|frostbite|"
        r"breathing\s+difficulties|respiratory\s+problems|food\s+poisoning|gas\s+poisoning)|"
        # Care needed, not care received: survivors "receiving medical care" after a
        # rescue are the rescued, and people treated are the cue table's own.
        r"(?:required|requiring|requires|needed|needing|needs|sought|seeking)\s+"
        r"(?:urgent\s+|immediate\s+|emergency\s+)?(?:medical\s+(?:attention|care|help|"
        r"assistance)|hospital\s+(?:care|treatment))|given\s+(?:emergency\s+)?first\s+aid",
        "RS",
    ),
    # "40 people were hit by a car", "run over by a lorry".
    (
        "wounded",
        r"(?:hit|struck|knocked\s+down|run\s+over)\s+by\s+(?:a\s+|the\s+|an\s+)?(?:[\w-]+\s+)?"
        r"(?:car|vehicle|truck|lorry|bus|van|train|motorbike|motorcycle|taxi|minibus)\b|"
        r"run\s+over\b",
        "RS",
    ),
    (
        "wounded",
        r"poisoned|poisoning(?!\s+(?:of|from|the|a|an|incident|case|scare|outbreak)\b)",
        "LRS",
    ),
    # "medics treated 12 soldiers at the scene": the verb's object, counted right after it
    # ("treated" elsewhere is the cue table's, read after the count).
    (
        "wounded",
        r"(?:treated|treats)(?!\s+(?:[\w,-]+\s+){1,3}?(?:as|like)\b)" + _COUNT_NEXT,
        "L",
    ),
    # "medics gave first aid to 12 people" (people "attended to" may be relatives: no cue).
    (
        "wounded",
        r"(?:gave|giving|give|gives|administered)\s+(?:emergency\s+)?first\s+aid\s+to",
        "L",
    ),
    # Trapped, as the cue table reads it: hostages in a siege, else missing.
    (
        "trapped",
        r"entombed|cut\s+off\s+by\s+(?:the\s+)?(?:rising\s+)?(?:flood\w*|water|mud|rockfall)",
        "RS",
    ),
    # Arrests: "picked up in overnight raids"; "locked up" is held (by police, or by captors
    # where people are held).
    (
        "arrested",
        r"(?:picked|rounded)\s+up\s+in\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:raids?|sweeps?|"
        r"swoops?|crackdowns?|operations?|round-ups?)\b",
        "RS",
    ),
    ("held", r"locked\s+up", "RS"),
    # Headline present tense: "Floods displace 12,000", "Police evacuate 300".
    ("evacuated", r"displaces|displace|evacuates", "LRS"),
    # Hostages: "held for ransom", "demanding a ransom for 12", "led away by the gunmen".
    (
        "hostages",
        r"held\s+(?:for|to)\s+ransom|"
        r"(?:spirited|whisked|led|marched|driven|taken)\s+(?:away|off)\s+(?:[^.;,\d]{0,30}?\s+)?"
        r"by\s+(?:the\s+|their\s+|armed\s+)?(?:gunmen|kidnappers|abductors|attackers|militants|"
        r"bandits|pirates|rebels|jihadists|insurgents|assailants|raiders|captors|hijackers)\b",
        "RS",
    ),
    (
        "hostages",
        r"(?:demanding|demanded|demand|demands|seeking|sought)\s+(?:a\s+)?ransoms?\s+for",
        "L",
    ),
    # Captives in other words: "nine are still in their hands", "in the kidnappers' hands".
    (
        "hostages",
        r"(?:are|were|is|was|remain\w*|still|left)\s+(?:still\s+)?in\s+(?:their|the\s+"
        r"(?:kidnappers|abductors|captors|gunmen|bandits|pirates|militants|rebels|attackers)['’]|"
        r"(?:kidnappers|abductors|captors|gunmen|bandits|pirates|militants|rebels|attackers)['’])"
        r"\s+hands\b",
        "RS",
    ),
    # Captives in the captors' custody: "eight are still in their custody", "in the custody of
    # the gunmen", "in the kidnappers' custody" ("in police custody", "in our custody" said by
    # the police, are the cue table's arrests).
    (
        "hostages",
        r"(?:are|were|is|was|remain\w*|still|left)\s+(?:still\s+)?in\s+(?:their|the\s+"
        r"(?:kidnappers|abductors|captors|gunmen|bandits|pirates|militants|rebels|attackers)['’]|"
        r"(?:kidnappers|abductors|captors|gunmen|bandits|pirates|militants|rebels|attackers)['’])"
        r"\s+custody\b|"
        r"(?:are|were|is|was|remain\w*|still|left)\s+(?:still\s+)?in\s+the\s+custody\s+of\s+"
        r"(?:the\s+|their\s+)?(?:[\w-]+\s+)?(?:kidnappers|abductors|captors|gunmen|bandits|pirates|"
        r"militants|rebels|attackers|hijackers|jihadists|insurgents)\b",
        "RS",
    ),
    # "Among those taken were two nurses": a part of the people taken, fronted (the
    # participles of abduction already read so; "among those taken to hospital" is not).
    (
        "hostages",
        r"among\s+(?:those|the\s+people)\s+(?:who\s+were\s+)?taken(?:\s+(?:captive|hostage|away))?"
        r"\s+(?:were|are|was|is)",
        "L",
    ),
    # Taken by whoever took them, as the cue table's "taken" reads it: "led away towards the
    # border", "marched into the bush", "herded 40 traders into the forest" (people led
    # away by the police, or in handcuffs, are the cue table's arrests).
    (
        "taken",
        r"(?:led|marched|frog-marched|herded|taken|driven|bundled)\s+(?:away|off)\b"
        r"(?!\s+(?:the|a|an|their|his|her)\b)"  # "taken off the roof" by rescuers
        r"(?!\s+(?:in\s+handcuffs|by\s+(?:the\s+)?(?:police|officers|detectives|security|soldiers|"
        r"troops|gendarmes|authorities|paramedics|medics|ambulances?)))|"
        r"(?:led|marched|frog-marched|herded|driven|forced)\s+(?:away\s+|off\s+)?(?:in)?to\s+"
        r"(?:the\s+|a\s+)?(?:nearby\s+|surrounding\s+|dense\s+)?(?:bush|forest|jungle|hills|"
        r"mountains|desert)\b",
        "RS",
    ),
    (
        "taken",
        r"(?:herded|marched|frog-marched|drove)(?=\s+(?:[\w'’\"“”-]+\s+){1,8}?(?:away|off|(?:in)?to\s+"
        r"(?:the\s+|a\s+)?(?:nearby\s+|surrounding\s+|dense\s+)?(?:bush|forest|jungle|hills|"
        r"mountains|desert))\b)",
        "L",
    ),
    # Handed over by their captors: "the four were handed over to soldiers", "handed over 12
    # hostages to the Red Cross" (suspects handed to the police are the cue table's arrests).
    (
        "arrested",
        r"(?:handed|turned)\s+over\s+to\s+(?:the\s+)?(?:police|gendarmes?|gendarmerie|"
        r"prosecutors?|investigators|detectives|courts?|magistrates?)\b",
        "RS",
    ),
    # (bodies go back to families, not people held)
    (
        "returned",
        r"(?:handed|turned)\s+over\s+to\b(?!\s+(?:the\s+|their\s+)?(?:families|relatives|"
        r"next\s+of\s+kin|mortuary|morgue)\b)",
        "RS",
    ),
    ("returned", r"(?:handed|handing|hands|hand)\s+over" + _COUNT_NEXT, "L"),
    # Still missing: "the other three have never been found", "11 of them are yet to be traced".
    (
        "missing",
        r"(?:have|has|had)\s+(?:still\s+)?(?:never|not(?:\s+yet)?)\s+been\s+(?:found|traced|"
        r"located|accounted\s+for)\b|(?:are|is|were|was|remain)\s+(?:still\s+)?yet\s+to\s+be\s+"
        r"(?:found|traced|located|accounted\s+for)\b",
        "RS",
    ),
    # A headline's present tense: "Police kill two, wound nine", "Blast injures 14".
    ("wounded", r"(?:wound|wounds)" + _COUNT_NEXT, "L"),
    # Missing: "the fate of 12 crew members is unknown".
    (
        "missing",
        r"fate\s+of(?=[^.;]{0,60}?\b(?:unknown|unclear|uncertain|not\s+(?:yet\s+)?known)\b)",
        "L",
    ),
    # Out of the hands that held them: "40 hostages broke out", and inmates who "broke out
    # of jail" (the extractor reads escaped inmates as no victims, as with "escaped").
    ("freed", r"broke\s+out(?:\s+of)?\b", "RS"),
    # Present when it happened: "40 pupils were in class at the time".
    (
        "other",
        r"(?:were|was)\s+in\s+(?:class|classes|lessons?|school|session|(?:a\s+|the\s+)?meeting)"
        r"(?=[^.;]{0,60}\b(?:when|at\s+the\s+time)\b)",
        "R",
    ),
    # Missing: "search teams were looking for 40 people" (wanted attackers stay attackers;
    # men "looking for rival fans" count nobody).
    ("missing", r"(?:looking|looked|hunting)\s+for" + _COUNT_NEXT, "L"),
    # Evacuated by order: "1,200 people ordered out of their villages", "were ordered to
    # leave their homes".
    (
        "evacuated",
        r"ordered\s+(?:out\b|to\s+(?:leave|evacuate|flee)\b)",
        "RS",
    ),
    # Evacuated: "uprooted", "floods force 12 to flee" ("lost their homes" is other, as
    # "left homeless" is: nobody moved them).
    (
        "evacuated",
        r"uprooted|fled\s+(?:across|over)\s+(?:the\s+)?border",
        "RS",
    ),
    (
        "evacuated",
        r"(?:forced|forcing|forces|force)(?=\s+(?:about\s+|some\s+|at\s+least\s+|more\s+than\s+|"
        r"over\s+|nearly\s+)?[\w,-]+\s+(?:[\w-]+\s+){0,2}?to\s+(?:flee|evacuate|leave\s+"
        r"(?:their|his|her)\s+homes)\b)",
        "L",
    ),
    # "the coast guard, which lost three sailors in the raid", "the loss of four of them": the dead
    # of the one who lost them (a count right after the verb; "lost their homes" is no count).
    ("killed", r"(?:lost|losing|loses|lose|the\s+loss\s+of)" + _COUNT_NEXT, "L"),
    # "the abduction in May of 12 road workers", "the kidnapping of nine pupils": a noun of
    # abduction before its count.
    (
        "hostages",
        r"(?:abduction|kidnapping|kidnap)\s+(?:(?:in|on|last)\s+[\w-]+\s+)?of" + _COUNT_NEXT,
        "L",
    ),
    # "left with seven engineers", "made off with two technicians": taken along by whoever left
    # (people who "escaped with 12 others" got away together).
    (
        "taken",
        r"(?:left|made\s+off|sped\s+off|disappeared|vanished)\s+with" + _COUNT_NEXT,
        "L",
    ),
    # "rode off into the scrub with five elders", "drove off towards the border with
    # four engineers": the getaway's way, then whom the riders took along.
    (
        "taken",
        r"(?:rode|riding|drove|driving|sped|speeding|went|headed|heading|raced|racing)\s+off\s+"
        r"(?:in)?to(?:wards?)?\s+(?:the\s+|a\s+)?"
        r"(?:[\w-]+\s+){0,2}?[\w-]+\s+with" + _COUNT_NEXT,
        "L",
    ),
)
"""Idioms for what befell people, tried before the extractor's own cues."""

KIND_IN_OTHER_WORDS_CUES: tuple[tuple[str, str, str], ...] = (
    # The dead in words of sacrifice: "five officers gave their lives", "not a single
    # soldier lost his life", "two of our men paid the supreme sacrifice".
    (
        "killed",
        r"(?:gave|given|give|gives|giving|sacrificed|laid\s+down|lay\s+down)\s+(?:their|his|"
        r"her)\s+(?:own\s+)?lives?\b|lost\s+(?:his|her)\s+(?:own\s+)?life\b|"
        r"(?:paid|pay|pays|paying|made|make|makes|making)\s+the\s+(?:supreme|ultimate|highest)"
        r"\s+(?:sacrifice|price)\b",
        "RS",
    ),
    # The dead by their burial: "funerals for the three herders", "the coffins of the two
    # teachers", "nine of our miners are in the ground", "we have four cousins to bury"
    # ("buried" and "burying" may be trapped under rubble: the cue table reads them).
    (
        "killed",
        r"funerals?\s+(?:of|for)\b|(?:coffins?|caskets?)\s+of\b",
        "L",
    ),
    (
        "killed",
        r"(?:are|were|is|was|lie|lies|lay|now)\s+(?:now\s+|all\s+)?in\s+the(?:ir)?\s+"
        r"(?:ground|graves?)\b|to\s+bury\b",
        "RS",
    ),
    # Hurt in words of their state: "nine are in a very bad way", "two were in a serious but
    # stable condition".
    (
        "wounded",
        r"in\s+(?:a\s+)?(?:very\s+|really\s+)?bad\s+way\b|in\s+(?:a\s+)?(?:serious|critical|"
        r"grave|poor)\s+(?:but|and|yet)\s+(?:stable|serious|critical)\s+condition\b",
        "RS",
    ),
    # Out of their homes, said by where they spend the night: "about 300 people slept there",
    # "212 people sleeping here tonight", "230 spent Tuesday night at the high school", "180
    # remained in a sports hall" (people sleeping somewhere when it struck were present; a
    # night in a hotel lobby is no shelter's).
    (
        "evacuated",
        r"(?:slept|sleeping|sleep|sleeps)\s+(?:there|here)\b(?![^.;]{0,80}\b(?:when|at\s+the\s+"
        r"time)\b)|(?:spent|spend|spending|spends)\s+(?:last|that|this|[a-z]+day)\s+night\s+"
        r"(?:in|at)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:halls?|shelters?|schools?|"
        r"cent(?:re|er)s?|gyms?|gymnasiums?|mosques?|churches?|temples?|camps?|tents?|stadiums?|"
        r"pavilions?|classrooms?)\b|(?:remained|remain|remains|remaining)\s+in\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)"
        r"{0,2}?(?:sports\s+halls?|shelters?|(?:relief|evacuation|rest)\s+cent(?:re|er)s?)\b",
        "R",
    ),
    # Moved away from wherever they were: "46 workers were moved from a dormitory", "300
    # people were cleared from shops and offices", "700 residents had been moved by bus from
    # the town" (a passive only; not out of a hospital, a cell or custody).
    (
        "evacuated",
        r"(?:moved|relocated|cleared|ferried|bused|bussed)\s+(?:by\s+(?:bus|buses|boat|boats|"
        r"coach|coaches|road|lorry|lorries|truck|trucks|ferry)\s+)?(?:from|off)\s+(?!(?:an?\s+|"
        r"the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:hospitals?|clinics?|wards?|prisons?|"
        r"jails?|cells?|custody|police|courts?|intensive|morgues?|mortuar(?:y|ies))\b)",
        "RP",
    ),
    # Still in the captors' hands, said by where they are: "the twelve still out there in the
    # bush", "five are still in the forest", "18 of our people are in the bush tonight"
    # (missing where nobody holds anyone: hikers still in a forest; troops "in the forest"
    # without "still" are no count of either).
    (
        "trapped",
        r"(?:remain|remains|still)\s+(?:out\s+there\s+)?in\s+the\s+(?:bush|forest|jungle)\b|"
        r"(?:are|is)\s+(?:still\s+(?:out\s+there\s+)?|out\s+there\s+)in\s+the\s+(?:bush|forest|"
        r"jungle)\b|(?:are|is)\s+in\s+the\s+(?:bush|forest|jungle)\s+tonight\b|still\s+out\s+"
        r"there\b",
        "R",
    ),
    # Still below, not yet reached: "23 men are still below ground", "five remain under the
    # ground" (people "were underground" when it happened are present, the cue table's).
    (
        "trapped",
        r"(?:are|is|remain|remains|still)\s+(?:still\s+)?(?:underground|below\s+ground|"
        r"under\s+the\s+(?:ground|rubble|debris))\b",
        "RS",
    ),
    # Out of the water alive: "31 passengers were brought ashore alive", "the nine crew who
    # stayed aboard were brought safely ashore" (bodies brought ashore stay the dead).
    (
        "freed",
        r"(?:brought|carried|helped)\s+(?:safely\s+)?ashore\b(?!\s+dead\b)",
        "RS",
    ),
    # Let go by whoever held them: "the hijackers let 30 passengers off the plane", "allowed
    # about 40 women and children to leave" (the count between the verb and its particle;
    # let "out of" a building is the cue table's; staff an employer "let go" stay out).
    (
        "returned",
        r"let(?=\s+(?:[\w'’-]+\s+){1,8}?off\s+(?:the|a|an|their|its)\b)|"
        r"allowed(?=\s+(?:[\w'’-]+\s+){1,8}?to\s+(?:leave|walk\s+(?:out|free|away)|go\s+free)\b)",
        "L",
    ),
    # Led out of the danger: "firefighters led a further 35 down the stairwells", "230
    # passengers were led along the tunnel to the next station" (not led into anything).
    (
        "freed",
        r"led(?=\s+(?:[\w'’-]+\s+){1,6}?(?:down\s+(?:the\s+)?(?:stairs|stairwells?|ladders?|"
        r"fire\s+escapes?)|to\s+safety|out\s+of\s+(?:the\s+)?(?:building|tunnel|mine|smoke|"
        r"water)|along\s+the\s+(?:tunnel|track|tracks|walkway))\b)",
        "L",
    ),
    (
        "freed",
        r"(?:were|was|been)\s+led\s+(?:down\s+(?:the\s+)?(?:stairs|stairwells?|ladders?|fire\s+"
        r"escapes?)|to\s+safety|out\s+of\s+(?:the\s+)?(?:building|tunnel|mine|smoke|water)|"
        r"along\s+the\s+(?:tunnel|track|tracks|walkway))\b",
        "R",
    ),
    # A headline's arrests: "Four held after depot bombing", "Two more held following
    # raid" (no auxiliary: people "were held after the raid began" are the captives). A
    # headline ends without a full stop; in a sentence of the body ("the nine workers held
    # after the ambush were freed") the held are captives as often as suspects.
    (
        "arrested",
        r"held(?<!were\sheld)(?<!are\sheld)(?<!was\sheld)(?<!is\sheld)(?<!been\sheld)"
        r"(?<!being\sheld)(?<!still\sheld)\s+(?:after|following)\s+(?!(?:the\s+)?(?:siege|standoff|stand-off|hijack\w*|"
        r"kidnap\w*|abduction|seizure|capture)\b)(?=[^.!?]*$)",
        "R",
    ),
    # Handed to go-betweens: "the eleven were handed to a humanitarian commission", "were
    # delivered to the Red Cross" (to the police they are the cue table's arrests).
    (
        "returned",
        r"(?:handed|delivered|released)\s+to\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:commissions?|"
        r"committees?|red\s+(?:cross|crescent)|mediators?|intermediaries|envoys?|delegations?|"
        r"elders|clerics|church\s+leaders)\b",
        "RS",
    ),
)
"""The kinds said in other words than the cue table's verbs: sacrifice, burial, a state of
health, a night away from home or a move away, people still out in the bush or not yet
brought up, people brought ashore, let go or handed to go-betweens. Tried
right after :data:`PHRASE_CUES`."""


def _load_wordnet_people() -> tuple[frozenset[str], frozenset[str]]:
    """Return the plurals and the singulars of the nouns WordNet files first under
    ``noun.person`` (``data/people_nouns.txt``, made by ``bench/make_people_nouns.py``),
    less the plurals the hand lists call things."""
    path = Path(__file__).with_name("data") / "people_nouns.txt"
    rows = [line.partition(" ") for line in path.read_text(encoding="utf-8").split("\n")]
    rows = [row for row in rows if row[0] and not row[0].startswith("#")]
    plurals = frozenset(row[0] for row in rows) - NOT_PEOPLE_PLURALS - THING_BLOCKERS
    return plurals, frozenset(row[2] for row in rows if row[2])


_WORDNET_PEOPLE = _load_wordnet_people()

WORDNET_PEOPLE_PLURALS: frozenset[str] = _WORDNET_PEOPLE[0]
"""Plurals that name people by their most frequent WordNet sense (``enumerators``,
``stevedores``): the fallback after the hand lists. The hand lists of things win
(``coaches`` are a train's carriages there)."""

WORDNET_PEOPLE_SINGULARS: frozenset[str] = _WORDNET_PEOPLE[1]
"""Singulars of those plurals that WordNet knows as nouns alone (``enumerator``, not
``have`` or ``closer``)."""
del _WORDNET_PEOPLE
