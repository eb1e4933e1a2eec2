"""The command line as a clerk uses it, run as a subprocess: readable lists, record numbers,
options after the command, Chinese argparse messages, no database made by a typo, quiet pipes,
and the GUI/selftest without a display."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kjcg_desktop", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT, env={**os.environ, **(env or {})}, timeout=timeout)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    done = run("demo", "--db", str(path), "--size", "60", "--quiet", env={"KJCG_TODAY": "2026-12-09"})
    assert done.returncode == 0, done.stderr
    return path


def test_list_has_a_header_chinese_labels_and_yuan(demo):
    out = run("list", "deals", "--db", str(demo)).stdout.splitlines()
    assert out[0].split("\t")[:5] == ["ID", "编号", "类型", "交易对方", "合同金额（元）"]
    first = out[1].split("\t")
    assert first[1].startswith("JY-") and first[2] in {"转让", "许可", "作价投资"}
    assert first[4].endswith(".00") and "," in first[4]                 # 3,000,000.00, not 300000000
    achievements = run("list", "achievements", "--db", str(demo)).stdout
    assert "发明专利" in achievements and "invention" not in achievements
    applications = run("list", "applications", "--db", str(demo)).stdout.splitlines()
    stamp = applications[1].split("\t")[-1]
    assert "T" not in stamp and len(stamp) == len("2026-12-06 02:22")


def test_json_keeps_the_machine_values(demo):
    rows = json.loads(run("list", "deals", "--json", "--db", str(demo)).stdout)
    assert rows[0]["kind"] in {"assignment", "licence", "equity"} and isinstance(rows[0]["amount_fen"], int)


def test_a_record_is_named_by_its_number_or_id(demo):
    deals = json.loads(run("list", "deals", "--json", "--db", str(demo)).stdout)
    by_number = run("deal-evidence", deals[0]["number"], "--db", str(demo))
    by_id = run("deal-evidence", str(deals[0]["id"]), "--db", str(demo))
    assert by_number.returncode == 0 and by_number.stdout == by_id.stdout and "✓" in by_number.stdout
    missing = run("deal-evidence", "JY-2099-0001", "--db", str(demo))
    assert missing.returncode == 1 and "找不到交易 JY-2099-0001" in missing.stderr and "Traceback" not in missing.stderr
    apps = json.loads(run("list", "applications", "--json", "--db", str(demo)).stdout)
    achievement = json.loads(run("list", "achievements", "--json", "--db", str(demo)).stdout)[0]
    pdf = demo.parent / "dossier.pdf"
    done = run("doc", "dossier", "--id", achievement["ledger_no"], "--out", str(pdf), "--db", str(demo))
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and apps


def test_global_options_after_the_command(demo):
    before = run("--db", str(demo), "--today", "2026-12-09", "list", "publicities")
    after = run("list", "publicities", "--db", str(demo), "--today", "2026-12-09")
    assert after.returncode == 0 and after.stdout == before.stdout


def test_argparse_speaks_chinese(demo):
    bad_int = run("demo", "--size", "abc", "--db", str(demo.parent / "x.sqlite3"))
    assert bad_int.returncode == 2 and "无效的整数值：'abc'" in bad_int.stderr and "invalid" not in bad_int.stderr
    unknown = run("list", "deals", "--db", str(demo), "--bogus")
    assert "无法识别的参数：--bogus" in unknown.stderr and "unrecognized" not in unknown.stderr
    assert "用法：" in unknown.stderr


def test_a_mistyped_db_is_never_created(tmp_path):
    typo = tmp_path / "kjgc.sqlite3"
    done = run("list", "achievements", "--db", str(typo))
    assert done.returncode == 1 and "数据库文件不存在" in done.stderr and "--create" in done.stderr
    assert not typo.exists()
    assert run("list", "achievements", "--db", str(typo), "--create").returncode == 0 and typo.exists()
    fresh = tmp_path / "new.sqlite3"
    assert run("init", "--db", str(fresh)).returncode == 0 and fresh.exists()


def test_output_into_a_closed_pipe_exits_quietly(tmp_path):
    big = tmp_path / "big.sqlite3"
    assert run("demo", "--db", str(big), "--size", "1500", "--quiet").returncode == 0
    cmd = f'"{sys.executable}" -m kjcg_desktop list achievements --db "{big}" | head -n 2'
    done = subprocess.run(["bash", "-c", "set -o pipefail; " + cmd], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert len(done.stdout.splitlines()) == 2
    assert done.stderr == "" and done.returncode == 0


def _no_display() -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a display is a Linux question")
def test_gui_without_a_display_says_a_desktop_session_is_needed(demo):
    done = subprocess.run([sys.executable, "-m", "kjcg_desktop", "--db", str(demo)], capture_output=True, text=True,
                          cwd=ROOT, env=_no_display(), timeout=60)
    assert done.returncode == 1 and "桌面会话" in done.stderr
    assert "qt.qpa" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a display is a Linux question")
def test_selftest_runs_offscreen_by_itself_without_a_display(tmp_path):
    done = subprocess.run([sys.executable, "-m", "kjcg_desktop", "selftest", "--db", str(tmp_path / "s.sqlite3"), "--create"],
                          capture_output=True, text=True, cwd=ROOT, env=_no_display(), timeout=240)
    assert done.returncode == 0, done.stderr
    assert "自检通过" in done.stdout and "offscreen" in done.stdout


def test_readme_lists_the_commands_in_one_block():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## 命令行 / Command line"):]
    section = section[:section.index("\n## ", 5)]
    assert section.count("```") == 2                               # one code block
    block = section.split("```")[1]
    assert block.count("kjcg-desktop --version") == 1 and "kjcg-desktop selftest" in block
