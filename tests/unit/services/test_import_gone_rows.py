"""A row the office deleted from its ledger since the last import: the record stays (an import never
deletes), and the preview, the report and the terminal list it for the clerk to check."""

from __future__ import annotations

from pathlib import Path

from excel_helpers import app_no, one_sheet_xlsx
from openpyxl import load_workbook

from kjcg_desktop import cli
from kjcg_desktop.services import excel_import as ei
from kjcg_desktop.services.importing.report import GONE_NOTE, write_import_report
from kjcg_desktop.storage import imports as repo

HEADER = ["成果名称", "成果类型", "申请号", "法律状态", "所属学院"]
LEDGER = [["甲", "发明", app_no(2023, 1, 41), "审中", "材料学院"], ["乙", "发明", app_no(2023, 1, 42), "审中", "材料学院"],
          ["丙", "实用新型", app_no(2023, 2, 43), "有效", "机械学院"], ["丁", "发明", app_no(2023, 1, 44), "审中", "医学院"]]


def _ledger(folder: Path, rows: list[list], name: str = "专利台账.xlsx") -> Path:
    folder.mkdir(exist_ok=True)
    return one_sheet_xlsx(folder / name, [HEADER, *rows])


def test_a_row_deleted_from_the_ledger_is_listed_and_the_record_kept(db, tmp_path):
    ei.import_file(db, _ledger(tmp_path / "2025", LEDGER))
    this_year = [LEDGER[0], [*LEDGER[1][:3], "有效", "材料学院"], LEDGER[3]]   # 丙 given up and deleted; 乙 granted
    plan, batch = ei.import_file(db, _ledger(tmp_path / "2026", this_year))
    assert [(g.name, g.legal_status) for g in plan.gone] == [("丙", "granted")]
    assert plan.summary()["gone"] == 1 and len(plan.updated) == 1
    assert db.scalar("SELECT count(*) FROM achievements") == 4          # nothing deleted

    report = tmp_path / "导入报告.xlsx"
    assert write_import_report(plan, report)["文件中已没有的成果"] == 1
    ws = load_workbook(report, read_only=True)["文件中已没有的成果"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:2] == ("台账编号", "成果名称") and rows[1][1:3] == ("丙", "有效（已授权）") and rows[1][4] == GONE_NOTE

    # the next import of this year's file lists it again (the earlier file named it), once
    again, _ = ei.import_file(db, _ledger(tmp_path / "2026", this_year), dry_run=True)
    assert [g.name for g in again.gone] == ["丙"]


def test_another_export_saved_under_the_same_name_says_nothing_of_deletions(db, tmp_path):
    ei.import_file(db, _ledger(tmp_path / "a", LEDGER[:3], "导出.xlsx"))
    other = [["戊", "发明", app_no(2024, 1, 51), "审中", "医学院"], ["己", "发明", app_no(2024, 1, 52), "审中", "医学院"],
             LEDGER[0]]
    plan, _ = ei.import_file(db, _ledger(tmp_path / "b", other, "导出.xlsx"), dry_run=True)
    assert plan.gone == []


def test_an_undone_import_another_file_name_or_other_sheets_say_nothing(db, tmp_path):
    _, batch = ei.import_file(db, _ledger(tmp_path / "a", LEDGER))
    ei.import_file(db, _ledger(tmp_path / "b", LEDGER[:3], "专利台账（终版）.xlsx"))
    plan, _ = ei.import_file(db, _ledger(tmp_path / "c", LEDGER[:3], "专利台账（终版）.xlsx"), dry_run=True)
    assert plan.gone == []                                              # that name never had 丁
    renamed, _ = ei.import_file(db, _ledger(tmp_path / "d", LEDGER[:3], "台账2026.xlsx"), dry_run=True)
    assert renamed.gone == []
    repo.undo_import(db, batch)
    ei.import_file(db, _ledger(tmp_path / "e", LEDGER))
    gone, _ = ei.import_file(db, _ledger(tmp_path / "f", LEDGER[:3]), dry_run=True)
    assert [g.name for g in gone.gone] == ["丁"]                         # from the import that stands


def test_the_terminal_lists_the_records_no_longer_in_the_file(db_path, tmp_path, capsys):
    assert cli.main(["--db", str(db_path), "--create", "import", str(_ledger(tmp_path / "a", LEDGER))]) == 0
    assert cli.main(["--db", str(db_path), "import", str(_ledger(tmp_path / "b", LEDGER[1:])), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "上次从同一台账文件（同名或只差日期）导入的 1 条成果本次文件中已没有" in out and "甲" in out.split("本次文件中已没有")[1]


def test_another_colleges_file_of_the_same_name_is_no_earlier_version(db, tmp_path):
    college_b = [["戊", "发明", app_no(2024, 1, 51), "审中", "医学院"], ["己", "发明", app_no(2024, 1, 52), "审中", "医学院"]]
    ei.import_file(db, _ledger(tmp_path / "材料学院", LEDGER, "科技成果台账.xlsx"))
    ei.import_file(db, _ledger(tmp_path / "医学院", college_b, "科技成果台账.xlsx"))
    plan, _ = ei.import_file(db, _ledger(tmp_path / "材料学院", LEDGER[:3], "科技成果台账.xlsx"), dry_run=True)
    assert [g.name for g in plan.gone] == ["丁"]                         # not 戊 and 己 of the other college


def test_next_months_ledger_saved_under_its_date_is_the_same_file(db, tmp_path):
    """An office saves each month's ledger under its date: 专利台账_2026-11.xlsx, then 专利台账_2026-12.xlsx
    with a row deleted. The row deleted is listed; a file of another name (not only another date) is not
    an earlier version."""
    ei.import_file(db, _ledger(tmp_path / "a", LEDGER, "专利台账_2026-11.xlsx"))
    plan, _ = ei.import_file(db, _ledger(tmp_path / "b", LEDGER[:3], "专利台账_2026-12.xlsx"), dry_run=True)
    assert [g.name for g in plan.gone] == ["丁"]
    plan, _ = ei.import_file(db, _ledger(tmp_path / "c", LEDGER[:3], "专利台账（2027年1月）.xlsx"), dry_run=True)
    assert [g.name for g in plan.gone] == ["丁"]
    other, _ = ei.import_file(db, _ledger(tmp_path / "d", LEDGER[:3], "医学院专利台账_2026-12.xlsx"), dry_run=True)
    assert other.gone == []


def test_ledger_file_key_drops_only_date_stamps():
    from kjcg_desktop.services.importing.plan import ledger_file_key

    assert ledger_file_key("专利台账_2026-11.xlsx") == ledger_file_key("专利台账（2026年12月）.xlsx") == "专利台账"
    assert ledger_file_key("专利台账.xlsx") == "专利台账" != ledger_file_key("专利台账（终版）.xlsx")
    assert ledger_file_key("20261201.xlsx") == "20261201.xlsx" and ledger_file_key("台账2026.xlsx") == "台账"
