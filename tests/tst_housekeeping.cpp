// The Official Account's housekeeping through wxops, against wxemu over real HTTP, on SQLite
// and PostgreSQL: each change is made in WeChat, kept in the database at once (a re-sync then
// changes nothing) and audited; WeChat's refusals come back as clear errors.
#include "DbSnapshot.h"
#include "messaging/TemplateLibrary.h"
#include "people/ChannelQrCodes.h"
#include "people/FollowerHousekeeping.h"
#include "SyncTarget.h"

#include <QJsonArray>
#include <QtTest>

namespace {
// Runs one asynchronous housekeeping call to its end.
template <typename Start> void waitFor(bool *finished, Start start)
{
    start();
    QTRY_VERIFY_WITH_TIMEOUT(*finished, 30000);
}

struct Housekeeping
{
    explicit Housekeeping(SyncTarget &target)
        : client(target.app, target.secrets, Clock::system(), testPolicy()),
          work(target.db(), target.app.appid, client)
    {
    }
    Status remark(const QString &openid, const QString &text)
    {
        Status out = Status::failure(QStringLiteral("not finished"));
        bool finished = false;
        waitFor(&finished, [&] {
            work.setRemark(openid, text, [&](const Status &s) {
                out = s;
                finished = true;
            });
        });
        return out;
    }
    Status createTag(const QString &name, int *id)
    {
        Status out = Status::failure(QStringLiteral("not finished"));
        bool finished = false;
        waitFor(&finished, [&] {
            work.createTag(name, [&](const Status &s, int tagId) {
                out = s;
                *id = tagId;
                finished = true;
            });
        });
        return out;
    }
    Status plain(const std::function<void(FollowerHousekeeping::Done)> &call)
    {
        Status out = Status::failure(QStringLiteral("not finished"));
        bool finished = false;
        waitFor(&finished, [&] {
            call([&](const Status &s) {
                out = s;
                finished = true;
            });
        });
        return out;
    }
    Status tag(int tagId, const QStringList &openids, bool tagged, qint64 *changed)
    {
        Status out = Status::failure(QStringLiteral("not finished"));
        bool finished = false;
        waitFor(&finished, [&] {
            work.setTagged(tagId, openids, tagged, [&](const Status &s, qint64 n) {
                out = s;
                *changed = n;
                finished = true;
            });
        });
        return out;
    }
    Status refreshBlacklist(qint64 *blocked)
    {
        Status out = Status::failure(QStringLiteral("not finished"));
        bool finished = false;
        waitFor(&finished, [&] {
            work.refreshBlacklist([&](const Status &s, qint64 n) {
                out = s;
                *blocked = n;
                finished = true;
            });
        });
        return out;
    }

    WechatClient client;
    FollowerHousekeeping work;
};

QStringList subscribedOpenids(SyncTarget &target, int count)
{
    return DbSnapshot::rows(target.db(),
                            QStringLiteral("SELECT openid FROM accounts WHERE subscribed = 1 "
                                           "ORDER BY openid LIMIT %1")
                                .arg(count));
}

qint64 auditCount(SyncTarget &target, const QString &action)
{
    return DbSnapshot::count(
        target.db(),
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = '%1'").arg(action));
}

QJsonObject emulatedFollower(Emulator &emu, const QString &openid)
{
    for (const QJsonValue &v :
         emu.get(QStringLiteral("/_emu/followers")).value(QStringLiteral("followers")).toArray())
        if (v.toObject().value(QStringLiteral("openid")).toString() == openid)
            return v.toObject();
    return {};
}
} // namespace

class TestHousekeeping : public QObject
{
    Q_OBJECT
private slots:
    void remarkIsWrittenInWechatAndHere()
    {
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("300")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        SyncTarget target(emu);
        QVERIFY(target.opened.isOk());
        QVERIFY(target.sync().ok());
        Housekeeping house(target);
        const QString openid = subscribedOpenids(target, 1).constFirst();

        const Status set = house.remark(openid, QStringLiteral("VIP 王女士"));
        QVERIFY2(set.isOk(), qPrintable(set.message()));
        QCOMPARE(emulatedFollower(emu, openid).value(QStringLiteral("remark")).toString(),
                 QStringLiteral("VIP 王女士"));
        QCOMPARE(DbSnapshot::rows(
                     target.db(),
                     QStringLiteral("SELECT remark FROM accounts WHERE openid = '%1'").arg(openid)),
                 QStringList{QStringLiteral("VIP 王女士")});
        QCOMPARE(auditCount(target, QStringLiteral("follower.remark")), 1);
        // The database already holds what WeChat holds: a re-sync finds nothing to change.
        const FollowerSync::Report again = target.sync();
        QVERIFY(again.ok());
        QCOMPARE(again.changed, 0);

        // Over 30 bytes: refused before sending, with the limit in words; nothing changes.
        const int calls = emu.count(QStringLiteral("/cgi-bin/user/info/updateremark"));
        const Status tooLong = house.remark(openid, QStringLiteral("一二三四五六七八九十一"));
        QVERIFY(!tooLong.isOk());
        QVERIFY2(tooLong.message().contains(QStringLiteral("30")), qPrintable(tooLong.message()));
        QCOMPARE(emu.count(QStringLiteral("/cgi-bin/user/info/updateremark")), calls);
        QCOMPARE(auditCount(target, QStringLiteral("follower.remark")), 1);
    }

