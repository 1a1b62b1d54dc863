"""Numbers in wire copy: digits and number words, qualifiers, ranges and revised tolls.

:func:`find_numbers` returns every number in a sentence that could count people, with
its qualifier (``up to``, ``at least``, ``about``, ``more than``), its range high end and
the offsets of its words. It already drops what is plainly not a count: times, dates,
money, percentages, ages, phone numbers, identifiers (``Flight 370``), compound modifiers
(``six-hour``) and values a sentence supersedes (``risen from 129 to 130`` keeps 130).
Whether the number counts people is for :mod:`wiredesk.index.extract.figures` to decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wiredesk.index.extract.lexicon import ATTACKER_NOUNS, MONTHS, word_set
from wiredesk.index.extract.sentences import fold_case

__all__ = ["GROUP_SIZE_RE", "NUMBER_WORDS", "NumberMention", "find_numbers", "parse_number_words"]

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000}
_DIGIT_SCALES = {"thousand": 1000, "million": 1_000_000, "lakh": 100_000, "crore": 10_000_000}
"""Words that scale a number written in digits (``2.5 lakh`` in Indian English)."""

_UNIT_RE = "|".join(sorted(_UNITS, key=len, reverse=True))
_TENS_RE = "|".join(_TENS)
_BELOW_100 = rf"(?:(?:{_TENS_RE})(?:[-\s](?:{_UNIT_RE})\b)?|(?:{_UNIT_RE}))"
_WORDS = (
    rf"half\s+a\s+dozen|(?:an?|{_BELOW_100})\s+(?:dozen|hundred|thousand|million)"
    rf"(?:\s+(?:and\s+)?{_BELOW_100})?|{_BELOW_100}"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?"

_FIRST_LETTERS = "".join(sorted({word[0] for word in (*_UNITS, *_TENS, "half", "a")}))
"""The letters a number written in words can start with."""

# Matched against lower-cased text (see :func:`fold_case`), hence no IGNORECASE. Digits
# right after a digit and a comma or point continue a number already passed over
# ("$5,300" is money, not 300). The look-ahead for a number's first character turns the
# scan away from most word starts before it tries the alternatives.
_NUMBER = re.compile(
    rf"(?<![\w$€£¥₦₹#])(?<!\d[,.])(?=[\d{_FIRST_LETTERS}])(?:(?P<digits>{_DIGITS})(?:\s+(?P<scale>million|thousand|lakhs?|crores?))?"
    rf"|(?P<words>{_WORDS}))\b(?!\.\d)"
)

_NUMBER_WORD_SET: frozenset[str] = frozenset(_UNITS) | frozenset(_TENS) | frozenset(_SCALES)
NUMBER_WORDS = _NUMBER_WORD_SET
"""The words a count may be spelt with (``one`` … ``ninety``, ``dozen``, ``hundred``)."""
"""Words one of which a number written in words contains."""
_ANY_DIGIT = re.compile(r"\d")
_NUMBER_WORD = re.compile(
    r"(?<![a-z])(?:" + "|".join(sorted(_NUMBER_WORD_SET, key=len, reverse=True)) + r")(?![a-z])"
)
"""A whole run of letters that is a number word, in folded text."""
_NUMBER_WORD_BYTES: frozenset[bytes] = frozenset(w.encode() for w in _NUMBER_WORD_SET)
_LETTER_RUNS = bytes.maketrans(
    bytes(c for c in range(256) if not 97 <= c <= 122), b" " * (256 - 26)
)
"""Turns every byte but ``a``-``z`` into a space: what is left splits into the runs of
letters :data:`_NUMBER_WORD` looks at."""


def _has_number_word(low: str) -> bool:
    """Return True when folded ``low`` holds a :data:`_NUMBER_WORD` (a set look-up of its
    runs of letters for ASCII text, about twice as fast as the pattern's scan)."""
    if low.isascii():
        return not _NUMBER_WORD_BYTES.isdisjoint(low.encode().translate(_LETTER_RUNS).split())
    return bool(_NUMBER_WORD.search(low))


_QUALIFIERS: dict[str, str] = {
    "up to": "up to",
    "as many as": "up to",
    "as high as": "up to",
    "fewer than": "up to",
    "less than": "up to",
    "at most": "up to",
    "no more than": "up to",
    "not more than": "up to",
    "just under": "up to",
    "under": "up to",
    "at least": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "not less than": "at least",
    "not fewer than": "at least",
    "a minimum of": "at least",
    "some": "about",
    "about": "about",
    "around": "about",
    "nearly": "about",
    "roughly": "about",
    "approximately": "about",
    "approx.": "about",
    "almost": "about",
    "close to": "about",
    "an estimated": "about",
    "estimated": "about",
    "circa": "about",
    "more or less": "about",
    "more than": "more than",
    "over": "more than",
    "above": "more than",
    "just over": "more than",
    "well over": "more than",
    "upwards of": "more than",
    "in excess of": "more than",
}
"""Words before a number and the qualifier they give it."""

_QUALIFIER_BEFORE = re.compile(
    r"\b(?P<q>"
    + "|".join(re.escape(q) for q in sorted(_QUALIFIERS, key=len, reverse=True))
    + r")\s+$",
    re.IGNORECASE,
)
_QUALIFIER_AFTER = re.compile(
    r"^(?:\s+or\s+(?P<more>more)\b|\s+or\s+(?P<so>so)\b|(?P<plus>-?plus\b|\+))", re.IGNORECASE
)

# "May" and "March" are also a modal and a verb ("up to 40 may have been taken", "about
# 300 march on the ministry"): after a number only their capitalised forms are months.
_VERB_MONTHS = frozenset(("may", "march"))
_MONTH_RE = "(?-i:May|MAY|March|MARCH)|" + "|".join(
    sorted(set(MONTHS) - _VERB_MONTHS, key=len, reverse=True)
)
# Words just before a number that make it something other than a count of people: an
# identifier ("Flight 370", "Room 12"), an age, money, a date. Checked word by word, which
# is many times faster than an end-anchored pattern.
_IDENTIFIERS: frozenset[str] = word_set(
    """flight route highway road room floor gate terminal platform line bus train no nos
    number article section chapter page level block building apartment unit ward zone
    channel sector phase grade class episode season version resolution camp junction exit
    bay pier berth lot plot division battalion regiment brigade squadron precinct cell
    tower wing category stage tier covid group type model boeing airbus km kilometre
    kilometer mile interstate district postcode code box suite vol p pp tel phone fax ext
    us$ usd eur gbp rs ksh cfa sections articles clauses paragraphs paybill shortcode"""
)
_PLURAL_IDENTIFIERS = word_set("sections articles clauses paragraphs rooms gates platforms")
"""Identifiers that name two numbers at once (``sections 322 and 288``)."""
_SEATING_WORDS = word_set("row seat")
"""Numbered places in a hall, a cabin or a carriage (``row 14``, ``seat 12``)."""
_PORTIONS = word_set("groups batches")
"""Plurals that share people out (``in groups of ten``, ``batches of 20``): their number is
each part's size, not a count of people."""
_AGE_WORDS = frozenset(("age", "aged", "ages"))
_WORD_PAIRS = frozenset(
    (
        ("age", "of"), ("ages", "of"), ("aged", "between"), ("age", "between"), ("out", "of"),
        ("population", "of"), ("capacity", "of"), ("total", "of"), ("cost", "of"),
        ("costs", "of"), ("budget", "of"), ("price", "of"), ("value", "of"), ("fine", "of"),
        ("ransom", "of"), ("bail", "of"), ("valued", "at"), ("priced", "at"), ("costed", "at"),
    )
)  # fmt: skip
_CHILD_WORDS = frozenset(
    ("boy", "girl", "child", "baby", "infant", "toddler", "son", "daughter", "man", "woman")
)
"""``the youngest a girl of three``: a person ``of`` a number is an age."""
_CHILDREN_WORDS = frozenset(("boys", "girls", "children", "teenagers", "sons", "daughters"))
"""``some were boys of 14``: young people ``of`` a number are of that age, determiner or not."""
_DETERMINERS = frozenset(("a", "an", "the", "his", "her", "their", "our", "my"))
_MONEY_WORDS = frozenset(("worth", "costing", "budgeted"))
"""``worth 30 million``, ``costing 12 million``: money, however the sum is written."""
_CURRENCY = frozenset("$€£¥₦₹")
_CURRENCY_CODES = frozenset((
    "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "INR", "PKR", "BDT", "LKR", "NPR", "AFN", "IRR",
    "IQD", "SAR", "AED", "QAR", "KWD", "OMR", "BHD", "YER", "JOD", "LBP", "ILS", "TRY", "EGP",
    "SDG", "LYD", "TND", "DZD", "MAD", "MRU", "XOF", "XAF", "NGN", "GHS", "GNF", "SLL", "LRD",
    "GMD", "KES", "UGX", "TZS", "RWF", "BIF", "CDF", "ETB", "ERN", "SOS", "DJF", "SSP", "ZAR",
    "ZMW", "MWK", "MZN", "AOA", "NAD", "BWP", "MGA", "MUR", "UAH", "RUB", "PLN", "BRL", "MXN",
    "COP", "ARS", "CLP", "PEN", "AUD", "NZD", "CAD", "HKD", "SGD", "MYR", "IDR", "PHP", "THB",
    "VND", "KHR", "MMK", "KRW", "TWD",
))  # fmt: skip
"""ISO currency codes written before a sum (``EGP 500,000``, ``KES 20,000``), in capitals."""


_NUMBER_VERB_BEFORE = frozenset(("to", "now", "still"))
"""Words after which ``number`` is the verb (``believed to number 40``, ``the raiders now
number 30``), not an identifier (``gate number 5``, ``cell number 4``)."""


def _number_as_verb(words: list[str]) -> bool:
    """Return True when ``number`` in ``words`` (its last) is a verb of which attackers are
    the subject: ``the gunmen number four``, ``the raiders now number 30``."""
    if len(words) < 2:
        return False
    before = words[-2].rstrip(",")
    return before in ATTACKER_NOUNS or (
        before in _NUMBER_VERB_BEFORE
        and (before != "to" or "believed" in words or "thought" in words)
    )


def _bad_before(before: str) -> bool:
    """Return True when the words before a number make it no count of people.

    ``$5``, ``Nov. 20``, ``11:30``, ``aged 34``, ``aged 8 and 12``, ``Flight 370``,
    ``F-16``, ``out of 815 students``, ``a population of 30,000``.
    """
    if not before:
        return False
    if before[-1] in "-:./" and len(before) >= 2:
        if before[-1] == "-" and before[-2].isalpha():
            return True  # "F-16", "COVID-19"
        if before[-1] in ":./" and before[-2].isdigit():
            return True  # "11:30", "9/11"
    stripped = before.rstrip()
    if not stripped:
        return False
    if stripped[-1] in _CURRENCY:
        return True
    if stripped[-3:] in _CURRENCY_CODES and (len(stripped) == 3 or not stripped[-4].isalnum()):
        return True  # "EGP 500,000": a sum after its currency's code
    words = stripped.lower().split()[-4:]
    last = words[-1].rstrip(".")  # "Nov. 20", "No. 5"; "In February, 27" is no date
    if last in _IDENTIFIERS or last in MONTHS or last in _AGE_WORDS or last in _MONEY_WORDS:
        return not (last == "number" and _number_as_verb(words))
    pair = (words[-2], last) if len(words) >= 2 else None
    if pair in _WORD_PAIRS and (pair != ("total", "of") or words[-4:-2] == ["out", "of"]):
        return True  # "out of (a total of) 815"; "a total of 26 officers" is a count
    if len(words) >= 3 and words[-2].isdigit():
        if words[-3] in _AGE_WORDS:
            return last in ("and", "to", "or", "-")  # "aged 8 and 12"
        if words[-3] in _PLURAL_IDENTIFIERS:
            return last in ("and", "or")  # "sections 322 and 288"
    if last in _SEATING_WORDS or (last == "of" and len(words) >= 2 and words[-2] in _PORTIONS):
        return True  # "seats in row 14", "held in groups of ten": a place, a share, no count
    if last == "of" and len(words) >= 2 and words[-2] in _CHILDREN_WORDS:
        return True  # "boys of 14"
    if last == "of" and len(words) >= 3 and words[-2] in _CHILD_WORDS:
        return words[-3] in _DETERMINERS  # "a girl of three"
    return False


GROUP_SIZE_RE = r"-(?:strong|member|man|woman|person)\b"
"""The suffix that makes a number a group's size (``a 45-strong team``, ``a three-man
gang``): a count of people, where other compound modifiers (``six-hour``) are none."""

_ONE_OF_THE_MOST = re.compile(
    r"\s+of\s+(?:the|its|their|our|his|her)\s+(?:most\s+|(?!youngest|oldest|eldest)[a-z]+est\s)",
    re.IGNORECASE,
)
"""``one of the largest``, ``one of the most visited``: a superlative says what a thing is (not
an age: ``one of the youngest pupils`` may be a person counted)."""
_BAD_AFTER = re.compile(
    r"^(?:\s*(?:%|per\s?cent\b|percent\b|pc\b)"  # percentages
    r"|\s*(?:(?:a\.?m|p\.?m)(?:\.|\b)|hrs?\b|gmt\b|utc\b|o'clock)"  # times
    r"|[:/]\d|\.\d"  # "11:30", "9/11", "2.5" split oddly
    r"|\s*(?:million|billion|bn|m|k)?\s*(?:dollars|euros|pounds|naira|rupees|shillings|"
    r"yuan|yen|francs|cfa|usd|eur|gbp)\b"  # money
    rf"|\s*(?:{_MONTH_RE})\b"  # "20 November"
    r"|\s*-?\s*years?[-\s]+old\b|\s*-?\s*years?\s+of\s+age\b"  # ages
    # compound modifiers: "six-hour", "27-year-old" (not a group's size: "a 45-strong team")
    rf"|(?!{GROUP_SIZE_RE})-(?!plus\b|odd\b)[^\W\d_]"
    r"|(?:st|nd|rd|th)\b)",
    re.IGNORECASE,
)
_AGE_RANGE_AFTER = re.compile(
    r"\s*(?:and|to|-|–)\s*(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+years?[-\s]+old\b", re.IGNORECASE
)
"""``all between 17 and 22 years old``: the range's first end is an age as its last is."""
_SCORE_PAIR = re.compile(r"\d[-–]\d")
_SCORE = re.compile(
    r"\b(?:won|lost|drew|beat|beaten|defeated|trailed|led|win|lose|draw)\s+(?:by\s+)?"
    r"(?P<score>\d{1,2}\s?[-–]\s?\d{1,2})\b(?!\s*(?:%|per\s?cent))"
    r"|\b(?P<score2>\d{1,2}[-–]\d{1,2})\s+(?:(?:home|away|league|cup|extra-time)\s+)?"
    r"(?:win|victory|defeat|loss|draw|scoreline)\b",
    re.IGNORECASE,
)
"""A match's score (``had lost 2-1 to …``, ``a 3-0 home win``): two goals, not two counts."""
_PHONE = re.compile(r"\+?\(?\d{1,4}\)?(?:[\s.-]\d(?=[\s.-]\d{2}))?(?:[\s.-]?\(?\d{2,5}\)?){2,}")
"""A phone number: a country or area code, perhaps one lone digit (``+44 7 12 34 56 78``),
then groups of two to five digits."""
_BEFORE_WINDOW = 16
"""Characters before a number that :func:`_bad_before` looks at (``kilometre ``, ``Nov. ``)."""
_QUALIFIER_WINDOW = 18
"""Characters before a number that may hold its qualifier (``no fewer than ``)."""
_HYPHEN_BEFORE = re.compile(r"\d[-–]$")
_AND_JOIN = re.compile(r"\s+and\s+", re.IGNORECASE)
_NEXT_MEMBER = re.compile(r"\s*(?:,|and\b|or\b)", re.IGNORECASE)


def _spoken_range(
    first: tuple[int, int, int, bool, str], second: tuple[int, int, int, bool, str], text: str
) -> bool:
    """Return True for two counts in words a comma joins as a guess (``Thirty, forty men``,
    ``two, three of them``): the next ten or the next one, and no list going on after."""
    start, end, value, is_word, _ = first
    n_start, n_end, n_value, n_is_word, _ = second
    return (
        is_word
        and not text[max(0, start - 3) : start].rstrip().endswith(",")
        and n_is_word
        and n_value - value in (1, 10)
        and text[end:n_start].strip() == ","
        and not _NEXT_MEMBER.match(text, n_end)
    )


_HEDGE_JOIN = re.compile(r"\s*,?\s*(?:maybe|perhaps|possibly)\s+", re.IGNORECASE)


def _hedged_range(
    first: tuple[int, int, int, bool, str], second: tuple[int, int, int, bool, str], text: str
) -> bool:
    """Return True for a count and a hedged higher guess (``six, maybe seven of them``,
    ``40 perhaps 50 men``): a range from the first to the second, not a list."""
    _, end, value, _, _ = first
    n_start, _, n_value, _, _ = second
    return (
        n_start - end <= 12
        and value < n_value <= 2 * value
        and _HEDGE_JOIN.fullmatch(text, end, n_start) is not None
    )


_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|or)\s*$", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_EARLIER_FIGURE = re.compile(
    r"\b(?:(?:up|down)?\s*from|revis\w*|correct\w*|updat\w*|replac\w*|amend\w*)\s+"
    r"(?:an?|the|its|their|his|her)\s+(?:earlier|initial|previous|original|first|"
    r"preliminary)\s+(?:[\w-]+\s+)?(?:estimates?|figures?|counts?|tolls?|tall(?:y|ies)|"
    r"reports?|numbers?)\s+of\s+(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|up\s+to\s+|"
    r"about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|roughly\s+)?$",
    re.IGNORECASE,
)
"""``from an earlier estimate of 80``: the number that follows is superseded."""
_EARLIER_FIGURE_ADJECTIVES = ("earlier", "initial", "previous", "original", "first", "preliminary")
"""The adjectives one of which every :data:`_EARLIER_FIGURE` match holds (most windows hold
none). Each has an ``i`` or an ``s``, which the case-blind pattern also matches as ``İ``,
``ı`` or ``ſ``: only an ASCII window can be turned away by ``str.lower`` and a look-up."""


