"""A ledger workbook's fee list and deal list feed the fee register and the contract register: in
the import's transaction, in the preview and the report, undone with the import, never twice."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from excel_helpers import CATALYST, MOTOR, SHELL, app_no, office_fee_and_deal_workbook, write_xlsx

from kjcg_desktop.services import excel_import as ei
from kjcg_desktop.services import fees
from kjcg_desktop.services.importing.report import write_import_report
from kjcg_desktop.storage import contracts as contracts_repo
from kjcg_desktop.storage import deals as deals_repo
from kjcg_desktop.storage.import_undo import UndoError


def _ids(db) -> dict[str, int]:
    return {r["application_no"]: r["id"] for r in db.query("SELECT id, application_no FROM achievements")}


def _counts(db) -> tuple[int, ...]:
    return tuple(int(db.scalar(f"SELECT count(*) FROM {t}")) for t in ("achievements", "fee_payments", "deals",
                                                                         "tech_contracts", "counterparties"))


def test_the_preview_counts_the_payments_and_contracts_and_writes_nothing(db, tmp_path):
    plan, batch = ei.import_file(db, office_fee_and_deal_workbook(tmp_path / "office.xlsx"), dry_run=True)
    assert batch is None and _counts(db) == (0, 0, 0, 0, 0)
    summary = plan.summary()
    assert (summary["added"], summary["payments"], summary["contracts"], summary["known_items"]) == (3, 3, 3, 0)
    assert ("年费缴纳记录", 8, "合计行") in plan.skipped and ("转化合同台账", 6, "合计行") in plan.skipped


def test_fee_list_payments_go_to_the_fee_register_of_the_achievement_the_row_names(db, tmp_path):
    plan, batch = ei.import_file(db, office_fee_and_deal_workbook(tmp_path / "office.xlsx"))
    ids = _ids(db)
    paid = [(r["achievement_id"], r["patent_year"], str(r["paid_on"])[:10], r["amount_fen"], r["receipt_no"])
            for r in db.query("SELECT * FROM fee_payments ORDER BY id")]
    assert paid == [(ids[MOTOR], 4, "2022-02-20", 120000, "SH2022-001"), (ids[MOTOR], 5, "2023-02-18", 200000, "SH2023-002"),
                    (ids[SHELL], 3, "2022-03-01", 90000, "SH2022-003")]
    assert all("office.xlsx" in r["note"] and f"导入批次 {batch}" in r["note"] for r in db.query("SELECT note FROM fee_payments"))
    # what could not be read completely is not guessed: the achievement is there, the cells kept, a flag says why
    flags = {f.cell: f for _, f in plan.flags}
    assert "缴费金额未填写" in flags["年费缴纳记录!E6"].reason and "未记入年费缴费记录" in flags["年费缴纳记录!E6"].reason
    assert "费用种类无法识别" in flags["年费缴纳记录!D7"].reason and flags["年费缴纳记录!D7"].original == "年费"
    stored = {r["cell"] for r in db.query("SELECT cell FROM review_flags")}
    assert {"年费缴纳记录!E6", "年费缴纳记录!D7"} <= stored
    extra = json.loads(db.scalar("SELECT extra FROM achievements WHERE id = ?", (ids[MOTOR],)))
    assert extra["费用种类"] == "发明专利第4年年费；发明专利第5年年费" and extra["收据号"] == "SH2022-001；SH2023-002"
    assert extra["缴费金额（元）"] == "1200；2000"  # the extra fields stay as before: an export reads back the same
    # the fee calendar counts them: the 4th and 5th years of the motor patent are paid
    lines = {x.fee.year: x.state.status for x in fees.fee_lines_for(db, ids[MOTOR], date(2026, 12, 9))}
    assert (lines[4], lines[5]) == ("paid", "paid") and lines[6] != "paid"


def test_deal_list_rows_become_deals_and_contracts_linked_to_the_achievement(db, tmp_path):
    plan, _ = ei.import_file(db, office_fee_and_deal_workbook(tmp_path / "office.xlsx"))
    ids = _ids(db)
    deals = [(r["achievement_id"], r["kind"], r["licence_type"], r["counterparty"], r["amount_fen"], str(r["contract_date"])[:10],
              r["contract_no"], r["state"]) for r in db.query("SELECT * FROM deals ORDER BY id")]
    assert deals == [
        (ids[MOTOR], "assignment", None, "上海某某电机有限公司", 50_000_000, "2023-05-01", "ZR-2023-01", "signed"),  # 50 万元
        (ids[SHELL], "licence", "non_exclusive", "苏州某科技有限公司", 20_000_000, "2024-01-15", "XK-2024-02", "signed"),
    ]
    tech = db.one("SELECT t.*, cp.name AS party FROM tech_contracts t JOIN counterparties cp ON cp.id = t.counterparty_id")
    assert (tech["achievement_id"], tech["kind"], tech["name"], tech["amount_fen"], tech["party"]) == (
        ids[CATALYST], "development", "催化剂中试技术开发", 80_000_000, "某化工集团有限公司")
    # the deal's own register counts it: signed contracts by kind for the national report
    assert {(r["kind"], r["contracts"]) for r in contracts_repo.totals_by_kind(db)} == {
        ("assignment", 1), ("licence", 1), ("development", 1)}
    flags = {f.cell: f for _, f in plan.flags}
    assert "缺少转化方式" in flags["转化合同台账!E5"].reason  # row 4: kind not written, not registered
    pricing = [f for _, f in plan.flags if "定价方式" in f.reason]
    assert len(pricing) == 2 and all("暂记为协议定价" in f.reason for f in pricing)
    # the achievement's name is the ledger's, not a placeholder from the deal row without one
    assert not [f for _, f in plan.flags if f.field == "name"]
    assert db.scalar("SELECT count(*) FROM counterparties") == 3
    # a registered deal moves its achievement to 意向转化 (R5); a 四技 contract does not; none is 已转化 on the file's word
    status = {r["application_no"]: r["transfer_status"] for r in db.query("SELECT application_no, transfer_status FROM achievements")}
    assert status == {MOTOR: "intended", SHELL: "intended", CATALYST: "none"}


def test_a_re_import_records_no_payment_or_contract_twice(db, tmp_path):
    path = office_fee_and_deal_workbook(tmp_path / "office.xlsx")
    ei.import_file(db, path)
    before = _counts(db)
    plan, batch = ei.import_file(db, path)
    assert batch is None and _counts(db) == before == (3, 3, 2, 1, 3)
    assert plan.register_counts == {"payments": 0, "contracts": 0, "known_items": 6} and plan.flags == []


def test_undo_removes_the_payments_and_contracts_with_the_records(db, tmp_path):
    _, batch = ei.import_file(db, office_fee_and_deal_workbook(tmp_path / "office.xlsx"))
    preview = ei.undo_impact(db, batch)
    assert "删除该次记入的 3 笔年费缴费记录" in preview.message() and "删除该次登记的 3 项合同" in preview.message()
    result = ei.undo_batch(db, batch)
    assert (result["deleted"], result["payments"], result["deals"], result["tech_contracts"]) == (3, 3, 2, 1)
    assert _counts(db) == (0, 0, 0, 0, 0)


def test_a_fee_list_for_a_ledger_already_imported_adds_payments_and_undo_removes_only_them(db, tmp_path):
    ei.import_file(db, write_xlsx(tmp_path / "ledger.xlsx", {"台账": [
        ["成果名称", "专利类型", "申请号", "申请日", "授权公告日", "法律状态"],
        ["一种节能电机控制方法", "发明专利", MOTOR, "2019-03-05", "2021-06-01", "有效"]]}))
    fees = write_xlsx(tmp_path / "fees.xlsx", {"年费缴纳记录": [
        ["申请号", "专利名称", "专利年度", "缴费日期", "金额"],
        [MOTOR, "一种节能电机控制方法", 6, "2024-02-19", 2000],
        [MOTOR, "一种节能电机控制方法", "第7年", "2025-02-20", 2000]]})
    plan, batch = ei.import_file(db, fees)
    assert batch is not None and plan.register_counts["payments"] == 2 and plan.added == []
    assert [(r["patent_year"], r["amount_fen"]) for r in db.query("SELECT * FROM fee_payments ORDER BY id")] == [(6, 200000), (7, 200000)]
    assert ei.import_file(db, fees)[1] is None  # again: nothing to write
    ei.undo_batch(db, batch)
    assert db.scalar("SELECT count(*) FROM fee_payments") == 0 and db.scalar("SELECT count(*) FROM achievements") == 1


def test_a_payment_for_a_year_the_patent_owes_no_fee_for_is_flagged_not_recorded(db, tmp_path):
    pending = app_no(2023, 1, 901)
    plan, _ = ei.import_file(db, write_xlsx(tmp_path / "f.xlsx", {
        "台账": [["成果名称", "专利类型", "申请号", "申请日", "授权公告日", "法律状态"],
                ["一种节能电机控制方法", "发明专利", MOTOR, "2019-03-05", "2021-06-01", "有效"],
                ["一种在审方法", "发明专利", pending, "2023-03-01", None, "实质审查"]],
        "年费": [["申请号", "专利名称", "专利年度", "缴费日期", "缴费金额"],
               [MOTOR, "一种节能电机控制方法", 2, "2020-02-20", 900],       # before the grant: no annual fee of year 2
               [pending, "一种在审方法", 2, "2024-02-20", 900]]}))
    assert db.scalar("SELECT count(*) FROM fee_payments") == 0
    reasons = [f.reason for _, f in plan.flags if f.field == "年费缴费记录"]
    assert any("没有第2年的年费" in r for r in reasons) and any("不是已授权专利" in r for r in reasons)
    assert db.scalar("SELECT count(*) FROM review_flags WHERE field = '年费缴费记录'") == 2
    plan, _ = ei.import_file(db, tmp_path / "f.xlsx")
    assert [f for _, f in plan.flags if f.field == "年费缴费记录"] == []  # not raised again


def test_a_list_of_fees_due_only_stays_in_the_extra_fields(db, tmp_path):
    plan, _ = ei.import_file(db, write_xlsx(tmp_path / "due.xlsx", {"年费": [
        ["申请号", "专利名称", "费用种类", "应缴金额（元）", "应缴日期", "缴费日期"],
        [MOTOR, "一种节能电机控制方法", "发明专利第6年年费", 2000, "2025-03-05", None]]}))
    assert db.scalar("SELECT count(*) FROM fee_payments") == 0 and plan.register_counts["payments"] == 0
    assert not [f for _, f in plan.flags if "缴费" in f.reason]
    extra = json.loads(db.scalar("SELECT extra FROM achievements"))
    assert extra["应缴日期"] == "2025-03-05" and extra["费用种类"] == "发明专利第6年年费"


def test_a_placeholder_for_the_payment_date_is_no_payment_and_a_wrong_date_is_flagged(db, tmp_path):
    plan, _ = ei.import_file(db, write_xlsx(tmp_path / "p.xlsx", {"年费": [
        ["申请号", "专利名称", "专利年度", "金额", "缴费日期"],
        [MOTOR, "一种节能电机控制方法", 6, 2000, "—"],
        [SHELL, "一种散热外壳", 4, 900, "2023年3月"]]}))
    assert db.scalar("SELECT count(*) FROM fee_payments") == 0
    assert [(f.cell, "只有年月" in f.reason) for _, f in plan.flags if "缴费" in f.reason] == [("年费!E3", True)]


def test_one_contract_for_several_patents_is_registered_once(db, tmp_path):
    plan, _ = ei.import_file(db, write_xlsx(tmp_path / "pkg.xlsx", {"转让合同": [
        ["合同编号", "专利名称", "申请号", "受让方", "合同金额（元）", "签订日期"],
        ["ZR-2024-09", "一种节能电机控制方法", MOTOR, "上海某某电机有限公司", 300000, "2024-09-01"],
        ["ZR-2024-09", "一种散热外壳", SHELL, "上海某某电机有限公司", 300000, "2024-09-01"]]}))
    rows = db.query("SELECT kind, amount_fen, contract_no FROM deals")
    assert [(r["kind"], r["amount_fen"], r["contract_no"]) for r in rows] == [("assignment", 30_000_000, "ZR-2024-09")]
    assert any("同一合同涉及多项成果" in f.reason for _, f in plan.flags)


def test_undo_is_refused_once_an_imported_deal_has_a_receipt(db, tmp_path):
    _, batch = ei.import_file(db, office_fee_and_deal_workbook(tmp_path / "office.xlsx"))
    deal_id = int(db.scalar("SELECT id FROM deals ORDER BY id LIMIT 1"))
    deals_repo.add_receipt(db, deal_id, on=date(2024, 6, 1), amount_fen=10_000_000)
    with pytest.raises(UndoError, match="到账"):
        ei.undo_batch(db, batch)
    assert _counts(db) == (3, 3, 2, 1, 3)


def test_the_import_report_lists_the_payments_and_contracts(db, tmp_path):
    plan, _ = ei.import_file(db, office_fee_and_deal_workbook(tmp_path / "office.xlsx"), dry_run=True)
    counts = write_import_report(plan, tmp_path / "r.xlsx")
    assert counts["缴费与合同"] == 6
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx")["缴费与合同"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert (rows[0][0], rows[0][1], rows[0][3], rows[0][4]) == ("年费缴纳记录", 3, "一种节能电机控制方法", "年费台账")
    assert "第4年年费 1,200.00 元" in rows[0][5] and rows[0][6] == "记入"
    assert any(r[4] == "合同台账（转化交易）" and "ZR-2023-01" in r[5] for r in rows)


def test_the_terminal_says_what_goes_to_the_registers(db_path, tmp_path, capsys):
    from kjcg_desktop import cli

    path = office_fee_and_deal_workbook(Path(tmp_path) / "office.xlsx")
    assert cli.main(["--db", str(db_path), "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "已记入年费缴费记录 3 笔，已登记合同 3 项" in out
    # the fee and deal columns are named as going to their register, not as unmapped
    fed = next(line for line in out.splitlines() if line.startswith("记入年费台账的列"))
    assert "缴费日期" in fed
    unmapped = next((line for line in out.splitlines() if line.startswith("未对应字段的列")), "")
    assert "缴费日期" not in unmapped and any(line.startswith("记入合同台账的列") for line in out.splitlines())


def test_a_deal_list_for_a_ledger_already_imported_moves_the_transfer_status_and_undo_puts_it_back(db, tmp_path):
    ei.import_file(db, write_xlsx(tmp_path / "ledger.xlsx", {"台账": [
        ["成果名称", "专利类型", "申请号", "申请日", "授权公告日", "法律状态"],
        ["一种节能电机控制方法", "发明专利", MOTOR, "2019-03-05", "2021-06-01", "有效"]]}))
    deals = write_xlsx(tmp_path / "deals.xlsx", {"许可合同": [
        ["合同编号", "专利名称", "申请号", "被许可方", "合同金额（万元）", "签订日期"],
        ["XK-2025-07", "一种节能电机控制方法", MOTOR, "杭州某某电机有限公司", 12.5, "2025-07-01"]]})
    plan, batch = ei.import_file(db, deals)
    row = db.one("SELECT legal_status, transfer_status FROM achievements")
    assert (row["legal_status"], row["transfer_status"]) == ("granted", "intended")  # the deal row says nothing of the status
    deal = db.one("SELECT kind, licence_type, amount_fen, state FROM deals")
    assert (deal["kind"], deal["licence_type"], deal["amount_fen"], deal["state"]) == ("licence", None, 12_500_000, "signed")
    assert plan.updated and plan.updated[0].diff["transfer_status"] == ("none", "intended")
    assert any("许可方式" in f.reason for _, f in plan.flags)  # 普通/独占/排他 not written: flagged, not guessed
    ei.undo_batch(db, batch)
    assert db.scalar("SELECT transfer_status FROM achievements") == "none" and db.scalar("SELECT count(*) FROM deals") == 0


def test_a_deal_list_naming_its_patents_by_number_alone_is_read(db, tmp_path):
    """A 转化合同台账 whose only ledger column is 专利号: its deal headers make the header row."""
    ei.import_file(db, office_fee_and_deal_workbook(tmp_path / "office.xlsx"))
    plan, _ = ei.import_file(db, write_xlsx(tmp_path / "deals.xlsx", {"转化合同台账": [
        ["合同编号", "专利号", "转化方式", "受让方", "合同金额", "签订日期"],
        ["ZR-2025-11", "ZL" + SHELL, "转让", "无锡某某科技有限公司", 80000, "2025-11-03"]]}))
    assert [lay.sheet for lay in plan.layouts] == ["转化合同台账"] and plan.added == []
    assert plan.register_counts["contracts"] == 1
    assert db.scalar("SELECT count(*) FROM deals WHERE contract_no = 'ZR-2025-11' AND amount_fen = 8000000") == 1


def test_a_contract_list_without_patent_numbers_is_no_ledger(db, tmp_path):
    """The research office's 横向 contract list (项目名称, 合同编号, 委托方 …) names no achievement: it is not
    read as a ledger (the contract import reads it)."""
    path = write_xlsx(tmp_path / "hx.xlsx", {"横向合同": [
        ["项目名称", "合同编号", "委托方", "合同金额", "签订日期"],
        ["某检测服务", "HX-2025-01", "某某有限公司", 50000, "2025-01-03"]]})
    with pytest.raises(ei.ImportFileError, match="没有找到表头"):
        ei.import_file(db, path)


def test_a_deal_list_with_its_amount_in_wan_yuan_and_few_columns_is_a_deal_list(db, tmp_path):
    """Two deal columns (受让方, 合同金额（万元）) and the kind in the sheet's title (作价投资清单)."""
    ei.import_file(db, write_xlsx(tmp_path / "d.xlsx", {"作价投资清单": [
        ["专利名称", "申请号", "受让方", "合同金额（万元）"],
        ["一种节能电机控制方法", MOTOR, "上海某某电机有限公司", "12.5万"]]}))
    deal = db.one("SELECT kind, company, amount_fen, state, contract_date FROM deals")
    assert (deal["kind"], deal["company"], deal["amount_fen"], deal["state"], deal["contract_date"]) == (
        "equity", "上海某某电机有限公司", 12_500_000, "draft", None)  # not signed: the list gives no 签订日期


