"""A TTO clerk's first day: the office's own 专利台账 (a banner, a two-row header, 授权日 written as the
clerk knew it), then a PatSnap export of the university's patents, then the ledger again after editing
a few cells. The PatSnap header is the one its Chinese interface exports (as in
test_import_public_headers); the ledger's header and values are shaped like an office's."""

from __future__ import annotations

import json
from pathlib import Path

from excel_helpers import app_no, rows_by_name, write_xlsx

from kjcg_desktop.services import excel_import as ei

FLOCCULANT, BRIDGE = app_no(2016, 1, 234567), app_no(2019, 2, 456789)

PATSNAP_HEADER = ["序号", "公开(公告)号", "申请号", "标题", "[标]当前申请(专利权)人", "发明人", "申请日", "公开(公告)日", "授权日",
                  "专利类型", "简单法律状态", "法律状态/事件", "失效日"]


def _ledger(path: Path, bridge_note: str = "") -> Path:
    """The office's ledger: a banner, 申请信息/授权信息 over two columns each, a 合计 row."""
    return write_xlsx(path, {"专利台账": [
        ["上海示范大学技术转移中心 专利台账（2015—2024）"],
        ["序号", "专利名称", "专利类型", "申请信息", None, "授权信息", None, "法律状态", "发明人", "所属学院", "专利权人", "备注"],
        [None, None, None, "申请号", "申请日", "专利号", "授权日", None, None, None, None, None],
        [1, "一种水处理絮凝剂", "发明", FLOCCULANT, "2016-04-12", "ZL" + FLOCCULANT, "2018-9", "未缴年费终止", "周杰", "环境学院",
         "上海示范大学", "2021年停缴"],
        [2, "一种桥梁裂缝检测装置", "实用新型", BRIDGE, "2019.4.1", "ZL" + BRIDGE, "2019年12月", "专利权维持", "刘强,陈静", "土木学院",
         "上海示范大学", bridge_note],
        ["合计", None, None, None, None, None, None, None, None, None, None, "共2件"],
    ]})


def _patsnap(path: Path) -> Path:
    return write_xlsx(path, {"Sheet1": [
        PATSNAP_HEADER,
        [1, "CN105800000B", "CN" + FLOCCULANT, "一种水处理絮凝剂", "上海示范大学", "周杰", "2016-04-12", "2018-09-14", "2018-09-14",
         "授权发明", "失效", "授权 | 未缴年费", "2021-04-12"],
        [2, "CN209000000U", "CN" + BRIDGE, "一种桥梁裂缝检测装置", "上海示范大学", "刘强 | 陈静", "2019-04-01", "2019-12-20", "2019-12-20",
         "实用新型", "有效", "授权", ""],
    ]})


def test_the_ledger_again_keeps_the_day_an_export_gave_to_its_month(db, tmp_path):
    """The ledger knew only the month (or the year) of the grant; PatSnap gave the day. Importing
    the ledger again, its 授权日 cells untouched, used to put the month back: the day was lost."""
    ledger = _ledger(tmp_path / "专利台账.xlsx")
    ei.import_file(db, ledger)
    ei.import_file(db, _patsnap(tmp_path / "智慧芽导出.xlsx"))
    assert rows_by_name(db)["一种水处理絮凝剂"]["grant_date"] == "2018-09-14"
    ei.import_file(db, _ledger(tmp_path / "专利台账.xlsx", bridge_note="2024年续缴"))
    rows = rows_by_name(db)
    for name, day in (("一种水处理絮凝剂", "2018-09-14"), ("一种桥梁裂缝检测装置", "2019-12-20")):
        assert (rows[name]["grant_date"], rows[name]["grant_date_precision"]) == (day, "day")
    assert rows["一种桥梁裂缝检测装置"]["filing_date"] == "2019-04-01"


