"""年度报告 — the annual report page (1-2 第十二条, 方案三(四)).

Pick a year, see the indicators next to the year before, click an indicator to list the records
behind it, write the pilot's typical measures and problems, then generate the Excel workbook and
the PDF, an e-mail draft, or send by SMTP. Long work runs on a thread pool; the worker opens its
own database connection and never touches widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import clock
from ..services.report import ReportFiles, base_name, generate_report, labels, recipients
from ..services.report import email_draft as mail
from ..services.report import indicators as ind
from ..storage import Database, Settings
from ..storage import report_queries as rq
from .dialogs import output_refused
from .i18n import current_language
from .tasks import TaskHandle, run_task
from .text_table import TextTable

RECORD_LIMIT = 2000

def default_output_dir() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(docs) / QT_TRANSLATE_NOOP("ReportPage", "KJCG年度报告")  # a folder name, the same in every language


class ReportPage(QWidget):
    """The 年度报告 section."""

    busy_changed = Signal(bool)

    def __init__(self, db: Database, parent: QWidget | None = None, *, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = Settings(db)
        self.pool = pool
        self.report: ind.AnnualReport | None = None
        self.files: ReportFiles | None = None
        self.national_files = None
        self._tasks: list[TaskHandle] = []
        self._build()
        self._load_text()

    # -- layout ----------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("报告年度")))
        self.year = QSpinBox()
        self.year.setRange(2000, 2999)
        self.year.setValue(clock.today().year - 1)
        if current_language() == "zh_CN":  # a unit after the year number only in Chinese ("2025 年" / "2025")
            self.year.setSuffix(self.tr(" 年"))
        self.year.setToolTip(self.tr("每年报告上一年度的科技成果国有资产情况及试点执行情况（1-2 第十二条、方案三(四)）"))
        self.year.valueChanged.connect(self._year_changed)
        top.addWidget(self.year)
        self.compare_label = QLabel()
        top.addWidget(self.compare_label)
        self.refresh_button = QPushButton(self.tr("重新统计"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = TextTable([""] * 6)
        self.table.setObjectName("indicators")
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.align_right(2, 3, 4)
        self.table.selectionModel().selectionChanged.connect(self._show_records)
        splitter.addWidget(self.table)

        records_box = QWidget()
        records_layout = QVBoxLayout(records_box)
        records_layout.setContentsMargins(0, 0, 0, 0)
        self.records_label = QLabel(self.tr("点击上方指标，查看该数字背后的记录。"))
        records_layout.addWidget(self.records_label)
        self.records = TextTable([])
        self.records.setObjectName("records")
        self.records.horizontalHeader().setStretchLastSection(False)
        self.records.verticalHeader().setDefaultSectionSize(22)
        records_layout.addWidget(self.records)
        splitter.addWidget(records_box)

        text_box = QGroupBox(self.tr("试点工作情况（写入报告正文，方案三(四)）"))
        text_layout = QFormLayout(text_box)
        self.measures = QPlainTextEdit()
        self.measures.setPlaceholderText(self.tr("本年度推进成果转化的典型做法与经验……"))
        self.problems = QPlainTextEdit()
        self.problems.setPlaceholderText(self.tr("存在的问题与建议……"))
        for edit in (self.measures, self.problems):
            edit.setMinimumHeight(48)
            edit.setMaximumHeight(90)
        text_layout.addRow(self.tr("典型做法与经验"), self.measures)
        text_layout.addRow(self.tr("存在问题与建议"), self.problems)
        self.save_text_button = QPushButton(self.tr("保存文字"))
        self.save_text_button.clicked.connect(self.save_text)
        text_layout.addRow("", self.save_text_button)
        splitter.addWidget(text_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 0)
        layout.addWidget(splitter, 1)

        out = QHBoxLayout()
        out.addWidget(QLabel(self.tr("输出文件夹")))
        self.out_dir = QLineEdit(str(self.settings.get("report_output_dir") or default_output_dir()))
        out.addWidget(self.out_dir, 1)
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        out.addWidget(browse)
        out.addWidget(QLabel(self.tr("收件人")))
        self.recipients = QLineEdit("; ".join(recipients(self.db)))
        self.recipients.setPlaceholderText(self.tr("财务处 <cw@example.edu.cn>; gz@example.edu.cn"))
        self.recipients.setToolTip(self.tr("年度报告邮件的收件人，多个用分号分隔；保存在设置中"))
        out.addWidget(self.recipients, 1)
        layout.addLayout(out)

        buttons = QHBoxLayout()
        self.generate_button = QPushButton(self.tr("生成 Excel 和 PDF"))
        self.generate_button.clicked.connect(self.generate)
        self.email_button = QPushButton(self.tr("生成邮件草稿"))
        self.email_button.setToolTip(self.tr("Windows 上先尝试在默认邮件程序中打开新邮件（附两个文件），否则生成 .eml 草稿"))
        self.email_button.clicked.connect(self.email)
        self.smtp_button = QPushButton(self.tr("通过 SMTP 发送…"))
        self.smtp_button.clicked.connect(self.send_smtp)
        self.national_button = QPushButton(self.tr("生成国家年度报告（Word + Excel）"))
        self.national_button.setToolTip(self.tr("报主管部门的科技成果转化年度报告：六部分正文（Word，可编辑）和指标表（Excel）；"
                                                "涉密成果不予报告（促进科技成果转化法第二十一条）"))
        self.national_button.clicked.connect(lambda: self.generate_national())
        self.rollup_button = QPushButton(self.tr("汇总各部门报告…"))
        self.rollup_button.setToolTip(self.tr("选择各部门、附属医院生成的国家年度报告工作簿，与本单位数据汇总；相同合同、成果只计一次"))
        self.rollup_button.clicked.connect(lambda: self.roll_up())
        self.national_view_button = QPushButton(self.tr("国家年度报告指标…"))
        self.national_view_button.setToolTip(self.tr("各指标表及每一行对应的记录"))
        self.national_view_button.clicked.connect(lambda: self.show_national())
        self.narrative_button = QPushButton(self.tr("国家年度报告正文…"))
        self.narrative_button.setToolTip(self.tr("六部分正文：含本年度数据的草稿，修改后按年度保存"))
        self.narrative_button.clicked.connect(lambda: self.edit_narrative())
        self.open_button = QPushButton(self.tr("打开文件夹"))
        self.open_button.clicked.connect(self.open_folder)
        for b in (self.generate_button, self.national_button, self.rollup_button, self.national_view_button,
                  self.narrative_button, self.email_button, self.smtp_button, self.open_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("status")
        buttons.addWidget(self.status)
        layout.addLayout(buttons)

    # -- indicators ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute the indicators for the chosen year (in the background)."""
        year = self.year.value()
        self.compare_label.setText(self.tr("与 {0} 年比较").format(year - 1))
        self.status.setText(self.tr("正在统计 {0} 年指标……").format(year))
        self._run(lambda db: ind.compute_report(db, year), self._show_report)

    def _year_changed(self) -> None:
        self._load_text()
        self.files = None
        self.refresh()

    def _show_report(self, report: ind.AnnualReport) -> None:
        if report.year != self.year.value():
            return
        self.report = report
        headers = [self.tr("指标"), self.tr("单位"), self.tr("{0}年").format(report.year),
                   self.tr("{0}年").format(report.previous_year), self.tr("增减"), self.tr("依据")]
        rows: list[list[str]] = []
        keys: list[str | None] = []
        tips: list[str] = []
        headings: set[int] = set()
        for section, section_rows in report.sections():
            headings.add(len(rows))
            rows.append([f"{section.title}（{section.article}）", "", "", "", "", ""])
            keys.append(None)
            tips.append("")
            for row in section_rows:
                d = row.definition
                rows.append([d.label, d.unit, ind.format_value(d.unit, row.current), ind.format_value(d.unit, row.previous),
                             ind.change_text(d.unit, row.current, row.previous), d.article])
                keys.append(d.key)
                tips.append(self.tr("依据：{0}。点击查看该指标背后的记录。").format(d.article))
        self.table.set_rows(rows, ids=keys, headers=headers, as_text=True, headings=headings, tooltips=tips)
        self.status.setText(self.tr("{0} 年指标已统计（涉密成果不纳入统计）").format(report.year))

    def row_of(self, key: str) -> int:
        row = self.table.cells.row_of(key)  # type: ignore[arg-type]
        if row is None:
            raise KeyError(key)
        return row

    def _show_records(self, *_args: object) -> None:
        row = self.table.currentRow()
        key = self.table.row_id(row) if row >= 0 else None
        if not key or self.report is None:
            return
        definition = ind.BY_KEY[key]
        entity, ids = ind.records_behind(self.db, key, self.report.year)
        rows = ind.record_details(self.db, entity, ids, limit=RECORD_LIMIT)
        columns = [name for _, name in rq.DETAIL_COLUMNS[entity][1]]
        self.records.set_rows([[labels.text(entity, name, row[name]) for name in columns] for row in rows], as_text=True,
                              headers=[labels.HEADERS.get(c, c) for c in columns])
        shown = self.tr("，显示前 {0} 条").format(RECORD_LIMIT) if len(ids) > RECORD_LIMIT else ""
        self.records_label.setText(self.tr("“{0}”（{1} 年）背后的{2}记录：共 {3} 条{4}").format(
            definition.label, self.report.year, labels.ENTITY_TITLES[entity], len(ids), shown))

    # -- free text -------------------------------------------------------------------------------
    def _load_text(self) -> None:
        text = ind.free_text(self.db, self.year.value())
        self.measures.setPlainText(text["measures"])
        self.problems.setPlainText(text["problems"])

    def save_text(self) -> None:
        ind.save_free_text(self.db, self.year.value(), self.measures.toPlainText().strip(),
                           self.problems.toPlainText().strip())
        self.status.setText(self.tr("文字已保存"))

    def _save_inputs(self) -> None:
        self.save_text()
        values = {"report_output_dir": self.out_dir.text().strip(),
                  "mail_recipients": [r.strip() for r in self.recipients.text().replace("；", ";").split(";") if r.strip()]}
        self.settings.set_many(values)

    # -- outputs ---------------------------------------------------------------------------------
    def _folder(self) -> Path:
        return Path(self.out_dir.text().strip() or default_output_dir())

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("选择输出文件夹"), str(self._folder()))
        if chosen:
            self.out_dir.setText(chosen)

    def generate(self, *, then: Callable[[ReportFiles], None] | None = None, email: bool = False) -> None:
        """Write the workbook and the PDF (and with ``email`` the .eml draft) in the background."""
        self._save_inputs()
        year, folder = self.year.value(), self._folder()
        if output_refused(self, folder, self.db.path, folder=True):
            return
        self.status.setText(self.tr("正在生成 {0} 年度报告……").format(year))

        def done(files: ReportFiles) -> None:
            self.files = files
            self.status.setText(self.tr("已生成：{0}、{1}").format(files.xlsx.name, files.pdf.name))
            if files.truncated:  # never cut silently: name every cell cut to Excel's limit
                QMessageBox.warning(self, self.tr("年度报告"), self.tr("以下 {0} 个单元格超出 Excel 上限，已截断并在单元格末尾注明：\n{1}").format(
                    len(files.truncated), "\n".join(t.message() for t in files.truncated[:20])))
            if then is not None:
                then(files)
        self._run(lambda db: generate_report(db, year, folder, email=email), done)

    def show_national(self, run: Callable[[QDialog], int] | None = None) -> None:
        from .national_view import NationalIndicatorsDialog

        (run or (lambda dlg: dlg.exec()))(NationalIndicatorsDialog(self.db, self.year.value(), self))

    def edit_narrative(self, run: Callable[[QDialog], int] | None = None) -> bool:
        from .contracts_panel import NarrativeDialog

        dialog = NarrativeDialog(self.db, self.year.value(), self)
        return (run or (lambda dlg: dlg.exec()))(dialog) == QDialog.DialogCode.Accepted

    def roll_up(self, parts: list[str] | None = None) -> bool:
        """The national report with departments' parts rolled up."""
        if parts is None:
            parts, _ = QFileDialog.getOpenFileNames(self, self.tr("选择各部门的国家年度报告工作簿"), str(self._folder()),
                                                    "Excel (*.xlsx)")
        if not parts:
            return False
        self.generate_national([Path(p) for p in parts])
        return True

    def generate_national(self, parts: list[Path] | None = None) -> None:
        """Write the national annual report (.docx and .xlsx) in the background."""
        from ..services.report.national import generate_national_report

        self._save_inputs()
        year, folder = self.year.value(), self._folder()
        self.status.setText(self.tr("正在生成 {0} 年度国家年度报告……").format(year))

        def done(files) -> None:
            self.national_files = files
            left = sum(files.report.left_out.values())
            self.status.setText(self.tr("已生成：{0}、{1}").format(files.docx.name, files.xlsx.name)
                                + (self.tr("（涉密记录 {0} 条未报告）").format(left) if left else "")
                                + (self.tr("（已汇总 {0}，剔除重复 {1} 条）").format("、".join(files.report.parts),
                                                                          len(files.report.duplicates))
                                   if files.report.parts else ""))
        self._run(lambda db: generate_national_report(db, year, folder, parts=parts or ()), done)

    def email(self) -> None:
        """Windows: the mail client's compose window through Simple MAPI; otherwise (or if that
        fails) the unsent .eml draft, opened with the default mail program."""
        def compose(files: ReportFiles) -> None:
            attachments = [files.xlsx, files.pdf]
            to = recipients(self.db)
            subject = mail.subject_for(files.report)
            if mail.send_via_mapi(attachments, to, subject, mail.body_for(files.report, attachments)):
                self.status.setText(self.tr("已在默认邮件程序中打开新邮件"))
                return
            eml = files.eml or mail.write_draft(files.report, attachments, to, files.xlsx.parent)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(eml)))
            self.status.setText(self.tr("邮件草稿：{0}").format(eml.name))
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("邮件草稿"),
                              self.tr("已生成未发送的邮件草稿（附 Excel 和 PDF），用 Outlook 等邮件程序打开后核对并发送：\n{0}")
                              .format(eml), QMessageBox.StandardButton.Ok, self)
            open_folder = box.addButton(self.tr("打开文件夹"), QMessageBox.ButtonRole.ActionRole)
            box.exec()
            if box.clickedButton() is open_folder:
                self.open_folder()
        self.generate(then=compose, email=True)

    def send_smtp(self) -> None:
        dialog = SmtpDialog(self.settings, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        smtp, password = dialog.result_settings()

        def send(files: ReportFiles) -> None:
            attachments = [files.xlsx, files.pdf]
            draft = mail.build_draft(attachments, recipients(self.db), mail.subject_for(files.report),
                                     mail.body_for(files.report, attachments))
            self._run(lambda _db: mail.send_smtp(draft, smtp, password),
                      lambda to: self.status.setText(self.tr("已发送给：{0}").format("、".join(to))))
        self.generate(then=send)

    def open_folder(self) -> None:
        folder = self._folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- background work ---------------------------------------------------------------------------
    def _run(self, work: Callable[[Database], Any], done: Callable[[Any], None]) -> None:
        """Run ``work(db)`` off the GUI thread on the worker's own connection."""
        mine: list[TaskHandle] = []

        def settle() -> None:
            for handle in mine:
                self._tasks.remove(handle)
            self._set_busy(bool(self._tasks))

        def finish(result: Any) -> None:
            settle()
            done(result)

        def fail(message: str) -> None:
            settle()
            self._failed(message)

        self._set_busy(True)
        handle = run_task(self, lambda task: work(task.db), finish, on_error=fail, db=self.db, pool=self.pool)
        if handle.running:
            mine.append(handle)
            self._tasks.append(handle)

    def _set_busy(self, busy: bool) -> None:
        for b in (self.generate_button, self.national_button, self.rollup_button, self.email_button, self.smtp_button,
                  self.refresh_button):
            b.setEnabled(not busy)
        self.busy_changed.emit(busy)

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("操作失败"))
        QMessageBox.warning(self, self.tr("年度报告"), self.tr("年度报告操作失败：{0}").format(message))

    def file_names(self) -> tuple[str, str]:
        name = base_name(self.year.value())
        return f"{name}.xlsx", f"{name}.pdf"


