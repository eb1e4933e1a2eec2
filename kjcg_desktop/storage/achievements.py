"""Achievements (台账) and what hangs off them: inventors, evidence, expenditures.

Tags are never written by hand here: :func:`recompute_tags` derives attribute and stage from the
facts with the domain rules, and every change is logged in the same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, cast

from .. import clock
from .. import domain as d
from ..domain import ledger_numbers
from .db import Database, like_escape
from .events import log_event
from .records import AchievementRecord
from .versions import check_version

EDITABLE_FIELDS = (
    "ledger_no", "name", "type", "legal_status", "application_no", "patent_no", "registration_no",
    "filing_date", "grant_date", "holder", "department", "keywords", "summary", "rd_status",
    "market_prospects", "project_id", "disclosure_date", "registration_date", "status",
    "confidential", "secret_level", "is_intangible_asset", "asset_value_fen", "extra",
)


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def next_ledger_no(db: Database, year: int) -> str:
    prefix = ledger_numbers.year_prefix(year)
    last = db.scalar("SELECT ledger_no FROM achievements WHERE ledger_no LIKE ? ESCAPE '\\' ORDER BY ledger_no DESC LIMIT 1",
                     (like_escape(prefix) + "%",))
    tail = last.rsplit("-", 1)[1] if last else ""
    return ledger_numbers.ledger_number(year, int(tail) + 1 if tail.isdigit() else 1)


def create_achievement(
    db: Database,
    fields: Mapping[str, Any],
    inventors: Sequence[Mapping[str, Any]] = (),
    *,
    article: str = "1-2 第六条、第七条",
) -> int:
    """Insert an achievement with its inventors, derive its tags, log it. One transaction."""
    values = {k: v for k, v in fields.items() if k in EDITABLE_FIELDS}
    if "legal_status" in values:
        values["legal_status"] = legal_status_code(values["legal_status"])
    if isinstance(values.get("extra"), dict):
        values["extra"] = json.dumps(values["extra"], ensure_ascii=False)
    d.AchievementType(values.get("type", "other"))
    d.check_not_negative(values.get("asset_value_fen"), "资产价值")
    values.setdefault("type", "other")
    values["attribute"] = d.attribute_for(values.get("legal_status", "not_filed")).value
    now = _now()
    values["created_at"] = values["updated_at"] = now
    with db.transaction():
        achievement_id = db.insert("achievements", values)
        set_inventors(db, achievement_id, inventors, log=False)
        log_event(db, "achievement", achievement_id, "create", new={**values, "inventors": list(map(dict, inventors))}, article=article)
    return achievement_id


def get_achievement(db: Database, achievement_id: int) -> AchievementRecord | None:
    row = db.get("achievements", achievement_id)
    if row:
        row["extra"] = json.loads(row["extra"] or "{}")
    return cast("AchievementRecord | None", row)


def legal_status_code(value: Any) -> str:
    """The legal status a form or a caller gives — a code of the choice list or legal-status text
    (有效, 不予授权, 视为撤回 …) — read by the one vocabulary (whole terms: 未授权/尚未授权/待授权 are
    pending, 不予授权/驳回/视为撤回/未登记 are not granted, never 授权成果; 1-2 第五条、第七条). Text the
    vocabulary does not know is refused with the text named, never guessed."""
    if value in (None, ""):
        return d.LegalStatus.NOT_FILED.value
    if isinstance(value, d.LegalStatus):
        return value.value
    text = str(value).strip()
    if text in {s.value for s in d.LegalStatus}:
        return text
    reading = d.legal_status.read_legal_status(text)
    if reading.status is None:
        raise d.DomainError(f"法律状态“{text}”无法识别，请从列表中选择（有效、审中、驳回、视为撤回、失效等）",
                            article=d.tags.ARTICLE_ATTRIBUTE, field="legal_status")
    return reading.status.value


def update_achievement(db: Database, achievement_id: int, changes: Mapping[str, Any], *, article: str | None = None) -> dict[str, Any]:
    """Update editable fields; logs old → new for the fields that changed; re-derives tags."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    if "legal_status" in changes:
        changes = {**changes, "legal_status": legal_status_code(changes["legal_status"])}
    d.check_not_negative(changes.get("asset_value_fen"), "资产价值")
    with db.transaction():
        before = get_achievement(db, achievement_id)
        if before is None:
            raise d.DomainError(f"成果 {achievement_id} 不存在")
        diff = {k: v for k, v in changes.items() if before.get(k) != v}
        if diff:
            db.update("achievements", achievement_id, {**diff, "updated_at": _now()})
            log_event(db, "achievement", achievement_id, "update", old={k: before.get(k) for k in diff}, new=diff, article=article)
        recompute_tags(db, achievement_id)
    return diff


