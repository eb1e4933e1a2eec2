"""The columns of the two registers a workbook may feed besides the ledger: a fee list's payment
columns and the patent year a payment row names (the fee register's import,
:func:`kjcg_desktop.services.fees.import_payments`), and a contract list's columns and readers (the
contract register's import, :mod:`kjcg_desktop.services.contract_import`). The ledger import reads a
fee or deal list of a ledger workbook with the same tables (:mod:`.registers`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .cells import ImportValueError, to_code, to_date, to_fen, to_text
from .synonyms import header_key

# -- payments (fee register) ----------------------------------------------------------------------------
# CNIPA's 费用信息 (中国及多国专利审查信息查询) lists the paid fees as 费用种类, 应缴金额, 缴费日期, 缴费人姓名, 收据号
# (or, with the electronic bill, 票据代码 and 票据号码)
PAYMENT_HEADERS = {
    "record": ("申请号", "专利申请号", "专利号", "台账编号", "成果编号"),
    "kind": ("费用种类", "费用名称", "缴费种类"),
    "year": ("专利年度", "年度", "缴费年度", "年费年度"),
    "paid_on": ("缴费日期", "缴费日", "付款日期", "日期"),
    "amount": ("金额", "缴费金额", "实缴金额", "金额（元）", "缴费金额（元）", "实缴金额（元）", "年费金额", "应缴金额"),
    "receipt": ("收据号", "票据号", "收据编号", "票据号码"),  # 票据号码: the electronic fiscal bill's number
    "payer": ("缴费人", "付款人", "承担方", "缴费人姓名"),
}

FEE_KIND = re.compile(r"(发明专利|实用新型专利|实用新型|外观设计专利|外观设计)第(\d+)年(年费)?(滞纳金)?")
# an annual fee written otherwise by agents: 第5年年费, 第5年度年费, 发明专利年费（第4年）, 第五年年费
_YEAR_OF_FEE = re.compile(r"第\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:个)?\s*(?:专利)?年")
_SMALL_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九", 1)}


def _small_number(text: str) -> int | None:
    """1–29 written in digits or in Chinese numerals (五, 十, 十二, 二十)."""
    if text.isdigit():
        return int(text)
    head, ten, tail = text.partition("十")
    if not ten:
        return _SMALL_NUMERALS.get(text) if len(text) == 1 else None
    tens = _SMALL_NUMERALS.get(head, 0) if head else 1
    ones = _SMALL_NUMERALS.get(tail, 0) if tail else 0
    if (head and head not in _SMALL_NUMERALS) or (tail and tail not in _SMALL_NUMERALS):
        return None
    return tens * 10 + ones


def _year_of_fee(text: str) -> int | None:
    """The patent year an annual-fee 费用种类 names in a form other than CNIPA's, when it names one."""
    if "年费" not in text:
        return None
    years = {_small_number(m) for m in _YEAR_OF_FEE.findall(text)}
    return years.pop() if len(years) == 1 and None not in years else None


class Cells:
    """One sheet row read by field: ``cells[key]`` is the cell of that field's column (None when the
    column is missing or the row is short)."""

    def __init__(self, row: Sequence[Any], columns: dict[str, int]) -> None:
        self.row, self.columns = row, columns

    def __getitem__(self, key: str) -> Any:
        j = self.columns.get(key)
        return self.row[j] if j is not None and j < len(self.row) else None

    def text(self, key: str) -> str:
        return str(self[key] or "").strip()


def payment_year(cells: Cells) -> tuple[int | None, tuple[str, str] | None]:
    """The patent year a payment row names (专利年度, else read from 费用种类), or the problem."""
    if "year" in cells.columns and cells.text("year"):
        try:
            return int(float(cells.text("year").rstrip("年").lstrip("第"))), None
        except ValueError:
            return None, ("year", f"专利年度应为整数：{cells['year']}")
    if "kind" in cells.columns:
        m = FEE_KIND.search(str(cells["kind"] or ""))
        if not m:
            year = _year_of_fee(str(cells["kind"] or ""))
            if year is not None:
                return year, None
            return None, ("kind", "费用种类无法识别（应为“发明专利第5年年费”之类）")
        return int(m.group(2)), None
    return None, None


