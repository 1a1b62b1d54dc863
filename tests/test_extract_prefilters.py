"""The extractor's shortcuts in front of its patterns never pass over a match.

Some patterns open with a look-ahead of the characters their alternatives start with, so
the regex engine skips to the next such character instead of trying every alternative at
every position; a cheap test of literals guards others. Either is only a shortcut while
it lets through every text the pattern matches: a new alternative that starts with another
character, or a new verb without the literal, would silently drop figures. These tests
read each pattern's own parse, so they fail as soon as the pattern and its shortcut part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# The regex module's own parser (private, as sre_parse was before Python 3.11).
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest

from wiredesk.index.extract import attribution, clean, context, figures, numbers, pipeline, places


def _first(items: Sequence[tuple[Any, Any]]) -> tuple[set[int] | None, bool]:
    """Return the code points a parsed sequence can start with (None: any) and whether it
    can match the empty string."""
    found: set[int] = set()
    for op, av in items:
        chars, empty = _first_of(op, av)
        if chars is None:
            return None, False
        found |= chars
        if not empty:
            return found, False
    return found, True


def _first_of(op: Any, av: Any) -> tuple[set[int] | None, bool]:
    """:func:`_first` of one parsed item."""
    if op is sre_constants.LITERAL:
        return {av}, False
    if op is sre_constants.IN:
        chars: set[int] = set()
        for kind, value in av:
            if kind is sre_constants.LITERAL:
                chars.add(value)
            elif kind is sre_constants.RANGE:
                chars.update(range(value[0], value[1] + 1))
            else:  # a negated set or a class such as \w: too many to list
                return None, False
        return chars, False
    if op is sre_constants.BRANCH:
        chars, empty = set(), False
        for alternative in av[1]:
            first, can_be_empty = _first(alternative)
            if first is None:
                return None, False
            chars |= first
            empty = empty or can_be_empty
        return chars, empty
    if op is sre_constants.SUBPATTERN:
        return _first(av[-1])
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        first, empty = _first(av[2])
        return first, empty or av[0] == 0
    if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return set(), True  # zero width: \b, ^, look-arounds
    return None, False


_LOOKAHEAD = re.compile(r"^(?:\(\?i:)?\(\?=(\[[^\]]+\])\)")
"""The look-ahead a guarded pattern opens with (``(?=[abc])``, or ``(?i:(?=[abc]))``)."""


@pytest.mark.parametrize(
    "pattern",
    [
        figures._CLAUSE_BREAK,
        context._CLAUSE_CUES,
        context._YEAR_CUE,
        context._INCIDENT_WORD,
        clean._CAPTION,
        attribution._SAY,
        places._DESTINATION_RE,
        pipeline._SEIZED_VESSEL,
    ],
    ids=lambda p: p.pattern[:40],
)
def test_a_look_ahead_admits_every_first_character(pattern: re.Pattern[str]) -> None:
    opening = _LOOKAHEAD.match(pattern.pattern)
    assert opening is not None, "the pattern no longer opens with its look-ahead"
    rest = pattern.pattern[opening.end() :]
    if pattern.pattern.startswith("(?i:"):
        rest = rest[1:]  # the ")" that closes the case-blind group around the look-ahead
    first, empty = _first(sre_parse.parse(rest, pattern.flags))
    assert first is not None and not empty, "the pattern can start anywhere: drop the look-ahead"
    blind = pattern.flags & re.IGNORECASE or "(?i" in pattern.pattern
    admits = re.compile(opening.group(1), pattern.flags | (re.IGNORECASE if blind else 0))
    missing = set()
    for code in first:
        written = chr(code)
        variants = {written, written.lower(), written.upper()} if blind else {written}
        missing |= {c for c in variants if not admits.fullmatch(c)}
    assert not missing, f"the look-ahead lacks {sorted(missing)}"


def test_the_look_ahead_check_sees_a_missing_letter() -> None:
    # The check itself: "less than" starts with an "l" that this look-ahead lacks.
    pattern = re.compile(r"(?=[am])(?:\b(?:about|more\s+than|less\s+than))", re.IGNORECASE)
    opening = _LOOKAHEAD.match(pattern.pattern)
    assert opening is not None
    first, _ = _first(sre_parse.parse(pattern.pattern[opening.end() :], pattern.flags))
    assert first is not None and ord("l") in first
    assert not re.compile(opening.group(1), re.IGNORECASE).fullmatch("l")


def _verbs_of_a_seized_vessel() -> list[str]:
    """Return the verb alternatives :data:`pipeline._SEIZED_VESSEL` is written with."""
    source = pipeline._SEIZED_VESSEL.pattern
    group = re.search(r"\(\?:(seized?\|[^)]*)\)", source)
    assert group is not None, "the verbs' group is no longer where this test reads it"
    return group.group(1).split("|")


def test_every_verb_of_a_seized_vessel_holds_a_prefilter_literal() -> None:
    verbs = _verbs_of_a_seized_vessel()
    assert "commandeered" in verbs
    for verb in verbs:
        written = re.sub(r"\\s\+", " ", verb).casefold()
        assert any(literal in written for literal in pipeline._SEIZED_VESSEL_VERBS), verb


@pytest.mark.parametrize(
    "body",
    [
        "Gunmen seized the ferry before dawn.",
        "PIRATES SEIZED A TANKER off the coast.",
        "Armed men commandeered a minibus on the highway.",
        "Hijackers took control of the plane shortly after take-off.",
        "Rebels took over the barge at the jetty.",
        "Militants ſeized the boat.",  # long s: a case-blind "s" matches it
        "Bandits TOO\u212a over the coach.",  # Kelvin sign: a case-blind "k" matches it
        "Insurgents se\u0130zed the train.",  # dotted capital I: a case-blind "i" matches it
        "Insurgents se\u0131zed the train.",  # dotless i
        "Police seized weapons at the scene.",
        "It took over an hour to reach the ferry.",
        "The ferry sank on Tuesday; dozens are missing.",
        "Gunmen stormed the hotel and held guests.",
    ],
)
def test_the_seized_vessel_prefilter_agrees_with_the_pattern(body: str) -> None:
    expected = pipeline._SEIZED_VESSEL.search(body) is not None
    assert pipeline._seized_vessel(body) is expected


def test_a_group_of_ends_in_of_and_spaces() -> None:
    # figures._group_of_before turns away a window whose text, less its trailing spaces,
    # does not end in "of": sound only while the pattern ends so.
    assert figures._GROUP_OF.pattern.endswith(r")\s+of\s+$")


def _alternatives(source: str, opening: str) -> list[str]:
    """Return the top-level alternatives of the group that opens with ``opening``."""
    at = source.index(opening) + len(opening)
    depth, alternatives, current = 0, [], ""
    for character in source[at:]:
        if character == ")" and depth == 0:
            break
        depth += {"(": 1, ")": -1}.get(character, 0)
        if character == "|" and depth == 0:
            alternatives.append(current)
            current = ""
        else:
            current += character
    return [*alternatives, current]


def test_every_verb_of_a_numbering_holds_a_prefilter_literal() -> None:
    verbs = _alternatives(figures._NUMBERING.pattern, r"}?)?(?:")
    assert len(verbs) == 4 and verbs[-1] == "totall?ed", verbs
    for verb in verbs:
        written = re.sub(r"\\s\+|\?|\(\?:|\)", "", verb).casefold()
        assert any(literal in written for literal in figures._NUMBERING_WORDS), verb


def test_every_adjective_of_an_earlier_figure_is_a_prefilter_literal() -> None:
    source = numbers._EARLIER_FIGURE.pattern
    adjectives = _alternatives(source, r"(?:an?|the|its|their|his|her)\s+(?:")
    assert set(adjectives) == set(numbers._EARLIER_FIGURE_ADJECTIVES)


@pytest.mark.parametrize(
    "text",
    [
        "A rescue team of 45 reached the village.",
        "his TEAM OF 28 volunteers",
        "a special force of\n 300 was sent",
        "a team of experts said 12",
        "a team off 12",
        "The gunmen, numbering about 100, fled.",
        "the raiders, who villagers said NUMBERED 40,",
        "the militia, thought to number between 35 and 50 men",
        "the bandits now number about 30",
        "the raiders, totalling 25, escaped",
        "the toll, down from an earlier estimate of 80, stands at 77",
        "revised from the initial figure of more than 40 to 35",
        "up from a pre\u0130iminary count of 12 to 14",  # dotted capital I: a case-blind "i"
        "updated from its fır\u017ft tally of 9 to 11",  # dotless i and long s
        "from 12 to 14 in the first count",
        "Police said 14 were hurt.",
    ],
)
def test_the_window_prefilters_agree_with_their_patterns(text: str) -> None:
    for match in re.finditer(r"\d+", text):
        end = match.start()
        group = figures._GROUP_OF.search(text, max(0, end - 40), end)
        found = figures._group_of_before(text, end)
        assert (found and found.span()) == (group and group.span())
        floor = max(0, end - 70)
        earlier = numbers._EARLIER_FIGURE.search(text, floor, end) is not None
        assert numbers._earlier_figure_before(text, end) is earlier
        if figures._NUMBERING.search(text, floor, end):
            window = text[floor:end].lower()
            assert any(literal in window for literal in figures._NUMBERING_WORDS)
