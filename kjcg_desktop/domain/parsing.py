"""Reading what a clerk types: dates and amounts in the forms an office writes them.

Dates: ``2023-03-01``, ``2023/3/1``, ``2023.3.1``, ``20230301``, ``2023年3月1日`` (full-width digits
and spaces allowed) — the forms the Excel importer reads. An imported partial date (``2023-12`` or
``2023``) is kept as it is; :func:`is_partial_date` says when a stored value is one.

Amounts: ``1200000``, ``1,200,000``, ``¥1200000``, ``120万``, ``120.5万元`` → integer fen, through
``Decimal`` (never float). Each function raises :class:`DomainError` with a Chinese message naming
the text it could not read.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .errors import DomainError

DATE_FORMS = "2023-03-01、2023/3/1、2023.3.1、20230301 或 2023年3月1日"
AMOUNT_FORMS = "1200000、1,200,000、¥1200000、120万 或 120.5万元"

_FULL_WIDTH = str.maketrans(
    "０１２３４５６７８９．，－／　：￥＋",
    "0123456789.,-/ :¥+",
)
_DATE_SEPARATED = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$")
_DATE_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_PARTIAL = re.compile(r"^\d{4}(-\d{2})?$")
_AMOUNT = re.compile(r"^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(万|亿)?$")
_UNITS = {None: Decimal(1), "万": Decimal(10_000), "亿": Decimal(100_000_000)}


def _normalise(text: str) -> str:
    return text.translate(_FULL_WIDTH).strip()


def parse_date_text(text: str) -> date | None:
    """The date a clerk typed, or ``None`` for an empty field.

    >>> parse_date_text("2023年3月1日")
    datetime.date(2023, 3, 1)

    Raises :class:`DomainError` (in Chinese, naming the forms accepted) for text that is not a
    date, or a date that does not exist (2023-02-30)."""
    s = _normalise(text or "")
    if not s:
        return None
    m = _DATE_SEPARATED.match(s) or _DATE_COMPACT.match(s)
    if not m:
        raise DomainError(f"无法识别的日期「{text.strip()}」（可写 {DATE_FORMS}）")
    year, month, day = (int(g) for g in m.groups())
    try:
        value = date(year, month, day)
    except ValueError as exc:
        raise DomainError(f"日期「{text.strip()}」不存在（月或日超出范围）") from exc
    if not 1900 <= value.year <= 2199:
        raise DomainError(f"日期「{text.strip()}」超出合理范围（1900—2199 年）")
    return value


def is_partial_date(value: object) -> bool:
    """A stored partial date as the importer keeps it: ``2023-12`` or ``2023``."""
    return isinstance(value, str) and bool(_PARTIAL.match(value.strip()))


def parse_amount_text(text: str, *, allow_negative: bool = True, field: str | None = None) -> int | None:
    """The amount a clerk typed, in integer fen, or ``None`` for an empty field.

    >>> parse_amount_text("120.5万元")
    120500000

    Accepts thousands separators, ``¥``/``￥``, a trailing ``元``, and ``万``/``亿`` units. With
    ``allow_negative=False`` a negative amount is refused, naming ``field``."""
    s = _normalise(text or "")
    if not s:
        return None
    s = s.replace(" ", "")
    sign = ""
    if s[:1] in "+-":
        sign, s = s[0], s[1:]
    s = s.lstrip("¥").replace("人民币", "")
    if s.endswith("元"):
        s = s[:-1]
    m = _AMOUNT.match(sign + s)
    if not m:
        raise DomainError(f"无法识别的金额「{text.strip()}」（可写 {AMOUNT_FORMS}）", field=field)
    try:
        amount = Decimal(m.group(2).replace(",", "")) * _UNITS[m.group(3)]
    except InvalidOperation as exc:  # pragma: no cover - the pattern admits only digits
        raise DomainError(f"无法识别的金额「{text.strip()}」（可写 {AMOUNT_FORMS}）", field=field) from exc
    fen = int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if m.group(1) == "-":
        fen = -fen
    if fen < 0 and not allow_negative:
        name = f"「{field}」" if field else "金额"
        raise DomainError(f"{name}不能为负数（填写的是「{text.strip()}」）", field=field)
    return fen


def check_not_negative(fen: int | None, field: str) -> None:
    """An amount that cannot be below zero (contract amount, asset value, a receipt) is refused
    with the field named; ``None`` (not given) passes."""
    if fen is not None and fen < 0:
        raise DomainError(f"「{field}」不能为负数（{fen / 100:,.2f} 元）", field=field)
