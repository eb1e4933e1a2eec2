"""The office's entries of the State Council's holiday notices, and the stored publicity end dates
that depend on them (R4, 民法典第二百零三条).

Entering, replacing or removing a year's notice recomputes the end date of every running
publicity in the same transaction: a changed end is stored and logged in the history and listed
on the dashboard; the end of a notice already posted never moves earlier (the later date stays,
the change is logged and a re-issue offered).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from .. import domain as d
from ..domain.holidays import ARTICLE_HOLIDAYS
from .db import Database
from .events import log_event

ARTICLE = d.publicity.ARTICLE_COUNTING


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _has_tables(db: Database) -> bool:
    return bool(db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'holiday_years'"))


def schedules(db: Database) -> list[d.YearSchedule]:
    """Every year's notice the office entered."""
    if not _has_tables(db):
        return []
    result = []
    for year in db.query("SELECT year, source FROM holiday_years ORDER BY year"):
        days = db.query("SELECT day, kind, name FROM holiday_days WHERE year = ? ORDER BY day", (year["year"],))
        holidays = {date.fromisoformat(r["day"]): r["name"] for r in days if r["kind"] == "holiday"}
        workdays = frozenset(date.fromisoformat(r["day"]) for r in days if r["kind"] == "workday")
        result.append(d.YearSchedule(year["year"], frozenset(holidays), workdays, year["source"], holidays))
    return result


def load_calendar(db: Database) -> d.HolidayCalendar:
    return d.HolidayCalendar(schedules(db))


def install(db: Database) -> d.HolidayCalendar:
    """Load the office's notices and make them the calendar every publicity count uses."""
    calendar = load_calendar(db)
    d.install_calendar(calendar)
    return calendar


def list_years(db: Database) -> list[dict[str, Any]]:
    if not _has_tables(db):
        return []
    rows = db.query(
        "SELECT y.year, y.source, y.entered_at, y.entered_by, "
        "(SELECT count(*) FROM holiday_days h WHERE h.year = y.year AND h.kind = 'holiday') AS holidays, "
        "(SELECT count(*) FROM holiday_days h WHERE h.year = y.year AND h.kind = 'workday') AS workdays "
        "FROM holiday_years y ORDER BY y.year")
    return [dict(r) for r in rows]


def year_days(db: Database, year: int) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query("SELECT day, kind, name FROM holiday_days WHERE year = ? ORDER BY day", (year,))]


@dataclass(frozen=True)
class EndChange:
    publicity_id: int
    title: str
    old_end: date
    new_end: date
    computed_end: date

    @property
    def kept(self) -> bool:
        """The recomputed end is earlier but the notice was issued: the stored end stays."""
        return self.computed_end < self.old_end and self.new_end == self.old_end

    @property
    def message(self) -> str:
        if self.kept:
            return (f"按新的节假日安排届满日应为 {self.computed_end.isoformat()}，早于已公布的 {self.old_end.isoformat()}；"
                    f"已公布的公示届满日不提前，仍为 {self.old_end.isoformat()}，可重新发布公示")
        return f"届满日由 {self.old_end.isoformat()} 改为 {self.new_end.isoformat()}（节假日安排变更）"


def save_year(db: Database, year: int, holidays: Iterable[tuple[date, str]], workdays: Iterable[date], source: str,
              *, today: date, operator: str = "") -> list[EndChange]:
    """Enter (or replace) the State Council's notice for ``year``: the holidays with their names
    and the 调休 working days, with the notice named as ``source``. One transaction with the
    recomputation of every running publicity's end date."""
    holidays = [(day, (name or "").strip()) for day, name in holidays]
    workdays = sorted(set(workdays))
    schedule = d.YearSchedule(int(year), frozenset(day for day, _ in holidays), frozenset(workdays), source.strip(),
                              dict(holidays))
    with db.transaction():
        old = [dict(r) for r in db.query("SELECT day, kind, name FROM holiday_days WHERE year = ? ORDER BY day", (year,))]
        old_source = db.scalar("SELECT source FROM holiday_years WHERE year = ?", (year,))
        db.execute("DELETE FROM holiday_days WHERE year = ?", (year,))
        db.execute("DELETE FROM holiday_years WHERE year = ?", (year,))
        db.insert("holiday_years", {"year": year, "source": schedule.source, "entered_at": _now(), "entered_by": operator})
        for day, name in sorted(holidays):
            db.insert("holiday_days", {"day": day, "year": year, "kind": "holiday", "name": name})
        for day in workdays:
            db.insert("holiday_days", {"day": day, "year": year, "kind": "workday", "name": "调休上班"})
        log_event(db, "settings", None, "holiday_schedule",
                  old={"year": year, "source": old_source, "days": old} if old_source else None,
                  new={"year": year, "source": schedule.source, "holidays": [x.isoformat() for x, _ in sorted(holidays)],
                       "workdays": [x.isoformat() for x in workdays]}, article=ARTICLE_HOLIDAYS)
        calendar = load_calendar(db)
        changes = recompute_open_ends(db, calendar, today, reason=f"录入{year}年节假日安排（{schedule.source}）")
    d.install_calendar(calendar)
    return changes


