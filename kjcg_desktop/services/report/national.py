"""The national annual report on transformation (科技成果转化年度报告, 促进科技成果转化法第二十一条):
the indicators of the published national report computed from the year's records, the report as
.docx (the office edits the narrative in Word before filing) and the indicator tables as .xlsx.

One year basis throughout, stated on every table: contracts by signing date with their contract
amounts; income by receipt date (到账金额); rewards by payout date. Classified (涉密) achievements
and the contracts, income and rewards that carry them are never reported; the report says how
many were left out. Every table row names the records it counts.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ... import clock
from ... import domain as d
from ...domain import contracts as c
from ...storage import contracts as sc
from ...storage.db import Database
from ...storage.settings import Settings

if TYPE_CHECKING:
    from ..xlsx_writer import Truncation

NARRATIVE_KEY = "national_report_text"
BASIS_CONTRACTS = "统计口径：按合同签订日期计入年度，金额为合同金额"
BASIS_INCOME = "统计口径：按到账日期计入年度，金额为到账金额"
BASIS_REWARDS = "统计口径：现金奖励按发放日期、股权奖励按授予日期计入年度"
BASIS_ACHIEVEMENTS = "统计口径：按台账登记日期计入年度"
BASIS_STAFF = "统计口径：年度内任一时间在岗（兼职或离岗创业）的人员；衍生企业为截至年末已设立的企业"

SECTIONS = (
    ("work", "一、年度科技成果转化工作情况（成效、经验、问题）"),
    ("obtained", "二、依法取得的科技成果（数量、种类、来源）"),
    ("transfer", "三、以转让、许可、作价投资方式转化的情况"),
    ("cooperation", "四、产学研合作情况（研发机构、技术转移机构、服务平台；技术开发、咨询、服务合同；人员兼职与离岗创业）"),
    ("rewards", "五、转化绩效与奖励（收益分配、对个人的现金与股权奖励及税收）"),
    ("other", "六、其他（政策落实、转化项目清单）"),
)
MODES = ("assignment", "licence", "equity", "development", "consulting", "service")
TRANSFER_MODES = ("assignment", "licence", "equity")
FUNDING_LABELS = {"government": "财政资金（纵向）", "enterprise": "企事业单位资金（横向）", "own": "单位自有资金",
                  "unknown": "未关联项目"}

Progress = Callable[[int, int, str], None]


def percent(part: int, whole: int) -> Decimal | None:
    """A share in percent to one decimal (None when there is nothing to divide by)."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def average(total: int, count: int) -> int | None:
    """Average amount in fen, rounded half up (None for no contracts)."""
    if not count:
        return None
    return int((Decimal(total) / count).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass
class Line:
    """One row of an indicator table: label, values, and the records it counts."""

    label: str
    values: list[Any]
    records: list[str] = field(default_factory=list)


@dataclass
class Table:
    key: str
    section: str
    title: str
    headers: list[str]
    units: list[str]          # per value column: 项 / 元 / % / 人次 / 人 / 家
    basis: str
    lines: list[Line]

    def line(self, label: str) -> Line:
        return next(x for x in self.lines if x.label == label)


@dataclass
class NationalReport:
    year: int
    unit_name: str
    tables: list[Table]
    contracts: list[dict[str, Any]]
    receipts: list[dict[str, Any]]
    rewards: list[dict[str, Any]]
    achievements: list[dict[str, Any]]
    spinoffs: list[dict[str, Any]]
    mobility: list[dict[str, Any]]
    left_out: dict[str, int]
    narrative: dict[str, str]
    generated: date
    parts: list[str] = field(default_factory=list)        # departments' parts rolled up
    duplicates: list[str] = field(default_factory=list)   # their records already counted

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)

    def section_tables(self, section: str) -> list[Table]:
        return [t for t in self.tables if t.section == section]


def _numbers(rows: Iterable[dict[str, Any]], key: str = "number") -> list[str]:
    return [str(r[key]) for r in rows]


