"""The legal-status vocabulary: what a legal-status text says about a right (1-2 第五条).

One vocabulary for every source — the ledger form, Excel ledgers and the status columns of patent
databases (CNIPA, incoPat, PatSnap/智慧芽 …). A text is read **by whole terms, never by substring**:
"未授权", "尚未授权", "不予授权" contain "授权" and still mean *not granted*. A cell holding several
events ("授权 | 权利转移", "实质审查的生效;发明专利申请公布后的驳回") takes the latest event that says
something about the right; neutral events (transfer, licence recording, bibliographic change) are
skipped. Text the vocabulary does not know is *unknown*: the caller keeps the raw text and flags it
待核对, it never guesses.

Categories (:class:`StatusCategory`): pending, granted, not granted, lapsed, unknown. A lapsed right
(未缴年费, 期限届满) was obtained: it stays 授权成果 with the legal status "lapsed", never "in force".

Negation is read, never skipped: a known in-force term behind 非/无/不/不再/没有/并非 ("非有效",
"不再有效") says the right does not exist now — the same reading as a bare "失效"/"无权", which does not
say whether a right was ever granted (PatSnap and incoPat write 失效/无效 for a withdrawn or rejected
application too); :mod:`.grant_evidence` decides it from the rest of the row. A text made only of
events that say nothing about the right (权利转移, 质押, 部分无效 …) is *an event*, not unknown
(:attr:`StatusReading.event_only`); some of them can only happen to a granted patent (a 专利权 is
pledged or partly invalidated, 专利权质押登记办法, 专利法第四十五条), which the reading records as grant
evidence. A patent declared wholly invalid (全部无效) is deemed never to have existed (专利法第四十七条):
:attr:`StatusReading.invalidated` lets the caller say so; how it is stored is decided at
:func:`right_obtained`.

The words, each with its source, are in :mod:`.legal_status_terms`. Real forms are read whole: the CNIPA case list (中国及多国专利审查信息查询 案件状态: 等年登印费, 逾期视撤,等恢复,
届满终止,待失效, 放弃专利权（重复授权）…), the CNIPA law-state headings written before their sub-event
(专利权的终止(①未缴年费专利权终止), 其他有关事项(避免重复授权放弃专利权)), PatSnap's 简单法律状态/法律状态 in
Chinese and English (未确认-Undetermined is the source saying it does not know), Google Patents
(Expired - Fee Related, Ceased) and USPTO (Patented Case). Traditional Chinese (有效專利, 審查中,
專利權消滅, 撤銷) is read in simplified and kept as written. Events written together in one phrase
(驳回后复审授权, 授权后失效) are read as events when every part is a known term; an end followed straight
by a grant with no joining word ("无效授权") is not two events and stays unknown.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from .enums import LegalStatus
from .legal_status_terms import (
    BARE_GIVE_UP,
    EVENT_AFTER_GRANT,
    INVALIDATED,
    LAPSED_AFTER_GRANT,
    LOOKUP,
    NEUTRAL,
    PARTLY_INVALID,
    TRADITIONAL_ONLY,
)

ARTICLE = "1-2 第五条"


class StatusCategory(StrEnum):
    PENDING = "pending"
    GRANTED = "granted"
    NOT_GRANTED = "not_granted"
    LAPSED = "lapsed"
    UNKNOWN = "unknown"


CATEGORY_LABELS = {
    StatusCategory.PENDING: "审中（未授权）",
    StatusCategory.GRANTED: "已授权",
    StatusCategory.NOT_GRANTED: "未授权",
    StatusCategory.LAPSED: "已授权后失效",
    StatusCategory.UNKNOWN: "无法识别",
}

CATEGORY_OF = {
    LegalStatus.NOT_FILED: StatusCategory.NOT_GRANTED,
    LegalStatus.PENDING: StatusCategory.PENDING,
    LegalStatus.GRANTED: StatusCategory.GRANTED,
    LegalStatus.LAPSED: StatusCategory.LAPSED,
    LegalStatus.REJECTED: StatusCategory.NOT_GRANTED,
    LegalStatus.WITHDRAWN: StatusCategory.NOT_GRANTED,
    LegalStatus.ABANDONED: StatusCategory.NOT_GRANTED,
}

# A negation before a granted term. Before a word of the grant itself (非授权, 没有授权) it says *not
# granted* — read as 未授权; before an in-force word (非有效, 不再维持) it says *no right now* — read as a
# bare 失效, which does not say a grant happened.
_NEGATIONS = ("不再", "没有", "并非", "尚未", "从未", "暂未", "仍未", "还未", "不是", "非", "无", "不", "未", "没")
_GRANT_WORDS: frozenset[str] = frozenset({"授权", "已授权", "授予专利权", "授权公告", "专利权授予", "核准", "已核准", "获得授权",
                                          "获授权", "已获授权"})

_REGISTRATION_WORDS: frozenset[str] = frozenset({"登记", "已登记"})

# CNIPA 法律状态 headings written before their sub-event, with or without brackets and an ordinal:
# "专利权的终止(①未缴年费专利权终止)", "专利权的无效宣告专利权全部无效", "其他有关事项(避免重复授权放弃专利权)"
_HEADINGS = ("专利权的无效、部分无效宣告", "专利权的无效宣告", "专利权的终止", "专利权的撤销", "其他有关事项", "通知事项")
_ORDINAL = re.compile(r"^[(（]*(?:\(\d{1,2}\)|\d{1,2}(?![\d年]))?\s*|[)）]+$")
# 案件状态 written with its waiting step and no comma: "视为撤回等恢复", "逾期视撤等恢复补正"
_WAITING_SUFFIXES = ("等恢复补正", "等恢复", "待失效")
# words that join two events in a ledger's sentence: "驳回后复审授权", "授权后失效"
_CONNECTORS = ("之后", "以后", "然后", "后经", "后", "经", "再", "又", "并")

# An event that restores what the last negative event ended: a withdrawn application is pending
# again, a patent ended for unpaid fees is in force again (专利法实施细则 恢复权利).
_RESTORE: frozenset[str] = frozenset({"恢复", "权利恢复", "专利权恢复", "专利权的恢复", "专利申请权恢复", "恢复权利",
                                       "权利的恢复", "专利申请权、专利权的恢复", "restoration", "已恢复", "权利已恢复",
                                       "专利申请的恢复"})
_NEGATIVE = (LegalStatus.LAPSED, LegalStatus.WITHDRAWN, LegalStatus.ABANDONED, LegalStatus.REJECTED)
# CNIPA event names that record a change without saying anything about the right
_NEUTRAL_ENDINGS = ("的转移", "的变更", "变更", "的注销", "注销", "备案的生效", "登记的生效", "合同备案", "质押登记", "更正")

# Events are separated by these; "、" and brackets only split a part that is not itself a known
# term (CNIPA names such as 专利申请权、专利权的转移 contain "、")
_SEPARATORS = re.compile(r"[|｜;；,，/／\n\r\t]+|->|→|>")
# 、 and brackets, and a dash after a Chinese word (ledgers write the steps "公开-实审", "失效-未缴年费";
# PatSnap its labels "有效-Active")
_MINOR_SEPARATORS = re.compile(r"[、()（）]+|(?<=[\u4e00-\u9fff])\s*[-－—–]+\s*(?=[\u4e00-\u9fffA-Za-z])")
_STRIP = " \u3000.。:：()（）[]【】\"'“”‘’"
# 、 and a dash between Chinese words also list events ("授权-实审-公开"); brackets gloss a status
_LIST_MARKS = re.compile(r"、|(?<=[\u4e00-\u9fff])\s*[-－—–]+\s*(?=[\u4e00-\u9fff])")


def normalise_term(text: str) -> str:
    """NFKC (full-width to ASCII), no spaces inside, outer punctuation dropped, ASCII lower-cased."""
    value = unicodedata.normalize("NFKC", text)
    value = re.sub(r"\s+", "", value).strip(_STRIP)
    if value.count("(") > value.count(")"):
        value += ")"  # a qualifier in brackets is part of the term: 放弃专利权（重复授权）
    return value.lower()


@dataclass(frozen=True)
class StatusReading:
    """What a legal-status text says. ``status`` is None when the text is unknown (or empty)."""

    raw: str
    status: LegalStatus | None
    term: str | None = None
    granted_evidence: bool = False
    event_only: bool = False        # the text holds only events that say nothing about the right
    partly_invalid: bool = False    # a 部分无效 among the events: the right stands, for the claims kept
    alive: bool = False             # not ended, granted or not (Derwent "Alive"): the row's evidence decides
    events: bool = False            # a list of events that says more than the status (others, a progression, dates)

    @property
    def invalidated(self) -> bool:
        """The latest event declares the patent wholly invalid or revoked (专利法第四十七条: deemed never
        to have existed): lapsed, still 授权成果, flagged — the decision is argued at :func:`right_obtained`."""
        return self.term in INVALIDATED

    @property
    def category(self) -> StatusCategory:
        return StatusCategory.UNKNOWN if self.status is None else CATEGORY_OF[self.status]

    @property
    def known(self) -> bool:
        return self.status is not None

    @property
    def says_granted(self) -> bool:
        """The text itself says the right was granted (in force, or lapsed after grant)."""
        return self.status is LegalStatus.GRANTED or self.granted_evidence


def read_term(term: str) -> LegalStatus | None:
    """One whole term → :class:`LegalStatus`; None if the term is not in the vocabulary."""
    value = normalise_term(term)
    if not value:
        return None
    try:
        return LegalStatus(value)
    except ValueError:
        pass
    return _lookup(value)


def _lookup(term: str) -> LegalStatus | None:
    """A whole normalised term (see :func:`_canonical`)."""
    canonical = _canonical(term)
    return None if canonical is None else LOOKUP.get(canonical)


@functools.lru_cache(maxsize=8192)  # pure, and tried on every piece of every cell
def _canonical(term: str) -> str | None:
    """The vocabulary term a whole normalised term stands for, or None: the term itself; a negated
    granted term (非授权 → 未授权, 非有效/不再维持 → 非有效, never a grant); a CNIPA heading with its
    sub-event (专利权的终止(①未缴年费专利权终止) → 未缴年费专利权终止); a 案件状态 with its waiting step
    (视为撤回等恢复 → 视为撤回)."""
    if term in LOOKUP or term in NEUTRAL or term in _RESTORE:
        return term
    for prefix in _NEGATIONS:
        if term.startswith(prefix) and len(term) > len(prefix):
            rest = _canonical(term[len(prefix):])
            if rest in _REGISTRATION_WORDS:
                return "未登记"  # 尚未登记, 没有登记: not filed, as 未登记 — no right that ended
            if rest is not None and LOOKUP.get(rest) is LegalStatus.GRANTED:
                return "未授权" if rest in _GRANT_WORDS else "非有效"
    for heading in _HEADINGS:
        if term.startswith(heading) and len(term) > len(heading):
            rest = _ORDINAL.sub("", term[len(heading):])
            if not rest:
                return heading
            return _canonical(rest)
    for suffix in _WAITING_SUFFIXES:
        if term.endswith(suffix) and len(term) > len(suffix):
            return _canonical(term[:-len(suffix)].rstrip(",，"))
    return None


def read_legal_status(text: object) -> StatusReading:
    """Read a legal-status cell by vocabulary (see the module docstring).

    >>> read_legal_status("未授权").category
    <StatusCategory.PENDING: 'pending'>
    >>> read_legal_status("授权 | 权利转移").status
    <LegalStatus.GRANTED: 'granted'>
    >>> read_legal_status("实质审查的生效;发明专利申请公布后的驳回").status
    <LegalStatus.REJECTED: 'rejected'>
    """
    return _reading_of("" if text is None else str(text).strip())


@functools.lru_cache(maxsize=4096)
def _reading_of(raw: str) -> StatusReading:
    """The reading of one stripped text; a ledger's status column repeats a few words on thousands of
    rows, and a reading is immutable, so each text is read once."""
    if not raw:
        return StatusReading(raw, None)
    reading = _read(raw, raw)
    if reading.status is None and not reading.event_only:
        converted = _simplified(raw)
        if converted != raw:  # traditional Chinese (有效專利, 審查中, 專利權消滅): read in simplified, kept as written
            reading = _read(TRADITIONAL_ONLY.get(normalise_term(converted), converted), raw)
    return reading


# Derwent Innovation's Alive/Dead: "Alive" is a pending application or a patent in force — it does not
# say which (Dead is a bare end, like 失效)
_ALIVE = frozenset({"alive", "live"})


def _read(text: str, raw: str) -> StatusReading:
    whole = normalise_term(text)
    if whole in _ALIVE:
        return StatusReading(raw, None, whole, alive=True)
    canonical = _canonical(whole)
    status = None if canonical is None else LOOKUP.get(canonical)
    if status is not None and canonical is not None:
        return StatusReading(raw, status, canonical, canonical in LAPSED_AFTER_GRANT)
    try:
        return StatusReading(raw, LegalStatus(whole), whole)
    except ValueError:
        pass
    history: list[tuple[LegalStatus, str]] = []
    unknown_after_latest = False
    restored_bare_end = False  # a bare end (失效, 终止) restored: pending again or in force again
    neutral: list[str] = []
    # a phrase with no separator ("授权待登记") is written in reading order, never newest first
    in_order = _DATE_ANYWHERE.search(text) is not None or not (_SEPARATORS.search(text) or _LIST_MARKS.search(text))
    for event in _in_life_order(_events(text), in_order=in_order):
        term = _canonical(event) or event
        if _is_neutral(term):
            neutral.append(term)
            continue
        if term in _RESTORE:
            if not history or history[-1][0] not in _NEGATIVE:
                unknown_after_latest = True  # restored from what? the caller flags it
                continue
            ended, ended_term = history.pop()
            if not history:
                history.append((LegalStatus.GRANTED if ended is LegalStatus.LAPSED else LegalStatus.PENDING, term))
                restored_bare_end = ended is LegalStatus.LAPSED and ended_term not in LAPSED_AFTER_GRANT
            unknown_after_latest = False
            continue
        found = _lookup(term)
        if found is None:
            unknown_after_latest = True
            continue
        history.append((found, term))
        unknown_after_latest = restored_bare_end = False
    partly_invalid = any(term in PARTLY_INVALID for term in neutral)
    if not history and neutral and not unknown_after_latest:
        # only events that say nothing about whether the right exists; some say it was granted
        return StatusReading(raw, None, None, any(term in EVENT_AFTER_GRANT for term in neutral), event_only=True,
                             partly_invalid=partly_invalid)
    if not history or unknown_after_latest:
        # Nothing known, or an unknown event after the last known one (it may have changed the
        # right): the caller keeps the text and flags it.
        return StatusReading(raw, None)
    status, term = history[-1]
    if restored_bare_end:  # PatSnap/incoPat write 失效 for an ended application too: the row's evidence decides
        return StatusReading(raw, None, term, alive=True)
    granted_seen = any(s is LegalStatus.GRANTED for s, _ in history)
    if status is LegalStatus.ABANDONED and term in BARE_GIVE_UP and granted_seen:
        status = LegalStatus.LAPSED  # 专利法第四十四条: a granted patent given up ends a right that was obtained
    # a bare end beside one only a granted right reaches (期限届满-Expired) ended a granted right
    after_grant = term in LAPSED_AFTER_GRANT or (status is LegalStatus.LAPSED and (
        granted_seen or any(t in LAPSED_AFTER_GRANT for _, t in history)))
    # the list says more than the status: events beside it (a transfer, a pledge), a progression, dates
    events = bool(neutral) or len({s for s, _ in history}) > 1 or any(ch.isdigit() for ch in raw)
    return StatusReading(raw, status, term, after_grant, partly_invalid=partly_invalid, events=events)


def _simplified(text: str) -> str:
    """Traditional Chinese → simplified for reading (zhconv-rs, MediaWiki's tables); text GB2312 can
    encode has no traditional character and is returned as it is."""
    try:
        text.encode("gb2312")
        return text
    except UnicodeEncodeError:
        pass
    try:
        from zhconv_rs import zhconv
    except ImportError:  # pragma: no cover - a dependency of the package
        return text
    return str(zhconv(text, "zh-hans"))


_DATE_ANYWHERE = re.compile(r"\d{4}[-./年]\d{1,2}|\d{8}")


def _in_life_order(events: list[str], *, in_order: bool) -> list[str]:
    """Undated events as written, unless they are written newest first: read in the written order they
    would go backwards in a patent's life — a publication or an examination after the grant, a grant
    after the right ended (专利法第三十九条: granted after examination; 第四十四条: a right ends after
    its grant) — while read the other way they do not, so the list is read the other way. Dated events
    are in date order already, the pieces of one phrase in reading order; a list with a restoration is
    left as written."""
    if in_order or len(events) < 2:
        return events
    stages = []
    for event in events:
        term = _canonical(event)
        if term is None or term in _RESTORE:
            if term in _RESTORE:
                return events
            continue
        stage = _life_stage(term)
        if stage is not None:
            stages.append(stage)
    if _goes_backwards(stages) and not _goes_backwards(stages[::-1]):
        return events[::-1]
    return events


def _life_stage(term: str) -> int | None:
    """1 published or examined, 3 granted, 4 ended after the grant; None for steps that may come in
    more than one place (a refusal and its 复审, a withdrawal, a bare 失效)."""
    status = LOOKUP.get(term)
    if status is LegalStatus.PENDING:
        return None if ("复审" in term or "合议组" in term) else 1
    if status is LegalStatus.GRANTED:
        return 3
    if status is LegalStatus.LAPSED and term in LAPSED_AFTER_GRANT:
        return 4
    return None


def _goes_backwards(stages: list[int]) -> bool:
    return any(later < earlier for earlier, later in zip(stages, stages[1:], strict=False))


def _is_neutral(term: str) -> bool:
    return term in NEUTRAL or (term not in LOOKUP and term not in _RESTORE and term.endswith(_NEUTRAL_ENDINGS))


# A date written before (or after) an event of an events column (incoPat/PatSnap 法律状态/事件,
# CNIPA 事务数据): "2019-05-06 授权", "2019.05.06：授权", "20190506 授权", "2019年5月6日 授权",
# "授权（2019-05-06）"
_DATE = r"(?:(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?|(\d{4})(\d{2})(\d{2}))"
_DATED_BEFORE = re.compile(rf"^\s*{_DATE}(?![\d])\s*[:：]?\s*")
_DATED_AFTER = re.compile(rf"\s*[(（\[【]?\s*{_DATE}\s*[)）\]】]?\s*$")
# the dates also separate events written on one line without a separator ("2019-05-06 授权 2021-08-09 …")
_DATE_INSIDE = re.compile(rf"(?<=\S)\s+(?={_DATE}(?![\d]))")


def _undated(part: str) -> tuple[tuple[int, int, int] | None, str]:
    """An event's date (year, month, day) when the part is written with one, and the event without it."""
    for pattern in (_DATED_BEFORE, _DATED_AFTER):
        m = pattern.search(part)
        if m is None:
            continue
        g = [x for x in m.groups() if x is not None]
        when = (int(g[0]), int(g[1]), int(g[2]))
        if 1 <= when[1] <= 12 and 1 <= when[2] <= 31:
            return when, (part[:m.start()] + part[m.end():]).strip()
    return None, part


def _events(raw: str) -> list[str]:
    """The cell's events in order: split on the major separators; a part that is not a whole known
    term is split again on "、" and brackets. Events written with their dates are taken without the
    date and put in date order (the latest last, whatever order the export wrote them in); an event
    without a date among dated ones keeps its place after the event before it."""
    dated: list[tuple[tuple[int, int, int] | None, list[str]]] = []
    for chunk in _SEPARATORS.split(raw):
        for part in _split_at_dates(chunk):
            if not part:
                continue
            when, part = _undated(part)
            dated.append((when, _terms_of(part)))
    if any(when is not None for when, _ in dated):
        # an undated part takes the date of the part before it, so that a stable sort keeps it there
        last: tuple[int, int, int] = (0, 0, 0)
        keyed = []
        for index, (when, terms) in enumerate(dated):
            last = when or last
            keyed.append((last, index, terms))
        keyed.sort()
        dated = [(when, terms) for when, _, terms in keyed]
    return [term for _, terms in dated for term in terms]


def _split_at_dates(chunk: str) -> list[str]:
    cuts = [m.end() for m in _DATE_INSIDE.finditer(chunk)]
    return [chunk[a:b] for a, b in zip([0, *cuts], [*cuts, len(chunk)], strict=True)]


def _terms_of(part: str) -> list[str]:
    term = normalise_term(part)
    if not term:
        return []
    if _canonical(term) is not None or _is_neutral(term):
        return [term]
    glossed = _glossed(term)
    if glossed is not None:
        return glossed
    said = _PREAMBLE.sub("", term, count=1)
    subject = term[:len(term) - len(said)]
    told = _canonical(said)
    if (said != term and subject not in _VERB_OBJECT and not ("申请" in subject and told in LAPSED_AFTER_GRANT)
            and (told is not None or _glossed(said) is not None)):
        return _terms_of(said)  # "该专利已于2021年授权", "2023年未缴年费终止"
    pieces = [normalise_term(p) for p in _MINOR_SEPARATORS.split(part)]
    found: list[str] = []
    for piece in pieces:
        if piece and _NOTE.match(piece) is None:  # a number or a year beside the status is a note
            found.extend((_joined(piece) if len(piece) <= _LONGEST_PHRASE else None) or [piece])
    return found


# events joined in one phrase are short ("驳回后复审授权"); a longer piece is not split into terms
_LONGEST_PHRASE = 32
# A sentence's subject and date before the status word ("该专利已于2021年授权", "本申请2022年3月被驳回");
# used only when what follows is a known term
_PREAMBLE = re.compile(r"^(?:[该本此]?(?:专利申请|专利|申请|成果))?(?:已经|已)?(?:于|在)?"
                       r"(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?)?(?:已经|已)?")
# (an application named as the subject is never revoked nor at the end of a term: 专利申请撤销 is not read)
# a bare 申请 or 成果 before a status word is no subject: "to apply for" (申请登记, 申请授权, 申请撤销), or
# a procedure of its own (成果登记 is 科技成果登记, no grant of a right)
_VERB_OBJECT = frozenset({"申请", "成果"})
# a patent, application or certificate number, or a year, written beside a status: "已授权（ZL201910123456.7）"
_NOTE = re.compile(r"^(?:(?:专利号|申请号|证书号|授权号|授权公告号|公告号)[:：]?)?(?:zl|cn)?[\d.]{6,}[a-z]?\d?$"
                   r"|^\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?$")


# The order of a right's life, for a note in brackets beside a status
_RANK = {LegalStatus.NOT_FILED: 0, LegalStatus.PENDING: 1, LegalStatus.REJECTED: 2, LegalStatus.WITHDRAWN: 2,
         LegalStatus.ABANDONED: 2, LegalStatus.GRANTED: 3, LegalStatus.LAPSED: 4}
_GLOSS = re.compile(r"^(.+?)\((.+)\)$")


def _glossed(term: str) -> list[str] | None:
    """A status with a note in brackets ("授权（已失效）", "驳回（未授权）", "有效（已恢复）"): the note
    says more about the same right, not necessarily something later. The one further along the right's
    life is taken (授权 → 已失效; 未授权 → 驳回); a restoration note leaves the status as it is; a
    neutral note (已转让) is an event beside it. None when either part is not a known term."""
    m = _GLOSS.match(term)
    if m is None:
        return None
    head, note = m.group(1), m.group(2)
    head_status, note_status = _lookup(head), _lookup(note)
    if head_status is None:
        return None
    if _canonical(note) in _RESTORE:  # a restored end is read restored (视撤（已恢复）); 有效（已恢复） stays in force
        return [head, note] if head_status in _NEGATIVE else [head]
    if note_status is None:
        return [head, note] if _is_neutral(note) else None
    if (head_status is LegalStatus.GRANTED and note in BARE_GIVE_UP
            or head_status is LegalStatus.REJECTED and note_status is LegalStatus.PENDING and "复审" in note):
        return [head, note]  # given up after the grant (授权（已放弃）); a refusal under 复审 (驳回（复审中）)
    return [note, head] if _RANK[head_status] > _RANK[note_status] else [head, note]


def _joined(text: str) -> list[str] | None:
    """A piece made only of known terms, with or without a joining word ("驳回后复审授权" → 驳回, 复审,
    授权; "授权后失效"); None when any part of it is not a known term (the piece stays unknown)."""
    if _canonical(text) is not None or _is_neutral(text):
        return [text]
    for end in range(len(text) - 1, 1, -1):  # the longest known term first
        head = text[:end]
        if _canonical(head) is None and not _is_neutral(head):
            continue
        rest, joined = text[end:], False
        for word in _CONNECTORS:
            if rest.startswith(word) and len(rest) > len(word):
                rest, joined = rest[len(word):], True
                break
        tail = _joined(rest) if len(rest) >= 2 else None
        if tail is not None and not joined and _contract_ended(head, tail[0]):
            return [head, *tail[1:]]  # 质押到期, 许可已终止: the contract's end, not the right's
        if tail is not None and (joined or not _ended_then_granted(head, tail[0])):
            return [head, *tail]
    return None


# events of a contract or a measure on the patent, whose own end ("许可到期", "质押期满") is no end of the right
_CONTRACT_EVENTS = ("许可", "质押", "转让", "转移", "备案", "保全", "合同")


def _contract_ended(first: str, second: str) -> bool:
    return _is_neutral(first) and any(word in first for word in _CONTRACT_EVENTS) and _lookup(second) in _NEGATIVE


def _ended_then_granted(first: str, second: str) -> bool:
    """An end followed straight by a grant with no joining word ("无效授权"): not two events, a phrase
    the vocabulary does not know."""
    return _lookup(first) in _NEGATIVE and _lookup(second) is LegalStatus.GRANTED


def category_of(status: LegalStatus | str) -> StatusCategory:
    return CATEGORY_OF[LegalStatus(status)]


def right_obtained(status: LegalStatus | str) -> bool:
    """The right was legally obtained: granted and in force, or granted and since lapsed
    (1-2 第五条: 按法律程序已申请取得的成果).

    **A patent declared wholly invalid** (全部无效, 专利权的无效宣告(专利权全部无效), 无效宣告失效; revoked
    under the 1992 law, 全部撤销) is stored as *lapsed* and stays 授权成果, flagged 待核对 with the article
    (:mod:`.grant_evidence`):

    - 专利法第四十七条第一款, "宣告无效的专利权视为自始即不存在": the right is void, so the record never
      says "in force" (no fee reminders, no transfer, licence or investment of it), and the flag says why;
    - 第四十七条第二款: the invalidation does not reach back to licence and transfer contracts already
      performed (已经履行的专利实施许可合同和专利权转让合同) or judgments already executed, so the
      deals made on the patent and its transfer status and count (1-2 第七条) stay on a record of a
      right that *was* granted by legal procedure;
    - 1-2 第五条 sorts results by how they were obtained: 授权成果 "按法律程序已申请取得", 未授权成果
      "专利申请权、专有技术等尚未申请但由试点单位享有权利的成果". A patent declared invalid is neither an
      application nor a right the unit still holds; calling it 未授权成果 — or storing a refusal, a
      withdrawal or an abandonment that never happened — would record what is not so. It ends like
      any other ended right (未缴年费, 期限届满): 授权成果 with the legal status lapsed; an intangible
      asset recognised for it is written off through disposal (1-2 第十一条: 技术转移机构核实成果法律状态,
      交财务部门处理).

    **A patent declared partly invalid** (部分无效, 专利权的无效宣告(专利权部分无效)) keeps its right on
    the claims maintained (专利审查指南第四部分第三章: 宣告专利权部分无效 beside 全部无效 and 维持专利权有效):
    granted and in force, the event kept as written (:attr:`StatusReading.partly_invalid`)."""
    return category_of(status) in (StatusCategory.GRANTED, StatusCategory.LAPSED)


# What can follow each category in a patent's life (专利法第三十九条、第四十条: granted after
# examination; 第四十四条: a granted right ends early, e.g. unpaid annual fees; a refusal or a
# withdrawal can be reversed on 复审 or 恢复权利 (专利法实施细则第六条), so anything may follow it).
_CAN_FOLLOW = {
    StatusCategory.PENDING: {StatusCategory.GRANTED, StatusCategory.NOT_GRANTED, StatusCategory.LAPSED},
    StatusCategory.GRANTED: {StatusCategory.LAPSED},
    StatusCategory.NOT_GRANTED: {StatusCategory.PENDING, StatusCategory.GRANTED, StatusCategory.LAPSED},
    StatusCategory.LAPSED: {StatusCategory.NOT_GRANTED},  # a lapse beside a refusal: how the application ended
}


def history_contradicts(current: StatusCategory, history: StatusCategory) -> bool:
    """Whether a database's event list (法律状态/事件), read to its latest event, contradicts the
    current status column of the same row. The list may lag behind the status — events ending at
    授权 beside 未缴年费终止, the lapse came after — but it may not be ahead of it or off its path:
    events ending in 未缴年费终止 beside a current status 有效."""
    if current == history or StatusCategory.UNKNOWN in (current, history):
        return False
    return current not in _CAN_FOLLOW[history]
