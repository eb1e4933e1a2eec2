"""Technology-contract registration (技术合同认定登记): the registration form's data for one deal or
四技 contract and the checklist of papers, as a workbook the office takes to the registration
office. The registration number, once granted, is recorded on the contract (storage.contracts)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .. import domain as d
from ..domain import contracts as c
from ..storage import contracts as sc
from ..storage.db import Database
from ..storage.settings import Settings


@dataclass
class RegistrationForm:
    number: str
    kind: str
    fields: list[tuple[str, str]]      # (label, value) in the order of the registration form
    papers: list[str]
    missing: list[str]                 # labels of the fields still empty


def _fen(value: Any) -> str:
    return "" if value in (None, "") else d.format_yuan(int(value))


def _party(name: str, cp: dict[str, Any] | None, *, address: str = "", uscc: str = "", region: str = "",
           party_type: str = "", country: str = "") -> list[tuple[str, str]]:
    cp = cp or {}
    region = cp.get("region_code") or region
    party_type = cp.get("party_type") or party_type
    return [
        ("名称", name), ("统一社会信用代码", cp.get("uscc") or uscc), ("地址", cp.get("address") or address),
        ("国别代码", cp.get("country_code") or country or c.CHINA_COUNTRY_CODE),
        ("行政区划代码", region or ""), ("所在省份", c.province_of(region)),
        ("性质代码", party_type or ""), ("性质", c.PARTY_TYPES.get(party_type or "", "")),
    ]


def registration_form(db: Database, number: str) -> RegistrationForm:
    found = sc.find_contract(db, number)
    if found is None:
        raise d.DomainError(f"找不到编号为“{number}”的交易或技术合同")
    source, row = found
    settings = Settings(db)
    if source == "deal":
        name = sc.achievement_name(db, row["achievement_id"])
        cp_id = row.get("counterparty_id") or sc.counterparty_id_by_name(db, row["counterparty"])
        cp = sc.get_counterparty(db, cp_id) if cp_id else None
        buyer_name = row["counterparty"]
    else:
        name = row["name"]
        cp = sc.get_counterparty(db, row["counterparty_id"]) if row.get("counterparty_id") else None
        buyer_name = cp["name"] if cp else ""
    cp = dict(cp) if cp else None
    kind = row["kind"]
    term_start, term_end = row.get("term_start"), row.get("term_end")
    if not term_end and row.get("term_years") and row.get("contract_date"):  # a licence's term in years
        from ..domain.timeline import add_years

        start = date.fromisoformat(str(term_start or row["contract_date"])[:10])
        term_start, term_end = start.isoformat(), add_years(start, int(row["term_years"])).isoformat()
    fields: list[tuple[str, str]] = [
        ("合同编号（本单位）", row.get("contract_no") or row["number"]),
        ("项目名称", f"{name}" + ({"assignment": "技术转让", "licence": "技术许可", "equity": "作价投资"}.get(kind, "")
                                 if source == "deal" else "")),
        ("合同类别", c.REGISTRATION_TYPE[kind]),
        ("技术领域", row.get("tech_field") or ""),
        ("合同签订日期", str(row.get("contract_date") or "")),
        ("合同有效期", f"{term_start or ''} 至 {term_end or ''}".strip(" 至")),
        ("合同总金额（元）", _fen(row.get("amount_fen"))),
        ("技术交易额（元）", _fen(row.get("technology_amount_fen"))),
    ]
    if kind == "assignment":
        fields += [("预计新增投入（元）", _fen(row.get("expected_investment_fen"))),
                   ("预计新增产值（元）", _fen(row.get("expected_output_fen")))]
    fields += [("买方" + k, v) for k, v in _party(buyer_name, cp)]
    fields += [("卖方" + k, v) for k, v in _party(
        str(settings.get("unit_name") or ""), None, address=str(settings.get("unit_address") or ""),
        uscc=str(settings.get("unit_uscc") or ""), region=str(settings.get("unit_region_code") or ""),
        party_type=str(settings.get("unit_party_type") or "022"))]
    fields.append(("技术合同登记编号", row.get("tech_contract_reg_no") or "（登记后填写）"))
    missing = [label for label, value in fields if not str(value).strip()]
    return RegistrationForm(row["number"], kind, fields, c.registration_papers(kind), missing)


def write_registration(db: Database, number: str, path: Path) -> tuple[Path, RegistrationForm]:
    from .xlsx_writer import Workbook

    form = registration_form(db, number)
    with Workbook(path) as wb:
        bold = wb.format({"bold": True})
        ws = wb.sheet("登记表信息", ["项目", "内容"], (26, 60), autofilter=False)
        for label, value in form.fields:
            ws.append([label, value], [bold, None])
        ws2 = wb.sheet("材料清单", ["序号", "材料", "已备齐"], (8, 70, 10), autofilter=False)
        for n, paper in enumerate(form.papers, 1):
            ws2.append([n, paper, "□"])
        if form.missing:
            ws3 = wb.sheet("待补充信息", ["项目"], (40,), autofilter=False)
            for label in form.missing:
                ws3.append([label])
    return Path(path), form
