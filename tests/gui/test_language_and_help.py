"""Switching the language retranslates the main window; every page has its help; manual and About."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QLabel

from kjcg_desktop import __version__
from kjcg_desktop import i18n_catalogue as cat
from kjcg_desktop.domain import AchievementType
from kjcg_desktop.storage import Settings
from kjcg_desktop.ui.help import HELP, AboutDialog, ManualDialog
from kjcg_desktop.ui.i18n import apply_language, catalogue_file, current_language
from kjcg_desktop.ui.main_window import SECTIONS, MainWindow


@pytest.fixture(autouse=True)
def chinese_first(qapp):
    apply_language("zh_CN")  # tests/gui/conftest.py removes the translators afterwards


def _texts(win: MainWindow) -> dict[str, object]:
    return {
        "title": win.windowTitle(),
        "nav": [win.nav.item(i).text() for i in range(win.nav.count())],
        "menus": [a.text() for a in win.menuBar().actions()],
        "help": win.help_bar.toggle.text(),
        "status": win.db_label.text(),
    }


def test_switching_language_changes_the_main_window_texts(qtbot, db):
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    chinese = _texts(win)
    assert chinese["nav"][:3] == ["工作台", "成果台账", "赋权申请"]
    assert chinese["menus"] == ["文件(&F)", "帮助(&H)"]

    apply_language("en")
    qtbot.waitUntil(lambda: win.nav.item(0).text() == "Dashboard")
    english = _texts(win)
    assert english["nav"] == ["Dashboard", "Ledger", "Rights grants", "Deals", "Publicity", "Annual fees", "Documents", "Finance",
                              "Annual report", "Settings"]
    assert english["title"] == "Technology Transfer Management — KJCG Desktop"
    assert english["menus"] == ["&File", "&Help"]
    assert english["help"] == "About this page"
    assert english["status"].startswith("Database: ")
    assert "Ledger overview" in win.help_bar.text.text() or "reminders" in win.help_bar.text.text()

    apply_language("zh_CN")
    qtbot.waitUntil(lambda: win.nav.item(0).text() == "工作台")
    assert _texts(win) == chinese


def test_language_chosen_in_settings_is_saved_and_applied_and_pages_are_rebuilt(qtbot, demo_db):
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.show()
    win.show_section("ledger")
    ledger = win.pages["ledger"]
    model = ledger.model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "成果名称"
    assert model.index(0, 2).data() in {t.label for t in AchievementType}
    page = win.show_section("settings")
    page.language.setCurrentIndex(page.language.findData("en"))
    page.save_button.click()
    assert Settings(demo_db).get("language") == "en" and current_language() == "en"
    qtbot.waitUntil(lambda: win.nav.item(1).text() == "Ledger")
    qtbot.waitUntil(lambda: win.pages["settings"] is not page)  # rebuilt in English
    assert win.pages["settings"].save_button.text() == "Save settings"
    assert "ledger" not in win.pages  # rebuilt on next visit
    ledger = win.show_section("ledger")
    model = ledger.model
    assert model.rowCount() > 0
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Achievement name"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Type"
    assert model.index(0, 2).data() in {"Invention patent", "Utility model patent", "Design patent",
                                        "Software copyright", "Plant variety", "IC layout design",
                                        "Know-how", "Other"}
    header = ledger.view.horizontalHeader()
    assert header.model().headerData(1, Qt.Orientation.Horizontal) == "Achievement name"  # what the view shows
    dashboard = win.show_section("dashboard")
    titles = [item.text(3) for item in dashboard.reminder_items()]
    assert titles and all(t.startswith(("Publicity ends: ", "Pay the patent annual fee: ", "Submit the ", "Pilot ", "End of the",
                                        "Long-term use right expires: ")) for t in titles), titles[:5]
    assert "Basis: " in dashboard.reminder_items()[0].toolTip(3)
    # Deliver the LanguageChange events still queued before the window is freed: destroying a
    # top-level window (pytest-qt keeps only a weak reference) with them pending crashes PySide.
    QCoreApplication.processEvents()


def test_compiled_english_catalogue_matches_the_ts_file(qapp):
    """The .qm shipped is compiled from the current .ts (run update_translations.py after editing)."""
    translator = QTranslator()
    assert translator.load(str(catalogue_file("en")))
    english = cat.read_ts(cat.ts_path("en"))
    for context, messages in english.items():
        for source, entry in messages.items():
            assert translator.translate(context, source) == entry.translation, (context, source)


def test_every_section_has_help_and_a_manual_chapter(qtbot, db):
    win = MainWindow(db)
    qtbot.addWidget(win)
    for key, _title, _ in SECTIONS:
        assert key in HELP, f"ui/help.py HELP 缺少 {key}"
        win.show_section(key)
        assert not win.help_bar.isHidden()
        assert HELP[key][1] in win.help_bar.text.text()  # the articles
    manual = ManualDialog(win)
    qtbot.addWidget(manual)
    for _key, title, _ in SECTIONS:
        assert manual.go_to(title), f"使用手册缺少章节 {title}"
    assert not manual.go_to("不存在的章节")


def test_f1_opens_the_manual_at_the_page_chapter(qtbot, db):
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    win.show_section("publicities")
    win.manual_action.trigger()
    dialog = win.findChild(ManualDialog)
    qtbot.waitUntil(lambda: dialog.chapter == "公示")
    assert "民法典" in dialog.browser.toPlainText()
    dialog.close()


def test_help_bar_collapses(qtbot, db):
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    win.help_bar.toggle.click()
    assert not win.help_bar.text.isVisible()
    win.help_bar.toggle.click()
    assert win.help_bar.text.isVisible()


def test_about_shows_version_data_path_and_licences(qtbot, db):
    Settings(db).set("document_font", "/fonts/simsun.ttc#0")
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.about_action.trigger()
    dialog = win.findChild(AboutDialog)
    text = dialog.browser.toPlainText()
    assert __version__ in text and str(db.path) in text and "/fonts/simsun.ttc#0" in text
    for name in ("LGPL", "reportlab", "openpyxl", "sqlite-utils", "Apache", "platformdirs", "chinesecalendar",
                 "python-calamine", "defusedxml", "PSF"):
        assert name in text, name
    dialog.close()
    assert isinstance(win.db_label, QLabel)


def test_qt_own_dialogs_speak_chinese(qtbot):
    """Qt's standard buttons and file dialog: the wheel's qtbase_zh_CN.qm predates the mnemonics Qt 6
    added ("&Look in:", "Files of &type:"), so those labels showed in English."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    apply_language("zh_CN")
    box = QMessageBox(QMessageBox.Icon.Question, "只读", "以只读方式打开？",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == sorted(["是(&Y)", "否(&N)"])
    dialog = QFileDialog(None, "导出")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "查找范围(&L)："
    assert labels["fileTypeLabel"] == "文件类型(&T)："
    assert all(not any(c.isascii() and c.isalpha() and c not in "LNT" for c in text) for text in labels.values())

