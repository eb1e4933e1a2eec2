"""The import plan's data: planned rows, file-level problems, tag differences, and how a key
repeated inside one file merges into one record — shared by :mod:`.plan`, :mod:`.rows` and
:mod:`.merge` (which import this module, never one another in a cycle)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ...domain.enums import LegalStatus
from ...domain.grant_evidence import RowEvidence, combine, patent_number
from ...domain.review_flags import FlagKind, ReviewFlag, cell_ref
from .layout import SheetLayout
from .synonyms import EXTRA, extra_key

DATE_FIELDS = ("filing_date", "grant_date", "disclosure_date", "registration_date")
# Fields kept in ``extra`` under their header (no column of their own in the ledger table).
EXTRA_FIELDS = ("project_no", "certificate_no")
_VALUE_FLAG_KIND = {"funding_source": FlagKind.UNMAPPED_VALUE, "transfer_status": FlagKind.UNMAPPED_VALUE,
                    "type": FlagKind.TYPE, "transfer_count": FlagKind.OUT_OF_RANGE, "asset_value_fen": FlagKind.OUT_OF_RANGE}


# -- the plan ------------------------------------------------------------------------------------
@dataclass(slots=True)
class RowError:
    """A file-level problem on one row (kept for the problem report; rows are never refused for a cell)."""

    sheet: str
    row: int
    column: str
    value: Any
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "value": _json_safe(self.value),
                "message": self.message}


def _json_safe(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if not isinstance(value, (str, int, float, bool)) and value is not None:
        return str(value)
    return value


@dataclass(slots=True)
class StatusBasis:
    """What one row's legal status was decided on, so that a key repeated in the file is decided again
    on both rows' evidence: the evidence, the flags that decision raised, where its status cell is,
    the CN application number a patent number is made of, and a patent number written in the file."""

    evidence: RowEvidence
    flags: list[ReviewFlag]
    field: str
    sheet: str
    where: tuple[str, int] | str     # (column letter, Excel row) of the status cell, or its address
    application_no: str | None = None
    zl_written: bool = False            # the file wrote a ZL patent number (kept even if not granted)
    patent_as_written: str | None = None

    @property
    def cell(self) -> str:
        """The status cell's address (made only when a repeated key needs it)."""
        if isinstance(self.where, str):
            return self.where
        return cell_ref(self.sheet, *self.where)


@dataclass(slots=True)
class PlannedRow:
    sheet: str
    row: int
    action: str                       # add | update | unchanged
    values: dict[str, Any]
    inventors: list[str] | None
    target_id: int | None = None
    changes: dict[str, Any] = field(default_factory=dict)
    old: dict[str, Any] = field(default_factory=dict)
    old_inventors: list[str] | None = None
    version: int | None = None        # the matched record's row version when the plan was made
    corrected: bool = False           # the clerk corrected cells of the row in the preview
    corrections: list[tuple[ReviewFlag, str]] = field(default_factory=list)  # (flag of the file's text, how corrected)
    flags: list[ReviewFlag] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    source: dict[str, Any] = field(default_factory=dict)   # the values as read from the file (merge base)
    diff: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # field → (app value, new value)
    file_tags: tuple[str | None, str | None] = (None, None)   # the file's own 属性 / 阶段 columns
    status_basis: StatusBasis | None = None   # what the legal status was decided on (see _merge_duplicate)
    registers: list[Any] = field(default_factory=list)   # payments / contracts of a fee or deal list (.registers)
    listing: bool = False             # a row of a fee or deal list, where one patent takes several rows
    publication_key: str | None = None        # "pub:CN…" of a row keyed by its application number (see merge._match)

    @property
    def name(self) -> str:
        return str(self.values.get("name") or "")


@dataclass
class TagDifference:
    sheet: str
    row: int
    ledger_no: str | None
    name: str
    tag: str                          # 属性 | 阶段
    in_file: str
    computed: str
    article: str

    def as_dict(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "ledger_no": self.ledger_no, "name": self.name, "tag": self.tag,
                "in_file": self.in_file, "computed": self.computed, "article": self.article}


@dataclass(slots=True)
class GoneRecord:
    """A record an earlier import of a file of the same name (same sheets) brought in, whose row the
    file no longer has. Never deleted by the import: listed for the clerk to check."""

    id: int
    ledger_no: str | None
    name: str
    legal_status: str
    imported_at: str


