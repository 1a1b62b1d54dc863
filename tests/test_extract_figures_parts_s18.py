"""Counts broken into their parts: a class round over the labelled set (session 18).

A part takes the kind of the count it breaks down, not a later verb's nor the kind of a
count that sits between it and its total. A part said to be of a nationality alone (``six
were Kenyan``) is a group of people, as ``six were Kenyan nationals`` is, and a part
may open a reported clause (``The firm said six were …``). A part named by its predicate
after a partitive total in its own sentence (``Twelve of the 33 hostages still held are
women, and five are children``) takes that total's kind, not the kind of the sentences
before. Parts listed after a dash that opens right after a freed count, past a word of time
(``released six captives overnight — four women and two men``), are freed. Members of a
count set off by long dashes that carry words of their own (a relative clause, a count)
leave the count its own verb past the closing dash (``Two men — the mechanic who serviced
the lift and his assistant — were detained``). A group the sentence before names again by
its count and noun (``The five surveyors were driving home``) is what the parts after it
break down when they add up to it, however far back it was counted.

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must not become figures (or not of that kind).
"""

from __future__ import annotations

import pytest
from conftest import article_kinds

from wiredesk.index.extract import extract


def _whos(text: str) -> list[tuple[str, int, str | None]]:
    return [(f.kind, f.value, f.who) for f in extract(text).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen seized ten engineers at the dam on Monday. Six were Kenyan and four "
            "were Ugandan.",
            [("hostages", 10), ("hostages", 6), ("hostages", 4)],
        ),
        (
            "A car bomb killed 17 people at the depot. Eleven were Chilean and six were "
            "Bolivian, the embassy said.",
            [("killed", 17), ("killed", 11), ("killed", 6)],
        ),
    ],
)
def test_a_part_of_a_nationality_alone_is_a_group(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert article_kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The squad has 26 players. Nine were Kenyan.",
        "Two Ugandan traders watched from the road.",
    ],
)
def test_a_nationality_with_no_count_of_harm_before_is_no_part(text: str) -> None:
    assert article_kinds(text) == []


def test_a_part_may_open_a_reported_clause() -> None:
    text = "Gunmen seized ten engineers at the dam on Monday. The firm said six were Kenyan."
    assert ("hostages", 6, "Kenyan nationals") in _whos(text)
    women = "Gunmen seized ten engineers at the dam on Monday. It said seven were women."
    assert article_kinds(women) == [("hostages", 10), ("hostages", 7)]


def test_a_reported_clause_of_things_is_no_part() -> None:
    text = "Gunmen seized ten engineers at the dam on Monday. The firm said six were new lorries."
    assert article_kinds(text) == [("hostages", 10)]


def test_a_part_after_a_partitive_total_takes_its_kind() -> None:
    text = (
        "Raiders seized 40 people at the cattle market on Friday. Of the 40, seven escaped on "
        "Sunday. Twelve of the 33 hostages still held are women, he said, and five are "
        "children aged 6 and 9."
    )
    figures = _whos(text)
    assert ("hostages", 5, "children") in figures
    assert ("freed", 5, "children") not in figures


def test_a_part_after_a_partitive_keeps_its_own_verb() -> None:
    text = "Twelve of the 33 hostages were freed on Sunday, and five were flown home."
    assert article_kinds(text) == [("freed", 12), ("hostages", 33), ("freed", 5)]


def test_parts_after_a_freed_count_and_a_word_of_time_are_freed() -> None:
    text = (
        "Rebels released six more captives overnight — four women and two elderly men — the "
        "mediator said."
    )
    assert article_kinds(text) == [("freed", 6), ("freed", 4), ("freed", 2)]


def test_parts_after_a_count_taken_later_keep_its_kind() -> None:
    text = "Rebels released six captives on Sunday and seized 14 more — nine women and five men."
    assert article_kinds(text) == [
        ("freed", 6),
        ("hostages", 14),
        ("hostages", 9),
        ("hostages", 5),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two men — the mechanic who serviced the lift and his assistant — were detained "
            "on Friday.",
            [("arrested", 2)],
        ),
        (
            "Five more hostages – an old man and four bus conductors – have been let out by a "
            "side door of the post office.",
            [("freed", 5), ("freed", 4)],
        ),
    ],
)
def test_dashed_members_leave_the_count_its_own_verb(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert article_kinds(text) == expected


def test_dashed_members_with_no_verb_of_harm_are_no_figure() -> None:
    text = "Two men — the mechanic who serviced the lift and his assistant — watched the rescue."
    assert article_kinds(text) == []


_GROUP_AGAIN = (
    "Bandits seized dozens of drivers, among them five surveyors, on the road north of "
    "Korvel on Monday.\n\n"
    "Two drivers were killed in the ambush, police said. Six others were wounded by gunfire.\n\n"
    "The five {noun} were heading back to the capital, the firm said. It said three were "
    "Kenyan and two were Ugandan."
)


def test_parts_break_down_the_group_named_again_before_them() -> None:
    figures = article_kinds(_GROUP_AGAIN.format(noun="surveyors"))
    assert figures[-2:] == [("hostages", 3), ("hostages", 2)]


def test_things_named_again_are_not_the_group_counted_before() -> None:
    figures = article_kinds(_GROUP_AGAIN.format(noun="lorries"))
    assert ("hostages", 3) not in figures
