"""Backing up the office server's database with PostgreSQL's own ``pg_dump`` (custom format, read
back by ``pg_restore``): what ``kjcg-desktop backup`` and 备份 do when the ledger is on a server.
The server's own backups remain the administrator's job (README: 办公室共享)."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ... import clock
from ..db import Database
from ..errors import StorageError

INSTALL_HINT = ("未找到 PostgreSQL 的 pg_dump 工具，无法备份服务器上的数据库。请安装 PostgreSQL 客户端工具"
                "（Debian/Ubuntu：apt-get install postgresql-client；Windows：PostgreSQL 安装程序中的 Command Line Tools），"
                "或请服务器管理员用 pg_dump 备份。")


def find_tool(name: str) -> str | None:
    """``pg_dump`` / ``pg_restore`` on PATH or in the usual install folders (newest version first)."""
    found = shutil.which(name)
    if found:
        return found
    patterns = [f"/usr/lib/postgresql/*/bin/{name}", f"C:/Program Files/PostgreSQL/*/bin/{name}.exe",
                f"/Applications/Postgres.app/Contents/Versions/*/bin/{name}"]
    for pattern in patterns:
        hits = sorted(glob.glob(pattern), key=lambda p: [int(x) if x.isdigit() else 0 for x in Path(p).parts])
        if hits:
            return hits[-1]
    return None


def dump_server(db: Database, target: Path | None = None) -> Path:
    """Write a ``pg_dump`` copy (custom format) of the server database ``db`` to ``target`` (default:
    the data folder's ``backups/``) and check that ``pg_restore`` reads it; the file's path."""
    pg_dump = find_tool("pg_dump")
    if pg_dump is None:
        raise StorageError(INSTALL_HINT)
    url = getattr(db, "url", "")
    parts = urlsplit(url)
    if target is None:
        from ...paths import data_dir

        name = unquote(parts.path.lstrip("/")) or "kjcg"
        target = data_dir() / "backups" / f"server-{name}-{clock.now().strftime('%Y%m%d-%H%M%S')}.dump"
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    if parts.password:  # given to pg_dump through its environment, never on its command line
        env["PGPASSWORD"] = unquote(parts.password)
        url = url.replace(f":{parts.password}@", "@", 1)
    tmp = target.with_name(target.name + ".part")
    result = subprocess.run([pg_dump, "--format=custom", "--no-owner", f"--file={tmp}", f"--dbname={url}"],
                            capture_output=True, text=True, env=env, timeout=3600)
    if result.returncode:
        tmp.unlink(missing_ok=True)
        raise StorageError(f"pg_dump 备份失败：{result.stderr.strip()[-500:]}")
    pg_restore = find_tool("pg_restore")
    if pg_restore is not None:
        check = subprocess.run([pg_restore, "--list", str(tmp)], capture_output=True, text=True, timeout=600)
        if check.returncode or "TABLE DATA" not in check.stdout or " events " not in check.stdout:
            tmp.unlink(missing_ok=True)
            raise StorageError(f"pg_dump 写出的备份无法被 pg_restore 读取，已删除：{check.stderr.strip()[-300:]}")
    tmp.replace(target)
    return target