def test_a_conflict_on_a_column_kept_in_the_extra_fields_names_its_cell(db, tmp_path):
    """The 年费 sheet's 备注 against the ledger's: the flag named the row (年费!3:3), not the cell."""
    ei.import_file(db, _ledger(tmp_path / "专利台账.xlsx"))
    ei.import_file(db, _patsnap(tmp_path / "智慧芽导出.xlsx"))
    fees = write_xlsx(tmp_path / "年费.xlsx", {"2024年年费": [
        ["2024年专利年费缴纳清单"],
        ["序号", "申请号", "专利名称", "缴费年度", "应缴金额", "缴费日期", "缴费人", "备注"],
        [1, FLOCCULANT, "一种水处理絮凝剂", "第8年", 2000, "2023-03-20", "成果科", "最后一次缴费"],
    ]})
    ei.import_file(db, fees)
    flags = [dict(f) for f in db.query("SELECT field, kind, cell, original FROM review_flags WHERE kind = 'conflict'")]
    assert flags == [{"field": "备注", "kind": "conflict", "cell": "2024年年费!H3", "original": "最后一次缴费"}]


def test_the_abbreviations_a_clerk_writes_for_the_national_science_funds(db, tmp_path):
    """NSFC and 国自然 (国家自然科学基金), 国社科 (国家社会科学基金) were flagged 无法归类的经费来源."""
    path = write_xlsx(tmp_path / "专利台账.xlsx", {"专利台账": [
        ["专利名称", "专利类型", "申请号", "法律状态", "经费来源"],
        ["一种蛋白质纯化方法", "发明", app_no(2019, 1, 333444), "实审", "NSFC"],
        ["一种纳米涂层", "发明", app_no(2023, 1, 999000), "实审", "国自然青年项目（52000000）"],
        ["一种文本分析方法", "发明", app_no(2022, 1, 123123), "实审", "国社科重大项目"],
        ["一种燃料电池双极板", "发明", app_no(2021, 1, 555666), "实审", "nsfc面上"],
    ]})
    ei.import_file(db, path)
    assert [json.loads(r["extra"])["经费来源"] for r in rows_by_name(db).values()] == ["纵向"] * 4
    assert list(db.query("SELECT * FROM review_flags")) == []


def test_a_conflict_after_a_file_without_the_column_does_not_say_the_ledger_changed(db, tmp_path):
    """Ledger, PatSnap (the holder after an assignment), a 年费 sheet (no holder column), the ledger
    again with its 专利权人 untouched: the flag said the ledger had changed it from （空）."""
    ledger = write_xlsx(tmp_path / "专利台账.xlsx", {"专利台账": [
        ["专利名称", "专利类型", "申请号", "法律状态", "专利权人", "备注"],
        ["一种水处理絮凝剂", "发明", FLOCCULANT, "有效", "上海示范大学", ""],
    ]})
    ei.import_file(db, ledger)
    ei.import_file(db, write_xlsx(tmp_path / "智慧芽导出.xlsx", {"Sheet1": [
        ["公开(公告)号", "申请号", "标题", "[标]当前申请(专利权)人", "简单法律状态", "法律状态/事件"],
        ["CN105800000B", "CN" + FLOCCULANT, "一种水处理絮凝剂", "某某环保科技有限公司", "有效", "授权 | 权利转移"],
    ]}))
    ei.import_file(db, write_xlsx(tmp_path / "年费.xlsx", {"年费": [
        ["申请号", "专利名称", "缴费年度", "缴费金额", "缴费日期"],
        [FLOCCULANT, "一种水处理絮凝剂", "第8年", 2000, "2023-03-20"],
    ]}))
    ei.import_file(db, write_xlsx(tmp_path / "专利台账.xlsx", {"专利台账": [
        ["专利名称", "专利类型", "申请号", "法律状态", "专利权人", "备注"],
        ["一种水处理絮凝剂", "发明", FLOCCULANT, "有效", "上海示范大学", "已转让"],
    ]}))
    assert rows_by_name(db)["一种水处理絮凝剂"]["holder"] == "某某环保科技有限公司"
    reasons = [r["reason"] for r in db.query("SELECT reason FROM review_flags WHERE field = 'holder'")]
    assert reasons == ["专利权人：本系统中为“某某环保科技有限公司”，本次文件为“上海示范大学”（上次导入的文件此处没有值）；保留本系统的值，请核对"]
