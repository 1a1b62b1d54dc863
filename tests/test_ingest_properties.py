"""Property tests: whatever bytes a loader is fed, it yields articles or problems, fast.

Every result is checked for the same invariants: no loader raises or reports an
unexpected error, articles have an id, a title and a body, titles and sources hold no
control characters, bodies no NUL, dates carry a zone, every string encodes as UTF-8,
and nothing from /etc/passwd ever appears.
"""

from __future__ import annotations

import html
import json
import re
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wiredesk.index.ingest import SUPPORTED_SUFFIXES, UNEXPECTED, load_paths
from wiredesk.index.ingest.common import clean_body
from wiredesk.index.models import Article, LoadProblem

FAST = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
"""Few examples each, so the whole ingest suite stays well under 30 seconds."""

SECONDS_PER_FILE = 30.0
"""A ceiling on the CPU one file may take to load: far above any sane parse."""

CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")

PASSWD_MARKERS: tuple[str, ...] = ("root:x:0:0", "root:*:0:0", "daemon:x:", "/usr/sbin/nologin")


def _passwd_lines() -> tuple[str, ...]:
    """Return the non-trivial lines of this host's /etc/passwd, if it has one."""
    try:
        text = Path("/etc/passwd").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ()
    return tuple(line for line in text.splitlines() if len(line) > 12)


PASSWD_LINES = _passwd_lines()

NASTY = (
    "\u202e",  # right-to-left override
    "\u200f",  # right-to-left mark
    "\u061c",  # Arabic letter mark
    "שלום",
    "مرحبا",
    "\u200b",  # zero-width space
    "\u200c",
    "\u200d",
    "\ufeff",
    "e\u0301",  # combining acute
    "Z\u0336\u0337\u0338",
    "👩\u200d👩\u200d👧",
    "🇲🇱",
    "🏳️\u200d🌈",
    "\u2028",
    "\u2029",
    "\x85",
    "\r",
    "\r\n",
    "\t",
    "\x00",
    "\x1b[2J",
    "&amp;",
    "<b>",
    "]]>",
    "---",
    "title: x",
    "Source: Reuters",
)

nasty_text = st.lists(
    st.one_of(st.characters(codec="utf-8"), st.sampled_from(NASTY)), max_size=60
).map("".join)
"""Unicode text heavy in direction marks, zero-width and combining characters, emoji."""

printable_text = st.lists(
    st.one_of(
        st.characters(codec="utf-8", exclude_categories=["Cc"]),
        st.sampled_from([item for item in NASTY if not CONTROL_RE.search(item.strip("\r\n\t"))]),
    ),
    max_size=60,
).map("".join)
"""Like :data:`nasty_text` without control characters other than line breaks and tabs."""

suffixes = st.sampled_from(SUPPORTED_SUFFIXES)


