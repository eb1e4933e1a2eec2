"""Import of exports and ledgers of other kinds (events columns, plant varieties, IC layouts, hospital
and institute ledgers, inventor cells with titles, web exports saved as .xls), shaped like the real
files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from excel_helpers import rows_by_name, write_xlsx

from kjcg_desktop.services import excel_import as ei

_xlsx = write_xlsx
_rows = rows_by_name


def _inventors(db, name: str) -> list[str]:
    return [r[0] for r in db.query("SELECT i.name FROM inventors i JOIN achievements a ON a.id = i.achievement_id "
                                   "WHERE a.name = ? ORDER BY i.position", (name,))]


# -- 法律状态/事件 with dated events ---------------------------------------------------------------------
def test_incopat_dated_events_column(db, tmp_path):
    path = _xlsx(tmp_path / "incopat.xlsx", {"export": [
        ["标题", "申请号", "申请日", "公开（公告）号", "专利类型", "申请人", "发明人", "法律状态/事件"],
        ["一种锂电池正极材料", "CN201910123456.X", "2019-01-02", "CN109999999A", "发明", "上海示范大学", "王伟",
         "2019-05-06 授权; 2021-08-09 专利权的转移"],
        ["一种集流体", "CN202010111111.5", "2020-01-02", "CN111111111A", "发明", "上海示范大学", "赵强",
         "2020-05-05 公开; 2020-06-01 实质审查的生效; 2022-01-01 发明专利申请公布后的视为撤回"],
        ["一种电解液", "CN202210567802.5", "2022-01-02", "CN114444444A", "发明", "上海示范大学", "李娜",
         "2023-09-01 发明专利申请公布后的驳回 | 2022-04-05 公开"],
    ]})
    ei.import_file(db, path)
    rows = _rows(db)
    granted = rows["一种锂电池正极材料"]
    assert (granted["legal_status"], granted["attribute"], granted["patent_no"]) == ("granted", "granted", "ZL201910123456.X")
    assert (rows["一种集流体"]["legal_status"], rows["一种集流体"]["attribute"]) == ("withdrawn", "ungranted")
    assert (rows["一种电解液"]["legal_status"], rows["一种电解液"]["attribute"]) == ("rejected", "ungranted")


def test_incopat_current_status_empty_events_column_read(db, tmp_path):
    """incoPat writes 当前法律状态 and 法律状态/事件: where the first is empty the events decide."""
    path = _xlsx(tmp_path / "incopat2.xlsx", {"incoPat": [
        ["标题", "申请号", "申请日", "公开（公告）号", "专利类型", "申请人", "当前法律状态", "法律状态/事件"],
        ["一种集流体", "CN202010111111.5", "2020-01-02", "CN111111111A", "发明", "上海示范大学", "",
         "公开; 实质审查的生效; 发明专利申请公布后的视为撤回"],
        ["一种隔膜", "CN201910123456.X", "2019-01-02", "CN109999999A", "发明", "上海示范大学", "",
         "2019-01-05 实质审查的生效; 2019-05-06 授权"],
    ]})
    ei.import_file(db, path)
    rows = _rows(db)
    assert rows["一种集流体"]["legal_status"] == "withdrawn"
    assert json.loads(rows["一种集流体"]["extra"])["法律状态/事件"].endswith("视为撤回")
    assert (rows["一种隔膜"]["legal_status"], rows["一种隔膜"]["attribute"]) == ("granted", "granted")


def test_event_column_spellings_map_to_the_detail(db, tmp_path):
    for header in ("法律事件", "法律状态事件", "历史法律状态"):
        path = _xlsx(tmp_path / f"{header}.xlsx", {"s": [
            ["专利名称", "申请号", header],
            [f"装置{header}", "CN202010111111.5", "2020-05-05 公开; 2022-01-01 发明专利申请公布后的视为撤回"],
        ]})
        plan, _ = ei.import_file(db, path)
        assert plan.layouts[0].mapping[2] == "legal_status_detail", header
        assert _rows(db)[f"装置{header}"]["legal_status"] == "withdrawn"


# -- hospital and institute organisation columns ---------------------------------------------------
def test_hospital_and_institute_department_columns(db, tmp_path):
    headers = ["科室", "所属科室", "第一发明人所在科室", "所/室", "研究室", "所属研究室", "所在部门"]
    for n, header in enumerate(headers):
        path = _xlsx(tmp_path / f"d{n}.xlsx", {"台账": [
            ["专利名称", "专利类型", "专利号", header],
            [f"一种可调节输液架{n}", "实用新型", "ZL202320123456.1"[:-1] + str(n), "心内科"],
        ]})
        plan, _ = ei.import_file(db, path)
        assert plan.layouts[0].mapping[3] == "department", header
    assert {r["department"] for r in _rows(db).values()} == {"心内科"}


def test_research_group_stays_in_extra(db, tmp_path):
    path = _xlsx(tmp_path / "g.xlsx", {"台账": [
        ["专利名称", "专利类型", "申请号", "研究室", "课题组"],
        ["一种催化剂", "发明", "CN202010111111.5", "催化研究室", "王伟课题组"],
    ]})
    ei.import_file(db, path)
    row = _rows(db)["一种催化剂"]
    assert row["department"] == "催化研究室"
    assert json.loads(row["extra"])["课题组"] == "王伟课题组"


# -- inventor cells with titles, departments and the corresponding-author mark ----------------------
def test_inventor_titles_departments_and_marks_are_not_names(db, tmp_path):
    path = _xlsx(tmp_path / "people.xlsx", {"台账": [
        ["专利名称", "专利类型", "专利号", "发明人"],
        ["一种可调节输液架", "实用新型", "ZL202320123456.1", "王伟（教授）、李娜(材料学院)、张敏*"],
        ["一种采血针", "实用新型", "ZL202220987654.8", "王伟、李娜、张敏＊"],
        ["一种针头", "实用新型", "ZL202220987655.X", "王伟、李娜"],
    ]})
    ei.import_file(db, path)
    assert _inventors(db, "一种可调节输液架") == ["王伟", "李娜", "张敏"]
    assert _inventors(db, "一种采血针") == ["王伟", "李娜", "张敏"]
    rows = _rows(db)
    # nothing lost: the cell as written is kept beside the names
    assert json.loads(rows["一种可调节输液架"]["extra"])["发明人（原文）"] == "王伟（教授）、李娜(材料学院)、张敏*"
    assert "发明人（原文）" not in json.loads(rows["一种针头"]["extra"] or "{}")
    # one person, one name: the same people across the rows
    assert {r[0] for r in db.query("SELECT DISTINCT name FROM inventors")} == {"王伟", "李娜", "张敏"}
    # a re-import changes nothing
    plan, _ = ei.import_file(db, path)
    assert not plan.added and all(r.action == "unchanged" for r in plan.rows)


def test_people_cell_split_after_notes_removed():
    from kjcg_desktop.services.importing.cells import to_people

    names = to_people("王伟（教授、博导）, 李娜【通讯作者】")
    assert names == ["王伟", "李娜"] and names.as_written == "王伟（教授、博导）, 李娜【通讯作者】"
    assert to_people("SMITH, John (MIT) | DOE, Jane*") == ["SMITH, John", "DOE, Jane"]
    assert to_people("（无）") == ["（无）"]        # nothing but a note: kept as written, never emptied
    plain = to_people("王伟、李娜")
    assert plain == ["王伟", "李娜"] and getattr(plain, "as_written", None) is None


# -- 植物新品种 and 集成电路布图设计 lists -----------------------------------------------------------------
def _variety_and_layout(path: Path) -> Path:
    return _xlsx(path, {
        "植物新品种": [
            ["品种名称", "作物种类", "品种权号", "申请号", "申请日", "授权日", "品种权人", "培育人", "状态"],
            ["沪农1号", "水稻", "CNA20191234.1", "20191234.1", "2019-03-01", "2021-06-01", "上海示范大学", "王伟、李娜", "授权"],
            ["沪农2号", "小麦", "", "20221235.1", "2022-03-01", "", "上海示范大学", "张敏", "初审合格"],
            ["沪农3号", "玉米", "CNA20191006012", "20191006012", "2019-05-01", "2022-01-01", "上海示范大学", "赵强", ""],
        ],
        "布图设计": [
            ["布图设计名称", "登记号", "申请日", "公告日", "布图设计权利人", "创作人", "类型"],
            ["低功耗ADC芯片", "BS.205012345", "2020-05-06", "2020-09-01", "上海示范大学", "赵强", "集成电路布图设计"],
            ["射频前端芯片", "BS.21501234X", "2021-05-06", "2021-09-01", "上海示范大学", "钱程", ""],
        ],
    })


def test_plant_variety_list_is_not_patents(db, tmp_path):
    path = _variety_and_layout(tmp_path / "kinds.xlsx")
    ei.import_file(db, path, sheet="植物新品种")
    rows = _rows(db)
    granted = rows["沪农1号"]
    # 20191234.1 is a variety application number, never an old 8-digit CN patent number: no ZL number invented
    assert (granted["type"], granted["legal_status"], granted["attribute"]) == ("plant_variety", "granted", "granted")
    assert (granted["patent_no"], granted["application_no"], granted["registration_no"]) == (None, None, "20191234.1")
    assert (granted["holder"], granted["grant_date"]) == ("上海示范大学", "2021-06-01")
    assert _inventors(db, "沪农1号") == ["王伟", "李娜"]
    pending = rows["沪农2号"]
    assert (pending["type"], pending["legal_status"], pending["attribute"]) == ("plant_variety", "pending", "ungranted")
    assert (rows["沪农3号"]["type"], rows["沪农3号"]["registration_no"]) == ("plant_variety", "20191006012")
    plan, _ = ei.import_file(db, path, sheet="植物新品种")
    assert not plan.added and all(r.action == "unchanged" for r in plan.rows)


def test_ic_layout_list(db, tmp_path):
    path = _variety_and_layout(tmp_path / "kinds.xlsx")
    plan, _ = ei.import_file(db, path, sheet="布图设计")
    rows = _rows(db)
    adc = rows["低功耗ADC芯片"]
    assert (adc["type"], adc["legal_status"], adc["registration_no"], adc["grant_date"], adc["holder"]) == (
        "ic_layout", "granted", "BS.205012345", "2020-09-01", "上海示范大学")
    assert _inventors(db, "低功耗ADC芯片") == ["赵强"]
    # the type follows from a BS. number when the type cell is empty; no 不是软件登记号 flag
    assert rows["射频前端芯片"]["type"] == "ic_layout"
    reasons = [r[0] for r in db.query("SELECT reason FROM review_flags")]
    assert not any("软件登记号" in reason for reason in reasons), reasons


def test_variety_numbers_are_not_cn_application_numbers():
    from kjcg_desktop.domain.ip_numbers import read_number

    assert read_number("20191234.1").kind == "variety" and not read_number("20191234.1").registered
    assert read_number("CNA20191234.1").registered and read_number("CNA20191234.1").normalised == "20191234.1"
    assert read_number("BS.205012345").kind == "layout"
    # old 8-digit CN numbers begin with the year 85–99 or 00–03
    assert read_number("93101234.5").kind == "application"
    assert read_number("12345678").kind == "other"


# -- web exports saved as .xls -----------------------------------------------------------------------
_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><title>专利列表</title></head>
<body><table border=1><tr><td>专利管理系统 导出</td></tr></table>
<table border=1>
<thead><tr><th>专利名称</th><th>专利类型</th><th>申请号</th><th>法律状态</th><th>发明人</th><th>所属学院</th></tr></thead>
<tbody>
<tr><td>一种可调节输液架</td><td>实用新型</td><td>202320123456.1</td><td>有效</td><td>王伟<br>李娜</td><td rowspan="2">医学院</td></tr>
<tr><td>一种采血针&amp;针座</td><td>实用新型</td><td>202220987654.8</td><td>未缴年费</td><td>张敏</td></tr>
</tbody></table></body></html>"""

