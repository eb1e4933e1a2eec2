"""Matching planned rows with the ledger and merging them field by field.

A row matches a record by its stable key (:func:`.rows.row_keys`). The record keeps what the file
said at the last import — its merge base — so per field:

- the source is unchanged since the last import → the app's value stays (a clerk's correction survives);
- the source changed and the app's value did not → the field is updated, the diff goes to the report;
- both changed → the app's value stays and a conflict flag holds both values.

The base is kept in ``import_source`` as a digest of the whole source row (a re-import of an
unchanged row is told by the digest alone) and the fields where the file said something other
than what the record holds: right after an import that is little more than the inventors, so the
base costs a few dozen bytes instead of a second copy of the row. The record's first change by
anything but an import copies every imported field into the base first (a trigger: migration
``_v15_import_base`` on SQLite, ``kjcg_import_base`` on the office server), whoever writes it.

A record imported before the merge base existed has no ``import_source``: the file's value is
taken. A record imported while the base was a copy of the source row (JSON of the row) merges on
that copy. Flags already on the record (open or resolved) are not raised again, so a second import
of the same file changes nothing.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from functools import lru_cache
from typing import Any

import orjson

from ... import domain as d
from ...domain.ip_numbers import read_number
from ...domain.review_flags import FlagKind, ReviewFlag, cell_ref
from ...storage import achievements as achievements_repo
from ...storage import imports as repo
from ...storage.db import Database
from .layout import column_letter
from .model import ImportPlan, PlannedRow, TagDifference, _merge_duplicate
from .rows import PUBLICATION_SERIAL, SEVERAL_NUMBERS, fingerprint_key
from .synonyms import field_of_header, header_key, synonyms, value_label

_ATTRIBUTE_LABELS = {m.value: m.label for m in d.Attribute}
_STAGE_LABELS = {m.value: m.label for m in d.Stage}
_ATTRIBUTE_OF = {m.value: d.attribute_for(m).value for m in d.LegalStatus}
_COMPANIONS = {"filing_date": ("filing_date_precision",), "grant_date": ("grant_date_precision",),
               "disclosure_date": ("disclosure_date_precision",), "registration_date": ("registration_date_precision",),
               "application_no": ("application_no_as_written",), "patent_no": ("patent_no_as_written",)}
_NOT_MERGED = frozenset({"extra", "import_key", "import_source", *(c for cs in _COMPANIONS.values() for c in cs)})
_MISSING = object()


_LONG = 24
_TEXT_FIELDS = ("name", "summary", "keywords", "holder", "department", "application_no", "ledger_no", "patent_no",
                "registration_no")


def fingerprint(value: Any) -> Any:
    """A value as the merge base keeps it: long text (a summary, a long title) by a short digest."""
    if value.__class__ is str and len(value) > _LONG:
        return _digest(value)
    return value


@lru_cache(maxsize=4096)  # a ledger column repeats the same few long texts (summaries, notes)
def _digest(text: str) -> str:
    return "#" + hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


def source_json(source: Mapping[str, Any]) -> str:
    """The merge base as records imported before the digest kept it: what the file said, long texts
    as digests. Only compared with such a record's ``import_source``."""
    base: Any = source  # copied only when a long text is replaced
    for key in _TEXT_FIELDS:
        value = source.get(key)
        if value.__class__ is str and len(value) > _LONG:
            if base is source:
                base = dict(source)
            base[key] = _digest(value)
    extra = source.get("extra")
    if extra:
        long = [h for h, v in extra.items() if v.__class__ is str and len(v) > _LONG]
        if long:
            if base is source:
                base = dict(source)
            base["extra"] = {**extra, **{h: _digest(extra[h]) for h in long}}
    return orjson.dumps(base, option=orjson.OPT_SORT_KEYS, default=str).decode()


def source_digest(source: Mapping[str, Any]) -> str:
    """A digest of the whole source row: equal digests, the same row."""
    return hashlib.blake2b(orjson.dumps(source, option=orjson.OPT_SORT_KEYS, default=str), digest_size=16).hexdigest()


def stored_digest(text: str | None) -> str | None:
    """The source digest of a record's merge base (None for a base kept as a copy of the row)."""
    if not text:
        return None
    if text.startswith('{"#":"'):   # as written here and by SQLite's JSON functions
        return text[6:38]
    if text.startswith('{"#": "'):  # as the office server's jsonb prints it
        return text[7:39]
    return None