def test_an_earlier_import_is_not_undone_under_the_payments_a_later_one_recorded(db, tmp_path):
    """The ledger said 实质审查, so the fee list's payment waited (flagged); the clerk corrects the record
    to granted; the same file imported again records the payment alone (its rows unchanged). The first
    import cannot be undone under that payment: the later one first."""
    path = write_xlsx(tmp_path / "office.xlsx", {
        "台账": [["成果名称", "专利类型", "申请号", "申请日", "法律状态"],
                ["一种节能电机控制方法", "发明专利", MOTOR, "2019-03-05", "实质审查"]],
        "年费": [["申请号", "专利名称", "专利年度", "缴费日期", "金额"], [MOTOR, "一种节能电机控制方法", 6, "2024-02-19", 2000]]})
    plan, first = ei.import_file(db, path)
    assert plan.register_counts["payments"] == 0 and any("不是已授权专利" in f.reason for _, f in plan.flags)
    with db.transaction():
        db.execute("UPDATE achievements SET legal_status = 'granted', attribute = 'granted', grant_date = '2021-06-01'")
    plan, second = ei.import_file(db, path)
    assert second is not None and plan.updated == [] and plan.register_counts["payments"] == 1
    assert ei.undo_impact(db, first).blocked_by == [second]
    with pytest.raises(UndoError, match=f"导入批次 {second}"):
        ei.undo_batch(db, first)
    assert "删除该次记入的 1 笔年费缴费记录" in ei.undo_impact(db, second).message()
    ei.undo_batch(db, second)
    ei.undo_batch(db, first)
    assert _counts(db) == (0, 0, 0, 0, 0)