_XMLSS = """<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
<Worksheet ss:Name="专利"><Table>
<Row><Cell><Data ss:Type="String">专利名称</Data></Cell><Cell><Data ss:Type="String">专利类型</Data></Cell>
<Cell><Data ss:Type="String">申请号</Data></Cell><Cell ss:Index="5"><Data ss:Type="String">申请日</Data></Cell></Row>
<Row><Cell><Data ss:Type="String">一种可调节输液架</Data></Cell><Cell><Data ss:Type="String">实用新型</Data></Cell>
<Cell><Data ss:Type="String">202320123456.1</Data></Cell><Cell ss:Index="5"><Data ss:Type="DateTime">2023-01-02T00:00:00.000</Data></Cell></Row>
<Row><Cell><Data ss:Type="String">一种夹具</Data></Cell><Cell><Data ss:Type="String">实用新型</Data></Cell>
<Cell><Data ss:Type="Number">202320200002</Data></Cell><Cell ss:Index="5"><Data ss:Type="DateTime">2023-03-03T00:00:00.000</Data></Cell></Row>
</Table></Worksheet></Workbook>"""


def test_html_table_saved_as_xls(db, tmp_path):
    path = tmp_path / "专利列表.xls"
    path.write_bytes(_HTML.format(charset="gb2312").encode("gb18030"))
    plan, _ = ei.import_file(db, path)
    assert len(plan.added) == 2
    rows = _rows(db)
    stand = rows["一种可调节输液架"]
    assert (stand["application_no"], stand["type"], stand["legal_status"], stand["department"]) == (
        "202320123456.1", "utility_model", "granted", "医学院")
    assert _inventors(db, "一种可调节输液架") == ["王伟", "李娜"]
    needle = rows["一种采血针&针座"]
    assert (needle["legal_status"], needle["department"]) == ("lapsed", "医学院")   # the rowspan covers it


