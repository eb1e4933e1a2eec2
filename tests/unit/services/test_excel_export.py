"""Ledger export (round trip, formula safety, layout), finance workbook and finance confirmations,
and the CLI commands."""

from __future__ import annotations

import json
from datetime import date

import openpyxl
import pytest
from excel_helpers import app_no, bad_rows_ledger, messy_ledger

from kjcg_desktop import cli
from kjcg_desktop.services import excel_export as ee
from kjcg_desktop.services import excel_import as ei
from kjcg_desktop.storage import open_database
from kjcg_desktop.storage.achievements import add_expenditure, create_achievement, update_achievement

COLUMNS = ("ledger_no, name, type, legal_status, application_no, patent_no, registration_no, filing_date, grant_date, holder, "
           "department, keywords, summary, extra, attribute, stage, transfer_status, transfer_count, asset_value_fen, "
           "(SELECT group_concat(name, '|') FROM inventors i WHERE i.achievement_id = a.id) AS inventors")


def _ledger(db):
    return [tuple(r) for r in db.query(f"SELECT {COLUMNS} FROM achievements a ORDER BY ledger_no")]


def test_export_import_round_trip_without_change(db, tmp_path, data_dir):
    ei.import_file(db, messy_ledger(tmp_path / "m.xlsx"))
    update_achievement(db, 1, {"summary": "=HYPERLINK(\"http://evil\")", "keywords": "+1-2", "holder": "@SUM(A1)",
                               "asset_value_fen": 1234567})
    out = tmp_path / "ledger.xlsx"
    assert ee.export_ledger(db, out) == 7
    plan, batch = ei.import_file(db, out)
    assert (len(plan.added), len(plan.updated), plan.unchanged, plan.errors, batch) == (0, 0, 7, [], None)
    other = open_database(data_dir / "other.sqlite3")
    ei.import_file(other, out)
    assert _ledger(other) == _ledger(db)
    other.close()


def test_export_layout_and_no_formulas(db, tmp_path):
    create_achievement(db, {"ledger_no": "KJCG-2024-00001", "name": "=1+1", "type": "invention", "filing_date": "2024-01-02",
                            "keywords": "-cmd", "summary": "@x", "extra": {"备注": "+danger"}})
    out = tmp_path / "l.xlsx"
    ee.export_ledger(db, out)
    ws = openpyxl.load_workbook(out).active
    headers = [c.value for c in ws[1]]
    assert headers[:4] == ["台账编号", "成果名称", "成果类型", "法律状态"] and headers[-1] == "备注"
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(headers))}2"
    assert ws.column_dimensions["B"].width == 40
    name = ws["B2"]
    assert (name.value, name.data_type, name.quotePrefix) == ("=1+1", "s", True)
    for cell in ws[2]:
        assert cell.data_type != "f"
    filing = ws.cell(2, headers.index("申请日") + 1)
    assert filing.is_date and filing.number_format == "yyyy-mm-dd"
    assert ws.cell(2, headers.index("成果类型") + 1).value == "发明专利"


def test_export_filtered_view(db, tmp_path):
    for i in range(3):
        create_achievement(db, {"name": f"成果{i}", "type": "invention"})
    assert ee.export_ledger(db, tmp_path / "f.xlsx", ids=[1, 3]) == 2
    ws = openpyxl.load_workbook(tmp_path / "f.xlsx").active
    assert [r[1] for r in ws.iter_rows(min_row=2, values_only=True)] == ["成果0", "成果2"]


def _finance_data(db):
    a = create_achievement(db, {"ledger_no": "KJCG-2025-00001", "name": "授权发明", "type": "invention", "legal_status": "granted",
                                "application_no": app_no(2023, 1, 11), "is_intangible_asset": True, "asset_value_fen": 500000})
    b = create_achievement(db, {"ledger_no": "KJCG-2025-00002", "name": "研究中", "type": "invention"})
    e1 = add_expenditure(db, a, on=date(2025, 3, 1), kind="registration", amount_fen=95000)
    e2 = add_expenditure(db, b, on=date(2025, 4, 1), kind="rd", amount_fen=1200000)
    add_expenditure(db, b, on=date(2024, 4, 1), kind="rd", amount_fen=1)  # other year
    q = db.insert("finance_queue", {"achievement_id": a, "kind": "dispose", "amount_fen": 500000, "article": "1-2 第十一条",
                                    "created_at": "2025-06-01T10:00:00"})
    return e1, e2, q


