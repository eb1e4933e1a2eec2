"""Attachments: files stored by SHA-256 under ``attachments/`` next to the database.

The stored path is derived from the hash only (``ab/abcdef….bin``), never from the user's file
name, so a name cannot escape the attachments folder; the original name is kept for display.
"""

from __future__ import annotations

import hashlib
import shutil
import unicodedata
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from ..paths import attachments_dir_for
from .db import Database
from .events import log_event

MAX_ATTACHMENT_BYTES = 512 * 1024 * 1024


_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
                     *(f"{dev}{n}" for dev in ("COM", "LPT") for n in [*"0123456789", "¹", "²", "³"])}
_MAX_NAME_BYTES = 240  # below the 255-byte limit of NTFS/ext4 names, in UTF-8


def safe_file_name(name: str, fallback: str = "附件") -> str:
    """A file name that is one harmless path component on Windows and elsewhere, for display and
    for saving a copy: directories (``/`` and ``\\``), drive letters, control and invisible
    formatting characters (NUL, bidi overrides that disguise ``.exe``), Windows-forbidden
    characters and trailing dots/spaces are removed; device names (CON, NUL, COM1…) get a ``_``
    prefix; ``.``/``..`` and empty names become ``fallback``; the length is capped, keeping the
    extension."""
    text = unicodedata.normalize("NFC", str(name)).replace("\\", "/")
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn"))
    base = PurePosixPath(text).name if "/" in text else text
    base = "".join(ch for ch in base if ch not in '<>:"/|?*').strip().rstrip(". ")
    if not base or set(base) <= {"."}:
        return fallback
    stem = base.split(".", 1)[0].strip().upper()
    if stem in _WINDOWS_RESERVED:
        base = "_" + base
    if len(base.encode("utf-8")) > _MAX_NAME_BYTES:
        stem_part, dot, ext = base.rpartition(".")
        ext = dot + ext if dot and len(ext.encode("utf-8")) <= 16 else ""
        stem_part = stem_part if ext else base
        budget = _MAX_NAME_BYTES - len(ext.encode("utf-8"))
        stem_part = stem_part.encode("utf-8")[:budget].decode("utf-8", errors="ignore").rstrip(". ")
        base = (stem_part or fallback) + ext
    return base


def _safe_display_name(name: str) -> str:
    return safe_file_name(name)


def keeps_attachments(db: Database) -> bool:
    """Whether ``db`` can hold attachments: a database file (a folder beside it) or the office server
    (the content in the database); a database in memory has nowhere to put them."""
    return db.path is not None or getattr(db, "dialect", "sqlite") == "postgresql"


def attachment_path(db: Database, stored_path: str) -> Path:
    """The file of a stored attachment; ``ValueError`` if the recorded path (which could have been
    edited outside the app) would lead outside the attachments folder — ``..``, absolute or drive
    paths, NUL, or a symbolic link pointing elsewhere."""
    server = getattr(db, "dialect", "sqlite") == "postgresql"
    if server:  # the content is on the office server; a local copy is opened
        from .pg.blobs import cache_folder

        folder = cache_folder(db).resolve()
    elif db.path is None:
        raise ValueError("内存中的数据库不保存附件文件")
    else:
        folder = attachments_dir_for(db.path).resolve()
    if "\x00" in stored_path:
        raise ValueError("附件路径越界")
    path = (folder / stored_path).resolve()
    if folder not in path.parents:
        raise ValueError("附件路径越界")
    if server:
        from .pg.blobs import local_copy

        return local_copy(db, path, PurePosixPath(stored_path).stem)
    return path


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in 1 MB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def add_attachment(db: Database, owner_type: str, owner_id: int, source: Path, *, kind: str | None = None,
                   filename: str | None = None) -> int:
    """Copy ``source`` into the store (deduplicated by SHA-256) and record it; one transaction."""
    source = Path(source)
    size = source.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise ValueError(f"附件过大（{size // 1024 // 1024} MB），上限为 {MAX_ATTACHMENT_BYTES // 1024 // 1024} MB")
    sha = file_sha256(source)
    stored = f"{sha[:2]}/{sha}.bin"
    server = getattr(db, "dialect", "sqlite") == "postgresql"
    target = attachment_path(db, stored) if not server else source
    if not server and not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".part")
        try:
            shutil.copyfile(source, tmp)
            tmp.replace(target)
        except BaseException:  # a full disk: no half-copied file stays in the store
            tmp.unlink(missing_ok=True)
            raise
    name = _safe_display_name(filename or source.name)
    with db.transaction():
        if server:
            from .pg.blobs import store_blob

            store_blob(db, sha, source)
        att_id = db.insert("attachments", {"owner_type": owner_type, "owner_id": owner_id, "kind": kind, "filename": name,
                                           "sha256": sha, "stored_path": stored, "size": size,
                                           "added_at": datetime.now().isoformat(timespec="seconds")})
        log_event(db, owner_type, owner_id, "attachment", new={"filename": name, "sha256": sha, "kind": kind})
    return att_id


def attachments_of(db: Database, owner_type: str, owner_id: int) -> list[dict[str, Any]]:
    rows = db.query("SELECT * FROM attachments WHERE owner_type = ? AND owner_id = ? ORDER BY id", (owner_type, owner_id))
    return [dict(r) for r in rows]
