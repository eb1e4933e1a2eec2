"""Hostile attachment names: whatever name a file arrives with, it stays a single harmless file
name for display/saving, and nothing can make the store read or write outside its folder."""

from __future__ import annotations

import os
import sqlite3
import unicodedata
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kjcg_desktop.services.integrity import check_database
from kjcg_desktop.storage.attachments import (
    _WINDOWS_RESERVED,
    add_attachment,
    attachment_path,
    attachments_of,
    safe_file_name,
)


@pytest.mark.parametrize(("given_name", "expected"), [
    (r"..\..\Windows\System32\drivers\etc\hosts", "hosts"),
    (r"C:\Users\张伟\Desktop\任务书.pdf", "任务书.pdf"),
    ("C:任务书.pdf", "C任务书.pdf"),
    (r"\\fileserver\share\合同.docx", "合同.docx"),
    (r"\\?\C:\evil\x.txt", "x.txt"),
    ("/etc/passwd", "passwd"),
    ("../../../../tmp/x", "x"),
    ("..", "附件"),
    (".", "附件"),
    ("../", "附件"),
    ("a/..", "附件"),
    ("", "附件"),
    ("   ", "附件"),
    ("报告\x00.exe.pdf", "报告.exe.pdf"),
    ("a\x00/../../b", "b"),
    ("发票\u202efdp.exe", "发票fdp.exe"),  # right-to-left override would show "发票exe.pdf"
    ("zero\u200bwidth.txt", "zerowidth.txt"),
    ("line\nbreak\r\t.txt", "linebreak.txt"),
    ("CON", "_CON"),
    ("con.txt", "_con.txt"),
    ("NUL.pdf", "_NUL.pdf"),
    ("Com1.docx", "_Com1.docx"),
    ("LPT9", "_LPT9"),
    ("aux .tar.gz", "_aux .tar.gz"),
    ("CONSOLE.txt", "CONSOLE.txt"),
    ("evil.txt. . .", "evil.txt"),
    ('a<b>c:d"e|f?g*h.txt', "abcdefgh.txt"),
    ("申请书（2025年）.pdf", "申请书（2025年）.pdf"),
])
def test_hostile_names_become_one_plain_name(db, tmp_path, given_name, expected):
    assert safe_file_name(given_name) == expected
    src = tmp_path / "in.bin"
    src.write_bytes(b"content")
    add_attachment(db, "achievement", 1, src, filename=given_name)
    row = attachments_of(db, "achievement", 1)[-1]
    assert row["filename"] == (expected if given_name else "in.bin")  # no name given: the file's own
    stored = attachment_path(db, row["stored_path"])
    folder = (db.path.parent / "attachments").resolve()
    assert folder in stored.parents and stored.read_bytes() == b"content"
    assert row["stored_path"] == f"{row['sha256'][:2]}/{row['sha256']}.bin"


def test_long_names_are_capped_keeping_the_extension():
    name = safe_file_name("很长的名字" * 100 + ".pdf")
    assert name.endswith(".pdf") and len(name.encode("utf-8")) <= 240
    assert safe_file_name("x" * 1000).startswith("x") and len(safe_file_name("x" * 1000)) <= 240


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300) | st.from_regex(r"[./\\:A-Za-z0-9\x00 ]{0,30}", fullmatch=True))
def test_any_name_is_a_single_safe_component(name):
    out = safe_file_name(name)
    assert out
    assert out == PurePosixPath(out).name == PureWindowsPath(out).name
    assert out not in (".", "..") and not out.endswith((".", " "))
    assert not any(ch in out for ch in '<>:"/\\|?*')
    assert all(unicodedata.category(ch) not in ("Cc", "Cf", "Cs") for ch in out)
    assert out.split(".", 1)[0].strip().upper() not in _WINDOWS_RESERVED
    assert len(out.encode("utf-8")) <= 240
    assert safe_file_name(out) == out  # idempotent


@pytest.mark.parametrize("stored", [
    "../../outside.bin", "../attachments-evil/x.bin", "/etc/passwd", "ab/../../x.bin", "ab/x\x00.bin", "", ".",
])
def test_recorded_paths_cannot_leave_the_folder(db, stored):
    with pytest.raises(ValueError):
        attachment_path(db, stored)


@pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")
def test_symlink_planted_in_the_store_is_refused_and_reported(db, tmp_path):
    src = tmp_path / "a.txt"
    src.write_bytes(b"ok")
    add_attachment(db, "achievement", 1, src)
    row = attachments_of(db, "achievement", 1)[0]
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"ok")
    stored = attachment_path(db, row["stored_path"])
    stored.unlink()
    stored.symlink_to(secret)
    with pytest.raises(ValueError):
        attachment_path(db, row["stored_path"])
    conn = sqlite3.connect(db.path)
    conn.execute("UPDATE attachments SET stored_path = '../../secret.txt'")
    conn.commit()
    conn.close()
    problems = check_database(db).problems
    assert any("越出附件文件夹" in p for p in problems)
    assert Path(secret).read_bytes() == b"ok"
