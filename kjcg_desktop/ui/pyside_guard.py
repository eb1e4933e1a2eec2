"""Work around a reference-count bug of PySide6 6.12 on CPython 3.11.

On this combination, every time Qt hands an *invalid* QVariant back to Python as ``None`` — a
Python model's ``data()``/``headerData()`` returning ``None`` inside a Python virtual (a delegate's
``paint`` calling ``super().paint``), ``QComboBox.currentData()`` of an item without data,
``QTreeWidgetItem.data()`` of an unset role, ``QModelIndex.data()`` — the reference count of
``None`` is decremented once too often. A ledger being scrolled and searched does this thousands
of times a minute and the interpreter aborts with "none_dealloc: deallocating None".

CPython 3.12 made ``None`` immortal; on older versions we give it the same property by adding a
very large number of references once at start-up. Nothing else changes.
"""

from __future__ import annotations

import ctypes
import sys

_EXTRA_REFERENCES = 1 << 40


def make_none_immortal() -> bool:
    """Raise ``None``'s reference count out of reach on CPython < 3.12; returns whether it did."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < _EXTRA_REFERENCES:
        count.value += _EXTRA_REFERENCES
    return True


make_none_immortal()