def _earlier_figure_before(text: str, start: int) -> bool:
    """Return True when :data:`_EARLIER_FIGURE` ends at ``start`` (in the 70 characters
    before it); a window without any of its adjectives is answered without the search,
    which tries the pattern at every word of the window."""
    floor = max(0, start - 70)
    window = text[floor:start]
    if window.isascii() and not any(map(window.lower().__contains__, _EARLIER_FIGURE_ADJECTIVES)):
        return False
    return _EARLIER_FIGURE.search(text, floor, start) is not None


_CHANGE_VERB = re.compile(
    r"\b(?:ris\w*|rose|raised|rais\w+|increas\w*|climb\w*|jump\w*|grew|grow\w*|revis\w*|"
    r"updat\w*|lower\w*|fell|fall\w*|drop\w*|decreas\w*|went up|gone up|soar\w*|swell\w*|"
    r"swollen|reduc\w*|correct\w*|adjust\w*|mount\w*|spik\w*|doubl\w*)\b",
    re.IGNORECASE,
)
_TOLL_FROM = re.compile(
    r"\b(?:tolls?|tall(?:y|ies)|count|number|figure|total)\b(?:(?!\s(?:rang|var))[^.;:\d]){0,70}"
    r"\bfrom\s+$",
    re.IGNORECASE,
)
"""``pushing the death toll from the collapse from 12 to 19``: a toll revised, not a range."""
_TOLL_FROM_THE = re.compile(
    r"\b(?:tolls?|tall(?:y|ies)|count|number|figure|total)\s+from\s+(?:the|an?|its|their)\s+$",
    re.IGNORECASE,
)
_FAR_TOLL_FROM = re.compile(
    r"\b(?:tolls?|tall(?:y|ies)|count|number|figure|total)\b(?:(?!\s(?:rang|var))[^.;:\d]){70,150}"
    r"\bfrom\s+$",
    re.IGNORECASE,
)
"""``raised the death toll from Thursday evening's grenade attack on the crowded lakeside
fish market in the old quarter from nine to eleven``: a toll revised across a name of the
event longer than :data:`_TOLL_FROM` spans, not a range."""


