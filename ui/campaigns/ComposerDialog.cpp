#include "ComposerDialog.h"

#include "credentials/SecretStore.h"
#include "messaging/CampaignStore.h"
#include "segments/SegmentStore.h"
#include "storage/AppRepository.h"
#include "storage/Sql.h"
#include "util/Clock.h"
#include "wechat/MessageApi.h"
#include "wechat/WechatClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {
QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // text from WeChat and from people is never markup
    label->setWordWrap(true);
    return label;
}
} // namespace

ComposerDialog::ComposerDialog(QSqlDatabase db, SecretStore &secrets, QWidget *parent)
    : QDialog(parent), m_db(db), m_secrets(secrets), m_name(new QLineEdit(this)),
      m_app(new QComboBox(this)), m_segment(new QComboBox(this)), m_template(new QComboBox(this)),
      m_fieldForm(new QFormLayout), m_url(new QLineEdit(this)), m_rate(new QDoubleSpinBox(this)),
      m_concurrency(new QSpinBox(this)), m_cap(new QCheckBox(tr("At most"), this)),
      m_capMessages(new QSpinBox(this)), m_capDays(new QSpinBox(this)),
      m_scheduled(new QCheckBox(tr("Start at"), this)), m_startAt(new QDateTimeEdit(this)),
      m_quiet(new QCheckBox(tr("Not between"), this)), m_quietFrom(new QTimeEdit(this)),
      m_quietTo(new QTimeEdit(this)), m_previewTitle(plainLabel(this)),
      m_previewBody(plainLabel(this)), m_previewWho(plainLabel(this)), m_audience(plainLabel(this)),
      m_testOpenid(new QLineEdit(this)), m_testButton(new QPushButton(tr("Send &test"), this)),
      m_testResult(plainLabel(this)), m_create(nullptr)
{
    setWindowTitle(tr("New campaign"));
    buildForm();
    for (const AppConfig &app : AppRepository(m_db).all())
        if (app.kind == AppConfig::Kind::OfficialAccount)
            m_app->addItem(QStringLiteral("%1 (%2)").arg(app.name, app.appid), app.appid);
    QList<SegmentStore::Segment> segments;
    SegmentStore(m_db, Clock::system()).list(&segments);
    for (const SegmentStore::Segment &s : std::as_const(segments))
        m_segment->addItem(s.name, s.name);
    connect(m_app, &QComboBox::currentIndexChanged, this, [this] {
        m_client.reset();
        updateSample();
        updateAudience();
    });
    connect(m_segment, &QComboBox::currentIndexChanged, this, [this] {
        updateSample();
        updateAudience();
    });
    connect(m_template, &QComboBox::currentIndexChanged, this, &ComposerDialog::rebuildFields);
    connect(m_cap, &QCheckBox::toggled, this, &ComposerDialog::updateAudience);
    connect(m_capMessages, &QSpinBox::valueChanged, this, &ComposerDialog::updateAudience);
    connect(m_capDays, &QSpinBox::valueChanged, this, &ComposerDialog::updateAudience);
    connect(m_testButton, &QPushButton::clicked, this, &ComposerDialog::sendTest);
    updateSample();
    updateAudience();
}

ComposerDialog::~ComposerDialog() = default;

