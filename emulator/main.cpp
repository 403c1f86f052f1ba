// wxemu: an offline stand-in for api.weixin.qq.com, for tests, the demo and benchmarks.
// It shares no code with core/wechat: it is the other side of the wire, written from the docs.
#include "EmulatorServer.h"
#include "MpExport.h"

#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTextStream>

namespace {
bool parseApp(const QString &text, EmulatedApp *app)
{
    const QStringList parts = text.split(u':');
    if (parts.size() != 3 || (parts[0] != QStringLiteral("oa") && parts[0] != QStringLiteral("mp")))
        return false;
    *app = {parts[0], parts[1], parts[2]};
    return true;
}

bool parsePathNumbers(const QStringList &values, QHash<QString, int> *out)
{
    for (const QString &value : values) {
        const qsizetype eq = value.lastIndexOf(u'=');
        bool ok = false;
        const int n = eq > 0 ? value.mid(eq + 1).toInt(&ok) : -1;
        if (!ok || n < 0)
            return false;
        out->insert(value.left(eq), n);
    }
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wxemu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WXOPS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "wxemu: an offline emulator of WeChat's server API (api.weixin.qq.com) for wxops tests, "
        "demo and benchmarks. Inspection API under /_emu/ (messages, counts, population, "
        "followers, routes, tokens, reset, "
        "config, new-day, expire-tokens, unsubscribe, interact, accept, refuse)."));
    parser.addHelpOption();
    parser.addVersionOption();
    auto option = [&parser](const QString &name, const QString &help,
                            const QString &value = QString(), const QString &def = QString()) {
        QCommandLineOption o(name, help, value, def);
        parser.addOption(o);
        return o;
    };
    const auto port =
        option(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0 picks a free one)."),
               QStringLiteral("n"), QStringLiteral("0"));
    const auto seed =
        option(QStringLiteral("seed"), QStringLiteral("Seed of the synthetic population."),
               QStringLiteral("n"), QStringLiteral("1"));
    const auto followers = option(QStringLiteral("followers"),
                                  QStringLiteral("Official Account followers (past and present)."),
                                  QStringLiteral("n"), QStringLiteral("1000"));
    const auto unionidRatio =
        option(QStringLiteral("unionid-ratio"),
               QStringLiteral("Share of people whose unionid WeChat returns."), QStringLiteral("r"),
               QStringLiteral("0.8"));
    const auto mpUsers = option(QStringLiteral("mp-users"), QStringLiteral("Mini Program users."),
                                QStringLiteral("n"), QStringLiteral("600"));
    const auto overlap = option(QStringLiteral("overlap"),
                                QStringLiteral("Share of MP users who are also OA followers."),
                                QStringLiteral("r"), QStringLiteral("0.6"));
    const auto tags =
        option(QStringLiteral("tags"), QStringLiteral("Tags the account starts with."),
               QStringLiteral("n"), QStringLiteral("8"));
    const auto latency =
        option(QStringLiteral("latency-ms"), QStringLiteral("Delay before every reply."),
               QStringLiteral("ms"), QStringLiteral("0"));
    const auto faultRate =
        option(QStringLiteral("fault-rate"), QStringLiteral("Share of API calls that fail."),
               QStringLiteral("r"), QStringLiteral("0"));
    const auto faults =
        option(QStringLiteral("faults"),
               QStringLiteral("Fault kinds: busy,http500,timeout,reset,minute-limit,lost-reply "
                              "(the call takes effect, the reply is lost),huge-reply (50 MB), "
                              "cut-json (a reply whose JSON stops midway)."),
               QStringLiteral("list"), QStringLiteral("busy,http500,timeout,reset,minute-limit"));
    const auto tokenTtl =
        option(QStringLiteral("token-ttl"), QStringLiteral("Access token lifetime in seconds."),
               QStringLiteral("s"), QStringLiteral("7200"));
    const auto quota = option(
        QStringLiteral("quota"),
        QStringLiteral(
            "Daily quota for a path, e.g. /cgi-bin/message/template/send=1000 (repeatable)."),
        QStringLiteral("path=n"));
    const auto minuteLimit =
        option(QStringLiteral("minute-limit"),
               QStringLiteral("Calls a minute for a path (repeatable; sendall defaults to 60)."),
               QStringLiteral("path=n"));
    const auto denyIp =
        option(QStringLiteral("deny-ip"),
               QStringLiteral("Answer every call with 40164 (caller IP not whitelisted)."));
    const auto appOption =
        option(QStringLiteral("app"),
               QStringLiteral("An app as kind:appid:secret, kind oa or mp (repeatable)."),
               QStringLiteral("spec"));
    const auto exportMp =
        option(QStringLiteral("export-mp"),
               QStringLiteral("Write the Mini Program backend export (JSON Lines) and exit."),
               QStringLiteral("file"));
    const auto eventsPerUser = option(
        QStringLiteral("events-per-user"),
        QStringLiteral("Events per MP user in --export-mp (its subscribe_msg_accept events are the "
                       "acceptances the emulator honours)."),
        QStringLiteral("n"), QStringLiteral("5"));
    parser.process(app);

    QTextStream err(stderr);
    PopulationOptions population;
    population.seed = parser.value(seed).toULongLong();
    population.followers = parser.value(followers).toInt();
    population.unionidRatio = parser.value(unionidRatio).toDouble();
    population.mpUsers = parser.value(mpUsers).toInt();
    population.overlap = parser.value(overlap).toDouble();
    population.tags = qBound(0, parser.value(tags).toInt(), 20);
    population.eventsPerUser = qMax(0, parser.value(eventsPerUser).toInt());

    QList<EmulatedApp> apps{{QStringLiteral("oa"), population.oaAppid,
                             QStringLiteral("emu-oa-secret-0123456789abcdef")},
                            {QStringLiteral("mp"), population.mpAppid,
                             QStringLiteral("emu-mp-secret-0123456789abcdef")}};
    for (const QString &spec : parser.values(appOption)) {
        EmulatedApp app;
        if (!parseApp(spec, &app)) {
            err << "wxemu: --app wants kind:appid:secret with kind oa or mp, got " << spec
                << Qt::endl;
            return 64;
        }
        for (EmulatedApp &existing : apps)
            if (existing.kind == app.kind)
                existing = app;
        (app.kind == QStringLiteral("oa") ? population.oaAppid : population.mpAppid) = app.appid;
    }

    if (parser.isSet(exportMp)) {
        const QString error = writeMpExport(Population(population), parser.value(exportMp));
        if (!error.isEmpty()) {
            err << "wxemu: cannot write " << parser.value(exportMp) << ": " << error << Qt::endl;
            return 1;
        }
        return 0;
    }

    EmulatorConfig config;
    config.latencyMs = parser.value(latency).toInt();
    config.faultRate = parser.value(faultRate).toDouble();
    config.faultKinds = parser.value(faults).split(u',', Qt::SkipEmptyParts);
    config.tokenTtlSeconds = parser.value(tokenTtl).toInt();
    config.denyIp = parser.isSet(denyIp);
    config.minuteLimit.insert(QStringLiteral("/cgi-bin/message/mass/sendall"), 60);
    if (!parsePathNumbers(parser.values(quota), &config.dailyQuota) ||
        !parsePathNumbers(parser.values(minuteLimit), &config.minuteLimit)) {
        err << "wxemu: --quota and --minute-limit want PATH=N" << Qt::endl;
        return 64;
    }

    EmulatorState state(population, apps, config);
    EmulatorServer server(state);
    const quint16 listening =
        server.listen(QHostAddress::LocalHost, quint16(parser.value(port).toUInt()));
    if (listening == 0) {
        err << "wxemu: cannot listen on 127.0.0.1:" << parser.value(port) << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    out << "wxemu listening on http://127.0.0.1:" << listening << Qt::endl;
    for (const EmulatedApp &app : apps)
        out << "app " << app.kind << ' ' << app.appid << ' ' << app.secret << Qt::endl;
    out << "followers " << population.followers << " subscribed " << state.subscribedCount()
        << " mp-users " << population.mpUsers << Qt::endl;
    return app.exec();
}
