"""Who the article credits for a figure: ``officials say``, ``X said``, ``according to X``.

:func:`find_speakers` reads one sentence and returns every speaker it names, with offsets:

* ``according to X``;
* ``X said`` / ``X says`` / ``X told Reuters`` / ``X has reported that …`` / ``X is
  reporting``, the speaker being the noun phrase before the verb back to a comma, a dash or
  a conjunction (``As the siege progressed, security sources told local media that …``);
* an appositive pair at the start (``CCTV, Chinese state TV reported …`` → ``CCTV``) and an
  appositive before the verb (``A statement from X, operator of …, said`` → ``X``);
* ``…," said the spokesman.``

:class:`Attribution` then gives each figure the nearest speaker of its clause, resolves
``he``/``she``/``it``/``they`` to a speaker or person named in the sentences before, and
lends a quoted sentence with no speaker the speaker of the quote next to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from wiredesk.index.extract.lexicon import word_set

__all__ = ["Attribution", "Speaker", "find_speakers"]


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker a sentence names; offsets index the sentence."""

    start: int
    end: int
    name: str
    pronoun: bool = False
    leading: bool = False
    """True when the speaker opens its clause (``X said 12 …``) and so speaks for what
    follows; otherwise it closes a clause (``…, X said``) and speaks for what precedes."""


# The look-ahead for the verbs' first letters turns the scan away from most positions
# before the word boundary and the alternatives are tried.
_SAY = re.compile(
    r"(?=[acdeinprstw])\b(?:said|says|say|saying|adding|put|told|tells|added|adds|reported|reports|reporting|"
    r"confirmed|confirms|"
    r"announced|announces|stated|states|tweeted|tweets|wrote|writes|noted|notes|estimated|"
    r"estimates|claimed|claims|explained|insisted|warned|revealed|disclosed)\b"
)
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?P<np>[^,.;:()\"“”]+)")
_BOUNDARY = re.compile(
    r"[,;:\"“”—–]|\s-\s|\b(?:that|where|when|while|as|but|because|after|although|though|"
    r"who|which|if|so|whom|whose|and then)\b"
)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are|get|got)\s+$", re.IGNORECASE)
_TRAILING = re.compile(
    r"(?:\s+(?:has|have|had|also|later|earlier|again|previously|further|then|now|is|are|was|"
    r"were|would|will|reportedly|separately|repeatedly|today|yesterday|initially|first|once|"
    r"did|does|do|had|just|already|still))+$",
    re.IGNORECASE,
)
_LEADING = re.compile(
    r"^(?:(?:and|but|so|then|meanwhile|however|both|also|while)(?:\s+|$)|"
    r"(?:(?:later|earlier)\s+)?(?:on|by|late|early|in\s+the)?\s*(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|today|tonight|yesterday|morning|afternoon|evening|night)"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+|"
    r"(?:an?|one|two|three|several|few|\d+)\s+(?:hours?|days?|minutes?|weeks?)\s+(?:later|earlier)"
    r",?\s+|(?:later|earlier),?\s+)+",
    re.IGNORECASE,
)
_BAD_NP = re.compile(
    r"\b(?:is|are|was|were|be|been|being|will|would|could|can|should|may|might|must|there|it's)\b"
    r"|^(?:in|on|at|for|from|to|with|by|of|i|we|you|me|us|there|this|these|those|what|which|"
    r"no|none|nobody|not)\b"
    r"|\b(?:to|of|for|with|by|on|in|at|from|yet|not|never)$"  # "responding to reports": a noun
    r"|(?-i:^[a-z]+(?:ed|ing)\b)",  # "(who) escaped through a bay said": a verb phrase
    re.IGNORECASE,
)
_CUT = re.compile(
    r"\s+(?:quoted\s+by|who|which|that|citing|in\s+a\s+statement)\b.*$", re.IGNORECASE
)
_VIA = re.compile(
    r"^(?:a|an|the)\s+(?:statement|report|press\s+release|communiqu[eé]|post|message|tweet|"
    r"tally|count|toll|list|update)\s+(?:(?:\w+\s+){0,4}?)(?:from|by|issued\s+by|of)\s+",
    re.IGNORECASE,
)
_PRONOUNS = frozenset(("he", "she", "they", "it"))
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "it": "it"}
"""``according to him``: the object pronoun stands for a speaker named before."""
_OPENERS = word_set(
    """as when after while in on at meanwhile however earlier later separately yesterday
    today also still overall but and so then although though"""
)
_PERSON = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}")
_NOT_PERSON = re.compile(
    r"\b(?:Ministry|Embassy|Department|Government|Agency|Office|Army|Navy|Police|Company|"
    r"Group|Airlines?|Council|Mission|Service|Forces?|Corps|Brigade|Commission|Authority|"
    r"Hotel|Hospital|Street|State|Nations|Union|Guard|Cross|Crescent|News|Press|Times|Post|"
    r"Reuters|Radio|TV|Television|Channel|University|School|Church|Mosque|Airport)\b"
)
_QUOTE = re.compile(r"[\"“”]")
_COUNT = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|no\s+one|nobody|"
    r"none)\b",
    re.IGNORECASE,
)
_PUT_TOLL = re.compile(r"\s+the\s+(?:death\s+|official\s+)?(?:toll|number|figure)", re.IGNORECASE)
_AND_BEFORE = re.compile(r"\b(?:and|but)\s+(?:also\s+|later\s+)?$")
_SUBJECT = re.compile(
    r"\W*(?P<np>(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)\s+(?:also\s+|later\s+)?"
    r"(?!(?:was|were|had|has|have|is|are)\b)[a-z]+ed\b"
)
_NOUN_USE = re.compile(r"\s+(?:said|say|says|suggest\w*|indicat\w*|claim\w*)\b")
_ASIDE = re.compile(r"\s*\([^)]*\)")
_THE = re.compile(r"the\s", re.IGNORECASE)
_A = re.compile(r"(?:A|An)\s")
_THE_LIVES = re.compile(r"\s+the\s+lives")
_RELATIVE_VERB = re.compile(r"\s*(?:also\s+)?[a-z]+s\s+(?:it|them|the|a|an|this|its|their)\b")
"""A relative clause's verb and object (``that runs it``), not a speaker."""
_SAY_AT_END = re.compile(r"\b(?:said|says|say|told|tells|added|reported|reports)\s*$")
_AFTER_VERB = re.compile(r"\s+((?:the\s+|a\s+|an\s+)?[A-Za-z][^,.;:()\"“”]{0,60})")


