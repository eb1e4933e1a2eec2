"""Writing a plan (one transaction), undoing a batch, and the one call the CLI uses."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...gc_pause import gc_paused
from ...storage import imports as repo
from ...storage.db import Database
from ...storage.import_undo import UndoImpact
from ...storage.import_undo import undo_impact as undo_impact_of
from .layout import HEADER_SCAN_ROWS, SheetLayout, detect_layout
from .plan import ImportPlan, build_plan
from .registers import items_to_write
from .synonyms import field_label
from .workbook import ImportFileError, Workbook

_WRITE_ONLY = ("file_tags",)


def _flag_dicts(row: Any) -> list[dict[str, str]]:
    return [f.as_dict() for f in row.flags] + [{**f.as_dict(), "resolution": how} for f, how in row.corrections]


@gc_paused()
def commit_plan(db: Database, plan: ImportPlan, *, on_row: Callable[[int], None] | None = None) -> int | None:
    """Write the plan in one transaction; return the batch id (None when there is nothing to write)."""
    added = [{"values": r.values, "inventors": r.inventors, "flags": _flag_dicts(r), "keys": r.keys,
              "generated_ledger_no": r.values.get("ledger_no", "").startswith("KJCG-") and "ledger_no" not in r.source}
             for r in plan.added]
    updated = [{"id": r.target_id, "changes": r.changes, "inventors": r.inventors, "old": r.old,
                "old_inventors": r.old_inventors, "version": r.version, "flags": _flag_dicts(r)} for r in plan.updated]
    registers = items_to_write(plan.rows, {id(r): i for i, r in enumerate(plan.added)})
    if not added and not updated and not registers:
        return None
    summary = {"added": len(added), "updated": len(updated), "unchanged": plan.unchanged, "skipped": len(plan.skipped),
               **plan.register_counts,
               "flagged_rows": plan.flagged_rows, "error_rows": plan.error_rows,
               "errors": [e.as_dict() for e in plan.errors[:1000]],
               "flags": [{"row": r.row, "name": r.name, **f.as_dict()} for r, f in plan.flags[:1000]],
               "unmapped_columns": plan.unmapped_columns, "hidden_sheets": plan.hidden_sheets,
               "notices": plan.notices, "stray_cells": [list(cell) for cell in plan.stray_cells[:1000]],
               "tag_differences": [t.as_dict() for t in plan.tag_differences[:1000]]}
    sheets = "、".join(lay.sheet for lay in plan.layouts)
    return repo.commit_import(db, source=plan.source, sheet=sheets, added=added, updated=updated, summary=summary, on_row=on_row,
                              registers=registers)


def undo_batch(db: Database, batch_id: int) -> dict[str, int]:
    """Undo a batch: {"deleted", "restored", "kept" (fields changed since the import, left as they are)}."""
    return repo.undo_import(db, batch_id)


_NAMED = 5  # records a message names before it says "等 N 条"


def _some(items: list[str], unit: str) -> str:
    shown = "、".join(items[:_NAMED])
    return shown + (f" 等 {len(items):,} {unit}" if len(items) > _NAMED else "")


@dataclass
class UndoPreview:
    """What undoing a batch will do, in the words the confirmation and the terminal show."""

    impact: UndoImpact

    def __getattr__(self, name: str) -> Any:  # batch_id, deleted, restored, edited_added, kept, blocked_by
        return getattr(self.impact, name)

    def message(self) -> str:
        i = self.impact
        if i.blocked_by:
            later = i.blocked_by[-1]
            return f"导入批次 {later} 在此之后又更新了导入批次 {i.batch_id} 的成果（或为其记入了缴费、合同），不能先撤销较早的导入：请先撤销导入批次 {later}。"
        parts = ([f"删除该次新增的 {i.deleted:,} 条成果"] if i.deleted else []) + (
            [f"被更新的 {i.restored:,} 条成果恢复导入前的值"] if i.restored else []) + (
            [f"删除该次记入的 {i.payments:,} 笔年费缴费记录"] if i.payments else []) + (
            [f"删除该次登记的 {i.contracts:,} 项合同"] if i.contracts else [])
        text = f"撤销导入批次 {i.batch_id}：{'，'.join(parts) or '没有需要删除或恢复的成果'}。"
        if i.edited_added:
            text += (f"其中 {len(i.edited_added):,} 条新增成果在导入后又被修改或核对过（{_some([label for _, label in i.edited_added], '条')}），"
                     "撤销会连同这些修改和核对记录一并删除。")
        if i.kept:
            fields = [f"{label}的{field_label(key)}" for _, label, key in i.kept]
            text += f"{_some(fields, '处')}在导入后又被修改过，保留现值，不恢复。"
        return text


def undo_impact(db: Database, batch_id: int) -> UndoPreview:
    """What :func:`undo_batch` would do now (raises UndoError when the batch is unknown or undone)."""
    return UndoPreview(undo_impact_of(db, batch_id))


def layouts_for(workbook: Workbook, sheet: str | None = None, profile: Mapping[str, Any] | None = None) -> list[SheetLayout]:
    """Layouts of the named sheet, or of every visible sheet that has a recognisable header (several
    sheets of one workbook each import by their own header). A sheet hidden in Excel — a drop-down
    list, a lookup table, an old copy — is read only when named (:attr:`ImportPlan.hidden_sheets`
    tells which were left)."""
    hidden = getattr(workbook, "hidden_sheets", [])
    names = [sheet] if sheet else [n for n in workbook.sheet_names if n not in hidden]
    layouts = []
    for name in names:
        layout = detect_layout(name, workbook.rows(name), profile)
        if layout is not None:
            layouts.append(layout)
        elif sheet:
            raise ImportFileError(f"工作表“{name}”的前 {HEADER_SCAN_ROWS} 行中没有找到表头（至少需要两个可识别的列名，如 成果名称、申请号）")
    if not layouts and not any(_has_content(workbook.rows(name)) for name in workbook.sheet_names):
        where = "" if getattr(workbook, "kind", "") == "csv" else "（各工作表都是空的）"
        raise ImportFileError(f"“{workbook.path.name}”中没有任何内容{where}。请确认选择的文件是否正确")
    if not layouts:
        note = f"；隐藏的工作表{_quoted(hidden)}未查找，如需导入请指定工作表" if hidden else ""
        raise ImportFileError(f"“{workbook.path.name}”的各工作表中都没有找到表头（至少需要两个可识别的列名，如 成果名称、申请号）{note}")
    return layouts


def _unread_sheets(workbook: Workbook, layouts: list[SheetLayout]) -> list[str]:
    """A visible sheet holding a table (two rows of two cells or more: a notes sheet of one column of text
    is no table) but no header found is not imported: said, never silently left out."""
    read = {lay.sheet for lay in layouts}
    return [f"工作表“{name}”有表格，但前 {HEADER_SCAN_ROWS} 行中没有找到表头（至少需要两个可识别的列名，如 成果名称、申请号），"
            f"未导入；如需导入，请在导入向导中手动指定表头所在行，或把表头改成可识别的列名后重新导入"
            for name in workbook.sheet_names
            if name not in read and name not in getattr(workbook, "hidden_sheets", []) and _is_table(workbook.rows(name))]


def _is_table(rows: list[list[Any]]) -> bool:
    wide = 0
    for row in rows:
        if sum(1 for v in row if v is not None and str(v).strip()) >= 2:
            wide += 1
            if wide == 2:
                return True
    return False


def _has_content(rows: list[list[Any]]) -> bool:
    return any(str(v).strip() for row in rows for v in row if v is not None)


def _quoted(names: list[str]) -> str:
    return "、".join(f"“{n}”" for n in names)


def open_workbook(path: Path | str) -> Workbook:
    return Workbook(path)


def import_file(
    db: Database,
    path: Path | str,
    *,
    sheet: str | None = None,
    profile: str | None = None,
    dry_run: bool = False,
) -> tuple[ImportPlan, int | None]:
    """Plan (and unless ``dry_run`` commit) an import; returns (plan, batch id). A dry run builds
    exactly the plan the real run writes."""
    mapping = None
    if profile:
        profiles = repo.load_profiles(db)
        if profile not in profiles:
            raise ImportFileError(f"没有名为“{profile}”的映射方案（现有：{'、'.join(profiles) or '无'}）")
        mapping = profiles[profile]
    workbook = open_workbook(path)
    try:
        layouts = layouts_for(workbook, sheet, mapping)
        plan = build_plan(db, workbook, layouts)
        plan.hidden_sheets = [] if sheet else list(workbook.hidden_sheets)
        if not sheet:
            plan.notices.extend(_unread_sheets(workbook, layouts))
    finally:
        workbook.close()
    batch_id = None if dry_run else commit_plan(db, plan)
    return plan, batch_id
