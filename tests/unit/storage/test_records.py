"""The typed rows name exactly the columns the repositories return (a migration that adds a column
adds it to the record too)."""

from datetime import date

from kjcg_desktop.storage import achievements, applications, deals, publicities
from kjcg_desktop.storage.records import AchievementRecord, ApplicationRecord, DealRecord, PublicityRecord


def test_each_record_has_the_columns_of_its_row(db):
    aid = achievements.create_achievement(db, {"name": "一种高强度铝合金的制备方法", "type": "invention",
                                               "legal_status": "granted", "status": "registered"}, [{"name": "王伟"}])
    app_id = applications.create_application(db, "ownership", achievement_id=aid, form={"grant_mode": "full"})
    deal_id = deals.create_deal(db, aid, {
        "kind": "licence", "licence_type": "exclusive", "counterparty": "上海某某科技有限公司", "valuation_decision": "no",
        "valuation_reason": "领导小组决定不评估", "pricing_method": "negotiated", "amount_fen": 100_000_00,
        "contract_date": date(2025, 6, 20), "territory": "中国大陆", "field_of_use": "汽车轻量化", "term_years": 5,
        "unit_share": "30"})
    pub_id = publicities.create_publicity(db, "grant", "关于赋权的公示", date(2025, 3, 3), 15, achievement_id=aid,
                                          application_id=app_id)
    for record, row in ((AchievementRecord, achievements.get_achievement(db, aid)),
                        (ApplicationRecord, applications.get_application(db, app_id)),
                        (DealRecord, deals.get_deal(db, deal_id)),
                        (PublicityRecord, publicities.get_publicity(db, pub_id))):
        assert row is not None
        assert set(record.__annotations__) == set(row), record.__name__
    assert applications.get_application(db, app_id)["form"] == {"grant_mode": "full"}
    assert publicities.get_publicity(db, pub_id + 1) is None
