"""The one formula-safe workbook writer: text stays text (headers too), control characters and
over-long cells are handled visibly, and what it writes reads back the same through openpyxl and
python-calamine."""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal

import openpyxl
import pytest
import python_calamine

from kjcg_desktop import domain as d
from kjcg_desktop.services import xlsx_writer as xw

HOSTILE = ['=HYPERLINK("http://evil.example","点我")', "+1", "-cmd|' /C calc'!A0", "@SUM(A1:A9)", "=1+1",
           "<r><t>粗体</t></r>", "_x0041_ 字面", "http://example.com/链接", "007", "1e5", " 前后空格 ", "a<b & c>d"]


def _calamine_rows(path, sheet):
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    try:
        return book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    finally:
        book.close()


def _xml(path):
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/sheet"))


@pytest.mark.parametrize("constant_memory", [True, False])
def test_text_that_looks_like_a_formula_link_or_number_stays_text(tmp_path, constant_memory):
    out = tmp_path / "t.xlsx"
    with xw.Workbook(out, constant_memory=constant_memory) as wb:
        sheet = wb.sheet("表", HOSTILE, [12] * len(HOSTILE))  # headers from an imported file
        sheet.append(list(HOSTILE))
        sheet.append([1, 2.5, Decimal("3.10"), date(2024, 1, 2), True, None, "", float("inf"), float("nan")])
        sheet.finish()
    assert "<f>" not in _xml(out) and "<f " not in _xml(out) and "<hyperlink" not in _xml(out)
    ws = openpyxl.load_workbook(out)["表"]
    # openpyxl does not decode Excel's _xHHHH_ escape in inline strings (constant_memory); Excel and
    # calamine (the importer) do, so the literal text comes back whole.
    expected = [v.replace("_x0041_", "_x005F_x0041_") for v in HOSTILE] if constant_memory else HOSTILE
    for r in (1, 2):
        cells = list(ws.iter_rows(min_row=r, max_row=r))[0]
        assert [c.value for c in cells] == expected
        assert all(c.data_type == "s" for c in cells)
        assert [c.quotePrefix for c in cells[:5]] == [True] * 5 and not cells[5].quotePrefix
    assert ws["A1"].font.b and ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:{xw.column_letter(len(HOSTILE) - 1)}3"
    third = [c.value for c in list(ws.iter_rows(min_row=3, max_row=3))[0]][:9]
    assert third[:5] == [1, 2.5, 3.1, openpyxl.utils.datetime.from_excel(45293), True]
    assert third[5:] == [None, None, "inf", "nan"]
    rows = _calamine_rows(out, "表")
    assert rows[0] == HOSTILE and rows[1] == HOSTILE
    assert rows[2][:4] == [1, 2.5, 3.1, date(2024, 1, 2)]


def test_control_characters_are_handled_as_the_importer_does(tmp_path):
    out = tmp_path / "c.xlsx"
    with xw.Workbook(out, constant_memory=True) as wb:
        sheet = wb.sheet("表", ["备注\x07"], [20])
        sheet.append(["第一行\x0b第二行\x00\x1f尾", "=\x01危险"])
    rows = _calamine_rows(out, "表")
    assert rows[0][0] == "备注" and rows[1] == ["第一行\n第二行尾", "=危险"]
    assert openpyxl.load_workbook(out)["表"]["B2"].quotePrefix


@pytest.mark.parametrize("constant_memory", [True, False])
def test_over_long_text_is_cut_with_a_visible_marker_and_reported(tmp_path, constant_memory):
    long_text = "甲" * 40_000
    astral = "𠀀" * 20_000  # 40,000 UTF-16 units in 20,000 characters
    fits = "乙" * xw.CELL_LIMIT
    out = tmp_path / "long.xlsx"
    with xw.Workbook(out, constant_memory=constant_memory) as wb:
        sheet = wb.sheet("台账", ["名称", "摘要", "备注", "原样"], [10, 10, 10, 10])
        sheet.append(["短", long_text, "=" + astral, fits])
        sheet.append(["<r>" + "<" * 20_000 + "</r>"])
    assert [(t.sheet, t.cell, t.column, t.length) for t in wb.truncated] == [
        ("台账", "B2", "摘要", 40_000), ("台账", "C2", "备注", 40_001), ("台账", "A3", "名称", 20_007)]
    assert "B2" in wb.truncated[0].message() and "40,000" in wb.truncated[0].message()
    ws = openpyxl.load_workbook(out)["台账"]
    cut = ws["B2"].value
    assert cut.startswith("甲" * 30_000) and cut.endswith(xw.truncation_marker(40_000)) and len(cut) <= xw.CELL_LIMIT
    cut_astral = ws["C2"].value
    assert cut_astral.startswith("=𠀀") and ws["C2"].quotePrefix and cut_astral.endswith(xw.truncation_marker(40_001))
    assert len(cut_astral.encode("utf-16-le")) // 2 <= xw.CELL_LIMIT
    assert ws["D2"].value == fits  # exactly at the limit: kept whole, not reported
    rich = ws["A3"].value
    assert rich.startswith("<r><<<") and rich.endswith(xw.truncation_marker(20_007))
    assert _calamine_rows(out, "台账")[1][1] == cut


def test_a_file_that_cannot_be_written_is_a_chinese_message_and_leaves_nothing(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    taken = folder / "taken.xlsx"
    taken.mkdir()
    with pytest.raises(d.DomainError, match="无法写入"), xw.Workbook(taken) as wb:
        wb.sheet("表", ["a"], [5]).append(["x"])
    assert sorted(p.name for p in folder.iterdir()) == ["taken.xlsx"]
    with pytest.raises(KeyError), xw.Workbook(folder / "broken.xlsx") as wb:
        wb.sheet("表", ["a"], [5]).append([{}["missing"]])
    assert sorted(p.name for p in folder.iterdir()) == ["taken.xlsx"]  # no half workbook, no .part


def test_numbers_excel_cannot_hold_are_written_as_their_text(tmp_path):
    out = tmp_path / "n.xlsx"
    with xw.Workbook(out) as wb:
        wb.sheet("表").append([float("-inf"), Decimal("NaN"), Decimal("Infinity"), Decimal("-0.10"), 10**15])
    assert _calamine_rows(out, "表")[0] == ["-inf", "NaN", "Infinity", -0.1, 10**15]
