"""Hostile and broken files an office or an attacker could hand the importer: each is built here,
and each gets a Chinese message naming the place (or is read right), never a traceback, a
runaway read or a half-done write."""

from __future__ import annotations

import resource
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from excel_helpers import app_no

from kjcg_desktop.services import excel_import as ei

ROOT = Path(__file__).resolve().parents[3]
LIMIT_BYTES = 1536 << 20
HEADER = ["专利名称", "申请号", "专利类型", "法律状态", "申请日", "发明人"]


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT_BYTES, LIMIT_BYTES))


def run_limited(code: str, *args: str) -> subprocess.CompletedProcess:
    """Python code in a child process that may use at most 1.5 GB of address space."""
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True,
                          timeout=300, preexec_fn=_limited, cwd=str(ROOT))


GUARDED_OPEN = """
    import sys
    from kjcg_desktop.services import excel_import as ei
    try:
        book = ei.open_workbook(sys.argv[1])
        print("READ", [len(book.rows(s)) for s in book.sheet_names])
    except ei.ImportFileError as exc:
        print("REFUSED", exc)
"""


def _db_bytes(db) -> bytes:
    return Path(db.path).read_bytes() if getattr(db, "path", None) and Path(str(db.path)).is_file() else b""


# -- CSV: a table too large for a sheet is refused while it is read ---------------------------------
def test_a_csv_line_of_millions_of_commas_is_refused_naming_the_line_within_a_memory_bound(tmp_path):
    path = tmp_path / "台账.csv"
    # 12 MB: a header, one real row, and a line of 6 million empty cells (every one a Python object)
    path.write_text(",".join(HEADER) + "\r\n" + f"一种装置,{app_no(2023, 1, 123456)},发明专利,有效,2023-05-06,王伟\r\n"
                    + "x," * 6_000_000 + "\r\n", encoding="utf-8")
    result = run_limited(GUARDED_OPEN, str(path))
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("REFUSED"), result.stdout[:300]
    assert "第 3 行有 6,000,001 列（以逗号分隔）" in result.stdout and "16,384 列" in result.stdout


def test_one_wide_line_above_many_short_rows_is_refused_not_padded_into_billions_of_cells(db, tmp_path):
    path = tmp_path / "台账.csv"
    # 4.6 MB: every row is read to the widest row's width, 100,001 × 16,001 cells
    path.write_text(",".join(HEADER) + "\r\n" + "一种装置," + ",".join(["x"] * 16_000) + "\r\n"
                    + "".join(f"装置{i},,发明专利,有效,2023-01-01,王伟\r\n" for i in range(100_000)), encoding="utf-8")
    result = run_limited(GUARDED_OPEN, str(path))
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("REFUSED"), result.stdout[:300]
    assert "16,001 列（最宽的是第 2 行）" in result.stdout
    before = db.one("SELECT COUNT(*) FROM achievements")[0]
    with pytest.raises(ei.ImportFileError, match="超出可导入的范围"):
        ei.import_file(db, path)
    assert db.one("SELECT COUNT(*) FROM achievements")[0] == before


def test_a_csv_of_more_cells_than_a_sheet_holds_is_refused(tmp_path):
    path = tmp_path / "导出.csv"
    path.write_text(",".join(HEADER) + "\r\n" + ("ab," * 9_000 + "\r\n") * 2_000, encoding="utf-8")
    with pytest.raises(ei.ImportFileError, match="超出可导入的范围（最多 16,777,216 个单元格"):
        ei.open_workbook(path)


def test_a_wide_but_ordinary_csv_is_still_read(tmp_path):
    path = tmp_path / "宽表.csv"
    path.write_text(",".join(HEADER + [f"扩展{i}" for i in range(300)]) + "\r\n"
                    + "".join(f"装置{i},,发明专利,有效,2023-01-01,王伟" + ",x" * 300 + "\r\n" for i in range(2_000)),
                    encoding="utf-8")
    book = ei.open_workbook(path)
    rows = book.rows(book.sheet_names[0])
    assert len(rows) == 2_001 and len(rows[1]) == 306