def test_an_amount_the_clerk_fills_in_the_preview_records_the_payment(db, tmp_path):
    """E6 had no amount: typed in the preview's 更正为, the payment is recorded with it."""
    path = office_fee_and_deal_workbook(tmp_path / "office.xlsx")
    workbook = ei.open_workbook(path)
    try:
        plan = ei.build_plan(db, workbook, ei.layouts_for(workbook), overrides={("年费缴纳记录", 6, 4): 900})
    finally:
        workbook.close()
    assert plan.register_counts["payments"] == 4 and not [f for _, f in plan.flags if f.cell == "年费缴纳记录!E6"]
    ei.commit_plan(db, plan)
    assert db.scalar("SELECT amount_fen FROM fee_payments WHERE patent_year = 4 AND receipt_no = 'SH2023-004'") == 90000


def test_a_deal_list_naming_its_patent_in_a_column_headed_she_ji_zhuan_li_hao_is_read(db, tmp_path):
    """An office's 转化合同台账 heads its patent column 涉及专利号 (the patent the contract transfers): the sheet
    is a deal list, not a sheet without a header left out of the import."""
    ei.import_file(db, office_fee_and_deal_workbook(tmp_path / "office.xlsx"))
    plan, _ = ei.import_file(db, write_xlsx(tmp_path / "deals.xlsx", {"转化合同台账": [
        ["合同编号", "合同名称", "转化方式", "受让方", "合同金额（万元）", "签订日期", "涉及专利号"],
        ["ZR-2025-12", "散热外壳专利权转让合同", "转让", "无锡某某科技有限公司", 8, "2025-12-03", "ZL" + SHELL]]}))
    assert [lay.sheet for lay in plan.layouts] == ["转化合同台账"] and plan.added == []
    assert db.scalar("SELECT count(*) FROM deals WHERE contract_no = 'ZR-2025-12' AND amount_fen = 8000000") == 1


