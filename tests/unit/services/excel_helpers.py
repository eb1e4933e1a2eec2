"""Messy ledger workbooks built by the tests themselves (openpyxl)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from kjcg_desktop.services.excel_import import check_digit


def write_xlsx(path: Path, sheets: dict[str, list[list]]) -> Path:
    """A workbook with the given sheets, each row appended as it is."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def one_sheet_xlsx(path: Path, rows: list[list], title: str = "台账") -> Path:
    return write_xlsx(path, {title: rows})


def rows_by_name(db) -> dict[str, dict]:
    """Every achievement, by name."""
    return {r["name"]: dict(r) for r in db.query("SELECT * FROM achievements")}


def app_no(year: int, kind: int, serial: int) -> str:
    digits = f"{year}{kind}{serial:07d}"
    return f"{digits}.{check_digit(digits)}"


def messy_ledger(path: Path) -> Path:
    """Title and merged banner rows, a two-row header with stray spaces, a 序号 column, every date
    form, numbers as text and as floats, a blank row, a 合计 row, unknown columns, a second sheet and
    a notes sheet without a header."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "专利台账"
    ws["A1"] = "上海示范大学科技成果台账（2023年度）"
    ws.merge_cells("A1:L1")
    ws["A2"] = "制表单位：技术转移中心"
    # two-row header: a group title over 申请号/申请日/法律状态, the others merged vertically
    top = ["序号", "专利名称", "专利类型", "申请信息", None, None, "发明人", None, "授权日期", "所属 学院", "备注", "经费来源"]
    bottom = [None, None, None, "专利（申请）号", "申请 日期", "法律 状态", "第一发明人", "其他发明人", None, None, None, None]
    for c, v in enumerate(top, 1):
        ws.cell(3, c, v)
    for c, v in enumerate(bottom, 1):
        ws.cell(4, c, v)
    ws.merge_cells("D3:F3")
    ws.merge_cells("G3:H3")
    rows = [
        [1, "一种高强度铝合金的制备方法", "发明专利", app_no(2023, 1, 123456), date(2023, 5, 6), "有效", "王伟", "李娜、张敏", "2024.3.1", "材料学院", "重点项目", "纵向"],
        [2, "一种夹持装置", "实用新型(专利)", float(app_no(2022, 2, 654321)), 45000, "未缴年费", "刘强", "陈静,杨洋;黄杰", "2023/05/06", "机械学院", None, "横向"],
        [3, "检测系统及方法", "发明申请", app_no(2023, 1, 222222), "2023年5月6日", "实质审查", "赵磊", None, None, "电子学院", "=HYPERLINK(\"x\")", "自筹"],
        [None] * 12,
        [4, "仪器外壳", "外观设计", app_no(2021, 3, 333333), "20210506", "有 效", "吴敏", "周杰 徐丽", date(2021, 9, 9), "设计学院", None, None],
        [5, "ＡＢＣ分析系统", "发明", "２０２３１０４４４４４４." + check_digit("202310444444"), "2023.05.06", "驳回", "孙涛", None, None, "计算机系", None, None],
        [6] + [None] * 11,  # a numbered template row left empty
        [None, "合计", None, None, None, None, None, None, None, None, "5 项", None],
    ]
    for r, values in enumerate(rows, 5):
        for c, v in enumerate(values, 1):
            if v is not None:
                cell = ws.cell(r, c, v)
                if isinstance(v, str) and v.startswith("="):
                    cell.data_type = "s"  # text typed as '=HYPERLINK("x"), not a formula
    ws.cell(6, 5).number_format = 'yyyy"年"m"月"d"日"'  # 45000 shown as a Chinese date
    sw = wb.create_sheet("软件著作权")
    sw.append(["软件名称", "登记号", "软件著作权登记日", "著作权人", "第一著作人", "其它作者", "版权类型", "证书号"])
    sw.append(["分析软件V1.0", "2023SR0123456", date(2023, 7, 1), "上海示范大学", "钱明", "孙丽、李强", "计算机软件著作权", 5000001.0])
    sw.append(["管理平台V2.0", "2022sr0654321", "2022-08-08", "上海示范大学", "郑浩", None, "软件著作权", "5000002"])
    notes = wb.create_sheet("说明")
    notes["A1"] = "本表由技术转移中心维护"
    wb.save(path)
    return path


def bad_rows_ledger(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["成果名称", "成果类型", "申请号", "申请日", "法律状态", "属性", "阶段"])
    ws.append(["好的一行", "发明", app_no(2023, 1, 1), "2023-01-02", "有效", "授权成果", "开发阶段"])
    ws.append(["日期错误", "发明", app_no(2023, 1, 2), "2023-13-40", "审中", None, None])
    ws.append(["类型错误", "火箭", app_no(2023, 1, 3), "2023-01-02", "审中", None, None])
    ws.append(["校验位错误", "发明", "202310000004.0", "2023-01-02", "审中", None, None])
    ws.append([None, "发明", app_no(2023, 1, 5), "2023-01-02", "审中", None, None])
    ws.append(["属性不符", "发明", app_no(2023, 1, 6), "2023-01-02", "审中", "授权成果", "研究阶段"])
    wb.save(path)
    return path


# -- .xlsb (Excel binary workbook), written record by record (MS-XLSB 2.1.4) ----------------------------
def _xlsb_record(typ: int, payload: bytes = b"") -> bytes:
    head = bytes([typ]) if typ < 0x80 else bytes([(typ & 0x7F) | 0x80, typ >> 7])
    size, n = b"", len(payload)
    while True:
        n, low = n >> 7, n & 0x7F
        size += bytes([low | (0x80 if n else 0)])
        if not n:
            return head + size + payload


def _xlsb_string(text: str) -> bytes:
    import struct

    data = text.encode("utf-16-le")
    return struct.pack("<I", len(data) // 2) + data


def write_xlsb(path: Path, sheets: dict[str, list[list]], *, far_cells: dict[str, list[tuple[int, int, str]]] | None = None) -> Path:
    """An .xlsb as Excel saves one: rows of strings (BrtCellSt) and numbers (BrtCellReal), and
    optional extra cells (0-based row, column, text) written after the rows."""
    import struct
    import zipfile

    def sheet_part(rows: list[list], extra: list[tuple[int, int, str]]) -> bytes:
        width = max((len(r) for r in rows), default=1)
        out = [_xlsb_record(0x81), _xlsb_record(0x94, struct.pack("<IIII", 0, max(len(rows) - 1, 0), 0, width - 1)),
               _xlsb_record(0x91)]
        cells = [(r, c, v) for r, row in enumerate(rows) for c, v in enumerate(row) if v is not None] + list(extra)
        current = None
        for r, c, v in cells:
            if r != current:
                out.append(_xlsb_record(0x00, struct.pack("<IIH", r, 0, 300) + bytes(8)))
                current = r
            if isinstance(v, (int, float)):
                out.append(_xlsb_record(0x05, struct.pack("<IId", c, 0, float(v))))
            else:
                out.append(_xlsb_record(0x06, struct.pack("<II", c, 0) + _xlsb_string(str(v))))
        return b"".join([*out, _xlsb_record(0x92), _xlsb_record(0x82)])

    book = _xlsb_record(0x83) + _xlsb_record(0x8F)
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for i, (title, rows) in enumerate(sheets.items(), 1):
            book += _xlsb_record(0x9C, struct.pack("<II", 0, i) + _xlsb_string(f"rId{i}") + _xlsb_string(title))
            rels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                        f'relationships/worksheet" Target="worksheets/sheet{i}.bin"/>')
            z.writestr(f"xl/worksheets/sheet{i}.bin", sheet_part(rows, (far_cells or {}).get(title, [])))
        z.writestr("xl/workbook.bin", book + _xlsb_record(0x90) + _xlsb_record(0x84))
        z.writestr("xl/_rels/workbook.bin.rels", "".join(rels) + "</Relationships>")
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
                   '</Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                   'officeDocument" Target="xl/workbook.bin"/></Relationships>')
    return path


# -- an office's workbook: its ledger, the agent's 年费缴纳记录 and the 转化合同台账 -------------------------
MOTOR, SHELL, CATALYST = app_no(2019, 1, 31), app_no(2020, 2, 45), app_no(2018, 1, 77)


def office_fee_and_deal_workbook(path: Path) -> Path:
    """台账 + 年费缴纳记录 (as an agent sends it: a title row, 费用种类 spelled out, a 合计 row) + 转化合同台账
    (amounts in 万元, a 转化方式 column, a 合计 row). The fee list has one payment without an amount
    (E6) and one whose 费用种类 names no year (D7); the deal list one row without a 转化方式 (E5)."""
    return write_xlsx(path, {
        "台账": [
            ["序号", "成果名称", "专利类型", "申请号", "申请日", "授权公告日", "发明人", "学院", "法律状态"],
            [1, "一种节能电机控制方法", "发明专利", MOTOR, "2019-03-05", "2021-06-01", "张三、李四", "机械学院", "有效"],
            [2, "一种散热外壳", "实用新型", SHELL, "2020-04-10", "2020-12-01", "王五", "材料学院", "有效"],
            [3, "一种高效催化剂", "发明专利", CATALYST, "2018-05-06", "2020-09-09", "赵六", "化学学院", "授权"],
        ],
        "年费缴纳记录": [
            ["上海示范大学专利年费缴纳记录（代理机构：某某专利事务所）"],
            ["序号", "申请号", "专利名称", "费用种类", "缴费金额（元）", "缴费日期", "收据号", "备注"],
            [1, MOTOR, "一种节能电机控制方法", "发明专利第4年年费", 1200, "2022-02-20", "SH2022-001", ""],
            [2, MOTOR, "一种节能电机控制方法", "发明专利第5年年费", 2000, "2023-02-18", "SH2023-002", ""],
            [3, SHELL, "一种散热外壳", "实用新型专利第3年年费", 900, "2022-03-01", "SH2022-003", ""],
            [4, SHELL, "一种散热外壳", "实用新型专利第4年年费", "", "2023-03-01", "SH2023-004", "金额待补"],
            [5, CATALYST, "一种高效催化剂", "年费", 2000, "2023-04-01", "SH2023-005", ""],
            ["合计", "", "", "", 6100, "", "", ""],
        ],
        "转化合同台账": [
            ["序号", "合同编号", "合同名称", "专利号", "转化方式", "受让方（被许可方）", "合同金额（万元）", "签订日期", "备注"],
            [1, "ZR-2023-01", "节能电机专利转让合同", "ZL" + MOTOR, "转让", "上海某某电机有限公司", 50, "2023-05-01", ""],
            [2, "XK-2024-02", "散热外壳专利普通许可合同", "ZL" + SHELL, "普通许可", "苏州某科技有限公司", 20, "2024-01-15", ""],
            [3, "KF-2024-03", "催化剂中试技术开发", "ZL" + CATALYST, "技术开发", "某化工集团有限公司", 80, "2024-06-30", ""],
            [4, "", "", "ZL" + CATALYST, "", "某化工集团有限公司", 10, "2024-07-30", "方式待定"],
            ["合计", "", "", "", "", "", 160, "", ""],
        ],
    })
