"""Benchmark: Excel import and export against the bare libraries.

    python tests/perf/bench_excel.py [--rows 20000] [--export-rows 100000]

1. Builds a messy 20,000-row × 25-column Chinese ledger (title and banner rows, two-row header,
   dates as Excel dates, serials and five text forms, month- and year-only dates, 2015.03 typed as
   a number, placeholders (—, 待授权, 0), application numbers as floats with and without their
   check digit and in scientific notation, bad check digits, publication numbers with kind codes,
   free-text funding, inventor lists, blank rows, a 合计 row and a note row).
2. Bare read: python-calamine opening the file and reading the sheet into Python values.
3. Import: check + read + header detection + normalise/validate + write to SQLite in one transaction.
   Goal: ≤ 3 × the bare read (CPU, median of 3). Re-import of the same file into the filled ledger
   (matching, per-field merge, nothing written) is timed beside it, and each phase of one import
   alone (sheet-size guard; opening and reading, guard included; plan; commit).
4. Export of N achievements (ledger layout, XlsxWriter constant_memory through the formula-safe
   writer) vs a bare XlsxWriter constant_memory write of the same cells (values prepared in memory
   beforehand, same options). Goal: ≤ 1.1 ×. A bare openpyxl write_only of the same cells is
   timed for comparison.
5. Peak memory (ru_maxrss) during steps 1–4, before the baseline's cells are materialised. Goal: < 400 MB.
6. A wide patent-database export (incoPat-like, 40 columns with a 300-character 摘要, a 500-character 主权项
   and 3,000 characters of 权利要求 per row, --wide-rows of them): import CPU and the database's size.

Prints one JSON line last.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook

from kjcg_desktop.services import excel_export as ee
from kjcg_desktop.services import excel_import as ei
from kjcg_desktop.storage import imports as repo
from kjcg_desktop.storage import open_database

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英霞平刚桂华建国志红晓东文博宇浩然子涵欣怡"
TOPICS = ["高强度铝合金", "锂离子电池正极材料", "肿瘤早筛标志物", "工业机器人视觉", "污水深度处理", "燃料电池催化剂",
          "基因编辑载体", "智能电网调度", "柔性显示薄膜", "海洋平台防腐", "医学影像分割", "中药有效成分提取"]
DEPTS = ["材料学院", "电子信息学院", "生命学院", "医学院", "化学化工学院", "机械学院", "计算机系"]
TYPES = ["发明专利", "发明", "实用新型(专利)", "外观设计", "发明申请", "发明授权"]
TYPES_OF_DIGIT = {1: ["发明专利", "发明", "发明申请", "发明授权"], 2: ["实用新型(专利)", "实用新型"], 3: ["外观设计"]}
STATUS = ["有效", "审中", "实质审查", "未缴年费", "驳回", "有 效", "期限届满"]
HEADER_TOP = ["序号", "成果名称", "成果类型", "申请信息", None, None, "授权日", "法律 状态", "专利号", "专利权人", "所属学院",
              "发明人", "关键词", "摘要", "经费来源", "项目编号", "转化状态", "转化次数", "资产价值（元）", "属性", "阶段",
              "备注", "联系人", "联系电话", "录入时间"]
HEADER_BOTTOM = [None, None, None, "申请号", "申请日", "公开（公告）号"] + [None] * 19
FUNDING = ["纵向", "横向", "自筹", "国家自然科学基金面上项目", "企业委托", "校内自主", "上海市科委", "横向课题", "个人垫付"]


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _date_form(rng: random.Random, day: date):
    if rng.random() < 0.05:  # the messy cases: month or year only, a month typed as a number, placeholders
        return rng.choice((f"{day.year}年{day.month}月", f"{day.year}-{day.month:02d}", float(f"{day.year}.{day.month:02d}"),
                           day.year, "—", "待授权", 0))
    form = rng.randrange(7)
    if form == 0:
        return day
    if form == 1:
        return (day - date(1899, 12, 30)).days
    return [f"{day.year}.{day.month}.{day.day}", f"{day:%Y/%m/%d}", f"{day.year}年{day.month}月{day.day}日",
            f"{day:%Y%m%d}", day.isoformat()][form - 2]


def build_workbook(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("专利台账")
    ws.append(["上海示范大学科技成果台账"])
    ws.append(["制表：技术转移中心"])
    ws.append(HEADER_TOP)
    ws.append(HEADER_BOTTOM)
    for i in range(rows):
        if i and i % 997 == 0:
            ws.append([None] * 25)
        filing = date(2012, 1, 1) + timedelta(days=rng.randrange(4000))
        kind = rng.choice((1, 1, 1, 2, 3))
        digits = f"{filing.year}{kind}{i:07d}"
        app = f"{digits}.{ei.check_digit(digits)}"
        granted = rng.random() < 0.5
        cell: object = app
        roll = rng.random()
        if roll < 0.1:
            cell = float(digits)  # a number cell without its check digit (2.02210567802E+11 on screen)
        elif roll < 0.2 and app[-1] != "X":
            cell = float(app)
        elif roll < 0.21:
            cell = f"{digits}.{(int(app[-1]) + 1) % 10 if app[-1] != 'X' else 0}"  # a bad check digit
        elif roll < 0.25:
            cell = f"CN{digits}"
        publication = f"CN{100000000 + i}{'B' if granted else 'A'}" if rng.random() < 0.7 else None
        ws.append([
            i + 1, f"一种{rng.choice(TOPICS)}的制备方法{i}", rng.choice(TYPES_OF_DIGIT[kind]) if rng.random() < 0.9 else None,
            cell, _date_form(rng, filing), publication,
            _date_form(rng, filing + timedelta(days=500)) if granted else None,
            "有效" if granted else rng.choice(STATUS), f"ZL{app}" if granted else None, "上海示范大学", rng.choice(DEPTS),
            "、".join(_person(rng) for _ in range(rng.randint(1, 5))), "材料；工艺", f"本发明涉及{rng.choice(TOPICS)}领域" * 3,
            rng.choice(FUNDING), f"XM{rng.randrange(10**6):06d}", rng.choice(("未转化", "已转化", "意向转化")),
            str(rng.randint(0, 3)), f"{rng.randint(0, 500000)}.{rng.randint(0, 99):02d}", rng.choice(("授权成果", "未授权成果")),
            rng.choice(("研究阶段", "开发阶段")), rng.choice(("", "重点", "=SUM(1)", "+86")), _person(rng),
            f"1{rng.randrange(10**10):010d}", float(rng.randrange(10**7)),
        ])
    ws.append([None, "合计", None] + [None] * 22)
    ws.append(["注：本表由各学院填报"])
    wb.save(path)


WIDE_HEADER = ["序号", "标题", "申请号", "申请日", "公开（公告）号", "公开（公告）日", "专利类型", "当前法律状态", "申请人", "发明人",
               "IPC主分类", "IPC", "CPC", "摘要", "主权项", "权利要求", "说明书字数", "引证次数", "被引证次数", "同族数量", "简单同族",
               "扩展同族", "优先权号", "代理机构", "代理人", "申请人地址", "申请人邮编", "申请人国别代码", "当前申请(专利权)人", "首次公开日",
               "授权公告日", "失效日", "预估到期日", "专利寿命(月)", "合享价值度", "技术稳定性", "技术先进性", "保护范围", "文献页数",
               "权利要求数量"]
WIDE_WORDS = "本发明公开了一种用于锂离子电池的正极材料及其制备方法包括以下步骤将前驱体与锂源混合后在氧气气氛中烧结得到产物该材料具有高容量长循环寿命"


def build_wide_export(path: Path, rows: int, seed: int = 3) -> None:
    """An incoPat-like export: 40 columns, long texts (摘要, 主权项, 权利要求) on every row."""
    import xlsxwriter

    rng = random.Random(seed)
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "constant_memory": True})
    ws = wb.add_worksheet("incoPat")
    ws.write_row(0, 0, WIDE_HEADER)
    for i in range(1, rows + 1):
        year, kind = rng.randrange(2012, 2024), rng.choice((1, 1, 2))
        digits = f"{year}{kind}{i:07d}"

        def text(n: int) -> str:
            return "".join(rng.choice(WIDE_WORDS) for _ in range(n))

        ws.write_row(i, 0, [
            i, f"一种正极材料{i}的制备方法", f"{digits}.{ei.check_digit(digits)}", f"{year}-03-0{rng.randrange(1, 9)}",
            f"CN{110000000 + i}{'B' if i % 2 else 'A'}", f"{year + 1}-05-01", "发明申请" if kind == 1 else "实用新型",
            rng.choice(["有效", "审中", "失效"]), "上海示范大学", "王伟;李娜;张强", "H01M4/36", "H01M4/36;H01M4/505", "Y02E60/10",
            text(300), text(500), text(3000), 8000, 5, 3, 2, "CN1;CN2", "CN1;CN2;US3", "CN2019100000", "上海专利事务所", "张三",
            "上海市闵行区东川路800号", "200240", "CN", "上海示范大学", f"{year + 1}-05-01", "", "", f"{year + 20}-03-01", 240, 8, 7, 6,
            5, 12, 10])
    wb.close()


def bare_read(path: Path) -> int:
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(str(path))
    rows = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    book.close()
    return len(rows)


def fill_ledger(db, n: int) -> None:
    rng = random.Random(2)
    for start in range(0, n, 10_000):
        _fill_chunk(db, rng, range(start, min(n, start + 10_000)))


def _fill_chunk(db, rng: random.Random, numbers: range) -> None:
    added = []
    for i in numbers:
        filing = date(2012, 1, 1) + timedelta(days=rng.randrange(4000))
        added.append({"values": {
            "ledger_no": f"KJCG-2020-{i:06d}", "name": f"一种{rng.choice(TOPICS)}的制备方法{i}", "type": "invention",
            "legal_status": "granted", "application_no": f"2020100{i:05d}.1", "patent_no": f"ZL2020100{i:05d}.1",
            "filing_date": filing.isoformat(), "grant_date": (filing + timedelta(days=400)).isoformat(),
            "holder": "上海示范大学", "department": rng.choice(DEPTS), "keywords": "材料；工艺", "summary": "本发明涉及新材料领域",
            "transfer_status": "none", "transfer_count": 0, "asset_value_fen": rng.randrange(10**8), "attribute": "granted",
            "stage": "research", "extra": {"经费来源": "纵向", "备注": "=危险" if i % 50 == 0 else "普通"},
        }, "inventors": [_person(rng) for _ in range(3)]})
    repo.commit_import(db, source="bench", sheet="bench", added=added, updated=[], summary={})


def bare_write(path: Path, header: list[str], rows: list[list]) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("成果台账")
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)


def bare_xlsxwriter_write(path: Path, header: list[str], rows: list[list]) -> None:
    import xlsxwriter

    from kjcg_desktop.services.xlsx_writer import DATE_FORMAT, SAFE_OPTIONS

    wb = xlsxwriter.Workbook(str(path), {**SAFE_OPTIONS, "constant_memory": True, "default_date_format": DATE_FORMAT})
    ws = wb.add_worksheet("成果台账")
    write_row = ws.write_row
    write_row(0, 0, header)
    for r, row in enumerate(rows, 1):
        write_row(r, 0, row)
    wb.close()


def _timed(func, *args) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of one call. The ratios use CPU time, which is
    steadier than wall time on a shared machine; both are printed."""
    w0, c0 = time.perf_counter(), time.process_time()
    func(*args)
    return time.perf_counter() - w0, time.process_time() - c0


