"""Finding a sheet's header (title and banner rows skipped, a two- or three-row header joined, stray spaces
and repeated names handled) and proposing a field for each column from the synonym table."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ...domain.legal_status import normalise_term, read_legal_status
from ..sheet_scan import column_name
from .cells import AMOUNT_UNITS, _is_blank, amount_reader, to_amount_fen, to_text
from .profiles import mapping_for
from .synonyms import EXTRA, IGNORE, field_of_header, header_key, synonyms
from .workbook import ImportFileError

HEADER_SCAN_ROWS = 30

@dataclass
class SheetLayout:
    """Where a sheet's header is and how its columns map to fields."""

    sheet: str
    header_rows: list[int]           # 1-based Excel row numbers of the header (one to three)
    headers: list[str]               # one display name per column (spaces removed, duplicates numbered)
    mapping: list[str]               # one field / "extra" / "ignore" per column
    data_start: int                  # 0-based index of the first data row
    # yuan per unit of each column's amounts: 10000 under "资产价值（万元）" or a units row "（万元）"
    # (empty: every column in 元)
    units: list[int] = field(default_factory=list)
    units_row: int | None = None     # 1-based row number of a units row under the header, part of it

    def has_header(self, col: int) -> bool:
        """Whether column ``col`` has a header of its own (else it is named 列X after its letters)."""
        return self.headers[col] != _unnamed(col)

    def mapping_dict(self) -> dict[str, str]:
        return dict(zip(self.headers, self.mapping, strict=True))

    def yuan_per_unit(self, col: int) -> int:
        return self.units[col] if col < len(self.units) else 1

    def normaliser(self, col: int, target: str, table: Mapping[str, Callable[[Any], Any]]) -> Callable[[Any], Any] | None:
        """The function that reads column ``col`` as ``target``: an amount in the unit its header names."""
        normalise = table.get(target)
        if normalise is to_amount_fen and self.yuan_per_unit(col) != 1:
            return amount_reader(self.yuan_per_unit(col))
        return normalise


# A unit in a header or a units row: （万元）, (元), 单位：万元, 万元, [件]
_UNIT_CELL = re.compile(r"^[(（\[【]?(?:单位[:：]?)?(亿元|万元|千元|元|万|件|项|个|次|人|份|%|％|年|月|日)[)）\]】]?$")
# A table-wide unit written above the header: 单位：万元
_UNIT_ABOVE = re.compile(r"^[(（]?(?:金额)?单位[:：](亿元|万元|千元|元)[)）]?$")
_MONEY_IN_HEADER = re.compile(r"(亿元|万元|千元)")


def _unit_of(text: Any) -> str | None:
    """The unit a units-row cell names, or None when the cell is no unit."""
    if not isinstance(text, str):
        return None
    m = _UNIT_CELL.match("".join(text.split()))
    return m.group(1) if m else None


def _units_row(rows: Sequence[Sequence[Any]], index: int) -> Sequence[Any] | None:
    """Row ``index`` when it holds only units (（万元）, 单位：元, 件): the last line of the header."""
    if index >= len(rows):
        return None
    cells = [v for v in rows[index] if not _is_blank(v)]
    if not cells or any(_unit_of(v) is None for v in cells):
        return None
    return rows[index]


def _column_units(headers: Sequence[str], units_row: Sequence[Any] | None, above: Sequence[Sequence[Any]]) -> list[int]:
    """Yuan per unit of each column: the unit in its header, else in the units row under the
    header, else a table-wide 单位：万元 above it, else 元."""
    table_wide = 1
    for row in above:
        for v in row:
            m = _UNIT_ABOVE.match("".join(v.split())) if isinstance(v, str) else None
            if m:
                table_wide = AMOUNT_UNITS[m.group(1)]
    result = []
    for col, name in enumerate(headers):
        m = _MONEY_IN_HEADER.search(name)
        below = _unit_of(units_row[col]) if units_row is not None and col < len(units_row) else None
        if m:
            result.append(AMOUNT_UNITS[m.group(1)])
        elif "元" in name:
            result.append(1)
        elif below is not None:
            result.append(AMOUNT_UNITS.get(below, 1))
        else:
            result.append(table_wide)
    return result


