"""R9, R10 and income — deals, valuation, pricing, distribution and disposal."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_FLOOR, Decimal
from typing import Any

from .enums import DealKind, PricingMethod
from .errors import DomainError
from .money import share_percent

ARTICLE_VALUATION = "方案二(三)"
ARTICLE_PRICING = "1-1 第六条(四)"
ARTICLE_RELATED_PARTY = "1-1 第六条(三)"
ARTICLE_DISPOSAL = "1-2 第十一条"
ARTICLE_APPROVAL = "1-1 第六条"


def valuation_required(counterparty_wholly_state_owned: bool) -> bool | None:
    """R10 (方案二(三)): a deal with a wholly state-owned enterprise "可以不进行资产评估" — it may
    skip the valuation (False: not required); with any other party the unit decides whether to
    value (None = the unit decides)."""
    return False if counterparty_wholly_state_owned else None


def valuation_decision_to_store(counterparty_wholly_state_owned: bool, decision: str | None) -> str | None:
    """The valuation decision a deal keeps (方案二(三) "可以不进行资产评估": may, not must). With a
    wholly state-owned counterparty a unit's choice to value stays "yes" — never overwritten with
    ``not_needed``; without that choice the deal records ``not_needed``."""
    if counterparty_wholly_state_owned:
        return "yes" if decision == "yes" else "not_needed"
    return decision


def check_valuation_decision(counterparty_wholly_state_owned: bool, decision: str | None, reason: str | None) -> None:
    """The unit's valuation decision must be recorded for non-state-owned counterparties."""
    if valuation_required(counterparty_wholly_state_owned) is None:
        if decision not in ("yes", "no"):
            raise DomainError("交易对方非国有全资企业，须记录单位是否进行资产评估的决定", article=ARTICLE_VALUATION, field="valuation_decision")
        if not (reason or "").strip():
            raise DomainError("请填写单位自主决定是否评估的理由", article=ARTICLE_VALUATION, field="valuation_reason")


def price_publicity_required(method: PricingMethod | str) -> bool:
    """A negotiated price must be publicised in the unit and at the technology exchange before
    signing (1-1 第六条(四)); listing and auction set the price on the market."""
    return PricingMethod(method) is PricingMethod.NEGOTIATED


def related_party_publicity_required(related: bool) -> bool:
    """A related-party deal follows the related-party procedure with publicity (1-1 第六条(三))."""
    return bool(related)