def test_the_report_of_a_re_import_names_each_payment_and_contract_by_its_ledger_number(db, tmp_path):
    """Next month's file again lists the payments already on record, of records the import leaves unchanged:
    the report's 缴费与合同 rows still give each one's 台账编号, as the 新增与更新 rows do."""
    from kjcg_desktop.services.importing.report import records_of

    path = office_fee_and_deal_workbook(tmp_path / "office.xlsx")
    ei.import_file(db, path)
    plan, _ = ei.import_file(db, path, dry_run=True)
    numbers = {r["name"]: r["ledger_no"] for r in db.query("SELECT name, ledger_no FROM achievements")}
    write_import_report(plan, tmp_path / "r.xlsx", records_of(db, plan))
    rows = [[c.value for c in row] for row in openpyxl.load_workbook(tmp_path / "r.xlsx")["缴费与合同"].iter_rows(min_row=2)]
    assert len(rows) == 6 and all(r[6] == "已在台账中，未重复记入" for r in rows)
    assert [r[2] for r in rows] == [numbers[r[3]] for r in rows] and all(r[2] for r in rows)


def test_a_later_import_undone_is_no_work_on_the_records_of_the_first(db, tmp_path):
    """Next month's file adds a payment; that import is undone, then the first one: nothing the office did
    by hand stands in the way, so the undo names no record as worked on since the import."""
    first = office_fee_and_deal_workbook(tmp_path / "office.xlsx")
    _, batch = ei.import_file(db, first)
    wb = openpyxl.load_workbook(first)
    wb["年费缴纳记录"].insert_rows(5)
    for col, value in enumerate([None, MOTOR, "一种节能电机控制方法", "发明专利第6年年费", 2000, "2024-02-19", "SH2024-009"], 1):
        wb["年费缴纳记录"].cell(5, col, value)
    wb.save(tmp_path / "office_next.xlsx")
    plan, later = ei.import_file(db, tmp_path / "office_next.xlsx")
    assert later is not None and plan.register_counts["payments"] == 1
    ei.undo_batch(db, later)
    assert ei.undo_impact(db, batch).edited_added == []
    ei.undo_batch(db, batch)
    assert _counts(db) == (0, 0, 0, 0, 0)


