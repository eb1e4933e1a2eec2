"""One row, one status word: what a row of a real export becomes through the importer — its legal
status, its attribute (1-2 第五条: 授权成果 only when the source says the right was granted) and whether
it is flagged 待核对. The words are the public sources' own (see tests/unit/domain/
test_legal_status_sources.py for where each comes from); the look-alikes are the ones that contain a
status word and mean something else."""

from __future__ import annotations

import pytest
from excel_helpers import app_no, rows_by_name, write_xlsx

from kjcg_desktop.domain.legal_status import read_legal_status
from kjcg_desktop.services import excel_import as ei

# (status cell, stored legal status, attribute, flagged) for a row with an application number and
# nothing else that speaks of a grant
ROW_WORDS = [
    # granted
    ("专利权维持", "granted", "granted", False), ("有效專利", "granted", "granted", False),
    ("核准", "granted", "granted", False), ("Patented Case", "granted", "granted", False),
    ("驳回后复审授权", "granted", "granted", False), ("无效宣告请求;维持专利权有效", "granted", "granted", False),
    ("该专利已于2021年授权", "granted", "granted", False), ("该专利尚未授权", "pending", "ungranted", False),
    # pending: the grant not (yet) there
    ("未授权", "pending", "ungranted", False), ("非授权", "pending", "ungranted", False),
    ("授权前", "pending", "ungranted", False), ("待授权", "pending", "ungranted", False),
    ("等待授权通知", "pending", "ungranted", False), ("授权通知书发出", "pending", "ungranted", False),
    ("等年登印费", "pending", "ungranted", False), ("等待颁证公告", "pending", "ungranted", False),
    ("審查中", "pending", "ungranted", False), ("驳回复审中", "pending", "ungranted", False),
    # not granted
    ("不予授权", "rejected", "ungranted", False), ("驳回等复审请求", "rejected", "ungranted", False),
    ("视为撤回等恢复", "withdrawn", "ungranted", False), ("逾期视撤,等恢复", "withdrawn", "ungranted", False),
    ("国优视撤", "withdrawn", "ungranted", False), ("PCT进入指定国（指定期满）", "withdrawn", "ungranted", False),
    # lapsed after a grant: the right was obtained
    ("授权 (已失效)", "lapsed", "granted", False), ("有效→失效", "lapsed", "granted", False),
    ("2021-03-02 授权; 2023-05-01 未缴年费专利权终止", "lapsed", "granted", False),
    ("2023-05-01 未缴年费专利权终止; 2021-03-02 授权", "lapsed", "granted", False),
    ("专利权的终止(①未缴年费专利权终止)", "lapsed", "granted", False), ("届满终止,待失效", "lapsed", "granted", False),
    ("避免重复授予专利权", "lapsed", "granted", False), ("放弃专利权（重复授权）", "lapsed", "granted", False),
    ("Expired - Fee Related", "lapsed", "granted", False), ("專利權消滅", "lapsed", "granted", False),
    # no right now, no word of a grant: an application that ended, flagged
    ("无效", "withdrawn", "ungranted", True), ("无权", "withdrawn", "ungranted", True),
    ("失权", "withdrawn", "ungranted", True), ("非有效", "withdrawn", "ungranted", True),
    # wholly invalid: lapsed, still obtained, flagged with 专利法第四十七条
    ("全部无效", "lapsed", "granted", True), ("专利权的无效宣告(专利权全部无效)", "lapsed", "granted", True),
    ("全部撤销", "lapsed", "granted", True),
    # partly invalid: the patent stands on the claims kept
    ("部分无效", "granted", "granted", False), ("专利权的无效宣告(专利权部分无效)", "granted", "granted", False),
    # unknown: kept, flagged, the row's evidence (an application number) decides
    ("未失效", "pending", "ungranted", True), ("授权未缴费", "pending", "ungranted", True),
    ("未缴费", "pending", "ungranted", True), ("该专利授权有争议", "pending", "ungranted", True),
    ("无效授权", "pending", "ungranted", True), ("未确认", "pending", "ungranted", True),
    # Derwent Alive: not ended; without grant evidence a pending application, not flagged
    ("Alive", "pending", "ungranted", False),
]


def _status_flags(db) -> list[str]:
    return [r["reason"] for r in db.query("SELECT reason FROM review_flags WHERE kind = 'status'")]


@pytest.mark.parametrize(("text", "status", "attribute", "flagged"), ROW_WORDS, ids=[w for w, *_ in ROW_WORDS])
def test_one_row_with_a_status_word(db, tmp_path, text, status, attribute, flagged):
    path = write_xlsx(tmp_path / "export.xlsx", {"Sheet1": [
        ["标题", "申请号", "申请日", "法律状态"],
        ["一种装置", "CN" + app_no(2019, 1, 123456), "2019-03-04", text],
    ]})
    ei.import_file(db, path)
    row = rows_by_name(db)["一种装置"]
    assert (row["legal_status"], row["attribute"]) == (status, attribute)
    reasons = _status_flags(db)
    assert bool(reasons) is flagged, reasons
    if status in ("pending", "rejected", "withdrawn", "abandoned"):
        assert row["patent_no"] is None  # no ZL number before a grant
    if text in ("全部无效", "专利权的无效宣告(专利权全部无效)", "全部撤销"):
        assert len(reasons) == 1 and "专利法第四十七条" in reasons[0]