def header_units(rows: Sequence[Sequence[Any]], header: int) -> tuple[list[int], bool]:
    """Yuan per unit of each column of the one-row header at 0-based index ``header`` (its header's
    unit, a units row under it, a table-wide 单位：万元 above it, else 元), and whether the row under
    the header is a units row (part of the header, not data)."""
    units_row = _units_row(rows, header + 1)
    names = ["".join(v.split()) if isinstance(v, str) else "" for v in rows[header]]
    return _column_units(names, units_row, rows[:header]), units_row is not None


def _with_units(layout: SheetLayout, rows: Sequence[Sequence[Any]]) -> SheetLayout:
    """``layout`` with its columns' units, and a units row under the header taken into it."""
    units_row = _units_row(rows, layout.data_start)
    if units_row is not None:
        layout.units_row = layout.data_start + 1
        layout.data_start += 1
        # a column kept as an extra field keeps its unit in its name (转化金额 over （万元）: 转化金额（万元）)
        for col, target in enumerate(layout.mapping):
            unit = _unit_of(units_row[col]) if col < len(units_row) else None
            if target == EXTRA and unit is not None and unit not in layout.headers[col]:
                layout.headers[col] = f"{layout.headers[col]}（{unit}）"
    layout.units = _column_units(layout.headers, units_row, rows[:layout.header_rows[0] - 1])
    if all(u == 1 for u in layout.units):
        layout.units = []
    return layout


# The columns that name an achievement by its number: a fee or deal list names its patent by them alone
_NUMBER_FIELDS = frozenset({"application_no", "patent_no", "publication_no", "grant_publication_no", "registration_no",
                            "ledger_no"})


def _row_score(row: Sequence[Any], by_header: Mapping[str, str]) -> int:
    """How many of a row's cells are header names: the ledger's, and a fee or deal list's own (缴费日期,
    合同编号, 受让方 …) beside a column naming the achievement by its number (a 转化合同台账 with 专利号 as
    its only ledger column is a header)."""
    ledger = marks = 0
    numbered = False
    for v in row:
        if isinstance(v, str) and v != "":
            key = header_key(v)
            found = field_of_header(key, by_header)
            if found is not None:
                ledger += 1
                numbered = numbered or found in _NUMBER_FIELDS
            elif key in _DEAL_OR_FEE_HEADERS:
                marks += 1
    return ledger + marks if numbered else ledger


def column_letter(index: int) -> str:
    """0-based column index → Excel's letters (0 → A)."""
    return column_name(index)


def _combine(upper: Sequence[Any], lower: Sequence[Any], width: int) -> list[Any]:
    result = []
    for c in range(width):
        lo = lower[c] if c < len(lower) else ""
        up = upper[c] if c < len(upper) else ""
        result.append(lo if not _is_blank(lo) else up)
    return result


def detect_layout(sheet: str, rows: Sequence[Sequence[Any]], profile: Mapping[str, Any] | None = None) -> SheetLayout | None:
    """Find the header (one row, or two or three rows joined) within the first rows; None if the sheet has none."""
    by_header = synonyms().by_header
    scan = [list(r) for r in rows[:HEADER_SCAN_ROWS]]
    if not scan:
        return None
    width = max(len(r) for r in rows) if rows else 0
    scores = [_row_score(r, by_header) for r in scan]
    best = max(range(len(scan)), key=lambda i: (scores[i], -i))
    if scores[best] < 2:
        return None
    header_rows = [best]
    names = list(scan[best]) + [""] * (width - len(scan[best]))
    best_score = scores[best]
    for upper, lower in ((best, best + 1), (best - 1, best)):
        if upper < 0 or lower >= len(scan):
            continue
        combined = _combine(scan[upper], scan[lower], width)
        score = _row_score(combined, by_header)
        # the other row must be header text (no numbers or dates) and add matches
        other = scan[lower] if upper == best else scan[upper]
        if score > best_score and all(isinstance(v, str) for v in other if not _is_blank(v)):
            header_rows, names, best_score = [upper, lower], combined, score
    if len(header_rows) == 2:  # a third row: a group title above, or the names under a merged group
        header_rows, names = _third_header_row(scan, header_rows, names, best_score, width, by_header)
    headers = _clean_headers(names)
    profile = _for_sheet(profile, sheet, headers)
    mapping = propose_mapping(headers, profile)
    layout = _with_units(SheetLayout(sheet, [r + 1 for r in header_rows], headers, mapping, header_rows[-1] + 1), rows)
    return _ledger_state_column(layout, rows, profile)


