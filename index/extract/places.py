"""Places and venues an article names, and :func:`describe`, the digest grouping needs.

* **Places** come from a gazetteer (countries, US states, continents and some 27,000
  cities, generated from GeoNames; see ``data/README.md``) matched on whole runs of
  capitalised words — ``Mark`` in ``Colonel Mark Cheadle`` is no place — plus patterns
  for places the gazetteer does not list: ``in Dougourakoro``, ``the town of Sevare``.
* **Venues** are found by general patterns, never by a list of known venues: a
  capitalised name before a venue noun (``Radisson Blu luxury hotel`` → ``Radisson Blu
  hotel``, ``Westgate shopping mall``, ``La Terrasse nightclub``) or a venue noun leading
  a name (``Le Campement Kangaba``, ``Hotel Splendid``, ``University of Nairobi``).
  A nationality or a country before the noun describes rather than names (``a Malian
  hotel``), except for embassies (``the French embassy``), which are kept as weak venues.

Everything here is pure Python and cheap (well under a millisecond for a typical
article); the gazetteer loads once, on first use.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache, lru_cache, partial
from itertools import compress, repeat
from operator import add, not_
from pathlib import Path
from typing import NamedTuple

from wiredesk.index.extract.dates import find_dates
from wiredesk.index.models import Span

DATA_DIRECTORY = Path(__file__).with_name("data")


def _words(text: str) -> frozenset[str]:
    """Return the set of whitespace-separated words in ``text``."""
    return frozenset(text.split())


VENUE_NOUNS: frozenset[str] = _words(
    """hotel motel inn resort lodge guesthouse hostel campement mall market marketplace
    bazaar supermarket hypermarket restaurant cafe bar pub nightclub club lounge bistro
    brasserie pizzeria school university college academy seminary madrasa madrassa
    church cathedral chapel basilica mosque synagogue temple shrine stadium arena
    theatre theater cinema museum embassy consulate airport airbase station terminal
    hospital clinic prison jail barracks garrison base camp checkpoint compound plant
    refinery complex centre center tower towers plaza square beach park bridge
    parliament zoo casino harbour harbor pier jetty wharf dockyard shipyard factory mill
    warehouse mine dam convoy"""
)
"""Nouns that make a preceding capitalised name a venue (``Westgate mall``)."""

TWO_WORD_NOUNS: frozenset[tuple[str, str]] = frozenset(
    tuple(pair.split("_"))  # type: ignore[misc]
    for pair in _words(
        """shopping_mall shopping_centre shopping_center night_club concert_hall train_station
        railway_station bus_station metro_station police_station military_base
        air_base army_base gas_plant gas_facility hotel_complex beach_resort
        refugee_camp army_camp military_camp city_hall town_hall trade_center
        trade_centre high_school primary_school secondary_school police_academy
        military_academy police_headquarters army_headquarters music_venue
        guest_house"""
    )
)
"""Two-word venue nouns (``Westgate shopping mall``)."""

NOUN_LED: frozenset[str] = _words(
    """hotel campement cafe restaurant club camp bar auberge stade gare maison residence"""
)
"""Venue nouns that may lead a name (``Hotel Splendid``, ``Le Campement Kangaba``)."""

NOUN_LED_OF: frozenset[str] = _words(
    """university college museum church cathedral mosque school academy"""
)
"""Venue nouns that lead a name through ``of``/``de`` (``University of Nairobi``)."""

VENUE_ADJECTIVES: frozenset[str] = _words(
    """luxury luxurious upscale upmarket up-market five-star four-star three-star 5-star
    4-star popular busy crowded famous beachfront seaside lakeside tourist international
    main historic private public state-run high-end plush exclusive iconic boutique
    well-known packed renowned sprawling upmarket modern large small big new old
    american-owned french-owned western-owned foreign-owned"""
)
"""Words that may stand between a venue's name and its noun and are dropped."""

MODIFIER_NOUNS: frozenset[str] = _words(
    """hotel shopping beach resort gas oil army military police tourist business
    textile garment chemical cement steel fertiliser fertilizer coal gold copper power
    hydroelectric hydropower ferry cargo container boarding"""
)
"""Lowercase nouns that may modify the venue noun (``DusitD2 hotel complex``), among them
what a site makes or handles (``Sundar textile factory``, ``Riverside ferry terminal``)."""

ORG_FOLLOWERS: frozenset[str] = _words(
    """group company corporation corp inc ltd limited chain association authority
    management staff security workers union foundation network owners owner operator
    operators spokesman spokeswoman director manager officials official employees guests
    guards administration board chief president"""
)
"""Words after a venue noun that make it an organisation (``Rezidor Hotel Group``)."""

GENERIC_VENUE_WORDS: frozenset[str] = _words(
    """grand royal international national central new old great city main state
    municipal regional general"""
)
"""Words too common in venue names to tell venues apart (``Grand``, ``International``)."""

NAMING_GENERICS: frozenset[str] = frozenset({"central", "national"})
"""Generic capitalised words that still name a venue when they are its whole name (``the
Central bus station``, ``the National Stadium``), where ``Police station`` describes one."""

ARTICLES: frozenset[str] = frozenset({"the", "le", "la", "les", "l'", "el"})
CONNECTORS: frozenset[str] = frozenset(
    {"de", "du", "des", "la", "le", "el", "al", "of", "da", "do", "dos", "das", "del", "d'"}
    | {"es", "di", "am", "upon", "aan", "den", "der", "op"}  # Dar es Salaam, Frankfurt am Main
)
KEPT_ARTICLES: frozenset[str] = frozenset({"le", "la", "les", "l'", "el"})
"""Articles that belong to a venue's name (``La Terrasse``); ``The`` does not."""

FUNCTION_CAPS: frozenset[str] = _words(
    """the a an in on at of for to by with from after before during as and but or near into
    over under inside outside amid against about this that these those it its their his
    her our we they he she i there here when while if since until some many several
    other another all both each every no not one two three four five six seven eight
    nine ten what which who how why where most more also only such then than so yet"""
)
"""Capitalised words that start sentences or titles and name nothing."""

TIME_WORDS: frozenset[str] = _words(
    """monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december jan feb mar apr jun
    jul aug sep sept oct nov dec today yesterday tonight"""
)

GENERIC_CAPS: frozenset[str] = _words(
    """twitter facebook youtube instagram telegram whatsapp islam ramadan christmas easter
    eid parliament congress senate court government police army military interior
    defense defence ministry minister state department god allah reuters ap afp bbc cnn
    president prime colonel general commander spokesman official officials security
    national central federal islamic islamist jihadist city capital town village north
    south east west northern southern eastern western region province district un
    nations united breaking update live latest read watch photo photos video"""
)
"""Capitalised words that are never a place or a venue's whole name on their own."""

PLACE_PREPOSITIONS: frozenset[str] = frozenset({"in", "near", "outside", "around", "across"})
PLACE_NOUNS: frozenset[str] = _words(
    """town city village suburb district region province outskirts state county
    neighbourhood neighborhood commune capital municipality area locality"""
)
DIRECTIONS: frozenset[str] = _words(
    """northern southern eastern western central north south east west northeastern
    northwestern southeastern southwestern north-eastern north-western south-eastern
    south-western"""
)

