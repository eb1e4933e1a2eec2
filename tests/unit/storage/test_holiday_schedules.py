"""The office's entry of the State Council's holiday notice and the stored publicity end dates
(R4, 民法典第二百零三条: "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日")."""

from __future__ import annotations

import json
from datetime import date

import pytest

from kjcg_desktop import domain as d
from kjcg_desktop.services.integrity import check_database
from kjcg_desktop.storage import holidays as hol
from kjcg_desktop.storage import open_database
from kjcg_desktop.storage import publicities as pubs

# A made-up notice for 2027 (the test's own data, not the State Council's): every statutory day,
# a bridge day (2027-01-04) and a make-up working day (Saturday 2027-01-30).
NOTICE_2027 = """
2027-01-01 元旦
2027-01-04 元旦
2027-02-05 至 2027-02-08 春节
2027-01-30 调休上班
2027-04-05 清明节
2027-05-01 至 2027-05-02 劳动节
2027-06-09 端午节
2027-09-15 中秋节
2027-10-01 至 2027-10-03 国庆节
"""


def _save(db, text=NOTICE_2027, today=date(2026, 12, 20)):
    holidays, workdays = d.holidays.parse_notice_table(2027, text)
    return hol.save_year(db, 2027, holidays, workdays, "国办发明电〔2026〕测试号", today=today, operator="测试员")



@pytest.fixture(autouse=True)
def library_without_2027(monkeypatch):
    """The scenario of this file: the calendar library's release does not carry 2027 (as
    chinesecalendar 1.11 does not), whatever version is installed."""
    from kjcg_desktop.domain import holidays

    known = holidays.library_knows
    monkeypatch.setattr(holidays, "library_knows", lambda year: year != 2027 and known(year))

def test_entering_the_notice_moves_open_publicities_and_logs_each_change(db):
    # posted 2026-12-17: 15 days end on 2027-01-01 (元旦, statutory) → Monday 2027-01-04 without a notice
    pub = pubs.create_publicity(db, "grant", "赋权公示", date(2026, 12, 17), 15)
    closed = pubs.create_publicity(db, "price", "已结束的公示", date(2026, 11, 1), 15)
    pubs.close_publicity(db, closed, date(2026, 11, 20))
    assert db.get("publicities", pub)["end_date"] == "2027-01-04"
    changes = _save(db)
    # the notice makes 2027-01-04 a bridge day: the end moves to 2027-01-05
    assert [(c.publicity_id, c.old_end, c.new_end) for c in changes] == [(pub, date(2027, 1, 4), date(2027, 1, 5))]
    assert db.get("publicities", pub)["end_date"] == "2027-01-05"
    assert db.get("publicities", closed)["end_date"] == "2026-11-16"  # only open publicities are recomputed
    event = db.one("SELECT old, new, article FROM events WHERE entity = 'publicity' AND entity_id = ? "
                   "AND action = 'end_date_changed'", (pub,))
    assert json.loads(event["old"])["end"] == "2027-01-04" and json.loads(event["new"])["end"] == "2027-01-05"
    assert event["article"] == "民法典第二百零一条、第二百零三条"
    assert db.scalar("SELECT count(*) FROM events WHERE action = 'holiday_schedule'") == 1
    moved = hol.moved_ends(db)
    assert [(m["publicity_id"], m["message"]) for m in moved] == [
        (pub, "届满日由 2027-01-04 改为 2027-01-05（节假日安排变更）")]
    hol.mark_seen(db, [m["id"] for m in moved])
    assert hol.moved_ends(db) == []
    # the calendar every count uses now knows 2027 from the office's entry
    assert d.current_calendar().source(2027) == "office"
    assert d.publicity_end(date(2026, 12, 17), 15) == date(2027, 1, 5)
    assert [y["year"] for y in hol.list_years(db)] == [2027]


