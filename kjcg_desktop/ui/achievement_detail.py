"""One achievement in full: tabs for its facts, tags with their reasons, money, deals, publicities,
attachments and history. Every computed value shows the article it rests on."""

from __future__ import annotations

import html
import shutil
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import clock
from .. import domain as d
from ..domain.partial_dates import full_date
from ..domain.reminders import ARTICLE_ANNUITY
from ..services.documents import history
from ..storage import Database, ledger
from ..storage import achievements as repo
from ..storage import attachments as attachments_repo
from ..storage import review_flags as review_repo
from .date_input import DateInput
from .detail_text import (
    ACTION_LABELS,
    ARTICLE_ATTRIBUTE,
    DEAL_STATES,
    ENTITY_LABELS,
    FIELD_LABELS,
    detail_tr,
    extra_changes,
    quoted,
    value_text,
    without_extra,
)
from .file_dialogs import open_file_name
from .i18n import label_text
from .long_text import LongTextDialog, LongTextField, WrappedText, is_long, value_label
from .removal import confirm_remove_or_archive
from .rows_model import RowsTable

TABS = [("basic", QT_TRANSLATE_NOOP("AchievementDetail", "基本信息")), ("legal", QT_TRANSLATE_NOOP("AchievementDetail", "法律状态")), ("inventors", QT_TRANSLATE_NOOP("AchievementDetail", "完成人及份额")), ("project", QT_TRANSLATE_NOOP("AchievementDetail", "项目与研发起点")),
        ("stage", QT_TRANSLATE_NOOP("AchievementDetail", "阶段与证据")), ("expenditures", QT_TRANSLATE_NOOP("AchievementDetail", "支出与资产")), ("deals", QT_TRANSLATE_NOOP("AchievementDetail", "转化交易")), ("publicities", QT_TRANSLATE_NOOP("AchievementDetail", "公示")),
        ("attachments", QT_TRANSLATE_NOOP("AchievementDetail", "附件")), ("history", QT_TRANSLATE_NOOP("AchievementDetail", "历史"))]


def table(headers: list[str], rows: list[list[Any]], name: str = "") -> RowsTable:
    """A read-only table of one tab: wrapped text, columns at most 360 pixels wide."""
    widget = RowsTable(headers, name=name)
    widget.setWordWrap(True)
    widget.set_rows(list(enumerate(rows)))
    for c in range(len(headers)):
        widget.setColumnWidth(c, min(widget.columnWidth(c), 360))
    widget.resizeRowsToContents()
    return widget


def _form_label(text: str) -> QLabel | WrappedText:
    """A stored value as written: never read as HTML (an imported “LiCoO<sub>2</sub>” or “含<A>组分”
    would lose its tags' text), wrapped even where it has no space (a family list “CN1;CN2;…”)."""
    return value_label(text)


