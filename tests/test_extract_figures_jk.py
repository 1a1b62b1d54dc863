"""Figures in ferry-fire, convoy-ambush, hospital-fire, seminary-kidnapping, dam-burst and
festival-shooting copy: survivors outside captivity, patients let go from hospital, totals
split by ``Of the …``, people present when it happened, capacities, penalties at work,
places listed beside a count, and counts that updates replaced.

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must not become figures (or not of that kind).
"""

from __future__ import annotations

import pytest
from conftest import article_kinds, sentence_kinds

from wiredesk.index.extract.context import assess
from wiredesk.index.extract.figures import is_earlier_estimate


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Alive after a crash, a fire or a flood: nobody freed them.
        ("Only 40 of the villagers survived.", [("other", 40)]),
        ("Of the 90 people on the bus, 31 survived.", [("other", 90), ("other", 31)]),
        ("Seventeen passengers survived the crash.", [("other", 17)]),
        ("The airline had put its number of survivors at 12.", [("other", 12)]),
        # Rescued is still rescued.
        ("Divers rescued 14 passengers from the hull.", [("freed", 14)]),
    ],
)
def test_survivors_outside_captivity_are_other(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


def test_survivors_of_captivity_are_freed() -> None:
    assert sentence_kinds("Of the 20 hostages, nine survived.", held=True) == [
        ("hostages", 20),
        ("freed", 9),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The verb after the comma is the part's; the total keeps its own head.
        ("Of the 40 hostages, 12 were released on Monday.", [("hostages", 40), ("freed", 12)]),
        ("Of the 25 captives, three were killed.", [("hostages", 25), ("killed", 3)]),
        ("Of the 30 miners, 6 died.", [("killed", 6)]),
    ],
)
def test_a_total_split_after_a_comma_keeps_its_own_kind(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Patients let go from hospital were hurt, not freed.
        (
            "Of the 58 people taken to hospital, 40 had been released by Sunday.",
            [("wounded", 58), ("wounded", 40)],
        ),
        ("Of the 22 injured, 15 have since been discharged.", [("wounded", 22), ("wounded", 15)]),
        # A release with no patients counted before is a release.
        ("Gunmen released 15 passengers on Sunday.", [("freed", 15)]),
    ],
)
def test_patients_let_go_are_wounded(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A total a reduced relative describes takes its participle's kind.
        (
            "Some 70 of the 410 residents evacuated on Friday were taken to a school.",
            [("evacuated", 70), ("evacuated", 410)],
        ),
        (
            "Nine of the 30 workers rescued were in a serious condition.",
            [("wounded", 9), ("freed", 30)],
        ),
        # Without a participle the total of people is no figure.
        ("Nine of the 30 workers were in a serious condition.", [("wounded", 9)]),
    ],
)
def test_a_total_takes_the_kind_of_its_participle(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Who was there when it happened.
        ("There were 35 guests in the ballroom when the roof fell.", [("other", 35)]),
        ("There were about 80 workers on the site at the time.", [("other", 80)]),
        ("Organisers said 6,000 fans were in the grounds at that time.", [("other", 6000)]),
        ("Witnesses said about 90 passengers had boarded.", [("other", 90)]),
        ("Around 500 people gathered Sunday evening for a prayer service.", [("other", 500)]),
        ("About 40 firefighters were at the site.", [("other", 40)]),
        (
            "The crews, with some 25 paramedics working beside them, cleared the road.",
            [("other", 25)],
        ),
        # Attackers who boarded stay attackers; the dead stay dead.
        ("Five pirates boarded the tanker.", [("attackers", 5)]),
        ("There were 12 bodies in the hall when police arrived.", [("killed", 12)]),
    ],
)
def test_people_present_when_it_happened_are_other(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


def test_hostages_present_stay_hostages() -> None:
    sentence = "There were 20 hostages inside when troops stormed the building."
    assert sentence_kinds(sentence, held=True) == [("hostages", 20)]


@pytest.mark.parametrize(
    "sentence",
    [
        # A capacity, a penalty at work, a thing held, a video released: no count of people.
        "The minibus was built for 14 but carried far more.",
        "The hall is licensed to hold 300.",
        "The ministry suspended four officials over the fire.",
        "Six managers were suspended pending an inquiry.",
        "The council sacked two engineers.",
        "Three men were holding onto an upturned boat.",
        "A video released by the group shows five men kneeling.",
    ],
)
def test_sentences_that_count_nobody_the_event_befell(sentence: str) -> None:
    assert sentence_kinds(sentence) == []


def test_a_video_release_does_not_free_anyone_but_captors_still_release() -> None:
    assert sentence_kinds(
        "A video released on Sunday showed the kidnappers released 12 pupils.", held=True
    ) == [("freed", 12)]


def test_people_held_by_police_are_still_arrested() -> None:
    assert sentence_kinds("Police were holding four men.") == [("arrested", 4)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Volunteers brought some 60 people ashore in canoes.", [("freed", 60)]),
        ("Boatmen brought 18 passengers to the riverbank.", [("freed", 18)]),
        ("Three pupils found their way back out of the forest.", [("freed", 3)]),
        # Brought somewhere that is no safety: no rescue.
        ("The crew brought 40 passengers on board.", [("other", 40)]),
    ],
)
def test_brought_ashore_or_out_alone_is_freed(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Eleven pupils are still in that forest, the principal said.", [("hostages", 11)]),
        ("The kidnapping of 19 traders shocked the town.", [("hostages", 19)]),
        ("Rebels carried out the abduction of 40 villagers.", [("hostages", 40)]),
        # The speaker after the relative clause tells of someone else.
        (
            "His neighbour, whose son was among the nine who escaped, said the boy was beaten.",
            [("freed", 9)],
        ),
    ],
)
def test_captivity(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Thirty pupils could not be accounted for.", [("missing", 30)]),
        ("The village mourned the 11.", [("killed", 11)]),
        ("Mourners carried 15 coffins through the streets.", [("killed", 15)]),
        ("Doctors treated 12 people with burns.", [("wounded", 12)]),
        ("Medics saw 30 residents with smoke inhalation.", [("wounded", 30)]),
        # All present and counted.
        ("All 30 pupils were accounted for.", [("other", 30)]),
    ],
)
def test_missing_dead_and_hurt(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # People from a named place and a count of places: the places say where from.
        (
            "Some 900 people from Valdora and three nearby farms have been evacuated.",
            [("evacuated", 900)],
        ),
        (
            "About 450 residents of Kemble and Ashby, two villages below the embankment, "
            "have been moved to higher ground.",
            [("evacuated", 450)],
        ),
        # A count of people after the place is a count of its own.
        (
            "Some 900 people from Valdora and 30 soldiers have been evacuated.",
            [("evacuated", 900), ("evacuated", 30)],
        ),
    ],
)
def test_places_listed_beside_a_count(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Flood toll rises to 40, 25 still missing", [("killed", 40), ("missing", 25)]),
        (
            'She would not give the number of injured but said it was "at least 30."',
            [("wounded", 30)],
        ),
        ("The attackers, estimated by villagers at about 60, fled.", [("attackers", 60)]),
        (
            "The raiders, two men in their thirties, both armed with pistols, fled.",
            [("attackers", 2)],
        ),
        ("Gunmen killed eight COVID-19 patients.", [("killed", 8)]),
    ],
)
def test_counts_and_their_subjects(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


def test_counts_an_update_replaced_are_earlier_estimates() -> None:
    text = (
        "The figures are higher than those released on Friday, when officials said six "
        "people had died and 12 were hurt."
    )
    assert is_earlier_estimate(text, text.index("six"))
    assert is_earlier_estimate(text, text.index("12"))
    assert not is_earlier_estimate("Officials said six people had died.", 14)
    rival = "These figures differ from the ones the mayor gave, who said 30 people had died."
    assert not is_earlier_estimate(rival, rival.index("30"))


def test_an_article_drops_the_counts_its_update_replaced() -> None:
    body = (
        "Nine people have died and 40 were wounded in the stadium attack, police said late on "
        "Monday.\n\nThe toll is higher than the figures given on Saturday, when police said "
        "five people had died."
    )
    assert article_kinds(body) == [("killed", 9), ("wounded", 40)]


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("Two years later, a blast at a depot in Norwick killed 14 people.", True),
        (
            "At least 30 people have been abducted in nearby villages since early January.",
            True,
        ),
        # Time counted in days or weeks is the story's own.
        ("Two days later, the toll rose to 12.", False),
    ],
)
def test_time_that_points_to_other_events(sentence: str, other: bool) -> None:
    assessment = assess(sentence, frozenset({"harlow"}))
    assert (assessment.other_from == 0) is other
