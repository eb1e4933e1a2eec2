"""Deals, income distribution, deal publicities, evidence gates, automatic abandonment (clock
injected), startup rectification and agency agreements — through the repositories."""

import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest

from kjcg_desktop.domain import DomainError, yuan_to_fen
from kjcg_desktop.services.abandonment import process_due_abandonments
from kjcg_desktop.storage import Settings, deals
from kjcg_desktop.storage import abandonment as ab
from kjcg_desktop.storage import achievements as achs
from kjcg_desktop.storage import diligence as dil
from kjcg_desktop.storage import publicities as pubs

pytestmark = pytest.mark.date_sensitive

INVENTORS = [{"name": "张三", "share": "33.33"}, {"name": "李四", "share": "33.33"}, {"name": "王五", "share": "33.34"}]


def _achievement(db, name="一种高强度铝合金的制备方法", **extra):
    return achs.create_achievement(db, {"name": name, "type": "invention", "legal_status": "granted",
                                        "disclosure_date": date(2024, 3, 1), **extra}, INVENTORS)


def _licence(db, aid, **extra):
    fields = {"kind": "licence", "licence_type": "exclusive", "counterparty": "上海某某科技有限公司",
              "valuation_decision": "no", "valuation_reason": "领导小组决定不评估", "pricing_method": "negotiated",
              "amount_fen": yuan_to_fen("100000.01"), "contract_date": date(2025, 6, 20), "territory": "中国大陆",
              "field_of_use": "汽车轻量化", "term_years": 5, "unit_share": "30", **extra}
    return deals.create_deal(db, aid, fields)


def _events(db, entity, entity_id, action):
    return db.scalar("SELECT count(*) FROM events WHERE entity = ? AND entity_id = ? AND action = ?", (entity, entity_id, action))


def test_licence_deal_from_registration_to_paid_distribution(db):
    aid = _achievement(db)
    deal_id = _licence(db, aid)
    deal = deals.get_deal(db, deal_id)
    assert deal["approver"] == "科研管理部门" and deal["minutes_required"] == 0
    assert deal["number"] == "JY-2025-0001" and deal["territory"] == "中国大陆" and deal["term_years"] == 5
    assert db.scalar("SELECT transfer_status FROM achievements WHERE id = ?", (aid,)) == "intended"

    # negotiated price without a finished price publicity: refused with the article
    dil.add_record(db, "deal", deal_id, "decision", date(2025, 6, 1), actor="科研管理部门")
    with pytest.raises(DomainError, match="拟交易价格公示") as err:
        deals.complete_deal(db, deal_id, date(2025, 6, 25))
    assert err.value.article == "1-1 第六条(四)"
    pub = deals.start_deal_publicity(db, deal_id, "price", date(2025, 6, 2), 15)
    end = date.fromisoformat(db.scalar("SELECT end_date FROM publicities WHERE id = ?", (pub,)))
    assert end == date(2025, 6, 17)
    with pytest.raises(DomainError, match="公示中"):
        deals.complete_deal(db, deal_id, date(2025, 6, 16))
    assert db.scalar("SELECT state FROM deals WHERE id = ?", (deal_id,)) == "draft"
    deals.complete_deal(db, deal_id, date(2025, 6, 25))
    row = db.one("SELECT transfer_status, transfer_count, status FROM achievements WHERE id = ?", (aid,))
    assert (row["transfer_status"], row["transfer_count"], row["status"]) == ("transferred", 1, "registered")
    with pytest.raises(DomainError, match="签约前"):
        deals.start_deal_publicity(db, deal_id, "price", date(2025, 7, 1))

    # income: 100,000.01 yuan across the three inventors' 33.33/33.33/33.34 % adds up exactly
    with pytest.raises(DomainError, match="到账后"):
        deals.start_deal_publicity(db, deal_id, "reward", date(2025, 7, 1))
    receipt = deals.add_receipt(db, deal_id, on=date(2025, 7, 1), amount_fen=yuan_to_fen("100000.01"), payer="上海某某科技有限公司",
                                recipients=[(r["name"], r["share"], False) for r in INVENTORS])
    sheet = deals.distribution_sheet(db, receipt)
    assert [r["amount_fen"] for r in sheet] == [3_333_000, 3_333_000, 3_334_001]
    assert sum(r["amount_fen"] for r in sheet) == 10_000_001
    # default recipients: the unit's 30 % and 70 % split by the inventors' shares, still exact
    second = deals.add_receipt(db, deal_id, on=date(2025, 7, 2), amount_fen=yuan_to_fen("100000.01"))
    sheet2 = deals.distribution_sheet(db, second)
    assert sheet2[0]["is_unit"] == 1 and sheet2[0]["amount_fen"] == 3_000_001  # 3,000,000.3 fen + the leftover fen (largest remainder)
    assert sum(r["amount_fen"] for r in sheet2) == 10_000_001
    assert sum(Decimal(r["share"]) for r in sheet2) == 100

    # the payout waits for the income-distribution / cash-reward publicity after payment
    with pytest.raises(DomainError, match="收益分配及现金奖励公示"):
        deals.mark_distribution_paid(db, receipt, date(2025, 7, 3))
    deals.start_deal_publicity(db, deal_id, "reward", date(2025, 7, 3), 5, working_days=True)
    reward_end = date.fromisoformat(db.scalar("SELECT end_date FROM publicities WHERE kind = 'reward'"))
    assert reward_end == date(2025, 7, 10)  # 5 working days from Thu 2025-07-03
    with pytest.raises(DomainError):
        deals.mark_distribution_paid(db, receipt, date(2025, 7, 9))
    with pytest.raises(DomainError, match="2025-07-11 起可办理"):  # 民法典第二百零三条: 24:00 of the last day
        deals.mark_distribution_paid(db, receipt, reward_end)
    deals.mark_distribution_paid(db, receipt, date(2025, 7, 11))
    assert {r["paid_date"] for r in deals.distribution_sheet(db, receipt)} == {"2025-07-11"}
    assert _events(db, "deal", deal_id, "distribution_paid") == 1
    assert deals.get_deal(db, deal_id)["received_fen"] == 20_000_002


