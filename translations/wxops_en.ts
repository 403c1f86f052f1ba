<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About wxops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wxops %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operations console for a WeChat Official Account and Mini Program: one profile per person across both, segments, and messages sent safely at WeChat&apos;s pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1
Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The database to open: sqlite:/path/file.db or postgresql://user@host:port/db (password from ~/.pgpass). Default: a SQLite file in the application data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface language: zh_CN or en. Default: the system language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log debug details of every module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wxops: the operations console for a WeChat Official Account and Mini Program. Without a command it opens the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A headless command (none yet in this version).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionFactory</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSpec</name>
    <message>
        <source>The SQLite database needs a file path, as in sqlite:/home/me/wxops.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL address is not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put the PostgreSQL password in --database: it would be visible to other users of this computer. Store it in ~/.pgpass (or the file named by PGPASSFILE), or in the keychain from Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown PostgreSQL option &quot;%1&quot;. Supported: host, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL address needs a database name, as in postgresql://wxops@db.example.com:5432/wxops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown database &quot;%1&quot;. Use sqlite:/path/to/file.db or postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>wxops — WeChat operations console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment is a saved audience, such as &quot;followed in the last 30 days and opened the Mini Program&quot;. Sync users first, then build one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign sends one message to a segment through WeChat, at WeChat&apos;s pace and never twice to the same person. Build a segment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statistics yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follower growth and Mini Program visits appear here once an account is configured in Settings and its statistics are fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About wxops</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the schema_version table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of wxops (schema %1; this program knows schema %2 at most). It has not been changed. Install the newer wxops, or open another database with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the schema for migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration %1 (%2) failed and was rolled back: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>WeChat accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an Official Account or Mini Program with its AppID. Its AppSecret is kept in the system keychain, never in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open transaction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Search by openid, unionid, member ID, remark or profile ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your Official Account and Mini Program in Settings, then sync followers and import Mini Program users. Everyone you sync appears here as one profile per person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unknown command &quot;%1&quot;. See wxops --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wxops cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
