"""The sheet-size guard: every hostile sheet shape is measured from the file's stream and refused in
Chinese, or read through its bounding box only; the guarded read survives a 2 GB memory limit where
python-calamine alone aborts the process."""

from __future__ import annotations

import resource
import subprocess
import sys
import textwrap
import zipfile
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape as _escape

import pytest
from excel_helpers import messy_ledger
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sheet_bombs import (
    bomb_xlsx,
    forge_xls_column,
    ods,
    ods_empty,
    ods_number,
    ods_row,
    ods_text,
    xls,
    xlsx,
)

from kjcg_desktop.domain import DomainError
from kjcg_desktop.services import excel_import as ei
from kjcg_desktop.services import sheet_size as ss

LIMIT_BYTES = 2 << 30
ROOT = Path(__file__).resolve().parents[3]


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT_BYTES, LIMIT_BYTES))


def run_limited(code: str, *args: str) -> subprocess.CompletedProcess:
    """Python code in a child process that may use at most 2 GB of address space."""
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True,
                          timeout=300, preexec_fn=_limited, cwd=str(ROOT))


GUARDED_READ = """
    import sys
    import python_calamine
    from kjcg_desktop.services import sheet_size as ss
    path = sys.argv[1]
    try:
        extents = ss.check_workbook(path)
        book = python_calamine.CalamineWorkbook.from_path(path)
        for name in book.sheet_names:
            rows = ss.read_sheet(book, name, extents)
            print("READ", name, len(rows), max((len(r) for r in rows), default=0))
    except ss.SheetSizeError as exc:
        print("REFUSED", exc)
"""

BARE_READ = """
    import sys
    import python_calamine
    book = python_calamine.CalamineWorkbook.from_path(sys.argv[1])
    for name in book.sheet_names:
        print("READ", name, len(book.get_sheet_by_name(name).to_python()))
"""


def _far_ods(path: Path) -> Path:
    return ods(path, ods_row(ods_text("名称") + ods_empty(16383)) + ods_row(ods_empty(16384), 1048574)
               + ods_row(ods_empty(16383) + ods_number(7)))


def _filled_ods(path: Path) -> Path:  # 90 million numbers in 1 KB
    return ods(path, ods_row(ods_number(1, 10000), 9000))


def _forged_xls(path: Path) -> Path:
    xls(path, {(0, 0): "名称", (65535, 200): 12345.678})
    return forge_xls_column(path, 65535, 200, 65535)


BOMBS = {
    "bomb.xlsx": bomb_xlsx,
    "shared.xlsx": lambda p: xlsx(p, {"A1": "名称"}, unique_count=4294967295),
    "far.ods": _far_ods,
    "filled.ods": _filled_ods,
    "forged.xls": _forged_xls,
}


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_each_bomb_kills_a_bare_calamine_read_under_2gb(tmp_path, name):
    path = BOMBS[name](tmp_path / name)
    result = run_limited(BARE_READ, str(path))
    assert "READ" not in result.stdout
    assert result.returncode != 0


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_each_bomb_is_refused_in_chinese_under_2gb(tmp_path, name):
    path = BOMBS[name](tmp_path / name)
    result = run_limited(GUARDED_READ, str(path))
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("REFUSED"), result.stdout
    assert "Traceback" not in result.stderr


def test_the_report_bomb_names_the_sheet_the_size_and_the_far_cell(tmp_path):
    path = bomb_xlsx(tmp_path / "bomb.xlsx")
    assert path.stat().st_size < 2000
    extent = ss.measure_workbook(path)["台账"]
    assert (extent.cells, extent.box) == (2, "A1:XFD1048576")
    with pytest.raises(ss.SheetTooLargeError) as caught:
        ss.check_sheet_extent(extent)
    message = str(caught.value)
    assert "工作表“台账”" in message
    assert "1,048,576 行 × 16,384 列" in message
    assert "约 172 亿个单元格" in message and "其中有内容的只有 2 个" in message
    assert "XFD1048576" in message
    assert isinstance(caught.value, DomainError)


def test_a_lying_dimension_is_shown_but_not_trusted(tmp_path):
    path = xlsx(tmp_path / "dim.xlsx", {"A1": "名称", "B1": "日期", "A2": 1}, dimension="A1:XFD1048576")
    extent = ss.measure_workbook(path)["台账"]
    assert extent.claimed == "A1:XFD1048576"
    assert (extent.cells, extent.box) == (3, "A1:B2")
    ss.check_sheet_extent(extent)
    result = run_limited(GUARDED_READ, str(path))
    assert result.stdout.split() == ["READ", "台账", "2", "2"]


