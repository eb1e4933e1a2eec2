"""Amounts in the unit a ledger writes them in, amount placeholders, the date spellings of real
ledgers, and the ledger export read back by the import without a change (issue 19: "Dates",
"Export", "Re-import")."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from excel_helpers import one_sheet_xlsx, rows_by_name

from kjcg_desktop.services import excel_export as ee
from kjcg_desktop.services import excel_import as ei
from kjcg_desktop.services.importing import cells
from kjcg_desktop.services.importing.plan import NORMALISERS
from kjcg_desktop.storage import open_database


def _xlsx(path: Path, rows: list[list], title: str = "成果") -> Path:
    return one_sheet_xlsx(path, rows, title)


_rows = rows_by_name


def _flags(db, name: str) -> list[tuple]:
    return [tuple(r) for r in db.query(
        "SELECT f.field, f.kind, f.original FROM review_flags f JOIN achievements a ON a.id = f.achievement_id "
        "WHERE a.name = ? AND f.resolved_at IS NULL ORDER BY f.id", (name,))]


def _read_column(path: Path, field: str) -> list:
    """The column of ``field`` read as the import plan reads it: by the layout's normaliser."""
    book = ei.open_workbook(path)
    sheet = book.sheet_names[0]
    rows = book.rows(sheet)
    layout = ei.detect_layout(sheet, rows)
    assert layout is not None
    col = layout.mapping.index(field)
    normalise = layout.normaliser(col, field, NORMALISERS)
    assert normalise is not None
    return [normalise(row[col]) for row in rows[layout.data_start:]]


# -- amounts ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("cell", "fen"), [
    ("12.5万", 12_500_000), ("3万元", 3_000_000), ("12.5 万元", 12_500_000), ("1,234.50元", 123_450),
    ("¥1,234.50", 123_450), ("８０００元", 800_000), (12.5, 1_250), (1234, 123_400),
])
def test_an_amount_carrying_its_unit_is_read_in_that_unit(cell, fen) -> None:
    assert cells.to_amount_fen(cell) == fen


@pytest.mark.parametrize("cell", ["-", "—", "——", "无", "/", "暂无", "  -  "])
def test_amount_placeholders_are_empty_like_in_date_columns(cell) -> None:
    assert cells.to_amount_fen(cell) is None


@pytest.mark.parametrize("cell", ["1.234,50", "12,34", "1,2345.00"])
def test_amount_separators_that_read_two_ways_are_refused_never_guessed(cell) -> None:
    with pytest.raises(cells.ImportValueError, match="两种读法"):
        cells.to_amount_fen(cell)


@pytest.mark.parametrize("cell", ["-", "—", "无", "/"])
def test_count_placeholders_are_empty(cell) -> None:
    assert cells.to_count(cell) is None


def test_the_unit_of_the_column_scales_bare_numbers_and_a_written_unit_wins() -> None:
    read = cells.amount_reader(10_000)
    assert read(12.5) == 12_500_000
    assert read("12.5") == 12_500_000
    assert read(3) == 3_000_000
    assert read("3元") == 300       # the cell says 元 itself
    assert read("—") is None
    assert cells.amount_reader(1) is cells.to_amount_fen


def test_a_header_in_wan_yuan_scales_the_column(tmp_path) -> None:
    path = _xlsx(tmp_path / "台账.xlsx", [
        ["成果名称", "成果类型", "申请号", "资产价值（万元）"],
        ["一种催化剂制备方法", "发明", "201910123456.X", 12.5],
        ["一种分离膜", "发明", "202110456789.1", "8"],
    ])
    assert _read_column(path, "asset_value_fen") == [12_500_000, 8_000_000]


def test_a_units_row_under_the_header_is_part_of_the_header(db, tmp_path) -> None:
    path = _xlsx(tmp_path / "台账.xlsx", [
        ["成果名称", "成果类型", "申请号", "账面价值", "转化次数"],
        ["", "", "", "（万元）", "（次）"],
        ["一种催化剂制备方法", "发明", "201910123456.X", 12.5, 1],
        ["一种分离膜", "发明", "202110456789.1", "12.5万", 0],
        ["一种检测装置", "发明", "200810012345.3", "3万元", 2],
    ])
    layout = ei.detect_layout("成果", ei.open_workbook(path).rows("成果"))
    assert layout is not None and layout.units_row == 2 and layout.data_start == 2
    assert _read_column(path, "asset_value_fen") == [12_500_000, 12_500_000, 3_000_000]
    assert _read_column(path, "transfer_count") == [1, 0, 2]
    ei.import_file(db, path)
    names = sorted(_rows(db))
    assert names == sorted(["一种催化剂制备方法", "一种分离膜", "一种检测装置"])  # no record "（未命名）成果第2行"
    assert _rows(db)["一种检测装置"]["asset_value_fen"] == 3_000_000