def merge_base(source: Mapping[str, Any], stored: Mapping[str, Any], digest: str) -> str:
    """``import_source`` of a record that holds ``stored`` after an import of ``source``: the digest,
    and as the base the fields where the file said something else (None where the file had no
    value) and the file's inventors. Every other field's base is the record's value."""
    base: dict[str, Any] = {}
    get = stored.get
    for key, value in source.items():
        if key != "inventors" and get(key) != value:
            base[key] = {h: fingerprint(v) for h, v in value.items()} if key == "extra" else fingerprint(value)
    for key in repo.IMPORTED_FIELDS:
        if key not in source and get(key) is not None:
            base[key] = None
    base["inventors"] = source.get("inventors")
    return orjson.dumps({"#": digest, "base": base}, default=str).decode()


# The fields a new record may hold although its row did not give them: the generated ledger number,
# the name placeholder, the transfer tags' defaults. Every other field of a new record is the row's.
_FILLED_IN = ("ledger_no", "name", "transfer_status", "transfer_count")


def new_record_base(source: Mapping[str, Any], values: Mapping[str, Any], digest: str) -> str:
    """:func:`merge_base` of a record an import adds (``values``: what it writes), for a fifth of
    its time: such a record holds what its row said (the rows' readers copy each value into the
    source as they set it), so only the fields in :data:`_FILLED_IN` can differ."""
    base: dict[str, Any] = {key: None for key in _FILLED_IN if key not in source and values.get(key) is not None}
    base["inventors"] = source.get("inventors")
    return orjson.dumps({"#": digest, "base": base}, default=str).decode()


def _base(before: Mapping[str, Any], text: str | None) -> dict[str, Any] | None:
    """What the file said at the last import, field by field (``before``: the whole record)."""
    if not text:
        return None
    kept = repo.json_value(text)
    if not isinstance(kept, dict):
        return {}
    if not ("#" in kept and isinstance(kept.get("base"), dict)):
        return kept  # a copy of the source row
    base = {key: before.get(key) for key in repo.IMPORTED_FIELDS}
    base["extra"] = before.get("extra") or {}
    base["inventors"] = before.get("inventors")
    base.update(kept["base"])
    return base


def _complete(before: Mapping[str, Any]) -> str | None:
    """The record's merge base with every imported field written out (``before``: the whole record),
    as the trigger of migration v15 completes it: true whatever later changes the record."""
    text = before.get("import_source")
    digest = stored_digest(text)
    if digest is None:
        return text  # none, or a copy of the source row (complete already)
    base = _base(before, text)
    return orjson.dumps({"#": digest, "base": base, "complete": True}, default=str).decode()


def _same_source(text: str | None, digest: str, source: Mapping[str, Any]) -> bool:
    stored = stored_digest(text)
    if stored is not None:
        return stored == digest
    return text is not None and text == source_json(source)


def _decide(app: Any, old_src: Any, new: Any, has_base: bool) -> str:
    if app == new:
        return "same"
    if not has_base:
        return "update"
    old_src = fingerprint(old_src)
    if fingerprint(new) == old_src:
        return "keep"
    if fingerprint(app) == old_src:
        return "update"
    return "conflict"


def _match(plan: ImportPlan, by_key: Mapping[str, int]) -> dict[int, PlannedRow]:
    """Each planned row's record (by its first key the ledger knows); a second row of the file that
    matches the same record is merged into the first. Returns record id → planned row."""
    matched: dict[int, PlannedRow] = {}
    rows: list[PlannedRow] = []
    for planned in plan.rows:
        target = None
        for k in planned.keys:
            if k in by_key:
                target = by_key[k]
                break
        if target is None and planned.publication_key is not None:  # the record a Google Patents row made
            target = by_key.get(planned.publication_key)
            target = None if target in matched else target
        if target is not None and target in matched:
            _merge_duplicate(matched[target], planned, synonyms())
            continue
        planned.target_id = target
        if target is not None:
            matched[target] = planned
            planned.action = "update"
        rows.append(planned)
    plan.rows = rows
    return matched


