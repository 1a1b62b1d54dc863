"""Does a sentence speak of the article's own incident, or of another one?

Wire stories carry background: an earlier attack in the same city, last week's attacks
somewhere else, the worst disaster since some year. Figures there must never be counted
for the article's own incident. :func:`assess` looks for the signs a reader uses:

* time that points back: ``last March``, ``in August`` (not the publication month),
  ``in 2013``, ``a 2003 earthquake``, ``earlier this year``, ``two years ago``,
  ``that year``, ``on that day``, ``said at the time``;
* a reference to another event: ``That attack …``, ``a similar blast``, ``the August siege``;
* a clause that opens a comparison: ``it comes after …``, ``the worst since 1996, when …``,
  ``echoed a 2013 assault``, ``the anniversary of …`` (figures after the cue are the other
  incident's, figures before it are not);
* an attack placed somewhere the article's lead never names: ``attacks on Paris``,
  ``the Paris attacks``, ``a shooting in downtown Sacramento``.

The article's own places are the capitalised names of its title and lead (see
:func:`main_terms`); the time words of its title and first sentence are its own too (see
:func:`times_in`: in a follow-up, ``the mine that collapsed last month`` is the story). An
:class:`Assessment` also carries a short hint naming the other incident when the sentence
gives one (``Paris``, ``La Terrasse nightclub``, ``August``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from wiredesk.index.extract.dates import day_of
from wiredesk.index.extract.lexicon import (
    ATTACKER_NOUNS,
    DEMONYM_NOUNS,
    MONTH_NAMES,
    MONTHS,
    NATIONALITY_ADJECTIVES,
    PEOPLE_NOUNS,
    WEEKDAYS,
    word_set,
)

__all__ = [
    "Assessment",
    "assess",
    "hint_for_teaser",
    "main_terms",
    "points_back",
    "teaser_of_own_story",
    "times_in",
]


@dataclass(frozen=True, slots=True)
class Assessment:
    """What a sentence says about which incident it speaks of."""

    other_from: int | None = None
    """Offset in the sentence from which it speaks of another incident; None if never."""
    hint: str | None = None
    """A short text naming that other incident (a place, a venue, a month), if any."""

    @property
    def whole(self) -> bool:
        """Return True when the whole sentence speaks of another incident."""
        return self.other_from == 0


_MONTH_RE = "|".join(MONTH_NAMES)
_WEEKDAY_RE = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_INCIDENT = (
    r"(?i:attacks?|bombings?|blasts?|explosions?|sieges?|shootings?|massacres?|ambush(?:es)?|"
    r"assaults?|stampedes?|crush|hostage-taking|hostage\s+crisis|hijackings?|kidnappings?|"
    r"crash(?:es)?|riots|clashes|standoff|incident|disaster|tragedy)"
)
_NAME = r"[A-Z][\w’'-]*(?:\s+(?:(?:de|del|la|le|al|el|du)\s+)?[A-Z][\w’'-]*)*"
_VENUE = (
    r"(?:hotel|nightclub|club|restaurant|mall|market|mosque|church|school|stadium|camp|"
    r"base|station|university|college|hospital|theatre|theater|cafe|café|bar|synagogue|"
    r"temple|airport|embassy|resort|concert\s+hall|festival)"
)

# Time that points back from the story: a sentence-wide sign.
_PAST_TIME = re.compile(
    rf"(?<!since\s)(?<!since\slate\s)(?<!since\searly\s)\blast\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter|{_MONTH_RE}|"
    rf"{_WEEKDAY_RE})(?:'s|’s)?\b"
    r"|\bearlier\s+(?:this|that|last)\s+(?:year|month|decade)\b"
    r"|\b(?:this|that)\s+year(?:'s|’s)\b|\bthat\s+(?:year|day)\b|\bthe\s+(?:previous|preceding)\s+"
    r"(?:year|month|week)\b"
    r"|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+"
    r"(?:(?:years?|months?|decades?)\s+(?:ago|earlier|before)"
    # "A year later, a fire in another ward killed seven": a year on from an earlier event.
    r"|(?:years?|decades?)\s+later)\b"
    # "kidnapped in nearby villages since the beginning of August": a tally of a period.
    rf"|\bsince\s+the\s+(?:beginning|start)\s+of\s+(?:the\s+)?(?:year|{_MONTH_RE}|"
    r"(?:19|20)\d{2})\b"
    r"|\b(?:said|says|told\s+[\w ]{1,20}|reported|stated)\s+at\s+the\s+time\b",
    re.IGNORECASE,
)
_MONTH_CUE = re.compile(
    rf"\b(?i:in|since|during|until|by|of|after|last|early|late|mid-?)\s+(?:(?i:early|late|mid-?)\s+)?"
    rf"(?P<month>{_MONTH_RE})\b(?!\s+\d{{1,2}}\b)(?:,?\s+(?P<year>(?:19|20)\d{{2}})\b)?"
    rf"|\b(?i:the|an?)\s+(?P<month2>{_MONTH_RE})\s+{_INCIDENT}"
)
_DATE_CUE = re.compile(
    rf"\b(?i:on|since|by)\s+(?:(?P<m1>{_MONTH_RE})\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+"
    rf"(?P<m2>{_MONTH_RE}))\b(?:,?\s+(?P<y>(?:19|20)\d{{2}})\b)?"
)
"""``On July 19``, ``on 19 July 2025``: a day named in full."""
_DATED_BEFORE_DAYS = 21
"""A day named this long before publication is another event: coverage of a story runs for
days, and a follow-up's own dates are in its lead (``own_times``)."""
_YEAR_CUE = re.compile(
    r"(?=[abdiostu])(?:"  # the alternatives' first letters, as in _CLAUSE_CUES below
    r"\b(?:in|since|during|of|until|by|after)\s+(?:(?:early|late|mid-?)\s+)?(?P<year>(?:18|19|20)\d{2})\b"
    rf"|\b(?:the|an?)\s+(?:(?:{_MONTH_RE})\s+)?(?P<year2>(?:19|20)\d{{2}})\s+(?:(?-i:[A-Z][\w’'-]*|de|do|da|del|la|el|al|van|von)\s+){{0,4}}(?:(?-i:[a-z]+)\s+)?"
    rf"(?:{_INCIDENT}|earthquake|quake|floods?|fire|"
    r"storm|cyclone|hurricane|typhoon|tsunami|landslide|eruption|war|uprising|coup|collapse|"
    r"case|sinking|capsizing|derailment|accident|avalanche|mudslide|abduction|seizure|raid))",
    re.IGNORECASE,
)
_LATER_EVENT = (
    r"(?i:fires?|wildfires?|blazes?|floods?|earthquakes?|quakes?|landslides?|sinkings?|"
    r"capsizings?|collapses?|derailments?|accidents?|strikes?|occasion)"
)
"""Events that need no attacker (a lightning or drone ``strike`` too), and ``occasion``: named
with ``that`` or ``a separate`` they are another event than the story's, as an attack is."""
_OTHER_HANDS = "|".join(sorted(ATTACKER_NOUNS | {"gang", "band", "cell", "militia", "faction"}))
"""Who acts in an attack: named as ``a separate gang`` they act in another attack."""
_OTHER_EVENT = re.compile(
    r"(?:^\W*|\b(?:in|after|since|of|from|during|before|like|over|on|at|by|ended|ending|ends|"
    r"end)\s+)that\s+(?:attack|siege|bombing|"
    rf"blast|explosion|shooting|massacre|ambush|assault|stampede|crash|incident|disaster|raid|"
    rf"brawl|riot(?!\s+(?:police|gear|squad|officers|units?|control))|clash(?:es)?|mutiny|uprising|"
    rf"hijacking|kidnapping|abduction|{_LATER_EVENT})\b"
    rf"|\b(?:a|an|the)\s+(?:previous|earlier|separate|similar|prior|former)\s+(?:[\w-]+\s+)?"
    rf"(?:{_INCIDENT}|{_LATER_EVENT})\b"
    # "a separate gang shot dead two drivers": other hands, so another attack.
    rf"|\b(?:a|an)\s+separate\s+(?:[\w-]+\s+)?(?:{_OTHER_HANDS})\b",
    re.IGNORECASE,
)
"""``Nobody was arrested over that attack``, ``before troops ended that siege``, ``on that
occasion``, ``a separate fire near …``: a reference to an event told before."""
_BEFORE_EVENT = re.compile(
    r"(?<!\bfor\s)(?<!\bfor\sabout\s)(?<!\bfor\snearly\s)\b(?:a|an|one|two|three|four|five|"
    r"six|seven|\d+|several)\s+(?:days?|weeks?|months?|years?)\s+(?:before|prior\s+to)\s+"
    rf"(?:the|this|(?-i:[A-Z][a-z]+day)['’]s)\s+(?:[\w-]+\s+)?{_INCIDENT}\b",
    re.IGNORECASE,
)
"""``killed on Thursday, two days before the attack``: an event of its own, before the
story's (not a span of time: ``for three weeks before the attack``)."""
# Clause openers: what follows them is about the other event. The look-ahead holds the first
# letters of every alternative (case-blind, as the pattern is): the scan skips to the next such
# letter instead of trying every alternative at every position.
_CLAUSE_CUES = re.compile(
    r"(?=[abcdeflmnrstw])(?:"
    r"\b(?:comes?|came|coming)\s+(?:just\s+|only\s+|barely\s+|about\s+|nearly\s+|almost\s+|"
    r"less\s+than\s+|more\s+than\s+)?(?:(?:(?:a|an|one|two|three|four|five|six|\d+|several|few)\s+"
    r"(?:days?|weeks?|months?|years?)|hours|days|weeks|months|years)\s+)?"
    r"(?:after|on\s+the\s+heels\s+of)\b"
    r"|\b(?:echo\w*|recall\w*|reminiscent\s+of|mirror\w*|anniversary\s+of|memories\s+of)\b"
    r"|\b(?:worst|deadliest|biggest|largest|bloodiest|most\s+(?:serious|deadly|lethal))\b"
    r"[^.;]{0,80}?\bsince\b"
    r"|\bsince\s+(?:\w+\s+)?(?:(?:19|20)\d{2}|" + _MONTH_RE + r"),?\s+when\b"
    r"|\bremind\w*\s+(?:\w+\s+)?of\b"
    r"|\b(?:not\s+the\s+first|(?:second|third|fourth|fifth|latest))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attack|bombing|blast|explosion|siege|shooting|incident|disaster|kidnapping|raid|"
    r"assault|massacre)s?\b[^.;]{0,120}?\b(?:after|since|when)\b)",
    re.IGNORECASE,
)
_REASON_TAIL = re.compile(
    r",\s+because\b|,\s+(?:including|among\s+them)\s+[^,;]{0,60}?\b(?:who|whom|whose|which)\b"
)
"""A reason set off by a comma (``, because …``), or a relative clause under ``, including``
(``…, including a man who rented them a car a week before the attack``): what points back
after it is the tail's, not the clause's."""
# An attack placed somewhere: "attacks on Paris", "attack in the town of Sevare", "the
# Paris attacks".
# An attack placed somewhere: "attacks on Paris", "attack in the town of Sevare", "the
# Paris attacks". Found from each incident word: the place after it, or the name before it.
# The look-ahead (case-blind, as the words are) turns the scan away from positions where
# none of the words' first letters stands.
_INCIDENT_WORD = re.compile(rf"(?i:(?=[abcdehikmrst]))\b{_INCIDENT}\b")
_PLACE_AFTER_INCIDENT = re.compile(
    rf"[^.;:\"”]{{0,40}}?\b(?:in|on)\s+(?:the\s+(?:[\w-]+\s+)?(?:town|city|village|"
    rf"region|province|state|district|capital|county|area)\s+of\s+|(?:downtown|central|northern|"
    rf"southern|eastern|western|nearby|neighbouring|neighboring)\s+)?(?P<name>{_NAME})"
)
"""The place an incident word names (``attack in the town of Sevare``), within its clause and
before a closing quotation mark: ``"… a terrorist attack," he told reporters on Kofi Road``
names where the speaker was."""
_SPEAKER_IN = re.compile(
    r",\s+(?:[\w'’-]+\s+){0,3}?(?:spokes(?:man|woman|person)|officials?|officers?|sources?|"
    r"correspondents?|diplomats?)\s+(?:in|on)\s+$"
)
"""``… were hurt, a UN spokesman in Nairobi said``: where the speaker was, after the
incident word's clause, not where the incident happened."""
_PLURAL_VERB_AFTER = re.compile(r"\s+(?:have|are|were)\b")
"""A plural verb right after a singular incident word: the verb's subject is the people a
relative clause ended on the incident (``who ran during the standoff have been moved``), and
the place that follows is where they went, not where the incident was."""
_NAME_BEFORE_INCIDENT = re.compile(rf"(?P<name>{_NAME})(?:'s|’s)?\s+$")
_ATTACK_WORD = re.compile(
    r"(?i:attacks?|bombings?|blasts?|sieges?|shootings?|massacres?|ambush(?:es)?|"
    r"hostage-taking|hostage\s+crisis|hijackings?|kidnappings?)$"
)
_GROUP_AFTER = re.compile(
    r"\s+(?:forces|troops|soldiers|police|officials|citizens|nationals|embassy|crew|staff)\b"
)
_PLACE_AFTER_PREPOSITION = re.compile(
    rf"\b(?:in|on|at|near|of|off|outside|against|from)\s+(?:the\s+)?(?:(?:central|northern|southern|eastern|"
    rf"western|nearby|neighbouring|neighboring)\s+)?(?:(?:town|city|village|region|province|"
    rf"state|district|capital|county)\s+of\s+)?(?P<name>{_NAME})(?P<venue>\s+{_VENUE})?"
)
_CAPITALISED = re.compile(r"[A-Z][\w’'-]+")
_EARLIER_ELSEWHERE = re.compile(r"\b(?:had|has|have)\s+(?:earlier|previously)\b", re.IGNORECASE)
"""``the storm had earlier left seven dead on another island``: a prior event, if elsewhere."""
_RELATIVE_OPEN = re.compile(r"\b(?:who|whom|whose|which|that)\b(?=[^,;:—–()]*$)")
_CLAUSE_END = re.compile(r"[,;:—–()]")
_DEMONSTRATIVE_THAT = re.compile(
    r"\b(?:on|in|at|along|from|to|by|near|for|with|during|since|after|before|of)\s+that$",
    re.IGNORECASE,
)
_REPORTED_THAT = re.compile(
    r"\b(?:said|says|say|saying|told|tells|tell|noted|notes|note|noting|recalled|recalls|recall|"
    r"added|adds|stated|states|claimed|claims|argued|argues|argue|reported|reports|warned|warns|"
    r"explained|explains|insisted|insists|believed|believes|believe|knew|know|knows|"
    r"recalling|remembered|remember|remembers|(?:point|points|pointed|pointing)\s+out)"
    r"(?:\s+[\w-]+){0,3}?\s+that$",
    re.IGNORECASE,
)
"""``critics point out that``, ``officials said on Monday that``: ``that`` opens what was
said, not a relative clause."""
_COUNT_WORD = re.compile(
    r"\d|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
    r"hundreds?|scores)\b"
)