# -- a runaway cell is quoted short in its flag, kept whole in the cell's original ---------------------
def test_a_runaway_cell_is_not_quoted_whole_in_its_flag_nor_printed_whole(db_path, tmp_path, capsys):
    from kjcg_desktop import cli
    from kjcg_desktop.storage import open_database

    path = tmp_path / "导出.csv"
    runaway = "x" * 2_000_000  # a web system's export that wrote a document into the number column
    path.write_text(",".join(HEADER) + "\r\n" + f"一种装置,{runaway},发明专利,有效,2023-05-06,王伟\r\n", encoding="utf-8")
    assert cli.main(["--db", str(db_path), "--create", "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert max(map(len, out.splitlines())) < 1_500, "a flag line printed the whole cell"
    line = next(x for x in out.splitlines() if "待核对：" in x and "申请号" in x)
    assert "（共 2,000,000 字，原文见该单元格）" in line
    db = open_database(db_path)
    try:
        reason, original = db.one("SELECT reason, original FROM review_flags WHERE field = 'application_no'")
        assert len(reason) < 1_000 and original == runaway
        assert runaway in db.one("SELECT extra FROM achievements")[0]  # the record keeps the cell as written
    finally:
        db.close()


# -- invisible characters copied from a web page or a document -----------------------------------------
def test_zero_width_and_byte_order_marks_in_headers_and_cells_are_not_part_of_the_values(db, tmp_path):
    from excel_helpers import write_xlsx

    a, b = app_no(2023, 1, 123456), app_no(2022, 2, 654321)
    path = write_xlsx(tmp_path / "台账.xlsx", {"台账": [
        ["\ufeff专利名称", "申请号\u200b", "专利类型", "法律状态", "申请日", "发明人"],
        ["一种\u200b铝合金", "\u200b" + a, "发明专利", "有效\u2060", "2023-05-06\u200b", "王伟\u200b、李娜\ufeff"],
        ["一种夹持装置\u2028（第二版）", b, "实用新型", "实质审查", "2022-01-02", "\u202e刘强"],
    ]})
    plan, _ = ei.import_file(db, path)
    assert plan.flags == []
    got = {r[0]: tuple(r[1:]) for r in db.query(
        "SELECT name, application_no, filing_date, legal_status FROM achievements ORDER BY id")}
    assert got == {"一种铝合金": (a, "2023-05-06", "granted"), "一种夹持装置（第二版）": (b, "2022-01-02", "pending")}
    assert [r.inventors for r in plan.rows] == [["王伟", "李娜"], ["刘强"]]


def test_two_csv_exports_joined_into_one_file_skip_the_second_header(db, tmp_path):
    """``copy /b 一月.csv+二月.csv 全年.csv``: the second file's byte-order mark now stands before its header."""
    path = tmp_path / "全年.csv"
    part = ("\ufeff" + ",".join(HEADER) + "\r\n" + "{name},{no},发明专利,有效,2023-05-06,王伟\r\n")
    path.write_bytes((part.format(name="一种装置", no=app_no(2023, 1, 123456))
                      + part.format(name="一种方法", no=app_no(2023, 1, 222222))).encode("utf-8"))
    plan, _ = ei.import_file(db, path)
    assert sorted(r[0] for r in db.query("SELECT name FROM achievements")) == ["一种方法", "一种装置"]
    assert any(row == 3 for _sheet, row, _reason in plan.skipped)


# -- the lock file Excel, WPS and LibreOffice leave beside an open workbook ---------------------------
@pytest.mark.parametrize(("name", "data", "workbook"), [
    ("~$专利台账.xlsx", b"\x05" + "王伟".encode("utf-16-le").ljust(53, b" ") + b"\x00" * 111, "专利台账.xlsx"),
    (".~lock.专利台账.xlsx#", "王伟,DESKTOP-1,DESKTOP-1,06.12.2026 10:00,file:///C:/Users/wang/AppData;".encode(), "专利台账.xlsx"),
])
def test_an_office_lock_file_chosen_by_mistake_names_the_workbook_to_choose(tmp_path, name, data, workbook):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ei.ImportFileError) as caught:
        ei.open_workbook(path)
    assert "临时锁定文件" in str(caught.value) and f"“{workbook}”" in str(caught.value)


# -- a damaged workbook is described in Chinese, and nothing is written ---------------------------------
def _xlsxwriter_ledger(path: Path) -> Path:
    """A ledger as Excel writes it: text in the shared-string table, dates as numbers."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("台账")
    sheet.write_row(0, 0, HEADER)
    sheet.write_row(1, 0, ["一种铝合金的制备方法", app_no(2023, 1, 123456), "发明专利", "有效", "2023-05-06", "王伟、李娜"])
    sheet.write_row(2, 0, ["一种夹持装置", app_no(2022, 2, 654321), "实用新型", "实质审查", "2022-01-02", "刘强"])
    book.close()
    return path


def _rezip(src: Path, dst: Path, *, drop: str | None = None, replace: dict[str, bytes] | None = None,
           compression: int | None = None) -> Path:
    import zipfile

    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", compression or zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename != drop:
                zout.writestr(info.filename, (replace or {}).get(info.filename, zin.read(info.filename)))
    return dst


def _damaged(kind: str, tmp_path: Path) -> Path:
    import zipfile

    good = _xlsxwriter_ledger(tmp_path / "原件.xlsx")
    dst = tmp_path / "专利台账.xlsx"
    with zipfile.ZipFile(good) as z:
        sheet, strings = z.read("xl/worksheets/sheet1.xml"), z.read("xl/sharedStrings.xml")
    if kind == "bzip2":  # re-packed by an archiver that chose another method
        return _rezip(good, dst, compression=zipfile.ZIP_BZIP2)
    if kind == "no_rels":
        return _rezip(good, dst, drop="xl/_rels/workbook.xml.rels")
    if kind == "no_shared_strings":
        return _rezip(good, dst, drop="xl/sharedStrings.xml")
    if kind == "shared_index_past_end":
        return _rezip(good, dst, replace={"xl/worksheets/sheet1.xml": sheet.replace(b'r="B2" t="s"><v>7</v>', b'r="B2" t="s"><v>999</v>')})
    if kind == "gbk_strings":
        text = strings.decode().replace('encoding="UTF-8"', 'encoding="GB2312"')
        return _rezip(good, dst, replace={"xl/sharedStrings.xml": text.encode("gb18030")})
    if kind == "boolean_of_two":  # a logical cell holding 2
        return _rezip(good, dst, replace={"xl/worksheets/sheet1.xml": sheet.replace(b'r="B2" t="s"><v>7</v>', b'r="B2" t="b"><v>2</v>')})
    if kind == "ods_without_manifest":
        ods = _ods_two_tables_of_one_name(tmp_path / "原件.ods")
        return _rezip(ods, tmp_path / "专利台账.ods", drop="META-INF/manifest.xml")
    assert kind == "nul_reference"
    return _rezip(good, dst, replace={"xl/sharedStrings.xml": strings.replace("刘强".encode(), "刘&#0;强".encode())})


@pytest.mark.parametrize(("kind", "said"), [
    ("bzip2", "压缩方式（bzip2）"),
    ("no_rels", "缺少必需的部件 xl/_rels/workbook.xml.rels"),
    ("no_shared_strings", "工作表“台账”：文件已损坏或不完整，单元格 A1 引用了共享字符串表中不存在的文字"),
    ("shared_index_past_end", "单元格 B2 引用了共享字符串表中不存在的文字"),
    ("gbk_strings", "XML 不是 UTF-8 编码"),
    ("nul_reference", "XML 含有不允许的字符"),
    ("ods_without_manifest", "缺少必需的部件 META-INF/manifest.xml"),
    ("boolean_of_two", "有单元格的值与其类型不符（“2”）"),
])
def test_a_damaged_workbook_is_described_in_chinese_naming_the_place_and_nothing_is_written(db, tmp_path, kind, said):
    path = _damaged(kind, tmp_path)
    assert "B2" not in said or b'<v>999</v>' in __import__("zipfile").ZipFile(path).read("xl/worksheets/sheet1.xml")
    before, count = _db_bytes(db), db.one("SELECT COUNT(*) FROM achievements")[0]
    with pytest.raises(ei.ImportFileError) as caught:
        ei.import_file(db, path)
    message = str(caught.value)
    assert said in message, message
    assert not any(word in message for word in ("not", "found", "compression", "decode", "invalid", "error")), message
    assert db.one("SELECT COUNT(*) FROM achievements")[0] == count and _db_bytes(db) == before


# -- the separator: the one that splits the rows into the same columns ---------------------------------
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-8-sig"])
def test_excels_unicode_text_with_commas_and_line_breaks_in_cells_is_split_on_its_tabs(db, tmp_path, encoding):
    """Excel's "Unicode 文本 (*.txt)": UTF-16, tab-separated, a cell with a line break quoted."""
    import csv
    import io

    rows = [["专利名称", "申请号", "发明人", "摘要"],
            ["一种装置", app_no(2023, 1, 123456), "王伟,李娜", "本发明涉及一种装置,包括：底座,支架;\n以及\"顶盖\",其特征在于,……"],
            ["一种方法", app_no(2023, 1, 222222), "刘强, 张敏", "方法,步骤一,步骤二\n步骤三,完成"]]
    text = io.StringIO()
    csv.writer(text, delimiter="\t", lineterminator="\r\n").writerows(rows)
    path = tmp_path / "专利台账.txt"
    path.write_bytes(text.getvalue().encode(encoding))
    plan, _ = ei.import_file(db, path)
    assert sorted((r.values["name"], tuple(r.inventors or ())) for r in plan.rows) == [
        ("一种方法", ("刘强", "张敏")), ("一种装置", ("王伟", "李娜"))]
    assert db.one("SELECT COUNT(*) FROM achievements")[0] == 2


def test_a_pipe_separated_export_is_read(db, tmp_path):
    path = tmp_path / "导出.csv"
    path.write_text("\r\n".join("|".join(r) for r in [HEADER, ["一种装置", app_no(2023, 1, 123456), "发明专利", "有效",
                                                               "2023-05-06", "王伟、李娜"]]) + "\r\n", encoding="utf-8")
    ei.import_file(db, path)
    assert tuple(db.one("SELECT name, application_no FROM achievements")) == ("一种装置", app_no(2023, 1, 123456))


# -- two sheets of one name: one would be read twice and the other never --------------------------------
def _ods_two_tables_of_one_name(path: Path) -> Path:

    def row(values: list[str]) -> str:
        return "<table:table-row>" + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>' for v in values) + "</table:table-row>"

    tables = "".join(f'<table:table table:name="台账">{row(HEADER)}{row(values)}</table:table>' for values in (
        ["一种铝合金", app_no(2023, 1, 123456), "发明专利", "有效", "2023-05-06", "王伟"],
        ["一种夹持装置", app_no(2022, 2, 654321), "实用新型", "有效", "2022-01-02", "刘强"]))
    return _ods_of_tables(path, tables)


def _ods_of_tables(path: Path, tables: str) -> Path:
    """An .ods whose content is ``tables`` (table:table elements), with its mimetype and manifest."""
    import zipfile

    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                   'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
                   'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                   '</manifest:manifest>', zipfile.ZIP_DEFLATED)
    return path


def _xlsx_two_sheets_of_one_name(path: Path) -> Path:
    import zipfile

    from excel_helpers import write_xlsx

    good = write_xlsx(path.with_name("原件.xlsx"), {
        "台账": [HEADER, ["一种铝合金", app_no(2023, 1, 123456), "发明专利", "有效", "2023-05-06", "王伟"]],
        "台账2": [HEADER, ["一种夹持装置", app_no(2022, 2, 654321), "实用新型", "有效", "2022-01-02", "刘强"]]})
    with zipfile.ZipFile(good) as z:
        book = z.read("xl/workbook.xml").replace('name="台账2"'.encode(), 'name="台账"'.encode())
    return _rezip(good, path, replace={"xl/workbook.xml": book})


@pytest.mark.parametrize(("name", "build"), [("台账.ods", _ods_two_tables_of_one_name), ("台账.xlsx", _xlsx_two_sheets_of_one_name)])
def test_two_sheets_of_one_name_are_refused_not_one_read_twice(db, tmp_path, name, build):
    path = build(tmp_path / name)
    with pytest.raises(ei.ImportFileError, match="2 个同名的工作表“台账”"):
        ei.import_file(db, path)
    assert db.one("SELECT COUNT(*) FROM achievements")[0] == 0


# -- a file with a header and no data ------------------------------------------------------------------
def test_a_header_only_file_is_not_said_to_agree_with_the_ledger(db_path, tmp_path, capsys):
    from kjcg_desktop import cli

    path = tmp_path / "空模板.csv"
    path.write_text(",".join(HEADER) + "\r\n", encoding="utf-8")
    assert cli.main(["--db", str(db_path), "--create", "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "文件中没有数据行（只有表头）" in out and "一致" not in out


# -- an XML part in UTF-16: the entity check read its bytes as ASCII and the reader saw an empty sheet ----
@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"])
def test_a_utf16_xml_part_with_an_entity_declaration_is_refused_not_read_as_empty(db, tmp_path, part):
    import zipfile

    good = _xlsxwriter_ledger(tmp_path / "原件.xlsx")
    with zipfile.ZipFile(good) as z:
        body = z.read(part).decode().split("?>", 1)[1]
    text = ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' + body)
    path = _rezip(good, tmp_path / "专利台账.xlsx", replace={part: text.encode("utf-16")})
    with pytest.raises(ei.ImportFileError) as caught:
        ei.import_file(db, path)
    assert f"部件 {part} 是 UTF-16 编码的 XML" in str(caught.value)
    assert db.one("SELECT COUNT(*) FROM achievements")[0] == 0


# -- a line break in an unquoted cell (a web system's export) -------------------------------------------
def test_a_record_cut_by_line_breaks_in_unquoted_cells_is_read_as_one_row_and_said(db, tmp_path):
    a, b, c = app_no(2023, 1, 123456), app_no(2022, 2, 654321), app_no(2021, 1, 111111)
    path = tmp_path / "系统导出.csv"
    path.write_bytes(("专利名称,申请号,专利类型,法律状态,申请日,发明人,备注\r\n"
                      f"一种铝合金,{a},发明专利,有效,2023-05-06,王伟,\r\n"
                      f"一种夹持装置,{b},实用新型,实质审查,2022-01-02,刘强\n李娜,第一行\n第二行\n第三行\r\n"
                      f"检测系统,{c},发明专利,驳回,2021-03-04,赵磊,无\r\n").encode())
    plan, _ = ei.import_file(db, path)
    assert sorted(r[0] for r in db.query("SELECT name FROM achievements")) == ["一种夹持装置", "一种铝合金", "检测系统"]
    row = next(r for r in plan.rows if r.values["name"] == "一种夹持装置")
    assert row.row == 3 and row.inventors == ["刘强", "李娜"]
    assert row.values["extra"]["备注"] == "第一行\n第二行\n第三行"
    assert next(r for r in plan.rows if r.values["name"] == "检测系统").row == 7  # as Excel numbers it
    assert any("第 3–6 行" in n and "没有加引号" in n for n in plan.notices)


def test_short_rows_of_a_file_that_leaves_out_empty_cells_are_not_joined(tmp_path):
    """Rows whose cells only add up by chance: most rows are short too, so no width stands out."""
    path = tmp_path / "导出.csv"
    path.write_text("名称,申请号,类型,状态,日期,发明人\r\n甲,1,发明\r\n乙,2,发明,有效\r\n丙,3\r\n丁,4,发明,有效,2023-01-01\r\n",
                    encoding="utf-8")
    book = ei.open_workbook(path)
    assert [len(r) for r in book.rows(book.sheet_names[0])] == [6, 3, 4, 2, 5] and book.notices == []


def test_two_numbered_records_that_leave_out_their_last_cells_are_not_joined(tmp_path):
    """Rows 2 and 3 each leave out empty cells and would add up to a whole row, but each starts with its
    序号: two records, not one cut by a line break."""
    header = "序号,名称,申请号,类型,状态,日期,发明人,备注"
    full = [f"{n},成果{n},20231012345{n}.1,发明,有效,2023-01-0{n},王伟," for n in range(1, 6)]
    path = tmp_path / "导出.csv"
    path.write_text("\r\n".join([header, full[0], "6,成果6,202310123456.1", "7,成果7,202310123457.1,发明,有效,2023-01-07",
                                   *full[1:]]) + "\r\n", encoding="utf-8")
    book = ei.open_workbook(path)
    assert [len(r) for r in book.rows(book.sheet_names[0])] == [8, 7, 3, 6, 7, 7, 7, 7] and book.notices == []


def test_two_records_of_an_export_that_leaves_out_trailing_empty_cells_are_not_joined(db, tmp_path):
    """Excel leaves the separators of a row's empty last cells out after its first rows, and so do
    scripts that write only the filled cells: a row of five cells and the next of three add up to the
    seven columns by chance. The second starts with an application number as every row does and
    its number would land in the first one's 申请日: two records, not one cut by a line break."""
    header = "申请号,专利名称,专利类型,法律状态,申请日,发明人,备注"
    full = [f"{app_no(2023, 1, 100000 + n)},成果{n},发明专利,有效,2023-01-0{n},王伟,无" for n in range(1, 9)]
    a, b = app_no(2023, 1, 222222), app_no(2023, 2, 333333)
    path = tmp_path / "导出.csv"
    path.write_bytes("\r\n".join([header, *full[:4], f"{a},一种方法,发明专利,实质审查,2023-02-01",
                                   f"{b},一种装置,实用新型", *full[4:]]).encode("gbk") + b"\r\n")
    plan, _ = ei.import_file(db, path)
    got = dict(db.query("SELECT application_no, name FROM achievements"))
    assert got[a] == "一种方法" and got[b] == "一种装置" and len(got) == 10
    assert not any("没有加引号" in n for n in plan.notices)


def test_a_record_of_only_a_name_and_a_number_below_a_short_one_is_not_joined_to_it(db, tmp_path):
    """The first column is a name, so nothing tells the second line from more of a cell but the
    application number it would put under 备注, a column that holds none."""
    header = "专利名称,申请号,专利类型,法律状态,申请日,发明人,备注"
    full = [f"成果{n},{app_no(2023, 1, 100000 + n)},发明专利,有效,2023-01-0{n},王伟,无" for n in range(1, 9)]
    a, b = app_no(2023, 1, 222222), app_no(2023, 2, 333333)
    path = tmp_path / "导出.csv"
    path.write_bytes("\r\n".join([header, *full[:4], f"一种方法,{a},发明专利,实质审查,2023-02-01,刘强",
                                   f"一种装置,{b}", *full[4:]]).encode("utf-8-sig") + b"\r\n")
    plan, _ = ei.import_file(db, path)
    got = dict(db.query("SELECT application_no, name FROM achievements"))
    assert got[a] == "一种方法" and got[b] == "一种装置" and len(got) == 10
    assert next(r for r in plan.rows if r.values["name"] == "一种方法").inventors == ["刘强"]


def test_a_record_cut_in_a_numbered_table_is_still_joined_when_its_pieces_start_with_figures(tmp_path):
    """序号 in the first column, and 发明人 cut after its first name with the next line starting with
    a year (2023级), then a 备注 whose second line starts with 2. (no 序号 of its own): one record."""
    header = "序号,专利名称,申请号,专利类型,法律状态,申请日,发明人,备注"
    full = [f"{n},成果{n},{app_no(2023, 1, 100000 + n)},发明专利,有效,2023-01-0{n},王伟," for n in range(1, 9)]
    path = tmp_path / "导出.csv"
    path.write_text("\r\n".join([header, *full[:4], f"9,一种装置,{app_no(2023, 1, 222222)},发明专利,有效,2023-02-01,刘强",
                                   "2023级研究生李娜,1.年费", "2.代理费", *full[4:]]) + "\r\n", encoding="utf-8")
    book = ei.open_workbook(path)
    rows = book.rows(book.sheet_names[0])
    assert rows[5][-2:] == ["刘强\n2023级研究生李娜", "1.年费\n2.代理费"] and rows[6] == rows[7] == []
    assert [len(r) for r in rows] == [8, 7, 7, 7, 7, 8, 0, 0, 7, 7, 7, 7]


# -- LibreOffice's flat XML spreadsheet (.fods) ----------------------------------------------------------
def _fods(rows_xml: str, prolog: str = "") -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>' + prolog +
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
            '<office:meta/><office:settings/><office:styles/><office:automatic-styles/>'
            '<office:body><office:spreadsheet><table:table table:name="台账">'
            '<table:table-column table:number-columns-repeated="6"/>'
            f"{rows_xml}</table:table></office:spreadsheet></office:body></office:document>")


def _fods_row(values: list[str]) -> str:
    return "<table:table-row>" + "".join(
        f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>' for v in values) + "</table:table-row>"


def test_a_flat_xml_spreadsheet_is_read_as_the_ods_it_is_and_its_copy_removed(db, tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    path = tmp_path / "专利台账.fods"
    path.write_text(_fods(_fods_row(HEADER) + _fods_row(["一种铝合金", app_no(2023, 1, 123456), "发明专利", "有效", "2023-05-06", "王伟、李娜"])
                          + '<table:table-row table:number-rows-repeated="1048574"><table:table-cell '
                            'table:number-columns-repeated="1024"/></table:table-row>'), encoding="utf-8")
    plan, _ = ei.import_file(db, path)
    assert tuple(db.one("SELECT name, application_no, filing_date FROM achievements")) == (
        "一种铝合金", app_no(2023, 1, 123456), "2023-05-06")
    assert plan.rows[0].inventors == ["王伟", "李娜"]
    assert list((tmp_path / "tmp").iterdir()) == []


@pytest.mark.parametrize(("body", "prolog", "said"), [
    (_fods_row(HEADER) + '<table:table-row table:number-rows-repeated="2000"><table:table-cell '
     'table:number-columns-repeated="16000" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>',
     "", "超出可导入的范围"),
    (_fods_row(HEADER), '<!DOCTYPE x [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>', "XML 实体声明"),
])
def test_a_hostile_flat_xml_spreadsheet_is_refused_like_an_ods(tmp_path, body, prolog, said):
    path = tmp_path / "台账.fods"
    path.write_text(_fods(body, prolog), encoding="utf-8")
    result = run_limited(GUARDED_OPEN, str(path))
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("REFUSED") and said in result.stdout, result.stdout[:500]


# -- .xlsb: a few cells far from the table are read apart, as in an .xlsx ---------------------------------
def test_an_xlsb_ledger_with_a_far_cell_is_imported_and_the_far_cell_listed(db, tmp_path):
    from excel_helpers import write_xlsb

    row = ["一种铝合金", app_no(2023, 1, 123456), "发明专利", "有效", "2023-05-06", "王伟、李娜"]
    path = write_xlsb(tmp_path / "专利台账.xlsb", {"台账": [HEADER, row]},
                      far_cells={"台账": [(1_048_575, 16_383, "Ctrl+End 后误填"), (1, 16_000, "第2行的远处备注")]})
    result = run_limited(GUARDED_OPEN, str(path))
    assert result.returncode == 0 and result.stdout.startswith("READ [2]"), result.stdout[:500] + result.stderr[-1500:]
    plan, _ = ei.import_file(db, path)
    assert tuple(db.one("SELECT name, application_no FROM achievements")) == ("一种铝合金", app_no(2023, 1, 123456))
    from kjcg_desktop.services.sheet_scan import cell_name

    assert sorted(plan.stray_cells) == [("台账", cell_name(1, 16_000), "第2行的远处备注"), ("台账", "XFD1048576", "Ctrl+End 后误填")]
    assert any(f.cell.startswith("台账!") and "第2行的远处备注" in f.original for f in plan.rows[0].flags)  # kept with its record


def test_an_xlsb_of_many_scattered_far_cells_is_still_refused(tmp_path):
    from excel_helpers import write_xlsb

    far = [(r, 16_383, "x") for r in range(10_000, 1_048_000, 900)]  # 1,153 cells down the last column
    path = write_xlsb(tmp_path / "台账.xlsb", {"台账": [HEADER]}, far_cells={"台账": far})
    with pytest.raises(ei.ImportFileError, match="超出可导入的范围"):
        ei.open_workbook(path).rows("台账")


def test_xlsb_records_are_written_back_as_read_and_far_values_decoded():
    import struct

    from kjcg_desktop.services import sheet_scan_stray_xlsb as sx

    assert sx.record_bytes(0x00, b"") == b"\x00\x00"
    assert sx.record_bytes(0x9C, bytes(200)) == b"\x9c\x01\xc8\x01" + bytes(200)  # two-byte type and size
    cell = struct.pack("<II", 5, 0)
    assert sx._value_text(0x02, cell + struct.pack("<I", (1234 << 2) | 2), []) == "1234"          # RK integer
    assert sx._value_text(0x02, cell + struct.pack("<I", (12345 << 2) | 3), []) == "123.45"       # RK integer / 100
    assert sx._value_text(0x05, cell + struct.pack("<d", 45052.0), []) == "45052"
    assert sx._value_text(0x07, cell + struct.pack("<I", 1), ["甲", "远处的文字"]) == "远处的文字"
    assert sx._value_text(0x07, cell + struct.pack("<I", 9), ["甲"]) == ""
    assert sx._value_text(0x04, cell + b"\x01", []) == "TRUE"


def test_a_comma_export_with_bars_in_every_row_and_a_damaged_row_stays_split_on_commas(tmp_path):
    """PatSnap writes several inventors as 王伟 | 李娜; three rows with an unquoted comma in their titles."""
    rows = [",".join(HEADER)] + [f"装置{i},{app_no(2023, 1, 100000 + i)},发明专利,有效,2023-05-06,王伟 | 李娜" for i in range(15)]
    rows += [f"一种装置{i},含逗号,{app_no(2023, 1, 222222 + i)},发明专利,有效,2023-05-06,刘强 | 张敏" for i in range(3)]
    path = tmp_path / "导出.csv"
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    book = ei.open_workbook(path)
    read = book.rows(book.sheet_names[0])
    assert read[0] == HEADER and read[1][5] == "王伟 | 李娜" and len(read[-1]) == 7


# -- an .ods saved with a password -------------------------------------------------------------------------
def test_a_password_protected_ods_says_so_not_that_it_is_damaged(db, tmp_path):
    import os
    import zipfile

    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="3432">'
                '<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" '
                'manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" '
                'manifest:initialisation-vector="AAAA"/><manifest:key-derivation manifest:key-derivation-name="PBKDF2" '
                'manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="AAAA"/></manifest:encryption-data>'
                "</manifest:file-entry></manifest:manifest>")
    path = tmp_path / "专利台账（加密）.ods"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", os.urandom(3000))  # AES ciphertext
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    with pytest.raises(ei.ImportFileError) as caught:
        ei.import_file(db, path)
    assert "受密码保护" in str(caught.value) and "损坏" not in str(caught.value)


@pytest.mark.parametrize("kind", ["ods", "xlsx"])
def test_a_part_cut_in_half_inside_a_whole_zip_is_named_in_chinese(db, tmp_path, kind):
    import zipfile

    if kind == "ods":
        good, member = _ods_two_tables_of_one_name(tmp_path / "原件.ods"), "content.xml"
    else:
        good, member = _xlsxwriter_ledger(tmp_path / "原件.xlsx"), "xl/workbook.xml"
    with zipfile.ZipFile(good) as z:
        data = z.read(member)
    path = _rezip(good, tmp_path / f"专利台账.{kind}", replace={member: data[: len(data) // 2]})
    with pytest.raises(ei.ImportFileError) as caught:
        ei.import_file(db, path)
    message = str(caught.value)
    assert f"部件 {member}" in message and "不是完整有效的 XML" in message, message
    assert not any(word in message for word in ("expected", "found", "line", "Premature", "error")), message


# -- an .ods cell with a line break (Shift+Enter) or a tab ---------------------------------------------------
def test_line_breaks_inside_an_ods_cell_part_the_names_as_in_the_file(db, tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()

    def cell(xml: str) -> str:
        return f'<table:table-cell office:value-type="string"><text:p>{xml}</text:p></table:table-cell>'

    row = "".join(cell(v) for v in ["一种铝合金<text:line-break/>（第二版）", app_no(2023, 1, 123456), "发明专利", "有效",
                                     "2023-05-06", "王伟<text:line-break/>李娜<text:line-break/><text:span>张敏</text:span>"])
    header = "".join(cell(h) for h in HEADER)
    path = _ods_of_tables(tmp_path / "专利台账.ods", '<table:table table:name="台账">'
                          f"<table:table-row>{header}</table:table-row><table:table-row>{row}</table:table-row>"
                          "</table:table>")
    plan, _ = ei.import_file(db, path)
    assert plan.rows[0].inventors == ["王伟", "李娜", "张敏"]
    assert db.one("SELECT name FROM achievements")[0] == "一种铝合金（第二版）"
    assert list((tmp_path / "tmp").iterdir()) == []
