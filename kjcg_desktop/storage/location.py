"""Where the database file lives: is it on a network share?

SQLite's locking relies on the file system; on SMB/NFS shares byte-range locks and write ordering
are not dependable, so two machines can corrupt the file, and WAL mode (which needs shared memory)
does not work at all. The app warns about such locations and uses the rollback journal there.

Detected as network locations: UNC paths (``\\\\server\\share\\…``, ``//server/share/…``), Windows
drive letters whose ``GetDriveTypeW`` is ``DRIVE_REMOTE`` (mapped network drives), and on Linux/macOS
mount points whose file-system type is a network one (nfs, cifs/smb, sshfs, …).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

DRIVE_REMOTE = 4  # GetDriveTypeW result for a network drive
NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "fuse.sshfs", "sshfs",
    "davfs", "fuse.davfs2", "webdav", "fuse.rclone", "glusterfs", "ceph", "lustre", "afpfs",
})


def _windows_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def _mounts() -> list[tuple[str, str]]:
    """(mount point, file-system type) from /proc/mounts; empty where there is none."""
    try:
        text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    result = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            result.append((parts[1].replace("\\040", " "), parts[2]))
    return result


def is_unc(path: str | os.PathLike[str]) -> bool:
    text = os.fspath(path)
    return text.startswith("\\\\") or text.startswith("//")


def is_network_path(path: str | os.PathLike[str], *, platform: str | None = None,
                    drive_type: Callable[[str], int] | None = None,
                    mounts: list[tuple[str, str]] | Callable[[], list[tuple[str, str]]] | None = None) -> bool:
    """True if ``path`` is on a network share. ``platform``, ``drive_type`` and ``mounts`` are
    seams for the tests (the real ones are ``sys.platform``, ``GetDriveTypeW`` and /proc/mounts)."""
    platform = platform or sys.platform
    text = os.fspath(path)
    if is_unc(text):
        return True
    if platform.startswith("win"):
        win = PureWindowsPath(text)
        drive = win.drive
        if drive.startswith("\\\\"):
            return True
        if len(drive) == 2 and drive[1] == ":":
            try:
                kind = (drive_type or _windows_drive_type)(drive + "\\")
            except (OSError, AttributeError):
                return False
            return kind == DRIVE_REMOTE
        return False
    table = mounts() if callable(mounts) else (mounts if mounts is not None else _mounts())
    if not table:
        return False
    try:
        absolute = str(Path(text).resolve())
    except OSError:
        absolute = os.path.abspath(text)
    best, best_type = "", ""
    for point, fstype in table:
        inside = absolute == point or absolute.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, best_type = point, fstype
    return best_type.lower() in NETWORK_FS_TYPES


NETWORK_WARNING = (
    "数据库文件位于网络驱动器或共享文件夹（{path}）。SQLite 在网络驱动器上的文件锁不可靠，多人或多台电脑"
    "同时使用可能损坏数据。建议把数据库放在本机磁盘上，需要共享时用“备份”把副本复制到共享文件夹。"
)
