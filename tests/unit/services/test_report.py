"""Annual report (1-2 第十二条): indicators on a hand-built ledger with known answers, traceability
to records, the workbook and the PDF holding the same numbers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from report_fixture import TODAY, build_report_fixture

from kjcg_desktop import domain as d
from kjcg_desktop.services.report import generate_report
from kjcg_desktop.services.report import indicators as ind
from kjcg_desktop.services.report.xlsx import DETAIL_LISTS, EXPENDITURE_SUMMARY, FEE_BUDGET, INDICATOR_SHEET


@pytest.fixture
def report_db(db):
    ids = build_report_fixture(db)
    return db, ids


EXPECTED_2025 = {
    "disclosures": 1, "registrations": 1, "registrations.type.invention": 1, "registrations.type.utility_model": 0,
    "registrations.funding.government": 1, "registrations.funding.unknown": 0,
    "year_end.total": 4, "year_end.attribute.granted": 3, "year_end.attribute.ungranted": 1,
    "year_end.stage.research": 3, "year_end.stage.development": 1, "year_end.stage.indistinguishable": 0,
    "year_end.transfer.none": 3, "year_end.transfer.intended": 0, "year_end.transfer.transferred": 1,
    "grants.ownership_partial.applied": 1, "grants.ownership_partial.approved": 1, "grants.ownership_partial.effective": 1,
    "grants.ownership_full.applied": 1, "grants.ownership_full.approved": 0, "grants.use_right.applied": 0,
    "grants.use_right.approved": 1, "grants.use_right.effective": 0, "grants.extension.applied": 0,
    "deals.count": 2, "deals.amount": 180_000_000, "deals.income": 50_000_000,
    "deals.licence.count": 1, "deals.licence.amount": 150_000_000, "deals.licence.income": 50_000_000,
    "deals.assignment.count": 1, "deals.assignment.amount": 30_000_000, "deals.assignment.income": 0,
    "deals.equity.count": 0, "deals.equity.amount": 0,
    "deals.big.count": 1, "deals.big.amount": 150_000_000, "deals.big.count_share": Decimal("50.0"),
    "deals.big.amount_share": Decimal("83.3"), "deals.sme.count": 1,
    "distributions.team.amount": 35_000_000, "distributions.team.count": 2, "distributions.unit.amount": 15_000_000,
    "valuation.not_needed": 1, "valuation.yes": 1, "valuation.no": 0,
    "abandonments.filed": 1, "abandonments.done": 1, "disposals": 1,
    "expenditures.expense": 1_000_000, "expenditures.capitalize": 200_000, "expenditures.accumulate": 500_000,
    "assets.recognize.count": 0, "assets.dispose.count": 1, "assets.dispose.amount": 5_000_000, "assets.write_off.count": 0,
    "assets.year_end.count": 1, "assets.year_end.amount": 200_000,
    "publicities": 3, "publicities.grant": 1, "publicities.abandonment": 1, "publicities.price": 1,
    "publicities.reward": 0, "objections": 1, "objections.upheld": 0,
}
EXPECTED_2024 = {
    "disclosures": 2, "registrations": 2, "registrations.type.software": 1, "registrations.funding.unknown": 2,
    "year_end.total": 4, "year_end.attribute.granted": 3, "year_end.stage.research": 4, "year_end.stage.development": 0,
    "year_end.transfer.none": 4, "year_end.transfer.transferred": 0, "grants.use_right.applied": 1,
    "grants.use_right.approved": 0, "deals.count": 0, "deals.big.count_share": None,
    "assets.year_end.count": 1, "assets.year_end.amount": 5_000_000, "publicities": 0, "objections": 0,
}


def test_indicators_have_the_known_answers(report_db):
    db, _ = report_db
    values = ind.indicator_values(db, 2025, today=TODAY)
    assert {k: values[k] for k in EXPECTED_2025} == EXPECTED_2025
    previous = ind.indicator_values(db, 2024, today=TODAY)
    assert {k: previous[k] for k in EXPECTED_2024} == EXPECTED_2024


def test_records_behind_each_indicator(report_db):
    db, ids = report_db
    assert ind.records_behind(db, "disclosures", 2025, today=TODAY) == ("achievement", [ids["a1"]])
    # A6 lapsed only after 2025: at the 2025 year end it was still 授权成果 (event log); A5 was disposed.
    assert ind.records_behind(db, "year_end.attribute.granted", 2025) == ("achievement", sorted([ids["a1"], ids["a2"], ids["a6"]]))
    assert ind.records_behind(db, "year_end.attribute.granted", 2024) == ("achievement", sorted([ids["a2"], ids["a5"], ids["a6"]]))
    assert ind.records_behind(db, "year_end.stage.development", 2025) == ("achievement", [ids["a2"]])
    assert ind.records_behind(db, "deals.big.count_share", 2025) == ("deal", [ids["d4"]])
    assert ind.records_behind(db, "grants.use_right.approved", 2025) == ("application", [ids["g2"]])
    entity, team = ind.records_behind(db, "distributions.team.amount", 2025)
    rows = ind.record_details(db, entity, team)
    assert sorted(r["recipient"] for r in rows) == ["张三", "李四"]
    assert sum(r["amount_fen"] for r in rows) == 35_000_000
    # every count indicator has exactly as many records behind it as it counts
    values = ind.indicator_values(db, 2025, today=TODAY)
    for definition in ind.INDICATORS:
        if definition.measure == "count":
            assert len(ind.records_behind(db, definition.key, 2025, today=TODAY)[1]) == values[definition.key], definition.key


def test_confidential_achievements_are_never_reported(report_db):
    db, ids = report_db
    for definition in ind.INDICATORS:
        entity, found = ind.records_behind(db, definition.key, 2025, today=TODAY)
        if entity == "achievement":
            assert ids["a3"] not in found
        if entity == "deal":
            assert ids["d3"] not in found
    assert ind.indicator_values(db, 2025, keys=["deals.equity.count"], today=TODAY) == {"deals.equity.count": 0}
    # the report says how many it left out: a3 (registered 2025-02-10) at the end of 2025, none at the end of 2024
    assert ind.compute_report(db, 2025, today=TODAY).confidential_left_out == 1
    assert ind.compute_report(db, 2024, today=TODAY).confidential_left_out == 0


def test_free_text_is_kept_per_year_in_settings(report_db):
    db, _ = report_db
    ind.save_free_text(db, 2025, "建立披露制度", "评估能力不足")
    assert ind.free_text(db, 2025) == {"measures": "建立披露制度", "problems": "评估能力不足"}
    assert ind.free_text(db, 2024) == {"measures": "", "problems": ""}
    assert db.scalar("SELECT count(*) FROM events WHERE entity = 'settings'") >= 1


def _pdf_value(unit: str, value) -> str:
    """Format a workbook cell the way the PDF prints it."""
    if value is None:
        return "—"
    if unit == "元":
        return d.format_yuan(int(Decimal(str(value)) * 100))
    if unit == "%":
        return f"{Decimal(str(value)).quantize(Decimal('0.1'))}%"
    return f"{int(value):,}"


def test_workbook_and_pdf_hold_the_same_numbers(report_db, tmp_path):
    db, _ = report_db
    ind.save_free_text(db, 2025, "推行“先赋权后转化”。", "专业人才不足。")
    files = generate_report(db, 2025, tmp_path, today=TODAY)
    assert files.xlsx.name == "2025年度科技成果转化年度报告.xlsx"
    wb = load_workbook(files.xlsx, read_only=True)
    assert wb.sheetnames == [INDICATOR_SHEET, "典型做法与问题", EXPENDITURE_SUMMARY, FEE_BUDGET, *[dl.title for dl in DETAIL_LISTS]]
    rows = [r for r in wb[INDICATOR_SHEET].iter_rows(min_row=4, values_only=True) if r[7]]
    assert len(rows) == len(ind.INDICATORS)
    by_key = {r[7]: r for r in rows}
    assert by_key["deals.amount"][3] == pytest.approx(1_800_000) and by_key["deals.amount"][4] == 0
    assert by_key["disclosures"][3:6] == (1, 2, -1)
    assert by_key["deals.big.amount_share"][3] == pytest.approx(83.3)
    deals_sheet = list(wb["转化交易明细"].iter_rows(values_only=True))
    assert deals_sheet[0][:3] == ("记录号", "编号", "类型") and len(deals_sheet) == 3  # header + 2 deals
    assert {r[2] for r in deals_sheet[1:]} == {"许可", "转让"}
    assert list(wb["典型做法与问题"].iter_rows(values_only=True))[0] == ("典型做法与经验", "推行“先赋权后转化”。")
    summary = list(wb[EXPENDITURE_SUMMARY].iter_rows(values_only=True))
    assert summary[1:] == [("费用化", "研究阶段", "研发支出", 1, 10_000), ("资本化", "研究阶段", "注册费", 1, 2_000),
                           ("归集待定", "开发阶段", "研发支出", 1, 5_000)]
    kept = list(wb["资本化及归集支出明细"].iter_rows(values_only=True))
    assert [r[6] for r in kept[1:]] == ["资本化", "归集待定"]
    wb.close()

    reader = PdfReader(files.pdf)
    flat = "".join(page.extract_text() for page in reader.pages).replace("\n", "").replace(" ", "")
    for _, label, unit, current, previous, *_ in rows:
        expected = f"{label}{unit}{_pdf_value(unit, current)}{_pdf_value(unit, previous)}".replace(" ", "")
        assert expected in flat, label
    assert "推行“先赋权后转化”。" in flat and "专业人才不足。" in flat
    assert "涉密装置" not in flat
    assert "本年末涉密成果1项未报告" in flat
    # every font is embedded (TrueType subsets; no standard-14 font referenced)
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]


def test_a_draft_or_terminated_deal_adds_nothing_to_the_contract_totals(report_db):
    from kjcg_desktop.storage import deals as deals_repo

    db, ids = report_db
    draft = deals_repo.create_deal(db, ids["a1"], {  # registered, never signed: ¥1.2 M that is no contract
        "kind": "licence", "licence_type": "sole", "counterparty": "草稿公司", "counterparty_state_owned": True, "pricing_method": "listing",
        "contract_date": date(2025, 9, 1), "amount_fen": 120_000_000})
    values = ind.indicator_values(db, 2025, today=TODAY)
    assert (values["deals.count"], values["deals.amount"], values["deals.licence.count"]) == (2, 180_000_000, 1)
    db.execute("UPDATE deals SET state = 'signed' WHERE id = ?", (draft,))
    values = ind.indicator_values(db, 2025, today=TODAY)
    assert (values["deals.count"], values["deals.amount"]) == (3, 300_000_000)
    db.execute("UPDATE deals SET state = 'terminated' WHERE id = ?", (draft,))
    assert ind.indicator_values(db, 2025, today=TODAY)["deals.count"] == 2


def test_the_workbook_never_holds_a_formula_from_data(report_db, tmp_path):
    """Text from records (and from an imported file's headers kept as extra fields) that looks like
    a formula stays text in every sheet, read by openpyxl and by calamine, and in the file's XML."""
    import zipfile

    import python_calamine

    from kjcg_desktop.storage import achievements as ach

    db, ids = report_db
    hostile = ['=HYPERLINK("http://evil.example","点我")', "+1", "-cmd|' /C calc'!A0", "@SUM(A1)", "<r><t>标记</t></r>"]
    ach.update_achievement(db, ids["a1"], {"name": hostile[0], "department": hostile[1]})
    ind.save_free_text(db, 2025, hostile[2], hostile[3])
    ach.update_achievement(db, ids["a2"], {"name": hostile[4]})
    files = generate_report(db, 2025, tmp_path, today=TODAY)
    with zipfile.ZipFile(files.xlsx) as z:
        sheets = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
    assert sheets and not any("<f>" in x or "<f " in x for x in sheets)
    book = load_workbook(files.xlsx)
    texts = {c.value for ws in book for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    assert not any(c.data_type == "f" for ws in book for row in ws.iter_rows() for c in row)
    assert set(hostile) <= texts
    quoted = [c for ws in book for row in ws.iter_rows() for c in row if c.value == hostile[0]]
    assert quoted and all(c.quotePrefix for c in quoted)  # editing the cell in Excel keeps it text
    calamine = python_calamine.CalamineWorkbook.from_path(str(files.xlsx))
    seen = {v for name in calamine.sheet_names for row in calamine.get_sheet_by_name(name).to_python() for v in row}
    assert set(hostile) <= seen


def test_pilot_report_carries_the_patent_fee_budget(demo_db, tmp_path, fixed_today):
    """1-2 第十二条: the state-asset report says what keeping the patents will cost — the annual fees
    of the three years after the report year, by who bears them, and to the end of term."""
    from kjcg_desktop.services import fees

    year = fixed_today.year - 1
    files = generate_report(demo_db, year, tmp_path, today=fixed_today)
    wb = load_workbook(files.xlsx, read_only=True)
    rows = list(wb[FEE_BUDGET].iter_rows(values_only=True))
    wb.close()
    plan = fees.budget(demo_db, 3, today=date(year + 1, 1, 1))
    totals = {r[0]: r[2] for r in rows if r[1] == "合计"}
    assert set(plan.years) <= set(totals)
    assert all(totals[y] == pytest.approx(plan.by_year.get(y, 0) / 100) for y in plan.years)
    assert sum(totals[y] for y in plan.years) > 0
