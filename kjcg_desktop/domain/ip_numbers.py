"""Which number is which: application, patent, publication/announcement, certificate and software
registration numbers of Chinese IP rights, read from what ledgers and patent databases write.

- 申请号: 12 digits since 2003 (year, type digit, 7-digit serial) or 8 digits before (two-digit year,
  type digit, 5-digit serial), each followed by a check digit (mod 11 of the weights 2–9, 10 → X), with
  or without the dot; "CN" + 12 digits is an application number too.
- 专利号: the application number of a granted CN patent with the prefix ZL.
- 公开（公告）号: CN + 7–9 digits + a kind code. A (and the old A) is an application's publication,
  never a grant; B/C (inventions), U/Y (utility models), S/D (designs) announce a grant. It is never a
  patent number.
- 证书号 (a certificate number) is never a patent number either; 登记号 of software: yyyySR + digits.
- WO/US/EP/JP … numbers are foreign family members.
- 植物新品种 (植物新品种保护条例): the application number is the year + a serial with a check digit
  (20191234.1; since about 2019 also year + 7 digits, 20191006012); the variety-right number 品种权号 is
  "CNA" + the application number (CNA20191234.1, CNA20191006012). A variety number is never an old
  8-digit CN patent application number: those begin with the year 85–99 or 00–03, never 19 or 20.
- 集成电路布图设计 (集成电路布图设计保护条例): the registration number is "BS." + 9 digits, the last
  possibly X (BS.205012345); registration is the grant of the exclusive right.

Spellings ledgers use for the dot before the check digit: "·" (middle dot), "。" (ideographic full
stop), "．" (full-width), and a dot with no check digit after it ("202230123456."). Excel damages
numbers typed into number cells in two ways: an 8-digit number of 1985–2003 loses its leading 0
(03123456.9 becomes 3123456.9) — read as the 8-digit number only when the check digit confirms the
restored 0; and its display form "2.02211E+11" (as a CSV saved from Excel holds it) has lost digits —
kept as written, with the reason said. A bracketed note after a number ("ZL201920123456.5（已授权）",
"202210567802.X(PCT)") is no part of it: the number is read, the note stays in the number as written.

The type digit (5th of 12, 3rd of 8): 1 and 8 invention (8 = PCT entering China), 2 and 9 utility
model (9 = PCT), 3 design.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, replace

_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
_ZERO = [ord("0") * sum(_WEIGHTS[:n]) for n in range(len(_WEIGHTS) + 1)]
_FULL = str.maketrans({i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)} | {0x3000: 0x20})
# spaces, and the invisible characters that come with numbers pasted from web pages
_SPACES = re.compile(r"[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]+")

_APPLICATION = re.compile(r"^(CN|ZL)?(\d{12}|\d{8})(?:\.?([0-9X])|\.)?$")
# Dots written before the check digit: middle dots, the ideographic full stop, small/one-dot leaders
_DOTS = str.maketrans(dict.fromkeys(map(ord, "·・•‧。｡﹒．"), "."))
# 03123456.9 typed into a number cell: Excel dropped the leading 0 (years 2000–2003, type digit 1/2/3/8/9)
_LOST_ZERO = re.compile(r"^([0-3][12389]\d{5})\.([0-9X])$")
_PUBLICATION = re.compile(r"^CN(\d{7,9})([ABCUYSD])\d?$")
# The DOCDB forms of English-language databases: Lens writes an application number with its
# application kind ("CN 201910123456 A", "CN 201920123456 U"; spaces are gone by then), Google Patents
# a publication number with dashes ("CN-110123456-A", "CN-212345678-U")
_DOCDB_APPLICATION = re.compile(r"^CN(\d{12})[AUSF]$")
_DASHED_PUBLICATION = re.compile(r"^CN-(\d{7,9})-([ABCUYSD]\d?)$")
# a PCT application in DOCDB form: the receiving office, the year, the serial and W ("CN 2019123456 W" is
# PCT/CN2019/123456) — an international application, kept as a foreign family member
_DOCDB_PCT = re.compile(r"^CN\d{10}W$")
_REGISTRATION = re.compile(r"^(?:\d{4}|\d{2})SR\d{3,8}$")
_FOREIGN = re.compile(r"^(WO|PCT|US|EP|JP|KR|DE|GB|FR|CA|AU|RU|TW|HK|IN|BR|SG)[A-Z0-9/\-.,]*\d")
_SCIENTIFIC = re.compile(r"^\d(?:\.\d+)?E\+?\d{1,2}$")
# the years of the 8-digit CN application numbers (1985–2003)
_OLD_YEARS = frozenset([*(f"{y:02d}" for y in range(85, 100)), "00", "01", "02", "03"])
_VARIETY = re.compile(r"^(CNA)?((?:199\d|20\d\d)(?:\d{4}(?:\.?[0-9X])?|\d{7}))$")
_LAYOUT = re.compile(r"^BS\.?(\d{8}[0-9X])$")
# what each kind of registration number names (the type of the right registered)
RIGHT_OF_KIND = {"registration": "software", "variety": "plant_variety", "layout": "ic_layout"}

TYPE_OF_DIGIT = {"1": "invention", "8": "invention", "2": "utility_model", "9": "utility_model", "3": "design"}
GRANT_KINDS = frozenset("BCUYSD")
GRANT_KINDS_AND_A = "ABCUYSD"
TYPE_OF_KIND = {"A": "invention", "B": "invention", "C": "invention", "U": "utility_model", "Y": "utility_model",
                "S": "design", "D": "design"}


def check_digit(digits: str) -> str:
    """Check digit of a CN application number (12 or 8 digits): weights 2–9 repeating, mod 11, 10 → X."""
    if digits.isascii():
        total = sum(map(operator.mul, digits.encode(), _WEIGHTS)) - _ZERO[len(digits)]
    else:
        total = sum(map(operator.mul, map(int, digits), _WEIGHTS))
    rest = total % 11
    return "X" if rest == 10 else str(rest)


def number_text(value: object) -> str:
    """The number as written, as text: integral floats lose Excel's ".0", scientific notation
    (2.02210567802E+11) is expanded, full-width characters and spaces go, letters upper case."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if not text.isascii():
        text = text.translate(_FULL).translate(_DOTS)
    if not text.isalnum():
        text = _SPACES.sub("", text)
    text = text.upper()
    if _SCIENTIFIC.match(text):
        try:
            number = float(text)
        except ValueError:
            return text
        mantissa = text.split("E", 1)[0].replace(".", "").lstrip("0")
        if number.is_integer() and len(mantissa) >= len(str(int(number))) - 2:
            return str(int(number))
        # Excel's display form ("2.01711E+11", as saved in a CSV) lost the last digits: kept as
        # written, never expanded into a different, valid-looking number
    return text


