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


# -- amounts written in Chinese capitals (大写金额) ------------------------------------------------
# Contracts, invoices and finance ledgers write an amount in capitals so it cannot be altered
# (会计基础工作规范第五十二条): 人民币壹拾贰万叁仟肆佰伍拾陆元柒角捌分, 伍万元整. The ordinary numerals
# (一万二千) are read too; 两 is 2, 〇 and 零 are 0.
_CAPITAL_DIGITS = {**dict(zip("零壹贰叁肆伍陆柒捌玖", range(10), strict=True)),
                   **dict(zip("〇一二三四五六七八九", range(10), strict=True)), "两": 2, "贰": 2, "弍": 2}
_CAPITAL_SMALL = {"拾": 10, "十": 10, "佰": 100, "百": 100, "仟": 1000, "千": 1000}
_CAPITAL_BIG = {"万": 10_000, "萬": 10_000, "亿": 100_000_000}
_CAPITAL_AMOUNT = re.compile(r"^(?:人民币|人民幣)?(?:[（(]?大写[）)]?[:：]?)?([零壹贰弍叁肆伍陆柒捌玖〇一二三四五六七八九两拾十佰百仟千万萬亿]*)"
                             r"([元圆])?零?(?:([零壹贰叁肆伍陆柒捌玖〇一二三四五六七八九两])角)?(?:([零壹贰叁肆伍陆柒捌玖〇一二三四五六七八九两])分)?[整正]?$")


def _capital_integer(text: str) -> int | None:
    """The integer a run of capital numerals and units says (壹拾贰万叁仟 → 123000; 三万五 → 35000, the
    short form that leaves out the next unit down); None when the run is not well formed: a digit
    right after a digit (一〇〇 written digit by digit, 壹贰), a unit with nothing before it (万元, 壹万万)."""
    total = section = 0
    number: int | None = None
    last_unit = 0         # the unit just before the pending digit, when no 零 came between them
    for ch in text:
        if ch in _CAPITAL_DIGITS:
            digit = _CAPITAL_DIGITS[ch]
            if number not in (None, 0):
                return None  # 壹贰, 一〇: two digits with no unit between them
            if digit == 0:
                last_unit = 0
            number = digit
        elif ch in _CAPITAL_SMALL:
            if number == 0:
                return None
            section += (1 if number is None else number) * _CAPITAL_SMALL[ch]
            number, last_unit = None, _CAPITAL_SMALL[ch]
        else:
            unit = _CAPITAL_BIG[ch]
            section += number or 0
            if section == 0:
                return None
            total = (total + section) * unit if unit > 10_000 else total + section * unit
            section, number, last_unit = 0, None, unit
    if number and last_unit >= 100:  # 三万五 = 35000, 两千五 = 2500, 一亿二 = 1.2亿 (壹拾贰 = 12 stays 12)
        number *= last_unit // 10
    return total + section + (number or 0)


def capital_amount_fen(text: str, yuan_per_unit: int = 1) -> int | None:
    """Fen of an amount written in Chinese capitals ("人民币壹拾万元整" → 10,000,000), or None when
    ``text`` is not such an amount. A bare number (no 元, 角, 分, 万 or 亿) counts in ``yuan_per_unit``
    yuan (壹拾贰 under a header "金额（万元）" is 120,000 yuan); 伍拾万 is 500,000 yuan under any header,
    as 50万 is."""
    m = _CAPITAL_AMOUNT.match("".join(text.split()))
    if not m:
        return None
    whole, yuan_mark, jiao, fen = m.groups()
    if not (whole or jiao or fen):
        return None
    number = _capital_integer(whole) if whole else 0
    if number is None:
        return None
    if not (yuan_mark or jiao or fen or any(ch in _CAPITAL_BIG for ch in whole)):
        return number * yuan_per_unit * 100   # a bare number (壹拾贰) counts in the column's unit
    return number * 100 + (_CAPITAL_DIGITS[jiao] * 10 if jiao else 0) + (_CAPITAL_DIGITS[fen] if fen else 0)