def test_xml_spreadsheet_2003_saved_as_xls(db, tmp_path):
    path = tmp_path / "export.xls"
    path.write_text(_XMLSS, encoding="utf-8")
    plan, _ = ei.import_file(db, path)
    rows = _rows(db)
    assert (rows["一种可调节输液架"]["application_no"], rows["一种可调节输液架"]["filing_date"]) == ("202320123456.1", "2023-01-02")
    assert rows["一种夹具"]["application_no"].startswith("202320200002.")   # a Number cell read whole


def test_tab_separated_text_saved_as_xls(db, tmp_path):
    path = tmp_path / "科研系统导出.xls"
    path.write_bytes("专利名称\t专利类型\t申请号\n一种可调节输液架\t实用新型\t202320123456.1\n".encode("gbk"))
    ei.import_file(db, path)
    assert _rows(db)["一种可调节输液架"]["type"] == "utility_model"


def test_web_exports_refused_by_name(tmp_path):
    import pytest

    from kjcg_desktop.services.importing.workbook import ImportFileError, Workbook

    mht = tmp_path / "a.xls"
    mht.write_text("MIME-Version: 1.0\nContent-Type: multipart/related; boundary=x\n\n--x\n", encoding="ascii")
    with pytest.raises(ImportFileError, match="网页存档.*另存为"):
        Workbook(mht)
    junk = tmp_path / "b.xls"
    junk.write_bytes(b"\x01\x02\x03 not a table \x00\x00")
    with pytest.raises(ImportFileError, match="另存为"):
        Workbook(junk)
    # an XML file with an entity declaration is refused before parsing (billion laughs)
    bomb = tmp_path / "c.xls"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]>'
                    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet/></Workbook>', encoding="utf-8")
    with pytest.raises(ImportFileError, match="实体声明"):
        Workbook(bomb)
    # an HTML entity declaration is never expanded, no network is reached
    page = tmp_path / "d.xls"
    page.write_text('<!DOCTYPE html [<!ENTITY x SYSTEM "http://example.invalid/x">]><html><body><table>'
                    "<tr><td>专利名称</td><td>申请号</td></tr><tr><td>&x;</td><td>1</td></tr></table></body></html>",
                    encoding="utf-8")
    rows = Workbook(page).rows("表1")
    assert rows[0] == ["专利名称", "申请号"] and "example" not in rows[1][0]


