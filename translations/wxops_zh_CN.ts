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
        <source>The operations console for a WeChat Official Account and Mini Program: one profile per person across both, segments, and messages sent safely at WeChat's pace.</source>
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
        <source>A headless command (none yet in this version).</source>
        <translation>无界面命令（此版本暂无）。</translation>
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
        <source>Unknown PostgreSQL option "%1". Supported: host, %2.</source>
        <translation>未知的 PostgreSQL 选项“%1”。支持：host、%2。</translation>
    </message>
    <message>
        <source>The PostgreSQL address needs a database name, as in postgresql://wxops@db.example.com:5432/wxops.</source>
        <translation>PostgreSQL 地址需要数据库名，例如 postgresql://wxops@db.example.com:5432/wxops。</translation>
    </message>
    <message>
        <source>Unknown database "%1". Use sqlite:/path/to/file.db or postgresql://user@host:port/database.</source>
        <translation>未知的数据库“%1”。请使用 sqlite:/路径/文件.db 或 postgresql://用户@主机:端口/数据库。</translation>
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
        <source>A segment is a saved audience, such as "followed in the last 30 days and opened the Mini Program". Sync users first, then build one here.</source>
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
        <source>A campaign sends one message to a segment through WeChat, at WeChat's pace and never twice to the same person. Build a segment first.</source>
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
    <name>SettingsPage</name>
    <message>
        <source>WeChat accounts</source>
        <translation>微信账号</translation>
    </message>
    <message>
        <source>No accounts configured</source>
        <translation>尚未配置账号</translation>
    </message>
    <message>
        <source>Add an Official Account or Mini Program with its AppID. Its AppSecret is kept in the system keychain, never in the database.</source>
        <translation>使用 AppID 添加公众号或小程序。AppSecret 保存在系统钥匙串中，绝不写入数据库。</translation>
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
        <source>unknown command "%1". See wxops --help.</source>
        <translation>未知命令“%1”。请参阅 wxops --help。</translation>
    </message>
    <message>
        <source>wxops cannot open its database</source>
        <translation>wxops 无法打开数据库</translation>
    </message>
</context>
</TS>
