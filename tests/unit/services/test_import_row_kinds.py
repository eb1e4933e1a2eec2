"""Which rows below a ledger's header are data: a total row, a note, a section heading and a row
with only a 序号 are reported by name; a title that merely begins like one of them is a record; a
formula's error value is kept and flagged, never read as an empty cell."""

from __future__ import annotations

import json

import openpyxl
import pytest
import xlsxwriter
from excel_helpers import app_no, one_sheet_xlsx

from kjcg_desktop.services import excel_import as ei
from kjcg_desktop.services.importing.plan import _skip_reason

_xlsx = one_sheet_xlsx


@pytest.mark.parametrize("label", ["合计", "合 计", "合计：", "总计 125 项", "小计（发明）", "合计金额", "共计12项", "总数：",
                                   "汇总", "汇总：", "本页小计", "累计", "以上合计"])
def test_total_rows(label):
    assert _skip_reason(["", label, "", 12], []) == "合计行"


@pytest.mark.parametrize("title", ["总计量检测系统", "合计算力调度方法", "小计量泵的控制方法", "总数据平台建设方案",
                                   "汇总数据的分析方法", "累计剂量监测装置"])
def test_titles_that_begin_like_a_total_are_data(title):
    assert _skip_reason([1, title, "王伟", "授权"], []) is None


def test_a_total_label_beside_a_patent_number_is_data():
    assert _skip_reason([1, "合计器", app_no(2021, 2, 345678)], []) is None


@pytest.mark.parametrize("note", ["注：本表由各学院填报", "说明：数据截至12月", "填表说明", "注1：授权日以公告日为准",
                                  "数据来源：专利检索系统", "填表人：张三", "统计截止日期：2026-11-30", "*注：含已转让专利"])
def test_note_rows(note):
    assert _skip_reason([note], []) == f"说明行“{note}”"


@pytest.mark.parametrize("row", [["说明书智能生成软件V1.0", "2023SR0123456"], ["注塑机温控系统", "王伟"],
                                 ["备注栏自动填写工具V2.0"]])
def test_titles_that_begin_like_a_note_are_data(row):
    assert _skip_reason(row, []) is None


@pytest.mark.parametrize("heading", ["一、发明专利", "二、实用新型专利（共3项）", "（三）外观设计", "第四部分 软件著作权"])
def test_section_headings(heading):
    assert _skip_reason(["", heading], []) == f"分节标题行“{heading}”"


def test_a_numbered_title_with_other_cells_is_data():
    assert _skip_reason(["", "一、种植体表面处理方法", "王伟"], []) is None


def test_a_ledger_grouped_by_kind_imports_every_patent_and_names_each_heading(db, tmp_path):
    path = _xlsx(tmp_path / "l.xlsx", [
        ["序号", "专利名称", "专利号", "申请日", "发明人", "法律状态"],
        ["一、发明专利"],
        [1, "总计量检测系统", "ZL" + app_no(2022, 1, 567802), "2022-05-06", "张三", "有效"],
        [None, "二、实用新型专利"],
        [2, "合计算力调度装置", "ZL" + app_no(2021, 2, 345678), "2021-02-03", "王五", "有效"],
        [3],
        [None, "合计", None, None, None, "2项"],
        ["注：本表由各学院填报"],
    ])
    plan, _ = ei.import_file(db, path)
    names = {r["name"]: dict(r) for r in db.query("SELECT name, type, attribute FROM achievements")}
    assert set(names) == {"总计量检测系统", "合计算力调度装置"}
    assert names["合计算力调度装置"]["type"] == "utility_model"
    assert [reason for _, _, reason in plan.skipped] == [
        "分节标题行“一、发明专利”", "分节标题行“二、实用新型专利”", "只有“序号”列有内容，没有可导入的信息", "合计行",
        "说明行“注：本表由各学院填报”"]