def test_approval_level_from_settings_and_minutes(db):
    Settings(db).set("approval_levels", [{"max_yuan": 50_000, "approver": "处长", "minutes_required": False},
                                         {"max_yuan": None, "approver": "党委会", "minutes_required": True}])
    aid = _achievement(db)
    deal_id = _licence(db, aid, pricing_method="listing", counterparty_state_owned=True)
    deal = deals.get_deal(db, deal_id)
    assert (deal["approver"], deal["minutes_required"], deal["valuation_decision"]) == ("党委会", 1, "not_needed")
    dil.add_record(db, "deal", deal_id, "pricing_evidence", date(2025, 6, 1), actor="上海技术交易所")
    dil.add_record(db, "deal", deal_id, "decision", date(2025, 6, 2), actor="党委会")
    with pytest.raises(DomainError, match="会议纪要"):
        deals.complete_deal(db, deal_id, date(2025, 6, 25))
    att = db.insert("attachments", {"owner_type": "deal", "owner_id": deal_id, "kind": "minutes", "filename": "纪要.pdf",
                                    "sha256": "0" * 64, "stored_path": "00/x.bin", "size": 1, "added_at": "2025-06-02"})
    dil.add_record(db, "deal", deal_id, "decision", date(2025, 6, 2), actor="党委会", attachment_id=att)
    deals.complete_deal(db, deal_id, date(2025, 6, 25))
    assert db.scalar("SELECT state FROM deals WHERE id = ?", (deal_id,)) == "completed"


def test_assignment_ending_ownership_records_disposal(db):
    aid = _achievement(db, is_intangible_asset=1, asset_value_fen=5_000_00)
    deal_id = deals.create_deal(db, aid, {"kind": "assignment", "counterparty": "国资公司", "counterparty_state_owned": True,
                                          "pricing_method": "auction", "amount_fen": 1_000_00, "ends_ownership": True,
                                          "licence_type": "sole"})
    assert deals.get_deal(db, deal_id)["licence_type"] is None
    dil.add_record(db, "deal", deal_id, "pricing_evidence", date(2025, 1, 5), actor="拍卖行")
    dil.add_record(db, "deal", deal_id, "decision", date(2025, 1, 6), actor="科研管理部门")
    deals.complete_deal(db, deal_id, date(2025, 1, 10))
    assert db.scalar("SELECT status FROM achievements WHERE id = ?", (aid,)) == "disposed"
    line = db.one("SELECT kind, amount_fen, article FROM finance_queue WHERE achievement_id = ?", (aid,))
    assert tuple(line) == ("dispose", 5_000_00, "1-2 第十一条")


