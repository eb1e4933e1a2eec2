"""The events column of the patent databases (incoPat/PatSnap 法律状态/事件, CNIPA 事务数据): each event
is written with its date; the cell is read without the dates and the latest meaningful event by date
decides (issue 19: "a cell with several events takes the latest meaningful one")."""

from __future__ import annotations

import pytest

from kjcg_desktop.domain.enums import LegalStatus
from kjcg_desktop.domain.legal_status import StatusCategory, read_legal_status


@pytest.mark.parametrize(("text", "status", "granted"), [
    # incoPat 法律状态/事件 of a granted patent later transferred
    ("2019-05-06 授权; 2021-08-09 专利权的转移", LegalStatus.GRANTED, True),
    # an application published, examined and deemed withdrawn
    ("2018-01-02 公开; 2018-06-07 实质审查的生效; 2020-03-04 发明专利申请公布后的视为撤回", LegalStatus.WITHDRAWN, False),
    ("2022-04-05 公开; 2023-09-01 发明专利申请公布后的驳回", LegalStatus.REJECTED, False),
    # the export lists the newest event first: the date decides, not the position
    ("2021-08-09 专利权的转移 | 2019-05-06 授权 | 2018-01-01 实质审查的生效", LegalStatus.GRANTED, True),
    ("2023-01-01 未缴年费专利权终止; 2019-05-06 授权", LegalStatus.LAPSED, True),
    # dates written 2019.05.06, yyyymmdd, 2019年5月6日, after the event in brackets, one event per line
    ("2019.05.06 授权；2023.07.01 未缴年费专利权终止", LegalStatus.LAPSED, True),
    ("20190506 授权;20230101 未缴年费专利权终止", LegalStatus.LAPSED, True),
    ("2019年5月6日 授权", LegalStatus.GRANTED, True),
    ("授权（2019-05-06） | 专利权的转移（2021-08-09）", LegalStatus.GRANTED, True),
    ("2019-05-06 授权\n2021-08-09 专利权的转移", LegalStatus.GRANTED, True),
    ("2019-05-06：授权 2021-08-09：专利权的转移", LegalStatus.GRANTED, True),
])
def test_dated_events_read_without_dates_latest_by_date(text, status, granted):
    reading = read_legal_status(text)
    assert reading.status is status
    assert reading.says_granted is granted


def test_dated_event_unknown_stays_unknown():
    # an event the vocabulary does not know after the last known one: not guessed
    assert read_legal_status("2019-05-06 授权; 2022-01-01 某种新事件").category is StatusCategory.UNKNOWN


def test_undated_events_keep_their_order():
    assert read_legal_status("公开; 实质审查的生效; 发明专利申请公布后的视为撤回").status is LegalStatus.WITHDRAWN
    assert read_legal_status("授权 | 权利转移").status is LegalStatus.GRANTED


@pytest.mark.parametrize(("current", "history", "contradicts"), [
    # the event list lags behind: a grant, then the lapse (专利法第四十四条: 没有按照规定缴纳年费的)
    ("未缴年费", "授权", False),
    ("有效", "公开 | 实质审查的生效", False),
    ("期限届满", "实质审查的生效 | 授权", False),
    # a refusal reversed on 复审, a withdrawal restored (专利法实施细则第六条): anything may follow
    ("有效", "发明专利申请公布后的驳回", False),
    ("实质审查", "视为撤回", False),
    ("未缴年费", "驳回", False),
    # ahead of the status or off its path
    ("有效", "授权 | 未缴年费终止", True),
    ("实质审查", "授权", True),
    ("驳回", "授权", True),
    ("有效", "有效", False),
])
def test_an_event_list_may_lag_behind_the_current_status_but_not_contradict_it(current, history, contradicts):
    from kjcg_desktop.domain.legal_status import history_contradicts

    assert history_contradicts(read_legal_status(current).category, read_legal_status(history).category) is contradicts


