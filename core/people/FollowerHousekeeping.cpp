#include "FollowerHousekeeping.h"

#include "identity/AccountRepository.h"
#include "storage/AppRepository.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"
#include "storage/TagRepository.h"
#include "wechat/BlacklistApi.h"
#include "wechat/UserApi.h"
#include "wechat/WechatClient.h"

#include <QJsonArray>

namespace {
// The audit keeps the first openids of a big change, and how many there were.
QJsonObject openidDetails(const QStringList &openids)
{
    const int kKept = 20;
    return {{QStringLiteral("openids"), QJsonArray::fromStringList(openids.mid(0, kKept))},
            {QStringLiteral("count"), int(openids.size())}};
}
} // namespace

FollowerHousekeeping::FollowerHousekeeping(DbConnection db, const QString &appid,
                                           WechatClient &client, QObject *parent)
    : QObject(parent), m_db(db), m_appid(appid), m_client(client)
{
    m_appRow = AppRepository(db).rowId(appid, &m_appStatus);
}

Status FollowerHousekeeping::failure(const ApiError &error) const
{
    return Status::failure(error.userMessage(m_client.app()));
}

Status FollowerHousekeeping::record(const QString &action, const QString &object,
                                    const QJsonObject &details)
{
    QJsonObject withApp = details;
    withApp.insert(QStringLiteral("appid"), m_appid);
    return AuditLog(m_db).record(AuditLog::currentActor(), action, object, withApp);
}

void FollowerHousekeeping::setRemark(const QString &openid, const QString &remark, Done done)
{
    if (!m_appStatus.isOk())
        return done(m_appStatus);
    UserApi(m_client).updateRemark(openid, remark, this, [=, this](const ApiError &error) {
        if (!error.ok())
            return done(failure(error));
        PreparedStatements sql(m_db);
        const StatusOr<qint64> changed = AccountRepository(sql).setRemark(m_appRow, openid, remark);
        if (!changed.isOk())
            return done(changed.status());
        done(record(QStringLiteral("follower.remark"), QStringLiteral("openid:%1").arg(openid),
                    {{QStringLiteral("remark"), remark}}));
    });
}

void FollowerHousekeeping::createTag(const QString &name,
                                     std::function<void(const Status &, int)> done)
{
    if (!m_appStatus.isOk())
        return done(m_appStatus, -1);
    UserApi(m_client).createTag(name, this, [=, this](const Result<WechatTag> &created) {
        if (!created.ok())
            return done(failure(created.error), -1);
        Status status = TagRepository(m_db).addTag(m_appRow, created.value);
        if (status.isOk())
            status = record(QStringLiteral("tag.create"),
                            QStringLiteral("tag:%1/%2").arg(m_appid).arg(created.value.id),
                            {{QStringLiteral("name"), name}});
        done(status, created.value.id);
    });
}

void FollowerHousekeeping::renameTag(int tagId, const QString &name, Done done)
{
    if (!m_appStatus.isOk())
        return done(m_appStatus);
    UserApi(m_client).renameTag(tagId, name, this, [=, this](const ApiError &error) {
        if (!error.ok())
            return done(failure(error));
        const Status status = TagRepository(m_db).renameTag(m_appRow, tagId, name);
        if (!status.isOk())
            return done(status);
        done(record(QStringLiteral("tag.rename"),
                    QStringLiteral("tag:%1/%2").arg(m_appid).arg(tagId),
                    {{QStringLiteral("name"), name}}));
    });
}

void FollowerHousekeeping::deleteTag(int tagId, Done done)
{
    if (!m_appStatus.isOk())
        return done(m_appStatus);
    UserApi(m_client).deleteTag(tagId, this, [=, this](const ApiError &error) {
        if (!error.ok())
            return done(failure(error));
        const Status status = TagRepository(m_db).removeTag(m_appRow, tagId);
        if (!status.isOk())
            return done(status);
        done(record(QStringLiteral("tag.delete"),
                    QStringLiteral("tag:%1/%2").arg(m_appid).arg(tagId), {}));
    });
}

void FollowerHousekeeping::setTagged(int tagId, const QStringList &openids, bool tagged,
                                     std::function<void(const Status &, qint64)> done)
{
    if (!m_appStatus.isOk())
        return done(m_appStatus, 0);
    UserApi(m_client).tagFollowers(
        tagId, openids, tagged, this, [=, this](const Result<int> &result) {
            if (!result.ok())
                return done(failure(result.error), 0);
            const StatusOr<qint64> changed =
                TagRepository(m_db).setTagged(m_appRow, tagId, openids, tagged);
            if (!changed.isOk())
                return done(changed.status(), 0);
            done(record(tagged ? QStringLiteral("tag.add_followers")
                               : QStringLiteral("tag.remove_followers"),
                        QStringLiteral("tag:%1/%2").arg(m_appid).arg(tagId),
                        openidDetails(openids)),
                 changed.value());
        });
}

void FollowerHousekeeping::setBlocked(const QStringList &openids, bool blocked, Done done)
{
    if (!m_appStatus.isOk())
        return done(m_appStatus);
    BlacklistApi(m_client).setBlocked(openids, blocked, this, [=, this](const ApiError &error) {
        if (!error.ok())
            return done(failure(error));
        PreparedStatements sql(m_db);
        const StatusOr<qint64> changed =
            AccountRepository(sql).setBlocked(m_appRow, openids, blocked);
        if (!changed.isOk())
            return done(changed.status());
        done(record(blocked ? QStringLiteral("blacklist.add") : QStringLiteral("blacklist.remove"),
                    QStringLiteral("app:%1").arg(m_appid), openidDetails(openids)));
    });
}

void FollowerHousekeeping::refreshBlacklist(std::function<void(const Status &, qint64)> done)
{
    if (!m_appStatus.isOk())
        return done(m_appStatus, 0);
    readBlacklistPage(QString(), {}, done);
}

void FollowerHousekeeping::readBlacklistPage(const QString &begin, QStringList collected,
                                             std::function<void(const Status &, qint64)> done)
{
    BlacklistApi(m_client).page(begin, this, [=, this](const Result<FollowerPage> &page) mutable {
        if (!page.ok())
            return done(failure(page.error), 0);
        collected += page.value.openids;
        if (!page.value.openids.isEmpty() && !page.value.nextOpenid.isEmpty() &&
            collected.size() < page.value.total)
            return readBlacklistPage(page.value.nextOpenid, collected, done);
        PreparedStatements sql(m_db);
        const Status status = AccountRepository(sql).replaceBlocked(m_appRow, collected);
        done(status, status.isOk() ? collected.size() : 0);
    });
}
