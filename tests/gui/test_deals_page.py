"""The deals page: a licence deal walked from the dialog to a paid income distribution, the
dialog built from forms/deal.toml, and the automatic abandonment timer (clock injected)."""

import tomllib
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QPlainTextEdit

from kjcg_desktop.storage import abandonment as ab
from kjcg_desktop.storage import achievements as achs
from kjcg_desktop.storage import deals, diligence
from kjcg_desktop.storage import decisions as dec_repo
from kjcg_desktop.ui.deal_dialog import DealDialog, set_combo
from kjcg_desktop.ui.deals_page import DealsPage, schedule_abandonment_checks
from kjcg_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.date_sensitive

LEFT = Qt.MouseButton.LeftButton
INVENTORS = [{"name": "张三", "share": "33.33"}, {"name": "李四", "share": "33.33"}, {"name": "王五", "share": "33.34"}]


def _ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)


def test_licence_deal_from_dialog_to_income_distribution(qtbot, db, typist, monkeypatch, decision_filler, tmp_path):
    aid = achs.create_achievement(db, {"name": "一种高强度铝合金的制备方法", "type": "invention", "legal_status": "granted"},
                                  INVENTORS)
    achs.create_achievement(db, {"name": "另一项成果", "type": "software"})
    now = [date(2025, 6, 2)]
    page = DealsPage(db, today=lambda: now[0])
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    steps = []

    def run(dialog):
        dialog.show()
        steps.pop(0)(dialog)
        return dialog.result()

    page.run_dialog = run

    def fill_deal(dlg):
        typist(dlg.achievement_search, "铝合金")
        combo = dlg.fields["achievement_id"].combo
        assert combo.count() == 2 and combo.currentData() == str(aid)  # "请选择" and the one match, chosen
        set_combo(dlg.fields["kind"].combo, "licence")
        assert not dlg.page_list.item(1).isHidden()  # the terms page applies to a licence
        dlg.go(1)
        set_combo(dlg.fields["licence_type"].combo, "exclusive")
        typist(dlg.fields["territory"].edit, "中国大陆")
        typist(dlg.fields["field_of_use"].edit, "汽车轻量化")
        qtbot.keyClicks(dlg.fields["term_years"].edit, "5")
        dlg.go(2)
        typist(dlg.fields["counterparty"].edit, "上海某某科技有限公司")
        dlg.go(3)
        qtbot.keyClicks(dlg.fields["amount_fen"].edit, "100000.01")
        computed = " ".join(w.text() for w in dlg.sections[3].computed_box.findChildren(QLabel))
        assert "科研管理部门" in computed and "协议定价须公示" in computed
        assert dlg.values()["contract_date"] is None  # not signed yet
        # saving without the valuation decision: the rule's message with its article, under its field on its page
        qtbot.mouseClick(dlg.save_button, LEFT)
        assert "方案二(三)" in dlg.error.text() and dlg.stack.currentIndex() == 2
        assert "方案二(三)" in dlg.sections[2].errors["valuation_decision"].text()
        set_combo(dlg.fields["valuation_decision"].combo, "no")
        assert "方案二(三)" in dlg.sections[2].errors["valuation_reason"].text()  # the reason is still missing
        typist(dlg.fields["valuation_reason"].edit, "金额较小，经领导小组研究决定不评估")
        assert not dlg.sections[2].errors["valuation_reason"].isVisibleTo(dlg)
        dlg.go(6)
        typist(dlg.fields["declarant"].edit, "技术转移中心李老师")
        for key, widget in dlg.fields.items():
            if key.startswith("declare_"):
                qtbot.mouseClick(widget.yes, LEFT)
        qtbot.mouseClick(dlg.save_button, LEFT)

    steps.append(fill_deal)
    deal_id = page.new_deal()
    assert deal_id is not None and page.deal_id == deal_id
    assert page.model.rowCount() == 1 and "许可" in page.title.text()
    deal = deals.get_deal(db, deal_id)
    assert (deal["licence_type"], deal["territory"], deal["term_years"], deal["amount_fen"]) == ("exclusive", "中国大陆", 5, 10_000_001)
    assert deal["contract_date"] is None and deal["state"] == "draft"
    assert page.evidence_items()["declaration_no_gifts"] is True

    # completing a negotiated-price deal without a finished price publicity is refused with the article;
    # the confirmation stays open with the message
    refused = []
    steps.append(lambda dlg: refused.append(dlg) or decision_filler(dlg, person="李老师"))
    assert page.complete_deal() is False
    assert "1-1 第六条(四)" in refused[-1].error.text() and "审批决定" in refused[-1].error.text()
    assert page.tabs.currentIndex() == 2

    def price_publicity(dlg):
        assert dlg.kind.currentData() == "price"
        dlg.start.setDate(QDate(2025, 6, 2))
        assert dlg.end.text().startswith("2025-06-17")
        _ok(qtbot, dlg)

    steps.append(price_publicity)
    assert page.start_publicity("price")
    def decision(dlg):
        assert dlg.body.currentText() == "科研管理部门"  # the approver from the unit's approval table
        assert dlg.paper_label.text() == "附件（可选）"  # below the minutes threshold
        decision_filler(dlg, person="周处长", opinion="同意按协议定价许可")

    steps.append(decision)
    assert page.add_record("decision")
    now[0] = date(2025, 6, 25)
    page.show_deal(deal_id)
    assert page.evidence_items()["price_publicity"] is True

    contract = tmp_path / "许可合同（已签署）.pdf"
    contract.write_bytes(b"%PDF-1.4 contract")

    def sign(dlg):
        typist(dlg.findChild(QLineEdit, "contract_no"), "HT2025-018")
        decision_filler(dlg, person="周处长", on=date(2025, 6, 20), paper=contract)

    steps.append(sign)
    assert page.sign_deal() is True
    assert not page.sign_button.isEnabled() and "已签约" in page.title.text()
    signed = deals.get_deal(db, deal_id)
    assert (signed["contract_date"], signed["contract_no"]) == ("2025-06-20", "HT2025-018")
    steps.append(lambda dlg: decision_filler(dlg, person="周处长"))
    assert page.complete_deal() is True
    assert db.scalar("SELECT transfer_status FROM achievements WHERE id = ?", (aid,)) == "transferred"
    assert not page.complete_button.isEnabled()

    # income: the receipt dialog previews the exact split, the page shows the distribution sheet
    def receipt(dlg):
        qtbot.keyClicks(dlg.amount.edit, "100000.01")
        assert "合计 100,000.01 元" in dlg.total.text()
        for row in range(1, 4):  # the inventors' agreed shares of the team's 70 %
            assert dlg.table.item(row, 0).text() in {"张三", "李四", "王五"}
        _ok(qtbot, dlg)

    steps.append(receipt)
    receipt_id = page.add_receipt()
    sheet = deals.distribution_sheet(db, receipt_id)
    assert sum(r["amount_fen"] for r in sheet) == 10_000_001 and len(sheet) == 4
    assert page.tabs.currentIndex() == 1 and page.sheet.row_count() == 5
    assert page.sheet.text(4, 2) == "100,000.01"
    assert page.totals.text(0, 3) == "100,000.01"

    # the payout waits for the income-distribution / cash-reward publicity
    steps.append(lambda dlg: refused.append(dlg) or decision_filler(dlg, person="周处长"))
    assert page.pay_distribution() is False and "收益分配及现金奖励公示" in refused[-1].error.text()
    steps.append(lambda dlg: _ok(qtbot, dlg))
    assert page.start_publicity("reward")
    now[0] = date(2025, 7, 15)
    page.show_deal(deal_id)
    page.tabs.setCurrentIndex(1)
    steps.append(lambda dlg: decision_filler(dlg, person="周处长", opinion="按公示的分配方案发放"))
    assert page.pay_distribution() is True
    assert {r["paid_date"] for r in deals.distribution_sheet(db, receipt_id)} == {"2025-07-15"}
    items = page.evidence_items()
    assert items["reward_publicity"] and items["decision"] and items["valuation"] and items["price_publicity"]
    assert not steps


def test_filters_by_kind_year_and_counterparty(qtbot, db, typist):
    aid = achs.create_achievement(db, {"name": "成果甲", "type": "invention"}, INVENTORS)
    for kind, who, on in (("licence", "甲科技有限公司", date(2024, 5, 1)), ("assignment", "乙医疗有限公司", date(2025, 5, 1))):
        deals.create_deal(db, aid, {"kind": kind, "licence_type": "sole", "counterparty": who, "counterparty_state_owned": True,
                                    "pricing_method": "listing", "amount_fen": 100_00, "contract_date": on})
    page = DealsPage(db)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 2 and page.totals.row_count() == 0  # drafts: no signed contract to total
    db.execute("UPDATE deals SET state = 'signed'")
    page.refresh()
    assert page.model.rowCount() == 2 and page.totals.row_count() == 2
    set_combo(page.kind_filter, "licence")
    assert page.model.rowCount() == 1 and page.model.text(0, 3) == "甲科技有限公司"
    set_combo(page.kind_filter, None)
    set_combo(page.year_filter, 2025)
    assert page.model.rowCount() == 1 and page.model.text(0, 1) == "转让"
    set_combo(page.year_filter, None)
    typist(page.counterparty_filter, "医疗")
    assert page.model.rowCount() == 1 and page.totals.row_count() == 1


def test_dialog_is_built_from_the_deal_form_definition(qtbot, db):
    form = tomllib.loads((Path(__file__).parents[2] / "forms" / "deal.toml").read_text(encoding="utf-8"))
    dlg = DealDialog(db)
    qtbot.addWidget(dlg)
    assert [s.page.id for s in dlg.sections] == [p["id"] for p in form["pages"]]
    assert [dlg.page_list.item(i).text() for i in range(dlg.page_list.count())] == [p["title"] for p in form["pages"]]
    assert set(dlg.fields) == {f["key"] for p in form["pages"] for f in p["fields"]}
    # show_if from the definition: an assignment has no licence/investment terms page and asks about ownership
    set_combo(dlg.fields["kind"].combo, "assignment")
    assert dlg.page_list.item(1).isHidden()
    dlg.go(0)
    assert dlg.sections[0].rows["ends_ownership"][0].isVisibleTo(dlg)
    dlg.step(1)
    assert dlg.stack.currentIndex() == 2
    abandonment = tomllib.loads((Path(__file__).parents[2] / "forms" / "abandonment.toml").read_text(encoding="utf-8"))
    assert abandonment["form"]["article"] == "1-2 第十一条"


def test_abandonment_applied_at_start_up_and_by_the_daily_timer(qtbot, db):
    first = achs.create_achievement(db, {"name": "入账成果", "type": "invention", "is_intangible_asset": 1, "asset_value_fen": 500})
    second = achs.create_achievement(db, {"name": "后放弃成果", "type": "invention"})
    for aid, start in ((first, date(2025, 3, 3)), (second, date(2025, 3, 10))):
        ab.request_abandonment(db, aid, requested_by="张三", reason="stop_maintenance", on=start, publicity_start=start,
                               notice_on=start, notice_to="全体完成人")
    now = [date(2025, 3, 19)]  # the first publicity's last day is 2025-03-18 (民法典第二百零三条: until 24:00)
    win = MainWindow(db)
    qtbot.addWidget(win)
    timer = schedule_abandonment_checks(win, db, today=lambda: now[0])
    assert timer.isActive() and timer.parent() is win
    status = "SELECT status FROM achievements WHERE id = ?"
    assert db.scalar(status, (first,)) == "abandoned" and db.scalar(status, (second,)) == "registered"
    assert db.scalar("SELECT kind FROM finance_queue WHERE achievement_id = ?", (first,)) == "write_off"
    now[0] = date(2025, 3, 26)
    timer.timeout.emit()
    assert db.scalar(status, (second,)) == "abandoned"
    assert db.scalar("SELECT count(*) FROM events WHERE entity = 'achievement' AND action = 'abandoned'") == 2
    assert isinstance(win.show_section("deals"), DealsPage)


