"""R1–R3 — ownership grant, long-term use right, extension and the negative list (方案二(一)(二), 1-1 第七条)."""

from decimal import Decimal

import pytest

from kjcg_desktop.domain import (
    NEGATIVE_LIST,
    DomainError,
    check_extension,
    check_ownership_split,
    check_shares,
    missing_agreement_terms,
    negative_list_findings,
    use_right_term_ok,
)


def test_shares_exactly_hundred_pass():
    check_shares(["33.33", "33.33", "33.34"])
    check_shares([Decimal("100")])
    check_shares([50, "50"])


def test_shares_short_by_a_hundredth_names_the_gap():
    with pytest.raises(DomainError) as info:
        check_shares(["33.33", "33.33", "33.33"])
    assert "99.99%" in str(info.value) and "还差 0.01%" in str(info.value)
    assert info.value.article == "方案二(一)"


def test_shares_over_hundred_and_float_noise():
    with pytest.raises(DomainError, match="超出 0.01%"):
        check_shares(["50.01", "50"])
    # 0.1 + 0.2 style float noise does not pass or fail spuriously: decimals via str
    check_shares([0.1, 0.2, 99.7])


def test_shares_zero_or_empty_refused():
    with pytest.raises(DomainError):
        check_shares([])
    with pytest.raises(DomainError):
        check_shares(["100", "0"])


@pytest.mark.parametrize("years,ok", [(9, False), (10, True), (15, True), (0, False)])
def test_use_right_term_not_below_ten_years(years, ok):
    assert use_right_term_ok(years) is ok


def test_ownership_split_modes():
    assert check_ownership_split("partial", "80") == Decimal(20)
    assert check_ownership_split("full", "100") == 0
    assert check_ownership_split("remaining", 100) == 0
    with pytest.raises(DomainError, match="共同所有"):
        check_ownership_split("partial", "100")
    with pytest.raises(DomainError):
        check_ownership_split("full", "80")


def test_extension_needs_all_three_conditions():
    check_extension({"agreement_honoured": True, "progress_made": True, "income_good": True})
    with pytest.raises(DomainError, match="收益情况良好"):
        check_extension({"agreement_honoured": True, "progress_made": True, "income_good": False})
    with pytest.raises(DomainError, match="科研人员履行协议"):
        check_extension({})


def test_negative_list_any_yes_blocks_with_clause():
    answers = {item.key: False for item in NEGATIVE_LIST}
    assert negative_list_findings(answers) == []
    answers["state_secret"] = True
    findings = negative_list_findings(answers)
    assert [f.clause for f in findings] == ["1-1 第七条(二)"]
    assert "国家秘密" in findings[0].message


def test_negative_list_every_clause_and_unanswered():
    assert [i.clause for i in NEGATIVE_LIST] == [f"1-1 第七条({n})" for n in "一二三四"]
    all_yes = negative_list_findings({i.key: True for i in NEGATIVE_LIST})
    assert len(all_yes) == 4
    with pytest.raises(DomainError, match="未全部回答"):
        negative_list_findings({"national_interest": False})
    with pytest.raises(DomainError, match="未知"):
        negative_list_findings({"bogus": True})


def test_agreement_terms_required():
    assert missing_agreement_terms({}) == ["转化收益分配比例", "转化决策机制", "转化费用分担", "知识产权维持费用", "各方的权利和义务"]
    full = {k: "约定" for k in ("income_split", "decision_mechanism", "cost_sharing", "ip_maintenance", "rights_obligations")}
    assert missing_agreement_terms(full) == []
