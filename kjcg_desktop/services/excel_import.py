"""Import an existing Excel ledger (成果台账) — the public names of :mod:`kjcg_desktop.services.importing`,
kept here so that callers and tests import them from one stable place."""

from .importing import *  # noqa: F403
from .importing import __all__  # noqa: F401
from .importing.cells import _is_blank  # noqa: F401
from .importing.plan import _Bad, _checked, _extra_text, _normalise_column, _skip_reason  # noqa: F401
from .importing.workbook import CFB_MAGIC, ZIP_MAGIC  # noqa: F401
