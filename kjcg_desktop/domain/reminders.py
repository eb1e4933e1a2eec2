"""What needs action soon: the reminder rules of the dashboard (工作台) and the calendar export.

Pure dates in, :class:`Reminder` out — the rows come from ``storage.reminders``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from .timeline import ARTICLE_ANNUAL, ARTICLE_PILOT, annual_report_due, pilot_milestones

PUBLICITY_WINDOW_DAYS = 7
USE_RIGHT_WINDOW_DAYS = 180

ARTICLE_USE_RIGHT = "方案二(二)"
ARTICLE_ANNUITY = "专利法第四十二条、第四十三条"

KIND_LABELS = {
    "publicity_end": "公示届满",
    "use_right_expiry": "长期使用权到期",
    "use_right_term": "长期使用权本期届满",
    "annuity": "专利年费",
    "annual_report": "年度报告",
    "pilot_rules": "试点一年：管理制度",
    "pilot_end": "试点三年期满",
    "contract_registration": "技术合同待认定登记",
}


# Title and detail of each kind, with {placeholders} filled from Reminder.args. The dashboard shows
# them in the UI language (the translation catalogue lists them); the calendar export as written.
MESSAGES = {
    "annuity": ("缴纳专利年费：{name}", "专利号 {number}，申请日 {filing}，每年于申请日对应日前缴纳"),
    "publicity_end": ("公示届满：{title}", "公示自 {start} 起，公示期至 {end} 24:00 届满（名义届满 {nominal_end}）；{next} 起可结束公示"),
    "use_right_expiry": ("长期使用权到期：{title}", "申请 {number}，期限 {start} 至 {end}；如需延长请提出延长申请"),
    "use_right_term": ("长期使用权本期协议届满：{title}", "申请 {number}，本期 {start} 至 {term_end}，使用权至 {end}；请办理续期"),
    "annual_report": ("报送 {year} 年度科技成果国有资产情况及试点执行报告", "向财政、国资部门报送上一年度情况（报送日期可在设置中修改）"),
    "pilot_rules": ("试点满一年：单位科技成果转化管理制度应已建立", "试点自 {start} 起，一年内建立完善管理制度"),
    "pilot_end": ("试点三年期满", "试点自 {start} 起为期三年；期间签订的赋权协议继续有效"),
    "contract_registration": ("技术合同待认定登记：{number} {name}",
                              "首笔到账 {received}；登记后现金奖励可减按50%计入工资薪金所得（财税〔2018〕58号）"),
}


@dataclass(frozen=True)
class Reminder:
    kind: str
    due: date
    args: tuple[tuple[str, str], ...]  # the values of the placeholders of MESSAGES[kind]
    article: str
    achievement_id: int | None = None
    record: str = ""  # "publicity:12", "application:3", "achievement:7", "settings", "report"

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def title(self) -> str:
        return self.fill(MESSAGES[self.kind][0])

    @property
    def detail(self) -> str:
        return self.fill(MESSAGES[self.kind][1])

    def fill(self, template: str) -> str:
        """``template`` (one of MESSAGES, or its translation) with this reminder's values."""
        return template.format(**dict(self.args))

    def days_left(self, today: date) -> int:
        return (self.due - today).days

    @property
    def uid(self) -> str:
        return f"{self.kind}-{self.record or 'unit'}-{self.due.isoformat()}"


def publicity_reminder(row: dict[str, Any], article: str) -> Reminder:
    return Reminder("publicity_end", date.fromisoformat(row["end_date"]),
                    (("title", row["title"]), ("start", row["start_date"]), ("end", row["end_date"]),
                     ("nominal_end", row["nominal_end"]),
                     ("next", (date.fromisoformat(row["end_date"]) + timedelta(days=1)).isoformat())),
                    article, row.get("achievement_id"), f"publicity:{row['id']}")


def use_right_term_reminder(row: dict[str, Any]) -> Reminder:
    """The current agreement term inside a long-term use right ends (方案二(二): the first term,
    5 years by default, inside a right of no less than 10 years)."""
    return Reminder("use_right_term", date.fromisoformat(row["term_end_date"]),
                    (("title", row["title"] or row["number"]), ("number", row["number"]), ("start", row["start_date"] or "—"),
                     ("term_end", row["term_end_date"]), ("end", row["end_date"])),
                    ARTICLE_USE_RIGHT, row.get("achievement_id"), f"application:{row['id']}")


def use_right_reminder(row: dict[str, Any]) -> Reminder:
    return Reminder("use_right_expiry", date.fromisoformat(row["end_date"]),
                    (("title", row["title"] or row["number"]), ("number", row["number"]), ("start", row["start_date"] or "—"),
                     ("end", row["end_date"])),
                    ARTICLE_USE_RIGHT, row.get("achievement_id"), f"application:{row['id']}")


def annual_report_reminder(today: date, month_day: str = "03-31") -> Reminder:
    """The next annual-report date on or after today (方案三(四)、1-2 第十二条)."""
    due = annual_report_due(today.year, month_day)
    if due < today:
        due = annual_report_due(today.year + 1, month_day)
    return Reminder("annual_report", due, (("year", str(due.year - 1)),), ARTICLE_ANNUAL, None, "report")


def pilot_reminders(start: date | None, today: date) -> list[Reminder]:
    """The pilot's one-year mark (management rules in place, 方案三(二)) and its three-year end
    (方案五(一)), while still ahead."""
    if start is None:
        return []
    marks = pilot_milestones(start)
    items = [
        Reminder("pilot_rules", marks.rules_due, (("start", start.isoformat()),), ARTICLE_PILOT, None, "settings"),
        Reminder("pilot_end", marks.pilot_end, (("start", start.isoformat()),), ARTICLE_PILOT, None, "settings"),
    ]
    return [r for r in items if r.due >= today]
