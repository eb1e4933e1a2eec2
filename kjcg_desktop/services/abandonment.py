"""Automatic abandonment (1-2 第十一条 "公示期满即为自动放弃"), run at start-up, daily while the
app is open and by ``kjcg-desktop abandon-check``. The clock is passed in."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..domain import DomainError
from ..storage import Database
from ..storage import abandonment as repo

log = logging.getLogger(__name__)


@dataclass
class AbandonmentRun:
    today: date
    done: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def write_offs(self) -> int:
        return sum(1 for r in self.done if r["write_off"])


def process_due_abandonments(db: Database, today: date) -> AbandonmentRun:
    """Make every abandonment whose publicity period has ended effective; each in its own
    transaction, so one failure does not hold back the others."""
    run = AbandonmentRun(today)
    for row in repo.due_abandonments(db, today):
        try:
            run.done.append(repo.make_abandonment_effective(db, row["id"], today))
        except DomainError as exc:
            run.errors.append(f"放弃公示 {row['id']}（成果 {row['achievement_id']}）：{exc}")
            log.warning("abandonment %s not applied: %s", row["id"], exc)
    if run.done:
        log.info("automatic abandonment on %s: %d achievements", today, len(run.done))
    return run
