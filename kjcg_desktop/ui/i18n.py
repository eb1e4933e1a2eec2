"""The UI language: Simplified Chinese (the source language, default) or English.

:func:`apply_language` installs the compiled catalogue (resources/i18n/kjcg_<lang>.qm) and Qt's own
translations for standard dialogs; Qt then sends ``LanguageChange`` to every window, and
:class:`~kjcg_desktop.ui.main_window.MainWindow` retranslates itself. The catalogues are maintained
with packaging/update_translations.py (see kjcg_desktop/i18n_catalogue.py for where strings come from).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import resources_dir

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "zh_CN"
# Language code -> its name in that language (shown as is in the settings).
# each language is named in itself, whatever the UI language
LANGUAGES: dict[str, str] = {"zh_CN": QT_TRANSLATE_NOOP("language", "简体中文"), "en": "English"}

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def catalogue_file(lang: str) -> Path:
    return resources_dir() / "i18n" / f"kjcg_{lang}.qm"


def _qt_translation_dirs() -> list[Path]:
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        import PySide6

        dirs.append(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    except (ImportError, TypeError):  # pragma: no cover - frozen builds without __file__
        pass
    return dirs


_MNEMONIC = re.compile(r"&(\w)")


class QtCatalogue(QTranslator):
    """Qt's own catalogue (qtbase_zh_CN.qm), also for source texts that gained a mnemonic after the
    catalogue was made: Qt 6 asks for "&Look in:" and "Files of &type:" while the catalogue in the
    wheel still holds "Look in:" and "Files of type:". Such a text is looked up without its "&"
    and the mnemonic is added back in the Chinese way: "查找范围(&L)："."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None, not "", says "not here" to Qt: an empty string would be taken as the translation
        found = super().translate(context, source, disambiguation, n)
        if found:
            return found
        match = _MNEMONIC.search(source)
        if match is None:
            return None
        plain = source.replace("&&", "\0").replace("&", "").replace("\0", "&")
        found = super().translate(context, plain, disambiguation, n)
        if not found:
            return None
        key = f"(&{match.group(1).upper()})"
        body = found.rstrip(":：")
        return body + key + found[len(body):]


def current_language() -> str:
    return _current


def apply_language(lang: str | None) -> str:
    """Switch the UI to ``lang`` (unknown codes fall back to Chinese); returns the language used."""
    global _current
    app = QCoreApplication.instance()
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    if app is None:
        _current = lang
        return lang
    remove_translators()
    files = [catalogue_file(lang)]
    if lang == "zh_CN":  # Qt's own strings (standard buttons, file dialogs) are English by default
        files += [d / "qtbase_zh_CN.qm" for d in _qt_translation_dirs()][:2]
    for path in files:
        if not path.exists():
            continue
        translator = QtCatalogue(app) if path.name.startswith("qtbase") else QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            if path.name.startswith("qtbase"):
                break
        else:
            log.warning("无法加载翻译文件 %s", path)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh_CN"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    _current = lang
    return lang


def remove_translators() -> None:
    """Uninstall the translators :func:`apply_language` installed (the source texts show)."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    _current = DEFAULT_LANGUAGE


def section_text(text: str) -> str:
    """Translate a Chinese literal written into a ``SECTIONS`` line (title, column header)."""
    return QCoreApplication.translate("MainWindow", text)  # i18n: dynamic


def label_text(text: str) -> str:
    """Translate a label computed at run time (enum labels, dashboard counts)."""
    return QCoreApplication.translate("labels", text)  # i18n: dynamic
