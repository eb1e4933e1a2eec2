"""The ledger's 删除草稿/归档 button and the detail window's for an achievement the disclosure wizard created:
it already has its disclosure application, so it is archived (1-2 第七条), never a failed delete."""

from datetime import date
from unittest import mock

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kjcg_desktop.forms_engine import load_forms
from kjcg_desktop.paths import forms_dir
from kjcg_desktop.services import achievements
from kjcg_desktop.services import wizard_flows as flows
from kjcg_desktop.storage import achievements as repo
from kjcg_desktop.storage import applications as apps
from kjcg_desktop.storage.attachments import add_attachment
from kjcg_desktop.ui.achievement_detail import AchievementDialog
from kjcg_desktop.ui.ledger import LedgerPage

TODAY = date(2025, 3, 3)


def disclose(db, tmp_path):
    """What the disclosure wizard's 提交 does: a disclosed achievement linked to its disclosure application."""
    form = load_forms(forms_dir())["disclosure"]
    app_id = flows.start_draft(db, form, today=TODAY)
    f = tmp_path / "任务书.pdf"
    f.write_bytes(b"%PDF-1.4 test")
    att = add_attachment(db, "application", app_id, f, kind="contract_task_book")
    row = db.get("attachments", att)
    values = {
        **apps.get_application(db, app_id)["form"],
        "name": "一种高强度铝合金的制备方法", "department": "材料学院", "summary": "简介", "rd_status": "中试",
        "market_prospects": "良好", "funding_source": "government", "project_name": "国家重点研发计划",
        "approval_date": "2023-05-10",
        "contract_task_book": [{"attachment_id": att, "filename": row["filename"], "stored_path": row["stored_path"]}],
        "inventors": [{"name": "王伟", "department": "材料学院", "share": "100", "is_representative": True}],
    }
    flows.finish(db, form, app_id, values, today=TODAY)
    return apps.get_application(db, app_id)["achievement_id"]


def press_remove(qtbot, page, achievement_id):
    asked = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append((title, text))
        return QMessageBox.StandardButton.Yes

    with mock.patch.object(QMessageBox, "question", side_effect=answer), \
            mock.patch.object(QMessageBox, "warning") as warned:
        assert page.select_id(achievement_id)
        qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    return asked, warned


def test_ledger_button_archives_a_disclosed_achievement_with_its_application(qtbot, db, tmp_path):
    achievement_id = disclose(db, tmp_path)
    assert db.get("achievements", achievement_id)["status"] == "disclosed"
    page = LedgerPage(db)
    qtbot.addWidget(page)
    asked, warned = press_remove(qtbot, page, achievement_id)
    assert not warned.called
    assert asked and asked[0][0] == "归档成果" and "已有申请" in asked[0][1]
    assert db.get("achievements", achievement_id)["status"] == "archived"
    assert db.scalar("SELECT count(*) FROM events WHERE entity_id = ? AND action = 'archive'", (achievement_id,)) == 1


def test_ledger_button_still_deletes_a_bare_draft(qtbot, db):
    draft = repo.create_achievement(db, {"name": "待删除的草稿", "status": "disclosed"})
    page = LedgerPage(db)
    qtbot.addWidget(page)
    asked, warned = press_remove(qtbot, page, draft)
    assert not warned.called and asked[0][0] == "删除草稿"
    assert db.get("achievements", draft) is None
    assert draft not in page.model.ids


def test_detail_window_archives_a_disclosed_achievement(qtbot, db, tmp_path):
    achievement_id = disclose(db, tmp_path)
    dialog = AchievementDialog(db, achievement_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.changed, timeout=1000), \
            mock.patch.object(QMessageBox, "question", return_value=QMessageBox.StandardButton.Yes), \
            mock.patch.object(QMessageBox, "warning") as warned:
        dialog.remove()
    assert not warned.called
    assert db.get("achievements", achievement_id)["status"] == "archived"


@pytest.mark.parametrize(("status", "linked", "expected"), [
    ("disclosed", False, "deleted"), ("disclosed", True, "archived"), ("registered", False, "archived")])
def test_service_decides_delete_or_archive(db, status, linked, expected):
    achievement_id = repo.create_achievement(db, {"name": "成果", "status": status})
    if linked:
        apps.create_application(db, "disclosure", achievement_id=achievement_id, form={}, title="成果 — 成果披露")
    assert achievements.remove_or_archive(db, achievement_id) == expected
    row = db.get("achievements", achievement_id)
    assert (row is None) if expected == "deleted" else (row["status"] == "archived")