void ComposerDialog::buildForm()
{
    m_name->setObjectName(QStringLiteral("name"));
    m_app->setObjectName(QStringLiteral("app"));
    m_segment->setObjectName(QStringLiteral("segment"));
    m_template->setObjectName(QStringLiteral("template"));
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(tr("optional: https://…"));
    m_rate->setObjectName(QStringLiteral("rate"));
    m_rate->setRange(0.1, CampaignDefinition::kMaxRatePerSecond);
    m_rate->setValue(20);
    m_rate->setSuffix(tr(" a second"));
    m_concurrency->setObjectName(QStringLiteral("concurrency"));
    m_concurrency->setRange(1, CampaignDefinition::kMaxConcurrency);
    m_concurrency->setValue(4);
    m_cap->setObjectName(QStringLiteral("cap"));
    m_capMessages->setRange(1, 100);
    m_capMessages->setValue(3);
    m_capMessages->setSuffix(tr(" messages"));
    m_capDays->setRange(1, 365);
    m_capDays->setValue(7);
    m_capDays->setPrefix(tr("in "));
    m_capDays->setSuffix(tr(" days"));
    m_testOpenid->setObjectName(QStringLiteral("testOpenid"));
    m_testOpenid->setPlaceholderText(tr("a staff member's OpenID"));
    m_testButton->setObjectName(QStringLiteral("sendTest"));
    m_audience->setObjectName(QStringLiteral("audience"));
    m_previewBody->setObjectName(QStringLiteral("preview"));

    auto *load = new QPushButton(tr("&Load"), this);
    load->setToolTip(tr("Fetch the Official Account's templates from WeChat"));
    connect(load, &QPushButton::clicked, this, &ComposerDialog::loadTemplates);
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(load);
    auto *capRow = new QHBoxLayout;
    capRow->addWidget(m_cap);
    capRow->addWidget(m_capMessages);
    capRow->addWidget(m_capDays);
    capRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Official Account:"), m_app);
    form->addRow(tr("&Segment:"), m_segment);
    auto *templateLabel = new QLabel(tr("&Template:"), this);
    templateLabel->setBuddy(m_template); // a row of two widgets gets no buddy by itself
    form->addRow(templateLabel, templateRow);
    auto *fieldsBox = new QGroupBox(tr("Fields ({{member_id}}, {{remark}}, {{profile_id}}; "
                                       "\"|\" adds a fallback)"),
                                    this);
    fieldsBox->setLayout(m_fieldForm);
    // Times are Beijing time, where the followers are, whatever this computer's zone.
    const QTimeZone beijing(QByteArrayLiteral("Asia/Shanghai"));
    m_scheduled->setObjectName(QStringLiteral("scheduled"));
    m_startAt->setObjectName(QStringLiteral("startAt"));
    // The edit shows a wall-clock time; definition() reads it as Beijing time.
    const QDateTime inAnHour = QDateTime::currentDateTime().toTimeZone(beijing).addSecs(3600);
    m_startAt->setDateTime(QDateTime(inAnHour.date(), inAnHour.time()));
    m_startAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_startAt->setCalendarPopup(true);
    m_quiet->setObjectName(QStringLiteral("quiet"));
    m_quiet->setChecked(true); // nobody wants a template message at 3 a.m.
    m_quietFrom->setObjectName(QStringLiteral("quietFrom"));
    m_quietFrom->setTime(QTime(22, 0));
    m_quietTo->setObjectName(QStringLiteral("quietTo"));
    m_quietTo->setTime(QTime(8, 0));
    for (QTimeEdit *edit : {m_quietFrom, m_quietTo})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *whenRow = new QHBoxLayout;
    whenRow->addWidget(m_scheduled);
    whenRow->addWidget(m_startAt);
    whenRow->addWidget(m_quiet);
    whenRow->addWidget(m_quietFrom);
    whenRow->addWidget(new QLabel(QStringLiteral("–"), this));
    whenRow->addWidget(m_quietTo);
    whenRow->addWidget(new QLabel(tr("(Beijing time)"), this));
    whenRow->addStretch();
    auto *pace = new QFormLayout;
    pace->addRow(tr("&Link:"), m_url);
    pace->addRow(tr("&Rate:"), m_rate);
    pace->addRow(tr("&Concurrency:"), m_concurrency);
    pace->addRow(tr("Frequency cap:"), capRow);
    pace->addRow(tr("When:"), whenRow);

    // The preview: a message card as a phone shows it.
    auto *phone = new QFrame(this);
    phone->setObjectName(QStringLiteral("phone"));
    phone->setStyleSheet(QStringLiteral(
        "#phone { background: #ededed; border: 8px solid #333; border-radius: 22px; }"
        "#card { background: white; border-radius: 6px; }"));
    phone->setMinimumWidth(280);
    auto *card = new QFrame(phone);
    card->setObjectName(QStringLiteral("card"));
    QFont bold = m_previewTitle->font();
    bold.setBold(true);
    m_previewTitle->setFont(bold);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(m_previewTitle);
    cardLayout->addWidget(m_previewBody);
    auto *phoneLayout = new QVBoxLayout(phone);
    phoneLayout->addWidget(card);
    phoneLayout->addStretch();
    phoneLayout->addWidget(m_previewWho);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testOpenid, 1);
    testRow->addWidget(m_testButton);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(fieldsBox);
    left->addLayout(pace);
    left->addWidget(m_audience);
    left->addLayout(testRow);
    left->addWidget(m_testResult);
    left->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(phone, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create…"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    rebuildFields();
}

