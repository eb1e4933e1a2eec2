"""成果台账 — the ledger page (1-2 第七条).

The table model holds only the ids of the matching achievements (ordered and filtered in SQL by
``storage.ledger``) and fetches row values lazily, a block at a time, keeping a small cache — the
pattern of Anki's browser. 100,000 rows cost one list of ints.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import clock
from .. import domain as d
from ..paths import data_dir
from ..storage import Database, ledger, overview
from ..storage.migrations import SEARCH_TEXT_MAX
from .i18n import label_text
from .ledger_widgets import Chip, FacetCombo, HighlightDelegate, plain_tip
from .removal import confirm_remove_or_archive

# (key, title, default width, shown by default)
LEDGER_COLUMNS: list[tuple[str, str, int, bool]] = [
    ("ledger_no", QT_TRANSLATE_NOOP("LedgerPage", "台账编号"), 130, True),
    ("name", QT_TRANSLATE_NOOP("LedgerPage", "成果名称"), 300, True),
    ("type", QT_TRANSLATE_NOOP("LedgerPage", "类型"), 100, True),
    ("attribute", QT_TRANSLATE_NOOP("LedgerPage", "属性"), 90, True),
    ("stage", QT_TRANSLATE_NOOP("LedgerPage", "阶段"), 80, True),
    ("transfer_status", QT_TRANSLATE_NOOP("LedgerPage", "转化状态"), 80, True),
    ("transfer_count", QT_TRANSLATE_NOOP("LedgerPage", "转化频次"), 70, False),
    ("legal_status", QT_TRANSLATE_NOOP("LedgerPage", "法律状态"), 100, True),
    ("application_no", QT_TRANSLATE_NOOP("LedgerPage", "申请号"), 170, True),
    ("patent_no", QT_TRANSLATE_NOOP("LedgerPage", "专利号"), 170, False),
    ("registration_no", QT_TRANSLATE_NOOP("LedgerPage", "登记号"), 140, False),
    ("department", QT_TRANSLATE_NOOP("LedgerPage", "所属部门"), 170, True),
    ("inventors", QT_TRANSLATE_NOOP("LedgerPage", "完成人"), 160, True),
    ("keywords", QT_TRANSLATE_NOOP("LedgerPage", "关键词"), 150, False),
    ("disclosure_date", QT_TRANSLATE_NOOP("LedgerPage", "披露日期"), 95, True),
    ("filing_date", QT_TRANSLATE_NOOP("LedgerPage", "申请日"), 95, False),
    ("grant_date", QT_TRANSLATE_NOOP("LedgerPage", "授权日"), 95, False),
    ("status", QT_TRANSLATE_NOOP("LedgerPage", "状态"), 70, True),
    ("updated_at", QT_TRANSLATE_NOOP("LedgerPage", "更新时间"), 150, False),
    ("review", QT_TRANSLATE_NOOP("LedgerPage", "待核对"), 320, False),  # shown with the 待核对 filter
]
COLUMN_KEYS = [c[0] for c in LEDGER_COLUMNS]
REVIEW_FIRST = 24  # characters of the first reason shown before "等 N 处"

TAG_TIPS = {
    "attribute": QT_TRANSLATE_NOOP("LedgerPage", "属性标记依法律状态自动判定（1-2 第五条、第七条）"),
    "stage": QT_TRANSLATE_NOOP("LedgerPage", "阶段标记依证据自动判定，修改须书面理由（1-2 第八条(二)、第九条）"),
    "transfer_status": QT_TRANSLATE_NOOP("LedgerPage", "转化状态与转化频次随转化交易更新（1-2 第七条）"),
}

FACET_TITLES = {
    "type": QT_TRANSLATE_NOOP("LedgerPage", "类型"), "attribute": QT_TRANSLATE_NOOP("LedgerPage", "属性"), "stage": QT_TRANSLATE_NOOP("LedgerPage", "阶段"), "transfer_status": QT_TRANSLATE_NOOP("LedgerPage", "转化状态"), "status": QT_TRANSLATE_NOOP("LedgerPage", "状态"),
    "department": QT_TRANSLATE_NOOP("LedgerPage", "部门"), "year": QT_TRANSLATE_NOOP("LedgerPage", "披露年份"), "running_publicity": QT_TRANSLATE_NOOP("LedgerPage", "公示中"), "needs_review": QT_TRANSLATE_NOOP("LedgerPage", "待核对"),
}
FACET_ENUMS = {"type": d.AchievementType, "attribute": d.Attribute, "stage": d.Stage,
               "transfer_status": d.TransferStatus, "status": d.AchievementStatus}

IdRole = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_COUNT_COLUMN = [c[0] for c in LEDGER_COLUMNS].index("transfer_count")
# Columns the search looks into: only these get the (Python) highlighting delegate.
SEARCHED_COLUMNS = ("ledger_no", "name", "application_no", "patent_no", "registration_no", "inventors", "keywords")


def display_value(key: str, value: Any) -> str:
    """The text shown for a stored value (enum labels; dates as stored, YYYY-MM-DD)."""
    if value is None:
        return ""
    enum = ledger.ENUM_COLUMNS.get(key)
    if enum is not None:
        try:
            return label_text(enum(value).label)
        except ValueError:
            return str(value)
    if key == "updated_at":
        return clock.display_time(str(value))
    if key == "review":
        lines = str(value).split("\n")
        first = lines[0].split("　", 1)[-1]
        if len(lines) > 1 and len(first) > REVIEW_FIRST:  # the count stays in sight; the tooltip has it all
            first = first[:REVIEW_FIRST] + "…"
        return first if len(lines) == 1 else QCoreApplication.translate("LedgerPage", "{0} 等 {1} 处").format(first, len(lines))
    return str(value)


def facet_value_label(facet: str, value: Any) -> str:
    if facet in FACET_ENUMS:
        return label_text(FACET_ENUMS[facet](value).label)
    if facet == "year":
        return QCoreApplication.translate("LedgerPage", "{0}年").format(value)
    if facet == "running_publicity":
        return QCoreApplication.translate("LedgerPage", "有进行中的公示")
    if facet == "needs_review":
        return QCoreApplication.translate("LedgerPage", "有待核对项")
    return str(value)


def ui_settings() -> QSettings:
    """Per-user view state (column widths, order, sort) in ``ui.ini`` in the data folder."""
    return QSettings(str(data_dir() / "ui.ini"), QSettings.Format.IniFormat)


class LedgerModel(QAbstractTableModel):
    """Ids in display order; rows fetched by id in blocks of :attr:`BLOCK` with an LRU cache."""

    BLOCK = 128
    MAX_BLOCKS = 48

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.filters: dict[str, Any] = {}
        self.search = ""
        self.sort_key = "id"
        self.descending = True
        self._ids: list[int] = []
        self._all: tuple[tuple | None, list[int]] = (None, [])
        self._cache: OrderedDict[int, list[tuple]] = OrderedDict()
        self.queries = 0  # blocks fetched (for tests and the benchmark)
        # a record just saved stays in the list (first row) although the active filter hides it,
        # until the filter or search changes
        self.pinned: int | None = None
        self.pinned_hidden = False

    # -- query -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Run the id query again with the current filters, search and sort."""
        self.beginResetModel()
        unfiltered = not self.search and not any(v not in (None, "", False) for v in self.filters.values())
        key = (*overview.data_stamp(self.db), self.sort_key, self.descending)
        if unfiltered and self._all[0] == key:
            self._ids = self._all[1]  # clearing the search: the whole ledger again, unchanged since
        else:
            self._ids = ledger.ledger_ids(self.db, self.filters, self.search, sort=self.sort_key, descending=self.descending)
            if unfiltered:
                self._all = (key, self._ids)
        self.pinned_hidden = False
        if self.pinned is not None and self.pinned not in set(self._ids) and ledger.fetch_rows(self.db, [self.pinned], ("ledger_no",)):
            self._ids = [self.pinned, *self._ids]
            self.pinned_hidden = True
        self._cache.clear()
        self.endResetModel()

    def invalidate(self) -> None:
        """Forget cached rows (after an edit) and repaint."""
        self._cache.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMN_KEYS) - 1))

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, achievement_id: int) -> int:
        try:
            return self._ids.index(achievement_id)
        except ValueError:
            return -1

    @property
    def ids(self) -> list[int]:
        return self._ids

    def _row(self, row: int) -> tuple:
        """Display texts of one row; blocks of rows are fetched by id and converted once."""
        block = row // self.BLOCK
        rows = self._cache.get(block)
        if rows is None:
            ids = self._ids[block * self.BLOCK:(block + 1) * self.BLOCK]
            fetched = ledger.fetch_rows(self.db, ids, COLUMN_KEYS)
            empty = ("",) * len(COLUMN_KEYS)
            rows = [tuple(display_value(k, v) for k, v in zip(COLUMN_KEYS, fetched[i], strict=True)) if i in fetched else empty
                    for i in ids]
            self._cache[block] = rows
            self.queries += 1
            if len(self._cache) > self.MAX_BLOCKS:
                self._cache.popitem(last=False)
        return rows[row - block * self.BLOCK]

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMN_KEYS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every painted cell: the common case first, nothing computed
        # for roles the ledger does not answer.
        if role == _DISPLAY:
            row = index.row()
            return self._row(row)[index.column()] if 0 <= row < len(self._ids) else None
        if role == _TOOLTIP:
            row = index.row()
            if not 0 <= row < len(self._ids):
                return None
            key = COLUMN_KEYS[index.column()]
            if key in TAG_TIPS:
                return self.tr(TAG_TIPS[key])  # i18n: dynamic
            if key in ("name", "inventors", "department", "keywords"):
                return plain_tip(self._row(row)[index.column()])
            if key == "review" and self._row(row)[index.column()]:  # every open flag with its cell
                found = ledger.fetch_rows(self.db, [self._ids[row]], ("review",))
                return plain_tip((found.get(self._ids[row]) or (None,))[0])
            return None
        if role == IdRole:
            return self._ids[index.row()] if 0 <= index.row() < len(self._ids) else None
        if role == _ALIGNMENT and index.column() == _COUNT_COLUMN:
            return _RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(LEDGER_COLUMNS[section][1])  # i18n: dynamic
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(TAG_TIPS.get(COLUMN_KEYS[section], LEDGER_COLUMNS[section][1]))  # i18n: dynamic
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = COLUMN_KEYS[column] if 0 <= column < len(COLUMN_KEYS) else "id"
        self.descending = order == Qt.SortOrder.DescendingOrder if column >= 0 else True
        self.reload()

    def rows_as_tsv(self, rows: list[int], columns: list[int]) -> str:
        """Tab-separated text of the given rows and columns, with a header line."""
        keys = [COLUMN_KEYS[c] for c in columns]
        ids = [self._ids[r] for r in sorted(rows)]
        fetched = ledger.fetch_rows(self.db, ids, keys)

        def clean(text: str) -> str:
            return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")

        lines = ["\t".join(self.tr(LEDGER_COLUMNS[c][1]) for c in columns)]  # i18n: dynamic
        for i in ids:
            values = fetched.get(i, (None,) * len(keys))
            lines.append("\t".join(clean(display_value(k, v)) for k, v in zip(keys, values, strict=True)))
        return "\n".join(lines) + "\n"