def test_a_table_wide_unit_above_the_header_applies_to_its_amounts(tmp_path) -> None:
    path = _xlsx(tmp_path / "台账.xlsx", [
        ["2023 年度科技成果台账"],
        ["", "", "", "单位：万元"],
        ["成果名称", "成果类型", "申请号", "资产价值"],
        ["一种催化剂制备方法", "发明", "201910123456.X", 2.35],
    ])
    assert _read_column(path, "asset_value_fen") == [2_350_000]


def test_a_header_in_yuan_keeps_yuan_under_a_table_wide_unit(tmp_path) -> None:
    path = _xlsx(tmp_path / "台账.xlsx", [
        ["单位：万元"],
        ["成果名称", "成果类型", "申请号", "资产价值（元）"],
        ["一种催化剂制备方法", "发明", "201910123456.X", 2350],
    ])
    assert _read_column(path, "asset_value_fen") == [235_000]


def test_amount_placeholders_and_european_amounts_in_a_ledger(db, tmp_path) -> None:
    path = _xlsx(tmp_path / "台账.xlsx", [
        ["专利名称", "专利类型", "申请号", "申请日", "资产价值（元）"],
        ["成果1", "发明", "202310567890.3", "2023-05-06", "-"],
        ["成果2", "发明", "202320123456.1", "2023-05-06", "无"],
        ["成果3", "发明", "202220987654.8", "2023-05-06", "/"],
        ["成果4", "发明", "202110456789.1", "2023-05-06", "1.234,50"],
        ["成果5", "发明", "201910123456.X", "2023-05-06", "12.5万"],
    ])
    ei.import_file(db, path)
    rows = _rows(db)
    for name in ("成果1", "成果2", "成果3"):
        assert rows[name]["asset_value_fen"] is None
        assert not [f for f in _flags(db, name) if f[0] == "asset_value_fen"]
    assert rows["成果4"]["asset_value_fen"] is None  # never 1.23 yuan
    assert [f for f in _flags(db, "成果4") if f[0] == "asset_value_fen"][0][2] == "1.234,50"
    assert rows["成果5"]["asset_value_fen"] == 12_500_000


# -- dates --------------------------------------------------------------------------------------------
def test_date_spellings_of_real_ledgers_are_read(db, tmp_path) -> None:
    samples = ["2023/5/6 星期六", "二〇二三年五月六日", "23.05.06", "2023.05.06.", "2023-05-06T00:00:00Z"]
    apps = ["202310567890.3", "202320123456.1", "202220987654.8", "202110456789.1", "201910123456.X"]
    path = _xlsx(tmp_path / "台账.xlsx", [["专利名称", "专利类型", "申请号", "申请日"]]
                 + [[f"成果{i}", "发明", a, d] for i, (d, a) in enumerate(zip(samples, apps, strict=True), 1)])
    ei.import_file(db, path)
    rows = _rows(db)
    for i in range(1, 6):
        assert (rows[f"成果{i}"]["filing_date"], rows[f"成果{i}"]["filing_date_precision"]) == ("2023-05-06", "day")
    date_flags = {name: [f for f in _flags(db, name) if f[0] == "filing_date"] for name in rows}
    assert date_flags["成果3"] == [("filing_date", "ambiguous_date", "23.05.06")]  # or 23 May 2006
    assert all(not date_flags[f"成果{i}"] for i in (1, 2, 4, 5))


# -- the ledger export read back ----------------------------------------------------------------------
def _facts(db) -> list[tuple]:
    rows = db.query("SELECT id, name, application_no, filing_date, filing_date_precision, grant_date, "
                    "grant_date_precision, asset_value_fen FROM achievements ORDER BY id")
    return [(*tuple(r)[1:], [n for (n,) in db.query("SELECT name FROM inventors WHERE achievement_id = ? ORDER BY position",
                                                   (r[0],))]) for r in rows]


