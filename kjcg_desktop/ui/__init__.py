"""The Qt user interface — the only package that imports PySide6."""

import sys

if sys.version_info < (3, 12):  # pragma: no branch
    # PySide6 6.12 (abi3 wheels) drops one reference to ``None`` on every call of a C++ method
    # returning void (setText, setItem, setData …). On CPython 3.12+ None is immortal (PEP 683),
    # on 3.11 the count reaches zero after some tens of thousands of calls and the process
    # aborts with "Fatal Python error: none_dealloc". Make None effectively immortal, as 3.12
    # does. Remove when PySide6 is fixed or the project requires Python >= 3.12.
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
