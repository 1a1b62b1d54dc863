"""One article through the extract stage: blocks, roles, sentences, figures, incidents.

:func:`extract` ties the pieces together. It splits the body into blocks and sentences
(:mod:`.sentences`), gives each block a role (:mod:`.clean`), reads the figures of every
sentence that is not page furniture (:mod:`.figures`), credits them to a speaker
(:mod:`.attribution`) and marks those about another incident (:mod:`.context`). When the
places module is installed beside this one, it fills places, venues and dates too.

Sentence spans: furniture goes to ``boilerplate`` only; teasers and captions to
``boilerplate`` as well as (teasers) ``other_sentences``, and their figures are kept. A
sentence whose tail alone speaks of another incident (``… comes a week after 30 died in
X``) is split at the cue: its head is an own span, its tail an other one.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from wiredesk.index.extract.attribution import Attribution
from wiredesk.index.extract.clean import (
    classify_blocks,
    is_background_label,
    is_inline_teaser,
    repeats_title,
)
from wiredesk.index.extract.context import (
    Assessment,
    assess,
    cues_of,
    hint_for_teaser,
    last_week_after_days_ago,
    last_weekday_of_lead,
    main_terms,
    own_day_of,
    points_back,
    teaser_of_own_story,
    times_in,
    weekday_days_before,
)
from wiredesk.index.extract.figures import (
    RawFigure,
    attackers_escaped_in_sentence,
    attackers_got_away,
    attackers_one_got_away,
    attackers_pointed_back,
    caught_rest_of_a_gang,
    find_figures,
    is_earlier_estimate,
    kind_cue,
    rest_of_a_gang,
    rest_of_a_gang_across,
)
from wiredesk.index.extract.lexicon import MONTH_NAMES, NATIONALITY_ADJECTIVES, WEEKDAYS
from wiredesk.index.extract.numbers import parse_number_words
from wiredesk.index.extract.sentences import Sentence, split_structure
from wiredesk.index.models import Extraction, Figure, Span

__all__ = ["extract", "extract_article"]

_HOSTAGE_STEMS = (
    "hostage", "kidnap", "abduct", "gunman", "gunmen", "militant", "captor", "siege",
    "jihadist", "terroris", "insurgent", "attacker", "assailant", "hijack", "captive",
)  # fmt: skip
"""Words that make ``trapped`` mean held by someone rather than caught by a collapse."""
_HOSTAGE_CONTEXT = re.compile(rf"\b(?:{'|'.join(_HOSTAGE_STEMS)})", re.IGNORECASE)
"""The same words at the start of a word, as a pattern (for text lower-casing may alter)."""
_SIEGE_STEMS = ("hostage", "siege", "captor", "captiv", "kidnap", "abduct", "hijack")
"""Words that say people are held by others, not only that gunmen were there."""
_SHOOTING_STEMS = ("shooting", "shooter", "opened fire", "gunfire", "lockdown")
"""Words of a shooting, where gunmen hold nobody unless the article says so."""
_CASE_TRAPS = ("\u0130", "\u0131", "\u017f")
"""Characters ``re.IGNORECASE`` matches to an ASCII letter that ``str.lower`` does not give
(dotted and dotless i, long s): a body holding one is scanned the slow way."""

_THAT_EVENT = re.compile(
    r"\b(?:in|during|after|since|by)\s+the\s+(?:ensuing\s+)?(?:fighting|battle|occupation|war|"
    r"clashes|violence|massacre|uprising|insurgency|conflict|rampage|unrest|bombings|purge)\b",
    re.IGNORECASE,
)
"""``killed in the fighting``: an event a sentence names as already told (see
:func:`_continues_background`)."""
_THAT_PLACE = re.compile(
    r"\b(?:in|at|inside|into|from|outside|near|of|on|stormed|entered|raided|reached)\s+that\s+"
    r"(?:building|hall|venue|hotel|school|church|mosque|temple|theatre|theater|mine|pit|camp|"
    r"village|town|city|market|station|ship|vessel|boat|bus|train|plane|aircraft|ferry|plant|"
    r"factory|site|prison|night|morning|evening)\b",
    re.IGNORECASE,
)
"""``troops stormed that building``, ``died in that village``: a place or a part of a day a
sentence names as told before, after a sentence about another incident."""


def _zero_of_everyone(zero: Figure, earlier: Figure) -> bool:
    """Return True when ``zero`` says nobody at all is now of the kind an earlier estimate
    counted (``no one is now thought to be missing`` after ``officials had on Sunday said up
    to five were unaccounted for``): a zero of a narrower group (``no soldiers``) overtakes
    nothing."""
    return zero.value == 0 and zero.who is None and earlier.who is None and zero.kind == "missing"


def _names_that_place(text: str) -> bool:
    """Return True when ``text`` points back to a place or a time of day by ``that``."""
    return ("that " in text or "That " in text) and bool(_THAT_PLACE.search(text))


_TOP_BLOCKS = 8
"""Blocks at the top of a page whose headline lines (a standfirst, key points) name the
story's own incident."""
_SMALL_COUNT = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_TEENS = r"(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
_POINTS_BACK = re.compile(
    r"\bof\s+(?:those|these)\b|\bat\s+the\s+time\b|(?<=\w\s)there(?=\s*(?:[.,;:!?]|and\b|but\b))"
    rf"|^\W*(?:all\s+{_SMALL_COUNT}\b|(?:{_SMALL_COUNT}|{_TEENS}|most|some|none|many|all)\s+of\s+"
    r"them\b)"
    # "Those three have never been found", "The other two died": the people counted before
    rf"|^\W*(?:those|these|the\s+other|the\s+remaining)\s+(?:{_SMALL_COUNT}|{_TEENS})\b"
    r"|^\W*(?:most|many|some|all|none)\s+(?:were|was|are|have|had|remain|remained|died)\b"
    rf"|^\W*(?:(?:some|about|around|nearly|another|at\s+least|more\s+than)\s+)?"
    rf"{_SMALL_COUNT}\s+others\b"
    rf"|^\W*(?:{_SMALL_COUNT}|{_TEENS})\s+(?:were|was|are|have|had|remain|remained|died)\b"
    rf"|^\W*(?:{_SMALL_COUNT}|{_TEENS})\s+of\s+the\s+(?:[\w-]+\s+)?(?:[\w-]+s|dead|injured|wounded)\s+"
    r"(?:were|was|are|have|had|remain|remained|died)\b",
    re.IGNORECASE,
)
"""``Two of those captives died``, ``the government at the time said``, ``20 were killed
there.``: the people, the time or the place the sentence before told of (``there`` ending a
clause, not ``There were``); a sentence that opens on the people the sentence before
counted (``All 11 were released``, ``Nine of them remain in captivity``, ``Those three
have never been found``, ``Most were freed``, or a bare count as the subject, ``Fifteen were
released``, or a part of a group named with ``the``, ``Two of the captives had died``,
``Six of the dead were police officers``), or more people of its count (``Some 40 others
were never found``)."""
_NEAR_TIME = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|"
    r"overnight|this\s+(?:morning|afternoon|evening|week))\b",
    re.IGNORECASE,
)
"""Words that date a sentence to the days of the article's own incident."""
_COUNTED_ON = re.compile(
    r"^\W*(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+"
    r"(?:hours?|days?|weeks?|months?|years?)\s+(?:later|earlier|afterwards|before)|"
    r"(?:hours|days|weeks|months|years)\s+(?:later|earlier|afterwards)|"
    r"(?:the\s+)?(?:following|next|previous)\s+(?:day|week|month|year)|"
    r"later\s+that\s+(?:day|week|month|year)|that\s+same\s+(?:day|week|month|year)|"
    r"the\s+(?:day|week|month|year)\s+(?:before|earlier|after))\b",
    re.IGNORECASE,
)
"""A sentence that opens by counting time from the one before (``A month later, …``)."""
_LONG_AFTER = re.compile(
    r"\b(?:in|over|during)\s+the\s+(?:weeks|months|years)\s+(?:that\s+followed|after(?:wards)?|"
    r"following|since)\b",
    re.IGNORECASE,
)
"""Time counted from the event before, wherever the sentence puts it (``Police arrested
four suspects in the weeks that followed``): weeks or more, which the days of an article's
own incident have not yet run to."""
_LATER_DONE = re.compile(
    r"^\W*(?:[\w'’-]+\s+){1,3}?later\s+(?:[a-z]+ed|[a-z]+ied|took|found|charged|caught)\b",
    re.IGNORECASE,
)
"""A sentence whose subject did something ``later`` than the sentence before (``Police later
arrested three people``, ``The owner later admitted …``): it counts time from that one."""

