"""Money as integer fen (分); parsing and formatting of yuan amounts. Never float."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .errors import DomainError

# Digits grouped by thousands with commas, an optional decimal point: 1,234,567.50
_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d*)?$")


def yuan_to_fen(value: str | int | Decimal) -> int:
    """Parse a yuan amount ("1,234.5", "1234.50元", Decimal) into integer fen."""
    if isinstance(value, int):
        return value * 100
    text = str(value).strip().replace("，", ",").replace("元", "").replace("¥", "").replace("￥", "")
    if "," in text and not _GROUPED.match(text.lstrip("+-").strip()):  # 1.234,50: thousands or decimals?
        raise DomainError(f"金额格式不正确：{value!r}（千位用逗号、小数用点，如 1,234.50）")
    text = text.replace(",", "")
    try:
        amount = Decimal(text)
    except InvalidOperation as exc:
        raise DomainError(f"金额格式不正确：{value!r}") from exc
    if not amount.is_finite():
        raise DomainError(f"金额格式不正确：{value!r}")
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def fen_to_yuan(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))


def format_yuan(fen: int | None) -> str:
    """``1234567`` → ``"12,345.67"``."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{yuan:,}.{cents:02d}"


def to_decimal(value: Decimal | str | int | float, label: str = "比例") -> Decimal:
    """A share or percentage as Decimal; floats go through ``str`` to avoid binary noise. NaN and
    infinities are refused with a message naming ``label`` (they cannot be compared or summed)."""
    if isinstance(value, Decimal):
        amount = value
    else:
        try:
            amount = Decimal(str(value).strip().rstrip("%").strip())
        except InvalidOperation:
            raise DomainError(f"{label}须为数字，当前为“{value}”", field="shares") from None
    if not amount.is_finite():
        raise DomainError(f"{label}须为有限的数字，当前为“{value}”", field="shares")
    return amount


def share_percent(value: Decimal | str | int | float, label: str, *, article: str = "", field: str | None = None,
                  positive: bool = False) -> Decimal:
    """A percentage entered for ``label``: a finite number from 0 to 100 (above 0 when
    ``positive``); NaN, infinities, negative values and shares above 100 % are refused with a
    Chinese message naming the field."""
    try:
        share = to_decimal(value, label)
    except DomainError as exc:
        raise DomainError(exc.message, article=article, field=field or exc.field) from None
    if share < 0:
        raise DomainError(f"{label}不能为负数，当前为{share.normalize():f}%", article=article, field=field)
    if share > 100:
        raise DomainError(f"{label}不能超过100%，当前为{share.normalize():f}%", article=article, field=field)
    if positive and share == 0:
        raise DomainError(f"{label}须大于0", article=article, field=field)
    return share


def amount_fen(value: str | int | Decimal, label: str, *, field: str | None = None, positive: bool = False) -> int:
    """A yuan amount entered for ``label`` as exact integer fen: a finite, non-negative number with
    at most two decimal places (a fraction of a fen is refused, never rounded away)."""
    if isinstance(value, int) and not isinstance(value, bool):
        fen = value * 100
    else:
        text = str(value).strip().replace("，", ",").replace("元", "").replace("¥", "").replace("￥", "")
        if "," in text and not _GROUPED.match(text.lstrip("+-").strip()):  # 1.234,50: thousands or decimals?
            raise DomainError(f"{label}的分隔符有两种读法，当前为“{value}”（千位用逗号、小数用点，如 1,234.50）", field=field)
        text = text.replace(",", "")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise DomainError(f"{label}须为金额数字，当前为“{value}”", field=field) from None
        if not amount.is_finite():
            raise DomainError(f"{label}须为有限的金额，当前为“{value}”", field=field)
        if amount != amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP):
            raise DomainError(f"{label}最多精确到分（两位小数），当前为“{value}”", field=field)
        fen = int(amount * 100)
    if fen < 0:
        raise DomainError(f"{label}不能为负数，当前为“{value}”", field=field)
    if positive and fen == 0:
        raise DomainError(f"{label}须大于0", field=field)
    return fen
