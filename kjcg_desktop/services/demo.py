"""`kjcg-desktop demo`: a believable office — achievements of every type, tag and stage, inventors,
projects of all three funding sources, applications in every state, publicities (one still
running), deals of all three kinds with income, expenditures. Tags are derived by the rules.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from .. import clock
from .. import domain as d
from ..domain import ledger_numbers
from ..domain.ip_numbers import check_digit
from ..storage import applications as apps
from ..storage import deals as deals_repo
from ..storage import demo_rows as rows
from ..storage import publicities as pubs
from ..storage.abandonment import REASONS as ABANDON_REASONS
from ..storage.abandonment import request_abandonment
from ..storage.db import Database
from ..storage.events import log_event
from ..storage.ledger import bulk_load
from ..storage.settings import Settings
from .demo_contracts import build_contracts_demo
from .demo_decisions import record_demo_decisions
from .fees_demo import add_fee_demo

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英霞平刚桂英华建国志红晓东文博宇浩然子涵欣怡梓萱思远嘉诚天佑俊杰雨桐一鸣佳琪晨曦瑞"
DEPARTMENTS = ["材料科学与工程学院", "电子信息与电气工程学院", "生命科学技术学院", "医学院附属瑞金医院", "化学化工学院",
               "机械与动力工程学院", "计算机科学与工程系", "环境科学与工程学院", "药学院", "船舶海洋与建筑工程学院"]
TOPICS = ["高强度铝合金", "锂离子电池正极材料", "肿瘤早筛标志物", "工业机器人视觉", "污水深度处理", "燃料电池催化剂",
          "基因编辑载体", "智能电网调度", "柔性显示薄膜", "海洋平台防腐", "医学影像分割", "中药有效成分提取",
          "碳纤维复合材料", "量子点发光", "手术导航", "芯片封装散热", "语音识别", "城市交通预测", "生物可降解支架"]
# types whose subject matter is narrower than the general topics: a plant variety is a crop, a
# layout design is a chip, software and designs are about things software or a housing can be
TYPE_TOPICS = {
    "plant_variety": ["水稻", "小麦", "玉米", "大豆", "油菜", "番茄", "黄瓜", "甜瓜"],
    "ic_layout": ["芯片封装散热", "智能电网调度", "语音识别", "医学影像分割", "工业机器人视觉", "量子点发光"],
    "software": ["工业机器人视觉", "智能电网调度", "医学影像分割", "语音识别", "城市交通预测", "手术导航", "污水深度处理"],
    "design": ["工业机器人视觉", "手术导航", "污水深度处理", "医学影像分割", "语音识别"],
}
FORMS = {
    "invention": ["一种{t}的制备方法", "基于{t}的检测系统及方法", "{t}装置及其控制方法"],
    "utility_model": ["一种{t}用夹持装置", "{t}的便携式测试装置"],
    "design": ["{t}仪器外壳", "{t}控制面板"],
    "software": ["{t}分析软件V1.0", "{t}管理平台V2.0"],
    "plant_variety": ["{t}新品种“沪选{n}号”", "{t}新品种“申优{n}号”"],
    "ic_layout": ["{t}专用集成电路布图设计"],
    "know_how": ["{t}工艺技术秘密"],
    "other": ["{t}技术方案"],
}
TYPE_WEIGHTS = [("invention", 50), ("utility_model", 15), ("design", 5), ("software", 15), ("plant_variety", 3),
                ("ic_layout", 2), ("know_how", 8), ("other", 2)]
COMPANIES = [("上海国有资本投资有限公司", True), ("上海电气集团股份有限公司", False), ("苏州纳微科技有限公司", False),
             ("上海联影医疗科技股份有限公司", False), ("上海科创投资集团有限公司", True), ("杭州海康智能科技有限公司", False),
             ("上海张江生物医药基地开发有限公司", True), ("深圳迈瑞生物医疗电子股份有限公司", False)]

Progress = Callable[[int, int, str], None]


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _shares(n: int) -> list[str]:
    """Percent shares with two decimals adding up to exactly 100."""
    base = Decimal(100) / n
    parts = [base.quantize(Decimal("0.01")) for _ in range(n)]
    parts[0] += Decimal(100) - sum(parts)
    return [str(p) for p in parts]


def build_demo(db: Database, *, size: int = 200, seed: int = 1, today: date | None = None, progress: Progress | None = None) -> dict[str, int]:
    """Fill ``db`` with demo data; returns counts. Bulk rows go in one transaction each step."""
    rng = random.Random(seed)
    today = today or clock.today()
    now = datetime.now().isoformat(timespec="seconds")
    report = progress or (lambda done, total, label: None)
    if rows.achievement_count(db):
        raise d.DomainError("数据库中已有成果数据，演示数据只能写入空数据库（请用 --db 指定新的文件）")
    settings = Settings(db)
    demo_settings = {"unit_name": "上海示范大学", "tto_name": "上海示范大学技术转移中心",
                     "pilot_start": date(today.year - 1, 7, 1).isoformat()}
    # what the office already entered (the welcome form, settings) is never overwritten, and no
    # invented telephone number is put in front of the public as the objection contact
    settings.set_many({k: v for k, v in demo_settings.items()
                       if rows.stored_setting(db, k) in (None, "", '""')})

    with db.transaction(), bulk_load(db):
        first_project, first_id = rows.next_ids(db)
        n_projects = max(10, size // 4)
        project_rows = []
        for i in range(n_projects):
            source = ("government", "enterprise", "own")[i % 3]
            start = today - timedelta(days=rng.randint(200, 3000))
            project_rows.append((
                first_project + i, f"XM{start.year}{i:05d}", f"{rng.choice(TOPICS)}关键技术研究", source,
                {"government": "国家自然科学基金委员会", "enterprise": rng.choice(COMPANIES)[0], "own": "校内科研基金"}[source],
                start.isoformat() if source == "government" else None,
                start.isoformat() if source == "enterprise" else None,
                start.isoformat() if source == "own" else None,
                start.isoformat(), (start + timedelta(days=1095)).isoformat(), rng.randint(10, 500) * 1_000_000,
            ))
        rows.insert_projects(db, project_rows)

        types = [t for t, w in TYPE_WEIGHTS for _ in range(w)]
        out = _DemoRows()
        counters: dict[int, int] = {}
        for i in range(size):
            typ = types[i % len(types)] if i < len(types) else rng.choice(types)
            _add_achievement(out, rng, first_id + i, typ, today, counters, (first_project, n_projects), now)
            if i % 5000 == 4999:
                report(i + 1, size, "生成成果")
        ach_rows, inv_rows, ev_rows, exp_rows = out.achievements, out.inventors, out.evidence, out.expenditures
        condition_rows = out.conditions
        rows.insert_achievements(db, ach_rows, inv_rows, ev_rows, condition_rows, exp_rows, first_id)
        log_event(db, "demo", None, "create", new={"achievements": size, "seed": seed}, article="1-2 第七条")
    report(size, size, "生成成果")

    registered = rows.registered_public_ids(db, first_id)
    rng.shuffle(registered)
    counts = {"achievements": size, "projects": n_projects}
    with db.transaction():  # one commit for the whole workflow part
        counts.update(_workflow_records(db, rng, registered, today, scale=max(1, size // 200)))
    counts.update(build_contracts_demo(db, seed=seed, today=today, scale=max(1, size // 200)))
    counts["inventors"] = len(inv_rows)
    counts["expenditures"] = len(exp_rows)
    counts.update(add_fee_demo(db, today, seed))  # annual fees: paid, due, late, in grace; reviews
    counts.update(record_demo_decisions(db, today))  # each step's decision: body, person, opinion, minutes
    return counts


@dataclass
class _DemoRows:
    """The bulk rows of the demo achievements, filled one achievement at a time."""

    achievements: list[tuple[Any, ...]] = field(default_factory=list)
    inventors: list[tuple[Any, ...]] = field(default_factory=list)
    evidence: list[tuple[Any, ...]] = field(default_factory=list)
    conditions: list[tuple[Any, ...]] = field(default_factory=list)
    expenditures: list[tuple[Any, ...]] = field(default_factory=list)


def _legal_and_numbers(rng: random.Random, typ: str, disclosed: date, today: date
                       ) -> tuple[str, date | None, date | None, str | None, str | None, str | None]:
    """A demo achievement's legal status, filing and grant dates and its numbers (application,
    patent, software registration): (legal, filing, grant, app_no, patent_no, reg_no)."""
    if typ == "know_how":
        legal = "not_filed"
    else:
        legal = rng.choices(["granted", "pending", "lapsed", "rejected", "abandoned"], [55, 30, 8, 4, 3])[0]
    filing = min(disclosed + timedelta(days=rng.randint(10, 90)), today) if legal != "not_filed" else None
    grant = filing + timedelta(days=rng.randint(200, 900)) if legal in ("granted", "lapsed") and filing else None
    if grant and grant > today:  # not granted yet: still under examination
        grant, legal = None, "pending"
    app_no = patent_no = reg_no = None
    if typ in ("invention", "utility_model", "design") and filing:
        kind_digit = {"invention": 1, "utility_model": 2, "design": 3}[typ]
        digits = f"{filing.year}{kind_digit}{rng.randint(1_000_000, 9_999_999)}"
        app_no = f"CN{digits}.{check_digit(digits)}"
        patent_no = f"ZL{app_no[2:]}" if grant else None
    elif typ == "software" and grant and filing:  # a registration number exists once the copyright is registered
        reg_no = f"{filing.year}SR{rng.randint(100000, 999999):07d}"
    return legal, filing, grant, app_no, patent_no, reg_no


def _evidence_kinds(rng: random.Random, grant: date | None) -> list[str]:
    kinds = []
    if rng.random() < 0.25:
        kinds.append(rng.choice(["assessment_report", "transferee", "intent_contract", "transfer_contract", "exchange_certificate"]))
    if grant:
        kinds.append("ip_certificate")
    return kinds


def _add_achievement(out: _DemoRows, rng: random.Random, aid: int, typ: str, today: date, counters: dict[int, int],
                     projects: tuple[int, int], now: str) -> None:
    """One demo achievement with its inventors, evidence, confirmed conditions and expenditures."""
    disclosed = today - timedelta(days=rng.randint(1, 365 * 12))
    year = disclosed.year
    counters[year] = counters.get(year, 0) + 1
    topic = rng.choice(TYPE_TOPICS.get(typ, TOPICS))
    template = rng.choice(FORMS[typ])
    name = template.format(t=topic, n=rng.randint(1, 30) if "{n}" in template else "")
    legal, filing, grant, app_no, patent_no, reg_no = _legal_and_numbers(rng, typ, disclosed, today)
    evidence_kinds = _evidence_kinds(rng, grant)
    # the office confirmed the development-stage conditions where it holds supporting evidence
    confirmed = {k: True for k, _ in d.stage.DEVELOPMENT_CONDITIONS} if any(k != "ip_certificate" for k in evidence_kinds) else None
    if confirmed:
        out.conditions.append((aid, json.dumps(confirmed), "技术转移中心", (filing or date(year, 6, 1)).isoformat()))
    stage = d.classify_stage([d.Evidence(d.EvidenceKind(k)) for k in evidence_kinds], confirmed).stage.value
    override = None
    reason = None
    if rng.random() < 0.03:
        override, reason = "indistinguishable", "项目经费混合使用，研究与开发支出无法可靠区分"
        stage = override
    attribute = d.attribute_for(legal).value
    status = "abandoned" if legal == "abandoned" else ("disclosed" if rng.random() < 0.04 else "registered")
    department = rng.choice(DEPARTMENTS)
    first_project, n_projects = projects
    out.achievements.append((
        aid, ledger_numbers.ledger_number(year, counters[year]) if status != "disclosed" else None, name, typ, legal, app_no, patent_no, reg_no,
        filing.isoformat() if filing else None, grant.isoformat() if grant else None, "上海示范大学", department,
        f"{topic}、{rng.choice(['制备', '检测', '控制', '算法', '装置'])}",
        f"本成果涉及{topic}领域，{rng.choice(['解决了现有技术成本高的问题', '显著提高了检测灵敏度', '实现了关键工艺国产化'])}。",
        rng.choice(["已完成实验室验证", "已完成中试", "已形成样机", "处于小批量试制"]),
        rng.choice(["市场需求旺盛，已有企业咨询", "可应用于新能源汽车领域", "具有进口替代潜力"]),
        first_project + rng.randrange(n_projects), disclosed.isoformat(),
        (disclosed + timedelta(days=rng.randint(3, 30))).isoformat() if status != "disclosed" else None,
        attribute, stage, override, reason, status,
        int(rng.random() < 0.02), int(rng.random() < 0.1 and attribute == "granted"), now, now,
    ))
    people = [_person(rng) for _ in range(rng.randint(1, 5))]
    for pos, (person, share) in enumerate(zip(people, _shares(len(people)), strict=True)):
        out.inventors.append((aid, person, department, share, int(pos == 0), pos))
    for k in evidence_kinds:
        if k == "ip_certificate" and grant:  # the certificate is issued on or after the grant
            on = min(grant + timedelta(days=rng.randint(0, 60)), today)
        else:
            on = min(disclosed + timedelta(days=rng.randint(30, 400)), today)
        out.evidence.append((aid, k, on.isoformat(), d.EvidenceKind(k).label))
    for _ in range(rng.randint(0, 3)):
        kind = rng.choice(["rd", "registration", "legal", "maintenance", "other"])
        decision = d.treatment_decision(stage, kind, right_obtained=attribute == "granted")
        out.expenditures.append((aid, (disclosed + timedelta(days=rng.randint(0, 600))).isoformat(), kind,
                                 rng.randint(5, 800) * 10000, decision.treatment.value, decision.article, stage))


def _deal_evidence(db: Database, deal_id: int, signed: date, method: str, related: bool, company: str) -> None:
    """The due-diligence records a properly run deal has (1-1 第六条): pricing proof, related-party
    review and publicity, the approval decision with its minutes when required, declarations."""
    from ..storage import diligence

    if method != "negotiated":
        diligence.add_record(db, "deal", deal_id, "pricing_evidence", signed - timedelta(days=20), actor="上海技术交易所",
                             description="挂牌交易凭证" if method == "listing" else "拍卖成交确认书")
    if related:
        diligence.add_record(db, "deal", deal_id, "related_party_procedure", signed - timedelta(days=40), actor="纪检监察室",
                             description=f"完成人与{company}存在关联关系，已回避并审查")
        pub_id = pubs.create_publicity(
            db, "related_party", "关于关联交易的公示", signed - timedelta(days=38), 15,
            deal_id=deal_id, achievement_id=rows.achievement_of_deal(db, deal_id))
        pubs.close_publicity(db, pub_id, signed)
    deal = db.get("deals", deal_id)
    if deal is None:
        raise d.DomainError(f"交易 {deal_id} 不存在")
    attachment_id = _demo_minutes(db, deal_id) if deal["minutes_required"] else None
    diligence.add_record(db, "deal", deal_id, "decision", signed - timedelta(days=5), actor=deal["approver"],
                         description="同意该项转化交易", attachment_id=attachment_id)
    diligence.add_declarations(db, "deal", deal_id, "技术转移中心经办人", [k for k, _, _ in d.CONDUCT_DECLARATIONS],
                               signed - timedelta(days=5))


def _demo_minutes(db: Database, deal_id: int) -> int | None:
    """A sample minutes file for a demo deal that needs minutes (the file is stored once by SHA-256)."""
    if db.path is None and getattr(db, "dialect", "sqlite") != "postgresql":
        return None
    import tempfile
    from pathlib import Path

    from ..storage.attachments import add_attachment

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "会议纪要.txt"
        path.write_text("演示数据：校长办公会会议纪要（同意成果转化交易）\n", encoding="utf-8")
        return add_attachment(db, "deal", deal_id, path, kind="minutes")


def _workflow_records(db: Database, rng: random.Random, pool: list[int], today: date, scale: int) -> dict[str, int]:
    """Applications in every state, publicities and deals, made through the repositories."""
    pool = list(pool)
    batch_name = f"{today.year}年第五批赋权"
    with db.transaction():
        batch_id = rows.batch_named(db, batch_name) or db.insert(
            "batches", {"name": batch_name, "deadline": today + timedelta(days=30)})
    n_apps = n_deals = 0
    path = ["submit", "approve", "start_publicity", "end_publicity", "sign_agreement", "make_effective"]
    states = ["draft", "submitted", "approved", "in_publicity", "publicity_ended", "agreement_signed", "effective", "rejected", "withdrawn"]
    for _round in range(min(scale, 50)):
        for idx, target in enumerate(states * 2):
            if not pool:
                break
            aid = pool.pop()
            kind = "ownership" if idx % 2 == 0 else "use_right"
            name = rows.achievement_name(db, aid)
            form = {"grant_mode": "partial", "team_share": "80"} if kind == "ownership" else {"term_years": 10}
            app_id = apps.create_application(
                db, kind, achievement_id=aid, form=form, title=f"{name}{d.ApplicationKind(kind).label}申请", batch_id=batch_id,
                grant_mode="partial" if kind == "ownership" else None, team_share="80" if kind == "ownership" else None,
                term_years=10 if kind == "use_right" else None, applicant=rows.representative_inventor(db, aid))
            n_apps += 1
            if target == "draft":
                continue
            if target in ("rejected", "withdrawn"):
                apps.transition(db, app_id, "submit", on=today - timedelta(days=40))
                apps.transition(db, app_id, "reject" if target == "rejected" else "withdraw", on=today - timedelta(days=30))
                continue
            steps = path[: path.index({"submitted": "submit", "approved": "approve", "in_publicity": "start_publicity",
                                       "publicity_ended": "end_publicity", "agreement_signed": "sign_agreement",
                                       "effective": "make_effective"}[target]) + 1]
            start = today - timedelta(days=5) if target == "in_publicity" else today - timedelta(days=60)
            for step in steps:
                if step == "start_publicity":
                    pubs.create_publicity(db, "grant", f"关于“{name}”赋权的公示", start, 15, achievement_id=aid, application_id=app_id,
                                          place="单位官网及公告栏", contact=str(Settings(db).get("objection_contact") or "") or None)
                elif step == "end_publicity":
                    pub_id = rows.latest_publicity_of_application(db, app_id)
                    if pub_id is not None:
                        pubs.close_publicity(db, pub_id, today)
                else:
                    apps.transition(db, app_id, step, on=start - timedelta(days=10) if step in ("submit", "approve") else today)
    # deals of all three kinds with income
    kinds = ["assignment", "licence", "equity"]
    for i in range(min(12 * scale, 1200, len(pool) // 2)):
        if not pool:
            break
        aid = pool.pop()
        company, state_owned = rng.choice(COMPANIES)
        kind = kinds[i % 3]
        method = ["listing", "auction", "negotiated"][i % 3]
        signed = today - timedelta(days=rng.randint(20, 900))
        amount = rng.choice([50_000, 300_000, 800_000, 1_500_000, 3_000_000, 6_000_000]) * 100
        deal_id = deals_repo.create_deal(db, aid, {
            "kind": kind, "licence_type": "non_exclusive" if kind == "licence" else None, "counterparty": company,
            "counterparty_state_owned": state_owned, "valuation_decision": None if state_owned else rng.choice(["yes", "no"]),
            "valuation_reason": None if state_owned else "经单位技术转移领导小组研究决定", "pricing_method": method,
            "related_party": i % 7 == 0, "contract_date": signed, "contract_no": f"HT{signed.year}{i:04d}",
            "tech_contract_reg_no": f"{signed.year}3101{rng.randint(100000, 999999)}", "amount_fen": amount,
            "territory": "中国大陆" if kind == "licence" else None, "term_years": 5 if kind == "licence" else None,
            "company": company if kind == "equity" else None, "equity_shares": "10%" if kind == "equity" else None,
            "ends_ownership": kind == "assignment", "unit_share": "30", "counterparty_region": "上海",
        })
        n_deals += 1
        if method == "negotiated":
            pub_id = pubs.create_publicity(
                db, "price", f"关于“{rows.achievement_name(db, aid)}”协议定价的公示",
                signed - timedelta(days=30), 15, achievement_id=aid, deal_id=deal_id)
            pubs.close_publicity(db, pub_id, signed)
        _deal_evidence(db, deal_id, signed, method, i % 7 == 0, company)
        if i % 4 != 3:
            deals_repo.complete_deal(db, deal_id, signed + timedelta(days=10))
            deals_repo.add_receipt(db, deal_id, on=min(signed + timedelta(days=30), today), amount_fen=amount // 2, payer=company,
                                   voucher_no=f"PZ{signed.year}{i:05d}")
    # one abandonment publicity still running
    if pool:
        aid = pool.pop()
        representative = rows.first_inventor(db, aid)
        request_abandonment(db, aid, requested_by=representative or "完成人", reason=next(iter(ABANDON_REASONS)),
                            on=today - timedelta(days=5), publicity_start=today - timedelta(days=3),
                            notice_on=today - timedelta(days=5), notice_to="全体完成人", decided_by="技术转移中心主任办公会")
    return {"applications": n_apps, "deals": n_deals,
            "publicities": rows.publicity_count(db)}
