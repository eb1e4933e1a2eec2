"""Importing messy Excel ledgers: header detection, mapping, normalisation, preview, one-transaction
write, undo, profiles, hostile files."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from excel_helpers import app_no, bad_rows_ledger, messy_ledger, write_xlsx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kjcg_desktop.services import excel_import as ei
from kjcg_desktop.storage import imports as repo
from kjcg_desktop.storage.achievements import create_achievement, get_achievement, inventors_of


def _by_name(db):
    return {r["name"]: dict(r) for r in db.query("SELECT * FROM achievements")}


def test_messy_ledger_is_read_and_imported(db, tmp_path):
    plan, batch_id = ei.import_file(db, messy_ledger(tmp_path / "m.xlsx"))
    lay = {lay.sheet: lay for lay in plan.layouts}
    assert set(lay) == {"专利台账", "软件著作权"}  # 说明 has no header
    patents = lay["专利台账"]
    assert patents.header_rows == [3, 4]  # title + banner skipped, two-row header joined
    mapping = patents.mapping_dict()
    assert mapping["专利（申请）号"] == "application_no" and mapping["法律状态"] == "legal_status"
    assert mapping["所属学院"] == "department" and mapping["序号"] == "ignore" and mapping["备注"] == "extra"
    assert plan.unmapped_columns == ["备注"]
    assert (len(plan.added), len(plan.skipped), plan.errors) == (7, 3, [])
    assert sorted(reason for _, _, reason in plan.skipped) == ["只有“序号”列有内容，没有可导入的信息", "合计行", "空行"]
    rows = _by_name(db)
    first = rows["一种高强度铝合金的制备方法"]
    assert (first["type"], first["legal_status"], first["attribute"], first["stage"]) == ("invention", "granted", "granted", "research")
    assert first["filing_date"] == "2023-05-06" and first["grant_date"] == "2024-03-01"
    assert first["import_batch_id"] == batch_id
    assert [i["name"] for i in inventors_of(db, first["id"])] == ["王伟", "李娜", "张敏"]
    assert get_achievement(db, first["id"])["extra"] == {"备注": "重点项目", "经费来源": "纵向"}
    clamp = rows["一种夹持装置"]
    # application number stored by Excel as a float, a serial with a Chinese date format, 2023/05/06
    assert clamp["application_no"] == app_no(2022, 2, 654321)
    assert (clamp["filing_date"], clamp["grant_date"], clamp["legal_status"]) == ("2023-03-15", "2023-05-06", "lapsed")
    assert [i["name"] for i in inventors_of(db, clamp["id"])] == ["刘强", "陈静", "杨洋", "黄杰"]
    assert rows["检测系统及方法"]["filing_date"] == "2023-05-06"  # 2023年5月6日
    shell = rows["仪器外壳"]
    assert (shell["filing_date"], shell["legal_status"], shell["type"]) == ("2021-05-06", "granted", "design")
    abc = rows["ABC分析系统"]  # full-width letters and digits
    assert abc["application_no"].startswith("202310444444.") and abc["filing_date"] == "2023-05-06"
    software = rows["分析软件V1.0"]
    assert (software["type"], software["registration_no"], software["patent_no"]) == ("software", "2023SR0123456", None)
    assert json.loads(software["extra"])["证书号"] == "5000001"  # a certificate number is never the patent number
    assert software["legal_status"] == "granted"  # registered
    assert rows["管理平台V2.0"]["registration_no"] == "2022SR0654321"
    assert db.scalar("SELECT count(*) FROM events WHERE entity = 'import_batch' AND action = 'import'") == 1


def test_imported_rows_are_searchable_by_name_inventor_and_extra_column(db, tmp_path):
    from kjcg_desktop.storage import ledger

    schema = sorted(tuple(r) for r in db.query("SELECT type, name, sql FROM sqlite_master"))
    ei.import_file(db, messy_ledger(tmp_path / "m.xlsx"))  # a first load: the indexes are sorted at the end
    assert sorted(tuple(r) for r in db.query("SELECT type, name, sql FROM sqlite_master")) == schema
    assert db.scalar("PRAGMA integrity_check") == "ok"
    first = _by_name(db)["一种高强度铝合金的制备方法"]
    assert first["id"] in ledger.ledger_ids(db, search="高强度铝合金")  # trigram index (≥ 3 characters)
    assert first["id"] in ledger.ledger_ids(db, search="李娜")  # inventor, short query
    assert first["id"] in ledger.ledger_ids(db, search="重点项目")  # imported column kept in extra
    assert ledger.count(db, search="铝合金") == ledger.count(db, search="铝合")
    # the text indexed at import time is the text the index's own triggers would write
    stored = dict(db.query("SELECT rowid, doc FROM achievement_fts"))
    ledger.rebuild_search_index(db)
    assert dict(db.query("SELECT rowid, doc FROM achievement_fts")) == stored and len(stored) == db.scalar(
        "SELECT count(*) FROM achievements")


def test_unreadable_cells_are_flagged_and_every_row_is_kept(db, tmp_path):
    plan, _ = ei.import_file(db, bad_rows_ledger(tmp_path / "b.xlsx"), dry_run=True)
    assert plan.errors == [] and len(plan.added) == 6  # every non-blank row becomes a record
    flags = {(r.row, f.field): f for r, f in plan.flags}
    assert set(flags) == {(3, "filing_date"), (4, "type"), (5, "application_no"), (6, "name")}
    assert flags[(3, "filing_date")].original == "2023-13-40" and flags[(3, "filing_date")].cell == "台账!D3"
    assert "校验位" in flags[(5, "application_no")].reason and flags[(5, "application_no")].cell == "台账!C5"
    assert flags[(4, "type")].original == "火箭"
    rows = {r.row: r for r in plan.rows}
    assert rows[5].values["application_no"] == "202310000004.0"  # kept as written
    assert rows[4].values["type"] == "invention" and rows[4].values["extra"]["成果类型"] == "火箭"  # from the type digit
    assert rows[3].values["extra"]["申请日"] == "2023-13-40" and "filing_date" not in rows[3].values
    assert rows[6].values["name"].startswith("（未命名）")
    diffs = {(t.row, t.tag): t for t in plan.tag_differences}
    assert diffs[(2, "阶段")].in_file == "开发阶段" and diffs[(2, "阶段")].computed == "研究阶段"
    assert diffs[(7, "属性")].computed == "未授权成果"
    assert db.scalar("SELECT count(*) FROM achievements") == 0  # dry run


@pytest.mark.parametrize(("value", "expected"), [
    (date(2023, 5, 6), date(2023, 5, 6)), (datetime(2023, 5, 6, 10, 30), date(2023, 5, 6)), (45052, date(2023, 5, 6)),
    (45052.75, date(2023, 5, 6)), ("2023.5.6", date(2023, 5, 6)), ("2023/05/06", date(2023, 5, 6)),
    ("2023-5-6", date(2023, 5, 6)), ("2023年5月6日", date(2023, 5, 6)), ("20230506", date(2023, 5, 6)),
    (20230506, date(2023, 5, 6)), ("２０２３年５月６日", date(2023, 5, 6)), ("2023-05-06 00:00:00", date(2023, 5, 6)),
    ("45052", date(2023, 5, 6)), ("", None),
])
def test_every_date_form(value, expected):
    assert ei.to_date(value) == expected


@pytest.mark.parametrize("value", ["2023-02-30", "明天", "2023.13.1", -5, True])
def test_bad_dates(value):
    with pytest.raises(ei.ImportValueError):
        ei.to_date(value)


def test_value_normalisers():
    assert ei.to_code(5000001.0) == "5000001" and ei.to_code(" zl 2023 1 0123456.7 ") == "ZL202310123456.7"
    assert ei.to_application_no(app_no(2023, 1, 42).replace(".", "")) == app_no(2023, 1, 42)
    assert ei.to_application_no("CN" + app_no(2023, 1, 42)) == app_no(2023, 1, 42)
    assert ei.to_application_no("PCT/CN2023/123456") == "PCT/CN2023/123456"
    assert ei.to_people("王伟、李娜，张敏,刘强;陈静；杨洋 黄杰") == ["王伟", "李娜", "张敏", "刘强", "陈静", "杨洋", "黄杰"]
    assert ei.to_type("实用新型（专利）") == "utility_model" and ei.to_type("外观设计专利") == "design"
    assert ei.to_type("发明授权") == "invention" and ei.to_type("计算机软件著作权") == "software"
    assert ei.to_legal_status("期限届满").status == "lapsed" and ei.to_legal_status("有效（已授权）").status == "granted"
    assert ei.to_legal_status("实质审查").status == "pending"
    assert ei.to_fen("1,234.5") == 123450 and ei.to_fen(12.34) == 1234 and ei.to_fen("１２") == 1200
    assert ei.to_count("3") == 3 and ei.to_count(2.0) == 2
    assert ei.to_funding("横向") == ("横向", "横向") and ei.to_funding("财政资金") == ("纵向", "财政资金")
    assert ei.to_text("ＡＢＣ（一期）") == "ABC（一期）"


def test_duplicate_header_names_and_stray_spaces(db, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["成果 名称", "专利类型", "申请时间", "法律 状态", "申请时间", "神秘列"])
    ws.append(["甲", "发明", "2023-01-02", "审中", "2023-03-04", 12.0])
    wb.save(tmp_path / "dup.xlsx")
    plan, _ = ei.import_file(db, tmp_path / "dup.xlsx")
    assert plan.layouts[0].headers == ["成果名称", "专利类型", "申请时间", "法律状态", "申请时间（2）", "神秘列"]
    row = db.one("SELECT filing_date, extra FROM achievements")
    assert row["filing_date"] == "2023-01-02"
    assert get_achievement(db, 1)["extra"] == {"申请时间（2）": "2023-03-04", "神秘列": "12"}
    assert plan.unmapped_columns == ["申请时间（2）", "神秘列"]


def _simple(path: Path, rows: list[list]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["台账编号", "成果名称", "成果类型", "申请号", "法律状态", "发明人", "备注"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_update_by_ledger_or_application_number_and_undo(db, tmp_path):
    old_id = create_achievement(db, {"ledger_no": "KJCG-2020-00001", "name": "旧名称", "type": "invention",
                                     "legal_status": "pending", "extra": {"来源": "旧台账"}}, [{"name": "张三"}])
    by_app = create_achievement(db, {"name": "按申请号", "type": "invention", "legal_status": "pending",
                                    "application_no": app_no(2020, 1, 7)})
    events_before = db.scalar("SELECT count(*) FROM events")
    path = _simple(tmp_path / "u.xlsx", [
        ["KJCG-2020-00001", "新名称", "发明", None, "有效", "张三、李四", "更新"],
        [None, "按申请号", "发明", app_no(2020, 1, 7), "审中", None, None],   # identical → unchanged
        [None, "全新成果", "发明", app_no(2024, 1, 8), "审中", "王五", None],
    ])
    plan = ei.build_plan(db, ei.open_workbook(path), ei.layouts_for(ei.open_workbook(path)))
    assert (len(plan.added), len(plan.updated), plan.unchanged) == (1, 1, 1)
    batch_id = ei.commit_plan(db, plan)
    row = get_achievement(db, old_id)
    assert (row["name"], row["legal_status"], row["attribute"]) == ("新名称", "granted", "granted")
    assert row["extra"] == {"来源": "旧台账", "备注": "更新"}
    assert [i["name"] for i in inventors_of(db, old_id)] == ["张三", "李四"]
    assert db.scalar("SELECT count(*) FROM achievements") == 3
    summary = repo.list_batches(db)[0]
    assert (summary["added"], summary["updated"]) == (1, 1)
    assert db.scalar("SELECT count(*) FROM events") > events_before

    result = ei.undo_batch(db, batch_id)
    assert result == {"deleted": 1, "restored": 1, "kept": 0}
    row = get_achievement(db, old_id)
    assert (row["name"], row["legal_status"], row["attribute"]) == ("旧名称", "pending", "ungranted")
    assert row["extra"] == {"来源": "旧台账"}
    assert [i["name"] for i in inventors_of(db, old_id)] == ["张三"]
    assert db.scalar("SELECT count(*) FROM achievements") == 2 and get_achievement(db, by_app)["name"] == "按申请号"
    with pytest.raises(repo.UndoError, match="已于"):
        ei.undo_batch(db, batch_id)


def test_undo_refused_when_later_work_depends_on_added_rows(db, tmp_path):
    from kjcg_desktop.storage.achievements import add_evidence

    plan, batch_id = ei.import_file(db, _simple(tmp_path / "a.xlsx", [[None, "甲", "发明", None, "审中", None, None]]))
    add_evidence(db, 1, "assessment_report", "评估报告")
    with pytest.raises(repo.UndoError, match="阶段证据"):
        ei.undo_batch(db, batch_id)
    assert db.scalar("SELECT count(*) FROM achievements") == 1


@pytest.mark.parametrize("crash_at", [3, 6])  # among the new rows (indexes dropped for the first load) / the update
def test_import_failing_mid_write_leaves_database_unchanged(db, tmp_path, crash_at):
    create_achievement(db, {"ledger_no": "KJCG-2020-00001", "name": "旧", "type": "invention"})
    path = _simple(tmp_path / "x.xlsx", [["KJCG-2020-00001", "改名", "发明", None, None, None, None]]
                   + [[None, f"成果{i}", "发明", None, "审中", "甲、乙", None] for i in range(5)])
    snapshot = [tuple(r) for r in db.query("SELECT * FROM achievements")], db.scalar("SELECT count(*) FROM events")
    schema = sorted(tuple(r) for r in db.query("SELECT type, name, sql FROM sqlite_master"))
    workbook = ei.open_workbook(path)
    plan = ei.build_plan(db, workbook, ei.layouts_for(workbook))

    def crash(n):
        if n == crash_at:
            raise OSError("磁盘已满")
    with pytest.raises(OSError):
        ei.commit_plan(db, plan, on_row=crash)
    assert ([tuple(r) for r in db.query("SELECT * FROM achievements")], db.scalar("SELECT count(*) FROM events")) == snapshot
    assert db.scalar("SELECT count(*) FROM import_batches") == 0
    assert db.scalar("SELECT count(*) FROM inventors") == 0
    assert sorted(tuple(r) for r in db.query("SELECT type, name, sql FROM sqlite_master")) == schema  # indexes, triggers back
    assert db.scalar("SELECT count(*) FROM achievement_fts") == 1


def test_mapping_profiles_are_saved_and_reused(db, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["题目", "成果类型", "申请号"])
    ws.append(["甲", "发明", app_no(2023, 1, 9)])
    wb.save(tmp_path / "p.xlsx")
    plan, _ = ei.import_file(db, tmp_path / "p.xlsx", dry_run=True)
    assert plan.layouts[0].mapping_dict()["题目"] == "extra" and [f.field for _, f in plan.flags] == ["name"]
    repo.save_profile(db, "某学院台账", {"题目": "name"})
    plan, batch_id = ei.import_file(db, tmp_path / "p.xlsx", profile="某学院台账")
    assert plan.flags == [] and db.scalar("SELECT name FROM achievements") == "甲"
    with pytest.raises(ei.ImportFileError, match="没有名为"):
        ei.import_file(db, tmp_path / "p.xlsx", profile="不存在")


def test_several_sheets_and_sheet_choice(db, tmp_path):
    path = messy_ledger(tmp_path / "m.xlsx")
    plan, _ = ei.import_file(db, path, sheet="软件著作权", dry_run=True)
    assert [lay.sheet for lay in plan.layouts] == ["软件著作权"] and len(plan.added) == 2
    with pytest.raises(ei.ImportFileError, match="没有名为"):
        ei.import_file(db, path, sheet="不存在")
    with pytest.raises(ei.ImportFileError, match="没有找到表头"):
        ei.import_file(db, path, sheet="说明")


def test_csv_import(db, tmp_path):
    path = tmp_path / "ledger.csv"
    path.write_bytes("成果名称,成果类型,申请日,发明人\n甲,发明,2023.5.6,王伟、李娜\n".encode("gb18030"))
    plan, _ = ei.import_file(db, path)
    assert plan.errors == [] and db.one("SELECT name, filing_date FROM achievements")[1] == "2023-05-06"


# -- hostile files ------------------------------------------------------------------------------
def _valid_xlsx(tmp_path) -> Path:
    return _simple(tmp_path / "ok.xlsx", [[None, "甲", "发明", None, "审中", None, None]])


def _rewrite(src: Path, dst: Path, member: str, data: bytes) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, data if info.filename == member else zin.read(info.filename))
    return dst


BILLION_LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
                  b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                  b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
                  b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                  b'<row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>')


def test_xml_bomb_is_refused(db, tmp_path):
    bomb = _rewrite(_valid_xlsx(tmp_path), tmp_path / "bomb.xlsx", "xl/worksheets/sheet1.xml", BILLION_LAUGHS)
    with pytest.raises(ei.ImportFileError, match="XML 实体声明"):
        ei.import_file(db, bomb)
    # openpyxl, where it is used, parses through defusedxml
    assert openpyxl.xml.DEFUSEDXML is True
    with pytest.raises(ValueError):
        openpyxl.load_workbook(bomb)


def test_zip_bomb_is_refused(tmp_path):
    bomb = _rewrite(_valid_xlsx(tmp_path), tmp_path / "zip.xlsx", "xl/worksheets/sheet1.xml",
                    b'<?xml version="1.0"?><worksheet>' + b" " * (ei.RATIO_MIN_BYTES + 1024) + b"</worksheet>")
    with pytest.raises(ei.ImportFileError, match="zip 炸弹"):
        ei.open_workbook(bomb)


@pytest.mark.parametrize(("name", "content", "message"), [
    ("broken.xlsx", b"PK\x03\x04" + b"\x00" * 200, "已损坏"),
    ("random.xlsx", bytes(range(256)) * 4, "不是电子表格"),
    ("old.xls", ei.CFB_MAGIC + b"\x00" * 1024, "不含 Excel 工作簿"),
    ("secret.xlsx", ei.CFB_MAGIC + b"\x00" * 512 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 512, "密码"),
    ("empty.xlsx", b"", "文件为空"),
])
def test_corrupt_protected_and_old_files_get_a_clear_message(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ei.ImportFileError, match=message) as info:
        ei.open_workbook(path)
    assert name in str(info.value)


def test_truncated_workbook(db, tmp_path):
    data = _valid_xlsx(tmp_path).read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ei.ImportFileError, match="无法导入"):
        ei.import_file(db, path)


def test_oversized_file_is_refused(tmp_path, monkeypatch):
    from kjcg_desktop.services.importing import workbook

    monkeypatch.setattr(workbook, "MAX_FILE_BYTES", 100)
    with pytest.raises(ei.ImportFileError, match="文件过大"):
        ei.open_workbook(_valid_xlsx(tmp_path))


# -- nothing in a cell crashes the importer --------------------------------------------------
class _FakeBook:
    def __init__(self, rows):
        self.path = Path("fuzz.xlsx")
        self.sheet_names = ["台账"]
        self._rows = rows

    def rows(self, sheet):
        return self._rows


HEADERS = ["台账编号", "成果名称", "成果类型", "申请号", "申请日", "法律状态", "发明人", "转化次数", "资产价值（元）",
           "经费来源", "属性", "阶段", "备注"]
cells = st.one_of(
    st.none(), st.just(""), st.text(max_size=12), st.integers(-10**12, 10**12),
    st.floats(allow_nan=True, allow_infinity=True), st.dates(), st.datetimes(), st.booleans(),
    st.sampled_from(["发明", "有效", "2023.5.6", "20230506", "合计", "纵向", "王伟、李娜", "=1+1", "２０２３"]),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(cells, min_size=len(HEADERS), max_size=len(HEADERS)), min_size=1, max_size=4))
def test_any_cell_values_give_rows_or_reported_errors(tmp_path, rows):
    from kjcg_desktop.storage import migrate, open_memory

    db = open_memory()
    migrate(db)
    book = _FakeBook([HEADERS, *rows])
    layout = ei.detect_layout("台账", book.rows("台账"))
    plan = ei.build_plan(db, book, [layout])
    kept = {r.row for r in plan.rows} | {n for _, n, _ in plan.skipped} | {
        int(f.cell.rsplit(":", 1)[1]) for _, f in plan.flags if f.kind == "duplicate"}
    assert kept == set(range(2, len(rows) + 2))  # every row is a record, merged into one, or skipped
    for row, f in plan.flags:
        assert f.sheet == "台账" and row.row >= 2 and f.cell.startswith("台账!") and f.reason
        f.as_dict()
    ei.commit_plan(db, plan)  # whatever the cells, the plan can be written


@settings(max_examples=60, deadline=None)
@given(st.sampled_from([None, "name", "application_no", "transfer_count", "asset_value_fen", "filing_date", "type"]),
       st.lists(cells, max_size=30))
def test_a_column_normalised_at_once_equals_cell_by_cell(target, column):
    """Each distinct value is normalised once; True, 1 and 1.0 in one column stay apart."""
    normalise = ei.NORMALISERS.get(target)
    one = ei._extra_text if normalise is None else (lambda v: ei._checked(normalise, v))

    def shown(v):
        return ("error", v.message) if isinstance(v, ei._Bad) else v

    result, failed = ei._normalise_column(column, normalise)
    expected = [one(v) for v in column]
    assert [shown(v) for v in result] == [shown(v) for v in expected]
    assert failed == any(isinstance(v, ei._Bad) for v in expected)


def test_openpyxl_written_fuzz_cells_round_through_a_file(db, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADERS)
    ws.append(["KJCG-2023-00001", 1e300, "发明", 12345.678, -1, "半年前", True, -3, "abc", "中央", "半授权", "?", None])
    buf = io.BytesIO()
    wb.save(buf)
    (tmp_path / "f.xlsx").write_bytes(buf.getvalue())
    plan, _ = ei.import_file(db, tmp_path / "f.xlsx", dry_run=True)
    assert len(plan.added) == 1 and {f.field for _, f in plan.flags} >= {"filing_date", "transfer_count", "funding_source"}


def test_bulk_insert_still_enforces_the_schema_constraints(db):
    bad = {"values": {"ledger_no": "X-1", "name": "甲", "type": "rocket", "legal_status": "pending", "attribute": "ungranted",
                      "stage": "research", "transfer_status": "none", "transfer_count": 0}, "inventors": ["张三"]}
    with pytest.raises(repo.StorageError, match="不符合数据库约束"):
        repo.commit_import(db, source="t", sheet="t", added=[bad], updated=[], summary={})
    assert db.scalar("SELECT count(*) FROM achievements") == 0 and db.scalar("SELECT count(*) FROM import_batches") == 0
    assert db.scalar("PRAGMA ignore_check_constraints") == 0


def _with_cell_xml(path: Path, old: bytes, new: bytes) -> Path:
    """A copy of the workbook at ``path`` with one cell value rewritten in the sheet XML."""
    import zipfile

    out = path.with_name("edited-" + path.name)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(old, new)
            dst.writestr(info, data)
    return out


def test_infinite_number_cell_is_a_reported_error_and_the_valid_rows_import(db, tmp_path, capsys):
    from kjcg_desktop import cli

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["成果名称", "成果类型", "申请号", "申请日", "资产价值（元）"])
    ws.append(["好的一行", "发明", app_no(2023, 1, 1), "2023-01-02", 1.25])
    ws.append(["坏的一行", "发明", app_no(2023, 1, 2), 1.5, 2.5])
    wb.save(tmp_path / "e.xlsx")
    source = _with_cell_xml(tmp_path / "e.xlsx", b"<v>1.5</v>", b"<v>inf</v>")
    plan, _ = ei.import_file(db, source, dry_run=True)
    assert [(r.row, f.field, f.original) for r, f in plan.flags] == [(3, "filing_date", "inf")]
    assert ei.commit_plan(db, plan) is not None and db.scalar("SELECT count(*) FROM achievements") == 2
    code = cli.main(["--db", str(tmp_path / "cli.sqlite3"), "--create", "import", str(source), "--dry-run", "--json"])
    assert code == 0 and json.loads(capsys.readouterr().out)["flags"][0]["original"] == "inf"  # valid JSON


def test_control_characters_become_text_excel_can_hold(db, tmp_path):
    from kjcg_desktop.services import excel_export as ee
    from kjcg_desktop.services.importing.report import write_import_report

    path = tmp_path / "c.csv"
    path.write_text("成果名称,成果类型,申请号,申请日,备注\n"
                    f"第一行\x0b第二行,发明,{app_no(2023, 1, 1)},2023-01-02,响铃\x07符\x0b下一行\n"
                    f"坏的,发明,{app_no(2023, 1, 2)},2023年\x0b5月,\n", encoding="utf-8")
    plan, _ = ei.import_file(db, path)
    assert db.scalar("SELECT name FROM achievements WHERE id = 1") == "第一行第二行"  # a title is one line
    assert json.loads(db.scalar("SELECT extra FROM achievements WHERE id = 1")) == {"备注": "响铃符\n下一行"}
    assert db.scalar("SELECT filing_date || filing_date_precision FROM achievements WHERE id = 2") == "2023-05month"
    assert [f.original for _, f in plan.flags] == []
    path.write_text("成果名称,成果类型,申请号,申请日,备注\n"
                    f"坏的,发明,{app_no(2023, 1, 3)},2023年\x0b13月,\n", encoding="utf-8")
    plan, _ = ei.import_file(db, path)
    assert [f.original for _, f in plan.flags] == ["2023年\x0b13月"]  # as found in the file
    write_import_report(plan, tmp_path / "p.xlsx")  # no character openpyxl refuses
    assert openpyxl.load_workbook(tmp_path / "p.xlsx")["待核对"]["E2"].value == "2023年\n13月"
    ee.export_ledger(db, tmp_path / "l.xlsx")
    db.execute("UPDATE achievements SET keywords = 'a\x01b'")  # entered elsewhere: the export still writes
    ee.export_ledger(db, tmp_path / "l2.xlsx")
    assert openpyxl.load_workbook(tmp_path / "l2.xlsx").active["M2"].value == "ab"


def test_a_total_word_after_three_filled_cells_is_data_not_a_total_row(db):
    class Book:
        path = Path("t.xlsx")
        sheet_names = ["台账"]

        def rows(self, sheet):
            return [["成果名称", "成果类型", "备注", "说明"], ["  ", "发明", "x", "合计"], [None, "合计", None, None]]

    layout = ei.detect_layout("台账", Book().rows("台账"))
    plan = ei.build_plan(db, Book(), [layout])
    assert plan.skipped == [("台账", 3, "合计行")]
    assert len(plan.added) == 1 and plan.flags[0][1].field == "name"  # the name is blank: flagged, not dropped


def test_a_long_csv_is_read_in_pieces_with_every_row_at_its_number(db, tmp_path, monkeypatch):
    """The rows of a CSV file come from the csv reader a few at a time (the window stays
    responsive); every row is imported and a flag names the file's own row."""
    from kjcg_desktop.domain.ip_numbers import check_digit
    from kjcg_desktop.services import sheet_size

    monkeypatch.setattr(sheet_size, "READ_PIECE_ROWS", 7)
    lines = ["成果名称,申请号,发明人"]
    for i in range(50):
        digits = f"20231{i:07d}"
        check = check_digit(digits)
        if i == 45:
            check = "0" if check != "0" else "1"
        lines.append(f"一种电池{i},{digits}.{check},张三")
    path = tmp_path / "台账.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan, batch = ei.import_file(db, path)
    assert batch is not None and len(plan.added) == 50
    flags = db.query("SELECT f.kind, f.cell FROM review_flags f JOIN achievements a ON a.id = f.achievement_id "
                     "WHERE a.name = '一种电池45'")
    assert [tuple(f) for f in flags] == [("check_digit", "台账!B47")]


