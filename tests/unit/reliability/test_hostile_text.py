"""Text from files and the database: LIKE wildcards in filters are literal, attachment names
edited outside the app are flagged by check, and the command line never echoes escape
sequences raw to the terminal."""

from __future__ import annotations

import json

from kjcg_desktop.cli import main, shown
from kjcg_desktop.services.integrity import check_database
from kjcg_desktop.storage import deals, documents
from kjcg_desktop.storage.achievements import create_achievement
from kjcg_desktop.storage.attachments import add_attachment


def _deal(db, aid, counterparty):
    return deals.create_deal(db, aid, {"kind": "assignment", "counterparty": counterparty, "counterparty_state_owned": True,
                                       "pricing_method": "negotiated", "amount_fen": 1_000_00, "contract_date": "2025-03-01"})


def test_percent_and_underscore_in_the_counterparty_filter_are_literal(db, capsys):
    aid = create_achievement(db, {"name": "甲_乙", "type": "invention", "legal_status": "granted"})
    create_achievement(db, {"name": "甲丙乙", "type": "invention", "legal_status": "granted"})
    _deal(db, aid, "百分之100%控股公司")
    _deal(db, aid, "A_B 公司")
    _deal(db, aid, "AxB 公司")
    assert [d["counterparty"] for d in deals.list_deals(db, counterparty="%")] == ["百分之100%控股公司"]
    assert [d["counterparty"] for d in deals.list_deals(db, counterparty="A_B")] == ["A_B 公司"]
    assert [a["name"] for a in deals.find_achievements(db, "甲_乙")] == ["甲_乙"]
    assert len(documents.candidates(db, "deal", text="A_B")) == 1
    db.close()
    assert main(["--db", str(db.path), "deal-totals", "--counterparty", "%"]) == 0
    out = capsys.readouterr().out  # the draft deals are listed apart from the signed totals
    assert "百分之100%控股公司" in out and "A_B 公司" not in out and "AxB 公司" not in out


def test_check_flags_an_attachment_name_edited_outside_the_app(db, tmp_path, capsys):
    aid = create_achievement(db, {"name": "甲", "type": "invention", "legal_status": "granted"})
    source = tmp_path / "报告.pdf"
    source.write_bytes(b"%PDF-1.4")
    att = add_attachment(db, "achievement", aid, source)
    assert check_database(db, tags=False).ok
    db.execute("UPDATE attachments SET filename = ? WHERE id = ?", ("..\\..\\Windows\\evil\x1b[31m.pdf", att))
    report = check_database(db, tags=False)
    assert [f["kind"] for f in report.findings] == ["attachment_name"] and report.findings[0]["attachment_id"] == att
    db.close()
    assert main(["--db", str(db.path), "check"]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\\x1b" in err
    assert main(["--db", str(db.path), "check", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["problems"][0]["kind"] == "attachment_name"


def test_escape_sequences_from_files_are_shown_escaped(db, capsys):
    create_achievement(db, {"name": "成果\x1b]0;pwned\x07\x1b[2J\r覆盖", "type": "invention", "legal_status": "granted"})
    db.close()
    assert main(["--db", str(db.path), "list", "achievements"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\r" not in out
    assert "\\x1b]0;pwned\\x07" in out and "覆盖" in out
    assert main(["--db", str(db.path), "list", "achievements", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["name"].startswith("成果\x1b")  # JSON escapes it itself


def test_shown_keeps_tabs_newlines_and_chinese():
    assert shown("甲\t乙\n丙") == "甲\t乙\n丙"
    assert shown("\u202eexe.pdf") == "\\u202eexe.pdf"
    assert shown("\x85\x7f") == "\\u0085\\u007f"


def test_json_output_stays_valid_with_c1_and_bidi_characters(db, capsys):
    create_achievement(db, {"name": "甲\x85\u202e\x7f乙", "type": "invention", "legal_status": "granted"})
    db.close()
    assert main(["--db", str(db.path), "list", "achievements", "--json"]) == 0
    out = capsys.readouterr().out
    assert "\x85" not in out and "\u202e" not in out
    assert json.loads(out)[0]["name"] == "甲\x85\u202e\x7f乙"
