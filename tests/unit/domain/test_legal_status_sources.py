"""Status words as the public sources write them, and the look-alikes that must not be read as what
they contain (1-2 第五条: 授权成果 = 按法律程序已申请取得的成果).

Sources of the words:
- CPQ: the 案件状态 values of 中国及多国专利审查信息查询 (cpquery.sipo.gov.cn), as a public crawler of it
  lists them (CaseStatusController.StatusList) and a university patent system maps them;
- LAW: CNIPA 法律状态 event names as they come out of its legal-status data (public code filtering
  s_sipo_patent_lawstate values: "专利权的终止(①未缴年费专利权终止)", "专利权的无效宣告(专利权全部无效)" …);
- PS: PatSnap (智慧芽) open-API schema: 简单法律状态 失效-Inactive, 有效-Active, 审中-Pending,
  未确认-Undetermined, PCT指定期内, PCT指定期满; 法律状态 公开-Published, 实质审查-Examining, 授权-Granted,
  避重授权-Double, 放弃-主动放弃, 撤回-视为撤回, 驳回-Rejected, 全部撤销-Revoked, 期限届满-Expired,
  未缴年费-Non-Payment, 权利恢复-Restoration, 权利终止-Ceased, 部分无效-P-Revoked, 申请终止-Discontinuation,
  PCT进入指定国（指定期满）; its Taiwan labels 授權, 實質審查, 駁回, 全部撤銷, 期限屆滿, 未繳年費, 權利終止;
- GP: Google Patents "Legal status" (Active, Expired - Fee Related, Expired - Lifetime, Ceased, Abandoned);
  USPTO Patent Center "Patented Case";
- TW: Taiwan agents' and TIPO letters (專利權消滅, 核准, 審查中, 撤銷).
"""

import pytest

from kjcg_desktop.domain.enums import Attribute, LegalStatus
from kjcg_desktop.domain.grant_evidence import decide_legal_status, unread_status_note
from kjcg_desktop.domain.legal_status import StatusCategory, read_legal_status, right_obtained
from kjcg_desktop.domain.tags import attribute_for

G, P, L = LegalStatus.GRANTED, LegalStatus.PENDING, LegalStatus.LAPSED
R, W, A = LegalStatus.REJECTED, LegalStatus.WITHDRAWN, LegalStatus.ABANDONED

