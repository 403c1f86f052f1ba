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
    <name>AccountChoice</name>
    <message>
        <source>Add an Official Account in Settings → Accounts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official Account:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountCommand</name>
    <message>
        <source>account add needs --kind oa or --kind mp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add needs --secret-stdin, with the AppSecret on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 (%2); its AppSecret is in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app with AppID %1 is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret-stdin was given but standard input held no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; AppSecret replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No apps configured. Add one with: wxops account add --kind oa --appid ID --name NAME --secret-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected: %1 obtained an access token from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 and its AppSecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 needs --appid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account needs one of: add, edit, list, test, remove. See wxops --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>The AppID &quot;%1&quot; does not look like a WeChat AppID: it starts with &quot;wx&quot; followed by letters and digits (e.g. wx1234567890abcdef).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the app a name, so people can tell the accounts apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy must be http://host:port or socks5://host:port, or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put a password in the proxy address: it would be stored in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the AppSecret: wxops needs it to get access tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AppID %1 is already configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app with AppID %1 is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must be an http(s) URL, e.g. https://wechat-gateway.example.com, or empty for api.weixin.qq.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AppID is required: mp.weixin.qq.com shows it under Settings and Development → Basic Configuration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
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
        <source>Add an app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1. Use Test connection to check that WeChat answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2) and delete its AppSecret from the keychain? Synced data stays in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 and its AppSecret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1 via %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 obtained an access token from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps are an admin&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityChart</name>
    <message>
        <source>Events per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini Program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyticsJobs</name>
    <message>
        <source>Fetching the statistics of %1: %2 of %3 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; what arrived is kept. Fetch again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some statistics were not fetched (what arrived is kept): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Statistics are up to date; WeChat has not published %n day(s) yet.</source>
        <translation>
            <numerusform>Statistics are up to date; WeChat has not published %n day yet.</numerusform>
            <numerusform>Statistics are up to date; WeChat has not published %n days yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Statistics are up to date (%n new span(s)).</source>
        <translation>
            <numerusform>Statistics are up to date (%n new span).</numerusform>
            <numerusform>Statistics are up to date (%n new spans).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <source>&amp;Fetch from WeChat</source>
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
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch WeChat&apos;s statistics of the chosen apps for these days (F5); days already held are not asked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart&apos;s numbers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an Official Account or a Mini Program in Settings → Accounts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching statistics from WeChat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fetch the statistics of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points against the period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against the period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period before is not fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini Program visitors (daily, summed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers who also use the Mini Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>WeChat has not published %n day(s) yet: %1. They are left out of the charts, not shown as zero; fetch again later.</source>
        <translation>
            <numerusform>WeChat has not published %n day yet: %1. It is left out of the charts, not shown as zero; fetch again later.</numerusform>
            <numerusform>WeChat has not published %n days yet: %1. They are left out of the charts, not shown as zero; fetch again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Official Account followers per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfollowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini Program visitors per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One audience: people by where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official Account only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini Program only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without numbers yet</source>
        <translation>
            <numerusform>%n day without numbers yet</numerusform>
            <numerusform>%n days without numbers yet</numerusform>
        </translation>
    </message>
    <message>
        <source>not published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mini Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>directly (no proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through the proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2). The gateway or proxy may be slow or down; try again, or check the API address and proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of WeChat&apos;s reply. If the API address points to a gateway, check that it forwards to api.weixin.qq.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a reply that is not WeChat&apos;s (%2). Check the API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat says the AppSecret for %1 is wrong. Copy the current AppSecret from the WeChat admin console (Settings and Development → Basic Configuration) and save it again; if it was reset there, the old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat does not know the AppID %1. Check it against the WeChat admin console (Settings and Development → Basic Configuration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AppSecret of %1 is frozen. Unfreeze or reset it in the WeChat admin console, then save the new one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not authorised to use this API (48001). Check the account&apos;s type and permissions in the WeChat admin console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily quota of this API is used up (45009). It resets at midnight (Beijing time); an admin may also clear it in the WeChat admin console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat&apos;s per-minute limit was reached (45011). Slow down and try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat is busy (-1). Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat answered errcode %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`wxops account edit --appid %1 --api-base URL --proxy URL`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings → Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1 %2: %3. Check the API address and the proxy (%4), and that this computer can reach the company&apos;s gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat refused the call from IP %1: it is not on the IP whitelist of %2. Either send API calls through the company&apos;s fixed-IP gateway or proxy (API address and proxy: %4; now %3), or add %1 to the whitelist in the WeChat admin console (Settings and Development → Basic Configuration → IP whitelist).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppDialog</name>
    <message>
        <source>Edit WeChat app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add WeChat app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (direct), or http://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the WeChat admin platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;AppID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat answers only from IP addresses on the app&apos;s whitelist. If this computer is not on it, use the company gateway as the API address or a proxy whose address is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address to paste into the IP whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask WeChat for an access token with these settings, before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat saw this computer as %1: add it to the app&apos;s IP whitelist, or use a gateway or proxy that is on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1 via %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: WeChat issued an access token to %1 via %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppListModel</name>
    <message>
        <source>Mini Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppRepository</name>
    <message>
        <source>The AppID %1 is already configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app with AppID %1 is configured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlacklistDialog</name>
    <message>
        <source>&amp;Read from WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unblock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the whole blacklist from WeChat (F5): blocks made in mp.weixin.qq.com show here too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follower is blocked here. Block people from the Users list, or read the blacklist from WeChat (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the blacklist from WeChat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>WeChat lists %Ln blocked followers.</source>
        <translation>
            <numerusform>WeChat lists %Ln blocked follower.</numerusform>
            <numerusform>WeChat lists %Ln blocked followers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unblock %Ln followers? The account&apos;s messages reach them again.</source>
        <translation>
            <numerusform>Unblock %Ln follower? The account&apos;s messages reach them again.</numerusform>
            <numerusform>Unblock %Ln followers? The account&apos;s messages reach them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblocked %Ln followers.</source>
        <translation>
            <numerusform>Unblocked %Ln follower.</numerusform>
            <numerusform>Unblocked %Ln followers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignApprovals</name>
    <message>
        <source>Say why campaign %1 is rejected (--comment): its author reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no team: nobody else is asked before a send here, so there is nothing to approve. Approvals are for a team on PostgreSQL (docs/team.md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignCommand</name>
    <message>
        <source>%1 pending, %2 sent, %3 failed, %4 skipped, %5 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent or settled %1, %2 to go, %3/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows an interrupted run left in flight are now unknown: check them, then `wxops campaign resend-unknown %2` if they must go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign needs create, list, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 needs the campaign&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign preview needs --openid, a staff member&apos;s OpenID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting until %1 (scheduled start, quiet hours or the daily quota&apos;s reset), %2 to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign outcome needs --event NAME (and --kind mp or oa to count one app only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind takes oa or mp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--within-hours takes 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 within %n hours</source>
        <translation>
            <numerusform>%1 within %n hour</numerusform>
            <numerusform>%1 within %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out by the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving or rejecting a campaign takes the %1 role; %2 holds %3. Ask the database owner: wxops team add %2 --role approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no wxops role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDefinition</name>
    <message>
        <source>The campaign is not a JSON object: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot;: the campaign needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;appid&quot;: which account sends the campaign?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;segment&quot;: which saved segment receives it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fields&quot;: fill the template&apos;s fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fields.%1&quot;: must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;miniprogram&quot;: give both &quot;appid&quot; and &quot;pagepath&quot;, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rate_per_second&quot;: a number above 0 and at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;concurrency&quot;: a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;frequency_cap&quot;: {&quot;messages&quot;: N, &quot;days&quot;: D} with N and D at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;start_at&quot;: a time with an offset (2026-12-12T09:00:00+08:00) or epoch milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;quiet_hours&quot;: {&quot;from&quot;: &quot;22:00&quot;, &quot;to&quot;: &quot;08:00&quot;}, two different times of day (Beijing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;template_id&quot;: a %1 message needs a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;page&quot;: a Mini Program path without a leading &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;miniprogram_state&quot;: formal, trial or developer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;text&quot; or &quot;card&quot;: a customer-service message is either a text or a Mini Program card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;card&quot;: give &quot;title&quot;, &quot;appid&quot;, &quot;pagepath&quot; and &quot;thumb_media_id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;text&quot; or &quot;mpnews_media_id&quot;: a mass message is either a text or an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;text&quot;: a mass message is one text for everyone in the call; per-person variables cannot be filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;batch_size&quot;: from 3 to %1 openids a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;channel&quot;: &quot;%1&quot; is not a channel; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tag_id&quot;: the id of a WeChat tag (a whole number above 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;segment&quot;: a send to a WeChat tag reaches the tag&apos;s followers; leave the segment out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe messages are sent by a Mini Program; %1 is an Official Account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages are sent by an Official Account; %2 is a Mini Program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 characters; at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fields&quot;: %1 fields; a template has at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fields&quot;: &quot;%1&quot; is not a template field&apos;s key (a letter, then letters, digits or &apos;_&apos;, as in keyword1 or thing2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignOutcome</name>
    <message>
        <source>No campaign with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 has not started: there is no outcome yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignOutcomePanel</name>
    <message>
        <source>C&amp;ount outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on either app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the Mini Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the Official Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many recipients did this within the hours after their message, against the people the rules left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: who did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome can be counted once the campaign has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the event to count, by its name as the Mini Program sends it (for example purchase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome was not counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 within %n hour(s): %2 of %3 recipients (%4 %); %5 of %6 people the rules left out (%7 %).</source>
        <translation>
            <numerusform>%1 within %n hour: %2 of %3 recipients (%4 %); %5 of %6 people the rules left out (%7 %).</numerusform>
            <numerusform>%1 within %n hours: %2 of %3 recipients (%4 %); %5 of %6 people the rules left out (%7 %).</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the outcome…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>No account with AppID %1 is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved segment is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is %2: only a draft can be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment of campaign %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is %2: only a running one can be paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is %2: only a paused or stopped one can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mass message cannot be recalled: send campaign %1 as a preview to a staff member first (Send test, or wxops campaign preview %1 --openid …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no tag with id %2 (as last synced): sync the tags, or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 followers with this tag opted out, are over the frequency cap or had 4 mass messages this month, and a send to the tag would reach them all the same. Send to a segment&apos;s openids instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 has a state this version does not know (&quot;%2&quot;): a newer wxops may have written it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 was changed meanwhile and is now %2, so it was not made %3. Look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is no longer a draft: only a draft can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a template message for a segment (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-send unknown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 a second · about %n minute(s) left</source>
        <translation>
            <numerusform>%1 a second · about %n minute left</numerusform>
            <numerusform>%1 a second · about %n minutes left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; is a draft: Start it when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1 messages to send. Press Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done, %2 to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, failed %2, not sent %3, unknown %4; the campaign is %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody else will receive this campaign; what was sent stays sent. Cancel it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message of this campaign is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-send unknown messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export campaign report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 deliveries to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Messages sent per %n second(s)</source>
        <translation>
            <numerusform>Messages sent per second</numerusform>
            <numerusform>Messages sent per %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · segment &quot;%3&quot; · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
It goes on by itself at %2 (Beijing time) while Send is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people will receive the %2 from %3, at most %4 a second. %5 are left out (see the composer&apos;s audience for why). Sent messages cannot be taken back. Start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting until %1 (scheduled start, quiet hours or the daily quota&apos;s reset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience cannot be counted, so the campaign was not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) may or may not have reached WeChat (the run stopped before the answer came). Re-sending within ten minutes is de-duplicated by WeChat; later, people may get them twice. Re-send?</source>
        <translation>
            <numerusform>%Ln message may or may not have reached WeChat (the run stopped before the answer came). Re-sending within ten minutes is de-duplicated by WeChat; later, the person may get it twice. Re-send?</numerusform>
            <numerusform>%Ln messages may or may not have reached WeChat (the run stopped before the answer came). Re-sending within ten minutes is de-duplicated by WeChat; later, people may get them twice. Re-send?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) back in the queue: press Send.</source>
        <translation>
            <numerusform>%Ln message back in the queue: press Send.</numerusform>
            <numerusform>%Ln messages back in the queue: press Send.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the draft&apos;s message, audience or pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 was saved, but its test send was not recorded (%2): send a test again before starting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Official Account&apos;s template message templates: add from WeChat&apos;s industry library, delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appro&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval: a mass send, or one to more recipients than the team&apos;s threshold, starts only once another member (an admin or approver) approves this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by %1: %2. Edit the campaign, then ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for another member&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote this campaign: another member approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: the author can start it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: the author sees your comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent by the service on %1 (as %2), last seen %n second(s) ago.</source>
        <translation>
            <numerusform>Sent by the service on %1 (as %2), last seen %n second ago.</numerusform>
            <numerusform>Sent by the service on %1 (as %2), last seen %n seconds ago.</numerusform>
        </translation>
    </message>
    <message>
        <source>No service has been seen for a minute: this campaign waits until one runs (wxops service, docs/team.md), or until someone whose keychain holds the app&apos;s secret presses Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service on %1 is sending this campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: the service on %1 sends the %2 messages; nothing more to do here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent by %1 on %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of this version yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2, version %3: the %4 to %5 people. Left out by the rules: %6. Test send: %7. The preview beside shows the message as its first recipient reads it. Your comment is kept with the decision and shown to the author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether this version needs another member&apos;s approval…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelQrCodes</name>
    <message>
        <source>Give the QR code a name, for example the poster or shop it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account already has a QR code with the parameter “%1”. Choose another parameter.</source>
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
        <source>account: oa (Official Account) or mp (Mini Program).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account: a name for the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account: API base URL (e.g. a fixed-IP gateway); default https://api.weixin.qq.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account: HTTP or SOCKS5 proxy URL; empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account: read the AppSecret from standard input (never from the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: import the good rows of a file that has bad ones (the bad ones are listed in the report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: write the bad-row report to this file (default: standard error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment export: the CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment push-tag: the WeChat tag to put on the members (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign preview: the staff member&apos;s OpenID that receives the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optout: all (default), template, custom, subscribe or mass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optout: why; kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit, test, list and remove the WeChat apps (the Accounts page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, test, start, run and follow campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. See wxops help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A headless command (wxops help lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 belongs to a command: wxops %2 --help says how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is not an option of &quot;%2&quot;; it belongs to &quot;%3&quot;. See wxops %2 --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands (wxops COMMAND --help tells more):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s AppID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Mini Program backend export (JSONL or CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person by any identifier and show every linked account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link every account into profiles again by the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt a person out of campaign messages, or back in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count, save, refresh, export segments and push one as a WeChat tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment save: the segment&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync an Official Account&apos;s followers or tags from WeChat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment, campaign create, funnel: the definition, a JSON file (docs/segments.md, docs/campaigns.md, docs/analytics.md); &quot;-&quot; reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count how many people took each step of a funnel across both apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign outcome: the event to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign outcome: only this app kind&apos;s events (oa or mp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign outcome: the window after each send (default 72).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync, stats fetch: WeChat calls in flight at once (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up team mode on PostgreSQL and manage its members (docs/team.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team add: admin, marketing, support, viewer or approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign approve, reject: what the approver says (needed to reject).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service: one round, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the team&apos;s worker: send running campaigns and run the schedules with the secrets it holds (docs/team.md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandOutput</name>
    <message>
        <source>This needs --definition FILE.json (&quot;-&quot; for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-in-flight takes 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a staff member&apos;s OpenID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an Official Account in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test sent to %1 (msgid %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Beijing time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Mini Program in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a segment first: a campaign goes to a saved segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account and a segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will receive it: %1 (as of the segment&apos;s last refresh). Left out: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a staff member&apos;s OpenID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will receive it: %1 (the tag&apos;s followers as last synced). Left out: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the message as the next person of the segment reads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved segments cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s tags cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mass message reads the same for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <source>WeChat tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour (an event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a saved segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property, e.g. item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value, e.g. sku-9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the last N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times (from):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times (to):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account (app, follows, source…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnionID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel QR code, e.g. shop-shanghai-01</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionTree</name>
    <message numerus="yes">
        <source>in the last %n day(s)</source>
        <translation>
            <numerusform>in the last %n day</numerusform>
            <numerusform>in the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has any account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has tag id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has no member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a unionid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has no unionid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a delivery in state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In segment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” %2 to %3 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” at least %n time(s)</source>
        <translation>
            <numerusform>“%1” at least once</numerusform>
            <numerusform>“%1” at least %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>through QR code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Identity conflicts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each pair was not merged because the two profiles hold different unionids: they are two WeChat users who share a member ID. Check the member data in your backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile &amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile &amp;B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionFactory</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so the database %2 cannot be made there. Check the path given to --database, or create the folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SQLite database. Give --database the path of a wxops database file, or of a new file to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only. wxops needs to write its database (and the -wal and -shm files beside it); check the permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1 as the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataJobs</name>
    <message>
        <source>Syncing followers of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing followers of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Sync again to continue where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped after %1 followers. Sync again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1 followers of %2 (%3 subscribed, %4 unsubscribed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 bad rows, so nothing was imported. Fix them, or import again with &quot;Import the good rows&quot; ticked.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped after %1 users and %2 events. Import the file again to add the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 users and %2 events (%3 duplicates skipped, %4 bad rows).</source>
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
    <message>
        <source>The SQLite path holds a control character (a line break or a tab?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL option host=&quot;%1&quot; names a socket folder (an absolute path); a server&apos;s name goes after the &quot;@&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL option %1=&quot;%2&quot; may hold only letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: give the database file&apos;s name, as in sqlite:/home/me/wxops.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite file name &quot;%1&quot; begins or ends with a space: a quoting mistake?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL user, database name or socket folder holds a control character or a Unicode noncharacter; check the address for a copy-and-paste mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite path &quot;%1&quot; starts with &apos;:&apos;: give a file on disk, as in sqlite:/home/me/wxops.db.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatacubeApi</name>
    <message>
        <source>The date range is empty or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user portrait covers 1, 7 or 30 days; %1 days were asked for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryRepository</name>
    <message>
        <source>Campaign %1 has deliveries in a state this version does not know (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryText</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field would be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted: may have been sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account on this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mass message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribe message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no open customer-service window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window&apos;s replies are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no acceptance left for the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 mass messages this month already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mass call needs two people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already sent (WeChat de-duplicated it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer-service message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked by the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Opened the Mini Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted subscribe messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined subscribe messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed the Official Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfollowed the Official Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicked a menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a menu link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowSource</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared name card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After paying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat ad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprinted article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowerActions</name>
    <message>
        <source>Edit &amp;remark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Untag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage &amp;tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blacklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected people follows %1 now: WeChat keeps remarks, tags and blocks for followers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person does not follow %1 now: WeChat keeps remarks for followers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark on %1 (at most 30 bytes, about 10 Chinese characters; empty clears it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark saved in WeChat: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no tags to take off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selected followers with (a new name creates the tag):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this tag off the selected followers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln followers with “%1”.</source>
        <translation>
            <numerusform>Tagged %Ln follower with “%1”.</numerusform>
            <numerusform>Tagged %Ln followers with “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took “%1” off %Ln followers.</source>
        <translation>
            <numerusform>Took “%1” off %Ln follower.</numerusform>
            <numerusform>Took “%1” off %Ln followers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Block %Ln followers on %1? None of the account&apos;s messages will reach them, and they cannot message it.</source>
        <translation>
            <numerusform>Block %Ln follower on %1? None of the account&apos;s messages will reach them, and they cannot message it.</numerusform>
            <numerusform>Block %Ln followers on %1? None of the account&apos;s messages will reach them, and they cannot message it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblock %Ln followers on %1?</source>
        <translation>
            <numerusform>Unblock %Ln follower on %1?</numerusform>
            <numerusform>Unblock %Ln followers on %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Blocked %Ln followers.</source>
        <translation>
            <numerusform>Blocked %Ln follower.</numerusform>
            <numerusform>Blocked %Ln followers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblocked %Ln followers.</source>
        <translation>
            <numerusform>Unblocked %Ln follower.</numerusform>
            <numerusform>Unblocked %Ln followers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags changed in WeChat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist changed in WeChat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &amp;QR codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New channel QR codes made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <source>a step is one of {&quot;event&quot;: NAME}, {&quot;follow&quot;: {}} or {&quot;message&quot;: {}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;event&quot; takes an event&apos;s name, as the Mini Program sends it (1 to %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kind&quot; is &quot;oa&quot; or &quot;mp&quot; (leave it out for both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;campaign&quot; takes a campaign&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed the Official Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Official Account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Mini Program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel is not a JSON object: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a funnel has 1 to %1 steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole hours from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date, YYYY-MM-DD (Beijing time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first day is after the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a saved segment&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved segment is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelCommand</name>
    <message numerus="yes">
        <source>%1 to %2 (Beijing), each step within %n hours of the first</source>
        <translation>
            <numerusform>%1 to %2 (Beijing), each step within %n hour of the first</numerusform>
            <numerusform>%1 to %2 (Beijing), each step within %n hours of the first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <source>&amp;Add a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count how many people took each step (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this funnel for wxops funnel --definition FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the first, for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who took these steps in order; the first falls in the page&apos;s range of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel: not counted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event on either app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event on the Mini Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event on the Official Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed the Official Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel cannot be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel was not counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Funnel, %1 to %2, all steps within %n hour(s)</source>
        <translation>
            <numerusform>Funnel, %1 to %2, all steps within %n hour</numerusform>
            <numerusform>Funnel, %1 to %2, all steps within %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the funnel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the funnel as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked by rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged by rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlinked by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the rules or a person link, merge or unlink this person&apos;s accounts, each change is listed here with who made it and why, and a change made by hand can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityConflicts</name>
    <message>
        <source>Conflict %1 is no longer open: someone resolved it meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityLinker</name>
    <message>
        <source>No account with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same member ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member ID %1 is held by a profile with a different unionid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the accounts belong together: the reason is kept in the identity history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is already in profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 holds a different unionid: these are two WeChat users. Review the accounts before linking them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the account is not this person: the reason is kept in the identity history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no identity change %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity change %1 was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only manual links and unlinks can be undone; the rules made change %1 and will make it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo of change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>import takes one file: wxops import FILE [--skip-bad-rows]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more bad rows (--report FILE lists them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 bad rows, so nothing was imported (see the report). Fix them, or run again with --skip-bad-rows to import the good rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. What was imported stays; importing the file again adds only the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: %1 rows read, %2% done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import the &amp;good rows of a file with bad ones (the bad ones are listed in a report next to the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Mini Program users and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .jsonl or .csv export of the Mini Program backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports (*.jsonl *.ndjson *.json *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One user or event per line, as described in docs/import-format.md. Importing a file twice adds nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no CSV header row in UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV header of %1 has no &quot;%2&quot; column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is longer than %1 KB; a row is at most that</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <source>&quot;props&quot; must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field &quot;appid&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field &quot;openid&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field &quot;kind&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;user&quot; or &quot;event&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field &quot;at&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a control character (U+%2): identifiers take printable text only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long; identifiers are at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;seen_at&quot; is not a time from 1970 to 9999 with an offset, or epoch milliseconds: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;at&quot; is not a time from 1970 to 9999 with an offset, or epoch milliseconds: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;props&quot; is %1 characters of JSON; an event&apos;s props are at most %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>line %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown appid %1 (add the app in Settings → Accounts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping at the next safe point…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPicker</name>
    <message>
        <source>Library of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published articles are shared by their link; a mass send takes an article from the library (the Articles tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet: add it in mp.weixin.qq.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkedAccountsPanel</name>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnionID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribed since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsubscribed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · blocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupCommand</name>
    <message>
        <source>lookup needs something to look for: an openid, unionid, member ID, remark or profile id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1  member ID %2  %3 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity needs rebuild: wxops identity rebuild</source>
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
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
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
    <message>
        <source>&amp;Sync Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Mini Program Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln profile(s)</source>
        <translation>
            <numerusform>%Ln profile</numerusform>
            <numerusform>%Ln profiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageApi</name>
    <message>
        <source>A mass send by openid takes 2 to 10,000 recipients per call; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageContentEditor</name>
    <message>
        <source>Variables: {{member_id}}, {{remark}}, {{profile_id}}; &quot;|&quot; adds a fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the Official Account&apos;s templates from WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template ID from the Mini Program&apos;s admin console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one field a line, e.g.
thing1: Your order {{member_id|}} has shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: pages/order/detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only people with an acceptance left for the template receive it; each send uses one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini Program card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {{remark|there}}, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Mini Program&apos;s AppID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages/index/index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;AppID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only people whose own action opened the window receive it: 48 hours and 5 replies after they wrote to the account, 1 minute and 3 after a click, follow or scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article from the media library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One text for everyone (no per-person variables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> people a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the templates and choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment&apos;s followers, by openid list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone with a WeChat tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mass message cannot be recalled: send a test first. Each follower gets at most 4 a month; people who reached that are left out. A send to a tag reaches all its followers, so it starts only when none of them would be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tag (sync the followers to see the account&apos;s tags).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a Mini Program linked to the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens Mini &amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini Program pa&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:</source>
        <comment>after a field&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template also has %1: WeChat stopped showing those fields in May 2023, so there is nothing to fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an article from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse the Official Account&apos;s library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesPanel</name>
    <message>
        <source>No messages sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages this person receives from campaigns will be listed here with their delivery state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errcode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (errcode %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opt out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt back &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop campaign messages to this person, on every channel or one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out of %1: %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives campaign messages.</source>
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
    <message>
        <source>Your database login has no wxops team role on this database, so it may not read it. Ask the database&apos;s owner to run wxops team add LOGIN --role ROLE (docs/team.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration %1 (%2) could not grant the team&apos;s roles their tables and was rolled back: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MiniProgramPanel</name>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention of each day&apos;s new users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most viewed pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors&apos; portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors (daily, summed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) to %1</source>
        <translation>
            <numerusform>%n day to %1</numerusform>
            <numerusform>%n days to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average stay, seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptOutCommand</name>
    <message>
        <source>optout needs add, remove or list, then an openid, unionid, member ID or profile id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is found by &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; finds more than one profile; use the profile id (wxops lookup %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptOutDialog</name>
    <message>
        <source>e.g. asked by phone, ticket 4711</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptOutList</name>
    <message>
        <source>&quot;%1&quot; is not a channel; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why (for example &quot;asked by phone, ticket 4711&quot;): the reason is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why (for example &quot;asked to hear from us again&quot;): the reason is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 has not opted out of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxRunner</name>
    <message>
        <source>Campaign %1 is %2, not running: start or resume it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat refused the template (errcode %1: %2). Fix the template or its fields, then resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat&apos;s daily quota for this kind of message is used up (%1). The campaign goes on by itself after the reset at midnight, Beijing time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhonePreview</name>
    <message>
        <source>Choose a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini Program · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-service message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in a call gets the same message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As profile %1 will read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the segment to preview it for one of its people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details › Mini Program %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details › %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article from the library (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTableModel</name>
    <message>
        <source>OA ×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP ×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows OA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnionID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search first to sort by this column: the full list sorts by profile or member ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (remark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>&amp;Link account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an account to profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account moves into this profile and stays there: the automatic rules will not move it again. The reason is kept in the identity history, and the link can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account has the OpenID &quot;%1&quot;. Sync or import it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected account moves to a profile of its own and stays apart until the unlink is undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt out of campaign messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns will not send profile %1 these messages, from now on and in campaigns already running. The reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot opt out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt back in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 may receive these messages again. The reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot opt back in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · not everything could be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Profile %1 · %Ln event(s)</source>
        <translation>
            <numerusform>Profile %1 · %Ln event</numerusform>
            <numerusform>Profile %1 · %Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Profile %1 · member %2 · %Ln event(s)</source>
        <translation>
            <numerusform>Profile %1 · member %2 · %Ln event</numerusform>
            <numerusform>Profile %1 · member %2 · %Ln events</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring another account into this person&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCodeApi</name>
    <message>
        <source>A QR code&apos;s parameter must be 1 to 64 bytes long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A permanent QR code&apos;s number must be from 1 to 100000; use a text parameter for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary QR code&apos;s number must be from 1 to 2147483647.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary QR code lives from 60 seconds to 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCodesDialog</name>
    <message>
        <source>New QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Spring poster, Shanghai shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. poster-spring, or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat adds this to every follow through the code: up to 64 bytes of text, or a number (up to 100000 for a permanent code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent (an account may have 100,000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary, lives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel QR codes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR code image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel QR codes yet. Make one for each poster or shop (Ctrl+N): the Users list then says who came through which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made the QR code “%1”: follows through it carry “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat sent something that is not an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the image to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the QR code image to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>OpenID of the account to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ticket 4711: same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the %1 role; you are %2. Ask a wxops admin (docs/team.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in no wxops role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One user: this is a SQLite file, and the person at this desk is its admin. Teams share a PostgreSQL database (docs/team.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, on a PostgreSQL database without a team: every login may do everything until its owner runs wxops team init (docs/team.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the database&apos;s owner: may do everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, on a team&apos;s PostgreSQL database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>schedule add needs --job followers or --job statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule add needs --appid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule add needs --at HH:MM (Beijing time, 00:00 to 23:59), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1: the service runs the %2 of %3 every day at %4 Beijing time, first today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1: the service runs the %2 of %3 every day at %4 Beijing time, first tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is scheduled: add a job with wxops schedule add --job followers --appid ID --at HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running since %1 (or its service stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last run %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule remove needs the schedule&apos;s number (wxops schedule list shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no schedule %1 (wxops schedule list shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule needs add, list or remove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduledWork</name>
    <message>
        <source>the app is no longer configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced %1 followers (%2 subscribed, %3 unsubscribed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped with the service after %1 followers; the next sync continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetched %1 spans in %2 calls; %3 days not published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; stopped with the service, the next fetch continues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulesPanel</name>
    <message>
        <source>Follower sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running since %1 (or its service stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (Beijing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service on %1 runs these each day at their time (Beijing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service is running: these run each day at their time (Beijing) only while wxops service runs against this database (docs/team.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have the service sync followers or fetch statistics every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a WeChat account first: a schedule runs for one app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day at this time in Beijing (WeChat&apos;s day), the service runs it once. A time already past today first comes round tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (Beijing):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the daily %1 of %2 at %3?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No secret is stored for %1 in the system keychain. Enter it again in Settings → Accounts (or `wxops account add ... --secret-stdin`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock the keyring and allow wxops to use it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1). wxops keeps secrets only in the keychain: start a desktop session with a keyring (e.g. GNOME Keyring or KWallet) and unlock it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentCommand</name>
    <message>
        <source>segment save needs --name NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment export needs --csv OUT.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: %1 of %2 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment push-tag needs --appid ID and --tag NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a configured Official Account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tagged %1 of %2 followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after tagging %1 followers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 needs the segment&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment needs count, save, refresh, list, export or push-tag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentCompiler</name>
    <message>
        <source>refers back to itself: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentDefinition</name>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with one key: a group (all, any, not) or a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a campaign id (a whole number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the name of a saved segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown condition &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;oa&quot; or &quot;mp&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give &quot;%1&quot; or &quot;%2&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be two dates: [&quot;2026-01-01&quot;, &quot;2026-01-31&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date is YYYY-MM-DD (Beijing time) or ISO 8601 with an offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second date is before the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with &quot;name&quot; or &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the tag&apos;s &quot;name&quot; or its &quot;id&quot; (one of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with the event&apos;s &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;at_most&quot; is less than &quot;at_least&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain &quot; or \</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 (at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a definition holds at most %1 conditions; for a long list of people, tag them, import their member IDs, or save a segment and use in_segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 36500 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentExport</name>
    <message>
        <source>Cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; the file is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentPicker</name>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentStore</name>
    <message>
        <source>no saved segment is called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment called &quot;%1&quot; already exists: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment &quot;%1&quot; uses &quot;%2&quot;: change it first, then rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment &quot;%1&quot; uses &quot;%2&quot;: it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment&apos;s name is at most %1 characters (this one has %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentTagPush</name>
    <message>
        <source>Tagging stopped after %1 followers: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no tag named &quot;%1&quot;: nobody to untag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentTrendPanel</name>
    <message>
        <source>Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a segment on the Segments page to follow it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment&apos;s days cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the segment&apos;s days…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (after the day&apos;s refresh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Members who used the Mini Program in the last %n day(s)</source>
        <translation>
            <numerusform>Members who used the Mini Program in the last day</numerusform>
            <numerusform>Members who used the Mini Program in the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages sent to the members per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 members on %3, %4 of them used the Mini Program in the 7 days up to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not refreshed by %2: refresh it on the Segments page to count its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent to its members in these days.</source>
        <translation>
            <numerusform>%n message sent to its members in these days.</numerusform>
            <numerusform>%n messages sent to its members in these days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln profile(s) match</source>
        <translation>
            <numerusform>%Ln profile matches</numerusform>
            <numerusform>%Ln profiles match</numerusform>
        </translation>
    </message>
    <message>
        <source>counted in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as new…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All ↔ Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some matching people (double-click to open):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment &quot;%1&quot; cannot be shown in the builder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the segment a name before saving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved segment &quot;%1&quot;. Refresh it to store its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a new segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a saved segment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete segment &quot;%1&quot; and its stored members? Campaigns already sent are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted segment &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the segment first, then refresh it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing the members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed: %1 members (%2 added, %3 removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and refresh the segment first, then export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export segment members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 of %2 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 members to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and refresh the segment first, then push it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an Official Account in Settings → Accounts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging followers on WeChat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged %1 of %2 followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after tagging %1 followers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged %1 followers with &quot;%2&quot; on WeChat (%3 members have no subscribed account there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a condition to edit it, or add one with &quot;Add condition&quot;. A group combines what it holds: all of them or any of them; NOT turns the selected item around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size history cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The builder&apos;s lists of apps, tags, events and segments cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot push to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches these conditions. A behaviour condition counts only the events in its “When”, and an event&apos;s name must be written as the Mini Program sends it: check both, or loosen a condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took &quot;%1&quot; off %2 followers on WeChat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag on WeChat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untag on WeChat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a WeChat tag off this segment&apos;s followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the segment&apos;s followers on WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untag the segment&apos;s followers on WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untagging followers on WeChat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment&apos;s last 30 days cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used the Mini Program in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <source>campaign %1 not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the round failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record this service&apos;s heartbeat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record this service&apos;s stop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedules could not be run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceSchedules</name>
    <message>
        <source>No app with AppID %1 is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Mini Program: only an Official Account has followers to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has this schedule (%2). wxops schedule list shows them all.</source>
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
    <message>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time wxops starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SizeChart</name>
    <message>
        <source>Size after each refresh (none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size after each refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused this: your login&apos;s team role may not do it (%1). Ask a wxops admin for the role it needs (wxops team list shows who has which).</source>
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
    <name>StatsCommand</name>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistics: %1 of %2 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some statistics were not fetched; what was fetched is kept. Run the same command again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats show needs --report NAME, one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats needs fetch or show: wxops stats fetch --appid ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats %1 needs --appid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app with AppID %1 is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsFetcher</name>
    <message>
        <source>&quot;%1&quot; is not a statistics report of this app. Its reports: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat&apos;s reply is not in the documented shape (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsReports</name>
    <message>
        <source>The field &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A name of %n characters is longer than WeChat gives.</source>
        <translation>
            <numerusform>A name of %n character is longer than WeChat gives.</numerusform>
            <numerusform>A name of %n characters is longer than WeChat gives.</numerusform>
        </translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not a %2 date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply holds %1, outside the days asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has no &quot;%1&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The reply holds %n periods where one was asked for.</source>
        <translation>
            <numerusform>The reply holds %n period where one was asked for.</numerusform>
            <numerusform>The reply holds %n periods where one was asked for.</numerusform>
        </translation>
    </message>
    <message>
        <source>A page row has no page_path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A distribution has no index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has no &quot;%1&quot; portrait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A portrait entry has no number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry of &quot;%1&quot; has no number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>sync needs followers or tags: wxops sync followers --appid ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync %1 needs --appid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app with AppID %1 is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Mini Program: followers and tags belong to an Official Account. Mini Program users come in with wxops import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Run the same command again to continue from follower %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 followers. Run the same command again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <source>%1 / %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>&amp;New tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat&apos;s own tag: it cannot be renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the tag “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed the tag to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the tag “%1” in WeChat? It comes off its %2 followers; segments and campaigns that use it will select no one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the tag “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <source>The team has no members yet: add one with wxops team add LOGIN --role ROLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team mode is set up: roles wxops_admin, wxops_marketing, wxops_support, wxops_viewer and wxops_approver hold their grants. Add members with wxops team add LOGIN --role ROLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1 needs the member&apos;s database login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team add needs --role admin, marketing, support, viewer or approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no wxops role now; the login itself is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team threshold takes a number of recipients (0 or more), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign to more than %1 recipients, and every mass send, needs another member&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team needs init, add, list, remove or threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no team, so nobody is asked yet: approvals apply once wxops team init has run on a PostgreSQL database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <source>The approval threshold is a number of recipients, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamSetup</name>
    <message>
        <source>Team mode needs a PostgreSQL database: a SQLite file has one user, the person at the desk, who is its admin. Start the team on a PostgreSQL database (docs/team.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a team member&apos;s login: use lower-case letters, digits and &apos;_&apos;, starting with a letter (for example li_na).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team member&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a wxops role: use admin, marketing, support, viewer or approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the team creates PostgreSQL roles, which the login %1 may not do. As the PostgreSQL superuser, run ALTER ROLE %1 CREATEROLE once (or create the owner with createuser --createrole), then run this again (docs/team.md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>A template&apos;s short ID is the code shown in the industry library, for example OPENTM400231951.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message templates of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a template from WeChat&apos;s industry library by its short ID (Ctrl+N); an account holds at most 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short ID from the industry library (for example OPENTM400231951):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates yet: add one from the industry library (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln templates (an account holds at most 25).</source>
        <translation>
            <numerusform>%Ln template (an account holds at most 25).</numerusform>
            <numerusform>%Ln templates (an account holds at most 25).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a template to see its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the template %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template “%1” in WeChat? Campaigns that use it can no longer send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the template “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
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
    <name>TriggerMessages</name>
    <message>
        <source>Campaign %1 needs another team member&apos;s approval of its current version before it starts (a mass send, or %2 recipients: more than the team&apos;s threshold of %3). An admin or approver runs wxops campaign approve %1 --comment TEXT, or approves it on the Campaigns page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approval or rejection is kept as it was made: decide again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a member of wxops_admin or wxops_approver may approve or reject a campaign (ask the database owner: wxops team add %1 --role approver).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote campaign %1: another team member must approve or reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is %2: only a draft is approved or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 was edited since you looked at it (version %2 now, you saw %3): look at it again before deciding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients join a campaign only before it starts: what was approved is what is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient the campaign&apos;s rules left out (skipped) stays out, and a delivery stays with its campaign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserApi</name>
    <message>
        <source>A WeChat tag name must be 1 to 30 bytes long (about 10 Chinese characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags 0, 1 and 2 are reserved by WeChat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remark must be at most 30 bytes long (about 10 Chinese characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>No users yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your Official Account and Mini Program in Settings, then sync followers and import Mini Program users. Everyone you sync appears here as one profile per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the followers of every Official Account (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Mini Program users and events from a file (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an Official Account in Settings → Accounts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing followers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a person in the list to see their accounts and timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one found for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by OpenID, UnionID, member ID, remark or profile ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search takes a profile ID, or the whole or the first %1 or more characters of an OpenID, UnionID or member ID, or the start of a remark. Check the text, or clear the search (Esc) to see everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark, tags and blacklist of the selected people on the Official Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>wxops cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
