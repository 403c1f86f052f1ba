#include "TemplateLibrary.h"

#include "storage/AuditLog.h"
#include "wechat/MessageApi.h"
#include "wechat/WechatClient.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLibrary)
};
} // namespace

TemplateLibrary::TemplateLibrary(DbConnection db, WechatClient &client, QObject *parent)
    : QObject(parent), m_db(db), m_client(client)
{
}

Status TemplateLibrary::record(const QString &action, const QString &templateId,
                               const QJsonObject &details)
{
    QJsonObject withApp = details;
    withApp.insert(QStringLiteral("appid"), m_client.app().appid);
    return AuditLog(m_db).record(AuditLog::currentActor(), action,
                                 QStringLiteral("template:%1").arg(templateId), withApp);
}

void TemplateLibrary::list(std::function<void(const Status &, const QList<MessageTemplate> &)> done)
{
    MessageApi(m_client).templates(this, [this, done](const Result<QList<MessageTemplate>> &r) {
        done(r.ok() ? Status::ok() : Status::failure(r.error.userMessage(m_client.app())), r.value);
    });
}

void TemplateLibrary::add(const QString &shortId,
                          std::function<void(const Status &, const QString &)> done)
{
    // Short ids look like OPENTM400231951 (letters and digits); anything else is a typo.
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{4,64}$"));
    if (!shape.match(shortId.trimmed()).hasMatch())
        return done(Status::failure(Text::tr("A template's short ID is the code shown in the "
                                             "industry library, for example OPENTM400231951.")),
                    {});
    MessageApi(m_client).addTemplate(shortId, this, [=, this](const Result<QString> &added) {
        if (!added.ok())
            return done(Status::failure(added.error.userMessage(m_client.app())), {});
        done(record(QStringLiteral("template.add"), added.value,
                    {{QStringLiteral("short_id"), shortId.trimmed()}}),
             added.value);
    });
}

void TemplateLibrary::remove(const QString &templateId, std::function<void(const Status &)> done)
{
    MessageApi(m_client).deleteTemplate(templateId, this, [=, this](const ApiError &error) {
        if (!error.ok())
            return done(Status::failure(error.userMessage(m_client.app())));
        done(record(QStringLiteral("template.delete"), templateId, {}));
    });
}
