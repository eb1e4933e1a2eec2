<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
    <context>
        <name>AbandonmentDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="59" />
            <source>提交并开始公示</source>
            <translation>Submit and start publicity</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="71" />
            <source>文件不存在</source>
            <translation>File not found</translation>
        </message>
    </context>
    <context>
        <name>AbandonmentPanel</name>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="157" />
            <source>{0} 项成果公示期满，已自动放弃；{1} 项已生成无形资产核销记录。</source>
            <translation>{0} achievements reached the end of their publicity period and were abandoned automatically; {1} intangible-asset write-off records created.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="35" />
            <source>公示中</source>
            <translation>In publicity</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="108" />
            <source>公示开始</source>
            <translation>Publicity start</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="108" />
            <source>公示期满</source>
            <translation>Publicity ended</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="120" />
            <source>公示期满的成果自动标记为已放弃（1-2 第十一条）；软件启动时和运行期间每天自动检查</source>
            <translation>Achievements whose publicity period has ended are marked abandoned automatically (Annex 1-2 Art. 11); checked at start-up and daily while running</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="108" />
            <source>公示状态</source>
            <translation>Publicity state</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="108" />
            <source>台账编号</source>
            <translation>Ledger no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="35" />
            <source>已撤销（有异议）</source>
            <translation>Withdrawn (objection)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="35" />
            <source>已期满</source>
            <translation>Ended</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="138" />
            <source>已转财务</source>
            <translation>Sent to finance</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="108" />
            <source>异议</source>
            <translation>Objections</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="138" />
            <source>待核销</source>
            <translation>To be written off</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="108" />
            <source>成果</source>
            <translation>Achievement</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="108" />
            <source>成果状态</source>
            <translation>Achievement status</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="123" />
            <source>放弃公示期满即为自动放弃（1-2 第十一条）</source>
            <translation>Abandoned automatically when the abandonment publicity ends (Annex 1-2 Art. 11)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="160" />
            <source>放弃检查</source>
            <translation>Abandonment check</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="108" />
            <source>核销</source>
            <translation>Write-off</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="119" />
            <source>检查到期</source>
            <translation>Check due dates</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="108" />
            <source>申请人</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="117" />
            <source>申请放弃…</source>
            <translation>Apply to abandon…</translation>
        </message>
    </context>
    <context>
        <name>About</name>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="210" />
            <source>所用软件及其许可</source>
            <translation>Bundled software and licences</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="203" />
            <source>数据库</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="204" />
            <source>数据文件夹</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="206" />
            <source>文书字体</source>
            <translation>Document font</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="205" />
            <source>日志文件夹</source>
            <translation>Log folder</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="211" />
            <source>本软件不随附字体文件；文书使用用户电脑上已安装的中文字体或在设置中选择的字体文件，其许可由字体提供方规定。</source>
            <translation>No font files are bundled; documents use a Chinese font installed on this computer or the font file chosen in the settings, licensed by its provider.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="202" />
            <source>版本</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="209" />
            <source>科技成果转化管理桌面版</source>
            <translation>Technology Transfer Office Desktop</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="206" />
            <source>自动（系统中文字体，不随软件分发）</source>
            <translation>Automatic (a Chinese system font, not distributed with the app)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="207" />
            <source>运行环境</source>
            <translation>Runtime</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="224" />
            <source>关于 KJCG Desktop</source>
            <translation>About KJCG Desktop</translation>
        </message>
    </context>
    <context>
        <name>AchievementDetail</name>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="57" />
            <source>1-2 第五条、第七条</source>
            <translation>Annex 1-2 Art. 5, 7</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="449" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="296" />
            <source>YYYY-MM-DD，留空则按经费来源确定</source>
            <translation>YYYY-MM-DD; leave empty to follow the funding source</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="74" />
            <source>{0} 元</source>
            <translation>{0} yuan</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="273" />
            <source>{0} 至 {1}</source>
            <translation>{0} to {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="111" />
            <source>{0}…（共 {1} 字）</source>
            <translation>{0}… ({1} characters in all)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="287" />
            <source>{0}（{1}以{2}为研发起点，此为示例规则，可另行确定；依据：{3}）</source>
            <translation>{0} ({1}: R&amp;D starts on {2}; an example rule that may be decided otherwise; basis: {3})</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="233" />
            <source>{0}（{1}，应缴 {2} 元；依据：{3}）</source>
            <translation>{0} ({1}, {2} yuan due; basis: {3})</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="284" />
            <source>{0}（{1}，理由：{2}；依据：{3}）</source>
            <translation>{0} ({1}, reason: {2}; basis: {3})</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="220" />
            <source>{0}（依法律状态“{1}”自动判定；依据：{2}）</source>
            <translation>{0} (set automatically from the legal status “{1}”; basis: {2})</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="144" />
            <source>{0}：{1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="246" />
            <source>✓ 指定代表</source>
            <translation>✓ Designated representative</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="184" />
            <source>　原文：“{0}”</source>
            <translation>  original: “{0}”</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="574" />
            <source>上次确认：{0} {1}</source>
            <translation>Last confirmed: {0} {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="227" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="240" />
            <source>下次年费缴纳期限</source>
            <translation>Next annual fee due</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="239" />
            <source>不再缴纳年费（已放弃、处置或保护期已届满）</source>
            <translation>No more annual fees (abandoned, disposed of or the term has ended)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="317" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="587" />
            <source>不能保存</source>
            <translation>Cannot save</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="551" />
            <source>不能修改阶段标记</source>
            <translation>Cannot change the stage tag</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="18" />
            <source>专利号</source>
            <translation>Patent no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="434" />
            <source>个工作日</source>
            <translation> working days</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="375" />
            <source>书面理由（必填）：例如项目经费混合使用，研究与开发支出无法可靠区分</source>
            <translation>Written reason (required): e.g. project funds were pooled, so research and development expenditure cannot be reliably separated</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="497" />
            <source>事件日志只能追加，逐条哈希链接；在软件外修改会被“检查”发现。长文本只显示开头和字数，双击一行查看完整经过</source>
            <translation>The event log is append-only and hash-chained; changes made outside the software are found by “Check”. Long texts show their start and length: double-click a row for the whole course</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="36" />
            <source>事项</source>
            <translation>Matter</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="55" />
            <source>交易</source>
            <translation>Deal</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="49" />
            <source>交易完成</source>
            <translation>Deal completed</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="426" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="26" />
            <source>交易对方</source>
            <translation>Counterparty</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="29" />
            <source>交易对方为国有独资企业</source>
            <translation>The counterparty is a solely state-owned enterprise</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="29" />
            <source>交易对方地区</source>
            <translation>Counterparty region</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="364" />
            <source>人工修改阶段标记（须书面理由，记入事件日志；依据：1-2 第九条）</source>
            <translation>Change the stage tag manually (written reason required, recorded in the event log; basis: Annex 1-2 Art. 9)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="23" />
            <source>人工标记理由</source>
            <translation>Reason for manual tag</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="33" />
            <source>份额</source>
            <translation>Share</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="256" />
            <source>份额合计 {0}%（依据：方案二(一)，团队内部书面约定收益分配比例）</source>
            <translation>Shares total {0}% (basis: Plan 2(1), the team's written internal agreement on income shares)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="50" />
            <source>作出决定</source>
            <translation>Decision taken</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="39" />
            <source>作废文号</source>
            <translation>Voided numbers</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="402" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="413" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="494" />
            <source>依据</source>
            <translation>Basis</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="333" />
            <source>依证据判定：{0}。{1}（依据：{2}）</source>
            <translation>Determined from evidence: {0}. {1} (basis: {2})</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="575" />
            <source>保存条件确认</source>
            <translation>Save confirmed conditions</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="45" />
            <source>修改</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="46" />
            <source>修改完成人</source>
            <translation>Inventors changed</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="377" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="45" />
            <source>修改阶段标记</source>
            <translation>Change stage tag</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="65" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="55" />
            <source>公示</source>
            <translation>Publicity</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="48" />
            <source>公示期满</source>
            <translation>Publicity ended</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="31" />
            <source>关联交易</source>
            <translation>Related-party transaction</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="19" />
            <source>关键词</source>
            <translation>Keywords</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="33" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="37" />
            <source>决定人</source>
            <translation>Decided by</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="36" />
            <source>决定机构</source>
            <translation>Deciding body</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="270" />
            <source>决策机构批准日期</source>
            <translation>Date approved by the decision body</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="402" />
            <source>凭证号</source>
            <translation>Voucher no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="28" />
            <source>分配金额（分）</source>
            <translation>Amount distributed (fen)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="46" />
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="146" />
            <source>删除{0}（原为 {1}）</source>
            <translation>Removed {0} (was {1})</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="31" />
            <source>单位份额（%）</source>
            <translation>Unit share (%)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="66" />
            <source>历史</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="506" />
            <source>历史记录 {0}</source>
            <translation>History entry {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="40" />
            <source>原决定日期</source>
            <translation>Date of the decision reversed</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="412" />
            <source>原处理方式</source>
            <translation>Treatment before</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="401" />
            <source>发生时阶段</source>
            <translation>Stage at the time</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="299" />
            <source>另行确定研发起点</source>
            <translation>Set another R&amp;D start point</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="17" />
            <source>台账编号</source>
            <translation>Ledger no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="270" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="26" />
            <source>合同签订日期</source>
            <translation>Contract signing date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="26" />
            <source>合同编号</source>
            <translation>Contract no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="426" />
            <source>合同金额（元）</source>
            <translation>Contract amount (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="438" />
            <source>名义届满日</source>
            <translation>Nominal end date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="65" />
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="32" />
            <source>地域范围</source>
            <translation>Territory</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="64" />
            <source>基本信息</source>
            <translation>Basic information</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="401" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="25" />
            <source>处理方式</source>
            <translation>Treatment</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="33" />
            <source>处理结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="32" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="449" />
            <source>大小</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="249" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="24" />
            <source>完成人</source>
            <translation>Inventors</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="64" />
            <source>完成人及份额</source>
            <translation>Inventors and shares</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="427" />
            <source>完成日期</source>
            <translation>Completion date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="427" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="30" />
            <source>定价方式</source>
            <translation>Pricing method</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="47" />
            <source>审批通过</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="21" />
            <source>密级</source>
            <translation>Classification</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="493" />
            <source>对象</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="475" />
            <source>导入批次 {0}</source>
            <translation>Import batch {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="53" />
            <source>导入新增</source>
            <translation>Added by import</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="52" />
            <source>导入更新</source>
            <translation>Updated by import</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="195" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="22" />
            <source>导入的其他列</source>
            <translation>Other imported columns</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="148" />
            <source>将{0}由 {1} 改为 {2}</source>
            <translation>Changed {0} from {1} to {2}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="27" />
            <source>届满日</source>
            <translation>End date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="439" />
            <source>届满日（顺延后）</source>
            <translation>End date (after extension)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="22" />
            <source>属性</source>
            <translation>Attribute</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="224" />
            <source>属性标记</source>
            <translation>Attribute tag</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="426" />
            <source>已到账（元）</source>
            <translation>Received (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="56" />
            <source>已完成</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="186" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="520" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="531" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="535" />
            <source>已核对</source>
            <translation>Checked</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="56" />
            <source>已签约</source>
            <translation>Signed</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="56" />
            <source>已终止</source>
            <translation>Terminated</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="20" />
            <source>市场前景</source>
            <translation>Market prospects</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="559" />
            <source>开发阶段条件（须同时满足；证据仅作辅助判断；依据：1-2 第八条(二)）</source>
            <translation>Development-stage conditions (all must be met; evidence only supports the judgement; basis: 1-2 Art. 8(2))</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="47" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="49" />
            <source>开始公示</source>
            <translation>Publicity started</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="438" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="27" />
            <source>开始日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="439" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="48" />
            <source>异议</source>
            <translation>Objections</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="49" />
            <source>异议处理</source>
            <translation>Objection resolved</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="33" />
            <source>异议成立</source>
            <translation>Objection upheld</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="46" />
            <source>归档</source>
            <translation>Archived</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="343" />
            <source>当前阶段标记：{0}（人工修改，理由：{1}）</source>
            <translation>Current stage tag: {0} (set manually, reason: {1})</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="346" />
            <source>当前阶段标记：{0}（自动判定）</source>
            <translation>Current stage tag: {0} (determined automatically)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="34" />
            <source>形成无形资产</source>
            <translation>Intangible asset recognised</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="178" />
            <source>待核对（导入时无法确定，原文已保留）</source>
            <translation>To check (uncertain at import; the original text is kept)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="370" />
            <source>恢复按证据自动判定</source>
            <translation>Revert to automatic determination from evidence</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="37" />
            <source>意见</source>
            <translation>Opinion</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="55" />
            <source>成果</source>
            <translation>Achievement</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="17" />
            <source>成果名称</source>
            <translation>Achievement name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="19" />
            <source>成果简介</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="29" />
            <source>成果编号</source>
            <translation>Achievement no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="249" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="19" />
            <source>所属部门</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="454" />
            <source>打开</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="31" />
            <source>技术合同登记号</source>
            <translation>Technology contract registration no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="302" />
            <source>技术转移机构确定的起点</source>
            <translation>Start point set by the TTO</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="20" />
            <source>披露日期</source>
            <translation>Disclosure date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="249" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="34" />
            <source>指定代表</source>
            <translation>Designated representative</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="27" />
            <source>按工作日计算</source>
            <translation>Count working days</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="410" />
            <source>授权后重新分类的支出（1-2 第十条：依法取得时发生的注册费、律师费等确认为无形资产）</source>
            <translation>Expenditures reclassified on grant (1-2 Art. 10: registration and lawyer fees incurred in obtaining the right are recognised as an intangible asset)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="223" />
            <source>授权成果指已依法取得专利权、软件著作权、植物新品种权、集成电路布图设计专有权等；其余为未授权成果（1-2 第五条）</source>
            <translation>Granted achievements hold a patent, software copyright, plant variety right, IC layout-design right or similar; all others are not granted (Annex 1-2 Art. 5)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="18" />
            <source>授权日</source>
            <translation>Grant date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="47" />
            <source>提交</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="33" />
            <source>提出人</source>
            <translation>Raised by</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="40" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="47" />
            <source>撤回</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="39" />
            <source>撤销公示</source>
            <translation>Publicity withdrawn</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="50" />
            <source>撤销决定</source>
            <translation>Decision reversed</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="52" />
            <source>撤销导入</source>
            <translation>Import undone</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="493" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="493" />
            <source>操作人</source>
            <translation>Operator</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="65" />
            <source>支出与资产</source>
            <translation>Expenditure and assets</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="412" />
            <source>支出日期</source>
            <translation>Expenditure date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="401" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="412" />
            <source>支出类型</source>
            <translation>Expenditure type</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="49" />
            <source>收款</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="249" />
            <source>收益分配比例</source>
            <translation>Income share</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="611" />
            <source>文件 {0} 无法添加：{1}</source>
            <translation>File {0} could not be added: {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="449" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="25" />
            <source>文件名</source>
            <translation>File name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="45" />
            <source>新建</source>
            <translation>Created</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="426" />
            <source>方式</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="21" />
            <source>无形资产</source>
            <translation>Intangible asset</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="630" />
            <source>无法打开附件</source>
            <translation>Cannot open the attachment</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="611" />
            <source>无法添加附件</source>
            <translation>Cannot add the attachment</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="434" />
            <source>日</source>
            <translation> days</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="329" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="401" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="25" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="32" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="312" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="595" />
            <source>日期有误</source>
            <translation>Invalid date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="493" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="65" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="440" />
            <source>期间自公示次日起算，届满日为法定休假日的顺延至其后第一个工作日（民法典第二百零一条、第二百零三条）</source>
            <translation>The period starts the day after publication; an end date on a statutory holiday moves to the next working day (Civil Code Art. 201, 203)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="438" />
            <source>期限</source>
            <translation>Term</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="32" />
            <source>期限（年）</source>
            <translation>Term (years)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="27" />
            <source>期限（日）</source>
            <translation>Term (days)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="266" />
            <source>未关联科研项目；研发起点无法确定（1-2 第八条(一)）</source>
            <translation>No research project linked; the start of R&amp;D cannot be determined (Annex 1-2 Art. 8(1))</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="237" />
            <source>本期年费已缴清（依据：{0}）</source>
            <translation>This period's annual fee is paid (basis: {0})</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="18" />
            <source>权利人</source>
            <translation>Right holder</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="45" />
            <source>标记更新</source>
            <translation>Tags updated</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="438" />
            <source>标题</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="187" />
            <source>核对并改正后点此清除该项；处理记入历史记录</source>
            <translation>After checking and correcting, click to clear this item; the resolution is kept in the history</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="51" />
            <source>核对待核对标记</source>
            <translation>Review flag checked</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="534" />
            <source>核对结果（如：已按受理通知书改正申请号）</source>
            <translation>Result of the check (e.g. application number corrected from the filing receipt)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="64" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="17" />
            <source>法律状态</source>
            <translation>Legal status</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="21" />
            <source>涉密</source>
            <translation>Classified</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="449" />
            <source>添加时间</source>
            <translation>Added</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="350" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="358" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="45" />
            <source>添加证据</source>
            <translation>Add evidence</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="46" />
            <source>添加附件</source>
            <translation>Attachment added</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="456" />
            <source>添加附件…</source>
            <translation>Add attachment…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="427" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="439" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="21" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="26" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="412" />
            <source>现处理方式</source>
            <translation>Treatment after</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="303" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="381" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="402" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="23" />
            <source>理由</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="298" />
            <source>理由（必填，记入历史）</source>
            <translation>Reason (required, kept in the history)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="48" />
            <source>生效</source>
            <translation>Effective</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="55" />
            <source>申请</source>
            <translation>Application</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="17" />
            <source>申请号</source>
            <translation>Application no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="18" />
            <source>申请日</source>
            <translation>Filing date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="227" />
            <source>申请日只有年或年月，无法计算（请补全申请日）</source>
            <translation>The filing date has only a year or a month; cannot compute (complete the filing date)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="18" />
            <source>登记号</source>
            <translation>Registration no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="46" />
            <source>登记支出</source>
            <translation>Expenditure recorded</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="20" />
            <source>登记日期</source>
            <translation>Registration date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="294" />
            <source>研发活动起点</source>
            <translation>Start of R&amp;D activity</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="19" />
            <source>研发状况</source>
            <translation>R&amp;D status</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="271" />
            <source>研发计划书审核通过日期</source>
            <translation>Date the R&amp;D plan was approved</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="312" />
            <source>研发起点应为 YYYY-MM-DD 格式，例如 2025-03-18</source>
            <translation>The R&amp;D start point must be YYYY-MM-DD, e.g. 2025-03-18</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="572" />
            <source>确认人</source>
            <translation>Confirmed by</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="571" />
            <source>确认人（部门、姓名）</source>
            <translation>Confirmed by (department, name)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="269" />
            <source>立项日期</source>
            <translation>Project approval date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="48" />
            <source>签署协议</source>
            <translation>Agreement signed</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="427" />
            <source>签订日期</source>
            <translation>Signing date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="449" />
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="438" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="17" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="24" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="277" />
            <source>经费来源</source>
            <translation>Funding source</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="493" />
            <source>经过</source>
            <translation>What happened</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="49" />
            <source>结束公示</source>
            <translation>End publicity</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="426" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="28" />
            <source>股权比例</source>
            <translation>Equity share</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="56" />
            <source>草稿</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="27" />
            <source>被投资企业</source>
            <translation>Investee enterprise</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="476" />
            <source>记录</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="471" />
            <source>记录变更</source>
            <translation>Change recorded</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="32" />
            <source>许可类型</source>
            <translation>Licence type</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="329" />
            <source>证据类型</source>
            <translation>Evidence type</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="357" />
            <source>证据说明（如评估报告编号、合同编号）</source>
            <translation>Evidence description (e.g. valuation report no., contract no.)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="30" />
            <source>评估决定理由</source>
            <translation>Reason for the valuation decision</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="145" />
            <source>该成果已不存在（可能已被删除）</source>
            <translation>This achievement no longer exists (it may have been deleted)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="329" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="402" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="25" />
            <source>说明</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="403" />
            <source>费用化合计 {0} 元；资本化（确认为无形资产）合计 {1} 元；归集待定 {2} 元（依据：{3}）</source>
            <translation>Expensed total {0} yuan; capitalised (recognised as intangible assets) total {1} yuan; allocation pending {2} yuan (basis: {3})</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="172" />
            <source>资产价值（元）</source>
            <translation>Asset value (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="22" />
            <source>资产价值（分）</source>
            <translation>Asset value (fen)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="30" />
            <source>资产评估决定</source>
            <translation>Asset valuation decision</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="269" />
            <source>资助方</source>
            <translation>Funder</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="271" />
            <source>起止日期</source>
            <translation>Start and end dates</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="65" />
            <source>转化交易</source>
            <translation>Deals</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="24" />
            <source>转化状态</source>
            <translation>Transfer status</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="428" />
            <source>转化状态：{0}，转化频次 {1}（依据：1-2 第七条）</source>
            <translation>Transfer status: {0}, transfer count {1} (basis: Annex 1-2 Art. 7)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="24" />
            <source>转化频次</source>
            <translation>Transfer count</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="28" />
            <source>转让后单位不再持有</source>
            <translation>No longer held by the unit after assignment</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="603" />
            <source>选择附件</source>
            <translation>Choose attachment</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="413" />
            <source>重新分类日期</source>
            <translation>Reclassified on</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="401" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="412" />
            <source>金额（元）</source>
            <translation>Amount (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="25" />
            <source>金额（分）</source>
            <translation>Amount (fen)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="380" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="22" />
            <source>阶段</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="65" />
            <source>阶段与证据</source>
            <translation>Stage and evidence</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="23" />
            <source>阶段人工标记</source>
            <translation>Manual stage tag</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="328" />
            <source>阶段判定证据</source>
            <translation>Stage evidence</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="66" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="329" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="38" />
            <source>附件</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="630" />
            <source>附件“{0}”无法打开：{1}</source>
            <translation>Attachment “{0}” could not be opened: {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="463" />
            <source>附件按 SHA-256 保存在数据库旁的 attachments 文件夹中，内容相同的文件只存一份</source>
            <translation>Attachments are stored by SHA-256 in the attachments folder next to the database; identical files are stored once</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="627" />
            <source>附件文件名不安全</source>
            <translation>Unsafe attachment file name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="20" />
            <source>项目</source>
            <translation>Project</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="64" />
            <source>项目与研发起点</source>
            <translation>Project and R&amp;D start</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="269" />
            <source>项目名称</source>
            <translation>Project name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="279" />
            <source>项目经费（元）</source>
            <translation>Project funding (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="269" />
            <source>项目编号</source>
            <translation>Project no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="47" />
            <source>驳回</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="148" />
            <source>（未登记）</source>
            <translation> (not registered)</translation>
        </message>
    </context>
    <context>
        <name>AchievementDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="649" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="652" />
            <source>删除草稿/归档</source>
            <translation>Delete draft / archive</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="644" />
            <source>成果详情</source>
            <translation>Achievement details</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="653" />
            <source>未登记的披露草稿可以删除；其他成果只能归档（1-2 第七条）</source>
            <translation>Unregistered disclosure drafts can be deleted; other achievements can only be archived (Annex 1-2 Art. 7)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="650" />
            <source>编辑…</source>
            <translation>Edit…</translation>
        </message>
    </context>
    <context>
        <name>AchievementEditDialog</name>
        <message>
            <source>专利号</source>
            <translation>Patent no.</translation>
        </message>
        <message>
            <source>事项</source>
            <translation>Matter</translation>
        </message>
        <message>
            <source>交易对方</source>
            <translation>Counterparty</translation>
        </message>
        <message>
            <source>交易对方为国有独资企业</source>
            <translation>The counterparty is a solely state-owned enterprise</translation>
        </message>
        <message>
            <source>交易对方地区</source>
            <translation>Counterparty region</translation>
        </message>
        <message>
            <source>人工标记理由</source>
            <translation>Reason for manual tag</translation>
        </message>
        <message>
            <source>份额</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>作废文号</source>
            <translation>Voided numbers</translation>
        </message>
        <message>
            <source>关联交易</source>
            <translation>Related-party transaction</translation>
        </message>
        <message>
            <source>关键词</source>
            <translation>Keywords</translation>
        </message>
        <message>
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>决定人</source>
            <translation>Decided by</translation>
        </message>
        <message>
            <source>决定机构</source>
            <translation>Deciding body</translation>
        </message>
        <message>
            <source>分配金额（分）</source>
            <translation>Amount distributed (fen)</translation>
        </message>
        <message>
            <source>单位份额（%）</source>
            <translation>Unit share (%)</translation>
        </message>
        <message>
            <source>原决定日期</source>
            <translation>Date of the decision reversed</translation>
        </message>
        <message>
            <source>台账编号</source>
            <translation>Ledger no.</translation>
        </message>
        <message>
            <source>合同签订日期</source>
            <translation>Contract signing date</translation>
        </message>
        <message>
            <source>合同编号</source>
            <translation>Contract no.</translation>
        </message>
        <message>
            <source>地域范围</source>
            <translation>Territory</translation>
        </message>
        <message>
            <source>处理方式</source>
            <translation>Treatment</translation>
        </message>
        <message>
            <source>处理结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>完成人</source>
            <translation>Inventors</translation>
        </message>
        <message>
            <source>定价方式</source>
            <translation>Pricing method</translation>
        </message>
        <message>
            <source>密级</source>
            <translation>Classification</translation>
        </message>
        <message>
            <source>导入的其他列</source>
            <translation>Other imported columns</translation>
        </message>
        <message>
            <source>届满日</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>属性</source>
            <translation>Attribute</translation>
        </message>
        <message>
            <source>市场前景</source>
            <translation>Market prospects</translation>
        </message>
        <message>
            <source>开始日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>异议成立</source>
            <translation>Objection upheld</translation>
        </message>
        <message>
            <source>形成无形资产</source>
            <translation>Intangible asset recognised</translation>
        </message>
        <message>
            <source>意见</source>
            <translation>Opinion</translation>
        </message>
        <message>
            <source>成果名称</source>
            <translation>Achievement name</translation>
        </message>
        <message>
            <source>成果简介</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>成果编号</source>
            <translation>Achievement no.</translation>
        </message>
        <message>
            <source>所属部门</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>技术合同登记号</source>
            <translation>Technology contract registration no.</translation>
        </message>
        <message>
            <source>披露日期</source>
            <translation>Disclosure date</translation>
        </message>
        <message>
            <source>指定代表</source>
            <translation>Designated representative</translation>
        </message>
        <message>
            <source>按工作日计算</source>
            <translation>Count working days</translation>
        </message>
        <message>
            <source>授权日</source>
            <translation>Grant date</translation>
        </message>
        <message>
            <source>提出人</source>
            <translation>Raised by</translation>
        </message>
        <message>
            <source>撤回</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>撤销公示</source>
            <translation>Publicity withdrawn</translation>
        </message>
        <message>
            <source>文件名</source>
            <translation>File name</translation>
        </message>
        <message>
            <source>无形资产</source>
            <translation>Intangible asset</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>期限（年）</source>
            <translation>Term (years)</translation>
        </message>
        <message>
            <source>期限（日）</source>
            <translation>Term (days)</translation>
        </message>
        <message>
            <source>权利人</source>
            <translation>Right holder</translation>
        </message>
        <message>
            <source>法律状态</source>
            <translation>Legal status</translation>
        </message>
        <message>
            <source>涉密</source>
            <translation>Classified</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>理由</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>申请号</source>
            <translation>Application no.</translation>
        </message>
        <message>
            <source>申请日</source>
            <translation>Filing date</translation>
        </message>
        <message>
            <source>登记号</source>
            <translation>Registration no.</translation>
        </message>
        <message>
            <source>登记日期</source>
            <translation>Registration date</translation>
        </message>
        <message>
            <source>研发状况</source>
            <translation>R&amp;D status</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>股权比例</source>
            <translation>Equity share</translation>
        </message>
        <message>
            <source>被投资企业</source>
            <translation>Investee enterprise</translation>
        </message>
        <message>
            <source>许可类型</source>
            <translation>Licence type</translation>
        </message>
        <message>
            <source>评估决定理由</source>
            <translation>Reason for the valuation decision</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>资产价值（分）</source>
            <translation>Asset value (fen)</translation>
        </message>
        <message>
            <source>资产评估决定</source>
            <translation>Asset valuation decision</translation>
        </message>
        <message>
            <source>转化状态</source>
            <translation>Transfer status</translation>
        </message>
        <message>
            <source>转化频次</source>
            <translation>Transfer count</translation>
        </message>
        <message>
            <source>转让后单位不再持有</source>
            <translation>No longer held by the unit after assignment</translation>
        </message>
        <message>
            <source>金额（分）</source>
            <translation>Amount (fen)</translation>
        </message>
        <message>
            <source>阶段</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>阶段人工标记</source>
            <translation>Manual stage tag</translation>
        </message>
        <message>
            <source>附件</source>
            <translation>Attachment</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>Project</translation>
        </message>
    </context>
    <context>
        <name>AgenciesPanel</name>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="229" />
            <source>{0} 至 {1}</source>
            <translation>{0} to {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="213" />
            <source>服务内容</source>
            <translation>Services</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="213" />
            <source>服务换股权</source>
            <translation>Equity for services</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="214" />
            <source>服务期限</source>
            <translation>Service period</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="213" />
            <source>服务机构</source>
            <translation>Agency</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="213" />
            <source>服务费用（元）</source>
            <translation>Service fee (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="215" />
            <source>登记服务协议…</source>
            <translation>Register service agreement…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="218" />
            <source>第三方专业技术转移机构：收取服务费用或服务换股权（方案二(四)、1-2 第十三条）</source>
            <translation>Third-party professional technology-transfer agencies: service fees or equity for services (Plan 2(4), Annex 1-2 Art. 13)</translation>
        </message>
        <message>
            <source>第三方技术转移机构服务协议 (方案二(四), 1-2 第十三条).</source>
            <translation>Third-party technology-transfer agency service agreements (Plan 2(4), Annex 1-2 Art. 13).</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="214" />
            <source>签订日期</source>
            <translation>Signing date</translation>
        </message>
    </context>
    <context>
        <name>AgencyDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="127" />
            <source>与第三方专业技术转移机构合作，通过收取服务费用、服务换股权等方式开展服务（方案二(四)、1-2 第十三条）。</source>
            <translation>Cooperation with third-party professional technology-transfer agencies, paid by service fees or equity for services (Plan 2(4), Annex 1-2 Art. 13).</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="135" />
            <source>关联成果</source>
            <translation>Linked achievement</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="118" />
            <source>成果披露、价值评估、路径设计、知识产权保护、投融资、托管运营…</source>
            <translation>Disclosure, valuation, pathway design, IP protection, investment and financing, managed operation…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="132" />
            <source>服务内容</source>
            <translation>Services</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="134" />
            <source>服务换股权</source>
            <translation>Equity for services</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="122" />
            <source>服务换股权，如 5%，可空</source>
            <translation>Equity for services, e.g. 5%; optional</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="137" />
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="147" />
            <source>服务期自</source>
            <translation>Service from</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="138" />
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="148" />
            <source>服务期至</source>
            <translation>Service until</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="131" />
            <source>服务机构</source>
            <translation>Agency</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="119" />
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="143" />
            <source>服务费用</source>
            <translation>Service fee</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="133" />
            <source>服务费用（元）</source>
            <translation>Service fee (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="120" />
            <source>服务费用（元），可空</source>
            <translation>Service fee (yuan); optional</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="114" />
            <source>登记第三方技术转移机构服务协议</source>
            <translation>Register a third-party technology-transfer agency service agreement</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="136" />
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="147" />
            <source>签订日期</source>
            <translation>Signing date</translation>
        </message>
    </context>
    <context>
        <name>AmountInput</name>
        <message>
            <location filename="../../kjcg_desktop/ui/date_input.py" line="245" />
            <source>元</source>
            <translation>yuan</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/date_input.py" line="307" />
            <source>即 {0} 元</source>
            <translation>= CNY {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/date_input.py" line="253" />
            <source>可直接输入：{0}</source>
            <translation>You can type: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/date_input.py" line="292" />
            <source>请填写「{0}」</source>
            <translation>Please fill in “{0}”</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/date_input.py" line="244" />
            <source>金额</source>
            <translation>Amount</translation>
        </message>
    </context>
    <context>
        <name>ApplicationsPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="392" />
            <source>{0}
请在向导中补充后提交。</source>
            <translation>{0}
Please complete it in the wizard and submit.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="294" />
            <source>{0} {1}（到期 {2}）</source>
            <translation>{0} {1} (ends {2})</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="418" />
            <source>{0}：{1}完成</source>
            <translation>{0}: {1} done</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="398" />
            <source>{0}：已提交</source>
            <translation>{0}: submitted</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="305" />
            <source>{0}：选择{1}</source>
            <translation>{0}: choose {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="195" />
            <source>以下表单定义有误，已停用：
</source>
            <translation>These form definitions have errors and are disabled:
</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="282" />
            <source>以撤销记录更正误操作的决定，须填写理由（1-1 第八条）</source>
            <translation>Correct a decision taken by mistake with a reversal entry; a reason is required (1-1 Art. 8)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="167" />
            <source>全部状态</source>
            <translation>All states</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="163" />
            <source>全部类型</source>
            <translation>All types</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="465" />
            <source>公示期（天）</source>
            <translation>Publicity period (days)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="465" />
            <source>公示期（工作日）</source>
            <translation>Publicity period (working days)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="458" />
            <source>名义届满日 {0}，届满日 {1}</source>
            <translation>Nominal end {0}, end {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="301" />
            <source>对象</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="319" />
            <source>已有未完成的草稿，继续填写（{0}）</source>
            <translation>An unfinished draft exists; continuing it ({0})</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="156" />
            <source>批次管理</source>
            <translation>Batches</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="50" />
            <source>批次（截止）</source>
            <translation>Batch (deadline)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="171" />
            <source>搜索编号、标题、批次</source>
            <translation>Search number, title, batch</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="188" />
            <source>撤销决定…</source>
            <translation>Reverse decision…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="142" />
            <source>新建申请</source>
            <translation>New application</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="416" />
            <source>无法执行</source>
            <translation>Cannot perform</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="392" />
            <source>无法提交</source>
            <translation>Cannot submit</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="325" />
            <source>无法新建</source>
            <translation>Cannot create</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="51" />
            <source>更新时间</source>
            <translation>Updated</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="294" />
            <source>未定</source>
            <translation>not set</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="298" />
            <source>未登记</source>
            <translation>Not registered</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="154" />
            <source>查看/修改</source>
            <translation>View/edit</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="50" />
            <source>标题</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="303" />
            <source>没有{0}。</source>
            <translation>No {0}.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="50" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="50" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="152" />
            <source>继续填写草稿</source>
            <translation>Continue draft</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="50" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="273" />
            <source>请先选择一条申请</source>
            <translation>Select an application first</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="453" />
            <source>请填写公示开始日期（如 2023-03-01）</source>
            <translation>Please enter the publicity start date (e.g. 2023-03-01)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="410" />
            <source>请填写理由：</source>
            <translation>Please give the reason:</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="460" />
            <source>（遇休息日或法定节假日顺延，民法典第二百零三条）</source>
            <translation> (moved past rest days and statutory holidays, Civil Code Art. 203)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="429" />
            <source>；审批决定可在“文书”页出具（文书类型：审批决定（申请））</source>
            <translation>; the decision paper can be printed on the Documents page (document type: Decision (application))</translation>
        </message>
    </context>
    <context>
        <name>AttachmentField</name>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="329" />
            <source>所有文件 (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="334" />
            <source>无法添加附件</source>
            <translation>Cannot add the attachment</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="316" />
            <source>添加文件…</source>
            <translation>Add file…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="318" />
            <source>移除</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="329" />
            <source>选择{0}</source>
            <translation>Choose {0}</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="201" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="196" />
            <source>备份与恢复</source>
            <translation>Backup and restore</translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="145" />
            <source>
请在那个程序中恢复，或先关闭它。</source>
            <translation>
Restore from within that program, or close it first.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="128" />
            <source>KJCG 数据库 (*.sqlite3 *.db);;所有文件 (*)</source>
            <translation>KJCG databases (*.sqlite3 *.db);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="124" />
            <source>{0} 的{1}</source>
            <translation>{1} from {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="188" />
            <source>……另有 {0} 处</source>
            <translation>… and {0} more</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="144" />
            <source>不能恢复</source>
            <translation>Cannot restore</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="77" />
            <source>从其他文件恢复…</source>
            <translation>Restore from another file…</translation>
        </message>
        <message>
            <source>其他备份</source>
            <translation>Other backup</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="56" />
            <source>办公室服务器上的数据库由服务器备份（管理员用 pg_dump，见使用说明“办公室共享”）。“立即备份”在本机另写一份 pg_dump 副本（需要 PostgreSQL 客户端工具）。
备份文件夹：{0}</source>
            <translation>The office server's database is backed up by the server (the administrator uses pg_dump, see “Office server” in the guide). “Back up now” writes another pg_dump copy on this computer (needs the PostgreSQL client tools).
Backup folder: {0}</translation>
        </message>
        <message>
            <source>升级前备份</source>
            <translation>Pre-upgrade backup</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="115" />
            <source>备份失败</source>
            <translation>Backup failed</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="115" />
            <source>备份失败：{0}</source>
            <translation>Backup failed: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="66" />
            <source>备份时间</source>
            <translation>Backup time</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="66" />
            <source>大小</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="117" />
            <source>已备份并校验：{0}</source>
            <translation>Backed up and verified: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="162" />
            <source>已恢复。恢复前的数据库已另存为：
{0}</source>
            <translation>Restored. The database before the restore was saved as:
{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="161" />
            <source>已恢复。恢复前的数据库已另存为：{0}</source>
            <translation>Restored. The database before the restore was saved as: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="149" />
            <source>恢复</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>恢复前备份</source>
            <translation>Pre-restore backup</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="154" />
            <source>恢复失败</source>
            <translation>Restore failed</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="154" />
            <source>恢复失败，当前数据库未改动：{0}</source>
            <translation>Restore failed; the current database was not changed: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="162" />
            <source>恢复完成</source>
            <translation>Restore complete</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="74" />
            <source>恢复所选备份…</source>
            <translation>Restore selected backup…</translation>
        </message>
        <message>
            <source>手动备份</source>
            <translation>Manual backup</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="66" />
            <source>文件</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="189" />
            <source>检查发现 {0} 处问题：
{1}</source>
            <translation>The check found {0} problems:
{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="176" />
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="180" />
            <source>检查数据库</source>
            <translation>Check database</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="79" />
            <source>检查数据库…</source>
            <translation>Check database…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="81" />
            <source>检查数据库文件、外键、事件记录链、附件和标记是否与规则一致（只读，不修改数据）</source>
            <translation>Check the database file, foreign keys, the event chain, attachments and whether tags agree with the rules (read-only, changes nothing)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="183" />
            <source>检查通过：未发现问题。</source>
            <translation>Check passed: no problems found.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="111" />
            <source>正在备份并校验…</source>
            <translation>Backing up and verifying…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="150" />
            <source>正在校验并恢复…</source>
            <translation>Verifying and restoring…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="173" />
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="176" />
            <source>正在检查数据库…</source>
            <translation>Checking the database…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="61" />
            <source>每天第一次启动时自动备份，保留最近 {0} 天、{1} 周、{2} 个月各一份；升级数据库前和恢复前也会自动备份。每个备份写入后都会校验。
备份文件夹：{3}</source>
            <translation>A backup is made automatically at the first start each day, keeping one for each of the last {0} days, {1} weeks and {2} months; backups are also made before database upgrades and restores. Every backup is verified after writing.
Backup folder: {3}</translation>
        </message>
        <message>
            <source>每日自动备份</source>
            <translation>Daily automatic backup</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="75" />
            <source>用所选备份替换当前数据库；当前数据库会先另存为“恢复前备份”</source>
            <translation>Replace the current database with the selected backup; the current database is first saved as a “pre-restore backup”</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="137" />
            <source>确定用 {0} 替换当前数据库吗？

当前数据库会先另存为“恢复前备份”，需要时可以再恢复回来。备份之后所做的修改将不在恢复后的数据库中。</source>
            <translation>Replace the current database with {0}?

The current database is first saved as a “pre-restore backup” and can be restored again if needed. Changes made after the backup will not be in the restored database.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="136" />
            <source>确认恢复</source>
            <translation>Confirm restore</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="72" />
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="110" />
            <source>立即备份</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="66" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="127" />
            <source>选择要恢复的数据库文件</source>
            <translation>Choose the database file to restore</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="101" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="103" />
            <source>截止</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="94" />
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="119" />
            <source>截止日期</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="94" />
            <source>批次</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="99" />
            <source>新增批次</source>
            <translation>Add batch</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="121" />
            <source>无法新增批次</source>
            <translation>Cannot add the batch</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="94" />
            <source>申请数</source>
            <translation>Applications</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="92" />
            <source>赋权批次</source>
            <translation>Grant batches</translation>
        </message>
    </context>
    <context>
        <name>ChoiceField</name>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="164" />
            <source>— 尚无受理中的批次，请先在“赋权申请 › 批次管理”中新增 —</source>
            <translation>— No open batch yet; add one under “Grant applications › Batches” —</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="162" />
            <source>— 请选择 —</source>
            <translation>— Please choose —</translation>
        </message>
    </context>
    <context>
        <name>ConfirmationsDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="56" />
            <source>入账日期</source>
            <translation>Booking date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="56" />
            <source>入账金额</source>
            <translation>Booked amount</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="56" />
            <source>凭证号</source>
            <translation>Voucher no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="76" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="57" />
            <source>变化</source>
            <translation>Changes</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="57" />
            <source>工作表</source>
            <translation>Worksheet</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="73" />
            <source>应用 {0} 处变化</source>
            <translation>Apply {0} changes</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="57" />
            <source>提示</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="80" />
            <source>无变化 {0} 条</source>
            <translation>{0} unchanged</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="57" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="57" />
            <source>行</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="55" />
            <source>财务回执：差异</source>
            <translation>Finance receipt: differences</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="82" />
            <source>错误（不会应用）</source>
            <translation>Errors (will not be applied)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="66" />
            <source>（空）</source>
            <translation>(empty)</translation>
        </message>
    </context>
    <context>
        <name>CounterpartyDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="58" />
            <source>18位，第3–8位即登记机关行政区划代码</source>
            <translation>18 characters; characters 3–8 are the registering authority's region code</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="60" />
            <source>6位行政区划代码（GB/T 2260），填了信用代码可空</source>
            <translation>6-digit region code (GB/T 2260); may stay empty when the credit code is given</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="79" />
            <source>主体性质</source>
            <translation>Party type</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="80" />
            <source>企业规模</source>
            <translation>Enterprise size</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="74" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="78" />
            <source>国别代码</source>
            <translation>Country code</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="70" />
            <source>国有全资</source>
            <translation>Wholly state-owned</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="83" />
            <source>地址</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="63" />
            <source>境外单位填3位国别代码，境内留空</source>
            <translation>3-digit country code for a foreign party; empty for a domestic one</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="96" />
            <source>所在省份：{0}</source>
            <translation>Province: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="53" />
            <source>登记交易对方</source>
            <translation>Register counterparty</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="75" />
            <source>统一社会信用代码</source>
            <translation>Unified social credit code</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="81" />
            <source>行业（GB/T 4754）</source>
            <translation>Industry (GB/T 4754)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="76" />
            <source>行政区划代码</source>
            <translation>Region code</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="64" />
            <source>（主体性质）</source>
            <translation>(party type)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="69" />
            <source>（行业门类）</source>
            <translation>(industry section)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="66" />
            <source>（非企业或未知）</source>
            <translation>(not an enterprise or unknown)</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/dialogs.py" line="68" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dialogs.py" line="60" />
            <source>发生意外错误</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dialogs.py" line="69" />
            <source>复制报告</source>
            <translation>Copy report</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dialogs.py" line="62" />
            <source>程序遇到意外错误，已写入日志。您的数据已保存在最近一次操作完成时的状态。
请复制下面的报告发送给技术支持。</source>
            <translation>The program ran into an unexpected error, which was written to the log. Your data is saved as of the last completed operation.
Please copy the report below and send it to technical support.</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="319" />
            <source>{0} {1} 项</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="333" />
            <source>{0} 天</source>
            <translation>{0} days</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="303" />
            <source>{0} 项</source>
            <translation>{0} item(s)</translation>
        </message>
        <message>
            <source>专利号 {number}，申请日 {filing}，每年于申请日对应日前缴纳</source>
            <translation>Patent {number}, filed {filing}; due each year before the filing-date anniversary</translation>
        </message>
        <message>
            <source>专利年费</source>
            <translation>Patent annual fee</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="152" />
            <source>事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="333" />
            <source>今天</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="152" />
            <source>依据</source>
            <translation>Basis</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="335" />
            <source>依据：{0}</source>
            <translation>Basis: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="201" />
            <source>公示</source>
            <translation>Publicity</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="263" />
            <source>公示中</source>
            <translation>In publicity</translation>
        </message>
        <message>
            <source>公示届满</source>
            <translation>Publicity ends</translation>
        </message>
        <message>
            <source>公示届满：{title}</source>
            <translation>Publicity ends: {title}</translation>
        </message>
        <message>
            <source>公示自 {start} 起，公示期至 {end} 24:00 届满（名义届满 {nominal_end}）；{next} 起可结束公示</source>
            <translation>Publicity since {start}, runs until {end} 24:00 (nominal end {nominal_end}); it can be closed from {next}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="321" />
            <source>共 {0} 项：{1}。双击打开对应记录。</source>
            <translation>{0} items: {1}. Double-click to open the record.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="152" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="152" />
            <source>到期日</source>
            <translation>Due date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="152" />
            <source>剩余</source>
            <translation>Remaining</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="201" />
            <source>原届满日</source>
            <translation>Previous end date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="144" />
            <source>台账概况</source>
            <translation>Ledger overview</translation>
        </message>
        <message>
            <source>向财政、国资部门报送上一年度情况（报送日期可在设置中修改）</source>
            <translation>Report the previous year to the finance and state-asset departments (the due date can be changed in Settings)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="367" />
            <source>导出失败</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="357" />
            <source>导出提醒</source>
            <translation>Export reminders</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="165" />
            <source>导出提醒到日历（.ics）…</source>
            <translation>Export reminders to calendar (.ics)…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="264" />
            <source>属性（1-2 第五条）</source>
            <translation>Attribute (Annex 1-2 Art. 5)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="203" />
            <source>已知悉，不再列出</source>
            <translation>Noted, do not list again</translation>
        </message>
        <message>
            <source>年度报告</source>
            <translation>Annual report</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="169" />
            <source>待办提醒（公示 7 日内届满、长期使用权 180 日内到期、专利年费 90 日内及滞纳期、年度报告、试点节点）</source>
            <translation>Reminders (publicity ending within 7 days, long-term use rights expiring within 180 days, patent fees due within 90 days or in their grace period, annual report, pilot milestones)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="263" />
            <source>总计</source>
            <translation>Grand total</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="263" />
            <source>成果总数</source>
            <translation>Achievements</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="167" />
            <source>打开所选记录</source>
            <translation>Open selected record</translation>
        </message>
        <message>
            <source>技术合同待认定登记</source>
            <translation>Technology contract awaiting registration</translation>
        </message>
        <message>
            <source>技术合同待认定登记：{number} {name}</source>
            <translation>Technology contract awaiting registration: {number} {name}</translation>
        </message>
        <message>
            <source>报送 {year} 年度科技成果国有资产情况及试点执行报告</source>
            <translation>Submit the {year} report on state-owned achievement assets and the pilot</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="147" />
            <source>披露与转化（近十年）</source>
            <translation>Disclosures and transfers (last ten years)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="367" />
            <source>无法写入 {0}：{1}</source>
            <translation>Cannot write {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="358" />
            <source>日历文件 (*.ics)</source>
            <translation>Calendar files (*.ics)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="320" />
            <source>暂无需要处理的事项</source>
            <translation>Nothing to do at the moment</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="268" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="201" />
            <source>现届满日</source>
            <translation>Current end date</translation>
        </message>
        <message>
            <source>申请 {number}，期限 {start} 至 {end}；如需延长请提出延长申请</source>
            <translation>Application {number}, term {start} to {end}; apply for an extension if needed</translation>
        </message>
        <message>
            <source>申请 {number}，本期 {start} 至 {term_end}，使用权至 {end}；请办理续期</source>
            <translation>Application {number}, current term {start} to {term_end}, use right until {end}; renew the term</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="357" />
            <source>科技成果转化提醒-{0}.ics</source>
            <translation>tech-transfer-reminders-{0}.ics</translation>
        </message>
        <message>
            <source>缴纳专利年费：{name}</source>
            <translation>Pay the patent annual fee: {name}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="191" />
            <source>节假日安排与公示届满日</source>
            <translation>Holiday schedule and publicity end dates</translation>
        </message>
        <message>
            <source>试点一年：管理制度</source>
            <translation>Pilot year one: management rules</translation>
        </message>
        <message>
            <source>试点三年期满</source>
            <translation>End of the three-year pilot</translation>
        </message>
        <message>
            <source>试点满一年：单位科技成果转化管理制度应已建立</source>
            <translation>Pilot one year in: the unit's transfer management rules should be in place</translation>
        </message>
        <message>
            <source>试点自 {start} 起为期三年；期间签订的赋权协议继续有效</source>
            <translation>The pilot runs three years from {start}; grant agreements signed during it stay in force</translation>
        </message>
        <message>
            <source>试点自 {start} 起，一年内建立完善管理制度</source>
            <translation>Pilot since {start}: management rules to be set up within one year</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="201" />
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="266" />
            <source>转化状态（1-2 第七条）</source>
            <translation>Transfer status (Annex 1-2 Art. 7)</translation>
        </message>
        <message>
            <source>长期使用权到期</source>
            <translation>Long-term use right expires</translation>
        </message>
        <message>
            <source>长期使用权到期：{title}</source>
            <translation>Long-term use right expires: {title}</translation>
        </message>
        <message>
            <source>长期使用权本期协议届满：{title}</source>
            <translation>Current term of the long-term use right ends: {title}</translation>
        </message>
        <message>
            <source>长期使用权本期届满</source>
            <translation>Use right term ends</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="265" />
            <source>阶段（1-2 第八条、第九条）</source>
            <translation>Stage (Annex 1-2 Art. 8, 9)</translation>
        </message>
        <message>
            <source>首笔到账 {received}；登记后现金奖励可减按50%计入工资薪金所得（财税〔2018〕58号）</source>
            <translation>First income received {received}; once registered, cash rewards count at 50% in wage income (Caishui [2018] No. 58)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="319" />
            <source>；</source>
            <translation>; </translation>
        </message>
    </context>
    <context>
        <name>DateInput</name>
        <message>
            <location filename="../../kjcg_desktop/ui/date_input.py" line="108" />
            <source>「{0}」：{1}</source>
            <translation>“{0}”: {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/date_input.py" line="68" />
            <source>从日历中选择</source>
            <translation>Pick from the calendar</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/date_input.py" line="64" />
            <source>可直接输入：{0}</source>
            <translation>You can type: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/date_input.py" line="67" />
            <source>日历</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/date_input.py" line="110" />
            <source>请填写「{0}」（如 2023-03-01）</source>
            <translation>Please fill in “{0}” (e.g. 2023-03-01)</translation>
        </message>
    </context>
    <context>
        <name>DealDialog</name>
        <message>
            <source>1-1 第七条(七)</source>
            <translation>Annex 1-1 Art. 7(7)</translation>
        </message>
        <message>
            <source>1-1 第七条(九)</source>
            <translation>Annex 1-1 Art. 7(9)</translation>
        </message>
        <message>
            <source>1-1 第七条(五)</source>
            <translation>Annex 1-1 Art. 7(5)</translation>
        </message>
        <message>
            <source>1-1 第七条(八)</source>
            <translation>Annex 1-1 Art. 7(8)</translation>
        </message>
        <message>
            <source>1-1 第七条(六)</source>
            <translation>Annex 1-1 Art. 7(6)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="134" />
            <source>上一步</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="135" />
            <source>下一步</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>从事科技成果转化的科研人员违反科学道德、科技伦理和职业道德规范，未严格执行科学技术保密要求，未经试点单位允许利用职务科技成果从事创办企业等行为。</source>
            <translation>Researchers engaged in technology transfer violating scientific morality, science and technology ethics or professional ethics, failing to strictly observe science and technology confidentiality requirements, or using service achievements to found enterprises or similar without the pilot unit's permission.</translation>
        </message>
        <message>
            <source>从事科技成果转化的科研人员，将职务科技成果及其技术资料和数据占为己有，侵犯试点单位的合法权益；或者以唆使窃取、利诱胁迫等手段侵占他人的科技成果，侵犯他人合法权益。</source>
            <translation>Researchers engaged in technology transfer appropriating service achievements and their technical materials and data, infringing the lawful rights and interests of the pilot unit; or seizing others' achievements by instigating theft, inducement or coercion, infringing others' lawful rights and interests.</translation>
        </message>
        <message>
            <source>参与科技成果转化的领导人员、管理人员违反科学道德、科技伦理和职业道德规范，或者利用职务之便，干扰或阻碍科技成果转化工作，或者擅自披露、使用或者转让科技成果的关键技术。</source>
            <translation>Leaders or managers involved in technology transfer violating scientific morality, science and technology ethics or professional ethics, or using their position to interfere with or obstruct technology transfer, or disclosing, using or transferring key technologies of achievements without authorisation.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="138" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>成果转化参与人员玩忽职守、以权谋私。以任何名目和理由向科技成果转化实施者索要或者收受可能影响成果评价与转化行为的礼品、礼金（含有价券）和礼物或提供有偿服务；或者利用职权或者职务上的影响，为配偶、子女及其配偶等亲属和其他特定关系人员在科技成果转化行为中提供便利和优惠条件；或在医疗卫生机构后续成果转化产品进入本单位销售或使用过程中，存在滥用职权、违规审批、违规采购等行为。</source>
            <translation>Participants in technology transfer neglecting their duties or abusing power for personal gain: asking for or accepting, under any name or pretext, gifts, money (including vouchers) or presents, or paid services, from implementers of technology transfer that may affect the evaluation or transfer of achievements; or using their power or position to give spouses, children and their spouses, other relatives and other specially related persons facilities or preferential conditions in technology transfer; or, when products of achievements later enter sale or use in their own medical or health institution, abusing power, approving or purchasing in violation of rules, or similar.</translation>
        </message>
        <message>
            <source>承担科技成果转化业务的领导人员、管理人员，违反任职回避和履职回避等相关规定。</source>
            <translation>Leaders or managers in charge of technology transfer violating the rules on recusal in appointments and in the performance of duties.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="136" />
            <source>登记交易</source>
            <translation>Register deal</translation>
        </message>
        <message>
            <source>第七条(七)</source>
            <translation>Art. 7(7)</translation>
        </message>
        <message>
            <source>第七条(九)</source>
            <translation>Art. 7(9)</translation>
        </message>
        <message>
            <source>第七条(五)</source>
            <translation>Art. 7(5)</translation>
        </message>
        <message>
            <source>第七条(八)</source>
            <translation>Art. 7(8)</translation>
        </message>
        <message>
            <source>第七条(六)</source>
            <translation>Art. 7(6)</translation>
        </message>
    </context>
    <context>
        <name>DealsModel</name>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="71" />
            <source>交易对方</source>
            <translation>Counterparty</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="71" />
            <source>合同日期</source>
            <translation>Contract date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="71" />
            <source>合同金额（元）</source>
            <translation>Contract amount (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="71" />
            <source>审批</source>
            <translation>Approval</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="71" />
            <source>已到账（元）</source>
            <translation>Received (yuan)</translation>
        </message>
        <message>
            <source>已完成</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>已签约</source>
            <translation>Signed</translation>
        </message>
        <message>
            <source>已终止</source>
            <translation>Terminated</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="71" />
            <source>成果</source>
            <translation>Achievement</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="71" />
            <source>方式</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="71" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>登记</source>
            <translation>Registered</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="71" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
    </context>
    <context>
        <name>DealsPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="425" />
            <source>{0} 元</source>
            <translation>{0} yuan</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="419" />
            <source>{0} 签订</source>
            <translation>signed {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="306" />
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="402" />
            <source>{0}年</source>
            <translation>{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="480" />
            <source>{0}（依据：{1}）</source>
            <translation>{0} (basis: {1})</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="408" />
            <source>{0}，股份：{1}</source>
            <translation>{0}, shares: {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="580" />
            <source>不能办理</source>
            <translation>Cannot proceed</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="547" />
            <source>不能生成登记表信息</source>
            <translation>Cannot produce the registration form data</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="568" />
            <source>不能记录登记编号</source>
            <translation>Cannot record the registration number</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="146" />
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="411" />
            <source>交易对方</source>
            <translation>Counterparty</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="213" />
            <source>交易详情</source>
            <translation>Deal details</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="275" />
            <source>付款方</source>
            <translation>Payer</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="230" />
            <source>以撤销记录更正误操作的决定，须填写理由（1-1 第八条）</source>
            <translation>Correct a decision taken by mistake with a reversal entry; a reason is required (1-1 Art. 8)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="408" />
            <source>作价投资</source>
            <translation>Equity investment</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="291" />
            <source>依据</source>
            <translation>Basis</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="540" />
            <source>保存技术合同登记表信息</source>
            <translation>Save the technology-contract registration form data</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="304" />
            <source>全部年度</source>
            <translation>All years</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="141" />
            <source>全部方式</source>
            <translation>All types</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="423" />
            <source>关联交易</source>
            <translation>Related-party transaction</translation>
        </message>
        <message>
            <source>关联交易公示（签约前）</source>
            <translation>Related-party transaction publicity (before signing)</translation>
        </message>
        <message>
            <source>关联交易审查</source>
            <translation>Related-party review</translation>
        </message>
        <message>
            <source>其他</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="200" />
            <source>兼职、离岗创业与衍生企业</source>
            <translation>Part-time posts, leave to start up, spin-offs</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="275" />
            <source>凭证号</source>
            <translation>Voucher no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="278" />
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="451" />
            <source>分配表</source>
            <translation>Distribution</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="461" />
            <source>分配表：{0} 到账 {1} 元</source>
            <translation>Distribution: receipt of {1} yuan on {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="201" />
            <source>创业企业合规整改</source>
            <translation>Start-up compliance rectification</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="288" />
            <source>到账与分配</source>
            <translation>Receipts and distribution</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="275" />
            <source>到账日期</source>
            <translation>Date received</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="172" />
            <source>到账金额（元）</source>
            <translation>Amount received (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="412" />
            <source>单位决定不评估</source>
            <translation>Unit decided not to value</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="412" />
            <source>单位决定评估</source>
            <translation>Unit decided to value</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="424" />
            <source>单位留存比例</source>
            <translation>Unit retention share</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="275" />
            <source>发放</source>
            <translation>Paid out</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="279" />
            <source>发放日期</source>
            <translation>Payment date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="281" />
            <source>发放本笔分配…</source>
            <translation>Pay out this distribution…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="235" />
            <source>发起公示</source>
            <translation>Start publicity</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="420" />
            <source>合同</source>
            <translation>Contract</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="601" />
            <source>合同编号</source>
            <translation>Contract no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="172" />
            <source>合同金额（元）</source>
            <translation>Contract amount (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="458" />
            <source>合计</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="423" />
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="404" />
            <source>地域：{0}</source>
            <translation>Territory: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="256" />
            <source>填写登记表信息…</source>
            <translation>Registration form data…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="223" />
            <source>完成交易…</source>
            <translation>Complete deal…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="224" />
            <source>完成后成果标记为已转化、转化次数加一（1-2 第七条）；须先具备尽职证据（1-1 第六条）</source>
            <translation>On completion the achievement is tagged as transferred and its transfer count increases by one (Annex 1-2 Art. 7); the due-diligence evidence must be in place first (Annex 1-1 Art. 6)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="427" />
            <source>完成日期</source>
            <translation>Completion date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="418" />
            <source>定价方式</source>
            <translation>Pricing method</translation>
        </message>
        <message>
            <source>定价方式证明</source>
            <translation>Pricing evidence</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="226" />
            <source>审批…</source>
            <translation>Approve…</translation>
        </message>
        <message>
            <source>审批决定</source>
            <translation>Approval decision</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="421" />
            <source>审批层级</source>
            <translation>Approval level</translation>
        </message>
        <message>
            <source>审核决定</source>
            <translation>Review decision</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="419" />
            <source>尚未签订</source>
            <translation>Not yet signed</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="295" />
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="486" />
            <source>尽职证据</source>
            <translation>Due-diligence evidence</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="486" />
            <source>尽职证据（缺 {0} 项）</source>
            <translation>Due-diligence evidence ({0} missing)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="425" />
            <source>已到账</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="435" />
            <source>已发放</source>
            <translation>Paid out</translation>
        </message>
        <message>
            <source>已完成</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="550" />
            <source>已生成。尚待补充：{0}</source>
            <translation>Written. Still to fill in: {0}</translation>
        </message>
        <message>
            <source>已签约</source>
            <translation>Signed</translation>
        </message>
        <message>
            <source>已终止</source>
            <translation>Terminated</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="172" />
            <source>年度</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="291" />
            <source>情况</source>
            <translation>Situation</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="399" />
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="467" />
            <source>成果</source>
            <translation>Achievement</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="204" />
            <source>成果放弃</source>
            <translation>Abandonment</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="252" />
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="550" />
            <source>技术合同登记</source>
            <translation>Contract registration</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="422" />
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="601" />
            <source>技术合同登记号</source>
            <translation>Technology contract registration no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="562" />
            <source>技术合同登记编号（16位，旧证书14位）</source>
            <translation>Technology-contract registration number (16 digits, 14 on older certificates)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="541" />
            <source>技术合同登记表信息_{0}.xlsx</source>
            <translation>tech-contract-registration_{0}.xlsx</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="253" />
            <source>技术合同认定登记：登记表信息与材料清单；登记后现金奖励可减半计税（财税〔2018〕58号）</source>
            <translation>Technology-contract registration: form data and checklist of papers; after registration cash rewards are taxed at half (Caishui [2018] No. 58)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="198" />
            <source>技术开发、咨询、服务合同</source>
            <translation>Development, consulting and service contracts</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="227" />
            <source>按单位审批权限表作出审批决定；超过纪要门槛或由会议决定的须附会议纪要（1-1 第六条）</source>
            <translation>Approval by the body the unit's approval table names; above the minutes threshold or when a meeting decides, the minutes are attached (1-1 Art. 6)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="178" />
            <source>按年度汇总（按当前方式和交易对方筛选）</source>
            <translation>Totals by year (filtered by the current type and counterparty)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="229" />
            <source>撤销决定…</source>
            <translation>Reverse decision…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="279" />
            <source>收益人</source>
            <translation>Beneficiary</translation>
        </message>
        <message>
            <source>收益分配及现金奖励公示（到账后）</source>
            <translation>Income distribution and cash reward publicity (after receipt)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="148" />
            <source>新建交易…</source>
            <translation>New deal…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="412" />
            <source>无需评估（国有全资企业，方案二(三)）</source>
            <translation>No valuation needed (wholly state-owned enterprise, Plan 2(3))</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="423" />
            <source>是：</source>
            <translation>Yes: </translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="406" />
            <source>期限：{0}</source>
            <translation>Term: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="435" />
            <source>未发放</source>
            <translation>Not paid out</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="408" />
            <source>未填写</source>
            <translation>not filled in</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="422" />
            <source>未登记</source>
            <translation>Not registered</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="402" />
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="404" />
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="405" />
            <source>未约定</source>
            <translation>Not agreed</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="403" />
            <source>未选择</source>
            <translation>None selected</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="466" />
            <source>本项交易</source>
            <translation>This deal</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="271" />
            <source>概况</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="279" />
            <source>比例（%）</source>
            <translation>Share (%)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="257" />
            <source>生成登记表信息（Excel）…</source>
            <translation>Registration form data (Excel)…</translation>
        </message>
        <message>
            <source>登记</source>
            <translation>Registered</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="232" />
            <source>登记到账…</source>
            <translation>Register receipt…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="243" />
            <source>登记证据</source>
            <translation>Register evidence</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="172" />
            <source>笔数</source>
            <translation>Count</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="202" />
            <source>第三方服务机构</source>
            <translation>Third-party agencies</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="151" />
            <source>筛选：</source>
            <translation>Filter:</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="220" />
            <source>签约…</source>
            <translation>Sign…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="221" />
            <source>签约前须具备：评估决定、定价证明或期满的拟交易价格公示、关联交易程序、审批决定（1-1 第六条）</source>
            <translation>Required before signing: valuation decision, pricing evidence or a completed proposed-price publicity, related-party procedure, approval decision (Annex 1-1 Art. 6)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="249" />
            <source>行为承诺</source>
            <translation>Conduct declaration</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="562" />
            <source>记录登记编号</source>
            <translation>Record registration number</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="258" />
            <source>记录登记编号…</source>
            <translation>Record registration number…</translation>
        </message>
        <message>
            <source>许可</source>
            <translation>Licence</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="403" />
            <source>许可条款</source>
            <translation>Licence terms</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="291" />
            <source>证据</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="376" />
            <source>请选择一项交易，或点击“新建交易”。</source>
            <translation>Select a deal, or click “New deal”.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="410" />
            <source>资产处置</source>
            <translation>Asset disposal</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="413" />
            <source>资产评估</source>
            <translation>Asset valuation</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="196" />
            <source>转化交易</source>
            <translation>Deals</translation>
        </message>
        <message>
            <source>转化交易及拟交易价格公示（签约前）</source>
            <translation>Transfer deal and proposed price publicity (before signing)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="400" />
            <source>转化方式</source>
            <translation>Transfer type</translation>
        </message>
        <message>
            <source>转让</source>
            <translation>Assignment</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="410" />
            <source>转让后单位不再拥有权利，完成时按资产处置办理（1-2 第十一条）</source>
            <translation>After the assignment the unit no longer holds the rights; on completion it is handled as an asset disposal (Annex 1-2 Art. 11)</translation>
        </message>
        <message>
            <source>通知、告知</source>
            <translation>Notices</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="420" />
            <source>金额 {0} 元</source>
            <translation>amount {0} yuan</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="275" />
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="279" />
            <source>金额（元）</source>
            <translation>Amount (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="282" />
            <source>须先完成收益分配及现金奖励公示</source>
            <translation>The income distribution and cash reward publicity must be completed first</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="405" />
            <source>领域：{0}</source>
            <translation>Field: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="476" />
            <source>（{0}前须具备）</source>
            <translation> (required before {0})</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="411" />
            <source>（国有全资企业）</source>
            <translation> (wholly state-owned enterprise)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="417" />
            <source>（须公示拟交易价格，1-1 第六条(四)）</source>
            <translation> (proposed price must be publicised, Annex 1-1 Art. 6(4))</translation>
        </message>
        <message>
            <source>，</source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="421" />
            <source>，须附会议纪要</source>
            <translation>, meeting minutes required</translation>
        </message>
        <message>
            <source>；</source>
            <translation>; </translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="115" />
            <source>{0}（必附）</source>
            <translation>{0} (required)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="52" />
            <source>{0}：{1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="64" />
            <source>上一步：{0}（{1}），决定日期不能早于此日</source>
            <translation>Previous step: {0} ({1}); the decision cannot be dated earlier</translation>
        </message>
        <message>
            <source>交易合同签订，交易转为「已签约」</source>
            <translation>The deal's contract is signed; the deal becomes “signed”</translation>
        </message>
        <message>
            <source>交易完成：成果标记为已转化、转化次数加一；完成后不能撤销</source>
            <translation>The deal is completed: the achievement is marked transferred and its transfer count rises by one; cannot be reversed</translation>
        </message>
        <message>
            <source>会议纪要</source>
            <translation>Meeting minutes</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="59" />
            <source>依据：{0}；决定记入事件日志，误操作只能以撤销记录更正（1-1 第六条、第八条）</source>
            <translation>Basis: {0}; the decision is written to the event log and a mistake can only be corrected by a reversal entry (1-1 Art. 6, 8)</translation>
        </message>
        <message>
            <source>公示期满，无未决异议时申请转为「公示期满」，可签署协议</source>
            <translation>The publicity period has ended; without pending objections the application becomes “publicity ended” and the agreement may be signed</translation>
        </message>
        <message>
            <source>公示期满：定价、关联交易公示满后可签约，收益分配公示满后可发放</source>
            <translation>Publicity ended: after a price or related-party publicity the deal may be signed, after an income-distribution publicity the distribution may be paid</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="118" />
            <source>决定</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="81" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="121" />
            <source>决定人</source>
            <translation>Decided by</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="71" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="123" />
            <source>决定日期</source>
            <translation>Decision date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="78" />
            <source>决定机构</source>
            <translation>Deciding body</translation>
        </message>
        <message>
            <source>协议生效，赋权（或放弃）自此日起生效；生效后不能撤销</source>
            <translation>The agreement takes effect; the grant (or abandonment) is effective from this day and cannot be reversed</translation>
        </message>
        <message>
            <source>单位与完成人（团队）签署书面协议，申请转为「协议已签署」</source>
            <translation>The unit and the inventors (team) sign the written agreement; the application becomes “agreement signed”</translation>
        </message>
        <message>
            <source>在单位内公示，公示期自次日起算（民法典第二百零一条）</source>
            <translation>Publicised within the unit; the period counts from the next day (Civil Code Art. 201)</translation>
        </message>
        <message>
            <source>处理异议</source>
            <translation>Decide objection</translation>
        </message>
        <message>
            <source>完成交易</source>
            <translation>Complete deal</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="133" />
            <source>完成人答复</source>
            <translation>Completers' answer</translation>
        </message>
        <message>
            <source>审批决定</source>
            <translation>Approval decision</translation>
        </message>
        <message>
            <source>审批通过</source>
            <translation>Approve</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="55" />
            <source>将要：{0}</source>
            <translation>This will: {0}</translation>
        </message>
        <message>
            <source>已签署的书面协议</source>
            <translation>signed written agreement</translation>
        </message>
        <message>
            <source>开始公示</source>
            <translation>Start publicity</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="84" />
            <source>意见</source>
            <translation>Opinion</translation>
        </message>
        <message>
            <source>批准收益分配</source>
            <translation>Approve distribution</translation>
        </message>
        <message>
            <source>批准本笔到账收入的分配并发放</source>
            <translation>Approve and pay out the distribution of this receipt</translation>
        </message>
        <message>
            <source>按单位审批权限表作出交易审批决定，随后可签约</source>
            <translation>Approval of the deal by the body the unit's approval table names; the deal may then be signed</translation>
        </message>
        <message>
            <source>提交申请</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="136" />
            <source>放弃公示开始日</source>
            <translation>Abandonment publicity starts</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="120" />
            <source>文档 (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.ofd);;所有文件 (*)</source>
            <translation>Documents (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.ofd);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="127" />
            <source>理由</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>生效</source>
            <translation>Make effective</translation>
        </message>
        <message>
            <source>申请由「已提交」转为「已审批」，随后可开始公示</source>
            <translation>The application moves from “submitted” to “approved”; the publicity may then start</translation>
        </message>
        <message>
            <source>申请由「已提交」转为「已驳回」，流程结束</source>
            <translation>The application moves from “submitted” to “rejected”; the procedure ends</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="101" />
            <source>确认{0}</source>
            <translation>Confirm: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="80" />
            <source>签批人或会议主持人</source>
            <translation>Signatory or chair of the meeting</translation>
        </message>
        <message>
            <source>签约</source>
            <translation>Sign contract</translation>
        </message>
        <message>
            <source>签署协议</source>
            <translation>Sign agreement</translation>
        </message>
        <message>
            <source>结束公示</source>
            <translation>Close publicity</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="116" />
            <source>维持评审决定</source>
            <translation>Maintenance review decision</translation>
        </message>
        <message>
            <source>记录异议的处理结果及是否成立</source>
            <translation>Records the outcome of the objection and whether it is upheld</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="90" />
            <source>选择文件…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="120" />
            <source>选择附件</source>
            <translation>Choose attachment</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="117" />
            <source>附件（可选）</source>
            <translation>Attachment (optional)</translation>
        </message>
        <message>
            <source>驳回</source>
            <translation>Reject</translation>
        </message>
    </context>
    <context>
        <name>DeclarationDialog</name>
        <message>
            <source>从事科技成果转化的科研人员违反科学道德、科技伦理和职业道德规范，未严格执行科学技术保密要求，未经试点单位允许利用职务科技成果从事创办企业等行为。</source>
            <translation>Researchers engaged in technology transfer violating scientific morality, science and technology ethics or professional ethics, failing to strictly observe science and technology confidentiality requirements, or using service achievements to found enterprises or similar without the pilot unit's permission.</translation>
        </message>
        <message>
            <source>从事科技成果转化的科研人员，将职务科技成果及其技术资料和数据占为己有，侵犯试点单位的合法权益；或者以唆使窃取、利诱胁迫等手段侵占他人的科技成果，侵犯他人合法权益。</source>
            <translation>Researchers engaged in technology transfer appropriating service achievements and their technical materials and data, infringing the lawful rights and interests of the pilot unit; or seizing others' achievements by instigating theft, inducement or coercion, infringing others' lawful rights and interests.</translation>
        </message>
        <message>
            <source>参与科技成果转化的领导人员、管理人员违反科学道德、科技伦理和职业道德规范，或者利用职务之便，干扰或阻碍科技成果转化工作，或者擅自披露、使用或者转让科技成果的关键技术。</source>
            <translation>Leaders or managers involved in technology transfer violating scientific morality, science and technology ethics or professional ethics, or using their position to interfere with or obstruct technology transfer, or disclosing, using or transferring key technologies of achievements without authorisation.</translation>
        </message>
        <message>
            <source>成果转化参与人员玩忽职守、以权谋私。以任何名目和理由向科技成果转化实施者索要或者收受可能影响成果评价与转化行为的礼品、礼金（含有价券）和礼物或提供有偿服务；或者利用职权或者职务上的影响，为配偶、子女及其配偶等亲属和其他特定关系人员在科技成果转化行为中提供便利和优惠条件；或在医疗卫生机构后续成果转化产品进入本单位销售或使用过程中，存在滥用职权、违规审批、违规采购等行为。</source>
            <translation>Participants in technology transfer neglecting their duties or abusing power for personal gain: asking for or accepting, under any name or pretext, gifts, money (including vouchers) or presents, or paid services, from implementers of technology transfer that may affect the evaluation or transfer of achievements; or using their power or position to give spouses, children and their spouses, other relatives and other specially related persons facilities or preferential conditions in technology transfer; or, when products of achievements later enter sale or use in their own medical or health institution, abusing power, approving or purchasing in violation of rules, or similar.</translation>
        </message>
        <message>
            <source>承担科技成果转化业务的领导人员、管理人员，违反任职回避和履职回避等相关规定。</source>
            <translation>Leaders or managers in charge of technology transfer violating the rules on recusal in appointments and in the performance of duties.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="449" />
            <source>承诺不存在此行为</source>
            <translation>I declare I have not engaged in this</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="437" />
            <source>承诺人</source>
            <translation>Declarant</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="439" />
            <source>本人承诺，在改革试点中不存在下列行为（1-1 第七条，各项为原文）：</source>
            <translation>I declare that I have not engaged in any of the following in the reform pilot (1-1 Art. 7, each item as worded in the article):</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="438" />
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="469" />
            <source>签署日期</source>
            <translation>Signing date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="432" />
            <source>签署行为承诺</source>
            <translation>Sign conduct declaration</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="468" />
            <source>请至少勾选一项承诺</source>
            <translation>Tick at least one declaration</translation>
        </message>
    </context>
    <context>
        <name>DocumentNumbers</name>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="32" />
            <source>关联交易公示</source>
            <translation>Related-party deal notice</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="31" />
            <source>协议定价公示</source>
            <translation>Negotiated price notice</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="30" />
            <source>审批决定</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="28" />
            <source>延长长期使用权协议</source>
            <translation>Use-right extension agreement</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="29" />
            <source>放弃公示</source>
            <translation>Abandonment notice</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="33" />
            <source>现金奖励公示</source>
            <translation>Cash reward notice</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="26" />
            <source>赋权公示</source>
            <translation>Grant notice</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="27" />
            <source>赋权协议</source>
            <translation>Grant agreement</translation>
        </message>
    </context>
    <context>
        <name>DocumentNumbersPanel</name>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="100" />
            <source>作废</source>
            <translation>Void</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="132" />
            <source>作废 {0}（{1}，{2}）。
作废后该文号保留在登记中、不再使用；重新出具时编新号。
作废理由（必填）：</source>
            <translation>Void {0} ({1}, {2}).
A voided number stays in the register and is never used again; a paper issued again gets a new number.
Reason (required):</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="60" />
            <source>作废…</source>
            <translation>Void…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="61" />
            <source>作废所选文号（须填写理由）；作废的文号保留在登记中，不再使用</source>
            <translation>Void the selected number (a reason is required); a voided number stays in the register and is never used again</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="124" />
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="127" />
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="131" />
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="139" />
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="144" />
            <source>作废文号</source>
            <translation>Void number</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="139" />
            <source>作废文号须填写理由。</source>
            <translation>A reason is required to void a number.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="57" />
            <source>作废理由</source>
            <translation>Reason voided</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="86" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="50" />
            <source>全部文书</source>
            <translation>All documents</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="106" />
            <source>共 {0} 个文号，其中作废 {1} 个</source>
            <translation>{0} numbers, {1} of them void</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="56" />
            <source>对象</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="100" />
            <source>已出具</source>
            <translation>Issued</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="68" />
            <source>年度</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="56" />
            <source>成文日期</source>
            <translation>Date of issue</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="56" />
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="66" />
            <source>文书</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="56" />
            <source>文号</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="127" />
            <source>文号 {0} 已作废。</source>
            <translation>Number {0} is already void.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="56" />
            <source>状态</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="124" />
            <source>请先在列表中选择一个文号。</source>
            <translation>Select a number in the list first.</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="308" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="360" />
            <source>TrueType 字体 (*.ttf *.ttc)</source>
            <translation>TrueType fonts (*.ttf *.ttc)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="286" />
            <source>{0}：{1}（{2} 页）</source>
            <translation>{0}: {1} ({2} pages)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="242" />
            <source>〔草稿〕</source>
            <translation>[draft] </translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="219" />
            <source>交易</source>
            <translation>Deal</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="423" />
            <source>以下记录未能生成：</source>
            <translation>The following records could not be generated:</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="260" />
            <source>公示开始日</source>
            <translation>Publicity start date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="57" />
            <source>关联交易公示</source>
            <translation>Related-party publicity</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="56" />
            <source>协议定价公示</source>
            <translation>Negotiated-price publicity</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="308" />
            <source>另存为</source>
            <translation>Save as</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="101" />
            <source>另存为…</source>
            <translation>Save as…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="244" />
            <source>只能生成草稿：{0}</source>
            <translation>Draft only: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="55" />
            <source>审批决定（交易）</source>
            <translation>Decision (deal)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="54" />
            <source>审批决定（申请）</source>
            <translation>Decision (application)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="219" />
            <source>对象：{0}</source>
            <translation>Subject: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="95" />
            <source>尚未到出具该文书的步骤时，生成供内部讨论的草稿：每页带“草稿”水印，不编文号</source>
            <translation>Before the step that issues this paper: a draft for internal discussion, watermarked 草稿 on every page, without a number</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="139" />
            <source>尚未生成文书</source>
            <translation>No document generated yet</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="92" />
            <source>尚未登记公示的记录，按此日期作为公示开始日计算届满日（民法典第二百零一条、第二百零三条）</source>
            <translation>For records without a registered publicity, this date is taken as the publicity start to compute the end date (Civil Code Art. 201, 203)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="62" />
            <source>尽职免责证据卷宗（交易）</source>
            <translation>Due-diligence evidence file (deal)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="61" />
            <source>尽职免责证据卷宗（成果）</source>
            <translation>Due-diligence evidence file (achievement)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="321" />
            <source>已保存到 {0}</source>
            <translation>Saved to {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="354" />
            <source>已发送到打印机：{0}</source>
            <translation>Sent to the printer: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="420" />
            <source>已生成 {0} 份文书</source>
            <translation>{0} documents generated</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="52" />
            <source>延长长期使用权协议</source>
            <translation>Long-term use right extension agreement</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="59" />
            <source>成果披露表</source>
            <translation>Disclosure form</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="99" />
            <source>打印…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="335" />
            <source>打印文书</source>
            <translation>Print document</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="342" />
            <source>打印机无法开始打印，请检查打印机设置。</source>
            <translation>The printer could not start printing; check the printer settings.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="381" />
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="411" />
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="423" />
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="425" />
            <source>批量生成</source>
            <translation>Batch generate</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="408" />
            <source>批量生成中断：{0}</source>
            <translation>Batch stopped: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="103" />
            <source>批量生成所选…</source>
            <translation>Generate selected…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="116" />
            <source>拟公示开始日</source>
            <translation>Planned publicity start</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="85" />
            <source>按编号、名称或ID筛选</source>
            <translation>Filter by number, name or ID</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="53" />
            <source>放弃公示</source>
            <translation>Abandonment publicity</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="254" />
            <source>文书</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="296" />
            <source>文书中有无法打印的字符</source>
            <translation>Characters the document could not print</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="107" />
            <source>文书字体…</source>
            <translation>Document font…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="368" />
            <source>文书字体：{0}</source>
            <translation>Document font: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="115" />
            <source>文书类型</source>
            <translation>Document type</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="149" />
            <source>文号登记</source>
            <translation>Number register</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="365" />
            <source>无法使用该字体</source>
            <translation>Cannot use this font</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="319" />
            <source>无法保存</source>
            <translation>Cannot save</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="319" />
            <source>无法写入 {0}：{1}</source>
            <translation>Cannot write {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="342" />
            <source>无法打印</source>
            <translation>Cannot print</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="262" />
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="269" />
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="393" />
            <source>无法生成文书</source>
            <translation>Cannot generate the document</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="105" />
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="374" />
            <source>模板占位符说明</source>
            <translation>Template placeholders</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="161" />
            <source>模板有错误，相应文书无法生成：</source>
            <translation>The template has errors; the document cannot be generated:</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="411" />
            <source>正在生成文书…</source>
            <translation>Generating documents…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="398" />
            <source>正在生成：{0}（{1}/{2}）</source>
            <translation>Generating: {0} ({1}/{2})</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="58" />
            <source>现金奖励公示</source>
            <translation>Cash-reward publicity</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="97" />
            <source>生成并预览</source>
            <translation>Generate and preview</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="148" />
            <source>生成文书</source>
            <translation>Generate</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="60" />
            <source>申请表</source>
            <translation>Application form</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="93" />
            <source>草稿</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="288" />
            <source>草稿，未编号</source>
            <translation>draft, not numbered</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="375" />
            <source>要修改模板，把 resources/templates 中的同名 .toml 文件复制到 {0} 后编辑；保存后再次生成即生效。</source>
            <translation>To change a template, copy the .toml file of the same name from resources/templates to {0} and edit it there; it takes effect the next time documents are generated.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="254" />
            <source>请先在列表中选择一条记录。</source>
            <translation>Select a record in the list first.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="381" />
            <source>请先在列表中选择记录（可按住 Ctrl 或 Shift 多选）。</source>
            <translation>Select records in the list first (hold Ctrl or Shift to select several).</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="50" />
            <source>赋权公示</source>
            <translation>Grant publicity</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="51" />
            <source>赋权协议（所有权 / 长期使用权）</source>
            <translation>Rights grant agreement (ownership / long-term use right)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="360" />
            <source>选择中文字体</source>
            <translation>Choose Chinese font</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="384" />
            <source>选择保存文书的文件夹</source>
            <translation>Choose the folder for the documents</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="108" />
            <source>选择嵌入 PDF 的中文 TrueType 字体（.ttf/.ttc）；不选则自动使用系统的宋体/黑体等</source>
            <translation>Choose the Chinese TrueType font (.ttf/.ttc) embedded in PDFs; otherwise a system font such as SimSun or SimHei is used</translation>
        </message>
    </context>
    <context>
        <name>EquityRewardDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="388" />
            <source>作价投资交易</source>
            <translation>Equity-investment deal</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="399" />
            <source>尚无已签约的作价投资交易</source>
            <translation>There is no signed equity-investment deal yet</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="383" />
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="391" />
            <source>折合金额（元）</source>
            <translation>Value (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="392" />
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="401" />
            <source>授予日期</source>
            <translation>Grant date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="374" />
            <source>登记股权奖励</source>
            <translation>Record equity reward</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="390" />
            <source>股份</source>
            <translation>Shares</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="381" />
            <source>股份数或比例</source>
            <translation>Number of shares or percentage</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="389" />
            <source>获奖励人</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="393" />
            <source>计税方式</source>
            <translation>Tax treatment</translation>
        </message>
    </context>
    <context>
        <name>FeeScheduleBox</name>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="45" />
            <source>专利年费标准与费减备案</source>
            <translation>Annual-fee table and fee-reduction filings</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="51" />
            <source>专利类型</source>
            <translation>Patent type</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="96" />
            <source>共有人或完成人</source>
            <translation>Co-holder or completer</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="77" />
            <source>删除选中行</source>
            <translation>Delete selected row</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="51" />
            <source>年度</source>
            <translation>Years</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="116" />
            <source>年费标准</source>
            <translation>Fee table</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="51" />
            <source>年费（元）</source>
            <translation>Annual fee (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="83" />
            <source>本单位已办理费减备案（事业单位通常已备案）</source>
            <translation>The unit has a fee-reduction filing on record (public institutions usually do)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="74" />
            <source>添加一行</source>
            <translation>Add row</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="91" />
            <source>符合费减条件（个人收入低于每月5000元、每年6万元；企业为小微企业）</source>
            <translation>Eligible for fee reduction (individuals: income under 5,000 yuan a month / 60,000 a year; companies: small enterprises)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="93" />
            <source>记录费减备案</source>
            <translation>Record fee-reduction filing</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="132" />
            <source>费减备案</source>
            <translation>Fee-reduction filing</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="51" />
            <source>适用于缴费期限自</source>
            <translation>Applies to fees due from</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="68" />
            <source>金额（元）</source>
            <translation>Amount (yuan)</translation>
        </message>
    </context>
    <context>
        <name>FeesPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="204" />
            <source> 日内</source>
            <translation> days</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="404" />
            <source>Excel 工作簿 (*.xlsx *.xls *.xlsm *.ods *.csv)</source>
            <translation>Excel workbooks (*.xlsx *.xls *.xlsm *.ods *.csv)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="393" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="433" />
            <source>{0} 第{1}行 {2} {3}：{4}</source>
            <translation>{0} row {1} {2} {3}: {4}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="226" />
            <source>专利名称</source>
            <translation>Patent title</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="226" />
            <source>专利年度</source>
            <translation>Patent year</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="392" />
            <source>专利年费缴费清单-{0}.xlsx</source>
            <translation>patent-annuity-payments-{0}.xlsx</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <source>今日滞纳金</source>
            <translation>Surcharge today</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="331" />
            <source>全部有效专利</source>
            <translation>All patents in force</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="306" />
            <source>共 {0} 笔年费，未缴 {1} 笔合计 {2} 元；滞纳期内未作决定 {3} 笔</source>
            <translation>{0} annual fees, {1} unpaid totalling {2} yuan; {3} in grace without a decision</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="240" />
            <source>分组</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="166" />
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <source>剩余保护期</source>
            <translation>Remaining term (years)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="162" />
            <source>只显示未缴</source>
            <translation>Unpaid only</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="226" />
            <source>台账编号</source>
            <translation>Ledger no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="328" />
            <source>合计</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <source>完成人</source>
            <translation>Completers</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="444" />
            <source>完成人的答复</source>
            <translation>The completers' answer</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="444" />
            <source>完成人答复</source>
            <translation>Completers' answer</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <source>宽限届满</source>
            <translation>Grace ends</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="393" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="399" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="401" />
            <source>导出缴费清单</source>
            <translation>Export payment list</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="174" />
            <source>导出缴费清单…</source>
            <translation>Export payment list…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="401" />
            <source>已导出 {0} 行：{1}</source>
            <translation>Exported {0} rows: {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="421" />
            <source>已登记 {0} 笔缴费</source>
            <translation>{0} payments recorded</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="387" />
            <source>已登记。应缴 {0} 元（滞纳金 {1}%），已缴 {2} 元，尚欠 {3} 元</source>
            <translation>Recorded. Owed {0} yuan (surcharge {1}%), paid {2} yuan, outstanding {3} yuan</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <source>已缴</source>
            <translation>Paid</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <source>已过年度</source>
            <translation>Patent year now</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="240" />
            <source>年度</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="282" />
            <source>年费计算失败：{0}</source>
            <translation>Could not compute the fees: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="242" />
            <source>年费预算</source>
            <translation>Budget</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <source>应缴金额</source>
            <translation>Payable</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="408" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="414" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="417" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="421" />
            <source>批量登记缴费</source>
            <translation>Record payments from a workbook</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="178" />
            <source>批量登记缴费…</source>
            <translation>Payments from workbook…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="329" />
            <source>承担方</source>
            <translation>Payer split</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="209" />
            <source>提供给完成人维持…</source>
            <translation>Offer to completers…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="226" />
            <source>收据号</source>
            <translation>Receipt no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="210" />
            <source>放弃（启动放弃公示）…</source>
            <translation>Abandon (start publicity)…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="417" />
            <source>文件有 {0} 处问题，未写入任何记录：
{1}</source>
            <translation>The file has {0} problems; nothing was written:
{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <source>标准金额</source>
            <translation>Scheduled fee</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="435" />
            <source>核对 {0} 项，差异 {1} 项</source>
            <translation>{0} fees checked, {1} differences</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="430" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="435" />
            <source>核对国知局应缴费</source>
            <translation>Compare with CNIPA</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="182" />
            <source>核对国知局应缴费…</source>
            <translation>Compare with CNIPA…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="424" />
            <source>核对国知局应缴费查询结果</source>
            <translation>CNIPA fee query result</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="277" />
            <source>正在计算年费……</source>
            <translation>Computing the fees…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <source>滞纳金上调日</source>
            <translation>Surcharge rises on</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <source>申请号</source>
            <translation>Application no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="371" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="383" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="387" />
            <source>登记缴费</source>
            <translation>Record payment</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="170" />
            <source>登记缴费…</source>
            <translation>Record payment…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="329" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="223" />
            <source>红色：已进入滞纳期仍未缴费且未作维持决定。放弃决定将依 1-2 第十一条启动放弃公示。</source>
            <translation>Red: unpaid into the grace period without a maintenance decision. Abandoning starts the abandonment publicity (1-2 Art. 11).</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="209" />
            <source>继续维持…</source>
            <translation>Keep…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <source>维持决定</source>
            <translation>Maintenance decision</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="224" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="441" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="451" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="461" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="474" />
            <source>维持评审</source>
            <translation>Keep-or-abandon review</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="226" />
            <source>缴费人</source>
            <translation>Paid by</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="194" />
            <source>缴费日历</source>
            <translation>Fee calendar</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="226" />
            <source>缴费日期</source>
            <translation>Payment date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <source>缴费期限</source>
            <translation>Due date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="156" />
            <source>缴费期限自</source>
            <translation>Due from</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="227" />
            <source>缴费记录</source>
            <translation>Payments</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="159" />
            <source>至</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="331" />
            <source>至保护期届满</source>
            <translation>To the end of term</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <source>至期满费用</source>
            <translation>Cost to end of term</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="216" />
            <source>记录完成人答复…</source>
            <translation>Record completers' answer…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="199" />
            <source>评审期限在今后</source>
            <translation>Review fees due within</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="371" />
            <source>请先在缴费日历中选中一笔年费</source>
            <translation>Select a fee in the fee calendar first</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="461" />
            <source>请先在评审列表中选中一项专利</source>
            <translation>Select a patent in the review list first</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="441" />
            <source>请先选中一项“提供给完成人维持”的专利</source>
            <translation>Select a patent offered to its completers first</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <source>费减</source>
            <translation>Reduction</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <source>费用种类</source>
            <translation>Fee</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <source>转化状态</source>
            <translation>Transfer status</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="329" />
            <source>部门</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="226" />
            <source>金额</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="240" />
            <source>金额（元）</source>
            <translation>Amount (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <source>阶段</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="240" />
            <source>项目</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="231" />
            <source>预算年数</source>
            <translation>Years</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="76" />
            <source>列映射方案</source>
            <translation>Column mapping scheme</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="75" />
            <source>文件</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="100" />
            <source>无法导入</source>
            <translation>Cannot import</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="67" />
            <source>浏览…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="87" />
            <source>电子表格 (*.xlsx *.xlsm *.xlsb *.xls *.et *.ods *.fods *.csv *.txt *.tsv *.xml *.htm *.html);;所有文件 (*)</source>
            <translation>Spreadsheets (*.xlsx *.xlsm *.xlsb *.xls *.et *.ods *.fods *.csv *.txt *.tsv *.xml *.htm *.html);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="86" />
            <source>选择 Excel 台账</source>
            <translation>Choose Excel ledger</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="63" />
            <source>选择文件</source>
            <translation>Choose file</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="64" />
            <source>选择要导入的台账或专利数据库导出文件：Excel（.xlsx、.xls）、WPS/LibreOffice（.ods）或 CSV（UTF-8、GBK 或繁体中文 Big5 编码均可，自动识别）。</source>
            <translation>Choose the ledger or patent-database export to import: Excel (.xlsx, .xls), WPS/LibreOffice (.ods) or CSV (UTF-8, GBK or traditional-Chinese Big5, recognised automatically).</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="81" />
            <source>（按同义词表自动识别）</source>
            <translation> (recognised automatically from the synonym table)</translation>
        </message>
    </context>
    <context>
        <name>FinancePage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="96" />
            <source>&lt;h2&gt;财务对接&lt;/h2&gt;&lt;p&gt;与财务部门交换阶段标记、支出处理与资产处置（1-2 第九条、第十条、第十二条），以及 Excel 台账的导入与导出。&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Finance&lt;/h2&gt;&lt;p&gt;Exchange stage tags, expenditure treatment and asset disposals with the finance department (Annex 1-2 Art. 9, 10, 12), and import or export the Excel ledger.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="152" />
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="207" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="180" />
            <source>以下 {0} 个单元格超出 Excel 上限，已截断并在单元格末尾注明：
{1}</source>
            <translation>{0} cells exceeded Excel's limit and were cut, with a note at the end of each cell:
{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="100" />
            <source>导入 Excel 台账…</source>
            <translation>Import Excel ledger…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="131" />
            <source>导入时间</source>
            <translation>Imported at</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="129" />
            <source>导入记录</source>
            <translation>Import history</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="119" />
            <source>导入财务回执…</source>
            <translation>Import finance receipt…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="172" />
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="174" />
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="180" />
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="199" />
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="201" />
            <source>导出</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="159" />
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="168" />
            <source>导出成果台账</source>
            <translation>Export achievement ledger</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="103" />
            <source>导出成果台账…</source>
            <translation>Export achievement ledger…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="104" />
            <source>导出的台账可被“导入”原样读回</source>
            <translation>An exported ledger can be read back unchanged with “Import”</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="185" />
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="194" />
            <source>导出财务对接工作簿</source>
            <translation>Export finance workbook</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="116" />
            <source>导出财务对接工作簿…</source>
            <translation>Export finance workbook…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="202" />
            <source>已导出 {0} 年度财务对接工作簿：支出 {1} 条，处置与核销 {2} 项，到账 {3} 笔，收益分配 {4} 条。
{5}</source>
            <translation>Exported the {0} finance workbook: {1} expenditures, {2} disposals and write-offs, {3} receipts, {4} distribution lines.
{5}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="174" />
            <source>已导出 {0} 条成果到 {1}</source>
            <translation>Exported {0} achievements to {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="142" />
            <source>已撤销</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="220" />
            <source>已更新 {0} 条记录的凭证号、入账金额或入账日期。</source>
            <translation>Updated the voucher number, booked amount or booking date of {0} records.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="122" />
            <source>年度</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="98" />
            <source>成果台账</source>
            <translation>Ledger</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="159" />
            <source>成果台账-{0}.xlsx</source>
            <translation>achievement-ledger-{0}.xlsx</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="117" />
            <source>成果阶段与属性、支出的费用化/资本化处理及依据条款、无形资产、处置与核销（1-2 第十条、第十二条）</source>
            <translation>Achievement stages and attributes, expensing or capitalisation of expenditure with the articles applied, intangible assets, disposals and write-offs (Annex 1-2 Art. 10, 12)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="131" />
            <source>批次</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="225" />
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="231" />
            <source>撤销导入</source>
            <translation>Undo import</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="133" />
            <source>撤销所选导入</source>
            <translation>Undo selected import</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="131" />
            <source>新增</source>
            <translation>Added</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="131" />
            <source>更新</source>
            <translation>Updated</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="142" />
            <source>有效</source>
            <translation>Valid</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="131" />
            <source>来源文件</source>
            <translation>Source file</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="168" />
            <source>正在导出成果台账…</source>
            <translation>Exporting the achievement ledger…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="194" />
            <source>正在导出财务对接工作簿…</source>
            <translation>Exporting the finance workbook…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="131" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="225" />
            <source>请先选择一次导入</source>
            <translation>Select an import first</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="101" />
            <source>读取已有的 Excel 台账：自动识别表头与列名，预览后一次性写入，可整体撤销</source>
            <translation>Read an existing Excel ledger: headers and column names are recognised automatically, written in one go after a preview, and can be undone as a whole</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="120" />
            <source>读回财务填写的凭证号、入账金额与入账日期，显示差异后一次性写入</source>
            <translation>Read back the voucher numbers, booked amounts and booking dates filled in by finance, show the differences and write them in one go</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="111" />
            <source>财务</source>
            <translation>Finance</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="213" />
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="220" />
            <source>财务回执</source>
            <translation>Finance receipt</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="185" />
            <source>财务对接-{0}.xlsx</source>
            <translation>finance-{0}.xlsx</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="207" />
            <source>选择财务回执</source>
            <translation>Choose finance receipt</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="46" />
            <source>&lt;h3&gt;科技成果转化管理&lt;/h3&gt;&lt;p&gt;请填写本单位的基本信息（以后可在“设置”中修改），然后选择如何开始。&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Technology transfer management&lt;/h3&gt;&lt;p&gt;Please enter your unit's details (you can change them later in Settings), then choose how to start.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="65" />
            <source>从空白开始</source>
            <translation>Start empty</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="63" />
            <source>使用演示数据打开</source>
            <translation>Open with demo data</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="50" />
            <source>例如：上海某大学</source>
            <translation>e.g. Shanghai XX University</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="52" />
            <source>例如：技术转移中心</source>
            <translation>e.g. Technology Transfer Center</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="67" />
            <source>保存单位信息后打开 Excel 台账导入</source>
            <translation>Save the unit details, then open the Excel ledger import</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="103" />
            <source>制度建立截止：{0}；试点结束：{1}</source>
            <translation>Management rules due: {0}; pilot ends: {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="58" />
            <source>单位名称</source>
            <translation>Unit name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="66" />
            <source>导入我的 Excel 台账</source>
            <translation>Import my Excel ledger</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="59" />
            <source>技术转移机构名称</source>
            <translation>Technology transfer office</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="133" />
            <source>无法生成演示数据：{0}</source>
            <translation>Cannot create the demo data: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="45" />
            <source>欢迎使用 KJCG Desktop</source>
            <translation>Welcome to KJCG Desktop</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="131" />
            <source>正在生成演示数据…</source>
            <translation>Generating demo data…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="130" />
            <source>演示数据</source>
            <translation>Demo data</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="64" />
            <source>生成一套示例台账、申请、公示和交易，便于熟悉软件；熟悉后可在“设置”中清除演示数据，开始正式使用</source>
            <translation>Creates a sample ledger with applications, publicities and deals to get to know the app; afterwards clear the demo data in Settings to start for real</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="60" />
            <location filename="../../kjcg_desktop/ui/first_run.py" line="106" />
            <source>试点启动日期</source>
            <translation>Pilot start date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="54" />
            <source>试点期三年（方案五(一)）；一年内建立配套管理制度（方案三(二)）</source>
            <translation>The pilot lasts three years (Plan 5(1)); management rules within one year (Plan 3(2))</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="119" />
            <source>请填写单位名称（选择演示数据时可不填）</source>
            <translation>Please enter the unit name (optional with demo data)</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/form_dialogs.py" line="93" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_dialogs.py" line="94" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_dialogs.py" line="93" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_dialogs.py" line="135" />
            <location filename="../../kjcg_desktop/ui/form_dialogs.py" line="147" />
            <location filename="../../kjcg_desktop/ui/form_dialogs.py" line="153" />
            <source>无法保存</source>
            <translation>Cannot save</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_dialogs.py" line="120" />
            <source>此表单不能添加附件</source>
            <translation>This form cannot take attachments</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_dialogs.py" line="156" />
            <source>现在载入最新内容吗？选“是”显示同事保存的内容（您在表单中的修改不再保留）；选“否”保留您的表单，以便对照。</source>
            <translation>Load the latest content now? “Yes” shows what your colleague saved (your changes in the form are not kept); “No” keeps your form so you can compare.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_dialogs.py" line="155" />
            <source>记录已被他人修改</source>
            <translation>Record changed by someone else</translation>
        </message>
    </context>
    <context>
        <name>FormSection</name>
        <message>
            <location filename="../../kjcg_desktop/ui/form_section.py" line="167" />
            <source>{0}&lt;br&gt;&lt;span style='color:#555'&gt;依据：{1}&lt;/span&gt;</source>
            <translation>{0}&lt;br&gt;&lt;span style='color:#555'&gt;Basis: {1}&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_section.py" line="170" />
            <source>依据：{0}</source>
            <translation>Basis: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_section.py" line="157" />
            <source>尚需填写：</source>
            <translation>Still to fill in:</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_section.py" line="100" />
            <source>规则计算结果</source>
            <translation>Computed by the rules</translation>
        </message>
    </context>
    <context>
        <name>FormWizard</name>
        <message>
            <location filename="../../kjcg_desktop/ui/wizard.py" line="119" />
            <source>&lt; 上一步</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/wizard.py" line="118" />
            <source>下一步 &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/wizard.py" line="120" />
            <source>完成并提交</source>
            <translation>Finish and submit</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/wizard.py" line="195" />
            <source>无法提交</source>
            <translation>Cannot submit</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/wizard.py" line="121" />
            <source>稍后继续</source>
            <translation>Continue later</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/wizard.py" line="143" />
            <source>（截止 {0}）</source>
            <translation> (deadline {0})</translation>
        </message>
    </context>
    <context>
        <name>HelpBar</name>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="139" />
            <source>使用手册 (F1)</source>
            <translation>User guide (F1)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="132" />
            <source>依据：</source>
            <translation>Basis: </translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="138" />
            <source>显示或隐藏本页说明</source>
            <translation>Show or hide the notes on this page</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="137" />
            <source>本页说明</source>
            <translation>About this page</translation>
        </message>
    </context>
    <context>
        <name>HolidayScheduleBox</name>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="77" />
            <source>{0}年：{1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="58" />
            <source>保存该年安排</source>
            <translation>Save this year's schedule</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="56" />
            <source>全国年节及纪念日放假办法第二条：元旦、春节、清明节、劳动节、端午节、中秋节、国庆节</source>
            <translation>Measures on National Holidays, Art. 2: New Year's Day, Spring Festival, Qingming, Labour Day, Dragon Boat Festival, Mid-Autumn Festival, National Day</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="122" />
            <source>删除 {0} 年的录入后，该年按内置安排或仅按法定节日和周末计算。继续？</source>
            <translation>After removing the entry for {0}, that year follows the built-in schedule or only the statutory holidays and weekends. Continue?</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="121" />
            <source>删除节假日安排</source>
            <translation>Remove holiday schedule</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="60" />
            <source>删除该年录入</source>
            <translation>Remove this year's entry</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="55" />
            <source>填入法定节日</source>
            <translation>Fill in statutory holidays</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="109" />
            <source>已保存{0}年节假日安排（{1}）。</source>
            <translation>Saved the {0} holiday schedule ({1}).</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="130" />
            <source>已删除{0}年节假日安排的录入。</source>
            <translation>Deleted the entered {0} holiday schedule.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="66" />
            <source>年份</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="68" />
            <source>放假与调休</source>
            <translation>Holidays and make-up working days</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="67" />
            <source>来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="49" />
            <source>每行一日或一段：2027-01-01 元旦；2027-02-05 至 2027-02-12 春节；2027-02-20 调休上班</source>
            <translation>One day or range per line: 2027-01-01 元旦; 2027-02-05 至 2027-02-12 春节; 2027-02-20 调休上班</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="33" />
            <source>节假日安排（国务院办公厅放假通知）</source>
            <translation>Holiday schedule (State Council notice)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="97" />
            <source>进行中的公示届满日均无变化。</source>
            <translation>No running publicity period changes its end date.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="47" />
            <source>通知文号或名称，如：国务院办公厅关于2027年部分节假日安排的通知</source>
            <translation>Notice number or title, e.g. the State Council notice on the 2027 holiday arrangements</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="507" />
            <source>&lt; 上一步</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="497" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="508" />
            <source>下一步 &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="477" />
            <source>保留 {0} 处导入后修改过的值。</source>
            <translation>{0} value(s) changed since the import were kept.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="50" />
            <source>值</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="50" />
            <source>列</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="479" />
            <source>删除该次记入的年费缴费记录 {0} 笔、合同 {1} 项。</source>
            <translation> Removed the {0} annual-fee payments and {1} contracts it recorded.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="104" />
            <source>单元格</source>
            <translation>Cell</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="105" />
            <source>原文</source>
            <translation>Original</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="511" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="580" />
            <source>取消导入</source>
            <translation>Cancel import</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="102" />
            <source>变更（原值 → 新值）</source>
            <translation>Changes (old → new)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="101" />
            <source>台账编号</source>
            <translation>Ledger no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="104" />
            <source>字段</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="510" />
            <source>完成</source>
            <translation>Complete</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="110" />
            <source>完成人</source>
            <translation>Inventors</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="509" />
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="552" />
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="564" />
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="566" />
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="495" />
            <source>导入 Excel 台账</source>
            <translation>Import Excel ledger</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="569" />
            <source>导入失败</source>
            <translation>Import failed</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="569" />
            <source>导入失败，数据库未作任何修改：{0}</source>
            <translation>The import failed; the database was not changed: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="496" />
            <source>导入报告-{0}.xlsx</source>
            <translation>Import report-{0}.xlsx</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="495" />
            <source>导出导入报告</source>
            <translation>Export import report</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="102" />
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="110" />
            <source>属性</source>
            <translation>Attribute</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="100" />
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="50" />
            <source>工作表</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="517" />
            <source>已写入 {0}：新增与更新 {5} 条，待核对 {1} 处，更新内容 {2} 处，标记不一致 {3} 处，未导入 {4} 行</source>
            <translation>Written {0}: {5} records added or updated, {1} values to review, {2} changes, {3} differing tags, {4} rows not imported</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="566" />
            <source>已取消导入，数据库未作任何修改。</source>
            <translation>Import cancelled; the database was not changed.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="474" />
            <source>已撤销导入批次 {0}：删除 {1} 条，恢复 {2} 条。</source>
            <translation>Import batch {0} undone: {1} deleted, {2} restored.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="103" />
            <source>待核对</source>
            <translation>To review</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="101" />
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="104" />
            <source>成果名称</source>
            <translation>Achievement</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="540" />
            <source>打开文件</source>
            <translation>Open file</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="452" />
            <source>撤销导入</source>
            <translation>Undo import</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="100" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="552" />
            <source>文件与台账一致，没有需要写入的内容。</source>
            <translation>The file matches the ledger; there is nothing to write.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="105" />
            <source>更正为</source>
            <translation>Correct to</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="555" />
            <source>正在写入 {0} 条成果…</source>
            <translation>Writing {0} records…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="541" />
            <source>正在读取 {0}…</source>
            <translation>Reading {0}…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="533" />
            <source>正在读取工作表“{0}”…</source>
            <translation>Reading sheet “{0}”…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="102" />
            <source>法律状态</source>
            <translation>Legal status</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="461" />
            <source>确定撤销？</source>
            <translation>Undo it?</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="151" />
            <source>空</source>
            <translation>empty</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="101" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="100" />
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="50" />
            <source>行</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="105" />
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="50" />
            <source>问题</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="580" />
            <source>预览中已填写 {0} 处更正，取消导入将放弃这些更正。确定取消？</source>
            <translation>{0} correction(s) typed in the preview will be lost if the import is cancelled. Cancel anyway?</translation>
        </message>
    </context>
    <context>
        <name>LedgerModel</name>
        <message>
            <source>专利号</source>
            <translation>Patent no.</translation>
        </message>
        <message>
            <source>关键词</source>
            <translation>Keywords</translation>
        </message>
        <message>
            <source>台账编号</source>
            <translation>Ledger no.</translation>
        </message>
        <message>
            <source>完成人</source>
            <translation>Inventors</translation>
        </message>
        <message>
            <source>属性</source>
            <translation>Attribute</translation>
        </message>
        <message>
            <source>属性标记依法律状态自动判定（1-2 第五条、第七条）</source>
            <translation>The attribute tag is determined automatically from the legal status (Annex 1-2 Art. 5, 7)</translation>
        </message>
        <message>
            <source>待核对</source>
            <translation>To review</translation>
        </message>
        <message>
            <source>成果名称</source>
            <translation>Achievement name</translation>
        </message>
        <message>
            <source>所属部门</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>披露日期</source>
            <translation>Disclosure date</translation>
        </message>
        <message>
            <source>授权日</source>
            <translation>Grant date</translation>
        </message>
        <message>
            <source>更新时间</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>法律状态</source>
            <translation>Legal status</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>申请号</source>
            <translation>Application no.</translation>
        </message>
        <message>
            <source>申请日</source>
            <translation>Filing date</translation>
        </message>
        <message>
            <source>登记号</source>
            <translation>Registration no.</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>转化状态</source>
            <translation>Transfer status</translation>
        </message>
        <message>
            <source>转化状态与转化频次随转化交易更新（1-2 第七条）</source>
            <translation>Transfer status and transfer count are updated with the transfer deals (Annex 1-2 Art. 7)</translation>
        </message>
        <message>
            <source>转化频次</source>
            <translation>Transfer count</translation>
        </message>
        <message>
            <source>阶段</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>阶段标记依证据自动判定，修改须书面理由（1-2 第八条(二)、第九条）</source>
            <translation>The stage tag is determined automatically from evidence; changing it requires a written reason (Annex 1-2 Art. 8(2), 9)</translation>
        </message>
    </context>
    <context>
        <name>LedgerPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="114" />
            <source>{0} 等 {1} 处</source>
            <translation>{0} and more ({1} in all)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="122" />
            <source>{0}年</source>
            <translation>{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="301" />
            <location filename="../../kjcg_desktop/ui/ledger.py" line="521" />
            <source>{0}：全部</source>
            <translation>{0}: all</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="59" />
            <source>专利号</source>
            <translation>Patent no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="386" />
            <source>以制表符分隔复制所选行，可直接粘贴到 Excel（Ctrl+C）</source>
            <translation>Copy the selected rows tab-separated, ready to paste into Excel (Ctrl+C)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="82" />
            <source>公示中</source>
            <translation>In publicity</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="570" />
            <source>共 {0} 条</source>
            <translation>{0} in total</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="63" />
            <source>关键词</source>
            <translation>Keywords</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="377" />
            <source>删除草稿/归档</source>
            <translation>Delete draft / archive</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="551" />
            <source>单独按此条件筛选共 {0} 条；点击移除此条件</source>
            <translation>{0} match this condition alone; click to remove it</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="50" />
            <source>台账编号</source>
            <translation>Ledger no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="385" />
            <source>复制所选行</source>
            <translation>Copy selected rows</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="62" />
            <source>完成人</source>
            <translation>Inventors</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="390" />
            <source>导入 Excel/WPS/CSV 台账或专利数据库导出：每个非空行都会成为成果或更新已有成果</source>
            <translation>Import an Excel/WPS/CSV ledger or patent-database export: every non-blank row becomes an achievement or updates an existing one</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="388" />
            <source>导入台账…</source>
            <translation>Import ledger…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="312" />
            <source>导入时无法确定、原文保留的值（如校验位不符的申请号、无法识别的日期或法律状态）</source>
            <translation>Values the import could not read with certainty, kept as written (e.g. an application number with a wrong check digit, an unreadable date or legal status)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="287" />
            <source>导入的其他列只搜索不超过 {0} 字的内容；摘要、权利要求等长文本保存在成果的详情中，不在搜索范围内</source>
            <translation>Imported extra columns are searched only up to {0} characters; long texts such as abstracts and claims are kept in the record details but not searched</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="53" />
            <location filename="../../kjcg_desktop/ui/ledger.py" line="81" />
            <source>属性</source>
            <translation>Attribute</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="75" />
            <source>属性标记依法律状态自动判定（1-2 第五条、第七条）</source>
            <translation>The attribute tag is determined automatically from the legal status (Annex 1-2 Art. 5, 7)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="557" />
            <source>已保存的成果 {0} 不符合当前的筛选条件，仍显示在第一行；更改或清除筛选后将按条件显示。</source>
            <translation>The saved achievement {0} does not match the current filter; it is still shown in the first row until the filter is changed or cleared.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="69" />
            <location filename="../../kjcg_desktop/ui/ledger.py" line="82" />
            <location filename="../../kjcg_desktop/ui/ledger.py" line="310" />
            <source>待核对</source>
            <translation>To check</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="51" />
            <source>成果名称</source>
            <translation>Achievement name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="61" />
            <source>所属部门</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="82" />
            <source>披露年份</source>
            <translation>Disclosure year</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="64" />
            <source>披露日期</source>
            <translation>Disclosure date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="66" />
            <source>授权日</source>
            <translation>Grant date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="286" />
            <source>搜索：名称、台账编号、申请号/专利号/登记号、完成人、关键词、导入的其他列（空格分隔多个词）</source>
            <translation>Search: name, ledger no., application/patent/registration no., inventors, keywords, other imported columns (separate words with spaces)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="371" />
            <source>新建成果</source>
            <translation>New achievement</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="381" />
            <source>显示列</source>
            <translation>Columns shown</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="68" />
            <source>更新时间</source>
            <translation>Updated</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="126" />
            <source>有待核对项</source>
            <translation>Has items to check</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="124" />
            <location filename="../../kjcg_desktop/ui/ledger.py" line="306" />
            <source>有进行中的公示</source>
            <translation>Publicity running</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="378" />
            <source>未登记的披露草稿可以删除；其他成果只能归档，不能删除（1-2 第七条）</source>
            <translation>Unregistered disclosure drafts can be deleted; other achievements can only be archived, not deleted (Annex 1-2 Art. 7)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="373" />
            <source>查看详情</source>
            <translation>View details</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="327" />
            <source>没有找到符合的成果。成果简介（摘要）和导入的其他列中超过 {0} 字的长文本（如主权项、权利要求）不在搜索范围内，可在成果详情中查看和查找。</source>
            <translation>No achievement matches. The summary (abstract) and imported columns longer than {0} characters (a main claim, the claims) are not searched; read and search them in the achievement's detail.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="57" />
            <source>法律状态</source>
            <translation>Legal status</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="333" />
            <source>清除全部筛选</source>
            <translation>Clear all filters</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="535" />
            <source>点击移除此筛选条件</source>
            <translation>Click to remove this filter</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="67" />
            <location filename="../../kjcg_desktop/ui/ledger.py" line="81" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="58" />
            <source>申请号</source>
            <translation>Application no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="65" />
            <source>申请日</source>
            <translation>Filing date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="60" />
            <source>登记号</source>
            <translation>Registration no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="572" />
            <source>筛选结果 {0} 条 / 全部 {1} 条</source>
            <translation>{0} filtered / {1} in total</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="52" />
            <location filename="../../kjcg_desktop/ui/ledger.py" line="81" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="375" />
            <source>编辑</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="55" />
            <location filename="../../kjcg_desktop/ui/ledger.py" line="81" />
            <source>转化状态</source>
            <translation>Transfer status</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="77" />
            <source>转化状态与转化频次随转化交易更新（1-2 第七条）</source>
            <translation>Transfer status and transfer count are updated with the transfer deals (Annex 1-2 Art. 7)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="56" />
            <source>转化频次</source>
            <translation>Transfer count</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="82" />
            <source>部门</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="54" />
            <location filename="../../kjcg_desktop/ui/ledger.py" line="81" />
            <source>阶段</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="76" />
            <source>阶段标记依证据自动判定，修改须书面理由（1-2 第八条(二)、第九条）</source>
            <translation>The stage tag is determined automatically from evidence; changing it requires a written reason (Annex 1-2 Art. 8(2), 9)</translation>
        </message>
    </context>
    <context>
        <name>LongTextDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/long_text.py" line="158" />
            <source>{0} 处</source>
            <translation>{0} found</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/long_text.py" line="123" />
            <source>共 {0} 字</source>
            <translation>{0} characters</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/long_text.py" line="129" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/long_text.py" line="125" />
            <source>复制全文</source>
            <translation>Copy all</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/long_text.py" line="158" />
            <source>未找到</source>
            <translation>Not found</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/long_text.py" line="118" />
            <source>查找（回车查找下一处）</source>
            <translation>Find (Enter for the next one)</translation>
        </message>
    </context>
    <context>
        <name>LongTextField</name>
        <message>
            <location filename="../../kjcg_desktop/ui/long_text.py" line="178" />
            <source>在窗口中阅读、查找和复制“{0}”的全文</source>
            <translation>Read, search and copy the whole of “{0}” in a window</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/long_text.py" line="176" />
            <source>查看全文（共 {0} 字）…</source>
            <translation>Show the whole text ({0} characters)…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="55" />
            <source>专利年费</source>
            <translation>Annual fees</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="142" />
            <source>使用手册(&amp;M)</source>
            <translation>User &amp;guide</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="54" />
            <source>公示</source>
            <translation>Publicity</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="143" />
            <source>关于(&amp;A)</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="139" />
            <source>导入台账(&amp;I)…</source>
            <translation>&amp;Import ledger…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="50" />
            <source>工作台</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="141" />
            <source>帮助(&amp;H)</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="58" />
            <source>年度报告</source>
            <translation>Annual report</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="51" />
            <source>成果台账</source>
            <translation>Ledger</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="144" />
            <source>数据库：{0}</source>
            <translation>Database: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="56" />
            <source>文书</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="138" />
            <source>文件(&amp;F)</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="135" />
            <source>科技成果转化管理 — KJCG Desktop</source>
            <translation>Technology Transfer Management — KJCG Desktop</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="59" />
            <source>设置</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="57" />
            <source>财务对接</source>
            <translation>Finance</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="52" />
            <source>赋权申请</source>
            <translation>Rights grants</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="53" />
            <source>转化交易</source>
            <translation>Deals</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="140" />
            <source>退出(&amp;X)</source>
            <translation>E&amp;xit</translation>
        </message>
    </context>
    <context>
        <name>ManualDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="153" />
            <source>使用手册</source>
            <translation>User guide</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="160" />
            <source>找不到使用手册文件：{0}</source>
            <translation>User guide file not found: {0}</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>不导入</source>
            <translation>Do not import</translation>
        </message>
        <message>
            <source>专利号</source>
            <translation>Patent no.</translation>
        </message>
        <message>
            <source>专利权人</source>
            <translation>Patentee</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="235" />
            <source>保存为映射方案</source>
            <translation>Save as mapping scheme</translation>
        </message>
        <message>
            <source>公开（公告）号</source>
            <translation>Publication number</translation>
        </message>
        <message>
            <source>公开（公告）日</source>
            <translation>Publication date</translation>
        </message>
        <message>
            <source>关键词</source>
            <translation>Keywords</translation>
        </message>
        <message>
            <source>其它发明人</source>
            <translation>Other inventors</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="227" />
            <source>列</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="219" />
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="362" />
            <source>列映射</source>
            <translation>Column mapping</translation>
        </message>
        <message>
            <source>发明人</source>
            <translation>Inventor</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="290" />
            <source>另有 {0} 列没有表头：有内容的单元格作为附加列保留在扩展信息中</source>
            <translation>{0} more columns have no header: their non-empty cells are kept as extra columns</translation>
        </message>
        <message>
            <source>台账登记日期</source>
            <translation>Ledger registration date</translation>
        </message>
        <message>
            <source>台账编号</source>
            <translation>Ledger no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="227" />
            <source>对应字段</source>
            <translation>Mapped field</translation>
        </message>
        <message>
            <source>属性</source>
            <translation>Attribute</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="362" />
            <source>工作表“{0}”中有多列对应同一字段：{1}</source>
            <translation>Several columns of worksheet “{0}” map to the same field: {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="354" />
            <source>已保存映射方案“{0}”，下次导入时可选用。</source>
            <translation>Mapping scheme “{0}” saved; it can be chosen on the next import.</translation>
        </message>
        <message>
            <source>当前法律状态</source>
            <translation>Current legal status</translation>
        </message>
        <message>
            <source>成果名称</source>
            <translation>Achievement name</translation>
        </message>
        <message>
            <source>成果类型</source>
            <translation>Achievement type</translation>
        </message>
        <message>
            <source>所属学院</source>
            <translation>School</translation>
        </message>
        <message>
            <source>披露日期</source>
            <translation>Disclosure date</translation>
        </message>
        <message>
            <source>授权公告号</source>
            <translation>Grant announcement number</translation>
        </message>
        <message>
            <source>授权日</source>
            <translation>Grant date</translation>
        </message>
        <message>
            <source>摘要</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="234" />
            <source>方案名称，如：某学院专利台账</source>
            <translation>Scheme name, e.g. School of X patent ledger</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="352" />
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="354" />
            <source>映射方案</source>
            <translation>Mapping scheme</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="220" />
            <source>核对每一列对应的台账字段。“附加列”的内容保留在成果的扩展信息中，导出时原样带出；不会丢弃任何列。</source>
            <translation>Check the ledger field of each column. “Extra column” contents are kept in the achievement's extended information and exported unchanged; no column is discarded.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="306" />
            <source>此工作表按年费缴费记录读取：{0} 各列记入年费台账（原文同时保留在扩展信息中），每行按专利号或申请号对应到成果。</source>
            <translation>This sheet is read as a list of annual-fee payments: the columns {0} go to the fee register (the text is also kept in the extra fields); each row is matched to its achievement by patent or application number.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="308" />
            <source>此工作表按转化合同清单读取：{0} 各列登记到合同台账（原文同时保留在扩展信息中），每行按专利号或申请号对应到成果。</source>
            <translation>This sheet is read as a list of transfer contracts: the columns {0} go to the contract register (the text is also kept in the extra fields); each row is matched to its achievement by patent or application number.</translation>
        </message>
        <message>
            <source>法律状态</source>
            <translation>Legal status</translation>
        </message>
        <message>
            <source>申请号</source>
            <translation>Application no.</translation>
        </message>
        <message>
            <source>申请日</source>
            <translation>Filing date</translation>
        </message>
        <message>
            <source>登记号</source>
            <translation>Registration no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="227" />
            <source>示例值</source>
            <translation>Sample value</translation>
        </message>
        <message>
            <source>第一发明人</source>
            <translation>First inventor</translation>
        </message>
        <message>
            <source>经费来源</source>
            <translation>Funding source</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="227" />
            <source>表头</source>
            <translation>Header</translation>
        </message>
        <message>
            <source>证书号</source>
            <translation>Certificate number</translation>
        </message>
        <message>
            <source>资产价值（元）</source>
            <translation>Asset value (yuan)</translation>
        </message>
        <message>
            <source>转化次数</source>
            <translation>Transfer count</translation>
        </message>
        <message>
            <source>转化状态</source>
            <translation>Transfer status</translation>
        </message>
        <message>
            <source>阶段</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>附加列（保留在扩展信息）</source>
            <translation>Extra column (kept in extended information)</translation>
        </message>
        <message>
            <source>项目编号</source>
            <translation>Project no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="263" />
            <source>预览中填写的 {0} 处更正会保留：改好列对应后点“下一步”回到预览。</source>
            <translation>The {0} corrections typed in the preview are kept: change the column mapping, then click “Next” to return to the preview.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="288" />
            <source>（无表头）</source>
            <translation>(no header)</translation>
        </message>
    </context>
    <context>
        <name>MobilityDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="324" />
            <source>兼职或创业单位</source>
            <translation>Company or organisation</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="321" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="316" />
            <source>尚未结束</source>
            <translation>Still ongoing</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="325" />
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="333" />
            <source>开始日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="322" />
            <source>所在部门</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="307" />
            <source>登记兼职或离岗创业人员</source>
            <translation>Record part-time post or leave to start up</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="323" />
            <source>类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="327" />
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="334" />
            <source>结束日期</source>
            <translation>End date</translation>
        </message>
    </context>
    <context>
        <name>MoneyField</name>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="105" />
            <source>元</source>
            <translation>yuan</translation>
        </message>
    </context>
    <context>
        <name>NarrativeDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="539" />
            <source>{0} 年度国家年度报告正文</source>
            <translation>National annual report text, {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="555" />
            <source>各部分先给出含本年度数据的草稿，修改后按年度保存；保存后生成的 Word 报告使用此处文字。</source>
            <translation>Each section starts from a draft with the year's numbers; your edits are kept per year and used in the Word report.</translation>
        </message>
    </context>
    <context>
        <name>NationalIndicatorsDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/national_view.py" line="25" />
            <source>{0} 年度国家年度报告指标</source>
            <translation>National annual report indicators, {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/national_view.py" line="66" />
            <source>对应记录 {0} 条</source>
            <translation>{0} records behind this row</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/national_view.py" line="29" />
            <source>指标值</source>
            <translation>Values</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/national_view.py" line="55" />
            <source>涉密成果不予报告：已排除成果 {0} 项、合同 {1} 项、到账 {2} 笔、奖励 {3} 人次</source>
            <translation>Classified achievements are never reported: left out {0} achievements, {1} contracts, {2} receipts, {3} rewards</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/national_view.py" line="43" />
            <location filename="../../kjcg_desktop/ui/national_view.py" line="64" />
            <source>选择一行查看其对应记录</source>
            <translation>Choose a row to see the records behind it</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/national_view.py" line="29" />
            <source>项目</source>
            <translation>Item</translation>
        </message>
    </context>
    <context>
        <name>NumberSchemeBox</name>
        <message>
            <location filename="../../kjcg_desktop/ui/number_scheme_box.py" line="72" />
            <source>{0}的文号格式：{1}</source>
            <translation>Number scheme of {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/number_scheme_box.py" line="29" />
            <source>单位简称</source>
            <translation>Unit short name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/number_scheme_box.py" line="27" />
            <source>如：示范大学；留空用单位名称</source>
            <translation>e.g. 示范大学; empty uses the unit name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/number_scheme_box.py" line="18" />
            <source>文书编号（文号）</source>
            <translation>Document numbers</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/number_scheme_box.py" line="20" />
            <source>格式中可用 {单位简称}、{年}（成文日期的年份）和 {序号}（{序号:03} 补足三位）；年份用六角括号〔〕，序号不加“第”（GB/T 9704-2012 7.2.4）。每类文书每年单独编号；留空用默认格式。</source>
            <translation>A scheme may use {单位简称} (unit short name), {年} (year of the date of issue) and {序号} (sequence; {序号:03} pads to three digits); the year goes in 〔〕 and the sequence has no 第 (GB/T 9704-2012 7.2.4). Each kind is numbered per year; empty uses the default scheme.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/number_scheme_box.py" line="60" />
            <source>格式有误：{0}</source>
            <translation>Invalid: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/number_scheme_box.py" line="63" />
            <source>示例：{0}</source>
            <translation>Example: {0}</translation>
        </message>
    </context>
    <context>
        <name>ObjectionDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="54" />
            <source>异议内容</source>
            <translation>Objection</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="52" />
            <source>提出人</source>
            <translation>Raised by</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="53" />
            <source>提出日期</source>
            <translation>Date raised</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="47" />
            <source>登记异议</source>
            <translation>Record objection</translation>
        </message>
    </context>
    <context>
        <name>OutputPath</name>
        <message>
            <location filename="../../kjcg_desktop/ui/dialogs.py" line="51" />
            <source>不能保存到这里</source>
            <translation>Cannot save here</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="90" />
            <source>专利</source>
            <translation>Patent</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="99" />
            <source>收据号</source>
            <translation>Receipt no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="87" />
            <source>登记年费缴纳</source>
            <translation>Record annual-fee payment</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="102" />
            <source>缴费人</source>
            <translation>Paid by</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="93" />
            <source>缴费日期</source>
            <translation>Payment date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="91" />
            <source>费用种类</source>
            <translation>Fee</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="96" />
            <source>金额（元）</source>
            <translation>Amount (yuan)</translation>
        </message>
    </context>
    <context>
        <name>PeopleField</name>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="304" />
            <source>合计 {0}%</source>
            <translation>Total {0}%</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="251" />
            <source>添加完成人</source>
            <translation>Add inventor</translation>
        </message>
    </context>
    <context>
        <name>PersonRow</name>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="223" />
            <source>代表</source>
            <translation>Representative</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="224" />
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="217" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="221" />
            <source>比例</source>
            <translation>Share</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="219" />
            <source>部门</source>
            <translation>Department</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="340" />
            <source> 等 {0} 个</source>
            <translation> and {0} more</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="353" />
            <source> 等 {0} 列</source>
            <translation> and others, {0} columns in all</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="372" />
            <source>{0} 处更正所在的单元格已不再导入，未采用。</source>
            <translation>{0} corrections were not applied: their cells are no longer imported.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="354" />
            <source>{0} 条成果共 {1} 处待核对</source>
            <translation>{1} values to check in {0} records</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="368" />
            <source>{0} 笔缴费或合同已在台账中，不重复记入。</source>
            <translation> {0} payments or contracts are already on record and are not recorded again.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="442" />
            <source>{0}：{1} {2}</source>
            <translation>{0}: {1} {2}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="440" />
            <source>{0}：共 {1} {3}，此处显示前 {2} {3}，全部见“导出导入报告”</source>
            <translation>{0}: {1} {3} in all, the first {2} {3} shown here; all of them in “Export import report”</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="362" />
            <source>。上次从同一台账文件（同名或只差日期）导入的 {0} 条成果本次文件中已没有：{1}（不会删除，见导入报告“文件中已没有的成果”）</source>
            <translation>. {0} records imported earlier from this ledger file (the same name, or the same name with another date) are no longer in it: {1} (they are not deleted; see the report sheet “文件中已没有的成果”)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="242" />
            <source>依据</source>
            <translation>Basis</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="257" />
            <source>修改列对应…</source>
            <translation>Change column mapping…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="119" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="250" />
            <source>只看新增、字段有变化的更新、仅附加列变化的更新或有待核对的成果</source>
            <translation>Show only additions, updates that change fields, updates of extra columns only, or records with items to check</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="242" />
            <source>台账编号</source>
            <translation>Ledger no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="259" />
            <source>回到“列映射”改正某列对应的字段；已填写的更正会保留</source>
            <translation>Back to “Column mapping” to change the field a column maps to; the corrections typed are kept</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="389" />
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="390" />
            <source>处</source>
            <translation>values</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="294" />
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="481" />
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="261" />
            <source>导出导入报告…</source>
            <translation>Export import report…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="356" />
            <source>将新增 {0} 条，更新 {1} 条（按申请号/专利号、登记号、台账编号或公开（公告）号匹配），无变化 {2} 条，跳过 {3} 行（空行、合计行、说明行、分节标题、重复表头），{4}。附加列：{5}</source>
            <translation>Will add {0}, update {1} (matched by application/patent number, registration number, ledger number or publication number), unchanged {2}, skip {3} rows (blank, totals, notes, section headings, repeated headers); {4}. Extra columns: {5}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="388" />
            <source>将新增或更新的成果</source>
            <translation>Achievements to add or update</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="244" />
            <source>属性按法律状态认定（1-2 第五条）；阶段按证据认定（1-2 第八条、第九条）。导入时采用按规则计算的标记。</source>
            <translation>The attribute follows the legal status (Annex 1-2 Art. 5); the stage follows the evidence (Annex 1-2 Art. 8, 9). The import uses the tags computed by the rules.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="242" />
            <source>工作表</source>
            <translation>Worksheet</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="338" />
            <source>工作表“{0}”{1}“{2}”</source>
            <translation>sheet "{0}" {1} "{2}"</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="481" />
            <source>已按“更正为”一列重新预览，请核对后再点“导入”。</source>
            <translation>The preview was rebuilt with the values in “Correct to”; check it, then click “Import”.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="365" />
            <source>年费缴费记录 {0} 笔将记入年费台账，合同 {1} 项将登记到合同台账。</source>
            <translation>{0} annual-fee payments will go to the fee register and {1} contracts to the contract register.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="389" />
            <source>待核对（已导入，原文保留）</source>
            <translation>To check (imported, original text kept)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="242" />
            <source>成果名称</source>
            <translation>Achievement name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="263" />
            <source>把将新增与更新的成果、全部待核对项（含来源单元格与原文）、更新内容、标记不一致和未导入的行写入 Excel</source>
            <translation>Write the records to be added or updated, every value to review (with its source cell and original text), the changes, the differing tags and the rows not imported to Excel</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="254" />
            <source>按更正重新预览</source>
            <translation>Preview again with the corrections</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="242" />
            <source>按规则</source>
            <translation>By the rules</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="242" />
            <source>文件中</source>
            <translation>In file</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="390" />
            <source>文件中的标记与按规则计算的标记不一致</source>
            <translation>The tags in the file differ from those computed by the rules</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="106" />
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="119" />
            <source>新增</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="351" />
            <source>无</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="107" />
            <source>无变化</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="355" />
            <source>无待核对</source>
            <translation>nothing to check</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="279" />
            <source>显示：</source>
            <translation>Show:</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="106" />
            <source>更新</source>
            <translation>Update</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="121" />
            <source>更新：仅附加列</source>
            <translation>Updates: extra columns only</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="120" />
            <source>更新：字段有变化</source>
            <translation>Updates: fields changed</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="122" />
            <source>有待核对</source>
            <translation>With items to check</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="388" />
            <source>条</source>
            <translation>records</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="242" />
            <source>标记</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="318" />
            <source>正在核对每一行…</source>
            <translation>Checking every row…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="222" />
            <source>每个非空行都会成为一条成果或更新已有成果；无法确定的值原样保留并标记“待核对”。可在“更正为”一列直接改正后点“按更正重新预览”；确认后一次性写入，可整体撤销。</source>
            <translation>Every non-blank row becomes a record or updates an existing one; a value that cannot be determined is kept as written and flagged “To review”. Type a correction in “Correct to”, then click “Preview again with the corrections”; the import is written in one go and can be undone as a whole.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="335" />
            <source>注意：{0}</source>
            <translation>Note: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="242" />
            <source>行</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="341" />
            <source>远离表格的单元格未作为成果导入：{0}{1}（可能是误填，或 Excel 记录的使用范围远超表格；导入报告的“读取说明”列出全部，请核对原文件）</source>
            <translation>Cells far from the table were not imported as records: {0}{1} (typed by mistake, or Excel's used range reaches far past the table; the import report's "读取说明" sheet lists them all; please check the original file)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="221" />
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="325" />
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="329" />
            <source>预览</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="370" />
            <source>；已采用更正 {0} 处。</source>
            <translation>; {0} corrections applied.</translation>
        </message>
    </context>
    <context>
        <name>PublicityDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="318" />
            <source>公示天数</source>
            <translation>Publicity days</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="344" />
            <source>公示开始日期</source>
            <translation>Publicity start date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="320" />
            <source>公示期满</source>
            <translation>Publicity ended</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="316" />
            <source>公示类型</source>
            <translation>Publicity type</translation>
        </message>
        <message>
            <source>关联交易公示（签约前）</source>
            <translation>Related-party transaction publicity (before signing)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="301" />
            <source>发起公示</source>
            <translation>Start publicity</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="317" />
            <source>开始日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="308" />
            <source>按工作日计算</source>
            <translation>Count working days</translation>
        </message>
        <message>
            <source>收益分配及现金奖励公示（到账后）</source>
            <translation>Income distribution and cash reward publicity (after receipt)</translation>
        </message>
        <message>
            <source>转化交易及拟交易价格公示（签约前）</source>
            <translation>Transfer deal and proposed price publicity (before signing)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="338" />
            <source>（末日为休息日，顺延；民法典第二百零三条）</source>
            <translation> (last day is a rest day, extended; Civil Code Art. 203)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="333" />
            <source>（请先填写公示开始日期）</source>
            <translation>(enter the publicity start date first)</translation>
        </message>
    </context>
    <context>
        <name>PublicityPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="204" />
            <source>&lt;b&gt;{0}&lt;/b&gt;：{1} 起公示 {2}{3}，名义届满日 {4}，届满日 &lt;b&gt;{5}&lt;/b&gt;（依据：{6}；{7}）</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;: publicity from {1} for {2}{3}, nominal end {4}, end &lt;b&gt;{5}&lt;/b&gt; (basis: {6}; {7})</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="259" />
            <source>不能结束公示</source>
            <translation>Cannot end the publicity</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="147" />
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="205" />
            <source>个工作日</source>
            <translation> working days</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="38" />
            <source>公示期</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="87" />
            <source>公示期自公示次日起算；届满日遇休息日或法定节假日顺延至下一个工作日；届满日 24:00 期满，次日起方可结束公示、认定自动放弃或签约（民法典第二百零一条至第二百零四条）。赋权公示不少于15日（方案二(一)、方案二(二)）。</source>
            <translation>The period starts the day after publication; an end date on a rest day or statutory holiday moves to the next working day; the period ends at 24:00 on the end date, and only from the next day can the publicity be ended, abandonment take effect or a contract be signed (Civil Code Art. 201–204). A grant publicity lasts at least 15 days (Plan 2(1), Plan 2(2)).</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="38" />
            <source>剩余天数</source>
            <translation>Days left</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="38" />
            <source>名义届满</source>
            <translation>Nominal end</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="115" />
            <source>处理异议</source>
            <translation>Resolve objection</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="39" />
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="314" />
            <source>处理日期</source>
            <translation>Date resolved</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="39" />
            <source>处理结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="38" />
            <source>届满日</source>
            <translation>End date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="146" />
            <source>已届满，可结束公示</source>
            <translation>Ended; the publicity can be closed</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="38" />
            <source>开始日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="38" />
            <source>异议</source>
            <translation>Objections</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="39" />
            <source>异议内容</source>
            <translation>Objection</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="296" />
            <source>异议成立</source>
            <translation>Objection upheld</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="195" />
            <source>待处理</source>
            <translation>Pending</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="39" />
            <source>提出人</source>
            <translation>Raised by</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="39" />
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="275" />
            <source>提出日期</source>
            <translation>Date raised</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="38" />
            <source>提示</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="311" />
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="316" />
            <source>无法保存</source>
            <translation>Cannot save</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="278" />
            <source>无法登记异议</source>
            <translation>Cannot record the objection</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="147" />
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="205" />
            <source>日</source>
            <translation> days</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="38" />
            <source>标题</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="38" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="114" />
            <source>登记异议</source>
            <translation>Record objection</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="38" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="113" />
            <source>结束公示</source>
            <translation>End publicity</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="311" />
            <source>请填写处理结果</source>
            <translation>Please enter the outcome</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="146" />
            <source>遇休息日或法定节假日顺延</source>
            <translation>moved past a rest day or statutory holiday</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="197" />
            <source>（异议不成立）</source>
            <translation> (objection not upheld)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="197" />
            <source>（异议成立）</source>
            <translation> (objection upheld)</translation>
        </message>
    </context>
    <context>
        <name>ReceiptDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="259" />
            <source>{0}的分配比例</source>
            <translation>share of {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="277" />
            <source>「到账金额」须大于 0</source>
            <translation>“Amount received” must be greater than 0</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="213" />
            <source>付款方</source>
            <translation>Payer</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="214" />
            <source>凭证号</source>
            <translation>Voucher no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="211" />
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="279" />
            <source>到账日期</source>
            <translation>Date received</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="206" />
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="258" />
            <source>到账金额</source>
            <translation>Amount received</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="212" />
            <source>到账金额（元）</source>
            <translation>Amount received (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="270" />
            <source>合计 {0} 元（到账 {1} 元）</source>
            <translation>Total {0} yuan (received {1} yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="239" />
            <source>按约定比例分配，每人金额向下取整到分，余下的分按余数从大到小补足，合计与到账金额完全相等。</source>
            <translation>Distributed by the agreed shares: each amount is rounded down to the fen and the remaining fen go to the largest remainders, so the total equals the amount received exactly.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="216" />
            <source>收益人</source>
            <translation>Beneficiary</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="216" />
            <source>比例（%）</source>
            <translation>Share (%)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="234" />
            <source>登记</source>
            <translation>Registered</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="204" />
            <source>登记到账与收益分配</source>
            <translation>Register receipt and income distribution</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="216" />
            <source>金额（元）</source>
            <translation>Amount (yuan)</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="374" />
            <source>会议纪要、凭证等（可选）</source>
            <translation>Meeting minutes, vouchers etc. (optional)</translation>
        </message>
        <message>
            <source>关联交易审查</source>
            <translation>Related-party review</translation>
        </message>
        <message>
            <source>其他</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="386" />
            <source>决定人/经办人</source>
            <translation>Decided by / handled by</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="370" />
            <source>决策机构/决定人、经办人或出具机构</source>
            <translation>Decision body / decision-maker, handler or issuing body</translation>
        </message>
        <message>
            <source>定价方式证明</source>
            <translation>Pricing evidence</translation>
        </message>
        <message>
            <source>审批决定</source>
            <translation>Approval decision</translation>
        </message>
        <message>
            <source>审核决定</source>
            <translation>Review decision</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="385" />
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="414" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="365" />
            <source>登记尽职证据</source>
            <translation>Register due-diligence evidence</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="384" />
            <source>证据类型</source>
            <translation>Evidence type</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="387" />
            <source>说明</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="375" />
            <source>选择…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="397" />
            <source>选择附件</source>
            <translation>Choose attachment</translation>
        </message>
        <message>
            <source>通知、告知</source>
            <translation>Notices</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="388" />
            <source>附件</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="411" />
            <source>附件文件不存在：{0}</source>
            <translation>Attachment file not found: {0}</translation>
        </message>
    </context>
    <context>
        <name>RectificationDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="98" />
            <source>「成立日期」：{0}</source>
            <translation>“Date founded”: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="89" />
            <source>企业名称</source>
            <translation>Enterprise name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="93" />
            <source>使用情况</source>
            <translation>Use made</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="86" />
            <source>允许试点单位对过往利用单位职务科技成果自主创办企业进行合规整改（方案二(六)）。</source>
            <translation>Pilot units may bring into compliance enterprises founded in the past on the unit's service achievements (Plan 2(6)).</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="91" />
            <source>创办人</source>
            <translation>Founder</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="85" />
            <source>如何利用职务科技成果（作价入股、无偿使用等）</source>
            <translation>How service achievements were used (equity contribution, free use, etc.)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="90" />
            <source>成立日期</source>
            <translation>Founded</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="92" />
            <source>所用成果</source>
            <translation>Achievements used</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="77" />
            <source>登记需合规整改的创业企业</source>
            <translation>Register a start-up requiring compliance rectification</translation>
        </message>
    </context>
    <context>
        <name>RectificationsPanel</name>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="202" />
            <source>不能完成整改</source>
            <translation>Cannot complete the rectification</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="161" />
            <source>企业名称</source>
            <translation>Enterprise name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="161" />
            <source>使用情况</source>
            <translation>Use made</translation>
        </message>
        <message>
            <source>创业企业合规整改 (方案二(六)).</source>
            <translation>Start-up compliance rectification (Plan 2(6)).</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="161" />
            <source>创办人</source>
            <translation>Founder</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="193" />
            <source>完成日期</source>
            <translation>Completion date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="180" />
            <source>已整改</source>
            <translation>Rectified</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="180" />
            <source>待整改</source>
            <translation>To rectify</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="161" />
            <source>成立日期</source>
            <translation>Founded</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="162" />
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="193" />
            <source>整改完成</source>
            <translation>Rectification complete</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="165" />
            <source>整改完成…</source>
            <translation>Complete rectification…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="162" />
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="196" />
            <source>整改措施</source>
            <translation>Rectification measures</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="161" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="163" />
            <source>登记企业…</source>
            <translation>Register enterprise…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="168" />
            <source>过往利用职务科技成果自主创办企业的合规整改（方案二(六)）</source>
            <translation>Compliance rectification of enterprises founded in the past on service achievements (Plan 2(6))</translation>
        </message>
    </context>
    <context>
        <name>RegistersPanel</name>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="417" />
            <source>交易</source>
            <translation>Deal</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="425" />
            <source>人员兼职与离岗创业</source>
            <translation>Part-time posts and leave to start up</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="416" />
            <source>企业名称</source>
            <translation>Company</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="415" />
            <source>兼职或创业单位</source>
            <translation>Part-time or start-up employer</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="416" />
            <source>创办人</source>
            <translation>Founders</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="416" />
            <source>单位持股</source>
            <translation>University's shareholding</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="415" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="415" />
            <source>开始日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="416" />
            <source>成立日期</source>
            <translation>Founded</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="416" />
            <source>所用成果</source>
            <translation>Achievements used</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="417" />
            <source>折合金额（元）</source>
            <translation>Value (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="417" />
            <source>授予日期</source>
            <translation>Granted on</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="418" />
            <source>登记人员…</source>
            <translation>Record person…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="420" />
            <source>登记企业…</source>
            <translation>Record company…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="422" />
            <source>登记股权奖励…</source>
            <translation>Record equity reward…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="415" />
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="415" />
            <source>结束日期</source>
            <translation>End date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="417" />
            <source>股份</source>
            <translation>Shares</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="427" />
            <source>股权奖励（财税〔2016〕101号）</source>
            <translation>Equity rewards (Caishui [2016] No. 101)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="417" />
            <source>获奖励人</source>
            <translation>Rewarded person</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="426" />
            <source>衍生（参股）企业</source>
            <translation>Spin-off companies</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="417" />
            <source>计税方式</source>
            <translation>Tax treatment</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="415" />
            <source>部门</source>
            <translation>Department</translation>
        </message>
    </context>
    <context>
        <name>RegistrationFactsDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="478" />
            <source>交易对方（买方）</source>
            <translation>Counterparty (buyer)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="511" />
            <source>合同有效期的结束日期不能早于开始日期</source>
            <translation>The contract's end date cannot be before its start date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="481" />
            <source>合同有效期自</source>
            <translation>Contract term from</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="482" />
            <source>合同有效期至</source>
            <translation>Contract term to</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="469" />
            <source>如 电子信息、生物医药、新材料</source>
            <translation>e.g. electronics, biomedicine, new materials</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="506" />
            <source>开始日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="480" />
            <source>技术交易额（元）</source>
            <translation>Technology-transaction amount (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="457" />
            <source>技术合同登记表信息</source>
            <translation>Technology-contract registration form data</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="479" />
            <source>技术领域</source>
            <translation>Technology field</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="462" />
            <source>新建…</source>
            <translation>New…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="506" />
            <source>结束日期</source>
            <translation>End date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="485" />
            <source>预计新增产值（元）</source>
            <translation>Expected new output (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="484" />
            <source>预计新增投入（元）</source>
            <translation>Expected new investment (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="490" />
            <source>（未关联交易对方记录）</source>
            <translation>(no counterparty record linked)</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="81" />
            <source> 年</source>
            <translation> yr</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="52" />
            <source>KJCG年度报告</source>
            <translation>KJCG annual reports</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="152" />
            <source>Windows 上先尝试在默认邮件程序中打开新邮件（附两个文件），否则生成 .eml 草稿</source>
            <translation>On Windows, first tries to open a new message in the default mail program (with both files attached); otherwise an .eml draft is created</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="215" />
            <source>{0} 年指标已统计（涉密成果不纳入统计）</source>
            <translation>Indicators for {0} computed (classified achievements are excluded)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="197" />
            <location filename="../../kjcg_desktop/ui/report_page.py" line="198" />
            <source>{0}年</source>
            <translation>{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="235" />
            <source>“{0}”（{1} 年）背后的{2}记录：共 {3} 条{4}</source>
            <translation>{2} records behind “{0}” ({1}): {3} in total{4}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="184" />
            <source>与 {0} 年比较</source>
            <translation>Compared with {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="276" />
            <source>以下 {0} 个单元格超出 Excel 上限，已截断并在单元格末尾注明：
{1}</source>
            <translation>{0} cells exceeded Excel's limit and were cut, with a note at the end of each cell:
{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="198" />
            <source>依据</source>
            <translation>Basis</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="213" />
            <source>依据：{0}。点击查看该指标背后的记录。</source>
            <translation>Basis: {0}. Click to see the records behind this indicator.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="125" />
            <source>保存文字</source>
            <translation>Save text</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="167" />
            <source>六部分正文：含本年度数据的草稿，修改后按年度保存</source>
            <translation>The six sections' text: drafts with the year's numbers, edits kept per year</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="123" />
            <source>典型做法与经验</source>
            <translation>Good practice and lessons learned</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="197" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="164" />
            <source>各指标表及每一行对应的记录</source>
            <translation>The indicator tables and the records behind each row</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="163" />
            <source>国家年度报告指标…</source>
            <translation>National report indicators…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="166" />
            <source>国家年度报告正文…</source>
            <translation>National report text…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="198" />
            <source>增减</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="119" />
            <source>存在的问题与建议……</source>
            <translation>Problems and suggestions…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="124" />
            <source>存在问题与建议</source>
            <translation>Problems and suggestions</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="354" />
            <source>已发送给：{0}</source>
            <translation>Sent to: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="329" />
            <source>已在默认邮件程序中打开新邮件</source>
            <translation>A new message was opened in the default mail program</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="335" />
            <source>已生成未发送的邮件草稿（附 Excel 和 PDF），用 Outlook 等邮件程序打开后核对并发送：
{0}</source>
            <translation>An unsent e-mail draft was created (with the Excel and PDF files); open it in Outlook or another mail program, check it and send it:
{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="274" />
            <location filename="../../kjcg_desktop/ui/report_page.py" line="314" />
            <source>已生成：{0}、{1}</source>
            <translation>Generated: {0}, {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="276" />
            <location filename="../../kjcg_desktop/ui/report_page.py" line="398" />
            <source>年度报告</source>
            <translation>Annual report</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="398" />
            <source>年度报告操作失败：{0}</source>
            <translation>Annual report operation failed: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="144" />
            <source>年度报告邮件的收件人，多个用分号分隔；保存在设置中</source>
            <translation>Recipients of the annual-report e-mail, separated by semicolons; saved in the settings</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="169" />
            <location filename="../../kjcg_desktop/ui/report_page.py" line="337" />
            <source>打开文件夹</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="157" />
            <source>报主管部门的科技成果转化年度报告：六部分正文（Word，可编辑）和指标表（Excel）；涉密成果不予报告（促进科技成果转化法第二十一条）</source>
            <translation>The annual transformation report to the competent department: six sections (Word, editable) and indicator tables (Excel); classified achievements are never reported (Law on Promoting the Transformation of Scientific and Technological Achievements, Art. 21)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="76" />
            <source>报告年度</source>
            <translation>Report year</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="197" />
            <source>指标</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="397" />
            <source>操作失败</source>
            <translation>Operation failed</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="141" />
            <source>收件人</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="247" />
            <source>文字已保存</source>
            <translation>Text saved</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="117" />
            <source>本年度推进成果转化的典型做法与经验……</source>
            <translation>Good practice and lessons in advancing transfers this year…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="309" />
            <source>正在生成 {0} 年度国家年度报告……</source>
            <translation>Writing the national annual report for {0}…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="270" />
            <source>正在生成 {0} 年度报告……</source>
            <translation>Generating the {0} annual report…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="185" />
            <source>正在统计 {0} 年指标……</source>
            <translation>Computing the {0} indicators…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="82" />
            <source>每年报告上一年度的科技成果国有资产情况及试点执行情况（1-2 第十二条、方案三(四)）</source>
            <translation>Report each year on the previous year's state-owned achievement assets and pilot implementation (Annex 1-2 Art. 12, Plan 3(4))</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="160" />
            <source>汇总各部门报告…</source>
            <translation>Roll up departments' reports…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="105" />
            <source>点击上方指标，查看该数字背后的记录。</source>
            <translation>Click an indicator above to see the records behind the number.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="149" />
            <source>生成 Excel 和 PDF</source>
            <translation>Generate Excel and PDF</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="156" />
            <source>生成国家年度报告（Word + Excel）</source>
            <translation>National annual report (Word + Excel)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="151" />
            <source>生成邮件草稿</source>
            <translation>Create e-mail draft</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="114" />
            <source>试点工作情况（写入报告正文，方案三(四)）</source>
            <translation>Pilot work (written into the report body, Plan 3(4))</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="143" />
            <source>财务处 &lt;cw@example.edu.cn&gt;; gz@example.edu.cn</source>
            <translation>Finance Office &lt;cw@example.edu.cn&gt;; gz@example.edu.cn</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="135" />
            <source>输出文件夹</source>
            <translation>Output folder</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="138" />
            <source>选择…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="161" />
            <source>选择各部门、附属医院生成的国家年度报告工作簿，与本单位数据汇总；相同合同、成果只计一次</source>
            <translation>Choose the national-report workbooks of departments and affiliated hospitals to roll up with the unit's records; the same contract or achievement counts once</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="296" />
            <source>选择各部门的国家年度报告工作簿</source>
            <translation>Choose the departments' national-report workbooks</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="260" />
            <source>选择输出文件夹</source>
            <translation>Choose output folder</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="154" />
            <source>通过 SMTP 发送…</source>
            <translation>Send via SMTP…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="334" />
            <source>邮件草稿</source>
            <translation>E-mail draft</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="333" />
            <source>邮件草稿：{0}</source>
            <translation>E-mail draft: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="87" />
            <source>重新统计</source>
            <translation>Recompute</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="316" />
            <source>（已汇总 {0}，剔除重复 {1} 条）</source>
            <translation>(rolled up: {0}; {1} duplicates left out)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="315" />
            <source>（涉密记录 {0} 条未报告）</source>
            <translation>({0} classified records not reported)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="234" />
            <source>，显示前 {0} 条</source>
            <translation>, showing the first {0}</translation>
        </message>
    </context>
    <context>
        <name>ResolveDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="65" />
            <source>处理异议</source>
            <translation>Resolve objection</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="72" />
            <source>处理日期</source>
            <translation>Date resolved</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="70" />
            <source>处理结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="68" />
            <source>异议成立</source>
            <translation>Objection upheld</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="426" />
            <source>{0} 条成果共 {1} 处待核对，可在成果台账中按“待核对”筛选。</source>
            <translation>{1} values to review in {0} records; filter the ledger by “To review” to find them.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="436" />
            <source>上次导入的 {0} 条成果本次文件中已没有，系统中未删除，请核对是否已放弃、转让或移出台账（见导入报告“文件中已没有的成果”）。</source>
            <translation>{0} records imported earlier are no longer in this file; they are not deleted. Check whether they were given up, transferred or moved out of the ledger (see the report sheet “文件中已没有的成果”). </translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="434" />
            <source>台账中现有 {0} 条成果待核对，可按“待核对”筛选。</source>
            <translation>{0} records in the ledger are to review (filter: To review).</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="396" />
            <source>导入完成</source>
            <translation>Import complete</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="403" />
            <source>导出导入报告…</source>
            <translation>Export import report…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="418" />
            <source>已导入：新增 {0} 条，更新 {1} 条（导入批次 {2}）。</source>
            <translation>Imported: {0} added, {1} updated (import batch {2}). </translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="422" />
            <source>年费缴费记录 {0} 笔已记入年费台账，合同 {1} 项已登记到合同台账。</source>
            <translation>{0} annual-fee payments were recorded in the fee register and {1} contracts in the contract register. </translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="400" />
            <source>撤销本次导入</source>
            <translation>Undo this import</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="429" />
            <source>本次导入 {0} 条成果共 {1} 处待核对；台账中现有 {2} 条成果待核对，可按“待核对”筛选。</source>
            <translation>This import: {1} value(s) to review on {0} records; {2} records in the ledger are to review (filter: To review).</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="405" />
            <source>本次导入新增与更新的成果、待核对项（含来源单元格与原文）、更新内容和未导入的行</source>
            <translation>The records this import added or updated, the values to review (with source cell and original text), the changes and the rows not imported</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="432" />
            <source>本次导入没有待核对项。</source>
            <translation>This import has nothing to check.</translation>
        </message>
    </context>
    <context>
        <name>ReverseDialog</name>
        <message>
            <source>处理异议</source>
            <translation>Decide objection</translation>
        </message>
        <message>
            <source>完成交易</source>
            <translation>Complete deal</translation>
        </message>
        <message>
            <source>审批通过</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>开始公示</source>
            <translation>Start publicity</translation>
        </message>
        <message>
            <source>批准收益分配</source>
            <translation>Approve distribution</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="162" />
            <source>撤销「{0}」（{1}，{2}，{3}）。撤销作为新记录写入事件日志，原决定保留。</source>
            <translation>Reverse “{0}” ({1}, {2}, {3}). The reversal is a new entry in the event log; the decision itself is kept.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="157" />
            <source>撤销决定</source>
            <translation>Decision reversed</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="165" />
            <source>撤销后以下文号作废：{0}</source>
            <translation>The reversal voids these document numbers: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="178" />
            <source>撤销理由</source>
            <translation>Reason for the reversal</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="167" />
            <source>没有可撤销的决定。</source>
            <translation>There is no decision to reverse.</translation>
        </message>
        <message>
            <source>生效</source>
            <translation>Make effective</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="182" />
            <source>确认撤销</source>
            <translation>Confirm reversal</translation>
        </message>
        <message>
            <source>签约</source>
            <translation>Sign contract</translation>
        </message>
        <message>
            <source>签署协议</source>
            <translation>Sign agreement</translation>
        </message>
        <message>
            <source>结束公示</source>
            <translation>Close publicity</translation>
        </message>
        <message>
            <source>驳回</source>
            <translation>Reject</translation>
        </message>
    </context>
    <context>
        <name>ServerDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="42" />
            <source>几位同事共用一个台账时，数据库放在办公室的 PostgreSQL 服务器上。请填写管理员给您的服务器地址和您自己的账号。</source>
            <translation>When several colleagues share one ledger, the database is on the office's PostgreSQL server. Enter the server address your administrator gave you and your own account.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="84" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="67" />
            <source>在系统钥匙串中记住密码</source>
            <translation>Remember the password in the system keyring</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="49" />
            <source>如 tto-server 或 192.168.1.20</source>
            <translation>e.g. tto-server or 192.168.1.20</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="65" />
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="63" />
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="105" />
            <source>数据库</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="61" />
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="105" />
            <source>服务器</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="119" />
            <source>未能连接：{0}</source>
            <translation>Could not connect: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="74" />
            <source>本机没有可用的系统钥匙串：密码只在本次使用期间保留，下次启动时会再询问，不会写入任何文件。</source>
            <translation>This computer has no system keyring: the password is kept for this session only, asked again at the next start and never written to a file.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="114" />
            <source>正在连接…</source>
            <translation>Connecting…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="62" />
            <source>端口</source>
            <translation>Port</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="108" />
            <source>请填写：{0}</source>
            <translation>Please fill in: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="64" />
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="105" />
            <source>账号</source>
            <translation>Account</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="83" />
            <source>连接</source>
            <translation>Connect</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="38" />
            <source>连接办公室服务器</source>
            <translation>Connect to the office server</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="244" />
            <source>.ttc 字体集中的字体序号（宋体 simsun.ttc 为 0）</source>
            <translation>Index of the font in a .ttc collection (0 for SimSun simsun.ttc)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="85" />
            <source>6位行政区划代码，可空</source>
            <translation>6-digit region code, optional</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="375" />
            <source>TrueType 字体 (*.ttf *.ttc)</source>
            <translation>TrueType fonts (*.ttf *.ttc)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="446" />
            <source>交易审批权限表至少要有一级（不设上限）</source>
            <translation>The deal approval table needs at least one level (without an upper bound)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="135" />
            <source>交易审批权限（按合同金额）</source>
            <translation>Deal approval (by contract amount)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="126" />
            <source>保存设置</source>
            <translation>Save settings</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="213" />
            <source>先备份，再复制数据库和附件到新文件夹并校验，成功后切换；原文件保留并改名</source>
            <translation>Backs up, copies the database and attachments to the new folder, verifies them and then switches; the old files are kept and renamed</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="220" />
            <source>先备份，再换成空数据库；单位信息和设置保留，原文件改名保留</source>
            <translation>Backs up first, then switches to an empty database; unit details and settings are kept, the old file is kept under a new name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="94" />
            <source>公示与赋权默认值</source>
            <translation>Publicity and grant defaults</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="228" />
            <source>几位同事共用一个台账：连接办公室的 PostgreSQL 服务器，用自己的账号登录</source>
            <translation>Several colleagues on one ledger: connect to the office's PostgreSQL server and sign in with your own account</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="155" />
            <source>删除所选级别</source>
            <translation>Remove selected level</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="339" />
            <source>制度建立截止：{0}；试点结束：{1}</source>
            <translation>Management rules due: {0}; pilot ends: {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="291" />
            <source>办公室服务器 {0}</source>
            <translation>Office server {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="69" />
            <source>单位信息</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="79" />
            <source>单位名称</source>
            <translation>Unit name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="87" />
            <source>单位地址</source>
            <translation>Unit address</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="88" />
            <source>单位行政区划代码</source>
            <translation>Unit region code</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="403" />
            <source>原数据库文件已改名为：{0}</source>
            <translation>The old database file was renamed to: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="364" />
            <source>可用：{0}</source>
            <translation>Usable: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="137" />
            <source>合同金额不超过某行上限的交易由该行的机构审批，最后一行不设上限。勾选“须会议纪要”的级别，尽职免责证据须附集体决策会议纪要（1-1 第六条）。</source>
            <translation>A deal whose contract amount does not exceed a row's upper bound is approved by that row's body; the last row has no upper bound. For levels marked “Minutes required”, the due-diligence evidence must include the minutes of the collective decision (1-1 Art. 6).</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="106" />
            <source>团队默认所有权份额（%）</source>
            <translation>Team's default ownership share (%)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="152" />
            <source>增加一级</source>
            <translation>Add level</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="120" />
            <source>备份与恢复…</source>
            <translation>Backup and restore…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="243" />
            <source>子字体 </source>
            <translation>Sub-font </translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="366" />
            <source>字体 {0} 无法嵌入文书（需要含中文的 TrueType 字体，不支持 OpenType CFF），保存后将改用系统字体</source>
            <translation>The font {0} cannot be embedded in documents (a TrueType font with Chinese glyphs is needed, OpenType CFF is not supported); a system font will be used</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="143" />
            <source>审批机构</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="413" />
            <source>将删除当前数据库中的全部成果、申请、公示和交易，换成空数据库开始正式使用；单位信息和设置保留。
清除前会自动备份，原文件改名保留。是否继续？</source>
            <translation>All achievements, applications, publicities and deals in the current database will be replaced by an empty database for real use; the unit details and settings are kept.
A backup is made first and the old file is kept under a new name. Continue?</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="480" />
            <source>已保存</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="429" />
            <source>已清除演示数据</source>
            <translation>Demo data cleared</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="261" />
            <source>年度报告邮件草稿的收件人：财务、国资和科委（方案三(四)、1-2 第十二条）</source>
            <translation>Recipients of the annual-report e-mail draft: finance, state assets and the science commission (Plan 3(4), Annex 1-2 Art. 12)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="105" />
            <source>异议受理联系方式</source>
            <translation>Contact for objections</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="82" />
            <source>技术合同登记表的卖方信息；行政区划代码未填时取信用代码第3–8位</source>
            <translation>Seller data of the contract registration form; without a region code, characters 3–8 of the credit code are used</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="80" />
            <source>技术转移机构名称</source>
            <translation>Technology transfer office</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="99" />
            <source>按工作日计算公示期</source>
            <translation>Count publicity periods in working days</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="89" />
            <source>操作人显示名</source>
            <translation>Operator name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="230" />
            <source>改回本机数据库</source>
            <translation>Back to this computer's database</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="207" />
            <source>数据、文书与界面</source>
            <translation>Data, documents and interface</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="118" />
            <source>数据安全</source>
            <translation>Data safety</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="236" />
            <source>数据库</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="400" />
            <source>数据库已移动到：{0}
移动前的备份：{1}
附件：{2} 个</source>
            <translation>The database was moved to: {0}
Backup made before the move: {1}
Attachments: {2}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="218" />
            <source>数据文件夹</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="404" />
            <source>数据文件夹已移动</source>
            <translation>Data folder moved</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="256" />
            <source>文书字体</source>
            <translation>Document font</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="426" />
            <source>无法清除演示数据</source>
            <translation>Cannot clear the demo data</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="396" />
            <source>无法移动数据文件夹</source>
            <translation>Cannot move the data folder</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="452" />
            <source>本单位</source>
            <translation>Our institution</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="291" />
            <source>本机数据库文件</source>
            <translation>This computer's database file</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="121" />
            <source>查看自动备份、立即备份、从备份恢复</source>
            <translation>View automatic backups, back up now, restore from a backup</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="392" />
            <source>正在备份、复制并校验数据库和附件…</source>
            <translation>Backing up, copying and verifying the database and attachments…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="420" />
            <source>正在备份并换成空数据库…</source>
            <translation>Backing up and switching to an empty database…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="260" />
            <source>每行一个，例如：财务处 &lt;caiwu@example.edu.cn&gt;</source>
            <translation>One per line, e.g. Finance Office &lt;caiwu@example.edu.cn&gt;</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="426" />
            <source>清除失败：{0}</source>
            <translation>Clearing failed: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="412" />
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="419" />
            <source>清除演示数据</source>
            <translation>Clear demo data</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="219" />
            <source>清除演示数据，开始正式使用…</source>
            <translation>Clear the demo data and start for real…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="429" />
            <source>现在是空数据库，可以开始登记成果或导入 Excel 台账。
清除前的备份：{0}</source>
            <translation>The database is now empty: register achievements or import an Excel ledger.
Backup made before clearing: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="268" />
            <source>界面语言 / Language</source>
            <translation>界面语言 / Language</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="396" />
            <source>移动到 {0} 失败：{1}</source>
            <translation>Moving to {0} failed: {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="391" />
            <source>移动数据文件夹</source>
            <translation>Move data folder</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="212" />
            <source>移动数据文件夹…</source>
            <translation>Move data folder…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="86" />
            <source>统一社会信用代码</source>
            <translation>Unified social credit code</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="247" />
            <source>自动</source>
            <translation>Automatic</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="352" />
            <source>自动选择系统中文字体</source>
            <translation>A Chinese system font is chosen automatically</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="240" />
            <source>自动：宋体、黑体或系统中已安装的中文 TrueType 字体</source>
            <translation>Automatic: SimSun, SimHei or another installed Chinese TrueType font</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="76" />
            <source>试点启动后三年（方案五(一)）；一年内建立配套管理制度（方案三(二)）</source>
            <translation>Three years from the pilot start (Plan 5(1)); management rules within one year (Plan 3(2))</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="90" />
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="434" />
            <source>试点启动日期</source>
            <translation>Pilot start date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="98" />
            <source>赋权公示期不少于15日（方案二(一)、方案二(二)）</source>
            <translation>Grant publicity lasts at least 15 days (Plan 2(1), Plan 2(2))</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="226" />
            <source>连接办公室服务器…</source>
            <translation>Connect to the office server…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="245" />
            <source>选择字体…</source>
            <translation>Choose font…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="374" />
            <source>选择文书字体</source>
            <translation>Choose the document font</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="380" />
            <source>选择新的数据文件夹（空文件夹）</source>
            <translation>Choose the new data folder (an empty folder)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="263" />
            <source>邮件收件人</source>
            <translation>Mail recipients</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="441" />
            <source>邮件收件人格式不正确：{0}（应为 名称 &lt;地址&gt; 或 地址）</source>
            <translation>Invalid mail recipients: {0} (use Name &lt;address&gt; or address)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="102" />
            <source>部分赋权时团队默认所有权份额（%），申请时可修改</source>
            <translation>Team's default ownership share (%) in a partial grant; can be changed per application</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="143" />
            <source>金额上限（元，最后一行留空）</source>
            <translation>Upper bound (yuan; empty in the last row)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="143" />
            <source>须会议纪要</source>
            <translation>Minutes required</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="74" />
            <source>默认使用 Windows 用户名</source>
            <translation>Defaults to the Windows user name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="103" />
            <source>默认公示天数</source>
            <translation>Default publicity days</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="289" />
            <source>（内存数据库）</source>
            <translation>(in-memory database)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="289" />
            <source>（附件保存在办公室服务器上）</source>
            <translation>(attachments are kept on the office server)</translation>
        </message>
    </context>
    <context>
        <name>SheetPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="186" />
            <source> 等 {0} 个</source>
            <translation> and {0} more</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="120" />
            <source>一行表头</source>
            <translation>One header row</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="120" />
            <source>三行表头（与下两行合并）</source>
            <translation>Three header rows (merged with the next two)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="120" />
            <source>两行表头（与下一行合并）</source>
            <translation>Two header rows (merged with the next row)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="113" />
            <source>勾选要导入的工作表。表头位置已自动识别（跳过标题行，合并两行或三行的表头）；如不对，可手动指定表头所在行。</source>
            <translation>Tick the worksheets to import. Header positions were detected automatically (title rows skipped, headers over two or three rows merged); if wrong, set the header row manually.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="209" />
            <source>工作表</source>
            <translation>Worksheet</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="112" />
            <source>工作表与表头</source>
            <translation>Worksheets and headers</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="121" />
            <source>按指定行重新识别</source>
            <translation>Re-detect from the given row</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="209" />
            <source>无</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="175" />
            <source>未识别到表头（至少需要两个可识别的列名）。可手动指定表头所在行。</source>
            <translation>No header found (at least two recognisable column names are needed). You can set the header row manually.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="199" />
            <source>表头</source>
            <translation>Header</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="129" />
            <source>表头所在行</source>
            <translation>Header row</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="179" />
            <source>表头：第 {0} 行；数据从第 {1} 行开始。</source>
            <translation>Header: row {0}; data starts at row {1}.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="209" />
            <source>请至少勾选一个已识别表头的工作表（未识别：{0}）</source>
            <translation>Tick at least one worksheet whose header was recognised (not recognised: {0})</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="182" />
            <source>这是隐藏的工作表（在 Excel 中看不到，多为下拉选项或备查表），默认不导入；如需导入请勾选。</source>
            <translation>This sheet is hidden (not visible in Excel; usually drop-down lists or lookup tables) and is not imported by default; tick it to import it. </translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="187" />
            <source>远离表格的单元格 {0}{1} 单独读出，不作为成果导入，会列入导入报告。</source>
            <translation>Cells far from the table, {0}{1}, are read separately, not imported as records, and listed in the import report.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="148" />
            <source>隐藏的工作表（在 Excel 中看不到），默认不导入</source>
            <translation>Hidden sheet (not visible in Excel), not imported by default</translation>
        </message>
    </context>
    <context>
        <name>SmtpDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="424" />
            <source>QQ、163 邮箱须填写在网页邮箱设置中生成的授权码，而不是登录密码</source>
            <translation>For QQ and 163 mail, enter the authorisation code generated in the webmail settings, not the login password</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="433" />
            <source>SMTP 服务器</source>
            <translation>SMTP server</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="420" />
            <source>使用 SSL（端口 465）；不勾选则使用 STARTTLS</source>
            <translation>Use SSL (port 465); unchecked uses STARTTLS</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="425" />
            <source>在系统凭据管理器中记住密码</source>
            <translation>Remember the password in the system credential manager</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="437" />
            <source>密码/授权码</source>
            <translation>Password / authorisation code</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="428" />
            <source>未安装 keyring，密码不会被保存</source>
            <translation>keyring is not installed; the password will not be saved</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="434" />
            <source>端口</source>
            <translation>Port</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="446" />
            <source>请填写 SMTP 服务器、账号和密码（授权码）</source>
            <translation>Enter the SMTP server, account and password (authorisation code)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="435" />
            <source>账号（发件地址）</source>
            <translation>Account (sender address)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="412" />
            <source>通过 SMTP 发送年度报告</source>
            <translation>Send the annual report via SMTP</translation>
        </message>
    </context>
    <context>
        <name>SpinoffDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="353" />
            <source>企业名称</source>
            <translation>Company name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="358" />
            <source>创办人</source>
            <translation>Founders</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="357" />
            <source>单位持股</source>
            <translation>Unit's holding</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="351" />
            <source>单位持股比例，如 15%</source>
            <translation>Unit's holding, e.g. 15%</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="355" />
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="363" />
            <source>成立日期</source>
            <translation>Founded on</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="356" />
            <source>所用成果</source>
            <translation>Achievement used</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="344" />
            <source>登记衍生（参股）企业</source>
            <translation>Record spin-off company</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="354" />
            <source>统一社会信用代码</source>
            <translation>Unified social credit code</translation>
        </message>
    </context>
    <context>
        <name>TargetDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="62" />
            <source>输入名称或编号筛选</source>
            <translation>Type a name or number to filter</translation>
        </message>
    </context>
    <context>
        <name>TechContractDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="148" />
            <source>交易对方</source>
            <translation>Counterparty</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="157" />
            <source>使用台账成果</source>
            <translation>Ledger achievement used</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="156" />
            <source>到校经费（元）</source>
            <translation>Funding received (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="143" />
            <source>到校经费（元），可空</source>
            <translation>Funding received (yuan), optional</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="146" />
            <source>合同名称</source>
            <translation>Contract name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="145" />
            <source>合同类别</source>
            <translation>Contract type</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="147" />
            <source>合同编号</source>
            <translation>Contract number</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="133" />
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="149" />
            <source>合同金额（元）</source>
            <translation>Contract amount (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="152" />
            <source>履行期自</source>
            <translation>Term from</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="153" />
            <source>履行期至</source>
            <translation>Term to</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="179" />
            <source>开始日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="150" />
            <source>技术交易额（元）</source>
            <translation>Technology-transaction amount (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="135" />
            <source>技术交易额（元），可空</source>
            <translation>Technology-transaction amount (yuan), optional</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="126" />
            <source>新建…</source>
            <translation>New…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="116" />
            <source>登记技术开发、咨询、服务合同</source>
            <translation>Register a development, consulting or service contract</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="151" />
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="179" />
            <source>签订日期</source>
            <translation>Signing date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="180" />
            <source>结束日期</source>
            <translation>End date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="154" />
            <source>负责部门</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="155" />
            <source>项目人员</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="141" />
            <source>项目负责人及成员</source>
            <translation>Project leader and members</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="162" />
            <source>（请选择交易对方）</source>
            <translation>(choose a counterparty)</translation>
        </message>
    </context>
    <context>
        <name>TechContractsPanel</name>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="282" />
            <source>
不是合同、未导入 {0} 行：
{1}</source>
            <translation>
{0} rows are not contracts and were not imported:
{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="278" />
            <source>
已在册、未重复导入：{0}</source>
            <translation>
Already on record, not imported again: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="280" />
            <source>
待核对 {0} 行：
{1}</source>
            <translation>
{0} rows to review:
{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="195" />
            <source>交易对方</source>
            <translation>Counterparty</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="293" />
            <source>保存技术合同登记表信息</source>
            <translation>Save the technology-contract registration form data</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="249" />
            <source>到账日期</source>
            <translation>Receipt date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="251" />
            <source>到账金额（元）</source>
            <translation>Amount received (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="195" />
            <source>合同名称</source>
            <translation>Contract</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="195" />
            <source>合同金额（元）</source>
            <translation>Amount (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="273" />
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="283" />
            <source>导入合同</source>
            <translation>Import contracts</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="205" />
            <source>导入横向合同工作簿…</source>
            <translation>Import contract workbook…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="195" />
            <source>已到账（元）</source>
            <translation>Received (yuan)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="276" />
            <source>已导入合同 {0} 项，新建交易对方 {1} 个。</source>
            <translation>Imported {0} contracts, {1} new counterparties.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="195" />
            <source>待核对</source>
            <translation>To review</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="300" />
            <source>技术合同登记</source>
            <translation>Contract registration</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="294" />
            <source>技术合同登记表信息_{0}.xlsx</source>
            <translation>technology-contract-registration_{0}.xlsx</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="209" />
            <source>技术开发、咨询、服务合同不改变成果的转化标签、转化次数和公示（计入国家年度报告）</source>
            <translation>Development, consulting and service contracts leave transfer tags, transfer counts and publicities alone (they count in the national annual report)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="199" />
            <source>新建交易对方…</source>
            <translation>New counterparty…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="197" />
            <source>新建合同…</source>
            <translation>New contract…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="206" />
            <source>无法识别的单元格保留原值并标记待核对；合同编号已在册的不重复导入</source>
            <translation>Unreadable cells are kept as they are and flagged for review; contracts already on record are not imported again</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="249" />
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="257" />
            <source>登记到账</source>
            <translation>Record income</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="201" />
            <source>登记到账…</source>
            <translation>Record income…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="195" />
            <source>登记编号</source>
            <translation>Registration no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="203" />
            <source>登记表信息（Excel）…</source>
            <translation>Registration form data (Excel)…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="195" />
            <source>签订日期</source>
            <translation>Signed on</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="195" />
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="195" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="195" />
            <source>负责部门</source>
            <translation>Department in charge</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="267" />
            <source>选择横向合同工作簿</source>
            <translation>Choose the contract workbook</translation>
        </message>
    </context>
    <context>
        <name>UnboundFormDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/form_dialogs.py" line="243" />
            <source>此表单不接收附件</source>
            <translation>This form takes no attachments</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_dialogs.py" line="204" />
            <source>输入台账编号或名称查找成果</source>
            <translation>Type a ledger number or name to find an achievement</translation>
        </message>
    </context>
    <context>
        <name>YearChart</name>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="45" />
            <source>披露</source>
            <translation>Disclosures</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="115" />
            <source>按年份：成果披露数与完成转化数</source>
            <translation>Per year</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="76" />
            <source>暂无数据</source>
            <translation>No data yet</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="45" />
            <source>转化</source>
            <translation>Transfers</translation>
        </message>
    </context>
    <context>
        <name>YesNoField</name>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="183" />
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="182" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
    </context>
    <context>
        <name>achievement_form</name>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_form.py" line="37" />
            <source>成果 {0} 不存在</source>
            <translation>Achievement {0} does not exist</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_form.py" line="95" />
            <source>新建成果（披露）</source>
            <translation>New achievement (disclosure)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_form.py" line="75" />
            <source>无法打开成果表单</source>
            <translation>Cannot open the achievement form</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_form.py" line="96" />
            <source>编辑成果 — {0}</source>
            <translation>Edit achievement — {0}</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../kjcg_desktop/app.py" line="208" />
            <source>找不到数据库</source>
            <translation>Database not found</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/app.py" line="179" />
            <source>数据库文件 {0} 不存在。
要在此位置新建一个空数据库吗？（如果路径写错了，请选“否”并检查 --db）</source>
            <translation>The database file {0} does not exist.
Create a new empty database there? (If the path is mistyped, choose No and check --db.)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/app.py" line="208" />
            <source>数据库文件 {0} 不存在。数据文件夹已移到该位置，请确认所在的磁盘或网络盘已连接。</source>
            <translation>The database file {0} does not exist. The data folder was moved there: please check that its drive or network share is connected.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/app.py" line="178" />
            <source>新建数据库？</source>
            <translation>Create a database?</translation>
        </message>
    </context>
    <context>
        <name>deal_dialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="97" />
            <source>{0}（单位）</source>
            <translation>{0} (unit)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="92" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>提交并开始公示</source>
            <translation>Submit and start publicity</translation>
        </message>
        <message>
            <source>登记</source>
            <translation>Register</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="84" />
            <source>确定</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="48" />
            <source>（不关联具体成果）</source>
            <translation>(no particular achievement)</translation>
        </message>
    </context>
    <context>
        <name>help</name>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="77" />
            <source>1-1 第六条、第八条</source>
            <translation>Annex 1-1 Art. 6, Art. 8</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="69" />
            <source>1-2 第七条</source>
            <translation>Annex 1-2 Art. 7</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="41" />
            <source>1-2 第五条、第六条、第七条、第八条、第九条、第十条</source>
            <translation>Annex 1-2 Art. 5, 6, 7, 8, 9, 10</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="65" />
            <source>1-2 第八条、第九条、第十条、第十一条</source>
            <translation>Annex 1-2 Art. 8, 9, 10, 11</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="64" />
            <source>与财务部门交换 Excel：阶段标记、支出的费用化或资本化处理、处置核销，以及导入现有台账。</source>
            <translation>Excel exchange with the finance department: stage tags, expensing or capitalising expenditure, write-offs of disposals, and importing existing ledgers.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="56" />
            <source>专利年费：缴费日历（费减、承担方、滞纳金与宽限届满日）、登记缴费、导出缴费清单、维持或放弃评审。</source>
            <translation>Annual patent fees: fee calendar (reduction, payer split, surcharge and grace end), record payments, export the payment list, keep-or-abandon review.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="57" />
            <source>专利法第四十二条、第四十三条、第四十四条、专利审查指南第五部分第九章、专利收费减缴办法、1-2 第十一条</source>
            <translation>Patent Law Art. 42, 43, 44; Examination Guidelines Part V Ch. 9; Measures on Patent Fee Reduction; 1-2 Art. 11</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="60" />
            <source>公示、赋权协议、审批决定、放弃通知、披露表和尽职免责证据卷宗：生成、预览、打印（嵌入中文字体）。</source>
            <translation>Publicity notices, grant agreements, decisions, abandonment notices, disclosure forms and due-diligence evidence dossiers: create, preview, print (with an embedded Chinese font).</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="52" />
            <source>公示期按民法典计算：公示当日不计入，末日为法定节假日或休息日的顺延至下一个工作日；届满前不能结束公示。</source>
            <translation>Publicity periods follow the Civil Code: the day of posting is not counted, a last day on a holiday or rest day moves to the next working day; a publicity cannot be closed before it ends.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="80" />
            <source>单位信息、试点启动日期、公示默认值、数据文件夹、文书字体、邮件收件人和界面语言。</source>
            <translation>Unit details, pilot start date, publicity defaults, data folder, document font, mail recipients and interface language.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="36" />
            <source>台账概况与待办提醒：公示届满、长期使用权到期、专利年费、年度报告与试点节点。</source>
            <translation>Ledger overview and reminders: publicity ends, use-right expiries, patent annuities, the annual report and the pilot's milestones.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="76" />
            <source>备份与恢复、完整性检查与操作日志：每次修改都写入带校验链的日志，作为尽职免责的证据。</source>
            <translation>Backup and restore, integrity check and event log: every change is written to a hash-chained log that serves as due-diligence evidence.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="68" />
            <source>导入现有 Excel 台账（任意表头、日期格式），预览、校验、一次导入、可撤销；导出台账。</source>
            <translation>Import existing Excel ledgers (any header row, any date format): preview, validate, import at once, undo; export the ledger.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="72" />
            <source>年度科技成果国有资产情况与试点执行报告：指标、Excel 与 PDF、邮件草稿。</source>
            <translation>Annual report on state-owned achievement assets and the pilot's execution: indicators, Excel and PDF, e-mail draft.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="73" />
            <source>方案三(四)、1-2 第十二条</source>
            <translation>Plan 3(4), Annex 1-2 Art. 12</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="37" />
            <source>方案三(四)、方案五、1-2 第十二条</source>
            <translation>Plan 3(4), Plan 5, Annex 1-2 Art. 12</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="53" />
            <source>方案二(一)(二)、1-1 第六条(三)(四)、1-2 第十一条、民法典第二百零一条、第二百零三条</source>
            <translation>Plan 2(1)(2), Annex 1-1 Art. 6(3)(4), Annex 1-2 Art. 11, Civil Code Art. 201, 203</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="61" />
            <source>方案二(一)(二)、1-1 第六条、1-2 第六条、第十一条</source>
            <translation>Plan 2(1)(2), Annex 1-1 Art. 6, Annex 1-2 Art. 6, 11</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="45" />
            <source>方案二(一)、方案二(二)、1-1 第七条、1-2 第十一条</source>
            <translation>Plan 2(1), Plan 2(2), Annex 1-1 Art. 7, Annex 1-2 Art. 11</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="49" />
            <source>方案二(三)、1-1 第六条(三)(四)、方案三(四)</source>
            <translation>Plan 2(3), Annex 1-1 Art. 6(3)(4), Plan 3(4)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="81" />
            <source>方案五、方案二(一)(二)</source>
            <translation>Plan 5, Plan 2(1)(2)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="40" />
            <source>职务科技成果台账：披露、审核登记，属性、阶段、转化状态标记由规则计算，阶段改判须写明理由。</source>
            <translation>Ledger of service achievements: disclosure, review and registration; attribute, stage and transfer-status tags are computed by the rules, a stage override needs a written reason.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="44" />
            <source>赋予所有权、长期使用权、延长、放弃等申请：负面清单核查、审批、公示不少于15日、签署协议。</source>
            <translation>Applications for ownership, long-term use rights, extensions and abandonment: negative-list check, approval, publicity of at least 15 days, signed agreement.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="48" />
            <source>转让、许可、作价投资：定价方式（挂牌、拍卖、协议定价并公示）、资产评估决定、收益分配。</source>
            <translation>Assignment, licence, equity investment: pricing (listing, auction, negotiated price with publicity), valuation decision, income distribution.</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>1-1 第七条</source>
            <translation>Annex 1-1 Art. 7</translation>
        </message>
        <message>
            <source>1-1 第七条(五)至(九)</source>
            <translation>Annex 1-1 Art. 7(5)–(9)</translation>
        </message>
        <message>
            <source>1-1 第六条</source>
            <translation>Annex 1-1 Art. 6</translation>
        </message>
        <message>
            <source>1-1 第六条(三)</source>
            <translation>Annex 1-1 Art. 6(3)</translation>
        </message>
        <message>
            <source>1-1 第六条(四)</source>
            <translation>Annex 1-1 Art. 6(4)</translation>
        </message>
        <message>
            <source>1-1 第六条、第八条</source>
            <translation>Annex 1-1 Art. 6, Art. 8</translation>
        </message>
        <message>
            <source>1-1 第六条（履行民主决策程序）</source>
            <translation>1-1 Art. 6 (democratic decision procedure followed)</translation>
        </message>
        <message>
            <source>1-2 第七条</source>
            <translation>Annex 1-2 Art. 7</translation>
        </message>
        <message>
            <source>1-2 第五条</source>
            <translation>Annex 1-2 Art. 5</translation>
        </message>
        <message>
            <source>1-2 第五条、第七条</source>
            <translation>Annex 1-2 Art. 5, 7</translation>
        </message>
        <message>
            <source>1-2 第八条(一)</source>
            <translation>Annex 1-2 Art. 8(1)</translation>
        </message>
        <message>
            <source>1-2 第八条(二)、第九条</source>
            <translation>Annex 1-2 Art. 8(2), 9</translation>
        </message>
        <message>
            <source>1-2 第六条、第七条</source>
            <translation>1-2 Articles 6 and 7</translation>
        </message>
        <message>
            <source>1-2 第十一条</source>
            <translation>Annex 1-2 Art. 11</translation>
        </message>
        <message>
            <source>1-2 第十条</source>
            <translation>Annex 1-2 Art. 10</translation>
        </message>
        <message>
            <source>专利审查指南 第五部分第九章</source>
            <translation>Patent Examination Guidelines Part V Ch. 9</translation>
        </message>
        <message>
            <source>专利审查指南 第五部分第九章（滞纳金）</source>
            <translation>Patent Examination Guidelines Part V Ch. 9 (late fee)</translation>
        </message>
        <message>
            <source>专利收费减缴办法（财税〔2016〕78号）</source>
            <translation>Measures for Patent Fee Reductions (Cai Shui [2016] No. 78)</translation>
        </message>
        <message>
            <source>专利法实施细则第五条（期限届满日是法定休假日的，以休假日后的第一个工作日为期限届满日）</source>
            <translation>Patent Law Implementing Rules Art. 5 (a time limit ending on a statutory holiday ends on the first working day after it)</translation>
        </message>
        <message>
            <source>专利法第四十二条</source>
            <translation>Patent Law Art. 42</translation>
        </message>
        <message>
            <source>专利法第四十二条、第四十三条</source>
            <translation>Patent Law Art. 42, 43</translation>
        </message>
        <message>
            <source>专利法第四十四条</source>
            <translation>Patent Law Art. 44</translation>
        </message>
        <message>
            <source>专有技术</source>
            <translation>Know-how</translation>
        </message>
        <message>
            <source>以转化为目的的技术评估报告</source>
            <translation>Technology assessment report for transfer</translation>
        </message>
        <message>
            <source>企事业单位资金（横向）</source>
            <translation>Enterprise/institution funds (commissioned)</translation>
        </message>
        <message>
            <source>作价投资</source>
            <translation>Equity investment</translation>
        </message>
        <message>
            <source>促进科技成果转化法第二十一条</source>
            <translation>Law on Promoting the Transformation of S&amp;T Achievements Art. 21</translation>
        </message>
        <message>
            <source>全国年节及纪念日放假办法第二条、民法典第二百零三条</source>
            <translation>Measures on National Holidays Art. 2, Civil Code Art. 203</translation>
        </message>
        <message>
            <source>全部赋权</source>
            <translation>Full grant</translation>
        </message>
        <message>
            <source>公示中</source>
            <translation>In publicity</translation>
        </message>
        <message>
            <source>公示期满</source>
            <translation>Publicity ended</translation>
        </message>
        <message>
            <source>关联交易公示</source>
            <translation>Related-party publicity</translation>
        </message>
        <message>
            <source>其他</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>其他材料</source>
            <translation>Other material</translation>
        </message>
        <message>
            <source>协议定价</source>
            <translation>Negotiated price</translation>
        </message>
        <message>
            <source>协议定价公示</source>
            <translation>Negotiated-price publicity</translation>
        </message>
        <message>
            <source>协议已签署</source>
            <translation>Agreement signed</translation>
        </message>
        <message>
            <source>单位决策机构批准立项之日或研发计划书审核通过之日</source>
            <translation>the day the unit's decision body approved the project or the R&amp;D plan was approved</translation>
        </message>
        <message>
            <source>单位自有资金（自筹）</source>
            <translation>Unit's own funds</translation>
        </message>
        <message>
            <source>发明专利</source>
            <translation>Invention patent</translation>
        </message>
        <message>
            <source>合同签订之日</source>
            <translation>the day the contract was signed</translation>
        </message>
        <message>
            <source>国家知识产权局专利收费标准</source>
            <translation>CNIPA patent fee schedule</translation>
        </message>
        <message>
            <source>国科发政〔2018〕103号</source>
            <translation>Guo Ke Fa Zheng [2018] No. 103</translation>
        </message>
        <message>
            <source>外观设计专利</source>
            <translation>Design patent</translation>
        </message>
        <message>
            <source>失效</source>
            <translation>Lapsed</translation>
        </message>
        <message>
            <source>实用新型专利</source>
            <translation>Utility model patent</translation>
        </message>
        <message>
            <source>审中</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>审批通过</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>审核登记</source>
            <translation>Registration</translation>
        </message>
        <message>
            <source>已处置</source>
            <translation>Disposed</translation>
        </message>
        <message>
            <source>已审批</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>已归档</source>
            <translation>Archived</translation>
        </message>
        <message>
            <source>已披露</source>
            <translation>Disclosed</translation>
        </message>
        <message>
            <source>已提交</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>已撤回</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>已撤销</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <source>已放弃</source>
            <translation>Abandoned</translation>
        </message>
        <message>
            <source>已生效</source>
            <translation>Effective</translation>
        </message>
        <message>
            <source>已生效的长期使用权</source>
            <translation>effective long-term use rights</translation>
        </message>
        <message>
            <source>已登记</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>已登记的成果</source>
            <translation>registered achievements</translation>
        </message>
        <message>
            <source>已签订转化合同</source>
            <translation>Transfer contract signed</translation>
        </message>
        <message>
            <source>已结束</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>已转化</source>
            <translation>Transferred</translation>
        </message>
        <message>
            <source>已驳回</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>延长使用权</source>
            <translation>Use-right extension</translation>
        </message>
        <message>
            <source>开发阶段</source>
            <translation>Development stage</translation>
        </message>
        <message>
            <source>开始公示</source>
            <translation>Publicity started</translation>
        </message>
        <message>
            <source>归集待定</source>
            <translation>Accumulated (pending)</translation>
        </message>
        <message>
            <source>待审核登记的成果</source>
            <translation>achievements awaiting registration review</translation>
        </message>
        <message>
            <source>律师费</source>
            <translation>Lawyer fee</translation>
        </message>
        <message>
            <source>意向转化</source>
            <translation>Transfer intended</translation>
        </message>
        <message>
            <source>成果总数</source>
            <translation>Achievements</translation>
        </message>
        <message>
            <source>成果披露</source>
            <translation>Disclosure</translation>
        </message>
        <message>
            <source>成果放弃</source>
            <translation>Abandonment</translation>
        </message>
        <message>
            <source>技术交易场所证明材料</source>
            <translation>Technology exchange certificate</translation>
        </message>
        <message>
            <source>技术合同认定登记管理办法</source>
            <translation>Measures for the Recognition and Registration of Technology Contracts</translation>
        </message>
        <message>
            <source>拍卖</source>
            <translation>Auction</translation>
        </message>
        <message>
            <source>挂牌交易</source>
            <translation>Listing</translation>
        </message>
        <message>
            <source>授权成果</source>
            <translation>Granted</translation>
        </message>
        <message>
            <source>排他许可</source>
            <translation>Sole licence</translation>
        </message>
        <message>
            <source>提交</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>撤回</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>放弃</source>
            <translation>Abandoned</translation>
        </message>
        <message>
            <source>放弃公示</source>
            <translation>Abandonment publicity</translation>
        </message>
        <message>
            <source>方案三(四)、1-2 第十二条</source>
            <translation>Plan 3(4), Annex 1-2 Art. 12</translation>
        </message>
        <message>
            <source>方案二(一)</source>
            <translation>Plan 2(1)</translation>
        </message>
        <message>
            <source>方案二(一)、方案二(二)</source>
            <translation>Plan 2(1), Plan 2(2)</translation>
        </message>
        <message>
            <source>方案二(一)、方案二(二)（签署书面协议）</source>
            <translation>Plan II(1), II(2) (written agreement signed)</translation>
        </message>
        <message>
            <source>方案二(三)</source>
            <translation>Plan 2(3)</translation>
        </message>
        <message>
            <source>方案二(二)</source>
            <translation>Plan 2(2)</translation>
        </message>
        <message>
            <source>方案五(一)、方案三(二)</source>
            <translation>Plan 5(1), Plan 3(2)</translation>
        </message>
        <message>
            <source>无法区分</source>
            <translation>Indistinguishable</translation>
        </message>
        <message>
            <source>明确的受让单位</source>
            <translation>Named transferee</translation>
        </message>
        <message>
            <source>普通许可</source>
            <translation>Non-exclusive licence</translation>
        </message>
        <message>
            <source>有效（已授权）</source>
            <translation>Valid (granted)</translation>
        </message>
        <message>
            <source>未授权成果</source>
            <translation>Not granted</translation>
        </message>
        <message>
            <source>未申请</source>
            <translation>Not filed</translation>
        </message>
        <message>
            <source>未转化</source>
            <translation>Not transferred</translation>
        </message>
        <message>
            <source>植物新品种</source>
            <translation>Plant variety</translation>
        </message>
        <message>
            <source>民法典第二百零一条、第二百零三条</source>
            <translation>Civil Code Art. 201, 203</translation>
        </message>
        <message>
            <source>民法典第二百零一条至第二百零四条</source>
            <translation>Civil Code Art. 201–204</translation>
        </message>
        <message>
            <source>注册费</source>
            <translation>Registration fee</translation>
        </message>
        <message>
            <source>独占许可</source>
            <translation>Exclusive licence</translation>
        </message>
        <message>
            <source>现金奖励公示</source>
            <translation>Cash-reward publicity</translation>
        </message>
        <message>
            <source>生效</source>
            <translation>Effective</translation>
        </message>
        <message>
            <source>知识产权证书</source>
            <translation>IP certificate</translation>
        </message>
        <message>
            <source>研发支出</source>
            <translation>R&amp;D spending</translation>
        </message>
        <message>
            <source>研究阶段</source>
            <translation>Research stage</translation>
        </message>
        <message>
            <source>立项之日</source>
            <translation>the day the project was approved</translation>
        </message>
        <message>
            <source>签署协议</source>
            <translation>Agreement signed</translation>
        </message>
        <message>
            <source>维持费</source>
            <translation>Maintenance fee</translation>
        </message>
        <message>
            <source>草稿</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>许可</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>财政资金（纵向）</source>
            <translation>Government funds</translation>
        </message>
        <message>
            <source>财税〔2016〕101号</source>
            <translation>Cai Shui [2016] No. 101</translation>
        </message>
        <message>
            <source>财税〔2018〕58号</source>
            <translation>Cai Shui [2018] No. 58</translation>
        </message>
        <message>
            <source>费用化</source>
            <translation>Expensed</translation>
        </message>
        <message>
            <source>资本化</source>
            <translation>Capitalised</translation>
        </message>
        <message>
            <source>赋予所有权</source>
            <translation>Ownership grant</translation>
        </message>
        <message>
            <source>赋予长期使用权</source>
            <translation>Long-term use right</translation>
        </message>
        <message>
            <source>赋权公示</source>
            <translation>Grant publicity</translation>
        </message>
        <message>
            <source>转化交易</source>
            <translation>Deals</translation>
        </message>
        <message>
            <source>转化意向合同</source>
            <translation>Letter of intent</translation>
        </message>
        <message>
            <source>转让</source>
            <translation>Assignment</translation>
        </message>
        <message>
            <source>转让单位留存份额</source>
            <translation>Transfer of the unit's remaining share</translation>
        </message>
        <message>
            <source>软件著作权</source>
            <translation>Software copyright</translation>
        </message>
        <message>
            <source>部分赋权（共有）</source>
            <translation>Partial grant (co-owned)</translation>
        </message>
        <message>
            <source>集成电路布图设计</source>
            <translation>IC layout design</translation>
        </message>
        <message>
            <source>驳回</source>
            <translation>Rejected</translation>
        </message>
    </context>
    <context>
        <name>language</name>
        <message>
            <location filename="../../kjcg_desktop/ui/i18n.py" line="24" />
            <source>简体中文</source>
            <translation>简体中文</translation>
        </message>
    </context>
    <context>
        <name>startup</name>
        <message>
            <source>
……（共 {0} 项，详见日志）</source>
            <translation>
… ({0} items in total; see the log)</translation>
        </message>
        <message>
            <source>{0}

数据库已以只读方式打开：可以查看和导出，但不能修改。</source>
            <translation>{0}

The database has been opened read-only: you can view and export, but not change anything.</translation>
        </message>
        <message>
            <source>今天的自动备份未能完成：{0}
数据库已正常打开，请尽快检查备份文件夹所在磁盘。</source>
            <translation>Today's automatic backup failed: {0}
The database was opened normally; please check the disk holding the backup folder soon.</translation>
        </message>
        <message>
            <source>从备份恢复失败：{0}</source>
            <translation>Restoring from the backup failed: {0}</translation>
        </message>
        <message>
            <source>以只读方式打开</source>
            <translation>Opened read-only</translation>
        </message>
        <message>
            <source>已从备份恢复</source>
            <translation>Restored from backup</translation>
        </message>
        <message>
            <source>已用 {0} 的备份恢复数据库。
损坏的文件已保留为：{1}</source>
            <translation>The database was restored from the backup of {0}.
The damaged file was kept as: {1}</translation>
        </message>
        <message>
            <source>恢复失败</source>
            <translation>Restore failed</translation>
        </message>
        <message>
            <source>数据库位于网络驱动器</source>
            <translation>Database on a network drive</translation>
        </message>
        <message>
            <source>数据库已损坏</source>
            <translation>Database damaged</translation>
        </message>
        <message>
            <source>数据库文件 {0} 检查未通过：
{1}</source>
            <translation>The database file {0} failed the check:
{1}</translation>
        </message>
        <message>
            <source>数据库文件 {0} 检查未通过：
{1}

为避免进一步损坏，程序不会打开这个文件。
是否用最新的完好备份恢复？
  备份时间：{2}
  类型：{3}
  大小：{4}
损坏的文件会先另存到备份文件夹的 damaged 子文件夹中。备份之后的修改需要重新录入。</source>
            <translation>The database file {0} failed the check:
{1}

To avoid further damage the program will not open this file.
Restore the latest intact backup?
  Backup time: {2}
  Type: {3}
  Size: {4}
The damaged file is first saved to the damaged subfolder of the backup folder. Changes made after the backup must be entered again.</translation>
        </message>
        <message>
            <source>数据库文件 {0} 检查未通过：
{1}

另一个实例正在使用它，请在那里关闭程序后再打开，以便从备份恢复。</source>
            <translation>The database file {0} failed the check:
{1}

Another instance is using it; close the program there and open it again so it can be restored from a backup.</translation>
        </message>
        <message>
            <source>数据库文件 {0} 检查未通过：
{1}

没有找到可用的完好备份。为避免进一步损坏，程序不会打开这个文件。请联系技术支持，并保留该文件。</source>
            <translation>The database file {0} failed the check:
{1}

No intact backup was found. To avoid further damage the program will not open this file. Please contact technical support and keep the file.</translation>
        </message>
        <message>
            <source>数据库检查未通过</source>
            <translation>Database check failed</translation>
        </message>
        <message>
            <source>数据库正在使用中</source>
            <translation>Database in use</translation>
        </message>
        <message>
            <source>无法在数据文件夹中创建锁文件：{0}</source>
            <translation>Cannot create the lock file in the data folder: {0}</translation>
        </message>
        <message>
            <source>无法打开数据库</source>
            <translation>Cannot open the database</translation>
        </message>
        <message>
            <source>是否以只读方式打开？只读时可以查看和导出，但不能修改任何数据。</source>
            <translation>Open read-only? Read-only lets you view and export, but not change any data.</translation>
        </message>
        <message>
            <source>正在检查数据库（{0}）…</source>
            <translation>Checking the database ({0})…</translation>
        </message>
        <message>
            <source>正在进行今日自动备份（{0}）…</source>
            <translation>Making today's automatic backup ({0})…</translation>
        </message>
        <message>
            <source>自动备份失败</source>
            <translation>Automatic backup failed</translation>
        </message>
    </context>
    <context>
        <name>tasks</name>
        <message>
            <location filename="../../kjcg_desktop/ui/tasks.py" line="151" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/tasks.py" line="98" />
            <source>操作未完成（内部错误：{0}），详情已写入日志。</source>
            <translation>Not completed (internal error: {0}); the details are in the log.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/tasks.py" line="92" />
            <source>数据库以只读方式打开，不能修改数据。</source>
            <translation>The database is open read-only; data cannot be changed.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/tasks.py" line="94" />
            <source>数据库正被另一个程序写入，操作未完成、数据未改动。请稍后重试。</source>
            <translation>Another program is writing to the database; nothing was changed. Please try again later.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/tasks.py" line="96" />
            <source>无法读写文件：{0} {1}</source>
            <translation>Cannot read or write the file: {0} {1}</translation>
        </message>
    </context>
</TS>
