"""A plain dialog to create or edit one achievement and its inventors (the form-driven wizards
live elsewhere; this one is deliberately self-contained)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import domain as d
from ..storage import Database
from ..storage import achievements as repo
from .achievement_detail import FIELD_LABELS

TEXT_FIELDS = ("name", "ledger_no", "application_no", "patent_no", "registration_no", "holder", "department", "keywords")
DATE_FIELDS = ("disclosure_date", "registration_date", "filing_date", "grant_date")
LONG_FIELDS = ("summary", "rd_status", "market_prospects")


class AchievementEditDialog(QDialog):
    """New (``achievement_id=None``) or edit. Saving is one transaction per repository call, each logged."""

    def __init__(self, db: Database, achievement_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.achievement_id = achievement_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("编辑成果") if achievement_id else self.tr("新建成果（披露）"))
        row: dict[str, Any] = repo.get_achievement(db, achievement_id) if achievement_id else {}
        self.original = row
        form = QFormLayout()
        self.fields: dict[str, Any] = {}
        for key in TEXT_FIELDS[:2]:
            self.fields[key] = QLineEdit(row.get(key) or "")
            form.addRow(self.tr(FIELD_LABELS[key]) + ("*" if key == "name" else ""), self.fields[key])  # i18n: dynamic
        self.fields["ledger_no"].setPlaceholderText(self.tr("登记时留空则自动编号（KJCG-年份-序号）"))
        self.type_combo = QComboBox()
        for value, label in d.AchievementType.choices():
            self.type_combo.addItem(label, value)
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(row.get("type", "invention")), 0))
        form.addRow(self.tr("类型"), self.type_combo)
        self.legal_combo = QComboBox()
        for value, label in d.LegalStatus.choices():
            self.legal_combo.addItem(label, value)
        self.legal_combo.setCurrentIndex(max(self.legal_combo.findData(row.get("legal_status", "not_filed")), 0))
        self.legal_combo.setToolTip(self.tr("属性标记（授权/未授权）依法律状态自动判定（1-2 第五条、第七条）"))
        form.addRow(self.tr("法律状态"), self.legal_combo)
        self.status_combo = QComboBox()
        for value in ("disclosed", "registered"):
            self.status_combo.addItem(d.AchievementStatus(value).label, value)
        current_status = row.get("status", "disclosed")
        if current_status not in ("disclosed", "registered"):
            self.status_combo.addItem(d.AchievementStatus(current_status).label, current_status)
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(current_status), 0))
        self.status_combo.setToolTip(self.tr("成果披露后由技术转移机构审核登记（1-2 第六条、第七条）"))
        form.addRow(self.tr("状态"), self.status_combo)
        for key in TEXT_FIELDS[2:]:
            self.fields[key] = QLineEdit(row.get(key) or "")
            form.addRow(self.tr(FIELD_LABELS[key]), self.fields[key])  # i18n: dynamic
        for key in DATE_FIELDS:
            edit = QLineEdit(row.get(key) or (date.today().isoformat() if key == "disclosure_date" and not row else ""))
            edit.setPlaceholderText("YYYY-MM-DD")
            self.fields[key] = edit
            form.addRow(self.tr(FIELD_LABELS[key]), edit)  # i18n: dynamic
        for key in LONG_FIELDS:
            edit = QPlainTextEdit(row.get(key) or "")
            edit.setMaximumHeight(60)
            self.fields[key] = edit
            form.addRow(self.tr(FIELD_LABELS[key]), edit)  # i18n: dynamic
        self.confidential = QCheckBox(self.tr("涉密（解密前不得赋权，方案二(一)、1-1 第七条）"))
        self.confidential.setChecked(bool(row.get("confidential")))
        form.addRow("", self.confidential)

        self.inventors = QTableWidget(0, 4)
        self.inventors.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("所属部门"), self.tr("收益分配比例(%)"), self.tr("指定代表(是/否)")])
        self.inventors.horizontalHeader().setStretchLastSection(True)
        self.inventors.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for person in repo.inventors_of(db, achievement_id) if achievement_id else []:
            self._add_inventor_row(person["name"], person["department"] or "", person["share"] or "",
                                   "是" if person["is_representative"] else "否")
        add = QPushButton(self.tr("添加完成人"))
        add.clicked.connect(lambda: self._add_inventor_row("", self.fields["department"].text(), "", "否"))
        remove = QPushButton(self.tr("删除所选"))
        remove.clicked.connect(lambda: self.inventors.removeRow(self.inventors.currentRow()))
        inv_buttons = QHBoxLayout()
        inv_buttons.addWidget(add)
        inv_buttons.addWidget(remove)
        inv_buttons.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addLayout(form)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("完成人及份额（份额合计须为 100%，方案二(一)）")))
        right.addWidget(self.inventors, 1)
        right.addLayout(inv_buttons)
        right.addWidget(buttons)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.resize(1000, 640)

    def _add_inventor_row(self, name: str, department: str, share: str, representative: str) -> None:
        r = self.inventors.rowCount()
        self.inventors.insertRow(r)
        for c, value in enumerate((name, department, share, representative)):
            self.inventors.setItem(r, c, QTableWidgetItem(value))

    def values(self) -> dict[str, Any]:
        """The form's values; raises :class:`ValueError` with a Chinese message naming the field."""
        result: dict[str, Any] = {}
        for key in TEXT_FIELDS:
            result[key] = self.fields[key].text().strip() or None
        for key in LONG_FIELDS:
            result[key] = self.fields[key].toPlainText().strip() or None
        for key in DATE_FIELDS:
            text = self.fields[key].text().strip()
            if text:
                try:
                    text = date.fromisoformat(text).isoformat()
                except ValueError:
                    raise ValueError(f"“{FIELD_LABELS[key]}”应为 YYYY-MM-DD 格式的日期，例如 2025-03-18，当前为“{text}”") from None
            result[key] = text or None
        if not result["name"]:
            raise ValueError("“成果名称”不能为空")
        result["type"] = self.type_combo.currentData()
        result["legal_status"] = self.legal_combo.currentData()
        result["status"] = self.status_combo.currentData()
        result["confidential"] = 1 if self.confidential.isChecked() else 0
        if result["status"] == "registered" and not result["ledger_no"]:
            year = int((result["registration_date"] or date.today().isoformat())[:4])
            result["ledger_no"] = repo.next_ledger_no(self.db, year)
        return result

    def inventor_values(self) -> list[dict[str, Any]]:
        people = []
        for r in range(self.inventors.rowCount()):
            cells = [(self.inventors.item(r, c).text().strip() if self.inventors.item(r, c) else "") for c in range(4)]
            if not cells[0]:
                continue
            people.append({"name": cells[0], "department": cells[1] or None, "share": cells[2] or None,
                           "is_representative": cells[3] in ("是", "Y", "y", "1", "✓")})
        shares = [p["share"] for p in people if p["share"]]
        if shares:
            try:
                d.check_shares(shares)
            except d.DomainError as exc:
                raise ValueError(str(exc)) from None
            except ArithmeticError:
                raise ValueError("收益分配比例应为数字，例如 40 或 33.34") from None
        return people

    def save(self) -> None:
        try:
            values = self.values()
            people = self.inventor_values()
            if self.achievement_id is None:
                self.saved_id = repo.create_achievement(self.db, values, people)
            else:
                changes = {k: v for k, v in values.items() if self.original.get(k) != v}
                if changes:
                    repo.update_achievement(self.db, self.achievement_id, changes, article="1-2 第七条")
                old_people = [(p["name"], p["department"], p["share"], bool(p["is_representative"]))
                              for p in repo.inventors_of(self.db, self.achievement_id)]
                new_people = [(p["name"], p["department"], p["share"], p["is_representative"]) for p in people]
                if old_people != new_people:
                    repo.set_inventors(self.db, self.achievement_id, people)
                self.saved_id = self.achievement_id
        except (ValueError, d.DomainError) as exc:
            QMessageBox.warning(self, self.tr("无法保存"), str(exc))
            return
        except Exception as exc:  # sqlite constraint errors (e.g. a duplicate ledger number)
            QMessageBox.warning(self, self.tr("无法保存"), self.tr("保存失败：{0}（请检查台账编号是否重复）").format(exc))
            return
        self.accept()
