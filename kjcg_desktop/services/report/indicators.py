"""Indicators of the annual report (年度报告) for a year and the year before.

Every year the unit reports last year's achievement state assets to finance and 国资
(1-2 第十二条) and the pilot's execution to the science commission (方案三(四)). Each indicator
is a family of records from :mod:`kjcg_desktop.storage.report_queries` plus a filter on its
groups, so :func:`records_behind` returns exactly the records counted. Confidential achievements
are never reported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ... import clock
from ... import domain as d
from ...storage import report_queries as rq
from ...storage.db import Database
from ...storage.settings import Settings

ARTICLE_REPORT = "1-2 第十二条、方案三(四)"
FREE_TEXT_KEY = "annual_report_text"

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class IndicatorDef:
    key: str
    section: str
    label: str
    unit: str                      # 项 / 元 / 人次 / %
    family: str
    match: Mapping[int, tuple[str, ...]] = field(default_factory=dict)
    measure: str = "count"         # count | amount | ratio
    ratio_of: tuple[str, str] | None = None   # (numerator key, denominator key) for ratio
    article: str = ""


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    article: str


SECTIONS: list[Section] = [
    Section("intake", "一、成果披露与审核登记", "1-2 第六条、第七条"),
    Section("state", "二、年末成果状态（属性、阶段、转化状态）", "1-2 第五条、第七条、第九条"),
    Section("grants", "三、赋权（所有权、长期使用权及延期）", "方案二(一)、方案二(二)"),
    Section("deals", "四、转化交易", "方案三(四)、1-1 第六条"),
    Section("income", "五、收益与分配", "方案二(一)、国科发政〔2018〕103号"),
    Section("disposal", "六、估值决定、放弃与处置", "方案二(三)、1-2 第十一条"),
    Section("assets", "七、支出处理与无形资产（单列反映）", "1-2 第十条、第十四条"),
    Section("publicity", "八、公示与异议", "方案二(一)、1-1 第六条"),
]
SECTION_BY_KEY = {s.key: s for s in SECTIONS}

GRANT_TYPES = [
    ("ownership_full", "全部赋予所有权"),
    ("ownership_partial", "部分赋予所有权（共有）"),
    ("ownership_remaining", "转让单位留存份额"),
    ("use_right", "赋予长期使用权"),
    ("extension", "长期使用权延期"),
]
FUNDING = [("government", "财政资金（纵向）"), ("enterprise", "企事业单位资金（横向）"), ("own", "单位自有资金（自筹）"),
           ("unknown", "未关联项目")]
ALL = ()  # empty match: every record of the family


def _defs() -> list[IndicatorDef]:
    out: list[IndicatorDef] = []
    add = out.append
    # 一、披露与登记
    add(IndicatorDef("disclosures", "intake", "成果披露数", "项", "disclosures", article="1-2 第六条"))
    add(IndicatorDef("registrations", "intake", "审核登记数", "项", "registrations", article="1-2 第七条"))
    for t in d.AchievementType:
        add(IndicatorDef(f"registrations.type.{t.value}", "intake", f"登记成果：{t.label}", "项", "registrations",
                         {0: (t.value,)}, article="1-2 第七条"))
    for value, label in FUNDING:
        add(IndicatorDef(f"registrations.funding.{value}", "intake", f"登记成果来源：{label}", "项", "registrations",
                         {1: (value,)}, article="1-2 第八条(一)"))
    # 二、年末状态
    add(IndicatorDef("year_end.total", "state", "年末持有成果总数", "项", "year_end", article="1-2 第七条"))
    for a in d.Attribute:
        add(IndicatorDef(f"year_end.attribute.{a.value}", "state", f"年末{a.label}", "项", "year_end", {0: (a.value,)},
                         article="1-2 第五条"))
    for s in d.Stage:
        add(IndicatorDef(f"year_end.stage.{s.value}", "state", f"年末{s.label}", "项", "year_end", {1: (s.value,)},
                         article="1-2 第九条"))
    for status in d.TransferStatus:
        add(IndicatorDef(f"year_end.transfer.{status.value}", "state", f"年末{status.label}", "项", "year_end", {2: (status.value,)},
                         article="1-2 第七条"))
    # 三、赋权
    for value, label in GRANT_TYPES:
        article = "方案二(一)" if value.startswith("ownership") else "方案二(二)"
        for step, step_label in (("applied", "申请"), ("approved", "批准"), ("effective", "生效")):
            add(IndicatorDef(f"grants.{value}.{step}", "grants", f"{label}：{step_label}", "项", f"grants_{step}",
                             {0: (value,)}, article=article))
    # 四、交易
    for k in d.DealKind:
        add(IndicatorDef(f"deals.{k.value}.count", "deals", f"{k.label}：合同数", "项", "deals", {0: (k.value,)},
                         article="方案三(四)"))
        add(IndicatorDef(f"deals.{k.value}.amount", "deals", f"{k.label}：合同金额", "元", "deals", {0: (k.value,)},
                         "amount", article="方案三(四)"))
        add(IndicatorDef(f"deals.{k.value}.income", "deals", f"{k.label}：当年到账收入", "元", "income", {0: (k.value,)},
                         "amount", article="方案三(四)"))
    add(IndicatorDef("deals.count", "deals", "合同总数", "项", "deals", article="方案三(四)"))
    add(IndicatorDef("deals.amount", "deals", "合同总金额", "元", "deals", measure="amount", article="方案三(四)"))
    add(IndicatorDef("deals.income", "deals", "当年到账收入合计", "元", "income", measure="amount", article="方案三(四)"))
    add(IndicatorDef("deals.big.count", "deals", "100万元及以上合同数", "项", "deals", {1: ("big",)}, article="方案三(四)"))
    add(IndicatorDef("deals.big.amount", "deals", "100万元及以上合同金额", "元", "deals", {1: ("big",)}, "amount",
                     article="方案三(四)"))
    add(IndicatorDef("deals.big.count_share", "deals", "100万元及以上合同数占比", "%", "deals", {1: ("big",)}, "ratio",
                     ("deals.big.count", "deals.count"), article="方案三(四)"))
    add(IndicatorDef("deals.big.amount_share", "deals", "100万元及以上合同金额占比", "%", "deals", {1: ("big",)}, "ratio",
                     ("deals.big.amount", "deals.amount"), article="方案三(四)"))
    add(IndicatorDef("deals.sme.count", "deals", "与中小微企业签订合同数", "项", "deals", {3: ("sme",)}, article="方案三(四)"))
    # 五、收益分配
    add(IndicatorDef("distributions.team.amount", "income", "分配给完成人（团队）的收益", "元", "distributions",
                     {0: ("team",)}, "amount", article="方案二(一)"))
    add(IndicatorDef("distributions.team.count", "income", "获得收益分配的完成人", "人次", "distributions",
                     {0: ("team",)}, article="国科发政〔2018〕103号"))
    add(IndicatorDef("distributions.unit.amount", "income", "单位留存收益", "元", "distributions", {0: ("unit",)},
                     "amount", article="方案二(三)"))
    # 六、估值、放弃、处置
    for value, label in (("not_needed", "与国有全资企业交易，无需评估"), ("yes", "单位决定进行资产评估"),
                         ("no", "单位决定不进行资产评估")):
        add(IndicatorDef(f"valuation.{value}", "disposal", f"估值决定：{label}", "项", "deals", {2: (value,)},
                         article="方案二(三)"))
    add(IndicatorDef("abandonments.filed", "disposal", "成果放弃申请", "项", "abandonments_filed", article="1-2 第十一条"))
    add(IndicatorDef("abandonments.done", "disposal", "放弃公示期满（放弃生效）", "项", "abandonments_done",
                     article="1-2 第十一条"))
    add(IndicatorDef("disposals", "disposal", "转让处置（单位权利终止）", "项", "disposals", article="1-2 第十一条"))
    # 七、支出与无形资产
    for treatment in d.Treatment:
        add(IndicatorDef(f"expenditures.{treatment.value}", "assets", f"支出：{treatment.label}", "元", "expenditures", {0: (treatment.value,)},
                         "amount", article="1-2 第十条"))
    for value, label in (("recognize", "确认无形资产"), ("dispose", "处置无形资产"), ("write_off", "核销无形资产")):
        article = "1-2 第十条" if value == "recognize" else "1-2 第十一条"
        add(IndicatorDef(f"assets.{value}.count", "assets", f"{label}：笔数", "项", "finance", {0: (value,)},
                         article=article))
        add(IndicatorDef(f"assets.{value}.amount", "assets", f"{label}：金额", "元", "finance", {0: (value,)}, "amount",
                         article=article))
    add(IndicatorDef("assets.year_end.count", "assets", "年末单列管理的无形资产：项数", "项", "year_end", {3: ("1",)},
                     article="1-2 第十四条"))
    add(IndicatorDef("assets.year_end.amount", "assets", "年末单列管理的无形资产：账面价值", "元", "year_end", {3: ("1",)},
                     "amount", article="1-2 第十四条"))
    # 八、公示与异议
    add(IndicatorDef("publicities", "publicity", "发布公示总数", "项", "publicities", article="方案二(一)"))
    for kind in d.PublicityKind:
        add(IndicatorDef(f"publicities.{kind.value}", "publicity", f"公示：{kind.label}", "项", "publicities", {0: (kind.value,)},
                         article=_publicity_article(kind.value)))
    add(IndicatorDef("objections", "publicity", "收到异议", "项", "objections", article="方案二(一)"))
    add(IndicatorDef("objections.upheld", "publicity", "异议成立", "项", "objections", {0: ("upheld",)},
                     article="方案二(一)"))
    return out


def _publicity_article(kind: str) -> str:
    from ...storage.publicities import KIND_ARTICLE

    return KIND_ARTICLE[kind]


INDICATORS: list[IndicatorDef] = _defs()
BY_KEY: dict[str, IndicatorDef] = {i.key: i for i in INDICATORS}
# The main counts drawn as bar charts over the last five years.
CHART_COUNTS = ["disclosures", "registrations", "deals.count", "publicities"]
CHART_AMOUNTS = ["deals.amount", "deals.income", "distributions.team.amount"]

Value = int | Decimal | None


@dataclass
class IndicatorRow:
    definition: IndicatorDef
    current: Value
    previous: Value

    @property
    def section(self) -> Section:
        return SECTION_BY_KEY[self.definition.section]


@dataclass
class AnnualReport:
    year: int
    unit_name: str
    rows: list[IndicatorRow]
    free_text: dict[str, str]
    series: dict[str, dict[int, Value]] = field(default_factory=dict)
    generated: date = field(default_factory=clock.today)
    confidential_left_out: int = 0  # classified achievements on record at year end, never reported

    @property
    def previous_year(self) -> int:
        return self.year - 1

    def row(self, key: str) -> IndicatorRow:
        return next(r for r in self.rows if r.definition.key == key)

    def sections(self) -> list[tuple[Section, list[IndicatorRow]]]:
        return [(s, [r for r in self.rows if r.definition.section == s.key]) for s in SECTIONS]


def _matches(group: tuple[str, ...], match: Mapping[int, tuple[str, ...]], margins: bool) -> bool:
    """Whether a result row of a family counts for an indicator. Margin families (see
    :class:`report_queries.Family`) hold one row per group value with ``*`` elsewhere."""
    if margins:
        return all((group[i] in match[i]) if i in match else group[i] == "*" for i in range(len(group)))
    return all(group[i] in allowed for i, allowed in match.items())


def _percent(numerator: int, denominator: int) -> Decimal | None:
    if not denominator:
        return None
    return (Decimal(numerator) * 100 / Decimal(denominator)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def indicator_values(db: Database, year: int, *, keys: Iterable[str] | None = None,
                     today: date | None = None) -> dict[str, Value]:
    """key → value for ``year``: counts as int, amounts as int fen, shares as Decimal percent."""
    wanted = [BY_KEY[k] for k in keys] if keys is not None else INDICATORS
    needed = {i.family for i in wanted} | {BY_KEY[k].family for i in wanted if i.ratio_of for k in i.ratio_of}
    families = {f: rq.family_values(db, f, year, today) for f in sorted(needed)}

    def plain(ind: IndicatorDef) -> int:
        total = 0
        margins = rq.FAMILIES[ind.family].domains is not None
        for group, (count, amount) in families[ind.family].items():
            if _matches(group, ind.match, margins):
                total += amount if ind.measure == "amount" else count
        return total

    values: dict[str, Value] = {}
    for ind in wanted:
        if ind.measure == "ratio":
            num, den = ind.ratio_of  # type: ignore[misc]
            values[ind.key] = _percent(plain(BY_KEY[num]), plain(BY_KEY[den]))
        else:
            values[ind.key] = plain(ind)
    return values


def free_text(db: Database, year: int) -> dict[str, str]:
    """The pilot's typical measures and problems for ``year`` (方案三(四)), kept in settings."""
    stored = Settings(db).get(FREE_TEXT_KEY) or {}
    entry = stored.get(str(year), {}) if isinstance(stored, dict) else {}
    return {"measures": str(entry.get("measures", "")), "problems": str(entry.get("problems", ""))}


