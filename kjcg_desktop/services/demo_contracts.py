"""Demo data for the contract register and the national report: counterparties with region,
industry and size, technology development/consulting/service contracts with receipts, cash
rewards paid after their publicity, equity rewards, a spin-off company and staff on leave or in
part-time posts — so the national report of a demo year has no empty section."""

from __future__ import annotations

import random
from datetime import date, timedelta

from .. import domain as d
from ..domain import contracts as c
from ..storage import contracts as sc
from ..storage import deals as deals_repo
from ..storage import demo_rows
from ..storage import publicities as pubs
from ..storage.db import Database
from ..storage.settings import Settings

# name, region (GB/T 2260), party type, size, industry (GB/T 4754), state owned
COUNTERPARTIES = [
    ("上海国有资本投资有限公司", "310000", "110", "large", "J", True),
    ("上海电气集团股份有限公司", "310000", "160", "large", "C", False),
    ("苏州纳微科技有限公司", "320500", "170", "micro", "C", False),
    ("上海联影医疗科技股份有限公司", "310115", "160", "large", "C", False),
    ("上海科创投资集团有限公司", "310000", "110", "large", "J", True),
    ("杭州海康智能科技有限公司", "330100", "150", "medium", "I", False),
    ("上海张江生物医药基地开发有限公司", "310115", "110", "medium", "K", True),
    ("深圳迈瑞生物医疗电子股份有限公司", "440300", "160", "large", "C", False),
    ("合肥智能制造小微科技有限公司", "340100", "170", "small", "C", False),
    ("北京智算软件有限公司", "110108", "150", "small", "I", False),
    ("成都环保检测服务有限公司", "510100", "170", "micro", "M", False),
    ("上海市第六人民医院", "310104", "023", None, "Q", True),
]
TOPICS = ["智能传感器", "新型催化材料", "医学影像算法", "工业废水处理", "电池管理系统", "抗肿瘤药物筛选", "机器人控制", "软件测评"]


def build_contracts_demo(db: Database, *, seed: int = 1, today: date, scale: int = 1) -> dict[str, int]:
    rng = random.Random(seed * 7919 + 25)
    settings = Settings(db)
    if not settings.get("unit_uscc"):
        first17 = "12310000425006117"  # an institution (12…) registered in Shanghai (310000)
        settings.set_many({"unit_uscc": first17 + c.uscc_check_character(first17), "unit_region_code": "310000",
                           "unit_address": "上海市示范路800号"})
    ids = {}
    for name, region, party_type, size, industry, state_owned in COUNTERPARTIES:
        ids[name] = sc.save_counterparty(db, {"name": name, "region_code": region, "party_type": party_type, "size": size,
                                              "industry": industry, "state_owned": state_owned,
                                              "address": f"{c.province_of(region)}（示例地址）"})
    with db.transaction():
        for name, cp_id in ids.items():
            demo_rows.link_deals_to_counterparty(db, cp_id, name)
    names = list(ids)
    n_contracts = 0
    for year in range(today.year - 2, today.year + 1):
        for kind in ("development", "consulting", "service"):
            for k in range(3 * scale):
                signed = date(year, 1, 1) + timedelta(days=rng.randint(0, 330))
                if signed > today:
                    continue
                amount = rng.choice([50_000, 200_000, 600_000, 1_000_000, 2_500_000]) * 100
                cid = sc.create_tech_contract(db, {
                    "kind": kind, "name": f"{rng.choice(TOPICS)}{c.TECH_CONTRACT_KINDS[kind]}", "amount_fen": amount,
                    "counterparty_id": ids[rng.choice(names)], "contract_date": signed, "contract_no": f"HX{year}{kind[:1].upper()}{k:03d}",
                    "term_start": signed, "term_end": signed + timedelta(days=365), "department": rng.choice(
                        ["材料科学与工程学院", "计算机科学与工程系", "医学院附属瑞金医院"]),
                    "people": "项目负责人及团队", "funding_fen": amount})
                n_contracts += 1
                if signed + timedelta(days=45) <= today:
                    sc.add_tech_receipt(db, cid, signed + timedelta(days=45), amount // 2)
    # cash rewards: each receipt old enough gets its reward publicity and then the payout
    paid = 0
    for r in demo_rows.receipts_with_unpaid_rewards(db):
        on = date.fromisoformat(r["date"])
        if on + timedelta(days=60) > today:
            continue
        try:
            pid = deals_repo.start_deal_publicity(db, r["deal_id"], "reward", on + timedelta(days=2), 15, working_days=False)
            pubs.close_publicity(db, pid, on + timedelta(days=25))
            deals_repo.mark_distribution_paid(db, r["id"], on + timedelta(days=30))
            paid += 1
        except d.DomainError:
            continue
    # equity rewards, a spin-off, staff mobility
    equity = demo_rows.completed_equity_deals(db)
    for row in equity[:3]:
        sc.add_equity_reward(db, row["id"], "项目团队负责人", 20_000_000, date.fromisoformat(row["contract_date"]) + timedelta(days=20),
                             shares="3%")
    spin_cp = "合肥智能制造小微科技有限公司"
    sc.add_spinoff(db, spin_cp, date(today.year - 1, 6, 18), deal_id=equity[0]["id"] if equity else None,
                   unit_holding="15%", founders="材料学院教师团队")
    sc.add_staff_mobility(db, "陈离岗", "leave", spin_cp, date(today.year - 1, 7, 1), department="材料科学与工程学院")
    sc.add_staff_mobility(db, "周兼职", "part_time", "北京智算软件有限公司", date(today.year - 2, 3, 1), date(today.year, 12, 31),
                          department="计算机科学与工程系")
    return {"counterparties": len(ids), "tech_contracts": n_contracts, "rewards_paid": paid}
