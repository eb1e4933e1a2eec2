"""Where things live: the data, log and backup folders (platformdirs), and bundled resources.

``KJCG_DATA_DIR`` overrides the data folder (tests and portable installs use it).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

from . import APP_NAME

DB_FILENAME = "kjcg.sqlite3"
_dirs = PlatformDirs(APP_NAME, appauthor=False)


def data_dir() -> Path:
    override = os.environ.get("KJCG_DATA_DIR")
    path = Path(override) if override else Path(_dirs.user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def location_file() -> Path:
    """Where the database lives when the user moved it (settings → 数据文件夹): ``location.json``
    in the data folder, ``{"db_path": "..."}``."""
    return data_dir() / "location.json"


def default_db_path() -> Path:
    try:
        moved = json.loads(location_file().read_text(encoding="utf-8")).get("db_path")
    except (OSError, ValueError, AttributeError):
        moved = None
    return Path(moved) if moved else data_dir() / DB_FILENAME


def moved_database_missing(db_path: Path) -> bool:
    """True when ``db_path`` is where the data folder was moved to but the file is not there (an
    unplugged drive, a disconnected network share): opening it would silently start an empty ledger."""
    return Path(db_path) == default_db_path() and location_file().exists() and not Path(db_path).exists()


def log_dir() -> Path:
    override = os.environ.get("KJCG_DATA_DIR")
    path = Path(override) / "logs" if override else Path(_dirs.user_log_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit next to the database in ``backups/``."""
    return Path(db_path).resolve().parent / "backups"


def attachments_dir_for(db_path: Path) -> Path:
    """Attachments are stored by SHA-256 next to the database in ``attachments/``."""
    return Path(db_path).resolve().parent / "attachments"


def project_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return project_root() / "resources"


def forms_dir() -> Path:
    return project_root() / "forms"