def resolve(db: Database, plan: ImportPlan, today: date) -> None:
    """Match every planned row, merge updates, number new rows, compute tags."""
    by_key = repo.existing_keys(db)
    _publication_keys(db, plan, by_key)
    matched = _match(plan, by_key)
    _match_records_without_numbers(db, plan, matched)
    _flag_namesakes_with_numbers(db, plan)
    rows = plan.rows
    ids = list(matched)
    # what the merge needs of every matched record; the whole record only where the file changed
    existing: dict[int, dict[str, Any]] = repo.merge_bases(db, ids)
    digests = {target: source_digest(planned.source) for target, planned in matched.items()}
    changed = {target for target, digest in digests.items()
               if not _same_source(existing[target]["import_source"], digest, matched[target].source)}
    existing.update(repo.achievements_by_ids(db, changed))
    evidence = repo.evidence_for(db, ids)
    conditions = achievements_repo.stage_conditions_by_achievement(db)  # confirmed by the office (1-2 第八条(二))
    stored_flags = repo.flag_signatures(db, ids)
    file_numbers = {p.values["ledger_no"] for p in rows if p.values.get("ledger_no")}
    serial = repo.last_ledger_serial(db, today.year)
    research = d.classify_stage(()).stage.value
    for planned in rows:
        values = planned.values
        if planned.target_id is None:
            if not values.get("ledger_no"):
                while True:
                    serial += 1
                    number = f"KJCG-{today.year}-{serial:05d}"
                    if number not in file_numbers:
                        break
                values["ledger_no"] = number
            values["attribute"] = _ATTRIBUTE_OF[values["legal_status"]]
            values["stage"] = research
            values.setdefault("transfer_status", d.TransferStatus.NONE.value)
            values.setdefault("transfer_count", 0)
            digest = source_digest(planned.source)
            values["import_source"] = (merge_base(planned.source, values, digest) if planned.corrected
                                       else new_record_base(planned.source, values, digest))
            attribute, stage = values["attribute"], values["stage"]
            merged_view = values
        else:
            before = existing[planned.target_id]
            signatures = stored_flags.get(planned.target_id)
            target = planned.target_id
            _what_the_record_knows(planned, before)
            if target not in changed:  # what the file says was read at the last import (and corrected, or not)
                planned.flags = []
            elif signatures and planned.flags:
                planned.flags = [f for f in planned.flags
                                 if (f.field, f.kind, f.original) not in signatures
                                 and (repo.flag_subject(f.field), f.kind) not in signatures]
            changes = _merge(plan, planned, before, digests[target] if target in changed else None)
            legal = changes.get("legal_status", before["legal_status"])
            attribute = _ATTRIBUTE_OF[legal]
            if attribute != before["attribute"]:
                changes["attribute"] = attribute
            proofs, confirmed = evidence.get(planned.target_id, ()), conditions.get(planned.target_id)
            stage = before["stage_override"] or (
                d.classify_stage(proofs, confirmed).stage.value if proofs or confirmed is not None else research)
            if stage != before["stage"]:
                changes["stage"] = stage
            planned.changes = changes
            planned.old_inventors = before.get("inventors")
            planned.version = before.get("row_version")
            if changes:
                planned.old = {k: before.get(k) for k in changes}
                if "import_source" in changes:  # what undoing this import puts back stays true after later edits
                    planned.old["import_source"] = _complete(before)
                visible = [k for k in changes if k not in ("import_source", "import_key")]
                merged_view = {k: changes.get(k, before.get(k)) for k in ("ledger_no", "name")}
            else:
                planned.old, visible, merged_view = {}, [], before
            if not visible and planned.inventors is None and not planned.flags:
                planned.action = "unchanged"
        _compare_tags(plan, planned, merged_view, attribute, stage)


def _what_the_record_knows(planned: PlannedRow, before: Mapping[str, Any]) -> None:
    """What a matched row does not say, the record does: a fee or deal row naming its patent by number
    alone takes the record's name (no 成果名称为空 flag on a record that has one); a ZL number, which
    proves a grant but not that the right is still in force, says nothing new of a record whose right
    was obtained (授权 or 失效 after it: 1-2 第五条) — only a status column can move it; and a row whose
    status the record keeps raises no flag about what it would have made of it."""
    values = planned.values
    if "name" not in planned.source and before.get("name"):
        values["name"] = before["name"]
        planned.flags = [f for f in planned.flags if not (f.field == "name" and f.kind == FlagKind.MISSING)]
    basis = planned.status_basis
    if basis is None or basis.evidence.reading is not None:
        return
    if "legal_status" in planned.source and before.get("legal_status") and d.legal_status.right_obtained(before["legal_status"]):
        del planned.source["legal_status"]
    if "legal_status" not in planned.source:  # the record's status stands: what the row's evidence made of it is moot
        values["legal_status"] = before.get("legal_status") or values.get("legal_status")
        own = {id(f) for f in basis.flags}
        planned.flags = [f for f in planned.flags if id(f) not in own]


_CN_SERIAL = re.compile(r"CN[ -]?(\d{7,9})")
_LISTED = re.compile(r"[;；,，、|｜\r\n]+")
_PUBLICATION_FIELDS = frozenset({"publication_no", "grant_publication_no"})


def _publication_keys(db: Database, plan: ImportPlan, by_key: dict[str, int]) -> None:
    """The publication keys ("pub:CN" + serial) of rows known by their publication number alone
    that the ledger does not know, found in the records' 公开（公告）号 columns kept in the extra fields
    (a CNIPA, Lens or incoPat row keeps its publication number there): a Google Patents or Espacenet
    row, which has no application number, matches the record another export made of the same patent.
    (A row with an application number finds a record made from such a row by its import key.)"""
    wanted = {p.keys[0] for p in plan.rows if p.keys[0].startswith("pub:") and p.keys[0] not in by_key}
    if not wanted:
        return
    serials = {k[6:] for k in wanted}
    by_header = synonyms().by_header
    for record_id, text in repo.extras_naming_publications(db):
        if serials.isdisjoint(_CN_SERIAL.findall(text)):
            continue
        for header, value in orjson.loads(text).items():
            if field_of_header(header_key(header), by_header) not in _PUBLICATION_FIELDS:
                continue
            for serial in _publication_serials(str(value)):
                if f"pub:CN{serial}" in wanted:
                    by_key.setdefault(f"pub:CN{serial}", record_id)


def _publication_serials(text: str) -> Iterator[str]:
    """The serials of the CN publication numbers a cell lists: one per line or separated by ；, | …
    ("CN 109876543 A；CN 109876543 B" as Lens writes them), or by spaces (Espacenet)."""
    for part in _LISTED.split(text):
        readings = [read_number(part)] if part else []
        if readings and (readings[0] is None or readings[0].kind != "publication") and " " in part.strip():
            readings = [read_number(word) for word in SEVERAL_NUMBERS.split(part) if word]
        for reading in readings:
            m = PUBLICATION_SERIAL.match(reading.normalised) if reading is not None and reading.kind == "publication" else None
            if m is not None:
                yield m.group(1)


def _match_records_without_numbers(db: Database, plan: ImportPlan, matched: dict[int, PlannedRow]) -> None:
    """New rows whose name a record without numbers has. A row that now has its number and the
    record's title, type and completers is that record (last year's ledger listed it before it was
    filed): it updates it. A row of the same name and type with other completers is added and
    flagged 可能重复, naming the record, so the clerk can keep one."""
    new = [p for p in plan.rows if p.target_id is None and p.values.get("name")]
    if not new:
        return
    known = repo.unnumbered_by_name(db, (p.values["name"] for p in new))
    if not known:
        return
    for planned in new:
        records = known.get(planned.values["name"])
        if not records:
            continue
        if not planned.keys[0].startswith("fp:"):
            fingerprint = fingerprint_key(planned.values, planned.inventors)
            same = next((r for r in records if r["import_key"] == fingerprint and r["id"] not in matched), None)
            if same is not None:
                planned.target_id, planned.action = same["id"], "update"
                matched[same["id"]] = planned
                continue
        similar = [r for r in records if r["type"] == planned.values.get("type") and r["import_key"] != planned.keys[0]]
        if not similar:
            continue
        _flag_possible_duplicate(plan, planned, similar, "{numbers}（没有申请号、登记号）相同，完成人或号码不同")


def _flag_namesakes_with_numbers(db: Database, plan: ImportPlan) -> None:
    """New rows without any number (a Google Patents export names a patent by its publication number
    only) whose name and type a numbered record has: added, and flagged 可能重复 naming the record."""
    new = [p for p in plan.rows if p.target_id is None and p.keys[0].startswith(("fp:", "pub:")) and p.values.get("name")]
    if not new:
        return
    known = repo.numbered_by_name(db, (p.values["name"] for p in new))
    for planned in new:
        same = [r for r in known.get(planned.values["name"], ()) if r["type"] == planned.values.get("type")]
        if not same:
            continue
        _flag_possible_duplicate(plan, planned, same, "{numbers} 相同；本行没有申请号、登记号，无法核对是否同一成果")


