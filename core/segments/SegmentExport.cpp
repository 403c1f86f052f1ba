#include "SegmentExport.h"

#include "CsvWriter.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SegmentExport)
};

const int kPageRows = 2000;

struct Member
{
    QString memberId;
    QString unionid;
    QHash<qint64, QStringList> openids; // app row id -> openids on that app
};
} // namespace

Status SegmentExport::toFile(qint64 segmentId, const QString &path, const Progress &progress,
                             qint64 *rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    WX_TRY(run(segmentId, file, progress, rows));
    if (!file.commit())
        return Status::failure(Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Status::ok();
}

Status SegmentExport::run(qint64 segmentId, QIODevice &out, const Progress &progress, qint64 *rows)
{
    m_cancel = false;
    QList<std::pair<qint64, QString>> apps; // (row id, appid), in a stable order
    {
        QSqlQuery q(m_db);
        if (!Sql::run(q, QStringLiteral("SELECT id, appid FROM apps ORDER BY appid")))
            return Sql::failure(q);
        while (q.next())
            apps.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    Status status = Status::ok();
    const qint64 total = Sql::toCount(
        Sql::scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM segment_members WHERE segment_id = ?"),
                    {segmentId}),
        &status);
    WX_TRY(status);

    CsvWriter csv(out);
    QStringList header{QStringLiteral("profile_id"), QStringLiteral("member_id"),
                       QStringLiteral("unionid")};
    for (const auto &app : std::as_const(apps))
        header << QStringLiteral("openid_%1").arg(app.second);
    if (!csv.writeRow(header))
        return Status::failure(Text::tr("Cannot write the file: %1").arg(out.errorString()));

    PreparedStatements sql(m_db);
    qint64 after = 0;
    qint64 done = 0;
    while (!m_cancel) {
        QList<qint64> ids;
        QHash<qint64, Member> members;
        SqlRows &page = sql.run(
            QStringLiteral("SELECT p.id, p.member_id FROM segment_members m JOIN profiles p ON "
                           "p.id = m.profile_id WHERE m.segment_id = ? AND p.id > ? ORDER BY p.id "
                           "LIMIT ?"),
            {segmentId, after, kPageRows}, &status);
        WX_TRY(status);
        while (page.next()) {
            const qint64 id = page.value(0).toLongLong();
            ids.append(id);
            members[id].memberId = page.value(1).toString();
        }
        page.finish();
        if (ids.isEmpty())
            break;
        QVariantList keys;
        for (qint64 id : std::as_const(ids))
            keys << id;
        WX_TRY(sql.runIn(QStringLiteral("SELECT profile_id, app_id, openid, unionid FROM accounts "
                                        "WHERE profile_id IN (%1) ORDER BY id"),
                         keys, [&members](const SqlRows &q) {
                             Member &m = members[q.value(0).toLongLong()];
                             m.openids[q.value(1).toLongLong()].append(q.value(2).toString());
                             if (m.unionid.isEmpty())
                                 m.unionid = q.value(3).toString();
                         }));
        for (qint64 id : std::as_const(ids)) {
            const Member &m = members.value(id);
            QStringList row{QString::number(id), m.memberId, m.unionid};
            for (const auto &app : std::as_const(apps))
                row << m.openids.value(app.first).join(QLatin1Char(';'));
            if (!csv.writeRow(row))
                return Status::failure(
                    Text::tr("Cannot write the file: %1").arg(out.errorString()));
        }
        done += ids.size();
        if (rows)
            *rows = done;
        after = ids.constLast();
        if (progress)
            progress(done, total);
    }
    if (m_cancel)
        return Status::failure(Text::tr("The export was cancelled; the file is incomplete."));
    return Status::ok();
}
