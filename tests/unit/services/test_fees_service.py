"""Fee calendar, payments, budget, payment list, CNIPA comparison and the review through the
storage layer and the command line."""

from __future__ import annotations

import json
from datetime import date, timedelta

import openpyxl
import pytest

from kjcg_desktop import cli
from kjcg_desktop.domain.errors import DomainError
from kjcg_desktop.services import fees
from kjcg_desktop.services.reminders import collect_reminders
from kjcg_desktop.storage import achievements as repo
from kjcg_desktop.storage import applications as apps
from kjcg_desktop.storage import fees as fee_repo
from kjcg_desktop.storage.settings import Settings

TODAY = date(2026, 12, 9)


def _patent(db, name="一种催化剂", filing="2019-04-20", grant="2021-05-10", **extra):
    values = {"name": name, "type": "invention", "legal_status": "granted", "filing_date": filing, "grant_date": grant,
              "application_no": "CN201910000000.4", "holder": "上海示范大学", "department": "化学化工学院", **extra}
    return repo.create_achievement(db, values)


@pytest.fixture
def unit(db):
    Settings(db).set("unit_name", "上海示范大学")
    return db


def test_application_number_normalised_with_check_digit():
    assert fees.normalise_application_no("CN201910000000.4") == "201910000000.4"
    assert fees.normalise_application_no("ZL 2019100000004") == "201910000000.4"
    assert fees.normalise_application_no("２０１９１０００００００") == "201910000000.4"   # full width, check digit computed


def test_calendar_line_facts(unit):
    a = _patent(unit)
    lines = fees.fee_lines_for(unit, a, TODAY)
    assert [x.fee.year for x in lines][:2] == [4, 5]          # granted in year 3 (2021-05-10)
    y8 = next(x for x in lines if x.fee.year == 8)
    assert (y8.fee.due, y8.fee.full_fen, y8.fee.reduction_percent, y8.fee.payable_fen) == (date(2026, 4, 20), 200000, 85, 30000)
    assert y8.state.status == "lapsed"                          # grace ended 2026-10-20
    y12 = next(x for x in lines if x.fee.year == 12)
    assert y12.fee.reduction_percent == 85 and next(x for x in lines if x.fee.year == 13).fee.reduction_percent == 0
    assert lines[-1].fee.year == 20


def test_pay_by_application_number_late_with_surcharge(unit):
    a = _patent(unit, filing="2019-07-15")
    # year 8 due 2026-07-15 (Wednesday); paid 2026-09-01: second month → 5 % of 2,000
    aid, line = fees.pay(unit, "201910000000.4", 8, date(2026, 9, 1), "300")
    assert aid == a and line.state.status == "late" and line.state.balance_fen == 10000
    _, line = fees.pay(unit, str(a), 8, date(2026, 9, 2), "100", receipt_no="R1")
    assert line.state.status == "paid" and line.state.balance_fen == 0
    with pytest.raises(DomainError, match="第2年"):
        fees.pay(unit, str(a), 2, date(2026, 9, 2), "100")
    with pytest.raises(DomainError, match="找不到"):
        fees.pay(unit, "nothing", 8, date(2026, 9, 2), "100")


def test_partial_grant_needs_the_completers_filing(unit):
    a = _patent(unit, filing="2020-03-02", grant="2022-01-05")
    unit.execute("INSERT INTO inventors (achievement_id, name, position) VALUES (?, '张三', 0)", (a,))
    app = apps.create_application(unit, "ownership", achievement_id=a, title="赋权", state="effective")
    unit.execute("UPDATE applications SET grant_mode = 'partial', team_share = '30', effective_at = '2026-01-10', form = ? "
                 "WHERE id = ?", (json.dumps({"ip_maintenance": "单位承担70%，团队承担30%"}), app))
    y6 = next(x for x in fees.fee_lines_for(unit, a, TODAY) if x.fee.year == 6)
    y7 = next(x for x in fees.fee_lines_for(unit, a, TODAY) if x.fee.year == 7)
    assert y6.fee.reduction_percent == 85                      # due 2025-03-03, before the change
    assert y7.fee.reduction_percent == 0 and "张三" in y7.reduction_note
    assert y7.split.shares == {"unit": 70, "team": 30}
    fee_repo.record_reduction_filing(unit, "张三", eligible=True, recorded_on=date(2026, 2, 1))
    y7 = next(x for x in fees.fee_lines_for(unit, a, TODAY) if x.fee.year == 7)
    assert y7.fee.reduction_percent == 70 and y7.fee.payable_fen == 60000
    assert y7.split.split(y7.fee.payable_fen) == {"unit": 42000, "team": 18000}


