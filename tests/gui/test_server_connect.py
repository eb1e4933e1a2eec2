"""设置 → 数据库 → 连接办公室服务器 against a real throw-away PostgreSQL server: the password goes to
the keyring (an in-memory one here, as a headless machine has none), never to a file; the window
works on the server afterwards and the next start opens it; a viewer's window is read-only."""

from __future__ import annotations

from urllib.parse import urlsplit

import keyring
import pytest
from keyring.backend import KeyringBackend

from kjcg_desktop.storage import achievements as ach
from kjcg_desktop.storage.pg import credentials
from kjcg_desktop.ui.main_window import MainWindow
from tests.pg_cluster import with_user


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    credentials._SESSION.clear()
    yield ring
    keyring.set_keyring(previous)
    credentials._SESSION.clear()


def _fill(dialog, url: str, password: str, typist) -> None:
    parts = urlsplit(url)
    typist(dialog.host, parts.hostname)
    dialog.port.setValue(parts.port)
    dialog.database.clear()
    typist(dialog.database, parts.path.lstrip("/"))
    typist(dialog.user, parts.username)
    typist(dialog.password, password)


def test_connecting_from_settings_keeps_the_password_in_the_keyring(qtbot, db, pg_db, pg_url, typist, memory_keyring,
                                                                   data_dir):
    from kjcg_desktop.storage.pg.roles import add_user

    ach.save_achievement(pg_db, None, {"name": "服务器上的成果", "type": "invention", "status": "registered",
                                       "registration_date": "2026-01-05"}, [])
    add_user(pg_db, "clerk2", "s3cret-口令", editor=True)
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    page = win.show_section("settings")
    assert page.server_label.text() == "本机数据库文件"
    dialog = page.connect_server()
    _fill(dialog, with_user(pg_url, "clerk2"), "wrong", typist)
    dialog.connect_server()
    assert "未能连接" in dialog.status.text() and dialog.isVisible()
    dialog.password.clear()
    typist(dialog.password, "s3cret-口令")
    dialog.connect_server()
    assert not dialog.isVisible()
    assert getattr(win.db, "location", "").startswith("postgresql://clerk2@127.0.0.1")
    assert "服务器" in win.db_label.text() or "postgresql://" in win.db_label.text()
    assert win.db.scalar("SELECT count(*) FROM achievements") == 1
    assert list(memory_keyring.secrets.values()) == ["s3cret-口令"]
    for path in data_dir.rglob("*"):  # the password is in no file
        if path.is_file():
            assert "s3cret" not in path.read_bytes().decode("utf-8", errors="ignore"), path
    assert credentials.remembered_server() == dialog.url
    credentials._SESSION.clear()
    assert "s3cret-口令" in credentials.url_with_password(dialog.url) or "s3cret" in credentials.url_with_password(dialog.url)


def test_without_a_keyring_the_password_is_asked_each_session(qtbot, pg_db, pg_url, typist, monkeypatch, data_dir):
    from kjcg_desktop.app import start_gui
    from kjcg_desktop.storage.pg.roles import add_user

    add_user(pg_db, "viewer2", "only-look", editor=False)
    monkeypatch.setattr(credentials, "keyring_available", lambda: False)
    credentials._SESSION.clear()
    url = with_user(pg_url, "viewer2")
    from PySide6.QtCore import QTimer

    from kjcg_desktop.ui.server_dialog import ServerDialog

    def answer():
        from PySide6.QtWidgets import QApplication

        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ServerDialog) and w.isVisible())
        assert not dialog.remember.isEnabled()
        typist(dialog.password, "only-look")
        dialog.connect_server()

    QTimer.singleShot(200, answer)
    window = start_gui(url)
    assert window is not None
    qtbot.addWidget(window)
    assert window.db.read_only and "［只读］" in window.windowTitle()
    assert not any("only-look" in p.read_text(errors="ignore") for p in data_dir.rglob("*.json"))
    window.opened.close()


def test_backup_page_on_the_server_writes_a_pg_dump_copy(qtbot, pg_db, data_dir):
    from kjcg_desktop.ui.backup_page import BackupPage

    page = BackupPage(pg_db)
    qtbot.addWidget(page)
    page.show()
    assert "pg_dump" in page.info.text() and not page.restore_button.isVisible()
    page.backup_now()
    assert "已备份并校验" in page.status.text()
    assert list((data_dir / "backups").glob("server-*.dump"))


def _edit_dialog(qtbot, db, aid, typist, keywords: str):
    from kjcg_desktop.ui import achievement_form

    dialog = achievement_form.achievement_dialog(db, aid)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.widget("keywords")
    typist(field.edit if hasattr(field, "edit") else field, keywords)
    return dialog


def test_a_colleagues_newer_save_is_refused_and_the_form_kept(qtbot, pg_db, pg_url, typist, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from kjcg_desktop.storage.pg import open_server

    aid = ach.save_achievement(pg_db, None, {"name": "两人同时编辑的成果", "type": "invention", "status": "registered",
                                             "registration_date": "2026-01-05"}, [])
    dialog = _edit_dialog(qtbot, pg_db, aid, typist, "我的关键词")
    colleague = open_server(pg_url)
    ach.update_achievement(colleague, aid, {"keywords": "同事的关键词"})
    colleague.close()
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *a, **k: (asked.append(text), answers.pop(0))[1])
    dialog.save()  # refused; "no": the form stays as typed, to compare
    assert asked and asked[0].startswith("此记录已被postgres于 ") and "修改（改动了：keywords）" in asked[0]
    assert dialog.isVisible() and "我的关键词" in str(dialog.values.get("keywords"))
    assert pg_db.scalar("SELECT keywords FROM achievements WHERE id = ?", (aid,)) == "同事的关键词"
    dialog.save()  # refused again; "yes": the colleague's version is shown
    assert dialog.isVisible() and dialog.widget("keywords").value() == "同事的关键词"
    field = dialog.widget("keywords")
    (field.edit if hasattr(field, "edit") else field).clear()
    typist(field.edit if hasattr(field, "edit") else field, "对照后的关键词")
    dialog.save()  # over the version now shown: saved
    assert not dialog.isVisible()
    assert pg_db.scalar("SELECT keywords FROM achievements WHERE id = ?", (aid,)) == "对照后的关键词"


def test_the_server_going_away_mid_save_keeps_the_form_and_reconnects(qtbot, pg_db, pg_cluster, typist, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    aid = ach.save_achievement(pg_db, None, {"name": "断线时编辑的成果", "type": "invention", "status": "registered",
                                             "registration_date": "2026-01-05"}, [])
    dialog = _edit_dialog(qtbot, pg_db, aid, typist, "断线前输入的关键词")
    with pg_cluster.admin() as admin:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'kjcg-desktop' "
                      "AND datname = %s", (pg_db.url.rsplit("/", 1)[1],))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: warnings.append(text))
    dialog.save()
    assert warnings and "连接已断开" in warnings[0] and "数据未改动" in warnings[0]
    assert dialog.isVisible()
    dialog.save()  # the same form, saved again: the program has reconnected
    assert not dialog.isVisible() and len(warnings) == 1
    assert pg_db.scalar("SELECT keywords FROM achievements WHERE id = ?", (aid,)) == "断线前输入的关键词"
