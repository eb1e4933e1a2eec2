"""Reminder rules and the .ics export (parsed back)."""

from datetime import date, datetime

import pytest

from kjcg_desktop.domain import reminders as rules
from kjcg_desktop.services.ics import fold, reminders_to_ics
from kjcg_desktop.services.reminders import collect_reminders
from kjcg_desktop.storage import Settings
from kjcg_desktop.storage import achievements as repo
from kjcg_desktop.storage import applications as apps
from kjcg_desktop.storage import publicities as pubs

pytestmark = pytest.mark.date_sensitive

TODAY = date(2025, 3, 17)


def test_next_annual_fee_due_dates():
    """Annual-fee dates come from domain.fees (the anniversary of the filing date, moved off rest days)."""
    from kjcg_desktop.domain import fees

    assert fees.due_date(date(2019, 5, 6), 7) == date(2025, 5, 6)
    assert fees.due_date(date(2020, 2, 29), 6) == date(2025, 2, 28)      # no 29 February: the month's last day
    assert fees.last_patent_year("utility_model", date(2015, 1, 10)) == 10   # no fee after the ten-year term
    assert not fees.owes_annual_fees("utility_model", "granted", "registered", date(2015, 1, 10), date(2025, 3, 17))


def _setup(db):
    a = repo.create_achievement(db, {"name": "一种燃料电池催化剂", "type": "invention", "legal_status": "granted",
                                     "filing_date": "2019-04-20", "patent_no": "ZL201910000000.1"})
    b = repo.create_achievement(db, {"name": "远期专利", "type": "invention", "legal_status": "granted", "filing_date": "2019-09-01"})
    # posted 2025-03-03 for 15 days: ends 2025-03-18 (民法典第二百零一条) — tomorrow
    pubs.create_publicity(db, "price", "关于“一种燃料电池催化剂”协议定价的公示", date(2025, 3, 3), 15, achievement_id=a)
    app_id = apps.create_application(db, "use_right", achievement_id=b, title="长期使用权", start_date="2015-06-01",
                                     end_date="2025-06-01", state="effective")
    # 方案二(二): a 10-year right granted 2020-07-01 whose first 5-year term ends 2025-07-01
    apps.create_application(db, "use_right", achievement_id=b, title="首期届满的长期使用权", start_date="2020-07-01",
                            end_date="2030-07-01", term_end_date="2025-07-01", state="effective")
    Settings(db).set_many({"pilot_start": "2024-07-01", "annual_report_due": "03-31"})
    return a, b, app_id


def test_collect_reminders(db):
    a, b, app_id = _setup(db)
    items = collect_reminders(db, TODAY)
    kinds = {r.kind: r for r in items}
    assert kinds["publicity_end"].due == date(2025, 3, 18) and kinds["publicity_end"].achievement_id == a
    assert kinds["use_right_expiry"].due == date(2025, 6, 1) and kinds["use_right_expiry"].record == f"application:{app_id}"
    assert kinds["use_right_term"].due == date(2025, 7, 1) and "2030-07-01" in kinds["use_right_term"].detail
    # the anniversary 2025-04-20 is a Sunday: the fee is due the next working day (专利法实施细则第五条)
    assert kinds["annuity"].due == date(2025, 4, 21) and kinds["annuity"].achievement_id == a
    assert [r.achievement_id for r in items if r.kind == "annuity"] == [a]   # 09-01 is beyond 90 days
    assert kinds["annual_report"].due == date(2025, 3, 31)
    assert kinds["pilot_rules"].due == date(2025, 7, 1) and kinds["pilot_end"].due == date(2027, 7, 1)
    assert [r.due for r in items] == sorted(r.due for r in items)


def _parse_ics(text: str) -> list[dict[str, str]]:
    """A minimal RFC 5545 reader: CRLF lines, unfolding, property parameters, text unescaping."""
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    physical = text.split("\r\n")[:-1]
    for line in physical:
        assert len(line.encode("utf-8")) <= 75
    logical: list[str] = []
    for line in physical:
        if line.startswith(" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    events, current, depth = [], None, []
    for line in logical:
        name, value = line.split(":", 1)
        if name == "BEGIN":
            depth.append(value)
            if value == "VEVENT":
                current = {}
        elif name == "END":
            assert depth.pop() == value
            if value == "VEVENT":
                events.append(current)
        elif current is not None and depth[-1] == "VEVENT":
            key = name.split(";", 1)[0]
            out, i = "", 0
            while i < len(value):
                if value[i] == "\\":
                    out += {"n": "\n", "N": "\n"}.get(value[i + 1], value[i + 1])
                    i += 2
                else:
                    out += value[i]
                    i += 1
            current[key] = out
    assert not depth
    return events


def test_ics_round_trip(db):
    _setup(db)
    items = collect_reminders(db, TODAY)
    odd_name = "含特殊字符; 逗号, 反斜杠\\ 以及很长的标题" * 3
    items.append(rules.Reminder("annuity", date(2025, 4, 1), (("name", odd_name), ("number", "第一行\n第二行"), ("filing", "2020-04-01")),
                                "专利法第四十三条", 1, "achievement:1"))
    text = reminders_to_ics(items, now=datetime(2025, 3, 17, 9, 0, 0))
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    events = _parse_ics(text)
    assert len(events) == len(items)
    pub = next(e for e in events if "公示届满" in e["SUMMARY"])
    assert pub["DTSTART"] == "20250318" and pub["DTEND"] == "20250319"
    odd = events[-1]
    assert odd["SUMMARY"] == "【专利年费】缴纳专利年费：" + odd_name
    assert odd["DESCRIPTION"] == "专利号 第一行\n第二行，申请日 2020-04-01，每年于申请日对应日前缴纳\n依据：专利法第四十三条"
    assert len({e["UID"] for e in events}) == len(events)


def test_fold_never_splits_a_character():
    line = "SUMMARY:" + "成果" * 60
    folded = fold(line)
    parts = folded.split("\r\n ")
    assert "".join(parts) == line
    assert all(len(p.encode("utf-8")) <= 74 for p in parts[1:]) and len(parts[0].encode("utf-8")) <= 75
