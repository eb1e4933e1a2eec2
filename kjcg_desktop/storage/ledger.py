"""The ledger (台账, 1-2 第七条) as the table view sees it: ids ordered and filtered in SQL, rows
fetched by id in blocks, facet counts, search, and the per-achievement lists of the detail view.

Search runs on the trigram index of migration ``_v6_one_search_table``: terms of three or more
characters use ``MATCH`` (a phrase, so any substring is found); shorter terms use ``LIKE`` on the
stored text, because ``MATCH`` needs three characters and, on SQLite 3.40, ``LIKE`` on a trigram
table silently returns nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from datetime import datetime
from typing import Any

from .. import domain as d
from .db import Database
from .events import log_event
from .migrations import SEARCH_TEXT_MAX

# key -> SQL expression over ``achievements a``
COLUMNS: dict[str, str] = {
    "ledger_no": "a.ledger_no",
    "name": "a.name",
    "type": "a.type",
    "attribute": "a.attribute",
    "stage": "a.stage",
    "transfer_status": "a.transfer_status",
    "transfer_count": "a.transfer_count",
    "legal_status": "a.legal_status",
    "application_no": "a.application_no",
    "patent_no": "a.patent_no",
    "registration_no": "a.registration_no",
    "department": "a.department",
    "inventors": "(SELECT group_concat(name, '、') FROM (SELECT name FROM inventors i WHERE i.achievement_id = a.id "
                 "ORDER BY i.position))",
    "keywords": "a.keywords",
    "disclosure_date": "a.disclosure_date",
    "filing_date": "a.filing_date",
    "grant_date": "a.grant_date",
    "status": "a.status",
    "updated_at": "a.updated_at",
    # the open 待核对 flags, one "cell　reason" a line (the ledger's 待核对 column and its tooltip)
    "review": "(SELECT group_concat(x, '\n') FROM (SELECT coalesce(f.cell, '') || '　' || f.reason AS x FROM review_flags f "
              "WHERE f.achievement_id = a.id AND f.resolved_at IS NULL ORDER BY f.id) AS open_flags)",
}

ENUM_COLUMNS: dict[str, type[d.enums.LabelledEnum]] = {
    "type": d.AchievementType, "attribute": d.Attribute, "stage": d.Stage, "transfer_status": d.TransferStatus,
    "legal_status": d.LegalStatus, "status": d.AchievementStatus,
}


def _enum_order(column: str, enum: type[d.enums.LabelledEnum]) -> str:
    whens = " ".join(f"WHEN '{m.value}' THEN {i}" for i, m in enumerate(enum))
    return f"CASE a.{column} {whens} ELSE 99 END"


SORT_EXPRESSIONS: dict[str, str] = {
    **COLUMNS,
    **{key: _enum_order(key, enum) for key, enum in ENUM_COLUMNS.items()},
    "inventors": "(SELECT i.name FROM inventors i WHERE i.achievement_id = a.id ORDER BY i.position LIMIT 1)",
}

# Facets the ledger can be filtered by. Simple ones compare one column.
SIMPLE_FACETS = ("type", "attribute", "stage", "transfer_status", "status", "department")
FACETS = (*SIMPLE_FACETS, "year", "running_publicity", "needs_review")

RUNNING_PUBLICITY = ("EXISTS (SELECT 1 FROM publicities p WHERE p.achievement_id = a.id AND p.state = 'running')")
# 待核对: an open review flag (an imported value that could not be read with certainty)
NEEDS_REVIEW = ("EXISTS (SELECT 1 FROM review_flags f WHERE f.achievement_id = a.id AND f.resolved_at IS NULL)")

MIN_MATCH_CHARS = 3


def search_terms(text: str) -> list[str]:
    """Whitespace-separated terms of a search; all must match (AND)."""
    return [t for t in (text or "").split() if t]


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _term_ids_sql(term: str, order: str = "") -> tuple[str, list[Any]]:
    """A SELECT of the ids one search term matches (column ``id``), optionally ``ORDER BY id …``."""
    order_by = f" ORDER BY id {order}" if order else ""
    if len(term) >= MIN_MATCH_CHARS:
        phrase = '"' + term.replace('"', '""') + '"'
        return f"SELECT rowid AS id FROM achievement_fts WHERE achievement_fts MATCH ?{order_by}", [phrase]
    # One LIKE scan over the compact stored text (the FTS5 content table: c0 is the text).
    return f"SELECT id FROM achievement_fts_content WHERE c0 LIKE ? ESCAPE '\\'{order_by}", [_like_pattern(term)]


def _search_ids_sql(search: str) -> tuple[str, list[Any]] | None:
    """The ids matching every term (INTERSECT), or None without terms."""
    parts, params = [], []
    for term in search_terms(search):
        sql, args = _term_ids_sql(term)
        parts.append(sql)
        params += args
    if not parts:
        return None
    return " INTERSECT ".join(f"SELECT * FROM ({p})" for p in parts), params


def _facet_clause(facet: str, value: Any) -> tuple[str, list[Any]] | None:
    if value in (None, "", False):
        return None
    if facet in SIMPLE_FACETS:
        return f"a.{facet} = ?", [value]
    if facet == "year":
        year = int(value)
        return "a.disclosure_date >= ? AND a.disclosure_date < ?", [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]
    if facet == "running_publicity":
        return RUNNING_PUBLICITY, []
    if facet == "needs_review":
        return NEEDS_REVIEW, []
    raise ValueError(f"unknown facet: {facet}")


def _id_list(db: Database, sql: str, params: Sequence[Any] = ()) -> list[int]:
    """Ids from a ``SELECT group_concat(id) FROM (…)``: one string instead of 100,000 rows."""
    text = db.conn.execute(sql, params).fetchone()[0]
    return list(map(int, text.split(","))) if text else []


def _search_only_ids(db: Database, terms: list[str], descending: bool) -> list[int]:
    """Ids matching all terms, in id order, read from the search tables alone (stored in id order,
    so no sorting in SQL)."""
    direction = "DESC" if descending else "ASC"
    result: set[int] | None = None
    for term in terms:
        sql, params = _term_ids_sql(term, direction)
        found = _id_list(db, f"SELECT group_concat(id) FROM ({sql})", params)
        if len(terms) == 1:
            return found
        result = set(found) if result is None else result & set(found)
    return sorted(result or (), reverse=descending)


def where_clause(filters: Mapping[str, Any] | None = None, search: str = "") -> tuple[str, list[Any]]:
    """``WHERE …`` (or an empty string) and its parameters for the facets and the search text."""
    parts: list[str] = []
    params: list[Any] = []
    for facet, value in (filters or {}).items():
        clause = _facet_clause(facet, value)
        if clause:
            parts.append(clause[0])
            params += clause[1]
    matched = _search_ids_sql(search)
    if matched:
        parts.append(f"a.id IN ({matched[0]})")
        params += matched[1]
    return (" WHERE " + " AND ".join(parts) if parts else ""), params


def ledger_ids(
    db: Database,
    filters: Mapping[str, Any] | None = None,
    search: str = "",
    *,
    sort: str = "id",
    descending: bool = False,
) -> list[int]:
    """Ids of the matching achievements in display order (sorting and filtering in SQL)."""
    direction = "DESC" if descending else "ASC"
    plain_order = sort == "id" or sort not in SORT_EXPRESSIONS
    active = {k: v for k, v in (filters or {}).items() if v not in (None, "", False)}
    if plain_order and not active:
        # No facet needs the table: read ids from the search index, or from a small index
        # instead of scanning the wide table.
        terms = search_terms(search)
        if terms:
            return _search_only_ids(db, terms, descending)
        # read from the status index unordered and sort here: a third of the time of SQLite's
        # sorting 100,000 ids through a temporary b-tree
        return sorted(_id_list(db, "SELECT group_concat(id) FROM (SELECT a.id FROM achievements a INDEXED BY achievements_status)"),
                      reverse=descending)
    where, params = where_clause(filters, search)
    order = f"a.id {direction}" if plain_order else f"{SORT_EXPRESSIONS[sort]} {direction}, a.id {direction}"
    cur = db.conn.execute(f"SELECT a.id FROM achievements a{where} ORDER BY {order}", params)
    cur.row_factory = None
    return [r[0] for r in cur]


def count(db: Database, filters: Mapping[str, Any] | None = None, search: str = "") -> int:
    active = {k: v for k, v in (filters or {}).items() if v not in (None, "", False)}
    matched = None if active else _search_ids_sql(search)
    if matched:
        return int(db.scalar(f"SELECT count(*) FROM ({matched[0]})", matched[1]))
    where, params = where_clause(filters, search)
    return int(db.scalar(f"SELECT count(*) FROM achievements a{where}", params))


def fetch_rows(db: Database, ids: Sequence[int], columns: Sequence[str]) -> dict[int, tuple[Any, ...]]:
    """Row values (in ``columns`` order) of the given ids, keyed by id."""
    if not ids:
        return {}
    exprs = ", ".join(COLUMNS[c] for c in columns)
    result: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(ids), 900):
        chunk = list(ids[start:start + 900])
        cur = db.conn.execute(
            f"SELECT a.id, {exprs} FROM achievements a WHERE a.id IN ({','.join('?' * len(chunk))})", chunk)
        cur.row_factory = None
        for row in cur:
            result[row[0]] = tuple(row[1:])
    return result


def facet_counts(db: Database, facet: str, filters: Mapping[str, Any] | None = None, search: str = "") -> dict[Any, int]:
    """How many achievements each value of ``facet`` selects, combined with the other filters and
    the search (the facet's own current value is ignored)."""
    others = {k: v for k, v in (filters or {}).items() if k != facet}
    where, params = where_clause(others, search)
    if facet in SIMPLE_FACETS:
        rows = db.query(f"SELECT a.{facet}, count(*) FROM achievements a{where} GROUP BY a.{facet}", params)
        return {r[0]: r[1] for r in rows if r[0] is not None}
    if facet == "year":
        rows = db.query(f"SELECT CAST(substr(a.disclosure_date, 1, 4) AS INTEGER) AS y, count(*) FROM achievements a{where} "
                        "GROUP BY y", params)
        return {r[0]: r[1] for r in rows if r[0]}
    if facet == "running_publicity":
        glue = " AND " if where else " WHERE "
        return {True: int(db.scalar(f"SELECT count(*) FROM achievements a{where}{glue}{RUNNING_PUBLICITY}", params))}
    if facet == "needs_review":
        glue = " AND " if where else " WHERE "
        return {True: int(db.scalar(f"SELECT count(*) FROM achievements a{where}{glue}{NEEDS_REVIEW}", params))}
    raise ValueError(f"unknown facet: {facet}")


def departments(db: Database) -> list[str]:
    return [r[0] for r in db.query("SELECT DISTINCT department FROM achievements WHERE department IS NOT NULL "
                                   "AND department <> '' ORDER BY department")]


def disclosure_years(db: Database) -> list[int]:
    first = db.scalar("SELECT min(disclosure_date) FROM achievements WHERE disclosure_date IS NOT NULL")
    last = db.scalar("SELECT max(disclosure_date) FROM achievements")
    if not first or not last:
        return []
    return list(range(int(last[:4]), int(first[:4]) - 1, -1))


@contextmanager
def bulk_load(db: Database) -> Iterator[None]:
    """For a bulk insert inside the caller's transaction: the search triggers are dropped while it
    runs and the index is rebuilt once at the end (much faster than a trigger per row)."""
    from .migrations import LEDGER_SEARCH_SQL, SEARCH_TRIGGERS, _run_script

    with page_cache(db, 256), db.transaction():
        if getattr(db, "dialect", "sqlite") == "postgresql":
            from .pg.database import search_deferred

            with search_deferred(db):
                yield
            rebuild_search_index(db)
            return
        for name in SEARCH_TRIGGERS:
            db.execute(f"DROP TRIGGER IF EXISTS {name}")
        with indexes_rebuilt_at_end(db):
            yield
        _run_script(db, LEDGER_SEARCH_SQL)
        rebuild_search_index(db)


@contextmanager
def indexes_rebuilt_at_end(db: Database) -> Iterator[None]:
    """Inside the caller's transaction: the secondary indexes of the ledger's tables are dropped
    while rows are bulk-inserted and created again at the end (one sort per index instead of a
    B-tree insert per row and index)."""
    indexes = [tuple(r) for r in db.query(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('achievements', 'inventors')")]
    for name, _sql in indexes:
        db.execute(f"DROP INDEX {name}")
    yield
    for _name, sql in indexes:
        db.execute(sql)


@contextmanager
def page_cache(db: Database, megabytes: int) -> Iterator[None]:
    """A larger page cache for one bulk write, so its pages are not spilled to the log before the
    commit (SQLite's default is 2 MB); the connection's setting is put back afterwards."""
    cache = db.scalar("PRAGMA cache_size")
    db.execute(f"PRAGMA cache_size = {-1024 * megabytes}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {int(cache)}")


@contextmanager
def new_rows_indexed_at_end(db: Database) -> Iterator[list[tuple[int, str]]]:
    """Inside the caller's transaction: while new achievements (and their inventors) are inserted,
    the per-row insert triggers of the search index are off; the caller appends ``(id,
    search_document(...))`` of each new achievement to the yielded list and they are indexed in one
    ``executemany`` at the end. Updates and deletes keep their triggers.

    Inside a transaction it opens no savepoint of its own (releasing one costs a twentieth of a large
    import): when the block fails, the caller's rollback puts the triggers back."""
    from .migrations import LEDGER_SEARCH_SQL, _run_script

    docs: list[tuple[int, str]] = []
    with nullcontext() if db.in_transaction else db.transaction():
        if getattr(db, "dialect", "sqlite") == "postgresql":
            from .pg.database import search_deferred

            with search_deferred(db):
                yield docs
            db.conn.executemany("INSERT INTO achievement_fts (rowid, doc) VALUES (?, ?)", docs)
            return
        for name in ("achievements_fts_insert", "inventors_fts_insert"):
            db.execute(f"DROP TRIGGER IF EXISTS {name}")
        yield docs
        _run_script(db, LEDGER_SEARCH_SQL)
        db.conn.executemany("INSERT INTO achievement_fts (rowid, doc) VALUES (?, ?)", docs)


def search_document(values: Mapping[str, Any], inventors: Iterable[str] = ()) -> str:
    """The indexed text of one achievement, as ``LEDGER_SEARCH_DOC`` builds it in SQL: ``values``
    holds its ledger columns (``extra`` as a dict, whose values are indexed in key order, the order
    they are stored in), ``inventors`` the names in order."""
    get = values.get
    extra = get("extra")
    return " ".join((
        get("name") or "", get("ledger_no") or "", get("application_no") or "", get("patent_no") or "",
        get("registration_no") or "", get("keywords") or "",
        " ".join([t for k in sorted(extra) if (v := extra[k]) is not None
                  and len(t := v if v.__class__ is str else str(v)) <= SEARCH_TEXT_MAX])
        if extra else "", " ".join(inventors)))


def rebuild_search_index(db: Database) -> None:
    """Re-index every achievement (after a bulk load done with the triggers dropped, or to repair
    the index). One transaction."""
    from .migrations import LEDGER_SEARCH_DOC

    with db.transaction():
        db.execute("DELETE FROM achievement_fts")
        db.execute(f"INSERT INTO achievement_fts (rowid, doc) SELECT a.id, {LEDGER_SEARCH_DOC.format(p='a')} FROM achievements a")


# -- one achievement ---------------------------------------------------------------------------

def expenditures_of(db: Database, achievement_id: int) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query("SELECT * FROM expenditures WHERE achievement_id = ? ORDER BY date, id", (achievement_id,))]


def evidence_rows(db: Database, achievement_id: int) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query(
        "SELECT e.*, t.filename FROM stage_evidence e LEFT JOIN attachments t ON t.id = e.attachment_id "
        "WHERE e.achievement_id = ? ORDER BY e.id", (achievement_id,))]


def project_of(db: Database, achievement_id: int) -> dict[str, Any] | None:
    row = db.one("SELECT p.* FROM projects p JOIN achievements a ON a.project_id = p.id WHERE a.id = ?", (achievement_id,))
    return dict(row) if row else None


def deals_of(db: Database, achievement_id: int) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query(
        "SELECT dl.*, (SELECT coalesce(sum(amount_fen), 0) FROM income_receipts r WHERE r.deal_id = dl.id) AS received_fen "
        "FROM deals dl WHERE dl.achievement_id = ? ORDER BY dl.id", (achievement_id,))]


