#pragma once

#include <QString>
#include <QUrl>

// The one place that hides secrets in text that may reach a log, a dialog or an error message.
// Every log line passes through it (LogFile's handler); HTTP code also calls it directly.
namespace Redaction {

// Values of these keys are replaced, whether they appear as URL query items
// (`access_token=...`), JSON members (`"secret": "..."`) or form fields.
const QStringList &sensitiveKeys();

QString redact(const QString &text);
QString redact(const QUrl &url);

inline constexpr char16_t kMask[] = u"***";

} // namespace Redaction
