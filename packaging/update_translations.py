"""Regenerate the translation catalogues from the sources and compile them.

    python packaging/update_translations.py                 # update .ts, compile .qm, list untranslated
    python packaging/update_translations.py --export-untranslated todo.tsv
    python packaging/update_translations.py --import-tsv done.tsv   # context<TAB>source<TAB>translation
                                                            # (newlines written as \\n)
    python packaging/update_translations.py --check         # exit 1 while anything is untranslated
    python packaging/update_translations.py --release-only  # only .ts -> .qm (used by the build)

Steps: pyside6-lupdate scans kjcg_desktop/ui and app.py into resources/i18n/kjcg_<lang>.ts (existing
translations are kept, strings no longer in the sources are dropped); the strings lupdate cannot see
(SECTIONS lines, run-time labels — see kjcg_desktop/i18n_catalogue.py) are added; the Chinese
catalogue is set to the identity of the source strings; translations from --import-tsv are merged;
pyside6-lrelease compiles the .qm files. Translators can also edit kjcg_en.ts with pyside6-linguist
and re-run this script. Without the Qt tools the .ts files are still written (the .qm step is skipped
with a warning).
"""

from __future__ import annotations

import argparse
import csv
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kjcg_desktop import i18n_catalogue as cat  # noqa: E402

TARGET = {"zh_CN": "zh_CN", "en": "en_US"}


def qt_tool(name: str) -> str | None:
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe", here / "Scripts" / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return shutil.which(name)


def run_lupdate(lupdate: str, target: Path, lang: str) -> cat.Catalogue:
    """lupdate into the catalogue itself (file names relative to it); returns what it holds."""
    files = [str(p) for p in cat.source_files()]
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([lupdate, *files, "-no-obsolete", "-locations", "absolute", "-source-language",
                    cat.SOURCE_LANGUAGE, "-target-language", TARGET[lang], "-ts", str(target)],
                   check=True, stdout=subprocess.DEVNULL)
    return cat.read_ts(target)


def update(lang: str, extraction: cat.Extraction, lupdate: str | None, imported: dict[cat.Message, str]) -> cat.Catalogue:
    path = cat.ts_path(lang)
    previous = cat.read_ts(path)
    catalogue: cat.Catalogue = run_lupdate(lupdate, path, lang) if lupdate else {}
    # Keep only what the sources contain (lupdate and the extractor may disagree on rare contexts).
    wanted = set(extraction.messages)
    for (context, source), where in extraction.messages.items():
        entry = catalogue.setdefault(context, {}).get(source)
        if entry is None:
            entry = cat.Entry(source)
            catalogue[context][source] = entry
        if not entry.locations:
            entry.locations = [(f"../../kjcg_desktop/{w.split(':')[0].removeprefix('kjcg_desktop/')}",
                                int(w.split(":")[1])) for w in where if ":" in w][:1]
        old = cat.lookup(previous, (context, source))
        if lang == cat.SOURCE_LANGUAGE:
            entry.translation, entry.finished = source, True
        elif (context, source) in imported:
            entry.translation, entry.finished = imported[(context, source)], True
        elif old is not None and old.translation and not entry.translation:
            entry.translation, entry.finished = old.translation, old.finished
    for context in list(catalogue):
        for source in list(catalogue[context]):
            if (context, source) not in wanted:
                del catalogue[context][source]
    cat.write_ts(path, catalogue, TARGET[lang])
    return catalogue


def release(lrelease: str | None) -> None:
    if not lrelease:
        print("警告：未找到 pyside6-lrelease，未生成 .qm 文件", file=sys.stderr)
        return
    for lang in cat.LANGUAGES:
        subprocess.run([lrelease, "-silent", str(cat.ts_path(lang)), "-qm", str(cat.qm_path(lang))], check=True)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def read_tsv(path: Path) -> dict[cat.Message, str]:
    result = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if len(row) >= 3 and row[2].strip() and not row[0].startswith("#"):
                result[(row[0], _unescape(row[1]))] = _unescape(row[2])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--import-tsv", type=Path, help="merge translations: context<TAB>source<TAB>translation")
    parser.add_argument("--export-untranslated", type=Path, help="write the untranslated English strings as TSV")
    parser.add_argument("--check", action="store_true", help="exit 1 when a string is untranslated")
    parser.add_argument("--release-only", action="store_true", help="only compile .ts -> .qm")
    args = parser.parse_args(argv)
    lrelease = qt_tool("pyside6-lrelease") or qt_tool("lrelease")
    if args.release_only:
        release(lrelease)
        return 0
    lupdate = qt_tool("pyside6-lupdate") or qt_tool("lupdate")
    if not lupdate:
        print("警告：未找到 pyside6-lupdate，只用内置提取器", file=sys.stderr)
    extraction = cat.extract()
    imported = read_tsv(args.import_tsv) if args.import_tsv else {}
    for lang in cat.LANGUAGES:
        update(lang, extraction, lupdate, imported)
    release(lrelease)
    missing = cat.problems("en", extraction)
    for where in extraction.dynamic_calls:
        print(f"提示：{where} 的 tr()/translate() 参数不是字符串字面量，无法收入目录（请改用字面量或 ui.i18n.label_text）")
    print(f"{len(extraction.messages)} 条界面文字；英文未完成 {len(missing)} 条")
    for line in missing:
        print("  " + line)
    if args.export_untranslated:
        with open(args.export_untranslated, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
            writer.writerow(["# context", "source", "translation"])
            english = cat.read_ts(cat.ts_path("en"))
            for message in sorted(extraction.messages):
                entry = cat.lookup(english, message)
                if entry is None or not entry.finished or not entry.translation:
                    writer.writerow([message[0], _escape(message[1]), ""])
        print(f"已写出 {args.export_untranslated}")
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