@dataclass
class ImportPlan:
    source: str
    layouts: list[SheetLayout]
    rows: list[PlannedRow] = field(default_factory=list)
    skipped: list[tuple[str, int, str]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    error_rows: int = 0
    tag_differences: list[TagDifference] = field(default_factory=list)
    hidden_sheets: list[str] = field(default_factory=list)   # hidden in Excel, so not read (name one to import it)
    gone: list[GoneRecord] = field(default_factory=list)      # earlier imported from this file, no longer in it
    # how the file was read, for the clerk (an encoding guessed on little evidence, cells far from the table)
    notices: list[str] = field(default_factory=list)
    # cells far outside a sheet's table, read apart so the table can be: (sheet, cell as A1, value)
    stray_cells: list[tuple[str, str, str]] = field(default_factory=list)

    def flag_far_cells(self) -> None:
        """A cell far to the right of a record's row (a remark typed at XFD3), read apart from the
        table: the record gets a 待核对 flag holding the cell and its value, so it is kept with it."""
        rows = {(r.sheet, r.row): r for r in self.rows}
        for sheet, cell, value in self.stray_cells:
            letters = cell.split(":")[0].rstrip("0123456789")
            row = rows.get((sheet, int(cell.split(":")[0][len(letters):])))
            if row is not None:
                row.flags.append(ReviewFlag(f"列{letters}", FlagKind.FAR_CELL,
                                            f"同一行远处的 {cell} 单元格另有内容（远离表格，未作为字段导入），请核对",
                                            sheet, cell_ref(sheet, letters, row.row), value))

    @property
    def added(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.action == "add"]

    @property
    def updated(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.action == "update"]

    @property
    def unchanged(self) -> int:
        return sum(1 for r in self.rows if r.action == "unchanged")

    @property
    def flags(self) -> list[tuple[PlannedRow, ReviewFlag]]:
        """Every 待核对 flag of the plan with the row it belongs to (new flags only on a re-import)."""
        return [(r, f) for r in self.rows for f in r.flags]

    @property
    def flagged_rows(self) -> int:
        return sum(1 for r in self.rows if r.flags)

    @property
    def unmapped_columns(self) -> list[str]:
        """The headers of the columns kept as extra fields; a column without a header of its own
        (列A beside a table that starts at column D) only when a row has something in it."""
        names: dict[str, None] = {}
        filled: set[str] | None = None
        for layout in self.layouts:
            for col, (header, target) in enumerate(zip(layout.headers, layout.mapping, strict=True)):
                if target != EXTRA:
                    continue
                if not layout.has_header(col):
                    if filled is None:
                        filled = {key for r in self.rows for key in (r.values.get("extra") or {})}
                    if extra_key(header) not in filled:
                        continue
                names.setdefault(header, None)
        return list(names)

    @property
    def register_counts(self) -> dict[str, int]:
        """The payments and contracts of fee and deal lists the import records ("payments",
        "contracts"), and those already on record ("known_items")."""
        from .registers import counts

        return counts(self.rows)

    def summary(self) -> dict[str, Any]:
        return {
            "added": len(self.added), "updated": len(self.updated), "unchanged": self.unchanged, **self.register_counts,
            "skipped": len(self.skipped), "error_rows": self.error_rows,
            "errors": [e.as_dict() for e in self.errors],
            "flagged_rows": self.flagged_rows,
            "flags": [{"row": r.row, "name": r.name, **f.as_dict()} for r, f in self.flags],
            "skipped_rows": [{"sheet": s, "row": n, "reason": why} for s, n, why in self.skipped],
            "unmapped_columns": self.unmapped_columns,
            "sheets": [{"sheet": lay.sheet, "header_rows": lay.header_rows, "mapping": lay.mapping_dict()} for lay in self.layouts],
            "tag_differences": [t.as_dict() for t in self.tag_differences],
            "hidden_sheets": list(self.hidden_sheets),
            "gone": len(self.gone),
            "notices": list(self.notices),
            "stray_cells": [{"sheet": s, "cell": c, "value": v} for s, c, v in self.stray_cells],
        }


def _merge_duplicate(first: PlannedRow, later: PlannedRow, ctx: Any) -> None:
    """A key repeated inside one file: one record (the first row's), its empty fields filled from
    the later row; extra columns of the later row kept beside the first's ("；"). The legal status,
    patent number and so the attribute are decided again on both rows' evidence (PatSnap lists an
    application's A publication and B grant as two rows: the later legal event wins,
    :func:`~kjcg_desktop.domain.grant_evidence.combine`). Repeated on the same sheet, or with different
    facts on another sheet, it is flagged; a fee or deal sheet naming a patent of the ledger sheet is
    what such sheets are for, and is not; nor is a patent on several rows of a fee or deal list."""
    differs = []
    if "name" not in first.source and "name" in later.source:  # a fee or deal row first: the ledger row names it
        first.values["name"] = first.source["name"] = later.values["name"]
        first.flags[:] = [f for f in first.flags if not (f.field == "name" and f.kind == FlagKind.MISSING)]
    if "name" not in later.source:  # the later row's placeholder name is not the record's
        later.flags[:] = [f for f in later.flags if not (f.field == "name" and f.kind == FlagKind.MISSING)]
    for key, value in later.values.items():
        if key == "extra":
            extra = first.values.setdefault("extra", {})
            for h, v in value.items():
                if h not in extra:
                    extra[h] = v
                elif v not in str(extra[h]).split("；"):
                    extra[h] = f"{extra[h]}；{v}"
            first.source["extra"] = dict(extra)
            continue
        if key not in first.values or first.values[key] in (None, ""):
            first.values[key] = value
            first.source[key] = later.source.get(key, value)
        elif first.values[key] != value and not key.endswith(("_precision", "_as_written")) and key not in (
                "import_key", "legal_status", "type") and key in later.source:
            differs.append(f"{ctx.labels.get(key, key)}：“{value}”")
    if first.inventors is None and later.inventors is not None:
        first.inventors = later.inventors
        first.source["inventors"] = later.inventors
    unsaid = "legal_status" not in first.source and "legal_status" not in later.source
    status_note = _decide_again(first, later)
    if unsaid:  # neither row speaks of the legal status (fee or deal rows): the record's stays
        first.source.pop("legal_status", None)
    first.flags.extend(later.flags)
    first.registers.extend(later.registers)
    if (later.sheet != first.sheet or later.listing) and not differs and not status_note:
        return
    note = f"；该行不同的值：{'，'.join(differs)}（未采用）" if differs else ""
    first.flags.append(ReviewFlag(
        "row", FlagKind.DUPLICATE,
        f"本文件工作表“{later.sheet}”第 {later.row} 行与工作表“{first.sheet}”第 {first.row} 行是同一成果"
        f"（{_key_text(later.keys[0])}），两行已合并为一条记录{note}{status_note}",
        later.sheet, cell_ref(later.sheet, "", later.row), ""))


def _decide_again(first: PlannedRow, later: PlannedRow) -> str:
    """The merged record's legal status and patent number from both rows' evidence (the one decision
    of :mod:`kjcg_desktop.domain.grant_evidence`, taken again); the note for the duplicate flag when
    the two rows' statuses differ."""
    fb, lb = first.status_basis, later.status_basis
    if fb is None or lb is None:
        return ""
    evidence = combine(fb.evidence, lb.evidence)
    decision = evidence.decide()
    basis = lb if evidence.reading is not None and evidence.reading is lb.evidence.reading else fb
    stale = {id(f) for f in (*fb.flags, *lb.flags)}
    first.flags[:] = [f for f in first.flags if id(f) not in stale]
    later.flags[:] = [f for f in later.flags if id(f) not in stale]
    text = basis.evidence.reading.raw if basis.evidence.reading is not None else ""
    new_flags = [ReviewFlag(basis.field, FlagKind.STATUS, problem, basis.sheet, basis.cell, text) for problem in decision.problems]
    first.flags.extend(new_flags)
    first.status_basis = StatusBasis(evidence, new_flags, basis.field, basis.sheet, basis.cell,
                                     fb.application_no or lb.application_no, fb.zl_written or lb.zl_written,
                                     fb.patent_as_written or lb.patent_as_written)
    _settle_patent_number(first, first.status_basis, decision.status)
    first.values["legal_status"] = first.source["legal_status"] = decision.status.value
    readings = fb.evidence.reading, lb.evidence.reading
    if readings[0] is None or readings[1] is None or readings[0].status == readings[1].status:
        return ""  # one row says nothing about the status (a fee or deal row), or both say the same
    same_sheet = first.sheet == later.sheet
    rows = [f"{'' if same_sheet else f'工作表“{row.sheet}”'}第 {row.row} 行“{reading.raw}”"
            for row, reading in ((first, readings[0]), (later, readings[1]))]
    return f"；两行的法律状态不同（{'、'.join(rows)}），已按两行的证据与较晚的法律事件记为“{decision.status.label}”"


def _settle_patent_number(row: PlannedRow, basis: StatusBasis, status: LegalStatus) -> None:
    """ZL + the application number once granted; none before (unless the file wrote a ZL number)."""
    values, source = row.values, row.source
    number = patent_number(basis.application_no, status)
    if number is not None:
        if not values.get("patent_no"):
            values["patent_no"] = source["patent_no"] = number
            if basis.patent_as_written:
                values["patent_no_as_written"] = basis.patent_as_written
    elif not basis.zl_written:
        for key in ("patent_no", "patent_no_as_written"):
            values.pop(key, None)
            source.pop(key, None)


def _key_text(key: str) -> str:
    kind, _, value = key.partition(":")
    names = {"app": "申请号", "num": "号码", "pub": "公开（公告）号", "reg": "登记号", "ledger": "台账编号", "fp": "名称、类型与完成人相同"}
    return names.get(kind, kind) + \
        ("" if kind == "fp" else f" {value}")
