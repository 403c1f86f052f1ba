#include "SegmentTagPush.h"

#include "storage/AuditLog.h"
#include "storage/Sql.h"
#include "storage/TagRepository.h"
#include "wechat/UserApi.h"
#include "wechat/WechatClient.h"

#include <QCoreApplication>

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SegmentTagPush)
};

const int kOpenidsPerPage = 1000;
} // namespace

SegmentTagPush::SegmentTagPush(DbConnection db, qint64 appRowId, WechatClient &client,
                               QObject *parent)
    : QObject(parent), m_db(db), m_app(appRowId), m_client(client), m_api(client)
{
}

void SegmentTagPush::start(qint64 segmentId, const QString &tagName, bool tagged)
{
    m_segment = segmentId;
    m_tagged = tagged;
    m_report = Report{};
    Status status = Status::ok();
    m_report.members = Sql::toCount(
        Sql::scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM segment_members WHERE segment_id = ?"),
                    {segmentId}),
        &status);
    m_total = Sql::toCount(
        Sql::scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM segment_members m JOIN accounts a "
                                   "ON a.profile_id = m.profile_id WHERE m.segment_id = ? "
                                   "AND a.app_id = ? AND a.subscribed = 1"),
                    {segmentId, m_app}),
        &status);
    if (!status.isOk())
        return finish(status);
    m_api.tags(this, [this, tagName](const Result<QList<WechatTag>> &tags) {
        if (!tags.ok())
            return finish(Status::failure(tags.error.userMessage(m_client.app())));
        for (const WechatTag &tag : tags.value)
            if (tag.name == tagName) {
                m_report.tagId = tag.id;
                return tagNextPage();
            }
        if (!m_tagged)
            return finish(Status::failure(
                Text::tr("The account has no tag named \"%1\": nobody to untag.").arg(tagName)));
        m_api.createTag(tagName, this, [this](const Result<WechatTag> &created) {
            if (!created.ok())
                return finish(Status::failure(created.error.userMessage(m_client.app())));
            m_report.tagId = created.value.id;
            m_report.tagCreated = true;
            const Status kept = TagRepository(m_db).addTag(m_app, created.value);
            if (!kept.isOk())
                return finish(kept);
            tagNextPage();
        });
    });
}

void SegmentTagPush::tagNextPage()
{
    if (m_cancelled) {
        m_report.cancelled = true;
        return finish(Status::ok());
    }
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("SELECT a.openid FROM segment_members m JOIN accounts a ON "
                                 "a.profile_id = m.profile_id WHERE m.segment_id = ? AND "
                                 "a.app_id = ? AND a.subscribed = 1 AND a.openid > ? ORDER BY "
                                 "a.openid LIMIT ?"),
                  {m_segment, m_app, Sql::text(m_afterOpenid), kOpenidsPerPage}))
        return finish(Sql::failure(q));
    QStringList openids;
    while (q.next())
        openids << q.value(0).toString();
    if (openids.isEmpty())
        return finish(Status::ok());
    m_afterOpenid = openids.constLast();
    m_api.tagFollowers(
        m_report.tagId, openids, m_tagged, this, [this, openids](const Result<int> &result) {
            if (!result.ok())
                return finish(Status::failure(Text::tr("Tagging stopped after %1 followers: %2")
                                                  .arg(m_report.tagged)
                                                  .arg(result.error.userMessage(m_client.app()))));
            // WeChat holds the change: the database follows without waiting for a sync.
            const StatusOr<qint64> kept =
                TagRepository(m_db).setTagged(m_app, m_report.tagId, openids, m_tagged);
            if (!kept.isOk())
                return finish(kept.status());
            m_report.tagged += openids.size();
            emit progressed(m_report.tagged, m_total);
            tagNextPage();
        });
}

void SegmentTagPush::finish(const Status &status)
{
    m_report.status = status;
    if (m_report.tagged > 0) {
        const Status audited = AuditLog(m_db).record(
            AuditLog::currentActor(),
            m_tagged ? QStringLiteral("tag.add_followers") : QStringLiteral("tag.remove_followers"),
            QStringLiteral("tag:%1/%2").arg(m_client.app().appid).arg(m_report.tagId),
            {{QStringLiteral("segment_id"), m_segment},
             {QStringLiteral("followers"), m_report.tagged}});
        if (m_report.status.isOk())
            m_report.status = audited;
    }
    emit finished(m_report);
}
