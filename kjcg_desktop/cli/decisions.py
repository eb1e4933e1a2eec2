"""CLI commands for decisions on the record (1-1 第六条、第八条): ``decide`` and ``reverse``.

The same checks as the dialogs (services/decisions.py): the date (never in the future, never
before the previous step), the deciding body, the person, the minutes or the signed agreement
where required; a reversal needs a reason and is allowed only until the next step."""

from __future__ import annotations

import argparse
from pathlib import Path

from .. import clock
from . import common

STEPS = ("approve", "reject", "start-publicity", "close-publicity", "sign", "effective", "approve-distribution")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("decide", help="记录一项决定（审批、驳回、公示、签署、生效）：日期、决定机构、决定人、意见与纪要（1-1 第六条、第八条）")
    p.add_argument("number", metavar="NUMBER", help="申请编号（SQ-…、SY-…、YC-…、FQ-…）或交易编号（JY-…）")
    p.add_argument("step", metavar="STEP", choices=STEPS,
                   help="approve 审批通过 | reject 驳回 | start-publicity 开始公示 | close-publicity 结束公示 | "
                        "sign 签署协议 | effective 生效（交易：完成） | approve-distribution 批准收益分配（交易）")
    p.add_argument("--date", dest="on", type=common.iso_date, default=None, metavar="YYYY-MM-DD", help="决定日期（默认今天）")
    p.add_argument("--body", required=True, help="决定机构，如 技术转移中心、分管校领导、校长办公会")
    p.add_argument("--by", dest="person", required=True, metavar="NAME", help="决定人（签批人或会议主持人）")
    p.add_argument("--opinion", default="", help="意见")
    p.add_argument("--minutes", type=Path, default=None, metavar="FILE",
                   help="会议纪要或已签署的协议（签署时必附；会议决定或超过纪要门槛时必附）")
    p.add_argument("--days", type=int, default=None, help="开始公示时的公示期（天，默认按设置）")
    p.add_argument("--contract-no", default="", help="签约时的合同编号（交易）")
    p = sub.add_parser("reverse", help="撤销最近一项误操作的决定（须填写理由，只能在下一步之前；1-1 第八条）")
    p.add_argument("number", metavar="NUMBER", help="申请编号或交易编号")
    p.add_argument("--reason", required=True, help="撤销理由")


def cmd_decide(args: argparse.Namespace) -> int:
    from ..services import decisions

    db = common.open_db(args)
    try:
        owner_type, owner_id = decisions.owner_of(db, args.number)
        entry = decisions.DecisionInput(args.step, args.on or clock.today(), args.body, args.person, args.opinion,
                                        attachment=args.minutes, days=args.days, contract_no=args.contract_no)
        print(decisions.decide(db, owner_type, owner_id, entry, today=clock.today()))
    finally:
        db.close()
    return 0


def cmd_reverse(args: argparse.Namespace) -> int:
    from ..services import decisions

    db = common.open_db(args)
    try:
        owner_type, owner_id = decisions.owner_of(db, args.number)
        print(decisions.reverse(db, owner_type, owner_id, args.reason, today=clock.today()))
    finally:
        db.close()
    return 0


COMMANDS = {"decide": cmd_decide, "reverse": cmd_reverse}
