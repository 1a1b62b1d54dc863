"""Figures in phrasings of landslide, hijacking and bombing copy: leaving home, teams, armed
men, wards, victims, crowds, superseded values and the state of people held.

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must not become figures (or not of that kind).
"""

from __future__ import annotations

import pytest
from conftest import sentence_kinds

from wiredesk.index.extract import extract

_kinds = sentence_kinds


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Leaving home or the stricken area is being evacuated, on orders or not.
        ("About 2,300 people had left their homes by nightfall.", [("evacuated", 2300)]),
        ("Nearly 900 residents have left the island since the eruption.", [("evacuated", 900)]),
        ("Sixty farmers abandoned their houses as the river rose.", [("evacuated", 60)]),
        ("Roughly 450 residents of the estate were moved out by soldiers.", [("evacuated", 450)]),
        (
            "Some 700 people from Kaluvo and three nearby hamlets were moved out by police.",
            [("evacuated", 700)],
        ),
        # Not a departure from home: no evacuation.
        ("The 12 delegates left the meeting early.", []),
        ("Engineers moved out 40 tonnes of mud.", []),
    ],
)
def test_left_home_is_evacuated(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She flew in with a team of 35 divers on Tuesday.", [("other", 35)]),
        ("A squad of 16 engineers has been working through the night.", [("other", 16)]),
        ("The cutter, carrying a boarding team of roughly 50 marines, waited.", [("other", 50)]),
        # A verb that says what befell the team wins; a team of dogs counts no people.
        ("Gunmen killed a team of 12 aid workers near the border.", [("killed", 12)]),
        ("The handler arrived with a team of 4 dogs.", []),
    ],
)
def test_team_of_people_is_other(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "held", "expected"),
    [
        ("Some 20 armed men raided the depot before dawn.", False, [("attackers", 20)]),
        (
            "Five men armed with machetes forced their way into the clinic.",
            False,
            [("attackers", 5)],
        ),
        (
            "Officials said about 12 armed youths were on board the lorry.",
            False,
            [("attackers", 12)],
        ),
        ("Around 30 pirates were still on board the tanker.", True, [("attackers", 30)]),
        ("Prosecutors say the bomber was helped by two accomplices.", False, [("attackers", 2)]),
        # Armed police are responders; arrested or killed armed men are what befell them.
        ("About 50 armed police were deployed to the port.", False, [("other", 50)]),
        ("Police arrested 12 armed men at a checkpoint.", False, [("arrested", 12)]),
        ("Police, backed by 40 soldiers, surrounded the farmhouse.", False, [("other", 40)]),
        ("Six men were on board the lorry.", False, [("other", 6)]),
    ],
)
def test_armed_men_are_attackers(
    sentence: str, held: bool, expected: list[tuple[str, int]]
) -> None:
    assert _kinds(sentence, held=held) == expected