def _sum(rows: Iterable[dict[str, Any]], key: str = "amount_fen") -> int:
    return sum(int(r[key] or 0) for r in rows)


def build_tables(year: int, contracts: list[dict[str, Any]], receipts: list[dict[str, Any]],
                 rewards: list[dict[str, Any]], achievements: list[dict[str, Any]], spinoffs: list[dict[str, Any]],
                 mobility: list[dict[str, Any]], home_province: str = "") -> list[Table]:
    """The indicator tables from the year's (already unclassified) records."""
    tables = [
        *_obtained_tables(achievements),  # 二、依法取得的科技成果
        *_contract_tables(contracts, home_province),  # 三、转让、许可、作价投资；四、技术开发、咨询、服务
        _staff_table(mobility, spinoffs),  # 四、人员兼职与离岗创业、衍生企业
        _income_table(receipts),  # 五、收益与奖励
        _rewards_table(rewards),
    ]
    order = [key for key, _ in SECTIONS]
    ordered = sorted([_summary_table(contracts, receipts, rewards), *tables],
                     key=lambda t: order.index(t.section))  # stable within a section
    for n, t in enumerate(ordered, 1):
        t.title = f"表{n} {t.title}"
    return ordered


def _obtained_tables(achievements: list[dict[str, Any]]) -> list[Table]:
    """The achievements obtained in the year, by type and by funding source."""
    lines = []
    for t in d.AchievementType:
        rows = [a for a in achievements if a["type"] == t.value]
        if rows:
            lines.append(Line(t.label, [len(rows)], _numbers(rows, "ledger_no")))
    lines.append(Line("合计", [len(achievements)], _numbers(achievements, "ledger_no")))
    by_type = Table("obtained_types", "obtained", "依法取得的科技成果（按种类）", ["成果数"], ["项"],
                    BASIS_ACHIEVEMENTS, lines)
    lines = []
    for key, label in FUNDING_LABELS.items():
        rows = [a for a in achievements if a["funding_source"] == key]
        if rows:
            lines.append(Line(label, [len(rows)], _numbers(rows, "ledger_no")))
    by_source = Table("obtained_sources", "obtained", "依法取得的科技成果（按来源）", ["成果数"], ["项"],
                      BASIS_ACHIEVEMENTS, lines)
    return [by_type, by_source]


def _mode_lines(contracts: list[dict[str, Any]], modes: Sequence[str], total_label: str) -> list[Line]:
    """One line per contract mode and a total line: count, amount, average amount."""
    out = []
    chosen = [x for x in contracts if x["kind"] in modes]
    for m in modes:
        rows = [x for x in contracts if x["kind"] == m]
        out.append(Line(c.CONTRACT_MODE_LABELS[m], [len(rows), _sum(rows), average(_sum(rows), len(rows))],
                        _numbers(rows)))
    out.append(Line(total_label, [len(chosen), _sum(chosen), average(_sum(chosen), len(chosen))], _numbers(chosen)))
    return out


def _share_line(label: str, rows: list[dict[str, Any]], contracts: list[dict[str, Any]], all_fen: int) -> Line:
    """Count, share of the contracts, amount, share of the amount."""
    return Line(label, [len(rows), percent(len(rows), len(contracts)), _sum(rows), percent(_sum(rows), all_fen)],
                _numbers(rows))


def _flow_line(label: str, rows: list[dict[str, Any]], all_fen: int) -> Line:
    """Count, amount, share of the amount."""
    return Line(label, [len(rows), _sum(rows), percent(_sum(rows), all_fen)], _numbers(rows))


def _grouped(contracts: list[dict[str, Any]], key: Callable[[dict[str, Any]], str]) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for x in contracts:
        groups.setdefault(key(x), []).append(x)
    return groups


