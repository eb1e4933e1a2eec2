"""Patent annual fees: the rules' own examples (专利审查指南 第五部分第九章, 专利法第四十二条,
专利收费减缴办法, 民法典 month counting)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from kjcg_desktop.domain import fees as f
from kjcg_desktop.domain.errors import DomainError

ROWS = f.parse_schedule_toml((Path(__file__).parents[3] / "resources" / "fee_schedule.toml").read_text(encoding="utf-8"))


def weekdays_only(day: date) -> bool:
    return day.weekday() < 5


def every_day(day: date) -> bool:
    return True


# ---------------------------------------------------------------- patent year, due date, term

def test_patent_year_runs_from_the_filing_date():
    filing = date(2020, 3, 15)
    assert f.patent_year_start(filing, 1) == filing
    assert f.patent_year_of(filing, date(2021, 3, 14)) == 1   # year 1 is 2020-03-15 … 2021-03-14
    assert f.patent_year_of(filing, date(2021, 3, 15)) == 2


def test_guideline_example_sixth_year_fee_due_2002_06_03():
    """审查指南: 申请日 1997-06-03, 授权在第五年度, 第六年度年费应在 2002-06-03 前缴纳."""
    filing = date(1997, 6, 3)
    grant_year = f.patent_year_of(filing, date(2001, 9, 10))
    assert grant_year == 5
    years = f.fee_years("invention", filing, grant_year)
    assert years[0] == 6
    assert f.due_date(filing, 6) == date(2002, 6, 3)   # a Monday: no move


def test_due_date_on_a_holiday_moves_to_the_next_working_day():
    # 2024-10-01 (国庆) → the arrangement's first working day 2024-10-08
    assert f.due_date(date(2019, 10, 1), 6) == date(2024, 10, 8)


def test_due_date_on_a_make_up_working_saturday_stays():
    # 2024-10-12 is a Saturday worked in exchange for the 国庆 bridge days (调休)
    assert date(2024, 10, 12).weekday() == 5
    assert f.due_date(date(2019, 10, 12), 6) == date(2024, 10, 12)


def test_due_date_on_a_plain_sunday_moves_to_monday():
    assert f.due_date(date(2020, 3, 15), 6, weekdays_only) == date(2025, 3, 17)


def test_terms():
    assert f.term_years("invention", date(2010, 1, 1)) == 20
    assert f.term_years("utility_model", date(2010, 1, 1)) == 10
    assert f.term_end("invention", date(2020, 3, 15)) == date(2040, 3, 14)
    assert f.last_patent_year("invention", date(2020, 3, 15)) == 20
    with pytest.raises(DomainError):
        f.term_years("software", date(2020, 1, 1))


def test_design_term_on_both_sides_of_2021_06_01():
    assert f.term_years("design", date(2021, 5, 31)) == 10
    assert f.term_end("design", date(2021, 5, 31)) == date(2031, 5, 30)
    assert f.term_years("design", date(2021, 6, 1)) == 15
    assert f.term_end("design", date(2021, 6, 1)) == date(2036, 5, 31)
    assert list(f.fee_years("design", date(2021, 5, 31), 2))[-1] == 10
    assert list(f.fee_years("design", date(2021, 6, 1), 2))[-1] == 15


def test_term_compensation_extends_the_term_and_the_fees():
    filing = date(2015, 4, 1)
    assert f.term_end("invention", filing, 400) == date(2035, 3, 31) + timedelta(days=400)
    assert f.last_patent_year("invention", filing) == 20
    assert f.last_patent_year("invention", filing, 400) == 22
    with pytest.raises(DomainError):
        f.term_end("invention", filing, -1)


# ---------------------------------------------------------------- the schedule

@pytest.mark.parametrize(("ptype", "year", "yuan"), [
    ("invention", 1, 900), ("invention", 3, 900), ("invention", 4, 1200), ("invention", 6, 1200),
    ("invention", 7, 2000), ("invention", 9, 2000), ("invention", 10, 4000), ("invention", 12, 4000),
    ("invention", 13, 6000), ("invention", 15, 6000), ("invention", 16, 8000), ("invention", 20, 8000),
    ("utility_model", 1, 600), ("utility_model", 3, 600), ("utility_model", 4, 900), ("utility_model", 5, 900),
    ("utility_model", 6, 1200), ("utility_model", 8, 1200), ("utility_model", 9, 2000), ("utility_model", 10, 2000),
    ("design", 1, 600), ("design", 3, 600), ("design", 4, 900), ("design", 5, 900), ("design", 6, 1200),
    ("design", 8, 1200), ("design", 9, 2000), ("design", 10, 2000), ("design", 11, 3000), ("design", 15, 3000),
])
def test_every_band_edge_of_the_schedule(ptype, year, yuan):
    assert f.scheduled_fee(ROWS, ptype, year, date(2030, 1, 1)).amount_fen == yuan * 100


def test_schedule_change_applies_by_due_date():
    rows = [*ROWS, f.ScheduleRow("invention", 4, 6, 150000, date(2027, 1, 1))]
    assert f.scheduled_fee(rows, "invention", 5, date(2026, 12, 31)).amount_fen == 120000
    assert f.scheduled_fee(rows, "invention", 5, date(2027, 1, 1)).amount_fen == 150000   # on the valid-from day
    with pytest.raises(DomainError, match="第11年"):
        f.scheduled_fee(ROWS, "design", 11, date(2022, 5, 4))   # before the design row's valid-from


def test_bad_schedule_rows_are_refused():
    with pytest.raises(DomainError, match="第1行"):
        f.parse_schedule_toml('[[row]]\ntype = "invention"\nyears = [1]\namount = "900"\nvalid_from = "2020-01-01"\n')
    with pytest.raises(DomainError):
        f.check_schedule_row(f.ScheduleRow("software", 1, 3, 100, date(2020, 1, 1)))


# ---------------------------------------------------------------- reduction

UNIT = f.Holder("某大学", True)


def test_sole_eligible_holder_85_percent_for_ten_years_from_grant():
    assert f.reduction_percent(3, 3, [UNIT]) == 85
    assert f.reduction_percent(12, 3, [UNIT]) == 85    # the tenth year from the grant year
    assert f.reduction_percent(13, 3, [UNIT]) == 0     # the eleventh: none
    assert f.reduction_percent(2, 3, [UNIT]) == 0      # before the grant


def test_reduced_amounts_exact():
    assert f.reduced_amount(120000, Decimal(85)) == 18000
    assert f.reduced_amount(120000, Decimal(70)) == 36000
    assert f.reduced_amount(120000, Decimal(0)) == 120000


def test_joint_holders_70_percent_only_when_every_one_is_on_record():
    assert f.reduction_percent(5, 3, [UNIT, f.Holder("张三", True)]) == 70
    assert f.reduction_percent(5, 3, [UNIT, f.Holder("张三", None)]) == 0
    assert f.reduction_percent(5, 3, [UNIT, f.Holder("某公司", False)]) == 0
    assert f.reduction_percent(5, 3, [f.Holder("某大学", None)]) == 0
    assert f.reduction_blocker([UNIT, f.Holder("张三", None), f.Holder("某公司", False)]) == "未备案：张三；不符合费减条件：某公司"


def test_individual_income_limit():
    assert f.individual_income_qualifies(monthly_income=Decimal("4999.99"))
    assert not f.individual_income_qualifies(monthly_income=Decimal(5000))
    assert f.individual_income_qualifies(yearly_income=Decimal(59999))
    assert not f.individual_income_qualifies(yearly_income=Decimal(60000))
    assert not f.individual_income_qualifies()


def test_partial_grant_85_to_70_with_completers_filing_and_none_without():
    filing, grant_year = date(2018, 5, 2), 3
    registered = date(2024, 1, 10)
    team = [f.Holder("张三", True), f.Holder("李四", True)]
    before = f.holders_on(date(2023, 5, 2), UNIT, partial_grant_on=registered, completers=team)
    after = f.holders_on(date(2024, 5, 2), UNIT, partial_grant_on=registered, completers=team)
    assert f.reduction_percent(6, grant_year, before) == 85
    assert f.reduction_percent(7, grant_year, after) == 70
    half_filed = [f.Holder("张三", True), f.Holder("李四", None)]
    assert f.reduction_percent(7, grant_year, f.holders_on(date(2024, 5, 2), UNIT, partial_grant_on=registered,
                                                           completers=half_filed)) == 0
    fee = f.fee_for_year(ROWS, "invention", filing, 7, grant_year=grant_year, holders=after, is_working_day=every_day)
    assert (fee.full_fen, fee.payable_fen) == (200000, 60000)
    cases = f.partial_grant_fee_cases(200000, 7, grant_year, UNIT)
    assert [(c.reduction_percent, c.yearly_fen) for c in cases] == [(70, 60000), (0, 200000)]


def test_full_grant_leaves_the_completers_as_holders():
    team = [f.Holder("张三", True)]
    assert f.holders_on(date(2025, 1, 1), UNIT, full_grant_on=date(2024, 1, 1), completers=team) == team


# ---------------------------------------------------------------- late payment

def test_surcharge_month_edges():
    due = date(2025, 3, 10)
    assert f.surcharge_on(due, due, every_day).percent == 0
    assert f.surcharge_on(due, date(2025, 4, 10), every_day).percent == 0      # exactly one whole month
    assert f.surcharge_on(due, date(2025, 4, 11), every_day).percent == 5      # one day more
    assert f.surcharge_on(due, date(2025, 5, 10), every_day).percent == 5
    assert f.surcharge_on(due, date(2025, 5, 11), every_day).percent == 10
    assert f.surcharge_on(due, date(2025, 6, 11), every_day).percent == 15
    assert f.surcharge_on(due, date(2025, 7, 11), every_day).percent == 20
    assert f.surcharge_on(due, date(2025, 8, 11), every_day).percent == 25
    assert f.surcharge_on(due, date(2025, 9, 10), every_day).percent == 25     # the last day of grace
    late = f.surcharge_on(due, date(2025, 9, 11), every_day)
    assert late.lapsed


def test_surcharge_due_on_the_31st_counts_to_the_months_last_day():
    due = date(2025, 1, 31)
    assert f.add_months(due, 1) == date(2025, 2, 28)
    assert f.surcharge_on(due, date(2025, 2, 28), every_day).percent == 0
    assert f.surcharge_on(due, date(2025, 3, 1), every_day).percent == 5
    assert f.surcharge_on(due, date(2025, 3, 31), every_day).percent == 5
    assert f.surcharge_on(due, date(2025, 4, 1), every_day).percent == 10
    assert f.add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)


def test_surcharge_today_and_the_day_it_rises():
    s = f.surcharge_on(date(2025, 3, 10), date(2025, 4, 20), every_day)
    assert (s.percent, s.band_end, s.rises_on) == (5, date(2025, 5, 10), date(2025, 5, 11))
    assert f.surcharge_on(date(2025, 3, 10), date(2025, 3, 1), every_day).rises_on == date(2025, 4, 11)


def test_grace_end_on_a_rest_day_moves():
    # due 2024-10-08 → six months: 2025-04-08 (a Tuesday, working day)
    assert f.grace_end(date(2024, 10, 8)) == date(2025, 4, 8)
    # due 2025-04-04 (清明) is itself moved by due_date; six months from 2025-04-05 … a Sunday in October
    assert f.grace_end(date(2025, 4, 5), weekdays_only) == date(2025, 10, 6)
    # six months after 2025-04-01 is 2025-10-01 (国庆): the grace ends on the first working day after
    assert f.grace_end(date(2025, 4, 1)) == date(2025, 10, 9)


def test_fee_state_paid_late_and_partial():
    fee = f.fee_for_year(ROWS, "invention", date(2020, 3, 10), 6, grant_year=3, holders=[UNIT], is_working_day=every_day)
    assert (fee.due, fee.full_fen, fee.payable_fen) == (date(2025, 3, 10), 120000, 18000)
    assert f.fee_state(fee, [], date(2025, 3, 1), every_day).status == "due"
    late = f.fee_state(fee, [], date(2025, 4, 20), every_day)
    assert (late.status, late.surcharge_percent, late.surcharge_fen, late.owed_fen) == ("late", 5, 6000, 24000)
    paid = f.fee_state(fee, [(date(2025, 4, 20), 24000)], date(2025, 6, 1), every_day)
    assert (paid.status, paid.balance_fen) == ("paid", 0)
    short = f.fee_state(fee, [(date(2025, 4, 20), 18000)], date(2025, 4, 25), every_day)
    assert (short.status, short.balance_fen) == ("late", 6000)   # the surcharge of the day paid is still owed
    assert f.fee_state(fee, [], date(2025, 9, 11), every_day).status == "lapsed"
    assert fee.kind_label == "发明专利第6年年费"


# ---------------------------------------------------------------- who pays, owes fees, decisions

def test_maintenance_clause_split():
    s = f.parse_maintenance_clause("单位承担60%，团队承担40%")
    assert s is not None and s.shares == {"unit": 60, "team": 40}
    assert s.split(18001) == {"unit": 10801, "team": 7200}
    assert f.parse_maintenance_clause("维持费用由完成人团队承担").shares == {"team": 100}
    assert f.parse_maintenance_clause("由受让方承担专利维持费用").shares == {"user": 100}
    assert f.parse_maintenance_clause("双方协商") is None
    assert f.parse_maintenance_clause("单位承担60%，团队承担30%") is None
    assert f.split_by_ownership("30").shares == {"unit": 70, "team": 30}
    assert f.split_by_ownership(None).shares == {"unit": 100}


def test_owes_annual_fees():
    filing = date(2015, 1, 10)
    assert f.owes_annual_fees("invention", "granted", "registered", filing, date(2026, 1, 1))
    assert not f.owes_annual_fees("invention", "granted", "abandoned", filing, date(2026, 1, 1))
    assert not f.owes_annual_fees("invention", "lapsed", "registered", filing, date(2026, 1, 1))
    assert not f.owes_annual_fees("invention", "pending", "registered", filing, date(2026, 1, 1))
    assert not f.owes_annual_fees("software", "granted", "registered", filing, date(2026, 1, 1))
    assert not f.owes_annual_fees("utility_model", "granted", "registered", filing, date(2026, 1, 1))  # term over
    assert f.owes_annual_fees("utility_model", "granted", "registered", filing, date(2025, 1, 9))


def test_review_decision_needs_who_and_why():
    f.check_review_decision("keep", "仍在许可中", "王处长")
    with pytest.raises(DomainError, match="决定人"):
        f.check_review_decision("abandon", "无前景", " ")
    with pytest.raises(DomainError, match="理由"):
        f.check_review_decision("offer", "", "王处长")
    with pytest.raises(DomainError):
        f.check_review_decision("sell", "x", "y")
