#include "LogCategories.h"

// Debug output is off by default; `--verbose` turns on "wxops.*.debug".
Q_LOGGING_CATEGORY(lcApp, "wxops.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "wxops.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWechat, "wxops.wechat", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "wxops.credentials", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "wxops.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIngest, "wxops.ingest", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIdentity, "wxops.identity", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSegments, "wxops.segments", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMessaging, "wxops.messaging", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "wxops.ui", QtInfoMsg)
