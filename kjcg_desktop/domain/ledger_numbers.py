"""The ledger number an achievement gets when it is registered (1-2 第七条：“审核通过的予以登记，
并对……进行台账标记”): ``KJCG-<year>-<serial>``, the serial five digits and counted per year
(KJCG-2025-00001, KJCG-2025-00002, …). One place writes and reads the format."""

from __future__ import annotations

import re

ARTICLE_REGISTRATION = "1-2 第七条"
PREFIX = "KJCG"
_NUMBER = re.compile(rf"{PREFIX}-(\d{{4}})-(\d+)")


def year_prefix(year: int) -> str:
    """``KJCG-2025-``: what every number of the year starts with."""
    return f"{PREFIX}-{year}-"


def ledger_number(year: int, serial: int) -> str:
    """The ``serial``-th ledger number of ``year``: ``ledger_number(2025, 1) == "KJCG-2025-00001"``."""
    return f"{year_prefix(year)}{serial:05d}"


def ledger_serial(number: str | None) -> int:
    """The serial of a ledger number in this format, 0 for anything else (an office's own numbering)."""
    m = _NUMBER.fullmatch(number or "")
    return int(m.group(2)) if m else 0


def is_ledger_number(text: str | None) -> bool:
    """Whether ``text`` is a number in this program's format (not an office's own numbering)."""
    return bool(_NUMBER.fullmatch(text or ""))
