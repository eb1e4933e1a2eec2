"""Long texts on a record's page (an imported 权利要求 of thousands of characters, a long 摘要): a
few lines in place, with the length said, and the whole text in a window to read, search and copy."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

# A value longer than this (or of more lines) is shown as a preview with a button for the whole text.
LONG_TEXT_CHARS = 600
LONG_TEXT_LINES = 8
# What the preview shows of it: about three lines of the detail window.
PREVIEW_CHARS = 240


# a run of this many characters with no place to break a line (a family list “CN1;CN2;US3;…”, a
# sequence, a link): a label would not wrap it and would widen the whole page
_UNBROKEN = re.compile(r"[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]{48,}")


def has_unbroken_run(text: str) -> bool:
    return _UNBROKEN.search(text) is not None


def is_long(text: str) -> bool:
    return len(text) > LONG_TEXT_CHARS or text.count("\n") >= LONG_TEXT_LINES


def preview(text: str) -> str:
    """The first characters of ``text`` (on at most three lines), ending with “…”."""
    lines = text[:PREVIEW_CHARS].split("\n")[:3]
    return "\n".join(lines).rstrip() + "…"


class WrappedText(QTextEdit):
    """A read-only value that wraps anywhere when it must (a label wraps only between words): as
    high as its lines at the width it is given, selectable, with the text exactly as stored."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wrapped_text")
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextEdit { background: transparent; }")
        self.document().setDocumentMargin(0)
        self.setPlainText(text)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self.toPlainText()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        document = self.document()
        document.setTextWidth(max(1, width - 2 * self.frameWidth()))
        return math.ceil(document.size().height()) + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = max(self.width(), 200)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(80, self.fontMetrics().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        height = self.heightForWidth(event.size().width())
        if height != self.height():
            self.setFixedHeight(height)


class LongTextDialog(QDialog):
    """The whole of one long value, wrapped, scrollable, selectable, with a button that copies it."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("long_text_dialog")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.text = QPlainTextEdit()
        self.text.setObjectName("long_text")
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setPlainText(text)
        self.find_box = QLineEdit()
        self.find_box.setObjectName("find_in_long_text")
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setPlaceholderText(self.tr("查找（回车查找下一处）"))
        self.find_box.returnPressed.connect(self.find_next)
        self.find_box.textChanged.connect(lambda _t: self.find_next(from_start=True))
        self.found = QLabel()
        self.found.setObjectName("long_text_found")
        count = QLabel(self.tr("共 {0} 字").format(f"{len(text):,}"))
        count.setObjectName("long_text_count")
        self.copy_button = QPushButton(self.tr("复制全文"))
        self.copy_button.setObjectName("copy_long_text")
        self.copy_button.clicked.connect(self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(count)
        bottom.addStretch(1)
        bottom.addWidget(self.copy_button)
        bottom.addWidget(buttons)
        search = QHBoxLayout()
        search.addWidget(self.find_box, 1)
        search.addWidget(self.found)
        layout = QVBoxLayout(self)
        layout.addLayout(search)
        layout.addWidget(self.text, 1)
        layout.addLayout(bottom)
        self.resize(760, 560)

    def find_next(self, from_start: bool = False) -> bool:
        """Mark the next place the find box's text occurs, round to the start again after the last one."""
        term = self.find_box.text()
        if not term:
            self.found.clear()
            return False
        if from_start:
            self.text.moveCursor(QTextCursor.MoveOperation.Start)
        hit = self.text.find(term)
        if not hit:  # past the last one: from the top again
            self.text.moveCursor(QTextCursor.MoveOperation.Start)
            hit = self.text.find(term)
        count = self.text.toPlainText().count(term)
        self.found.setText(self.tr("{0} 处").format(count) if hit else self.tr("未找到"))
        return bool(hit)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())


class LongTextField(QWidget):
    """A long value in a form: its first lines, its length, and “查看全文…”."""

    def __init__(self, field: str, text: str, owner: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.full_text = text
        self.owner = owner
        self.setObjectName("long_text_field")
        self.label = value_label(preview(text))
        self.label.setObjectName("long_text_preview")
        self.button = QPushButton(self.tr("查看全文（共 {0} 字）…").format(f"{len(text):,}"))
        self.button.setObjectName("show_full_text")
        self.button.setToolTip(self.tr("在窗口中阅读、查找和复制“{0}”的全文").format(field))
        self.button.clicked.connect(self.show_full)
        self.dialog: LongTextDialog | None = None
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.button)
        line.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addLayout(line)

    def show_full(self) -> LongTextDialog:
        title = f"{self.field} — {self.owner}" if self.owner else self.field
        # a child of the window, not of this field: it stays open when the page is rebuilt
        self.dialog = LongTextDialog(title, self.full_text, self.window())
        self.dialog.show()
        return self.dialog


def value_label(text: str) -> QLabel | WrappedText:
    """A stored value as written (never read as HTML), wrapped to the width it is given: a label,
    or where the text has a long run a label cannot break, a :class:`WrappedText`."""
    if has_unbroken_run(text):
        return WrappedText(text)
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
