<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
    <context>
        <name>AbandonmentDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="59" />
            <source>提交并开始公示</source>
            <translation>提交并开始公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="71" />
            <source>文件不存在</source>
            <translation>文件不存在</translation>
        </message>
    </context>
    <context>
        <name>AbandonmentPanel</name>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="157" />
            <source>{0} 项成果公示期满，已自动放弃；{1} 项已生成无形资产核销记录。</source>
            <translation>{0} 项成果公示期满，已自动放弃；{1} 项已生成无形资产核销记录。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="35" />
            <source>公示中</source>
            <translation>公示中</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="108" />
            <source>公示开始</source>
            <translation>公示开始</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="108" />
            <source>公示期满</source>
            <translation>公示期满</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="120" />
            <source>公示期满的成果自动标记为已放弃（1-2 第十一条）；软件启动时和运行期间每天自动检查</source>
            <translation>公示期满的成果自动标记为已放弃（1-2 第十一条）；软件启动时和运行期间每天自动检查</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="108" />
            <source>公示状态</source>
            <translation>公示状态</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="108" />
            <source>台账编号</source>
            <translation>台账编号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="35" />
            <source>已撤销（有异议）</source>
            <translation>已撤销（有异议）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="35" />
            <source>已期满</source>
            <translation>已期满</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="138" />
            <source>已转财务</source>
            <translation>已转财务</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="108" />
            <source>异议</source>
            <translation>异议</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="138" />
            <source>待核销</source>
            <translation>待核销</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="108" />
            <source>成果</source>
            <translation>成果</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="108" />
            <source>成果状态</source>
            <translation>成果状态</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="123" />
            <source>放弃公示期满即为自动放弃（1-2 第十一条）</source>
            <translation>放弃公示期满即为自动放弃（1-2 第十一条）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="160" />
            <source>放弃检查</source>
            <translation>放弃检查</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="108" />
            <source>核销</source>
            <translation>核销</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="119" />
            <source>检查到期</source>
            <translation>检查到期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="108" />
            <source>申请人</source>
            <translation>申请人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/abandonment_panel.py" line="117" />
            <source>申请放弃…</source>
            <translation>申请放弃…</translation>
        </message>
    </context>
    <context>
        <name>About</name>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="210" />
            <source>所用软件及其许可</source>
            <translation>所用软件及其许可</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="203" />
            <source>数据库</source>
            <translation>数据库</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="204" />
            <source>数据文件夹</source>
            <translation>数据文件夹</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="206" />
            <source>文书字体</source>
            <translation>文书字体</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="205" />
            <source>日志文件夹</source>
            <translation>日志文件夹</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="211" />
            <source>本软件不随附字体文件；文书使用用户电脑上已安装的中文字体或在设置中选择的字体文件，其许可由字体提供方规定。</source>
            <translation>本软件不随附字体文件；文书使用用户电脑上已安装的中文字体或在设置中选择的字体文件，其许可由字体提供方规定。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="202" />
            <source>版本</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="209" />
            <source>科技成果转化管理桌面版</source>
            <translation>科技成果转化管理桌面版</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="206" />
            <source>自动（系统中文字体，不随软件分发）</source>
            <translation>自动（系统中文字体，不随软件分发）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="207" />
            <source>运行环境</source>
            <translation>运行环境</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="224" />
            <source>关于 KJCG Desktop</source>
            <translation>关于 KJCG Desktop</translation>
        </message>
    </context>
    <context>
        <name>AchievementDetail</name>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="57" />
            <source>1-2 第五条、第七条</source>
            <translation>1-2 第五条、第七条</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="449" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="296" />
            <source>YYYY-MM-DD，留空则按经费来源确定</source>
            <translation>YYYY-MM-DD，留空则按经费来源确定</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="74" />
            <source>{0} 元</source>
            <translation>{0} 元</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="273" />
            <source>{0} 至 {1}</source>
            <translation>{0} 至 {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="111" />
            <source>{0}…（共 {1} 字）</source>
            <translation>{0}…（共 {1} 字）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="287" />
            <source>{0}（{1}以{2}为研发起点，此为示例规则，可另行确定；依据：{3}）</source>
            <translation>{0}（{1}以{2}为研发起点，此为示例规则，可另行确定；依据：{3}）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="233" />
            <source>{0}（{1}，应缴 {2} 元；依据：{3}）</source>
            <translation>{0}（{1}，应缴 {2} 元；依据：{3}）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="284" />
            <source>{0}（{1}，理由：{2}；依据：{3}）</source>
            <translation>{0}（{1}，理由：{2}；依据：{3}）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="220" />
            <source>{0}（依法律状态“{1}”自动判定；依据：{2}）</source>
            <translation>{0}（依法律状态“{1}”自动判定；依据：{2}）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="144" />
            <source>{0}：{1}</source>
            <translation>{0}：{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="246" />
            <source>✓ 指定代表</source>
            <translation>✓ 指定代表</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="184" />
            <source>　原文：“{0}”</source>
            <translation>　原文：“{0}”</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="574" />
            <source>上次确认：{0} {1}</source>
            <translation>上次确认：{0} {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="227" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="240" />
            <source>下次年费缴纳期限</source>
            <translation>下次年费缴纳期限</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="239" />
            <source>不再缴纳年费（已放弃、处置或保护期已届满）</source>
            <translation>不再缴纳年费（已放弃、处置或保护期已届满）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="317" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="587" />
            <source>不能保存</source>
            <translation>不能保存</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="551" />
            <source>不能修改阶段标记</source>
            <translation>不能修改阶段标记</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="18" />
            <source>专利号</source>
            <translation>专利号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="434" />
            <source>个工作日</source>
            <translation>个工作日</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="375" />
            <source>书面理由（必填）：例如项目经费混合使用，研究与开发支出无法可靠区分</source>
            <translation>书面理由（必填）：例如项目经费混合使用，研究与开发支出无法可靠区分</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="497" />
            <source>事件日志只能追加，逐条哈希链接；在软件外修改会被“检查”发现。长文本只显示开头和字数，双击一行查看完整经过</source>
            <translation>事件日志只能追加，逐条哈希链接；在软件外修改会被“检查”发现。长文本只显示开头和字数，双击一行查看完整经过</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="36" />
            <source>事项</source>
            <translation>事项</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="55" />
            <source>交易</source>
            <translation>交易</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="49" />
            <source>交易完成</source>
            <translation>交易完成</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="426" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="26" />
            <source>交易对方</source>
            <translation>交易对方</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="29" />
            <source>交易对方为国有独资企业</source>
            <translation>交易对方为国有独资企业</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="29" />
            <source>交易对方地区</source>
            <translation>交易对方地区</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="364" />
            <source>人工修改阶段标记（须书面理由，记入事件日志；依据：1-2 第九条）</source>
            <translation>人工修改阶段标记（须书面理由，记入事件日志；依据：1-2 第九条）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="23" />
            <source>人工标记理由</source>
            <translation>人工标记理由</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="33" />
            <source>份额</source>
            <translation>份额</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="256" />
            <source>份额合计 {0}%（依据：方案二(一)，团队内部书面约定收益分配比例）</source>
            <translation>份额合计 {0}%（依据：方案二(一)，团队内部书面约定收益分配比例）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="50" />
            <source>作出决定</source>
            <translation>作出决定</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="39" />
            <source>作废文号</source>
            <translation>作废文号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="402" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="413" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="494" />
            <source>依据</source>
            <translation>依据</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="333" />
            <source>依证据判定：{0}。{1}（依据：{2}）</source>
            <translation>依证据判定：{0}。{1}（依据：{2}）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="575" />
            <source>保存条件确认</source>
            <translation>保存条件确认</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="45" />
            <source>修改</source>
            <translation>修改</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="46" />
            <source>修改完成人</source>
            <translation>修改完成人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="377" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="45" />
            <source>修改阶段标记</source>
            <translation>修改阶段标记</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="65" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="55" />
            <source>公示</source>
            <translation>公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="48" />
            <source>公示期满</source>
            <translation>公示期满</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="31" />
            <source>关联交易</source>
            <translation>关联交易</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="19" />
            <source>关键词</source>
            <translation>关键词</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="33" />
            <source>内容</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="37" />
            <source>决定人</source>
            <translation>决定人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="36" />
            <source>决定机构</source>
            <translation>决定机构</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="270" />
            <source>决策机构批准日期</source>
            <translation>决策机构批准日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="402" />
            <source>凭证号</source>
            <translation>凭证号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="28" />
            <source>分配金额（分）</source>
            <translation>分配金额（分）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="46" />
            <source>删除</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="146" />
            <source>删除{0}（原为 {1}）</source>
            <translation>删除{0}（原为 {1}）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="31" />
            <source>单位份额（%）</source>
            <translation>单位份额（%）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="66" />
            <source>历史</source>
            <translation>历史</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="506" />
            <source>历史记录 {0}</source>
            <translation>历史记录 {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="40" />
            <source>原决定日期</source>
            <translation>原决定日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="412" />
            <source>原处理方式</source>
            <translation>原处理方式</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="401" />
            <source>发生时阶段</source>
            <translation>发生时阶段</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="299" />
            <source>另行确定研发起点</source>
            <translation>另行确定研发起点</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="17" />
            <source>台账编号</source>
            <translation>台账编号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="270" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="26" />
            <source>合同签订日期</source>
            <translation>合同签订日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="26" />
            <source>合同编号</source>
            <translation>合同编号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="426" />
            <source>合同金额（元）</source>
            <translation>合同金额（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="438" />
            <source>名义届满日</source>
            <translation>名义届满日</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="65" />
            <source>否</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="32" />
            <source>地域范围</source>
            <translation>地域范围</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="64" />
            <source>基本信息</source>
            <translation>基本信息</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="401" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="25" />
            <source>处理方式</source>
            <translation>处理方式</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="33" />
            <source>处理结果</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="32" />
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="449" />
            <source>大小</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="249" />
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="24" />
            <source>完成人</source>
            <translation>完成人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="64" />
            <source>完成人及份额</source>
            <translation>完成人及份额</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="427" />
            <source>完成日期</source>
            <translation>完成日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="427" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="30" />
            <source>定价方式</source>
            <translation>定价方式</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="47" />
            <source>审批通过</source>
            <translation>审批通过</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="21" />
            <source>密级</source>
            <translation>密级</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="493" />
            <source>对象</source>
            <translation>对象</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="475" />
            <source>导入批次 {0}</source>
            <translation>导入批次 {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="53" />
            <source>导入新增</source>
            <translation>导入新增</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="52" />
            <source>导入更新</source>
            <translation>导入更新</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="195" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="22" />
            <source>导入的其他列</source>
            <translation>导入的其他列</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="148" />
            <source>将{0}由 {1} 改为 {2}</source>
            <translation>将{0}由 {1} 改为 {2}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="27" />
            <source>届满日</source>
            <translation>届满日</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="439" />
            <source>届满日（顺延后）</source>
            <translation>届满日（顺延后）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="22" />
            <source>属性</source>
            <translation>属性</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="224" />
            <source>属性标记</source>
            <translation>属性标记</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="426" />
            <source>已到账（元）</source>
            <translation>已到账（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="56" />
            <source>已完成</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="186" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="520" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="531" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="535" />
            <source>已核对</source>
            <translation>已核对</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="56" />
            <source>已签约</source>
            <translation>已签约</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="56" />
            <source>已终止</source>
            <translation>已终止</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="20" />
            <source>市场前景</source>
            <translation>市场前景</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="559" />
            <source>开发阶段条件（须同时满足；证据仅作辅助判断；依据：1-2 第八条(二)）</source>
            <translation>开发阶段条件（须同时满足；证据仅作辅助判断；依据：1-2 第八条(二)）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="47" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="49" />
            <source>开始公示</source>
            <translation>开始公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="438" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="27" />
            <source>开始日期</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="439" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="48" />
            <source>异议</source>
            <translation>异议</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="49" />
            <source>异议处理</source>
            <translation>异议处理</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="33" />
            <source>异议成立</source>
            <translation>异议成立</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="46" />
            <source>归档</source>
            <translation>归档</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="343" />
            <source>当前阶段标记：{0}（人工修改，理由：{1}）</source>
            <translation>当前阶段标记：{0}（人工修改，理由：{1}）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="346" />
            <source>当前阶段标记：{0}（自动判定）</source>
            <translation>当前阶段标记：{0}（自动判定）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="34" />
            <source>形成无形资产</source>
            <translation>形成无形资产</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="178" />
            <source>待核对（导入时无法确定，原文已保留）</source>
            <translation>待核对（导入时无法确定，原文已保留）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="370" />
            <source>恢复按证据自动判定</source>
            <translation>恢复按证据自动判定</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="37" />
            <source>意见</source>
            <translation>意见</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="55" />
            <source>成果</source>
            <translation>成果</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="17" />
            <source>成果名称</source>
            <translation>成果名称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="19" />
            <source>成果简介</source>
            <translation>成果简介</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="29" />
            <source>成果编号</source>
            <translation>成果编号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="249" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="19" />
            <source>所属部门</source>
            <translation>所属部门</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="454" />
            <source>打开</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="31" />
            <source>技术合同登记号</source>
            <translation>技术合同登记号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="302" />
            <source>技术转移机构确定的起点</source>
            <translation>技术转移机构确定的起点</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="20" />
            <source>披露日期</source>
            <translation>披露日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="249" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="34" />
            <source>指定代表</source>
            <translation>指定代表</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="27" />
            <source>按工作日计算</source>
            <translation>按工作日计算</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="410" />
            <source>授权后重新分类的支出（1-2 第十条：依法取得时发生的注册费、律师费等确认为无形资产）</source>
            <translation>授权后重新分类的支出（1-2 第十条：依法取得时发生的注册费、律师费等确认为无形资产）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="223" />
            <source>授权成果指已依法取得专利权、软件著作权、植物新品种权、集成电路布图设计专有权等；其余为未授权成果（1-2 第五条）</source>
            <translation>授权成果指已依法取得专利权、软件著作权、植物新品种权、集成电路布图设计专有权等；其余为未授权成果（1-2 第五条）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="18" />
            <source>授权日</source>
            <translation>授权日</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="47" />
            <source>提交</source>
            <translation>提交</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="33" />
            <source>提出人</source>
            <translation>提出人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="40" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="47" />
            <source>撤回</source>
            <translation>撤回</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="39" />
            <source>撤销公示</source>
            <translation>撤销公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="50" />
            <source>撤销决定</source>
            <translation>撤销决定</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="52" />
            <source>撤销导入</source>
            <translation>撤销导入</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="493" />
            <source>操作</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="493" />
            <source>操作人</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="65" />
            <source>支出与资产</source>
            <translation>支出与资产</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="412" />
            <source>支出日期</source>
            <translation>支出日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="401" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="412" />
            <source>支出类型</source>
            <translation>支出类型</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="49" />
            <source>收款</source>
            <translation>收款</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="249" />
            <source>收益分配比例</source>
            <translation>收益分配比例</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="611" />
            <source>文件 {0} 无法添加：{1}</source>
            <translation>文件 {0} 无法添加：{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="449" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="25" />
            <source>文件名</source>
            <translation>文件名</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="45" />
            <source>新建</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="426" />
            <source>方式</source>
            <translation>方式</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="21" />
            <source>无形资产</source>
            <translation>无形资产</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="630" />
            <source>无法打开附件</source>
            <translation>无法打开附件</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="611" />
            <source>无法添加附件</source>
            <translation>无法添加附件</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="434" />
            <source>日</source>
            <translation>日</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="329" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="401" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="25" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="32" />
            <source>日期</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="312" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="595" />
            <source>日期有误</source>
            <translation>日期有误</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="493" />
            <source>时间</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="65" />
            <source>是</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="440" />
            <source>期间自公示次日起算，届满日为法定休假日的顺延至其后第一个工作日（民法典第二百零一条、第二百零三条）</source>
            <translation>期间自公示次日起算，届满日为法定休假日的顺延至其后第一个工作日（民法典第二百零一条、第二百零三条）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="438" />
            <source>期限</source>
            <translation>期限</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="32" />
            <source>期限（年）</source>
            <translation>期限（年）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="27" />
            <source>期限（日）</source>
            <translation>期限（日）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="266" />
            <source>未关联科研项目；研发起点无法确定（1-2 第八条(一)）</source>
            <translation>未关联科研项目；研发起点无法确定（1-2 第八条(一)）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="237" />
            <source>本期年费已缴清（依据：{0}）</source>
            <translation>本期年费已缴清（依据：{0}）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="18" />
            <source>权利人</source>
            <translation>权利人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="45" />
            <source>标记更新</source>
            <translation>标记更新</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="438" />
            <source>标题</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="187" />
            <source>核对并改正后点此清除该项；处理记入历史记录</source>
            <translation>核对并改正后点此清除该项；处理记入历史记录</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="51" />
            <source>核对待核对标记</source>
            <translation>核对待核对标记</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="534" />
            <source>核对结果（如：已按受理通知书改正申请号）</source>
            <translation>核对结果（如：已按受理通知书改正申请号）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="64" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="17" />
            <source>法律状态</source>
            <translation>法律状态</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="21" />
            <source>涉密</source>
            <translation>涉密</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="449" />
            <source>添加时间</source>
            <translation>添加时间</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="350" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="358" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="45" />
            <source>添加证据</source>
            <translation>添加证据</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="46" />
            <source>添加附件</source>
            <translation>添加附件</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="456" />
            <source>添加附件…</source>
            <translation>添加附件…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="427" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="439" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="21" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="26" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="412" />
            <source>现处理方式</source>
            <translation>现处理方式</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="303" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="381" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="402" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="23" />
            <source>理由</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="298" />
            <source>理由（必填，记入历史）</source>
            <translation>理由（必填，记入历史）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="48" />
            <source>生效</source>
            <translation>生效</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="55" />
            <source>申请</source>
            <translation>申请</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="17" />
            <source>申请号</source>
            <translation>申请号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="18" />
            <source>申请日</source>
            <translation>申请日</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="227" />
            <source>申请日只有年或年月，无法计算（请补全申请日）</source>
            <translation>申请日只有年或年月，无法计算（请补全申请日）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="18" />
            <source>登记号</source>
            <translation>登记号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="46" />
            <source>登记支出</source>
            <translation>登记支出</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="20" />
            <source>登记日期</source>
            <translation>登记日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="294" />
            <source>研发活动起点</source>
            <translation>研发活动起点</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="19" />
            <source>研发状况</source>
            <translation>研发状况</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="271" />
            <source>研发计划书审核通过日期</source>
            <translation>研发计划书审核通过日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="312" />
            <source>研发起点应为 YYYY-MM-DD 格式，例如 2025-03-18</source>
            <translation>研发起点应为 YYYY-MM-DD 格式，例如 2025-03-18</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="572" />
            <source>确认人</source>
            <translation>确认人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="571" />
            <source>确认人（部门、姓名）</source>
            <translation>确认人（部门、姓名）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="269" />
            <source>立项日期</source>
            <translation>立项日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="48" />
            <source>签署协议</source>
            <translation>签署协议</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="427" />
            <source>签订日期</source>
            <translation>签订日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="449" />
            <source>类别</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="438" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="17" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="24" />
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="277" />
            <source>经费来源</source>
            <translation>经费来源</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="493" />
            <source>经过</source>
            <translation>经过</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="49" />
            <source>结束公示</source>
            <translation>结束公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="426" />
            <source>编号</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="28" />
            <source>股权比例</source>
            <translation>股权比例</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="56" />
            <source>草稿</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="27" />
            <source>被投资企业</source>
            <translation>被投资企业</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="476" />
            <source>记录</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="471" />
            <source>记录变更</source>
            <translation>记录变更</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="32" />
            <source>许可类型</source>
            <translation>许可类型</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="329" />
            <source>证据类型</source>
            <translation>证据类型</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="357" />
            <source>证据说明（如评估报告编号、合同编号）</source>
            <translation>证据说明（如评估报告编号、合同编号）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="30" />
            <source>评估决定理由</source>
            <translation>评估决定理由</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="145" />
            <source>该成果已不存在（可能已被删除）</source>
            <translation>该成果已不存在（可能已被删除）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="329" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="402" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="25" />
            <source>说明</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="403" />
            <source>费用化合计 {0} 元；资本化（确认为无形资产）合计 {1} 元；归集待定 {2} 元（依据：{3}）</source>
            <translation>费用化合计 {0} 元；资本化（确认为无形资产）合计 {1} 元；归集待定 {2} 元（依据：{3}）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="172" />
            <source>资产价值（元）</source>
            <translation>资产价值（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="22" />
            <source>资产价值（分）</source>
            <translation>资产价值（分）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="30" />
            <source>资产评估决定</source>
            <translation>资产评估决定</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="269" />
            <source>资助方</source>
            <translation>资助方</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="271" />
            <source>起止日期</source>
            <translation>起止日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="65" />
            <source>转化交易</source>
            <translation>转化交易</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="24" />
            <source>转化状态</source>
            <translation>转化状态</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="428" />
            <source>转化状态：{0}，转化频次 {1}（依据：1-2 第七条）</source>
            <translation>转化状态：{0}，转化频次 {1}（依据：1-2 第七条）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="24" />
            <source>转化频次</source>
            <translation>转化频次</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="28" />
            <source>转让后单位不再持有</source>
            <translation>转让后单位不再持有</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="603" />
            <source>选择附件</source>
            <translation>选择附件</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="413" />
            <source>重新分类日期</source>
            <translation>重新分类日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="401" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="412" />
            <source>金额（元）</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="25" />
            <source>金额（分）</source>
            <translation>金额（分）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="380" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="22" />
            <source>阶段</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="65" />
            <source>阶段与证据</source>
            <translation>阶段与证据</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="23" />
            <source>阶段人工标记</source>
            <translation>阶段人工标记</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="328" />
            <source>阶段判定证据</source>
            <translation>阶段判定证据</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="66" />
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="329" />
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="38" />
            <source>附件</source>
            <translation>附件</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="630" />
            <source>附件“{0}”无法打开：{1}</source>
            <translation>附件“{0}”无法打开：{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="463" />
            <source>附件按 SHA-256 保存在数据库旁的 attachments 文件夹中，内容相同的文件只存一份</source>
            <translation>附件按 SHA-256 保存在数据库旁的 attachments 文件夹中，内容相同的文件只存一份</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="627" />
            <source>附件文件名不安全</source>
            <translation>附件文件名不安全</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="20" />
            <source>项目</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="64" />
            <source>项目与研发起点</source>
            <translation>项目与研发起点</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="269" />
            <source>项目名称</source>
            <translation>项目名称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="279" />
            <source>项目经费（元）</source>
            <translation>项目经费（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="269" />
            <source>项目编号</source>
            <translation>项目编号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/detail_text.py" line="47" />
            <source>驳回</source>
            <translation>驳回</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="148" />
            <source>（未登记）</source>
            <translation>（未登记）</translation>
        </message>
    </context>
    <context>
        <name>AchievementDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="649" />
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="652" />
            <source>删除草稿/归档</source>
            <translation>删除草稿/归档</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="644" />
            <source>成果详情</source>
            <translation>成果详情</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="653" />
            <source>未登记的披露草稿可以删除；其他成果只能归档（1-2 第七条）</source>
            <translation>未登记的披露草稿可以删除；其他成果只能归档（1-2 第七条）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_detail.py" line="650" />
            <source>编辑…</source>
            <translation>编辑…</translation>
        </message>
    </context>
    <context>
        <name>AchievementEditDialog</name>
        <message>
            <source>专利号</source>
            <translation>专利号</translation>
        </message>
        <message>
            <source>事项</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>交易对方</source>
            <translation>交易对方</translation>
        </message>
        <message>
            <source>交易对方为国有独资企业</source>
            <translation>交易对方为国有独资企业</translation>
        </message>
        <message>
            <source>交易对方地区</source>
            <translation>交易对方地区</translation>
        </message>
        <message>
            <source>人工标记理由</source>
            <translation>人工标记理由</translation>
        </message>
        <message>
            <source>份额</source>
            <translation>份额</translation>
        </message>
        <message>
            <source>作废文号</source>
            <translation>作废文号</translation>
        </message>
        <message>
            <source>关联交易</source>
            <translation>关联交易</translation>
        </message>
        <message>
            <source>关键词</source>
            <translation>关键词</translation>
        </message>
        <message>
            <source>内容</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>决定人</source>
            <translation>决定人</translation>
        </message>
        <message>
            <source>决定机构</source>
            <translation>决定机构</translation>
        </message>
        <message>
            <source>分配金额（分）</source>
            <translation>分配金额（分）</translation>
        </message>
        <message>
            <source>单位份额（%）</source>
            <translation>单位份额（%）</translation>
        </message>
        <message>
            <source>原决定日期</source>
            <translation>原决定日期</translation>
        </message>
        <message>
            <source>台账编号</source>
            <translation>台账编号</translation>
        </message>
        <message>
            <source>合同签订日期</source>
            <translation>合同签订日期</translation>
        </message>
        <message>
            <source>合同编号</source>
            <translation>合同编号</translation>
        </message>
        <message>
            <source>地域范围</source>
            <translation>地域范围</translation>
        </message>
        <message>
            <source>处理方式</source>
            <translation>处理方式</translation>
        </message>
        <message>
            <source>处理结果</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>完成人</source>
            <translation>完成人</translation>
        </message>
        <message>
            <source>定价方式</source>
            <translation>定价方式</translation>
        </message>
        <message>
            <source>密级</source>
            <translation>密级</translation>
        </message>
        <message>
            <source>导入的其他列</source>
            <translation>导入的其他列</translation>
        </message>
        <message>
            <source>届满日</source>
            <translation>届满日</translation>
        </message>
        <message>
            <source>属性</source>
            <translation>属性</translation>
        </message>
        <message>
            <source>市场前景</source>
            <translation>市场前景</translation>
        </message>
        <message>
            <source>开始日期</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>异议成立</source>
            <translation>异议成立</translation>
        </message>
        <message>
            <source>形成无形资产</source>
            <translation>形成无形资产</translation>
        </message>
        <message>
            <source>意见</source>
            <translation>意见</translation>
        </message>
        <message>
            <source>成果名称</source>
            <translation>成果名称</translation>
        </message>
        <message>
            <source>成果简介</source>
            <translation>成果简介</translation>
        </message>
        <message>
            <source>成果编号</source>
            <translation>成果编号</translation>
        </message>
        <message>
            <source>所属部门</source>
            <translation>所属部门</translation>
        </message>
        <message>
            <source>技术合同登记号</source>
            <translation>技术合同登记号</translation>
        </message>
        <message>
            <source>披露日期</source>
            <translation>披露日期</translation>
        </message>
        <message>
            <source>指定代表</source>
            <translation>指定代表</translation>
        </message>
        <message>
            <source>按工作日计算</source>
            <translation>按工作日计算</translation>
        </message>
        <message>
            <source>授权日</source>
            <translation>授权日</translation>
        </message>
        <message>
            <source>提出人</source>
            <translation>提出人</translation>
        </message>
        <message>
            <source>撤回</source>
            <translation>撤回</translation>
        </message>
        <message>
            <source>撤销公示</source>
            <translation>撤销公示</translation>
        </message>
        <message>
            <source>文件名</source>
            <translation>文件名</translation>
        </message>
        <message>
            <source>无形资产</source>
            <translation>无形资产</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>期限（年）</source>
            <translation>期限（年）</translation>
        </message>
        <message>
            <source>期限（日）</source>
            <translation>期限（日）</translation>
        </message>
        <message>
            <source>权利人</source>
            <translation>权利人</translation>
        </message>
        <message>
            <source>法律状态</source>
            <translation>法律状态</translation>
        </message>
        <message>
            <source>涉密</source>
            <translation>涉密</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>理由</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>申请号</source>
            <translation>申请号</translation>
        </message>
        <message>
            <source>申请日</source>
            <translation>申请日</translation>
        </message>
        <message>
            <source>登记号</source>
            <translation>登记号</translation>
        </message>
        <message>
            <source>登记日期</source>
            <translation>登记日期</translation>
        </message>
        <message>
            <source>研发状况</source>
            <translation>研发状况</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>股权比例</source>
            <translation>股权比例</translation>
        </message>
        <message>
            <source>被投资企业</source>
            <translation>被投资企业</translation>
        </message>
        <message>
            <source>许可类型</source>
            <translation>许可类型</translation>
        </message>
        <message>
            <source>评估决定理由</source>
            <translation>评估决定理由</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>资产价值（分）</source>
            <translation>资产价值（分）</translation>
        </message>
        <message>
            <source>资产评估决定</source>
            <translation>资产评估决定</translation>
        </message>
        <message>
            <source>转化状态</source>
            <translation>转化状态</translation>
        </message>
        <message>
            <source>转化频次</source>
            <translation>转化频次</translation>
        </message>
        <message>
            <source>转让后单位不再持有</source>
            <translation>转让后单位不再持有</translation>
        </message>
        <message>
            <source>金额（分）</source>
            <translation>金额（分）</translation>
        </message>
        <message>
            <source>阶段</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>阶段人工标记</source>
            <translation>阶段人工标记</translation>
        </message>
        <message>
            <source>附件</source>
            <translation>附件</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>项目</translation>
        </message>
    </context>
    <context>
        <name>AgenciesPanel</name>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="229" />
            <source>{0} 至 {1}</source>
            <translation>{0} 至 {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="213" />
            <source>服务内容</source>
            <translation>服务内容</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="213" />
            <source>服务换股权</source>
            <translation>服务换股权</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="214" />
            <source>服务期限</source>
            <translation>服务期限</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="213" />
            <source>服务机构</source>
            <translation>服务机构</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="213" />
            <source>服务费用（元）</source>
            <translation>服务费用（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="215" />
            <source>登记服务协议…</source>
            <translation>登记服务协议…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="218" />
            <source>第三方专业技术转移机构：收取服务费用或服务换股权（方案二(四)、1-2 第十三条）</source>
            <translation>第三方专业技术转移机构：收取服务费用或服务换股权（方案二(四)、1-2 第十三条）</translation>
        </message>
        <message>
            <source>第三方技术转移机构服务协议 (方案二(四), 1-2 第十三条).</source>
            <translation>第三方技术转移机构服务协议 (方案二(四), 1-2 第十三条).</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="214" />
            <source>签订日期</source>
            <translation>签订日期</translation>
        </message>
    </context>
    <context>
        <name>AgencyDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="127" />
            <source>与第三方专业技术转移机构合作，通过收取服务费用、服务换股权等方式开展服务（方案二(四)、1-2 第十三条）。</source>
            <translation>与第三方专业技术转移机构合作，通过收取服务费用、服务换股权等方式开展服务（方案二(四)、1-2 第十三条）。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="135" />
            <source>关联成果</source>
            <translation>关联成果</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="118" />
            <source>成果披露、价值评估、路径设计、知识产权保护、投融资、托管运营…</source>
            <translation>成果披露、价值评估、路径设计、知识产权保护、投融资、托管运营…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="132" />
            <source>服务内容</source>
            <translation>服务内容</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="134" />
            <source>服务换股权</source>
            <translation>服务换股权</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="122" />
            <source>服务换股权，如 5%，可空</source>
            <translation>服务换股权，如 5%，可空</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="137" />
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="147" />
            <source>服务期自</source>
            <translation>服务期自</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="138" />
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="148" />
            <source>服务期至</source>
            <translation>服务期至</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="131" />
            <source>服务机构</source>
            <translation>服务机构</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="119" />
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="143" />
            <source>服务费用</source>
            <translation>服务费用</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="133" />
            <source>服务费用（元）</source>
            <translation>服务费用（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="120" />
            <source>服务费用（元），可空</source>
            <translation>服务费用（元），可空</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="114" />
            <source>登记第三方技术转移机构服务协议</source>
            <translation>登记第三方技术转移机构服务协议</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="136" />
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="147" />
            <source>签订日期</source>
            <translation>签订日期</translation>
        </message>
    </context>
    <context>
        <name>AmountInput</name>
        <message>
            <location filename="../../kjcg_desktop/ui/date_input.py" line="245" />
            <source>元</source>
            <translation>元</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/date_input.py" line="307" />
            <source>即 {0} 元</source>
            <translation>即 {0} 元</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/date_input.py" line="253" />
            <source>可直接输入：{0}</source>
            <translation>可直接输入：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/date_input.py" line="292" />
            <source>请填写「{0}」</source>
            <translation>请填写「{0}」</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/date_input.py" line="244" />
            <source>金额</source>
            <translation>金额</translation>
        </message>
    </context>
    <context>
        <name>ApplicationsPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="392" />
            <source>{0}
请在向导中补充后提交。</source>
            <translation>{0}
请在向导中补充后提交。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="294" />
            <source>{0} {1}（到期 {2}）</source>
            <translation>{0} {1}（到期 {2}）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="418" />
            <source>{0}：{1}完成</source>
            <translation>{0}：{1}完成</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="398" />
            <source>{0}：已提交</source>
            <translation>{0}：已提交</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="305" />
            <source>{0}：选择{1}</source>
            <translation>{0}：选择{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="195" />
            <source>以下表单定义有误，已停用：
</source>
            <translation>以下表单定义有误，已停用：
</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="282" />
            <source>以撤销记录更正误操作的决定，须填写理由（1-1 第八条）</source>
            <translation>以撤销记录更正误操作的决定，须填写理由（1-1 第八条）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="167" />
            <source>全部状态</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="163" />
            <source>全部类型</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="465" />
            <source>公示期（天）</source>
            <translation>公示期（天）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="465" />
            <source>公示期（工作日）</source>
            <translation>公示期（工作日）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="458" />
            <source>名义届满日 {0}，届满日 {1}</source>
            <translation>名义届满日 {0}，届满日 {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="301" />
            <source>对象</source>
            <translation>对象</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="319" />
            <source>已有未完成的草稿，继续填写（{0}）</source>
            <translation>已有未完成的草稿，继续填写（{0}）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="156" />
            <source>批次管理</source>
            <translation>批次管理</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="50" />
            <source>批次（截止）</source>
            <translation>批次（截止）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="171" />
            <source>搜索编号、标题、批次</source>
            <translation>搜索编号、标题、批次</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="188" />
            <source>撤销决定…</source>
            <translation>撤销决定…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="142" />
            <source>新建申请</source>
            <translation>新建申请</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="416" />
            <source>无法执行</source>
            <translation>无法执行</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="392" />
            <source>无法提交</source>
            <translation>无法提交</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="325" />
            <source>无法新建</source>
            <translation>无法新建</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="51" />
            <source>更新时间</source>
            <translation>更新时间</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="294" />
            <source>未定</source>
            <translation>未定</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="298" />
            <source>未登记</source>
            <translation>未登记</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="154" />
            <source>查看/修改</source>
            <translation>查看/修改</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="50" />
            <source>标题</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="303" />
            <source>没有{0}。</source>
            <translation>没有{0}。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="50" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="50" />
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="152" />
            <source>继续填写草稿</source>
            <translation>继续填写草稿</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="50" />
            <source>编号</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="273" />
            <source>请先选择一条申请</source>
            <translation>请先选择一条申请</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="453" />
            <source>请填写公示开始日期（如 2023-03-01）</source>
            <translation>请填写公示开始日期（如 2023-03-01）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="410" />
            <source>请填写理由：</source>
            <translation>请填写理由：</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="460" />
            <source>（遇休息日或法定节假日顺延，民法典第二百零三条）</source>
            <translation>（遇休息日或法定节假日顺延，民法典第二百零三条）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="429" />
            <source>；审批决定可在“文书”页出具（文书类型：审批决定（申请））</source>
            <translation>；审批决定可在“文书”页出具（文书类型：审批决定（申请））</translation>
        </message>
    </context>
    <context>
        <name>AttachmentField</name>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="329" />
            <source>所有文件 (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="334" />
            <source>无法添加附件</source>
            <translation>无法添加附件</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="316" />
            <source>添加文件…</source>
            <translation>添加文件…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="318" />
            <source>移除</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="329" />
            <source>选择{0}</source>
            <translation>选择{0}</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="201" />
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="196" />
            <source>备份与恢复</source>
            <translation>备份与恢复</translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="145" />
            <source>
请在那个程序中恢复，或先关闭它。</source>
            <translation>
请在那个程序中恢复，或先关闭它。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="128" />
            <source>KJCG 数据库 (*.sqlite3 *.db);;所有文件 (*)</source>
            <translation>KJCG 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="124" />
            <source>{0} 的{1}</source>
            <translation>{0} 的{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="188" />
            <source>……另有 {0} 处</source>
            <translation>……另有 {0} 处</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="144" />
            <source>不能恢复</source>
            <translation>不能恢复</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="77" />
            <source>从其他文件恢复…</source>
            <translation>从其他文件恢复…</translation>
        </message>
        <message>
            <source>其他备份</source>
            <translation>其他备份</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="56" />
            <source>办公室服务器上的数据库由服务器备份（管理员用 pg_dump，见使用说明“办公室共享”）。“立即备份”在本机另写一份 pg_dump 副本（需要 PostgreSQL 客户端工具）。
备份文件夹：{0}</source>
            <translation>办公室服务器上的数据库由服务器备份（管理员用 pg_dump，见使用说明“办公室共享”）。“立即备份”在本机另写一份 pg_dump 副本（需要 PostgreSQL 客户端工具）。
备份文件夹：{0}</translation>
        </message>
        <message>
            <source>升级前备份</source>
            <translation>升级前备份</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="115" />
            <source>备份失败</source>
            <translation>备份失败</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="115" />
            <source>备份失败：{0}</source>
            <translation>备份失败：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="66" />
            <source>备份时间</source>
            <translation>备份时间</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="66" />
            <source>大小</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="117" />
            <source>已备份并校验：{0}</source>
            <translation>已备份并校验：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="162" />
            <source>已恢复。恢复前的数据库已另存为：
{0}</source>
            <translation>已恢复。恢复前的数据库已另存为：
{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="161" />
            <source>已恢复。恢复前的数据库已另存为：{0}</source>
            <translation>已恢复。恢复前的数据库已另存为：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="149" />
            <source>恢复</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>恢复前备份</source>
            <translation>恢复前备份</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="154" />
            <source>恢复失败</source>
            <translation>恢复失败</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="154" />
            <source>恢复失败，当前数据库未改动：{0}</source>
            <translation>恢复失败，当前数据库未改动：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="162" />
            <source>恢复完成</source>
            <translation>恢复完成</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="74" />
            <source>恢复所选备份…</source>
            <translation>恢复所选备份…</translation>
        </message>
        <message>
            <source>手动备份</source>
            <translation>手动备份</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="66" />
            <source>文件</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="189" />
            <source>检查发现 {0} 处问题：
{1}</source>
            <translation>检查发现 {0} 处问题：
{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="176" />
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="180" />
            <source>检查数据库</source>
            <translation>检查数据库</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="79" />
            <source>检查数据库…</source>
            <translation>检查数据库…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="81" />
            <source>检查数据库文件、外键、事件记录链、附件和标记是否与规则一致（只读，不修改数据）</source>
            <translation>检查数据库文件、外键、事件记录链、附件和标记是否与规则一致（只读，不修改数据）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="183" />
            <source>检查通过：未发现问题。</source>
            <translation>检查通过：未发现问题。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="111" />
            <source>正在备份并校验…</source>
            <translation>正在备份并校验…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="150" />
            <source>正在校验并恢复…</source>
            <translation>正在校验并恢复…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="173" />
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="176" />
            <source>正在检查数据库…</source>
            <translation>正在检查数据库…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="61" />
            <source>每天第一次启动时自动备份，保留最近 {0} 天、{1} 周、{2} 个月各一份；升级数据库前和恢复前也会自动备份。每个备份写入后都会校验。
备份文件夹：{3}</source>
            <translation>每天第一次启动时自动备份，保留最近 {0} 天、{1} 周、{2} 个月各一份；升级数据库前和恢复前也会自动备份。每个备份写入后都会校验。
备份文件夹：{3}</translation>
        </message>
        <message>
            <source>每日自动备份</source>
            <translation>每日自动备份</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="75" />
            <source>用所选备份替换当前数据库；当前数据库会先另存为“恢复前备份”</source>
            <translation>用所选备份替换当前数据库；当前数据库会先另存为“恢复前备份”</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="137" />
            <source>确定用 {0} 替换当前数据库吗？

当前数据库会先另存为“恢复前备份”，需要时可以再恢复回来。备份之后所做的修改将不在恢复后的数据库中。</source>
            <translation>确定用 {0} 替换当前数据库吗？

当前数据库会先另存为“恢复前备份”，需要时可以再恢复回来。备份之后所做的修改将不在恢复后的数据库中。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="136" />
            <source>确认恢复</source>
            <translation>确认恢复</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="72" />
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="110" />
            <source>立即备份</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="66" />
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/backup_page.py" line="127" />
            <source>选择要恢复的数据库文件</source>
            <translation>选择要恢复的数据库文件</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="101" />
            <source>名称</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="103" />
            <source>截止</source>
            <translation>截止</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="94" />
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="119" />
            <source>截止日期</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="94" />
            <source>批次</source>
            <translation>批次</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="99" />
            <source>新增批次</source>
            <translation>新增批次</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="121" />
            <source>无法新增批次</source>
            <translation>无法新增批次</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="94" />
            <source>申请数</source>
            <translation>申请数</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="92" />
            <source>赋权批次</source>
            <translation>赋权批次</translation>
        </message>
    </context>
    <context>
        <name>ChoiceField</name>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="164" />
            <source>— 尚无受理中的批次，请先在“赋权申请 › 批次管理”中新增 —</source>
            <translation>— 尚无受理中的批次，请先在“赋权申请 › 批次管理”中新增 —</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="162" />
            <source>— 请选择 —</source>
            <translation>— 请选择 —</translation>
        </message>
    </context>
    <context>
        <name>ConfirmationsDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="56" />
            <source>入账日期</source>
            <translation>入账日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="56" />
            <source>入账金额</source>
            <translation>入账金额</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="56" />
            <source>凭证号</source>
            <translation>凭证号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="76" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="57" />
            <source>变化</source>
            <translation>变化</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="57" />
            <source>工作表</source>
            <translation>工作表</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="73" />
            <source>应用 {0} 处变化</source>
            <translation>应用 {0} 处变化</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="57" />
            <source>提示</source>
            <translation>提示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="80" />
            <source>无变化 {0} 条</source>
            <translation>无变化 {0} 条</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="57" />
            <source>编号</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="57" />
            <source>行</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="55" />
            <source>财务回执：差异</source>
            <translation>财务回执：差异</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="82" />
            <source>错误（不会应用）</source>
            <translation>错误（不会应用）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="66" />
            <source>（空）</source>
            <translation>（空）</translation>
        </message>
    </context>
    <context>
        <name>CounterpartyDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="58" />
            <source>18位，第3–8位即登记机关行政区划代码</source>
            <translation>18位，第3–8位即登记机关行政区划代码</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="60" />
            <source>6位行政区划代码（GB/T 2260），填了信用代码可空</source>
            <translation>6位行政区划代码（GB/T 2260），填了信用代码可空</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="79" />
            <source>主体性质</source>
            <translation>主体性质</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="80" />
            <source>企业规模</source>
            <translation>企业规模</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="74" />
            <source>名称</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="78" />
            <source>国别代码</source>
            <translation>国别代码</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="70" />
            <source>国有全资</source>
            <translation>国有全资</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="83" />
            <source>地址</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="63" />
            <source>境外单位填3位国别代码，境内留空</source>
            <translation>境外单位填3位国别代码，境内留空</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="96" />
            <source>所在省份：{0}</source>
            <translation>所在省份：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="53" />
            <source>登记交易对方</source>
            <translation>登记交易对方</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="75" />
            <source>统一社会信用代码</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="81" />
            <source>行业（GB/T 4754）</source>
            <translation>行业（GB/T 4754）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="76" />
            <source>行政区划代码</source>
            <translation>行政区划代码</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="64" />
            <source>（主体性质）</source>
            <translation>（主体性质）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="69" />
            <source>（行业门类）</source>
            <translation>（行业门类）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="66" />
            <source>（非企业或未知）</source>
            <translation>（非企业或未知）</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/dialogs.py" line="68" />
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dialogs.py" line="60" />
            <source>发生意外错误</source>
            <translation>发生意外错误</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dialogs.py" line="69" />
            <source>复制报告</source>
            <translation>复制报告</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dialogs.py" line="62" />
            <source>程序遇到意外错误，已写入日志。您的数据已保存在最近一次操作完成时的状态。
请复制下面的报告发送给技术支持。</source>
            <translation>程序遇到意外错误，已写入日志。您的数据已保存在最近一次操作完成时的状态。
请复制下面的报告发送给技术支持。</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="319" />
            <source>{0} {1} 项</source>
            <translation>{0} {1} 项</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="333" />
            <source>{0} 天</source>
            <translation>{0} 天</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="303" />
            <source>{0} 项</source>
            <translation>{0} 项</translation>
        </message>
        <message>
            <source>专利号 {number}，申请日 {filing}，每年于申请日对应日前缴纳</source>
            <translation>专利号 {number}，申请日 {filing}，每年于申请日对应日前缴纳</translation>
        </message>
        <message>
            <source>专利年费</source>
            <translation>专利年费</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="152" />
            <source>事项</source>
            <translation>事项</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="333" />
            <source>今天</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="152" />
            <source>依据</source>
            <translation>依据</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="335" />
            <source>依据：{0}</source>
            <translation>依据：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="201" />
            <source>公示</source>
            <translation>公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="263" />
            <source>公示中</source>
            <translation>公示中</translation>
        </message>
        <message>
            <source>公示届满</source>
            <translation>公示届满</translation>
        </message>
        <message>
            <source>公示届满：{title}</source>
            <translation>公示届满：{title}</translation>
        </message>
        <message>
            <source>公示自 {start} 起，公示期至 {end} 24:00 届满（名义届满 {nominal_end}）；{next} 起可结束公示</source>
            <translation>公示自 {start} 起，公示期至 {end} 24:00 届满（名义届满 {nominal_end}）；{next} 起可结束公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="321" />
            <source>共 {0} 项：{1}。双击打开对应记录。</source>
            <translation>共 {0} 项：{1}。双击打开对应记录。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="152" />
            <source>内容</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="152" />
            <source>到期日</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="152" />
            <source>剩余</source>
            <translation>剩余</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="201" />
            <source>原届满日</source>
            <translation>原届满日</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="144" />
            <source>台账概况</source>
            <translation>台账概况</translation>
        </message>
        <message>
            <source>向财政、国资部门报送上一年度情况（报送日期可在设置中修改）</source>
            <translation>向财政、国资部门报送上一年度情况（报送日期可在设置中修改）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="367" />
            <source>导出失败</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="357" />
            <source>导出提醒</source>
            <translation>导出提醒</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="165" />
            <source>导出提醒到日历（.ics）…</source>
            <translation>导出提醒到日历（.ics）…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="264" />
            <source>属性（1-2 第五条）</source>
            <translation>属性（1-2 第五条）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="203" />
            <source>已知悉，不再列出</source>
            <translation>已知悉，不再列出</translation>
        </message>
        <message>
            <source>年度报告</source>
            <translation>年度报告</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="169" />
            <source>待办提醒（公示 7 日内届满、长期使用权 180 日内到期、专利年费 90 日内及滞纳期、年度报告、试点节点）</source>
            <translation>待办提醒（公示 7 日内届满、长期使用权 180 日内到期、专利年费 90 日内及滞纳期、年度报告、试点节点）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="263" />
            <source>总计</source>
            <translation>总计</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="263" />
            <source>成果总数</source>
            <translation>成果总数</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="167" />
            <source>打开所选记录</source>
            <translation>打开所选记录</translation>
        </message>
        <message>
            <source>技术合同待认定登记</source>
            <translation>技术合同待认定登记</translation>
        </message>
        <message>
            <source>技术合同待认定登记：{number} {name}</source>
            <translation>技术合同待认定登记：{number} {name}</translation>
        </message>
        <message>
            <source>报送 {year} 年度科技成果国有资产情况及试点执行报告</source>
            <translation>报送 {year} 年度科技成果国有资产情况及试点执行报告</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="147" />
            <source>披露与转化（近十年）</source>
            <translation>披露与转化（近十年）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="367" />
            <source>无法写入 {0}：{1}</source>
            <translation>无法写入 {0}：{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="358" />
            <source>日历文件 (*.ics)</source>
            <translation>日历文件 (*.ics)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="320" />
            <source>暂无需要处理的事项</source>
            <translation>暂无需要处理的事项</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="268" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="201" />
            <source>现届满日</source>
            <translation>现届满日</translation>
        </message>
        <message>
            <source>申请 {number}，期限 {start} 至 {end}；如需延长请提出延长申请</source>
            <translation>申请 {number}，期限 {start} 至 {end}；如需延长请提出延长申请</translation>
        </message>
        <message>
            <source>申请 {number}，本期 {start} 至 {term_end}，使用权至 {end}；请办理续期</source>
            <translation>申请 {number}，本期 {start} 至 {term_end}，使用权至 {end}；请办理续期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="357" />
            <source>科技成果转化提醒-{0}.ics</source>
            <translation>科技成果转化提醒-{0}.ics</translation>
        </message>
        <message>
            <source>缴纳专利年费：{name}</source>
            <translation>缴纳专利年费：{name}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="191" />
            <source>节假日安排与公示届满日</source>
            <translation>节假日安排与公示届满日</translation>
        </message>
        <message>
            <source>试点一年：管理制度</source>
            <translation>试点一年：管理制度</translation>
        </message>
        <message>
            <source>试点三年期满</source>
            <translation>试点三年期满</translation>
        </message>
        <message>
            <source>试点满一年：单位科技成果转化管理制度应已建立</source>
            <translation>试点满一年：单位科技成果转化管理制度应已建立</translation>
        </message>
        <message>
            <source>试点自 {start} 起为期三年；期间签订的赋权协议继续有效</source>
            <translation>试点自 {start} 起为期三年；期间签订的赋权协议继续有效</translation>
        </message>
        <message>
            <source>试点自 {start} 起，一年内建立完善管理制度</source>
            <translation>试点自 {start} 起，一年内建立完善管理制度</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="201" />
            <source>说明</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="266" />
            <source>转化状态（1-2 第七条）</source>
            <translation>转化状态（1-2 第七条）</translation>
        </message>
        <message>
            <source>长期使用权到期</source>
            <translation>长期使用权到期</translation>
        </message>
        <message>
            <source>长期使用权到期：{title}</source>
            <translation>长期使用权到期：{title}</translation>
        </message>
        <message>
            <source>长期使用权本期协议届满：{title}</source>
            <translation>长期使用权本期协议届满：{title}</translation>
        </message>
        <message>
            <source>长期使用权本期届满</source>
            <translation>长期使用权本期届满</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="265" />
            <source>阶段（1-2 第八条、第九条）</source>
            <translation>阶段（1-2 第八条、第九条）</translation>
        </message>
        <message>
            <source>首笔到账 {received}；登记后现金奖励可减按50%计入工资薪金所得（财税〔2018〕58号）</source>
            <translation>首笔到账 {received}；登记后现金奖励可减按50%计入工资薪金所得（财税〔2018〕58号）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="319" />
            <source>；</source>
            <translation>；</translation>
        </message>
    </context>
    <context>
        <name>DateInput</name>
        <message>
            <location filename="../../kjcg_desktop/ui/date_input.py" line="108" />
            <source>「{0}」：{1}</source>
            <translation>「{0}」：{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/date_input.py" line="68" />
            <source>从日历中选择</source>
            <translation>从日历中选择</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/date_input.py" line="64" />
            <source>可直接输入：{0}</source>
            <translation>可直接输入：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/date_input.py" line="67" />
            <source>日历</source>
            <translation>日历</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/date_input.py" line="110" />
            <source>请填写「{0}」（如 2023-03-01）</source>
            <translation>请填写「{0}」（如 2023-03-01）</translation>
        </message>
    </context>
    <context>
        <name>DealDialog</name>
        <message>
            <source>1-1 第七条(七)</source>
            <translation>1-1 第七条(七)</translation>
        </message>
        <message>
            <source>1-1 第七条(九)</source>
            <translation>1-1 第七条(九)</translation>
        </message>
        <message>
            <source>1-1 第七条(五)</source>
            <translation>1-1 第七条(五)</translation>
        </message>
        <message>
            <source>1-1 第七条(八)</source>
            <translation>1-1 第七条(八)</translation>
        </message>
        <message>
            <source>1-1 第七条(六)</source>
            <translation>1-1 第七条(六)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="134" />
            <source>上一步</source>
            <translation>上一步</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="135" />
            <source>下一步</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>从事科技成果转化的科研人员违反科学道德、科技伦理和职业道德规范，未严格执行科学技术保密要求，未经试点单位允许利用职务科技成果从事创办企业等行为。</source>
            <translation>从事科技成果转化的科研人员违反科学道德、科技伦理和职业道德规范，未严格执行科学技术保密要求，未经试点单位允许利用职务科技成果从事创办企业等行为。</translation>
        </message>
        <message>
            <source>从事科技成果转化的科研人员，将职务科技成果及其技术资料和数据占为己有，侵犯试点单位的合法权益；或者以唆使窃取、利诱胁迫等手段侵占他人的科技成果，侵犯他人合法权益。</source>
            <translation>从事科技成果转化的科研人员，将职务科技成果及其技术资料和数据占为己有，侵犯试点单位的合法权益；或者以唆使窃取、利诱胁迫等手段侵占他人的科技成果，侵犯他人合法权益。</translation>
        </message>
        <message>
            <source>参与科技成果转化的领导人员、管理人员违反科学道德、科技伦理和职业道德规范，或者利用职务之便，干扰或阻碍科技成果转化工作，或者擅自披露、使用或者转让科技成果的关键技术。</source>
            <translation>参与科技成果转化的领导人员、管理人员违反科学道德、科技伦理和职业道德规范，或者利用职务之便，干扰或阻碍科技成果转化工作，或者擅自披露、使用或者转让科技成果的关键技术。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="138" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>成果转化参与人员玩忽职守、以权谋私。以任何名目和理由向科技成果转化实施者索要或者收受可能影响成果评价与转化行为的礼品、礼金（含有价券）和礼物或提供有偿服务；或者利用职权或者职务上的影响，为配偶、子女及其配偶等亲属和其他特定关系人员在科技成果转化行为中提供便利和优惠条件；或在医疗卫生机构后续成果转化产品进入本单位销售或使用过程中，存在滥用职权、违规审批、违规采购等行为。</source>
            <translation>成果转化参与人员玩忽职守、以权谋私。以任何名目和理由向科技成果转化实施者索要或者收受可能影响成果评价与转化行为的礼品、礼金（含有价券）和礼物或提供有偿服务；或者利用职权或者职务上的影响，为配偶、子女及其配偶等亲属和其他特定关系人员在科技成果转化行为中提供便利和优惠条件；或在医疗卫生机构后续成果转化产品进入本单位销售或使用过程中，存在滥用职权、违规审批、违规采购等行为。</translation>
        </message>
        <message>
            <source>承担科技成果转化业务的领导人员、管理人员，违反任职回避和履职回避等相关规定。</source>
            <translation>承担科技成果转化业务的领导人员、管理人员，违反任职回避和履职回避等相关规定。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="136" />
            <source>登记交易</source>
            <translation>登记交易</translation>
        </message>
        <message>
            <source>第七条(七)</source>
            <translation>第七条(七)</translation>
        </message>
        <message>
            <source>第七条(九)</source>
            <translation>第七条(九)</translation>
        </message>
        <message>
            <source>第七条(五)</source>
            <translation>第七条(五)</translation>
        </message>
        <message>
            <source>第七条(八)</source>
            <translation>第七条(八)</translation>
        </message>
        <message>
            <source>第七条(六)</source>
            <translation>第七条(六)</translation>
        </message>
    </context>
    <context>
        <name>DealsModel</name>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="71" />
            <source>交易对方</source>
            <translation>交易对方</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="71" />
            <source>合同日期</source>
            <translation>合同日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="71" />
            <source>合同金额（元）</source>
            <translation>合同金额（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="71" />
            <source>审批</source>
            <translation>审批</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="71" />
            <source>已到账（元）</source>
            <translation>已到账（元）</translation>
        </message>
        <message>
            <source>已完成</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>已签约</source>
            <translation>已签约</translation>
        </message>
        <message>
            <source>已终止</source>
            <translation>已终止</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="71" />
            <source>成果</source>
            <translation>成果</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="71" />
            <source>方式</source>
            <translation>方式</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="71" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>登记</source>
            <translation>登记</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="71" />
            <source>编号</source>
            <translation>编号</translation>
        </message>
    </context>
    <context>
        <name>DealsPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="425" />
            <source>{0} 元</source>
            <translation>{0} 元</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="419" />
            <source>{0} 签订</source>
            <translation>{0} 签订</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="306" />
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="402" />
            <source>{0}年</source>
            <translation>{0}年</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="480" />
            <source>{0}（依据：{1}）</source>
            <translation>{0}（依据：{1}）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="408" />
            <source>{0}，股份：{1}</source>
            <translation>{0}，股份：{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="580" />
            <source>不能办理</source>
            <translation>不能办理</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="547" />
            <source>不能生成登记表信息</source>
            <translation>不能生成登记表信息</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="568" />
            <source>不能记录登记编号</source>
            <translation>不能记录登记编号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="146" />
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="411" />
            <source>交易对方</source>
            <translation>交易对方</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="213" />
            <source>交易详情</source>
            <translation>交易详情</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="275" />
            <source>付款方</source>
            <translation>付款方</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="230" />
            <source>以撤销记录更正误操作的决定，须填写理由（1-1 第八条）</source>
            <translation>以撤销记录更正误操作的决定，须填写理由（1-1 第八条）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="408" />
            <source>作价投资</source>
            <translation>作价投资</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="291" />
            <source>依据</source>
            <translation>依据</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="540" />
            <source>保存技术合同登记表信息</source>
            <translation>保存技术合同登记表信息</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="304" />
            <source>全部年度</source>
            <translation>全部年度</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="141" />
            <source>全部方式</source>
            <translation>全部方式</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="423" />
            <source>关联交易</source>
            <translation>关联交易</translation>
        </message>
        <message>
            <source>关联交易公示（签约前）</source>
            <translation>关联交易公示（签约前）</translation>
        </message>
        <message>
            <source>关联交易审查</source>
            <translation>关联交易审查</translation>
        </message>
        <message>
            <source>其他</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="200" />
            <source>兼职、离岗创业与衍生企业</source>
            <translation>兼职、离岗创业与衍生企业</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="275" />
            <source>凭证号</source>
            <translation>凭证号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="278" />
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="451" />
            <source>分配表</source>
            <translation>分配表</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="461" />
            <source>分配表：{0} 到账 {1} 元</source>
            <translation>分配表：{0} 到账 {1} 元</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="201" />
            <source>创业企业合规整改</source>
            <translation>创业企业合规整改</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="288" />
            <source>到账与分配</source>
            <translation>到账与分配</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="275" />
            <source>到账日期</source>
            <translation>到账日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="172" />
            <source>到账金额（元）</source>
            <translation>到账金额（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="412" />
            <source>单位决定不评估</source>
            <translation>单位决定不评估</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="412" />
            <source>单位决定评估</source>
            <translation>单位决定评估</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="424" />
            <source>单位留存比例</source>
            <translation>单位留存比例</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="275" />
            <source>发放</source>
            <translation>发放</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="279" />
            <source>发放日期</source>
            <translation>发放日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="281" />
            <source>发放本笔分配…</source>
            <translation>发放本笔分配…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="235" />
            <source>发起公示</source>
            <translation>发起公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="420" />
            <source>合同</source>
            <translation>合同</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="601" />
            <source>合同编号</source>
            <translation>合同编号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="172" />
            <source>合同金额（元）</source>
            <translation>合同金额（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="458" />
            <source>合计</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="423" />
            <source>否</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="404" />
            <source>地域：{0}</source>
            <translation>地域：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="256" />
            <source>填写登记表信息…</source>
            <translation>填写登记表信息…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="223" />
            <source>完成交易…</source>
            <translation>完成交易…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="224" />
            <source>完成后成果标记为已转化、转化次数加一（1-2 第七条）；须先具备尽职证据（1-1 第六条）</source>
            <translation>完成后成果标记为已转化、转化次数加一（1-2 第七条）；须先具备尽职证据（1-1 第六条）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="427" />
            <source>完成日期</source>
            <translation>完成日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="418" />
            <source>定价方式</source>
            <translation>定价方式</translation>
        </message>
        <message>
            <source>定价方式证明</source>
            <translation>定价方式证明</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="226" />
            <source>审批…</source>
            <translation>审批…</translation>
        </message>
        <message>
            <source>审批决定</source>
            <translation>审批决定</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="421" />
            <source>审批层级</source>
            <translation>审批层级</translation>
        </message>
        <message>
            <source>审核决定</source>
            <translation>审核决定</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="419" />
            <source>尚未签订</source>
            <translation>尚未签订</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="295" />
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="486" />
            <source>尽职证据</source>
            <translation>尽职证据</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="486" />
            <source>尽职证据（缺 {0} 项）</source>
            <translation>尽职证据（缺 {0} 项）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="425" />
            <source>已到账</source>
            <translation>已到账</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="435" />
            <source>已发放</source>
            <translation>已发放</translation>
        </message>
        <message>
            <source>已完成</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="550" />
            <source>已生成。尚待补充：{0}</source>
            <translation>已生成。尚待补充：{0}</translation>
        </message>
        <message>
            <source>已签约</source>
            <translation>已签约</translation>
        </message>
        <message>
            <source>已终止</source>
            <translation>已终止</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="172" />
            <source>年度</source>
            <translation>年度</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="291" />
            <source>情况</source>
            <translation>情况</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="399" />
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="467" />
            <source>成果</source>
            <translation>成果</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="204" />
            <source>成果放弃</source>
            <translation>成果放弃</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="252" />
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="550" />
            <source>技术合同登记</source>
            <translation>技术合同登记</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="422" />
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="601" />
            <source>技术合同登记号</source>
            <translation>技术合同登记号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="562" />
            <source>技术合同登记编号（16位，旧证书14位）</source>
            <translation>技术合同登记编号（16位，旧证书14位）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="541" />
            <source>技术合同登记表信息_{0}.xlsx</source>
            <translation>技术合同登记表信息_{0}.xlsx</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="253" />
            <source>技术合同认定登记：登记表信息与材料清单；登记后现金奖励可减半计税（财税〔2018〕58号）</source>
            <translation>技术合同认定登记：登记表信息与材料清单；登记后现金奖励可减半计税（财税〔2018〕58号）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="198" />
            <source>技术开发、咨询、服务合同</source>
            <translation>技术开发、咨询、服务合同</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="227" />
            <source>按单位审批权限表作出审批决定；超过纪要门槛或由会议决定的须附会议纪要（1-1 第六条）</source>
            <translation>按单位审批权限表作出审批决定；超过纪要门槛或由会议决定的须附会议纪要（1-1 第六条）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="178" />
            <source>按年度汇总（按当前方式和交易对方筛选）</source>
            <translation>按年度汇总（按当前方式和交易对方筛选）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="229" />
            <source>撤销决定…</source>
            <translation>撤销决定…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="279" />
            <source>收益人</source>
            <translation>收益人</translation>
        </message>
        <message>
            <source>收益分配及现金奖励公示（到账后）</source>
            <translation>收益分配及现金奖励公示（到账后）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="148" />
            <source>新建交易…</source>
            <translation>新建交易…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="412" />
            <source>无需评估（国有全资企业，方案二(三)）</source>
            <translation>无需评估（国有全资企业，方案二(三)）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="423" />
            <source>是：</source>
            <translation>是：</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="406" />
            <source>期限：{0}</source>
            <translation>期限：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="435" />
            <source>未发放</source>
            <translation>未发放</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="408" />
            <source>未填写</source>
            <translation>未填写</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="422" />
            <source>未登记</source>
            <translation>未登记</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="402" />
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="404" />
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="405" />
            <source>未约定</source>
            <translation>未约定</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="403" />
            <source>未选择</source>
            <translation>未选择</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="466" />
            <source>本项交易</source>
            <translation>本项交易</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="271" />
            <source>概况</source>
            <translation>概况</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="279" />
            <source>比例（%）</source>
            <translation>比例（%）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="257" />
            <source>生成登记表信息（Excel）…</source>
            <translation>生成登记表信息（Excel）…</translation>
        </message>
        <message>
            <source>登记</source>
            <translation>登记</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="232" />
            <source>登记到账…</source>
            <translation>登记到账…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="243" />
            <source>登记证据</source>
            <translation>登记证据</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="172" />
            <source>笔数</source>
            <translation>笔数</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="202" />
            <source>第三方服务机构</source>
            <translation>第三方服务机构</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="151" />
            <source>筛选：</source>
            <translation>筛选：</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="220" />
            <source>签约…</source>
            <translation>签约…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="221" />
            <source>签约前须具备：评估决定、定价证明或期满的拟交易价格公示、关联交易程序、审批决定（1-1 第六条）</source>
            <translation>签约前须具备：评估决定、定价证明或期满的拟交易价格公示、关联交易程序、审批决定（1-1 第六条）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="249" />
            <source>行为承诺</source>
            <translation>行为承诺</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="562" />
            <source>记录登记编号</source>
            <translation>记录登记编号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="258" />
            <source>记录登记编号…</source>
            <translation>记录登记编号…</translation>
        </message>
        <message>
            <source>许可</source>
            <translation>许可</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="403" />
            <source>许可条款</source>
            <translation>许可条款</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="291" />
            <source>证据</source>
            <translation>证据</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="376" />
            <source>请选择一项交易，或点击“新建交易”。</source>
            <translation>请选择一项交易，或点击“新建交易”。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="410" />
            <source>资产处置</source>
            <translation>资产处置</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="413" />
            <source>资产评估</source>
            <translation>资产评估</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="196" />
            <source>转化交易</source>
            <translation>转化交易</translation>
        </message>
        <message>
            <source>转化交易及拟交易价格公示（签约前）</source>
            <translation>转化交易及拟交易价格公示（签约前）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="400" />
            <source>转化方式</source>
            <translation>转化方式</translation>
        </message>
        <message>
            <source>转让</source>
            <translation>转让</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="410" />
            <source>转让后单位不再拥有权利，完成时按资产处置办理（1-2 第十一条）</source>
            <translation>转让后单位不再拥有权利，完成时按资产处置办理（1-2 第十一条）</translation>
        </message>
        <message>
            <source>通知、告知</source>
            <translation>通知、告知</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="420" />
            <source>金额 {0} 元</source>
            <translation>金额 {0} 元</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="275" />
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="279" />
            <source>金额（元）</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="282" />
            <source>须先完成收益分配及现金奖励公示</source>
            <translation>须先完成收益分配及现金奖励公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="405" />
            <source>领域：{0}</source>
            <translation>领域：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="476" />
            <source>（{0}前须具备）</source>
            <translation>（{0}前须具备）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="411" />
            <source>（国有全资企业）</source>
            <translation>（国有全资企业）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="417" />
            <source>（须公示拟交易价格，1-1 第六条(四)）</source>
            <translation>（须公示拟交易价格，1-1 第六条(四)）</translation>
        </message>
        <message>
            <source>，</source>
            <translation>，</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deals_page.py" line="421" />
            <source>，须附会议纪要</source>
            <translation>，须附会议纪要</translation>
        </message>
        <message>
            <source>；</source>
            <translation>；</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="115" />
            <source>{0}（必附）</source>
            <translation>{0}（必附）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="52" />
            <source>{0}：{1}</source>
            <translation>{0}：{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="64" />
            <source>上一步：{0}（{1}），决定日期不能早于此日</source>
            <translation>上一步：{0}（{1}），决定日期不能早于此日</translation>
        </message>
        <message>
            <source>交易合同签订，交易转为「已签约」</source>
            <translation>交易合同签订，交易转为「已签约」</translation>
        </message>
        <message>
            <source>交易完成：成果标记为已转化、转化次数加一；完成后不能撤销</source>
            <translation>交易完成：成果标记为已转化、转化次数加一；完成后不能撤销</translation>
        </message>
        <message>
            <source>会议纪要</source>
            <translation>会议纪要</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="59" />
            <source>依据：{0}；决定记入事件日志，误操作只能以撤销记录更正（1-1 第六条、第八条）</source>
            <translation>依据：{0}；决定记入事件日志，误操作只能以撤销记录更正（1-1 第六条、第八条）</translation>
        </message>
        <message>
            <source>公示期满，无未决异议时申请转为「公示期满」，可签署协议</source>
            <translation>公示期满，无未决异议时申请转为「公示期满」，可签署协议</translation>
        </message>
        <message>
            <source>公示期满：定价、关联交易公示满后可签约，收益分配公示满后可发放</source>
            <translation>公示期满：定价、关联交易公示满后可签约，收益分配公示满后可发放</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="118" />
            <source>决定</source>
            <translation>决定</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="81" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="121" />
            <source>决定人</source>
            <translation>决定人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="71" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="123" />
            <source>决定日期</source>
            <translation>决定日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="78" />
            <source>决定机构</source>
            <translation>决定机构</translation>
        </message>
        <message>
            <source>协议生效，赋权（或放弃）自此日起生效；生效后不能撤销</source>
            <translation>协议生效，赋权（或放弃）自此日起生效；生效后不能撤销</translation>
        </message>
        <message>
            <source>单位与完成人（团队）签署书面协议，申请转为「协议已签署」</source>
            <translation>单位与完成人（团队）签署书面协议，申请转为「协议已签署」</translation>
        </message>
        <message>
            <source>在单位内公示，公示期自次日起算（民法典第二百零一条）</source>
            <translation>在单位内公示，公示期自次日起算（民法典第二百零一条）</translation>
        </message>
        <message>
            <source>处理异议</source>
            <translation>处理异议</translation>
        </message>
        <message>
            <source>完成交易</source>
            <translation>完成交易</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="133" />
            <source>完成人答复</source>
            <translation>完成人答复</translation>
        </message>
        <message>
            <source>审批决定</source>
            <translation>审批决定</translation>
        </message>
        <message>
            <source>审批通过</source>
            <translation>审批通过</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="55" />
            <source>将要：{0}</source>
            <translation>将要：{0}</translation>
        </message>
        <message>
            <source>已签署的书面协议</source>
            <translation>已签署的书面协议</translation>
        </message>
        <message>
            <source>开始公示</source>
            <translation>开始公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="84" />
            <source>意见</source>
            <translation>意见</translation>
        </message>
        <message>
            <source>批准收益分配</source>
            <translation>批准收益分配</translation>
        </message>
        <message>
            <source>批准本笔到账收入的分配并发放</source>
            <translation>批准本笔到账收入的分配并发放</translation>
        </message>
        <message>
            <source>按单位审批权限表作出交易审批决定，随后可签约</source>
            <translation>按单位审批权限表作出交易审批决定，随后可签约</translation>
        </message>
        <message>
            <source>提交申请</source>
            <translation>提交申请</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="136" />
            <source>放弃公示开始日</source>
            <translation>放弃公示开始日</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="120" />
            <source>文档 (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.ofd);;所有文件 (*)</source>
            <translation>文档 (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.ofd);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="127" />
            <source>理由</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>生效</source>
            <translation>生效</translation>
        </message>
        <message>
            <source>申请由「已提交」转为「已审批」，随后可开始公示</source>
            <translation>申请由「已提交」转为「已审批」，随后可开始公示</translation>
        </message>
        <message>
            <source>申请由「已提交」转为「已驳回」，流程结束</source>
            <translation>申请由「已提交」转为「已驳回」，流程结束</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="101" />
            <source>确认{0}</source>
            <translation>确认{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="80" />
            <source>签批人或会议主持人</source>
            <translation>签批人或会议主持人</translation>
        </message>
        <message>
            <source>签约</source>
            <translation>签约</translation>
        </message>
        <message>
            <source>签署协议</source>
            <translation>签署协议</translation>
        </message>
        <message>
            <source>结束公示</source>
            <translation>结束公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="116" />
            <source>维持评审决定</source>
            <translation>维持评审决定</translation>
        </message>
        <message>
            <source>记录异议的处理结果及是否成立</source>
            <translation>记录异议的处理结果及是否成立</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="90" />
            <source>选择文件…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="120" />
            <source>选择附件</source>
            <translation>选择附件</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="117" />
            <source>附件（可选）</source>
            <translation>附件（可选）</translation>
        </message>
        <message>
            <source>驳回</source>
            <translation>驳回</translation>
        </message>
    </context>
    <context>
        <name>DeclarationDialog</name>
        <message>
            <source>从事科技成果转化的科研人员违反科学道德、科技伦理和职业道德规范，未严格执行科学技术保密要求，未经试点单位允许利用职务科技成果从事创办企业等行为。</source>
            <translation>从事科技成果转化的科研人员违反科学道德、科技伦理和职业道德规范，未严格执行科学技术保密要求，未经试点单位允许利用职务科技成果从事创办企业等行为。</translation>
        </message>
        <message>
            <source>从事科技成果转化的科研人员，将职务科技成果及其技术资料和数据占为己有，侵犯试点单位的合法权益；或者以唆使窃取、利诱胁迫等手段侵占他人的科技成果，侵犯他人合法权益。</source>
            <translation>从事科技成果转化的科研人员，将职务科技成果及其技术资料和数据占为己有，侵犯试点单位的合法权益；或者以唆使窃取、利诱胁迫等手段侵占他人的科技成果，侵犯他人合法权益。</translation>
        </message>
        <message>
            <source>参与科技成果转化的领导人员、管理人员违反科学道德、科技伦理和职业道德规范，或者利用职务之便，干扰或阻碍科技成果转化工作，或者擅自披露、使用或者转让科技成果的关键技术。</source>
            <translation>参与科技成果转化的领导人员、管理人员违反科学道德、科技伦理和职业道德规范，或者利用职务之便，干扰或阻碍科技成果转化工作，或者擅自披露、使用或者转让科技成果的关键技术。</translation>
        </message>
        <message>
            <source>成果转化参与人员玩忽职守、以权谋私。以任何名目和理由向科技成果转化实施者索要或者收受可能影响成果评价与转化行为的礼品、礼金（含有价券）和礼物或提供有偿服务；或者利用职权或者职务上的影响，为配偶、子女及其配偶等亲属和其他特定关系人员在科技成果转化行为中提供便利和优惠条件；或在医疗卫生机构后续成果转化产品进入本单位销售或使用过程中，存在滥用职权、违规审批、违规采购等行为。</source>
            <translation>成果转化参与人员玩忽职守、以权谋私。以任何名目和理由向科技成果转化实施者索要或者收受可能影响成果评价与转化行为的礼品、礼金（含有价券）和礼物或提供有偿服务；或者利用职权或者职务上的影响，为配偶、子女及其配偶等亲属和其他特定关系人员在科技成果转化行为中提供便利和优惠条件；或在医疗卫生机构后续成果转化产品进入本单位销售或使用过程中，存在滥用职权、违规审批、违规采购等行为。</translation>
        </message>
        <message>
            <source>承担科技成果转化业务的领导人员、管理人员，违反任职回避和履职回避等相关规定。</source>
            <translation>承担科技成果转化业务的领导人员、管理人员，违反任职回避和履职回避等相关规定。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="449" />
            <source>承诺不存在此行为</source>
            <translation>承诺不存在此行为</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="437" />
            <source>承诺人</source>
            <translation>承诺人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="439" />
            <source>本人承诺，在改革试点中不存在下列行为（1-1 第七条，各项为原文）：</source>
            <translation>本人承诺，在改革试点中不存在下列行为（1-1 第七条，各项为原文）：</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="438" />
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="469" />
            <source>签署日期</source>
            <translation>签署日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="432" />
            <source>签署行为承诺</source>
            <translation>签署行为承诺</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="468" />
            <source>请至少勾选一项承诺</source>
            <translation>请至少勾选一项承诺</translation>
        </message>
    </context>
    <context>
        <name>DocumentNumbers</name>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="32" />
            <source>关联交易公示</source>
            <translation>关联交易公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="31" />
            <source>协议定价公示</source>
            <translation>协议定价公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="30" />
            <source>审批决定</source>
            <translation>审批决定</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="28" />
            <source>延长长期使用权协议</source>
            <translation>延长长期使用权协议</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="29" />
            <source>放弃公示</source>
            <translation>放弃公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="33" />
            <source>现金奖励公示</source>
            <translation>现金奖励公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="26" />
            <source>赋权公示</source>
            <translation>赋权公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="27" />
            <source>赋权协议</source>
            <translation>赋权协议</translation>
        </message>
    </context>
    <context>
        <name>DocumentNumbersPanel</name>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="100" />
            <source>作废</source>
            <translation>作废</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="132" />
            <source>作废 {0}（{1}，{2}）。
作废后该文号保留在登记中、不再使用；重新出具时编新号。
作废理由（必填）：</source>
            <translation>作废 {0}（{1}，{2}）。
作废后该文号保留在登记中、不再使用；重新出具时编新号。
作废理由（必填）：</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="60" />
            <source>作废…</source>
            <translation>作废…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="61" />
            <source>作废所选文号（须填写理由）；作废的文号保留在登记中，不再使用</source>
            <translation>作废所选文号（须填写理由）；作废的文号保留在登记中，不再使用</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="124" />
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="127" />
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="131" />
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="139" />
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="144" />
            <source>作废文号</source>
            <translation>作废文号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="139" />
            <source>作废文号须填写理由。</source>
            <translation>作废文号须填写理由。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="57" />
            <source>作废理由</source>
            <translation>作废理由</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="86" />
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="50" />
            <source>全部文书</source>
            <translation>全部文书</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="106" />
            <source>共 {0} 个文号，其中作废 {1} 个</source>
            <translation>共 {0} 个文号，其中作废 {1} 个</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="56" />
            <source>对象</source>
            <translation>对象</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="100" />
            <source>已出具</source>
            <translation>已出具</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="68" />
            <source>年度</source>
            <translation>年度</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="56" />
            <source>成文日期</source>
            <translation>成文日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="56" />
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="66" />
            <source>文书</source>
            <translation>文书</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="56" />
            <source>文号</source>
            <translation>文号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="127" />
            <source>文号 {0} 已作废。</source>
            <translation>文号 {0} 已作废。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="56" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/document_numbers_panel.py" line="124" />
            <source>请先在列表中选择一个文号。</source>
            <translation>请先在列表中选择一个文号。</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="308" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="360" />
            <source>TrueType 字体 (*.ttf *.ttc)</source>
            <translation>TrueType 字体 (*.ttf *.ttc)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="286" />
            <source>{0}：{1}（{2} 页）</source>
            <translation>{0}：{1}（{2} 页）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="242" />
            <source>〔草稿〕</source>
            <translation>〔草稿〕</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="219" />
            <source>交易</source>
            <translation>交易</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="423" />
            <source>以下记录未能生成：</source>
            <translation>以下记录未能生成：</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="260" />
            <source>公示开始日</source>
            <translation>公示开始日</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="57" />
            <source>关联交易公示</source>
            <translation>关联交易公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="56" />
            <source>协议定价公示</source>
            <translation>协议定价公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="308" />
            <source>另存为</source>
            <translation>另存为</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="101" />
            <source>另存为…</source>
            <translation>另存为…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="244" />
            <source>只能生成草稿：{0}</source>
            <translation>只能生成草稿：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="55" />
            <source>审批决定（交易）</source>
            <translation>审批决定（交易）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="54" />
            <source>审批决定（申请）</source>
            <translation>审批决定（申请）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="219" />
            <source>对象：{0}</source>
            <translation>对象：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="95" />
            <source>尚未到出具该文书的步骤时，生成供内部讨论的草稿：每页带“草稿”水印，不编文号</source>
            <translation>尚未到出具该文书的步骤时，生成供内部讨论的草稿：每页带“草稿”水印，不编文号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="139" />
            <source>尚未生成文书</source>
            <translation>尚未生成文书</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="92" />
            <source>尚未登记公示的记录，按此日期作为公示开始日计算届满日（民法典第二百零一条、第二百零三条）</source>
            <translation>尚未登记公示的记录，按此日期作为公示开始日计算届满日（民法典第二百零一条、第二百零三条）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="62" />
            <source>尽职免责证据卷宗（交易）</source>
            <translation>尽职免责证据卷宗（交易）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="61" />
            <source>尽职免责证据卷宗（成果）</source>
            <translation>尽职免责证据卷宗（成果）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="321" />
            <source>已保存到 {0}</source>
            <translation>已保存到 {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="354" />
            <source>已发送到打印机：{0}</source>
            <translation>已发送到打印机：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="420" />
            <source>已生成 {0} 份文书</source>
            <translation>已生成 {0} 份文书</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="52" />
            <source>延长长期使用权协议</source>
            <translation>延长长期使用权协议</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="59" />
            <source>成果披露表</source>
            <translation>成果披露表</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="99" />
            <source>打印…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="335" />
            <source>打印文书</source>
            <translation>打印文书</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="342" />
            <source>打印机无法开始打印，请检查打印机设置。</source>
            <translation>打印机无法开始打印，请检查打印机设置。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="381" />
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="411" />
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="423" />
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="425" />
            <source>批量生成</source>
            <translation>批量生成</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="408" />
            <source>批量生成中断：{0}</source>
            <translation>批量生成中断：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="103" />
            <source>批量生成所选…</source>
            <translation>批量生成所选…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="116" />
            <source>拟公示开始日</source>
            <translation>拟公示开始日</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="85" />
            <source>按编号、名称或ID筛选</source>
            <translation>按编号、名称或ID筛选</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="53" />
            <source>放弃公示</source>
            <translation>放弃公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="254" />
            <source>文书</source>
            <translation>文书</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="296" />
            <source>文书中有无法打印的字符</source>
            <translation>文书中有无法打印的字符</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="107" />
            <source>文书字体…</source>
            <translation>文书字体…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="368" />
            <source>文书字体：{0}</source>
            <translation>文书字体：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="115" />
            <source>文书类型</source>
            <translation>文书类型</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="149" />
            <source>文号登记</source>
            <translation>文号登记</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="365" />
            <source>无法使用该字体</source>
            <translation>无法使用该字体</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="319" />
            <source>无法保存</source>
            <translation>无法保存</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="319" />
            <source>无法写入 {0}：{1}</source>
            <translation>无法写入 {0}：{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="342" />
            <source>无法打印</source>
            <translation>无法打印</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="262" />
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="269" />
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="393" />
            <source>无法生成文书</source>
            <translation>无法生成文书</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="105" />
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="374" />
            <source>模板占位符说明</source>
            <translation>模板占位符说明</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="161" />
            <source>模板有错误，相应文书无法生成：</source>
            <translation>模板有错误，相应文书无法生成：</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="411" />
            <source>正在生成文书…</source>
            <translation>正在生成文书…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="398" />
            <source>正在生成：{0}（{1}/{2}）</source>
            <translation>正在生成：{0}（{1}/{2}）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="58" />
            <source>现金奖励公示</source>
            <translation>现金奖励公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="97" />
            <source>生成并预览</source>
            <translation>生成并预览</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="148" />
            <source>生成文书</source>
            <translation>生成文书</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="60" />
            <source>申请表</source>
            <translation>申请表</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="93" />
            <source>草稿</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="288" />
            <source>草稿，未编号</source>
            <translation>草稿，未编号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="375" />
            <source>要修改模板，把 resources/templates 中的同名 .toml 文件复制到 {0} 后编辑；保存后再次生成即生效。</source>
            <translation>要修改模板，把 resources/templates 中的同名 .toml 文件复制到 {0} 后编辑；保存后再次生成即生效。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="254" />
            <source>请先在列表中选择一条记录。</source>
            <translation>请先在列表中选择一条记录。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="381" />
            <source>请先在列表中选择记录（可按住 Ctrl 或 Shift 多选）。</source>
            <translation>请先在列表中选择记录（可按住 Ctrl 或 Shift 多选）。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="50" />
            <source>赋权公示</source>
            <translation>赋权公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="51" />
            <source>赋权协议（所有权 / 长期使用权）</source>
            <translation>赋权协议（所有权 / 长期使用权）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="360" />
            <source>选择中文字体</source>
            <translation>选择中文字体</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="384" />
            <source>选择保存文书的文件夹</source>
            <translation>选择保存文书的文件夹</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/documents_page.py" line="108" />
            <source>选择嵌入 PDF 的中文 TrueType 字体（.ttf/.ttc）；不选则自动使用系统的宋体/黑体等</source>
            <translation>选择嵌入 PDF 的中文 TrueType 字体（.ttf/.ttc）；不选则自动使用系统的宋体/黑体等</translation>
        </message>
    </context>
    <context>
        <name>EquityRewardDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="388" />
            <source>作价投资交易</source>
            <translation>作价投资交易</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="399" />
            <source>尚无已签约的作价投资交易</source>
            <translation>尚无已签约的作价投资交易</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="383" />
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="391" />
            <source>折合金额（元）</source>
            <translation>折合金额（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="392" />
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="401" />
            <source>授予日期</source>
            <translation>授予日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="374" />
            <source>登记股权奖励</source>
            <translation>登记股权奖励</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="390" />
            <source>股份</source>
            <translation>股份</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="381" />
            <source>股份数或比例</source>
            <translation>股份数或比例</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="389" />
            <source>获奖励人</source>
            <translation>获奖励人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="393" />
            <source>计税方式</source>
            <translation>计税方式</translation>
        </message>
    </context>
    <context>
        <name>FeeScheduleBox</name>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="45" />
            <source>专利年费标准与费减备案</source>
            <translation>专利年费标准与费减备案</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="51" />
            <source>专利类型</source>
            <translation>专利类型</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="96" />
            <source>共有人或完成人</source>
            <translation>共有人或完成人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="77" />
            <source>删除选中行</source>
            <translation>删除选中行</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="51" />
            <source>年度</source>
            <translation>年度</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="116" />
            <source>年费标准</source>
            <translation>年费标准</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="51" />
            <source>年费（元）</source>
            <translation>年费（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="83" />
            <source>本单位已办理费减备案（事业单位通常已备案）</source>
            <translation>本单位已办理费减备案（事业单位通常已备案）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="74" />
            <source>添加一行</source>
            <translation>添加一行</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="91" />
            <source>符合费减条件（个人收入低于每月5000元、每年6万元；企业为小微企业）</source>
            <translation>符合费减条件（个人收入低于每月5000元、每年6万元；企业为小微企业）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="93" />
            <source>记录费减备案</source>
            <translation>记录费减备案</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="132" />
            <source>费减备案</source>
            <translation>费减备案</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="51" />
            <source>适用于缴费期限自</source>
            <translation>适用于缴费期限自</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fee_settings.py" line="68" />
            <source>金额（元）</source>
            <translation>金额（元）</translation>
        </message>
    </context>
    <context>
        <name>FeesPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="204" />
            <source> 日内</source>
            <translation> 日内</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="404" />
            <source>Excel 工作簿 (*.xlsx *.xls *.xlsm *.ods *.csv)</source>
            <translation>Excel 工作簿 (*.xlsx *.xls *.xlsm *.ods *.csv)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="393" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="433" />
            <source>{0} 第{1}行 {2} {3}：{4}</source>
            <translation>{0} 第{1}行 {2} {3}：{4}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="226" />
            <source>专利名称</source>
            <translation>专利名称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="226" />
            <source>专利年度</source>
            <translation>专利年度</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="392" />
            <source>专利年费缴费清单-{0}.xlsx</source>
            <translation>专利年费缴费清单-{0}.xlsx</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <source>今日滞纳金</source>
            <translation>今日滞纳金</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="331" />
            <source>全部有效专利</source>
            <translation>全部有效专利</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="306" />
            <source>共 {0} 笔年费，未缴 {1} 笔合计 {2} 元；滞纳期内未作决定 {3} 笔</source>
            <translation>共 {0} 笔年费，未缴 {1} 笔合计 {2} 元；滞纳期内未作决定 {3} 笔</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="240" />
            <source>分组</source>
            <translation>分组</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="166" />
            <source>刷新</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <source>剩余保护期</source>
            <translation>剩余保护期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="162" />
            <source>只显示未缴</source>
            <translation>只显示未缴</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="226" />
            <source>台账编号</source>
            <translation>台账编号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="328" />
            <source>合计</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <source>完成人</source>
            <translation>完成人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="444" />
            <source>完成人的答复</source>
            <translation>完成人的答复</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="444" />
            <source>完成人答复</source>
            <translation>完成人答复</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <source>宽限届满</source>
            <translation>宽限届满</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="393" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="399" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="401" />
            <source>导出缴费清单</source>
            <translation>导出缴费清单</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="174" />
            <source>导出缴费清单…</source>
            <translation>导出缴费清单…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="401" />
            <source>已导出 {0} 行：{1}</source>
            <translation>已导出 {0} 行：{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="421" />
            <source>已登记 {0} 笔缴费</source>
            <translation>已登记 {0} 笔缴费</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="387" />
            <source>已登记。应缴 {0} 元（滞纳金 {1}%），已缴 {2} 元，尚欠 {3} 元</source>
            <translation>已登记。应缴 {0} 元（滞纳金 {1}%），已缴 {2} 元，尚欠 {3} 元</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <source>已缴</source>
            <translation>已缴</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <source>已过年度</source>
            <translation>已过年度</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="240" />
            <source>年度</source>
            <translation>年度</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="282" />
            <source>年费计算失败：{0}</source>
            <translation>年费计算失败：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="242" />
            <source>年费预算</source>
            <translation>年费预算</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <source>应缴金额</source>
            <translation>应缴金额</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="408" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="414" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="417" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="421" />
            <source>批量登记缴费</source>
            <translation>批量登记缴费</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="178" />
            <source>批量登记缴费…</source>
            <translation>批量登记缴费…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="329" />
            <source>承担方</source>
            <translation>承担方</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="209" />
            <source>提供给完成人维持…</source>
            <translation>提供给完成人维持…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="226" />
            <source>收据号</source>
            <translation>收据号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="210" />
            <source>放弃（启动放弃公示）…</source>
            <translation>放弃（启动放弃公示）…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="417" />
            <source>文件有 {0} 处问题，未写入任何记录：
{1}</source>
            <translation>文件有 {0} 处问题，未写入任何记录：
{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <source>标准金额</source>
            <translation>标准金额</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="435" />
            <source>核对 {0} 项，差异 {1} 项</source>
            <translation>核对 {0} 项，差异 {1} 项</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="430" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="435" />
            <source>核对国知局应缴费</source>
            <translation>核对国知局应缴费</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="182" />
            <source>核对国知局应缴费…</source>
            <translation>核对国知局应缴费…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="424" />
            <source>核对国知局应缴费查询结果</source>
            <translation>核对国知局应缴费查询结果</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="277" />
            <source>正在计算年费……</source>
            <translation>正在计算年费……</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <source>滞纳金上调日</source>
            <translation>滞纳金上调日</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <source>申请号</source>
            <translation>申请号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="371" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="383" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="387" />
            <source>登记缴费</source>
            <translation>登记缴费</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="170" />
            <source>登记缴费…</source>
            <translation>登记缴费…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="329" />
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="223" />
            <source>红色：已进入滞纳期仍未缴费且未作维持决定。放弃决定将依 1-2 第十一条启动放弃公示。</source>
            <translation>红色：已进入滞纳期仍未缴费且未作维持决定。放弃决定将依 1-2 第十一条启动放弃公示。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="209" />
            <source>继续维持…</source>
            <translation>继续维持…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <source>维持决定</source>
            <translation>维持决定</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="224" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="441" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="451" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="461" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="474" />
            <source>维持评审</source>
            <translation>维持评审</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="226" />
            <source>缴费人</source>
            <translation>缴费人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="194" />
            <source>缴费日历</source>
            <translation>缴费日历</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="226" />
            <source>缴费日期</source>
            <translation>缴费日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <source>缴费期限</source>
            <translation>缴费期限</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="156" />
            <source>缴费期限自</source>
            <translation>缴费期限自</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="227" />
            <source>缴费记录</source>
            <translation>缴费记录</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="159" />
            <source>至</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="331" />
            <source>至保护期届满</source>
            <translation>至保护期届满</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <source>至期满费用</source>
            <translation>至期满费用</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="216" />
            <source>记录完成人答复…</source>
            <translation>记录完成人答复…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="199" />
            <source>评审期限在今后</source>
            <translation>评审期限在今后</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="371" />
            <source>请先在缴费日历中选中一笔年费</source>
            <translation>请先在缴费日历中选中一笔年费</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="461" />
            <source>请先在评审列表中选中一项专利</source>
            <translation>请先在评审列表中选中一项专利</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="441" />
            <source>请先选中一项“提供给完成人维持”的专利</source>
            <translation>请先选中一项“提供给完成人维持”的专利</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <source>费减</source>
            <translation>费减</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="193" />
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <source>费用种类</source>
            <translation>费用种类</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <source>转化状态</source>
            <translation>转化状态</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="329" />
            <source>部门</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="226" />
            <source>金额</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="240" />
            <source>金额（元）</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="221" />
            <source>阶段</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="240" />
            <source>项目</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="231" />
            <source>预算年数</source>
            <translation>预算年数</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="76" />
            <source>列映射方案</source>
            <translation>列映射方案</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="75" />
            <source>文件</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="100" />
            <source>无法导入</source>
            <translation>无法导入</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="67" />
            <source>浏览…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="87" />
            <source>电子表格 (*.xlsx *.xlsm *.xlsb *.xls *.et *.ods *.fods *.csv *.txt *.tsv *.xml *.htm *.html);;所有文件 (*)</source>
            <translation>电子表格 (*.xlsx *.xlsm *.xlsb *.xls *.et *.ods *.fods *.csv *.txt *.tsv *.xml *.htm *.html);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="86" />
            <source>选择 Excel 台账</source>
            <translation>选择 Excel 台账</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="63" />
            <source>选择文件</source>
            <translation>选择文件</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="64" />
            <source>选择要导入的台账或专利数据库导出文件：Excel（.xlsx、.xls）、WPS/LibreOffice（.ods）或 CSV（UTF-8、GBK 或繁体中文 Big5 编码均可，自动识别）。</source>
            <translation>选择要导入的台账或专利数据库导出文件：Excel（.xlsx、.xls）、WPS/LibreOffice（.ods）或 CSV（UTF-8、GBK 或繁体中文 Big5 编码均可，自动识别）。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="81" />
            <source>（按同义词表自动识别）</source>
            <translation>（按同义词表自动识别）</translation>
        </message>
    </context>
    <context>
        <name>FinancePage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="96" />
            <source>&lt;h2&gt;财务对接&lt;/h2&gt;&lt;p&gt;与财务部门交换阶段标记、支出处理与资产处置（1-2 第九条、第十条、第十二条），以及 Excel 台账的导入与导出。&lt;/p&gt;</source>
            <translation>&lt;h2&gt;财务对接&lt;/h2&gt;&lt;p&gt;与财务部门交换阶段标记、支出处理与资产处置（1-2 第九条、第十条、第十二条），以及 Excel 台账的导入与导出。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="152" />
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="207" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="180" />
            <source>以下 {0} 个单元格超出 Excel 上限，已截断并在单元格末尾注明：
{1}</source>
            <translation>以下 {0} 个单元格超出 Excel 上限，已截断并在单元格末尾注明：
{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="100" />
            <source>导入 Excel 台账…</source>
            <translation>导入 Excel 台账…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="131" />
            <source>导入时间</source>
            <translation>导入时间</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="129" />
            <source>导入记录</source>
            <translation>导入记录</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="119" />
            <source>导入财务回执…</source>
            <translation>导入财务回执…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="172" />
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="174" />
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="180" />
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="199" />
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="201" />
            <source>导出</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="159" />
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="168" />
            <source>导出成果台账</source>
            <translation>导出成果台账</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="103" />
            <source>导出成果台账…</source>
            <translation>导出成果台账…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="104" />
            <source>导出的台账可被“导入”原样读回</source>
            <translation>导出的台账可被“导入”原样读回</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="185" />
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="194" />
            <source>导出财务对接工作簿</source>
            <translation>导出财务对接工作簿</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="116" />
            <source>导出财务对接工作簿…</source>
            <translation>导出财务对接工作簿…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="202" />
            <source>已导出 {0} 年度财务对接工作簿：支出 {1} 条，处置与核销 {2} 项，到账 {3} 笔，收益分配 {4} 条。
{5}</source>
            <translation>已导出 {0} 年度财务对接工作簿：支出 {1} 条，处置与核销 {2} 项，到账 {3} 笔，收益分配 {4} 条。
{5}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="174" />
            <source>已导出 {0} 条成果到 {1}</source>
            <translation>已导出 {0} 条成果到 {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="142" />
            <source>已撤销</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="220" />
            <source>已更新 {0} 条记录的凭证号、入账金额或入账日期。</source>
            <translation>已更新 {0} 条记录的凭证号、入账金额或入账日期。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="122" />
            <source>年度</source>
            <translation>年度</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="98" />
            <source>成果台账</source>
            <translation>成果台账</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="159" />
            <source>成果台账-{0}.xlsx</source>
            <translation>成果台账-{0}.xlsx</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="117" />
            <source>成果阶段与属性、支出的费用化/资本化处理及依据条款、无形资产、处置与核销（1-2 第十条、第十二条）</source>
            <translation>成果阶段与属性、支出的费用化/资本化处理及依据条款、无形资产、处置与核销（1-2 第十条、第十二条）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="131" />
            <source>批次</source>
            <translation>批次</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="225" />
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="231" />
            <source>撤销导入</source>
            <translation>撤销导入</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="133" />
            <source>撤销所选导入</source>
            <translation>撤销所选导入</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="131" />
            <source>新增</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="131" />
            <source>更新</source>
            <translation>更新</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="142" />
            <source>有效</source>
            <translation>有效</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="131" />
            <source>来源文件</source>
            <translation>来源文件</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="168" />
            <source>正在导出成果台账…</source>
            <translation>正在导出成果台账…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="194" />
            <source>正在导出财务对接工作簿…</source>
            <translation>正在导出财务对接工作簿…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="131" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="225" />
            <source>请先选择一次导入</source>
            <translation>请先选择一次导入</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="101" />
            <source>读取已有的 Excel 台账：自动识别表头与列名，预览后一次性写入，可整体撤销</source>
            <translation>读取已有的 Excel 台账：自动识别表头与列名，预览后一次性写入，可整体撤销</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="120" />
            <source>读回财务填写的凭证号、入账金额与入账日期，显示差异后一次性写入</source>
            <translation>读回财务填写的凭证号、入账金额与入账日期，显示差异后一次性写入</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="111" />
            <source>财务</source>
            <translation>财务</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="213" />
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="220" />
            <source>财务回执</source>
            <translation>财务回执</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="185" />
            <source>财务对接-{0}.xlsx</source>
            <translation>财务对接-{0}.xlsx</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/excel_pages.py" line="207" />
            <source>选择财务回执</source>
            <translation>选择财务回执</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="46" />
            <source>&lt;h3&gt;科技成果转化管理&lt;/h3&gt;&lt;p&gt;请填写本单位的基本信息（以后可在“设置”中修改），然后选择如何开始。&lt;/p&gt;</source>
            <translation>&lt;h3&gt;科技成果转化管理&lt;/h3&gt;&lt;p&gt;请填写本单位的基本信息（以后可在“设置”中修改），然后选择如何开始。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="65" />
            <source>从空白开始</source>
            <translation>从空白开始</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="63" />
            <source>使用演示数据打开</source>
            <translation>使用演示数据打开</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="50" />
            <source>例如：上海某大学</source>
            <translation>例如：上海某大学</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="52" />
            <source>例如：技术转移中心</source>
            <translation>例如：技术转移中心</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="67" />
            <source>保存单位信息后打开 Excel 台账导入</source>
            <translation>保存单位信息后打开 Excel 台账导入</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="103" />
            <source>制度建立截止：{0}；试点结束：{1}</source>
            <translation>制度建立截止：{0}；试点结束：{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="58" />
            <source>单位名称</source>
            <translation>单位名称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="66" />
            <source>导入我的 Excel 台账</source>
            <translation>导入我的 Excel 台账</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="59" />
            <source>技术转移机构名称</source>
            <translation>技术转移机构名称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="133" />
            <source>无法生成演示数据：{0}</source>
            <translation>无法生成演示数据：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="45" />
            <source>欢迎使用 KJCG Desktop</source>
            <translation>欢迎使用 KJCG Desktop</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="131" />
            <source>正在生成演示数据…</source>
            <translation>正在生成演示数据…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="130" />
            <source>演示数据</source>
            <translation>演示数据</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="64" />
            <source>生成一套示例台账、申请、公示和交易，便于熟悉软件；熟悉后可在“设置”中清除演示数据，开始正式使用</source>
            <translation>生成一套示例台账、申请、公示和交易，便于熟悉软件；熟悉后可在“设置”中清除演示数据，开始正式使用</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="60" />
            <location filename="../../kjcg_desktop/ui/first_run.py" line="106" />
            <source>试点启动日期</source>
            <translation>试点启动日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="54" />
            <source>试点期三年（方案五(一)）；一年内建立配套管理制度（方案三(二)）</source>
            <translation>试点期三年（方案五(一)）；一年内建立配套管理制度（方案三(二)）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="119" />
            <source>请填写单位名称（选择演示数据时可不填）</source>
            <translation>请填写单位名称（选择演示数据时可不填）</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/form_dialogs.py" line="93" />
            <source>保存</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_dialogs.py" line="94" />
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_dialogs.py" line="93" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_dialogs.py" line="135" />
            <location filename="../../kjcg_desktop/ui/form_dialogs.py" line="147" />
            <location filename="../../kjcg_desktop/ui/form_dialogs.py" line="153" />
            <source>无法保存</source>
            <translation>无法保存</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_dialogs.py" line="120" />
            <source>此表单不能添加附件</source>
            <translation>此表单不能添加附件</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_dialogs.py" line="156" />
            <source>现在载入最新内容吗？选“是”显示同事保存的内容（您在表单中的修改不再保留）；选“否”保留您的表单，以便对照。</source>
            <translation>现在载入最新内容吗？选“是”显示同事保存的内容（您在表单中的修改不再保留）；选“否”保留您的表单，以便对照。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_dialogs.py" line="155" />
            <source>记录已被他人修改</source>
            <translation>记录已被他人修改</translation>
        </message>
    </context>
    <context>
        <name>FormSection</name>
        <message>
            <location filename="../../kjcg_desktop/ui/form_section.py" line="167" />
            <source>{0}&lt;br&gt;&lt;span style='color:#555'&gt;依据：{1}&lt;/span&gt;</source>
            <translation>{0}&lt;br&gt;&lt;span style='color:#555'&gt;依据：{1}&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_section.py" line="170" />
            <source>依据：{0}</source>
            <translation>依据：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_section.py" line="157" />
            <source>尚需填写：</source>
            <translation>尚需填写：</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_section.py" line="100" />
            <source>规则计算结果</source>
            <translation>规则计算结果</translation>
        </message>
    </context>
    <context>
        <name>FormWizard</name>
        <message>
            <location filename="../../kjcg_desktop/ui/wizard.py" line="119" />
            <source>&lt; 上一步</source>
            <translation>&lt; 上一步</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/wizard.py" line="118" />
            <source>下一步 &gt;</source>
            <translation>下一步 &gt;</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/wizard.py" line="120" />
            <source>完成并提交</source>
            <translation>完成并提交</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/wizard.py" line="195" />
            <source>无法提交</source>
            <translation>无法提交</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/wizard.py" line="121" />
            <source>稍后继续</source>
            <translation>稍后继续</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/wizard.py" line="143" />
            <source>（截止 {0}）</source>
            <translation>（截止 {0}）</translation>
        </message>
    </context>
    <context>
        <name>HelpBar</name>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="139" />
            <source>使用手册 (F1)</source>
            <translation>使用手册 (F1)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="132" />
            <source>依据：</source>
            <translation>依据：</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="138" />
            <source>显示或隐藏本页说明</source>
            <translation>显示或隐藏本页说明</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="137" />
            <source>本页说明</source>
            <translation>本页说明</translation>
        </message>
    </context>
    <context>
        <name>HolidayScheduleBox</name>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="77" />
            <source>{0}年：{1}</source>
            <translation>{0}年：{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="58" />
            <source>保存该年安排</source>
            <translation>保存该年安排</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="56" />
            <source>全国年节及纪念日放假办法第二条：元旦、春节、清明节、劳动节、端午节、中秋节、国庆节</source>
            <translation>全国年节及纪念日放假办法第二条：元旦、春节、清明节、劳动节、端午节、中秋节、国庆节</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="122" />
            <source>删除 {0} 年的录入后，该年按内置安排或仅按法定节日和周末计算。继续？</source>
            <translation>删除 {0} 年的录入后，该年按内置安排或仅按法定节日和周末计算。继续？</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="121" />
            <source>删除节假日安排</source>
            <translation>删除节假日安排</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="60" />
            <source>删除该年录入</source>
            <translation>删除该年录入</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="55" />
            <source>填入法定节日</source>
            <translation>填入法定节日</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="109" />
            <source>已保存{0}年节假日安排（{1}）。</source>
            <translation>已保存{0}年节假日安排（{1}）。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="130" />
            <source>已删除{0}年节假日安排的录入。</source>
            <translation>已删除{0}年节假日安排的录入。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="66" />
            <source>年份</source>
            <translation>年份</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="68" />
            <source>放假与调休</source>
            <translation>放假与调休</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="67" />
            <source>来源</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="49" />
            <source>每行一日或一段：2027-01-01 元旦；2027-02-05 至 2027-02-12 春节；2027-02-20 调休上班</source>
            <translation>每行一日或一段：2027-01-01 元旦；2027-02-05 至 2027-02-12 春节；2027-02-20 调休上班</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="33" />
            <source>节假日安排（国务院办公厅放假通知）</source>
            <translation>节假日安排（国务院办公厅放假通知）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="97" />
            <source>进行中的公示届满日均无变化。</source>
            <translation>进行中的公示届满日均无变化。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/holidays_box.py" line="47" />
            <source>通知文号或名称，如：国务院办公厅关于2027年部分节假日安排的通知</source>
            <translation>通知文号或名称，如：国务院办公厅关于2027年部分节假日安排的通知</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="507" />
            <source>&lt; 上一步</source>
            <translation>&lt; 上一步</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="497" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="508" />
            <source>下一步 &gt;</source>
            <translation>下一步 &gt;</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="477" />
            <source>保留 {0} 处导入后修改过的值。</source>
            <translation>保留 {0} 处导入后修改过的值。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="50" />
            <source>值</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="50" />
            <source>列</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="479" />
            <source>删除该次记入的年费缴费记录 {0} 笔、合同 {1} 项。</source>
            <translation>删除该次记入的年费缴费记录 {0} 笔、合同 {1} 项。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="104" />
            <source>单元格</source>
            <translation>单元格</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="105" />
            <source>原文</source>
            <translation>原文</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="511" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="580" />
            <source>取消导入</source>
            <translation>取消导入</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="102" />
            <source>变更（原值 → 新值）</source>
            <translation>变更（原值 → 新值）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="101" />
            <source>台账编号</source>
            <translation>台账编号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="104" />
            <source>字段</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="510" />
            <source>完成</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="110" />
            <source>完成人</source>
            <translation>完成人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="509" />
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="552" />
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="564" />
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="566" />
            <source>导入</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="495" />
            <source>导入 Excel 台账</source>
            <translation>导入 Excel 台账</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="569" />
            <source>导入失败</source>
            <translation>导入失败</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="569" />
            <source>导入失败，数据库未作任何修改：{0}</source>
            <translation>导入失败，数据库未作任何修改：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="496" />
            <source>导入报告-{0}.xlsx</source>
            <translation>导入报告-{0}.xlsx</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="495" />
            <source>导出导入报告</source>
            <translation>导出导入报告</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="102" />
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="110" />
            <source>属性</source>
            <translation>属性</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="100" />
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="50" />
            <source>工作表</source>
            <translation>工作表</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="517" />
            <source>已写入 {0}：新增与更新 {5} 条，待核对 {1} 处，更新内容 {2} 处，标记不一致 {3} 处，未导入 {4} 行</source>
            <translation>已写入 {0}：新增与更新 {5} 条，待核对 {1} 处，更新内容 {2} 处，标记不一致 {3} 处，未导入 {4} 行</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="566" />
            <source>已取消导入，数据库未作任何修改。</source>
            <translation>已取消导入，数据库未作任何修改。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="474" />
            <source>已撤销导入批次 {0}：删除 {1} 条，恢复 {2} 条。</source>
            <translation>已撤销导入批次 {0}：删除 {1} 条，恢复 {2} 条。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="103" />
            <source>待核对</source>
            <translation>待核对</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="101" />
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="104" />
            <source>成果名称</source>
            <translation>成果名称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="540" />
            <source>打开文件</source>
            <translation>打开文件</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="452" />
            <source>撤销导入</source>
            <translation>撤销导入</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="100" />
            <source>操作</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="552" />
            <source>文件与台账一致，没有需要写入的内容。</source>
            <translation>文件与台账一致，没有需要写入的内容。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="105" />
            <source>更正为</source>
            <translation>更正为</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="555" />
            <source>正在写入 {0} 条成果…</source>
            <translation>正在写入 {0} 条成果…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="541" />
            <source>正在读取 {0}…</source>
            <translation>正在读取 {0}…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="533" />
            <source>正在读取工作表“{0}”…</source>
            <translation>正在读取工作表“{0}”…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="102" />
            <source>法律状态</source>
            <translation>法律状态</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="461" />
            <source>确定撤销？</source>
            <translation>确定撤销？</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="151" />
            <source>空</source>
            <translation>空</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="101" />
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="100" />
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="50" />
            <source>行</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="105" />
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="50" />
            <source>问题</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="580" />
            <source>预览中已填写 {0} 处更正，取消导入将放弃这些更正。确定取消？</source>
            <translation>预览中已填写 {0} 处更正，取消导入将放弃这些更正。确定取消？</translation>
        </message>
    </context>
    <context>
        <name>LedgerModel</name>
        <message>
            <source>专利号</source>
            <translation>专利号</translation>
        </message>
        <message>
            <source>关键词</source>
            <translation>关键词</translation>
        </message>
        <message>
            <source>台账编号</source>
            <translation>台账编号</translation>
        </message>
        <message>
            <source>完成人</source>
            <translation>完成人</translation>
        </message>
        <message>
            <source>属性</source>
            <translation>属性</translation>
        </message>
        <message>
            <source>属性标记依法律状态自动判定（1-2 第五条、第七条）</source>
            <translation>属性标记依法律状态自动判定（1-2 第五条、第七条）</translation>
        </message>
        <message>
            <source>待核对</source>
            <translation>待核对</translation>
        </message>
        <message>
            <source>成果名称</source>
            <translation>成果名称</translation>
        </message>
        <message>
            <source>所属部门</source>
            <translation>所属部门</translation>
        </message>
        <message>
            <source>披露日期</source>
            <translation>披露日期</translation>
        </message>
        <message>
            <source>授权日</source>
            <translation>授权日</translation>
        </message>
        <message>
            <source>更新时间</source>
            <translation>更新时间</translation>
        </message>
        <message>
            <source>法律状态</source>
            <translation>法律状态</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>申请号</source>
            <translation>申请号</translation>
        </message>
        <message>
            <source>申请日</source>
            <translation>申请日</translation>
        </message>
        <message>
            <source>登记号</source>
            <translation>登记号</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>转化状态</source>
            <translation>转化状态</translation>
        </message>
        <message>
            <source>转化状态与转化频次随转化交易更新（1-2 第七条）</source>
            <translation>转化状态与转化频次随转化交易更新（1-2 第七条）</translation>
        </message>
        <message>
            <source>转化频次</source>
            <translation>转化频次</translation>
        </message>
        <message>
            <source>阶段</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>阶段标记依证据自动判定，修改须书面理由（1-2 第八条(二)、第九条）</source>
            <translation>阶段标记依证据自动判定，修改须书面理由（1-2 第八条(二)、第九条）</translation>
        </message>
    </context>
    <context>
        <name>LedgerPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="114" />
            <source>{0} 等 {1} 处</source>
            <translation>{0} 等 {1} 处</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="122" />
            <source>{0}年</source>
            <translation>{0}年</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="301" />
            <location filename="../../kjcg_desktop/ui/ledger.py" line="521" />
            <source>{0}：全部</source>
            <translation>{0}：全部</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="59" />
            <source>专利号</source>
            <translation>专利号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="386" />
            <source>以制表符分隔复制所选行，可直接粘贴到 Excel（Ctrl+C）</source>
            <translation>以制表符分隔复制所选行，可直接粘贴到 Excel（Ctrl+C）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="82" />
            <source>公示中</source>
            <translation>公示中</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="570" />
            <source>共 {0} 条</source>
            <translation>共 {0} 条</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="63" />
            <source>关键词</source>
            <translation>关键词</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="377" />
            <source>删除草稿/归档</source>
            <translation>删除草稿/归档</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="551" />
            <source>单独按此条件筛选共 {0} 条；点击移除此条件</source>
            <translation>单独按此条件筛选共 {0} 条；点击移除此条件</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="50" />
            <source>台账编号</source>
            <translation>台账编号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="385" />
            <source>复制所选行</source>
            <translation>复制所选行</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="62" />
            <source>完成人</source>
            <translation>完成人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="390" />
            <source>导入 Excel/WPS/CSV 台账或专利数据库导出：每个非空行都会成为成果或更新已有成果</source>
            <translation>导入 Excel/WPS/CSV 台账或专利数据库导出：每个非空行都会成为成果或更新已有成果</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="388" />
            <source>导入台账…</source>
            <translation>导入台账…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="312" />
            <source>导入时无法确定、原文保留的值（如校验位不符的申请号、无法识别的日期或法律状态）</source>
            <translation>导入时无法确定、原文保留的值（如校验位不符的申请号、无法识别的日期或法律状态）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="287" />
            <source>导入的其他列只搜索不超过 {0} 字的内容；摘要、权利要求等长文本保存在成果的详情中，不在搜索范围内</source>
            <translation>导入的其他列只搜索不超过 {0} 字的内容；摘要、权利要求等长文本保存在成果的详情中，不在搜索范围内</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="53" />
            <location filename="../../kjcg_desktop/ui/ledger.py" line="81" />
            <source>属性</source>
            <translation>属性</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="75" />
            <source>属性标记依法律状态自动判定（1-2 第五条、第七条）</source>
            <translation>属性标记依法律状态自动判定（1-2 第五条、第七条）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="557" />
            <source>已保存的成果 {0} 不符合当前的筛选条件，仍显示在第一行；更改或清除筛选后将按条件显示。</source>
            <translation>已保存的成果 {0} 不符合当前的筛选条件，仍显示在第一行；更改或清除筛选后将按条件显示。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="69" />
            <location filename="../../kjcg_desktop/ui/ledger.py" line="82" />
            <location filename="../../kjcg_desktop/ui/ledger.py" line="310" />
            <source>待核对</source>
            <translation>待核对</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="51" />
            <source>成果名称</source>
            <translation>成果名称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="61" />
            <source>所属部门</source>
            <translation>所属部门</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="82" />
            <source>披露年份</source>
            <translation>披露年份</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="64" />
            <source>披露日期</source>
            <translation>披露日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="66" />
            <source>授权日</source>
            <translation>授权日</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="286" />
            <source>搜索：名称、台账编号、申请号/专利号/登记号、完成人、关键词、导入的其他列（空格分隔多个词）</source>
            <translation>搜索：名称、台账编号、申请号/专利号/登记号、完成人、关键词、导入的其他列（空格分隔多个词）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="371" />
            <source>新建成果</source>
            <translation>新建成果</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="381" />
            <source>显示列</source>
            <translation>显示列</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="68" />
            <source>更新时间</source>
            <translation>更新时间</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="126" />
            <source>有待核对项</source>
            <translation>有待核对项</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="124" />
            <location filename="../../kjcg_desktop/ui/ledger.py" line="306" />
            <source>有进行中的公示</source>
            <translation>有进行中的公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="378" />
            <source>未登记的披露草稿可以删除；其他成果只能归档，不能删除（1-2 第七条）</source>
            <translation>未登记的披露草稿可以删除；其他成果只能归档，不能删除（1-2 第七条）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="373" />
            <source>查看详情</source>
            <translation>查看详情</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="327" />
            <source>没有找到符合的成果。成果简介（摘要）和导入的其他列中超过 {0} 字的长文本（如主权项、权利要求）不在搜索范围内，可在成果详情中查看和查找。</source>
            <translation>没有找到符合的成果。成果简介（摘要）和导入的其他列中超过 {0} 字的长文本（如主权项、权利要求）不在搜索范围内，可在成果详情中查看和查找。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="57" />
            <source>法律状态</source>
            <translation>法律状态</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="333" />
            <source>清除全部筛选</source>
            <translation>清除全部筛选</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="535" />
            <source>点击移除此筛选条件</source>
            <translation>点击移除此筛选条件</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="67" />
            <location filename="../../kjcg_desktop/ui/ledger.py" line="81" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="58" />
            <source>申请号</source>
            <translation>申请号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="65" />
            <source>申请日</source>
            <translation>申请日</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="60" />
            <source>登记号</source>
            <translation>登记号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="572" />
            <source>筛选结果 {0} 条 / 全部 {1} 条</source>
            <translation>筛选结果 {0} 条 / 全部 {1} 条</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="52" />
            <location filename="../../kjcg_desktop/ui/ledger.py" line="81" />
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="375" />
            <source>编辑</source>
            <translation>编辑</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="55" />
            <location filename="../../kjcg_desktop/ui/ledger.py" line="81" />
            <source>转化状态</source>
            <translation>转化状态</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="77" />
            <source>转化状态与转化频次随转化交易更新（1-2 第七条）</source>
            <translation>转化状态与转化频次随转化交易更新（1-2 第七条）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="56" />
            <source>转化频次</source>
            <translation>转化频次</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="82" />
            <source>部门</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="54" />
            <location filename="../../kjcg_desktop/ui/ledger.py" line="81" />
            <source>阶段</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/ledger.py" line="76" />
            <source>阶段标记依证据自动判定，修改须书面理由（1-2 第八条(二)、第九条）</source>
            <translation>阶段标记依证据自动判定，修改须书面理由（1-2 第八条(二)、第九条）</translation>
        </message>
    </context>
    <context>
        <name>LongTextDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/long_text.py" line="158" />
            <source>{0} 处</source>
            <translation>{0} 处</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/long_text.py" line="123" />
            <source>共 {0} 字</source>
            <translation>共 {0} 字</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/long_text.py" line="129" />
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/long_text.py" line="125" />
            <source>复制全文</source>
            <translation>复制全文</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/long_text.py" line="158" />
            <source>未找到</source>
            <translation>未找到</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/long_text.py" line="118" />
            <source>查找（回车查找下一处）</source>
            <translation>查找（回车查找下一处）</translation>
        </message>
    </context>
    <context>
        <name>LongTextField</name>
        <message>
            <location filename="../../kjcg_desktop/ui/long_text.py" line="178" />
            <source>在窗口中阅读、查找和复制“{0}”的全文</source>
            <translation>在窗口中阅读、查找和复制“{0}”的全文</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/long_text.py" line="176" />
            <source>查看全文（共 {0} 字）…</source>
            <translation>查看全文（共 {0} 字）…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="55" />
            <source>专利年费</source>
            <translation>专利年费</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="142" />
            <source>使用手册(&amp;M)</source>
            <translation>使用手册(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="54" />
            <source>公示</source>
            <translation>公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="143" />
            <source>关于(&amp;A)</source>
            <translation>关于(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="139" />
            <source>导入台账(&amp;I)…</source>
            <translation>导入台账(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="50" />
            <source>工作台</source>
            <translation>工作台</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="141" />
            <source>帮助(&amp;H)</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="58" />
            <source>年度报告</source>
            <translation>年度报告</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="51" />
            <source>成果台账</source>
            <translation>成果台账</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="144" />
            <source>数据库：{0}</source>
            <translation>数据库：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="56" />
            <source>文书</source>
            <translation>文书</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="138" />
            <source>文件(&amp;F)</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="135" />
            <source>科技成果转化管理 — KJCG Desktop</source>
            <translation>科技成果转化管理 — KJCG Desktop</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="59" />
            <source>设置</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="57" />
            <source>财务对接</source>
            <translation>财务对接</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="52" />
            <source>赋权申请</source>
            <translation>赋权申请</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="53" />
            <source>转化交易</source>
            <translation>转化交易</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="140" />
            <source>退出(&amp;X)</source>
            <translation>退出(&amp;X)</translation>
        </message>
    </context>
    <context>
        <name>ManualDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="153" />
            <source>使用手册</source>
            <translation>使用手册</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="160" />
            <source>找不到使用手册文件：{0}</source>
            <translation>找不到使用手册文件：{0}</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>不导入</source>
            <translation>不导入</translation>
        </message>
        <message>
            <source>专利号</source>
            <translation>专利号</translation>
        </message>
        <message>
            <source>专利权人</source>
            <translation>专利权人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="235" />
            <source>保存为映射方案</source>
            <translation>保存为映射方案</translation>
        </message>
        <message>
            <source>公开（公告）号</source>
            <translation>公开（公告）号</translation>
        </message>
        <message>
            <source>公开（公告）日</source>
            <translation>公开（公告）日</translation>
        </message>
        <message>
            <source>关键词</source>
            <translation>关键词</translation>
        </message>
        <message>
            <source>其它发明人</source>
            <translation>其它发明人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="227" />
            <source>列</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="219" />
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="362" />
            <source>列映射</source>
            <translation>列映射</translation>
        </message>
        <message>
            <source>发明人</source>
            <translation>发明人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="290" />
            <source>另有 {0} 列没有表头：有内容的单元格作为附加列保留在扩展信息中</source>
            <translation>另有 {0} 列没有表头：有内容的单元格作为附加列保留在扩展信息中</translation>
        </message>
        <message>
            <source>台账登记日期</source>
            <translation>台账登记日期</translation>
        </message>
        <message>
            <source>台账编号</source>
            <translation>台账编号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="227" />
            <source>对应字段</source>
            <translation>对应字段</translation>
        </message>
        <message>
            <source>属性</source>
            <translation>属性</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="362" />
            <source>工作表“{0}”中有多列对应同一字段：{1}</source>
            <translation>工作表“{0}”中有多列对应同一字段：{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="354" />
            <source>已保存映射方案“{0}”，下次导入时可选用。</source>
            <translation>已保存映射方案“{0}”，下次导入时可选用。</translation>
        </message>
        <message>
            <source>当前法律状态</source>
            <translation>当前法律状态</translation>
        </message>
        <message>
            <source>成果名称</source>
            <translation>成果名称</translation>
        </message>
        <message>
            <source>成果类型</source>
            <translation>成果类型</translation>
        </message>
        <message>
            <source>所属学院</source>
            <translation>所属学院</translation>
        </message>
        <message>
            <source>披露日期</source>
            <translation>披露日期</translation>
        </message>
        <message>
            <source>授权公告号</source>
            <translation>授权公告号</translation>
        </message>
        <message>
            <source>授权日</source>
            <translation>授权日</translation>
        </message>
        <message>
            <source>摘要</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="234" />
            <source>方案名称，如：某学院专利台账</source>
            <translation>方案名称，如：某学院专利台账</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="352" />
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="354" />
            <source>映射方案</source>
            <translation>映射方案</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="220" />
            <source>核对每一列对应的台账字段。“附加列”的内容保留在成果的扩展信息中，导出时原样带出；不会丢弃任何列。</source>
            <translation>核对每一列对应的台账字段。“附加列”的内容保留在成果的扩展信息中，导出时原样带出；不会丢弃任何列。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="306" />
            <source>此工作表按年费缴费记录读取：{0} 各列记入年费台账（原文同时保留在扩展信息中），每行按专利号或申请号对应到成果。</source>
            <translation>此工作表按年费缴费记录读取：{0} 各列记入年费台账（原文同时保留在扩展信息中），每行按专利号或申请号对应到成果。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="308" />
            <source>此工作表按转化合同清单读取：{0} 各列登记到合同台账（原文同时保留在扩展信息中），每行按专利号或申请号对应到成果。</source>
            <translation>此工作表按转化合同清单读取：{0} 各列登记到合同台账（原文同时保留在扩展信息中），每行按专利号或申请号对应到成果。</translation>
        </message>
        <message>
            <source>法律状态</source>
            <translation>法律状态</translation>
        </message>
        <message>
            <source>申请号</source>
            <translation>申请号</translation>
        </message>
        <message>
            <source>申请日</source>
            <translation>申请日</translation>
        </message>
        <message>
            <source>登记号</source>
            <translation>登记号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="227" />
            <source>示例值</source>
            <translation>示例值</translation>
        </message>
        <message>
            <source>第一发明人</source>
            <translation>第一发明人</translation>
        </message>
        <message>
            <source>经费来源</source>
            <translation>经费来源</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="227" />
            <source>表头</source>
            <translation>表头</translation>
        </message>
        <message>
            <source>证书号</source>
            <translation>证书号</translation>
        </message>
        <message>
            <source>资产价值（元）</source>
            <translation>资产价值（元）</translation>
        </message>
        <message>
            <source>转化次数</source>
            <translation>转化次数</translation>
        </message>
        <message>
            <source>转化状态</source>
            <translation>转化状态</translation>
        </message>
        <message>
            <source>阶段</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>附加列（保留在扩展信息）</source>
            <translation>附加列（保留在扩展信息）</translation>
        </message>
        <message>
            <source>项目编号</source>
            <translation>项目编号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="263" />
            <source>预览中填写的 {0} 处更正会保留：改好列对应后点“下一步”回到预览。</source>
            <translation>预览中填写的 {0} 处更正会保留：改好列对应后点“下一步”回到预览。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="288" />
            <source>（无表头）</source>
            <translation>（无表头）</translation>
        </message>
    </context>
    <context>
        <name>MobilityDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="324" />
            <source>兼职或创业单位</source>
            <translation>兼职或创业单位</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="321" />
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="316" />
            <source>尚未结束</source>
            <translation>尚未结束</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="325" />
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="333" />
            <source>开始日期</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="322" />
            <source>所在部门</source>
            <translation>所在部门</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="307" />
            <source>登记兼职或离岗创业人员</source>
            <translation>登记兼职或离岗创业人员</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="323" />
            <source>类别</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="327" />
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="334" />
            <source>结束日期</source>
            <translation>结束日期</translation>
        </message>
    </context>
    <context>
        <name>MoneyField</name>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="105" />
            <source>元</source>
            <translation>元</translation>
        </message>
    </context>
    <context>
        <name>NarrativeDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="539" />
            <source>{0} 年度国家年度报告正文</source>
            <translation>{0} 年度国家年度报告正文</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="555" />
            <source>各部分先给出含本年度数据的草稿，修改后按年度保存；保存后生成的 Word 报告使用此处文字。</source>
            <translation>各部分先给出含本年度数据的草稿，修改后按年度保存；保存后生成的 Word 报告使用此处文字。</translation>
        </message>
    </context>
    <context>
        <name>NationalIndicatorsDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/national_view.py" line="25" />
            <source>{0} 年度国家年度报告指标</source>
            <translation>{0} 年度国家年度报告指标</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/national_view.py" line="66" />
            <source>对应记录 {0} 条</source>
            <translation>对应记录 {0} 条</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/national_view.py" line="29" />
            <source>指标值</source>
            <translation>指标值</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/national_view.py" line="55" />
            <source>涉密成果不予报告：已排除成果 {0} 项、合同 {1} 项、到账 {2} 笔、奖励 {3} 人次</source>
            <translation>涉密成果不予报告：已排除成果 {0} 项、合同 {1} 项、到账 {2} 笔、奖励 {3} 人次</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/national_view.py" line="43" />
            <location filename="../../kjcg_desktop/ui/national_view.py" line="64" />
            <source>选择一行查看其对应记录</source>
            <translation>选择一行查看其对应记录</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/national_view.py" line="29" />
            <source>项目</source>
            <translation>项目</translation>
        </message>
    </context>
    <context>
        <name>NumberSchemeBox</name>
        <message>
            <location filename="../../kjcg_desktop/ui/number_scheme_box.py" line="72" />
            <source>{0}的文号格式：{1}</source>
            <translation>{0}的文号格式：{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/number_scheme_box.py" line="29" />
            <source>单位简称</source>
            <translation>单位简称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/number_scheme_box.py" line="27" />
            <source>如：示范大学；留空用单位名称</source>
            <translation>如：示范大学；留空用单位名称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/number_scheme_box.py" line="18" />
            <source>文书编号（文号）</source>
            <translation>文书编号（文号）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/number_scheme_box.py" line="20" />
            <source>格式中可用 {单位简称}、{年}（成文日期的年份）和 {序号}（{序号:03} 补足三位）；年份用六角括号〔〕，序号不加“第”（GB/T 9704-2012 7.2.4）。每类文书每年单独编号；留空用默认格式。</source>
            <translation>格式中可用 {单位简称}、{年}（成文日期的年份）和 {序号}（{序号:03} 补足三位）；年份用六角括号〔〕，序号不加“第”（GB/T 9704-2012 7.2.4）。每类文书每年单独编号；留空用默认格式。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/number_scheme_box.py" line="60" />
            <source>格式有误：{0}</source>
            <translation>格式有误：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/number_scheme_box.py" line="63" />
            <source>示例：{0}</source>
            <translation>示例：{0}</translation>
        </message>
    </context>
    <context>
        <name>ObjectionDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="54" />
            <source>异议内容</source>
            <translation>异议内容</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="52" />
            <source>提出人</source>
            <translation>提出人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="53" />
            <source>提出日期</source>
            <translation>提出日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="47" />
            <source>登记异议</source>
            <translation>登记异议</translation>
        </message>
    </context>
    <context>
        <name>OutputPath</name>
        <message>
            <location filename="../../kjcg_desktop/ui/dialogs.py" line="51" />
            <source>不能保存到这里</source>
            <translation>不能保存到这里</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="90" />
            <source>专利</source>
            <translation>专利</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="99" />
            <source>收据号</source>
            <translation>收据号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="87" />
            <source>登记年费缴纳</source>
            <translation>登记年费缴纳</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="102" />
            <source>缴费人</source>
            <translation>缴费人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="93" />
            <source>缴费日期</source>
            <translation>缴费日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="91" />
            <source>费用种类</source>
            <translation>费用种类</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/fees_page.py" line="96" />
            <source>金额（元）</source>
            <translation>金额（元）</translation>
        </message>
    </context>
    <context>
        <name>PeopleField</name>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="304" />
            <source>合计 {0}%</source>
            <translation>合计 {0}%</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="251" />
            <source>添加完成人</source>
            <translation>添加完成人</translation>
        </message>
    </context>
    <context>
        <name>PersonRow</name>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="223" />
            <source>代表</source>
            <translation>代表</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="224" />
            <source>删除</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="217" />
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="221" />
            <source>比例</source>
            <translation>比例</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="219" />
            <source>部门</source>
            <translation>部门</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="340" />
            <source> 等 {0} 个</source>
            <translation> 等 {0} 个</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="353" />
            <source> 等 {0} 列</source>
            <translation> 等 {0} 列</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="372" />
            <source>{0} 处更正所在的单元格已不再导入，未采用。</source>
            <translation>{0} 处更正所在的单元格已不再导入，未采用。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="354" />
            <source>{0} 条成果共 {1} 处待核对</source>
            <translation>{0} 条成果共 {1} 处待核对</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="368" />
            <source>{0} 笔缴费或合同已在台账中，不重复记入。</source>
            <translation>{0} 笔缴费或合同已在台账中，不重复记入。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="442" />
            <source>{0}：{1} {2}</source>
            <translation>{0}：{1} {2}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="440" />
            <source>{0}：共 {1} {3}，此处显示前 {2} {3}，全部见“导出导入报告”</source>
            <translation>{0}：共 {1} {3}，此处显示前 {2} {3}，全部见“导出导入报告”</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="362" />
            <source>。上次从同一台账文件（同名或只差日期）导入的 {0} 条成果本次文件中已没有：{1}（不会删除，见导入报告“文件中已没有的成果”）</source>
            <translation>。上次从同一台账文件（同名或只差日期）导入的 {0} 条成果本次文件中已没有：{1}（不会删除，见导入报告“文件中已没有的成果”）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="242" />
            <source>依据</source>
            <translation>依据</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="257" />
            <source>修改列对应…</source>
            <translation>修改列对应…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="119" />
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="250" />
            <source>只看新增、字段有变化的更新、仅附加列变化的更新或有待核对的成果</source>
            <translation>只看新增、字段有变化的更新、仅附加列变化的更新或有待核对的成果</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="242" />
            <source>台账编号</source>
            <translation>台账编号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="259" />
            <source>回到“列映射”改正某列对应的字段；已填写的更正会保留</source>
            <translation>回到“列映射”改正某列对应的字段；已填写的更正会保留</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="389" />
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="390" />
            <source>处</source>
            <translation>处</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="294" />
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="481" />
            <source>导入</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="261" />
            <source>导出导入报告…</source>
            <translation>导出导入报告…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="356" />
            <source>将新增 {0} 条，更新 {1} 条（按申请号/专利号、登记号、台账编号或公开（公告）号匹配），无变化 {2} 条，跳过 {3} 行（空行、合计行、说明行、分节标题、重复表头），{4}。附加列：{5}</source>
            <translation>将新增 {0} 条，更新 {1} 条（按申请号/专利号、登记号、台账编号或公开（公告）号匹配），无变化 {2} 条，跳过 {3} 行（空行、合计行、说明行、分节标题、重复表头），{4}。附加列：{5}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="388" />
            <source>将新增或更新的成果</source>
            <translation>将新增或更新的成果</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="244" />
            <source>属性按法律状态认定（1-2 第五条）；阶段按证据认定（1-2 第八条、第九条）。导入时采用按规则计算的标记。</source>
            <translation>属性按法律状态认定（1-2 第五条）；阶段按证据认定（1-2 第八条、第九条）。导入时采用按规则计算的标记。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="242" />
            <source>工作表</source>
            <translation>工作表</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="338" />
            <source>工作表“{0}”{1}“{2}”</source>
            <translation>工作表“{0}”{1}“{2}”</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="481" />
            <source>已按“更正为”一列重新预览，请核对后再点“导入”。</source>
            <translation>已按“更正为”一列重新预览，请核对后再点“导入”。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="365" />
            <source>年费缴费记录 {0} 笔将记入年费台账，合同 {1} 项将登记到合同台账。</source>
            <translation>年费缴费记录 {0} 笔将记入年费台账，合同 {1} 项将登记到合同台账。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="389" />
            <source>待核对（已导入，原文保留）</source>
            <translation>待核对（已导入，原文保留）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="242" />
            <source>成果名称</source>
            <translation>成果名称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="263" />
            <source>把将新增与更新的成果、全部待核对项（含来源单元格与原文）、更新内容、标记不一致和未导入的行写入 Excel</source>
            <translation>把将新增与更新的成果、全部待核对项（含来源单元格与原文）、更新内容、标记不一致和未导入的行写入 Excel</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="254" />
            <source>按更正重新预览</source>
            <translation>按更正重新预览</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="242" />
            <source>按规则</source>
            <translation>按规则</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="242" />
            <source>文件中</source>
            <translation>文件中</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="390" />
            <source>文件中的标记与按规则计算的标记不一致</source>
            <translation>文件中的标记与按规则计算的标记不一致</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="106" />
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="119" />
            <source>新增</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="351" />
            <source>无</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="107" />
            <source>无变化</source>
            <translation>无变化</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="355" />
            <source>无待核对</source>
            <translation>无待核对</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="279" />
            <source>显示：</source>
            <translation>显示：</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="106" />
            <source>更新</source>
            <translation>更新</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="121" />
            <source>更新：仅附加列</source>
            <translation>更新：仅附加列</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="120" />
            <source>更新：字段有变化</source>
            <translation>更新：字段有变化</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="122" />
            <source>有待核对</source>
            <translation>有待核对</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="388" />
            <source>条</source>
            <translation>条</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="242" />
            <source>标记</source>
            <translation>标记</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="318" />
            <source>正在核对每一行…</source>
            <translation>正在核对每一行…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="222" />
            <source>每个非空行都会成为一条成果或更新已有成果；无法确定的值原样保留并标记“待核对”。可在“更正为”一列直接改正后点“按更正重新预览”；确认后一次性写入，可整体撤销。</source>
            <translation>每个非空行都会成为一条成果或更新已有成果；无法确定的值原样保留并标记“待核对”。可在“更正为”一列直接改正后点“按更正重新预览”；确认后一次性写入，可整体撤销。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="335" />
            <source>注意：{0}</source>
            <translation>注意：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="242" />
            <source>行</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="341" />
            <source>远离表格的单元格未作为成果导入：{0}{1}（可能是误填，或 Excel 记录的使用范围远超表格；导入报告的“读取说明”列出全部，请核对原文件）</source>
            <translation>远离表格的单元格未作为成果导入：{0}{1}（可能是误填，或 Excel 记录的使用范围远超表格；导入报告的“读取说明”列出全部，请核对原文件）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="221" />
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="325" />
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="329" />
            <source>预览</source>
            <translation>预览</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_preview.py" line="370" />
            <source>；已采用更正 {0} 处。</source>
            <translation>；已采用更正 {0} 处。</translation>
        </message>
    </context>
    <context>
        <name>PublicityDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="318" />
            <source>公示天数</source>
            <translation>公示天数</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="344" />
            <source>公示开始日期</source>
            <translation>公示开始日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="320" />
            <source>公示期满</source>
            <translation>公示期满</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="316" />
            <source>公示类型</source>
            <translation>公示类型</translation>
        </message>
        <message>
            <source>关联交易公示（签约前）</source>
            <translation>关联交易公示（签约前）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="301" />
            <source>发起公示</source>
            <translation>发起公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="317" />
            <source>开始日期</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="308" />
            <source>按工作日计算</source>
            <translation>按工作日计算</translation>
        </message>
        <message>
            <source>收益分配及现金奖励公示（到账后）</source>
            <translation>收益分配及现金奖励公示（到账后）</translation>
        </message>
        <message>
            <source>转化交易及拟交易价格公示（签约前）</source>
            <translation>转化交易及拟交易价格公示（签约前）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="338" />
            <source>（末日为休息日，顺延；民法典第二百零三条）</source>
            <translation>（末日为休息日，顺延；民法典第二百零三条）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="333" />
            <source>（请先填写公示开始日期）</source>
            <translation>（请先填写公示开始日期）</translation>
        </message>
    </context>
    <context>
        <name>PublicityPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="204" />
            <source>&lt;b&gt;{0}&lt;/b&gt;：{1} 起公示 {2}{3}，名义届满日 {4}，届满日 &lt;b&gt;{5}&lt;/b&gt;（依据：{6}；{7}）</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;：{1} 起公示 {2}{3}，名义届满日 {4}，届满日 &lt;b&gt;{5}&lt;/b&gt;（依据：{6}；{7}）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="259" />
            <source>不能结束公示</source>
            <translation>不能结束公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="147" />
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="205" />
            <source>个工作日</source>
            <translation>个工作日</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="38" />
            <source>公示期</source>
            <translation>公示期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="87" />
            <source>公示期自公示次日起算；届满日遇休息日或法定节假日顺延至下一个工作日；届满日 24:00 期满，次日起方可结束公示、认定自动放弃或签约（民法典第二百零一条至第二百零四条）。赋权公示不少于15日（方案二(一)、方案二(二)）。</source>
            <translation>公示期自公示次日起算；届满日遇休息日或法定节假日顺延至下一个工作日；届满日 24:00 期满，次日起方可结束公示、认定自动放弃或签约（民法典第二百零一条至第二百零四条）。赋权公示不少于15日（方案二(一)、方案二(二)）。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="38" />
            <source>剩余天数</source>
            <translation>剩余天数</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="38" />
            <source>名义届满</source>
            <translation>名义届满</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="115" />
            <source>处理异议</source>
            <translation>处理异议</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="39" />
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="314" />
            <source>处理日期</source>
            <translation>处理日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="39" />
            <source>处理结果</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="38" />
            <source>届满日</source>
            <translation>届满日</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="146" />
            <source>已届满，可结束公示</source>
            <translation>已届满，可结束公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="38" />
            <source>开始日期</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="38" />
            <source>异议</source>
            <translation>异议</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="39" />
            <source>异议内容</source>
            <translation>异议内容</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="296" />
            <source>异议成立</source>
            <translation>异议成立</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="195" />
            <source>待处理</source>
            <translation>待处理</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="39" />
            <source>提出人</source>
            <translation>提出人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="39" />
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="275" />
            <source>提出日期</source>
            <translation>提出日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="38" />
            <source>提示</source>
            <translation>提示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="311" />
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="316" />
            <source>无法保存</source>
            <translation>无法保存</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="278" />
            <source>无法登记异议</source>
            <translation>无法登记异议</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="147" />
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="205" />
            <source>日</source>
            <translation>日</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="38" />
            <source>标题</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="38" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="114" />
            <source>登记异议</source>
            <translation>登记异议</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="38" />
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="113" />
            <source>结束公示</source>
            <translation>结束公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="311" />
            <source>请填写处理结果</source>
            <translation>请填写处理结果</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="146" />
            <source>遇休息日或法定节假日顺延</source>
            <translation>遇休息日或法定节假日顺延</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="197" />
            <source>（异议不成立）</source>
            <translation>（异议不成立）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="197" />
            <source>（异议成立）</source>
            <translation>（异议成立）</translation>
        </message>
    </context>
    <context>
        <name>ReceiptDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="259" />
            <source>{0}的分配比例</source>
            <translation>{0}的分配比例</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="277" />
            <source>「到账金额」须大于 0</source>
            <translation>「到账金额」须大于 0</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="213" />
            <source>付款方</source>
            <translation>付款方</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="214" />
            <source>凭证号</source>
            <translation>凭证号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="211" />
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="279" />
            <source>到账日期</source>
            <translation>到账日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="206" />
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="258" />
            <source>到账金额</source>
            <translation>到账金额</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="212" />
            <source>到账金额（元）</source>
            <translation>到账金额（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="270" />
            <source>合计 {0} 元（到账 {1} 元）</source>
            <translation>合计 {0} 元（到账 {1} 元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="239" />
            <source>按约定比例分配，每人金额向下取整到分，余下的分按余数从大到小补足，合计与到账金额完全相等。</source>
            <translation>按约定比例分配，每人金额向下取整到分，余下的分按余数从大到小补足，合计与到账金额完全相等。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="216" />
            <source>收益人</source>
            <translation>收益人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="216" />
            <source>比例（%）</source>
            <translation>比例（%）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="234" />
            <source>登记</source>
            <translation>登记</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="204" />
            <source>登记到账与收益分配</source>
            <translation>登记到账与收益分配</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="216" />
            <source>金额（元）</source>
            <translation>金额（元）</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="374" />
            <source>会议纪要、凭证等（可选）</source>
            <translation>会议纪要、凭证等（可选）</translation>
        </message>
        <message>
            <source>关联交易审查</source>
            <translation>关联交易审查</translation>
        </message>
        <message>
            <source>其他</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="386" />
            <source>决定人/经办人</source>
            <translation>决定人/经办人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="370" />
            <source>决策机构/决定人、经办人或出具机构</source>
            <translation>决策机构/决定人、经办人或出具机构</translation>
        </message>
        <message>
            <source>定价方式证明</source>
            <translation>定价方式证明</translation>
        </message>
        <message>
            <source>审批决定</source>
            <translation>审批决定</translation>
        </message>
        <message>
            <source>审核决定</source>
            <translation>审核决定</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="385" />
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="414" />
            <source>日期</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="365" />
            <source>登记尽职证据</source>
            <translation>登记尽职证据</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="384" />
            <source>证据类型</source>
            <translation>证据类型</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="387" />
            <source>说明</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="375" />
            <source>选择…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="397" />
            <source>选择附件</source>
            <translation>选择附件</translation>
        </message>
        <message>
            <source>通知、告知</source>
            <translation>通知、告知</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="388" />
            <source>附件</source>
            <translation>附件</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="411" />
            <source>附件文件不存在：{0}</source>
            <translation>附件文件不存在：{0}</translation>
        </message>
    </context>
    <context>
        <name>RectificationDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="98" />
            <source>「成立日期」：{0}</source>
            <translation>「成立日期」：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="89" />
            <source>企业名称</source>
            <translation>企业名称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="93" />
            <source>使用情况</source>
            <translation>使用情况</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="86" />
            <source>允许试点单位对过往利用单位职务科技成果自主创办企业进行合规整改（方案二(六)）。</source>
            <translation>允许试点单位对过往利用单位职务科技成果自主创办企业进行合规整改（方案二(六)）。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="91" />
            <source>创办人</source>
            <translation>创办人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="85" />
            <source>如何利用职务科技成果（作价入股、无偿使用等）</source>
            <translation>如何利用职务科技成果（作价入股、无偿使用等）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="90" />
            <source>成立日期</source>
            <translation>成立日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="92" />
            <source>所用成果</source>
            <translation>所用成果</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="77" />
            <source>登记需合规整改的创业企业</source>
            <translation>登记需合规整改的创业企业</translation>
        </message>
    </context>
    <context>
        <name>RectificationsPanel</name>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="202" />
            <source>不能完成整改</source>
            <translation>不能完成整改</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="161" />
            <source>企业名称</source>
            <translation>企业名称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="161" />
            <source>使用情况</source>
            <translation>使用情况</translation>
        </message>
        <message>
            <source>创业企业合规整改 (方案二(六)).</source>
            <translation>创业企业合规整改 (方案二(六)).</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="161" />
            <source>创办人</source>
            <translation>创办人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="193" />
            <source>完成日期</source>
            <translation>完成日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="180" />
            <source>已整改</source>
            <translation>已整改</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="180" />
            <source>待整改</source>
            <translation>待整改</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="161" />
            <source>成立日期</source>
            <translation>成立日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="162" />
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="193" />
            <source>整改完成</source>
            <translation>整改完成</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="165" />
            <source>整改完成…</source>
            <translation>整改完成…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="162" />
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="196" />
            <source>整改措施</source>
            <translation>整改措施</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="161" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="163" />
            <source>登记企业…</source>
            <translation>登记企业…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="168" />
            <source>过往利用职务科技成果自主创办企业的合规整改（方案二(六)）</source>
            <translation>过往利用职务科技成果自主创办企业的合规整改（方案二(六)）</translation>
        </message>
    </context>
    <context>
        <name>RegistersPanel</name>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="417" />
            <source>交易</source>
            <translation>交易</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="425" />
            <source>人员兼职与离岗创业</source>
            <translation>人员兼职与离岗创业</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="416" />
            <source>企业名称</source>
            <translation>企业名称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="415" />
            <source>兼职或创业单位</source>
            <translation>兼职或创业单位</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="416" />
            <source>创办人</source>
            <translation>创办人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="416" />
            <source>单位持股</source>
            <translation>单位持股</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="415" />
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="415" />
            <source>开始日期</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="416" />
            <source>成立日期</source>
            <translation>成立日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="416" />
            <source>所用成果</source>
            <translation>所用成果</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="417" />
            <source>折合金额（元）</source>
            <translation>折合金额（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="417" />
            <source>授予日期</source>
            <translation>授予日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="418" />
            <source>登记人员…</source>
            <translation>登记人员…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="420" />
            <source>登记企业…</source>
            <translation>登记企业…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="422" />
            <source>登记股权奖励…</source>
            <translation>登记股权奖励…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="415" />
            <source>类别</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="415" />
            <source>结束日期</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="417" />
            <source>股份</source>
            <translation>股份</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="427" />
            <source>股权奖励（财税〔2016〕101号）</source>
            <translation>股权奖励（财税〔2016〕101号）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="417" />
            <source>获奖励人</source>
            <translation>获奖励人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="426" />
            <source>衍生（参股）企业</source>
            <translation>衍生（参股）企业</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="417" />
            <source>计税方式</source>
            <translation>计税方式</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="415" />
            <source>部门</source>
            <translation>部门</translation>
        </message>
    </context>
    <context>
        <name>RegistrationFactsDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="478" />
            <source>交易对方（买方）</source>
            <translation>交易对方（买方）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="511" />
            <source>合同有效期的结束日期不能早于开始日期</source>
            <translation>合同有效期的结束日期不能早于开始日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="481" />
            <source>合同有效期自</source>
            <translation>合同有效期自</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="482" />
            <source>合同有效期至</source>
            <translation>合同有效期至</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="469" />
            <source>如 电子信息、生物医药、新材料</source>
            <translation>如 电子信息、生物医药、新材料</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="506" />
            <source>开始日期</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="480" />
            <source>技术交易额（元）</source>
            <translation>技术交易额（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="457" />
            <source>技术合同登记表信息</source>
            <translation>技术合同登记表信息</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="479" />
            <source>技术领域</source>
            <translation>技术领域</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="462" />
            <source>新建…</source>
            <translation>新建…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="506" />
            <source>结束日期</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="485" />
            <source>预计新增产值（元）</source>
            <translation>预计新增产值（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="484" />
            <source>预计新增投入（元）</source>
            <translation>预计新增投入（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="490" />
            <source>（未关联交易对方记录）</source>
            <translation>（未关联交易对方记录）</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="81" />
            <source> 年</source>
            <translation> 年</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="52" />
            <source>KJCG年度报告</source>
            <translation>KJCG年度报告</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="152" />
            <source>Windows 上先尝试在默认邮件程序中打开新邮件（附两个文件），否则生成 .eml 草稿</source>
            <translation>Windows 上先尝试在默认邮件程序中打开新邮件（附两个文件），否则生成 .eml 草稿</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="215" />
            <source>{0} 年指标已统计（涉密成果不纳入统计）</source>
            <translation>{0} 年指标已统计（涉密成果不纳入统计）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="197" />
            <location filename="../../kjcg_desktop/ui/report_page.py" line="198" />
            <source>{0}年</source>
            <translation>{0}年</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="235" />
            <source>“{0}”（{1} 年）背后的{2}记录：共 {3} 条{4}</source>
            <translation>“{0}”（{1} 年）背后的{2}记录：共 {3} 条{4}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="184" />
            <source>与 {0} 年比较</source>
            <translation>与 {0} 年比较</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="276" />
            <source>以下 {0} 个单元格超出 Excel 上限，已截断并在单元格末尾注明：
{1}</source>
            <translation>以下 {0} 个单元格超出 Excel 上限，已截断并在单元格末尾注明：
{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="198" />
            <source>依据</source>
            <translation>依据</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="213" />
            <source>依据：{0}。点击查看该指标背后的记录。</source>
            <translation>依据：{0}。点击查看该指标背后的记录。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="125" />
            <source>保存文字</source>
            <translation>保存文字</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="167" />
            <source>六部分正文：含本年度数据的草稿，修改后按年度保存</source>
            <translation>六部分正文：含本年度数据的草稿，修改后按年度保存</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="123" />
            <source>典型做法与经验</source>
            <translation>典型做法与经验</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="197" />
            <source>单位</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="164" />
            <source>各指标表及每一行对应的记录</source>
            <translation>各指标表及每一行对应的记录</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="163" />
            <source>国家年度报告指标…</source>
            <translation>国家年度报告指标…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="166" />
            <source>国家年度报告正文…</source>
            <translation>国家年度报告正文…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="198" />
            <source>增减</source>
            <translation>增减</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="119" />
            <source>存在的问题与建议……</source>
            <translation>存在的问题与建议……</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="124" />
            <source>存在问题与建议</source>
            <translation>存在问题与建议</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="354" />
            <source>已发送给：{0}</source>
            <translation>已发送给：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="329" />
            <source>已在默认邮件程序中打开新邮件</source>
            <translation>已在默认邮件程序中打开新邮件</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="335" />
            <source>已生成未发送的邮件草稿（附 Excel 和 PDF），用 Outlook 等邮件程序打开后核对并发送：
{0}</source>
            <translation>已生成未发送的邮件草稿（附 Excel 和 PDF），用 Outlook 等邮件程序打开后核对并发送：
{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="274" />
            <location filename="../../kjcg_desktop/ui/report_page.py" line="314" />
            <source>已生成：{0}、{1}</source>
            <translation>已生成：{0}、{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="276" />
            <location filename="../../kjcg_desktop/ui/report_page.py" line="398" />
            <source>年度报告</source>
            <translation>年度报告</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="398" />
            <source>年度报告操作失败：{0}</source>
            <translation>年度报告操作失败：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="144" />
            <source>年度报告邮件的收件人，多个用分号分隔；保存在设置中</source>
            <translation>年度报告邮件的收件人，多个用分号分隔；保存在设置中</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="169" />
            <location filename="../../kjcg_desktop/ui/report_page.py" line="337" />
            <source>打开文件夹</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="157" />
            <source>报主管部门的科技成果转化年度报告：六部分正文（Word，可编辑）和指标表（Excel）；涉密成果不予报告（促进科技成果转化法第二十一条）</source>
            <translation>报主管部门的科技成果转化年度报告：六部分正文（Word，可编辑）和指标表（Excel）；涉密成果不予报告（促进科技成果转化法第二十一条）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="76" />
            <source>报告年度</source>
            <translation>报告年度</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="197" />
            <source>指标</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="397" />
            <source>操作失败</source>
            <translation>操作失败</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="141" />
            <source>收件人</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="247" />
            <source>文字已保存</source>
            <translation>文字已保存</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="117" />
            <source>本年度推进成果转化的典型做法与经验……</source>
            <translation>本年度推进成果转化的典型做法与经验……</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="309" />
            <source>正在生成 {0} 年度国家年度报告……</source>
            <translation>正在生成 {0} 年度国家年度报告……</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="270" />
            <source>正在生成 {0} 年度报告……</source>
            <translation>正在生成 {0} 年度报告……</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="185" />
            <source>正在统计 {0} 年指标……</source>
            <translation>正在统计 {0} 年指标……</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="82" />
            <source>每年报告上一年度的科技成果国有资产情况及试点执行情况（1-2 第十二条、方案三(四)）</source>
            <translation>每年报告上一年度的科技成果国有资产情况及试点执行情况（1-2 第十二条、方案三(四)）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="160" />
            <source>汇总各部门报告…</source>
            <translation>汇总各部门报告…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="105" />
            <source>点击上方指标，查看该数字背后的记录。</source>
            <translation>点击上方指标，查看该数字背后的记录。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="149" />
            <source>生成 Excel 和 PDF</source>
            <translation>生成 Excel 和 PDF</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="156" />
            <source>生成国家年度报告（Word + Excel）</source>
            <translation>生成国家年度报告（Word + Excel）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="151" />
            <source>生成邮件草稿</source>
            <translation>生成邮件草稿</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="114" />
            <source>试点工作情况（写入报告正文，方案三(四)）</source>
            <translation>试点工作情况（写入报告正文，方案三(四)）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="143" />
            <source>财务处 &lt;cw@example.edu.cn&gt;; gz@example.edu.cn</source>
            <translation>财务处 &lt;cw@example.edu.cn&gt;; gz@example.edu.cn</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="135" />
            <source>输出文件夹</source>
            <translation>输出文件夹</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="138" />
            <source>选择…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="161" />
            <source>选择各部门、附属医院生成的国家年度报告工作簿，与本单位数据汇总；相同合同、成果只计一次</source>
            <translation>选择各部门、附属医院生成的国家年度报告工作簿，与本单位数据汇总；相同合同、成果只计一次</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="296" />
            <source>选择各部门的国家年度报告工作簿</source>
            <translation>选择各部门的国家年度报告工作簿</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="260" />
            <source>选择输出文件夹</source>
            <translation>选择输出文件夹</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="154" />
            <source>通过 SMTP 发送…</source>
            <translation>通过 SMTP 发送…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="334" />
            <source>邮件草稿</source>
            <translation>邮件草稿</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="333" />
            <source>邮件草稿：{0}</source>
            <translation>邮件草稿：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="87" />
            <source>重新统计</source>
            <translation>重新统计</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="316" />
            <source>（已汇总 {0}，剔除重复 {1} 条）</source>
            <translation>（已汇总 {0}，剔除重复 {1} 条）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="315" />
            <source>（涉密记录 {0} 条未报告）</source>
            <translation>（涉密记录 {0} 条未报告）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="234" />
            <source>，显示前 {0} 条</source>
            <translation>，显示前 {0} 条</translation>
        </message>
    </context>
    <context>
        <name>ResolveDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="65" />
            <source>处理异议</source>
            <translation>处理异议</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="72" />
            <source>处理日期</source>
            <translation>处理日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="70" />
            <source>处理结果</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/publicity_page.py" line="68" />
            <source>异议成立</source>
            <translation>异议成立</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="426" />
            <source>{0} 条成果共 {1} 处待核对，可在成果台账中按“待核对”筛选。</source>
            <translation>{0} 条成果共 {1} 处待核对，可在成果台账中按“待核对”筛选。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="436" />
            <source>上次导入的 {0} 条成果本次文件中已没有，系统中未删除，请核对是否已放弃、转让或移出台账（见导入报告“文件中已没有的成果”）。</source>
            <translation>上次导入的 {0} 条成果本次文件中已没有，系统中未删除，请核对是否已放弃、转让或移出台账（见导入报告“文件中已没有的成果”）。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="434" />
            <source>台账中现有 {0} 条成果待核对，可按“待核对”筛选。</source>
            <translation>台账中现有 {0} 条成果待核对，可按“待核对”筛选。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="396" />
            <source>导入完成</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="403" />
            <source>导出导入报告…</source>
            <translation>导出导入报告…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="418" />
            <source>已导入：新增 {0} 条，更新 {1} 条（导入批次 {2}）。</source>
            <translation>已导入：新增 {0} 条，更新 {1} 条（导入批次 {2}）。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="422" />
            <source>年费缴费记录 {0} 笔已记入年费台账，合同 {1} 项已登记到合同台账。</source>
            <translation>年费缴费记录 {0} 笔已记入年费台账，合同 {1} 项已登记到合同台账。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="400" />
            <source>撤销本次导入</source>
            <translation>撤销本次导入</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="429" />
            <source>本次导入 {0} 条成果共 {1} 处待核对；台账中现有 {2} 条成果待核对，可按“待核对”筛选。</source>
            <translation>本次导入 {0} 条成果共 {1} 处待核对；台账中现有 {2} 条成果待核对，可按“待核对”筛选。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="405" />
            <source>本次导入新增与更新的成果、待核对项（含来源单元格与原文）、更新内容和未导入的行</source>
            <translation>本次导入新增与更新的成果、待核对项（含来源单元格与原文）、更新内容和未导入的行</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="432" />
            <source>本次导入没有待核对项。</source>
            <translation>本次导入没有待核对项。</translation>
        </message>
    </context>
    <context>
        <name>ReverseDialog</name>
        <message>
            <source>处理异议</source>
            <translation>处理异议</translation>
        </message>
        <message>
            <source>完成交易</source>
            <translation>完成交易</translation>
        </message>
        <message>
            <source>审批通过</source>
            <translation>审批通过</translation>
        </message>
        <message>
            <source>开始公示</source>
            <translation>开始公示</translation>
        </message>
        <message>
            <source>批准收益分配</source>
            <translation>批准收益分配</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="162" />
            <source>撤销「{0}」（{1}，{2}，{3}）。撤销作为新记录写入事件日志，原决定保留。</source>
            <translation>撤销「{0}」（{1}，{2}，{3}）。撤销作为新记录写入事件日志，原决定保留。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="157" />
            <source>撤销决定</source>
            <translation>撤销决定</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="165" />
            <source>撤销后以下文号作废：{0}</source>
            <translation>撤销后以下文号作废：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="178" />
            <source>撤销理由</source>
            <translation>撤销理由</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="167" />
            <source>没有可撤销的决定。</source>
            <translation>没有可撤销的决定。</translation>
        </message>
        <message>
            <source>生效</source>
            <translation>生效</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/decision_dialog.py" line="182" />
            <source>确认撤销</source>
            <translation>确认撤销</translation>
        </message>
        <message>
            <source>签约</source>
            <translation>签约</translation>
        </message>
        <message>
            <source>签署协议</source>
            <translation>签署协议</translation>
        </message>
        <message>
            <source>结束公示</source>
            <translation>结束公示</translation>
        </message>
        <message>
            <source>驳回</source>
            <translation>驳回</translation>
        </message>
    </context>
    <context>
        <name>ServerDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="42" />
            <source>几位同事共用一个台账时，数据库放在办公室的 PostgreSQL 服务器上。请填写管理员给您的服务器地址和您自己的账号。</source>
            <translation>几位同事共用一个台账时，数据库放在办公室的 PostgreSQL 服务器上。请填写管理员给您的服务器地址和您自己的账号。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="84" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="67" />
            <source>在系统钥匙串中记住密码</source>
            <translation>在系统钥匙串中记住密码</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="49" />
            <source>如 tto-server 或 192.168.1.20</source>
            <translation>如 tto-server 或 192.168.1.20</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="65" />
            <source>密码</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="63" />
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="105" />
            <source>数据库</source>
            <translation>数据库</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="61" />
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="105" />
            <source>服务器</source>
            <translation>服务器</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="119" />
            <source>未能连接：{0}</source>
            <translation>未能连接：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="74" />
            <source>本机没有可用的系统钥匙串：密码只在本次使用期间保留，下次启动时会再询问，不会写入任何文件。</source>
            <translation>本机没有可用的系统钥匙串：密码只在本次使用期间保留，下次启动时会再询问，不会写入任何文件。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="114" />
            <source>正在连接…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="62" />
            <source>端口</source>
            <translation>端口</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="108" />
            <source>请填写：{0}</source>
            <translation>请填写：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="64" />
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="105" />
            <source>账号</source>
            <translation>账号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="83" />
            <source>连接</source>
            <translation>连接</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/server_dialog.py" line="38" />
            <source>连接办公室服务器</source>
            <translation>连接办公室服务器</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="244" />
            <source>.ttc 字体集中的字体序号（宋体 simsun.ttc 为 0）</source>
            <translation>.ttc 字体集中的字体序号（宋体 simsun.ttc 为 0）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="85" />
            <source>6位行政区划代码，可空</source>
            <translation>6位行政区划代码，可空</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="375" />
            <source>TrueType 字体 (*.ttf *.ttc)</source>
            <translation>TrueType 字体 (*.ttf *.ttc)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="446" />
            <source>交易审批权限表至少要有一级（不设上限）</source>
            <translation>交易审批权限表至少要有一级（不设上限）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="135" />
            <source>交易审批权限（按合同金额）</source>
            <translation>交易审批权限（按合同金额）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="126" />
            <source>保存设置</source>
            <translation>保存设置</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="213" />
            <source>先备份，再复制数据库和附件到新文件夹并校验，成功后切换；原文件保留并改名</source>
            <translation>先备份，再复制数据库和附件到新文件夹并校验，成功后切换；原文件保留并改名</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="220" />
            <source>先备份，再换成空数据库；单位信息和设置保留，原文件改名保留</source>
            <translation>先备份，再换成空数据库；单位信息和设置保留，原文件改名保留</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="94" />
            <source>公示与赋权默认值</source>
            <translation>公示与赋权默认值</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="228" />
            <source>几位同事共用一个台账：连接办公室的 PostgreSQL 服务器，用自己的账号登录</source>
            <translation>几位同事共用一个台账：连接办公室的 PostgreSQL 服务器，用自己的账号登录</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="155" />
            <source>删除所选级别</source>
            <translation>删除所选级别</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="339" />
            <source>制度建立截止：{0}；试点结束：{1}</source>
            <translation>制度建立截止：{0}；试点结束：{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="291" />
            <source>办公室服务器 {0}</source>
            <translation>办公室服务器 {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="69" />
            <source>单位信息</source>
            <translation>单位信息</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="79" />
            <source>单位名称</source>
            <translation>单位名称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="87" />
            <source>单位地址</source>
            <translation>单位地址</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="88" />
            <source>单位行政区划代码</source>
            <translation>单位行政区划代码</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="403" />
            <source>原数据库文件已改名为：{0}</source>
            <translation>原数据库文件已改名为：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="364" />
            <source>可用：{0}</source>
            <translation>可用：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="137" />
            <source>合同金额不超过某行上限的交易由该行的机构审批，最后一行不设上限。勾选“须会议纪要”的级别，尽职免责证据须附集体决策会议纪要（1-1 第六条）。</source>
            <translation>合同金额不超过某行上限的交易由该行的机构审批，最后一行不设上限。勾选“须会议纪要”的级别，尽职免责证据须附集体决策会议纪要（1-1 第六条）。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="106" />
            <source>团队默认所有权份额（%）</source>
            <translation>团队默认所有权份额（%）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="152" />
            <source>增加一级</source>
            <translation>增加一级</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="120" />
            <source>备份与恢复…</source>
            <translation>备份与恢复…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="243" />
            <source>子字体 </source>
            <translation>子字体 </translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="366" />
            <source>字体 {0} 无法嵌入文书（需要含中文的 TrueType 字体，不支持 OpenType CFF），保存后将改用系统字体</source>
            <translation>字体 {0} 无法嵌入文书（需要含中文的 TrueType 字体，不支持 OpenType CFF），保存后将改用系统字体</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="143" />
            <source>审批机构</source>
            <translation>审批机构</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="413" />
            <source>将删除当前数据库中的全部成果、申请、公示和交易，换成空数据库开始正式使用；单位信息和设置保留。
清除前会自动备份，原文件改名保留。是否继续？</source>
            <translation>将删除当前数据库中的全部成果、申请、公示和交易，换成空数据库开始正式使用；单位信息和设置保留。
清除前会自动备份，原文件改名保留。是否继续？</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="480" />
            <source>已保存</source>
            <translation>已保存</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="429" />
            <source>已清除演示数据</source>
            <translation>已清除演示数据</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="261" />
            <source>年度报告邮件草稿的收件人：财务、国资和科委（方案三(四)、1-2 第十二条）</source>
            <translation>年度报告邮件草稿的收件人：财务、国资和科委（方案三(四)、1-2 第十二条）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="105" />
            <source>异议受理联系方式</source>
            <translation>异议受理联系方式</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="82" />
            <source>技术合同登记表的卖方信息；行政区划代码未填时取信用代码第3–8位</source>
            <translation>技术合同登记表的卖方信息；行政区划代码未填时取信用代码第3–8位</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="80" />
            <source>技术转移机构名称</source>
            <translation>技术转移机构名称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="99" />
            <source>按工作日计算公示期</source>
            <translation>按工作日计算公示期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="89" />
            <source>操作人显示名</source>
            <translation>操作人显示名</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="230" />
            <source>改回本机数据库</source>
            <translation>改回本机数据库</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="207" />
            <source>数据、文书与界面</source>
            <translation>数据、文书与界面</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="118" />
            <source>数据安全</source>
            <translation>数据安全</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="236" />
            <source>数据库</source>
            <translation>数据库</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="400" />
            <source>数据库已移动到：{0}
移动前的备份：{1}
附件：{2} 个</source>
            <translation>数据库已移动到：{0}
移动前的备份：{1}
附件：{2} 个</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="218" />
            <source>数据文件夹</source>
            <translation>数据文件夹</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="404" />
            <source>数据文件夹已移动</source>
            <translation>数据文件夹已移动</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="256" />
            <source>文书字体</source>
            <translation>文书字体</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="426" />
            <source>无法清除演示数据</source>
            <translation>无法清除演示数据</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="396" />
            <source>无法移动数据文件夹</source>
            <translation>无法移动数据文件夹</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="452" />
            <source>本单位</source>
            <translation>本单位</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="291" />
            <source>本机数据库文件</source>
            <translation>本机数据库文件</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="121" />
            <source>查看自动备份、立即备份、从备份恢复</source>
            <translation>查看自动备份、立即备份、从备份恢复</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="392" />
            <source>正在备份、复制并校验数据库和附件…</source>
            <translation>正在备份、复制并校验数据库和附件…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="420" />
            <source>正在备份并换成空数据库…</source>
            <translation>正在备份并换成空数据库…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="260" />
            <source>每行一个，例如：财务处 &lt;caiwu@example.edu.cn&gt;</source>
            <translation>每行一个，例如：财务处 &lt;caiwu@example.edu.cn&gt;</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="426" />
            <source>清除失败：{0}</source>
            <translation>清除失败：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="412" />
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="419" />
            <source>清除演示数据</source>
            <translation>清除演示数据</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="219" />
            <source>清除演示数据，开始正式使用…</source>
            <translation>清除演示数据，开始正式使用…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="429" />
            <source>现在是空数据库，可以开始登记成果或导入 Excel 台账。
清除前的备份：{0}</source>
            <translation>现在是空数据库，可以开始登记成果或导入 Excel 台账。
清除前的备份：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="268" />
            <source>界面语言 / Language</source>
            <translation>界面语言 / Language</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="396" />
            <source>移动到 {0} 失败：{1}</source>
            <translation>移动到 {0} 失败：{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="391" />
            <source>移动数据文件夹</source>
            <translation>移动数据文件夹</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="212" />
            <source>移动数据文件夹…</source>
            <translation>移动数据文件夹…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="86" />
            <source>统一社会信用代码</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="247" />
            <source>自动</source>
            <translation>自动</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="352" />
            <source>自动选择系统中文字体</source>
            <translation>自动选择系统中文字体</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="240" />
            <source>自动：宋体、黑体或系统中已安装的中文 TrueType 字体</source>
            <translation>自动：宋体、黑体或系统中已安装的中文 TrueType 字体</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="76" />
            <source>试点启动后三年（方案五(一)）；一年内建立配套管理制度（方案三(二)）</source>
            <translation>试点启动后三年（方案五(一)）；一年内建立配套管理制度（方案三(二)）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="90" />
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="434" />
            <source>试点启动日期</source>
            <translation>试点启动日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="98" />
            <source>赋权公示期不少于15日（方案二(一)、方案二(二)）</source>
            <translation>赋权公示期不少于15日（方案二(一)、方案二(二)）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="226" />
            <source>连接办公室服务器…</source>
            <translation>连接办公室服务器…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="245" />
            <source>选择字体…</source>
            <translation>选择字体…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="374" />
            <source>选择文书字体</source>
            <translation>选择文书字体</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="380" />
            <source>选择新的数据文件夹（空文件夹）</source>
            <translation>选择新的数据文件夹（空文件夹）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="263" />
            <source>邮件收件人</source>
            <translation>邮件收件人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="441" />
            <source>邮件收件人格式不正确：{0}（应为 名称 &lt;地址&gt; 或 地址）</source>
            <translation>邮件收件人格式不正确：{0}（应为 名称 &lt;地址&gt; 或 地址）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="102" />
            <source>部分赋权时团队默认所有权份额（%），申请时可修改</source>
            <translation>部分赋权时团队默认所有权份额（%），申请时可修改</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="143" />
            <source>金额上限（元，最后一行留空）</source>
            <translation>金额上限（元，最后一行留空）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="143" />
            <source>须会议纪要</source>
            <translation>须会议纪要</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="74" />
            <source>默认使用 Windows 用户名</source>
            <translation>默认使用 Windows 用户名</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="103" />
            <source>默认公示天数</source>
            <translation>默认公示天数</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="289" />
            <source>（内存数据库）</source>
            <translation>（内存数据库）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="289" />
            <source>（附件保存在办公室服务器上）</source>
            <translation>（附件保存在办公室服务器上）</translation>
        </message>
    </context>
    <context>
        <name>SheetPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="186" />
            <source> 等 {0} 个</source>
            <translation> 等 {0} 个</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="120" />
            <source>一行表头</source>
            <translation>一行表头</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="120" />
            <source>三行表头（与下两行合并）</source>
            <translation>三行表头（与下两行合并）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="120" />
            <source>两行表头（与下一行合并）</source>
            <translation>两行表头（与下一行合并）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="113" />
            <source>勾选要导入的工作表。表头位置已自动识别（跳过标题行，合并两行或三行的表头）；如不对，可手动指定表头所在行。</source>
            <translation>勾选要导入的工作表。表头位置已自动识别（跳过标题行，合并两行或三行的表头）；如不对，可手动指定表头所在行。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="209" />
            <source>工作表</source>
            <translation>工作表</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="112" />
            <source>工作表与表头</source>
            <translation>工作表与表头</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="121" />
            <source>按指定行重新识别</source>
            <translation>按指定行重新识别</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="209" />
            <source>无</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="175" />
            <source>未识别到表头（至少需要两个可识别的列名）。可手动指定表头所在行。</source>
            <translation>未识别到表头（至少需要两个可识别的列名）。可手动指定表头所在行。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="199" />
            <source>表头</source>
            <translation>表头</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="129" />
            <source>表头所在行</source>
            <translation>表头所在行</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="179" />
            <source>表头：第 {0} 行；数据从第 {1} 行开始。</source>
            <translation>表头：第 {0} 行；数据从第 {1} 行开始。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="209" />
            <source>请至少勾选一个已识别表头的工作表（未识别：{0}）</source>
            <translation>请至少勾选一个已识别表头的工作表（未识别：{0}）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="182" />
            <source>这是隐藏的工作表（在 Excel 中看不到，多为下拉选项或备查表），默认不导入；如需导入请勾选。</source>
            <translation>这是隐藏的工作表（在 Excel 中看不到，多为下拉选项或备查表），默认不导入；如需导入请勾选。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="187" />
            <source>远离表格的单元格 {0}{1} 单独读出，不作为成果导入，会列入导入报告。</source>
            <translation>远离表格的单元格 {0}{1} 单独读出，不作为成果导入，会列入导入报告。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/import_wizard.py" line="148" />
            <source>隐藏的工作表（在 Excel 中看不到），默认不导入</source>
            <translation>隐藏的工作表（在 Excel 中看不到），默认不导入</translation>
        </message>
    </context>
    <context>
        <name>SmtpDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="424" />
            <source>QQ、163 邮箱须填写在网页邮箱设置中生成的授权码，而不是登录密码</source>
            <translation>QQ、163 邮箱须填写在网页邮箱设置中生成的授权码，而不是登录密码</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="433" />
            <source>SMTP 服务器</source>
            <translation>SMTP 服务器</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="420" />
            <source>使用 SSL（端口 465）；不勾选则使用 STARTTLS</source>
            <translation>使用 SSL（端口 465）；不勾选则使用 STARTTLS</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="425" />
            <source>在系统凭据管理器中记住密码</source>
            <translation>在系统凭据管理器中记住密码</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="437" />
            <source>密码/授权码</source>
            <translation>密码/授权码</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="428" />
            <source>未安装 keyring，密码不会被保存</source>
            <translation>未安装 keyring，密码不会被保存</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="434" />
            <source>端口</source>
            <translation>端口</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="446" />
            <source>请填写 SMTP 服务器、账号和密码（授权码）</source>
            <translation>请填写 SMTP 服务器、账号和密码（授权码）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="435" />
            <source>账号（发件地址）</source>
            <translation>账号（发件地址）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/report_page.py" line="412" />
            <source>通过 SMTP 发送年度报告</source>
            <translation>通过 SMTP 发送年度报告</translation>
        </message>
    </context>
    <context>
        <name>SpinoffDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="353" />
            <source>企业名称</source>
            <translation>企业名称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="358" />
            <source>创办人</source>
            <translation>创办人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="357" />
            <source>单位持股</source>
            <translation>单位持股</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="351" />
            <source>单位持股比例，如 15%</source>
            <translation>单位持股比例，如 15%</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="355" />
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="363" />
            <source>成立日期</source>
            <translation>成立日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="356" />
            <source>所用成果</source>
            <translation>所用成果</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="344" />
            <source>登记衍生（参股）企业</source>
            <translation>登记衍生（参股）企业</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="354" />
            <source>统一社会信用代码</source>
            <translation>统一社会信用代码</translation>
        </message>
    </context>
    <context>
        <name>TargetDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/applications_page.py" line="62" />
            <source>输入名称或编号筛选</source>
            <translation>输入名称或编号筛选</translation>
        </message>
    </context>
    <context>
        <name>TechContractDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="148" />
            <source>交易对方</source>
            <translation>交易对方</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="157" />
            <source>使用台账成果</source>
            <translation>使用台账成果</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="156" />
            <source>到校经费（元）</source>
            <translation>到校经费（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="143" />
            <source>到校经费（元），可空</source>
            <translation>到校经费（元），可空</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="146" />
            <source>合同名称</source>
            <translation>合同名称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="145" />
            <source>合同类别</source>
            <translation>合同类别</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="147" />
            <source>合同编号</source>
            <translation>合同编号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="133" />
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="149" />
            <source>合同金额（元）</source>
            <translation>合同金额（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="152" />
            <source>履行期自</source>
            <translation>履行期自</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="153" />
            <source>履行期至</source>
            <translation>履行期至</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="179" />
            <source>开始日期</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="150" />
            <source>技术交易额（元）</source>
            <translation>技术交易额（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="135" />
            <source>技术交易额（元），可空</source>
            <translation>技术交易额（元），可空</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="126" />
            <source>新建…</source>
            <translation>新建…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="116" />
            <source>登记技术开发、咨询、服务合同</source>
            <translation>登记技术开发、咨询、服务合同</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="151" />
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="179" />
            <source>签订日期</source>
            <translation>签订日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="180" />
            <source>结束日期</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="154" />
            <source>负责部门</source>
            <translation>负责部门</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="155" />
            <source>项目人员</source>
            <translation>项目人员</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="141" />
            <source>项目负责人及成员</source>
            <translation>项目负责人及成员</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="162" />
            <source>（请选择交易对方）</source>
            <translation>（请选择交易对方）</translation>
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
不是合同、未导入 {0} 行：
{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="278" />
            <source>
已在册、未重复导入：{0}</source>
            <translation>
已在册、未重复导入：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="280" />
            <source>
待核对 {0} 行：
{1}</source>
            <translation>
待核对 {0} 行：
{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="195" />
            <source>交易对方</source>
            <translation>交易对方</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="293" />
            <source>保存技术合同登记表信息</source>
            <translation>保存技术合同登记表信息</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="249" />
            <source>到账日期</source>
            <translation>到账日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="251" />
            <source>到账金额（元）</source>
            <translation>到账金额（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="195" />
            <source>合同名称</source>
            <translation>合同名称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="195" />
            <source>合同金额（元）</source>
            <translation>合同金额（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="273" />
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="283" />
            <source>导入合同</source>
            <translation>导入合同</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="205" />
            <source>导入横向合同工作簿…</source>
            <translation>导入横向合同工作簿…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="195" />
            <source>已到账（元）</source>
            <translation>已到账（元）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="276" />
            <source>已导入合同 {0} 项，新建交易对方 {1} 个。</source>
            <translation>已导入合同 {0} 项，新建交易对方 {1} 个。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="195" />
            <source>待核对</source>
            <translation>待核对</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="300" />
            <source>技术合同登记</source>
            <translation>技术合同登记</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="294" />
            <source>技术合同登记表信息_{0}.xlsx</source>
            <translation>技术合同登记表信息_{0}.xlsx</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="209" />
            <source>技术开发、咨询、服务合同不改变成果的转化标签、转化次数和公示（计入国家年度报告）</source>
            <translation>技术开发、咨询、服务合同不改变成果的转化标签、转化次数和公示（计入国家年度报告）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="199" />
            <source>新建交易对方…</source>
            <translation>新建交易对方…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="197" />
            <source>新建合同…</source>
            <translation>新建合同…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="206" />
            <source>无法识别的单元格保留原值并标记待核对；合同编号已在册的不重复导入</source>
            <translation>无法识别的单元格保留原值并标记待核对；合同编号已在册的不重复导入</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="249" />
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="257" />
            <source>登记到账</source>
            <translation>登记到账</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="201" />
            <source>登记到账…</source>
            <translation>登记到账…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="195" />
            <source>登记编号</source>
            <translation>登记编号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="203" />
            <source>登记表信息（Excel）…</source>
            <translation>登记表信息（Excel）…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="195" />
            <source>签订日期</source>
            <translation>签订日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="195" />
            <source>类别</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="195" />
            <source>编号</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="195" />
            <source>负责部门</source>
            <translation>负责部门</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/contracts_panel.py" line="267" />
            <source>选择横向合同工作簿</source>
            <translation>选择横向合同工作簿</translation>
        </message>
    </context>
    <context>
        <name>UnboundFormDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/form_dialogs.py" line="243" />
            <source>此表单不接收附件</source>
            <translation>此表单不接收附件</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_dialogs.py" line="204" />
            <source>输入台账编号或名称查找成果</source>
            <translation>输入台账编号或名称查找成果</translation>
        </message>
    </context>
    <context>
        <name>YearChart</name>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="45" />
            <source>披露</source>
            <translation>披露</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="115" />
            <source>按年份：成果披露数与完成转化数</source>
            <translation>按年份：成果披露数与完成转化数</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="76" />
            <source>暂无数据</source>
            <translation>暂无数据</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dashboard.py" line="45" />
            <source>转化</source>
            <translation>转化</translation>
        </message>
    </context>
    <context>
        <name>YesNoField</name>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="183" />
            <source>否</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/form_fields.py" line="182" />
            <source>是</source>
            <translation>是</translation>
        </message>
    </context>
    <context>
        <name>achievement_form</name>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_form.py" line="37" />
            <source>成果 {0} 不存在</source>
            <translation>成果 {0} 不存在</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_form.py" line="95" />
            <source>新建成果（披露）</source>
            <translation>新建成果（披露）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_form.py" line="75" />
            <source>无法打开成果表单</source>
            <translation>无法打开成果表单</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/achievement_form.py" line="96" />
            <source>编辑成果 — {0}</source>
            <translation>编辑成果 — {0}</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../kjcg_desktop/app.py" line="208" />
            <source>找不到数据库</source>
            <translation>找不到数据库</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/app.py" line="179" />
            <source>数据库文件 {0} 不存在。
要在此位置新建一个空数据库吗？（如果路径写错了，请选“否”并检查 --db）</source>
            <translation>数据库文件 {0} 不存在。
要在此位置新建一个空数据库吗？（如果路径写错了，请选“否”并检查 --db）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/app.py" line="208" />
            <source>数据库文件 {0} 不存在。数据文件夹已移到该位置，请确认所在的磁盘或网络盘已连接。</source>
            <translation>数据库文件 {0} 不存在。数据文件夹已移到该位置，请确认所在的磁盘或网络盘已连接。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/app.py" line="178" />
            <source>新建数据库？</source>
            <translation>新建数据库？</translation>
        </message>
    </context>
    <context>
        <name>deal_dialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="97" />
            <source>{0}（单位）</source>
            <translation>{0}（单位）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="92" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>提交并开始公示</source>
            <translation>提交并开始公示</translation>
        </message>
        <message>
            <source>登记</source>
            <translation>登记</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/deal_dialog.py" line="84" />
            <source>确定</source>
            <translation>确定</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/diligence_pages.py" line="48" />
            <source>（不关联具体成果）</source>
            <translation>（不关联具体成果）</translation>
        </message>
    </context>
    <context>
        <name>help</name>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="77" />
            <source>1-1 第六条、第八条</source>
            <translation>1-1 第六条、第八条</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="69" />
            <source>1-2 第七条</source>
            <translation>1-2 第七条</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="41" />
            <source>1-2 第五条、第六条、第七条、第八条、第九条、第十条</source>
            <translation>1-2 第五条、第六条、第七条、第八条、第九条、第十条</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="65" />
            <source>1-2 第八条、第九条、第十条、第十一条</source>
            <translation>1-2 第八条、第九条、第十条、第十一条</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="64" />
            <source>与财务部门交换 Excel：阶段标记、支出的费用化或资本化处理、处置核销，以及导入现有台账。</source>
            <translation>与财务部门交换 Excel：阶段标记、支出的费用化或资本化处理、处置核销，以及导入现有台账。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="56" />
            <source>专利年费：缴费日历（费减、承担方、滞纳金与宽限届满日）、登记缴费、导出缴费清单、维持或放弃评审。</source>
            <translation>专利年费：缴费日历（费减、承担方、滞纳金与宽限届满日）、登记缴费、导出缴费清单、维持或放弃评审。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="57" />
            <source>专利法第四十二条、第四十三条、第四十四条、专利审查指南第五部分第九章、专利收费减缴办法、1-2 第十一条</source>
            <translation>专利法第四十二条、第四十三条、第四十四条、专利审查指南第五部分第九章、专利收费减缴办法、1-2 第十一条</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="60" />
            <source>公示、赋权协议、审批决定、放弃通知、披露表和尽职免责证据卷宗：生成、预览、打印（嵌入中文字体）。</source>
            <translation>公示、赋权协议、审批决定、放弃通知、披露表和尽职免责证据卷宗：生成、预览、打印（嵌入中文字体）。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="52" />
            <source>公示期按民法典计算：公示当日不计入，末日为法定节假日或休息日的顺延至下一个工作日；届满前不能结束公示。</source>
            <translation>公示期按民法典计算：公示当日不计入，末日为法定节假日或休息日的顺延至下一个工作日；届满前不能结束公示。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="80" />
            <source>单位信息、试点启动日期、公示默认值、数据文件夹、文书字体、邮件收件人和界面语言。</source>
            <translation>单位信息、试点启动日期、公示默认值、数据文件夹、文书字体、邮件收件人和界面语言。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="36" />
            <source>台账概况与待办提醒：公示届满、长期使用权到期、专利年费、年度报告与试点节点。</source>
            <translation>台账概况与待办提醒：公示届满、长期使用权到期、专利年费、年度报告与试点节点。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="76" />
            <source>备份与恢复、完整性检查与操作日志：每次修改都写入带校验链的日志，作为尽职免责的证据。</source>
            <translation>备份与恢复、完整性检查与操作日志：每次修改都写入带校验链的日志，作为尽职免责的证据。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="68" />
            <source>导入现有 Excel 台账（任意表头、日期格式），预览、校验、一次导入、可撤销；导出台账。</source>
            <translation>导入现有 Excel 台账（任意表头、日期格式），预览、校验、一次导入、可撤销；导出台账。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="72" />
            <source>年度科技成果国有资产情况与试点执行报告：指标、Excel 与 PDF、邮件草稿。</source>
            <translation>年度科技成果国有资产情况与试点执行报告：指标、Excel 与 PDF、邮件草稿。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="73" />
            <source>方案三(四)、1-2 第十二条</source>
            <translation>方案三(四)、1-2 第十二条</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="37" />
            <source>方案三(四)、方案五、1-2 第十二条</source>
            <translation>方案三(四)、方案五、1-2 第十二条</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="53" />
            <source>方案二(一)(二)、1-1 第六条(三)(四)、1-2 第十一条、民法典第二百零一条、第二百零三条</source>
            <translation>方案二(一)(二)、1-1 第六条(三)(四)、1-2 第十一条、民法典第二百零一条、第二百零三条</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="61" />
            <source>方案二(一)(二)、1-1 第六条、1-2 第六条、第十一条</source>
            <translation>方案二(一)(二)、1-1 第六条、1-2 第六条、第十一条</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="45" />
            <source>方案二(一)、方案二(二)、1-1 第七条、1-2 第十一条</source>
            <translation>方案二(一)、方案二(二)、1-1 第七条、1-2 第十一条</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="49" />
            <source>方案二(三)、1-1 第六条(三)(四)、方案三(四)</source>
            <translation>方案二(三)、1-1 第六条(三)(四)、方案三(四)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="81" />
            <source>方案五、方案二(一)(二)</source>
            <translation>方案五、方案二(一)(二)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="40" />
            <source>职务科技成果台账：披露、审核登记，属性、阶段、转化状态标记由规则计算，阶段改判须写明理由。</source>
            <translation>职务科技成果台账：披露、审核登记，属性、阶段、转化状态标记由规则计算，阶段改判须写明理由。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="44" />
            <source>赋予所有权、长期使用权、延长、放弃等申请：负面清单核查、审批、公示不少于15日、签署协议。</source>
            <translation>赋予所有权、长期使用权、延长、放弃等申请：负面清单核查、审批、公示不少于15日、签署协议。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="48" />
            <source>转让、许可、作价投资：定价方式（挂牌、拍卖、协议定价并公示）、资产评估决定、收益分配。</source>
            <translation>转让、许可、作价投资：定价方式（挂牌、拍卖、协议定价并公示）、资产评估决定、收益分配。</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>1-1 第七条</source>
            <translation>1-1 第七条</translation>
        </message>
        <message>
            <source>1-1 第七条(五)至(九)</source>
            <translation>1-1 第七条(五)至(九)</translation>
        </message>
        <message>
            <source>1-1 第六条</source>
            <translation>1-1 第六条</translation>
        </message>
        <message>
            <source>1-1 第六条(三)</source>
            <translation>1-1 第六条(三)</translation>
        </message>
        <message>
            <source>1-1 第六条(四)</source>
            <translation>1-1 第六条(四)</translation>
        </message>
        <message>
            <source>1-1 第六条、第八条</source>
            <translation>1-1 第六条、第八条</translation>
        </message>
        <message>
            <source>1-1 第六条（履行民主决策程序）</source>
            <translation>1-1 第六条（履行民主决策程序）</translation>
        </message>
        <message>
            <source>1-2 第七条</source>
            <translation>1-2 第七条</translation>
        </message>
        <message>
            <source>1-2 第五条</source>
            <translation>1-2 第五条</translation>
        </message>
        <message>
            <source>1-2 第五条、第七条</source>
            <translation>1-2 第五条、第七条</translation>
        </message>
        <message>
            <source>1-2 第八条(一)</source>
            <translation>1-2 第八条(一)</translation>
        </message>
        <message>
            <source>1-2 第八条(二)、第九条</source>
            <translation>1-2 第八条(二)、第九条</translation>
        </message>
        <message>
            <source>1-2 第六条、第七条</source>
            <translation>1-2 第六条、第七条</translation>
        </message>
        <message>
            <source>1-2 第十一条</source>
            <translation>1-2 第十一条</translation>
        </message>
        <message>
            <source>1-2 第十条</source>
            <translation>1-2 第十条</translation>
        </message>
        <message>
            <source>专利审查指南 第五部分第九章</source>
            <translation>专利审查指南 第五部分第九章</translation>
        </message>
        <message>
            <source>专利审查指南 第五部分第九章（滞纳金）</source>
            <translation>专利审查指南 第五部分第九章（滞纳金）</translation>
        </message>
        <message>
            <source>专利收费减缴办法（财税〔2016〕78号）</source>
            <translation>专利收费减缴办法（财税〔2016〕78号）</translation>
        </message>
        <message>
            <source>专利法实施细则第五条（期限届满日是法定休假日的，以休假日后的第一个工作日为期限届满日）</source>
            <translation>专利法实施细则第五条（期限届满日是法定休假日的，以休假日后的第一个工作日为期限届满日）</translation>
        </message>
        <message>
            <source>专利法第四十二条</source>
            <translation>专利法第四十二条</translation>
        </message>
        <message>
            <source>专利法第四十二条、第四十三条</source>
            <translation>专利法第四十二条、第四十三条</translation>
        </message>
        <message>
            <source>专利法第四十四条</source>
            <translation>专利法第四十四条</translation>
        </message>
        <message>
            <source>专有技术</source>
            <translation>专有技术</translation>
        </message>
        <message>
            <source>以转化为目的的技术评估报告</source>
            <translation>以转化为目的的技术评估报告</translation>
        </message>
        <message>
            <source>企事业单位资金（横向）</source>
            <translation>企事业单位资金（横向）</translation>
        </message>
        <message>
            <source>作价投资</source>
            <translation>作价投资</translation>
        </message>
        <message>
            <source>促进科技成果转化法第二十一条</source>
            <translation>促进科技成果转化法第二十一条</translation>
        </message>
        <message>
            <source>全国年节及纪念日放假办法第二条、民法典第二百零三条</source>
            <translation>全国年节及纪念日放假办法第二条、民法典第二百零三条</translation>
        </message>
        <message>
            <source>全部赋权</source>
            <translation>全部赋权</translation>
        </message>
        <message>
            <source>公示中</source>
            <translation>公示中</translation>
        </message>
        <message>
            <source>公示期满</source>
            <translation>公示期满</translation>
        </message>
        <message>
            <source>关联交易公示</source>
            <translation>关联交易公示</translation>
        </message>
        <message>
            <source>其他</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>其他材料</source>
            <translation>其他材料</translation>
        </message>
        <message>
            <source>协议定价</source>
            <translation>协议定价</translation>
        </message>
        <message>
            <source>协议定价公示</source>
            <translation>协议定价公示</translation>
        </message>
        <message>
            <source>协议已签署</source>
            <translation>协议已签署</translation>
        </message>
        <message>
            <source>单位决策机构批准立项之日或研发计划书审核通过之日</source>
            <translation>单位决策机构批准立项之日或研发计划书审核通过之日</translation>
        </message>
        <message>
            <source>单位自有资金（自筹）</source>
            <translation>单位自有资金（自筹）</translation>
        </message>
        <message>
            <source>发明专利</source>
            <translation>发明专利</translation>
        </message>
        <message>
            <source>合同签订之日</source>
            <translation>合同签订之日</translation>
        </message>
        <message>
            <source>国家知识产权局专利收费标准</source>
            <translation>国家知识产权局专利收费标准</translation>
        </message>
        <message>
            <source>国科发政〔2018〕103号</source>
            <translation>国科发政〔2018〕103号</translation>
        </message>
        <message>
            <source>外观设计专利</source>
            <translation>外观设计专利</translation>
        </message>
        <message>
            <source>失效</source>
            <translation>失效</translation>
        </message>
        <message>
            <source>实用新型专利</source>
            <translation>实用新型专利</translation>
        </message>
        <message>
            <source>审中</source>
            <translation>审中</translation>
        </message>
        <message>
            <source>审批通过</source>
            <translation>审批通过</translation>
        </message>
        <message>
            <source>审核登记</source>
            <translation>审核登记</translation>
        </message>
        <message>
            <source>已处置</source>
            <translation>已处置</translation>
        </message>
        <message>
            <source>已审批</source>
            <translation>已审批</translation>
        </message>
        <message>
            <source>已归档</source>
            <translation>已归档</translation>
        </message>
        <message>
            <source>已披露</source>
            <translation>已披露</translation>
        </message>
        <message>
            <source>已提交</source>
            <translation>已提交</translation>
        </message>
        <message>
            <source>已撤回</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <source>已撤销</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>已放弃</source>
            <translation>已放弃</translation>
        </message>
        <message>
            <source>已生效</source>
            <translation>已生效</translation>
        </message>
        <message>
            <source>已生效的长期使用权</source>
            <translation>已生效的长期使用权</translation>
        </message>
        <message>
            <source>已登记</source>
            <translation>已登记</translation>
        </message>
        <message>
            <source>已登记的成果</source>
            <translation>已登记的成果</translation>
        </message>
        <message>
            <source>已签订转化合同</source>
            <translation>已签订转化合同</translation>
        </message>
        <message>
            <source>已结束</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>已转化</source>
            <translation>已转化</translation>
        </message>
        <message>
            <source>已驳回</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <source>延长使用权</source>
            <translation>延长使用权</translation>
        </message>
        <message>
            <source>开发阶段</source>
            <translation>开发阶段</translation>
        </message>
        <message>
            <source>开始公示</source>
            <translation>开始公示</translation>
        </message>
        <message>
            <source>归集待定</source>
            <translation>归集待定</translation>
        </message>
        <message>
            <source>待审核登记的成果</source>
            <translation>待审核登记的成果</translation>
        </message>
        <message>
            <source>律师费</source>
            <translation>律师费</translation>
        </message>
        <message>
            <source>意向转化</source>
            <translation>意向转化</translation>
        </message>
        <message>
            <source>成果总数</source>
            <translation>成果总数</translation>
        </message>
        <message>
            <source>成果披露</source>
            <translation>成果披露</translation>
        </message>
        <message>
            <source>成果放弃</source>
            <translation>成果放弃</translation>
        </message>
        <message>
            <source>技术交易场所证明材料</source>
            <translation>技术交易场所证明材料</translation>
        </message>
        <message>
            <source>技术合同认定登记管理办法</source>
            <translation>技术合同认定登记管理办法</translation>
        </message>
        <message>
            <source>拍卖</source>
            <translation>拍卖</translation>
        </message>
        <message>
            <source>挂牌交易</source>
            <translation>挂牌交易</translation>
        </message>
        <message>
            <source>授权成果</source>
            <translation>授权成果</translation>
        </message>
        <message>
            <source>排他许可</source>
            <translation>排他许可</translation>
        </message>
        <message>
            <source>提交</source>
            <translation>提交</translation>
        </message>
        <message>
            <source>撤回</source>
            <translation>撤回</translation>
        </message>
        <message>
            <source>放弃</source>
            <translation>放弃</translation>
        </message>
        <message>
            <source>放弃公示</source>
            <translation>放弃公示</translation>
        </message>
        <message>
            <source>方案三(四)、1-2 第十二条</source>
            <translation>方案三(四)、1-2 第十二条</translation>
        </message>
        <message>
            <source>方案二(一)</source>
            <translation>方案二(一)</translation>
        </message>
        <message>
            <source>方案二(一)、方案二(二)</source>
            <translation>方案二(一)、方案二(二)</translation>
        </message>
        <message>
            <source>方案二(一)、方案二(二)（签署书面协议）</source>
            <translation>方案二(一)、方案二(二)（签署书面协议）</translation>
        </message>
        <message>
            <source>方案二(三)</source>
            <translation>方案二(三)</translation>
        </message>
        <message>
            <source>方案二(二)</source>
            <translation>方案二(二)</translation>
        </message>
        <message>
            <source>方案五(一)、方案三(二)</source>
            <translation>方案五(一)、方案三(二)</translation>
        </message>
        <message>
            <source>无法区分</source>
            <translation>无法区分</translation>
        </message>
        <message>
            <source>明确的受让单位</source>
            <translation>明确的受让单位</translation>
        </message>
        <message>
            <source>普通许可</source>
            <translation>普通许可</translation>
        </message>
        <message>
            <source>有效（已授权）</source>
            <translation>有效（已授权）</translation>
        </message>
        <message>
            <source>未授权成果</source>
            <translation>未授权成果</translation>
        </message>
        <message>
            <source>未申请</source>
            <translation>未申请</translation>
        </message>
        <message>
            <source>未转化</source>
            <translation>未转化</translation>
        </message>
        <message>
            <source>植物新品种</source>
            <translation>植物新品种</translation>
        </message>
        <message>
            <source>民法典第二百零一条、第二百零三条</source>
            <translation>民法典第二百零一条、第二百零三条</translation>
        </message>
        <message>
            <source>民法典第二百零一条至第二百零四条</source>
            <translation>民法典第二百零一条至第二百零四条</translation>
        </message>
        <message>
            <source>注册费</source>
            <translation>注册费</translation>
        </message>
        <message>
            <source>独占许可</source>
            <translation>独占许可</translation>
        </message>
        <message>
            <source>现金奖励公示</source>
            <translation>现金奖励公示</translation>
        </message>
        <message>
            <source>生效</source>
            <translation>生效</translation>
        </message>
        <message>
            <source>知识产权证书</source>
            <translation>知识产权证书</translation>
        </message>
        <message>
            <source>研发支出</source>
            <translation>研发支出</translation>
        </message>
        <message>
            <source>研究阶段</source>
            <translation>研究阶段</translation>
        </message>
        <message>
            <source>立项之日</source>
            <translation>立项之日</translation>
        </message>
        <message>
            <source>签署协议</source>
            <translation>签署协议</translation>
        </message>
        <message>
            <source>维持费</source>
            <translation>维持费</translation>
        </message>
        <message>
            <source>草稿</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>许可</source>
            <translation>许可</translation>
        </message>
        <message>
            <source>财政资金（纵向）</source>
            <translation>财政资金（纵向）</translation>
        </message>
        <message>
            <source>财税〔2016〕101号</source>
            <translation>财税〔2016〕101号</translation>
        </message>
        <message>
            <source>财税〔2018〕58号</source>
            <translation>财税〔2018〕58号</translation>
        </message>
        <message>
            <source>费用化</source>
            <translation>费用化</translation>
        </message>
        <message>
            <source>资本化</source>
            <translation>资本化</translation>
        </message>
        <message>
            <source>赋予所有权</source>
            <translation>赋予所有权</translation>
        </message>
        <message>
            <source>赋予长期使用权</source>
            <translation>赋予长期使用权</translation>
        </message>
        <message>
            <source>赋权公示</source>
            <translation>赋权公示</translation>
        </message>
        <message>
            <source>转化交易</source>
            <translation>转化交易</translation>
        </message>
        <message>
            <source>转化意向合同</source>
            <translation>转化意向合同</translation>
        </message>
        <message>
            <source>转让</source>
            <translation>转让</translation>
        </message>
        <message>
            <source>转让单位留存份额</source>
            <translation>转让单位留存份额</translation>
        </message>
        <message>
            <source>软件著作权</source>
            <translation>软件著作权</translation>
        </message>
        <message>
            <source>部分赋权（共有）</source>
            <translation>部分赋权（共有）</translation>
        </message>
        <message>
            <source>集成电路布图设计</source>
            <translation>集成电路布图设计</translation>
        </message>
        <message>
            <source>驳回</source>
            <translation>驳回</translation>
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
……（共 {0} 项，详见日志）</translation>
        </message>
        <message>
            <source>{0}

数据库已以只读方式打开：可以查看和导出，但不能修改。</source>
            <translation>{0}

数据库已以只读方式打开：可以查看和导出，但不能修改。</translation>
        </message>
        <message>
            <source>今天的自动备份未能完成：{0}
数据库已正常打开，请尽快检查备份文件夹所在磁盘。</source>
            <translation>今天的自动备份未能完成：{0}
数据库已正常打开，请尽快检查备份文件夹所在磁盘。</translation>
        </message>
        <message>
            <source>从备份恢复失败：{0}</source>
            <translation>从备份恢复失败：{0}</translation>
        </message>
        <message>
            <source>以只读方式打开</source>
            <translation>以只读方式打开</translation>
        </message>
        <message>
            <source>已从备份恢复</source>
            <translation>已从备份恢复</translation>
        </message>
        <message>
            <source>已用 {0} 的备份恢复数据库。
损坏的文件已保留为：{1}</source>
            <translation>已用 {0} 的备份恢复数据库。
损坏的文件已保留为：{1}</translation>
        </message>
        <message>
            <source>恢复失败</source>
            <translation>恢复失败</translation>
        </message>
        <message>
            <source>数据库位于网络驱动器</source>
            <translation>数据库位于网络驱动器</translation>
        </message>
        <message>
            <source>数据库已损坏</source>
            <translation>数据库已损坏</translation>
        </message>
        <message>
            <source>数据库文件 {0} 检查未通过：
{1}</source>
            <translation>数据库文件 {0} 检查未通过：
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
            <translation>数据库文件 {0} 检查未通过：
{1}

为避免进一步损坏，程序不会打开这个文件。
是否用最新的完好备份恢复？
  备份时间：{2}
  类型：{3}
  大小：{4}
损坏的文件会先另存到备份文件夹的 damaged 子文件夹中。备份之后的修改需要重新录入。</translation>
        </message>
        <message>
            <source>数据库文件 {0} 检查未通过：
{1}

另一个实例正在使用它，请在那里关闭程序后再打开，以便从备份恢复。</source>
            <translation>数据库文件 {0} 检查未通过：
{1}

另一个实例正在使用它，请在那里关闭程序后再打开，以便从备份恢复。</translation>
        </message>
        <message>
            <source>数据库文件 {0} 检查未通过：
{1}

没有找到可用的完好备份。为避免进一步损坏，程序不会打开这个文件。请联系技术支持，并保留该文件。</source>
            <translation>数据库文件 {0} 检查未通过：
{1}

没有找到可用的完好备份。为避免进一步损坏，程序不会打开这个文件。请联系技术支持，并保留该文件。</translation>
        </message>
        <message>
            <source>数据库检查未通过</source>
            <translation>数据库检查未通过</translation>
        </message>
        <message>
            <source>数据库正在使用中</source>
            <translation>数据库正在使用中</translation>
        </message>
        <message>
            <source>无法在数据文件夹中创建锁文件：{0}</source>
            <translation>无法在数据文件夹中创建锁文件：{0}</translation>
        </message>
        <message>
            <source>无法打开数据库</source>
            <translation>无法打开数据库</translation>
        </message>
        <message>
            <source>是否以只读方式打开？只读时可以查看和导出，但不能修改任何数据。</source>
            <translation>是否以只读方式打开？只读时可以查看和导出，但不能修改任何数据。</translation>
        </message>
        <message>
            <source>正在检查数据库（{0}）…</source>
            <translation>正在检查数据库（{0}）…</translation>
        </message>
        <message>
            <source>正在进行今日自动备份（{0}）…</source>
            <translation>正在进行今日自动备份（{0}）…</translation>
        </message>
        <message>
            <source>自动备份失败</source>
            <translation>自动备份失败</translation>
        </message>
    </context>
    <context>
        <name>tasks</name>
        <message>
            <location filename="../../kjcg_desktop/ui/tasks.py" line="151" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/tasks.py" line="98" />
            <source>操作未完成（内部错误：{0}），详情已写入日志。</source>
            <translation>操作未完成（内部错误：{0}），详情已写入日志。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/tasks.py" line="92" />
            <source>数据库以只读方式打开，不能修改数据。</source>
            <translation>数据库以只读方式打开，不能修改数据。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/tasks.py" line="94" />
            <source>数据库正被另一个程序写入，操作未完成、数据未改动。请稍后重试。</source>
            <translation>数据库正被另一个程序写入，操作未完成、数据未改动。请稍后重试。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/tasks.py" line="96" />
            <source>无法读写文件：{0} {1}</source>
            <translation>无法读写文件：{0} {1}</translation>
        </message>
    </context>
</TS>