def _flag_possible_duplicate(plan: ImportPlan, planned: PlannedRow, records: Sequence[Mapping[str, Any]], why: str) -> None:
    """Flag a new row 可能重复, naming (up to three of) the records of the same name and type."""
    numbers = "、".join(r["ledger_no"] or f"#{r['id']}" for r in records[:3])
    planned.flags.append(ReviewFlag(
        "name", FlagKind.POSSIBLE_DUPLICATE,
        f"名称和类型与已有成果 {why.format(numbers=numbers)}；已作为新成果导入，如是同一成果，请核对后只保留一条",
        planned.sheet, _flag_cell(plan, planned, "name"), planned.values["name"]))


def _flag_cell(plan: ImportPlan, planned: PlannedRow, field: str) -> str:
    for layout in plan.layouts:
        if layout.sheet == planned.sheet and field in layout.mapping:
            return cell_ref(planned.sheet, column_letter(layout.mapping.index(field)), planned.row)
    for layout in plan.layouts:  # a column kept in the extra fields: its header names it
        if layout.sheet == planned.sheet and field in layout.headers:
            return cell_ref(planned.sheet, column_letter(layout.headers.index(field)), planned.row)
    return cell_ref(planned.sheet, "", planned.row)


def _merge(plan: ImportPlan, planned: PlannedRow, before: Mapping[str, Any], digest: str | None) -> dict[str, Any]:
    """The changes of one matched record (``digest``: :func:`source_digest` of the row; None when
    it is what the file said at the last import). ``before`` holds the record's merge base, import key,
    tags, number and name, and — unless the file says what it said at the last import — every
    column, ``extra`` and ``inventors``."""
    values = planned.values
    changes: dict[str, Any] = {}
    if not before.get("import_key") and values.get("import_key"):
        changes["import_key"] = values["import_key"]
    if digest is None:  # the file says what it said last time: every field is "same" or "keep"
        planned.inventors = None
        return changes
    base = _base(before, before.get("import_source"))
    has_base = base is not None
    base = base or {}
    labels = synonyms().labels
    kept: set[str] = set()
    for key in planned.source:
        if key in _NOT_MERGED or key in ("attribute", "stage", "inventors"):
            continue
        new = values.get(key)
        app = before.get(key)
        old = base.get(key)
        verdict = _decide(app, old, new, has_base)
        if verdict == "update" and _coarser_date(key, new, app):
            verdict = "keep"
        if key == "name" and verdict in ("update", "conflict") and _CHINESE.search(str(app)) and not _CHINESE.search(str(new)):
            verdict = _english_title(plan, planned, str(new), verdict)
        if verdict == "keep":
            kept.add(key)
        elif verdict == "update":
            changes[key] = new
            for companion in _COMPANIONS.get(key, ()):
                if values.get(companion) != before.get(companion):
                    changes[companion] = values.get(companion)
            planned.diff[key] = (app, new)
        elif verdict == "conflict":
            _conflict(plan, planned, key, labels.get(key, key), app, old, new)
    merged = _merge_extra(plan, planned, before.get("extra") or {}, base.get("extra") or {}, has_base)
    if merged is not None:
        changes["extra"] = merged
    if planned.inventors is not None:
        _merge_inventors(plan, planned, before["inventors"], base.get("inventors"), has_base)
    if kept and planned.flags:  # a flagged value the file still says, which the record holds corrected: dealt with
        planned.flags = [f for f in planned.flags if f.field not in kept]
    changes["import_source"] = merge_base(planned.source, {**before, **changes}, digest)
    return changes


_CHINESE = re.compile("[\u3400-\u9fff]")
_DATE_FIELDS = frozenset({"filing_date", "grant_date", "disclosure_date", "registration_date"})


def _coarser_date(key: str, new: Any, app: Any) -> bool:
    """The file gives the month or year of the record's day ("2018-09" of "2018-09-14"): the same
    date, less exactly; the record's day stays."""
    return (key in _DATE_FIELDS and isinstance(new, str) and isinstance(app, str)
            and len(new) < len(app) and app.startswith(new + "-"))
_STATUS_FIELDS = frozenset({"legal_status", "legal_status_detail"})


def _english_title(plan: ImportPlan, planned: PlannedRow, title: str, verdict: str) -> str:
    """An English-language database (Espacenet, Lens, Derwent: an English header over the title) gives
    the English title of a patent the ledger names in Chinese: the Chinese name stays, the English
    title is kept in the extra field of its column. (A ledger's own new name stands, in any language.)"""
    header = next((layout.headers[layout.mapping.index("name")] for layout in plan.layouts
                   if layout.sheet == planned.sheet and "name" in layout.mapping), "")
    if not header or not header.isascii():
        return verdict
    planned.values.setdefault("extra", {})[header] = title
    return "keep"