def run(name: str, data: bytes, *, max_bytes: int = 50_000_000) -> list[Article | LoadProblem]:
    """Load ``data`` saved as ``name`` and check every invariant on what comes back."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        # CPU time, not wall time: a runaway (quadratic) parse is caught, a busy machine is not.
        started = time.process_time()
        results = list(load_paths([path], max_bytes=max_bytes))
        elapsed = time.process_time() - started
    assert elapsed < SECONDS_PER_FILE, f"{name} took {elapsed:.1f} s of CPU"
    for item in results:
        check(item)
    return results


def check(item: Article | LoadProblem) -> None:
    """Fail unless ``item`` is a well-formed article or problem."""
    assert isinstance(item, Article | LoadProblem)
    if isinstance(item, LoadProblem):
        assert item.reason
        assert not item.reason.startswith(UNEXPECTED), item.reason
        strings = [item.path, item.reason]
    else:
        assert item.id
        assert item.title
        assert item.body.strip()
        assert "\x00" not in item.body
        for field in (item.id, item.title, item.source, item.url):
            assert field is None or not CONTROL_RE.search(field), field
        assert item.published is None or item.published.utcoffset() is not None
        strings = [item.id, item.title, item.body, item.source or "", item.url or ""]
    for text in strings:
        text.encode("utf-8")
        for secret in PASSWD_MARKERS + PASSWD_LINES:
            assert secret not in text


@FAST
@given(suffix=suffixes, data=st.binary(max_size=3000))
def test_random_bytes_in_any_format(suffix: str, data: bytes) -> None:
    run(f"random{suffix}", data)


@FAST
@given(suffix=suffixes, text=nasty_text)
def test_random_unicode_in_any_format(suffix: str, text: str) -> None:
    run(f"unicode{suffix}", text.encode("utf-8"))


@FAST
@given(text=printable_text)
def test_text_body_is_kept_exactly_after_a_headline(text: str) -> None:
    body = "Headline\n" + text

    (article,) = run("story.txt", body.encode("utf-8"))

    assert isinstance(article, Article)
    assert article.title == "Headline"
    assert article.body == clean_body(body).removeprefix("\ufeff")


@FAST
@given(title=nasty_text, text=nasty_text, source=nasty_text)
def test_unicode_fields_in_json_lines(title: str, text: str, source: str) -> None:
    line = json.dumps({"title": title, "text": "Lead. " + text, "source": source})

    (item,) = run("wire.jsonl", (line + "\n").encode("utf-8"))

    assert isinstance(item, Article)
    assert item.body == clean_body("Lead. " + text)


@FAST
@given(title=nasty_text, text=nasty_text)
def test_unicode_fields_in_feeds_and_pages(title: str, text: str) -> None:
    feed = (
        "<rss version='2.0'><channel><title>Wire</title><item>"
        f"<title>{escape(title)}</title><description>{escape('Lead. ' + text)}</description>"
        "</item></channel></rss>"
    )
    page = (
        f"<html><head><title>{html.escape(title)}</title></head><body><article>"
        f"<p>Lead paragraph about the siege. {html.escape(text)}</p></article></body></html>"
    )

    run("wire.rss", feed.encode("utf-8"))
    run("wire.atom", feed.encode("utf-8"))
    run("page.html", page.encode("utf-8"))


@settings(FAST, max_examples=10)
@given(suffix=suffixes, size=st.integers(200_000, 600_000), char=st.sampled_from("aé😀 \u200b"))
def test_huge_single_lines(suffix: str, size: int, char: str) -> None:
    line = ("Gunmen " + char) * (size // 8)
    documents = {
        ".json": json.dumps({"text": line}),
        ".jsonl": json.dumps({"text": line}),
        ".html": f"<html><body><article><p>{line}</p></article></body></html>",
        ".htm": f"<html><body><p>{line}</p></body></html>",
        ".rss": f"<rss><channel><item><description>{line}</description></item></channel></rss>",
        ".atom": f"<feed xmlns='http://www.w3.org/2005/Atom'><entry><summary>{line}</summary>"
        "</entry></feed>",
        ".xml": f"<rss><channel><item><title>{line}</title></item></channel></rss>",
    }

    results = run(f"huge{suffix}", documents.get(suffix, line).encode("utf-8"))

    assert len(results) == 1


@settings(FAST, max_examples=15)
@given(
    depth=st.integers(500, 200_000),
    opener=st.sampled_from(["[", '{"a":', '{"text": "x", "n":']),
    suffix=st.sampled_from([".json", ".jsonl"]),
)
def test_deeply_nested_json(depth: int, opener: str, suffix: str) -> None:
    closer = "]" if opener == "[" else "}"
    document = opener * depth + "1" + closer * depth

    (item,) = run(f"deep{suffix}", document.encode("utf-8"))

    if depth > 5000:
        assert isinstance(item, LoadProblem)
        assert item.reason == "invalid JSON: nested too deeply"


@settings(FAST, max_examples=10)
@given(depth=st.integers(100, 50_000), tag=st.sampled_from(["div", "span", "b", "section"]))
def test_deeply_nested_html(depth: int, tag: str) -> None:
    document = (
        "<html><body>"
        + f"<{tag}>" * depth
        + "<p>Deep text about the siege at the hotel.</p>"
        + f"</{tag}>" * depth
        + "</body></html>"
    )

    (item,) = run("deep.html", document.encode("utf-8"))

    assert isinstance(item, Article | LoadProblem)


ENTITY_TARGETS = (
    "file:///etc/passwd",
    "file:///etc/hostname",
    "/etc/passwd",
    "http://192.0.2.1/secret",
    "php://filter/resource=/etc/passwd",
)

feed_names = st.sampled_from(["doc.rss", "doc.atom", "doc.xml"])


def billion_laughs(levels: int, fanout: int, name: str) -> str:
    """Return a DOCTYPE declaring ``levels`` entities, each ``fanout`` copies of the last."""
    declarations = [f'<!ENTITY {name}0 "lol">']
    for level in range(1, levels + 1):
        declarations.append(f'<!ENTITY {name}{level} "{f"&{name}{level - 1};" * fanout}">')
    return "<!DOCTYPE rss [\n" + "\n".join(declarations) + "\n]>\n"


@FAST
@given(
    file_name=feed_names,
    levels=st.integers(2, 12),
    fanout=st.integers(2, 20),
    name=st.from_regex(r"[a-z][a-z0-9]{0,6}", fullmatch=True),
    spot=st.sampled_from(["title", "description"]),
)
def test_billion_laughs_feeds_are_refused_fast(
    file_name: str, levels: int, fanout: int, name: str, spot: str
) -> None:
    document = (
        '<?xml version="1.0"?>\n'
        + billion_laughs(levels, fanout, name)
        + f"<rss version='2.0'><channel><title>Wire</title><item><{spot}>&{name}{levels};"
        f"</{spot}><link>https://x.example/</link></item></channel></rss>"
    )

    results = run(file_name, document.encode("utf-8"))

    assert results == [
        LoadProblem(str(results[0].path), "feed declares XML entities; refused for safety")
    ]


@FAST
@given(
    file_name=st.sampled_from(["doc.rss", "doc.atom", "doc.xml", "doc.html", "doc.htm"]),
    target=st.sampled_from(ENTITY_TARGETS),
    keyword=st.sampled_from(["SYSTEM", 'PUBLIC "-//X//Y//EN"']),
    parameter=st.booleans(),
    encoding=st.sampled_from(["utf-8", "utf-16", "utf-32"]),
)
def test_external_entities_are_never_resolved(
    file_name: str, target: str, keyword: str, parameter: bool, encoding: str
) -> None:
    entity = (
        f'<!ENTITY % x {keyword} "{target}"> %x;'
        if parameter
        else (f'<!ENTITY x {keyword} "{target}">')
    )
    document = (
        f"<!DOCTYPE rss [{entity}]>\n<rss version='2.0'><channel><title>&x;</title><item>"
        "<title>&x;</title><description>&x; Text.</description></item></channel></rss>"
        "<html><body><article><p>&x; Text about the siege at the hotel.</p></article></body></html>"
    )

    results = run(file_name, document.encode(encoding))

    assert len(results) == 1
    assert isinstance(results[0], LoadProblem)
    assert results[0].reason.endswith("declares XML entities; refused for safety")


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
def test_entity_documents_in_any_format_never_leak(suffix: str) -> None:
    document = (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">'
        '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
        "<rss version='2.0'><channel><title>&x;</title><item><title>&x;&b;</title>"
        "<description>&x;&b;</description></item></channel></rss>"
    )

    run(f"doc{suffix}", document.encode("utf-8"))


@FAST
@given(
    scripts=st.lists(
        st.text(
            st.characters(exclude_categories=["Cc", "Cs"], exclude_characters="<"), max_size=80
        ),
        max_size=4,
    ),
    with_nav=st.booleans(),
)
def test_pages_with_only_scripts_have_no_article_text(scripts: list[str], with_nav: bool) -> None:
    body = "".join(f"<script>{script}</script>" for script in scripts)
    if with_nav:
        body += "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
    document = f"<html><head><script>{''.join(scripts)}</script></head><body>{body}</body></html>"

    results = run("scripts.html", document.encode("utf-8"))

    assert [getattr(item, "reason", None) for item in results] == ["no article text found"]


@FAST
@given(suffix=suffixes, data=st.binary(min_size=65, max_size=2000))
def test_files_over_the_limit_are_problems(suffix: str, data: bytes) -> None:
    results = run(f"big{suffix}", data, max_bytes=64)

    assert len(results) == 1
    assert isinstance(results[0], LoadProblem)
    assert results[0].reason.startswith("larger than the 64 bytes limit")


PATHOLOGICAL = ("<!--", "</", "<a ", "<![", "<!", "&#", "&amp", "<p>", "<a href='", " ", "# ", "#")
"""Fragments that, repeated, drive naive parsers and regular expressions to quadratic time."""


@pytest.mark.parametrize("fragment", PATHOLOGICAL)
@pytest.mark.parametrize(
    "wrap", ["feed-escaped", "feed-cdata", "feed-raw", "page", "text", "front"]
)
def test_pathological_markup_finishes_fast(fragment: str, wrap: str) -> None:
    count = 30_000
    run_of = fragment * count
    documents = {
        "feed-escaped": ("wire.rss", rss_item(escape(run_of))),
        "feed-cdata": ("wire.rss", rss_item(f"<![CDATA[{run_of}]]>")),
        "feed-raw": ("wire.rss", rss_item(run_of)),
        "page": (
            "page.html",
            f"<html><body><article><p>Lead. {run_of}</p></article></body></html>",
        ),
        "text": ("story.md", f"# Title {run_of} #\n\nBody.\n"),
        "front": ("story.txt", f"title: a{run_of}b\n\nBody.\n"),
    }
    name, document = documents[wrap]

    run(name, document.encode("utf-8"))


def rss_item(description: str) -> str:
    """Return an RSS document with one item whose description is ``description``."""
    return (
        "<rss version='2.0'><channel><title>Wire</title><item><title>T</title>"
        f"<description>{description}</description></item></channel></rss>"
    )


@pytest.mark.parametrize(
    "codec", ["hex", "rot13", "base64", "unicode_escape", "utf-7", "utf-16", "cp037", "bogus"]
)
@pytest.mark.parametrize("name", ["page.html", "wire.rss", "wire.xml"])
def test_odd_declared_encodings_are_not_trusted(codec: str, name: str) -> None:
    body = "Pérez said \u201cthe hotel is surrounded\u201d, \\x00 +ADw-script+AD4- café."
    if name.endswith(".html"):
        document = (
            f'<html><head><meta charset="{codec}"></head><body><article><p>{body}</p>'
            "</article></body></html>"
        )
    else:
        document = (
            f'<?xml version="1.0" encoding="{codec}"?>\n<rss version="2.0"><channel>'
            f"<title>Wire</title><item><title>T</title><description>{body}</description>"
            "</item></channel></rss>"
        )

    results = run(name, document.encode("cp1252"))

    articles = [item for item in results if isinstance(item, Article)]
    assert len(articles) == 1
    assert "Pérez said “the hotel is surrounded”" in articles[0].body
    assert "<script" not in articles[0].body