def set_inventors(db: Database, achievement_id: int, inventors: Sequence[Mapping[str, Any]], *, log: bool = True) -> None:
    """Replace the inventors. Each share entered is a real percentage — NaN, infinities, negative
    values and shares above 100 % are refused naming the inventor (方案二(一))."""
    for inv in inventors:
        if inv.get("share") not in (None, ""):
            d.share_percent(inv["share"], f"完成人“{inv.get('name') or ''}”的收益分配比例", article="方案二(一)",
                            field="inventors")
    with db.transaction():
        old = [dict(r) for r in db.query("SELECT name, department, share, is_representative FROM inventors WHERE achievement_id = ? ORDER BY position", (achievement_id,))]
        db.execute("DELETE FROM inventors WHERE achievement_id = ?", (achievement_id,))
        for pos, inv in enumerate(inventors):
            share = inv.get("share")
            db.insert("inventors", {
                "achievement_id": achievement_id,
                "person_id": inv.get("person_id"),
                "name": inv["name"],
                "department": inv.get("department"),
                "share": None if share in (None, "") else str(share),
                "is_representative": bool(inv.get("is_representative")),
                "position": pos,
            })
        if log:
            log_event(db, "achievement", achievement_id, "inventors", old=old, new=[dict(i) for i in inventors])


def save_achievement(
    db: Database,
    achievement_id: int | None,
    fields: Mapping[str, Any],
    inventors: Sequence[Mapping[str, Any]],
    *,
    today: date | None = None,
    expected_version: int | None = None,
) -> int:
    """Create (``achievement_id`` None) or update an achievement and its inventors from the ledger's
    edit form: one transaction, each part logged by :func:`create_achievement` /
    :func:`update_achievement` / :func:`set_inventors`, tags re-derived by the rules (1-2 第七条).

    A registered achievement without a ledger number gets the next one of its registration year;
    a ledger number already used by another achievement is refused (:class:`DomainError`).
    ``expected_version``: the row version the form loaded; a save over a newer one is refused
    (:class:`~kjcg_desktop.storage.versions.StaleRecordError`).
    """
    values = {k: v for k, v in fields.items() if k in EDITABLE_FIELDS}
    people = [dict(p) for p in inventors]
    with db.transaction():
        if achievement_id is not None:
            check_version(db, "achievements", achievement_id, expected_version)
        if values.get("status") == "registered" and not values.get("ledger_no"):
            year = int(str(values.get("registration_date") or (today or clock.today()).isoformat())[:4])
            values["ledger_no"] = next_ledger_no(db, year)
        if values.get("ledger_no"):
            other = db.scalar("SELECT id FROM achievements WHERE ledger_no = ? AND id IS NOT ?",
                              (values["ledger_no"], achievement_id))
            if other is not None:
                raise d.DomainError(f"台账编号“{values['ledger_no']}”已被成果 {other} 使用，请换一个编号或留空自动编号",
                                    article="1-2 第七条", field="ledger_no")
        if achievement_id is None:
            return create_achievement(db, values, people)
        update_achievement(db, achievement_id, values, article="1-2 第七条")
        old = [(p["name"], p["department"], p["share"], bool(p["is_representative"])) for p in inventors_of(db, achievement_id)]
        new = [(p["name"], p.get("department"), p.get("share"), bool(p.get("is_representative"))) for p in people]
        if old != new:
            set_inventors(db, achievement_id, people)
    return achievement_id


def inventors_of(db: Database, achievement_id: int) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query("SELECT * FROM inventors WHERE achievement_id = ? ORDER BY position", (achievement_id,))]


def evidence_of(db: Database, achievement_id: int) -> list[d.Evidence]:
    rows = db.query("SELECT kind, description, date FROM stage_evidence WHERE achievement_id = ? ORDER BY id", (achievement_id,))
    return [d.Evidence(r["kind"], r["description"] or "", date.fromisoformat(r["date"]) if r["date"] else None) for r in rows]


def add_evidence(db: Database, achievement_id: int, kind: str, description: str = "", on: date | None = None, attachment_id: int | None = None) -> int:
    with db.transaction():
        eid = db.insert("stage_evidence", {
            "achievement_id": achievement_id, "kind": d.EvidenceKind(kind).value, "description": description,
            "date": on, "attachment_id": attachment_id,
        })
        log_event(db, "achievement", achievement_id, "evidence", new={"kind": kind, "description": description, "date": on}, article=d.stage.ARTICLE_STAGE)
        recompute_tags(db, achievement_id)
    return eid


def stage_conditions_of(db: Database, achievement_id: int) -> dict[str, Any] | None:
    """The development-stage conditions confirmed for an achievement (1-2 第八条(二)), or None."""
    row = db.one("SELECT conditions, confirmed_by, confirmed_on, note FROM stage_conditions WHERE achievement_id = ?",
                 (achievement_id,))
    if row is None:
        return None
    return {"conditions": json.loads(row["conditions"]), "confirmed_by": row["confirmed_by"],
            "confirmed_on": row["confirmed_on"], "note": row["note"]}


def stage_conditions_by_achievement(db: Database) -> dict[int, dict[str, bool]]:
    """Every achievement's confirmed development-stage conditions, for bulk re-derivation of the
    stage (import, check): pass ``conditions.get(id)`` to :func:`domain.classify_stage`."""
    return {r[0]: json.loads(r[1]) for r in db.query("SELECT achievement_id, conditions FROM stage_conditions")}


def set_stage_conditions(db: Database, achievement_id: int, conditions: Mapping[str, bool], *, confirmed_by: str,
                         on: date | None = None, note: str = "") -> d.StageDecision:
    """Record which development-stage conditions the office confirmed (1-2 第八条(二): all must be met
    for the development stage; evidence only supports the judgement) and re-derive the stage. One
    transaction with its event; returns the new stage decision (with any conflict to show)."""
    keys = {k for k, _ in d.stage.DEVELOPMENT_CONDITIONS}
    unknown = set(conditions) - keys
    if unknown:
        raise d.DomainError(f"未知的开发阶段条件：{'、'.join(sorted(unknown))}", article=d.stage.ARTICLE_STAGE)
    if not confirmed_by.strip():
        raise d.DomainError("请填写确认人", article=d.stage.ARTICLE_STAGE, field="confirmed_by")
    values = {k: bool(conditions.get(k)) for k in sorted(keys)}
    with db.transaction():
        before = stage_conditions_of(db, achievement_id)
        db.execute("INSERT INTO stage_conditions (achievement_id, conditions, confirmed_by, confirmed_on, note) "
                   "VALUES (?, ?, ?, ?, ?) ON CONFLICT(achievement_id) DO UPDATE SET conditions = excluded.conditions, "
                   "confirmed_by = excluded.confirmed_by, confirmed_on = excluded.confirmed_on, note = excluded.note",
                   (achievement_id, json.dumps(values), confirmed_by.strip(), (on or clock.today()).isoformat(), note))
        log_event(db, "achievement", achievement_id, "stage_conditions", old=before["conditions"] if before else None,
                  new={"conditions": values, "by": confirmed_by.strip(), "note": note}, article=d.stage.ARTICLE_STAGE)
        recompute_tags(db, achievement_id)
    return stage_decision(db, achievement_id)


