"""Ledger export (round trip, formula safety, layout), finance workbook and finance confirmations,
and the CLI commands."""

from __future__ import annotations

import json
from datetime import date, datetime

import openpyxl
import pytest
from excel_helpers import app_no, messy_ledger

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
    assert 40 <= ws.column_dimensions["B"].width < 41  # XlsxWriter stores the width Excel shows as 40
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
    assert counts == {"achievements": 2, "expenditures": 2, "intangible_assets": 1, "无形资产确认": 0, "处置与核销": 1,
                      "receipts": 0, "distributions": 0, "people": 0, "uncounted_deals": 0, "支出重新分类": 0, "专利年费预算": 0}
    assert db.scalar("SELECT exported_at FROM finance_queue WHERE id = ?", (q,)) is not None
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["成果阶段与属性", "支出处理", "无形资产台账", "无形资产确认", "处置与核销",
                             "到账收入", "收益分配明细", "个人分配汇总", "交易年度汇总", "支出重新分类", "专利年费预算"]
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


def _income_data(db):
    """One achievement with two inventors (one a known person), a completed licence with two
    receipts (one paid out), a draft and a terminated deal of the same year."""
    from decimal import Decimal

    from kjcg_desktop.storage import deals

    person = db.insert("people", {"name": "张三", "employee_no": "T0123", "department": "材料学院"})
    a = create_achievement(db, {"ledger_no": "KJCG-2025-00007", "name": "高强度铝合金", "type": "invention"},
                           [{"name": "张三", "share": "60", "person_id": person}, {"name": "李四", "share": "40", "department": "化学系"}])
    common = {"counterparty_state_owned": True, "pricing_method": "listing", "unit_share": "30"}
    signed = deals.create_deal(db, a, {"kind": "licence", "licence_type": "sole", "counterparty": "甲公司", **common,
                                       "contract_date": date(2025, 3, 1), "amount_fen": 10_000_000})
    draft = deals.create_deal(db, a, {"kind": "assignment", "counterparty": "草稿公司", **common,
                                      "contract_date": date(2025, 5, 1), "amount_fen": 120_000_000})
    ended = deals.create_deal(db, a, {"kind": "assignment", "counterparty": "终止公司", **common,
                                      "contract_date": date(2025, 6, 1), "amount_fen": 5_000_000})
    db.execute("UPDATE deals SET state = 'completed' WHERE id = ?", (signed,))
    db.execute("UPDATE deals SET state = 'terminated' WHERE id = ?", (ended,))
    first = deals.add_receipt(db, signed, on=date(2025, 4, 1), amount_fen=1_000_000, payer="甲公司", voucher_no="收-01")
    deals.add_receipt(db, signed, on=date(2025, 9, 1), amount_fen=300_000, payer="甲公司",
                      recipients=[("单位", Decimal(30), True), ("张三", Decimal(70), False)])
    deals.add_receipt(db, signed, on=date(2026, 1, 15), amount_fen=999, payer="甲公司")  # next year
    db.execute("UPDATE distributions SET paid_date = '2025-05-10' WHERE receipt_id = ?", (first,))
    return {"signed": signed, "draft": draft, "ended": ended, "person": person}


def _sheet_rows(book, title):
    return [list(r) for r in book[title].iter_rows(values_only=True)]


