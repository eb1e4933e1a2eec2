"""The error every document function raises: a Chinese message naming what is wrong."""

from __future__ import annotations

from ... import domain as d


class DocumentError(d.DomainError):
    """A document cannot be made for the chosen record (wrong id or kind); Chinese message."""
