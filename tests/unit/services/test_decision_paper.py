"""The decision paper (审批决定): issued only once the decision is on the record, numbered in the year
of the decision, voided by the decision's reversal; the dossier's 决策记录 table."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from kjcg_desktop.services import decisions, documents
from kjcg_desktop.services.decisions import DecisionInput
from kjcg_desktop.storage import Settings, deals, diligence
from kjcg_desktop.storage import achievements as ach
from kjcg_desktop.storage import applications as apps
from kjcg_desktop.storage import document_numbers as numbers

# identifier-looking ASCII, as the all-kinds test reads it (tests/unit/services/test_documents_paper.py)
INTERNAL = re.compile(r"[A-Za-z]+_[A-Za-z_]+|\b[a-z_]+\s*=|\b[0-9a-f]{16,}\b|\b(?:approve|reject|ownership|submitted|approved)\b")
ALLOWED = re.compile(r"ZL[0-9X.]+|CN[0-9]+[AB]?")


def printed(pdf: bytes) -> str:
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


@pytest.fixture
def app_id(db):
    Settings(db).set_many({"unit_name": "上海示范大学", "unit_short_name": "示范大学", "tto_name": "上海示范大学技术转移中心"})
    aid = ach.create_achievement(db, {"name": "一种燃料电池催化剂", "type": "invention", "status": "registered",
                                      "patent_no": "ZL202310001234.5"},
                                 [{"name": "张三", "share": "60", "is_representative": True}, {"name": "李四", "share": "40"}])
    app = apps.create_application(db, "ownership", achievement_id=aid, grant_mode="partial", team_share="70", applicant="张三")
    apps.transition(db, app, "submit", on=date(2026, 11, 10))
    return app


def approve(db, app_id, tmp_path, *, body="校长办公会", on=date(2026, 11, 20)):
    minutes = tmp_path / "校长办公会会议纪要（2026年第12次）.pdf"
    minutes.write_bytes(b"%PDF-1.4 minutes")
    entry = DecisionInput("approve", on, body, "王校长", "同意赋权，团队持有70%", attachment=minutes if body.endswith("会") else None)
    return decisions.decide(db, "application", app_id, entry, today=date(2026, 12, 9))


def test_the_paper_prints_the_recorded_decision_with_its_number(db, app_id, tmp_path):
    approve(db, app_id, tmp_path)
    pdf, data = documents.generate(db, "decision", app_id, today=date(2026, 12, 9))
    text = printed(pdf)
    assert data.values["doc.number"] == "示范大学成果决字〔2026〕001号" and "示范大学成果决字〔2026〕001号" in text
    assert "关于同意“一种燃料电池催化剂”赋予科研人员职务科技成果所有权的决定" in text
    # who decided, when, the opinion, the article and the minutes by their title
    for part in ("2026年11月20日，校长办公会对该申请进行了审议（主持人：王校长），意见为：同意赋权，团队持有70%",
                 "《上海市科技成果转化创新改革试点实施方案》方案二(一)", "附件：校长办公会会议纪要（2026年第12次）",
                 "同意将该职务科技成果70%的所有权赋予成果完成人（团队），单位保留30%", "张三代表成果完成人（团队）于2026年11月10日提出的"):
        assert part in text, part
    assert "上海示范大学2026年11月20日" in text  # the 落款 is dated the day of the decision
    assert data.issued_on == date(2026, 11, 20)
    assert not INTERNAL.findall(ALLOWED.sub("", text))
    assert not re.search(r"20\d\d-\d\d-\d\d", text)
    # a reprint keeps its number
    _, again = documents.generate(db, "decision", app_id, today=date(2026, 12, 9))
    assert again.values["doc.number"] == data.values["doc.number"]


def test_refused_before_the_decision_naming_the_step_and_a_draft_has_no_number(db, app_id):
    with pytest.raises(documents.DocumentError, match="须先作出审批决定（审批通过或驳回），并登记决定日期、决定机构和决定人"):
        documents.generate(db, "decision", app_id, today=date(2026, 12, 9))
    pdf, data = documents.generate(db, "decision", app_id, today=date(2026, 12, 9), draft=True)
    assert data.draft and data.values["doc.number"] == ""
    assert "草稿" in printed(pdf) and "＿＿＿＿年＿＿月＿＿日" in printed(pdf)
    assert numbers.listing(db, "decision") == []
    # an approval recorded before decisions were kept (no body, no person) gets no paper either
    apps.transition(db, app_id, "approve", on=date(2026, 11, 20))
    assert "没有登记决定机构和决定人" in documents.missing_step(db, "decision", app_id)


def test_a_reversal_voids_the_papers_number_and_a_new_decision_gets_the_next(db, app_id, tmp_path):
    approve(db, app_id, tmp_path, body="分管校领导")
    _, first = documents.generate(db, "decision", app_id, today=date(2026, 12, 9))
    said = decisions.reverse(db, "application", app_id, "决定机构有误，应由校长办公会审议", today=date(2026, 12, 9))
    assert f"作废文号 {first.values['doc.number']}" in said
    (row,) = numbers.listing(db, "decision")
    assert row["state"] == "void" and "决定机构有误" in row["void_reason"]
    assert "须先作出审批决定" in documents.missing_step(db, "decision", app_id)
    approve(db, app_id, tmp_path, on=date(2026, 12, 1))
    _, second = documents.generate(db, "decision", app_id, today=date(2026, 12, 9))
    assert second.values["doc.number"] == "示范大学成果决字〔2026〕002号"  # the voided one is never given again


def test_a_rejection_prints_as_not_agreed_and_its_reversal_voids_it(db, app_id):
    entry = DecisionInput("reject", date(2026, 11, 21), "分管校领导", "赵副校长", "团队内部分配比例未约定")
    decisions.decide(db, "application", app_id, entry, today=date(2026, 12, 9))
    pdf, data = documents.generate(db, "decision", app_id, today=date(2026, 12, 9))
    text = printed(pdf)
    assert "关于不同意“一种燃料电池催化剂”赋予科研人员职务科技成果所有权的决定" in text
    assert "分管校领导（赵副校长）对该申请进行了审批，意见为：团队内部分配比例未约定" in text and "一、不同意将" in text
    decisions.reverse(db, "application", app_id, "误点驳回", today=date(2026, 12, 9))
    assert numbers.issued(db, "decision", "application", app_id) is None


def test_a_deals_approval_has_its_paper_under_the_deal(db, tmp_path):
    Settings(db).set_many({"unit_name": "上海示范大学", "unit_short_name": "示范大学", "tto_name": "上海示范大学技术转移中心"})
    aid = ach.create_achievement(db, {"name": "一种传感器", "type": "other", "status": "registered"}, [{"name": "王五"}])
    deal_id = deals.create_deal(db, aid, {"kind": "licence", "licence_type": "non_exclusive", "counterparty": "上海某科技有限公司", "counterparty_state_owned": True, "pricing_method": "listing",
                                          "amount_fen": 50_000_000, "territory": "中国大陆", "term_years": 5})
    diligence.add_record(db, "deal", deal_id, "pricing_evidence", date(2026, 11, 30), description="挂牌交易凭证")
    with pytest.raises(documents.DocumentError, match="交易的审批决定尚未登记"):
        documents.generate(db, "decision", deal_id, of="deal", today=date(2026, 12, 9))
    decisions.decide(db, "deal", deal_id, DecisionInput("approve", date(2026, 12, 1), "科研管理部门", "孙处长", "同意"),
                     today=date(2026, 12, 9))
    pdf, data = documents.generate(db, "decision", deal_id, of="deal", today=date(2026, 12, 9))
    text = printed(pdf)
    assert "关于同意许可实施“一种传感器”的决定" in text and "许可上海某科技有限公司实施该职务科技成果" in text
    assert "许可地域为中国大陆，期限5年" in text and "科研管理部门（孙处长）" in text
    assert numbers.issued(db, "decision", "deal", deal_id)["number"] == data.values["doc.number"]
    decisions.reverse(db, "deal", deal_id, "金额有误", today=date(2026, 12, 9))
    assert numbers.issued(db, "decision", "deal", deal_id) is None


def test_the_dossier_lists_each_decision_and_each_reversal_with_its_reason(db, app_id, tmp_path):
    approve(db, app_id, tmp_path, body="分管校领导")
    decisions.reverse(db, "application", app_id, "决定机构有误", today=date(2026, 12, 9))
    approve(db, app_id, tmp_path, on=date(2026, 12, 2))
    achievement = apps.get_application(db, app_id)["achievement_id"]
    data = documents.build_data(db, "dossier", achievement, today=date(2026, 12, 9))
    table = data.tables["decisions"]
    assert table.headers == ["日期", "记录", "决定事项", "决定机构", "决定人", "意见／撤销理由", "附件"]
    number = apps.get_application(db, app_id)["number"]
    assert table.rows == [
        ["2026年11月20日", number, "审批通过（已撤销）", "分管校领导", "王校长", "同意赋权，团队持有70%", ""],
        ["2026年12月2日", number, "审批通过", "校长办公会", "王校长", "同意赋权，团队持有70%", "校长办公会会议纪要（2026年第12次）"],
        ["2026年12月9日", number, "撤销2026年11月20日「审批通过」", "", "", "理由：决定机构有误", ""],
    ]
    checklist = {row[0]: row[2] for row in data.tables["checklist"].rows}
    assert any("决定 2 项（撤销 1 项）" in v for v in checklist.values())
    pdf, _ = documents.generate(db, "dossier", achievement, today=date(2026, 12, 9))
    assert "四、决策记录" in printed(pdf) and "理由：决定机构有误" in printed(pdf)


def test_a_long_decision_stays_on_one_page_with_its_seal(db, tmp_path):
    """A three-line title and a long team: the lines are drawn closer (GB/T 9704-2012 7.3.5.1) rather
    than the 落款 going alone to a second page."""
    Settings(db).set_many({"unit_name": "上海示范大学", "unit_short_name": "示范大学", "tto_name": "上海示范大学技术转移中心"})
    team = [{"name": n, "share": "12.5"} for n in ("贺静瑞", "唐涵", "谢涵桂", "金杰嘉", "钟鸣", "欧阳明远", "司马青云", "上官慧")]
    aid = ach.create_achievement(db, {"name": "面向多模态语音识别的专用集成电路布图设计及其低功耗控制方法", "type": "invention",
                                      "status": "registered", "patent_no": "ZL202310001234.5"}, team)
    app = apps.create_application(db, "ownership", achievement_id=aid, grant_mode="partial", team_share="80", applicant="贺静瑞")
    apps.transition(db, app, "submit", on=date(2026, 11, 10))
    approve(db, app, tmp_path)
    pdf, _ = documents.generate(db, "decision", app, today=date(2026, 12, 9))
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) == 1 and "上海示范大学2026年11月20日" in printed(pdf)