def distribute(amount_fen: int, shares: Sequence[Decimal | str | int]) -> list[int]:
    """Split ``amount_fen`` by percentage ``shares`` (adding up to 100) so that the parts add up
    to the amount exactly: each part is rounded down, then the leftover fen go one each to the
    largest remainders (ties to the earlier recipient). No fen is lost or created."""
    values = [share_percent(s, f"第 {n} 项分配比例", article="方案二(一)", field="shares") for n, s in enumerate(shares, 1)]
    total_share = sum(values, Decimal(0))
    if total_share != 100:
        raise DomainError(f"分配比例合计须为100%，当前为{total_share}%", article="方案二(一)", field="shares")
    if amount_fen < 0:
        raise DomainError("分配金额不能为负")
    exact = [Decimal(amount_fen) * v / 100 for v in values]
    parts = [int(x.to_integral_value(rounding=ROUND_FLOOR)) for x in exact]
    leftover = amount_fen - sum(parts)
    order = sorted(range(len(values)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[:leftover]:
        parts[i] += 1
    return parts


@dataclass(frozen=True)
class ApprovalLevel:
    """One row of the unit's approval table: deals up to ``max_fen`` (None = no upper bound)."""

    max_fen: int | None
    approver: str
    minutes_required: bool = False


DEFAULT_APPROVAL_LEVELS: tuple[ApprovalLevel, ...] = (
    ApprovalLevel(200_000_000, "科研管理部门"),
    ApprovalLevel(500_000_000, "分管副校长", True),
    ApprovalLevel(None, "校长办公会", True),
)


def approval_level(amount_fen: int, levels: Sequence[ApprovalLevel] = DEFAULT_APPROVAL_LEVELS) -> ApprovalLevel:
    """The approval a deal of ``amount_fen`` needs, from the unit's threshold table."""
    for level in levels:
        if level.max_fen is None or amount_fen <= level.max_fen:
            return level
    raise DomainError("审批权限表未覆盖该金额，请在设置中补充")


def abandonment_effective(publicity_end: date, today: date) -> bool:
    """An abandonment becomes effective automatically when its publicity period has run out
    (1-2 第十一条 "公示期满即为自动放弃"): from the day after its last day, the last day ending at
    24:00 (民法典第二百零一条至第二百零四条)."""
    from .publicity import period_elapsed

    return period_elapsed(publicity_end, today)


def check_abandonment_applicant(requested_by: str | None) -> None:
    """1-2 第十一条: an abandonment is asked for by the inventors ("完成人放弃维持") or decided by the
    unit for other reasons; the request names who asks."""
    if not str(requested_by or "").strip():
        raise DomainError("请填写申请人（完成人或决定放弃的部门）", article=ARTICLE_DISPOSAL, field="requested_by")


def check_abandonment_publicity_start(request_date: date | str | None, publicity_start: date | str | None) -> None:
    """1-2 第十一条: the abandonment publicity follows the request — it cannot start before it."""
    if not request_date or not publicity_start:
        return
    on = request_date if isinstance(request_date, date) else date.fromisoformat(str(request_date))
    start = publicity_start if isinstance(publicity_start, date) else date.fromisoformat(str(publicity_start))
    if start < on:
        raise DomainError("放弃公示不能早于申请日期", article=ARTICLE_DISPOSAL, field="publicity_start")


def write_off_needed(is_intangible_asset: bool) -> bool:
    """An abandoned result that was booked as an intangible asset goes to finance for the
    write-off (1-2 第十一条)."""
    return bool(is_intangible_asset)


def approval_levels_from_setting(rows: Sequence[dict[str, Any]]) -> tuple[ApprovalLevel, ...]:
    """The settings table ``approval_levels`` (``max_yuan`` / ``approver`` / ``minutes_required``,
    ascending, the last row without upper bound) as :class:`ApprovalLevel` rows in fen.

    The table is the unit's own rule of who decides a deal (1-1 第六条: duties are judged by the
    unit's rules and its democratic decision procedure), so every amount must reach exactly one
    approver: each row names one, the upper bounds rise, and only the last row is open-ended."""
    from .money import yuan_to_fen

    if not rows:
        return DEFAULT_APPROVAL_LEVELS
    levels: list[ApprovalLevel] = []
    for n, row in enumerate(rows, 1):
        approver = str(row.get("approver") or "").strip()
        if not approver:
            raise DomainError(f"审批权限表第 {n} 行未填写审批机构", article=ARTICLE_APPROVAL, field="approval_levels")
        max_yuan = row.get("max_yuan")
        max_fen = None
        if max_yuan not in (None, ""):
            try:
                max_fen = yuan_to_fen(str(max_yuan))
            except (DomainError, ArithmeticError):
                raise DomainError(f"审批权限表第 {n} 行的金额上限“{max_yuan}”不是有效金额",
                                  article=ARTICLE_APPROVAL, field="approval_levels") from None
            if max_fen <= 0:
                raise DomainError(f"审批权限表第 {n} 行的金额上限应大于 0", article=ARTICLE_APPROVAL, field="approval_levels")
        if levels and levels[-1].max_fen is None:
            raise DomainError(f"审批权限表第 {n - 1} 行没有金额上限，只有最后一行可以不设上限",
                              article=ARTICLE_APPROVAL, field="approval_levels")
        previous = levels[-1].max_fen if levels else None
        if previous is not None and max_fen is not None and max_fen <= previous:
            raise DomainError(f"审批权限表的金额上限须从小到大排列（第 {n} 行不大于第 {n - 1} 行），请在设置中修改",
                              article=ARTICLE_APPROVAL, field="approval_levels")
        levels.append(ApprovalLevel(max_fen, approver, bool(row.get("minutes_required"))))
    if levels[-1].max_fen is not None:
        raise DomainError("审批权限表最后一行应不设金额上限（留空），使任何金额都有审批机构",
                          article=ARTICLE_APPROVAL, field="approval_levels")
    return tuple(levels)


def check_deal_fields(values: dict[str, Any]) -> None:
    """Field checks of a deal registration (the deal form, forms/deal.toml): a licence names its
    type, an equity investment names the company, the contract amount is not negative."""
    kind = DealKind(values.get("kind") or "")
    if not str(values.get("counterparty") or "").strip():
        raise DomainError("请填写交易对方", field="counterparty")
    if kind is DealKind.LICENCE and not values.get("licence_type"):
        raise DomainError("许可交易须选择许可方式（独占/排他/普通）", field="licence_type")
    if kind is DealKind.EQUITY and not str(values.get("company") or "").strip():
        raise DomainError("作价投资须填写被投资企业", field="company")
    amount = values.get("amount_fen")
    if amount not in (None, ""):
        if isinstance(amount, bool) or not isinstance(amount, int):
            raise DomainError(f"合同金额须为金额数字，当前为“{amount}”", field="amount_fen")
        if amount < 0:
            raise DomainError("合同金额不能为负数", field="amount_fen")
    unit_share = values.get("unit_share")
    if unit_share not in (None, ""):
        share_percent(unit_share, "单位留存比例", article="方案二(一)", field="unit_share")


DECLARATION_PREFIX = "declare_"


def split_deal_form(form: dict[str, Any]) -> tuple[dict[str, Any], str, list[str]]:
    """The answers of the deal form (forms/deal.toml) as (deal columns, declarant, the conduct
    declarations ticked). Fields hidden by ``show_if`` are dropped so they are not stored."""
    values = {k: v for k, v in form.items() if not k.startswith(DECLARATION_PREFIX) and k not in ("declarant", "achievement_id")}
    kind = values.get("kind")
    if kind != "licence":
        for key in ("licence_type", "territory", "field_of_use", "term_years"):
            values.pop(key, None)
    if kind != "equity":
        values.pop("company", None)
        values.pop("equity_shares", None)
    if kind != "assignment":
        values["ends_ownership"] = False
    if values.get("counterparty_state_owned") and values.get("valuation_decision") != "yes":
        values.pop("valuation_decision", None)
        values.pop("valuation_reason", None)
    if not values.get("related_party"):
        values.pop("related_party_note", None)
    elif not str(values.get("related_party_note") or "").strip():
        raise DomainError("存在关联关系的，请说明关联关系", article=ARTICLE_RELATED_PARTY, field="related_party_note")
    declared = [k[len(DECLARATION_PREFIX):] for k, v in form.items() if k.startswith(DECLARATION_PREFIX) and v]
    return values, str(form.get("declarant") or "").strip(), declared


# A recipient whose name already says it is the unit (e.g. "单位留存") is not labelled again.
UNIT_WORD = "单位"
