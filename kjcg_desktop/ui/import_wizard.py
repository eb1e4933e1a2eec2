"""The Excel import wizard.

File (.xlsx/.xls/.ods/CSV) → sheets and header row → column mapping (editable, saved as profiles) →
preview of the records to be created or updated with their 待核对 flags (a flagged value can be
corrected there, the mapping changed and the corrections kept; ui/import_preview) → import (no way
back to the preview once written) → result with the import report and undo. Opening the file, building the preview and writing
run on the task runner (ui/tasks) with a progress dialog and 取消; a cancelled write writes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
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
from ..services.importing.registers import PAYMENT, sheet_register
from ..services.progress import Cancelled
from ..storage import Database
from ..storage import imports as repo
from ..storage import review_flags as review_repo
from .file_dialogs import open_file_name
from .import_preview import SHOWN_ROWS, PreviewPage, _fill, _table, export_report, translated
from .tasks import Task, TaskFailed, run_modal

__all__ = ["ERROR_HEADERS", "SHOWN_ROWS", "ImportWizard", "PreviewPage", "_fill", "_table", "translated"]

ERROR_HEADERS = [QT_TRANSLATE_NOOP("ImportWizard", "工作表"), QT_TRANSLATE_NOOP("ImportWizard", "行"), QT_TRANSLATE_NOOP("ImportWizard", "列"), QT_TRANSLATE_NOOP("ImportWizard", "值"), QT_TRANSLATE_NOOP("ImportWizard", "问题")]


def _sample(value: object) -> str:
    text = ei.to_text(value)
    return "" if text is None else text[:40]


# -- wizard ---------------------------------------------------------------------------------------
class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("选择文件"))
        self.setSubTitle(self.tr("选择要导入的台账或专利数据库导出文件：Excel（.xlsx、.xls）、WPS/LibreOffice（.ods）或 CSV（UTF-8、GBK 或繁体中文 Big5 编码均可，自动识别）。"))
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
                              self.tr("电子表格 (*.xlsx *.xlsm *.xlsb *.xls *.et *.ods *.fods *.csv *.txt *.tsv *.xml *.htm *.html);;所有文件 (*)"))
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


PREVIEW_COLUMNS = 100  # columns of a sheet shown on the sheet page


class SheetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("工作表与表头"))
        self.setSubTitle(self.tr("勾选要导入的工作表。表头位置已自动识别（跳过标题行，合并两行或三行的表头）；如不对，可手动指定表头所在行。"))
        self.sheets = QListWidget()
        self.sheets.setObjectName("import_sheets")
        self.sheets.currentRowChanged.connect(self._show_sheet)
        self.header_row = QSpinBox()
        self.header_row.setRange(1, ei.HEADER_SCAN_ROWS)
        self.two_rows = QComboBox()
        self.two_rows.addItems([self.tr("一行表头"), self.tr("两行表头（与下一行合并）"), self.tr("三行表头（与下两行合并）")])
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
        hidden = self.wiz.workbook.hidden_sheets
        for name in self.wiz.workbook.sheet_names:
            item = QListWidgetItem(name)
            layout = self.wiz.layouts.get(name)
            # a sheet hidden in Excel (a drop-down list, a lookup table) is imported only when ticked
            item.setCheckState(Qt.CheckState.Checked if layout and name not in hidden else Qt.CheckState.Unchecked)
            if name in hidden:
                item.setForeground(self.palette().placeholderText())
                item.setToolTip(self.tr("隐藏的工作表（在 Excel 中看不到），默认不导入"))
            self.sheets.addItem(item)
        self.sheets.setCurrentRow(0)

    def _show_sheet(self, row: int) -> None:
        if row < 0:
            return
        name = self.sheets.item(row).text()
        hidden = name in self.wiz.workbook.hidden_sheets
        try:
            rows = self.wiz.workbook.rows(name)
        except d.DomainError as exc:  # a hidden sheet, read only now, that cannot be imported
            self.preview.set_rows([], headers=[])
            self.info.setText(str(exc))
            return
        if hidden and name not in self.wiz.layouts:
            found = ei.detect_layout(name, rows, self.wiz.profile)
            if found is not None:
                self.wiz.layouts[name] = found
        layout = self.wiz.layouts.get(name)
        rows = rows[:12]
        width = min(max((len(r) for r in rows), default=0), PREVIEW_COLUMNS)  # a row typed across the sheet
        self.preview.set_rows([[_sample(v) for v in r[:width]] + [""] * (width - len(r)) for r in rows],
                              headers=[ei.column_letter(c) for c in range(width)],
                              row_labels=[str(i + 1) for i in range(len(rows))])
        self.preview.verticalHeader().setVisible(True)
        if layout is None:
            text = self.tr("未识别到表头（至少需要两个可识别的列名）。可手动指定表头所在行。")
        else:
            self.header_row.setValue(layout.header_rows[0])
            self.two_rows.setCurrentIndex(len(layout.header_rows) - 1)
            text = self.tr("表头：第 {0} 行；数据从第 {1} 行开始。").format(
                "、".join(str(r) for r in layout.header_rows), layout.data_start + 1)
        if hidden:
            text = self.tr("这是隐藏的工作表（在 Excel 中看不到，多为下拉选项或备查表），默认不导入；如需导入请勾选。") + text
        stray = self.wiz.workbook.stray_cells.get(name, [])
        if stray:
            cells = "、".join(f"{cell}“{_sample(value)}”" for cell, value in stray[:STRAY_SHOWN])
            more = self.tr(" 等 {0} 个").format(f"{len(stray):,}") if len(stray) > STRAY_SHOWN else ""
            text += self.tr("远离表格的单元格 {0}{1} 单独读出，不作为成果导入，会列入导入报告。").format(cells, more)
        self.info.setText(text)

    def _apply_header(self) -> None:
        item = self.sheets.currentItem()
        if item is None:
            return
        first = self.header_row.value()
        rows = [first + i for i in range(self.two_rows.currentIndex() + 1)]
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
        self.rows_of: dict[int, int] = {}  # column index → its row in the table
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("mapping_table")
        self.table.setHorizontalHeaderLabels([self.tr("列"), self.tr("表头"), self.tr("示例值"), self.tr("对应字段")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        # Tab goes from field box to field box (see _tab_order), not from cell to cell
        self.table.setTabKeyNavigation(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.profile_name = QLineEdit()
        self.profile_name.setPlaceholderText(self.tr("方案名称，如：某学院专利台账"))
        self.save_button = save = QPushButton(self.tr("保存为映射方案"))
        save.clicked.connect(self._save_profile)
        self.kept = QLabel()
        self.kept.setObjectName("corrections_kept")
        self.kept.setWordWrap(True)
        self.register_note = QLabel()  # a fee list or a deal list: which columns go to which register
        self.register_note.setObjectName("register_note")
        self.register_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheet)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.register_note)
        layout.addWidget(self.kept)
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
        self.show_kept(len(self.wiz.preview_page.overrides))

    def show_kept(self, kept: int) -> None:
        """Back from the preview: the corrections typed there are kept (a note under the table)."""
        self.kept.setText(self.tr("预览中填写的 {0} 处更正会保留：改好列对应后点“下一步”回到预览。").format(kept) if kept else "")
        self.kept.setVisible(bool(kept))

    def _show(self, name: str) -> None:
        layout = self.wiz.layouts.get(name)
        if layout is None:
            return
        rows = self.wiz.workbook.rows(name)
        sample_row = next((r for r in rows[layout.data_start:layout.data_start + 20] if any(not ei._is_blank(v) for v in r)), [])
        choices = self._choices()
        shown, rest = _mapped_columns(layout)
        self.table.setRowCount(len(shown) + bool(rest))
        self.rows_of = {c: i for i, c in enumerate(shown)}
        for i, c in enumerate(shown):
            header, target = layout.headers[c], layout.mapping[c]
            self.table.setItem(i, 0, QTableWidgetItem(ei.column_letter(c)))
            self.table.setItem(i, 1, QTableWidgetItem(header))
            self.table.setItem(i, 2, QTableWidgetItem(_sample(sample_row[c]) if c < len(sample_row) else ""))
            combo = QComboBox()
            combo.setModel(choices)  # one list of fields for every column's box
            combo.setCurrentIndex(max(combo.findData(target), 0))
            combo.currentIndexChanged.connect(lambda _i, col=c, box=combo, sheet=name: self._changed(sheet, col, box.currentData()))
            self.table.setCellWidget(i, 3, combo)
        if rest:  # a stray cell far to the right (a row typed across the sheet): one line, not thousands of boxes
            self.table.setItem(len(shown), 0, QTableWidgetItem(f"{ei.column_letter(rest[0])}–{ei.column_letter(rest[-1])}"))
            self.table.setItem(len(shown), 1, QTableWidgetItem(self.tr("（无表头）")))
            self.table.setItem(len(shown), 3, QTableWidgetItem(
                self.tr("另有 {0} 列没有表头：有内容的单元格作为附加列保留在扩展信息中").format(f"{len(rest):,}")))
        for c in range(3):  # the field column keeps stretching to the table's edge on every sheet
            self.table.resizeColumnToContents(c)
        self._tab_order()
        self._show_register(name)

    def _show_register(self, name: str) -> None:
        """Under the table: the columns of a fee list or a deal list that go to the fee register or the
        contract register (they show as 附加列 above, which alone reads as "only kept")."""
        reg = sheet_register(self.wiz.layouts[name])
        if reg is None:
            self.register_note.setVisible(False)
            return
        headers = self.wiz.layouts[name].headers
        columns = "、".join(headers[c] for c in sorted(set(reg.columns.values())))
        if reg.kind == PAYMENT:
            text = self.tr("此工作表按年费缴费记录读取：{0} 各列记入年费台账（原文同时保留在扩展信息中），每行按专利号或申请号对应到成果。")
        else:
            text = self.tr("此工作表按转化合同清单读取：{0} 各列登记到合同台账（原文同时保留在扩展信息中），每行按专利号或申请号对应到成果。")
        self.register_note.setText(text.format(columns))
        self.register_note.setVisible(True)

    def _tab_order(self) -> None:
        """Sheet → each column's field box in column order → profile name → 保存为映射方案; a box
        that takes the focus is scrolled into view."""
        boxes = [self.combo(c) for c in self.rows_of]  # the columns shown with a field box, in column order
        chain: list[QWidget] = [self.sheet, *boxes, self.profile_name, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        for box in boxes:
            box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QComboBox):
            for c, row in self.rows_of.items():
                if self.combo(c) is watched:
                    self.table.scrollTo(self.table.model().index(row, 3))
                    break
        return super().eventFilter(watched, event)

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
        self._show_register(sheet)

    def combo(self, column: int) -> QComboBox:
        return self.table.cellWidget(self.rows_of[column], 3)

    def _save_profile(self) -> None:
        profile = ei.profile_of_layouts([self.wiz.layouts[name] for name in self.wiz.chosen])  # one mapping per sheet
        try:
            repo.save_profile(self.wiz.db, self.profile_name.text(), profile)
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


STRAY_SHOWN = 5  # cells far from the table named under the sheet's preview
MAX_UNNAMED_COLUMNS = 50  # columns without a header shown one by one on the mapping page


def _mapped_columns(layout: ei.SheetLayout) -> tuple[list[int], list[int]]:
    """The columns the mapping page lists one by one (every column with a header or a field, and the
    first :data:`MAX_UNNAMED_COLUMNS` without), and the rest, which stay 附加列."""
    shown: list[int] = []
    rest: list[int] = []
    unnamed = 0
    for c, target in enumerate(layout.mapping):
        if layout.has_header(c) or target not in (ei.EXTRA, ei.IGNORE):
            shown.append(c)
        elif unnamed < MAX_UNNAMED_COLUMNS:
            unnamed += 1
            shown.append(c)
        else:
            rest.append(c)
    return shown, rest


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
        self.report_button = QPushButton(self.tr("导出导入报告…"))
        self.report_button.setObjectName("result_report")
        self.report_button.setToolTip(self.tr("本次导入新增与更新的成果、待核对项（含来源单元格与原文）、更新内容和未导入的行"))
        self.report_button.clicked.connect(lambda: export_report(self, self.wiz))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def initializePage(self) -> None:
        plan = self.wiz.plan
        text = self.tr("已导入：新增 {0} 条，更新 {1} 条（导入批次 {2}）。").format(
            f"{len(plan.added):,}", f"{len(plan.updated):,}", self.wiz.batch_id)
        registered = plan.register_counts
        if registered["payments"] or registered["contracts"]:
            text += self.tr("年费缴费记录 {0} 笔已记入年费台账，合同 {1} 项已登记到合同台账。").format(
                f"{registered['payments']:,}", f"{registered['contracts']:,}")
        flagged = len(review_repo.flagged_ids(self.wiz.db))  # what the ledger's 待核对 filter lists
        if plan.flags and flagged == plan.flagged_rows:
            text += self.tr("{0} 条成果共 {1} 处待核对，可在成果台账中按“待核对”筛选。").format(
                f"{plan.flagged_rows:,}", f"{len(plan.flags):,}")
        elif plan.flags:
            text += self.tr("本次导入 {0} 条成果共 {1} 处待核对；台账中现有 {2} 条成果待核对，可按“待核对”筛选。").format(
                f"{plan.flagged_rows:,}", f"{len(plan.flags):,}", f"{flagged:,}")
        else:
            text += self.tr("本次导入没有待核对项。")
            if flagged:
                text += self.tr("台账中现有 {0} 条成果待核对，可按“待核对”筛选。").format(f"{flagged:,}")
        if plan.gone:  # said in the preview; the office acts on it after the import
            text += self.tr("上次导入的 {0} 条成果本次文件中已没有，系统中未删除，请核对是否已放弃、转让或移出台账（见导入报告“文件中已没有的成果”）。").format(
                f"{len(plan.gone):,}")
        self.text.setText(text)
        self.undo_button.setEnabled(True)

    def _undo(self) -> None:
        result = undo_with_confirmation(self, self.wiz.db, self.wiz.batch_id)
        if result is None:
            return
        self.text.setText(undone_text(self.wiz.batch_id, result))
        self.undo_button.setEnabled(False)


def undo_with_confirmation(parent: QWidget, db: Database, batch_id: int) -> dict[str, int] | None:
    """Say what undoing ``batch_id`` will do (the records worked on since, the values kept), ask,
    and undo; None when refused or not confirmed."""
    title = QCoreApplication.translate("ImportWizard", "撤销导入")
    try:
        preview = ei.undo_impact(db, batch_id)
    except d.DomainError as exc:
        QMessageBox.warning(parent, title, str(exc))
        return None
    if preview.blocked_by:
        QMessageBox.warning(parent, title, preview.message())
        return None
    question = preview.message() + "\n\n" + QCoreApplication.translate("ImportWizard", "确定撤销？")
    no = QMessageBox.StandardButton.No  # the default when the undo deletes work done since the import
    default = no if preview.edited_added else QMessageBox.StandardButton.Yes
    if QMessageBox.question(parent, title, question, QMessageBox.StandardButton.Yes | no, default) != QMessageBox.StandardButton.Yes:
        return None
    try:
        return ei.undo_batch(db, batch_id)
    except d.DomainError as exc:
        QMessageBox.warning(parent, title, str(exc))
        return None


def undone_text(batch_id: int, result: dict[str, int]) -> str:
    text = QCoreApplication.translate("ImportWizard", "已撤销导入批次 {0}：删除 {1} 条，恢复 {2} 条。").format(
        batch_id, f"{result['deleted']:,}", f"{result['restored']:,}")
    if result.get("kept"):
        text += QCoreApplication.translate("ImportWizard", "保留 {0} 处导入后修改过的值。").format(f"{result['kept']:,}")
    if result.get("payments") or result.get("deals") or result.get("tech_contracts"):
        text += QCoreApplication.translate("ImportWizard", "删除该次记入的年费缴费记录 {0} 笔、合同 {1} 项。").format(
            f"{result.get('payments', 0):,}", f"{result.get('deals', 0) + result.get('tech_contracts', 0):,}")
    return text


class ImportWizard(QWizard):
    def __init__(self, db: Database, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.workbook: ei.Workbook | None = None
        self.layouts: dict[str, ei.SheetLayout] = {}
        self.chosen: list[str] = []
        self.profile: dict[str, Any] | None = None
        self.plan: ei.ImportPlan | None = None
        self.batch_id: int | None = None
        self.source_path: Path | None = None
        self.setWindowTitle(self.tr("导入 Excel 台账"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        # once written there is nothing to cancel or go back to: the result page has 撤销本次导入
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.sheet_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步 >"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("导入"))
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
        if path != self.source_path:  # corrections belong to the file they were typed for
            self.preview_page.overrides = {}
        profile = repo.load_profiles(self.db).get(profile_name) if profile_name else None

        def work(task: Task) -> tuple[ei.Workbook, dict[str, ei.SheetLayout]]:
            workbook = ei.open_workbook(path)
            layouts: dict[str, ei.SheetLayout] = {}
            names = workbook.sheet_names
            for i, name in enumerate(names):
                if name in workbook.hidden_sheets:  # read when the clerk looks at it (a hidden sheet may be refused)
                    continue
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
        self.source_path = path

    def write_plan(self) -> bool:
        """Write the previewed plan on the task runner (progress, 取消 rolls back); True when written."""
        plan = self.plan
        registered = plan.register_counts
        if not plan.added and not plan.updated and not registered["payments"] and not registered["contracts"]:
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
            self.batch_id = run_modal(self, work, title=self.tr("导入"), label=label, db=self.db)
        except Cancelled:
            QMessageBox.information(self, self.tr("导入"), self.tr("已取消导入，数据库未作任何修改。"))
            return False
        except TaskFailed as exc:  # the transaction rolled back
            QMessageBox.critical(self, self.tr("导入失败"), self.tr("导入失败，数据库未作任何修改：{0}").format(exc))
            return False
        return True

    def reject(self) -> None:
        """Esc or 取消: corrections typed in the preview are not thrown away without asking."""
        page = self.preview_page
        if self.currentPage() is page:
            page.collect_typed()
        typed = len(page.overrides)
        if typed and self.currentPage() is not self.result_page and QMessageBox.question(
                self, self.tr("取消导入"), self.tr("预览中已填写 {0} 处更正，取消导入将放弃这些更正。确定取消？").format(typed),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.workbook is not None:
            self.workbook.close()
            self.workbook = None
        super().done(result)


