"""The dashboard's text helpers: query words to highlight, labels, styled article text."""

from __future__ import annotations

from rich.style import Style

from wiredesk.tui import render
from wiredesk.tui.render import Mark


def test_query_terms_skip_operators_fields_and_negations() -> None:
    assert render.query_terms("hostages") == ("hostages",)
    assert render.query_terms('"radisson blu" AND mali') == ("radisson", "blu", "mali")
    assert render.query_terms("mali NOT paris") == ("mali",)
    assert render.query_terms("source:reuters title:siege host*") == ("siege", "host")
    assert render.query_terms("kinds:killed OR gunmen") == ("gunmen",)


def test_term_spans_match_other_forms_of_the_word() -> None:
    text = "A hostage said the hostages were freed."
    spans = render.term_spans(text, ["hostages"])
    assert [text[a:b] for a, b in spans] == ["hostage", "hostages"]


def test_squeeze_keeps_groups_apart() -> None:
    assert render.squeeze("Turkish Airlines crew", 14) == "Turkish A…crew"
    assert render.squeeze("Turkish Airlines staff", 14) == "Turkish…staff"
    assert render.squeeze("guests", 14) == "guests"


def test_styled_keeps_offsets_past_replaced_control_characters() -> None:
    raw = "a\x85b [bold]12 killed[/bold] \x1b[2J end"
    start = raw.index("12 killed")
    text = render.styled(raw, [Mark(start, start + 9, Style(bold=True))])
    assert text.plain == "a\\u0085b [bold]12 killed[/bold] ␛[2J end"
    bold = [text.plain[s.start : s.end] for s in text.spans if s.style == Style(bold=True)]
    assert bold == ["12 killed"]
