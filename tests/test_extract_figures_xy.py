"""Figures in ferry, wildfire, piracy, siege, ambush and flood copy: classes of error that the
held-out writers of batches x and y shared with the writers of the unseen set, fixed as
general rules.

A background event named by ``that`` after a verb or another preposition (``before troops
ended that siege``, ``Nobody was charged over that attack``, ``on that occasion``), or as ``a
separate`` (or ``an earlier``) event that needs no attacker (``a separate fire``); a sentence
that opens on the people a background sentence counted (``All 14 were freed …``, ``Six of
them are still missing``) stays in the background; and a count the story has moved past
(``the toll had stood at``, ``the first reports spoke of``) is superseded when the article
gives another count of that kind. Survivors the clause puts in care (``are being treated``,
``had been admitted``, ``remain in hospital``) are the wounded, and people ``in the hands
of`` anyone but the authorities or their rescuers (``those criminals``, ``men who …``) are
held; captives ``let out`` (not ``let out a cry``) or freed in a headline's clipped grammar
(``free last seven hostages``) are freed. Zeros for a group come in more shapes: a place of
several capitalised words (``No patients of the Santa Marta clinic on Avenida O'Brien were
hurt``), a group among the people held, and attackers none of whom were captured.

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must not become figures (or not of that kind).
"""

from __future__ import annotations

import pytest
from conftest import sentence_kinds

from wiredesk.index.extract import extract


def _figures(body: str, title: str = "") -> list[tuple[str, int, bool]]:
    return [(f.kind, f.value, f.about_other) for f in extract(body, title=title).figures]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The demonstrative after a verb: the siege the sentence before told of.
        (
            "Gunmen seized the Dorvel town hall on Monday and killed two guards, police said.\n\n"
            "In 2019, rebels held the Mirava courthouse for a week. Four people died and 9 were "
            "hurt before soldiers ended that siege.",
            [("killed", 2, False), ("killed", 4, True), ("wounded", 9, True)],
        ),
        # "over that attack", after a clause that only its tail spoke of another attack.
        (
            "Bandits killed five herders near Tolsa on Sunday, officials said.\n\n"
            "It came a month after raiders killed six farmers in Kevra. Nobody was arrested for "
            "over that attack.",
            [("killed", 5, False), ("killed", 6, True), ("arrested", 0, True)],
        ),
        # "on that occasion", with no word for an attack at all.
        (
            "A gas leak at the Pelno mine killed three miners on Friday, the company said.\n\n"
            "In 2015, a flood at the same mine killed eight. Three men were brought out alive "
            "after two days on that occasion.",
            [("killed", 3, False), ("killed", 8, True), ("freed", 3, True)],
        ),
    ],
)
def test_a_background_event_named_by_that(body: str, expected: list[tuple[str, int, bool]]) -> None:
    assert _figures(body) == expected


def test_a_separate_fire_is_another_incident() -> None:
    body = (
        "The wildfire near Arvelo killed four people on Tuesday, firefighters said.\n\n"
        "In the next province, a separate fire near Castrena forced the evacuation of 900 "
        "people."
    )
    assert _figures(body) == [("killed", 4, False), ("evacuated", 900, True)]


def test_that_fire_of_the_story_itself_is_no_background() -> None:
    # "that" as a complementiser after a verb of saying is not a demonstrative.
    body = (
        "A fire at the Orlo tannery killed six workers on Monday.\n\n"
        "Officials said that fire crews rescued 14 people from the roof."
    )
    assert _figures(body) == [("killed", 6, False), ("freed", 14, False)]


@pytest.mark.parametrize(
    ("opening", "kind", "value"),
    [
        ("All 14 were freed four weeks later after a ransom was paid.", "freed", 14),
        ("Six of them are still missing, according to the state government.", "missing", 6),
    ],
)
def test_a_sentence_on_the_people_a_background_sentence_counted(
    opening: str, kind: str, value: int
) -> None:
    body = (
        "Pirates boarded the tanker Corsa Bay on Monday and kidnapped nine sailors, its owner "
        "said.\n\n"
        f"In 2021, pirates seized 14 crew from a trawler off the coast. {opening}"
    )
    figures = _figures(body)
    assert (kind, value, True) in figures
    assert ("hostages", 9, False) in figures


