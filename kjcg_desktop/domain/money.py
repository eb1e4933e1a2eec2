"""Money as integer fen (分); parsing and formatting of yuan amounts. Never float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .errors import DomainError


def yuan_to_fen(value: str | int | Decimal) -> int:
    """Parse a yuan amount ("1,234.5", "1234.50元", Decimal) into integer fen."""
    if isinstance(value, int):
        return value * 100
    text = str(value).strip().replace(",", "").replace("，", "").replace("元", "").replace("¥", "").replace("￥", "")
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


def to_decimal(value: Decimal | str | int | float) -> Decimal:
    """A share or percentage as Decimal; floats go through ``str`` to avoid binary noise."""
    if isinstance(value, Decimal):
        return value
    try:
        return Decimal(str(value).strip().rstrip("%").strip())
    except InvalidOperation as exc:
        raise DomainError(f"比例格式不正确：{value!r}") from exc