WechatClient *ComposerDialog::client()
{
    if (!m_client) {
        const std::optional<AppConfig> app =
            AppRepository(m_db).find(m_app->currentData().toString());
        if (!app)
            return nullptr;
        m_client = std::make_unique<WechatClient>(*app, m_secrets);
    }
    return m_client.get();
}

void ComposerDialog::loadTemplates()
{
    WechatClient *wechat = client();
    if (!wechat) {
        m_testResult->setText(tr("Add an Official Account in Settings first."));
        return;
    }
    m_testResult->setText(tr("Fetching templates…"));
    MessageApi(*wechat).templates(this, [this, wechat](const Result<QList<MessageTemplate>> &r) {
        if (!r.ok()) {
            m_testResult->setText(r.error.userMessage(wechat->app()));
            return;
        }
        m_testResult->clear();
        setTemplates(r.value);
    });
}

void ComposerDialog::setTemplates(const QList<MessageTemplate> &templates)
{
    m_templates = templates;
    const QSignalBlocker blocker(m_template);
    m_template->clear();
    for (const MessageTemplate &t : templates)
        m_template->addItem(QStringLiteral("%1 · %2").arg(t.title, t.templateId), t.templateId);
    rebuildFields();
}

MessageTemplate ComposerDialog::currentTemplate() const
{
    const QString id = m_template->currentData().toString();
    for (const MessageTemplate &t : m_templates)
        if (t.templateId == id)
            return t;
    return {};
}

void ComposerDialog::rebuildFields()
{
    while (m_fieldForm->rowCount() > 0)
        m_fieldForm->removeRow(0);
    m_fields.clear();
    const MessageTemplate t = currentTemplate();
    for (const QString &key : t.keys()) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("field_") + key);
        connect(edit, &QLineEdit::textChanged, this, &ComposerDialog::updatePreview);
        m_fieldForm->addRow(key + QLatin1Char(':'), edit);
        m_fields.append({key, edit});
    }
    if (m_fields.isEmpty())
        m_fieldForm->addRow(plainLabel(this));
    m_previewTitle->setText(t.title.isEmpty() ? tr("Choose a template") : t.title);
    updatePreview();
}

CampaignDefinition ComposerDialog::definition() const
{
    CampaignDefinition d;
    d.name = m_name->text().trimmed();
    d.appid = m_app->currentData().toString();
    d.segment = m_segment->currentData().toString();
    d.channel = QStringLiteral("template");
    d.templateId = m_template->currentData().toString();
    for (const auto &[key, edit] : m_fields)
        d.fields.insert(key, edit->text());
    d.url = m_url->text().trimmed();
    d.ratePerSecond = m_rate->value();
    d.concurrency = m_concurrency->value();
    if (m_cap->isChecked()) {
        d.capMessages = m_capMessages->value();
        d.capDays = m_capDays->value();
    }
    if (m_scheduled->isChecked()) {
        const QDateTime shown = m_startAt->dateTime();
        d.scheduledAt =
            QDateTime(shown.date(), shown.time(), QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
                .toMSecsSinceEpoch();
    }
    if (m_quiet->isChecked() && m_quietFrom->time() != m_quietTo->time()) {
        d.quietFrom = m_quietFrom->time().msecsSinceStartOfDay() / 60000;
        d.quietTo = m_quietTo->time().msecsSinceStartOfDay() / 60000;
    }
    return d;
}

void ComposerDialog::updateSample()
{
    m_sample = {};
    Status status = Status::ok();
    const qint64 app = AppRepository(m_db).rowId(m_app->currentData().toString(), &status);
    QSqlQuery q(m_db);
    if (app &&
        Sql::run(q,
                 QStringLiteral("SELECT a.profile_id, a.openid, p.member_id, a.remark FROM "
                                "segment_members m JOIN segments s ON s.id = m.segment_id "
                                "JOIN accounts a ON a.profile_id = m.profile_id AND "
                                "a.app_id = ? LEFT JOIN profiles p ON p.id = a.profile_id "
                                "WHERE s.name = ? ORDER BY a.id LIMIT 1"),
                 {app, m_segment->currentData().toString()}) &&
        q.next())
        m_sample = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString()};
    updatePreview();
}