def _clean(name: str) -> str | None:
    """Return a short readable speaker name, or None when ``name`` is not one."""
    name = _ASIDE.sub("", " ".join(name.split())).strip(" '\"“”‘’.,")
    name = _CUT.sub("", name)
    name = _LEADING.sub("", name)
    name = _TRAILING.sub("", name)
    name = _VIA.sub("", name)
    if _THE.match(name):
        name = name[4:]
    elif _A.match(name):
        name = name[0].lower() + name[1:]
    name = name.strip(" '\"“”‘’.,")
    words = name.split()
    if not words or len(words) > 12 or _BAD_NP.search(name):
        return None
    if any(ch.isdigit() for ch in name):
        return None
    return name


_SPEAKER_REACH = 160
"""Characters before a verb that may hold its speaker (a speaker runs to 12 words)."""


def _segment_start(before: str) -> tuple[int, str]:
    """Return where the phrase before a verb starts, and the boundary text that opens it."""
    reach = max(0, len(before) - _SPEAKER_REACH)
    last = None
    for last in _BOUNDARY.finditer(before, reach):  # noqa: B007 - the last one is wanted
        pass
    if last is None:
        return reach, ""
    return last.end(), last.group(0)


def _appositive_head(text: str, comma_at: int) -> str | None:
    """Return a short capitalised name at the sentence start before ``comma_at`` (``CCTV,``)."""
    head = text[:comma_at].strip()
    words = head.split()
    if not 1 <= len(words) <= 3 or _BOUNDARY.search(head):
        return None
    if words[0].lower() in _OPENERS or not all(w[:1].isupper() for w in words):
        return None
    return head


def _parenthetical(piece: str) -> bool:
    """Return True for a comma-closed aside between a subject and its verb.

    ``operator of the hotel``, ``who asked not to be named``, ``a spokesman for …``: asides
    open in lower case or with a relative pronoun or an article.
    """
    words = piece.split()
    return bool(words) and (words[0][:1].islower() or words[0].lower() in ("a", "an", "the"))