_LATER_TOLD = re.compile(
    r"^\W*(?:[\w'’-]+\s+){1,5}?later\s+(?:heard|found|ruled|concluded|established|"
    r"showed|confirmed|revealed|reported)\s+that\b",
    re.IGNORECASE,
)
"""``An inquiry later heard that …``, ``The coroner later found that …``: what a later
hearing or report told of the event the sentence before dated."""


_OF_THEM = re.compile(r"\b(?:of\s+them|them)\b", re.IGNORECASE)


def _later_of_them(text: str) -> bool:
    """Return True when a sentence's subject did something ``later`` to the people the
    sentence before counted (``Troops later freed 32 of them``): after a background tail,
    ``them`` are the tail's people, and the act follows its event."""
    return " later " in text and bool(_LATER_DONE.match(text)) and bool(_OF_THEM.search(text))


def _told_later(text: str) -> bool:
    """Return True when a sentence tells what a hearing or report ``later`` found."""
    return " later " in text and bool(_LATER_TOLD.match(text))


_ITS_COUNT = re.compile(
    r"^\W*(?:its|their)\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)\b",
    re.IGNORECASE,
)
"""``A separate boat capsized off the point. Its 12 passengers swam ashore.``: the people of
what the sentence before told of."""

_LEAD_SENTENCES = 3
"""How many prose sentences, after the title, name the article's own places."""
_ANAPHORA_REACH = 3
"""How many sentences back ``Ten of the men …`` may look for the figure it refers to."""
_SAME_COUNT_REACH = 8
"""How many sentences back ``all 20`` looks for the group of the same number it names."""
_DEFINITE_BEFORE = re.compile(r"\b(?:all|the|all\s+the|these|those)\s+$", re.IGNORECASE)
"""``All 20``, ``the five``: a count that names a group the article counted before."""


