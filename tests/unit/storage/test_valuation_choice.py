"""方案二(三): "与国有全资企业进行非资产评估的转化交易，可以不进行资产评估" — may skip, not must: a
unit's choice to value a deal with a wholly state-owned enterprise is kept."""

from __future__ import annotations

from kjcg_desktop import clock
from kjcg_desktop import domain as d
from kjcg_desktop.storage import achievements as achs
from kjcg_desktop.storage import deals
from kjcg_desktop.storage import diligence as dil


def _form(**extra):
    return {"kind": "assignment", "counterparty": "上海某国有全资公司", "counterparty_state_owned": True,
            "pricing_method": "auction", "amount_fen": 100_000, **extra}


def test_choice_to_value_stays_yes_for_a_state_owned_counterparty(db):
    aid = achs.create_achievement(db, {"name": "成果", "type": "invention"})
    valued = deals.register_deal(db, aid, _form(valuation_decision="yes", valuation_reason="金额较大，校长办公会决定评估"))
    deal = deals.get_deal(db, valued)
    assert (deal["valuation_decision"], deal["valuation_reason"]) == ("yes", "金额较大，校长办公会决定评估")
    item = next(i for i in dil.deal_evidence(db, valued, clock.today()) if i.key == "valuation")
    assert item.present and "单位决定评估" in item.detail
    skipped = deals.register_deal(db, aid, _form())
    assert deals.get_deal(db, skipped)["valuation_decision"] == "not_needed"
    direct = deals.create_deal(db, aid, _form(valuation_decision="yes", valuation_reason="自愿评估"))
    assert deals.get_deal(db, direct)["valuation_decision"] == "yes"


def test_store_rule():
    assert d.deals.valuation_decision_to_store(True, "yes") == "yes"
    assert d.deals.valuation_decision_to_store(True, None) == "not_needed"
    assert d.deals.valuation_decision_to_store(False, "no") == "no"