_COUNTRY_ALIASES: dict[str, str] = {
    "us": "United States", "u.s": "United States", "usa": "United States",
    "u.s.a": "United States", "united states of america": "United States",
    "uk": "United Kingdom", "u.k": "United Kingdom", "britain": "United Kingdom",
    "great britain": "United Kingdom", "england": "United Kingdom",
    "cote d'ivoire": "Ivory Coast", "dr congo": "Democratic Republic of the Congo",
    "drc": "Democratic Republic of the Congo", "burma": "Myanmar",
    "holland": "Netherlands", "czech republic": "Czechia", "uae": "United Arab Emirates",
    "gaza": "Palestinian Territories", "west bank": "Palestinian Territories",
    "palestine": "Palestinian Territories", "macedonia": "North Macedonia",
    "swaziland": "Eswatini", "east timor": "Timor-Leste", "the gambia": "Gambia",
}  # fmt: skip

# A word: letters and digits, with apostrophes, full stops, ampersands and hyphens inside
# (``U.S``, ``AT&T``, ``al-Shabab``); the lookbehind ends it on a letter or digit.
_WORD_RE = re.compile(r"[^\W_][\w'’.&-]*(?<![_'’.&-])")
_ASCII_WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_'.&-]*(?<![_'.&-])")
""":data:`_WORD_RE` for ASCII text (most sentences), where it finds the same words: a set of
ASCII characters is tested by a table look-up, Unicode's word class by a slower call."""
_SPACE_RE = re.compile(r"\s+")
_POSSESSIVE_RE = re.compile(r"['’]s?$")


@dataclass(frozen=True, slots=True)
class Place:
    """A place the gazetteer (or a pattern) knows: its shown name, kind and size."""

    name: str
    kind: str
    """``country``, ``region``, ``city`` or ``local`` (found by a pattern only)."""
    country: str = ""
    population: int = 0


@dataclass(frozen=True)
class Mention:
    """A place or venue found in a text: where, and the name it is shown under."""

    start: int
    end: int
    name: str
    kind: str
    """A place kind (see :class:`Place`), or ``venue`` / ``weak-venue``."""


class _Token(NamedTuple):
    """One word of a sentence (a named tuple: built for every word, so kept cheap)."""

    text: str
    start: int
    end: int
    folded: str
    """Lowercase, accent-free, possessive stripped."""
    cap: bool
    possessive: bool
    position: int
    """Where the token stands among the sentence's tokens (0 for the first)."""
    name: bool
    """A capitalised word that may be part of a name (not ``The``, ``Friday``, ``2015``)."""


def fold(text: str) -> str:
    """Return ``text`` lowercased, accent-free, with straight apostrophes."""
    if text.isascii():
        return text.lower()
    # Compatibility decomposition works character by character, and dropping the combining
    # marks leaves the rest in order, so each non-ASCII character folds on its own (cached);
    # lowercasing waits for the whole text (a final sigma depends on its neighbours).
    return _NON_ASCII_RE.sub(_fold_match, text).lower()


_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")


def _fold_match(match: re.Match[str]) -> str:
    return _fold_character(match.group())


@lru_cache(maxsize=4096)
def _fold_character(character: str) -> str:
    """Return one character decomposed, without its combining marks (curly quotes straight)."""
    if character in "’‘":
        return "'"
    decomposed = unicodedata.normalize("NFKD", character)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=8192)
def _place_key(name: str) -> str:
    """The gazetteer key of a name: folded, hyphens as spaces (``Grand Bassam``)."""
    return " ".join(fold(name).replace("-", " ").split())


@lru_cache(maxsize=8192)
def skeleton(text: str) -> str:
    """Return a spelling-tolerant key: folded, a final vowel dropped, doubled letters
    squeezed and every run of vowels made one ``a`` (``Radisson``/``Radison``,
    ``Byblos``/``Biblos``, ``Mourabitoun``/``Murabitoun``, ``Splendid``/``Splendide``)."""
    keys = []
    for word in re.findall(r"[a-z0-9]+", fold(text).replace("y", "i")):
        if len(word) > 3 and word[-1] in "aeiou" and word[-2] not in "aeiou":
            word = word[:-1]
        word = re.sub(r"(.)\1+", r"\1", word)
        keys.append(re.sub(r"[aeiou]+", "a", word))
    return " ".join(keys)