def test_a_posted_notice_keeps_its_later_end_and_a_re_issue_is_offered(db):
    """REFERENCE: an issued notice's end date never moves earlier; the change is logged and a
    re-issue offered."""
    # posted 2027-01-15, 15 days → Saturday 2027-01-30 → Monday 2027-02-01 without the notice
    posted = pubs.create_publicity(db, "abandonment", "已发布的放弃公示", date(2027, 1, 15), 15)
    assert db.get("publicities", posted)["end_date"] == "2027-02-01"
    changes = _save(db, today=date(2027, 1, 20))  # the notice makes Saturday 01-30 a make-up working day
    assert len(changes) == 1 and changes[0].kept
    assert db.get("publicities", posted)["end_date"] == "2027-02-01"
    # every gate and notice uses the stored end: the abandonment waits for 2027-02-02
    window = pubs.window_of(db.get("publicities", posted))
    assert window.end == date(2027, 2, 1) and not window.is_over(date(2027, 2, 1)) and window.is_over(date(2027, 2, 2))
    assert db.scalar("SELECT count(*) FROM events WHERE entity_id = ? AND action = 'end_date_kept'", (posted,)) == 1
    (moved,) = hol.moved_ends(db)
    assert moved["kept"] and "已公布的公示届满日不提前，仍为 2027-02-01，可重新发布公示" in moved["message"]
    # saving the same notice again does not log the same thing twice
    assert _save(db, today=date(2027, 1, 20)) == []
    # and check reports the difference until the office re-issues
    report = check_database(db, tags=False)
    assert any("存储的届满日 2027-02-01 与按当前节假日安排重新计算的 2027-01-30 不一致" in p for p in report.problems)


def test_a_notice_not_yet_posted_follows_the_new_data(db):
    planned = pubs.create_publicity(db, "grant", "拟发布的公示", date(2027, 1, 15), 15)
    changes = _save(db, today=date(2027, 1, 10))
    assert [(c.old_end, c.new_end) for c in changes] == [(date(2027, 2, 1), date(2027, 1, 30))]
    assert db.get("publicities", planned)["end_date"] == "2027-01-30"


def test_a_bad_notice_changes_nothing(db):
    pub = pubs.create_publicity(db, "grant", "赋权公示", date(2026, 12, 17), 15)
    holidays, workdays = d.holidays.parse_notice_table(2027, NOTICE_2027)
    with pytest.raises(d.DomainError, match="须注明来源"):
        hol.save_year(db, 2027, holidays, workdays, "", today=date(2026, 12, 20))
    assert hol.list_years(db) == [] and db.get("publicities", pub)["end_date"] == "2027-01-04"


def test_removing_the_notice_recomputes_and_the_entry_survives_reopening(db_path):
    db = open_database(db_path)
    pub = pubs.create_publicity(db, "grant", "赋权公示", date(2026, 12, 17), 15)
    _save(db)
    db.close()
    d.install_calendar(None)
    db = open_database(db_path)
    assert d.current_calendar().source(2027) == "office"
    assert hol.year_days(db, 2027)[0] == {"day": "2027-01-01", "kind": "holiday", "name": "元旦"}
    changes = hol.delete_year(db, 2027, today=date(2026, 12, 21))
    # posted on 2026-12-17: its end stays 2027-01-05 although the statutory days alone give 01-04
    assert [(c.old_end, c.new_end, c.computed_end, c.kept) for c in changes] == [
        (date(2027, 1, 5), date(2027, 1, 5), date(2027, 1, 4), True)]
    assert db.get("publicities", pub)["end_date"] == "2027-01-05"
    assert d.current_calendar().source(2027) == "statutory"
    db.close()


def test_check_reports_stale_end_dates(db):
    """`kjcg-desktop check`: a stored end that differs from the recomputed one is reported."""
    pub = pubs.create_publicity(db, "grant", "赋权公示", date(2026, 12, 17), 15)
    assert check_database(db, tags=False).ok
    db.execute("UPDATE publicities SET end_date = '2027-01-01' WHERE id = ?", (pub,))
    report = check_database(db, tags=False)
    assert not report.ok
    finding = next(f for f in report.findings if f["kind"] == "publicity_end")
    assert (finding["publicity_id"], finding["stored_end"], finding["computed_end"]) == (pub, "2027-01-01", "2027-01-04")
