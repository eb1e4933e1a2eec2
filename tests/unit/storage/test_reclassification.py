"""1-2 第十条: "科技成果尚未进入开发阶段，或者确实无法区分研究阶段支出和开发阶段支出，但按法律程序已申请
取得无形资产的，应当将依法取得时发生的注册费、聘请律师费等费用确认为无形资产"."""

from __future__ import annotations

import json
from datetime import date

from kjcg_desktop import clock
from kjcg_desktop import domain as d
from kjcg_desktop.storage import achievements as achs


def test_fees_booked_while_pending_become_an_asset_when_granted(db):
    aid = achs.create_achievement(db, {"name": "审中发明", "type": "invention", "legal_status": "pending"})
    reg = achs.add_expenditure(db, aid, on=date(2025, 1, 10), kind="registration", amount_fen=95_000, description="申请费、代理费")
    law = achs.add_expenditure(db, aid, on=date(2025, 2, 10), kind="legal", amount_fen=300_000, description="律师费")
    rd = achs.add_expenditure(db, aid, on=date(2025, 3, 10), kind="rd", amount_fen=1_000_000)
    treatments = lambda: [db.scalar("SELECT treatment FROM expenditures WHERE id = ?", (e,)) for e in (reg, law, rd)]  # noqa: E731
    assert treatments() == ["expense", "expense", "expense"]
    assert achs.reclassifications(db, aid) == []

    achs.update_achievement(db, aid, {"legal_status": "有效"})
    assert treatments() == ["capitalize", "capitalize", "expense"]  # R&D of the research stage stays an expense
    rows = achs.reclassifications(db, aid)
    assert [(r["expenditure_id"], r["old_treatment"], r["new_treatment"], r["article"], r["amount_fen"]) for r in rows] == [
        (reg, "expense", "capitalize", "1-2 第十条", 95_000), (law, "expense", "capitalize", "1-2 第十条", 300_000)]
    assert rows[0]["on_date"] == clock.today().isoformat()  # the day the grant was entered
    assert "注册费、律师费等确认为无形资产" in rows[0]["reason"]
    events = db.query("SELECT old, new, article FROM events WHERE action = 'expenditure_reclassified' ORDER BY id")
    assert len(events) == 2 and json.loads(events[0]["old"]) == {"treatment": "expense"}
    assert json.loads(events[0]["new"])["new"] == "capitalize" and events[0]["article"] == "1-2 第十条"
    # granting again (an edit of another field) does not reclassify twice
    achs.update_achievement(db, aid, {"keywords": "催化剂"})
    assert len(achs.reclassifications(db)) == 2


def test_development_stage_spending_follows_its_own_rule():
    assert d.reclassification_on_grant("development", "registration", "accumulate") is None
    assert d.reclassification_on_grant("research", "maintenance", "expense") is None
    assert d.reclassification_on_grant("indistinguishable", "legal", "expense").treatment.value == "capitalize"
