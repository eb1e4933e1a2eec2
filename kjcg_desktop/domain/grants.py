"""R1–R3 — rights grants (赋权): ownership, long-term use right, extension and the negative list."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .enums import GrantMode
from .errors import DomainError
from .money import share_percent

ARTICLE_OWNERSHIP = "方案二(一)"
ARTICLE_USE_RIGHT = "方案二(二)"
ARTICLE_NEGATIVE_LIST = "1-1 第七条"
USE_RIGHT_MIN_YEARS = 10
HUNDRED = Decimal(100)


def check_shares(shares: Sequence[Decimal | str | int | float]) -> None:
    """Income shares agreed inside the team must add up to exactly 100 % (方案二(一):
    "团队内部协商一致，书面约定内部收益分配比例"). Decimal arithmetic, no rounding; each share is a
    finite number above 0 and at most 100 % (NaN, infinities and negatives are refused by name).

    Raises :class:`DomainError` naming the gap, e.g. 合计 99.99%，还差 0.01%.
    """
    if not shares:
        raise DomainError("未填写完成人收益分配比例", article=ARTICLE_OWNERSHIP, field="shares")
    values = [share_percent(s, f"第 {n} 位完成人的收益分配比例", article=ARTICLE_OWNERSHIP, field="shares", positive=True)
              for n, s in enumerate(shares, 1)]
    total = sum(values, Decimal(0))
    if total != HUNDRED:
        gap = HUNDRED - total
        how = f"还差 {gap.normalize():f}%" if gap > 0 else f"超出 {(-gap).normalize():f}%"
        raise DomainError(
            f"完成人收益分配比例合计须为100%，当前合计 {total.normalize():f}%，{how}",
            article=ARTICLE_OWNERSHIP, field="shares",
        )


def use_right_term_ok(years: int) -> bool:
    """A long-term use right runs for no less than 10 years (方案二(二) "不低于10年")."""
    return years >= USE_RIGHT_MIN_YEARS


def check_use_right_term(years: int) -> None:
    if not use_right_term_ok(years):
        raise DomainError(
            f"长期使用权期限不低于{USE_RIGHT_MIN_YEARS}年，当前为{years}年", article=ARTICLE_USE_RIGHT, field="term_years"
        )


DEFAULT_FIRST_TERM_YEARS = 5


@dataclass(frozen=True)
class UseRightTerm:
    """A long-term use right (方案二(二)): the term granted (no less than 10 years) and the current
    agreement term inside it (the first term, 5 years by default as practice does)."""

    start: date
    term_years: int
    first_term_years: int
    granted_end: date
    term_end: date


def use_right_term(start: date, term_years: int, first_term_years: int = DEFAULT_FIRST_TERM_YEARS) -> UseRightTerm:
    """Both ends of a long-term use right (方案二(二) "不低于10年的职务科技成果长期使用权"): the granted
    end is start + the total term (≥ 10 years), the current term's end start + the first term,
    which lies inside the total term."""
    from .timeline import add_years

    check_use_right_term(int(term_years))
    first = int(first_term_years)
    if first < 1:
        raise DomainError("首期协议期限须至少1年", article=ARTICLE_USE_RIGHT, field="first_term_years")
    if first > int(term_years):
        raise DomainError(f"首期协议期限（{first}年）不能长于使用权总期限（{term_years}年）",
                          article=ARTICLE_USE_RIGHT, field="first_term_years")
    return UseRightTerm(start, int(term_years), first, add_years(start, int(term_years)), add_years(start, first))


def check_ownership_split(mode: GrantMode | str, team_share: Decimal | str | int) -> Decimal:
    """Validate the team's ownership share for a grant mode (方案二(一)).

    Full grant and transfer of the unit's remaining share leave the team with 100 %; a partial
    grant makes unit and team co-owners, so the team holds more than 0 and less than 100 %.
    Returns the unit's share (100 − team share).
    """
    mode = GrantMode(mode)
    team = share_percent(team_share, "团队所有权份额", article=ARTICLE_OWNERSHIP, field="team_share")
    if mode in (GrantMode.FULL, GrantMode.REMAINING):
        if team != HUNDRED:
            raise DomainError(f"{mode.label}后团队应持有100%所有权，当前为{team}%", article=ARTICLE_OWNERSHIP, field="team_share")
    elif not (Decimal(0) < team < HUNDRED):
        raise DomainError(
            f"部分赋权时单位与团队共同所有，团队份额须大于0且小于100%，当前为{team}%",
            article=ARTICLE_OWNERSHIP, field="team_share",
        )
    return HUNDRED - team


# The items a signed ownership-grant agreement must cover (方案二(一)).
OWNERSHIP_AGREEMENT_TERMS: tuple[tuple[str, str], ...] = (
    ("income_split", "转化收益分配比例"),
    ("decision_mechanism", "转化决策机制"),
    ("cost_sharing", "转化费用分担"),
    ("ip_maintenance", "知识产权维持费用"),
    ("rights_obligations", "各方的权利和义务"),
)


def missing_agreement_terms(terms: Mapping[str, str]) -> list[str]:
    """Labels of agreement items left empty (方案二(一) "合理约定……明确……权利和义务")."""
    return [label for key, label in OWNERSHIP_AGREEMENT_TERMS if not str(terms.get(key) or "").strip()]


# Extension of a use right needs all three conditions (方案二(二)).
EXTENSION_CONDITIONS: tuple[tuple[str, str], ...] = (
    ("agreement_honoured", "科研人员履行协议"),
    ("progress_made", "科技成果转化取得积极进展"),
    ("income_good", "收益情况良好"),
)


def check_extension(conditions: Mapping[str, bool]) -> None:
    """A use right may be extended only when the researchers honoured the agreement, the
    transformation progressed and the income is good (方案二(二))."""
    missing = [label for key, label in EXTENSION_CONDITIONS if not conditions.get(key)]
    if missing:
        raise DomainError("延长长期使用权须同时满足：" + "、".join(missing) + " 未满足", article=ARTICLE_USE_RIGHT, field="conditions")


def check_extension_end(current_end: date | str | None, new_end: date | str) -> None:
    """An extension moves the use right's end date later (方案二(二) "进一步延长……期限")."""
    if current_end and str(new_end) <= str(current_end):
        raise DomainError(f"延长后的到期日须晚于现有到期日 {current_end}", article=ARTICLE_USE_RIGHT, field="new_end_date")


