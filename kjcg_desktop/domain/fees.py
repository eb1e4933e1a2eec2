"""Patent maintenance: annual fees (专利年费), their due dates, the fee reduction, late payment and
who pays. Pure dates and exact amounts in, facts out; the fee table is data (rows with a
valid-from date), never literals in the rules.

Amounts are integer fen; percentages are :class:`~decimal.Decimal`. Working days come from
:func:`kjcg_desktop.domain.publicity.is_working_day` (the one holiday calendar).
"""

from __future__ import annotations

import calendar
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from .errors import DomainError
from .timeline import add_years

ARTICLE_PATENT_YEAR = "专利审查指南 第五部分第九章"
ARTICLE_DUE_MOVE = "专利法实施细则第五条（期限届满日是法定休假日的，以休假日后的第一个工作日为期限届满日）"
ARTICLE_TERM = "专利法第四十二条"
ARTICLE_SCHEDULE = "国家知识产权局专利收费标准"
ARTICLE_REDUCTION = "专利收费减缴办法（财税〔2016〕78号）"
ARTICLE_LATE = "专利审查指南 第五部分第九章（滞纳金）"
ARTICLE_LAPSE = "专利法第四十四条"
ARTICLE_OWNERSHIP = "方案二(一)"
ARTICLE_ABANDON = "1-2 第十一条"

PATENT_TYPES = ("invention", "utility_model", "design")
TYPE_LABELS = {"invention": "发明专利", "utility_model": "实用新型专利", "design": "外观设计专利"}
DESIGN_15_YEARS_FROM = date(2021, 6, 1)
GRACE_MONTHS = 6
REDUCTION_YEARS = 10
REDUCTION_SOLE = Decimal(85)
REDUCTION_JOINT = Decimal(70)
HUNDRED = Decimal(100)
# Individual holders qualify only below this income (专利收费减缴办法第三条: 上年度月均收入低于5000元，年4万→6万).
INDIVIDUAL_INCOME_LIMIT_MONTHLY = Decimal(5000)
INDIVIDUAL_INCOME_LIMIT_YEARLY = Decimal(60000)
LIVE_STATUSES_EXCLUDED = ("abandoned", "disposed", "archived")

WorkingDay = Callable[[date], bool]


def _default_working_day(day: date) -> bool:
    from .publicity import is_working_day

    return is_working_day(day)


# ---------------------------------------------------------------------------- calendar arithmetic