@dataclass(frozen=True, slots=True)
class NumberReading:
    """What one number cell is. ``kind``: application | patent | publication | registration |
    variety | layout | foreign | other. ``normalised``: the application digits + "." + check digit
    (application and patent), the publication number, the registration number, a plant-variety number
    without its CNA prefix (so an application and the variety right it became have one key),
    "BS." + the digits of an IC layout, else the text."""

    as_written: str
    kind: str
    normalised: str
    check_ok: bool | None = None       # None: no check digit was written
    expected_check: str | None = None
    kind_code: str | None = None       # publication kind code (A/B/U/S …)
    problem: str | None = None         # why a number-like cell could not be read (kind "other")

    @property
    def type_from_digit(self) -> str | None:
        digits = self.digits
        if digits is None:
            return None
        return TYPE_OF_DIGIT.get(digits[4] if len(digits) == 12 else digits[2])

    @property
    def announces_grant(self) -> bool:
        return self.kind == "publication" and self.kind_code in GRANT_KINDS

    @property
    def registered(self) -> bool:
        """The number says the right exists: a software or IC-layout registration, a 品种权号 (CNA …);
        a plant-variety application number does not."""
        return self.kind in ("registration", "layout") or (self.kind == "variety" and self.kind_code == "CNA")

    @property
    def digits(self) -> str | None:
        if self.kind in ("application", "patent"):
            return self.normalised.split(".", 1)[0]
        return None


