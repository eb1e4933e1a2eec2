"""Template placeholders (services/documents/templates.py) never execute or re-interpret user text: for any
values, however brace- or format-like, rendering is plain literal substitution."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kjcg_desktop.services.documents import templates

NAMES = ["unit_name", "achievement.name", "deal.amount"]
hostile = st.text(alphabet=st.sampled_from(list("{}!:.[]()_'\"%$0123456789abcxyz名称 ")) | st.characters(), max_size=40)


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({name: hostile for name in NAMES}))
def test_values_are_substituted_literally(values):
    text = "前{unit_name}中{achievement.name}后{deal.amount}{{字面}}"
    template = templates.Template("t", Path("t.toml"), "标题", "official", ())
    expected = f"前{values['unit_name']}中{values['achievement.name']}后{values['deal.amount']}{{字面}}"
    assert template.render(text, values) == expected
