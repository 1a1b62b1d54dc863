"""wiredesk's core: ingest, clean, extract, group, store and the Desk API.

Nothing in this package imports Textual or the presentation layer; both front ends (the
command line and the dashboard) go through :class:`wiredesk.index.desk.Desk`.
"""

from __future__ import annotations

from wiredesk.index.errors import WiredeskError
from wiredesk.index.models import FIGURE_KINDS, QUALIFIERS, Article, Figure

__all__ = ["FIGURE_KINDS", "QUALIFIERS", "Article", "Figure", "WiredeskError"]
