"""Removing an achievement from the ledger as one decision (1-2 第六条、第七条): the UI asks what
removing would do (:func:`removal_plan`) to word its confirmation, then :func:`remove_or_archive`
decides again inside the write and deletes a draft or archives a record."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain import DomainError
from ..domain.removal import Removal, removal_action
from ..storage import ledger
from ..storage.db import Database


@dataclass(frozen=True)
class RemovalPlan:
    action: Removal  # "delete" or "archive"
    name: str
    status: str
    linked_records: int  # applications, deals and publicities that refer to the achievement


def removal_plan(db: Database, achievement_id: int) -> RemovalPlan:
    """What removing the achievement would do; DomainError when it does not exist or is archived."""
    facts = ledger.removal_facts(db, achievement_id)
    if facts is None:
        raise DomainError(f"成果 {achievement_id} 不存在")
    status, name, linked = facts
    return RemovalPlan(removal_action(status, linked), name, status, linked)


def remove_or_archive(db: Database, achievement_id: int) -> str:
    """Delete the achievement when it is an unreferenced draft, archive it otherwise, in one
    transaction. Returns ``"deleted"`` or ``"archived"``."""
    with db.transaction():
        plan = removal_plan(db, achievement_id)
        if plan.action == "delete":
            ledger.delete_draft(db, achievement_id)
            return "deleted"
        ledger.archive(db, achievement_id)
        return "archived"
