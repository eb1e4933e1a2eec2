"""附件1-1 第七条: every negative-list and conduct clause the app shows is the article's own wording,
word for word (the source text is /work/shared/seeds or, in a checkout, the same text shipped with the
tests)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from kjcg_desktop import domain as d

ROOT = Path(__file__).resolve().parents[3]

# 1-1 第七条 as published (the clauses the office must not paraphrase).
ARTICLE_7 = {
    "(一)": "职务科技成果若影响国家安全、国防安全、公共安全、经济安全、社会稳定等事关国家利益和重大社会公共利益。",
    "(二)": "职务科技成果涉及国家秘密，在解密或者降密之前，不得实施转化。",
    "(三)": "职务科技成果未严格遵守科技伦理规定，无法确保科技成果转化应用安全可控。",
    "(四)": "职务科技成果不具备权属清晰、应用前景明朗、承接对象明确、转化意愿强烈等条件。",
    "(五)": "从事科技成果转化的科研人员违反科学道德、科技伦理和职业道德规范，未严格执行科学技术保密要求，未经试点单位允许"
           "利用职务科技成果从事创办企业等行为。",
    "(六)": "从事科技成果转化的科研人员，将职务科技成果及其技术资料和数据占为己有，侵犯试点单位的合法权益；或者以唆使窃取、"
           "利诱胁迫等手段侵占他人的科技成果，侵犯他人合法权益。",
    "(七)": "参与科技成果转化的领导人员、管理人员违反科学道德、科技伦理和职业道德规范，或者利用职务之便，干扰或阻碍科技成果"
           "转化工作，或者擅自披露、使用或者转让科技成果的关键技术。",
    "(八)": "成果转化参与人员玩忽职守、以权谋私。以任何名目和理由向科技成果转化实施者索要或者收受可能影响成果评价与转化行为的"
           "礼品、礼金（含有价券）和礼物或提供有偿服务；或者利用职权或者职务上的影响，为配偶、子女及其配偶等亲属和其他特定"
           "关系人员在科技成果转化行为中提供便利和优惠条件；或在医疗卫生机构后续成果转化产品进入本单位销售或使用过程中，存在"
           "滥用职权、违规审批、违规采购等行为。",
    "(九)": "承担科技成果转化业务的领导人员、管理人员，违反任职回避和履职回避等相关规定。",
}
SEED = Path("/work/shared/seeds/上海市科技成果转化创新改革试点实施方案及附件.txt")


def _clause(item_clause: str) -> str:
    return item_clause.replace("1-1 第七条", "")


@pytest.mark.skipif(not SEED.is_file(), reason="the published text is not on this machine")
def test_reference_text_is_the_published_article():
    published = re.sub(r"\s+", "", SEED.read_text(encoding="utf-8"))
    for text in ARTICLE_7.values():
        assert text in published


def test_negative_list_clauses_are_word_for_word():
    assert {_clause(item.clause): item.text for item in d.NEGATIVE_LIST} == {k: ARTICLE_7[k] for k in ("(一)", "(二)", "(三)", "(四)")}


def test_conduct_declarations_are_word_for_word():
    """The eighth item is 玩忽职守、以权谋私 … 滥用职权、违规审批、违规采购 — not "无关联交易"."""
    assert {_clause(clause): text for _key, clause, text in d.CONDUCT_DECLARATIONS} == {
        k: ARTICLE_7[k] for k in ("(五)", "(六)", "(七)", "(八)", "(九)")}


def test_forms_quote_the_clauses_and_keep_the_secret_clause_meaning():
    deal = tomllib.loads((ROOT / "forms" / "deal.toml").read_text(encoding="utf-8"))
    labels = {f["help"]: f["label"] for p in deal["pages"] for f in p["fields"] if f["key"].startswith("declare_")}
    for key in ("(五)", "(六)", "(七)", "(八)", "(九)"):
        assert labels[f"1-1 第七条{key}"] == f"不存在：{ARTICLE_7[key]}"
    for name in ("ownership", "use_right"):
        form = tomllib.loads((ROOT / "forms" / f"{name}.toml").read_text(encoding="utf-8"))
        helps = [f.get("help", "") for p in form["pages"] for f in p["fields"]]
        for key in ("(一)", "(二)", "(三)", "(四)"):
            assert f"1-1 第七条{key}原文：{ARTICLE_7[key]}" in helps
    achievement = (ROOT / "forms" / "achievement.toml").read_text(encoding="utf-8")
    assert "在解密或者降密之前，不得实施转化（1-1 第七条(二)）" in achievement and "解密前不得赋权" not in achievement
