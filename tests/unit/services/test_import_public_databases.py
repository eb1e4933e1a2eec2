"""Exports of the public databases a university office downloads beside its own ledger, shaped like
the real files: the Lens.org CSV and the Google Patents CSV (English headers), the CNIPA search
export with one row per publication, the 中国及多国专利审查信息查询 case list (案件状态) and a
software-copyright list kept from the certificates. Every row gets the right number, type, legal
status, attribute and dates; a second import changes nothing."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from excel_helpers import app_no, rows_by_name, write_xlsx

from kjcg_desktop.domain.ip_numbers import read_number
from kjcg_desktop.domain.legal_status import LegalStatus, StatusCategory, read_legal_status
from kjcg_desktop.services import excel_import as ei


def _counts(db) -> tuple:
    return tuple(db.scalar(f"SELECT count(*) FROM {t}") for t in ("achievements", "inventors", "review_flags"))


def _reimport_changes_nothing(db, path: Path) -> None:
    before = _counts(db), [dict(r) for r in db.query("SELECT * FROM achievements ORDER BY id")]
    plan, _ = ei.import_file(db, path)
    assert not plan.added and not plan.updated
    assert (_counts(db), [dict(r) for r in db.query("SELECT * FROM achievements ORDER BY id")]) == before


def _inventors(db, name: str) -> list[str]:
    return [r["name"] for r in db.query(
        "SELECT i.name FROM inventors i JOIN achievements a ON a.id = i.achievement_id WHERE a.name = ? ORDER BY i.position, i.id",
        (name,))]


# -- Lens.org ------------------------------------------------------------------------------------------
# The header of the Lens.org patent "Export" CSV (as a downloaded file lists it)
LENS_HEADER = ["#", "Jurisdiction", "Kind", "Display Key", "Lens ID", "Publication Date", "Publication Year",
               "Application Number", "Application Date", "Priority Numbers", "Earliest Priority Date", "Title", "Abstract",
               "Applicants", "Inventors", "Owners", "URL", "Document Type", "Has Full Text", "Cites Patent Count",
               "Cited by Patent Count", "Simple Family Size", "Simple Family Members", "Simple Family Member Jurisdictions",
               "Extended Family Size", "Extended Family Members", "Extended Family Member Jurisdictions", "Sequence Count",
               "CPC Classifications", "IPCR Classifications", "US Classifications", "NPL Citation Count",
               "NPL Resolved Citation Count", "NPL Resolved Lens ID(s)", "NPL Resolved External ID(s)", "NPL Citations",
               "Legal Status"]


def _lens_row(n: int, kind: str, key: str, published: str, application: str, filed: str, title: str, applicants: str,
              inventors: str, doc_type: str, status: str) -> list:
    row = dict.fromkeys(LENS_HEADER, "")
    row.update({"#": n, "Jurisdiction": key[:2], "Kind": kind, "Display Key": key, "Lens ID": f"00{n}-234-567-890-12X",
                "Publication Date": published, "Publication Year": published[:4], "Application Number": application,
                "Application Date": filed, "Priority Numbers": f"{application} {filed}", "Earliest Priority Date": filed,
                "Title": title, "Applicants": applicants, "Inventors": inventors, "URL": f"https://lens.org/00{n}-234-567-890-12X",
                "Document Type": doc_type, "Has Full Text": "false", "Simple Family Size": 1, "Legal Status": status})
    return [row[h] for h in LENS_HEADER]


def lens_export(path: Path) -> Path:
    rows = [
        _lens_row(1, "A", "CN 109876543 A", "2019-06-21", "CN 201910123456 A", "2019-02-13", "IMAGE RECOGNITION METHOD",
                  "UNIV TONGJI", "ZHANG SAN;;LI SI;;WANG WU", "Patent Application", "ACTIVE"),
        _lens_row(2, "B", "CN 109876543 B", "2021-08-10", "CN 201910123456 A", "2019-02-13", "IMAGE RECOGNITION METHOD",
                  "UNIV TONGJI", "ZHANG SAN;;LI SI;;WANG WU", "Granted Patent", "ACTIVE"),
        _lens_row(3, "U", "CN 212345678 U", "2021-01-05", "CN 202020234567 U", "2020-05-06", "CLAMPING DEVICE",
                  "UNIV TONGJI;;SHANGHAI MOUMOU MACHINERY CO LTD", "LIU QIANG;;CHEN JING", "Limited Patent", "EXPIRED"),
        _lens_row(4, "A", "CN 108765432 A", "2018-12-11", "CN 201810345678 A", "2018-07-01", "POLYMER MATERIAL",
                  "UNIV TONGJI", "ZHAO LIU", "Patent Application", "DISCONTINUED"),
        _lens_row(5, "A1", "US 2020/0123456 A1", "2020-04-23", "US 201916123456 A", "2019-10-01", "IMAGE RECOGNITION",
                  "UNIV TONGJI", "ZHANG SAN;;LI SI", "Patent Application", "PENDING"),
        _lens_row(6, "A1", "WO 2020/123456 A1", "2020-06-18", "CN 2019123456 W", "2019-12-11", "SENSOR", "UNIV TONGJI",
                  "SUN QI", "Patent Application", "UNKNOWN"),
    ]
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(LENS_HEADER)
        writer.writerows(rows)
    return path


def test_lens_csv_export(db, tmp_path):
    """Lens writes the application number in DOCDB form ("CN 201910123456 A": no check digit, the
    application kind after it), one row per publication, people separated by ";;" and its own status
    words (ACTIVE, EXPIRED, DISCONTINUED)."""
    path = lens_export(tmp_path / "lens-export.csv")
    plan, _ = ei.import_file(db, path)
    assert len(plan.added) == 5  # the A and B publications of one application are one record
    rows = rows_by_name(db)
    image = rows["IMAGE RECOGNITION METHOD"]
    number = app_no(2019, 1, 123456)
    assert (image["application_no"], image["application_no_as_written"], image["patent_no"]) == (
        number, "CN 201910123456 A", "ZL" + number)
    assert (image["type"], image["legal_status"], image["attribute"]) == ("invention", "granted", "granted")
    assert (image["filing_date"], image["grant_date"], image["grant_date_precision"]) == ("2019-02-13", "2021-08-10", "day")
    assert image["holder"] == "UNIV TONGJI"
    assert _inventors(db, "IMAGE RECOGNITION METHOD") == ["ZHANG SAN", "LI SI", "WANG WU"]
    extra = json.loads(image["extra"])  # the English headers keep their words apart
    assert extra["Earliest Priority Date"] == "2019-02-13" and extra["Document Type"] == "Patent Application；Granted Patent"
    assert "Lens ID" in extra and "URL" in extra
    clamp = rows["CLAMPING DEVICE"]  # an expired utility model: the right was obtained
    assert (clamp["application_no"], clamp["type"], clamp["legal_status"], clamp["attribute"]) == (
        app_no(2020, 2, 234567), "utility_model", "lapsed", "granted")
    assert clamp["holder"] == "UNIV TONGJI；SHANGHAI MOUMOU MACHINERY CO LTD"
    polymer = rows["POLYMER MATERIAL"]  # Lens DISCONTINUED: the application ended without a grant
    assert (polymer["legal_status"], polymer["attribute"], polymer["patent_no"]) == ("withdrawn", "ungranted", None)
    us = rows["IMAGE RECOGNITION"]  # a foreign family member: kept as written, flagged
    assert (us["type"], us["application_no"]) == ("other", "US201916123456A")
    wo = rows["SENSOR"]  # a PCT application (PCT/CN2019/123456 in DOCDB form)
    assert (wo["type"], wo["application_no"], wo["attribute"]) == ("other", "CN2019123456W", "ungranted")
    flagged = {(f["kind"], f["original"]): f["reason"] for f in db.query("SELECT kind, original, reason FROM review_flags")}
    assert {k for k in flagged if k[0] == "foreign"} == {("foreign", "US201916123456A"), ("foreign", "CN2019123456W")}
    assert [k for k in flagged if k[0] == "status"] == [("status", "UNKNOWN")]  # Lens does not know: said so
    assert flagged[("status", "UNKNOWN")].startswith("来源未给出法律状态")
    assert not any(k[0] == "unreadable" for k in flagged)
    _reimport_changes_nothing(db, path)


# -- Google Patents --------------------------------------------------------------------------------------
def google_export(path: Path) -> Path:
    rows = [
        ["search URL:", "https://patents.google.com/?assignee=%E5%90%8C%E6%B5%8E%E5%A4%A7%E5%AD%A6&country=CN"],
        ["id", "title", "assignee", "inventor/author", "priority date", "filing/creation date", "publication date",
         "grant date", "result link", "representative figure link"],
        ["CN-109876543-B", "一种基于深度学习的图像识别方法", "同济大学", "张三, 李四, 王五", "2019-02-13", "2019-02-13",
         "2021-08-10", "2021-08-10", "https://patents.google.com/patent/CN109876543B/zh", ""],
        ["CN-108765432-A", "一种高分子材料及其制备方法", "同济大学", "赵六", "2018-07-01", "2018-07-01", "2018-12-11", "",
         "https://patents.google.com/patent/CN108765432A/zh", ""],
        ["CN-212345678-U", "一种夹持装置", "同济大学, 上海某某机械有限公司", "刘强, 陈静", "2020-05-06", "2020-05-06",
         "2021-01-05", "2021-01-05", "https://patents.google.com/patent/CN212345678U/zh", ""],
        ["US-2020123456-A1", "Image recognition method", "ElectroCore, LLC", "San Zhang, Si Li", "2019-02-13", "2019-10-01",
         "2020-04-23", "", "https://patents.google.com/patent/US20200123456A1/en", ""],
    ]
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


def test_google_patents_csv_export(db, tmp_path):
    """patents.google.com "Download (CSV)": the search URL on the first line, the publication number
    with dashes ("CN-109876543-B"), assignees and inventors separated by commas."""
    path = google_export(tmp_path / "gp-search.csv")
    plan, _ = ei.import_file(db, path)
    assert plan.layouts[0].header_rows == [2] and len(plan.added) == 4
    rows = rows_by_name(db)
    image = rows["一种基于深度学习的图像识别方法"]
    assert (image["type"], image["legal_status"], image["attribute"]) == ("invention", "granted", "granted")
    assert (image["filing_date"], image["grant_date"]) == ("2019-02-13", "2021-08-10")
    assert image["patent_no"] is None  # no application number in the file: a publication number is never a patent number
    assert json.loads(image["extra"])["id"] == "CN-109876543-B"
    assert _inventors(db, "一种基于深度学习的图像识别方法") == ["张三", "李四", "王五"]
    polymer = rows["一种高分子材料及其制备方法"]
    assert (polymer["type"], polymer["legal_status"], polymer["attribute"], polymer["grant_date"]) == (
        "invention", "pending", "ungranted", None)
    clamp = rows["一种夹持装置"]
    assert (clamp["type"], clamp["attribute"]) == ("utility_model", "granted")
    assert clamp["holder"] == "同济大学；上海某某机械有限公司"  # two Chinese holders
    us = rows["Image recognition method"]
    assert us["type"] == "other" and us["holder"] == "ElectroCore, LLC"  # a comma inside a Latin name stays
    _reimport_changes_nothing(db, path)


def test_the_ledger_export_of_a_lens_import_reads_back_unchanged(db, tmp_path):
    """The English headers kept as extra fields ("Lens ID", "Display Key" …) are written back by the
    ledger export and read back as the same fields."""
    from kjcg_desktop.services import excel_export as ee

    ei.import_file(db, lens_export(tmp_path / "lens.csv"))
    assert ee.export_ledger(db, tmp_path / "ledger.xlsx") == 5
    plan, _ = ei.import_file(db, tmp_path / "ledger.xlsx", dry_run=True)
    assert not plan.added and not plan.updated, [(p.values.get("name"), p.changes) for p in plan.updated]


@pytest.mark.parametrize(("written", "kind", "normalised", "kind_code"), [
    ("CN 201910123456 A", "application", app_no(2019, 1, 123456), None),     # Lens Application Number
    ("CN 202020234567 U", "application", app_no(2020, 2, 234567), None),
    ("CN-109876543-B", "publication", "CN109876543B", "B"),                   # Google Patents id
    ("CN-212345678-U", "publication", "CN212345678U", "U"),
    ("CNA20191234.1", "variety", "20191234.1", "CNA"),                         # still a 品种权号
    ("CN 2019123456 W", "foreign", "CN2019123456W", None),                    # Lens: PCT/CN2019/123456
])
def test_docdb_number_forms(written, kind, normalised, kind_code):
    reading = read_number(written)
    assert (reading.kind, reading.normalised, reading.kind_code) == (kind, normalised, kind_code)


# -- CNIPA 专利检索及分析: one row per publication -----------------------------------------------------------
def test_the_grant_announcement_row_gives_the_grant_date(db, tmp_path):
    """The CNIPA search export has no grant-date column: the 公开（公告）日 of the B/U/S publication
    is the 授权公告日; the A publication's date is not."""
    invention = app_no(2019, 1, 123456)
    path = write_xlsx(tmp_path / "pss.xlsx", {"检索结果": [
        ["申请号", "申请日", "公开（公告）号", "公开（公告）日", "发明名称", "IPC分类号", "申请（专利权）人", "发明人", "优先权号", "优先权日"],
        ["CN" + invention.split(".")[0], "2019.02.13", "CN109876543A", "2019.06.21", "一种图像识别方法", "G06K9/62", "同济大学",
         "张三;李四", "", ""],
        ["CN" + invention.split(".")[0], "2019.02.13", "CN109876543B", "2021.08.10", "一种图像识别方法", "G06K9/62", "同济大学",
         "张三;李四", "", ""],
        ["CN" + app_no(2020, 2, 234567), "2020.05.06", "CN212345678U", "2021.01.05", "一种夹持装置", "B25B", "同济大学", "刘强", "", ""],
        ["CN" + app_no(2021, 3, 456789), "2021.09.09", "CN306789012S", "2022.01.14", "杯子", "07-01", "同济大学", "孙七", "", ""],
        ["CN" + app_no(2018, 1, 345678), "2018.07.01", "CN108765432A", "2018.12.11", "一种高分子材料", "C08L", "同济大学", "赵六",
         "CN201710123456.X", "2017.07.02"],
    ]})
    ei.import_file(db, path)
    got = {n: (r["legal_status"], r["attribute"], r["grant_date"], r["grant_date_precision"]) for n, r in rows_by_name(db).items()}
    assert got == {"一种图像识别方法": ("granted", "granted", "2021-08-10", "day"),
                   "一种夹持装置": ("granted", "granted", "2021-01-05", "day"),
                   "杯子": ("granted", "granted", "2022-01-14", "day"),
                   "一种高分子材料": ("pending", "ungranted", None, None)}
    _reimport_changes_nothing(db, path)


def test_a_grant_announcement_number_column_keeps_the_publication_date_to_itself(db, tmp_path):
    """佰腾 and Soopat write 授权公告号 beside 公开号: the 公开日 is the A publication's, never the grant date;
    without a grant-date column the grant date stays empty."""
    number = app_no(2019, 1, 123456)
    path = write_xlsx(tmp_path / "baiten.xlsx", {"Sheet1": [
        ["专利名称", "申请号", "申请日", "公开号", "公开日", "授权公告号", "申请人", "发明人", "专利类型"],
        ["一种图像识别方法", number, "2019-02-13", "CN109876543A", "2019-06-21", "CN109876543B", "同济大学", "张三", "发明授权"],
    ]})
    ei.import_file(db, path)
    row = rows_by_name(db)["一种图像识别方法"]
    assert (row["attribute"], row["grant_date"]) == ("granted", None)


# -- 中国及多国专利审查信息查询 ----------------------------------------------------------------------------
@pytest.mark.parametrize(("state", "status", "category"), [
    ("驳回等复审请求", LegalStatus.REJECTED, StatusCategory.NOT_GRANTED),
    ("新案", LegalStatus.PENDING, StatusCategory.PENDING),
    ("等待授权公告", LegalStatus.PENDING, StatusCategory.PENDING),
    ("复审程序中", LegalStatus.PENDING, StatusCategory.PENDING),
    ("DISCONTINUED", LegalStatus.WITHDRAWN, StatusCategory.NOT_GRANTED),   # Lens
    ("PATENTED", LegalStatus.GRANTED, StatusCategory.GRANTED),             # Lens
])
def test_case_states_of_the_cnipa_query_and_lens(state, status, category):
    reading = read_legal_status(state)
    assert (reading.status, reading.category) == (status, category)


@pytest.mark.parametrize(("text", "status", "says_granted"), [
    ("公开-实审", LegalStatus.PENDING, False), ("实审-驳回", LegalStatus.REJECTED, False),
    ("失效-未缴年费", LegalStatus.LAPSED, True), ("有效-权利转移", LegalStatus.GRANTED, True),
    ("公开—实审—授权", LegalStatus.GRANTED, True), ("审中专利", LegalStatus.PENDING, False),
    ("PCT-有效期内", LegalStatus.PENDING, False),   # the dash of a whole term stays
])
def test_steps_joined_by_a_dash_as_ledgers_write_them(text, status, says_granted):
    reading = read_legal_status(text)
    assert (reading.status, reading.says_granted) == (status, says_granted)


def test_cnipa_case_list_rejected_waiting_for_reexamination(db, tmp_path):
    rejected = app_no(2020, 1, 444444)
    path = write_xlsx(tmp_path / "cpquery.xlsx", {"Sheet1": [
        ["申请号/专利号", "发明名称", "申请人", "申请日", "授权公告日", "主分类号", "案件状态"],
        [rejected, "一种催化剂", "同济大学", "2020-01-02", "", "B01J", "驳回等复审请求"],
        ["ZL" + app_no(2016, 2, 333333), "一种支架", "同济大学", "2016-01-02", "2016-08-09", "F16M", "未缴年费专利权终止，等恢复"],
    ]})
    ei.import_file(db, path)
    rows = rows_by_name(db)
    assert (rows["一种催化剂"]["legal_status"], rows["一种催化剂"]["attribute"]) == ("rejected", "ungranted")
    assert (rows["一种支架"]["legal_status"], rows["一种支架"]["attribute"]) == ("lapsed", "granted")
    assert db.scalar("SELECT count(*) FROM review_flags") == 0


# -- software copyright ----------------------------------------------------------------------------------
def test_a_software_row_with_only_its_certificate_number_is_software(db, tmp_path):
    """An office's software list kept from the certificates: a row whose 登记号 is missing still names
    a software copyright by its 证书号 (软著登字第…号)."""
    path = write_xlsx(tmp_path / "software.xlsx", {"软著": [
        ["序号", "软件名称", "登记号", "证书号", "著作权人", "开发完成日期", "首次发表日期", "登记日期", "版本号", "权利取得方式",
         "权利范围", "第一著作人", "所属学院"],
        [1, "智能排课管理系统", "2019SR0123456", "软著登字第3456789号", "同济大学", "2018-11-20", "2018-12-01", "2019-02-13", "V1.0",
         "原始取得", "全部权利", "张三", "软件学院"],
        [2, "某某小程序", "", "软著登字第9876543号", "同济大学", "2022年3月", "", "20220601", "V1.0", "原始取得", "全部权利", "王五",
         "设计学院"],
    ]})
    ei.import_file(db, path)
    rows = rows_by_name(db)
    assert {n: (r["type"], r["attribute"], r["registration_no"]) for n, r in rows.items()} == {
        "智能排课管理系统": ("software", "granted", "2019SR0123456"), "某某小程序": ("software", "granted", None)}
    applet = rows["某某小程序"]
    assert (applet["filing_date"], applet["filing_date_precision"], applet["grant_date"]) == ("2022-03", "month", "2022-06-01")
    assert json.loads(applet["extra"])["证书号"] == "软著登字第9876543号"
    assert db.scalar("SELECT count(*) FROM review_flags") == 0
    _reimport_changes_nothing(db, path)


# -- university ledgers with fee and deal columns ------------------------------------------------------------
def test_a_ledger_with_fee_and_deal_columns_keeps_its_state_column_as_the_legal_status(db, tmp_path):
    """A university 专利台账 with 年费金额, 缴费日期 and 合同编号 columns is still a ledger: its bare 状态
    (驳回, 未缴年费, 实审) is the patent's legal status, not a payment's or a contract's state."""
    path = write_xlsx(tmp_path / "ledger.xlsx", {"专利台账": [
        ["序号", "专利名称", "专利类型", "申请号", "申请日", "授权日", "发明人", "学院", "状态", "是否转化", "转化方式", "合同编号",
         "年费金额", "缴费日期"],
        [1, "一种负极材料", "发明", app_no(2019, 1, 100001), "2019-03-01", "", "王伟", "材料学院", "驳回", "否", "", "", "", ""],
        [2, "一种夹具", "实用新型", app_no(2021, 2, 200002), "2021.06.15", "2021.12.03", "刘强", "机械学院", "未缴年费", "是", "转让",
         "HT2023-001", 255, "2024-06-15"],
        [3, "一种检测方法", "发明", app_no(2022, 1, 300003), "2022/8/9", "", "张敏", "化学学院", "实审", "否", "", "", "", ""],
        [4, "一种传感器", "发明", app_no(2020, 1, 400004), "2020-01-02", "2022-03-04", "赵六", "电信学院", "有效", "否", "", "", 900,
         "2025-01-02"],
    ]})
    ei.import_file(db, path)
    got = {n: (r["legal_status"], r["attribute"], r["transfer_status"]) for n, r in rows_by_name(db).items()}
    assert got == {"一种负极材料": ("rejected", "ungranted", "none"), "一种夹具": ("lapsed", "granted", "transferred"),
                   "一种检测方法": ("pending", "ungranted", "none"), "一种传感器": ("granted", "granted", "none")}
    extra = json.loads(rows_by_name(db)["一种夹具"]["extra"])
    assert extra["合同编号"] == "HT2023-001" and extra["年费金额"] == "255" and "状态" not in extra
    _reimport_changes_nothing(db, path)


def test_a_fee_list_keeps_its_payment_state(db, tmp_path):
    """The CNIPA 专利业务办理系统 应缴费 list: its 状态 (未缴费) is the payment's, kept in the extra fields."""
    path = write_xlsx(tmp_path / "fees.xlsx", {"应缴费信息": [
        ["序号", "申请号/专利号", "发明创造名称", "申请人", "费用种类", "应缴金额", "缴费截止日", "状态"],
        [1, "ZL" + app_no(2020, 2, 200002), "一种固定架", "同济大学", "实用新型专利第4年年费", 420, "2024-05-06", "未缴费"],
    ]})
    ei.import_file(db, path)
    row = rows_by_name(db)["一种固定架"]
    assert (row["legal_status"], row["attribute"]) == ("granted", "granted")
    assert json.loads(row["extra"])["状态"] == "未缴费"


def test_transfer_columns_as_university_ledgers_fill_them(db, tmp_path):
    """是否转化 / 转化状态 hold 是/否, a tick (√ ×), Y/N, the way the result went (转让, 许可, 作价入股 —
    促进科技成果转化法 第十六条) or a placeholder; the way is kept as written beside the state."""
    cells = ["√", "×", "Y", "转让", "普通许可", "作价入股", "是（转让）", "—", "/"]
    path = write_xlsx(tmp_path / "transfer.xlsx", {"台账": [
        ["序号", "专利名称", "专利类型", "申请号", "是否转化"],
        *[[i, f"成果{i}", "发明", app_no(2020, 1, 100 + i), cell] for i, cell in enumerate(cells, 1)],
    ]})
    ei.import_file(db, path)
    rows = rows_by_name(db)
    assert [rows[f"成果{i}"]["transfer_status"] for i in range(1, len(cells) + 1)] == [
        "transferred", "none", "transferred", "transferred", "transferred", "transferred", "transferred", "none", "none"]
    assert json.loads(rows["成果4"]["extra"])["是否转化（原文）"] == "转让"
    assert json.loads(rows["成果7"]["extra"])["是否转化（原文）"] == "是（转让）"
    assert "是否转化（原文）" not in json.loads(rows["成果1"]["extra"] or "{}")
    assert db.scalar("SELECT count(*) FROM review_flags") == 0
    _reimport_changes_nothing(db, path)


@pytest.mark.parametrize("mark", ["—", "/", "无", "暂无", "待授权", "未授权", "N/A", "-"])
def test_a_placeholder_in_a_number_column_is_no_number_and_no_grant(db, tmp_path, mark):
    """Ledgers fill 专利号, 证书号 and 授权日 of a pending application with a mark: never grant evidence
    (a pending application is not 授权成果), never a 待核对 flag of a wrong number."""
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [
        ["序号", "专利名称", "专利类型", "申请号", "专利号", "证书号", "授权公告号", "申请日", "授权日"],
        [1, "一种方法", "发明", app_no(2020, 1, 101), mark, mark, mark, "2020-01-02", mark],
    ]})
    ei.import_file(db, path)
    row = rows_by_name(db)["一种方法"]
    assert (row["legal_status"], row["attribute"], row["patent_no"], row["grant_date"]) == ("pending", "ungranted", None, None)
    assert db.scalar("SELECT count(*) FROM review_flags") == 0


def test_words_in_a_certificate_column_are_no_grant_evidence(db, tmp_path):
    """证书号 “申请中” names no certificate: the row stays an application (the text is kept)."""
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [
        ["序号", "专利名称", "申请号", "证书号"],
        [1, "一种方法", app_no(2020, 1, 101), "申请中"],
        [2, "一种装置", app_no(2020, 2, 102), "第5123456号"],
    ]})
    ei.import_file(db, path)
    rows = rows_by_name(db)
    assert (rows["一种方法"]["attribute"], json.loads(rows["一种方法"]["extra"])["证书号"]) == ("ungranted", "申请中")
    assert rows["一种装置"]["attribute"] == "granted"


@pytest.mark.parametrize(("label", "value"), [
    ("发明专利权", "invention"), ("实用新型专利权", "utility_model"), ("外观设计专利权", "design"),
    ("计算机软件著作权登记", "software"), ("软件著作权（登记）", "software"), ("软著登记", "software"),
    ("实用新型(已授权)", "utility_model"), ("发明（实审）", "invention"),
])
def test_type_labels_of_ledgers_with_a_suffix_or_a_note(label, value):
    assert ei.to_type(label) == value


def test_a_type_with_a_note_keeps_the_note(db, tmp_path):
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [
        ["专利名称", "专利类型", "申请号"],
        ["一种夹具", "实用新型(已授权)", app_no(2021, 2, 200002)],
        ["一种方法", "发明专利权", app_no(2021, 1, 200003)],
    ]})
    ei.import_file(db, path)
    rows = rows_by_name(db)
    assert (rows["一种夹具"]["type"], json.loads(rows["一种夹具"]["extra"])["专利类型（原文）"]) == ("utility_model", "实用新型(已授权)")
    assert rows["一种方法"]["type"] == "invention" and "专利类型（原文）" not in json.loads(rows["一种方法"]["extra"] or "{}")
    assert db.scalar("SELECT count(*) FROM review_flags") == 0
    _reimport_changes_nothing(db, path)


@pytest.mark.parametrize(("text", "label"), [
    ("中央高校基本科研业务费", "纵向"), ("上海市教委", "纵向"), ("上海市卫生健康委员会", "纵向"), ("申康中心", "纵向"),
    ("市经信委", "纵向"), ("院级课题", "自筹"), ("校级课题", "自筹"), ("自选课题", "自筹"),
])
def test_funding_words_of_university_and_hospital_ledgers(text, label):
    assert ei.to_funding(text) == (label, text)


@pytest.mark.parametrize("mark", ["—", "/", "暂无"])
def test_a_funding_placeholder_is_empty(mark):
    assert ei.to_funding(mark) is None


def _cnipa_row(publication: str) -> list:
    return ["CN" + app_no(2019, 1, 123456), "2019.02.13", publication, "2021.08.10", "一种基于深度学习的图像识别方法", "同济大学", "张三"]


_CNIPA_HEADER = ["申请号", "申请日", "公开（公告）号", "公开（公告）日", "发明名称", "申请（专利权）人", "发明人"]


def test_a_google_patents_row_matches_the_record_of_its_publication_number(db, tmp_path):
    """Google Patents gives no application number: its row matches the record the CNIPA export made
    of the same patent by the publication number that record keeps (CN109876543B of the Google id
    CN-109876543-B), updating it instead of adding a second record; importing the Google file again
    changes nothing."""
    ei.import_file(db, write_xlsx(tmp_path / "pss.xlsx", {"检索结果": [_CNIPA_HEADER, _cnipa_row("CN109876543B")]}))
    number = app_no(2019, 1, 123456)
    record = db.scalar("SELECT id FROM achievements WHERE application_no = ?", (number,))
    google = google_export(tmp_path / "gp.csv")
    plan, _ = ei.import_file(db, google)
    assert len(plan.added) == 3 and [p.target_id for p in plan.updated] == [record]
    assert db.scalar("SELECT count(*) FROM achievements WHERE name = '一种基于深度学习的图像识别方法'") == 1
    row = rows_by_name(db)["一种基于深度学习的图像识别方法"]
    assert (row["application_no"], row["patent_no"]) == (number, "ZL" + number)  # the CNIPA number stays
    assert json.loads(row["extra"])["id"] == "CN-109876543-B"
    assert _inventors(db, "一种基于深度学习的图像识别方法") == ["张三", "李四", "王五"]
    assert db.scalar("SELECT count(*) FROM review_flags WHERE kind = 'possible_duplicate'") == 0
    _reimport_changes_nothing(db, google)


def test_a_google_patents_row_matches_the_record_a_lens_export_made(db, tmp_path):
    """Lens lists the A publication and the B grant of an application as two rows, one record, whose
    Display Key keeps both ("CN 109876543 A；CN 109876543 B"): the Google row of CN-109876543-B is
    that record."""
    ei.import_file(db, lens_export(tmp_path / "lens.csv"))
    record = db.scalar("SELECT id FROM achievements WHERE application_no = ?", (app_no(2019, 1, 123456),))
    plan, _ = ei.import_file(db, google_export(tmp_path / "gp.csv"))
    assert record in [p.target_id for p in plan.updated]
    assert db.scalar("SELECT count(*) FROM achievements WHERE extra LIKE '%CN-109876543-B%'") == 1


def test_a_cnipa_row_matches_the_record_a_google_patents_row_made(db, tmp_path):
    """The other way round: the record the Google row made (no application number) takes the CNIPA
    row of its publication, which gives it its application number."""
    google = google_export(tmp_path / "gp.csv")
    ei.import_file(db, google)
    record = db.scalar("SELECT id FROM achievements WHERE name = '一种基于深度学习的图像识别方法'")
    plan, _ = ei.import_file(db, write_xlsx(tmp_path / "pss.xlsx", {"检索结果": [_CNIPA_HEADER, _cnipa_row("CN109876543B")]}))
    assert not plan.added and [p.target_id for p in plan.updated] == [record]
    assert rows_by_name(db)["一种基于深度学习的图像识别方法"]["application_no"] == app_no(2019, 1, 123456)
    assert db.scalar("SELECT count(*) FROM achievements") == 4


def test_two_applications_with_one_publication_number_stay_two_records(db, tmp_path):
    """A ledger that copied one 公开号 into the next row (two applications, one publication number):
    the application numbers decide, each stays its own record."""
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [
        ["专利名称", "申请号", "公开号"],
        ["一种方法", app_no(2019, 1, 123456), "CN109876543A"],
        ["一种装置", app_no(2019, 1, 123457), "CN109876543A"],
    ]})
    plan, _ = ei.import_file(db, path)
    assert len(plan.added) == 2 and db.scalar("SELECT count(*) FROM review_flags WHERE kind = 'duplicate'") == 0
    _reimport_changes_nothing(db, path)


def test_a_google_patents_row_of_another_publication_beside_a_namesake_is_flagged(db, tmp_path):
    """A Google row whose publication number no record holds, with the name and type of a numbered
    record, is added — and flagged 可能重复 naming that record, never silently doubled."""
    ei.import_file(db, write_xlsx(tmp_path / "pss.xlsx", {"检索结果": [_CNIPA_HEADER, _cnipa_row("CN109876599B")]}))
    google = google_export(tmp_path / "gp.csv")
    plan, _ = ei.import_file(db, google)
    assert len(plan.added) == 4
    ledger_no = db.scalar("SELECT ledger_no FROM achievements WHERE application_no = ?", (app_no(2019, 1, 123456),))
    flags = db.query("SELECT f.reason FROM review_flags f JOIN achievements a ON a.id = f.achievement_id "
                     "WHERE f.kind = 'possible_duplicate' AND a.application_no IS NULL")
    assert [ledger_no in f["reason"] for f in flags] == [True]
    _reimport_changes_nothing(db, google)


def test_the_first_inventor_leads_the_list_of_all_inventors(db, tmp_path):
    """University ledgers write 第一发明人 beside 全部发明人; where 全部发明人 leaves the first inventor out
    or lists them later, the first inventor is still the first of the record's inventors."""
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [
        ["专利名称", "申请号", "第一发明人", "全部发明人"],
        ["甲", app_no(2020, 1, 1), "王伟", "王伟、李娜"],
        ["乙", app_no(2020, 1, 2), "王伟", "李娜、张敏"],
        ["丙", app_no(2020, 1, 3), "张敏", "李娜、张敏"],
    ]})
    ei.import_file(db, path)
    assert {n: _inventors(db, n) for n in "甲乙丙"} == {"甲": ["王伟", "李娜"], "乙": ["王伟", "李娜", "张敏"], "丙": ["张敏", "李娜"]}
    _reimport_changes_nothing(db, path)


def test_an_extra_column_keeps_the_unit_of_the_units_row(db, tmp_path):
    """A units row under the header (（万元）) gives an amount column its unit; a column kept as an extra
    field (转化金额) keeps it in its name, so 50 is never read later as 50 元."""
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [
        ["序号", "专利名称", "申请号", "转化金额", "资产价值", "备注"],
        [None, None, None, "（万元）", "（万元）", None],
        [1, "一种锂电池", app_no(2019, 1, 1), 50, 12.5, "首笔"],
    ]})
    ei.import_file(db, path)
    row = rows_by_name(db)["一种锂电池"]
    assert row["asset_value_fen"] == 12_500_000
    assert json.loads(row["extra"]) == {"转化金额（万元）": "50", "备注": "首笔"}
    _reimport_changes_nothing(db, path)


def test_a_cell_listing_the_a_and_b_publications_is_grant_evidence(db, tmp_path):
    """A ledger column 公开（公告）号 listing both publications of an application (one per line, or
    with ；): the B announces the grant; the cell is kept as written."""
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [
        ["专利名称", "申请号", "公开（公告）号"],
        ["一种方法", app_no(2019, 1, 123456), "CN109876543A\nCN109876543B"],
        ["一种材料", app_no(2019, 1, 123457), "CN109876544A；CN109876544B"],
        ["一种装置", app_no(2019, 1, 123458), "CN109876545A"],
    ]})
    ei.import_file(db, path)
    rows = rows_by_name(db)
    assert {n: r["attribute"] for n, r in rows.items()} == {"一种方法": "granted", "一种材料": "granted", "一种装置": "ungranted"}
    assert json.loads(rows["一种方法"]["extra"])["公开（公告）号"] == "CN109876543A\nCN109876543B"
    assert db.scalar("SELECT count(*) FROM review_flags") == 0
    _reimport_changes_nothing(db, path)


def test_a_ledgers_id_column_never_takes_the_publication_number_from_its_column():
    """Google Patents names its publication number "id"; a ledger's "ID" beside its 公开号 is a row id."""
    from kjcg_desktop.services.importing.layout import propose_mapping

    assert propose_mapping(["ID", "专利名称", "申请号", "公开号"]) == ["extra", "name", "application_no", "publication_no"]
    assert propose_mapping(["id", "title", "assignee"]) == ["publication_no", "name", "holder"]


def test_the_current_holder_wins_over_the_original_applicant(db, tmp_path):
    """incoPat and PatSnap list the applicant and the holder now (after an assignment): the ledger's
    专利权人 is the holder now; the applicant is kept as an extra field."""
    path = write_xlsx(tmp_path / "incoPat.xlsx", {"检索结果": [
        ["标题", "申请号", "申请人", "当前权利人", "发明人", "简单法律状态"],
        ["一种电池隔膜", "CN202110456789.1", "上海示范大学", "上海某新材料有限公司", "王伟; 刘强", "有效"],
        ["一种电解液", "CN202110456790.5", "上海示范大学", "", "王伟", "审中"],
    ]})
    ei.import_file(db, path)
    rows = rows_by_name(db)
    assert rows["一种电池隔膜"]["holder"] == "上海某新材料有限公司"
    assert json.loads(rows["一种电池隔膜"]["extra"])["申请人"] == "上海示范大学"
    assert rows["一种电解液"]["holder"] == "上海示范大学"  # no holder now written: the applicant
    for headers in (["Title", "Applicants", "Owners", "Application Number"], ["标题", "申请(专利权)人", "当前申请(专利权)人", "申请号"]):
        layout = ei.detect_layout("S", [headers, ["x"] * 4])
        assert layout is not None and layout.mapping[1:3] == ["extra", "holder"]


def test_a_profile_that_names_the_holder_column_keeps_it_when_an_applicant_column_comes_first():
    from kjcg_desktop.services.importing.layout import propose_mapping

    headers = ["标题", "申请人", "当前权利人", "申请号"]
    assert propose_mapping(headers, {"当前权利人": "holder"}) == ["name", "extra", "holder", "application_no"]
    assert propose_mapping(["标题", "申请人", "专利权人"], {"专利权人": "holder"})[1:] == ["extra", "holder"]


# -- Espacenet -----------------------------------------------------------------------------------------
# The result list "Download → CSV" of worldwide.espacenet.com: a first line "Espacenet", lines on the
# search, the header on line 8, ";" between the cells, CRLF, a last empty column; one row per family,
# several values of a cell one per line (" " and a line break between them).
ESPACENET_HEADER = ["No", "Title", "Inventors", "Applicants", "Publication number", "Earliest priority", "IPC", "CPC",
                    "Publication date", "Earliest publication", "Family number", ""]
ESPACENET_ROWS = [
    ["1", "Image recognition method based on deep learning", "ZHANG SAN [CN]\nLI SI [CN]", "UNIV TONGJI [CN]", "CN114000000A CN114000000B",
     "2021-09-10", "G06K9/62 G06N3/04", "G06N3/045 (EP, US)", "2022-01-11 2023-05-12", "2022-01-11", "79384567", ""],
    ["2", "Polymer material and preparation method thereof", "ZHAO LIU [CN]", "UNIV TONGJI [CN]", "CN115111111A", "2022-03-01", "C08L5/00", "",
     "2022-06-07", "2022-06-07", "80000001", ""],
    ["3", "Clamping device", "LIU QIANG [CN]\nCHEN JING [CN]", "UNIV TONGJI [CN]\nSHANGHAI MOUMOU MACHINERY CO LTD [CN]",
     "CN216000000U", "2021-07-01", "B25B11/00", "", "2022-03-15", "2022-03-15", "80000002", ""],
    ["4", "Sensor", "SUN QI [CN]", "UNIV TONGJI [CN]", "US2024123456A1\nEP4123456A1\nWO2023123456A1", "2022-05-05",
     "G01N27/00", "", "2024-04-11\n2024-01-03\n2023-07-20", "2023-07-20", "80000003", ""],
    ["5", "Battery", "WANG WU [CN]", "UNIV TONGJI [CN]", "WO2024111111A1\nCN117222222B\nCN117222222A", "2023-01-02", "H01M10/00",
     "", "2024-06-06\n2024-09-10\n2023-05-05", "2023-05-05", "80000004", ""],
]


def espacenet_csv(path: Path) -> Path:
    top = [["Espacenet", *[""] * 11], [""] * 12, ['Query: pa = "tongji univ"', *[""] * 11], *[[""] * 12] * 4]
    rows = [[cell.replace("\n", " \r\n") for cell in row] for row in ESPACENET_ROWS]
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows([*top, ESPACENET_HEADER, *rows])
    return path


@pytest.mark.parametrize("form", ["csv", "xlsx"])
def test_espacenet_result_list(db, tmp_path, form):
    """A university's Espacenet list of its own patents: one record per row (a family). The CN member
    gives the number (公开（公告）号; the B among A and B is the grant, its date in the same place of
    Publication date the grant date), the type by its kind code; no application number is made up;
    the applicants' and inventors' country codes are no part of their names; a family without a CN
    member is a foreign family member of type "other", flagged; the rest are extra fields."""
    path = (espacenet_csv(tmp_path / "espacenet.csv") if form == "csv" else
            write_xlsx(tmp_path / "espacenet.xlsx", {"Espacenet": [ESPACENET_HEADER[:-1], *(r[:-1] for r in ESPACENET_ROWS)]}))
    plan, _ = ei.import_file(db, path)
    assert len(plan.added) == 5
    rows = rows_by_name(db)
    got = {n: (r["type"], r["legal_status"], r["attribute"], r["grant_date"], r["application_no"], r["patent_no"])
           for n, r in rows.items()}
    assert got == {
        "Image recognition method based on deep learning": ("invention", "granted", "granted", "2023-05-12", None, None),
        "Polymer material and preparation method thereof": ("invention", "pending", "ungranted", None, None, None),
        "Clamping device": ("utility_model", "granted", "granted", "2022-03-15", None, None),
        "Sensor": ("other", "pending", "ungranted", None, "US2024123456A1", None),
        "Battery": ("invention", "granted", "granted", "2024-09-10", None, None),
    }
    image = rows["Image recognition method based on deep learning"]
    assert image["holder"] == "UNIV TONGJI"
    assert rows["Clamping device"]["holder"] == "UNIV TONGJI；SHANGHAI MOUMOU MACHINERY CO LTD"
    assert _inventors(db, "Image recognition method based on deep learning") == ["ZHANG SAN", "LI SI"]
    extra = json.loads(image["extra"])
    assert extra["Publication number"] == "CN114000000A CN114000000B" and extra["Family number"] == "79384567"
    assert extra["Applicants（原文）"] == "UNIV TONGJI [CN]" and extra["Earliest priority"] == "2021-09-10"
    assert json.loads(rows["Sensor"]["extra"])["Publication number"].split() == ["US2024123456A1", "EP4123456A1", "WO2023123456A1"]
    assert extra["Publication date"] == "2022-01-11 2023-05-12" and extra["CPC"] == "G06N3/045 (EP, US)"
    flags = [(f["kind"], f["original"]) for f in db.query("SELECT kind, original FROM review_flags ORDER BY id")]
    assert flags == [("foreign", "US2024123456A1")]
    _reimport_changes_nothing(db, path)


@pytest.mark.parametrize("export", ["espacenet", "google"])
def test_the_ledger_export_of_an_espacenet_or_google_import_reads_back_unchanged(db, tmp_path, export):
    """The ledger export writes the database's columns back (Publication number, Applicants（原文）, id …)
    and reads back as the same records; a foreign family member's flag, raised on the publication
    column, is not raised again on the 申请号 column the ledger writes its number in."""
    from kjcg_desktop.services import excel_export as ee

    source = espacenet_csv(tmp_path / "espacenet.csv") if export == "espacenet" else google_export(tmp_path / "gp.csv")
    ei.import_file(db, source)
    assert ee.export_ledger(db, tmp_path / "ledger.xlsx") == (5 if export == "espacenet" else 4)
    plan, _ = ei.import_file(db, tmp_path / "ledger.xlsx", dry_run=True)
    assert not plan.added and not plan.updated, [(p.values.get("name"), p.changes) for p in plan.updated]


def test_an_espacenet_row_matches_the_cnipa_record_of_its_cn_member(db, tmp_path):
    """After the CNIPA export, the Espacenet list of the same patents updates their records by the
    CN member's publication number; the Chinese title stays, Espacenet's English title is kept beside it."""
    ei.import_file(db, write_xlsx(tmp_path / "pss.xlsx", {"检索结果": [
        ["申请号", "申请日", "公开（公告）号", "公开（公告）日", "发明名称", "申请（专利权）人"],
        ["CN" + app_no(2021, 1, 100001), "2021.09.10", "CN114000000A", "2022.01.11", "一种基于深度学习的图像识别方法", "同济大学"],
    ]}))
    plan, _ = ei.import_file(db, espacenet_csv(tmp_path / "espacenet.csv"))
    assert len(plan.added) == 4 and len(plan.updated) == 1
    row = rows_by_name(db)["一种基于深度学习的图像识别方法"]
    assert (row["application_no"], row["attribute"], row["grant_date"]) == (app_no(2021, 1, 100001), "granted", "2023-05-12")
    assert json.loads(row["extra"])["Title"] == "Image recognition method based on deep learning"
    assert not plan.updated[0].diff.get("name")
    _reimport_changes_nothing(db, tmp_path / "espacenet.csv")


def test_a_ledgers_new_english_name_replaces_the_chinese_one(db, tmp_path):
    """The office's own ledger renaming a software to its English product name is a new name, not a
    database's translation: it replaces the old one."""
    header = ["软件名称", "登记号", "著作权人"]
    ei.import_file(db, write_xlsx(tmp_path / "v1.xlsx", {"软著": [header, ["智能排课系统", "2023SR0123456", "上海示范大学"]]}))
    ei.import_file(db, write_xlsx(tmp_path / "v2.xlsx", {"软著": [header, ["SmartCourse V2.0", "2023SR0123456", "上海示范大学"]]}))
    assert db.scalar("SELECT name FROM achievements") == "SmartCourse V2.0"


# -- Derwent Innovation ------------------------------------------------------------------------------------
# Clarivate Derwent Innovation "Export" to Excel: a title row above the header; one row per publication;
# several values in a cell separated by " | ".
DERWENT_HEADER = ["Publication Number", "Title", "Title - DWPI", "Abstract - DWPI", "Assignee/Applicant", "Assignee - Original",
                  "Inventor", "Application Number", "Application Date", "Publication Date", "Priority Number", "IPC - Current",
                  "DWPI Family Members"]


def test_derwent_innovation_export(db, tmp_path):
    """Derwent's English headers: the number, the title as published (Title; the DWPI title is kept),
    the assignees and inventors split on " | ", the application number in DOCDB form; a US publication
    is a foreign family member."""
    invention = app_no(2019, 1, 123456)
    path = write_xlsx(tmp_path / "derwent.xlsx", {"Sheet1": [
        ["Derwent Innovation export"],
        DERWENT_HEADER,
        ["CN109876543B", "一种基于深度学习的图像识别方法", "Image recognition method based on deep learning network",
         "NOVELTY - The method involves ...", "UNIV TONGJI | SHANGHAI MOUMOU CO LTD", "同济大学 | 上海某某有限公司", "ZHANG SAN | LI SI",
         "CN201910123456A", "2019-02-13", "2021-08-10", "CN201910123456A", "G06K0009620000 | G06N0003040000",
         "CN109876543A | CN109876543B | US2020123456A1"],
        ["CN212345678U", "一种夹持装置", "Clamping device for workpiece", "NOVELTY - ...", "UNIV TONGJI", "同济大学", "LIU QIANG",
         "CN202020234567U", "2020-05-06", "2021-01-05", "CN202020234567U", "B25B0011000000", "CN212345678U"],
        ["US2020123456A1", "Image recognition method", "Image recognition method based on deep learning network", "NOVELTY - ...",
         "UNIV TONGJI", "TONGJI UNIVERSITY", "ZHANG SAN | LI SI", "US2019016123456", "2019-10-01", "2020-04-23",
         "CN201910123456A", "G06K0009620000", "CN109876543A | CN109876543B | US2020123456A1"],
    ]})
    plan, _ = ei.import_file(db, path)
    assert plan.layouts[0].header_rows == [2] and len(plan.added) == 3
    rows = rows_by_name(db)
    image = rows["一种基于深度学习的图像识别方法"]
    assert (image["application_no"], image["patent_no"], image["type"], image["attribute"], image["grant_date"]) == (
        invention, "ZL" + invention, "invention", "granted", "2021-08-10")
    assert image["holder"] == "UNIV TONGJI；SHANGHAI MOUMOU CO LTD"
    assert _inventors(db, "一种基于深度学习的图像识别方法") == ["ZHANG SAN", "LI SI"]
    extra = json.loads(image["extra"])  # kept under the header as the mapping table shows it
    assert extra["Title-DWPI"] == "Image recognition method based on deep learning network"
    assert extra["Assignee-Original"] == "同济大学 | 上海某某有限公司" and "DWPI Family Members" in extra
    clamp = rows["一种夹持装置"]
    assert (clamp["application_no"], clamp["type"], clamp["attribute"]) == (app_no(2020, 2, 234567), "utility_model", "granted")
    us = rows["Image recognition method"]
    assert us["type"] == "other"
    assert [f["kind"] for f in db.query("SELECT kind FROM review_flags")] == ["foreign"]
    _reimport_changes_nothing(db, path)