def _contract_tables(contracts: list[dict[str, Any]], home_province: str) -> list[Table]:
    """The contracts by mode, the large ones, their flow (region, industry, buyer's nature), those
    with small and micro firms and those from publicly funded projects."""
    all_fen = _sum(contracts)
    money = (["合同数", "合同金额", "平均合同金额"], ["项", "元", "元"])
    share = (["合同数", "占合同数比例", "合同金额", "占合同金额比例"], ["项", "%", "元", "%"])
    flow = (["合同数", "合同金额", "占合同金额比例"], ["项", "元", "%"])
    tables = [
        Table("transfer_modes", "transfer", "以转让、许可、作价投资方式转化的合同", *money, BASIS_CONTRACTS,
              _mode_lines(contracts, TRANSFER_MODES, "小计")),
        Table("tech_modes", "cooperation", "技术开发、咨询、服务合同", *money, BASIS_CONTRACTS,
              _mode_lines(contracts, ("development", "consulting", "service"), "小计")),
        Table("all_modes", "other", "各转化方式合同汇总（含技术开发、咨询、服务）", *money, BASIS_CONTRACTS,
              _mode_lines(contracts, MODES, "合计")),
    ]
    large = [x for x in contracts if c.is_large_contract(x["amount_fen"])]
    tables.append(Table("large", "transfer", "合同金额100万元及以上的合同", *share, BASIS_CONTRACTS,
                        [_share_line("100万元及以上", large, contracts, all_fen),
                         _share_line("全部合同", contracts, contracts, all_fen)]))
    regions = _grouped(contracts, lambda x: c.flow_region(x.get("region_code"), x.get("country_code"), home_province))
    order = sorted(regions, key=lambda k: (k in ("境外", "未填写地区"), k == "未填写地区", -_sum(regions[k]), k))
    tables.append(Table("regions", "transfer", "合同流向（按买方所在省份）", *flow, BASIS_CONTRACTS,
                        [_flow_line(k + ("（本省市）" if home_province and k == home_province else ""), regions[k], all_fen)
                         for k in order]))
    industries = _grouped(contracts, lambda x: x.get("industry") or "")
    tables.append(Table("industries", "transfer", "合同流向（按买方所属行业，GB/T 4754门类）", *flow, BASIS_CONTRACTS,
                        [_flow_line(f"{k} {c.INDUSTRIES[k]}" if k else "未填写行业", v, all_fen)
                         for k, v in sorted(industries.items(), key=lambda kv: (kv[0] == "", kv[0]))]))
    kinds = _grouped(contracts, lambda x: c.party_type_group(x.get("party_type")))
    tables.append(Table("party_types", "transfer", "合同流向（按买方性质，技术合同登记表主体性质代码）", *flow, BASIS_CONTRACTS,
                        [_flow_line(k, v, all_fen)
                         for k, v in sorted(kinds.items(), key=lambda kv: (kv[0] == "未分类", -_sum(kv[1]), kv[0]))]))
    small = [x for x in contracts if c.is_small_or_micro(x.get("size"))]
    micro = [x for x in small if x.get("size") == "micro"]
    tables.append(Table("small_micro", "transfer", "流向中小微企业的合同", *share, BASIS_CONTRACTS,
                        [_share_line("小型和微型企业", small, contracts, all_fen),
                         _share_line("其中：微型企业", micro, contracts, all_fen)]))
    public = [x for x in contracts if x.get("public_funded")]
    tables.append(Table("public_funded", "other", "财政资金资助项目形成成果的转化合同", *share, BASIS_CONTRACTS,
                        [_share_line("财政资助项目成果", public, contracts, all_fen)]))
    return tables


def _staff_table(mobility: list[dict[str, Any]], spinoffs: list[dict[str, Any]]) -> Table:
    leave = [m for m in mobility if m["kind"] == "leave"]
    part = [m for m in mobility if m["kind"] == "part_time"]
    return Table("staff", "cooperation", "人员兼职、离岗创业与衍生企业", ["数量"], ["人"], BASIS_STAFF,
                 [Line("离岗创业人员", [len(leave)], _numbers(leave, "person")),
                  Line("在企业兼职人员", [len(part)], _numbers(part, "person")),
                  Line("衍生（参股）企业（家）", [len(spinoffs)], _numbers(spinoffs, "company"))])


