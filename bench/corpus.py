"""A realistic, deterministic corpus of invented news articles for the wiredesk bench.

``python bench/corpus.py --articles N --out DIR --seed S`` writes ``N`` articles of 300–1,200
words from 50 invented outlets over two years (2023–2024), grouped into incidents of a few
to dozens of articles each. Every text is assembled here from templates and vocabularies;
nothing comes from a real outlet's copy. The same ``N`` and ``S`` always give the same bytes.

What the articles carry, so the whole pipeline is exercised:

* figures in the forms the extractor reads: qualifiers (``at least 12``, ``up to 40
  hostages``, ``about``, ``more than``), number words, ranges (``between four and six
  gunmen``), changes (``the death toll rose from 9 to 11``), zeros (``no injuries were
  reported``), a group (``three soldiers``) and an attribution (``police said``);
* numbers that are not figures: ages, times, years, money, floors, phone numbers, counts
  of things;
* wire copy that several outlets republish (verbatim, or with their own furniture),
  live blogs with timed updates, follow-ups days later;
* background paragraphs and teaser headlines about *other* incidents, and page
  boilerplate (donation appeals, newsletter sign-ups, photo credits, related stories).

Layout of ``DIR`` (one folder per outlet, in that outlet's format)::

    DIR/articles/<outlet>/<yyyy>/<mm>/<id>.txt + <id>.meta.json   text + sidecar
    DIR/articles/<outlet>/<yyyy>/<mm>/<id>.md                     Markdown + front matter
    DIR/articles/<outlet>/<yyyy>-<mm>.jsonl                        JSON Lines
    DIR/articles/<outlet>/<yyyy>/<mm>/<id>.html                   saved web pages
    DIR/articles/<outlet>/feed-<nnnnn>.rss | .atom                RSS 2.0 / Atom feeds
    DIR/corpus.json          what was generated: counts, outlets, the largest incident
    DIR/truth/articles.jsonl one line an article: its incident, kind and planted figures

Ingest ``DIR/articles``; ``corpus.json`` and ``truth/`` are the answer key, not articles.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape as html_escape
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

__all__ = [
    "GENERATOR_VERSION",
    "OUTLETS",
    "GenArticle",
    "Outlet",
    "generate",
    "iter_articles",
    "main",
]

GENERATOR_VERSION = 3
"""Bumped whenever the same seed would give different bytes."""

EPOCH = datetime(2023, 1, 1, tzinfo=UTC)
"""The archive starts here and spans two years."""
SPAN_DAYS = 730
MIN_WORDS, MAX_WORDS = 300, 1200
FEED_ENTRIES = 20
"""Entries per feed file, as an outlet's feed would hold at one fetch."""

MANIFEST = "corpus.json"
ARTICLES_DIR = "articles"
TRUTH_DIR = "truth"

# -- outlets ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Outlet:
    """An invented news outlet: its name, the format it publishes in and how much."""

    name: str
    slug: str
    fmt: str
    """One of ``txt``, ``md``, ``jsonl``, ``html``, ``rss``, ``atom``."""
    weight: float
    wire: bool = False

    @property
    def domain(self) -> str:
        """Return the outlet's (invented, reserved ``.example``) web domain."""
        return f"{self.slug}.example"

    @property
    def group(self) -> str:
        """Return the format family: ``text``, ``jsonl``, ``html`` or ``feed``."""
        return {"txt": "text", "md": "text", "rss": "feed", "atom": "feed"}.get(self.fmt, self.fmt)


def _outlet(name: str, fmt: str, weight: float, wire: bool = False) -> Outlet:
    slug = "".join(c if c.isalnum() else "-" for c in name.lower().removeprefix("the ")).strip("-")
    return Outlet(name, "-".join(p for p in slug.split("-") if p), fmt, weight, wire)


OUTLETS: tuple[Outlet, ...] = (
    _outlet("Meridian Wire Service", "jsonl", 3.0, wire=True),
    _outlet("Continental Press Agency", "txt", 3.0, wire=True),
    _outlet("Northstar News Agency", "jsonl", 2.0, wire=True),
    _outlet("Global Dispatch", "rss", 2.0, wire=True),
    _outlet("The Harbour Ledger", "txt", 2.0),
    _outlet("Lakeside Courier", "txt", 1.5),
    _outlet("The Evening Compass", "html", 1.5),
    _outlet("Riverbend Gazette", "txt", 1.0),
    _outlet("The Civic Observer", "html", 1.5),
    _outlet("Coastal Herald", "jsonl", 1.2),
    _outlet("Highland Tribune", "txt", 1.0),
    _outlet("The Morning Lantern", "md", 1.0),
    _outlet("Capital Chronicle", "html", 1.5),
    _outlet("Eastgate Times", "rss", 1.0),
    _outlet("The Plains Register", "txt", 0.8),
    _outlet("Summit Post", "atom", 1.0),
    _outlet("The Quay Journal", "jsonl", 0.8),
    _outlet("Westmarch Record", "txt", 0.8),
    _outlet("Frontier Bulletin", "md", 0.8),
    _outlet("Metro Beacon", "html", 1.2),
    _outlet("The Delta Standard", "txt", 1.0),
    _outlet("Savanna Daily", "rss", 1.0),
    _outlet("The Atlas Review", "atom", 0.8),
    _outlet("Pinecrest Press", "txt", 0.6),
    _outlet("Union Square Dispatch", "jsonl", 0.8),
    _outlet("The Bridgewater News", "html", 0.8),
    _outlet("Granite Valley Voice", "txt", 0.6),
    _outlet("The Monsoon Times", "jsonl", 1.2),
    _outlet("Saltmarsh Examiner", "md", 0.5),
    _outlet("Ironwood Mail", "txt", 0.6),
    _outlet("Crescent Bay Reporter", "rss", 0.7),
    _outlet("Northern Lights Weekly", "txt", 0.4),
    _outlet("The Open Record", "html", 0.7),
    _outlet("Keystone Monitor", "jsonl", 0.8),
    _outlet("Redcliff Advertiser", "txt", 0.5),
    _outlet("The Longitude", "atom", 0.6),
    _outlet("Silverline News", "jsonl", 1.0),
    _outlet("Harbourfront Today", "txt", 0.6),
    _outlet("Radio Azimuth", "rss", 1.2),
    _outlet("Kestrel TV News", "html", 1.4),
    _outlet("Horizon Broadcasting", "jsonl", 1.4),
    _outlet("Signal 24", "atom", 1.0),
    _outlet("WaveFM News", "txt", 0.7),
    _outlet("Conflict Monitor Blog", "md", 0.5),
    _outlet("The Situation Desk", "html", 0.6),
    _outlet("Open Source Digest", "md", 0.4),
    _outlet("Frontline Notes", "txt", 0.4),
    _outlet("The Borderland Post", "jsonl", 0.6),
    _outlet("Tidewater Journal", "rss", 0.5),
    _outlet("The Upland Sun", "txt", 0.5),
)
"""Fifty invented outlets; four are wire agencies whose copy others republish."""

WIRES = tuple(o for o in OUTLETS if o.wire)
BROADCASTERS = tuple(
    o for o in OUTLETS if any(w in o.name for w in ("Radio", "TV", "Broadcasting", "24", "FM"))
)

# -- places, venues and incident kinds -------------------------------------------------

