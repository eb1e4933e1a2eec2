"""Day-one import of ledgers and patent-database exports shaped like the real ones (CNIPA search
export, incoPat, PatSnap/智慧芽, a university ledger, an enterprise 专利台账, an annual-fee list, a
deal list), in .xlsx, .xls, .ods and CSV: every non-blank row becomes a record with the right
number, type, legal status and attribute; what cannot be read is flagged with its cell; a second
import changes nothing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from excel_helpers import app_no, rows_by_name, write_xlsx

from kjcg_desktop import cli
from kjcg_desktop.domain.ip_numbers import read_number
from kjcg_desktop.domain.partial_dates import read_date
from kjcg_desktop.services import excel_import as ei
from kjcg_desktop.services.importing import workbook as wb_module
from kjcg_desktop.services.importing.report import write_import_report
from kjcg_desktop.storage import imports as repo
from kjcg_desktop.storage import ledger
from kjcg_desktop.storage import review_flags as flags_repo

_xlsx = write_xlsx
_rows = rows_by_name


def _flags(db, name: str) -> list[dict]:
    return [dict(r) for r in db.query(
        "SELECT f.* FROM review_flags f JOIN achievements a ON a.id = f.achievement_id WHERE a.name = ? ORDER BY f.id", (name,))]


def _counts(db) -> tuple:
    return tuple(db.scalar(f"SELECT count(*) FROM {t}") for t in ("achievements", "inventors", "review_flags", "events",
                                                                  "import_batches"))


# -- CNIPA 专利检索及分析 export ----------------------------------------------------------------------
CNIPA_HEADER = ["序号", "申请号", "申请日", "公开（公告）号", "公开（公告）日", "发明名称", "IPC分类号", "申请（专利权）人",
                "发明人", "申请人地址"]


def cnipa_export(path: Path) -> Path:
    return _xlsx(path, {"检索结果": [
        ["国家知识产权局 专利检索及分析 检索结果导出"],
        CNIPA_HEADER,
        [1, "CN" + app_no(2022, 1, 567802), "2022.05.06", "CN115123456B", "2023.09.01", "一种电池正极材料", "H01M4/36",
         "上海示范大学;上海某某新能源有限公司", "王伟;李娜", "上海市"],
        [2, "CN" + app_no(2023, 1, 100001).split(".")[0], "2023.01.02", "CN116000001A", "2023.04.05", "一种检测方法",
         "G01N", "上海示范大学", "张敏", "上海市"],
        [3, "CN" + app_no(2023, 2, 200002), "2023.03.03", "CN219000002U", "2023.07.07", "一种夹具", "B25B",
         "上海示范大学", "刘强", "上海市"],
        [4, "CN" + app_no(2023, 3, 300003), "2023.04.04", "CN308000003S", "2023.08.08", "仪器外壳", "14-02",
         "上海示范大学", "吴敏", "上海市"],
    ]})


def test_cnipa_search_export(db, tmp_path):
    plan, _ = ei.import_file(db, cnipa_export(tmp_path / "cnipa.xlsx"))
    assert plan.layouts[0].header_rows == [2] and len(plan.added) == 4
    rows = _rows(db)
    battery = rows["一种电池正极材料"]
    assert (battery["application_no"], battery["type"], battery["legal_status"], battery["attribute"]) == (
        app_no(2022, 1, 567802), "invention", "granted", "granted")  # kind B announces the grant
    # a publication number is never the patent number: a granted patent's is ZL + its application number
    assert battery["patent_no"] == "ZL" + app_no(2022, 1, 567802)
    assert json.loads(battery["extra"])["公开（公告）号"] == "CN115123456B"
    assert battery["holder"] == "上海示范大学；上海某某新能源有限公司"
    method = rows["一种检测方法"]  # CN + 12 digits without check digit; kind A = published, not granted
    assert (method["application_no"], method["legal_status"], method["attribute"]) == (app_no(2023, 1, 100001), "pending", "ungranted")
    assert method["application_no_as_written"] == "CN" + app_no(2023, 1, 100001).split(".")[0]
    assert (rows["一种夹具"]["type"], rows["一种夹具"]["legal_status"]) == ("utility_model", "granted")  # type digit 2, kind U
    assert (rows["仪器外壳"]["type"], rows["仪器外壳"]["legal_status"]) == ("design", "granted")
    assert battery["filing_date"] == "2022-05-06" and battery["filing_date_precision"] == "day"
    assert db.scalar("SELECT count(*) FROM review_flags") == 0


# -- incoPat ----------------------------------------------------------------------------------------
INCOPAT_HEADER = ["序号", "标题", "申请号", "申请日", "公开（公告）号", "公开（公告）日", "申请人", "当前权利人", "发明人",
                  "专利类型", "简单法律状态", "当前法律状态", "授权日", "公开国别"]


def incopat_export(path: Path) -> Path:
    return _xlsx(path, {"incoPat": [
        INCOPAT_HEADER,
        [1, "锂电池隔膜", app_no(2021, 1, 11), 20210101, "CN112000011B", 20210601, "上海示范大学", "上海示范大学", "甲; 乙",
         "发明授权", "有效", "授权", 20220301, "CN"],
        [2, "电池管理系统", app_no(2020, 1, 12), 20200101, "CN111000012B", 20200601, "上海示范大学", "某公司", "丙",
         "发明公开;发明授权", "失效", "未缴年费", 20210301, "CN"],
        [3, "传感装置", app_no(2022, 1, 13), 20220101, "CN114000013A", 20220601, "上海示范大学", "上海示范大学", "丁",
         "发明申请", "审中", "实质审查", 20230101, "CN"],  # a grant date beside a pending status
        [4, "旧的申请", app_no(2019, 1, 14), 20190101, "CN110000014A", 20190601, "上海示范大学", "", "戊",
         "发明申请", "失效", "", 0, "CN"],  # a bare 失效 and no grant evidence
        [5, "传感装置（国际）", "PCT/CN2022/123456", 20221010, "WO2023123456A1", 20230415, "上海示范大学", "", "丁",
         "", "PCT指定期内", "", 0, "WO"],
    ]})


def test_incopat_export(db, tmp_path):
    plan, _ = ei.import_file(db, incopat_export(tmp_path / "incopat.xlsx"))
    mapping = plan.layouts[0].mapping_dict()
    assert (mapping["简单法律状态"], mapping["当前法律状态"]) == ("legal_status", "legal_status_detail")
    assert (mapping["当前权利人"], mapping["申请人"]) == ("holder", "extra")  # the holder now, after an assignment
    assert len(plan.added) == 5
    rows = _rows(db)
    assert (rows["锂电池隔膜"]["legal_status"], rows["锂电池隔膜"]["attribute"], rows["锂电池隔膜"]["grant_date"]) == (
        "granted", "granted", "2022-03-01")
    lapsed = rows["电池管理系统"]
    assert (lapsed["type"], lapsed["legal_status"], lapsed["attribute"]) == ("invention", "lapsed", "granted")
    assert _flags(db, "电池管理系统") == []  # 未缴年费 says the right had been granted
    assert (lapsed["holder"], rows["旧的申请"]["holder"]) == ("某公司", "上海示范大学")  # assigned; none written now
    pending = rows["传感装置"]
    assert (pending["legal_status"], pending["attribute"]) == ("pending", "ungranted")  # the status column wins …
    assert [f["kind"] for f in _flags(db, "传感装置")] == ["status"]  # … and the conflict is flagged
    assert "授权日" in _flags(db, "传感装置")[0]["reason"] and _flags(db, "传感装置")[0]["cell"] == "incoPat!L4"
    bare = _flags(db, "旧的申请")
    # never silently a grant: an application that ended before grant (未授权成果), flagged
    assert (rows["旧的申请"]["legal_status"], rows["旧的申请"]["attribute"]) == ("withdrawn", "ungranted")
    assert [f["kind"] for f in bare] == ["status"] and "是否曾获授权" in bare[0]["reason"]
    family = rows["传感装置（国际）"]
    assert (family["type"], family["application_no"]) == ("other", "PCT/CN2022/123456")
    assert "foreign" in [f["kind"] for f in _flags(db, "传感装置（国际）")]
    assert family["legal_status"] == "pending"  # PCT指定期内: the international application is pending


# -- PatSnap / 智慧芽 --------------------------------------------------------------------------------
def patsnap_export(path: Path) -> Path:
    return _xlsx(path, {"PatSnap": [
        ["公开(公告)号", "申请号", "标题", "[标]当前申请(专利权)人", "申请日", "公开(公告)日", "授权日", "专利类型",
         "简单法律状态", "法律状态/事件", "IPC分类号"],
        ["CN113000021B", app_no(2021, 1, 21), "催化剂制备方法", "上海示范大学 | 某研究院", "2021-02-02", "2022-03-03", "2022-03-03",
         "授权发明", "有效", "授权 | 权利转移", "B01J"],
        ["CN113000022A", app_no(2021, 1, 22), "催化剂回收方法", "上海示范大学", "2021-02-03", "2021-06-06", "",
         "发明申请", "失效", "实质审查;发明专利申请公布后的驳回", "B01J"],
    ]})


def test_patsnap_export(db, tmp_path):
    ei.import_file(db, patsnap_export(tmp_path / "patsnap.xlsx"))
    rows = _rows(db)
    granted = rows["催化剂制备方法"]
    assert (granted["legal_status"], granted["attribute"], granted["holder"]) == ("granted", "granted", "上海示范大学；某研究院")
    rejected = rows["催化剂回收方法"]
    assert (rejected["legal_status"], rejected["attribute"]) == ("rejected", "ungranted")
    assert db.scalar("SELECT count(*) FROM review_flags") == 0


# -- a university ledger ---------------------------------------------------------------------------
def university_ledger(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "专利清单"
    ws["A1"] = "上海示范大学专利台账（截至2024年）"
    ws.merge_cells("A1:K1")
    ws.append(["序号", "专利名称", "专利类型", "专利信息", None, None, "授权日期", "学院", "经费来源", "第一发明人", "备注"])
    ws.append([None, None, None, "专利（申请）号", "专利号", "申请 日期", None, None, None, None, None])
    rows = [
        [1, "高熵合金", "", 202210567802, None, "2022年5月", "2023.12", "材料学院", "国家自然科学基金面上项目", "王伟", None],
        [2, "涂层工艺", "发明", 2.02310012345e11, "ZL202310012345." + app_no(2023, 1, 12345)[-1], 2023.03, 2015.1,
         "材料学院", "企业委托", "李娜", None],
        [3, "传感芯片", "实用新型", app_no(2023, 1, 777), "CN117000777B", 45000, "—", "电子学院", "校内自主", "张敏", None],
        [4, "校验位错", "发明", "２０２３ １０００ ８８８８．０", None, "2023/12/5", "待授权", "电子学院", "个人垫付", "刘强", None],
        [5, "只有年份", None, app_no(2023, 2, 999), None, 2023, 0, "机械学院", "上海市科委", "陈静", None],
        [6, "未知日期", "外观设计", app_no(2022, 3, 5), None, "去年春天", "/", "设计学院", "横向课题", "杨洋", None],
        [None] * 11,
        [None, "合计", None, None, None, None, None, None, None, None, "6 项"],
        ["注：本表由各学院填报，技术转移中心汇总。"],
        ["填表人：张三", None, None, None, None, None, None, None, None, None, "2024-01-05"],
    ]
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_university_ledger_numbers_dates_funding_and_notes(db, tmp_path):
    plan, batch_id = ei.import_file(db, university_ledger(tmp_path / "u.xlsx"))
    assert plan.layouts[0].header_rows == [2, 3] and len(plan.added) == 6
    reasons = [reason for _, _, reason in plan.skipped]
    assert reasons == ["空行", "合计行", "说明行“注：本表由各学院填报，技术转移中心汇总。”", "说明行“填表人：张三”"]
    rows = _rows(db)
    alloy = rows["高熵合金"]  # a number cell without check digit; type from the type digit (1 = invention)
    assert (alloy["application_no"], alloy["type"]) == (app_no(2022, 1, 567802), "invention")
    assert (alloy["filing_date"], alloy["filing_date_precision"]) == ("2022-05", "month")
    assert (alloy["grant_date"], alloy["grant_date_precision"], alloy["legal_status"]) == ("2023-12", "month", "granted")
    assert json.loads(alloy["extra"])["经费来源"] == "纵向"
    coating = rows["涂层工艺"]  # 2.02310012345E+11 read as an integer; the ZL number is the patent number
    assert coating["application_no"] == app_no(2023, 1, 12345) and coating["patent_no"] == "ZL" + app_no(2023, 1, 12345)
    assert (coating["filing_date"], coating["filing_date_precision"]) == ("2023-03", "month")  # 2023.03 typed as a number
    assert (coating["grant_date"], coating["grant_date_precision"]) == ("2015", "year")  # 2015.1: January or October
    assert [f["kind"] for f in _flags(db, "涂层工艺")] == ["ambiguous_date"]
    assert json.loads(coating["extra"])["经费来源"] == "横向"
    chip = rows["传感芯片"]  # a publication number in the patent-number column is never stored as the patent number
    assert chip["patent_no"] == "ZL" + app_no(2023, 1, 777)  # made of the application number (kind B: granted)
    assert json.loads(chip["extra"])["公开（公告）号"] == "CN117000777B"  # kept as what it is
    assert (chip["legal_status"], chip["filing_date"]) == ("granted", "2023-03-15")
    kinds = {f["kind"] for f in _flags(db, "传感芯片")}
    assert kinds == {"wrong_number", "type"}  # and 实用新型 contradicts the type digit 1
    wrong = rows["校验位错"]  # full-width digits and spaces; the check digit does not match: kept as written
    assert wrong["application_no"] == "202310008888.0" and wrong["filing_date"] == "2023-12-05"
    assert wrong["application_no_as_written"] == "２０２３ １０００ ８８８８．０"  # the text as written, beside it
    assert wrong["legal_status"] == "pending" and wrong["grant_date"] is None  # 待授权 is a placeholder
    wrong_flags = {f["kind"]: f for f in _flags(db, "校验位错")}
    assert set(wrong_flags) == {"check_digit", "unmapped_value"}
    assert wrong_flags["check_digit"]["cell"] == "专利清单!D7" and wrong_flags["unmapped_value"]["original"] == "个人垫付"
    assert json.loads(wrong["extra"])["经费来源"] == "个人垫付"  # kept raw
    year_only = rows["只有年份"]
    assert (year_only["filing_date"], year_only["filing_date_precision"], year_only["type"]) == ("2023", "year", "utility_model")
    assert json.loads(year_only["extra"])["经费来源"] == "纵向"
    unknown = rows["未知日期"]
    assert unknown["filing_date"] is None and json.loads(unknown["extra"])["申请日期"] == "去年春天"
    assert [f["cell"] for f in _flags(db, "未知日期")] == ["专利清单!F9"]

    out = tmp_path / "report.xlsx"
    counts = write_import_report(plan, out)
    sheet = openpyxl.load_workbook(out)["待核对"]
    cells = [row[0].value for row in sheet.iter_rows(min_row=2)]
    assert counts["待核对"] == len(cells) == db.scalar("SELECT count(*) FROM review_flags")
    assert "专利清单!D7" in cells and "专利清单!F9" in cells

    before = _counts(db)
    plan, second = ei.import_file(db, tmp_path / "u.xlsx")
    assert second is None and (len(plan.added), len(plan.updated)) == (0, 0) and _counts(db) == before  # nothing changes


# -- an enterprise 专利台账, an annual-fee list and a deal list in one workbook ---------------------------
def enterprise_workbook(path: Path) -> Path:
    return _xlsx(path, {
        "专利台账": [
            ["专利名称", "专利类型", "专利号", "证书号", "授权公告日", "专利权人", "部门", "法律状态"],
            ["节能电机", "发明专利", "ZL" + app_no(2019, 1, 31), "第3456789号", "2021-06-01", "某公司、上海示范大学", "研发部", "专利权维持"],
            ["散热外壳", "", "ZL" + app_no(2020, 3, 32), 5000001.0, "2021-01-05", "某公司", "研发部", "有效"],
        ],
        "年费": [
            ["申请号", "专利名称", "缴费年度", "应缴金额（元）", "缴费截止日"],
            [app_no(2019, 1, 31), "节能电机", "第6年", 2000, "2025-06-01"],
            [app_no(2021, 2, 33), "新的夹具", "第4年", 1200, "2025-07-01"],
        ],
        "转让清单": [
            ["合同编号", "专利名称", "专利号", "受让方", "合同金额（万元）", "签订日期"],
            ["HT-2024-01", "节能电机", "ZL" + app_no(2019, 1, 31), "某某科技有限公司", 50, "2024-03-01"],
        ],
    })


def test_enterprise_ledger_fee_and_deal_sheets_update_the_achievement_they_name(db, tmp_path):
    plan, _ = ei.import_file(db, enterprise_workbook(tmp_path / "e.xlsx"))
    assert [lay.sheet for lay in plan.layouts] == ["专利台账", "年费", "转让清单"]  # each by its own header
    rows = _rows(db)
    assert db.scalar("SELECT count(*) FROM achievements") == 3
    motor = rows["节能电机"]
    assert (motor["patent_no"], motor["application_no"], motor["legal_status"]) == (
        "ZL" + app_no(2019, 1, 31), app_no(2019, 1, 31), "granted")
    extra = json.loads(motor["extra"])
    assert extra["证书号"] == "第3456789号" and extra["缴费年度"] == "第6年" and extra["受让方"] == "某某科技有限公司"
    assert extra["合同金额（万元）"] == "50" and extra["合同编号"] == "HT-2024-01"
    assert motor["holder"] == "某公司；上海示范大学"
    shell = rows["散热外壳"]  # type column empty: the type digit 3 says design; the certificate number stays apart
    assert (shell["type"], shell["patent_no"]) == ("design", "ZL" + app_no(2020, 3, 32))
    assert json.loads(shell["extra"])["证书号"] == "5000001"
    assert rows["新的夹具"]["type"] == "utility_model"  # a fee row for an unknown patent creates it
    assert [f for _, f in plan.flags if f.kind == "duplicate"] == []  # fee and deal rows name a ledger patent: one record


def test_a_key_repeated_on_one_sheet_gives_one_record_and_a_flag(db, tmp_path):
    path = _xlsx(tmp_path / "d.xlsx", {"台账": [
        ["专利名称", "申请号", "备注"],
        ["节能电机", app_no(2019, 1, 31), "第一次"],
        ["节能电机（重复）", "ZL" + app_no(2019, 1, 31), "第二次"],
    ]})
    plan, _ = ei.import_file(db, path)
    assert db.scalar("SELECT count(*) FROM achievements") == 1
    flags = _flags(db, "节能电机")
    assert [f["kind"] for f in flags] == ["duplicate"] and flags[0]["cell"] == "台账!3:3"
    assert "节能电机（重复）" in flags[0]["reason"]
    assert json.loads(_rows(db)["节能电机"]["extra"])["备注"] == "第一次；第二次"


# -- re-import: per-field merge --------------------------------------------------------------------
def test_reimport_keeps_a_clerks_correction_updates_source_changes_and_flags_conflicts(db, tmp_path):
    header = ["成果名称", "成果类型", "申请号", "法律状态", "所属学院", "关键词"]
    first = [["甲", "发明", app_no(2023, 1, 41), "审中", "材料学院", "合金"],
             ["乙", "发明", app_no(2023, 1, 42), "审中", "材料学院", "涂层"],
             ["丙", "发明", app_no(2023, 1, 43), "审中", "材料学院", "芯片"]]
    ei.import_file(db, _xlsx(tmp_path / "v1.xlsx", {"台账": [header, *first]}))
    ids = {r["name"]: r["id"] for r in db.query("SELECT id, name FROM achievements")}
    db.execute("UPDATE achievements SET department = '材料科学与工程学院' WHERE id = ?", (ids["甲"],))  # the clerk's fix
    db.execute("UPDATE achievements SET keywords = '功能涂层' WHERE id = ?", (ids["丙"],))
    second = [["甲", "发明", app_no(2023, 1, 41), "审中", "材料学院", "合金"],           # unchanged at the source
              ["乙", "发明", app_no(2023, 1, 42), "有效", "材料学院", "涂层"],           # the source changed
              ["丙", "发明", app_no(2023, 1, 43), "审中", "材料学院", "芯片封装"]]       # both changed
    plan, _ = ei.import_file(db, _xlsx(tmp_path / "v2.xlsx", {"台账": [header, *second]}))
    rows = _rows(db)
    assert rows["甲"]["department"] == "材料科学与工程学院"
    assert (rows["乙"]["legal_status"], rows["乙"]["attribute"]) == ("granted", "granted")
    assert plan.rows[1].diff["legal_status"] == ("pending", "granted")
    assert rows["丙"]["keywords"] == "功能涂层"
    conflict = _flags(db, "丙")
    assert [f["kind"] for f in conflict] == ["conflict"] and "功能涂层" in conflict[0]["reason"] and "芯片封装" in conflict[0]["reason"]
    assert db.scalar("SELECT count(*) FROM achievements") == 3
    before = _counts(db)
    ei.import_file(db, tmp_path / "v2.xlsx")
    assert _counts(db) == before


def test_reimport_after_edits_in_the_forms_keeps_them_and_flags_what_the_file_also_changed(db, tmp_path):
    """The clerk's edits through the app (a field, the inventors, a column the first file did not
    have) survive a re-import; where the file changed the same thing, a conflict flag holds both."""
    from kjcg_desktop.storage import achievements

    header = ["成果名称", "成果类型", "申请号", "法律状态", "发明人", "摘要"]
    summary = "本发明公开了一种用于海洋平台的长效防腐涂层及其制备方法，涂层由底漆和面漆组成" * 2
    first = [["甲", "发明", app_no(2023, 1, 51), "审中", "王伟、李娜", summary],
             ["乙", "发明", app_no(2023, 1, 52), "审中", "张敏", summary],
             ["丙", "发明", app_no(2023, 1, 53), "审中", "刘强", summary]]
    ei.import_file(db, _xlsx(tmp_path / "v1.xlsx", {"台账": [header, *first]}))
    ids = {r["name"]: r["id"] for r in db.query("SELECT id, name FROM achievements")}
    achievements.update_achievement(db, ids["甲"], {"summary": "由学院核对后的摘要"})
    achievements.set_inventors(db, ids["乙"], [{"name": "张敏"}, {"name": "赵强"}])
    achievements.update_achievement(db, ids["丙"], {"department": "材料学院"})  # a column the file does not have
    second = [["甲", "发明", app_no(2023, 1, 51), "审中", "王伟、李娜", summary + "（修订）"],   # both changed the summary
              ["乙", "发明", app_no(2023, 1, 52), "有效", "张敏、钱芳", summary],              # both changed the inventors
              ["丙", "发明", app_no(2023, 1, 53), "有效", "刘强", summary]]                    # only the file changed
    ei.import_file(db, _xlsx(tmp_path / "v2.xlsx", {"台账": [[*header], *second]}))
    rows = _rows(db)
    assert rows["甲"]["summary"] == "由学院核对后的摘要"
    assert [f["kind"] for f in _flags(db, "甲")] == ["conflict"] and "（修订）" in _flags(db, "甲")[0]["reason"]
    assert [r["name"] for r in db.query("SELECT name FROM inventors WHERE achievement_id = ? ORDER BY position",
                                        (ids["乙"],))] == ["张敏", "赵强"]
    assert rows["乙"]["legal_status"] == "granted"
    assert [f["field"] for f in _flags(db, "乙")] == ["inventors"]
    assert (rows["丙"]["department"], rows["丙"]["legal_status"]) == ("材料学院", "granted") and not _flags(db, "丙")
    before = _counts(db)
    plan, batch = ei.import_file(db, tmp_path / "v2.xlsx")
    assert batch is None and plan.unchanged == 3 and _counts(db) == before


def test_the_merge_base_keeps_a_digest_not_a_second_copy_of_the_row(db, tmp_path):
    summary = "一种基于深度学习的医学影像分割方法，包括数据预处理、网络训练与后处理三个步骤" * 3
    path = _xlsx(tmp_path / "v1.xlsx", {"台账": [["成果名称", "申请号", "摘要", "经费来源", "备注"],
                                                 ["影像分割", app_no(2022, 1, 61), summary, "纵向", "重点项目"]]})
    ei.import_file(db, path)
    row = _rows(db)["影像分割"]
    assert summary not in row["import_source"] and "重点项目" not in row["import_source"]
    # only what the file did not give (the record holds a generated number and default transfer tags)
    assert json.loads(row["import_source"])["base"] == {"ledger_no": None, "transfer_status": None, "transfer_count": None,
                                                        "inventors": None}
    db.execute("UPDATE achievements SET summary = '另一个摘要' WHERE id = ?", (row["id"],))  # any writer
    kept = json.loads(db.scalar("SELECT import_source FROM achievements WHERE id = ?", (row["id"],)))
    assert kept["base"]["summary"] == summary and kept["complete"] is True


def _odd_rows(path: Path) -> Path:
    """Rows without a name, a repeated key with more facts on the second row, a ledger number and a
    transfer status on some rows only."""
    return _xlsx(path, {"台账": [
        ["台账编号", "成果名称", "申请号", "转化状态", "发明人", "备注"],
        [None, None, app_no(2020, 1, 81), None, None, None],
        ["KJ-7", "甲", app_no(2020, 1, 82), "已转化", "王伟", "一"],
        [None, "甲（重复）", "ZL" + app_no(2020, 1, 82), None, "王伟、李娜", "二"],
        [None, None, None, None, "张敏", "只有发明人"],
    ]})


@pytest.mark.parametrize("build", [cnipa_export, incopat_export, patsnap_export, university_ledger, enterprise_workbook,
                                   _odd_rows])
def test_the_base_of_a_new_record_is_what_the_general_merge_base_gives(db, tmp_path, build):
    """The short path for added records agrees with the field-by-field comparison, on every export
    shape (numbers filled in, name placeholders, rows merged from repeated keys, several sheets)."""
    from kjcg_desktop.services.importing.merge import merge_base, source_digest

    book = ei.open_workbook(build(tmp_path / "x.xlsx"))
    plan = ei.build_plan(db, book, ei.layouts_for(book))
    assert plan.added
    for row in plan.added:
        assert row.values["import_source"] == merge_base(row.source, row.values, source_digest(row.source))


def test_records_whose_merge_base_is_a_copy_of_the_row_still_merge(db, tmp_path):
    """Ledgers imported before the base was a digest keep their copy of the source row until the
    row changes: an unchanged file is still recognised without reading the records, and a change
    merges on the copy."""
    from kjcg_desktop.services.importing.merge import source_json

    header = ["成果名称", "申请号", "法律状态", "所属学院"]
    ei.import_file(db, _xlsx(tmp_path / "v1.xlsx", {"台账": [header, ["甲", app_no(2021, 1, 71), "审中", "材料学院"]]}))
    row = _rows(db)["甲"]
    copy = {"name": "甲", "application_no": row["application_no"], "legal_status": "pending", "department": "材料学院",
            "type": "invention"}
    db.execute("UPDATE achievements SET import_source = ? WHERE id = ?", (source_json(copy), row["id"]))
    plan, batch = ei.import_file(db, tmp_path / "v1.xlsx")
    assert batch is None and plan.unchanged == 1
    db.execute("UPDATE achievements SET department = '材料科学与工程学院' WHERE id = ?", (row["id"],))
    ei.import_file(db, _xlsx(tmp_path / "v2.xlsx", {"台账": [header, ["甲", app_no(2021, 1, 71), "有效", "材料学院"]]}))
    after = _rows(db)["甲"]
    assert (after["legal_status"], after["department"]) == ("granted", "材料科学与工程学院")
    assert after["import_source"].startswith('{"#"')


def test_reimport_of_software_rows_adds_nothing(db, tmp_path):
    sheet = {"软著": [["软件名称", "登记号", "著作权人", "登记日期", "版权类型"],
                     ["分析软件V1.0", "2023SR0123456", "上海示范大学", "2023-07-01", "计算机软件著作权"],
                     ["无登记号的软件", None, "上海示范大学", None, "软件著作权"]]}
    path = _xlsx(tmp_path / "s.xlsx", sheet)
    ei.import_file(db, path)
    before = _counts(db)
    plan, batch = ei.import_file(db, path)
    assert batch is None and plan.unchanged == 2 and _counts(db) == before


# -- two imports at once ----------------------------------------------------------------------------
@pytest.mark.sqlite_only  # drives the SQLite file by its path
def test_two_imports_planned_at_once_never_duplicate(db, db_path, tmp_path):
    from kjcg_desktop.storage import open_database

    path = cnipa_export(tmp_path / "c.xlsx")
    other = open_database(db_path)
    try:
        book_a, book_b = ei.open_workbook(path), ei.open_workbook(path)
        plan_a = ei.build_plan(db, book_a, ei.layouts_for(book_a))
        plan_b = ei.build_plan(other, book_b, ei.layouts_for(book_b))
        assert ei.commit_plan(db, plan_a) is not None
        with pytest.raises(repo.ImportConflictError, match="没有写入任何内容"):
            ei.commit_plan(other, plan_b)
    finally:
        other.close()
    assert db.scalar("SELECT count(*) FROM achievements") == 4


@pytest.mark.sqlite_only  # drives the SQLite file by its path
def test_generated_ledger_numbers_taken_meanwhile_are_given_again(db, db_path, tmp_path):
    from kjcg_desktop.storage import open_database

    a = _xlsx(tmp_path / "a.xlsx", {"台账": [["成果名称", "成果类型"], ["甲", "专有技术"]]})
    b = _xlsx(tmp_path / "b.xlsx", {"台账": [["成果名称", "成果类型"], ["乙", "专有技术"]]})
    other = open_database(db_path)
    try:
        book_a, book_b = ei.open_workbook(a), ei.open_workbook(b)
        plan_a = ei.build_plan(db, book_a, ei.layouts_for(book_a))
        plan_b = ei.build_plan(other, book_b, ei.layouts_for(book_b))
        ei.commit_plan(db, plan_a)
        ei.commit_plan(other, plan_b)
    finally:
        other.close()
    assert sorted(r[0] for r in db.query("SELECT ledger_no FROM achievements")) == ["KJCG-2026-00001", "KJCG-2026-00002"]


# -- hostile numbers, dry run, profiles --------------------------------------------------------------
def test_numbers_out_of_range_are_flagged_on_their_row(db, tmp_path):
    path = _xlsx(tmp_path / "n.xlsx", {"台账": [
        ["成果名称", "成果类型", "转化次数", "资产价值（元）"],
        ["甲", "发明", 2**63, 1e19],
        ["乙", "发明", 3, 100],
        ["丙", "发明", float("inf"), None],
    ]})
    plan, _ = ei.import_file(db, path)
    rows = _rows(db)
    assert set(rows) == {"甲", "乙", "丙"} and rows["乙"]["transfer_count"] == 3 and rows["甲"]["transfer_count"] == 0
    assert {f["field"] for f in _flags(db, "甲")} == {"transfer_count", "asset_value_fen"}
    assert all(f["kind"] == "out_of_range" for f in _flags(db, "甲"))
    assert float(json.loads(rows["甲"]["extra"])["转化次数"]) == 2**63  # kept as the cell holds it


def test_dry_run_reports_what_the_real_run_does_and_saves_no_profile(db_path, tmp_path, capsys):
    path = university_ledger(tmp_path / "u.xlsx")
    code = cli.main(["--db", str(db_path), "import", str(path), "--dry-run", "--json", "--save-profile", "甲方案"])
    dry = json.loads(capsys.readouterr().out)
    assert code == 0 and dry["batch_id"] is None and dry["profile_saved"] is False
    from kjcg_desktop.storage import open_database

    db = open_database(db_path)
    assert db.scalar("SELECT count(*) FROM achievements") == 0 and repo.load_profiles(db) == {}
    db.close()
    code = cli.main(["--db", str(db_path), "import", str(path), "--json", "--save-profile", "甲方案"])
    real = json.loads(capsys.readouterr().out)
    same = ("added", "updated", "unchanged", "skipped", "skipped_rows", "flags", "flagged_rows")
    assert {k: dry[k] for k in same} == {k: real[k] for k in same}
    db = open_database(db_path)
    assert db.scalar("SELECT count(*) FROM achievements") == real["added"] and "甲方案" in repo.load_profiles(db)
    db.close()


# -- file formats -------------------------------------------------------------------------------------
def _xls(path: Path, rows: list[list]) -> Path:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("专利")
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is not None:
                sheet.write(r, c, v)
    book.save(str(path))
    return path


def _ods(path: Path, rows: list[list]) -> Path:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="专利")
    for row in rows:
        tr = TableRow()
        for v in row:
            if isinstance(v, (int, float)):
                cell = TableCell(valuetype="float", value=v)
            else:
                cell = TableCell(valuetype="string")
            if v is not None:
                cell.addElement(P(text=str(v)))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


FORMAT_ROWS = [["专利名称", "专利类型", "申请号", "申请日", "法律状态"],
               ["一种高强度铝合金", "发明专利", 202210567802, "2022-05-06", "有效"],
               ["一种夹持装置", "", app_no(2022, 2, 654321), "2022.6", "审中"]]


@pytest.mark.parametrize("kind", ["xls", "ods", "csv-gbk", "csv-utf8-bom", "csv-utf16"])
def test_xls_ods_and_csv_in_any_chinese_encoding(db, tmp_path, kind):
    if kind == "xls":
        path = _xls(tmp_path / "t.xls", FORMAT_ROWS)
    elif kind == "ods":
        path = _ods(tmp_path / "t.ods", FORMAT_ROWS)
    else:
        text = "\n".join(",".join(str(v) for v in row) for row in FORMAT_ROWS) + "\n"
        encoding = {"csv-gbk": "gbk", "csv-utf8-bom": "utf-8-sig", "csv-utf16": "utf-16"}[kind]
        path = tmp_path / "t.csv"
        path.write_bytes(text.encode(encoding))
    assert ei.check_file(path) == kind.split("-")[0]
    ei.import_file(db, path)
    rows = _rows(db)
    alloy = rows["一种高强度铝合金"]
    assert (alloy["application_no"], alloy["type"], alloy["legal_status"]) == (app_no(2022, 1, 567802), "invention", "granted")
    clamp = rows["一种夹持装置"]
    assert (clamp["type"], clamp["filing_date"], clamp["attribute"]) == ("utility_model", "2022-06", "ungranted")


def test_an_ods_is_never_called_a_damaged_excel_file(tmp_path):
    path = _ods(tmp_path / "t.ods", FORMAT_ROWS)
    broken = tmp_path / "broken.ods"
    broken.write_bytes(path.read_bytes()[:200])
    with pytest.raises(ei.ImportFileError) as info:
        ei.open_workbook(broken)
    assert "Excel" not in str(info.value)
    text = tmp_path / "x.odt"
    import zipfile

    with zipfile.ZipFile(text, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<x/>")
    with pytest.raises(ei.ImportFileError, match="不是电子表格"):
        ei.open_workbook(text)


def test_csv_encoding_is_found_without_asking():
    text = "成果名称,申请号\n一种方法,202210567802.X\n"
    for encoding in ("utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"):
        decoded, _ = wb_module.decode_text(text.encode(encoding))
        assert decoded.lstrip("\ufeff") == text


# -- the vocabulary and the readers ---------------------------------------------------------------------
@pytest.mark.parametrize(("cell", "kind", "normalised", "check_ok"), [
    (202210567802, "application", "202210567802." + app_no(2022, 1, 567802)[-1], None),
    (2.02210567802e11, "application", "202210567802." + app_no(2022, 1, 567802)[-1], None),
    ("2.02210567802E+11", "application", "202210567802." + app_no(2022, 1, 567802)[-1], None),
    ("ZL " + app_no(2022, 1, 567802), "patent", app_no(2022, 1, 567802), True),
    ("CN" + app_no(2022, 1, 567802).replace(".", ""), "application", app_no(2022, 1, 567802), True),
    ("０３１２３４５６．" + app_no(2003, 1, 0)[-1], "application", None, None),
    ("98123456X", "application", "98123456.X", None),
    ("CN115123456B", "publication", "CN115123456B", None),
    ("CN1340998A", "publication", "CN1340998A", None),
    ("2023SR0123456", "registration", "2023SR0123456", None),
    ("WO2023123456A1", "foreign", "WO2023123456A1", None),
    ("US11223344B2", "foreign", "US11223344B2", None),
])
def test_which_number_is_which(cell, kind, normalised, check_ok):
    reading = read_number(cell)
    assert reading.kind == kind
    if normalised is not None:
        assert reading.normalised == normalised
    if check_ok is not None:
        assert reading.check_ok is check_ok


def test_check_digits_of_both_number_forms():
    assert read_number("98123456X").check_ok is (app_no(98, 1, 23456).endswith("X"))
    digits = "202210567802"
    good = app_no(2022, 1, 567802)[-1]
    bad = "0" if good != "0" else "1"
    assert read_number(f"{digits}.{good}").check_ok is True and read_number(f"{digits}.{bad}").check_ok is False
    assert read_number(f"{digits}.{bad}").type_from_digit == "invention"
    assert read_number("CN" + app_no(2023, 2, 5)).type_from_digit == "utility_model"
    assert read_number(app_no(2023, 3, 5)).type_from_digit == "design"
    assert read_number("98223456.1").type_from_digit == "utility_model"  # 3rd digit of the 8-digit form


@pytest.mark.parametrize(("cell", "iso", "precision"), [
    ("2023年12月", "2023-12", "month"), ("2023-12", "2023-12", "month"), ("2023.12", "2023-12", "month"),
    (2015.03, "2015-03", "month"), (2015.1, "2015", "year"), ("2023", "2023", "year"), (2023, "2023", "year"),
    ("2023年", "2023", "year"), (45052, "2023-05-06", "day"), (20230506, "2023-05-06", "day"), ("2023/12/5", "2023-12-05", "day"),
    (date(2023, 5, 6), "2023-05-06", "day"), (202312, "2023-12", "month"),
])
def test_dates_with_their_precision(cell, iso, precision):
    reading = read_date(cell)
    assert (reading.iso, reading.precision) == (iso, precision)


@pytest.mark.parametrize("cell", [0, "—", "/", "无", "待授权", "", "--", "N/A"])
def test_date_placeholders_mean_none(cell):
    assert read_date(cell) is None


def test_ambiguous_month_is_said():
    assert "10 月" in read_date(2015.1).ambiguous and read_date(2015.10).ambiguous is not None
    assert read_date("2015.1").ambiguous is not None and read_date("2015.01").ambiguous is None  # a CSV of a number cell


@pytest.mark.parametrize(("text", "label"), [
    ("国家自然科学基金", "纵向"), ("国家重点研发计划课题", "纵向"), ("上海市科委", "纵向"), ("企业委托", "横向"),
    ("横向课题", "横向"), ("校内自主", "自筹"), ("自筹", "自筹"), ("财政资金", "纵向"), ("国家社科基金", "纵向"),
    ("省自然科学基金", "纵向"), ("国家电网公司委托", "横向"), ("市级科研项目", "纵向"),
])
def test_funding_vocabulary(text, label):
    assert ei.to_funding(text) == (label, text)


@pytest.mark.parametrize("text", ["个人垫付", "某某神秘基金", "腾讯公益基金会", "国家"])
def test_unmapped_funding_raises_for_a_flag(text):
    """A foundation of unknown kind (private and enterprise foundations too) is not guessed."""
    with pytest.raises(ei.ImportValueError, match="无法归类"):
        ei.to_funding(text)


def test_synonym_file_documents_every_spelling_by_source():
    syn = ei.synonyms()
    for key, sources in syn.sources.items():
        for source in sources:
            assert source in {"ledger", "CNIPA", "incoPat", "PatSnap", "Soopat", "innojoy", "佰腾", "Lens", "Google Patents",
                              "Espacenet", "Derwent", "万方", "CNKI"}, (key, source)
    for header in ("申请（专利权）人", "[标]当前申请(专利权)人", "专利权人/申请人名称", "著作权人", "当前权利人"):
        assert syn.by_header[ei.header_key(header)] == "holder"
    for header in ("学院", "院系", "所属单位", "二级机构", "部门"):
        assert syn.by_header[ei.header_key(header)] == "department"
    assert syn.by_header[ei.header_key("公开（公告）日")] == "publication_date"  # never the grant date
    assert syn.by_header[ei.header_key("公开(公告)号")] == "publication_no"  # never the patent number
    assert syn.by_header[ei.header_key("证书号")] == "certificate_no"


@pytest.mark.parametrize(("label", "value"), [
    ("授权发明", "invention"), ("发明申请", "invention"), ("发明公开", "invention"), ("发明授权", "invention"),
    ("实用新型", "utility_model"), ("外观设计", "design"), ("发明公开;发明授权", "invention"),
])
def test_database_type_labels(label, value):
    assert ei.to_type(label) == value


# -- the flag in the app ----------------------------------------------------------------------------------
def test_resolving_a_flag_clears_it_from_the_filter_and_is_kept_in_the_history(db, tmp_path):
    ei.import_file(db, university_ledger(tmp_path / "u.xlsx"))
    flagged = ledger.ledger_ids(db, {"needs_review": True})
    assert len(flagged) == len(flags_repo.flagged_ids(db)) >= 4
    target = db.one("SELECT a.id, f.id FROM review_flags f JOIN achievements a ON a.id = f.achievement_id "
                    "WHERE a.name = '未知日期'")
    flags_repo.resolve_flag(db, target[1], "已按申请文件补全申请日", by="张老师")
    assert target[0] not in ledger.ledger_ids(db, {"needs_review": True})
    event = db.one("SELECT * FROM events WHERE entity = 'achievement' AND entity_id = ? AND action = 'review_flag_resolved'",
                   (target[0],))
    assert event is not None and "已按申请文件补全申请日" in event["new"]
    with pytest.raises(Exception, match="已于"):
        flags_repo.resolve_flag(db, target[1], "再次")
    before = _counts(db)
    ei.import_file(db, tmp_path / "u.xlsx")  # the resolved flag is not raised again
    assert _counts(db) == before


@pytest.mark.sqlite_only  # drives the SQLite file by its path
def test_a_locked_database_is_a_chinese_message_and_nothing_is_written(db, db_path, tmp_path, capsys):
    import sqlite3

    path = cnipa_export(tmp_path / "c.xlsx")
    holder = sqlite3.connect(db_path, timeout=0)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    try:
        db.execute("PRAGMA busy_timeout = 100")
        book = ei.open_workbook(path)
        plan = ei.build_plan(db, book, ei.layouts_for(book))
        with pytest.raises(repo.StorageError, match="没有写入任何内容"):
            ei.commit_plan(db, plan)
    finally:
        holder.rollback()
        holder.close()
    assert db.scalar("SELECT count(*) FROM achievements") == 0


def test_cli_report_is_written_before_the_import_and_never_over_the_source(db_path, tmp_path, capsys):
    from excel_helpers import bad_rows_ledger

    from kjcg_desktop.storage import open_database

    source = bad_rows_ledger(tmp_path / "b.xlsx")
    code = cli.main(["--db", str(db_path), "import", str(source), "--report", str(tmp_path / "r.xlsx"), "--json"])
    result = json.loads(capsys.readouterr().out)
    assert code == 0 and result["report"] == str(tmp_path / "r.xlsx") and result["batch_id"] is not None
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert book["待核对"].max_row == 1 + len(result["flags"]) and book["待核对"]["A2"].value.startswith("台账!")
    assert not any(c.data_type == "f" for ws in book for row in ws.iter_rows() for c in row)
    taken = tmp_path / "taken.xlsx"
    taken.mkdir()  # the report cannot be saved under this name
    other = tmp_path / "other.sqlite3"
    code = cli.main(["--db", str(other), "--create", "import", str(source), "--report", str(taken)])
    err = capsys.readouterr().err
    db = open_database(other)
    assert db.scalar("SELECT count(*) FROM achievements") == 0  # nothing imported when the report cannot be written
    db.close()
    assert code == 1 and "无法写入" in err
    before = source.read_bytes()
    code = cli.main(["--db", str(other), "--create", "import", str(source), "--report", str(source)])
    assert code == 1 and "正在读取的文件" in capsys.readouterr().err and source.read_bytes() == before


def test_ledger_and_finance_exports_survive_month_only_dates(db, tmp_path):
    from kjcg_desktop.services import excel_export as ee

    ei.import_file(db, university_ledger(tmp_path / "u.xlsx"))
    db.execute("UPDATE achievements SET is_intangible_asset = 1")
    assert ee.export_ledger(db, tmp_path / "l.xlsx") == 6
    ee.export_finance(db, tmp_path / "f.xlsx", year=2024)


def test_university_template_headers_with_notes_in_brackets(db, tmp_path):
    """University ledger templates put the expected form in brackets after the header name."""
    from kjcg_desktop.domain.ip_numbers import check_digit

    digits = "201910000001"
    path = tmp_path / "模板.csv"
    path.write_text("专利名称（中文）,申请号（专利号）,专利类型（发明/实用新型/外观设计）,申请日期（年/月/日）,授权日期(年-月-日),"
                    "法律状态（有效/失效/审中）,所在学院（部门）,发明人/设计人,申请人（专利权人）\n"
                    f"一种电池,{digits}.{check_digit(digits)},发明,2019/1/2,2021/3/4,有效,材料学院,张三、李四,某大学\n",
                    encoding="utf-8-sig")
    ei.import_file(db, path)
    row = db.one("SELECT * FROM achievements")
    assert (row["name"], row["application_no"], row["type"], row["filing_date"], row["grant_date"], row["legal_status"],
            row["attribute"]) == ("一种电池", f"{digits}.{check_digit(digits)}", "invention", "2019-01-02", "2021-03-04",
                                  "granted", "granted")
    assert row["department"] == "材料学院"


def test_csv_with_a_quote_never_closed_keeps_every_line_and_a_huge_cell_imports(db, tmp_path):
    from kjcg_desktop.domain.ip_numbers import check_digit

    nos = [f"20191000000{i}" for i in (1, 2, 3)]
    path = tmp_path / "quote.csv"
    lines = [f"{name},{no}.{check_digit(no)},授权" for name, no in zip(['"乙', "丙", "丁"], nos, strict=True)]
    path.write_text("专利名称,申请号,法律状态\n" + "\n".join(lines) + "\n", encoding="utf-8")
    ei.import_file(db, path)
    assert db.scalar("SELECT count(*) FROM achievements") == 3  # the stray quote swallows no line
    long_text = "字" * 200_000
    big = tmp_path / "big.csv"
    big.write_text(f"专利名称,摘要\n甲,{long_text}\n", encoding="utf-8")
    plan, _ = ei.import_file(db, big)
    assert db.scalar("SELECT count(*) FROM achievements") == 4


def test_a_negative_asset_value_is_flagged_not_stored(db, tmp_path):
    path = tmp_path / "asset.csv"
    path.write_text("专利名称,账面价值（元）\n甲,-5\n乙,1200\n", encoding="utf-8")
    plan, _ = ei.import_file(db, path)
    rows = {r["name"]: r["asset_value_fen"] for r in db.query("SELECT name, asset_value_fen FROM achievements")}
    assert rows == {"甲": None, "乙": 120000}
    assert any(f.field == "asset_value_fen" and f.original == "-5" for _, f in plan.flags)


def test_a_bare_state_column_on_a_deal_list_is_the_contract_state(db, tmp_path):
    """#19: deal and fee sheets keep their own columns as extra fields — 已登记 there is the contract."""
    from kjcg_desktop.domain.ip_numbers import check_digit

    no = "201910000001"
    path = tmp_path / "deals.csv"
    path.write_text("申请号,专利名称,合同名称,受让方,合同金额（万元）,签订日期,状态\n"
                    f"{no}.{check_digit(no)},一种待审方法,专利申请权转让合同,甲公司,50,2024-05-01,已登记\n", encoding="utf-8")
    ei.import_file(db, path)
    row = db.one("SELECT legal_status, attribute, extra FROM achievements")
    assert row["legal_status"] != "granted" and row["attribute"] == "ungranted"
    assert "已登记" in row["extra"]


