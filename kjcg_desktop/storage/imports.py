"""Bulk import of ledger rows, undo of an import batch, mapping profiles, and the SQL behind the
Excel exchange with finance (1-2 第九条、第十条、第十二条).

An import is ONE transaction: the ``import_batches`` row, every added and updated achievement with
its inventors, and the event-log entries. The batch summary keeps the ids it added and the old
values of the rows it updated, so :func:`undo_import` can put the ledger back as it was.
"""

from __future__ import annotations

import json
import operator
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext, suppress
from typing import Any

import orjson

from .. import clock
from .. import domain as d
from ..domain import ledger_numbers
from ..domain.ip_numbers import number_key
from .db import Database, StorageError, is_busy
from .events import log_event, operator_name
from .import_registers import undo_items, write_items
from .import_undo import UndoError, fields_changed_since, later_batches, restorable
from .ledger import indexes_rebuilt_at_end, new_rows_indexed_at_end, page_cache, search_document
from .settings import Settings

ARTICLE_IMPORT = "1-2 第六条、第七条"
PROFILES_KEY = "import_profiles"

# Achievement columns an import may write.
IMPORT_COLUMNS = (
    "ledger_no", "name", "type", "legal_status", "application_no", "patent_no", "registration_no",
    "filing_date", "grant_date", "holder", "department", "keywords", "summary", "disclosure_date",
    "registration_date", "transfer_status", "transfer_count", "asset_value_fen", "extra", "attribute", "stage",
    "filing_date_precision", "grant_date_precision", "disclosure_date_precision", "registration_date_precision",
    "application_no_as_written", "patent_no_as_written", "import_key", "import_source",
)
# The fields a source row sets, merged field by field on a re-import (with ``extra`` and the
# inventors). The merge-base trigger of migration v15 names the same columns.
IMPORTED_FIELDS = (
    "ledger_no", "name", "type", "legal_status", "application_no", "patent_no", "registration_no", "filing_date",
    "grant_date", "holder", "department", "keywords", "summary", "disclosure_date", "registration_date",
    "transfer_status", "transfer_count", "asset_value_fen", "extra",
)
_NO_VALUES = dict.fromkeys(IMPORT_COLUMNS)
_import_values = operator.itemgetter(*IMPORT_COLUMNS)
FLAG_COLUMNS = ("achievement_id", "batch_id", "field", "kind", "reason", "sheet", "cell", "original", "created_at")


class ImportConflictError(StorageError):
    """Another import wrote the same achievements between this import's preview and its write."""


def _json_text(value: Mapping[str, Any]) -> str:
    """JSON text of one imported row's ``extra`` data, keys sorted (orjson: a fifth of json's time)."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS, default=str).decode()


def json_value(text: str) -> Any:
    """JSON text as stored (orjson; json for what only it reads: NaN, integers over 64 bits)."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def _now() -> str:
    return clock.now().isoformat(timespec="seconds")


# -- lookups --------------------------------------------------------------------------------------
def existing_keys(db: Database) -> dict[str, int]:
    """Matching key → achievement id over the whole ledger: "app:" + CN digits of the application or
    patent number (other numbers "num:" + text), "reg:" + software registration number, "ledger:" +
    ledger number, and the import key (a fingerprint for rows that have none of these)."""
    keys: dict[str, int] = {}
    setdefault = keys.setdefault
    cursor = db.conn.cursor()
    cursor.row_factory = None  # plain tuples
    cursor.execute("SELECT id, ledger_no, application_no, patent_no, registration_no, import_key FROM achievements ORDER BY id")
    for row_id, ledger_no, application_no, patent_no, registration_no, import_key in cursor:
        if application_no:
            setdefault(number_key(application_no), row_id)
        if patent_no:
            setdefault(number_key(patent_no), row_id)
        if registration_no:
            setdefault(f"reg:{registration_no.upper()}", row_id)
        if ledger_no:
            setdefault(f"ledger:{ledger_no}", row_id)
        if import_key:
            setdefault(import_key, row_id)
    return keys


