"""Documents: every kind from demo data, correct dates, embedded fonts, safe editable templates."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
import reportlab
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from kjcg_desktop import cli
from kjcg_desktop import domain as d
from kjcg_desktop.services import documents
from kjcg_desktop.services.documents import cjkwrap, templates
from kjcg_desktop.storage import applications as apps
from kjcg_desktop.storage import publicities as pubs
from kjcg_desktop.storage.achievements import create_achievement
from kjcg_desktop.storage.attachments import add_attachment
from kjcg_desktop.storage.documents import latest_publicity


def pdf_text(pdf: bytes | Path) -> str:
    """All text of a PDF with whitespace removed (wrapped lines and table cells join up)."""
    import io

    reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def fonts_of(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def demo_ids(db) -> dict[str, int]:
    one = db.scalar
    return {
        "notice": one("SELECT id FROM applications WHERE kind = 'ownership' AND state = 'in_publicity' ORDER BY id"),
        "agreement": one("SELECT id FROM applications WHERE kind = 'ownership' AND state = 'effective' ORDER BY id"),
        "extension-agreement": one("SELECT id FROM applications WHERE kind = 'use_right' AND state = 'effective' ORDER BY id"),
        "abandonment-notice": one("SELECT id FROM applications WHERE kind = 'abandonment' ORDER BY id"),
        "decision": one("SELECT owner_id FROM decisions WHERE owner_type = 'application' AND step = 'approve' "
                        "AND reverses IS NULL AND id NOT IN (SELECT reverses FROM decisions WHERE reverses IS NOT NULL) ORDER BY id"),
        "price-notice": one("SELECT id FROM deals WHERE pricing_method = 'negotiated' ORDER BY id"),
        "related-party-notice": one("SELECT id FROM deals WHERE related_party = 1 ORDER BY id"),
        "reward-notice": one("SELECT deal_id FROM income_receipts ORDER BY id"),
        "disclosure-form": one("SELECT achievement_id FROM applications WHERE kind = 'ownership' ORDER BY id"),
        "application-form": one("SELECT id FROM applications WHERE kind = 'use_right' ORDER BY id"),
        "dossier": one("SELECT achievement_id FROM deals WHERE pricing_method = 'negotiated' ORDER BY id"),
    }


def test_every_kind_from_demo_data(demo_db, tmp_path):
    ids = demo_ids(demo_db)
    assert set(ids) == set(documents.KINDS) and all(ids.values())
    today = date(2026, 1, 5)
    for kind, record_id in ids.items():
        out = tmp_path / f"{kind}.pdf"
        pdf, data = documents.generate(demo_db, kind, record_id, out, today=today, start=date(2025, 2, 21))
        spec = documents.KINDS[kind]
        # the generator fills exactly the whitelisted placeholders of its kind
        assert set(data.values) == set(spec.placeholders), kind
        text = pdf_text(out)
        assert squash(data.values["achievement.name"]) in text, kind
        assert data.values["unit_name"] == "上海示范大学"
        for font in fonts_of(out):
            assert font[-5] == "yes", f"{kind}: font not embedded: {font}"  # the emb column
            assert "Helvetica" not in font[0] and "STSong" not in font[0]
        if "publicity.end" in data.values:
            assert data.values["publicity.end"] in text and data.values["publicity.start"] in text, kind
        if kind.startswith("reward"):
            assert data.values["deal.tech_contract_reg_no"] in text
            assert squash(data.values["reward.total"]) in text
            assert data.values["deal.contract_no"] in text
            # the demo's first paid deal is a registered assignment: its rewards are taxed at half (财税〔2018〕58号)
            assert squash("减按50%计入当月工资薪金所得") in text
        if kind == "decision":  # who decided and when
            assert squash(data.values["decision.body"]) in text and squash(data.values["decision.person"]) in text
            assert squash(data.values["decision.date"]) in text and "决定" in text
        if kind in ("price-notice", "related-party-notice", "reward-notice"):
            assert squash(data.values["deal.amount"]) in text and squash(data.values["deal.counterparty"]) in text
        if kind in ("notice", "agreement"):
            for inventor in demo_db.query("SELECT name FROM inventors WHERE achievement_id = "
                                          "(SELECT achievement_id FROM applications WHERE id = ?)", (record_id,)):
                assert inventor["name"] in text
        if kind == "dossier":
            assert "事件日志" in text and "尽职免责" in text


def test_notice_end_date_from_recorded_publicity(demo_db):
    app_id = demo_ids(demo_db)["notice"]
    row = latest_publicity(demo_db, ("grant",), application_id=app_id)
    window = d.publicity_window(date.fromisoformat(row["start_date"]), row["days"], working_days=bool(row["working_days"]))
    from kjcg_desktop.storage import Settings

    Settings(demo_db).set("objection_contact", "021-64000000，tto@example.edu.cn")
    pdf, data = documents.generate(demo_db, "notice", app_id)
    text = pdf_text(pdf)
    end = f"{window.end.year}年{window.end.month}月{window.end.day}日"  # GB/T 9704: dates in words
    assert data.values["publicity.end"] == end and end in text
    assert f"公示期为{row['days']}日" in text
    assert data.notes == []


def _granted_achievement(db) -> int:
    return create_achievement(db, {"name": "一种测试用高强度合金", "type": "invention", "legal_status": "granted",
                                   "patent_no": "ZL202010000001.1"},
                              [{"name": "张三", "department": "材料学院", "share": "60", "is_representative": True},
                               {"name": "李四", "department": "材料学院", "share": "40"}])


def test_shifted_end_date_shows_both_dates(db):
    from kjcg_desktop.storage import Settings

    Settings(db).set_many({"unit_name": "测试大学", "tto_name": "测试大学技术转移中心"})
    aid = _granted_achievement(db)
    app_id = apps.create_application(db, "ownership", achievement_id=aid, grant_mode="partial", team_share="80",
                                     applicant="张三")
    for action in ("submit", "approve"):
        apps.transition(db, app_id, action, on=date(2025, 2, 10))
    # posted Friday 2025-02-21: 15 days end on Saturday 2025-03-08 → moved to Monday 2025-03-10
    pubs.create_publicity(db, "grant", "赋权公示", date(2025, 2, 21), 15, achievement_id=aid, application_id=app_id,
                          place="公告栏", contact="021-0000")
    pdf, data = documents.generate(db, "notice", app_id)
    text = pdf_text(pdf)
    assert "至2025年3月10日止" in text and "2025年3月8日" in text and "顺延" in text
    assert "80%" in text and "20%" in text and "测试大学技术转移中心" in text and "021-0000" in text
    # the agreement uses the office's default clauses and the team's shares
    pdf, _ = documents.generate(db, "agreement", app_id, draft=True)  # the publicity is still running
    text = pdf_text(pdf)
    assert "草稿" in text and "赋予职务科技成果所有权协议" in text and "60%" in text and "40%" in text and "知识产权维持费用" in text


def test_planned_publicity_when_none_is_recorded(demo_db):
    # a related-party deal whose publicity has not been recorded yet
    deal_id = demo_db.scalar("SELECT id FROM deals WHERE related_party = 0 AND id NOT IN "
                             "(SELECT deal_id FROM publicities WHERE deal_id IS NOT NULL) LIMIT 1")
    demo_db.execute("UPDATE deals SET related_party = 1 WHERE id = ?", (deal_id,))
    pdf, data = documents.generate(demo_db, "related-party-notice", deal_id, start=date(2025, 9, 30))
    # 15 days after 2025-09-30 is 2025-10-15 (a working day after the National Day holiday)
    end = d.publicity_end(date(2025, 9, 30), 15)
    assert data.values["publicity.end"] == f"{end.year}年{end.month}月{end.day}日"
    assert data.notes and "2025-09-30" in data.notes[0]
    assert data.values["publicity.end"] in pdf_text(pdf)


def test_wrong_id_or_kind_gives_chinese_error(demo_db):
    ids = demo_ids(demo_db)
    with pytest.raises(documents.DocumentError, match="找不到申请 99999"):
        documents.generate(demo_db, "notice", 99999)
    with pytest.raises(documents.DocumentError, match="只能用于"):
        documents.generate(demo_db, "agreement", ids["abandonment-notice"])
    listing = demo_db.scalar("SELECT id FROM deals WHERE pricing_method = 'listing'")
    with pytest.raises(documents.DocumentError, match="协议定价公示只用于协议定价"):
        documents.generate(demo_db, "price-notice", listing)
    with pytest.raises(documents.DocumentError, match="未知的文书类型"):
        documents.generate(demo_db, "memo", 1)
    with pytest.raises(documents.DocumentError, match="找不到成果"):
        documents.generate(demo_db, "dossier", 99999)


def test_unknown_placeholder_names_file_and_placeholder(demo_db, data_dir):
    folder = data_dir / "templates"
    folder.mkdir()
    path = folder / "notice.toml"
    path.write_text('title = "关于{achievement.nmae}的公示"\n[[block]]\ntext = "正文"\n', encoding="utf-8")
    with pytest.raises(documents.TemplateError) as err:
        documents.generate(demo_db, "notice", demo_ids(demo_db)["notice"])
    message = str(err.value)
    assert str(path) in message and "{achievement.nmae}" in message and "{achievement.name}" in message
    assert documents.check_templates() == [message]


def test_user_template_overrides_builtin(demo_db, data_dir):
    folder = data_dir / "templates"
    folder.mkdir()
    (folder / "price-notice.toml").write_text(
        'title = "{unit_name}拟交易价格公示"\n[[block]]\ntext = "价格：{deal.amount}，自{publicity.start}至{publicity.end}。"\n'
        '[[block]]\ntable = "summary"\n', encoding="utf-8")
    deal_id = demo_ids(demo_db)["price-notice"]
    pdf, data = documents.generate(demo_db, "price-notice", deal_id)
    text = pdf_text(pdf)
    assert "上海示范大学拟交易价格公示" in text and squash(f"价格：{data.values['deal.amount']}") in text


@pytest.mark.parametrize("text", [
    "{achievement.name.__class__}", "{__import__('os').system('echo hi')}", "{0}", "{unit_name!r}",
    "{achievement.name:>99}", "{unit_name", "unit_name}", "{}",
])
def test_placeholders_cannot_execute_code(text, tmp_path):
    path = tmp_path / "t.toml"
    path.write_text(f'title = "标题"\n[[block]]\ntext = """{text}"""\n', encoding="utf-8")
    with pytest.raises(documents.TemplateError, match="占位符|花括号"):
        templates.load_template("t", {"unit_name": "", "achievement.name": ""}, set(), path=path)


def test_values_are_inserted_literally(db):
    # a value that looks like a placeholder or markup is printed as it is, never interpreted
    template = templates.Template("t", Path("t.toml"), "{unit_name}", "official", ())
    assert template.render("{unit_name}：{{字面}}", {"unit_name": "{tto_name}<b>&"}) == "{tto_name}<b>&：{字面}"
    from kjcg_desktop.storage import Settings

    Settings(db).set("unit_name", "<font size=40>{tto_name}</font>&amp;")
    aid = _granted_achievement(db)
    pdf, _ = documents.generate(db, "disclosure-form", aid)
    assert "<fontsize=40>{tto_name}</font>&amp;" in pdf_text(pdf)


def test_dossier_lists_attachments_by_title_and_events_as_sentences(db, tmp_path):
    aid = _granted_achievement(db)
    source = tmp_path / "会议纪要.txt"
    source.write_text("同意赋权", encoding="utf-8")
    att_id = add_attachment(db, "achievement", aid, source, kind="minutes")
    sha = db.scalar("SELECT sha256 FROM attachments WHERE id = ?", (att_id,))
    pdf, data = documents.generate(db, "dossier", aid)
    text = pdf_text(pdf)
    assert sha not in text and "会议纪要" in text and ".txt" not in text.split("六、附件清单")[1].split("七、")[0]
    assert data.values["dossier.event_count"] == str(db.scalar(
        "SELECT count(*) FROM events WHERE entity = 'achievement' AND entity_id = ?", (aid,)))
    # the operator of each event (on the office server: the database role signed in)
    assert ("postgres" if getattr(db, "dialect", "sqlite") == "postgresql" else "测试员") in text


def test_forms_definition_drives_the_application_form(demo_db, tmp_path, monkeypatch):
    from kjcg_desktop.services.documents import forms

    (tmp_path / "use_right.toml").write_text(
        '[[pages]]\ntitle = "期限"\n[[pages.fields]]\nkey = "term_years"\nlabel = "申请使用权年限"\ntype = "integer"\n'
        '[[pages.fields]]\nkey = "implementer"\nlabel = "实施方式"\ntype = "choice"\n'
        'choices = [["alone", "单独实施"], ["joint", "与其他单位共同实施"]]\n', encoding="utf-8")
    monkeypatch.setattr(forms, "forms_dir", lambda: tmp_path)
    app_id = demo_ids(demo_db)["application-form"]
    apps.save_draft(demo_db, app_id, {"term_years": 12, "implementer": "joint"})
    pdf, data = documents.generate(demo_db, "application-form", app_id)
    text = pdf_text(pdf)
    assert "申请使用权年限" in text and "12" in text and "与其他单位共同实施" in text
    assert "use_right.toml" in data.values["form.source"]


@pytest.mark.sqlite_only  # drives the SQLite file by its path
def test_batch_generation_with_its_own_connection(demo_db, db_path, tmp_path):
    ids = demo_ids(demo_db)
    jobs = [documents.BatchJob("notice", ids["notice"]), documents.BatchJob("dossier", ids["dossier"]),
            documents.BatchJob("notice", 99999)]
    seen = []
    written, errors = documents.generate_batch(db_path, jobs, tmp_path / "out", progress=lambda *a: seen.append(a))
    assert len(written) == 2 and all(p.exists() and p.read_bytes().startswith(b"%PDF") for p in written)
    assert len(errors) == 1 and "99999" in errors[0]
    assert seen[-1][0] == 3


@pytest.mark.sqlite_only  # drives the SQLite file by its path
def test_cli_doc_command(demo_db, db_path, tmp_path, capsys):
    ids = demo_ids(demo_db)
    out = tmp_path / "公示.pdf"
    assert cli.main(["--db", str(db_path), "doc", "notice", "--id", str(ids["notice"]), "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF") and "已生成赋权公示" in capsys.readouterr().out
    assert cli.main(["--db", str(db_path), "doc", "dossier", "--of", "deal", "--id", str(ids["price-notice"]),
                     "--out", str(tmp_path / "d.pdf")]) == 0
    assert cli.main(["--db", str(db_path), "doc", "notice", "--id", "99999", "--out", str(out)]) == 1
    assert "找不到申请 99999" in capsys.readouterr().err
    assert cli.main(["--db", str(db_path), "doc", "memo", "--id", "1", "--out", str(out)]) == 1
    assert "未知的文书类型 'memo'" in capsys.readouterr().err
    assert cli.main(["--db", str(db_path), "doc", "reward-notice", "--placeholders"]) == 0
    assert "{reward.total}" in capsys.readouterr().out


def test_no_line_starts_with_closing_punctuation():
    cjkwrap.install()
    cannot_start = "，。、；：？！）》」』】〕〉’”…"
    text = "法定代表人或授权代表（签字）：公示期内，任何单位或个人对上述赋权事项有异议的，请以书面形式（实名）提出。“引号”：结束。" * 3
    for width_chars in range(5, 30):
        lines = cjkwrap.break_points(text, [1.0] * len(text), [float(width_chars)])
        for start, end, _ in lines:
            assert text[start] not in cannot_start or start == 0
            assert text[end - 1] not in "“（《" or end == len(text)
            assert end - start <= width_chars + 1  # at most one mark hangs in the margin
        assert "".join(text[s:e] for s, e, _ in lines) == text


def test_documents_service_imports_no_qt():
    code = ("import sys, kjcg_desktop.services.documents, kjcg_desktop.cli.docs; "
            "assert not [m for m in sys.modules if m.startswith('PySide6')]")
    subprocess.run([__import__("sys").executable, "-c", code], check=True)


def test_font_chosen_in_settings_is_embedded(demo_db, tmp_path):
    from kjcg_desktop.storage import Settings

    droid = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
    assert documents.check_font_file(droid) == ""
    assert "不含中文字形" in documents.check_font_file(str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"))
    assert "找不到字体文件" in documents.check_font_file(str(tmp_path / "none.ttf"))
    Settings(demo_db).set("document_font", droid)
    out = tmp_path / "n.pdf"
    documents.generate(demo_db, "notice", demo_ids(demo_db)["notice"], out)
    names = [font[0] for font in fonts_of(out)]
    # the chosen font sets the text; the rare-character fallbacks print only what it lacks
    assert names and all("DroidSansFallback" in name or "HanaMin" in name for name in names)
    assert sum("DroidSansFallback" in name for name in names) >= 1


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="测试文字一二三，。、；：？！）（“”《》ab 12", min_size=1, max_size=120),
       st.integers(min_value=2, max_value=30))
def test_line_breaking_keeps_every_character_and_the_rules(text, width):
    lines = cjkwrap.break_points(text, [1.0] * len(text), [float(width)])
    assert "".join(text[s:e] for s, e, _ in lines) == text
    marks = "，。、；：？！）”》"
    for n, (start, end, _) in enumerate(lines):
        assert end > start
        assert end - start <= width + 1  # at most one mark hangs in the margin
        if n and text[start] in marks:
            # only when nothing could be carried over: the previous line is one character or all marks
            before = text[lines[n - 1][0]:start]
            assert len(before) == 1 or all(ch in marks for ch in before), (text, width, lines)


def test_use_right_agreement_fills_the_granted_end_and_the_current_term_end(db, tmp_path):
    """方案二(二) "试点单位可赋予科研人员不低于10年的职务科技成果长期使用权": the agreement states the
    granted term (start + 10 y) and the first term inside it (5 y by default) — never blank dates."""
    aid = create_achievement(db, {"name": "长期使用权成果", "type": "invention", "legal_status": "granted"})
    term = d.use_right_term(date(2025, 3, 3), 10)
    assert (term.granted_end, term.term_end) == (date(2035, 3, 3), date(2030, 3, 3))
    stored = apps.create_application(db, "use_right", achievement_id=aid, term_years=10, start_date=term.start,
                                     end_date=term.granted_end, term_end_date=term.term_end)
    draft = apps.create_application(db, "use_right", achievement_id=aid,
                                    form={"term_years": 12, "first_term_years": 4, "start_date": "2026-01-05"})
    for app_id, granted, current in ((stored, "2035年3月3日", "2030年3月3日"), (draft, "2038年1月5日", "2030年1月5日")):
        out = tmp_path / f"use-right-{app_id}.pdf"
        _pdf, data = documents.generate(db, "agreement", app_id, out, today=date(2026, 1, 5), draft=True)
        assert (data.values["grant.end_date"], data.values["grant.term_end_date"]) == (granted, current)
        text = pdf_text(out)
        assert f"至{granted}止" in text and f"至{current}止" in text and "____年" not in text