def _continues_background(text: str, main: frozenset[str]) -> bool:
    """Return True when a sentence goes on about the event of the background sentence
    before it in its paragraph: it names that event with a definite noun (``in the
    fighting``), points back to it or did something ``later`` than it, and names neither a
    time of its own nor one of the article's own places."""
    if not (
        _THAT_EVENT.search(text)
        or _POINTS_BACK.search(text)
        or _LATER_DONE.match(text)
        or _ITS_COUNT.match(text)
    ):
        return False
    return _no_time_or_place_of_its_own(text, main)


def _no_time_or_place_of_its_own(text: str, main: frozenset[str]) -> bool:
    """Return True when a sentence names neither a time of its own nor one of the article's
    own places."""
    if _NEAR_TIME.search(text) or times_in(text):
        return False
    rest = text.split(maxsplit=1)[1:]  # a sentence's first word is capitalised, not a name
    return not (main_terms(rest) & main)


def _long_after(text: str) -> bool:
    """Return True when a sentence counts weeks or more from the event before it."""
    return (" follow" in text or " after" in text or " since" in text) and bool(
        _LONG_AFTER.search(text)
    )


_THAT_EVENT_BACK = re.compile(
    r"\b(?:over|for|in|after|since|behind|into|of)\s+(?:that|those|these|this)\s+(?:[\w-]+\s+)?"
    r"(?:killings?|attacks?|robber(?:y|ies)|raids?|murders?|kidnappings?|abductions?|bombings?|"
    r"shootings?|ambush(?:es)?|massacres?|blasts?|explosions?|riots?|heists?|hijackings?|"
    r"deaths|protests?|demonstrations?|clash(?:es)?|sieges?|fires?)\b",
    re.IGNORECASE,
)
"""``detained for those murders``, ``in that raid``, ``shot dead in those protests``: an
event the sentence before told."""


def _points_to_that_event(text: str, main: frozenset[str]) -> bool:
    """Return True when a sentence names the other incident the sentence before it spoke of
    by a demonstrative (``Two brothers were detained for those murders on Friday``, ``No
    one was hurt in that raid``) and none of the article's own places: a
    day it names dates the step it tells (the arrest), not a new event."""
    if "th" not in text or _THAT_EVENT_BACK.search(text) is None:
        return False
    rest = text.split(maxsplit=1)[1:]
    return not (main_terms(rest) & main)


def _stays_in_background(text: str, before: Assessment, main: frozenset[str]) -> bool:
    """Return True when a sentence goes on about the other incident the sentence before it
    (in its paragraph) spoke of: wholly (``In 2018, a ferry sank. A month later, …``) or in
    its tail, which only an explicit pointer back continues (``… since 2025, when fighters
    overran the post. The government at the time said …``, ``Police arrested four suspects
    in the weeks that followed.``)."""
    if before.other_from is None:
        return False
    if _points_to_that_event(text, main):
        return True
    if before.other_from == 0:
        return (
            bool(_COUNTED_ON.match(text))
            or _continues_background(text, main)
            or (_names_that_place(text) and _no_time_or_place_of_its_own(text, main))
            or (_long_after(text) and _no_time_or_place_of_its_own(text, main))
        )
    if _COUNTED_ON.match(text) or _long_after(text) or _told_later(text) or _later_of_them(text):
        # "… since 2024, when a blast killed 14. Three months later, two rescuers died": the
        # tail's event is the only one the sentence before dated.
        return _no_time_or_place_of_its_own(text, main)
    return bool(_POINTS_BACK.search(text) or _names_that_place(text)) and (
        _no_time_or_place_of_its_own(text, main)
    )