def _for_sheet(profile: Mapping[str, Any] | None, sheet: str, headers: Sequence[str]) -> Mapping[str, str] | None:
    """The saved mapping for this sheet's header (:mod:`.profiles`: a profile keeps one per sheet)."""
    return mapping_for(profile, sheet, headers)


def _third_header_row(scan: Sequence[Sequence[Any]], header_rows: list[int], names: list[Any], score: int, width: int,
                      by_header: Mapping[str, str]) -> tuple[list[int], list[Any]]:
    """A header over three rows (成果信息 over 申请信息 over 申请号 | 申请日, merged across and down): the
    row above or below a two-row header joins it when it is header text and adds matches."""
    upper, lower = header_rows
    best = (header_rows, names, score)
    for extra in (upper - 1, lower + 1):
        if extra < 0 or extra >= len(scan) or not all(isinstance(v, str) for v in scan[extra] if not _is_blank(v)):
            continue
        combined = _combine(scan[extra], names, width) if extra < upper else _combine(names, scan[extra], width)
        extra_score = _row_score(combined, by_header)
        if extra_score > best[2]:
            best = (sorted([upper, lower, extra]), combined, extra_score)
    return best[0], best[1]


def layout_at(sheet: str, rows: Sequence[Sequence[Any]], header_rows: Sequence[int],
              profile: Mapping[str, Any] | None = None) -> SheetLayout:
    """The layout with the header the user chose: one, two or three 1-based row numbers."""
    indexes = sorted(r - 1 for r in header_rows)
    if not indexes or indexes[0] < 0 or indexes[-1] >= len(rows) or len(indexes) > 3:
        raise ImportFileError(f"工作表“{sheet}”没有第 {'、'.join(str(r) for r in header_rows)} 行")
    width = max(len(r) for r in rows)
    names = list(rows[indexes[0]]) + [""] * (width - len(rows[indexes[0]]))
    for index in indexes[1:]:  # a lower row's name wins over the group title above it
        names = _combine(names, rows[index], width)
    headers = _clean_headers(names)
    profile = _for_sheet(profile, sheet, headers)
    layout = _with_units(SheetLayout(sheet, [i + 1 for i in indexes], headers, propose_mapping(headers, profile),
                                     indexes[-1] + 1), rows)
    return _ledger_state_column(layout, rows, profile)


# Spaces in a header go ("法律 状态", "申请 日期"), but one stays between two Latin words or numbers
# (Lens and Google Patents: "Publication Date", "filing/creation date")
_INNER_SPACE = re.compile(r"(?<=[A-Za-z0-9).])\s+(?=[A-Za-z0-9(#])")
_ANY_SPACE = re.compile(r"\s+")


def _header_text(raw: Any) -> str:
    text = str(to_text(raw) or "").strip()
    if not any(c.isspace() for c in text):
        return text
    return _ANY_SPACE.sub("", _INNER_SPACE.sub("\x00", text)).replace("\x00", " ")


def _unnamed(col: int) -> str:
    return f"列{column_letter(col)}"


def _clean_headers(names: Sequence[Any]) -> list[str]:
    seen: dict[str, int] = {}
    result = []
    for c, raw in enumerate(names):
        text = _header_text(raw)
        if not text:
            text = _unnamed(c)
        if text in seen:
            seen[text] += 1
            text = f"{text}（{seen[text]}）"
        else:
            seen[text] = 1
        result.append(text)
    return result


# Columns that make a sheet a deal list or an annual-fee list: there a bare 状态 is the contract's or
# the payment's state (已登记, 已签订, 未缴), never the patent's legal status.
_DEAL_OR_FEE_HEADERS = frozenset(header_key(h) for h in (
    "合同名称", "合同编号", "合同金额", "合同金额（万元）", "合同金额（元）", "受让方", "受让人", "许可方式", "被许可方", "签订日期",
    "合同签订日期", "交易金额", "转让金额", "费用种类", "缴费期限", "缴费日期", "年费金额", "应缴金额", "缴费金额", "年费年度"))
_BARE_STATE_HEADERS = frozenset(header_key(h) for h in ("状态", "当前状态"))
# Headers too generic to take a field another column names (Google Patents' "id" is the publication
# number; a ledger's "ID" beside its 公开号 is a row id)
_GENERIC_HEADERS = frozenset({"id"})


