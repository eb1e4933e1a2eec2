"""Technology contracts (四技合同), counterparties and the facts the statutory reports classify by.

- 促进科技成果转化法第二十一条: a unit funded by the state files its annual report on
  transformation (科技成果转化年度报告) with its competent department.
- 技术合同认定规则 / 技术合同认定登记管理办法: the four kinds of technology contract (技术开发、技术转让、
  技术咨询、技术服务) and the registration form (技术合同登记表) with its party-type and region codes.
- GB 32100-2015: the 统一社会信用代码 (18 characters; characters 3–8 are the region code of the
  registering authority, the 18th a check character).
- GB/T 2260: 6-digit administrative region codes; GB/T 4754-2017: industry sections A–T.
- 财税〔2018〕58号: cash rewards from transforming an achievement count half in the recipient's
  wage income once the technology contract is registered; 财税〔2016〕101号: equity rewards may
  defer tax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .errors import DomainError

ARTICLE_REPORT = "促进科技成果转化法第二十一条"
ARTICLE_USCC = "GB 32100-2015"
ARTICLE_REGISTRATION = "技术合同认定登记管理办法"
ARTICLE_CASH_TAX = "财税〔2018〕58号"
ARTICLE_EQUITY_TAX = "财税〔2016〕101号"

# The contract kinds of the contract register: the three deal kinds (技术转让 covers assignment
# and licence) and the three kinds of 四技 contract that leave ledger tags and publicity alone.
TECH_CONTRACT_KINDS = {"development": "技术开发", "consulting": "技术咨询", "service": "技术服务"}
DEAL_MODE_LABELS = {"assignment": "转让", "licence": "许可", "equity": "作价投资"}
CONTRACT_MODE_LABELS = {**DEAL_MODE_LABELS, **TECH_CONTRACT_KINDS}
# The registration form's contract type (技术合同登记表 合同类别).
REGISTRATION_TYPE = {"assignment": "技术转让", "licence": "技术转让（许可）", "equity": "技术转让（作价投资）",
                     "development": "技术开发", "consulting": "技术咨询", "service": "技术服务"}

LARGE_CONTRACT_FEN = 100_000_000  # 1,000,000.00 yuan: the national report's "百万元以上" contracts


def is_large_contract(amount_fen: int) -> bool:
    """A contract of 1,000,000.00 yuan or more (the published report's ≥ 1 million yuan share)."""
    return int(amount_fen or 0) >= LARGE_CONTRACT_FEN


# -- 统一社会信用代码 (GB 32100-2015) ------------------------------------------------------------

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # 31 characters: no I, O, S, V, Z
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc_check_character(first17: str) -> str:
    """The 18th character of a code whose first 17 are given (GB 32100-2015 第4.2条: weights
    3^(i-1) mod 31, check = 31 − (Σ mod 31), 31 written as 0)."""
    total = 0
    for ch, w in zip(first17, USCC_WEIGHTS, strict=True):
        value = USCC_ALPHABET.find(ch)
        if value < 0:
            raise DomainError(f"统一社会信用代码含不允许的字符“{ch}”", article=ARTICLE_USCC, field="uscc")
        total += value * w
    return USCC_ALPHABET[(31 - total % 31) % 31]


def check_uscc(text: str) -> str:
    """The code normalised (upper case, no spaces), or a DomainError saying what is wrong."""
    code = re.sub(r"\s+", "", str(text or "")).upper()
    if len(code) != 18:
        raise DomainError(f"统一社会信用代码应为18位，“{code}”为{len(code)}位", article=ARTICLE_USCC, field="uscc")
    bad = [c for c in code if c not in USCC_ALPHABET]
    if bad:
        raise DomainError(f"统一社会信用代码含不允许的字符“{bad[0]}”（不使用I、O、S、V、Z）", article=ARTICLE_USCC, field="uscc")
    if not code[2:8].isdigit():
        raise DomainError(f"统一社会信用代码第3–8位应为行政区划代码（6位数字），此处为“{code[2:8]}”",
                          article=ARTICLE_USCC, field="uscc")
    expected = uscc_check_character(code[:17])
    if code[17] != expected:
        raise DomainError(f"统一社会信用代码“{code}”校验位不符（应为“{expected}”），请核对", article=ARTICLE_USCC, field="uscc")
    return code


def region_from_uscc(code: str) -> str:
    """The 6-digit region code of the registering authority (characters 3–8)."""
    return check_uscc(code)[2:8]


# -- regions (GB/T 2260), countries, party types, sizes, industries ---------------------------------

PROVINCES = {
    "11": "北京市", "12": "天津市", "13": "河北省", "14": "山西省", "15": "内蒙古自治区", "21": "辽宁省", "22": "吉林省",
    "23": "黑龙江省", "31": "上海市", "32": "江苏省", "33": "浙江省", "34": "安徽省", "35": "福建省", "36": "江西省",
    "37": "山东省", "41": "河南省", "42": "湖北省", "43": "湖南省", "44": "广东省", "45": "广西壮族自治区", "46": "海南省",
    "50": "重庆市", "51": "四川省", "52": "贵州省", "53": "云南省", "54": "西藏自治区", "61": "陕西省", "62": "甘肃省",
    "63": "青海省", "64": "宁夏回族自治区", "65": "新疆维吾尔自治区", "71": "台湾省", "81": "香港特别行政区",
    "82": "澳门特别行政区",
}
CHINA_COUNTRY_CODE = "142"  # 海关国别（地区）代码: 中国


def check_region_code(code: str) -> str:
    code = str(code or "").strip()
    if not (len(code) == 6 and code.isdigit()):
        raise DomainError(f"行政区划代码应为6位数字（GB/T 2260），“{code}”不符", article="GB/T 2260", field="region_code")
    if code[:2] not in PROVINCES:
        raise DomainError(f"行政区划代码“{code}”的前两位不是省级代码", article="GB/T 2260", field="region_code")
    return code


def province_of(region_code: str | None) -> str:
    """The province name of a 6-digit region code ('' when unknown)."""
    return PROVINCES.get(str(region_code or "")[:2], "")


def check_country_code(code: str) -> str:
    code = str(code or "").strip()
    if not (len(code) == 3 and code.isdigit()):
        raise DomainError(f"国别代码应为3位数字，“{code}”不符", article=ARTICLE_REGISTRATION, field="country_code")
    return code


# 技术合同登记表 买(卖)方性质: the 3-digit codes (企业 by 关于划分企业登记注册类型的规定).
PARTY_TYPES = {
    "010": "机关法人", "021": "科研机构", "022": "高等院校", "023": "医疗卫生", "024": "其他事业法人", "030": "社团法人",
    "110": "国有企业", "120": "集体企业", "130": "股份合作企业", "140": "联营企业", "150": "有限责任公司",
    "160": "股份有限公司", "170": "私营企业", "180": "其他企业", "210": "合资经营企业（港澳台资）",
    "220": "合作经营企业（港澳台资）", "230": "独资经营企业（港澳台资）", "240": "港澳台商投资股份有限公司",
    "310": "中外合资经营企业", "320": "中外合作经营企业", "330": "外资企业", "340": "外商投资股份有限公司",
}
ENTERPRISE_PREFIXES = ("1", "2", "3")


def party_type_group(code: str | None) -> str:
    """The report's organisation kind of a party-type code."""
    code = str(code or "")
    if code == "110":
        return "国有企业"
    if code[:1] == "1":
        return "民营及其他内资企业"
    if code[:1] in ("2", "3"):
        return "外资及港澳台资企业"
    if code[:2] == "02":
        return "事业单位"
    if code == "010":
        return "机关"
    if code == "030":
        return "社会团体"
    return "未分类"


SIZES = {"large": "大型企业", "medium": "中型企业", "small": "小型企业", "micro": "微型企业"}


def is_small_or_micro(size: str | None) -> bool:
    """Small and micro enterprises (工信部联企业〔2011〕300号 sizes) — the report's share to them."""
    return size in ("small", "micro")


INDUSTRIES = {
    "A": "农、林、牧、渔业", "B": "采矿业", "C": "制造业", "D": "电力、热力、燃气及水生产和供应业", "E": "建筑业",
    "F": "批发和零售业", "G": "交通运输、仓储和邮政业", "H": "住宿和餐饮业", "I": "信息传输、软件和信息技术服务业",
    "J": "金融业", "K": "房地产业", "L": "租赁和商务服务业", "M": "科学研究和技术服务业",
    "N": "水利、环境和公共设施管理业", "O": "居民服务、修理和其他服务业", "P": "教育", "Q": "卫生和社会工作",
    "R": "文化、体育和娱乐业", "S": "公共管理、社会保障和社会组织", "T": "国际组织",
}


@dataclass(frozen=True)
class CounterpartyFacts:
    """What the reports classify a counterparty by, checked and completed: the region taken from
    the 统一社会信用代码 when none is given (and checked against it when both are)."""

    name: str
    uscc: str | None
    region_code: str | None
    country_code: str | None
    party_type: str | None
    size: str | None
    industry: str | None


def check_counterparty(values: dict[str, Any]) -> CounterpartyFacts:
    name = str(values.get("name") or "").strip()
    if not name:
        raise DomainError("请填写交易对方名称", field="name")
    uscc = str(values.get("uscc") or "").strip() or None
    region = str(values.get("region_code") or "").strip() or None
    country = str(values.get("country_code") or "").strip() or None
    if uscc:
        uscc = check_uscc(uscc)
        if region is None:
            region = uscc[2:8]
    if region:
        region = check_region_code(region)
    if country:
        country = check_country_code(country)
    party_type = str(values.get("party_type") or "").strip() or None
    if party_type and party_type not in PARTY_TYPES:
        raise DomainError(f"主体性质代码“{party_type}”不在技术合同登记表的代码表中", article=ARTICLE_REGISTRATION,
                          field="party_type")
    size = values.get("size") or None
    if size and size not in SIZES:
        raise DomainError(f"企业规模“{size}”不正确", field="size")
    industry = str(values.get("industry") or "").strip().upper() or None
    if industry and industry not in INDUSTRIES:
        raise DomainError(f"行业门类“{industry}”不是 GB/T 4754 的门类（A–T）", article="GB/T 4754-2017", field="industry")
    if size and party_type and party_type[:1] not in ENTERPRISE_PREFIXES:
        raise DomainError(f"{PARTY_TYPES[party_type]}不是企业，不划分企业规模", field="size")
    return CounterpartyFacts(name, uscc, region, country, party_type, size, industry)


def flow_region(region_code: str | None, country_code: str | None, home_province: str | None) -> str:
    """Where a contract's technology goes: the buyer's province, 境外 for a foreign party."""
    if country_code and country_code != CHINA_COUNTRY_CODE:
        return "境外"
    province = province_of(region_code)
    if not province:
        return "未填写地区"
    return province


# -- registration and tax ----------------------------------------------------------------------------

def check_registration_number(text: str) -> str:
    """A technology-contract registration number: 16 digits (14 on older certificates), kept as
    text so the leading zeros stay."""
    number = re.sub(r"\s+", "", str(text or ""))
    if not number.isdigit() or len(number) not in (14, 16):
        raise DomainError(f"技术合同登记编号应为16位数字（旧证书14位），“{number}”不符", article=ARTICLE_REGISTRATION,
                          field="tech_contract_reg_no")
    return number


CASH_TAX_LABELS = {
    "halved": "减按50%计入当月工资薪金所得（财税〔2018〕58号，已认定登记）",
    "pending_registration": "待技术合同认定登记后方可减半计税（财税〔2018〕58号）",
    "ordinary": "全额计入工资薪金所得",
}
EQUITY_TAX_LABELS = {"deferred": "递延至转让股权时纳税（财税〔2016〕101号）", "ordinary": "取得时按工资薪金所得纳税"}


def cash_reward_tax(kind: str, registration_no: str | None) -> str:
    """Tax treatment of a cash reward from a deal (财税〔2018〕58号第一条): a reward from the transfer
    or licence of an achievement (转让、许可; 作价投资 rewards are shares, not cash) counts half
    in wage income once the technology contract is registered; before it, the reward waits for
    the registration to get the halving."""
    if kind not in ("assignment", "licence"):
        return "ordinary"
    return "halved" if str(registration_no or "").strip() else "pending_registration"


REGISTRATION_PAPERS = (
    ("contract", "经双方签字盖章的技术合同文本（原件）"),
    ("ownership_change", "权属变更证明（专利权转让/许可备案登记、著作权登记等）", ("assignment", "licence")),
    ("buyer_licence", "买方营业执照或事业单位法人证书复印件（统一社会信用代码）"),
    ("seller_licence", "卖方法人证书复印件及经办人身份证明"),
    ("technology_amount", "技术交易额说明（技术性收入与非技术性费用的划分）"),
    ("invoice_plan", "合同价款支付方式及发票/到账凭证（已履行部分）"),
)


def registration_papers(kind: str) -> list[str]:
    """The papers the registration office asks for, for a contract of ``kind``."""
    out = []
    for entry in REGISTRATION_PAPERS:
        kinds = entry[2] if len(entry) > 2 else None
        if kinds is None or kind in kinds:
            out.append(entry[1])
    return out