def test_a_deal_row_naming_a_patent_on_record_by_number_alone_asks_for_no_name(db, tmp_path):
    """Next month's 转化合同台账 alone (合同编号 … 涉及专利号, no 专利名称): the record it names has its name, so
    no 成果名称为空 flag is raised or stored, and the row is listed under the record's name."""
    ei.import_file(db, office_fee_and_deal_workbook(tmp_path / "office.xlsx"))
    plan, _ = ei.import_file(db, write_xlsx(tmp_path / "deals.xlsx", {"转化合同台账": [
        ["合同编号", "转化方式", "受让方", "合同金额（万元）", "签订日期", "涉及专利号", "定价方式"],
        ["ZR-2025-12", "转让", "无锡某某科技有限公司", 8, "2025-12-03", "ZL" + SHELL, "协议定价"]]}))
    assert [f for _, f in plan.flags if f.field == "name"] == []
    assert [r.name for r in plan.updated] == ["一种散热外壳"]
    assert db.scalar("SELECT count(*) FROM review_flags WHERE field = 'name'") == 0
    assert db.scalar("SELECT name FROM achievements WHERE application_no = ?", (SHELL,)) == "一种散热外壳"


def test_a_contract_naming_several_patents_in_one_cell_is_matched_by_the_first(db, tmp_path):
    """涉及专利号 “ZL…；ZL…” (a package of patents under one contract): the row updates the first patent's
    record and registers the contract once on it; the others are named in a flag on that cell; no
    record without a number or name is made."""
    ei.import_file(db, office_fee_and_deal_workbook(tmp_path / "office.xlsx"))
    plan, _ = ei.import_file(db, write_xlsx(tmp_path / "deals.xlsx", {"转化合同台账": [
        ["合同编号", "转化方式", "受让方", "合同金额（万元）", "签订日期", "涉及专利号"],
        ["ZR-2025-12", "转让", "无锡某某科技有限公司", 30, "2025-12-03", f"ZL{MOTOR}；ZL{SHELL}"]]}))
    assert plan.added == [] and db.scalar("SELECT count(*) FROM achievements") == 3
    ids = _ids(db)
    assert db.scalar("SELECT achievement_id FROM deals WHERE contract_no = 'ZR-2025-12'") == ids[MOTOR]
    [flag] = [f for _, f in plan.flags if f.cell == "转化合同台账!F2"]
    assert "列出了 2 件专利" in flag.reason and SHELL in flag.reason and flag.original == f"ZL{MOTOR}；ZL{SHELL}"