    void tagsAreCreatedRenamedAppliedAndDeleted()
    {
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("400"),
                      QStringLiteral("--tags"), QStringLiteral("3")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        SyncTarget target(emu);
        QVERIFY(target.opened.isOk());
        QVERIFY(target.sync().ok());
        Housekeeping house(target);

        int id = -1;
        Status status = house.createTag(QStringLiteral("春季活动"), &id);
        QVERIFY2(status.isOk(), qPrintable(status.message()));
        QVERIFY(id > 2);
        // Tagging 120 followers takes three requests of at most 50.
        const QStringList openids = subscribedOpenids(target, 120);
        QCOMPARE(openids.size(), 120);
        qint64 changed = 0;
        status = house.tag(id, openids, true, &changed);
        QVERIFY2(status.isOk(), qPrintable(status.message()));
        QCOMPARE(changed, 120);
        QCOMPARE(emu.count(QStringLiteral("/cgi-bin/tags/members/batchtagging")), 3);
        status = house.plain(
            [&](auto done) { house.work.renameTag(id, QStringLiteral("春季活动 2027"), done); });
        QVERIFY2(status.isOk(), qPrintable(status.message()));
        status = house.tag(id, openids.mid(0, 20), false, &changed);
        QVERIFY2(status.isOk(), qPrintable(status.message()));
        QCOMPARE(changed, 20);

        const QString tagRows = QStringLiteral(
            "SELECT t.tag_id, t.name, t.follower_count, (SELECT COUNT(*) FROM account_tags x "
            "WHERE x.tag_ref = t.id) FROM tags t ORDER BY t.tag_id");
        const QStringList here = DbSnapshot::rows(target.db(), tagRows);
        QVERIFY2(here.contains(QStringLiteral("%1|春季活动 2027|100|100").arg(id)),
                 qPrintable(here.join(u'\n')));
        const QString members = QStringLiteral(
            "SELECT a.openid, t.tag_id FROM account_tags x JOIN accounts a ON a.id = x.account_id "
            "JOIN tags t ON t.id = x.tag_ref ORDER BY 1, 2");
        const QStringList membersHere = DbSnapshot::rows(target.db(), members);
        // What a full sync reads from WeChat is what wxops already wrote.
        QVERIFY(target.sync().ok());
        QCOMPARE(DbSnapshot::rows(target.db(), tagRows), here);
        QCOMPARE(DbSnapshot::rows(target.db(), members), membersHere);

        // WeChat's refusals reach the caller in words: a name that exists (45157), a reserved tag.
        int other = -1;
        QVERIFY(house.createTag(QStringLiteral("other"), &other).isOk());
        status = house.plain(
            [&](auto done) { house.work.renameTag(other, QStringLiteral("春季活动 2027"), done); });
        QVERIFY(!status.isOk());
        QVERIFY2(status.message().contains(QStringLiteral("45157")), qPrintable(status.message()));
        status = house.plain([&](auto done) { house.work.deleteTag(2, done); });
        QVERIFY(!status.isOk());
        QVERIFY2(status.message().contains(QStringLiteral("reserved")),
                 qPrintable(status.message()));

        status = house.plain([&](auto done) { house.work.deleteTag(id, done); });
        QVERIFY2(status.isOk(), qPrintable(status.message()));
        QCOMPARE(
            DbSnapshot::count(
                target.db(), QStringLiteral("SELECT COUNT(*) FROM tags WHERE tag_id = %1").arg(id)),
            0);
        QCOMPARE(emulatedFollower(emu, openids.last()).value(QStringLiteral("tags")).toArray(),
                 QJsonArray());
        for (const char *action : {"tag.create", "tag.rename", "tag.add_followers",
                                   "tag.remove_followers", "tag.delete"})
            QVERIFY2(auditCount(target, QLatin1String(action)) >= 1, action);
    }

