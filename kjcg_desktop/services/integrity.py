"""`kjcg-desktop check`: database integrity, foreign keys, the event hash chain, attachments and
tag consistency with the rules."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import domain as d
from ..paths import attachments_dir_for, backup_dir_for
from ..storage import achievements as achievements_repo
from ..storage import checks
from ..storage import holidays as holidays_repo
from ..storage.attachments import attachment_path, file_sha256, safe_file_name
from ..storage.backup import event_hash_of_file, last_event_of_file, read_anchors
from ..storage.db import Database, sqlite_code
from ..storage.events import event_before, event_hash, head_stamp, last_restore, verify_chain


@dataclass
class CheckReport:
    """What ``check`` found. ``problems`` are the Chinese messages; ``findings`` the same problems
    as records (kind, message and where: event id, attachment id, table and row) for ``--json``."""

    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    findings: list[dict[str, Any]] = field(default_factory=list)
    head: str = ""  # the event-log head as printed on papers and reports

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, kind: str, message: str, **where: Any) -> None:
        self.problems.append(message)
        self.findings.append({"kind": kind, "message": message, **where})

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "counts": dict(self.counts), "problems": list(self.findings), "head": self.head}


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
    quick = checks.quick_check(db)
    if quick != ["ok"]:
        for q in quick[:10]:
            report.add("structure", f"数据库结构检查失败：{q}")
        return
    for fk in checks.foreign_key_problems(db, 10):
        report.add("foreign_key", f"外键不一致：表 {fk.table} 第 {fk.row} 行引用的 {fk.parent} 不存在",
                   table=fk.table, row=fk.row, parent=fk.parent)
    brk = verify_chain(db)
    if brk:
        report.add("event_chain", brk.message, event_id=brk.event_id)
    elif db.path is not None:
        for message, event_id, backup in history_against_backups(db):
            report.add("event_history", message, event_id=event_id, backup=str(backup))
    report.head = head_stamp(db)
    report.counts.update(checks.table_counts(db))
    _check_attachments(db, report)
    if tags:
        for message in tag_mismatches(db):
            report.add("tags", message)
    _check_publicity_ends(db, report)


def _check_attachments(db: Database, report: CheckReport) -> None:
    """Every stored attachment: a safe name, a path inside the attachment folder, the file present
    and its content matching the recorded SHA-256 (a database in memory has none; the office server
    keeps the content itself)."""
    if getattr(db, "dialect", "sqlite") == "postgresql":
        from ..storage.pg.blobs import blob_problems

        for att_id, filename, problem in blob_problems(db):
            report.add("attachment", f"附件 {att_id}（{filename}）" + ("的内容在服务器上缺失" if problem == "missing" else
                                                                  "在服务器上的内容与登记的 SHA-256 不符，可能被修改"),
                       attachment_id=att_id)
    if db.path is None:
        return
    folder = attachments_dir_for(db.path)
    for row in checks.stored_attachments(db):
        if row["filename"] != safe_file_name(row["filename"] or ""):
            report.add("attachment_name", f"附件 {row['id']} 的文件名含有路径、控制字符或其他不安全的字符（本软件不会这样保存，"
                       f"可能在软件外被改动）：{row['filename']!r}；打开和导出时按“{safe_file_name(row['filename'] or '')}”处理",
                       attachment_id=row["id"])
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


def _check_publicity_ends(db: Database, report: CheckReport) -> None:
    """Stored publicity end dates that the current holiday arrangement would compute differently."""
    for row in holidays_repo.stale_ends(db):
        report.add("publicity_end", f"公示 {row['id']}（{row['title']}）存储的届满日 {row['stored_end']} 与按当前节假日安排"
                                    f"重新计算的 {row['computed_end']} 不一致（{d.publicity.ARTICLE_COUNTING}）：请在“设置—节假日安排”"
                                    "中保存以重新计算，已发布的公示届满日不提前，可重新发布公示",
                   publicity_id=row["id"], stored_end=row["stored_end"], computed_end=row["computed_end"])


def history_against_backups(db: Database) -> list[tuple[str, int, Path]]:
    """The log must continue the head recorded in every backup: the last entry of each backup
    file and each recorded anchor (``backups/anchors.jsonl``, kept when a backup is rotated away)
    must be in the database, unchanged. This catches what a consistent chain and head cannot:
    the log (and its head) rewritten outside the app, or the file replaced by an older copy.
    Backups taken before the last restore are compared with the copy that restore kept; a
    restore entry whose kept copy does not exist, or whose restored log does not continue the
    source's head, was not made by the app. Returns (message, event id, backup) per problem."""
    problems: list[tuple[str, int, Path]] = []
    since, kept_file = _check_last_restore(db, problems)
    reported_live = reported_kept = False
    for taken_ts, event_id, digest, backup in _recorded_heads(db):
        before_restore = taken_ts <= since
        if before_restore and (kept_file is None or reported_kept):
            continue
        if not before_restore and reported_live:
            continue
        here = event_hash_of_file(kept_file, event_id) if kept_file is not None and before_restore else event_hash(db, event_id)
        if here == digest:
            continue
        taken = datetime.fromtimestamp(taken_ts).strftime("%Y-%m-%d %H:%M")
        if kept_file is not None and before_restore:
            reported_kept = True
            problems.append((f"事件日志与 {taken} 的备份（{backup.name}）不一致：该备份早于最近一次恢复，但恢复前保留的副本"
                             f"（{kept_file.name}）中第 {event_id} 条{'不存在' if here is None else '内容不同'}"
                             "（恢复记录或保留的副本可能在软件外被改动）", event_id, backup))
        else:
            reported_live = True  # the newest disagreeing backup says it; older ones would repeat it
            problems.append((f"事件日志与 {taken} 的备份（{backup.name}）不一致：备份中的第 {event_id} 条在当前数据库中"
                             f"{'不存在' if here is None else '内容不同'}（历史可能在软件外被改写，或数据库文件在软件外被替换为旧副本）",
                             event_id, backup))
    return problems


