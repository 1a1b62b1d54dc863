"""Saved web pages (``.html``, ``.htm``): the article's main text and the page's metadata.

The page is parsed once with lxml's HTML parser (no network, no DTD, no entities beyond
HTML's own), its metadata read from ``<meta>``/``<link>`` tags, then navigation, cookie
banners, footers, comment sections and other furniture are cut before trafilatura picks
the main text. Nothing is fetched: trafilatura only ever sees the parsed tree.

Id: ``<meta name="article-id">``, else the canonical URL (``<link rel="canonical">`` or
``og:url``), else the file name. Title, date and site come from the page's own metadata
(``og:title``, ``article:published_time``, ``og:site_name`` …), then trafilatura's.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from pathlib import Path

import lxml.etree
import lxml.html
import trafilatura
from trafilatura.metadata import extract_metadata

from wiredesk.index.ingest.common import (
    INVALID_XML_CHARS_RE,
    ReadFailure,
    clean_body,
    clean_field,
    clean_title,
    decode,
    html_parser,
    title_from_text,
)
from wiredesk.index.ingest.dates import parse_published
from wiredesk.index.models import Article, LoadProblem

SUFFIXES: frozenset[str] = frozenset({".html", ".htm"})
"""File name endings this loader reads (lower case)."""

NO_TEXT = "no article text found"
TOO_DEEP = "page nests elements too deeply to read (over 2048 levels)"

MAX_ELEMENTS = 50_000
"""Pages with more elements are refused: trafilatura needs about 75 µs an element, and
real article pages hold a few thousand."""

_META_CHARSET_RE = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.I
)
_ENTITY_DECLARATION_RE = re.compile(r"<!ENTITY", re.IGNORECASE)

# fmt: off
_FURNITURE_TAGS = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "form",
    "nav", "footer", "aside", "button", "select", "dialog",
)
# fmt: on
"""Elements that never hold article text."""

_FURNITURE_NAME_RE = re.compile(
    r"(?:^|[\s_-])(?:cookies?|consent|gdpr|banner|newsletter|subscribe|share|sharing|social"
    r"|related|comments?|breadcrumbs?|menu|navbar|nav|sidebar|advert|ads|promo|popup|modal"
    r"|paywall|footer|masthead)(?:$|[\s_-])",
    re.IGNORECASE,
)
"""Class or id words of page furniture (``cookie-banner``, ``comments``, ``share_bar``)."""

_FALLBACK_MAX_DEPTH = 100
"""Deeper pages skip trafilatura's fallback extractors (slow on deep trees)."""

_KEPT_TAGS = frozenset({"html", "body", "article", "main"})
"""Never cut, whatever their class says (``<body class="has-comments">``)."""

_DATE_KEYS: tuple[str, ...] = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "date",
    "parsely-pub-date",
    "sailthru.date",
)


def load(path: Path, data: bytes) -> Iterator[Article | LoadProblem]:
    """Yield the article in the saved page ``path`` (its bytes ``data``), or its problem."""
    try:
        text = decode(data, declared=_declared_charset(data))
    except ReadFailure as failure:
        yield LoadProblem(str(path), failure.reason)
        return
    if _ENTITY_DECLARATION_RE.search(text):
        yield LoadProblem(str(path), "page declares XML entities; refused for safety")
        return
    try:
        tree = _parse(text)
    except ReadFailure as failure:
        yield LoadProblem(str(path), failure.reason)
        return
    if tree is None:
        yield LoadProblem(str(path), NO_TEXT)
        return
    meta = _page_metadata(tree)
    body = _main_text(copy.deepcopy(tree))
    if not body:
        yield LoadProblem(str(path), NO_TEXT)
        return
    found = extract_metadata(tree, date_config={"extensive_search": False, "original_date": True})
    canonical = meta.get("canonical") or meta.get("og:url")
    published = next(
        (date for key in _DATE_KEYS if (date := parse_published(meta.get(key)))), None
    ) or parse_published(found.date)
    yield Article(
        id=clean_field(meta.get("article-id")) or clean_field(canonical) or path.stem,
        title=clean_title(meta.get("og:title"))
        or clean_title(meta.get("twitter:title"))
        or clean_title(found.title)
        or clean_title(meta.get("title"))
        or title_from_text(body)
        or path.stem,
        body=body,
        source=clean_field(meta.get("og:site_name"))
        or clean_field(meta.get("application-name"))
        or clean_field(found.sitename),
        published=published,
        url=clean_field(canonical) or clean_field(found.url),
        path=str(path),
    )


