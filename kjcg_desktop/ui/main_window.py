"""The main window: navigation between the sections of the app and the open database."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from .. import __version__
from ..storage import Database, Settings
from .applications_page import ApplicationsPage
from .dashboard import build_dashboard
from .deals_page import DealsPage
from .excel_pages import FinancePage
from .ledger import build_ledger
from .pages import RecordsPage
from .publicity_page import PublicityPage
from .report_page import ReportPage
from .settings_page import SettingsPage

PageFactory = Callable[["MainWindow"], QWidget]


def _records(loader_name: str, headers: list[tuple[str, str]]) -> PageFactory:
    def build(win: MainWindow) -> QWidget:
        from ..storage import achievements, applications, deals, publicities

        loaders = {"achievements": achievements.list_achievements, "applications": applications.list_applications,
                   "deals": deals.list_deals, "publicities": publicities.list_publicities}
        return RecordsPage(lambda: loaders[loader_name](win.db), headers)
    return build


# (key, title, factory). Sections replace their factory here as they are built out.
SECTIONS: list[tuple[str, str, PageFactory]] = [
    ("dashboard", "工作台", build_dashboard),
    ("ledger", "成果台账", build_ledger),
    ("applications", "赋权申请", lambda win: ApplicationsPage(win.db)),
    ("deals", "转化交易", lambda win: DealsPage(win.db)),
    ("publicities", "公示", lambda win: PublicityPage(win.db)),
    ("documents", "文书", lambda win: __import__("kjcg_desktop.ui.documents_page", fromlist=["DocumentsPage"]).DocumentsPage(win.db)),
    ("finance", "财务对接", lambda win: FinancePage(win.db)),
    ("report", "年度报告", lambda win: ReportPage(win.db)),
    ("settings", "设置", lambda win: SettingsPage(Settings(win.db))),
]


class MainWindow(QMainWindow):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("科技成果转化管理 — KJCG Desktop"))
        self.resize(1280, 800)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(132)
        self.nav.setStyleSheet("QListWidget#nav { font-size: 15px; border: none; background: #f3f5f8; }"
                               "QListWidget#nav::item { padding: 10px 14px; }"
                               "QListWidget#nav::item:selected { background: #1f5fa8; color: white; }")
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self._factories: dict[str, PageFactory] = {}
        for key, title, factory in SECTIONS:
            item = QListWidgetItem(self.tr(title))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self._factories[key] = factory
            self.stack.addWidget(QWidget())  # built lazily on first visit
        self.nav.currentRowChanged.connect(self._show_row)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.db_label = QLabel(self.tr("数据库：{0}").format(db.path or ":memory:"))
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menu()
        self.nav.setCurrentRow(0)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        quit_action = QAction(self.tr("退出(&X)"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于(&A)"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def page(self, key: str) -> QWidget:
        """The page of section ``key``, building it on first use."""
        if key not in self.pages:
            index = [k for k, _, _ in SECTIONS].index(key)
            widget = self._factories[key](self)
            old = self.stack.widget(index)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.stack.insertWidget(index, widget)
            self.pages[key] = widget
        return self.pages[key]

    def show_section(self, key: str) -> QWidget:
        index = [k for k, _, _ in SECTIONS].index(key)
        self.nav.setCurrentRow(index)
        return self.pages[key]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = SECTIONS[row][0]
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("关于"), self.tr("KJCG Desktop 科技成果转化管理桌面版 {0}\n数据库：{1}").format(
            __version__, self.db.path))