def _cpu(timing: tuple[float, float]) -> float:
    return timing[1]


def _median(timings: list[tuple[float, float]]) -> tuple[float, float]:
    """The run with the median CPU time."""
    ordered = sorted(timings, key=_cpu)
    return ordered[len(ordered) // 2]


def _import_phases(src: Path, tmp: Path, repeat: int) -> dict[str, float]:
    """Median CPU seconds of each phase of one import: the sheet-size guard, opening the file and
    reading the sheet (guard included), the plan (normalise, interpret, match) and the commit."""
    from kjcg_desktop.services import sheet_size
    from kjcg_desktop.services.importing import build_plan, commit_plan, layouts_for, open_workbook

    runs: dict[str, list[tuple[float, float]]] = {"guard": [], "open_and_read": [], "plan": [], "commit": []}
    for k in range(repeat):
        gc.collect()
        runs["guard"].append(_timed(sheet_size.check_workbook, src))
        db = open_database(tmp / f"phases{k}.sqlite3")
        gc.collect()
        w0, c0 = time.perf_counter(), time.process_time()
        workbook = open_workbook(src)
        layouts = layouts_for(workbook)
        runs["open_and_read"].append((time.perf_counter() - w0, time.process_time() - c0))
        w0, c0 = time.perf_counter(), time.process_time()
        plan = build_plan(db, workbook, layouts)
        runs["plan"].append((time.perf_counter() - w0, time.process_time() - c0))
        workbook.close()
        runs["commit"].append(_timed(commit_plan, db, plan))
        db.close()
        del plan, workbook, layouts
    return {name: round(_cpu(_median(timings)), 3) for name, timings in runs.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--export-rows", type=int, default=100_000)
    parser.add_argument("--wide-rows", type=int, default=5_000, help="rows of the wide export (0: skip it)")
    parser.add_argument("--repeat", type=int, default=3, help="N alternating runs of each timing (import: median; export: best)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "messy.xlsx"
        t0 = time.perf_counter()
        build_workbook(src, args.rows)
        build_s = time.perf_counter() - t0

        reads, imports, reimports = [], [], []
        for k in range(args.repeat):  # alternate, take the median of each (the machine may be shared)
            gc.collect()  # each timing starts from a collected heap: no earlier run's objects to walk
            reads.append(_timed(bare_read, src))
            db = open_database(tmp / f"import{k}.sqlite3")
            gc.collect()
            imports.append(_timed(ei.import_file, db, src))
            gc.collect()
            reimports.append(_timed(ei.import_file, db, src))
            if k == args.repeat - 1:
                plan = ei.import_file(db, src, dry_run=True)[0]
                flagged = db.scalar("SELECT count(DISTINCT achievement_id) FROM review_flags")
                stored = db.scalar("SELECT count(*) FROM achievements")
            db.close()
        read_s, read_cpu = _median(reads)
        import_s, import_cpu = _median(imports)
        reimport_s, reimport_cpu = _median(reimports)
        added, changed, skipped = plan.unchanged, len(plan.added) + len(plan.updated), len(plan.skipped)
        del plan
        phases = _import_phases(src, tmp, args.repeat)

        db = open_database(tmp / "export.sqlite3")
        fill_ledger(db, args.export_rows)
        out = tmp / "ledger.xlsx"
        exports = [_timed(ee.export_ledger, db, out)]
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        if sys.platform == "darwin":  # pragma: no cover - bytes there
            peak_mb /= 1024

        # the same cell values, prepared in memory beforehand, written by bare XlsxWriter (and openpyxl)
        core, extras = ee.ledger_headers(db)
        rows = list(ee.ledger_rows(db, extras))
        writes, openpyxl_writes = [], []
        for k in range(args.repeat):
            gc.collect()
            writes.append(_timed(bare_xlsxwriter_write, tmp / "bare.xlsx", core + extras, rows))
            gc.collect()
            openpyxl_writes.append(_timed(bare_write, tmp / "bare_openpyxl.xlsx", core + extras, rows))
            if k:
                gc.collect()
                exports.append(_timed(ee.export_ledger, db, out))
        export_s, export_cpu = min(exports, key=_cpu)
        bare_write_s, bare_write_cpu = min(writes, key=_cpu)
        openpyxl_s, openpyxl_cpu = min(openpyxl_writes, key=_cpu)
        db.close()

        wide: dict[str, float] = {}
        if args.wide_rows:
            wide_src = tmp / "incopat.xlsx"
            build_wide_export(wide_src, args.wide_rows)
            db = open_database(tmp / "wide.sqlite3")
            gc.collect()
            wide_s, wide_cpu = _timed(ei.import_file, db, wide_src)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.close()
            wide = {"wide_rows": args.wide_rows, "wide_import_s": round(wide_s, 3), "wide_import_cpu_s": round(wide_cpu, 3),
                    "wide_file_mb": round(wide_src.stat().st_size / 2**20, 1),
                    "wide_database_mb": round((tmp / "wide.sqlite3").stat().st_size / 2**20, 1)}
    result = {
        "rows": args.rows, "columns": 25, "build_s": round(build_s, 3),
        "calamine_read_s": round(read_s, 3), "calamine_read_cpu_s": round(read_cpu, 3),
        "import_s": round(import_s, 3), "import_cpu_s": round(import_cpu, 3),
        "import_ratio": round(import_cpu / read_cpu, 2), "import_ratio_wall": round(import_s / read_s, 2), "import_goal": 3.0,
        "reimport_s": round(reimport_s, 3), "reimport_cpu_s": round(reimport_cpu, 3),
        "reimport_ratio": round(reimport_cpu / read_cpu, 2), "reimport_changes": changed,
        "import_phases_cpu_s": phases,
        "imported": stored, "unchanged_on_reimport": added, "flagged": flagged, "skipped": skipped,
        "export_rows": args.export_rows, "export_s": round(export_s, 3), "export_cpu_s": round(export_cpu, 3),
        "bare_write_s": round(bare_write_s, 3), "bare_write_cpu_s": round(bare_write_cpu, 3),
        "export_ratio": round(export_cpu / bare_write_cpu, 2), "export_ratio_wall": round(export_s / bare_write_s, 2),
        "export_goal": 1.1, "openpyxl_write_only_s": round(openpyxl_s, 3), "openpyxl_write_only_cpu_s": round(openpyxl_cpu, 3),
        "peak_rss_mb": round(peak_mb, 1), "memory_goal_mb": 400, **wide,
    }
    print(f"import {args.rows} rows: {import_cpu:.2f}s CPU ({import_s:.2f}s wall) vs calamine read {read_cpu:.2f}s CPU "
          f"({read_s:.2f}s wall): ×{result['import_ratio']} (goal ≤ 3); {stored} records, {flagged} flagged 待核对")
    print("import phases (CPU s, median): " + ", ".join(f"{name} {cpu:.2f}" for name, cpu in phases.items()))
    print(f"re-import of the same file: {reimport_cpu:.2f}s CPU ({reimport_s:.2f}s wall): ×{result['reimport_ratio']}, "
          f"{changed} changes")
    print(f"export {args.export_rows} achievements: {export_cpu:.2f}s CPU ({export_s:.2f}s wall) vs bare XlsxWriter "
          f"constant_memory {bare_write_cpu:.2f}s CPU ({bare_write_s:.2f}s wall): ×{result['export_ratio']} (goal ≤ 1.1); "
          f"bare openpyxl write_only {openpyxl_cpu:.2f}s CPU")
    print(f"peak memory {peak_mb:.0f} MB (goal < 400 MB)")
    if wide:
        print(f"wide export {args.wide_rows} rows × 40 columns with 摘要/主权项/权利要求 ({wide['wide_file_mb']} MB): "
              f"{wide['wide_import_cpu_s']:.2f}s CPU ({wide['wide_import_s']:.2f}s wall), database {wide['wide_database_mb']} MB")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