    void blacklistIsKeptInStep()
    {
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("300")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        SyncTarget target(emu);
        QVERIFY(target.opened.isOk());
        QVERIFY(target.sync().ok());
        Housekeeping house(target);
        const QStringList openids = subscribedOpenids(target, 25);

        Status status = house.plain([&](auto done) { house.work.setBlocked(openids, true, done); });
        QVERIFY2(status.isOk(), qPrintable(status.message()));
        QCOMPARE(emu.count(QStringLiteral("/cgi-bin/tags/members/batchblacklist")), 2); // 20 + 5
        status =
            house.plain([&](auto done) { house.work.setBlocked(openids.mid(0, 5), false, done); });
        QVERIFY2(status.isOk(), qPrintable(status.message()));
        const QString blocked = QStringLiteral("SELECT openid FROM accounts WHERE blocked = 1 "
                                               "ORDER BY openid");
        QCOMPARE(DbSnapshot::rows(target.db(), blocked), openids.mid(5));
        QVERIFY(emulatedFollower(emu, openids.last()).value(QStringLiteral("blocked")).toBool());
        QVERIFY(!emulatedFollower(emu, openids.first()).value(QStringLiteral("blocked")).toBool());

        // Read back from WeChat (getblacklist), the blacklist is exactly the same.
        qint64 count = 0;
        status = house.refreshBlacklist(&count);
        QVERIFY2(status.isOk(), qPrintable(status.message()));
        QCOMPARE(count, 20);
        QCOMPARE(DbSnapshot::rows(target.db(), blocked), openids.mid(5));
        QCOMPARE(auditCount(target, QStringLiteral("blacklist.add")), 1);
        QCOMPARE(auditCount(target, QStringLiteral("blacklist.remove")), 1);

        // An openid WeChat does not know: 40003, and nothing is written.
        status = house.plain([&](auto done) {
            house.work.setBlocked({QStringLiteral("o_not_a_follower")}, true, done);
        });
        QVERIFY(!status.isOk());
        QVERIFY2(status.message().contains(QStringLiteral("40003")), qPrintable(status.message()));
        QCOMPARE(DbSnapshot::rows(target.db(), blocked), openids.mid(5));
    }

    void channelQrCodesAreMadeNamedAndCounted()
    {
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("2000")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        SyncTarget target(emu);
        QVERIFY(target.opened.isOk());
        QVERIFY(target.sync().ok());
        WechatClient client(target.app, target.secrets, Clock::system(), testPolicy());
        ChannelQrCodes codes(target.db(), target.app.appid, client);
        const auto create = [&](const QString &name, const QString &scene, bool permanent,
                                int seconds, StoredQrCode *made) {
            Status out = Status::failure(QStringLiteral("not finished"));
            bool finished = false;
            codes.create(name, scene, permanent, seconds,
                         [&](const Status &s, const StoredQrCode &code) {
                             out = s;
                             *made = code;
                             finished = true;
                         });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(finished, 30000); }();
            return out;
        };

        StoredQrCode poster;
        Status status = create(QStringLiteral("Spring poster"), QStringLiteral("poster-spring"),
                               true, 0, &poster);
        QVERIFY2(status.isOk(), qPrintable(status.message()));
        QVERIFY(!poster.ticket.isEmpty());
        QCOMPARE(poster.expiresAt, 0);
        StoredQrCode stand;
        status = create(QStringLiteral("Counter stand"), QStringLiteral("42"), false, 7200, &stand);
        QVERIFY2(status.isOk(), qPrintable(status.message()));
        QVERIFY(qAbs(stand.expiresAt - (stand.createdAt + 7200 * 1000LL)) < 1000);

        // Listed newest first, each with the followers whose follow carried its scene.
        const StatusOr<QList<StoredQrCode>> listed =
            QrCodeStore(target.db()).ofApp(target.appRow());
        QVERIFY(listed.isOk());
        QCOMPARE(listed.value().size(), 2);
        QCOMPARE(listed.value().at(0).name, QStringLiteral("Counter stand"));
        const qint64 cameThroughPoster = DbSnapshot::count(
            target.db(), QStringLiteral("SELECT COUNT(*) FROM accounts WHERE subscribed = 1 AND "
                                        "qr_scene = 'poster-spring'"));
        QVERIFY(cameThroughPoster > 0);
        QCOMPARE(listed.value().at(1).followers, cameThroughPoster);
        QCOMPARE(
            QrCodeStore(target.db()).namesByScene().value().value(QStringLiteral("poster-spring")),
            QStringLiteral("Spring poster"));

