<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
    <context>
        <name>About</name>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="206" />
            <source>所用软件及其许可</source>
            <translation>所用软件及其许可</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="199" />
            <source>数据库</source>
            <translation>数据库</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="200" />
            <source>数据文件夹</source>
            <translation>数据文件夹</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="202" />
            <source>文书字体</source>
            <translation>文书字体</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="201" />
            <source>日志文件夹</source>
            <translation>日志文件夹</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="207" />
            <source>本软件不随附字体文件；文书使用用户电脑上已安装的中文字体或在设置中选择的字体文件，其许可由字体提供方规定。</source>
            <translation>本软件不随附字体文件；文书使用用户电脑上已安装的中文字体或在设置中选择的字体文件，其许可由字体提供方规定。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="198" />
            <source>版本</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="205" />
            <source>科技成果转化管理桌面版</source>
            <translation>科技成果转化管理桌面版</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="202" />
            <source>自动（系统中文字体，不随软件分发）</source>
            <translation>自动（系统中文字体，不随软件分发）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="203" />
            <source>运行环境</source>
            <translation>运行环境</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="220" />
            <source>关于 KJCG Desktop</source>
            <translation>关于 KJCG Desktop</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/dialogs.py" line="13" />
            <source>发生意外错误</source>
            <translation>发生意外错误</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dialogs.py" line="21" />
            <source>复制报告</source>
            <translation>复制报告</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dialogs.py" line="15" />
            <source>程序遇到意外错误，已写入日志。您的数据已保存在最近一次操作完成时的状态。
请复制下面的报告发送给技术支持。</source>
            <translation>程序遇到意外错误，已写入日志。您的数据已保存在最近一次操作完成时的状态。
