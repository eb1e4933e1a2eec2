"""Demo data for patent maintenance: fees paid (on time and late), due, in grace, a completer's
费减备案, and a keep-or-abandon review with each kind of decision."""

from __future__ import annotations

import random
from datetime import date, timedelta

from ..domain import fees as rules
from ..domain.errors import DomainError
from ..storage import demo_rows
from ..storage import fees as fees_repo
from ..storage.db import Database
from ..storage.events import log_event
from . import fee_calendar, fees

MAX_PATENTS = 400  # a large demo ledger gets fee records for this many patents


def add_fee_demo(db: Database, today: date, seed: int = 1) -> dict[str, int]:
    """Pay the past fees of most patents (a few of them late, with the surcharge of the day paid),
    leave some due and some in their grace period, and decide three reviews: keep, offer to the
    completers (accepted), abandon (starts the 1-2 第十一条 publicity)."""
    rng = random.Random(seed)
    lines_by_patent: dict[int, list[fees.FeeLine]] = {}
    ctx = fee_calendar._context(db)
    for row in fees_repo.fee_patents(db)[:MAX_PATENTS]:
        lines = fee_calendar._lines_for(ctx, row, today, None, today + timedelta(days=365), with_cost=False)
        if lines:
            lines_by_patent[row["id"]] = lines
    patents = sorted(lines_by_patent)
    rows: list[tuple[int, int, str, int, str, str, str, str]] = []
    unpaid_late = []
    for i, aid in enumerate(patents):
        leave_grace = i % 6 == 1
        for line in lines_by_patent[aid]:
            if line.fee.due > today:
                continue
            in_grace = today <= line.fee.grace_end
            if in_grace and leave_grace:
                unpaid_late.append(line)
                continue
            late = rng.random() < 0.08
            paid_on = (line.fee.due + timedelta(days=rng.randint(32, 70))) if late else (line.fee.due - timedelta(days=rng.randint(1, 40)))
            if paid_on > today:
                paid_on = today
            s = rules.surcharge_on(line.fee.due, paid_on)
            amount = line.fee.payable_fen + rules.surcharge_fen(line.fee.full_fen, s.percent)
            rows.append((aid, line.fee.year, paid_on.isoformat(), amount, f"SJ{paid_on:%Y%m%d}{len(rows):04d}",
                         "技术转移中心", "演示数据", today.isoformat()))
    with db.transaction():
        demo_rows.insert_fee_payments(db, rows)
        log_event(db, "demo", None, "fee_payments", new={"payments": len(rows)}, article=rules.ARTICLE_PATENT_YEAR)
    completers = demo_rows.some_inventor_names(db, 3)
    for name in completers:
        fees_repo.record_reduction_filing(db, name, eligible=True, recorded_on=today - timedelta(days=30), note="演示：费减备案")
    decided = 0
    payments = fees_repo.payments_by_fee(db)
    upcoming = [x for aid in patents for x in lines_by_patent[aid]
                if today - timedelta(days=150) <= x.fee.due <= today + timedelta(days=120) and not payments.get((aid, x.fee.year))]
    for decision, reason, answer in (("keep", "已许可两家企业实施，继续维持", ""),
                                     ("offer", "学校不再维持，完成人愿承担维持费", "accepted"),
                                     ("abandon", "经评估无转化前景，完成人放弃维持", "")):
        if not upcoming:
            break
        line = upcoming.pop(rng.randrange(len(upcoming)))
        try:
            fees.decide(db, line, decision, decided_by="技术转移中心 王主任", reason=reason, on=today - timedelta(days=1),
                        completers_answer=answer)
            decided += 1
        except DomainError:
            continue
    return {"fee_payments": len(rows), "fees_in_grace": len(unpaid_late), "fee_reviews": decided}
