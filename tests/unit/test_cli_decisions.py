"""``kjcg-desktop decide`` and ``reverse``: the dialogs' decisions with the same checks, in Chinese."""

from __future__ import annotations

from datetime import date

import pytest

from kjcg_desktop.cli import main
from kjcg_desktop.storage import achievements as ach
from kjcg_desktop.storage import applications as apps
from kjcg_desktop.storage import deals, diligence
from kjcg_desktop.storage import decisions as repo


@pytest.fixture
def number(db):
    aid = ach.create_achievement(db, {"name": "燃料电池催化剂", "type": "other", "status": "registered"}, [])
    app_id = apps.create_application(db, "ownership", achievement_id=aid, grant_mode="full", team_share="100")
    apps.transition(db, app_id, "submit", on=date(2026, 11, 10))
    return apps.get_application(db, app_id)["number"]


def cli(db_path, *args):
    return main(["--db", str(db_path), *args])


def test_decide_records_the_decision_and_reverse_undoes_it(db, db_path, number, capsys):
    code = cli(db_path, "decide", number, "approve", "--date", "2026-11-18", "--body", "技术转移中心", "--by", "王主任",
               "--opinion", "同意")
    assert code == 0
    assert f"{number}：已记录「审批通过」（2026-11-18，技术转移中心，王主任）" in capsys.readouterr().out
    app_id = repo.decisions_of(db, "application", 1)[0]["owner_id"]
    assert apps.get_application(db, app_id)["state"] == "approved"
    assert cli(db_path, "reverse", number, "--reason", "审批机构有误") == 0
    out = capsys.readouterr().out
    assert "已撤销「审批通过」（理由：审批机构有误）" in out and "状态恢复为「已提交」" in out
    assert apps.get_application(db, app_id)["state"] == "submitted"


def test_decide_refuses_with_the_same_checks(db_path, number, capsys):
    assert cli(db_path, "decide", number, "approve", "--date", "2026-12-10", "--body", "技术转移中心", "--by", "王主任") == 1
    assert "晚于今天（2026-12-09）" in capsys.readouterr().err
    assert cli(db_path, "decide", number, "approve", "--date", "2026-11-01", "--body", "技术转移中心", "--by", "王主任") == 1
    assert "早于上一步「提交申请」的日期 2026-11-10" in capsys.readouterr().err
    assert cli(db_path, "decide", number, "approve", "--body", "校长办公会", "--by", "李校长") == 1
    assert "校长办公会作出的「审批通过」决定须附会议纪要" in capsys.readouterr().err
    assert cli(db_path, "decide", number, "approve", "--body", "技术转移中心", "--by", " ") == 1
    assert "决定人" in capsys.readouterr().err
    assert cli(db_path, "decide", number, "sign", "--body", "技术转移中心", "--by", "王主任") == 1
    assert "当前状态「已提交」不能签署协议" in capsys.readouterr().err
    assert cli(db_path, "reverse", number, "--reason", "误操作") == 1
    assert "没有可撤销的决定" in capsys.readouterr().err
    assert cli(db_path, "decide", "SQ-2026-0099", "approve", "--body", "技术转移中心", "--by", "王主任") == 1
    assert "找不到申请 SQ-2026-0099" in capsys.readouterr().err


def test_decide_with_minutes_stores_the_file(db, db_path, number, capsys, tmp_path):
    minutes = tmp_path / "纪要.pdf"
    minutes.write_bytes(b"%PDF minutes")
    assert cli(db_path, "decide", number, "approve", "--body", "校长办公会", "--by", "李校长", "--minutes", str(minutes)) == 0
    (row,) = repo.decisions_of(db, "application", 1)
    assert (row["date"], row["body"], row["attachment_name"]) == ("2026-12-09", "校长办公会", "纪要.pdf")
    assert cli(db_path, "decide", number, "start-publicity", "--body", "技术转移中心", "--by", "王主任", "--days", "10") == 1
    assert "不少于15日" in capsys.readouterr().err


def test_a_deal_is_approved_signed_and_the_signature_reversed(db, db_path, capsys, tmp_path):
    aid = ach.create_achievement(db, {"name": "一种传感器", "type": "other", "status": "registered"}, [])
    deal_id = deals.create_deal(db, aid, {"kind": "assignment", "counterparty": "上海某国有全资公司",
                                          "counterparty_state_owned": True, "pricing_method": "listing",
                                          "amount_fen": 300_000_000})
    number = deals.get_deal(db, deal_id)["number"]
    diligence.add_record(db, "deal", deal_id, "pricing_evidence", date(2026, 11, 30), description="挂牌交易凭证")
    # 3 million yuan: the approval table names 分管副校长 with minutes
    assert cli(db_path, "decide", number, "approve", "--date", "2026-12-01", "--body", "分管副校长", "--by", "赵副校长") == 1
    assert "须附会议纪要" in capsys.readouterr().err
    minutes = tmp_path / "纪要.pdf"
    minutes.write_bytes(b"%PDF minutes")
    assert cli(db_path, "decide", number, "approve", "--date", "2026-12-01", "--body", "分管副校长", "--by", "赵副校长",
               "--minutes", str(minutes)) == 0
    contract = tmp_path / "合同.pdf"
    contract.write_bytes(b"%PDF contract")
    assert cli(db_path, "decide", number, "sign", "--date", "2026-12-02", "--body", "分管副校长", "--by", "赵副校长",
               "--minutes", str(contract), "--contract-no", "HT-2026-7") == 0
    assert deals.get_deal(db, deal_id)["state"] == "signed"
    capsys.readouterr()
    assert cli(db_path, "reverse", number, "--reason", "合同文本有误") == 0
    assert "状态恢复为「登记」" in capsys.readouterr().out
    deal = deals.get_deal(db, deal_id)
    assert (deal["state"], deal["contract_date"], deal["contract_no"]) == ("draft", None, None)
    # the approval stands again as the latest decision, reversible until signing
    assert cli(db_path, "reverse", number, "--reason", "纪要有误") == 0
    assert "撤回审批决定（尽职证据）" in capsys.readouterr().out