def _names_other_place_again(text: str, place: str | None, main: frozenset[str]) -> bool:
    """Return True when a sentence names again the place of the other incident a sentence
    before it in its paragraph told of (``… a separate blast in the town of Orvale, where
    three died. Police said a gas line had split. Nobody has been charged in Orvale.``) and
    none of the article's own places: it is still about that incident."""
    if not place or not place[:1].isupper() or place.split()[0].lower() in _NOT_A_PLACE_HINT:
        return False
    if place not in text or not re.search(rf"\b{re.escape(place)}\b", text):
        return False
    rest = text.split(maxsplit=1)[1:]
    return not (main_terms(rest) & main)


_NOT_A_PLACE_HINT = frozenset(m.lower() for m in MONTH_NAMES) | WEEKDAYS
"""Hints that name a time, not a place (``August``, ``Monday``): a sentence naming the same
month is not thereby about the other incident."""


def _closes_background_paragraph(
    sentence: Sentence, last_in_block: dict[int, int], before: Assessment, main: frozenset[str]
) -> bool:
    """Return True when a sentence ends a paragraph whose sentence before it was wholly about
    another incident (and, as the caller checks, counted its people), and names no time or
    place of the article's own: the paragraph's last words go on about that incident (``In
    2019 a plane crashed on approach, killing 11. Three survivors were pulled out by
    villagers.``). Not a quote, which speaks now."""
    if before.other_from != 0 or last_in_block.get(sentence.block) != sentence.index:
        return False
    if sentence.text.lstrip().startswith(('"', "“")):
        return False
    return _no_time_or_place_of_its_own(sentence.text, main)


def _hostage_context(body: str, low: str | None = None) -> bool:
    """True when ``body`` holds one of the :data:`_HOSTAGE_STEMS` at the start of a word.

    Each stem is found in the lower-cased body (``low``, when the caller has it) with
    ``str.find``, several times faster than the pattern, which tries its alternatives at
    every character.
    """
    if any(map(body.__contains__, _CASE_TRAPS)):
        return bool(_HOSTAGE_CONTEXT.search(body))
    low = body.lower() if low is None else low
    for stem in _HOSTAGE_STEMS:
        at = low.find(stem)
        while at != -1:
            before = low[at - 1] if at else " "
            if not (before.isalnum() or before == "_"):  # the word boundary the pattern has
                return True
            at = low.find(stem, at + 1)
    return False


def _siege_context(body: str, low: str | None = None) -> bool:
    """True when ``body`` names people held by others in so many words (a siege, a hostage,
    a kidnapping, captors), or names gunmen and is no shooting (``Gunmen held the bank
    staff``): narrower than :func:`_hostage_context`, which a shooting's gunman sets too.
    ``low`` is ``body.lower()`` when the caller has it.
    """
    low = body.lower() if low is None else low
    if any(stem in low for stem in _SIEGE_STEMS):
        return True
    return not any(stem in low for stem in _SHOOTING_STEMS)


def _possessive_who(speaker: str | None, noun: str) -> str:
    """Return the group of ``12 of its crew``: the speaker's crew, an embassy's nationals."""
    if not speaker:
        return noun
    if noun.split()[-1].lower() in ("nationals", "citizens"):
        for word in speaker.split():
            if word in NATIONALITY_ADJECTIVES:
                return f"{word} {noun}"
    return f"{speaker} {noun}"


def _antecedent(recent: list[tuple[int, Figure]], index: int) -> Figure | None:
    """Return the last figure of the few sentences before sentence ``index``."""
    for sentence_index, figure in reversed(recent):
        if sentence_index >= index:
            continue
        if index - sentence_index > _ANAPHORA_REACH:
            return None
        return figure
    return None


_FURTHER_BEFORE = re.compile(r"\b(?:another|other|further|more)\s+$", re.IGNORECASE)
"""``another``, ``a further``, ``more`` right before a count: people besides those counted."""


def _same_count_before(recent: list[tuple[int, Figure]], index: int, value: int) -> Figure | None:
    """Return the last figure of the sentences shortly before ``index`` that counted
    ``value`` people, when that value is more than one.

    ``Troops freed 20 hostages. … All 20 were examined at the hospital``: a definite bare
    count names the group counted before, whatever was counted in between.
    """
    if value < 2:
        return None
    for sentence_index, figure in reversed(recent):
        if sentence_index >= index:
            continue
        if index - sentence_index > _SAME_COUNT_REACH:
            return None
        if figure.value == value and not figure.about_other:
            return figure
    return None


def _antecedent_counted(
    recent: list[tuple[int, Figure]], index: int, value: int, parts: int | None
) -> Figure | None:
    """Return the figure of the few sentences before sentence ``index`` that counted the
    same people as a count pointing back: of its value (``All nine were examined`` after
    ``nine of the 20 were freed``) or the value its parts add up to (``They are five men and
    four boys``), the nearest first. Not a zero, and None when no such figure is near."""
    for sentence_index, figure in reversed(recent):
        if sentence_index >= index:
            continue
        if index - sentence_index > _ANAPHORA_REACH:
            return None
        if figure.value and figure.value in (value, parts):
            return figure
    return None


