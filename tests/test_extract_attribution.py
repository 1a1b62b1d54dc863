"""Who the article credits for a figure (invented sentences, none from the seed articles)."""

from __future__ import annotations

import pytest

from wiredesk.index.extract import extract
from wiredesk.index.extract.attribution import find_speakers


def _credits(text: str) -> list[tuple[str, int, str | None]]:
    return [(f.kind, f.value, f.attributed_to) for f in extract(text).figures]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Nine people were killed, officials say.", "officials"),
        ("Nine people were killed, the provincial governor said.", "provincial governor"),
        ("The Red Crescent said nine people were killed.", "Red Crescent"),
        ("Nine people were killed, according to the health ministry.", "health ministry"),
        ("A hospital director told Reuters that nine people were killed.", "a hospital director"),
        ("Nordic Ferries says nine passengers were rescued.", "Nordic Ferries"),
        (
            "A source close to the inquiry said nine people were arrested.",
            "a source close to the inquiry",
        ),
        ("Both AFP and Xinhua have reported that nine people were killed.", "AFP and Xinhua"),
        ("TVN, the national broadcaster, reported that nine people were killed.", "TVN"),
        (
            "As the fire spread, local officials told state radio that nine people were killed.",
            "local officials",
        ),
        (
            "A statement from Baltic Cruises, owner of the ship, said nine passengers were "
            "missing.",
            "Baltic Cruises",
        ),
        (
            "Nine climbers are missing, police spokesman Jan Novak has said, TASR is reporting.",
            "police spokesman Jan Novak",
        ),
    ],
)
def test_speaker_of_the_sentence(sentence: str, speaker: str) -> None:
    (figure,) = extract(sentence).figures
    assert figure.attributed_to == speaker


def test_none_when_the_article_credits_nobody() -> None:
    assert _credits("Nine people were killed in the blast.") == [("killed", 9, None)]


def test_nearest_speaker_in_the_clause_wins() -> None:
    text = (
        "Eight guards were killed, according to a defence official, and 20 civilians were "
        "wounded, a hospital source told AFP."
    )
    assert _credits(text) == [
        ("killed", 8, "a defence official"),
        ("wounded", 20, "a hospital source"),
    ]


def test_semicolon_clauses_keep_their_own_speaker() -> None:
    text = "Orient Air says 6 of its crew were freed; Sky Lanka says 3 of its crew were freed."
    assert _credits(text) == [("freed", 6, "Orient Air"), ("freed", 3, "Sky Lanka")]


def test_pronoun_takes_the_previous_speaker() -> None:
    text = (
        "Regional police chief Amina Diallo spoke at the scene. "
        '"We have found 12 bodies so far," she said.'
    )
    assert _credits(text) == [("killed", 12, "Amina Diallo")]


def test_pronoun_after_a_named_speaker() -> None:
    text = (
        "Seven miners died, mine manager Piotr Zielinski told reporters. "
        "Four others were taken to hospital, he said."
    )
    assert _credits(text) == [
        ("killed", 7, "mine manager Piotr Zielinski"),
        ("wounded", 4, "mine manager Piotr Zielinski"),
    ]


def test_quote_line_takes_the_speaker_of_the_quote_before() -> None:
    text = (
        "The evacuation was orderly, according to Colonel Rafael Ortiz, who led it.\n\n"
        '"Nobody panicked", he said.\n\n'
        '"For now, there are 14 people missing".'
    )
    assert _credits(text) == [("missing", 14, "Colonel Rafael Ortiz")]


def test_passive_told_is_not_a_speaker() -> None:
    assert find_speakers("Residents were told to stay indoors.") == []


def test_relative_clause_before_said_is_not_the_speaker() -> None:
    text = "Some 14 people were taken to a field clinic, a charity that runs it said."
    assert _credits(text) == [("wounded", 14, "a charity")]


def test_reported_speech_after_a_say_verb_keeps_its_own_speaker() -> None:
    text = "The ministry said that officials reported 30 dead."
    assert [s.name for s in find_speakers(text)] == ["ministry", "officials"]


def test_according_to_a_pronoun_takes_the_speaker_named_before() -> None:
    text = (
        "Fire chief Lena Holm briefed reporters at the depot. "
        "According to her, 11 workers were hurt."
    )
    assert _credits(text) == [("wounded", 11, "Lena Holm")]


def test_speaker_carries_over_to_he_added_and_a_continued_quote() -> None:
    text = (
        "Nine people died when the roof fell in, the district governor said. "
        "He added that 14 were missing.\n\n"
        '"We pulled six people out alive," said Omar Haddad, a rescue worker. '
        '"Another three are in hospital."'
    )
    assert _credits(text) == [
        ("killed", 9, "district governor"),
        ("missing", 14, "district governor"),
        ("freed", 6, "Omar Haddad"),
        ("wounded", 3, "Omar Haddad"),
    ]


def test_pronoun_after_a_quote_takes_the_person_named_before_it() -> None:
    text = (
        "Gunmen attacked a bus on the coast road, killing two people, police said.\n\n"
        'Tomas Berg drives the night bus. "They stopped us at a ditch. Then they took four '
        'men away," he said.'
    )
    assert _credits(text) == [("killed", 2, "police"), ("hostages", 4, "Tomas Berg")]