def test_abandoned_patent_owes_nothing_on_detail_and_reminders(unit):
    a = _patent(unit, filing="2019-12-20")
    row = repo.get_achievement(unit, a)
    assert fees.still_owes_fees(row, unit, TODAY) and fees.next_unpaid_fee(unit, row, TODAY) is not None
    assert any(r.achievement_id == a for r in collect_reminders(unit, TODAY) if r.kind == "annuity")
    unit.execute("UPDATE achievements SET status = 'abandoned' WHERE id = ?", (a,))
    row = repo.get_achievement(unit, a)
    assert not fees.still_owes_fees(row, unit, TODAY) and fees.next_unpaid_fee(unit, row, TODAY) is None
    assert not any(r.achievement_id == a for r in collect_reminders(unit, TODAY) if r.kind == "annuity")


def test_term_compensation_adds_fees(unit):
    a = _patent(unit, filing="2010-01-04", grant="2013-01-04")
    assert fees.fee_lines_for(unit, a, TODAY)[-1].fee.year == 20
    fee_repo.set_term_compensation(unit, a, 400)
    assert fees.fee_lines_for(unit, a, TODAY)[-1].fee.year == 22


def test_review_decisions_and_abandon_starts_publicity(unit):
    a = _patent(unit, filing="2020-01-20")
    line = next(x for x in fees.review_list(unit, TODAY, date(2027, 3, 1), TODAY) if x.achievement_id == a)
    fees.decide(unit, line, "abandon", decided_by="王主任", reason="无转化前景", on=TODAY)
    pub = unit.one("SELECT kind, state FROM publicities WHERE achievement_id = ?", (a,))
    assert tuple(pub) == ("abandonment", "running")
    review = fee_repo.reviews(unit)[(a, line.fee.year)]
    assert review["decided_by"] == "王主任" and review["application_id"]
    event = unit.one("SELECT operator, new FROM events WHERE action = 'fee_review' ORDER BY id DESC")
    assert "王主任" in event["new"] and "无转化前景" in event["new"]


