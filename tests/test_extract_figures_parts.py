"""Breakdowns: the parts of a counted group, causes of error that recur across many writers
of the labelled set, fixed by class rather than by one writer's phrasing.

Parts listed after other members: ``among them``, ``including`` or a colon opens the parts of
the count before it, and the counted part comes after a named person with an apposition (``among
them the pastor, a man of 70, and six children``), a group given no number (``among them
market women and five children``) or ``all`` (``among them all nine crew members``). The part
takes the kind of the count it breaks down.

A speaker or source set off by commas between a count and its part (``the toll stands at
19, the governor's office said in a statement, including seven children``, ``52 were pulled
out alive, according to the civil defence, 31 of them from the school``) does not part them.

A part named by its group with a participle after it (``killed 14 people, three of them
children swept away while crossing a bridge``) keeps the count's kind: the participle says
what befell the group, not a new kind.

A witness's ``"They came at dusk, maybe 300 of them`` counts the people who came at them: the
attackers, counted beside the clause (``N of them`` closed by punctuation), not a part of the
victims the sentence before counted. A narrator's ``they`` may be rescuers arriving and is
left alone, as are people who came out.

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must keep the figures they had or give none.
"""

from __future__ import annotations

import pytest
from conftest import article_kinds


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Pirates still hold 80 people on the tanker, among them all nine crew members.",
            [("hostages", 80), ("hostages", 9)],
        ),
        (
            "Kidnappers released 12 of the hostages, among them all four nurses and three drivers.",
            [("freed", 12), ("freed", 4), ("freed", 3)],
        ),
        (
            "Gunmen stormed the chapel in Orvale and took away 30 worshippers, among them the "
            "pastor, Reverend Anselm Vekari, and at least six children from the choir.",
            [("hostages", 30), ("hostages", 6)],
        ),
        (
            "The council says 31 members of the parish were abducted on Sunday, among them "
            "Father Ilo and 10 children.",
            [("hostages", 31), ("hostages", 10)],
        ),
        (
            "Police arrested nine people, among them the owner of the depot where the device "
            "was built, and three soldiers accused of taking bribes.",
            [("arrested", 9), ("arrested", 3)],
        ),
        (
            "The flood killed 14 people in the valley, including the village headman, his "
            "wife, and five children.",
            [("killed", 14), ("killed", 5)],
        ),
        (
            "Police say four people have been detained: the owner of the firm that built the "
            "stand and three engineers who signed off on it.",
            [("arrested", 4), ("arrested", 3)],
        ),
        (
            "Twelve people were hurt: the driver and 11 passengers.",
            [("wounded", 12), ("wounded", 11)],
        ),
        ("The storm destroyed 40 houses: the school and 12 shops.", []),
        # The sentence's subject goes on past the part: its verb is its own.
        (
            "Police arrested nine people, including the owner of the depot, and three soldiers "
            "were wounded.",
            [("arrested", 9), ("wounded", 3)],
        ),
        (
            "Gunmen killed 12 people, including the imam, and 30 others were wounded.",
            [("killed", 12), ("wounded", 30)],
        ),
        (
            "Gunmen killed 12 people, including a guard who was shot at the gate, and wounded "
            "30 others.",
            [("killed", 12), ("wounded", 30)],
        ),
        # A speaker or source set off by commas between the count and its part.
        (
            "The toll has risen from 7 to 12, the ministry says in a statement, including "
            "four police officers.",
            [("killed", 12), ("killed", 4)],
        ),
        (
            "The confirmed death toll stands at 19, the office of the regional governor said "
            "in a statement, including seven children and a nurse.",
            [("killed", 19), ("killed", 7)],
        ),
        (
            "Police arrested 19 people, the mayor said on Monday, including three teenagers.",
            [("arrested", 19), ("arrested", 3)],
        ),
        (
            "In all, 52 people have been pulled alive from the rubble since Tuesday, according "
            "to the civil defence, 31 of them from the school.",
            [("freed", 52), ("freed", 31)],
        ),
        (
            "At least 40 people were hurt in the clashes, according to the regional health "
            "office, nine of them police officers.",
            [("wounded", 40), ("wounded", 9)],
        ),
        # Things are no people, whoever speaks between.
        ("The storm destroyed 40 houses, the mayor said, including 12 schools.", []),
        # "N of them <group> <participle>": the count's kind.
        (
            "Floods in the hills killed 14 people last week, three of them children swept away "
            "while crossing a bridge.",
            [("killed", 14), ("killed", 3)],
        ),
        (
            "Police arrested 12 people, three of them women injured in the clashes.",
            [("arrested", 12), ("arrested", 3)],
        ),
        # A witness's "They came …, N of them": the attackers.
        (
            'Gunmen raided the village of Kelvor on Sunday. "They came at dusk, maybe 300 of '
            'them," said a farmer.',
            [("attackers", 300)],
        ),
        (
            '"They came in their numbers, about 40 or 50 of them, two to a motorcycle," the '
            "chief said.",
            [("attackers", 40)],
        ),
        ("Rescuers reached the mine at noon. They came from the capital, about 25 of them.", []),
        (
            'Soldiers freed the hostages. "They came out one by one, about 30 of them," a '
            "witness said.",
            [("freed", 30)],
        ),
    ],
)
def test_parts_of_a_count(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert article_kinds(sentence) == expected