_DEFINITE_GROUP = re.compile(
    r"\b[Tt]he\s+(?P<count>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z-]+s)\b"
)
"""``The four aid workers``: a group counted again by its count and noun."""


def _group_named_again(
    recent: list[tuple[int, Figure]], prior_text: str, value: int
) -> Figure | None:
    """Return the earlier figure of a group the sentence before names again without a
    figure of its own (``… among them four aid workers. … The four aid workers were
    travelling home. It said three were Ghanaian and one was Togolese``): the parts that
    point back break that group down, not the count of whatever came in between."""
    if value < 2 or "he " not in prior_text:
        return None
    for m in _DEFINITE_GROUP.finditer(prior_text):
        count = m.group("count")
        if (int(count) if count.isdigit() else parse_number_words(count)) != value:
            continue
        noun = m.group("noun")
        for _, figure in reversed(recent):
            who = figure.who or ""
            if figure.value == value and not figure.about_other and who.endswith(noun):
                return figure
    return None


def _pointing_back_total(raws: Sequence[RawFigure]) -> int | None:
    """Return the sum of a sentence's counts that point back when it has several (the parts
    of a group counted before), else None."""
    back = [raw.value for raw in raws if raw.inherit]
    return sum(back) if len(back) > 1 else None


_PLACES_MODULE = "wiredesk.index.extract.places"


def _places(
    body: str, own: Sequence[Span], other: Sequence[Span], published: datetime | None
) -> tuple[Any, Any, Any, Any] | None:
    """Return (places, venues, dates, other_places) from the places module, if installed."""
    # Once imported, the module is read from sys.modules: import_module's machinery (its
    # locks and look-ups) would run for every article.
    places_module = sys.modules.get(_PLACES_MODULE)
    if places_module is None:
        try:
            places_module = importlib.import_module(_PLACES_MODULE)
        except ImportError:  # not installed, or blocked (None in sys.modules)
            return None
    describe = getattr(places_module, "describe", None)
    if describe is None:
        return None
    result: tuple[Any, Any, Any, Any] = describe(body, own, other, published)
    return result


def extract(body: str, *, title: str = "", published: datetime | None = None) -> Extraction:
    """Return everything the extract stage learns from one article body.

    ``title`` helps tell the article's own places and repeated headlines apart; when it
    is empty, a first line that reads as a headline serves. ``published`` anchors time
    words: ``in August`` speaks of another incident unless the article is from August.
    """
    return extract_article(body, title=title, published=published)


_SEIZED_VESSEL = re.compile(
    r"(?=[abghijkmprt])"  # the subjects' first letters: most positions fail at once
    r"\b(?:gunmen|pirates|militants|attackers|kidnappers|bandits|rebels|insurgents|hijackers|"
    r"assailants|jihadists|terrorists|armed\s+men|masked\s+men)\s+(?:[\w'’,-]+\s+){0,4}?"
    r"(?:seized|seize|seizes|commandeered|took\s+over|took\s+control\s+of)\s+"
    r"(?:the|a|an|their|its)\s+(?:[\w'’-]+\s+){0,3}?(?:boat|ship|vessel|ferry|bus|coach|"
    r"minibus|train|plane|aircraft|airliner|jet|tanker|trawler|yacht|launch|cruiser|barge|"
    r"dhow|steamer)\b",
    re.IGNORECASE,
)
"""``gunmen seized the cruise boat``, ``armed men commandeered a coach``: a hijacking told in
other words, by its attackers; the people aboard are held on the vessel, as with
``hijacked``."""
_SEIZED_VESSEL_VERBS: tuple[str, ...] = ("seiz", "commandeered", "took")
"""Case-folded literals of :data:`_SEIZED_VESSEL`'s verbs: a body that holds none of them
cannot match it, and most bodies are read with ``str.find`` instead of the pattern, which
tries its fourteen subjects at every word."""
_IGNORECASE_I = ("\u0130", "\u0131")
"""``İ`` and ``ı``, which a case-insensitive pattern's ``i`` matches but case folding does
not turn into ``i`` (it does turn the ``ſ`` and Kelvin ``K`` the ``s`` and ``k`` match into
``s`` and ``k``)."""


def _seized_vessel(body: str) -> bool:
    """Return True when :data:`_SEIZED_VESSEL` occurs in ``body``; a body without any of
    its verbs is passed over without the pattern's scan."""
    folded = body.casefold()
    if not any(map(folded.__contains__, _SEIZED_VESSEL_VERBS)) and (
        body.isascii() or not any(map(body.__contains__, _IGNORECASE_I))
    ):
        return False
    return _SEIZED_VESSEL.search(body) is not None


