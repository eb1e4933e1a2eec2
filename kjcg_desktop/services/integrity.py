"""`kjcg-desktop check`: database integrity, foreign keys, the event hash chain, attachments and
tag consistency with the rules."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from .. import domain as d
from ..paths import attachments_dir_for
from ..storage import achievements as achievements_repo
from ..storage.db import Database
from ..storage.events import verify_chain


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def check_database(db: Database, *, tags: bool = True) -> CheckReport:
    report = CheckReport()
    quick = [r[0] for r in db.query("PRAGMA quick_check")]
    if quick != ["ok"]:
        report.problems += [f"数据库结构检查失败：{q}" for q in quick[:10]]
        return report
    for row in db.query("PRAGMA foreign_key_check")[:10]:
        report.problems.append(f"外键不一致：表 {row[0]} 第 {row[1]} 行引用的 {row[2]} 不存在")
    brk = verify_chain(db)
    if brk:
        report.problems.append(brk.message)
    for table in ("achievements", "applications", "deals", "publicities", "events", "attachments"):
        report.counts[table] = int(db.scalar(f"SELECT count(*) FROM {table}"))
    if db.path is not None:
        folder = attachments_dir_for(db.path)
        for row in db.query("SELECT id, filename, sha256, stored_path FROM attachments"):
            path = folder / row["stored_path"]
            if not path.is_file():
                report.problems.append(f"附件 {row['id']}（{row['filename']}）文件缺失：{path}")
            elif sha256_file(path) != row["sha256"]:
                report.problems.append(f"附件 {row['id']}（{row['filename']}）内容与登记的 SHA-256 不符，可能被修改")
    if tags:
        report.problems += tag_mismatches(db)
    return report


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
