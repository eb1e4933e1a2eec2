"""What a page switch does and does not redo: the 文书 list and the fee calendar stay as they are on a
revisit when nothing changed, and background work waits while the window switches pages."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt

from kjcg_desktop.services import documents, progress
from kjcg_desktop.services import fees as fee_service
from kjcg_desktop.storage import documents as doc_repo
from kjcg_desktop.storage.settings import Settings
from kjcg_desktop.ui.documents_page import CHOICES, DocumentsPage
from kjcg_desktop.ui.fees_page import FeesPage


@pytest.fixture(autouse=True)
def tasks_at_once():
    from kjcg_desktop.ui.tasks import ImmediatePool, set_default_pool

    set_default_pool(ImmediatePool())
    yield
    set_default_pool(None)


def _listed(page: DocumentsPage) -> list[tuple[str, str, int]]:
    items = [page.records.item(i) for i in range(page.records.count())]
    return [(i.text(), i.toolTip(), i.data(Qt.ItemDataRole.UserRole)) for i in items]


def test_documents_revisit_keeps_the_list_and_selects_the_first_record_as_before(qtbot, demo_db):
    page = DocumentsPage(demo_db)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    before = _listed(page)
    assert len(before) > 2
    first_item = page.records.item(0)
    page.records.item(1).setSelected(True)
    page.records.item(2).setSelected(True)

    page.refresh()  # a revisit with nothing changed
    assert _listed(page) == before
    assert page.records.item(0) is first_item  # not rebuilt
    assert page.selected_ids() == [before[0][2]] and page.records.currentRow() == 0

    gone = before[0][2]
    demo_db.execute("UPDATE applications SET state = 'withdrawn' WHERE id = ?", (gone,))
    page.refresh()
    assert [row[2] for row in _listed(page)] == [row[2] for row in before[1:]]


@pytest.mark.parametrize("kind", sorted({k for k, _of, _label in CHOICES if documents.KINDS[k].subject == "application"}))
def test_missing_steps_of_listed_records_match_missing_step(demo_db, kind):
    spec = documents.KINDS[kind]
    rows = doc_repo.candidates(demo_db, "application", kinds=spec.app_kinds, limit=1000)
    assert rows
    assert documents.missing_steps(demo_db, kind, rows) == [documents.missing_step(demo_db, kind, r["id"]) for r in rows]


def test_fee_calendar_is_computed_again_only_when_something_changed(qtbot, db, monkeypatch):
    calls: list[date | None] = []
    real = fee_service.fee_calendar

    def counting(*args, **kwargs):
        calls.append(kwargs.get("today"))
        return real(*args, **kwargs)

    monkeypatch.setattr(fee_service, "fee_calendar", counting)
    page = FeesPage(db, today=lambda: date(2026, 12, 9))
    qtbot.addWidget(page)
    assert len(calls) == 1
    page.refresh()  # a revisit
    assert len(calls) == 1
    Settings(db).set("unit_name", "上海示范大学")
    page.refresh()
    assert len(calls) == 2
    page.recalculate()  # 刷新
    assert len(calls) == 3
    page.unpaid_only.setChecked(True)
    assert len(calls) == 4


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept = 0.0

    def perf_counter(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds
        self.slept += seconds


def test_background_work_waits_while_the_window_switches_pages(monkeypatch):
    clock = _Clock()
    monkeypatch.setattr(progress, "time", clock)
    monkeypatch.setattr(progress, "_foreground_until", 0.0)
    progress.pause_point()  # nothing busy: no wait
    assert clock.slept == 0.0

    progress.foreground_busy(0.15)
    progress.pause_point()  # the GUI thread itself never waits
    assert clock.slept == 0.0
    worker = threading.Thread(target=progress.pause_point)
    worker.start()
    worker.join(5)
    assert not worker.is_alive()
    assert clock.slept == pytest.approx(0.15, abs=0.003) and clock.now >= 100.15
    progress.pause_point()
    worker = threading.Thread(target=progress.pause_point)
    worker.start()
    worker.join(5)
    assert clock.slept == pytest.approx(0.15, abs=0.003)  # the busy time is over
