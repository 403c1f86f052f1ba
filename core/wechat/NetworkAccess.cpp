#include "NetworkAccess.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QThreadStorage>

namespace {
NetworkAccess::Factory &factory()
{
    static NetworkAccess::Factory f;
    return f;
}

// Owns one thread's managers; deleted with the thread.
struct ThreadManagers
{
    ~ThreadManagers() { qDeleteAll(byProxy); }
    QHash<QString, QNetworkAccessManager *> byProxy;
};

QThreadStorage<ThreadManagers *> &managers()
{
    static QThreadStorage<ThreadManagers *> storage;
    return storage;
}

QNetworkProxy toProxy(const QUrl &url)
{
    if (url.isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const bool socks = url.scheme().startsWith(QStringLiteral("socks"));
    return QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url.host(),
                         quint16(url.port(socks ? 1080 : 8080)), url.userName(), url.password());
}
} // namespace

namespace NetworkAccess {

QNetworkAccessManager *forThisThread(const QUrl &proxy, int lane)
{
    if (!managers().hasLocalData())
        managers().setLocalData(new ThreadManagers);
    ThreadManagers *mine = managers().localData();
    const QString key = proxy.toString() + QLatin1Char('#') + QString::number(lane);
    QNetworkAccessManager *&manager = mine->byProxy[key];
    if (!manager) {
        manager = factory() ? factory()() : new QNetworkAccessManager;
        manager->setProxy(toProxy(proxy));
        // Never store cookies or follow redirects silently: WeChat's API uses neither.
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    return manager;
}

void setFactory(Factory f)
{
    factory() = std::move(f);
}

} // namespace NetworkAccess
