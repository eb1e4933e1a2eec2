"""The decision paper (审批决定, 关于同意……的决定) and the dossier's 决策记录 table.

Under 1-1 第六条、第八条 what protects the office is the record of who decided, when and on what
basis. The decision paper prints a recorded approval or rejection of an application (赋权、延长、
放弃) or the approval of a deal: the deciding body and person, the date (the paper's 成文日期, so its
number counts in that year), the opinion, the article applied and the minutes by their title. It is
issued only once the decision is on the record; a reversal of the decision voids its number
(storage.decisions.VOIDED_KINDS).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from ... import domain as d
from ...storage import decisions as repo
from ...storage import documents as q
from ...storage.achievements import get_achievement, inventors_of
from ...storage.attachments import safe_file_name
from ...storage.db import Database
from . import fields as f
from .errors import DocumentError
from .render import DocTable, DocumentData

PLACEHOLDERS = {
    "decision.verb": "“同意”或“不同意”",
    "decision.matter": "决定事项，如 “X”赋予科研人员职务科技成果所有权（标题用）",
    "decision.addressee": "主送：申请人（成果完成人代表）或技术转移机构",
    "decision.request": "申请或报送事项的说明（谁、何时、申请什么）",
    "decision.deliberation": "决定经过：日期、决定机构、决定人、意见及依据条款",
    "decision.items": "决定事项（一、二、……，每项一段）",
    "decision.date": "决定日期，如 2026年12月6日",
    "decision.body": "决定机构，如 校长办公会",
    "decision.person": "决定人（签批人或会议主持人）",
    "decision.opinion": "决定意见",
    "decision.article": "依据条款，如 《上海市科技成果转化创新改革试点实施方案》方案二(一)",
    "decision.attachment": "会议纪要等附件的标题（无则为空）",
    "decision.attachment_line": "附件说明，如 附件：校长办公会会议纪要（无附件则为空）",
    "decision.step": "决定步骤：审批通过、驳回",
}
STEPS = ("approve", "reject")  # the decisions a paper is issued for
PLAN = "《上海市科技成果转化创新改革试点实施方案》"
ARTICLES = {
    "ownership": f"{PLAN}方案二(一)",
    "use_right": f"{PLAN}方案二(二)",
    "extension": f"{PLAN}方案二(二)",
    "abandonment": "《上海市职务科技成果单列管理操作指引》第十一条",
    "deal": "《上海市科技成果转化尽职免责制度指引》第六条",
}
BLANK_DATE = "＿＿＿＿年＿＿月＿＿日"
BLANK = "＿＿＿＿＿＿"


def attachment_title(filename: str | None) -> str:
    """An attachment as the paper names it: its file name without the extension."""
    if not filename:
        return ""
    name = safe_file_name(filename)
    return name.rsplit(".", 1)[0] if "." in name[1:] else name


def owner_type_of(of: str) -> str:
    return "deal" if of == "deal" else "application"


def standing_decision(db: Database, owner_type: str, owner_id: int) -> dict[str, Any] | None:
    """The approval or rejection of the record that stands (not reversed), latest first."""
    rows = [r for r in repo.standing(db, owner_type, owner_id) if r["step"] in STEPS]
    return rows[-1] if rows else None


def missing_step(db: Database, owner_type: str, owner_id: int) -> str:
    """'' when the record has a standing approval or rejection on the record, else the missing step."""
    if standing_decision(db, owner_type, owner_id) is not None:
        return ""
    if owner_type == "deal":
        return "交易的审批决定尚未登记：须先在交易页“审批”（或 kjcg-desktop decide 交易编号 approve）登记决定日期、决定机构和决定人"
    app = q.application(db, owner_id)
    state = str((app or {}).get("state") or "")
    if state == "draft":
        return "申请尚未提交，须先提交并作出审批决定"
    if state == "submitted":
        return "须先作出审批决定（审批通过或驳回），并登记决定日期、决定机构和决定人"
    return (f"本申请（{d.ApplicationState(state).label if state in d.ApplicationState._value2member_map_ else state}）"
            "的审批决定没有登记决定机构和决定人，无法出具决定书")


# -- the paper -----------------------------------------------------------------------------------
def build(db: Database, record_id: int, of: str, settings: Mapping[str, Any], today: date) -> DocumentData:
    """The decision paper of an application (``of`` '') or a deal (``of`` 'deal'). Without a
    decision on the record (a draft) the body, person and date are left as lines to fill in."""
    owner_type = owner_type_of(of)
    record = _record(db, owner_type, record_id)
    ach = get_achievement(db, record["achievement_id"]) if record.get("achievement_id") else None
    if ach is None:
        raise DocumentError(f"{'交易' if of == 'deal' else '申请'} {record.get('number') or record_id} 未关联成果，无法生成审批决定")
    inventors = inventors_of(db, ach["id"])
    decision = standing_decision(db, owner_type, int(record["id"]))
    values = {**f.common_values(settings, today), **f.achievement_values(ach, inventors)}
    values.update(_decision_values(decision, owner_type, record))
    text = _deal_text if owner_type == "deal" else _application_text
    values.update(text(record, values))
    subject = f"{'交易' if owner_type == 'deal' else '申请'} {record.get('number') or record_id}"
    notes = [] if decision else ["尚未登记审批决定：决定机构、决定人和日期留空待填"]
    data = DocumentData("decision", "decision", values, {}, subject, notes, fit_lines=(23, 24))  # one page, 7.3.5.1
    if decision:
        data.issued_on = date.fromisoformat(str(decision["date"])[:10])  # the decision's date is the paper's 成文日期
    return data


def _record(db: Database, owner_type: str, record_id: int) -> dict[str, Any]:
    if owner_type == "deal":
        deal = q.deal(db, record_id)
        if deal is None:
            raise DocumentError(f"找不到交易 {record_id}：审批决定（交易）的 --id 应为交易编号或交易ID（kjcg-desktop list deals）")
        return deal
    app = q.application(db, record_id)
    if app is None:
        raise DocumentError(f"找不到申请 {record_id}：审批决定的 --id 应为申请编号或申请ID（kjcg-desktop list applications）")
    if app["kind"] not in ARTICLES:
        raise DocumentError(f"申请 {app.get('number') or record_id} 是“{f.label(d.ApplicationKind, app['kind'])}”申请，"
                            "审批决定只用于赋权（所有权、长期使用权、延长）和放弃申请")
    return app


def _decision_values(decision: Mapping[str, Any] | None, owner_type: str, record: Mapping[str, Any]) -> dict[str, str]:
    article = ARTICLES["deal" if owner_type == "deal" else record["kind"]]
    if decision is None:
        return {"decision.verb": "同意", "decision.date": BLANK_DATE, "decision.body": BLANK, "decision.person": BLANK,
                "decision.opinion": "", "decision.article": article, "decision.attachment": "",
                "decision.attachment_line": "", "decision.step": "审批通过"}
    attachment = attachment_title(decision.get("attachment_name"))
    return {
        "decision.verb": "不同意" if decision["step"] == "reject" else "同意",
        "decision.date": f.day_cn(date.fromisoformat(str(decision["date"])[:10])),
        "decision.body": f.text(decision["body"]), "decision.person": f.text(decision["person"]),
        "decision.opinion": f.text(decision["opinion"]).strip().rstrip("。；;，, "),
        "decision.article": article, "decision.attachment": attachment,
        "decision.attachment_line": f"附件：{attachment}" if attachment else "",
        "decision.step": d.step_of(owner_type, decision["step"]).label,
    }


def _deliberation(values: Mapping[str, str], what: str) -> str:
    """How the decision was taken: a meeting deliberates under its chair, a person signs."""
    body, person, on = values["decision.body"], values["decision.person"], values["decision.date"]
    if d.decisions.is_meeting(body):
        taken = f"{on}，{body}对{what}进行了审议（主持人：{person}）"
    else:
        taken = f"{on}，{body}（{person}）对{what}进行了审批"
    opinion = values["decision.opinion"]
    if opinion:
        taken += f"，意见为：{opinion}"
    return f"{taken}。根据{values['decision.article']}的规定，现决定如下："


_NUMBERED = "一二三四五六七八九十"


def _items(*items: str) -> str:
    return "\n".join(f"{_NUMBERED[n]}、{item}" for n, item in enumerate(i for i in items if i))


def _application_text(app: Mapping[str, Any], values: Mapping[str, str]) -> dict[str, str]:
    kind, name, tto = app["kind"], values["achievement.name"], values["tto_name"] or "技术转移机构"
    grant = f.grant_values(app)
    rejected = values["decision.verb"] == "不同意"
    applicant = f.text(app.get("applicant")) or values["achievement.representative"] or "成果完成人"
    number = values["achievement.number"]
    about = f"{values['achievement.type']}{number}"  # the title names it
    submitted = f.day_cn_text(app.get("submitted_at"))
    matter, wanted, follow = _application_matter(kind, name, grant, app, tto)
    request = (f"{applicant}代表成果完成人（团队）{'于' + submitted if submitted else ''}提出的{f.label(d.ApplicationKind, kind)}"
               f"申请（{f.text(app.get('number'))}）收悉。所涉成果为{about}，完成人：{values['achievement.inventors']}。")
    if rejected:
        items = _items(f"不同意{wanted}。", f"申请人对本决定有异议的，可向{tto}提出。")  # the reason is the opinion above
    else:
        items = _items(f"同意{wanted}。", follow)
    return {"decision.matter": matter, "decision.addressee": f"{applicant}（成果完成人代表）", "decision.request": request,
            "decision.deliberation": _deliberation(values, "该申请"), "decision.items": items}


def _application_matter(kind: str, name: str, grant: Mapping[str, str], app: Mapping[str, Any], tto: str) -> tuple[str, str, str]:
    """(the title's matter, what is granted, what follows) of an application."""
    publicity = f"由{tto}在单位内公示，公示期不少于15日"
    if kind == "abandonment":
        from ...storage.abandonment import REASONS

        form = app.get("form") or {}
        reason = REASONS.get(f.text(form.get("reason")), "")
        extra = f.text(form.get("reason_text")).strip()
        why = "：".join(x for x in (reason, extra) if x)
        return (f"放弃“{name}”", "放弃该职务科技成果的相关权利" + (f"（放弃理由：{why}）" if why else ""),
                f"{publicity.replace('，公示期不少于15日', '')}；公示期满无异议的，该成果即为自动放弃。")
    if kind == "extension":
        return (f"延长“{name}”长期使用权", grant["grant.description"] or "延长成果完成人（团队）对该职务科技成果的长期使用权",
                f"{publicity}；公示期满无异议的，由单位与成果完成人（团队）签署延长长期使用权的书面协议。")
    return (f"“{name}”赋予科研人员职务科技成果{grant['grant.right']}", grant["grant.description"],
            f"{publicity}；公示期满无异议的，由单位与成果完成人（团队）签署书面协议。")


_DEAL_MATTER: dict[str, Callable[[str, str], tuple[str, str]]] = {
    "assignment": lambda name, party: (f"转让“{name}”", f"将该职务科技成果转让给{party}"),
    "licence": lambda name, party: (f"许可实施“{name}”", f"许可{party}实施该职务科技成果"),
    "equity": lambda name, party: (f"以“{name}”作价投资", f"以该职务科技成果作价投资{party}"),
}


def _other_deal(name: str, party: str) -> tuple[str, str]:
    return f"转化“{name}”", f"转化该职务科技成果（{party}）"


def _deal_text(deal: Mapping[str, Any], values: Mapping[str, str]) -> dict[str, str]:
    dv = f.deal_values(deal)
    name, tto = values["achievement.name"], values["tto_name"] or "技术转移机构"
    party = dv["deal.company"] if deal.get("kind") == "equity" and dv["deal.company"] else dv["deal.counterparty"]
    matter, wanted = _DEAL_MATTER.get(str(deal.get("kind")), _other_deal)(name, party)
    number = values["achievement.number"]
    request = (f"{tto}报送的“{name}”{dv['deal.kind']}事项（交易编号：{dv['deal.number']}）收悉。"
               + (f"该成果为{values['achievement.type']}（{number}），" if number else "")
               + f"交易对方为{dv['deal.counterparty']}（{dv['deal.counterparty_type']}）。")
    terms = []
    if deal.get("kind") == "licence" and (deal.get("territory") or deal.get("term_years")):
        terms.append(f"许可地域为{dv['deal.territory'] or '合同约定地域'}" + (f"，期限{dv['deal.term_years']}年" if dv["deal.term_years"] else ""))
    if deal.get("kind") == "equity" and dv["deal.equity_shares"]:
        terms.append(f"取得股权{dv['deal.equity_shares']}")
    price = f"交易价格{dv['deal.amount']}（{dv['deal.pricing_method']}）"
    items = _items(f"同意{wanted}，{price}" + (f"，{'，'.join(terms)}" if terms else "") + "。",
                   f"由{tto}按规定签订书面合同、办理技术合同认定登记，并按单位规定分配转化收益。")
    if values["decision.verb"] == "不同意":
        items = _items(f"不同意{wanted}。")
    return {"decision.matter": matter, "decision.addressee": tto, "decision.request": request,
            "decision.deliberation": _deliberation(values, "该事项"), "decision.items": items}


# -- the dossier's 决策记录 ---------------------------------------------------------------------------
def dossier_table(db: Database, owners: list[tuple[str, int]], names: Mapping[tuple[str, int], str]) -> DocTable:
    """Every decision of the applications and deals in the dossier with its date, step, body, person,
    opinion and attachment, and each reversal with its reason, in date order (1-1 第八条)."""
    rows: list[tuple[str, int, list[str]]] = []
    for owner_type, owner_id in owners:
        if owner_type not in ("application", "deal"):
            continue
        record = names.get((owner_type, owner_id), "").split(" ")[-1]  # the number alone: the column is narrow
        found = repo.decisions_of(db, owner_type, owner_id)
        by_id = {r["id"]: r for r in found}
        for r in found:
            label = d.step_of(owner_type, r["step"]).label
            if r["reverses"] is not None:
                undone = by_id.get(r["reverses"]) or {}
                what = f"撤销{f.day_cn_text(undone.get('date'))}「{label}」"
                rows.append((str(r["date"]), int(r["id"]), [f.day_cn_text(r["date"]), record, what, "", "",
                                                           f"理由：{f.text(r['reason'])}", ""]))
                continue
            if r["reversed_by"] is not None:
                label += "（已撤销）"
            rows.append((str(r["date"]), int(r["id"]), [f.day_cn_text(r["date"]), record, label, f.text(r["body"]),
                                                       f.text(r["person"]), f.text(r["opinion"]),
                                                       attachment_title(r.get("attachment_name"))]))
    rows.sort(key=lambda item: (item[0], item[1]))
    return DocTable(["日期", "记录", "决定事项", "决定机构", "决定人", "意见／撤销理由", "附件"], [r for _, _, r in rows],
                    (1.5, 2.0, 1.4, 1.4, 1.0, 2.1, 1.6), empty="（尚无登记的决定）")


def decision_count(table: DocTable) -> tuple[int, int]:
    """(decisions, reversals) in the dossier's table."""
    reversals = sum(1 for row in table.rows if row[2].startswith("撤销"))
    return len(table.rows) - reversals, reversals
