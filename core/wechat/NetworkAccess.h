#pragma once

#include <functional>
#include <QUrl>

class QNetworkAccessManager;

// The one seam through which core/wechat gets its QNetworkAccessManager: one per thread and
// proxy, created on first use in that thread. Tests may install a factory of their own.
namespace NetworkAccess {

QNetworkAccessManager *forThisThread(const QUrl &proxy);

using Factory = std::function<QNetworkAccessManager *()>;
void setFactory(Factory factory); // empty restores the default

} // namespace NetworkAccess