def test_a_bad_check_digit_is_stored_normalised_and_flagged(db, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("专利名称,申请号\n甲,CN201820000002.8\n", encoding="utf-8")   # the check digit should be 4
    plan, _ = ei.import_file(db, path)
    row = db.one("SELECT application_no, application_no_as_written FROM achievements")
    assert (row["application_no"], row["application_no_as_written"]) == ("201820000002.8", "CN201820000002.8")
    assert [f.kind for _, f in plan.flags if f.field == "application_no"] == ["check_digit"]


# -- clerk trial: people, numbers, registration numbers, headers -----------------------------------
def _inventors(db) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in db.query("SELECT a.name, i.name AS person FROM inventors i JOIN achievements a ON a.id = i.achievement_id "
                      "ORDER BY a.id, i.id"):
        out.setdefault(r["name"], []).append(r["person"])
    return out


def test_inventor_lists_as_databases_and_ledgers_write_them(db, tmp_path):
    """PatSnap/incoPat separate people with " | "; Chinese ledgers pad a two-character name to the
    width of three ("张  三"); Latin names keep their spaces; a run of two-character names separated
    by spaces is several people."""
    path = _xlsx(tmp_path / "people.xlsx", {"S": [
        ["专利名称", "申请号", "发明人", "[标]当前申请(专利权)人", "法律状态"],
        ["甲", app_no(2023, 1, 1234567), "张三 | 李四", "上海示范大学 | 上海某某新能源有限公司", "授权"],
        ["乙", app_no(2015, 1, 123456), "张  三、李  四、王小五", "上海示范大学", "授权"],
        ["丙", app_no(2019, 2, 987654), "John Smith; Jane Doe", "上海示范大学", "授权"],
        ["丁", app_no(2020, 1, 111111), "王伟 李娜 张敏", "上海示范大学", "授权"],
        ["戊", app_no(2021, 1, 222222), "买买提·艾力｜李娜\n张　敏", "上海示范大学", "授权"],
        ["己", app_no(2021, 1, 333333), "SMITH, John | DOE, Jane", "上海示范大学", "授权"],
    ]})
    ei.import_file(db, path)
    assert _inventors(db) == {"甲": ["张三", "李四"], "乙": ["张三", "李四", "王小五"], "丙": ["John Smith", "Jane Doe"],
                              "丁": ["王伟", "李娜", "张敏"], "戊": ["买买提·艾力", "李娜", "张敏"],
                              "己": ["SMITH, John", "DOE, Jane"]}
    assert _rows(db)["甲"]["holder"] == "上海示范大学；上海某某新能源有限公司"


def test_number_spellings_of_ledgers_and_numbers_excel_damaged(db, tmp_path):
    path = _xlsx(tmp_path / "numbers.xlsx", {"S": [
        ["专利名称", "申请号", "法律状态"],
        ["甲", "ZL202210567802·5", "有效"], ["乙", "ZL202120345678。9", "有效"],
        ["丙", 3123456.9, "有效"],              # 03123456.9 typed into a number cell
        ["丁", "202230123456.", "实质审查"],
        ["戊", "2.02211E+11", "实质审查"],       # the display form a CSV saved by Excel holds
    ]})
    plan, _ = ei.import_file(db, path)
    rows = _rows(db)
    assert {n: (r["application_no"], r["application_no_as_written"]) for n, r in rows.items()} == {
        "甲": ("202210567802.5", "ZL202210567802·5"), "乙": ("202120345678.9", "ZL202120345678。9"),
        "丙": ("03123456.9", "3123456.9"), "丁": ("202230123456.2", "202230123456."), "戊": (None, None)}
    assert (rows["甲"]["patent_no"], rows["丙"]["type"], rows["丁"]["type"]) == ("ZL202210567802.5", "invention", "design")
    number_flags = [f for _, f in plan.flags if f.field == "application_no"]
    assert [f.original for f in number_flags] == ["2.02211E+11"]
    assert "Excel" in number_flags[0].reason and "请从原始数据重新复制" in number_flags[0].reason
    assert "2.02211E+11" in rows["戊"]["extra"]


def test_the_flag_of_an_unreadable_application_number_does_not_contradict_itself(db, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("专利名称,申请号,专利号\n甲,申请中,\n乙,,软著登字第1234567号\n", encoding="utf-8")
    plan, _ = ei.import_file(db, path)
    reasons = {f.field: f.reason for _, f in plan.flags if f.field in ("application_no", "patent_no")}
    assert "（可能是申请号）" not in reasons["application_no"]
    assert "不是中国专利申请号的格式（应为 12 位或 8 位数字 + 校验位" in reasons["application_no"]
    assert "可能是证书号" in reasons["patent_no"]


def test_a_certificate_number_in_the_registration_column_is_kept_as_the_certificate_not_the_key(db, tmp_path):
    """#19 "Which number is which": 证书号 and 登记号 are different things. A 登记号 column of a software
    list holding 软著登字第…号 or the bare certificate number (a float after Excel) keeps it as 证书号 —
    evidence of the grant — flagged, never as the registration number nor the re-import key."""
    path = _xlsx(tmp_path / "software.xlsx", {"软件著作权": [
        ["软件名称", "登记号", "著作权人"],
        ["某管理系统V1.0", "软著登字第1234567号", "上海示范大学"],
        ["某分析软件V2.0", 5000001.0, "上海示范大学"],
        ["某平台V1.0", "2023SR0123456", "上海示范大学"],
    ]})
    plan, _ = ei.import_file(db, path)
    rows = _rows(db)
    assert {n: (r["type"], r["registration_no"], r["attribute"]) for n, r in rows.items()} == {
        "某管理系统V1.0": ("software", None, "granted"), "某分析软件V2.0": ("software", None, "granted"),
        "某平台V1.0": ("software", "2023SR0123456", "granted")}
    assert json.loads(rows["某管理系统V1.0"]["extra"])["证书号"] == "软著登字第1234567号"
    assert json.loads(rows["某分析软件V2.0"]["extra"])["证书号"] == "5000001"
    flagged = {(f.original, f.kind) for _, f in plan.flags if f.field == "registration_no"}
    assert flagged == {("软著登字第1234567号", "wrong_number"), ("5000001", "wrong_number")}
    assert not any(k.startswith("reg:") and "2023SR" not in k for r in plan.rows for k in r.keys)
    before = _counts(db)
    plan2, _ = ei.import_file(db, path)
    assert _counts(db)[:2] == before[:2] and not plan2.added


def test_a_registration_column_holding_neither_number_is_flagged_without_grant_evidence(db, tmp_path):
    path = tmp_path / "software.csv"
    path.write_text("软件名称,登记号\n某系统,待登记\n", encoding="utf-8")
    plan, _ = ei.import_file(db, path)
    row = db.one("SELECT registration_no, attribute, extra FROM achievements")
    assert (row["registration_no"], row["attribute"]) == (None, "ungranted")
    assert json.loads(row["extra"])["登记号"] == "待登记"
    assert [f.original for _, f in plan.flags if f.field == "registration_no"] == ["待登记"]


@pytest.mark.parametrize(("header", "field"), [
    ("标题(译)(简体中文)", "name"), ("标题 (中文)", "name"), ("摘要(译)(简体中文)", "summary"),   # PatSnap
    ("首次公开日", "publication_date"), ("专利有效性", "legal_status"),                          # incoPat
    ("软件著作权登记号", "registration_no"), ("专利授权日", "grant_date"), ("获授权时间", "grant_date"),  # ledgers
    ("第一发明人所在学院", "department"), ("有效性", "legal_status"), ("发明人姓名", "inventors"),
])
def test_headers_of_real_exports_and_ledgers_name_their_field(header, field):
    from kjcg_desktop.services.importing.layout import propose_mapping

    assert propose_mapping([header]) == [field]


def test_patsnap_translated_title_and_a_ledger_of_software_and_grant_dates(db, tmp_path):
    path = _xlsx(tmp_path / "mixed.xlsx", {
        "PatSnap": [["公开(公告)号", "申请号", "标题(译)(简体中文)", "发明人", "有效性"],
                    ["CN115123456B", "CN" + app_no(2022, 1, 567802), "一种电池正极材料", "王伟 | 李娜", "有效"]],
        "软著": [["软件名称", "软件著作权登记号", "第一发明人所在学院", "获授权时间"],
                 ["某平台V1.0", "2023SR0123456", "计算机学院", "2023-03-05"]],
    })
    plan, _ = ei.import_file(db, path)
    rows = _rows(db)
    assert set(rows) == {"一种电池正极材料", "某平台V1.0"}
    assert (rows["某平台V1.0"]["registration_no"], rows["某平台V1.0"]["department"], rows["某平台V1.0"]["grant_date"]) == (
        "2023SR0123456", "计算机学院", "2023-03-05")
    assert rows["一种电池正极材料"]["legal_status"] == "granted" and not plan.unmapped_columns


def test_cli_counts_say_what_they_count_and_the_report_names_the_field_in_chinese(db_path, tmp_path, capsys):
    """A PatSnap export with the same application number on two rows (the A publication and the B
    grant: one record, flagged as merged) and a row with a wrong check digit and a type column that
    contradicts the number's type digit (one record, two flags): 2 records, 3 flags."""
    no = app_no(2022, 1, 567802)
    path = _xlsx(tmp_path / "patsnap.xlsx", {"检索结果": [
        ["公开(公告)号", "申请号", "标题", "[标]当前申请(专利权)人", "简单法律状态", "专利类型"],
        ["CN115234567A", "CN" + no, "一种锂电池正极材料的制备方法", "某某大学 | 某某科技有限公司", "审中", "发明申请"],
        ["CN115234567B", "CN" + no, "一种锂电池正极材料的制备方法", "某某大学", "有效", "发明授权"],
        ["CN112000001B", "CN202011234567.0", "一种方法", "某某大学", "有效", "实用新型"],   # the check digit should be 7
    ]})
    report = tmp_path / "r.xlsx"
    assert cli.main(["--db", str(db_path), "import", str(path), "--report", str(report)]) == 0
    out = capsys.readouterr().out
    assert "2 条成果共 3 处待核对" in out and "待核对 2 条" not in out
    assert out.count("  待核对：") == 3 and "待核对 3 处" in out
    fields = [row[3] for row in openpyxl.load_workbook(report)["待核对"].iter_rows(min_row=2, values_only=True)]
    assert sorted(fields) == sorted(["整行", "申请号", "成果类型"])


# -- legal status and grant: clerk-trial cases -------------------------------------------------------
def _status_flags(db, name: str) -> list[str]:
    return [f["reason"] for f in _flags(db, name) if f["kind"] == "status"]


def test_patsnap_bare_lapse_without_grant_evidence_is_an_application_that_ended(db, tmp_path):
    """PatSnap 简单法律状态 writes 失效 for withdrawn and rejected applications too; only grant evidence
    makes it a lapsed right (#19: a kind-A publication number alone means not granted)."""
    path = _xlsx(tmp_path / "patsnap_lapse.xlsx", {"检索结果": [
        ["公开(公告)号", "申请号", "标题", "申请日", "公开(公告)日", "授权日", "简单法律状态", "专利类型"],
        ["CN110000001A", "CN" + app_no(2019, 1, 987654), "撤回的申请", "2019-06-01", "2019-12-01", "", "失效", "发明申请"],
        ["CN105000001B", "CN" + app_no(2015, 1, 123456), "未缴年费的专利", "2015-01-01", "2016-01-05", "2016-01-05", "失效",
         "发明授权"],
    ]})
    ei.import_file(db, path)
    rows = _rows(db)
    ended = rows["撤回的申请"]
    assert (ended["legal_status"], ended["attribute"], ended["patent_no"]) == ("withdrawn", "ungranted", None)
    assert len(_status_flags(db, "撤回的申请")) == 1 and "授权前终止的申请" in _status_flags(db, "撤回的申请")[0]
    lapsed = rows["未缴年费的专利"]
    assert (lapsed["legal_status"], lapsed["attribute"]) == ("lapsed", "granted")
    assert lapsed["patent_no"] == "ZL" + app_no(2015, 1, 123456) and _flags(db, "未缴年费的专利") == []


def test_validity_words_you_quan_wu_quan_fei_youxiao(db, tmp_path):
    """专利有效性 values of PatSnap/incoPat and ledgers: 有权 in force; 无权/非有效 no right now (lapsed
    with grant evidence, otherwise not granted); 专利权终止 lapsed. Never "无法识别"."""
    path = _xlsx(tmp_path / "validity.xlsx", {"S": [
        ["专利名称", "专利号", "申请号", "公开(公告)号", "法律状态"],
        ["无权专利", "ZL" + app_no(2017, 2, 1234), "", "", "无权"],
        ["非有效专利", "ZL" + app_no(2021, 2, 345679), "", "", "非有效"],
        ["有权专利", "ZL" + app_no(2022, 3, 123456), "", "", "有权"],
        ["终止专利", "ZL" + app_no(2016, 1, 5), "", "", "专利权终止"],
        ["无权的申请", "", "CN" + app_no(2019, 2, 987654), "CN110000001A", "无权"],
    ]})
    ei.import_file(db, path)
    got = {name: (r["legal_status"], r["attribute"]) for name, r in _rows(db).items()}
    assert got == {"无权专利": ("lapsed", "granted"), "非有效专利": ("lapsed", "granted"), "有权专利": ("granted", "granted"),
                   "终止专利": ("lapsed", "granted"), "无权的申请": ("withdrawn", "ungranted")}
    assert not any("无法识别" in r["reason"] for r in db.query("SELECT reason FROM review_flags"))
    assert [len(_status_flags(db, n)) for n in got] == [0, 0, 0, 0, 1]
    before = _counts(db)
    plan, second = ei.import_file(db, path)
    assert second is None and (len(plan.added), len(plan.updated)) == (0, 0) and _counts(db) == before


def test_patsnap_a_and_b_rows_of_one_application_merge_into_the_grant(db, tmp_path):
    """PatSnap lists the A publication and the B grant as two rows: one record, decided on both rows'
    evidence — the later legal event (the grant) wins; the duplicate flag names the status difference."""
    app = app_no(2022, 1, 567802)
    path = _xlsx(tmp_path / "patsnap_ab.xlsx", {"检索结果": [
        ["公开(公告)号", "申请号", "标题", "申请日", "公开(公告)日", "授权日", "简单法律状态", "法律状态/事件", "专利类型"],
        ["CN115234567A", "CN" + app, "一种锂电池正极材料的制备方法", "2022-05-06", "2022-08-30", "", "审中", "公开 | 实质审查",
         "发明申请"],
        ["CN115234567B", "CN" + app, "一种锂电池正极材料的制备方法", "2022-05-06", "2024-01-05", "2024-01-05", "有效",
         "实质审查 | 授权", "发明授权"],
    ]})
    ei.import_file(db, path)
    row = _rows(db)["一种锂电池正极材料的制备方法"]
    assert (row["legal_status"], row["attribute"], row["grant_date"], row["patent_no"]) == (
        "granted", "granted", "2024-01-05", "ZL" + app)
    flags = _flags(db, "一种锂电池正极材料的制备方法")
    assert [f["kind"] for f in flags] == ["duplicate"]
    assert "法律状态不同" in flags[0]["reason"] and "有效（已授权）" in flags[0]["reason"]
    before = _counts(db)
    plan, second = ei.import_file(db, path)
    assert second is None and (len(plan.added), len(plan.updated)) == (0, 0) and _counts(db) == before


def test_university_ledger_bare_application_number_in_the_patent_number_column(db, tmp_path):
    """University ledgers put every row's application number in 专利号: it is no grant evidence; the
    patent number (ZL + application number) is stored only for a granted row, with no false flag."""
    path = _xlsx(tmp_path / "ledger_pn.xlsx", {"专利台账": [
        ["序号", "专利名称", "专利号", "申请日", "授权日", "专利状态"],
        [1, "甲", int(app_no(2021, 2, 345678).split(".")[0]), "2021-02-03", "—", "实质审查"],
        [2, "乙", "CN" + app_no(2020, 1, 1234567), "2020-01-01", "", "待授权"],
        [3, "丙", app_no(2019, 2, 987654), "2019-06-01", "/", "驳回"],
        [4, "丁", app_no(2018, 1, 5), "2018-03-01", "2020-04-01", "授权"],
    ]})
    ei.import_file(db, path)
    rows = _rows(db)
    for name, status in (("甲", "pending"), ("乙", "pending"), ("丙", "rejected")):
        assert (rows[name]["legal_status"], rows[name]["attribute"], rows[name]["patent_no"]) == (status, "ungranted", None)
        assert _flags(db, name) == []
    granted = rows["丁"]
    assert (granted["legal_status"], granted["patent_no"], granted["patent_no_as_written"]) == (
        "granted", "ZL" + app_no(2018, 1, 5), app_no(2018, 1, 5))
    assert granted["application_no"] == app_no(2018, 1, 5) and _flags(db, "丁") == []
    before = _counts(db)
    plan, second = ei.import_file(db, path)
    assert second is None and (len(plan.added), len(plan.updated)) == (0, 0) and _counts(db) == before


def test_wholly_invalidated_patent_is_kept_not_in_force_and_flagged(db, tmp_path):
    """专利法第四十七条: a patent declared wholly invalid is deemed never to have existed — kept, not in
    force, flagged; 部分无效 keeps the right, noted, not flagged."""
    path = _xlsx(tmp_path / "invalid.xlsx", {"S": [
        ["标题", "申请号", "授权日", "法律状态/事件"],
        ["全部无效的专利", "CN" + app_no(2015, 1, 123456), "2016-01-05", "授权 | 全部无效"],
        ["只写全部无效", "CN" + app_no(2014, 1, 123), "", "全部无效"],
        ["部分无效的专利", "CN" + app_no(2015, 1, 654321), "2016-03-05", "授权 | 部分无效"],
    ]})
    ei.import_file(db, path)
    rows = _rows(db)
    for name in ("全部无效的专利", "只写全部无效"):
        assert rows[name]["legal_status"] == "lapsed"
        reasons = _status_flags(db, name)
        assert len(reasons) == 1 and "专利法第四十七条" in reasons[0]
    partly = rows["部分无效的专利"]
    assert (partly["legal_status"], partly["attribute"]) == ("granted", "granted") and _flags(db, "部分无效的专利") == []
    assert json.loads(partly["extra"])["法律状态/事件"] == "授权 | 部分无效"


def test_incopat_event_statuses_are_events_not_unknown(db, tmp_path):
    """incoPat 当前法律状态 "权利转移", "质押", "部分无效" say nothing about whether the right exists: the
    row's other evidence decides; the event is kept, and named an event when a flag is needed."""
    path = _xlsx(tmp_path / "events.xlsx", {"S": [
        ["标题", "申请号", "公开（公告）号", "授权日", "当前法律状态"],
        ["甲", "CN" + app_no(2022, 3, 123456), "CN306000001S", "2022-10-11", "权利转移"],
        ["乙", "CN" + app_no(2022, 1, 567802), "CN115234567B", "2024-01-05", "质押"],
        ["丙", "CN" + app_no(2015, 1, 123456), "CN105000001B", "2016-01-05", "部分无效"],
        ["丁", "CN" + app_no(2023, 1, 777), "CN116000777A", "", "权利转移"],
    ]})
    ei.import_file(db, path)
    rows = _rows(db)
    for name in ("甲", "乙", "丙"):
        assert (rows[name]["legal_status"], rows[name]["attribute"]) == ("granted", "granted") and _flags(db, name) == []
    assert json.loads(rows["丙"]["extra"])["当前法律状态"] == "部分无效"
    assert rows["丁"]["legal_status"] == "pending"
    assert _status_flags(db, "丁") == ["“权利转移”是事件，不说明权利是否有效；已按本行其他信息判断"]


def test_a_bare_application_number_in_the_patent_number_column_without_a_status_is_flagged(db, tmp_path):
    """An enterprise 专利台账 with only a 专利号 column written without ZL: not taken as a grant, but the
    clerk is told why the record says 审中."""
    path = _xlsx(tmp_path / "bare_only.xlsx", {"台账": [
        ["专利名称", "专利号", "申请日"],
        ["节能电机", app_no(2019, 1, 31), "2019-03-01"],
        ["散热外壳", "ZL" + app_no(2020, 3, 32), "2020-01-05"],
    ]})
    ei.import_file(db, path)
    rows = _rows(db)
    assert (rows["节能电机"]["legal_status"], rows["节能电机"]["patent_no"]) == ("pending", None)
    flags = _flags(db, "节能电机")
    assert [(f["kind"], f["cell"], f["original"]) for f in flags] == [("status", "台账!B2", app_no(2019, 1, 31))]
    assert "不带 ZL 的申请号" in flags[0]["reason"]
    assert (rows["散热外壳"]["legal_status"], rows["散热外壳"]["patent_no"]) == ("granted", "ZL" + app_no(2020, 3, 32))
    assert _flags(db, "散热外壳") == []


@pytest.mark.parametrize("events_first", [False, True])
def test_the_current_status_decides_over_the_event_list_in_either_column_order(db, tmp_path, events_first):
    """incoPat writes 当前法律状态 and 法律状态/事件 side by side, in the order the user chose. The
    current status decides; an event list that stops earlier (授权, then the fees were not paid) is
    no conflict; one that goes past the current status (终止 beside 有效) is flagged."""
    header = ["标题", "申请号", "专利类型", "当前法律状态", "法律状态/事件"]
    rows = [["隔膜", app_no(2015, 1, 5), "发明授权", "有效", "授权 | 未缴年费终止"],
            ["电解液", app_no(2015, 1, 6), "发明授权", "未缴年费", "授权"],
            ["正极", app_no(2015, 1, 7), "发明申请", "实质审查", "公开 | 实质审查的生效"]]
    if events_first:
        header[3:5], rows = header[4:2:-1], [[*r[:3], r[4], r[3]] for r in rows]
    ei.import_file(db, _xlsx(tmp_path / "incopat.xlsx", {"incoPat": [header, *rows]}))
    stored = _rows(db)
    assert {n: (r["legal_status"], r["attribute"]) for n, r in stored.items()} == {
        "隔膜": ("granted", "granted"), "电解液": ("lapsed", "granted"), "正极": ("pending", "ungranted")}
    flagged = _flags(db, "隔膜")
    assert [f["kind"] for f in flagged] == ["status"]
    assert "当前法律状态“有效”与法律状态/事件“授权 | 未缴年费终止”不一致" in flagged[0]["reason"]
    assert _flags(db, "电解液") == [] and _flags(db, "正极") == []
    assert json.loads(stored["电解液"]["extra"])["法律状态/事件"] == "授权"  # both columns kept as written


def test_a_status_conflict_and_the_reports_update_sheet_read_in_the_clerks_words(db, tmp_path):
    """Week two of a university ledger: the clerk set 乙's status to 有效 in the form, the office's
    new file says 驳回 for it (both changed: a conflict), and 甲's status went from 审中 to 未缴年费
    at the source (an update). The flag and the report's 更新内容 sheet name the statuses as the
    ledger does (审中, 失效, 驳回, 有效（已授权）), never the stored codes; the flag's 原文 is
    what the cell says."""
    from kjcg_desktop.storage import achievements

    header = ["成果名称", "成果类型", "申请号", "法律状态", "所属学院"]
    first = [["甲", "发明", app_no(2023, 1, 61), "审中", "材料学院"], ["乙", "发明", app_no(2023, 1, 62), "审中", "材料学院"]]
    ei.import_file(db, _xlsx(tmp_path / "v1.xlsx", {"专利": [header, *first]}))
    achievements.update_achievement(db, _rows(db)["乙"]["id"], {"legal_status": "granted"})
    second = [["甲", "发明", app_no(2023, 1, 61), "未缴年费", "材料学院"], ["乙", "发明", app_no(2023, 1, 62), "驳回", "材料学院"]]
    plan, _ = ei.import_file(db, _xlsx(tmp_path / "v2.xlsx", {"专利": [header, *second]}))
    (flag,) = _flags(db, "乙")
    assert flag["kind"] == "conflict" and flag["cell"] == "专利!D3" and flag["original"] == "驳回"
    assert "“有效（已授权）”" in flag["reason"] and "由“审中”改为“驳回”" in flag["reason"]
    assert not any(code in flag["reason"] for code in ("granted", "pending", "rejected"))
    write_import_report(plan, tmp_path / "report.xlsx")
    updates = list(openpyxl.load_workbook(tmp_path / "report.xlsx")["更新内容"].values)[1:]
    assert [u[3:] for u in updates] == [("甲", "法律状态", "审中", "失效"),  # the right was granted, then lapsed:
                                        ("甲", "专利号", None, "ZL" + app_no(2023, 1, 61))]  # its patent number


def test_a_status_conflict_and_the_status_cells_own_flag_are_one_flag(db, tmp_path):
    """The clerk set 乙's status to 失效; the office's new file says 实质审查 beside its 授权日. The
    cell's own finding (a pending status beside grant evidence, "recorded as the status column says")
    would contradict the conflict flag (the app's value is kept): one flag on the cell says both
    what the file says and what was kept."""
    from kjcg_desktop.storage import achievements

    header = ["成果名称", "成果类型", "申请号", "法律状态", "授权日"]
    ei.import_file(db, _xlsx(tmp_path / "v1.xlsx", {"专利": [header, ["乙", "发明", app_no(2020, 1, 62), "有效", "2022-03-04"]]}))
    achievements.update_achievement(db, _rows(db)["乙"]["id"], {"legal_status": "lapsed"})
    second = _xlsx(tmp_path / "v2.xlsx", {"专利": [header, ["乙", "发明", app_no(2020, 1, 62), "实质审查", "2022-03-04"]]})
    ei.import_file(db, second)
    (flag,) = _flags(db, "乙")
    assert (flag["kind"], flag["cell"], flag["original"]) == ("conflict", "专利!D2", "实质审查")
    assert flag["reason"] == ("法律状态：本系统中已改为“失效”，来源文件也由“有效（已授权）”改为“审中”；"
                              "另：法律状态“实质审查”表示未授权，但本行有授权证据（授权日）；保留本系统的值，请核对")
    assert _rows(db)["乙"]["legal_status"] == "lapsed"
    ei.import_file(db, second)
    assert len(_flags(db, "乙")) == 1   # the same file again raises nothing new


def test_a_status_conflict_and_the_status_columns_disagreeing_are_one_flag(db, tmp_path):
    """incoPat's 简单法律状态 and 当前法律状态: the new file's two columns disagree (有效 / 实质审查) about
    a record whose status the clerk changed. "Recorded as 当前法律状态 says" is not what happened (the
    app's value is kept): one flag, on the cell the file's status was read from."""
    from kjcg_desktop.storage import achievements

    header = ["标题", "申请号", "专利类型", "简单法律状态", "当前法律状态"]
    ei.import_file(db, _xlsx(tmp_path / "v1.xlsx", {"incoPat": [header, ["隔膜", app_no(2015, 1, 5), "发明授权", "有效", "授权"]]}))
    achievements.update_achievement(db, _rows(db)["隔膜"]["id"], {"legal_status": "lapsed"})
    ei.import_file(db, _xlsx(tmp_path / "v2.xlsx", {"incoPat": [header, ["隔膜", app_no(2015, 1, 5), "发明授权", "有效", "实质审查"]]}))
    (flag,) = _flags(db, "隔膜")
    assert (flag["kind"], flag["cell"], flag["original"]) == ("conflict", "incoPat!E2", "实质审查")
    assert flag["reason"] == ("法律状态：本系统中已改为“失效”，来源文件也由“有效（已授权）”改为“审中”；"
                              "另：简单法律状态“有效”与当前法律状态“实质审查”不一致；保留本系统的值，请核对")


def test_the_flag_of_a_status_read_from_the_second_column_points_at_that_column(db, tmp_path):
    """incoPat with 法律状态/事件 before 当前法律状态: the current status (实质审查) decides; its flag
    (a pending status beside a grant date) names the 当前法律状态 cell and its text, not the events'."""
    header = ["标题", "申请号", "专利类型", "法律状态/事件", "当前法律状态", "授权日"]
    ei.import_file(db, _xlsx(tmp_path / "incopat.xlsx", {"incoPat": [
        header, ["隔膜", app_no(2015, 1, 5), "发明", "公开 | 实质审查的生效", "实质审查", "2020-01-02"]]}))
    (flag,) = _flags(db, "隔膜")
    assert (flag["kind"], flag["cell"], flag["original"]) == ("status", "incoPat!E2", "实质审查")
    assert flag["reason"].startswith("法律状态“实质审查”表示未授权，但本行有授权证据（授权日）")


def test_an_event_list_that_decided_the_status_is_kept_as_written(db, tmp_path):
    """The events column says more than the status it gives: a transfer to a company, a pledge, the
    dates. The record keeps the cell as written beside the status read from it."""
    events = "2019-05-06 授权; 2021-08-09 专利权的转移"
    ei.import_file(db, _xlsx(tmp_path / "patsnap.xlsx", {"PatSnap": [
        ["标题", "申请号", "专利类型", "法律状态/事件"],
        ["隔膜", app_no(2017, 1, 5), "发明授权", events],
        ["电解液", app_no(2017, 1, 6), "发明申请", "实质审查"],
    ]}))
    stored = _rows(db)
    assert (stored["隔膜"]["legal_status"], json.loads(stored["隔膜"]["extra"])["法律状态/事件"]) == ("granted", events)
    assert stored["电解液"]["legal_status"] == "pending" and "法律状态/事件" not in json.loads(stored["电解液"]["extra"] or "{}")