def test_cli_fees_json_budget_pay_export_and_import(unit, tmp_path, capsys):
    db_path = tmp_path / "k.sqlite3"
    from kjcg_desktop.storage import open_database

    db = open_database(db_path)
    Settings(db).set("unit_name", "上海示范大学")
    a = _patent(db, filing="2020-01-20", grant="2022-03-01")
    db.close()
    base = ["--db", str(db_path)]
    assert cli.main([*base, "fees", "--today", "2026-12-09", "--from", "2027-01-01", "--to", "2027-02-28", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == [{**out[0], "achievement_id": a, "application_no": "201910000000.4", "type": "invention", "patent_year": 8,
                    "due_date": "2027-01-20", "full_amount": "2000.00", "reduction_percent": "85", "payable_amount": "300.00",
                    "grace_end": "2027-07-20", "surcharge_percent_today": "0", "payer_split": {"unit": "100"}}]
    assert cli.main([*base, "fees", "budget", "--years", "2", "--json"]) == 0
    budget = json.loads(capsys.readouterr().out)
    assert budget["by_year"]["2027"] == "300.00"
    assert cli.main([*base, "fees", "pay", "201910000000.4", "--year", "8", "--date", "2027-01-05", "--amount", "300",
                     "--receipt", "R9"]) == 0
    assert "已缴清" in capsys.readouterr().out
    out_file = tmp_path / "list.xlsx"
    assert cli.main([*base, "--today", "2027-01-10", "fees", "--to", "2028-02-01", "export", str(out_file)]) == 0
    ws = openpyxl.load_workbook(out_file).active
    rows = list(ws.values)
    assert list(rows[0]) == ["申请号", "专利名称", "费用种类", "金额", "期限"]
    assert rows[1][2] == "发明专利第9年年费" and rows[1][3] == 300
    capsys.readouterr()
    cnipa = tmp_path / "cnipa.xlsx"
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.append(["申请号", "费用种类", "缴费期限届满日", "金额"])
    sheet.append(["2019100000004", "发明专利第9年年费", "2028-01-20", 300])
    sheet.append(["2019100000004", "发明专利第10年年费", "2029-01-22", 2000])
    sheet.append(["2099100000001", "发明专利第3年年费", "2029-01-22", 900])
    wb.save(cnipa)
    assert cli.main([*base, "--today", "2027-01-10", "fees", "import-cnipa", str(cnipa)]) == 1
    text = capsys.readouterr().out
    assert "金额不一致：国知局 2,000.00 元，本软件 600.00 元" in text
    assert "台账中没有该申请号" in text and "核对 3 项，差异 2 项" in text


@pytest.mark.date_sensitive
def test_today_decides_the_surcharge_and_the_reminders(unit, fixed_today):
    """Whatever day the suite runs on: a fee due two months and a day ago is in its third month
    (10 %), shows in the reminders and the calendar export with its grace end."""
    from kjcg_desktop.domain import fees as rules
    from kjcg_desktop.services.reminders import collect_reminders

    due = rules.add_months(fixed_today, -2) - timedelta(days=1)
    filing = due.replace(year=due.year - 7)
    a = _patent(unit, filing=filing.isoformat(), grant=filing.replace(year=filing.year + 2).isoformat())
    line = next(x for x in fees.fee_calendar(unit) if x.achievement_id == a and x.fee.year == 8)
    if line.fee.due == due:  # the anniversary was a working day: no move
        assert line.state.surcharge_percent == 10
    assert line.state.status == "late" and line.unpaid_in_grace_without_decision
    reminder = next(r for r in collect_reminders(unit) if r.kind == "annuity" and r.achievement_id == a)
    assert reminder.due == line.fee.grace_end


def test_ownership_form_states_the_fee_after_a_partial_grant(unit):
    from kjcg_desktop.services import wizard_flows as flows

    a = _patent(unit, filing="2020-03-02", grant="2022-01-05")
    rows = flows.ownership_split(unit, a, {"grant_mode": "partial", "team_share": "30"})
    assert rows[1][0] == "部分赋权后的专利年费"
    assert "完成人已办理费减备案：费减 70%，发明专利第8年年费 600.00 元" in rows[1][1]
    assert "完成人未办理费减备案：费减 0%，发明专利第8年年费 2,000.00 元" in rows[1][1]
    assert len(flows.ownership_split(unit, a, {"grant_mode": "full"})) == 1


def test_finance_sheet_lists_the_years_fees(unit, tmp_path):
    from openpyxl import Workbook

    _patent(unit, filing="2020-01-20", grant="2022-03-01")
    wb = Workbook(write_only=True)
    assert fees.write_finance_sheet(wb, unit, year=2027, today=TODAY) == 1
    wb.save(tmp_path / "f.xlsx")
    rows = list(openpyxl.load_workbook(tmp_path / "f.xlsx")["专利年费预算"].values)
    assert rows[1][4] == "发明专利第8年年费" and rows[1][8] == 300 and rows[1][9] == "单位 300.00"


    class Writer:  # the project's formula-safe writer: sheet(title, headers, widths) → append / finish
        def __init__(self):
            self.sheets = {}

        def sheet(self, title, headers, widths):
            rows = self.sheets.setdefault(title, [list(headers)])

            class Sheet:
                def append(self, values):
                    rows.append(list(values))

                def finish(self):
                    rows.append("finished")
            return Sheet()

    writer = Writer()
    assert fees.write_finance_sheet(writer, unit, year=2027, today=TODAY) == 1
    sheet = writer.sheets["专利年费预算"]
    assert sheet[0][4] == "费用种类" and sheet[1][5] == date(2027, 1, 20) and str(sheet[1][8]) == "300" and sheet[-1] == "finished"


def test_payment_list_keeps_formula_like_names_as_text(unit, tmp_path):
    _patent(unit, name="=HYPERLINK(\"x\")", filing="2020-01-20", grant="2022-03-01")
    out = tmp_path / "list.xlsx"
    assert fees.export_payment_list(unit, out, today=TODAY) == 1
    ws = openpyxl.load_workbook(out).active
    assert ws["B2"].value == '=HYPERLINK("x")' and ws["B2"].data_type == "s"
    assert ws["E2"].is_date and ws["D2"].value == 300


def test_batch_payments_all_or_nothing(unit, tmp_path):
    a = _patent(unit, filing="2020-01-20", grant="2022-03-01")
    good = tmp_path / "pay.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "缴费"
    ws.append(["申请号", "费用种类", "缴费日期", "金额", "收据号"])
    ws.append(["ZL201910000000.4", "发明专利第8年年费", "2027-01-05", 300, "R1"])
    ws.append(["KJCG-NONE", "发明专利第9年年费", "2027-01-05", 300, "R2"])
    wb.save(good)
    batch = fees.import_payments(unit, good)
    assert batch.written == 0 and batch.errors == ["工作表“缴费”第3行“申请号”列：找不到专利“KJCG-NONE”"]
    assert fee_repo.payments(unit, a) == []
    ws.delete_rows(3)
    ws.append(["201910000000.4", "发明专利第9年年费", "2028-01-10", "300.00", "R2"])
    wb.save(good)
    batch = fees.import_payments(unit, good)
    assert batch.errors == [] and batch.written == 2
    assert [(p["patent_year"], p["amount_fen"], p["receipt_no"]) for p in fee_repo.payments(unit, a)] == [(8, 30000, "R1"),
                                                                                                          (9, 30000, "R2")]


def test_reminder_steps_90_30_7(unit):
    assert [fees.reminder_level(d) for d in (91, 90, 31, 30, 8, 7, 0)] == [None, 90, 90, 30, 30, 7, 7]
    a = _patent(unit, filing="2019-12-16")   # year 8 due 2026-12-16: 7 days ahead
    reminder = next(r for r in fees.fee_reminders(unit, TODAY) if r.achievement_id == a)
    assert reminder.due == date(2026, 12, 16) and "7日内到期" in reminder.title


def test_migration_seeds_the_fee_table_and_fees_reach_the_calendar_export(unit):
    from kjcg_desktop.services.ics import reminders_to_ics

    rows = fee_repo.schedule_rows(unit)
    assert len(rows) == 15 and {r.patent_type for r in rows} == {"invention", "utility_model", "design"}
    a = _patent(unit, filing="2019-12-16")
    ics = reminders_to_ics([r for r in collect_reminders(unit, TODAY) if r.achievement_id == a])
    assert "DTSTART;VALUE=DATE:20261216" in ics and "发明专利第8年年费" in ics.replace("\r\n ", "")


def test_cli_compensation_and_split(tmp_path, capsys):
    from kjcg_desktop.storage import open_database

    db_path = tmp_path / "k.sqlite3"
    db = open_database(db_path)
    a = _patent(db, filing="2010-01-04", grant="2013-01-04")
    db.close()
    base = ["--db", str(db_path)]
    assert cli.main([*base, "fees", "compensation", str(a), "--days", "400"]) == 0
    assert cli.main([*base, "fees", "split", "201910000000.4", "--unit", "60", "--user", "40", "--source", "许可合同"]) == 0
    assert cli.main([*base, "fees", "split", str(a), "--unit", "60", "--team", "30"]) == 1
    assert "合计须为100%" in capsys.readouterr().err
    db = open_database(db_path)
    last = fees.fee_lines_for(db, a, TODAY)[-1]
    assert last.fee.year == 22 and last.fee.full_fen == 800000
    assert last.split.shares == {"unit": 60, "user": 40} and last.split.source == "许可合同"
    db.close()


def test_completers_answer_later_moves_the_fee_to_them(unit):
    a = _patent(unit, filing="2020-01-20")
    line = next(x for x in fees.review_list(unit, TODAY, date(2027, 3, 1), TODAY) if x.achievement_id == a)
    review = fees.decide(unit, line, "offer", decided_by="王主任", reason="学校不再维持", on=TODAY)
    assert fees.fee_lines_for(unit, a, TODAY)[-1].split.shares == {"unit": 100}
    fees.record_completers_answer(unit, review, "accepted")
    assert fees.fee_lines_for(unit, a, TODAY)[-1].split.shares == {"team": 100}
    with pytest.raises(DomainError):
        fees.record_completers_answer(unit, review, "maybe")
