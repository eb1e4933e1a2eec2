"""When an imported row is 授权成果 (1-2 第五条) and whether its right is taken to be in force."""

import pytest

from kjcg_desktop.domain.enums import Attribute, LegalStatus
from kjcg_desktop.domain.grant_evidence import (
    INVALIDATION_ARTICLE,
    RowEvidence,
    combine,
    decide_legal_status,
    later_reading,
    patent_number,
)
from kjcg_desktop.domain.legal_status import read_legal_status
from kjcg_desktop.domain.tags import attribute_for


def test_unknown_status_with_grant_evidence_speaking_of_an_end_is_not_in_force():
    decision = decide_legal_status(read_legal_status("专利权终止（待核实）"), grant_evidence=["授权日"], filing_evidence=True)
    assert decision.status is LegalStatus.LAPSED and decision.problems  # obtained, flagged, no fee reminders


def test_unknown_status_with_grant_evidence_is_granted_and_flagged():
    decision = decide_legal_status(read_legal_status("授权后有争议"), grant_evidence=["专利号 ZL…"], filing_evidence=True)
    assert decision.status is LegalStatus.GRANTED and decision.problems


def test_kind_a_publication_alone_is_pending():
    decision = decide_legal_status(None, grant_evidence=[], filing_evidence=True)
    assert decision.status is LegalStatus.PENDING and not decision.problems


# -- a bare 失效 / 无权 / 非有效 (PatSnap writes 失效 for withdrawn and rejected applications too) -----------
@pytest.mark.parametrize("text", ["失效", "无权", "非有效", "无效"])
def test_no_right_without_grant_evidence_is_an_application_that_ended(text):
    # "A row is 授权成果 only when the source says the right was granted"; "a kind-A publication number
    # or a 公开日 alone means not granted"
    decision = decide_legal_status(read_legal_status(text), grant_evidence=[], filing_evidence=True)
    assert decision.status is LegalStatus.WITHDRAWN and attribute_for(decision.status) is Attribute.UNGRANTED
    assert len(decision.problems) == 1 and "授权前终止的申请" in decision.problems[0]
    assert not decision.right_obtained


@pytest.mark.parametrize("evidence", ["授权日", "专利号 ZL202120345679.3", "授权公告号 CN112000011B", "证书号 第3456789号"])
def test_no_right_with_grant_evidence_is_a_lapsed_grant(evidence):
    decision = decide_legal_status(read_legal_status("失效"), grant_evidence=[evidence], filing_evidence=True)
    assert decision.status is LegalStatus.LAPSED and not decision.problems and decision.right_obtained


# -- a bare 放弃: an application (放弃取得专利权) or a granted patent (专利法第四十四条 "专利权人以书面声明放弃其专利权的",
# the right ends before its term) -------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["放弃", "已放弃", "主动放弃", "视为放弃", "Abandoned"])
def test_a_bare_give_up_beside_grant_evidence_is_the_patent_given_up(text):
    decision = decide_legal_status(read_legal_status(text), grant_evidence=["授权日", "专利号 ZL201920456789.X"],
                                   filing_evidence=True)
    assert decision.status is LegalStatus.LAPSED and decision.right_obtained
    assert attribute_for(decision.status) is Attribute.GRANTED
    assert len(decision.problems) == 1 and "专利法第四十四条" in decision.problems[0]


@pytest.mark.parametrize("text", ["放弃", "主动放弃"])
def test_a_bare_give_up_without_grant_evidence_is_an_application_given_up(text):
    decision = decide_legal_status(read_legal_status(text), grant_evidence=[], filing_evidence=True)
    assert decision.status is LegalStatus.ABANDONED and not decision.right_obtained and not decision.problems


@pytest.mark.parametrize("text", ["视为放弃取得专利权", "未办登", "办登放弃"])
def test_giving_up_the_grant_itself_stays_not_granted_beside_grant_evidence(text):
    # 专利法实施细则: registration not done, the right to obtain the patent is deemed given up — a
    # grant date beside it conflicts and the status column wins, flagged
    decision = decide_legal_status(read_legal_status(text), grant_evidence=["授权日"], filing_evidence=True)
    assert decision.status is LegalStatus.ABANDONED and decision.problems