def test_formatted_empty_cells_far_away_do_not_count(tmp_path):
    path = xlsx(tmp_path / "styled.xlsx", {"A1": "名称", "B2": 2, "XFD1048576": None, "XFC1": None})
    extent = ss.measure_workbook(path)["台账"]
    assert (extent.cells, extent.box) == (2, "A1:B2")
    result = run_limited(GUARDED_READ, str(path))
    assert result.stdout.split() == ["READ", "台账", "2", "2"]


def test_a_small_table_in_the_last_corner_is_read_at_its_own_row_and_column(tmp_path):
    path = xlsx(tmp_path / "corner.xlsx", {"XFB1048574": "名称", "XFD1048576": 2})
    extent = ss.measure_workbook(path)["台账"]
    assert (extent.box, extent.area) == ("XFB1048574:XFD1048576", 9)
    ss.check_sheet_extent(extent)
    import python_calamine

    with python_calamine.CalamineWorkbook.from_path(str(path)) as book:
        rows = ss.read_sheet(book, "台账", extent)
    assert len(rows) == 1048576
    assert rows[0] == [] and rows[1048572] == []
    assert rows[1048573][16381] == "名称" and len(rows[1048573]) == 16384
    assert rows[1048575][16383] == 2


def test_the_huge_shared_string_count_is_refused_before_the_reader_opens_the_file(tmp_path):
    path = xlsx(tmp_path / "sst.xlsx", {"A1": "名称"}, unique_count=4294967295)
    with pytest.raises(ss.SheetSizeError, match="共享字符串表声明有 4,294,967,295 条文字，实际只有 1 条"):
        ss.measure_workbook(path)


@pytest.mark.parametrize("declared", [1, 5000, ss.MAX_DECLARED_STRINGS])
def test_an_honest_or_harmlessly_wrong_shared_string_count_passes(tmp_path, declared):
    path = xlsx(tmp_path / "sst.xlsx", {"A1": "名称"}, unique_count=declared)
    assert ss.measure_workbook(path)["台账"].cells == 1
    if declared == ss.MAX_DECLARED_STRINGS:  # calamine's reservation for it fits in 2 GB
        assert run_limited(GUARDED_READ, str(path)).stdout.split() == ["READ", "台账", "1", "1"]


def test_a_declared_count_just_past_the_harmless_size_is_checked_against_the_entries(tmp_path):
    path = xlsx(tmp_path / "sst.xlsx", {"A1": "名称"}, unique_count=ss.MAX_DECLARED_STRINGS + 1)
    with pytest.raises(ss.SheetSizeError, match="实际只有 1 条"):
        ss.measure_workbook(path)


@pytest.mark.parametrize("prefix, with_refs", [("x:", True), ("", False)])
def test_prefixed_cells_and_cells_without_a_reference_are_measured(tmp_path, prefix, with_refs):
    cells = {"A1": "名称", "B1": "日期", "A2": 1, "C2": 3}
    path = xlsx(tmp_path / "odd.xlsx", cells, prefix=prefix, with_refs=with_refs)
    extent = ss.measure_workbook(path)["台账"]
    assert (extent.cells, extent.box) == (4, "A1:C2" if with_refs else "A1:B2")


