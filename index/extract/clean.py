"""Page furniture: which blocks of an article are appeals, ads, credits, teasers or captions.

Each block gets one role:

``title``      the first line, when it is a headline;
``headline``   a deck or subheading of the article itself;
``text``       prose of the article;
``caption``    a photo caption (page furniture, but its figures still count);
``teaser``     a related-story headline inside the page (furniture about another story);
``furniture``  everything else a reader skips: donation and subscription appeals, ad and
               phone lines, share and comment prompts, credits, bylines, repeated headlines.

Roles come from general shapes (a line without final punctuation in a run of such lines,
a line repeated on the page, an appeal that speaks of "our journalism"), never from one
outlet's wording.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from wiredesk.index.extract.sentences import Block, fold_case

__all__ = ["ROLES", "classify_blocks", "is_background_label", "is_inline_teaser", "repeats_title"]

ROLES: tuple[str, ...] = ("title", "headline", "text", "caption", "teaser", "furniture")
"""Every role a block can take."""

_I = re.IGNORECASE

# Appeals for money or sign-ups, ads, share and comment prompts, legal lines, credits.
_FURNITURE = re.compile(
    "|".join(
        (
            r"\bjournalism\b[^.]{0,80}\b(?:costs?|money|free|afford|fund\w*|support\w*|contribut\w*)\b",
            r"\b(?:support\w*|fund\w*|free|independent|back)\b[^.]{0,60}\bjournalism\b",
            r"\b(?:subscribe|subscription|subscribers?)\b",
            r"\bnewsletters?\b",
            r"\bsign up\b",
            r"\b(?:donate|donation|contribut\w+)\b[^.]{0,60}\b(?:our|us|we|you|your)\b",
            r"\b(?:our|us|we|you|your)\b[^.]{0,60}\b(?:donate|donation|contribut\w+)\b",
            r"\bconsider (?:making|supporting|subscribing|donating|a contribution)\b",
            r"\bbecome a (?:member|supporter|subscriber|patron)\b",
            r"^\W*(?:advert(?:isement)?s?|sponsored(?: content)?|promoted(?: content)?)\W*$",
            r"\btext ad\b",
            r"\bto advertise\b",
            r"\badvertis\w+ (?:enquiries|inquiries)\b",
            r"\bcall\b[^.]{0,30}\+?\d[\d\s().-]{6,}",
            r"^\W*(?:share|tweet|email|print)(?: this)?(?: article| story| page| post)?\W*(?::|$)",
            r"\bfollow us\b",
            r"\bfollow\b[^.]{0,40}\bon\s+(?:x|twitter|facebook|instagram|telegram|whatsapp|tiktok|"
            r"youtube|linkedin)\b",
            r"^\W*share\s+(?:on|via|this|to)\b",
            r"\blike us on\b",
            r"\b(?:facebook|twitter|whatsapp|instagram|telegram|linkedin)\b[^.]{0,40}"
            r"\b(?:facebook|twitter|whatsapp|instagram|telegram|linkedin|email|youtube|"
            r"tiktok)\b",
            r"^\W*(?:discussion about this (?:post|article|story)|comments?|"
            r"leave a (?:comment|reply)|join the (?:conversation|discussion)|\d+ comments?|"
            r"(?:show|view|read) comments)\W*$",
            r"\bcopyright\b",
            r"©",
            r"\ball rights reserved\b",
            r"\bterms of (?:use|service)\b",
            r"\bprivacy policy\b",
            r"\bcontributed (?:to )?(?:this )?report",
            r"^\W*(?:reporting|writing|editing|additional reporting|compiled|edited|written)"
            r" by\b",
            r"^\W*(?:updated|published|posted|last updated|first published)\b.{0,60}\d",
            r"\bnews tips?\b",
            r"@[\w-]+\.[a-z]{2,}",
            r"^\W*contact(?: us)?\b",
        )
    )
)
"""Furniture patterns, written in lower case: they run on :func:`fold_case` text."""
_BYLINE = re.compile(
    r"^\W*[Bb][Yy]\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|van|von))*"
    r"(?:\s*,\s*[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|of|for|in|on|the))*)?\W*$"
)
"""``By Ana Ruiz``, ``By Hannah Kerr, Chief Reporter``: who wrote the story."""

# A line that announces a list of other stories, alone or in front of one headline.
_SUMMARY_MARKER = re.compile(
    r"^\W*(?:key\s+(?:points|facts|developments)|summary|at\s+a\s+glance|highlights|"
    r"in\s+brief|what\s+we\s+know(?:\s+so\s+far)?|the\s+story\s+so\s+far)\W*$",
    _I,
)
"""A label over the story's own points in brief (``Key points``): its lines are not teasers."""
_RELATED_MARKER = re.compile(
    r"^\W*(?:related(?: stories| articles| coverage| content| news| links| reading)?|"
    r"read (?:more|also|next)|see also|more (?:from|on|stories|news|coverage)\b[^.:]*|"
    r"recommended(?: for you| stories)?|you (?:may|might) (?:also )?like|"
    r"most (?:read|popular|viewed)|trending(?: now)?|also read|top stories|"
    r"latest(?: news| stories)?|watch(?: now)?|more like this)\W*$",
    _I,
)
_RELATED_INLINE = re.compile(
    r"^\W*(?:\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s*)?\W*)?"
    r"(?:related(?: stories| articles| coverage| content| news| links| reading)?|read more|"
    r"read also|read next|see also|also read|more)\s*:\s*\S",
    _I,
)
"""``Read more: …``, and in a live blog after the entry's time (``12:05 - Read more: …``)."""
_CAPS_LABEL = re.compile(r"^\W*[A-Z][A-Z'’&]+(?:\s+[A-Z][A-Z'’&]+){0,3}\s*:\s*\S")
"""``MORE STORIES: …``, ``EDITOR'S PICK: …``: a capitals label before a line with no final
stop, after the article has begun, introduces another story."""
_OUTLET_PREFIX = re.compile(r"^\W*(?:more|also)\s+(?:from|on|at)\s+[^\W\d][^:.]{0,40}:\s*\S", _I)
"""``ALSO ON <outlet>: …``, ``More from <outlet>: …``, ``Also on Channel 4: …`` before a
headline (no final stop): a related story, not a sentence such as ``Also on Sunday: police
said …``."""

