"""Plain text and Markdown loading: titles, front matter, sidecars, encodings."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from wiredesk.index.ingest import load_paths
from wiredesk.index.ingest.text import split_front_matter
from wiredesk.index.models import Article, LoadProblem


def load(*paths: Path) -> tuple[list[Article], list[LoadProblem]]:
    """Return the articles and the problems that loading ``paths`` gives."""
    results = list(load_paths(paths))
    articles = [item for item in results if isinstance(item, Article)]
    problems = [item for item in results if isinstance(item, LoadProblem)]
    assert len(articles) + len(problems) == len(results)
    return articles, problems


def load_one(path: Path) -> Article:
    """Return the one article in ``path``, failing on any problem."""
    articles, problems = load(path)
    assert problems == []
    assert len(articles) == 1
    return articles[0]


def test_plain_text_file_gives_stem_id_first_line_title_and_exact_body(tmp_path: Path) -> None:
    path = tmp_path / "bamako-brief.txt"
    body = "\n\n  Gunmen storm hotel in Bamako  \nUp to 170 people are held.\n\nMore soon.\n"
    path.write_text(body, encoding="utf-8")

    article = load_one(path)

    assert article == Article(
        id="bamako-brief",
        title="Gunmen storm hotel in Bamako",
        body=body,
        source=None,
        published=None,
        url=None,
        path=str(path),
    )


def test_markdown_heading_marks_are_not_part_of_the_title(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("## Hostages freed in Mali ##\n\nEighty guests left the hotel.\n", "utf-8")

    article = load_one(path)

    assert article.title == "Hostages freed in Mali"
    assert article.body == "## Hostages freed in Mali ##\n\nEighty guests left the hotel.\n"


def test_every_text_suffix_is_read(tmp_path: Path) -> None:
    for name in ("a.txt", "b.md", "c.markdown", "d.TEXT"):
        (tmp_path / name).write_text(f"Title {name}\nBody.\n", "utf-8")

    articles, problems = load(tmp_path)

    assert problems == []
    assert [a.title for a in articles] == [
        "Title a.txt",
        "Title b.md",
        "Title c.markdown",
        "Title d.TEXT",
    ]


def test_line_endings_become_newlines_and_a_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbfFirst line\r\nSecond line\rThird line\r\n")

    article = load_one(path)

    assert article.title == "First line"
    assert article.body == "First line\nSecond line\nThird line\n"


def test_windows_1252_file_keeps_its_accents_and_curly_quotes(tmp_path: Path) -> None:
    path = tmp_path / "cafe.txt"
    path.write_bytes(
        b"Attaque au caf\xe9 de M. P\xe9rez\r\n"
        b"\x93Nous avons entendu des tirs\x94, a d\xe9clar\xe9 le g\xe9rant \x96 "
        b"l\x92h\xf4tel est ferm\xe9.\r\n"
    )

    article = load_one(path)

    assert article.title == "Attaque au café de M. Pérez"
    assert article.body == (
        "Attaque au café de M. Pérez\n"
        "“Nous avons entendu des tirs”, a déclaré le gérant – l’hôtel est fermé.\n"
    )


def test_short_windows_1252_text_is_not_mistaken_for_another_encoding(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes(b"caf\xe9")

    assert load_one(path).body == "café"


def test_utf16_file_with_bom_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Otages libérés\nÀ Bamako.\n".encode("utf-16"))

    article = load_one(path)

    assert (article.title, article.body) == ("Otages libérés", "Otages libérés\nÀ Bamako.\n")


def test_fenced_front_matter_sets_metadata_and_the_body_follows_it(tmp_path: Path) -> None:
    path = tmp_path / "siege.md"
    path.write_text(
        "---\n"
        "id: md-siege\n"
        'title: "Siege at the Radisson Blu"\n'
        "source: Desk Notes\n"
        "date: 2015-11-20T16:00:00+01:00\n"
        "url: https://desk.example/siege\n"
        "tags:\n"
        "  - mali\n"
        "author: ~\n"
        "---\n"
        "\n"
        "# Gunmen hold guests\n"
        "Up to 170 people were held.\n",
        "utf-8",
    )

    article = load_one(path)

    assert article == Article(
        id="md-siege",
        title="Siege at the Radisson Blu",
        body="# Gunmen hold guests\nUp to 170 people were held.\n",
        source="Desk Notes",
        published=datetime(2015, 11, 20, 16, 0, tzinfo=timezone(timedelta(hours=1))),
        url="https://desk.example/siege",
        path=str(path),
    )


def test_leading_key_value_lines_are_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(
        "Source: Sahel Agency\n"
        "Published: 20 November 2015 11:30\n"
        "URL: https://sahelagency.example/briefs/1120\n"
        "ID: sahel-1120\n"
        "\n"
        "Hotel attack in Bamako\n"
        "Gunmen opened fire, witnesses said.\n",
        "utf-8",
    )

    article = load_one(path)

    assert article.id == "sahel-1120"
    assert article.title == "Hotel attack in Bamako"
    assert article.body == "Hotel attack in Bamako\nGunmen opened fire, witnesses said.\n"
    assert article.source == "Sahel Agency"
    assert article.published == datetime(2015, 11, 20, 11, 30, tzinfo=UTC)
    assert article.url == "https://sahelagency.example/briefs/1120"


def test_published_wins_over_date_in_front_matter() -> None:
    metadata, body = split_front_matter(
        "---\ndate: 2015-11-21\npublished: 2015-11-20\n---\nBody line\n"
    )

    assert metadata == {"published": "2015-11-20"}
    assert body == "Body line\n"


def test_an_opening_sentence_with_a_colon_is_not_front_matter() -> None:
    for text in (
        "Update: gunmen stormed the hotel on Friday.\n\nMore follows.\n",
        "Source: police said twenty people died in the attack on Friday morning\n\nMore.\n",
        "Date: the day the siege ended\n\nMore.\n",
        "URL: see below\n\nMore.\n",
        "Title: The siege\nGunmen stormed the hotel.\n",
        "Source: Reuters\nUpdate: more gunfire heard.\n\nMore.\n",
        "Source: Reuters\n",
        "Source: Reuters\nSource: AFP\n\nMore.\n",
    ):
        assert split_front_matter(text) == ({}, text), text


def test_text_with_a_colon_in_the_first_line_keeps_it_as_title(tmp_path: Path) -> None:
    path = tmp_path / "update.txt"
    text = "Update: security forces have surrounded the hotel.\n\nThree people died.\n"
    path.write_text(text, "utf-8")

    article = load_one(path)

    assert (article.title, article.body, article.source) == (
        "Update: security forces have surrounded the hotel.",
        text,
        None,
    )


def test_an_unclosed_fence_is_body_text() -> None:
    text = "---\nid: x\nStill no closing fence here.\n"

    assert split_front_matter(text) == ({}, text)


def test_sidecar_overrides_front_matter_and_null_means_not_given(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Source: Front Matter Wire\nURL: https://front.example/1\n\nHeadline\nText.\n")
    (tmp_path / "note.meta.json").write_text(
        json.dumps(
            {
                "id": "note-42",
                "source": "Bamako Bureau",
                "published": "2015-11-20T12:05:00Z",
                "url": None,
                "title": "Sidecar title",
                "source_evidence": "ignored",
            }
        )
    )

    article = load_one(path)

    assert article == Article(
        id="note-42",
        title="Sidecar title",
        body="Headline\nText.\n",
        source="Bamako Bureau",
        published=datetime(2015, 11, 20, 12, 5, tzinfo=UTC),
        url="https://front.example/1",
        path=str(path),
    )


def test_sidecar_beside_a_markdown_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "brief.md").write_text("# Brief\nText.\n")
    (tmp_path / "brief.meta.json").write_text('{"source": "Desk", "id": 7}')

    article = load_one(tmp_path / "brief.md")

    assert (article.id, article.source) == ("7", "Desk")


def test_a_broken_sidecar_is_reported_and_the_article_still_loads(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Headline\nText.\n")
    (tmp_path / "story.meta.json").write_text('{"source": "Desk",')

    articles, problems = load(tmp_path)

    assert [(a.id, a.source) for a in articles] == [("story", None)]
    assert problems == [
        LoadProblem(
            str(tmp_path / "story.meta.json"),
            "invalid JSON in sidecar: Expecting property name enclosed in double quotes "
            "(line 1, column 19)",
        )
    ]


def test_a_sidecar_that_is_not_an_object_is_reported(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Headline\nText.\n")
    (tmp_path / "story.meta.json").write_text("[1, 2]")

    _, problems = load(tmp_path)

    assert [p.reason for p in problems] == ["sidecar is not a JSON object"]


def test_sidecars_alone_are_neither_articles_nor_problems(tmp_path: Path) -> None:
    (tmp_path / "orphan.meta.json").write_text('{"source": "Desk"}')
    (tmp_path / "garbage.meta.json").write_text("not json")

    assert load(tmp_path) == ([], [])
    assert load(tmp_path / "orphan.meta.json") == ([], [])


def test_front_matter_without_a_body_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "only-meta.md"
    path.write_text("---\ntitle: Nothing else\n---\n\n\n")

    assert load(path) == ([], [LoadProblem(str(path), "no article text after the front matter")])


def test_whitespace_only_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n")

    assert load(path) == ([], [LoadProblem(str(path), "empty file")])


def test_nul_is_dropped_from_body_and_controls_from_title(tmp_path: Path) -> None:
    path = tmp_path / "dirty.txt"
    rest = "Gunmen stormed the hotel on Friday, officials said.\n" * 5
    path.write_text("Head\x07line\x00 here\tnow\nBody\x00 text\x1b[31m red\n" + rest, "utf-8")

    article = load_one(path)

    assert article.title == "Headline here now"
    assert article.body == "Head\x07line here\tnow\nBody text\x1b[31m red\n" + rest


def test_very_long_first_line_gives_a_cut_title_and_an_intact_body(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    line = "word " * 2000
    path.write_text(line + "\n")

    article = load_one(path)

    assert article.body == line + "\n"
    assert len(article.title) <= 500
    assert article.title.endswith("word…")