def test_a_far_cell_hidden_behind_an_unusual_tag_is_still_seen(tmp_path):
    path = xlsx(tmp_path / "odd.xlsx", {"A1": "名称"})
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        b"</row>", b"</row><row r=\"1048576\"><c\n r='XFD1048576' t=\"n\"><v>1</v></c></row>")
    with zipfile.ZipFile(path, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    assert ss.measure_workbook(path)["台账"].box == "A1:XFD1048576"


def test_libreoffice_trailing_repeats_are_not_expanded(tmp_path):
    path = ods(tmp_path / "lo.ods", ods_row(ods_text("名称") + ods_text("日期") + ods_empty(16382))
               + ods_row(ods_number(1) + ods_number(2) + ods_empty(16382)) + ods_row(ods_empty(16384), 1048574))
    extent = ss.measure_workbook(path)["台账"]
    assert (extent.cells, extent.box) == (4, "A1:B2")
    result = run_limited(GUARDED_READ, str(path))
    assert result.stdout.split() == ["READ", "台账", "2", "2"]


def test_ods_repeats_are_counted_without_expanding_them(tmp_path):
    path = ods(tmp_path / "fill.ods", ods_row(ods_number(1, 16384), 1048576))
    extent = ss.measure_workbook(path)["台账"]
    assert (extent.cells, extent.box) == (16384 * 1048576, "A1:XFD1048576")
    with pytest.raises(ss.SheetTooLargeError, match="有内容的 17,179,869,184 个.*拆分"):
        ss.check_sheet_extent(extent)


def test_ods_rows_in_groups_and_gaps_keep_their_numbers(tmp_path):
    rows = ods_row(ods_text("a")) + "<table:table-row-group>" + ods_row(ods_empty(), 1000) + "</table:table-row-group>"
    path = ods(tmp_path / "gap.ods", rows + ods_row(ods_empty(2) + ods_text("b")))
    extent = ss.measure_workbook(path)["台账"]
    assert (extent.cells, extent.box) == (2, "A1:C1002")


def test_ods_entity_declarations_are_not_expanded(tmp_path):
    prolog = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    path = ods(tmp_path / "ent.ods", ods_row(ods_text("&b;")), prolog=prolog)
    assert ss.measure_workbook(path)["台账"].box == "A1:A1"


def test_xls_sheets_are_measured_from_their_cell_records(tmp_path):
    path = xls(tmp_path / "ok.xls", {(0, 0): "名称", (1, 1): 2.5, (3, 2): "x"})
    extent = ss.measure_workbook(path)["台账"]
    assert (extent.cells, extent.box, extent.claimed) == (3, "A1:C4", "A1:C4")


def test_the_full_grid_of_an_xls_sheet_is_allowed_and_a_forged_column_is_not(tmp_path):
    full = xls(tmp_path / "full.xls", {(0, 0): "名称", (65535, 255): 1.5})
    extent = ss.measure_workbook(full)["台账"]
    assert (extent.box, extent.area) == ("A1:IV65536", ss.MAX_AREA_CELLS)
    ss.check_sheet_extent(extent)
    forged = _forged_xls(tmp_path / "forged.xls")
    extent = ss.measure_workbook(forged)["台账"]
    assert extent.last_col == 65535
    with pytest.raises(ss.SheetTooLargeError, match="65,536 行 × 65,536 列"):
        ss.check_sheet_extent(extent)


@pytest.mark.parametrize("rows, cols, allowed", [
    (300_000, 30, True), (500_000, 33, True), (1_048_576, 16, True), (1_048_576, 17, False), (20_000, 1_000, False)])
def test_a_real_ledger_passes_and_only_a_truly_huge_sheet_is_refused(rows, cols, allowed):
    extent = ss.SheetExtent("台账", rows * cols, 0, 0, rows - 1, cols - 1)
    if allowed:
        ss.check_sheet_extent(extent)
    else:
        with pytest.raises(ss.SheetTooLargeError, match=f"{rows:,} 行 × {cols:,} 列"):
            ss.check_sheet_extent(extent)


def test_the_box_agrees_with_what_calamine_reads_on_a_real_ledger(tmp_path):
    import python_calamine

    path = messy_ledger(tmp_path / "ledger.xlsx")
    extents = ss.measure_workbook(path)
    with python_calamine.CalamineWorkbook.from_path(str(path)) as book:
        assert set(extents) == set(book.sheet_names)
        for name in book.sheet_names:
            handle = book.get_sheet_by_name(name)
            extent = extents[name]
            assert (extent.first_row, extent.first_col) == handle.start
            assert (extent.last_row, extent.last_col) == handle.end
            # a formula saved without its result (openpyxl writes =HYPERLINK("x") so) is kept as its text
            rows = [["" if isinstance(v, ss.UncalculatedFormula) else v for v in row]
                    for row in ss.read_sheet(book, name, extent)]
            assert rows == handle.to_python(skip_empty_area=False)


def test_rows_read_through_the_box_feed_the_importer_at_the_right_row(tmp_path):
    import python_calamine

    cells = {"C5": "成果名称", "D5": "申请号", "E5": "发明人", "C6": "一种夹持装置", "D6": "202220654321.5", "E6": "刘强"}
    path = xlsx(tmp_path / "offset.xlsx", cells)
    extent = ss.measure_workbook(path)["台账"]
    with python_calamine.CalamineWorkbook.from_path(str(path)) as book:
        rows = ss.read_sheet(book, "台账", extent)
    layout = ei.detect_layout("台账", rows)
    assert layout is not None and layout.header_rows == [5]
    assert "成果名称" in layout.headers


def test_csv_and_other_files_have_nothing_to_measure(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("名称,日期\n", encoding="utf-8")
    assert ss.measure_workbook(path) == {}


def test_a_damaged_xls_is_refused_with_a_message(tmp_path):
    path = tmp_path / "bad.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(ss.SheetSizeError, match="无法检查工作表的大小"):
        ss.measure_workbook(path)


def test_opening_an_ods_or_xls_checks_every_sheet_but_an_xlsx_only_the_sheet_read(tmp_path):
    with pytest.raises(ss.SheetTooLargeError, match="工作表“台账”"):
        ss.check_workbook(_far_ods(tmp_path / "far.ods"))
    with pytest.raises(ss.SheetTooLargeError, match="工作表“台账”"):
        ss.check_workbook(_forged_xls(tmp_path / "forged.xls"))
    extents = ss.check_workbook(bomb_xlsx(tmp_path / "bomb.xlsx"))
    assert extents["台账"].box == "A1:XFD1048576"


def test_many_sheets_that_each_pass_are_refused_together(tmp_path):
    tables = "".join(f'<table:table table:name="表{i}">' + ods_row(ods_number(1, 1000), 12000) + "</table:table>"
                     for i in range(3))
    path = ods(tmp_path / "many.ods", "")
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["content.xml"] = parts["content.xml"].replace(b'<table:table table:name="\xe5\x8f\xb0\xe8\xb4\xa6"></table:table>',
                                                        tables.encode())
    with zipfile.ZipFile(path, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    extents = ss.measure_workbook(path)
    assert [e.area for e in extents.values()] == [12_000_000] * 3
    with pytest.raises(ss.SheetTooLargeError, match="3 个工作表合计 约 3,600 万个单元格.*“表0” 12,000 行 × 1,000 列"):
        ss.check_workbook(path)
    result = run_limited(GUARDED_READ, str(path))
    assert result.returncode == 0 and result.stdout.startswith("REFUSED"), result.stderr[-1500:]


def test_a_column_name_beyond_xfd_is_refused_before_calamine_allocates_it(tmp_path):
    path = xlsx(tmp_path / "longcol.xlsx", {"A1": "名称", "AAAAAAAA1": 2})
    result = run_limited(BARE_READ, str(path))
    assert result.returncode != 0
    result = run_limited(GUARDED_READ, str(path))
    assert result.returncode == 0 and result.stdout.startswith("REFUSED"), result.stderr[-1500:]
    assert "AAAAAAAA1" in result.stdout


def test_the_measure_reads_no_entity_and_no_network_in_an_xlsx_sheet(tmp_path):
    path = xlsx(tmp_path / "xxe.xlsx", {"A1": "名称"})
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        b"?>", b'?><!DOCTYPE w [<!ENTITY e SYSTEM "http://127.0.0.1:9/x">]>', 1).replace(b"\xe5\x90\x8d\xe7\xa7\xb0", b"&e;")
    with zipfile.ZipFile(path, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    assert ss.measure_workbook(path)["台账"].box == "A1:A1"


def _rewrite_sheet(path: Path, old: bytes, new: bytes) -> Path:
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    assert old in parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(old, new)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)
    return path


@pytest.mark.parametrize("far_cell", [
    b'<c r="XFD1048576" foo="x/>"><v>1</v></c>',              # "/>" inside an attribute value
    b'<c r="XFD1048576" foo="a>b"><v>1</v></c>',              # ">" inside an attribute value
    b'<c r="XFD1048576"><!-- note --><v>1</v></c>',           # a comment before the value
    b'<c r="XFD1048576"><unknown/><v>1</v></c>',              # an element calamine skips
    b'<c r="XFD1048576" t="s"><?pi x?><v>0</v></c>',          # a processing instruction
    b'<c s="1" r="XFD1048576"><v>1</v></c>',                  # r not first
    b'<!-- <c r="A1" x=" --><c r="XFD1048576"><v>1</v></c>',  # a comment that would swallow the cell
    b'<![CDATA[<c r="A1" x="]]><c r="XFD1048576"><v>1</v></c>',
])
def test_a_far_cell_cannot_hide_from_the_measure(tmp_path, far_cell):
    path = _rewrite_sheet(xlsx(tmp_path / "hide.xlsx", {"A1": "名称"}), b"</sheetData>",
                          b'<row r="1048576">' + far_cell + b"</row></sheetData>")
    assert ss.measure_workbook(path)["台账"].box == "A1:XFD1048576"


def test_cells_across_chunk_boundaries_are_counted_once(tmp_path, monkeypatch):
    cells = {f"{col}{row}": (row * 10 + i if i % 2 else f"文{row}") for row in range(1, 400)
             for i, col in enumerate("ABCDEFG")}
    cells.update({"H5": None, "Z399": None})
    path = xlsx(tmp_path / "many.xlsx", cells)
    whole = ss.measure_workbook(path)["台账"]
    assert (whole.cells, whole.box) == (399 * 7, "A1:G399")
    for size in (7, 64, 1000, 4093):
        monkeypatch.setattr(ss, "CHUNK_BYTES", size)
        assert ss.measure_workbook(path)["台账"] == whole


def _ods_variants(tmp_path: Path) -> dict[str, Path]:
    lo = (ods_row(ods_text("名称") + ods_text("日期") + ods_empty(16382)) + ods_row(ods_number(1) + ods_number(2) + ods_empty(16382))
          + ods_row(ods_empty(16384), 1048574))
    return {
        "lo": ods(tmp_path / "lo.ods", lo),
        "far": _far_ods(tmp_path / "far.ods"),
        "fill": _filled_ods(tmp_path / "fill.ods"),
        "quoted": ods(tmp_path / "quoted.ods", ods_row(ods_text("名称")) + ods_row(
            '<table:table-cell office:value-type="string" office:string-value="a&gt;b/>c" table:number-columns-repeated="3"/>'
            + '<table:table-cell table:style-name="x>y" table:number-columns-repeated="16380"/>' + ods_number(5))),
        "comment": ods(tmp_path / "comment.ods", ods_row(ods_text("名称")) + "<!-- x -->" + ods_row(ods_empty(99) + ods_number(1))),
        "nested": ods(tmp_path / "nested.ods", ods_row('<table:table-cell><table:table table:name="sub">'
                                                        + ods_row(ods_number(1)) + "</table:table></table:table-cell>"
                                                        + ods_number(2))),
    }


def test_the_quick_ods_scan_agrees_with_the_parser_or_leaves_the_file_to_it(tmp_path):
    variants = _ods_variants(tmp_path)
    for key, path in variants.items():
        with zipfile.ZipFile(path) as zf:
            quick = ss._measure_ods_tokens(zf)
            parsed = ss._measure_ods_parsed(path, zf)
        if key in ("comment", "nested"):
            assert quick is None, key
        else:
            assert quick == parsed, key
    quoted = ss.measure_workbook(variants["quoted"])["台账"]
    assert (quoted.cells, quoted.box) == (5, "A1:XFD2")
    assert ss.measure_workbook(variants["comment"])["台账"].box == "A1:CV2"


def test_an_ods_with_other_prefixes_is_parsed(tmp_path):
    path = ods(tmp_path / "p.ods", ods_row(ods_text("名称")) + ods_row(ods_empty(16383) + ods_number(1), 1))
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["content.xml"] = parts["content.xml"].replace(b"<table:", b"<tb:").replace(b"</table:", b"</tb:").replace(
        b" table:", b" tb:").replace(b"xmlns:table=", b"xmlns:tb=")
    with zipfile.ZipFile(path, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    with zipfile.ZipFile(path) as zf:
        assert ss._measure_ods_tokens(zf) is None
    assert ss.measure_workbook(path)["台账"].box == "A1:XFD2"


def test_the_xls_box_agrees_with_what_calamine_reads(tmp_path):
    import python_calamine
    import xlwt

    book = xlwt.Workbook()
    ws = book.add_sheet("台账")
    notes = book.add_sheet("备注")
    dated = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for r in range(2, 300):
        for c in range(1, 12):
            value = [r * c, r + 0.5, f"文本{r}", True, date(2020, 1, 1)][c % 5]
            ws.write(r, c, value, dated if c % 5 == 4 else xlwt.Style.default_style)
    ws.write(3000, 40, None, xlwt.easyxf("pattern: pattern solid;"))  # formatted, empty, far away
    notes.write(5, 3, "备注")
    path = tmp_path / "mixed.xls"
    book.save(str(path))
    extents = ss.measure_workbook(path)
    with python_calamine.CalamineWorkbook.from_path(str(path)) as wb:
        for name in wb.sheet_names:
            handle = wb.get_sheet_by_name(name)
            extent = extents[name]
            assert ((extent.first_row, extent.first_col), (extent.last_row, extent.last_col)) == (handle.start, handle.end)
    assert extents["台账"].cells == 298 * 11
    assert extents["台账"].claimed == "B3:AO3001"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.tuples(st.integers(0, 300), st.integers(0, 60)),
                       st.one_of(st.none(), st.integers(-5, 10**6), st.text("名称ab<&>\"' 0", min_size=1, max_size=6).filter(str.strip)),
                       min_size=1, max_size=40))
def test_any_sparse_xlsx_is_measured_as_calamine_reads_it(tmp_path, cells):
    import python_calamine

    path = xlsx(tmp_path / "random.xlsx", {ss.cell_name(r, c): (_escape(v) if isinstance(v, str) else v)
                                           for (r, c), v in cells.items()})
    extent = ss.measure_workbook(path)["台账"]
    filled = [(r, c) for (r, c), v in cells.items() if v is not None]
    assert extent.cells == len(filled)
    with python_calamine.CalamineWorkbook.from_path(str(path)) as book:
        handle = book.get_sheet_by_name("台账")
        if filled:
            assert ((extent.first_row, extent.first_col), (extent.last_row, extent.last_col)) == (handle.start, handle.end)
            rows = ss.read_sheet(book, "台账", extent)
            for r, c in filled:
                assert rows[r][c] not in ("", None)
        else:
            assert extent.empty


_ODS_CELL = st.one_of(
    st.builds(lambda n: ("e", n), st.integers(1, 40)),
    st.builds(lambda v, n: ("n", v, n), st.integers(0, 99), st.integers(1, 4)),
    st.builds(lambda t: ("s", t), st.sampled_from(["名称", "a&amp;b", "x"])),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.lists(_ODS_CELL, max_size=6), st.integers(1, 30)), min_size=1, max_size=12))