def test_related_party_deal_needs_procedure_and_publicity(db):
    aid = _achievement(db)
    deal_id = _licence(db, aid, pricing_method="listing", related_party=True, related_party_note="完成人配偶任对方董事")
    dil.add_record(db, "deal", deal_id, "pricing_evidence", date(2025, 5, 1), actor="上海技术交易所")
    dil.add_record(db, "deal", deal_id, "decision", date(2025, 5, 2), actor="科研管理部门")
    with pytest.raises(DomainError, match="关联交易") as err:
        deals.complete_deal(db, deal_id, date(2025, 6, 25))
    assert err.value.article == "1-1 第六条(三)"
    dil.add_record(db, "deal", deal_id, "related_party_procedure", date(2025, 5, 3), actor="纪检监察室")
    deals.start_deal_publicity(db, deal_id, "related_party", date(2025, 5, 5), 15)
    deals.complete_deal(db, deal_id, date(2025, 6, 25))


def test_register_deal_stores_form_and_declarations(db):
    aid = _achievement(db)
    form = {"kind": "equity", "company": "某某新材料有限公司", "equity_shares": "15%", "counterparty": "某某新材料有限公司",
            "counterparty_state_owned": True, "pricing_method": "listing", "amount_fen": 300_000_000,
            "contract_date": date(2024, 11, 1), "related_party": False, "unit_share": "30", "declarant": "赵六",
            "declare_no_gifts": True, "declare_recusal": True, "declare_no_interference": False}
    deal_id = deals.register_deal(db, aid, form, on=date(2024, 10, 30))
    deal = deals.get_deal(db, deal_id)
    assert deal["company"] == "某某新材料有限公司" and deal["form"]["contract_date"] == "2024-11-01"
    assert deal["approver"] == "分管副校长" and deal["minutes_required"] == 1
    assert {r["kind"] for r in dil.list_declarations(db, "deal", deal_id)} == {"no_gifts", "recusal"}
    with pytest.raises(DomainError, match="承诺人"):
        deals.register_deal(db, aid, {**form, "declarant": ""})


def test_list_filters_and_totals_by_year(db):
    aid = _achievement(db)
    _licence(db, aid, counterparty="甲科技有限公司", contract_date=date(2024, 3, 1), amount_fen=100)
    _licence(db, aid, counterparty="乙医疗有限公司", contract_date=date(2025, 3, 1), amount_fen=200)
    deals.create_deal(db, aid, {"kind": "assignment", "counterparty": "甲科技有限公司", "counterparty_state_owned": True,
                                "pricing_method": "auction", "amount_fen": 400, "contract_date": date(2025, 8, 1)})
    assert len(deals.list_deals(db)) == 3
    assert [r["amount_fen"] for r in deals.list_deals(db, kind="licence")] == [200, 100]
    assert [r["amount_fen"] for r in deals.list_deals(db, year=2025)] == [400, 200]
    assert [r["amount_fen"] for r in deals.list_deals(db, counterparty="甲科技")] == [400, 100]
    totals = {r["year"]: (r["deals"], r["amount_fen"]) for r in deals.totals_by_year(db)}
    assert totals == {}  # three drafts: no contract signed yet, nothing counted
    db.execute("UPDATE deals SET state = 'signed' WHERE amount_fen IN (100, 400)")
    db.execute("UPDATE deals SET state = 'completed' WHERE amount_fen = 200")
    totals = {r["year"]: (r["deals"], r["amount_fen"]) for r in deals.totals_by_year(db)}
    assert totals == {"2025": (2, 600), "2024": (1, 100)}
    db.execute("UPDATE deals SET state = 'terminated' WHERE amount_fen = 400")
    totals = {r["year"]: (r["deals"], r["amount_fen"]) for r in deals.totals_by_year(db)}
    assert totals == {"2025": (1, 200), "2024": (1, 100)}
    apart = deals.uncounted_deals(db)
    assert [(r["year"], r["number"], r["state"], r["amount_fen"]) for r in apart] == [("2025", "JY-2025-0002", "terminated", 400)]
    assert deals.deal_years(db) == [2025, 2024]


def _abandonment(db, aid, start=date(2025, 3, 3)):
    return ab.request_abandonment(db, aid, requested_by="张三", reason="stop_maintenance", on=date(2025, 3, 1),
                                  publicity_start=start, days=15, notice_on=date(2025, 3, 1), notice_to="全体完成人",
                                  decided_by="技术转移中心主任")


