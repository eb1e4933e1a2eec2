"""The merge base stays true whatever happens between imports: an undone re-import, a colleague's
edit between the preview and the write."""

from __future__ import annotations

from pathlib import Path

import pytest
from excel_helpers import app_no, one_sheet_xlsx

from kjcg_desktop.services import excel_import as ei
from kjcg_desktop.storage import achievements
from kjcg_desktop.storage import imports as repo

HEADER = ["成果名称", "成果类型", "申请号", "法律状态", "所属学院", "关键词"]


def _xlsx(path: Path, rows: list[list]) -> Path:
    return one_sheet_xlsx(path, [HEADER, *rows])


def _row(db, name: str) -> dict:
    return dict(db.one("SELECT * FROM achievements WHERE name = ?", (name,)))


def test_an_edit_after_an_undone_reimport_survives_the_next_import(db, tmp_path):
    ei.import_file(db, _xlsx(tmp_path / "v1.xlsx", [["甲", "发明", app_no(2023, 1, 41), "审中", "材料学院", "合金"]]))
    v2 = _xlsx(tmp_path / "v2.xlsx", [["甲", "发明", app_no(2023, 1, 41), "有效", "材料学院", "合金"]])
    _, batch = ei.import_file(db, v2)
    achievements.update_achievement(db, _row(db, "甲")["id"], {"department": "材料科学与工程学院"})
    repo.undo_import(db, batch)
    assert _row(db, "甲")["legal_status"] == "pending"
    ei.import_file(db, v2)
    row = _row(db, "甲")
    assert (row["legal_status"], row["department"]) == ("granted", "材料科学与工程学院")


def test_a_record_changed_between_the_preview_and_the_write_stops_the_import(db, tmp_path):
    ei.import_file(db, _xlsx(tmp_path / "v1.xlsx", [["甲", "发明", app_no(2023, 1, 41), "审中", "材料学院", "合金"],
                                                    ["乙", "发明", app_no(2023, 1, 42), "审中", "材料学院", "涂层"]]))
    book = ei.open_workbook(_xlsx(tmp_path / "v2.xlsx", [["甲", "发明", app_no(2023, 1, 41), "有效", "材料学院", "合金"],
                                                         ["乙", "发明", app_no(2023, 1, 42), "有效", "材料学院", "涂层"]]))
    plan = ei.build_plan(db, book, ei.layouts_for(book))
    book.close()
    achievements.update_achievement(db, _row(db, "甲")["id"], {"department": "材料科学与工程学院"})
    before = db.scalar("SELECT count(*) FROM events")
    with pytest.raises(repo.ImportConflictError, match="“甲”.*请重新预览"):
        ei.commit_plan(db, plan)
    assert db.scalar("SELECT count(*) FROM events") == before
    assert {_row(db, n)["legal_status"] for n in ("甲", "乙")} == {"pending"}
    ei.import_file(db, tmp_path / "v2.xlsx")  # previewed again
    ei.import_file(db, _xlsx(tmp_path / "v3.xlsx", [["甲", "发明", app_no(2023, 1, 41), "有效", "材料学院", "合金涂层"]]))
    row = _row(db, "甲")
    assert (row["legal_status"], row["department"], row["keywords"]) == ("granted", "材料科学与工程学院", "合金涂层")


def test_a_value_corrected_in_the_preview_survives_a_reimport_of_the_same_file(db, tmp_path):
    good = app_no(2021, 2, 345678)
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")  # the file's wrong check digit
    path = _xlsx(tmp_path / "v1.xlsx", [["甲", "实用新型", bad, "审中", "机械学院", "夹具"]])
    book = ei.open_workbook(path)
    plan = ei.build_plan(db, book, ei.layouts_for(book), overrides={("台账", 2, 2): good})  # the clerk's correction
    book.close()
    assert plan.flags == []
    ei.commit_plan(db, plan)
    assert _row(db, "甲")["application_no"] == good
    plan, batch = ei.import_file(db, path)  # the file still says what it said
    assert batch is None and plan.unchanged == 1 and _row(db, "甲")["application_no"] == good
    assert db.scalar("SELECT count(*) FROM review_flags WHERE resolved_at IS NULL") == 0
    # the file itself is corrected later: the record already holds that value, nothing to do
    plan, batch = ei.import_file(db, _xlsx(tmp_path / "v2.xlsx", [["甲", "实用新型", good, "审中", "机械学院", "夹具"]]))
    assert plan.flags == [] and _row(db, "甲")["application_no"] == good


def test_a_record_deleted_between_the_preview_and_the_write_stops_the_import(db, tmp_path):
    ei.import_file(db, _xlsx(tmp_path / "v1.xlsx", [["甲", "发明", app_no(2023, 1, 41), "审中", "材料学院", "合金"]]))
    book = ei.open_workbook(_xlsx(tmp_path / "v2.xlsx", [["甲", "发明", app_no(2023, 1, 41), "有效", "材料学院", "合金"]]))
    plan = ei.build_plan(db, book, ei.layouts_for(book))
    book.close()
    db.execute("DELETE FROM achievements WHERE name = '甲'")
    with pytest.raises(repo.ImportConflictError, match="已被修改或删除.*请重新预览"):
        ei.commit_plan(db, plan)
    assert db.scalar("SELECT count(*) FROM inventors") == 0 and db.scalar("SELECT count(*) FROM achievements") == 0


