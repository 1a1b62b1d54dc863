"""Figures in trawler-piracy, sports-hall-collapse, truck-bomb, washery-blast, ferry-abduction
and depot-explosion copy: causes of error that the held-out writers of batches yc and yd
left, and that recur in copy nobody has read, fixed as general rules.

A zero may name its group with a count, a possessive or several words (``none of the five
deck hands``) and say ``was among the dead``, ``remain in captivity`` or ``are now listed as
missing``; a toll named as the previous one is superseded; a speaker's town after an
incident word's clause is where the speaker was; a sentence opening ``Six of the dead`` after
a background tail goes on about that tail's event.

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must keep the figures they had or give none.
"""

from __future__ import annotations

import pytest
from conftest import sentence_kinds

from wiredesk.index.extract import extract


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("None of the seven Filipino deck hands was hurt in the raid.", [("wounded", 0)]),
        ("None of the mayor's two drivers was among the dead.", [("killed", 0)]),
        ("Officials said none of the guests in the lobby was among the injured.", [("wounded", 0)]),
        ("Police said that no travellers remain in captivity.", [("hostages", 0)]),
        ("The agency said no villagers are now listed as missing.", [("missing", 0)]),
        (
            "No aid workers at the warehouse 200 metres down the road from the depot were hurt.",
            [("wounded", 0)],
        ),
        # no people, no zero; a count of the harmed stays a count
        ("No trucks remain in captivity.", []),
        ("Three of the nine porters were among the dead.", [("killed", 3)]),
    ],
)
def test_zeros_with_longer_groups_and_hedges(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


def test_a_toll_named_as_the_previous_one_is_superseded() -> None:
    body = (
        "The toll from the market fire in Orlet rose to 19 on Sunday, the fire service said.\n\n"
        "The previous toll, issued on Friday, was 12.\n\n"
        "The earlier official count stood at 9."
    )
    kinds = [(f.kind, f.value) for f in extract(body).figures]
    assert kinds == [("killed", 19)]


def test_a_previous_toll_alone_stays() -> None:
    body = "The previous toll, issued on Friday, was 12, the fire service said in Orlet."
    assert [(f.kind, f.value) for f in extract(body).figures] == [("killed", 12)]


_BOMBING_LEAD = (
    "ORLET - A car bomb killed nine people outside the courthouse in Orlet on Monday, "
    "police said.\n\n"
)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a speaker's town after the clause of an incident word is where the speaker was
        (
            "No guards at the embassy 400 metres from the explosion were hurt, a police "
            "spokesman in Varsa said.",
            [("killed", 9, False), ("wounded", 0, False)],
        ),
        # a sentence opening on a part of the dead after a background tail goes on about it
        (
            "The town was last hit in March 2023, when a gunman opened fire in a bus station, "
            "killing 11 people. Four of the dead were students.",
            [("killed", 9, False), ("killed", 11, True), ("killed", 4, True)],
        ),
    ],
)
def test_ties_of_a_speakers_town_and_a_part_of_the_dead(
    paragraph: str, expected: list[tuple[str, int, bool]]
) -> None:
    figures = extract(_BOMBING_LEAD + paragraph).figures
    assert [(f.kind, f.value, f.about_other) for f in figures] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The widow waited at the gate with her two small children.", []),
        ("He was reunited with his wife and three daughters on Sunday.", []),
        # a family the event befell is still counted
        ("Gunmen shot dead a trader and his two sons.", [("killed", 2)]),
    ],
)
def test_a_family_beside_a_person_is_no_figure(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Four freed herders were examined at the county clinic.", [("freed", 4)]),
        ("Four herders were examined at the county clinic for burns.", [("wounded", 4)]),
        ("The 20 injured were checked at the district hospital.", [("wounded", 20)]),
        # a records office that saw something is no clinic
        ("Two are in hospital, according to records seen by the paper.", [("wounded", 2)]),
    ],
)
def test_a_check_up_is_no_wound(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


def test_a_bare_count_checked_at_a_clinic_keeps_the_kind_before() -> None:
    body = (
        "ORLET - Gunmen released 15 of the abducted traders on Friday, police said.\n\n"
        "All 15 were being checked at the Orlet district hospital, a nurse said."
    )
    assert [(f.kind, f.value) for f in extract(body).figures] == [("freed", 15), ("freed", 15)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Raiders abducted the headman with his four sons.", [("hostages", 4)]),
        (
            "His widow, whose brother is still missing, waited at the gate with her two children.",
            [],
        ),
    ],
)
def test_a_family_the_event_befell_is_counted(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence, held=True) == expected