def test_the_report_lists_every_record_added_or_updated_under_the_ledgers_number(db, tmp_path):
    from kjcg_desktop.services.importing.report import records_of, write_import_report

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["成果名称", "成果类型", "申请号", "法律状态"])
    ws.append(["甲", "发明", app_no(2023, 1, 1), "实质审查"])
    wb.save(tmp_path / "a.xlsx")
    ei.import_file(db, tmp_path / "a.xlsx")
    number = db.scalar("SELECT ledger_no FROM achievements")
    ws.cell(2, 1, None)  # a later export without the name
    ws.cell(2, 4, "授权")
    ws.append(["乙", "发明", app_no(2023, 1, 2), "实质审查"])
    wb.save(tmp_path / "b.xlsx")
    plan, _ = ei.import_file(db, tmp_path / "b.xlsx", dry_run=True)
    counts = write_import_report(plan, tmp_path / "r.xlsx", records_of(db, plan))
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx")["新增与更新"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert counts["新增与更新"] == 2 and [r[0] for r in rows] == ["更新", "新增"]
    assert rows[0][3:8] == [number, "甲", "发明专利", "有效（已授权）", "授权成果"]
    assert "法律状态：审中 → 有效（已授权）" in rows[0][8] and "属性：未授权成果 → 授权成果" in rows[0][8]
    assert rows[1][3].startswith("KJCG-") and rows[1][4] == "乙" and rows[1][8] is None


def test_a_sheet_with_content_but_no_header_found_is_named_not_silently_left_out(db, tmp_path):
    """The office's workbook has a table whose headers the importer does not know: the other sheets are
    imported, and the preview, the terminal and the report's 读取说明 say that sheet was not (a notes sheet
    of one column of text is no table and goes unmentioned)."""
    path = write_xlsx(tmp_path / "office.xlsx", {
        "专利台账": [["成果名称", "申请号", "法律状态"], ["一种夹持装置", app_no(2022, 2, 654321), "有效"]],
        "成果转化统计": [["学院", "件数", "金额"], ["材料学院", 3, 120]],
        "填表说明": [["请按模板填写，每项成果一行"], ["申请号请填写完整"]], "空白页": [[None]]})
    plan, _ = ei.import_file(db, path, dry_run=True)
    unread = [n for n in plan.notices if "未导入" in n]
    assert len(unread) == 1 and "工作表“成果转化统计”" in unread[0] and "没有找到表头" in unread[0]
    only, _ = ei.import_file(db, path, sheet="专利台账", dry_run=True)   # a sheet named: the others are not meant
    assert not [n for n in only.notices if "未导入" in n]