# (text as the source writes it, status, the text says the right was granted)
SOURCE_WORDS = [
    # CPQ 案件状态, examination
    ("待分配", P, False), ("新案审查", P, False), ("回案审查", P, False), ("等待提案", P, False), ("等待公布", P, False),
    ("公布封卷", P, False), ("公布完成", P, False), ("准备公布", P, False), ("进入实审", P, False), ("实审检查", P, False),
    ("初审待答复", P, False), ("等待提实审", P, False), ("待质检抽案", P, False), ("等待实审请求", P, False),
    ("等待实审提案", P, False), ("一通出案待答复", P, False), ("中通出案待答复", P, False), ("一通回案实审", P, False),
    ("中通回案实审", P, False), ("一通回案形审", P, False), ("形审补正待答复", P, False), ("准备进入实审阶段", P, False),
    ("其他通知书出案待答复", P, False), ("合议组审查", P, False), ("等待合议组成立", P, False), ("实审请求", P, False),
    ("复审", P, False),
    # CPQ, between the grant notice and the announcement: no right yet (专利法第三十九条: 专利权自公告之日起生效)
    ("待发授权办登通知书", P, False), ("等年登印费", P, False), ("等待颁证公告", P, False), ("准备颁证公告", P, False),
    ("公告封卷", P, False), ("办理登记手续", P, False), ("等待授权通知", P, False), ("授权通知书发出", P, False),
    # CPQ, granted
    ("专利权维持", G, True), ("等年费滞纳金", G, True),
    # CPQ, ended
    ("驳回失效", R, False), ("驳回等复审请求", R, False), ("撤回专利申请", W, False), ("逾期视撤失效", W, False),
    ("逾期视撤,等恢复", W, False), ("逾期视撤,等恢复补正（发明初审）", W, False), ("实审请求视撤,等恢复", W, False),
    ("未缴申请费视撤,等恢复补正", W, False), ("无申请费视撤失效", W, False), ("国优视撤", W, False),
    ("视为撤回等恢复", W, False), ("视为放弃失效", A, False), ("视为放弃,等恢复", A, False),
    ("届满终止失效", L, True), ("届满终止,待失效", L, True), ("未缴年费终止失效", L, True),
    ("未缴年费专利权终止,等恢复", L, True), ("未缴年费终止,等恢复补正", L, True), ("无效宣告失效", L, True),
    ("放弃专利权（重复授权）", L, True), ("放弃专利权（主动放弃）", L, True), ("放弃专利权（同样发明创造）", L, True),
    # LAW 法律状态
    ("实质审查的生效", P, False), ("发明专利申请公布后的驳回", R, False), ("发明专利申请公布后的视为撤回", W, False),
    ("被视为撤回的申请", W, False), ("驳回的专利申请", R, False), ("视为撤回的专利申请", W, False),
    ("专利权的终止", L, True), ("专利权的终止(①未缴年费专利权终止)", L, True), ("专利权的终止((2)专利权有效期届满)", L, True),
    ("专利权的终止未缴纳年费专利权终止", L, True), ("专利权的终止专利权人放弃专利权", L, True),
    ("专利权的终止(①专利权的自动放弃)", L, True), ("专利权的视为放弃", L, True), ("通知事项视为放弃专利权", L, True),
    ("避免重复授予专利权", L, True), ("其他有关事项(避免重复授权放弃专利权)", L, True),
    ("专利权的主动放弃;其他有关事项避免重复授权放弃专利权", L, True),
    ("专利权的无效宣告(专利权全部无效)", L, True), ("专利权的无效宣告专利权全部无效", L, True),
    ("专利权的撤销(专利权全部撤销)", L, True), ("其他有关事项专利权全部撤销", L, True),
    ("无效宣告请求;维持专利权有效", G, True), ("未缴年费专利权终止;专利权的恢复", G, True),
    # PS
    ("有效", G, True), ("审中", P, False), ("失效", L, False), ("PCT指定期内", P, False), ("PCT指定期满", W, False),
    ("PCT进入指定国（指定期满）", W, False), ("PCT国际公布", P, False), ("公开", P, False), ("实质审查", P, False),
    ("授权", G, True), ("避重授权", G, True), ("放弃-避重放弃", L, True), ("撤回-视为撤回", W, False),
    ("撤回-主动撤回", W, False), ("放弃-视为放弃", A, False), ("放弃-未指定类型", A, False), ("驳回", R, False),
    ("全部撤销", L, True), ("期限届满", L, True), ("未缴年费", L, True), ("权利终止", L, True), ("申请终止", W, False),
    ("Active", G, True), ("Pending", P, False), ("Inactive", L, False), ("Examining", P, False), ("Granted", G, True),
    ("Revoked", L, True), ("Non-Payment", L, True), ("Ceased", L, True), ("Discontinuation", W, False),
    ("Withdrawn-Deemed", W, False), ("PCT designated period", P, False), ("PCT out of designated period", W, False),
    ("Invalidated", L, True),
    # incoPat 简单法律状态
    ("PCT-有效期内", P, False), ("PCT-有效期满", W, False), ("PCT-失效", W, False),
    # GP / USPTO / Lens
    ("Expired - Fee Related", L, True), ("Expired - Lifetime", L, True), ("Abandoned", A, False),
    ("Patented Case", G, True), ("Active - Reinstated", G, True), ("DISCONTINUED", W, False), ("PATENTED", G, True),
    # TW (traditional), read in simplified
    ("有效專利", G, True), ("審查中", P, False), ("實質審查", P, False), ("授權", G, True), ("核准", G, True),
    ("已核准", G, True), ("核准審定", P, False), ("駁回", R, False), ("不予專利", R, False), ("期限屆滿", L, True),
    ("未繳年費", L, True), ("權利終止", L, True), ("消滅", L, True), ("專利權消滅", L, True), ("撤銷", L, True),
    ("全部撤銷", L, True), ("視為撤回", W, False), ("放棄專利權", L, True),
]


