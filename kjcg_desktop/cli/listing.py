"""``kjcg-desktop list WHAT``: a header row, Chinese labels for states and types, amounts in yuan
with two decimals and times in local time; ``--json`` keeps the stored (machine) values."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from .. import clock
from .. import domain as d

Column = tuple[str, str, Callable[[Any], str]]


def _text(value: Any) -> str:
    return "" if value is None else str(value).replace("\t", " ").replace("\n", " ")


def _label(enum: type[d.enums.LabelledEnum]) -> Callable[[Any], str]:
    def show(value: Any) -> str:
        try:
            return enum(value).label
        except ValueError:
            return _text(value)
    return show


def _yuan(value: Any) -> str:
    return "" if value is None else d.format_yuan(int(value))


def _deal_state(value: Any) -> str:
    from ..storage.deals import DEAL_STATE_LABELS

    return DEAL_STATE_LABELS.get(value, _text(value))


def _days(row: dict[str, Any]) -> str:
    return f"{row['days']}{'个工作日' if row.get('working_days') else '日'}"


COLUMNS: dict[str, list[Column]] = {
    "achievements": [
        ("id", "ID", _text), ("ledger_no", "台账编号", _text), ("name", "成果名称", _text),
        ("type", "类型", _label(d.AchievementType)), ("attribute", "属性", _label(d.Attribute)),
        ("stage", "阶段", _label(d.Stage)), ("transfer_status", "转化状态", _label(d.TransferStatus)),
        ("transfer_count", "转化次数", _text), ("status", "状态", _label(d.AchievementStatus)),
    ],
    "applications": [
        ("id", "ID", _text), ("number", "编号", _text), ("kind", "类型", _label(d.ApplicationKind)),
        ("state", "状态", _label(d.ApplicationState)), ("title", "标题", _text), ("applicant", "申请人", _text),
        ("batch_name", "批次", _text), ("updated_at", "更新时间", clock.display_time),
    ],
    "deals": [
        ("id", "ID", _text), ("number", "编号", _text), ("kind", "类型", _label(d.DealKind)),
        ("counterparty", "交易对方", _text), ("amount_fen", "合同金额（元）", _yuan),
        ("received_fen", "到账金额（元）", _yuan), ("state", "状态", _deal_state),
        ("contract_date", "签订日期", _text), ("achievement_name", "成果", _text),
    ],
    "publicities": [
        ("id", "ID", _text), ("kind", "类型", _label(d.PublicityKind)), ("title", "标题", _text),
        ("start_date", "开始日期", _text), ("days", "期限", _text), ("end_date", "届满日", _text),
        ("state", "状态", _label(d.PublicityState)), ("objections", "异议", _text),
    ],
}


def print_rows(what: str, rows: list[dict[str, Any]]) -> None:
    columns = COLUMNS[what]
    print("\t".join(title for _key, title, _show in columns))
    for row in rows:
        cells = []
        for key, _title, show in columns:
            cells.append(_days(row) if (what, key) == ("publicities", "days") else show(row.get(key)))
        print("\t".join(cells))


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("what", choices=list(COLUMNS), help="achievements 成果、applications 申请、deals 交易、publicities 公示")
    p.add_argument("--json", action="store_true", help="以 JSON 输出（保留存储的原始值：英文代码、金额以分计）")
