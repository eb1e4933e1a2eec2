"""设置 — the unit's details, pilot start date and defaults."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain import pilot_milestones
from ..storage import Settings


class SettingsPage(QWidget):
    saved = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        layout = QVBoxLayout(self)
        unit = QGroupBox(self.tr("单位信息"))
        form = QFormLayout(unit)
        self.unit_name = QLineEdit()
        self.tto_name = QLineEdit()
        self.operator = QLineEdit()
        self.operator.setPlaceholderText(self.tr("默认使用 Windows 用户名"))
        self.pilot_start = QDateEdit()
        self.pilot_start.setCalendarPopup(True)
        self.pilot_start.setDisplayFormat("yyyy-MM-dd")
        self.pilot_start.setToolTip(self.tr("试点启动后三年（方案五(一)）；一年内建立配套管理制度（方案三(二)）"))
        self.milestones = QLabel()
        self.pilot_start.dateChanged.connect(self._show_milestones)
        form.addRow(self.tr("单位名称"), self.unit_name)
        form.addRow(self.tr("技术转移机构名称"), self.tto_name)
        form.addRow(self.tr("操作人显示名"), self.operator)
        form.addRow(self.tr("试点启动日期"), self.pilot_start)
        form.addRow("", self.milestones)
        layout.addWidget(unit)

        pub = QGroupBox(self.tr("公示与赋权默认值"))
        form2 = QFormLayout(pub)
        self.publicity_days = QSpinBox()
        self.publicity_days.setRange(1, 90)
        self.publicity_days.setToolTip(self.tr("赋权公示期不少于15日（方案二(一)、方案二(二)）"))
        self.working_days = QCheckBox(self.tr("按工作日计算公示期"))
        self.objection_contact = QLineEdit()
        self.team_share = QLineEdit()
        self.team_share.setToolTip(self.tr("部分赋权时团队默认所有权份额（%），申请时可修改"))
        form2.addRow(self.tr("默认公示天数"), self.publicity_days)
        form2.addRow("", self.working_days)
        form2.addRow(self.tr("异议受理联系方式"), self.objection_contact)
        form2.addRow(self.tr("团队默认所有权份额（%）"), self.team_share)
        layout.addWidget(pub)

        safety = QGroupBox(self.tr("数据安全"))
        safety_layout = QVBoxLayout(safety)
        self.backup_button = QPushButton(self.tr("备份与恢复…"))
        self.backup_button.setToolTip(self.tr("查看自动备份、立即备份、从备份恢复"))
        self.backup_button.clicked.connect(self.open_backups)
        safety_layout.addWidget(self.backup_button)
        layout.addWidget(safety)

        self.save_button = QPushButton(self.tr("保存设置"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        s = self.settings
        self.unit_name.setText(s.get("unit_name") or "")
        self.tto_name.setText(s.get("tto_name") or "")
        self.operator.setText(s.get("operator") or "")
        start = s.pilot_start()
        self.pilot_start.setDate(QDate(start.year, start.month, start.day) if start else QDate.currentDate())
        self.publicity_days.setValue(int(s.get("publicity_days") or 15))
        self.working_days.setChecked(bool(s.get("publicity_working_days")))
        self.objection_contact.setText(s.get("objection_contact") or "")
        self.team_share.setText(str(s.get("default_team_share") or ""))
        self._show_milestones()

    def open_backups(self):
        from .backup_page import BackupDialog

        dialog = BackupDialog(self.settings.db, self)
        dialog.page.restored.connect(lambda _source: self.load())
        dialog.open()
        return dialog

    def _show_milestones(self) -> None:
        start = self.pilot_start.date().toPython()
        m = pilot_milestones(start)
        self.milestones.setText(self.tr("制度建立截止：{0}；试点结束：{1}").format(m.rules_due.isoformat(), m.pilot_end.isoformat()))

    def save(self) -> None:
        start: date = self.pilot_start.date().toPython()
        self.settings.set_many({
            "unit_name": self.unit_name.text().strip(),
            "tto_name": self.tto_name.text().strip(),
            "operator": self.operator.text().strip(),
            "pilot_start": start.isoformat(),
            "publicity_days": self.publicity_days.value(),
            "publicity_working_days": self.working_days.isChecked(),
            "objection_contact": self.objection_contact.text().strip(),
            "default_team_share": self.team_share.text().strip(),
        })
        self.status.setText(self.tr("已保存"))
        self.saved.emit()
