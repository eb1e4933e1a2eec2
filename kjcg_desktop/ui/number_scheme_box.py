"""设置 — the document numbers (文号): the unit's short name (单位简称) and one scheme per numbered
kind, checked as typed, with the number the next paper of this year would get."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from .. import clock
from ..services.documents import numbering
from .document_numbers_panel import kind_label


class NumberSchemeBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("文书编号（文号）"), parent)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("格式中可用 {单位简称}、{年}（成文日期的年份）和 {序号}（{序号:03} 补足三位）；年份用六角括号〔〕，"
                              "序号不加“第”（GB/T 9704-2012 7.2.4）。每类文书每年单独编号；留空用默认格式。"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.short_name = QLineEdit()
        self.short_name.setObjectName("unit_short_name")
        self.short_name.setPlaceholderText(self.tr("如：示范大学；留空用单位名称"))
        self.short_name.textChanged.connect(lambda _: self.update_previews())
        form.addRow(self.tr("单位简称"), self.short_name)
        self.schemes: dict[str, QLineEdit] = {}
        self.previews: dict[str, QLabel] = {}
        for kind in numbering.NUMBERED:
            edit = QLineEdit()
            edit.setObjectName(f"number_scheme.{kind}")
            edit.setPlaceholderText(numbering.DEFAULT_SCHEMES[kind])
            edit.textChanged.connect(lambda _: self.update_previews())
            preview = QLabel()
            preview.setWordWrap(True)
            self.schemes[kind], self.previews[kind] = edit, preview
            form.addRow(kind_label(kind), edit)
            form.addRow("", preview)
        layout.addLayout(form)
        self.unit_name = ""

    def load(self, settings: Mapping[str, Any]) -> None:
        self.unit_name = str(settings.get("unit_name") or "")
        self.short_name.setText(str(settings.get("unit_short_name") or ""))
        for kind, edit in self.schemes.items():
            edit.setText(str(settings.get(f"number_scheme.{kind}") or ""))
        self.update_previews()

    def scheme(self, kind: str) -> str:
        return self.schemes[kind].text().strip() or numbering.DEFAULT_SCHEMES[kind]

    def update_previews(self) -> None:
        short = self.short_name.text().strip() or self.unit_name
        for kind, label in self.previews.items():
            problem = numbering.check_scheme(self.scheme(kind))
            if problem:
                label.setText(self.tr("格式有误：{0}").format(problem))
                label.setStyleSheet("color: #b00020;")
            else:
                label.setText(self.tr("示例：{0}").format(numbering.format_number(
                    self.scheme(kind), short_name=short, year=clock.today().year, seq=7)))
                label.setStyleSheet("")

    def problem(self) -> str:
        """'' when every scheme is usable, else the Chinese reason naming the kind."""
        for kind in self.schemes:
            problem = numbering.check_scheme(self.scheme(kind))
            if problem:
                return self.tr("{0}的文号格式：{1}").format(kind_label(kind), problem)
        return ""

    def values(self) -> dict[str, str]:
        """The settings to store (an empty scheme keeps the default)."""
        values = {"unit_short_name": self.short_name.text().strip()}
        values.update({f"number_scheme.{kind}": edit.text().strip() for kind, edit in self.schemes.items()})
        return values