def extract_article(
    body: str,
    *,
    title: str = "",
    published: datetime | None = None,
    describe_places: bool = True,
) -> Extraction:
    """Return what :func:`extract` returns; ``describe_places=False`` skips the places module.

    The benchmark uses it to time this module's own work apart from the places module's.
    """
    blocks, sentences = split_structure(body)
    roles = classify_blocks(blocks, title)
    title_text = title or (blocks[0].text if blocks and roles[0] == "title" else "")
    # "… died there. Read more: <another story's headline>": a teaser inside a paragraph.
    inline_teasers = {
        s.index for s in sentences if roles[s.block] == "text" and is_inline_teaser(s.text)
    }
    prose = [
        s.text
        for s in sentences
        if roles[s.block] == "text"
        and not s.text.lstrip().startswith(('"', "“"))
        and s.index not in inline_teasers
    ]
    # The first sentence of a wire story tells its own incident, time words included; the
    # next few, unless they point back, name its places.
    own_times = times_in(title_text) | times_in(prose[0]) if prose else times_in(title_text)
    if prose:
        own_times |= weekday_days_before(prose[0], published)  # "Four days after …"
        own_times |= last_week_after_days_ago(prose[0])  # "taken ten days ago"
        own_times |= last_weekday_of_lead(prose[0], published)  # "seized on Tuesday"
    own_day = own_day_of(prose[0], published) if prose else None
    lead = prose[:1]
    for text in prose[1:]:
        if len(lead) >= _LEAD_SENTENCES:
            break
        if not points_back(text, published, own_times):
            lead.append(text)
    # Headline lines at the top of the page (a standfirst, key points) are the story's own.
    standfirst = [
        s.text for s in sentences if roles[s.block] == "headline" and s.block < _TOP_BLOCKS
    ][:4]
    main = main_terms([title_text, *standfirst, *lead])
    low = body.lower()  # one lower-casing of the body for the three readings below
    cues = cues_of(body, low)
    background = {b.index for b in blocks if is_background_label(b.text)}
    hostage_context = _hostage_context(body, low)
    hijack = hostage_context and ("hijack" in body or "Hijack" in body or _seized_vessel(body))
    siege = hostage_context and _siege_context(body, low)
    attribution = Attribution(
        [None if roles[s.block] == "furniture" else s.text for s in sentences]
    )

    last_in_block = {s.block: s.index for s in sentences}
    boilerplate: list[Span] = []
    own: list[Span] = []
    other: list[Span] = []
    figures: list[Figure] = []
    recent: list[tuple[int, Figure]] = []
    before: tuple[int, Assessment] | None = None
    """The block and assessment of the previous prose sentence."""
    last_text: tuple[int, str] | None = None
    """The index and text of the previous sentence that is not page furniture."""
    other_place: tuple[int, str | None] | None = None
    """The block and place hint of the last prose sentence about another incident."""
    earlier_story: list[Figure] = []
    """Figures of a teaser for the outlet's earlier story of the same incident."""
    for sentence in sentences:
        role = roles[sentence.block]
        if sentence.index in inline_teasers:
            role = "teaser"  # "… died there. Read more: <another story's headline>"
        span = Span(sentence.start, sentence.end)
        if role == "furniture":
            boilerplate.append(span)
            continue
        own_story = role == "teaser" and teaser_of_own_story(
            sentence.text, title_text, " ".join(lead)
        )
        if own_story:
            assessment = Assessment()  # a link to the outlet's earlier story of this incident
        elif role == "teaser":
            assessment = Assessment(0, hint_for_teaser(sentence.text, main))
        else:
            assessment = assess(sentence.text, main, published, own_times, cues, own_day)
            if sentence.block in background:
                assessment = Assessment(0, assessment.hint)
            elif (
                assessment.other_from is None
                and before is not None
                and before[0] == sentence.block
                and _stays_in_background(sentence.text, before[1], main)
            ):
                # "In 2018, a ferry sank on Lake Toba. A month later, another went down …":
                # time counted from a background sentence stays in the background, and so
                # does "… were killed in the fighting" after "In 2017, rebels held Marawi".
                assessment = Assessment(0, before[1].hint)
            elif (
                assessment.other_from is None
                and before is not None
                and before[0] == sentence.block
                and _closes_background_paragraph(sentence, last_in_block, before[1], main)
                and last_text is not None
                and any(i == last_text[0] and f.about_other for i, f in recent[-3:])
            ):
                # "In 2019 a plane crashed there, killing 11. Three survivors were pulled
                # out by villagers.": the paragraph's last words are still of that event.
                assessment = Assessment(0, before[1].hint)
            elif (
                assessment.other_from is None
                and other_place is not None
                and other_place[0] == sentence.block
                and _names_other_place_again(sentence.text, other_place[1], main)
            ):
                # "… a separate blast in Orvale. … Nobody has been charged in Orvale.": the
                # other incident's place named again keeps the sentence on that incident.
                assessment = Assessment(0, other_place[1])
            before = (sentence.block, assessment)
            if assessment.other_from is not None:
                other_place = (sentence.block, assessment.hint)
        if role in ("teaser", "caption"):
            boilerplate.append(span)
        if assessment.other_from is not None and assessment.other_from > 0:
            # "The attack comes a week after …": the head speaks of this incident, the
            # tail of the other one.
            cut = sentence.start + assessment.other_from
            if role != "caption":
                own.append(Span(sentence.start, cut))
            other.append(Span(cut, sentence.end))
        elif assessment.other_from is not None:
            other.append(span)
        elif role != "caption":
            own.append(span)
        # "… people trapped under the rubble. It could be as many as 25.": when the
        # sentence before counts nobody, its words give the kind of a count that points back.
        prior_text = (
            last_text[1]
            if last_text is not None
            and last_text[0] == sentence.index - 1
            and (not recent or recent[-1][0] < last_text[0])
            else None
        )
        prior: str | None = None
        raws = find_figures(
            sentence.text, hostage_context=hostage_context, hijack=hijack, siege=siege
        )
        raws = _with_one_got_away(raws, sentence.text, sentence.index, last_text)
        parts = _pointing_back_total(raws)
        for raw in raws:
            raw = rest_of_a_gang(raw, sentence.text, last_text[1] if last_text else "")
            raw = caught_rest_of_a_gang(raw, sentence.text, last_text[1] if last_text else "")
            raw = rest_of_a_gang_across(
                raw,
                sentence.text,
                last_text[1] if last_text else "",
                recent[-1][1].kind if recent else None,
            )
            told_before = last_text[1] if last_text and last_text[0] == sentence.index - 1 else None
            if attackers_got_away(raw, sentence.text, told_before) or (
                attackers_escaped_in_sentence(raw, sentence.text, told_before)
            ):
                raw = replace(raw, kind="attackers")
            if attackers_pointed_back(raw, sentence.text, told_before):
                raw = replace(raw, kind="attackers", inherit=False)
            if raw.inherit and prior_text is not None and prior is None:
                prior = kind_cue(prior_text, hostage_context=hostage_context)
            if raw.inherit and prior_text is not None and prior is None:
                named = _group_named_again(recent, prior_text, parts or raw.value)
                if named is not None:
                    raw = replace(raw, kind=named.kind, inherit=False)
            figure = _figure(raw, sentence, assessment, attribution, recent, prior, parts)
            if figure is not None:
                figures.append(figure)
                recent.append((sentence.index, figure))
                if own_story:
                    earlier_story.append(figure)
        last_text = (sentence.index, sentence.text)

    figures = _without_earlier_estimates(figures, earlier_story)
    if title and not repeats_title(title, blocks, roles):
        # A feed's or a page's headline often carries the count the outlet leads with.
        heads = [
            _title_figure(raw, title)
            for raw in find_figures(title, hostage_context=hostage_context, hijack=hijack)
            if not raw.inherit
        ]
        figures = heads + figures

    places = _places(body, own, other, published) if describe_places else None
    extra: dict[str, Any] = {}
    if places is not None:
        found_places, venues, dates, other_places = places
        extra = {
            "places": tuple(found_places),
            "venues": tuple(venues),
            "dates": tuple(dates),
            "other_places": tuple(other_places),
        }
    return Extraction(
        figures=tuple(figures),
        boilerplate=tuple(boilerplate),
        own_sentences=tuple(own),
        other_sentences=tuple(other),
        **extra,
    )


