"""Saved web page loading: main text without page furniture, ids and metadata, no network."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from wiredesk.index.ingest import load_paths
from wiredesk.index.models import Article, LoadProblem

CORPUS = Path(__file__).parent / "data" / "ingest" / "corpus"

ARTICLE_HTML = """
<p>Gunmen stormed the Radisson Blu hotel in Bamako on Friday and took up to 170 people
hostage, the hotel's owner said in a statement to reporters.</p>
<p>Malian special forces entered the building a few hours later and freed about 80
guests, a senior police source said.</p>
"""


def load(*paths: Path) -> tuple[list[Article], list[LoadProblem]]:
    """Return the articles and the problems that loading ``paths`` gives."""
    results = list(load_paths(paths))
    articles = [item for item in results if isinstance(item, Article)]
    problems = [item for item in results if isinstance(item, LoadProblem)]
    assert len(articles) + len(problems) == len(results)
    return articles, problems


def page(head: str = "", body: str = ARTICLE_HTML) -> str:
    """Return a whole HTML document with ``head`` and ``body`` in their places."""
    return f"<!DOCTYPE html>\n<html><head>{head}</head><body>{body}</body></html>\n"


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """Fail any attempt to open a network connection while a test runs."""
    attempts: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> None:
        attempts.append(args)
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert attempts == []


def test_page_gives_main_text_and_its_own_metadata() -> None:
    path = CORPUS / "web" / "bamako.html"

    articles, problems = load(path)

    assert problems == []
    assert articles == [
        Article(
            id="sahel-2015-1120-bamako",
            title="Gunmen seize Radisson Blu hotel in Bamako",
            body=(
                "Gunmen stormed the Radisson Blu hotel in Bamako on Friday morning and took up "
                "to 170 people hostage, the hotel's owner said.\n"
                "Malian special forces entered the building a few hours later, a senior police "
                "source told reporters, and freed about 80 guests.\n"
                "At least three people were killed, officials said, and two soldiers were "
                "wounded in the assault on the upper floors."
            ),
            source="Sahel Daily",
            published=datetime(2015, 11, 20, 9, 30, tzinfo=UTC),
            url="https://saheldaily.example/2015/11/20/bamako-hotel",
            path=str(path),
        )
    ]


def test_navigation_banners_comments_footers_and_scripts_are_left_out() -> None:
    (article,), _ = load(CORPUS / "web" / "bamako.html")

    for furniture in ("Home", "cookies", "Terrible news", "Copyright", "tracking", "Comments"):
        assert furniture not in article.body


def test_id_falls_back_to_canonical_url_then_og_url_then_file_name(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(
        page(
            '<link rel="canonical" href="https://news.example/a"><meta property="og:url" '
            'content="https://news.example/og-a">'
        )
    )
    (tmp_path / "b.htm").write_text(
        page('<meta property="og:url" content="https://news.example/b">')
    )
    (tmp_path / "c.html").write_text(page())

    articles, problems = load(tmp_path)

    assert problems == []
    assert [(a.id, a.url) for a in articles] == [
        ("https://news.example/a", "https://news.example/a"),
        ("https://news.example/b", "https://news.example/b"),
        ("c", None),
    ]


def test_title_date_and_site_fall_back_to_other_page_metadata(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_text(
        page(
            "<title>Hotel siege ends</title>"
            '<meta name="application-name" content="Bamako Post">'
            '<meta itemprop="datePublished" content="2015-11-20T18:30:00-05:00">'
        )
    )

    (article,), _ = load(path)

    assert article.title == "Hotel siege ends"
    assert article.source == "Bamako Post"
    assert article.published == datetime(2015, 11, 20, 18, 30, tzinfo=timezone(timedelta(hours=-5)))


def test_page_without_metadata_takes_its_title_from_the_text(tmp_path: Path) -> None:
    path = tmp_path / "bare.html"
    path.write_text(page())

    (article,), _ = load(path)

    assert article.title.startswith("Gunmen stormed the Radisson Blu hotel in Bamako")
    assert (article.source, article.published) == (None, None)


@pytest.mark.parametrize(
    "body",
    [
        "<script>document.write('Breaking news: everything')</script>",
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><script>x()</script>",
        "<div id='cookie-banner'>We use cookies. Accept?</div><footer>Copyright</footer>",
        "<style>p { color: red }</style><noscript>Enable JavaScript</noscript>",
        "",
    ],
)
def test_page_without_article_text_is_a_problem(tmp_path: Path, body: str) -> None:
    path = tmp_path / "empty-page.html"
    path.write_text(page("<title>Only furniture</title><script>var a = 1;</script>", body))

    assert load(path) == ([], [LoadProblem(str(path), "no article text found")])


def test_remote_resources_are_never_fetched(tmp_path: Path) -> None:
    path = tmp_path / "remote.html"
    path.write_text(
        page(
            '<link rel="stylesheet" href="http://192.0.2.1/style.css">'
            '<script src="http://192.0.2.1/app.js"></script>'
            '<base href="http://192.0.2.1/">',
            '<iframe src="http://192.0.2.1/frame"></iframe><img src="http://192.0.2.1/a.png">'
            + ARTICLE_HTML,
        )
    )

    articles, problems = load(path)

    assert problems == []
    assert "Radisson Blu" in articles[0].body


def test_page_declaring_entities_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "xxe.html"
    path.write_text(
        '<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        f"<html><body><p>&x;</p>{ARTICLE_HTML}</body></html>"
    )

    assert load(path) == (
        [],
        [LoadProblem(str(path), "page declares XML entities; refused for safety")],
    )


def test_windows_1252_page_keeps_its_accents(tmp_path: Path) -> None:
    path = tmp_path / "legacy.html"
    text = page(
        '<meta charset="windows-1252"><meta property="og:title" content="Attaque au café">',
        "<p>Le gérant, M. Pérez, a dit : “Nous avons entendu des tirs” près de l’hôtel "
        "Radisson Blu de Bamako, où des otages étaient retenus vendredi matin.</p>",
    )
    path.write_bytes(text.encode("cp1252"))

    (article,), _ = load(path)

    assert article.title == "Attaque au café"
    assert "M. Pérez, a dit : “Nous avons entendu des tirs” près de l’hôtel" in article.body


def test_xml_declaration_with_encoding_does_not_break_parsing(tmp_path: Path) -> None:
    path = tmp_path / "xhtml.html"
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n' + page())

    articles, problems = load(path)

    assert problems == []
    assert "Radisson Blu" in articles[0].body


def test_page_with_too_many_elements_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    path.write_text(page(body=ARTICLE_HTML + "<span>x</span>" * 50_001))

    assert load(path) == (
        [],
        [LoadProblem(str(path), "page has too many elements to read (over 50,000)")],
    )


def test_page_nested_deeper_than_the_parser_reads_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text(page(body="<div>" * 2100 + ARTICLE_HTML + "</div>" * 2100))

    assert load(path) == (
        [],
        [LoadProblem(str(path), "page nests elements too deeply to read (over 2048 levels)")],
    )


def test_page_nested_a_thousand_levels_deep_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text(page(body="<div>" * 1000 + ARTICLE_HTML + "</div>" * 1000))

    (article,), _ = load(path)

    assert article.body.startswith("Gunmen stormed the Radisson Blu hotel in Bamako")
