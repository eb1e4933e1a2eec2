#!/usr/bin/env bash
# Build the PyInstaller one-folder bundle on Linux and smoke-test it, so a broken spec is caught
# on this machine before the Windows runner builds the installer.
#
#   packaging/build_linux.sh            # uses $PYTHON (default: python3) if it has PyInstaller,
#                                       # else a temporary venv in build/pyi-venv
#   PYTHON=/work/venv/bin/python packaging/build_linux.sh
#
# Steps: build → `KJCG-Desktop --version` → `init` on a temporary database → `selftest` (starts Qt
# offscreen, opens the main window on a demo database, checks the bundled resources and the English
# translation) → prints the bundle size and its zipped size. Build outputs go to build/ and dist/
# (ignored by git). Not part of pytest: it takes a minute.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  echo "PyInstaller not found for $PYTHON: creating build/pyi-venv" >&2
  "$PYTHON" -m venv build/pyi-venv
  build/pyi-venv/bin/python -m pip install -q --upgrade pip
  build/pyi-venv/bin/python -m pip install -q pyinstaller "$ROOT"
  PYTHON="$ROOT/build/pyi-venv/bin/python"
fi

# Compile the translation catalogues (.ts -> .qm) so the bundle carries current ones.
"$PYTHON" packaging/update_translations.py --release-only

start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/kjcg_desktop.spec
echo "build time: $(( $(date +%s) - start )) s"

BUNDLE="$ROOT/dist/KJCG-Desktop"
EXE="$BUNDLE/KJCG-Desktop"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
export QT_QPA_PLATFORM=offscreen KJCG_DATA_DIR="$TMP/data"

echo "--- $EXE --version"
"$EXE" --version
echo "--- init on a temporary database"
"$EXE" --db "$TMP/smoke.sqlite3" init
test -s "$TMP/smoke.sqlite3"
echo "--- selftest (Qt offscreen, main window, resources, translations)"
"$EXE" --db "$TMP/selftest.sqlite3" selftest

size=$(du -sb "$BUNDLE" | cut -f1)
(cd "$ROOT/dist" && rm -f KJCG-Desktop.zip && "$PYTHON" -c "import shutil; shutil.make_archive('KJCG-Desktop', 'zip', '.', 'KJCG-Desktop')")
zsize=$(stat -c %s "$ROOT/dist/KJCG-Desktop.zip")
# Inno Setup compresses with LZMA2 (solid): xz -9 of the folder approximates the installer size.
xsize=$(tar -C "$ROOT/dist" -cf - KJCG-Desktop | xz -9 -T0 | wc -c)
echo "bundle: $((size / 1048576)) MB ($size bytes), zipped: $((zsize / 1048576)) MB ($zsize bytes), xz -9 (installer estimate): $((xsize / 1048576)) MB"
echo "largest files:"
(find "$BUNDLE" -type f -printf '%s %P\n' | sort -rn | head -15 | awk '{printf "  %6.1f MB  %s\n", $1/1048576, $2}') || true  # head closes the pipe early (SIGPIPE under pipefail)
printf '{"bundle_bytes": %s, "zip_bytes": %s, "xz_bytes": %s}\n' "$size" "$zsize" "$xsize"