class LedgerPage(QWidget):
    """成果台账: filters, search, the table, and the actions on the selected achievement."""

    SETTINGS_KEY = "ledger/header"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.model = LedgerModel(db, self)
        self._stamp: tuple | None = None
        self._detail_windows: list[QWidget] = []

        self.search = QLineEdit()
        self.search.setObjectName("ledger_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("搜索：名称、台账编号、申请号/专利号/登记号、完成人、关键词、导入的其他列（空格分隔多个词）"))
        self.search.setToolTip(self.tr("导入的其他列只搜索不超过 {0} 字的内容；摘要、权利要求等长文本保存在成果的详情中，"
                                       "不在搜索范围内").format(SEARCH_TEXT_MAX))
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self._search_timer = QTimer(self, singleShot=True, interval=0)
        self._search_timer.timeout.connect(self.apply)
        self._chip_timer = QTimer(self, singleShot=True, interval=150)
        self._chip_timer.timeout.connect(self._update_chip_counts)
        self._save_timer = QTimer(self, singleShot=True, interval=400)
        self._save_timer.timeout.connect(self.save_view_state)

        self.combos: dict[str, FacetCombo] = {}
        filter_row = QHBoxLayout()
        for facet in ("type", "attribute", "stage", "transfer_status", "department", "year", "status"):
            combo = FacetCombo(facet)
            combo.addItem(self.tr("{0}：全部").format(self.tr(FACET_TITLES[facet])), None)  # i18n: dynamic
            combo.activated.connect(lambda _i, c=combo: self._combo_chosen(c))
            combo.aboutToShow.connect(lambda c=combo: self._fill_combo(c))
            self.combos[facet] = combo
            filter_row.addWidget(combo)
        self.publicity_box = QCheckBox(self.tr("有进行中的公示"))
        self.publicity_box.setObjectName("facet_running_publicity")
        self.publicity_box.toggled.connect(lambda on: self.set_filter("running_publicity", True if on else None))
        filter_row.addWidget(self.publicity_box)
        self.review_box = QCheckBox(self.tr("待核对"))
        self.review_box.setObjectName("facet_needs_review")
        self.review_box.setToolTip(self.tr("导入时无法确定、原文保留的值（如校验位不符的申请号、无法识别的日期或法律状态）"))
        self.review_box.toggled.connect(lambda on: self.set_filter("needs_review", True if on else None))
        filter_row.addWidget(self.review_box)
        filter_row.addStretch(1)

        self.chip_row = QHBoxLayout()
        self.chip_row.setSpacing(6)
        self.count_label = QLabel()
        self.count_label.setObjectName("ledger_count")
        self.hidden_note = QLabel()
        self.hidden_note.setObjectName("ledger_hidden_note")
        self.hidden_note.setStyleSheet("color: #b05000;")
        self.hidden_note.setTextFormat(Qt.TextFormat.PlainText)  # it quotes a record's name
        self.hidden_note.setWordWrap(True)
        self.hidden_note.hide()
        self.search_note = QLabel(self.tr("没有找到符合的成果。成果简介（摘要）和导入的其他列中超过 {0} 字的长文本（如主权项、权利要求）"
                                          "不在搜索范围内，可在成果详情中查看和查找。").format(SEARCH_TEXT_MAX))
        self.search_note.setObjectName("ledger_search_note")
        self.search_note.setStyleSheet("color: #555;")
        self.search_note.setWordWrap(True)
        self.search_note.hide()
        self.clear_button = QPushButton(self.tr("清除全部筛选"))
        self.clear_button.clicked.connect(self.clear_filters)
        chips_line = QHBoxLayout()
        chips_line.addLayout(self.chip_row)
        chips_line.addStretch(1)
        chips_line.addWidget(self.clear_button)
        chips_line.addWidget(self.count_label)

        self.view = QTableView()
        self.view.setObjectName("ledger_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().hide()
        self.delegate = HighlightDelegate(self.view)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.column_menu().exec(header.mapToGlobal(pos)))
        for i, (_key, _title, width, shown) in enumerate(LEDGER_COLUMNS):
            header.resizeSection(i, width)
            header.setSectionHidden(i, not shown)
        self.restore_view_state()
        header.sectionResized.connect(lambda *_: self._save_timer.start())
        header.sectionMoved.connect(lambda *_: self._save_timer.start())
        header.sortIndicatorChanged.connect(lambda *_: self._save_timer.start())
        self.view.doubleClicked.connect(lambda index: self.open_detail(self.model.id_at(index.row())))
        QShortcut(QKeySequence.StandardKey.Copy, self.view, self.copy_selection,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.view, self.open_current,
                  context=Qt.ShortcutContext.WidgetShortcut)

        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("新建成果"))
        self.new_button.clicked.connect(self.new_achievement)
        self.detail_button = QPushButton(self.tr("查看详情"))
        self.detail_button.clicked.connect(self.open_current)
        self.edit_button = QPushButton(self.tr("编辑"))
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button = QPushButton(self.tr("删除草稿/归档"))
        self.remove_button.setToolTip(self.tr("未登记的披露草稿可以删除；其他成果只能归档，不能删除（1-2 第七条）"))
        self.remove_button.clicked.connect(self.remove_current)
        self.columns_button = QToolButton()
        self.columns_button.setText(self.tr("显示列"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_button.setMenu(self.column_menu())
        self.columns_button.menu().aboutToShow.connect(self._sync_column_menu)
        self.copy_button = QPushButton(self.tr("复制所选行"))
        self.copy_button.setToolTip(self.tr("以制表符分隔复制所选行，可直接粘贴到 Excel（Ctrl+C）"))
        self.copy_button.clicked.connect(self.copy_selection)
        self.import_button = QPushButton(self.tr("导入台账…"))
        self.import_button.setObjectName("ledger_import")
        self.import_button.setToolTip(self.tr("导入 Excel/WPS/CSV 台账或专利数据库导出：每个非空行都会成为成果或更新已有成果"))
        self.import_button.clicked.connect(self.open_import)
        for w in (self.new_button, self.detail_button, self.edit_button, self.remove_button, self.import_button):
            actions.addWidget(w)
        actions.addStretch(1)
        actions.addWidget(self.copy_button)
        actions.addWidget(self.columns_button)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filter_row)
        layout.addLayout(chips_line)
        layout.addWidget(self.hidden_note)
        layout.addWidget(self.search_note)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)

        self.view.setSortingEnabled(True)  # runs the first query through model.sort()
        self._stamp = self._data_stamp()
        self._update_count()

    # -- state -------------------------------------------------------------------------------
    def _data_stamp(self) -> tuple:
        return overview.data_stamp(self.db)

    def refresh(self) -> None:
        """Called when the section is shown: re-query only if the database changed meanwhile."""
        stamp = self._data_stamp()
        if stamp != self._stamp:
            self.reload()

    def reload(self) -> None:
        selected = self.current_id()
        self.model.reload()
        self._stamp = self._data_stamp()
        self._update_count()
        if selected is not None:
            self.select_id(selected)

    def apply(self) -> None:
        """Apply the search text and filters (one SQL query) and update the chips."""
        self.model.pinned = None  # a new filter: the list shows exactly what it selects
        self.model.search = self.search.text().strip()
        terms = [t.lower() for t in ledger.search_terms(self.model.search)]
        if bool(terms) != bool(self.delegate.terms):
            # the highlighting delegate paints in Python: only while there is something to mark
            for key in SEARCHED_COLUMNS:
                self.view.setItemDelegateForColumn(COLUMN_KEYS.index(key), self.delegate if terms else None)
        self.delegate.terms = terms
        self.model.reload()
        self._stamp = self._data_stamp()
        self._update_count()
        self._rebuild_chips()

    def set_filter(self, facet: str, value: Any) -> None:
        if value in (None, "", False):
            self.model.filters.pop(facet, None)
        else:
            self.model.filters[facet] = value
        combo = self.combos.get(facet)
        if combo is not None:
            combo.blockSignals(True)
            if value in (None, "", False):
                combo.setCurrentIndex(0)
            else:
                i = combo.findData(value)
                if i < 0:
                    combo.addItem(f"{self.tr(FACET_TITLES[facet])}：{facet_value_label(facet, value)}", value)  # i18n: dynamic
                    i = combo.count() - 1
                combo.setCurrentIndex(i)
            combo.blockSignals(False)
        for name, box in (("running_publicity", self.publicity_box), ("needs_review", self.review_box)):
            if facet == name and box.isChecked() != bool(value):
                box.blockSignals(True)
                box.setChecked(bool(value))
                box.blockSignals(False)
        if facet == "needs_review":
            self._show_review_column(bool(value))
        self.apply()

    def _show_review_column(self, on: bool) -> None:
        """The 待核对 filter shows why: the column of open flags, beside the name."""
        header = self.view.horizontalHeader()
        column = COLUMN_KEYS.index("review")
        header.setSectionHidden(column, not on)
        if on:
            header.moveSection(header.visualIndex(column), header.visualIndex(COLUMN_KEYS.index("name")) + 1)

    def open_import(self) -> QWidget:
        """The import wizard; the ledger reloads when it closes."""
        from .excel_pages import ImportWizard

        wizard = ImportWizard(self.db, self)
        wizard.finished.connect(lambda _r: self.refresh())
        wizard.show()
        self.import_wizard = wizard
        return wizard

    def clear_filters(self) -> None:
        for facet in list(self.model.filters):
            self.model.filters.pop(facet)
            if facet in self.combos:
                self.combos[facet].setCurrentIndex(0)
        for box in (self.publicity_box, self.review_box):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self._show_review_column(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply()

    def _combo_chosen(self, combo: FacetCombo) -> None:
        self.set_filter(combo.facet, combo.currentData())

    def _fill_combo(self, combo: FacetCombo) -> None:
        """Options with how many achievements each selects together with the other filters."""
        facet = combo.facet
        counts = ledger.facet_counts(self.db, facet, self.model.filters, self.model.search)
        if facet in FACET_ENUMS:
            values = [m.value for m in FACET_ENUMS[facet]]
        elif facet == "department":
            values = ledger.departments(self.db)
        else:
            values = ledger.disclosure_years(self.db)
        current = self.model.filters.get(facet)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("{0}：全部").format(self.tr(FACET_TITLES[facet])), None)  # i18n: dynamic
        for value in values:
            combo.addItem(f"{self.tr(FACET_TITLES[facet])}：{facet_value_label(facet, value)}（{counts.get(value, 0):,}）", value)  # i18n: dynamic
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        combo.blockSignals(False)

    def _rebuild_chips(self) -> None:
        while self.chip_row.count():
            item = self.chip_row.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        for facet, value in self.model.filters.items():
            chip = Chip(facet, f"{self.tr(FACET_TITLES[facet])}：{facet_value_label(facet, value)}  ✕")  # i18n: dynamic
            chip.setToolTip(self.tr("点击移除此筛选条件"))
            chip.clicked.connect(lambda _checked=False, f=facet: self.set_filter(f, None))
            self.chip_row.addWidget(chip)
        self.clear_button.setVisible(bool(self.model.filters) or bool(self.model.search))
        if self.model.filters:
            self._chip_timer.start()

    def _update_chip_counts(self) -> None:
        """Each chip shows how many achievements its condition selects on its own (with the search)."""
        for i in range(self.chip_row.count()):
            chip = self.chip_row.itemAt(i).widget()
            if not isinstance(chip, Chip) or chip.facet not in self.model.filters:
                continue
            n = ledger.count(self.db, {chip.facet: self.model.filters[chip.facet]}, self.model.search)
            value = self.model.filters[chip.facet]
            chip.setText(f"{self.tr(FACET_TITLES[chip.facet])}：{facet_value_label(chip.facet, value)} · {n:,}  ✕")  # i18n: dynamic
            chip.setToolTip(self.tr("单独按此条件筛选共 {0} 条；点击移除此条件").format(f"{n:,}"))

    def _update_hidden_note(self) -> None:
        if self.model.pinned_hidden and self.model.pinned is not None:
            row = ledger.fetch_rows(self.db, [self.model.pinned], ("ledger_no", "name")).get(self.model.pinned)
            label = "".join(f"{row[0]} " if row and row[0] else "") + (f"「{row[1]}」" if row else "")
            self.hidden_note.setText(self.tr("已保存的成果 {0} 不符合当前的筛选条件，仍显示在第一行；更改或清除筛选后将按条件显示。")
                                     .format(label))
            self.hidden_note.show()
        else:
            self.hidden_note.hide()

    def _update_count(self) -> None:
        self._update_hidden_note()
        # a search that finds nothing says what it does not look into
        self.search_note.setVisible(bool(self.model.search) and self.model.rowCount() == 0)
        total = ledger.count(self.db) if (self.model.filters or self.model.search) else len(self.model.ids)
        shown = self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("共 {0} 条").format(f"{shown:,}"))
        else:
            self.count_label.setText(self.tr("筛选结果 {0} 条 / 全部 {1} 条").format(f"{shown:,}", f"{total:,}"))

    # -- columns -----------------------------------------------------------------------------
    def column_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("column_menu")
        header = self.view.horizontalHeader()
        for i, (_key, title, _w, _shown) in enumerate(LEDGER_COLUMNS):
            action = menu.addAction(self.tr(title))  # i18n: dynamic
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.setData(i)
            action.toggled.connect(lambda on, col=i: self.set_column_visible(col, on))
        return menu

    def _sync_column_menu(self) -> None:
        header = self.view.horizontalHeader()
        for action in self.columns_button.menu().actions():
            action.blockSignals(True)
            action.setChecked(not header.isSectionHidden(action.data()))
            action.blockSignals(False)

    def set_column_visible(self, column: int, visible: bool) -> None:
        header = self.view.horizontalHeader()
        if not visible and header.count() - header.hiddenSectionCount() <= 1:
            return
        header.setSectionHidden(column, not visible)
        self._save_timer.start()

    def save_view_state(self) -> None:
        settings = ui_settings()
        settings.setValue(self.SETTINGS_KEY, self.view.horizontalHeader().saveState())
        settings.setValue("ledger/columns", len(COLUMN_KEYS))
        settings.sync()

    def restore_view_state(self) -> None:
        settings = ui_settings()
        state = settings.value(self.SETTINGS_KEY)
        saved = int(settings.value("ledger/columns", 0) or 0)
        # a layout saved before the 待核对 column (the last one) came is kept: Qt adds the new column
        if state is not None and saved in (len(COLUMN_KEYS), COLUMN_KEYS.index("review")):
            self.view.horizontalHeader().restoreState(state)
            self.view.horizontalHeader().setSectionHidden(COLUMN_KEYS.index("review"), "needs_review" not in self.model.filters)
        else:
            self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)

    # -- selection and actions -----------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.id_at(index.row())

    def select_id(self, achievement_id: int) -> bool:
        row = self.model.row_of(achievement_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def copy_selection(self) -> str:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not rows:
            return ""
        header = self.view.horizontalHeader()
        columns = [header.logicalIndex(v) for v in range(header.count()) if not header.isSectionHidden(header.logicalIndex(v))]
        text = self.model.rows_as_tsv(rows, columns)
        QApplication.clipboard().setText(text)
        return text

    def open_current(self) -> None:
        achievement_id = self.current_id()
        if achievement_id is not None:
            self.open_detail(achievement_id)

    def open_detail(self, achievement_id: int, tab: str | None = None):
        """Open the detail window of one achievement (several may be open side by side)."""
        from .achievement_detail import AchievementDialog

        self.select_id(achievement_id)
        dialog = AchievementDialog(self.db, achievement_id, self)
        dialog.changed.connect(self._after_change)
        dialog.finished.connect(lambda _r, dlg=dialog: self._detail_windows.remove(dlg) if dlg in self._detail_windows else None)
        self._detail_windows.append(dialog)
        if tab:
            dialog.detail.show_tab(tab)
        dialog.show()
        return dialog

    def _after_change(self) -> None:
        self.reload()

    def new_achievement(self) -> int | None:
        from .achievement_form import achievement_dialog

        dialog = achievement_dialog(self.db, None, self)
        if dialog is not None and dialog.exec() and dialog.saved_id is not None:
            self.model.pinned = dialog.saved_id
            self.reload()
            self.select_id(dialog.saved_id)
            return dialog.saved_id
        return None

    def edit_current(self) -> None:
        from .achievement_form import achievement_dialog

        achievement_id = self.current_id()
        if achievement_id is None:
            return
        dialog = achievement_dialog(self.db, achievement_id, self)
        if dialog is not None and dialog.exec():
            self.model.pinned = achievement_id
            self.reload()
            self.select_id(achievement_id)

    def remove_current(self) -> None:
        achievement_id = self.current_id()
        if achievement_id is not None:
            confirm_remove_or_archive(self, self.db, achievement_id)
            self.reload()


def build_ledger(win) -> LedgerPage:
    """Factory for the 'ledger' section of the main window."""
    return LedgerPage(win.db)
