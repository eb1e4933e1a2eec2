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
