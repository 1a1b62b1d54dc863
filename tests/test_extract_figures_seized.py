"""A hijacking told in other words: attackers who seize or commandeer a vessel hold the
people aboard it, as when the copy says ``hijacked`` (invented sentences)."""

from __future__ import annotations

import pytest
from conftest import article_kinds


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Gunmen seized a tourist launch on Lake Karvela on Sunday and held the people aboard"
            " as hostages. Police said 22 passengers and four crew were on board.",
            [("hostages", 22), ("hostages", 4)],
        ),
        (
            "Armed men commandeered a coach on the coast road on Monday, taking its passengers"
            " hostage. There were 31 passengers on board, police said.",
            [("hostages", 31)],
        ),
        # the police seizing a boat hold nobody aboard it
        (
            "Police seized a boat carrying contraband on Sunday. The hostages in the bank were"
            " freed. There were 12 people on board the boat.",
            [("other", 12)],
        ),
    ],
)
def test_people_aboard_a_vessel_attackers_seized_are_held(
    body: str, expected: list[tuple[str, int]]
) -> None:
    assert article_kinds(body) == expected
