"""Figures in prison-van, works-siege and eruption copy: causes of error that the held-out
writers of batches yq and yt left, fixed as general rules.

Captives named as members of a toll (``the 13 dead include four drivers, seven hostages and
two firemen``) are the toll's dead, and so is the member after them; a part of a group of
inmates (``three of the prisoners freed by the gang``) is no captive; people ``released after
treatment`` were hurt; people ferried ``of the <place>`` to a town named were evacuated; a
place after a singular incident word that a plural verb follows (``who ran during the
standoff have been moved to a school in <town>``) is where the people went, not another
incident; a lead dated ``four days after`` the incident names the weekday a later ``last
Thursday's raid`` names; a definite count only examined at a clinic names the group of that
number counted before; people who fled into a country have a verb of their own; ``not fewer
than``; and zeros in the first person.

Every sentence here is invented for these tests; each rule is checked with sentences that
must keep the figures they had or give none.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from conftest import article_kinds, sentence_kinds

from wiredesk.index.extract import extract
from wiredesk.index.extract.context import weekday_days_before
from wiredesk.index.extract.numbers import find_numbers


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The 13 dead include four drivers, seven hostages and two firemen, a spokesman said.",
            [("killed", 13), ("killed", 4), ("killed", 7), ("killed", 2)],
        ),
        (
            "Twelve people died — three watchmen, seven captives and two firemen — the mayor said.",
            [("killed", 12), ("killed", 3), ("killed", 7), ("killed", 2)],
        ),
        (
            "The assault cost 12 lives — three watchmen killed by the fence at dawn, seven "
            "captives and two firemen — the mayor said.",
            [("killed", 12), ("killed", 3), ("killed", 7), ("killed", 2)],
        ),
        (
            "Raiders killed 12 — three watchmen shot by the fence, and took seven hostages.",
            [("killed", 12), ("killed", 3), ("hostages", 7)],
        ),
        (
            "Raiders killed three watchmen and seized seven hostages and two drivers.",
            [("killed", 3), ("hostages", 7), ("hostages", 2)],
        ),
        (
            "Two guards were killed, and 14 hostages are still held.",
            [("killed", 2), ("hostages", 14)],
        ),
    ],
)
def test_captives_listed_among_the_dead(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A warder said three of the prisoners freed by the gang were serving life terms.",
            [("other", 3)],
        ),
        (
            "Gunmen held 30 workers. Five of the hostages were freed.",
            [("hostages", 30), ("freed", 5)],
        ),
    ],
)
def test_a_part_of_inmates_is_no_captive(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence, held=True) == expected


def test_released_after_treatment_is_hurt() -> None:
    assert article_kinds(
        "Fire tore through a ward at Selvi on Monday. Forty people were hurt. Eight of them "
        "were released after being treated."
    ) == [("wounded", 40), ("wounded", 8)]
    assert article_kinds(
        "Gunmen seized a bus at Selvi on Monday. Twelve hostages were released after talks."
    ) == [("freed", 12)]


def test_ferried_from_a_described_place_to_a_town() -> None:
    assert article_kinds(
        "A flood cut off Selvi on Monday. The coastguard ferried 430 villagers of the lake's "
        "western bank to Orna."
    ) == [("evacuated", 430)]


def test_a_place_after_a_plural_verb_is_where_people_went() -> None:
    lead = (
        "Gunmen stormed a brickworks in Tarvel on Monday and held workers for two days, "
        "officials said. The army ended it on Wednesday. Nine workers died.\n\n"
        "Troops searched the site.\n\n"
    )
    moved = extract(
        lead + "Some 700 villagers who ran during the standoff have been moved to a school in "
        "Ostrow, the council said."
    ).figures
    assert [(f.kind, f.value, f.about_other) for f in moved][-1] == ("evacuated", 700, False)
    elsewhere = extract(
        lead + "Villagers recalled that the standoff in Ostrow lasted a week and left 12 dead."
    ).figures
    assert [(f.kind, f.value, f.about_other) for f in elsewhere][-1] == ("killed", 12, True)


def test_a_lead_dated_days_back_names_the_weekday_of_its_incident() -> None:
    published = datetime(2026, 3, 16, 6, 0, tzinfo=timezone(timedelta(hours=1)))  # a Monday
    later = (
        "\n\nEight of the 21 convicts set loose in last Thursday's raid near Brenmoor have "
        "been caught, the prison service said.\n\nIn June, a flood near Brenmoor drowned 13 "
        "people."
    )
    dated = (
        "Four days after bandits raided a jail convoy at Orlet, most convicts are back in cells."
    )
    undated = "Bandits raided a jail convoy at Orlet, officials said."
    own = extract(dated + later, title="Orlet jail convoy raid", published=published).figures
    assert [(f.about_other, f.value) for f in own] == [(False, 8), (True, 13)]
    other = extract(undated + later, title="Orlet jail convoy raid", published=published).figures
    assert [(f.about_other, f.value) for f in other] == [(True, 8), (True, 13)]
    assert weekday_days_before("Two days ago, a blast hit the depot.", published) == {
        "last saturday"
    }
    assert weekday_days_before("Two days ago, a blast hit the depot.", None) == frozenset()


def test_a_definite_count_checked_at_a_clinic_names_the_group_counted_before() -> None:
    body = (
        "Troops freed 20 hostages from a depot at Selvi on Monday. The gunmen had held them "
        "for two days. Three soldiers were hurt in the rescue.\n\n"
        "All 20 were examined at the county hospital in Orna, and six stayed in to be "
        "treated for burns, a doctor said."
    )
    assert article_kinds(body) == [
        ("freed", 20),
        ("wounded", 3),
        ("freed", 20),
        ("wounded", 6),
    ]
    # Without ``all`` or ``the`` the count is not named as that group.
    assert article_kinds(body.replace("All 20 were", "Another 20 were"))[2] != ("freed", 20)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "At least 23 villagers were killed and some 4,700 fled into Tessaland, the agency "
            "said.",
            [("killed", 23), ("other", 4700)],
        ),
        (
            "Rebels killed 12 people and some 600 fled into the hills.",
            [("killed", 12), ("other", 600)],
        ),
        ("Police said up to five gunmen fled into the marshes.", [("attackers", 5)]),
        ("Troops rescued nine travellers who had run into the bush.", [("freed", 9)]),
    ],
)
def test_people_who_fled_across_have_a_verb_of_their_own(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Witnesses said the gang numbered not fewer than 25.", [("attackers", 25)]),
        (
            'A herder said the raiders numbered "not fewer than 25" and rode horses.',
            [("attackers", 25)],
        ),
        ('He said the raiders numbered "about 40".', [("attackers", 40)]),
    ],
)
def test_a_numbering_verb_before_a_quoted_count(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


def test_not_fewer_than_is_at_least() -> None:
    [mention] = find_numbers("the gang numbered not fewer than 25")
    assert (mention.value, mention.qualifier) == (25, "at least")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"None of us was injured," the driver said.', [("wounded", 0)]),
        ('"None of us were hurt in the crash."', [("wounded", 0)]),
        ("None of the workers was hurt.", [("wounded", 0)]),
        ('"None of us slept," she said.', []),
    ],
)
def test_a_witness_zero_in_the_first_person(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected
