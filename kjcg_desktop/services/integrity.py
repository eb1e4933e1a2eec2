"""`kjcg-desktop check`: database integrity, foreign keys, the event hash chain, attachments and
tag consistency with the rules."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .. import domain as d
from ..paths import attachments_dir_for
from ..storage import achievements as achievements_repo
from ..storage.attachments import attachment_path, file_sha256
from ..storage.backup import last_event_of_file
from ..storage.db import Database, sqlite_code
from ..storage.events import event_hash, last_restore_ts, verify_chain


@dataclass
class CheckReport:
    """What ``check`` found. ``problems`` are the Chinese messages; ``findings`` the same problems
    as records (kind, message and where: event id, attachment id, table and row) for ``--json``."""

    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    findings: list[dict] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, kind: str, message: str, **where) -> None:
        self.problems.append(message)
        self.findings.append({"kind": kind, "message": message, **where})

    def as_dict(self) -> dict:
        return {"ok": self.ok, "counts": dict(self.counts), "problems": list(self.findings)}


def check_database(db: Database, *, tags: bool = True) -> CheckReport:
    """Everything ``kjcg-desktop check`` verifies (see README); a file damaged so badly that a
    check cannot even read it is reported as a structure problem."""
    report = CheckReport()
    try:
        _check(db, report, tags=tags)
    except sqlite3.DatabaseError as exc:
        code = sqlite_code(exc) or type(exc).__name__
        report.add("structure", f"数据库文件已损坏，检查时无法读取（{code}：{exc}）。请从备份恢复，并保留损坏的文件。")
    return report


def _check(db: Database, report: CheckReport, *, tags: bool) -> None:
    quick = [r[0] for r in db.query("PRAGMA quick_check")]
    if quick != ["ok"]:
        for q in quick[:10]:
            report.add("structure", f"数据库结构检查失败：{q}")
        return
    for row in db.query("PRAGMA foreign_key_check")[:10]:
        report.add("foreign_key", f"外键不一致：表 {row[0]} 第 {row[1]} 行引用的 {row[2]} 不存在",
                   table=row[0], row=row[1], parent=row[2])
    brk = verify_chain(db)
    if brk:
        report.add("event_chain", brk.message, event_id=brk.event_id)
    elif db.path is not None:
        for message, event_id, backup in history_against_backups(db):
            report.add("event_history", message, event_id=event_id, backup=str(backup))
    for table in ("achievements", "applications", "deals", "publicities", "events", "attachments"):
        report.counts[table] = int(db.scalar(f"SELECT count(*) FROM {table}"))
    if db.path is not None:
        folder = attachments_dir_for(db.path)
        for row in db.query("SELECT id, filename, sha256, stored_path FROM attachments"):
            try:
                path = attachment_path(db, row["stored_path"])
            except ValueError:
                report.add("attachment", f"附件 {row['id']}（{row['filename']}）的存储路径越出附件文件夹：{row['stored_path']}",
                           attachment_id=row["id"])
                continue
            if not path.is_file():
                report.add("attachment", f"附件 {row['id']}（{row['filename']}）文件缺失：{folder / row['stored_path']}",
                           attachment_id=row["id"])
            elif file_sha256(path) != row["sha256"]:
                report.add("attachment", f"附件 {row['id']}（{row['filename']}）内容与登记的 SHA-256 不符，可能被修改",
                           attachment_id=row["id"])
    if tags:
        for message in tag_mismatches(db):
            report.add("tags", message)


def history_against_backups(db: Database, newest: int = 3) -> list[tuple[str, int, Path]]:
    """The log must continue the log of every recent backup: the last entry of each of the
    ``newest`` backups taken since the last restore must be in the database, unchanged. This
    catches what a consistent chain and head cannot: the log (and its head) rewritten outside the
    app, or the file replaced by an older copy. Returns (message, event id, backup) per problem."""
    from .backups import list_backups

    restored = last_restore_ts(db)
    since = datetime.fromisoformat(restored).timestamp() + 2 if restored else float("-inf")
    problems = []
    for backup in [b for b in list_backups(db.path) if b.stat().st_mtime > since][:newest]:
        last = last_event_of_file(backup)
        if last is None:
            continue
        event_id, digest = last
        here = event_hash(db, event_id)
        if here != digest:
            taken = datetime.fromtimestamp(backup.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
            problems.append((f"事件日志与 {taken} 的备份（{backup.name}）不一致：备份中的第 {event_id} 条在当前数据库中"
                             f"{'不存在' if here is None else '内容不同'}（历史可能在软件外被改写，或数据库文件在软件外被替换为旧副本）",
                             event_id, backup))
            break  # the newest disagreeing backup says it; older ones would repeat it
    return problems


def tag_mismatches(db: Database, limit: int = 10) -> list[str]:
    """Achievements whose stored attribute/stage differ from what the rules derive."""
    problems = []
    evidence: dict[int, list[d.Evidence]] = {}
    for r in db.query("SELECT achievement_id, kind FROM stage_evidence"):
        evidence.setdefault(r[0], []).append(d.Evidence(r[1]))
    for r in db.conn.execute("SELECT id, ledger_no, legal_status, attribute, stage, stage_override FROM achievements"):
        if d.attribute_for(r["legal_status"]).value != r["attribute"]:
            problems.append(f"成果 {r['ledger_no'] or r['id']} 的属性标记与法律状态不符（{d.tags.ARTICLE_ATTRIBUTE}）")
        expected = r["stage_override"] or d.classify_stage(evidence.get(r["id"], ())).stage.value
        if expected != r["stage"]:
            problems.append(f"成果 {r['ledger_no'] or r['id']} 的阶段标记与证据不符（{d.stage.ARTICLE_STAGE}）")
        if len(problems) >= limit:
            break
    return problems


def recompute_all_tags(db: Database) -> int:
    """Re-derive tags for every achievement; returns how many changed. One transaction."""
    changed = 0
    with db.transaction():
        for achievement_id in list(achievements_repo.all_ids(db)):
            if achievements_repo.recompute_tags(db, achievement_id):
                changed += 1
    return changed
