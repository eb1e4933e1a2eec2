"""First start: a short welcome asking for the unit, the TTO and the pilot start date, then
"open with demo data", "start empty" or "import my Excel ledger".

Shown by app.py when the database has no unit settings yet (:func:`needs_first_run`). The choice is
in :attr:`FirstRunDialog.choice`; "import" is handed to ``MainWindow.start_import()`` by the caller.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import clock
from ..domain import DomainError, pilot_milestones
from ..services.progress import Cancelled
from ..storage import Database, Settings
from ..storage.stats import achievement_count
from .date_input import DateInput
from .tasks import TaskFailed, run_modal

DEMO, EMPTY, IMPORT = "demo", "empty", "import"


def needs_first_run(db: Database) -> bool:
    """A new database: no unit name saved and no achievements."""
    return not Settings(db).has_unit_settings() and achievement_count(db) == 0


class FirstRunDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, demo_size: int = 200) -> None:
        super().__init__(parent)
        self.db = db
        self.demo_size = demo_size
        self.choice: str | None = None
        self.setWindowTitle(self.tr("欢迎使用 KJCG Desktop"))
        intro = QLabel(self.tr("<h3>科技成果转化管理</h3><p>请填写本单位的基本信息（以后可在“设置”中修改），"
                               "然后选择如何开始。</p>"))
        intro.setWordWrap(True)
        self.unit_name = QLineEdit()
        self.unit_name.setPlaceholderText(self.tr("例如：上海某大学"))
        self.tto_name = QLineEdit()
        self.tto_name.setPlaceholderText(self.tr("例如：技术转移中心"))
        self.pilot_start = DateInput(clock.today())
        self.pilot_start.setToolTip(self.tr("试点期三年（方案五(一)）；一年内建立配套管理制度（方案三(二)）"))
        self.milestones = QLabel()
        self.pilot_start.changed.connect(self._show_milestones)
        form = QFormLayout()
        form.addRow(self.tr("单位名称"), self.unit_name)
        form.addRow(self.tr("技术转移机构名称"), self.tto_name)
        form.addRow(self.tr("试点启动日期"), self.pilot_start)
        form.addRow("", self.milestones)

        self.demo_button = QPushButton(self.tr("使用演示数据打开"))
        self.demo_button.setToolTip(self.tr("生成一套示例台账、申请、公示和交易，便于熟悉软件；熟悉后可在“设置”中清除演示数据，开始正式使用"))
        self.empty_button = QPushButton(self.tr("从空白开始"))
        self.import_button = QPushButton(self.tr("导入我的 Excel 台账"))
        self.import_button.setToolTip(self.tr("保存单位信息后打开 Excel 台账导入"))
        # bound methods, not lambdas: a lambda holding self keeps the dialog alive in a cycle
        self.demo_button.clicked.connect(self._demo)
        self.empty_button.clicked.connect(self._empty)
        self.import_button.clicked.connect(self._import)
        buttons = QHBoxLayout()
        for button in (self.demo_button, self.empty_button, self.import_button):
            buttons.addWidget(button)
        self.error = QLabel()
        self.error.setObjectName("first_run_error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(560, 320)
        self._show_milestones()

    def _demo(self) -> None:
        self.finish(DEMO)

    def _empty(self) -> None:
        self.finish(EMPTY)

    def _import(self) -> None:
        self.finish(IMPORT)

    def _show_milestones(self) -> None:
        start = self.pilot_start.date_value()
        if start is None:
            self.milestones.setText("")
            return
        m = pilot_milestones(start)
        self.milestones.setText(self.tr("制度建立截止：{0}；试点结束：{1}").format(m.rules_due.isoformat(), m.pilot_end.isoformat()))

    def values(self) -> dict[str, str]:
        start: date = self.pilot_start.require(self.tr("试点启动日期"))
        return {"unit_name": self.unit_name.text().strip(), "tto_name": self.tto_name.text().strip(),
                "pilot_start": start.isoformat()}

    def finish(self, choice: str) -> bool:
        """Save the unit details, fill the demo data if asked, and close; False (dialog stays) on error."""
        try:
            values = self.values()
        except DomainError as exc:
            self.error.setText(str(exc))
            self.pilot_start.edit.setFocus()
            return False
        if choice != DEMO and not values["unit_name"]:
            self.error.setText(self.tr("请填写单位名称（选择演示数据时可不填）"))
            self.unit_name.setFocus()
            return False
        settings = Settings(self.db)
        if choice == DEMO:
            from ..services.demo import build_demo

            # what the clerk typed is saved first: the demo fills only what is still empty
            settings.set_many({k: v for k, v in values.items() if v})
            size = self.demo_size
            try:
                run_modal(self, lambda task: build_demo(task.db, size=size), title=self.tr("演示数据"),
                          label=self.tr("正在生成演示数据…"), db=self.db)
            except (Cancelled, TaskFailed) as exc:
                self.error.setText(self.tr("无法生成演示数据：{0}").format(exc))
                return False
            values = {"demo_data": True}  # settings then offer "清除演示数据，开始正式使用"
        settings.set_many(values)
        self.choice = choice
        self.accept()
        return True
