#pragma once

#include <functional>
#include <QUrl>

class QNetworkAccessManager;

// The one seam through which core/wechat gets its QNetworkAccessManager: one per thread and
// proxy, created on first use in that thread. Tests may install a factory of their own.
namespace NetworkAccess {

// Qt 6.4 opens at most 6 HTTP/1.1 connections per host and manager; calls spread over
// `lane`s (one manager each) get past that when more than 6 should be in flight.
QNetworkAccessManager *forThisThread(const QUrl &proxy, int lane = 0);
constexpr int kConnectionsPerManager = 6;

using Factory = std::function<QNetworkAccessManager *()>;
void setFactory(Factory factory); // empty restores the default

} // namespace NetworkAccess
