"""The record lists behind the national report's tables — written into its workbook, and read back
from the workbooks of departments and affiliated hospitals so the unit can roll their parts up.

One column spec per list serves both directions. In a roll-up, records are matched so nothing is
counted twice: contracts by their contract number (合同编号; without one, by kind, counterparty,
signing date and amount), achievements by ledger number, receipts and rewards by their contract,
date and amount, staff and companies by name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ... import domain as d
from ...domain import contracts as c
from .. import excel_import as xi

Getter = Callable[[dict[str, Any]], Any]
Reader = Callable[[Any], Any]


def _text(v: Any) -> str | None:
    return xi.to_text(v)


def _code(v: Any) -> str | None:
    return xi.to_code(v)


def _day(v: Any) -> str | None:
    day = xi.to_date(v)
    return day.isoformat() if day else None


def _fen(v: Any) -> int:
    return xi.to_fen(v) or 0


def _yes(v: Any) -> bool:
    return xi.to_text(v) in ("是", "1", "true", "True")


def _money(key: str) -> Getter:
    return lambda r: d.fen_to_yuan(int(r.get(key) or 0))


def _plain(key: str) -> Getter:
    return lambda r: r.get(key)


@dataclass(frozen=True)
class Column:
    header: str
    key: str | None          # record key read back (None: shown only)
    get: Getter
    read: Reader = _text


PART = Column("来源", "part", _plain("part"))

LISTS: dict[str, tuple[str, list[Column]]] = {
    "contracts": ("合同清单", [
        Column("编号", "number", _plain("number")),
        Column("合同编号", "contract_no", _plain("contract_no"), _code),
        Column("方式", None, lambda r: c.CONTRACT_MODE_LABELS[r["kind"]]),
        Column("方式代码", "kind", _plain("kind")),
        Column("项目名称", "name", _plain("name")),
        Column("交易对方", "counterparty", _plain("counterparty")),
        Column("签订日期", "contract_date", lambda r: str(r.get("contract_date") or "") or None, _day),
        Column("合同金额（元）", "amount_fen", _money("amount_fen"), _fen),
        Column("流向地区", None, lambda r: c.flow_region(r.get("region_code"), r.get("country_code"), "")),
        Column("行政区划代码", "region_code", _plain("region_code"), _code),
        Column("国别代码", "country_code", _plain("country_code"), _code),
        Column("行业门类", "industry", _plain("industry"), _code),
        Column("买方性质", None, lambda r: c.PARTY_TYPES.get(r.get("party_type") or "", "")),
        Column("主体性质代码", "party_type", _plain("party_type"), _code),
        Column("企业规模", None, lambda r: c.SIZES.get(r.get("size") or "", "")),
        Column("企业规模代码", "size", _plain("size")),
        Column("财政资助", "public_funded", lambda r: "是" if r.get("public_funded") else "", _yes),
        Column("登记编号", "tech_contract_reg_no", _plain("tech_contract_reg_no"), _code),
        Column("成果台账编号", "ledger_no", _plain("ledger_no"), _code),
        Column("待核对", "review", _plain("review")),
        PART,
    ]),
    "receipts": ("到账清单", [
        Column("编号", "number", _plain("number")),
        Column("合同编号", "contract_no", _plain("contract_no"), _code),
        Column("方式", None, lambda r: c.CONTRACT_MODE_LABELS[r["kind"]]),
        Column("方式代码", "kind", _plain("kind")),
        Column("到账日期", "date", lambda r: str(r.get("date") or "") or None, _day),
        Column("到账金额（元）", "amount_fen", _money("amount_fen"), _fen),
        PART,
    ]),
    "rewards": ("奖励清单", [
        Column("交易编号", "deal_no", _plain("deal_no")),
        Column("合同编号", "contract_no", _plain("contract_no"), _code),
        Column("获奖励人", "recipient", _plain("recipient")),
        Column("形式", None, lambda r: "现金" if r["form"] == "cash" else "股权"),
        Column("形式代码", "form", _plain("form")),
        Column("发放/授予日期", "date", lambda r: str(r.get("date") or "") or None, _day),
        Column("金额（元）", "amount_fen", _money("amount_fen"), _fen),
        Column("计税方式", None, lambda r: (c.CASH_TAX_LABELS if r["form"] == "cash" else c.EQUITY_TAX_LABELS)
               .get(r.get("tax_treatment") or "", "")),
        Column("计税代码", "tax_treatment", _plain("tax_treatment")),
        PART,
    ]),
    "achievements": ("成果清单", [
        Column("台账编号", "ledger_no", _plain("ledger_no"), _code),
        Column("成果名称", "name", _plain("name")),
        Column("类型", None, lambda r: d.AchievementType(r["type"]).label),
        Column("类型代码", "type", _plain("type")),
        Column("来源代码", "funding_source", _plain("funding_source")),
        PART,
    ]),
    "mobility": ("人员清单", [
        Column("姓名", "person", _plain("person")),
        Column("部门", "department", _plain("department")),
        Column("类别", None, lambda r: {"leave": "离岗创业", "part_time": "兼职"}[r["kind"]]),
        Column("类别代码", "kind", _plain("kind")),
        Column("兼职或创业单位", "organisation", _plain("organisation")),
        Column("开始日期", "start_date", lambda r: str(r.get("start_date") or "") or None, _day),
        Column("结束日期", "end_date", lambda r: str(r.get("end_date") or "") or None, _day),
        PART,
    ]),
    "spinoffs": ("企业清单", [
        Column("企业名称", "company", _plain("company")),
        Column("成立日期", "founded_on", lambda r: str(r.get("founded_on") or "") or None, _day),
        Column("单位持股", "unit_holding", _plain("unit_holding")),
        PART,
    ]),
}
LEFT_OUT_SHEET = "涉密排除"
LEFT_OUT_LABELS = {"achievements": "成果", "contracts": "合同", "receipts": "到账", "rewards": "奖励", "spinoffs": "企业"}


def list_rows(kind: str, records: Iterable[dict[str, Any]]) -> tuple[str, list[str], list[list[Any]]]:
    title, columns = LISTS[kind]
    return title, [col.header for col in columns], [[col.get(r) for col in columns] for r in records]


@dataclass
class Part:
    """One department's part read from its workbook."""

    name: str
    records: dict[str, list[dict[str, Any]]]
    left_out: dict[str, int] = field(default_factory=dict)


