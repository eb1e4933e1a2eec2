"""The words of the legal-status vocabulary (:mod:`.legal_status` reads a cell with them), each list
with the source it comes from: the CNIPA case list (中国及多国专利审查信息查询 / 专利业务办理系统 案件状态)
and its 法律状态 events, incoPat, PatSnap (智慧芽) and Google Patents/USPTO/Lens statuses, the ledgers'
own words. Terms are written as :func:`.legal_status.normalise_term` leaves them (NFKC, no spaces,
ASCII lower-cased)."""

from __future__ import annotations

from .enums import LegalStatus

# Give-up words that do not say whether an application or a granted patent was given up: after a grant
# (in the same list, or beside the row's grant evidence) they are the patent given up (专利法第四十四条),
# not 放弃取得专利权, which ends the application when the registration after the grant notice is not done
BARE_GIVE_UP: frozenset[str] = frozenset({"放弃", "已放弃", "主动放弃", "视为放弃", "abandoned", "abandoned-voluntarily"})

GIVEN_UP_AFTER_GRANT = ("放弃专利权", "主动放弃专利权", "专利权的主动放弃", "专利权的放弃", "专利权放弃", "专利权的视为放弃",
                         "避免重复授权放弃专利权", "避免重复授权放弃", "避重放弃",
                         # CNIPA 案件状态 (中国及多国专利审查信息查询) and 法律状态 headings' sub-events
                         "放弃专利权(重复授权)", "放弃专利权(主动放弃)", "放弃专利权(同样发明创造)", "专利权的自动放弃",
                         "主动放弃专利权的专利", "专利权人放弃专利权", "视为放弃专利权", "被视为放弃专利权的权利",
                         "视为放弃专利权及自行放弃专利权", "视为放弃专利权及自行放弃专利权公布内容",
                         # the CNIPA event recorded on the utility model given up when the invention is
                         # granted (专利法第九条、实施细则第四十七条)
                         "避免重复授予专利权")

