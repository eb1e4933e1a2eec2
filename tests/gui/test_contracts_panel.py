"""The 四技 contract tab of the deals section: a counterparty entered once (region from its
统一社会信用代码), a development contract, a receipt and the registration workbook."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from kjcg_desktop.domain import contracts as c
from kjcg_desktop.storage import achievements as achs
from kjcg_desktop.storage import contracts as sc
from kjcg_desktop.ui.deal_dialog import set_combo
from kjcg_desktop.ui.deals_page import DealsPage

LEFT = Qt.MouseButton.LeftButton
USCC = "91320500MA1NWK7D3" + c.uscc_check_character("91320500MA1NWK7D3")


def _ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)


def test_counterparty_contract_receipt_and_registration(qtbot, db, typist, monkeypatch, tmp_path):
    aid = achs.create_achievement(db, {"name": "智能传感器", "type": "invention"})
    page = DealsPage(db, today=lambda: date(2025, 6, 2))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    panel = page.tech_contracts
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    steps = []

    def run(dialog):
        dialog.show()
        steps.pop(0)(dialog)
        return dialog.result()

    panel.run_dialog = run

    def fill_counterparty(dlg):
        typist(dlg.name, "苏州纳微科技有限公司")
        typist(dlg.uscc, USCC[:-1] + ("0" if USCC[-1] != "0" else "1"))   # a wrong check character
        set_combo(dlg.party_type, "170")
        set_combo(dlg.size, "micro")
        set_combo(dlg.industry, "C")
        _ok(qtbot, dlg)
        assert dlg.isVisible() and "校验位" in dlg.error.text()
        dlg.uscc.clear()
        typist(dlg.uscc, USCC)
        assert "江苏省" in dlg.region_hint.text()
        _ok(qtbot, dlg)

    def fill_contract(dlg):
        set_combo(dlg.kind, "development")
        typist(dlg.name, "传感器联合开发")
        steps.insert(0, fill_counterparty)
        dlg.new_counterparty()
        assert dlg.counterparty.currentText() == "苏州纳微科技有限公司"
        typist(dlg.amount, "1,000,000.00")
        typist(dlg.department, "材料学院")
        set_combo(dlg.achievement, aid)
        _ok(qtbot, dlg)

    steps.append(fill_contract)
    qtbot.mouseClick(panel.add_button, LEFT)
    assert panel.table.rowCount() == 1 and panel.table.text(0, 1) == "技术开发"
    row = sc.list_tech_contracts(db)[0]
    assert row["amount_fen"] == 100_000_000 and row["achievement_id"] == aid
    cp = sc.get_counterparty(db, row["counterparty_id"])
    assert cp["region_code"] == "320500" and cp["size"] == "micro" and cp["industry"] == "C"
    # the ledger achievement keeps its tags
    assert db.scalar("SELECT transfer_status FROM achievements WHERE id = ?", (aid,)) == "none"

    def fill_receipt(dlg):
        typist(dlg.layout().itemAt(1, dlg.layout().ItemRole.FieldRole).widget(), "300000")
        qtbot.mouseClick(dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), LEFT)

    steps.append(fill_receipt)
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.receipt_button, LEFT)
    assert panel.table.text(0, 6) == "300,000.00"
    out = tmp_path / "登记.xlsx"
    assert panel.export_registration(str(out)) and out.exists()
    assert warnings == []


def test_import_button_and_registers(qtbot, db, typist, monkeypatch, tmp_path):
    import xlsxwriter

    page = DealsPage(db, today=lambda: date(2025, 6, 2))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append("警告" + text))
    book = xlsxwriter.Workbook(str(tmp_path / "横向.xlsx"))
    ws = book.add_worksheet()
    ws.write_row(0, 0, ["合同编号", "合同名称", "合同类别", "委托方", "合同金额", "签订日期"])
    ws.write_row(1, 0, ["HX-1", "检测服务", "技术服务", "甲公司", 5000, "2025-02-03"])
    ws.write_row(2, 0, ["HX-2", "咨询", "技术咨询", "", "abc", "2025-02-04"])
    book.close()
    panel = page.tech_contracts
    assert panel.import_workbook(str(tmp_path / "横向.xlsx"))
    assert "已导入合同 2 项" in shown[-1] and "待核对 1 行" in shown[-1]
    assert panel.table.rowCount() == 2
    flagged = [panel.table.text(r, 9) for r in range(2)]
    assert any("委托方" in t and "合同金额" in t for t in flagged)

    registers = page.registers
    steps = []

    def run(dialog):
        dialog.show()
        steps.pop(0)(dialog)
        return dialog.result()

    registers.run_dialog = run

    def fill_leave(dlg):
        typist(dlg.person, "陈离岗")
        set_combo(dlg.kind, "leave")
        typist(dlg.organisation, "示范科技有限公司")
        _ok(qtbot, dlg)

    def fill_spinoff(dlg):
        typist(dlg.company, "示范科技有限公司")
        typist(dlg.uscc, "91350100M000100Y44")
        _ok(qtbot, dlg)
        assert "校验位" in dlg.error.text()
        dlg.uscc.clear()
        _ok(qtbot, dlg)

    steps += [fill_leave, fill_spinoff]
    qtbot.mouseClick(registers.mobility_button, LEFT)
    qtbot.mouseClick(registers.spinoff_button, LEFT)
    assert registers.mobility.rowCount() == 1 and registers.mobility.text(0, 2) == "离岗创业"
    assert registers.spinoffs.rowCount() == 1
    assert [m["kind"] for m in sc.list_mobility(db)] == ["leave"]


def test_dashboard_lists_a_deal_awaiting_registration_and_opens_it(qtbot, db):
    from report_fixture import build_report_fixture

    from kjcg_desktop.ui.main_window import MainWindow

    ids = build_report_fixture(db)
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    dashboard = win.show_section("dashboard")
    items = [i for i in dashboard.reminder_items() if i.text(2) == "技术合同待认定登记"]
    assert len(items) == 1 and "JY-2025-0001" in items[0].text(3)
    dashboard._activated(items[0])
    deals_page = win.pages["deals"]
    assert win.stack.currentWidget() is deals_page and deals_page.deal_id == ids["d4"]
