"""Figures of attackers (the armed men, their numbers and what befell them), round atk4.

Men told by how raiders come and look (``at least 30 men arrived on 12 motorbikes``, ``four
men in dark clothing``) are attackers. People who planned or carried out the attack stay
attackers after an arrest clause in the same sentence, and ``one man carried out the
attack`` counts its one agent after ``police say``. A count of attackers that changed
(``revised the number of raiders from 20 to 35``) is attackers, or the fate the words name
(``the number of bandits killed``). A gang's size past what it did (``the gang that hijacked
the lorry numbered between 9 and 12 men``, ``estimated the size of the armed group that
raided the depot at about 25``) is attackers. One attacker named and aged in an aside before
his fate (``One raider, named by police as …, 33, was shot dead``) and one of them whose
fate a ``who`` clause tells (``one of the raiders, who was shot dead``) are killed. (Ordinal
arrests, ``The second robber was arrested``, stay no figure: the issue makes ``a`` singulars
and ordinals none.)

Every sentence here is invented for these tests (new places, new people, new numbers); each
rule is checked with near misses that must not become figures, or not of that kind.
"""

from __future__ import annotations

import pytest
from conftest import sentence_kinds

# --- men told by how raiders come and look -----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("A herder near Dangari said at least 30 men arrived on 12 motorbikes at dusk.", 30),
        ("Villagers saw about 40 men riding on motorcycles towards the well.", 40),
        ('One guard told us "at least nine men" came on horseback before dawn.', 9),
        ("A cleaner said she saw four men in dark clothing run towards the vault.", 4),
    ],
)
def test_men_who_came_as_raiders_come_are_attackers(sentence: str, value: int) -> None:
    assert ("attackers", value) in sentence_kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "About 300 people arrived on motorcycles for the chief's burial in Tamboro.",
        "Twelve men arrived in a minibus to repair the Ekwe water tower.",
        "Six women in dark clothing sang at the wake in Odari on Thursday.",
    ],
)
def test_no_attackers_for_these_arrivals(sentence: str) -> None:
    assert all(kind != "attackers" for kind, _ in sentence_kinds(sentence))


# --- agents of the attack ----------------------------------------------------------------


def test_planners_after_an_arrest_clause_stay_attackers() -> None:
    kinds = sentence_kinds(
        "Five men are being held in Corvalle, and detectives think up to nine people were "
        "involved in planning the ambush."
    )
    assert ("arrested", 5) in kinds
    assert ("attackers", 9) in kinds
    assert ("arrested", 9) not in kinds


def test_an_arrested_count_described_by_the_attack_stays_arrested() -> None:
    kinds = sentence_kinds("Gendarmes in Basso detained seven men involved in planning the raid.")
    assert ("arrested", 7) in kinds
    assert ("attackers", 7) not in kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Investigators in Ruthven told us one man carried out the knife attack unaided.",
        "The prosecutor said one woman took part in the arson attack on the depot.",
    ],
)
def test_one_agent_of_the_attack(sentence: str) -> None:
    assert ("attackers", 1) in sentence_kinds(sentence)


def test_one_person_said_to_be_somewhere_is_no_attacker() -> None:
    assert ("attackers", 1) not in sentence_kinds(
        "Police in Ruthven said one man was seen near the depot before the fire."
    )


# --- a count of attackers that changed ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The army revised the number of raiders in the Oduya attack from 20 to 35.", 35),
        ("The number of gunmen involved in the Sekka raid has risen to 14.", 14),
    ],
)
def test_a_changed_count_of_attackers(sentence: str, figure: int) -> None:
    assert ("attackers", figure) in sentence_kinds(sentence)


def test_a_changed_count_of_attackers_killed_keeps_its_fate() -> None:
    kinds = sentence_kinds("The number of bandits it says were killed near Ubari rose to 23.")
    assert ("killed", 23) in kinds
    assert ("attackers", 23) not in kinds


# --- a gang's size past what it did ------------------------------------------------------


def test_a_gang_numbered_past_what_it_did() -> None:
    kinds = sentence_kinds(
        "Drivers said the gang that hijacked the lorry numbered between 9 and 12 men."
    )
    assert ("attackers", 9) in kinds


def test_a_gang_holding_captives_numbered_is_the_gang() -> None:
    kinds = sentence_kinds(
        "A freed trader said the gang guarding the captives numbered about 45.", held=True
    )
    assert ("attackers", 45) in kinds
    assert ("hostages", 45) not in kinds


def test_captives_numbered_stay_captives() -> None:
    assert ("hostages", 45) in sentence_kinds(
        "A freed trader said the captives numbered about 45.", held=True
    )


def test_the_size_of_a_group_told_by_its_attack() -> None:
    kinds = sentence_kinds(
        "Officers estimated the size of the armed group that raided the Pelna depot at about 25."
    )
    assert ("attackers", 25) in kinds


def test_the_size_of_a_group_told_by_no_attack() -> None:
    kinds = sentence_kinds(
        "Stewards estimated the size of a group which attended the Lanthorn vigil at about 250."
    )
    assert all(kind != "attackers" for kind, _ in kinds)


# --- what befell one attacker past an aside ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "One raider, named by police as Dumo Fenk, 33, was shot dead by a night watchman.",
        "One gunman, identified as Ari Voss, 27, was killed in the exchange of fire at Tellis.",
    ],
)
def test_one_attacker_named_and_aged_then_killed(sentence: str) -> None:
    kinds = sentence_kinds(sentence)
    assert ("killed", 1) in kinds
    assert ("attackers", 1) not in kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "The tally of 14 leaves out one of the raiders, who was shot dead by a guard in Omsa.",
        "Among the bodies was one of the kidnappers, who had been killed by vigilantes.",
    ],
)
def test_one_of_the_attackers_who_was_killed(sentence: str) -> None:
    assert ("killed", 1) in sentence_kinds(sentence)


def test_one_of_a_group_whose_aside_names_no_fate() -> None:
    assert sentence_kinds("One of the guards, who was unarmed, ran towards the Bexley gate.") == []
