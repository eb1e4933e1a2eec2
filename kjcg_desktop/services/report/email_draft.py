"""E-mailing the annual report (1-2 第十二条): an unsent .eml draft with both files attached, the
Windows mail client's compose window through Simple MAPI, and optional SMTP sending.

The draft carries ``X-Unsent: 1`` and no Date, Message-ID or From, so Outlook opens it as a new
message to review and send. Attachment names in Chinese are given twice: RFC 2231
(``filename*=utf-8''…`` on Content-Disposition, read by standard clients) and an RFC 2047 encoded
``name="=?utf-8?b?…?="`` on Content-Type (Outlook and QQ Mail show RFC 2231-only names as
"Untitled attachment").
"""

from __future__ import annotations

import base64
import copy
import mimetypes
import smtplib
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from email import policy
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, formatdate, getaddresses, make_msgid
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ... import domain as d
from .indicators import AnnualReport

MIME_TYPES = {
    ".pdf": "application/pdf",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# CRLF line endings: what Outlook and other Windows clients expect in an .eml file.
EML_POLICY = policy.compat32.clone(linesep="\r\n", max_line_length=0)
KEYRING_SERVICE = "KJCG Desktop SMTP"


def subject_for(report: AnnualReport) -> str:
    return f"{report.unit_name}{report.year}年度科技成果转化年度报告"


def _yuan(fen: int | Decimal | None) -> str:
    """An amount indicator (whole fen) in yuan."""
    return d.format_yuan(None if fen is None else int(fen))


def body_for(report: AnnualReport, files: Sequence[Path]) -> str:
    """A short covering note with the headline numbers; the user edits it before sending."""
    r = report.row
    lines = [
        "各位老师：",
        "",
        f"　　现报送{report.unit_name}{report.year}年度科技成果转化年度报告（职务科技成果国有资产情况及试点执行情况，"
        "依据《职务科技成果单列管理操作指引》第十二条及试点实施方案三(四)），请审阅。",
        "",
        f"　　{report.year}年度：成果披露 {r('disclosures').current} 项，审核登记 {r('registrations').current} 项；"
        f"签订转化合同 {r('deals.count').current} 项，合同金额 {_yuan(r('deals.amount').current)} 元，"
        f"当年到账收入 {_yuan(r('deals.income').current)} 元；"
        f"年末持有成果 {r('year_end.total').current} 项。涉密成果未纳入统计。",
        "",
        "附件：",
        *[f"　　{i}. {p.name}" for i, p in enumerate(files, 1)],
        "",
        "如有疑问请与技术转移机构联系。",
        "",
    ]
    return "\r\n".join(lines)


def _encoded_word(text: str) -> str:
    """One RFC 2047 base64 encoded word (what Outlook itself writes for attachment names)."""
    return "=?utf-8?b?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def attachment_part(path: Path, filename: str | None = None) -> MIMEBase:
    """A base64 attachment whose (Chinese) name is readable by every client."""
    name = filename or path.name
    mime = MIME_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(name)[0] or "application/octet-stream"
    maintype, subtype = mime.split("/", 1)
    part = MIMEBase(maintype, subtype)
    del part["MIME-Version"]  # only the top-level message carries it
    part.set_payload(base64.encodebytes(path.read_bytes()).decode("ascii"))
    part["Content-Transfer-Encoding"] = "base64"
    if name.isascii():
        part.replace_header("Content-Type", f'{mime}; name="{name}"')
        part["Content-Disposition"] = f'attachment; filename="{name}"'
    else:
        # Folded by hand after each ";" so no line is long and no client-specific folding is needed.
        part.replace_header("Content-Type", f'{mime};\r\n name="{_encoded_word(name)}"')
        part["Content-Disposition"] = f"attachment;\r\n filename*=utf-8''{quote(name, safe='')}"
    return part


def format_recipients(recipients: Sequence[str]) -> str:
    """``["财务处 <cw@x.cn>", "gz@x.cn"]`` → a To header with display names RFC 2047 encoded."""
    pairs = getaddresses([r for r in recipients if r and r.strip()])
    return ", ".join(formataddr((name, addr), charset="utf-8") for name, addr in pairs if addr)


def build_draft(files: Sequence[Path], recipients: Sequence[str], subject: str, body: str) -> MIMEMultipart:
    """The unsent draft: To, Subject, X-Unsent: 1, a plain-text body and the attachments."""
    msg = MIMEMultipart("mixed")
    to = format_recipients(recipients)
    if to:
        msg["To"] = to
    msg["Subject"] = Header(subject, "utf-8").encode()
    msg["X-Unsent"] = "1"
    text = MIMEText(body, "plain", "utf-8")
    del text["MIME-Version"]
    msg.attach(text)
    for path in files:
        msg.attach(attachment_part(Path(path)))
    return msg


def write_eml(msg: MIMEMultipart, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(msg.as_bytes(policy=EML_POLICY))
    return path


def write_draft(report: AnnualReport, files: Sequence[Path], recipients: Sequence[str], folder: Path) -> Path:
    """Write ``<year>年度科技成果转化年度报告（邮件草稿）.eml`` into ``folder``."""
    msg = build_draft(files, recipients, subject_for(report), body_for(report, files))
    return write_eml(msg, folder / f"{report.year}年度科技成果转化年度报告（邮件草稿）.eml")


# -- Windows: the default mail client's compose window (Simple MAPI) -----------------------------------

def send_via_mapi(files: Sequence[Path], recipients: Sequence[str], subject: str, body: str) -> bool:
    """Open the default mail client's compose window with the files attached (MAPISendMailW,
    Windows 8+; classic Outlook, Thunderbird, Foxmail when set as default). Returns True when the
    client took the message (sent or saved by the user), False when MAPI is unavailable or failed —
    the caller then falls back to the .eml draft. Blocks while the compose window is open."""
    if sys.platform != "win32":
        return False
    import ctypes
    from ctypes import wintypes

    ulong, lpwstr = wintypes.ULONG, wintypes.LPWSTR

    class MapiRecipDescW(ctypes.Structure):
        _fields_ = [("ulReserved", ulong), ("ulRecipClass", ulong), ("lpszName", lpwstr), ("lpszAddress", lpwstr),
                    ("ulEIDSize", ulong), ("lpEntryID", ctypes.c_void_p)]

    class MapiFileDescW(ctypes.Structure):
        _fields_ = [("ulReserved", ulong), ("flFlags", ulong), ("nPosition", ulong), ("lpszPathName", lpwstr),
                    ("lpszFileName", lpwstr), ("lpFileType", ctypes.c_void_p)]

    class MapiMessageW(ctypes.Structure):
        _fields_ = [("ulReserved", ulong), ("lpszSubject", lpwstr), ("lpszNoteText", lpwstr),
                    ("lpszMessageType", lpwstr), ("lpszDateReceived", lpwstr), ("lpszConversationID", lpwstr),
                    ("flFlags", ulong), ("lpOriginator", ctypes.POINTER(MapiRecipDescW)), ("nRecipCount", ulong),
                    ("lpRecips", ctypes.POINTER(MapiRecipDescW)), ("nFileCount", ulong),
                    ("lpFiles", ctypes.POINTER(MapiFileDescW))]

    mapi_to, mapi_logon_ui, mapi_dialog = 1, 0x1, 0x8
    addresses = [(name, addr) for name, addr in getaddresses(list(recipients)) if addr]
    recips = (MapiRecipDescW * max(1, len(addresses)))()
    for i, (name, addr) in enumerate(addresses):
        recips[i] = MapiRecipDescW(0, mapi_to, name or addr, "SMTP:" + addr, 0, None)
    attachments = (MapiFileDescW * max(1, len(files)))()
    for i, path in enumerate(files):
        attachments[i] = MapiFileDescW(0, 0, 0xFFFFFFFF, str(Path(path).resolve()), Path(path).name, None)
    message = MapiMessageW(0, subject, body, None, None, None, 0, None, len(addresses),
                           recips if addresses else None, len(files), attachments if files else None)
    try:
        send = ctypes.WinDLL("mapi32.dll").MAPISendMailW
    except (OSError, AttributeError):
        return False
    send.argtypes = [ctypes.c_size_t, ctypes.c_size_t, ctypes.POINTER(MapiMessageW), ulong, ulong]
    send.restype = ulong
    try:
        result = send(0, 0, ctypes.byref(message), mapi_logon_ui | mapi_dialog, 0)
    except OSError:
        return False
    return result in (0, 1)  # SUCCESS_SUCCESS, MAPI_USER_ABORT (the user closed the window)


# -- SMTP -----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SmtpSettings:
    """From settings ``smtp_host``, ``smtp_port``, ``smtp_user``, ``smtp_ssl``. The password (QQ/163
    mail: the authorisation code) is never stored in the database."""

    host: str
    port: int = 465
    user: str = ""
    use_ssl: bool = True

    @classmethod
    def from_settings(cls, values: dict[str, Any]) -> SmtpSettings | None:
        host = (values.get("smtp_host") or "").strip()
        if not host:
            return None
        return cls(host, int(values.get("smtp_port") or 465), (values.get("smtp_user") or "").strip(),
                   bool(values.get("smtp_ssl", True)))


def keyring_available() -> bool:
    try:
        import keyring  # noqa: F401
    except ImportError:
        return False
    return True


def load_password(smtp: SmtpSettings) -> str | None:
    """The password kept in the system keyring (Windows Credential Manager), if keyring is installed."""
    if not keyring_available():
        return None
    import keyring

    try:
        password = keyring.get_password(KEYRING_SERVICE, f"{smtp.user}@{smtp.host}")
    except Exception:  # keyring backends raise their own errors
        return None
    return None if password is None else str(password)


def store_password(smtp: SmtpSettings, password: str) -> bool:
    """Keep the password in the system keyring; False when keyring is not installed (then it is not kept)."""
    if not keyring_available():
        return False
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, f"{smtp.user}@{smtp.host}", password)
    except Exception:
        return False
    return True


class MailError(RuntimeError):
    """Sending failed; the message is Chinese and says what to check."""


def send_smtp(draft: MIMEMultipart, smtp: SmtpSettings, password: str, *,
              smtp_class: Callable[..., smtplib.SMTP] | None = None) -> list[str]:
    """Send a copy of the draft: From = the SMTP user, Date and Message-ID added, X-Unsent removed.
    Returns the recipient addresses."""
    msg = copy.deepcopy(draft)
    del msg["X-Unsent"]
    del msg["From"]
    msg["From"] = smtp.user
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=smtp.user.rpartition("@")[2] or None)
    to = [addr for _, addr in getaddresses(msg.get_all("To", [])) if addr]
    if not to:
        raise MailError("没有收件人：请在“设置”中填写年度报告收件人（mail_recipients）")
    factory = smtp_class or (smtplib.SMTP_SSL if smtp.use_ssl else smtplib.SMTP)
    try:
        with factory(smtp.host, smtp.port, timeout=30) as server:
            if not smtp.use_ssl:
                server.starttls()
            server.login(smtp.user, password)
            server.sendmail(smtp.user, to, msg.as_bytes(policy=EML_POLICY))
    except smtplib.SMTPAuthenticationError as exc:
        raise MailError(f"SMTP 登录失败（{smtp.host}）：请检查账号和授权码（QQ/163 邮箱须使用授权码而非登录密码）") from exc
    except (smtplib.SMTPException, OSError) as exc:
        raise MailError(f"邮件发送失败（{smtp.host}:{smtp.port}）：{exc}") from exc
    return to
