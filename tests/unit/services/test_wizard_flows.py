"""Grant flows without the UI: disclosure → registration → ownership grant through the state
machine and its publicity; long-term use right and its extension."""

from datetime import date

import pytest

from kjcg_desktop import domain as d
from kjcg_desktop.forms_engine import load_forms
from kjcg_desktop.paths import forms_dir
from kjcg_desktop.services import wizard_flows as flows
from kjcg_desktop.storage import achievements as ach
from kjcg_desktop.storage import applications as apps
from kjcg_desktop.storage import batches
from kjcg_desktop.storage import publicities as pubs

pytestmark = pytest.mark.date_sensitive

TODAY = date(2025, 3, 3)


@pytest.fixture(scope="module")
def forms():
    return load_forms(forms_dir())


def disclose(db, forms, tmp_path):
    form = forms["disclosure"]
    app_id = flows.start_draft(db, form, today=TODAY)
    f = tmp_path / "任务书.pdf"
    f.write_bytes(b"%PDF-1.4 test")
    from kjcg_desktop.storage.attachments import add_attachment

    att = add_attachment(db, "application", app_id, f, kind="contract_task_book")
    row = db.get("attachments", att)
    values = {
        **apps.get_application(db, app_id)["form"],
        "name": "一种高强度铝合金的制备方法", "department": "材料学院", "summary": "简介", "rd_status": "中试",
        "market_prospects": "良好", "funding_source": "government", "project_name": "国家重点研发计划", "approval_date": "2023-05-10",
        "contract_task_book": [{"attachment_id": att, "filename": row["filename"], "stored_path": row["stored_path"]}],
        "inventors": [{"name": "王伟", "department": "材料学院", "share": "60", "is_representative": True},
                      {"name": "李娜", "department": "材料学院", "share": "40", "is_representative": False}],
    }
    flows.finish(db, form, app_id, values, today=TODAY)
    return app_id, apps.get_application(db, app_id)["achievement_id"]


def register(db, forms, achievement_id, ledger_no="KJCG-2025-00001"):
    form = forms["registration"]
    app_id = flows.start_draft(db, form, achievement_id=achievement_id, today=TODAY)
    values = {**apps.get_application(db, app_id)["form"], "review_result": "pass", "review_opinion": "同意登记",
              "ledger_no": ledger_no}
    flows.finish(db, form, app_id, values, today=TODAY)
    return app_id


def test_disclosure_and_registration(db, forms, tmp_path):
    disclosure_id, achievement_id = disclose(db, forms, tmp_path)
    row = ach.get_achievement(db, achievement_id)
    assert row["status"] == "disclosed" and row["disclosure_date"] == "2025-03-03"
    assert [i["share"] for i in ach.inventors_of(db, achievement_id)] == ["60", "40"]
    assert batches.get_project(db, row["project_id"])["approval_date"] == "2023-05-10"
    assert db.scalar("SELECT count(*) FROM attachments WHERE owner_type = 'achievement' AND owner_id = ?", (achievement_id,)) == 1
    assert apps.get_application(db, disclosure_id)["state"] == "submitted"
    summary = dict((label, (text, article)) for label, text, article in flows.registration_summary(db, achievement_id, {}))
    assert summary["研发起始点"][0].startswith("2023-05-10") and summary["研发起始点"][1] == "1-2 第八条(一)"
    assert summary["属性标记"][0] == "未授权成果"
    reg_id = register(db, forms, achievement_id)
    row = ach.get_achievement(db, achievement_id)
    assert row["status"] == "registered" and row["ledger_no"] == "KJCG-2025-00001"
    assert apps.get_application(db, disclosure_id)["state"] == "approved"
    assert apps.get_application(db, reg_id)["state"] == "approved"


