"""Captives and freed people said in other words: a class round on the labelled set.

In an article that names people held by others in so many words (a siege, hostages, a
kidnapping, captors), a count of people said to be ``inside`` (``were inside when the shutters
came down``, ``That leaves about 22 people inside``, ``there are between 18 and 24 people
inside``) counts the people held. Where only gunmen are named (a shooting, a raid) or the
place fell in, the people inside are present, ``other`` or no figure; so are people inside
``when the attack began``, some of whom fled. A partitive whose total has no noun but a
participle of capture after ``the`` (``three of the 40 abducted have escaped``) counts the
total as hostages and the part by its own verb, as the headline's ``three of 40 abducted``
already did. In a siege or a kidnapping, a count with no noun that is only examined or
checked (``All 26 were examined by medics``) is freed: people out of their captors' hands,
as the conventions' ``Examined after captivity`` says; not when the clause names a harm,
nor after a shooting where nobody was held. People present (``There were about 40 of us in that
classroom``) are held only where the article names people held in so many words; an
article whose only such word is a gunman (a shooting) holds nobody, so they are ``other``.
A rescue still to come (``we will bring all 14 out alive``, ``to bring all 14 out alive``)
counts the people still held, as ``bring all nine home`` did; one told as done (``bringing
the last 14 hostages out alive``) does not.
People named as held by the word before their noun (``six captive drivers``, ``the six
kidnapped drivers included``) are hostages where no verb gives them another kind.
A headline's second clause after a toll (``toll rises to 12, families plead for 15
abducted miners``, ``… as pirates hold six crew``) counts captives, not more dead, unless
the clause lists them in the toll (``including``) or says they died.

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must not become figures of that kind.
"""

from __future__ import annotations

import pytest
from conftest import article_kinds, sentence_kinds

_SIEGE_LEAD = (
    "Gunmen stormed a pharmacy in the town of Torvanne on Tuesday and took staff and "
    "customers hostage, police said.\n\n"
)


_SHOOTING_LEAD = "A gunman opened fire in a library in Torvanne on Tuesday, police said.\n\n"
_COLLAPSE_LEAD = "The roof of a market hall in Torvanne fell in on Tuesday, police said.\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected", "elsewhere"),
    [
        (
            "Police said 14 people were inside when the shutters came down.",
            ("hostages", 14),
            _SHOOTING_LEAD + "Police said 14 people were inside when the shutters came down.",
        ),
        (
            "Eight were freed at dusk. That leaves about 22 people inside.",
            ("hostages", 22),
            _COLLAPSE_LEAD + "Police said 22 people were inside when the roof fell.",
        ),
        (
            '"We think there are between 18 and 24 people inside," an officer said.',
            ("hostages", 18),
            _SIEGE_LEAD + "Some 18 shoppers were inside when the attack started; most fled.",
        ),
        (
            "Thirty-three people were inside the shop with guns at their heads.",
            ("hostages", 33),
            _SHOOTING_LEAD + "Thirty-three people were inside when the shooting started.",
        ),
    ],
)
def test_people_inside_are_held_only_in_a_siege(
    sentence: str, expected: tuple[str, int], elsewhere: str
) -> None:
    assert expected in article_kinds(_SIEGE_LEAD + sentence)
    assert expected not in article_kinds(elsewhere)


def test_a_partitive_total_named_by_its_capture_counts_hostages() -> None:
    escaped = sentence_kinds("Only three of the 40 abducted have escaped.", held=True)
    assert escaped == [("freed", 3), ("hostages", 40)]
    home = sentence_kinds("Seven of the 19 kidnapped in the raid are now free.", held=True)
    assert home == [("freed", 7), ("hostages", 19)]


_RAID_ENDED = (
    "Gunmen held shoppers hostage in a supermarket in Torvanne for ten hours until "
    "commandos stormed the store at first light.\n\n"
)


def test_captives_only_examined_are_freed() -> None:
    assert ("freed", 26) in article_kinds(
        _RAID_ENDED + "All 26 were examined by medics in a tent outside the store."
    )
    assert ("freed", 4) in article_kinds(
        _RAID_ENDED + "Four were checked at the district clinic and went home on foot."
    )
    hurt = article_kinds(_RAID_ENDED + "All 26 were examined for burns and cuts at the clinic.")
    assert ("freed", 26) not in hurt
    shot = article_kinds(
        "A gunman opened fire in a supermarket in Torvanne, wounding 26 shoppers.\n\n"
        "All 26 were examined by medics in a tent outside the store."
    )
    assert ("freed", 26) not in shot


def test_the_speakers_group_in_a_room_is_held_only_in_a_siege() -> None:
    room = '"There were about 40 of us in that classroom," a student said.'
    shooting = article_kinds(
        "A gunman opened fire in a college in Torvanne on Tuesday, police said.\n\n" + room
    )
    assert ("hostages", 40) not in shooting
    assert ("hostages", 40) in article_kinds(_SIEGE_LEAD + room)


def test_bringing_captives_out_alive_is_awaited_or_done() -> None:
    awaited = "Gunmen seized a ferry at Torvanne on Monday.\n\nWe will bring all 14 out alive."
    assert ("hostages", 14) in article_kinds(awaited)
    sought = "Gunmen seized a ferry at Torvanne on Monday.\n\nOur aim is to bring all 14 out alive."
    assert ("hostages", 14) in article_kinds(sought)
    done = (
        "Gunmen seized a ferry at Torvanne on Monday.\n\nCommandos boarded it at dawn, "
        "bringing the last 14 hostages out alive."
    )
    assert ("hostages", 14) not in article_kinds(done)


def test_people_named_captive_before_their_noun_are_hostages() -> None:
    lead = "Gunmen attacked a quarry near Torvanne on Monday.\n\n"
    waiting = article_kinds(lead + "Relatives waited for news of six captive drivers.")
    assert ("hostages", 6) in waiting
    included = article_kinds(lead + "The six kidnapped drivers included two brothers.")
    assert ("hostages", 6) in included
    assert article_kinds(lead + "Six abducted drivers were released on Friday.") == [("freed", 6)]


_TOLL_THEN_CAPTIVES = {
    "Quarry raid: toll rises to 12, families plead for 15 abducted miners": 15,
    "Depot raid: toll rises to seven as towns wait for news of four captive guards": 4,
    "Polling station attack: toll rises to 16 as a militia holds three officials": 3,
}


def test_captives_in_a_clause_after_a_toll_are_hostages() -> None:
    for headline, value in _TOLL_THEN_CAPTIVES.items():
        kinds = sentence_kinds(headline, held=True)
        assert ("hostages", value) in kinds, headline
        assert ("killed", value) not in kinds, headline


def test_captives_listed_in_a_toll_stay_dead() -> None:
    kinds = sentence_kinds("Gunmen killed 12 people, including three kidnapped miners.", held=True)
    assert ("killed", 3) in kinds
    kinds = sentence_kinds("The toll rose to 12, and three kidnapped miners were found dead.")
    assert ("killed", 3) in kinds
    assert ("hostages", 15) in sentence_kinds(
        "Quarry raid: toll rises to 12, families plead for 15 abducted miners", held=True
    )
