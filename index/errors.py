"""The one family of exceptions wiredesk raises for things a user can fix.

Each carries a short ``title`` and a message that says what to do next; the command line
prints them to stderr and exits non-zero, the dashboard shows them as a notification.
"""

from __future__ import annotations


class WiredeskError(Exception):
    """Base class: a problem the user can act on, never a bug."""

    title = "wiredesk error"
    exit_code = 1

    def __init__(self, message: str, *, title: str | None = None) -> None:
        super().__init__(message)
        if title is not None:
            self.title = title

    @property
    def message(self) -> str:
        """Return the user-facing message."""
        return str(self.args[0]) if self.args else self.title


class QueryError(WiredeskError):
    """A search query or filter that cannot be understood."""

    title = "Query not understood"
    exit_code = 2


class IndexLockedError(WiredeskError):
    """Another process holds the index's writer lock for longer than we wait."""

    title = "Index busy"


class IndexVersionError(WiredeskError):
    """The index on disk was written by an incompatible version of wiredesk."""

    title = "Index needs rebuilding"


class IndexStorageError(WiredeskError):
    """The index directory cannot be read or written (permissions, full disk)."""

    title = "Index not writable"


class NotFoundError(WiredeskError):
    """An article, incident or source that the index does not hold."""

    title = "Not found"