def publicities_of(db: Database, achievement_id: int) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query(
        "SELECT p.*, (SELECT count(*) FROM objections o WHERE o.publicity_id = p.id) AS objections "
        "FROM publicities p WHERE p.achievement_id = ? ORDER BY p.start_date, p.id", (achievement_id,))]


def applications_of(db: Database, achievement_id: int) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query(
        "SELECT id, number, kind, state, title, start_date, end_date FROM applications WHERE achievement_id = ? ORDER BY id",
        (achievement_id,))]


def history_of(db: Database, achievement_id: int) -> list[dict[str, Any]]:
    """The event log of an achievement and of its applications, deals and publicities, newest first;
    an imported achievement's log starts with the import that added it (file, sheet, batch)."""
    rows = db.query(
        "SELECT * FROM events WHERE (entity = 'achievement' AND entity_id = :id)"
        " OR (entity = 'application' AND entity_id IN (SELECT id FROM applications WHERE achievement_id = :id))"
        " OR (entity = 'deal' AND entity_id IN (SELECT id FROM deals WHERE achievement_id = :id))"
        " OR (entity = 'publicity' AND entity_id IN (SELECT id FROM publicities WHERE achievement_id = :id))"
        " OR (entity = 'import_batch' AND action = 'import'"
        "     AND entity_id = (SELECT import_batch_id FROM achievements WHERE id = :id))"
        " ORDER BY id DESC", {"id": achievement_id})
    result = []
    for r in rows:
        row = dict(r)
        row["old"] = json.loads(row["old"]) if row["old"] else None
        row["new"] = json.loads(row["new"]) if row["new"] else None
        result.append(row)
    return result


