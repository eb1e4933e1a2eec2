"""The Excel import wizard.

File (.xlsx/.xls/.ods/CSV) → sheets and header row → column mapping (editable, saved as profiles) →
preview of the records to be created or updated with their 待核对 flags (a flagged value can be
corrected there) → import → result with undo. Opening the file, building the preview and writing
run on the task runner (ui/tasks) with a progress dialog and 取消; a cancelled write writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from .. import domain as d
from ..services import excel_import as ei
from ..services.output_paths import safe_output
from ..services.progress import Cancelled
from ..storage import Database
from ..storage import imports as repo
from .dialogs import output_refused
from .file_dialogs import open_file_name, save_file_name
from .tasks import Task, TaskFailed, run_modal
from .text_table import TextTable, texts

ERROR_HEADERS = [QT_TRANSLATE_NOOP("ImportWizard", "工作表"), QT_TRANSLATE_NOOP("ImportWizard", "行"), QT_TRANSLATE_NOOP("ImportWizard", "列"), QT_TRANSLATE_NOOP("ImportWizard", "值"), QT_TRANSLATE_NOOP("ImportWizard", "问题")]


def _table(headers: list[str], *, editable: tuple[int, ...] = ()) -> TextTable:
    table = TextTable(headers, editable=editable)
    # columns fit the first rows: measuring more of three 2,000-row lists (Chinese text is slow to
    # measure) would freeze the window when the preview arrives
    table.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
    return table


FIT_ROWS = 15  # rows whose text sizes the columns of a list
SHOWN_ROWS = 2000  # rows of a problem list shown in the wizard; the exported list has them all


def _fill(table: TextTable, rows: list[list[object]], limit: int | None = None) -> None:
    table.set_rows(rows[:SHOWN_ROWS if limit is None else limit])


def translated(headers: list[str]) -> list[str]:
    """Column headers marked with QT_TRANSLATE_NOOP("ImportWizard", …), in the UI language."""
    return [QCoreApplication.translate("ImportWizard", h) for h in headers]  # i18n: dynamic


def _sample(value: object) -> str:
    text = ei.to_text(value)
    return "" if text is None else text[:40]


# -- wizard ---------------------------------------------------------------------------------------
class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("选择文件"))
        self.setSubTitle(self.tr("选择要导入的台账或专利数据库导出文件：Excel（.xlsx、.xls）、WPS/LibreOffice（.ods）或 CSV（UTF-8 或 GBK 编码均可）。"))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("import_path")
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.profile = QComboBox()
        self.profile.setObjectName("import_profile")
        layout = QFormLayout(self)
        layout.addRow(self.tr("文件"), row)
        layout.addRow(self.tr("列映射方案"), self.profile)
        self.path_edit.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        self.profile.clear()
        self.profile.addItem(self.tr("（按同义词表自动识别）"), None)
        for name in repo.load_profiles(self.wiz.db):
            self.profile.addItem(name, name)

    def _browse(self) -> None:
        path = open_file_name(self, self.tr("选择 Excel 台账"),
                              self.tr("电子表格 (*.xlsx *.xlsm *.xls *.ods *.csv);;所有文件 (*)"))
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        try:
            self.wiz.load_file(Path(self.path_edit.text().strip()), self.profile.currentData())
        except Cancelled:
            return False
        except d.DomainError as exc:
            QMessageBox.warning(self, self.tr("无法导入"), str(exc))
            return False
        return True


class SheetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("工作表与表头"))
        self.setSubTitle(self.tr("勾选要导入的工作表。表头位置已自动识别（跳过标题行，合并两行表头）；如不对，可手动指定表头所在行。"))
        self.sheets = QListWidget()
        self.sheets.setObjectName("import_sheets")
        self.sheets.currentRowChanged.connect(self._show_sheet)
        self.header_row = QSpinBox()
        self.header_row.setRange(1, ei.HEADER_SCAN_ROWS)
        self.two_rows = QComboBox()
        self.two_rows.addItems([self.tr("一行表头"), self.tr("两行表头（与下一行合并）")])
        apply = QPushButton(self.tr("按指定行重新识别"))
        apply.clicked.connect(self._apply_header)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.preview = _table([])
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheets, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("表头所在行")))
        row.addWidget(self.header_row)
        row.addWidget(self.two_rows)
        row.addWidget(apply)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.info)
        layout.addWidget(self.preview, 2)

    def initializePage(self) -> None:
        self.sheets.clear()
        for name in self.wiz.workbook.sheet_names:
            item = QListWidgetItem(name)
            layout = self.wiz.layouts.get(name)
            item.setCheckState(Qt.CheckState.Checked if layout else Qt.CheckState.Unchecked)
            self.sheets.addItem(item)
        self.sheets.setCurrentRow(0)

    def _show_sheet(self, row: int) -> None:
        if row < 0:
            return
        name = self.sheets.item(row).text()
        layout = self.wiz.layouts.get(name)
        rows = self.wiz.workbook.rows(name)[:12]
        width = max((len(r) for r in rows), default=0)
        self.preview.set_rows([[_sample(v) for v in r] + [""] * (width - len(r)) for r in rows],
                              headers=[ei.column_letter(c) for c in range(width)],
                              row_labels=[str(i + 1) for i in range(len(rows))])
        self.preview.verticalHeader().setVisible(True)
        if layout is None:
            self.info.setText(self.tr("未识别到表头（至少需要两个可识别的列名）。可手动指定表头所在行。"))
        else:
            self.header_row.setValue(layout.header_rows[0])
            self.two_rows.setCurrentIndex(len(layout.header_rows) - 1)
            self.info.setText(self.tr("表头：第 {0} 行；数据从第 {1} 行开始。").format(
                "、".join(str(r) for r in layout.header_rows), layout.data_start + 1))

    def _apply_header(self) -> None:
        item = self.sheets.currentItem()
        if item is None:
            return
        first = self.header_row.value()
        rows = [first, first + 1] if self.two_rows.currentIndex() == 1 else [first]
        try:
            self.wiz.layouts[item.text()] = ei.layout_at(item.text(), self.wiz.workbook.rows(item.text()), rows, self.wiz.profile)
        except d.DomainError as exc:
            QMessageBox.warning(self, self.tr("表头"), str(exc))
            return
        item.setCheckState(Qt.CheckState.Checked)
        self._show_sheet(self.sheets.currentRow())

    def validatePage(self) -> bool:
        chosen = [self.sheets.item(i).text() for i in range(self.sheets.count())
                  if self.sheets.item(i).checkState() == Qt.CheckState.Checked]
        missing = [n for n in chosen if n not in self.wiz.layouts]
        if not chosen or missing:
            QMessageBox.warning(self, self.tr("工作表"), self.tr("请至少勾选一个已识别表头的工作表（未识别：{0}）").format("、".join(missing) or self.tr("无")))
            return False
        self.wiz.chosen = chosen
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("列映射"))
        self.setSubTitle(self.tr("核对每一列对应的台账字段。“附加列”的内容保留在成果的扩展信息中，导出时原样带出；不会丢弃任何列。"))
        self.sheet = QComboBox()
        self.sheet.currentTextChanged.connect(self._show)
        self._fields: QStandardItemModel | None = None
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("mapping_table")
        self.table.setHorizontalHeaderLabels([self.tr("列"), self.tr("表头"), self.tr("示例值"), self.tr("对应字段")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.profile_name = QLineEdit()
        self.profile_name.setPlaceholderText(self.tr("方案名称，如：某学院专利台账"))
        save = QPushButton(self.tr("保存为映射方案"))
        save.clicked.connect(self._save_profile)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheet)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.profile_name, 1)
        row.addWidget(save)
        layout.addLayout(row)

    def initializePage(self) -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(self.wiz.chosen)
        self.sheet.blockSignals(False)
        self._show(self.wiz.chosen[0])

    def _show(self, name: str) -> None:
        layout = self.wiz.layouts.get(name)
        if layout is None:
            return
        rows = self.wiz.workbook.rows(name)
        sample_row = next((r for r in rows[layout.data_start:layout.data_start + 20] if any(not ei._is_blank(v) for v in r)), [])
        choices = self._choices()
        self.table.setRowCount(len(layout.headers))
        for c, (header, target) in enumerate(zip(layout.headers, layout.mapping, strict=True)):
            self.table.setItem(c, 0, QTableWidgetItem(ei.column_letter(c)))
            self.table.setItem(c, 1, QTableWidgetItem(header))
            self.table.setItem(c, 2, QTableWidgetItem(_sample(sample_row[c]) if c < len(sample_row) else ""))
            combo = QComboBox()
            combo.setModel(choices)  # one list of fields for every column's box
            combo.setCurrentIndex(max(combo.findData(target), 0))
            combo.currentIndexChanged.connect(lambda _i, col=c, box=combo, sheet=name: self._changed(sheet, col, box.currentData()))
            self.table.setCellWidget(c, 3, combo)
        self.table.resizeColumnsToContents()

    def _choices(self) -> QStandardItemModel:
        """The fields a column can map to (label, key as user data), made once for the page's boxes."""
        if self._fields is None:
            self._fields = QStandardItemModel(self)
            for key, label in ei.field_choices():
                item = QStandardItem(self.tr(label))  # i18n: dynamic
                item.setData(key, Qt.ItemDataRole.UserRole)
                self._fields.appendRow(item)
        return self._fields

    def _changed(self, sheet: str, column: int, target: str) -> None:
        self.wiz.layouts[sheet].mapping[column] = target

    def combo(self, column: int) -> QComboBox:
        return self.table.cellWidget(column, 3)

    def _save_profile(self) -> None:
        mapping: dict[str, str] = {}
        for name in self.wiz.chosen:
            mapping.update(self.wiz.layouts[name].mapping_dict())
        try:
            repo.save_profile(self.wiz.db, self.profile_name.text(), mapping)
        except d.DomainError as exc:
            QMessageBox.warning(self, self.tr("映射方案"), str(exc))
            return
        QMessageBox.information(self, self.tr("映射方案"), self.tr("已保存映射方案“{0}”，下次导入时可选用。").format(self.profile_name.text().strip()))

    def validatePage(self) -> bool:
        for name in self.wiz.chosen:
            targets = [t for t in self.wiz.layouts[name].mapping if t not in (ei.EXTRA, ei.IGNORE)]
            dup = sorted({t for t in targets if targets.count(t) > 1})
            if dup:
                labels = dict(ei.field_choices())
                QMessageBox.warning(self, self.tr("列映射"), self.tr("工作表“{0}”中有多列对应同一字段：{1}").format(
                    name, "、".join(labels[t] for t in dup)))
                return False
        return True