_STOP_NAMES: frozenset[str] = (
    word_set(
        """the a an in on at he she it they we this that these those there his her their its our
    police president prime minister ministry state national security forces special army
    government officials official islamist islamic jihadist and but mr mrs ms dr gen col
    north south east west northern southern eastern western central capital city town
    region province district village county today yesterday tonight breaking live update
    updated read more related photo video watch opinion analysis one two three four five
    six seven eight nine ten twenty fifty hundred dozen some many several all no"""
    )
    | frozenset(m.lower() for m in MONTH_NAMES)
    | frozenset(MONTHS)  # "the attack on Nov. 28": a date, not a place
    | WEEKDAYS
)


def _tokens(name: str) -> list[str]:
    out = []
    for token in name.replace("’", "'").split():
        token = token.removesuffix("'s").strip("'-").lower()
        if len(token) >= 3 and token not in _STOP_NAMES:
            out.append(token)
    return out


def main_terms(texts: Iterable[str]) -> frozenset[str]:
    """Return the name tokens (lower case) of the article's own places, from title and lead."""
    terms: set[str] = set()
    for text in texts:
        for m in _CAPITALISED.finditer(text):
            terms.update(_tokens(m.group(0)))
        # Datelines are written in capitals: "KISUMU, Kenya —".
        for m in re.finditer(r"\b[A-Z]{3,}(?:\s+[A-Z]{3,})*\b", text):
            terms.update(_tokens(m.group(0).title()))
    return frozenset(terms)


