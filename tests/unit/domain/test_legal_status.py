"""The legal-status vocabulary (1-2 第五条: 授权成果 = 按法律程序已申请取得的成果; 专利申请权 = 未授权成果)."""

import pytest

from kjcg_desktop.domain.enums import Attribute, LegalStatus
from kjcg_desktop.domain.legal_status import StatusCategory, read_legal_status
from kjcg_desktop.domain.tags import attribute_for


@pytest.mark.parametrize("text", ["未授权", "尚未授权", "待授权", "不予授权", "非授权", "没有授权", "驳回", "视为撤回", "未登记",
                                  "实质审查", "公开", "审中", "发明专利申请公布后的视为撤回"])
def test_negated_and_pending_forms_are_not_granted(text):
    # "尚未申请 … 享有权利的成果（统称'未授权成果'）" — a negated 授权 is never a grant.
    reading = read_legal_status(text)
    assert reading.known
    assert reading.category in (StatusCategory.PENDING, StatusCategory.NOT_GRANTED)
    assert attribute_for(reading.status) is Attribute.UNGRANTED


@pytest.mark.parametrize("text", ["授权", "有效", "专利权维持", "已授权", "ＧＲＡＮＴＥＤ", " 有 效 "])
def test_granted_forms(text):
    reading = read_legal_status(text)
    assert reading.status is LegalStatus.GRANTED and reading.says_granted
    assert attribute_for(reading.status) is Attribute.GRANTED


@pytest.mark.parametrize("text", ["未缴年费", "期限届满", "未缴年费专利权终止", "授权;专利权的终止"])
def test_lapsed_after_grant_keeps_the_right_obtained(text):
    reading = read_legal_status(text)
    assert reading.category is StatusCategory.LAPSED and reading.says_granted
    assert attribute_for(reading.status) is Attribute.GRANTED


def test_several_events_take_the_latest_meaningful_one():
    assert read_legal_status("授权 | 权利转移").status is LegalStatus.GRANTED
    assert read_legal_status("实质审查的生效;发明专利申请公布后的驳回").status is LegalStatus.REJECTED
    assert read_legal_status("公开；实质审查；授权；专利实施许可合同备案的生效").status is LegalStatus.GRANTED


@pytest.mark.parametrize("text", ["法律 状态", "授权后有争议", "授权;不明事件", "xyz", ""])
def test_unknown_text_is_unknown_never_guessed(text):
    reading = read_legal_status(text)
    assert reading.status is None and reading.category is StatusCategory.UNKNOWN
    assert reading.raw == text.strip()


@pytest.mark.parametrize(("text", "status", "granted"), [
    # CNIPA 专利业务办理系统 案件状态
    ("专利权维持", LegalStatus.GRANTED, True), ("等年费滞纳金", LegalStatus.GRANTED, True),
    ("未缴年费专利权终止，等恢复", LegalStatus.LAPSED, True), ("专利权有效期届满", LegalStatus.LAPSED, True),
    ("等待实审请求", LegalStatus.PENDING, False), ("一通出案待答复", LegalStatus.PENDING, False),
    ("实审请求视撤失效", LegalStatus.WITHDRAWN, False), ("视撤失效", LegalStatus.WITHDRAWN, False),
    ("驳回失效", LegalStatus.REJECTED, False),
    # incoPat / PatSnap simple status and events
    ("有效（已授权）", LegalStatus.GRANTED, True), ("PCT指定期内", LegalStatus.PENDING, False),
    ("PCT指定期满", LegalStatus.WITHDRAWN, False), ("授权 | 无效程序", LegalStatus.GRANTED, True),
    ("避免重复授权放弃", LegalStatus.LAPSED, True),  # the utility model given up was granted
])
def test_database_export_terms(text, status, granted):
    reading = read_legal_status(text)
    assert reading.status is status and reading.says_granted is granted


def test_a_bare_lapse_does_not_say_the_right_was_granted():
    reading = read_legal_status("失效")
    assert reading.status is LegalStatus.LAPSED and reading.says_granted is False


@pytest.mark.parametrize("text", ["授权;专利申请权、专利权的转移", "授权;专利权人的姓名或者名称、地址的变更",
                                  "授权 | 专利实施许可合同备案的生效、变更及注销", "授权;专利权质押合同登记的生效、变更及注销"])