def _with_one_got_away(
    raws: list[RawFigure], text: str, index: int, last_text: tuple[int, str] | None
) -> list[RawFigure]:
    """Return ``raws`` with the attackers of :func:`attackers_one_got_away` added in
    order, unless a count already stands at the same place."""
    told_before = last_text[1] if last_text and last_text[0] == index - 1 else None
    got_away = [
        raw
        for raw in attackers_one_got_away(text, told_before)
        if not any(r.start <= raw.start < r.end or raw.start <= r.start < raw.end for r in raws)
    ]
    return sorted([*raws, *got_away], key=lambda r: r.start) if got_away else raws


def _without_earlier_estimates(
    figures: list[Figure], earlier_story: Sequence[Figure] = ()
) -> list[Figure]:
    """Drop an estimate the source gave before (``The police had earlier put the toll at
    23.``) when the article counts the same kind otherwise: the later count supersedes it.
    So does the count in the headline of a link to the outlet's earlier story of the same
    incident (``Read more: Orlet toll rises to six``, ``earlier_story``)."""
    own = [f for f in figures if not f.about_other]
    dropped = [
        f
        for f in own
        if f.value
        and is_earlier_estimate(f.sentence, f.start - f.sentence_start)
        and any(
            o.kind == f.kind and (o.value not in (0, f.value) or _zero_of_everyone(o, f))
            for o in own
        )
    ]
    dropped += [f for f in own if f not in dropped and _dated_step_overtaken(f, own)]
    if earlier_story:
        # The linked story's count is overtaken unless the article still gives it (``Related:
        # 47 fishermen rescued`` above ``including 47 in the first hours``).
        current = [o for o in own if o not in dropped and not any(o is e for e in earlier_story)]
        dropped += [
            f
            for f in earlier_story
            if f.value
            and (
                any(o.kind == f.kind and o.value != 0 for o in current) or _zeroed_since(f, current)
            )
            and not any(o.kind == f.kind and o.value == f.value for o in current)
        ]
    return [f for f in figures if f not in dropped] if dropped else figures


