"""The import report workbook: the records the import adds or updates (one row each, an update with
its changed fields as old → new), one sheet of 待核对 flags a clerk can work through (each with its
source cell and original text), the changes an update makes, the tags that differ, and the rows not
imported (blank, 合计, notes, repeated headers), the cells the clerk corrected in the preview (the
file's text and the correction), the payments and contracts a fee or deal list records, and the
records an earlier import of the same file brought in whose rows the file no longer has. No text
from the file ever becomes a formula."""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from ... import domain as d
from ...clock import display_time
from ...domain.review_flags import KIND_LABELS
from ...storage.ledger import fetch_rows
from .cells import without_control_characters
from .model import ImportPlan
from .registers import REGISTER_NAMES
from .synonyms import field_label, synonyms

_FORMULA_FIRST = ("=", "+", "-", "@", "\t", "\r")
SHEETS = {
    "新增与更新": (["操作", "工作表", "行", "台账编号", "成果名称", "类型", "法律状态", "属性", "更新的字段（原值 → 新值）", "待核对"],
              [8, 16, 7, 18, 36, 12, 14, 12, 60, 50]),
    "待核对": (["单元格", "台账编号", "成果名称", "字段", "原文", "问题", "类别", "处理"], [18, 18, 36, 14, 28, 70, 12, 16]),
    "更新内容": (["工作表", "行", "台账编号", "成果名称", "字段", "本系统原值", "文件新值"], [16, 7, 18, 36, 14, 28, 28]),
    "标记不一致": (["工作表", "行", "台账编号", "成果名称", "标记", "文件中", "按规则", "依据"], [16, 7, 18, 36, 8, 14, 14, 24]),
    "未导入的行": (["工作表", "行", "原因"], [16, 7, 40]),
    "预览中的更正": (["单元格", "台账编号", "成果名称", "字段", "原文", "更正为", "原问题"], [18, 18, 36, 14, 28, 28, 70]),
    "文件中已没有的成果": (["台账编号", "成果名称", "法律状态", "上次导入", "说明"], [18, 36, 14, 20, 70]),
    "读取说明": (["工作表", "单元格", "内容", "说明"], [16, 14, 36, 90]),
    "缴费与合同": (["工作表", "行", "台账编号", "成果名称", "记入", "内容", "处理"], [16, 7, 18, 36, 16, 60, 24]),
}
GONE_NOTE = "上次从同一台账文件（同名或只差日期）导入，本次文件中已没有这一行；系统中的记录未删除，请核对是否已放弃、转让或移出台账"
STRAY_CELL_NOTE = "远离表格的单元格（可能是误填，或 Excel 记录的使用范围远超表格），未作为成果导入，内容保留在此；请核对原文件"


def _cell(ws: Any, value: Any) -> Any:
    if value.__class__ is str:
        if not value.isprintable():
            value = without_control_characters(value)
        if value[:1] in _FORMULA_FIRST:
            cell = WriteOnlyCell(ws, value=None)
            cell._value = value
            cell.data_type = "s"
            cell.quotePrefix = True
            return cell
        return value
    if value.__class__ is float and not math.isfinite(value):
        return str(value)
    if value is not None and not isinstance(value, (int, float, str)):
        return str(value)
    return value


RECORD_FIELDS = ("ledger_no", "name", "type", "legal_status", "attribute")


def records_of(db: Any, plan: ImportPlan) -> dict[int, dict[str, Any]]:
    """The ledger's number, name, type, legal status and attribute of the records ``plan`` updates,
    and of the records it leaves unchanged that a payment, a contract or a flag of the report names
    (for :func:`write_import_report`'s ``records``)."""
    targets = [r.target_id for r in plan.rows if r.target_id is not None
               and (r.action != "unchanged" or r.registers or r.flags)]
    return {i: dict(zip(RECORD_FIELDS, values, strict=True)) for i, values in fetch_rows(db, targets, RECORD_FIELDS).items()}


