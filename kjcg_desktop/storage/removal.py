"""What the delete-or-archive decision for one achievement reads from the database."""
from __future__ import annotations

from dataclasses import dataclass

from .db import Database


@dataclass(frozen=True)
class RemovalFacts:
    """Name, status and the number of applications, deals and publicities of one achievement."""

    name: str
    status: str
    linked_records: int


def removal_facts(db: Database, achievement_id: int) -> RemovalFacts | None:
    """The facts for one achievement, or None when it does not exist."""
    rows = db.query(
        "SELECT name, status, (SELECT count(*) FROM applications WHERE achievement_id = :id) "
        "+ (SELECT count(*) FROM deals WHERE achievement_id = :id) "
        "+ (SELECT count(*) FROM publicities WHERE achievement_id = :id) AS linked "
        "FROM achievements WHERE id = :id", {"id": achievement_id})
    if not rows:
        return None
    row = rows[0]
    return RemovalFacts(name=row["name"] or "", status=row["status"], linked_records=int(row["linked"]))
