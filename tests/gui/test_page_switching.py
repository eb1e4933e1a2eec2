"""What keeps page switches quick on a large ledger: lists whose rows are made only when the table
shows them, pages that do not reload when nothing changed, and the pages' heavy modules loaded in
the background once the window is up."""

import logging
import sys
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QTableView

from kjcg_desktop.storage import achievements as achs
from kjcg_desktop.storage import deals as deals_repo
from kjcg_desktop.ui import preload
from kjcg_desktop.ui.deals_page import DealsPage
from kjcg_desktop.ui.main_window import MainWindow
from kjcg_desktop.ui.rows_model import RowsModel


def test_lazy_rows_are_made_when_the_table_asks_for_them(qtbot):
    made: list[int] = []

    def texts(r: int):
        made.append(r)
        return [f"第{r}行", None, r], ([2] if r % 2 else [])

    model = RowsModel(["名称", "备注", "序号"])
    model.set_rows_lazily(list(range(100, 5100)), texts)
    assert model.rowCount() == 5000 and made == []
    assert model.row_of(4099) == 3999 and made == []  # ids are known without making rows

    assert model.text(3, 0) == "第3行" and model.text(3, 1) == "" and model.text(3, 2) == "3"
    assert model.data(model.index(3, 2), Qt.ItemDataRole.UserRole) == 103
    # the warned column of a row not made yet is coloured once the view asks for its colour
    colour = model.data(model.index(7, 2), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(colour, QBrush) and colour.color().name() == "#a04000"
    assert model.data(model.index(8, 2), Qt.ItemDataRole.ForegroundRole) is None
    assert sorted(set(made)) == [3, 7, 8]

    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.horizontalHeader().setResizeContentsPrecision(200)
    view.resize(600, 400)
    view.show()
    view.resizeColumnsToContents()
    qtbot.waitExposed(view)
    assert len(set(made)) < 400  # sized and painted from the first rows, not all 5000


def test_the_deals_list_is_not_read_again_when_nothing_changed(qtbot, db, monkeypatch):
    aid = achs.create_achievement(db, {"name": "一种电池隔膜", "type": "invention", "legal_status": "granted"},
                                  [{"name": "张三", "share": "100"}])
    page = DealsPage(db, today=lambda: date(2025, 6, 2))
    qtbot.addWidget(page)
    page.show()
    reads: list[int] = []
    real = deals_repo.list_deals
    monkeypatch.setattr(deals_repo, "list_deals", lambda *a, **k: reads.append(1) or real(*a, **k))
    page.refresh()
    page.refresh()
    assert len(reads) <= 1 and page.model.rowCount() == 0
    deals_repo.create_deal(db, aid, {"kind": "licence", "licence_type": "sole", "counterparty": "上海某某科技有限公司",
                                     "counterparty_state_owned": True, "pricing_method": "listing", "amount_fen": 100_00,
                                     "contract_date": date(2025, 5, 1)})
    page.refresh()  # the deal was written: the list is read again
    assert page.model.rowCount() == 1 and page.model.text(0, 3) == "上海某某科技有限公司"
    page.today = lambda: date(2025, 6, 3)
    before = len(reads)
    page.refresh()  # another day: read again
    assert len(reads) == before + 1


def test_the_window_loads_the_pages_heavy_modules_in_the_background(qtbot, db, monkeypatch):
    assert "kjcg_desktop.services.documents" in preload.MODULES
    monkeypatch.setattr(preload, "MODULES", ("colorsys",))  # a module nothing else loads
    monkeypatch.delitem(sys.modules, "colorsys", raising=False)
    monkeypatch.setattr(preload, "_thread", None)
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: preload._thread is not None and not preload._thread.is_alive(), timeout=30_000)
    assert "colorsys" in sys.modules
    assert preload.start() is None  # nothing left to load


def test_a_module_that_fails_to_load_in_the_background_is_logged_not_raised(caplog):
    with caplog.at_level(logging.ERROR, logger="kjcg_desktop.ui.preload"):
        thread = preload.start(("kjcg_desktop.services.no_such_module",))
        assert thread is not None
        thread.join(30)
    assert "kjcg_desktop.services.no_such_module" in caplog.text
