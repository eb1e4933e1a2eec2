"""The fee page: the calendar with its columns and red flags, a late payment through the dialog,
the review's three decisions (abandon starts the 1-2 第十一条 publicity) and the payment-list export.
The page's clock is injected, so these tests do not depend on the day the suite runs."""

from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox, QPushButton

from kjcg_desktop.storage import achievements as achs
from kjcg_desktop.storage import fees as fee_repo
from kjcg_desktop.storage.settings import Settings
from kjcg_desktop.ui.fees_page import DecisionDialog, FeesPage, PaymentDialog

LEFT = Qt.MouseButton.LeftButton
TODAY = date(2026, 12, 9)



@pytest.fixture(autouse=True)
def tasks_at_once():
    """The page computes its calendar on the task runner; here the runner works synchronously."""
    from kjcg_desktop.ui.tasks import ImmediatePool, set_default_pool

    set_default_pool(ImmediatePool())
    yield
    set_default_pool(None)


def _patent(db, name, filing, grant="2021-05-10", app_no="CN201910000000.4"):
    return achs.create_achievement(db, {"name": name, "type": "invention", "legal_status": "granted", "filing_date": filing,
                                        "grant_date": grant, "application_no": app_no, "holder": "上海示范大学"},
                                   [{"name": "张三", "share": "100"}])


def _setup(db):
    Settings(db).set("unit_name", "上海示范大学")
    late = _patent(db, "一种滞纳专利", "2019-10-20", app_no="CN201910000001.9")      # year 8 due 2026-10-20: in grace
    due = _patent(db, "一种待缴专利", "2019-12-28", app_no="CN201910000002.3")        # year 8 due 2026-12-28
    other = _patent(db, "一种评审专利", "2020-01-15", app_no="CN202010000003.0")      # year 8 due 2027-01-15
    return late, due, other


def _row_of(table, text, column=1):
    for r in range(table.rowCount()):
        if table.text(r, column) == text:
            return r
    raise AssertionError(f"{text} not in table")


def _ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)


