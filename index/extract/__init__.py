"""The extract stage: sentences, page furniture and the figures an article reports.

``extract(body, title=…, published=…)`` returns an :class:`~wiredesk.index.models.Extraction`
with the article's figures (kind, value, qualifier, group, speaker, offsets, and whether
they speak of another incident), its boilerplate spans and its own and other sentences.
``split_sentences(body)`` gives the sentence spans alone.

The modules, in the order an article goes through them: :mod:`.sentences` (blocks and
sentences), :mod:`.clean` (page furniture), :mod:`.numbers` (numbers, qualifiers, ranges),
:mod:`.figures` (kinds and groups), :mod:`.attribution` (speakers), :mod:`.context`
(another incident?), :mod:`.pipeline` (all of it for one article); :mod:`.scoring`
compares figures with a gold file.

The two names load their modules when first used: the incident book needs only
:mod:`.places` and :mod:`.dates`, and a search that opens the book should not pay for
compiling the figure rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wiredesk.index.extract.pipeline import extract
    from wiredesk.index.extract.sentences import split_sentences

__all__ = ["extract", "split_sentences"]


def __getattr__(name: str) -> Any:
    """Load ``extract`` or ``split_sentences`` from their modules on first use."""
    if name == "extract":
        from wiredesk.index.extract.pipeline import extract

        return extract
    if name == "split_sentences":
        from wiredesk.index.extract.sentences import split_sentences

        return split_sentences
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
