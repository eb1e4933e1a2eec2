"""When a document means something: the states of its record from which each kind may be issued.

A notice is posted once the application is approved (方案二(一): 审批后在单位内公示); an agreement is
signed once the publicity has ended without a pending objection (方案二(一)、(二)); an abandonment
notice follows the approval of the abandonment (1-2 第十一条). Before that the paper is refused with
the missing step named, or printed as a draft (watermarked 草稿, no number).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...storage import documents as q
from ...storage.db import Database

_STATE_LABELS = {
    "draft": "尚未提交", "submitted": "已提交、尚未审批", "approved": "已审批通过、尚未公示", "in_publicity": "正在公示",
    "publicity_ended": "公示期满", "agreement_signed": "协议已签署", "effective": "已生效", "rejected": "已驳回",
    "withdrawn": "已撤回",
}
FROM_APPROVAL = ("approved", "in_publicity", "publicity_ended", "agreement_signed", "effective")
AFTER_PUBLICITY = ("publicity_ended", "agreement_signed", "effective")
SUBMITTED_ON = ("submitted", *FROM_APPROVAL, "rejected", "withdrawn")
DECIDED = (*FROM_APPROVAL, "rejected", "withdrawn")  # a decision paper: once an approval or a rejection is recorded


def _missing_before_approval(state: str) -> str:
    if state in ("rejected", "withdrawn"):
        return f"申请{_STATE_LABELS[state]}，不再发布或签署文书"
    return "须先审批通过"


def _missing_before_agreement(state: str) -> str:
    if state in ("rejected", "withdrawn"):
        return f"申请{_STATE_LABELS[state]}，不再签署协议"
    if state in ("draft", "submitted"):
        return "须先审批通过，并在单位内公示期满"
    if state == "approved":
        return "须先在单位内公示，公示期满且无未处理的异议"
    return "须待公示期满且无未处理的异议"


def _pending_objections(db: Database, app_id: int, kinds: tuple[str, ...]) -> int:
    row = q.latest_publicity(db, kinds, application_id=app_id)
    if row is None:
        return 0
    return sum(1 for o in q.objections_of(db, [row["id"]]) if not o.get("outcome") and not o.get("resolved_on"))


def missing_step(db: Database, kind: str, record: Mapping[str, Any]) -> str:
    """'' when ``kind`` may be issued for ``record`` (an application row), else the missing step in Chinese."""
    state = str(record.get("state") or "")
    now = _STATE_LABELS.get(state, state)
    if kind in ("notice", "abandonment-notice"):
        if state in FROM_APPROVAL:
            return ""
        return f"{_missing_before_approval(state)}（当前：{now}）"
    if kind == "agreement" or (kind == "extension-agreement" and record.get("kind") == "extension"):
        if state not in AFTER_PUBLICITY:
            return f"{_missing_before_agreement(state)}（当前：{now}）"
        if state == "publicity_ended" and _pending_objections(db, int(record["id"]), ("grant",)):
            return "公示期内有未处理的异议，须先处理异议"
        return ""
    if kind == "extension-agreement":  # a use right being extended must be in force
        return "" if state == "effective" else f"长期使用权须已生效（当前：{now}）"
    if kind == "application-form":
        return "" if state not in ("draft",) else "申请尚未提交（当前：尚未提交）"
    return ""
