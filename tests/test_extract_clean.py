"""Sentences and page furniture: blocks, sentence spans and boilerplate by general shapes."""

from __future__ import annotations

from wiredesk.index.extract import extract, split_sentences
from wiredesk.index.extract.clean import classify_blocks
from wiredesk.index.extract.sentences import split_blocks


def _sentences(body: str) -> list[str]:
    return [body[s.start : s.end] for s in split_sentences(body)]


def test_sentences_keep_abbreviations_and_initials() -> None:
    body = "Lt. Col. J. R. Mensah said U.S. troops left at 9 a.m. on Monday. Nobody was hurt."
    assert _sentences(body) == [
        "Lt. Col. J. R. Mensah said U.S. troops left at 9 a.m. on Monday.",
        "Nobody was hurt.",
    ]


def test_lines_without_final_punctuation_are_sentences() -> None:
    body = (
        "Dam bursts in Oruro\nFloodwater swept through two villages. Nine people died.\nRead more"
    )
    assert _sentences(body) == [
        "Dam bursts in Oruro",
        "Floodwater swept through two villages.",
        "Nine people died.",
        "Read more",
    ]


def test_quotes_close_sentences() -> None:
    body = '"We lost everything." The mayor wept. "Help us," she said.'
    assert _sentences(body) == ['"We lost everything."', "The mayor wept.", '"Help us," she said.']


def test_hard_wrapped_text_is_rejoined() -> None:
    body = (
        "ORURO, Bolivia - A dam burst on Sunday above the mining town, sending a wall of\n"
        "mud through two villages and killing at least nine people, officials said on\n"
        "Monday.\n"
        "\n"
        "Rescue teams from La Paz arrived at dawn and searched the riverbanks for the\n"
        "missing.\n"
    )
    assert _sentences(body) == [
        body[: body.index("Monday.") + len("Monday.")],
        body[body.index("Rescue") : body.index("missing.") + len("missing.")],
    ]


def test_markdown_markers_stay_out_of_blocks() -> None:
    body = "# Dam bursts in Oruro\n\n- Nine dead\n- Two villages buried\n"
    assert [b.text for b in split_blocks(body)] == [
        "Dam bursts in Oruro",
        "Nine dead",
        "Two villages buried",
    ]


def _roles(body: str, title: str = "") -> list[tuple[str, str]]:
    blocks = split_blocks(body)
    return [(b.text, r) for b, r in zip(blocks, classify_blocks(blocks, title), strict=True)]


def test_furniture_by_general_shapes() -> None:
    body = (
        "Dam bursts in Oruro\n\n"
        "By Maria Quispe\n\n"
        "A dam burst on Sunday above the mining town, killing at least nine people.\n\n"
        "Dam bursts in Oruro\n\n"
        "Help keep our newsroom independent: donate to us today.\n\n"
        "Advertisement\n\n"
        "Share this story: Facebook | WhatsApp | Email\n\n"
        "Copyright 2024 Andes Wire. All rights reserved.\n\n"
        "Reporting by Luis Mamani; editing by Ana Rojas\n\n"
        "For ad bookings call +591 2 277 1234\n\n"
        "Discussion about this article\n"
    )
    roles = dict(_roles(body))
    for line in (
        "By Maria Quispe",
        "Help keep our newsroom independent: donate to us today.",
        "Advertisement",
        "Share this story: Facebook | WhatsApp | Email",
        "Copyright 2024 Andes Wire. All rights reserved.",
        "Reporting by Luis Mamani; editing by Ana Rojas",
        "For ad bookings call +591 2 277 1234",
        "Discussion about this article",
    ):
        assert roles[line] == "furniture", line
    assert (
        roles["A dam burst on Sunday above the mining town, killing at least nine people."]
        == "text"
    )
    # The repeated headline further down is furniture; the first one stays the title.
    assert [r for t, r in _roles(body) if t == "Dam bursts in Oruro"] == ["title", "furniture"]