def _scrolled(page: QWidget) -> QScrollArea:
    """A tab's page that scrolls when the window is lower than the page (a 1366×768 screen)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(page)
    return scroll


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label


class AchievementDetail(QWidget):
    """The tabs of one achievement; ``changed`` is emitted after a write."""

    changed = Signal()

    def __init__(self, db: Database, achievement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.achievement_id = achievement_id
        self.title = QLabel()
        self.title.setObjectName("detail_title")
        self.title.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detail_tabs")
        self._tab_index: dict[str, int] = {}
        for key, label in TABS:
            self._tab_index[key] = self.tabs.addTab(QWidget(), self.tr(label))  # i18n: dynamic
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.history_table: RowsTable | None = None
        self.reload()

    def show_tab(self, key: str) -> QWidget:
        self.tabs.setCurrentIndex(self._tab_index[key])
        return self.tabs.currentWidget()

    def tab(self, key: str) -> QWidget:
        return self.tabs.widget(self._tab_index[key])

    def _set_tab(self, key: str, widget: QWidget) -> None:
        index = self._tab_index[key]
        current = self.tabs.currentIndex()
        old = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, self.tr(dict(TABS)[key]))  # i18n: dynamic
        self.tabs.setCurrentIndex(current)
        old.deleteLater()

    def reload(self) -> None:
        self.row = repo.get_achievement(self.db, self.achievement_id)
        if self.row is None:
            self.title.setText(self.tr("该成果已不存在（可能已被删除）"))
            return
        r = self.row
        self.title.setText(f"<b>{html.escape(r['name'] or '')}</b>　{html.escape(r['ledger_no'] or self.tr('（未登记）'))}　"
                           f"{d.AchievementType(r['type']).label} · {d.Attribute(r['attribute']).label} · "
                           f"{d.Stage(r['stage']).label} · {d.TransferStatus(r['transfer_status']).label} · "
                           f"{d.AchievementStatus(r['status']).label}")
        self._set_tab("basic", self._basic_tab())
        self._set_tab("legal", self._legal_tab())
        self._set_tab("inventors", self._inventors_tab())
        self._set_tab("project", self._project_tab())
        self._set_tab("stage", self._stage_tab())
        self._set_tab("expenditures", self._expenditures_tab())
        self._set_tab("deals", self._deals_tab())
        self._set_tab("publicities", self._publicities_tab())
        self._set_tab("attachments", self._attachments_tab())
        self._set_tab("history", self._history_tab())

    # -- tabs --------------------------------------------------------------------------------
    def _basic_tab(self) -> QWidget:
        r = self.row
        inner = QWidget()
        form = QFormLayout(inner)
        for key in ("ledger_no", "name", "type", "status", "department", "holder", "keywords", "disclosure_date",
                    "registration_date", "confidential", "secret_level", "is_intangible_asset"):
            form.addRow(self.tr(FIELD_LABELS[key]), _form_label(value_text(key, r.get(key))))  # i18n: dynamic
        if r.get("asset_value_fen") is not None:
            form.addRow(self.tr("资产价值（元）"), _form_label(d.format_yuan(r["asset_value_fen"])))
        for key in ("summary", "rd_status", "market_prospects"):
            label = self.tr(FIELD_LABELS[key])  # i18n: dynamic
            form.addRow(label, self._value_widget(label, value_text(key, r.get(key))))
        flags = review_repo.flags_of(self.db, self.achievement_id, open_only=True)
        if flags:
            box = QGroupBox(self.tr("待核对（导入时无法确定，原文已保留）"))
            box.setObjectName("review_flags")
            flag_layout = QVBoxLayout(box)
            self.flag_buttons: dict[int, QPushButton] = {}
            for f in flags:
                line = QHBoxLayout()
                text = _form_label(f"{f['cell']}　{f['reason']}" + (self.tr("　原文：“{0}”").format(f['original']) if f["original"] else ""))
                line.addWidget(text, 1)
                button = QPushButton(self.tr("已核对"))
                button.setToolTip(self.tr("核对并改正后点此清除该项；处理记入历史记录"))
                button.clicked.connect(lambda _c=False, fid=f["id"]: self.resolve_flag(fid))
                self.flag_buttons[f["id"]] = button
                line.addWidget(button)
                flag_layout.addLayout(line)
            form.addRow(box)
        extra = r.get("extra") or {}
        if extra:
            box = QGroupBox(self.tr("导入的其他列"))
            box.setObjectName("extra_columns")
            extra_form = QFormLayout(box)
            from ..services.excel_export import (  # loaded in the background (ui/preload.py)
                imported_column_order,
                in_file_order,
            )

            for key in in_file_order(extra, imported_column_order(self.db)):
                extra_form.addRow(_form_label(str(key)), self._value_widget(str(key), value_text("", extra[key])))
            form.addRow(box)
        return _scrolled(inner)

    def _value_widget(self, field: str, text: str) -> QWidget:
        """A value in the form; a long one as its first lines with a button for the whole text."""
        if is_long(text):
            return LongTextField(field, text, str(self.row.get("name") or ""))
        return _form_label(text)

    def _legal_tab(self) -> QWidget:
        r = self.row
        page = QWidget()
        form = QFormLayout(page)
        for key in ("legal_status", "application_no", "filing_date", "patent_no", "registration_no", "grant_date", "holder"):
            form.addRow(self.tr(FIELD_LABELS[key]), _form_label(value_text(key, r.get(key))))  # i18n: dynamic
        attr = _form_label(self.tr("{0}（依法律状态“{1}”自动判定；依据：{2}）").format(
            label_text(d.Attribute(r['attribute']).label), label_text(d.LegalStatus(r['legal_status']).label),
            label_text(ARTICLE_ATTRIBUTE)))
        attr.setToolTip(self.tr("授权成果指已依法取得专利权、软件著作权、植物新品种权、集成电路布图设计专有权等；其余为未授权成果（1-2 第五条）"))
        form.addRow(self.tr("属性标记"), attr)
        filing = full_date(r.get("filing_date"))
        if r["legal_status"] == "granted" and r["type"] in ("invention", "utility_model", "design") and r.get("filing_date") and filing is None:
            form.addRow(self.tr("下次年费缴纳期限"), _form_label(self.tr("申请日只有年或年月，无法计算（请补全申请日）")))
        elif r["legal_status"] == "granted" and r["type"] in ("invention", "utility_model", "design") and filing is not None:
            from ..services import fees

            fee = fees.next_unpaid_fee(self.db, r, clock.today())
            if fee is not None:
                text = self.tr("{0}（{1}，应缴 {2} 元；依据：{3}）").format(
                    fee.fee.due.isoformat(), label_text(fee.fee.kind_label), d.format_yuan(fee.state.balance_fen),
                    label_text(ARTICLE_ANNUITY))
            elif fees.still_owes_fees(r, self.db, clock.today()):
                text = self.tr("本期年费已缴清（依据：{0}）").format(label_text(ARTICLE_ANNUITY))
            else:
                text = self.tr("不再缴纳年费（已放弃、处置或保护期已届满）")
            form.addRow(self.tr("下次年费缴纳期限"), _form_label(text))
        return page

    def _inventors_tab(self) -> QWidget:
        people = repo.inventors_of(self.db, self.achievement_id)
        rows = [[p["name"], p["department"] or "", f"{p['share']}%" if p["share"] else "—",
                 self.tr("✓ 指定代表") if p["is_representative"] else ""] for p in people]
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(table([self.tr("姓名"), self.tr("所属部门"), self.tr("收益分配比例"), self.tr("指定代表")], rows,
                               "inventors_table"))
        shares = [p["share"] for p in people if p["share"]]
        if shares:
            total = sum((Decimal(s) for s in shares), Decimal(0))
            try:
                d.check_shares(shares)
                layout.addWidget(_note(self.tr("份额合计 {0}%（依据：方案二(一)，团队内部书面约定收益分配比例）").format(f"{total.normalize():f}")))
            except d.DomainError as exc:
                layout.addWidget(_note(str(exc)))
        return page

    def _project_tab(self) -> QWidget:
        project = ledger.project_of(self.db, self.achievement_id)
        page = QWidget()
        form = QFormLayout(page)
        if project is None:
            form.addRow(_note(self.tr("未关联科研项目；研发起点无法确定（1-2 第八条(一)）")))
            return page
        source = d.FundingSource(project["funding_source"])
        for label, key in ((self.tr("项目编号"), "number"), (self.tr("项目名称"), "name"), (self.tr("资助方"), "funder"), (self.tr("立项日期"), "approval_date"),
                           (self.tr("合同签订日期"), "contract_date"), (self.tr("决策机构批准日期"), "decision_date"),
                           (self.tr("研发计划书审核通过日期"), "plan_approved_date"), (self.tr("起止日期"), None)):
            if key is None:
                text = self.tr("{0} 至 {1}").format(project['start_date'] or '—', project['end_date'] or '—')
            else:
                text = value_text(key, project.get(key))
            form.addRow(self.tr(label), _form_label(text))  # i18n: dynamic
        form.addRow(self.tr("经费来源"), _form_label(source.label))
        if project.get("amount_fen") is not None:
            form.addRow(self.tr("项目经费（元）"), _form_label(d.format_yuan(project["amount_fen"])))

        try:
            start = repo.rd_start_of_project(project)
            if start.office_set:
                text = self.tr("{0}（{1}，理由：{2}；依据：{3}）").format(start.day.isoformat(), label_text(start.basis), start.reason,
                                                               label_text(d.stage.ARTICLE_RD_START))
            else:
                text = self.tr("{0}（{1}以{2}为研发起点，此为示例规则，可另行确定；依据：{3}）").format(
                    start.day.isoformat(), label_text(source.label), label_text(start.basis),
                    label_text(d.stage.ARTICLE_RD_START))
        except d.DomainError as exc:
            text = str(exc)
        label = _form_label(text)
        label.setObjectName("rd_start")
        form.addRow(self.tr("研发活动起点"), label)
        self.rd_start_edit = QLineEdit(project.get("rd_start_override") or "")
        self.rd_start_edit.setPlaceholderText(self.tr("YYYY-MM-DD，留空则按经费来源确定"))
        self.rd_start_reason = QLineEdit()
        self.rd_start_reason.setPlaceholderText(self.tr("理由（必填，记入历史）"))
        set_button = QPushButton(self.tr("另行确定研发起点"))
        set_button.setObjectName("set_rd_start")
        set_button.clicked.connect(lambda: self.set_rd_start(project["id"]))
        form.addRow(self.tr("技术转移机构确定的起点"), self.rd_start_edit)
        form.addRow(self.tr("理由"), self.rd_start_reason)
        form.addRow(set_button)
        return page

    def set_rd_start(self, project_id: int) -> bool:
        text = self.rd_start_edit.text().strip()
        try:
            day = date.fromisoformat(text) if text else None
        except ValueError:
            QMessageBox.warning(self, self.tr("日期有误"), self.tr("研发起点应为 YYYY-MM-DD 格式，例如 2025-03-18"))
            return False
        try:
            repo.set_rd_start(self.db, project_id, day, self.rd_start_reason.text())
        except d.DomainError as exc:
            QMessageBox.warning(self, self.tr("不能保存"), str(exc))
            return False
        self.reload()
        self.changed.emit()
        return True

    def _stage_tab(self) -> QWidget:
        r = self.row
        page = QWidget()
        layout = QVBoxLayout(page)
        evidence = ledger.evidence_rows(self.db, self.achievement_id)
        layout.addWidget(QLabel(self.tr("阶段判定证据")))
        layout.addWidget(table([self.tr("证据类型"), self.tr("日期"), self.tr("说明"), self.tr("附件")],
                               [[d.EvidenceKind(e["kind"]).label, e["date"] or "", e["description"] or "", attachments_repo.safe_file_name(e["filename"]) if e["filename"] else ""]
                                for e in evidence], "evidence_table"))
        decision = repo.stage_decision(self.db, self.achievement_id)
        computed = _form_label(self.tr("依证据判定：{0}。{1}（依据：{2}）").format(decision.stage.label, decision.reason, decision.article))
        computed.setObjectName("stage_computed")
        layout.addWidget(computed)
        conflict = _form_label(decision.conflict)
        conflict.setObjectName("stage_conflict")
        conflict.setStyleSheet("color:#b05000")
        conflict.setVisible(bool(decision.conflict))
        layout.addWidget(conflict)
        layout.addWidget(self._conditions_box())
        if r["stage_override"]:
            current = _form_label(self.tr("当前阶段标记：{0}（人工修改，理由：{1}）").format(
                d.Stage(r["stage_override"]).label, r["stage_override_reason"] or "—"))
        else:
            current = _form_label(self.tr("当前阶段标记：{0}（自动判定）").format(d.Stage(r["stage"]).label))
        current.setObjectName("stage_current")
        layout.addWidget(current)

        add_box = QGroupBox(self.tr("添加证据"))
        add_row = QHBoxLayout(add_box)
        self.evidence_kind = QComboBox()
        for value, label in d.EvidenceKind.choices():
            self.evidence_kind.addItem(label, value)
        self.evidence_date = DateInput(clock.today())
        self.evidence_text = QLineEdit()
        self.evidence_text.setPlaceholderText(self.tr("证据说明（如评估报告编号、合同编号）"))
        add_evidence = QPushButton(self.tr("添加证据"))
        add_evidence.clicked.connect(self._add_evidence)
        for w in (self.evidence_kind, self.evidence_date, self.evidence_text, add_evidence):
            add_row.addWidget(w)
        layout.addWidget(add_box)

        box = QGroupBox(self.tr("人工修改阶段标记（须书面理由，记入事件日志；依据：1-2 第九条）"))
        form = QFormLayout(box)
        self.override_stage = QComboBox()
        self.override_stage.setObjectName("override_stage")
        for value, label in d.Stage.choices():
            self.override_stage.addItem(label, value)
        self.override_stage.addItem(self.tr("恢复按证据自动判定"), None)
        if r["stage_override"]:
            self.override_stage.setCurrentIndex(self.override_stage.findData(r["stage_override"]))
        self.override_reason = QPlainTextEdit()
        self.override_reason.setObjectName("override_reason")
        self.override_reason.setPlaceholderText(self.tr("书面理由（必填）：例如项目经费混合使用，研究与开发支出无法可靠区分"))
        self.override_reason.setMaximumHeight(70)
        self.override_button = QPushButton(self.tr("修改阶段标记"))
        self.override_button.setObjectName("override_button")
        self.override_button.clicked.connect(self.apply_override)
        form.addRow(self.tr("阶段"), self.override_stage)
        form.addRow(self.tr("理由"), self.override_reason)
        form.addRow("", self.override_button)
        layout.addWidget(box)
        layout.addStretch(1)
        return _scrolled(page)

    def _expenditures_tab(self) -> QWidget:
        rows = ledger.expenditures_of(self.db, self.achievement_id)
        granted = self.row["attribute"] == "granted"
        data = []
        totals = {t.value: 0 for t in d.Treatment}
        for e in rows:
            asset = None if e["asset_formed"] is None else bool(e["asset_formed"])
            decision = d.treatment_decision(e["stage"], e["kind"], asset_formed=asset, right_obtained=granted)
            reason = decision.reason if decision.treatment.value == e["treatment"] else ""
            totals[e["treatment"]] = totals.get(e["treatment"], 0) + e["amount_fen"]
            data.append([e["date"], d.ExpenditureKind(e["kind"]).label, d.format_yuan(e["amount_fen"]), d.Stage(e["stage"]).label,
                         d.Treatment(e["treatment"]).label, e["article"], reason, e["description"] or "", e["voucher_no"] or ""])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(table([self.tr("日期"), self.tr("支出类型"), self.tr("金额（元）"), self.tr("发生时阶段"), self.tr("处理方式"),
                                self.tr("依据"), self.tr("理由"), self.tr("说明"), self.tr("凭证号")], data, "expenditures_table"))
        summary = _form_label(self.tr("费用化合计 {0} 元；资本化（确认为无形资产）合计 {1} 元；归集待定 {2} 元（依据：{3}）").format(
            d.format_yuan(totals["expense"]), d.format_yuan(totals["capitalize"]), d.format_yuan(totals["accumulate"]),
            d.assets.ARTICLE_ASSETS))
        summary.setObjectName("expenditure_totals")
        layout.addWidget(summary)
        moved = repo.reclassifications(self.db, self.achievement_id)
        if moved:
            layout.addWidget(QLabel(self.tr("授权后重新分类的支出（1-2 第十条：依法取得时发生的注册费、律师费等确认为无形资产）")))
            layout.addWidget(table(
                [self.tr("支出日期"), self.tr("支出类型"), self.tr("金额（元）"), self.tr("原处理方式"), self.tr("现处理方式"),
                 self.tr("重新分类日期"), self.tr("依据")],
                [[m["expenditure_date"], d.ExpenditureKind(m["kind"]).label, d.format_yuan(m["amount_fen"]),
                  d.Treatment(m["old_treatment"]).label, d.Treatment(m["new_treatment"]).label, m["on_date"], m["article"]]
                 for m in moved], "reclassifications_table"))
        return page

    def _deals_tab(self) -> QWidget:
        rows = ledger.deals_of(self.db, self.achievement_id)
        data = [[x["number"], d.DealKind(x["kind"]).label, x["counterparty"], d.format_yuan(x["amount_fen"]),
                 d.format_yuan(x["received_fen"]), d.PricingMethod(x["pricing_method"]).label, x["contract_date"] or "",
                 detail_tr(DEAL_STATES.get(x["state"], x["state"])), x["completed_date"] or ""] for x in rows]
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(table([self.tr("编号"), self.tr("方式"), self.tr("交易对方"), self.tr("合同金额（元）"), self.tr("已到账（元）"),
                                self.tr("定价方式"), self.tr("签订日期"), self.tr("状态"), self.tr("完成日期")], data, "deals_table"))
        layout.addWidget(_note(self.tr("转化状态：{0}，转化频次 {1}（依据：1-2 第七条）").format(
            d.TransferStatus(self.row["transfer_status"]).label, self.row["transfer_count"])))
        return page

    def _publicities_tab(self) -> QWidget:
        rows = ledger.publicities_of(self.db, self.achievement_id)
        data = [[d.PublicityKind(p["kind"]).label, p["title"], p["start_date"], f"{p['days']}{self.tr('个工作日') if p['working_days'] else self.tr('日')}",
                 p["nominal_end"], p["end_date"], d.PublicityState(p["state"]).label, p["objections"]] for p in rows]
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(table([self.tr("类型"), self.tr("标题"), self.tr("开始日期"), self.tr("期限"), self.tr("名义届满日"),
                                self.tr("届满日（顺延后）"), self.tr("状态"), self.tr("异议")], data, "publicities_table"))
        layout.addWidget(_note(self.tr("期间自公示次日起算，届满日为法定休假日的顺延至其后第一个工作日（民法典第二百零一条、第二百零三条）")))
        return page

    def _attachments_tab(self) -> QWidget:
        self._attachments = attachments_repo.attachments_of(self.db, "achievement", self.achievement_id)
        data = [[attachments_repo.safe_file_name(a["filename"]), a["kind"] or "", f"{a['size'] / 1024:.1f} KB", clock.display_time(a["added_at"]), a["sha256"][:16]]
                for a in self._attachments]
        page = QWidget()
        layout = QVBoxLayout(page)
        self.attachments_table = table([self.tr("文件名"), self.tr("类别"), self.tr("大小"), self.tr("添加时间"), self.tr("SHA-256")],
                                       data, "attachments_table")
        self.attachments_table.doubleClicked.connect(lambda index: self.open_attachment(index.row()))
        layout.addWidget(self.attachments_table)
        buttons = QHBoxLayout()
        open_button = QPushButton(self.tr("打开"))
        open_button.clicked.connect(lambda: self.open_attachment(self.attachments_table.currentIndex().row()))
        add_button = QPushButton(self.tr("添加附件…"))
        add_button.setObjectName("add_attachment")
        add_button.clicked.connect(self.choose_attachment)
        buttons.addWidget(open_button)
        buttons.addWidget(add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(_note(self.tr("附件按 SHA-256 保存在数据库旁的 attachments 文件夹中，内容相同的文件只存一份")))
        return page

    def _history_tab(self) -> QWidget:
        events = ledger.history_of(self.db, self.achievement_id)
        name_of = history.achievement_names(self.db, self.achievement_id)

        def action(code: str) -> str:
            return detail_tr(ACTION_LABELS[code]) if code in ACTION_LABELS else history.ACTION_LABELS.get(code, self.tr("记录变更"))

        def record(e: dict) -> str:
            if e["entity"] == "import_batch":
                return self.tr("导入批次 {0}").format(e["entity_id"])
            return name_of(e["entity"], e["entity_id"]) or detail_tr(ENTITY_LABELS.get(e["entity"], self.tr("记录")))

        def course(e: dict, whole: bool = False) -> str:
            if e["entity"] == "import_batch":
                return history.import_text(e["new"])
            # the imported columns are told by extra_changes (long values quoted), the fields by history
            old, new = without_extra(e["old"]), without_extra(e["new"])
            told = history.changes(old, new) if whole else history.changes(quoted(old), quoted(new))
            return "；".join(t for t in (told, extra_changes(e["old"], e["new"], whole=whole)) if t)

        # one row reads as a sentence: 张三 | 成果 KJCG-… | 修改完成人 | 将份额由 50% 改为 40% | article
        data = [[clock.display_time(e["ts"]), e["operator"], record(e), action(e["action"]), course(e),
                 e["article"] or ""] for e in events]
        # the whole of each row (long values unquoted), for its window
        self._history_whole = [(f"{row[0]}　{row[3]}", course(e, whole=True)) for row, e in zip(data, events, strict=True)]
        page = QWidget()
        layout = QVBoxLayout(page)
        self.history_table = table([self.tr("时间"), self.tr("操作人"), self.tr("对象"), self.tr("操作"), self.tr("经过"),
                                    self.tr("依据")], data, "history_table")
        self.history_table.doubleClicked.connect(lambda index: self.show_history_entry(index.row()))
        layout.addWidget(self.history_table)
        layout.addWidget(_note(self.tr("事件日志只能追加，逐条哈希链接；在软件外修改会被“检查”发现。长文本只显示开头和字数，"
                                       "双击一行查看完整经过")))
        return page

    def show_history_entry(self, row: int) -> LongTextDialog | None:
        """One history row's course in full, in a window to read and copy."""
        if not 0 <= row < len(self._history_whole):
            return None
        title, text = self._history_whole[row]
        dialog = LongTextDialog(self.tr("历史记录 {0}").format(title), text, self.window())
        dialog.show()
        return dialog

    # -- actions -----------------------------------------------------------------------------
    def resolve_flag(self, flag_id: int, note: str | None = None) -> bool:
        """Clear one 待核对 flag with the clerk's note; written to the history."""
        if note is None:
            note = self._ask_resolution(flag_id)
            if note is None:
                return False
        try:
            review_repo.resolve_flag(self.db, flag_id, note)
        except d.DomainError as exc:
            QMessageBox.warning(self, self.tr("已核对"), str(exc))
            return False
        self.reload()
        self.changed.emit()
        return True

    def _ask_resolution(self, flag_id: int) -> str | None:
        """The clerk's note on a flag (several lines if needed), in a dialog wide enough for a sentence."""
        flag = next((f for f in review_repo.flags_of(self.db, self.achievement_id) if f["id"] == flag_id), None)
        dialog = QInputDialog(self)
        dialog.setObjectName("resolve_flag_dialog")
        dialog.setWindowTitle(self.tr("已核对"))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        about = f"{flag['cell']}　{flag['reason']}\n\n" if flag else ""
        dialog.setLabelText(about + self.tr("核对结果（如：已按受理通知书改正申请号）"))
        dialog.setTextValue(self.tr("已核对"))
        dialog.resize(max(560, dialog.sizeHint().width()), 260)
        dialog.setMinimumWidth(480)
        for label in dialog.findChildren(QLabel):
            label.setWordWrap(True)
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return None
        return dialog.textValue()

    def apply_override(self) -> bool:
        """Override the stage with the written reason; refused (with the article) without one."""
        stage = self.override_stage.currentData()
        reason = self.override_reason.toPlainText().strip()
        try:
            repo.override_stage(self.db, self.achievement_id, stage, reason)
        except d.DomainError as exc:
            QMessageBox.warning(self, self.tr("不能修改阶段标记"), str(exc))
            return False
        self.reload()
        self.changed.emit()
        return True

    def _conditions_box(self) -> QGroupBox:
        """The development-stage conditions (1-2 第八条(二): all must be met; evidence supports)."""
        box = QGroupBox(self.tr("开发阶段条件（须同时满足；证据仅作辅助判断；依据：1-2 第八条(二)）"))
        box.setObjectName("stage_conditions")
        form = QFormLayout(box)
        recorded = repo.stage_conditions_of(self.db, self.achievement_id)
        values = recorded["conditions"] if recorded else {}
        self.condition_checks = {}
        for key, label in d.stage.DEVELOPMENT_CONDITIONS:
            check = QCheckBox(label)
            check.setChecked(bool(values.get(key)))
            self.condition_checks[key] = check
            form.addRow(check)
        self.conditions_by = QLineEdit(recorded["confirmed_by"] if recorded else "")
        self.conditions_by.setPlaceholderText(self.tr("确认人（部门、姓名）"))
        form.addRow(self.tr("确认人"), self.conditions_by)
        if recorded:
            form.addRow(_form_label(self.tr("上次确认：{0} {1}").format(recorded["confirmed_on"] or "", recorded["confirmed_by"])))
        save = QPushButton(self.tr("保存条件确认"))
        save.setObjectName("save_conditions")
        save.clicked.connect(self.save_conditions)
        form.addRow(save)
        return box

    def save_conditions(self) -> bool:
        try:
            repo.set_stage_conditions(self.db, self.achievement_id,
                                      {k: c.isChecked() for k, c in self.condition_checks.items()},
                                      confirmed_by=self.conditions_by.text())
        except d.DomainError as exc:
            QMessageBox.warning(self, self.tr("不能保存"), str(exc))
            return False
        self.reload()
        self.changed.emit()
        return True

    def _add_evidence(self) -> None:
        if problem := self.evidence_date.error():
            QMessageBox.warning(self, self.tr("日期有误"), problem)
            return
        on = self.evidence_date.date_value()
        repo.add_evidence(self.db, self.achievement_id, self.evidence_kind.currentData(), self.evidence_text.text().strip(), on)
        self.reload()
        self.changed.emit()

    def choose_attachment(self) -> None:
        path = open_file_name(self, self.tr("选择附件"))
        if path:
            self.add_attachment(Path(path))

    def add_attachment(self, path: Path) -> int | None:
        try:
            att_id = attachments_repo.add_attachment(self.db, "achievement", self.achievement_id, path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("无法添加附件"), self.tr("文件 {0} 无法添加：{1}").format(path, exc))
            return None
        self.reload()
        self.changed.emit()
        return att_id

    def open_attachment(self, row: int) -> None:
        if not 0 <= row < len(self._attachments):
            return
        att = self._attachments[row]
        try:
            source = attachments_repo.attachment_path(self.db, att["stored_path"])
            folder = Path(tempfile.mkdtemp(prefix="kjcg-"))
            # the name comes from the database, which may have been edited outside the app
            target = folder / attachments_repo.safe_file_name(att["filename"])
            if target.resolve().parent != folder.resolve():
                raise ValueError(self.tr("附件文件名不安全"))
            shutil.copyfile(source, target)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("无法打开附件"), self.tr("附件“{0}”无法打开：{1}").format(attachments_repo.safe_file_name(att["filename"]), exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))