def _is_main(name: str, main: frozenset[str]) -> bool:
    """Return True when ``name`` shares a token with the article's own places."""
    tokens = _tokens(name)
    if not tokens:
        return True  # nothing but stop words: not evidence of another place
    for token in tokens:
        if token in main:
            return True
        if len(token) >= 4 and any(len(t) >= 4 and t[:4] == token[:4] for t in main):
            return True  # "Malian" and "Mali"
    return False


# Capitalised words that open a sentence about an attack without naming a place.
_NOT_PLACES: frozenset[str] = word_set(
    """suicide bomb car terror terrorist militant deadly fresh new latest another coordinated
    twin multiple recent armed gun knife grenade mortar rocket drone air truck lone
    jihadist islamist mass school hotel mall weekend overnight morning evening night
    friday's saturday's sunday's today's yesterday's"""
)


def _is_people_name(name: str) -> bool:
    """Return True for a name that is a nationality, a people noun or a common opener."""
    first = name.split()[0]
    low = first.lower().replace("’", "'")
    return (
        first in NATIONALITY_ADJECTIVES
        or first in DEMONYM_NOUNS
        or low in PEOPLE_NOUNS
        or low in _NOT_PLACES
        or low.removesuffix("'s") in _NOT_PLACES
    )


def _trim_name(name: str) -> str:
    """Return ``name`` without trailing month or weekday words (``Nairobi September``)."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(".,") in _STOP_NAMES:
        words.pop()
    return " ".join(words)


def _foreign_place(text: str, main: frozenset[str], start: int = 0) -> str | None:
    """Return the first place or venue after ``start`` that the lead never names."""
    for m in _PLACE_AFTER_PREPOSITION.finditer(text, start):
        name = _trim_name(m.group("name"))
        if _is_people_name(name) or _is_main(name, main):
            continue
        venue = m.group("venue") or ""
        return f"{name}{venue}".strip()
    return None


_TAKEN_TO = re.compile(
    r"\b(?:taken|rushed|flown|airlifted|moved|sent|transferred|brought|admitted)\b"
    r"|\b(?:hospitals?|clinics?)\s+(?:in|at)\b",
    re.IGNORECASE,
)
"""``wounded in the attack and taken to hospital in Sarnov``: the place after the incident
word is where people went, not where the incident was."""


def _placed_elsewhere(text: str, main: frozenset[str]) -> tuple[int, str] | None:
    """Return (position, name) of an attack placed where the lead never goes."""
    for hit in _INCIDENT_WORD.finditer(text):
        after = _PLACE_AFTER_INCIDENT.match(text, hit.end())
        if after and _PLURAL_VERB_AFTER.match(text, hit.end()) and not hit.group(0).endswith("s"):
            after = None  # "villagers who ran during the standoff have been moved to a school in X"
        if after:
            name = after.group("name")
            if (
                not (_is_people_name(name) or _is_main(name, main))
                and not _GROUP_AFTER.match(text, after.end())
                and not _SPEAKER_IN.search(text, hit.end(), after.start("name"))
                and not _TAKEN_TO.search(text, hit.end(), after.start("name"))
            ):
                return hit.start(), name  # "attack on US forces" names a group, not a place
        if _ATTACK_WORD.match(hit.group(0)):
            before = _NAME_BEFORE_INCIDENT.search(text, max(0, hit.start() - 40), hit.start())
            if before:
                name = before.group("name")
                if not (_is_people_name(name) or _is_main(name, main)):
                    return before.start(), name
    return None


_SEPARATELY = re.compile(
    r"^\W*(?:Separately|Elsewhere),\s+(?:(?:an?|the|some|two|three|\d+)\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:(?i:bombs?|(?:land)?mines?|gunfire|shells?|rockets?|drones?|airstrikes?|{_OTHER_HANDS}|"
    r"fires?|blazes?|floods?|storms?|landslides?|explosions?|blasts?|attacks?|raids?|"
    r"clashes|crash(?:es)?))\b"
)
"""``Separately, a car bomb struck …``, ``Elsewhere, floods … killed nine``: a sentence
that opens on another event's cause (a weapon, armed men, a disaster), not on a speaker
(``Separately, police said …``)."""


def _separate_event(text: str, main: frozenset[str]) -> str | None:
    """Return the place of another event a sentence opens on with ``Separately,`` or
    ``Elsewhere,``, when the event is placed where the lead never goes; else None."""
    if not text.lstrip(" \"'“‘(").startswith(("Separately,", "Elsewhere,")):
        return None
    if _SEPARATELY.match(text) is None:
        return None
    return _foreign_place(text, main)


def _month_is_past(month: str, year: int | None, published: datetime | None, opener: bool) -> bool:
    """Return True when ``in <month> [year]`` points before the story.

    Without a publication time every bare month does. A sentence that opens with
    ``In February,`` is background even in February: reports of the day's events name
    days, not months.
    """
    if published is None or opener:
        return True
    if year is not None and year != published.year:
        return True
    return bool(MONTHS[month.lower()] != published.month)


# Cheap substring tests that let most sentences skip the patterns above.
_PAST_WORDS = (
    "last ", "earlier", " ago", "previous", "preceding", "that year", "this year", "at the time",
    "that day",
    "years before", "year before", "months before", "month before", "year later", "years later",
    "decade later", "decades later", "since the beginning of", "since the start of",
)  # fmt: skip
_SINCE_PAST = re.compile(
    r"\bsince\s+(last\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter|"
    rf"{_MONTH_RE}|{_WEEKDAY_RE})(?:'s|’s)?)\b",
    re.IGNORECASE,
)
"""``since last week's ambush``: in the lead, the time of the story's own incident (a period
up to now, so it is no sign of another event in :data:`_PAST_TIME`)."""
_EVENT_WORDS = ("that ", "previous", "earlier", "separate", "similar", "prior", "former")
_INCIDENT_WORDS = (
    "attack", "bomb", "blast", "explos", "siege", "shoot", "massacre", "ambush", "assault",
    "stampede", "crush", "hostage", "hijack", "kidnap", "crash", "riot", "clash", "standoff",
    "incident", "disaster", "traged",
)  # fmt: skip
_LATER_EVENT_WORDS = (
    "fire", "blaze", "flood", "quake", "landslide", "sinking", "capsiz", "collapse",
    "derailment", "accident", "strike", "occasion", "raid", "brawl", "mutiny", "uprising",
    "abduction",
)  # fmt: skip
"""Stems of :data:`_LATER_EVENT`, and ``raid``, ``brawl``, ``mutiny``, ``uprising`` and
``abduction``, which :data:`_OTHER_EVENT` names and the
incident words lack (``During that raid they also abducted …``): a sentence with none of
them, nor of the incident words, names no other event by ``that`` or ``a separate``."""
_CLAUSE_WORDS = (
    "after", "since", "remind", "heels", "echo", "recall", "reminisc", "mirror", "anniversary",
    "memories",
)  # fmt: skip
_DIGITS = re.compile(r"\d\d\d\d")
"""Four digits in a row. Spelt out, not ``\\d{4}``: a pattern that opens with a plain
character class lets the regex engine skip to the next digit, where a repeat makes it try
every position; twice as fast on a sentence, and every sentence is searched."""


def _in_relative_clause(text: str, start: int, end: int) -> bool:
    """Return True when the time words at ``text[start:end]`` sit in a relative clause that
    counts nobody (``two engineers who repaired the gate in March, …``): they date what the
    noun did, not the story's event."""
    opener = None
    for candidate in _RELATIVE_OPEN.finditer(text, 0, start):
        # "died on that road in March": a pointing word, not a relative pronoun; "critics
        # point out that in 2019 …": what was said follows, a clause of its own. The
        # nearest pronoun before the time opens its clause: in "the firm that built it
        # and two engineers who checked it in May" the time is the engineers'.
        if not (
            _DEMONSTRATIVE_THAT.search(text, 0, candidate.end())
            or _REPORTED_THAT.search(text, max(0, candidate.start() - 40), candidate.end())
        ):
            opener = candidate
    if opener is None or opener.start() == 0 or _WHEN_AFTER.match(text, end):
        return False
    close = _CLAUSE_END.search(text, end)
    tail = text[end : close.start() if close else len(text)]
    # "the contractor who extended it in 2019 and two inspectors": a new member of the
    # list after the clause, not a count of the clause's own.
    tail = tail.split(" and ", 1)[0]
    return not (_counts_in(text, opener.end(), start) or _COUNT_WORD.search(tail))


