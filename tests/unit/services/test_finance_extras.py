"""The finance workbook's 1-2 第十条 reclassifications and annual-fee budget; finance's reply file with
record numbers out of range (inf, 1e19) is reported per row, never a crash."""

from __future__ import annotations

import openpyxl

from kjcg_desktop.services import excel_export as ee
from kjcg_desktop.services import fees


def test_finance_workbook_has_the_fee_budget_and_reclassifications(demo_db, tmp_path, fixed_today):
    out = tmp_path / "fin.xlsx"
    counts = ee.export_finance(demo_db, out, year=fixed_today.year)
    book = openpyxl.load_workbook(out, read_only=True)
    assert fees.FINANCE_SHEET in book.sheetnames and ee.RECLASSIFY_SHEET in book.sheetnames
    rows = list(book[fees.FINANCE_SHEET].iter_rows(values_only=True))
    assert counts[fees.FINANCE_SHEET] == len(rows) - 1 > 0
    header = list(book[ee.RECLASSIFY_SHEET].iter_rows(values_only=True))[0]
    assert header[:2] == ("台账编号", "成果名称") and "依据条款" in header
    book.close()


def test_finance_reply_with_numbers_out_of_range_is_reported_per_row(demo_db, tmp_path, fixed_today):
    out = tmp_path / "fin.xlsx"
    ee.export_finance(demo_db, out, year=fixed_today.year)
    book = openpyxl.load_workbook(out)
    sheet = book[ee.EXPENDITURE_SHEET]
    assert sheet.max_row >= 4, "the demo year needs a few expenditures"
    sheet.cell(2, 1).value = "inf"
    sheet.cell(3, 1).value = 1e19
    sheet.cell(4, 1).value = "12.5"
    book.save(out)
    result = ee.read_finance_confirmations(demo_db, out)
    bad = {(e["row"], e["column"]) for e in result.errors}
    assert {(2, "支出编号"), (3, "支出编号"), (4, "支出编号")} <= bad
    assert all("记录编号" in e["message"] for e in result.errors if e["row"] in (2, 3, 4))