# Whole terms, after normalising (NFKC, no spaces, no trailing punctuation). Sources: the status
# values of CNIPA's search and 专利业务办理系统 exports, incoPat 简单/当前法律状态, PatSnap 法律状态,
# and the words offices type into their ledgers.
TERMS: dict[LegalStatus, tuple[str, ...]] = {
    LegalStatus.GRANTED: (
        "授权", "已授权", "有效", "有效专利", "专利权有效", "授权有效", "专利权维持", "维持", "已维持", "维持有效",
        "授权公告", "授予专利权", "专利权授予", "发明专利权授予", "实用新型专利权授予", "外观设计专利权授予",
        "授权后维持", "有权", "有权专利", "有效专利权", "权利有效", "获得授权", "获授权", "已获授权", "已下证", "已发证", "已获证", "已登记", "登记", "已注册", "有效期内", "granted", "active", "inforce", "valid",
        "patented",  # Lens.org Legal Status of a granted patent
        # CNIPA 专利业务办理系统 案件状态 of a granted patent
        "等年费滞纳金", "等缴年费", "专利权有效期内", "授权未届满",
        # incoPat 法律状态 of an invention granted on the utility model's abandonment (专利法实施细则第四十七条)
        "避重授权", "避免重复授权",
        # CNIPA 法律状态: the invalidation request rejected, the patent upheld
        "维持专利权有效", "专利权维持有效",
        # USPTO/Google Patents "Patented Case", "Active - Reinstated"
        "patentedcase", "active-reinstated",
        # traditional (Taiwan) ledgers after conversion: 核准 = allowed and announced
        "核准", "已核准", "核准公告", "公告核准",
    ),
    LegalStatus.PENDING: (
        "审中", "在审", "审查中", "审中专利", "在审专利", "申请中", "已申请", "待审", "受理", "已受理", "公开", "已公开", "公布",
        "实质审查", "实审", "实审中", "进入实审", "实质审查的生效", "实质审查请求的生效", "实质审查请求已生效的专利申请",
        "发明专利申请公布", "发明专利申请公开", "专利申请公布", "申请公布", "公开及进入实审", "初审", "初审中",
        "形式审查", "复审", "复审中", "待授权", "未授权", "尚未授权", "授权前", "已授权待缴费", "等年登印费",
        "办理登记手续", "办登", "待登记", "待发证", "pct进入国家阶段", "进入国家阶段", "pending", "published",
        "underexamination", "examination",
        # CNIPA 专利业务办理系统 案件状态 of an application in examination; PatSnap "PCT指定期内"
        "等待实审请求", "等待实审提案", "实审请求已生效", "一通出案待答复", "中通出案待答复", "一通回案实审", "中通回案实审",
        "初审合格", "初审待答复", "等待缴纳申请费", "等待授权", "授权通知", "已发授权通知", "pct指定期内",
        # incoPat 简单法律状态 of a PCT application in its national-phase time limit
        "pct-有效期内", "pct有效期内",
        # 中国及多国专利审查信息查询 案件状态: a new case, before publication, the grant notice issued
        # but not yet announced, a rejection under reexamination
        "新案", "等待公布", "等待授权公告", "授权登记准备", "复审程序中", "复审请求已受理",
        # 中国及多国专利审查信息查询 案件状态, the rest of its list (cpquery.sipo.gov.cn)
        "待分配", "新案审查", "回案审查", "等待提案", "公布封卷", "公布完成", "准备公布", "实审检查", "审查待提取",
        "等待提实审", "待质检抽案", "等待申请费", "等待案件分配", "中间文件审查", "期限费用审查", "准备等待公布",
        "等待裁决转案", "一通回案形审", "中通回案形审", "等待颁证公告", "准备颁证公告", "公告封卷", "待公告",
        "形审补正待答复", "准备进入外观分类", "准备进入发明初审", "准备进入新型初审", "准备进入实审阶段",
        "其他通知书回案实审", "其他通知书回案形审", "其他通知书出案待答复", "待发授权办登通知书", "合议组审查",
        "等待合议组成立", "等待授权通知", "授权通知书发出",
        # PatSnap 法律状态 (公开-Published, 实质审查-Examining, PCT国际公布, PCT进入指定国（指定期内）)
        "examining", "pct国际公布", "指定期内", "pctdesignatedperiod", "pctindesignatedperiod", "实质审查请求", "进入实质审查", "实质审查中", "实审请求", "已提实审", "专利申请中",
        # traditional (Taiwan): 核准審定 = the decision to allow, before the certificate fee and announcement
        "核准审定", "早期公开",
    ),
    LegalStatus.REJECTED: (
        "驳回", "被驳回", "已驳回", "不予授权", "不授权", "驳回失效", "发明专利申请公布后的驳回", "专利申请的驳回",
        "申请驳回", "rejected", "refused",
        # 中国及多国专利审查信息查询 案件状态: rejected, the time limit for a reexamination request running
        "驳回等复审请求",
        "驳回的专利申请", "核驳", "核驳审定", "不予专利",
    ),
    LegalStatus.WITHDRAWN: (
        "撤回", "已撤回", "视为撤回", "视撤", "主动撤回", "撤回失效", "视为撤回失效", "发明专利申请公布后的视为撤回",
        "发明专利申请公布后的撤回", "专利申请的视为撤回", "专利申请的撤回", "申请撤回", "withdrawn", "deemedwithdrawn",
        # Lens.org Legal Status: an application withdrawn, abandoned or refused
        "discontinued",
        "视撤失效", "实审请求视撤失效", "未缴申请费视撤失效", "视为撤回的专利申请", "主动撤回失效",
        # PatSnap: the PCT application's time limit for the national phases has passed
        "pct指定期满", "pct-有效期满", "pct有效期满", "指定期满", "pct失效", "pct-失效", "pctoutofdesignatedperiod",
        # 中国及多国专利审查信息查询 案件状态 and CNIPA 法律状态 of an application that ended
        "逾期视撤", "逾期视撤失效", "无申请费视撤失效", "未缴申请费视撤", "实审请求视撤", "国优视撤", "撤回专利申请",
        "被视为撤回的申请", "视为撤回的专利申请", "撤回的专利申请", "被视为撤回的申请视为放弃取得专利权的权利",
        # PatSnap 申请终止-Discontinuation, 撤回-视为撤回-Withdrawn-Deemed …
        "申请终止", "discontinuation", "withdrawn-deemed", "withdrawn-voluntarily", "withdrawn-undetermined",
    ),
    LegalStatus.ABANDONED: (
        "放弃", "已放弃", "主动放弃", "视为放弃", "视为放弃取得专利权", "视为放弃取得专利权的权利",
        # the registration formalities after the grant notice not done (专利法实施细则第五十四条): no right
        "未办登", "办登放弃", "办登视为放弃", "未办理登记手续", "abandoned",
        "视为放弃失效", "abandoned-deemed", "abandoned-voluntarily", "abandoned-undetermined",
    ),
    LegalStatus.LAPSED: (
        "失效", "已失效", "无效", "终止",
        # PatSnap/incoPat 专利有效性 and ledgers: no right now (granted and ended, or an application that ended)
        "无权", "非有效", "无效专利", "失效专利", "非有效专利", "无权专利", "不再有效", "已无效", "已终止", "专利权终止", "专利权的终止", "未缴年费", "未缴年费终止",
        "未缴年费专利权终止", "年费终止", "期限届满", "届满", "期满终止", "期限届满终止", "专利权期限届满",
        "专利权全部无效", "全部无效", "宣告无效", "被宣告无效", "权利终止", "宣告专利权全部无效", "专利权被宣告全部无效",
        "专利权全部无效宣告", "全部无效宣告", "lapsed", "expired", "dead", "inactive",
        "专利权有效期届满", "专利权期满终止",
        # 失权: the right lost (no right now, like 无权); a ledger's 过期
        "失权", "权利失效", "过期", "已过期",
        # the end of the term: only a granted right reaches it
        "期满", "保护期满", "保护期届满", "到期", "已到期", "专利权到期", "专利权期满",
        # 中国及多国专利审查信息查询 案件状态 of a granted patent that ended
        "届满终止", "届满终止失效", "未缴年费终止失效", "未缴纳年费专利权终止", "无效宣告失效", "其他失效",
        # Google Patents / PatSnap English statuses of a granted patent that ended
        "expired-feerelated", "expired-lifetime", "ceased", "non-payment", "nonpayment", "notinforce",
        # revoked (PatSnap 全部撤销-Revoked; CNIPA 专利权的撤销 under the 1992 law; Taiwan 撤銷)
        "全部撤销", "专利权全部撤销", "专利权的全部撤销", "撤销专利权", "revoked", "invalidated",
        "被宣告全部无效", "宣告全部无效", "已被宣告全部无效", "专利权被宣告无效",
        # Taiwan 專利權消滅: the right extinguished (fees unpaid, term expired)
        "消灭", "专利权消灭", "当然消灭", "专利权当然消灭", "期满消灭",
        # a granted patent given up (专利法第四十四条: the right ends as for unpaid fees); the right was obtained
        *GIVEN_UP_AFTER_GRANT,
    ),
    LegalStatus.NOT_FILED: (
        "未申请", "未登记", "未提交", "尚未申请", "不申请", "专有技术", "技术秘密", "未申请专利", "notfiled",
    ),
}