def _check_last_restore(db: Database, problems: list[tuple[str, int, Path]]) -> tuple[float, Path | None]:
    """The last restore recorded in the log: its kept copy must exist and the restore must match a
    backup or a restore recorded beside the backups (problems appended). Returns when it happened
    (backups taken up to then are compared with the kept copy; -inf without a restore) and the kept
    copy to compare them with (None when there is none or it was kept as damaged)."""
    import json

    restore = last_restore(db)
    if restore is None or db.path is None:
        return float("-inf"), None
    kept_file: Path | None = None
    restore_id, restored_ts, raw = restore
    since = datetime.fromisoformat(restored_ts).timestamp() + 2
    try:
        info = json.loads(raw or "{}")
    except ValueError:
        info = {}
    folder = backup_dir_for(db.path)
    kept = info.get("kept") if isinstance(info, dict) else None
    if kept:
        candidates = [folder / Path(kept).name, folder / "damaged" / Path(kept).name]
        found = next((p for p in candidates if p.is_file()), None)
        if found is None:
            problems.append((f"事件日志第 {restore_id} 条记录了一次恢复，但恢复前保留的副本 {kept} 不存在"
                             "（这条恢复记录可能是在软件外伪造的）", restore_id, folder / str(kept)))
        elif not info.get("kept_damaged"):
            kept_file = found
    head = info.get("source_head") if isinstance(info, dict) else None
    if not _restore_is_on_record(db, restore_id, info):
        problems.append((f"事件日志第 {restore_id} 条记录了一次恢复，但找不到与之相符的备份文件或恢复记录"
                         "（这条恢复记录可能是在软件外伪造的）", restore_id, folder / str(info.get("source"))))
    elif isinstance(head, list) and len(head) == 2 and event_hash(db, int(head[0])) != head[1]:
        problems.append((f"事件日志第 {restore_id} 条记录的恢复与恢复所用的备份不符：备份的最后一条（第 {head[0]} 条）"
                         "不在当前日志中（历史可能在软件外被改写）", int(head[0]), folder / str(info.get("source"))))
    return since, kept_file


def _recorded_heads(db: Database) -> list[tuple[float, int, str, Path]]:
    """(taken, event id, hash, file) of every recorded head, newest first: the last entry of each
    backup file, and each anchor of a backup that was rotated away."""
    from .backups import list_backups

    if db.path is None:
        return []
    heads: list[tuple[float, int, str, Path]] = []
    files = list_backups(db.path)
    for backup in files:
        last = last_event_of_file(backup)
        if last is not None:
            heads.append((backup.stat().st_mtime, last[0], last[1], backup))
    present = {str(p.resolve()) for p in files}
    for anchor in read_anchors(db.path):
        if anchor.get("file") in present or not anchor.get("last_id") or not anchor.get("last_hash"):
            continue  # the file itself is compared above
        try:
            taken = datetime.fromisoformat(anchor["taken"]).timestamp()
        except (TypeError, ValueError):
            continue
        heads.append((taken, int(anchor["last_id"]), str(anchor["last_hash"]), Path(anchor.get("file") or "")))
    heads.sort(key=lambda h: h[0], reverse=True)
    return heads


def _restore_is_on_record(db: Database, restore_id: int, info: Any) -> bool:
    """A restore entry made by the app matches a restore the app recorded beside the backups, or
    a backup file (by name) whose last entry is the entry before the restore."""
    if not isinstance(info, dict) or db.path is None:
        return False
    for anchor in read_anchors(db.path):
        if (anchor.get("restore") and anchor.get("source_head") == info.get("source_head")
                and anchor.get("kept") == info.get("kept") and Path(str(anchor.get("source"))).name == info.get("source")):
            return True
    before = event_before(db, restore_id)
    source = backup_dir_for(db.path) / Path(str(info.get("source") or "")).name
    if before is not None and info.get("source") and source.is_file():
        return last_event_of_file(source) == before
    return False


def tag_mismatches(db: Database, limit: int = 10) -> list[str]:
    """Achievements whose stored attribute/stage differ from what the rules derive."""
    problems = []
    evidence = {aid: [d.Evidence(d.EvidenceKind(kind)) for kind in kinds] for aid, kinds in checks.stage_evidence_kinds(db).items()}
    conditions = achievements_repo.stage_conditions_by_achievement(db)
    for r in checks.stored_marks(db):
        if d.attribute_for(r.legal_status or "").value != r.attribute:
            problems.append(f"成果 {r.ledger_no or r.id} 的属性标记与法律状态不符（{d.tags.ARTICLE_ATTRIBUTE}）")
        expected = r.stage_override or d.classify_stage(evidence.get(r.id, ()), conditions.get(r.id)).stage.value
        if expected != r.stage:
            problems.append(f"成果 {r.ledger_no or r.id} 的阶段标记与证据不符（{d.stage.ARTICLE_STAGE}）")
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
