"""Summary counts for the dashboard."""

from __future__ import annotations

from .db import Database

COUNTS = (
    ("achievements", "成果总数", "SELECT count(*) FROM achievements"),
    ("granted", "授权成果", "SELECT count(*) FROM achievements WHERE attribute = 'granted'"),
    ("development", "开发阶段", "SELECT count(*) FROM achievements WHERE stage = 'development'"),
    ("transferred", "已转化", "SELECT count(*) FROM achievements WHERE transfer_status = 'transferred'"),
    ("running_publicities", "公示中", "SELECT count(*) FROM publicities WHERE state = 'running'"),
    ("deals", "转化交易", "SELECT count(*) FROM deals"),
)


def dashboard_counts(db: Database) -> list[tuple[str, str, int]]:
    return [(key, label, int(db.scalar(sql))) for key, label, sql in COUNTS]


def achievement_count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM achievements"))


def event_count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM events"))
