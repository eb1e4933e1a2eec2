"""成果放弃 (1-2 第十一条): the abandonment requests and their publicities, the request dialog built
by the form engine from ``forms/abandonment.toml``, and a button to apply due abandonments now."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .. import clock
from .. import domain as d
from ..forms_engine import load_form
from ..paths import forms_dir
from ..services import decisions
from ..storage import Database, overview
from ..storage import abandonment as repo
from .deal_dialog import Clock, ok_cancel
from .form_dialogs import UnboundFormDialog
from .i18n import label_text
from .rows_model import RowsTable

PUBLICITY_STATES = {"running": QT_TRANSLATE_NOOP("AbandonmentPanel", "公示中"), "ended": QT_TRANSLATE_NOOP("AbandonmentPanel", "已期满"), "withdrawn": QT_TRANSLATE_NOOP("AbandonmentPanel", "已撤销（有异议）")}


class AbandonmentDialog(UnboundFormDialog):
    """放弃申请, built by the form engine from ``forms/abandonment.toml``: request, review and
    notice, publicity (with its end date computed) as groups of one dialog. The engine shows the
    rules' messages (1-2 第十一条, 1-1 第六条(二)) under their fields; the answers go to
    :func:`kjcg_desktop.storage.abandonment.request_abandonment`, and a picked request letter is
    stored with the application in the same transaction."""

    def __init__(self, db: Database, *, today: Clock = clock.today, parent: QWidget | None = None) -> None:
        super().__init__(db, load_form(forms_dir() / "abandonment.toml"), today=today, parent=parent)
        self.application_id: int | None = None
        inner = QWidget()
        col = QVBoxLayout(inner)
        self.boxes: list[QGroupBox] = []
        for i, page in enumerate(self.form.pages):
            box = QGroupBox(page.title)
            QVBoxLayout(box).addWidget(self.section_widget(i))
            col.addWidget(box)
            self.boxes.append(box)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(inner)
        self.buttons = ok_cancel(self, self.tr("提交并开始公示"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(720, 760)

    def store(self, path: Path, kind: str | None) -> dict:
        """A picked letter is kept by path and stored when the request is submitted."""
        if not path.is_file():
            raise ValueError(self.tr("文件不存在"))
        return {"filename": path.name, "path": str(path)}

    def reveal(self, index: int) -> None:
        self.scroll.ensureWidgetVisible(self.boxes[index])

    def save(self) -> int | None:
        from ..storage.attachments import add_attachment

        if not self.check():
            return None
        f = self.values()
        try:
            with self.db.transaction():
                self.application_id, _pub = repo.request_abandonment(
                    self.db, f["achievement_id"], requested_by=f["requested_by"] or "", reason=f["reason"],
                    reason_text=f["reason_text"] or "", on=date.fromisoformat(f["request_date"]),
                    publicity_start=date.fromisoformat(f["publicity_start"]), days=f["publicity_days"],
                    working_days=bool(f["working_days"]), notice_on=date.fromisoformat(f["notice_date"]),
                    notice_to=f["notice_to"], decided_by=f["decided_by"])
                for letter in f["request_letter"] or []:
                    add_attachment(self.db, "application", self.application_id, Path(letter["path"]), kind="request_letter")
                minutes = f.get("decision_minutes") or []
                decisions.record_abandonment_approval(
                    self.db, self.application_id, on=date.fromisoformat(f["decision_date"]), body=f["decided_by"] or "",
                    person=f.get("decision_person") or "", opinion=f.get("decision_opinion") or "",
                    minutes=Path(minutes[0]["path"]) if minutes else None, today=self.today())
        except (d.DomainError, OSError) as exc:
            self.show_error(getattr(exc, "field", None), str(exc))
            return None
        self.accept()
        return self.application_id


class AbandonmentPanel(QWidget):
    """The abandonment list with 申请放弃 and 检查到期."""

    HEADERS = [QT_TRANSLATE_NOOP("AbandonmentPanel", "台账编号"), QT_TRANSLATE_NOOP("AbandonmentPanel", "成果"), QT_TRANSLATE_NOOP("AbandonmentPanel", "申请人"), QT_TRANSLATE_NOOP("AbandonmentPanel", "公示开始"), QT_TRANSLATE_NOOP("AbandonmentPanel", "公示期满"), QT_TRANSLATE_NOOP("AbandonmentPanel", "公示状态"), QT_TRANSLATE_NOOP("AbandonmentPanel", "异议"), QT_TRANSLATE_NOOP("AbandonmentPanel", "成果状态"), QT_TRANSLATE_NOOP("AbandonmentPanel", "核销")]

    def __init__(self, db: Database, *, today: Clock = clock.today, run_dialog: Callable[[QDialog], int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.run_dialog = run_dialog or (lambda dialog: dialog.exec())
        self.table = RowsTable([self.tr(h) for h in self.HEADERS], warn_color="#b00020")  # i18n: dynamic
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
        written_off = overview.written_off_achievement_ids(self.db)
        table_rows, abandoned = [], set()
        for r, row in enumerate(rows):
            values = [row["ledger_no"] or "", row["name"], row["applicant"] or "", row["start_date"], row["end_date"],
                      self.tr(PUBLICITY_STATES.get(row["state"], row["state"])), str(row["objections"]),  # i18n: dynamic
                      label_text(d.AchievementStatus(row["status"]).label),
                      self.tr("已转财务") if row["achievement_id"] in written_off else (self.tr("待核销") if row["is_intangible_asset"]
                                                                                     and row["status"] != "abandoned" else "")]
            table_rows.append((row["id"], values))
            if row["status"] == "abandoned":
                abandoned.add((r, 7))
        self.table.set_rows(table_rows, abandoned)

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