# Fields only an achievement ledger has (a deal or fee list names the patent, not its type or grant)
_LEDGER_ONLY_FIELDS = frozenset({"type", "grant_date", "inventors", "first_inventor"})
# Status words that are also a contract's or a payment's state (已登记 contract, 终止 contract, 有效 contract,
# 已到期/撤销 contract, 已核准 approval, 待分配 income, 待公告 publicity)
_SHARED_STATE_TERMS = frozenset({"已登记", "登记", "已注册", "有效", "失效", "无效", "终止", "已终止", "已失效", "已无效",
                                 "到期", "已到期", "过期", "已过期", "期满", "撤销", "核准", "已核准", "待分配", "待公告"})
_STATE_SAMPLE_ROWS = 500


def _ledger_state_column(layout: SheetLayout, rows: Sequence[Sequence[Any]], profile: Mapping[str, str] | None) -> SheetLayout:
    """A university ledger that also keeps fee or deal columns (年费金额, 缴费日期, 合同编号 …) is still a
    ledger: its bare 状态 is the patent's legal status when the sheet has ledger columns (type, grant
    date, inventors) and its 状态 values are legal-status words (four in five at least: an unreadable one is
    then flagged as in any ledger), one at least no contract or payment state (驳回, 实审, 未缴年费 …).
    A deal or fee list keeps its 状态 in the extra fields."""
    mapping = layout.mapping
    for col, name in enumerate(layout.headers):  # a mapping saved under a name its units row completed
        saved = (profile or {}).get(name)
        if mapping[col] == EXTRA and saved is not None and (saved in (EXTRA, IGNORE) or saved not in mapping):
            mapping[col] = saved
    if "legal_status" in mapping or not _LEDGER_ONLY_FIELDS.intersection(mapping):
        return layout
    for col, (name, target) in enumerate(zip(layout.headers, mapping, strict=True)):
        if target != EXTRA or header_key(name) not in _BARE_STATE_HEADERS or (profile or {}).get(name):
            continue
        sample = rows[layout.data_start:layout.data_start + _STATE_SAMPLE_ROWS]
        readings = [read_legal_status(r[col]) for r in sample
                    if col < len(r) and not _is_blank(r[col]) and header_key(r[col]) != header_key(name)]  # a repeated header
        known = [x for x in readings if x.known]
        if len(known) >= 0.8 * len(readings) > 0 and any(normalise_term(x.raw) not in _SHARED_STATE_TERMS for x in known):
            mapping[col] = "legal_status"
        break
    return layout


def propose_mapping(headers: Sequence[str], profile: Mapping[str, str] | None = None) -> list[str]:
    """A field per column from the profile, else the synonym table; a second column for the same
    field and unknown columns go to ``extra`` (so does a bare 状态 on a deal or fee list)."""
    by_header = synonyms().by_header
    deal_or_fee = any(header_key(name) in _DEAL_OR_FEE_HEADERS for name in headers)
    # fields a specific header names: a generic one (an "ID" column) leaves them to it
    specific = {field_of_header(header_key(name), by_header) for name in headers if header_key(name) not in _GENERIC_HEADERS}
    # a field the profile gives a column, or with a preferred header present (当前权利人 beside 申请人),
    # takes that column; the other columns naming it stay extra
    preferred = synonyms().preferred
    chosen = {t for name in headers if (t := (profile or {}).get(name)) not in (None, EXTRA, IGNORE)}
    present = {field for name in headers if (profile or {}).get(name) is None
               for field, keys in preferred.items() if header_key(name) in keys}
    used: set[str] = set()
    result = []
    for name in headers:
        target = (profile or {}).get(name)
        if target is None and (chosen or present):
            field = field_of_header(header_key(name), by_header)
            if field in chosen or field in present and header_key(name) not in preferred[field]:
                target = EXTRA
                # beside PatSnap's Simple Legal Status, its Legal Status (the events) is the detail
                if field == "legal_status" and field not in chosen and "legal_status_detail" not in specific:
                    target = "legal_status_detail"
        if target is None and (deal_or_fee and header_key(name) in _BARE_STATE_HEADERS
                               or header_key(name) in _GENERIC_HEADERS and field_of_header(header_key(name), by_header) in specific):
            target = EXTRA
        if target is None:
            target = field_of_header(header_key(name), by_header) or EXTRA
        if target not in (EXTRA, IGNORE):
            if target in used or target not in synonyms().labels:
                target = EXTRA
            else:
                used.add(target)
        result.append(target)
    return result

