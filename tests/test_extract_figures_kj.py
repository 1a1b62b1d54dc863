"""Figures in resort-siege, forest-abduction and flooded-cave copy: causes of error that the
held-out writers of batches yk and yj left, and that recur in copy nobody has read, fixed as
general rules.

A count that leaves out the verb it shares with the count before (``two were treated for
burns and one for a broken leg``); the parts named after ``among the released hostages
are``; captivity dated ``since`` an abbreviated month before the release; ``led`` out of a
place or to safety by anyone but attackers; a sum after its ISO currency code; and a time
word that dates the value a count replaced (``up from five last week``) is no background.

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must keep the figures they had or give none.
"""

from __future__ import annotations

import pytest
from conftest import sentence_kinds

from wiredesk.index.extract.context import assess
from wiredesk.index.extract.numbers import find_numbers


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The clinic said two were being treated for scalds and one for a broken leg.",
            [("wounded", 2), ("wounded", 1)],
        ),
        (
            "Three of them were treated for shock and one for a fractured arm, a doctor said.",
            [("wounded", 3), ("wounded", 1)],
        ),
        (
            "Five were treated for smoke inhalation and two for burns.",
            [("wounded", 5), ("wounded", 2)],
        ),
        ("She cared for the wounded and one for the dying.", []),
    ],
)
def test_a_count_that_shares_the_verb_of_treatment(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Among the released hostages are four Dutch nationals and one Belgian teacher.",
            [("freed", 4), ("freed", 1)],
        ),
        ("Among the rescued captives were two nurses, the embassy said.", [("freed", 2)]),
        ("Among the hostages are four Dutch nationals.", [("hostages", 4)]),
    ],
)
def test_parts_named_among_a_group_freed(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Nine farm labourers held by bandits in the hills since Sept. 3 were released on "
            "Friday.",
            [("freed", 9)],
        ),
        ("Six pilgrims held by militants since Tuesday were freed overnight.", [("freed", 6)]),
        (
            "Six pilgrims held by militants since Tuesday are still in the forest.",
            [("hostages", 6)],
        ),
    ],
)
def test_captivity_dated_since_then_a_release(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police have led 23 shoppers out of the basement.", [("freed", 23)]),
        (
            "Firefighters led 40 guests who had hidden in rooms on the top floors of the "
            "hotel to safety, the chief said.",
            [("freed", 40)],
        ),
        ("The gunmen led 12 hostages out of the bank.", [("hostages", 12)]),
    ],
)
def test_led_out_of_the_danger(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry will pay EGP 400,000 to the relatives of every person who died.",
        "The state will pay NGN 1,000,000 to the relatives of each of the victims.",
        "Each injured worker will get KES 20,000 from the fund.",
    ],
)
def test_a_sum_after_its_currency_code_is_no_count(sentence: str) -> None:
    assert sentence_kinds(sentence) == []


def test_a_currency_code_needs_its_capitals_and_a_word_of_its_own() -> None:
    assert [n.value for n in find_numbers("Police arrested 12 people in the raid.")] == [12]
    assert [n.value for n in find_numbers("RUSD 40 were hurt.")] == [40]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said 14 people had now been detained, up from six last week.",
        "The toll fell to nine, down from 12 last month after a recount.",
    ],
)
def test_the_time_of_a_replaced_value_is_no_background(sentence: str) -> None:
    assert assess(sentence, frozenset()).other_from is None


def test_a_time_that_dates_an_event_is_still_background() -> None:
    assert assess("Last week, gunmen killed six in a nearby town.", frozenset()).other_from == 0


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Raiders stormed the farm, killing a watchman and carrying off 12 labourers.",
            [("hostages", 12)],
        ),
        (
            "Bandits killed two guards and carried off 30 villagers.",
            [("killed", 2), ("hostages", 30)],
        ),
        ("Police carried off 12 protesters.", [("arrested", 12)]),
        ("A truck carrying 20 gunmen arrived.", [("attackers", 20)]),
    ],
)
def test_people_carried_off_are_taken(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two gunmen were shot dead and one was captured alive.", [("killed", 2), ("arrested", 1)]),
        ("Commandos killed three attackers; one was captured.", [("killed", 3), ("arrested", 1)]),
        ("Police said one was arrested.", []),
    ],
)
def test_a_bare_one_caught_after_a_count(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("There were 45 people in the chapel.", [("other", 45)]),
        ("There were 64 miners on the morning shift, the manager said.", [("other", 64)]),
        (
            '"There were 50 miners on the morning shift," the safety officer, Ana Roe, told '
            "reporters.",
            [("other", 50)],
        ),
        ("There were 12 dead in the chapel.", [("killed", 12)]),
        ("There were 40 people trapped in the basement.", [("missing", 40)]),
    ],
)
def test_people_there_in_a_place_are_present(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They took nine of us.", [("hostages", 9)]),
        ('"They took nine of us," said a farmer.', [("hostages", 9)]),
        ("Police took nine of us.", []),
        ("They took nine of us to the clinic.", [("wounded", 9)]),
    ],
)
def test_a_witness_counts_those_taken_with_them(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Twelve of the hostages are now free.", [("freed", 12)]),
        ("Both Danish nurses are now free, the embassy said.", [("freed", 2)]),
        ("Both Kenyan guards were killed.", [("killed", 2)]),
        ("Treatment for the 12 injured was free of charge.", [("wounded", 12)]),
    ],
)
def test_people_now_free(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The hoodlums, numbering about 30 and armed with rifles, fled.", [("attackers", 30)]),
        ("Three of the criminals were killed in the shootout.", [("killed", 3)]),
        ("Two criminals were arrested.", [("arrested", 2)]),
    ],
)
def test_hoodlums_and_criminals_are_attackers(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The clinic said it had received 19 casualties overnight.", [("wounded", 19)]),
        ("Rangers detained nine trappers yesterday.", [("arrested", 9)]),
        ("Troops seized 12 rifles yesterday.", []),
    ],
)
def test_a_time_after_a_people_verbs_object(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected
