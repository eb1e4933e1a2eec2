"""Exports of the patent databases and registries an office downloads, built from the header rows
and value forms their real files have (taken from public scrapers, data-cleaning scripts and column
lists; the source of each is named above its test): 万方, CNKI, PatSnap with the English interface,
PatSnap and incoPat with their full column sets, the CNIPA search export, the software-registration
list of the copyright centre, Lens owners, Derwent inventors with their address, and a ledger from
Taiwan. Every row keeps its numbers apart and its people split; what maps to no field is kept."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from excel_helpers import app_no, rows_by_name, write_xlsx

from kjcg_desktop.services import excel_import as ei
from kjcg_desktop.services.importing.cells import funding_category, to_holder, to_transfer, to_type


def _inventors(db, name: str) -> list[str]:
    return [r["name"] for r in db.query(
        "SELECT i.name FROM inventors i JOIN achievements a ON a.id = i.achievement_id WHERE a.name = ? ORDER BY i.position, i.id",
        (name,))]


def _flags(db) -> list[tuple[str, str]]:
    return [(f["kind"], f["original"]) for f in db.query("SELECT kind, original FROM review_flags ORDER BY id")]


def _reimport_changes_nothing(db, path: Path) -> None:
    before = [dict(r) for r in db.query("SELECT * FROM achievements ORDER BY id")]
    plan, _ = ei.import_file(db, path)
    assert not plan.added and not plan.updated
    assert [dict(r) for r in db.query("SELECT * FROM achievements ORDER BY id")] == before


BATTERY, CLAMP = app_no(2022, 1, 567802), app_no(2021, 2, 345678)


# -- 万方数据 中外专利 ------------------------------------------------------------------------------------
# The fields of a 万方 patent record as its export and the scrapers of its pages name them
# (WanFangZhuanLiItem: 专利类型, 申请/专利号, 申请日期, 公开/公告号, 主分类号, 申请/专利权人, 发明/设计人,
# 主申请人地址, 专利代理机构, 代理人, 国别省市代码, 法律状态; an export template adds 公开/公告日, 分类号,
# 主权项, 颁证日). The application number is written with CN before it, names separated by ";".
WANFANG_HEADER = ["专利名称", "专利类型", "申请/专利号", "申请日期", "公开/公告号", "公开/公告日", "主分类号", "分类号", "申请/专利权人",
                  "发明/设计人", "主申请人地址", "专利代理机构", "代理人", "国别省市代码", "主权项", "法律状态", "颁证日"]


def test_wanfang_patent_export(db, tmp_path):
    """Before, 申请/专利号, 公开/公告号, 申请/专利权人 and 发明/设计人 were kept as extra fields: a 万方 row
    had no application number, no holder and no inventors."""
    path = write_xlsx(tmp_path / "万方专利.xlsx", {"Sheet1": [
        WANFANG_HEADER,
        ["一种电池正极材料", "发明专利", "CN" + BATTERY, "2022-05-06", "CN115123456B", "2023-09-01", "H01M4/36", "H01M4/36;H01M4/62",
         "上海示范大学;上海某某新能源有限公司", "王伟;李娜", "200092 上海市杨浦区四平路1239号", "上海某专利代理有限公司 31200", "张律",
         "上海;31", "1.一种电池正极材料，其特征在于…", "有权", "2023-09-01"],
        ["一种检测装置", "实用新型", "CN" + CLAMP, "2021-02-03", "CN214000001U", "2021-08-20", "G01N", "G01N", "上海示范大学", "刘强",
         "200092 上海市", "", "", "上海;31", "1.一种检测装置…", "未缴年费专利权终止", ""],
    ]})
    plan, _ = ei.import_file(db, path)
    mapping = plan.layouts[0].mapping_dict()
    assert [mapping[h] for h in ("申请/专利号", "公开/公告号", "公开/公告日", "申请/专利权人", "发明/设计人", "颁证日")] == [
        "application_no", "publication_no", "publication_date", "holder", "inventors", "grant_date"]
    rows = rows_by_name(db)
    battery = rows["一种电池正极材料"]
    assert (battery["application_no"], battery["application_no_as_written"], battery["patent_no"]) == (
        BATTERY, "CN" + BATTERY, "ZL" + BATTERY)  # the patent number is ZL + the application number, never the B number
    assert (battery["type"], battery["legal_status"], battery["attribute"]) == ("invention", "granted", "granted")
    assert (battery["filing_date"], battery["grant_date"], battery["grant_date_precision"]) == ("2022-05-06", "2023-09-01", "day")
    assert battery["holder"] == "上海示范大学；上海某某新能源有限公司"
    assert _inventors(db, "一种电池正极材料") == ["王伟", "李娜"]
    extra = json.loads(battery["extra"])
    assert extra["公开/公告号"] == "CN115123456B" and extra["主申请人地址"] == "200092 上海市杨浦区四平路1239号"
    assert extra["国别省市代码"] == "上海;31" and extra["专利代理机构"] == "上海某专利代理有限公司 31200"
    clamp = rows["一种检测装置"]  # lapsed for unpaid annual fees: the right had been granted
    assert (clamp["application_no"], clamp["type"], clamp["legal_status"], clamp["attribute"]) == (
        CLAMP, "utility_model", "lapsed", "granted")
    assert _flags(db) == []
    _reimport_changes_nothing(db, path)


# -- CNKI 中国专利 -----------------------------------------------------------------------------------------
# The CNKI "自定义" export of 中国专利 records: English-Chinese headers (SrcDatabase-来源库: 中国专利,
# PubNo-公开号: CN121713223A, Title-题名, Author-作者, Applicant-申请人, CountryName-国省名称,
# PubTime-公开日期, Summary-摘要, Claims-主权项, CLC-中图分类号), names each followed by ";".
CNKI_HEADER = ["SrcDatabase-来源库", "Title-题名", "Author-作者", "Applicant-申请人", "CountryName-国省名称", "PubNo-公开号",
               "PubTime-公开日期", "Summary-摘要", "Claims-主权项", "CLC-中图分类号"]


def test_cnki_patent_export(db, tmp_path):
    """Before, the file was refused: no header was found on any sheet."""
    path = write_xlsx(tmp_path / "CNKI-专利.xlsx", {"CNKI": [
        CNKI_HEADER,
        ["中国专利", "一种电池正极材料", "王伟;李娜;", "上海示范大学;上海某某新能源有限公司;", "31", "CN115123456B", "2023-09-01",
         "本发明公开了一种…", "1.一种电池正极材料…", "H01M4/36;H01M4/62"],
        ["中国专利", "一种检测方法", "张敏;", "上海示范大学;", "31", "CN116000001A", "2023-04-05", "本发明…", "1.一种检测方法…", "G01N"],
    ]})
    plan, _ = ei.import_file(db, path)
    assert len(plan.added) == 2
    rows = rows_by_name(db)
    battery = rows["一种电池正极材料"]  # kind B: the grant announcement, whose date is the grant date
    assert (battery["type"], battery["legal_status"], battery["attribute"], battery["grant_date"]) == (
        "invention", "granted", "granted", "2023-09-01")
    assert (battery["application_no"], battery["patent_no"]) == (None, None)  # no application number in the file: none made up
    assert battery["holder"] == "上海示范大学；上海某某新能源有限公司"
    assert _inventors(db, "一种电池正极材料") == ["王伟", "李娜"]
    extra = json.loads(battery["extra"])
    assert extra["PubNo-公开号"] == "CN115123456B" and extra["SrcDatabase-来源库"] == "中国专利" and extra["CLC-中图分类号"] == "H01M4/36;H01M4/62"
    method = rows["一种检测方法"]
    assert (method["type"], method["legal_status"], method["attribute"], method["grant_date"]) == ("invention", "pending", "ungranted", None)
    _reimport_changes_nothing(db, path)


# -- PatSnap / 智慧芽, English interface ------------------------------------------------------------------
# The English names of PatSnap's fields beside their Chinese ones (its search-field table: Std. Current
# Assignee = [标]当前申请(专利权)人, Current Assignee = 当前申请(专利权)人, Std. Original Assignee (Applicant) =
# [标]原始申请(专利权)人, Original Assignee (Applicant), Publication Number = 公开(公告)号, Inventor Name = 发明人,
# Application Date = 申请日, Issue Date = 授权日, Simple Legal Status = 简单法律状态, Legal Status = 法律状态,
# Patent Type, Authority / Jurisdiction / Country = 受理局); several values separated by " | ".
PATSNAP_EN_HEADER = ["Publication Number", "Title", "Abstract", "Std. Current Assignee", "Current Assignee",
                     "Std. Original Assignee (Applicant)", "Original Assignee (Applicant)", "Inventor Name", "Application Number",
                     "Application Date", "Publication Date", "Issue Date", "Patent Type", "Simple Legal Status", "Legal Status", "IPC",
                     "Main IPC", "Authority / Jurisdiction / Country", "Priority Date", "Expiry Date", "Simple Family"]


def test_patsnap_export_with_the_english_interface(db, tmp_path):
    """Before, the inventors (Inventor Name), the grant date (Issue Date) and the simple status were
    extra fields, and the event list (Legal Status) was read as the status and flagged."""
    rejected = app_no(2020, 1, 123450)
    path = write_xlsx(tmp_path / "PatSnap_export.xlsx", {"Sheet1": [
        PATSNAP_EN_HEADER,
        ["CN115123456B", "Cathode material for battery", "The invention…", "SHANGHAI DEMO UNIVERSITY | SHANGHAI MOUMOU NEW ENERGY CO LTD",
         "上海示范大学 | 上海某某新能源有限公司", "SHANGHAI DEMO UNIVERSITY", "上海示范大学", "WANG WEI | LI NA", BATTERY, "2022-05-06",
         "2023-09-01", "2023-09-01", "Granted Patent", "Active", "Granted | Transfer", "H01M4/36", "H01M4/36", "CN", "2022-05-06",
         "2042-05-06", "CN115123456A | CN115123456B"],
        ["CN114000013A", "Sensing device", "…", "SHANGHAI DEMO UNIVERSITY", "上海示范大学", "SHANGHAI DEMO UNIVERSITY", "上海示范大学",
         "DING YI", "CN" + rejected.replace(".", ""), "2020-01-01", "2020-06-01", "", "Application", "Inactive", "Rejected", "G01N",
         "G01N", "CN", "2020-01-01", "", ""],
    ]})
    plan, _ = ei.import_file(db, path)
    mapping = plan.layouts[0].mapping_dict()
    assert [mapping[h] for h in ("Current Assignee", "Inventor Name", "Issue Date", "Simple Legal Status", "Legal Status")] == [
        "holder", "inventors", "grant_date", "legal_status", "legal_status_detail"]
    rows = rows_by_name(db)
    battery = rows["Cathode material for battery"]
    assert (battery["application_no"], battery["patent_no"], battery["legal_status"], battery["attribute"]) == (
        BATTERY, "ZL" + BATTERY, "granted", "granted")
    assert (battery["grant_date"], battery["holder"]) == ("2023-09-01", "上海示范大学；上海某某新能源有限公司")  # the holder now, as filed
    assert _inventors(db, "Cathode material for battery") == ["WANG WEI", "LI NA"]
    extra = json.loads(battery["extra"])
    assert extra["Std. Current Assignee"].startswith("SHANGHAI DEMO UNIVERSITY") and extra["Publication Number"] == "CN115123456B"
    assert extra["Original Assignee (Applicant)"] == "上海示范大学" and extra["Patent Type"] == "Granted Patent"
    sensing = rows["Sensing device"]  # Inactive, and the events say why: rejected
    assert (sensing["application_no"], sensing["legal_status"], sensing["attribute"], sensing["patent_no"]) == (
        rejected, "rejected", "ungranted", None)
    assert _flags(db) == []
    _reimport_changes_nothing(db, path)


# -- PatSnap / 智慧芽, Chinese interface, the full column set ---------------------------------------------
# Columns of PatSnap exports as analysis scripts read them: 公开(公告)号, 申请号, 标题, 标题(译)(简体中文), 摘要,
# [标]当前申请(专利权)人, 当前申请(专利权)人数量, 发明人, 发明人数量, 申请日, 公开(公告)日, 申请年, IPC分类号,
# IPC主分类号, 法律状态/事件, 受理局, Patsnap同族专利申请数量, 当前申请(专利权)人州/省, 当前申请(专利权)人地市, 失效日
PATSNAP_CN_HEADER = ["序号", "公开(公告)号", "申请号", "标题", "标题(译)(简体中文)", "摘要", "[标]当前申请(专利权)人", "当前申请(专利权)人",
                     "[标]原始申请(专利权)人", "原始申请(专利权)人", "发明人", "发明人数量", "当前申请(专利权)人数量", "申请日", "公开(公告)日",
                     "授权日", "申请年", "IPC分类号", "IPC主分类号", "专利类型", "简单法律状态", "法律状态/事件", "受理局",
                     "Patsnap同族专利申请数量", "当前申请(专利权)人州/省", "当前申请(专利权)人地市", "失效日"]


def test_patsnap_export_with_its_full_chinese_column_set(db, tmp_path):
    assigned = app_no(2020, 1, 123451)
    path = write_xlsx(tmp_path / "智慧芽导出.xlsx", {"Sheet1": [
        PATSNAP_CN_HEADER,
        [1, "CN115123456B", BATTERY, "一种电池正极材料", "一种电池正极材料", "本发明…", "上海示范大学 | 上海某某新能源有限公司",
         "上海示范大学 | 上海某某新能源有限公司", "上海示范大学", "上海示范大学", "王伟 | 李娜 | 张敏", 3, 2, "2022-05-06", "2023-09-01",
         "2023-09-01", 2022, "H01M4/36 | H01M4/62", "H01M4/36", "授权发明", "有效", "授权 | 权利转移", "CN", 1, "上海市", "上海市", ""],
        [2, "CN111000012B", assigned, "一种电池管理系统", "一种电池管理系统", "本发明…", "某某储能科技有限公司", "某某储能科技有限公司",
         "上海示范大学", "上海示范大学", "丙", 1, 1, "2020-01-01", "2021-03-01", "2021-03-01", 2020, "H01M", "H01M", "授权发明", "失效",
         "授权 | 权利转移 | 未缴年费", "CN", 1, "江苏省", "苏州市", "2023-01-01"],
    ]})
    ei.import_file(db, path)
    rows = rows_by_name(db)
    battery = rows["一种电池正极材料"]
    assert (battery["patent_no"], battery["attribute"], battery["grant_date"]) == ("ZL" + BATTERY, "granted", "2023-09-01")
    assert battery["holder"] == "上海示范大学；上海某某新能源有限公司"
    assert _inventors(db, "一种电池正极材料") == ["王伟", "李娜", "张敏"]
    sold = rows["一种电池管理系统"]  # assigned away, then lapsed: the current holder, and a right that was granted
    assert (sold["holder"], sold["legal_status"], sold["attribute"]) == ("某某储能科技有限公司", "lapsed", "granted")
    extra = json.loads(sold["extra"])
    assert extra["[标]原始申请(专利权)人"] == "上海示范大学" and extra["失效日"] == "2023-01-01" and extra["申请年"] == "2020"
    _reimport_changes_nothing(db, path)


# -- incoPat / 合享 (HimmPat) ----------------------------------------------------------------------------
# incoPat's column names as a tool checking its exports lists them (标题, 申请人, 公开(公告)号, 摘要, 公开(公告)日,
# 申请号, 申请日, 专利类型, 公开国别, IPC主分类, IPC, 标准化当前权利人, 当前权利人, 代理机构, 授权公告日, 失效日,
# 标准化申请人, 第一申请人, 申请人地址, 发明人, 第一发明人, 发明人数量, 简单同族, 专利有效性, 当前法律状态, 法律状态,
# 转让次数, 受让人, 许可次数, 许可类型, 法律事件 …); names separated by "; ".
INCOPAT_HEADER = ["序号", "标题", "申请人", "公开(公告)号", "摘要", "公开(公告)日", "申请号", "申请日", "专利类型", "公开国别", "IPC主分类", "IPC",
                  "标准化当前权利人", "当前权利人", "代理机构", "代理人", "授权公告日", "失效日", "标准化申请人", "第一申请人", "申请人地址",
                  "发明人", "第一发明人", "发明人数量", "简单同族", "专利有效性", "当前法律状态", "法律状态", "转让次数", "受让人", "许可次数",
                  "许可类型", "法律事件"]


def test_incopat_export_with_its_full_column_set(db, tmp_path):
    withdrawn = app_no(2020, 1, 123452)
    path = write_xlsx(tmp_path / "incoPat.xlsx", {"incoPat": [
        INCOPAT_HEADER,
        [1, "一种检测装置", "上海示范大学", "CN214000001U", "本实用新型…", "2021-08-20", CLAMP, "2021-02-03", "实用新型", "中国", "G01N",
         "G01N", "上海某某科技有限公司", "上海某某科技有限公司", "", "", "2021-08-20", "", "上海示范大学", "上海示范大学", "上海市杨浦区",
         "刘强; 陈静", "陈静", 2, "CN214000001U", "有效", "权利转移", "授权;权利转移", 1, "上海某某科技有限公司", 0, "",
         "2023-03-03 专利权的转移"],
        [2, "旧的申请", "上海示范大学", "CN110000014A", "…", "2019-06-01", withdrawn, "2020-01-01", "发明申请", "中国", "G01N", "G01N",
         "上海示范大学", "上海示范大学", "", "", "", "2021-11-11", "上海示范大学", "上海示范大学", "上海市", "戊", "戊", 1, "", "失效", "撤回",
         "实质审查;撤回", 0, "", 1, "独占许可", ""],
    ]})
    ei.import_file(db, path)
    rows = rows_by_name(db)
    clamp = rows["一种检测装置"]
    assert (clamp["application_no"], clamp["type"], clamp["legal_status"], clamp["attribute"]) == (
        CLAMP, "utility_model", "granted", "granted")
    assert (clamp["holder"], clamp["grant_date"]) == ("上海某某科技有限公司", "2021-08-20")  # the holder after the assignment
    assert _inventors(db, "一种检测装置") == ["陈静", "刘强"]  # 第一发明人 leads
    assert json.loads(clamp["extra"])["受让人"] == "上海某某科技有限公司"
    old = rows["旧的申请"]
    assert (old["legal_status"], old["attribute"], old["patent_no"]) == ("withdrawn", "ungranted", None)
    extra = json.loads(old["extra"])
    assert extra["许可类型"] == "独占许可" and extra["失效日"] == "2021-11-11" and extra["公开(公告)号"] == "CN110000014A"
    _reimport_changes_nothing(db, path)


# -- CNIPA 专利检索及分析 (pss-system) -----------------------------------------------------------------------
# The columns of the search export as a knowledge-base builder indexes them (发明名称, 摘要, 申请号, 公开（公告）号,
# 申请日, 公开（公告）日, IPC分类号, 申请（专利权）人, 发明人, 申请人邮编, 代理人, 代理机构, 文献类型, 申请人所在国（省）)
CNIPA_HEADER = ["发明名称", "摘要", "申请号", "公开（公告）号", "申请日", "公开（公告）日", "IPC分类号", "申请（专利权）人", "发明人", "申请人邮编",
                "代理人", "代理机构", "文献类型", "申请人所在国（省）"]


def test_cnipa_search_export_with_document_type_and_province(db, tmp_path):
    path = write_xlsx(tmp_path / "检索结果.xlsx", {"Sheet1": [
        CNIPA_HEADER,
        ["一种电池正极材料", "本发明…", "CN" + BATTERY, "CN115123456B", "2022.05.06", "2023.09.01", "H01M4/36;H01M4/62",
         "上海示范大学;上海某某新能源有限公司", "王伟;李娜", "200092", "张律", "上海某专利代理有限公司 31200", "发明授权", "上海;31"],
        ["一种检测装置", "本实用新型…", "CN" + CLAMP, "CN214000001U", "2021.02.03", "2021.08.20", "G01N", "上海示范大学", "刘强", "200092",
         "", "", "实用新型", "上海;31"],
    ]})
    ei.import_file(db, path)
    rows = rows_by_name(db)
    battery = rows["一种电池正极材料"]
    assert (battery["application_no"], battery["patent_no"], battery["grant_date"], battery["filing_date_precision"]) == (
        BATTERY, "ZL" + BATTERY, "2023-09-01", "day")
    extra = json.loads(battery["extra"])
    assert extra["公开（公告）号"] == "CN115123456B" and extra["文献类型"] == "发明授权" and extra["申请人邮编"] == "200092"
    assert (rows["一种检测装置"]["type"], rows["一种检测装置"]["attribute"]) == ("utility_model", "granted")
    assert _flags(db) == []


# -- 中国版权保护中心 计算机软件著作权登记公告 ---------------------------------------------------------------
# The columns of the registration announcements as company-data services and scrapers keep them: 登记号,
# 分类号, 软件全称, 软件简称, 版本号, 著作权人, 首次发表日期, 登记日期 (登记批准日期)
def test_software_registration_list_of_the_copyright_centre(db, tmp_path):
    path = write_xlsx(tmp_path / "软件著作权.xlsx", {"软件著作权": [
        ["登记号", "分类号", "软件全称", "软件简称", "版本号", "著作权人", "首次发表日期", "登记日期"],
        ["2023SR0123456", "30200-0000", "科研成果管理系统", "成果管理", "V1.0", "上海示范大学", "2022-12-01", "2023-01-31"],
        ["2023SR0654321", "30100-7500", "智能检测分析软件", "", "V2.3.1", "上海示范大学;上海某某科技有限公司", "未发表", "2023-05-12"],
    ]})
    ei.import_file(db, path)
    rows = rows_by_name(db)
    first = rows["科研成果管理系统"]
    assert (first["type"], first["registration_no"], first["attribute"], first["grant_date"]) == (
        "software", "2023SR0123456", "granted", "2023-01-31")
    assert (first["application_no"], first["patent_no"]) == (None, None)
    extra = json.loads(first["extra"])
    assert (extra["分类号"], extra["版本号"], extra["软件简称"], extra["首次发表日期"]) == ("30200-0000", "V1.0", "成果管理", "2022-12-01")
    assert rows["智能检测分析软件"]["holder"] == "上海示范大学；上海某某科技有限公司"
    assert _flags(db) == []
    _reimport_changes_nothing(db, path)


# -- Lens.org: the current owner with its date ----------------------------------------------------------
# Lens writes each current owner with the date of the record ("Example Inc (2022-01-01)"), several
# separated by ";;" (the Lens CSV column list of an analysis project: "Owners — current patent owner(s)
# with date stamp")
LENS_HEADER = ["#", "Jurisdiction", "Kind", "Display Key", "Lens ID", "Publication Date", "Publication Year", "Application Number",
               "Application Date", "Priority Numbers", "Earliest Priority Date", "Title", "Abstract", "Applicants", "Inventors", "Owners",
               "URL", "Document Type", "Has Full Text", "Cites Patent Count", "Cited by Patent Count", "Simple Family Size",
               "Simple Family Members", "Simple Family Member Jurisdictions", "Extended Family Size", "Extended Family Members",
               "Extended Family Member Jurisdictions", "Sequence Count", "CPC Classifications", "IPCR Classifications", "US Classifications",
               "NPL Citation Count", "NPL Resolved Citation Count", "NPL Resolved Lens ID(s)", "NPL Resolved External ID(s)",
               "NPL Citations", "Legal Status"]


def test_lens_owners_are_read_without_their_date_stamp(db, tmp_path):
    """Before, the holder was "SHANGHAI MOUMOU NEW ENERGY CO LTD (2023-03-03)", the date part of its name."""
    row = dict.fromkeys(LENS_HEADER, "")
    row.update({"#": 1, "Jurisdiction": "CN", "Kind": "B", "Display Key": "CN 115123456 B", "Lens ID": "001-234-567-890-12X",
                "Publication Date": "2023-09-01", "Publication Year": 2023, "Application Number": "CN 202210567802 A",
                "Application Date": "2022-05-06", "Title": "CATHODE MATERIAL", "Applicants": "SHANGHAI DEMO UNIV",
                "Inventors": "WANG WEI;;LI NA", "Owners": "SHANGHAI DEMO UNIV (2023-09-01);;SHANGHAI MOUMOU NEW ENERGY CO LTD (2023-03-03)",
                "Document Type": "Granted Patent", "Legal Status": "ACTIVE"})
    path = tmp_path / "lens-export.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([LENS_HEADER, [row[h] for h in LENS_HEADER]])
    ei.import_file(db, path)
    record = rows_by_name(db)["CATHODE MATERIAL"]
    assert record["holder"] == "SHANGHAI DEMO UNIV；SHANGHAI MOUMOU NEW ENERGY CO LTD"
    assert json.loads(record["extra"])["Owners（原文）"] == row["Owners"]
    assert (record["application_no"], record["patent_no"]) == (BATTERY, "ZL" + BATTERY)
    assert _inventors(db, "CATHODE MATERIAL") == ["WANG WEI", "LI NA"]


# -- Derwent Innovation: the inventors with their address --------------------------------------------------
# Derwent Innovation exports name the column "Inventor - w/address" ("发明人 - 带有地址" with the Chinese
# interface) and "Inventor - DWPI"; several values separated by " | "
def test_derwent_inventors_with_their_address(db, tmp_path):
    """Before, an export whose only inventor column was Inventor - w/address imported no inventors."""
    path = write_xlsx(tmp_path / "derwent.xlsx", {"Derwent": [
        ["Derwent Innovation - Result Set"],
        ["Publication Number", "Title", "Assignee/Applicant", "Inventor - w/address", "Application Number", "Application Date",
         "Publication Date"],
        ["CN115123456B", "一种电池正极材料", "上海示范大学 | 上海某某新能源有限公司", "王伟 (上海, CN) | 李娜 (上海, CN)",
         "CN202210567802A", "2022-05-06", "2023-09-01"],
    ]})
    ei.import_file(db, path)
    record = rows_by_name(db)["一种电池正极材料"]
    assert _inventors(db, "一种电池正极材料") == ["王伟", "李娜"]
    assert json.loads(record["extra"])["Inventor-w/address（原文）"] == "王伟 (上海, CN) | 李娜 (上海, CN)"
    assert (record["application_no"], record["holder"]) == (BATTERY, "上海示范大学；上海某某新能源有限公司")


# -- holder cells with the address ------------------------------------------------------------------------
@pytest.mark.parametrize(("cell", "holders"), [
    ("上海示范大学，200092 上海市杨浦区四平路1239号", "上海示范大学"),
    ("上海示范大学;上海市杨浦区四平路1239号", "上海示范大学"),
    ("上海示范大学（上海市杨浦区四平路1239号）", "上海示范大学"),
    ("上海示范大学；地址：上海市杨浦区四平路1239号", "上海示范大学"),
    ("上海示范大学 | 上海市第一人民医院", "上海示范大学；上海市第一人民医院"),     # a hospital named after its city stays
    ("上海路桥集团有限公司", "上海路桥集团有限公司"),
    ("上海市杨浦区四平路1239号", "上海市杨浦区四平路1239号"),                      # nothing but an address: kept, not emptied
    # a second holder whose name holds a street and a number is a holder, not an address
    ("上海示范大学；上海中山北路1号投资有限公司", "上海示范大学；上海中山北路1号投资有限公司"),
    ("上海示范大学、上海三道2号科技公司", "上海示范大学；上海三道2号科技公司"),
    ("上海示范大学，南京路3号院文化发展有限公司", "上海示范大学；南京路3号院文化发展有限公司"),
    ("上海示范大学、徐家村8号农业专业合作社", "上海示范大学；徐家村8号农业专业合作社"),
    ("上海示范大学；延安西路2号研究所", "上海示范大学；延安西路2号研究所"),
    ("上海示范大学，上海中山北路1号投资有限公司（中国）", "上海示范大学；上海中山北路1号投资有限公司"),
    ("上海示范大学；上海长江路1号文化传媒工作室", "上海示范大学；上海长江路1号文化传媒工作室"),
    ("上海示范大学；上海市杨浦区四平路1239号501室", "上海示范大学"),
])
def test_an_address_in_the_holder_cell_is_no_holder(cell, holders):
    assert to_holder(cell) == holders


def test_a_holder_cell_with_the_address_imports_one_holder_and_keeps_the_cell(db, tmp_path):
    """Before, the address became a second holder."""
    path = write_xlsx(tmp_path / "台账.xlsx", {"台账": [
        ["专利名称", "申请号", "专利权人", "发明人", "法律状态"],
        ["一种电池正极材料", BATTERY, "上海示范大学，200092 上海市杨浦区四平路1239号", "王伟、李娜", "有效"],
    ]})
    ei.import_file(db, path)
    record = rows_by_name(db)["一种电池正极材料"]
    assert record["holder"] == "上海示范大学"
    assert json.loads(record["extra"])["专利权人（原文）"] == "上海示范大学，200092 上海市杨浦区四平路1239号"


# -- traditional Chinese values in coded columns ----------------------------------------------------------
# A ledger from Taiwan: TIPO's types 發明專利, 新型專利, 設計專利 (新式樣專利 before 2013), a copyright in a
# computer program 電腦程式著作 / 電腦軟體著作權, 積體電路電路布局, 植物品種權, 營業秘密; funding by 國科會 or a
# 國家重點研發計畫, an industry project 產學合作; transfers written 技術移轉, 專屬授權
@pytest.mark.parametrize(("text", "value"), [
    ("發明專利", "invention"), ("新型專利", "utility_model"), ("實用新型專利", "utility_model"), ("設計專利", "design"),
    ("新式樣", "design"), ("新式樣專利", "design"), ("外觀設計", "design"), ("電腦軟體著作權", "software"), ("電腦程式著作", "software"),
    ("計算機軟件著作權", "software"), ("積體電路電路布局", "ic_layout"), ("植物品種權", "plant_variety"), ("營業秘密", "know_how"),
])
def test_traditional_type_words(text, value):
    assert to_type(text) == value


@pytest.mark.parametrize(("text", "value"), [
    ("國家自然科學基金", "government"), ("國家重點研發計畫", "government"), ("國科會", "government"), ("縱向", "government"),
    ("橫向", "enterprise"), ("產學合作", "enterprise"), ("企業委託", "enterprise"), ("自籌經費", "own"),
])
def test_traditional_funding_words(text, value):
    assert funding_category(text) == value


@pytest.mark.parametrize(("text", "value"), [
    ("已轉讓", "transferred"), ("技術移轉", "transferred"), ("已技轉", "transferred"), ("專屬授權", "transferred"),
    ("非專屬授權", "transferred"), ("作價投資", "transferred"), ("未轉化", "none"), ("意向轉化", "intended"),
])
def test_traditional_transfer_words(text, value):
    assert to_transfer(text) == value


def test_a_ledger_from_taiwan_imports_its_types_funding_and_transfers_unflagged(db, tmp_path):
    """Before, 設計專利, 新式樣, 電腦軟體著作權 and 國家重點研發計畫 were flagged 待核对 as unknown words."""
    path = write_xlsx(tmp_path / "合作方成果清單.xlsx", {"成果": [
        ["專利名稱", "專利類型", "申請號", "經費來源", "轉化狀態"],
        ["一種高效率鋰電池負極材料", "發明專利", BATTERY, "國家重點研發計畫", "技術移轉"],
        ["可攜式空氣淨化裝置外殼", "設計專利", app_no(2021, 3, 345679), "國科會", "專屬授權"],
        ["舊式樣燈具", "新式樣", app_no(2012, 3, 345680), "產學合作", "未轉化"],
        ["智慧型農業灌溉控制軟體", "電腦軟體著作權", "", "自籌經費", "否"],
    ]})
    ei.import_file(db, path)
    rows = rows_by_name(db)
    got = {name: (r["type"], r["transfer_status"], json.loads(r["extra"])["经费来源"]) for name, r in rows.items()}
    assert got == {
        "一種高效率鋰電池負極材料": ("invention", "transferred", "纵向"),
        "可攜式空氣淨化裝置外殼": ("design", "transferred", "纵向"),
        "舊式樣燈具": ("design", "none", "横向"),
        "智慧型農業灌溉控制軟體": ("software", "none", "自筹"),
    }
    assert json.loads(rows["一種高效率鋰電池負極材料"]["extra"])["經費來源（原文）"] == "國家重點研發計畫"  # the words as written
    assert _flags(db) == []


# -- 中国及多国专利审查信息查询: 费用信息 -------------------------------------------------------------------
# The fee page of a case lists 未缴费信息 (费用种类, 应缴金额, 缴费截止日) and 已缴费信息 (费用种类, 应缴金额,
# 缴费日期, 缴费人姓名, 收据号), dates written yyyy.MM.dd; an office copies the paid fees under the 申请号
def test_the_paid_fees_of_the_cnipa_case_query_feed_the_fee_register(db, tmp_path):
    """Before, 应缴金额 was no payment amount: the sheet was no fee list, its payments were not
    recorded, and the two rows of one patent were flagged as one record written twice."""
    path = write_xlsx(tmp_path / "年费.xlsx", {
        "专利台账": [["专利名称", "申请号", "申请日", "法律状态", "授权日"],
                 ["一种电池正极材料", BATTERY, "2022-05-06", "有效", "2023-09-01"],
                 ["一种检测装置", CLAMP, "2021-02-03", "有效", "2021-08-20"]],
        "已缴费信息": [["申请号", "费用种类", "应缴金额", "缴费日期", "缴费人姓名", "收据号"],
                  [BATTERY, "发明专利第2年年费", 900, "2023.08.30", "上海示范大学", "31000000123456"],
                  [BATTERY, "印花税", 5, "2023.08.30", "上海示范大学", "31000000123457"],
                  [CLAMP, "实用新型专利第3年年费", 900, "2023.01.15", "上海示范大学", "31000000123458"]],
    })
    ei.import_file(db, path)
    payments = [dict(r) for r in db.query("SELECT a.name, p.patent_year, p.paid_on, p.amount_fen, p.receipt_no, p.payer "
                                         "FROM fee_payments p JOIN achievements a ON a.id = p.achievement_id")]
    assert payments == [{"name": "一种检测装置", "patent_year": 3, "paid_on": "2023-01-15", "amount_fen": 90000,
                         "receipt_no": "31000000123458", "payer": "上海示范大学"}]
    flags = [dict(f) for f in db.query("SELECT kind, cell, reason FROM review_flags")]
    # the grant-year fee paid with the registration: named as what it is, not as a fee the patent never had
    assert [(f["kind"], f["cell"]) for f in flags] == [("unreadable", "已缴费信息!2:2")]
    assert flags[0]["reason"].startswith("第2年是授权当年，其年费随办理登记手续缴纳")
    assert db.scalar("SELECT count(*) FROM achievements") == 2


def test_the_paid_fees_with_the_receipt_code_and_number_of_the_electronic_bill(db, tmp_path):
    """The case query's 已缴费信息 as a public export of it names the columns: 费用种类, 应缴金额, 缴费日期,
    缴费人姓名, 票据代码, 票据号码 (the electronic fiscal bill's code and number); the number is the receipt."""
    path = write_xlsx(tmp_path / "年费.xlsx", {
        "专利台账": [["专利名称", "申请号", "申请日", "法律状态", "授权日"],
                 ["一种检测装置", CLAMP, "2021-02-03", "有效", "2021-08-20"]],
        "已缴费信息": [["专利申请号", "费用种类", "应缴金额", "缴费日期", "缴费人姓名", "票据代码", "票据号码"],
                  [CLAMP, "实用新型专利第3年年费", 900, "2023.01.15", "上海示范大学", "31010122", "0012345678"]],
    })
    ei.import_file(db, path)
    payments = [dict(r) for r in db.query("SELECT p.patent_year, p.amount_fen, p.receipt_no FROM fee_payments p")]
    assert payments == [{"patent_year": 3, "amount_fen": 90000, "receipt_no": "0012345678"}]


# -- number forms ----------------------------------------------------------------------------------------------
# The forms a number takes: the certificate's "ZL 2022 1 0567802.5", a database's "CN 202320123456.1" and the
# bare 13 digits, a publication number (CN114567890A) where the patent number should be, the certificate's
# 第5678901号, a US publication (US2023/0123456A1) and a PCT application beside its WO publication
def test_number_forms_keep_application_patent_publication_and_certificate_numbers_apart(db, tmp_path):
    utility = app_no(2023, 2, 123456)
    pending = app_no(2022, 1, 567803)
    path = write_xlsx(tmp_path / "台账.xlsx", {"台账": [
        ["专利名称", "专利号", "申请号", "公开号", "证书号", "法律状态"],
        ["甲", "ZL 2022 1 0567802." + BATTERY[-1], "", "CN115123456B", "第5678901号", "有效"],
        ["乙", "", "CN " + utility, "CN219000002U", "", "授权"],
        ["丙", "", pending.replace(".", ""), "", "", "实质审查"],
        ["丁", "CN114567890A", "", "", "", "实质审查"],
        ["戊", "", "US17/912345", "US2023/0123456A1", "", "审中"],
        ["己", "", "PCT/CN2022/123456", "WO2023123456A1", "", "审中"],
    ]})
    plan, _ = ei.import_file(db, path)
    rows = rows_by_name(db)
    got = {n: (r["application_no"], r["patent_no"], r["type"], r["attribute"]) for n, r in rows.items()}
    assert got == {
        "甲": (BATTERY, "ZL" + BATTERY, "invention", "granted"),
        "乙": (utility, "ZL" + utility, "utility_model", "granted"),
        "丙": (pending, None, "invention", "ungranted"),
        "丁": (None, None, "invention", "ungranted"),        # a publication number is never the patent number
        "戊": ("US17/912345", None, "other", "ungranted"),
        "己": ("PCT/CN2022/123456", None, "other", "ungranted"),
    }
    extra = {n: json.loads(r["extra"]) for n, r in rows.items()}
    assert extra["甲"]["证书号"] == "第5678901号" and extra["甲"]["公开号"] == "CN115123456B"  # kept, never the key
    assert extra["丁"]["公开（公告）号"] == "CN114567890A"
    assert extra["戊"]["公开号"] == "US2023/0123456A1" and extra["己"]["公开号"] == "WO2023123456A1"
    kinds = {(f.field, f.kind.value if hasattr(f.kind, "value") else f.kind) for _, f in plan.flags}
    assert ("patent_no", "wrong_number") in kinds