def _conflict(plan: ImportPlan, planned: PlannedRow, field: str, label: str, app: Any, old: Any, new: Any) -> None:
    """Both changed: a flag with both values in the ledger's words; its 原文 is what the cell says.
    The row's own status flags (its status against the row's grant evidence, against the detailed
    status column, a status that says nothing …) told what the file's status was recorded as; the
    app's value is kept instead, so they become part of this one flag: what they found, without what
    they did."""
    unsaid = old in (None, "")  # the last import's file had no value here (perhaps no such column: a 年费 sheet)
    app, old, new = (value_label(field, v) for v in (app, old, new))
    basis = planned.status_basis if field == "legal_status" else None
    reading = basis.evidence.reading if basis is not None else None
    cell, found = _flag_cell(plan, planned, field), ""
    if basis is not None:
        own = {id(f) for f in basis.flags}
        merged = [f for f in planned.flags if id(f) in own or f.kind == FlagKind.STATUS and f.field in _STATUS_FIELDS]
        if merged:
            gone = {id(f) for f in merged}
            planned.flags = [f for f in planned.flags if id(f) not in gone]
            cell = next((f.cell for f in merged if id(f) in own), basis.cell)
            found = "；另：" + "；".join(_finding(f.reason) for f in merged)
    said = (f"本系统中为“{_show(app)}”，本次文件为“{_show(new)}”（上次导入的文件此处没有值）" if unsaid
            else f"本系统中已改为“{_show(app)}”，来源文件也由“{_show(old)}”改为“{_show(new)}”")
    planned.flags.append(ReviewFlag(
        field, FlagKind.CONFLICT, f"{label}：{said}{found}；保留本系统的值，请核对",
        planned.sheet, cell, reading.raw if reading is not None else _show(new)))


def _finding(reason: str) -> str:
    """What a status flag found, without what the import did about it ("…；已按法律状态列记录，请核对")."""
    ends = [i for i in (reason.find("；"), reason.find("。已")) if i > 0]
    return reason[:min(ends)] if ends else reason


def _merge_extra(plan: ImportPlan, planned: PlannedRow, app_extra: Mapping[str, Any], base_extra: Mapping[str, Any],
                 has_base: bool) -> dict[str, Any] | None:
    """The record's extra fields after the merge, or None when they stay as they are."""
    new_extra = planned.values.get("extra") or {}
    if not new_extra:
        return None
    merged = dict(app_extra)
    for header, new in new_extra.items():
        verdict = _decide(app_extra.get(header), base_extra.get(header), new, has_base)
        if verdict == "update":
            merged[header] = new
            planned.diff[header] = (app_extra.get(header), new)
        elif verdict == "conflict":
            _conflict(plan, planned, header, header, app_extra.get(header), base_extra.get(header), new)
    return merged if merged != app_extra else None


def _merge_inventors(plan: ImportPlan, planned: PlannedRow, app: list[str], base: list[str] | None, has_base: bool) -> None:
    """Keep the file's inventors on the row only when they update the record's."""
    new = planned.inventors or []
    verdict = _decide(app, base, new, has_base)
    if verdict == "update":
        planned.diff["inventors"] = ("、".join(app), "、".join(new))
        return
    if verdict == "conflict":
        _conflict(plan, planned, "inventors", "发明人", "、".join(app), "、".join(base or []), "、".join(new))
    planned.inventors = None


def _show(value: Any) -> str:
    if isinstance(value, str) and value.startswith("#") and len(value) == 17:
        return "（上次导入的值）"
    text = "（空）" if value in (None, "") else str(value)
    return text if len(text) <= 200 else text[:200] + "……"


def _compare_tags(plan: ImportPlan, planned: PlannedRow, values: Mapping[str, Any], attribute: str, stage: str) -> None:
    file_attribute, file_stage = planned.file_tags
    if file_attribute and file_attribute != attribute:
        plan.tag_differences.append(TagDifference(
            planned.sheet, planned.row, values.get("ledger_no"), values.get("name") or "", "属性",
            _ATTRIBUTE_LABELS[file_attribute], _ATTRIBUTE_LABELS[attribute], d.tags.ARTICLE_ATTRIBUTE))
    if file_stage and file_stage != stage:
        plan.tag_differences.append(TagDifference(
            planned.sheet, planned.row, values.get("ledger_no"), values.get("name") or "", "阶段",
            _STAGE_LABELS[file_stage], _STAGE_LABELS[stage], d.stage.ARTICLE_STAGE))