def stage_decision(db: Database, achievement_id: int) -> d.StageDecision:
    recorded = stage_conditions_of(db, achievement_id)
    return d.classify_stage(evidence_of(db, achievement_id), recorded["conditions"] if recorded else None)


def recompute_tags(db: Database, achievement_id: int) -> dict[str, Any]:
    """Derive attribute (R5) and stage (R7, unless overridden with a reason) and store changes."""
    row = db.one("SELECT legal_status, attribute, stage, stage_override FROM achievements WHERE id = ?", (achievement_id,))
    if row is None:
        return {}
    attribute = d.attribute_for(row["legal_status"]).value
    stage = row["stage_override"] or stage_decision(db, achievement_id).stage.value
    diff = {}
    if attribute != row["attribute"]:
        diff["attribute"] = attribute
    if stage != row["stage"]:
        diff["stage"] = stage
    if diff:
        with db.transaction():
            db.update("achievements", achievement_id, diff)
            log_event(db, "achievement", achievement_id, "tags",
                      old={k: row[k] for k in diff}, new=diff, article="1-2 第七条、第八条、第九条")
            if diff.get("attribute") == "granted":
                reclassify_on_grant(db, achievement_id)
    return diff


def reclassify_on_grant(db: Database, achievement_id: int, on: date | None = None) -> list[dict[str, Any]]:
    """1-2 第十条: when the right is granted, the registration and lawyer fees booked as expenses
    while the application was pending become an intangible asset. Each expenditure's treatment is
    changed, the change kept (before/after, article, date) for the ledger and finance, and logged.
    Call inside a transaction (done by :func:`recompute_tags`)."""
    on = on or clock.today()
    changed = []
    for e in db.query("SELECT id, kind, stage, treatment, amount_fen FROM expenditures WHERE achievement_id = ? ORDER BY id",
                      (achievement_id,)):
        decision = d.reclassification_on_grant(e["stage"], e["kind"], e["treatment"])
        if decision is None:
            continue
        db.update("expenditures", e["id"], {"treatment": decision.treatment.value, "article": decision.article})
        db.insert("expenditure_reclassifications", {
            "expenditure_id": e["id"], "achievement_id": achievement_id, "old_treatment": e["treatment"],
            "new_treatment": decision.treatment.value, "article": decision.article, "reason": decision.reason,
            "on_date": on, "created_at": _now()})
        change = {"expenditure_id": e["id"], "kind": e["kind"], "amount_fen": e["amount_fen"], "old": e["treatment"],
                  "new": decision.treatment.value}
        log_event(db, "achievement", achievement_id, "expenditure_reclassified", old={"treatment": e["treatment"]},
                  new={**change, "reason": decision.reason}, article=decision.article)
        changed.append(change)
    return changed


def reclassifications(db: Database, achievement_id: int | None = None) -> list[dict[str, Any]]:
    """Reclassified expenditures (1-2 第十条) for the ledger detail and the finance export: one row
    each with the achievement, the expenditure (date, kind, amount in fen, voucher), the treatment
    before and after, the article, the reason and the date of the reclassification."""
    where, params = ("WHERE r.achievement_id = ?", (achievement_id,)) if achievement_id is not None else ("", ())
    rows = db.query(
        "SELECT r.id, r.achievement_id, a.ledger_no, a.name, r.expenditure_id, e.date AS expenditure_date, e.kind, "
        "e.amount_fen, e.voucher_no, r.old_treatment, r.new_treatment, r.article, r.reason, r.on_date "
        "FROM expenditure_reclassifications r JOIN expenditures e ON e.id = r.expenditure_id "
        f"JOIN achievements a ON a.id = r.achievement_id {where} ORDER BY r.on_date, r.id", params)
    return [dict(r) for r in rows]