def _declared_charset(data: bytes) -> str | None:
    """Return the charset a ``<meta>`` tag near the top declares, if any."""
    match = _META_CHARSET_RE.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _parse(text: str) -> lxml.html.HtmlElement | None:
    """Return the parsed page, or None when lxml finds no document in it.

    Raises :class:`ReadFailure` when the page nests deeper than libxml2 reads (2048
    levels), which would silently lose whatever lies deeper, or holds more than
    :data:`MAX_ELEMENTS` elements.
    """
    cleaned = INVALID_XML_CHARS_RE.sub("", text)
    if not cleaned.strip():
        return None
    parser = html_parser()
    try:
        tree = lxml.html.document_fromstring(
            cleaned.encode("utf-8", "surrogatepass"), parser=parser
        )
    except (lxml.etree.LxmlError, ValueError):
        return None
    if any("Excessive depth" in error.message for error in parser.error_log):
        raise ReadFailure(TOO_DEEP)
    if sum(1 for _ in tree.iter()) > MAX_ELEMENTS:
        raise ReadFailure(f"page has too many elements to read (over {MAX_ELEMENTS:,})")
    return tree if isinstance(tree, lxml.html.HtmlElement) else None


def _page_metadata(tree: lxml.html.HtmlElement) -> dict[str, str]:
    """Return the page's metadata: ``<meta>`` by name/property/itemprop, canonical, title.

    Keys are lower case; the first tag that gives a key wins.
    """
    meta: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("name") or element.get("property") or element.get("itemprop")
        value = element.get("content")
        if key and value and value.strip():
            meta.setdefault(key.strip().lower(), value.strip())
    for element in tree.iter("link"):
        rel = (element.get("rel") or "").lower().split()
        href = (element.get("href") or "").strip()
        if "canonical" in rel and href:
            meta.setdefault("canonical", href)
    for element in tree.iter("time"):
        value = element.get("datetime")
        if value and "pubdate" in element.attrib:
            meta.setdefault("pubdate", value)
    title = tree.findtext(".//title")
    if title and title.strip():
        meta.setdefault("title", title.strip())
    return meta


def _main_text(tree: lxml.html.HtmlElement) -> str:
    """Return the article text of ``tree`` (which is modified), or "" when it has none."""
    for element in list(tree.iter(*_FURNITURE_TAGS, "header")):
        if element.tag == "header" and _inside(element, ("article", "main")):
            continue
        element.drop_tree()
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.tag in _KEPT_TAGS:
            continue
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        if names.strip() and _FURNITURE_NAME_RE.search(names):
            element.drop_tree()
    body = tree.find("body")
    if body is None or not _has_words_outside_links(body):
        return ""
    document = trafilatura.bare_extraction(
        tree,
        # Its fallback extractors take time quadratic in the nesting depth.
        fast=_depth(tree) > _FALLBACK_MAX_DEPTH,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
    )
    text = getattr(document, "text", None) if document is not None else None
    if not isinstance(text, str):
        return ""
    body_text = clean_body(text).strip()
    return body_text if any(char.isalnum() for char in body_text) else ""


def _depth(tree: lxml.html.HtmlElement) -> int:
    """Return how many levels deep the elements of ``tree`` nest."""
    depth = deepest = 0
    for event, _ in lxml.etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _inside(element: lxml.html.HtmlElement, tags: tuple[str, ...]) -> bool:
    """Return True when one of ``element``'s ancestors is one of ``tags``."""
    return any(parent.tag in tags for parent in element.iterancestors())


def _has_words_outside_links(body: lxml.html.HtmlElement) -> bool:
    """Return True when ``body`` holds a letter or digit that is not link text."""
    for piece in body.xpath(".//text()[not(ancestor::a)]"):
        if any(char.isalnum() for char in piece):
            return True
    return False
