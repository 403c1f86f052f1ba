// The typed endpoint wrappers against wxemu: shapes parsed, oversize requests split or refused.
#include "Emulator.h"
#include "FixedSecrets.h"
#include "wechat/AccessTokenManager.h"
#include "wechat/DatacubeApi.h"
#include "wechat/MaterialApi.h"
#include "wechat/MessageApi.h"
#include "wechat/MiniProgramApi.h"
#include "wechat/QrCodeApi.h"
#include "wechat/UserApi.h"
#include "wechat/WechatClient.h"

#include <QtTest>

namespace {
template <typename T>
Result<T> wait(const std::function<void(std::function<void(const Result<T> &)>)> &start)
{
    Result<T> out;
    bool done = false;
    start([&](const Result<T> &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        out.error = ApiError::refused(QStringLiteral("test timed out"));
    return out;
}
} // namespace

class TestWrappers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_emu.reset(new Emulator({QStringLiteral("--followers"), QStringLiteral("23000")}));
        QVERIFY2(m_emu->isRunning(), qPrintable(m_emu->error()));
        m_secrets.set(Emulator::oaAppid(), Emulator::oaSecret());
        m_secrets.set(Emulator::mpAppid(), Emulator::mpSecret());
        AppConfig oa{Emulator::oaAppid(),
                     AppConfig::Kind::OfficialAccount,
                     QStringLiteral("OA"),
                     m_emu->baseUrl(),
                     {}};
        AppConfig mp{Emulator::mpAppid(),
                     AppConfig::Kind::MiniProgram,
                     QStringLiteral("MP"),
                     m_emu->baseUrl(),
                     {}};
        m_oa.reset(new WechatClient(oa, m_secrets));
        m_mp.reset(new WechatClient(mp, m_secrets));
    }

    void init()
    {
        // A reset emulator forgets its tokens: start each test with a fresh one, so the
        // per-path counts below are not doubled by a refresh-and-retry.
        m_emu->post(QStringLiteral("/_emu/reset"), {});
        m_oa->tokens().forget();
        m_mp->tokens().forget();
    }

