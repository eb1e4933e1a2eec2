"""Sheets of another kind in a ledger workbook: an annual-fee list (年费缴纳记录) and a deal list
(转化合同台账). Each row still creates or updates the achievement it names (:mod:`.plan`); here its
fee or deal columns become records of the fee register and the contract register, written in the
same transaction as the import (:mod:`kjcg_desktop.storage.import_registers`) and undone with it.

The columns and readers are the registers' own (:mod:`.register_columns`): the payment headers and
the patent-year rule of :func:`kjcg_desktop.services.fees.import_payments`, the contract headers and
readers of :mod:`kjcg_desktop.services.contract_import`, amounts in their column's unit (万元). The fee or deal cells stay in the
record's extra fields as well, so nothing the file said is lost and an export reads back as before.

Nothing is guessed: a payment without an amount, or whose patent year cannot be told, is not
recorded; a deal whose kind (转让/许可/作价投资 or 技术开发/咨询/服务) or counterparty is missing is not
registered. The row's achievement is imported all the same, with a 待核对 flag saying why. A
payment or contract already on record (a re-import of the same file) is not recorded again. A
registered deal moves its achievement to 意向转化 (R5) unless the file's own column says otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ...domain import fees as fee_rules
from ...domain.errors import DomainError
from ...domain.review_flags import FlagKind, ReviewFlag, cell_ref
from ...domain.tags import after_intent
from ...storage import import_registers as repo
from ...storage.db import Database
from .cells import ImportValueError, fen_in_unit, to_date, to_text
from .layout import SheetLayout, column_letter
from .register_columns import (
    AMOUNT_FIELDS,
    LABELS,
    PAYMENT_HEADERS,
    READERS,
    Cells,
    contract_kind,
    field_of,
    payment_year,
    without_unit,
)
from .synonyms import EXTRA, header_key

PAYMENT, DEAL, TECH_CONTRACT = "payment", "deal", "tech_contract"
KIND_LABELS = {PAYMENT: "年费缴费记录", DEAL: "转化合同", TECH_CONTRACT: "技术合同"}
REGISTER_NAMES = {PAYMENT: "年费台账", DEAL: "合同台账（转化交易）", TECH_CONTRACT: "合同台账（四技合同）"}

# Headers only a fee list has (a ledger's 日期 or 金额 says nothing of fees)
_FEE_MARKS = frozenset(header_key(h) for h in (
    "费用种类", "费用名称", "专利年度", "缴费年度", "年费年度", "缴费日期", "缴费日", "缴费金额", "实缴金额", "年费金额",
    "收据号", "票据号", "收据编号", "票据号码", "缴费人"))
# An amount header that says the money was paid (filled without a date: a payment that lacks it)
_PAID_AMOUNT = frozenset(header_key(h) for h in ("缴费金额", "实缴金额", "缴费金额（元）", "实缴金额（元）"))
# Headers only a deal list has
_DEAL_MARKS = frozenset(header_key(h) for h in (
    "合同编号", "合同号", "合同名称", "合同金额", "合同额", "合同总额", "受让方", "受让人", "受让单位", "被许可方", "被许可人",
    "受让方/被许可方", "受让方（被许可方）", "受让方/许可方", "签订日期", "签约日期", "合同签订日期", "转化方式", "转化形式",
    "交易方式", "交易对方", "转让金额", "交易金额"))
# Fields that make a sheet a ledger of achievements (a fee list names the patent, not its inventors)
_LEDGER_FIELDS = frozenset({"type", "grant_date", "inventors", "first_inventor"})

# 转化方式 of a deal (促进科技成果转化法第十六条: 转让, 许可, 作价投资)
_DEAL_KINDS = (("作价投资", "equity"), ("作价入股", "equity"), ("入股", "equity"), ("投资", "equity"),
               ("转让", "assignment"), ("许可", "licence"))
_LICENCE_TYPES = (("独占", "exclusive"), ("排他", "sole"), ("普通", "non_exclusive"))
_SHEET_KINDS = ("转让", "许可", "作价投资", "作价入股", "技术开发", "技术咨询", "技术服务")
_PRICING = (("挂牌", "listing"), ("拍卖", "auction"), ("协议", "negotiated"), ("评估", "negotiated"))


@dataclass(slots=True)
class RegisterItem:
    """One payment or contract a row of the file gives, for the achievement of its planned row."""

    kind: str                      # payment | deal | tech_contract
    sheet: str
    row: int
    values: dict[str, Any]
    known: bool = False            # already on record: not written again
    notes: list[str] = field(default_factory=list)   # what was recorded with a default, flagged on the row

    @property
    def label(self) -> str:
        v = self.values
        if self.kind == PAYMENT:
            return f"第{v['patent_year']}年年费 {v['amount_fen'] / 100:,.2f} 元（{v['paid_on'].isoformat()} 缴纳）"
        name = v.get("contract_no") or v.get("name") or ""
        return f"{KIND_LABELS[self.kind]}{name}：{v.get('counterparty') or ''} {int(v.get('amount_fen') or 0) / 100:,.2f} 元"


@dataclass
class SheetRegister:
    """Which register a sheet feeds and where its fee or deal columns are."""

    kind: str                                        # payment | contract
    layout: SheetLayout
    columns: dict[str, int]                          # field → column (the register's own field names)


def sheet_register(layout: SheetLayout) -> SheetRegister | None:
    """The register a sheet's rows feed: a fee list (a payment date and amount among the columns the
    ledger keeps as extra fields, a fee header among them, and a patent year or fee kind — or no
    ledger columns at all), a deal list (two deal headers at least, a contract amount or
    counterparty among them), or None."""
    extras = [col for col, target in enumerate(layout.mapping) if target == EXTRA]
    keys = {col: header_key(layout.headers[col]) for col in extras}
    fee_marks = sum(1 for k in keys.values() if k in _FEE_MARKS)
    deal_marks = sum(1 for k in keys.values() if k in _DEAL_MARKS or without_unit(k) in _DEAL_MARKS)
    if fee_marks and fee_marks >= deal_marks:
        columns = _payment_columns(layout, extras)
        ledger = bool(_LEDGER_FIELDS.intersection(layout.mapping))
        if {"paid_on", "amount"} <= set(columns) and ({"year", "kind"} & set(columns) or not ledger):
            return SheetRegister("payment", layout, columns)
    if deal_marks >= 2:
        fields: list[str | None] = [None] * len(layout.headers)
        seen: set[str] = set()
        for col in extras:
            found = field_of(layout.headers[col])
            if found and found not in seen and found != "ledger_no":
                fields[col] = found
                seen.add(found)
        if {"amount", "counterparty"} & seen:
            return SheetRegister("contract", layout, {f: col for col, f in enumerate(fields) if f})
    return None


def register_headers(layouts: Sequence[SheetLayout]) -> dict[str, list[str]]:
    """The headers of the columns that fee lists and deal lists feed their register with, by register
    (payment | contract), each once: they are kept as extra fields too, but are not "unmapped"."""
    taken: dict[str, dict[str, None]] = {}
    for layout in layouts:
        reg = sheet_register(layout)
        if reg is not None:
            for col in sorted(set(reg.columns.values())):
                taken.setdefault(reg.kind, {})[layout.headers[col]] = None
    return {kind: list(headers) for kind, headers in taken.items()}


def _payment_columns(layout: SheetLayout, extras: Sequence[int]) -> dict[str, int]:
    """The fee register's payment fields among the sheet's extra columns (its header table)."""
    wanted = {header_key(h): key for key, names in PAYMENT_HEADERS.items() if key != "record" for h in names}
    found: dict[str, int] = {}
    for col in extras:
        key = wanted.get(header_key(layout.headers[col]))
        if key and key not in found:
            found[key] = col
    return found


# -- reading one row --------------------------------------------------------------------------------
def read_row(reg: SheetRegister | None, planned: Any, raw_row: Sequence[Any]) -> None:
    """The payment or contract of one data row of a fee or deal list (``reg``; None for any other
    sheet) into ``planned.registers`` (none when the row records none); what cannot be read
    completely is flagged on the row and not recorded. A fee or deal row that says nothing of the
    legal status (no status column, no grant date or ZL number) does not speak for it: a record's
    status stays what the ledger says."""
    if reg is None:
        return
    planned.listing = True
    if reg.kind == "payment":
        planned.registers = _payment(reg, planned.row, raw_row, planned.flags)
    else:
        planned.registers = _contract(reg, planned.row, raw_row, planned.flags)
    evidence = planned.status_basis.evidence if planned.status_basis is not None else None
    if evidence is not None and evidence.reading is None and not evidence.grant:
        planned.source.pop("legal_status", None)


def _flag(reg: SheetRegister, flags: list[ReviewFlag], col: int | None, row: int, reason: str, raw_row: Sequence[Any]) -> None:
    sheet = reg.layout.sheet
    header = reg.layout.headers[col] if col is not None else KIND_LABELS[PAYMENT if reg.kind == "payment" else DEAL]
    original = "" if col is None or col >= len(raw_row) or raw_row[col] is None else str(to_text(raw_row[col]) or "")
    where = cell_ref(sheet, column_letter(col), row) if col is not None else cell_ref(sheet, "", row)
    flags.append(ReviewFlag(header, FlagKind.MISSING if not original else FlagKind.UNREADABLE, reason, sheet, where, original))


def _payment(reg: SheetRegister, excel_row: int, raw_row: Sequence[Any], flags: list[ReviewFlag]) -> list[RegisterItem]:
    cols, layout = reg.columns, reg.layout
    cells = Cells(raw_row, cols)
    note = "未记入年费缴费记录（原文保留在扩展信息中）"
    try:
        paid_on = to_date(cells["paid_on"])
    except ImportValueError as exc:
        _flag(reg, flags, cols["paid_on"], excel_row, f"{layout.headers[cols['paid_on']]}：{exc}；{note}", raw_row)
        return []
    if paid_on is None:  # no date (or a placeholder: —, 未缴): a fee due, not a payment
        amount_col = cols["amount"]
        if cells.text("amount") and header_key(layout.headers[amount_col]) in _PAID_AMOUNT:
            _flag(reg, flags, cols["paid_on"], excel_row, f"有{layout.headers[amount_col]}而没有缴费日期；{note}", raw_row)
        return []   # the fee calendar computes due dates itself
    try:
        amount = fen_in_unit(cells["amount"], layout.yuan_per_unit(cols["amount"]))
    except ImportValueError as exc:
        _flag(reg, flags, cols["amount"], excel_row, f"{layout.headers[cols['amount']]}：{exc}；{note}", raw_row)
        return []
    if not amount or amount <= 0:
        _flag(reg, flags, cols["amount"], excel_row, f"缴费金额未填写或不大于0；{note}", raw_row)
        return []
    year, problem = payment_year(cells)
    if problem is not None:
        key, message = problem
        if key == "kind" and "年" not in cells.text("kind"):
            return []   # 申请费, 实质审查费 …: no annual fee, the register keeps none
        _flag(reg, flags, cols[key], excel_row, f"{message}；{note}", raw_row)
        return []
    if year is None or year < 1:
        _flag(reg, flags, cols.get("year", cols.get("kind")), excel_row,
              f"无法确定这笔缴费是哪一个专利年度的年费（文件中没有专利年度或费用种类）；{note}", raw_row)
        return []
    values = {"patent_year": year, "paid_on": paid_on, "amount_fen": amount, "receipt_no": cells.text("receipt"),
              "payer": cells.text("payer")}
    return [RegisterItem(PAYMENT, layout.sheet, excel_row, values)]


def _contract(reg: SheetRegister, excel_row: int, raw_row: Sequence[Any], flags: list[ReviewFlag]) -> list[RegisterItem]:
    layout, cols = reg.layout, reg.columns
    values: dict[str, Any] = {}
    details: list[str] = []
    for f, col in cols.items():
        raw = raw_row[col] if col < len(raw_row) else None
        try:
            if f == "kind":
                values[f] = to_text(raw)
            elif f in AMOUNT_FIELDS:
                values[f] = fen_in_unit(raw, layout.yuan_per_unit(col))
            else:
                values[f] = READERS[f](raw)
        except ImportValueError as exc:
            if f in ("amount", "counterparty", "contract_date"):
                _flag(reg, flags, col, excel_row, f"{layout.headers[col]}：{exc}；未登记到合同台账（原文保留在扩展信息中）", raw_row)
                return []
            values[f] = None   # a detail (信用代码, 规模 …): the contract without it, kept as written
            details.append(f"{layout.headers[col]}（{column_letter(col)}列）：{exc}；未记入合同台账，原文保留在扩展信息中")
    if not any(values.get(f) for f in ("contract_no", "name", "counterparty", "amount")):
        return []
    kind, licence_type = _kind(values.get("kind") or _kind_of_sheet(layout.sheet))
    missing = [LABELS[f] if f != "kind" else "转化方式（合同类别）" for f, v in
               (("kind", kind), ("counterparty", values.get("counterparty")), ("amount", values.get("amount")))
               if v is None]
    if missing:
        where = cols.get("kind") if kind is None else cols.get("counterparty") if not values.get("counterparty") else cols.get("amount")
        written = f"“{values['kind']}”无法识别，" if kind is None and values.get("kind") else ""
        _flag(reg, flags, where, excel_row, f"{written}合同缺少{'、'.join(missing)}；未登记到合同台账（原文保留在扩展信息中）",
              raw_row)
        return []
    values["amount_fen"] = values.pop("amount")
    item = RegisterItem(DEAL if kind in ("assignment", "licence", "equity") else TECH_CONTRACT, layout.sheet, excel_row,
                        {**values, "kind": kind})
    item.notes.extend(details)
    if item.kind == DEAL:
        item.values["licence_type"] = licence_type
        item.values["pricing_method"] = _pricing(raw_row, layout)
        if kind == "licence" and licence_type is None:
            item.notes.append("文件中没有写明许可方式（独占、排他或普通许可），合同台账中的许可方式待补，请核对")
        if item.values["pricing_method"] is None:
            item.values["pricing_method"] = "negotiated"
            item.notes.append("文件中没有定价方式，合同台账中暂记为协议定价，请核对（挂牌交易、拍卖或协议定价）")
    return [item]


def _kind(text: str | None) -> tuple[str | None, str | None]:
    """A deal's kind (and a licence's type) from 转化方式, else a 四技 contract's kind (the contract
    import's reader); (None, None) when it names neither."""
    if not text:
        return None, None
    for word, kind in _DEAL_KINDS:
        if word in text:
            licence = next((t for w, t in _LICENCE_TYPES if w in text), None) if kind == "licence" else None
            return kind, licence
    try:
        return contract_kind(text), None
    except ImportValueError:
        return None, None