def _income_table(receipts: list[dict[str, Any]]) -> Table:
    lines = []
    for label, kinds in (("转让、许可、作价投资", TRANSFER_MODES), ("技术开发、咨询、服务", ("development", "consulting", "service"))):
        rows = [r for r in receipts if r["kind"] in kinds]
        lines.append(Line(label, [len(rows), _sum(rows)], _numbers(rows)))
    lines.append(Line("合计", [len(receipts), _sum(receipts)], _numbers(receipts)))
    return Table("income", "rewards", "转化收入（到账）", ["到账笔数", "到账金额"], ["笔", "元"], BASIS_INCOME, lines)


def _reward_records(rows: list[dict[str, Any]]) -> list[str]:
    return [f"{r['deal_no']} {r['recipient']}" for r in rows]


def _rewards_table(rewards: list[dict[str, Any]]) -> Table:
    """Rewards to individuals, cash and equity, each by how it is taxed."""
    cash = [r for r in rewards if r["form"] == "cash"]
    equity = [r for r in rewards if r["form"] == "equity"]
    lines = [Line("现金奖励", [len(cash), _sum(cash)], _reward_records(cash))]
    for key in ("halved", "pending_registration", "ordinary"):
        rows = [r for r in cash if r["tax_treatment"] == key]
        if rows:
            lines.append(Line("其中：" + c.CASH_TAX_LABELS[key], [len(rows), _sum(rows)], _reward_records(rows)))
    lines.append(Line("股权奖励（折合金额）", [len(equity), _sum(equity)], _reward_records(equity)))
    for key in ("deferred", "ordinary"):
        rows = [r for r in equity if r.get("tax_treatment") == key]
        if rows:
            lines.append(Line("其中：" + c.EQUITY_TAX_LABELS[key], [len(rows), _sum(rows)], _reward_records(rows)))
    lines.append(Line("奖励合计", [len(rewards), _sum(rewards)], _reward_records(rewards)))
    return Table("rewards", "rewards", "对个人的奖励（人次、金额）及计税方式", ["人次", "金额"], ["人次", "元"],
                 BASIS_REWARDS, lines)


def _summary_table(contracts: list[dict[str, Any]], receipts: list[dict[str, Any]],
                   rewards: list[dict[str, Any]]) -> Table:
    transfer = [x for x in contracts if x["kind"] in TRANSFER_MODES]
    tech = [x for x in contracts if x["kind"] not in TRANSFER_MODES]
    return Table("summary", "work", "年度主要指标", ["数量", "金额"], ["项", "元"],
                 "统计口径：合同按签订日期、计合同金额；收入按到账日期、计到账金额；奖励按发放（授予）日期", [
        Line("转让、许可、作价投资合同", [len(transfer), _sum(transfer)], _numbers(transfer)),
        Line("技术开发、咨询、服务合同", [len(tech), _sum(tech)], _numbers(tech)),
        Line("转化收入到账（按到账日期）", [len(receipts), _sum(receipts)], _numbers(receipts)),
        Line("对个人奖励（人次；按发放日期）", [len(rewards), _sum(rewards)], _reward_records(rewards)),
    ])


