"""One source row → the values of one record and its 待核对 flags.

Which number is which (:mod:`kjcg_desktop.domain.ip_numbers`), when a row is 授权成果
(:mod:`kjcg_desktop.domain.grant_evidence`), the type from the number's type digit, dates with their
precision, funding by the vocabulary — and the row's stable key for matching.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ... import domain as d
from ...domain import legal_status as _legal_status  # noqa: F401  (d.legal_status)
from ...domain.grant_evidence import RowEvidence, patent_number, unread_status_note
from ...domain.ip_numbers import RIGHT_OF_KIND, TYPE_OF_KIND, NumberReading, number_key
from ...domain.legal_status import history_contradicts, read_legal_status
from ...domain.partial_dates import PartialDate
from ...domain.review_flags import FlagKind, ReviewFlag, cell_ref
from .cells import PLAIN_TRANSFER_WORDS, ImportValueError, to_holder, to_number, to_partial_date, to_text
from .layout import SheetLayout
from .model import _VALUE_FLAG_KIND, DATE_FIELDS, EXTRA_FIELDS, PlannedRow, StatusBasis
from .synonyms import header_key, second_column

_PLAIN = frozenset({"ledger_no", "name", "department", "keywords", "summary", "transfer_status", "transfer_count",
                    "asset_value_fen", "holder"})
_EXTRA_SET = frozenset(EXTRA_FIELDS)
# A value quoted in a flag's reason is cut after this many characters: the flag keeps the cell's whole
# text as its original and the record keeps it as an extra field, so a runaway cell (a CSV line of
# 50 MB in one column) is not stored a third time in the reason, nor printed whole on a terminal.
QUOTED_CHARS = 300
_LONG_QUOTE = re.compile(f"“([^”]{{{QUOTED_CHARS + 1},}})”")


def short_quotes(reason: str) -> str:
    """``reason`` with every quoted text longer than :data:`QUOTED_CHARS` cut, saying its length."""
    return _LONG_QUOTE.sub(lambda m: f"“{m.group(1)[:QUOTED_CHARS]}……”（共 {len(m.group(1)):,} 字，原文见该单元格）", reason)
_NOT_SOURCE = ("filing_date_precision", "grant_date_precision", "disclosure_date_precision", "registration_date_precision",
               "application_no_as_written", "patent_no_as_written")
_PATENT_TYPES = frozenset({"invention", "utility_model", "design"})
_TYPE_LABELS = {m.value: m.label for m in d.AchievementType}
# A software copyright certificate number: 软著登字第1234567号 (or 软著登字第 BJ1234 号 of the 1990s), or bare digits
_CERTIFICATE = re.compile(r"^(?:软著登字|著登字)?第?[A-Z]{0,3}\d{4,9}号?$")
# the separators of several numbers in one cell
SEVERAL_NUMBERS = re.compile(r"[;；,，/、|｜\s]+")
# the certificate of a software registration names its right: 软著登字第3456789号
_SOFTWARE_CERTIFICATE = re.compile(r"^\s*(?:软著登字|著登字)")
_DIGIT_NAMES = {"invention": "1/8 = 发明", "utility_model": "2/9 = 实用新型", "design": "3 = 外观设计"}
# the CN serial of a publication number: CN109876543A and CN109876543B are the publications of one application
PUBLICATION_SERIAL = re.compile(r"^CN(\d{7,9})")
# the separators of several dates in one cell (Espacenet: one per publication number, in the same order)
_DATES = re.compile(r"[;；,，|｜\s]+")


@dataclass
class RowContext:
    sheet: str
    layout: SheetLayout
    letters: list[str]
    labels: Mapping[str, str]

    def __post_init__(self) -> None:
        self.column_of: dict[str, int] = {t: col for col, t in enumerate(self.layout.mapping) if t not in ("extra", "ignore")}
        self._headers = {t: self.layout.headers[col] for t, col in self.column_of.items()}
        # the sheet's fields stored as read, and those kept in the extra fields under their header
        self.plain = [t for t in self.column_of if t in _PLAIN]
        self.extra_fields = [(t, self.header(t)) for t in self.column_of if t in _EXTRA_SET]
        # a second detailed-status column kept as an extra field (incoPat writes two), found once per sheet
        self.second_detail = (second_column(self.layout.headers, self.layout.mapping, "legal_status_detail")
                              if "legal_status_detail" in self.column_of else None)
        # the applicant column beside the holder now (incoPat 申请人 beside 当前权利人; Lens Applicants
        # beside Owners, which is often empty): it names the holder where the holder column is empty
        self.second_holder = (second_column(self.layout.headers, self.layout.mapping, "holder")
                              if "holder" in self.column_of else None)

    def cell(self, target: str, row: int) -> str:
        col = self.column_of.get(target)
        if col is None:
            return cell_ref(self.sheet, "", row)
        return cell_ref(self.sheet, self.letters[col], row)

    def header(self, target: str) -> str:
        header = self._headers.get(target)
        return header if header is not None else self.labels.get(target, target)


def _raw_text(raw_row: Sequence[Any], col: int | None) -> str:
    if col is None or col >= len(raw_row):
        return ""
    value = raw_row[col]
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return "" if value is None else str(value)


def interpret_row(ctx: RowContext, excel_row: int, raw_row: Sequence[Any], got: dict[str, Any],
                  extra: dict[str, Any], problems: Sequence[tuple[int, str, str]]) -> PlannedRow:
    """Values, inventors, flags and keys of one data row (see the module docstring)."""
    return _RowReader(ctx, excel_row, raw_row, got, extra).read(problems)


class _RowReader:
    """The readings of one row combined, one concern per method; each adds to ``values``, ``extra``
    and ``flags``, and the number and date readings leave the evidence the legal status is decided on."""

    __slots__ = ("ctx", "excel_row", "raw_row", "got", "extra", "flags", "values", "cn", "cn_field", "foreign",
                 "is_patent_no", "grant_evidence", "filing_evidence", "publication_type", "publication", "registration",
                 "status_basis", "cn_publication", "family", "family_dates")

    def __init__(self, ctx: RowContext, excel_row: int, raw_row: Sequence[Any], got: dict[str, Any],
                 extra: dict[str, Any]) -> None:
        self.ctx, self.excel_row, self.raw_row, self.got, self.extra = ctx, excel_row, raw_row, got, extra
        self.flags: list[ReviewFlag] = []
        self.values: dict[str, Any] = {key: got[key] for key in ctx.plain if key in got}
        if ctx.second_holder is not None and "holder" not in got:
            holder = to_holder(_raw_text(raw_row, ctx.second_holder) or None)
            if holder:
                self.values["holder"] = holder
        self.cn: NumberReading | None = None          # the CN application/patent number of the row
        self.cn_field = "application_no"
        self.foreign: NumberReading | None = None
        self.is_patent_no = False
        self.grant_evidence: list[str] = []
        self.filing_evidence = False
        self.publication_type: str | None = None
        self.publication: NumberReading | None = None
        self.registration: NumberReading | None = None
        self.status_basis: StatusBasis | None = None
        self.cn_publication: str | None = None        # "CN" + the serial of the row's CN publication
        self.family: list[NumberReading] = []         # the publications one cell lists (Espacenet: a family)
        self.family_dates: list[PartialDate] = []     # their dates, in the same order

    def flag(self, target: str, kind: str, reason: str, original: Any = None) -> None:
        ctx = self.ctx
        text = _raw_text(self.raw_row, ctx.column_of.get(target)) if original is None else str(original)
        if len(reason) > QUOTED_CHARS:
            reason = short_quotes(reason)
        self.flags.append(ReviewFlag(target, kind, reason, ctx.sheet, ctx.cell(target, self.excel_row), text))

    def read(self, problems: Sequence[tuple[int, str, str]]) -> PlannedRow:
        self.unreadable(problems)
        got, extra = self.got, self.extra
        for key, header in self.ctx.extra_fields:
            if key in got:
                extra[header] = got[key]
        holder = got.get("holder")
        if holder is not None and holder.__class__ is not str:  # names read without their nationality
            self.values["holder"] = str(holder)
            extra[f"{self.ctx.header('holder')}（原文）"] = holder.as_written
        self.patent_numbers()
        self.publication_numbers()
        self.settle_number()
        self.dates()
        self.legal_status()
        self.achievement_type(problems)
        self.funding()
        self.transfer_as_written()
        return self.planned(self.inventors())

    def unreadable(self, problems: Sequence[tuple[int, str, str]]) -> None:
        """Cells that could not be read: kept as written in the extra fields, flagged."""
        ctx, sheet = self.ctx, self.ctx.sheet
        for col, target, message in problems:
            header = ctx.layout.headers[col]
            text = _raw_text(self.raw_row, col)
            if target == "publication_date" and self._several_dates(text):
                self.extra[header] = text.strip()
                continue
            self.extra[header] = text
            kind = _VALUE_FLAG_KIND.get(target, FlagKind.UNREADABLE)
            if "超出" in message and target in ("transfer_count", "asset_value_fen"):
                kind = FlagKind.OUT_OF_RANGE
            self.flags.append(ReviewFlag(target, kind, f"{header}：{message}；原文已保留在扩展信息中",
                                         sheet, cell_ref(sheet, ctx.letters[col], self.excel_row), text))

    def _several_dates(self, text: str) -> bool:
        """A publication-date cell listing one date per publication (Espacenet: "2022-01-11 2023-05-12"):
        each date read, kept in order to pair with the publication numbers of the row."""
        parts = [part for part in _DATES.split(text) if part]
        if len(parts) < 2:
            return False
        try:
            dates = [to_partial_date(part) for part in parts]
        except ImportValueError:
            return False
        if any(pd is None or pd.precision != "day" for pd in dates):  # "2023 05 12" is no list of dates
            return False
        self.family_dates = [pd for pd in dates if pd is not None]
        return True

    # -- numbers ----------------------------------------------------------------------------------
    def patent_numbers(self) -> None:
        """The application and patent number columns: which number is which."""
        for target in ("application_no", "patent_no"):
            reading: NumberReading | None = self.got.get(target)
            if reading is None:
                continue
            if reading.kind in ("application", "patent"):
                self._cn_number(target, reading)
            elif reading.kind == "publication":
                label = self.ctx.header(target)
                # kept as the publication number it is, unless the row's own publication column says otherwise
                other: NumberReading | None = self.got.get("publication_no")
                kept = self.ctx.labels["publication_no"] if other is None or other.as_written == reading.as_written else label
                self.extra[kept] = reading.as_written
                self.flag(target, FlagKind.WRONG_NUMBER, f"{label}列中是公开（公告）号“{reading.as_written}”，"
                          f"不是{self.ctx.labels[target]}；已作为公开（公告）号保存")
                self._publication_evidence(reading)
            elif reading.kind in RIGHT_OF_KIND:  # a software, plant-variety or IC-layout number
                self.got.setdefault("registration_no", reading)
            elif reading.kind == "foreign":
                self.foreign = self.foreign or reading
            elif not self._several_patents(target):
                self._not_a_patent_number(target, reading)

    def _several_patents(self, target: str) -> bool:
        """A cell listing several CN patents ("ZL201910123456.X；ZL202120654321.9": the patents one contract
        of a deal list transfers): the row is matched by the first, never made a record without a number;
        the others are named in a flag, the cell kept as written."""
        written = _raw_text(self.raw_row, self.ctx.column_of.get(target)).strip()
        parts = [part for part in SEVERAL_NUMBERS.split(written) if part]
        readings = [r for r in map(to_number, parts) if r is not None and r.kind in ("application", "patent")]
        if len(readings) < 2 or len(readings) != len(parts):
            return False
        label = self.ctx.header(target)
        self.extra[label] = written
        self._cn_number(target, readings[0])
        others = "、".join(r.as_written for r in readings[1:])
        self.flag(target, FlagKind.UNREADABLE, f"{label}列出了 {len(readings)} 件专利；本行按第一件“{readings[0].as_written}”"
                  f"对应到成果，{others} 未对应（一份合同涉及多项成果时，请在合同台账中核对）；原文保留在扩展信息中")
        return True

    def _cn_number(self, target: str, reading: NumberReading) -> None:
        """The row's CN number. Written with ZL it is a patent number, evidence of a grant; a bare
        application number is not, even in a 专利号 column (ledgers put every row's application number
        there): the patent number is ZL + the application number of a granted patent only."""
        cn = self.cn
        if cn is None or cn.digits == reading.digits:
            if reading.kind == "patent":
                self.is_patent_no = True
            if cn is None:
                self.cn, self.cn_field = reading, target
        else:
            label = self.ctx.header(target)
            self.flag(target, FlagKind.WRONG_NUMBER, f"{label}“{reading.as_written}”与申请号“{cn.as_written}”不是同一件专利；"
                      "已按申请号记录，此号原文保留在扩展信息中")
            self.extra[label] = reading.as_written

    def _not_a_patent_number(self, target: str, reading: NumberReading) -> None:
        label = self.ctx.header(target)
        written = _raw_text(self.raw_row, self.ctx.column_of.get(target)).strip() or reading.as_written
        self.extra[label] = written
        if reading.problem:
            why = reading.problem
        elif target == "patent_no":
            why = "不是中国专利号的格式（ZL + 12 位或 8 位数字 + 校验位；可能是证书号等其他号码）"
        else:
            why = "不是中国专利申请号的格式（应为 12 位或 8 位数字 + 校验位，可带 CN/ZL 前缀）"
        self.flag(target, FlagKind.WRONG_NUMBER if target == "patent_no" else FlagKind.UNREADABLE,
                  f"{label}“{written}”{why}；原文保留在扩展信息中，未作{self.ctx.labels[target]}保存")

    def _publication_evidence(self, reading: NumberReading) -> None:
        self.publication_type = self.publication_type or TYPE_OF_KIND.get(reading.kind_code or "")
        if self.cn_publication is None and (m := PUBLICATION_SERIAL.match(reading.normalised)):
            self.cn_publication = f"CN{m.group(1)}"
        if reading.announces_grant:
            self.grant_evidence.append(f"授权公告号 {reading.as_written}")
        else:
            self.filing_evidence = True

    def publication_numbers(self) -> None:
        """The publication (announcement) number columns."""
        for target in ("publication_no", "grant_publication_no"):
            reading: NumberReading | None = self.got.get(target)
            if reading is None:
                continue
            self.publication = self.publication or reading
            label = self.ctx.header(target)
            self.extra[label] = reading.as_written
            if reading.kind == "publication":
                self._publication_evidence(reading)
            elif reading.kind in ("foreign", "other") and self._several_publications(target, label):
                pass  # a family in one cell (US… read as one foreign number while its spaces were dropped)
            elif reading.kind == "foreign":
                self.foreign = self.foreign or reading
            elif reading.kind in ("application", "patent") and self.cn is None:
                self.flag(target, FlagKind.WRONG_NUMBER, f"{label}列中是申请号/专利号“{reading.as_written}”；已作为申请号记录")
                self.cn, self.cn_field = reading, target

    def _several_publications(self, target: str, label: str) -> bool:
        """A cell listing an application's publications ("CN109876543A；CN109876543B", one per line),
        or a family's (Espacenet: "CN114000000A CN114000000B WO2023123456A1"): kept as written, each CN
        publication evidence as if in a row of its own; a family without a CN member is a foreign
        family member."""
        written = _raw_text(self.raw_row, self.ctx.column_of.get(target)).strip()
        parts = [part for part in SEVERAL_NUMBERS.split(written) if part]
        readings = [r for r in map(to_number, parts) if r is not None and r.kind in ("publication", "foreign")]
        if len(readings) > 1 and len(readings) == len(parts):
            self.extra[label] = written
            self.family = readings
            cn = [reading for reading in readings if reading.kind == "publication"]
            for reading in cn:
                self._publication_evidence(reading)
            if not cn:
                self.foreign = self.foreign or readings[0]
            self.publication = cn[0] if cn else readings[0]
            return True
        return False

    def settle_number(self) -> None:
        """The row's application (and patent) number as stored, with the text as written beside it;
        the software registration and certificate numbers as grant evidence."""
        cn, values = self.cn, self.values
        if cn is not None:
            self._store_cn(cn)
        elif self.foreign is not None:
            values["application_no"] = values["application_no_as_written"] = self.foreign.as_written
            self.filing_evidence = True
        registration: NumberReading | None = self.got.get("registration_no")
        if registration is not None and registration.kind in RIGHT_OF_KIND:
            self.registration = registration
            values["registration_no"] = registration.normalised
            if registration.registered:  # a plant-variety application number is not
                self.grant_evidence.append(f"{self.ctx.header('registration_no')} {registration.as_written}")
            else:
                self.filing_evidence = True
        elif registration is not None:
            self._not_a_registration_number(registration)
        certificate = self.got.get("certificate_no")
        if certificate and any(ch.isdigit() for ch in certificate):  # 申请中 in a 证书号 column is none
            self.grant_evidence.append(f"证书号 {certificate}")

    def _not_a_registration_number(self, reading: NumberReading) -> None:
        """A 登记号 column holding something else. A software registration number is 年份 + SR +
        digits (2023SR0123456); a certificate number (软著登字第1234567号, or the bare number, which
        Excel may have made 5000001.0) is a different number: kept in the extra fields as 证书号 —
        evidence of the grant as a certificate column is — never stored as the registration number
        nor used as the row's key."""
        ctx = self.ctx
        label = ctx.header("registration_no")
        written = _raw_text(self.raw_row, ctx.column_of.get("registration_no")).strip() or reading.as_written
        shape = "（软件登记号的格式为 年份 + SR + 数字，如 2023SR0123456）"
        if _CERTIFICATE.match(reading.as_written):
            certificate_label = ctx.labels.get("certificate_no", "证书号")
            key = certificate_label if self.extra.get(certificate_label) in (None, written) else f"{certificate_label}（{label}列）"
            self.extra[key] = written
            self.got.setdefault("certificate_no", written)
            self.registration = reading   # the row names a software right: its type, its placeholder name
            self.flag("registration_no", FlagKind.WRONG_NUMBER,
                      f"{label}列中是证书号“{written}”，不是软件登记号{shape}；已作为证书号保存在扩展信息中，"
                      "未作登记号保存，请补充登记号", written)
            return
        self.extra[label] = written
        why = reading.problem or f"不是软件登记号的格式{shape}"
        self.flag("registration_no", FlagKind.WRONG_NUMBER,
                  f"{label}“{written}”{why}；原文保留在扩展信息中，未作登记号保存", written)

    def _store_cn(self, cn: NumberReading) -> None:
        values, column_of = self.values, self.ctx.column_of
        written = _raw_text(self.raw_row, column_of.get(self.cn_field)).strip() or cn.as_written
        values["application_no_as_written"] = written
        # normalised (ASCII, no prefix) with the check digit as written; the text as written beside it
        values["application_no"] = cn.normalised
        if cn.check_ok is False:
            self.flag(self.cn_field, FlagKind.CHECK_DIGIT,
                      f"申请号“{written}”的校验位不符（按前 {len(cn.digits or '')} 位计算应为 {cn.expected_check}）；"
                      "已按原文的校验位保存，请核对", written)
        if not self.is_patent_no:  # a patent number only once the legal status says granted (legal_status)
            self.filing_evidence = True
            return
        values["patent_no"] = f"ZL{cn.normalised}"
        patent = self.got.get("patent_no")
        values["patent_no_as_written"] = (_raw_text(self.raw_row, column_of.get("patent_no")).strip()
                                          if patent is not None and patent.kind in ("application", "patent") else written)
        self.grant_evidence.append(f"专利号 {values['patent_no']}")

    # -- dates --------------------------------------------------------------------------------------
    def dates(self) -> None:
        got, values = self.got, self.values
        for key in DATE_FIELDS:
            pd: PartialDate | None = got.get(key)
            if pd is None:
                continue
            values[key] = pd.iso
            values[f"{key}_precision"] = pd.precision
            if pd.ambiguous:
                self.flag(key, FlagKind.AMBIGUOUS_DATE, f"{self.ctx.header(key)}：{pd.ambiguous}；暂按 {pd.iso} 记录，请核对")
        if "grant_date" in values:
            self.grant_evidence.insert(0, self.ctx.header("grant_date"))
        if "filing_date" in values:
            self.filing_evidence = True
        if self.family_dates:
            self.filing_evidence = True
            self._grant_date_of_family()
        published: PartialDate | None = got.get("publication_date")
        if published is not None:
            self.extra[self.ctx.header("publication_date")] = published.iso
            self.filing_evidence = True
            self._grant_date_of_announcement(published)

    def _grant_date_of_announcement(self, published: PartialDate) -> None:
        """A row listing the grant announcement (公开（公告）号 with kind B/U/S — the CNIPA search,
        Soopat and Lens list one row per publication) gives its 公开（公告）日: that is the 授权公告日
        when the sheet has no grant date of its own."""
        number: NumberReading | None = self.got.get("publication_no")
        if (number is not None and number.announces_grant and "grant_date" not in self.values
                and self.got.get("grant_publication_no") is None):
            self.values["grant_date"] = published.iso
            self.values["grant_date_precision"] = published.precision

    def _grant_date_of_family(self) -> None:
        """The grant announcement among a family's publications (Espacenet): its date, at the same
        place in the publication-date cell, is the 授权公告日 when the sheet has no grant date."""
        if len(self.family) != len(self.family_dates) or "grant_date" in self.values:
            return
        for reading, published in zip(self.family, self.family_dates, strict=True):
            if reading.announces_grant:
                self.values["grant_date"] = published.iso
                self.values["grant_date_precision"] = published.precision
                return

    def _second_detail(self, detail: Any, header: str) -> tuple[Any, str, bool]:
        """The detailed status where a sheet has two such columns (incoPat: 当前法律状态 and 法律状态/事件;
        the second is kept as an extra field under its header): the current status decides, the
        event list where the current status says nothing. An event list that contradicts the current
        status (:func:`~kjcg_desktop.domain.legal_status.history_contradicts`) is flagged. Returns
        the reading, its header and whether it is the second column's."""
        col = self.ctx.second_detail
        second = None if col is None else read_legal_status(_raw_text(self.raw_row, col))
        if second is None or second.status is None or col is None:
            return detail, header, False
        second_header = self.ctx.layout.headers[col]
        if detail is None or detail.status is None:
            if detail is not None:
                self.extra[header] = detail.raw  # the first is kept as written
            return second, second_header, True
        events_first = "事件" in header and "事件" not in second_header
        (current, current_header), (history, history_header) = (
            ((second, second_header), (detail, header)) if events_first else ((detail, header), (second, second_header)))
        if history_contradicts(current.category, history.category):
            self.flag("legal_status_detail", FlagKind.STATUS, f"{current_header}“{current.raw}”与{history_header}“{history.raw}”"
                      f"不一致；已按{current_header}记录，请核对")
        if events_first:
            self.extra[header] = detail.raw  # the event list, kept as written
            return second, second_header, True
        return detail, header, False

    # -- legal status -------------------------------------------------------------------------------
    def legal_status(self) -> None:
        """The legal status from the status columns and the row's evidence (one decision,
        :func:`~kjcg_desktop.domain.grant_evidence.decide_legal_status`), then the patent number: ZL +
        the application number once granted. What the decision was taken on is kept for a key
        repeated in the file (:func:`.model._merge_duplicate`)."""
        ctx, extra = self.ctx, self.extra
        reading = self.got.get("legal_status")
        detail = self.got.get("legal_status_detail")
        detail_header, second_used = ctx.header("legal_status_detail"), False
        if "legal_status_detail" in ctx.column_of:
            detail, detail_header, second_used = self._second_detail(detail, detail_header)
        if detail is not None and (detail.status is not None or reading is None):
            if reading is not None and _status_conflict(reading, detail):
                self.flag("legal_status", FlagKind.STATUS, f"{ctx.header('legal_status')}“{reading.raw}”与"
                          f"{detail_header}“{detail.raw}”不一致；已按后者记录，请核对")
            if reading is not None:
                extra[ctx.header("legal_status")] = reading.raw
            status_reading, status_field = detail, "legal_status_detail"
        else:
            status_reading, status_field = reading, "legal_status"
            if detail is not None:
                extra[ctx.header("legal_status_detail")] = detail.raw
                if reading is not None and reading.status is None and not detail.event_only:
                    self.flag("legal_status_detail", FlagKind.STATUS, unread_status_note(detail))
        cn, patent = self.cn, self.got.get("patent_no")
        bare = patent is not None and patent.kind == "application" and cn is not None and patent.digits == cn.digits
        bare_text = _raw_text(self.raw_row, ctx.column_of.get("patent_no")).strip() if bare else None
        evidence = RowEvidence(status_reading, tuple(self.grant_evidence), self.filing_evidence, bare_text)
        decision = evidence.decide()
        self.values["legal_status"] = decision.status.value
        if status_reading is None and bare:
            status_field = "patent_no"  # the flag, if any, is about the number in the 专利号 column
        before = len(self.flags)
        # a status read from the second detailed column is flagged there
        col = ctx.second_detail if second_used and status_field == "legal_status_detail" else ctx.column_of.get(status_field)
        for problem in decision.problems:
            self._status_flag(status_field, col, problem, status_reading)
        if status_reading is not None and not (second_used and status_field == "legal_status_detail") and (
                status_reading.status is None or status_reading.partly_invalid or status_reading.events):
            # kept as written: an event, a partial invalidation, a list of events (a transfer, a pledge, their dates)
            extra[ctx.header(status_field)] = status_reading.raw
        basis = StatusBasis(evidence, self.flags[before:], status_field, ctx.sheet,
                            (ctx.letters[col] if col is not None else "", self.excel_row),
                            cn.normalised if cn is not None else None, self.is_patent_no, bare_text)
        self.status_basis = basis
        if "patent_no" not in self.values:
            number = patent_number(basis.application_no, decision.status)
            if number is not None:
                self.values["patent_no"] = number
                if basis.patent_as_written:
                    self.values["patent_no_as_written"] = basis.patent_as_written

    def _status_flag(self, target: str, col: int | None, problem: str, reading: Any) -> None:
        """A flag of the status decision, on the cell the status was read from."""
        if col is None or col == self.ctx.column_of.get(target):
            self.flag(target, FlagKind.STATUS, problem)
            return
        sheet = self.ctx.sheet
        self.flags.append(ReviewFlag(target, FlagKind.STATUS, problem, sheet, cell_ref(sheet, self.ctx.letters[col], self.excel_row),
                                     reading.raw if reading is not None else ""))

    # -- type ---------------------------------------------------------------------------------------
    def achievement_type(self, problems: Sequence[tuple[int, str, str]]) -> None:
        ctx, cn, foreign = self.ctx, self.cn, self.foreign
        type_value = self.got.get("type")
        digit_type = cn.type_from_digit if cn is not None else None
        if foreign is not None and cn is None:
            if type_value is not None and type_value != "other":
                self.extra[ctx.header("type")] = _raw_text(self.raw_row, ctx.column_of.get("type"))
            type_value = "other"
            self.flag("application_no" if "application_no" in ctx.column_of else "publication_no", FlagKind.FOREIGN,
                      f"国外同族专利“{foreign.as_written}”：按“其他”类型保存，号码按原文保留，请核对是否需要登记",
                      foreign.as_written)
        elif type_value is not None:
            if digit_type and type_value in _PATENT_TYPES and type_value != digit_type:
                self.flag("type", FlagKind.TYPE, f"成果类型“{_TYPE_LABELS[type_value]}”与申请号的类型位"
                          f"（{_DIGIT_NAMES[digit_type]}）不符；已按类型列记录，请核对")
            col = ctx.column_of.get("type")
            raw = self.raw_row[col] if col is not None and col < len(self.raw_row) else None
            if raw.__class__ is str and raw.rstrip().endswith((")", "）")):  # 实用新型(已授权): the note is kept as written
                self.extra[f"{ctx.header('type')}（原文）"] = raw.strip()
        else:
            type_value = digit_type or self.publication_type or (RIGHT_OF_KIND[self.registration.kind] if self.registration is not None
                                                                        and self.registration.kind in RIGHT_OF_KIND else
                                                                        "software" if self.registration is not None
                                                                        or _SOFTWARE_CERTIFICATE.match(str(self.got.get("certificate_no") or ""))
                                                                        else None)
            if type_value is None and not any(k == "type" for _, k, _m in problems):
                self.flag("type", FlagKind.TYPE, "成果类型为空，且无法从申请号、公开号或登记号推断；暂记为“其他”，请核对")
            type_value = type_value or "other"
        self.values["type"] = type_value

    # -- funding, people, name ----------------------------------------------------------------------
    def funding(self) -> None:
        funding = self.got.get("funding_source")
        if funding is not None:
            label, text = funding
            self.extra[self.ctx.labels["funding_source"]] = label
            if text != label:
                self.extra[f"{self.ctx.header('funding_source')}（原文）"] = text

    def transfer_as_written(self) -> None:
        """A transfer cell that says how (转让, 许可, 作价投资, 是（转让）) keeps its words beside the state."""
        if self.got.get("transfer_status") is None:
            return
        col = self.ctx.column_of["transfer_status"]
        raw = self.raw_row[col] if col < len(self.raw_row) else None
        if raw.__class__ is str and raw in PLAIN_TRANSFER_WORDS:  # the common case, at no cost
            return
        written = _raw_text(self.raw_row, col).strip()
        if written and header_key(written) not in PLAIN_TRANSFER_WORDS:
            self.extra[f"{self.ctx.header('transfer_status')}（原文）"] = written

    def inventors(self) -> list[str] | None:
        got = self.got
        for key in ("inventors", "first_inventor", "other_inventors"):
            if (written := getattr(got.get(key), "as_written", None)) is not None:  # names read without titles, marks
                self.extra[f"{self.ctx.header(key)}（原文）"] = written
                if got[key].incomplete:
                    self.flag(key, FlagKind.MISSING, f"{self.ctx.header(key)}只列出了部分人员（原文“{written}”）；"
                              f"已记录列出的 {len(got[key])} 人，请补全", written)
        inventors = got.get("inventors")
        if inventors is not None:
            # 第一发明人 beside 全部发明人: the first inventor leads the list, also where the list left them out
            first = got.get("first_inventor")
            if not first:
                return list(inventors)
            return [*first, *(name for name in inventors if name not in first)]
        if got.get("first_inventor") or got.get("other_inventors"):
            return [*(got.get("first_inventor") or []), *(got.get("other_inventors") or [])]
        return None

    def _name_placeholder(self) -> None:
        cn, registration, publication = self.cn, self.registration, self.publication
        number = (cn.as_written if cn else None) or (registration.as_written if registration else None) \
            or (publication.as_written if publication else None)
        name = self.values["name"] = f"（未命名）{number}" if number else f"（未命名）{self.ctx.sheet}第{self.excel_row}行"
        self.flag("name", FlagKind.MISSING, f"成果名称为空；暂记为“{name}”，请补充", "")

    def planned(self, inventors: list[str] | None) -> PlannedRow:
        values, extra, got = self.values, self.extra, self.got
        if "name" not in values:
            self._name_placeholder()
        source = values.copy()
        for key in _NOT_SOURCE:
            if key in source:
                del source[key]
        if "name" not in got:
            del source["name"]
        if extra:
            values["extra"] = extra
            source["extra"] = dict(extra)
        if inventors is not None:
            source["inventors"] = inventors
        keys = row_keys(values, inventors, self.cn_publication)
        values["import_key"] = keys[0]
        publication = f"pub:{self.cn_publication}" if self.cn_publication and keys[0].startswith("app:") else None
        return PlannedRow(self.ctx.sheet, self.excel_row, "add", values, inventors, flags=self.flags, keys=keys,
                          source=source, file_tags=(got.get("file_attribute"), got.get("file_stage")),
                          status_basis=self.status_basis, publication_key=publication)


