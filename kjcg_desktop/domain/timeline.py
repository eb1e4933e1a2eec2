"""R12, R13 — the annual cycle and the pilot timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

ARTICLE_ANNUAL = "方案三(四)、1-2 第十二条"
ARTICLE_PILOT = "方案五(一)、方案三(二)"


def add_years(day: date, years: int) -> date:
    """Same calendar day ``years`` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class PilotMilestones:
    start: date
    rules_due: date
    pilot_end: date


def pilot_milestones(start: date) -> PilotMilestones:
    """The pilot lasts three years from its start (方案五(一)); the unit's management rules must be
    in place within one year (方案三(二))."""
    return PilotMilestones(start, add_years(start, 1), add_years(start, 3))


def annual_report_due(year: int, month_day: str = "03-31") -> date:
    """The date before which last year's achievement state assets are reported to finance and
    国资 (1-2 第十二条 "每年固定时间前"); the unit's fixed date is a setting (MM-DD)."""
    month, day = (int(x) for x in month_day.split("-"))
    return date(year, month, day)