def test_web_export_cell_limit(tmp_path, monkeypatch):
    import pytest

    from kjcg_desktop.services import sheet_size
    from kjcg_desktop.services.importing.workbook import ImportFileError, Workbook

    monkeypatch.setattr(sheet_size, "MAX_AREA_CELLS", 50)
    page = tmp_path / "big.xls"
    page.write_text("<html><table>" + "<tr><td>a</td><td>b</td></tr>" * 40 + "</table></html>", encoding="utf-8")
    with pytest.raises(ImportFileError, match="单元格"):
        Workbook(page)


def test_events_kept_as_written_and_unknown_current_status_not_lost(db, tmp_path):
    path = _xlsx(tmp_path / "incopat3.xlsx", {"incoPat": [
        ["标题", "申请号", "当前法律状态", "法律状态/事件"],
        ["一种隔膜", "CN201910123456.X", "某种新状态", "2019-01-05 实质审查的生效; 2019-05-06 授权"],
        ["一种电极", "CN202010111111.5", "2020-05-05 公开; 2022-01-01 发明专利申请公布后的视为撤回", ""],
    ]})
    ei.import_file(db, path)
    rows = _rows(db)
    separator = rows["一种隔膜"]
    assert separator["legal_status"] == "granted"
    extra = json.loads(separator["extra"])
    assert (extra["当前法律状态"], extra["法律状态/事件"]) == ("某种新状态", "2019-01-05 实质审查的生效; 2019-05-06 授权")
    assert rows["一种电极"]["legal_status"] == "withdrawn"
    # re-importing changes nothing
    plan, _ = ei.import_file(db, path)
    assert all(r.action == "unchanged" for r in plan.rows)


