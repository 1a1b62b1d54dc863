"""One lower-casing of the body, shared by the article-wide readings of extract_article."""

from __future__ import annotations

import pytest

from wiredesk.index.extract.context import cues_of
from wiredesk.index.extract.pipeline import _hostage_context, _siege_context

BODIES = [
    "",
    "Gunmen stormed the bank on Tuesday and held the staff for six hours.",
    "A SIEGE at the hotel ended last week; the KIDNAPPERS had freed 12 captives in May.",
    "The shooting came a year after a similar attack, police said. Gunfire was heard.",
    "Insurgents ambushed the convoy earlier this year, since then the hijackers fled.",
    "İstanbul: the ſiege ended, and the Straße was reopened after the blast in June.",
    "Floods swept the valley on Monday, three months before the anniversary.",
    "\u212aidnappers seized 4 HOSTAGES at the mine; the standoff is a tragedy, officials said.",
]


@pytest.mark.parametrize("body", BODIES)
def test_the_shared_lower_case_body_gives_what_each_reading_computed(body: str) -> None:
    low = body.lower()
    assert cues_of(body, low) == cues_of(body)
    assert _hostage_context(body, low) is _hostage_context(body)
    assert _siege_context(body, low) is _siege_context(body)