@pytest.mark.parametrize(("text", "status", "granted"), SOURCE_WORDS, ids=[w for w, _, _ in SOURCE_WORDS])
def test_status_words_of_the_public_sources(text, status, granted):
    reading = read_legal_status(text)
    assert (reading.status, reading.says_granted) == (status, granted)
    assert reading.category is {G: StatusCategory.GRANTED, P: StatusCategory.PENDING, L: StatusCategory.LAPSED}.get(
        status, StatusCategory.NOT_GRANTED)
    assert reading.raw == text  # kept as written, traditional too


# -- negation and look-alikes ----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "status"), [
    ("未授权", P), ("非授权", P), ("没有授权", P), ("尚未授权", P), ("授权前", P), ("待授权", P), ("等待授权", P),
    ("未获授权", P), ("尚未获得授权", P), ("暂未授权", P), ("仍未授权", P), ("无授权", P),
    ("不予授权", R), ("不授权", R),
    # a registration not yet made is not filed, as 未登记 — never a right that ended
    ("尚未登记", LegalStatus.NOT_FILED), ("暂未登记", LegalStatus.NOT_FILED), ("还未登记", LegalStatus.NOT_FILED),
    ("没登记", LegalStatus.NOT_FILED), ("没有登记", LegalStatus.NOT_FILED),
])
def test_a_denied_or_coming_grant_is_never_a_grant(text, status):
    reading = read_legal_status(text)
    assert reading.status is status and not reading.says_granted
    assert attribute_for(reading.status) is Attribute.UNGRANTED


@pytest.mark.parametrize("text", ["非有效", "无效", "无权", "失权", "不再有效", "不再维持", "未维持", "不是有效专利", "已不再有效"])
def test_no_right_now_is_lapsed_without_saying_it_was_granted(text):
    reading = read_legal_status(text)
    assert reading.status is L and not reading.says_granted


@pytest.mark.parametrize("text", ["未失效", "不失效", "未终止", "非无效", "未被驳回", "未撤回", "授权未缴费", "未缴费",
                                  "无效授权", "该专利授权有争议", "2021", "ZL201910123456.7"])
def test_a_denied_end_or_an_unclear_phrase_is_unknown_never_its_last_word(text):
    # 未失效 contains 失效, 授权未缴费 contains 授权: read by whole terms, these stay 待核对
    reading = read_legal_status(text)
    assert reading.status is None and not reading.says_granted


@pytest.mark.parametrize(("text", "status", "granted"), [
    ("有权", G, True), ("授权 (已失效)", L, True), ("授权（已失效）", L, True), ("有效→失效", L, True),
    ("有效->失效", L, True), ("驳回后复审授权", G, True), ("驳回复审中", P, False), ("授权后失效", L, True),
    ("实审后驳回", R, False), ("视为撤回后恢复", P, False),
    ("2021-03-02 授权; 2023-05-01 未缴年费专利权终止", L, True),
    ("2023-05-01 未缴年费专利权终止; 2021-03-02 授权", L, True),
    ("2019.05.06 实质审查的生效 2021.03.02 授权 2023.05.01 专利权的终止", L, True),
    ("授权 | 权利转移", G, True), ("权利转移 | 授权", G, True),
])
def test_progressions_in_one_cell_take_the_latest_event(text, status, granted):
    reading = read_legal_status(text)
    assert (reading.status, reading.says_granted) == (status, granted)


def test_a_denied_end_with_grant_evidence_is_in_force_and_flagged():
    # "未失效" does not speak of an end: with a grant date the right is in force, and the text is flagged
    decision = decide_legal_status(read_legal_status("未失效"), grant_evidence=["授权日"], filing_evidence=True)
    assert decision.status is G and decision.problems


