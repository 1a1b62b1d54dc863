"""Figures: a payment, postal or office number is nobody, however the sentence goes on.

Appeals at the foot of a page give a mobile-money paybill, a bank account or a post-office
box ``for the families of the dead``; the digits name where money goes, so the kind word
after them must not turn them into a toll. The counts in the same sentence still stand.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest
from conftest import article_kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Give through the M-Pesa paybill 30817 for the families of the dead.", []),
        ("Donations go to account 5521 for the families of those killed.", []),
        ("Ring extension 218 for the families of the missing.", []),
        ("Cheques to PO Box 6603, Harwell, for the families of the 14 killed.", [("killed", 14)]),
        ("Use reference 7719 when giving for the 23 wounded.", [("wounded", 23)]),
    ],
)
def test_a_payment_or_postal_number_is_no_count(text: str, expected: list[tuple[str, int]]) -> None:
    assert article_kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed 12 shoppers at the tills of the market, police said.", [("killed", 12)]),
        ("The raid left 40 dead on account of the late warning, residents said.", [("killed", 40)]),
        ("Rescuers pulled 16 miners out of the box cut alive on Sunday.", [("freed", 16)]),
    ],
)
def test_the_words_alone_do_not_drop_a_count(text: str, expected: list[tuple[str, int]]) -> None:
    assert article_kinds(text) == expected