        // A scene the account already has a code for is refused before WeChat makes another.
        const int made = emu.count(QStringLiteral("/cgi-bin/qrcode/create"));
        StoredQrCode again;
        status =
            create(QStringLiteral("Another"), QStringLiteral("poster-spring"), true, 0, &again);
        QVERIFY(!status.isOk());
        QVERIFY2(status.message().contains(QStringLiteral("poster-spring")),
                 qPrintable(status.message()));
        QCOMPARE(emu.count(QStringLiteral("/cgi-bin/qrcode/create")), made);
        QCOMPARE(auditCount(target, QStringLiteral("qrcode.create")), 2);

        // The image, from showqrcode without a token.
        QByteArray image;
        bool finished = false;
        codes.image(poster.ticket, [&](const Status &s, const QByteArray &bytes) {
            QVERIFY2(s.isOk(), qPrintable(s.message()));
            image = bytes;
            finished = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);
        QVERIFY(image.startsWith("\x89PNG\r\n\x1a\n"));
        QVERIFY(image.size() > 200);
        finished = false;
        codes.image(QStringLiteral("no-such-ticket"), [&](const Status &s, const QByteArray &) {
            QVERIFY(!s.isOk());
            QVERIFY2(s.message().contains(QStringLiteral("40097")), qPrintable(s.message()));
            finished = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);
    }

    void templatesAreAddedFromTheIndustryLibraryAndDeleted()
    {
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("10")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        SyncTarget target(emu);
        QVERIFY(target.opened.isOk());
        WechatClient client(target.app, target.secrets, Clock::system(), testPolicy());
        TemplateLibrary library(target.db(), client);
        const auto list = [&] {
            QList<MessageTemplate> out;
            bool finished = false;
            library.list([&](const Status &s, const QList<MessageTemplate> &templates) {
                QVERIFY2(s.isOk(), qPrintable(s.message()));
                out = templates;
                finished = true;
            });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(finished, 30000); }();
            return out;
        };
        const auto add = [&](const QString &shortId, QString *id) {
            Status out = Status::failure(QStringLiteral("not finished"));
            bool finished = false;
            library.add(shortId, [&](const Status &s, const QString &added) {
                out = s;
                *id = added;
                finished = true;
            });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(finished, 30000); }();
            return out;
        };
        const qsizetype before = list().size();

        QString id;
        Status status = add(QStringLiteral("OPENTM400231951"), &id);
        QVERIFY2(status.isOk(), qPrintable(status.message()));
        const QList<MessageTemplate> after = list();
        QCOMPARE(after.size(), before + 1);
        const auto added =
            std::find_if(after.cbegin(), after.cend(),
                         [&](const MessageTemplate &t) { return t.templateId == id; });
        QVERIFY(added != after.cend());
        QCOMPARE(added->title, QStringLiteral("订单支付成功"));
        QStringList labels;
        for (const TemplateField &field : added->fields())
            labels << field.label;
        QCOMPARE(labels, (QStringList{QStringLiteral("订单号"), QStringLiteral("支付金额"),
                                      QStringLiteral("支付时间")}));

        // A typo is refused here; a short id WeChat does not know comes back as 40037.
        const int calls = emu.count(QStringLiteral("/cgi-bin/template/api_add_template"));
        QVERIFY(!add(QStringLiteral("订单"), &id).isOk());
        QCOMPARE(emu.count(QStringLiteral("/cgi-bin/template/api_add_template")), calls);
        status = add(QStringLiteral("OPENTM000000000"), &id);
        QVERIFY(!status.isOk());
        QVERIFY2(status.message().contains(QStringLiteral("40037")), qPrintable(status.message()));

        bool finished = false;
        library.remove(added->templateId, [&](const Status &s) {
            QVERIFY2(s.isOk(), qPrintable(s.message()));
            finished = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);
        QCOMPARE(list().size(), before);
        QCOMPARE(auditCount(target, QStringLiteral("template.add")), 1);
        QCOMPARE(auditCount(target, QStringLiteral("template.delete")), 1);
    }
};

QTEST_GUILESS_MAIN(TestHousekeeping)
#include "tst_housekeeping.moc"