@dataclass(frozen=True)
class NegativeListItem:
    key: str
    clause: str
    question: str
    text: str


NEGATIVE_LIST: tuple[NegativeListItem, ...] = (
    NegativeListItem(
        "national_interest", "1-1 第七条(一)",
        "该成果是否可能影响国家安全、国防安全、公共安全、经济安全、社会稳定等国家利益和重大社会公共利益？",
        "职务科技成果若影响国家安全、国防安全、公共安全、经济安全、社会稳定等事关国家利益和重大社会公共利益。",
    ),
    NegativeListItem(
        "state_secret", "1-1 第七条(二)",
        "该成果是否涉及国家秘密且尚未解密或者降密？",
        "职务科技成果涉及国家秘密，在解密或者降密之前，不得实施转化。",
    ),
    NegativeListItem(
        "ethics", "1-1 第七条(三)",
        "该成果是否未严格遵守科技伦理规定，无法确保转化应用安全可控？",
        "职务科技成果未严格遵守科技伦理规定，无法确保科技成果转化应用安全可控。",
    ),
    NegativeListItem(
        "conditions_unmet", "1-1 第七条(四)",
        "该成果是否不具备权属清晰、应用前景明朗、承接对象明确、转化意愿强烈等条件？",
        "职务科技成果不具备权属清晰、应用前景明朗、承接对象明确、转化意愿强烈等条件。",
    ),
)

# Conduct items (五)–(九): recorded as declarations signed by participants ("本人不存在下列行为"). The text is
# the article's own wording (1-1 第七条), word for word.
CONDUCT_DECLARATIONS: tuple[tuple[str, str, str], ...] = (
    ("ethics_confidentiality", "1-1 第七条(五)",
     "从事科技成果转化的科研人员违反科学道德、科技伦理和职业道德规范，未严格执行科学技术保密要求，未经试点单位允许利用职务科技成果从事创办企业等行为。"),
    ("no_appropriation", "1-1 第七条(六)",
     "从事科技成果转化的科研人员，将职务科技成果及其技术资料和数据占为己有，侵犯试点单位的合法权益；或者以唆使窃取、利诱胁迫等手段侵占他人的科技成果，侵犯他人合法权益。"),
    ("no_interference", "1-1 第七条(七)",
     "参与科技成果转化的领导人员、管理人员违反科学道德、科技伦理和职业道德规范，或者利用职务之便，干扰或阻碍科技成果转化工作，或者擅自披露、使用或者转让科技成果的关键技术。"),
    ("no_gifts", "1-1 第七条(八)",
     "成果转化参与人员玩忽职守、以权谋私。以任何名目和理由向科技成果转化实施者索要或者收受可能影响成果评价与转化行为的礼品、礼金（含有价券）和礼物或提供有偿服务；或者利用职权或者职务上的影响，为配偶、子女及其配偶等亲属和其他特定关系人员在科技成果转化行为中提供便利和优惠条件；或在医疗卫生机构后续成果转化产品进入本单位销售或使用过程中，存在滥用职权、违规审批、违规采购等行为。"),
    ("recusal", "1-1 第七条(九)", "承担科技成果转化业务的领导人员、管理人员，违反任职回避和履职回避等相关规定。"),
)
DECLARATION_HEADING = "本人承诺，在改革试点中不存在下列行为（1-1 第七条“成果转化参与人员在改革试点中不得有以下相关行为”）："


@dataclass(frozen=True)
class Finding:
    key: str
    clause: str
    text: str

    @property
    def message(self) -> str:
        return f"属于负面清单，不可赋权：{self.text}（依据：{self.clause}）"


def negative_list_findings(answers: Mapping[str, bool]) -> list[Finding]:
    """R3: every question answered "yes" is a finding that blocks the grant (1-1 第七条(一)–(四),
    方案二(一)). An unanswered question is treated as unanswered, not as "no": it raises."""
    unknown = set(answers) - {item.key for item in NEGATIVE_LIST}
    if unknown:
        raise DomainError(f"未知的负面清单问题：{', '.join(sorted(unknown))}", article=ARTICLE_NEGATIVE_LIST)
    missing = [item.question for item in NEGATIVE_LIST if item.key not in answers or answers[item.key] is None]
    if missing:
        raise DomainError("负面清单问题未全部回答：" + missing[0], article=ARTICLE_NEGATIVE_LIST, field="negative_list")
    return [Finding(item.key, item.clause, item.text) for item in NEGATIVE_LIST if answers[item.key]]
