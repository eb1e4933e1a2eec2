"""A small hand-built ledger with known annual-report answers for 2025 (and 2024), built through the
storage repositories. Imported by the report tests (``tests/`` is on sys.path via its conftest)."""

from __future__ import annotations

from datetime import date

from kjcg_desktop import domain as d
from kjcg_desktop.storage import Settings, diligence
from kjcg_desktop.storage import achievements as ach
from kjcg_desktop.storage import applications as apps
from kjcg_desktop.storage import deals as deals_repo
from kjcg_desktop.storage import publicities as pubs

TODAY = date(2026, 3, 1)


def build_report_fixture(db) -> dict[str, int]:
    """Six achievements (one confidential), three grant applications, two deals (plus one on the
    confidential achievement), an abandonment, expenditures, publicities and an objection."""
    Settings(db).set_many({"unit_name": "上海示范研究院", "tto_name": "上海示范研究院技术转移中心",
                           "mail_recipients": ["财务处 <cw@example.edu.cn>", "gz@example.edu.cn"]})
    with db.transaction():  # no repository for projects yet
        project = db.insert("projects", {"name": "国家重点研发计划课题", "funding_source": "government",
                                         "approval_date": date(2023, 1, 1)})
    ids: dict[str, int] = {}
    ids["a1"] = ach.create_achievement(db, {
        "name": "一种高强度铝合金的制备方法", "type": "invention", "legal_status": "granted", "grant_date": date(2025, 6, 1),
        "disclosure_date": date(2025, 1, 10), "registration_date": date(2025, 1, 20), "project_id": project,
        "is_intangible_asset": 1, "asset_value_fen": 200_000, "ledger_no": "KJCG-2025-00001"})
    ids["a2"] = ach.create_achievement(db, {
        "name": "医学影像分割软件V1.0", "type": "software", "legal_status": "granted", "grant_date": date(2024, 9, 1),
        "disclosure_date": date(2024, 5, 5), "registration_date": date(2024, 5, 20), "ledger_no": "KJCG-2024-00001"})
    ids["a3"] = ach.create_achievement(db, {
        "name": "涉密装置", "type": "utility_model", "legal_status": "pending", "confidential": 1,
        "disclosure_date": date(2025, 2, 2), "registration_date": date(2025, 2, 10), "ledger_no": "KJCG-2025-00002"})
    ids["a4"] = ach.create_achievement(db, {
        "name": "燃料电池催化剂工艺技术秘密", "type": "know_how", "legal_status": "not_filed",
        "disclosure_date": date(2023, 3, 3), "registration_date": date(2023, 3, 10), "ledger_no": "KJCG-2023-00001"},
        [{"name": "张三", "share": "50", "is_representative": True}, {"name": "李四", "share": "50"}])
    ids["a5"] = ach.create_achievement(db, {
        "name": "一种锂离子电池正极材料", "type": "invention", "legal_status": "granted", "grant_date": date(2024, 6, 1),
        "disclosure_date": date(2024, 1, 1), "registration_date": date(2024, 1, 5), "is_intangible_asset": 1,
        "asset_value_fen": 5_000_000, "ledger_no": "KJCG-2024-00002"})
    ids["a6"] = ach.create_achievement(db, {
        "name": "手术导航仪器外壳", "type": "design", "legal_status": "granted", "grant_date": date(2022, 6, 1),
        "disclosure_date": date(2022, 1, 10), "registration_date": date(2022, 2, 1), "ledger_no": "KJCG-2022-00001"})
    # A6 lapses now (after 2025): its 2025 year-end attribute still reads 授权成果 from the event log.
    ach.update_achievement(db, ids["a6"], {"legal_status": "lapsed"})

    # Stage evidence and expenditures (1-2 第八条、第十条)
    ach.add_evidence(db, ids["a2"], "intent_contract", "转化意向合同", on=date(2025, 3, 1))
    ach.set_stage_conditions(db, ids["a2"], {key: True for key, _ in d.stage.DEVELOPMENT_CONDITIONS},
                             confirmed_by="技术转移中心", on=date(2025, 3, 1))
    ach.add_expenditure(db, ids["a1"], on=date(2025, 3, 1), kind="rd", amount_fen=1_000_000)            # expense
    ach.add_expenditure(db, ids["a1"], on=date(2025, 6, 5), kind="registration", amount_fen=200_000)    # capitalize
    ach.add_expenditure(db, ids["a2"], on=date(2025, 4, 1), kind="rd", amount_fen=500_000)              # accumulate
    ach.add_expenditure(db, ids["a3"], on=date(2025, 4, 1), kind="rd", amount_fen=9_999_900)            # confidential

    # Grants (方案二)
    g1 = apps.create_application(db, "ownership", achievement_id=ids["a1"], grant_mode="partial", team_share="80")
    apps.transition(db, g1, "submit", on=date(2025, 2, 1))
    apps.transition(db, g1, "approve", on=date(2025, 2, 10))
    p1 = pubs.create_publicity(db, "grant", "关于赋权的公示", date(2025, 2, 11), 15, achievement_id=ids["a1"], application_id=g1)
    pubs.close_publicity(db, p1, date(2025, 3, 1))
    apps.transition(db, g1, "sign_agreement", on=date(2025, 3, 5))
    apps.transition(db, g1, "make_effective", on=date(2025, 3, 10))
    g2 = apps.create_application(db, "use_right", achievement_id=ids["a2"], term_years=10)
    apps.transition(db, g2, "submit", on=date(2024, 12, 20))
    apps.transition(db, g2, "approve", on=date(2025, 1, 5))
    g3 = apps.create_application(db, "ownership", achievement_id=ids["a4"], grant_mode="full", team_share="100")
    apps.transition(db, g3, "submit", on=date(2025, 5, 1))
    apps.transition(db, g3, "reject", on=date(2025, 5, 10))
    ids.update(g1=g1, g2=g2, g3=g3)

    # Deals (方案三(四)) with income and its distribution
    ids["d4"] = deals_repo.create_deal(db, ids["a4"], {
        "kind": "licence", "licence_type": "exclusive", "counterparty": "苏州纳微科技有限公司", "counterparty_state_owned": False,
        "counterparty_small": True, "valuation_decision": "yes", "valuation_reason": "单位决定评估",
        "pricing_method": "negotiated", "contract_date": date(2025, 4, 1), "amount_fen": 150_000_000, "unit_share": "30"})
    price = pubs.create_publicity(db, "price", "关于协议定价的公示", date(2025, 3, 3), 15, achievement_id=ids["a4"],
                                  deal_id=ids["d4"])
    objection = pubs.add_objection(db, price, "王五", date(2025, 3, 5), "定价偏低")
    pubs.resolve_objection(db, objection, "经复核定价合理", False, date(2025, 3, 10))
    pubs.close_publicity(db, price, date(2025, 3, 19))
    diligence.add_record(db, "deal", ids["d4"], "decision", date(2025, 3, 25), actor="科研管理部门", description="同意")
    deals_repo.complete_deal(db, ids["d4"], date(2025, 4, 15))
    deals_repo.add_receipt(db, ids["d4"], on=date(2025, 5, 1), amount_fen=50_000_000, payer="苏州纳微科技有限公司")
    ids["d5"] = deals_repo.create_deal(db, ids["a5"], {
        "kind": "assignment", "counterparty": "上海国有资本投资有限公司", "counterparty_state_owned": True,
        "pricing_method": "listing", "contract_date": date(2025, 6, 1), "amount_fen": 30_000_000, "ends_ownership": True})
    diligence.add_record(db, "deal", ids["d5"], "pricing_evidence", date(2025, 5, 20), actor="上海技术交易所", description="挂牌交易凭证")
    diligence.add_record(db, "deal", ids["d5"], "decision", date(2025, 5, 25), actor="科研管理部门", description="同意")
    deals_repo.complete_deal(db, ids["d5"], date(2025, 6, 10))
    with db.transaction():  # finance's confirmation of the disposal (what the finance re-import records)
        db.execute("UPDATE finance_queue SET booked_date = '2025-06-20' WHERE achievement_id = ?", (ids["a5"],))
    ids["d3"] = deals_repo.create_deal(db, ids["a3"], {
        "kind": "equity", "counterparty": "某公司", "company": "某公司", "counterparty_state_owned": True, "pricing_method": "listing",
        "contract_date": date(2025, 7, 1), "amount_fen": 999_999_900})

    # Abandonment (1-2 第十一条)
    ab = apps.create_application(db, "abandonment", achievement_id=ids["a6"])
    apps.transition(db, ab, "submit", on=date(2025, 7, 1))
    pubs.create_publicity(db, "abandonment", "关于拟放弃成果的公示", date(2025, 7, 2), 15, achievement_id=ids["a6"],
                          application_id=ab)
    ids["ab"] = ab
    return ids
