"""Attachments: files stored by SHA-256 under ``attachments/`` next to the database.

The stored path is derived from the hash only (``ab/abcdef….bin``), never from the user's file
name, so a name cannot escape the attachments folder; the original name is kept for display.
"""

from __future__ import annotations

import hashlib
import shutil
from datetime import datetime
from pathlib import Path, PurePath
from typing import Any

from ..paths import attachments_dir_for
from .db import Database
from .events import log_event

MAX_ATTACHMENT_BYTES = 512 * 1024 * 1024


def _safe_display_name(name: str) -> str:
    base = PurePath(name.replace("\\", "/")).name.strip() or "附件"
    return "".join(ch for ch in base if ch >= " " and ch not in '<>:"|?*')[:200] or "附件"


def attachment_path(db: Database, stored_path: str) -> Path:
    folder = attachments_dir_for(db.path).resolve()
    path = (folder / stored_path).resolve()
    if folder not in path.parents:
        raise ValueError("附件路径越界")
    return path


def add_attachment(db: Database, owner_type: str, owner_id: int, source: Path, *, kind: str | None = None,
                   filename: str | None = None) -> int:
    """Copy ``source`` into the store (deduplicated by SHA-256) and record it; one transaction."""
    source = Path(source)
    size = source.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise ValueError(f"附件过大（{size // 1024 // 1024} MB），上限为 {MAX_ATTACHMENT_BYTES // 1024 // 1024} MB")
    digest = hashlib.sha256()
    with open(source, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    sha = digest.hexdigest()
    stored = f"{sha[:2]}/{sha}.bin"
    target = attachment_path(db, stored)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".part")
        shutil.copyfile(source, tmp)
        tmp.replace(target)
    name = _safe_display_name(filename or source.name)
    with db.transaction():
        att_id = db.insert("attachments", {"owner_type": owner_type, "owner_id": owner_id, "kind": kind, "filename": name,
                                           "sha256": sha, "stored_path": stored, "size": size,
                                           "added_at": datetime.now().isoformat(timespec="seconds")})
        log_event(db, owner_type, owner_id, "attachment", new={"filename": name, "sha256": sha, "kind": kind})
    return att_id


def attachments_of(db: Database, owner_type: str, owner_id: int) -> list[dict[str, Any]]:
    rows = db.query("SELECT * FROM attachments WHERE owner_type = ? AND owner_id = ? ORDER BY id", (owner_type, owner_id))
    return [dict(r) for r in rows]
