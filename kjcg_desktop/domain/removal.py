"""Removing an achievement from the ledger: delete a draft, archive a record (1-2 第六条、第七条).

第六条 has the inventor disclose the achievement; 第七条 has the technology-transfer office review it
and register what passes (“审核通过的予以登记”), marking the ledger. A registered achievement is the
office's record of that review: it is archived, never deleted. A disclosure that was never registered
and that nothing else refers to (no application, deal or publicity) is a draft: it may be deleted.
A disclosure that an application, deal or publicity already refers to is archived like a record, so
that those records keep what they point at.
"""

from __future__ import annotations

from typing import Literal

from .errors import DomainError

ARTICLE_DRAFTS = "1-2 第六条、第七条"

Removal = Literal["delete", "archive"]


def removal_action(status: str, linked_records: int) -> Removal:
    """What removing an achievement in ``status`` with ``linked_records`` applications, deals and
    publicities does: ``"delete"`` for an unreferenced disclosure (第六条, not yet registered under
    第七条), ``"archive"`` for anything else. An achievement already archived cannot be removed."""
    if status == "archived":
        raise DomainError("该成果已归档", article=ARTICLE_DRAFTS)
    if status == "disclosed" and linked_records == 0:
        return "delete"
    return "archive"
