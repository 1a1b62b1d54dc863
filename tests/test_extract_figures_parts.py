"""Breakdowns: the parts of a counted group, causes of error that recur across many writers
of the labelled set, fixed by class rather than by one writer's phrasing.

Parts listed after other members: ``among them``, ``including`` or a colon opens the parts
of the count before it, and the counted part comes after a named person with an apposition
(``among them the headmaster, a man of 70, and six pupils``), a group given no number
(``among them cattle herders and five boys``) or ``all`` (``among them all nine drivers``).
The part takes the kind of the count it breaks down.

A speaker or source set off by commas between a count and its part (``19 are confirmed
dead, the governor's office said on Friday, including seven children``, ``52 were pulled out
alive, according to the fire service, 31 of them from the hotel``) does not part them.

A part named by its group with a participle after it (``killed 14 people, three of them
herders swept away with their cattle``) keeps the count's kind: the participle says
what befell the group, not a new kind.

A witness's ``"They came at night on motorbikes, perhaps 300 of them`` counts the people who came at
them: the attackers, counted beside the clause (``N of them`` closed by punctuation), not a
part of the victims the sentence before counted. A narrator's ``they`` may be rescuers
arriving and is left alone, as are people who came out.

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
            "Kidnappers are still holding 40 people in the forest, among them all nine drivers.",
            [("hostages", 40), ("hostages", 9)],
        ),
        (
            "Kidnappers released 12 of the hostages, among them all four nurses and three drivers.",
            [("freed", 12), ("freed", 4), ("freed", 3)],
        ),
        (
            "Gunmen seized 30 villagers at the market in Orvale, among them the headmaster, "
            "Anselm Vekari, and at least six pupils.",
            [("hostages", 30), ("hostages", 6)],
        ),
        (
            "The union says 31 traders were abducted on the highway, among them Imam Sadiq Ebo "
            "and 10 women.",
            [("hostages", 31), ("hostages", 10)],
        ),
        (
            "Police arrested nine people, among them the manager of the warehouse where the fuel "
            "was stored, and three customs officers.",
            [("arrested", 9), ("arrested", 3)],
        ),
        (
            "Investigators say four people have been detained: the manager of the company that "
            "ran the ride and three mechanics who serviced it.",
            [("arrested", 4), ("arrested", 3)],
        ),
        (
            "Twelve people were hurt: the driver and 11 passengers.",
            [("wounded", 12), ("wounded", 11)],
        ),
        ("The storm destroyed 40 houses: the school and 12 shops.", []),
        # The sentence's subject goes on past the part: its verb is its own.
        (
            "Police arrested nine people, including the depot's owner, and three soldiers "
            "were wounded.",
            [("arrested", 9), ("wounded", 3)],
        ),
        (
            "Gunmen killed 12 people, including the imam, and 30 others were wounded.",
            [("killed", 12), ("wounded", 30)],
        ),
        (
            "Gunmen killed 12 people, including a guard who was shot at the entrance, and wounded "
            "30 others.",
            [("killed", 12), ("wounded", 30)],
        ),
        # A speaker or source set off by commas between the count and its part.
        (
            "The number of dead rose to 12, the prefecture says in a statement, including four "
            "firefighters.",
            [("killed", 12), ("killed", 4)],
        ),
        (
            "Nineteen people are confirmed dead, the office of the provincial governor said on "
            "Friday, including seven children.",
            [("killed", 19), ("killed", 7)],
        ),
        (
            "Police arrested 19 people, the mayor said on Monday, including three teenagers.",
            [("arrested", 19), ("arrested", 3)],
        ),
        (
            "Altogether 52 people have so far been pulled out alive from ruined buildings since "
            "Friday, according to the fire service, 31 of them from the hotel.",
            [("freed", 52), ("freed", 31)],
        ),
        # Things are no people, whoever speaks between.
        ("The storm destroyed 40 houses, the mayor said, including 12 schools.", []),
        # "N of them <group> <participle>": the count's kind.
        (
            "A flash flood killed 14 people, three of them herders swept away with their cattle.",
            [("killed", 14), ("killed", 3)],
        ),
        (
            "Police arrested 12 people, three of them women injured in the clashes.",
            [("arrested", 12), ("arrested", 3)],
        ),
        # A witness's "They came …, N of them": the attackers.
        (
            '"They came at night on motorbikes, perhaps 300 of them," said a farmer.',
            [("attackers", 300)],
        ),
        (
            '"They stormed the camp from the river, some 40 of them, all on foot," the chief said.',
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
