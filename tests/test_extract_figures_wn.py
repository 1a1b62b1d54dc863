"""People named by nouns no hand list has, known from WordNet (``data/people_nouns.txt``).

Every sentence here is invented for these tests (invented towns, groups and people). The
nouns are in none of the lexicon's hand lists: they count people because their most
frequent WordNet sense is a person.
"""

from __future__ import annotations

import pytest
from conftest import ROOT, article_kinds, load_bench_script

from wiredesk.index.extract.lexicon import PEOPLE_NOUNS, WORDNET_PEOPLE_PLURALS

DATA_FILE = ROOT / "index" / "extract" / "data" / "people_nouns.txt"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen abducted nine enumerators from a census team near Velroc on Monday.",
            [("hostages", 9)],
        ),
        (
            "The kidnappers were still holding six registrars at a school outside Dornam.",
            [("hostages", 6)],
        ),
        (
            "The kidnappers released four catechists late on Sunday, the diocese said.",
            [("freed", 4)],
        ),
        (
            "Attackers killed 13 rubber tappers on an estate outside Parlo, police said.",
            [("killed", 13)],
        ),
        (
            "At least seven toll collectors were killed when the lorry hit the booths at Quay 4.",
            [("killed", 7)],
        ),
        (
            "Bandits seized five linesmen repairing a pylon near Osmeli.",
            [("hostages", 5)],
        ),
        (
            "Twelve beekeepers were freed by soldiers on Tuesday.",
            [("freed", 12)],
        ),
    ],
)
def test_wordnet_people_counted(text: str, expected: list[tuple[str, int]]) -> None:
    """A count of people named by a WordNet person noun keeps its figure."""
    assert article_kinds(text) == expected


def test_the_nouns_above_are_in_no_hand_list() -> None:
    """The nouns the counts above are named by come from WordNet alone."""
    nouns = {"enumerators", "registrars", "catechists", "tappers", "collectors", "linesmen"}
    assert not nouns & PEOPLE_NOUNS
    assert nouns <= WORDNET_PEOPLE_PLURALS


@pytest.mark.parametrize(
    "text",
    [
        # Vessels, vehicles and machines WordNet first files as their operators.
        "Rescuers searched for five trawlers that capsized off Dunreth.",
        "Four armoured personnel carriers now guard the entrance of the Velroc station.",
        "The army sent three excavators, but the road kept them from the site.",
        # A train's coaches: the hand list of things wins over WordNet.
        "The first two coaches were crushed in the derailment near Ambrel.",
        # The one who speaks for a body is not a count of the number in its name.
        "A Rescue 1122 spokeswoman said the service had sent its crews at dawn.",
    ],
)
def test_things_named_like_people_stay_no_figure(text: str) -> None:
    """Nouns WordNet files first as people but wire copy uses for things give no figure."""
    assert article_kinds(text) == []


def _data_lines() -> list[str]:
    return [
        line
        for line in DATA_FILE.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    ]


def test_data_file_sorted_lowercase_without_exclusions() -> None:
    """The list is sorted, lower case, one plural (and maybe its singular) a line, and
    carries none of the generator's exclusions."""
    make = load_bench_script("make_people_nouns")
    lines = _data_lines()
    assert len(lines) > 5000
    assert lines == sorted(lines)
    words = [word for line in lines for word in line.split()]
    assert all(len(line.split()) in (1, 2) for line in lines)
    assert all(word == word.lower() and word.replace("-", "").isalpha() for word in words)
    assert not set(words) & make.EXCLUDED
    assert "Princeton University" in DATA_FILE.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("word", "plurals"),
    [
        ("enumerator", ["enumerators"]),
        ("linesman", ["linesmen"]),
        ("human", ["humans"]),
        ("witness", ["witnesses"]),
        ("coach", ["coaches"]),
        ("deputy", ["deputies"]),
        ("boy", ["boys"]),
        ("thief", ["thieves"]),
        ("passer-by", ["passers-by"]),
    ],
)
def test_generator_plurals(word: str, plurals: list[str]) -> None:
    """The generator's plural rules: -es, -ies, -men, -s and ``noun.exc``'s irregulars."""
    make = load_bench_script("make_people_nouns")
    irregular = {"thief": ["thieves"], "passer-by": ["passers-by"]}
    assert make.plural(word, irregular) == plurals
