#pragma once

// WeChat's errcodes that wxops decides on, by name (../shared/wechat-api.md, "Error codes").
// Every comparison with an errcode goes through these, so a typo does not compile.
namespace Errcode {

inline constexpr int SystemBusy = -1; // back off and retry (bounded)
inline constexpr int Ok = 0;
inline constexpr int TokenInvalid = 40001;     // refresh the token once, retry once
inline constexpr int BadAppid = 40013;         // stop; tell the admin
inline constexpr int TokenMalformed = 40014;   // refresh the token once, retry once
inline constexpr int BadTemplateSize = 40036;  // a template id WeChat cannot parse
inline constexpr int BadTemplateId = 40037;    // stop the campaign
inline constexpr int BadAppSecret = 40125;     // stop; tell the admin
inline constexpr int IpNotWhitelisted = 40164; // stop; show the IP
inline constexpr int SecretFrozen = 40243;     // stop; tell the admin
inline constexpr int TokenExpired = 42001;     // refresh the token once, retry once
inline constexpr int NotFollower = 43004;      // recipient skipped
inline constexpr int UserRefused = 43101;      // refused, or no subscription acceptance left
inline constexpr int DailyQuota = 45009;       // pause until the quota resets
inline constexpr int MinuteLimit = 45011;      // slow down
inline constexpr int OutsideWindow = 45015;    // customer-service window closed
inline constexpr int MassQuota = 45028;        // no mass-send quota left
inline constexpr int WindowUsed = 45047;       // too many messages in the window
inline constexpr int AlreadySent = 45065;      // this clientmsgid went out before
inline constexpr int BadField = 47003;         // stop the campaign (a field WeChat refused)
inline constexpr int ApiUnauthorized = 48001;  // stop; tell the admin
inline constexpr int DataNotReady = 61503;     // statistics not ready yet: try later

} // namespace Errcode