def test_wholly_invalidated_is_lapsed_and_flagged_with_article_47():
    # 专利法第四十七条: 宣告无效的专利权视为自始即不存在 — not in force; the grant did happen (1-2 第五条)
    decision = decide_legal_status(read_legal_status("授权 | 全部无效"), grant_evidence=["授权日"], filing_evidence=True)
    assert decision.status is LegalStatus.LAPSED and attribute_for(decision.status) is Attribute.GRANTED
    assert len(decision.problems) == 1 and INVALIDATION_ARTICLE in decision.problems[0]
    alone = decide_legal_status(read_legal_status("全部无效"), grant_evidence=[], filing_evidence=True)
    assert alone.status is LegalStatus.LAPSED and INVALIDATION_ARTICLE in alone.problems[0]


def test_partly_invalidated_stays_in_force_without_a_flag():
    decision = decide_legal_status(read_legal_status("部分无效"), grant_evidence=["授权日"], filing_evidence=True)
    assert decision.status is LegalStatus.GRANTED and not decision.problems


@pytest.mark.parametrize("text", ["权利转移", "质押", "部分无效"])
def test_an_event_is_decided_from_the_other_evidence_and_not_called_unknown(text):
    with_grant = decide_legal_status(read_legal_status(text), grant_evidence=["授权日"], filing_evidence=True)
    assert with_grant.status is LegalStatus.GRANTED and not with_grant.problems


def test_an_event_without_other_evidence_is_flagged_as_an_event():
    decision = decide_legal_status(read_legal_status("权利转移"), grant_evidence=[], filing_evidence=True)
    assert decision.status is LegalStatus.PENDING
    assert decision.problems == ["“权利转移”是事件，不说明权利是否有效；已按本行其他信息判断"]


def test_a_negation_in_unknown_text_is_never_in_force():
    decision = decide_legal_status(read_legal_status("专利权非有效（待查）"), grant_evidence=["专利号 ZL…"], filing_evidence=True)
    assert decision.status is LegalStatus.LAPSED and decision.problems


# -- one application on two rows (PatSnap: the A publication and the B grant) -----------------------
def test_the_later_legal_event_of_two_rows_wins_with_both_rows_evidence():
    a_row = RowEvidence(read_legal_status("审中"), (), True)
    b_row = RowEvidence(read_legal_status("有效"), ("授权日",), True)
    for first, other in ((a_row, b_row), (b_row, a_row)):
        decision = combine(first, other).decide()
        assert decision.status is LegalStatus.GRANTED and not decision.problems


def test_a_lapse_on_one_row_and_a_grant_date_on_the_other_is_a_lapsed_grant():
    decision = combine(RowEvidence(read_legal_status("失效"), (), True),
                       RowEvidence(read_legal_status("审中"), ("授权日",), True)).decide()
    assert decision.status is LegalStatus.LAPSED and not decision.problems


def test_a_grant_after_a_refusal_wins():  # 复审 can overturn a refusal; nothing follows a grant but its end
    assert later_reading(read_legal_status("驳回"), read_legal_status("授权")).status is LegalStatus.GRANTED
    assert later_reading(read_legal_status("授权"), read_legal_status("驳回")).status is LegalStatus.GRANTED
    assert later_reading(read_legal_status("授权"), None).status is LegalStatus.GRANTED


def test_a_patent_number_exists_only_after_grant():
    assert patent_number("202210567802.5", LegalStatus.GRANTED) == "ZL202210567802.5"
    assert patent_number("202210567802.5", LegalStatus.LAPSED) == "ZL202210567802.5"
    for status in (LegalStatus.PENDING, LegalStatus.REJECTED, LegalStatus.WITHDRAWN):
        assert patent_number("202210567802.5", status) is None