def test_a_payment_of_a_patent_that_lapsed_since_is_flagged_for_what_it_is(db, tmp_path):
    """The agent's list holds the 3rd-year payment of a patent that lapsed later (未缴年费终止): the fee
    register lists no fees of a lapsed patent, so it is flagged and kept, with the reason true to the
    record — it was granted; its right ended."""
    plan, _ = ei.import_file(db, write_xlsx(tmp_path / "f.xlsx", {
        "台账": [["成果名称", "专利类型", "申请号", "申请日", "法律状态"],
                ["一种锂电池正极材料", "发明专利", MOTOR, "2019-03-05", "未缴年费终止"]],
        "年费": [["申请号", "专利名称", "专利年度", "缴费日期", "缴费金额"],
               [MOTOR, "一种锂电池正极材料", 3, "2021-02-20", 900]]}))
    [flag] = [f for _, f in plan.flags if f.field == "年费缴费记录"]
    assert "专利权已终止" in flag.reason and "不是已授权专利" not in flag.reason and flag.cell == "年费!2:2"


def test_a_fee_list_alone_on_an_empty_ledger_says_the_filing_date_is_missing_not_incomplete(db, tmp_path):
    """The agent's fee list imported before the ledger: its rows make records without a filing date, and
    their payments are flagged for that — not for a filing date "missing its day"."""
    plan, _ = ei.import_file(db, write_xlsx(tmp_path / "f.xlsx", {"年费缴纳记录": [
        ["专利号", "专利名称", "费用种类", "专利年度", "缴费日期", "金额", "收据号"],
        ["ZL" + MOTOR, "一种节能电机控制方法", "发明专利第5年年费", 5, "2023-03-01", 1200, "SH2023-1"]]}))
    [flag] = [f for _, f in plan.flags if f.field == "年费缴费记录"]
    assert "没有申请日" in flag.reason and "缺少日" not in flag.reason


