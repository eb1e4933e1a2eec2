<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
    <context>
        <name>About</name>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="206" />
            <source>所用软件及其许可</source>
            <translation>Bundled software and licences</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="199" />
            <source>数据库</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="200" />
            <source>数据文件夹</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="202" />
            <source>文书字体</source>
            <translation>Document font</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="201" />
            <source>日志文件夹</source>
            <translation>Log folder</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="207" />
            <source>本软件不随附字体文件；文书使用用户电脑上已安装的中文字体或在设置中选择的字体文件，其许可由字体提供方规定。</source>
            <translation>No font files are bundled; documents use a Chinese font installed on this computer or the font file chosen in the settings, licensed by its provider.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="198" />
            <source>版本</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="205" />
            <source>科技成果转化管理桌面版</source>
            <translation>Technology Transfer Office Desktop</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="202" />
            <source>自动（系统中文字体，不随软件分发）</source>
            <translation>Automatic (a Chinese system font, not distributed with the app)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="203" />
            <source>运行环境</source>
            <translation>Runtime</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="220" />
            <source>关于 KJCG Desktop</source>
            <translation>About KJCG Desktop</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/dialogs.py" line="13" />
            <source>发生意外错误</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dialogs.py" line="21" />
            <source>复制报告</source>
            <translation>Copy report</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/dialogs.py" line="15" />
            <source>程序遇到意外错误，已写入日志。您的数据已保存在最近一次操作完成时的状态。
请复制下面的报告发送给技术支持。</source>
            <translation>The program ran into an unexpected error, which was written to the log. Your data is saved as of the last completed operation.