RECORD_HEADERS = [QT_TRANSLATE_NOOP("ImportWizard", "操作"), QT_TRANSLATE_NOOP("ImportWizard", "工作表"), QT_TRANSLATE_NOOP("ImportWizard", "行"), QT_TRANSLATE_NOOP("ImportWizard", "台账编号"), QT_TRANSLATE_NOOP("ImportWizard", "成果名称"), QT_TRANSLATE_NOOP("ImportWizard", "类型"), QT_TRANSLATE_NOOP("ImportWizard", "法律状态"), QT_TRANSLATE_NOOP("ImportWizard", "属性"), QT_TRANSLATE_NOOP("ImportWizard", "待核对")]
FLAG_HEADERS = [QT_TRANSLATE_NOOP("ImportWizard", "单元格"), QT_TRANSLATE_NOOP("ImportWizard", "成果名称"), QT_TRANSLATE_NOOP("ImportWizard", "字段"), QT_TRANSLATE_NOOP("ImportWizard", "原文"), QT_TRANSLATE_NOOP("ImportWizard", "问题"), QT_TRANSLATE_NOOP("ImportWizard", "更正为")]
_ACTION_LABELS = {"add": QT_TRANSLATE_NOOP("PreviewPage", "新增"), "update": QT_TRANSLATE_NOOP("PreviewPage", "更新"),
                  "unchanged": QT_TRANSLATE_NOOP("PreviewPage", "无变化")}