def test_finance_workbook_and_confirmations(db, tmp_path):
    e1, e2, q = _finance_data(db)
    out = tmp_path / "fin.xlsx"
    counts = ee.export_finance(db, out, year=2025)
    assert counts == {"achievements": 2, "expenditures": 2, "intangible_assets": 1, "无形资产确认": 0, "处置与核销": 1}
    assert db.scalar("SELECT exported_at FROM finance_queue WHERE id = ?", (q,)) is not None
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["成果阶段与属性", "支出处理", "无形资产台账", "无形资产确认", "处置与核销"]
    exp = wb["支出处理"]
    rows = {r[0]: r for r in exp.iter_rows(min_row=2, values_only=True)}
    assert rows[e1][7] == "资本化" and rows[e2][7] == "费用化" and rows[e1][8] == "1-2 第十条"
    attrs = {r[0]: r for r in wb["成果阶段与属性"].iter_rows(min_row=2, values_only=True)}
    assert attrs["KJCG-2025-00001"][3:5] == ("授权成果", "研究阶段")
    # finance fills in vouchers and booked amounts
    for r in range(2, exp.max_row + 1):
        if exp.cell(r, 1).value == e1:
            exp.cell(r, 10, "记-2025-0301")
            exp.cell(r, 11, 950.00)
            exp.cell(r, 12, "2025年3月5日")
        else:
            exp.cell(r, 10, "记-2025-0401")
            exp.cell(r, 11, "12,000.50")
            exp.cell(r, 12, date(2025, 4, 6))
    disp = wb["处置与核销"]
    disp.cell(2, 8, "记-2025-0601")
    disp.cell(2, 10, "2025.6.10")
    wb.save(out)
    conf = ee.read_finance_confirmations(db, out)
    assert conf.errors == [] and len(conf.changes) == 3
    notes = {c.record_id: c.note for c in conf.changes if c.table == "expenditures"}
    assert notes[e1] == "" and "12,000.50" in notes[e2]
    assert ee.apply_finance_confirmations(db, conf) == 3
    row = db.one("SELECT voucher_no, booked_amount_fen, booked_date FROM expenditures WHERE id = ?", (e1,))
    assert tuple(row) == ("记-2025-0301", 95000, "2025-03-05")
    assert db.scalar("SELECT booked_date FROM finance_queue WHERE id = ?", (q,)) == "2025-06-10"
    assert db.scalar("SELECT count(*) FROM events WHERE action = 'booking'") == 3
    again = ee.read_finance_confirmations(db, out)
    assert again.changes == [] and again.unchanged == 3


def _run(capsys, *argv):
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_import_json_undo_and_export(db_path, tmp_path, capsys):
    messy = messy_ledger(tmp_path / "m.xlsx")
    code, out, _ = _run(capsys, "--db", str(db_path), "import", str(messy), "--dry-run", "--json")
    result = json.loads(out.strip().splitlines()[-1])
    assert code == 0 and {"added", "updated", "skipped", "errors", "unmapped_columns"} <= set(result)
    assert (result["added"], result["skipped"], result["unmapped_columns"], result["batch_id"]) == (7, 3, ["备注"], None)
    code, out, _ = _run(capsys, "--db", str(db_path), "import", str(messy), "--json", "--save-profile", "示范")
    batch = json.loads(out)["batch_id"]
    code, out, _ = _run(capsys, "--db", str(db_path), "export", "ledger", str(tmp_path / "o.xlsx"))
    assert code == 0 and "7 条" in out
    code, out, _ = _run(capsys, "--db", str(db_path), "import", str(tmp_path / "o.xlsx"), "--profile", "示范")
    assert code == 0 and "无变化 7 条" in out
    code, out, _ = _run(capsys, "--db", str(db_path), "import", "undo", str(batch))
    assert code == 0 and "删除新增成果 7 条" in out
    code, _, err = _run(capsys, "--db", str(db_path), "import", "--undo", str(batch))
    assert code == 1 and "已于" in err
    code, out, _ = _run(capsys, "--db", str(db_path), "import", "batches", "--json")
    assert json.loads(out)[0]["undone_at"]


