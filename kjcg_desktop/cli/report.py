"""``kjcg-desktop report --year YYYY --out DIR [--email]``: the annual report (1-2 第十二条)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import clock
from . import common


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="生成年度报告（Excel + PDF，可选邮件草稿）（1-2 第十二条）")
    p.add_argument("--year", type=int, default=clock.today().year - 1, help="报告年度（默认上一年）")
    p.add_argument("--out", required=True, help="输出文件夹")
    p.add_argument("--email", action="store_true", help="同时生成未发送的邮件草稿（.eml，收件人取自设置）")
    p.add_argument("--national", action="store_true",
                   help="生成报主管部门的国家科技成果转化年度报告（Word + Excel 指标表，促进科技成果转化法第二十一条）")
    p.add_argument("--part", action="append", default=[], metavar="XLSX",
                   help="与 --national 同用：汇总各部门、附属医院的国家年度报告工作簿（可多次指定；相同合同、成果只计一次）")




def _generate_into(out: Path, generate):
    """Write the report's files in a private temporary folder and put them into ``out`` only when
    all were written: a failure (a full disk) leaves neither half a set nor partial files."""
    import tempfile
    from dataclasses import fields, replace

    from ..services.output_paths import put_in_place

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kjcg-report-") as folder:
        scratch = Path(folder)
        files = generate(scratch)
        placed: list[Path] = []
        moved = {}
        try:
            for f in fields(files):
                value = getattr(files, f.name)
                if isinstance(value, Path) and value.parent == scratch:
                    existed = (out / value.name).exists()
                    put_in_place(value, out / value.name)
                    if not existed:
                        placed.append(out / value.name)
                    moved[f.name] = out / value.name
        except BaseException:
            for path in placed:  # no half set of new files
                path.unlink(missing_ok=True)
            raise
        return replace(files, **moved)


def cmd_report(args: argparse.Namespace) -> int:
    from ..services.fonts import FontNotFound
    from ..services.report import generate_report

    if not 1900 <= args.year <= 2999:
        print(f"错误：报告年度 {args.year} 不正确", file=sys.stderr)
        return 2
    if args.part and not args.national:
        print("错误：--part 只能与 --national 一起使用", file=sys.stderr)
        return 2
    if args.national:
        return _national(args)
    from ..services.output_paths import check_output_folder, check_output_path
    from ..services.report import base_name

    db = common.open_db(args)
    try:
        out = check_output_folder(args.out, db_path=db.path)
        for suffix in (".xlsx", ".pdf"):
            check_output_path(out / f"{base_name(args.year)}{suffix}", db_path=db.path)
        files = _generate_into(out, lambda folder: generate_report(db, args.year, folder, email=args.email))
    except FontNotFound as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"错误：无法写入输出文件夹 {args.out}：{exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    print(f"已生成 Excel：{files.xlsx}")
    for t in files.truncated:
        print(f"注意：{t.message()}", file=sys.stderr)
    print(f"已生成 PDF：{files.pdf}")
    if files.eml:
        print(f"已生成邮件草稿：{files.eml}")
    return 0


def _national(args: argparse.Namespace) -> int:
    from ..domain import DomainError
    from ..services.output_paths import check_output_folder
    from ..services.report.national import generate_national_report

    db = common.open_db(args)
    try:
        out = check_output_folder(args.out, db_path=db.path)
        files = generate_national_report(db, args.year, out, parts=[Path(p) for p in args.part])
    except DomainError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"错误：无法写入输出文件夹 {common.shown(args.out)}：{exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    print(f"已生成 Word 报告：{files.docx}")
    print(f"已生成 Excel 指标表：{files.xlsx}")
    for t in files.truncated:
        print(f"注意：{t.message()}", file=sys.stderr)
    if files.report.parts:
        print(f"已汇总：{'、'.join(files.report.parts)}；剔除重复记录 {len(files.report.duplicates)} 条")
    left = files.report.left_out
    if any(left.values()):
        print(f"涉密成果不予报告：已排除成果 {left['achievements']} 项、合同 {left['contracts']} 项、到账 {left['receipts']} 笔、"
              f"奖励 {left['rewards']} 人次")
    return 0


COMMANDS: dict[str, common.Handler] = {
    "report": cmd_report,
}