def test_finance_workbook_has_receipts_and_distribution_per_deal_and_person(db, tmp_path):
    _income_data(db)
    out = tmp_path / "fin.xlsx"
    counts = ee.export_finance(db, out, year=2025)
    assert (counts["receipts"], counts["distributions"], counts["people"], counts["uncounted_deals"]) == (2, 5, 2, 2)
    book = openpyxl.load_workbook(out)
    receipts = _sheet_rows(book, ee.RECEIPT_SHEET)
    assert receipts[0][:3] == ["交易编号", "合同编号", "台账编号"]
    assert [r[:3] + r[7:13] for r in receipts[1:]] == [
        ["JY-2025-0001", None, "KJCG-2025-00007", datetime(2025, 4, 1), 10000, "甲公司", "收-01", 3000, 7000],
        ["JY-2025-0001", None, "KJCG-2025-00007", datetime(2025, 9, 1), 3000, "甲公司", None, 900, 2100]]
    shares = _sheet_rows(book, ee.DISTRIBUTION_SHEET)
    got = [(r[0], r[1], r[6], r[7], r[8], r[9], r[10], r[11], r[13]) for r in shares[1:]]
    assert got == [
        ("JY-2025-0001", "KJCG-2025-00007", "单位", "单位", None, None, 30, 3000, "已发放"),
        ("JY-2025-0001", "KJCG-2025-00007", "张三", "个人", "T0123", "材料学院", 42, 4200, "已发放"),
        ("JY-2025-0001", "KJCG-2025-00007", "李四", "个人", None, "化学系", 28, 2800, "已发放"),
        ("JY-2025-0001", "KJCG-2025-00007", "单位", "单位", None, None, 30, 900, "待发放"),
        ("JY-2025-0001", "KJCG-2025-00007", "张三", "个人", "T0123", "材料学院", 70, 2100, "待发放")]
    people = {r[0]: r for r in _sheet_rows(book, ee.PERSON_SHEET)[1:]}
    assert people["张三"] == ["张三", "T0123", "材料学院", "JY-2025-0001", "KJCG-2025-00007", 6300, 4200, 2100]
    assert people["李四"][5:] == [2800, 2800, 0]
    # records are named by the numbers people use, never by an internal database id
    for title in (ee.RECEIPT_SHEET, ee.DISTRIBUTION_SHEET, ee.PERSON_SHEET):
        headers = _sheet_rows(book, title)[0]
        assert not {"id", "ID", "编号", "记录号", "交易ID"} & set(headers), title
        assert all(isinstance(v, str) for row in _sheet_rows(book, title)[1:] for v, h in zip(row, headers, strict=True)
                   if h in ("交易编号", "台账编号") and v is not None), title
    totals = _sheet_rows(book, ee.DEAL_TOTALS_SHEET)
    assert totals[1][:4] == [2025, 1, 100000, 13009.99]  # the draft's ¥1.2 M is not in the contract total
    apart = [r for r in totals[5:] if r[0]]
    assert totals[3][0] == "未计入合计的交易（草稿、已终止）：2 笔"
    assert [(r[0], r[1], r[2], r[6]) for r in apart] == [("JY-2025-0002", "草稿", "KJCG-2025-00007", 1200000),
                                                          ("JY-2025-0003", "已终止", "KJCG-2025-00007", 50000)]


def test_cli_deal_totals_counts_signed_deals_and_lists_the_others_apart(db_path, capsys):
    db = open_database(db_path)
    _income_data(db)
    db.close()
    code, out, _ = _run(capsys, "--db", str(db_path), "deal-totals")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "年度\t已签约笔数\t合同金额（元）\t到账金额（元）"
    assert lines[1] == "2025\t1\t100,000.00\t13,009.99"
    assert "未计入合计（草稿、已终止）2 笔：" in out
    assert "2025\tJY-2025-0002\t草稿\tKJCG-2025-00007\t草稿公司\t1,200,000.00" in lines
    assert "2025\tJY-2025-0003\t已终止\tKJCG-2025-00007\t终止公司\t50,000.00" in lines


def test_hostile_headers_and_text_round_trip_as_text(db, tmp_path, data_dir):
    """A header from an imported file (=HYPERLINK(…)) is kept as an extra column and exported as
    text, like every other formula-shaped value; a fresh database imports the export unchanged."""
    import zipfile

    source = tmp_path / "hostile.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    link = '=HYPERLINK("http://evil.example","点我")'
    ws.append(["成果名称", "成果类型", "申请号", link, "@SUM(A1)"])
    for i, cells in enumerate((["+1", "-cmd"], ["=1+1", "<r><t>x</t></r>"]), 1):
        ws.append([f"成果{i}", "发明专利", app_no(2023, 1, 100 + i), *cells])
    for row in ws.iter_rows():
        for c in row:
            c.data_type = "s"  # text in the source, as a patent database writes it
    wb.save(source)
    ei.import_file(db, source)
    out = tmp_path / "ledger.xlsx"
    assert ee.export_ledger(db, out) == 2
    with zipfile.ZipFile(out) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    book = openpyxl.load_workbook(out).active
    header = {c.value: c for c in book[1]}
    assert header[link].data_type == "s" and header[link].quotePrefix and header["@SUM(A1)"].quotePrefix
    other = open_database(data_dir / "fresh.sqlite3")
    ei.import_file(other, out)
    assert _ledger(other) == _ledger(db)
    extras = [json.loads(r[0]) for r in other.query("SELECT extra FROM achievements ORDER BY ledger_no")]
    assert {e.get(link) for e in extras} == {"+1", "=1+1"} and {e.get("@SUM(A1)") for e in extras} == {"-cmd", "<r><t>x</t></r>"}
    other.close()


@pytest.mark.sqlite_only  # drives the SQLite file by its path
def test_over_long_cells_are_cut_visibly_and_reported(db, tmp_path, db_path, capsys):
    from kjcg_desktop.services.xlsx_writer import CELL_LIMIT, truncation_marker

    create_achievement(db, {"ledger_no": "KJCG-2025-00001", "name": "长摘要", "type": "invention", "summary": "摘" * 40_000})
    truncated = []
    ee.export_ledger(db, tmp_path / "l.xlsx", truncated=truncated)
    assert [(t.sheet, t.column, t.length) for t in truncated] == [("成果台账", "摘要", 40_000)]
    summary = ei.open_workbook(tmp_path / "l.xlsx").rows("成果台账")[1][13]
    assert len(summary) <= CELL_LIMIT and summary.endswith(truncation_marker(40_000))
    code, _, err = _run(capsys, "--db", str(db_path), "export", "ledger", str(tmp_path / "cli.xlsx"))
    assert code == 0 and "摘要" in err and "40,000" in err and "已截断" in err