# Words that record an event without saying anything about the right itself.
NEUTRAL: frozenset[str] = frozenset({
    "权利转移", "专利权的转移", "专利申请权的转移", "专利申请权、专利权的转移", "专利权转移", "转让", "已转让", "转移",
    "许可", "专利实施许可合同备案的生效", "专利实施许可合同备案", "实施许可", "许可备案", "质押", "专利权质押合同登记的生效",
    "专利权质押", "质押登记", "著录事项变更", "著录项目变更", "变更", "更正", "恢复权利请求", "优先权", "诉讼", "复审请求",
    "无效宣告请求", "部分无效", "专利权部分无效", "信息公开", "开放许可", "专利开放许可", "等恢复",
    "无效程序", "无效程序中", "复审程序", "保全", "专利权保全", "海关备案", "一案双申", "同日申请",
    # 案件状态 waiting for a restoration request or for the lapse to be entered ("逾期视撤,等恢复",
    # "届满终止,待失效"): the event before it stands
    "等恢复补正", "等恢复(发明初审)", "等恢复补正(发明初审)", "待失效",
    # CNIPA 法律状态 headings alone, PatSnap qualifiers and parts of its PCT states
    "专利权的无效宣告", "专利权的无效、部分无效宣告", "专利权的撤销", "其他有关事项", "通知事项", "未指定类型",
    "pct进入指定国", "pct未进入指定国", "pct未进指定国", "部分撤销", "专利权部分撤销", "专利权的部分撤销",
    "p-revoked", "专利权的无效宣告(专利权部分无效)", "被宣告部分无效", "宣告部分无效", "专利权被宣告部分无效",
    "宣告专利权部分无效", "无效宣告",
    # a compulsory licence (专利法第五十三条) is granted on a patent; a secret patent declassified
    "强制许可", "专利实施的强制许可", "保密专利的解密",
    # other CNIPA 法律状态 events: preservation and its release, a notice served by publication, the
    # term compensated (专利法第四十二条), an open licence declared (第五十条)
    "专利权的保全及其解除", "专利权保全及其解除", "文件的公告送达", "专利权期限补偿", "专利权有效期补偿",
    "专利开放许可声明", "开放许可声明",
    # the English event column of PatSnap and Derwent ("Granted | Transfer | Pledge")
    "transfer", "assignment", "reassignment", "license", "licence", "licensing", "pledge", "change", "correction",
    "litigation", "reexamination", "requestforinvalidation", "invalidationrequest",
})

