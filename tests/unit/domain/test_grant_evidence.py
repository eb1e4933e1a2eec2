"""When an imported row is 授权成果 (1-2 第五条) and whether its right is taken to be in force."""

from kjcg_desktop.domain.enums import LegalStatus
from kjcg_desktop.domain.grant_evidence import decide_legal_status
from kjcg_desktop.domain.legal_status import read_legal_status


def test_unknown_status_with_grant_evidence_speaking_of_an_end_is_not_in_force():
    decision = decide_legal_status(read_legal_status("未缴年费终止失效"), grant_evidence=["授权日"], filing_evidence=True)
    assert decision.status is LegalStatus.LAPSED and decision.problems  # obtained, flagged, no fee reminders


def test_unknown_status_with_grant_evidence_is_granted_and_flagged():
    decision = decide_legal_status(read_legal_status("授权后有争议"), grant_evidence=["专利号 ZL…"], filing_evidence=True)
    assert decision.status is LegalStatus.GRANTED and decision.problems


def test_kind_a_publication_alone_is_pending():
    decision = decide_legal_status(None, grant_evidence=[], filing_evidence=True)
    assert decision.status is LegalStatus.PENDING and not decision.problems
