"""成果放弃 (1-2 第十一条): the abandonment requests and their publicities, a request dialog whose
fields mirror ``forms/abandonment.toml``, and a button to apply due abandonments now."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import domain as d
from ..storage import Database, Settings
from ..storage import abandonment as repo
from ..storage import deals as deals_repo
from .deal_dialog import Clock, choice_combo, date_edit, from_qdate, ok_cancel

PUBLICITY_STATES = {"running": "公示中", "ended": "已期满", "withdrawn": "已撤销（有异议）"}


class AbandonmentDialog(QDialog):
    """放弃申请: request, review and notice, publicity — the keys of forms/abandonment.toml."""

    def __init__(self, db: Database, *, today: Clock = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.application_id: int | None = None
        self.setWindowTitle(self.tr("科技成果放弃申请"))
        settings = Settings(db)
        now = today()
        self.fields: dict[str, QWidget] = {}
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("输入台账编号或名称查找"))
        achievement = QComboBox()
        achievement.setMinimumContentsLength(30)
        self.search.textChanged.connect(self._search)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(achievement, 2)
        self.fields = {
            "achievement_id": achievement,
            "requested_by": QLineEdit(),
            "request_date": date_edit(now),
            "reason": choice_combo(list(repo.REASONS.items())),
            "reason_text": QPlainTextEdit(),
            "request_letter": QLineEdit(),
            "decided_by": QLineEdit(),
            "notice_date": date_edit(now),
            "notice_to": QLineEdit(self.tr("全体完成人")),
            "publicity_start": date_edit(now),
            "publicity_days": QSpinBox(),
            "working_days": QCheckBox(self.tr("按工作日计算")),
        }
        self.fields["reason_text"].setFixedHeight(50)
        self.fields["publicity_days"].setRange(1, 90)
        self.fields["publicity_days"].setValue(int(settings.get("publicity_days") or 15))
        self.fields["working_days"].setChecked(bool(settings.get("publicity_working_days")))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._choose_letter)
        letter = QHBoxLayout()
        letter.addWidget(self.fields["request_letter"], 1)
        letter.addWidget(browse)
        self.end = QLabel()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout(self)
        intro = QLabel(self.tr("完成人放弃维持或其他原因主动放弃权利的科技成果，由技术转移机构进行公示，公示期满即为自动放弃；"
                               "已确定为无形资产的，交财务部门核销（1-2 第十一条）。"))
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow(self.tr("成果"), row)
        form.addRow(self.tr("申请人"), self.fields["requested_by"])
        form.addRow(self.tr("申请日期"), self.fields["request_date"])
        form.addRow(self.tr("放弃原因"), self.fields["reason"])
        form.addRow(self.tr("具体说明"), self.fields["reason_text"])
        form.addRow(self.tr("放弃申请书"), letter)
        form.addRow(self.tr("审核决定人"), self.fields["decided_by"])
        form.addRow(self.tr("通知告知日期"), self.fields["notice_date"])
        form.addRow(self.tr("告知对象"), self.fields["notice_to"])
        form.addRow(self.tr("公示开始"), self.fields["publicity_start"])
        form.addRow(self.tr("公示天数"), self.fields["publicity_days"])
        form.addRow("", self.fields["working_days"])
        form.addRow(self.tr("公示期满（自动放弃）"), self.end)
        form.addRow(self.error)
        self.buttons = ok_cancel(self, "提交并开始公示")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.fields["notice_date"].setToolTip("1-1 第六条(二)：履行通知、告知、公示程序")
        for signal in (self.fields["publicity_start"].dateChanged, self.fields["publicity_days"].valueChanged,
                       self.fields["working_days"].toggled):
            signal.connect(self._preview)
        self._search("")
        self._preview()
        self.resize(560, 0)

    def _search(self, text: str) -> None:
        combo: QComboBox = self.fields["achievement_id"]
        combo.clear()
        for row in deals_repo.find_achievements(self.db, text):
            combo.addItem(f"{row['ledger_no'] or row['id']} {row['name']}", row["id"])

    def _choose_letter(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择放弃申请书"))
        if path:
            self.fields["request_letter"].setText(path)

    def _preview(self) -> None:
        window = d.publicity_window(from_qdate(self.fields["publicity_start"].date()), self.fields["publicity_days"].value(),
                                    working_days=self.fields["working_days"].isChecked())
        self.end.setText(window.end.isoformat() + (f"\n{window.warning}" if window.warning else ""))

    def save(self) -> int | None:
        from ..storage.attachments import add_attachment

        f = self.fields
        try:
            achievement_id = f["achievement_id"].currentData()
            if achievement_id is None:
                raise d.DomainError("请选择成果", article=repo.ARTICLE, field="achievement_id")
            if not f["decided_by"].text().strip():
                raise d.DomainError("请填写审核决定人或决策机构", article=repo.ARTICLE, field="decided_by")
            letter = f["request_letter"].text().strip()
            if letter and not Path(letter).is_file():
                raise d.DomainError(f"放弃申请书文件不存在：{letter}", field="request_letter")
            with self.db.transaction():
                self.application_id, _pub = repo.request_abandonment(
                    self.db, achievement_id, requested_by=f["requested_by"].text().strip(), reason=f["reason"].currentData(),
                    reason_text=f["reason_text"].toPlainText().strip(), on=from_qdate(f["request_date"].date()),
                    publicity_start=from_qdate(f["publicity_start"].date()), days=f["publicity_days"].value(),
                    working_days=f["working_days"].isChecked(), notice_on=from_qdate(f["notice_date"].date()),
                    notice_to=f["notice_to"].text().strip(), decided_by=f["decided_by"].text().strip())
                if letter:
                    add_attachment(self.db, "application", self.application_id, Path(letter), kind="request_letter")
        except (d.DomainError, OSError) as exc:
            self.error.setText(str(exc))
            return None
        self.accept()
        return self.application_id


class AbandonmentPanel(QWidget):
    """The abandonment list with 申请放弃 and 检查到期."""

    HEADERS = ["台账编号", "成果", "申请人", "公示开始", "公示期满", "公示状态", "异议", "成果状态", "核销"]

    def __init__(self, db: Database, *, today: Clock = date.today, run_dialog: Callable[[QDialog], int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.run_dialog = run_dialog or (lambda dialog: dialog.exec())
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])  # i18n: dynamic
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        add = QPushButton(self.tr("申请放弃…"))
        add.clicked.connect(self.request)
        check = QPushButton(self.tr("检查到期"))
        check.setToolTip(self.tr("公示期满的成果自动标记为已放弃（1-2 第十一条）；软件启动时和运行期间每天自动检查"))
        check.clicked.connect(self.check_due)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("放弃公示期满即为自动放弃（1-2 第十一条）")), 1)
        top.addWidget(add)
        top.addWidget(check)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        rows = repo.list_abandonments(self.db)
        self.table.setRowCount(len(rows))
        written_off = {r[0] for r in self.db.query("SELECT achievement_id FROM finance_queue WHERE kind = 'write_off'")}
        for r, row in enumerate(rows):
            values = [row["ledger_no"] or "", row["name"], row["applicant"] or "", row["start_date"], row["end_date"],
                      PUBLICITY_STATES.get(row["state"], row["state"]), str(row["objections"]),
                      d.AchievementStatus(row["status"]).label,
                      self.tr("已转财务") if row["achievement_id"] in written_off else ("待核销" if row["is_intangible_asset"]
                                                                                     and row["status"] != "abandoned" else "")]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 7 and row["status"] == "abandoned":
                    item.setForeground(QBrush(QColor("#b00020")))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def request(self) -> int | None:
        dialog = AbandonmentDialog(self.db, today=self.today, parent=self)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        self.refresh()
        return dialog.application_id

    def check_due(self) -> int:
        from ..services.abandonment import process_due_abandonments

        run = process_due_abandonments(self.db, self.today())
        self.refresh()
        text = self.tr("{0} 项成果公示期满，已自动放弃；{1} 项已生成无形资产核销记录。").format(len(run.done), run.write_offs)
        if run.errors:
            text += "\n" + "\n".join(run.errors)
        QMessageBox.information(self, self.tr("放弃检查"), text)
        return len(run.done)