def compute_national(db: Database, year: int, *, today: date | None = None,
                     parts: Iterable[Path | str] = ()) -> NationalReport:
    """The year's records and their tables; classified records left out and counted. ``parts`` are
    the national-report workbooks of departments or affiliated hospitals, rolled up with the
    unit's own records (each contract, achievement, receipt and reward counted once)."""
    from .national_lists import merge, read_part

    settings = Settings(db)
    contracts = sc.year_contracts(db, year)
    receipts = sc.year_receipts(db, year)
    rewards = sc.year_rewards(db, year)
    achievements = sc.year_achievements(db, year)
    spinoffs = sc.year_spinoffs(db, year)
    mobility = sc.year_mobility(db, year)
    left_out = {"achievements": sum(a["confidential"] for a in achievements),
                "contracts": sum(x["confidential"] for x in contracts),
                "receipts": sum(bool(r["confidential"]) for r in receipts),
                "rewards": sum(r["confidential"] for r in rewards),
                "spinoffs": sum(bool(s["confidential"]) for s in spinoffs)}
    contracts = [x for x in contracts if not x["confidential"]]
    receipts = [r for r in receipts if not r["confidential"]]
    rewards = [r for r in rewards if not r["confidential"]]
    achievements = [a for a in achievements if not a["confidential"]]
    spinoffs = [s for s in spinoffs if not s["confidential"]]
    part_list = [read_part(p) for p in parts]
    duplicates: list[str] = []
    if part_list:
        for part in part_list:
            wrong = [r for r in part.records["contracts"] if r.get("contract_date") and not str(r["contract_date"]).startswith(
                f"{year:04d}")]
            if wrong:
                raise d.DomainError(f"“{part.name}”的合同清单不是 {year} 年度的（如 {wrong[0]['number']} 签订于 "
                                    f"{wrong[0]['contract_date']}）")
            for key, n in part.left_out.items():
                left_out[key] = left_out.get(key, 0) + n
        merged, duplicates = merge({"contracts": contracts, "receipts": receipts, "rewards": rewards,
                                    "achievements": achievements, "mobility": mobility, "spinoffs": spinoffs}, part_list)
        contracts, receipts, rewards = merged["contracts"], merged["receipts"], merged["rewards"]
        achievements, mobility, spinoffs = merged["achievements"], merged["mobility"], merged["spinoffs"]
    home = c.province_of(str(settings.get("unit_region_code") or ""))
    tables = build_tables(year, contracts, receipts, rewards, achievements, spinoffs, mobility, home)
    report = NationalReport(year, str(settings.get("unit_name") or ""), tables, contracts, receipts, rewards, achievements,
                            spinoffs, mobility, left_out, {}, today or clock.today(), [p.name for p in part_list], duplicates)
    stored = narrative_text(db, year)
    report.narrative = {key: stored.get(key) or draft_paragraph(report, key) for key, _ in SECTIONS}
    return report


# -- narrative -----------------------------------------------------------------------------------------

def _yuan(fen: int | None) -> str:
    if fen is None:
        return "—"
    return f"{Decimal(fen) / 1_000_000:,.2f}万元"