class SmtpDialog(QDialog):
    """SMTP settings and the password. The password is kept only in the system keyring (if the
    keyring package is installed and the user asks), never in the database."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("通过 SMTP 发送年度报告"))
        form = QFormLayout(self)
        self.host = QLineEdit(settings.get("smtp_host") or "")
        self.host.setPlaceholderText("smtp.qq.com / smtp.163.com / smtp.exmail.qq.com")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(settings.get("smtp_port") or 465))
        self.user = QLineEdit(settings.get("smtp_user") or "")
        self.ssl = QCheckBox(self.tr("使用 SSL（端口 465）；不勾选则使用 STARTTLS"))
        self.ssl.setChecked(settings.get("smtp_ssl") is not False)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setToolTip(self.tr("QQ、163 邮箱须填写在网页邮箱设置中生成的授权码，而不是登录密码"))
        self.remember = QCheckBox(self.tr("在系统凭据管理器中记住密码"))
        self.remember.setEnabled(mail.keyring_available())
        if not mail.keyring_available():
            self.remember.setToolTip(self.tr("未安装 keyring，密码不会被保存"))
        smtp = mail.SmtpSettings.from_settings(settings.all())
        stored = mail.load_password(smtp) if smtp else None
        if stored:
            self.password.setText(stored)
        form.addRow(self.tr("SMTP 服务器"), self.host)
        form.addRow(self.tr("端口"), self.port)
        form.addRow(self.tr("账号（发件地址）"), self.user)
        form.addRow("", self.ssl)
        form.addRow(self.tr("密码/授权码"), self.password)
        form.addRow("", self.remember)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if not self.host.text().strip() or not self.user.text().strip() or not self.password.text():
            QMessageBox.warning(self, self.windowTitle(), self.tr("请填写 SMTP 服务器、账号和密码（授权码）"))
            return
        self.settings.set_many({"smtp_host": self.host.text().strip(), "smtp_port": self.port.value(),
                                "smtp_user": self.user.text().strip(), "smtp_ssl": self.ssl.isChecked()})
        if self.remember.isChecked():
            mail.store_password(self.result_settings()[0], self.password.text())
        self.accept()

    def result_settings(self) -> tuple[mail.SmtpSettings, str]:
        return (mail.SmtpSettings(self.host.text().strip(), self.port.value(), self.user.text().strip(),
                                  self.ssl.isChecked()), self.password.text())