CITIES: tuple[tuple[str, str], ...] = (
    ("Bamako", "Mali"),
    ("Kisumu", "Kenya"),
    ("Nairobi", "Kenya"),
    ("Mombasa", "Kenya"),
    ("Lagos", "Nigeria"),
    ("Kano", "Nigeria"),
    ("Maiduguri", "Nigeria"),
    ("Abuja", "Nigeria"),
    ("Accra", "Ghana"),
    ("Kumasi", "Ghana"),
    ("Dakar", "Senegal"),
    ("Niamey", "Niger"),
    ("Ouagadougou", "Burkina Faso"),
    ("Abidjan", "Ivory Coast"),
    ("Douala", "Cameroon"),
    ("Kinshasa", "DR Congo"),
    ("Goma", "DR Congo"),
    ("Kampala", "Uganda"),
    ("Mogadishu", "Somalia"),
    ("Addis Ababa", "Ethiopia"),
    ("Khartoum", "Sudan"),
    ("Cairo", "Egypt"),
    ("Alexandria", "Egypt"),
    ("Tunis", "Tunisia"),
    ("Tripoli", "Libya"),
    ("Casablanca", "Morocco"),
    ("Algiers", "Algeria"),
    ("Johannesburg", "South Africa"),
    ("Durban", "South Africa"),
    ("Maputo", "Mozambique"),
    ("Harare", "Zimbabwe"),
    ("Lusaka", "Zambia"),
    ("Dar es Salaam", "Tanzania"),
    ("Kigali", "Rwanda"),
    ("Quetta", "Pakistan"),
    ("Peshawar", "Pakistan"),
    ("Karachi", "Pakistan"),
    ("Lahore", "Pakistan"),
    ("Kabul", "Afghanistan"),
    ("Kandahar", "Afghanistan"),
    ("Dhaka", "Bangladesh"),
    ("Sylhet", "Bangladesh"),
    ("Chittagong", "Bangladesh"),
    ("Mumbai", "India"),
    ("Delhi", "India"),
    ("Srinagar", "India"),
    ("Guwahati", "India"),
    ("Colombo", "Sri Lanka"),
    ("Kathmandu", "Nepal"),
    ("Yangon", "Myanmar"),
    ("Mandalay", "Myanmar"),
    ("Bangkok", "Thailand"),
    ("Manila", "Philippines"),
    ("Cebu", "Philippines"),
    ("Davao", "Philippines"),
    ("Jakarta", "Indonesia"),
    ("Surabaya", "Indonesia"),
    ("Makassar", "Indonesia"),
    ("Kuala Lumpur", "Malaysia"),
    ("Hanoi", "Vietnam"),
    ("Baghdad", "Iraq"),
    ("Mosul", "Iraq"),
    ("Basra", "Iraq"),
    ("Damascus", "Syria"),
    ("Aleppo", "Syria"),
    ("Beirut", "Lebanon"),
    ("Amman", "Jordan"),
    ("Sanaa", "Yemen"),
    ("Aden", "Yemen"),
    ("Istanbul", "Turkey"),
    ("Ankara", "Turkey"),
    ("Izmir", "Turkey"),
    ("Tehran", "Iran"),
    ("Tbilisi", "Georgia"),
    ("Kyiv", "Ukraine"),
    ("Kharkiv", "Ukraine"),
    ("Odesa", "Ukraine"),
    ("Paris", "France"),
    ("Marseille", "France"),
    ("Lyon", "France"),
    ("Brussels", "Belgium"),
    ("Berlin", "Germany"),
    ("Hamburg", "Germany"),
    ("Munich", "Germany"),
    ("Vienna", "Austria"),
    ("Madrid", "Spain"),
    ("Barcelona", "Spain"),
    ("Lisbon", "Portugal"),
    ("Rome", "Italy"),
    ("Naples", "Italy"),
    ("Athens", "Greece"),
    ("London", "United Kingdom"),
    ("Manchester", "United Kingdom"),
    ("Dublin", "Ireland"),
    ("Stockholm", "Sweden"),
    ("Oslo", "Norway"),
    ("Warsaw", "Poland"),
    ("Prague", "Czech Republic"),
    ("Budapest", "Hungary"),
    ("Bucharest", "Romania"),
    ("Belgrade", "Serbia"),
    ("Sarajevo", "Bosnia"),
    ("Denver", "United States"),
    ("Chicago", "United States"),
    ("Houston", "United States"),
    ("Memphis", "United States"),
    ("Atlanta", "United States"),
    ("Toronto", "Canada"),
    ("Montreal", "Canada"),
    ("Mexico City", "Mexico"),
    ("Monterrey", "Mexico"),
    ("Culiacan", "Mexico"),
    ("Guatemala City", "Guatemala"),
    ("San Salvador", "El Salvador"),
    ("Tegucigalpa", "Honduras"),
    ("Bogota", "Colombia"),
    ("Medellin", "Colombia"),
    ("Cali", "Colombia"),
    ("Caracas", "Venezuela"),
    ("Quito", "Ecuador"),
    ("Guayaquil", "Ecuador"),
    ("Lima", "Peru"),
    ("La Paz", "Bolivia"),
    ("Santiago", "Chile"),
    ("Buenos Aires", "Argentina"),
    ("Rosario", "Argentina"),
    ("Sao Paulo", "Brazil"),
    ("Rio de Janeiro", "Brazil"),
    ("Recife", "Brazil"),
    ("Port-au-Prince", "Haiti"),
    ("Kingston", "Jamaica"),
    ("San Cristobal", "Venezuela"),
)
"""Real cities (the place extractor knows real places); every event here is invented."""

VENUE_NAMES = (
    "Grand Meridian",
    "Lakeview",
    "Palm Court",
    "Sunrise",
    "Riverside",
    "Crown",
    "Silver Oak",
    "Golden Gate",
    "Royal Plaza",
    "Continental",
    "Harmony",
    "Central",
    "Victoria",
    "Horizon",
    "Unity",
    "Liberty",
    "Heritage",
    "Pearl",
    "Cedar",
    "Northgate",
    "Southbank",
    "Eastwood",
    "Westfield",
    "Summit",
    "Atlas",
    "Orchid",
    "Mirador",
    "Baobab",
    "Savannah",
    "Lotus",
    "Jasmine",
    "Emerald",
    "Sapphire",
    "Kingsway",
    "Independence",
    "Freedom",
    "Marina",
    "Highland",
    "Old Town",
    "New Market",
)


@dataclass(frozen=True)
class Kind:
    """A kind of incident: its words, its venue types and the figures it produces."""

    key: str
    event: str
    """How the text names the event: ``the siege``."""
    headline_noun: str
    venues: tuple[str, ...]
    figures: tuple[str, ...]
    """Figure kinds the coverage reports, most important first."""
    perpetrators: str = "gunmen"


KINDS: tuple[Kind, ...] = (
    Kind(
        "siege",
        "the siege",
        "siege",
        ("hotel", "shopping centre", "mall"),
        ("killed", "hostages", "freed", "wounded", "attackers", "arrested", "other"),
    ),
    Kind(
        "bombing",
        "the bombing",
        "bomb blast",
        ("market", "bus station", "mosque", "church"),
        ("killed", "wounded", "arrested", "evacuated"),
        "militants",
    ),
    Kind(
        "shooting",
        "the shooting",
        "shooting",
        ("nightclub", "concert hall", "college"),
        ("killed", "wounded", "attackers", "arrested", "evacuated"),
    ),
    Kind(
        "ferry",
        "the ferry fire",
        "ferry fire",
        ("ferry terminal", "harbour"),
        ("killed", "missing", "freed", "evacuated", "wounded"),
        "crew",
    ),
    Kind(
        "flood",
        "the floods",
        "floods",
        ("district", "river valley"),
        ("killed", "missing", "evacuated", "wounded"),
        "rain",
    ),
    Kind(
        "crush",
        "the crush",
        "stadium crush",
        ("stadium", "arena"),
        ("killed", "wounded", "evacuated", "arrested"),
        "fans",
    ),
    Kind(
        "kidnap",
        "the kidnapping",
        "kidnapping",
        ("oil platform", "boarding school", "village"),
        ("hostages", "freed", "attackers", "killed", "arrested"),
        "kidnappers",
    ),
    Kind(
        "riot",
        "the riots",
        "riots",
        ("city centre", "prison", "university campus"),
        ("killed", "wounded", "arrested", "other"),
        "rioters",
    ),
    Kind(
        "ambush",
        "the ambush",
        "ambush",
        ("army convoy", "checkpoint", "military base"),
        ("killed", "wounded", "attackers", "missing"),
        "insurgents",
    ),
    Kind(
        "collapse",
        "the collapse",
        "building collapse",
        ("apartment block", "factory"),
        ("killed", "missing", "freed", "wounded", "evacuated"),
        "builders",
    ),
    Kind(
        "derailment",
        "the derailment",
        "train derailment",
        ("railway station", "rail line"),
        ("killed", "wounded", "evacuated", "missing"),
        "operator",
    ),
)

# -- vocabularies ----------------------------------------------------------------------

