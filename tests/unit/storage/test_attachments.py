import hashlib

import pytest

from kjcg_desktop.services.integrity import check_database
from kjcg_desktop.storage.attachments import add_attachment, attachment_path, attachments_of


@pytest.mark.sqlite_only
def test_attachment_stored_by_hash_and_checked(db, tmp_path):
    src = tmp_path / "任务书.pdf"
    src.write_bytes(b"%PDF-1.4 task book")
    att = add_attachment(db, "achievement", 1, src, kind="task_book")
    row = attachments_of(db, "achievement", 1)[0]
    assert row["id"] == att and row["filename"] == "任务书.pdf"
    assert row["sha256"] == hashlib.sha256(b"%PDF-1.4 task book").hexdigest()
    path = attachment_path(db, row["stored_path"])
    assert path.read_bytes() == b"%PDF-1.4 task book"
    assert check_database(db).ok
    path.write_bytes(b"tampered")
    problems = check_database(db).problems
    assert any("SHA-256 不符" in p for p in problems)


def test_hostile_file_name_cannot_escape(db, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("x")
    add_attachment(db, "achievement", 1, src, filename="../../etc/passwd")
    row = attachments_of(db, "achievement", 1)[0]
    assert row["filename"] == "passwd" and ".." not in row["stored_path"]
    with pytest.raises(ValueError):
        attachment_path(db, "../../outside.bin")