def _kind_of_sheet(title: str) -> str | None:
    """A sheet titled by its contracts' kind (转让清单, 许可合同, 技术开发合同) names the kind of its rows."""
    return title if any(word in title for word in _SHEET_KINDS) else None


def _pricing(raw_row: Sequence[Any], layout: SheetLayout) -> str | None:
    for col, name in enumerate(layout.headers):
        if "定价" in name and col < len(raw_row):
            text = to_text(raw_row[col]) or ""
            return next((method for word, method in _PRICING if word in text), None)
    return None


# -- after matching -----------------------------------------------------------------------------------
def settle(db: Database, rows: Sequence[Any]) -> None:
    """Each planned row's payments and contracts checked against the record they will belong to: a
    payment for a patent year the patent owes no annual fee for is flagged and left out (the fee
    register's rule); what is already on record (a re-import) or twice in the file is marked known.
    A contract number on several rows of different achievements (one contract for several patents)
    is registered once, with the first row's amount, and the other rows flagged: splitting the amount
    is the office's call."""
    from ...storage.imports import flag_signatures, flag_subject

    with_items = [r for r in rows if r.registers]
    if not with_items:
        return
    targets = [r.target_id for r in with_items if r.target_id is not None]
    records = repo.fee_facts(db, targets)
    on_record, numbered = repo.known_items(db, targets)
    signatures = flag_signatures(db, targets)
    seen: dict[tuple[Any, ...], Any] = {}
    for r in with_items:
        record = {**records.get(r.target_id, {}), **(r.values if r.action == "add" else r.changes)}
        years = _fee_years(record)
        mine = on_record.get(r.target_id, set()) if r.target_id is not None else set()
        known_flags = signatures.get(r.target_id, set()) if r.target_id is not None else set()
        kept = []
        for item in r.registers:
            key = repo.item_key(item.kind, item.values)
            scope = key if key[0] == "contract" else (r.target_id if r.target_id is not None else id(r), *key)
            flag: tuple[str, str] | None = None
            if item.kind == PAYMENT and item.values["patent_year"] not in years:
                flag = (KIND_LABELS[PAYMENT], f"{_no_fee_reason(record, item.values['patent_year'])}；这笔缴费未记入年费缴费记录，"
                                       "原文保留在扩展信息中")
            elif key[0] == "contract" and key in seen and seen[key] is not r:
                first = seen[key]
                item.known = True
                if key not in numbered and key not in mine:
                    flag = ("合同", f"合同编号“{key[1]}”已在工作表“{first.sheet}”第 {first.row} 行登记到合同台账"
                                        "（同一合同涉及多项成果），本行未重复登记；金额如需分摊请在合同台账中核对")
            else:
                item.known = key in mine or key in numbered or scope in seen
                seen.setdefault(scope, r)
            if flag is not None:
                field, reason = flag
                if (field, FlagKind.UNREADABLE, item.label) not in known_flags and (flag_subject(field), FlagKind.UNREADABLE) \
                        not in known_flags:
                    r.flags.append(ReviewFlag(field, FlagKind.UNREADABLE, reason, item.sheet, cell_ref(item.sheet, "", item.row),
                                              item.label))
                    if r.action == "unchanged":
                        r.action = "update"   # the record gains the flag
                if item.kind == PAYMENT:
                    continue
            elif not item.known:
                for note in item.notes:
                    r.flags.append(ReviewFlag("合同", FlagKind.MISSING, note, item.sheet, cell_ref(item.sheet, "", item.row),
                                              item.label))
            kept.append(item)
        r.registers[:] = kept
        if any(item.kind == DEAL and not item.known for item in kept) and "transfer_status" not in r.source:
            _intended(r, records.get(r.target_id, {}))


