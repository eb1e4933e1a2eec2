"""The deal and abandonment definitions on the engine: the rules they name put their messages (with
the article) under the right field, and the computed rows of their pages."""

from datetime import date

import pytest

from kjcg_desktop import domain as d
from kjcg_desktop.forms_engine import initial_values, load_form, validate_form, validate_page
from kjcg_desktop.paths import forms_dir
from kjcg_desktop.services.wizard_flows import abandonment_end, deal_approval


def _messages(errors):
    return {e.key: e.message for e in errors}


def test_deal_valuation_decision_under_its_field():
    form = load_form(forms_dir() / "deal.toml")
    values = {**initial_values(form), "counterparty": "某公司"}
    errors = _messages(validate_page(form, "counterparty", values))
    assert "方案二(三)" in errors["valuation_decision"]
    errors = _messages(validate_page(form, "counterparty", {**values, "valuation_decision": "no"}))
    assert set(errors) == {"valuation_reason"} and "方案二(三)" in errors["valuation_reason"]
    assert validate_page(form, "counterparty", {**values, "counterparty_state_owned": True}) == []
    # an assignment has no terms page; a licence must name its type
    assert validate_page(form, "terms", {**values, "kind": "assignment"}) == []
    assert "licence_type" in _messages(validate_page(form, "terms", values))
    assert "amount_fen" in _messages(validate_page(form, "pricing", {**values, "amount_fen": -1}))


def test_deal_approval_rows(db):
    rows = deal_approval(db, 0, {"amount_fen": 10_000_00, "pricing_method": "negotiated"})
    assert rows[0][0] == "审批层级" and rows[1][2] == "1-1 第六条(四)"
    assert deal_approval(db, 0, {"pricing_method": "listing"}) == []


def test_abandonment_rules_and_end_date():
    form = load_form(forms_dir() / "abandonment.toml")
    values = {**initial_values(form, lambda source, key: {"publicity_days": 15}.get(key), date(2025, 3, 3)),
              "achievement_id": "1", "decided_by": "主任", "decision_person": "王主任"}
    assert values["request_date"] == values["publicity_start"] == "2025-03-03" and values["notice_to"] == "全体完成人"
    errors = _messages(validate_form(form, values))
    assert set(errors) == {"requested_by"} and "1-2 第十一条" in errors["requested_by"]
    values["requested_by"] = "张三"
    errors = _messages(validate_form(form, {**values, "publicity_start": "2025-03-01"}))
    assert set(errors) == {"publicity_start"} and "1-2 第十一条" in errors["publicity_start"]
    assert validate_form(form, values) == []
    [(label, text, article)] = abandonment_end(None, 0, values)
    assert text.startswith("2025-03-18") and "1-2 第十一条" in article


def test_domain_abandonment_checks():
    d.check_abandonment_applicant("张三")
    d.check_abandonment_publicity_start("2025-03-03", date(2025, 3, 3))
    with pytest.raises(d.DomainError) as exc:
        d.check_abandonment_applicant("  ")
    assert exc.value.field == "requested_by"
    with pytest.raises(d.DomainError) as exc:
        d.check_abandonment_publicity_start(date(2025, 3, 3), "2025-03-02")
    assert exc.value.field == "publicity_start"
