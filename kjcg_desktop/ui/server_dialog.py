"""设置 → 数据库 → 连接办公室服务器: host, port, database, account and password of the office's
PostgreSQL server. The password goes to the system keyring (never to a file); where the system has
none it is kept for this session only and asked again next time. The server chosen is remembered
(without its password), so the program opens it at the next start."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..storage import Database, StorageError
from ..storage.pg import credentials


def tr(text: str) -> str:
    return QCoreApplication.translate("ServerDialog", text)  # i18n: dynamic


class ServerDialog(QDialog):
    """The connection form; ``db`` holds the opened server database after 连接 succeeded."""

    def __init__(self, parent: QWidget | None = None, url: str | None = None, message: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("连接办公室服务器"))
        self.db: Database | None = None
        self.url = ""
        layout = QVBoxLayout(self)
        intro = QLabel(message or self.tr("几位同事共用一个台账时，数据库放在办公室的 PostgreSQL 服务器上。"
                                          "请填写管理员给您的服务器地址和您自己的账号。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host = QLineEdit()
        self.host.setObjectName("server_host")
        self.host.setPlaceholderText(self.tr("如 tto-server 或 192.168.1.20"))
        self.port = QSpinBox()
        self.port.setObjectName("server_port")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("kjcg")
        self.database.setObjectName("server_database")
        self.user = QLineEdit()
        self.user.setObjectName("server_user")
        self.password = QLineEdit()
        self.password.setObjectName("server_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("服务器"), self.host)
        form.addRow(self.tr("端口"), self.port)
        form.addRow(self.tr("数据库"), self.database)
        form.addRow(self.tr("账号"), self.user)
        form.addRow(self.tr("密码"), self.password)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("在系统钥匙串中记住密码"))
        self.remember.setObjectName("server_remember")
        has_keyring = credentials.keyring_available()
        self.remember.setChecked(has_keyring)
        self.remember.setEnabled(has_keyring)
        layout.addWidget(self.remember)
        if not has_keyring:
            note = QLabel(self.tr("本机没有可用的系统钥匙串：密码只在本次使用期间保留，下次启动时会再询问，不会写入任何文件。"))
            note.setWordWrap(True)
            layout.addWidget(note)
        self.status = QLabel()
        self.status.setObjectName("server_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("连接"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.connect_server)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if url:
            self.fill(url)

    def fill(self, url: str) -> None:
        parts = urlsplit(url)
        self.host.setText(parts.hostname or "")
        self.port.setValue(parts.port or 5432)
        self.database.setText(unquote(parts.path.lstrip("/")) or "kjcg")
        self.user.setText(unquote(parts.username or ""))
        (self.password if self.user.text() else self.user).setFocus()

    def connect_server(self) -> None:
        from PySide6.QtGui import QGuiApplication

        from ..storage.pg import open_server

        host, user, database = self.host.text().strip(), self.user.text().strip(), self.database.text().strip()
        missing = [name for name, value in ((self.tr("服务器"), host), (self.tr("数据库"), database), (self.tr("账号"), user))
                   if not value]
        if missing:
            self.status.setText(self.tr("请填写：{0}").format("、".join(missing)))
            return
        url = credentials.server_url(host, self.port.value(), database, user)
        password = self.password.text()
        if password:
            credentials.remember_for_session(url, password)
        self.status.setText(self.tr("正在连接…"))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            db = open_server(url)
        except StorageError as exc:
            self.status.setText(self.tr("未能连接：{0}").format(str(exc)))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if password and self.remember.isChecked():
            credentials.save_password(url, password)
        credentials.remember_server(url)
        self.db, self.url = db, url
        self.accept()


@dataclass
class OpenedServer:
    """The office server's database opened for the main window (like ``startup.OpenedDatabase``)."""

    db: Database
    read_only_location: str | None = None
    daily_backup: None = None

    @property
    def read_only(self) -> bool:
        return bool(self.db.read_only)

    def close(self) -> None:
        self.db.close()
        from ..storage.pg.database import close_pools

        close_pools()


def open_server_for_gui(url: str, parent: QWidget | None = None) -> OpenedServer | None:
    """Open the server database at ``url``; when the password is missing or refused (or the server
    cannot be reached) the connection form is shown to correct it. None when the user cancels."""
    from ..storage.pg import open_server

    try:
        db = open_server(url)
    except StorageError as exc:
        dialog = ServerDialog(parent, url, tr("连接办公室服务器未成功：{0}").format(str(exc)))
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.db is None:
            return None
        db = dialog.db
    opened = OpenedServer(db)
    if opened.read_only:
        opened.read_only_location = tr("您的账号只能查看")
    return opened


def ask_to_connect(parent: QWidget | None = None) -> Database | None:
    """The form, empty or with the remembered server; the opened database, or None."""
    dialog = ServerDialog(parent, credentials.remembered_server())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.db


def confirm_local(parent: QWidget | None) -> bool:
    return QMessageBox.question(parent, tr("改回本机数据库"), tr("以后启动时打开本机的数据库文件，而不是办公室服务器？")) == \
        QMessageBox.StandardButton.Yes
