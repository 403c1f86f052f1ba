#include "CampaignReport.h"

#include "segments/CsvWriter.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>
#include <QSqlQuery>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CampaignReport)
};
QString isoTime(const QVariant &msecs)
{
    return msecs.isNull() ? QString()
                          : QDateTime::fromMSecsSinceEpoch(msecs.toLongLong(), Qt::UTC)
                                .toString(Qt::ISODateWithMs);
}
} // namespace

Status CampaignReport::toFile(qint64 campaignId, const QString &path, qint64 *rows)
{
    *rows = 0;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    CsvWriter csv(file);
    csv.writeRow({QStringLiteral("profile_id"), QStringLiteral("appid"), QStringLiteral("openid"),
                  QStringLiteral("state"), QStringLiteral("reason"), QStringLiteral("errcode"),
                  QStringLiteral("errmsg"), QStringLiteral("msgid"), QStringLiteral("sent_at"),
                  QStringLiteral("updated_at")});
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::run(q,
                  QStringLiteral("SELECT a.profile_id, p.appid, a.openid, d.state, d.reason, "
                                 "d.errcode, d.errmsg, d.msgid, d.sent_at, d.updated_at FROM "
                                 "deliveries d JOIN accounts a ON a.id = d.account_id JOIN apps p "
                                 "ON p.id = a.app_id WHERE d.campaign_id = ? ORDER BY d.id"),
                  {campaignId}))
        return Sql::failure(q);
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < 8; ++c)
            cells << q.value(c).toString();
        cells << isoTime(q.value(8)) << isoTime(q.value(9));
        if (!csv.writeRow(cells))
            return Status::failure(Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
        ++*rows;
    }
    if (!file.commit())
        return Status::failure(Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Status::ok();
}