# Photo captions and credits.
_AGENCY = (
    r"(?:AP|AFP|Reuters|Getty(?: Images)?|EPA|Xinhua|Anadolu|Shutterstock|Bloomberg|dpa|ANSA|"
    r"Sipa|Alamy|PA)"
)
_CREDIT = re.compile(
    r"^\W*(?:photo|image|picture|credit|source|video)s?\s*(?:credit)?\s*:|"
    rf"[|/]\s*{_AGENCY}\b|^\W*{_AGENCY}(?:\s+(?:photos?|images?|file))?\W*$|"
    r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*[|/]\s*[A-Z][\w. ]{1,25}$",
    _I,
)
_CAPTION = re.compile(
    r"(?=[(,adfjmnos])(?:"  # every alternative's first character: the scan skips to the next
    r"\((?:photo|image|picture|file photo|video|pictured)\b[^)]*\)|"
    r",\s*(?:left|right|centre|center|second (?:left|right)|front|top|bottom|rear)\s*,|"
    r"\((?:L|R|C|centre|center|left|right|pictured)\)|"
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\.?\s*$)",
    _I,
)
_BACKGROUND_LABEL = re.compile(r"^\W*(?:background|context|history|previously)\W*:", _I)
_CLOSERS = "\"'”’)]*_ \t\r\n"


def _final(text: str) -> bool:
    """Return True when ``text`` ends with ``.`` or ``!`` (closing quotes and marks aside)."""
    return text.rstrip(_CLOSERS)[-1:] in (".", "!")


def _continuing(text: str) -> bool:
    """Return True when ``text`` ends as if it ran on (``,``, ``;``, ``:``, a dash)."""
    return text.rstrip()[-1:] in (",", ";", ":", "-", "–", "—")


