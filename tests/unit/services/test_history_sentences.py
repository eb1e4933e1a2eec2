"""History events as sentences: labels for keys and codes, yuan for amounts, names for records; no
JSON, no stored keys, no ids."""

from __future__ import annotations

from kjcg_desktop.services.documents import history


def test_a_share_change_reads_as_a_sentence():
    event = {"entity": "achievement", "entity_id": 3, "action": "inventors", "operator": "张三",
             "old": '{"share": 50}', "new": '{"share": 40}'}
    assert history.event_sentence(event, lambda entity, i: "成果 KJCG-2024-00003") == \
        "张三 修改完成人（成果 KJCG-2024-00003）：将份额由 50% 改为 40%"


def test_codes_become_labels_and_storage_details_are_left_out():
    event = {"entity": "achievement", "entity_id": 1, "action": "update", "operator": "李四",
             "old": {"legal_status": "pending", "confidential": 0, "attachment_id": 6, "sha256": "ab" * 32},
             "new": {"legal_status": "granted", "confidential": 1, "attachment_id": 7, "stored_path": "e6/x.bin"}}
    sentence = history.event_sentence(event)
    assert "法律状态" in sentence and "涉密由 否 改为 是" in sentence
    assert not any(token in sentence for token in ("pending", "granted", "attachment", "sha256", "e6/", "{", "_"))


def test_a_value_only_in_the_old_state_is_context_not_a_deletion():
    event = {"entity": "achievement", "entity_id": 1, "action": "stage_override", "operator": "王五",
             "old": {"stage": "research", "stage_override": None}, "new": {"stage_override": "indistinguishable", "reason": "经费混用"}}
    sentence = history.event_sentence(event)
    assert "删除" not in sentence and "理由：经费混用" in sentence and "原阶段：研究阶段" in sentence
    assert "indistinguishable" not in sentence and "research" not in sentence
    voided = history.event_sentence({"entity": "application", "entity_id": 4, "action": "void", "operator": "王五",
                                     "old": {"number": "示范大学赋权协字〔2026〕001号"}, "new": {"reason": "签署有误"}},
                                    lambda entity, i: "申请 SQ-2026-0004")
    assert voided == "王五 作废（申请 SQ-2026-0004）：理由：签署有误；原编号：示范大学赋权协字〔2026〕001号"
    deleted = history.event_sentence({"entity": "deal", "entity_id": 2, "action": "delete", "operator": "",
                                      "old": {"counterparty": "甲公司"}, "new": None})
    assert "删除交易对方（原为 甲公司）" in deleted


def test_a_changed_number_scheme_reads_as_a_sentence():
    event = {"entity": "settings", "entity_id": None, "action": "update", "operator": "王五",
             "old": {"number_scheme.agreement": None}, "new": {"number_scheme.agreement": "{单位简称}协字〔{年}〕{序号:03}号"}}
    assert history.event_sentence(event) == "王五 修改（设置）：将赋权协议文号格式由 空 改为 {单位简称}协字〔{年}〕{序号:03}号"


def test_a_resolved_review_flag_reads_as_who_checked_what_with_the_note():
    event = {"entity": "achievement", "entity_id": 6, "action": "review_flag_resolved", "operator": "张三",
             "old": {"flag": 2, "field": "application_no", "reason": "申请号的校验位不符", "cell": "台账!D7", "original": "x"},
             "new": {"resolution": "已按受理通知书核对", "by": "张三"}}
    assert history.event_sentence(event) == "张三 核对了“申请号”的待核对标记（台账!D7）：已按受理通知书核对（原理由：申请号的校验位不符）"
    assert history.changes(event["old"], event["new"]).startswith("核对了“申请号”的待核对标记（台账!D7）：已按受理通知书核对")


def test_an_update_by_an_import_says_so_and_names_the_extra_columns_it_changed():
    """Week two: the office's new ledger changed a record's status and filled a new column 合同编号;
    its history says the import did it and what changed, the extra column by its header."""
    event = {"entity": "achievement", "entity_id": 11, "action": "import_update", "operator": "李老师",
             "old": {"legal_status": "pending", "extra": {"备注": "有意向企业"}, "import_source": '{"#": "ab"}'},
             "new": {"legal_status": "lapsed", "extra": {"备注": "有意向企业", "合同编号": "HT-0011"},
                     "import_source": '{"#": "cd"}'}}
    sentence = history.event_sentence(event, lambda entity, i: "成果 11")
    assert sentence == "李老师 导入更新（成果 11）：将法律状态由 审中 改为 失效；合同编号：HT-0011"
    undone = dict(event, action="import_undo", old=event["new"], new=event["old"])
    assert history.event_sentence(undone, lambda entity, i: "成果 11") == \
        "李老师 撤销导入（成果 11）：将法律状态由 失效 改为 审中；删除合同编号（原为 HT-0011）"