def write_import_report(plan: ImportPlan, out: Path | str,
                        records: Mapping[int, Mapping[str, Any]] | None = None) -> dict[str, int]:
    """Write the report of ``plan`` to ``out`` (through a temporary file); returns rows per sheet.
    ``records``: the ledger's values (ledger_no, name, type, legal_status, attribute) of the records
    the plan updates, by id, so an update is listed under the record's own number and name."""
    out = Path(out)
    labels = synonyms().labels
    known: dict[int | None, Mapping[str, Any]] = {k: v for k, v in (records or {}).items()}

    def number(r: Any) -> Any:
        return (known.get(r.target_id) or {}).get("ledger_no") or r.values.get("ledger_no")

    def name(r: Any) -> Any:
        return (known.get(r.target_id) or {}).get("name") or r.name
    rows: dict[str, list[list[Any]]] = {
        "新增与更新": [_record_row(r, labels, known.get(r.target_id) or {}) for r in plan.rows if r.action != "unchanged"],
        "待核对": [[f.cell, number(r), name(r), field_label(f.field), f.original, f.reason,
                  KIND_LABELS.get(f.kind, f.kind), ""] for r, f in plan.flags],
        "更新内容": [[r.sheet, r.row, number(r), name(r), labels.get(k, k), _value(k, old), _value(k, new)]
                 for r in plan.updated for k, (old, new) in r.diff.items()],
        "标记不一致": [[t.sheet, t.row, t.ledger_no, t.name, t.tag, t.in_file, t.computed, t.article] for t in plan.tag_differences],
        "未导入的行": [list(skip) for skip in plan.skipped] + [
            [hidden, "", "隐藏的工作表，未读取（下拉选项、查找表或旧副本多为隐藏）；如需导入，请单独选择此工作表"]
            for hidden in plan.hidden_sheets],
        "预览中的更正": [[f.cell, number(r), name(r), field_label(f.field), f.original, _corrected(how), f.reason]
                   for r in plan.rows for f, how in r.corrections],
        "文件中已没有的成果": [[g.ledger_no, g.name, _label(d.LegalStatus, g.legal_status), display_time(g.imported_at),
                        GONE_NOTE]
                       for g in plan.gone],
        "读取说明": [["", "", "", notice] for notice in plan.notices] + [
            [sheet, cell, value, STRAY_CELL_NOTE] for sheet, cell, value in plan.stray_cells],
        "缴费与合同": [[item.sheet, item.row, number(r), name(r), REGISTER_NAMES[item.kind], item.label,
                   "已在台账中，未重复记入" if item.known else "记入"] for r in plan.rows for item in r.registers],
    }
    wb = Workbook(write_only=True)
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    for title, (headers, widths) in SHEETS.items():
        ws = wb.create_sheet(title)
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.freeze_panes = "A2"
        header_cells = []
        for h in headers:
            cell = WriteOnlyCell(ws, value=h)
            cell.font, cell.fill = bold, fill
            header_cells.append(cell)
        ws.append(header_cells)
        for values in rows[title]:
            ws.append([_cell(ws, v) for v in values])
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows[title]) + 1}"
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    try:
        wb.save(tmp)
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise d.DomainError(f"无法写入“{out}”：{exc.strerror or exc}（文件可能正被 Excel 打开）") from None
    return {title: len(found) for title, found in rows.items()}


def _corrected(resolution: str) -> str:
    """The value typed in the preview, out of its resolution text 导入预览中更正为“…”."""
    return resolution.partition("“")[2].removesuffix("”")


def _show(value: Any) -> str:
    return "" if value is None else str(value)


_ACTIONS = {"add": "新增", "update": "更新"}


def _label(enum: Any, value: Any) -> str:
    try:
        return enum(value).label if value is not None else ""
    except ValueError:
        return str(value)


def _record_row(r: Any, labels: Mapping[str, str], known: Mapping[str, Any]) -> list[Any]:
    """One record of the 新增与更新 sheet: an update shows the record as it will be, with its changes."""
    values = {**r.values, **known, **r.changes} if known else {**r.values, **r.changes}
    diff = dict(r.diff)
    if "attribute" in r.changes and "attribute" not in diff:
        diff["attribute"] = (r.old.get("attribute"), r.changes["attribute"])
    changes = "；".join(f"{'属性' if k == 'attribute' else field_label(k)}："
                       f"{_value(k, old) or '空'} → {_value(k, new) or '空'}" for k, (old, new) in diff.items())
    return [_ACTIONS.get(r.action, r.action), r.sheet, r.row, values.get("ledger_no") or r.old.get("ledger_no"),
            values.get("name") or r.name, _label(d.AchievementType, values.get("type")),
            _label(d.LegalStatus, values.get("legal_status")), _label(d.Attribute, values.get("attribute")),
            changes, "；".join(f.reason for f in r.flags)]


def _value(key: str, value: Any) -> str:
    enum = {"type": d.AchievementType, "legal_status": d.LegalStatus, "attribute": d.Attribute}.get(key)
    return _label(enum, value) if enum is not None and value is not None else _show(value)