def draft_paragraph(report: NationalReport, section: str) -> str:
    """The drafted paragraph of a section with the year's numbers filled in."""
    y = report.year
    unit = report.unit_name or "本单位"
    if section == "work":
        total = report.table("all_modes").line("合计").values
        income = report.table("income").line("合计").values
        return (f"{y}年，{unit}共签订科技成果转化及技术开发、咨询、服务合同{total[0]}项，合同金额{_yuan(total[1])}；"
                f"全年转化收入到账{_yuan(income[1])}。（请补充本年度工作成效、主要经验和存在的问题。）")
    if section == "obtained":
        n = report.table("obtained_types").line("合计").values[0]
        kinds = "、".join(f"{x.label}{x.values[0]}项" for x in report.table("obtained_types").lines if x.label != "合计")
        return f"{y}年，{unit}依法取得并登记科技成果{n}项" + (f"，其中{kinds}" if kinds else "") + "。"
    if section == "transfer":
        sub = report.table("transfer_modes").line("小计").values
        large = report.table("large").line("100万元及以上").values
        small = report.table("small_micro").line("小型和微型企业").values
        parts = "、".join(f"{x.label}{x.values[0]}项（{_yuan(x.values[1])}）" for x in report.table("transfer_modes").lines
                         if x.label != "小计" and x.values[0])
        return (f"{y}年，以转让、许可、作价投资方式转化科技成果{sub[0]}项，合同金额{_yuan(sub[1])}" +
                (f"，其中{parts}" if parts else "") +
                f"。全部合同中，100万元及以上的{large[0]}项；流向小微企业的{small[0]}项，金额{_yuan(small[2])}。")
    if section == "cooperation":
        sub = report.table("tech_modes").line("小计").values
        staff = report.table("staff")
        return (f"{y}年，签订技术开发、咨询、服务合同{sub[0]}项，合同金额{_yuan(sub[1])}。"
                f"离岗创业人员{staff.line('离岗创业人员').values[0]}人，在企业兼职人员{staff.line('在企业兼职人员').values[0]}人，"
                f"衍生（参股）企业{staff.line('衍生（参股）企业（家）').values[0]}家。（请补充研发机构、技术转移机构和服务平台的情况。）")
    if section == "rewards":
        rw = report.table("rewards")
        cash = rw.line("现金奖励").values
        eq = rw.line("股权奖励（折合金额）").values
        income = report.table("income").line("合计").values
        return (f"{y}年转化收入到账{_yuan(income[1])}。对个人发放现金奖励{cash[0]}人次、{_yuan(cash[1])}，"
                f"给予股权奖励{eq[0]}人次、折合{_yuan(eq[1])}；现金奖励按财税〔2018〕58号减半计入工资薪金所得的情况见表13。")
    left = report.left_out
    review = [x["number"] for x in report.contracts if x.get("review")]
    review_note = (f"另有{len(review)}项合同的导入信息待核对（已计入，见合同清单“待核对”列：{'、'.join(review[:10])}"
                   f"{'等' if len(review) > 10 else ''}），报送前请核实。") if review else ""
    note = (f"涉密成果不予报告：本报告未包含涉密成果{left['achievements']}项、涉密合同{left['contracts']}项、"
            f"相关到账{left['receipts']}笔、奖励{left['rewards']}人次。") if any(left.values()) else "本年度无涉密成果需排除。"
    return f"转化项目清单见附表。{note}{review_note}（请补充政策落实情况。）"


def narrative_text(db: Database, year: int) -> dict[str, str]:
    """The office's own text of each section for ``year`` (settings ``national_report_text``)."""
    stored = Settings(db).get(NARRATIVE_KEY) or {}
    entry = stored.get(str(year), {}) if isinstance(stored, dict) else {}
    return {k: str(v) for k, v in entry.items() if str(v or "").strip()}


def save_narrative(db: Database, year: int, texts: dict[str, str]) -> None:
    settings = Settings(db)
    stored = settings.get(NARRATIVE_KEY) or {}
    stored = dict(stored) if isinstance(stored, dict) else {}
    stored[str(year)] = {k: v for k, v in texts.items() if k in dict(SECTIONS)}
    settings.set(NARRATIVE_KEY, stored)


# -- writing ------------------------------------------------------------------------------------------

def cell_text(unit: str, value: Any) -> str:
    if value is None:
        return "—"
    if unit == "元":
        return d.format_yuan(int(value))
    if unit == "%":
        return f"{value}%"
    return str(value)


