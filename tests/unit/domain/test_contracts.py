"""Rules of domain.contracts: the 统一社会信用代码 (GB 32100-2015), region and party codes of the
registration form, the ≥ 1 million yuan threshold, the registration number and the reward tax."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kjcg_desktop.domain import DomainError
from kjcg_desktop.domain import contracts as c

prefixes = st.tuples(st.sampled_from("159ANY"), st.sampled_from("123459"), st.sampled_from(["310000", "320500", "110108"]),
                     st.text(alphabet=c.USCC_ALPHABET, min_size=9, max_size=9)).map("".join)


@given(prefixes)
def test_any_code_with_its_check_character_passes_and_any_other_fails(first17):
    check = c.uscc_check_character(first17)
    assert c.check_uscc(first17 + check) == first17 + check
    assert c.region_from_uscc(first17 + check) == first17[2:8]
    for wrong in c.USCC_ALPHABET.replace(check, "")[:3]:
        with pytest.raises(DomainError, match="校验位"):
            c.check_uscc(first17 + wrong)


def test_the_standards_sample_code_and_lower_case_with_spaces():
    # GB 32100-2015 附录: 91350100M000100Y43 — registered in Fuzhou (350100)
    assert c.check_uscc(" 91350100m000100y43 ") == "91350100M000100Y43"
    with pytest.raises(DomainError, match="行政区划"):
        c.check_uscc("91AB0100M000100Y43")


def test_region_and_country_codes():
    assert c.check_region_code("310115") == "310115" and c.province_of("310115") == "上海市"
    with pytest.raises(DomainError, match="6位"):
        c.check_region_code("3101")
    with pytest.raises(DomainError, match="省级"):
        c.check_region_code("990000")
    assert c.flow_region("320500", None, "") == "江苏省"
    assert c.flow_region(None, "502", "") == "境外" and c.flow_region("310000", "142", "") == "上海市"
    assert c.flow_region(None, None, "") == "未填写地区"


def test_party_types_of_the_registration_form():
    assert c.PARTY_TYPES["021"] == "科研机构" and c.PARTY_TYPES["022"] == "高等院校" and c.PARTY_TYPES["023"] == "医疗卫生"
    assert c.party_type_group("110") == "国有企业" and c.party_type_group("170") == "民营及其他内资企业"
    assert c.party_type_group("310") == "外资及港澳台资企业" and c.party_type_group("022") == "事业单位"
    with pytest.raises(DomainError, match="代码表"):
        c.check_counterparty({"name": "某单位", "party_type": "999"})
    with pytest.raises(DomainError, match="不是企业"):
        c.check_counterparty({"name": "某医院", "party_type": "023", "size": "micro"})


def test_large_contract_threshold_is_inclusive():
    assert not c.is_large_contract(99_999_999)
    assert c.is_large_contract(100_000_000)   # exactly 1,000,000.00 yuan


def test_registration_number_sixteen_or_fourteen_digits_as_text():
    assert c.check_registration_number("0125 3101 0400 0123") == "0125310104000123"   # leading zero kept
    assert c.check_registration_number("20253101000123") == "20253101000123"
    for bad in ("202531010001234", "2025310100012A", ""):
        with pytest.raises(DomainError, match="16位"):
            c.check_registration_number(bad)


def test_cash_reward_tax_follows_registration():
    """财税〔2018〕58号: cash rewards from transferring an achievement count half in wage income once
    the technology contract is registered."""
    assert c.cash_reward_tax("assignment", "2025310104000123") == "halved"
    assert c.cash_reward_tax("licence", None) == "pending_registration"
    assert c.cash_reward_tax("equity", "2025310104000123") == "ordinary"


def test_registration_papers_by_kind():
    assert any("权属变更" in p for p in c.registration_papers("assignment"))
    assert not any("权属变更" in p for p in c.registration_papers("development"))
    assert any("买方营业执照" in p for p in c.registration_papers("service"))
