<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About wxops</source>
        <translation>关于 wxops</translation>
    </message>
    <message>
        <source>wxops %1</source>
        <translation>wxops %1</translation>
    </message>
    <message>
        <source>The operations console for a WeChat Official Account and Mini Program: one profile per person across both, segments, and messages sent safely at WeChat&apos;s pace.</source>
        <translation>微信公众号与小程序运营控制台：跨平台一人一档、人群，并按微信的节奏安全地推送消息。</translation>
    </message>
    <message>
        <source>Qt %1
Database: %2</source>
        <translation>Qt %1
数据库：%2</translation>
    </message>
</context>
<context>
    <name>AccountChoice</name>
    <message>
        <source>Add an Official Account in Settings → Accounts first.</source>
        <translation>请先在“设置 → 账号”中添加公众号。</translation>
    </message>
    <message>
        <source>Official Account</source>
        <translation>公众号</translation>
    </message>
    <message>
        <source>Official Account:</source>
        <translation>公众号：</translation>
    </message>
</context>
<context>
    <name>AccountCommand</name>
    <message>
        <source>account add needs --kind oa or --kind mp.</source>
        <translation>account add 需要 --kind oa 或 --kind mp。</translation>
    </message>
    <message>
        <source>account add needs --secret-stdin, with the AppSecret on standard input.</source>
        <translation>account add 需要 --secret-stdin，并从标准输入提供 AppSecret。</translation>
    </message>
    <message>
        <source>added %1 (%2); its AppSecret is in the system keychain</source>
        <translation>已添加 %1（%2）；其 AppSecret 保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>No app with AppID %1 is configured.</source>
        <translation>没有配置 AppID 为 %1 的应用。</translation>
    </message>
    <message>
        <source>--secret-stdin was given but standard input held no secret.</source>
        <translation>指定了 --secret-stdin，但标准输入中没有密钥。</translation>
    </message>
    <message>
        <source>updated %1%2</source>
        <translation>已更新 %1%2</translation>
    </message>
    <message>
        <source>; AppSecret replaced</source>
        <translation>；AppSecret 已替换</translation>
    </message>
    <message>
        <source>No apps configured. Add one with: wxops account add --kind oa --appid ID --name NAME --secret-stdin</source>
        <translation>尚未配置应用。添加方法：wxops account add --kind oa --appid ID --name NAME --secret-stdin</translation>
    </message>
    <message>
        <source>secret %1</source>
        <translation>密钥 %1</translation>
    </message>
    <message>
        <source>connected: %1 obtained an access token from %2</source>
        <translation>连接成功：%1 已从 %2 获取 access token</translation>
    </message>
    <message>
        <source>removed %1 and its AppSecret</source>
        <translation>已删除 %1 及其 AppSecret</translation>
    </message>
    <message>
        <source>account %1 needs --appid.</source>
        <translation>account %1 需要 --appid。</translation>
    </message>
    <message>
        <source>account needs one of: add, edit, list, test, remove. See wxops --help.</source>
        <translation>account 需要以下之一：add、edit、list、test、remove。见 wxops --help。</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>The AppID &quot;%1&quot; does not look like a WeChat AppID: it starts with &quot;wx&quot; followed by letters and digits (e.g. wx1234567890abcdef).</source>
        <translation>AppID“%1”不像微信 AppID：应以“wx”开头，后接字母和数字（例如 wx1234567890abcdef）。</translation>
    </message>
    <message>
        <source>Give the app a name, so people can tell the accounts apart.</source>
        <translation>请为应用起个名字，便于区分各个账号。</translation>
    </message>
    <message>
        <source>The proxy must be http://host:port or socks5://host:port, or empty.</source>
        <translation>代理须为 http://主机:端口 或 socks5://主机:端口，或留空。</translation>
    </message>
    <message>
        <source>Do not put a password in the proxy address: it would be stored in the database.</source>
        <translation>请勿在代理地址中填写密码：它会被存入数据库。</translation>
    </message>
    <message>
        <source>Enter the AppSecret: wxops needs it to get access tokens.</source>
        <translation>请输入 AppSecret：wxops 需要它来获取 access token。</translation>
    </message>
    <message>
        <source>The AppID %1 is already configured.</source>
        <translation>AppID %1 已经配置过了。</translation>
    </message>
    <message>
        <source>No app with AppID %1 is configured.</source>
        <translation>没有配置 AppID 为 %1 的应用。</translation>
    </message>
    <message>
        <source>The API address must be an http(s) URL, e.g. https://wechat-gateway.example.com, or empty for api.weixin.qq.com.</source>
        <translation>API 地址必须是 http(s) 网址，例如 https://wechat-gateway.example.com；留空则使用 api.weixin.qq.com。</translation>
    </message>
    <message>
        <source>The AppID is required: mp.weixin.qq.com shows it under Settings and Development → Basic Configuration.</source>
        <translation>AppID 为必填项：可在 mp.weixin.qq.com 的“设置与开发 → 基本配置”中找到。</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>No accounts configured</source>
        <translation>尚未配置账号</translation>
    </message>
    <message>
        <source>Add an Official Account or Mini Program with its AppID. Its AppSecret is kept in the system keychain, never in the database.</source>
        <translation>用 AppID 添加公众号或小程序。AppSecret 保存在系统钥匙串中，绝不写入数据库。</translation>
    </message>
    <message>
        <source>Add an app…</source>
        <translation>添加应用…</translation>
    </message>
    <message>
        <source>Added %1. Use Test connection to check that WeChat answers.</source>
        <translation>已添加 %1。请点“测试连接”确认微信能够应答。</translation>
    </message>
    <message>
        <source>Remove app</source>
        <translation>删除应用</translation>
    </message>
    <message>
        <source>Remove %1 (%2) and delete its AppSecret from the keychain? Synced data stays in the database.</source>
        <translation>删除 %1（%2）并从钥匙串中删除其 AppSecret？已同步的数据仍保留在数据库中。</translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>Removed %1 and its AppSecret.</source>
        <translation>已删除 %1 及其 AppSecret。</translation>
    </message>
    <message>
        <source>Testing %1 via %2…</source>
        <translation>正在通过 %2 测试 %1…</translation>
    </message>
    <message>
        <source>Connected: %1 obtained an access token from %2.</source>
        <translation>连接成功：%1 已从 %2 获取 access token。</translation>
    </message>
    <message>
        <source>Apps are an admin&apos;s work</source>
        <translation>应用由管理员管理</translation>
    </message>
</context>
<context>
    <name>ActivityChart</name>
    <message>
        <source>Events per week</source>
        <translation>每周事件数</translation>
    </message>
    <message>
        <source>Official Account</source>
        <translation>公众号</translation>
    </message>
    <message>
        <source>Mini Program</source>
        <translation>小程序</translation>
    </message>
</context>
<context>
    <name>AnalyticsJobs</name>
    <message>
        <source>Fetching the statistics of %1: %2 of %3 calls</source>
        <translation>正在获取 %1 的统计数据：已完成 %2 / %3 次调用</translation>
    </message>
    <message>
        <source>Stopped; what arrived is kept. Fetch again to continue.</source>
        <translation>已停止；已获取的数据已保存。再次获取即可继续。</translation>
    </message>
    <message>
        <source>Some statistics were not fetched (what arrived is kept): %1</source>
        <translation>部分统计数据未能获取（已获取的数据已保存）：%1</translation>
    </message>
    <message numerus="yes">
        <source>Statistics are up to date; WeChat has not published %n day(s) yet.</source>
        <translation>
            <numerusform>统计数据已是最新；微信还有 %n 天的数据尚未发布。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Statistics are up to date (%n new span(s)).</source>
        <translation>
            <numerusform>统计数据已是最新（新增 %n 段）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <source>&amp;Fetch from WeChat</source>
        <translation>从微信获取(&amp;F)</translation>
    </message>
    <message>
        <source>No statistics yet</source>
        <translation>暂无统计数据</translation>
    </message>
    <message>
        <source>Follower growth and Mini Program visits appear here once an account is configured in Settings and its statistics are fetched.</source>
        <translation>在“设置”中配置账号并获取统计数据后，这里会显示粉丝增长和小程序访问情况。</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>Fetch WeChat&apos;s statistics of the chosen apps for these days (F5); days already held are not asked again</source>
        <translation>获取所选应用在这些日期的微信统计数据（F5）；已保存的日期不会重复请求</translation>
    </message>
    <message>
        <source>Official Account:</source>
        <translation>公众号：</translation>
    </message>
    <message>
        <source>Mini Program:</source>
        <translation>小程序：</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>保存 PNG…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>保存 CSV…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>Save the chart&apos;s numbers as CSV</source>
        <translation>将图表数据保存为 CSV</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Add an Official Account or a Mini Program in Settings → Accounts first.</source>
        <translation>请先在“设置 → 账号”中添加公众号或小程序。</translation>
    </message>
    <message>
        <source>Fetching statistics from WeChat…</source>
        <translation>正在从微信获取统计数据…</translation>
    </message>
    <message>
        <source>Cannot fetch the statistics of %1: %2</source>
        <translation>无法获取 %1 的统计数据：%2</translation>
    </message>
    <message>
        <source>not fetched</source>
        <translation>未获取</translation>
    </message>
    <message>
        <source>%1 points against the period before</source>
        <translation>较上一周期 %1 个百分点</translation>
    </message>
    <message>
        <source>%1 against the period before</source>
        <translation>较上一周期 %1</translation>
    </message>
    <message>
        <source>the period before is not fetched</source>
        <translation>上一周期的数据未获取</translation>
    </message>
    <message>
        <source>New followers</source>
        <translation>新增粉丝</translation>
    </message>
    <message>
        <source>Followers at the end</source>
        <translation>期末粉丝数</translation>
    </message>
    <message>
        <source>Mini Program visitors (daily, summed)</source>
        <translation>小程序访问人数（按日累加）</translation>
    </message>
    <message>
        <source>Followers who also use the Mini Program</source>
        <translation>同时使用小程序的粉丝</translation>
    </message>
    <message numerus="yes">
        <source>WeChat has not published %n day(s) yet: %1. They are left out of the charts, not shown as zero; fetch again later.</source>
        <translation>
            <numerusform>微信还有 %n 天的数据尚未发布：%1。图表中不显示这些日期（而不是显示为零）；请稍后再次获取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Official Account followers per day</source>
        <translation>公众号每日粉丝变化</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Unfollowed</source>
        <translation>取消关注</translation>
    </message>
    <message>
        <source>Mini Program visitors per day</source>
        <translation>小程序每日访问人数</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访问人数</translation>
    </message>
    <message>
        <source>New visitors</source>
        <translation>新访问人数</translation>
    </message>
    <message>
        <source>One audience: people by where they are</source>
        <translation>统一受众：按所在平台划分的人数</translation>
    </message>
    <message>
        <source>Official Account only</source>
        <translation>仅公众号</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>两者都有</translation>
    </message>
    <message>
        <source>Mini Program only</source>
        <translation>仅小程序</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without numbers yet</source>
        <translation>
            <numerusform>还有 %n 天没有数据</numerusform>
        </translation>
    </message>
    <message>
        <source>not published yet</source>
        <translation>尚未发布</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Mini Program</source>
        <translation>小程序(&amp;M)</translation>
    </message>
    <message>
        <source>F&amp;unnel</source>
        <translation>漏斗(&amp;U)</translation>
    </message>
    <message>
        <source>Reading the numbers…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation>分群(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>directly (no proxy)</source>
        <translation>直连（未使用代理）</translation>
    </message>
    <message>
        <source>through the proxy %1</source>
        <translation>经由代理 %1</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>连接成功。</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2). The gateway or proxy may be slow or down; try again, or check the API address and proxy.</source>
        <translation>%1 未能及时应答（%2）。网关或代理可能过慢或已停止；请重试，或检查 API 地址和代理。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of WeChat&apos;s reply. If the API address points to a gateway, check that it forwards to api.weixin.qq.com.</source>
        <translation>%1 返回了 HTTP %2，而不是微信的应答。如果 API 地址指向网关，请确认它会转发到 api.weixin.qq.com。</translation>
    </message>
    <message>
        <source>%1 sent a reply that is not WeChat&apos;s (%2). Check the API address.</source>
        <translation>%1 返回的不是微信的应答（%2）。请检查 API 地址。</translation>
    </message>
    <message>
        <source>this computer&apos;s address</source>
        <translation>本机地址</translation>
    </message>
    <message>
        <source>WeChat says the AppSecret for %1 is wrong. Copy the current AppSecret from the WeChat admin console (Settings and Development → Basic Configuration) and save it again; if it was reset there, the old one no longer works.</source>
        <translation>微信提示 %1 的 AppSecret 不正确。请从微信公众平台（设置与开发 → 基本配置）复制当前的 AppSecret 并重新保存；如果那里重置过，旧的就不再有效。</translation>
    </message>
    <message>
        <source>WeChat does not know the AppID %1. Check it against the WeChat admin console (Settings and Development → Basic Configuration).</source>
        <translation>微信不认识 AppID %1。请对照微信公众平台（设置与开发 → 基本配置）检查。</translation>
    </message>
    <message>
        <source>The AppSecret of %1 is frozen. Unfreeze or reset it in the WeChat admin console, then save the new one here.</source>
        <translation>%1 的 AppSecret 已被冻结。请在微信公众平台解冻或重置，然后在这里保存新的 AppSecret。</translation>
    </message>
    <message>
        <source>%1 is not authorised to use this API (48001). Check the account&apos;s type and permissions in the WeChat admin console.</source>
        <translation>%1 无权调用此接口（48001）。请在微信公众平台检查账号类型和接口权限。</translation>
    </message>
    <message>
        <source>The daily quota of this API is used up (45009). It resets at midnight (Beijing time); an admin may also clear it in the WeChat admin console.</source>
        <translation>此接口今日调用次数已用完（45009）。额度在北京时间零点重置；管理员也可在微信公众平台清零。</translation>
    </message>
    <message>
        <source>WeChat&apos;s per-minute limit was reached (45011). Slow down and try again in a minute.</source>
        <translation>已达到微信每分钟调用上限（45011）。请放慢速度，一分钟后再试。</translation>
    </message>
    <message>
        <source>WeChat is busy (-1). Try again shortly.</source>
        <translation>微信系统繁忙（-1）。请稍后再试。</translation>
    </message>
    <message>
        <source>WeChat answered errcode %1: %2</source>
        <translation>微信返回错误码 %1：%2</translation>
    </message>
    <message>
        <source>`wxops account edit --appid %1 --api-base URL --proxy URL`</source>
        <translation>`wxops account edit --appid %1 --api-base URL --proxy URL`</translation>
    </message>
    <message>
        <source>Settings → Accounts</source>
        <translation>设置 → 账号</translation>
    </message>
    <message>
        <source>Cannot reach %1 %2: %3. Check the API address and the proxy (%4), and that this computer can reach the company&apos;s gateway.</source>
        <translation>无法连接 %1（%2）：%3。请检查 API 地址和代理（%4），并确认本机能访问公司的网关。</translation>
    </message>
    <message>
        <source>WeChat refused the call from IP %1: it is not on the IP whitelist of %2. Either send API calls through the company&apos;s fixed-IP gateway or proxy (API address and proxy: %4; now %3), or add %1 to the whitelist in the WeChat admin console (Settings and Development → Basic Configuration → IP whitelist).</source>
        <translation>微信拒绝了来自 IP %1 的调用：它不在 %2 的 IP 白名单中。请通过公司的固定 IP 网关或代理发送 API 调用（API 地址和代理：%4；当前 %3），或在微信公众平台（设置与开发 → 基本配置 → IP 白名单）中添加 %1。</translation>
    </message>