Please copy the report below and send it to technical support.</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/pages.py" line="77" />
            <source>台账概况</source>
            <translation>Ledger overview</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="45" />
            <source>&lt;h3&gt;科技成果转化管理&lt;/h3&gt;&lt;p&gt;请填写本单位的基本信息（以后可在“设置”中修改），然后选择如何开始。&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Technology transfer management&lt;/h3&gt;&lt;p&gt;Please enter your unit's details (you can change them later in Settings), then choose how to start.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="66" />
            <source>从空白开始</source>
            <translation>Start empty</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="64" />
            <source>使用演示数据打开</source>
            <translation>Open with demo data</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="49" />
            <source>例如：上海某大学</source>
            <translation>e.g. Shanghai XX University</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="51" />
            <source>例如：技术转移中心</source>
            <translation>e.g. Technology Transfer Center</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="68" />
            <source>保存单位信息后打开 Excel 台账导入</source>
            <translation>Save the unit details, then open the Excel ledger import</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="100" />
            <source>制度建立截止：{0}；试点结束：{1}</source>
            <translation>Management rules due: {0}; pilot ends: {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="59" />
            <source>单位名称</source>
            <translation>Unit name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="67" />
            <source>导入我的 Excel 台账</source>
            <translation>Import my Excel ledger</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="60" />
            <source>技术转移机构名称</source>
            <translation>Technology transfer office</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="122" />
            <source>无法生成演示数据：{0}</source>
            <translation>Cannot create the demo data: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="44" />
            <source>欢迎使用 KJCG Desktop</source>
            <translation>Welcome to KJCG Desktop</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="65" />
            <source>生成一套示例台账、申请、公示和交易，便于熟悉软件；熟悉后可在“设置”中清除演示数据，开始正式使用</source>
            <translation>Creates a sample ledger with applications, publicities and deals to get to know the app; afterwards clear the demo data in Settings to start for real</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="61" />
            <source>试点启动日期</source>
            <translation>Pilot start date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="55" />
            <source>试点期三年（方案五(一)）；一年内建立配套管理制度（方案三(二)）</source>
            <translation>The pilot lasts three years (Plan 5(1)); management rules within one year (Plan 3(2))</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/first_run.py" line="111" />
            <source>请填写单位名称（选择演示数据时可不填）</source>
            <translation>Please enter the unit name (optional with demo data)</translation>
        </message>
    </context>
    <context>
        <name>HelpBar</name>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="135" />
            <source>使用手册 (F1)</source>
            <translation>User guide (F1)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="128" />
            <source>依据：</source>
            <translation>Basis: </translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="134" />
            <source>显示或隐藏本页说明</source>
            <translation>Show or hide the notes on this page</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="133" />
            <source>本页说明</source>
            <translation>About this page</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="56" />
            <source>与财务部门交换阶段标记、支出处理与资产处置。</source>
            <translation>Exchange stage tags, expenditure treatment and disposals with the finance department.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="52" />
            <source>交易对方</source>
            <translation>Counterparty</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="131" />
            <source>使用手册(&amp;M)</source>
            <translation>User &amp;guide</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="53" />
            <source>公示</source>
            <translation>Publicity</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="55" />
            <source>公示、协议与证据卷宗的生成、预览和打印。</source>
            <translation>Create, preview and print notices, agreements and evidence dossiers.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="132" />
            <source>关于(&amp;A)</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="48" />
            <source>台账编号</source>
            <translation>Ledger no.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="52" />
            <source>合同金额</source>
            <translation>Contract amount</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="54" />
            <source>届满</source>
            <translation>Ends</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="49" />
            <source>属性</source>
            <translation>Attribute</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="47" />
            <source>工作台</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="130" />
            <source>帮助(&amp;H)</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="57" />
            <source>年度报告</source>
            <translation>Annual report</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="57" />
            <source>年度科技成果国有资产情况与试点执行报告（1-2 第十二条）。</source>
            <translation>Annual report on state-owned achievement assets and the pilot's execution (Annex 1-2 Art. 12).</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="53" />
            <source>开始</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="51" />
            <source>成果</source>
            <translation>Achievement</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="48" />
            <source>成果台账</source>
            <translation>Ledger</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="48" />
            <source>成果名称</source>
            <translation>Achievement name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="133" />
            <source>数据库：{0}</source>
            <translation>Database: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="55" />
            <source>文书</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="128" />
            <source>文件(&amp;F)</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="51" />
            <source>方式</source>
            <translation>Mode</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="50" />
            <source>标题</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="50" />
            <source>状态</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="125" />
            <source>科技成果转化管理 — KJCG Desktop</source>
            <translation>Technology Transfer Management — KJCG Desktop</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="48" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="50" />
            <source>编号</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="58" />
            <source>设置</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="56" />
            <source>财务对接</source>
            <translation>Finance</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="50" />
            <source>赋权申请</source>
            <translation>Rights grants</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="51" />
            <source>转化交易</source>
            <translation>Deals</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="49" />
            <source>转化状态</source>
            <translation>Transfer status</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="129" />
            <source>退出(&amp;X)</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/main_window.py" line="49" />
            <source>阶段</source>
            <translation>Stage</translation>
        </message>
    </context>
    <context>
        <name>ManualDialog</name>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="149" />
            <source>使用手册</source>
            <translation>User guide</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="156" />
            <source>找不到使用手册文件：{0}</source>
            <translation>User guide file not found: {0}</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="126" />
            <source>.ttc 字体集中的字体序号（宋体 simsun.ttc 为 0）</source>
            <translation>Index of the font in a .ttc collection (0 for SimSun simsun.ttc)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="215" />
            <source>TrueType 字体 (*.ttf *.ttc)</source>
            <translation>TrueType fonts (*.ttf *.ttc)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="94" />
            <source>保存设置</source>
            <translation>Save settings</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="109" />
            <source>先备份，再复制数据库和附件到新文件夹并校验，成功后切换；原文件保留并改名</source>
            <translation>Backs up, copies the database and attachments to the new folder, verifies them and then switches; the old files are kept and renamed</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="116" />
            <source>先备份，再换成空数据库；单位信息和设置保留，原文件改名保留</source>
            <translation>Backs up first, then switches to an empty database; unit details and settings are kept, the old file is kept under a new name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="78" />
            <source>公示与赋权默认值</source>
            <translation>Publicity and grant defaults</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="179" />
            <source>制度建立截止：{0}；试点结束：{1}</source>
            <translation>Management rules due: {0}; pilot ends: {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="59" />
            <source>单位信息</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="71" />
            <source>单位名称</source>
            <translation>Unit name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="239" />
            <source>原数据库文件已改名为：{0}</source>
            <translation>The old database file was renamed to: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="204" />
            <source>可用：{0}</source>
            <translation>Usable: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="90" />
            <source>团队默认所有权份额（%）</source>
            <translation>Team's default ownership share (%)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="125" />
            <source>子字体 </source>
            <translation>Sub-font </translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="206" />
            <source>字体 {0} 无法嵌入文书（需要含中文的 TrueType 字体，不支持 OpenType CFF），保存后将改用系统字体</source>
            <translation>The font {0} cannot be embedded in documents (a TrueType font with Chinese glyphs is needed, OpenType CFF is not supported); a system font will be used</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="249" />
            <source>将删除当前数据库中的全部成果、申请、公示和交易，换成空数据库开始正式使用；单位信息和设置保留。
清除前会自动备份，原文件改名保留。是否继续？</source>
            <translation>All achievements, applications, publicities and deals in the current database will be replaced by an empty database for real use; the unit details and settings are kept.
A backup is made first and the old file is kept under a new name. Continue?</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="287" />
            <source>已保存</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="263" />
            <source>已清除演示数据</source>
            <translation>Demo data cleared</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="143" />
            <source>年度报告邮件草稿的收件人：财务、国资和科委（方案三(四)、1-2 第十二条）</source>
            <translation>Recipients of the annual-report e-mail draft: finance, state assets and the science commission (Plan 3(4), Annex 1-2 Art. 12)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="89" />
            <source>异议受理联系方式</source>
            <translation>Contact for objections</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="72" />
            <source>技术转移机构名称</source>
            <translation>Technology transfer office</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="83" />
            <source>按工作日计算公示期</source>
            <translation>Count publicity periods in working days</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="73" />
            <source>操作人显示名</source>
            <translation>Operator name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="103" />
            <source>数据、文书与界面</source>
            <translation>Data, documents and interface</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="236" />
            <source>数据库已移动到：{0}
移动前的备份：{1}
附件：{2} 个</source>
            <translation>The database was moved to: {0}
Backup made before the move: {1}
Attachments: {2}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="114" />
            <source>数据文件夹</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="240" />
            <source>数据文件夹已移动</source>
            <translation>Data folder moved</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="138" />
            <source>文书字体</source>
            <translation>Document font</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="260" />
            <source>无法清除演示数据</source>
            <translation>Cannot clear the demo data</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="232" />
            <source>无法移动数据文件夹</source>
            <translation>Cannot move the data folder</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="142" />
            <source>每行一个，例如：财务处 &lt;caiwu@example.edu.cn&gt;</source>
            <translation>One per line, e.g. Finance Office &lt;caiwu@example.edu.cn&gt;</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="260" />
            <source>清除失败：{0}</source>
            <translation>Clearing failed: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="248" />
            <source>清除演示数据</source>
            <translation>Clear demo data</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="115" />
            <source>清除演示数据，开始正式使用…</source>
            <translation>Clear the demo data and start for real…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="263" />
            <source>现在是空数据库，可以开始登记成果或导入 Excel 台账。
清除前的备份：{0}</source>
            <translation>The database is now empty: register achievements or import an Excel ledger.
Backup made before clearing: {0}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="150" />
            <source>界面语言 / Language</source>
            <translation>界面语言 / Language</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="232" />
            <source>移动到 {0} 失败：{1}</source>
            <translation>Moving to {0} failed: {1}</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="108" />
            <source>移动数据文件夹…</source>
            <translation>Move data folder…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="129" />
            <source>自动</source>
            <translation>Automatic</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="192" />
            <source>自动选择系统中文字体</source>
            <translation>A Chinese system font is chosen automatically</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="122" />
            <source>自动：宋体、黑体或系统中已安装的中文 TrueType 字体</source>
            <translation>Automatic: SimSun, SimHei or another installed Chinese TrueType font</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="68" />
            <source>试点启动后三年（方案五(一)）；一年内建立配套管理制度（方案三(二)）</source>
            <translation>Three years from the pilot start (Plan 5(1)); management rules within one year (Plan 3(2))</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="74" />
            <source>试点启动日期</source>
            <translation>Pilot start date</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="82" />
            <source>赋权公示期不少于15日（方案二(一)、方案二(二)）</source>
            <translation>Grant publicity lasts at least 15 days (Plan 2(1), Plan 2(2))</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="127" />
            <source>选择字体…</source>
            <translation>Choose font…</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="214" />
            <source>选择文书字体</source>
            <translation>Choose the document font</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="220" />
            <source>选择新的数据文件夹（空文件夹）</source>
            <translation>Choose the new data folder (an empty folder)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="145" />
            <source>邮件收件人</source>
            <translation>Mail recipients</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="271" />
            <source>邮件收件人格式不正确：{0}（应为 名称 &lt;地址&gt; 或 地址）</source>
            <translation>Invalid mail recipients: {0} (use Name &lt;address&gt; or address)</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="86" />
            <source>部分赋权时团队默认所有权份额（%），申请时可修改</source>
            <translation>Team's default ownership share (%) in a partial grant; can be changed per application</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="64" />
            <source>默认使用 Windows 用户名</source>
            <translation>Defaults to the Windows user name</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="87" />
            <source>默认公示天数</source>
            <translation>Default publicity days</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/settings_page.py" line="164" />
            <source>（内存数据库）</source>
            <translation>(in-memory database)</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../kjcg_desktop/app.py" line="76" />
            <source>找不到数据库</source>
            <translation>Database not found</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/app.py" line="76" />
            <source>数据库文件 {0} 不存在。数据文件夹已移到该位置，请确认所在的磁盘或网络盘已连接。</source>
            <translation>The database file {0} does not exist. The data folder was moved there: please check that its drive or network share is connected.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/app.py" line="83" />
            <source>无法打开数据库</source>
            <translation>Cannot open the database</translation>
        </message>
    </context>
    <context>
        <name>help</name>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="73" />
            <source>1-1 第六条、第八条</source>
            <translation>Annex 1-1 Art. 6, Art. 8</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="65" />
            <source>1-2 第七条</source>
            <translation>Annex 1-2 Art. 7</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="41" />
            <source>1-2 第五条、第六条、第七条、第八条、第九条、第十条</source>
            <translation>Annex 1-2 Art. 5, 6, 7, 8, 9, 10</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="61" />
            <source>1-2 第八条、第九条、第十条、第十一条</source>
            <translation>Annex 1-2 Art. 8, 9, 10, 11</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="60" />
            <source>与财务部门交换 Excel：阶段标记、支出的费用化或资本化处理、处置核销，以及导入现有台账。</source>
            <translation>Excel exchange with the finance department: stage tags, expensing or capitalising expenditure, write-offs of disposals, and importing existing ledgers.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="56" />
            <source>公示、赋权协议、放弃通知、披露表和尽职免责证据卷宗：生成、预览、打印（嵌入中文字体）。</source>
            <translation>Publicity notices, grant agreements, abandonment notices, disclosure forms and due-diligence evidence dossiers: create, preview, print (with an embedded Chinese font).</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="52" />
            <source>公示期按民法典计算：公示当日不计入，末日为法定节假日或休息日的顺延至下一个工作日；届满前不能结束公示。</source>
            <translation>Publicity periods follow the Civil Code: the day of posting is not counted, a last day on a holiday or rest day moves to the next working day; a publicity cannot be closed before it ends.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="76" />
            <source>单位信息、试点启动日期、公示默认值、数据文件夹、文书字体、邮件收件人和界面语言。</source>
            <translation>Unit details, pilot start date, publicity defaults, data folder, document font, mail recipients and interface language.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="36" />
            <source>台账概况与待办提醒：公示届满、长期使用权到期、专利年费、年度报告与试点节点。</source>
            <translation>Ledger overview and reminders: publicity ends, use-right expiries, patent annuities, the annual report and the pilot's milestones.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="72" />
            <source>备份与恢复、完整性检查与操作日志：每次修改都写入带校验链的日志，作为尽职免责的证据。</source>
            <translation>Backup and restore, integrity check and event log: every change is written to a hash-chained log that serves as due-diligence evidence.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="64" />
            <source>导入现有 Excel 台账（任意表头、日期格式），预览、校验、一次导入、可撤销；导出台账。</source>
            <translation>Import existing Excel ledgers (any header row, any date format): preview, validate, import at once, undo; export the ledger.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="68" />
            <source>年度科技成果国有资产情况与试点执行报告：指标、Excel 与 PDF、邮件草稿。</source>
            <translation>Annual report on state-owned achievement assets and the pilot's execution: indicators, Excel and PDF, e-mail draft.</translation>
        </message>
        <message>
            <location filename="../../kjcg_desktop/ui/help.py" line="69" />
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
            <location filename="../../kjcg_desktop/ui/help.py" line="57" />
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
            <location filename="../../kjcg_desktop/ui/help.py" line="77" />
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
            <source>单位自有资金（自筹）</source>
            <translation>Unit's own funds</translation>
        </message>
        <message>
            <source>发明专利</source>
            <translation>Invention patent</translation>
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
            <source>已登记</source>
            <translation>Registered</translation>
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
            <source>归集待定</source>
            <translation>Accumulated (pending)</translation>
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
</TS>
