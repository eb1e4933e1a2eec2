"""Moving an office's SQLite ledger to its server (``kjcg-desktop migrate-to postgresql://…``).

Every table is copied as it is (ids kept, so numbers, links and the event log's hash chain stay
valid) with PostgreSQL's COPY, in one server transaction; attachments' content goes from the
``attachments/`` folder into ``attachment_blobs``, each checked against its SHA-256. Afterwards
the server is checked: the row count of every table against the file, the event log's hash chain
recomputed on the server and its head against the file's, and every attachment's content against
its hash. The target database must be empty of records (the schema is made if missing): an
office's ledger is moved once, never merged into another.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..db import Database
from ..errors import StorageError

# Tables not copied: the server keeps its own search table and event-log head.
_SKIP = ("event_head",)


@dataclass
class TransferReport:
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # table -> (file, server)
    attachments: int = 0
    missing_files: list[str] = field(default_factory=list)
    chain_ok: bool = False
    head: str = ""
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _tables(source: Database) -> list[str]:
    names = [r[0] for r in source.query("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                                        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'achievement_fts%' "
                                        "AND name NOT LIKE 'inventor_fts%' ORDER BY name")]
    return [n for n in names if n not in _SKIP]


def _columns(server: Any, table: str) -> list[str]:
    return [r[0] for r in server.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                         "current_schema() AND table_name = %s ORDER BY ordinal_position", (table,)).fetchall()]


def _refuse_unless_empty(server: Any, where: str) -> None:
    taken = [t for t in ("achievements", "events", "applications", "deals")
             if server.execute(f"SELECT EXISTS (SELECT 1 FROM {t})").fetchone()[0]]
    if taken:
        raise StorageError(f"{where}上的数据库已有记录（{'、'.join(taken)}），不能再把文件迁移进去："
                           "一个办公室的台账只迁移一次，不与另一个台账合并。请新建一个空数据库作为目标。")


def copy_to_server(source: Database, server_db: Database, *, attachments_dir: Path | None = None,
                   progress: Callable[[str], None] | None = None) -> TransferReport:
    """Copy everything of ``source`` (a SQLite database at the current schema) into the empty
    ``server_db`` and verify it; the report lists every count and any problem."""
    from ..migrations import LEDGER_SEARCH_DOC, SCHEMA_VERSION
    from .schema import ensure_schema

    say = progress or (lambda _text: None)
    started = time.perf_counter()
    if source.user_version != SCHEMA_VERSION:
        raise StorageError(f"源数据库版本（{source.user_version}）与本软件（{SCHEMA_VERSION}）不同，请先用本软件打开它以完成升级")
    ensure_schema(server_db)
    pg = server_db.pg  # type: ignore[attr-defined]
    raw = pg.raw
    where = pg.where
    report = TransferReport()
    tables = _tables(source)
    with server_db.transaction():
        _refuse_unless_empty(raw, where)
        raw.execute("SET CONSTRAINTS ALL DEFERRED")
        raw.execute("SELECT set_config('kjcg.defer_search', 'on', true)")
        for table in tables:  # rows the schema's own steps seeded (the fee table) come from the file instead
            raw.execute(f"DELETE FROM {table}")
        for table in tables:
            target_cols = set(_columns(raw, table))
            cols = [r[1] for r in source.query(f"PRAGMA table_info({table})") if r[1] in target_cols]
            n = _copy_table(source, raw, table, cols)
            say(f"{table}：{n} 行")
        raw.execute("SELECT set_config('kjcg.defer_search', 'off', true)")
        server_db.execute("DELETE FROM achievement_fts")
        server_db.execute(f"INSERT INTO achievement_fts (rowid, doc) SELECT a.id, {LEDGER_SEARCH_DOC.format(p='a')} "
                          "FROM achievements a")
        report.attachments, report.missing_files = _copy_attachments(source, raw, attachments_dir)
        say(f"附件内容：{report.attachments} 个")
        raw.execute("SET CONSTRAINTS ALL IMMEDIATE")
    verify(source, server_db, tables, report)
    report.seconds = time.perf_counter() - started
    return report


def _copy_table(source: Database, raw: Any, table: str, cols: list[str]) -> int:
    if not cols:
        return 0
    n = 0
    order = "rowid" if table not in ("holiday_days",) else "day"
    cur = source.conn.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {order}")
    with raw.cursor() as pg_cur, pg_cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy:
        while True:
            rows = cur.fetchmany(5000)
            if not rows:
                break
            for row in rows:
                copy.write_row(tuple(row))
            n += len(rows)
    return n


def _copy_attachments(source: Database, raw: Any, folder: Path | None) -> tuple[int, list[str]]:
    from ...paths import attachments_dir_for

    if folder is None:
        if source.path is None:
            return 0, []
        folder = attachments_dir_for(source.path)
    stored, missing = 0, []
    for sha, stored_path in source.query("SELECT sha256, min(stored_path) FROM attachments GROUP BY sha256 ORDER BY sha256"):
        path = (folder / stored_path).resolve()
        if folder.resolve() not in path.parents or not path.is_file():
            missing.append(f"{stored_path}（文件缺失）")
            continue
        content = path.read_bytes()
        if hashlib.sha256(content).hexdigest() != sha:
            missing.append(f"{stored_path}（内容与登记的 SHA-256 不符）")
            continue
        raw.execute("INSERT INTO attachment_blobs (sha256, size, content) VALUES (%s, %s, %s) ON CONFLICT DO NOTHING",
                    (sha, len(content), content))
        stored += 1
    return stored, missing


def verify(source: Database, server_db: Database, tables: list[str], report: TransferReport) -> None:
    """Counts, the hash chain and the head, attachments' content: every difference in ``report.problems``."""
    from ..events import verify_chain

    for table in tables:
        here = int(source.scalar(f"SELECT count(*) FROM {table}"))
        there = int(server_db.scalar(f"SELECT count(*) FROM {table}"))
        report.counts[table] = (here, there)
        if here != there:
            report.problems.append(f"表 {table}：文件中 {here} 行，服务器上 {there} 行")
    indexed = int(server_db.scalar("SELECT count(*) FROM achievement_fts"))
    if indexed != report.counts.get("achievements", (0, 0))[1]:
        report.problems.append(f"搜索索引有 {indexed} 条，成果有 {report.counts.get('achievements', (0, 0))[1]} 条")
    broken = verify_chain(server_db)
    report.chain_ok = broken is None
    if broken is not None:
        report.problems.append(f"服务器上的事件日志校验未通过：{broken.message}")
    file_head = source.one("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1")
    server_head = server_db.one("SELECT last_id, last_hash, count FROM event_head WHERE id = 1")
    if file_head is not None and (server_head is None or (int(server_head[0]), server_head[1]) != (int(file_head[0]), file_head[1])):
        report.problems.append("服务器上事件日志的末条与文件中的不同")
    if file_head is not None:
        report.head = f"日志 #{int(file_head[0])} {str(file_head[1])[:12]}"
    bad = server_db.scalar("SELECT count(*) FROM attachment_blobs WHERE encode(sha256(content), 'hex') <> sha256")
    if bad:
        report.problems.append(f"服务器上有 {bad} 个附件的内容与其 SHA-256 不符")
    wanted = int(source.scalar("SELECT count(DISTINCT sha256) FROM attachments"))
    have = int(server_db.scalar("SELECT count(*) FROM attachment_blobs"))
    if have + len(report.missing_files) < wanted:
        report.problems.append(f"附件内容：应有 {wanted} 个，服务器上 {have} 个")
