"""Timestamps are shown in local time as 2026-12-06 02:22, never in the ISO form with a 'T'."""

from __future__ import annotations

import time

import pytest

from kjcg_desktop.clock import display_time


@pytest.fixture
def shanghai(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.delenv("TZ")
    time.tzset()


def test_a_utc_timestamp_is_shown_in_local_time(shanghai):
    assert display_time("2026-12-05T18:22:23+00:00") == "2026-12-06 02:22"
    assert display_time("2026-12-05T18:22:23Z") == "2026-12-06 02:22"


def test_an_older_local_timestamp_is_shown_without_the_t(shanghai):
    assert display_time("2026-12-06T02:22:23") == "2026-12-06 02:22"


def test_empty_and_odd_values():
    assert display_time(None) == "" and display_time("") == ""
    assert display_time("昨天") == "昨天"
    assert "T" not in display_time("2026-12-06T02:22")