def test_any_ods_with_repeats_is_measured_as_calamine_reads_it(tmp_path, rows):
    import python_calamine

    def cell(spec):
        if spec[0] == "e":
            return ods_empty(spec[1])
        if spec[0] == "n":
            return ods_number(spec[1], spec[2])
        return ods_text(spec[1])

    path = ods(tmp_path / "random.ods", "".join(ods_row("".join(map(cell, cells)), times) for cells, times in rows))
    with zipfile.ZipFile(path) as zf:
        quick, parsed = ss._measure_ods_tokens(zf), ss._measure_ods_parsed(path, zf)
    assert quick == parsed
    extent = quick["台账"]
    expected = sum(times * sum(1 if s[0] == "s" else s[2] if s[0] == "n" else 0 for s in cells) for cells, times in rows)
    assert extent.cells == expected
    with python_calamine.CalamineWorkbook.from_path(str(path)) as book:
        handle = book.get_sheet_by_name("台账")
        if expected:
            assert ((extent.first_row, extent.first_col), (extent.last_row, extent.last_col)) == (handle.start, handle.end)
        else:
            assert extent.empty


def test_bare_empty_ods_cells_still_move_the_column(tmp_path):
    path = ods(tmp_path / "bare.ods", ods_row("<table:table-cell/>" * 16383 + ods_number(1), 1048576))
    extent = ss.measure_workbook(path)["台账"]
    assert (extent.cells, extent.box) == (1048576, "XFD1:XFD1048576")
    with pytest.raises(ss.SheetTooLargeError):
        ss.check_workbook(path)