def _replaced_from_the(masked: str, start: int) -> bool:
    """Return True for the value a change replaced, named with an article (``raising the
    toll from the nine dead announced late on Friday``)."""
    if "from" not in masked[max(0, start - 12) : start]:
        return False
    return bool(_TOLL_FROM_THE.search(masked, max(0, start - 30), start)) and bool(
        _CHANGE_VERB.search(masked, max(0, start - 70), start)
    )


_AGE_BEFORE = re.compile(
    r"\b(?:ag(?:e|ed|es)\s+(?:between\s+|of\s+|from\s+)?|(?:boys|girls|children|teenagers)\s+of\s+)$",
    re.IGNORECASE,
)
"""``aged ``, ``aged between ``, ``boys of ``: the number after is an age, and so are the ones
listed with it."""
_OTHERS_AFTER = re.compile(r"\s+(?:others?|more)\b", re.IGNORECASE)
_PAIR_JOIN = re.compile(r"\s*(?:-|–|to|and|or)\s*", re.IGNORECASE)
_LIST_JOIN = re.compile(r",\s*")
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|or\b)", re.IGNORECASE)
"""``aged 24, 27 and 31``: a comma joins ages while the list goes on to ``and`` or ``or``."""
_AGE_NOUN_BEFORE = re.compile(
    r"\b(?:children|kids|people|those|adults|babies|infants|minors|aged|anyone|everyone|"
    r"persons|men|women|girls|boys)\s+$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class NumberMention:
    """One number (or range) in a text, with its qualifier; offsets index that text."""

    start: int
    """Where the number's words start (after any qualifier)."""
    end: int
    """Where they end (the high end of a range included)."""
    value: int
    value_max: int | None
    qualifier: str | None
    qualifier_start: int
    """Where the qualifier (or ``between`` of a range) starts; ``start`` when none."""
    text: str
    is_word: bool
    """True when written in words (``three``, ``a dozen``)."""
    is_year: bool
    """True for a bare four-digit value that reads as a year (``2015``)."""


_WORD_PARTS = re.compile(r"[\s-]+")


def parse_number_words(words: str) -> int:
    """Return the value of a number written in words: ``twenty-one`` → 21, ``a dozen`` → 12."""
    total = 0
    current = 0
    for token in _WORD_PARTS.split(words.lower()):
        if token in ("and", ""):
            continue
        if token in ("a", "an"):
            current = current if current == -1 else max(current, 1)
        elif token == "half":
            current = -1  # "half a dozen": resolved by the scale below
        elif token in _UNITS:
            current += _UNITS[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token in _SCALES:
            scale = _SCALES[token]
            # "half a dozen" is half the scale; "two dozen", "a hundred" multiply it.
            current = scale // 2 if current == -1 else max(current, 1) * scale
            if scale >= 1000:
                total += current
                current = 0
    return total + max(current, 0)


def _parse(match: re.Match[str]) -> tuple[int, bool] | None:
    """Return the value of a :data:`_NUMBER` match and whether it was written in words."""
    if match.group("digits"):
        digits = match.group("digits").replace(",", "")
        try:
            number = float(digits)
        except ValueError:
            return None
        scale = match.group("scale")
        if scale:
            number *= _DIGIT_SCALES[scale.lower().removesuffix("s")]
        if number != int(number):
            return None  # "2.5" people is not a count
        return int(number), False
    return parse_number_words(match.group("words")), True


def _mask_phones(text: str) -> str:
    """Return ``text`` with phone numbers overwritten by ``#`` (offsets kept)."""
    if text.isascii():
        if sum(map(text.count, "0123456789")) < 7:  # ten scans in C, not a call per character
            return text
    elif sum(map(str.isdigit, text)) < 7:
        return text
    masked = text
    for phone in _PHONE.finditer(text):
        digits = phone.group(0)
        if (sum(map(str.isdigit, digits)) >= 7 and re.search(r"[\s().+-]", digits)) or (
            re.fullmatch(r"\+\d{7,}", digits)
        ):
            masked = masked[: phone.start()] + "#" * len(digits) + masked[phone.end() :]
    return masked


def find_numbers(text: str) -> list[NumberMention]:
    """Return the numbers in ``text`` that may count people, ranges and qualifiers applied."""
    low = fold_case(text)
    if not _ANY_DIGIT.search(low) and not _has_number_word(low):
        return []  # most sentences hold no number at all: skip the long pattern
    masked = _mask_phones(text)
    raw: list[tuple[int, int, int, bool, str]] = []
    age_end = -1  # end of the last number dropped as an age
    scores: list[tuple[int, int]] = []
    if _SCORE_PAIR.search(masked):
        scores = [
            m.span("score") if m.group("score") else m.span("score2")
            for m in _SCORE.finditer(masked)
        ]
    for m in _NUMBER.finditer(low if masked is text else fold_case(masked)):
        parsed = _parse(m)
        if parsed is None:
            continue
        value, is_word = parsed
        start, end = m.start(), m.end()
        if scores and any(a <= start < b for a, b in scores):
            continue
        # Short windows: the patterns are anchored at the number, and a regex search
        # costs as much as the window is long.
        before = masked[max(0, start - _BEFORE_WINDOW) : start]
        after = masked[end : end + 30]
        if value == 1 and _ONE_OF_THE_MOST.match(masked, end):
            continue  # "Kestrel Feed, one of the largest firms": a description, no count
        if _bad_before(before) or _BAD_AFTER.match(after) or _AGE_RANGE_AFTER.match(after):
            if _AGE_BEFORE.search(before):
                age_end = end
            continue
        if (
            age_end >= 0
            and (
                _PAIR_JOIN.fullmatch(masked, age_end, start)
                or (_LIST_JOIN.fullmatch(masked, age_end, start) and _LIST_GOES_ON.match(after))
            )
            and not _OTHERS_AFTER.match(after)
        ):
            age_end = end
            continue  # "aged nine and 10", "aged between seven and 12": both are ages
        if _HYPHEN_BEFORE.search(before) and not (raw and raw[-1][1] == start - 1):
            continue  # "737-800" after a rejected "737": a model number, not a range
        raw.append((start, end, value, is_word, m.group(0)))

    mentions: list[NumberMention] = []
    i = 0
    while i < len(raw):
        start, end, value, is_word, written = raw[i]
        value_max: int | None = None
        range_start = start
        if i + 1 < len(raw) and (
            raw[i + 1][0] - end <= 6 or _hedged_range(raw[i], raw[i + 1], masked)
        ):
            n_start, n_end, n_value, _, _ = raw[i + 1]
            join = masked[end:n_start]
            offset = max(0, start - 12)
            between = _BETWEEN.search(masked[offset:start]) if _AND_JOIN.fullmatch(join) else None
            if (
                _RANGE_JOIN.match(join)
                or between
                or _spoken_range(raw[i], raw[i + 1], masked)
                or _hedged_range(raw[i], raw[i + 1], masked)
            ):
                before = masked[max(0, start - 60) : start]
                if _FROM.search(before) and (
                    _CHANGE_VERB.search(before)
                    or _TOLL_FROM.search(masked, max(0, start - 90), start)
                    or (
                        _FAR_TOLL_FROM.search(masked, max(0, start - 170), start)
                        and _CHANGE_VERB.search(masked, max(0, start - 200), start)
                    )
                ):
                    # "risen from 129 to 130", "the toll from the fire from 12 to 19": the
                    # first value is superseded.
                    i += 1
                    continue
                if n_value > value:
                    value_max = n_value
                    end = n_end
                    written = masked[start:end]
                    if between:
                        range_start = offset + between.start()
                    i += 1
        if value_max is None and _earlier_figure_before(masked, start):
            i += 1
            continue  # "to 77 from an earlier estimate of more than 80": the value replaced
        if value_max is None and _replaced_from_the(masked, start):
            i += 1
            continue  # "raising the toll from the nine dead announced on Friday"
        if value_max is None and _FROM.search(masked, max(0, start - 24), start):
            before = masked[max(0, start - 60) : start]
            if _FROM.search(before) and _CHANGE_VERB.search(before):
                i += 1
                continue  # "raising the toll from 209": the value it replaced
        qualifier: str | None = None
        qualifier_start = range_start
        head_start = max(0, range_start - _QUALIFIER_WINDOW)
        q = _QUALIFIER_BEFORE.search(masked, head_start, range_start)
        if q:
            word = q.group("q").lower()
            age_window = masked[max(0, q.start() - 12) : q.start()]
            if word in ("under", "over") and _AGE_NOUN_BEFORE.search(age_window):
                i += 1
                continue  # "children under 5", "people over 60": ages
            qualifier = _QUALIFIERS[word]
            qualifier_start = q.start()
        post = _QUALIFIER_AFTER.match(masked[end : end + 12])
        if post and qualifier is None and value_max is None:
            qualifier = (
                "at least" if post.group("more") else "about" if post.group("so") else "more than"
            )
        is_year = not is_word and value_max is None and 1800 <= value <= 2100 and "," not in written
        mentions.append(
            NumberMention(
                start=start,
                end=end,
                value=value,
                value_max=value_max,
                qualifier=qualifier,
                qualifier_start=qualifier_start,
                text=text[start:end],
                is_word=is_word,
                is_year=is_year,
            )
        )
        i += 1
    return mentions