def _subject_across_asides(before: str) -> tuple[str, int]:
    """Return the subject before a comma-closed aside and its offset, or ``("", 0)``.

    ``The police spokesman, Daso Nahum, said`` → ``Daso Nahum``; ``A nurse at the hospital,
    who asked not to be named, said`` → ``A nurse at the hospital``.
    """
    pieces = before.rstrip().rstrip(",").split(",")
    offset = len(before.rstrip().rstrip(","))
    for piece in reversed(pieces):
        offset -= len(piece)
        if _parenthetical(piece) and piece is not pieces[0]:
            offset -= 1  # the comma before the aside
            continue
        if _BOUNDARY.search(piece.replace("(", " ").replace(")", " ")):
            return "", 0
        return piece, offset
    return "", 0


def _sentence_subject(text: str) -> str | None:
    """Return the noun phrase that opens a sentence before its first past-tense verb."""
    m = _SUBJECT.match(text)
    return _clean(m.group("np")) if m else None


def find_speakers(text: str) -> list[Speaker]:
    """Return every speaker ``text`` credits, in order of position."""
    speakers: list[Speaker] = []
    for m in _ACCORDING.finditer(text):
        according = _clean(m.group("np"))
        if according:
            subject = _OBJECT_PRONOUNS.get(according.lower())
            if subject:
                speakers.append(Speaker(m.start(), m.end(), subject, True))
                continue
            speakers.append(Speaker(m.start(), m.end(), according, according.lower() in _PRONOUNS))
    for m in _SAY.finditer(text):
        verb = m.group(0)
        if verb.startswith("claim") and _THE_LIVES.match(text, m.end()):
            continue
        if verb == "put" and not _PUT_TOLL.match(text, m.end()):
            continue  # only "put the death toll at …" reports a figure
        if _NOUN_USE.match(text, m.end()):
            continue  # "news reports said": "reports" is the subject, not the verb
        before = text[: m.start()]
        if verb not in ("reporting", "saying", "adding") and _PASSIVE.search(before):
            continue  # "was told", "were reported"
        name: str | None
        if verb in ("saying", "adding"):
            # ", saying …" speaks with the voice of the sentence's subject.
            earlier = [s for s in speakers if s.start < m.start() and not s.pronoun]
            name = earlier[-1].name if earlier else _sentence_subject(text)
            if name:
                speakers.append(Speaker(m.start(), m.end(), name))
            continue
        if _AND_BEFORE.search(before) and speakers:
            # "put the toll at 28 and said 40 were hurt": the same speaker goes on.
            last = speakers[-1]
            speakers.append(Speaker(m.start(), m.end(), last.name, last.pronoun))
            continue
        seg_start, opener = _segment_start(before)
        phrase = before[seg_start:]
        name = _clean(phrase)
        start = seg_start
        if name and opener == "," and _BOUNDARY.search(before[: seg_start - 1]) is None:
            # "CCTV, Chinese state TV reported …": the name before the appositive.
            head = _appositive_head(text, seg_start - 1)
            if head and any(w[:1].islower() for w in phrase.split()):
                name, start = _clean(head), 0
        if name and opener in ("that", "who", "which"):
            # "an aid group that runs it said": the relative clause is not the speaker;
            # its noun, before the pronoun, is.
            head_before = before[: seg_start - len(opener)]
            if _RELATIVE_VERB.match(phrase) and not _SAY_AT_END.search(head_before):
                head_start, _ = _segment_start(head_before)
                head_name = _clean(head_before[head_start:])
                if head_name:
                    name, start = head_name, head_start
        if not name and not phrase.strip() and opener == ",":
            # "A statement from X, operator of the hotel, said": step over the aside.
            subject, start = _subject_across_asides(before)
            name = _clean(subject)
        if not name and not phrase.strip() and verb in ("said", "says", "added", "told"):
            after = _AFTER_VERB.match(text, m.end())
            if after and not after.group(1).lower().startswith("that"):
                name = _clean(after.group(1))
                start = m.end()
        if name:
            speakers.append(Speaker(start, m.end(), name, name.lower() in _PRONOUNS))
    speakers.sort(key=lambda s: s.start)
    return [_with_scope(text, s) for s in speakers]


