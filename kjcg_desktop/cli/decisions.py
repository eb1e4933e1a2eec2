"""CLI commands for decisions on the record (1-1 第六条、第八条): ``decide`` and ``reverse``.

The same checks as the dialogs (services/decisions.py): the date (never in the future, never
before the previous step), the deciding body, the person, the minutes or the signed agreement
where required; a reversal needs a reason and is allowed only until the next step."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .. import clock
from ..domain import DomainError
from . import common

STEPS = ("approve", "reject", "start-publicity", "close-publicity", "decide-objection", "sign", "effective",
         "approve-distribution")
OUTCOME_NAMES = ("upheld", "dismissed", "成立", "不成立", "异议成立", "异议不成立")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("decide", help="记录一项决定（审批、驳回、公示、签署、生效）：日期、决定机构、决定人、意见与纪要（1-1 第六条、第八条）")
    p.add_argument("number", metavar="NUMBER", help="申请编号（SQ-…、SY-…、YC-…、FQ-…）或交易编号（JY-…）")
    p.add_argument("step", metavar="STEP", choices=STEPS,
                   help="approve 审批通过 | reject 驳回 | start-publicity 开始公示 | close-publicity 结束公示 | "
                        "decide-objection 处理异议 | sign 签署协议 | effective 生效（交易：完成） | "
                        "approve-distribution 批准收益分配（交易）")
    p.add_argument("--date", dest="on", type=common.iso_date, default=None, metavar="YYYY-MM-DD", help="决定日期（默认今天）")
    p.add_argument("--body", required=True, help="决定机构，如 技术转移中心、分管校领导、校长办公会")
    p.add_argument("--by", dest="person", required=True, metavar="NAME", help="决定人（签批人或会议主持人）")
    p.add_argument("--opinion", default="", help="意见（处理异议时为处理结果，必填）")
    p.add_argument("--minutes", type=Path, default=None, metavar="FILE",
                   help="会议纪要或已签署的协议（签署时必附；会议决定或超过纪要门槛时必附）")
    p.add_argument("--days", type=int, default=None, help="开始公示时的公示期（天，默认按设置）")
    p.add_argument("--contract-no", default="", help="签约时的合同编号（交易）")
    p.add_argument("--outcome", default=None, choices=OUTCOME_NAMES, metavar="upheld|dismissed",
                   help="处理异议时：upheld（异议成立）或 dismissed（异议不成立），也可写 成立、不成立")
    p.add_argument("--objection", type=int, default=None, metavar="ID",
                   help="处理异议时要处理的异议编号（记录只有一条待处理的异议时可省略）")
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
        if args.step == "decide-objection":
            _objection(db, owner_type, owner_id, entry, args)
        elif args.outcome is not None or args.objection is not None:
            raise DomainError("--outcome 和 --objection 只用于 decide-objection（处理异议）")
        print(decisions.decide(db, owner_type, owner_id, entry, today=clock.today()))
    finally:
        db.close()
    return 0


def _objection(db: Any, owner_type: str, owner_id: int, entry: Any, args: argparse.Namespace) -> None:
    """The objection's outcome as the dialog takes it: which objection, upheld or not, the result."""
    from ..services import decisions

    if args.outcome is None:
        raise DomainError("处理异议须用 --outcome 写明结果：upheld（异议成立）或 dismissed（异议不成立）")
    objection = decisions.objection_to_decide(db, owner_type, owner_id, args.objection)
    entry.objection_id, entry.upheld = int(objection["id"]), decisions.OUTCOMES[args.outcome]


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
