"""The main window: navigation between the sections of the app and the open database.

Texts are retranslated when the language changes (:meth:`MainWindow.retranslate`): the window's
own texts directly; pages that define ``retranslate()`` are asked to update, other pages are
rebuilt. Every page gets the "本页说明" bar (ui/help.py ``HELP``) and F1 opens the manual.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..paths import resources_dir
from ..services.progress import foreground_busy
from ..storage import Database, Settings
from . import preload
from .help import AboutDialog, HelpBar, ManualDialog
from .i18n import section_text

PageFactory = Callable[["MainWindow"], QWidget]


def _lazy(module: str, name: str, argument: str = "db") -> PageFactory:
    """A page factory that imports its module on first visit, so start-up loads only the first page."""
    def build(win: MainWindow) -> QWidget:
        factory = getattr(importlib.import_module(f"{__package__}.{module}"), name)
        if argument == "window":
            return factory(win)
        if argument == "settings":
            return factory(Settings(win.db))
        return factory(win.db)
    return build


# (key, title, factory)
SECTIONS: list[tuple[str, str, PageFactory]] = [
    ("dashboard", QT_TRANSLATE_NOOP("MainWindow", "工作台"), _lazy("dashboard", "build_dashboard", "window")),
    ("ledger", QT_TRANSLATE_NOOP("MainWindow", "成果台账"), _lazy("ledger", "build_ledger", "window")),
    ("applications", QT_TRANSLATE_NOOP("MainWindow", "赋权申请"), _lazy("applications_page", "ApplicationsPage")),
    ("deals", QT_TRANSLATE_NOOP("MainWindow", "转化交易"), _lazy("deals_page", "DealsPage")),
    ("publicities", QT_TRANSLATE_NOOP("MainWindow", "公示"), _lazy("publicity_page", "PublicityPage")),
    ("fees", QT_TRANSLATE_NOOP("MainWindow", "专利年费"), _lazy("fees_page", "FeesPage")),
    ("documents", QT_TRANSLATE_NOOP("MainWindow", "文书"), _lazy("documents_page", "DocumentsPage")),
    ("finance", QT_TRANSLATE_NOOP("MainWindow", "财务对接"), _lazy("excel_pages", "FinancePage")),
    ("report", QT_TRANSLATE_NOOP("MainWindow", "年度报告"), _lazy("report_page", "ReportPage")),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "设置"), _lazy("settings_page", "SettingsPage", "settings")),
]


class MainWindow(QMainWindow):
    # The user chose "导入 Excel 台账" (first run or elsewhere); the import wizard listens here.
    import_requested = Signal()
    # The open database was replaced (data folder moved): the new Database.
    database_changed = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.resize(1280, 800)
        icon = resources_dir() / "icons" / "kjcg.png"
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(132)
        self.nav.setStyleSheet("QListWidget#nav { font-size: 15px; border: none; background: #f3f5f8; }"
                               "QListWidget#nav::item { padding: 10px 14px; }"
                               "QListWidget#nav::item:selected { background: #1f5fa8; color: white; }")
        self.stack = QStackedWidget()
        self.help_bar = HelpBar()
        self.help_bar.manual_button.clicked.connect(self.show_manual)
        self.pages: dict[str, QWidget] = {}
        self._factories: dict[str, PageFactory] = {}
        for key, _title, factory in SECTIONS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self._factories[key] = factory
            self.stack.addWidget(QWidget())  # built lazily on first visit
        self.nav.currentRowChanged.connect(self._show_row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.help_bar)
        right_layout.addWidget(self.stack, 1)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(right, 1)
        self.setCentralWidget(central)
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menu()
        self.retranslate(rebuild_pages=False)
        self.nav.setCurrentRow(0)

    def _build_menu(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.import_action = QAction(self)
        self.import_action.setObjectName("file_import")
        self.import_action.triggered.connect(self.open_import)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu("")
        self.manual_action = QAction(self)
        self.manual_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.manual_action.triggered.connect(self.show_manual)
        self.help_menu.addAction(self.manual_action)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    # -- language ------------------------------------------------------------------------
    def retranslate(self, rebuild_pages: bool = True) -> None:
        """Set every text of the window in the current language."""
        self.setWindowTitle(self.tr("科技成果转化管理 — KJCG Desktop"))
        for row, (_key, title, _factory) in enumerate(SECTIONS):
            self.nav.item(row).setText(section_text(title))
        self.file_menu.setTitle(self.tr("文件(&F)"))
        self.import_action.setText(self.tr("导入台账(&I)…"))
        self.quit_action.setText(self.tr("退出(&X)"))
        self.help_menu.setTitle(self.tr("帮助(&H)"))
        self.manual_action.setText(self.tr("使用手册(&M)"))
        self.about_action.setText(self.tr("关于(&A)"))
        self.db_label.setText(self.tr("数据库：{0}").format(self.db.path or getattr(self.db, "location", None) or ":memory:"))
        self.help_bar.retranslate()
        if rebuild_pages:
            for key in list(self.pages):
                retranslate = getattr(self.pages[key], "retranslate", None)
                if callable(retranslate):
                    retranslate()
                else:
                    self._rebuild(key)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, preload.start)  # the other pages' heavy modules, while the first page is read
        if getattr(self, "_language_changed_while_hidden", False):
            self._language_changed_while_hidden = False
            self.retranslate()
        row = self.nav.currentRow()
        if row >= 0 and SECTIONS[row][0] not in self.pages:  # dropped while hidden
            self._show_row(row)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            if self.isVisible():
                self.retranslate()
            else:  # a closed window (its database may be closed too) catches up when shown again
                self._language_changed_while_hidden = True
        super().changeEvent(event)

    # -- pages ---------------------------------------------------------------------------
    def _index(self, key: str) -> int:
        return [k for k, _, _ in SECTIONS].index(key)

    def page(self, key: str) -> QWidget:
        """The page of section ``key``, building it on first use."""
        if key not in self.pages:
            index = self._index(key)
            widget = self._factories[key](self)
            old = self.stack.widget(index)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.stack.insertWidget(index, widget)
            self.pages[key] = widget
            moved = getattr(widget, "database_moved", None)
            if moved is not None:  # settings: the data folder was moved
                moved.connect(self.switch_database)
        return self.pages[key]

    def _rebuild(self, key: str) -> None:
        """Drop the built page of ``key``; it is built again now if shown, else on next visit."""
        index = self._index(key)
        current = self.stack.currentIndex() == index and self.isVisible()
        old = self.pages.pop(key)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.stack.insertWidget(index, QWidget())
        if current:
            self._show_row(index)

    def open_import(self) -> QWidget:
        """文件 → 导入台账: the ledger page's import wizard (the ledger reloads after it)."""
        return self.show_section("ledger").open_import()

    def show_section(self, key: str) -> QWidget:
        index = self._index(key)
        if self.nav.currentRow() == index:
            self._show_row(index)
        self.nav.setCurrentRow(index)
        return self.pages[key]

    def current_section(self) -> str:
        return SECTIONS[max(self.nav.currentRow(), 0)][0]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        foreground_busy()  # background work waits while the page is built and drawn
        key = SECTIONS[row][0]
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        self.help_bar.show_for(key)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    # -- seams for other parts -----------------------------------------------------------
    def start_import(self) -> None:
        """Start importing the user's Excel ledger (first-run choice "导入我的 Excel 台账").

        Shows the 财务对接 section and opens its import wizard; :attr:`import_requested` tells
        anyone else listening."""
        self.import_requested.emit()
        page = self.show_section("finance")
        open_wizard = getattr(page, "open_import_wizard", None)
        if callable(open_wizard):
            open_wizard()

    def switch_database(self, db: Database) -> None:
        """Work on ``db`` from now on (the data folder was moved): close the old one, rebuild pages."""
        old = self.db
        self.db = db
        if old is not db:
            old.close()
        for key in list(self.pages):
            self._rebuild(key)
        self.retranslate(rebuild_pages=False)
        self.database_changed.emit(db)

    # -- help ----------------------------------------------------------------------------
    def show_manual(self) -> ManualDialog:
        """The user guide at the chapter of the current page (chapters are titled like the sections)."""
        title = next(t for k, t, _ in SECTIONS if k == self.current_section())
        dialog = ManualDialog(self, chapter=title)
        dialog.open()
        return dialog

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.db.path, Settings(self.db).get("document_font") or "", self)
        dialog.open()
        return dialog
