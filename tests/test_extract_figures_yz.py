"""Figures in station-stabbing, estate-abduction, fairground-ride, parade-lorry, plant-siege
and river-boat copy: causes of error that the held-out writers of batches zy and zz left,
and that recur in copy nobody has read, fixed as general rules.

People taken to a medical centre, an infirmary or a health post are patients, not people
moved out of the danger; a station's throughput ``on an ordinary weekday`` is a rate; a zero
of arrests may name its group by what they did (``none of the raiders who escaped``), and
any zero as someone's (``none of my men``); a partitive of ``their number`` counts the group
named before, as ``of them`` does; a partitive's total with no noun (``four of the nine``)
takes the kind of that count; a bare
``one`` that died, or a bare ``one`` object with a person set beside it (``we lost one, a
young corporal``), counts a person; people stabbed or knifed with no word of death are
wounded; people ``sent home`` or ``allowed home`` in a sentence about a hospital were
discharged; ``both`` counts two of any ``-men`` noun; an apposition after ``one of the
injured`` may run long; a list opening ``Among the others were`` takes the kind of the count
before; and Markdown links in a row on one line are headlines of their own, each judged as
the outlet's earlier story of this incident or another event's.

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must keep the figures they had or give none.
"""

from __future__ import annotations

import pytest
from conftest import article_kinds, sentence_kinds

from wiredesk.index.extract import extract


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a care place by any name: the freed stay freed
        (
            "The 12 rescued miners — four women and eight youths — were then taken by road to the "
            "General Medical Centre in Oramo.",
            [("freed", 12), ("freed", 4), ("freed", 8)],
        ),
        ("The 12 rescued miners were all taken by bus to the district infirmary.", [("freed", 12)]),
        ("Six hurt porters were taken by road to a health post.", [("wounded", 6)]),
        # a town or a school is still a place people are moved to
        ("The 40 residents were taken by coach to Ardo.", [("evacuated", 40)]),
    ],
)
def test_care_places_are_no_evacuation(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The terminal, which handles 30,000 travellers on an ordinary weekday, was evacuated.",
            [],
        ),
        ("The depot serves 800 commuters on an average day and was closed.", []),
        ("Some 2,000 shoppers a weekday use the mall, which was evacuated.", []),
        # a count of people moved, with a day named but no rate
        ("About 300 travellers were evacuated on Friday.", [("evacuated", 300)]),
    ],
)
def test_throughput_is_a_rate(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("None of the robbers who fled has been caught.", [("arrested", 0)]),
        ("None of the bandits that escaped had been arrested, police said.", [("arrested", 0)]),
        ("None of the assailants has been caught.", [("arrested", 0)]),
        # a group that was hurt stays a zero of harm
        ("None of the guests staying on the top floor was hurt.", [("wounded", 0)]),
        # a group someone calls theirs
        ("None of my men was hurt.", [("wounded", 0)]),
        ("None of our staff was hurt, the manager said.", [("wounded", 0)]),
        ("None of his crew were killed.", [("killed", 0)]),
    ],
)
def test_zero_named_by_a_relative(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected", "held"),
    [
        ("Four of their number were killed in the crossfire.", [("killed", 4)], False),
        ("One of their number, a herder from Ardo, had died in captivity.", [("killed", 1)], True),
        ("Two of our number were released on Sunday.", [("freed", 2)], True),
        ("One has died.", [("killed", 1)], False),
        ("Five were hurt; one has since died.", [("wounded", 5), ("killed", 1)], False),
        ("One later died in hospital.", [("killed", 1)], False),
        ("We lost one, a young corporal, at the gate.", [("killed", 1)], False),
        ("Police arrested one, a local farmer, on Monday.", [("arrested", 1)], False),
        # "the one who", a speaker set off by commas, and one of some things give nothing
        ("The one who died was a nurse.", [], False),
        ("One, a nurse, said she saw the gunman.", [], False),
        ("They had lost one of the four trucks.", [], False),
    ],
)
def test_one_and_their_number(sentence: str, expected: list[tuple[str, int]], held: bool) -> None:
    assert sentence_kinds(sentence, held=held) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Three people were stabbed at a tram stop in Orly.", [("wounded", 3)]),
        ("A man stabbed four people near the exit.", [("wounded", 4)]),
        ("I counted at least five people who had been stabbed.", [("wounded", 5)]),
        ('He saw the assailant stab "at least six people" by a gate.', [("wounded", 6)]),
        ("Two commuters were knifed on the platform.", [("wounded", 2)]),
        # death words win
        ("Two shoppers were stabbed to death.", [("killed", 2)]),
        ("Two shoppers were knifed to death in the car park.", [("killed", 2)]),
        ("Police said a man stabbed 4 people, killing one.", [("wounded", 4)]),
    ],
)
def test_stabbed_is_wounded(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Of the 40 injured, two have since died, 19 have been sent home and 19 remain in "
            "hospital.",
            [("wounded", 40), ("killed", 2), ("wounded", 19), ("wounded", 19)],
        ),
        # the total a hospital admitted is hurt too, as the total of "Of the 40 injured" is
        ("Of the 25 admitted, 20 were allowed home on Sunday.", [("wounded", 25), ("wounded", 20)]),
        # with no word of care, people sent home are no figure
        ("About 300 pupils were sent home when the school closed.", []),
    ],
)
def test_sent_home_from_hospital(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police detained both crewmen, the owner and his mate.", [("arrested", 2)]),
        ("Both fishermen were rescued.", [("freed", 2)]),
        ("Both men and women were hurt.", []),
        (
            "The toll rose when one of the wounded, a 73-year-old farmer from the hill village "
            "of Santo Amaro do Sul, died in hospital.",
            [("killed", 1)],
        ),
    ],
)
def test_both_and_long_appositions(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


def test_a_list_among_the_others_takes_the_kind_before() -> None:
    body = (
        "Flood kills 12 in Ardo\n\nTwelve people died when the river burst its banks in Ardo "
        "on Monday. The dead include four children. Among the others were three farmers, two "
        "teachers and one nurse.\n"
    )
    assert article_kinds(body) == [
        ("killed", 12),
        ("killed", 12),
        ("killed", 4),
        ("killed", 3),
        ("killed", 2),
        ("killed", 1),
    ]


def test_links_in_a_row_are_headlines_of_their_own() -> None:
    body = (
        "Orlet fire toll rises to six\n\nSix people have died after a blaze at a furniture "
        "factory in Orlet, officials said on Friday.\n\n*Read more: [Nine pupils injured as bus "
        "burns near Karvela](https://news.example/karvela) · [Orlet fire: toll rises to "
        "four](https://news.example/orlet-four)*\n"
    )
    figures = extract(body, title="Orlet fire toll rises to six").figures
    own = sorted((f.kind, f.value) for f in figures if not f.about_other)
    other = sorted((f.kind, f.value) for f in figures if f.about_other)
    # the link to the outlet's own earlier story is overtaken; the other event's stays its own
    assert own == [("killed", 6), ("killed", 6)]
    assert other == [("wounded", 9)]


def test_a_partitive_total_with_no_noun_takes_the_count_named_before() -> None:
    body = (
        "Bus crash hurts eight\n\nEight people were injured when a coach overturned near Ardo on "
        "Monday. Three of the eight were in a critical condition, doctors said.\n"
    )
    assert article_kinds(body) == [("wounded", 8), ("wounded", 3), ("wounded", 8)]


def test_a_partitive_total_with_no_count_before_gives_nothing() -> None:
    body = "Ardo clinic\n\nThree of the eight were in a critical condition, doctors said.\n"
    assert article_kinds(body) == [("wounded", 3)]