_TYPE_LABELS = {m.value: m.label for m in d.AchievementType}
_LEGAL_LABELS = {m.value: m.label for m in d.LegalStatus}
_ATTRIBUTE_LABELS = {m.value: m.label for m in d.Attribute}


CORRECTION = 5  # the 更正为 column of the flags list


@dataclass
class PreviewRows:
    plan: ei.ImportPlan
    summary: dict[str, Any]
    records: list[list[str]]
    flags: list[list[str]]
    flag_cells: list[str]
    tags: list[list[str]]
    record_total: int
    flag_total: int
    tag_total: int


class PreviewPage(QWizardPage):
    """The records the import will create or update, with their 待核对 flags beside them. A flagged
    value can be corrected here (column 更正为) and the preview rebuilt before anything is written."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("预览"))
        self.setSubTitle(self.tr("每个非空行都会成为一条成果或更新已有成果；无法确定的值原样保留并标记“待核对”。"
                                 "可在下方“更正为”一列直接改正后点“按更正重新预览”；确认后一次性写入，可整体撤销。"))
        self.counts = QLabel()
        self.counts.setObjectName("preview_counts")
        self.counts.setWordWrap(True)
        self.records = _table(translated(RECORD_HEADERS))
        self.records.setObjectName("preview_records")
        self.flags = _table(translated(FLAG_HEADERS), editable=(CORRECTION,))
        self.flags.setObjectName("preview_flags")
        self.flags.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.errors = self.flags  # the problems of a row are its flags
        self.tags = _table([self.tr("工作表"), self.tr("行"), self.tr("台账编号"), self.tr("成果名称"), self.tr("标记"), self.tr("文件中"), self.tr("按规则"), self.tr("依据")])
        self.tags.setObjectName("preview_tags")
        self.tags.setToolTip(self.tr("属性按法律状态认定（1-2 第五条）；阶段按证据认定（1-2 第八条、第九条）。导入时采用按规则计算的标记。"))
        self.records_title, self.flags_title, self.tags_title = QLabel(), QLabel(), QLabel()
        self.errors_title = self.flags_title
        self.apply_button = QPushButton(self.tr("按更正重新预览"))
        self.apply_button.setObjectName("apply_corrections")
        self.apply_button.clicked.connect(self.apply_corrections)
        self.report_button = QPushButton(self.tr("导出导入报告…"))
        self.report_button.setObjectName("export_problems")
        self.report_button.setToolTip(self.tr("把全部待核对项（含来源单元格与原文）、更新内容、标记不一致和未导入的行写入 Excel"))
        self.report_button.clicked.connect(self.export_problems)
        self.overrides: dict[tuple[str, int, int], object] = {}
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.records_title)
        layout.addWidget(self.records, 2)
        row = QHBoxLayout()
        row.addWidget(self.flags_title, 1)
        row.addWidget(self.apply_button)
        layout.addLayout(row)
        layout.addWidget(self.flags, 2)
        layout.addWidget(self.tags_title)
        layout.addWidget(self.tags, 1)

    def initializePage(self) -> None:
        self.overrides = {}
        self._build()
        self.wiz.setButtonText(QWizard.WizardButton.NextButton, self.tr("导入"))

    def _build(self) -> bool:
        """Plan on the task runner; the rows the three lists show are made there too, so the GUI
        thread only swaps the models."""
        wiz = self.wiz
        wiz.plan = None
        layouts = [wiz.layouts[n] for n in wiz.chosen]
        overrides = dict(self.overrides)
        label = self.tr("正在核对每一行…")

        def work(task: Task) -> PreviewRows:
            task.progress(0, 0, label)
            plan = ei.build_plan(task.db, wiz.workbook, layouts, overrides=overrides)
            return self._preview_rows(plan)
        try:
            shown = run_modal(self, work, title=self.tr("预览"), label=label, db=wiz.db)
        except Cancelled:
            return False
        except TaskFailed as exc:
            QMessageBox.warning(self, self.tr("预览"), str(exc))
            return False
        wiz.plan = plan = shown.plan
        s = shown.summary
        extra = "、".join(plan.unmapped_columns) or self.tr("无")
        self.counts.setText(self.tr("将新增 {0} 条，更新 {1} 条（按申请号/专利号、登记号或台账编号匹配），无变化 {2} 条，"
                                    "跳过 {3} 行（空行、合计行、说明行、分节标题、重复表头），{4} 条成果共 {6} 处待核对。"
                                    "附加列：{5}").format(
            s["added"], s["updated"], s["unchanged"], s["skipped"], s["flagged_rows"], extra, len(plan.flags)))
        self.records.set_rows(shown.records, as_text=True)
        self._flag_cells = shown.flag_cells
        self.flags.set_rows(shown.flags, as_text=True)
        self.tags.set_rows(shown.tags, as_text=True)
        self.records_title.setText(self._title(self.tr("将新增或更新的成果"), shown.record_total))
        self.flags_title.setText(self._title(self.tr("待核对（已导入，原文保留）"), shown.flag_total))
        self.tags_title.setText(self._title(self.tr("文件中的标记与按规则计算的标记不一致"), shown.tag_total))
        self.report_button.setEnabled(bool(plan.rows or plan.skipped))
        return True

    def _preview_rows(self, plan: ei.ImportPlan) -> PreviewRows:
        """The texts of the three lists (the first SHOWN_ROWS of each); runs on the worker."""
        limit = SHOWN_ROWS
        shown = [r for r in plan.rows if r.action != "unchanged"]
        actions = {k: self.tr(v) for k, v in _ACTION_LABELS.items()}  # i18n: dynamic
        records = texts([[actions[r.action], r.sheet, r.row, r.values.get("ledger_no"), r.name,
                          _TYPE_LABELS.get(r.values.get("type"), r.values.get("type")),
                          _LEGAL_LABELS.get(r.values.get("legal_status"), r.values.get("legal_status")),
                          _ATTRIBUTE_LABELS.get(r.values.get("attribute") or r.changes.get("attribute"), ""),
                          "；".join(f.reason for f in r.flags)] for r in shown[:limit]])
        labels = dict(ei.field_choices())
        all_flags = plan.flags
        flags = texts([[f.cell, r.name, labels.get(f.field, f.field), f.original, f.reason, ""] for r, f in all_flags[:limit]])
        tags = texts([[t.sheet, t.row, t.ledger_no, t.name, t.tag, t.in_file, t.computed, t.article]
                      for t in plan.tag_differences[:limit]])
        return PreviewRows(plan, plan.summary(), records, flags, [f.cell for _, f in all_flags[:limit]], tags,
                           len(shown), len(all_flags), len(plan.tag_differences))

    def _title(self, title: str, total: int) -> str:
        if total > SHOWN_ROWS:
            return self.tr("{0}：共 {1} 处，此处显示前 {2} 处，全部见“导出导入报告”").format(title, f"{total:,}", f"{SHOWN_ROWS:,}")
        return self.tr("{0}：{1} 处").format(title, total)

    def correct(self, row: int, value: str) -> None:
        """Type a correction for flag ``row`` (as the clerk does in the 更正为 column)."""
        self.flags.set_text(row, CORRECTION, value)

    def apply_corrections(self) -> None:
        """Rebuild the plan with the values typed in 更正为 in place of the flagged cells."""
        for i, cell in enumerate(self._flag_cells):
            text = self.flags.text(i, CORRECTION).strip()
            if not text:
                continue
            sheet, _, ref = cell.rpartition("!")
            sheet = sheet.strip("'")
            letters = "".join(ch for ch in ref if ch.isalpha())
            digits = "".join(ch for ch in ref if ch.isdigit())
            if not letters or not digits:
                continue
            column = 0
            for ch in letters:
                column = column * 26 + (ord(ch) - 64)
            self.overrides[(sheet, int(digits), column - 1)] = text
        self._build()

    def export_problems(self) -> None:
        from ..services.importing.report import write_import_report

        plan = self.wiz.plan
        default = self.tr("导入报告-{0}.xlsx").format(Path(plan.source).stem)
        path = save_file_name(self, self.tr("导出导入报告"), default, self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        out = Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")
        if output_refused(self, out, self.wiz.db.path, inputs=[plan.source]):
            return
        def work(task: Task) -> dict:
            with safe_output(out, db_path=self.wiz.db.path, inputs=[plan.source]) as tmp:
                return write_import_report(plan, tmp)
        try:
            counts = run_modal(self, work, title=self.tr("导出导入报告"))
        except Cancelled:
            return
        except TaskFailed as exc:
            QMessageBox.warning(self, self.tr("导出导入报告"), str(exc))
            return
        QMessageBox.information(self, self.tr("导出导入报告"), self.tr("已写入 {0}：待核对 {1} 处，更新 {2} 处，标记不一致 {3} 处，未导入 {4} 行").format(
            out, counts["待核对"], counts["更新内容"], counts["标记不一致"], counts["未导入的行"]))

    def cleanupPage(self) -> None:
        self.wiz.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步 >"))

    def validatePage(self) -> bool:
        if self.wiz.plan is None and not self._build():
            return False
        plan = self.wiz.plan
        if not plan.added and not plan.updated:
            QMessageBox.information(self, self.tr("导入"), self.tr("文件与台账一致，没有需要写入的内容。"))
            return False
        total = len(plan.added) + len(plan.updated)
        label = self.tr("正在写入 {0} 条成果…").format(f"{total:,}")

        def work(task: Task) -> int | None:
            def on_row(n: int) -> None:
                if n % PROGRESS_STEP == 0:
                    task.progress(n, total, label)
                    task.check()  # a cancel raises here: the transaction rolls back, nothing is written
            return ei.commit_plan(task.db, plan, on_row=on_row)
        try:
            self.wiz.batch_id = run_modal(self, work, title=self.tr("导入"), label=label, db=self.wiz.db)
        except Cancelled:
            QMessageBox.information(self, self.tr("导入"), self.tr("已取消导入，数据库未作任何修改。"))
            return False
        except TaskFailed as exc:  # the transaction rolled back
            QMessageBox.critical(self, self.tr("导入失败"), self.tr("导入失败，数据库未作任何修改：{0}").format(exc))
            return False
        self.wiz.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步 >"))
        return True


PROGRESS_STEP = 200  # rows written between two progress reports (and cancel checks)


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("导入完成"))
        self.text = QLabel()
        self.text.setObjectName("result_text")
        self.text.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("撤销本次导入"))
        self.undo_button.setObjectName("undo_import")
        self.undo_button.clicked.connect(self._undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def initializePage(self) -> None:
        plan = self.wiz.plan
        self.text.setText(self.tr("已导入：新增 {0} 条，更新 {1} 条（导入批次 {2}）。待核对 {3} 条，可在成果台账中按“待核对”筛选。").format(
            len(plan.added), len(plan.updated), self.wiz.batch_id, plan.flagged_rows))
        self.undo_button.setEnabled(True)

    def _undo(self) -> None:
        answer = QMessageBox.question(self, self.tr("撤销导入"), self.tr("删除本次新增的成果并恢复被更新的成果？"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = ei.undo_batch(self.wiz.db, self.wiz.batch_id)
        except d.DomainError as exc:
            QMessageBox.warning(self, self.tr("撤销导入"), str(exc))
            return
        self.text.setText(self.tr("已撤销导入批次 {0}：删除 {1} 条，恢复 {2} 条。").format(
            self.wiz.batch_id, result["deleted"], result["restored"]))
        self.undo_button.setEnabled(False)


class ImportWizard(QWizard):
    def __init__(self, db: Database, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.workbook: ei.Workbook | None = None
        self.layouts: dict[str, ei.SheetLayout] = {}
        self.chosen: list[str] = []
        self.profile: dict[str, str] | None = None
        self.plan: ei.ImportPlan | None = None
        self.batch_id: int | None = None
        self.setWindowTitle(self.tr("导入 Excel 台账"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.sheet_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步 >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.resize(900, 640)
        if path is not None:
            self.file_page.path_edit.setText(str(path))

    def load_file(self, path: Path, profile_name: str | None = None) -> None:
        """Open the file and find each sheet's header on the task runner; raises DomainError with
        the user's message when the file cannot be read (Cancelled when the clerk cancelled)."""
        if self.workbook is not None:
            self.workbook.close()
            self.workbook = None
        profile = repo.load_profiles(self.db).get(profile_name) if profile_name else None

        def work(task: Task) -> tuple[ei.Workbook, dict[str, ei.SheetLayout]]:
            workbook = ei.open_workbook(path)
            layouts: dict[str, ei.SheetLayout] = {}
            names = workbook.sheet_names
            for i, name in enumerate(names):
                task.progress(i, len(names), self.tr("正在读取工作表“{0}”…").format(name))
                task.check()
                layout = ei.detect_layout(name, workbook.rows(name), profile)
                if layout is not None:
                    layouts[name] = layout
            return workbook, layouts
        try:
            self.workbook, self.layouts = run_modal(self, work, title=self.tr("打开文件"),
                                                    label=self.tr("正在读取 {0}…").format(path.name))
        except TaskFailed as exc:
            raise d.DomainError(str(exc)) from None
        self.profile = profile

    def done(self, result: int) -> None:
        if self.workbook is not None:
            self.workbook.close()
            self.workbook = None
        super().done(result)