def test_an_agents_fee_kinds_written_otherwise_name_their_patent_year(db, tmp_path):
    """Agents write the annual fee's year in more ways than CNIPA's 发明专利第5年年费: 第5年度年费, 年费（第4年）,
    第五年年费. Each names one patent year and is recorded; 年费 alone still names none and is flagged."""
    ei.import_file(db, office_fee_and_deal_workbook(tmp_path / "office.xlsx"))
    plan, _ = ei.import_file(db, write_xlsx(tmp_path / "fees.xlsx", {"年费缴纳记录": [
        ["申请号", "专利名称", "费用种类", "缴费日期", "金额"],
        [MOTOR, "一种节能电机控制方法", "第6年度年费", "2024-02-19", 2000],
        [MOTOR, "一种节能电机控制方法", "发明专利年费（第7年）", "2025-02-20", 2000],
        [SHELL, "一种散热外壳", "第五年年费", "2024-03-01", 900],
        [SHELL, "一种散热外壳", "年费", "2025-03-01", 900]]}))
    ids = _ids(db)
    paid = {(r["achievement_id"], r["patent_year"]) for r in db.query("SELECT * FROM fee_payments")}
    assert {(ids[MOTOR], 6), (ids[MOTOR], 7), (ids[SHELL], 5)} <= paid and plan.register_counts["payments"] == 3
    assert [f.cell for _, f in plan.flags if "费用种类无法识别" in f.reason] == ["年费缴纳记录!C5"]


