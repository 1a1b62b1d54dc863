"""Figures in prison-van, works-siege and eruption copy: causes of error that the held-out
writers of batches yq and yt left, fixed as general rules.

Captives named as members of a toll (``the 14 dead comprise three guards, nine hostages and
two policemen``) are the toll's dead, and so is the member after them; a part of a group of
inmates (``five of the inmates freed in the raid``) is no captive; people ``released after
treatment`` were hurt; people ferried ``of the <place>`` to a town named were evacuated; and
a place after a singular incident word that a plural verb follows (``who fled during the
siege have been moved to a camp in <town>``) is where the people went, not another incident;
and a lead dated ``six days after`` the incident names the weekday a later ``last Tuesday's
attack`` names.

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
            "The 14 dead comprise three guards, nine hostages and two policemen, a spokesman said.",
            [("killed", 14), ("killed", 3), ("killed", 9), ("killed", 2)],
        ),
        (
            "Fourteen people died — three guards, nine hostages and two policemen — the "
            "minister said.",
            [("killed", 14), ("killed", 3), ("killed", 9), ("killed", 2)],
        ),
        (
            "The raid cost 14 lives — three guards shot at the gate on Monday, nine hostages "
            "and two policemen — the minister said.",
            [("killed", 14), ("killed", 3), ("killed", 9), ("killed", 2)],
        ),
        (
            "Gunmen killed 14 — three guards shot at the gate, and took nine hostages.",
            [("killed", 14), ("killed", 3), ("hostages", 9)],
        ),
        (
            "Gunmen killed two guards and seized nine hostages and two drivers.",
            [("killed", 2), ("hostages", 9), ("hostages", 2)],
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
            "An official said at least five of the inmates freed in the raid had been awaiting "
            "trial for robbery.",
            [("other", 5)],
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
        "Fire tore through a ward at Selvi on Monday. Forty people were hurt. Seven have been "
        "released after treatment."
    ) == [("wounded", 40), ("wounded", 7)]
    assert article_kinds(
        "Gunmen seized a bus at Selvi on Monday. Twelve hostages were released after talks."
    ) == [("freed", 12)]


def test_ferried_from_a_described_place_to_a_town() -> None:
    assert article_kinds(
        "The volcano on Selvi erupted on Monday. Navy ships ferried 400 residents of the "
        "island's eastern shore to Orna on Sunday."
    ) == [("evacuated", 400)]


def test_a_place_after_a_plural_verb_is_where_people_went() -> None:
    lead = (
        "Gunmen stormed a brickworks in Tarvel on Monday and held workers for two days, "
        "officials said. The army ended it on Wednesday. Nine workers died.\n\n"
        "Troops searched the site.\n\n"
    )
    moved = extract(
        lead + "About 900 residents who fled during the siege have been moved to a temporary "
        "camp in Ostrow, the district administration said."
    ).figures
    assert [(f.kind, f.value, f.about_other) for f in moved][-1] == ("evacuated", 900, False)
    elsewhere = extract(
        lead + "Residents recalled that the siege in Ostrow lasted a week and left 12 dead."
    ).figures
    assert [(f.kind, f.value, f.about_other) for f in elsewhere][-1] == ("killed", 12, True)


def test_a_lead_dated_days_back_names_the_weekday_of_its_incident() -> None:
    published = datetime(2026, 3, 16, 6, 0, tzinfo=timezone(timedelta(hours=1)))  # a Monday
    later = (
        "\n\nNine of the 15 inmates freed in last Tuesday's attack near Brenmoor have been "
        "recaptured, the prison service said on Sunday.\n\nIn June, a pile-up near Brenmoor "
        "killed 13 people."
    )
    dated = "Six days after gunmen ambushed a jail bus on the Orlet road, most are back in custody."
    undated = "Gunmen ambushed a jail bus on the Orlet road, officials said."
    own = extract(dated + later, title="Orlet jail bus raid", published=published).figures
    assert [(f.kind, f.value, f.about_other) for f in own] == [
        ("arrested", 9, False),
        ("freed", 15, False),
        ("killed", 13, True),
    ]
    other = extract(undated + later, title="Orlet jail bus raid", published=published).figures
    assert [f.about_other for f in other] == [True, True, True]
    assert weekday_days_before("Two days ago, a blast hit the depot.", published) == {
        "last saturday"
    }
    assert weekday_days_before("Two days ago, a blast hit the depot.", None) == frozenset()


def test_a_definite_count_checked_at_a_clinic_names_the_group_counted_before() -> None:
    body = (
        "Troops freed 20 hostages from a depot at Selvi on Monday. The gunmen had held them "
        "for two days. Three soldiers were hurt in the assault.\n\n"
        "All 20 were examined at the district hospital in Orna, and six were kept overnight "
        "for treatment, a doctor said."
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
            "At least 17 people were killed and some 6,000 fled into Tessaland, the agency said.",
            [("killed", 17), ("other", 6000)],
        ),
        (
            "Rebels killed 12 people and some 600 fled into the hills.",
            [("killed", 12), ("other", 600)],
        ),
        ("Police said up to seven gunmen fled into the forest.", [("attackers", 7)]),
        ("Troops rescued nine passengers who had fled into the bush.", [("freed", 9)]),
    ],
)
def test_people_who_fled_across_have_a_verb_of_their_own(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Witnesses said the gang numbered not fewer than 15.", [("attackers", 15)]),
        (
            'He said the attackers numbered "not fewer than 15" and carried rifles.',
            [("attackers", 15)],
        ),
        ('He said the raiders numbered "about 40".', [("attackers", 40)]),
    ],
)
def test_a_numbering_verb_before_a_quoted_count(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


def test_not_fewer_than_is_at_least() -> None:
    [mention] = find_numbers("the gang numbered not fewer than 15")
    assert (mention.value, mention.qualifier) == (15, "at least")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"None of us was hurt," the driver said.', [("wounded", 0)]),
        ('"None of us were injured."', [("wounded", 0)]),
        ("None of the workers was hurt.", [("wounded", 0)]),
        ('"None of us slept," she said.', []),
    ],
)
def test_a_witness_zero_in_the_first_person(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected
