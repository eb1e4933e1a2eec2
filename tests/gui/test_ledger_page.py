"""The ledger page, the achievement detail and the dashboard on demo data."""

import re
from datetime import date, timedelta
from pathlib import Path
from unittest import mock

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QGroupBox, QLabel, QMessageBox

from kjcg_desktop import clock
from kjcg_desktop.storage import achievements as repo
from kjcg_desktop.storage import publicities as pubs
from kjcg_desktop.ui.dashboard import DashboardPage
from kjcg_desktop.ui.ledger import COLUMN_KEYS, LedgerPage
from kjcg_desktop.ui.main_window import MainWindow


def _count(db, where="1", params=()):
    return db.scalar(f"SELECT count(*) FROM achievements WHERE {where}", params)


def test_filters_and_search_change_row_count(qtbot, demo_db, typist):
    page = LedgerPage(demo_db)
    qtbot.addWidget(page)
    page.show()
    model = page.model
    assert model.rowCount() == 200
    page.set_filter("type", "invention")
    assert model.rowCount() == _count(demo_db, "type = 'invention'")
    page.set_filter("stage", "research")
    both = _count(demo_db, "type = 'invention' AND stage = 'research'")
    assert model.rowCount() == both
    chips = {c.facet: c for c in page.findChildren(type(page.columns_button)) if c.objectName().startswith("chip_")}
    assert set(chips) == {"type", "stage"}
    page._update_chip_counts()
    assert f"· {_count(demo_db, 'stage = ' + repr('research')):,}" in chips["stage"].text()
    typist(page.search, "电池")
    qtbot.waitUntil(lambda: model.search == "电池")
    with_search = demo_db.scalar("SELECT count(*) FROM achievements WHERE type = 'invention' AND stage = 'research' "
                                 "AND name LIKE '%电池%'")
    assert model.rowCount() == with_search < both
    assert page.delegate.terms == ["电池"]
    chips["stage"].click()                       # removing a chip widens the result again
    assert "stage" not in model.filters
    assert model.rowCount() == demo_db.scalar(
        "SELECT count(*) FROM achievements WHERE type = 'invention' AND name LIKE '%电池%'")
    page.clear_filters()
    assert model.rowCount() == 200 and page.search.text() == ""
    # a long term goes through the trigram index: a ledger number
    number = demo_db.scalar("SELECT ledger_no FROM achievements WHERE ledger_no IS NOT NULL ORDER BY id LIMIT 1")
    page.search.setText(number)
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.data(model.index(0, COLUMN_KEYS.index("ledger_no"))) == number


def test_sort_copy_and_remembered_columns(qtbot, demo_db):
    page = LedgerPage(demo_db)
    qtbot.addWidget(page)
    name_col = COLUMN_KEYS.index("name")
    page.view.sortByColumn(name_col, Qt.SortOrder.AscendingOrder)
    names = [page.model.data(page.model.index(r, name_col)) for r in range(page.model.rowCount())]
    assert names == sorted(names)
    page.view.selectRow(0)
    text = page.copy_selection()
    lines = text.splitlines()
    assert lines[0].split("\t")[:2] == ["台账编号", "成果名称"] and lines[1].split("\t")[1] == names[0]
    assert QApplication.clipboard().text() == text
    page.set_column_visible(COLUMN_KEYS.index("keywords"), True)
    page.view.horizontalHeader().resizeSection(name_col, 444)
    page.save_view_state()
    again = LedgerPage(demo_db)
    qtbot.addWidget(again)
    header = again.view.horizontalHeader()
    assert not header.isSectionHidden(COLUMN_KEYS.index("keywords"))
    assert header.sectionSize(name_col) == 444
    assert again.model.sort_key == "name"


def test_stage_override_needs_reason_and_shows_in_history(qtbot, demo_db):
    page = LedgerPage(demo_db)
    qtbot.addWidget(page)
    achievement_id = page.model.id_at(0)
    dialog = page.open_detail(achievement_id, tab="stage")
    qtbot.addWidget(dialog)
    detail = dialog.detail
    detail.override_stage.setCurrentIndex(detail.override_stage.findData("indistinguishable"))
    with mock.patch.object(QMessageBox, "warning") as warning:
        assert detail.apply_override() is False
    assert "书面理由" in warning.call_args.args[2] and "第九条" in warning.call_args.args[2]
    assert demo_db.scalar("SELECT count(*) FROM events WHERE entity_id = ? AND action = 'stage_override'", (achievement_id,)) == 0
    detail.override_stage.setCurrentIndex(detail.override_stage.findData("indistinguishable"))
    detail.override_reason.setPlainText("项目经费混合使用，研究与开发支出无法可靠区分")
    assert detail.apply_override() is True
    assert demo_db.scalar("SELECT stage FROM achievements WHERE id = ?", (achievement_id,)) == "indistinguishable"
    assert demo_db.scalar("SELECT count(*) FROM events WHERE entity_id = ? AND action = 'stage_override'", (achievement_id,)) == 1
    detail.show_tab("history")
    history = detail.history_table
    rows = [[history.text(r, c) for c in range(history.model().columnCount())] for r in range(history.row_count())]
    override = next(r for r in rows if r[3] == "修改阶段标记")
    assert override[1] == "测试员" and override[2].startswith("成果 KJCG-") and "第九条" in override[5]
    assert override[4].startswith("理由：项目经费混合使用，研究与开发支出无法可靠区分；将阶段人工标记由 空 改为 无法区分；原阶段：")
    # each row reads as a sentence: no raw JSON, no stored keys or codes, no ids
    assert not any(re.search(r"[{}\[\]\"]|[a-z]+_[a-z_]+|\bid\b|indistinguishable", " ".join(r[2:5])) for r in rows), rows
    assert "无法区分" in detail.tab("stage").findChild(type(detail.title), "stage_current").text()
    # the ledger row shows the new stage after the change signal
    row = page.model.row_of(achievement_id)
    assert page.model.data(page.model.index(row, COLUMN_KEYS.index("stage"))) == "无法区分"


def test_detail_tabs_show_computed_values_and_attachments(qtbot, demo_db, tmp_path):
    achievement_id = demo_db.scalar("SELECT achievement_id FROM expenditures ORDER BY id LIMIT 1")
    repo.update_achievement(demo_db, achievement_id, {"extra": '{"原台账序号": "A-0017", "备注": "重点培育"}'})
    page = LedgerPage(demo_db)
    qtbot.addWidget(page)
    dialog = page.open_detail(achievement_id)
    qtbot.addWidget(dialog)
    detail = dialog.detail
    extra = detail.tab("basic").findChild(QGroupBox, "extra_columns")
    assert [w.text() for w in extra.findChildren(QLabel)] == ["原台账序号", "A-0017", "备注", "重点培育"]
    page.search.setText("A-0017")                  # imported columns are searchable too
    qtbot.waitUntil(lambda: page.model.ids == [achievement_id])
    assert "1-2 第八条(一)" in detail.tab("project").findChild(type(detail.title), "rd_start").text()
    totals = detail.tab("expenditures").findChild(type(detail.title), "expenditure_totals").text()
    assert "费用化合计" in totals and "资本化" in totals and "1-2 第十条" in totals
    table = detail.tab("expenditures").findChild(type(detail.history_table), "expenditures_table")
    assert table.row_count() == demo_db.scalar("SELECT count(*) FROM expenditures WHERE achievement_id = ?", (achievement_id,))
    assert table.text(0, 5) == "1-2 第十条"
    source = tmp_path / "评估报告.txt"
    source.write_text("技术评估报告", encoding="utf-8")
    assert detail.add_attachment(source) is not None
    attachments = detail.tab("attachments").findChild(type(detail.history_table), "attachments_table")
    assert attachments.text(0, 0) == "评估报告.txt"
    with mock.patch("kjcg_desktop.ui.achievement_detail.QDesktopServices.openUrl") as opened:
        detail.open_attachment(0)
    opened_path = opened.call_args.args[0].toLocalFile()
    assert opened_path.endswith("评估报告.txt") and Path(opened_path).read_text(encoding="utf-8") == "技术评估报告"


def test_delete_draft_and_archive_from_ledger(qtbot, db):
    draft = repo.create_achievement(db, {"name": "待删除的草稿", "status": "disclosed"})
    kept = repo.create_achievement(db, {"name": "已登记成果", "status": "registered", "ledger_no": "KJCG-2025-00001"})
    page = LedgerPage(db)
    qtbot.addWidget(page)
    with mock.patch.object(QMessageBox, "question", return_value=QMessageBox.StandardButton.Yes):
        page.select_id(draft)
        page.remove_current()
        page.select_id(kept)
        page.remove_current()
    assert db.get("achievements", draft) is None
    assert db.scalar("SELECT status FROM achievements WHERE id = ?", (kept,)) == "archived"
    assert page.model.ids == [kept]


@pytest.mark.date_sensitive
def test_dashboard_lists_publicity_ending_soonest_and_opens_it(qtbot, demo_db, tmp_path, fixed_today):
    today = fixed_today
    target = demo_db.scalar("SELECT id FROM achievements WHERE status = 'registered' ORDER BY id LIMIT 1")
    # the soonest (holiday-adjusted) end after today that a 15-day publicity can have, and its start
    end, start = min((pubs.d.publicity_end(today - timedelta(days=n), 15), today - timedelta(days=n))
                     for n in range(1, 40) if pubs.d.publicity_end(today - timedelta(days=n), 15) > today)
    pubs.create_publicity(demo_db, "abandonment", "关于拟放弃“测试成果”的公示", start, 15, achievement_id=target)
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.show()
    dashboard = win.pages["dashboard"]
    assert isinstance(dashboard, DashboardPage)
    items = [i for i in dashboard.reminder_items() if "测试成果" in i.text(3)]
    assert len(items) == 1
    item = items[0]
    assert item.text(0) == end.isoformat() and item.text(1) == f"{(end - today).days} 天" and item.text(2) == "公示届满"
    assert item.parent().isExpanded()
    # a long group (annual fees) is filled in when opened
    annuities = next(dashboard.reminder_tree.topLevelItem(i) for i in range(dashboard.reminder_tree.topLevelItemCount())
                     if dashboard.reminder_tree.topLevelItem(i).text(2) == "专利年费")
    annuities.setExpanded(True)
    assert annuities.childCount() == sum(1 for r in dashboard.reminders if r.kind == "annuity") > 0
    ics = dashboard.export_ics(tmp_path / "提醒.ics").read_text(encoding="utf-8")
    assert ics.count("BEGIN:VEVENT") == len(dashboard.reminders) and "测试成果" in ics.replace("\r\n ", "")
    dashboard._activated(item)
    ledger_page = win.pages["ledger"]
    assert win.stack.currentWidget() is ledger_page
    dialog = ledger_page._detail_windows[-1]
    qtbot.addWidget(dialog)
    assert dialog.achievement_id == target
    assert dialog.detail.tabs.currentIndex() == dialog.detail._tab_index["publicities"]


def test_edit_dialog_creates_and_validates(qtbot, db, typist):
    """新建成果 and 编辑 open the form engine's dialog over forms/achievement.toml."""
    page = LedgerPage(db)
    qtbot.addWidget(page)
    def new_dialog_steps(dialog):
        qtbot.addWidget(dialog)
        # every page of the definition is shown, its help citing its article
        helps = [label.text() for label in dialog.findChildren(QLabel, "page_help")]
        assert len(helps) == 4 and all("条" in h for h in helps)
        with mock.patch.object(QMessageBox, "warning") as warning:   # a name is required
            dialog.save()
        assert "成果名称" in warning.call_args.args[2] and dialog.saved_id is None
        typist(dialog.widget("name").edit, "一种海水淡化膜的制备方法")
        assert dialog.widget("disclosure_date").value() == clock.today().isoformat()
        inventors = dialog.widget("inventors")
        qtbot.mouseClick(inventors.add_button, Qt.MouseButton.LeftButton)
        typist(dialog.widget("department").edit, "化学化工学院")
        qtbot.mouseClick(inventors.add_button, Qt.MouseButton.LeftButton)
        first, second, third = inventors.rows
        assert third.department.text() == "化学化工学院"      # a new row starts in the achievement's department
        qtbot.mouseClick(third.remove, Qt.MouseButton.LeftButton)
        for row, (name, share) in ((first, ("张三", "70")), (second, ("李四", "20"))):
            typist(row.name, name)
            if not row.department.text():
                typist(row.department, "化学化工学院")
            typist(row.share, share)
        first.representative.click()
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert not save.isEnabled()                              # shares add up to 90 %
        assert "还差 10%" in dialog.findChild(QLabel, "error_inventors").text()
        with mock.patch.object(QMessageBox, "warning") as warning:
            dialog.save()
        assert "还差 10%" in warning.call_args.args[2] and dialog.saved_id is None
        second.share.clear()
        typist(second.share, "30")
        assert save.isEnabled()
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        return dialog.result()

    with mock.patch("kjcg_desktop.ui.wizard.FormDialog.exec", new=new_dialog_steps):
        new_id = page.new_achievement()
    assert new_id is not None and page.current_id() == new_id
    saved = repo.get_achievement(db, new_id)
    assert saved["name"] == "一种海水淡化膜的制备方法" and saved["status"] == "disclosed"
    assert saved["attribute"] == "ungranted"                  # derived from 未申请 by the rules
    people = repo.inventors_of(db, new_id)
    assert [(p["name"], p["share"], bool(p["is_representative"])) for p in people] == [("张三", "70", True), ("李四", "30", False)]

    def edit_steps(dialog):
        qtbot.addWidget(dialog)
        assert dialog.widget("name").value() == "一种海水淡化膜的制备方法"
        assert [p["name"] for p in dialog.widget("inventors").value()] == ["张三", "李四"]
        status = dialog.widget("status").combo
        status.setCurrentIndex(status.findData("registered"))
        legal = dialog.widget("legal_status").combo
        legal.setCurrentIndex(legal.findData("granted"))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        return dialog.result()

    page.select_id(new_id)
    with mock.patch("kjcg_desktop.ui.wizard.FormDialog.exec", new=edit_steps):
        page.edit_current()
    saved = repo.get_achievement(db, new_id)
    assert saved["ledger_no"] == f"KJCG-{clock.today().year}-00001" and saved["status"] == "registered"
    assert saved["attribute"] == "granted"                    # tags re-derived after the edit
    actions = [e["action"] for e in db.query("SELECT action FROM events WHERE entity_id = ? ORDER BY id", (new_id,))]
    assert actions[0] == "create" and "update" in actions and "inventors" not in actions   # inventors unchanged
    # a ledger number already used elsewhere is refused with a message naming it
    other = repo.create_achievement(db, {"name": "另一项成果", "status": "disclosed"})

    def duplicate_steps(dialog):
        qtbot.addWidget(dialog)
        typist(dialog.widget("ledger_no").edit, f"KJCG-{clock.today().year}-00001")
        with mock.patch.object(QMessageBox, "warning") as warning:
            qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        assert "已被成果" in warning.call_args.args[2] and dialog.saved_id is None
        return 0

    page.reload()
    page.select_id(other)
    assert page.current_id() == other
    with mock.patch("kjcg_desktop.ui.wizard.FormDialog.exec", new=duplicate_steps):
        page.edit_current()
    assert repo.get_achievement(db, other)["ledger_no"] is None


def test_detail_shows_fees_reclassified_on_grant_with_the_article(qtbot, db):
    """1-2 第十条: registration and lawyer fees booked while pending become an intangible asset on grant."""
    aid = repo.create_achievement(db, {"name": "审中发明", "type": "invention", "legal_status": "pending"})
    repo.add_expenditure(db, aid, on=date(2025, 1, 10), kind="registration", amount_fen=95_000)
    repo.update_achievement(db, aid, {"legal_status": "granted"})
    page = LedgerPage(db)
    qtbot.addWidget(page)
    dialog = page.open_detail(aid)
    qtbot.addWidget(dialog)
    table = dialog.detail.tab("expenditures").findChild(type(dialog.detail.history_table), "reclassifications_table")
    row = [table.text(0, c) for c in range(table.model().columnCount())]
    assert row[:5] == ["2025-01-10", "注册费", "950.00", "费用化", "资本化"] and row[6] == "1-2 第十条"


def test_stage_tab_confirms_conditions_and_shows_the_article_9_conflict(qtbot, db, monkeypatch):
    """1-2 第八条(二): development needs all the conditions; 第九条(一): no clear intent → research."""
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    aid = repo.create_achievement(db, {"name": "评估后成果", "type": "invention"})
    repo.add_evidence(db, aid, "assessment_report", "以转化为目的的技术评估报告", date(2025, 1, 1))
    page = LedgerPage(db)
    qtbot.addWidget(page)
    dialog = page.open_detail(aid)
    qtbot.addWidget(dialog)
    detail = dialog.detail
    tab = detail.tab("stage")
    assert "开发阶段条件未全部满足" in tab.findChild(QLabel, "stage_computed").text()
    for check in detail.condition_checks.values():
        check.setChecked(True)
    assert not detail.save_conditions()  # no confirmer named
    detail.conditions_by.setText("技术转移中心 王老师")
    assert detail.save_conditions()
    tab = detail.tab("stage")
    conflict = tab.findChild(QLabel, "stage_conflict")
    assert "第九条(一)" in conflict.text() and not conflict.isHidden()
    assert repo.get_achievement(db, aid)["stage"] == "research"