def test_ownership_grant_through_publicity_to_effective(db, forms, tmp_path):
    _, achievement_id = disclose(db, forms, tmp_path)
    register(db, forms, achievement_id)
    batch = batches.create_batch(db, batches.next_batch_name(db), date(2025, 4, 30))
    assert batches.next_batch_name(db) == "第2批赋权"
    form = forms["ownership"]
    app_id = flows.start_draft(db, form, achievement_id=achievement_id, today=TODAY)
    values = apps.get_application(db, app_id)["form"]
    assert values["team_share"] == "80"  # setting default_team_share
    assert [p["name"] for p in values["team"]] == ["王伟", "李娜"]  # prefilled from the inventors
    values.update({"batch_id": str(batch), "internal_agreement": [{"filename": "约定.pdf"}], "national_interest": False,
                   "state_secret": False, "ethics": False, "conditions_unmet": False, "transformation_plan": "许可给企业",
                   **{k: "已约定" for k, _ in d.OWNERSHIP_AGREEMENT_TERMS}})
    flows.finish(db, form, app_id, values, today=TODAY)
    app = apps.get_application(db, app_id)
    assert (app["state"], app["grant_mode"], app["team_share"], app["batch_id"], app["applicant"]) == (
        "submitted", "partial", "80", batch, "王伟")
    state = lambda: apps.get_application(db, app_id)["state"]  # noqa: E731
    assert not next(a for a in flows.actions_for(app) if a.action == "start_publicity").enabled
    flows.perform(db, app_id, "approve", on=TODAY)
    with pytest.raises(d.DomainError, match="不少于15日"):
        flows.perform(db, app_id, "start_publicity", on=TODAY, days=10)
    flows.perform(db, app_id, "start_publicity", on=TODAY, days=15)
    assert state() == "in_publicity"
    pub = pubs.list_publicities(db)[0]
    assert pub["end_date"] == "2025-03-18"
    # 民法典第二百零三条: the last day (2025-03-18) ends at 24:00; closing waits for the next day
    for early in (date(2025, 3, 17), date(2025, 3, 18)):
        with pytest.raises(d.DomainError, match="公示期至 2025-03-18 24:00 届满，2025-03-19 起可办理"):
            pubs.close_publicity(db, pub["id"], early)
    assert state() == "in_publicity"
    pubs.close_publicity(db, pub["id"], date(2025, 3, 19))
    assert state() == "publicity_ended"
    flows.perform(db, app_id, "sign_agreement", on=date(2025, 3, 20))
    flows.perform(db, app_id, "make_effective", on=date(2025, 3, 21))
    assert state() == "effective"
    actions = [e["action"] for e in db.query("SELECT action FROM events WHERE entity = 'application' AND entity_id = ?", (app_id,))]
    assert actions[-6:] == ["submit", "approve", "start_publicity", "end_publicity", "sign_agreement", "make_effective"]


