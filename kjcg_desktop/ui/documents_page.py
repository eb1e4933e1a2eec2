"""The 文书 page: pick a document kind and a record, generate the PDF, preview it (QtPdf), print it
(A4) or save it; several records at once with a progress dialog on a worker thread.

The list offers only the records in a state where the kind means something; with 草稿 it offers the
others too and prints them watermarked, unnumbered. The 文号登记 tab lists every number given."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QRectF, QSize, Qt, QTemporaryDir
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import clock
from .. import domain as d
from ..services import documents
from ..storage import Database, Settings
from ..storage import documents as q
from .date_input import DateInput
from .dialogs import output_refused
from .document_numbers_panel import DocumentNumbersPanel
from .file_dialogs import existing_directory, save_file_name
from .pages import display
from .tasks import Task, TaskHandle, run_task

# (kind, of, label) in the order offered
CHOICES: list[tuple[str, str, str]] = [
    ("notice", "", QT_TRANSLATE_NOOP("DocumentsPage", "赋权公示")),
    ("agreement", "", QT_TRANSLATE_NOOP("DocumentsPage", "赋权协议（所有权 / 长期使用权）")),
    ("extension-agreement", "", QT_TRANSLATE_NOOP("DocumentsPage", "延长长期使用权协议")),
    ("abandonment-notice", "", QT_TRANSLATE_NOOP("DocumentsPage", "放弃公示")),
    ("decision", "", QT_TRANSLATE_NOOP("DocumentsPage", "审批决定（申请）")),
    ("decision", "deal", QT_TRANSLATE_NOOP("DocumentsPage", "审批决定（交易）")),
    ("price-notice", "", QT_TRANSLATE_NOOP("DocumentsPage", "协议定价公示")),
    ("related-party-notice", "", QT_TRANSLATE_NOOP("DocumentsPage", "关联交易公示")),
    ("reward-notice", "", QT_TRANSLATE_NOOP("DocumentsPage", "现金奖励公示")),
    ("disclosure-form", "", QT_TRANSLATE_NOOP("DocumentsPage", "成果披露表")),
    ("application-form", "", QT_TRANSLATE_NOOP("DocumentsPage", "申请表")),
    ("dossier", "", QT_TRANSLATE_NOOP("DocumentsPage", "尽职免责证据卷宗（成果）")),
    ("dossier", "deal", QT_TRANSLATE_NOOP("DocumentsPage", "尽职免责证据卷宗（交易）")),
]
PRINT_DPI = 300
CLOSED_STATES = ("rejected", "withdrawn")  # no paper, not even a draft

class DocumentsPage(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.pdf_bytes: bytes | None = None
        self.current_name = ""
        self.worker: TaskHandle | None = None
        self._tmp = QTemporaryDir()
        self._preview_count = 0
        self._entries: list[tuple[str, str, bool, int]] = []  # what the record list shows

        self.kind_combo = QComboBox()
        for kind, of, text in CHOICES:
            self.kind_combo.addItem(self.tr(text), (kind, of))  # i18n: dynamic
        self.kind_combo.currentIndexChanged.connect(self.refresh_records)
        self.id_help = QLabel()
        self.id_help.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("按编号、名称或ID筛选"))
        self.search.textChanged.connect(self.refresh_records)
        self.records = QListWidget()
        self.records.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.records.itemDoubleClicked.connect(lambda _: self.generate())
        self.start_date = DateInput(clock.today())
        self.start_date.edit.setToolTip(self.tr(
            "尚未登记公示的记录，按此日期作为公示开始日计算届满日（民法典第二百零一条、第二百零三条）"))
        self.draft_check = QCheckBox(self.tr("草稿"))
        self.draft_check.setToolTip(self.tr(
            "尚未到出具该文书的步骤时，生成供内部讨论的草稿：每页带“草稿”水印，不编文号"))
        self.draft_check.toggled.connect(self.refresh_records)
        self.generate_button = QPushButton(self.tr("生成并预览"))
        self.generate_button.clicked.connect(self.generate)
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.clicked.connect(lambda: self.print_document())
        self.save_button = QPushButton(self.tr("另存为…"))
        self.save_button.clicked.connect(lambda: self.save_as())
        self.batch_button = QPushButton(self.tr("批量生成所选…"))
        self.batch_button.clicked.connect(lambda: self.generate_batch())
        self.help_button = QPushButton(self.tr("模板占位符说明"))
        self.help_button.clicked.connect(self.show_placeholders)
        self.font_button = QPushButton(self.tr("文书字体…"))
        self.font_button.setToolTip(self.tr("选择嵌入 PDF 的中文 TrueType 字体（.ttf/.ttc）；不选则自动使用系统的宋体/黑体等"))
        self.font_button.clicked.connect(lambda: self.choose_font())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form = form = QFormLayout()
        form.addRow(self.tr("文书类型"), self.kind_combo)
        form.addRow(self.tr("拟公示开始日"), self.start_date)
        form.addRow("", self.draft_check)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form)
        left_layout.addWidget(self.id_help)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.records, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.batch_button)
        left_layout.addLayout(buttons)
        extra = QHBoxLayout()
        extra.addWidget(self.help_button)
        extra.addWidget(self.font_button)
        left_layout.addLayout(extra)
        left_layout.addWidget(self.status)

        self.pdf = QPdfDocument(self)
        self.view = self._pdf_view(self.pdf)
        right = QWidget()
        self.right_layout = right_layout = QVBoxLayout(right)
        actions = QHBoxLayout()
        self.title_label = QLabel(self.tr("尚未生成文书"))
        actions.addWidget(self.title_label, 1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.view, 1)

        self.numbers = DocumentNumbersPanel(db)
        self.tabs = QTabWidget()
        self.tabs.addTab(left, self.tr("生成文书"))
        self.tabs.addTab(self.numbers, self.tr("文号登记"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.splitter = splitter = QSplitter()
        splitter.addWidget(self.tabs)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._update_buttons()
        problems = documents.check_templates()
        if problems:
            self.status.setText(self.tr("模板有错误，相应文书无法生成：") + "\n" + "\n".join(problems))

    @staticmethod
    def _pdf_view(document: QPdfDocument) -> QPdfView:
        view = QPdfView()
        view.setDocument(document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        return view

    def _tab_changed(self, index: int) -> None:
        """The number register is a wide table: it takes more of the page while it is shown."""
        total = max(self.splitter.width(), 1160)
        left = 720 if index == 1 else 360
        self.splitter.setSizes([left, total - left])
        if index == 1:
            self.numbers.refresh()

    # -- records ---------------------------------------------------------------------------------
    def current_choice(self) -> tuple[str, str]:
        return self.kind_combo.currentData()

    def needs_start_date(self) -> bool:
        """Only a notice (a kind with a publicity period) asks for the planned first day."""
        kind, of = self.current_choice()
        return not of and "publicity.start" in documents.KINDS[kind].placeholders

    def _candidates(self, kind: str, subject: str) -> list[tuple[dict, str]]:
        """(row, missing step) of the records offered: the ready ones, or with 草稿 every open one."""
        spec = documents.KINDS[kind]
        draft = self.draft_check.isChecked()
        states: tuple[str, ...] = ()
        if subject == "application":
            states = tuple(s.value for s in d.ApplicationState if s.value not in CLOSED_STATES) if draft else spec.app_states
        rows = q.candidates(self.db, subject, kinds=spec.app_kinds if subject == "application" else (),
                            where=spec.where if subject == "deal" else "", text=self.search.text(), states=states)
        if subject == "achievement" or (subject == "deal" and kind != "decision"):
            return [(row, "") for row in rows]
        if kind == "decision":
            of = "deal" if subject == "deal" else ""
            offered = [(row, documents.missing_step(self.db, kind, int(row["id"]), of=of)) for row in rows]
        else:
            offered = list(zip(rows, documents.missing_steps(self.db, kind, rows), strict=True))
        return offered if draft else [(row, missing) for row, missing in offered if not missing]

    def refresh(self) -> None:
        """On each visit: the records offered and, when it is shown, the number register (a reversal
        elsewhere may have voided a number)."""
        self.refresh_records()
        if self.tabs.currentWidget() is self.numbers:
            self.numbers.refresh()

    def refresh_records(self) -> None:
        kind, of = self.current_choice()
        spec = documents.KINDS[kind]
        subject = "deal" if of == "deal" else spec.subject
        self.form.setRowVisible(self.start_date, self.needs_start_date())
        self.draft_check.setVisible(subject == "application" or kind == "decision")
        self.id_help.setText(self.tr("对象：{0}").format(self.tr("交易") if of == "deal" else spec.id_help))
        entries = [self._entry(row, missing, subject) for row, missing in self._candidates(kind, subject)]
        if entries != self._entries:  # on a revisit with nothing changed the list stays as it is
            self._entries = entries
            self.records.clear()
            for text, tooltip, draft_only, record_id in entries:
                item = QListWidgetItem(text)
                item.setToolTip(tooltip)
                if draft_only:
                    item.setForeground(self.palette().placeholderText())
                item.setData(Qt.ItemDataRole.UserRole, record_id)
                self.records.addItem(item)
        else:  # as a rebuilt list would be: at the top
            self.records.scrollToTop()
        if self.records.count():
            self.records.setCurrentRow(0, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _entry(self, row: dict, missing: str, subject: str) -> tuple[str, str, bool, int]:
        """(text, tooltip, draft only, id) of one record in the list."""
        kind_text = display("kind", row.get("kind"))
        if subject == "achievement":
            kind_text = d.AchievementType(row["kind"]).label if row.get("kind") in d.AchievementType._value2member_map_ else kind_text
        state = display("state", row.get("state")) if subject == "application" else ""
        mark = self.tr("〔草稿〕") if missing else ""
        text = f"{mark}#{row['id']}  {row.get('number') or ''}  {state}  {kind_text}  {row.get('label') or ''}"
        tooltip = text + ("\n" + self.tr("只能生成草稿：{0}").format(missing) if missing else "")
        return " ".join(text.split(" ")).strip(), tooltip, bool(missing), int(row["id"])

    def selected_ids(self) -> list[int]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.records.selectedItems()]

    # -- one document ----------------------------------------------------------------------------
    def generate(self) -> bool:
        ids = self.selected_ids()
        if not ids:
            QMessageBox.information(self, self.tr("文书"), self.tr("请先在列表中选择一条记录。"))
            return False
        kind, of = self.current_choice()
        start: date | None = None
        if self.needs_start_date():
            try:
                start = self.start_date.require(self.tr("公示开始日"))
            except d.DomainError as exc:
                QMessageBox.warning(self, self.tr("无法生成文书"), str(exc))
                return False
        draft = self.draft_check.isChecked() and not self.draft_check.isHidden()
        try:
            pdf, data = documents.generate(self.db, kind, ids[0], of=of, start=start if isinstance(start, date) else None,
                                           draft=draft)
        except documents.DocumentError as exc:
            QMessageBox.warning(self, self.tr("无法生成文书"), str(exc))
            return False
        self.pdf_bytes = pdf
        self.current_name = documents.default_filename(kind, data, ids[0])
        self._preview_count += 1
        path = Path(self._tmp.path()) / f"preview-{self._preview_count}.pdf"
        path.write_bytes(pdf)
        # a new document and view for each preview: QPdfView keeps the pages it rendered of the document
        # it showed, so a second paper of the same page count and size would show the first one's pages
        previous, old_view = self.pdf, self.view
        self.pdf = QPdfDocument(self)
        self.pdf.load(str(path))
        self.view = self._pdf_view(self.pdf)
        self.right_layout.replaceWidget(old_view, self.view)
        old_view.deleteLater()
        previous.close()
        previous.deleteLater()
        title = self.tr("{0}：{1}（{2} 页）").format(documents.KINDS[kind].label, data.subject, self.pdf.pageCount())
        if data.draft:
            title += "  " + self.tr("草稿，未编号")
        elif data.values.get("doc.number"):
            title += "  " + data.values["doc.number"]
            self.numbers.refresh()
        self.title_label.setText(title)
        self.status.setText("\n".join(data.notes))
        self._update_buttons()
        if data.warnings:  # characters no font could print: said aloud, never only in the status line
            QMessageBox.warning(self, self.tr("文书中有无法打印的字符"), "\n".join(data.warnings))
        return True

    def _update_buttons(self) -> None:
        ready = self.pdf_bytes is not None
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def save_as(self, path: str | None = None) -> Path | None:
        if self.pdf_bytes is None:
            return None
        if path is None:
            path = save_file_name(self, self.tr("另存为"), self.current_name, self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        if output_refused(self, target, self.db.path):
            return None
        try:
            documents.render.write_pdf(self.pdf_bytes, target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("无法保存"), self.tr("无法写入 {0}：{1}").format(target, exc))
            return None
        self.status.setText(self.tr("已保存到 {0}").format(target))
        return target

    def print_document(self, printer: QPrinter | None = None) -> bool:
        """Print the previewed document on A4; without ``printer`` the print dialog asks first."""
        if self.pdf_bytes is None or self.pdf.pageCount() == 0:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            printer.setPageOrientation(QPageLayout.Orientation.Portrait)
            printer.setDocName(self.current_name)
            printer.setFromTo(1, self.pdf.pageCount())
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("打印文书"))
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return False
        printer.setFullPage(True)
        first, last = printer.fromPage() or 1, printer.toPage() or self.pdf.pageCount()
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("无法打印"), self.tr("打印机无法开始打印，请检查打印机设置。"))
            return False
        try:
            for number, page in enumerate(range(first - 1, min(last, self.pdf.pageCount()))):
                if number:
                    printer.newPage()
                points = self.pdf.pagePointSize(page)
                size = QSize(int(points.width() / 72 * PRINT_DPI), int(points.height() / 72 * PRINT_DPI))
                image = self.pdf.render(page, size)
                painter.drawImage(QRectF(painter.viewport()), image)
        finally:
            painter.end()
        self.status.setText(self.tr("已发送到打印机：{0}").format(printer.printerName() or printer.outputFileName()))
        return True

    def choose_font(self, path: str | None = None) -> bool:
        """Choose the font file embedded in documents (settings key ``document_font``)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("选择中文字体"), "", self.tr("TrueType 字体 (*.ttf *.ttc)"))
        if not path:
            return False
        problem = documents.check_font_file(path)
        if problem:
            QMessageBox.warning(self, self.tr("无法使用该字体"), problem)
            return False
        Settings(self.db).set("document_font", path)
        self.status.setText(self.tr("文书字体：{0}").format(path))
        return True

    def show_placeholders(self) -> None:
        kind, _ = self.current_choice()
        folder = documents.templates.user_dir()
        QMessageBox.information(self, self.tr("模板占位符说明"), documents.placeholder_help(kind) + "\n\n" + self.tr(
            "要修改模板，把 resources/templates 中的同名 .toml 文件复制到 {0} 后编辑；保存后再次生成即生效。").format(folder))

    # -- batch -------------------------------------------------------------------------------------
    def generate_batch(self, out_dir: str | None = None) -> TaskHandle | None:
        ids = self.selected_ids()
        if not ids:
            QMessageBox.information(self, self.tr("批量生成"), self.tr("请先在列表中选择记录（可按住 Ctrl 或 Shift 多选）。"))
            return None
        if out_dir is None:
            out_dir = existing_directory(self, self.tr("选择保存文书的文件夹"))
        if not out_dir or output_refused(self, out_dir, self.db.path, folder=True):
            return None
        kind, of = self.current_choice()
        draft = self.draft_check.isChecked() and not self.draft_check.isHidden()
        jobs = [documents.BatchJob(kind, record_id, of, draft) for record_id in ids]
        try:
            documents.fonts_for(self.db)  # register fonts here, once, before the worker starts
        except documents.DocumentError as exc:
            QMessageBox.warning(self, self.tr("无法生成文书"), str(exc))
            return None
        self.batch_button.setEnabled(False)
        self.generate_button.setEnabled(False)
        out = Path(out_dir)
        template = self.tr("正在生成：{0}（{1}/{2}）")

        def work(task: Task) -> tuple[list[str], list[str]]:
            written, errors = documents.generate_batch(
                None, jobs, out, db=task.db, progress=lambda done, total, label: task.progress(
                    done, total, template.format(label, done, total)),
                cancelled=lambda: task.cancelled)
            return [str(p) for p in written], errors

        def failed(message: str) -> None:
            self._on_finished([], [self.tr("批量生成中断：{0}").format(message)])

        self.worker = run_task(self, work, lambda result: self._on_finished(*result), on_error=failed, db=self.db,
                               title=self.tr("批量生成"), label=self.tr("正在生成文书…"))
        return self.worker

    def _on_finished(self, written: list, errors: list) -> None:
        self.batch_button.setEnabled(True)
        self.generate_button.setEnabled(True)
        self.worker = None
        self.numbers.refresh()
        folder = str(Path(written[0]).parent) if written else ""
        text = self.tr("已生成 {0} 份文书").format(len(written)) + (f"：{folder}" if folder else "")
        self.status.setText(text)
        if errors:
            QMessageBox.warning(self, self.tr("批量生成"), text + "\n\n" + self.tr("以下记录未能生成：") + "\n" + "\n".join(errors))
        else:
            QMessageBox.information(self, self.tr("批量生成"), text)