def override_stage(db: Database, achievement_id: int, stage: str | None, reason: str) -> None:
    """Override the computed stage with a written reason (1-2 第九条); ``stage=None`` clears it."""
    if stage is not None:
        d.check_stage_override(stage, reason)
    elif not reason.strip():
        d.check_stage_override("research", reason)
    with db.transaction():
        before = db.one("SELECT stage, stage_override, stage_override_reason FROM achievements WHERE id = ?", (achievement_id,))
        if before is None:
            raise d.DomainError(f"成果 {achievement_id} 不存在")
        db.update("achievements", achievement_id, {"stage_override": stage, "stage_override_reason": reason if stage else None, "updated_at": _now()})
        log_event(db, "achievement", achievement_id, "stage_override", old=dict(before),
                  new={"stage_override": stage, "reason": reason}, article=d.stage.ARTICLE_STAGE)
        recompute_tags(db, achievement_id)


def add_expenditure(
    db: Database,
    achievement_id: int,
    *,
    on: date,
    kind: str,
    amount_fen: int,
    description: str = "",
    asset_formed: bool | None = None,
) -> int:
    """Record an expenditure with its computed treatment and article (R8, 1-2 第十条)."""
    with db.transaction():
        row = db.one("SELECT stage, attribute FROM achievements WHERE id = ?", (achievement_id,))
        if row is None:
            raise d.DomainError(f"成果 {achievement_id} 不存在")
        decision = d.treatment_decision(row["stage"], kind, asset_formed=asset_formed, right_obtained=row["attribute"] == "granted")
        eid = db.insert("expenditures", {
            "achievement_id": achievement_id, "date": on, "kind": d.ExpenditureKind(kind).value, "amount_fen": int(amount_fen),
            "description": description, "stage": row["stage"], "asset_formed": asset_formed,
            "treatment": decision.treatment.value, "article": decision.article,
        })
        log_event(db, "achievement", achievement_id, "expenditure",
                  new={"kind": kind, "amount_fen": amount_fen, "treatment": decision.treatment.value}, article=decision.article)
    return eid


def list_achievements(db: Database, *, limit: int | None = None) -> list[dict[str, Any]]:
    sql = ("SELECT id, ledger_no, name, type, attribute, stage, transfer_status, transfer_count, status "
           "FROM achievements ORDER BY id")
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [dict(r) for r in db.query(sql)]


def all_ids(db: Database) -> Iterable[int]:
    return (r[0] for r in db.conn.execute("SELECT id FROM achievements ORDER BY id"))


def set_rd_start(db: Database, project_id: int, day: date | None, reason: str = "") -> None:
    """The office sets the project's R&D start point with a reason (1-2 第八条(一): the start points by
    funding source are examples); ``day=None`` returns to the example rule. The change and its
    reason are kept in the history. One transaction."""
    if day is not None and not reason.strip():
        raise d.DomainError("另行确定研发起点须填写理由", article=d.stage.ARTICLE_RD_START, field="rd_start_reason")
    if day is None and not reason.strip():
        raise d.DomainError("恢复按经费来源确定研发起点须填写理由", article=d.stage.ARTICLE_RD_START, field="rd_start_reason")
    with db.transaction():
        row = db.one("SELECT rd_start_override, rd_start_reason FROM projects WHERE id = ?", (project_id,))
        if row is None:
            raise d.DomainError(f"科研项目 {project_id} 不存在")
        db.update("projects", project_id, {"rd_start_override": day, "rd_start_reason": reason.strip() if day else None})
        log_event(db, "project", project_id, "rd_start", old={"start": row["rd_start_override"], "reason": row["rd_start_reason"]},
                  new={"start": day, "reason": reason.strip()}, article=d.stage.ARTICLE_RD_START)


def rd_start_of_project(project: Mapping[str, Any]) -> d.RdStart:
    """The R&D start point of a project row: the office's own point if set, else the example by
    funding source (1-2 第八条(一))."""
    def as_date(key: str) -> date | None:
        return date.fromisoformat(str(project[key])) if project.get(key) else None

    return d.rd_start(project["funding_source"], approval_date=as_date("approval_date"),
                      contract_date=as_date("contract_date"), decision_date=as_date("decision_date"),
                      plan_approved_date=as_date("plan_approved_date"), office_start=as_date("rd_start_override"),
                      office_reason=project.get("rd_start_reason"))