def test_an_error_value_of_a_formula_is_kept_and_flagged(db, tmp_path):
    path = tmp_path / "e.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("台账")
    ws.write_row(0, 0, ["成果名称", "成果类型", "申请号", "法律状态", "备注"])
    ws.write_row(1, 0, ["甲", "发明专利"])
    ws.write_formula(1, 2, "=VLOOKUP(A2,X:Y,2,0)", None, "#N/A")
    ws.write(1, 3, "审中")
    ws.write_formula(1, 4, "=1/0", None, "#DIV/0!")
    ws.write_row(2, 0, ["乙", "发明专利", app_no(2022, 1, 1), "审中"])
    wb.close()
    ei.import_file(db, path)
    row = dict(db.one("SELECT id, application_no, extra FROM achievements WHERE name = '甲'"))
    assert row["application_no"] is None
    assert json.loads(row["extra"]) == {"申请号": "#N/A", "备注": "#DIV/0!"}
    flags = db.query("SELECT field, cell, original, reason FROM review_flags WHERE achievement_id = ?", (row["id"],))
    assert [(f["field"], f["cell"], f["original"]) for f in flags] == [("application_no", "台账!C2", "#N/A")]
    assert "错误值“#N/A”" in flags[0]["reason"]


def test_a_row_without_numbers_whose_completers_changed_is_added_and_flagged_as_a_possible_duplicate(db, tmp_path):
    header = ["成果名称", "成果类型", "完成人", "所属学院"]
    ei.import_file(db, _xlsx(tmp_path / "v1.xlsx", [header, ["一种育种技术", "专有技术", "赵六", "农学院"],
                                                    ["一种栽培方法", "专有技术", "孙七", "农学院"]]))
    first = db.scalar("SELECT ledger_no FROM achievements WHERE name = '一种育种技术'")
    v2 = _xlsx(tmp_path / "v2.xlsx", [header, ["一种育种技术", "专有技术", "赵六、钱七", "农学院"],
                                      ["一种栽培方法", "专有技术", "孙七", "农学院"]])
    plan, _ = ei.import_file(db, v2)
    assert db.scalar("SELECT count(*) FROM achievements WHERE name = '一种育种技术'") == 2
    flags = [f for _, f in plan.flags]
    assert [f.kind for f in flags] == ["possible_duplicate"] and first in flags[0].reason
    assert flags[0].cell == "台账!A2"
    before = db.scalar("SELECT count(*) FROM review_flags")
    plan, batch = ei.import_file(db, v2)
    assert batch is None and db.scalar("SELECT count(*) FROM review_flags") == before


def test_error_values_in_xls_and_ods_are_kept_and_flagged(db, tmp_path):
    import xlwt
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    header = ["成果名称", "成果类型", "申请号", "法律状态"]
    book = xlwt.Workbook()
    sheet = book.add_sheet("台账")
    for col, text in enumerate(header):
        sheet.write(0, col, text)
    sheet.write(1, 0, "甲")
    sheet.write(1, 1, "发明专利")
    sheet.row(1).set_cell_error(2, 0x2A)  # #N/A, as Excel 97-2003 stores it
    sheet.write(1, 3, "审中")
    book.save(str(tmp_path / "e.xls"))
    doc = OpenDocumentSpreadsheet()
    table = Table(name="台账")
    for values, error_at in ((header, None), (["乙", "发明专利", "", "审中"], 2)):
        tr = TableRow()
        for col, text in enumerate(values):
            cell = TableCell(valuetype="string", formula="of:=NA()") if col == error_at else TableCell(valuetype="string")
            cell.addElement(P(text="#N/A" if col == error_at else text))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(tmp_path / "e.ods"))
    for name, path in (("甲", tmp_path / "e.xls"), ("乙", tmp_path / "e.ods")):
        ei.import_file(db, path)
        row = dict(db.one("SELECT id, application_no, extra FROM achievements WHERE name = ?", (name,)))
        assert row["application_no"] is None and json.loads(row["extra"]) == {"申请号": "#N/A"}
        assert [f["cell"] for f in db.query("SELECT cell FROM review_flags WHERE achievement_id = ?", (row["id"],))] == ["台账!C2"]