def test_rectification_and_agency_tabs(qtbot, db, typist, monkeypatch):
    page = DealsPage(db, today=lambda: date(2025, 5, 1))
    qtbot.addWidget(page)
    page.refresh()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    steps = []

    def run(dialog):
        dialog.show()
        steps.pop(0)(dialog)
        return dialog.result()

    page.run_dialog = run

    def rectification(dlg):
        _ok(qtbot, dlg)  # empty company: stays open with the article
        assert "方案二(六)" in dlg.error.text() and dlg.result() == 0
        typist(dlg.company, "某某智能科技有限公司")
        typist(dlg.founders, "张三")
        _ok(qtbot, dlg)

    steps.append(rectification)
    page.rectifications.add()
    assert page.rectifications.table.row_count() == 1
    page.rectifications.table.selectRow(0)

    def finish(dlg):
        typist(dlg.findChild(QPlainTextEdit), "补办赋权并签订许可协议")
        dlg.accept()

    steps.append(finish)
    page.rectifications.complete()
    assert page.rectifications.table.text(0, 4) == "已整改"
    assert page.rectifications.table.text(0, 5) == "2025-05-01"

    def agency(dlg):
        typist(dlg.agency, "某技术转移服务公司")
        typist(dlg.services, "转化价值评估")
        _ok(qtbot, dlg)
        assert "服务费用或服务换股权" in dlg.error.text()
        qtbot.keyClicks(dlg.fee.edit, "50000")
        _ok(qtbot, dlg)

    steps.append(agency)
    page.agencies.add()
    assert page.agencies.table.text(0, 2) == "50,000.00"
    assert not steps and not warnings


def test_abandonment_request_dialog_and_due_check(qtbot, db, typist, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from kjcg_desktop.ui.abandonment_panel import AbandonmentDialog

    form = tomllib.loads((Path(__file__).parents[2] / "forms" / "abandonment.toml").read_text(encoding="utf-8"))
    aid = achs.create_achievement(db, {"name": "一种污水深度处理装置", "type": "utility_model", "legal_status": "granted",
                                       "is_intangible_asset": 1, "asset_value_fen": 8_000_00})
    now = [date(2025, 3, 3)]
    page = DealsPage(db, today=lambda: now[0])
    qtbot.addWidget(page)
    page.refresh()
    infos: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: infos.append(text))

    def fill(dlg: AbandonmentDialog):
        assert set(dlg.fields) == {f["key"] for p in form["pages"] for f in p["fields"]}
        assert [b.title() for b in dlg.boxes] == [p["title"] for p in form["pages"]]
        typist(dlg.achievement_search, "污水")
        assert dlg.fields["achievement_id"].combo.currentData() == str(aid)
        _ok(qtbot, dlg)  # no applicant yet: the rule's message under the field, dialog stays open
        assert "1-2 第十一条" in dlg.error.text() and dlg.result() == 0
        assert "1-2 第十一条" in dlg.sections[0].errors["requested_by"].text()
        typist(dlg.fields["requested_by"].edit, "张三（完成人代表）")
        assert not dlg.sections[0].errors["requested_by"].isVisibleTo(dlg)
        assert dlg.fields["notice_to"].edit.text() == "全体完成人"  # the definition's default
        _ok(qtbot, dlg)  # no decision-maker yet (required by the definition)
        assert "审核决定人" in dlg.sections[1].errors["decided_by"].text() and dlg.result() == 0
        typist(dlg.fields["decided_by"].edit, "校长办公会")
        typist(dlg.fields["decision_person"].edit, "李校长")
        typist(dlg.fields["decision_opinion"].edit, "同意放弃维持")
        letter = tmp_path / "放弃申请书.pdf"
        letter.write_bytes(b"%PDF-1.4 letter")
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(letter)], ""))
        qtbot.mouseClick(dlg.fields["request_letter"].add_button, LEFT)
        end = " ".join(w.text() for w in dlg.sections[2].computed_box.findChildren(QLabel))
        assert "2025-03-18" in end and "1-2 第十一条" in end  # 15 days (the setting) from the request day
        _ok(qtbot, dlg)  # a meeting decides by its minutes: refused without them, nothing written
        assert "校长办公会作出的「审批通过」决定须附会议纪要" in dlg.error.text() and dlg.result() == 0
        assert db.scalar("SELECT count(*) FROM applications") == 0
        minutes = tmp_path / "校长办公会纪要.pdf"
        minutes.write_bytes(b"%PDF-1.4 minutes")
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(minutes)], ""))
        qtbot.mouseClick(dlg.fields["decision_minutes"].add_button, LEFT)
        _ok(qtbot, dlg)

    def run(dialog):
        dialog.show()
        fill(dialog)
        return dialog.result()

    page.run_dialog = run
    panel = page.abandonments
    app_id = panel.request()
    assert app_id is not None
    kinds = {r[0] for r in db.query("SELECT kind FROM attachments WHERE owner_type = 'application' AND owner_id = ?", (app_id,))}
    assert kinds == {"request_letter", "minutes"}
    (approval,) = dec_repo.decisions_of(db, "application", app_id)
    assert (approval["step"], approval["date"], approval["body"], approval["person"], approval["opinion"],
            approval["attachment_name"]) == ("approve", "2025-03-03", "校长办公会", "李校长", "同意放弃维持", "校长办公会纪要.pdf")
    assert panel.table.row_count() == 1 and panel.table.text(0, 5) == "公示中"
    assert panel.check_due() == 0 and infos[-1].startswith("0 项")
    now[0] = date(2025, 3, 18)  # the last day: the publicity runs until 24:00 (民法典第二百零三条)
    assert panel.check_due() == 0
    now[0] = date(2025, 3, 19)
    assert panel.check_due() == 1
    assert panel.table.text(0, 7) == "已放弃" and panel.table.text(0, 8) == "已转财务"
    assert panel.table.model().index(0, 7).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    assert db.scalar("SELECT kind FROM finance_queue WHERE achievement_id = ?", (aid,)) == "write_off"


