// What WeChat's answer to one send means for its rows and for the run (SendOutcome), answer by
// answer, without a network: the run's own tests show the same through wxemu.
#include "messaging/CampaignDefinition.h"
#include "messaging/SendOutcome.h"
#include "wechat/ApiError.h"
#include "wechat/AppConfig.h"
#include "wechat/Errcodes.h"

#include <QtTest>

Q_DECLARE_METATYPE(ApiError)
Q_DECLARE_METATYPE(DeliveryState)
Q_DECLARE_METATYPE(SendOutcome::ForRun)

namespace {
CampaignDefinition definition(const QString &channel)
{
    CampaignDefinition d;
    d.appid = QStringLiteral("wx0000000000000001");
    d.channel = channel;
    return d;
}

ApiError transient(bool requestSent)
{
    ApiError error;
    error.kind = ApiError::Kind::Timeout;
    error.requestSent = requestSent;
    return error;
}
} // namespace

class TestSendOutcome : public QObject
{
    Q_OBJECT
private slots:
    void eachAnswer_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<DeliveryState>("state");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<SendOutcome::ForRun>("forRun");
        using R = SendOutcome::ForRun;
        const QString tmpl = QStringLiteral("template");
        QTest::newRow("sent") << ApiError{} << tmpl << DeliveryState::Sent << QString()
                              << R::Continue;
        QTest::newRow("already sent") << ApiError::wechat(Errcode::AlreadySent, {}) << tmpl
                                      << DeliveryState::Sent << "already_sent" << R::Continue;
        QTest::newRow("daily quota") << ApiError::wechat(Errcode::DailyQuota, {}) << tmpl
                                     << DeliveryState::Pending << QString() << R::QuotaPause;
        QTest::newRow("mass quota") << ApiError::wechat(Errcode::MassQuota, {}) << "mass"
                                    << DeliveryState::Pending << QString() << R::QuotaPause;
        QTest::newRow("bad template") << ApiError::wechat(Errcode::BadTemplateId, {}) << tmpl
                                      << DeliveryState::Failed << QString() << R::Stop;
        QTest::newRow("bad field") << ApiError::wechat(Errcode::BadField, {}) << tmpl
                                   << DeliveryState::Failed << QString() << R::Stop;
        QTest::newRow("not a follower") << ApiError::wechat(Errcode::NotFollower, {}) << tmpl
                                        << DeliveryState::Skipped << "unsubscribed" << R::Continue;
        QTest::newRow("refused by the person")
            << ApiError::wechat(Errcode::UserRefused, {}) << tmpl << DeliveryState::Skipped
            << "refused" << R::Continue;
        QTest::newRow("no acceptance left")
            << ApiError::wechat(Errcode::UserRefused, {}) << "subscribe" << DeliveryState::Skipped
            << "no_acceptance" << R::Continue;
        QTest::newRow("minute limit") << ApiError::wechat(Errcode::MinuteLimit, {}) << tmpl
                                      << DeliveryState::Pending << QString() << R::BackOff;
        QTest::newRow("ip not whitelisted")
            << ApiError::wechat(Errcode::IpNotWhitelisted, QStringLiteral("invalid ip 1.2.3.4"))
            << tmpl << DeliveryState::Pending << QString() << R::Pause;
        QTest::newRow("no answer after sending")
            << transient(true) << tmpl << DeliveryState::Unknown << "no_answer" << R::BackOff;
        QTest::newRow("never left")
            << transient(false) << tmpl << DeliveryState::Pending << QString() << R::BackOff;
        QTest::newRow("other errcode") << ApiError::wechat(40003, {}) << tmpl
                                       << DeliveryState::Failed << QString() << R::Continue;
    }

    void eachAnswer()
    {
        QFETCH(ApiError, error);
        QFETCH(QString, channel);
        QFETCH(DeliveryState, state);
        QFETCH(QString, reason);
        QFETCH(SendOutcome::ForRun, forRun);
        AppConfig app;
        app.appid = QStringLiteral("wx0000000000000001");
        const SendOutcome outcome = SendOutcome::of(error, 42, definition(channel), app);
        QCOMPARE(outcome.rows.state, state);
        QCOMPARE(outcome.rows.reason, reason);
        QCOMPARE(outcome.forRun, forRun);
        QCOMPARE(outcome.rows.msgid, qint64(42));
        // A run that pauses or stops says why, in words for staff.
        const bool explains = forRun == SendOutcome::ForRun::QuotaPause ||
                              forRun == SendOutcome::ForRun::Pause ||
                              forRun == SendOutcome::ForRun::Stop;
        QCOMPARE(!outcome.reason.isEmpty(), explains);
        if (error.ok())
            QCOMPARE(outcome.rows.errcode, 0);
    }
};

QTEST_GUILESS_MAIN(TestSendOutcome)
#include "tst_sendoutcome.moc"
