#pragma once

#include <functional>
#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

// One HTTP request as the emulated endpoints see it.
struct Call
{
    QString method; // "GET" or "POST"
    QString path;
    QUrlQuery query;
    QByteArray body;
    QJsonObject json; // the body parsed, when it is a JSON object
    bool jsonValid = false;
    QHostAddress peer;
    QUrl base;       // scheme, host and port the caller reached (for URLs in replies)
    QString appid;   // from the access_token, for routes that need one
    QString appKind; // "oa" or "mp"
};

// What an endpoint answers.
struct Reply
{
    int httpStatus = 200;
    QByteArray contentType = "application/json; encoding=utf-8";
    QByteArray body;

    static Reply json(const QJsonObject &object)
    {
        Reply r;
        r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return r;
    }
    // WeChat's error shape: HTTP 200 with errcode/errmsg.
    static Reply error(int errcode, const QString &errmsg)
    {
        return json(QJsonObject{{QStringLiteral("errcode"), errcode},
                                {QStringLiteral("errmsg"), errmsg + QStringLiteral(" rid: emu")}});
    }
    static Reply ok(QJsonObject object = {})
    {
        object.insert(QStringLiteral("errcode"), 0);
        object.insert(QStringLiteral("errmsg"), QStringLiteral("ok"));
        return json(object);
    }
};

using Handler = std::function<Reply(const Call &)>;

struct Route
{
    QString method = QStringLiteral("POST");
    bool needsToken = true;
    QString kind; // "oa", "mp" or empty: which app's token the API accepts
    Handler handler;
};
using Routes = QHash<QString, Route>; // by path

// Each group of emulated endpoints adds its routes here.
class EmulatorState;
void addAccountRoutes(EmulatorState &state, Routes &routes);
void addMessageRoutes(EmulatorState &state, Routes &routes);
void addMiniProgramRoutes(EmulatorState &state, Routes &routes);
void addDatacubeRoutes(EmulatorState &state, Routes &routes);
void addMaterialRoutes(EmulatorState &state, Routes &routes);