FIRST = (
    "Amina",
    "Peter",
    "Alice",
    "Ibrahim",
    "Maria",
    "John",
    "Fatima",
    "Ahmed",
    "Grace",
    "Samuel",
    "Leila",
    "David",
    "Chen",
    "Sofia",
    "Omar",
    "Nadia",
    "Carlos",
    "Ana",
    "Yusuf",
    "Elena",
    "Tomas",
    "Aisha",
    "Moussa",
    "Priya",
    "Rahul",
    "Mei",
    "Jonas",
    "Ines",
    "Kofi",
    "Esther",
    "Hassan",
    "Lucia",
    "Viktor",
    "Olga",
    "Diego",
    "Sara",
    "Karim",
    "Ruth",
    "Daniel",
    "Zainab",
)
LAST = (
    "Otieno",
    "Wambui",
    "Traore",
    "Diallo",
    "Okafor",
    "Mensah",
    "Haddad",
    "Khan",
    "Rahman",
    "Silva",
    "Santos",
    "Garcia",
    "Novak",
    "Kowalski",
    "Petrov",
    "Ivanova",
    "Nguyen",
    "Tan",
    "Reyes",
    "Cruz",
    "Ahmadi",
    "Yilmaz",
    "Demir",
    "Moreau",
    "Dubois",
    "Schmidt",
    "Weber",
    "Rossi",
    "Bianchi",
    "Murphy",
    "Kelly",
    "Mwangi",
    "Banda",
    "Phiri",
    "Ndiaye",
    "Sow",
    "Keita",
    "Adeyemi",
    "Chowdhury",
    "Perera",
)
TITLES = (
    "Interior Minister",
    "police commander",
    "regional governor",
    "city mayor",
    "army spokesman",
    "health ministry spokeswoman",
    "fire chief",
    "Red Cross coordinator",
    "hospital director",
    "government spokesman",
    "emergency services chief",
    "security minister",
    "provincial police chief",
    "disaster agency head",
)
ATTRIBUTIONS = (
    "police",
    "officials",
    "the interior ministry",
    "a hospital source",
    "the Red Cross",
    "the regional governor",
    "a military spokesman",
    "witnesses",
    "emergency services",
    "the health ministry",
    "local media",
    "the mayor's office",
    "rescue workers",
    "a security source",
    "state television",
    "the disaster management agency",
    "a senior police source",
    "government officials",
    "the army",
    "hospital officials",
)
OCCUPATIONS = (
    "shopkeeper",
    "taxi driver",
    "teacher",
    "student",
    "nurse",
    "security guard",
    "cashier",
    "fisherman",
    "trader",
    "mechanic",
    "cook",
    "hotel worker",
    "bus driver",
    "pharmacist",
)
QUOTES = (
    "I heard the first shots and everybody started running",
    "We did not know where to go, there was smoke everywhere",
    "My brother is still inside and nobody is telling us anything",
    "It happened so fast, within minutes the whole street was closed",
    "We have been waiting here since the morning for news",
    "People were screaming and pushing towards the exits",
    "The water came up to our roofs in less than an hour",
    "I am tired and in a state of shock",
    "We prayed and waited for the soldiers to come",
    "Nobody warned us, the building just came down",
    "The police told us to stay inside and lock the doors",
    "I saw people carrying the injured to cars and motorbikes",
)
REACTIONS = (
    "{title} {person} condemned {event} as a cowardly act and promised a full investigation.",
    "The United Nations secretary-general called for calm and urged restraint on all sides.",
    "The government declared three days of national mourning.",
    "Neighbouring governments offered their condolences and assistance.",
    "The president cut short a visit abroad and returned to {city} on {weekday}.",
    "Opposition leaders accused the authorities of ignoring repeated warnings.",
    "The embassy advised its citizens in {country} to avoid the area and follow local news.",
    "The prime minister chaired an emergency security meeting late on {weekday}.",
    "Several airlines said their crews in {city} were safe and accounted for.",
    "Church and mosque leaders in {city} appealed for donations of blood.",
    "The African Union and the European Union issued statements of solidarity.",
    "{title} {person} said the security forces had acted quickly and professionally.",
)
CONTEXT = (
    "{city} is the largest city in the region and an important trading hub.",
    "The {venue_type} is popular with foreign visitors, business travellers and local families.",
    "Security in {country} has deteriorated over the past year, analysts say.",
    "Traffic was diverted around the area for most of the {daypart}.",
    "Schools and many shops in the neighbourhood stayed closed on {weekday}.",
    "Local television showed ambulances and armoured vehicles lined up outside.",
    "The authorities cut mobile internet in parts of {city} for several hours.",
    "Investigators in white suits combed the scene for evidence on {weekday}.",
    "Relatives gathered outside the main hospital, waiting for news of their loved ones.",
    "Officials set up a crisis centre and a hotline for relatives, on {phone}.",
    "The incident began at about {time} local time, witnesses said.",
    "A {age}-year-old {occupation} said she had hidden in a storeroom for {hours} hours.",
    "The {venue_type} has {floors} floors and {small} entrances.",
    "It reopened in {year} after a renovation that cost an estimated ${money} million.",
    "{city}, home to about {million} million people, hosts a large market every {weekday}.",
    "Police closed the roads leading to the {venue_type} and set up checkpoints.",
    "Investigators recovered {small} vehicles and a number of mobile phones.",
    "The {venue_type} was built in {year} and renovated a decade later.",
    "Analysts said the attack would increase pressure on the government before the {year} "
    "elections.",
    "Emergency workers used cranes and sniffer dogs as night fell on {weekday}.",
    "The security forces said the situation was now under control.",
    "Shops and offices in the district reopened slowly under heavy police presence.",
    "A curfew was imposed from {time} until dawn in parts of {city}.",
    "The regional hospital said it had called in off-duty doctors and nurses.",
    "Forensic teams were working to identify the victims, a process that could take days.",
    "The authorities promised compensation to the families of the victims.",
    "Video shared on social media showed thick smoke rising over the {venue_type}.",
    "The road between {city} and the airport was closed for several hours.",
    "Aid agencies said they were sending tents, blankets and drinking water.",
    "Officials said it was too early to say what had caused {event}.",
    "Prosecutors opened an investigation into possible negligence.",
    "The {venue_type} had been inspected by the authorities in {year}, records show.",
    "Witnesses said the first explosion was followed by bursts of gunfire on {street}.",
    "Paramedics worked under floodlights while volunteers handed out water and bread.",
    "The {minister} said reinforcements had been flown in from the capital overnight.",
    "Diplomats in {city} said the mood in the city was tense but calm.",
    "Market traders on {street} shuttered their stalls and sent their workers home.",
    "Local radio stations interrupted their programmes to broadcast safety instructions.",
    "The region's economy depends heavily on agriculture, fishing and cross-border trade.",
    "Human rights groups called for an independent and transparent investigation.",
    "Insurance assessors are expected to visit the {venue_type} later in the week.",
    "Heavy rain hampered the work of the emergency teams throughout the {daypart}.",
    "Power cuts affected several neighbourhoods near {street} until late in the {daypart}.",
    "Engineers warned that neighbouring buildings might also be structurally unsound.",
    "The {minister} acknowledged shortcomings in the early warning system.",
    "Journalists were kept behind a cordon several hundred metres from the {venue_type}.",
    "Hospitals in {city} appealed for blood donors of all groups.",
    "Commuters faced long delays as buses were rerouted away from {street}.",
    "The chamber of commerce estimated that businesses lost millions in trade.",
    "Parliament is expected to debate the government's response on {weekday}.",
    "Volunteers from neighbouring villages arrived with shovels, torches and blankets.",
    "A spokesman for the {minister} declined to comment on the reports.",
    "Satellite images published by researchers showed the extent of the damage.",
    "The national football federation postponed all weekend fixtures.",
    "Religious leaders held a joint vigil attended by hundreds of people on {street}.",
    "Critics said the tragedy exposed decades of underinvestment in public safety.",
    "The mayor promised to rebuild the {venue_type} within two years.",
    "Students organised a candlelit march from the university to the city hall.",
    "Customs officers tightened checks at the border crossings after the incident.",
)
STREETS = ("Road", "Street", "Avenue", "Boulevard", "Lane", "Square", "Highway", "Market Road")
MINISTRIES = (
    "interior ministry",
    "defence ministry",
    "ministry of health",
    "civil protection agency",
    "national police",
    "transport ministry",
)
FOLLOW_UPS = (
    "Funerals for several of the victims were held in {city} on {weekday}.",
    "Prosecutors charged {things} people in connection with {event}.",
    "A week after {event}, the {venue_type} remained closed behind police tape.",
    "Survivors described their ordeal at a memorial service attended by hundreds.",
    "The government announced an inquiry into the response of the emergency services.",
    "Families of the victims demanded answers from the authorities.",
)
APPEALS = (
    "Support independent journalism. Our reporters stay on the story when others leave. "
    "Donate today and help keep {outlet} free for everyone.",
    "Good journalism costs money. If you value what {outlet} does, please consider making a "
    "small contribution. Every donation helps.",
    "{outlet} relies on readers like you. Become a member from just $5 a month.",
    "Help us keep reporting. {outlet} is funded by its readers, not by billionaires.",
)
FURNITURE = (
    "Sign up for our daily newsletter",
    "Share this article",
    "Advertisement",
    "Follow {outlet} on social media for the latest updates",
    "Discussion about this post",
    "Copyright {year} {outlet}. All rights reserved.",
    "TEXT AD: To advertise here, call +1 555 {phone4}",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAYPARTS = ("morning", "afternoon", "evening", "night", "day")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
LEADS: dict[str, str] = {
    "siege": "Gunmen stormed the {venue} in {city} on {day}",
    "bombing": "A bomb exploded at the {venue} in {city} on {day}",
    "shooting": "A gunman opened fire at the {venue} in {city} on {day}",
    "ferry": "A fire broke out on a ferry moored at the {venue} in {city} on {day}",
    "flood": "Flash floods swept through the {venue} of {city} on {day}",
    "crush": "A crush at the {venue} in {city} on {day} turned a match into a tragedy",
    "kidnap": "Armed kidnappers seized people at the {venue} near {city} on {day}",
    "riot": "Riots broke out around the {venue} in {city} on {day}",
    "ambush": "Insurgents ambushed the {venue} near {city} on {day}",
    "collapse": "The {venue} collapsed in {city} on {day}",
    "derailment": "A passenger train derailed near the {venue} in {city} on {day}",
}
"""The opening of a report, by incident kind."""
NUMBER_WORDS = (
    "no",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
)
WHO_KILLED = ("police officers", "soldiers", "children", "foreign nationals", "women")

# Figure templates: (text, qualifier). {n} is the value, {a}/{b} a change or a range.
FIGURE_TEMPLATES: dict[str, tuple[tuple[str, str | None], ...]] = {
    "killed": (
        ("At least {n} people were killed in {event}, {attr} said.", "at least"),
        ("{Attr} said {n} people had been killed.", None),
        ("{N} people died in {event}, according to {attr}.", None),
        ("The death toll rose from {a} to {n}, {attr} said.", None),
        ("{N} people have been confirmed dead, {attr} told reporters.", None),
        ("More than {n} people are feared dead, {attr} said.", "more than"),
        ("About {n} people were killed, {attr} said.", "about"),
        ("Among the dead were {n} {who}, {attr} said.", None),
    ),
    "wounded": (
        ("{N} people were wounded, {attr} said.", None),
        ("A further {n} were taken to hospital with injuries, {attr} said.", None),
        ("At least {n} people were injured in {event}.", "at least"),
        ("About {n} people were treated for injuries at local hospitals, {attr} said.", "about"),
        ("More than {n} people were hurt, according to {attr}.", "more than"),
    ),
    "hostages": (
        ("Up to {n} hostages were being held inside the {venue}, {attr} said.", "up to"),
        ("The {perp} were holding about {n} people hostage, according to {attr}.", "about"),
        ("{Attr} said {n} people still remained inside.", None),
        ("At least {n} people were taken hostage, {attr} said.", "at least"),
        ("{Attr} said the {perp} were still holding {n} hostages.", None),
    ),
    "freed": (
        ("Security forces freed {n} hostages, {attr} said.", None),
        ("{N} people were rescued from the {venue}, {attr} said.", None),
        ("{N} hostages have been released, according to {attr}.", None),
        ("More than {n} people were rescued overnight, {attr} said.", "more than"),
    ),
    "attackers": (
        ("{Attr} said between {a} and {b} {perp} took part in the attack.", None),
        ("The attack was carried out by {n} {perp}, {attr} said.", None),
        ("As many as {n} {perp} were involved, {attr} said.", "up to"),
    ),
    "missing": (
        ("{N} people remain missing, {attr} said.", None),
        ("At least {n} people are still unaccounted for, according to {attr}.", "at least"),
        ("About {n} people were reported missing, {attr} said.", "about"),
    ),
    "arrested": (
        ("Police arrested {n} suspects, {attr} said.", None),
        ("{N} people were detained in connection with {event}, {attr} said.", None),
        ("More than {n} people were arrested overnight, {attr} said.", "more than"),
    ),
    "evacuated": (
        ("About {n} residents were evacuated from the area, {attr} said.", "about"),
        ("The authorities evacuated more than {n} people, {attr} said.", "more than"),
        ("{N} people were moved to temporary shelters, {attr} said.", None),
    ),
    "other": (
        ("Some {n} police officers were deployed to the area, {attr} said.", "about"),
        ("The embassy said {n} of its nationals were in the city but were safe.", None),
    ),
}
ZERO_TEMPLATES: dict[str, str] = {
    "killed": "No one was killed, {attr} said.",
    "wounded": "No injuries were reported.",
    "hostages": "There are no more hostages inside the {venue}, {attr} said.",
    "missing": "Nobody is missing any more, {attr} said.",
    "arrested": "No arrests have been made so far, {attr} said.",
}

# -- the plan ---------------------------------------------------------------------------


@dataclass
class IncidentPlan:
    """One invented incident: where, when, what, and how its figures evolve."""

    id: str
    kind: Kind
    city: str
    country: str
    venue: str
    venue_type: str
    start: datetime
    size: int
    final: dict[str, int]
    initial: dict[str, int]
    district: str = ""
    """An invented district of the city where it happened."""
    people: tuple[str, ...] = ()
    """Named people of this incident (a spokesperson, witnesses), quoted by every outlet."""
    details: tuple[str, ...] = ()
    """Sentences of this incident that several outlets repeat in their own words."""

    def truth(self, progress: float) -> dict[str, int]:
        """Return the figures known at ``progress`` (0 = first report, 1 = settled)."""
        step = min(3, int(progress * 4))
        known: dict[str, int] = {}
        for kind, end in self.final.items():
            begin = self.initial[kind]
            if kind == "hostages":
                # Hostages go down as people are freed; zero once the siege is over.
                known[kind] = 0 if step == 3 else max(0, begin - (begin - end) * step // 3)
            else:
                known[kind] = begin + (end - begin) * step // 3
        return known

    def headline(self, rng: random.Random) -> str:
        """Return a headline about the incident (for teasers and background)."""
        killed = self.final.get("killed", 0)
        noun = self.kind.headline_noun
        options = [
            f"{self.city} {noun}: what we know so far",
            f"{self.venue} {noun} in {self.city}",
        ]
        if killed:
            options += [
                f"{self.city} {noun} kills {killed}",
                f"{killed} dead after {noun} in {self.city}",
            ]
        return rng.choice(options)


@dataclass(frozen=True)
class PlantedFigure:
    """A figure written into an article, for scoring the extractor."""

    kind: str
    value: int
    qualifier: str | None
    who: str | None
    about_other: bool
    text: str

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "kind": self.kind,
            "value": self.value,
            "qualifier": self.qualifier,
            "who": self.who,
            "about_other": self.about_other,
            "text": self.text,
        }


@dataclass
class GenArticle:
    """One generated article, before it is written in its outlet's format."""

    id: str
    title: str
    paragraphs: list[str]
    outlet: Outlet
    published: datetime
    incident: str
    story: str
    """``report``, ``wire``, ``reprint``, ``copy``, ``live`` or ``follow-up``."""
    byline: str | None = None
    figures: list[PlantedFigure] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    teasers: list[str] = field(default_factory=list)

    @property
    def source(self) -> str:
        """Return the outlet's name."""
        return self.outlet.name

    @property
    def url(self) -> str:
        """Return the article's (invented) address."""
        return f"https://{self.outlet.domain}/{self.published:%Y/%m/%d}/{self.id}"

    @property
    def body(self) -> str:
        """Return the text as a loader should see it: paragraphs, then page furniture."""
        parts = list(self.paragraphs)
        if self.teasers:
            parts.append("Read more:\n" + "\n".join(self.teasers))
        parts.extend(self.boilerplate)
        return "\n\n".join(parts)

    @property
    def words(self) -> int:
        """Return the number of words of the body."""
        return len(self.body.split())


def _number(value: int, rng: random.Random, *, capital: bool = False) -> str:
    """Return ``value`` in words (small numbers, sometimes) or digits."""
    if 0 < value < len(NUMBER_WORDS) and rng.random() < 0.5:
        word = NUMBER_WORDS[value]
        return word.capitalize() if capital else word
    return str(value)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


# -- a small sentence grammar ----------------------------------------------------------
# Real coverage of unrelated incidents shares few three-word phrases; templates alone would
# make every article look alike to a text-similarity measure. These vocabularies combine
# into millions of distinct sentences, and invented names grow the vocabulary with N.

SYLLABLES = (
    "ka", "mi", "to", "ra", "le", "no", "sa", "bu", "di", "ge", "ho", "ja", "ko", "lu",
    "ma", "ne", "pa", "ri", "se", "ta", "vu", "wa", "ya", "zo", "an", "el", "in", "or",
    "ul", "ber", "dan", "fel", "gor", "han", "kin", "lor", "mar", "nor", "pet", "ros",
    "sul", "tam", "vel", "wen", "ash", "bel", "cor", "dro", "esk", "fal",
)  # fmt: skip
ORG_ADJECTIVES = (
    "national", "regional", "local", "provincial", "municipal", "independent", "state",
    "federal", "district", "central", "coastal", "northern", "southern", "eastern", "western",
)  # fmt: skip
ORGS = (
    "ministry of works", "electoral commission", "water board", "port authority",
    "traders' association", "farmers' union", "teachers' union", "bar association",
    "chamber of commerce", "roads agency", "housing authority", "health service",
    "fire service", "transport authority", "audit office", "ombudsman's office",
    "drivers' union", "youth council", "council of elders", "human rights commission",
    "planning committee", "tourism board", "civil aviation authority", "customs service",
    "prisons service", "statistics office", "meteorological service", "land registry",
)  # fmt: skip
VERBS = (
    "announced", "promised", "criticised", "demanded", "rejected", "approved", "postponed",
    "reviewed", "suspended", "questioned", "welcomed", "praised", "blamed", "ordered",
    "requested", "proposed", "launched", "delayed", "extended", "confirmed", "denied",
    "funded", "inspected", "reopened", "expanded", "cancelled", "organised", "defended",
    "published", "challenged", "revised", "endorsed", "scrapped", "audited", "drafted",
)  # fmt: skip
ADJECTIVES = (
    "new", "emergency", "temporary", "detailed", "urgent", "long-delayed", "controversial",
    "costly", "modest", "independent", "formal", "fresh", "joint", "partial", "expanded",
    "annual", "special", "official", "ambitious", "revised", "cross-party", "interim",
    "five-year", "overdue", "disputed", "popular", "local", "sweeping", "limited", "pilot",
)  # fmt: skip
NOUNS = (
    "inquiry", "budget", "review", "plan", "programme", "report", "fund", "ban", "package",
    "mission", "audit", "hearing", "compensation scheme", "reconstruction plan",
    "evacuation order", "safety review", "road closure", "relief effort", "recruitment drive",
    "security plan", "school timetable", "market levy", "water ration", "power schedule",
    "bus route", "bridge repair", "drainage project", "housing scheme", "fuel subsidy",
    "tax rebate", "loan guarantee", "vaccination campaign", "census", "land survey",
    "building code", "fire code", "zoning rule", "night-time curfew", "trade fair",
    "football tournament", "harvest festival", "railway upgrade", "hospital wing",
    "dredging contract", "street lighting project", "waste collection contract",
)  # fmt: skip
TAILS = (
    "for the {district} district", "after weeks of protests", "ahead of the rainy season",
    "despite objections from residents", "in the {part} part of the city",
    "by the end of {month}", "with support from donors", "following two days of talks",
    "after a heated debate in the council", "in response to complaints from {group}",
    "for the first time since {year}", "at a cost of {money} million", "for {group}",
    "near the {district} roundabout", "along {street}", "before the holiday weekend",
    "under pressure from {group}", "without consulting {group}", "in a written statement",
    "at a news conference in {city}", "on local radio", "in a letter to the governor",
)  # fmt: skip
GROUPS = (
    "market traders", "taxi drivers", "fishermen", "students", "nurses", "farmers",
    "shop owners", "residents", "parents", "bus operators", "street vendors", "landlords",
    "pensioners", "factory workers", "opposition lawmakers", "church leaders",
)  # fmt: skip
PARTS = ("northern", "southern", "eastern", "western", "central", "old", "industrial")
CLAUSES = (
    "the {noun} had been {adj} for months",
    "{group} had warned about the {noun} since {year}",
    "nobody had explained the {adj} {noun} to {group}",
    "the {district} district had waited years for a {noun}",
    "the {org} had ignored their letters",
    "prices in the {district} market had doubled since {month}",
    "the {noun} would change little for {group}",
)  # fmt: skip


def invented_name(rng: random.Random, syllables: int = 0) -> str:
    """Return an invented proper name of two or three syllables (``Kamiro``)."""
    count = syllables or rng.choice((2, 2, 3))
    return "".join(rng.choice(SYLLABLES) for _ in range(count)).capitalize()


def grammar_sentence(rng: random.Random, values: dict[str, str]) -> str:
    """Return one sentence from the grammar, with ``values`` for the place slots."""

    def fill(template: str) -> str:
        return template.format(
            district=values["district"],
            part=rng.choice(PARTS),
            month=rng.choice(MONTHS),
            group=rng.choice(GROUPS),
            year=str(rng.randint(1995, 2022)),
            money=str(rng.randint(2, 95)),
            street=f"{invented_name(rng)} {rng.choice(STREETS)}",
            city=values["city"],
            noun=rng.choice(NOUNS),
            adj=rng.choice(ADJECTIVES),
            org=f"{rng.choice(ORG_ADJECTIVES)} {rng.choice(ORGS)}",
        )

    org = f"the {rng.choice(ORG_ADJECTIVES)} {rng.choice(ORGS)}"
    roll = rng.random()
    if roll < 0.45:
        subject = org
    elif roll < 0.75:
        subject = f"{rng.choice(TITLES)} {invented_name(rng)} {invented_name(rng, 3)}"
    else:
        subject = (
            f"{invented_name(rng)} {invented_name(rng, 3)}, who represents {rng.choice(GROUPS)}"
        )
    shape = rng.random()
    if shape < 0.6:
        obj = f"a {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
        text = f"{subject} {rng.choice(VERBS)} {obj} {fill(rng.choice(TAILS))}"
    else:
        text = f"{subject} said {fill(rng.choice(CLAUSES))}"
    return _cap(text) + "."


def _plan_incidents(count: int, rng: random.Random) -> list[IncidentPlan]:
    """Plan incidents totalling ``count`` articles, one of them the largest by far."""
    sizes: list[int] = []
    remaining = count
    major = max(1, min(80, count // 40))
    if count >= 20:
        major = max(major, 12)
    sizes.append(min(major, remaining))
    remaining -= sizes[0]
    while remaining > 0:
        roll = rng.random()
        if roll < 0.5:
            size = rng.randint(2, 4)
        elif roll < 0.85:
            size = rng.randint(5, 12)
        elif roll < 0.98:
            size = rng.randint(13, 30)
        else:
            size = rng.randint(31, 60)
        size = min(size, remaining, max(1, major - 1) if count >= 20 else remaining)
        sizes.append(size)
        remaining -= size
    rng.shuffle(sizes)
    plans = []
    used: set[tuple[str, str]] = set()
    for number, size in enumerate(sizes):
        kind = rng.choice(KINDS)
        city, country = rng.choice(CITIES)
        venue_type = rng.choice(kind.venues)
        for _ in range(20):
            venue = f"{rng.choice(VENUE_NAMES)} {venue_type}"
            if (city, venue) not in used:
                break
        used.add((city, venue))
        start = EPOCH + timedelta(minutes=rng.randrange(SPAN_DAYS * 24 * 60 - 7 * 24 * 60))
        final: dict[str, int] = {}
        initial: dict[str, int] = {}
        scale = 1 + size // 6
        for index, figure in enumerate(kind.figures):
            if index > 1 and rng.random() < 0.3:
                continue
            if figure == "hostages":
                value = rng.randint(5, 60) * scale
                final[figure], initial[figure] = 0, value
                continue
            if figure == "evacuated":
                value = rng.randint(50, 900) * scale
            elif figure == "other":
                value = rng.choice((20, 50, 100, 200, 300, 500))
            elif figure == "attackers":
                value = rng.randint(2, 9)
            elif figure == "wounded" and rng.random() < 0.08:
                value = 0
            else:
                value = rng.randint(1, 25) * scale
            final[figure] = value
            initial[figure] = max(0, value - rng.randint(0, max(1, value // 2)))
        if "freed" in final and "hostages" in initial:
            final["freed"] = max(final["freed"], initial["hostages"] // 2)
        plans.append(
            IncidentPlan(
                id=f"inc-{number:06d}",
                kind=kind,
                city=city,
                country=country,
                venue=venue,
                venue_type=venue_type,
                start=start,
                size=size,
                final=final,
                initial={k: min(v, final[k]) if k != "hostages" else v for k, v in initial.items()},
            )
        )
    plans.sort(key=lambda p: (p.start, p.id))
    return plans


class _Slots(dict[str, str]):
    """Template slot values, each drawn from the generator only when a template uses it."""

    def __init__(self, plan: IncidentPlan, rng: random.Random) -> None:
        super().__init__(
            city=plan.city,
            country=plan.country,
            venue=plan.venue,
            venue_type=plan.venue_type,
            event=plan.kind.event,
        )
        self.rng = rng

    def __missing__(self, key: str) -> str:
        rng = self.rng
        draw = int(rng.random() * 1_000_000)
        value: str
        if key == "weekday":
            value = WEEKDAYS[draw % 7]
        elif key == "daypart":
            value = DAYPARTS[draw % len(DAYPARTS)]
        elif key == "title":
            value = TITLES[draw % len(TITLES)]
        elif key == "person":
            value = f"{FIRST[draw % len(FIRST)]} {LAST[(draw // 97) % len(LAST)]}"
        elif key == "occupation":
            value = OCCUPATIONS[draw % len(OCCUPATIONS)]
        elif key == "phone":
            value = f"+{20 + draw % 280} {100 + draw % 900} {1000 + (draw * 7) % 9000}"
        elif key == "time":
            value = f"{1 + draw % 12}:{('00', '15', '30', '45')[(draw // 12) % 4]} " + (
                "a.m." if draw % 2 else "p.m."
            )
        elif key == "age":
            value = str(19 + draw % 53)
        elif key == "hours":
            value = _number(2 + draw % 8, rng)
        elif key == "floors":
            value = _number(3 + draw % 12, rng)
        elif key == "things":
            value = str(12 + draw % 389)
        elif key == "small":
            value = _number(2 + draw % 11, rng)
        elif key == "street":
            value = f"{LAST[draw % len(LAST)]} {STREETS[(draw // 41) % len(STREETS)]}"
        elif key == "minister":
            value = MINISTRIES[draw % len(MINISTRIES)]
        elif key == "year":
            value = str(1998 + draw % 25)
        elif key == "money":
            value = str(2 + draw % 89)
        elif key == "million":
            value = str(1 + draw % 9)
        else:
            raise KeyError(key)
        self[key] = value
        return value


class _Composer:
    """Writes the articles of one run: figure sentences, filler, boilerplate."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.weights = [o.weight for o in OUTLETS]
        self.format_deck: list[str] = []
        self.past: list[IncidentPlan] = []
        self.sequence = 0

    # -- choosing ----------------------------------------------------------------------

    def outlet(self, rng: random.Random, *, avoid: Outlet | None = None) -> Outlet:
        """Return an outlet, drawn so that every format family appears early and often."""
        if not self.format_deck:
            self.format_deck = ["text"] * 8 + ["jsonl"] * 5 + ["html"] * 4 + ["feed"] * 3
            rng.shuffle(self.format_deck)
        group = self.format_deck.pop()
        candidates = [o for o in OUTLETS if o.group == group and o is not avoid and not o.wire]
        return rng.choices(candidates, weights=[o.weight for o in candidates])[0]

    def next_id(self, outlet: Outlet, published: datetime) -> str:
        """Return a new, globally unique article id."""
        self.sequence += 1
        return f"{outlet.slug}-{published:%Y%m%d}-{self.sequence:06d}"

    # -- sentences ---------------------------------------------------------------------

    def slots(self, plan: IncidentPlan, rng: random.Random) -> _Slots:
        """Return the values template slots draw from for one paragraph (drawn lazily)."""
        return _Slots(plan, rng)

    def figure_sentence(
        self,
        plan: IncidentPlan,
        kind: str,
        value: int,
        rng: random.Random,
        *,
        previous: int | None = None,
    ) -> tuple[str, PlantedFigure]:
        """Return a sentence reporting ``value`` people of ``kind``, and what it plants."""
        attr = rng.choice(ATTRIBUTIONS)
        slots = {
            "attr": attr,
            "Attr": _cap(attr),
            "event": plan.kind.event,
            "venue": plan.venue,
            "perp": plan.kind.perpetrators if kind in ("hostages", "attackers") else "gunmen",
        }
        if kind == "attackers" and plan.kind.key in ("ferry", "flood", "collapse", "derailment"):
            kind = "arrested"
        if value == 1:
            value = 2  # the templates speak of people in the plural
        if value == 0 and kind in ZERO_TEMPLATES:
            text = ZERO_TEMPLATES[kind].format(**slots)
            return text, PlantedFigure(kind, 0, None, None, False, text)
        options = FIGURE_TEMPLATES[kind]
        if previous is None or previous >= value or kind != "killed":
            options = tuple(t for t in options if "{a} to" not in t[0])
        template, qualifier = rng.choice(options)
        who = None
        if "{who}" in template:
            who = rng.choice(WHO_KILLED)
            value = max(1, min(value, rng.randint(1, 6)))
        if "between {a} and {b}" in template:
            low = max(1, value - rng.randint(1, 2))
            slots.update(a=_number(low, rng), b=_number(value, rng))
            text = template.format(**slots)
            figure = PlantedFigure(kind, low, None, slots["perp"], False, text)
            return text, figure
        slots.update(
            n=_number(value, rng),
            N=_number(value, rng, capital=True),
            a=str(previous) if previous is not None else "",
            who=who or "",
        )
        text = template.format(**slots)
        return text, PlantedFigure(kind, value, qualifier, who, False, text)

    def background(self, plan: IncidentPlan, rng: random.Random) -> tuple[str, list[PlantedFigure]]:
        """Return a paragraph about an earlier incident (figures about another incident)."""
        same_country = [p for p in self.past[-400:] if p.country == plan.country and p is not plan]
        pool = same_country or self.past[-200:]
        other = rng.choice(pool) if pool else None
        if other is None or other is plan:
            year = plan.start.year - rng.randint(2, 9)
            value = rng.randint(5, 90)
            text = (
                f"In {year}, militants attacked a hotel in {plan.country}'s capital, killing "
                f"{value} people during a siege that lasted two days."
            )
            return text, [PlantedFigure("killed", value, None, None, True, text)]
        killed = other.final.get("killed") or rng.randint(2, 30)
        month = MONTHS[other.start.month - 1]
        when = month if other.start.year == plan.start.year else f"{month} {other.start.year}"
        text = rng.choice(
            (
                f"In {when}, {killed} people were killed in {other.kind.event} at the "
                f"{other.venue} in {other.city}.",
                f"{_cap(other.kind.event)} at the {other.venue} in {other.city} in {when} left "
                f"{killed} people dead.",
                f"The attack comes months after {other.kind.event} in {other.city}, in which "
                f"at least {killed} people died.",
            )
        )
        qualifier = "at least" if "at least" in text else None
        figure = PlantedFigure("killed", killed, qualifier, None, True, text)
        return text, [figure]

    def filler(self, plan: IncidentPlan, rng: random.Random, follow_up: bool) -> str:
        """Return a paragraph of context, reactions, quotes and this incident's details."""
        slots = self.slots(plan, rng)
        values = {"district": plan.district, "city": plan.city}
        pool = FOLLOW_UPS + CONTEXT if follow_up else CONTEXT + REACTIONS
        sentences = []
        for _ in range(rng.randint(2, 4)):
            roll = rng.random()
            if roll < 0.2 and plan.details:
                sentences.append(rng.choice(plan.details))
            elif roll < 0.28:
                sentences.append(_cap(rng.choice(pool).format_map(slots)))
            elif roll < 0.34:
                speaker = rng.choice(plan.people) if plan.people else slots["person"]
                sentences.append(
                    f"\u201c{rng.choice(QUOTES)},\u201d said {speaker}, a "
                    f"{slots['occupation']} from the {plan.district} district."
                )
            else:
                sentences.append(grammar_sentence(rng, values))
        return " ".join(sentences)

    def prepare(self, plan: IncidentPlan, rng: random.Random) -> None:
        """Invent what every outlet covering ``plan`` will share: names and details."""
        values = {"district": invented_name(rng), "city": plan.city}
        plan.district = values["district"]
        plan.people = tuple(f"{invented_name(rng)} {invented_name(rng, 3)}" for _ in range(3))
        spokesperson = f"{rng.choice(TITLES)} {plan.people[0]}"
        details = [grammar_sentence(rng, values) for _ in range(5)]
        details.append(
            f"{_cap(spokesperson)} said the {plan.venue_type} in the {plan.district} district "
            f"would stay closed while investigators worked."
        )
        plan.details = tuple(details)

    def furniture(self, outlet: Outlet, rng: random.Random, year: int) -> list[str]:
        """Return page boilerplate lines for an outlet: appeals, sign-ups, credits."""
        lines = []
        if rng.random() < 0.6:
            lines.append(rng.choice(APPEALS).format(outlet=outlet.name))
        for _ in range(rng.randint(1, 3)):
            lines.append(
                rng.choice(FURNITURE).format(
                    outlet=outlet.name, year=year, phone4=f"{rng.randint(1000, 9999)}"
                )
            )
        if rng.random() < 0.3:
            lines.append(f"Photo: {rng.choice(WIRES).name}/{_person(rng)}")
        return lines

    def teasers(self, rng: random.Random) -> list[str]:
        """Return related-story headlines about other incidents."""
        pool = self.past[-300:]
        if not pool:
            return []
        picks = [rng.choice(pool).headline(rng) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.3:
            picks.append(f"Opinion: Why {rng.choice(CITIES)[1]} remains vulnerable")
        return picks

    # -- articles ----------------------------------------------------------------------

    def report(
        self,
        plan: IncidentPlan,
        outlet: Outlet,
        published: datetime,
        rng: random.Random,
        story: str,
    ) -> GenArticle:
        """Return a news report (or a wire story) about ``plan`` at ``published``."""
        progress = min(1.0, (published - plan.start) / timedelta(hours=48))
        known = plan.truth(progress)
        before = plan.truth(max(0.0, progress - 0.3))
        follow_up = story == "follow-up"
        noun = plan.kind.headline_noun
        killed = known.get("killed")
        headlines = [
            f"{_cap(noun)} at {plan.venue} in {plan.city}",
            f"{plan.city}: {noun} at {plan.venue}",
        ]
        if killed:
            headlines.append(f"At least {killed} dead in {plan.city} {noun}")
            headlines.append(f"{plan.city} {noun} death toll rises to {killed}")
        if known.get("hostages"):
            headlines.append(
                f"{_cap(plan.kind.perpetrators)} hold hostages at {plan.city} {plan.venue_type}"
            )
        if follow_up:
            headlines = [
                f"{plan.city} mourns victims of {noun}",
                f"After the {noun}: {plan.city} asks why",
            ]
        title = rng.choice(headlines)
        article = GenArticle(
            id=self.next_id(outlet, published),
            title=title,
            paragraphs=[],
            outlet=outlet,
            published=published,
            incident=plan.id,
            story=story,
        )
        wire = story == "wire"
        dateline = f"{plan.city.upper()} ({outlet.name}) \u2014 " if wire else ""
        if not wire and rng.random() < 0.5:
            article.byline = f"By {_person(rng)}"
        lead_kind = next(iter(known), None)
        lead = dateline + LEADS[plan.kind.key].format(
            venue=plan.venue, city=plan.city, day=WEEKDAYS[plan.start.weekday()]
        )
        if lead_kind is not None:
            sentence, figure = self.figure_sentence(
                plan, lead_kind, known[lead_kind], rng, previous=before.get(lead_kind)
            )
            article.figures.append(figure)
            lead = f"{lead}. {sentence}"
        else:
            lead += "."
        article.paragraphs.append(lead)
        kinds = list(known)
        rng.shuffle(kinds)
        for kind in kinds[: rng.randint(2, 5)]:
            sentence, figure = self.figure_sentence(
                plan, kind, known[kind], rng, previous=before.get(kind)
            )
            article.figures.append(figure)
            article.paragraphs.append(f"{sentence} {self.filler(plan, rng, follow_up)}")
        target = int(rng.triangular(MIN_WORDS + 20, MAX_WORDS - 150, 560))
        if rng.random() < 0.5 and self.past:
            text, figures = self.background(plan, rng)
            article.figures.extend(figures)
            article.paragraphs.append(text)
        words = sum(len(p.split()) for p in article.paragraphs)
        while words < target:
            paragraph = self.filler(plan, rng, follow_up)
            article.paragraphs.append(paragraph)
            words += paragraph.count(" ") + 1
        if rng.random() < 0.35 and self.past:
            text, figures = self.background(plan, rng)
            article.figures.extend(figures)
            article.paragraphs.insert(len(article.paragraphs) - 1, text)
        article.teasers = self.teasers(rng) if rng.random() < 0.5 else []
        article.boilerplate = self.furniture(outlet, rng, published.year)
        return article

    def reprint(
        self, wire: GenArticle, outlet: Outlet, rng: random.Random, *, exact: bool
    ) -> GenArticle:
        """Return another outlet's republication of a wire story."""
        published = wire.published + timedelta(minutes=rng.randint(5, 240))
        article = GenArticle(
            id=self.next_id(outlet, published),
            title=wire.title if exact or rng.random() < 0.6 else f"{wire.title} ({wire.source})",
            paragraphs=list(wire.paragraphs),
            outlet=outlet,
            published=published,
            incident=wire.incident,
            story="copy" if exact else "reprint",
            figures=list(wire.figures),
            teasers=list(wire.teasers) if exact else [],
            boilerplate=list(wire.boilerplate) if exact else [],
        )
        if not exact:
            article.paragraphs.append(
                f"This story was originally published by {wire.source} and is republished "
                "here under a syndication agreement."
            )
            article.teasers = self.teasers(rng) if rng.random() < 0.5 else []
            article.boilerplate = self.furniture(outlet, rng, published.year)
        return article

    def live(
        self, plan: IncidentPlan, outlet: Outlet, published: datetime, rng: random.Random
    ) -> GenArticle:
        """Return a live blog: timed updates, newest first, figures changing as they go."""
        article = GenArticle(
            id=self.next_id(outlet, published),
            title=f"Live: {plan.kind.headline_noun} in {plan.city} \u2014 latest updates",
            paragraphs=[],
            outlet=outlet,
            published=published,
            incident=plan.id,
            story="live",
        )
        steps = rng.randint(5, 12)
        span = max(timedelta(minutes=30), published - plan.start)
        entries = []
        previous: dict[str, int] = {}
        for step in range(steps):
            moment = plan.start + span * (step + 1) / steps
            progress = min(1.0, (moment - plan.start) / timedelta(hours=48))
            known = plan.truth(progress)
            kind = rng.choice(list(known)) if known else None
            pieces = []
            if kind is not None:
                sentence, figure = self.figure_sentence(
                    plan, kind, known[kind], rng, previous=previous.get(kind)
                )
                article.figures.append(figure)
                pieces.append(sentence)
                previous.update(known)
            pieces.append(rng.choice(CONTEXT).format_map(self.slots(plan, rng)))
            entries.append(f"{moment:%H:%M} \u2014 {' '.join(pieces)}")
        article.paragraphs.append(
            f"Follow our live coverage of {plan.kind.event} at the {plan.venue} in {plan.city}."
        )
        article.paragraphs.extend(reversed(entries))
        while article.words < MIN_WORDS + 40:
            article.paragraphs.append(self.filler(plan, rng, False))
        article.boilerplate = self.furniture(outlet, rng, published.year)
        return article

    def incident_articles(self, plan: IncidentPlan, rng: random.Random) -> list[GenArticle]:
        """Return every article about one incident, in publication order."""
        articles: list[GenArticle] = []
        remaining = plan.size
        self.prepare(plan, rng)
        # The wire breaks the story; other outlets republish it.
        if remaining >= 2 or rng.random() < 0.5:
            wire_outlet = rng.choice(WIRES)
            wire = self.report(
                plan, wire_outlet, plan.start + timedelta(minutes=rng.randint(20, 90)), rng, "wire"
            )
            articles.append(wire)
            remaining -= 1
            reprints = min(remaining - (1 if remaining > 2 else 0), rng.randint(0, 3))
            for _ in range(max(0, reprints)):
                outlet = self.outlet(rng)
                exact = outlet.group in ("text", "jsonl") and rng.random() < 0.5
                articles.append(self.reprint(wire, outlet, rng, exact=exact))
                remaining -= 1
        if remaining > 0 and plan.size >= 8:
            outlet = rng.choice(BROADCASTERS)
            moment = plan.start + timedelta(hours=rng.randint(3, 30))
            articles.append(self.live(plan, outlet, moment, rng))
            remaining -= 1
        for _ in range(remaining):
            outlet = self.outlet(rng)
            follow_up = rng.random() < 0.12
            delay = (
                timedelta(days=rng.randint(3, 9), minutes=rng.randint(0, 600))
                if follow_up
                else timedelta(minutes=int(rng.expovariate(1 / 900)) + 40)
            )
            articles.append(
                self.report(
                    plan, outlet, plan.start + delay, rng, "follow-up" if follow_up else "report"
                )
            )
        articles.sort(key=lambda a: (a.published, a.id))
        return articles


def iter_articles(count: int, seed: int = 7) -> Iterator[GenArticle]:
    """Yield ``count`` articles, deterministically from ``seed``, incident by incident."""
    rng = random.Random(f"wiredesk-bench:{GENERATOR_VERSION}:{seed}")
    plans = _plan_incidents(count, rng)
    composer = _Composer(seed)
    for plan in plans:
        local = random.Random(f"{seed}:{plan.id}:{rng.random()}")
        yield from composer.incident_articles(plan, local)
        composer.past.append(plan)


def plan_summary(count: int, seed: int = 7) -> list[IncidentPlan]:
    """Return the incident plan of a run (cheap: no text is generated)."""
    rng = random.Random(f"wiredesk-bench:{GENERATOR_VERSION}:{seed}")
    return _plan_incidents(count, rng)


# -- writing ----------------------------------------------------------------------------


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _html_page(article: GenArticle, rng: random.Random) -> str:
    """Return a saved web page: metadata, navigation, banners, the article, a footer."""
    outlet = article.outlet
    nav = "".join(
        f'<li><a href="https://{outlet.domain}/{s.lower()}">{s}</a></li>'
        for s in ("World", "Africa", "Asia", "Europe", "Americas", "Business", "Sport", "Opinion")
    )
    paragraphs = "\n".join(f"<p>{html_escape(p)}</p>" for p in article.paragraphs)
    teasers = "".join(
        f'<li><a href="https://{outlet.domain}/related/{i}">{html_escape(t)}</a></li>'
        for i, t in enumerate(article.teasers)
    )
    furniture = "\n".join(f"<p>{html_escape(line)}</p>" for line in article.boilerplate)
    byline = f'<p class="byline">{html_escape(article.byline)}</p>' if article.byline else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html_escape(article.title)} | {html_escape(outlet.name)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{html_escape(article.title)}">
<meta property="og:site_name" content="{html_escape(outlet.name)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{_iso(article.published)}">
<meta name="article-id" content="{article.id}">
<link rel="canonical" href="{article.url}">
<link rel="stylesheet" href="https://{outlet.domain}/static/site.css">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"section": "world"}});</script>
</head>
<body class="article-page">
<header class="masthead"><a href="https://{outlet.domain}/">{html_escape(outlet.name)}</a>
<nav class="menu"><ul>{nav}</ul></nav></header>
<div class="cookie-banner" id="consent">We use cookies to improve your experience.
<button>Accept all</button><button>Manage settings</button></div>
<main>
<article>
<h1>{html_escape(article.title)}</h1>
{byline}
<time datetime="{_iso(article.published)}" pubdate>{article.published:%d %B %Y, %H:%M}</time>
{paragraphs}
{furniture}
</article>
<aside class="related"><h2>Related stories</h2><ul>{teasers}</ul></aside>
</main>
<div class="newsletter-signup"><h3>Get the morning briefing</h3>
<form><input type="email" placeholder="Your email"><button>Subscribe</button></form></div>
<div class="share-bar"><a href="#">Share</a> <a href="#">Post</a> <a href="#">Email</a></div>
<footer><p>&copy; {article.published.year} {html_escape(outlet.name)}. All rights reserved.</p>
<p><a href="https://{outlet.domain}/about">About us</a> \u00b7
<a href="https://{outlet.domain}/privacy">Privacy</a> \u00b7 Advertise with us: ads@{outlet.domain}
</p></footer>
<script src="https://{outlet.domain}/static/app.{rng.randrange(16**8):08x}.js"></script>
</body>
</html>
"""


def _rss_item(article: GenArticle) -> str:
    html_body = "".join(f"<p>{html_escape(p)}</p>" for p in article.body.split("\n\n"))
    summary = html_escape(article.paragraphs[0][:300])
    return (
        "<item>\n"
        f"<title>{xml_escape(article.title)}</title>\n"
        f"<link>{article.url}</link>\n"
        f'<guid isPermaLink="false">{article.id}</guid>\n'
        f"<pubDate>{format_datetime(article.published)}</pubDate>\n"
        f"<description>{summary}</description>\n"
        f"<content:encoded><![CDATA[{html_body}]]></content:encoded>\n"
        "</item>\n"
    )


def _rss(outlet: Outlet, items: Sequence[GenArticle]) -> str:
    latest = max(a.published for a in items)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n'
        "<channel>\n"
        f"<title>{xml_escape(outlet.name)}</title>\n"
        f"<link>https://{outlet.domain}/</link>\n"
        f"<description>Latest news from {xml_escape(outlet.name)}</description>\n"
        f"<lastBuildDate>{format_datetime(latest)}</lastBuildDate>\n"
        + "".join(_rss_item(a) for a in items)
        + "</channel>\n</rss>\n"
    )


def _atom(outlet: Outlet, items: Sequence[GenArticle]) -> str:
    latest = max(a.published for a in items)
    entries = []
    for a in items:
        html_body = "".join(f"<p>{html_escape(p)}</p>" for p in a.body.split("\n\n"))
        entries.append(
            "<entry>\n"
            f"<id>{a.id}</id>\n"
            f"<title>{xml_escape(a.title)}</title>\n"
            f'<link href="{a.url}"/>\n'
            f"<published>{_iso(a.published)}</published>\n"
            f"<updated>{_iso(a.published)}</updated>\n"
            f'<content type="html">{xml_escape(html_body)}</content>\n'
            "</entry>\n"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom">\n'
        f"<title>{xml_escape(outlet.name)}</title>\n"
        f"<id>https://{outlet.domain}/</id>\n"
        f"<updated>{_iso(latest)}</updated>\n" + "".join(entries) + "</feed>\n"
    )


class CorpusWriter:
    """Writes generated articles in their outlets' formats under one folder."""

    def __init__(self, root: Path, seed: int) -> None:
        self.root = root
        self.rng = random.Random(f"writer:{seed}")
        self.appends: dict[Path, list[str]] = {}
        self.buffered = 0
        self.feeds: dict[str, list[GenArticle]] = {}
        self.feed_files: Counter[str] = Counter()
        self.formats: Counter[str] = Counter()

    def write(self, article: GenArticle) -> str:
        """Write one article (or buffer it for its JSONL or feed file); return its path."""
        outlet = article.outlet
        folder = self.root / outlet.slug
        day = article.published
        self.formats[outlet.fmt] += 1
        if outlet.fmt in ("txt", "md", "html"):
            where = folder / f"{day:%Y}" / f"{day:%m}"
            where.mkdir(parents=True, exist_ok=True)
            if outlet.fmt == "txt":
                path = where / f"{article.id}.txt"
                lines = [article.title, ""]
                if article.byline:
                    lines += [article.byline, ""]
                path.write_text("\n".join(lines) + article.body + "\n", encoding="utf-8")
                meta = {
                    "id": article.id,
                    "source": article.source,
                    "published": _iso(day),
                    "url": article.url,
                }
                (where / f"{article.id}.meta.json").write_text(
                    json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
                )
            elif outlet.fmt == "md":
                path = where / f"{article.id}.md"
                title = article.title.replace('"', "'")
                front = (
                    f'---\nid: {article.id}\ntitle: "{title}"\nsource: {article.source}\n'
                    f"date: {_iso(day)}\nurl: {article.url}\n---\n\n"
                )
                byline = f"*{article.byline}*\n\n" if article.byline else ""
                path.write_text(
                    f"{front}# {article.title}\n\n{byline}{article.body}\n", encoding="utf-8"
                )
            else:
                path = where / f"{article.id}.html"
                path.write_text(_html_page(article, self.rng), encoding="utf-8")
            return str(path.relative_to(self.root))
        if outlet.fmt == "jsonl":
            path = folder / f"{day:%Y-%m}.jsonl"
            record: dict[str, Any] = {"id": article.id, "title": article.title}
            # Two shapes, as exports differ: text + source string, body + source object.
            if sum(map(ord, outlet.slug)) % 2:
                record.update(text=article.body, source=article.source)
            else:
                record.update(body=article.body, source={"name": article.source})
            record.update(published=_iso(day), url=article.url)
            self._append(path, json.dumps(record, ensure_ascii=False) + "\n")
            return str(path.relative_to(self.root))
        pending = self.feeds.setdefault(outlet.slug, [])
        pending.append(article)
        number = self.feed_files[outlet.slug]
        path = folder / f"feed-{number:05d}.{outlet.fmt}"
        if len(pending) >= FEED_ENTRIES:
            self._flush_feed(outlet)
        return str(path.relative_to(self.root))

    def _append(self, path: Path, line: str) -> None:
        self.appends.setdefault(path, []).append(line)
        self.buffered += len(line)
        if self.buffered > 16_000_000:
            self._flush_appends()

    def _flush_appends(self) -> None:
        for path, lines in self.appends.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as handle:
                handle.writelines(lines)
        self.appends.clear()
        self.buffered = 0

    def _flush_feed(self, outlet: Outlet) -> None:
        pending = self.feeds.get(outlet.slug)
        if not pending:
            return
        folder = self.root / outlet.slug
        folder.mkdir(parents=True, exist_ok=True)
        number = self.feed_files[outlet.slug]
        text = _rss(outlet, pending) if outlet.fmt == "rss" else _atom(outlet, pending)
        (folder / f"feed-{number:05d}.{outlet.fmt}").write_text(text, encoding="utf-8")
        self.feed_files[outlet.slug] += 1
        self.feeds[outlet.slug] = []

    def close(self) -> None:
        """Write everything still buffered."""
        self._flush_appends()
        for outlet in OUTLETS:
            self._flush_feed(outlet)


def generate(count: int, out: Path, seed: int = 7, *, force: bool = False) -> dict[str, Any]:
    """Write a corpus of ``count`` articles under ``out``; return its manifest.

    ``out`` must be empty, missing, or a corpus this generator wrote (replaced with
    ``force``). The manifest is also written to ``out/corpus.json``.
    """
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        if not (out / MANIFEST).is_file():
            raise SystemExit(f"{out} is not empty and holds no {MANIFEST}; choose another --out.")
        if not force:
            existing: dict[str, Any] = json.loads((out / MANIFEST).read_text("utf-8"))
            if (
                existing.get("articles") == count
                and existing.get("seed") == seed
                and existing.get("generator_version") == GENERATOR_VERSION
            ):
                return existing
        shutil.rmtree(out)
    articles_dir = out / ARTICLES_DIR
    truth_dir = out / TRUTH_DIR
    articles_dir.mkdir(parents=True)
    truth_dir.mkdir()
    writer = CorpusWriter(articles_dir, seed)
    stories: Counter[str] = Counter()
    sizes: Counter[str] = Counter()
    outlets: Counter[str] = Counter()
    words = 0
    written = 0
    with (truth_dir / "articles.jsonl").open("w", encoding="utf-8") as truth:
        for article in iter_articles(count, seed):
            path = writer.write(article)
            stories[article.story] += 1
            sizes[article.incident] += 1
            outlets[article.source] += 1
            words += article.words
            written += 1
            truth.write(
                json.dumps(
                    {
                        "id": article.id,
                        "incident": article.incident,
                        "source": article.source,
                        "published": _iso(article.published),
                        "format": article.outlet.fmt,
                        "story": article.story,
                        "path": path,
                        "words": article.words,
                        "figures": [f.to_dict() for f in article.figures],
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    writer.close()
    plans = {p.id: p for p in plan_summary(count, seed)}
    largest_id, largest_size = max(sizes.items(), key=lambda kv: (kv[1], kv[0]))
    largest = plans[largest_id]
    manifest: dict[str, Any] = {
        "generator_version": GENERATOR_VERSION,
        "seed": seed,
        "articles": written,
        "words": words,
        "incidents": len(sizes),
        "formats": dict(sorted(writer.formats.items())),
        "stories": dict(sorted(stories.items())),
        "outlets": [o.name for o in OUTLETS],
        "outlet_counts": dict(sorted(outlets.items())),
        "largest_incident": {
            "id": largest.id,
            "articles": largest_size,
            "city": largest.city,
            "country": largest.country,
            "venue": largest.venue,
            "kind": largest.kind.key,
            "start": _iso(largest.start),
        },
        "articles_dir": ARTICLES_DIR,
    }
    (out / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def main(argv: Sequence[str] | None = None) -> int:
    """Run the generator from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, required=True, help="How many articles.")
    parser.add_argument("--out", type=Path, required=True, help="Folder to write into.")
    parser.add_argument("--seed", type=int, default=7, help="Seed (same seed, same bytes).")
    parser.add_argument("--force", action="store_true", help="Regenerate even if up to date.")
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    manifest = generate(args.articles, args.out, args.seed, force=args.force)
    json.dump(manifest, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