def test_deal_dialog_started_on_an_achievement(qtbot, db):
    ids = [achs.create_achievement(db, {"name": f"成果{n}", "type": "software"}) for n in range(55)]
    dlg = DealDialog(db, achievement_id=ids[0])  # older than the 50 listed first
    qtbot.addWidget(dlg)
    assert dlg.fields["achievement_id"].combo.currentData() == str(ids[0]) and dlg.values()["achievement_id"] == ids[0]


def test_registration_form_and_number_from_the_deal(qtbot, db, tmp_path, monkeypatch):
    from report_fixture import build_report_fixture

    from kjcg_desktop.storage import contracts as sc

    ids = build_report_fixture(db)
    page = DealsPage(db)
    qtbot.addWidget(page)
    page.refresh()
    page.select_deal(ids["d4"])
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    out = tmp_path / "登记.xlsx"
    assert page.export_registration(str(out))
    rows = _form_rows(out)
    assert rows["合同类别"] == "技术转让（许可）" and rows["买方名称"] == "苏州纳微科技有限公司"

    def fill_facts(dlg):
        assert dlg.counterparty.currentData() is None   # no counterparty record yet
        steps.insert(0, fill_counterparty)
        dlg.new_counterparty()
        assert dlg.counterparty.currentText() == "苏州纳微科技有限公司"
        dlg.tech_field.setText("新材料")
        dlg.technology_amount.setText("1,200,000")
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def fill_counterparty(dlg):
        assert dlg.name.text() == "苏州纳微科技有限公司"
        dlg.region.setText("320500")
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    steps = [fill_facts]

    def run(dialog):
        dialog.show()
        steps.pop(0)(dialog)
        return dialog.result()

    page.run_dialog = run
    assert page.edit_registration_facts()
    deal = deals.get_deal(db, ids["d4"])
    assert deal["tech_field"] == "新材料" and deal["technology_amount_fen"] == 120_000_000 and deal["counterparty_id"]
    assert page.export_registration(str(out))
    rows = _form_rows(out)
    assert rows["技术领域"] == "新材料" and rows["买方行政区划代码"] == "320500" and rows["买方所在省份"] == "江苏省"
    assert [r["id"] for r in sc.deals_awaiting_registration(db)] == [ids["d4"]]
    assert not page.record_registration("12345")
    assert "16位" in warnings[-1]
    assert page.record_registration("2025310104000123")
    assert deals.get_deal(db, ids["d4"])["tech_contract_reg_no"] == "2025310104000123"
    assert sc.deals_awaiting_registration(db) == []


def _form_rows(path) -> dict:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        return dict(wb["登记表信息"].iter_rows(values_only=True))
    finally:
        wb.close()


def test_other_sections_reload_when_shown(qtbot, db):
    """Visiting the deals list does not list every section; a section shows fresh rows when opened."""
    page = DealsPage(db)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.agencies.table.row_count() == 0
    diligence.add_agency_agreement(db, "上海某技术转移中心", "价值评估", fee_fen=5_000_000)
    page.refresh()
    assert page.agencies.table.row_count() == 0  # hidden: not reloaded yet
    page.sections.setCurrentWidget(page.agencies)
    assert page.agencies.table.row_count() == 1 and page.agencies.table.text(0, 0) == "上海某技术转移中心"