def _intended(r: Any, record: Mapping[str, Any]) -> None:
    """A row whose deal is registered: its achievement moves to 意向转化 as a registered deal moves it
    (促进科技成果转化法 / 1-2 第七条, :func:`kjcg_desktop.domain.tags.after_intent`) — an import change like
    any other, shown as an update and put back by undo."""
    if r.action == "add":
        r.values["transfer_status"] = after_intent(r.values.get("transfer_status") or "none").value
        return
    current = record.get("transfer_status") or "none"
    merged = r.changes.get("transfer_status", current)
    new = after_intent(merged).value
    if new == merged:
        return
    r.changes["transfer_status"] = new
    r.old.setdefault("transfer_status", current)
    r.diff["transfer_status"] = (current, new)
    if r.action == "unchanged":
        r.action = "update"


def _fee_years(record: Mapping[str, Any]) -> set[int]:
    """The patent years whose annual fee the record owes (the fee calendar's rule), empty when it owes none."""
    if record.get("legal_status") != "granted" or record.get("type") not in ("invention", "utility_model", "design") \
            or record.get("status") in fee_rules.LIVE_STATUSES_EXCLUDED:
        return set()
    try:
        filing = date.fromisoformat(str(record.get("filing_date") or "")[:10])
    except ValueError:
        return set()
    try:
        grant_year = fee_rules.patent_year_of(filing, date.fromisoformat(str(record.get("grant_date") or "")[:10]))
    except (ValueError, DomainError):  # no grant day: the fee calendar's rule, from year 2
        grant_year = 1
    try:
        return set(fee_rules.fee_years(record["type"], filing, grant_year, int(record.get("compensation_days") or 0)))
    except DomainError:
        return set()


