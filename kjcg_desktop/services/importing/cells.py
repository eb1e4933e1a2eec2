"""Normalising one cell for its field — pure functions, no database.

Each ``to_*`` function takes a raw cell (str, int, float, bool, date, datetime or None) and returns
the value to store, None for an empty cell, or raises :class:`ImportValueError` with a Chinese
reason; the importer keeps such a cell raw and flags it 待核对. Number, date and legal-status
columns return readings (:class:`~kjcg_desktop.domain.ip_numbers.NumberReading`,
:class:`~kjcg_desktop.domain.partial_dates.PartialDate`,
:class:`~kjcg_desktop.domain.legal_status.StatusReading`) that the row rules combine.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ... import domain as d
from ...domain.ip_numbers import NumberReading, check_digit, read_number
from ...domain.legal_status import StatusReading, read_legal_status
from ...domain.money import capital_amount_fen, format_yuan
from ...domain.partial_dates import PLACEHOLDERS as _NONE_WRITTEN
from ...domain.partial_dates import DateError, PartialDate, read_date
from .synonyms import _ALNUM_TABLE, half_width, header_key, synonyms

__all__ = ["check_digit"]

MAX_INTEGER = 2**63 - 1  # SQLite's INTEGER


class ImportValueError(ValueError):
    """One cell's value is not valid for its field (message in Chinese)."""


# The explicit separators of name lists: 、 ， , ; ； / | ｜ (PatSnap and incoPat write " | ") and line breaks.
_SPLIT_PEOPLE = re.compile(r"\s*[、，,;；/|｜\n\r]+\s*")
# A Chinese name: CJK characters, with the middle dot of transcribed names (买买提·艾力)
# A list separated by | or ; whose Latin names are written "SMITH, John": the comma is inside the name
_SPLIT_PEOPLE_STRONG = re.compile(r"\s*[、;；/|｜\n\r]+\s*")
_LATIN_COMMA = re.compile(r"[A-Za-z],\s*[A-Za-z]")
_STRONG = re.compile(r"[;；|｜]")
_CJK_NAME = re.compile("^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f·•・]+$")
# A comma between two Chinese names separates holders too (Google Patents writes "同济大学, 上海某某有限公司");
# between Latin words it belongs to the name ("ElectroCore, LLC")
_SPLIT_HOLDERS = re.compile(r"\s*[;；|｜、\n]\s*|(?<=[\u3400-\u9fff）)])\s*[,，]\s*(?=[\u3400-\u9fff（(])")
_PLAIN_YUAN = re.compile(r"^(\d{1,18})(?:\.(\d{1,2}))?$")
def _is_blank(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, str) and not value.strip())


