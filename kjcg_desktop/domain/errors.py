"""Errors raised by the domain core.

Every rule violation is a :class:`DomainError` whose message is Chinese and names the article
that was not met, so the UI can show it as it is.
"""

from __future__ import annotations


class DomainError(ValueError):
    """A rule of the pilot plan or its guidelines is not met.

    ``article`` is the clause (e.g. ``"方案二(一)"``); ``field`` optionally names the form field
    the message belongs to.
    """

    def __init__(self, message: str, *, article: str = "", field: str | None = None) -> None:
        self.message = message
        self.article = article
        self.field = field
        text = f"{message}（依据：{article}）" if article and article not in message else message
        super().__init__(text)

    def __str__(self) -> str:  # pragma: no cover - trivial
        return str(self.args[0])
