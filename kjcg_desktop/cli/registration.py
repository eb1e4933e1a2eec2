"""``kjcg-desktop registration NUMBER --out FILE.xlsx``: the technology-contract registration form
data and papers of one deal or 四技 contract; ``--record-number`` stores the granted number."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import common


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("registration", help="生成技术合同认定登记表信息及材料清单（Excel），或记录登记编号")
    p.add_argument("number", help="交易编号（JY-…）或技术合同编号（HT-…）")
    p.add_argument("--out", help="输出的 Excel 文件")
    p.add_argument("--record-number", dest="reg_no", help="记录已取得的技术合同登记编号（16位，旧证书14位）")


    p = sub.add_parser("contract-import", help="导入横向合同工作簿（技术开发、咨询、服务合同），无法识别的单元格标记待核对")
    p.add_argument("file")
    p.add_argument("--sheet", default=None)
    p = sub.add_parser("contract-totals", help="按年度和合同类别汇总已签订的合同（转让、许可、作价投资及四技合同）")
    p.add_argument("--year", type=int, default=None)




def cmd_registration(args: argparse.Namespace) -> int:
    from ..domain import DomainError
    from ..services.registration import write_registration
    from ..storage import contracts as sc

    if not args.out and not args.reg_no:
        print("错误：请指定 --out 输出文件或 --record-number 登记编号", file=sys.stderr)
        return 2
    db = common.open_db(args)
    try:
        if args.reg_no:
            found = sc.find_contract(db, args.number)
            if found is None:
                raise DomainError(f"找不到编号为“{args.number}”的交易或技术合同")
            number = sc.record_registration_number(db, found[0], found[1]["id"], args.reg_no)
            print(f"已记录登记编号：{number}")
        if args.out:
            path, form = write_registration(db, args.number, Path(args.out))
            print(f"已生成登记表信息：{path}")
            if form.missing:
                print("待补充：" + "、".join(form.missing), file=sys.stderr)
    except DomainError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"错误：无法写入 {args.out}：{exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    return 0


def cmd_contract_import(args: argparse.Namespace) -> int:
    from ..domain import DomainError
    from ..services.contract_import import import_contracts

    db = common.open_db(args)
    try:
        result = import_contracts(db, Path(args.file), args.sheet)
    except DomainError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    print(f"已导入合同 {result.added} 项（导入批次 {result.import_id}），新建交易对方 {result.counterparties_added} 个")
    if result.skipped_duplicates:
        print("已在册、未重复导入：" + "、".join(result.skipped_duplicates))
    for line in result.review:
        print(f"待核对：{line}")
    for line in result.skipped:
        print(f"未导入（不是合同）：{line}")
    return 0


def cmd_contract_totals(args: argparse.Namespace) -> int:
    from ..domain import format_yuan
    from ..domain.contracts import CONTRACT_MODE_LABELS
    from ..storage import contracts as sc

    db = common.open_db(args)
    try:
        rows = sc.totals_by_kind(db, args.year)
    finally:
        db.close()
    print("年度\t类别\t合同数\t合同金额（元）")
    for r in rows:
        print(f"{r['year'] or '未填日期'}\t{CONTRACT_MODE_LABELS[r['kind']]}\t{r['contracts']}\t{format_yuan(r['amount_fen'])}")
    return 0


COMMANDS: dict[str, common.Handler] = {
    "registration": cmd_registration,
    "contract-import": cmd_contract_import,
    "contract-totals": cmd_contract_totals,
}
