#include "MpExport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

namespace {
const char *const kEventNames[] = {"app_open", "view_item", "add_to_cart",
                                   "purchase", "share",     "subscribe_msg_accept"};

QString isoTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone(8 * 3600)).toString(Qt::ISODate);
}
} // namespace

QString writeMpExport(const Population &population, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    const PopulationOptions &options = population.options();
    auto writeLine = [&file](const QJsonObject &object) {
        file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
        file.write("\n");
    };
    for (int i = 0; i < options.mpUsers; ++i) {
        const MiniProgramUser user = population.mpUser(i);
        QJsonObject line{{QStringLiteral("kind"), QStringLiteral("user")},
                         {QStringLiteral("appid"), options.mpAppid},
                         {QStringLiteral("openid"), user.openid},
                         {QStringLiteral("seen_at"), isoTime(user.firstSeenMsecs)}};
        if (!user.unionid.isEmpty())
            line.insert(QStringLiteral("unionid"), user.unionid);
        if (!user.memberId.isEmpty())
            line.insert(QStringLiteral("member_id"), user.memberId);
        writeLine(line);
    }
    for (int i = 0; i < options.mpUsers; ++i) {
        const MiniProgramUser user = population.mpUser(i);
        for (int e = 0; e < options.eventsPerUser; ++e) {
            const int kind = Population::eventKind(i, e);
            QJsonObject props{{QStringLiteral("item"), QStringLiteral("sku-%1").arg((i + e) % 97)}};
            if (kind == Population::kAcceptEvent)
                props = {{QStringLiteral("template_id"), Population::acceptedTemplate()}};
            writeLine(
                {{QStringLiteral("kind"), QStringLiteral("event")},
                 {QStringLiteral("id"), QStringLiteral("e-%1-%2").arg(i).arg(e)},
                 {QStringLiteral("appid"), options.mpAppid},
                 {QStringLiteral("openid"), user.openid},
                 {QStringLiteral("name"), QLatin1String(kEventNames[kind])},
                 {QStringLiteral("at"), isoTime(user.firstSeenMsecs + qint64(e) * 3600 * 1000 * 7)},
                 {QStringLiteral("props"), props}});
        }
        if (file.error() != QFileDevice::NoError)
            return file.errorString();
    }
    if (!file.commit())
        return file.errorString();
    return QString();
}
