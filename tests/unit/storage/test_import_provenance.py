"""Where an imported achievement came from, on both backends: the import that added it is the first
line of its history, and the imported columns keep their files' order."""

import openpyxl

from kjcg_desktop.services import excel_import as ei
from kjcg_desktop.services.excel_export import imported_column_order, in_file_order
from kjcg_desktop.storage import imports as repo
from kjcg_desktop.storage import ledger
from tests.unit.services.excel_helpers import app_no


def _export(path, headers, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "incoPat"
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_the_import_is_in_the_history_and_the_columns_in_the_files_order(db, tmp_path):
    first = _export(tmp_path / "a.xlsx", ["标题", "申请号", "专利类型", "主权项", "CPC", "代理人"],
                    [["甲", app_no(2021, 1, 1), "发明申请", "一种……", "Y02E60/10", "张三"]])
    _plan, batch = ei.import_file(db, first)
    second = _export(tmp_path / "b.xlsx", ["标题", "申请号", "专利类型", "被引证次数", "IPC"],
                     [["乙", app_no(2021, 1, 2), "发明申请", "3", "H01M4/36"]])
    _plan, later = ei.import_file(db, second)
    assert repo.imported_columns(db) == ["主权项", "CPC", "代理人", "被引证次数", "IPC"]
    order = imported_column_order(db)
    assert in_file_order(["代理人", "CPC", "主权项", "手填"], order) == ["主权项", "CPC", "代理人", "手填"]

    a = db.scalar("SELECT id FROM achievements WHERE name = '甲'")
    events = ledger.history_of(db, a)
    assert [(e["entity"], e["entity_id"], e["action"]) for e in events] == [("import_batch", batch, "import")]
    assert events[0]["new"]["source"].endswith("a.xlsx") and events[0]["new"]["sheet"] == "incoPat"
    b = db.scalar("SELECT id FROM achievements WHERE name = '乙'")
    assert [(e["entity"], e["entity_id"]) for e in ledger.history_of(db, b)] == [("import_batch", later)]

    repo.undo_import(db, later)  # an undone import's columns no longer order anything
    assert repo.imported_columns(db) == ["主权项", "CPC", "代理人"]