def test_use_right_and_extension(db, forms, tmp_path):
    _, achievement_id = disclose(db, forms, tmp_path)
    register(db, forms, achievement_id)
    batch = batches.create_batch(db, "第1批赋权", None)
    form = forms["use_right"]
    app_id = flows.start_draft(db, form, achievement_id=achievement_id, today=TODAY)
    values = apps.get_application(db, app_id)["form"]
    assert (values["term_years"], values["first_term_years"], values["start_date"]) == (10, 5, "2025-03-03")
    values.update({"batch_id": str(batch), "implementation_plan": "与企业共同实施", "implementation_mode": "joint",
                   "partner_units": "上海某公司", "team_income_share": "70", "income_split": "团队70%", "national_interest": False,
                   "state_secret": False, "ethics": False, "conditions_unmet": False})
    with pytest.raises(d.DomainError, match="不低于10年"):
        flows.finish(db, form, app_id, {**values, "term_years": 8}, today=TODAY)
    with pytest.raises(d.DomainError, match="首期协议期限（12年）不能长于使用权总期限（10年）"):
        flows.finish(db, form, app_id, {**values, "first_term_years": 12}, today=TODAY)
    flows.finish(db, form, app_id, values, today=TODAY)
    app = apps.get_application(db, app_id)
    # 方案二(二) "不低于10年": the granted end is start + 10 years; the first term (5 y) lies inside it
    assert (app["term_years"], app["start_date"], app["end_date"], app["term_end_date"]) == (
        10, "2025-03-03", "2035-03-03", "2030-03-03")
    for action in ("approve", "start_publicity"):
        flows.perform(db, app_id, action, on=TODAY)
    pubs.close_publicity(db, pubs.list_publicities(db)[0]["id"], date(2025, 3, 19))
    flows.perform(db, app_id, "sign_agreement", on=TODAY)
    flows.perform(db, app_id, "make_effective", on=TODAY)

    ext_form = forms["extension"]
    with pytest.raises(d.DomainError):
        flows.start_draft(db, ext_form, today=TODAY)
    ext_id = flows.start_draft(db, ext_form, parent_id=app_id, today=TODAY)
    values = apps.get_application(db, ext_id)["form"]
    assert values["current_end_date"] == "2035-03-03"
    values.update({"agreement_honoured": True, "progress_made": True, "income_good": True, "new_end_date": "2030-01-01",
                   "reason": "转化顺利"})
    with pytest.raises(d.DomainError, match="须晚于现有到期日"):
        flows.finish(db, ext_form, ext_id, values, today=TODAY)
    values["new_end_date"] = "2040-03-03"
    flows.finish(db, ext_form, ext_id, values, today=TODAY)
    for action in ("approve", "start_publicity"):
        flows.perform(db, ext_id, action, on=date(2029, 6, 1))
    pub = next(p for p in pubs.list_publicities(db) if p["application_id"] == ext_id)
    pubs.close_publicity(db, pub["id"], date(2029, 7, 1))
    flows.perform(db, ext_id, "sign_agreement", on=date(2029, 7, 2))
    flows.perform(db, ext_id, "make_effective", on=date(2029, 7, 2))
    assert apps.get_application(db, app_id)["end_date"] == "2040-03-03"


def test_registration_rejects_taken_ledger_number(db, forms, tmp_path):
    _, first = disclose(db, forms, tmp_path)
    register(db, forms, first)
    _, second = disclose(db, forms, tmp_path)
    with pytest.raises(d.DomainError, match="已被其他成果使用"):
        register(db, forms, second)
    assert ach.get_achievement(db, second)["status"] == "disclosed"


def test_batches_numbering_and_deadline(db, forms, tmp_path):
    batches.create_batch(db, "2025年第五批赋权", date(2025, 3, 1))
    assert batches.next_batch_name(db) == "第6批赋权"
    batches.create_batch(db, "第十二批赋权", None)
    assert batches.next_batch_name(db) == "第13批赋权"
    with pytest.raises(d.DomainError, match="已存在"):
        batches.create_batch(db, "第十二批赋权", None)
    assert [b["name"] for b in batches.open_batches(db, TODAY)] == ["第十二批赋权"]
    _, achievement_id = disclose(db, forms, tmp_path)
    register(db, forms, achievement_id)
    closed = batches.list_batches(db)[0]["id"]
    app_id = flows.start_draft(db, forms["use_right"], achievement_id=achievement_id, today=TODAY)
    values = {**apps.get_application(db, app_id)["form"], "batch_id": str(closed), "implementation_plan": "p",
              "team_income_share": "60", "income_split": "s", "national_interest": False, "state_secret": False,
              "ethics": False, "conditions_unmet": False}
    with pytest.raises(d.DomainError, match="已于2025-03-01截止受理"):
        flows.finish(db, forms["use_right"], app_id, values, today=TODAY)
    assert apps.get_application(db, app_id)["state"] == "draft"


