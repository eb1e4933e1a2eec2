"""Files as offices hand them over: locked by the program that has them open, cut short by a
download, a web system's CSV saved under an Excel name, .xlsb, hidden helper sheets, headers over
three rows, undecodable bytes in a CSV — each shaped like the real file."""

from __future__ import annotations

import builtins
import errno
import io

import pytest
from excel_helpers import rows_by_name, write_xlsb, write_xlsx

from kjcg_desktop import cli
from kjcg_desktop.services import excel_import as ei

HEADER = ["序号", "专利名称", "专利类型", "申请号", "申请日", "法律状态", "发明人", "所属学院"]
ROWS = [
    [1, "一种高强度铝合金的制备方法", "发明专利", "202310123451.3", "2023-05-06", "实质审查", "王伟", "材料学院"],
    [2, "一种夹持装置", "实用新型", "202320654322.2", "2023-06-01", "授权", "刘强", "机械学院"],
    [3, "检测系统及方法", "发明专利", "202210333333.0", "2022-03-04", "有效", "赵磊", "电子学院"],
]


def _csv(rows: list[list], delimiter: str = ",") -> str:
    return "".join(delimiter.join(str(v) for v in row) + "\r\n" for row in rows)


@pytest.fixture
def locked(monkeypatch):
    """Make opening the given files fail as Windows fails while Excel or WPS has a workbook open
    (a sharing violation: PermissionError, errno 13), whoever runs the test (root reads anything)."""
    paths: set[str] = set()
    real_open = builtins.open

    def fake_open(file, *args, **kwargs):
        if str(file) in paths:
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(io, "open", fake_open)
    return paths


# -- a file another program holds open, or without read permission -------------------------------
@pytest.mark.parametrize("name", ["台账.xlsx", "台账.csv", "台账.xls"])
def test_a_file_locked_by_excel_says_so_and_what_to_do(tmp_path, locked, name):
    path = tmp_path / name
    if name.endswith(".csv"):
        path.write_text(_csv([HEADER, *ROWS]), encoding="gbk")
    else:
        write_xlsx(tmp_path / "src.xlsx", {"台账": [HEADER, *ROWS]}).rename(path)
        if name.endswith(".xls"):  # a web export saved as .xls: an HTML table
            path.write_text("<html><body><table><tr><td>专利名称</td><td>申请号</td></tr></table></body></html>",
                            encoding="utf-8")
    locked.add(str(path))
    with pytest.raises(ei.ImportFileError) as info:
        ei.open_workbook(path)
    message = str(info.value)
    assert name in message and "权限" in message and "其他程序" in message and "关闭" in message
    assert "损坏" not in message


