"""Help: the "本页说明" line above every page, the 使用手册 (resources/help/manual.md) and About.

A page gets its help for free by an entry in :data:`HELP` under its section key: a short text and
the articles it applies (marked with ``QT_TRANSLATE_NOOP`` so the catalogues pick them up). The main
window shows it in a collapsible bar at the top of the page; F1 opens the manual at the page's
chapter (the chapter heading is the section title).
"""

from __future__ import annotations

import html
import platform
from pathlib import Path

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, qVersion
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..paths import log_dir, resources_dir

# section key -> (what the page is for, the articles it applies). Keys not in SECTIONS are harmless.
HELP: dict[str, tuple[str, str]] = {
    "dashboard": (
        QT_TRANSLATE_NOOP("help", "台账概况与待办提醒：公示届满、长期使用权到期、专利年费、年度报告与试点节点。"),
        QT_TRANSLATE_NOOP("help", "方案三(四)、方案五、1-2 第十二条"),
    ),
    "ledger": (
        QT_TRANSLATE_NOOP("help", "职务科技成果台账：披露、审核登记，属性、阶段、转化状态标记由规则计算，阶段改判须写明理由。"),
        QT_TRANSLATE_NOOP("help", "1-2 第五条、第六条、第七条、第八条、第九条、第十条"),
    ),
    "applications": (
        QT_TRANSLATE_NOOP("help", "赋予所有权、长期使用权、延长、放弃等申请：负面清单核查、审批、公示不少于15日、签署协议。"),
        QT_TRANSLATE_NOOP("help", "方案二(一)、方案二(二)、1-1 第七条、1-2 第十一条"),
    ),
    "deals": (
        QT_TRANSLATE_NOOP("help", "转让、许可、作价投资：定价方式（挂牌、拍卖、协议定价并公示）、资产评估决定、收益分配。"),
        QT_TRANSLATE_NOOP("help", "方案二(三)、1-1 第六条(三)(四)、方案三(四)"),
    ),
    "publicities": (
        QT_TRANSLATE_NOOP("help", "公示期按民法典计算：公示当日不计入，末日为法定节假日或休息日的顺延至下一个工作日；届满前不能结束公示。"),
        QT_TRANSLATE_NOOP("help", "方案二(一)(二)、1-1 第六条(三)(四)、1-2 第十一条、民法典第二百零一条、第二百零三条"),
    ),
    "fees": (
        QT_TRANSLATE_NOOP("help", "专利年费：缴费日历（费减、承担方、滞纳金与宽限届满日）、登记缴费、导出缴费清单、维持或放弃评审。"),
        QT_TRANSLATE_NOOP("help", "专利法第四十二条、第四十三条、第四十四条、专利审查指南第五部分第九章、专利收费减缴办法、1-2 第十一条"),
    ),
    "documents": (
        QT_TRANSLATE_NOOP("help", "公示、赋权协议、审批决定、放弃通知、披露表和尽职免责证据卷宗：生成、预览、打印（嵌入中文字体）。"),
        QT_TRANSLATE_NOOP("help", "方案二(一)(二)、1-1 第六条、1-2 第六条、第十一条"),
    ),
    "finance": (
        QT_TRANSLATE_NOOP("help", "与财务部门交换 Excel：阶段标记、支出的费用化或资本化处理、处置核销，以及导入现有台账。"),
        QT_TRANSLATE_NOOP("help", "1-2 第八条、第九条、第十条、第十一条"),
    ),
    "excel": (
        QT_TRANSLATE_NOOP("help", "导入现有 Excel 台账（任意表头、日期格式），预览、校验、一次导入、可撤销；导出台账。"),
        QT_TRANSLATE_NOOP("help", "1-2 第七条"),
    ),
    "report": (
        QT_TRANSLATE_NOOP("help", "年度科技成果国有资产情况与试点执行报告：指标、Excel 与 PDF、邮件草稿。"),
        QT_TRANSLATE_NOOP("help", "方案三(四)、1-2 第十二条"),
    ),
    "reliability": (
        QT_TRANSLATE_NOOP("help", "备份与恢复、完整性检查与操作日志：每次修改都写入带校验链的日志，作为尽职免责的证据。"),
        QT_TRANSLATE_NOOP("help", "1-1 第六条、第八条"),
    ),
    "settings": (
        QT_TRANSLATE_NOOP("help", "单位信息、试点启动日期、公示默认值、数据文件夹、文书字体、邮件收件人和界面语言。"),
        QT_TRANSLATE_NOOP("help", "方案五、方案二(一)(二)"),
    ),
}