def save_free_text(db: Database, year: int, measures: str, problems: str) -> None:
    settings = Settings(db)
    stored = settings.get(FREE_TEXT_KEY) or {}
    stored = dict(stored) if isinstance(stored, dict) else {}
    stored[str(year)] = {"measures": measures, "problems": problems}
    settings.set(FREE_TEXT_KEY, stored)


def compute_report(db: Database, year: int, *, today: date | None = None, chart_years: int = 5,
                   progress: Progress | None = None) -> AnnualReport:
    """All indicators for ``year`` and ``year - 1``, the free text and the chart series."""
    report = progress or (lambda done, total, label: None)
    report(0, 3, "统计本年度指标")
    current = indicator_values(db, year, today=today)
    report(1, 3, "统计上年度指标")
    previous = indicator_values(db, year - 1, today=today)
    rows = [IndicatorRow(i, current[i.key], previous[i.key]) for i in INDICATORS]
    report(2, 3, "统计历年趋势")
    series: dict[str, dict[int, Value]] = {k: {} for k in CHART_COUNTS + CHART_AMOUNTS}
    for y in range(year - chart_years + 1, year + 1):
        values = current if y == year else previous if y == year - 1 else indicator_values(
            db, y, keys=CHART_COUNTS + CHART_AMOUNTS, today=today)
        for k in series:
            series[k][y] = values[k]
    report(3, 3, "统计完成")
    unit = Settings(db).get("unit_name") or ""
    from ...storage.contracts import confidential_left_out

    return AnnualReport(year, unit, rows, free_text(db, year), series, today or clock.today(),
                        confidential_left_out(db, year))


