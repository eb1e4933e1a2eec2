"""`kjcg-desktop selftest` (run on the built bundle by packaging/build_linux.sh and the Windows workflow)."""

from kjcg_desktop.cli import main


def test_selftest_passes_from_the_source_tree(qapp, data_dir, capsys):
    assert main(["--db", str(data_dir / "selftest.sqlite3"), "selftest"]) == 0
    assert "自检通过" in capsys.readouterr().out