@pytest.mark.parametrize(("text", "status"), [
    ("无效", "lapsed"), ("失权", "lapsed"), ("非有效", "lapsed"), ("失效", "lapsed"),
    ("未失效", "granted"), ("授权未缴费", "granted"),
    # a bare 放弃 beside a grant: the patent given up (专利法第四十四条), the right obtained; flagged
    ("放弃", "lapsed"), ("主动放弃", "lapsed"),
])
def test_a_bare_or_unclear_status_beside_a_grant_date(db, tmp_path, text, status):
    """With a grant date the right was obtained: a bare end is a lapsed right; a denied end (未失效) is
    not read as an end, and the text the vocabulary does not know is flagged either way."""
    path = write_xlsx(tmp_path / "export.xlsx", {"Sheet1": [
        ["标题", "申请号", "授权公告日", "法律状态"],
        ["一种装置", "CN" + app_no(2019, 1, 123456), "2020-05-06", text],
    ]})
    ei.import_file(db, path)
    row = rows_by_name(db)["一种装置"]
    assert (row["legal_status"], row["attribute"]) == (status, "granted")
    assert row["patent_no"] == "ZL" + app_no(2019, 1, 123456)


@pytest.mark.parametrize(("written", "differs"), [("非授权成果", False), ("未授权成果", False), ("不是授权成果", False),
                                               ("授权成果", True)])
def test_a_denied_attribute_mark_is_ungranted(db, tmp_path, written, differs):
    """属性 written 非授权成果 beside a pending status agrees with it (1-2 第五条: 未授权成果); 授权成果 beside
    实质审查 does not, and the import lists the difference."""
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [
        ["成果名称", "成果类型", "申请号", "法律状态", "属性"],
        ["一种方法", "发明", app_no(2023, 1, 6), "实质审查", written],
    ]})
    plan, _ = ei.import_file(db, path)
    assert rows_by_name(db)["一种方法"]["attribute"] == "ungranted"
    assert [(t.tag, t.in_file) for t in plan.tag_differences] == ([("属性", "授权成果")] if differs else [])


def test_a_contract_state_column_beside_ledger_columns_stays_the_contracts(db, tmp_path):
    """到期, 撤销 and 核准 are legal-status words now, and also a contract's or an approval's state: a 状态
    column holding only such words on a sheet with deal columns is not taken for the legal status."""
    path = write_xlsx(tmp_path / "deals.xlsx", {"转化合同": [
        ["专利名称", "专利类型", "申请号", "发明人", "合同编号", "合同金额", "状态"],
        ["一种夹具", "实用新型", app_no(2021, 2, 200002), "刘强", "HT2023-001", 50000, "已到期"],
        ["一种方法", "发明", app_no(2020, 1, 400004), "赵六", "HT2023-002", 80000, "撤销"],
        ["一种装置", "发明", app_no(2020, 1, 500005), "王伟", "HT2024-003", 90000, "已核准"],
    ]})
    ei.import_file(db, path)
    rows = rows_by_name(db)
    assert {n: r["legal_status"] for n, r in rows.items()} == {"一种夹具": "pending", "一种方法": "pending", "一种装置": "pending"}


def test_an_undated_events_column_written_newest_first(db, tmp_path):
    """法律状态/事件 without dates, newest first: a lapsed patent stays a lapsed 授权成果, never a pending
    application because its oldest event (公布) is written last."""
    path = write_xlsx(tmp_path / "events.xlsx", {"Sheet1": [
        ["标题", "申请号", "法律状态/事件"],
        ["一种装置", "CN" + app_no(2015, 1, 123456), "未缴年费专利权终止；授权；实质审查的生效；发明专利申请公布"],
    ]})
    ei.import_file(db, path)
    row = rows_by_name(db)["一种装置"]
    assert (row["legal_status"], row["attribute"], row["patent_no"]) == ("lapsed", "granted", "ZL" + app_no(2015, 1, 123456))
    assert _status_flags(db) == []


def _source_words() -> list[tuple[str, str, bool]]:
    """The domain test's table of status words by public source (status, says granted)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).parents[1] / "domain" / "test_legal_status_sources.py"
    spec = importlib.util.spec_from_file_location("_status_source_words", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [(text, status.value, granted) for text, status, granted in module.SOURCE_WORDS]


def test_every_source_word_on_its_own_row(db, tmp_path):
    """Each status word of the public sources on its own row of one export: the stored status and the
    attribute follow the reading (a bare end without grant evidence is an application that ended, and
    flagged; a wholly invalid patent is lapsed, 授权成果, flagged with 专利法第四十七条)."""
    words = _source_words()
    rows = [["标题", "申请号", "法律状态"]]
    for n, (text, _, _) in enumerate(words):
        rows.append([f"第{n}件", "CN" + app_no(2010 + n % 10, 1, 100000 + n), text])
    ei.import_file(db, write_xlsx(tmp_path / "words.xlsx", {"Sheet1": rows}))
    stored = rows_by_name(db)
    flagged = {r["name"] for r in db.query(
        "SELECT a.name FROM review_flags f JOIN achievements a ON a.id = f.achievement_id WHERE f.kind = 'status'")}
    wrong = []
    for n, (text, status, granted) in enumerate(words):
        row = stored[f"第{n}件"]
        bare_end = status == "lapsed" and not granted
        invalid = read_legal_status(text).invalidated
        expected = ("withdrawn" if bare_end else status,
                    "granted" if status in ("granted", "lapsed") and not bare_end else "ungranted",
                    bare_end or invalid)
        got = (row["legal_status"], row["attribute"], f"第{n}件" in flagged)
        if got != expected:
            wrong.append((text, expected, got))
    assert wrong == []
