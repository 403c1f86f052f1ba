#include "AppDialog.h"

#include "accounts/AccountService.h"
#include "AppListModel.h"
#include "credentials/MemorySecrets.h"
#include "MessageTone.h"
#include "wechat/ApiError.h"
#include "wechat/WechatClient.h"

#include <memory>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLineEdit *lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(true);
    return edit;
}
} // namespace

AppDialog::AppDialog(AccountService &service, const std::optional<AppConfig> &existing,
                     QWidget *parent)
    : QDialog(parent), m_service(service), m_editing(existing.has_value()),
      m_name(lineEdit(QStringLiteral("name"), this)), m_kind(new QComboBox(this)),
      m_appid(lineEdit(QStringLiteral("appid"), this)),
      m_apiBase(lineEdit(QStringLiteral("apiBase"), this)),
      m_proxy(lineEdit(QStringLiteral("proxy"), this)),
      m_secret(lineEdit(QStringLiteral("secret"), this)), m_error(new QLabel(this)),
      m_ip(new QLabel(this)), m_copyIp(new QPushButton(tr("&Copy IP"), this)),
      m_test(new QPushButton(tr("&Test connection"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(m_editing ? tr("Edit WeChat app") : tr("Add WeChat app"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(AppListModel::kindName(AppConfig::Kind::OfficialAccount),
                    AppConfig::kindCode(AppConfig::Kind::OfficialAccount));
    m_kind->addItem(AppListModel::kindName(AppConfig::Kind::MiniProgram),
                    AppConfig::kindCode(AppConfig::Kind::MiniProgram));

    m_appid->setPlaceholderText(QStringLiteral("wx1234567890abcdef"));
    m_apiBase->setPlaceholderText(AppConfig::defaultApiBase().toString());
    m_proxy->setPlaceholderText(tr("none (direct), or http://host:port"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(m_editing
                                     ? tr("Stored in the keychain; type a new one to replace it")
                                     : tr("From the WeChat admin platform"));

    if (existing) {
        m_name->setText(existing->name);
        m_kind->setCurrentIndex(existing->kind == AppConfig::Kind::MiniProgram ? 1 : 0);
        m_appid->setText(existing->appid);
        m_appid->setReadOnly(true);
        m_apiBase->setText(existing->apiBase.toString());
        m_proxy->setText(existing->proxy.toString());
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&AppID:"), m_appid);
    form->addRow(tr("App&Secret:"), m_secret);
    form->addRow(tr("API &address:"), m_apiBase);
    form->addRow(tr("&Proxy:"), m_proxy);

    auto *hint = new QLabel(
        tr("WeChat answers only from IP addresses on the app's whitelist. If this computer is not "
           "on it, use the company gateway as the API address or a proxy whose address is."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    // Room for the longest message is kept from the start, so the dialog never changes size
    // under the pointer when a message comes or goes.
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setMinimumHeight(m_error->fontMetrics().lineSpacing() * 5);
    m_error->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_ip->setObjectName(QStringLiteral("publicIp"));
    m_ip->setTextFormat(Qt::PlainText);
    m_ip->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyIp->setObjectName(QStringLiteral("copyIp"));
    m_copyIp->setToolTip(tr("Copy the address to paste into the IP whitelist"));
    connect(m_copyIp, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_deniedIp); });
    auto *ipRow = new QHBoxLayout;
    ipRow->addWidget(m_ip, 1);
    ipRow->addWidget(m_copyIp);
    showIp(QString());

    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setToolTip(tr("Ask WeChat for an access token with these settings, before saving"));
    m_buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    connect(m_test, &QPushButton::clicked, this, &AppDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AppDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addLayout(ipRow);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
}

AppConfig AppDialog::app() const
{
    AppConfig app;
    app.name = m_name->text().trimmed();
    AppConfig::kindFromCode(m_kind->currentData().toString(), &app.kind);
    app.appid = m_appid->text().trimmed();
    app.apiBase = QUrl(m_apiBase->text().trimmed());
    app.proxy = QUrl(m_proxy->text().trimmed());
    return app;
}

QString AppDialog::errorText() const
{
    return m_error->text();
}

void AppDialog::showError(const QString &text)
{
    setTone(m_error, Tone::Error);
    m_error->setText(text);
}

void AppDialog::showIp(const QString &ip)
{
    m_deniedIp = ip;
    // Kept in the layout while empty: the dialog keeps its size.
    m_ip->setText(ip.isEmpty() ? QString()
                               : tr("WeChat saw this computer as %1: add it to the app's IP "
                                    "whitelist, or use a gateway or proxy that is on it.")
                                     .arg(ip));
    m_ip->setWordWrap(true);
    QSizePolicy keep = m_copyIp->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_copyIp->setSizePolicy(keep);
    m_copyIp->setVisible(!ip.isEmpty());
}

QLineEdit *AppDialog::fieldEdit(AccountService::Field field) const
{
    switch (field) {
    case AccountService::Field::Name:
        return m_name;
    case AccountService::Field::AppId:
        return m_appid;
    case AccountService::Field::Secret:
        return m_secret;
    case AccountService::Field::ApiBase:
        return m_apiBase;
    case AccountService::Field::Proxy:
        return m_proxy;
    }
    return m_name;
}

bool AppDialog::checkFields()
{
    const QString secret = m_secret->text();
    const QList<AccountService::Problem> found =
        AccountService::problems(app(), m_editing ? nullptr : &secret);
    QStringList messages;
    for (QLineEdit *edit : {m_name, m_appid, m_secret, m_apiBase, m_proxy})
        edit->setProperty("invalid", false);
    for (const AccountService::Problem &problem : found) {
        fieldEdit(problem.field)->setProperty("invalid", true);
        messages << problem.message;
    }
    for (QLineEdit *edit : {m_name, m_appid, m_secret, m_apiBase, m_proxy}) {
        // A red frame on each field that needs attention (the palette's own error colour).
        edit->setStyleSheet(edit->property("invalid").toBool()
                                ? QStringLiteral("QLineEdit { border: 1px solid %1; }")
                                      .arg(toneColor(palette(), Tone::Error).name())
                                : QString());
    }
    showError(messages.join(QLatin1Char('\n')));
    if (!found.isEmpty())
        fieldEdit(found.constFirst().field)->setFocus(Qt::OtherFocusReason);
    return found.isEmpty();
}

void AppDialog::testConnection()
{
    if (!checkFields())
        return;
    const AppConfig tested = app();
    showIp(QString());
    setTone(m_error, Tone::Plain);
    m_error->setText(
        tr("Testing %1 via %2…").arg(tested.appid, tested.effectiveApiBase().toString()));
    setBusy(true);
    // The secret as typed, or the stored one when editing leaves the field empty.
    std::shared_ptr<MemorySecrets> typed;
    SecretSource *secrets = &m_service.secrets();
    if (!m_secret->text().trimmed().isEmpty()) {
        typed = std::make_shared<MemorySecrets>();
        typed->set(tested.appid, m_secret->text().trimmed());
        secrets = typed.get();
    }
    auto *client = new WechatClient(tested, *secrets, this);
    client->testConnection(this, [this, client, tested, typed](const ApiError &error) {
        client->deleteLater();
        setBusy(false);
        if (error.ok()) {
            setTone(m_error, Tone::Success);
            m_error->setText(tr("Connected: WeChat issued an access token to %1 via %2.")
                                 .arg(tested.appid, tested.effectiveApiBase().toString()));
        } else {
            showError(error.userMessage(tested));
            showIp(error.deniedIp());
        }
        emit testFinished(error.ok());
    });
}

void AppDialog::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
    m_test->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void AppDialog::accept()
{
    if (!checkFields())
        return;
    setBusy(true);
    auto finished = [this](const Status &status) {
        setBusy(false);
        if (!status.isOk()) {
            showError(status.message());
            return;
        }
        m_secret->clear(); // do not keep the secret in memory longer than needed
        QDialog::accept();
    };
    if (m_editing)
        m_service.update(app(), m_secret->text(), this, finished);
    else
        m_service.add(app(), m_secret->text(), this, finished);
}