def test_check_forms_command(tmp_path, capsys):
    from kjcg_desktop import cli

    assert cli.main(["--db", str(tmp_path / "x.sqlite3"), "check-forms"]) == 0
    assert "ownership.toml" in capsys.readouterr().out
    (tmp_path / "bad.toml").write_text('[form]\nid = "bad"\ntitle = "x"\nkind = "nope"\n', encoding="utf-8")
    assert cli.main(["--db", str(tmp_path / "x.sqlite3"), "check-forms", "--folder", str(tmp_path)]) == 1
    assert "bad.toml 第 4 行" in capsys.readouterr().err


def test_flows_leave_a_consistent_database(db, forms, tmp_path):
    from kjcg_desktop.services.integrity import check_database

    _, achievement_id = disclose(db, forms, tmp_path)
    register(db, forms, achievement_id)
    report = check_database(db)
    assert report.ok, report


def test_computed_rows_for_grant_pages(db):
    assert flows.ownership_split(db, 0, {"grant_mode": "partial", "team_share": "80"}) == [
        ("赋权后所有权", "团队 80%，单位 20%（共同所有）", "方案二(一)")]
    assert flows.ownership_split(db, 0, {"grant_mode": "full"})[0][1] == "团队 100%，单位 0%"
    rows = flows.use_right_dates(db, 0, {"start_date": "2025-03-03", "first_term_years": 5, "term_years": 10})
    assert [r[1] for r in rows] == ["2030-03-03", "2035-03-03"]


def test_registration_refused(db, forms, tmp_path):
    disclosure_id, achievement_id = disclose(db, forms, tmp_path)
    form = forms["registration"]
    app_id = flows.start_draft(db, form, achievement_id=achievement_id, today=TODAY)
    flows.finish(db, form, app_id, {**apps.get_application(db, app_id)["form"], "review_result": "reject",
                                    "review_opinion": "不属于职务科技成果"}, today=TODAY)
    assert ach.get_achievement(db, achievement_id)["status"] == "archived"
    assert apps.get_application(db, app_id)["state"] == "rejected"
    assert apps.get_application(db, disclosure_id)["state"] == "rejected"


def test_ending_a_publicity_through_the_service_uses_the_same_gate(db, forms, tmp_path):
    """民法典第二百零三条: an application's publicity ends from the day after its last day, whichever
    way it is ended."""
    _, achievement_id = disclose(db, forms, tmp_path)
    register(db, forms, achievement_id)
    app_id = apps.create_application(db, "ownership", achievement_id=achievement_id, grant_mode="full", team_share="100")
    apps.transition(db, app_id, "submit", on=TODAY)
    flows.perform(db, app_id, "approve", on=TODAY)
    flows.perform(db, app_id, "start_publicity", on=TODAY, days=15)  # last day 2025-03-18
    with pytest.raises(d.DomainError, match="公示期至 2025-03-18 24:00 届满，2025-03-19 起可办理"):
        flows.perform(db, app_id, "end_publicity", on=date(2025, 3, 18))
    flows.perform(db, app_id, "end_publicity", on=date(2025, 3, 19))
    assert apps.get_application(db, app_id)["state"] == "publicity_ended"


def test_removing_a_disclosed_achievement_with_its_application_archives_it(db, forms, tmp_path):
    from kjcg_desktop.services import achievements as service

    _, disclosed = disclose(db, forms, tmp_path)
    plan = service.removal_plan(db, disclosed)
    assert (plan.action, plan.status, plan.linked_records) == ("archive", "disclosed", 1)
    assert plan.name == "一种高强度铝合金的制备方法"
    assert service.remove_or_archive(db, disclosed) == "archived"
    assert ach.get_achievement(db, disclosed)["status"] == "archived"
    with pytest.raises(d.DomainError, match="已归档"):
        service.remove_or_archive(db, disclosed)
    draft = ach.create_achievement(db, {"name": "未关联的披露草稿", "type": "other", "status": "disclosed"}, [])
    assert service.removal_plan(db, draft).action == "delete"
    assert service.remove_or_archive(db, draft) == "deleted"
    assert ach.get_achievement(db, draft) is None
    with pytest.raises(d.DomainError, match="不存在"):
        service.removal_plan(db, draft)