_WHEN_AFTER = re.compile(r",?\s+when\b")
"""``a ring that customs officers broke up in May, when they arrested six men``: the time dates the
``when`` clause after it, which tells the other event's own counts."""
_AGE_BEFORE = re.compile(r"\b(?:is|was|aged)\s+$", re.IGNORECASE)


def _counts_in(text: str, start: int, end: int) -> bool:
    """Return True when ``text[start:end]`` holds a count word that is not an age (``who is
    61 and has run the depot since 2011``: the 61 counts no one)."""
    for match in _COUNT_WORD.finditer(text, start, end):
        if match.start() > start and text[match.start() - 1].isdigit():
            continue  # the rest of a number already judged
        if not _AGE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            return True
    return False


def _time_key(text: str) -> str:
    """Return a time expression folded for comparison: ``Last Month's`` → ``last month``."""
    return " ".join(text.lower().replace("’", "'").removesuffix("'s").split())


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue words :func:`assess` looks for, cut down to those an article holds at all.

    Every sentence is a slice of its article, so a word the whole body lacks is in none of
    its sentences: checking each sentence for the few words its article holds gives the
    same answers as checking it for every word, at a fraction of the cost.
    """

    past: tuple[str, ...] = _PAST_WORDS
    months: tuple[str, ...] = tuple(MONTH_NAMES)
    incident: tuple[str, ...] = _INCIDENT_WORDS
    event: tuple[str, ...] = _EVENT_WORDS
    clause: tuple[str, ...] = _CLAUSE_WORDS


_THIS_INCIDENT = Assessment()
"""What :func:`assess` says of most sentences (one frozen value, not one per sentence)."""

ALL_CUES = Cues()
"""Every cue word: what :func:`assess` checks when it is not told which an article holds."""


def cues_of(body: str, low: str | None = None) -> Cues:
    """Return the cue words ``body`` holds (pass the result to :func:`assess`); ``low`` is
    ``body.lower()`` when the caller has it already."""
    low = body.lower() if low is None else low
    return Cues(
        past=tuple(w for w in _PAST_WORDS if w in low),
        months=tuple(m for m in MONTH_NAMES if m in body),
        incident=tuple(w for w in _INCIDENT_WORDS if w in low),
        event=tuple(w for w in _EVENT_WORDS if w in low),
        clause=tuple(w for w in _CLAUSE_WORDS if w in low),
    )


_PREPARED = re.compile(
    rf"^\W*(?:the|their)\s+(?:[\w-]+\s+)?(?:{_OTHER_HANDS})\b[^.;]{{0,80}}?\bhad\s+(?:already\s+)?"
    r"(?:rented|bought|hired|leased|scouted|visited|arrived|travell?ed|planned|smuggled|"
    r"stockpiled|stored|moved\s+into|stayed|booked|acquired|obtained|registered)\b",
    re.IGNORECASE,
)
"""``The attackers — nine men — had rented a flat opposite in September``: the story's
attackers preparing it; the month dates the preparation, not another incident."""


def _prepared_by_attackers(text: str) -> bool:
    """Return True when the sentence tells how the story's attackers, its subject, prepared."""
    return " had " in text and bool(_PREPARED.search(text))


