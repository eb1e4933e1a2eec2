"""Decisions on the record (尽职免责, 附件1-1 第六条、第八条).

What protects the office under 1-1 第六条 is that it "履行了民主决策程序、合理注意义务", and under
第八条 an inquiry "以事实为依据 … 客观公正收集证据材料": so every decision step of an application
(赋权 SQ-/SY-/YC-, 放弃 FQ-) or a deal (JY-) is recorded with its date, the deciding body, the
person, the opinion and — where the body decides in a meeting or the step is a signature — the
minutes or the signed agreement. A decision taken by mistake is undone by a reversal entry with a
reason, never by editing the record, and only until the next step has been taken.

No Qt, no database: the checks here are called by the storage layer inside the transaction that
records the decision, by the dialogs and by the command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .deals import ApprovalLevel
from .errors import DomainError
from .workflow import TRANSITIONS

ARTICLE_RECORD = "1-1 第六条、第八条"
ARTICLE_DEMOCRATIC = "1-1 第六条（履行民主决策程序）"
ARTICLE_AGREEMENT = "方案二(一)、方案二(二)（签署书面协议）"
ARTICLE_GRANT = "方案二(一)、方案二(二)"

NO_ATTACHMENT, MINUTES, AGREEMENT = "", "minutes", "agreement"
ATTACHMENT_LABELS = {MINUTES: "会议纪要", AGREEMENT: "已签署的书面协议"}


@dataclass(frozen=True)
class DecisionStep:
    """One decision step: ``key`` as the command line writes it, what it does and its article.

    ``collective`` steps are decisions of a body (an approval, a rejection, an objection's outcome,
    a distribution): a body that decides in a meeting records its minutes. ``needs`` names the paper
    the step itself requires whoever takes it (a signature needs the signed agreement).
    ``reversible_until`` says until when a mistake may be reversed ('' = never)."""

    key: str
    label: str
    article: str
    effect: str
    collective: bool = False
    needs: str = NO_ATTACHMENT
    reversible_until: str = ""


STEPS: dict[str, DecisionStep] = {s.key: s for s in (
    DecisionStep("approve", "审批通过", ARTICLE_GRANT, "申请由「已提交」转为「已审批」，随后可开始公示", collective=True,
                 reversible_until="公示开始前"),
    DecisionStep("reject", "驳回", ARTICLE_GRANT, "申请由「已提交」转为「已驳回」，流程结束", collective=True,
                 reversible_until="申请人撤回前"),
    DecisionStep("start-publicity", "开始公示", ARTICLE_GRANT, "在单位内公示，公示期自次日起算（民法典第二百零一条）",
                 reversible_until="公示首日结束前"),
    DecisionStep("close-publicity", "结束公示", ARTICLE_GRANT, "公示期满，无未决异议时申请转为「公示期满」，可签署协议"),
    DecisionStep("decide-objection", "处理异议", "1-1 第六条(七)", "记录异议的处理结果及是否成立", collective=True),
    DecisionStep("sign", "签署协议", ARTICLE_AGREEMENT, "单位与完成人（团队）签署书面协议，申请转为「协议已签署」",
                 needs=AGREEMENT, reversible_until="协议生效前"),
    DecisionStep("effective", "生效", ARTICLE_GRANT, "协议生效，赋权（或放弃）自此日起生效；生效后不能撤销"),
    DecisionStep("approve-distribution", "批准收益分配", "国科发政〔2018〕103号、1-1 第六条",
                 "批准本笔到账收入的分配并发放", collective=True),
)}
DEAL_STEPS: dict[str, DecisionStep] = {
    "approve": DecisionStep("approve", "审批通过", "1-1 第六条", "按单位审批权限表作出交易审批决定，随后可签约",
                            collective=True, reversible_until="签约前"),
    "sign": DecisionStep("sign", "签约", "1-1 第六条(三)(四)", "交易合同签订，交易转为「已签约」",
                         needs=AGREEMENT, reversible_until="交易完成前"),
    "effective": DecisionStep("effective", "完成交易", "1-2 第七条、第十一条",
                              "交易完成：成果标记为已转化、转化次数加一；完成后不能撤销"),
    "close-publicity": DecisionStep("close-publicity", "结束公示", "1-1 第六条(三)(四)、国科发政〔2018〕103号",
                                    "公示期满：定价、关联交易公示满后可签约，收益分配公示满后可发放"),
    "decide-objection": STEPS["decide-objection"],
    "approve-distribution": STEPS["approve-distribution"],
}
# the command line's step → the application state machine's action (domain/workflow.py)
APPLICATION_ACTIONS = {"approve": "approve", "reject": "reject", "start-publicity": "start_publicity",
                       "close-publicity": "end_publicity", "sign": "sign_agreement", "effective": "make_effective"}
DEFAULT_BODIES: tuple[tuple[str, bool], ...] = (("技术转移中心", False), ("分管校领导", False), ("校长办公会", True))


def step_of(owner: str, key: str) -> DecisionStep:
    """The step ``key`` of an application (``owner`` 'application') or a deal ('deal')."""
    steps = DEAL_STEPS if owner == "deal" else STEPS
    if key not in steps or (owner == "application" and key == "approve-distribution"):
        names = "、".join(k for k in steps if not (owner == "application" and k == "approve-distribution"))
        raise DomainError(f"未知的决定步骤“{key}”；可用：{names}", article=ARTICLE_RECORD)
    return steps[key]


@dataclass(frozen=True)
class DecisionBody:
    """A body that decides (技术转移中心, 分管校领导, 校长办公会 …) and whether it records minutes."""

    name: str
    minutes_required: bool = False


def decision_bodies(levels: tuple[ApprovalLevel, ...] = (), tto_name: str = "") -> tuple[DecisionBody, ...]:
    """The bodies offered for a decision: the TTO (its name from settings), the usual bodies and
    every approver of the unit's approval table, each once; a body needs minutes when the table
    says so or it decides in a meeting (1-1 第六条 民主决策程序)."""
    found: dict[str, bool] = {}
    first = tto_name.strip() or DEFAULT_BODIES[0][0]
    for name, minutes in ((first, False), *DEFAULT_BODIES, *((lv.approver, lv.minutes_required) for lv in levels)):
        name = name.strip()
        if name:
            found[name] = found.get(name, False) or minutes or is_meeting(name)
    return tuple(DecisionBody(n, m) for n, m in found.items())


def is_meeting(body: str) -> bool:
    """A body that decides in a meeting (…会, …会议, …委员会): its decision is its minutes."""
    body = body.strip()
    return body.endswith(("会", "会议"))


def minutes_needed(step: DecisionStep, body: str, bodies: tuple[DecisionBody, ...] = (),
                   *, threshold: bool = False) -> bool:
    """Whether this decision must carry the meeting minutes: a collective step taken by a body
    that decides in a meeting or that the approval table marks, or a deal above the table's
    minutes threshold (1-1 第六条)."""
    if not step.collective:
        return False
    known = next((b for b in bodies if b.name == body.strip()), None)
    return threshold or is_meeting(body) or bool(known and known.minutes_required)


@dataclass(frozen=True)
class Previous:
    """The step before this one and its date (a decision is never dated before it)."""

    label: str
    on: date


def check_decision(step: DecisionStep, *, on: date | None, today: date, previous: Previous | None, body: str,
                   person: str, has_attachment: bool, minutes: bool = False) -> None:
    """The checks of 1-1 第六条、第八条 on one decision, each failure a Chinese message naming what
    is wrong: a date (never in the future, never before the previous step), the deciding body, the
    person, and the minutes or the signed agreement where they are required."""
    if on is None:
        raise DomainError(f"请填写{step.label}的决定日期", article=ARTICLE_RECORD, field="date")
    if on > today:
        raise DomainError(f"决定日期 {on.isoformat()} 晚于今天（{today.isoformat()}）：决定只能在作出后登记",
                          article=ARTICLE_RECORD, field="date")
    if previous is not None and on < previous.on:
        raise DomainError(f"决定日期 {on.isoformat()} 早于上一步「{previous.label}」的日期 {previous.on.isoformat()}",
                          article=ARTICLE_RECORD, field="date")
    if not body.strip():
        raise DomainError(f"请选择作出「{step.label}」决定的机构", article=ARTICLE_RECORD, field="body")
    if not person.strip():
        raise DomainError(f"请填写「{step.label}」的决定人（签批人或会议主持人）", article=ARTICLE_RECORD, field="person")
    if step.needs == AGREEMENT and not has_attachment:
        raise DomainError(f"「{step.label}」须附{ATTACHMENT_LABELS[AGREEMENT]}（扫描件）", article=step.article,
                          field="attachment")
    if minutes and not has_attachment:
        raise DomainError(f"{body.strip()}作出的「{step.label}」决定须附会议纪要", article=ARTICLE_DEMOCRATIC,
                          field="attachment")


def attachment_needed(step: DecisionStep, minutes: bool) -> str:
    """Which paper the decision must carry: the signed agreement, the minutes or none ('')."""
    if step.needs:
        return step.needs
    return MINUTES if minutes else NO_ATTACHMENT


# -- reversal ------------------------------------------------------------------------------------
NEVER = {
    "effective": "已生效的决定不能撤销：赋权一经生效即产生效力，如需变更，请另行提出申请（放弃、延期等）",
    "close-publicity": "公示期满是已发生的事实，「结束公示」不能撤销；如有异议，请登记异议并处理",
    "decide-objection": "异议处理结果不能撤销；如需改变，请重新登记处理结果",
    "approve-distribution": "已批准并发放的收益分配不能撤销；如有差错，请在财务登记更正",
}
# the next step that ends a decision's reversal: (the state it leads to, what the message says)
NEXT_STEP_TAKEN = {
    "approve": ("in_publicity", "公示已开始"),
    "reject": ("withdrawn", "申请人已撤回"),
    "start-publicity": ("publicity_ended", "公示已结束"),
    "sign": ("effective", "协议已生效"),
}
DEAL_NEXT_STEP_TAKEN = {"approve": ("signed", "交易已签约"), "sign": ("completed", "交易已完成")}


def check_reversal(owner: str, step_key: str, *, reason: str, state_now: str, state_after: str, today: date,
                   publicity_start: date | None = None, state_label: str = "") -> None:
    """May the decision ``step_key`` be reversed now? Only with a reason and only until the next
    step (1-1 第八条: the record must show what was decided and what was undone, and why):
    an approval until the publicity starts, a rejection until the applicant withdraws, a publicity
    start until its first day ends, a signature until the agreement takes effect. An effective
    grant is never reversed: a new application (abandonment, extension) follows."""
    step = step_of(owner, step_key)
    if not reason.strip():
        raise DomainError(f"撤销「{step.label}」须填写理由", article=ARTICLE_RECORD, field="reason")
    if step_key in NEVER or not step.reversible_until:
        raise DomainError(NEVER.get(step_key, f"「{step.label}」不能撤销"), article=step.article)
    if state_now != state_after:
        next_state, taken = (DEAL_NEXT_STEP_TAKEN if owner == "deal" else NEXT_STEP_TAKEN).get(step_key, ("", ""))
        if state_now != next_state or not taken:
            taken = f"当前状态为「{state_label or state_now}」，已不是该决定之后的状态"
        raise DomainError(f"「{step.label}」只能在{step.reversible_until}撤销：{taken}", article=ARTICLE_RECORD)
    if step_key == "start-publicity" and publicity_start is not None and today > publicity_start:
        raise DomainError(f"公示首日（{publicity_start.isoformat()}）已结束，「开始公示」不能再撤销；"
                          "如公示有误，请登记异议或在期满后重新办理", article=ARTICLE_RECORD)


def state_before(step_key: str, state_after: str) -> str:
    """The application state a reversal of ``step_key`` returns to: the source of the state
    machine's transition that led to ``state_after`` (domain/workflow.py)."""
    action = APPLICATION_ACTIONS[step_key]
    for t in TRANSITIONS:
        if t.action == action and t.target.value == state_after:
            return t.source.value
    raise DomainError(f"状态「{state_after}」不是「{STEPS[step_key].label}」的结果", article=ARTICLE_RECORD)