def flag_signatures(db: Database, ids: Iterable[int]) -> dict[int, set[tuple[str, ...]]]:
    """What an import must not raise again on the given achievements: (field, kind, original) of
    every flag, open or resolved (a value once checked is not flagged again), and (field, kind) of
    every open flag (the same problem, whatever the spelling of the value this time). A foreign
    family member's number is one, whether read from the 申请号 or the 公开（公告）号 column (the
    ledger export writes it in both)."""
    result: dict[int, set[tuple[str, ...]]] = {}
    ids = list(ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for row in db.conn.execute(f"SELECT achievement_id, field, kind, original, resolved_at FROM review_flags "
                                   f"WHERE achievement_id IN ({','.join('?' * len(chunk))})", chunk):
            known = result.setdefault(row[0], set())
            known.add((row[1], row[2], row[3]))
            if row[2] == d.FlagKind.FOREIGN:
                known.update((field, row[2], row[3]) for field in ("application_no", "publication_no"))
            if row[4] is None:
                known.add((flag_subject(row[1]), row[2]))
    return result


def flag_subject(field: str) -> str:
    """The field a flag is about, for telling the same problem twice: the CN number is one, whether
    the file wrote it in the 申请号 or the 专利号 column."""
    return "application_no" if field == "patent_no" else field


MERGE_BASE_COLUMNS = ("id", "import_source", "import_key", "legal_status", "attribute", "stage", "stage_override",
                      "ledger_no", "name", "row_version")


def merge_bases(db: Database, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """:data:`MERGE_BASE_COLUMNS` of the given achievements (one query): what a re-import needs of a
    record whose source row has not changed since the last import."""
    ids = list(ids)
    if not ids:
        return {}
    cursor = db.conn.cursor()
    cursor.row_factory = None
    cursor.execute(f"SELECT {', '.join(MERGE_BASE_COLUMNS)} FROM achievements WHERE id IN (SELECT value FROM json_each(?))",
                   (orjson.dumps(ids).decode(),))
    return {row[0]: dict(zip(MERGE_BASE_COLUMNS, row, strict=True)) for row in cursor}


def unnumbered_by_name(db: Database, names: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """Records without an application, patent or registration number, by name (id, ledger number,
    type, import key): where a row without numbers may be a record whose completers changed."""
    wanted = sorted(set(names))
    result: dict[str, list[dict[str, Any]]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        for row in db.query(f"SELECT id, ledger_no, name, type, import_key FROM achievements WHERE name IN "
                            f"({','.join('?' * len(chunk))}) AND application_no IS NULL AND patent_no IS NULL "
                            "AND registration_no IS NULL ORDER BY id", chunk):
            result.setdefault(row["name"], []).append(dict(row))
    return result


def extras_naming_publications(db: Database) -> Iterator[tuple[int, str]]:
    """(id, extra fields as stored) of the records whose extra fields hold "CN", one by one (wide
    exports keep long texts there): where a row known only by its CN publication number (Google
    Patents, Espacenet) finds the record another export made, which keeps that number in its
    公开（公告）号 column's extra field."""
    for row in db.conn.execute("SELECT id, extra FROM achievements WHERE extra LIKE '%CN%' ORDER BY id"):
        yield row[0], row[1]


def numbered_by_name(db: Database, names: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """Records with an application, patent or registration number, by name (id, ledger number, type):
    where a row without numbers (a Google Patents export gives only the publication number) may be
    one of them."""
    wanted = sorted(set(names))
    result: dict[str, list[dict[str, Any]]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        for row in db.query(f"SELECT id, ledger_no, name, type FROM achievements WHERE name IN ({','.join('?' * len(chunk))}) "
                            "AND (application_no IS NOT NULL OR patent_no IS NOT NULL OR registration_no IS NOT NULL) "
                            "ORDER BY id", chunk):
            result.setdefault(row["name"], []).append(dict(row))
    return result


def achievements_by_ids(db: Database, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Rows (with ``extra`` parsed and ``inventors`` as a list of names) for the given ids: one query
    for the rows and one for the inventors (the ids passed as one JSON array)."""
    result: dict[int, dict[str, Any]] = {}
    ids = list(ids)
    if not ids:
        return result
    wanted = orjson.dumps(ids).decode()
    cursor = db.conn.cursor()
    cursor.row_factory = None  # plain tuples: zipped with the column names below
    cursor.execute("SELECT * FROM achievements WHERE id IN (SELECT value FROM json_each(?))", (wanted,))
    columns = [c[0] for c in cursor.description]
    loads = json_value
    for row in cursor:
        item = dict(zip(columns, row, strict=True))
        extra = item["extra"]
        item["extra"] = loads(extra) if extra else {}
        item["inventors"] = []
        result[item["id"]] = item
    cursor.execute("SELECT achievement_id, name FROM inventors WHERE achievement_id IN (SELECT value FROM json_each(?)) "
                   "ORDER BY achievement_id, position", (wanted,))
    for achievement_id, name in cursor:
        result[achievement_id]["inventors"].append(name)
    return result


def file_name_of(source: str) -> str:
    """The file name of a stored import source (a path written on Windows or elsewhere)."""
    return re.split(r"[\\/]", source)[-1]


def earlier_imports_of_file(db: Database, file_name: str, sheets: str,
                            key: Callable[[str], str] = str) -> list[tuple[str, str, set[int]]]:
    """(source as stored, when imported, ids of the records it added or updated) of each earlier
    import (not undone) of a file of this name (the same ``key`` of its name) read on the same sheets,
    oldest first."""
    found = []
    batches = db.query("SELECT id, source, imported_at FROM import_batches WHERE undone_at IS NULL AND sheet = ? ORDER BY id",
                       (sheets,))
    for batch in batches:
        if key(file_name_of(batch["source"])) != key(file_name):
            continue
        summary = json_value(db.scalar("SELECT summary FROM import_batches WHERE id = ?", (batch["id"],)) or "{}")
        ids = {int(i) for i in (*summary.get("added_ids", ()), *summary.get("updated", {}))}
        found.append((batch["source"], batch["imported_at"], ids))
    return found


def evidence_for(db: Database, ids: Iterable[int]) -> dict[int, list[d.Evidence]]:
    result: dict[int, list[d.Evidence]] = {}
    ids = list(ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.query(f"SELECT achievement_id, kind FROM stage_evidence WHERE achievement_id IN ({marks})", chunk):
            result.setdefault(row[0], []).append(d.Evidence(row[1]))
    return result


def last_ledger_serial(db: Database, year: int) -> int:
    prefix = ledger_numbers.year_prefix(year)
    last = db.scalar("SELECT ledger_no FROM achievements WHERE ledger_no LIKE ? ORDER BY ledger_no DESC LIMIT 1",
                     (prefix + "%",))
    tail = last.rsplit("-", 1)[1] if last else ""
    return int(tail) if tail.isdigit() else 0


# -- the import itself ----------------------------------------------------------------------------
def commit_import(
    db: Database,
    *,
    source: str,
    sheet: str | None,
    added: Sequence[Mapping[str, Any]],
    updated: Sequence[Mapping[str, Any]],
    summary: Mapping[str, Any],
    on_row: Callable[[int], None] | None = None,
    registers: Sequence[Mapping[str, Any]] = (),
) -> int:
    """Write one import in one transaction and return the batch id.

    ``added``: {"values": {column: value}, "inventors": [names]}; ``updated``: {"id", "changes",
    "inventors" (None = unchanged), "old" (old values of the changed columns), "old_inventors"}.
    Each item may carry "flags" (dicts of :class:`~kjcg_desktop.domain.review_flags.ReviewFlag`)
    and added items their matching "keys". ``on_row`` is called after each written row (progress;
    tests raise from it to simulate a crash). ``registers``: the payments and contracts of a fee or
    deal list (:func:`.import_registers.write_items`), written in the same transaction.

    Inside the write transaction the keys of the added rows are checked again: when another import
    wrote one of them since the preview, nothing is written and :class:`ImportConflictError` says so.
    """
    try:
        with page_cache(db, 64), _references_checked_at_end(db):
            return _commit(db, source, sheet, added, updated, summary, on_row, registers)
    except sqlite3.OperationalError as exc:
        if is_busy(exc):  # SQLITE_BUSY / SQLITE_LOCKED, by error code
            raise StorageError(
                "数据库正被另一个程序或另一次导入写入，等待 5 秒后仍未释放；本次导入没有写入任何内容，请稍后重试"
                "（如另一台电脑或另一个窗口正在导入，请等其完成）") from None
        raise
    finally:
        with suppress(sqlite3.OperationalError):
            db.execute("PRAGMA ignore_check_constraints = OFF")


@contextmanager
def _references_checked_at_end(db: Database) -> Iterator[None]:
    """SQLite looks up the parent row of every foreign key of every inserted row (the batch of each
    new achievement, the achievement of each inventor and flag): a tenth of a 20,000-row import.
    An import references only rows it writes itself or has just matched, so on SQLite those per-row
    checks are off while it writes (the setting can change only outside a transaction) and
    :func:`_verify_references` checks the written rows set-wise before the commit."""
    if getattr(db, "dialect", "sqlite") != "sqlite" or db.conn.in_transaction \
            or not db.scalar("PRAGMA foreign_keys"):
        yield
        return
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        db.execute("PRAGMA foreign_keys = ON")


def _checked_in_preview(db: Database, batch_id: int, now: str, checked: Sequence[tuple[int, Mapping[str, Any]]]) -> None:
    """The flags the file's text raised on cells the clerk corrected in the preview: kept as checked
    (who, when, the correction), and in the record's history as a flag checked is."""
    if not checked:
        return
    by = operator_name(db)
    for row_id, f in checked:
        flag_id = db.insert("review_flags", {"achievement_id": row_id, "batch_id": batch_id, "field": f["field"], "kind": f["kind"],
                                             "reason": f["reason"], "sheet": f["sheet"], "cell": f["cell"],
                                             "original": f["original"], "created_at": now, "resolved_at": now,
                                             "resolved_by": by, "resolution": f["resolution"]})
        log_event(db, "achievement", row_id, "review_flag_resolved",
                  old={"flag": flag_id, "field": f["field"], "reason": f["reason"], "cell": f["cell"], "original": f["original"]},
                  new={"resolution": f["resolution"], "by": by}, article=ARTICLE_IMPORT, operator=by)


def replace_inventors(db: Database, row_id: int, names: Sequence[str]) -> None:
    """Make ``names`` the record's inventors, in this order. A person already listed keeps what the
    office entered about them — department, income share, designated representative (方案二(一))."""
    known = {r["name"]: r for r in db.query(
        "SELECT name, person_id, department, share, is_representative FROM inventors WHERE achievement_id = ?", (row_id,))}
    db.execute("DELETE FROM inventors WHERE achievement_id = ?", (row_id,))
    rows = []
    for pos, name in enumerate(names):
        k = known.pop(name, None)  # a name listed twice keeps the details once
        rows.append((row_id, name, pos, *((k["person_id"], k["department"], k["share"], k["is_representative"]) if k
                                          else (None, None, None, 0))))
    db.conn.executemany("INSERT INTO inventors (achievement_id, name, position, person_id, department, share, "
                        "is_representative) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


def _verify_references(db: Database, batch_id: int, added_ids: Sequence[int], updated_ids: Sequence[int],
                       inventors_after: int, flags_after: int) -> None:
    """What the foreign keys of the written rows would have checked, in two queries: every new
    inventor and flag belongs to an added or updated achievement of this batch (that the updated
    ones still exist, :func:`_recheck_versions` made sure)."""
    if getattr(db, "dialect", "sqlite") != "sqlite" or db.scalar("PRAGMA foreign_keys"):
        return  # the foreign keys were checked row by row
    first, last = (added_ids[0], added_ids[-1]) if added_ids else (0, -1)
    mine = orjson.dumps(sorted(set(updated_ids))).decode()
    for table, after, batch in (("inventors", inventors_after, None), ("review_flags", flags_after, batch_id)):
        stray = db.scalar(f"SELECT id FROM {table} WHERE id > ? AND (NOT (achievement_id BETWEEN ? AND ?) "
                          "AND achievement_id NOT IN (SELECT value FROM json_each(?))"
                          f"{' OR batch_id IS NOT ?' if batch else ''}) LIMIT 1",
                          (after, first, last, mine, *((batch,) if batch else ())))
        if stray is not None:
            raise StorageError(f"导入写入的{'发明人' if table == 'inventors' else '待核对标记'}指向了不存在的成果，导入已取消，数据库未作修改")


def _commit(db: Database, source: str, sheet: str | None, added: Sequence[Mapping[str, Any]],
            updated: Sequence[Mapping[str, Any]], summary: Mapping[str, Any], on_row: Callable[[int], None] | None,
            registers: Sequence[Mapping[str, Any]] = ()) -> int:
    now = _now()
    with db.transaction():
        _recheck_keys(db, added)
        _recheck_versions(db, updated)
        _renumber_if_taken(db, added)
        batch_id = db.insert("import_batches", {"source": source, "sheet": sheet, "imported_at": now, "summary": {}})
        inventors_after = int(db.scalar("SELECT coalesce(max(id), 0) FROM inventors"))
        flags_after = int(db.scalar("SELECT coalesce(max(id), 0) FROM review_flags"))
        next_id = int(db.scalar("SELECT coalesce(max(id), 0) FROM achievements")) + 1
        ach_cols = [c for c in IMPORT_COLUMNS] + ["import_batch_id", "created_at", "updated_at", "id"]
        ach_sql = f"INSERT INTO achievements ({', '.join(ach_cols)}) VALUES ({', '.join('?' * len(ach_cols))})"
        inv_sql = "INSERT INTO inventors (achievement_id, name, position) VALUES (?, ?, ?)"
        ach_rows: list[tuple[Any, ...]] = []
        # The rows were validated by the importer; SQLite's per-row CHECK evaluation (its IN lists
        # build a temporary table for every row) would dominate the import, so the checks run once,
        # set-wise, by _verify_constraints before the transaction commits.
        db.execute("PRAGMA ignore_check_constraints = ON")
        added_ids: list[int] = []
        # An import at least as large as the ledger (the first one, typically) sorts its indexes
        # once at the end; into a larger ledger, rows are added to the indexes as they come.
        first_load = len(added) >= next_id - 1
        with new_rows_indexed_at_end(db) as search_docs, (indexes_rebuilt_at_end(db) if first_load else nullcontext()):
            inv_rows: list[tuple[int, str, int]] = []
            for n, item in enumerate(added, 1):
                values = item["values"]
                inventors = item.get("inventors") or ()
                row_id = next_id
                next_id += 1
                added_ids.append(row_id)
                search_docs.append((row_id, search_document(values, inventors)))
                row = {**_NO_VALUES, **values}  # every import column, None where the row has none
                extra = row["extra"]
                row["extra"] = _json_text(extra) if extra else "{}"
                # plain str/int/float/None from the importer; sqlite3 rejects anything else
                ach_rows.append((*_import_values(row), batch_id, now, now, row_id))
                inv_rows.extend((row_id, name, pos) for pos, name in enumerate(inventors))
                if len(ach_rows) >= 2000:
                    db.conn.executemany(ach_sql, ach_rows)
                    ach_rows.clear()
                if on_row is not None:
                    on_row(n)
            if ach_rows:
                db.conn.executemany(ach_sql, ach_rows)
            db.conn.executemany(inv_sql, inv_rows)
            flag_rows = [(row_id, batch_id, f["field"], f["kind"], f["reason"], f["sheet"], f["cell"], f["original"], now)
                         for row_id, item in zip(added_ids, added, strict=True) for f in item.get("flags") or ()
                         if "resolution" not in f]
            checked = [(row_id, f) for row_id, item in zip(added_ids, added, strict=True) for f in item.get("flags") or ()
                       if "resolution" in f]
            if added_ids:
                _verify_constraints(db, added_ids[0], added_ids[-1])
            db.execute("PRAGMA ignore_check_constraints = OFF")
        updated_log: dict[str, Any] = {}
        for n, item in enumerate(updated, len(added) + 1):
            row_id = int(item["id"])
            changes = dict(item["changes"])
            if changes:
                db.update("achievements", row_id, {**changes, "updated_at": now})
            if item.get("inventors") is not None:
                replace_inventors(db, row_id, item["inventors"])
            old = dict(item.get("old") or {})
            new = dict(changes)
            if item.get("inventors") is not None:
                old["inventors"] = list(item.get("old_inventors") or [])
                new["inventors"] = list(item["inventors"])
            updated_log[str(row_id)] = {"old": old, "new": new}
            flag_rows.extend((row_id, batch_id, f["field"], f["kind"], f["reason"], f["sheet"], f["cell"], f["original"], now)
                             for f in item.get("flags") or () if "resolution" not in f)
            checked.extend((row_id, f) for f in item.get("flags") or () if "resolution" in f)
            if old or new:
                log_event(db, "achievement", row_id, "import_update", old=old, new=new, article=ARTICLE_IMPORT)
            if on_row is not None:
                on_row(n)
        db.conn.executemany(f"INSERT INTO review_flags ({', '.join(FLAG_COLUMNS)}) VALUES ({', '.join('?' * len(FLAG_COLUMNS))})",
                            flag_rows)
        _checked_in_preview(db, batch_id, now, checked)
        _verify_references(db, batch_id, added_ids, [int(item["id"]) for item in updated], inventors_after, flags_after)
        full_summary = {**summary, "added_ids": added_ids, "updated": updated_log, "flags": len(flag_rows)}
        if registers:  # a fee or deal list: its payments and contracts, removed again by undo
            full_summary["registers"] = write_items(db, batch_id, source, registers, added_ids)
        db.update("import_batches", batch_id, {"summary": full_summary})
        log_event(db, "import_batch", batch_id, "import",
                  new={"source": source, "sheet": sheet, "added": len(added_ids), "updated": len(updated_log),
                       "added_ids": _ranges(added_ids)},
                  article=ARTICLE_IMPORT)
    return batch_id


def _recheck_keys(db: Database, added: Sequence[Mapping[str, Any]]) -> None:
    planned = {key: item for item in added for key in item.get("keys") or ()}
    if not planned:
        return
    taken = [key for key in existing_keys(db) if key in planned]
    if taken:
        names = "、".join(f"“{planned[k]['values'].get('name')}”" for k in taken[:3])
        raise ImportConflictError(
            f"另一次导入（或其他用户）在预览之后已写入了本次要新增的成果（共 {len(taken)} 条，如 {names}）。"
            "为避免重复，本次导入没有写入任何内容；请重新预览后再导入，已有的成果将被更新而不会重复")


def _recheck_versions(db: Database, updated: Sequence[Mapping[str, Any]]) -> None:
    """Inside the write transaction: every record the import updates is still as the preview read
    it (its row version; one given without a version: still there). Otherwise someone changed or
    deleted it since, and the merge — made against the old values — could undo that change:
    nothing is written."""
    expected = {int(item["id"]): None if item.get("version") is None else int(item["version"]) for item in updated}
    if not expected:
        return
    ids = list(expected)
    current: dict[int, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        current.update((int(r[0]), int(r[1])) for r in db.query(
            f"SELECT id, row_version FROM achievements WHERE id IN ({','.join('?' * len(chunk))})", chunk))
    moved = [i for i, version in expected.items() if i not in current or version is not None and current[i] != version]
    if moved:
        names = "、".join(f"“{n}”" for n in (db.scalar("SELECT name FROM achievements WHERE id = ?", (i,)) for i in moved[:3]) if n)
        raise ImportConflictError(
            f"预览之后，本次要更新的成果中有 {len(moved)} 条已被修改或删除（如 {names or '已删除的成果'}）。为免覆盖这些修改，"
            "本次导入没有写入任何内容；请重新预览后再导入")


def _renumber_if_taken(db: Database, added: Sequence[Mapping[str, Any]]) -> None:
    """Ledger numbers the importer gave new rows (KJCG-year-serial) that another writer has taken
    since the preview are given again after the last one in use."""
    generated = [item for item in added if item.get("generated_ledger_no")]
    if not generated:
        return
    numbers = [item["values"]["ledger_no"] for item in generated]
    taken = 0
    for start in range(0, len(numbers), 500):
        chunk = numbers[start:start + 500]
        taken += int(db.scalar(f"SELECT count(*) FROM achievements WHERE ledger_no IN ({','.join('?' * len(chunk))})", chunk))
    if not taken:
        return
    in_file = {item["values"].get("ledger_no") for item in added if not item.get("generated_ledger_no")}
    years = [item["values"]["ledger_no"].split("-")[1] for item in generated]
    by_year: dict[str, int] = {}
    for item, year in zip(generated, years, strict=True):
        serial = by_year[year] if year in by_year else last_ledger_serial(db, int(year))
        while True:
            serial += 1
            number = ledger_numbers.ledger_number(int(year), serial)
            if number not in in_file:
                break
        by_year[year] = serial
        item["values"]["ledger_no"] = number


def _in(values: Iterable[str]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


def _verify_constraints(db: Database, first: int, last: int) -> None:
    """The CHECK constraints of ``achievements`` (schema_v1.sql) over the rows first..last, in one query."""
    db.execute("PRAGMA ignore_check_constraints = OFF")
    stages = _in(m.value for m in d.Stage)
    bad = db.scalar(
        "SELECT id FROM achievements WHERE id BETWEEN ? AND ? AND NOT ("
        f"type IN {_in(m.value for m in d.AchievementType)} AND legal_status IN {_in(m.value for m in d.LegalStatus)} "
        f"AND attribute IN {_in(m.value for m in d.Attribute)} AND stage IN {stages} "
        f"AND (stage_override IS NULL OR stage_override IN {stages}) "
        f"AND transfer_status IN {_in(m.value for m in d.TransferStatus)} AND transfer_count >= 0 "
        f"AND status IN {_in(m.value for m in d.AchievementStatus)} AND confidential IN (0, 1) "
        "AND is_intangible_asset IN (0, 1) AND json_valid(extra)) LIMIT 1", (first, last))
    if bad is not None:
        raise StorageError(f"导入的第 {bad - first + 1} 条成果不符合数据库约束，导入已取消，数据库未作修改")


def _ranges(ids: Sequence[int]) -> list[list[int]]:
    """Compact id list as [first, last] runs."""
    runs: list[list[int]] = []
    for i in ids:
        if runs and runs[-1][1] + 1 == i:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return runs


def undo_import(db: Database, batch_id: int) -> dict[str, int]:
    """Undo a whole import batch: delete the rows it added, restore the rows it updated. One transaction.

    A field changed since the import keeps its current value (``kept`` counts them; see
    storage/import_undo.py, which also tells beforehand what undo will do). Refused when an added
    row has since gained applications, deals, expenditures, evidence or attachments (undo would lose
    that later work), when a later import still in force updated the batch's records (undo that one
    first), or when the batch was already undone."""
    with db.transaction():
        batch = db.get("import_batches", batch_id)
        if batch is None:
            raise UndoError(f"导入批次 {batch_id} 不存在")
        if batch["undone_at"]:
            raise UndoError(f"导入批次 {batch_id} 已于 {batch['undone_at']} 撤销，不能重复撤销")
        summary = json.loads(batch["summary"] or "{}")
        added = [int(i) for i in summary.get("added_ids", [])]
        later = later_batches(db, batch_id, {*added, *(int(k) for k in summary.get("updated", {}))})
        if later:
            raise UndoError(f"导入批次 {later[-1]} 在此之后又更新了本批次的成果（或为其记入了缴费、合同），请先撤销导入批次 {later[-1]}")
        registers = undo_items(db, batch_id, summary.get("registers") or {})  # its payments and contracts first
        for table, label in (("applications", "申请"), ("deals", "转化交易"), ("expenditures", "支出"), ("fee_payments", "年费缴费"),
                             ("stage_evidence", "阶段证据"), ("finance_queue", "财务事项"), ("publicities", "公示")):
            used = _count_in(db, table, "achievement_id", added)
            if used:
                raise UndoError(f"导入批次 {batch_id} 新增的成果已有后续{label}记录（{used} 条），不能整体撤销；请先处理这些记录")
        attached = _count_in(db, "attachments", "owner_id", added, extra="owner_type = 'achievement' AND ")
        if attached:
            raise UndoError(f"导入批次 {batch_id} 新增的成果已有附件（{attached} 个），不能整体撤销")
        for start in range(0, len(added), 500):
            chunk = added[start:start + 500]
            marks = ",".join("?" * len(chunk))
            # achievements first: their inventors go with them (ON DELETE CASCADE), and the search
            # index is not rebuilt for an achievement that is being deleted anyway
            db.execute(f"DELETE FROM achievements WHERE id IN ({marks})", chunk)
            db.execute(f"DELETE FROM inventors WHERE achievement_id IN ({marks})", chunk)
        restored = kept_fields = 0
        from .achievements import recompute_tags

        for key, change in summary.get("updated", {}).items():
            row_id = int(key)
            if db.scalar("SELECT 1 FROM achievements WHERE id = ?", (row_id,)) is None:
                continue
            kept = fields_changed_since(db, row_id, change.get("new") or {})
            kept_fields += len(kept)
            old = dict(change.get("old") or {})
            inventors = None if "inventors" in kept else old.pop("inventors", None)
            old = restorable(old, kept)
            if old:
                db.update("achievements", row_id, {**old, "updated_at": _now()})
            if inventors is not None:
                replace_inventors(db, row_id, inventors)
            written = change.get("new") or {}
            put_back = {**old, **({"inventors": inventors} if inventors is not None else {})}
            log_event(db, "achievement", row_id, "import_undo", old={k: written.get(k) for k in put_back if k in written},
                      new=put_back, article=ARTICLE_IMPORT)
            recompute_tags(db, row_id)
            restored += 1
        db.execute("DELETE FROM review_flags WHERE batch_id = ?", (batch_id,))
        db.update("import_batches", batch_id, {"undone_at": _now()})
        log_event(db, "import_batch", batch_id, "undo", new={"deleted": len(added), "restored": restored, "kept": kept_fields,
                                                             **{k: v for k, v in registers.items() if v}},
                  article=ARTICLE_IMPORT)
    return {"deleted": len(added), "restored": restored, "kept": kept_fields, **{k: v for k, v in registers.items() if v}}


def _count_in(db: Database, table: str, column: str, ids: Sequence[int], extra: str = "") -> int:
    total = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        total += int(db.scalar(f"SELECT count(*) FROM {table} WHERE {extra}{column} IN ({','.join('?' * len(chunk))})", chunk))
    return total


def list_batches(db: Database) -> list[dict[str, Any]]:
    rows = db.query("SELECT id, source, sheet, imported_at, undone_at, summary FROM import_batches ORDER BY id DESC")
    result = []
    for r in rows:
        summary = json.loads(r["summary"] or "{}")
        result.append({"id": r["id"], "source": r["source"], "sheet": r["sheet"], "imported_at": r["imported_at"],
                       "undone_at": r["undone_at"], "added": len(summary.get("added_ids", [])),
                       "updated": len(summary.get("updated", {}))})
    return result


# -- mapping profiles (kept in the settings table) --------------------------------------------------
def load_profiles(db: Database) -> dict[str, dict[str, Any]]:
    """The saved column-mapping profiles by name: each ``{"sheets": [{"sheet", "mapping"}, …]}`` (one
    mapping per sheet header, services.importing.profiles), or, saved before, one ``{header: field}``
    table for all sheets."""
    value = Settings(db).get(PROFILES_KEY, {})
    return value if isinstance(value, dict) else {}


def save_profile(db: Database, name: str, profile: Mapping[str, Any]) -> None:
    name = name.strip()
    if not name:
        raise d.DomainError("映射方案名称不能为空")
    profiles = load_profiles(db)
    profiles[name] = dict(profile)
    Settings(db).set(PROFILES_KEY, profiles)


# -- ledger export --------------------------------------------------------------------------------
LEDGER_SELECT = (
    "SELECT a.id, a.ledger_no, a.name, a.type, a.legal_status, a.application_no, a.patent_no, a.registration_no, "
    # dates as stored: a day, or a month or a year alone ("2023-05", "2021"), which the export writes as text
    "a.filing_date, a.grant_date, a.holder, a.department, a.keywords, a.summary, a.disclosure_date, "
    "a.registration_date, a.transfer_status, a.transfer_count, a.asset_value_fen, a.attribute, a.stage, a.extra, "
    "(SELECT group_concat(name, '、') FROM (SELECT name FROM inventors i WHERE i.achievement_id = a.id ORDER BY position)) "
    "AS inventors FROM achievements a"
)


def iter_ledger(db: Database, ids: Sequence[int] | None = None) -> Iterator[sqlite3.Row]:
    """Ledger rows for export, in id order (``ids`` restricts to a filtered view)."""
    if ids is None:
        yield from db.conn.execute(LEDGER_SELECT + " ORDER BY a.id")
        return
    ids = sorted(set(int(i) for i in ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        yield from db.conn.execute(LEDGER_SELECT + f" WHERE a.id IN ({','.join('?' * len(chunk))}) ORDER BY a.id", chunk)



def imported_columns(db: Database) -> list[str]:
    """The headers of the columns that imports kept as extra data, in the order of their files'
    columns (batch by batch, undone batches left out, each header once)."""
    headers: dict[str, None] = {}
    for (found,) in db.conn.execute("SELECT json_extract(summary, '$.unmapped_columns') FROM import_batches "
                                    "WHERE undone_at IS NULL ORDER BY id"):
        try:
            listed = json.loads(found) if isinstance(found, str) else found
        except ValueError:
            continue
        for header in listed if isinstance(listed, list) else ():
            headers.setdefault(str(header), None)
    return list(headers)


def extra_keys(db: Database) -> list[str]:
    """Every key used in achievements' extra data, in first-seen order."""
    keys: dict[str, None] = {}
    for key, _first in db.conn.execute("SELECT j.key, min(a.id) AS first FROM achievements a, json_each(a.extra) j "
                                       "GROUP BY j.key ORDER BY first"):
        keys.setdefault(key, None)
    return list(keys)
