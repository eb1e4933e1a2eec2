"""The 横向 contract workbook import: read with the ledger importer's functions, nothing lost
(unreadable cells flagged 待核对 with the raw row kept), duplicates not counted twice, undo."""

from __future__ import annotations

import json
from datetime import date

import pytest
import xlsxwriter

from kjcg_desktop.domain import DomainError
from kjcg_desktop.domain import contracts as c
from kjcg_desktop.services.contract_import import import_contracts, undo_contract_import
from kjcg_desktop.services.report import national
from kjcg_desktop.storage import contracts as sc

USCC = "91320500MA1NWK7D3" + c.uscc_check_character("91320500MA1NWK7D3")


def _workbook(path, rows):
    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    ws = book.add_worksheet("横向合同")
    ws.write_row(0, 0, ["2025年横向合同台账"])
    ws.write_row(2, 0, ["合同编号", "合同名称", "合同类别", "委托方", "统一社会信用代码", "企业规模", "合同金额（元）",
                        "签订日期", "项目负责人", "学院"])
    for i, row in enumerate(rows, start=3):
        ws.write_row(i, 0, row)
    book.close()
    return path


def test_import_flags_instead_of_refusing_and_undo(db, tmp_path):
    path = _workbook(tmp_path / "横向.xlsx", [
        ["HX-001", "传感器联合开发", "技术开发（委托）", "苏州纳微科技有限公司", USCC, "微型", "1,000,000.00", "2025-03-01",
         "张三", "材料学院"],
        ["HX-002", "检测服务", "技术服务", "苏州纳微科技有限公司", "", "", 20000, "2025年9月1日", "李四", "化学学院"],
        ["HX-003", "工艺咨询", "咨询", "某某公司", "91350100M000100Y44", "", "约五万元", "2025/10/01", "王五", "机械学院"],
        ["合计", "", "", "", "", "", 1_020_000, "", "", ""],
    ])
    result = import_contracts(db, path)
    assert result.added == 3 and result.counterparties_added == 2 and result.skipped_duplicates == []
    rows = {r["contract_no"]: r for r in sc.list_tech_contracts(db)}
    assert rows["HX-001"]["kind"] == "development" and rows["HX-001"]["amount_fen"] == 100_000_000
    assert rows["HX-002"]["contract_date"] == "2025-09-01" and rows["HX-002"]["review"] is None
    flagged = rows["HX-003"]
    assert "合同金额" in flagged["review"] and "校验位" in flagged["review"]
    assert json.loads(flagged["raw"])[6] == "约五万元"
    assert len(result.review) == 1 and result.review[0].startswith("第 6 行")
    cp = sc.get_counterparty(db, rows["HX-001"]["counterparty_id"])
    assert cp["region_code"] == "320500" and cp["size"] == "micro"
    # the same workbook again: every contract is already on record
    again = import_contracts(db, path)
    assert again.added == 0 and again.skipped_duplicates == ["HX-001", "HX-002", "HX-003"]
    report = national.compute_national(db, 2025)
    assert report.table("tech_modes").line("小计").values[0] == 3
    assert "1项合同的导入信息待核对" in report.narrative["other"] and rows["HX-003"]["number"] in report.narrative["other"]
    assert report.table("large").line("100万元及以上").records == [rows["HX-001"]["number"]]
    assert undo_contract_import(db, result.import_id) == 3
    assert sc.list_tech_contracts(db) == [] and sc.find_counterparties(db) == []
    with pytest.raises(DomainError, match="已撤销"):
        undo_contract_import(db, result.import_id)


def test_undo_refused_after_a_receipt(db, tmp_path):
    path = _workbook(tmp_path / "横向.xlsx", [["HX-9", "开发", "技术开发", "甲公司", "", "", 100, "2025-01-02", "", ""]])
    result = import_contracts(db, path)
    sc.add_tech_receipt(db, sc.list_tech_contracts(db)[0]["id"], date(2025, 2, 1), 100)
    with pytest.raises(DomainError, match="到账"):
        undo_contract_import(db, result.import_id)