def add_months(day: date, months: int) -> date:
    """The same day of the month ``months`` later, or that month's last day where it has no such
    day (民法典第二百零二条: 按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，
    月末日为期间的最后一日)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_working_day(day: date, is_working_day: WorkingDay | None = None) -> date:
    """``day`` itself when it is a working day, otherwise the first working day after it
    (专利法实施细则第五条; holidays and make-up working days from the one holiday calendar)."""
    check = is_working_day or _default_working_day
    for _ in range(60):
        if check(day):
            return day
        day += timedelta(days=1)
    raise DomainError(f"{day} 之前60日内无工作日，节假日数据有误", article=ARTICLE_DUE_MOVE)


# ---------------------------------------------------------------------------- patent year and term

def patent_year_start(filing: date, year: int) -> date:
    """First day of patent year ``year`` (1-based): the filing date's anniversary
    (专利审查指南 第五部分第九章: 专利年度从申请日起算; filed 2020-03-15 → year 1 is
    2020-03-15 … 2021-03-14)."""
    if year < 1:
        raise DomainError(f"专利年度须从1开始，当前为{year}", article=ARTICLE_PATENT_YEAR)
    return add_years(filing, year - 1)


def patent_year_of(filing: date, day: date) -> int:
    """The patent year ``day`` falls in (专利审查指南 第五部分第九章)."""
    if day < filing:
        raise DomainError(f"{day} 早于申请日 {filing}", article=ARTICLE_PATENT_YEAR)
    year = day.year - filing.year + 1
    while patent_year_start(filing, year) > day:
        year -= 1
    while patent_year_start(filing, year + 1) <= day:
        year += 1
    return year


def term_years(patent_type: str, filing: date) -> int:
    """Term of protection from the filing date (专利法第四十二条, as amended 2020): invention 20
    years; utility model 10; design 10 when filed before 2021-06-01, 15 from that day."""
    if patent_type == "invention":
        return 20
    if patent_type == "utility_model":
        return 10
    if patent_type == "design":
        return 15 if filing >= DESIGN_15_YEARS_FROM else 10
    raise DomainError(f"“{patent_type}”不是专利类型，无专利年费", article=ARTICLE_TERM)


def term_end(patent_type: str, filing: date, compensation_days: int = 0) -> date:
    """Last day of protection: the day before the term's anniversary, extended by a term
    compensation (专利权期限补偿, 专利法第四十二条第二款、第三款) entered on the record."""
    if compensation_days < 0:
        raise DomainError("专利权期限补偿天数不能为负数", article=ARTICLE_TERM)
    return add_years(filing, term_years(patent_type, filing)) - timedelta(days=1) + timedelta(days=compensation_days)


def last_patent_year(patent_type: str, filing: date, compensation_days: int = 0) -> int:
    """The last patent year that starts within the term: no fee after the term."""
    return patent_year_of(filing, term_end(patent_type, filing, compensation_days))


def due_date(filing: date, year: int, is_working_day: WorkingDay | None = None) -> date:
    """Due date of the annual fee of patent year ``year`` (after the grant year): by the filing
    date's anniversary that starts the year (专利审查指南 第五部分第九章: 以后的年费应当在上一年度期满前
    缴纳), moved to the next working day when it is a rest day or holiday (专利法实施细则第五条).

    The 审查指南's example: filed 1997-06-03, granted in its fifth year — the sixth-year fee is due
    by 2002-06-03."""
    return next_working_day(patent_year_start(filing, year), is_working_day)


# ---------------------------------------------------------------------------- the fee table

@dataclass(frozen=True)
class ScheduleRow:
    """One band of the fee table: ``amount_fen`` a year for years ``year_from``–``year_to`` of a
    patent type, for fees due on or after ``valid_from``."""

    patent_type: str
    year_from: int
    year_to: int
    amount_fen: int
    valid_from: date
    id: int | None = None
    note: str = ""


def parse_schedule_toml(text: str) -> list[ScheduleRow]:
    """The rows of ``resources/fee_schedule.toml`` (国家知识产权局专利收费标准)."""
    rows = []
    for i, raw in enumerate(tomllib.loads(text).get("row", []), start=1):
        try:
            first, last = raw["years"]
            amount = Decimal(str(raw["amount"]))
            rows.append(ScheduleRow(raw["type"], int(first), int(last), int(amount * 100), date.fromisoformat(raw["valid_from"]),
                                    note=str(raw.get("note", ""))))
        except (KeyError, ValueError, TypeError, ArithmeticError) as exc:
            raise DomainError(f"年费标准第{i}行有误：{exc}", article=ARTICLE_SCHEDULE) from None
    for row in rows:
        check_schedule_row(row)
    return rows


def check_schedule_row(row: ScheduleRow) -> None:
    if row.patent_type not in PATENT_TYPES:
        raise DomainError(f"年费标准的专利类型“{row.patent_type}”无效", article=ARTICLE_SCHEDULE, field="type")
    if not (1 <= row.year_from <= row.year_to <= 30):
        raise DomainError(f"年费标准的年度范围 {row.year_from}–{row.year_to} 无效", article=ARTICLE_SCHEDULE, field="years")
    if row.amount_fen <= 0:
        raise DomainError("年费金额须大于0", article=ARTICLE_SCHEDULE, field="amount")


def scheduled_fee(rows: Iterable[ScheduleRow], patent_type: str, year: int, due: date) -> ScheduleRow:
    """The row that fixes the fee of ``year`` due on ``due``: of the rows covering the type and
    year, the one with the latest valid-from date on or before the due date (a fee whose due date is
    on or after a row's valid-from date uses that row; 国家知识产权局专利收费标准). A year beyond the table,
    added by a term compensation (专利法第四十二条第二款), pays the rate of the table's last year."""
    rows = list(rows)
    top = max((r.year_to for r in rows if r.patent_type == patent_type), default=0)
    if top and year > top:  # a year added by a term compensation pays the rate of the term's last year
        year = top
    candidates = [r for r in rows if r.patent_type == patent_type and r.year_from <= year <= r.year_to and r.valid_from <= due]
    if not candidates:
        raise DomainError(f"年费标准中没有{TYPE_LABELS.get(patent_type, patent_type)}第{year}年、"
                          f"{due.isoformat()} 起适用的金额，请在设置中补充", article=ARTICLE_SCHEDULE)
    return max(candidates, key=lambda r: (r.valid_from, r.id or 0))


# ---------------------------------------------------------------------------- reduction

@dataclass(frozen=True)
class Holder:
    """A patent holder and the state of its 费减备案: True on record and eligible, False not
    eligible, None unknown (nothing recorded)."""

    name: str
    reduction_on_record: bool | None


def individual_income_qualifies(monthly_income: Decimal | None = None, yearly_income: Decimal | None = None) -> bool:
    """An individual qualifies only with income under 5,000 yuan a month / 60,000 a year
    (专利收费减缴办法第三条, limit as raised by CNIPA)."""
    if yearly_income is not None:
        return Decimal(yearly_income) < INDIVIDUAL_INCOME_LIMIT_YEARLY
    if monthly_income is not None:
        return Decimal(monthly_income) < INDIVIDUAL_INCOME_LIMIT_MONTHLY
    return False


def reduction_percent(year: int, grant_year: int | None, holders: Sequence[Holder]) -> Decimal:
    """The reduction of the annual fee of patent year ``year`` (专利收费减缴办法第二条、第三条、第四条;
    CNIPA 2018: the annual fees of the ten years from the year of grant): 85 % for one eligible
    holder, 70 % for two or more when every one of them is eligible (a 费减备案 on record); none for
    a year outside the ten, or when any holder is unknown or ineligible."""
    if grant_year is None or not holders:
        return Decimal(0)
    if not (grant_year <= year < grant_year + REDUCTION_YEARS):
        return Decimal(0)
    if not all(h.reduction_on_record is True for h in holders):
        return Decimal(0)
    return REDUCTION_SOLE if len(holders) == 1 else REDUCTION_JOINT


def reduction_blocker(holders: Sequence[Holder]) -> str:
    """Why no reduction applies for these holders ("" when none is missing)."""
    unknown = [h.name for h in holders if h.reduction_on_record is None]
    refused = [h.name for h in holders if h.reduction_on_record is False]
    parts = []
    if unknown:
        parts.append("未备案：" + "、".join(unknown))
    if refused:
        parts.append("不符合费减条件：" + "、".join(refused))
    return "；".join(parts)


def holders_on(day: date, unit: Holder, others: Sequence[Holder] = (), *, partial_grant_on: date | None = None,
               completers: Sequence[Holder] = (), full_grant_on: date | None = None) -> list[Holder]:
    """The holders of a patent on ``day``: the unit and any recorded co-holder; from the registration
    of a partial ownership grant (方案二(一): 单位与成果完成人共同所有) the completers join as co-owners;
    after a full grant the completers alone hold it."""
    if full_grant_on is not None and day >= full_grant_on:
        return list(completers)
    result = [unit, *others]
    if partial_grant_on is not None and day >= partial_grant_on:
        result += [c for c in completers if c.name not in {h.name for h in result}]
    return result


def _percent_of(amount_fen: int, percent: Decimal) -> int:
    return int((Decimal(amount_fen) * percent / HUNDRED).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def reduced_amount(full_fen: int, percent: Decimal) -> int:
    """The amount payable after a reduction of ``percent`` (exact, to the fen)."""
    return full_fen - _percent_of(full_fen, percent)


@dataclass(frozen=True)
class GrantFeeCase:
    label: str
    reduction_percent: Decimal
    yearly_fen: int


def partial_grant_fee_cases(full_fen: int, year: int, grant_year: int | None, unit: Holder) -> list[GrantFeeCase]:
    """What a partial ownership grant does to the fee of ``year`` (方案二(一); 专利收费减缴办法第四条):
    the completers become co-owners, so the reduction is 70 % with every completer's 费减备案 on record
    and none without. Returns both cases with the yearly amount, to be shown when the grant is made."""
    with_filing = reduction_percent(year, grant_year, [unit, Holder("完成人", True)])
    without = reduction_percent(year, grant_year, [unit, Holder("完成人", None)])
    return [GrantFeeCase("完成人已办理费减备案", with_filing, reduced_amount(full_fen, with_filing)),
            GrantFeeCase("完成人未办理费减备案", without, reduced_amount(full_fen, without))]


# ---------------------------------------------------------------------------- late payment

@dataclass(frozen=True)
class Surcharge:
    percent: Decimal  # of the full annual fee
    band_end: date | None  # last day this percent applies (None: on time or after the grace)
    rises_on: date | None  # first day of the next higher percent
    lapsed: bool = False


def grace_end(due: date, is_working_day: WorkingDay | None = None) -> date:
    """Last day to pay late: six months after the due date (the date after any holiday move),
    counted as the Civil Code counts months, moved to the next working day when it is a rest day
    (专利审查指南 第五部分第九章; 专利法实施细则第五条)."""
    return next_working_day(add_months(due, GRACE_MONTHS), is_working_day)


def surcharge_on(due: date, paid_on: date, is_working_day: WorkingDay | None = None) -> Surcharge:
    """The late-payment surcharge (滞纳金) for a fee due on ``due`` and paid on ``paid_on``
    (专利审查指南 第五部分第九章): within one whole month after the due date none; then 5 %, 10 %,
    15 %, 20 %, 25 % of the full annual fee for each further started month. Months end on the same
    day of the month, or the month's last day where it has no such day (民法典第二百零二条). After
    the six months the right has ended (专利法第四十四条): ``lapsed``."""
    if paid_on <= due:
        return Surcharge(Decimal(0), None, add_months(due, 1) + timedelta(days=1))
    end = grace_end(due, is_working_day)
    if paid_on > end:
        return Surcharge(Decimal(25), None, None, lapsed=True)
    for month in range(1, GRACE_MONTHS + 1):
        band_end = add_months(due, month) if month < GRACE_MONTHS else end
        if paid_on <= band_end:
            percent = Decimal(5 * (month - 1))
            rises = band_end + timedelta(days=1) if month < GRACE_MONTHS else None
            return Surcharge(percent, band_end, rises)
    raise AssertionError("unreachable")  # pragma: no cover


def surcharge_fen(full_fen: int, percent: Decimal) -> int:
    return _percent_of(full_fen, percent)


# ---------------------------------------------------------------------------- one fee and its state

@dataclass(frozen=True)
class Fee:
    patent_type: str
    year: int
    due: date
    full_fen: int
    reduction_percent: Decimal
    payable_fen: int  # after the reduction, before any surcharge
    grace_end: date
    schedule_valid_from: date

    @property
    def kind_label(self) -> str:
        """费用种类 as CNIPA writes it: 发明专利第5年年费."""
        return f"{TYPE_LABELS[self.patent_type]}第{self.year}年年费"


def fee_for_year(rows: Iterable[ScheduleRow], patent_type: str, filing: date, year: int, *, grant_year: int | None,
                 holders: Sequence[Holder], is_working_day: WorkingDay | None = None) -> Fee:
    """Every fact of the annual fee of patent year ``year``: due date, scheduled amount, reduction
    and payable amount, grace end."""
    due = due_date(filing, year, is_working_day)
    row = scheduled_fee(rows, patent_type, year, due)
    percent = reduction_percent(year, grant_year, holders)
    return Fee(patent_type, year, due, row.amount_fen, percent, reduced_amount(row.amount_fen, percent),
               grace_end(due, is_working_day), row.valid_from)


def fee_years(patent_type: str, filing: date, grant_year: int, compensation_days: int = 0) -> range:
    """The patent years whose fee is due by an anniversary: from the year after the grant year
    (the grant-year fee is paid with the registration, 专利法实施细则 办理登记手续) to the last year
    that starts within the term."""
    return range(grant_year + 1, last_patent_year(patent_type, filing, compensation_days) + 1)


@dataclass(frozen=True)
class FeeState:
    """A fee against what was paid on it."""

    status: str  # "paid", "due", "late", "lapsed"
    surcharge_percent: Decimal
    surcharge_fen: int
    owed_fen: int  # reduced fee + surcharge as of the day
    paid_fen: int
    balance_fen: int
    rises_on: date | None
    paid_on: date | None = None


STATUS_LABELS = {"paid": "已缴", "due": "待缴", "late": "滞纳期", "lapsed": "已超过滞纳期", "partial": "部分缴纳"}


def fee_state(fee: Fee, payments: Sequence[tuple[date, int]], today: date,
              is_working_day: WorkingDay | None = None) -> FeeState:
    """The state of ``fee`` on ``today`` given the payments (date, fen) made for it: a late or
    partial payment owes the surcharge of the day it was actually paid (the last payment's day);
    unpaid, the surcharge that applies today and the date it next rises."""
    paid = sum(amount for _, amount in payments)
    last_paid = max((d for d, _ in payments), default=None)
    if paid > 0 and last_paid is not None:
        s = surcharge_on(fee.due, last_paid, is_working_day)
        owed = fee.payable_fen + surcharge_fen(fee.full_fen, s.percent)
        if paid >= owed:
            return FeeState("paid", s.percent, surcharge_fen(fee.full_fen, s.percent), owed, paid, owed - paid, None, last_paid)
    s = surcharge_on(fee.due, today, is_working_day)
    owed = fee.payable_fen + surcharge_fen(fee.full_fen, s.percent)
    status = "lapsed" if s.lapsed else ("late" if today > fee.due else ("partial" if paid else "due"))
    if paid and status == "due":
        status = "partial"
    return FeeState(status, s.percent, surcharge_fen(fee.full_fen, s.percent), owed, paid, owed - paid, s.rises_on, last_paid)


# ---------------------------------------------------------------------------- who pays

@dataclass(frozen=True)
class PayerSplit:
    """Shares of the maintenance fees by payer (方案二(一) 知识产权维持费用): {"unit": 60, "team": 40}."""

    shares: Mapping[str, Decimal] = field(default_factory=lambda: {"unit": HUNDRED})
    source: str = "默认：单位承担"

    def text(self) -> str:
        return "、".join(f"{PAYER_LABELS.get(k, k)} {v.normalize():f}%" for k, v in self.shares.items())

    def split(self, amount_fen: int) -> dict[str, int]:
        """``amount_fen`` split by share, exact to the fen; the rounding remainder goes to the first payer."""
        parts = {k: int((Decimal(amount_fen) * v / HUNDRED).to_integral_value(rounding="ROUND_FLOOR")) for k, v in self.shares.items()}
        if parts:
            first = next(iter(parts))
            parts[first] += amount_fen - sum(parts.values())
        return parts


PAYER_LABELS = {"unit": "单位", "team": "完成人团队", "user": "使用方/被许可方"}
_PAYER_WORDS = (("team", ("完成人", "团队", "科研人员", "发明人")), ("user", ("受让", "被许可", "使用方", "许可方", "企业")),
                ("unit", ("单位", "学校", "学院", "大学", "甲方")))
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]")


def check_split(shares: Mapping[str, Decimal]) -> None:
    total = sum(shares.values(), Decimal(0))
    if total != HUNDRED or any(v < 0 for v in shares.values()):
        raise DomainError(f"维持费用分担比例合计须为100%，当前合计 {total.normalize():f}%", article=ARTICLE_OWNERSHIP,
                          field="ip_maintenance")


def parse_maintenance_clause(text: str) -> PayerSplit | None:
    """Read the grant agreement's maintenance-fee clause (方案二(一) "知识产权维持费用"): "由完成人团队
    承担", "单位承担60%，团队承担40%", "按所有权份额分担". Returns None when the clause names no payer
    the app can read (the office then enters the split by hand)."""
    clause = (text or "").strip()
    if not clause:
        return None
    found: dict[str, Decimal] = {}
    for sentence in re.split(r"[，,；;。、]", clause):
        who = next((key for key, words in _PAYER_WORDS if any(w in sentence for w in words)), None)
        if who is None:
            continue
        m = _PERCENT.search(sentence)
        if m:
            found[who] = found.get(who, Decimal(0)) + Decimal(m.group(1))
        elif not _PERCENT.search(clause) and ("承担" in sentence or "负担" in sentence or "缴纳" in sentence):
            found[who] = HUNDRED
    if not found:
        return None
    if len(found) == 1 and next(iter(found.values())) != HUNDRED:
        only = next(iter(found))
        rest = HUNDRED - found[only]
        found["unit" if only != "unit" else "team"] = rest
    try:
        check_split(found)
    except DomainError:
        return None
    return PayerSplit(dict(found), "赋权协议维持费用条款")


def split_by_ownership(team_share: Decimal | str | None) -> PayerSplit:
    """Without a readable clause, a partial grant's co-owners bear the fees by their ownership shares
    (方案二(一) 单位与成果完成人共同所有)."""
    team = Decimal(str(team_share or 0))
    if team <= 0:
        return PayerSplit()
    if team >= HUNDRED:
        return PayerSplit({"team": HUNDRED}, "按所有权份额（全部赋权）")
    return PayerSplit({"unit": HUNDRED - team, "team": team}, "按所有权份额（部分赋权）")


# ---------------------------------------------------------------------------- does it still owe fees

def owes_annual_fees(patent_type: str | None, legal_status: str | None, status: str | None, filing: date | None,
                     today: date, compensation_days: int = 0) -> bool:
    """Whether a patent still owes annual fees on ``today``: a granted invention, utility model or
    design (专利法第四十三条) whose right is in force (not lapsed, abandoned, disposed of or
    archived — 1-2 第十一条) and whose term has not run out (专利法第四十二条). The detail page and
    the reminders both ask this."""
    if patent_type not in PATENT_TYPES or legal_status != "granted" or filing is None:
        return False
    if status in LIVE_STATUSES_EXCLUDED:
        return False
    return today <= term_end(patent_type, filing, compensation_days)


REVIEW_DECISIONS = {"keep": "继续维持", "offer": "提供给完成人维持", "abandon": "放弃（启动放弃公示）"}
OFFER_ANSWERS = {"": "待答复", "accepted": "完成人同意承担维持费", "declined": "完成人不愿承担"}


def check_review_decision(decision: str, reason: str, decided_by: str) -> None:
    """A keep-or-abandon decision (1-2 第十一条) names who decided and why."""
    if decision not in REVIEW_DECISIONS:
        raise DomainError(f"未知的维持决定：{decision}", article=ARTICLE_ABANDON, field="decision")
    if not decided_by.strip():
        raise DomainError("请填写决定人", article=ARTICLE_ABANDON, field="decided_by")
    if not reason.strip():
        raise DomainError("请填写决定理由", article=ARTICLE_ABANDON, field="reason")