def test_a_kicker_above_the_headline_leaves_the_headline_its_figures() -> None:
    title = "Orlet quarry toll rises to 14; two still missing"
    body = (
        f"VARSA\n{title}\nRescuers pulled three more bodies from the Orlet quarry on Tuesday, "
        "the district office said.\n"
    )
    figures = extract(body, title=title).figures
    assert [(f.kind, f.value, f.in_title) for f in figures] == [
        ("killed", 14, False),
        ("missing", 2, False),
        ("killed", 3, False),
    ]
    # with no headline in the body, the title is read apart
    lead = "Rescuers pulled three more bodies from the Orlet quarry on Tuesday, officials said.\n"
    assert [(f.kind, f.value) for f in extract(lead, title=title).figures] == [
        ("killed", 14),
        ("missing", 2),
        ("killed", 3),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count is never written with a zero first: a time, a code
        ("Twelve gunmen attacked the post at 0415 local time.", [("attackers", 12)]),
        # attackers on a vehicle stay attackers; passengers stay present
        ("Three pickups carrying about 30 bandits entered the market.", [("attackers", 30)]),
        ("A minibus carrying 14 traders was stopped at the bridge.", [("other", 14)]),
        # a toll whose value comes before it
        ("The find raised to 11 the death toll from the landslide.", [("killed", 11)]),
        (
            "Her death takes to five the number of people who have died since the fire.",
            [("killed", 5)],
        ),
        # a part closed by a comma before the subject's next verb keeps the count's kind
        (
            "The storm killed 23 people, including nine fishermen, and sent hundreds of "
            "families to shelters.",
            [("killed", 23), ("killed", 9)],
        ),
        (
            "Troops rescued 40 villagers, including six children, and arrested three men.",
            [("freed", 40), ("freed", 6), ("arrested", 3)],
        ),
    ],
)
def test_codes_loads_inverted_tolls_and_closed_parts(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "missing" before a noun of people describes that noun, not the count before
        (
            "Some 40 of its staff were serving meals and helping parents trace missing children.",
            [],
        ),
        ("Police listed 12 missing persons.", [("missing", 12)]),
        # a reduced relative names the captivity; the clause's own verb ends it
        (
            "The last six traders still held by the bandits who raided the market were freed "
            "on Sunday.",
            [("freed", 6)],
        ),
        ("Raiders held 10 traders until four were freed.", [("hostages", 10), ("freed", 4)]),
    ],
)
def test_attributive_missing_and_captivity_ended(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence, held=True) == expected


def test_people_who_followed_share_the_kind_before() -> None:
    body = (
        "ORLET - Nine of the abducted herders were released on Friday; 11 men followed on "
        "Sunday, police said.\n\nMore than 2,000 mourners followed the coffins."
    )
    assert [(f.kind, f.value) for f in extract(body).figures] == [("freed", 9), ("freed", 11)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a fronted total of people taken, where people are held
        ("Of the 12 taken, five are women.", [("hostages", 12), ("hostages", 5)]),
        # taken to a hospital is care, not capture
        ("Of the 30 taken to hospital, 12 were admitted.", [("wounded", 30), ("wounded", 12)]),
    ],
)
def test_a_fronted_total_of_people_taken(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence, held=True) == expected