def delete_year(db: Database, year: int, *, today: date) -> list[EndChange]:
    """Remove the office's entry for ``year`` (the built-in arrangement or the statutory days apply
    again); running publicities are recomputed in the same transaction."""
    with db.transaction():
        source = db.scalar("SELECT source FROM holiday_years WHERE year = ?", (year,))
        if source is None:
            raise d.DomainError(f"未录入{year}年节假日安排", article=ARTICLE_HOLIDAYS)
        db.execute("DELETE FROM holiday_days WHERE year = ?", (year,))
        db.execute("DELETE FROM holiday_years WHERE year = ?", (year,))
        log_event(db, "settings", None, "holiday_schedule_removed", old={"year": year, "source": source},
                  article=ARTICLE_HOLIDAYS)
        calendar = load_calendar(db)
        changes = recompute_open_ends(db, calendar, today, reason=f"删除{year}年节假日安排")
    d.install_calendar(calendar)
    return changes


def _computed(row: dict[str, Any], calendar: d.HolidayCalendar) -> d.PublicityWindow:
    return d.publicity_window(date.fromisoformat(row["start_date"]), int(row["days"]),
                              working_days=bool(row["working_days"]), calendar=calendar)


def recompute_open_ends(db: Database, calendar: d.HolidayCalendar, today: date, *, reason: str = "") -> list[EndChange]:
    """Recompute the end date of every running publicity under ``calendar``. A later or (before the
    notice is posted) earlier end is stored; an earlier end of a posted notice is not — the notice
    keeps its date and the office is offered a re-issue (:func:`domain.end_date_change`). Each
    change is logged in the history and kept for the dashboard. Call inside a transaction."""
    changes: list[EndChange] = []
    rows = db.query("SELECT id, title, start_date, days, working_days, nominal_end, end_date FROM publicities "
                    "WHERE state = 'running' ORDER BY id")
    for found in rows:
        row = dict(found)
        window = _computed(row, calendar)
        stored = date.fromisoformat(row["end_date"])
        if window.end == stored:
            continue
        issued = date.fromisoformat(row["start_date"]) <= today
        new_end = d.end_date_change(stored, window.end, issued=issued)
        change = EndChange(row["id"], row["title"], stored, new_end, window.end)
        if change.kept and db.scalar("SELECT count(*) FROM publicity_end_changes WHERE publicity_id = ? AND seen_at IS NULL "
                                     "AND computed_end = ? AND new_end = old_end", (row["id"], window.end)):
            continue
        if new_end != stored:
            db.update("publicities", row["id"], {"end_date": new_end, "nominal_end": window.nominal_end})
        db.insert("publicity_end_changes", {"publicity_id": row["id"], "old_end": stored, "new_end": new_end,
                                            "computed_end": window.end, "reason": reason, "changed_at": _now()})
        log_event(db, "publicity", row["id"], "end_date_changed" if new_end != stored else "end_date_kept",
                  old={"end": stored}, new={"end": new_end, "computed_end": window.end, "reason": reason,
                                            "message": change.message}, article=ARTICLE)
        changes.append(change)
    return changes


def moved_ends(db: Database) -> list[dict[str, Any]]:
    """End-date changes not yet acknowledged, newest first (the dashboard's list)."""
    if not _has_tables(db):
        return []
    rows = db.query(
        "SELECT c.id, c.publicity_id, c.old_end, c.new_end, c.computed_end, c.reason, c.changed_at, p.title, p.state "
        "FROM publicity_end_changes c JOIN publicities p ON p.id = c.publicity_id WHERE c.seen_at IS NULL "
        "ORDER BY c.id DESC")
    result = []
    for r in rows:
        item = dict(r)
        change = EndChange(r["publicity_id"], r["title"], date.fromisoformat(r["old_end"]), date.fromisoformat(r["new_end"]),
                           date.fromisoformat(r["computed_end"]))
        item["message"] = change.message
        item["kept"] = change.kept
        result.append(item)
    return result


def mark_seen(db: Database, change_ids: Iterable[int]) -> None:
    ids = list(change_ids)
    if not ids:
        return
    with db.transaction():
        now = _now()
        for change_id in ids:
            db.execute("UPDATE publicity_end_changes SET seen_at = ? WHERE id = ? AND seen_at IS NULL", (now, change_id))


def stale_ends(db: Database, calendar: d.HolidayCalendar | None = None) -> list[dict[str, Any]]:
    """Running publicities whose stored end differs from the end recomputed under the current
    holiday data (``kjcg-desktop check``). A posted notice kept at a later date is still listed:
    the office decides on a re-issue."""
    calendar = calendar or load_calendar(db)
    result = []
    for row in db.query("SELECT id, title, start_date, days, working_days, end_date FROM publicities "
                        "WHERE state = 'running' ORDER BY id"):
        record = dict(row)
        computed = _computed(record, calendar).end
        if computed.isoformat() != row["end_date"]:
            result.append({"id": row["id"], "title": row["title"], "stored_end": row["end_date"],
                           "computed_end": computed.isoformat()})
    return result