@pytest.mark.parametrize(
    ("sentence", "held", "expected"),
    [
        # A release still sought: the people are held.
        (
            '"Our main concern is the safe release of the 14 engineers," he said.',
            True,
            [("hostages", 14)],
        ),
        ("Diplomats are working for the swift return of 9 fishermen.", True, [("hostages", 9)]),
        # Only in an article about people held by others; a wish is no release.
        ('"Our main concern is the safe release of the 14 engineers," he said.', False, []),
        (
            "The ministry is still working for the safe release of 12 hostages.",
            True,
            [("hostages", 12)],
        ),
        # "safe return" is not "reported safe"; prisoners demanded are not hostages.
        ("Families welcomed the safe return of the 19 sailors.", True, []),
        ("The kidnappers seek the release of 30 prisoners.", True, []),
        ("All 30 tourists were reported safe.", False, [("other", 30)]),
    ],
)
def test_release_still_sought(sentence: str, held: bool, expected: list[tuple[str, int]]) -> None:
    assert _kinds(sentence, held=held) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "No tourists are thought to be among the dead, an embassy official said.",
            [("killed", 0)],
        ),
        ("No pupils remain in hospital.", [("wounded", 0)]),
        ("No firefighters were still in intensive care by Friday.", [("wounded", 0)]),
        ("No new hospital is planned for the district.", []),
        ("No ambulances were believed to be available.", []),
    ],
)
def test_hedged_and_hospital_zeros(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Seventeen remain on the burns ward, the hospital said.", [("wounded", 17)]),
        (
            "The clinic has discharged 20 patients and 14 remained on its wards.",
            [("wounded", 20), ("wounded", 14)],
        ),
        ("Six are still on ventilators.", [("wounded", 6)]),
        # Staff on a ward are present, not hurt.
        ("Four nurses were on the ward when the fire started.", []),
    ],
)
def test_still_on_the_wards_is_wounded(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Of the 31 victims, most were traders, the ministry said.", [("killed", 31)]),
        ("The paper has published the names of 20 of the victims.", [("killed", 20)]),
        # A word of treatment or hospital says the victims were hurt.
        ("Medics treated 40 victims at the scene.", [("wounded", 40)]),
        ("Eight victims remain in hospital.", [("wounded", 8)]),
        ("Two of the victims were taken to a clinic.", [("wounded", 2)]),
    ],
)
def test_victims_without_a_verb_are_the_dead(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert _kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Part of a count named before: the part is a figure, and the total refers back to
        # that count, whose kind the caller gives it ("inherit").
        ("Three of the 16 were later charged with arson.", [("arrested", 3), ("inherit", 16)]),
        ("Two of the 40 were still in hospital on Sunday.", [("wounded", 2), ("inherit", 40)]),
        ("Seven men were formally charged with arson.", [("arrested", 7)]),
        ("Two suspects have since been charged over the blast.", [("arrested", 2)]),
        # Counts of things stay out.
        ("He read one of the 12 chapters.", []),
        ("Three of the 2,000 tickets were sold.", []),
    ],
)
def test_part_of_a_total_and_charges(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Organisers put the crowd at 12,000.", [("other", 12000)]),
        ("Police estimated the turnout at between 3,000 and 4,500.", [("other", 3000)]),
        (
            "The stadium was packed with about 30,000 fans when the stand gave way.",
            [("other", 30000)],
        ),
        ("A crowd of 800 had gathered outside the court.", [("other", 800)]),
        # An expectation is no presence; what befell a crowd is its kind.
        ("A crowd of 20,000 was expected for the final.", []),
        ("A crowd of 300 protesters were detained.", [("arrested", 300)]),
        ("The market, packed with 40 stalls, burned down.", []),
    ],
)
def test_crowds_present_are_other(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Four climbers were winched up alive on Friday.", [("freed", 4)]),
        ("Rescuers said nine miners were brought up alive after two days.", [("freed", 9)]),
    ],
)
def test_brought_up_alive_is_freed(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nine people remain missing, down from 16 reported on Friday.", [("missing", 9)]),
        ("The toll rose to 33, up from 29 earlier in the day.", [("killed", 33)]),
        (
            "The governor had initially given the toll as five; by evening officials said "
            "12 bodies had been recovered.",
            [("killed", 12)],
        ),
        # With no later count in the sentence, the earlier estimate is still a report.
        ("The mayor earlier had put the toll at 13.", [("killed", 13)]),
    ],
)
def test_superseded_values(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"We are doing all we can," one rescuer told reporters.', []),
        ('"The roads are closed," one local official said.', []),
        ("One rescuer was hurt when the wall fell.", [("wounded", 1)]),
    ],
)
def test_one_speaker_is_no_figure(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "held", "expected"),
    [
        # Unhurt people who are still held are hostages; elsewhere they are present.
        ("The remaining 11 crew members were unharmed, the owners said.", True, [("hostages", 11)]),
        ("The remaining 11 crew members were unharmed, the owners said.", False, [("other", 11)]),
        ("All eight hostages were freed unhurt.", True, [("freed", 8)]),
        # Who made up the crew: hostages where people are held, on board elsewhere.
        (
            "The tanker's crew was made up of 12 Indians and three Georgians.",
            True,
            [("hostages", 12), ("hostages", 3)],
        ),
        ("The ferry's crew consisted of 9 Indonesians.", False, [("other", 9)]),
        (
            "The toll was made up of 12 soldiers and three civilians.",
            True,
            [("killed", 12), ("killed", 3)],
        ),
    ],
)
def test_state_of_people_held(sentence: str, held: bool, expected: list[tuple[str, int]]) -> None:
    assert _kinds(sentence, held=held) == expected


def test_relatives_counted_among_the_dead() -> None:
    assert _kinds("Among the dead were a teacher and her three grandchildren.") == [("killed", 3)]
    assert _kinds("She came to the march with her two grandchildren.") == []


def test_also_on_an_outlet_with_digits_is_a_teaser() -> None:
    body = (
        "Floods cut off two towns in the north, officials said on Monday.\n\n"
        "At least 40 people were evacuated from low-lying streets, police said.\n\n"
        "ALSO ON CHANNEL 9: Bus plunges off mountain road - 14 injured\n\n"
        "Water levels were expected to fall by Wednesday."
    )
    figures = extract(body).figures
    own = [(f.kind, f.value) for f in figures if not f.about_other]
    other = [(f.kind, f.value) for f in figures if f.about_other]
    assert own == [("evacuated", 40)]
    assert other == [("wounded", 14)]
