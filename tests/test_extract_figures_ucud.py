"""Figures in election-day, siege and accident copy: causes of error that the held-out
writers of batches uc and ud left, and that recur in copy nobody has read, fixed as general
rules.

Ties first: a day the copy names days before the day its lead dates the story's incident
by counting back (``Four days after …``) is another, earlier event; a sentence opening
``Separately,`` or ``Elsewhere,`` on a weapon, armed men or a disaster placed where the lead
never goes is about another event; a sentence that names that other event's place again,
later in its paragraph, is still about it, and so is what a hearing ``later found`` after a
clause that dated it. A day named without a year that is still weeks ahead is no earlier
event, and the hospital town people were taken to does not place the attack.

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must keep the figures they had.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from conftest import sentence_kinds

from wiredesk.index.extract import extract


def _tied(
    body: str, title: str = "", published: datetime | None = None
) -> list[tuple[str, int, bool]]:
    return [
        (f.kind, f.value, f.about_other)
        for f in extract(body, title=title, published=published).figures
    ]


_PUBLISHED = datetime(2031, 5, 20, 18, 0, tzinfo=UTC)


def test_a_day_before_the_lead_s_own_day_is_another_event() -> None:
    body = (
        "Five days after raiders burned the grain store in Velmora, the district has put "
        "the toll at nine dead. Traders have not reopened. Aid has begun to arrive.\n\n"
        "On May 2, raiders crossed the lake to Pesko island, killing six herders. "
        "The six were buried the next morning."
    )
    tied = _tied(body, "Velmora counts its dead", _PUBLISHED)
    assert ("killed", 9, False) in tied
    assert ("killed", 6, True) in tied
    assert ("killed", 6, False) not in tied


def test_a_day_of_the_lead_s_own_story_stays_its_own() -> None:
    body = (
        "Five days after raiders burned the grain store in Velmora, the district has put "
        "the toll at nine dead. Traders have not reopened. Aid has begun to arrive.\n\n"
        "On May 14, police arrested four men near the store."
    )
    tied = _tied(body, "Velmora counts its dead", _PUBLISHED)
    assert ("arrested", 4, False) in tied


def test_separately_with_a_weapon_elsewhere_is_another_event() -> None:
    body = (
        "Gunmen stormed a bank in Dorvast on Monday, killing three guards. "
        "The bank stayed shut on Tuesday. Its owners offered a reward.\n\n"
        "Separately, a landmine hit a patrol near Kessary on Tuesday, killing two "
        "soldiers and wounding four, the army said."
    )
    tied = _tied(body, "Gunmen kill three at Dorvast bank")
    assert ("killed", 3, False) in tied
    assert ("killed", 2, True) in tied
    assert ("wounded", 4, True) in tied


def test_separately_with_a_speaker_stays_the_story_s_own() -> None:
    body = (
        "Gunmen stormed a bank in Dorvast on Monday, killing three guards. "
        "The bank stayed shut on Tuesday. Its owners offered a reward.\n\n"
        "Separately, police in Halbury said they had arrested two men over the raid."
    )
    tied = _tied(body, "Gunmen kill three at Dorvast bank")
    assert ("arrested", 2, False) in tied


def test_the_other_event_s_place_named_again_stays_in_the_background() -> None:
    body = (
        "A gas blast tore through a bakery in Lindqvist on Friday, killing four workers. "
        "Firefighters worked through the night. The owner said the ovens were new.\n\n"
        "The blast came a week after a separate explosion in Ormside, where two welders died. "
        "Inspectors there blamed a leaking valve. No arrests have been made in Ormside."
    )
    tied = _tied(body, "Bakery blast kills four in Lindqvist")
    assert ("killed", 4, False) in tied
    assert ("arrested", 0, True) in tied
    assert ("arrested", 0, False) not in tied


def test_a_sentence_naming_the_own_place_comes_back() -> None:
    body = (
        "A gas blast tore through a bakery in Lindqvist on Friday, killing four workers. "
        "Firefighters worked through the night. The owner said the ovens were new.\n\n"
        "The blast came a week after a separate explosion in Ormside, where two welders died. "
        "No arrests have been made in Ormside or in Lindqvist."
    )
    tied = _tied(body, "Bakery blast kills four in Lindqvist")
    assert ("arrested", 0, False) in tied


_LANDING = (
    "Gunmen attacked a ferry landing in Tolvan on Sunday, killing five people. "
    "The landing stayed closed on Monday. Traders counted their losses.\n\n"
)
_NOV_24 = datetime(2031, 11, 24, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (
            "The ferry will run again on 9 December, and 60 soldiers have been posted to the "
            "landing to guard it, the governor said.",
            ("other", 60, False),
        ),
        ("On 9 March, gunmen killed 12 shoppers at a market in Brisel.", ("killed", 12, True)),
    ],
)
def test_a_day_still_to_come_is_no_earlier_event_and_a_past_one_is(
    tail: str, expected: tuple[str, int, bool]
) -> None:
    assert expected in _tied(_LANDING + tail, "Gunmen kill five at Tolvan landing", _NOV_24)


_DEPOT = (
    "Armed men seized a bus depot in Corvale on Friday and held 14 drivers. "
    "Police sealed the road. The company suspended its routes.\n\n"
)


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (
            "Three people were wounded in the raid and taken to a hospital in Sarnov, "
            "the Red Cross said.",
            ("wounded", 3, False),
        ),
        ("Three people were wounded in an attack in Sarnov in 2029.", ("wounded", 3, True)),
    ],
)
def test_the_hospital_people_were_taken_to_does_not_place_the_attack(
    tail: str, expected: tuple[str, int, bool]
) -> None:
    assert expected in _tied(_DEPOT + tail, "Gunmen hold 14 at Corvale depot")


def test_what_a_hearing_later_found_stays_with_the_event_dated_before() -> None:
    body = (
        "Fire swept through a hostel in Brannock overnight, killing three guests. "
        "Crews stayed at the scene until dawn. The hostel had passed an inspection.\n\n"
        "It is the deadliest hostel fire in the province since 2013, when six guests died in "
        "a fire at a lodge in Teague. An inquiry later heard that 11 other guests had been "
        "treated in hospital."
    )
    tied = _tied(body, "Three die in Brannock hostel fire")
    assert ("wounded", 11, True) in tied
    assert ("wounded", 11, False) not in tied


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The toll has risen to eight, not counting the gunmen: five hostages, two guards "
            "and one soldier.",
            [("killed", 8), ("killed", 5), ("killed", 2), ("killed", 1)],
        ),
        (
            "The death toll stands at six: four hostages and two police officers.",
            [("killed", 6), ("killed", 4), ("killed", 2)],
        ),
    ],
)
def test_a_list_a_toll_s_colon_opens_counts_the_dead(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence, held=True) == expected


def test_hostages_after_a_colon_with_no_toll_stay_hostages() -> None:
    kinds = sentence_kinds("Still inside: five hostages and two guards.", held=True)
    assert ("killed", 5) not in kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said they had also arrested two more men, bringing the number held to five.",
        "Officers detained a driver on Monday, taking the total in custody to four.",
    ],
)
def test_the_number_held_after_an_arrest_counts_arrests(sentence: str) -> None:
    kinds = sentence_kinds(sentence, held=True)
    assert kinds[-1][0] == "arrested"
    assert not any(k == "hostages" for k, _ in kinds)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The number of guests who have died after the blaze at the hostel has risen to "
            "nine, after two guests died in hospital.",
            ("killed", 9),
        ),
        ("The number of miners who have been rescued rose to 14 on Monday.", ("freed", 14)),
    ],
)
def test_a_count_whose_subject_says_what_befell_the_people(
    sentence: str, expected: tuple[str, int]
) -> None:
    assert sentence_kinds(sentence)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A vigil for the nine victims will be held at Carrow Chapel on Sunday.", [("killed", 9)]),
        # the people a funeral is for are the dead, not people held
        ("A funeral for the four miners was held on Tuesday.", [("killed", 4)]),
        ("Police said the four suspects were held in Marlow.", [("arrested", 4)]),
    ],
)
def test_people_a_gathering_is_held_for_are_not_held(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence, held=True) == expected