ARTICLE_DRAFTS = "1-2 第六条、第七条"


def delete_draft(db: Database, achievement_id: int) -> None:
    """Delete an achievement that was disclosed but never registered (a draft). Anything else is
    archived, never deleted (1-2 第七条: the ledger is the record)."""
    with db.transaction():
        row = db.get("achievements", achievement_id)
        if row is None:
            raise d.DomainError(f"成果 {achievement_id} 不存在")
        if row["status"] != "disclosed":
            raise d.DomainError("只有尚未登记的披露草稿可以删除；已登记的成果只能归档", article=ARTICLE_DRAFTS)
        linked = db.scalar(
            "SELECT (SELECT count(*) FROM applications WHERE achievement_id = :id) + (SELECT count(*) FROM deals "
            "WHERE achievement_id = :id) + (SELECT count(*) FROM publicities WHERE achievement_id = :id)", {"id": achievement_id})
        if linked:
            raise d.DomainError("该草稿已有申请、交易或公示记录，不能删除，请归档", article=ARTICLE_DRAFTS)
        inventors = [dict(r) for r in db.query("SELECT name, department, share FROM inventors WHERE achievement_id = ?",
                                               (achievement_id,))]
        for table in ("stage_evidence", "expenditures", "finance_queue"):
            db.execute(f"DELETE FROM {table} WHERE achievement_id = ?", (achievement_id,))
        db.execute("DELETE FROM attachments WHERE owner_type = 'achievement' AND owner_id = ?", (achievement_id,))
        db.execute("DELETE FROM achievements WHERE id = ?", (achievement_id,))
        log_event(db, "achievement", achievement_id, "delete", old={**row, "inventors": inventors}, article=ARTICLE_DRAFTS)


