"""The national annual report (促进科技成果转化法第二十一条) on a hand-built 2025 with known answers,
its Word and Excel files, and the technology-contract registration form."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from report_fixture import build_report_fixture

from kjcg_desktop.domain import DomainError
from kjcg_desktop.domain import contracts as c
from kjcg_desktop.services.report import national
from kjcg_desktop.storage import contracts as sc
from kjcg_desktop.storage import deals as deals_repo

# A code with a valid check character (GB 32100-2015), registered in 苏州 (320500).
SUZHOU_PREFIX = "91320500MA1NWK7D3"
SUZHOU_USCC = SUZHOU_PREFIX + c.uscc_check_character(SUZHOU_PREFIX)


def build_year(db) -> dict[str, int]:
    """Report fixture's 2025 plus counterparties, 四技 contracts, an equity deal and reward,
    a paid cash distribution, a spin-off and staff mobility."""
    ids = build_report_fixture(db)
    cp_suzhou = sc.save_counterparty(db, {"name": "苏州纳微科技有限公司", "uscc": SUZHOU_USCC, "party_type": "170",
                                          "size": "micro", "industry": "C"})
    cp_sh = sc.save_counterparty(db, {"name": "上海国有资本投资有限公司", "region_code": "310000", "party_type": "110",
                                      "size": "large", "industry": "J", "state_owned": True})
    cp_bj = sc.save_counterparty(db, {"name": "北京智算科技有限公司", "region_code": "110108", "party_type": "150",
                                      "size": "medium", "industry": "I"})
    cp_spin = sc.save_counterparty(db, {"name": "上海示范科技有限公司", "region_code": "310115", "party_type": "150",
                                        "size": "small", "industry": "M"})
    # An equity investment of the publicly funded achievement a1 (signed in 2025).
    eq = deals_repo.create_deal(db, ids["a1"], {
        "kind": "equity", "counterparty": "上海示范科技有限公司", "company": "上海示范科技有限公司", "counterparty_state_owned": True,
        "pricing_method": "listing", "contract_date": date(2025, 7, 10), "amount_fen": 200_000_000})
    sc.link_deal_counterparty(db, eq, cp_spin)
    with db.transaction():
        db.execute("UPDATE deals SET state = 'signed' WHERE id = ?", (eq,))
    sc.add_equity_reward(db, eq, "张三", 10_000_000, date(2025, 8, 1), shares="5%")
    # 四技 contracts: one of exactly 1,000,000.00 yuan, one to the micro enterprise, one on the
    # classified achievement (left out), one of 2024 and a draft (not counted).
    dev = sc.create_tech_contract(db, {"kind": "development", "name": "智能算法联合开发", "counterparty_id": cp_bj,
                                       "contract_no": "HX-2025-01",
                                       "amount_fen": 100_000_000, "contract_date": date(2025, 3, 1), "department": "计算机学院"})
    svc = sc.create_tech_contract(db, {"kind": "service", "name": "材料检测服务", "counterparty_id": cp_suzhou,
                                       "amount_fen": 20_000_000, "contract_date": date(2025, 9, 1)})
    secret = sc.create_tech_contract(db, {"kind": "consulting", "name": "涉密咨询", "counterparty_id": cp_sh,
                                          "amount_fen": 5_000_000, "contract_date": date(2025, 10, 1),
                                          "achievement_id": ids["a3"]})
    sc.create_tech_contract(db, {"kind": "development", "name": "上年合同", "counterparty_id": cp_bj,
                                 "amount_fen": 70_000_000, "contract_date": date(2024, 12, 31)})
    sc.create_tech_contract(db, {"kind": "service", "name": "草稿合同", "counterparty_id": cp_bj, "state": "draft",
                                 "amount_fen": 1_000_000, "contract_date": date(2025, 5, 1)})
    sc.add_tech_receipt(db, dev, date(2025, 5, 10), 30_000_000)
    sc.add_tech_receipt(db, dev, date(2026, 1, 5), 70_000_000)
    sc.add_tech_receipt(db, secret, date(2025, 11, 1), 1_000_000)
    # The licence d4's receipt of 2025-05-01 is distributed 30 % unit, 35 % each inventor; paid 2025-06-30.
    with db.transaction():
        db.execute("UPDATE distributions SET paid_date = '2025-06-30'")
    sc.add_staff_mobility(db, "王离岗", "leave", "上海示范科技有限公司", date(2024, 7, 1))
    sc.add_staff_mobility(db, "赵兼职", "part_time", "北京智算科技有限公司", date(2025, 3, 1), date(2025, 12, 31))
    sc.add_staff_mobility(db, "钱已返岗", "part_time", "某企业", date(2023, 1, 1), date(2024, 6, 30))
    sc.add_spinoff(db, "上海示范科技有限公司", date(2025, 7, 15), achievement_id=ids["a1"], deal_id=eq)
    return {**ids, "eq": eq, "dev": dev, "svc": svc, "secret": secret, "cp_suzhou": cp_suzhou}


def values(report, table, label):
    return report.table(table).line(label).values


def test_uscc_check_character_and_region():
    assert c.check_uscc("91350100M000100Y43") == "91350100M000100Y43"   # the standard's sample code
    assert c.region_from_uscc("91350100M000100Y43") == "350100"
    with pytest.raises(DomainError, match="校验位"):
        c.check_uscc("91350100M000100Y44")
    with pytest.raises(DomainError, match="18位"):
        c.check_uscc("91350100M000100Y4")
    with pytest.raises(DomainError, match="不允许的字符"):
        c.check_uscc("91350100M000100YI3")


def test_counterparty_region_from_uscc_and_reuse(db):
    first = sc.save_counterparty(db, {"name": "苏州纳微科技有限公司", "uscc": SUZHOU_USCC.lower(), "size": "micro"})
    row = sc.get_counterparty(db, first)
    assert row["region_code"] == "320500" and row["uscc"] == SUZHOU_USCC
    again = sc.save_counterparty(db, {"name": "苏州纳微科技有限公司", "industry": "c"})
    row = sc.get_counterparty(db, first)
    assert again == first and row["industry"] == "C"
    assert row["size"] == "micro" and row["uscc"] == SUZHOU_USCC and row["region_code"] == "320500"  # nothing entered is lost
    sc.save_counterparty(db, {"name": "苏州纳微科技有限公司", "size": "small"}, first)  # an edit replaces the record
    assert sc.get_counterparty(db, first)["uscc"] is None
    with pytest.raises(DomainError, match="不是企业"):
        sc.save_counterparty(db, {"name": "某大学", "party_type": "022", "size": "small"})


def test_tech_contracts_leave_ledger_tags_alone(db):
    ids = build_report_fixture(db)
    before = db.one("SELECT transfer_status, transfer_count FROM achievements WHERE id = ?", (ids["a2"],))
    cp = sc.save_counterparty(db, {"name": "某企业", "region_code": "310000"})
    sc.create_tech_contract(db, {"kind": "development", "name": "合作开发", "counterparty_id": cp, "amount_fen": 1,
                                 "contract_date": date(2025, 1, 1), "achievement_id": ids["a2"]})
    after = db.one("SELECT transfer_status, transfer_count FROM achievements WHERE id = ?", (ids["a2"],))
    assert tuple(before) == tuple(after)
    assert db.scalar("SELECT count(*) FROM publicities WHERE achievement_id = ?", (ids["a2"],)) == 0
    totals = {(r["year"], r["kind"]): (r["contracts"], r["amount_fen"]) for r in sc.totals_by_kind(db)}
    assert totals[("2025", "development")] == (1, 1)
    assert totals[("2025", "licence")] == (1, 150_000_000)


def test_national_indicators_of_a_hand_built_year(db):
    build_year(db)
    r = national.compute_national(db, 2025)
    # classified: a3 registered in 2025, its consulting contract, that contract's receipt
    assert r.left_out == {"achievements": 1, "contracts": 1, "receipts": 1, "rewards": 0, "spinoffs": 0}
    assert [x["number"] for x in r.contracts] == ["HT-2025-0001", "JY-2025-0001", "JY-2025-0002", "JY-2025-0004",
                                                  "HT-2025-0002"]
    assert values(r, "all_modes", "转让") == [1, 30_000_000, 30_000_000]
    assert values(r, "all_modes", "许可") == [1, 150_000_000, 150_000_000]
    assert values(r, "all_modes", "作价投资") == [1, 200_000_000, 200_000_000]
    assert values(r, "all_modes", "技术开发") == [1, 100_000_000, 100_000_000]
    assert values(r, "all_modes", "技术咨询") == [0, 0, None]
    assert values(r, "all_modes", "技术服务") == [1, 20_000_000, 20_000_000]
    assert values(r, "all_modes", "合计") == [5, 500_000_000, 100_000_000]
    assert values(r, "transfer_modes", "小计") == [3, 380_000_000, 126_666_667]
    assert values(r, "tech_modes", "小计") == [2, 120_000_000, 60_000_000]
    # ≥ 1,000,000.00 yuan: the licence, the equity deal and the contract of exactly 1,000,000.00
    large = r.table("large").line("100万元及以上")
    assert large.values == [3, Decimal("60.0"), 450_000_000, Decimal("90.0")]
    assert sorted(large.records) == ["HT-2025-0001", "JY-2025-0001", "JY-2025-0004"]
    # small and micro: the micro licensee (its record found by name), the micro service client, the small spin-off
    assert values(r, "small_micro", "小型和微型企业") == [3, Decimal("60.0"), 370_000_000, Decimal("74.0")]
    assert values(r, "small_micro", "其中：微型企业") == [2, Decimal("40.0"), 170_000_000, Decimal("34.0")]
    regions = {x.label: x.values[:2] for x in r.table("regions").lines}
    assert regions == {"上海市": [2, 230_000_000], "江苏省": [2, 170_000_000], "北京市": [1, 100_000_000]}
    industries = {x.label[:1]: x.values[:2] for x in r.table("industries").lines}
    assert industries == {"C": [2, 170_000_000], "I": [1, 100_000_000], "J": [1, 30_000_000], "M": [1, 200_000_000]}
    party = {x.label: x.values[:2] for x in r.table("party_types").lines}
    assert party == {"民营及其他内资企业": [4, 470_000_000], "国有企业": [1, 30_000_000]}
    assert values(r, "public_funded", "财政资助项目成果") == [1, Decimal("20.0"), 200_000_000, Decimal("40.0")]
    # income by receipt date: d4's 500,000 and the development contract's 300,000 (not its 2026 receipt)
    assert values(r, "income", "合计") == [2, 80_000_000]
    # rewards by payout date: the inventors' 35 % each of 500,000, and one equity reward
    assert values(r, "rewards", "现金奖励") == [2, 35_000_000]
    assert values(r, "rewards", "其中：" + c.CASH_TAX_LABELS["pending_registration"]) == [2, 35_000_000]
    assert values(r, "rewards", "股权奖励（折合金额）") == [1, 10_000_000]
    assert values(r, "rewards", "奖励合计") == [3, 45_000_000]
    assert values(r, "obtained_types", "合计") == [1]
    assert values(r, "obtained_sources", "财政资金（纵向）") == [1]
    assert values(r, "staff", "离岗创业人员") == [1]
    assert values(r, "staff", "在企业兼职人员") == [1]
    assert values(r, "staff", "衍生（参股）企业（家）") == [1]
    # the drafted paragraphs carry the numbers
    assert "5项" in r.narrative["work"] and "500.00万元" in r.narrative["work"]
    assert "涉密合同1项" in r.narrative["other"]


def test_registration_number_turns_rewards_to_halved_tax_and_clears_the_dashboard_list(db):
    ids = build_year(db)
    assert [x["id"] for x in sc.deals_awaiting_registration(db)] == [ids["d4"]]
    with pytest.raises(DomainError, match="16位"):
        sc.record_registration_number(db, "deal", ids["d4"], "2025310000123")
    assert sc.record_registration_number(db, "deal", ids["d4"], "2025 3101 0400 0123") == "2025310104000123"
    assert sc.deals_awaiting_registration(db) == []
    r = national.compute_national(db, 2025)
    assert values(r, "rewards", "其中：" + c.CASH_TAX_LABELS["halved"]) == [2, 35_000_000]


def test_narrative_kept_per_year(db):
    build_year(db)
    national.save_narrative(db, 2025, {"work": "本年度我院建立了转化工作专班。"})
    r = national.compute_national(db, 2025)
    assert r.narrative["work"] == "本年度我院建立了转化工作专班。"
    assert "依法取得" in r.narrative["obtained"]
    assert national.compute_national(db, 2024).narrative["work"] != "本年度我院建立了转化工作专班。"


def test_docx_has_the_six_sections_in_order_with_tables(db, tmp_path):
    import docx
    from openpyxl import load_workbook

    build_year(db)
    files = national.generate_national_report(db, 2025, tmp_path / "out")
    document = docx.Document(str(files.docx))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [title for _, title in national.SECTIONS]
    # Each section is followed by its tables in the body, in order.
    body = document.element.body
    order = []
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[1]
        if tag == "p":
            style = child.xpath("string(./w:pPr/w:pStyle/@w:val)")
            if style == "Heading1":
                order.append(("h", "".join(child.itertext())))
        elif tag == "tbl":
            order.append(("t", ""))
    tables_after = {}
    current = None
    for kind, text in order:
        if kind == "h":
            current = text
            tables_after[current] = 0
        elif current:
            tables_after[current] += 1
    assert all(n >= 1 for n in tables_after.values()), tables_after
    assert len(document.tables) == len(files.report.tables) + 1   # + the project list
    first = document.tables[1]
    assert first.rows[0].cells[0].text == "项目"
    text = "\n".join(p.text for p in document.paragraphs)
    assert national.BASIS_CONTRACTS in text and national.BASIS_REWARDS in text and national.BASIS_INCOME in text
    wb = load_workbook(files.xlsx, read_only=True)
    assert wb.sheetnames == ["指标表", "合同清单", "到账清单", "奖励清单", "成果清单", "人员清单", "企业清单", "涉密排除"]
    cells = [row for row in wb["指标表"].iter_rows(values_only=True)]
    flat = [v for row in cells for v in row if v is not None]
    assert any("已排除：成果1项、合同1项" in str(v) for v in flat)
    large_row = next(row for row in cells if row[0] == "100万元及以上")
    assert large_row[1] == 3 and "HT-2025-0001" in large_row[5]
    assert wb["合同清单"].max_row == 6
    wb.close()


def test_registration_form_workbook(db, tmp_path):
    from openpyxl import load_workbook

    from kjcg_desktop.services.registration import registration_form, write_registration

    ids = build_year(db)
    sc.save_deal_registration_facts(db, ids["d5"], {"tech_field": "新能源", "technology_amount_fen": 30_000_000,
                                                    "expected_investment_fen": 500_000_000,
                                                    "expected_output_fen": 2_000_000_000})
    form = registration_form(db, "JY-2025-0002")
    fields = dict(form.fields)
    assert fields["合同类别"] == "技术转让" and fields["技术交易额（元）"] == "300,000.00"
    assert fields["预计新增投入（元）"] == "5,000,000.00" and fields["买方性质代码"] == "110"
    assert fields["买方行政区划代码"] == "310000" and fields["卖方性质代码"] == "022"
    assert any("权属变更" in p for p in form.papers)
    path, _ = write_registration(db, "JY-2025-0002", tmp_path / "登记.xlsx")
    wb = load_workbook(path, read_only=True)
    assert wb.sheetnames[:2] == ["登记表信息", "材料清单"]
    wb.close()
    with db.transaction():  # a licence for five years from signing
        db.execute("UPDATE deals SET term_years = 5 WHERE id = ?", (ids["d4"],))
    assert dict(registration_form(db, "JY-2025-0001").fields)["合同有效期"] == "2025-04-01 至 2030-04-01"
    dev = registration_form(db, "HT-2025-0001")
    assert dict(dev.fields)["合同类别"] == "技术开发" and "预计新增投入（元）" not in dict(dev.fields)
    with pytest.raises(DomainError, match="找不到"):
        registration_form(db, "JY-1999-0001")


def test_roll_up_of_a_department_part_counts_each_contract_once(db, tmp_path):
    from kjcg_desktop.storage import open_database

    build_year(db)
    part_db = open_database(tmp_path / "part.sqlite3")
    try:
        bj = sc.save_counterparty(part_db, {"name": "北京智算科技有限公司", "region_code": "110108", "size": "medium",
                                            "industry": "I", "party_type": "150"})
        zj = sc.save_counterparty(part_db, {"name": "杭州小微科技有限公司", "region_code": "330100", "size": "small",
                                            "industry": "C", "party_type": "170"})
        # the same development contract, recorded by the department too, and one of its own
        same = sc.create_tech_contract(part_db, {"kind": "development", "name": "智能算法联合开发", "counterparty_id": bj,
                                                 "contract_no": "HX-2025-01", "amount_fen": 100_000_000,
                                                 "contract_date": date(2025, 3, 1)})
        sc.add_tech_receipt(part_db, same, date(2025, 5, 10), 30_000_000)
        sc.create_tech_contract(part_db, {"kind": "service", "name": "医院检测服务", "counterparty_id": zj,
                                          "contract_no": "YY-2025-07", "amount_fen": 15_000_000,
                                          "contract_date": date(2025, 8, 8)})
        sc.add_staff_mobility(part_db, "孙兼职", "part_time", "杭州小微科技有限公司", date(2025, 1, 1))
        part = national.generate_national_report(part_db, 2025, tmp_path / "附属医院")
    finally:
        part_db.close()
    r = national.compute_national(db, 2025, parts=[part.xlsx])
    assert r.parts == ["附属医院"]  # no unit name set in the part: named after its folder
    assert values(r, "all_modes", "合计") == [6, 515_000_000, 85_833_333]
    assert values(r, "tech_modes", "小计")[:2] == [3, 135_000_000]
    assert values(r, "small_micro", "小型和微型企业")[:3] == [4, Decimal("66.7"), 385_000_000]
    assert values(r, "income", "合计") == [2, 80_000_000]          # the shared receipt once
    assert values(r, "staff", "在企业兼职人员") == [2]
    assert len(r.duplicates) == 2 and all("未重复计入" in x for x in r.duplicates)
    assert any(x.endswith("/HT-2025-0002") for x in r.table("tech_modes").line("技术服务").records)
    files = national.generate_national_report(db, 2025, tmp_path / "汇总", parts=[part.xlsx])
    from openpyxl import load_workbook

    wb = load_workbook(files.xlsx, read_only=True)
    assert "汇总说明" in wb.sheetnames
    wb.close()
    # a part of another year is refused
    with pytest.raises(DomainError, match="不是 2024 年度"):
        national.compute_national(db, 2024, parts=[part.xlsx])


def test_dashboard_reminds_of_deals_awaiting_registration(db):
    from kjcg_desktop.services.reminders import collect_reminders

    ids = build_year(db)
    due = [r for r in collect_reminders(db, date(2026, 1, 5)) if r.kind == "contract_registration"]
    assert [(r.record, r.due) for r in due] == [(f"deal:{ids['d4']}", date(2025, 5, 1))]
    assert "JY-2025-0001" in due[0].title and "2025-05-01" in due[0].detail and "58号" in due[0].detail
    sc.record_registration_number(db, "deal", ids["d4"], "2025310104000123")
    assert not [r for r in collect_reminders(db, date(2026, 1, 5)) if r.kind == "contract_registration"]


def test_demo_year_has_no_empty_section(demo_db, fixed_today):
    r = national.compute_national(demo_db, fixed_today.year - 1)
    for key, _ in national.SECTIONS:
        tables = r.section_tables(key)
        assert tables and any(v for t in tables for line in t.lines for v in line.values if isinstance(v, int)), key
    assert values(r, "tech_modes", "小计")[0] > 0 and values(r, "transfer_modes", "小计")[0] > 0
    assert values(r, "rewards", "现金奖励")[0] > 0
    assert values(r, "staff", "离岗创业人员") == [1] and values(r, "staff", "衍生（参股）企业（家）") == [1]
    assert all(line.label != "未填写地区" for line in r.table("regions").lines)
    assert all(line.label != "未填写行业" for line in r.table("industries").lines)


def test_cli_national_report_refuses_the_backup_folder_and_names_a_bad_part(db_path, tmp_path, capsys):
    from kjcg_desktop.cli import main
    from kjcg_desktop.storage import open_database

    open_database(db_path).close()
    backups = db_path.parent / "backups"
    backups.mkdir(exist_ok=True)
    assert main(["--db", str(db_path), "report", "--year", "2025", "--national", "--out", str(backups)]) == 1
    assert "备份" in capsys.readouterr().err and not list(backups.glob("*.docx"))
    part = tmp_path / "not-a-part.xlsx"
    part.write_bytes(b"not a workbook")
    assert main(["--db", str(db_path), "report", "--year", "2025", "--national", "--out", str(tmp_path / "out"),
                 "--part", str(part)]) == 1
    err = capsys.readouterr().err
    assert "无法写入输出文件夹" not in err and "错误" in err