@cache
def _gazetteer() -> dict[str, str]:
    """The gazetteer: each place's key → its row of ``places.tsv`` as read (tabs kept).

    Rows stay text until a name is looked up (:func:`_gazetteer_place`): the ingest holds
    the gazetteer in the ingesting process and in each worker, and 27,000 rows as text take
    about half the memory they take as :class:`Place` objects with their fields' strings.
    """
    rows: dict[str, str] = {}
    with (DATA_DIRECTORY / "places.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            row = line.rstrip("\n")
            rows[_place_key(row[: row.find("\t")])] = row
    for alias, target in _COUNTRY_ALIASES.items():
        found = rows.get(_place_key(target))
        if found is not None:
            rows.setdefault(alias, found)
    return rows


@lru_cache(maxsize=4096)
def _gazetteer_place(key: str) -> Place | None:
    """Return the gazetteer's place under ``key`` (a :func:`_place_key`), or None."""
    row = _gazetteer().get(key)
    if row is None:
        return None
    fields = row.split("\t")
    name, kind, country, population = fields[:4]
    shown = fields[4] if len(fields) > 4 and fields[4] else name
    return Place(shown, kind, country, int(population or 0))


@cache
def _gazetteer_heads() -> frozenset[str]:
    """The first words of the gazetteer's names of several words (``new`` for ``New
    York``); a name of one word is its own first word, found in :func:`_gazetteer`."""
    return frozenset(key[: key.find(" ")] for key in _gazetteer() if " " in key)


@lru_cache(maxsize=8192)
def _starts_gazetteer_name(folded: str) -> bool:
    """True when a name whose first word is ``folded`` may be in the gazetteer."""
    head = _place_key(folded).split(" ")[0]
    return head in _gazetteer() or head in _gazetteer_heads()


@cache
def _demonyms() -> dict[str, str]:
    words: dict[str, str] = {}
    with (DATA_DIRECTORY / "demonyms.txt").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            word, _, country = line.rstrip("\n").partition("\t")
            words[fold(word)] = country
    return words


@cache
def _capitals() -> frozenset[str]:
    with (DATA_DIRECTORY / "capitals.txt").open(encoding="utf-8") as handle:
        return frozenset(_place_key(line) for line in handle if line.strip() and line[0] != "#")


def is_capital(name: str) -> bool:
    """True when ``name`` is a national capital (``Abuja``, ``New Delhi``): where bureaus
    file from, whatever happened elsewhere in the country."""
    return _place_key(name) in _capitals()


def lookup_place(name: str) -> Place | None:
    """Return the gazetteer's place for ``name`` (any case or accents), or None."""
    key = _place_key(name)
    key = _POSSESSIVE_RE.sub("", key) if key.endswith(("'s", "'")) else key
    place = _gazetteer_place(key)
    if place is None and key.startswith("the "):
        place = _gazetteer_place(key[4:])
    return place


def is_demonym(word: str) -> bool:
    """Return True for a nationality adjective or language name (``Malian``, ``Arabic``)."""
    return fold(word).rstrip("s") in _demonyms() or fold(word) in _demonyms()


_make_token = partial(tuple.__new__, _Token)
"""Builds a :class:`_Token` from a tuple of its fields without the named tuple's
Python-level constructor."""
_NOT_NAMES: frozenset[str] = FUNCTION_CAPS | TIME_WORDS
"""Capitalised words that are never part of a name (``The``, ``Friday``)."""


class _Words:
    """The words of one sentence, read once and shared by everything that walks it.

    :func:`describe` reads every sentence three times (the article's capitalised words,
    its places, its venues), so the words are found once per distinct text (see
    :func:`_sentence_words`). Reading them starts cheap: the word pattern runs once and
    only the words that are not all lower case (capitals, digits, camel case) are looked
    at, which gives :attr:`capitals` (the names the article uses mid-sentence) and the
    name words. Places and venues are both built on a name word, and most sentences have
    none that could start one (:meth:`may_name_place`, :meth:`may_name_venue`), so the
    full per-word :attr:`tokens` the place and venue patterns walk are made only for the
    few sentences that need them.
    """

    __slots__ = ("_caps", "_folded", "_names", "_text", "_tokens", "_words", "capitals")

    def __init__(self, text: str) -> None:
        words = (_ASCII_WORD_RE if text.isascii() else _WORD_RE).findall(text)
        capitals: list[str] = []
        names: list[tuple[int, str]] = []
        caps: list[int] = []
        for index in compress(range(len(words)), map(not_, map(str.islower, words))):
            word = words[index]
            if word[0].isupper() or _capitalised(word):
                caps.append(index)
                plain = word.isascii() and "'" not in word
                folded = word.lower() if plain else _folded(word)[0]
                if folded not in _NOT_NAMES and not word.isdigit():
                    names.append((index, folded))
                if index:
                    capitals.append(folded)
        self._text = text
        self._words = words
        self._names = names
        self._caps = caps
        self._folded: list[str] | None = None
        self._tokens: tuple[_Token, ...] | None = None
        self.capitals: list[str] = capitals
        """The folded capitalised words after the first (a sentence's first word is
        capitalised whatever it is)."""

    @property
    def folded(self) -> list[str]:
        """Every word's :attr:`_Token.folded` form, in order."""
        if self._folded is None:
            if self._text.isascii() and "'" not in self._text:
                self._folded = list(map(str.lower, self._words))  # no accent, no possessive
            else:
                self._folded = [_folded(word)[0] for word in self._words]
        return self._folded

    def may_name_place(self) -> bool:
        """False when no word can start a place :func:`find_places` would find.

        A gazetteer place starts with a name word that starts a gazetteer name; a place
        the gazetteer lacks starts with a name word right after ``in``, ``town of`` and
        the like (:func:`_introduces`), or opens the sentence in capitals (a dateline).
        """
        words: list[str] | None = None
        for index, folded in self._names:
            if _starts_gazetteer_name(folded):
                return True
            if not index and self._words[0].isupper():
                return True  # a dateline (:func:`_dateline_place`)
            if index:
                words = words or self.folded
                if words[index - 1] in _INTRODUCER_ENDS and _introduces(
                    words[max(0, index - 3) : index]
                ):
                    return True
        return False

    def may_name_venue(self) -> bool:
        """False when :func:`find_venues` can find no venue: no name word, or no venue noun."""
        return bool(self._names) and not _VENUE_TRIGGERS.isdisjoint(self.folded)

    @property
    def tokens(self) -> tuple[_Token, ...]:
        """Every word as a :class:`_Token`, in order."""
        if self._tokens is None:
            self._tokens = self._build()
        return self._tokens

    def _build(self) -> tuple[_Token, ...]:
        # Column by column, each from C-level maps where it can be, then zipped into
        # tokens: the flags were found in __init__ for the few words not in lower case.
        text = self._text
        words = self._words
        count = len(words)
        starts: list[int] = []
        append = starts.append
        find = text.find
        end = 0
        for word in words:
            # Only characters that cannot start a word lie between two matches, so the
            # next occurrence of a word is where it matched.
            end = find(word, end)
            append(end)
            end += len(word)
        possessive: Iterable[bool]
        if text.isascii() and "'" not in text:
            folded = self.folded
            possessive = repeat(False, count)
        else:
            pairs = [
                _folded(word) if "'" in word or not word.isascii() else (word.lower(), False)
                for word in words
            ]
            folded = [pair[0] for pair in pairs]
            possessive = [pair[1] for pair in pairs]
        cap = [False] * count
        for index in self._caps:
            cap[index] = True
        name = [False] * count
        for index, _ in self._names:
            name[index] = True
        ends = map(add, starts, map(len, words))
        return tuple(
            map(
                _make_token,
                zip(words, starts, ends, folded, cap, possessive, range(count), name, strict=True),
            )
        )


def _folded(word: str) -> tuple[str, bool]:
    """Return a word's :attr:`_Token.folded` form and whether it was possessive."""
    folded = word.lower() if word.isascii() else fold(word)
    possessive = False
    if "'" in folded:
        possessive = folded.endswith("'s") and len(folded) > 2
        if possessive:
            folded = folded[:-2]
    if folded.endswith("."):
        folded = folded.rstrip(".")
    return folded, possessive


SENTENCE_WORDS_CACHE = 1024
"""How many sentences' words :func:`_sentence_words` keeps (the ones read last).

Most of its hits are the same article's sentences read again, a few dozen back. On 1,500
articles of the bench corpus in ingest's order, 1,024 kept 14.7 % of the reads from
being made again, 4,096 kept 16.2 % and 256 kept 13.0 %; 4,096 of them held 11 MB in each
worker process (2.8 KB a sentence, with its tokens)."""


@lru_cache(maxsize=SENTENCE_WORDS_CACHE)
def _sentence_words(text: str) -> _Words:
    """Return the words of ``text``, cached: :func:`describe` reads each sentence thrice."""
    return _Words(text)


def _tokens(text: str) -> tuple[_Token, ...]:
    """Return the word tokens of ``text``."""
    return _sentence_words(text).tokens


def _capitalised(word: str) -> bool:
    """True for a capitalised word, or a brand written in camel case (``dusitD2``)."""
    if word[:1].isupper():
        return True
    rest = word[1:]
    if rest.islower():
        return False  # no capital after the first letter (the common case, answered fast)
    return word[:1].isalpha() and any(c.isupper() for c in rest) and "'" not in word


def _joined(text: str, left: _Token, right: _Token) -> bool:
    """True when only spaces separate two tokens."""
    return not text[left.end : right.start].strip()


def _runs(text: str, tokens: Sequence[_Token]) -> list[list[_Token]]:
    """Maximal runs of capitalised words (with name connectors inside them)."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    pending: list[_Token] = []
    for token in tokens:
        if not current and not token.cap:
            continue  # a lower-case word outside a run starts none (most words)
        if current and not _joined(text, (pending or current)[-1], token):
            runs.append(current)
            current, pending = [], []
        if token.name or (not current and token.cap and token.folded in ARTICLES):
            current.extend(pending)
            pending = []
            current.append(token)
            if token.possessive:
                runs.append(current)
                current = []
        elif current and token.folded in CONNECTORS and not token.cap:
            pending.append(token)
        else:
            if current:
                runs.append(current)
            current, pending = [], []
    if current:
        runs.append(current)
    return [run for run in runs if any(t.name for t in run)]


def _strip_articles(run: Sequence[_Token]) -> list[_Token]:
    out = list(run)
    while out and (out[0].folded in ARTICLES or not out[0].name):
        out.pop(0)
    return out


def _run_text(text: str, run: Sequence[_Token]) -> str:
    return _SPACE_RE.sub(" ", text[run[0].start : run[-1].end]).strip()


ORG_NOUNS: frozenset[str] = _words(
    """agency news newspaper channel television tv radio group airlines airways airline
    party movement front brigade brigades company corporation bank university hotel
    foundation institute army police"""
)
"""Words after a name that make it an organisation (``Xinhua news agency``)."""


def _place_of_run(text: str, tokens: Sequence[_Token], run: Sequence[_Token]) -> Place | None:
    words = _strip_articles(run)
    if not words:
        return None
    name = _place_key(" ".join(t.folded for t in words))
    place = _gazetteer_place(name)
    if place is None:
        return None
    shown = _run_text(text, words)
    letters = shown.replace(".", "")
    if place.kind == "city" and (len(name) < 3 or (letters.isupper() and len(letters) <= 4)):
        return None  # an acronym (UN, TV, ISIS), not a town that shares its letters
    nxt = tokens[words[-1].position + 1] if words[-1].position + 1 < len(tokens) else None
    if (
        nxt is not None
        and not words[-1].possessive
        and _joined(text, words[-1], nxt)
        and nxt.folded in ORG_NOUNS
        and place.kind == "city"
    ):
        return None
    return place


def _introduces_place(tokens: Sequence[_Token], first: _Token) -> bool:
    """True when the words before ``first`` say a place follows (``in``, ``town of``)."""
    return _introduces([t.folded for t in tokens[max(0, first.position - 3) : first.position]])


_PLACE_TITLES: frozenset[str] = frozenset(("capital", "town", "city", "village", "suburb"))
"""Words right before a name that make it a place (``the town Kaya``)."""

_INTRODUCER_ENDS: frozenset[str] = PLACE_PREPOSITIONS | _PLACE_TITLES | {"of"} | DIRECTIONS
"""The words :func:`_introduces` can answer True for when they come last."""


def _introduces(before: Sequence[str]) -> bool:
    """True when the folded words ``before`` a name say a place follows."""
    if not before:
        return False
    prev = before[-1]
    if prev in PLACE_PREPOSITIONS or prev in _PLACE_TITLES:
        return True
    if prev == "of" and len(before) >= 2 and before[-2] in PLACE_NOUNS:
        return True
    return prev in DIRECTIONS and len(before) >= 2 and before[-2] in PLACE_PREPOSITIONS


_DATELINE_END_RE = re.compile(
    r"\s*(?:,\s*(?:[A-Z][a-z]|\d)|:\s|[-\u2013\u2014]\s|\([A-Z][\w .]*\)\s*[-\u2013\u2014:])"
)
"""What follows a dateline's town: a date or a region after a comma, a colon or dash, or
the agency's name and a dash (``NALIPUR, Nov 21 (MNA) -``, ``ULESI - Relatives…``)."""

NOT_DATELINES: frozenset[str] = _words(
    """exclusive analysis opinion editorial correction urgent flash alert factbox timeline
    explainer interview comment note editor feature review warning update updated
    breaking live latest watch read photo photos video"""
)
"""Capitalised labels that open a sentence as a dateline does (``UPDATE - …``)."""


def _dateline_place(text: str, words: Sequence[_Token]) -> Place | None:
    """The town of a dateline the gazetteer lacks: the sentence opens on one to three words
    in capitals, of at least five letters in all (not an acronym such as ``NATO``), then a
    date, a colon or a dash."""
    if words[0].position != 0 or len(words) > 3 or not all(w.text.isupper() for w in words):
        return None
    if sum(len(w.folded) for w in words) < 5 or not _DATELINE_END_RE.match(text, words[-1].end):
        return None
    if any(w.folded in NOT_DATELINES or w.folded in GENERIC_CAPS for w in words):
        return None
    return Place(_run_text(text, words).title(), "local")


def _local_place(text: str, tokens: Sequence[_Token], run: Sequence[_Token]) -> Place | None:
    words = _strip_articles(run)
    if not words or len(words) > 3 or words[0] is not run[0]:
        return None
    if words[0].position == 0 and words[0].text.isupper():
        return _dateline_place(text, words)
    if not _introduces_place(tokens, words[0]):
        return None
    if any(w.folded in GENERIC_CAPS or is_demonym(w.text) for w in words):
        return None
    if len(words) == 1 and words[0].text.replace(".", "").isupper():
        return None  # an acronym (in UN custody), not a place
    if words[-1].possessive and len(words) > 1:
        return None
    nxt = tokens[words[-1].position + 1] if words[-1].position + 1 < len(tokens) else None
    if (
        nxt is not None
        and not words[-1].possessive  # "in Portvel's harbour district" names the town
        and _joined(text, words[-1], nxt)
        and (nxt.folded in VENUE_NOUNS or nxt.folded in VENUE_ADJECTIVES)
    ):
        return None  # "in Westgate mall": a venue's name, not a place
    name = _run_text(text, words)
    name = re.sub(r"['’]s$", "", name)
    return Place(name, "local")


def find_places(text: str) -> list[Mention]:
    """Return the places ``text`` names, in order: gazetteer runs and ``in X`` patterns."""
    return _places_in(text, _sentence_words(text))


def _places_in(text: str, sentence: _Words) -> list[Mention]:
    """Return :func:`find_places` of ``text``, whose words ``sentence`` holds."""
    if not sentence.may_name_place():
        return []  # no word that could start a place (most sentences): skip the token walk
    tokens = sentence.tokens
    mentions: list[Mention] = []
    for run in _runs(text, tokens):
        place = _place_of_run(text, tokens, run) or _local_place(text, tokens, run)
        if place is not None:
            words = _strip_articles(run)
            mentions.append(Mention(words[0].start, words[-1].end, place.name, place.kind))
    return mentions


def _noun_at(tokens: Sequence[_Token], i: int) -> int:
    """Length (1 or 2) of a venue noun ending at token ``i``, or 0."""
    word = tokens[i].folded
    if i > 0 and (tokens[i - 1].folded, word) in TWO_WORD_NOUNS:
        return 2
    return 1 if word in VENUE_NOUNS else 0


def _classify_name(words: Sequence[_Token], noun: str) -> str | None:
    """``venue``, ``weak-venue`` or None (a description, not a name)."""
    named = [w for w in words if w.folded not in CONNECTORS and w.folded not in ARTICLES]
    if not named:
        return None
    if all(w.folded in GENERIC_CAPS for w in named):
        # "Police station" describes; "the Central bus station" is that station's name
        return "weak-venue" if any(w.folded in NAMING_GENERICS for w in named) else None
    nationals = [w for w in named if is_demonym(w.text) or _nation(w.folded)]
    if len(nationals) == len(named) or _nation(" ".join(w.folded for w in named)):
        return "weak-venue" if noun in ("embassy", "consulate") else None
    places = [w for w in named if lookup_place(w.folded) is not None or w.folded in GENERIC_CAPS]
    if len(places) + len(nationals) == len(named):
        return "weak-venue"
    return "venue"


def _nation(folded: str) -> bool:
    place = _gazetteer_place(_place_key(folded))
    return place is not None and place.kind in ("country", "region")


def _capitalised_elsewhere(tokens: Sequence[_Token], word: str) -> bool:
    return any(t.cap and t.folded == word and t.position > 0 for t in tokens)


_VENUE_TRIGGERS: frozenset[str] = (
    VENUE_NOUNS | NOUN_LED | NOUN_LED_OF | frozenset(second for _, second in TWO_WORD_NOUNS)
)
"""Words at which :func:`_noun_led` or :func:`_name_before` can find a venue."""


def find_venues(
    text: str, *, known_names: Iterable[str] = (), sentence_starts: Iterable[int] = ()
) -> list[Mention]:
    """Return the venues ``text`` names, in order.

    ``known_names`` are folded words seen capitalised mid-sentence elsewhere in the article:
    a one-word name at a sentence start counts only if it is one of them (so ``Local
    hotel staff`` names no venue). ``sentence_starts`` are offsets where sentences begin
    (the text's start always is one).
    """
    words = _sentence_words(text)  # cached: describe has read every sentence already
    return _venues_in(text, words, frozenset(known_names), sentence_starts)


def _venues_in(
    text: str, words: _Words, known: frozenset[str], sentence_starts: Iterable[int] = ()
) -> list[Mention]:
    """Return :func:`find_venues` of ``text``, whose words ``words`` holds."""
    if not words.may_name_venue():
        return []  # no word a venue could hang on (most sentences): skip the token walk
    tokens = words.tokens
    starts = {0, *sentence_starts}
    initial = _Initial(text, tokens, starts)
    mentions: list[Mention] = []
    used: set[int] = set()
    for i in range(len(tokens)):
        if tokens[i].folded not in _VENUE_TRIGGERS:
            continue  # neither a venue noun nor a noun that leads a name: no venue here
        mention = _noun_led(text, tokens, i) or _name_before(text, tokens, i, initial, known)
        if mention is not None and not (set(range(mention[0], mention[1] + 1)) & used):
            used.update(range(mention[0], mention[1] + 1))
            mentions.append(mention[2])
    mentions.sort(key=lambda m: m.start)
    return mentions


class _Initial:
    """The positions of the tokens that open a sentence, found when first asked for."""

    __slots__ = ("_positions", "_starts", "_text", "_tokens")

    def __init__(self, text: str, tokens: Sequence[_Token], starts: set[int]) -> None:
        self._text = text
        self._tokens = tokens
        self._starts = starts
        self._positions: set[int] | None = None

    def __contains__(self, position: int) -> bool:
        if self._positions is None:
            text, tokens, starts = self._text, self._tokens, self._starts
            initial = {t.position for t in tokens if t.start in starts or t.position == 0}
            for t in tokens:
                if t.position > 0 and text[tokens[t.position - 1].end : t.start].strip() in {
                    ".",
                    "!",
                    "?",
                }:
                    initial.add(t.position)
            self._positions = initial
        return position in self._positions


def _name_before(
    text: str, tokens: Sequence[_Token], i: int, initial: _Initial, known: frozenset[str]
) -> tuple[int, int, Mention] | None:
    """``Radisson Blu (luxury) hotel``: a capitalised name, then a venue noun at ``i``."""
    size = _noun_at(tokens, i)
    if not size:
        return None
    if i + 1 < len(tokens) and not tokens[i].possessive and _joined(text, tokens[i], tokens[i + 1]):
        following = tokens[i + 1].folded
        if following in VENUE_NOUNS or (tokens[i].folded, following) in TWO_WORD_NOUNS:
            return None  # the noun goes on ("hotel complex"): the last noun decides
        if _noun_follows(text, tokens, i + 1):
            return None  # "Royal Plaza boarding school", "Liberty Square shopping centre"
    noun_first = i - size + 1
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if (
        nxt is not None
        and nxt.cap
        and nxt.folded in ORG_FOLLOWERS
        and _joined(text, tokens[i], nxt)
    ):
        return None
    j = noun_first - 1
    while (
        j >= 0
        and not tokens[j].cap
        and (tokens[j].folded in VENUE_ADJECTIVES or tokens[j].folded in MODIFIER_NOUNS)
        and _joined(text, tokens[j], tokens[j + 1])
    ):
        j -= 1
    if j < 0 or not _joined(text, tokens[j], tokens[j + 1]) or tokens[j].possessive:
        return None
    name: list[_Token] = []
    k = j
    while k >= 0:
        tok = tokens[k]
        if name and (not _joined(text, tok, name[0]) or tok.possessive):
            break
        if tok.name or (tok.folded in CONNECTORS and name and k > 0 and tokens[k - 1].name):
            name.insert(0, tok)
        elif tok.cap and tok.folded in KEPT_ARTICLES and name:
            name.insert(0, tok)
            break
        else:
            break
        k -= 1
        if len(name) >= 5:
            if k >= 0 and (tokens[k].name or tokens[k].folded in CONNECTORS):
                # the name goes on past what is read: of "Faculty of Civil Engineering of
                # Dravnica Technical University" only what follows the last "of" is sure
                cut = max((n for n, t in enumerate(name) if t.folded in CONNECTORS), default=-1)
                name = name[cut + 1 :]
            break
    while name and name[0].folded in CONNECTORS and name[0].folded not in KEPT_ARTICLES:
        name.pop(0)
    if not name:
        return None
    if (
        len(name) == 1
        and name[0].position in initial
        and name[0].folded not in known
        and lookup_place(name[0].folded) is None
    ):
        return None
    noun_words = [t.folded for t in tokens[noun_first : i + 1]]
    kind = _classify_name(name, noun_words[-1])
    if kind is None:
        return None
    noun_text = _SPACE_RE.sub(" ", text[tokens[noun_first].start : tokens[i].end])
    if j < noun_first - 1 and tokens[noun_first - 1].folded in MODIFIER_NOUNS:
        noun_text = tokens[noun_first - 1].text + " " + noun_text
    shown = f"{_run_text(text, name)} {noun_text}"
    return name[0].position, i, Mention(name[0].start, tokens[i].end, shown, kind)


def _noun_follows(text: str, tokens: Sequence[_Token], k: int) -> bool:
    """True when lower-case modifiers from token ``k`` on lead to a venue noun (``boarding
    school``, ``shopping centre``): a noun before them is part of the venue's name."""
    start = k
    while (
        k < len(tokens)
        and not tokens[k].cap
        and (tokens[k].folded in MODIFIER_NOUNS or tokens[k].folded in VENUE_ADJECTIVES)
        and _joined(text, tokens[k - 1], tokens[k])
    ):
        k += 1
    return (
        start < k < len(tokens)
        and not tokens[k].cap
        and _joined(text, tokens[k - 1], tokens[k])
        and _noun_at(tokens, k) > 0
    ) or (
        start + 1 < len(tokens)
        and (tokens[start].folded, tokens[start + 1].folded) in TWO_WORD_NOUNS
        and _joined(text, tokens[start], tokens[start + 1])
    )


def _noun_led(text: str, tokens: Sequence[_Token], i: int) -> tuple[int, int, Mention] | None:
    """``Le Campement Kangaba``, ``Hotel Splendid``, ``University of Nairobi``."""
    head = tokens[i]
    if head.possessive:
        return None
    lowercase = not head.cap
    if lowercase and not (
        head.folded in ("hotel", "restaurant", "cafe", "campement", "club")
        and i > 0
        and tokens[i - 1].folded == "the"
    ):
        return None  # only "the hotel L'Etoile du Sud" may lead with a lowercase noun
    needs_of = head.folded in NOUN_LED_OF
    if head.folded not in NOUN_LED and not needs_of:
        return None
    if (
        i > 0
        and tokens[i - 1].name
        and tokens[i - 1].folded not in KEPT_ARTICLES
        and _joined(text, tokens[i - 1], head)
    ):
        return None  # "Radisson Blu Hotel Bamako": the name comes before the noun
    k = i + 1
    connectors: list[_Token] = []
    while k < len(tokens) and tokens[k].folded in CONNECTORS and not tokens[k].cap:
        if not _joined(text, tokens[k - 1], tokens[k]):
            return None
        connectors.append(tokens[k])
        k += 1
    if needs_of and not connectors:
        return None
    name: list[_Token] = []
    while k < len(tokens) and len(name) < 5 and _joined(text, tokens[k - 1], tokens[k]):
        token = tokens[k]
        inner = (
            name
            and token.folded in CONNECTORS
            and not token.cap
            and k + 1 < len(tokens)
            and tokens[k + 1].name
            and _joined(text, token, tokens[k + 1])
        )
        if not token.name and not inner:
            break
        if token.folded in ORG_FOLLOWERS and not name:
            return None
        name.append(token)
        k += 1
        if token.possessive:
            break
    if not name or any(t.folded in ORG_FOLLOWERS for t in name):
        return None  # nothing named, or an organisation ("Hotel Splendid Group")
    first = i
    if (
        i > 0
        and tokens[i - 1].cap
        and tokens[i - 1].folded in KEPT_ARTICLES
        and _joined(text, tokens[i - 1], head)
    ):
        first = i - 1
    kind = _classify_name(name, head.folded)
    if kind is None or (lowercase and kind != "venue"):
        return None
    if kind == "weak-venue" and not needs_of:
        kind = "venue"  # a name chosen for the venue (Campement Kangaba), not a description
    span = tokens[first : name[-1].position + 1]
    shown = re.sub(r"['’]s$", "", _run_text(text, span))
    if lowercase:  # "the hotel L'Etoile du Sud" reads as "L'Etoile du Sud hotel"
        shown = re.sub(r"['’]s$", "", _run_text(text, name)) + " " + head.text
    return first, name[-1].position, Mention(span[0].start, span[-1].end, shown, kind)


@lru_cache(maxsize=8192)
def venue_tokens(venue: str) -> tuple[str, ...]:
    """Return the words that tell this venue from others: folded, without articles, venue
    nouns and adjectives (``Le Campement Kangaba`` → ``('kangaba',)``). A name made only
    of common words keeps its capitalised ones (``New Market factory`` → ``('new',
    'market')``, ``the Central bus station`` → ``('central',)``)."""
    written = _WORD_RE.findall(venue)
    words = [fold(w) for w in written]
    words = [_POSSESSIVE_RE.sub("", w).rstrip(".") for w in words]
    words = [re.sub(r"^(?:l|d|qu)'", "", w) for w in words]
    named = [
        (w, written[i][:1].isupper())
        for i, (w, after) in enumerate(zip(words, [*words[1:], ""], strict=True))
        if w
        and (w, after) not in TWO_WORD_NOUNS  # "bus" of "bus station" is the noun
        and w not in ARTICLES
        and w not in CONNECTORS
        and (len(w) >= 3 or any(c.isdigit() for c in w))
    ]
    kept = [
        w
        for w, _cap in named
        if w not in VENUE_NOUNS
        and w not in VENUE_ADJECTIVES
        and w not in MODIFIER_NOUNS
        and w not in ("l", "d", "shopping", "night", "concert", "trade", "guest")
        and w not in GENERIC_VENUE_WORDS
    ]
    if not kept:  # the common words are the whole name: its capitalised ones tell it apart
        kept = [w for w, cap in named[:-1] if cap]
    return tuple(dict.fromkeys(kept))


_CARE_NOUNS = frozenset(
    {"hospital", "clinic", "infirmary", "morgue", "mortuary", "hospice"}
    | {"hospitals", "clinics", "infirmaries", "morgues", "mortuaries", "hospices"}
)
_CARE_PAIRS = frozenset({"medical", "health", "trauma", "burns", "care"})


def is_care_venue(venue: str) -> bool:
    """True for a place of care (``Morogoro Regional Referral Hospital``, ``Federal Medical
    Centre``): where the injured are taken, and in coverage of an incident elsewhere, not
    where it happened."""
    words = fold(venue).replace("-", " ").split()
    if not words:
        return False
    last = words[-1]
    return last in _CARE_NOUNS or (
        last in ("centre", "center", "unit", "ward") and bool(_CARE_PAIRS & set(words[:-1]))
    )


@lru_cache(maxsize=8192)
def is_weak_venue(venue: str) -> bool:
    """True when a venue's name is only places or nationalities (``French embassy``,
    ``Garissa University``); a name led by its noun (``Campement Kangaba``) is chosen, not
    descriptive, and is weak only when it is a nationality."""
    words = venue_tokens(venue)
    if not words:
        return True
    nationals = all(is_demonym(w) or _nation(w) for w in words)
    first = [fold(w) for w in _WORD_RE.findall(venue)]
    first = [w for w in first if w not in ARTICLES][:1]
    if first and first[0] in NOUN_LED | NOUN_LED_OF:
        return nationals
    return nationals or all(
        is_demonym(w) or lookup_place(w) is not None or w in GENERIC_CAPS for w in words
    )


def _spans_words(body: str, spans: Sequence[Span]) -> list[tuple[int, str, _Words]]:
    """Return (start, text, words) of every non-empty span: each text is cut and read once."""
    out = []
    for span in spans:
        if span.end > span.start:
            text = body[span.start : span.end]
            out.append((span.start, text, _sentence_words(text)))
    return out


def _mid_sentence_capitals(*sentences: Sequence[tuple[int, str, _Words]]) -> frozenset[str]:
    """Return the folded words the sentences capitalise after their first word."""
    words: set[str] = set()
    for group in sentences:
        for _start, _text, read in group:
            words.update(read.capitals)
    return frozenset(words - FUNCTION_CAPS)


_DESTINATION_RE = re.compile(
    r"(?=[abcdefhilmorst])\b(?:"  # the phrases' first letters: most positions fail at once
    # a vehicle's destination or route: the bus "bound for" a city crashed somewhere else
    r"bound\s+for|head(?:ed|ing)\s+(?:for|to)|en\s+route\s+(?:to|for)|on\s+(?:its|their)\s+way\s+to"
    r"|travell?ing\s+(?:from\s+[^,;.]{1,40}?\s+)?to"
    # where people were carried ("from" names where they were carried from: the scene)
    r"|(?:taken|rushed|brought|moved|transferred|referred|(?:air-?)?lifted|flown|evacuated"
    r"|driven|carried|ferried|relocated|admitted)"
    r"(?:\s+(?:by|in|on)\s+(?:an?\s+)?\w+|\s+\w+ly)?(?:\s+from\s+[^,;.]{1,40}?)?\s+(?:to|into)"
    # where they are cared for, or were let go from
    r"|(?:admitted|hospitali[sz]ed|treated|recovering|sheltering|housed|being\s+cared\s+for"
    r"|in\s+(?:intensive|critical)\s+care|taking\s+(?:shelter|refuge)|camped|camping)"
    r"(?:\s+\w+ly)?\s+(?:at|in)|discharged\s+from"
    # where the injured died later: counted only with a place of care in the stretch
    r"|(?:died|succumbed)(?:\s+to\s+(?:their|his|her)\s+\w+)?(?:\s+\w+){0,2}?\s+(?:at|in)"
    r")\s+(?:the\s+|a\s+|an\s+|three\s+|two\s+|several\s+)?",
    re.IGNORECASE,
)
"""A phrase after which a sentence names where people were taken or treated, or where a
vehicle was going: a destination, not the scene."""


_ROUTE_WORDS = frozenset({"bound", "headed", "heading", "en", "on", "travelling", "traveling"})
_ASIDE_RE = re.compile(
    r"\b(?:"
    # where officials spoke or were reached, not where it happened
    r"(?:told|tells|telling|briefed|briefing)\s+(?:reporters|journalists|the\s+press"
    r"|a\s+(?:news|press)\s+conference)|(?:news|press)\s+(?:conference|briefing)"
    r"|(?:spoke|speaking|speaks)(?:\s+to\s+(?:reporters|journalists|the\s+press))?"
    r"|reached\s+by\s+(?:telephone|phone)|correspondents?|bureaus?"
    r"|(?:statement|communiqu[eé])\s+(?:issued|released|published|read\s+out)"
    r"|(?:officers?|officials?|sources?|spokes(?:man|woman|person))(?=\s+in\s+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)?,?\s+(?:speaking|said|says|told|tells|who\s+spoke))"
    r"|according\s+to\s+(?:[\w'’]+\s+){0,3}?(?:embassy|consulate|ministry|headquarters)"
    # where suspects are held
    r"|(?:being\s+held|held|detained|remanded|locked\s+up)(?:\s+in\s+custody)?(?=\s+(?:at|in)\s"
    r"[^,;.]{0,40}?\b(?:[Pp]olice|[Pp]rison|[Jj]ail|[Cc]ells?|[Dd]etention)\b)"
    r")\s+(?:at|in|from)\s+(?:the\s+|a\s+|an\s+)?"
)
"""A phrase after which a sentence names where officials spoke or suspects are held: where
the story was told or went on, not the scene."""
_CARE_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(_CARE_NOUNS))}|treatment|medical"
    r"|burns?\s+units?|intensive\s+care|shelters?|relief\s+camps?|care)\b",
    re.IGNORECASE,
)
_CASUALTIES_RE = re.compile(
    r"\b(?:injured|wounded|hurt|survivors?|victims?|casualties|bodies|patients|dead"
    r"|burns|evacuees|displaced|homeless|the\s+sick)\b",
    re.IGNORECASE,
)
_DESTINATION_END_RE = re.compile(
    r"[;:.!?()\u2014\u2013]|,\s|\s(?:where|after|while|but|which|who|when|as|because|with|"
    r"for|on|by|said|says|that)\s"
)
"""Where a destination's stretch ends: a clause's punctuation or the word opening what is
said of the place (``…Hospital in Dorvas, where …``, ``…to Dorvas for treatment``)."""