_EARLIER_THEN = re.compile(
    r"\b(?:initially|earlier|first|originally)\s+(?:said|put|gave|given|reported|announced|"
    r"estimated)\b[^.!?]{0,120}?(?:;|,\s+but\b|\s+but\s+|\s+then\s+|\s+later\s+)",
    re.IGNORECASE,
)
"""``had initially said that six miners died; …``: an earlier count, then a turn."""
_DAY_AFTER = re.compile(
    r"\s+(?:(?:late|early)\s+)?(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)|yesterday|the\s+(?:day|night)\s+before|last\s+(?:week|night))\b"
)


def _dated_step_overtaken(fig: Figure, own: Sequence[Figure]) -> bool:
    """Return True for a later step of a history of counts that the article has since
    overtaken: in ``The army had initially said that eight had died; the figure was revised to
    nine on Wednesday``, under a toll of ten, the nine was given on a day before, after an
    earlier estimate in the same sentence."""
    start = fig.start - fig.sentence_start
    if not fig.value or not _DAY_AFTER.match(fig.sentence, fig.end - fig.sentence_start):
        return False
    head = fig.sentence[:start]
    if not ("initially" in head or "earlier" in head or "first" in head or "originally" in head):
        return False
    if not _EARLIER_THEN.search(head):
        return False
    return any(
        o.kind == fig.kind and o.who is None and o.value > fig.value and o.sentence != fig.sentence
        for o in own
    )


def _zeroed_since(linked: Figure, current: Sequence[Figure]) -> bool:
    """Return True when the article counts ``linked``'s kind as none now (``No one is now
    unaccounted for`` under a link's ``three still missing``): the zero overtakes the count
    when it names no narrower group."""
    return any(o.kind == linked.kind and o.value == 0 and o.who is None for o in current)


def _title_figure(raw: RawFigure, title: str) -> Figure:
    """Return the :class:`Figure` of a headline's raw figure (offsets index the title)."""
    return Figure(
        kind=raw.kind,
        value=raw.value,
        qualifier=raw.qualifier,
        value_max=raw.value_max,
        who=raw.who,
        sentence=title,
        start=raw.start,
        end=raw.end,
        sentence_start=0,
        sentence_end=len(title),
        in_title=True,
    )


def _figure(
    raw: RawFigure,
    sentence: Sentence,
    assessment: Assessment,
    attribution: Attribution,
    recent: list[tuple[int, Figure]],
    prior: str | None = None,
    parts: int | None = None,
) -> Figure | None:
    """Return the :class:`Figure` for one raw figure of ``sentence``, or None to drop it.

    ``prior`` is the kind the words of the sentence before give when it counts nobody: a
    count that points back takes it before an older figure's. ``parts`` is the sum of the
    sentence's counts that point back, when there are several (``They are four women and
    three girls``).
    """
    kind = raw.kind
    speaker = attribution.speaker(sentence.index, raw.start, raw.end)
    if raw.inherit and prior is not None:
        kind = prior
    elif raw.inherit:
        definite = _DEFINITE_BEFORE.search(sentence.text, max(0, raw.start - 12), raw.start)
        # "Another 20 were examined": a further group, not the one counted before
        further = _FURTHER_BEFORE.search(sentence.text, max(0, raw.start - 14), raw.start)
        antecedent = (
            (_same_count_before(recent, sentence.index, raw.value) if definite else None)
            or (None if further else _antecedent_counted(recent, sentence.index, raw.value, parts))
            or _antecedent(recent, sentence.index)
        )
        if antecedent is None or antecedent.value == 0:
            return None
        kind = antecedent.kind
        speaker = speaker or antecedent.attributed_to
    who = raw.who
    if raw.possessive_noun:
        who = _possessive_who(speaker, raw.possessive_noun)
    about_other = assessment.other_from is not None and raw.start >= assessment.other_from
    return Figure(
        kind=kind,
        value=raw.value,
        qualifier=raw.qualifier,
        value_max=raw.value_max,
        who=who,
        attributed_to=speaker,
        sentence=sentence.text,
        start=sentence.start + raw.start,
        end=sentence.start + raw.end,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        about_other=about_other,
        other_hint=assessment.hint if about_other else None,
    )