def _no_fee_reason(record: Mapping[str, Any], year: int) -> str:
    legal = record.get("legal_status")
    if legal == "lapsed":  # granted, then ended: its payments were real, the fee register lists it no more
        return "该专利权已终止（法律状态为失效），年费台账不再列出它的年费"
    if legal == "abandoned":
        return "该专利（申请）已放弃，年费台账不再列出它的年费"
    if legal != "granted":
        return "该成果不是已授权专利，没有年费"
    if record.get("status") in fee_rules.LIVE_STATUSES_EXCLUDED:
        return "该成果已放弃、处置或归档，年费台账不再列出它的年费"
    if not record.get("filing_date"):
        return "该专利没有申请日（文件中未写），无法核对专利年度"
    if len(str(record.get("filing_date") or "")) < 10:
        return "该专利的申请日不完整（缺少日），无法核对专利年度"
    try:
        grant_year = fee_rules.patent_year_of(date.fromisoformat(str(record["filing_date"])[:10]),
                                              date.fromisoformat(str(record.get("grant_date") or "")[:10]))
    except (ValueError, DomainError):
        grant_year = None
    if year == grant_year:  # CNIPA's 费用信息 lists it as 第N年年费 among the payments
        return (f"第{year}年是授权当年，其年费随办理登记手续缴纳，不在年费台账的年度之列（年费台账从下一专利年度起）")
    return f"该专利没有第{year}年的年费（年费从授权当年的下一专利年度起，至保护期届满）"


def counts(rows: Sequence[Any]) -> dict[str, int]:
    """The payments and contracts the plan will record (those already on record left out)."""
    result = {"payments": 0, "contracts": 0, "known_items": 0}
    for r in rows:
        for item in r.registers:
            if item.known:
                result["known_items"] += 1
            else:
                result["payments" if item.kind == PAYMENT else "contracts"] += 1
    return result


def items_to_write(rows: Sequence[Any], added_index: Mapping[int, int]) -> list[dict[str, Any]]:
    """The new payments and contracts of the plan, each naming its achievement by id (a matched record)
    or by its place among the added rows (``added_index``: id(row) → index)."""
    items = []
    for r in rows:
        for item in r.registers:
            if item.known:
                continue
            owner = {"achievement_id": r.target_id} if r.target_id is not None else {"added": added_index[id(r)]}
            items.append({**owner, "kind": item.kind, "values": item.values, "sheet": item.sheet, "row": item.row})
    return items