def test_teasers_captions_and_credits() -> None:
    body = (
        "Dam bursts in Oruro\n\n"
        "A dam burst on Sunday above the mining town, killing at least nine people.\n\n"
        "Villagers search the mud near Oruro, Bolivia, Sunday, May 5, 2024.\n"
        "Juan Karita | AP\n\n"
        "More from the Andes\n"
        "Landslide buries bus in Peru, 12 missing\n"
        "Why Bolivia's lithium boom stalled\n"
    )
    roles = dict(_roles(body))
    assert roles["Villagers search the mud near Oruro, Bolivia, Sunday, May 5, 2024."] == "caption"
    assert roles["Juan Karita | AP"] == "furniture"
    assert roles["More from the Andes"] == "furniture"
    assert roles["Landslide buries bus in Peru, 12 missing"] == "teaser"
    assert roles["Why Bolivia's lithium boom stalled"] == "teaser"


def test_teaser_run_without_a_marker() -> None:
    body = (
        "Dam bursts in Oruro\n\n"
        "A dam burst on Sunday above the mining town, killing at least nine people.\n"
        "Landslide buries bus in Peru, 12 missing\n"
        "What next for Bolivia's miners?\n\n"
        "Rescuers searched the riverbanks for two more days, officials said.\n"
    )
    roles = dict(_roles(body))
    assert roles["Landslide buries bus in Peru, 12 missing"] == "teaser"
    assert roles["What next for Bolivia's miners?"] == "teaser"
    assert roles["Rescuers searched the riverbanks for two more days, officials said."] == "text"


def test_furniture_figures_are_not_extracted() -> None:
    body = (
        "Quake hits Van province\n\n"
        "At least 17 people were killed as the quake struck, the governor said.\n\n"
        "Quake hits Van province, 17 dead\n"
        "Quake hits Van province, 17 dead\n\n"
        "Over 2,000 readers support our reporting. Donate to us now.\n"
    )
    extraction = extract(body)
    assert [(f.kind, f.value) for f in extraction.figures] == [("killed", 17)]
    boiler = [body[s.start : s.end] for s in extraction.boilerplate]
    assert "Quake hits Van province, 17 dead" in boiler
    assert "Over 2,000 readers support our reporting." in boiler


def test_windows_line_breaks_keep_offsets() -> None:
    body = "Dam bursts in Oruro\r\n\r\nNine people died, police said.\r\nTwo are missing.\r\n"
    spans = split_sentences(body)
    assert [body[s.start : s.end] for s in spans] == [
        "Dam bursts in Oruro",
        "Nine people died, police said.",
        "Two are missing.",
    ]
    assert [(f.kind, f.value) for f in extract(body).figures] == [("killed", 9), ("missing", 2)]


def test_outlet_promo_prefix_marks_a_teaser_not_page_furniture() -> None:
    body = (
        "Flash floods kill nine in Orlo\n\n"
        "Flash floods killed nine people in the river town of Orlo on Monday, officials said.\n\n"
        "ALSO ON NORTHWIRE: Mine blast leaves 4 dead, 11 injured\n\n"
        "More from Coast Radio: Ferry sinks off cape, 20 missing\n\n"
        "Also on Sunday: police arrested 3 men in Orlo, officials said."
    )
    blocks = split_blocks(body)
    roles = classify_blocks(blocks)
    assert roles[2:] == ["teaser", "teaser", "text"]
    figures = [(f.kind, f.value, f.about_other) for f in extract(body).figures]
    assert ("missing", 20, True) in figures
    assert ("killed", 4, True) in figures and ("wounded", 11, True) in figures
    assert ("arrested", 3, False) in figures


def test_a_capitals_label_line_after_the_story_is_a_teaser() -> None:
    body = (
        "Bus plunges into gorge near Tarsa\n\n"
        "A bus plunged into a gorge near Tarsa on Friday, killing 14 people, police said.\n\n"
        "EDITOR'S PICKS: Dam breach floods valley villages, 6 dead\n\n"
        "UPDATE: Police said 3 more bodies were found near Tarsa."
    )
    roles = classify_blocks(split_blocks(body))
    assert roles[2:] == ["teaser", "text"]  # a closing full stop keeps a sentence a sentence
    figures = [(f.kind, f.value, f.about_other) for f in extract(body).figures]
    assert ("killed", 6, True) in figures
    assert ("killed", 3, False) in figures