def _in_publicity(db, db_path, number):
    assert cli(db_path, "decide", number, "approve", "--date", "2026-11-18", "--body", "技术转移中心", "--by", "王主任") == 0
    assert cli(db_path, "decide", number, "start-publicity", "--date", "2026-11-20", "--body", "技术转移中心", "--by", "王主任",
               "--days", "15") == 0
    from kjcg_desktop.storage import publicities as pubs

    pub_id = db.scalar("SELECT id FROM publicities ORDER BY id DESC LIMIT 1")
    return pubs, pub_id


def test_decide_objection_records_the_outcome_with_the_dialogs_checks(db, db_path, number, capsys):
    pubs, pub_id = _in_publicity(db, db_path, number)
    assert cli(db_path, "decide", number, "decide-objection", "--body", "技术转移中心", "--by", "王主任",
               "--outcome", "dismissed", "--opinion", "不成立") == 1
    assert "本记录的公示中没有待处理的异议" in capsys.readouterr().err
    first = pubs.add_objection(db, pub_id, "赵六", date(2026, 11, 25), "本人也参与了研发，完成人名单遗漏")
    # the outcome is said, and the result written as the opinion
    assert cli(db_path, "decide", number, "decide-objection", "--body", "技术转移中心", "--by", "王主任", "--opinion", "x") == 1
    assert "--outcome" in capsys.readouterr().err
    assert cli(db_path, "decide", number, "decide-objection", "--body", "技术转移中心", "--by", "王主任",
               "--outcome", "dismissed") == 1
    assert "请填写异议的处理结果" in capsys.readouterr().err
    assert cli(db_path, "decide", number, "decide-objection", "--date", "2026-11-24", "--body", "技术转移中心", "--by", "王主任",
               "--outcome", "dismissed", "--opinion", "经核实不成立") == 1
    assert "早于异议提出日期 2026-11-25" in capsys.readouterr().err
    assert cli(db_path, "decide", number, "decide-objection", "--date", "2026-12-01", "--body", "校长办公会", "--by", "李校长",
               "--outcome", "dismissed", "--opinion", "经核实不成立") == 1
    assert "须附会议纪要" in capsys.readouterr().err
    second = pubs.add_objection(db, pub_id, "钱七", date(2026, 11, 26), "份额有误")
    assert cli(db_path, "decide", number, "decide-objection", "--date", "2026-12-01", "--body", "技术转移中心", "--by", "王主任",
               "--outcome", "dismissed", "--opinion", "经核实不成立") == 1
    assert f"本记录有 2 条待处理的异议，请用 --objection 指定其编号（{first}：赵六" in capsys.readouterr().err
    assert cli(db_path, "decide", number, "decide-objection", "--date", "2026-12-01", "--body", "技术转移中心", "--by", "王主任",
               "--outcome", "成立", "--opinion", "经核实成立，补列赵六为完成人", "--objection", str(first)) == 0
    assert "已记录「处理异议」（2026-12-01，技术转移中心，王主任）" in capsys.readouterr().out
    row = db.get("objections", first)
    assert (row["outcome"], bool(row["upheld"]), row["resolved_on"]) == ("经核实成立，补列赵六为完成人", True, "2026-12-01")
    assert db.get("objections", second)["outcome"] is None
    assert cli(db_path, "decide", number, "decide-objection", "--date", "2026-12-02", "--body", "技术转移中心", "--by", "王主任",
               "--outcome", "dismissed", "--opinion", "份额无误") == 0  # the one still pending
    assert db.get("objections", second)["upheld"] == 0
    assert cli(db_path, "decide", number, "decide-objection", "--body", "技术转移中心", "--by", "王主任",
               "--outcome", "dismissed", "--opinion", "x", "--objection", "999") == 1
    assert "异议 999 不是本记录公示中的异议" in capsys.readouterr().err
    assert cli(db_path, "decide", number, "approve", "--body", "技术转移中心", "--by", "王主任", "--outcome", "upheld") == 1
    assert "只用于 decide-objection" in capsys.readouterr().err


def test_doc_decision_by_number_refused_before_the_decision_and_voided_by_the_reversal(db, db_path, number, capsys, tmp_path):
    from kjcg_desktop.storage import document_numbers as numbers

    out = tmp_path / "决定.pdf"
    assert cli(db_path, "doc", "decision", number, "--out", str(out)) == 1
    assert "须先作出审批决定" in capsys.readouterr().err and not out.exists()
    assert cli(db_path, "doc", "decision", number, "--out", str(out), "--draft") == 0
    assert "草稿，未编号" in capsys.readouterr().out
    assert cli(db_path, "decide", number, "approve", "--date", "2026-11-18", "--body", "技术转移中心", "--by", "王主任",
               "--opinion", "同意") == 0
    assert cli(db_path, "doc", "decision", number, "--out", str(out)) == 0
    assert "审批决定（申请 " in capsys.readouterr().out
    (issued,) = numbers.listing(db, "decision")
    assert issued["issued_on"] == "2026-11-18" and issued["number"] == "成果决字〔2026〕001号"
    assert cli(db_path, "reverse", number, "--reason", "审批机构有误") == 0
    assert f"作废文号 {issued['number']}" in capsys.readouterr().out
    assert cli(db_path, "doc-numbers", "--kind", "decision") == 0
    assert "作废（撤销「审批通过」：审批机构有误）" in capsys.readouterr().out