_ROUTE_NAME_RE = re.compile(
    r"(?:\s*[-\u2013\u2014/]\s*[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)?\s+"
    r"(?:highway|road|expressway|motorway|freeway|bypass|railway|rail\s+line|corridor)\b",
    re.IGNORECASE,
)
"""After a place, the rest of a road's name (``Dodoma highway``, ``Morogoro–Dodoma
highway``): the place names where the road goes, not where the incident happened."""


def _destinations(sentence: str) -> list[tuple[int, int]]:
    """The stretches of ``sentence`` that name a destination: where the injured were taken
    (``were rushed to the Morogoro Regional Hospital in Dodoma``), where survivors were
    flown for treatment, where a vehicle was bound. Places and venues named there say
    where people went, not where the incident happened.

    Carrying verbs serve rescuers too (``troops were flown to the pass``), so outside a
    route they count only with a word of care in the stretch (a hospital, treatment) or of
    casualties before it in the sentence (``the injured``, ``survivors``).
    """
    found: list[tuple[int, int]] = []
    for match in _DESTINATION_RE.finditer(sentence):
        start = match.end()
        stop = _DESTINATION_END_RE.search(sentence, start)
        end = _listed_on(sentence, min(stop.start() if stop else len(sentence), start + 80))
        first = match.group().split(None, 1)[0].lower()
        cared = _CARE_RE.search(sentence, match.start(), end)
        if first in ("died", "succumbed"):
            if not cared:
                continue  # "died in Kisanga Juu" is where it happened
        elif first not in _ROUTE_WORDS and not (
            cared or _CASUALTIES_RE.search(sentence, 0, match.start())
        ):
            continue
        found.append((start, end))
    for match in _ASIDE_RE.finditer(sentence):
        stop = _DESTINATION_END_RE.search(sentence, match.end())
        end = min(stop.start() if stop else len(sentence), match.end() + 60)
        found.append((match.end(), _listed_on(sentence, end)))
    return found