_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+(?:['.-][A-Za-z0-9]+)*")
""":data:`_WORD` for ASCII text (most blocks), where it finds the same words faster (a
table look-up per character instead of Unicode's word class)."""
_NORM = re.compile(r"[\W_]+")
_BRACKETS = re.compile(r"\([^)]*\)")


def _norm(text: str) -> str:
    """Return ``text`` folded for comparison: lower case, asides in brackets, punctuation
    and spaces dropped (a caption and its credited copy compare equal)."""
    return _NORM.sub(" ", _BRACKETS.sub(" ", text.lower())).strip()


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _plain(text: str) -> str:
    """Return a block's text without surrounding space and Markdown emphasis marks."""
    return text.strip().strip("*_").strip()


def _headline_like(plain: str, words: int) -> bool:
    if not plain or _final(plain) or _continuing(plain):
        return False
    if plain.endswith("?") and ('"' in plain or "”" in plain):
        return False
    return 1 <= words <= 20 and (plain[0].isupper() or plain[0].isdigit() or plain[0] in "'\"‘“")


def is_background_label(text: str) -> bool:
    """Return True when a block opens with a label such as ``Background:``."""
    return ":" in text and bool(_BACKGROUND_LABEL.match(text))


def is_inline_teaser(sentence: str) -> bool:
    """Return True when a sentence opens with ``Read more:``, ``See also:`` or the like.

    Scraped paragraphs often end with a link to an older story (``… six people died
    there. Read more: Remembering the flood that killed six``): that sentence is a teaser
    for another story even though the paragraph around it is the article's own text.
    """
    return ":" in sentence and bool(_RELATED_INLINE.match(sentence))


# Strings one of the furniture patterns needs, anywhere or at the start of the block: a
# block with none of them is not furniture, and most blocks are prose that skips the long
# pattern this way.
_FURNITURE_WORDS: tuple[str, ...] = (
    "journalism", "subscri", "newsletter", "sign up", "donat", "contribut", "advert",
    "sponsor", "promoted", "text ad", "follow us", "like us", "facebook", "twitter",
    "whatsapp", "instagram", "telegram", "linkedin", "discussion", "comment", "copyright",
    "©", "reserved", "terms of", "privacy", "news tip", "@", "contact", "become a",
)  # fmt: skip
_FURNITURE_START = re.compile(
    r"\W*(?:share|tweet|email|print|updated|published|posted|last\s+updated|first\s+published|"
    r"reporting|writing|editing|additional|compiled|edited|written|join|leave|\d+\s+comment|"
    r"show|view|read)\b"
)
_PHONE_CALL = re.compile(r"\bcall\b[^.]{0,30}\d")
_CAPTION_HINTS: tuple[str, ...] = (
    "(", " left,", " right,", " centre,", " center,", " front,", " top,", " bottom,", " rear,",
)  # fmt: skip


def _furniture(plain: str, low: str, words: int, hints: tuple[str, ...] = _FURNITURE_WORDS) -> bool:
    if words > 80:
        return False
    if _BYLINE.match(plain) or not any(ch.isalnum() for ch in plain):
        return True
    if not (
        any(map(low.__contains__, hints))
        or _FURNITURE_START.match(low)
        or ("call" in low and _PHONE_CALL.search(low))
    ):
        return False
    found = _FURNITURE.search(low)
    return found is not None and not _news_before(low, found.start())


_SENTENCE_BREAK = re.compile(r"[a-z)][.!?][\"”’']?\s+(?=\S)")
"""A sentence's end in a folded paragraph (a word's last letter and its stop, not ``no.``
before digits or the stop of an initial)."""


_APPEAL_WORDS = re.compile(r"\b(?:appeals?|donors?|donat\w*|funds?|fundrais\w*|support)\b")
"""Words of an appeal: a paragraph that opens with one is an appeal throughout."""


def _news_before(low: str, at: int) -> bool:
    """Return True when a paragraph opens with a sentence of news of eight words or more
    before the appeal that ends it (``Relatives had reported five people missing since
    Saturday. Anyone with information can call …``): the paragraph is copy, and the
    appeal's digits are no count (the extractor reads telephone numbers as such). A
    paragraph that opens on an appeal (``… has launched an appeal to support the families``)
    is furniture throughout."""
    if at < 40:
        return False
    first = _SENTENCE_BREAK.search(low, 0, at)
    if first is None:
        return False
    opening = low[: first.start()]
    return _words(opening) >= 8 and not _APPEAL_WORDS.search(opening)


def _caption(plain: str, low: str, hints: tuple[str, ...] = _CAPTION_HINTS) -> bool:
    if not (any(map(low.__contains__, hints)) or plain.rstrip(". ")[-1:].isdigit()):
        return False
    return bool(_CAPTION.search(plain)) and not _BACKGROUND_LABEL.match(plain)


def classify_blocks(blocks: Sequence[Block], title: str = "") -> list[str]:
    """Return one role from :data:`ROLES` for each block, in order."""
    n = len(blocks)
    roles = ["text"] * n
    plains = [_plain(b.text) for b in blocks]
    lows = [fold_case(p) for p in plains]
    # The hint words any block holds: a block cannot hold a word the whole page lacks.
    page = "\n".join(lows)
    furniture_hints = tuple(w for w in _FURNITURE_WORDS if w in page)
    caption_hints = tuple(h for h in _CAPTION_HINTS if h in page)
    # One pass of the word pattern gives both the word count and the comparison key.
    tokens = [
        (_ASCII_WORD if low.isascii() else _WORD).findall(
            _BRACKETS.sub(" ", low) if "(" in low else low
        )
        for low in lows
    ]
    counts = [len(t) for t in tokens]
    norms = [" ".join(t) for t in tokens]
    headline_like = [_headline_like(p, c) for p, c in zip(plains, counts, strict=True)]
    prose = [(_final(p) and c >= 8) or c > 25 for p, c in zip(plains, counts, strict=True)]
    markers = [bool(_RELATED_MARKER.match(p)) for p in plains]
    title_norm = _norm(title) if title else ""
    if not title_norm and n and headline_like[0]:
        title_norm = norms[0]
    repeats = Counter(norm for norm, h in zip(norms, headline_like, strict=True) if h)

    # First pass: furniture, credits, captions, repeated headlines and paragraphs.
    seen: set[str] = set()
    for i in range(n):
        plain, low = plains[i], lows[i]
        repeated = not headline_like[i] and len(norms[i]) > 30 and norms[i] in seen
        seen.add(norms[i])
        if i == 0 and headline_like[0]:
            roles[0] = "title"
            if title_norm and norms[0] != title_norm and counts[0] <= 3:
                # "LAGOS" above the page's <h1>: a kicker; the headline below it is the title
                headline_at = next(
                    (j for j in range(1, min(n, 3)) if norms[j] == title_norm and headline_like[j]),
                    None,
                )
                if headline_at is not None:
                    roles[0] = "furniture"
                    roles[headline_at] = "title"
        elif roles[i] == "title":
            continue  # the headline under a kicker
        elif repeated:
            roles[i] = "furniture"  # a paragraph printed twice (a caption and its alt text)
        elif (
            (norms[i] and norms[i] == title_norm and headline_like[i])
            or (headline_like[i] and repeats[norms[i]] > 1)
            or markers[i]
        ):
            roles[i] = "furniture"
        elif (
            ":" in plain
            and (  # each of these patterns holds a colon
                _RELATED_INLINE.match(plain)
                or (_OUTLET_PREFIX.match(plain) and not _final(plain))
                or (_CAPS_LABEL.match(plain) and not _final(plain) and any(prose[:i]))
            )
        ):
            roles[i] = "teaser"
        elif _furniture(plain, low, counts[i], furniture_hints) or (
            counts[i] <= 8 and _CREDIT.search(plain)
        ):
            roles[i] = "furniture"
        elif _caption(plain, low, caption_hints):
            roles[i] = "caption"

    first_prose = next((i for i in range(n) if prose[i] and roles[i] == "text"), n)
    last_prose = max((i for i in range(n) if prose[i] and roles[i] == "text"), default=-1)

    # Second pass: headline-like lines after the article has begun. They are teasers when
    # they follow a "Related" marker, sit in a run of other non-prose lines, or fill the
    # tail of the page after the last paragraph.
    after_marker = False
    in_summary = False
    tail_headlines = sum(
        1 for i in range(last_prose + 1, n) if headline_like[i] and roles[i] == "text"
    )
    for i in range(n):
        if markers[i]:
            after_marker = True
            continue
        if _SUMMARY_MARKER.match(plains[i]):
            in_summary = True
            continue
        if roles[i] != "text":
            continue
        if not headline_like[i]:
            if prose[i]:
                after_marker = in_summary = False
            continue
        if i < first_prose or (in_summary and not after_marker):
            roles[i] = "headline"  # "Key points: - Death toll rises to 19 …": the story's own
        elif (
            after_marker
            or _in_run(i, blocks, roles, headline_like)
            or (i > last_prose and tail_headlines >= 2)
        ):
            roles[i] = "teaser"
        else:
            roles[i] = "headline"
    return roles


def repeats_title(title: str, blocks: Sequence[Block], roles: Sequence[str]) -> bool:
    """Return True when the body repeats its headline: a first line read as the title, or
    one of the first blocks that holds the title or is held by it (compared as
    :func:`classify_blocks` compares a page's lines)."""
    if blocks and roles[0] == "title" and not _BYLINE.match(blocks[0].text):
        return True  # a first line read as the title (a byline there is none)
    head = _norm(title)
    for block in blocks[:3]:
        text = _norm(block.text)
        if text and (text in head or head in text):
            return True
    return False


def _in_run(i: int, blocks: Sequence[Block], roles: list[str], headline_like: list[bool]) -> bool:
    """Return True when block ``i`` touches another non-prose line with no blank between."""

    def non_prose(j: int) -> bool:
        return headline_like[j] or roles[j] in ("caption", "teaser", "furniture")

    before = i > 0 and not blocks[i].blank_before and non_prose(i - 1) and roles[i - 1] != "title"
    after = i + 1 < len(blocks) and not blocks[i].blank_after and non_prose(i + 1)
    return bool(before or after)