def test_cli_errors_are_chinese_and_exit_nonzero(db_path, tmp_path, capsys):
    bad = tmp_path / "bad.xls"
    bad.write_bytes(ei.CFB_MAGIC + b"\x00" * 100)
    code, _, err = _run(capsys, "--db", str(db_path), "import", str(bad))
    assert code == 1 and ".xls" in err and "Traceback" not in err
    code, _, err = _run(capsys, "--db", str(db_path), "import")
    assert code == 2 and "用法" in err
    code, _, err = _run(capsys, "--db", str(db_path), "import", "a.xlsx", "b.xlsx")
    assert code == 2 and "多余" in err
    with pytest.raises(SystemExit):
        cli.main(["--db", str(db_path), "export"])


def test_cli_finance_round(db_path, tmp_path, capsys):
    db = open_database(db_path)
    e1, _, _ = _finance_data(db)
    db.close()
    out = tmp_path / "fin.xlsx"
    code, text, _ = _run(capsys, "--db", str(db_path), "export", "finance", str(out), "--year", "2025")
    assert code == 0 and "支出 2 条" in text
    wb = openpyxl.load_workbook(out)
    ws = wb["支出处理"]
    ws.cell(2, 10, "V-1")
    wb.save(out)
    code, text, _ = _run(capsys, "--db", str(db_path), "import", "finance", str(out), "--dry-run")
    assert code == 0 and "V-1" in text and "将更新 1 条" in text
    code, text, _ = _run(capsys, "--db", str(db_path), "import", "finance", str(out), "--json")
    assert json.loads(text)["applied"] == 1


def test_problem_list_has_every_problem_with_sheet_and_row(db, tmp_path):
    source = bad_rows_ledger(tmp_path / "b.xlsx")
    ws = openpyxl.load_workbook(source)
    ws.active.append(["公式样的日期", "发明", app_no(2023, 1, 9), None, "审中", None, None])
    cell = ws.active.cell(ws.active.max_row, 4, "=2023")
    cell.data_type = "s"  # text in the source that looks like a formula
    ws.active.append([None] * 7)
    ws.active.append(["合计"])
    ws.save(source)
    plan, _ = ei.import_file(db, source, dry_run=True)
    counts = ee.export_import_problems(plan, tmp_path / "问题.xlsx")
    assert counts == {"错误": len(plan.errors), "标记不一致": len(plan.tag_differences), "跳过的行": len(plan.skipped)}
    assert counts["错误"] == 5 and counts["标记不一致"] >= 1 and counts["跳过的行"] == 2
    book = openpyxl.load_workbook(tmp_path / "问题.xlsx")
    errors = [tuple(c.value for c in row) for row in book["错误"].iter_rows(min_row=2)]
    assert errors == [(e.sheet, e.row, e.column, e.as_dict()["value"] or None, e.message) for e in plan.errors]  # "" reads back empty
    assert errors[0][:4] == ("台账", 3, "申请日", "2023-13-40") and errors[-1][:4] == ("台账", 8, "申请日", "=2023")
    assert [tuple(c.value for c in row) for row in book["跳过的行"].iter_rows(min_row=2)] == [("台账", 9, "空行"), ("台账", 10, "合计行")]
    tags = book["标记不一致"]
    assert tags["A1"].value == "工作表" and tags.freeze_panes == "A2" and tags.auto_filter.ref
    assert not any(c.data_type == "f" for ws in book for row in ws.iter_rows() for c in row)  # nothing became a formula


def test_cli_report_is_written_before_the_import(db_path, tmp_path, capsys):
    source = bad_rows_ledger(tmp_path / "b.xlsx")
    code, out, _ = _run(capsys, "--db", str(db_path), "import", str(source), "--report", str(tmp_path / "r.xlsx"), "--json")
    result = json.loads(out)
    assert code == 1 and result["report"] == str(tmp_path / "r.xlsx") and result["batch_id"] is not None
    assert openpyxl.load_workbook(tmp_path / "r.xlsx")["错误"].max_row == 1 + len(result["errors"])
    taken = tmp_path / "taken.xlsx"
    taken.mkdir()  # the list cannot be saved under this name
    other = tmp_path / "other.sqlite3"
    code, _, err = _run(capsys, "--db", str(other), "--create", "import", str(source), "--report", str(taken))
    db = open_database(other)
    assert db.scalar("SELECT count(*) FROM achievements") == 0  # nothing imported when the list cannot be written
    db.close()
    assert code == 1 and "无法写入" in err