def test_a_workbook_without_a_contract_header_is_refused_in_chinese(db, tmp_path):
    book = xlsxwriter.Workbook(str(tmp_path / "x.xlsx"))
    book.add_worksheet("Sheet1").write_row(0, 0, ["甲", "乙"])
    book.close()
    with pytest.raises(DomainError, match="没有找到合同表"):
        import_contracts(db, tmp_path / "x.xlsx")


def _sheet(path, rows):
    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    ws = book.add_worksheet("横向合同")
    for i, row in enumerate(rows):
        ws.write_row(i, 0, row)
    book.close()
    return path


def test_amounts_are_read_in_the_unit_their_header_names(db, tmp_path):
    """A research office's 横向 ledger keeps its money in 万元: 合同金额（万元） 50 is 500,000 元."""
    path = _sheet(tmp_path / "横向.xlsx", [
        ["序号", "合同编号", "合同名称", "合同类别", "委托方", "合同金额（万元）", "到校经费(万元)", "签订日期"],
        [1, "HX-101", "电池材料开发", "技术开发", "甲公司", 50, 12.5, "2025-03-01"],
        [2, "HX-102", "检测服务", "技术服务", "乙公司", "3.2", "", "2025-04-01"],
    ])
    result = import_contracts(db, path)
    rows = {r["contract_no"]: r for r in sc.list_tech_contracts(db)}
    assert result.added == 2 and result.review == []
    assert rows["HX-101"]["amount_fen"] == 50 * 10_000 * 100
    assert rows["HX-102"]["amount_fen"] == 32_000 * 100


def test_a_units_row_under_the_header_and_a_unit_above_the_table_count(db, tmp_path):
    path = _sheet(tmp_path / "横向.xlsx", [
        ["2025年横向科研合同一览表"],
        ["单位：万元"],
        ["合同编号", "合同名称", "合同类别", "委托方", "合同金额", "签订日期"],
        ["HX-201", "工艺咨询", "技术咨询", "丙公司", 8, "2025-05-06"],
    ])
    import_contracts(db, path)
    assert sc.list_tech_contracts(db)[0]["amount_fen"] == 80_000 * 100
    path = _sheet(tmp_path / "横向2.xlsx", [
        ["合同编号", "合同名称", "合同类别", "委托方", "合同金额", "签订日期"],
        ["", "", "", "", "（元）", ""],
        ["HX-301", "测试服务", "技术服务", "丁公司", 8000, "2025-05-06"],
    ])
    result = import_contracts(db, path)
    assert result.added == 1 and result.review == []
    assert {r["contract_no"]: r["amount_fen"] for r in sc.list_tech_contracts(db)}["HX-301"] == 800_000


def test_total_and_note_rows_are_no_contracts_wherever_their_label_stands(db, tmp_path):
    """A 合计 under the 合同名称 column (序号 blank) is the sum of the rows above, not one more
    contract: counting it would double the year's total in the national report."""
    path = _sheet(tmp_path / "横向.xlsx", [
        ["序号", "合同编号", "合同名称", "合同类别", "委托方", "合同金额（元）", "签订日期"],
        [1, "HX-401", "传感器开发", "技术开发", "甲公司", 100_000, "2025-03-01"],
        [2, "HX-402", "检测服务", "技术服务", "乙公司", 20_000, "2025-04-01"],
        ["", "", "合计", "", "", 120_000, ""],
        ["注：金额以合同文本为准"],
        ["序号", "合同编号", "合同名称", "合同类别", "委托方", "合同金额（元）", "签订日期"],
    ])
    result = import_contracts(db, path)
    assert result.added == 2 and result.review == []
    assert sorted(r["contract_no"] for r in sc.list_tech_contracts(db)) == ["HX-401", "HX-402"]
    assert result.skipped == ["第 4 行：合计行", "第 5 行：说明行“注：金额以合同文本为准”", "第 6 行：重复的表头行"]