def without_destinations(text: str) -> str:
    """``text`` with the stretches that name where people were taken, where officials
    spoke or where a vehicle was bound blanked out (see :func:`_destinations`)."""
    for start, end in _destinations(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


_LISTED_RE = re.compile(
    r"(?:,\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)*"
    r",?\s+and\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?"
)
"""The rest of a list of names (``, Kessa and Halden``)."""


def _listed_on(sentence: str, end: int) -> int:
    """Where a stretch ending at ``end`` ends when a list of names runs on from it
    (``treated in hospitals in Dorvas, Kessa and Halden``): every town listed is
    where the injured went."""
    listed = _LISTED_RE.match(sentence, end)
    return listed.end() if listed else end


def _by_salience(counts: dict[str, list[int]]) -> tuple[str, ...]:
    """Names ordered by mentions (most first), then by first position."""
    return tuple(sorted(counts, key=lambda name: (-counts[name][0], counts[name][1])))


def describe(
    body: str,
    own: Sequence[Span],
    other: Sequence[Span],
    published: datetime | None,
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[datetime, ...], tuple[str, ...]]:
    """Return ``(places, venues, dates, other_places)`` of one article.

    ``places`` and ``venues`` are named in the own-incident sentences ``own``, most
    mentioned first (strong venues before weak ones such as ``French embassy``);
    ``dates`` are the day-precise dates those sentences mention, resolved on
    ``published`` (none that need it when it is None), in time order; ``other_places``
    are places and venues named only in the ``other`` sentences (background, teasers).
    """
    own_words = _spans_words(body, own)
    other_words = _spans_words(body, other)
    known = _mid_sentence_capitals(own_words, other_words)
    place_counts: dict[str, list[int]] = {}
    venue_counts: dict[str, list[int]] = {}
    weak: set[str] = set()
    destinations: set[str] = set()
    city_written: dict[str, set[str]] = {}
    for start, sentence, words in own_words:
        named_places = _places_in(sentence, words)
        named_venues = _venues_in(sentence, words, known)
        going = _destinations(sentence) if named_places or named_venues else []
        for mention in named_places:
            if not _inside(going, mention.start) and not _ROUTE_NAME_RE.match(
                sentence, mention.end
            ):
                _count(place_counts, mention.name, start + mention.start)
                if mention.kind == "city":
                    city_written.setdefault(mention.name, set()).add(
                        sentence[mention.start : mention.end]
                    )
        for mention in named_venues:
            if _inside(going, mention.start):
                destinations.add(mention.name.lower())
                continue
            _count(venue_counts, _venue_key_name(venue_counts, mention.name), start + mention.start)
            if mention.kind == "weak-venue":
                weak.add(mention.name)
    # A town that names a speaker (`Kolar said`, `prosecutor Adrian Kolar`) is a surname
    # wherever the article writes it.
    for name in [
        n for n, written in city_written.items() if any(_names_person(body, w) for w in written)
    ]:
        del place_counts[name]
    # A venue people were taken to is not where it happened, wherever else it is named.
    for name in [n for n in venue_counts if n.lower() in destinations]:
        del venue_counts[name]
    venues = tuple(sorted(_by_salience(venue_counts), key=lambda name: name in weak))
    own_keys = {fold(p) for p in place_counts}
    own_venue_words = {w for v in venues for w in venue_tokens(v)}
    other_counts: dict[str, list[int]] = {}
    for start, sentence, words in other_words:
        for mention in _places_in(sentence, words):
            if fold(mention.name) not in own_keys:
                _count(other_counts, mention.name, start + mention.start)
        for mention in _venues_in(sentence, words, known):
            venue_words = set(venue_tokens(mention.name))
            if venue_words and not venue_words & own_venue_words:
                _count(other_counts, mention.name, start + mention.start)
    own_ranges = sorted((s.start, s.end) for s in own)
    dates: set[datetime] = set()
    for dated in find_dates(body, published):
        if dated.precision == "day" and _inside(own_ranges, dated.start):
            dates.add(dated.value)
    return _by_salience(place_counts), venues, tuple(sorted(dates)), _by_salience(other_counts)


SPEECH_VERBS: frozenset[str] = _words(
    """said says told added explained stated confirmed insisted warned wrote recalled"""
)
HONORIFICS: frozenset[str] = frozenset({"mr", "mrs", "ms", "dr"})
"""Words right before a surname (``Mr Bello``)."""
PERSON_TITLES: frozenset[str] = HONORIFICS | _words(
    """spokesman spokeswoman spokesperson prosecutor commissioner minister officer
    inspector superintendent governor mayor director manager captain colonel sergeant
    lieutenant commander secretary judge chairman chairwoman"""
)
"""Words before a person's given name and surname (``spokesman Idris Bello``); right
before a town they may name the office's town (``Deputy Commissioner Ghotki``)."""
_NOT_SPEAKER_BEFORE: frozenset[str] = PLACE_PREPOSITIONS | _words("at from of to into and for")
"""Words before a speech verb's subject that make it a place (``police in Kano said``)."""


_AGE_RE = re.compile(r",\s*\d{1,3},")
"""An age after a name (``Kolar, 52,``): a person's."""


def _names_person(body: str, written: str) -> bool:
    """True when ``body`` writes ``written`` (a town's name) as a person's: after a title
    or a speech verb and a given name (``prosecutor Adrian Kolar``, ``said Adrian Kolar``),
    after ``Mr`` and the like, before an age (``Kolar, 52,``) or as who speaks (``Kolar
    said``), unless a preposition puts the speaker in the town (``police in Kolar said``)."""
    start = body.find(written)
    while start >= 0:
        end = start + len(written)
        whole = not body[end : end + 1].isalnum() and not body[start - 1 : start].isalnum()
        if whole:
            before = fold(body[max(0, start - 40) : start]).split()
            if before and before[-1].rstrip(".") in HONORIFICS:
                return True
            given = body[max(0, start - 40) : start].split()[-1:]
            if (
                len(before) > 1
                and given[0][:1].isupper()
                and (before[-2] in PERSON_TITLES or before[-2] in SPEECH_VERBS)
            ):
                return True  # spokesman Idris Bello, said Idris Bello
            if _AGE_RE.match(body, end):
                return True  # Kolar, 52, had been
            after = body[end : end + 16].split()[:1]
            speaks = bool(after) and after[0].rstrip(",.") in SPEECH_VERBS
            if speaks and (not before or before[-1] not in _NOT_SPEAKER_BEFORE):
                return True
        start = body.find(written, end)
    return False


def _venue_key_name(counts: dict[str, list[int]], name: str) -> str:
    """Fold case variants of one venue (``Radisson Blu Hotel``/``hotel``) into one entry."""
    for existing in counts:
        if existing.lower() == name.lower():
            if name[-1:].islower() and existing[-1:].isupper():
                counts[name] = counts.pop(existing)
                return name
            return existing
    return name


def _count(counts: dict[str, list[int]], name: str, position: int) -> None:
    entry = counts.setdefault(name, [0, position])
    entry[0] += 1


def _inside(ranges: Sequence[tuple[int, int]], position: int) -> bool:
    return any(start <= position < end for start, end in ranges)