def test_calendar_payment_and_export(qtbot, db, typist, monkeypatch, tmp_path):
    late, _due, _other = _setup(db)
    infos: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: infos.append(text))
    page = FeesPage(db, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    headers = page.calendar.header_texts()
    assert headers[:9] == ["台账编号", "专利名称", "申请号", "费用种类", "缴费期限", "标准金额", "费减", "应缴金额", "宽限届满"]
    r = _row_of(page.calendar, "一种滞纳专利")
    assert [page.calendar.text(r, c) for c in (2, 3, 4, 7, 8, 9, 10, 12)] == [
        "201910000001.9", "发明专利第8年年费", "2026-10-20", "300.00", "2027-04-20", "5%（100.00）", "2026-12-21", "滞纳期"]
    assert r in page.red_rows
    assert page.calendar.foreground(r, 1).name() == "#c62828"

    page.calendar.selectRow(r)
    shown: list[PaymentDialog] = []

    def fill_and_accept(dialog):
        shown.append(dialog)
        dialog.paid_on.setDate(QDate(2026, 12, 9))
        dialog.amount.clear()
        typist(dialog.amount, "400")
        typist(dialog.receipt, "SJ-001")
        typist(dialog.payer, "技术转移中心")
        _ok(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(PaymentDialog, "exec", fill_and_accept)
    qtbot.mouseClick(page.pay_button, LEFT)
    assert shown and shown[0].amount.text() == "400"
    pay = fee_repo.payments(db, late)
    assert [(p["patent_year"], p["amount_fen"], p["receipt_no"], p["payer"]) for p in pay] == [(8, 40000, "SJ-001", "技术转移中心")]
    assert "尚欠 0.00 元" in infos[-1]
    r = _row_of(page.calendar, "一种滞纳专利")
    assert page.calendar.text(r, 12) == "已缴" and r not in page.red_rows
    assert page.payments.rowCount() == 1 and page.payments.text(0, 5) == "SJ-001"
    page.unpaid_only.setChecked(True)
    names = {page.calendar.text(i, 1) for i in range(page.calendar.rowCount())}
    assert "一种待缴专利" in names and all(page.calendar.text(i, 12) != "已缴" for i in range(page.calendar.rowCount()))

    out = tmp_path / "清单.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(page.export_button, LEFT)
    rows = list(openpyxl.load_workbook(out).active.values)
    assert rows[0] == ("申请号", "专利名称", "费用种类", "金额", "期限")
    assert rows[1][:4] == ("201910000002.3", "一种待缴专利", "发明专利第8年年费", 300, )
    assert all(row[:3] != ("201910000001.9", "一种滞纳专利", "发明专利第8年年费") for row in rows[1:])   # paid: not listed
    assert "已导出" in infos[-1]


def test_review_three_decisions(qtbot, db, typist, monkeypatch):
    late, due, other = _setup(db)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    page = FeesPage(db, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(1)
    assert _row_of(page.review, "一种滞纳专利") in page.review_red_rows

    def decide(name, key, reason, answer=None, who="王主任"):
        page.review.selectRow(_row_of(page.review, name))

        def fill(dialog: DecisionDialog):
            dialog.decided_by.clear()
            typist(dialog.decided_by, who)
            typist(dialog.reason, reason)
            if answer is not None:
                dialog.answer.setCurrentIndex(dialog.answer.findData(answer))
            _ok(qtbot, dialog)
            return dialog.result()

        monkeypatch.setattr(DecisionDialog, "exec", fill)
        qtbot.mouseClick(page.decision_buttons[key], LEFT)

    decide("一种滞纳专利", "keep", "已许可企业实施")
    decide("一种待缴专利", "offer", "学校不再维持")
    page.review.selectRow(_row_of(page.review, "一种待缴专利"))
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *a, **k: (items[0], True))
    qtbot.mouseClick(page.answer_button, LEFT)
    decide("一种评审专利", "abandon", "无转化前景")
    decide("一种评审专利", "keep", "", who="王主任")   # no reason: refused with a message
    assert warnings and "理由" in warnings[-1]

    reviews = fee_repo.reviews(db)
    assert reviews[(late, 8)]["decision"] == "keep" and reviews[(late, 8)]["decided_by"] == "王主任"
    assert reviews[(due, 8)]["decision"] == "offer" and reviews[(due, 8)]["completers_answer"] == "accepted"
    r = _row_of(page.calendar, "一种待缴专利")
    assert page.calendar.text(r, 13) == "完成人团队 100%"   # the completers took the maintenance on
    abandon = reviews[(other, 8)]
    assert abandon["decision"] == "abandon" and abandon["application_id"]
    pub = db.one("SELECT kind, state, start_date FROM publicities WHERE achievement_id = ?", (other,))
    assert tuple(pub) == ("abandonment", "running", "2026-12-09")
    assert db.scalar("SELECT count(*) FROM events WHERE action = 'fee_review'") == 3
    assert _row_of(page.review, "一种滞纳专利") not in page.review_red_rows   # decided: no longer red
    r = _row_of(page.calendar, "一种待缴专利")
    assert page.calendar.text(r, 14) == "提供给完成人维持"


def test_fee_table_row_added_in_settings_changes_the_fee(qtbot, db, typist):
    from kjcg_desktop.services import fees
    from kjcg_desktop.ui.fee_settings import FeeScheduleBox

    _late, due, _other = _setup(db)
    box = FeeScheduleBox(db)
    qtbot.addWidget(box)
    rows_before = box.table.rowCount()
    box.type.setCurrentIndex(box.type.findData("invention"))
    box.year_from.setValue(7)
    box.year_to.setValue(9)
    typist(box.amount, "2500")
    box.valid_from.setDate(QDate(2026, 12, 28))   # the due date of the year-8 fee: the new row applies
    qtbot.mouseClick(box.findChild(QPushButton, "fee_add_row"), LEFT)
    assert box.table.rowCount() == rows_before + 1
    line = next(x for x in fees.fee_lines_for(db, due, TODAY) if x.fee.year == 8)
    assert (line.fee.full_fen, line.fee.payable_fen) == (250000, 37500)
    typist(box.holder_name, "张三")
    assert box.record_filing()
    assert fee_repo.reduction_filings(db)["张三"]["eligible"] == 1
    box.unit_on_record.setChecked(False)
    line = next(x for x in fees.fee_lines_for(db, due, TODAY) if x.fee.year == 8)
    assert line.fee.reduction_percent == 0


def test_cnipa_comparison_and_batch_payments_from_the_page(qtbot, db, monkeypatch, tmp_path):
    late, _due, _other = _setup(db)
    infos: list[str] = []
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: infos.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    page = FeesPage(db, today=lambda: TODAY)
    qtbot.addWidget(page)
    cnipa = tmp_path / "cnipa.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["申请号", "费用种类", "缴费期限届满日", "金额"])
    wb.active.append(["201910000001.9", "发明专利第8年年费", "2026-10-20", 300])
    wb.active.append(["201910000001.9", "发明专利第8年年费滞纳金", "2027-04-20", 200])
    wb.save(cnipa)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(cnipa), ""))
    qtbot.mouseClick(page.cnipa_button, LEFT)
    assert infos[-1].startswith("核对 2 项，差异 1 项")
    assert "金额不一致：国知局 200.00 元，本软件 100.00 元" in infos[-1]

    batch = tmp_path / "pay.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["台账编号", "专利年度", "缴费日期", "金额", "收据号"])
    wb.active.append([str(late), 8, "2026-12-01", 400, "B1"])
    wb.save(batch)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(batch), ""))
    qtbot.mouseClick(page.batch_button, LEFT)
    assert infos[-1] == "已登记 1 笔缴费" and not warnings
    assert page.calendar.text(_row_of(page.calendar, "一种滞纳专利"), 12) == "已缴"


def test_budget_tab(qtbot, db):
    _setup(db)
    page = FeesPage(db, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(3)
    rows = [[page.budget_table.text(r, c) for c in range(4)] for r in range(page.budget_table.rowCount())]
    # 2026: the late year-8 fee (300 + 5 % of 2,000) and the year-8 fee due 2026-12-28; 2027: three fees
    assert ["2026", "合计", "", "700.00"] in rows and ["2026", "承担方", "单位", "700.00"] in rows
    assert ["2027", "类型", "发明专利", "900.00"] in rows
    assert rows[-1][1] == "至保护期届满"
    page.budget_years.setValue(1)
    assert {page.budget_table.text(i, 0) for i in range(page.budget_table.rowCount())} == {"2026", ""}


def test_the_calendar_is_computed_off_the_gui_thread(qtbot, db):
    from kjcg_desktop.ui.tasks import set_default_pool

    set_default_pool(None)  # Qt's thread pool, as in the application
    _setup(db)
    page = FeesPage(db, today=lambda: TODAY)
    qtbot.addWidget(page)
    assert page.summary.text() == "正在计算年费……"
    qtbot.waitUntil(lambda: page.summary.text().startswith("共 "), timeout=10000)
    assert "一种待缴专利" in {page.calendar.text(r, 1) for r in range(page.calendar.rowCount())}