def _replace_into(tmp: str, path: Path) -> None:
    try:
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_docx(report: NationalReport, path: Path) -> Path:
    """The report as Word (A4): title, the six sections in order, each with its drafted or edited
    paragraph and its tables (units in the headers, numbers right-aligned), then the list of
    transformation projects."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = _a4_document()
    title = doc.add_heading(f"{report.unit_name}{report.year}年度科技成果转化年度报告", level=0)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(f"报告年度：{report.year}年　编制日期：{report.generated.isoformat()}　依据：促进科技成果转化法第二十一条")
    if report.parts:
        doc.add_paragraph(f"本报告汇总本单位及{'、'.join(report.parts)}的数据，相同合同、成果只计一次"
                          f"（已剔除重复记录 {len(report.duplicates)} 条）。")
    for key, heading in SECTIONS:
        doc.add_heading(heading, level=1)
        for para in report.narrative.get(key, "").split("\n"):
            doc.add_paragraph(para)
        for t in report.section_tables(key):
            _docx_indicator_table(doc, t)
        if key == "other":
            _docx_projects(doc, report.contracts)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".part", dir=path.parent)
    os.close(fd)
    try:
        doc.save(tmp)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise
    _replace_into(tmp, path)
    return path


def _a4_document() -> Any:
    """An empty Word document: A4, the report's margins, 宋体 text and 黑体 headings."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2.5)
    for name in ("Normal", "Title", "Heading 1"):
        st = doc.styles[name]
        st.font.name = "宋体" if name == "Normal" else "黑体"
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), st.font.name)
    doc.styles["Normal"].font.size = Pt(11)
    return doc


def _docx_fill(cell: Any, text: str, *, right: bool = False, bold: bool = False) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    cell.text = ""
    para = cell.paragraphs[0]
    run = para.add_run(text)
    run.font.size = Pt(9.5)
    run.bold = bold
    if right:
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _docx_grid(doc: Any, headers: list[str]) -> Any:
    """A grid table with its bold header row."""
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.autofit = False
    for i, h in enumerate(headers):
        _docx_fill(table.rows[0].cells[i], h, bold=True)
    return table


def _docx_set_widths(table: Any, widths: list[float]) -> None:
    from docx.shared import Cm

    for row in table.rows:
        for cell, w in zip(row.cells, widths, strict=True):
            cell.width = Cm(w)


def _docx_indicator_table(doc: Any, t: Table) -> None:
    """One indicator table: its title, units in the headers, numbers right-aligned, then its basis."""
    doc.add_paragraph(t.title).runs[0].bold = True
    headers = ["项目", *(f"{h}（{u}）" for h, u in zip(t.headers, t.units, strict=True))]
    first = 16.6 - 2.9 * len(t.headers)
    table = _docx_grid(doc, headers)
    for line in t.lines:
        cells = table.add_row().cells
        _docx_fill(cells[0], line.label)
        for i, (unit, v) in enumerate(zip(t.units, line.values, strict=True), 1):
            _docx_fill(cells[i], cell_text(unit, v), right=True)
    _docx_set_widths(table, [first] + [2.9] * len(t.headers))
    doc.add_paragraph(t.basis).runs[0].italic = True


def _docx_projects(doc: Any, contracts: list[dict[str, Any]]) -> None:
    """The list of transformation projects (every counted contract)."""
    doc.add_paragraph("转化项目清单").runs[0].bold = True
    table = _docx_grid(doc, ["编号", "方式", "项目名称", "交易对方", "签订日期", "合同金额（元）"])
    for x in contracts:
        cells = table.add_row().cells
        for i, v in enumerate((x["number"], c.CONTRACT_MODE_LABELS[x["kind"]], x["name"], x["counterparty"],
                               str(x["contract_date"] or ""), d.format_yuan(int(x["amount_fen"] or 0)))):
            _docx_fill(cells[i], str(v or ""), right=i == 5)
    _docx_set_widths(table, [2.9, 1.5, 4.2, 3.5, 2.0, 2.5])
    doc.add_paragraph(BASIS_CONTRACTS).runs[0].italic = True