@pytest.mark.parametrize(("text", "status", "granted"), [
    # undated, newest first: read as written they would go backwards in the patent's life
    ("未缴年费专利权终止；授权；实质审查的生效；发明专利申请公布", LegalStatus.LAPSED, True),
    ("授权;实质审查的生效", LegalStatus.GRANTED, True),
    ("专利权的终止 | 授权 | 实质审查", LegalStatus.LAPSED, True),
    ("权利转移 | 授权 | 实质审查的生效", LegalStatus.GRANTED, True),
    # oldest first, or an order that is possible either way, stays as written
    ("实质审查的生效;授权;未缴年费专利权终止", LegalStatus.LAPSED, True),
    ("驳回;复审", LegalStatus.PENDING, False),       # a refusal under 复审
    ("复审;驳回", LegalStatus.REJECTED, False),      # 复审 upheld the refusal
    ("未缴年费专利权终止;专利权的恢复", LegalStatus.GRANTED, True),
])
def test_undated_events_written_newest_first_are_read_newest_first(text, status, granted):
    reading = read_legal_status(text)
    assert (reading.status, reading.says_granted) == (status, granted)


@pytest.mark.parametrize("text", ["授权后放弃", "授权；放弃", "已授权，已放弃", "授权;主动放弃", "2019-05-06 授权; 2022-01-01 放弃"])
def test_a_granted_patent_given_up_is_lapsed_after_grant(text):
    # 专利法第四十四条: a patentee who gives up the patent ends a right that was granted (授权成果, lapsed);
    # only an application is 放弃 before a grant
    reading = read_legal_status(text)
    assert (reading.status, reading.says_granted) == (LegalStatus.LAPSED, True)


@pytest.mark.parametrize("text", ["失效;恢复", "已失效，已恢复", "失效后恢复", "终止后恢复"])
def test_a_bare_end_restored_does_not_say_the_right_was_granted(text):
    # PatSnap and incoPat write 失效 for a withdrawn application too: restored, it is pending again or
    # a patent in force again — the row's grant evidence decides, as for Derwent's Alive
    reading = read_legal_status(text)
    assert not reading.says_granted
    assert reading.status is None and reading.alive


@pytest.mark.parametrize(("text", "status"), [
    # 申请X is "to apply for X" (申请登记, 申请授权, 申请撤销 …), not "the application was X"
    ("申请登记", None), ("申请授权", None), ("申请核准", None), ("申请维持", None), ("申请撤销", None),
    ("成果登记", None),                                  # 科技成果登记: no grant of a right
    # an application is not revoked and reaches no end of term: the sentence is not read as a granted right
    ("专利申请撤销", None), ("该申请已撤销", None), ("本申请已到期", None),
    # a bare 撤销 in simplified: a mainland ledger may mean an application withdrawn as well as a right revoked
    ("撤销", None), ("已撤销", None), ("被撤销", None),
    # with its 已/于/date, or as 该/本申请, 申请 is the sentence's subject
    ("申请已授权", LegalStatus.GRANTED), ("本申请2022年3月被驳回", LegalStatus.REJECTED),
    ("该申请已放弃", LegalStatus.ABANDONED),
])
def test_apply_for_is_not_a_status(text, status):
    reading = read_legal_status(text)
    assert reading.status is status
    assert not (status is None and reading.says_granted)


@pytest.mark.parametrize("text", ["授权待登记", "授权办登", "授权审查中"])
def test_events_joined_in_one_phrase_are_read_in_the_written_order(text):
    # a ledger's phrase is written in reading order (granted notice, then registration to do): only a
    # list of separate events may be the newest first
    reading = read_legal_status(text)
    assert (reading.status, reading.says_granted) == (LegalStatus.PENDING, False)


@pytest.mark.parametrize(("text", "status"), [
    ("授权-实审-公开", LegalStatus.GRANTED), ("授权、实审、公开", LegalStatus.GRANTED),
    ("未缴年费终止、授权、实审", LegalStatus.LAPSED),
])
def test_a_list_with_dashes_or_commas_may_be_newest_first(text, status):
    reading = read_legal_status(text)
    assert (reading.status, reading.says_granted) == (status, True)


@pytest.mark.parametrize(("text", "status"), [
    # the end of a licence, a pledge or a transfer is the end of that contract, not of the right
    ("有效;质押到期", LegalStatus.GRANTED), ("有效，许可已到期", LegalStatus.GRANTED), ("授权;许可终止", LegalStatus.GRANTED),
    ("授权后许可终止", LegalStatus.GRANTED), ("许可到期", None), ("转让终止", None), ("保全终止", None),
    # with a joining word the end is the next event; an invalidation's end is the right's
    ("授权;转让后失效", LegalStatus.LAPSED), ("无效宣告全部无效", LegalStatus.LAPSED),
])
def test_the_end_of_a_contract_on_the_patent_is_not_the_end_of_the_right(text, status):
    reading = read_legal_status(text)
    assert reading.status is status
    assert status is not None or reading.event_only
