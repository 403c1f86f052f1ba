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
        <translation>微信公众号与小程序运营控制台：跨平台一人一档、人群分组，并按微信的节奏安全地推送消息。</translation>
    </message>
    <message>
        <source>Qt %1
Database: %2</source>
        <translation>Qt %1
数据库：%2</translation>
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
        <source>Cannot reach %1 %2: %3. Check the API address and the proxy in Settings → Accounts, and that this computer can reach the company&apos;s gateway.</source>
        <translation>无法连接 %1（%2）：%3。请检查“设置 → 账号”中的 API 地址和代理，并确认本机能访问公司网关。</translation>
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
        <source>WeChat refused the call from IP %1: it is not on the IP whitelist of %2. Either send API calls through the company&apos;s fixed-IP gateway or proxy (Settings → Accounts: API address and proxy; now %3), or add %1 to the whitelist in the WeChat admin console (Settings and Development → Basic Configuration → IP whitelist).</source>
        <translation>微信拒绝了来自 IP %1 的调用：该 IP 不在 %2 的 IP 白名单中。请通过公司固定 IP 的网关或代理发送 API 调用（设置 → 账号：API 地址和代理；当前为%3），或在微信公众平台把 %1 加入白名单（设置与开发 → 基本配置 → IP 白名单）。</translation>
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
        <source>account: the app&apos;s AppID.</source>
        <translation>account：应用的 AppID。</translation>
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
        <source>A headless command:
account add --kind oa|mp --appid ID --name NAME [--api-base URL] [--proxy URL] --secret-stdin
account edit --appid ID [--name NAME] [--api-base URL] [--proxy URL] [--secret-stdin]
account list [--json]
account test --appid ID
account remove --appid ID</source>
        <translation>无界面命令：
account add --kind oa|mp --appid ID --name NAME [--api-base URL] [--proxy URL] --secret-stdin
account edit --appid ID [--name NAME] [--api-base URL] [--proxy URL] [--secret-stdin]
account list [--json]
account test --appid ID
account remove --appid ID</translation>
    </message>
</context>
<context>
    <name>ConnectionFactory</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
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
        <source>No segments yet</source>
        <translation>还没有人群</translation>
    </message>
    <message>
        <source>A segment is a saved audience, such as &quot;followed in the last 30 days and opened the Mini Program&quot;. Sync users first, then build one here.</source>
        <translation>人群是保存下来的受众，例如“近 30 天关注且打开过小程序的用户”。请先同步用户，再在这里创建人群。</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>推送活动</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>还没有推送活动</translation>
    </message>
    <message>
        <source>A campaign sends one message to a segment through WeChat, at WeChat&apos;s pace and never twice to the same person. Build a segment first.</source>
        <translation>推送活动通过微信向一个人群发送一条消息，遵循微信的频率限制，同一个人绝不会收到两次。请先创建人群。</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <source>No statistics yet</source>
        <translation>还没有统计数据</translation>
    </message>
    <message>
        <source>Follower growth and Mini Program visits appear here once an account is configured in Settings and its statistics are fetched.</source>
        <translation>在“设置”中配置账号并拉取统计数据后，粉丝增长和小程序访问数据会显示在这里。</translation>
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
</context>
<context>
    <name>MessageApi</name>
    <message>
        <source>A mass send by openid takes 2 to 10,000 recipients per call; this one has %1.</source>
        <translation>按 openid 群发每次需 2 至 10,000 个接收者；本次有 %1 个。</translation>
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
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
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
    <name>UserApi</name>
    <message>
        <source>A WeChat tag name must be 1 to 30 bytes long (about 10 Chinese characters).</source>
        <translation>微信标签名必须为 1 至 30 个字节（约 10 个汉字）。</translation>
    </message>
    <message>
        <source>Tags 0, 1 and 2 are reserved by WeChat.</source>
        <translation>标签 0、1、2 为微信保留。</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Search by openid, unionid, member ID, remark or profile ID (Ctrl+F)</source>
        <translation>按 openid、unionid、会员号、备注或档案 ID 搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>No users yet</source>
        <translation>还没有用户</translation>
    </message>
    <message>
        <source>Add your Official Account and Mini Program in Settings, then sync followers and import Mini Program users. Everyone you sync appears here as one profile per person.</source>
        <translation>请先在“设置”中添加公众号和小程序，然后同步粉丝并导入小程序用户。同步后的每个人都会在这里显示为一份档案。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unknown command &quot;%1&quot;. See wxops --help.</source>
        <translation>未知命令“%1”。请参阅 wxops --help。</translation>
    </message>
    <message>
        <source>wxops cannot open its database</source>
        <translation>wxops 无法打开数据库</translation>
    </message>
</context>
</TS>
