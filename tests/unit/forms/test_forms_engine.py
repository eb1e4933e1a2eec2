"""The form engine: every shipped definition loads; malformed ones name file, line and field;
conditions, defaults and domain validators."""

from pathlib import Path

import pytest

from kjcg_desktop.forms_engine import (
    FormDefinitionError,
    evaluate_condition,
    initial_values,
    load_form,
    load_forms,
    validate_page,
)
from kjcg_desktop.paths import forms_dir

GOOD = '''
[form]
id = "{id}"
title = "测试表单"
kind = "ownership"

[[pages]]
id = "p1"
title = "第一页"

[[pages.fields]]
key = "grant_mode"
label = "赋权方式"
type = "choice"
choices = [["full", "全部赋权"], ["partial", "部分赋权"]]
required = true

[[pages.fields]]
key = "team_share"
label = "团队份额"
type = "percentage"
show_if = "grant_mode == 'partial'"
validators = ["check_ownership_split"]
'''


def write(tmp_path: Path, text: str, name: str = "sample") -> Path:
    path = tmp_path / f"{name}.toml"
    path.write_text(text.replace("{id}", name), encoding="utf-8")
    return path


def test_every_shipped_definition_loads():
    forms = load_forms(forms_dir())
    assert {"disclosure", "registration", "ownership", "use_right", "extension"} <= set(forms)
    for form in forms.values():
        assert form.pages and all(p.fields for p in form.pages)
        keys = [f.key for f in form.fields()]
        assert len(keys) == len(set(keys)), form.id
        # every page cites an article in its help text
        assert all("条" in p.help or "方案" in p.help for p in form.pages), (form.id, [p.id for p in form.pages])


@pytest.mark.parametrize(("broken", "line", "field_text", "problem"), [
    ('type = "percentage"', 21, "team_share", "未知的字段类型"),
    ('validators = ["check_ownership_split"]', 23, "team_share", "没有函数「check_share_typo」"),
    ('show_if = "grant_mode == \'partial\'"', 22, "team_share", "不存在的字段：grantmode"),
])
def test_malformed_definition_names_file_line_and_field(tmp_path, broken, line, field_text, problem):
    replacement = {
        'type = "percentage"': 'type = "percent"',
        'validators = ["check_ownership_split"]': 'validators = ["check_share_typo"]',
        'show_if = "grant_mode == \'partial\'"': 'show_if = "grantmode == \'partial\'"',
    }[broken]
    path = write(tmp_path, GOOD.replace(broken, replacement))
    with pytest.raises(FormDefinitionError) as info:
        load_form(path)
    message = str(info.value)
    assert "sample.toml" in message
    assert f"第 {line} 行" in message
    assert field_text in message
    assert problem in message
    assert info.value.line == line


def test_toml_syntax_error_names_line(tmp_path):
    path = write(tmp_path, GOOD.replace('title = "第一页"', 'title = "第一页'))
    with pytest.raises(FormDefinitionError) as info:
        load_form(path)
    assert info.value.line == 9 and "sample.toml" in str(info.value)


def test_unknown_attribute_and_bad_default_are_rejected(tmp_path):
    path = write(tmp_path, GOOD.replace('required = true', 'requird = true'))
    with pytest.raises(FormDefinitionError, match="未知的属性「requird」"):
        load_form(path)
    path = write(tmp_path, GOOD.replace('required = true', 'default = "setting:no_such_setting"'))
    with pytest.raises(FormDefinitionError, match="no_such_setting") as info:
        load_form(path)
    assert info.value.line == 16


def test_id_must_match_file_name(tmp_path):
    path = tmp_path / "other.toml"
    path.write_text(GOOD.replace("{id}", "sample"), encoding="utf-8")
    with pytest.raises(FormDefinitionError, match="应与文件名一致"):
        load_form(path)


def test_conditions():
    values = {"grant_mode": "partial", "flag": True, "source": "own"}
    assert evaluate_condition("grant_mode != 'full'", values)
    assert evaluate_condition("source in ['own', 'government'] and flag", values)
    assert not evaluate_condition("not flag", values)
    with pytest.raises(ValueError):
        evaluate_condition("__import__('os')", values)


def test_defaults_come_from_settings_and_context():
    form = load_forms(forms_dir())["ownership"]
    values = initial_values(form, lambda source, key: {"default_team_share": "75"}.get(key))
    assert values["team_share"] == "75" and values["grant_mode"] == "partial"


def test_validators_call_domain_rules():
    forms = load_forms(forms_dir())
    own = forms["ownership"]
    team = [{"name": "王伟", "share": "50", "is_representative": True}, {"name": "李娜", "share": "49.99"}]
    errors = validate_page(own, "team", {"team": team, "internal_agreement": [{"filename": "a.pdf"}]})
    assert [e.key for e in errors] == ["team"]
    assert "合计 99.99%" in errors[0].message and "方案二(一)" in errors[0].message
    no_rep = [{"name": "王伟", "share": "100", "is_representative": False}]
    assert "须指定一名团队代表" in validate_page(own, "team", {"team": no_rep, "internal_agreement": [{}]})[0].message
    answers = {"national_interest": False, "state_secret": True, "ethics": False, "conditions_unmet": False}
    errors = validate_page(own, "negative", answers)
    assert [e.key for e in errors] == ["state_secret"] and "1-1 第七条(二)" in errors[0].message
    assert validate_page(own, "grant", {"grant_mode": "partial", "team_share": "100"})[0].key == "team_share"
    assert validate_page(own, "grant", {"grant_mode": "full"}) == []
    use = forms["use_right"]
    errors = validate_page(use, "term", {"term_years": 9, "first_term_years": 5, "start_date": "2026-01-01"})
    assert "不低于10年" in errors[0].message
    ext = forms["extension"]
    errors = validate_page(ext, "conditions", {"agreement_honoured": True, "progress_made": False, "income_good": True})
    assert [e.key for e in errors] == ["progress_made"]
    disc = forms["disclosure"]
    errors = validate_page(disc, "project", {"funding_source": "own", "project_name": "x"})
    assert any("研发计划书审核通过之日" in e.message for e in errors)


def test_answer_sheet_lists_what_applies():
    from kjcg_desktop.forms_engine import answer_sheet

    form = load_forms(forms_dir())["ownership"]
    values = {"grant_mode": "full", "team_share": "80", "national_interest": False,
              "team": [{"name": "王伟", "share": "100", "is_representative": True}], "internal_agreement": [{"filename": "约定.pdf"}]}
    sheet = dict(answer_sheet(form, values))
    assert sheet["赋权方式"] == [("赋权方式", "全部赋权")]  # the team share does not apply to a full grant
    assert dict(sheet["团队内部约定"])["完成人及内部收益分配比例"] == "王伟（代表） 100%"
    assert dict(sheet["负面清单"])[form.field("national_interest").label] == "否"


def test_a_computed_summary_is_checked_against_the_names_passed_in(tmp_path):
    from kjcg_desktop.services import forms as app_forms

    path = write(tmp_path, GOOD.replace('title = "第一页"', 'title = "第一页"\ncomputed = "no_such_summary"'))
    assert load_form(path).pages[0].computed == "no_such_summary"      # the engine alone does not know the names
    with pytest.raises(FormDefinitionError, match="未知的计算项「no_such_summary」") as info:
        app_forms.load_form(path)
    assert info.value.line == 10
    assert load_form(path, computed={"no_such_summary"}).pages[0].computed == "no_such_summary"
    shipped = app_forms.load_forms(forms_dir())
    assert shipped["registration"].pages and any(p.computed for f in shipped.values() for p in f.pages)
