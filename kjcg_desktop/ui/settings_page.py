"""设置 — the unit's details, pilot start date, defaults, the deal approval table, document numbers,
data folder, document font, mail recipients and the UI language."""

from __future__ import annotations

import contextlib
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import clock
from ..domain import DomainError, approval_levels_from_setting, format_yuan, pilot_milestones, yuan_to_fen
from ..domain.contracts import check_counterparty
from ..services.progress import Cancelled
from ..storage import Settings
from .date_input import DateInput
from .fee_settings import FeeScheduleBox
from .i18n import LANGUAGES, apply_language, current_language
from .number_scheme_box import NumberSchemeBox
from .tasks import TaskFailed, run_modal

_RECIPIENT_SPLIT = re.compile(r"[\n;；,，]+")
_EMAIL = re.compile(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+")


def parse_recipients(text: str) -> list[str]:
    """One recipient per line (or separated by ；/，): ``name <a@b.cn>`` or ``a@b.cn``."""
    return [part.strip() for part in _RECIPIENT_SPLIT.split(text) if part.strip()]


class SettingsPage(QWidget):
    saved = Signal()
    # The data folder was moved: the newly opened Database (MainWindow switches to it).
    database_moved = Signal(object)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        unit = QGroupBox(self.tr("单位信息"))
        form = QFormLayout(unit)
        self.unit_name = QLineEdit()
        self.tto_name = QLineEdit()
        self.operator = QLineEdit()
        self.operator.setPlaceholderText(self.tr("默认使用 Windows 用户名"))
        self.pilot_start = DateInput()
        self.pilot_start.setToolTip(self.tr("试点启动后三年（方案五(一)）；一年内建立配套管理制度（方案三(二)）"))
        self.milestones = QLabel()
        self.pilot_start.changed.connect(self._show_milestones)
        form.addRow(self.tr("单位名称"), self.unit_name)
        form.addRow(self.tr("技术转移机构名称"), self.tto_name)
        self.unit_uscc = QLineEdit()
        self.unit_uscc.setToolTip(self.tr("技术合同登记表的卖方信息；行政区划代码未填时取信用代码第3–8位"))
        self.unit_address = QLineEdit()
        self.unit_region_code = QLineEdit()
        self.unit_region_code.setPlaceholderText(self.tr("6位行政区划代码，可空"))
        form.addRow(self.tr("统一社会信用代码"), self.unit_uscc)
        form.addRow(self.tr("单位地址"), self.unit_address)
        form.addRow(self.tr("单位行政区划代码"), self.unit_region_code)
        form.addRow(self.tr("操作人显示名"), self.operator)
        form.addRow(self.tr("试点启动日期"), self.pilot_start)
        form.addRow("", self.milestones)
        layout.addWidget(unit)

        pub = QGroupBox(self.tr("公示与赋权默认值"))
        form2 = QFormLayout(pub)
        self.publicity_days = QSpinBox()
        self.publicity_days.setRange(1, 90)
        self.publicity_days.setToolTip(self.tr("赋权公示期不少于15日（方案二(一)、方案二(二)）"))
        self.working_days = QCheckBox(self.tr("按工作日计算公示期"))
        self.objection_contact = QLineEdit()
        self.team_share = QLineEdit()
        self.team_share.setToolTip(self.tr("部分赋权时团队默认所有权份额（%），申请时可修改"))
        form2.addRow(self.tr("默认公示天数"), self.publicity_days)
        form2.addRow("", self.working_days)
        form2.addRow(self.tr("异议受理联系方式"), self.objection_contact)
        form2.addRow(self.tr("团队默认所有权份额（%）"), self.team_share)
        layout.addWidget(pub)
        from .holidays_box import HolidayScheduleBox

        self.holidays = HolidayScheduleBox(settings.db, operator=settings.get("operator") or "")
        layout.addWidget(self.holidays)
        layout.addWidget(self._build_approval_box())
        layout.addWidget(FeeScheduleBox(settings.db))  # annual-fee table and 费减备案
        self.number_schemes = NumberSchemeBox()
        layout.addWidget(self.number_schemes)
        layout.addWidget(self._build_data_box())

        safety = QGroupBox(self.tr("数据安全"))
        safety_layout = QVBoxLayout(safety)
        self.backup_button = QPushButton(self.tr("备份与恢复…"))
        self.backup_button.setToolTip(self.tr("查看自动备份、立即备份、从备份恢复"))
        self.backup_button.clicked.connect(self.open_backups)
        safety_layout.addWidget(self.backup_button)
        layout.addWidget(safety)

        self.save_button = QPushButton(self.tr("保存设置"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.load()

    def _build_approval_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("交易审批权限（按合同金额）"))
        layout = QVBoxLayout(box)
        hint = QLabel(self.tr("合同金额不超过某行上限的交易由该行的机构审批，最后一行不设上限。勾选“须会议纪要”的级别，"
                              "尽职免责证据须附集体决策会议纪要（1-1 第六条）。"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.approval_table = QTableWidget(0, 3)
        self.approval_table.setObjectName("approval_levels")
        self.approval_table.setHorizontalHeaderLabels([self.tr("金额上限（元，最后一行留空）"), self.tr("审批机构"), self.tr("须会议纪要")])
        self.approval_table.horizontalHeader().setStretchLastSection(True)
        self.approval_table.verticalHeader().setVisible(False)
        self.approval_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.approval_table.setMinimumHeight(140)
        self.approval_table.setColumnWidth(0, 200)
        self.approval_table.setColumnWidth(1, 220)
        layout.addWidget(self.approval_table)
        row = QHBoxLayout()
        add = QPushButton(self.tr("增加一级"))
        add.setObjectName("add_approval_level")
        add.clicked.connect(self.add_approval_level)
        remove = QPushButton(self.tr("删除所选级别"))
        remove.setObjectName("remove_approval_level")
        remove.clicked.connect(self.remove_approval_level)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _set_approval_rows(self, rows: list[dict]) -> None:
        table = self.approval_table
        table.setRowCount(0)
        for level in rows:
            self._append_approval_row(level.get("max_yuan"), str(level.get("approver") or ""), bool(level.get("minutes_required")))

    def _append_approval_row(self, max_yuan, approver: str, minutes: bool, at: int | None = None) -> None:
        table = self.approval_table
        r = table.rowCount() if at is None else at
        table.insertRow(r)
        amount = "" if max_yuan in (None, "") else str(max_yuan)
        with contextlib.suppress(DomainError):  # shown with thousands separators when it is a plain amount
            amount = format_yuan(yuan_to_fen(amount)).removesuffix(".00") if amount else ""
        table.setItem(r, 0, QTableWidgetItem(amount))
        table.setItem(r, 1, QTableWidgetItem(approver))
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        check.setCheckState(Qt.CheckState.Checked if minutes else Qt.CheckState.Unchecked)
        table.setItem(r, 2, check)

    def add_approval_level(self) -> None:
        """A new level above the bounded ones (before the open-ended last row)."""
        at = max(self.approval_table.rowCount() - 1, 0)
        self._append_approval_row("", "", False, at)
        self.approval_table.setCurrentCell(at, 0)
        self.approval_table.editItem(self.approval_table.item(at, 0))

    def remove_approval_level(self) -> None:
        rows = sorted({i.row() for i in self.approval_table.selectedIndexes()}, reverse=True)
        for r in rows:
            self.approval_table.removeRow(r)

    def approval_rows(self) -> list[dict]:
        table = self.approval_table
        rows = []
        for r in range(table.rowCount()):
            amount = (table.item(r, 0).text() if table.item(r, 0) else "").strip()
            rows.append({"max_yuan": amount.replace(",", "").replace("，", "") or None,
                         "approver": (table.item(r, 1).text() if table.item(r, 1) else "").strip(),
                         "minutes_required": table.item(r, 2).checkState() == Qt.CheckState.Checked})
        return rows

    def _build_data_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("数据、文书与界面"))
        form = QFormLayout(box)
        self.data_folder = QLabel()
        self.data_folder.setObjectName("data_folder")
        self.data_folder.setWordWrap(True)
        self.move_button = QPushButton(self.tr("移动数据文件夹…"))
        self.move_button.setToolTip(self.tr("先备份，再复制数据库和附件到新文件夹并校验，成功后切换；原文件保留并改名"))
        self.move_button.clicked.connect(self.choose_data_folder)
        row = QHBoxLayout()
        row.addWidget(self.data_folder, 1)
        row.addWidget(self.move_button)
        form.addRow(self.tr("数据文件夹"), row)
        self.fresh_button = QPushButton(self.tr("清除演示数据，开始正式使用…"))
        self.fresh_button.setToolTip(self.tr("先备份，再换成空数据库；单位信息和设置保留，原文件改名保留"))
        self.fresh_button.clicked.connect(self.start_fresh)
        form.addRow("", self.fresh_button)
        self.server_label = QLabel()
        self.server_label.setObjectName("server_label")
        self.server_label.setWordWrap(True)
        self.server_button = QPushButton(self.tr("连接办公室服务器…"))
        self.server_button.setObjectName("server_button")
        self.server_button.setToolTip(self.tr("几位同事共用一个台账：连接办公室的 PostgreSQL 服务器，用自己的账号登录"))
        self.server_button.clicked.connect(self.connect_server)
        self.local_button = QPushButton(self.tr("改回本机数据库"))
        self.local_button.clicked.connect(self.use_local_database)
        row = QHBoxLayout()
        row.addWidget(self.server_label, 1)
        row.addWidget(self.server_button)
        row.addWidget(self.local_button)
        form.addRow(self.tr("数据库"), row)

        self.document_font = QLineEdit()
        self.document_font.setReadOnly(True)
        self.document_font.setPlaceholderText(self.tr("自动：宋体、黑体或系统中已安装的中文 TrueType 字体"))
        self.font_subfont = QSpinBox()
        self.font_subfont.setRange(0, 15)
        self.font_subfont.setPrefix(self.tr("子字体 "))
        self.font_subfont.setToolTip(self.tr(".ttc 字体集中的字体序号（宋体 simsun.ttc 为 0）"))
        choose = QPushButton(self.tr("选择字体…"))
        choose.clicked.connect(self.choose_font)
        clear = QPushButton(self.tr("自动"))
        clear.clicked.connect(self.use_automatic_font)
        self.font_status = QLabel()
        self.font_status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.document_font, 1)
        row.addWidget(self.font_subfont)
        row.addWidget(choose)
        row.addWidget(clear)
        form.addRow(self.tr("文书字体"), row)
        form.addRow("", self.font_status)

        self.mail_recipients = QPlainTextEdit()
        self.mail_recipients.setPlaceholderText(self.tr("每行一个，例如：财务处 <caiwu@example.edu.cn>"))
        self.mail_recipients.setToolTip(self.tr("年度报告邮件草稿的收件人：财务、国资和科委（方案三(四)、1-2 第十二条）"))
        self.mail_recipients.setFixedHeight(80)
        form.addRow(self.tr("邮件收件人"), self.mail_recipients)

        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        form.addRow(self.tr("界面语言 / Language"), self.language)
        return box

    def load(self) -> None:
        s = self.settings
        self.unit_name.setText(s.get("unit_name") or "")
        self.tto_name.setText(s.get("tto_name") or "")
        self.unit_uscc.setText(s.get("unit_uscc") or "")
        self.unit_address.setText(s.get("unit_address") or "")
        self.unit_region_code.setText(s.get("unit_region_code") or "")
        self.operator.setText(s.get("operator") or "")
        start = s.pilot_start()
        self.pilot_start.set_value(start or clock.today())
        self.publicity_days.setValue(int(s.get("publicity_days") or 15))
        self.working_days.setChecked(bool(s.get("publicity_working_days")))
        self.objection_contact.setText(s.get("objection_contact") or "")
        self.team_share.setText(str(s.get("default_team_share") or ""))
        self._set_approval_rows(s.get("approval_levels") or [])
        self.number_schemes.load(s.all())
        server = getattr(s.db, "location", None)
        self.data_folder.setText(str(Path(s.db.path).resolve().parent) if s.db.path else
                                 self.tr("（附件保存在办公室服务器上）") if server else self.tr("（内存数据库）"))
        self.move_button.setEnabled(s.db.path is not None)
        self.server_label.setText(self.tr("办公室服务器 {0}").format(server) if server else self.tr("本机数据库文件"))
        self.local_button.setVisible(bool(server))
        self.fresh_button.setVisible(bool(s.get("demo_data")))
        font = s.get("document_font") or ""
        path, _, sub = font.partition("#")
        self.document_font.setText(path)
        self.font_subfont.setValue(int(sub or 0))
        self.font_subfont.setEnabled(path.lower().endswith(".ttc"))
        self.mail_recipients.setPlainText("\n".join(s.get("mail_recipients") or []))
        index = self.language.findData(s.get("language") or current_language())
        self.language.setCurrentIndex(max(index, 0))
        self._show_milestones()

    def connect_server(self):
        """连接办公室服务器: the form; on success the window works on the server from now on."""
        from .server_dialog import ServerDialog

        dialog = ServerDialog(self, getattr(self.settings.db, "url", None))
        dialog.accepted.connect(lambda: self.database_moved.emit(dialog.db))
        dialog.open()
        return dialog

    def use_local_database(self) -> None:
        """Back to this computer's database file (the server is no longer opened at start)."""
        from ..paths import default_db_path
        from ..storage import open_database
        from ..storage.pg.credentials import forget_server
        from .server_dialog import confirm_local

        if not confirm_local(self):
            return
        forget_server()
        self.database_moved.emit(open_database(default_db_path()))

    def open_backups(self):
        from .backup_page import BackupDialog

        dialog = BackupDialog(self.settings.db, self)
        dialog.page.restored.connect(lambda _source: self.load())
        dialog.open()
        return dialog

    def _show_milestones(self) -> None:
        start = self.pilot_start.date_value()
        if start is None:
            self.milestones.setText("")
            return
        m = pilot_milestones(start)
        self.milestones.setText(self.tr("制度建立截止：{0}；试点结束：{1}").format(m.rules_due.isoformat(), m.pilot_end.isoformat()))

    def document_font_value(self) -> str:
        path = self.document_font.text().strip()
        if not path:
            return ""
        return f"{path}#{self.font_subfont.value()}" if path.lower().endswith(".ttc") else path

    def set_document_font(self, path: str) -> bool:
        """Show ``path`` as the document font after checking that it can be embedded; False if not."""
        self.document_font.setText(path)
        self.font_subfont.setEnabled(path.lower().endswith(".ttc"))
        if not path:
            self.font_status.setText(self.tr("自动选择系统中文字体"))
            return True
        from ..services.fonts import FontNotFound, FontSpec, register_cjk_fonts

        value = self.document_font_value()
        file, _, sub = value.partition("#")
        spec = FontSpec(Path(file), int(sub or 0))
        try:
            usable = register_cjk_fonts(value)["body"] == f"CJK-{spec.label}"
        except FontNotFound:
            usable = False
        if usable:
            self.font_status.setText(self.tr("可用：{0}").format(spec.label))
        else:
            self.font_status.setText(self.tr("字体 {0} 无法嵌入文书（需要含中文的 TrueType 字体，不支持 OpenType CFF），保存后将改用系统字体").format(
                Path(file).name))
        return usable

    def use_automatic_font(self) -> None:
        self.set_document_font("")

    def choose_font(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择文书字体"), self.document_font.text(),
                                              self.tr("TrueType 字体 (*.ttf *.ttc)"))
        if path:
            self.set_document_font(path)

    def choose_data_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择新的数据文件夹（空文件夹）"), self.data_folder.text())
        if folder:
            self.move_data_folder(Path(folder))

    def move_data_folder(self, folder: Path) -> bool:
        """Move the database and attachments to ``folder`` (backup, copy, verify, switch)."""
        from ..services.relocate import move_database, retire_old_database

        parent = self.window()
        db = self.settings.db
        try:
            new_db, result = run_modal(self, lambda _task: move_database(db, folder), title=self.tr("移动数据文件夹"),
                                       label=self.tr("正在备份、复制并校验数据库和附件…"))
        except Cancelled:
            return False
        except TaskFailed as exc:
            QMessageBox.warning(parent, self.tr("无法移动数据文件夹"), self.tr("移动到 {0} 失败：{1}").format(folder, exc))
            return False
        self.database_moved.emit(new_db)
        retired = retire_old_database(result.old_path) if self.settings.db is not new_db and _closed(self.settings.db) else None
        message = self.tr("数据库已移动到：{0}\n移动前的备份：{1}\n附件：{2} 个").format(
            result.new_path, result.backup, result.attachments)
        if retired:
            message += "\n" + self.tr("原数据库文件已改名为：{0}").format(retired)
        QMessageBox.information(parent, self.tr("数据文件夹已移动"), message)
        return True

    def start_fresh(self) -> bool:
        """After exploring the demo: an empty database with the same settings (backup first)."""
        from ..services.relocate import start_fresh

        parent = self.window()
        answer = QMessageBox.question(parent, self.tr("清除演示数据"), self.tr(
            "将删除当前数据库中的全部成果、申请、公示和交易，换成空数据库开始正式使用；单位信息和设置保留。\n"
            "清除前会自动备份，原文件改名保留。是否继续？"))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        db = self.settings.db
        try:
            new_db, backup = run_modal(self, lambda _task: start_fresh(db), title=self.tr("清除演示数据"),
                                       label=self.tr("正在备份并换成空数据库…"))
        except (Cancelled, TaskFailed) as exc:
            if _closed(self.settings.db):  # failed after closing: reopen the untouched file
                from ..storage import open_database

                self.database_moved.emit(open_database(self.settings.db.path))
            QMessageBox.warning(parent, self.tr("无法清除演示数据"), self.tr("清除失败：{0}").format(exc))
            return False
        self.database_moved.emit(new_db)
        QMessageBox.information(parent, self.tr("已清除演示数据"), self.tr("现在是空数据库，可以开始登记成果或导入 Excel 台账。\n清除前的备份：{0}").format(backup))
        return True

    def save(self) -> None:
        try:
            start: date = self.pilot_start.require(self.tr("试点启动日期"))
        except DomainError as exc:
            self.status.setText(str(exc))
            return
        recipients = parse_recipients(self.mail_recipients.toPlainText())
        bad = [r for r in recipients if not _EMAIL.search(r)]
        if bad:
            self.status.setText(self.tr("邮件收件人格式不正确：{0}（应为 名称 <地址> 或 地址）").format("；".join(bad)))
            return
        approval = self.approval_rows()
        try:
            if not approval:
                raise DomainError(self.tr("交易审批权限表至少要有一级（不设上限）"))
            approval_levels_from_setting(approval)
        except DomainError as exc:
            self.status.setText(str(exc))
            return
        try:
            unit = check_counterparty({"name": self.unit_name.text().strip() or self.tr("本单位"), "uscc": self.unit_uscc.text(),
                                       "region_code": self.unit_region_code.text()})
        except DomainError as exc:
            self.status.setText(str(exc))
            return
        problem = self.number_schemes.problem()
        if problem:
            self.status.setText(problem)
            return
        language = self.language.currentData()
        self.settings.set_many({
            **{k: v for k, v in self.number_schemes.values().items() if v or self.settings.get(k)},
            "unit_uscc": unit.uscc or "",
            "unit_address": self.unit_address.text().strip(),
            "unit_region_code": unit.region_code or "",
            "approval_levels": approval,
            "unit_name": self.unit_name.text().strip(),
            "tto_name": self.tto_name.text().strip(),
            "operator": self.operator.text().strip(),
            "pilot_start": start.isoformat(),
            "publicity_days": self.publicity_days.value(),
            "publicity_working_days": self.working_days.isChecked(),
            "objection_contact": self.objection_contact.text().strip(),
            "default_team_share": self.team_share.text().strip(),
            "document_font": self.document_font_value(),
            "mail_recipients": recipients,
            "language": language,
        })
        self.status.setText(self.tr("已保存"))
        self.saved.emit()
        if language != current_language():
            apply_language(language)  # Qt sends LanguageChange; the main window retranslates


def _closed(db) -> bool:
    """Whether the connection of ``db`` was closed (the main window closes it on switching)."""
    from ..storage.liveness import connection_closed

    return connection_closed(db)