def test_abandonment_becomes_effective_when_the_publicity_ends(db):
    asset = _achievement(db, "无形资产成果", is_intangible_asset=1, asset_value_fen=12_345_00)
    plain = _achievement(db, "未入账成果")
    app_id, pub_id = _abandonment(db, asset)
    _abandonment(db, plain)
    assert db.scalar("SELECT state FROM applications WHERE id = ?", (app_id,)) == "in_publicity"
    end = date.fromisoformat(db.scalar("SELECT end_date FROM publicities WHERE id = ?", (pub_id,)))
    assert end == date(2025, 3, 18)
    items = {i.key: i for i in dil.achievement_evidence(db, asset, date(2025, 3, 10))}
    assert items["notice"].present and items["decision"].present and items["abandonment_publicity"].missing

    # 1-2 第十一条 "公示期满即为自动放弃"; 民法典第二百零三条: the last day ends at 24:00
    assert process_due_abandonments(db, date(2025, 3, 17)).done == []
    assert process_due_abandonments(db, end).done == []
    with pytest.raises(DomainError, match="公示期至 2025-03-18 24:00 届满，2025-03-19 起可办理"):
        ab.make_abandonment_effective(db, pub_id, end)
    assert db.scalar("SELECT status FROM achievements WHERE id = ?", (asset,)) == "registered"
    run = process_due_abandonments(db, date(2025, 3, 19))
    assert sorted(r["achievement_id"] for r in run.done) == [asset, plain] and run.write_offs == 1
    assert db.scalar("SELECT status FROM achievements WHERE id = ?", (asset,)) == "abandoned"
    assert _events(db, "achievement", asset, "abandoned") == 1
    assert db.scalar("SELECT state FROM applications WHERE id = ?", (app_id,)) == "effective"
    assert db.scalar("SELECT state FROM publicities WHERE id = ?", (pub_id,)) == "ended"
    lines = db.query("SELECT achievement_id, kind, amount_fen, article FROM finance_queue")
    assert [tuple(r) for r in lines] == [(asset, "write_off", 12_345_00, "1-2 第十一条")]
    # idempotent: a second run (next day, or the hourly timer) changes nothing
    assert process_due_abandonments(db, date(2025, 3, 20)).done == []
    assert db.scalar("SELECT count(*) FROM finance_queue") == 1
    with pytest.raises(DomainError, match="已放弃"):
        _abandonment(db, asset, start=date(2025, 4, 1))


def test_abandonment_step_check_runs_before_it_is_applied(db):
    """1-1 第六条(二) "履行通知、告知、公示程序后放弃": without the notice to the inventors on file the
    abandonment is not applied when the publicity runs out (1-2 第十一条), and the reason is given."""
    aid = _achievement(db)
    _app, pub_id = ab.request_abandonment(db, aid, requested_by="张三", reason="stop_maintenance", on=date(2025, 3, 1),
                                          publicity_start=date(2025, 3, 3), days=15)
    run = process_due_abandonments(db, date(2025, 3, 19))
    assert run.done == [] and "通知、告知完成人记录" in run.errors[0] and "不能放弃成果" in run.errors[0]
    assert db.scalar("SELECT status FROM achievements WHERE id = ?", (aid,)) == "registered"
    dil.add_record(db, "achievement", aid, "notice", date(2025, 3, 2), actor="全体完成人")
    assert [r["achievement_id"] for r in process_due_abandonments(db, date(2025, 3, 19)).done] == [aid]


def test_objection_stops_automatic_abandonment(db):
    aid = _achievement(db)
    _app, pub_id = _abandonment(db, aid)
    pubs.add_objection(db, pub_id, "李四", date(2025, 3, 5), "本人愿意继续承担维持费")
    assert process_due_abandonments(db, date(2025, 4, 1)).done == []
    assert db.scalar("SELECT status FROM achievements WHERE id = ?", (aid,)) == "registered"


