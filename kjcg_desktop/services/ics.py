"""Reminders as an iCalendar file (RFC 5545), written by hand: CRLF line ends, text escaping and
lines folded at 75 octets without splitting a UTF-8 character."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ..domain.reminders import Reminder

PRODID = "-//KJCG Desktop//科技成果转化管理//ZH"


def escape_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str, limit: int = 75) -> str:
    """Fold one content line: at most ``limit`` octets per physical line, continuation lines start
    with a space (which counts toward the limit)."""
    out: list[str] = []
    current = ""
    size = 0
    budget = limit
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > budget:
            out.append(current)
            current, size, budget = "", 0, limit - 1
        current += ch
        size += n
    out.append(current)
    return "\r\n ".join(out)


def reminders_to_ics(reminders: Iterable[Reminder], *, now: datetime | None = None, calendar_name: str = "科技成果转化提醒") -> str:
    stamp = (now or datetime.now()).strftime("%Y%m%dT%H%M%S")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{escape_text(calendar_name)}"]
    for r in reminders:
        summary = escape_text(f"【{r.label}】{r.title}")
        description = escape_text(r.detail + "\n依据：" + r.article)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{r.uid}@kjcg-desktop",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{r.due.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(r.due + timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{summary}",
            f"DESCRIPTION:{description}",
            f"CATEGORIES:{escape_text(r.label)}",
            "BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{escape_text(r.title)}", "TRIGGER:-P1D", "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def write_ics(path: Path, reminders: Iterable[Reminder], **kwargs: Any) -> Path:
    path = Path(path)
    path.write_bytes(reminders_to_ics(reminders, **kwargs).encode("utf-8"))
    return path