def test_undetermined_is_the_source_not_knowing():
    # PatSnap 未确认-Undetermined: the flag says the source gave no status
    for text in ("未确认", "Undetermined"):
        reading = read_legal_status(text)
        assert reading.status is None and "来源未给出法律状态" in unread_status_note(reading)


# -- 全部无效 / 部分无效 (专利法第四十七条) ---------------------------------------------------------------------
@pytest.mark.parametrize("text", ["全部无效", "专利权全部无效", "授权 | 全部无效", "专利权的无效宣告(专利权全部无效)",
                                  "无效宣告失效", "全部撤销", "Revoked", "撤銷", "授权后被宣告全部无效", "专利权被宣告无效"])
def test_wholly_invalid_is_lapsed_still_obtained_and_flagged_with_article_47(text):
    """专利法第四十七条: 宣告无效的专利权视为自始即不存在 — never "in force"; the right was granted by legal
    procedure and performed contracts stand (第二款), so the record stays 授权成果 with the status lapsed."""
    reading = read_legal_status(text)
    assert reading.status is L and reading.invalidated and reading.says_granted
    assert right_obtained(reading.status) and attribute_for(reading.status) is Attribute.GRANTED
    decision = decide_legal_status(reading, grant_evidence=[], filing_evidence=True)
    assert decision.status is L
    assert len(decision.problems) == 1 and "专利法第四十七条" in decision.problems[0] and "自始即不存在" in decision.problems[0]


def test_an_invalidation_restored_or_upheld_is_in_force():
    assert read_legal_status("无效宣告请求 | 维持专利权有效").status is G
    reading = read_legal_status("授权 | 专利权的无效宣告(专利权部分无效)")
    assert reading.status is G and reading.partly_invalid and not reading.invalidated


@pytest.mark.parametrize("text", ["部分无效", "专利权部分无效", "P-Revoked", "部分撤销", "专利权的无效宣告(专利权部分无效)",
                                  "被宣告部分无效", "宣告专利权部分无效"])
def test_partly_invalid_keeps_the_right(text):
    reading = read_legal_status(text)
    assert reading.event_only and reading.partly_invalid and reading.says_granted and not reading.invalidated
    decision = decide_legal_status(reading, grant_evidence=["授权日"], filing_evidence=True)
    assert decision.status is G and not decision.problems
    # alone, too: the patent stands on the claims kept — in force, nothing to check
    decision = decide_legal_status(reading, grant_evidence=[], filing_evidence=True)
    assert decision.status is G and not decision.problems


@pytest.mark.parametrize(("text", "status", "granted"), [
    ("驳回（未授权）", R, False), ("未授权（驳回）", R, False), ("授权（已失效）", L, True), ("有效（已授权）", G, True),
    ("已授权（未缴年费）", L, True), ("有效（已恢复）", G, True), ("失效（期满）", L, True), ("授权（已转让）", G, True),
    # a granted patent noted as given up is no longer in force (专利法第四十四条)
    ("授权（已放弃）", L, True), ("有效（主动放弃）", L, True),
    # an application restored (视为撤回 → 恢复) is pending again; a refusal under 复审 is pending
    ("视撤（已恢复）", P, False), ("视为撤回（已恢复）", P, False), ("驳回（复审中）", P, False),
])
def test_a_note_in_brackets_says_more_about_the_same_right(text, status, granted):
    # the note is not a later event: 驳回（未授权） is a refusal glossed "not granted", never pending
    reading = read_legal_status(text)
    assert (reading.status, reading.says_granted) == (status, granted)


def test_a_note_the_vocabulary_does_not_know_keeps_the_text_unknown():
    assert read_legal_status("有效（不明）").status is None