LOOKUP: dict[str, LegalStatus] = {term: status for status, terms in TERMS.items() for term in terms}

# A lapsed status whose words say the right had been granted (annual fees are owed only by a
# granted patent; only a granted right can reach the end of its term).
LAPSED_AFTER_GRANT: frozenset[str] = frozenset({
    "未缴年费", "未缴年费终止", "未缴年费专利权终止", "年费终止", "期限届满", "届满", "期满终止", "期限届满终止",
    "专利权期限届满", "专利权终止", "专利权的终止", "专利权有效期届满", "专利权期满终止", "专利权全部无效", "全部无效",
    "宣告无效", "被宣告无效", "权利终止", "宣告专利权全部无效", "专利权被宣告全部无效", "专利权全部无效宣告", "全部无效宣告",
    "届满终止", "届满终止失效", "未缴年费终止失效", "未缴纳年费专利权终止", "expired-feerelated", "expired-lifetime", "ceased",
    "non-payment", "nonpayment", "消灭", "专利权消灭", "当然消灭", "专利权当然消灭", "期满消灭",
    "期满", "保护期满", "保护期届满", "到期", "已到期", "专利权到期", "专利权期满",
    *GIVEN_UP_AFTER_GRANT,
})

# A patent declared wholly invalid, or revoked: deemed never to have existed (专利法第四十七条; the
# revocation of the 1992 law had the same effect, 专利法(1992)第五十条).
INVALIDATED: frozenset[str] = frozenset({
    "专利权全部无效", "全部无效", "宣告无效", "被宣告无效", "宣告专利权全部无效", "专利权被宣告全部无效", "专利权全部无效宣告",
    "全部无效宣告", "无效宣告失效", "全部撤销", "专利权全部撤销", "专利权的全部撤销", "撤销专利权", "revoked",
    "invalidated",
    "被宣告全部无效", "宣告全部无效", "已被宣告全部无效", "专利权被宣告无效",
})
LAPSED_AFTER_GRANT = LAPSED_AFTER_GRANT | INVALIDATED

# Neutral events that can only happen to a granted patent: a 专利权 is pledged (专利权质押登记办法),
# transferred as a 专利权, or partly invalidated (专利法第四十五条/第四十七条); an invalidation request is
# made against a granted patent only.
EVENT_AFTER_GRANT: frozenset[str] = frozenset({
    "部分无效", "专利权部分无效", "无效宣告请求", "无效程序", "质押", "专利权质押", "质押登记", "专利权质押合同登记的生效",
    "专利权的转移", "专利权转移", "专利权保全", "专利权的无效宣告", "专利权的无效、部分无效宣告", "专利权的撤销", "部分撤销",
    "专利权部分撤销", "专利权的部分撤销", "p-revoked", "专利权的无效宣告(专利权部分无效)", "强制许可", "专利实施的强制许可",
    "专利权的保全及其解除", "专利权保全及其解除", "专利权期限补偿", "专利权有效期补偿", "被宣告部分无效", "宣告部分无效",
    "专利权被宣告部分无效", "宣告专利权部分无效", "无效宣告",
})
PARTLY_INVALID: frozenset[str] = frozenset({"部分无效", "专利权部分无效", "部分撤销", "专利权部分撤销", "专利权的部分撤销",
                                            "被宣告部分无效", "宣告部分无效", "专利权被宣告部分无效", "宣告专利权部分无效",
                                            "p-revoked", "专利权的无效宣告(专利权部分无效)"})

# Words read so only when written in traditional characters: Taiwan's 撤銷 is the patent revoked (專利法
# 第八十二條), while a mainland ledger's bare 撤销 may be an application withdrawn (撤回) as well — written
# in simplified it stays unknown and is flagged 待核对.
TRADITIONAL_ONLY: dict[str, str] = {"撤销": "全部撤销", "已撤销": "全部撤销", "被撤销": "全部撤销", "撤销专利": "全部撤销"}