def test_a_value_corrected_in_the_preview_is_not_flagged_again_when_another_cell_of_its_row_changes(db, tmp_path):
    """The office's next ledger still has the wrong check digit the clerk corrected on day one, and
    now a new keyword on that row: the keyword is updated, the correction stays, and the flag the
    clerk dealt with in the preview is not raised again (the file's value did not change)."""
    good = app_no(2021, 2, 345678)
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    book = ei.open_workbook(_xlsx(tmp_path / "v1.xlsx", [["甲", "实用新型", bad, "审中", "机械学院", "夹具"]]))
    plan = ei.build_plan(db, book, ei.layouts_for(book), overrides={("台账", 2, 2): good})
    book.close()
    ei.commit_plan(db, plan)
    plan, batch = ei.import_file(db, _xlsx(tmp_path / "v2.xlsx", [["甲", "实用新型", bad, "审中", "机械学院", "夹具、卡箍"]]))
    row = _row(db, "甲")
    assert (row["application_no"], row["keywords"]) == (good, "夹具、卡箍")
    assert plan.flags == [] and db.scalar("SELECT count(*) FROM review_flags WHERE resolved_at IS NULL") == 0
    assert [dict(r.diff) for r in plan.updated] == [{"keywords": ("夹具", "夹具、卡箍")}]


def test_a_reimport_that_adds_an_inventor_keeps_the_shares_and_representative_the_clerk_entered(db, tmp_path):
    """The clerk entered the team's income shares, departments and the designated representative
    in the form (方案二(一)); the office's next ledger adds a third inventor. The inventors are
    updated — and the people already there keep what the clerk entered about them."""
    header = ["成果名称", "成果类型", "申请号", "法律状态", "发明人"]
    ei.import_file(db, one_sheet_xlsx(tmp_path / "v1.xlsx", [header, ["甲", "发明", app_no(2023, 1, 41), "审中", "王伟、李娜"]]))
    aid = _row(db, "甲")["id"]
    achievements.set_inventors(db, aid, [{"name": "王伟", "department": "材料学院", "share": "60", "is_representative": True},
                                         {"name": "李娜", "department": "化学学院", "share": "40"}])
    plan, batch = ei.import_file(db, one_sheet_xlsx(tmp_path / "v2.xlsx", [header, ["甲", "发明", app_no(2023, 1, 41), "审中",
                                                                                  "王伟、李娜、张敏"]]))
    assert plan.updated[0].diff["inventors"] == ("王伟、李娜", "王伟、李娜、张敏")
    people = [dict(r) for r in db.query("SELECT name, department, share, is_representative FROM inventors "
                                        "WHERE achievement_id = ? ORDER BY position", (aid,))]
    assert people == [{"name": "王伟", "department": "材料学院", "share": "60", "is_representative": 1},
                      {"name": "李娜", "department": "化学学院", "share": "40", "is_representative": 0},
                      {"name": "张敏", "department": None, "share": None, "is_representative": 0}]
    repo.undo_import(db, batch)  # and undoing that import takes away only the added inventor
    assert [dict(r) for r in db.query("SELECT name, department, share, is_representative FROM inventors "
                                      "WHERE achievement_id = ? ORDER BY position", (aid,))] == people[:2]


def test_a_correction_made_in_the_preview_is_kept_as_a_checked_flag_with_the_files_text(db, tmp_path):
    """Day one: the clerk corrects a wrong check digit and an ambiguous date in the preview. The
    record holds the corrections; the flags the file's text raised are kept as checked, with the
    cell, the file's text, who and when, and the correction — in the history and in the report."""
    import openpyxl

    from kjcg_desktop.services.importing.report import write_import_report
    from kjcg_desktop.storage import ledger
    from kjcg_desktop.storage import review_flags as flags_repo

    good = app_no(2021, 2, 345678)
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    path = one_sheet_xlsx(tmp_path / "台账.xlsx", [["成果名称", "成果类型", "申请号", "申请日", "法律状态"],
                                                   ["甲", "实用新型", bad, "2015.1", "审中"],
                                                   ["乙", "发明", app_no(2020, 1, 7), "2020-03-04", "审中"]], title="专利")
    book = ei.open_workbook(path)
    plan = ei.build_plan(db, book, ei.layouts_for(book), overrides={("专利", 2, 2): good, ("专利", 2, 3): "2015-10"})
    book.close()
    assert plan.flags == []
    first = ei.commit_plan(db, plan)
    row = _row(db, "甲")
    assert (row["application_no"], row["filing_date"]) == (good, "2015-10")
    assert ei.undo_impact(db, first).edited_added == []  # checked while importing, not work done since
    assert flags_repo.open_flags(db) == []
    kept = {f["cell"]: dict(f) for f in db.query("SELECT * FROM review_flags WHERE achievement_id = ?", (row["id"],))}
    assert set(kept) == {"专利!C2", "专利!D2"}
    assert kept["专利!C2"]["original"] == bad and kept["专利!C2"]["kind"] == "check_digit"
    assert kept["专利!C2"]["resolution"] == f"导入预览中更正为“{good}”" and kept["专利!C2"]["resolved_at"]
    assert kept["专利!D2"]["original"] == "2015.1" and kept["专利!D2"]["resolution"] == "导入预览中更正为“2015-10”"
    history = [e for e in ledger.history_of(db, row["id"]) if e["action"] == "review_flag_resolved"]
    assert len(history) == 2
    write_import_report(plan, tmp_path / "报告.xlsx")
    corrections = list(openpyxl.load_workbook(tmp_path / "报告.xlsx")["预览中的更正"].values)
    assert corrections[0][:6] == ("单元格", "台账编号", "成果名称", "字段", "原文", "更正为")
    assert sorted(r[:1] + r[3:6] for r in corrections[1:]) == [("专利!C2", "申请号", bad, good),
                                                              ("专利!D2", "申请日", "2015.1", "2015-10")]
    plan, batch = ei.import_file(db, path)  # the same file again: nothing to do, nothing flagged
    assert batch is None and plan.flags == []
