"""Attachments' content on the office server: ``attachment_blobs`` (bytea, one row per SHA-256),
written in the transaction that records the attachment; opened from a local copy in the user's
cache folder, checked against its hash each time."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..db import Database
from ..errors import StorageError


def cache_folder(db: Database) -> Path:
    from platformdirs import user_cache_dir

    url = getattr(db, "location", "server")
    return Path(user_cache_dir("kjcg-desktop", appauthor=False)) / "server-attachments" / \
        hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def store_blob(db: Database, sha: str, source: Path) -> None:
    """Keep the content of ``source`` (whose SHA-256 is ``sha``) on the server, once."""
    if db.scalar("SELECT 1 FROM attachment_blobs WHERE sha256 = ?", (sha,)):
        return
    content = Path(source).read_bytes()
    if hashlib.sha256(content).hexdigest() != sha:
        raise StorageError(f"附件 {source} 在读取时被改动，未保存，请重试")
    db.execute("INSERT INTO attachment_blobs (sha256, size, content) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
               (sha, len(content), content))


def blob_content(db: Database, sha: str) -> bytes | None:
    data = db.scalar("SELECT content FROM attachment_blobs WHERE sha256 = ?", (sha,))
    return None if data is None else bytes(data)


def local_copy(db: Database, target: Path, sha: str) -> Path:
    """``target`` (inside :func:`cache_folder`) holding the server's content of ``sha``."""
    if target.exists() and hashlib.sha256(target.read_bytes()).hexdigest() == sha:
        return target
    content = blob_content(db, sha)
    if content is None:
        return target  # the caller reports a missing file, as for a file missing from the folder
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".part")
    tmp.write_bytes(content)
    tmp.replace(target)
    return target


def blob_problems(db: Database) -> list[tuple[int, str, str]]:
    """(attachment id, file name, what is wrong) for each attachment whose content on the server is
    missing or no longer matches its recorded SHA-256."""
    rows = db.query(
        "SELECT t.id, t.filename, CASE WHEN b.sha256 IS NULL THEN 'missing' ELSE 'changed' END AS problem "
        "FROM attachments t LEFT JOIN attachment_blobs b ON b.sha256 = t.sha256 "
        "WHERE b.sha256 IS NULL OR encode(sha256(b.content), 'hex') <> b.sha256 ORDER BY t.id")
    return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]