def test_the_ledger_export_reads_back_dates_to_the_month_or_year_and_inventors_with_commas(db, tmp_path) -> None:
    source = _xlsx(tmp_path / "台账.xlsx", [
        ["专利名称", "专利类型", "申请号", "申请日", "授权日", "法律状态", "发明人", "资产价值（万元）"],
        ["一种腔镜用穿刺器", "发明", "202310567890.3", "2023年5月", "", "实质审查", "张三、李四", 1.5],
        ["一种催化剂", "发明", "202110456789.1", "2021", "", "实质审查", "SMITH, John | DOE, Jane | 王伟", None],
        ["一种检测装置", "实用新型", "202320123456.1", "2023-03-01", "2023年8月", "有效", "王伟", "3万元"],
    ], title="台账")
    ei.import_file(db, source)
    before = _facts(db)
    assert before[0][2:4] == ("2023-05", "month") and before[1][2:4] == ("2021", "year")
    assert before[2][4:6] == ("2023-08", "month")
    assert before[1][-1] == ["SMITH, John", "DOE, Jane", "王伟"]

    out = tmp_path / "导出.xlsx"
    ee.export_ledger(db, out)
    ws = openpyxl.load_workbook(out).active
    header = [c.value for c in ws[1]]
    exported = {r[header.index("成果名称")]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    assert exported["一种腔镜用穿刺器"][header.index("申请日")] == "2023-05"
    assert exported["一种催化剂"][header.index("申请日")] == "2021"
    assert exported["一种检测装置"][header.index("授权日")] == "2023-08"
    assert exported["一种腔镜用穿刺器"][header.index("发明人")] == "张三、李四"

    events = db.scalar("SELECT count(*) FROM events")
    _plan, batch = ei.import_file(db, out)
    assert batch is None                          # the app's own export changes nothing
    assert _facts(db) == before
    assert db.scalar("SELECT count(*) FROM events") == events

    fresh = open_database(tmp_path / "fresh.sqlite3")
    try:
        ei.import_file(fresh, out)
        assert _facts(fresh) == before
    finally:
        fresh.close()


def test_an_amount_column_in_wan_yuan_is_stored_in_fen_through_the_import(db, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["成果名称", "成果类型", "资产价值（万元）"])
    ws.append(["甲", "专有技术", 12.5])
    ws.append(["乙", "专有技术", "3元"])  # a unit in the cell wins
    wb.save(tmp_path / "w.xlsx")
    ei.import_file(db, tmp_path / "w.xlsx")
    assert {r["name"]: r["asset_value_fen"] for r in db.query("SELECT name, asset_value_fen FROM achievements")} == {
        "甲": 12_500_000, "乙": 300}


def test_amounts_written_in_chinese_capitals_are_read_and_checked_against_their_figures(db, tmp_path) -> None:
    """Finance and contract ledgers write amounts in capitals (会计基础工作规范第五十二条), alone or
    after the figures; figures and capitals that differ are flagged with both, never guessed."""
    path = _xlsx(tmp_path / "台账.xlsx", [
        ["成果名称", "成果类型", "申请号", "资产价值", "转化次数"],
        ["甲", "发明", "201910123456.X", "人民币壹拾贰万叁仟肆佰伍拾陆元柒角捌分", "两次"],
        ["乙", "发明", "202110456789.1", "120,000.00元（大写：壹拾贰万元整）", "1.0"],
        ["丙", "发明", "200810012345.3", "120000元（大写：壹拾万元整）", "三"],
    ])
    ei.import_file(db, path)
    rows = _rows(db)
    assert [rows[n]["asset_value_fen"] for n in "甲乙丙"] == [12_345_678, 12_000_000, None]
    assert [rows[n]["transfer_count"] for n in "甲乙丙"] == [2, 1, 3]
    [(field, _kind, original)] = _flags(db, "丙")
    assert (field, original) == ("asset_value_fen", "120000元（大写：壹拾万元整）")
    reason = db.scalar("SELECT reason FROM review_flags WHERE original = ?", (original,))
    assert "小写 120,000.00 元，大写 100,000.00 元" in reason


@pytest.mark.parametrize(("text", "fen"), [
    ("人民币壹拾贰万元整（￥120,000.00）", 12_000_000),     # capitals first, figures after them
    ("小写：120000元 大写：壹拾贰万元整", 12_000_000),
    ("120000元 大写：壹拾贰万元整", 12_000_000),
])
def test_figures_and_capitals_in_either_order(text, fen):
    assert cells.to_amount_fen(text) == fen


@pytest.mark.parametrize("text", ["伍角", "三角", "二〇"])
def test_a_count_is_no_amount_of_money_or_a_digit_string(text):
    with pytest.raises(cells.ImportValueError):
        cells.to_count(text)
