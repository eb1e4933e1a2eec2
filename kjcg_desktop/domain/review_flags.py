"""The 待核对 flag: what an import (or any later check) could not read with certainty.

A flag belongs to one achievement and names the field, why it was raised, where it came from (sheet
and cell, e.g. "专利清单!C12") and the original text. The record itself is kept — a non-blank source
row always becomes a record or updates the one it matches (the import rule of 1-2 第六条、第七条:
nothing offered for registration is lost). Resolving a flag clears it from the 待核对 list and is
written to the event log with who resolved it and how.
"""

from __future__ import annotations

from dataclasses import dataclass

REVIEW_LABEL = "待核对"


class FlagKind:
    UNREADABLE = "unreadable"          # the cell could not be read for its field; kept as written
    CHECK_DIGIT = "check_digit"        # application number with a wrong check digit
    WRONG_NUMBER = "wrong_number"      # a publication/certificate number in a patent-number column …
    STATUS = "status"                  # the legal status is unknown or conflicts with other evidence
    TYPE = "type"                      # type missing, unknown or contradicting the number's type digit
    FOREIGN = "foreign"                # a foreign family member kept as type "other"
    AMBIGUOUS_DATE = "ambiguous_date"  # 2015.1: January or October
    UNMAPPED_VALUE = "unmapped_value"  # a coded column (funding …) with text the vocabulary lacks
    MISSING = "missing"                # a required field (name) is empty
    DUPLICATE = "duplicate"            # the same key twice in one file
    POSSIBLE_DUPLICATE = "possible_duplicate"  # no number, same name and type as a record with other completers
    CONFLICT = "conflict"              # source and app both changed since the last import
    OUT_OF_RANGE = "out_of_range"      # a number too large to store
    FAR_CELL = "far_cell"              # a value far to the right of the record's row, read apart from the table


KIND_LABELS = {
    FlagKind.UNREADABLE: "无法识别", FlagKind.CHECK_DIGIT: "校验位不符", FlagKind.WRONG_NUMBER: "号码类别不符",
    FlagKind.STATUS: "法律状态存疑", FlagKind.TYPE: "成果类型存疑", FlagKind.FOREIGN: "国外同族",
    FlagKind.AMBIGUOUS_DATE: "日期有歧义", FlagKind.UNMAPPED_VALUE: "无法归类", FlagKind.MISSING: "缺少必填项",
    FlagKind.DUPLICATE: "文件内重复", FlagKind.POSSIBLE_DUPLICATE: "可能重复", FlagKind.CONFLICT: "修改冲突", FlagKind.OUT_OF_RANGE: "数值超出范围",
    FlagKind.FAR_CELL: "远离表格",
}


@dataclass(frozen=True, slots=True)
class ReviewFlag:
    field: str        # the field's key (application_no, legal_status …) or the source header for extras
    kind: str         # a FlagKind value
    reason: str       # in Chinese: what is wrong and what was kept
    sheet: str = ""
    cell: str = ""    # "专利清单!C12"; "专利清单!12:12" when the flag concerns the whole row
    original: str = ""

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "kind": self.kind, "reason": self.reason, "sheet": self.sheet,
                "cell": self.cell, "original": self.original}


def cell_ref(sheet: str, column_letter: str, row: int) -> str:
    """A cell address as Excel writes it across sheets: 专利清单!C12 (quoted when the name needs it);
    without a column, the whole row: 专利清单!12:12."""
    name = f"'{sheet}'" if any(ch in sheet for ch in " -'!()") else sheet
    if not column_letter:
        return f"{name}!{row}:{row}"
    return f"{name}!{column_letter}{row}"
