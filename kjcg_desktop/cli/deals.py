"""CLI commands for deals and abandonment: ``abandon-check``, ``deal-totals``, ``deal-evidence``."""

from __future__ import annotations

import argparse
from datetime import date

from .. import clock
from ..domain import DomainError, format_yuan
from . import common


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{text}") from exc


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("abandon-check", help="放弃公示期满的成果自动标记为已放弃（1-2 第十一条）")
    p.add_argument("--today", type=_parse_date, default=None, help="按此日期检查（默认今天），YYYY-MM-DD")
    p = sub.add_parser("deal-totals", help="按年度汇总已签约的转化交易（合同金额、到账金额），草稿与已终止的交易另列")
    p.add_argument("--kind", choices=["assignment", "licence", "equity"], default=None)
    p.add_argument("--counterparty", default=None)
    p = sub.add_parser("deal-evidence", help="显示一项交易的尽职证据清单（1-1 第六条）")
    p.add_argument("deal_id", metavar="DEAL", help="交易编号（如 JY-2026-0002）或交易ID")
    p.add_argument("--today", type=_parse_date, default=None)




def cmd_abandon_check(args: argparse.Namespace) -> int:
    from ..services.abandonment import process_due_abandonments

    db = common.open_db(args)
    run = process_due_abandonments(db, args.today or clock.today())
    db.close()
    for r in run.done:
        print(f"已放弃：{r['name']}（成果 {r['achievement_id']}）" + ("，已生成无形资产核销记录" if r["write_off"] else ""))
    for e in run.errors:
        print(f"未处理：{e}")
    print(f"{run.today.isoformat()} 放弃公示期满自动放弃 {len(run.done)} 项，核销 {run.write_offs} 项")
    return 1 if run.errors else 0


_UNCOUNTED_STATES = {"draft": "草稿", "terminated": "已终止"}


def cmd_deal_totals(args: argparse.Namespace) -> int:
    from ..storage import deals

    db = common.open_db(args)
    try:
        rows = deals.totals_by_year(db, kind=args.kind, counterparty=args.counterparty)
        apart = deals.uncounted_deals(db, kind=args.kind, counterparty=args.counterparty)
    finally:
        db.close()
    print("年度\t已签约笔数\t合同金额（元）\t到账金额（元）")
    for r in rows:
        print(f"{r['year']}\t{r['deals']}\t{format_yuan(r['amount_fen'])}\t{format_yuan(r['received_fen'])}")
    if apart:
        print(f"\n未计入合计（草稿、已终止）{len(apart)} 笔：")
        print("年度\t交易编号\t状态\t台账编号\t交易对方\t合同金额（元）")
        for r in apart:
            print(f"{r['year']}\t{r['number'] or ''}\t{_UNCOUNTED_STATES.get(r['state'], r['state'])}\t"
                  f"{r['ledger_no'] or ''}\t{r['counterparty']}\t{format_yuan(r['amount_fen'])}")
    return 0


def cmd_deal_evidence(args: argparse.Namespace) -> int:
    from ..storage import diligence

    db = common.open_db(args)
    try:
        items = diligence.deal_evidence(db, common.record_id(db, "deal", args.deal_id), args.today or clock.today())
    finally:
        db.close()
    missing = 0
    for i in items:
        mark = "✓" if i.present else "✗"
        missing += i.missing
        print(f"{mark} {i.label}（{i.clause}）：{i.detail}")
    if missing:
        print(f"缺少 {missing} 项")
    return 0


__all__ = ["cmd_abandon_check", "cmd_deal_totals", "cmd_deal_evidence", "DomainError"]


COMMANDS: dict[str, common.Handler] = {
    "abandon-check": cmd_abandon_check,
    "deal-totals": cmd_deal_totals,
    "deal-evidence": cmd_deal_evidence,
}