def test_cnipa_event_names_with_a_dunhao_are_one_neutral_event(text):
    # CNIPA's own event names carry "、" inside one name; the grant before them stands.
    assert read_legal_status(text).status is LegalStatus.GRANTED


@pytest.mark.parametrize(("text", "expected"), [
    ("撤回;恢复", LegalStatus.PENDING),
    ("公开 | 实质审查 | 视为撤回 | 权利恢复", LegalStatus.PENDING),     # restored application: pending again
    ("授权;未缴年费专利权终止;权利恢复", LegalStatus.GRANTED),          # restored patent: in force again
])
def test_restoration_undoes_the_event_it_restores(text, expected):
    assert read_legal_status(text).status is expected


def test_restoration_alone_says_nothing_certain():
    assert read_legal_status("恢复").status is None


@pytest.mark.parametrize("text", ["授权 | 专利权的主动放弃", "授权 | 避重放弃", "放弃专利权", "避免重复授权放弃专利权"])
def test_a_granted_patent_given_up_was_obtained(text):
    # 专利法第四十四条: a written abandonment ends the right as unpaid fees do — it was obtained (1-2 第五条)
    reading = read_legal_status(text)
    assert reading.category is StatusCategory.LAPSED and reading.says_granted
    assert attribute_for(reading.status) is Attribute.GRANTED


@pytest.mark.parametrize(("text", "expected"), [
    ("避重授权", LegalStatus.GRANTED),           # incoPat: the invention granted once the utility model is given up
    ("实质审查 | 避重授权", LegalStatus.GRANTED),
    ("避重授权 | 未缴年费", LegalStatus.LAPSED),
    ("办登", LegalStatus.PENDING),               # 办理登记手续: granted only once registered (专利法第三十九条)
    ("未办登", LegalStatus.ABANDONED),           # formalities not done: the right to the grant given up
    ("办登视为放弃", LegalStatus.ABANDONED),
])
def test_double_patenting_and_registration_states(text, expected):
    assert read_legal_status(text).status is expected


def test_never_registered_is_not_a_grant():
    assert attribute_for(read_legal_status("视为放弃取得专利权").status) is Attribute.UNGRANTED


# -- PatSnap/incoPat 专利有效性 and negation -------------------------------------------------------------
def test_you_quan_is_in_force():
    reading = read_legal_status("有权")
    assert reading.status is LegalStatus.GRANTED and attribute_for(reading.status) is Attribute.GRANTED


@pytest.mark.parametrize("text", ["无权", "非有效", "无效", "失效", "不再有效", "不有效", "未维持", "失权"])
def test_no_right_now_never_reads_as_in_force_nor_as_a_grant(text):
    # 非有效 is never 有效, 未授权/非授权 never 授权: the text says no right exists now, not that one was granted
    reading = read_legal_status(text)
    assert reading.status is LegalStatus.LAPSED and not reading.says_granted


def test_patent_right_terminated_was_granted():
    reading = read_legal_status("专利权终止")
    assert reading.status is LegalStatus.LAPSED and reading.says_granted


@pytest.mark.parametrize(("text", "after_grant"), [
    ("权利转移", False), ("许可", False), ("质押", True), ("部分无效", True), ("专利权质押合同登记的生效", True),
    ("权利转移 | 质押", True),
])
def test_an_event_alone_says_nothing_about_the_right(text, after_grant):
    # incoPat 当前法律状态 shows the latest event; 质押 and 部分无效 happen only to a granted 专利权
    reading = read_legal_status(text)
    assert reading.status is None and reading.event_only and reading.granted_evidence is after_grant


def test_wholly_invalidated_is_not_in_force_and_says_so():
    # 专利法第四十七条: 宣告无效的专利权视为自始即不存在
    reading = read_legal_status("授权 | 全部无效")
    assert reading.status is LegalStatus.LAPSED and reading.invalidated and reading.says_granted


def test_partly_invalidated_keeps_the_right():
    reading = read_legal_status("授权 | 部分无效")
    assert reading.status is LegalStatus.GRANTED and reading.partly_invalid and not reading.invalidated