def test_a_sheet_compressed_by_an_unknown_method_is_refused_with_a_message(tmp_path):
    path = bomb_xlsx(tmp_path / "method.xlsx")
    data = bytearray(path.read_bytes())
    entry = data.find(b"PK\x01\x02")  # the central directory
    name = b"xl/worksheets/sheet1.xml"
    while entry >= 0 and data[entry + 46: entry + 46 + len(name)] != name:
        entry = data.find(b"PK\x01\x02", entry + 4)
    assert entry >= 0
    data[entry + 10: entry + 12] = (99).to_bytes(2, "little")  # compression method 99 (AES), unknown to zipfile
    path.write_bytes(bytes(data))
    with pytest.raises(ss.SheetSizeError, match="工作簿已损坏"):
        ss.measure_workbook(path)


@pytest.mark.parametrize("ref, box", [
    (b"XFD1048576x", None), (b" XFD1048576", None), (b"XFD 1048576", None),  # calamine refuses these itself
    (b"xfd1048576", "A1:XFD1048576"), (b"XFD01048576", "A1:XFD1048576"),       # calamine reads these: so do we
])
def test_odd_cell_references_are_read_as_calamine_reads_them(tmp_path, ref, box):
    path = _rewrite_sheet(xlsx(tmp_path / "ref.xlsx", {"A1": "名称", "B1": 1}), b'r="B1"', b'r="' + ref + b'"')
    extent = ss.measure_workbook(path)["台账"]
    result = run_limited(GUARDED_READ, str(path))
    assert result.returncode not in (134, -6), result.stderr[-1500:]
    if box is None:
        assert "CalamineError" in result.stderr and "READ" not in result.stdout
    else:
        assert extent.box == box and result.stdout.startswith("REFUSED")


