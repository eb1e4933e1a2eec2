"""The translation catalogues hold every UI string; the extractor finds them where Qt looks them up."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from kjcg_desktop import i18n_catalogue as cat


@pytest.fixture(scope="module")
def extraction():
    return cat.extract()


@pytest.mark.parametrize("lang", cat.LANGUAGES)
def test_every_ui_string_is_in_the_catalogue(extraction, lang):
    """Fails when a tr() literal of kjcg_desktop/ui (or a SECTIONS text, or a run-time label) is
    missing or untranslated: run packaging/update_translations.py and translate what it lists."""
    assert cat.problems(lang, extraction) == []


def test_chinese_catalogue_is_the_identity(extraction):
    chinese = cat.read_ts(cat.ts_path("zh_CN"))
    for message in extraction.messages:
        assert cat.lookup(chinese, message).translation == message[1]


def test_sources_have_no_uncatalogued_dynamic_tr(extraction):
    assert extraction.dynamic_calls == []


def test_extractor_contexts_and_a_missing_string_is_reported(tmp_path):
    pkg = tmp_path / "kjcg_desktop"
    (pkg / "ui").mkdir(parents=True)
    (pkg / "app.py").write_text("", encoding="utf-8")
    (pkg / "ui" / "page.py").write_text(textwrap.dedent('''
        from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
        NOTE = QT_TRANSLATE_NOOP("help", "说明")
        SECTIONS = [("ledger", "成果台账", lambda win: Page(win, [("name", "成果名称")]))]
        class Page:
            def build(self):
                self.tr("保存")
                QCoreApplication.translate("About", "版本")
                self.tr(NOTE)
                QCoreApplication.translate("help", NOTE)  # i18n: dynamic
    '''), encoding="utf-8")
    found = cat.extract(pkg)
    assert {("help", "说明"), ("MainWindow", "成果台账"), ("MainWindow", "成果名称"), ("Page", "保存"),
            ("About", "版本")} <= set(found.messages)
    assert ("labels", "发明专利") in found.messages  # enum labels are shown translated
    assert found.dynamic_calls == ["kjcg_desktop/ui/page.py:9"]  # self.tr(NOTE) is not marked

    catalogue = {"Page": {"保存": cat.Entry("保存", "Save {0}", True)}}
    problems = cat.problems("en", found, catalogue)
    assert any("缺少 [MainWindow] '成果台账'" in p for p in problems)
    assert any("占位符不一致 [Page] '保存'" in p for p in problems)


def test_ts_round_trip(tmp_path):
    catalogue = {"Ctx": {"保存": cat.Entry("保存", "Save", True, [("../a.py", 3)]),
                         "多行\n文字": cat.Entry("多行\n文字", "", False)}}
    path = tmp_path / "x.ts"
    cat.write_ts(path, catalogue, "en_US")
    back = cat.read_ts(path)
    assert back["Ctx"]["保存"].translation == "Save" and back["Ctx"]["保存"].finished
    assert back["Ctx"]["保存"].locations == [("../a.py", 3)]
    assert not back["Ctx"]["多行\n文字"].finished


def test_catalogue_module_imports_no_qt():
    code = "import sys, kjcg_desktop.i18n_catalogue as c; c.extract(); print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
