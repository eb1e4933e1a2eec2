"""Importing existing ledgers and patent-database exports (成果台账) — Qt-free.

- :mod:`.workbook`: checking and reading the file (.xlsx/.xlsm/.xlsb, .xls, .ods through
  python-calamine; CSV with its encoding found without asking);
- :mod:`.synonyms`: the header and value synonyms from ``resources/import_synonyms.toml``;
- :mod:`.cells`: normalising one cell for its field;
- :mod:`.layout`: finding the header and proposing a mapping;
- :mod:`.plan` and :mod:`.rows`: every data row becomes a planned record with its 待核对 flags;
- :mod:`.merge`: matching by stable key and merging field by field;
- :mod:`.commit`: the one-transaction write, undo, and :func:`import_file`;
- :mod:`.report`: the import report workbook (flags with their source cells).
"""

from .cells import (
    ImportValueError,
    check_digit,
    funding_category,
    to_application_no,
    to_code,
    to_count,
    to_date,
    to_fen,
    to_funding,
    to_holder,
    to_iso_date,
    to_legal_status,
    to_number,
    to_partial_date,
    to_people,
    to_text,
    to_transfer,
    to_type,
    without_control_characters,
)
from .commit import UndoPreview, commit_plan, import_file, layouts_for, open_workbook, undo_batch, undo_impact
from .layout import HEADER_SCAN_ROWS, SheetLayout, column_letter, detect_layout, layout_at, propose_mapping
from .plan import (
    DATE_FIELDS,
    EXTRA_FIELDS,
    NORMALISERS,
    ImportPlan,
    PlannedRow,
    RowError,
    TagDifference,
    build_plan,
)
from .profiles import profile_of_layouts
from .synonyms import EXTRA, IGNORE, Synonyms, field_choices, half_width, header_key, synonyms
from .workbook import (
    MAX_FILE_BYTES,
    MAX_MEMBERS,
    MAX_PROLOG_BYTES,
    MAX_RATIO,
    MAX_UNCOMPRESSED_BYTES,
    RATIO_MIN_BYTES,
    ImportFileError,
    Workbook,
    check_file,
    decode_text,
)

__all__ = [
    "DATE_FIELDS", "EXTRA", "EXTRA_FIELDS", "HEADER_SCAN_ROWS", "IGNORE", "MAX_FILE_BYTES", "MAX_MEMBERS",
    "MAX_PROLOG_BYTES", "MAX_RATIO", "MAX_UNCOMPRESSED_BYTES", "NORMALISERS", "RATIO_MIN_BYTES", "ImportFileError",
    "ImportPlan", "ImportValueError", "PlannedRow", "RowError", "SheetLayout", "Synonyms", "TagDifference", "Workbook",
    "build_plan", "check_digit", "check_file", "column_letter", "commit_plan", "decode_text", "detect_layout",
    "field_choices", "funding_category", "half_width", "header_key", "import_file", "layout_at", "layouts_for",
    "open_workbook", "profile_of_layouts", "propose_mapping", "synonyms", "to_application_no", "to_code", "to_count", "to_date", "to_fen",
    "to_funding", "to_holder", "to_iso_date", "to_legal_status", "to_number", "to_partial_date", "to_people", "to_text",
    "to_transfer", "to_type", "undo_batch", "undo_impact", "UndoPreview", "without_control_characters",
]