def test_a_cell_merged_down_over_a_group_of_rows_is_the_value_of_each(db, tmp_path):
    """Ledgers write a 所属学院 or 专利权人 once for a group of rows (a merged cell); calamine gives it
    in the group's first row only."""
    import xlwt

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["专利台账"])
    ws.merge_cells("A1:E1")  # the banner: above the data, left alone
    ws.append(["序号", "专利名称", "申请号", "所属学院", "法律状态"])
    ws.append([1, "甲", app_no(2022, 1, 11), "材料学院", "有效"])
    ws.append([2, "乙", app_no(2022, 1, 12), None, "有效"])
    ws.append([None, None, None, None, None])  # a spacer row inside the group stays blank
    ws.append([3, "丙", app_no(2022, 1, 13), None, "审中"])
    ws.append([4, "丁", app_no(2022, 1, 14), "机械学院", "审中"])
    ws.merge_cells("D3:D6")
    wb.save(tmp_path / "m.xlsx")
    book = xlwt.Workbook()
    sheet = book.add_sheet("台账")
    for col, text in enumerate(["专利名称", "申请号", "专利权人"]):
        sheet.write(0, col, text)
    for row, (name, serial) in enumerate((("戊", 21), ("己", 22)), 1):
        sheet.write(row, 0, name)
        sheet.write(row, 1, app_no(2021, 2, serial))
    sheet.write_merge(1, 2, 2, 2, "上海示范大学")
    book.save(str(tmp_path / "m.xls"))
    plan, _ = ei.import_file(db, tmp_path / "m.xlsx")
    ei.import_file(db, tmp_path / "m.xls")
    rows = {r["name"]: dict(r) for r in db.query("SELECT name, department, holder FROM achievements")}
    assert {n: rows[n]["department"] for n in "甲乙丙丁"} == {"甲": "材料学院", "乙": "材料学院", "丙": "材料学院", "丁": "机械学院"}
    assert rows["戊"]["holder"] == rows["己"]["holder"] == "上海示范大学"
    assert set(rows) == set("甲乙丙丁戊己") and [r for _, r, _ in plan.skipped] == [5]


def test_a_row_that_gained_its_application_number_updates_the_record_listed_without_one(db, tmp_path):
    header = ["专利名称", "专利类型", "申请号", "申请日", "法律状态", "发明人", "所属学院"]
    ei.import_file(db, _xlsx(tmp_path / "2022.xlsx", [header, ["一种分离膜", "发明", None, None, None, "王伟、李娜", "化学学院"],
                                                      ["一种分离膜", "实用新型", None, None, None, "王伟", "化学学院"]]))
    number = app_no(2023, 1, 567890)
    this_year = _xlsx(tmp_path / "2023.xlsx", [header, ["一种分离膜", "发明", number, "2023-05-06", "实质审查", "王伟、李娜", "化学学院"]])
    plan, _ = ei.import_file(db, this_year)
    rows = [dict(r) for r in db.query("SELECT id, type, application_no, legal_status FROM achievements ORDER BY id")]
    assert [(r["type"], r["application_no"], r["legal_status"]) for r in rows] == [
        ("invention", number, "pending"), ("utility_model", None, "not_filed")]
    assert (len(plan.updated), len(plan.added), plan.flags) == (1, 0, [])
    plan, batch = ei.import_file(db, this_year)
    assert batch is None and plan.unchanged == 1


def test_a_cell_merged_down_in_an_ods_is_the_value_of_each_row(db, tmp_path):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    def cell(text, **spans):
        c = TableCell(valuetype="string", **spans)
        c.addElement(P(text=text))
        return c

    doc = OpenDocumentSpreadsheet()
    table = Table(name="台账")
    rows = [[cell("专利名称"), cell("申请号"), cell("专利权人")],
            [cell("甲"), cell(app_no(2022, 1, 31)), cell("上海示范大学附属医院", numberrowsspanned=3)]]
    rows += [[cell(name), cell(app_no(2022, 1, n)), CoveredTableCell()] for name, n in (("乙", 32), ("丙", 33))]
    for cells in rows:
        tr = TableRow()
        for c in cells:
            tr.addElement(c)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(tmp_path / "m.ods"))
    ei.import_file(db, tmp_path / "m.ods")
    assert {r["name"]: r["holder"] for r in db.query("SELECT name, holder FROM achievements")} == dict.fromkeys(
        "甲乙丙", "上海示范大学附属医院")


