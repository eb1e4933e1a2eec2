"""Saved column-mapping profiles: one mapping per sheet header.

A workbook often keeps its patents and its software copyrights on two sheets whose columns mean
different things (编号 is the application number on one, the registration number on the other), so
a profile keeps one mapping per sheet: ``{"sheets": [{"sheet": name, "mapping": {header: field}}, …]}``.
A sheet being imported takes the mapping saved for the sheet with the same header — the most
headers in common, at least half of that mapping's headers, a sheet of the same name winning a tie
— or for a sheet of the same name; a sheet like none of them is mapped by the synonym table. A
profile saved before (one ``{header: field}`` table for all sheets) applies to every sheet, as it
always did.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from .synonyms import header_key

Profile = Mapping[str, Any]


class _Mapped(Protocol):  # a SheetLayout
    sheet: str

    def mapping_dict(self) -> dict[str, str]: ...


def profile_of_layouts(layouts: Sequence[_Mapped]) -> dict[str, Any]:
    """The profile to save for these sheets' mappings (one entry per sheet)."""
    return {"sheets": [{"sheet": lay.sheet, "mapping": lay.mapping_dict()} for lay in layouts]}


def _entries(profile: Profile) -> list[Mapping[str, Any]] | None:
    sheets = profile.get("sheets")
    if not isinstance(sheets, list):
        return None  # saved before profiles kept a mapping per sheet
    return [e for e in sheets if isinstance(e, Mapping) and isinstance(e.get("mapping"), Mapping)]


def mapping_for(profile: Profile | None, sheet: str, headers: Sequence[str]) -> Mapping[str, str] | None:
    """The mapping ``profile`` gives the sheet ``sheet`` with ``headers`` (None: the synonym table decides)."""
    if not profile:
        return None
    entries = _entries(profile)
    if entries is None:
        return profile
    keys = {header_key(h) for h in headers}
    best: tuple[int, bool] | None = None
    chosen = None
    for entry in entries:
        saved = entry["mapping"]
        shared = sum(1 for h in saved if header_key(h) in keys)
        same_name = entry.get("sheet") == sheet
        if not (same_name and shared) and (not shared or shared * 2 < len(saved)):
            continue
        if best is None or (shared, same_name) > best:
            best, chosen = (shared, same_name), saved
    return chosen