def read_part(path: Path | str, name: str | None = None) -> Part:
    """A part's record lists from its national-report workbook (as this application writes it)."""
    path = Path(path)
    book = xi.open_workbook(path)
    try:
        part_name = name or _unit_of(book) or (path.parent.name if path.stem.endswith("年度科技成果转化年度报告（国家）")
                                              else path.stem)
        records: dict[str, list[dict[str, Any]]] = {}
        for kind, (title, columns) in LISTS.items():
            if title not in book.sheet_names:
                raise xi.ImportFileError(f"“{path.name}”不是本系统生成的国家年度报告工作簿（缺少工作表“{title}”）")
            rows = book.rows(title)
            if not rows:
                records[kind] = []
                continue
            header = [xi.to_text(v) for v in rows[0]]
            index = {h: i for i, h in enumerate(header) if h}
            missing = [col.header for col in columns if col.key and col.key != "part" and col.header not in index]
            if missing:
                raise xi.ImportFileError(f"“{path.name}”工作表“{title}”缺少列：{'、'.join(missing)}")
            out = []
            for n, row in enumerate(rows[1:], start=2):
                if all(xi.to_text(v) is None for v in row):
                    continue
                rec: dict[str, Any] = {}
                for col in columns:
                    if not col.key or col.key == "part":
                        continue
                    i = index[col.header]
                    try:
                        rec[col.key] = col.read(row[i] if i < len(row) else None)
                    except xi.ImportValueError as exc:
                        raise xi.ImportFileError(f"“{path.name}”工作表“{title}”第 {n} 行“{col.header}”：{exc}") from None
                rec["part"] = part_name
                rec["confidential"] = False
                out.append(rec)
            records[kind] = out
        left_out: dict[str, int] = {}
        if LEFT_OUT_SHEET in book.sheet_names:
            labels = {v: k for k, v in LEFT_OUT_LABELS.items()}
            for row in book.rows(LEFT_OUT_SHEET)[1:]:
                key = labels.get(xi.to_text(row[0]) or "") if row else None
                if key and len(row) > 1:
                    left_out[key] = xi.to_count(row[1]) or 0
    finally:
        book.close()
    return Part(part_name, records, left_out)