# -- contracts (contract register) ----------------------------------------------------------------------
# header (normalised by header_key) → field
HEADERS = {
    "contract_no": ("合同编号", "合同号", "合同登记号", "编号"),
    "name": ("合同名称", "项目名称", "课题名称", "名称"),
    "kind": ("合同类别", "合同类型", "类别", "类型", "合同性质", "转化方式", "转化形式", "交易方式"),
    "counterparty": ("委托方", "甲方", "合作单位", "交易对方", "委托单位", "客户", "对方单位", "买方", "受让方", "受让人", "受让单位",
                     "被许可方", "被许可人", "受让方/被许可方", "受让方（被许可方）", "受让方/许可方", "对方", "交易对象"),
    "uscc": ("统一社会信用代码", "信用代码", "委托方统一社会信用代码"),
    "region_code": ("行政区划代码", "地区代码", "所在地区代码"),
    "size": ("企业规模", "规模"),
    "industry": ("行业", "行业门类", "所属行业"),
    "amount": ("合同金额", "合同额", "合同经费", "合同总额", "合同金额（元）", "合同金额(元)"),
    "technology_amount": ("技术交易额", "技术交易额（元）"),
    "contract_date": ("签订日期", "签约日期", "合同签订日期", "签订时间"),
    "term_start": ("开始日期", "起始日期", "合同开始日期", "履行期自"),
    "term_end": ("结束日期", "截止日期", "合同结束日期", "履行期至"),
    "department": ("所属单位", "学院", "院系", "部门", "负责部门", "承担单位"),
    "people": ("项目负责人", "负责人", "项目人员"),
    "funding": ("到校经费", "到账经费", "已到账经费", "到账金额"),
    "ledger_no": ("成果台账编号", "台账编号", "成果编号"),
    "reg_no": ("技术合同登记编号", "认定登记号", "登记编号"),
}
BY_HEADER = {header_key(h): f for f, names in HEADERS.items() for h in names}
AMOUNT_FIELDS = ("amount", "technology_amount", "funding")
# A money unit after the column's name: 合同金额（万元）, 到校经费(万元), 合同额/万元, 合同金额 单位：元
_UNIT_SUFFIX = re.compile(r"[(（\[【/]?(?:单位[:：]?)?(?:亿元|万元|千元|元)[)）\]】]?$")


def without_unit(key: str) -> str:
    """A header key without the money unit after its name (合同金额（万元） → 合同金额)."""
    return _UNIT_SUFFIX.sub("", key)


def field_of(header: Any) -> str | None:
    """The field a header cell names, a money unit after its name aside (the unit is read apart)."""
    if not isinstance(header, str):
        return None
    key = header_key(header)
    found = BY_HEADER.get(key)
    if found is None and _UNIT_SUFFIX.search(key):
        found = BY_HEADER.get(_UNIT_SUFFIX.sub("", key))
    return found


KIND_WORDS = (("咨询", "consulting"), ("服务", "service"), ("检测", "service"), ("测试", "service"), ("开发", "development"),
              ("研发", "development"), ("development", "development"), ("consulting", "consulting"), ("service", "service"))
SIZE_WORDS = (("微", "micro"), ("小", "small"), ("中", "medium"), ("大", "large"))


def contract_kind(value: Any) -> str | None:
    text = to_text(value)
    if not text:
        return None
    for word, kind in KIND_WORDS:
        if word in text.lower():
            return kind
    raise ImportValueError(f"“{text}”不是技术开发、咨询或服务合同")


def company_size(value: Any) -> str | None:
    text = to_text(value)
    if not text:
        return None
    for word, size in SIZE_WORDS:
        if word in text:
            return size
    raise ImportValueError(f"“{text}”不是企业规模（大/中/小/微）")


READERS = {"contract_no": to_code, "name": to_text, "kind": contract_kind, "counterparty": to_text, "uscc": to_code,
           "region_code": to_code, "size": company_size, "industry": to_code, "amount": to_fen,
           "technology_amount": to_fen, "contract_date": to_date, "term_start": to_date, "term_end": to_date,
           "department": to_text, "people": to_text, "funding": to_fen, "ledger_no": to_code,
           "reg_no": to_code}
LABELS = {f: names[0] for f, names in HEADERS.items()}