def write_xlsx(report: NationalReport, path: Path) -> tuple[Path, list[Truncation]]:
    """The indicator tables (one sheet, each table with its basis and the records of each row)
    and the record lists behind them."""
    from ..xlsx_writer import MONEY_FORMAT, Workbook
    from .national_lists import LEFT_OUT_LABELS, LEFT_OUT_SHEET, list_rows

    with Workbook(path) as wb:
        money = wb.format({"num_format": MONEY_FORMAT})
        pct = wb.format({"num_format": '0.0"%"'})
        bold = wb.format({"bold": True})
        italic = wb.format({"italic": True, "font_color": "#555555"})
        ws = wb.sheet("指标表", widths=(34, 14, 16, 16, 16, 60), autofilter=False)
        ws.append([f"{report.unit_name}{report.year}年度科技成果转化年度报告 指标表"], [bold])
        left = report.left_out
        ws.append([f"涉密成果不予报告，已排除：成果{left['achievements']}项、合同{left['contracts']}项、到账{left['receipts']}笔、"
                   f"奖励{left['rewards']}人次"], [italic])
        for t in report.tables:
            ws.append([])
            ws.append([t.title], [bold])
            ws.append([t.basis], [italic])
            pad = [None] * (4 - len(t.headers))  # the records always in column F
            header = ["项目", *(f"{h}（{u}）" for h, u in zip(t.headers, t.units, strict=True)), *pad, "对应记录"]
            ws.append(header, [wb.format({"bold": True, "bg_color": "#DDEBF7"})] * len(header))
            for line in t.lines:
                vals: list[Any] = [line.label]
                fmts: list[Any] = [None]
                for unit, v in zip(t.units, line.values, strict=True):
                    if v is None:
                        vals.append("—")
                        fmts.append(None)
                    elif unit == "元":
                        vals.append(d.fen_to_yuan(int(v)))
                        fmts.append(money)
                    elif unit == "%":
                        vals.append(v)
                        fmts.append(pct)
                    else:
                        vals.append(v)
                        fmts.append(None)
                vals += [*pad, "、".join(line.records)]
                fmts += [None] * (len(pad) + 1)
                ws.append(vals, fmts)
        for kind, records in (("contracts", report.contracts), ("receipts", report.receipts), ("rewards", report.rewards),
                              ("achievements", report.achievements), ("mobility", report.mobility),
                              ("spinoffs", report.spinoffs)):
            title, headers, rows = list_rows(kind, records)
            sheet = wb.sheet(title, headers, [16] * len(headers))
            for row in rows:
                sheet.append(row, [money if h.endswith("（元）") else None for h in headers])
            sheet.finish()
        sheet = wb.sheet(LEFT_OUT_SHEET, ["涉密记录", "未报告数量"], (16, 14), autofilter=False)
        for key, label in LEFT_OUT_LABELS.items():
            sheet.append([label, int(report.left_out.get(key, 0))])
        if report.parts:
            sheet = wb.sheet("汇总说明", ["汇总说明"], (100,), autofilter=False)
            sheet.append([f"本报告汇总了本单位及以下部分：{'、'.join(report.parts)}；合同按合同编号、成果按台账编号等匹配，"
                          f"相同记录只计一次。"])
            for duplicate in report.duplicates:
                sheet.append([duplicate])
        truncated = list(wb.truncated)
    return Path(path), truncated


@dataclass
class NationalFiles:
    report: NationalReport
    docx: Path
    xlsx: Path
    truncated: list[Truncation] = field(default_factory=list)


def base_name(year: int) -> str:
    return f"{year}年度科技成果转化年度报告（国家）"


def generate_national_report(db: Database, year: int, out_dir: Path, *, today: date | None = None,
                             progress: Progress | None = None, parts: Iterable[Path | str] = ()) -> NationalFiles:
    tell = progress or (lambda done, total, label: None)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tell(0, 3, "统计指标")
    report = compute_national(db, year, today=today, parts=parts)
    tell(1, 3, "生成 Word 报告")
    docx_path = write_docx(report, out_dir / f"{base_name(year)}.docx")
    tell(2, 3, "生成 Excel 指标表")
    xlsx_path, truncated = write_xlsx(report, out_dir / f"{base_name(year)}.xlsx")
    tell(3, 3, "完成")
    return NationalFiles(report, docx_path, xlsx_path, truncated)
