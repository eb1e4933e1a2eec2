"""The confirmation around deleting or archiving one achievement, shared by the ledger and the detail window."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from .. import domain as d
from ..services import achievements
from ..storage import Database


def confirm_remove_or_archive(parent: QWidget, db: Database, achievement_id: int) -> str | None:
    """Ask, then delete a bare disclosure draft or archive anything else (the service decides which).
    Returns "deleted", "archived" or None when the user declined or the store refused."""
    try:
        facts = achievements.removal_plan(db, achievement_id)  # DomainError when it does not exist
        if facts.action == "delete":
            title = parent.tr("删除草稿")
            question = parent.tr("“{0}”尚未登记，删除后不可恢复（删除记录保留在事件日志中）。确定删除？").format(facts.name)
        elif facts.status == "disclosed":
            title = parent.tr("归档成果")
            question = parent.tr("“{0}”已有申请、交易或公示记录，不能删除，只能归档（1-2 第七条）。确定归档？").format(facts.name)
        else:
            title = parent.tr("归档成果")
            question = parent.tr("已登记的成果不能删除，只能归档（1-2 第七条）。确定将“{0}”归档？").format(facts.name)
        if QMessageBox.question(parent, title, question) != QMessageBox.StandardButton.Yes:
            return None
        return achievements.remove_or_archive(db, achievement_id)
    except d.DomainError as exc:
        QMessageBox.warning(parent, parent.tr("无法完成"), str(exc))
        return None
