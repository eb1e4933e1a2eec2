"""The annual report's e-mail draft (.eml), SMTP sending and the ``report`` command."""

from __future__ import annotations

import email
import smtplib
from email import policy
from email.header import decode_header, make_header
from pathlib import Path

import pytest
from report_fixture import TODAY, build_report_fixture

from kjcg_desktop import cli
from kjcg_desktop.services.report import email_draft as mail
from kjcg_desktop.services.report import generate_report, recipients
from kjcg_desktop.storage import Settings, open_database

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def report_files(db, tmp_path):
    build_report_fixture(db)
    return generate_report(db, 2025, tmp_path / "out", email=True, today=TODAY)


def test_eml_draft_is_unsent_with_both_attachments(report_files):
    eml = report_files.eml
    assert eml.name == "2025年度科技成果转化年度报告（邮件草稿）.eml"
    raw = eml.read_bytes()
    assert b"\r\n" in raw and b"\r\r" not in raw and raw.count(b"\n") == raw.count(b"\r\n")
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert msg["X-Unsent"] == "1"
    for header in ("Date", "Message-ID", "From"):
        assert header not in msg
    assert msg["Subject"] == "上海示范研究院2025年度科技成果转化年度报告"
    assert [a.addr_spec for a in msg["To"].addresses] == ["cw@example.edu.cn", "gz@example.edu.cn"]
    assert msg["To"].addresses[0].display_name == "财务处"
    body = msg.get_body(("plain",)).get_content()
    assert "签订转化合同 2 项" in body and "1,800,000.00 元" in body
    parts = list(msg.iter_attachments())
    assert [p.get_content_type() for p in parts] == [XLSX, "application/pdf"]
    assert [p.get_filename() for p in parts] == ["2025年度科技成果转化年度报告.xlsx", "2025年度科技成果转化年度报告.pdf"]
    assert parts[0].get_content() == report_files.xlsx.read_bytes()
    assert parts[1].get_content() == report_files.pdf.read_bytes()
    text = raw.decode("ascii")  # every header and body line is 7-bit
    # RFC 2231 on Content-Disposition (standard clients) …
    assert text.count("filename*=utf-8''2025%E5%B9%B4%E5%BA%A6") == 2
    # … and an RFC 2047 encoded name= on Content-Type (Outlook, QQ Mail)
    compat = email.message_from_bytes(raw, policy=policy.compat32)
    names = [p.get_param("name") for p in compat.walk() if p.get_content_maintype() == "application"]
    assert all(n.startswith("=?utf-8?b?") and n.endswith("?=") for n in names)
    assert [str(make_header(decode_header(n))) for n in names] == [report_files.xlsx.name, report_files.pdf.name]


def test_recipients_from_settings_accept_a_string(db):
    Settings(db).set("mail_recipients", "a@x.cn；b@y.cn, c@z.cn")
    assert recipients(db) == ["a@x.cn", "b@y.cn", "c@z.cn"]


def test_smtp_sends_a_dated_copy_from_the_account(report_files):
    sent = {}

    class FakeSMTP:
        def __init__(self, host, port, timeout):
            sent["server"] = (host, port)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def login(self, user, password):
            sent["login"] = (user, password)

        def sendmail(self, sender, to, data):
            sent.update(sender=sender, to=to, data=data)

    draft = mail.build_draft([report_files.xlsx], ["财务处 <cw@example.edu.cn>"], "主题", "正文")
    smtp = mail.SmtpSettings("smtp.qq.com", 465, "tto@qq.com", True)
    assert mail.send_smtp(draft, smtp, "授权码", smtp_class=FakeSMTP) == ["cw@example.edu.cn"]
    assert sent["server"] == ("smtp.qq.com", 465) and sent["login"] == ("tto@qq.com", "授权码")
    msg = email.message_from_bytes(sent["data"], policy=policy.default)
    assert msg["From"] == "tto@qq.com" and msg["Date"] and msg["Message-ID"] and "X-Unsent" not in msg
    assert "X-Unsent" in draft  # the draft itself is unchanged

    class Refused(FakeSMTP):
        def login(self, user, password):
            raise smtplib.SMTPAuthenticationError(535, b"auth failed")

    with pytest.raises(mail.MailError, match="授权码"):
        mail.send_smtp(draft, smtp, "wrong", smtp_class=Refused)
    with pytest.raises(mail.MailError, match="没有收件人"):
        mail.send_smtp(mail.build_draft([], [], "主题", "正文"), smtp, "x", smtp_class=FakeSMTP)


def test_smtp_settings_never_hold_the_password(db):
    Settings(db).set_many({"smtp_host": "smtp.163.com", "smtp_user": "a@163.com"})
    smtp = mail.SmtpSettings.from_settings(Settings(db).all())
    assert smtp == mail.SmtpSettings("smtp.163.com", 465, "a@163.com", True)
    assert not any("password" in k for k in Settings(db).all())
    assert mail.SmtpSettings.from_settings({}) is None


def test_mapi_is_only_tried_on_windows(tmp_path):
    import sys

    if sys.platform != "win32":
        assert mail.send_via_mapi([tmp_path / "a.pdf"], ["a@x.cn"], "主题", "正文") is False


def test_report_command_writes_the_files(db_path, tmp_path, capsys):
    db = open_database(db_path)
    build_report_fixture(db)
    db.close()
    out = tmp_path / "年报"
    assert cli.main(["--db", str(db_path), "report", "--year", "2025", "--out", str(out), "--email"]) == 0
    printed = capsys.readouterr().out
    assert "已生成 Excel" in printed and "已生成邮件草稿" in printed
    assert sorted(p.suffix for p in out.iterdir()) == [".eml", ".pdf", ".xlsx"]
    assert cli.main(["--db", str(db_path), "report", "--year", "12", "--out", str(out)]) == 2
    assert "报告年度" in capsys.readouterr().err


def test_report_command_names_an_unwritable_folder(db_path, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert cli.main(["--db", str(db_path), "report", "--year", "2025", "--out", str(blocker / "sub")]) == 1
    assert "无法写入输出文件夹" in capsys.readouterr().err


def test_attachment_with_ascii_name_keeps_plain_parameters(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4")
    part = mail.attachment_part(Path(path))
    assert part["Content-Type"] == 'application/pdf; name="report.pdf"'
    assert part.get_filename() == "report.pdf"