    void followerListingPagesToTheEnd()
    {
        UserApi users(*m_oa);
        QStringList all;
        QString next;
        int pages = 0;
        int total = -1;
        forever
        {
            const auto page =
                wait<FollowerPage>([&](auto done) { users.followers(next, this, done); });
            QVERIFY2(page.ok(), qPrintable(page.error.summary()));
            ++pages;
            total = page.value.total;
            all += page.value.openids;
            if (page.value.openids.isEmpty() || page.value.nextOpenid.isEmpty())
                break;
            QVERIFY(page.value.openids.size() <= 10000);
            next = page.value.nextOpenid;
        }
        QCOMPARE(all.size(), total);
        QCOMPARE(all.size(), m_emu->get(QStringLiteral("/_emu/population"))
                                 .value(QStringLiteral("subscribed"))
                                 .toInt());
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), all.size());
        QCOMPARE(pages, 4); // 3 full-or-partial pages and the empty last one
    }

    void followerInfosAreSplitByHundred()
    {
        UserApi users(*m_oa);
        const auto page =
            wait<FollowerPage>([&](auto done) { users.followers(QString(), this, done); });
        QVERIFY(page.ok());
        const QStringList openids = page.value.openids.mid(0, 250);
        const auto infos =
            wait<QList<FollowerInfo>>([&](auto done) { users.followerInfos(openids, this, done); });
        QVERIFY2(infos.ok(), qPrintable(infos.error.summary()));
        QCOMPARE(infos.value.size(), 250);
        for (int i = 0; i < 250; ++i) {
            QCOMPARE(infos.value.at(i).openid, openids.at(i));
            QVERIFY(infos.value.at(i).subscribed);
            QVERIFY(infos.value.at(i).subscribeTime > 0);
        }
        QCOMPARE(m_emu->count(QStringLiteral("/cgi-bin/user/info/batchget")), 3);
    }

    void taggingIsSplitByFifty()
    {
        UserApi users(*m_oa);
        const auto tag = wait<WechatTag>(
            [&](auto done) { users.createTag(QStringLiteral("测试标签"), this, done); });
        QVERIFY2(tag.ok(), qPrintable(tag.error.summary()));
        const auto page =
            wait<FollowerPage>([&](auto done) { users.followers(QString(), this, done); });
        const QStringList openids = page.value.openids.mid(0, 120);
        const auto tagged = wait<int>(
            [&](auto done) { users.tagFollowers(tag.value.id, openids, true, this, done); });
        QVERIFY2(tagged.ok(), qPrintable(tagged.error.summary()));
        QCOMPARE(m_emu->count(QStringLiteral("/cgi-bin/tags/members/batchtagging")), 3);
        const auto members = wait<FollowerPage>(
            [&](auto done) { users.followersWithTag(tag.value.id, QString(), this, done); });
        QVERIFY(members.ok());
        QCOMPARE(QSet<QString>(members.value.openids.begin(), members.value.openids.end()),
                 QSet<QString>(openids.begin(), openids.end()));
    }

    void limitsRefusedBeforeSending()
    {
        UserApi users(*m_oa);
        const auto longName = wait<WechatTag>([&](auto done) {
            users.createTag(QStringLiteral("这是一个非常非常非常长的标签名字"), this, done);
        });
        QCOMPARE(int(longName.error.kind), int(ApiError::Kind::Refused));
        MessageApi messages(*m_oa);
        const auto one = wait<MassSendReceipt>([&](auto done) {
            messages.massSend({{QStringLiteral("touser"), QJsonArray{QStringLiteral("o1")}},
                               {QStringLiteral("msgtype"), QStringLiteral("text")}},
                              this, done);
        });
        QCOMPARE(int(one.error.kind), int(ApiError::Kind::Refused));
        DatacubeApi cube(*m_mp);
        const QDate end = QDate::currentDate().addDays(-2);
        const auto portrait = wait<DatacubeRows>(
            [&](auto done) { cube.userPortrait(end.addDays(-4), end, this, done); });
        QCOMPARE(int(portrait.error.kind), int(ApiError::Kind::Refused));
        QCOMPARE(m_emu->count(QStringLiteral("/cgi-bin/tags/create")), 0);
        QCOMPARE(m_emu->count(QStringLiteral("/cgi-bin/message/mass/send")), 0);
        QCOMPARE(m_emu->count(QStringLiteral("/datacube/getweanalysisappiduserportrait")), 0);
    }

    void datacubeSpansAreSplit()
    {
        const QDate end = QDate::currentDate().addDays(-2);
        DatacubeApi oaCube(*m_oa);
        const auto summary = wait<DatacubeRows>(
            [&](auto done) { oaCube.userCumulate(end.addDays(-19), end, this, done); });
        QVERIFY2(summary.ok(), qPrintable(summary.error.summary()));
        QCOMPARE(summary.value.size(), 20);
        QCOMPARE(m_emu->count(QStringLiteral("/datacube/getusercumulate")), 3);
        DatacubeApi mpCube(*m_mp);
        const auto visits = wait<DatacubeRows>(
            [&](auto done) { mpCube.visitTrend(end.addDays(-4), end, this, done); });
        QVERIFY2(visits.ok(), qPrintable(visits.error.summary()));
        QCOMPARE(visits.value.size(), 5);
        QCOMPARE(m_emu->count(QStringLiteral("/datacube/getweanalysisappiddailyvisittrend")), 5);
    }

    void templateSendIsRecordedAndDeduplicated()
    {
        MessageApi messages(*m_oa);
        const auto templates =
            wait<QList<MessageTemplate>>([&](auto done) { messages.templates(this, done); });
        QVERIFY(templates.ok());
        QVERIFY(!templates.value.isEmpty());
        const MessageTemplate tpl = templates.value.constFirst();
        QVERIFY(tpl.keys().contains(QStringLiteral("keyword1")));
        UserApi users(*m_oa);
        const auto page =
            wait<FollowerPage>([&](auto done) { users.followers(QString(), this, done); });
        QJsonObject data;
        for (const QString &key : tpl.keys())
            data.insert(key, QJsonObject{{QStringLiteral("value"), QStringLiteral("v-") + key}});
        const QJsonObject body{{QStringLiteral("touser"), page.value.openids.constFirst()},
                               {QStringLiteral("template_id"), tpl.templateId},
                               {QStringLiteral("client_msg_id"), QStringLiteral("c1-r1")},
                               {QStringLiteral("data"), data}};
        const auto first =
            wait<qint64>([&](auto done) { messages.sendTemplate(body, this, done); });
        const auto again =
            wait<qint64>([&](auto done) { messages.sendTemplate(body, this, done); });
        QVERIFY(first.ok() && again.ok());
        QCOMPARE(again.value, first.value);
        QCOMPARE(m_emu->get(QStringLiteral("/_emu/messages"))
                     .value(QStringLiteral("messages"))
                     .toArray()
                     .size(),
                 1);

        QJsonObject missing = body;
        missing.insert(QStringLiteral("data"), QJsonObject{});
        const auto bad =
            wait<qint64>([&](auto done) { messages.sendTemplate(missing, this, done); });
        QCOMPARE(bad.error.errcode, 47003);
    }

    void miniProgramCodeIsPng()
    {
        MiniProgramApi mp(*m_mp);
        const auto png = wait<QByteArray>([&](auto done) {
            mp.unlimitedCode({{QStringLiteral("scene"), QStringLiteral("a=1")},
                              {QStringLiteral("page"), QStringLiteral("pages/index/index")}},
                             this, done);
        });
        QVERIFY2(png.ok(), qPrintable(png.error.summary()));
        QVERIFY(png.value.startsWith("\x89PNG"));
        const auto bad = wait<QByteArray>([&](auto done) {
            mp.unlimitedCode({{QStringLiteral("page"), QStringLiteral("x")}}, this, done);
        });
        QCOMPARE(bad.error.errcode, 40097);
        const auto link = wait<QString>([&](auto done) {
            mp.urlLink({{QStringLiteral("path"), QStringLiteral("pages/index/index")},
                        {QStringLiteral("expire_type"), 1},
                        {QStringLiteral("expire_interval"), 7}},
                       this, done);
        });
        QVERIFY2(link.ok() && link.value.startsWith(QStringLiteral("https://")),
                 qPrintable(link.error.summary()));
    }

    // Channel QR codes: the four kinds from a scene and a lifetime; limits refused before a
    // request; wxemu refuses what WeChat refuses.
    // Where wxemu answered otherwise than WeChat's documented replies.
    // Every path wxemu serves answers the way WeChat's error table says for a wrong method
    // (43001/43002), no token (41001), another kind of app's token (48001), an empty body
    // (44002), a body that is not JSON (47001) and a JSON body without the required fields
    // (an error, never a success), except the few WeChat documents as taking an empty body.
    void everyEndpointAnswersWechatsErrcodes()
    {
        const auto tokenOf = [this](const QString &appid, const QString &secret) {
            return m_emu->accessToken(appid, secret);
        };
        const QHash<QString, QString> tokens{
            {QStringLiteral("oa"), tokenOf(Emulator::oaAppid(), Emulator::oaSecret())},
            {QStringLiteral("mp"), tokenOf(Emulator::mpAppid(), Emulator::mpSecret())}};
        QVERIFY(!tokens.value(QStringLiteral("oa")).isEmpty());
        QVERIFY(!tokens.value(QStringLiteral("mp")).isEmpty());
        // Bodies whose fields are all optional in WeChat's documentation.
        const QStringList emptyBodyAllowed{QStringLiteral("/cgi-bin/tags/members/getblacklist"),
                                           QStringLiteral("/cgi-bin/freepublish/batchget")};
        const auto errcode = [](const QJsonObject &reply) {
            return reply.value(QStringLiteral("errcode")).toInt();
        };
        const QJsonArray routes =
            m_emu->get(QStringLiteral("/_emu/routes"))[QStringLiteral("routes")].toArray();
        QVERIFY(routes.size() >= 30);
        QStringList wrong;
        auto expect = [&wrong](const QString &what, int got, int want) {
            if (got != want)
                wrong << QStringLiteral("%1: %2, not %3").arg(what).arg(got).arg(want);
        };
        for (const QJsonValue &value : routes) {
            const QJsonObject route = value.toObject();
            const QString path = route[QStringLiteral("path")].toString();
            const bool post = route[QStringLiteral("method")].toString() == QStringLiteral("POST");
            const QString kind = route[QStringLiteral("kind")].toString();
            const QString token = tokens.value(kind.isEmpty() ? QStringLiteral("oa") : kind);
            const QString withToken = route[QStringLiteral("token")].toBool()
                                          ? path + QStringLiteral("?access_token=") + token
                                          : path;
            if (post)
                expect(path + QStringLiteral(" by GET"), errcode(m_emu->get(withToken)), 43002);
            else
                expect(path + QStringLiteral(" by POST"),
                       errcode(m_emu->postBytes(withToken, "{}")), 43001);
            if (route[QStringLiteral("token")].toBool()) {
                expect(path + QStringLiteral(" without a token"),
                       errcode(post ? m_emu->postBytes(path, "{}") : m_emu->get(path)), 41001);
                if (!kind.isEmpty()) {
                    const QString other = tokens.value(
                        kind == QStringLiteral("oa") ? QStringLiteral("mp") : QStringLiteral("oa"));
                    const QString url = path + QStringLiteral("?access_token=") + other;
                    expect(path + QStringLiteral(" with the other app kind's token"),
                           errcode(post ? m_emu->postBytes(url, "{}") : m_emu->get(url)), 48001);
                }
            }
            if (!post)
                continue;
            expect(path + QStringLiteral(" with an empty body"),
                   errcode(m_emu->postBytes(withToken, QByteArray())), 44002);
            expect(path + QStringLiteral(" with a body that is not JSON"),
                   errcode(m_emu->postBytes(withToken, "{\"a\":")), 47001);
            if (!emptyBodyAllowed.contains(path) && errcode(m_emu->postBytes(withToken, "{}")) == 0)
                wrong << path + QStringLiteral(" accepts {} without its required fields");
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    void wxemuAnswersAsWechatDoes()
    {
        const auto errcode = [](const QJsonObject &reply) {
            return reply.value(QStringLiteral("errcode")).toInt();
        };
        const QString token = QStringLiteral("/cgi-bin/stable_token");
        const QJsonObject grant{
            {QStringLiteral("grant_type"), QStringLiteral("client_credential")}};
        QCOMPARE(errcode(m_emu->post(token, grant)), 41002); // appid missing
        QJsonObject appOnly = grant;
        appOnly.insert(QStringLiteral("appid"), Emulator::oaAppid());
        QCOMPARE(errcode(m_emu->post(token, appOnly)), 41004); // appsecret missing
        QCOMPARE(errcode(m_emu->get(QStringLiteral("/cgi-bin/token?appid=%1&secret=%2")
                                        .arg(Emulator::oaAppid(), Emulator::oaSecret()))),
                 40002); // no grant_type: no token
        QCOMPARE(errcode(m_emu->postBytes(QStringLiteral("/cgi-bin/tags/create"), QByteArray())),
                 44002); // empty post data
        QCOMPARE(errcode(m_emu->postBytes(QStringLiteral("/cgi-bin/tags/create"), "{\"tag\":")),
                 47001); // not JSON

        // user/tag/get gives count and next_openid, no total.
        const Result<ApiResult> members = wait<ApiResult>([&](auto done) {
            m_oa->call(ApiRequest::post(QStringLiteral("/cgi-bin/user/tag/get"),
                                        {{QStringLiteral("tagid"), 100}}),
                       this, [done](const ApiResult &r) {
                           done({r.error, r});
                       });
        });
        QVERIFY2(members.value.ok(), qPrintable(members.value.error.summary()));
        QVERIFY(members.value.json.contains(QStringLiteral("count")));
        QVERIFY(!members.value.json.contains(QStringLiteral("total")));

        // A small account's cumulative followers never go below zero.
        Emulator small({QStringLiteral("--followers"), QStringLiteral("12")});
        QVERIFY2(small.isRunning(), qPrintable(small.error()));
        AppConfig app = m_oa->app();
        app.apiBase = small.baseUrl();
        WechatClient client(app, m_secrets);
        const QDate end = QDate::currentDate().addDays(-1);
        const Result<ApiResult> cumulate = wait<ApiResult>([&](auto done) {
            client.call(ApiRequest::post(
                            QStringLiteral("/datacube/getusercumulate"),
                            {{QStringLiteral("begin_date"), end.addDays(-6).toString(Qt::ISODate)},
                             {QStringLiteral("end_date"), end.toString(Qt::ISODate)}}),
                        this, [done](const ApiResult &r) {
                            done({r.error, r});
                        });
        });
        QVERIFY2(cumulate.value.ok(), qPrintable(cumulate.value.error.summary()));
        const QJsonArray days = cumulate.value.json.value(QStringLiteral("list")).toArray();
        QCOMPARE(days.size(), 7);
        for (const QJsonValue &day : days)
            QVERIFY(day.toObject().value(QStringLiteral("cumulate_user")).toInt() >= 0);
    }

    void libraryIsBrowsedPageByPage()
    {
        MaterialApi library(*m_oa);
        const Result<MaterialCounts> counts =
            wait<MaterialCounts>([&](auto done) { library.counts(this, done); });
        QVERIFY2(counts.ok(), qPrintable(counts.error.summary()));
        QVERIFY(counts.value.news > MaterialApi::kPageSize * 2);
        QVERIFY(counts.value.images > 0);

        // Every news material, 20 a request, newest first, each with a title and a cover.
        QStringList ids;
        qint64 previousUpdate = std::numeric_limits<qint64>::max();
        for (int offset = 0; offset < counts.value.news; offset += MaterialApi::kPageSize) {
            const Result<LibraryPage> page = wait<LibraryPage>(
                [&](auto done) { library.materials(QStringLiteral("news"), offset, this, done); });
            QVERIFY2(page.ok(), qPrintable(page.error.summary()));
            QCOMPARE(page.value.total, counts.value.news);
            for (const LibraryItem &item : page.value.items) {
                QVERIFY(!item.id.isEmpty() && !item.title.isEmpty() && !item.coverUrl.isEmpty());
                QVERIFY(item.updatedAt <= previousUpdate);
                previousUpdate = item.updatedAt;
                ids << item.id;
            }
        }
        QCOMPARE(ids.size(), counts.value.news);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        QCOMPARE(m_emu->count(QStringLiteral("/cgi-bin/material/batchget_material")),
                 (counts.value.news + MaterialApi::kPageSize - 1) / MaterialApi::kPageSize);

        // Published articles carry an article_id; their covers load from the image host.
        const Result<LibraryPage> published =
            wait<LibraryPage>([&](auto done) { library.published(0, this, done); });
        QVERIFY2(published.ok(), qPrintable(published.error.summary()));
        QVERIFY(published.value.total > 0);
        QVERIFY(published.value.items.first().id.startsWith(QLatin1String("ARTICLE")));
        const Result<QByteArray> cover = wait<QByteArray>(
            [&](auto done) { library.image(published.value.items.first().coverUrl, this, done); });
        QVERIFY2(cover.ok(), qPrintable(cover.error.summary()));
        QVERIFY(cover.value.startsWith("\x89PNG"));

        // A type WeChat does not know: 40004.
        const Result<LibraryPage> bad = wait<LibraryPage>(
            [&](auto done) { library.materials(QStringLiteral("gif"), 0, this, done); });
        QCOMPARE(bad.error.errcode, 40004);
    }

    void channelQrCodesOfEveryKind()
    {
        QrCodeApi qr(*m_oa);
        const auto create = [&](const QString &scene, bool permanent, int seconds) {
            return wait<ChannelQrCode>(
                [&](auto done) { qr.create(scene, permanent, seconds, this, done); });
        };
        const Result<ChannelQrCode> poster =
            create(QStringLiteral("poster-spring"), false, 7 * 24 * 3600);
        QVERIFY2(poster.ok(), qPrintable(poster.error.summary()));
        QVERIFY(!poster.value.ticket.isEmpty());
        QCOMPARE(poster.value.expireSeconds, 7 * 24 * 3600);
        const Result<ChannelQrCode> shop = create(QStringLiteral("7"), true, 0);
        QVERIFY2(shop.ok(), qPrintable(shop.error.summary()));
        QCOMPARE(shop.value.expireSeconds, 0); // permanent
        QVERIFY(shop.value.url.endsWith(QLatin1String("-7")));
        QVERIFY(shop.value.ticket != poster.value.ticket);
        QCOMPARE(m_emu->count(QStringLiteral("/cgi-bin/qrcode/create")), 2);

        // Over the limits: refused here, nothing sent.
        for (const auto &[scene, permanent, seconds] :
             {std::tuple{QString(65, u'x'), false, 3600},
              std::tuple{QStringLiteral("100001"), true, 0},
              std::tuple{QStringLiteral("shop"), false, 31 * 24 * 3600},
              std::tuple{QString(), true, 0}}) {
            const Result<ChannelQrCode> refused = create(scene, permanent, seconds);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error.kind, ApiError::Kind::Refused);
        }
        QCOMPARE(m_emu->count(QStringLiteral("/cgi-bin/qrcode/create")), 2);

        // wxemu answers a bad action as WeChat does.
        const Result<ApiResult> bad = wait<ApiResult>([&](auto done) {
            m_oa->call(ApiRequest::post(QStringLiteral("/cgi-bin/qrcode/create"),
                                        {{QStringLiteral("action_name"), QStringLiteral("QR_X")}}),
                       this, [done](const ApiResult &r) {
                           done({r.error, r});
                       });
        });
        QCOMPARE(bad.value.error.errcode, 40097);
    }

    void cleanupTestCase()
    {
        m_oa.reset();
        m_mp.reset();
        m_emu.reset();
    }

private:
    std::unique_ptr<Emulator> m_emu;
    FixedSecrets m_secrets;
    std::unique_ptr<WechatClient> m_oa;
    std::unique_ptr<WechatClient> m_mp;
};

QTEST_GUILESS_MAIN(TestWrappers)
#include "tst_wrappers.moc"
