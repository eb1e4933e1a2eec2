"""CLI commands for patent annual fees: ``fees`` (the fee calendar), ``fees budget``, ``fees pay``,
``fees export`` and ``fees import-cnipa``. Amounts in yuan with two decimals."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation

from .. import clock
from ..domain import fees as rules
from ..storage.db import Database
from . import common


def _amount(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", "").strip())
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"金额应为数字（元），如 180 或 180.00：{text}") from None
    if value <= 0 or value != value.quantize(Decimal("0.01")):
        raise argparse.ArgumentTypeError(f"金额须大于0且最多两位小数：{text}")
    return value


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("fees", help="专利年费：缴费日历、预算、登记缴费、导出缴费清单、核对国知局应缴费查询")
    p.add_argument("--from", dest="start", type=common.iso_date, default=None, help="期限起（默认：仍在滞纳期内的最早一笔）")
    p.add_argument("--to", dest="end", type=common.iso_date, default=None, help="期限止（默认：一年后）")
    p.add_argument("--today", dest="fees_today", type=common.iso_date, default=None, help="按此日期计算滞纳金（默认今天）")
    p.add_argument("--json", action="store_true")
    fees_sub = p.add_subparsers(dest="fees_command")
    b = fees_sub.add_parser("budget", help="今后 N 年应缴年费：按年度、部门、类型、承担方，及各专利至保护期届满的费用")
    b.add_argument("--years", type=int, default=3)
    b.add_argument("--json", dest="budget_json", action="store_true")
    pay = fees_sub.add_parser("pay", help="登记一笔年费缴纳")
    pay.add_argument("record", help="台账编号、申请号或成果编号")
    pay.add_argument("--year", type=int, required=True, help="专利年度")
    pay.add_argument("--date", dest="paid_on", type=common.iso_date, required=True)
    pay.add_argument("--amount", type=_amount, required=True, help="金额（元）")
    pay.add_argument("--receipt", default="", help="收据号")
    pay.add_argument("--payer", default="", help="缴费人")
    c = fees_sub.add_parser("compensation", help="录入专利权期限补偿天数（专利法第四十二条），0 为删除")
    c.add_argument("record")
    c.add_argument("--days", type=int, required=True)
    c.add_argument("--date", dest="decided_on", type=common.iso_date, default=None, help="补偿决定日期")
    sp = fees_sub.add_parser("split", help="维持费用分担：按赋权协议或许可合同（单位/团队/使用方，合计100%%）")
    sp.add_argument("record")
    sp.add_argument("--unit", default="0")
    sp.add_argument("--team", default="0")
    sp.add_argument("--user", default="0")
    sp.add_argument("--source", default="手工录入")
    pb = fees_sub.add_parser("pay-batch", help="从工作簿批量登记缴费（全部无误才写入）")
    pb.add_argument("file")
    e = fees_sub.add_parser("export", help="导出缴费清单（申请号、专利名称、费用种类、金额、期限）")
    e.add_argument("out")
    i = fees_sub.add_parser("import-cnipa", help="读取国知局应缴费查询结果，列出与本软件计算的差异")
    i.add_argument("file")




def _today(args: argparse.Namespace) -> date:
    return args.fees_today or clock.today()


def cmd_fees(args: argparse.Namespace) -> int:
    action = args.fees_command
    db = common.open_db(args)
    try:
        return _ACTIONS.get(action, _calendar)(db, args)
    except OSError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    finally:
        db.close()


def _budget(db: Database, args: argparse.Namespace) -> int:
    from ..services import fees

    b = fees.budget(db, args.years, _today(args))
    if args.budget_json or args.json:
        common.print_json(b.as_json())
        return 0
    print("年度\t应缴年费（元）")
    for y in b.years:
        print(f"{y}\t{fees.yuan(b.by_year.get(y, 0))}")
    for title, amounts in (("承担方", b.by_payer), ("部门", b.by_department), ("类型", b.by_type)):
        print(f"\n年度\t{title}\t金额（元）")
        for (y, k), v in sorted(amounts.items()):
            print(f"{y}\t{k}\t{fees.yuan(v)}")
    return 0


def _pay(db: Database, args: argparse.Namespace) -> int:
    from ..services import fees

    achievement_id, line = fees.pay(db, args.record, args.year, args.paid_on, args.amount, receipt_no=args.receipt,
                                    payer=args.payer)
    s = line.state
    print(f"已登记：成果 {achievement_id} {line.fee.kind_label} {fees.yuan(int(args.amount * 100))} 元"
          f"（{args.paid_on.isoformat()}）；应缴 {fees.yuan(s.owed_fen)} 元（含滞纳金 {s.surcharge_percent:.0f}%），"
          f"已缴 {fees.yuan(s.paid_fen)} 元，" + ("已缴清" if s.balance_fen <= 0 else f"尚欠 {fees.yuan(s.balance_fen)} 元"))
    return 0


def _patent_setting(db: Database, args: argparse.Namespace) -> int:
    """``compensation`` and ``split``: a setting of one patent."""
    from ..storage import fees as repo

    achievement_id = repo.find_achievement(db, args.record)
    if achievement_id is None:
        print(f"错误：找不到成果“{args.record}”", file=sys.stderr)
        return 1
    if args.fees_command == "compensation":
        repo.set_term_compensation(db, achievement_id, args.days, args.decided_on)
        print(f"成果 {achievement_id} 专利权期限补偿 {args.days} 日")
        return 0
    try:
        shares = {k: Decimal(v) for k, v in (("unit", args.unit), ("team", args.team), ("user", args.user))
                  if Decimal(v) != 0}
    except InvalidOperation:
        print("错误：分担比例应为数字", file=sys.stderr)
        return 1
    split = rules.PayerSplit(shares, args.source)
    repo.set_payer_split(db, achievement_id, split)
    print(f"成果 {achievement_id} 维持费用分担：{split.text()}")
    return 0


def _pay_batch(db: Database, args: argparse.Namespace) -> int:
    from ..services import fees

    batch = fees.import_payments(db, args.file)
    for error in batch.errors:
        print(error, file=sys.stderr)
    if batch.errors:
        print(f"未写入：{len(batch.errors)} 处问题", file=sys.stderr)
        return 1
    print(f"已登记 {batch.written} 笔缴费")
    return 0


def _export(db: Database, args: argparse.Namespace) -> int:
    from ..services import fees

    n = fees.export_payment_list(db, args.out, start=args.start, end=args.end, today=_today(args))
    print(f"已导出 {n} 行缴费清单：{args.out}")
    return 0


def _import_cnipa(db: Database, args: argparse.Namespace) -> int:
    from ..services import fees

    result = fees.compare_cnipa(db, args.file, _today(args))
    for diff in result.differences:
        print(f"{diff.sheet} 第{diff.row}行 {diff.application_no} {diff.kind}：{diff.message}")
    print(f"核对 {result.checked} 项，差异 {len(result.differences)} 项")
    return 1 if result.differences else 0


def _calendar(db: Database, args: argparse.Namespace) -> int:
    from ..services import fees

    lines = fees.fee_calendar(db, start=args.start, end=args.end, today=_today(args))
    if args.json:
        common.print_json([x.as_json() for x in lines])
        return 0
    print("期限\t申请号\t专利名称\t费用种类\t标准\t费减\t应缴\t滞纳金\t宽限届满\t状态\t承担方")
    for x in lines:
        mark = " ⚠未决定" if x.unpaid_in_grace_without_decision else ""
        print(f"{x.fee.due}\t{x.application_no}\t{x.name}\t{x.fee.kind_label}\t{fees.yuan(x.fee.full_fen)}\t"
              f"{x.fee.reduction_percent:.0f}%\t{fees.yuan(x.fee.payable_fen)}\t{x.state.surcharge_percent:.0f}%\t"
              f"{x.fee.grace_end}\t{rules.STATUS_LABELS[x.state.status]}{mark}\t{x.split.text()}")
    return 0


_ACTIONS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "budget": _budget, "pay": _pay, "compensation": _patent_setting, "split": _patent_setting,
    "pay-batch": _pay_batch, "export": _export, "import-cnipa": _import_cnipa,
}


__all__ = ["cmd_fees"]


COMMANDS: dict[str, common.Handler] = {
    "fees": cmd_fees,
}
