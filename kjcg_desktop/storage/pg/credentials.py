"""Passwords of office-server accounts: kept in the operating system's keyring (Windows Credential
Manager, macOS Keychain, the Secret Service on Linux) through ``keyring``, never in a plain file.
Where the system has no keyring the program asks for the password each session and keeps it in
memory only."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

SERVICE = "kjcg-desktop"

# Passwords given in this session where no keyring can keep them (account -> password).
_SESSION: dict[str, str] = {}


def account(url: str) -> str:
    """The keyring's name of one account on one server: ``clerk1@tto-server:5432/kjcg``."""
    parts = urlsplit(url)
    return f"{parts.username or ''}@{parts.hostname or 'localhost'}:{parts.port or 5432}{parts.path or ''}"


def keyring_available() -> bool:
    """Whether the system has a keyring that really keeps secrets (not the fail or null backend)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:
        return False
    name = type(backend).__module__ + "." + type(backend).__name__
    return not isinstance(backend, fail.Keyring) and "null" not in name.lower() and getattr(backend, "priority", 1) > 0


def save_password(url: str, password: str) -> bool:
    """Remember the password: in the keyring when there is one (True), else for this session only (False)."""
    key = account(url)
    _SESSION[key] = password
    if not keyring_available():
        return False
    import keyring

    try:
        keyring.set_password(SERVICE, key, password)
    except Exception:
        return False
    return True


def stored_password(url: str) -> str | None:
    key = account(url)
    if key in _SESSION:
        return _SESSION[key]
    if not keyring_available():
        return None
    import keyring

    with suppress(Exception):
        return keyring.get_password(SERVICE, key)
    return None


def forget_password(url: str) -> None:
    key = account(url)
    _SESSION.pop(key, None)
    if keyring_available():
        import keyring

        with suppress(Exception):
            keyring.delete_password(SERVICE, key)


def url_with_password(url: str) -> str:
    """``url`` with the remembered password of its account filled in, when it has none of its own."""
    parts = urlsplit(url)
    if parts.password or not parts.username:
        return url
    password = stored_password(url)
    if not password:
        return url
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{quote(parts.username, safe='')}:{quote(password, safe='')}@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def server_url(host: str, port: int, database: str, user: str) -> str:
    """The connection URL (without a password) of the 连接办公室服务器 dialog's fields."""
    host_part = f"[{host}]" if ":" in host else host
    return f"postgresql://{quote(user, safe='')}@{host_part}:{int(port)}/{quote(database, safe='')}"


def remember_for_session(url: str, password: str) -> None:
    """Keep the password in memory for this session (the dialog's password before it is saved)."""
    _SESSION[account(url)] = password


# -- which server the program opens at start ----------------------------------------------------

def _server_file() -> Path:
    from ...paths import data_dir

    return data_dir() / "server.json"


def remember_server(url: str) -> None:
    """Open the server at ``url`` (its password is never part of it) at the next start."""
    import json

    parts = urlsplit(url)
    if parts.password:
        url = url.replace(f":{parts.password}@", "@", 1)
    _server_file().write_text(json.dumps({"url": url}, ensure_ascii=False), encoding="utf-8")


def remembered_server() -> str | None:
    import json

    try:
        url = json.loads(_server_file().read_text(encoding="utf-8")).get("url")
    except (OSError, ValueError, AttributeError):
        return None
    return url if isinstance(url, str) and url.startswith(("postgresql://", "postgres://")) else None


def forget_server() -> None:
    """Open the computer's own database file at the next start again."""
    with suppress(OSError):
        _server_file().unlink()
