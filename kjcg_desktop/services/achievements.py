"""Decisions about whole achievements that the ledger, the detail window and the CLI share."""
from __future__ import annotations

from .. import domain as d
from ..storage import Database, ledger
from ..storage.removal import removal_facts

ARTICLE_DRAFTS = ledger.ARTICLE_DRAFTS


def removal_action(db: Database, achievement_id: int) -> str:
    """"delete" for a disclosure draft that was never registered and has no application, deal or publicity;
    "archive" for anything else — a registered achievement, or a draft something already refers to, is kept
    in the ledger and archived (1-2 第六条、第七条: the ledger is the record)."""
    facts = removal_facts(db, achievement_id)
    if facts is None:
        raise d.DomainError(f"成果 {achievement_id} 不存在")
    if facts.status == "disclosed" and facts.linked_records == 0:
        return "delete"
    return "archive"


def remove_or_archive(db: Database, achievement_id: int) -> str:
    """Delete the achievement when it is a bare draft, archive it otherwise; returns "deleted" or "archived"
    (1-2 第六条、第七条)."""
    if removal_action(db, achievement_id) == "delete":
        ledger.delete_draft(db, achievement_id)
        return "deleted"
    ledger.archive(db, achievement_id)
    return "archived"
