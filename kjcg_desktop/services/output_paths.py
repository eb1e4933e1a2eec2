"""Where the application may write a file the user named: never over the open database (or its
``-wal``/``-shm``/``.lock`` files), a backup, an attachment, another SQLite database, or the file
being read; and a regular file is written through a temporary file renamed into place, so a
failure (a full disk, a crash) leaves the old file or nothing — never half a workbook.

Every command and save dialog that writes a user-named file checks the path here first."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from ..paths import attachments_dir_for, backup_dir_for
from ..storage.db import StorageError

SQLITE_MAGIC = b"SQLite format 3\x00"


class OutputPathError(StorageError):
    """The chosen output file must not be written (it is the database, a backup, the input…)."""


def _norm(path: Path) -> str:
    resolved = Path(os.path.realpath(os.path.abspath(path)))
    text = os.path.normcase(str(resolved))
    return text.casefold() if sys.platform in ("win32", "darwin") else text


def same_file(a: Path, b: Path) -> bool:
    if _norm(a) == _norm(b):
        return True
    try:
        return os.path.samefile(a, b)  # hard links; case-insensitive volumes on Linux
    except OSError:
        return False


def _inside(path: Path, folder: Path) -> bool:
    p, f = _norm(path), _norm(folder)
    return p == f or p.startswith(f.rstrip(os.sep) + os.sep)


def _is_sqlite_file(path: Path) -> bool:
    try:
        if not path.is_file():
            return False
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def check_output_path(out: Path | str, *, db_path: Path | str | None = None, inputs: Iterable[Path | str] = (),
                      database_copy: bool = False, existing_folder: bool = False) -> Path:
    """Return ``out`` if the application may write it; else raise :class:`OutputPathError` with a
    Chinese message saying why. ``database_copy``: ``out`` is to receive a copy of the database
    (``backup --to``), so it may be a database file or lie in the backup folder.
    ``existing_folder``: the folder of ``out`` must exist (nobody creates it before the write)."""
    out = Path(out)
    if db_path is not None:
        db_path = Path(db_path)
        protected = [db_path] + [Path(str(db_path) + s) for s in ("-wal", "-shm", "-journal", ".lock")]
        for p in protected:
            if same_file(out, p):
                raise OutputPathError(f"不能写入 {out}：它是正在使用的数据库文件（{p.name}），写入会毁掉台账数据。请另选文件名。")
        if not database_copy and _inside(out, backup_dir_for(db_path)):
            raise OutputPathError(f"不能写入 {out}：它位于数据库的备份文件夹中，写入可能覆盖备份。请另选位置。")
        if _inside(out, attachments_dir_for(db_path)):
            raise OutputPathError(f"不能写入 {out}：它位于附件文件夹中，写入会破坏已登记的附件。请另选位置。")
    for src in inputs:
        if src is not None and same_file(out, Path(src)):
            raise OutputPathError(f"不能写入 {out}：它就是正在读取的文件，写入会覆盖您的原文件。请另选文件名。")
    if not database_copy and _is_sqlite_file(out):
        raise OutputPathError(f"不能写入 {out}：它是一个数据库文件，写入会毁掉其中的数据。请另选文件名。")
    if out.exists() and out.is_dir():
        raise OutputPathError(f"无法写入 {out}：这是一个文件夹，请给出文件名。")
    parent = out.absolute().parent
    if existing_folder and not parent.is_dir():
        raise OutputPathError(f"无法写入 {out}：文件夹 {parent} 不存在（或不是文件夹）。请先建立该文件夹，或另选位置。")
    return out


def check_output_folder(folder: Path | str, *, db_path: Path | str | None = None) -> Path:
    """A folder that files will be written into: not the backup or attachments folder."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        if db_path is not None and same_file(folder, Path(db_path)):
            raise OutputPathError(f"不能写入 {folder}：它是正在使用的数据库文件，不是文件夹。请另选输出文件夹。")
        raise OutputPathError(f"无法写入 {folder}：这是一个文件，不是文件夹。请另选输出文件夹。")
    if db_path is not None:
        for name, protected in (("备份", backup_dir_for(Path(db_path))), ("附件", attachments_dir_for(Path(db_path)))):
            if _inside(folder, protected):
                raise OutputPathError(f"不能写入文件夹 {folder}：它是数据库的{name}文件夹。请另选位置。")
    return folder


@contextmanager
def safe_output(out: Path | str, *, db_path: Path | str | None = None, inputs: Iterable[Path | str] = ()) -> Iterator[Path]:
    """Check ``out`` and yield the path to write: a file in a private temporary folder, copied
    next to ``out`` and renamed over it when the block succeeds; nothing is left when it fails (a
    full disk then fails on a plain file copy, not inside the writer of a workbook or PDF). A
    target that exists and is not a regular file (a device such as ``/dev/null``, a pipe) is
    written directly."""
    out = check_output_path(out, db_path=db_path, inputs=inputs, existing_folder=True)
    if out.exists() and not out.is_file():
        yield out
        return
    with tempfile.TemporaryDirectory(prefix="kjcg-out-") as folder:
        written = Path(folder) / f"output{out.suffix}"
        yield written
        if written.exists():
            put_in_place(written, out)


def put_in_place(written: Path, out: Path) -> Path:
    """Copy ``written`` next to ``out`` and rename it over ``out``: ``out`` is the old file or the
    whole new one, never a part; a failed copy leaves no partial file."""
    part = out.with_name(f".{out.stem}.{os.getpid()}.part{out.suffix}")
    try:
        shutil.copyfile(written, part)
        os.replace(part, out)
    finally:
        with suppress(OSError):
            part.unlink(missing_ok=True)
    return out