def _number_text(value: float | int) -> str:
    """A number as text: integral floats lose the ".0" Excel added ("5000001.0" → "5000001")."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


_NEEDS_HALF_WIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000]")


def without_control_characters(text: str) -> str:
    """Text Excel can store: a vertical tab (Word's manual line break) and a Unicode line or paragraph
    separator become a line break, other control characters (which no .xlsx cell may hold) are
    dropped, and so are the invisible characters text copied from a web page or a document carries
    (zero-width space, byte-order mark, soft hyphen, direction marks and overrides): 王伟 with a
    zero-width space behind it is no other person, and an application number or a date with one is
    still read."""
    return _CONTROL.sub("", text.translate(_LINE_BREAKS)) if not text.isprintable() else text


_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\u2028": "\n", "\u2029": "\n"})
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


# A line break inside a one-line value (a title or department wrapped with Alt+Enter to fit the
# column): between Chinese characters it is nothing, elsewhere a space.
_WRAP_CJK = re.compile(r"(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])\s*[\r\n]+\s*(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])")
_WRAP = re.compile(r"\s*[\r\n]+\s*")


def to_line(value: Any) -> str | None:
    """:func:`to_text` of a value that is one line (a title, a department): a line break the cell
    was wrapped with is taken out."""
    text = to_text(value)
    if text is None or ("\n" not in text and "\r" not in text):
        return text
    return _WRAP.sub(" ", _WRAP_CJK.sub("", text))


def to_text(value: Any) -> str | None:
    if value.__class__ is str:
        if not value.isascii() and _NEEDS_HALF_WIDTH.search(value):
            value = value.translate(_ALNUM_TABLE)
        return without_control_characters(value).strip() or None
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (int, float)):
        return _number_text(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if value is None:
        return None
    return str(value).strip() or None


def to_code(value: Any) -> str | None:
    """Ledger, patent, registration and project numbers: no spaces, ASCII, upper case; numbers that
    Excel turned into floats lose their ".0"."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _number_text(value)
    text = to_text(value)
    if text is None:
        return None
    return "".join(half_width(text).split()).upper()



def _no_number(text: str) -> bool:
    """A number cell that says there is none (—, /, 无, 暂无, 待授权, 未授权, N/A — the marks a date cell
    reads as empty)."""
    bare = text.strip()
    return not bare.strip("-—–/\\ 　") or bare.lower() in _NONE_WRITTEN


def to_number(value: Any) -> NumberReading | None:
    """Any IP number cell (application, patent, publication, certificate, registration): what it is;
    a placeholder is empty."""
    if value is None or value.__class__ is str and len(value) <= 8 and _no_number(value):  # numbers are longer
        return None
    if value.__class__ is float and not (value == value and abs(value) != float("inf")):
        raise ImportValueError("不是有效的号码（单元格为错误值或无穷大）")
    return read_number(value)


def to_certificate(value: Any) -> str | None:
    """A certificate number (专利证书号, 软著登字第…号) as written without spaces; a placeholder is empty."""
    if isinstance(value, str) and _no_number(value):
        return None
    return to_code(value)


def to_application_no(value: Any) -> str | None:
    """The normalised form of an application number (digits, dot, check digit; foreign and other
    numbers as written). A wrong check digit raises (the plan keeps the number as written)."""
    reading = to_number(value)
    if reading is None:
        return None
    if reading.check_ok is False:
        raise ImportValueError(f"申请号校验位不符（按前 {len(reading.digits or '')} 位计算应为 {reading.expected_check}）")
    return reading.normalised


def to_date(value: Any) -> date | None:
    """A cell that must name a day (or be empty)."""
    reading = to_partial_date(value)
    if reading is None:
        return None
    if reading.precision != "day":
        raise ImportValueError("只有年月，缺少日")
    return date.fromisoformat(reading.iso)


def to_partial_date(value: Any) -> PartialDate | None:
    try:
        return read_date(value)
    except DateError as exc:
        raise ImportValueError(str(exc)) from None


def to_iso_date(value: Any) -> str | None:
    result = to_date(value)
    return None if result is None else result.isoformat()


def _lookup(table: Mapping[str, str], value: Any, what: str) -> str | None:
    text = to_text(value)
    if text is None:
        return None
    key = header_key(text)
    found = table.get(key)
    if found is None:
        noted = _TRAILING_NOTE.sub("", key)  # "发明专利（PCT）", "发明（已授权）": the note says no more
        if noted != key and noted in table:
            return table[noted]
        for suffix in ("(专利)", "专利", "(申请)", "申请", "(授权)", "授权"):
            if noted.endswith(suffix) and table.get(noted[: -len(suffix)]):
                return table[noted[: -len(suffix)]]
        for part in re.split(r"[;；,，/|\-－—]", noted):  # "发明公开;发明授权", "发明-授权"
            if part and part in table:
                return table[part]
        raise ImportValueError(f"无法识别的{what}")
    return found


_TRAILING_NOTE = re.compile(r"\([^()]*\)$")


def to_type(value: Any) -> str | None:
    return _lookup(synonyms().types, value, "成果类型（可用 发明专利、实用新型、外观设计、软件著作权 等）")


FUNDING_LABELS = {"government": "纵向", "enterprise": "横向", "own": "自筹"}


def funding_category(text: str) -> str | None:
    """Free funding text → FundingSource value by the vocabulary (enterprise words first, then own
    funds, then government; a cell matches a word it equals or contains); None when nothing fits."""
    key = header_key(text)
    words = synonyms().funding
    for word, value in words:
        if key == word:
            return value
    for word, value in words:
        if word in key:
            return value
    return None


def to_funding(value: Any) -> tuple[str, str] | None:
    """(纵向/横向/自筹, the text as written); a placeholder (—, /, 暂无) is empty; raises when the
    vocabulary cannot place the text."""
    text = to_text(value)
    if text is None or (text in AMOUNT_PLACEHOLDERS and text != "无"):  # 无 (no funding? not recorded?) is flagged
        return None
    category = funding_category(text)
    if category is None:
        raise ImportValueError("无法归类的经费来源（词表可识别 纵向/横向/自筹 及 国家自然科学基金、企业委托、校内自主 等）")
    return FUNDING_LABELS[category], text


def to_transfer(value: Any) -> str | None:
    """The transfer state: a word of the vocabulary (是/否, √/×, 转让, 许可, 作价投资 …), a bracketed note
    after it ("是（转让）") aside; a placeholder (—, /) is empty."""
    text = to_text(value)
    if text is None or (text in AMOUNT_PLACEHOLDERS and text not in _TICKS):
        return None
    return _lookup(synonyms().transfer, text, "转化状态（可用 未转化、意向转化、已转化，是/否，转让、许可、作价投资）")


_TICKS = frozenset({"x", "×"})
# Transfer cells that say no more than the state itself (the rest — 转让, 许可, 是（转让） — is kept as written)
PLAIN_TRANSFER_WORDS = frozenset(["未转化", "意向转化", "已转化", "是", "否", "无", "×", "x", "✗", "✘", "√", "✓", "✔", "y", "n", "yes",
                                  "no", "未", "意向"])


def to_legal_status(value: Any) -> StatusReading | None:
    text = to_text(value)
    if text is None:
        return None
    return read_legal_status(half_width(text))


class People(list[str]):
    """The names of a people cell; ``as_written`` is the cell as written when the names were read
    without what the ledger wrote beside them (a title, a department, the corresponding-author mark,
    "等" for the others); ``incomplete`` when the cell names only some of the people ("王伟等")."""

    as_written: str | None = None
    incomplete: bool = False


# A bracketed note after a name: a title or a department ("王伟（教授）", "李娜(材料学院)", "赵强【通讯作者】")
_NAME_NOTE = re.compile(r"\s*[（(【\[〔][^（）()【】\[\]〔〕]*[)）】\]〕]")
# A country code after a name ends it (Espacenet: "ZHANG SAN [CN] LI SI [CN]" where the line breaks
# between the names were lost)
_COUNTRY_AFTER_NAME = re.compile(r"\s*\[[A-Z]{2}\][ \t]+(?=\S)")
# The corresponding-author mark after a name ("张敏*", "张敏＊", "张敏※")
_NAME_MARK = re.compile(r"\s*[*＊※]+(?=\s*(?:[、，,;；/|｜\n\r]|$))")


def to_people(value: Any) -> list[str] | None:
    """Names split on the explicit separators (、，,;；/|｜ and line breaks). Inside one part, spaces
    between Chinese characters are padding ("张  三", a two-character name padded to the width of
    three) — except in a run of Chinese names of two or more characters each ("王伟 李娜 张敏"),
    which are several names; a one-character part before the next ("张 三 李 四") is a surname. Latin
    names keep their spaces ("John Smith"), and their comma in a list separated by | or ;
    ("SMITH, John | DOE, Jane"). A bracketed title or department after a name and the
    corresponding-author mark (* ＊ ※) are not part of the name: the names are read without them
    and the cell as written is kept (:class:`People`)."""
    text = to_text(value)
    if text is None:
        return None
    bare = _COUNTRY_AFTER_NAME.sub("\n", text) if "]" in text else text
    bare = _NAME_MARK.sub("", _NAME_NOTE.sub("", bare)).strip()
    others = _others_mark(bare)
    if others:
        bare = bare[:others].rstrip(" 、，,;；")
    if bare != text and bare:
        names = _split_people(bare)
        if names:
            people = People(names)
            people.as_written = text
            people.incomplete = bool(others)
            return people
    return _split_people(text)


# "and the others" after the names a cell lists: 王伟等, 王伟 等5人, 王伟等人, Zhang San et al.
_OTHERS = re.compile(r"(?:\s*等\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[人名位]|\s*等人|\s+et\s+al\.?|\s*等)\s*$", re.IGNORECASE)


def _others_mark(text: str) -> int:
    """Where the "and the others" mark after the listed names begins (0: none). A bare 等 right
    after a name counts only after a name of two or more characters: 何等 is a name."""
    if "等" not in text and "al" not in text:
        return 0
    m = _OTHERS.search(text)
    if m is None or m.start() == 0:
        return 0
    if m.group().strip() == "等" and not m.group()[0].isspace():
        last = _SPLIT_PEOPLE.split(text[:m.start()])[-1].split()
        if not last or (len(last) == 1 and len(last[-1]) < 2):
            return 0
    return m.start()


def _split_people(text: str) -> list[str] | None:
    split = _SPLIT_PEOPLE_STRONG if _STRONG.search(text) and _LATIN_COMMA.search(text) else _SPLIT_PEOPLE
    names: list[str] = []
    for part in split.split(text):
        if part:
            names.extend(_names_of_part(part))
    return names or None


# Compound surnames (复姓, 《百家姓》): "欧阳 娜娜" is one name padded after its surname, not two.
COMPOUND_SURNAMES = frozenset((
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木",
    "独孤", "南宫", "西门", "百里", "呼延", "轩辕", "万俟", "澹台", "公羊", "闻人", "赫连", "申屠", "钟离", "太史", "濮阳",
    "淳于", "单于", "拓跋", "完颜", "司空", "东郭", "公冶", "宗政", "仲孙", "巫马", "左丘", "第五", "梁丘", "谷梁"))
# The middle dot of a transcribed name (买买提·艾力), in the spellings ledgers use, with stray spaces around it
_NAME_DOT = re.compile(r"\s*[·・‧•]\s*")


def _names_of_part(part: str) -> list[str]:
    if "·" in part or "・" in part or "‧" in part or "•" in part:
        part = _NAME_DOT.sub("·", part)
    words = part.split()
    if len(words) == 1:
        return words
    if not all(_CJK_NAME.match(w) for w in words):
        return [" ".join(words)]  # Latin (or mixed) names keep one space between words
    if any(w in COMPOUND_SURNAMES for w in words[:-1]):
        words = _joined_after_compound_surnames(words)
        if len(words) == 1:
            return words
    if all(len(w) >= 2 for w in words):
        return words
    if all(len(w) == 1 for w in words) and len(words) <= 3:
        return ["".join(words)]   # 张  三 / 欧 阳 明
    names: list[str] = []
    pending = ""
    for w in words:
        if len(w) == 1 and not pending:
            pending = w
            continue
        names.append(pending + w)
        pending = ""
    if pending:
        if names:
            names[-1] += pending
        else:
            names.append(pending)
    return names


def _joined_after_compound_surnames(words: list[str]) -> list[str]:
    """A compound surname written apart from its one- or two-character given name joined to it."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in COMPOUND_SURNAMES and i + 1 < len(words) and len(words[i + 1]) <= 2 and words[i + 1] not in COMPOUND_SURNAMES:
            out.append(w + words[i + 1])
            i += 2
        else:
            out.append(w)
            i += 1
    return out


class Holders(str):
    """The holders of a cell read without the nationality written after each name; ``as_written`` is
    the cell as written."""

    as_written: str


# The nationality after a holder's name: Espacenet's country code ("UNIV TONGJI [CN]"), the 国籍 of a
# 著作权人（国籍） or 申请人（国籍） column ("上海示范大学（中国）", "ACME INC（美国）", "（国籍：中国）"), and the
# date Lens stamps on each current owner ("UNIV TONGJI (2021-08-10)")
_NATIONALITY = re.compile(r"\s*[（(\[【]\s*(?:[A-Z]{2}|\d{4}-\d{2}-\d{2}|[\u4e00-\u9fff]{0,4}国(?:大陆|香港|澳门|台湾)?|中国(?:香港|澳门|台湾)"
                          r"|国籍\s*[:：]\s*[^（）()\[\]【】]{1,12})\s*[）)\]】]\s*$")


# A postal address written in the holder cell after the name ("上海示范大学，200092 上海市杨浦区四平路1239号",
# "上海示范大学（上海市杨浦区四平路1239号）"): a part that starts with a postcode or 地址, or names a street
# number, is the holder's address and no holder
_ADDRESS = re.compile(r"^(?:地址\s*[:：]|\d{6}(?!\d))|[路街道巷弄村]\s*\d+\s*号")
_ADDRESS_NOTE = re.compile(r"\s*[（(](?:地址\s*[:：])?[^（）()]*[路街道巷弄村]\s*\d+\s*号[^（）()]*[）)]\s*$"
                           r"|\s*[,，]\s*(?:地址\s*[:：]\s*)?(?:\d{6}(?!\d)|[^,，]*[路街道巷弄村]\s*\d+\s*号).*$")


# a part that ends as an organisation's name is a holder, even with a street and a number in its name
# ("上海中山北路1号投资有限公司", "徐家村8号农业专业合作社")
_ORGANISATION_END = re.compile(r"(?:公司|集团|大学|学院|学校|医院|研究所|研究院|设计院|科学院|中心|实验室|工作室|合作社|厂|协会|基金会|商会|委员会|局|所)"
                               r"\s*[）)]?\s*$")


def _is_address(part: str) -> bool:
    return bool(_ADDRESS.search(part)) and not _ORGANISATION_END.search(_NATIONALITY.sub("", part))


def to_holder(value: Any) -> str | None:
    """Holders separated by ; ； | 、, line breaks or a comma between Chinese names, joined by "；";
    a nationality or a postal address after a name is no part of it (:class:`Holders` keeps the
    cell as written)."""
    text = to_text(value)
    if text is None:
        return None
    names = [n for n in _SPLIT_HOLDERS.split(_COUNTRY_AFTER_NAME.sub("\n", text) if "]" in text else text) if n]
    if any(_is_address(n) for n in names):  # a whole part, or its end after a comma
        bare = [b for n in names if (b := _ADDRESS_NOTE.sub("", n)) and not _is_address(b)]
        if bare:
            holders = Holders("；".join(dict.fromkeys(_NATIONALITY.sub("", n) or n for n in bare)))
            holders.as_written = text
            return holders
    if ("）" in text or ")" in text or "]" in text or "】" in text) and any(_NATIONALITY.search(n) for n in names):
        bare = [_NATIONALITY.sub("", n) or n for n in names]
        holders = Holders("；".join(dict.fromkeys(bare)))
        holders.as_written = text
        return holders
    return "；".join(dict.fromkeys(names)) or None


_INTEGRAL = re.compile(r"^\d+\.0*$")
_MONEY_MARKS = frozenset("元圆角分整")


def to_count(value: Any) -> int | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value != value or value in (float("inf"), float("-inf")):
            raise ImportValueError("不是有效的数字（单元格为错误值或无穷大）")
        if float(value).is_integer() and value >= 0:
            if value > MAX_INTEGER:
                raise ImportValueError("数值超出范围（应为合理的非负整数）")
            return int(value)
        raise ImportValueError("应为非负整数")
    text = to_code(value)
    if text is None or text.lower() in AMOUNT_PLACEHOLDERS:
        return None
    if text.endswith("次"):
        text = text[:-1]
    if _INTEGRAL.match(text):  # "2.0" from a text export of a number cell
        text = text.split(".")[0]
    elif text and not text.isdigit() and not _MONEY_MARKS.intersection(text) \
            and (spoken := capital_amount_fen(text)) is not None:  # 三, 两, 十二
        text = str(spoken // 100)
    if not text.isdigit():
        raise ImportValueError("应为非负整数")
    if int(text) > MAX_INTEGER:
        raise ImportValueError("数值超出范围（应为合理的非负整数）")
    return int(text)


# What ledgers write in an amount cell that holds none (date columns read the same marks as empty)
AMOUNT_PLACEHOLDERS = frozenset({"-", "--", "—", "——", "–", "/", "\\", "无", "暂无", "没有", "空", "未知", "不详", "待定",
                                 "na", "n/a", "none", "null", "nil", "x", "×", "?", "？", "…", "..."})
# The unit of an amount, written after it ("12.5万", "3万元", "1,234.50元") or in its column's header
# ("资产价值（万元）"): yuan per unit.
AMOUNT_UNITS = {"元": 1, "千元": 1000, "万元": 10_000, "万": 10_000, "亿元": 100_000_000, "亿": 100_000_000}
_AMOUNT_TEXT = re.compile(r"^(?:人民币|rmb|cny|[¥￥])?\s*([-+]?)\s*(?:[¥￥])?\s*([\d.,]+)\s*(亿元|亿|万元|万|千元|元)?(?:整)?$",
                          re.IGNORECASE)
# Thousands separated by commas, a decimal point: 1,234,567.50 (1.234,50 is the European way and is refused)
_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_FEN_LIMIT = 10**17


def _fen_of(amount: Decimal, yuan_per_unit: int) -> int:
    fen = int((amount * yuan_per_unit * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if abs(fen) > _FEN_LIMIT:
        raise ImportValueError("金额超出合理范围")
    return fen


def _unit_label(yuan_per_unit: int) -> str:
    return next((u for u, n in AMOUNT_UNITS.items() if n == yuan_per_unit and u.endswith("元")), f"{yuan_per_unit}元")


def to_fen(value: Any) -> int | None:
    """An amount in fen (see :func:`fen_in_unit`), a column in 元."""
    return fen_in_unit(value, 1)


def fen_in_unit(value: Any, yuan_per_unit: int) -> int | None:
    """An amount in fen. ``yuan_per_unit`` is the unit of the cell's column (10000 under a header
    "资产价值（万元）"); a unit written in the cell ("12.5万", "3万元", "1,234.50元") wins. Placeholders
    (—, -, /, 无) are empty. Text whose separators could be read two ways (1.234,50) is refused."""
    if isinstance(value, bool):
        raise ImportValueError("不是金额")
    if isinstance(value, int):
        if abs(value) > 10**15:
            raise ImportValueError("金额超出合理范围")
        return value * 100 * yuan_per_unit
    if isinstance(value, float) and not (value == value and abs(value) != float("inf")):
        raise ImportValueError("不是有效的金额（单元格为错误值或无穷大）")
    if isinstance(value, float):
        text: str | None = repr(value)  # ASCII without blanks: to_text would return it unchanged
        if yuan_per_unit != 1 or "e" in repr(value):
            return _fen_of(Decimal(repr(value)), yuan_per_unit)
    else:
        text = to_text(value)
    if text is None:
        return None
    m = _PLAIN_YUAN.match(text)
    if m and yuan_per_unit == 1:  # the common case without Decimal: 1234 / 1234.5 / 1234.56
        fen = int(m.group(1)) * 100 + int((m.group(2) or "").ljust(2, "0"))
        if fen > _FEN_LIMIT:
            raise ImportValueError("金额超出合理范围")
        return fen
    return _fen_of_text(half_width(text), yuan_per_unit)


def _fen_of_text(text: str, yuan_per_unit: int) -> int | None:
    if text.lower() in AMOUNT_PLACEHOLDERS:
        return None
    m = _AMOUNT_TEXT.match("".join(text.replace("，", ",").split()))
    unit = _unit_label(yuan_per_unit)
    if not m:
        return _fen_of_words(text, yuan_per_unit, unit)
    sign, digits, written_unit = m.groups()
    if not _GROUPED.match(digits):
        raise ImportValueError(f"金额“{text}”的分隔符有两种读法（千位用逗号、小数用点，如 1,234.50），请核对")
    try:
        amount = Decimal(digits.replace(",", ""))
    except ArithmeticError as exc:
        raise ImportValueError(f"金额格式不正确（应为以{unit}为单位的数字）") from exc
    if sign == "-":
        amount = -amount
    return _fen_of(amount, AMOUNT_UNITS[written_unit] if written_unit else yuan_per_unit)


# "120,000.00元（大写：壹拾贰万元整）", "人民币壹拾贰万元整（￥120,000.00）", "小写：120000元 大写：壹拾贰万元整":
# the figures with the capitals that guard them, either first
_BRACKETED = re.compile(r"^(.*?)[（(]([^（）()]+)[）)]$")
_LABELLED = re.compile(r"^(?:小写[:：]?)?(.*?)[,，;；\s]*大写[:：]?(.+)$")
_CAPITALS_LABEL = re.compile(r"^[（(]?大写[）)]?[:：]?")


def _fen_of_words(text: str, yuan_per_unit: int, unit: str) -> int:
    """An amount written in Chinese capitals (人民币壹拾万元整, contracts and finance write them), alone
    or beside its figures; figures and capitals that differ are refused, saying both."""
    capitals = capital_amount_fen(text, yuan_per_unit)
    if capitals is None:
        pair = _BRACKETED.match(text) or _LABELLED.match(text)
        parts = [p.strip() for p in pair.groups()] if pair else []
        if len(parts) == 2 and all(parts):
            for words, figures_text in (parts[::-1], parts):
                words = _CAPITALS_LABEL.sub("", words)
                if (capitals := capital_amount_fen(words, yuan_per_unit)) is not None:
                    figures = fen_in_unit(figures_text, yuan_per_unit)
                    if figures != capitals:
                        raise ImportValueError(f"金额的小写与大写不一致（小写 {format_yuan(figures)} 元，大写 "
                                               f"{format_yuan(capitals)} 元），请核对")
                    break
    if capitals is None:
        raise ImportValueError(f"金额格式不正确（应为以{unit}为单位的数字，如 1234.50、12.5万）")
    if abs(capitals) > _FEN_LIMIT:
        raise ImportValueError("金额超出合理范围")
    return capitals


def to_amount_fen(value: Any) -> int | None:
    """An amount that cannot be negative (asset value, contract amount, receipts — 1-2 第十二条 accounts
    for assets at their value); a negative one is kept as written and flagged."""
    return amount_fen_in_unit(value, 1)


def amount_fen_in_unit(value: Any, yuan_per_unit: int) -> int | None:
    """:func:`to_amount_fen` in a column whose unit is ``yuan_per_unit`` yuan."""
    fen = fen_in_unit(value, yuan_per_unit)
    if fen is not None and fen < 0:
        raise ImportValueError("金额不能为负数")
    return fen


@functools.cache
def amount_reader(yuan_per_unit: int) -> Callable[[Any], int | None]:
    """:func:`to_amount_fen` for a column whose header names its unit (one function per unit, so a
    column's equal cells are still read once)."""
    if yuan_per_unit == 1:
        return to_amount_fen
    return functools.partial(amount_fen_in_unit, yuan_per_unit=yuan_per_unit)


# a 属性标记 that denies the grant (1-2 第五条: 未授权成果)
_DENIED_GRANT = re.compile(r"(未|非|不是|不属于|尚未|没有|并非|无)授权")


def to_attribute(value: Any) -> str | None:
    text = to_text(value)
    if text is None:
        return None
    key = header_key(text)
    if _DENIED_GRANT.search(key) or key in ("ungranted", "否"):  # 未授权成果, 非授权成果, 不是授权成果
        return d.Attribute.UNGRANTED.value
    if "授权" in key or key in ("granted", "是"):
        return d.Attribute.GRANTED.value
    raise ImportValueError("无法识别的属性标记（可用 授权成果、未授权成果）")


def to_stage(value: Any) -> str | None:
    text = to_text(value)
    if text is None:
        return None
    key = header_key(text)
    for word, stage in (("无法区分", d.Stage.INDISTINGUISHABLE), ("研究", d.Stage.RESEARCH), ("开发", d.Stage.DEVELOPMENT)):
        if word in key:
            return stage.value
    try:
        return d.Stage(key).value
    except ValueError:
        raise ImportValueError("无法识别的阶段标记（可用 研究阶段、开发阶段、无法区分）") from None

