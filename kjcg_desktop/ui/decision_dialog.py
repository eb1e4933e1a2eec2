"""The confirmation every decision button opens (1-1 第六条、第八条): what will happen and its
article, the decision date, the deciding body, the person, the opinion and — where the body or
the step requires one — the minutes or the signed agreement; and the reversal dialog (撤销) that
asks for the reason and says what will be undone. The checks are the domain's
(services/decisions.py); the dialog stays open with the message when one fails."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import domain as d
from ..services import decisions as svc
from ..storage.db import Database
from .date_input import DateInput
from .file_dialogs import open_file_name

ERROR_STYLE = "color: #b00020;"


class DecisionDialog(QDialog):
    """Confirm one decision step of an application or a deal; ``accept`` only once it is recorded.

    ``prepare(entry)`` (optional) fills what the step itself needs from extra rows the caller adds
    with :meth:`add_row` (the publicity's days, the contract number, the objection …)."""

    def __init__(self, db: Database, owner_type: str, owner_id: int, step: str, *, today: date,
                 parent: QWidget | None = None, prepare: Callable[[svc.DecisionInput], None] | None = None,
                 default_date: date | None = None) -> None:
        super().__init__(parent)
        self.db, self.owner_type, self.owner_id, self.today = db, owner_type, owner_id, today
        self.prepare = prepare
        self.message = ""
        self._extra_rows = 0
        self.plan = svc.plan(db, owner_type, owner_id, step)
        p = self.plan
        self.setWindowTitle(self.tr("{0}：{1}").format(self.tr(p.step.label), p.number))  # i18n: dynamic
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.effect = QLabel(self.tr("将要：{0}").format(self.tr(p.step.effect)))  # i18n: dynamic
        self.effect.setWordWrap(True)
        self.effect.setObjectName("decision_effect")
        layout.addWidget(self.effect)
        self.article = QLabel(self.tr("依据：{0}；决定记入事件日志，误操作只能以撤销记录更正（1-1 第六条、第八条）").format(p.step.article))
        self.article.setWordWrap(True)
        self.article.setStyleSheet("color: #555;")
        layout.addWidget(self.article)
        if p.previous is not None:
            prev = QLabel(self.tr("上一步：{0}（{1}），决定日期不能早于此日").format(
                self.tr(p.previous.label), p.previous.on.isoformat()))  # i18n: dynamic
            prev.setStyleSheet("color: #555;")
            layout.addWidget(prev)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.date = DateInput(default_date or today)
        self.form.addRow(self.tr("决定日期"), self.date)
        self.body = QComboBox()
        self.body.setEditable(True)
        for body in p.bodies:
            self.body.addItem(body.name)
        self.body.setCurrentText(p.default_body)
        self.body.currentTextChanged.connect(lambda _t: self._paper_changed())
        self.form.addRow(self.tr("决定机构"), self.body)
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("签批人或会议主持人"))
        self.form.addRow(self.tr("决定人"), self.person)
        self.opinion = QPlainTextEdit()
        self.opinion.setFixedHeight(70)
        self.form.addRow(self.tr("意见"), self.opinion)
        paper_row = QWidget()
        paper_box = QHBoxLayout(paper_row)
        paper_box.setContentsMargins(0, 0, 0, 0)
        self.paper = QLineEdit()
        self.paper.setReadOnly(True)
        browse = QPushButton(self.tr("选择文件…"))
        browse.clicked.connect(self.pick_paper)
        paper_box.addWidget(self.paper, 1)
        paper_box.addWidget(browse)
        self.paper_label = QLabel()
        self.form.addRow(self.paper_label, paper_row)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确认{0}").format(self.tr(p.step.label)))  # i18n: dynamic
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._paper_changed()

    def add_row(self, label: str, widget: QWidget) -> None:
        """A row for what the step itself needs, placed before the opinion, in the order added."""
        self.form.insertRow(3 + self._extra_rows, label, widget)
        self._extra_rows += 1

    def _paper_changed(self) -> None:
        needed = self.plan.paper_label(self.body.currentText())
        if needed:
            self.paper_label.setText(self.tr("{0}（必附）").format(self.tr(needed)))  # i18n: dynamic
        else:
            self.paper_label.setText(self.tr("附件（可选）"))

    def pick_paper(self) -> None:
        path = open_file_name(self, self.tr("选择附件"), self.tr("文档 (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.ofd);;所有文件 (*)"))
        if path:
            self.set_paper(path)

    def set_paper(self, path: str | Path) -> None:
        self.paper.setText(str(path))

    def entry(self) -> svc.DecisionInput:
        paper = self.paper.text().strip()
        entry = svc.DecisionInput(self.plan.step.key, self.date.date_value(), self.body.currentText(), self.person.text(),
                                  self.opinion.toPlainText(), attachment=Path(paper) if paper else None)
        if self.prepare is not None:
            self.prepare(entry)
        return entry

    def confirm(self) -> bool:
        if self.date.error():
            self.error.setText(self.date.error())
            return False
        try:
            self.message = svc.decide(self.db, self.owner_type, self.owner_id, self.entry(), today=self.today)
        except (d.DomainError, ValueError, OSError) as exc:
            self.error.setText(str(exc))
            return False
        self.accept()
        return True


class ReverseDialog(QDialog):
    """Reverse the latest standing decision of a record with a reason (a new entry, never an edit)."""

    def __init__(self, db: Database, owner_type: str, owner_id: int, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.owner_type, self.owner_id, self.today = db, owner_type, owner_id, today
        self.message = ""
        found = svc.reversible(db, owner_type, owner_id, today=today)
        self.found = found
        self.setWindowTitle(self.tr("撤销决定"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        if found.decision is not None:
            dec = found.decision
            text = self.tr("撤销「{0}」（{1}，{2}，{3}）。撤销作为新记录写入事件日志，原决定保留。").format(
                self.tr(found.label), dec["date"], dec["body"], dec["person"])  # i18n: dynamic
            if found.numbers:  # the papers printed for the decision lose their numbers with it
                text += "\n" + self.tr("撤销后以下文号作废：{0}").format("、".join(found.numbers))
        else:
            text = self.tr("没有可撤销的决定。")
        self.what = QLabel(text)
        self.what.setWordWrap(True)
        layout.addWidget(self.what)
        self.problem = QLabel(found.problem if found.decision is not None else "")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.problem)
        form = QFormLayout()
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(70)
        form.addRow(self.tr("撤销理由"), self.reason)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("确认撤销"))
        ok.setEnabled(found.decision is not None and not found.problem)
        self.reason.setEnabled(ok.isEnabled())
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def confirm(self) -> bool:
        try:
            self.message = svc.reverse(self.db, self.owner_type, self.owner_id, self.reason.toPlainText(), today=self.today)
        except d.DomainError as exc:
            self.problem.setText(str(exc))
            return False
        self.accept()
        return True
