"""The demo data reads as a real office's: names fit their type, dates follow each other, no
receipt exceeds its contract, no deal signed before its publicity ended, nothing in the future."""

from __future__ import annotations

from datetime import date

import pytest

from kjcg_desktop.services import demo
from kjcg_desktop.services.demo import build_demo

TODAY = date(2026, 12, 9)


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    from kjcg_desktop.storage import open_database

    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    build_demo(db, size=600, seed=3, today=TODAY)
    yield db
    db.close()


def test_names_fit_their_type(office):
    rows = office.query("SELECT type, name FROM achievements")
    by_type: dict[str, list[str]] = {}
    for r in rows:
        by_type.setdefault(r["type"], []).append(r["name"])
    assert by_type["plant_variety"] and by_type["ic_layout"]
    for name in by_type["plant_variety"]:
        assert "品种" in name and any(crop in name for crop in demo.TYPE_TOPICS["plant_variety"]), name
        assert not any(t in name for t in demo.TOPICS), name           # no battery-material rice
    for name in by_type["ic_layout"]:
        assert any(t in name for t in demo.TYPE_TOPICS["ic_layout"]), name
    for name in by_type["invention"] + by_type["software"]:
        assert not any(crop in name for crop in demo.TYPE_TOPICS["plant_variety"]), name


def test_filing_grant_and_certificate_dates_follow_each_other(office):
    rows = office.query(
        "SELECT a.disclosure_date, a.filing_date, a.grant_date, a.registration_date, "
        "(SELECT min(date) FROM stage_evidence e WHERE e.achievement_id = a.id AND e.kind = 'ip_certificate') AS certificate "
        "FROM achievements a")
    for r in rows:
        if r["filing_date"] and r["grant_date"]:
            assert r["filing_date"] <= r["grant_date"]
        if r["certificate"]:
            assert r["grant_date"] and r["grant_date"] <= r["certificate"] <= TODAY.isoformat()
        assert r["disclosure_date"] <= TODAY.isoformat()


def test_received_never_exceeds_the_contract_and_nothing_is_in_the_future(office):
    for r in office.query("SELECT d.amount_fen, coalesce(sum(r.amount_fen), 0) AS received, max(r.date) AS last "
                          "FROM deals d LEFT JOIN income_receipts r ON r.deal_id = d.id GROUP BY d.id"):
        assert r["received"] <= r["amount_fen"]
        assert r["last"] is None or r["last"] <= TODAY.isoformat()


def test_no_deal_signed_before_its_publicity_ended(office):
    rows = office.query("SELECT d.number, d.contract_date, p.kind, p.end_date FROM deals d JOIN publicities p ON p.deal_id = d.id "
                        "WHERE p.kind IN ('price', 'related_party') AND d.contract_date IS NOT NULL")
    assert rows
    for r in rows:
        assert r["end_date"] < r["contract_date"], dict(r)


def test_demo_ledger_exports_and_imports_back_without_a_flag(demo_db, tmp_path, data_dir):
    """Demo application numbers carry their real check digit and software has a registration number
    only once registered, so the exported demo ledger imports into a fresh database with no 待核对."""
    from kjcg_desktop.services import excel_export as ee
    from kjcg_desktop.services import excel_import as ei
    from kjcg_desktop.storage import open_database

    out = tmp_path / "demo.xlsx"
    ee.export_ledger(demo_db, out)
    fresh = open_database(tmp_path / "fresh.sqlite3")
    try:
        plan, _ = ei.import_file(fresh, out)
        assert plan.flags == [] and fresh.scalar("SELECT count(*) FROM achievements") == demo_db.scalar(
            "SELECT count(*) FROM achievements")
    finally:
        fresh.close()