def read_number(value: object) -> NumberReading | None:
    """Classify one number cell (see the module docstring); None for an empty cell."""
    if value is None:
        return None
    if value.__class__ is str and value.isascii():  # the common forms, without the general path
        body = value[2:] if value[:2] in ("ZL", "CN") else value
        if len(body) == 14 and body[12] == "." and body[:12].isdigit() and body[13] in "0123456789X":
            digits, check = body[:12], body[13]
            expected = check_digit(digits)
            kind = "patent" if value[:2] == "ZL" else "application"
            return NumberReading(value, kind, body, check == expected, expected)
        if value[:2] == "CN" and value[-1] in GRANT_KINDS_AND_A and 10 <= len(value) <= 12 and value[2:-1].isdigit():
            return NumberReading(value, "publication", value, kind_code=value[-1])
    text = number_text(value)
    if not text:
        return None
    m = _APPLICATION.match(text)
    if m and (len(m.group(2)) == 12 or m.group(2)[:2] in _OLD_YEARS):
        prefix, digits, check = m.group(1) or "", m.group(2), m.group(3)
        kind = "patent" if prefix.startswith("ZL") else "application"
        expected = check_digit(digits)
        if check is None:
            return NumberReading(text, kind, f"{digits}.{expected}", None, expected)
        if check == expected:
            return NumberReading(text, kind, f"{digits}.{check}", True, expected)
        return NumberReading(text, kind, f"{digits}.{check}", False, expected)
    m = _PUBLICATION.match(text)
    if m:
        return NumberReading(text, "publication", text, kind_code=m.group(2))
    registration = _registration_number(text) or _docdb_number(text)  # or a Lens / Google Patents form
    if registration is not None:
        return registration
    if _FOREIGN.match(text):
        return NumberReading(text, "foreign", text)
    return _damaged_or_noted(text)


def _damaged_or_noted(text: str) -> NumberReading:
    """A cell that is no number as it stands: an 8-digit number Excel took the leading 0 from, a
    number in Excel's scientific display form, a number with a bracketed note after it; else "other"."""
    m = _LOST_ZERO.match(text)
    if m:
        digits, check = "0" + m.group(1), m.group(2)
        expected = check_digit(digits)
        if check == expected:
            return NumberReading(text, "application", f"{digits}.{check}", True, expected)
        return NumberReading(text, "other", text, problem=(
            f"像是 Excel 去掉了开头 0 的 8 位申请号（0{m.group(1)}），但校验位不符（应为 {expected}）"))
    if _SCIENTIFIC.match(text):
        significant = len(text.split("E", 1)[0].replace(".", "").strip("0"))
        return NumberReading(text, "other", text, problem=(
            f"是 Excel 的科学计数法显示形式，号码只剩 {significant} 位有效数字，后几位已被 Excel 截去；"
            "请从原始数据重新复制"))
    remark = _REMARK.search(text)
    if remark and remark.start() > 0:  # a number and a note on it: ZL201920123456.5（已授权）, 202210567802.X(PCT)
        inner = read_number(text[:remark.start()])
        if inner is not None and inner.kind in ("application", "patent", "publication", "registration", "variety", "layout"):
            return replace(inner, as_written=text)
    return NumberReading(text, "other", text)


# A bracketed note after a number (kept in the number as written, never part of the number)
_REMARK = re.compile(r"\s*[（(【\[][^（）()【】\[\]]{1,20}[）)】\]]\s*$")


def _registration_number(text: str) -> NumberReading | None:
    """A software registration, plant-variety or IC-layout number (see the module docstring)."""
    m = _VARIETY.match(text)
    if m and (m.group(1) or len(m.group(2)) > 8):
        return NumberReading(text, "variety", m.group(2), kind_code=m.group(1))
    m = _LAYOUT.match(text)
    if m:
        return NumberReading(text, "layout", f"BS.{m.group(1)}")
    if _REGISTRATION.match(text):
        return NumberReading(text, "registration", text)
    return None


def number_key(number: str) -> str:
    """Matching key of an application or patent number as stored: "app:" + the CN digits (no
    prefix, no check digit), so 申请号 202210567802.X and 专利号 ZL202210567802.X match; other
    numbers "num:" + the text."""
    if len(number) == 14 and number[12] == "." and number[:12].isdigit():  # as stored: 202210567802.X
        return "app:" + number[:12]
    text = number.upper().replace(" ", "")
    if text.startswith(("CN", "ZL")):
        text = text[2:]
    digits = text.split(".", 1)[0]
    if digits.isdigit() and len(digits) in (8, 12):
        return f"app:{digits}"
    if digits.isdigit() and len(digits) in (9, 13):
        return f"app:{digits[:-1]}"
    return f"num:{number}"


def _docdb_number(text: str) -> NumberReading | None:
    """A CN number in the DOCDB form of Lens and Google Patents (see :data:`_DOCDB_APPLICATION`);
    the check digit, which those forms leave out, is computed."""
    m = _DOCDB_APPLICATION.match(text)
    if m:
        digits = m.group(1)
        return NumberReading(text, "application", f"{digits}.{check_digit(digits)}", None, check_digit(digits))
    m = _DASHED_PUBLICATION.match(text)
    if m:
        return NumberReading(text, "publication", f"CN{m.group(1)}{m.group(2)}", kind_code=m.group(2)[0])
    if _DOCDB_PCT.match(text):
        return NumberReading(text, "foreign", text)
    return None