def test_rectification_and_agency_agreements(db):
    aid = _achievement(db)
    rid = dil.add_rectification(db, "某某智能科技有限公司", founded_on=date(2019, 5, 1), founders="张三",
                                achievement_id=aid, used_how="以专利作价入股，未经单位审批")
    with pytest.raises(DomainError, match="整改措施"):
        dil.complete_rectification(db, rid, date(2025, 1, 1), " ")
    dil.complete_rectification(db, rid, date(2025, 1, 1), "补办赋权手续，签订许可协议")
    assert dil.list_rectifications(db)[0]["state"] == "rectified"
    assert _events(db, "startup_rectification", rid, "rectified") == 1
    with pytest.raises(DomainError, match="服务费用或服务换股权"):
        dil.add_agency_agreement(db, "某技术转移公司", "转化价值评估")
    agr = dil.add_agency_agreement(db, "某技术转移公司", "专利申请前评估、转化路径设计", equity_share="5%",
                                   start_date=date(2025, 1, 1), end_date=date(2026, 12, 31))
    assert dil.list_agency_agreements(db)[0]["id"] == agr
    with pytest.raises(DomainError, match="结束日期"):
        dil.add_agency_agreement(db, "某机构", "托管运营", fee_fen=100, start_date=date(2025, 2, 1), end_date=date(2025, 1, 1))


def test_abandon_check_cli(db_path, db):
    aid = _achievement(db, is_intangible_asset=1, asset_value_fen=100)
    _abandonment(db, aid)
    db.close()
    target = getattr(db, "url", None) or str(db_path)  # the file, or the office server's database
    cmd = [sys.executable, "-m", "kjcg_desktop", "--db", target, "abandon-check", "--today", "2025-03-19"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    assert "已放弃" in out and "核销 1 项" in out
    again = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    assert "自动放弃 0 项" in again
    bad = subprocess.run([*cmd[:-1], "2025-13-01"], capture_output=True, text=True)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


def test_signing_waits_for_the_price_publicity(db):
    aid = _achievement(db)
    deal_id = _licence(db, aid, contract_date=None)
    assert deals.get_deal(db, deal_id)["number"].startswith("JY-")
    dil.add_record(db, "deal", deal_id, "decision", date(2025, 6, 1), actor="科研管理部门")
    deals.start_deal_publicity(db, deal_id, "price", date(2025, 6, 2), 15)  # ends 2025-06-17
    with pytest.raises(DomainError, match="签约") as err:
        deals.sign_deal(db, deal_id, date(2025, 6, 10))
    assert err.value.article == "1-1 第六条(四)"
    # 民法典第二百零三条: on the last day itself (2025-06-17) the publicity still runs until 24:00
    with pytest.raises(DomainError, match="公示期至 2025-06-17 24:00 届满，2025-06-18 起可办理"):
        deals.sign_deal(db, deal_id, date(2025, 6, 17))
    deals.sign_deal(db, deal_id, date(2025, 6, 18), contract_no="HT-1", tech_contract_reg_no="2025310100001")
    deal = deals.get_deal(db, deal_id)
    assert (deal["state"], deal["contract_date"], deal["contract_no"]) == ("signed", "2025-06-18", "HT-1")
    assert _events(db, "deal", deal_id, "sign") == 1
    with pytest.raises(DomainError, match="已签约"):
        deals.sign_deal(db, deal_id, date(2025, 6, 19))
    deals.complete_deal(db, deal_id, date(2025, 6, 30))
    assert deals.get_deal(db, deal_id)["state"] == "completed"


def test_abandonment_reaches_effective_only_through_the_state_machine(db):
    """The automatic abandonment (1-2 第十一条) moves its application with the state machine's own
    transition and event; an application the machine does not allow to end so is refused, not forced."""
    aid = _achievement(db)
    app_id, pub_id = _abandonment(db, aid)
    assert [r["name"] for r in process_due_abandonments(db, date(2025, 3, 19)).done] == ["一种高强度铝合金的制备方法"]
    events = db.query("SELECT action, old, new FROM events WHERE entity = 'application' AND entity_id = ? ORDER BY id",
                      (app_id,))
    assert [e["action"] for e in events] == ["create", "submit", "approve", "start_publicity", "end_publicity", "make_effective"]
    assert '"publicity_ended"' in events[-1]["old"] and "公示期满即为自动放弃" in events[-1]["new"]

    other = _achievement(db, "另一项成果")
    app2, pub2 = _abandonment(db, other)
    db.execute("UPDATE applications SET state = 'submitted' WHERE id = ?", (app2,))   # e.g. sent back for review
    run = process_due_abandonments(db, date(2025, 3, 19))
    assert run.done == [] and "不能执行" in run.errors[0]
    assert db.scalar("SELECT state FROM applications WHERE id = ?", (app2,)) == "submitted"
    assert db.scalar("SELECT status FROM achievements WHERE id = ?", (other,)) == "registered"