def _status_conflict(reading: Any, detail: Any) -> bool:
    """The status column and the detailed status say different things (a lapsed right beside a
    refusal is no conflict: the detail tells how it ended)."""
    return reading.status is not None and reading.category != detail.category and not (
        reading.status is d.LegalStatus.LAPSED and detail.category in (d.legal_status.StatusCategory.NOT_GRANTED,))


def row_keys(values: Mapping[str, Any], inventors: Sequence[str] | None, publication: str | None = None) -> list[str]:
    """The row's stable keys, best first: the CN application/patent number (digits), a foreign
    number as written — else the CN publication ("pub:CN" + its serial, which the A publication and
    the B announcement of one application share: a Google Patents or Espacenet row has no application
    number) —, the software registration number, the ledger number; a fingerprint of title + type +
    completers only when none of these exists."""
    keys = []
    app = values.get("application_no")
    if app:
        keys.append(number_key(app))
    elif publication:
        keys.append(f"pub:{publication}")
    reg = values.get("registration_no")
    if reg:
        keys.append(f"reg:{reg}")
    ledger = values.get("ledger_no")
    if ledger:
        keys.append(f"ledger:{ledger}")
    if not keys:
        keys.append(fingerprint_key(values, inventors))
    return keys


def fingerprint_key(values: Mapping[str, Any], inventors: Sequence[str] | None) -> str:
    """The key of a row without numbers: a fingerprint of title + type + completers."""
    text = "|".join([str(values.get("name") or ""), str(values.get("type") or ""), "、".join(inventors or ())])
    return "fp:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


__all__ = ["RowContext", "fingerprint_key", "interpret_row", "number_key", "row_keys", "to_text"]