def _with_scope(text: str, speaker: Speaker) -> Speaker:
    """Return ``speaker`` marked leading when no count comes before it in its clause."""
    clause_start = text.rfind(";", 0, speaker.start) + 1
    leading = not _COUNT.search(text, clause_start, speaker.start)
    return Speaker(speaker.start, speaker.end, speaker.name, speaker.pronoun, leading)


def _distance(speaker: Speaker, start: int, end: int) -> int:
    if speaker.end <= start:
        return start - speaker.end
    if speaker.start >= end:
        return speaker.start - end
    return 0


def _clause_id(text: str, pos: int) -> int:
    return text.count(";", 0, pos)


def _person_in(text: str) -> str | None:
    """Return the first person-like name (two to four capitalised words) in ``text``."""
    for m in _PERSON.finditer(text):
        name = m.group(0)
        if _NOT_PERSON.search(name) or name.split()[0].lower() in _OPENERS | {"the", "a"}:
            continue
        return name
    return None


class Attribution:
    """Speakers of an article's sentences, with pronouns and quotes resolved.

    ``sentences`` holds each sentence's text, or None for sentences that are page
    furniture (they neither speak nor interrupt a chain of quotes). Speakers are read
    lazily: only sentences with figures, and the few before them a pronoun may point
    to, are ever parsed.
    """

    def __init__(self, sentences: Sequence[str | None]) -> None:
        self._texts = list(sentences)
        self._speakers: dict[int, list[Speaker]] = {}
        self._resolved: dict[int, list[str | None]] = {}

    def _speakers_of(self, index: int) -> list[Speaker]:
        found = self._speakers.get(index)
        if found is None:
            text = self._texts[index]
            found = find_speakers(text) if text else []
            self._speakers[index] = found
        return found

    def _names(self, index: int) -> list[str | None]:
        """Return the speakers of sentence ``index``, pronouns resolved to a name."""
        names = self._resolved.get(index)
        if names is None:
            names = [
                self._antecedent(index, s.name.lower()) if s.pronoun else s.name
                for s in self._speakers_of(index)
            ]
            self._resolved[index] = names
        return names

    def _antecedent(self, index: int, pronoun: str) -> str | None:
        """Return who ``pronoun`` in sentence ``index`` most likely stands for."""
        # The sentence right before, or the one before the quote the pronoun closes
        # ("Lena Ortiz ran a stall there. "The roof fell. Then …," she said.") may name
        # the person.
        adjacent = True
        for back in range(index - 1, max(-1, index - 5), -1):
            if self._texts[back] is None:
                continue
            named = [n for n in self._names(back) if n]
            if named:
                return named[-1]
            text = self._texts[back] or ""
            if pronoun in ("he", "she") and adjacent:
                person = _person_in(text)
                if person:
                    return person
            adjacent = adjacent and text.lstrip()[:1] in '"“' and bool(text.strip())
        return None

    def speaker(self, index: int, start: int, end: int) -> str | None:
        """Return who sentence ``index`` credits for the words at ``start:end``."""
        text = self._texts[index] or ""
        speakers = self._speakers_of(index)
        if speakers:
            names = self._names(index)
            clause = _clause_id(text, start)
            named = [(s, n) for s, n in zip(speakers, names, strict=True) if n]
            same = [(s, n) for s, n in named if _clause_id(text, s.start) == clause]
            # A speaker that opens the clause before the figure, or closes it after the
            # figure, speaks for it; otherwise fall back on the nearest one.
            scoped = [
                (s, n)
                for s, n in same
                if (s.leading and s.end <= start) or (not s.leading and s.start >= end)
            ]
            pool = scoped or same or named
            if pool:
                return min(pool, key=lambda p: _distance(p[0], start, end))[1]
        if _QUOTE.search(text):
            return self._quote_speaker(index)
        return None

    def _quote_speaker(self, index: int) -> str | None:
        """Return the speaker of the quote next to a quoted sentence that names none."""
        for other in (index - 1, index + 1):
            text = self._texts[other] if 0 <= other < len(self._texts) else None
            if text and _QUOTE.search(text):
                named = [n for n in self._names(other) if n]
                if named:
                    return named[-1]
        return None