def test_a_sheet_the_measure_did_not_find_is_not_read_unchecked(tmp_path):
    import python_calamine

    path = bomb_xlsx(tmp_path / "bomb.xlsx")
    nothing = ss.WorkbookExtents()
    with python_calamine.CalamineWorkbook.from_path(str(path)) as book:
        with pytest.raises(ss.SheetSizeError, match="无法检查工作表“台账”的大小"):
            ss.read_sheet(book, "台账", nothing)
        extents = ss.check_workbook(path)
        assert not extents.all_checked
        with pytest.raises(ss.SheetTooLargeError):
            ss.read_sheet(book, "台账", extents)
    assert ss.check_workbook(_ods_variants(tmp_path)["lo"]).all_checked


def test_a_percent_encoded_sheet_target_is_followed(tmp_path):
    path = bomb_xlsx(tmp_path / "bomb.xlsx")
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/worksheets/sheet 1.xml"] = parts.pop("xl/worksheets/sheet1.xml")
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"worksheets/sheet1.xml", b"worksheets/sheet%201.xml")
    with zipfile.ZipFile(path, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    assert ss.measure_workbook(path)["台账"].box == "A1:XFD1048576"


def test_an_ordinary_xlsx_passes_on_an_upper_bound_and_a_bound_never_refuses(tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "ledger.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    for r in range(1, 120):
        ws.append([f"{r}-{c}" for c in range(30)])
    wb.save(path)
    bound = ss.check_workbook(path)["台账"]
    exact = ss.measure_workbook(path)["台账"]
    assert bound.bound and not exact.bound
    assert exact.box == "A1:AD119"
    assert bound.last_row >= exact.last_row and bound.last_col >= exact.last_col and bound.cells >= exact.cells
    far = ss.check_workbook(bomb_xlsx(tmp_path / "bomb.xlsx"))["台账"]  # over any bound: measured exactly
    assert not far.bound and far.box == "A1:XFD1048576"
    assert ss.check_workbook(path, limit=119 * 30 - 1)["台账"] == exact  # a bound over the limit is measured


def test_a_sheet_read_in_pieces_keeps_every_cell_at_its_row_and_column(tmp_path, monkeypatch, db):
    """The rows come from calamine's row iterator a few at a time (the GIL is released between
    pieces); the rows above a table that starts at C4 and the columns left of it stay in place, and
    a flag names the cell of the file, also in the last piece."""
    import python_calamine
    from openpyxl import Workbook

    from kjcg_desktop.domain.ip_numbers import check_digit

    monkeypatch.setattr(ss, "READ_PIECE_ROWS", 2)  # pieces of 2 rows: the 3 rows above the table span two of them
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws["C4"], ws["D4"], ws["E4"] = "成果名称", "申请号", "发明人"
    for i in range(7):
        digits = f"20221{i:07d}"
        good = check_digit(digits)
        bad = "0" if good != "0" else "1"
        ws.cell(5 + i, 3, f"一种装置{i}")
        ws.cell(5 + i, 4, f"{digits}.{bad if i == 6 else good}")
        ws.cell(5 + i, 5, "刘强")
    path = tmp_path / "offset.xlsx"
    wb.save(path)
    extent = ss.measure_workbook(path)["台账"]
    with python_calamine.CalamineWorkbook.from_path(str(path)) as book:
        rows = ss.read_sheet(book, "台账", extent)
    assert rows[:3] == [[], [], []]
    assert rows[3] == ["", "", "成果名称", "申请号", "发明人"]
    assert rows[10][2:] == ["一种装置6", f"20221{6:07d}.{rows[10][3][-1]}", "刘强"] and len(rows) == 11
    plan, batch = ei.import_file(db, path)
    assert batch is not None and len(plan.added) == 7
    flags = db.query("SELECT f.kind, f.cell FROM review_flags f JOIN achievements a ON a.id = f.achievement_id "
                     "WHERE a.name = '一种装置6'")
    assert [tuple(f) for f in flags] == [("check_digit", "台账!D11")]


def test_a_table_far_below_the_top_is_read_in_one_call(tmp_path, monkeypatch):
    """More blank cells above the table than the iterator should build: one call, same rows."""
    import python_calamine

    monkeypatch.setattr(ss, "MAX_PADDED_CELLS", 10)
    path = xlsx(tmp_path / "low.xlsx", {"B20": "名称", "C21": 2})
    extent = ss.measure_workbook(path)["台账"]
    with python_calamine.CalamineWorkbook.from_path(str(path)) as book:
        rows = ss.read_sheet(book, "台账", extent)
    assert len(rows) == 21 and rows[18] == [] and rows[19] == ["", "名称", ""] and rows[20] == ["", "", 2.0]


@pytest.mark.parametrize(("cells", "box"), [
    ({"A1": "名称", "B9": 1}, "A1:Z9"),
    ({"A1": "名称", "C10": 1, "B99": 2}, "A1:Z99"),
    ({"A1": "名称", "AA5": 1, "AZ3": 2, "B12345": 3}, "A1:AZ99999"),
    ({"A1": "名称", "Z1234567": 1}, "A1:Z9999999"),
])
def test_the_bound_holds_every_cell_and_grows_with_the_longest_row_number_and_widest_column(tmp_path, cells, box):
    path = xlsx(tmp_path / "b.xlsx", cells)
    with zipfile.ZipFile(path) as zf:
        bound = ss._bound_xlsx_sheet(zf, "xl/worksheets/sheet1.xml", "台账", ss.MAX_AREA_CELLS * 100)
    exact = ss.measure_workbook(path)["台账"]
    assert bound is not None and bound.bound and bound.box == box
    assert bound.last_row >= exact.last_row and bound.last_col >= exact.last_col and bound.cells >= exact.cells


@pytest.mark.parametrize("cells", [{"A1": "名称", "ABC1": 1}, {"A1": "名称", "A12345678": 1}])
def test_a_cell_outside_any_bound_sends_the_sheet_to_the_exact_measure(tmp_path, cells):
    path = xlsx(tmp_path / "b.xlsx", cells)
    with zipfile.ZipFile(path) as zf:
        assert ss._bound_xlsx_sheet(zf, "xl/worksheets/sheet1.xml", "台账", 1 << 62) is None


def test_a_cell_without_its_position_or_a_comment_sends_the_sheet_to_the_exact_measure(tmp_path):
    path = xlsx(tmp_path / "norefs.xlsx", {"A1": "名称", "B2": 1}, with_refs=False)
    with zipfile.ZipFile(path) as zf:
        assert ss._bound_xlsx_sheet(zf, "xl/worksheets/sheet1.xml", "台账", 1 << 62) is None
    path = xlsx(tmp_path / "comment.xlsx", {"A1": "名称", "B2": "注释<!-- x -->"})
    with zipfile.ZipFile(path) as zf:
        assert ss._bound_xlsx_sheet(zf, "xl/worksheets/sheet1.xml", "台账", 1 << 62) is None


@pytest.mark.parametrize("kind", ["ods", "xls"])
def test_an_ods_or_xls_table_below_and_right_of_a1_is_read_in_pieces_at_its_place(tmp_path, monkeypatch, kind):
    import python_calamine

    monkeypatch.setattr(ss, "READ_PIECE_ROWS", 2)
    if kind == "ods":
        rows = [ods_row(ods_empty(5))] * 3 + [ods_row(ods_empty(2) + ods_text("名称") + ods_text("申请号"))] + [
            ods_row(ods_empty(2) + ods_text(f"甲{i}") + ods_number(i)) for i in range(5)]
        path = ods(tmp_path / "t.ods", "".join(rows))
    else:
        cells: dict[tuple[int, int], object] = {(3, 2): "名称", (3, 3): "申请号"}
        cells.update({(4 + i, 2): f"甲{i}" for i in range(5)} | {(4 + i, 3): float(i) for i in range(5)})
        path = xls(tmp_path / "t.xls", cells)
    extents = ss.check_workbook(path)
    with python_calamine.CalamineWorkbook.from_path(str(path)) as book:
        rows_read = ss.read_sheet(book, "台账", extents)
    assert rows_read[:3] == [[], [], []] and rows_read[3] == ["", "", "名称", "申请号"]
    assert [r[2:] for r in rows_read[4:]] == [[f"甲{i}", i] for i in range(5)] and all(r[:2] == ["", ""] for r in rows_read[4:])