@pytest.mark.parametrize("piece", [37, 101, 4096])
def test_error_cells_are_found_wherever_the_scan_cuts_the_sheet(tmp_path, monkeypatch, piece):
    """The sheet's XML is scanned in pieces cut before a tag: a piece may end inside an error cell,
    before its <f> or <v>. Every one of a column of #N/A lookups is still found."""
    from kjcg_desktop.services import sheet_scan, sheet_size

    path = tmp_path / "lookup.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("台账")
    ws.write_row(0, 0, ["成果名称", "申请号", "所属学院"])
    for r in range(1, 301):
        ws.write(r, 0, f"成果{r}")
        ws.write_formula(r, 1, f"=VLOOKUP(A{r + 1},编号!A:B,2,0)", None, "#N/A")
        ws.write(r, 2, "材料学院")
    wb.close()
    monkeypatch.setattr(sheet_scan, "CHUNK_BYTES", piece)
    for extents in (sheet_size.check_workbook(path), sheet_size.measure_workbook(path)):
        assert sorted(extents["台账"].errors) == [(r, 1, "#N/A") for r in range(1, 301)]


def _uncalculated_ledger(path, rows: int = 2):
    """A workbook as a program writes it (openpyxl): formulas without their results."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["序号", "成果名称", "成果类型", "申请号", "法律状态", "备注"])
    ws.append([1, "一种检测方法", "发明专利", app_no(2022, 1, 1), "审中", "首批"])
    for r in range(3, rows + 2):
        ws.append(["=A2+1", f'=B2&"（改进{r}）"', "发明专利", app_no(2022, 1, r), "审中", f'=F2&"；{r}"'])
    wb.save(path)
    return path


def test_a_formula_saved_without_its_result_is_kept_and_flagged_not_read_as_empty(db, tmp_path):
    """A ledger an office system or a script wrote (openpyxl, POI) and nobody opened in Excel: the
    formulas have no results yet; Excel would show them once opened. The import neither takes the
    cells as empty nor guesses: the formula is kept and the cell flagged."""
    ei.import_file(db, _uncalculated_ledger(tmp_path / "系统导出.xlsx"))
    row = dict(db.one("SELECT id, name, extra FROM achievements WHERE application_no = ?", (app_no(2022, 1, 3),)))
    extra = json.loads(row["extra"])
    assert extra["成果名称"] == '=B2&"（改进3）"' and extra["备注"] == '=F2&"；3"'
    flags = db.query("SELECT field, cell, original, reason FROM review_flags WHERE achievement_id = ? AND field = 'name'",
                     (row["id"],))
    assert [(f["cell"], f["original"]) for f in flags][0] == ("台账!B3", '=B2&"（改进3）"')
    assert "没有它的计算结果" in flags[0]["reason"]


def _saved_by_excel(path, old: bytes, new: bytes) -> None:
    import zipfile

    with zipfile.ZipFile(path) as zin:
        parts = {item: zin.read(item.filename) for item in zin.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item, data in parts.items():
            zout.writestr(item, data.replace(old, new))


def test_a_formula_whose_result_is_empty_text_is_an_empty_cell(db, tmp_path):
    path = tmp_path / "e.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("台账")
    ws.write_row(0, 0, ["成果名称", "成果类型", "申请号", "备注"])
    ws.write_row(1, 0, ["甲", "发明专利", app_no(2022, 1, 1)])
    ws.write_formula(1, 3, '=IF(A2="","",A5)', None, "")
    wb.close()
    _saved_by_excel(path, b'<c r="D2">', b'<c r="D2" t="str">')  # Excel saves a "" result so
    plan, _ = ei.import_file(db, path)
    assert not plan.flags and json.loads(db.scalar("SELECT extra FROM achievements")) == {}


@pytest.mark.parametrize("piece", [41, 97, 4096])
def test_formulas_without_results_are_found_wherever_the_scan_cuts_the_sheet(tmp_path, monkeypatch, piece):
    from kjcg_desktop.services import sheet_scan, sheet_size

    path = _uncalculated_ledger(tmp_path / "系统导出.xlsx", rows=120)
    monkeypatch.setattr(sheet_scan, "CHUNK_BYTES", piece)
    for extents in (sheet_size.check_workbook(path), sheet_size.measure_workbook(path)):
        found = {(r, c) for r, c, text in extents["台账"].errors if isinstance(text, sheet_size.UncalculatedFormula)}
        assert found == {(r, c) for r in range(2, 121) for c in (0, 1, 5)}