class AchievementDialog(QDialog):
    """A window with the detail of one achievement and its actions."""

    changed = Signal()

    def __init__(self, db: Database, achievement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.achievement_id = achievement_id
        self.setWindowTitle(self.tr("成果详情"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.detail = AchievementDetail(db, achievement_id, self)
        self.detail.changed.connect(self.changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        edit = buttons.addButton(self.tr("编辑…"), QDialogButtonBox.ButtonRole.ActionRole)
        edit.clicked.connect(self.edit)
        remove = buttons.addButton(self.tr("删除草稿/归档"), QDialogButtonBox.ButtonRole.ActionRole)
        remove.setToolTip(self.tr("未登记的披露草稿可以删除；其他成果只能归档（1-2 第七条）"))
        remove.clicked.connect(self.remove)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.detail)
        layout.addWidget(buttons)
        self.resize(980, 640)

    def edit(self) -> None:
        from .achievement_form import achievement_dialog

        dialog = achievement_dialog(self.db, self.achievement_id, self)
        if dialog is not None and dialog.exec():
            self.detail.reload()
            self.changed.emit()

    def remove(self) -> None:
        done = confirm_remove_or_archive(self, self.db, self.achievement_id)
        if done:
            self.changed.emit()
            if done == "deleted":
                self.accept()
            else:
                self.detail.reload()
