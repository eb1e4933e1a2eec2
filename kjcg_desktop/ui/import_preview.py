"""The import wizard's preview page: the records the import will create or update (an update names
the record it changes and shows each changed field as old → new), the 待核对 flags with a column
更正为 to correct a flagged value, and the tags that differ from the rules. Corrections survive a
trip back to the column mapping (they are keyed by sheet, Excel row and column); the import report
can be exported here and, after the write, from the result page."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from .. import domain as d
from ..services import excel_import as ei
from ..services.documents.history import value_text
from ..services.importing.registers import register_headers
from ..services.output_paths import safe_output
from ..services.progress import Cancelled
from ..storage import ledger as ledger_repo
from ..storage.imports import IMPORTED_FIELDS
from .dialogs import output_refused
from .file_dialogs import save_file_name
from .i18n import label_text
from .tasks import Task, TaskFailed, run_modal
from .text_table import TextTable, texts

FIT_ROWS = 15  # rows whose text sizes the columns of a list
SHOWN_ROWS = 2000  # rows of a list shown in the wizard; the exported report has them all
WIDEST = 260  # px: a column fitted to its texts is no wider (the rest elides; the tooltip has it all)


def _table(headers: list[str], *, editable: tuple[int, ...] = ()) -> TextTable:
    table = TextTable(headers, editable=editable)
    # columns fit the first rows: measuring more of three 2,000-row lists (Chinese text is slow to
    # measure) would freeze the window when the preview arrives
    table.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)  # one line a row
    table.setTabKeyNavigation(False)  # the arrow keys walk a list; Tab goes on to the next list or button
    return table


def _fit_height(table: TextTable, rows: int) -> None:
    """A short list takes only the height of its rows; a long one shares the page."""
    if rows > 8:
        table.setMaximumHeight(16_777_215)
        return
    frame = 2 * table.frameWidth() + table.horizontalHeader().sizeHint().height()
    scroll = table.horizontalScrollBar().sizeHint().height()
    table.setMaximumHeight(frame + scroll + max(rows, 1) * table.verticalHeader().defaultSectionSize())


def _fill(table: TextTable, rows: list[list[object]], limit: int | None = None) -> None:
    table.set_rows(rows[:SHOWN_ROWS if limit is None else limit])


def _cap_widths(table: TextTable, widest: int = WIDEST) -> None:
    header = table.horizontalHeader()
    for column in range(header.count()):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive and header.sectionSize(column) > widest:
            header.resizeSection(column, widest)


def _fit_texts(table: TextTable, column: int, texts: Iterable[str]) -> None:
    """Widen ``column`` to the widest of ``texts``: the few values known to run wider further down
    than in the first rows the columns were fitted to (a later sheet's name, its cells)."""
    longest: dict[str, str] = {}
    for text in texts:  # per sheet (the part before "!"), the longest text by length; few are measured
        key = text.rpartition("!")[0] if "!" in text else text
        if len(text) > len(longest.get(key, "")):
            longest[key] = text
    metrics = table.fontMetrics()
    need = max((metrics.horizontalAdvance(t) for t in longest.values()), default=0) + 12
    if need > table.columnWidth(column):
        table.setColumnWidth(column, need)


def translated(headers: list[str]) -> list[str]:
    """Column headers marked with QT_TRANSLATE_NOOP("ImportWizard", …), in the UI language."""
    return [QCoreApplication.translate("ImportWizard", h) for h in headers]  # i18n: dynamic


RECORD_HEADERS = [QT_TRANSLATE_NOOP("ImportWizard", "操作"), QT_TRANSLATE_NOOP("ImportWizard", "工作表"), QT_TRANSLATE_NOOP("ImportWizard", "行"),
                  QT_TRANSLATE_NOOP("ImportWizard", "台账编号"), QT_TRANSLATE_NOOP("ImportWizard", "成果名称"), QT_TRANSLATE_NOOP("ImportWizard", "类型"),
                  QT_TRANSLATE_NOOP("ImportWizard", "法律状态"), QT_TRANSLATE_NOOP("ImportWizard", "属性"), QT_TRANSLATE_NOOP("ImportWizard", "变更（原值 → 新值）"),
                  QT_TRANSLATE_NOOP("ImportWizard", "待核对")]
FLAG_HEADERS = [QT_TRANSLATE_NOOP("ImportWizard", "单元格"), QT_TRANSLATE_NOOP("ImportWizard", "成果名称"), QT_TRANSLATE_NOOP("ImportWizard", "字段"),
                QT_TRANSLATE_NOOP("ImportWizard", "原文"), QT_TRANSLATE_NOOP("ImportWizard", "更正为"), QT_TRANSLATE_NOOP("ImportWizard", "问题")]
_ACTION_LABELS = {"add": QT_TRANSLATE_NOOP("PreviewPage", "新增"), "update": QT_TRANSLATE_NOOP("PreviewPage", "更新"),
                  "unchanged": QT_TRANSLATE_NOOP("PreviewPage", "无变化")}
_RECORD_COLUMNS = ("ledger_no", "name", "type", "legal_status", "attribute")

_OTHER_LABELS = {"attribute": QT_TRANSLATE_NOOP("ImportWizard", "属性"), "inventors": QT_TRANSLATE_NOOP("ImportWizard", "完成人")}

CHANGES = 8     # the 变更 column of the records list
CORRECTION = 4  # the 更正为 column of the flags list
PROBLEM = 5     # the 问题 column of the flags list


# What the records list can be narrowed to: a re-import of the office's new ledger updates hundreds
# of records for a new column alone, and the few real changes are found among them by this
RECORD_FILTERS = (("all", QT_TRANSLATE_NOOP("PreviewPage", "全部")), ("add", QT_TRANSLATE_NOOP("PreviewPage", "新增")),
                  ("fields", QT_TRANSLATE_NOOP("PreviewPage", "更新：字段有变化")),
                  ("extra", QT_TRANSLATE_NOOP("PreviewPage", "更新：仅附加列")),
                  ("flagged", QT_TRANSLATE_NOOP("PreviewPage", "有待核对")))
_FIELD_KEYS = frozenset((*IMPORTED_FIELDS, "inventors", "attribute", "stage"))


def shown_in(row: ei.PlannedRow, mode: str) -> bool:
    """Whether the records list shows ``row`` (added or updated) under the filter ``mode``."""
    if mode == "add":
        return row.action == "add"
    if mode in ("fields", "extra"):
        if row.action != "update":
            return False
        fields = any(k in _FIELD_KEYS for k in (*row.diff, *row.changes) if k not in ("extra", "import_source", "import_key"))
        return fields if mode == "fields" else not fields
    if mode == "flagged":
        return bool(row.flags)
    return True


def change_texts(row: ei.PlannedRow) -> list[str]:
    """“法律状态：审中 → 有效（已授权）” for each field an update changes (the file's diff, and the
    attribute the rules derive from it)."""
    labels = dict(ei.field_choices())
    diff = dict(row.diff)
    if "attribute" in row.changes and "attribute" not in diff:
        diff["attribute"] = (row.old.get("attribute"), row.changes["attribute"])
    parts = []
    for key, (old, new) in diff.items():
        label = field_text(labels[key]) if key in labels else (
            QCoreApplication.translate("ImportWizard", _OTHER_LABELS[key]) if key in _OTHER_LABELS else key)  # i18n: dynamic
        empty = QCoreApplication.translate("ImportWizard", "空")
        before, after = _value(key, old) or empty, _value(key, new) or empty
        parts.append(f"{label}：{before} → {after}")
    return parts


def field_text(label: str) -> str:
    """A field's label (services/importing/synonyms) in the UI language, as the mapping page shows it."""
    return QCoreApplication.translate("MappingPage", label)  # i18n: dynamic


def enum_text(enum: Any, value: Any) -> str:
    """The label of a stored code in the UI language ('' for none; the code itself when unknown)."""
    if value is None or value == "":
        return ""
    return label_text(enum(value).label) if value in enum._value2member_map_ else str(value)


_ENUMS = {"type": d.AchievementType, "legal_status": d.LegalStatus, "attribute": d.Attribute, "stage": d.Stage,
          "transfer_status": d.TransferStatus}


def _value(key: str, value: Any) -> str:
    return enum_text(_ENUMS[key], value) if key in _ENUMS else value_text(key, value)


def cell_position(cell: str) -> tuple[str, int, int] | None:
    """(sheet, Excel row, 0-based column) of a flag's cell "专利台账!D7" (None for a whole row)."""
    sheet, _, ref = cell.rpartition("!")
    letters = "".join(ch for ch in ref if ch.isalpha())
    digits = "".join(ch for ch in ref if ch.isdigit())
    if not letters or not digits:
        return None
    column = 0
    for ch in letters.upper():
        column = column * 26 + (ord(ch) - 64)
    return sheet.strip("'"), int(digits), column - 1


LISTED_COLUMNS = 20  # extra columns named in the summary line; the rest are counted
LISTED_STRAY_CELLS = 10  # cells far from the table named above the lists; the report has them all


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


@dataclass
class PreviewRows:
    plan: ei.ImportPlan
    summary: dict[str, Any]
    records: list[list[str]]
    record_tips: list[str]
    flags: list[list[str]]
    flag_tips: list[str]
    flag_cells: list[str]
    tags: list[list[str]]
    record_total: int
    flag_total: int
    tag_total: int


class PreviewPage(QWizardPage):
    """The records the import will create or update, with their 待核对 flags beside them. A flagged
    value can be corrected here (column 更正为) and the preview rebuilt before anything is written.
    The write happens when the clerk leaves this page (a commit page: no way back afterwards)."""

    def __init__(self, wizard: Any) -> None:  # the ImportWizard (ui/import_wizard imports this module)
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("预览"))
        self.setSubTitle(self.tr("每个非空行都会成为一条成果或更新已有成果；无法确定的值原样保留并标记“待核对”。"
                                 "可在“更正为”一列直接改正后点“按更正重新预览”；确认后一次性写入，可整体撤销。"))
        self.setCommitPage(True)
        self.counts = QLabel()
        self.counts.setObjectName("preview_counts")
        self.counts.setWordWrap(True)
        self.notices = QLabel()  # how the file was read: an encoding guessed, cells far from the table
        self.notices.setObjectName("preview_notices")
        self.notices.setWordWrap(True)
        self.notices.setStyleSheet("color: #9c5700;")
        self.notices.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.records = _table(translated(RECORD_HEADERS))
        self.records.setObjectName("preview_records")
        self.flags = _table(translated(FLAG_HEADERS), editable=(CORRECTION,))
        self.flags.setObjectName("preview_flags")
        self.flags.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.flags.horizontalHeader().setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Stretch)
        self.errors = self.flags  # the problems of a row are its flags
        self.tags = _table([self.tr("工作表"), self.tr("行"), self.tr("台账编号"), self.tr("成果名称"), self.tr("标记"), self.tr("文件中"), self.tr("按规则"), self.tr("依据")])
        self.tags.setObjectName("preview_tags")
        self.tags.setToolTip(self.tr("属性按法律状态认定（1-2 第五条）；阶段按证据认定（1-2 第八条、第九条）。导入时采用按规则计算的标记。"))
        self.records_title, self.flags_title, self.tags_title = QLabel(), QLabel(), QLabel()
        self.record_filter = QComboBox()
        self.record_filter.setObjectName("preview_record_filter")
        for mode, label in RECORD_FILTERS:
            self.record_filter.addItem(self.tr(label), mode)  # i18n: dynamic
        self.record_filter.setToolTip(self.tr("只看新增、字段有变化的更新、仅附加列变化的更新或有待核对的成果"))
        self._record_mode = "all"
        self.record_filter.currentIndexChanged.connect(self._refilter)
        self.errors_title = self.flags_title
        self.apply_button = QPushButton(self.tr("按更正重新预览"))
        self.apply_button.setObjectName("apply_corrections")
        self.apply_button.clicked.connect(self.apply_corrections)
        self.mapping_button = QPushButton(self.tr("修改列对应…"))
        self.mapping_button.setObjectName("change_mapping")
        self.mapping_button.setToolTip(self.tr("回到“列映射”改正某列对应的字段；已填写的更正会保留"))
        self.mapping_button.clicked.connect(self.change_mapping)
        self.report_button = QPushButton(self.tr("导出导入报告…"))
        self.report_button.setObjectName("export_problems")
        self.report_button.setToolTip(self.tr("把将新增与更新的成果、全部待核对项（含来源单元格与原文）、更新内容、标记不一致和未导入的行写入 Excel"))
        self.report_button.clicked.connect(lambda: export_report(self, self.wiz))
        self.overrides: dict[tuple[str, int, int], object] = {}
        self._flag_cells: list[str] = []
        self.dropped = 0  # corrections whose cell is no longer imported (sheet unticked, header moved)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.mapping_button)
        top.addLayout(buttons)
        layout.addLayout(top)
        layout.addWidget(self.notices)
        title_row = QHBoxLayout()
        title_row.addWidget(self.records_title, 1)
        title_row.addWidget(QLabel(self.tr("显示：")))
        title_row.addWidget(self.record_filter)
        layout.addLayout(title_row)
        layout.addWidget(self.records, 3)
        row = QHBoxLayout()
        row.addWidget(self.flags_title, 1)
        row.addWidget(self.apply_button)
        layout.addLayout(row)
        layout.addWidget(self.flags, 2)
        layout.addWidget(self.tags_title)
        layout.addWidget(self.tags, 1)

    def initializePage(self) -> None:
        self._keep_existing_corrections()
        self._build()
        self.wiz.setButtonText(QWizard.WizardButton.CommitButton, self.tr("导入"))

    def cleanupPage(self) -> None:
        """Back to the mapping: the corrections typed (applied or not) are kept for the next preview."""
        self._collect_corrections()
        self.wiz.mapping_page.show_kept(len(self.overrides))

    def _keep_existing_corrections(self) -> None:
        """Drop the corrections whose cell is no longer a data cell of a chosen sheet."""
        kept: dict[tuple[str, int, int], object] = {}
        for (sheet, row, column), value in self.overrides.items():
            layout = self.wiz.layouts.get(sheet) if sheet in self.wiz.chosen else None
            if layout is not None and row - 1 >= layout.data_start and column < len(layout.headers):
                kept[(sheet, row, column)] = value
        self.dropped = len(self.overrides) - len(kept)
        self.overrides = kept

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
            return self._preview_rows(task.db, plan)
        try:
            shown = run_modal(self, work, title=self.tr("预览"), label=label, db=wiz.db)
        except Cancelled:
            return False
        except TaskFailed as exc:
            QMessageBox.warning(self, self.tr("预览"), str(exc))
            return False
        self._show(shown)
        return True

    def _show_notices(self, plan: ei.ImportPlan) -> None:
        lines = [self.tr("注意：{0}").format(notice) for notice in plan.notices]
        stray = plan.stray_cells
        if stray:
            cells = "、".join(self.tr("工作表“{0}”{1}“{2}”").format(sheet, cell, _short(value))
                             for sheet, cell, value in stray[:LISTED_STRAY_CELLS])
            more = self.tr(" 等 {0} 个").format(f"{len(stray):,}") if len(stray) > LISTED_STRAY_CELLS else ""
            lines.append(self.tr("远离表格的单元格未作为成果导入：{0}{1}（可能是误填，或 Excel 记录的使用范围远超表格；"
                                 "导入报告的“读取说明”列出全部，请核对原文件）").format(cells, more))
        self.notices.setText("\n".join(lines))
        self.notices.setVisible(bool(lines))

    def _show(self, shown: PreviewRows) -> None:
        self.wiz.plan = plan = shown.plan
        s = shown.summary
        fed = {h for headers in register_headers(plan.layouts).values() for h in headers}  # the mapping page names them
        names = [n for n in plan.unmapped_columns if n not in fed]
        extra = "、".join(names[:LISTED_COLUMNS]) or self.tr("无")
        if len(names) > LISTED_COLUMNS:  # a row typed across the sheet: thousands of columns without a header
            extra += self.tr(" 等 {0} 列").format(f"{len(names):,}")
        flagged = self.tr("{0} 条成果共 {1} 处待核对").format(f"{s['flagged_rows']:,}", f"{len(plan.flags):,}") \
            if plan.flags else self.tr("无待核对")
        text = self.tr("将新增 {0} 条，更新 {1} 条（按申请号/专利号、登记号、台账编号或公开（公告）号匹配），无变化 {2} 条，"
                       "跳过 {3} 行（空行、合计行、说明行、分节标题、重复表头），{4}。"
                       "附加列：{5}").format(
            *(f"{n:,}" for n in (s["added"], s["updated"], s["unchanged"], s["skipped"])), flagged, extra)
        if plan.gone:
            names = "、".join(f"{g.ledger_no or ''}“{g.name or ''}”" for g in plan.gone[:3]) + ("……" if len(plan.gone) > 3 else "")
            text += self.tr("。上次从同一台账文件（同名或只差日期）导入的 {0} 条成果本次文件中已没有：{1}（不会删除，见导入报告“文件中已没有的成果”）").format(
                f"{len(plan.gone):,}", names)
        if s["payments"] or s["contracts"] or s["known_items"]:
            text += "\n" + self.tr("年费缴费记录 {0} 笔将记入年费台账，合同 {1} 项将登记到合同台账。").format(
                f"{s['payments']:,}", f"{s['contracts']:,}")
        if s["known_items"]:
            text += self.tr("{0} 笔缴费或合同已在台账中，不重复记入。").format(f"{s['known_items']:,}")
        if self.overrides:
            text += self.tr("；已采用更正 {0} 处。").format(len(self.overrides))
        if self.dropped:
            text += self.tr("{0} 处更正所在的单元格已不再导入，未采用。").format(self.dropped)
        self.counts.setText(text)
        self._show_notices(plan)
        self.records.set_rows(shown.records, as_text=True, tooltips=shown.record_tips)
        _cap_widths(self.records)
        _fit_texts(self.records, 1, {r[1] for r in shown.records})  # 工作表
        _fit_texts(self.records, 2, {max((r[2] for r in shown.records), key=len, default="")})  # 行
        self.records.setColumnHidden(CHANGES, not shown.summary["updated"])
        self.records.setColumnHidden(CHANGES + 1, not shown.flag_total)  # 待核对
        self._flag_cells = shown.flag_cells
        self.flags.set_rows(shown.flags, as_text=True, tooltips=shown.flag_tips)
        _fit_height(self.flags, len(shown.flags))
        _cap_widths(self.flags, WIDEST * 3 // 4)
        _fit_texts(self.flags, 0, shown.flag_cells)  # 单元格
        self.flags.setColumnWidth(CORRECTION, max(self.flags.columnWidth(CORRECTION), 150))
        self.tags.set_rows(shown.tags, as_text=True)
        self.records_title.setText(self._title(self.tr("将新增或更新的成果"), shown.record_total, self.tr("条")))
        self.flags_title.setText(self._title(self.tr("待核对（已导入，原文保留）"), shown.flag_total, self.tr("处")))
        self.tags_title.setText(self._title(self.tr("文件中的标记与按规则计算的标记不一致"), shown.tag_total, self.tr("处")))
        for widget in (self.flags_title, self.flags, self.apply_button):
            widget.setVisible(shown.flag_total > 0)
        for widget in (self.tags_title, self.tags):
            widget.setVisible(shown.tag_total > 0)
        self.report_button.setEnabled(bool(plan.rows or plan.skipped))

    def _refilter(self) -> None:
        """Show the records the chosen filter keeps (the plan stays as it is)."""
        self._record_mode = self.record_filter.currentData() or "all"
        if self.wiz.plan is not None:
            self._show(self._preview_rows(self.wiz.db, self.wiz.plan))

    def _preview_rows(self, db: Any, plan: ei.ImportPlan) -> PreviewRows:
        """The texts of the three lists (the first SHOWN_ROWS of each); runs on the worker."""
        limit, mode = SHOWN_ROWS, self._record_mode
        shown = [r for r in plan.rows if r.action != "unchanged" and shown_in(r, mode)]
        actions = {k: self.tr(v) for k, v in _ACTION_LABELS.items()}  # i18n: dynamic
        targets = [r.target_id for r in shown[:limit] if r.target_id is not None]
        current = ledger_repo.fetch_rows(db, targets, _RECORD_COLUMNS) if targets else {}
        records, record_tips = [], []
        for r in shown[:limit]:
            values = dict(r.values)
            if r.target_id is not None and r.target_id in current:  # the record as it will be after the update
                values = {**dict(zip(_RECORD_COLUMNS, current[r.target_id], strict=True)), **r.changes}
            changes = change_texts(r) if r.action == "update" else []
            reasons = [f.reason for f in r.flags]
            records.append([actions[r.action], r.sheet, r.row, values.get("ledger_no"), values.get("name") or r.name,
                            enum_text(d.AchievementType, values.get("type")), enum_text(d.LegalStatus, values.get("legal_status")),
                            enum_text(d.Attribute, values.get("attribute")), "；".join(changes), "；".join(reasons)])
            record_tips.append("\n".join([*changes, *reasons]))
        labels = dict(ei.field_choices())
        all_flags = plan.flags
        fixes = {cell: v for cell, v in ((f.cell, self._override_of(f.cell)) for _, f in all_flags[:limit]) if v}
        flags = texts([[f.cell, r.name, field_text(labels[f.field]) if f.field in labels else f.field, f.original,
                        fixes.get(f.cell, ""), f.reason]
                       for r, f in all_flags[:limit]])
        flag_tips = [f"{f.cell}：{f.reason}" for _, f in all_flags[:limit]]
        tags = texts([[t.sheet, t.row, t.ledger_no, t.name, t.tag, t.in_file, t.computed, t.article]
                      for t in plan.tag_differences[:limit]])
        return PreviewRows(plan, plan.summary(), texts(records), record_tips, flags, flag_tips,
                           [f.cell for _, f in all_flags[:limit]], tags, len(shown), len(all_flags), len(plan.tag_differences))

    def _override_of(self, cell: str) -> str:
        position = cell_position(cell)
        value = self.overrides.get(position) if position else None
        return "" if value is None else str(value)

    def _title(self, title: str, total: int, unit: str) -> str:
        if total > SHOWN_ROWS:
            return self.tr("{0}：共 {1} {3}，此处显示前 {2} {3}，全部见“导出导入报告”").format(
                title, f"{total:,}", f"{SHOWN_ROWS:,}", unit)
        return self.tr("{0}：{1} {2}").format(title, f"{total:,}", unit)

    def correct(self, row: int, value: str) -> None:
        """Type a correction for flag ``row`` (as the clerk does in the 更正为 column)."""
        self.flags.set_text(row, CORRECTION, value)

    def _collect_corrections(self) -> int:
        """Take the values typed in 更正为 into the overrides; returns how many are new or changed."""
        changed = 0
        for i, cell in enumerate(self._flag_cells):
            text = self.flags.text(i, CORRECTION).strip()
            position = cell_position(cell)
            if position is None:
                continue
            if not text:  # a correction shown here and erased by the clerk is withdrawn
                if self.overrides.pop(position, None) is not None:
                    changed += 1
                continue
            if self.overrides.get(position) != text:
                changed += 1
            self.overrides[position] = text
        return changed

    def collect_typed(self) -> int:
        """Take what was typed in 更正为 (applied or not) into the corrections; how many changed."""
        return self._collect_corrections()

    def apply_corrections(self) -> None:
        """Rebuild the plan with the values typed in 更正为 in place of the flagged cells."""
        self._collect_corrections()
        self._build()

    def change_mapping(self) -> None:
        """Back to the column mapping, keeping the corrections (the next preview applies them)."""
        self.wiz.back()

    def validatePage(self) -> bool:
        if self._collect_corrections():  # typed but not yet applied: show what they do before writing
            self._build()
            QMessageBox.information(self, self.tr("导入"), self.tr("已按“更正为”一列重新预览，请核对后再点“导入”。"))
            return False
        if self.wiz.plan is None and not self._build():
            return False
        return self.wiz.write_plan()


def export_report(parent: QWidget, wiz: Any) -> None:
    """Ask where, then write the import report of the wizard's plan (before or after the write)."""
    from ..services.importing.report import SHEETS, records_of, write_import_report

    plan = wiz.plan
    if plan is None:
        return
    title = QCoreApplication.translate("ImportWizard", "导出导入报告")
    default = QCoreApplication.translate("ImportWizard", "导入报告-{0}.xlsx").format(Path(plan.source).stem)
    path = save_file_name(parent, title, default, QCoreApplication.translate("ImportWizard", "Excel 工作簿 (*.xlsx)"))
    if not path:
        return
    out = Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")
    if output_refused(parent, out, wiz.db.path, inputs=[plan.source]):
        return

    def work(task: Task) -> dict:
        records = records_of(task.db, plan)
        with safe_output(out, db_path=wiz.db.path, inputs=[plan.source]) as tmp:
            return write_import_report(plan, tmp, records)
    try:
        counts = run_modal(parent, work, title=title, db=wiz.db)
    except Cancelled:
        return
    except TaskFailed as exc:
        QMessageBox.warning(parent, title, str(exc))
        return
    records, flags, updates, tags, skipped = (counts[k] for k in list(SHEETS)[:5])  # the report's sheets, in their order
    skipped -= len(plan.hidden_sheets)  # rows only: the hidden sheets are listed apart
    QMessageBox.information(parent, title, QCoreApplication.translate(
        "ImportWizard", "已写入 {0}：新增与更新 {5} 条，待核对 {1} 处，更新内容 {2} 处，标记不一致 {3} 处，未导入 {4} 行").format(
        out, *(f"{n:,}" for n in (flags, updates, tags, skipped, records))))