# -- nationality after the holder --------------------------------------------------------------------------
def test_a_holder_column_with_the_nationality(db, tmp_path):
    """The software-registration list writes 著作权人（国籍） and the holder's 国籍 after the name
    ("上海示范大学（中国）"); patent lists 申请人（国籍）and 发明人（国籍）: the names are read without it,
    the cell kept as written; a bracket that names no country stays."""
    path = write_xlsx(tmp_path / "software.xlsx", {"软著": [
        ["登记号", "软件全称", "版本号", "著作权人（国籍）", "登记日期"],
        ["2023SR0123456", "智能排课管理系统", "V1.0", "上海示范大学（中国）", "2023-02-13"],
        ["2023SR0123457", "实验室预约平台", "V2.0", "上海示范大学（中国）、ACME INC.（美国）", "2023-03-01"],
        ["2023SR0123458", "校园导航", "V1.0", "上海某某（集团）有限公司", "2023-04-01"],
    ], "专利": [
        ["申请号", "发明名称", "申请人（国籍）", "发明人（国籍）"],
        [app_no(2022, 1, 100001), "一种方法", "上海示范大学(CN)", "王伟（中国）、李娜（中国）"],
    ]})
    ei.import_file(db, path)
    rows = rows_by_name(db)
    assert rows["智能排课管理系统"]["holder"] == "上海示范大学"
    assert json.loads(rows["智能排课管理系统"]["extra"])["著作权人（国籍）（原文）"] == "上海示范大学（中国）"
    assert rows["实验室预约平台"]["holder"] == "上海示范大学；ACME INC."
    assert rows["校园导航"]["holder"] == "上海某某（集团）有限公司"
    assert "著作权人（国籍）（原文）" not in json.loads(rows["校园导航"]["extra"] or "{}")
    assert rows["一种方法"]["holder"] == "上海示范大学"
    assert _inventors(db, "一种方法") == ["王伟", "李娜"]
    assert db.scalar("SELECT count(*) FROM review_flags") == 0
    _reimport_changes_nothing(db, path)


@pytest.mark.parametrize(("cell", "names"), [
    ("ZHANG SAN [CN] \r\nLI SI [CN]", ["ZHANG SAN", "LI SI"]),          # Espacenet, one per line
    ("ZHANG SAN [CN] LI SI [CN]", ["ZHANG SAN", "LI SI"]),                # the line breaks lost in a copy
    ("王伟（中国）、李娜（中国）", ["王伟", "李娜"]),                        # 发明人（国籍）
])
def test_people_with_their_country(cell, names):
    assert list(ei.to_people(cell)) == names


@pytest.mark.parametrize(("cell", "holders"), [
    ("UNIV TONGJI [CN] \r\nSHANGHAI MOUMOU CO LTD [CN]", "UNIV TONGJI；SHANGHAI MOUMOU CO LTD"),
    ("UNIV TONGJI [CN] SHANGHAI MOUMOU CO LTD [CN]", "UNIV TONGJI；SHANGHAI MOUMOU CO LTD"),
    ("上海示范大学（中国）", "上海示范大学"), ("上海示范大学（国籍：中国）", "上海示范大学"), ("ACME INC.(US)", "ACME INC."),
    ("上海某某（集团）有限公司", "上海某某（集团）有限公司"), ("某某科技（上海）有限公司", "某某科技（上海）有限公司"),
])
def test_holders_without_their_nationality(cell, holders):
    assert ei.to_holder(cell) == holders


# The same Derwent Innovation export made with the Chinese interface: CSV, three lines above the header
DERWENT_CN_HEADER = ["公开号", "标题", "标题 - DWPI", "优先权号", "优先权号/优先权日 - DWPI", "优先权日", "申请号", "申请日期",
                     "公开专利文献类型识别代码", "公开日期", "发明人 - 带有地址", "专利权人/申请人", "IPC - 现版", "摘要 - DWPI", "摘要",
                     "公开国家/地区代码", "第一发明人", "发明人计数", "专利权人/申请人 (首位)"]


def test_derwent_innovation_export_with_the_chinese_interface(db, tmp_path):
    path = tmp_path / "derwent-cn.csv"
    rows = [
        ["Derwent Innovation"], [""], [""], DERWENT_CN_HEADER,
        ["CN109876543B", "一种基于深度学习的图像识别方法", "Image recognition method based on deep learning network",
         "CN201910123456A", "CN201910123456A 2019-02-13", "2019-02-13", "CN201910123456A", "2019-02-13", "B", "2021-08-10",
         "张三 | 李四", "同济大学 | 上海某某有限公司", "G06K0009620000", "NOVELTY - …", "本发明公开了…", "CN", "张三", "2", "同济大学"],
        ["CN115111111A", "一种高分子材料及其制备方法", "Polymer material", "CN202210111111A", "", "2022-03-01", "CN202210111111A",
         "2022-03-01", "A", "2022-06-07", "赵六", "同济大学", "C08L0005000000", "", "", "CN", "赵六", "1", "同济大学"],
    ]
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)
    plan, _ = ei.import_file(db, path)
    assert plan.layouts[0].header_rows == [4] and len(plan.added) == 2
    stored = rows_by_name(db)
    image = stored["一种基于深度学习的图像识别方法"]
    number = app_no(2019, 1, 123456)
    assert (image["application_no"], image["type"], image["attribute"], image["grant_date"], image["holder"]) == (
        number, "invention", "granted", "2021-08-10", "同济大学；上海某某有限公司")
    # 发明人 - 带有地址 lists every inventor (with an address in brackets when Derwent has one); 第一发明人 leads
    assert _inventors(db, "一种基于深度学习的图像识别方法") == ["张三", "李四"]
    polymer = stored["一种高分子材料及其制备方法"]
    assert (polymer["application_no"], polymer["attribute"], polymer["filing_date"]) == (app_no(2022, 1, 111111), "ungranted", "2022-03-01")
    assert db.scalar("SELECT count(*) FROM review_flags") == 0
    _reimport_changes_nothing(db, path)