@pytest.mark.parametrize(("cell", "names"), [
    ("欧阳 娜娜", ["欧阳娜娜"]),                     # a compound surname padded apart from the given name
    ("司马 相如、诸葛 亮", ["司马相如", "诸葛亮"]),
    ("王伟 欧阳 明 李娜", ["王伟", "欧阳明", "李娜"]),
    ("阿卜杜热合曼 · 买买提", ["阿卜杜热合曼·买买提"]),  # a transcribed name with spaces around its dot
    ("买买提・艾力、王伟", ["买买提·艾力", "王伟"]),
    ("王伟 李娜 张敏", ["王伟", "李娜", "张敏"]),      # two-character names in a row are several people
])
def test_compound_surnames_and_transcribed_names_stay_one_person(cell, names):
    from kjcg_desktop.services.importing.cells import to_people

    assert to_people(cell) == names


def test_a_completers_cell_ending_in_and_others_keeps_the_names_and_is_flagged(db, tmp_path):
    """Ledgers abbreviate: "王伟等", "张三 等5人". The names listed are the completers read; "等" is
    not part of the last name, and the record is flagged so the clerk completes the list."""
    path = _xlsx(tmp_path / "台账.xlsx", {"台账": [
        ["成果名称", "成果类型", "完成人"],
        ["一种育种技术", "专有技术", "王伟、李娜等"],
        ["一种栽培方法", "专有技术", "张三 等5人"],
        ["一种检测方法", "专有技术", "何等"],
    ]})
    ei.import_file(db, path)
    people = {r["name"]: [p["name"] for p in db.query("SELECT name FROM inventors WHERE achievement_id = ? ORDER BY position",
                                                      (r["id"],))] for r in db.query("SELECT id, name FROM achievements")}
    assert people == {"一种育种技术": ["王伟", "李娜"], "一种栽培方法": ["张三"], "一种检测方法": ["何等"]}
    flags = db.query("SELECT a.name, f.field, f.kind, f.cell, f.original FROM review_flags f "
                     "JOIN achievements a ON a.id = f.achievement_id ORDER BY f.id")
    assert [tuple(f) for f in flags] == [("一种育种技术", "inventors", "missing", "台账!C2", "王伟、李娜等"),
                                         ("一种栽培方法", "inventors", "missing", "台账!C3", "张三 等5人")]
    extra = json.loads(db.scalar("SELECT extra FROM achievements WHERE name = '一种栽培方法'"))
    assert extra["完成人（原文）"] == "张三 等5人"
    plan, _ = ei.import_file(db, path)  # a re-import changes nothing and flags nothing again
    assert not plan.added and all(r.action == "unchanged" for r in plan.rows)
    assert db.scalar("SELECT count(*) FROM review_flags") == 2


def test_a_title_or_department_wrapped_in_its_cell_is_one_line(db, tmp_path):
    """Alt+Enter wraps a long title to the column's width; the line break is layout, not part of the
    title (between Chinese characters it goes, between Latin words it is a space)."""
    path = _xlsx(tmp_path / "台账.xlsx", {"台账": [
        ["成果名称", "成果类型", "所属学院", "摘要"],
        ["一种锂离子电池\n正极材料的制备方法", "专有技术", "材料科学与\n工程学院", "第一段。\n第二段。"],
        ["A method for\nbattery recycling", "专有技术", "化学化工学院", ""],
    ]})
    ei.import_file(db, path)
    rows = {r["name"]: dict(r) for r in db.query("SELECT name, department, summary FROM achievements")}
    assert set(rows) == {"一种锂离子电池正极材料的制备方法", "A method for battery recycling"}
    assert rows["一种锂离子电池正极材料的制备方法"]["department"] == "材料科学与工程学院"
    assert rows["一种锂离子电池正极材料的制备方法"]["summary"] == "第一段。\n第二段。"  # text of several lines keeps them


@pytest.mark.parametrize(("cell", "kind"), [
    ("发明专利（PCT）", "invention"), ("发明（已授权）", "invention"), ("发明-授权", "invention"),
    ("外观设计（中国）", "design"), ("实用新型(专利)", "utility_model"),
])
def test_a_type_with_a_note_after_it_is_read(cell, kind):
    from kjcg_desktop.services.importing.cells import to_type

    assert to_type(cell) == kind


def test_a_type_the_vocabulary_lacks_is_still_refused_for_the_row_to_flag():
    from kjcg_desktop.services.importing.cells import ImportValueError, to_type

    for cell in ("国际专利", "标准", "新药证书"):
        with pytest.raises(ImportValueError):
            to_type(cell)


@pytest.mark.parametrize("text", ["Know-how", "know how", "Trade Secret", "技术诀窍"])
def test_know_how_in_english_and_chinese(text):
    from kjcg_desktop.services.importing import cells

    assert cells.to_type(text) == "know_how"