def test_extra_fields_named_like_a_ledger_column_are_exported_and_read_back(db, tmp_path, data_dir):
    """A publication number found in the 专利号 column and a status text the vocabulary cannot read
    are kept in extra fields; the export writes them (headers 附加·…, where a ledger column has the
    same name) and the import reads them back as the same extra fields."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "专利台账"
    ws.append(["成果名称", "专利类型", "申请号", "专利号", "法律状态", "经费来源"])
    ws.append(["一种新型催化剂", "发明", app_no(2020, 1, 99887), "CN112233445A", "公开", "上海市科委"])
    ws.append(["科研管理平台V1.0", "软件著作权", None, None, "无", "校内自主"])
    wb.save(tmp_path / "m.xlsx")
    ei.import_file(db, tmp_path / "m.xlsx")
    extras = {r["name"]: json.loads(r["extra"]) for r in db.query("SELECT name, extra FROM achievements")}
    assert extras["一种新型催化剂"]["公开（公告）号"] == "CN112233445A"
    assert extras["科研管理平台V1.0"]["法律状态"] == "无"
    out = tmp_path / "ledger.xlsx"
    ee.export_ledger(db, out)
    headers = [c.value for c in openpyxl.load_workbook(out)["成果台账"][1]]
    assert "附加·公开（公告）号" in headers and "附加·法律状态" in headers
    plan, batch = ei.import_file(db, out)
    assert (len(plan.updated), batch) == (0, None)
    other = open_database(data_dir / "other.sqlite3")
    ei.import_file(other, out)
    assert {r["name"]: json.loads(r["extra"]) for r in other.query("SELECT name, extra FROM achievements")} == extras
    other.close()


def test_reimporting_the_export_of_flagged_records_raises_no_flag_twice(db, tmp_path):
    """The export writes a flagged value in the ledger's spelling (the number in 申请号 without its ZL
    prefix, the type as its label): the same problem is not flagged a second time."""
    good = app_no(2023, 2, 123456)
    wrong = good[:-1] + ("0" if good[-1] != "0" else "1")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["专利名称", "专利类型", "专利号", "申请日", "法律状态"])
    ws.append(["一种可调节输液架", "实用新型", "ZL" + wrong, "2023-03-01", "有效"])
    ws.append(["一种检测装置", "实用新型", "CN" + app_no(2008, 1, 12345), "2008-01-02", "有效"])
    wb.save(tmp_path / "m.xlsx")
    ei.import_file(db, tmp_path / "m.xlsx")
    open_flags = [tuple(r) for r in db.query("SELECT achievement_id, field, kind FROM review_flags ORDER BY id")]
    assert [k for _, _, k in open_flags] == ["check_digit", "type"]
    ee.export_ledger(db, tmp_path / "ledger.xlsx")
    plan, batch = ei.import_file(db, tmp_path / "ledger.xlsx")
    assert (batch, plan.flags) == (None, [])
    assert [tuple(r) for r in db.query("SELECT achievement_id, field, kind FROM review_flags ORDER BY id")] == open_flags


def test_extra_fields_named_like_any_recognised_header_are_read_back_as_extra_fields(db, tmp_path, data_dir):
    """当前法律状态 kept as written (unreadable) beside the status column decided by 法律状态: the
    export must not turn it into a second status column on the way back."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["成果名称", "专利类型", "申请号", "法律状态", "当前法律状态"])
    ws.append(["一种分离膜", "发明", app_no(2021, 1, 456789), "实质审查", "暂缓审查请求中"])
    wb.save(tmp_path / "m.xlsx")
    ei.import_file(db, tmp_path / "m.xlsx")
    before = [tuple(r) for r in db.query("SELECT name, legal_status, extra FROM achievements")]
    ee.export_ledger(db, tmp_path / "ledger.xlsx")
    headers = [c.value for c in openpyxl.load_workbook(tmp_path / "ledger.xlsx")["成果台账"][1]]
    assert [h for h in headers if "当前法律状态" in h] == ["附加·当前法律状态"]
    plan, batch = ei.import_file(db, tmp_path / "ledger.xlsx")
    assert batch is None
    other = open_database(data_dir / "other.sqlite3")
    ei.import_file(other, tmp_path / "ledger.xlsx")
    assert [tuple(r) for r in other.query("SELECT name, legal_status, extra FROM achievements")] == before
    other.close()