def test_people_counted_again_in_a_sentence_of_the_story_stay_its_own() -> None:
    # The sentence before speaks of the story itself, so its people are the story's.
    body = (
        "Pirates boarded the tanker Corsa Bay on Monday and kidnapped nine sailors, its owner "
        "said.\n\n"
        "The raiders also held 12 crew on deck for an hour. All 12 were later released."
    )
    figures = _figures(body)
    assert ("freed", 12, False) in figures
    assert not any(about_other for _, _, about_other in figures)


@pytest.mark.parametrize(
    "earlier",
    [
        "The toll had stood at 11 on Monday evening.",
        "The first reports spoke of 11 dead.",
    ],
)
def test_a_count_the_story_has_moved_past(earlier: str) -> None:
    body = (
        "The death toll from the Velna landslide rose to 17 on Tuesday, officials said.\n\n"
        f"{earlier} Rescuers are still digging."
    )
    assert _figures(body) == [("killed", 17, False)]


def test_a_count_that_stood_is_kept_when_the_article_gives_no_other() -> None:
    body = "The toll had stood at 11 on Monday evening, the mayor said."
    assert _figures(body) == [("killed", 11, False)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nine survivors are being treated in the county hospital.", [("wounded", 9)]),
        ("A doctor said 23 survivors were admitted, several with burns.", [("wounded", 23)]),
        ("Four survivors remain in hospital and are said to be stable.", [("wounded", 4)]),
        # The rescue is the news: freed, even if they were treated after.
        ("Eleven survivors were rescued and treated at the scene.", [("freed", 11)]),
        # The care words belong to the part, not to the total split up.
        ("Of the 15 survivors, five were in critical condition, police said.", [
            ("freed", 15), ("wounded", 5),
        ]),
        ("The 40 survivors were taken to a school for the night.", [("freed", 40)]),
    ],
)  # fmt: skip
def test_survivors_in_care_are_wounded(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Seven remain in the hands of these thugs, the union said.", [("hostages", 7)]),
        ("Three nurses remain in the hands of men who have made no demand.", [("hostages", 3)]),
    ],
)
def test_people_in_the_hands_of_anyone_but_the_authorities_are_held(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The two suspects are already in the hands of police.",
        "The lives of 12 miners are in the hands of the rescue teams.",
    ],
)
def test_the_authorities_or_rescuers_hands_hold_nobody_captive(sentence: str) -> None:
    assert all(kind != "hostages" for kind, _ in sentence_kinds(sentence, held=True))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Let out by the people holding them: freed (docs/architecture.md).
        ("The second group of 14 captives was let out shortly after noon.", [("freed", 14)]),
        # Letting out a sound frees nobody.
        ("Six hostages let out a cry as the lights failed.", [("hostages", 6)]),
        # A headline's clipped grammar: no article before "last" or "remaining".
        ("Troops storm bank, free last seven hostages", [("freed", 7)]),
        ("Commandos rescue remaining 15 captives after talks fail", [("freed", 15)]),
    ],
)
def test_captives_let_out_or_freed_in_a_headline(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A group's place named in several words, capitalised and with an apostrophe.
        ("No patients of the Santa Marta clinic on Avenida O'Brien were hurt.", [
            ("wounded", 0),
        ]),
        # A zero for a group among the people held.
        ("No women were among the captives, the governor said.", [("hostages", 0)]),
        # Attackers captured are arrested, so none captured is a zero of arrests.
        ("Troops said none of the raiders had been captured.", [("arrested", 0)]),
        # Not a zero: attackers who captured people.
        ("The raiders captured nine farmers near the river.", [("hostages", 9)]),
    ],
)  # fmt: skip
def test_zeros_for_a_group_in_more_shapes(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence, held=True) == expected