@pytest.mark.parametrize(("text", "status", "granted"), [
    # words offices type into their ledgers
    ("实质审查请求", P, False), ("进入实质审查", P, False), ("有效专利权", G, True), ("权利有效", G, True),
    ("权利失效", L, False), ("过期", L, False), ("到期", L, True), ("保护期满", L, True), ("专利权到期", L, True),
])
def test_ledger_words_for_the_same_states(text, status, granted):
    reading = read_legal_status(text)
    assert (reading.status, reading.says_granted) == (status, granted)


def test_alive_says_not_ended_not_granted():
    """Derwent's Alive/Dead: Alive is a pending application or a patent in force. It never makes a row
    授权成果 by itself; with grant evidence the right is in force, without it the application is pending,
    and neither is flagged."""
    reading = read_legal_status("Alive")
    assert reading.status is None and reading.alive and not reading.says_granted
    assert decide_legal_status(reading, grant_evidence=[], filing_evidence=True).status is P
    decision = decide_legal_status(reading, grant_evidence=["授权公告号 CN109876543B"], filing_evidence=True)
    assert decision.status is G and not decision.problems
    dead = read_legal_status("Dead")
    assert dead.status is L and not dead.says_granted


@pytest.mark.parametrize("text", ["专利实施的强制许可", "强制许可"])
def test_a_compulsory_licence_is_an_event_on_a_granted_patent(text):
    # 专利法第五十三条: a compulsory licence is granted to exploit a patent
    reading = read_legal_status(text)
    assert reading.event_only and reading.says_granted


@pytest.mark.parametrize(("text", "status", "granted"), [
    ("该专利已于2021年授权", G, True), ("本申请2022年3月被驳回", R, False), ("2021年未授权", P, False),
    ("该专利尚未授权", P, False), ("该专利已失效", L, False), ("已授权（ZL201910123456.7）", G, True),
    ("已授权（专利号：ZL201910123456.7）", G, True), ("该专利2021年授权，2023年未缴年费终止", L, True),
])
def test_a_status_word_in_a_ledger_sentence(text, status, granted):
    # the subject, a year or a number beside the status word are not events; a negation stays one
    reading = read_legal_status(text)
    assert (reading.status, reading.says_granted) == (status, granted)


@pytest.mark.parametrize(("text", "after_grant"), [
    # CNIPA 法律状态 events that say nothing about whether the right exists now
    ("专利权的保全及其解除", True), ("专利权有效期补偿", True), ("发明专利说明书更正", False), ("文件的公告送达", False),
    ("专利开放许可声明", False), ("专利申请权、专利权的转移", False), ("专利权人的姓名或者名称、地址的变更", False),
    ("专利实施许可合同备案的生效、变更及注销", False), ("专利权质押合同登记的生效、变更及注销", False),
])
def test_cnipa_events_beside_the_status(text, after_grant):
    reading = read_legal_status(text)
    assert reading.event_only and reading.says_granted is after_grant
    assert read_legal_status("授权；" + text).status is G


@pytest.mark.parametrize("text", ["Granted | Transfer", "Granted | Pledge | License", "Transfer; Granted"])
def test_english_events_beside_a_grant(text):
    """PatSnap's and Derwent's English event column: a transfer, pledge or licence says nothing of the right."""
    reading = read_legal_status(text)
    assert reading.status is G and reading.says_granted


def test_an_application_restored():
    assert read_legal_status("专利申请的视为撤回;专利申请的恢复").status is P


@pytest.mark.parametrize(("text", "status", "granted"), [
    # PatSnap's labels written whole, its Chinese and English word together
    ("有效-Active", G, True), ("授权-Granted", G, True), ("失效-Inactive", L, False), ("审中-Pending", P, False),
    ("实质审查-Examining", P, False), ("期限届满-Expired", L, True), ("撤回-视为撤回-Withdrawn-Deemed", W, False),
    ("驳回-Rejected", R, False),
])
def test_patsnap_labels_with_both_words_are_read(text, status, granted):
    reading = read_legal_status(text)
    assert (reading.status, reading.says_granted) == (status, granted)
