"""The application state machine (SPEC "Wizards"; 方案二(一)(二)).

draft → submitted → approved → in_publicity → publicity_ended → agreement_signed → effective,
with rejected / withdrawn, and an objection during publicity returning the application to review.
An abandonment (1-2 第十一条) is approved and publicised; "公示期满即为自动放弃" makes it effective
when that publicity has ended (or from approved, for one whose publicity was not linked to it),
with no agreement to sign.
"""

from __future__ import annotations

from dataclasses import dataclass

from .enums import ApplicationKind as K
from .enums import ApplicationState as S
from .errors import DomainError

ARTICLE_PROCEDURE = "方案二(一)、方案二(二)"


@dataclass(frozen=True)
class Transition:
    action: str
    source: S
    target: S
    label: str
    kinds: frozenset[K] | None = None  # None: every kind of application


TRANSITIONS: tuple[Transition, ...] = (
    Transition("submit", S.DRAFT, S.SUBMITTED, "提交申请"),
    Transition("approve", S.SUBMITTED, S.APPROVED, "审批通过"),
    Transition("reject", S.SUBMITTED, S.REJECTED, "驳回"),
    Transition("start_publicity", S.APPROVED, S.IN_PUBLICITY, "开始公示"),
    Transition("end_publicity", S.IN_PUBLICITY, S.PUBLICITY_ENDED, "公示期满"),
    Transition("objection", S.IN_PUBLICITY, S.SUBMITTED, "公示期内有异议，退回审核"),
    Transition("sign_agreement", S.PUBLICITY_ENDED, S.AGREEMENT_SIGNED, "签署协议"),
    Transition("make_effective", S.AGREEMENT_SIGNED, S.EFFECTIVE, "生效"),
    Transition("withdraw", S.DRAFT, S.WITHDRAWN, "撤回"),
    Transition("withdraw", S.SUBMITTED, S.WITHDRAWN, "撤回"),
    Transition("withdraw", S.APPROVED, S.WITHDRAWN, "撤回"),
    # 1-2 第十一条：“由技术转移机构（部门）进行公示，公示期满即为自动放弃” — no agreement to sign
    Transition("make_effective", S.PUBLICITY_ENDED, S.EFFECTIVE, "公示期满，自动放弃生效", frozenset({K.ABANDONMENT})),
    Transition("make_effective", S.APPROVED, S.EFFECTIVE, "公示期满，自动放弃生效", frozenset({K.ABANDONMENT})),
)
FINAL_STATES = frozenset({S.EFFECTIVE, S.REJECTED, S.WITHDRAWN})


class ApplicationStateMachine:
    """Applies actions to an application state; an illegal action raises :class:`DomainError`."""

    def __init__(self, state: S | str = S.DRAFT, kind: K | str | None = None) -> None:
        self.state = S(state)
        self.kind = None if kind is None else K(kind)

    @staticmethod
    def allowed(state: S | str, kind: K | str | None = None) -> list[Transition]:
        """The transitions out of ``state``; those reserved to some kinds only when ``kind`` is one."""
        state = S(state)
        kind = None if kind is None else K(kind)
        return [t for t in TRANSITIONS if t.source is state and (t.kinds is None or kind in t.kinds)]

    def can(self, action: str) -> bool:
        return any(t.action == action for t in self.allowed(self.state, self.kind))

    def target(self, action: str) -> S:
        for t in self.allowed(self.state, self.kind):
            if t.action == action:
                return t.target
        names = "、".join(t.label for t in self.allowed(self.state, self.kind)) or "无"
        label = next((t.label for t in TRANSITIONS if t.action == action), action)
        raise DomainError(
            f"申请当前状态为「{self.state.label}」，不能执行「{label}」；可执行：{names}", article=ARTICLE_PROCEDURE
        )

    def apply(self, action: str) -> S:
        self.state = self.target(action)
        return self.state

    @property
    def is_final(self) -> bool:
        return self.state in FINAL_STATES