def test_the_cli_names_a_locked_input_as_unreadable_not_unwritable(db_path, tmp_path, locked, capsys):
    path = write_xlsx(tmp_path / "专利 台账（最终版）.xlsx", {"台账": [HEADER, *ROWS]})
    locked.add(str(path))
    assert cli.main(["--db", str(db_path), "--create", "import", str(path), "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert "专利 台账（最终版）.xlsx" in err and "读取" in err and "写入" not in err and "Traceback" not in err


def test_the_cli_cuts_a_runaway_cell_in_its_flag_lines(db_path, tmp_path, capsys):
    """A title pasted with a whole document behind it: the terminal line says how long it is,
    the record keeps it whole."""
    title = "一种检测方法" + "长" * 20_000
    path = write_xlsx(tmp_path / "台账.xlsx", {"台账": [HEADER, [1, title, "发明专利", "202310123451.4", "2023-05-06",
                                                                 "实质审查", "王伟", "材料学院"]]})
    assert cli.main(["--db", str(db_path), "--create", "import", str(path)]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "待核对：" in x)
    assert "（共 20,006 字）" in line and len(line) < 400


# -- a download cut short -------------------------------------------------------------------------
def test_a_truncated_xlsx_says_it_is_incomplete_in_chinese_only(db, tmp_path):
    data = write_xlsx(tmp_path / "full.xlsx", {"台账": [HEADER, *ROWS] * 20}).read_bytes()
    path = tmp_path / "专利台账（下载中断）.xlsx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ei.ImportFileError) as info:
        ei.import_file(db, path)
    message = str(info.value)
    assert "不完整" in message and "重新下载" in message
    assert not any(word in message for word in ("File is not", "zip file", "Bad"))  # no English from the library
    assert db.scalar("SELECT count(*) FROM achievements") == 0


# -- a web system's CSV saved under an Excel name --------------------------------------------------
@pytest.mark.parametrize(("name", "encoding"), [("专利导出.xlsx", "gbk"), ("专利导出.xlsx", "utf-8-sig"), ("专利导出.et", "gbk")])
def test_csv_text_downloaded_as_xlsx_is_read_as_csv(db, tmp_path, name, encoding):
    path = tmp_path / name
    path.write_bytes(_csv([HEADER, *ROWS]).encode(encoding))
    plan, _ = ei.import_file(db, path)
    assert len(plan.added) == 3
    assert rows_by_name(db)["一种夹持装置"]["application_no"] == "202320654322.2"


# -- .xlsb (Excel binary workbook) -----------------------------------------------------------------------
def test_an_xlsb_ledger_is_measured_and_imported(db, tmp_path):
    path = write_xlsb(tmp_path / "专利台账.xlsb", {"说明": [["本表由技术转移中心维护"]], "专利台账": [HEADER, *ROWS]})
    plan, _ = ei.import_file(db, path)
    assert len(plan.added) == 3
    clamp = rows_by_name(db)["一种夹持装置"]
    assert (clamp["application_no"], clamp["type"], clamp["department"]) == ("202320654322.2", "utility_model", "机械学院")


def test_a_tiny_xlsb_naming_the_last_cell_is_read_without_it(tmp_path):
    """As an .xlsx: the sheet is read without the far cell, which is listed (many far cells are
    still refused: test_import_hostile_files)."""
    path = write_xlsb(tmp_path / "far.xlsb", {"台账": [HEADER, ROWS[0]]},
                      far_cells={"台账": [(1_048_575, 16_383, "x")]})
    assert path.stat().st_size < 4096
    book = ei.open_workbook(path)
    try:
        assert len(book.rows("台账")) == 2 and book.stray_cells == {"台账": [("XFD1048576", "x")]}
    finally:
        book.close()


def test_a_damaged_xlsb_record_stream_is_named_not_a_traceback(tmp_path):
    import zipfile

    path = write_xlsb(tmp_path / "cut.xlsb", {"台账": [HEADER, *ROWS]})
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/worksheets/sheet1.bin"] = parts["xl/worksheets/sheet1.bin"][:-9] + b"\x86\xff\xff\xff\x7f"  # a record claiming 256 MB
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    with pytest.raises(ei.ImportFileError, match="cut.xlsb.*另存为 .xlsx"):
        ei.open_workbook(path).rows("台账")


# -- sheets hidden in Excel ---------------------------------------------------------------------------
def hidden_sheet_ledger(path):
    """An office template as Excel 2003/2010 users keep it: a hidden first sheet with the drop-down
    lists (专利类型, 所属学院), the ledger, and a very hidden sheet a macro uses."""
    import openpyxl

    wb = openpyxl.Workbook()
    lists = wb.active
    lists.title = "下拉选项"
    for row in [["专利类型", "所属学院"], ["发明专利", "材料学院"], ["实用新型", "机械学院"], ["外观设计", "电子学院"]]:
        lists.append(row)
    lists.sheet_state = "hidden"
    ledger = wb.create_sheet("专利台账")
    for row in [HEADER, *ROWS]:
        ledger.append(row)
    secret = wb.create_sheet("校验")
    secret.append(["专利名称", "申请号"])
    secret.append(["旧模板校验行", "202010000001.5"])
    secret.sheet_state = "veryHidden"
    wb.active = 1
    wb.save(path)
    return path


def test_hidden_sheets_are_left_out_and_named(db, tmp_path):
    path = hidden_sheet_ledger(tmp_path / "专利台账模板.xlsx")
    plan, _ = ei.import_file(db, path)
    assert [lay.sheet for lay in plan.layouts] == ["专利台账"]
    assert sorted(rows_by_name(db)) == sorted(r[1] for r in ROWS)  # no "（未命名）下拉选项第2行"
    assert plan.hidden_sheets == ["下拉选项", "校验"] and plan.summary()["hidden_sheets"] == ["下拉选项", "校验"]


def test_the_import_report_lists_the_hidden_sheets_left_out(db_path, tmp_path, capsys):
    import openpyxl

    path = hidden_sheet_ledger(tmp_path / "专利台账模板.xlsx")
    report = tmp_path / "报告.xlsx"
    assert cli.main(["--db", str(db_path), "--create", "import", str(path), "--report", str(report)]) == 0
    assert "未导入 0 行、隐藏的工作表 2 个" in capsys.readouterr().out
    rows = list(openpyxl.load_workbook(report)["未导入的行"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1]) for r in rows] == [("下拉选项", None), ("校验", None)]
    assert all("隐藏的工作表" in r[2] for r in rows)


def test_a_hidden_sheet_named_is_imported_and_the_cli_names_the_rest(db_path, tmp_path, capsys):
    path = hidden_sheet_ledger(tmp_path / "专利台账模板.xlsx")
    assert cli.main(["--db", str(db_path), "--create", "import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "隐藏的工作表未导入：“下拉选项”、“校验”" in out and "--sheet" in out
    assert cli.main(["--db", str(db_path), "import", str(path), "--sheet", "校验", "--dry-run"]) == 0
    assert "将新增 1 条" in capsys.readouterr().out


def test_a_workbook_whose_only_ledger_is_hidden_says_so(db, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "封面"
    wb.active["A1"] = "上海示范大学专利台账"
    old = wb.create_sheet("2019年台账")
    for row in [HEADER, *ROWS]:
        old.append(row)
    old.sheet_state = "hidden"
    wb.save(tmp_path / "旧台账.xlsx")
    with pytest.raises(ei.ImportFileError, match="隐藏的工作表“2019年台账”"):
        ei.import_file(db, tmp_path / "旧台账.xlsx")


# -- a header over three merged rows ----------------------------------------------------------------
def three_row_header_ledger(path):
    """成果信息 | 申请信息 over their columns, 申请 merged over 申请号 | 申请日, the rest merged down."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    top = ["序号", "成果信息", None, None, "申请信息", None, None, "发明人", "所属学院"]
    middle = [None, "专利名称", "专利类型", "法律状态", "申请", None, "备注", None, None]
    bottom = [None, None, None, None, "申请号", "申请日", None, None, None]
    for r, values in enumerate((top, middle, bottom), 1):
        for c, v in enumerate(values, 1):
            if v is not None:
                ws.cell(r, c, v)
    for cells in ("A1:A3", "B1:D1", "E1:G1", "H1:H3", "I1:I3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3"):
        ws.merge_cells(cells)
    for row in ROWS:
        ws.append([row[0], row[1], row[2], row[5], row[3], row[4], None, row[6], row[7]])
    wb.save(path)
    return path


def test_a_header_over_three_merged_rows_maps_every_column(db, tmp_path):
    plan, _ = ei.import_file(db, three_row_header_ledger(tmp_path / "三行表头.xlsx"))
    (layout,) = plan.layouts
    assert layout.header_rows == [1, 2, 3] and layout.data_start == 3
    mapping = layout.mapping_dict()
    assert (mapping["申请号"], mapping["申请日"], mapping["专利名称"]) == ("application_no", "filing_date", "name")
    rows = rows_by_name(db)
    assert sorted(rows) == sorted(r[1] for r in ROWS)  # the third header row is no record
    assert (rows["一种夹持装置"]["application_no"], rows["一种夹持装置"]["filing_date"]) == ("202320654322.2", "2023-06-01")


def test_three_header_rows_can_be_chosen_by_hand(tmp_path):
    book = ei.open_workbook(three_row_header_ledger(tmp_path / "三行表头.xlsx"))
    layout = ei.layout_at("台账", book.rows("台账"), [1, 2, 3])
    assert layout.headers[:6] == ["序号", "专利名称", "专利类型", "法律状态", "申请号", "申请日"] and layout.data_start == 3


# -- bytes a CSV's encoding cannot read ---------------------------------------------------------------
def _damaged(encoding: str, bom: bytes = b"") -> bytes:
    """The ledger as CSV with one byte of 一种夹持装置 (row 3, column B) damaged."""
    data = bom + _csv([HEADER, *ROWS]).encode(encoding)
    at = data.index("夹持".encode(encoding))
    if encoding == "utf-8":
        return data[:at] + b"\xe5\xa4" + data[at + 3:]   # 夹 (e5 a4 b9) lost its last byte
    return data[:at] + b"\x80" + data[at:]                # a lone byte GBK/GB18030 does not have


@pytest.mark.parametrize(("name", "data", "encoding"), [
    ("科研系统导出.csv", _damaged("gbk"), "GBK/GB18030"),
    ("专利导出（UTF-8）.csv", _damaged("utf-8"), "UTF-8"),
    ("专利导出（Excel CSV UTF-8）.csv", _damaged("utf-8", b"\xef\xbb\xbf"), "UTF-8"),
])
def test_an_undecodable_byte_names_its_cell_and_nothing_is_written(db, tmp_path, name, data, encoding):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ei.ImportFileError) as info:
        ei.import_file(db, path)
    message = str(info.value)
    assert name in message and encoding in message and "第 3 行 B 列" in message and "另存为" in message
    assert db.scalar("SELECT count(*) FROM achievements") == 0


def test_unicode_text_cut_at_an_odd_byte_is_named_not_a_traceback(db_path, tmp_path, capsys):
    path = tmp_path / "Unicode 文本.txt"
    path.write_bytes((b"\xff\xfe" + _csv([HEADER, *ROWS], "\t").encode("utf-16-le"))[:-1])
    assert cli.main(["--db", str(db_path), "--create", "import", str(path), "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert "Unicode 文本.txt" in err and "UTF-16" in err and "Traceback" not in err


def test_a_csv_with_a_few_damaged_bytes_is_still_read_as_utf8():
    text, encoding = ei.decode_text(_damaged("utf-8"))
    assert encoding == "utf-8" and "一种高强度铝合金的制备方法" in text
    assert ei.decode_text(_csv([HEADER, *ROWS]).encode("gbk")) == (_csv([HEADER, *ROWS]), "gb18030")


# -- one row typed across all 16,384 columns -------------------------------------------------------------
def row_across_the_sheet(path):
    """The ledger, a blank row, and a row someone filled across to XFD (a drag-fill gone too far)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    for row in [HEADER, *ROWS]:
        ws.append(row)
    for c in range(1, 16385):
        ws.cell(len(ROWS) + 3, c, c)
    wb.save(path)
    return path


def test_a_row_across_16384_columns_is_kept_and_the_cli_counts_the_columns(db_path, tmp_path, capsys):
    path = row_across_the_sheet(tmp_path / "拖过头的台账.xlsx")
    assert cli.main(["--db", str(db_path), "--create", "import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "将新增 4 条" in out  # the stray row is a record too, flagged
    assert "等 16,376 列" in out and "列XFD" not in out and len(out) < 5000


# -- an Excel 97-2003 file cut short ----------------------------------------------------------------------
def excel2003_ledger(path):
    """An .xls as Excel 2003 saves a template: a hidden first sheet of drop-down lists, the ledger
    (numbers as number cells, dates as date cells), and a very hidden sheet."""
    from datetime import datetime

    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    lists = book.add_sheet("下拉选项")
    for r, row in enumerate([["专利类型", "所属学院"], ["发明专利", "材料学院"], ["实用新型", "机械学院"]]):
        for c, v in enumerate(row):
            lists.write(r, c, v)
    lists.visibility = 1
    ledger = book.add_sheet("专利台账")
    dates = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for c, h in enumerate(HEADER):
        ledger.write(0, c, h)
    for r, row in enumerate(ROWS, 1):
        for c, v in enumerate(row):
            if c == 4:
                ledger.write(r, c, datetime.strptime(v, "%Y-%m-%d"), dates)
            else:
                ledger.write(r, c, v)
    secret = book.add_sheet("校验")
    secret.write(0, 0, "校验码")
    secret.visibility = 2
    book.active_sheet = 1
    book.save(str(path))
    return path


def test_an_excel_2003_template_imports_its_visible_ledger_only(db, tmp_path):
    plan, _ = ei.import_file(db, excel2003_ledger(tmp_path / "2003模板.xls"))
    assert [lay.sheet for lay in plan.layouts] == ["专利台账"] and plan.hidden_sheets == ["下拉选项", "校验"]
    assert sorted(rows_by_name(db)) == sorted(r[1] for r in ROWS)


def test_an_xls_cut_anywhere_gets_a_message_never_a_panic(tmp_path):
    data = excel2003_ledger(tmp_path / "full.xls").read_bytes()
    path = tmp_path / "附件（下载中断）.xls"
    outcomes = set()
    for cut in range(600, len(data), 61):
        path.write_bytes(data[:cut])
        try:
            book = ei.open_workbook(path)
            for sheet in book.sheet_names:
                book.rows(sheet)
            book.close()
            outcomes.add("read")
        except ei.ImportFileError as exc:
            assert path.name in str(exc) and ("另存为" in str(exc) or "损坏" in str(exc))
            outcomes.add("refused")
    assert "refused" in outcomes


# -- what web systems write into CSV for Excel ------------------------------------------------------------
def test_excel_sep_line_and_text_formulas_in_a_csv_export(db, tmp_path):
    """A patent system's "导出 Excel (CSV)": Excel's sep=; hint line, and ="…" around long numbers
    so that Excel shows them as text instead of 2.02310E+11."""
    rows = [[r[0], r[1], r[2], f'="{r[3]}"', r[4], r[5], r[6], r[7]] for r in ROWS]
    path = tmp_path / "专利管理系统导出.csv"
    path.write_bytes(("sep=;\r\n" + _csv([HEADER, *rows], ";")).encode("gbk"))
    plan, _ = ei.import_file(db, path)
    assert plan.layouts[0].header_rows == [1] and len(plan.added) == 3 and not plan.flags
    assert rows_by_name(db)["一种夹持装置"]["application_no"] == "202320654322.2"


def test_an_xlsx_with_a_corrupted_part_is_named_not_a_traceback(tmp_path):
    import zipfile

    source = write_xlsx(tmp_path / "ok.xlsx", {"台账": [HEADER, *ROWS] * 30})
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0xFF  # one byte flipped in the compressed sheet (a bad sector, a bad copy)
    path = tmp_path / "台账（U盘拷贝）.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(ei.ImportFileError) as info_:
        book = ei.open_workbook(path)
        book.rows("台账")
    message = str(info_.value)
    assert path.name in message and "损坏" in message and "重新" in message


# -- a report into a folder that is not there -----------------------------------------------------------
def test_a_report_into_a_missing_folder_is_refused_before_the_import(db_path, tmp_path, capsys):
    path = write_xlsx(tmp_path / "台账.xlsx", {"台账": [HEADER, *ROWS]})
    report = tmp_path / "不存在的文件夹" / "导入报告.xlsx"
    assert cli.main(["--db", str(db_path), "--create", "import", str(path), "--report", str(report)]) == 1
    err = capsys.readouterr().err
    assert "不存在的文件夹" in err and "不存在" in err and "Traceback" not in err
    assert cli.main(["--db", str(db_path), "list", "achievements"]) == 0
    assert "一种夹持装置" not in capsys.readouterr().out  # nothing imported
    assert cli.main(["--db", str(db_path), "export", "ledger", str(report)]) == 1
    assert "不存在" in capsys.readouterr().err


# -- a workbook under another format's extension -----------------------------------------------------------
def _ods_file(path):
    from test_import_real_exports import _ods

    return _ods(path, [HEADER, *ROWS])


@pytest.mark.parametrize(("builder", "name", "real"), [
    (excel2003_ledger, "台账（旧版另存）.xlsx", ".xls"),
    (_ods_file, "台账（WPS 另存）.xlsx", ".ods"),
    (lambda p: write_xlsx(p, {"台账": [HEADER, *ROWS]}), "台账.ods", ".xlsx"),
    (lambda p: write_xlsb(p, {"台账": [HEADER, *ROWS]}), "台账.xlsx", ".xlsb"),
])
def test_a_workbook_renamed_to_another_format_says_what_it_is(tmp_path, builder, name, real):
    built = builder(tmp_path / f"built{real}")
    path = built.rename(tmp_path / name)
    with pytest.raises(ei.ImportFileError) as info:
        ei.open_workbook(path)
    message = str(info.value)
    assert name in message and f"请将扩展名改为 {real}" in message and "损坏" not in message


def test_a_web_page_downloaded_as_csv_is_read_as_its_table(db, tmp_path):
    cells = "".join(f"<th>{h}</th>" for h in HEADER)
    body = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in ROWS)
    path = tmp_path / "专利检索结果.csv"
    path.write_text(f"<html><head><meta charset='utf-8'></head><body><table><tr>{cells}</tr>{body}</table></body></html>",
                    encoding="utf-8")
    plan, _ = ei.import_file(db, path)
    assert len(plan.added) == 3
    assert rows_by_name(db)["检测系统及方法"]["application_no"] == "202210333333.0"


# -- text files as other tools write them ----------------------------------------------------------------------
def test_utf16_text_without_a_byte_order_mark_is_read(db, tmp_path):
    path = tmp_path / "导出（UTF-16）.txt"
    path.write_bytes(_csv([HEADER, *ROWS], "\t").encode("utf-16-le"))
    plan, _ = ei.import_file(db, path)
    assert len(plan.added) == 3 and rows_by_name(db)["一种夹持装置"]["department"] == "机械学院"


def test_the_empty_cells_excel_writes_at_the_end_of_csv_lines_are_no_column(db, tmp_path):
    path = tmp_path / "台账.csv"
    path.write_bytes("".join(",".join(map(str, row)) + ",,\r\n" for row in [HEADER, *ROWS]).encode("gbk"))
    plan, _ = ei.import_file(db, path)
    assert plan.layouts[0].headers == HEADER and plan.unmapped_columns == [] and len(plan.added) == 3


def test_excels_sep_line_before_lone_cr_line_ends(db, tmp_path):
    path = tmp_path / "台账（Mac）.csv"
    path.write_bytes(("sep=;\r" + "\r".join(";".join(map(str, row)) for row in [HEADER, *ROWS]) + "\r").encode("utf-8"))
    plan, _ = ei.import_file(db, path)
    assert plan.layouts[0].headers == HEADER and len(plan.added) == 3


@pytest.mark.parametrize("line_end", ["\r", "\n", "\r\n"])
def test_csv_line_ends_of_every_system_keep_a_line_break_inside_a_cell(db, tmp_path, line_end):
    """Excel for Mac's "CSV (Macintosh)" ends records with a lone CR and writes a line break typed in
    a cell (Alt+Enter) as LF inside quotes: each record is one row, the cell keeps its break."""
    rows = [HEADER, *ROWS[:1], [2, '"一种夹持装置\n及其使用方法"', "实用新型", "202320654322.2", "2023-06-01", "授权", "刘强", "机械学院"],
            ROWS[2]]
    path = tmp_path / "台账（Mac）.csv"
    path.write_bytes(line_end.join(",".join(map(str, row)) for row in rows).encode("utf-8") + line_end.encode())
    plan, _ = ei.import_file(db, path)
    by_name = rows_by_name(db)
    assert len(plan.added) == 3 and not plan.flags
    assert by_name["一种夹持装置及其使用方法"]["application_no"] == "202320654322.2"
    assert by_name["检测系统及方法"]["legal_status"] == "granted"


@pytest.mark.parametrize(("name", "data"), [("空.csv", b"\xef\xbb\xbf"), ("空行.csv", b"\r\n\r\n  \r\n"), ("空表.xlsx", None)])
def test_a_file_without_any_content_says_so(db, tmp_path, name, data):
    path = tmp_path / name
    if data is None:
        write_xlsx(path, {"Sheet1": [], "Sheet2": []})
    else:
        path.write_bytes(data)
    with pytest.raises(ei.ImportFileError, match=f"“{name}”中没有任何内容"):
        ei.import_file(db, path)


def test_a_strict_open_xml_workbook_is_read(db, tmp_path):
    """Excel's 另存为 "Strict Open XML 电子表格" (.xlsx): the same parts under the ISO namespaces."""
    import zipfile

    source = write_xlsx(tmp_path / "transitional.xlsx", {"台账": [HEADER, *ROWS]})
    path = tmp_path / "台账（Strict）.xlsx"
    swaps = [(b"http://schemas.openxmlformats.org/spreadsheetml/2006/main", b"http://purl.oclc.org/ooxml/spreadsheetml/main"),
             (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
              b"http://purl.oclc.org/ooxml/officeDocument/relationships")]
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            for old, new in swaps:
                data = data.replace(old, new)
            zout.writestr(item, data)
    plan, _ = ei.import_file(db, path)
    assert len(plan.added) == 3 and rows_by_name(db)["检测系统及方法"]["type"] == "invention"


def test_a_stray_nul_byte_in_a_csv_names_its_line(tmp_path):
    data = _csv([HEADER, *ROWS]).encode("gbk")
    at = data.index("检测".encode("gbk"))
    path = tmp_path / "坏了一个字节.csv"
    path.write_bytes(data[:at] + b"\x00" + data[at:])
    with pytest.raises(ei.ImportFileError, match="坏了一个字节.csv.*第 4 行有空字符"):
        ei.open_workbook(path)


def test_gbk_text_whose_byte_pairs_look_like_utf8_stays_gbk(db, tmp_path):
    """值 is D6 B5 in GBK, a valid two-byte UTF-8 sequence (U+05B5), and so are 系统, 钱伟, 医学院:
    a GBK ledger of mostly such characters is still GBK, not UTF-8 with damaged bytes."""
    rows = [HEADER] + [[i, f"系统{i}", "", "", "2023-05-06", "", "钱伟", "医学院"] for i in range(1, 201)]
    path = tmp_path / "医学院台账.csv"
    path.write_bytes(_csv(rows).encode("gbk"))  # 系 统 钱 伟 医 学 院: every one a valid UTF-8 pair
    plan, _ = ei.import_file(db, path)
    assert len(plan.added) == 200 and rows_by_name(db)["系统7"]["department"] == "医学院"


# -- Excel's own "XML 电子表格 2003" (.xml) and "网页" (.htm) -------------------------------------------------
def test_excel_xml_spreadsheet_2003_and_web_page_under_their_own_extensions(db, tmp_path):
    def cell(v):
        return f'<Cell><Data ss:Type="{"Number" if isinstance(v, int) else "String"}">{v}</Data></Cell>'

    rows = "".join("<Row>" + "".join(cell(v) for v in row) + "</Row>" for row in [HEADER, *ROWS])
    xml = tmp_path / "专利台账.xml"
    xml.write_text('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
                   '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
                   'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
                   f'<Worksheet ss:Name="专利台账"><Table>{rows}</Table></Worksheet></Workbook>', encoding="utf-8")
    plan, _ = ei.import_file(db, xml)
    assert len(plan.added) == 3
    cells = "".join(f"<td>{h}</td>" for h in HEADER)
    body = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in ROWS)
    htm = tmp_path / "专利台账.htm"
    htm.write_text(f"<html><body><table><tr>{cells}</tr>{body}</table></body></html>", encoding="utf-8")
    plan, _ = ei.import_file(db, htm)
    assert plan.unchanged == 3  # the same ledger again: nothing changes
    other = tmp_path / "配置.xml"
    other.write_text('<?xml version="1.0"?><config><item>1</item></config>', encoding="utf-8")
    with pytest.raises(ei.ImportFileError, match="不是电子表格"):
        ei.open_workbook(other)


def test_empty_columns_beside_a_table_at_column_d_are_not_reported_as_kept(db, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws["D2"] = "专利台账"
    for r, values in enumerate([HEADER, *ROWS], 4):
        for c, v in enumerate(values, 4):
            ws.cell(r, c, v)
    wb.save(tmp_path / "从D列开始.xlsx")
    plan, _ = ei.import_file(db, tmp_path / "从D列开始.xlsx")
    assert plan.layouts[0].header_rows == [4] and len(plan.added) == 3
    assert plan.unmapped_columns == []  # not "列A、列B、列C (kept as extra fields)": they hold nothing


def test_a_folder_named_like_a_workbook_and_a_file_gone_are_told_apart(tmp_path):
    folder = tmp_path / "2023年台账.xlsx"
    folder.mkdir()
    with pytest.raises(ei.ImportFileError, match="2023年台账.xlsx.*文件夹"):
        ei.open_workbook(folder)
    with pytest.raises(ei.ImportFileError, match="已移走.xlsx.*文件不存在"):
        ei.open_workbook(tmp_path / "已移走.xlsx")


# -- a CSV in Big5 (traditional Chinese) ----------------------------------------------------------------
TW_HEADER = ["序號", "專利名稱", "專利類型", "申請號", "申請日", "法律狀態", "發明人", "所屬單位"]
TW_ROWS = [
    [1, "一種高效率鋰電池負極材料的製備方法", "發明專利", "TW111123456", "2022/06/23", "審查中", "陳建國", "材料系"],
    [2, "基於深度學習的影像辨識系統", "發明專利", "TW110987654", "2021/03/15", "已核准", "黃志明", "資訊工程系"],
    [3, "可攜式空氣淨化裝置", "新型專利", "TW M612345", "2021/01/08", "已公告", "張雅婷", "機械系"],
    [4, "智慧型農業灌溉控制軟體", "軟體著作權", "", "2020/11/30", "已登記", "劉德華", "生物產業系"],
]


@pytest.mark.parametrize("rows", [1, 2, 5], ids=["header only", "header and a row", "five-row ledger"])
def test_a_big5_ledger_from_taiwan_reads_as_traditional_chinese(tmp_path, rows):
    """Excel on a zh-TW Windows saves "CSV (逗號分隔)" in Big5 (code page 950): read as GBK it is
    plausible-looking nonsense (申請號 becomes 扐請號-like garbage) with no error."""
    table = [TW_HEADER, *TW_ROWS][:rows]
    path = tmp_path / "合作方專利清單.csv"
    path.write_bytes(_csv(table).encode("cp950"))
    book = ei.open_workbook(path)
    assert book.rows(path.stem)[: len(table)] == [[str(v) for v in row] for row in table]
    assert book.notices == []


def test_a_hong_kong_ledger_with_hkscs_characters_reads_them():
    rows = [["編號", "項目名稱", "發明人", "狀態"], ["1", "粵語語音識別系統", "冼志強", "審查中"],
            ["2", "邨屋智能管理平台", "何嘉欣", "已批出"], ["3", "屯門嘢物流追蹤", "鄧麗君", "已批出"]]
    text, encoding = ei.decode_text(_csv(rows).encode("big5hkscs"))
    assert text == _csv(rows) and encoding == "big5hkscs"  # 邨 嘢 are HKSCS, not in plain Big5


def test_a_big5_ledger_imports_by_its_traditional_headers_and_keeps_its_text(db, tmp_path):
    """專利名稱, 申請號, 法律狀態 are matched as 专利名称, 申请号, 法律状态; the values stay as the partner
    wrote them; the type words of Taiwan are read in the mainland's words (軟體著作權 is a software
    copyright) and so are the status words (審查中 pending, 已核准 granted); what the vocabulary does
    not know (已公告) is flagged 待核对, never guessed."""
    path = tmp_path / "合作方專利清單.csv"
    path.write_bytes(_csv([TW_HEADER, *TW_ROWS]).encode("cp950"))
    plan, _ = ei.import_file(db, path)
    assert [lay.mapping_dict()[h] for lay in plan.layouts for h in ("專利名稱", "申請號", "法律狀態", "發明人", "所屬單位")] == [
        "name", "application_no", "legal_status", "inventors", "department"]
    records = rows_by_name(db)
    assert len(plan.added) == 4 and records["可攜式空氣淨化裝置"]["department"] == "機械系"
    flagged = {(f.field, f.original) for _, f in plan.flags}
    assert ("legal_status", "已公告") in flagged and ("type", "軟體著作權") not in flagged
    assert records["智慧型農業灌溉控制軟體"]["type"] == "software"
    assert ("legal_status", "審查中") not in flagged and ("legal_status", "已核准") not in flagged
    assert [(records[name]["legal_status"], records[name]["attribute"]) for name in (
        "一種高效率鋰電池負極材料的製備方法", "基於深度學習的影像辨識系統")] == [("pending", "ungranted"), ("granted", "granted")]


@pytest.mark.parametrize("rows", [1, 2, 4])
def test_a_short_gbk_ledger_is_never_taken_for_big5(tmp_path, rows):
    table = [HEADER, *ROWS][:rows]
    path = tmp_path / "学院台账.csv"
    path.write_bytes(_csv(table).encode("gbk"))
    book = ei.open_workbook(path)
    assert book.rows(path.stem)[: len(table)] == [[str(v) for v in row] for row in table]
    assert book.notices == []
    # traditional characters saved by a mainland Excel (GBK has them) stay GBK too
    assert ei.decode_text(_csv(TW_ROWS[:1]).encode("gbk"))[1] == "gb18030"


def test_an_encoding_guessed_on_a_few_characters_is_said_in_the_preview_and_report(db, tmp_path):
    """Six Chinese characters in a mostly ASCII export: read with the detector's best guess and
    told to the clerk (the plan's notices, the report's 读取说明), never silently."""
    from openpyxl import load_workbook

    from kjcg_desktop.services.importing.report import write_import_report

    path = tmp_path / "系统导出.csv"
    path.write_bytes(_csv([["申请号", "成果名称"], ["202310123451.3", "CPU"], ["202320654322.2", "FPGA"]]).encode("gbk"))
    plan, _ = ei.import_file(db, path, dry_run=True)
    assert len(plan.notices) == 1 and "GBK/GB18030" in plan.notices[0] and "另存为" in plan.notices[0]
    write_import_report(plan, tmp_path / "报告.xlsx")
    sheet = load_workbook(tmp_path / "报告.xlsx")["读取说明"]
    assert sheet.cell(2, 4).value == plan.notices[0]


# -- one stray cell far from the table ----------------------------------------------------------------------
def ledger_with_far_cells(path, far: dict[str, object]):
    """The ledger as Excel saves it (shared strings, XlsxWriter writes them as Excel does) and a few
    cells far away: a note typed at XFD1048576 after Ctrl+End, a number at the foot of column Z after
    Ctrl+↓, a remark far to the right of a record."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("台账")
    for r, row in enumerate([HEADER, *ROWS]):
        sheet.write_row(r, 0, row)
    for ref, value in far.items():
        sheet.write(ref, value)
    book.add_worksheet("填表说明").write("A1", "请按模板填写")
    book.close()
    return path


FAR = {"XFD1048576": "张老师：这条再核一下", "Z1048576": 2023, "XFD3": "合同在谈"}


def test_a_stray_cell_far_from_the_ledger_no_longer_stops_the_import(db, tmp_path):
    path = ledger_with_far_cells(tmp_path / "学院专利台账.xlsx", FAR)
    plan, batch_id = ei.import_file(db, path)
    assert len(plan.added) == 3 and batch_id is not None
    assert sorted(plan.stray_cells) == [("台账", "XFD1048576", "张老师：这条再核一下"), ("台账", "XFD3", "合同在谈"),
                                        ("台账", "Z1048576", "2023")]
    assert rows_by_name(db)["一种夹持装置"]["application_no"] == "202320654322.2"
    # beside a record: kept with the record as a 待核对 flag (the cell and its value)
    [(row, flag)] = plan.flags
    assert (row.name, flag.kind, flag.cell, flag.original) == ("一种夹持装置", "far_cell", "台账!XFD3", "合同在谈")
    assert "XFD3" in flag.reason
    summary = db.scalar("SELECT summary FROM import_batches WHERE id = ?", (batch_id,))
    assert "XFD1048576" in summary and "张老师：这条再核一下" in summary  # kept with the batch


def test_the_far_cells_are_listed_in_the_report_and_on_the_terminal(db_path, tmp_path, capsys):
    from openpyxl import load_workbook

    path = ledger_with_far_cells(tmp_path / "学院专利台账.xlsx", FAR)
    report = tmp_path / "导入报告.xlsx"
    assert cli.main(["--db", str(db_path), "--create", "import", str(path), "--dry-run", "--report", str(report)]) == 0
    out = capsys.readouterr().out
    assert "将新增 3 条" in out and "XFD1048576“张老师：这条再核一下”" in out and "Z1048576“2023”" in out
    listed = [[c.value for c in row] for row in load_workbook(report)["读取说明"].iter_rows(min_row=2)]
    assert {(s, c, v) for s, c, v, _ in listed} == {("台账", "XFD1048576", "张老师：这条再核一下"), ("台账", "XFD3", "合同在谈"),
                                                     ("台账", "Z1048576", "2023")}
    assert all("远离表格" in note for *_, note in listed)


def test_an_openpyxl_ledger_with_a_far_inline_string_is_read_and_the_copy_removed(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    for row in [HEADER, *ROWS]:
        ws.append(row)
    ws["AZ1048000"] = "备用 & <旧>"
    wb.save(tmp_path / "台账.xlsx")
    book = ei.open_workbook(tmp_path / "台账.xlsx")
    assert len(book.rows("台账")) == 4 and book.stray_cells == {"台账": [("AZ1048000", "备用 & <旧>")]}
    copy = book._trimmed.path
    assert copy.exists()
    book.close()
    assert not copy.exists()


def test_a_sheet_of_many_scattered_far_cells_is_still_refused(tmp_path):
    """Not a table with a stray cell: thousands of cells scattered over the whole grid (hostile, or a
    sheet really used as a canvas) stay refused by the size guard, with its message."""
    far = {f"{ei.column_letter(16383 - 13 * i)}{1048576 - 800 * i}": i for i in range(1200)}
    path = ledger_with_far_cells(tmp_path / "画布.xlsx", far)
    with pytest.raises(ei.ImportFileError, match="工作表“台账”的数据区域为 1,048,576 行"):
        ei.open_workbook(path).rows("台账")


# -- a mapping profile per sheet -----------------------------------------------------------------------------
PATENTS = ["专利名称", "编号", "申请日", "发明人"]           # 编号: the application number
SOFTWARE = ["软件名称", "编号", "登记日期", "著作权人"]       # 编号: the registration number, 登记日期 its date


def college_workbook(path, patents="专利", software="软著", serial=0):
    return write_xlsx(path, {
        patents: [PATENTS, [f"一种夹持装置{serial}", f"20232065432{serial}.2", "2023-06-01", "刘强"]],
        software: [SOFTWARE, [f"科研管理平台V{serial}.0", f"2022SR012345{serial}", "2022-03-01", "上海示范大学"]],
    })


def _map(layout, header, field):
    layout.mapping[layout.headers.index(header)] = field


def test_a_profile_keeps_one_mapping_per_sheet_and_next_months_file_uses_both(db, tmp_path):
    """The college's workbook: 编号 is the application number on the patents sheet and the
    registration number on the software sheet. Saved once, the profile maps each sheet of next
    month's file by its own header — even with the sheets renamed and in the other order."""
    from kjcg_desktop.storage import imports as repo

    book = ei.open_workbook(college_workbook(tmp_path / "一月.xlsx"))
    patents, software = ei.layouts_for(book)
    _map(patents, "编号", "application_no")
    _map(software, "编号", "registration_no")
    _map(software, "登记日期", "registration_date")
    repo.save_profile(db, "某学院台账", ei.profile_of_layouts([patents, software]))
    book.close()
    path = write_xlsx(tmp_path / "二月.xlsx", {
        "软件著作权2024": [SOFTWARE, ["科研管理平台V2.0", "2022SR0123452", "2022-03-01", "上海示范大学"]],
        "专利2024": [PATENTS, ["一种夹持装置2", "202320654322.2", "2023-06-01", "刘强"]],
    })
    plan, _ = ei.import_file(db, path, profile="某学院台账")
    assert len(plan.added) == 2
    records = rows_by_name(db)
    assert records["一种夹持装置2"]["application_no"] == "202320654322.2"
    assert records["科研管理平台V2.0"]["registration_no"] == "2022SR0123452"
    assert records["科研管理平台V2.0"]["registration_date"] == "2022-03-01"
    assert records["科研管理平台V2.0"]["application_no"] is None


def test_a_profile_saved_as_one_table_still_maps_every_sheet(db, tmp_path):
    """Profiles saved before kept one {header: field} table for all sheets: they still apply to each."""
    from kjcg_desktop.storage import imports as repo

    repo.save_profile(db, "旧方案", {"编号": "registration_no", "登记日期": "registration_date"})
    plan, _ = ei.import_file(db, college_workbook(tmp_path / "一月.xlsx"), profile="旧方案")
    assert {lay.sheet: lay.mapping_dict()["编号"] for lay in plan.layouts} == {"专利": "registration_no", "软著": "registration_no"}


def test_a_sheet_like_none_of_the_profile_is_mapped_by_the_synonyms():
    from kjcg_desktop.services.importing.profiles import mapping_for

    profile = {"sheets": [{"sheet": "专利", "mapping": dict(zip(PATENTS, ["name", "application_no", "filing_date", "inventors"],
                                                             strict=True))}]}
    assert mapping_for(profile, "合同", ["合同名称", "编号", "金额", "签订日期", "受让方"]) is None  # one header in common of four
    assert mapping_for(profile, "专利", ["合同名称", "编号"]) == profile["sheets"][0]["mapping"]  # same name, a header in common
    assert mapping_for(profile, "Sheet1", PATENTS[:2]) == profile["sheets"][0]["mapping"]       # half the headers


def libreoffice_ledger_with_far_cells(path):
    """The ledger as LibreOffice writes an .ods: every row runs to the sheet's last column as one
    repeated empty cell, the empty rows are one repeated row; a remark typed at XFD2 beside a record
    and a number at the foot of column Z (row 1,048,576)."""
    from sheet_bombs import ods, ods_empty, ods_number, ods_row, ods_text

    def cells(values):
        return "".join(ods_number(v) if isinstance(v, int) else ods_text(v) for v in values)
    rows = ods_row(cells(HEADER) + ods_empty(16376))
    rows += ods_row(cells(ROWS[0]) + ods_empty(16375) + ods_text("合同在谈"))
    rows += "".join(ods_row(cells(row) + ods_empty(16376)) for row in ROWS[1:])
    rows += ods_row(ods_empty(16384), 1048576 - 1 - len(ROWS) - 1) + ods_row(ods_empty(25) + ods_number(2023) + ods_empty(16358))
    return ods(path, rows)


def test_an_ods_ledger_with_far_cells_is_imported_and_they_are_listed(db, tmp_path):
    import zipfile

    path = libreoffice_ledger_with_far_cells(tmp_path / "专利台账（WPS）.ods")
    plan, _ = ei.import_file(db, path)
    assert len(plan.added) == 3 and rows_by_name(db)["检测系统及方法"]["department"] == "电子学院"
    assert plan.stray_cells == [("台账", "XFD2", "合同在谈"), ("台账", "Z1048576", "2023")]
    assert [(r.name, f.original) for r, f in plan.flags] == [("一种高强度铝合金的制备方法", "合同在谈")]
    book = ei.open_workbook(path)
    with zipfile.ZipFile(book._trimmed.path) as copy:  # still an .ods: its mimetype first and stored
        assert copy.infolist()[0].filename == "mimetype" and copy.infolist()[0].compress_type == zipfile.ZIP_STORED
    book.close()


def test_an_ods_row_filled_across_the_sheet_stays_in_the_table_and_only_the_far_cell_is_apart(tmp_path):
    """A value drag-filled to the last column is one repeated run beside the record: it is part of
    the table (its cells are kept as the 16,384-column row is today); the cell at row 1,048,573 is apart."""
    from sheet_bombs import ods, ods_empty, ods_number, ods_row, ods_text

    rows = ods_row(ods_text("成果名称") + ods_text("申请号")) + ods_row(ods_text("一种夹持装置") + ods_number(7, 16383))
    rows += ods_row(ods_empty(16384), 1048570) + ods_row(ods_text("张老师"))
    book = ei.open_workbook(ods(tmp_path / "拖过头.ods", rows))
    assert len(book.rows("台账")) == 2 and len(book.rows("台账")[1]) == 16384
    assert book.stray_cells == {"台账": [("A1048573", "张老师")]}
    book.close()