void ComposerDialog::updatePreview()
{
    const CampaignDefinition d = definition();
    const QMap<QString, QString> filled = MessageRenderer(d).fields(m_sample);
    QStringList lines;
    for (const auto &[key, edit] : m_fields)
        lines << QStringLiteral("%1: %2").arg(key, filled.value(key));
    m_previewBody->setText(lines.join(QLatin1Char('\n')));
    m_previewWho->setText(m_sample.profileId
                              ? tr("As profile %1 will read it").arg(m_sample.profileId)
                              : tr("Refresh the segment to preview it for one of its people"));
    m_create->setEnabled(!d.name.isEmpty() && !d.appid.isEmpty() && !d.segment.isEmpty() &&
                         !d.templateId.isEmpty());
}

void ComposerDialog::updateAudience()
{
    CampaignDefinition d = definition();
    if (d.appid.isEmpty() || d.segment.isEmpty()) {
        m_audience->setText(tr("Choose an Official Account and a segment."));
        return;
    }
    CampaignStore::Counts counts;
    const Status status = CampaignStore(m_db, Clock::system()).audience(d, &counts);
    if (!status.isOk()) {
        m_audience->setText(status.message());
        return;
    }
    const QLocale locale;
    m_audience->setText(
        tr("Will receive it: %1 (as of the segment's last refresh). Left out: %2 not following, "
           "%3 opted out, %4 over the frequency cap, %5 without an account on this app.")
            .arg(locale.toString(counts.count(QStringLiteral("pending"))),
                 locale.toString(counts.byReason.value(QStringLiteral("unsubscribed"))),
                 locale.toString(counts.byReason.value(QStringLiteral("opted_out"))),
                 locale.toString(counts.byReason.value(QStringLiteral("frequency_cap"))),
                 locale.toString(counts.byReason.value(QStringLiteral("no_account")))));
}

void ComposerDialog::sendTest()
{
    WechatClient *wechat = client();
    const QString openid = m_testOpenid->text().trimmed();
    if (!wechat || openid.isEmpty() || m_template->currentData().toString().isEmpty()) {
        m_testResult->setText(tr("Choose a template and enter a staff member's OpenID."));
        return;
    }
    const CampaignDefinition d = definition();
    MessageRenderer::Recipient staff = m_sample; // the sample's variables, the staff's openid
    staff.openid = openid;
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Sending the test…"));
    MessageApi(*wechat).sendTemplate(
        MessageRenderer(d).templateBody(
            staff, QStringLiteral("wxops-test-%1").arg(Clock::system().nowMsecs())),
        this, [this, wechat, openid](const Result<qint64> &r) {
            m_testButton->setEnabled(true);
            m_testResult->setText(r.ok()
                                      ? tr("Test sent to %1 (msgid %2).").arg(openid).arg(r.value)
                                      : r.error.userMessage(wechat->app()));
        });
}

QString ComposerDialog::audienceText() const
{
    return m_audience->text();
}

QString ComposerDialog::previewText() const
{
    return m_previewBody->text();
}

QString ComposerDialog::testResult() const
{
    return m_testResult->text();
}