def test_a_deal_or_fee_row_with_a_zl_number_does_not_bring_a_lapsed_patent_back_in_force(db, tmp_path):
    """The ledger says 未缴年费终止; next month's deal list names the patent by its ZL number. A ZL number
    proves the grant, not that the right is in force: the record stays lapsed (失效)."""
    ei.import_file(db, write_xlsx(tmp_path / "ledger.xlsx", {"台账": [
        ["成果名称", "专利类型", "申请号", "申请日", "法律状态"],
        ["一种节能电机控制方法", "发明专利", MOTOR, "2019-03-05", "未缴年费终止"]]}))
    assert db.scalar("SELECT legal_status FROM achievements") == "lapsed"
    plan, _ = ei.import_file(db, write_xlsx(tmp_path / "deals.xlsx", {"转化合同台账": [
        ["合同编号", "转化方式", "受让方", "合同金额（万元）", "签订日期", "涉及专利号"],
        ["ZR-2020-01", "转让", "上海某某电机有限公司", 5, "2020-10-08", "ZL" + MOTOR]]}))
    assert db.scalar("SELECT legal_status FROM achievements") == "lapsed"
    assert all("legal_status" not in r.diff for r in plan.updated)


def test_a_deal_row_with_a_bare_application_number_says_nothing_of_a_records_status(db, tmp_path):
    """涉及专利号 holds the application number without ZL, of a record the ledger has as 视为撤回: the record's
    status stays, and no flag claims it was "recorded as pending"."""
    ei.import_file(db, write_xlsx(tmp_path / "ledger.xlsx", {"台账": [
        ["成果名称", "专利类型", "申请号", "申请日", "法律状态"],
        ["一种便携式检测仪", "实用新型", SHELL, "2020-04-10", "视为撤回"]]}))
    plan, _ = ei.import_file(db, write_xlsx(tmp_path / "deals.xlsx", {"转化合同台账": [
        ["合同编号", "转化方式", "受让方", "合同金额（万元）", "签订日期", "涉及专利号", "定价方式"],
        ["ZR-2025-06", "转让", "某某仪器公司", 2, "2025-12-01", SHELL, "协议定价"]]}))
    assert db.scalar("SELECT legal_status FROM achievements") == "withdrawn"
    assert [f.reason for _, f in plan.flags if f.kind == "status"] == []