def help_text(key: str) -> tuple[str, str] | None:
    """The translated (text, articles) of section ``key``, or None."""
    from PySide6.QtCore import QCoreApplication

    entry = HELP.get(key)
    if entry is None:
        return None
    return QCoreApplication.translate("help", entry[0]), QCoreApplication.translate("help", entry[1])  # i18n: dynamic


class HelpBar(QFrame):
    """"本页说明" above a page: a toggle, the page's text with its articles, and a manual button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.toggled.connect(self._toggled)
        self.text = QLabel()
        self.text.setObjectName("help_text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.manual_button = QToolButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.manual_button, 0, Qt.AlignmentFlag.AlignTop)
        self.key = ""
        self.retranslate()

    def _toggled(self, shown: bool) -> None:
        self.text.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def show_for(self, key: str) -> None:
        self.key = key
        entry = help_text(key)
        self.setVisible(entry is not None)
        if entry:
            text, articles = entry
            basis = self.tr("依据：")
            self.text.setText(f"{html.escape(text)}<br><span style='color:#555'>{html.escape(basis)}"
                              f"{html.escape(articles)}</span>")

    def retranslate(self) -> None:
        self.toggle.setText(self.tr("本页说明"))
        self.toggle.setToolTip(self.tr("显示或隐藏本页说明"))
        self.manual_button.setText(self.tr("使用手册 (F1)"))
        if self.key:
            self.show_for(self.key)


def manual_file() -> Path:
    return resources_dir() / "help" / "manual.md"


class ManualDialog(QDialog):
    """The 使用手册 rendered from Markdown."""

    def __init__(self, parent: QWidget | None = None, chapter: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("使用手册"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        path = manual_file()
        try:
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        except OSError:
            self.browser.setPlainText(self.tr("找不到使用手册文件：{0}").format(path))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(820, 640)
        self.chapter: str | None = None
        self._wanted = chapter

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._wanted:  # the layout (and so the scroll position) is known once shown
            self.go_to(self._wanted)
            self._wanted = None

    def go_to(self, heading: str) -> bool:
        """Scroll to the first chapter heading containing ``heading``; False when there is none."""
        doc = self.browser.document()
        cursor = QTextCursor(doc)
        while True:
            cursor = doc.find(heading, cursor, QTextDocument.FindFlag.FindCaseSensitively)
            if cursor.isNull():
                return False
            if cursor.block().blockFormat().headingLevel() > 0:
                self.browser.setTextCursor(cursor)
                top = doc.documentLayout().blockBoundingRect(cursor.block()).top()
                self.browser.verticalScrollBar().setValue(int(top))  # heading at the top
                self.chapter = heading
                return True


def licence_files() -> list[Path]:
    folder = resources_dir() / "licenses"
    return sorted(folder.glob("*.txt")) if folder.exists() else []


def about_html(db_path: Path | None, document_font: str = "") -> str:
    """Version, where the data lives, and the licences of what the app bundles."""
    from PySide6.QtCore import QCoreApplication

    rows = [
        (QCoreApplication.translate("About", "版本"), __version__),
        (QCoreApplication.translate("About", "数据库"), str(db_path or ":memory:")),
        (QCoreApplication.translate("About", "数据文件夹"), str(Path(db_path).resolve().parent) if db_path else ""),
        (QCoreApplication.translate("About", "日志文件夹"), str(log_dir())),
        (QCoreApplication.translate("About", "文书字体"), document_font or QCoreApplication.translate("About", "自动（系统中文字体，不随软件分发）")),
        (QCoreApplication.translate("About", "运行环境"), f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {PYSIDE_VERSION}"),
    ]
    title = QCoreApplication.translate("About", "科技成果转化管理桌面版")
    licences = QCoreApplication.translate("About", "所用软件及其许可")
    fonts = QCoreApplication.translate("About", "本软件不随附字体文件；文书使用用户电脑上已安装的中文字体或在设置中选择的字体文件，其许可由字体提供方规定。")
    parts = [f"<h2>KJCG Desktop {html.escape(title)}</h2>", "<table>"]
    parts += [f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows]
    parts.append("</table>")
    parts.append(f"<h3>{html.escape(licences)}</h3><p>{html.escape(fonts)}</p>")
    for path in licence_files():
        parts.append(f"<h4>{html.escape(path.stem)}</h4><pre style='white-space: pre-wrap'>{html.escape(path.read_text(encoding='utf-8').strip())}</pre>")
    return "\n".join(parts)


class AboutDialog(QDialog):
    def __init__(self, db_path: Path | None, document_font: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于 KJCG Desktop"))
        self.browser = QTextBrowser()
        self.browser.setHtml(about_html(db_path, document_font))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 560)