def archive(db: Database, achievement_id: int) -> None:
    """Archive an achievement (status 已归档); logged with old → new."""
    with db.transaction():
        status = db.scalar("SELECT status FROM achievements WHERE id = ?", (achievement_id,))
        if status is None:
            raise d.DomainError(f"成果 {achievement_id} 不存在")
        if status == "archived":
            raise d.DomainError("该成果已归档")
        db.update("achievements", achievement_id, {"status": "archived", "updated_at": datetime.now().isoformat(timespec="seconds")})
        log_event(db, "achievement", achievement_id, "archive", old={"status": status}, new={"status": "archived"},
                  article=ARTICLE_DRAFTS)


def ids_exist(db: Database, ids: Iterable[int]) -> set[int]:
    ids = list(ids)
    if not ids:
        return set()
    return {r[0] for r in db.query(f"SELECT id FROM achievements WHERE id IN ({','.join('?' * len(ids))})", ids)}


def removal_facts(db: Database, achievement_id: int) -> tuple[str, str, int] | None:
    """(status, name, number of applications, deals and publicities referring to it) of an
    achievement, or None when there is no such achievement."""
    row = db.one("SELECT status, name, (SELECT count(*) FROM applications WHERE achievement_id = :id) + "
                 "(SELECT count(*) FROM deals WHERE achievement_id = :id) + "
                 "(SELECT count(*) FROM publicities WHERE achievement_id = :id) AS linked "
                 "FROM achievements WHERE id = :id", {"id": achievement_id})
    return None if row is None else (row["status"], row["name"], int(row["linked"]))