def _unit_of(book: xi.Workbook) -> str | None:
    """The unit named in the title cell of the part's indicator sheet."""
    if "指标表" not in book.sheet_names:
        return None
    rows = book.rows("指标表")
    title = xi.to_text(rows[0][0]) if rows and rows[0] else None
    if not title or "年度科技成果转化年度报告" not in title:
        return None
    unit = title.split("年度科技成果转化年度报告")[0].rstrip("0123456789")
    return unit.strip() or None


def _contract_key(r: dict[str, Any]) -> tuple[Any, ...]:
    if r.get("contract_no"):
        return ("no", str(r["contract_no"]).upper())
    return ("same", r.get("kind"), r.get("counterparty"), str(r.get("contract_date") or ""), int(r.get("amount_fen") or 0))


def _keys(contract_keys: dict[tuple[Any, ...], tuple[Any, ...]]) -> dict[str, Callable[[dict[str, Any]], tuple[Any, ...]]]:
    """How each kind of record is recognised across the unit and its parts. A receipt or a reward
    is recognised through its contract (``contract_keys``: (part, number) → contract key)."""

    def of_contract(r: dict[str, Any], number_key: str) -> tuple[Any, ...]:
        number = r.get(number_key)
        return contract_keys.get((r.get("part"), number)) or (("no", str(r["contract_no"]).upper()) if r.get("contract_no")
                                                             else ("number", r.get("part"), number))

    return {
        "contracts": _contract_key,
        "receipts": lambda r: (of_contract(r, "number"), str(r.get("date")), int(r.get("amount_fen") or 0)),
        "rewards": lambda r: (of_contract(r, "deal_no"), r.get("recipient"), r.get("form"), str(r.get("date")),
                              int(r.get("amount_fen") or 0)),
        "achievements": lambda r: ("ledger", r["ledger_no"]) if r.get("ledger_no") else ("name", r.get("name"), r.get("type")),
        "mobility": lambda r: (r.get("person"), r.get("kind"), r.get("organisation"), str(r.get("start_date"))),
        "spinoffs": lambda r: (r.get("company"),),
    }


def merge(own: dict[str, list[dict[str, Any]]], parts: list[Part]) -> tuple[dict[str, list[dict[str, Any]]], list[str]]:
    """The unit's records and its parts', each record once; the list of duplicates left out."""
    merged = {k: list(v) for k, v in own.items()}
    duplicates: list[str] = []
    contract_keys = {(r.get("part"), r.get("number")): _contract_key(r) for r in own["contracts"]}
    for part in parts:
        contract_keys.update({(part.name, r.get("number")): _contract_key(r) for r in part.records["contracts"]})
    keys = _keys(contract_keys)
    seen = {k: {keys[k](r) for r in v} for k, v in merged.items()}
    for part in parts:
        for kind, rows in part.records.items():
            title = LISTS[kind][0]
            for r in rows:
                key = keys[kind](r)
                label = r.get("number") or r.get("deal_no") or r.get("ledger_no") or r.get("person") or r.get("company")
                if key in seen[kind]:
                    duplicates.append(f"{part.name}：{title} {label} 与已有记录相同，未重复计入")
                    continue
                seen[kind].add(key)
                if kind in ("contracts", "receipts") and r.get("number"):
                    r["number"] = f"{part.name}/{r['number']}"
                if kind == "rewards" and r.get("deal_no"):
                    r["deal_no"] = f"{part.name}/{r['deal_no']}"
                merged[kind].append(r)
    return merged, duplicates
