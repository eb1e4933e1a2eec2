"""``kjcg-desktop doc KIND --id N --out FILE.pdf``: print-ready documents from the command line.

The id is the one printed by ``kjcg-desktop list``: an application id for notice, agreement,
extension-agreement, abandonment-notice and application-form; an application's or a deal's number
for decision (a deal's JY-… number makes it the deal's decision); a deal id for price-notice,
related-party-notice and reward-notice; an achievement id for disclosure-form and dossier
(``dossier --of deal`` takes a deal id).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from . import common

KIND_NAMES = ("notice", "agreement", "extension-agreement", "abandonment-notice", "decision", "price-notice",
              "related-party-notice", "reward-notice", "disclosure-form", "application-form", "dossier")
NUMBERED_NAMES = KIND_NAMES[:8]


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{text}") from None


def add_parsers(sub: argparse._SubParsersAction) -> None:
    help_lines = ("id：notice/agreement/extension-agreement/abandonment-notice/application-form 用申请ID；"
                  "decision（审批决定，须已登记审批通过或驳回）用申请编号或交易编号（JY-…）；"
                  "price-notice/related-party-notice/reward-notice 用交易ID；disclosure-form/dossier 用成果ID"
                  "（dossier --of deal 用交易ID）。ID 即 kjcg-desktop list 输出的第一列。")
    p = sub.add_parser("doc", help="生成文书 PDF（公示、协议、表格、证据卷宗）", description=help_lines)
    p.add_argument("kind", metavar="KIND", help="文书类型：" + "、".join(KIND_NAMES))
    p.add_argument("number", nargs="?", default=None, metavar="NUMBER", help="记录编号或ID（同 --id）")
    p.add_argument("--id", dest="record_id", metavar="编号或ID",
                   help="记录编号（SQ-2026-0003、JY-2026-0002、KJCG-2026-00012）或ID（见上）")
    p.add_argument("--out", help="输出的 PDF 文件")
    p.add_argument("--of", default="", metavar="achievement|deal", help="dossier、decision 的对象：dossier 默认成果，decision 默认申请；写 deal 为交易（编号 JY-… 时自动）")
    p.add_argument("--start", type=_date, default=None, help="尚未登记公示时，按此开始日期计算届满日（默认今天）")
    p.add_argument("--draft", action="store_true", help="尚未到出具该文书的步骤时，生成带“草稿”水印、不编号的草稿")
    p.add_argument("--placeholders", action="store_true", help="列出该类文书模板可用的占位符和表格")
    n = sub.add_parser("doc-numbers", help="文号登记：列出已出具的文号（含作废），或作废一个文号",
                       description="列出已出具的文号（按文书类型、年度筛选）；--void 文号 --reason 理由 作废一个文号，"
                                   "作废的文号保留在登记中、不再使用。")
    n.add_argument("--kind", default=None, metavar="KIND", help="文书类型：" + "、".join(NUMBERED_NAMES))
    n.add_argument("--year", type=int, default=None, help="成文年度")
    n.add_argument("--void", default=None, metavar="文号", help="要作废的文号")
    n.add_argument("--reason", default="", help="作废理由（作废时必填）")




def cmd_doc(args: argparse.Namespace) -> int:
    from ..services import documents

    documents.kind_of(args.kind)  # an unknown KIND is a Chinese error listing the kinds
    if args.placeholders:
        print(documents.placeholder_help(args.kind))
        return 0
    if args.number is not None:
        if args.record_id is not None and args.record_id != args.number:
            print(f"错误：记录写了两次（{args.number} 和 --id {args.record_id}），请只写一个", file=sys.stderr)
            return 2
        args.record_id = args.number
    if args.record_id is None or not args.out:
        print("错误：请用 --id 指定记录ID、用 --out 指定输出文件，例如：kjcg-desktop doc notice --id SQ-2026-0003 --out 公示.pdf",
              file=sys.stderr)
        return 2
    from ..services.output_paths import check_output_path, safe_output

    db = common.open_db(args)
    try:
        out = check_output_path(args.out, db_path=db.path)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not args.of and "deal" in documents.KINDS[args.kind].subjects and str(args.record_id).strip().upper().startswith("JY"):
            args.of = "deal"  # a deal's number names its subject (decision, dossier)
        subject = "deal" if args.of == "deal" else documents.KINDS[args.kind].subject
        record = common.record_id(db, subject, args.record_id)
        with safe_output(out, db_path=db.path) as tmp:
            _, data = documents.generate(db, args.kind, record, tmp, of=args.of, start=args.start,
                                           draft=args.draft)
    finally:
        db.close()
    for note in data.notes:
        print(f"提示：{note}", file=sys.stderr)
    number = data.values.get("doc.number") or ("草稿，未编号" if data.draft else "")
    print(f"已生成{documents.KINDS[args.kind].label}（{data.subject}{'，' + number if number else ''}）：{out.resolve()}")
    return 0


def cmd_doc_numbers(args: argparse.Namespace) -> int:
    from ..services import documents
    from ..storage import document_numbers as numbers

    if args.kind and args.kind not in NUMBERED_NAMES:
        print(f"错误：{args.kind} 不编文号；编号的文书：{'、'.join(NUMBERED_NAMES)}", file=sys.stderr)
        return 2
    db = common.open_db(args)
    try:
        if args.void:
            try:
                numbers.void(db, args.void, args.reason)
            except ValueError as exc:
                print(f"错误：{exc}", file=sys.stderr)
                return 1
            print(f"已作废文号 {args.void}（理由：{args.reason.strip()}）")
            return 0
        rows = numbers.register(db, args.kind, args.year)
    finally:
        db.close()
    for r in rows:
        state = f"作废（{r['void_reason']}）" if r["state"] == "void" else "已出具"
        print(f"{r['number']}\t{documents.KINDS[r['kind']].label}\t{r.get('subject') or ''}\t{r['issued_on']}\t{state}")
    print(f"共 {len(rows)} 个文号，其中作废 {sum(1 for r in rows if r['state'] == 'void')} 个", file=sys.stderr)
    return 0


COMMANDS: dict[str, common.Handler] = {
    "doc": cmd_doc,
    "doc-numbers": cmd_doc_numbers,
}