_OLD_VALUE_BEFORE = re.compile(
    r"\b(?:up|down|rising|falling|risen|fallen)\s+from\s+(?:about\s+|some\s+|around\s+)?"
    r"[\w,]+\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
"""``(11 suspects have been arrested,) up from five last week``: the words before a time
that dates the value a count replaced."""


def _dates_old_value(text: str, start: int) -> bool:
    """Return True when the time word at ``start`` dates the earlier value of a revised
    count (``up from five last week``), not another event: the sentence's count is now."""
    return "from" in text[max(0, start - 40) : start] and bool(
        _OLD_VALUE_BEFORE.search(text, max(0, start - 40), start)
    )


_STEP_BEFORE = re.compile(
    r"\b(?:after|since|following|before|until)\s+(?:the|their)\s+(?:[\w-]+\s+)?(?:release|"
    r"rescue|escape|freeing|handover|return|recovery|evacuation)\s+of\s+[^,;:.()—–]{1,60}$",
    re.IGNORECASE,
)
"""``(Of the 24 still held) after the release of seven women and boys (last Thursday)``: the
words before a time that dates an earlier step of the story a noun names."""


def _dates_a_step(text: str, start: int) -> bool:
    """Return True when the time word at ``start`` dates a step of the story's own course
    that a noun names (``after the release of seven women last Thursday``), not another
    event: the people still held are the story's."""
    return " of " in text[max(0, start - 80) : start] and bool(
        _STEP_BEFORE.search(text, max(0, start - 80), start)
    )


def _points_back(
    text: str,
    low: str,
    published: datetime | None,
    own_times: frozenset[str] = frozenset(),
    cues: Cues = ALL_CUES,
    own_day: date | None = None,
) -> tuple[int | None, str | None]:
    """Return where time words or a reference first point to an earlier event, and a hint.

    The position is None when nothing in ``text`` points back. Time words the article's
    lead uses for its own incident (``own_times``) do not point back: in a follow-up
    published weeks later, ``the mine that collapsed last month`` is still the story.
    """
    hint: str | None = None
    found: list[int] = []
    if any(map(low.__contains__, cues.past)):
        for m in _PAST_TIME.finditer(text):
            key = _time_key(m.group(0))
            if key in own_times or (key == "last weekend" and "last week" in own_times):
                # A story dated "last week's attack" has its own weekend after it too.
                continue
            if _dates_old_value(text, m.start()):
                continue  # "11 arrested, up from five last week": the count it replaced
            if _dates_a_step(text, m.start()):
                continue  # "still held after the release of seven others last Thursday"
            found.append(m.start())
            hint = None if "at the time" in m.group(0).lower() else m.group(0)
            break
    if any(map(text.__contains__, cues.months)):
        for mm in _MONTH_CUE.finditer(text):
            month = mm.group("month") or mm.group("month2")
            year = int(mm.group("year")) if mm.group("year") else None
            opener = mm.start() == 0 or not text[: mm.start()].strip(" \"'“‘(")
            if month.lower() in own_times:
                continue
            if (
                _month_is_past(month, year, published, opener)
                and not _in_relative_clause(text, mm.start(), mm.end())
                and not _prepared_by_attackers(text)
            ):
                found.append(mm.start())
                hint = hint or month
                break
    if published is not None and any(map(text.__contains__, cues.months)):
        for dm in _DATE_CUE.finditer(text):
            month = dm.group("m1") or dm.group("m2")
            if month.lower() in own_times:
                continue
            when = _named_day(dm, published)
            if (
                when is not None
                and (
                    (published.date() - when).days > _DATED_BEFORE_DAYS
                    or _before_own_day(when, own_day)
                )
                and not _in_relative_clause(text, dm.start(), dm.end())
                and not _upcoming_day(dm, published)
            ):
                found.append(dm.start())
                hint = hint or dm.group(0).split(None, 1)[1]
                break
    if _DIGITS.search(text):
        for ym in _YEAR_CUE.finditer(text):
            year_text = ym.group("year") or ym.group("year2")
            if year_text in own_times:
                continue
            if (published is None or int(year_text) != published.year) and not (
                _in_relative_clause(text, ym.start(), ym.end())
            ):
                found.append(ym.start())
                hint = hint or year_text
                break
    incident = any(map(low.__contains__, cues.incident))
    if any(map(low.__contains__, cues.event)) and (
        incident or "separate " in low or any(map(low.__contains__, _LATER_EVENT_WORDS))
    ):
        event = _OTHER_EVENT.search(text)
        if event:
            found.append(event.start())
    if (
        incident
        and (" before " in low or " prior to " in low)
        and (dated := _BEFORE_EVENT.search(text))
    ):
        found.append(dated.start())
    told = _other_case_or_craft(text, low)
    if told is not None:
        found.append(told)
    return (min(found) if found else None), hint


_UPCOMING_DAYS = 45
"""How far after publication a day named without a year still reads as ahead (``the vote
will be rerun on 6 December`` in late November), not as that day a year before."""


def _upcoming_day(match: re.Match[str], published: datetime) -> bool:
    """Return True when a :data:`_DATE_CUE` match names no year and a day within
    :data:`_UPCOMING_DAYS` after ``published``: a day still to come, no earlier event."""
    if match.group("y"):
        return False
    month = MONTHS[(match.group("m1") or match.group("m2")).lower()]
    day = int(match.group("d1") or match.group("d2"))
    today = published.date()
    for year in (today.year, today.year + 1):
        ahead = day_of(month, day, year, today)
        if ahead is not None and 0 < (ahead - today).days <= _UPCOMING_DAYS:
            return True
    return False


_OWN_DAY_SLACK = 2
"""Days a named day may fall before the story's own day and still be its own (a raid that
ran past midnight, a lead that rounds ``four days after``)."""


def _before_own_day(when: date, own_day: date | None) -> bool:
    """Return True when a named day falls days before the day the lead dates the story's own
    incident (``On March 2, rebels burned a ferry …`` in a story of a raid ``four days
    after`` which it was published on March 20): another, earlier event."""
    return own_day is not None and (own_day - when).days > _OWN_DAY_SLACK


def own_day_of(lead: str, published: datetime | None) -> date | None:
    """Return the day the lead dates its own incident by counting back (``Four days after
    gunmen raided …``, ``three days ago``), or None when it does not."""
    if published is None or " day" not in lead:
        return None
    m = _DAYS_BEFORE.search(lead)
    if m is None:
        return None
    count = m.group("count").lower()
    days = int(count) if count.isdigit() else _DAY_COUNTS[count]
    return published.date() - timedelta(days=days)


_THAT_CASE = re.compile(r"\b(?:in|over|into|of|for)\s+that\s+case\b(?!,)", re.IGNORECASE)
"""``Investigators detained two men over that case``: a case told before (not the idiom ``in
that case, …``)."""
_SEPARATE_CRAFT = re.compile(
    r"\b(?:a|an)\s+separate\s+(?:[\w-]+\s+)?(?:balloons?|bus|buses|minibus|coach|boats?|"
    r"ferry|vessel|ship|trawler|canoe|train|plane|aircraft|jet|helicopter|lorry|truck|car|van|"
    r"tanker|cable\s+car|gondola)\b",
    re.IGNORECASE,
)
"""``A separate bus overturned near …``: another craft than the story's, so another event."""


def _other_case_or_craft(text: str, low: str) -> int | None:
    """Return where ``text`` names a case told before or a separate craft, or None."""
    if "that case" in low:
        case = _THAT_CASE.search(text)
        if case and case.start() > 0:
            return case.start()
    if "separate " in low:
        craft = _SEPARATE_CRAFT.search(text)
        if craft:
            return craft.start()
    return None


def _named_day(match: re.Match[str], published: datetime) -> date | None:
    """Return the day a :data:`_DATE_CUE` match names (the latest such day up to
    ``published`` when it names no year), or None for an impossible date."""
    month = MONTHS[(match.group("m1") or match.group("m2")).lower()]
    year = int(match.group("y")) if match.group("y") else None
    return day_of(month, int(match.group("d1") or match.group("d2")), year, published.date())


def times_in(text: str) -> frozenset[str]:
    """Return the time expressions of ``text`` (folded) that could point back in time.

    The article's title and first sentence name their own incident's time this way; the
    caller passes them to :func:`assess` as ``own_times``.
    """
    low = text.lower()
    keys: set[str] = set()
    if any(map(low.__contains__, _PAST_WORDS)):
        keys.update(_time_key(m.group(0)) for m in _PAST_TIME.finditer(text))
        # "missing since last week's ambush": the lead dates its own incident.
        keys.update(_time_key(m.group(1)) for m in _SINCE_PAST.finditer(text))
    if any(map(text.__contains__, MONTH_NAMES)):
        for mm in _MONTH_CUE.finditer(text):
            keys.add((mm.group("month") or mm.group("month2")).lower())
        for dm in _DATE_CUE.finditer(text):
            keys.add((dm.group("m1") or dm.group("m2")).lower())
    if _DIGITS.search(text):
        for ym in _YEAR_CUE.finditer(text):
            keys.add(ym.group("year") or ym.group("year2"))
    if " ago" in low:
        keys.update(_same_time_as_ago(text))
    return frozenset(keys)


_AGO_SPAN = re.compile(r"\b(?:a|one)\s+(?P<unit>week|month|year)\s+ago\b", re.IGNORECASE)
"""``a week ago``: the span of time ``last week`` names too."""


def _same_time_as_ago(text: str) -> set[str]:
    """Return ``last week`` (``month``, ``year``) for each ``a week ago`` in ``text``: a lead
    that dates its incident ``a week ago`` names the week a later ``last week`` names."""
    return {f"last {m.group('unit').lower()}" for m in _AGO_SPAN.finditer(text)}


_DAYS_BEFORE = re.compile(
    r"\b(?P<count>one|two|three|four|five|six|seven|[1-7])\s+days?\s+(?:after|ago|since)\b",
    re.IGNORECASE,
)
"""``Four days after bandits raided …``: a lead that dates its incident a few days back."""
_DAY_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def weekday_days_before(text: str, published: datetime | None) -> frozenset[str]:
    """Return ``last <weekday>`` for each ``N days after`` (``ago``) in ``text``.

    A lead that dates its incident ``four days after`` the raid, in a story published on a
    Monday, names the day a later ``last Thursday's raid`` names: the story's own time.
    """
    if published is None or " day" not in text:
        return frozenset()
    keys: set[str] = set()
    for m in _DAYS_BEFORE.finditer(text):
        count = m.group("count").lower()
        days = int(count) if count.isdigit() else _DAY_COUNTS[count]
        day = published.date() - timedelta(days=days)
        keys.add(f"last {_WEEKDAY_NAMES[day.weekday()]}")
    return frozenset(keys)


_DAYS_AGO_LONG = re.compile(
    r"\b(?:(?P<count>\d{1,2}|eight|nine|ten|eleven|twelve|thirteen|fourteen)\s+days|"
    r"(?:two|three)\s+weeks|a\s+fortnight)\s+ago\b",
    re.IGNORECASE,
)
"""``abducted … ten days ago``: a lead that dates its incident a week or more back."""


def last_week_after_days_ago(text: str) -> frozenset[str]:
    """Return ``last week`` when ``text`` dates its incident a week or more back.

    A follow-up whose lead says the people were taken ``ten days ago`` tells in ``four
    escaped last week`` a step of the same story: the week it names came after the incident.
    """
    if " ago" not in text:
        return frozenset()
    for m in _DAYS_AGO_LONG.finditer(text):
        count = m.group("count")
        if count is None or not count.isdigit() or int(count) >= 7:
            return frozenset({"last week"})
    return frozenset()


_ON_WEEKDAY = re.compile(rf"\bon\s+(?P<day>{_WEEKDAY_RE})\b")
"""``seized by pirates … on Tuesday``: a lead that names its incident's day of the week."""


def last_weekday_of_lead(text: str, published: datetime | None) -> frozenset[str]:
    """Return ``last <weekday>`` for each weekday the lead names three or more days back.

    A story published on a Sunday whose lead dates its incident ``on Wednesday`` names the
    day a later ``after it was boarded last Wednesday`` names: the story's own time. A day or
    two back (``on Friday`` in a Sunday paper) ``last Friday`` may be the week before.
    """
    if published is None or "on " not in text:
        return frozenset()
    keys: set[str] = set()
    for m in _ON_WEEKDAY.finditer(text):
        day = m.group("day").lower()
        if (published.weekday() - _WEEKDAY_NAMES.index(day)) % 7 >= 3:
            keys.add(f"last {day}")
    return frozenset(keys)


def points_back(
    text: str, published: datetime | None = None, own_times: frozenset[str] = frozenset()
) -> bool:
    """Return True when ``text`` speaks of an earlier event by its words alone (no places).

    Used to keep background sentences out of the lead that names the article's places.
    """
    low = text.lower()
    if _points_back(text, low, published, own_times)[0] is not None:
        return True
    return bool(any(map(low.__contains__, _CLAUSE_WORDS)) and _CLAUSE_CUES.search(text))


def assess(
    text: str,
    main: frozenset[str],
    published: datetime | None = None,
    own_times: frozenset[str] = frozenset(),
    cues: Cues = ALL_CUES,
    own_day: date | None = None,
) -> Assessment:
    """Return whether (and from where) ``text`` speaks of another incident than the article's.

    ``main`` holds the name tokens of the article's own places (:func:`main_terms`),
    ``own_times`` the time expressions its lead uses for its own incident (:func:`times_in`),
    ``cues`` the cue words of the sentence's article (:func:`cues_of`), to save time,
    ``own_day`` the day the lead dates its incident by counting back (:func:`own_day_of`).
    """
    low = text.lower()
    sign, hint = _points_back(text, low, published, own_times, cues, own_day)
    placed = _placed_elsewhere(text, main) if any(map(low.__contains__, cues.incident)) else None
    if placed and _tally_now(low):
        placed = None  # "three are now confirmed dead from the Kell Road attack": the story's
    if placed and (sign is None or placed[0] < sign):
        sign = placed[0]
    if (
        sign is None
        and ("earlier" in low or "previously" in low)
        and _EARLIER_ELSEWHERE.search(text)
    ):
        elsewhere = _foreign_place(text, main)
        if elsewhere:
            return Assessment(0, elsewhere)
    if sign is None and (separate := _separate_event(text, main)) is not None:
        return Assessment(0, separate)
    clause = _CLAUSE_CUES.search(text) if any(map(low.__contains__, cues.clause)) else None

    if clause and (sign is None or sign >= clause.start()):
        # "The attack comes a week after gunmen killed 30 in X": only what follows the
        # cue speaks of the other incident.
        place = _foreign_place(text, main, clause.end())
        time = _MONTH_CUE.search(text, clause.end()) or _YEAR_CUE.search(text, clause.end())
        return Assessment(clause.end(), place or _short(hint or (time.group(0) if time else None)))
    if sign is not None:
        place = _foreign_place(text, main) or (placed[1] if placed else None)
        reason = (
            _REASON_TAIL.search(text, 0, sign)
            if ", because" in text or ", including" in text or ", among them" in text
            else None
        )
        if reason is not None and (
            reason.group().startswith(", because") or "," not in text[reason.end() : sign]
        ):
            # "no visitors had been taken hostage, because visits had been suspended after a
            # fight the week before": only the reason points back; so does a relative clause
            # that runs on to the time (not "…, including 12 children who drowned, in 2019").
            return Assessment(reason.end(), place or _short(hint))
        return Assessment(0, place or _short(hint))
    return _THIS_INCIDENT


_NOW_TALLY = re.compile(
    r"\b(?:is|are|has|have|stands?|remains?)\s+now\b|\bnow\s+(?:stands?|is|are|confirmed|"
    r"totals?|rises?|risen|reached|put)\b"
)
"""``are now confirmed dead``, ``the toll now stands at``: a tally as the story stands."""


def _tally_now(low: str) -> bool:
    """Return True when the lower-cased sentence ``low`` gives a tally as it stands now: a
    place it names before an incident word is then where the story's own incident was, not
    another's (a live blog names its scenes late, after the lead)."""
    return " now " in low and bool(_NOW_TALLY.search(low))


def _short(hint: str | None) -> str | None:
    """Return a time hint without its preposition: ``in August`` → ``August``."""
    if not hint:
        return None
    words = hint.split()
    while words and words[0].lower() in (
        "in",
        "since",
        "during",
        "until",
        "by",
        "of",
        "the",
        "a",
        "an",
    ):
        words.pop(0)
    return " ".join(words) or None


_TEASER_LABEL = re.compile(
    r"^[^:]{0,25}?\b(?:read|more|related|also|see|watch|listen|latest|recommended|stories|"
    r"coverage|elsewhere)\b[^:]{0,25}:\s*",
    re.IGNORECASE,
)
"""A teaser's label (``Read more:``, ``Also on the Ledger:``), not a headline's own colon
(``Orlet blast: six dead``)."""
_EVENT_KIN = {
    "explosion": "blast",
    "blaze": "fire",
    "collision": "crash",
    "fell": "collapse",
    "collapsed": "collapse",
    "caved": "collapse",
    "exploded": "blast",
    "burned": "fire",
    "burnt": "fire",
    "crashed": "crash",
}
"""Words of the same event: a lead that says a roof ``fell`` tells of the collapse a
related headline names; ``explosion`` and ``blast`` are one event."""
_EVENT_VERB = re.compile(r"\b(?:fell|collapsed|caved|exploded|burned|burnt|crashed)\b", re.I)
_EVENT_NOUN = re.compile(
    r"\b(?:storms?|floods?|flooding|fires?|blaze|blasts?|explosions?|bombings?|attacks?|quakes?|"
    r"earthquakes?|tremors?|landslides?|mudslides?|crash(?:es)?|collisions?|shootings?|"
    r"stampedes?|crush|riots?|clashes|cyclones?|typhoons?|hurricanes?|tornado(?:es)?|sieges?|"
    r"kidnappings?|abductions?|hijackings?|shipwrecks?|capsizings?|sinkings?|collapses?|"
    r"derailments?|avalanches?|eruptions?|poisonings?|outbreaks?|ambush(?:es)?|raids?)\b",
    re.IGNORECASE,
)
"""Nouns that name an event: a related story naming one the article's own headline and lead
do not name is about another event, whatever place it shares."""


def teaser_of_own_story(text: str, title: str, lead: str = "") -> bool:
    """Return True when a related-story headline is the outlet's earlier story of the same
    incident: it names one of the places of the article's headline and no other place or
    name, and no event the headline and lead do not name (``Read more: Orlet toll rises to
    six`` under a later Orlet story; not ``Manila storm leaves 2 dead`` under a
    ferry fire datelined Manila)."""
    label = _TEASER_LABEL.match(text)
    headline = text[label.end() :] if label else text
    own_names = main_terms([title])
    if not own_names:
        return False
    own = False
    context = f"{title} {lead}"
    for m in re.finditer(_NAME, headline):
        name = m.group(0)
        if _is_people_name(name) or not _tokens(name):
            continue
        if m.start() == 0 and " " not in name and _holds_word(context, name.lower()):
            continue  # "Cylinder blast at Orlet …" after "a gas cylinder exploded": a plain noun
        if not _is_main(name, own_names):
            return False  # another place, or an event of its own ("Floods kill 12 in …")
        own = True
    if not own or _foreign_place(headline, own_names) is not None:
        return False
    events = _EVENT_NOUN.findall(headline)
    if not events:
        return True
    told = {_event_word(e) for e in _EVENT_NOUN.findall(context) + _EVENT_VERB.findall(context)}
    told |= _events_told_by_acts(context)
    return all(_event_word(e) in told for e in events)


_ACT_EVENT = {
    "stormed": "storm",
    "raided": "raid",
    "ambushed": "ambush",
    "attacked": "attack",
    "besieged": "siege",
    "hijacked": "hijacking",
    "kidnapped": "kidnapping",
    "abducted": "abduction",
}
"""Acts whose telling names the event a related headline names by its noun (``special forces
stormed the building`` tells the ``storm`` of ``… as commandos storm building``)."""
_ACT_VERB = re.compile(rf"\b(?:{'|'.join(_ACT_EVENT)})\b", re.IGNORECASE)


def _events_told_by_acts(context: str) -> set[str]:
    """Return the event words (as :func:`_event_word` gives them) that the acts of
    ``context`` tell."""
    return {_event_word(_ACT_EVENT[m.lower()]) for m in _ACT_VERB.findall(context)}


def _holds_word(text: str, word: str) -> bool:
    """True when ``word`` occurs in ``text`` with a word boundary (``\\b``) at both ends.

    The same answer as searching ``\\b<word>\\b``, without compiling a pattern for every
    name a headline opens with.
    """
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if _boundary(text, at) and _boundary(text, end):
            return True
        at = text.find(word, at + 1)
    return False


def _boundary(text: str, at: int) -> bool:
    """True when ``\\b`` matches at offset ``at`` of ``text``."""
    before = at > 0 and _is_word_character(text[at - 1])
    after = at < len(text) and _is_word_character(text[at])
    return before != after


def _is_word_character(character: str) -> bool:
    """True for a character ``\\w`` matches."""
    return character.isalnum() or character == "_"


def _event_word(word: str) -> str:
    """Return the one word for an event however it is named (``explosions`` → ``blast``)."""
    low = word.lower()
    if low not in _EVENT_KIN:
        low = low.rstrip("s")
    return _EVENT_KIN.get(low, low)


def hint_for_teaser(text: str, main: frozenset[str]) -> str | None:
    """Return the name in a teaser headline that best names its incident.

    A place after a preposition comes first (``Floods in Tanguieta …``), then any other
    name the article's lead never gives, the opening word last (it is often a plain noun).
    """
    place = _foreign_place(text, main)
    if place:
        return place
    names = [
        " ".join(m.group(0).split())
        for m in re.finditer(_NAME, text)
        if not _is_people_name(m.group(0))
        and _tokens(m.group(0))
        and not _is_main(m.group(0), main)
    ]
    opening = [n for n in names if text.lstrip(" '\"‘“").startswith(n)]
    later = [n for n in names if n not in opening]
    if later:
        return later[0]
    return opening[0] if opening else None
