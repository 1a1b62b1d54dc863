"""Numbers in wire copy: digits, words, qualifiers, ranges, revisions and what is not a count."""

from __future__ import annotations

import pytest

from wiredesk.index.extract.numbers import find_numbers, parse_number_words


def _one(text: str) -> tuple[int, int | None, str | None, str]:
    """Return (value, value_max, qualifier, words) of the only number in ``text``."""
    found = find_numbers(text)
    assert len(found) == 1, found
    n = found[0]
    return n.value, n.value_max, n.qualifier, text[n.qualifier_start : n.end]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("three", 3),
        ("Fifty", 50),
        ("twenty-one", 21),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("a hundred", 100),
        ("three hundred and twelve", 312),
        ("two thousand", 2000),
    ],
)
def test_number_words(words: str, value: int) -> None:
    assert parse_number_words(words) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seventy pilgrims were hurt.", (70, None, None, "Seventy")),
        ("about 2,000 marines", (2000, None, "about", "about 2,000")),
        ("up to 45 tourists", (45, None, "up to", "up to 45")),
        ("as many as 45 tourists", (45, None, "up to", "as many as 45")),
        ("at least 9 miners", (9, None, "at least", "at least 9")),
        ("no fewer than 9 miners", (9, None, "at least", "no fewer than 9")),
        ("some 310 villagers", (310, None, "about", "some 310")),
        ("around 310 villagers", (310, None, "about", "around 310")),
        ("nearly 310 villagers", (310, None, "about", "nearly 310")),
        ("roughly 310 villagers", (310, None, "about", "roughly 310")),
        ("approximately 310 villagers", (310, None, "about", "approximately 310")),
        ("more than 64 fans", (64, None, "more than", "more than 64")),
        ("over 64 fans", (64, None, "more than", "over 64")),
        ("fewer than 8 guards", (8, None, "up to", "fewer than 8")),
        ("between 12 and 15 gunmen", (12, 15, None, "between 12 and 15")),
        ("10 to 15 gunmen", (10, 15, None, "10 to 15")),
        ("12-15 gunmen", (12, 15, None, "12-15")),
        ("1.2 million residents", (1_200_000, None, None, "1.2 million")),
    ],
)
def test_values_and_qualifiers(
    text: str, expected: tuple[int, int | None, str | None, str]
) -> None:
    assert _one(text) == expected


def test_revision_keeps_the_new_value() -> None:
    text = "The toll has risen from 41 to 44, the governor said."
    assert [n.value for n in find_numbers(text)] == [44]


@pytest.mark.parametrize(
    "text",
    [
        "The blast happened at 10:45 a.m. local time.",
        "It cost $12 million to rebuild.",
        "Fares rose 30% last year.",
        "Call 0800 555 0199 for information.",
        "The victim, a 34-year-old nurse, was named.",
        "The victims were aged 19 and 23.",
        "The ship left port on March 14.",
        "He boarded Flight 207 in Lagos.",
        "The six-hour standoff ended at dusk.",
        "It happened on 3 October.",
    ],
)
def test_not_counts(text: str) -> None:
    assert find_numbers(text) == []


def test_years_are_flagged() -> None:
    found = find_numbers("The mine opened in 1998.")
    assert [(n.value, n.is_year) for n in found] == [(1998, True)]


def test_scores_and_dozens_are_not_numbers() -> None:
    assert find_numbers("Scores of people and dozens of soldiers were seen.") == []


def test_a_replaced_value_alone_is_dropped() -> None:
    text = "Divers found four more bodies, raising the toll from 19, police said."
    assert [n.value for n in find_numbers(text)] == [4]


def test_from_without_a_change_is_kept() -> None:
    text = "Rescuers pulled 12 people from 3 collapsed houses."
    assert [n.value for n in find_numbers(text)] == [12, 3]


def test_number_words_inside_other_words_are_not_numbers() -> None:
    assert find_numbers("Someone often attended the tenth session of the seventies") == []


def test_number_words_are_found_whole() -> None:
    found = find_numbers("Twenty-one people and eleven soldiers died")
    assert [(m.value, m.text) for m in found] == [(21, "Twenty-one"), (11, "eleven")]


def test_a_value_from_an_earlier_estimate_is_dropped() -> None:
    text = "The toll was revised to 77 from a first estimate of more than 80."
    assert [n.value for n in find_numbers(text)] == [77]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Divers found three bodies, pushing the toll from the capsizing from 31 to 34.", 34),
        ("That took the official tally from 5 to 9.", 9),
        ("It brought the number of dead in the province from 60 to 71.", 71),
    ],
)
def test_a_toll_moved_from_one_value_to_another_keeps_the_new_one(text: str, value: int) -> None:
    assert [n.value for n in find_numbers(text) if n.value != 3] == [value]
    assert all(n.value_max is None for n in find_numbers(text))


@pytest.mark.parametrize(
    "text",
    [
        "The number of patients ranged from 4 to 9 a night.",
        "From 10 to 15 pupils were kept home.",
    ],
)
def test_a_range_after_from_without_a_revision_stays_a_range(text: str) -> None:
    assert [(n.value, n.value_max) for n in find_numbers(text)] in ([(4, 9)], [(10, 15)])


@pytest.mark.parametrize(
    "text",
    [
        "The council approved a rehousing plan at a cost of 18 million.",
        "The district got relief supplies worth 40 million.",
        "Officials set an evacuation budget of 7 million.",
        "The insurer paid a ransom of 2 million.",
    ],
)
def test_money_after_cost_worth_or_budget_is_not_a_count(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Each family will receive $7,500 in compensation.",
        "The fund paid out €2.400 per victim.",
        "Girls aged eight and 13 were among them.",
        "The pupils, aged between six and 11, were at assembly.",
        "Boys aged eleven to 15 had been enrolled.",
    ],
)
def test_the_second_half_of_money_or_an_age_pair_is_no_count(text: str) -> None:
    assert find_numbers(text) == []


def test_an_age_pair_does_not_swallow_a_count_of_others() -> None:
    assert [n.value for n in find_numbers("a guard aged sixty and four others were hurt")] == [4]
    assert [n.value for n in find_numbers("killed 2,300 people")] == [2300]


@pytest.mark.parametrize(
    "text",
    [
        "Police said 40 were held, revising their earlier figure of 55.",
        "The army corrected its initial count of 19 later on Tuesday.",
        "Officials updated the previous estimate of more than 300.",
    ],
)
def test_an_earlier_figure_being_revised_is_superseded(text: str) -> None:
    assert 55 not in [n.value for n in find_numbers(text)]
    assert [n.value for n in find_numbers(text) if n.value in (19, 300)] == []


@pytest.mark.parametrize(
    "text",
    [
        "someone phoned, often, from a stone house",
        "twenty-one people",
        "the (eleven) men",
        "elevenfold",
        "x-ten_y",
        "dozens",
        "café: one",
        "ıone and tenſ",
        "",
    ],
)
def test_number_word_test_agrees_with_the_pattern(text: str) -> None:
    """The quick test for a number word gives what the number-word pattern's scan gives."""
    from wiredesk.index.extract import numbers

    assert numbers._has_number_word(text) == bool(numbers._NUMBER_WORD.search(text))