</context>
<context>
    <name>AppDialog</name>
    <message>
        <source>Edit WeChat app</source>
        <translation>编辑微信应用</translation>
    </message>
    <message>
        <source>Add WeChat app</source>
        <translation>添加微信应用</translation>
    </message>
    <message>
        <source>none (direct), or http://host:port</source>
        <translation>不填（直连），或 http://主机:端口</translation>
    </message>
    <message>
        <source>Stored in the keychain; type a new one to replace it</source>
        <translation>已保存在钥匙串中；输入新的即可替换</translation>
    </message>
    <message>
        <source>From the WeChat admin platform</source>
        <translation>从微信公众平台获取</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;AppID:</source>
        <translation>&amp;AppID：</translation>
    </message>
    <message>
        <source>App&amp;Secret:</source>
        <translation>App&amp;Secret：</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API 地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>代理(&amp;P)：</translation>
    </message>
    <message>
        <source>WeChat answers only from IP addresses on the app&apos;s whitelist. If this computer is not on it, use the company gateway as the API address or a proxy whose address is.</source>
        <translation>微信只应答应用 IP 白名单中的地址。如果本机不在白名单中，请把公司网关作为 API 地址，或使用地址在白名单中的代理。</translation>
    </message>
    <message>
        <source>&amp;Copy IP</source>
        <translation>复制 IP(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Copy the address to paste into the IP whitelist</source>
        <translation>复制该地址，粘贴到 IP 白名单中</translation>
    </message>
    <message>
        <source>Ask WeChat for an access token with these settings, before saving</source>
        <translation>保存前，用这些设置向微信申请 access token</translation>
    </message>
    <message>
        <source>WeChat saw this computer as %1: add it to the app&apos;s IP whitelist, or use a gateway or proxy that is on it.</source>
        <translation>微信看到的本机地址是 %1：请将它加入该应用的 IP 白名单，或使用已在白名单中的网关或代理。</translation>
    </message>
    <message>
        <source>Testing %1 via %2…</source>
        <translation>正在通过 %2 测试 %1…</translation>
    </message>
    <message>
        <source>Connected: WeChat issued an access token to %1 via %2.</source>
        <translation>已连接：微信通过 %2 向 %1 发放了 access token。</translation>
    </message>
</context>
<context>
    <name>AppListModel</name>
    <message>
        <source>Mini Program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <source>Official Account</source>
        <translation>公众号</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直连</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>AppID</source>
        <translation>AppID</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API 地址</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
</context>
<context>
    <name>AppRepository</name>
    <message>
        <source>The AppID %1 is already configured.</source>
        <translation>AppID %1 已经配置过了。</translation>
    </message>
    <message>
        <source>No app with AppID %1 is configured.</source>
        <translation>没有配置 AppID 为 %1 的应用。</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>BlacklistDialog</name>
    <message>
        <source>&amp;Read from WeChat</source>
        <translation>从微信读取(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Unblock…</source>
        <translation>取消拉黑(&amp;U)…</translation>
    </message>
    <message>
        <source>Blacklist of %1</source>
        <translation>%1 的黑名单</translation>
    </message>
    <message>
        <source>OpenID</source>
        <translation>OpenID</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Read the whole blacklist from WeChat (F5): blocks made in mp.weixin.qq.com show here too</source>
        <translation>从微信读取完整黑名单（F5）：在 mp.weixin.qq.com 中拉黑的也会显示在这里</translation>
    </message>
    <message>
        <source>No follower is blocked here. Block people from the Users list, or read the blacklist from WeChat (F5).</source>
        <translation>这里没有被拉黑的粉丝。可在用户列表中拉黑，或从微信读取黑名单（F5）。</translation>
    </message>
    <message>
        <source>Reading the blacklist from WeChat…</source>
        <translation>正在从微信读取黑名单…</translation>
    </message>
    <message numerus="yes">
        <source>WeChat lists %Ln blocked followers.</source>
        <translation>
            <numerusform>微信中有 %Ln 位被拉黑的粉丝。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>取消拉黑</translation>
    </message>
    <message numerus="yes">
        <source>Unblock %Ln followers? The account&apos;s messages reach them again.</source>
        <translation>
            <numerusform>取消拉黑 %Ln 位粉丝？他们将再次收到该账号的消息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblocked %Ln followers.</source>
        <translation>
            <numerusform>已取消拉黑 %Ln 位粉丝。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignApprovals</name>
    <message>
        <source>Say why campaign %1 is rejected (--comment): its author reads it.</source>
        <translation>请说明驳回活动 %1 的理由（--comment）：作者会看到。</translation>
    </message>
    <message>
        <source>This database has no team: nobody else is asked before a send here, so there is nothing to approve. Approvals are for a team on PostgreSQL (docs/team.md).</source>
        <translation>此数据库没有团队：发送前无需他人审批，因此没有可审批的内容。审批用于 PostgreSQL 上的团队（见 docs/team.md）。</translation>
    </message>
</context>
<context>
    <name>CampaignCommand</name>
    <message>
        <source>%1 pending, %2 sent, %3 failed, %4 skipped, %5 unknown</source>
        <translation>%1 待发送，%2 已发送，%3 失败，%4 未发送，%5 未知</translation>
    </message>
    <message>
        <source>sent or settled %1, %2 to go, %3/s</source>
        <translation>已发送或已处理 %1，剩余 %2，%3 条/秒</translation>
    </message>
    <message>
        <source>%1 rows an interrupted run left in flight are now unknown: check them, then `wxops campaign resend-unknown %2` if they must go.</source>
        <translation>上次中断时正在发送的 %1 条现为“未知”：请先核实，确需发送再运行 `wxops campaign resend-unknown %2`。</translation>
    </message>
    <message>
        <source>campaign needs create, list, %1.</source>
        <translation>campaign 需要 create、list、%1 之一。</translation>
    </message>
    <message>
        <source>campaign %1 needs the campaign&apos;s id.</source>
        <translation>campaign %1 需要推送活动的 ID。</translation>
    </message>
    <message>
        <source>campaign preview needs --openid, a staff member&apos;s OpenID.</source>
        <translation>campaign preview 需要 --openid，即一位员工的 OpenID。</translation>
    </message>
    <message>
        <source>staff test</source>
        <translation>员工测试</translation>
    </message>
    <message>
        <source>waiting until %1 (scheduled start, quiet hours or the daily quota&apos;s reset), %2 to go</source>
        <translation>等待到 %1（定时开始、免打扰时段或每日额度重置），剩余 %2</translation>
    </message>
    <message>
        <source>campaign outcome needs --event NAME (and --kind mp or oa to count one app only).</source>
        <translation>campaign outcome 需要 --event 名称（只统计一个应用时再加 --kind mp 或 oa）。</translation>
    </message>
    <message>
        <source>--kind takes oa or mp.</source>
        <translation>--kind 取值为 oa 或 mp。</translation>
    </message>
    <message>
        <source>--within-hours takes 1 to %1.</source>
        <translation>--within-hours 取值为 1 到 %1。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4 %)</source>
        <translation>%1：%3 人中 %2 人（%4 %）</translation>
    </message>
    <message numerus="yes">
        <source>%1 within %n hours</source>
        <translation>
            <numerusform>%n 小时内%1</numerusform>
        </translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>收到消息的人</translation>
    </message>
    <message>
        <source>left out by the rules</source>
        <translation>被规则排除的人</translation>
    </message>
    <message>
        <source>Approving or rejecting a campaign takes the %1 role; %2 holds %3. Ask the database owner: wxops team add %2 --role approver.</source>
        <translation>批准或驳回推送活动需要 %1 角色；%2 拥有的是 %3。请数据库所有者运行：wxops team add %2 --role approver。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>no wxops role</source>
        <translation>无 wxops 角色</translation>
    </message>
</context>
<context>
    <name>CampaignDefinition</name>
    <message>
        <source>The campaign is not a JSON object: %1 at offset %2.</source>
        <translation>推送活动定义不是 JSON 对象：%1（位置 %2）。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>&quot;name&quot;: the campaign needs a name.</source>
        <translation>“name”：推送活动需要名称。</translation>
    </message>
    <message>
        <source>&quot;appid&quot;: which account sends the campaign?</source>
        <translation>“appid”：由哪个账号发送？</translation>
    </message>
    <message>
        <source>&quot;segment&quot;: which saved segment receives it?</source>
        <translation>“segment”：发给哪个已保存的人群？</translation>
    </message>
    <message>
        <source>&quot;fields&quot;: fill the template&apos;s fields.</source>
        <translation>“fields”：请填写模板的字段。</translation>
    </message>
    <message>
        <source>&quot;fields.%1&quot;: must be text.</source>
        <translation>“fields.%1”：必须是文本。</translation>
    </message>
    <message>
        <source>&quot;miniprogram&quot;: give both &quot;appid&quot; and &quot;pagepath&quot;, or neither.</source>
        <translation>“miniprogram”：“appid”和“pagepath”要么都填，要么都不填。</translation>
    </message>
    <message>
        <source>&quot;rate_per_second&quot;: a number above 0 and at most %1.</source>
        <translation>“rate_per_second”：大于 0 且不超过 %1 的数。</translation>
    </message>
    <message>
        <source>&quot;concurrency&quot;: a whole number from 1 to %1.</source>
        <translation>“concurrency”：1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>&quot;frequency_cap&quot;: {&quot;messages&quot;: N, &quot;days&quot;: D} with N and D at least 1.</source>
        <translation>“frequency_cap”：{&quot;messages&quot;: N, &quot;days&quot;: D}，N 和 D 至少为 1。</translation>
    </message>
    <message>
        <source>&quot;start_at&quot;: a time with an offset (2026-12-12T09:00:00+08:00) or epoch milliseconds.</source>
        <translation>“start_at”：带时区偏移的时间（2026-12-12T09:00:00+08:00）或毫秒时间戳。</translation>
    </message>
    <message>
        <source>&quot;quiet_hours&quot;: {&quot;from&quot;: &quot;22:00&quot;, &quot;to&quot;: &quot;08:00&quot;}, two different times of day (Beijing).</source>
        <translation>“quiet_hours”：{&quot;from&quot;: &quot;22:00&quot;, &quot;to&quot;: &quot;08:00&quot;}，一天中两个不同的时间（北京时间）。</translation>
    </message>
    <message>
        <source>&quot;template_id&quot;: a %1 message needs a template.</source>
        <translation>“template_id”：%1 消息需要指定模板。</translation>
    </message>
    <message>
        <source>&quot;page&quot;: a Mini Program path without a leading &quot;/&quot;.</source>
        <translation>“page”：小程序页面路径，不以“/”开头。</translation>
    </message>
    <message>
        <source>&quot;miniprogram_state&quot;: formal, trial or developer.</source>
        <translation>“miniprogram_state”：formal、trial 或 developer。</translation>
    </message>
    <message>
        <source>&quot;text&quot; or &quot;card&quot;: a customer-service message is either a text or a Mini Program card.</source>
        <translation>“text”或“card”：客服消息要么是文本，要么是小程序卡片。</translation>
    </message>
    <message>
        <source>&quot;card&quot;: give &quot;title&quot;, &quot;appid&quot;, &quot;pagepath&quot; and &quot;thumb_media_id&quot;.</source>
        <translation>“card”：请填写“title”“appid”“pagepath”和“thumb_media_id”。</translation>
    </message>
    <message>
        <source>&quot;text&quot; or &quot;mpnews_media_id&quot;: a mass message is either a text or an article.</source>
        <translation>“text”或“mpnews_media_id”：群发消息要么是文本，要么是图文。</translation>
    </message>
    <message>
        <source>&quot;text&quot;: a mass message is one text for everyone in the call; per-person variables cannot be filled.</source>
        <translation>“text”：群发消息同一次调用中所有人收到相同文本，无法填入个人变量。</translation>
    </message>
    <message>
        <source>&quot;batch_size&quot;: from 3 to %1 openids a call.</source>
        <translation>“batch_size”：每次调用 3 到 %1 个 openid。</translation>
    </message>
    <message>
        <source>&quot;channel&quot;: &quot;%1&quot; is not a channel; use one of %2.</source>
        <translation>“channel”：“%1”不是可用渠道；请使用 %2 之一。</translation>
    </message>
    <message>
        <source>&quot;tag_id&quot;: the id of a WeChat tag (a whole number above 0).</source>
        <translation>“tag_id”：微信标签的 ID（大于 0 的整数）。</translation>
    </message>
    <message>
        <source>&quot;segment&quot;: a send to a WeChat tag reaches the tag&apos;s followers; leave the segment out.</source>
        <translation>“segment”：按微信标签群发会发给该标签下的粉丝；请不要填写人群。</translation>
    </message>
    <message>
        <source>Subscribe messages are sent by a Mini Program; %1 is an Official Account.</source>
        <translation>订阅消息由小程序发送；%1 是公众号。</translation>
    </message>
    <message>
        <source>%1 messages are sent by an Official Account; %2 is a Mini Program.</source>
        <translation>%1 消息由公众号发送；%2 是小程序。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 characters; at most %3.</source>
        <translation>“%1”：%2 个字符，最多 %3 个。</translation>
    </message>
    <message>
        <source>&quot;fields&quot;: %1 fields; a template has at most %2.</source>
        <translation>“fields”：%1 个字段，一个模板最多 %2 个。</translation>
    </message>
    <message>
        <source>&quot;fields&quot;: &quot;%1&quot; is not a template field&apos;s key (a letter, then letters, digits or &apos;_&apos;, as in keyword1 or thing2).</source>
        <translation>“fields”：“%1”不是模板字段的键（以字母开头，其后为字母、数字或“_”，如 keyword1 或 thing2）。</translation>
    </message>
</context>
<context>
    <name>CampaignOutcome</name>
    <message>
        <source>No campaign with id %1.</source>
        <translation>没有 ID 为 %1 的活动。</translation>
    </message>
    <message>
        <source>Campaign %1 has not started: there is no outcome yet.</source>
        <translation>活动 %1 尚未开始，还没有效果数据。</translation>
    </message>
</context>
<context>
    <name>CampaignOutcomePanel</name>
    <message>
        <source>C&amp;ount outcome</source>
        <translation>统计效果(&amp;O)</translation>
    </message>
    <message>
        <source>on either app</source>
        <translation>（任一应用）</translation>
    </message>
    <message>
        <source>on the Mini Program</source>
        <translation>（小程序）</translation>
    </message>
    <message>
        <source>on the Official Account</source>
        <translation>（公众号）</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>How many recipients did this within the hours after their message, against the people the rules left out</source>
        <translation>收到消息后若干小时内有多少收件人完成了此事件，并与被规则排除的人对比</translation>
    </message>
    <message>
        <source>Outcome: who did</source>
        <translation>效果：完成事件</translation>
    </message>
    <message>
        <source>within</source>
        <translation>的人，时限</translation>
    </message>
    <message>
        <source>The outcome can be counted once the campaign has started.</source>
        <translation>推送活动开始后即可统计效果。</translation>
    </message>
    <message>
        <source>Choose the event to count, by its name as the Mini Program sends it (for example purchase).</source>
        <translation>请选择要统计的事件，使用小程序上报的事件名（例如 purchase）。</translation>
    </message>
    <message>
        <source>The outcome was not counted: %1</source>
        <translation>效果未能统计：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 within %n hour(s): %2 of %3 recipients (%4 %); %5 of %6 people the rules left out (%7 %).</source>
        <translation>
            <numerusform>%n 小时内完成 %1：收件人 %3 人中有 %2 人（%4 %）；被规则排除的 %6 人中有 %5 人（%7 %）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the outcome…</source>
        <translation>正在统计效果…</translation>
    </message>
</context>
<context>
    <name>CampaignReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>No account with AppID %1 is configured.</source>
        <translation>没有配置 AppID 为 %1 的账号。</translation>
    </message>
    <message>
        <source>No saved segment is called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的已保存人群。</translation>
    </message>
    <message>
        <source>No campaign with id %1.</source>
        <translation>没有 ID 为 %1 的推送活动。</translation>
    </message>
    <message>
        <source>Campaign %1 is %2: only a draft can be started.</source>
        <translation>推送活动 %1 的状态是 %2：只有草稿可以开始。</translation>
    </message>
    <message>
        <source>The segment of campaign %1 was deleted.</source>
        <translation>推送活动 %1 的人群已被删除。</translation>
    </message>
    <message>
        <source>Campaign %1 is %2: only a running one can be paused.</source>
        <translation>推送活动 %1 的状态是 %2：只有进行中的可以暂停。</translation>
    </message>
    <message>
        <source>paused by %1</source>
        <translation>由 %1 暂停</translation>
    </message>
    <message>
        <source>Campaign %1 is %2: only a paused or stopped one can be resumed.</source>
        <translation>推送活动 %1 的状态是 %2：只有已暂停或已停止的可以继续。</translation>
    </message>
    <message>
        <source>Campaign %1 is already %2.</source>
        <translation>推送活动 %1 已经是 %2。</translation>
    </message>
    <message>
        <source>A mass message cannot be recalled: send campaign %1 as a preview to a staff member first (Send test, or wxops campaign preview %1 --openid …).</source>
        <translation>群发消息无法撤回：请先把推送活动 %1 作为预览发给一位员工（“发送测试”，或 wxops campaign preview %1 --openid …）。</translation>
    </message>
    <message>
        <source>%1 has no tag with id %2 (as last synced): sync the tags, or choose another.</source>
        <translation>%1 没有 ID 为 %2 的标签（按最近一次同步）：请同步标签，或选择其他标签。</translation>
    </message>
    <message>
        <source>%1 followers with this tag opted out, are over the frequency cap or had 4 mass messages this month, and a send to the tag would reach them all the same. Send to a segment&apos;s openids instead.</source>
        <translation>该标签下有 %1 位粉丝已退订、超过频次上限或本月已收到 4 条群发，而按标签群发仍会发给他们。请改为按人群的 openid 列表发送。</translation>
    </message>
    <message>
        <source>Campaign %1 has a state this version does not know (&quot;%2&quot;): a newer wxops may have written it.</source>
        <translation>活动 %1 的状态（“%2”）是本版本不认识的：可能是更新版本的 wxops 写入的。</translation>
    </message>
    <message>
        <source>Campaign %1 was changed meanwhile and is now %2, so it was not made %3. Look at it again.</source>
        <translation>活动 %1 在此期间已被更改，现在是%2，因此没有改为%3。请重新查看。</translation>
    </message>
    <message>
        <source>Campaign %1 is no longer a draft: only a draft can be edited.</source>
        <translation>推送活动 %1 已不是草稿：只有草稿可以编辑。</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>新建推送活动(&amp;N)…</translation>
    </message>
    <message>
        <source>Compose a template message for a segment (Ctrl+N)</source>
        <translation>为一个人群撰写模板消息（Ctrl+N）</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>推送活动</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>开始(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>发送(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel campaign…</source>
        <translation>取消推送活动…</translation>
    </message>
    <message>
        <source>&amp;Re-send unknown…</source>
        <translation>重发未知消息(&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>导出报告(&amp;X)…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Errcode</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation>未选择推送活动</translation>
    </message>
    <message numerus="yes">
        <source>%1 a second · about %n minute(s) left</source>
        <translation>
            <numerusform>每秒 %1 条 · 约剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a second</source>
        <translation>每秒 %1 条</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>继续(&amp;E)</translation>
    </message>
    <message>
        <source>Cannot create the campaign</source>
        <translation>无法创建推送活动</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; is a draft: Start it when it is ready.</source>
        <translation>推送活动“%1”是草稿：准备好后点“开始”。</translation>
    </message>
    <message>
        <source>Start campaign</source>
        <translation>开始推送活动</translation>
    </message>
    <message>
        <source>Started: %1 messages to send. Press Send.</source>
        <translation>已开始：共 %1 条待发送。请点“发送”。</translation>
    </message>
    <message>
        <source>%1 done, %2 to go</source>
        <translation>已完成 %1，剩余 %2</translation>
    </message>
    <message>
        <source>Sent %1, failed %2, not sent %3, unknown %4; the campaign is %5.</source>
        <translation>已发送 %1，失败 %2，未发送 %3，未知 %4；推送活动%5。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>取消推送活动</translation>
    </message>
    <message>
        <source>Nobody else will receive this campaign; what was sent stays sent. Cancel it?</source>
        <translation>不会再有人收到此推送活动；已发送的不受影响。确定取消？</translation>
    </message>
    <message>
        <source>No message of this campaign is unknown.</source>
        <translation>此推送活动没有状态未知的消息。</translation>
    </message>
    <message>
        <source>Re-send unknown messages</source>
        <translation>重发未知消息</translation>
    </message>
    <message>
        <source>Export campaign report</source>
        <translation>导出推送活动报告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 deliveries to %2.</source>
        <translation>已将 %1 条投递记录导出到 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Messages sent per %n second(s)</source>
        <translation>
            <numerusform>每 %n 秒发送的消息数</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · segment &quot;%3&quot; · %4</source>
        <translation>%1 · %2 · 人群“%3” · %4</translation>
    </message>
    <message>
        <source>%1
It goes on by itself at %2 (Beijing time) while Send is running.</source>
        <translation>%1
“发送”运行时，将于 %2（北京时间）自动继续。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <source>%1 people will receive the %2 from %3, at most %4 a second. %5 are left out (see the composer&apos;s audience for why). Sent messages cannot be taken back. Start?</source>
        <translation>%1 人将收到来自 %3 的%2，每秒最多 %4 条。%5 人被排除（原因见编辑器中的受众）。已发送的消息无法撤回。开始吗？</translation>
    </message>
    <message>
        <source>Waiting until %1 (scheduled start, quiet hours or the daily quota&apos;s reset).</source>
        <translation>等待到 %1（定时开始、免打扰时段或每日额度重置）。</translation>
    </message>
    <message>
        <source>The audience cannot be counted, so the campaign was not started: %1</source>
        <translation>无法统计受众，因此活动没有开始：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) may or may not have reached WeChat (the run stopped before the answer came). Re-sending within ten minutes is de-duplicated by WeChat; later, people may get them twice. Re-send?</source>
        <translation>
            <numerusform>%Ln 条消息可能已到达微信，也可能没有（运行在收到应答前停止了）。十分钟内重发会被微信去重；之后重发，对方可能收到两次。要重发吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) back in the queue: press Send.</source>
        <translation>
            <numerusform>%Ln 条消息已回到队列：请按“发送”。</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>编辑(&amp;D)…</translation>
    </message>
    <message>
        <source>Change the draft&apos;s message, audience or pace</source>
        <translation>修改草稿的消息、受众或发送节奏</translation>
    </message>
    <message>
        <source>Cannot save the campaign</source>
        <translation>无法保存推送活动</translation>
    </message>
    <message>
        <source>Campaign %1 was saved, but its test send was not recorded (%2): send a test again before starting it.</source>
        <translation>推送活动 %1 已保存，但其测试发送未被记录（%2）：开始前请再发送一次测试。</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; saved.</source>
        <translation>推送活动“%1”已保存。</translation>
    </message>
    <message>
        <source>Message &amp;templates…</source>
        <translation>消息模板(&amp;T)…</translation>
    </message>
    <message>
        <source>The Official Account&apos;s template message templates: add from WeChat&apos;s industry library, delete</source>
        <translation>公众号的模板消息模板：从微信行业模板库添加、删除</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>Appro&amp;ve…</source>
        <translation>批准(&amp;V)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>驳回(&amp;J)…</translation>
    </message>
    <message>
        <source>Waiting for approval: a mass send, or one to more recipients than the team&apos;s threshold, starts only once another member (an admin or approver) approves this version.</source>
        <translation>等待审批：群发，或接收人数超过团队门槛的发送，须由另一位成员（管理员或审批人）批准此版本后才能开始。</translation>
    </message>
    <message>
        <source>Approved by %1 on %2: %3</source>
        <translation>%1 于 %2 批准：%3</translation>
    </message>
    <message>
        <source>Rejected by %1: %2. Edit the campaign, then ask again.</source>
        <translation>%1 驳回：%2。请修改活动后再次申请。</translation>
    </message>
    <message>
        <source>Waits for another member&apos;s approval</source>
        <translation>等待另一位成员审批</translation>
    </message>
    <message>
        <source>You wrote this campaign: another member approves it.</source>
        <translation>这是你创建的活动：须由另一位成员审批。</translation>
    </message>
    <message>
        <source>Approve campaign %1</source>
        <translation>批准活动 %1</translation>
    </message>
    <message>
        <source>Reject campaign %1</source>
        <translation>驳回活动 %1</translation>
    </message>
    <message>
        <source>Approved: the author can start it now.</source>
        <translation>已批准：作者现在可以开始发送。</translation>
    </message>
    <message>
        <source>Rejected: the author sees your comment.</source>
        <translation>已驳回：作者会看到你的意见。</translation>
    </message>
    <message numerus="yes">
        <source>Sent by the service on %1 (as %2), last seen %n second(s) ago.</source>
        <translation>
            <numerusform>由 %1 上的服务（登录名 %2）发送，%n 秒前在线。</numerusform>
        </translation>
    </message>
    <message>
        <source>No service has been seen for a minute: this campaign waits until one runs (wxops service, docs/team.md), or until someone whose keychain holds the app&apos;s secret presses Send.</source>
        <translation>已有一分钟未见到服务：此活动将等待服务运行（wxops service，见 docs/team.md），或由钥匙串中存有该应用密钥的人点击“发送”。</translation>
    </message>
    <message>
        <source>The service on %1 is sending this campaign.</source>
        <translation>%1 上的服务正在发送此推送活动。</translation>
    </message>
    <message>
        <source>Started: the service on %1 sends the %2 messages; nothing more to do here.</source>
        <translation>已开始：%1 上的服务会发送这 %2 条消息，此处无需再操作。</translation>
    </message>
    <message>
        <source>sent by %1 on %2 to %3</source>
        <translation>由 %1 于 %2 发送给 %3</translation>
    </message>
    <message>
        <source>none of this version yet</source>
        <translation>此版本尚无</translation>
    </message>
    <message>
        <source>%1 by %2, version %3: the %4 to %5 people. Left out by the rules: %6. Test send: %7. The preview beside shows the message as its first recipient reads it. Your comment is kept with the decision and shown to the author.</source>
        <translation>%2 的“%1”，第 %3 版：向 %5 人发送%4。被规则排除：%6。测试发送：%7。旁边的预览显示第一位接收人看到的消息。你的意见会随决定保存并显示给作者。</translation>
    </message>
    <message>
        <source>Checking whether this version needs another member&apos;s approval…</source>
        <translation>正在检查此版本是否需要另一位成员审批…</translation>
    </message>
</context>
<context>
    <name>ChannelQrCodes</name>
    <message>
        <source>Give the QR code a name, for example the poster or shop it is for.</source>
        <translation>请为二维码起个名字，例如它所用于的海报或门店。</translation>
    </message>
    <message>
        <source>This account already has a QR code with the parameter “%1”. Choose another parameter.</source>
        <translation>此账号已有参数为“%1”的二维码，请换一个参数。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The database to open: sqlite:/path/file.db or postgresql://user@host:port/db (password from ~/.pgpass). Default: a SQLite file in the application data folder.</source>
        <translation>要打开的数据库：sqlite:/路径/文件.db 或 postgresql://用户@主机:端口/数据库（密码取自 ~/.pgpass）。默认：应用数据目录中的 SQLite 文件。</translation>
    </message>
    <message>
        <source>The interface language: zh_CN or en. Default: the system language.</source>
        <translation>界面语言：zh_CN 或 en。默认：跟随系统语言。</translation>
    </message>
    <message>
        <source>Log debug details of every module.</source>
        <translation>记录所有模块的调试详情。</translation>
    </message>
    <message>
        <source>wxops: the operations console for a WeChat Official Account and Mini Program. Without a command it opens the window.</source>
        <translation>wxops：微信公众号与小程序运营控制台。不带命令时打开窗口。</translation>
    </message>
    <message>
        <source>account: oa (Official Account) or mp (Mini Program).</source>
        <translation>account：oa（公众号）或 mp（小程序）。</translation>
    </message>
    <message>
        <source>account: a name for the app.</source>
        <translation>account：应用名称。</translation>
    </message>
    <message>
        <source>account: API base URL (e.g. a fixed-IP gateway); default https://api.weixin.qq.com.</source>
        <translation>account：API 基础地址（例如固定 IP 的网关）；默认 https://api.weixin.qq.com。</translation>
    </message>
    <message>
        <source>account: HTTP or SOCKS5 proxy URL; empty for none.</source>
        <translation>account：HTTP 或 SOCKS5 代理地址；留空表示不用代理。</translation>
    </message>
    <message>
        <source>account: read the AppSecret from standard input (never from the command line).</source>
        <translation>account：从标准输入读取 AppSecret（绝不从命令行读取）。</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>import: import the good rows of a file that has bad ones (the bad ones are listed in the report).</source>
        <translation>import：文件有错误行时仍导入正确的行（错误行列在报告中）。</translation>
    </message>
    <message>
        <source>import: write the bad-row report to this file (default: standard error).</source>
        <translation>import：把错误行报告写入此文件（默认：标准错误输出）。</translation>
    </message>
    <message>
        <source>segment export: the CSV file to write.</source>
        <translation>segment export：要写入的 CSV 文件。</translation>
    </message>
    <message>
        <source>segment push-tag: the WeChat tag to put on the members (created when missing).</source>
        <translation>segment push-tag：给成员打上的微信标签（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>campaign preview: the staff member&apos;s OpenID that receives the test.</source>
        <translation>campaign preview：接收测试消息的员工 OpenID。</translation>
    </message>
    <message>
        <source>optout: all (default), template, custom, subscribe or mass.</source>
        <translation>optout：all（默认）、template、custom、subscribe 或 mass。</translation>
    </message>
    <message>
        <source>optout: why; kept in the audit log.</source>
        <translation>optout：原因；记入审计日志。</translation>
    </message>
    <message>
        <source>Add, edit, test, list and remove the WeChat apps (the Accounts page).</source>
        <translation>添加、编辑、测试、列出和删除微信应用（账号页）。</translation>
    </message>
    <message>
        <source>Create, test, start, run and follow campaigns.</source>
        <translation>创建、测试、开始、运行和跟踪活动。</translation>
    </message>
    <message>
        <source>Displays help.</source>
        <translation>显示帮助。</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. See wxops help.</source>
        <translation>未知命令“%1”。请参阅 wxops help。</translation>
    </message>
    <message>
        <source>A headless command (wxops help lists them).</source>
        <translation>无界面命令（wxops help 列出全部）。</translation>
    </message>
    <message>
        <source>--%1 belongs to a command: wxops %2 --help says how.</source>
        <translation>--%1 属于某个命令：用法见 wxops %2 --help。</translation>
    </message>
    <message>
        <source>--%1 is not an option of &quot;%2&quot;; it belongs to &quot;%3&quot;. See wxops %2 --help.</source>
        <translation>--%1 不是“%2”的选项，它属于“%3”。请参阅 wxops %2 --help。</translation>
    </message>
    <message>
        <source>Commands (wxops COMMAND --help tells more):</source>
        <translation>命令（wxops 命令 --help 查看详情）：</translation>
    </message>
    <message>
        <source>The app&apos;s AppID.</source>
        <translation>应用的 AppID。</translation>
    </message>
    <message>
        <source>Import a Mini Program backend export (JSONL or CSV).</source>
        <translation>导入小程序后台的导出文件（JSONL 或 CSV）。</translation>
    </message>
    <message>
        <source>Find a person by any identifier and show every linked account.</source>
        <translation>按任意标识查找用户，并显示其所有关联账号。</translation>
    </message>
    <message>
        <source>Link every account into profiles again by the rules.</source>
        <translation>按规则重新将所有账号关联到档案。</translation>
    </message>
    <message>
        <source>Opt a person out of campaign messages, or back in.</source>
        <translation>让用户退订或重新订阅活动消息。</translation>
    </message>
    <message>
        <source>Count, save, refresh, export segments and push one as a WeChat tag.</source>
        <translation>统计、保存、刷新、导出分群，并将分群推送为微信标签。</translation>
    </message>
    <message>
        <source>segment save: the segment&apos;s name.</source>
        <translation>segment save：分群的名称。</translation>
    </message>
    <message>
        <source>Sync an Official Account&apos;s followers or tags from WeChat.</source>
        <translation>从微信同步公众号的粉丝或标签。</translation>
    </message>
    <message>
        <source>segment, campaign create, funnel: the definition, a JSON file (docs/segments.md, docs/campaigns.md, docs/analytics.md); &quot;-&quot; reads standard input.</source>
        <translation>segment、campaign create、funnel：定义，一个 JSON 文件（docs/segments.md、docs/campaigns.md、docs/analytics.md）；“-”表示从标准输入读取。</translation>
    </message>
    <message>
        <source>Count how many people took each step of a funnel across both apps.</source>
        <translation>统计跨两个应用的漏斗中每一步的人数。</translation>
    </message>
    <message>
        <source>campaign outcome: the event to count.</source>
        <translation>campaign outcome：要统计的事件。</translation>
    </message>
    <message>
        <source>campaign outcome: only this app kind&apos;s events (oa or mp).</source>
        <translation>campaign outcome：只统计此类应用的事件（oa 或 mp）。</translation>
    </message>
    <message>
        <source>campaign outcome: the window after each send (default 72).</source>
        <translation>campaign outcome：每次发送后的时间窗口（默认 72 小时）。</translation>
    </message>
    <message>
        <source>sync, stats fetch: WeChat calls in flight at once (default 8).</source>
        <translation>sync、stats fetch：同时进行的微信调用数（默认 8）。</translation>
    </message>
    <message>
        <source>Set up team mode on PostgreSQL and manage its members (docs/team.md).</source>
        <translation>在 PostgreSQL 上设置团队模式并管理成员（见 docs/team.md）。</translation>
    </message>
    <message>
        <source>team add: admin, marketing, support, viewer or approver.</source>
        <translation>team add：admin（管理员）、marketing（营销）、support（客服）、viewer（只读）或 approver（审批人）。</translation>
    </message>
    <message>
        <source>campaign approve, reject: what the approver says (needed to reject).</source>
        <translation>campaign approve、reject：审批人的意见（驳回时必填）。</translation>
    </message>
    <message>
        <source>service: one round, then exit.</source>
        <translation>service：执行一轮后退出。</translation>
    </message>
    <message>
        <source>Run the team&apos;s worker: send running campaigns and run the schedules with the secrets it holds (docs/team.md).</source>
        <translation>运行团队的后台服务：用它持有的密钥发送进行中的活动并执行定时任务（见 docs/team.md）。</translation>
    </message>
</context>
<context>
    <name>CommandOutput</name>
    <message>
        <source>This needs --definition FILE.json (&quot;-&quot; for standard input).</source>
        <translation>需要 --definition 文件.json（&quot;-&quot; 表示标准输入）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>--max-in-flight takes 1 to 64.</source>
        <translation>--max-in-flight 取值为 1 到 64。</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <source>At most</source>
        <translation>最多</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>发送测试(&amp;T)</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新建推送活动</translation>
    </message>
    <message>
        <source> a second</source>
        <translation> 条/秒</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> 条</translation>
    </message>
    <message>
        <source>in </source>
        <translation>在 </translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天内</translation>
    </message>
    <message>
        <source>a staff member&apos;s OpenID</source>
        <translation>员工的 OpenID</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>人群(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>速率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>并发(&amp;C)：</translation>
    </message>
    <message>
        <source>Frequency cap:</source>
        <translation>频次上限：</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>创建(&amp;C)…</translation>
    </message>
    <message>
        <source>Add an Official Account in Settings first.</source>
        <translation>请先在“设置”中添加公众号。</translation>
    </message>
    <message>
        <source>Fetching templates…</source>
        <translation>正在获取模板…</translation>
    </message>
    <message>
        <source>Sending the test…</source>
        <translation>正在发送测试…</translation>
    </message>
    <message>
        <source>Test sent to %1 (msgid %2).</source>
        <translation>测试消息已发送给 %1（msgid %2）。</translation>
    </message>
    <message>
        <source>Start at</source>
        <translation>定时于</translation>
    </message>
    <message>
        <source>Not between</source>
        <translation>免打扰</translation>
    </message>
    <message>
        <source>(Beijing time)</source>
        <translation>（北京时间）</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>发送时间：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <source>Add an account in Settings first.</source>
        <translation>请先在设置中添加账号。</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>请为推送活动命名。</translation>
    </message>
    <message>
        <source>Add a Mini Program in Settings first.</source>
        <translation>请先在设置中添加小程序。</translation>
    </message>
    <message>
        <source>Save a segment first: a campaign goes to a saved segment.</source>
        <translation>请先保存人群：推送活动发给已保存的人群。</translation>
    </message>
    <message>
        <source>Choose an account and a segment.</source>
        <translation>请选择账号和人群。</translation>
    </message>
    <message>
        <source>Will receive it: %1 (as of the segment&apos;s last refresh). Left out: %2.</source>
        <translation>将收到：%1 人（按人群最近一次刷新）。排除：%2。</translation>
    </message>
    <message>
        <source>Enter a staff member&apos;s OpenID.</source>
        <translation>请输入一位员工的 OpenID。</translation>
    </message>
    <message>
        <source>Test sent to %1.</source>
        <translation>测试已发送给 %1。</translation>
    </message>
    <message>
        <source>Will receive it: %1 (the tag&apos;s followers as last synced). Left out: %2.</source>
        <translation>将收到：%1 人（按最近一次同步的标签粉丝）。排除：%2。</translation>
    </message>
    <message>
        <source>Ne&amp;xt person</source>
        <translation>下一个人(&amp;X)</translation>
    </message>
    <message>
        <source>Preview the message as the next person of the segment reads it</source>
        <translation>按人群中的下一个人预览消息</translation>
    </message>
    <message>
        <source>The saved segments cannot be read: %1</source>
        <translation>无法读取已保存的分群：%1</translation>
    </message>
    <message>
        <source>The app&apos;s tags cannot be read: %1</source>
        <translation>无法读取该应用的标签：%1</translation>
    </message>
    <message>
        <source>A mass message reads the same for everyone</source>
        <translation>群发消息对每个人都相同</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>编辑推送活动</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <source>WeChat tag</source>
        <translation>微信标签</translation>
    </message>
    <message>
        <source>Behaviour (an event)</source>
        <translation>行为（事件）</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Opted out of messages</source>
        <translation>已退订消息</translation>
    </message>
    <message>
        <source>In a saved segment</source>
        <translation>属于已保存的人群</translation>
    </message>
    <message>
        <source>Received a campaign</source>
        <translation>收到过某次活动</translation>
    </message>
    <message>
        <source>Delivery state</source>
        <translation>投递状态</translation>
    </message>
    <message>
        <source>Any app</source>
        <translation>任意应用</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Official Account</source>
        <translation>公众号</translation>
    </message>
    <message>
        <source>Mini Program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <source>Either</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>已关注</translation>
    </message>
    <message>
        <source>Not subscribed</source>
        <translation>未关注</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>至多</translation>
    </message>
    <message>
        <source>between</source>
        <translation>介于</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>property, e.g. item</source>
        <translation>属性，如 item</translation>
    </message>
    <message>
        <source>value, e.g. sku-9</source>
        <translation>值，如 sku-9</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <source>In the last N days</source>
        <translation>最近 N 天</translation>
    </message>
    <message>
        <source>Between dates</source>
        <translation>日期区间</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>条件：</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>应用：</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <source>Subscribed:</source>
        <translation>关注状态：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>事件：</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>次数：</translation>
    </message>
    <message>
        <source>Times (from):</source>
        <translation>次数（从）：</translation>
    </message>
    <message>
        <source>Times (to):</source>
        <translation>次数（到）：</translation>
    </message>
    <message>
        <source>Property:</source>
        <translation>属性：</translation>
    </message>
    <message>
        <source>Property value:</source>
        <translation>属性值：</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>天数：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>取值：</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>人群：</translation>
    </message>
    <message>
        <source>Campaign id:</source>
        <translation>活动 ID：</translation>
    </message>
    <message>
        <source>Delivery state:</source>
        <translation>投递状态：</translation>
    </message>
    <message>
        <source>Account (app, follows, source…)</source>
        <translation>账号（应用、关注、来源…）</translation>
    </message>
    <message>
        <source>UnionID</source>
        <translation>UnionID</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>QR code:</source>
        <translation>二维码：</translation>
    </message>
    <message>
        <source>the channel QR code, e.g. shop-shanghai-01</source>
        <translation>渠道二维码，如 shop-shanghai-01</translation>
    </message>
</context>
<context>
    <name>ConditionTree</name>
    <message numerus="yes">
        <source>in the last %n day(s)</source>
        <translation>
            <numerusform>最近 %n 天内</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>从 %1 到 %2</translation>
    </message>
    <message>
        <source>Official Account</source>
        <translation>公众号</translation>
    </message>
    <message>
        <source>Mini Program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>已关注</translation>
    </message>
    <message>
        <source>not subscribed</source>
        <translation>未关注</translation>
    </message>
    <message>
        <source>language %1</source>
        <translation>语言 %1</translation>
    </message>
    <message>
        <source>subscribed %1</source>
        <translation>关注于%1</translation>
    </message>
    <message>
        <source>Has any account</source>
        <translation>有任意账号</translation>
    </message>
    <message>
        <source>Has an account: %1</source>
        <translation>有账号：%1</translation>
    </message>
    <message>
        <source>Has the tag “%1”</source>
        <translation>有标签“%1”</translation>
    </message>
    <message>
        <source>Has tag id %1</source>
        <translation>有标签 ID %1</translation>
    </message>
    <message>
        <source>Has a member ID</source>
        <translation>有会员号</translation>
    </message>
    <message>
        <source>Has no member ID</source>
        <translation>没有会员号</translation>
    </message>
    <message>
        <source>Has a unionid</source>
        <translation>有 UnionID</translation>
    </message>
    <message>
        <source>Has no unionid</source>
        <translation>没有 UnionID</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>已退订</translation>
    </message>
    <message>
        <source>Not opted out</source>
        <translation>未退订</translation>
    </message>
    <message>
        <source>Received campaign %1</source>
        <translation>收到过活动 %1</translation>
    </message>
    <message>
        <source>Has a delivery in state %1</source>
        <translation>有状态为 %1 的投递</translation>
    </message>
    <message>
        <source>In segment “%1”</source>
        <translation>属于人群“%1”</translation>
    </message>
    <message>
        <source>All of these</source>
        <translation>同时满足以下全部</translation>
    </message>
    <message>
        <source>Any of these</source>
        <translation>满足以下任一</translation>
    </message>
    <message>
        <source>NOT: %1</source>
        <translation>非：%1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Never “%1”</source>
        <translation>从未“%1”</translation>
    </message>
    <message>
        <source>“%1” %2 to %3 times</source>
        <translation>“%1” %2 到 %3 次</translation>
    </message>
    <message numerus="yes">
        <source>“%1” at least %n time(s)</source>
        <translation>
            <numerusform>“%1” 至少 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>through QR code “%1”</source>
        <translation>通过二维码“%1”</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Identity conflicts to review</source>
        <translation>待审核的身份冲突</translation>
    </message>
    <message>
        <source>Each pair was not merged because the two profiles hold different unionids: they are two WeChat users who share a member ID. Check the member data in your backend.</source>
        <translation>每一对都没有合并，因为两个档案持有不同的 unionid：他们是共用一个会员号 的两个微信用户。请检查后台的会员数据。</translation>
    </message>
    <message>
        <source>Profile A</source>
        <translation>档案 A</translation>
    </message>
    <message>
        <source>Profile B</source>
        <translation>档案 B</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Open profile &amp;A</source>
        <translation>打开档案 &amp;A</translation>
    </message>
    <message>
        <source>Open profile &amp;B</source>
        <translation>打开档案 &amp;B</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>标记为已审核(&amp;M)</translation>
    </message>
</context>
<context>
    <name>ConnectionFactory</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so the database %2 cannot be made there. Check the path given to --database, or create the folder first.</source>
        <translation>文件夹 %1 不存在，无法在那里创建数据库 %2。请检查 --database 中的路径，或先创建该文件夹。</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database. Give --database the path of a wxops database file, or of a new file to start one.</source>
        <translation>%1 不是 SQLite 数据库。请为 --database 指定 wxops 数据库文件的路径，或一个新文件的路径以新建数据库。</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only. wxops needs to write its database (and the -wal and -shm files beside it); check the permissions.</source>
        <translation>无法写入 %1：文件或其所在文件夹是只读的。wxops 需要写入数据库（以及旁边的 -wal 和 -shm 文件）；请检查权限。</translation>
    </message>
    <message>
        <source>Cannot use %1 as the database: %2</source>
        <translation>无法将 %1 用作数据库：%2</translation>
    </message>
</context>
<context>
    <name>DataJobs</name>
    <message>
        <source>Syncing followers of %1: %2</source>
        <translation>正在同步 %1 的粉丝：%2</translation>
    </message>
    <message>
        <source>Syncing followers of %1…</source>
        <translation>正在同步 %1 的粉丝…</translation>
    </message>
    <message>
        <source>%1 Sync again to continue where it stopped.</source>
        <translation>%1 再次同步即可从中断处继续。</translation>
    </message>
    <message>
        <source>Sync stopped after %1 followers. Sync again to continue.</source>
        <translation>同步在 %1 个粉丝后停止。再次同步即可继续。</translation>
    </message>
    <message>
        <source>Synced %1 followers of %2 (%3 subscribed, %4 unsubscribed).</source>
        <translation>已同步 %2 的 %1 个粉丝（%3 个关注中，%4 个已取关）。</translation>
    </message>
    <message>
        <source>Importing: %1 rows</source>
        <translation>正在导入：%1 行</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The file has %1 bad rows, so nothing was imported. Fix them, or import again with &quot;Import the good rows&quot; ticked.
%2</source>
        <translation>文件中有 %1 行有误，因此没有导入任何数据。请修正这些行，或勾选“导入正确的行”后重新导入。
%2</translation>
    </message>
    <message>
        <source>Import stopped after %1 users and %2 events. Import the file again to add the rest.</source>
        <translation>导入在 %1 个用户和 %2 个事件后停止。再次导入该文件即可补上其余部分。</translation>
    </message>
    <message>
        <source>Imported %1 users and %2 events (%3 duplicates skipped, %4 bad rows).</source>
        <translation>已导入 %1 个用户和 %2 个事件（跳过 %3 个重复，%4 行有误）。</translation>
    </message>
</context>
<context>
    <name>DatabaseSpec</name>
    <message>
        <source>The SQLite database needs a file path, as in sqlite:/home/me/wxops.db.</source>
        <translation>SQLite 数据库需要文件路径，例如 sqlite:/home/me/wxops.db。</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not a valid URL: %1</source>
        <translation>PostgreSQL 地址不是有效的 URL：%1</translation>
    </message>
    <message>
        <source>Do not put the PostgreSQL password in --database: it would be visible to other users of this computer. Store it in ~/.pgpass (or the file named by PGPASSFILE), or in the keychain from Settings.</source>
        <translation>请勿在 --database 中填写 PostgreSQL 密码：本机其他用户可以看到它。请将密码保存在 ~/.pgpass（或 PGPASSFILE 指定的文件）中，或在“设置”中存入系统钥匙串。</translation>
    </message>
    <message>
        <source>Unknown PostgreSQL option &quot;%1&quot;. Supported: host, %2.</source>
        <translation>未知的 PostgreSQL 选项“%1”。支持：host、%2。</translation>
    </message>
    <message>
        <source>The PostgreSQL address needs a database name, as in postgresql://wxops@db.example.com:5432/wxops.</source>
        <translation>PostgreSQL 地址需要数据库名，例如 postgresql://wxops@db.example.com:5432/wxops。</translation>
    </message>
    <message>
        <source>Unknown database &quot;%1&quot;. Use sqlite:/path/to/file.db or postgresql://user@host:port/database.</source>
        <translation>未知的数据库“%1”。请使用 sqlite:/路径/文件.db 或 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>The SQLite path holds a control character (a line break or a tab?): %1</source>
        <translation>SQLite 路径中含有控制字符（换行或制表符？）：%1</translation>
    </message>
    <message>
        <source>The PostgreSQL option host=&quot;%1&quot; names a socket folder (an absolute path); a server&apos;s name goes after the &quot;@&quot;.</source>
        <translation>PostgreSQL 选项 host=&quot;%1&quot; 指的是套接字文件夹（绝对路径）；服务器名称请写在“@”之后。</translation>
    </message>
    <message>
        <source>The PostgreSQL option %1=&quot;%2&quot; may hold only letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>PostgreSQL 选项 %1=&quot;%2&quot; 只能包含字母、数字、“.”、“-”和“_”。</translation>
    </message>
    <message>
        <source>%1 is a folder: give the database file&apos;s name, as in sqlite:/home/me/wxops.db.</source>
        <translation>%1 是一个文件夹：请给出数据库文件名，例如 sqlite:/home/me/wxops.db。</translation>
    </message>
    <message>
        <source>The SQLite file name &quot;%1&quot; begins or ends with a space: a quoting mistake?</source>
        <translation>SQLite 文件名“%1”以空格开头或结尾：是否引号用错了？</translation>
    </message>
    <message>
        <source>The PostgreSQL user, database name or socket folder holds a control character or a Unicode noncharacter; check the address for a copy-and-paste mistake.</source>
        <translation>PostgreSQL 用户名、数据库名或套接字目录含有控制字符或 Unicode 非字符，请检查地址是否复制粘贴有误。</translation>
    </message>
    <message>
        <source>The SQLite path &quot;%1&quot; starts with &apos;:&apos;: give a file on disk, as in sqlite:/home/me/wxops.db.</source>
        <translation>SQLite 路径“%1”以“:”开头：请指定磁盘上的文件，例如 sqlite:/home/me/wxops.db。</translation>
    </message>
</context>
<context>
    <name>DatacubeApi</name>
    <message>
        <source>The date range is empty or invalid.</source>
        <translation>日期范围为空或无效。</translation>
    </message>
    <message>
        <source>The user portrait covers 1, 7 or 30 days; %1 days were asked for.</source>
        <translation>用户画像只支持 1、7 或 30 天；请求的是 %1 天。</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
</context>
<context>
    <name>DeliveryRepository</name>
    <message>
        <source>Campaign %1 has deliveries in a state this version does not know (&quot;%2&quot;).</source>
        <translation>活动 %1 有处于本版本不认识的状态（“%2”）的投递。</translation>
    </message>
</context>
<context>
    <name>DeliveryText</name>
    <message>
        <source>waiting</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>not following</source>
        <translation>未关注</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>已退订</translation>
    </message>
    <message>
        <source>frequency cap</source>
        <translation>超过频次上限</translation>
    </message>
    <message>
        <source>a field would be empty</source>
        <translation>有字段为空</translation>
    </message>
    <message>
        <source>refused by the person</source>
        <translation>用户拒收</translation>
    </message>
    <message>
        <source>campaign cancelled</source>
        <translation>推送活动已取消</translation>
    </message>
    <message>
        <source>interrupted: may have been sent</source>
        <translation>发送中断：可能已送达</translation>
    </message>
    <message>
        <source>no answer from WeChat</source>
        <translation>微信未应答</translation>
    </message>
    <message>
        <source>no account on this app</source>
        <translation>没有该账号</translation>
    </message>
    <message>
        <source>template message</source>
        <translation>模板消息</translation>
    </message>
    <message>
        <source>mass message</source>
        <translation>群发消息</translation>
    </message>
    <message>
        <source>subscribe message</source>
        <translation>订阅消息</translation>
    </message>
    <message>
        <source>no open customer-service window</source>
        <translation>没有打开的客服会话窗口</translation>
    </message>
    <message>
        <source>the window&apos;s replies are used</source>
        <translation>窗口内可回复条数已用完</translation>
    </message>
    <message>
        <source>no acceptance left for the template</source>
        <translation>该模板没有剩余的订阅授权</translation>
    </message>
    <message>
        <source>4 mass messages this month already</source>
        <translation>本月已收到 4 条群发</translation>
    </message>
    <message>
        <source>a mass call needs two people</source>
        <translation>群发一次至少需要两人</translation>
    </message>
    <message>
        <source>already sent (WeChat de-duplicated it)</source>
        <translation>已发送过（微信已去重）</translation>
    </message>
    <message>
        <source>customer-service message</source>
        <translation>客服消息</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>所有消息</translation>
    </message>
    <message>
        <source>blocked by the account</source>
        <translation>已被账号拉黑</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 人%2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Opened the Mini Program</source>
        <translation>打开小程序</translation>
    </message>
    <message>
        <source>Viewed an item</source>
        <translation>浏览商品</translation>
    </message>
    <message>
        <source>Viewed a page</source>
        <translation>浏览页面</translation>
    </message>
    <message>
        <source>Added to cart</source>
        <translation>加入购物车</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Accepted subscribe messages</source>
        <translation>同意接收订阅消息</translation>
    </message>
    <message>
        <source>Declined subscribe messages</source>
        <translation>拒绝接收订阅消息</translation>
    </message>
    <message>
        <source>Followed the Official Account</source>
        <translation>关注公众号</translation>
    </message>
    <message>
        <source>Unfollowed the Official Account</source>
        <translation>取消关注公众号</translation>
    </message>
    <message>
        <source>Scanned a QR code</source>
        <translation>扫描二维码</translation>
    </message>
    <message>
        <source>Clicked a menu</source>
        <translation>点击菜单</translation>
    </message>
    <message>
        <source>Opened a menu link</source>
        <translation>打开菜单链接</translation>
    </message>
    <message>
        <source>Sent a message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>二维码参数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>FollowSource</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>扫描二维码</translation>
    </message>
    <message>
        <source>Shared name card</source>
        <translation>名片分享</translation>
    </message>
    <message>
        <source>Name in an article</source>
        <translation>图文页内名称</translation>
    </message>
    <message>
        <source>Article menu</source>
        <translation>图文页右上角菜单</translation>
    </message>
    <message>
        <source>Account migration</source>
        <translation>公众号迁移</translation>
    </message>
    <message>
        <source>After paying</source>
        <translation>支付后关注</translation>
    </message>
    <message>
        <source>WeChat ad</source>
        <translation>微信广告</translation>
    </message>
    <message>
        <source>Reprinted article</source>
        <translation>他人转载</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>视频号直播</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>视频号</translation>
    </message>
    <message>
        <source>Mini Program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>FollowerActions</name>
    <message>
        <source>Edit &amp;remark…</source>
        <translation>编辑备注(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>打标签(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Untag…</source>
        <translation>取消标签(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>拉黑(&amp;B)…</translation>
    </message>
    <message>
        <source>Un&amp;block…</source>
        <translation>取消拉黑(&amp;B)…</translation>
    </message>
    <message>
        <source>Manage &amp;tags…</source>
        <translation>管理标签(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Blacklist…</source>
        <translation>黑名单(&amp;B)…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>None of the selected people follows %1 now: WeChat keeps remarks, tags and blocks for followers only.</source>
        <translation>所选用户目前都未关注 %1：微信只为粉丝保存备注、标签和拉黑。</translation>
    </message>
    <message>
        <source>This person does not follow %1 now: WeChat keeps remarks for followers only.</source>
        <translation>此人目前未关注 %1：微信只为粉丝保存备注。</translation>
    </message>
    <message>
        <source>Edit remark</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Remark on %1 (at most 30 bytes, about 10 Chinese characters; empty clears it):</source>
        <translation>在 %1 上的备注（最多 30 个字节，约 10 个汉字；留空即清除）：</translation>
    </message>
    <message>
        <source>Remark saved in WeChat: “%1”.</source>
        <translation>备注已保存到微信：“%1”。</translation>
    </message>
    <message>
        <source>%1 has no tags to take off.</source>
        <translation>%1 没有可取消的标签。</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>打标签</translation>
    </message>
    <message>
        <source>Untag</source>
        <translation>取消标签</translation>
    </message>
    <message>
        <source>Tag the selected followers with (a new name creates the tag):</source>
        <translation>为所选粉丝打上标签（输入新名称将创建标签）：</translation>
    </message>
    <message>
        <source>Take this tag off the selected followers:</source>
        <translation>为所选粉丝取消此标签：</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln followers with “%1”.</source>
        <translation>
            <numerusform>已为 %Ln 位粉丝打上“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took “%1” off %Ln followers.</source>
        <translation>
            <numerusform>已为 %Ln 位粉丝取消“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Block %Ln followers on %1? None of the account&apos;s messages will reach them, and they cannot message it.</source>
        <translation>
            <numerusform>在 %1 上拉黑 %Ln 位粉丝？他们将收不到该账号的任何消息，也无法给它发消息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblock %Ln followers on %1?</source>
        <translation>
            <numerusform>在 %1 上取消拉黑 %Ln 位粉丝？</numerusform>
        </translation>
    </message>
    <message>
        <source>Block</source>
        <translation>拉黑</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>取消拉黑</translation>
    </message>
    <message numerus="yes">
        <source>Blocked %Ln followers.</source>
        <translation>
            <numerusform>已拉黑 %Ln 位粉丝。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblocked %Ln followers.</source>
        <translation>
            <numerusform>已取消拉黑 %Ln 位粉丝。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags changed in WeChat.</source>
        <translation>微信中的标签已更改。</translation>
    </message>
    <message>
        <source>Blacklist changed in WeChat.</source>
        <translation>微信中的黑名单已更改。</translation>
    </message>
    <message>
        <source>Channel &amp;QR codes…</source>
        <translation>渠道二维码(&amp;Q)…</translation>
    </message>
    <message>
        <source>New channel QR codes made.</source>
        <translation>已生成新的渠道二维码。</translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <source>a step is one of {&quot;event&quot;: NAME}, {&quot;follow&quot;: {}} or {&quot;message&quot;: {}}.</source>
        <translation>每一步是 {&quot;event&quot;: 名称}、{&quot;follow&quot;: {}} 或 {&quot;message&quot;: {}} 之一。</translation>
    </message>
    <message>
        <source>&quot;event&quot; takes an event&apos;s name, as the Mini Program sends it (1 to %1 characters).</source>
        <translation>“event”需要小程序上报的事件名称（1 到 %1 个字符）。</translation>
    </message>
    <message>
        <source>&quot;kind&quot; is &quot;oa&quot; or &quot;mp&quot; (leave it out for both).</source>
        <translation>“kind”为 &quot;oa&quot; 或 &quot;mp&quot;（两者都算则省略）。</translation>
    </message>
    <message>
        <source>&quot;campaign&quot; takes a campaign&apos;s id.</source>
        <translation>“campaign”需要一个活动的 ID。</translation>
    </message>
    <message>
        <source>Followed the Official Account</source>
        <translation>关注了公众号</translation>
    </message>
    <message>
        <source>Received campaign %1</source>
        <translation>收到了活动 %1</translation>
    </message>
    <message>
        <source>Received a message</source>
        <translation>收到了消息</translation>
    </message>
    <message>
        <source>%1 (Official Account)</source>
        <translation>%1（公众号）</translation>
    </message>
    <message>
        <source>%1 (Mini Program)</source>
        <translation>%1（小程序）</translation>
    </message>
    <message>
        <source>The funnel is not a JSON object: %1 at offset %2.</source>
        <translation>漏斗不是 JSON 对象：%1，位置 %2。</translation>
    </message>
    <message>
        <source>a funnel has 1 to %1 steps.</source>
        <translation>一个漏斗有 1 到 %1 步。</translation>
    </message>
    <message>
        <source>whole hours from 1 to %1.</source>
        <translation>1 到 %1 之间的整数小时。</translation>
    </message>
    <message>
        <source>a date, YYYY-MM-DD (Beijing time).</source>
        <translation>日期，格式 YYYY-MM-DD（北京时间）。</translation>
    </message>
    <message>
        <source>the first day is after the last.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>a saved segment&apos;s name.</source>
        <translation>已保存分群的名称。</translation>
    </message>
    <message>
        <source>No saved segment is called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的已保存分群。</translation>
    </message>
</context>
<context>
    <name>FunnelCommand</name>
    <message numerus="yes">
        <source>%1 to %2 (Beijing), each step within %n hours of the first</source>
        <translation>
            <numerusform>%1 至 %2（北京时间），每一步在第一步后 %n 小时内</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <source>&amp;Add a step</source>
        <translation>添加步骤(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Count</source>
        <translation>计算(&amp;C)</translation>
    </message>
    <message>
        <source>Count how many people took each step (Ctrl+Return)</source>
        <translation>计算每一步有多少人完成（Ctrl+Return）</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>另存为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Save this funnel for wxops funnel --definition FILE</source>
        <translation>保存此漏斗，供 wxops funnel --definition FILE 使用</translation>
    </message>
    <message>
        <source>All steps within</source>
        <translation>所有步骤在第一步之后</translation>
    </message>
    <message>
        <source>of the first, for</source>
        <translation>内完成，人群：</translation>
    </message>
    <message>
        <source>People who took these steps in order; the first falls in the page&apos;s range of days.</source>
        <translation>依次完成这些步骤的人；第一步落在本页所选的日期范围内。</translation>
    </message>
    <message>
        <source>Funnel: not counted yet</source>
        <translation>漏斗：尚未计算</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Event on either app</source>
        <translation>任一应用中的事件</translation>
    </message>
    <message>
        <source>Event on the Mini Program</source>
        <translation>小程序中的事件</translation>
    </message>
    <message>
        <source>Event on the Official Account</source>
        <translation>公众号中的事件</translation>
    </message>
    <message>
        <source>Followed the Official Account</source>
        <translation>关注了公众号</translation>
    </message>
    <message>
        <source>Received a message</source>
        <translation>收到了消息</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>The funnel cannot be counted: %1</source>
        <translation>无法计算该漏斗：%1</translation>
    </message>
    <message>
        <source>Funnel counted.</source>
        <translation>漏斗已计算。</translation>
    </message>
    <message>
        <source>The funnel was not counted: %1</source>
        <translation>漏斗未能计算：%1</translation>
    </message>
    <message numerus="yes">
        <source>Funnel, %1 to %2, all steps within %n hour(s)</source>
        <translation>
            <numerusform>漏斗，%1 至 %2，所有步骤在 %n 小时内</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the funnel…</source>
        <translation>正在计算漏斗…</translation>
    </message>
    <message>
        <source>Save the funnel as JSON</source>
        <translation>将漏斗另存为 JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>从 → 到</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>linked by rule</source>
        <translation>按规则关联</translation>
    </message>
    <message>
        <source>merged by rule</source>
        <translation>按规则合并</translation>
    </message>
    <message>
        <source>linked by hand</source>
        <translation>手动关联</translation>
    </message>
    <message>
        <source>unlinked by hand</source>
        <translation>手动解除关联</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation>（已撤销）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>No identity changes</source>
        <translation>没有身份变更</translation>
    </message>
    <message>
        <source>When the rules or a person link, merge or unlink this person&apos;s accounts, each change is listed here with who made it and why, and a change made by hand can be undone.</source>
        <translation>规则或工作人员关联、合并或解除关联此人的账号时，每项变更都会在这里列出，包括由谁做出、原因是什么；手动变更可以撤销。</translation>
    </message>
</context>
<context>
    <name>IdentityConflicts</name>
    <message>
        <source>Conflict %1 is no longer open: someone resolved it meanwhile.</source>
        <translation>冲突 %1 已不再待处理：在此期间已有人处理了它。</translation>
    </message>
</context>
<context>
    <name>IdentityLinker</name>
    <message>
        <source>No account with id %1.</source>
        <translation>没有 id 为 %1 的账号。</translation>
    </message>
    <message>
        <source>same member ID %1</source>
        <translation>相同会员号 %1</translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <source>Member ID %1 is held by a profile with a different unionid.</source>
        <translation>会员号 %1 属于一个 unionid 不同的档案。</translation>
    </message>
    <message>
        <source>Say why the accounts belong together: the reason is kept in the identity history.</source>
        <translation>请说明这些账号为何属于同一人：原因会保存在身份历史中。</translation>
    </message>
    <message>
        <source>Profile %1 does not exist.</source>
        <translation>档案 %1 不存在。</translation>
    </message>
    <message>
        <source>The account is already in profile %1.</source>
        <translation>该账号已在档案 %1 中。</translation>
    </message>
    <message>
        <source>Profile %1 holds a different unionid: these are two WeChat users. Review the accounts before linking them.</source>
        <translation>档案 %1 持有不同的 unionid：这是两个微信用户。关联前请先核对这些账号。</translation>
    </message>
    <message>
        <source>Say why the account is not this person: the reason is kept in the identity history.</source>
        <translation>请说明该账号为何不是此人：原因会保存在身份历史中。</translation>
    </message>
    <message>
        <source>There is no identity change %1.</source>
        <translation>不存在身份变更 %1。</translation>
    </message>
    <message>
        <source>Identity change %1 was already undone.</source>
        <translation>身份变更 %1 已经撤销过了。</translation>
    </message>
    <message>
        <source>Only manual links and unlinks can be undone; the rules made change %1 and will make it again.</source>
        <translation>只能撤销手动关联和解除关联；变更 %1 由规则产生，撤销后规则还会再次执行。</translation>
    </message>
    <message>
        <source>undo of change %1</source>
        <translation>撤销变更 %1</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>import takes one file: wxops import FILE [--skip-bad-rows]</source>
        <translation>import 只接受一个文件：wxops import FILE [--skip-bad-rows]</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>无法写入报告 %1：%2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>… and %1 more bad rows (--report FILE lists them all)</source>
        <translation>…… 另有 %1 行有误（--report FILE 可列出全部）</translation>
    </message>
    <message>
        <source>%1 has %2 bad rows, so nothing was imported (see the report). Fix them, or run again with --skip-bad-rows to import the good rows.</source>
        <translation>%1 中有 %2 行有误，因此没有导入任何数据（见报告）。请修正这些行，或加上 --skip-bad-rows 重新运行以导入正确的行。</translation>
    </message>
    <message>
        <source>Stopped. What was imported stays; importing the file again adds only the rest.</source>
        <translation>已停止。已导入的数据会保留；再次导入该文件只会补上其余部分。</translation>
    </message>
    <message>
        <source>import: %1 rows read, %2% done</source>
        <translation>import：已读 %1 行，完成 %2%</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import the &amp;good rows of a file with bad ones (the bad ones are listed in a report next to the file)</source>
        <translation>文件有错误行时仍导入正确的行(&amp;G)（错误行列在文件旁的报告中）</translation>
    </message>
    <message>
        <source>Import Mini Program users and events</source>
        <translation>导入小程序用户和行为</translation>
    </message>
    <message>
        <source>A .jsonl or .csv export of the Mini Program backend</source>
        <translation>小程序后台导出的 .jsonl 或 .csv 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose an export</source>
        <translation>选择导出文件</translation>
    </message>
    <message>
        <source>Exports (*.jsonl *.ndjson *.json *.csv);;All files (*)</source>
        <translation>导出文件 (*.jsonl *.ndjson *.json *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>One user or event per line, as described in docs/import-format.md. Importing a file twice adds nothing.</source>
        <translation>每行一个用户或事件，格式见 docs/import-format.md。同一文件导入两次不会重复添加。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>ImportReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no CSV header row in UTF-8.</source>
        <translation>%1 没有 UTF-8 编码的 CSV 表头行。</translation>
    </message>
    <message>
        <source>The CSV header of %1 has no &quot;%2&quot; column.</source>
        <translation>%1 的 CSV 表头中没有“%2”列。</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>无效的 JSON：%1</translation>
    </message>
    <message>
        <source>a line must hold one JSON object</source>
        <translation>每行必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>引号字段直到文件结尾都没有闭合</translation>
    </message>
    <message>
        <source>the line is longer than %1 KB; a row is at most that</source>
        <translation>该行超过 %1 KB；每行最多这么长</translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <source>&quot;props&quot; must be a JSON object</source>
        <translation>“props”必须是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>“%1”必须是字符串</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>missing required field &quot;appid&quot;</source>
        <translation>缺少必填字段“appid”</translation>
    </message>
    <message>
        <source>missing required field &quot;openid&quot;</source>
        <translation>缺少必填字段“openid”</translation>
    </message>
    <message>
        <source>missing required field &quot;name&quot;</source>
        <translation>缺少必填字段“name”</translation>
    </message>
    <message>
        <source>missing required field &quot;kind&quot;</source>
        <translation>缺少必填字段“kind”</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;user&quot; or &quot;event&quot;, not &quot;%1&quot;</source>
        <translation>“kind”必须是“user”或“event”，而不是“%1”</translation>
    </message>
    <message>
        <source>missing required field &quot;at&quot;</source>
        <translation>缺少必填字段“at”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a control character (U+%2): identifiers take printable text only</source>
        <translation>“%1”含有控制字符（U+%2）：标识只能是可打印的文本</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long; identifiers are at most %3</source>
        <translation>“%1”长 %2 个字符；标识最多 %3 个字符</translation>
    </message>
    <message>
        <source>&quot;seen_at&quot; is not a time from 1970 to 9999 with an offset, or epoch milliseconds: &quot;%1&quot;</source>
        <translation>“seen_at”不是 1970 至 9999 年间带时区偏移的时间，也不是纪元毫秒数：“%1”</translation>
    </message>
    <message>
        <source>&quot;at&quot; is not a time from 1970 to 9999 with an offset, or epoch milliseconds: &quot;%1&quot;</source>
        <translation>“at”不是 1970 至 9999 年间带时区偏移的时间，也不是纪元毫秒数：“%1”</translation>
    </message>
    <message>
        <source>&quot;props&quot; is %1 characters of JSON; an event&apos;s props are at most %2</source>
        <translation>“props”是 %1 个字符的 JSON；事件的 props 最多 %2 个字符</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>line %1: %2
</source>
        <translation>第 %1 行：%2
</translation>
    </message>
    <message>
        <source>unknown appid %1 (add the app in Settings → Accounts)</source>
        <translation>未知的 appid %1（请在“设置 → 账号”中添加该应用）</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping at the next safe point…</source>
        <translation>正在停止，将在下一个安全点停下…</translation>
    </message>
</context>
<context>
    <name>LibraryPicker</name>
    <message>
        <source>Library of %1</source>
        <translation>%1 的素材库</translation>
    </message>
    <message>
        <source>Use this article</source>
        <translation>使用这篇图文</translation>
    </message>
    <message>
        <source>Use this image</source>
        <translation>使用这张图片</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>加载更多(&amp;M)</translation>
    </message>
    <message>
        <source>Published articles are shared by their link; a mass send takes an article from the library (the Articles tab).</source>
        <translation>已发表的文章通过链接分享；群发需使用素材库中的图文（“图文”页）。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>图文</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发表</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Nothing here yet: add it in mp.weixin.qq.com.</source>
        <translation>这里还没有内容：请在 mp.weixin.qq.com 中添加。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No cover</source>
        <translation>无封面</translation>
    </message>
</context>
<context>
    <name>LinkedAccountsPanel</name>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>OpenID</source>
        <translation>OpenID</translation>
    </message>
    <message>
        <source>UnionID</source>
        <translation>UnionID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>subscribed since %1</source>
        <translation>%1 起关注</translation>
    </message>
    <message>
        <source>unsubscribed %1</source>
        <translation>%1 取关</translation>
    </message>
    <message>
        <source>not subscribed</source>
        <translation>未关注</translation>
    </message>
    <message>
        <source>first seen %1</source>
        <translation>%1 首次出现</translation>
    </message>
    <message>
        <source>Mini Program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <source>Official Account</source>
        <translation>公众号</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <source>%1 · blocked</source>
        <translation>%1 · 已拉黑</translation>
    </message>
</context>
<context>
    <name>LookupCommand</name>
    <message>
        <source>lookup needs something to look for: an openid, unionid, member ID, remark or profile id.</source>
        <translation>lookup 需要查找内容：openid、unionid、会员号、备注或档案 ID。</translation>
    </message>
    <message>
        <source>No profile matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的档案。</translation>
    </message>
    <message>
        <source>profile %1  member ID %2  %3 events</source>
        <translation>档案 %1  会员号 %2  %3 个事件</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>关注中</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>已取关</translation>
    </message>
    <message>
        <source>identity needs rebuild: wxops identity rebuild</source>
        <translation>identity 需要 rebuild：wxops identity rebuild</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>wxops — WeChat operations console</source>
        <translation>wxops — 微信运营控制台</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>人群</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>推送活动</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Find User…</source>
        <translation>查找用户(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About wxops</source>
        <translation>关于 wxops(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Sync Followers</source>
        <translation>同步粉丝(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import Mini Program Users…</source>
        <translation>导入小程序用户(&amp;I)…</translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation>显示 %1 个，共 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln profile(s)</source>
        <translation>
            <numerusform>%Ln 个档案</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageApi</name>
    <message>
        <source>A mass send by openid takes 2 to 10,000 recipients per call; this one has %1.</source>
        <translation>按 openid 群发每次需 2 至 10,000 个接收者；本次有 %1 个。</translation>
    </message>
</context>
<context>
    <name>MessageContentEditor</name>
    <message>
        <source>Variables: {{member_id}}, {{remark}}, {{profile_id}}; &quot;|&quot; adds a fallback.</source>
        <translation>变量：{{member_id}}、{{remark}}、{{profile_id}}；“|”后为缺省值。</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>加载(&amp;L)</translation>
    </message>
    <message>
        <source>Fetch the Official Account&apos;s templates from WeChat</source>
        <translation>从微信获取公众号的模板</translation>
    </message>
    <message>
        <source>optional: https://…</source>
        <translation>可选：https://…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>链接(&amp;L)：</translation>
    </message>
    <message>
        <source>the template ID from the Mini Program&apos;s admin console</source>
        <translation>小程序后台中的模板 ID</translation>
    </message>
    <message>
        <source>one field a line, e.g.
thing1: Your order {{member_id|}} has shipped</source>
        <translation>每行一个字段，例如
thing1: 您的订单 {{member_id|}} 已发货</translation>
    </message>
    <message>
        <source>optional: pages/order/detail</source>
        <translation>可选：pages/order/detail</translation>
    </message>
    <message>
        <source>&amp;Template ID:</source>
        <translation>模板 ID(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Fields:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Opens:</source>
        <translation>打开页面(&amp;O)：</translation>
    </message>
    <message>
        <source>Only people with an acceptance left for the template receive it; each send uses one.</source>
        <translation>只有对该模板还有订阅授权的人会收到；每发送一次消耗一次。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Mini Program card</source>
        <translation>小程序卡片</translation>
    </message>
    <message>
        <source>Hello {{remark|there}}, …</source>
        <translation>您好 {{remark|朋友}}，…</translation>
    </message>
    <message>
        <source>the Mini Program&apos;s AppID</source>
        <translation>小程序的 AppID</translation>
    </message>
    <message>
        <source>pages/index/index</source>
        <translation>pages/index/index</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>文本(&amp;X)：</translation>
    </message>
    <message>
        <source>Card &amp;title:</source>
        <translation>卡片标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Card &amp;AppID:</source>
        <translation>卡片 AppID(&amp;A)：</translation>
    </message>
    <message>
        <source>Card &amp;page:</source>
        <translation>卡片页面(&amp;P)：</translation>
    </message>
    <message>
        <source>Card &amp;image:</source>
        <translation>卡片图片(&amp;I)：</translation>
    </message>
    <message>
        <source>Only people whose own action opened the window receive it: 48 hours and 5 replies after they wrote to the account, 1 minute and 3 after a click, follow or scan.</source>
        <translation>只有自己的操作打开了会话窗口的人会收到：给公众号发消息后 48 小时内 5 条，点击菜单、关注或扫码后 1 分钟内 3 条。</translation>
    </message>
    <message>
        <source>Article from the media library</source>
        <translation>素材库中的图文</translation>
    </message>
    <message>
        <source>One text for everyone (no per-person variables)</source>
        <translation>所有人相同的文本（不能使用个人变量）</translation>
    </message>
    <message>
        <source> people a call</source>
        <translation> 人一次</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>图文(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Batches:</source>
        <translation>分批(&amp;B)：</translation>
    </message>
    <message>
        <source>Load the templates and choose one.</source>
        <translation>请加载模板并选择一个。</translation>
    </message>
    <message>
        <source>The segment&apos;s followers, by openid list</source>
        <translation>人群中的粉丝（按 openid 列表）</translation>
    </message>
    <message>
        <source>Everyone with a WeChat tag</source>
        <translation>某个微信标签下的所有人</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>发送给(&amp;T)：</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>A mass message cannot be recalled: send a test first. Each follower gets at most 4 a month; people who reached that are left out. A send to a tag reaches all its followers, so it starts only when none of them would be left out.</source>
        <translation>群发消息无法撤回：请先发送测试。每位粉丝每月最多收到 4 条；已达上限的人会被排除。按标签群发会发给标签下的所有粉丝，因此只有在无人需要排除时才能开始。</translation>
    </message>
    <message>
        <source>Choose a tag (sync the followers to see the account&apos;s tags).</source>
        <translation>请选择标签（同步粉丝后可看到账号的标签）。</translation>
    </message>
    <message>
        <source>optional: a Mini Program linked to the account</source>
        <translation>可选：与公众号关联的小程序</translation>
    </message>
    <message>
        <source>Opens Mini &amp;Program:</source>
        <translation>打开小程序(&amp;P)：</translation>
    </message>
    <message>
        <source>Mini Program pa&amp;ge:</source>
        <translation>小程序页面(&amp;G)：</translation>
    </message>
    <message>
        <source>:</source>
        <comment>after a field&apos;s label</comment>
        <translation>：</translation>
    </message>
    <message>
        <source>This template also has %1: WeChat stopped showing those fields in May 2023, so there is nothing to fill in.</source>
        <translation>此模板还包含 %1：微信自 2023 年 5 月起不再显示这些字段，因此无需填写。</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message>
        <source>Choose an image from the library</source>
        <translation>从素材库选择图片</translation>
    </message>
    <message>
        <source>Choose an article from the library</source>
        <translation>从素材库选择图文</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Browse the Official Account&apos;s library</source>
        <translation>浏览公众号的素材库</translation>
    </message>
</context>
<context>
    <name>MessagesPanel</name>
    <message>
        <source>No messages sent yet</source>
        <translation>还没有发送过消息</translation>
    </message>
    <message>
        <source>Messages this person receives from campaigns will be listed here with their delivery state.</source>
        <translation>此人从推送活动收到的消息会连同投递状态列在这里。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>推送活动</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>errcode %1</source>
        <translation>错误码 %1</translation>
    </message>
    <message>
        <source>%1 (errcode %2)</source>
        <translation>%1（错误码 %2）</translation>
    </message>
    <message>
        <source>&amp;Opt out…</source>
        <translation>退订(&amp;O)…</translation>
    </message>
    <message>
        <source>Opt back &amp;in…</source>
        <translation>恢复接收(&amp;I)…</translation>
    </message>
    <message>
        <source>Stop campaign messages to this person, on every channel or one</source>
        <translation>停止向此人发送推送活动消息（全部渠道或某一渠道）</translation>
    </message>
    <message>
        <source>Opted out of %1: %2 (%3, %4)</source>
        <translation>已退订%1：%2（%3，%4）</translation>
    </message>
    <message>
        <source>Receives campaign messages.</source>
        <translation>接收推送活动消息。</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>无法读取数据库结构版本：%1</translation>
    </message>
    <message>
        <source>Cannot create the schema_version table: %1</source>
        <translation>无法创建 schema_version 表：%1</translation>
    </message>
    <message>
        <source>This database was written by a newer version of wxops (schema %1; this program knows schema %2 at most). It has not been changed. Install the newer wxops, or open another database with --database.</source>
        <translation>此数据库由更新版本的 wxops 写入（结构版本 %1；本程序最多支持版本 %2）。数据库未做任何修改。请安装新版 wxops，或用 --database 打开其他数据库。</translation>
    </message>
    <message>
        <source>Cannot lock the schema for migration: %1</source>
        <translation>无法锁定数据库结构以进行迁移：%1</translation>
    </message>
    <message>
        <source>Schema migration %1 (%2) failed and was rolled back: %3</source>
        <translation>数据库结构迁移 %1（%2）失败，已回滚：%3</translation>
    </message>
    <message>
        <source>Your database login has no wxops team role on this database, so it may not read it. Ask the database&apos;s owner to run wxops team add LOGIN --role ROLE (docs/team.md).</source>
        <translation>你的数据库登录名在此数据库上没有 wxops 团队角色，因此无权读取。请数据库所有者运行 wxops team add 登录名 --role 角色（见 docs/team.md）。</translation>
    </message>
    <message>
        <source>Schema migration %1 (%2) could not grant the team&apos;s roles their tables and was rolled back: %3</source>
        <translation>数据库结构迁移 %1（%2）无法为团队角色授予表权限，已回滚：%3</translation>
    </message>
</context>
<context>
    <name>MiniProgramPanel</name>
    <message>
        <source>Last day</source>
        <translation>最近 1 天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Retention of each day&apos;s new users</source>
        <translation>每日新用户留存</translation>
    </message>
    <message>
        <source>Most viewed pages</source>
        <translation>访问最多的页面</translation>
    </message>
    <message>
        <source>Visitors&apos; portrait</source>
        <translation>访问用户画像</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>机型</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>New users</source>
        <translation>新用户</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>第 %1 天</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>访问次数</translation>
    </message>
    <message>
        <source>Visitors (daily, summed)</source>
        <translation>访问人数（按日累加）</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>入口次数</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>退出次数</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>分享次数</translation>
    </message>
    <message>
        <source>not fetched</source>
        <translation>尚未获取</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) to %1</source>
        <translation>
            <numerusform>截至 %1 的 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>访问人数</translation>
    </message>
    <message>
        <source>Average stay, seconds</source>
        <translation>平均停留（秒）</translation>
    </message>
</context>
<context>
    <name>OptOutCommand</name>
    <message>
        <source>optout needs add, remove or list, then an openid, unionid, member ID or profile id.</source>
        <translation>optout 需要 add、remove 或 list，然后是 openid、unionid、会员号或档案 ID。</translation>
    </message>
    <message>
        <source>Nobody is found by &quot;%1&quot;.</source>
        <translation>按“%1”找不到任何人。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; finds more than one profile; use the profile id (wxops lookup %1).</source>
        <translation>“%1”找到不止一个档案；请使用档案 ID（wxops lookup %1）。</translation>
    </message>
</context>
<context>
    <name>OptOutDialog</name>
    <message>
        <source>e.g. asked by phone, ticket 4711</source>
        <translation>例如：电话要求，工单 4711</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>消息(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>OptOutList</name>
    <message>
        <source>&quot;%1&quot; is not a channel; use one of %2.</source>
        <translation>“%1”不是渠道；请使用 %2 之一。</translation>
    </message>
    <message>
        <source>Say why (for example &quot;asked by phone, ticket 4711&quot;): the reason is kept.</source>
        <translation>请说明原因（例如“电话要求，工单 4711”）：原因会被保存。</translation>
    </message>
    <message>
        <source>No profile %1.</source>
        <translation>没有档案 %1。</translation>
    </message>
    <message>
        <source>Say why (for example &quot;asked to hear from us again&quot;): the reason is kept.</source>
        <translation>请说明原因（例如“要求重新接收”）：原因会被保存。</translation>
    </message>
    <message>
        <source>Profile %1 has not opted out of %2.</source>
        <translation>档案 %1 没有退订 %2。</translation>
    </message>
</context>
<context>
    <name>OutboxRunner</name>
    <message>
        <source>Campaign %1 is %2, not running: start or resume it first.</source>
        <translation>推送活动 %1 的状态是 %2，不在进行中：请先开始或继续。</translation>
    </message>
    <message>
        <source>WeChat refused the template (errcode %1: %2). Fix the template or its fields, then resume.</source>
        <translation>微信拒绝了该模板（错误码 %1：%2）。请修正模板或字段后继续。</translation>
    </message>
    <message>
        <source>WeChat&apos;s daily quota for this kind of message is used up (%1). The campaign goes on by itself after the reset at midnight, Beijing time.</source>
        <translation>微信当日该类消息额度已用完（%1）。北京时间零点额度重置后，推送活动会自动继续。</translation>
    </message>
</context>
<context>
    <name>PhonePreview</name>
    <message>
        <source>Choose a template</source>
        <translation>请选择模板</translation>
    </message>
    <message>
        <source>Mini Program · %1</source>
        <translation>小程序 · %1</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>图文</translation>
    </message>
    <message>
        <source>Mass message</source>
        <translation>群发消息</translation>
    </message>
    <message>
        <source>Customer-service message</source>
        <translation>客服消息</translation>
    </message>
    <message>
        <source>Everyone in a call gets the same message</source>
        <translation>同一次群发的所有人收到相同的消息</translation>
    </message>
    <message>
        <source>As profile %1 will read it</source>
        <translation>档案 %1 将看到的样子</translation>
    </message>
    <message>
        <source>Refresh the segment to preview it for one of its people</source>
        <translation>刷新人群后可按其中一人预览</translation>
    </message>
    <message>
        <source>Details › Mini Program %1</source>
        <translation>详情 › 小程序 %1</translation>
    </message>
    <message>
        <source>Details › %1</source>
        <translation>详情 › %1</translation>
    </message>
    <message>
        <source>(the text)</source>
        <translation>（正文）</translation>
    </message>
    <message>
        <source>Article from the library (%1)</source>
        <translation>素材库中的图文（%1）</translation>
    </message>
</context>
<context>
    <name>ProfileTableModel</name>
    <message>
        <source>OA ×%1</source>
        <translation>公众号 ×%1</translation>
    </message>
    <message>
        <source>MP ×%1</source>
        <translation>小程序 ×%1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Follows OA</source>
        <translation>关注公众号</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1 取消关注</translation>
    </message>
    <message>
        <source>OA</source>
        <translation>公众号</translation>
    </message>
    <message>
        <source>MP</source>
        <translation>小程序</translation>
    </message>
    <message>
        <source>UnionID %1</source>
        <translation>UnionID %1</translation>
    </message>
    <message>
        <source>Search first to sort by this column: the full list sorts by profile or member ID.</source>
        <translation>先搜索，才能按此列排序：完整列表只能按档案或会员号排序。</translation>
    </message>
    <message>
        <source>Name (remark)</source>
        <translation>名称（备注）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最近活跃</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>&amp;Link account…</source>
        <translation>关联账号(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Unlink account…</source>
        <translation>解除关联(&amp;U)…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活跃度</translation>
    </message>
    <message>
        <source>Identity history</source>
        <translation>身份历史</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Profile %1 no longer exists.</source>
        <translation>档案 %1 已不存在。</translation>
    </message>
    <message>
        <source>Link an account to profile %1</source>
        <translation>把账号关联到档案 %1</translation>
    </message>
    <message>
        <source>The account moves into this profile and stays there: the automatic rules will not move it again. The reason is kept in the identity history, and the link can be undone.</source>
        <translation>该账号会移入此档案并固定在这里：自动规则不会再移动它。原因会保存在身份历史中，关联可以撤销。</translation>
    </message>
    <message>
        <source>Cannot link</source>
        <translation>无法关联</translation>
    </message>
    <message>
        <source>No account has the OpenID &quot;%1&quot;. Sync or import it first.</source>
        <translation>没有 OpenID 为“%1”的账号。请先同步或导入。</translation>
    </message>
    <message>
        <source>Unlink account</source>
        <translation>解除关联</translation>
    </message>
    <message>
        <source>The selected account moves to a profile of its own and stays apart until the unlink is undone.</source>
        <translation>所选账号会移到一个单独的档案中，在撤销解除关联之前保持分开。</translation>
    </message>
    <message>
        <source>Cannot unlink</source>
        <translation>无法解除关联</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>Opt out of campaign messages</source>
        <translation>退订推送活动消息</translation>
    </message>
    <message>
        <source>Campaigns will not send profile %1 these messages, from now on and in campaigns already running. The reason is kept in the audit log.</source>
        <translation>从现在起，推送活动（包括正在进行的）不会再向档案 %1 发送这些消息。原因记入审计日志。</translation>
    </message>
    <message>
        <source>Cannot opt out</source>
        <translation>无法退订</translation>
    </message>
    <message>
        <source>Opt back in</source>
        <translation>恢复接收</translation>
    </message>
    <message>
        <source>Profile %1 may receive these messages again. The reason is kept in the audit log.</source>
        <translation>档案 %1 将可以再次收到这些消息。原因记入审计日志。</translation>
    </message>
    <message>
        <source>Cannot opt back in</source>
        <translation>无法恢复接收</translation>
    </message>
    <message>
        <source>%1 · not everything could be read: %2</source>
        <translation>%1 · 部分内容无法读取：%2</translation>
    </message>
    <message numerus="yes">
        <source>Profile %1 · %Ln event(s)</source>
        <translation>
            <numerusform>档案 %1 · %Ln 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Profile %1 · member %2 · %Ln event(s)</source>
        <translation>
            <numerusform>档案 %1 · 会员 %2 · %Ln 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring another account into this person&apos;s profile</source>
        <translation>把另一个账号关联到此人的档案</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>QrCodeApi</name>
    <message>
        <source>A QR code&apos;s parameter must be 1 to 64 bytes long.</source>
        <translation>二维码参数长度须为 1 到 64 字节。</translation>
    </message>
    <message>
        <source>A permanent QR code&apos;s number must be from 1 to 100000; use a text parameter for more.</source>
        <translation>永久二维码的数字参数须在 1 到 100000 之间；更多请使用文字参数。</translation>
    </message>
    <message>
        <source>A temporary QR code&apos;s number must be from 1 to 2147483647.</source>
        <translation>临时二维码的数字参数须在 1 到 2147483647 之间。</translation>
    </message>
    <message>
        <source>A temporary QR code lives from 60 seconds to 30 days.</source>
        <translation>临时二维码的有效期为 60 秒到 30 天。</translation>
    </message>
</context>
<context>
    <name>QrCodesDialog</name>
    <message>
        <source>New QR code</source>
        <translation>新建二维码</translation>
    </message>
    <message>
        <source>e.g. Spring poster, Shanghai shop</source>
        <translation>例如：春季海报、上海门店</translation>
    </message>
    <message>
        <source>e.g. poster-spring, or a number</source>
        <translation>例如：poster-spring，或一个数字</translation>
    </message>
    <message>
        <source>WeChat adds this to every follow through the code: up to 64 bytes of text, or a number (up to 100000 for a permanent code).</source>
        <translation>微信会把它附在每次通过此二维码的关注上：最多 64 个字节的文本，或一个数字（永久二维码最大 100000）。</translation>
    </message>
    <message>
        <source>Permanent (an account may have 100,000)</source>
        <translation>永久（每个账号最多 100,000 个）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Parameter:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Temporary, lives:</source>
        <translation>临时，有效期：</translation>
    </message>
    <message>
        <source>&amp;New QR code…</source>
        <translation>新建二维码(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Save image…</source>
        <translation>保存图片(&amp;S)…</translation>
    </message>
    <message>
        <source>Channel QR codes of %1</source>
        <translation>%1 的渠道二维码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Lives</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Save QR code image</source>
        <translation>保存二维码图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg)</source>
        <translation>图片 (*.png *.jpg)</translation>
    </message>
    <message>
        <source>No channel QR codes yet. Make one for each poster or shop (Ctrl+N): the Users list then says who came through which.</source>
        <translation>还没有渠道二维码。为每张海报或每家门店生成一个（Ctrl+N）：用户列表会显示谁是通过哪一个来的。</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Made the QR code “%1”: follows through it carry “%2”.</source>
        <translation>已生成二维码“%1”：通过它的关注会带有“%2”。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>无图片</translation>
    </message>
    <message>
        <source>WeChat sent something that is not an image.</source>
        <translation>微信返回的内容不是图片。</translation>
    </message>
    <message>
        <source>Could not save the image to %1: %2</source>
        <translation>无法将图片保存到 %1：%2</translation>
    </message>
    <message>
        <source>no image</source>
        <translation>没有图片</translation>
    </message>
    <message>
        <source>Saved the QR code image to %1.</source>
        <translation>二维码图片已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>OpenID of the account to link</source>
        <translation>要关联的账号的 OpenID</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. ticket 4711: same phone number</source>
        <translation>例如：工单 4711，手机号相同</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>support</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Needs the %1 role; you are %2. Ask a wxops admin (docs/team.md).</source>
        <translation>需要%1角色；你是%2。请联系 wxops 管理员（见 docs/team.md）。</translation>
    </message>
    <message>
        <source>in no wxops role</source>
        <translation>没有 wxops 角色</translation>
    </message>
    <message>
        <source>One user: this is a SQLite file, and the person at this desk is its admin. Teams share a PostgreSQL database (docs/team.md).</source>
        <translation>单用户：这是一个 SQLite 文件，使用本机的人就是管理员。团队共用 PostgreSQL 数据库（见 docs/team.md）。</translation>
    </message>
    <message>
        <source>%1, on a PostgreSQL database without a team: every login may do everything until its owner runs wxops team init (docs/team.md).</source>
        <translation>%1，PostgreSQL 数据库尚未设置团队：在所有者运行 wxops team init 之前，每个登录名都可执行所有操作（见 docs/team.md）。</translation>
    </message>
    <message>
        <source>%1, the database&apos;s owner: may do everything.</source>
        <translation>%1，数据库所有者：可执行所有操作。</translation>
    </message>
    <message>
        <source>%1: %2, on a team&apos;s PostgreSQL database.</source>
        <translation>%1：%2，团队的 PostgreSQL 数据库。</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>schedule add needs --job followers or --job statistics.</source>
        <translation>schedule add 需要 --job followers 或 --job statistics。</translation>
    </message>
    <message>
        <source>schedule add needs --appid.</source>
        <translation>schedule add 需要 --appid。</translation>
    </message>
    <message>
        <source>schedule add needs --at HH:MM (Beijing time, 00:00 to 23:59), not &quot;%1&quot;.</source>
        <translation>schedule add 需要 --at HH:MM（北京时间，00:00 至 23:59），而不是“%1”。</translation>
    </message>
    <message>
        <source>Schedule %1: the service runs the %2 of %3 every day at %4 Beijing time, first today.</source>
        <translation>定时任务 %1：服务每天北京时间 %4 执行 %3 的 %2，今天首次执行。</translation>
    </message>
    <message>
        <source>Schedule %1: the service runs the %2 of %3 every day at %4 Beijing time, first tomorrow.</source>
        <translation>定时任务 %1：服务每天北京时间 %4 执行 %3 的 %2，明天首次执行。</translation>
    </message>
    <message>
        <source>Nothing is scheduled: add a job with wxops schedule add --job followers --appid ID --at HH:MM.</source>
        <translation>还没有定时任务：用 wxops schedule add --job followers --appid ID --at HH:MM 添加。</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>尚未执行</translation>
    </message>
    <message>
        <source>running since %1 (or its service stopped)</source>
        <translation>自 %1 起执行中（或其服务已停止）</translation>
    </message>
    <message>
        <source>last run %1: %2</source>
        <translation>上次执行 %1：%2</translation>
    </message>
    <message>
        <source>last run %1 failed: %2</source>
        <translation>上次执行 %1 失败：%2</translation>
    </message>
    <message>
        <source>schedule remove needs the schedule&apos;s number (wxops schedule list shows them).</source>
        <translation>schedule remove 需要定时任务的编号（wxops schedule list 会列出）。</translation>
    </message>
    <message>
        <source>There is no schedule %1 (wxops schedule list shows them).</source>
        <translation>没有编号为 %1 的定时任务（wxops schedule list 会列出）。</translation>
    </message>
    <message>
        <source>Schedule %1 removed.</source>
        <translation>定时任务 %1 已删除。</translation>
    </message>
    <message>
        <source>schedule needs add, list or remove.</source>
        <translation>schedule 需要 add、list 或 remove。</translation>
    </message>
</context>
<context>
    <name>ScheduledWork</name>
    <message>
        <source>the app is no longer configured</source>
        <translation>该应用已不在配置中</translation>
    </message>
    <message>
        <source>synced %1 followers (%2 subscribed, %3 unsubscribed)</source>
        <translation>已同步 %1 位粉丝（%2 位关注中，%3 位已取关）</translation>
    </message>
    <message>
        <source>stopped with the service after %1 followers; the next sync continues</source>
        <translation>服务停止时已同步 %1 位粉丝；下次同步会接着进行</translation>
    </message>
    <message>
        <source>fetched %1 spans in %2 calls; %3 days not published yet</source>
        <translation>用 %2 次调用获取了 %1 个时段；%3 天的数据尚未发布</translation>
    </message>
    <message>
        <source>; stopped with the service, the next fetch continues</source>
        <translation>；随服务停止，下次获取会接着进行</translation>
    </message>
</context>
<context>
    <name>SchedulesPanel</name>
    <message>
        <source>Follower sync</source>
        <translation>粉丝同步</translation>
    </message>
    <message>
        <source>Statistics fetch</source>
        <translation>统计数据获取</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>尚未执行</translation>
    </message>
    <message>
        <source>Running since %1 (or its service stopped)</source>
        <translation>自 %1 起执行中（或其服务已停止）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, failed: %2</source>
        <translation>%1，失败：%2</translation>
    </message>
    <message>
        <source>A&amp;dd schedule…</source>
        <translation>添加定时任务(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation>删除定时任务</translation>
    </message>
    <message>
        <source>Time (Beijing)</source>
        <translation>时间（北京）</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>上次执行</translation>
    </message>
    <message>
        <source>The service on %1 runs these each day at their time (Beijing).</source>
        <translation>%1 上的服务每天按各自的时间（北京时间）执行这些任务。</translation>
    </message>
    <message>
        <source>No service is running: these run each day at their time (Beijing) only while wxops service runs against this database (docs/team.md).</source>
        <translation>没有正在运行的服务：只有 wxops service 连接此数据库运行时，这些任务才会每天按各自的时间（北京时间）执行（见 docs/team.md）。</translation>
    </message>
    <message>
        <source>Have the service sync followers or fetch statistics every day</source>
        <translation>让服务每天同步粉丝或获取统计数据</translation>
    </message>
    <message>
        <source>Add a WeChat account first: a schedule runs for one app.</source>
        <translation>请先添加微信账号：定时任务针对某一个应用执行。</translation>
    </message>
    <message>
        <source>Add schedule</source>
        <translation>添加定时任务</translation>
    </message>
    <message>
        <source>Every day at this time in Beijing (WeChat&apos;s day), the service runs it once. A time already past today first comes round tomorrow.</source>
        <translation>每天北京时间（微信的日界）到此时间，服务执行一次。今天已过的时间从明天开始。</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>应用：</translation>
    </message>
    <message>
        <source>Work:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <source>Time (Beijing):</source>
        <translation>时间（北京）：</translation>
    </message>
    <message>
        <source>Stop the daily %1 of %2 at %3?</source>
        <translation>停止每天 %3 对 %2 的%1吗？</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No secret is stored for %1 in the system keychain. Enter it again in Settings → Accounts (or `wxops account add ... --secret-stdin`).</source>
        <translation>系统钥匙串中没有 %1 的密钥。请在“设置 → 账号”中重新输入（或使用 `wxops account add ... --secret-stdin`）。</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock the keyring and allow wxops to use it, then try again.</source>
        <translation>系统钥匙串拒绝访问（%1）。请解锁钥匙环并允许 wxops 使用，然后重试。</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>系统钥匙串出错：%1</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). wxops keeps secrets only in the keychain: start a desktop session with a keyring (e.g. GNOME Keyring or KWallet) and unlock it, then try again.</source>
        <translation>没有可用的系统钥匙串（%1）。wxops 只把密钥保存在钥匙串中：请启动带钥匙环的桌面会话（如 GNOME Keyring 或 KWallet）并解锁，然后重试。</translation>
    </message>
</context>
<context>
    <name>SegmentCommand</name>
    <message>
        <source>segment save needs --name NAME.</source>
        <translation>segment save 需要 --name 名称。</translation>
    </message>
    <message>
        <source>never refreshed</source>
        <translation>从未刷新</translation>
    </message>
    <message>
        <source>segment export needs --csv OUT.csv.</source>
        <translation>segment export 需要 --csv 输出.csv。</translation>
    </message>
    <message>
        <source>export: %1 of %2 members</source>
        <translation>导出：%1 / %2 个成员</translation>
    </message>
    <message>
        <source>segment push-tag needs --appid ID and --tag NAME.</source>
        <translation>segment push-tag 需要 --appid ID 和 --tag 名称。</translation>
    </message>
    <message>
        <source>%1 is not a configured Official Account.</source>
        <translation>%1 不是已配置的公众号。</translation>
    </message>
    <message>
        <source>tagged %1 of %2 followers</source>
        <translation>已打标签 %1 / %2 个粉丝</translation>
    </message>
    <message>
        <source>Stopped after tagging %1 followers.</source>
        <translation>已为 %1 个粉丝打标签后停止。</translation>
    </message>
    <message>
        <source>segment %1 needs the segment&apos;s name.</source>
        <translation>segment %1 需要人群名称。</translation>
    </message>
    <message>
        <source>segment needs count, save, refresh, list, export or push-tag.</source>
        <translation>segment 需要 count、save、refresh、list、export 或 push-tag。</translation>
    </message>
</context>
<context>
    <name>SegmentCompiler</name>
    <message>
        <source>refers back to itself: %1</source>
        <translation>引用回到了自身：%1</translation>
    </message>
</context>
<context>
    <name>SegmentDefinition</name>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>must be an object with one key: a group (all, any, not) or a condition</source>
        <translation>必须是只有一个键的对象：条件组（all、any、not）或一个条件</translation>
    </message>
    <message>
        <source>must be a list of conditions</source>
        <translation>必须是条件列表</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a campaign id (a whole number)</source>
        <translation>必须是活动 ID（整数）</translation>
    </message>
    <message>
        <source>must be the name of a saved segment</source>
        <translation>必须是已保存人群的名称</translation>
    </message>
    <message>
        <source>unknown condition &quot;%1&quot;</source>
        <translation>未知条件 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (known: %2)</source>
        <translation>未知字段 &quot;%1&quot;（可用：%2）</translation>
    </message>
    <message>
        <source>needs &quot;%1&quot;</source>
        <translation>需要 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>必须是非空文本</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>必须是不小于 0 的整数</translation>
    </message>
    <message>
        <source>must be &quot;oa&quot; or &quot;mp&quot;</source>
        <translation>必须是 &quot;oa&quot; 或 &quot;mp&quot;</translation>
    </message>
    <message>
        <source>give &quot;%1&quot; or &quot;%2&quot;, not both</source>
        <translation>只能给出 &quot;%1&quot; 或 &quot;%2&quot; 之一</translation>
    </message>
    <message>
        <source>must be two dates: [&quot;2026-01-01&quot;, &quot;2026-01-31&quot;]</source>
        <translation>必须是两个日期：[&quot;2026-01-01&quot;, &quot;2026-01-31&quot;]</translation>
    </message>
    <message>
        <source>a date is YYYY-MM-DD (Beijing time) or ISO 8601 with an offset</source>
        <translation>日期格式为 YYYY-MM-DD（北京时间）或带时区偏移的 ISO 8601</translation>
    </message>
    <message>
        <source>the second date is before the first</source>
        <translation>第二个日期早于第一个</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be an object with &quot;name&quot; or &quot;id&quot;</source>
        <translation>必须是包含 &quot;name&quot; 或 &quot;id&quot; 的对象</translation>
    </message>
    <message>
        <source>give the tag&apos;s &quot;name&quot; or its &quot;id&quot; (one of them)</source>
        <translation>请给出标签的 &quot;name&quot; 或 &quot;id&quot;（二选一）</translation>
    </message>
    <message>
        <source>must be an object with the event&apos;s &quot;name&quot;</source>
        <translation>必须是包含事件 &quot;name&quot; 的对象</translation>
    </message>
    <message>
        <source>&quot;at_most&quot; is less than &quot;at_least&quot;</source>
        <translation>&quot;at_most&quot; 小于 &quot;at_least&quot;</translation>
    </message>
    <message>
        <source>must not contain &quot; or \</source>
        <translation>不能包含 &quot; 或 \</translation>
    </message>
    <message>
        <source>must be a text or a number</source>
        <translation>必须是文本或数字</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>必须是以下之一：%1</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (at character %2)</source>
        <translation>不是有效的 JSON：%1（第 %2 个字符处）</translation>
    </message>
    <message>
        <source>a definition holds at most %1 conditions; for a long list of people, tag them, import their member IDs, or save a segment and use in_segment</source>
        <translation>一个定义最多包含 %1 个条件；若是一长串人员，请给他们打标签、导入其会员号，或保存为分群后用 in_segment 引用</translation>
    </message>
    <message>
        <source>at most 36500 days</source>
        <translation>最多 36500 天</translation>
    </message>
</context>
<context>
    <name>SegmentExport</name>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>The export was cancelled; the file is incomplete.</source>
        <translation>导出已取消，文件不完整。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SegmentPicker</name>
    <message>
        <source>everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>no saved segment</source>
        <translation>没有已保存的分群</translation>
    </message>
</context>
<context>
    <name>SegmentStore</name>
    <message>
        <source>no saved segment is called &quot;%1&quot;</source>
        <translation>没有名为 &quot;%1&quot; 的已保存人群</translation>
    </message>
    <message>
        <source>There is no segment %1.</source>
        <translation>人群 %1 不存在。</translation>
    </message>
    <message>
        <source>A segment needs a name.</source>
        <translation>人群需要一个名称。</translation>
    </message>
    <message>
        <source>A segment called &quot;%1&quot; already exists: choose another name.</source>
        <translation>已存在名为 &quot;%1&quot; 的人群，请换一个名称。</translation>
    </message>
    <message>
        <source>Segment &quot;%1&quot; uses &quot;%2&quot;: change it first, then rename.</source>
        <translation>人群 &quot;%1&quot; 引用了 &quot;%2&quot;：请先修改它，再重命名。</translation>
    </message>
    <message>
        <source>Segment &quot;%1&quot; uses &quot;%2&quot;: it cannot be deleted.</source>
        <translation>人群 &quot;%1&quot; 引用了 &quot;%2&quot;：不能删除。</translation>
    </message>
    <message>
        <source>A segment&apos;s name is at most %1 characters (this one has %2).</source>
        <translation>分群名称最多 %1 个字符（此名称有 %2 个）。</translation>
    </message>
</context>
<context>
    <name>SegmentTagPush</name>
    <message>
        <source>Tagging stopped after %1 followers: %2</source>
        <translation>为 %1 个粉丝打标签后停止：%2</translation>
    </message>
    <message>
        <source>The account has no tag named &quot;%1&quot;: nobody to untag.</source>
        <translation>该账号没有名为“%1”的标签：无人可取消。</translation>
    </message>
</context>
<context>
    <name>SegmentTrendPanel</name>
    <message>
        <source>Segment:</source>
        <translation>分群:</translation>
    </message>
    <message>
        <source>Save a segment on the Segments page to follow it here.</source>
        <translation>在“分群”页保存一个分群，即可在这里跟踪它。</translation>
    </message>
    <message>
        <source>The segment&apos;s days cannot be read: %1</source>
        <translation>无法读取该分群的每日数据：%1</translation>
    </message>
    <message>
        <source>Reading the segment&apos;s days…</source>
        <translation>正在读取分群的每日数据…</translation>
    </message>
    <message>
        <source>Members of the segment</source>
        <translation>分群成员</translation>
    </message>
    <message>
        <source>Members (after the day&apos;s refresh)</source>
        <translation>成员数（当天刷新后）</translation>
    </message>
    <message numerus="yes">
        <source>Members who used the Mini Program in the last %n day(s)</source>
        <translation>
            <numerusform>近 %n 天使用过小程序的成员</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages sent to the members per day</source>
        <translation>每天发给成员的消息</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>已发送消息</translation>
    </message>
    <message>
        <source>%1: %2 members on %3, %4 of them used the Mini Program in the 7 days up to it.</source>
        <translation>%1：%3 有 %2 名成员，其中 %4 人在截至当天的 7 天内使用过小程序。</translation>
    </message>
    <message>
        <source>%1 was not refreshed by %2: refresh it on the Segments page to count its members.</source>
        <translation>%1 在 %2 前未刷新过：请在“分群”页刷新以统计成员。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent to its members in these days.</source>
        <translation>
            <numerusform>这些天共向其成员发送 %n 条消息。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln profile(s) match</source>
        <translation>
            <numerusform>匹配 %Ln 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>counted in %1 s</source>
        <translation>用时 %1 秒</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>已保存的人群</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>上次刷新</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>复制…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>人群名称</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save as new…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>添加条件组</translation>
    </message>
    <message>
        <source>All ↔ Any</source>
        <translation>全部 ↔ 任一</translation>
    </message>
    <message>
        <source>NOT</source>
        <translation>取反</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Some matching people (double-click to open):</source>
        <translation>部分匹配的用户（双击打开）：</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>not refreshed</source>
        <translation>未刷新</translation>
    </message>
    <message>
        <source>Segment &quot;%1&quot; cannot be shown in the builder.</source>
        <translation>人群“%1”无法在编辑器中显示。</translation>
    </message>
    <message>
        <source>Give the segment a name before saving it.</source>
        <translation>保存前请先为人群命名。</translation>
    </message>
    <message>
        <source>Saved segment &quot;%1&quot;. Refresh it to store its members.</source>
        <translation>已保存人群“%1”。刷新后将保存其成员。</translation>
    </message>
    <message>
        <source>Save as a new segment</source>
        <translation>另存为新人群</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Select a saved segment first.</source>
        <translation>请先选择一个已保存的人群。</translation>
    </message>
    <message>
        <source>Duplicate segment</source>
        <translation>复制人群</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>副本名称：</translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation>重命名人群</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>删除人群</translation>
    </message>
    <message>
        <source>Delete segment &quot;%1&quot; and its stored members? Campaigns already sent are not affected.</source>
        <translation>删除人群“%1”及其已保存的成员？已发送的活动不受影响。</translation>
    </message>
    <message>
        <source>Deleted segment &quot;%1&quot;.</source>
        <translation>已删除人群“%1”。</translation>
    </message>
    <message>
        <source>Save the segment first, then refresh it.</source>
        <translation>请先保存人群，再刷新。</translation>
    </message>
    <message>
        <source>Refreshing the members…</source>
        <translation>正在刷新成员…</translation>
    </message>
    <message>
        <source>Refreshed: %1 members (%2 added, %3 removed).</source>
        <translation>已刷新：%1 个成员（新增 %2，移除 %3）。</translation>
    </message>
    <message>
        <source>Save and refresh the segment first, then export it.</source>
        <translation>请先保存并刷新人群，再导出。</translation>
    </message>
    <message>
        <source>Export segment members</source>
        <translation>导出人群成员</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exported %1 of %2 members</source>
        <translation>已导出 %1 / %2 个成员</translation>
    </message>
    <message>
        <source>Exported %1 members to %2.</source>
        <translation>已导出 %1 个成员到 %2。</translation>
    </message>
    <message>
        <source>Save and refresh the segment first, then push it.</source>
        <translation>请先保存并刷新人群，再推送。</translation>
    </message>
    <message>
        <source>Add an Official Account in Settings → Accounts first.</source>
        <translation>请先在 设置 → 账号 中添加公众号。</translation>
    </message>
    <message>
        <source>Tag name:</source>
        <translation>标签名称：</translation>
    </message>
    <message>
        <source>Official Account:</source>
        <translation>公众号：</translation>
    </message>
    <message>
        <source>Tagging followers on WeChat…</source>
        <translation>正在微信上为粉丝打标签…</translation>
    </message>
    <message>
        <source>Tagged %1 of %2 followers</source>
        <translation>已打标签 %1 / %2 个粉丝</translation>
    </message>
    <message>
        <source>Stopped after tagging %1 followers.</source>
        <translation>已为 %1 个粉丝打标签后停止。</translation>
    </message>
    <message>
        <source>Tagged %1 followers with &quot;%2&quot; on WeChat (%3 members have no subscribed account there).</source>
        <translation>已在微信上为 %1 个粉丝打上“%2”标签（%3 个成员在该公众号没有关注账号）。</translation>
    </message>
    <message>
        <source>Select a condition to edit it, or add one with &quot;Add condition&quot;. A group combines what it holds: all of them or any of them; NOT turns the selected item around.</source>
        <translation>选中一个条件即可编辑，或用“添加条件”新增。条件组组合其中的条件：全部满足或任一满足；“取反”把选中的项反过来。</translation>
    </message>
    <message>
        <source>The size history cannot be read: %1</source>
        <translation>无法读取规模历史：%1</translation>
    </message>
    <message>
        <source>The builder&apos;s lists of apps, tags, events and segments cannot be read: %1</source>
        <translation>无法读取构建器的应用、标签、事件和分群列表：%1</translation>
    </message>
    <message>
        <source>Cannot push to %1: %2</source>
        <translation>无法推送到 %1：%2</translation>
    </message>
    <message>
        <source>No one matches these conditions. A behaviour condition counts only the events in its “When”, and an event&apos;s name must be written as the Mini Program sends it: check both, or loosen a condition.</source>
        <translation>没有人符合这些条件。行为条件只统计其“时间”范围内的事件，且事件名必须与小程序上报的一致：请检查这两项，或放宽某个条件。</translation>
    </message>
    <message>
        <source>Took &quot;%1&quot; off %2 followers on WeChat.</source>
        <translation>已在微信上为 %2 位粉丝取消“%1”。</translation>
    </message>
    <message>
        <source>Tag on WeChat…</source>
        <translation>在微信打标签…</translation>
    </message>
    <message>
        <source>Untag on WeChat…</source>
        <translation>在微信取消标签…</translation>
    </message>
    <message>
        <source>Take a WeChat tag off this segment&apos;s followers</source>
        <translation>为此人群中的粉丝取消一个微信标签</translation>
    </message>
    <message>
        <source>Tag the segment&apos;s followers on WeChat</source>
        <translation>在微信上为人群中的粉丝打标签</translation>
    </message>
    <message>
        <source>Untag the segment&apos;s followers on WeChat</source>
        <translation>在微信上为人群中的粉丝取消标签</translation>
    </message>
    <message>
        <source>Untagging followers on WeChat…</source>
        <translation>正在微信上取消粉丝的标签…</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>The segment&apos;s last 30 days cannot be read: %1</source>
        <translation>无法读取该人群最近 30 天的数据：%1</translation>
    </message>
    <message>
        <source>Used the Mini Program in the last 7 days</source>
        <translation>最近 7 天使用过小程序</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>已发送消息</translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <source>campaign %1 not sent: %2</source>
        <translation>推送活动 %1 未发送：%2</translation>
    </message>
    <message>
        <source>the round failed: %1</source>
        <translation>本轮失败：%1</translation>
    </message>
    <message>
        <source>cannot record this service&apos;s heartbeat: %1</source>
        <translation>无法记录此服务的心跳：%1</translation>
    </message>
    <message>
        <source>cannot record this service&apos;s stop: %1</source>
        <translation>无法记录此服务的停止：%1</translation>
    </message>
    <message>
        <source>the schedules could not be run: %1</source>
        <translation>无法执行定时任务：%1</translation>
    </message>
</context>
<context>
    <name>ServiceSchedules</name>
    <message>
        <source>No app with AppID %1 is configured.</source>
        <translation>没有配置 AppID 为 %1 的应用。</translation>
    </message>
    <message>
        <source>%1 is a Mini Program: only an Official Account has followers to sync.</source>
        <translation>%1 是小程序：只有公众号有可同步的粉丝。</translation>
    </message>
    <message>
        <source>%1 already has this schedule (%2). wxops schedule list shows them all.</source>
        <translation>%1 已有这个定时任务（%2）。wxops schedule list 会列出全部。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>WeChat accounts</source>
        <translation>微信账号</translation>
    </message>
    <message>
        <source>This console</source>
        <translation>本控制台</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>日志文件：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>Takes effect the next time wxops starts.</source>
        <translation>下次启动 wxops 时生效。</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>你：</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>定时任务</translation>
    </message>
</context>
<context>
    <name>SizeChart</name>
    <message>
        <source>Size after each refresh (none yet)</source>
        <translation>每次刷新后的规模（暂无）</translation>
    </message>
    <message>
        <source>Size after each refresh</source>
        <translation>每次刷新后的规模</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>The database refused this: your login&apos;s team role may not do it (%1). Ask a wxops admin for the role it needs (wxops team list shows who has which).</source>
        <translation>数据库拒绝了此操作：你的登录名所属的团队角色无权执行（%1）。请向 wxops 管理员申请所需角色（wxops team list 可查看每人的角色）。</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>statistics: %1 of %2 calls</source>
        <translation>统计数据：已完成 %1 / %2 次调用</translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue.</source>
        <translation>已停止。再次运行同一命令即可继续。</translation>
    </message>
    <message>
        <source>Some statistics were not fetched; what was fetched is kept. Run the same command again to continue.</source>
        <translation>部分统计数据未能获取；已获取的数据已保存。再次运行同一命令即可继续。</translation>
    </message>
    <message>
        <source>stats show needs --report NAME, one of: %1.</source>
        <translation>stats show 需要 --report 名称，可选：%1。</translation>
    </message>
    <message>
        <source>stats needs fetch or show: wxops stats fetch --appid ID</source>
        <translation>stats 需要 fetch 或 show：wxops stats fetch --appid ID</translation>
    </message>
    <message>
        <source>stats %1 needs --appid.</source>
        <translation>stats %1 需要 --appid。</translation>
    </message>
    <message>
        <source>No app with AppID %1 is configured.</source>
        <translation>未配置 AppID 为 %1 的应用。</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2).</source>
        <translation>--from（%1）晚于 --to（%2）。</translation>
    </message>
</context>
<context>
    <name>StatsFetcher</name>
    <message>
        <source>&quot;%1&quot; is not a statistics report of this app. Its reports: %2.</source>
        <translation>“%1”不是此应用的统计报表。可用报表：%2。</translation>
    </message>
    <message>
        <source>WeChat&apos;s reply is not in the documented shape (%1)</source>
        <translation>微信的返回格式与文档不符（%1）</translation>
    </message>
</context>
<context>
    <name>StatsReports</name>
    <message>
        <source>The field &quot;%1&quot; is not a number.</source>
        <translation>字段“%1”不是数字。</translation>
    </message>
    <message numerus="yes">
        <source>A name of %n characters is longer than WeChat gives.</source>
        <translation>
            <numerusform>名称长 %n 个字符，超出微信返回的长度。</numerusform>
        </translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not a %2 date.</source>
        <translation>日期“%1”不是 %2 格式。</translation>
    </message>
    <message>
        <source>The reply holds %1, outside the days asked for.</source>
        <translation>返回中包含 %1，不在请求的日期范围内。</translation>
    </message>
    <message>
        <source>The reply has no &quot;%1&quot; list.</source>
        <translation>返回中没有“%1”列表。</translation>
    </message>
    <message numerus="yes">
        <source>The reply holds %n periods where one was asked for.</source>
        <translation>
            <numerusform>请求一个周期，返回中却有 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>A page row has no page_path.</source>
        <translation>一条页面数据没有 page_path。</translation>
    </message>
    <message>
        <source>A distribution has no index.</source>
        <translation>一个分布数据没有 index。</translation>
    </message>
    <message>
        <source>The reply has no &quot;%1&quot; portrait.</source>
        <translation>返回中没有“%1”画像。</translation>
    </message>
    <message>
        <source>A portrait entry has no number.</source>
        <translation>一条画像数据没有数值。</translation>
    </message>
    <message>
        <source>An entry of &quot;%1&quot; has no number.</source>
        <translation>“%1”中有一项没有数值。</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>sync needs followers or tags: wxops sync followers --appid ID</source>
        <translation>sync 需要 followers 或 tags：wxops sync followers --appid ID</translation>
    </message>
    <message>
        <source>sync %1 needs --appid.</source>
        <translation>sync %1 需要 --appid。</translation>
    </message>
    <message>
        <source>No app with AppID %1 is configured.</source>
        <translation>没有配置 AppID 为 %1 的应用。</translation>
    </message>
    <message>
        <source>%1 is a Mini Program: followers and tags belong to an Official Account. Mini Program users come in with wxops import.</source>
        <translation>%1 是小程序：粉丝和标签属于公众号。小程序用户通过 wxops import 导入。</translation>
    </message>
    <message>
        <source>followers: %1</source>
        <translation>粉丝：%1</translation>
    </message>
    <message>
        <source>%1 Run the same command again to continue from follower %2.</source>
        <translation>%1 再次运行同一命令即可从第 %2 个粉丝继续。</translation>
    </message>
    <message>
        <source>Stopped after %1 followers. Run the same command again to continue.</source>
        <translation>在 %1 个粉丝后停止。再次运行同一命令即可继续。</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <source>%1 / %2 (%3%)</source>
        <translation>%1 / %2（%3%）</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>，%1/秒</translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>，剩余 %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>&amp;New tag…</source>
        <translation>新建标签(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Tags of %1</source>
        <translation>%1 的标签</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <source>Tag name:</source>
        <translation>标签名称：</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>WeChat&apos;s own tag: it cannot be renamed or deleted.</source>
        <translation>微信自带的标签：不能重命名或删除。</translation>
    </message>
    <message>
        <source>Created the tag “%1”.</source>
        <translation>已创建标签“%1”。</translation>
    </message>
    <message>
        <source>Renamed the tag to “%1”.</source>
        <translation>已将标签重命名为“%1”。</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Delete the tag “%1” in WeChat? It comes off its %2 followers; segments and campaigns that use it will select no one.</source>
        <translation>在微信中删除标签“%1”？它将从 %2 位粉丝身上移除；使用它的人群和推送活动将选不到任何人。</translation>
    </message>
    <message>
        <source>Deleted the tag “%1”.</source>
        <translation>已删除标签“%1”。</translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <source>The team has no members yet: add one with wxops team add LOGIN --role ROLE.</source>
        <translation>团队还没有成员：用 wxops team add 登录名 --role 角色 添加。</translation>
    </message>
    <message>
        <source>Team mode is set up: roles wxops_admin, wxops_marketing, wxops_support, wxops_viewer and wxops_approver hold their grants. Add members with wxops team add LOGIN --role ROLE.</source>
        <translation>团队模式已设置：角色 wxops_admin、wxops_marketing、wxops_support、wxops_viewer 和 wxops_approver 已获授权。用 wxops team add 登录名 --role 角色 添加成员。</translation>
    </message>
    <message>
        <source>team %1 needs the member&apos;s database login.</source>
        <translation>team %1 需要成员的数据库登录名。</translation>
    </message>
    <message>
        <source>team add needs --role admin, marketing, support, viewer or approver.</source>
        <translation>team add 需要 --role admin、marketing、support、viewer 或 approver。</translation>
    </message>
    <message>
        <source>%1 is now in %2.</source>
        <translation>%1 现已属于 %2。</translation>
    </message>
    <message>
        <source>%1 has no wxops role now; the login itself is kept.</source>
        <translation>%1 现已没有 wxops 角色；登录名本身保留。</translation>
    </message>
    <message>
        <source>team threshold takes a number of recipients (0 or more), not &quot;%1&quot;.</source>
        <translation>team threshold 需要一个接收人数（0 或以上），而不是“%1”。</translation>
    </message>
    <message>
        <source>A campaign to more than %1 recipients, and every mass send, needs another member&apos;s approval.</source>
        <translation>接收人数超过 %1 的活动以及每次群发，都需要另一位成员审批。</translation>
    </message>
    <message>
        <source>team needs init, add, list, remove or threshold.</source>
        <translation>team 需要 init、add、list、remove 或 threshold。</translation>
    </message>
    <message>
        <source>This database has no team, so nobody is asked yet: approvals apply once wxops team init has run on a PostgreSQL database.</source>
        <translation>此数据库没有团队，目前不会要求他人审批：在 PostgreSQL 数据库上运行 wxops team init 后审批才生效。</translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <source>The approval threshold is a number of recipients, 0 or more.</source>
        <translation>审批门槛是接收人数，须为 0 或以上。</translation>
    </message>
</context>
<context>
    <name>TeamSetup</name>
    <message>
        <source>Team mode needs a PostgreSQL database: a SQLite file has one user, the person at the desk, who is its admin. Start the team on a PostgreSQL database (docs/team.md).</source>
        <translation>团队模式需要 PostgreSQL 数据库：SQLite 文件只有一个用户，即使用这台电脑的人，他就是管理员。请在 PostgreSQL 数据库上建立团队（见 docs/team.md）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a team member&apos;s login: use lower-case letters, digits and &apos;_&apos;, starting with a letter (for example li_na).</source>
        <translation>“%1”不能作为团队成员的登录名：请使用小写字母、数字和“_”，并以字母开头（例如 li_na）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team member&apos;s login.</source>
        <translation>“%1”不是团队成员的登录名。</translation>
    </message>
    <message>
        <source>%1 is not a member of the team.</source>
        <translation>%1 不是团队成员。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a wxops role: use admin, marketing, support, viewer or approver.</source>
        <translation>“%1”不是 wxops 角色：请用 admin、marketing、support、viewer 或 approver。</translation>
    </message>
    <message>
        <source>Setting up the team creates PostgreSQL roles, which the login %1 may not do. As the PostgreSQL superuser, run ALTER ROLE %1 CREATEROLE once (or create the owner with createuser --createrole), then run this again (docs/team.md).</source>
        <translation>设置团队需要创建 PostgreSQL 角色，而登录名 %1 无权这样做。请以 PostgreSQL 超级用户运行一次 ALTER ROLE %1 CREATEROLE（或用 createuser --createrole 创建所有者），然后再运行本命令（见 docs/team.md）。</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>A template&apos;s short ID is the code shown in the industry library, for example OPENTM400231951.</source>
        <translation>模板编号是行业模板库中显示的编号，例如 OPENTM400231951。</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Message templates of %1</source>
        <translation>%1 的消息模板</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation>模板 ID</translation>
    </message>
    <message>
        <source>Add a template from WeChat&apos;s industry library by its short ID (Ctrl+N); an account holds at most 25</source>
        <translation>按编号从微信行业模板库添加模板（Ctrl+N）；每个账号最多 25 个</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Add template</source>
        <translation>添加模板</translation>
    </message>
    <message>
        <source>Short ID from the industry library (for example OPENTM400231951):</source>
        <translation>行业模板库中的编号（例如 OPENTM400231951）：</translation>
    </message>
    <message>
        <source>No templates yet: add one from the industry library (Ctrl+N).</source>
        <translation>还没有模板：请从行业模板库添加（Ctrl+N）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln templates (an account holds at most 25).</source>
        <translation>
            <numerusform>%Ln 个模板（每个账号最多 25 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a template to see its content.</source>
        <translation>选择一个模板以查看其内容。</translation>
    </message>
    <message>
        <source>Added the template %1.</source>
        <translation>已添加模板 %1。</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Delete the template “%1” in WeChat? Campaigns that use it can no longer send.</source>
        <translation>在微信中删除模板“%1”？使用它的推送活动将无法再发送。</translation>
    </message>
    <message>
        <source>Deleted the template “%1”.</source>
        <translation>已删除模板“%1”。</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Newer</source>
        <translation>较新</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>较早</translation>
    </message>
    <message>
        <source>Both platforms</source>
        <translation>两个平台</translation>
    </message>
    <message>
        <source>Official Account</source>
        <translation>公众号</translation>
    </message>
    <message>
        <source>Mini Program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Every event</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <source>MP</source>
        <translation>小程序</translation>
    </message>
    <message>
        <source>OA</source>
        <translation>公众号</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>没有事件</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>第 %1–%2 条，共 %3 条</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>No open transaction.</source>
        <translation>没有打开的事务。</translation>
    </message>
</context>
<context>
    <name>TriggerMessages</name>
    <message>
        <source>Campaign %1 needs another team member&apos;s approval of its current version before it starts (a mass send, or %2 recipients: more than the team&apos;s threshold of %3). An admin or approver runs wxops campaign approve %1 --comment TEXT, or approves it on the Campaigns page.</source>
        <translation>推送活动 %1 开始前须由另一位团队成员批准其当前版本（群发，或 %2 位接收人：超过团队门槛 %3）。请管理员或审批人运行 wxops campaign approve %1 --comment TEXT，或在“推送活动”页批准。</translation>
    </message>
    <message>
        <source>An approval or rejection is kept as it was made: decide again instead.</source>
        <translation>批准或驳回一经作出即保持原样：请重新作出决定。</translation>
    </message>
    <message>
        <source>Only a member of wxops_admin or wxops_approver may approve or reject a campaign (ask the database owner: wxops team add %1 --role approver).</source>
        <translation>只有 wxops_admin 或 wxops_approver 的成员可以批准或驳回推送活动（请数据库所有者运行：wxops team add %1 --role approver）。</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>没有推送活动 %1。</translation>
    </message>
    <message>
        <source>You wrote campaign %1: another team member must approve or reject it.</source>
        <translation>推送活动 %1 是你创建的：须由另一位团队成员批准或驳回。</translation>
    </message>
    <message>
        <source>Campaign %1 is %2: only a draft is approved or rejected.</source>
        <translation>推送活动 %1 的状态是 %2：只有草稿可以批准或驳回。</translation>
    </message>
    <message>
        <source>Campaign %1 was edited since you looked at it (version %2 now, you saw %3): look at it again before deciding.</source>
        <translation>推送活动 %1 在你查看后已被修改（现为第 %2 版，你看到的是第 %3 版）：请重新查看后再决定。</translation>
    </message>
    <message>
        <source>Recipients join a campaign only before it starts: what was approved is what is sent.</source>
        <translation>接收人只能在推送活动开始前加入：批准的内容就是发送的内容。</translation>
    </message>
    <message>
        <source>A recipient the campaign&apos;s rules left out (skipped) stays out, and a delivery stays with its campaign.</source>
        <translation>被推送活动规则排除（跳过）的接收人保持排除，投递也始终属于其推送活动。</translation>
    </message>
</context>
<context>
    <name>UserApi</name>
    <message>
        <source>A WeChat tag name must be 1 to 30 bytes long (about 10 Chinese characters).</source>
        <translation>微信标签名必须为 1 至 30 个字节（约 10 个汉字）。</translation>
    </message>
    <message>
        <source>Tags 0, 1 and 2 are reserved by WeChat.</source>
        <translation>标签 0、1、2 为微信保留。</translation>
    </message>
    <message>
        <source>A remark must be at most 30 bytes long (about 10 Chinese characters).</source>
        <translation>备注最多 30 个字节（约 10 个汉字）。</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>No users yet</source>
        <translation>还没有用户</translation>
    </message>
    <message>
        <source>Add your Official Account and Mini Program in Settings, then sync followers and import Mini Program users. Everyone you sync appears here as one profile per person.</source>
        <translation>请先在“设置”中添加公众号和小程序，然后同步粉丝并导入小程序用户。同步后的每个人都会在这里显示为一份档案。</translation>
    </message>
    <message>
        <source>&amp;Sync followers</source>
        <translation>同步粉丝(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Fetch the followers of every Official Account (Ctrl+R)</source>
        <translation>获取所有公众号的粉丝（Ctrl+R）</translation>
    </message>
    <message>
        <source>Import Mini Program users and events from a file (Ctrl+I)</source>
        <translation>从文件导入小程序用户和行为（Ctrl+I）</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>Nothing to sync</source>
        <translation>没有可同步的账号</translation>
    </message>
    <message>
        <source>Add an Official Account in Settings → Accounts first.</source>
        <translation>请先在“设置 → 账号”中添加公众号。</translation>
    </message>
    <message>
        <source>Cannot sync %1</source>
        <translation>无法同步 %1</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Syncing followers…</source>
        <translation>正在同步粉丝…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>No one selected</source>
        <translation>未选择任何人</translation>
    </message>
    <message>
        <source>Pick a person in the list to see their accounts and timeline.</source>
        <translation>在列表中选择一个人，查看其账号和时间线。</translation>
    </message>
    <message>
        <source>No one found for “%1”</source>
        <translation>没有找到“%1”</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>Search by OpenID, UnionID, member ID, remark or profile ID (Ctrl+F)</source>
        <translation>按 OpenID、UnionID、会员号、备注或档案 ID 搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search takes a profile ID, or the whole or the first %1 or more characters of an OpenID, UnionID or member ID, or the start of a remark. Check the text, or clear the search (Esc) to see everyone.</source>
        <translation>可搜索档案 ID，或完整的、或前 %1 个及以上字符的 OpenID、UnionID、会员号，或备注的开头。请检查输入，或清空搜索（Esc）查看所有人。</translation>
    </message>
    <message>
        <source>&amp;WeChat</source>
        <translation>微信(&amp;W)</translation>
    </message>
    <message>
        <source>Remark, tags and blacklist of the selected people on the Official Account</source>
        <translation>所选用户在公众号上的备注、标签和黑名单</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>wxops cannot open its database</source>
        <translation>wxops 无法打开数据库</translation>
    </message>
</context>
</TS>
