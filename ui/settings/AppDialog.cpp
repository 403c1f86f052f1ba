#include "AppDialog.h"

#include "accounts/AccountService.h"
#include "AppListModel.h"
#include "MessageTone.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
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

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    setTone(m_error, Tone::Error);
    m_error->hide();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AppDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
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
    return m_error->isVisible() ? m_error->text() : QString();
}

void AppDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void AppDialog::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void AppDialog::accept()
{
    const Status valid = AccountService::validate(app());
    if (!valid.isOk()) {
        showError(valid.message());
        return;
    }
    showError(QString());
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
