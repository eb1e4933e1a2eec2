"""CLI commands for the Excel exchange.

    kjcg-desktop import FILE [--sheet NAME] [--profile NAME] [--save-profile NAME] [--dry-run] [--report OUT.xlsx] [--json]
    kjcg-desktop import undo BATCH_ID          (also: kjcg-desktop import --undo BATCH_ID)
    kjcg-desktop import batches [--json]
    kjcg-desktop import finance FILE [--dry-run] [--json]
    kjcg-desktop export ledger OUT.xlsx
    kjcg-desktop export finance OUT.xlsx [--year YYYY]

``import`` takes one positional FILE, or a keyword (``finance``, ``undo``, ``batches``) followed by its
argument; a file really named like a keyword is imported when no second argument follows
(or write it as ``./finance``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .. import clock
from . import common

if TYPE_CHECKING:
    from ..services.importing.model import ImportPlan

IMPORT_KEYWORDS = ("finance", "undo", "batches")
LISTED_COLUMNS = 20  # unmapped columns named on the terminal; --json lists them all
LISTED_STRAY_CELLS = 20  # cells far from the table named on the terminal; --json and --report list them all


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import", help="导入 Excel 台账；import finance FILE 导入财务回执；import undo N 撤销导入",
        description="导入台账或专利数据库导出（.xlsx/.xls/.ods，UTF-8、GBK 或 Big5 编码的 CSV）：每个非空行都会成为一条成果或"
                    "更新已有成果，无法确定的值原样保留并标记“待核对”。也可：import finance FILE（财务回执），"
                    "import undo BATCH_ID（撤销整批导入），import batches（列出导入批次）。",
    )
    p.add_argument("target", nargs="?", help="要导入的文件；或关键字 finance / undo / batches")
    p.add_argument("argument", nargs="?", help="finance 后为财务回执文件，undo 后为导入批次号")
    p.add_argument("--sheet", help="只导入该工作表（默认：所有找到表头的工作表）")
    p.add_argument("--profile", help="使用已保存的列映射方案")
    p.add_argument("--save-profile", metavar="NAME", help="把本次使用的列映射保存为方案（--dry-run 时不保存）")
    p.add_argument("--dry-run", action="store_true", help="只预览，不写入数据库（结果与实际导入完全一致）")
    p.add_argument("--report", metavar="OUT.xlsx", help="把全部待核对项（含来源单元格）、更新内容、标记不一致和未导入的行写入该工作簿")
    p.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    p.add_argument("--undo", type=int, metavar="BATCH_ID", help="撤销一次导入（删除其新增的成果，恢复其更新的成果）")
    p.add_argument("--yes", action="store_true",
                   help="撤销时确认：连同导入后又修改或核对过的新增成果一并删除（不加时只说明将要删除哪些，不撤销）")

    p = sub.add_parser("export", help="导出 Excel：export ledger OUT.xlsx；export finance OUT.xlsx --year YYYY")
    what = p.add_subparsers(dest="export_what", metavar="{ledger,finance}")
    what.required = True
    e = what.add_parser("ledger", help="导出成果台账（可被 import 原样读回）")
    e.add_argument("out")
    e = what.add_parser("finance", help="导出财务对接工作簿（阶段与属性、支出处理、无形资产、处置与核销）")
    e.add_argument("out")
    e.add_argument("--year", type=int, default=clock.today().year, help="年度（默认：今年）")




def _usage_error(message: str) -> int:
    print(f"用法错误：{message}", file=sys.stderr)
    return 2


def cmd_import(args: argparse.Namespace) -> int:
    target, argument = args.target, args.argument
    if args.undo is not None:
        if target is not None:
            return _usage_error("--undo 不能与文件同时使用")
        return _undo(args, args.undo)
    if target is None:
        return _usage_error("请给出要导入的文件，例如：kjcg-desktop import 台账.xlsx")
    if target == "undo" and argument is not None:
        try:
            batch_id = int(argument)
        except ValueError:
            return _usage_error(f"导入批次号应为数字：{argument}")
        return _undo(args, batch_id)
    if target == "finance" and argument is not None:
        return _import_finance(args, Path(argument))
    if target == "batches" and argument is None and not Path(target).exists():
        return _batches(args)
    if argument is not None:
        return _usage_error(f"多余的参数：{argument}（关键字只有 {'、'.join(IMPORT_KEYWORDS)}）")
    return _import_ledger(args, Path(target))


def _import_ledger(args: argparse.Namespace, path: Path) -> int:
    report = Path(args.report) if args.report else None
    plan, batch_id, counts = _run_import(args, path, report)
    summary = plan.summary()
    if args.json:
        common.print_json({
            "added": summary["added"], "updated": summary["updated"], "skipped": summary["skipped"],
            "skipped_rows": summary["skipped_rows"], "errors": summary["errors"], "flags": summary["flags"],
            "flagged_rows": summary["flagged_rows"], "unmapped_columns": summary["unmapped_columns"],
            "unchanged": summary["unchanged"], "error_rows": summary["error_rows"],
            "payments": summary["payments"], "contracts": summary["contracts"], "known_items": summary["known_items"],
            "tag_differences": summary["tag_differences"], "batch_id": batch_id, "dry_run": args.dry_run,
            "notices": summary["notices"], "stray_cells": summary["stray_cells"],
            "profile_saved": bool(args.save_profile and not args.dry_run),
            "report": None if report is None else str(report),
            "gone": [{"id": g.id, "ledger_no": g.ledger_no, "name": g.name, "legal_status": g.legal_status,
                      "imported_at": g.imported_at} for g in plan.gone],
        })
        return 0
    _print_plan(args, plan, summary)
    if report is not None:
        print(f"导入报告已写入 {report}：待核对 {counts['待核对']} 处，更新 {counts['更新内容']} 处，"
              f"标记不一致 {counts['标记不一致']} 处，未导入 {len(plan.skipped)} 行"
              + (f"、隐藏的工作表 {len(plan.hidden_sheets)} 个" if plan.hidden_sheets else ""))
    if batch_id is not None:
        print(f"导入批次号 {batch_id}；如需撤销：kjcg-desktop import undo {batch_id}")
    elif args.dry_run:
        print("（预览，未写入数据库" + ("，映射方案也未保存）" if args.save_profile else "）"))
    elif not plan.rows and not plan.error_rows:
        print("文件中没有数据行（只有表头" + ("和未导入的行" if plan.skipped else "") + "），没有需要写入的内容")
    else:
        print("文件与台账一致，没有需要写入的内容")
    return 0


def _run_import(args: argparse.Namespace, path: Path, report: Path | None) -> tuple[ImportPlan, int | None, dict]:
    """Plan the import, write the report (before anything is imported) and commit unless a dry run:
    (plan, batch id or None, the report's counts)."""
    from ..services import excel_import as ei
    from ..services.importing.report import records_of, write_import_report
    from ..storage import imports as repo

    db = common.open_db(args)
    counts: dict = {}
    if report is not None:  # refused before anything is read or written
        from ..services.output_paths import check_output_path

        try:
            check_output_path(report, db_path=db.path, inputs=[path], existing_folder=True)
        except BaseException:
            db.close()
            raise
    try:
        plan, batch_id = ei.import_file(db, path, sheet=args.sheet, profile=args.profile, dry_run=True)
        if report is not None:  # written before the import, so a file that cannot be saved stops it
            from ..services.output_paths import safe_output

            with safe_output(report, db_path=db.path, inputs=[path]) as tmp:
                counts = write_import_report(plan, tmp, records_of(db, plan))
        if not args.dry_run:
            batch_id = ei.commit_plan(db, plan)
            if args.save_profile:  # a dry run writes nothing, a mapping profile neither
                repo.save_profile(db, args.save_profile, ei.profile_of_layouts(plan.layouts))  # one mapping per sheet
    finally:
        db.close()
    return plan, batch_id, counts


def _flag_count(plan: ImportPlan) -> str:
    """What the flags count: the records they concern and the flags themselves ("6 条成果共 7 处待核对")."""
    flags = len(plan.flags)
    return f"{plan.flagged_rows} 条成果共 {flags} 处待核对" if flags else "无待核对"


def _print_plan(args: argparse.Namespace, plan: ImportPlan, summary: dict) -> None:
    """The plan as the terminal shows it: layouts, counts, flags, tag differences, explanation rows."""
    for lay in plan.layouts:
        rows = "、".join(str(r) for r in lay.header_rows)
        print(f"工作表“{lay.sheet}”：表头在第 {rows} 行，{len(lay.headers)} 列")
    verb = "将" if args.dry_run else "已"
    print(f"{verb}新增 {summary['added']} 条，{verb}更新 {summary['updated']} 条，无变化 {summary['unchanged']} 条，"
          f"未导入 {summary['skipped']} 行（空行/合计行/说明行/重复表头），{_flag_count(plan)}")
    _print_reading(plan)
    if summary["payments"] or summary["contracts"] or summary["known_items"]:
        known = f"（{summary['known_items']} 笔/项已在台账中，不重复记入）" if summary["known_items"] else ""
        print(f"{verb}记入年费缴费记录 {summary['payments']} 笔，{verb}登记合同 {summary['contracts']} 项{known}")
    if plan.hidden_sheets:
        names = "、".join(f"“{cli_safe(n)}”" for n in plan.hidden_sheets)
        print(f"隐藏的工作表未导入：{names}（在 Excel 中看不到，多为下拉选项或备查表；如需导入，请用 --sheet 指定）")
    _print_columns(plan)
    flags = plan.flags
    for r, f in flags[:100]:
        print(f"  待核对：{f.cell}（{cli_safe(r.name, SHOWN_CHARS)}）原文“{cli_safe(f.original, SHOWN_CHARS)}”：{cli_safe(f.reason)}")
    if len(flags) > 100:
        print(f"  ……共 {len(flags)} 处待核对，请用 --report 导入报告.xlsx 或 --json 查看全部")
    _print_gone(plan)
    for t in plan.tag_differences[:100]:
        print(f"  标记不一致：工作表“{t.sheet}”第 {t.row} 行 {t.ledger_no or ''} {t.name}：{t.tag} 文件中为“{t.in_file}”，"
              f"按规则应为“{t.computed}”（{t.article}）")
    if len(plan.tag_differences) > 100:
        print(f"  ……共 {len(plan.tag_differences)} 处标记不一致，请用 --report 导入报告.xlsx 查看全部")
    for sheet, row, reason in plan.skipped:
        if reason.startswith(("说明行", "分节标题行")):
            print(f"  未导入：工作表“{sheet}”第 {row} 行是{cli_safe(reason)}")
        elif reason.startswith("只有"):
            print(f"  未导入：工作表“{sheet}”第 {row} 行{cli_safe(reason)}")


def _print_columns(plan: ImportPlan) -> None:
    """The columns kept as extra fields only, and those a fee or deal list feeds its register with."""
    from ..services.importing.registers import PAYMENT, register_headers

    fed = register_headers(plan.layouts)
    taken = {h for headers in fed.values() for h in headers}
    names = [n for n in plan.unmapped_columns if n not in taken]
    if names:
        more = f" 等 {len(names):,} 列（--json 或 --report 列出全部）" if len(names) > LISTED_COLUMNS else ""
        print("未对应字段的列（已保留在扩展信息中）：" + "、".join(map(cli_safe, names[:LISTED_COLUMNS])) + more)
    for kind, headers in fed.items():
        register = "年费台账" if kind == PAYMENT else "合同台账"
        print(f"记入{register}的列（原文同时保留在扩展信息中）：" + "、".join(map(cli_safe, headers)))


def _print_reading(plan: ImportPlan) -> None:
    """How the file was read: an encoding guessed on little evidence, cells far from the table."""
    for notice in plan.notices:
        print(f"注意：{cli_safe(notice)}")
    for sheet, cell, value in plan.stray_cells[:LISTED_STRAY_CELLS]:
        print(f"  远离表格的单元格：工作表“{cli_safe(sheet)}”{cell}“{cli_safe(value)}”（未作为成果导入，已列入导入报告的“读取说明”）")
    if len(plan.stray_cells) > LISTED_STRAY_CELLS:
        print(f"  ……共 {len(plan.stray_cells):,} 个远离表格的单元格，请用 --report 导入报告.xlsx 或 --json 查看全部")


def _print_gone(plan: ImportPlan) -> None:
    """The records an earlier import of this file brought in whose rows the file no longer has."""
    if not plan.gone:
        return
    print(f"上次从同一台账文件（同名或只差日期）导入的 {len(plan.gone):,} 条成果本次文件中已没有（系统中未删除，请核对是否已放弃、转让或移出台账）：")
    for g in plan.gone[:20]:
        print(f"  {cli_safe(g.ledger_no or '')} {cli_safe(g.name, SHOWN_CHARS)}")
    if len(plan.gone) > 20:
        print("  ……全部见 --report 导入报告.xlsx 的“文件中已没有的成果”或 --json")


# a title or a cell longer than this is cut in a terminal line (the report and --json keep it whole)
SHOWN_CHARS = 80


def cli_safe(text: str, limit: int | None = None) -> str:
    """Text from a file as it may be printed: control characters (terminal escape sequences) shown
    escaped; with ``limit``, a longer text cut there, saying how long it is."""
    text = str(text)
    cut = f"……（共 {len(text):,} 字）" if limit is not None and len(text) > limit else ""
    if cut:
        text = text[:limit]
    return "".join(ch if ch.isprintable() or ch == " " else repr(ch)[1:-1] for ch in text) + cut


def _undo(args: argparse.Namespace, batch_id: int) -> int:
    from ..services import excel_import as ei

    db = common.open_db(args)
    try:
        preview = ei.undo_impact(db, batch_id)
        if preview.blocked_by:
            print(preview.message(), file=sys.stderr)
            return 1
        if not args.json:
            print(cli_safe(preview.message()))
        if preview.edited_added and not args.yes:
            print(f"未撤销：导入批次 {batch_id} 新增的成果有 {len(preview.edited_added)} 条在导入后又被修改或核对过；"
                  f"确定连同这些修改一并删除，请加 --yes 再运行：kjcg-desktop import undo {batch_id} --yes", file=sys.stderr)
            return 1
        result = ei.undo_batch(db, batch_id)
    finally:
        db.close()
    if args.json:
        common.print_json({"batch_id": batch_id, **result})
    else:
        kept = f"，保留导入后修改过的值 {result['kept']} 处" if result.get("kept") else ""
        if result.get("payments") or result.get("deals") or result.get("tech_contracts"):
            kept += (f"，删除该次记入的年费缴费记录 {result.get('payments', 0)} 笔、"
                     f"合同 {result.get('deals', 0) + result.get('tech_contracts', 0)} 项")
        print(f"已撤销导入批次 {batch_id}：删除新增成果 {result['deleted']} 条，恢复被更新的成果 {result['restored']} 条{kept}")
    return 0


def _batches(args: argparse.Namespace) -> int:
    from ..storage import imports as repo

    db = common.open_db(args)
    rows = repo.list_batches(db)
    db.close()
    if args.json:
        common.print_json(rows)
        return 0
    for r in rows:
        state = f"已撤销于 {r['undone_at']}" if r["undone_at"] else "有效"
        print(f"{r['id']}\t{r['imported_at']}\t{r['source']}\t新增 {r['added']}\t更新 {r['updated']}\t{state}")
    return 0


def _import_finance(args: argparse.Namespace, path: Path) -> int:
    from ..services import excel_export as ee

    db = common.open_db(args)
    try:
        confirmations = ee.read_finance_confirmations(db, path)
        applied = 0
        if not args.dry_run and confirmations.changes:
            applied = ee.apply_finance_confirmations(db, confirmations)
    finally:
        db.close()
    if args.json:
        common.print_json({**confirmations.summary(), "applied": applied, "dry_run": args.dry_run})
        return 1 if confirmations.errors else 0
    names = {"voucher_no": "凭证号", "booked_amount_fen": "入账金额", "booked_date": "入账日期"}
    for c in confirmations.changes:
        parts = []
        for k, v in c.new.items():
            old = c.old.get(k)
            if k == "booked_amount_fen":
                old, v = (None if old is None else f"{old / 100:.2f}"), (None if v is None else f"{v / 100:.2f}")
            parts.append(f"{names[k]} {old or '（空）'} → {v or '（空）'}")
        note = f"；注意：{c.note}" if c.note else ""
        print(f"工作表“{c.sheet}”第 {c.row} 行（编号 {c.record_id}）：" + "，".join(parts) + note)
    for e in confirmations.errors:
        print(f"  错误：工作表“{e['sheet']}”第 {e['row']} 行【{e['column']}】值“{e['value']}”：{e['message']}")
    verb = "将更新" if args.dry_run else "已更新"
    print(f"{verb} {len(confirmations.changes)} 条记录，无变化 {confirmations.unchanged} 条，错误 {len(confirmations.errors)} 处")
    return 1 if confirmations.errors else 0


def cmd_export(args: argparse.Namespace) -> int:
    from ..services import excel_export as ee
    from ..services.output_paths import check_output_path, safe_output

    db = common.open_db(args)
    try:
        check_output_path(args.out, db_path=db.path)
        truncated: list = []
        if args.export_what == "ledger":
            with safe_output(args.out, db_path=db.path) as tmp:
                n = ee.export_ledger(db, tmp, truncated=truncated)
            print(f"已导出成果台账 {n} 条到 {common.shown(args.out)}")
        else:
            with safe_output(args.out, db_path=db.path) as tmp:
                counts = ee.export_finance(db, tmp, year=args.year, truncated=truncated)
            print(f"已导出 {args.year} 年度财务对接工作簿到 {common.shown(args.out)}：成果 {counts['achievements']} 条，"
                  f"支出 {counts['expenditures']} 条，无形资产 {counts['intangible_assets']} 项，"
                  f"待确认 {counts[ee.RECOGNISE_SHEET]} 项，处置与核销 {counts[ee.DISPOSAL_SHEET]} 项，"
                  f"到账 {counts['receipts']} 笔，收益分配 {counts['distributions']} 条（{counts['people']} 人）")
    finally:
        db.close()
    for t in truncated:
        print(f"注意：{t.message()}", file=sys.stderr)
    return 0


COMMANDS: dict[str, common.Handler] = {
    "import": cmd_import,
    "export": cmd_export,
}