请复制下面的报告发送给技术支持。</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/pages.py" line="77" />
            <source>台账概况</source>
            <translation>台账概况</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="45" />
            <source>&lt;h3&gt;科技成果转化管理&lt;/h3&gt;&lt;p&gt;请填写本单位的基本信息（以后可在“设置”中修改），然后选择如何开始。&lt;/p&gt;</source>
            <translation>&lt;h3&gt;科技成果转化管理&lt;/h3&gt;&lt;p&gt;请填写本单位的基本信息（以后可在“设置”中修改），然后选择如何开始。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="66" />
            <source>从空白开始</source>
            <translation>从空白开始</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="64" />
            <source>使用演示数据打开</source>
            <translation>使用演示数据打开</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="49" />
            <source>例如：上海某大学</source>
            <translation>例如：上海某大学</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="51" />
            <source>例如：技术转移中心</source>
            <translation>例如：技术转移中心</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="68" />
            <source>保存单位信息后打开 Excel 台账导入</source>
            <translation>保存单位信息后打开 Excel 台账导入</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="100" />
            <source>制度建立截止：{0}；试点结束：{1}</source>
            <translation>制度建立截止：{0}；试点结束：{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="59" />
            <source>单位名称</source>
            <translation>单位名称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="67" />
            <source>导入我的 Excel 台账</source>
            <translation>导入我的 Excel 台账</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="60" />
            <source>技术转移机构名称</source>
            <translation>技术转移机构名称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="122" />
            <source>无法生成演示数据：{0}</source>
            <translation>无法生成演示数据：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="44" />
            <source>欢迎使用 KJCG Desktop</source>
            <translation>欢迎使用 KJCG Desktop</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="65" />
            <source>生成一套示例台账、申请、公示和交易，便于熟悉软件；熟悉后可在“设置”中清除演示数据，开始正式使用</source>
            <translation>生成一套示例台账、申请、公示和交易，便于熟悉软件；熟悉后可在“设置”中清除演示数据，开始正式使用</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="61" />
            <source>试点启动日期</source>
            <translation>试点启动日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="55" />
            <source>试点期三年（方案五(一)）；一年内建立配套管理制度（方案三(二)）</source>
            <translation>试点期三年（方案五(一)）；一年内建立配套管理制度（方案三(二)）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="111" />
            <source>请填写单位名称（选择演示数据时可不填）</source>
            <translation>请填写单位名称（选择演示数据时可不填）</translation>
        </message>
    </context>
    <context>
        <name>HelpBar</name>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="135" />
            <source>使用手册 (F1)</source>
            <translation>使用手册 (F1)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="128" />
            <source>依据：</source>
            <translation>依据：</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="134" />
            <source>显示或隐藏本页说明</source>
            <translation>显示或隐藏本页说明</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="133" />
            <source>本页说明</source>
            <translation>本页说明</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="56" />
            <source>与财务部门交换阶段标记、支出处理与资产处置。</source>
            <translation>与财务部门交换阶段标记、支出处理与资产处置。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="52" />
            <source>交易对方</source>
            <translation>交易对方</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="131" />
            <source>使用手册(&amp;M)</source>
            <translation>使用手册(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="53" />
            <source>公示</source>
            <translation>公示</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="55" />
            <source>公示、协议与证据卷宗的生成、预览和打印。</source>
            <translation>公示、协议与证据卷宗的生成、预览和打印。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="132" />
            <source>关于(&amp;A)</source>
            <translation>关于(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="48" />
            <source>台账编号</source>
            <translation>台账编号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="52" />
            <source>合同金额</source>
            <translation>合同金额</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="54" />
            <source>届满</source>
            <translation>届满</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="49" />
            <source>属性</source>
            <translation>属性</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="47" />
            <source>工作台</source>
            <translation>工作台</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="130" />
            <source>帮助(&amp;H)</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="57" />
            <source>年度报告</source>
            <translation>年度报告</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="57" />
            <source>年度科技成果国有资产情况与试点执行报告（1-2 第十二条）。</source>
            <translation>年度科技成果国有资产情况与试点执行报告（1-2 第十二条）。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="53" />
            <source>开始</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="51" />
            <source>成果</source>
            <translation>成果</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="48" />
            <source>成果台账</source>
            <translation>成果台账</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="48" />
            <source>成果名称</source>
            <translation>成果名称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="133" />
            <source>数据库：{0}</source>
            <translation>数据库：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="55" />
            <source>文书</source>
            <translation>文书</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="128" />
            <source>文件(&amp;F)</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="51" />
            <source>方式</source>
            <translation>方式</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="50" />
            <source>标题</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="50" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="125" />
            <source>科技成果转化管理 — KJCG Desktop</source>
            <translation>科技成果转化管理 — KJCG Desktop</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="48" />
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="50" />
            <source>编号</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="58" />
            <source>设置</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="56" />
            <source>财务对接</source>
            <translation>财务对接</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="50" />
            <source>赋权申请</source>
            <translation>赋权申请</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="51" />
            <source>转化交易</source>
            <translation>转化交易</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="49" />
            <source>转化状态</source>
            <translation>转化状态</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="129" />
            <source>退出(&amp;X)</source>
            <translation>退出(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="49" />
            <source>阶段</source>
            <translation>阶段</translation>
        </message>
    </context>
    <context>
        <name>ManualDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="149" />
            <source>使用手册</source>
            <translation>使用手册</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="156" />
            <source>找不到使用手册文件：{0}</source>
            <translation>找不到使用手册文件：{0}</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="126" />
            <source>.ttc 字体集中的字体序号（宋体 simsun.ttc 为 0）</source>
            <translation>.ttc 字体集中的字体序号（宋体 simsun.ttc 为 0）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="215" />
            <source>TrueType 字体 (*.ttf *.ttc)</source>
            <translation>TrueType 字体 (*.ttf *.ttc)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="94" />
            <source>保存设置</source>
            <translation>保存设置</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="109" />
            <source>先备份，再复制数据库和附件到新文件夹并校验，成功后切换；原文件保留并改名</source>
            <translation>先备份，再复制数据库和附件到新文件夹并校验，成功后切换；原文件保留并改名</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="116" />
            <source>先备份，再换成空数据库；单位信息和设置保留，原文件改名保留</source>
            <translation>先备份，再换成空数据库；单位信息和设置保留，原文件改名保留</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="78" />
            <source>公示与赋权默认值</source>
            <translation>公示与赋权默认值</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="179" />
            <source>制度建立截止：{0}；试点结束：{1}</source>
            <translation>制度建立截止：{0}；试点结束：{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="59" />
            <source>单位信息</source>
            <translation>单位信息</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="71" />
            <source>单位名称</source>
            <translation>单位名称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="239" />
            <source>原数据库文件已改名为：{0}</source>
            <translation>原数据库文件已改名为：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="204" />
            <source>可用：{0}</source>
            <translation>可用：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="90" />
            <source>团队默认所有权份额（%）</source>
            <translation>团队默认所有权份额（%）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="125" />
            <source>子字体 </source>
            <translation>子字体 </translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="206" />
            <source>字体 {0} 无法嵌入文书（需要含中文的 TrueType 字体，不支持 OpenType CFF），保存后将改用系统字体</source>
            <translation>字体 {0} 无法嵌入文书（需要含中文的 TrueType 字体，不支持 OpenType CFF），保存后将改用系统字体</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="249" />
            <source>将删除当前数据库中的全部成果、申请、公示和交易，换成空数据库开始正式使用；单位信息和设置保留。
清除前会自动备份，原文件改名保留。是否继续？</source>
            <translation>将删除当前数据库中的全部成果、申请、公示和交易，换成空数据库开始正式使用；单位信息和设置保留。
清除前会自动备份，原文件改名保留。是否继续？</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="287" />
            <source>已保存</source>
            <translation>已保存</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="263" />
            <source>已清除演示数据</source>
            <translation>已清除演示数据</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="143" />
            <source>年度报告邮件草稿的收件人：财务、国资和科委（方案三(四)、1-2 第十二条）</source>
            <translation>年度报告邮件草稿的收件人：财务、国资和科委（方案三(四)、1-2 第十二条）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="89" />
            <source>异议受理联系方式</source>
            <translation>异议受理联系方式</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="72" />
            <source>技术转移机构名称</source>
            <translation>技术转移机构名称</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="83" />
            <source>按工作日计算公示期</source>
            <translation>按工作日计算公示期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="73" />
            <source>操作人显示名</source>
            <translation>操作人显示名</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="103" />
            <source>数据、文书与界面</source>
            <translation>数据、文书与界面</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="236" />
            <source>数据库已移动到：{0}
移动前的备份：{1}
附件：{2} 个</source>
            <translation>数据库已移动到：{0}
移动前的备份：{1}
附件：{2} 个</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="114" />
            <source>数据文件夹</source>
            <translation>数据文件夹</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="240" />
            <source>数据文件夹已移动</source>
            <translation>数据文件夹已移动</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="138" />
            <source>文书字体</source>
            <translation>文书字体</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="260" />
            <source>无法清除演示数据</source>
            <translation>无法清除演示数据</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="232" />
            <source>无法移动数据文件夹</source>
            <translation>无法移动数据文件夹</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="142" />
            <source>每行一个，例如：财务处 &lt;caiwu@example.edu.cn&gt;</source>
            <translation>每行一个，例如：财务处 &lt;caiwu@example.edu.cn&gt;</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="260" />
            <source>清除失败：{0}</source>
            <translation>清除失败：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="248" />
            <source>清除演示数据</source>
            <translation>清除演示数据</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="115" />
            <source>清除演示数据，开始正式使用…</source>
            <translation>清除演示数据，开始正式使用…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="263" />
            <source>现在是空数据库，可以开始登记成果或导入 Excel 台账。
清除前的备份：{0}</source>
            <translation>现在是空数据库，可以开始登记成果或导入 Excel 台账。
清除前的备份：{0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="150" />
            <source>界面语言 / Language</source>
            <translation>界面语言 / Language</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="232" />
            <source>移动到 {0} 失败：{1}</source>
            <translation>移动到 {0} 失败：{1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="108" />
            <source>移动数据文件夹…</source>
            <translation>移动数据文件夹…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="129" />
            <source>自动</source>
            <translation>自动</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="192" />
            <source>自动选择系统中文字体</source>
            <translation>自动选择系统中文字体</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="122" />
            <source>自动：宋体、黑体或系统中已安装的中文 TrueType 字体</source>
            <translation>自动：宋体、黑体或系统中已安装的中文 TrueType 字体</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="68" />
            <source>试点启动后三年（方案五(一)）；一年内建立配套管理制度（方案三(二)）</source>
            <translation>试点启动后三年（方案五(一)）；一年内建立配套管理制度（方案三(二)）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="74" />
            <source>试点启动日期</source>
            <translation>试点启动日期</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="82" />
            <source>赋权公示期不少于15日（方案二(一)、方案二(二)）</source>
            <translation>赋权公示期不少于15日（方案二(一)、方案二(二)）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="127" />
            <source>选择字体…</source>
            <translation>选择字体…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="214" />
            <source>选择文书字体</source>
            <translation>选择文书字体</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="220" />
            <source>选择新的数据文件夹（空文件夹）</source>
            <translation>选择新的数据文件夹（空文件夹）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="145" />
            <source>邮件收件人</source>
            <translation>邮件收件人</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="271" />
            <source>邮件收件人格式不正确：{0}（应为 名称 &lt;地址&gt; 或 地址）</source>
            <translation>邮件收件人格式不正确：{0}（应为 名称 &lt;地址&gt; 或 地址）</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="86" />
            <source>部分赋权时团队默认所有权份额（%），申请时可修改</source>
            <translation>部分赋权时团队默认所有权份额（%），申请时可修改</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="64" />
            <source>默认使用 Windows 用户名</source>
            <translation>默认使用 Windows 用户名</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="87" />
            <source>默认公示天数</source>
            <translation>默认公示天数</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="164" />
            <source>（内存数据库）</source>
            <translation>（内存数据库）</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../kjcg_desktop/app.py" line="76" />
            <source>找不到数据库</source>
            <translation>找不到数据库</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/app.py" line="76" />
            <source>数据库文件 {0} 不存在。数据文件夹已移到该位置，请确认所在的磁盘或网络盘已连接。</source>
            <translation>数据库文件 {0} 不存在。数据文件夹已移到该位置，请确认所在的磁盘或网络盘已连接。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/app.py" line="83" />
            <source>无法打开数据库</source>
            <translation>无法打开数据库</translation>
        </message>
    </context>
    <context>
        <name>help</name>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="73" />
            <source>1-1 第六条、第八条</source>
            <translation>1-1 第六条、第八条</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="65" />
            <source>1-2 第七条</source>
            <translation>1-2 第七条</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="41" />
            <source>1-2 第五条、第六条、第七条、第八条、第九条、第十条</source>
            <translation>1-2 第五条、第六条、第七条、第八条、第九条、第十条</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="61" />
            <source>1-2 第八条、第九条、第十条、第十一条</source>
            <translation>1-2 第八条、第九条、第十条、第十一条</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="60" />
            <source>与财务部门交换 Excel：阶段标记、支出的费用化或资本化处理、处置核销，以及导入现有台账。</source>
            <translation>与财务部门交换 Excel：阶段标记、支出的费用化或资本化处理、处置核销，以及导入现有台账。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="56" />
            <source>公示、赋权协议、放弃通知、披露表和尽职免责证据卷宗：生成、预览、打印（嵌入中文字体）。</source>
            <translation>公示、赋权协议、放弃通知、披露表和尽职免责证据卷宗：生成、预览、打印（嵌入中文字体）。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="52" />
            <source>公示期按民法典计算：公示当日不计入，末日为法定节假日或休息日的顺延至下一个工作日；届满前不能结束公示。</source>
            <translation>公示期按民法典计算：公示当日不计入，末日为法定节假日或休息日的顺延至下一个工作日；届满前不能结束公示。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="76" />
            <source>单位信息、试点启动日期、公示默认值、数据文件夹、文书字体、邮件收件人和界面语言。</source>
            <translation>单位信息、试点启动日期、公示默认值、数据文件夹、文书字体、邮件收件人和界面语言。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="36" />
            <source>台账概况与待办提醒：公示届满、长期使用权到期、专利年费、年度报告与试点节点。</source>
            <translation>台账概况与待办提醒：公示届满、长期使用权到期、专利年费、年度报告与试点节点。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="72" />
            <source>备份与恢复、完整性检查与操作日志：每次修改都写入带校验链的日志，作为尽职免责的证据。</source>
            <translation>备份与恢复、完整性检查与操作日志：每次修改都写入带校验链的日志，作为尽职免责的证据。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="64" />
            <source>导入现有 Excel 台账（任意表头、日期格式），预览、校验、一次导入、可撤销；导出台账。</source>
            <translation>导入现有 Excel 台账（任意表头、日期格式），预览、校验、一次导入、可撤销；导出台账。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="68" />
            <source>年度科技成果国有资产情况与试点执行报告：指标、Excel 与 PDF、邮件草稿。</source>
            <translation>年度科技成果国有资产情况与试点执行报告：指标、Excel 与 PDF、邮件草稿。</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="69" />
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
            <location filename="../../kjcg_desktop/ui/help.py" line="57" />
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
            <location filename="../../kjcg_desktop/ui/help.py" line="77" />
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
            <source>单位自有资金（自筹）</source>
            <translation>单位自有资金（自筹）</translation>
        </message>
        <message>
            <source>发明专利</source>
            <translation>发明专利</translation>
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
            <source>已登记</source>
            <translation>已登记</translation>
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
            <source>归集待定</source>
            <translation>归集待定</translation>
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
</TS>
