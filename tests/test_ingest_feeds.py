"""RSS and Atom loading, and proof that no entity is ever expanded or fetched."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from wiredesk.index.ingest import load_paths
from wiredesk.index.models import Article, LoadProblem

CORPUS = Path(__file__).parent / "data" / "ingest" / "corpus"
REFUSED = "feed declares XML entities; refused for safety"
PASSWD_MARKERS = ("root:x:0:0", "root:*:0:0", "/bin/sh", "/usr/sbin/nologin", "daemon:")


def load(*paths: Path) -> tuple[list[Article], list[LoadProblem]]:
    """Return the articles and the problems that loading ``paths`` gives."""
    results = list(load_paths(paths))
    articles = [item for item in results if isinstance(item, Article)]
    problems = [item for item in results if isinstance(item, LoadProblem)]
    assert len(articles) + len(problems) == len(results)
    return articles, problems


def rss(items: str, *, channel_title: str = "Sahel Wire", prolog: str = "") -> str:
    """Return an RSS 2.0 document holding ``items``."""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{channel_title}</title><link>https://sahelwire.example/</link>"
        f"{items}</channel></rss>\n"
    )


def assert_no_passwd(results: list[Article] | list[LoadProblem]) -> None:
    """Fail when anything that looks like /etc/passwd appears in ``results``."""
    dumped = repr(results)
    for marker in PASSWD_MARKERS:
        assert marker not in dumped


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail any attempt to open a network connection while a test runs."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield


def test_rss_entries_become_articles() -> None:
    path = CORPUS / "feeds" / "sahel.rss"

    articles, problems = load(path)

    assert problems == []
    assert articles == [
        Article(
            id="sahelwire-1001",
            title="Gunmen attack hotel in Bamako",
            body=(
                "Gunmen stormed the Radisson Blu hotel.\n\n"
                "Up to 170 people were held.\nPolice said so."
            ),
            source="Sahel Wire",
            published=datetime(2015, 11, 20, 10, 15, tzinfo=timezone(timedelta(hours=1))),
            url="https://sahelwire.example/bamako-hotel",
            path=f"{path}#1",
        ),
        Article(
            id="https://sahelwire.example/freed",
            title="Hostages freed",
            body="Eighty hostages were freed.\n\nSecond para.",
            source="Reuters",
            published=datetime(2015, 11, 20, 14, 0, tzinfo=UTC),
            url="https://sahelwire.example/freed",
            path=f"{path}#2",
        ),
        Article(
            id="sahel-3",
            title="Untitled entry text. More.",
            body="Untitled entry text. More.",
            source="Sahel Wire",
            published=None,
            url=None,
            path=f"{path}#3",
        ),
    ]


def test_atom_xml_file_is_detected_as_a_feed() -> None:
    path = CORPUS / "feeds" / "desk-atom.xml"

    articles, problems = load(path)

    assert problems == []
    assert articles == [
        Article(
            id="urn:desk:siege-ends",
            title="Siege ends",
            body="The siege ended after nine hours.\n\nOfficials gave a toll of 21 dead.",
            source="Desk Atom",
            published=datetime(2015, 11, 20, 18, 30, tzinfo=timezone(timedelta(hours=-5))),
            url="https://desk.example/siege-ends",
            path=f"{path}#1",
        )
    ]


def test_atom_summary_and_updated_are_used_when_content_and_published_are_missing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "desk.atom"
    path.write_text(
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>'
        "<entry><title type='html'>&lt;b&gt;Update&lt;/b&gt;</title><id>urn:desk:u</id>"
        "<updated>2015-11-21T09:00:00Z</updated>"
        "<summary>Plain summary line.</summary></entry></feed>"
    )

    articles, problems = load(path)

    assert problems == []
    assert [(a.id, a.title, a.body, a.url, a.published) for a in articles] == [
        ("urn:desk:u", "Update", "Plain summary line.", None, datetime(2015, 11, 21, 9, tzinfo=UTC))
    ]


def test_rss_1_rdf_xml_file_is_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "rdf.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<!-- exported -->\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<channel rdf:about="https://old.example/"><title>Old Wire</title></channel>'
        '<item rdf:about="https://old.example/1"><title>One</title>'
        "<link>https://old.example/1</link><description>First item.</description>"
        "<dc:date>2015-11-20T08:00:00+00:00</dc:date></item></rdf:RDF>"
    )

    articles, problems = load(path)

    assert problems == []
    assert [(a.id, a.title, a.source, a.published) for a in articles] == [
        ("https://old.example/1", "One", "Old Wire", datetime(2015, 11, 20, 8, tzinfo=UTC))
    ]


def test_entry_without_text_is_a_problem_and_the_others_load(tmp_path: Path) -> None:
    path = tmp_path / "gaps.rss"
    path.write_text(
        rss(
            "<item><title>Has text</title><description>Body.</description></item>"
            "<item><title>No text here</title></item>"
            "<item><description>&lt;script&gt;x()&lt;/script&gt;</description></item>"
        )
    )

    articles, problems = load(path)

    assert [a.id for a in articles] == ["gaps-1"]
    assert problems == [
        LoadProblem(str(path), "entry 2: no text (no content, description or summary)"),
        LoadProblem(str(path), "entry 3: no text (no content, description or summary)"),
    ]


def test_xml_file_that_is_not_a_feed_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "catalog.xml"
    path.write_text('<?xml version="1.0"?><!-- c --><catalog><book>x</book></catalog>')

    assert load(path) == ([], [LoadProblem(str(path), "XML file is not an RSS or Atom feed")])


def test_feed_without_entries_and_broken_feed_are_problems(tmp_path: Path) -> None:
    (tmp_path / "a-empty.rss").write_text(rss(""))
    (tmp_path / "b-junk.rss").write_text("this is not XML at all")

    _, problems = load(tmp_path)

    assert [p.reason.split(":")[0] for p in problems] == [
        "feed has no entries",
        "not a readable feed",
    ]


def test_latin_1_feed_keeps_its_accents(tmp_path: Path) -> None:
    path = tmp_path / "latin.rss"
    path.write_bytes(
        rss(
            "<item><title>Caf\u00e9 attaqu\u00e9</title><description>P\u00e9rez a parl\u00e9."
            "</description></item>"
        )
        .replace("UTF-8", "ISO-8859-1")
        .encode("latin-1")
    )

    (article,), _ = load(path)

    assert (article.title, article.body) == ("Café attaqué", "Pérez a parlé.")


BILLION_LAUGHS = rss(
    "<item><title>&lol9;</title><description>&lol9;</description></item>",
    prolog=(
        '<!DOCTYPE rss [\n<!ENTITY lol "lol">\n'
        + "".join(
            f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">\n'
            for n in range(1, 10)
        )
        + "]>\n"
    ),
)

EXTERNAL_ENTITY = rss(
    "<item><title>t</title><description>&xxe;</description></item>",
    prolog='<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n',
)

PARAMETER_ENTITY = rss(
    "<item><title>t</title><description>text</description></item>",
    prolog='<!DOCTYPE rss [<!ENTITY % pe SYSTEM "file:///etc/passwd"> %pe;]>\n',
)


@pytest.mark.parametrize("name", ["bomb.rss", "bomb.atom", "bomb.xml"])
@pytest.mark.parametrize("document", [BILLION_LAUGHS, EXTERNAL_ENTITY, PARAMETER_ENTITY])
def test_entity_declarations_are_refused_before_parsing(
    tmp_path: Path, name: str, document: str
) -> None:
    path = tmp_path / name
    path.write_text(document)
    started = time.monotonic()

    result = load(path)

    assert result == ([], [LoadProblem(str(path), REFUSED)])
    assert time.monotonic() - started < 2


def test_entity_declarations_hidden_in_utf16_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "wide.rss"
    path.write_bytes(EXTERNAL_ENTITY.replace("UTF-8", "UTF-16").encode("utf-16"))

    assert load(path) == ([], [LoadProblem(str(path), REFUSED)])


def test_external_dtd_is_not_loaded(tmp_path: Path) -> None:
    path = tmp_path / "dtd.rss"
    path.write_text(
        rss(
            "<item><title>t</title>"
            "<description>Safe &amp; sound &nbsp;&eacute;</description></item>",
            prolog='<!DOCTYPE rss SYSTEM "file:///etc/passwd">\n',
        )
    )

    articles, problems = load(path)

    assert_no_passwd(articles)
    assert_no_passwd(problems)
    assert [a.body for a in articles] == ["Safe & sound é"]


def test_feed_text_that_names_a_local_file_is_not_opened(tmp_path: Path) -> None:
    path = tmp_path / "path.rss"
    path.write_text("/etc/passwd")

    articles, problems = load(path)

    assert articles == []
    assert_no_passwd(problems)
    assert problems[0].reason.startswith("not a readable feed")


def test_declared_single_byte_encoding_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "ru.rss"
    path.write_bytes(
        rss(
            "<item><title>Заложники в Бамако</title><description>Боевики захватили отель."
            "</description></item>"
        )
        .replace("UTF-8", "KOI8-R")
        .encode("koi8-r")
    )

    (article,), _ = load(path)

    assert (article.title, article.body) == ("Заложники в Бамако", "Боевики захватили отель.")