def records_behind(db: Database, key: str, year: int, *, today: date | None = None) -> tuple[str, list[int]]:
    """(entity, record ids) behind indicator ``key`` in ``year``; a share traces to its numerator."""
    ind = BY_KEY[key]
    if ind.measure == "ratio" and ind.ratio_of:
        ind = BY_KEY[ind.ratio_of[0]]
    family = rq.FAMILIES[ind.family]
    return family.entity, rq.family_ids(db, ind.family, year, ind.match, today)


def record_details(db: Database, entity: str, ids: Iterable[int], *, limit: int | None = None) -> list[dict[str, Any]]:
    return rq.detail_rows(db, entity, ids, limit=limit)


# -- formatting shared by the xlsx and the PDF -------------------------------------------------------

def format_value(unit: str, value: Value) -> str:
    """Text of one value as printed in the PDF and compared with the workbook."""
    if value is None:
        return "—"
    if unit == "元":
        return d.format_yuan(int(value))
    if unit == "%":
        return f"{value}%"
    return f"{int(value):,}"


def change_text(unit: str, current: Value, previous: Value) -> str:
    if current is None or previous is None:
        return "—"
    delta = current - previous
    if delta == 0:
        return "0.00" if unit == "元" else "0"
    if unit == "%":
        return f"{delta:+}个百分点"
    if unit == "元":
        sign = "+" if delta >= 0 else "-"
        return sign + d.format_yuan(abs(int(delta)))
    return f"{int(delta):+,}"
