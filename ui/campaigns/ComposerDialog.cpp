#include "ComposerDialog.h"

#include "campaigns/LibraryPicker.h"
#include "DialogRunner.h"

#include "credentials/SecretStore.h"
#include "DeliveryText.h"
#include "FormLabels.h"
#include "MessageContentEditor.h"
#include "messaging/CampaignAudience.h"
#include "messaging/CampaignStore.h"
#include "messaging/ChannelSender.h"
#include "PhonePreview.h"
#include "PlainLabel.h"
#include "segments/SegmentStore.h"
#include "storage/AppRepository.h"
#include "storage/TagRepository.h"
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
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {
// A rate as people write it: "20 a second", "0.5 a second", in the locale's format.
class RateSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QString textFromValue(double value) const override { return locale().toString(value, 'g', 6); }
};
} // namespace

namespace {
const int kAppNameRole = Qt::UserRole + 1;
} // namespace

ComposerDialog::ComposerDialog(DbConnection db, SecretStore &secrets, DialogRunner &dialogs,
                               QWidget *parent)
    : QDialog(parent), m_db(db), m_secrets(secrets), m_dialogs(dialogs),
      m_name(new QLineEdit(this)), m_channel(new QComboBox(this)), m_app(new QComboBox(this)),
      m_segment(new QComboBox(this)), m_content(new MessageContentEditor(this)),
      m_rate(new RateSpinBox(this)), m_concurrency(new QSpinBox(this)),
      m_cap(new QCheckBox(tr("At most"), this)), m_capMessages(new QSpinBox(this)),
      m_capDays(new QSpinBox(this)), m_scheduled(new QCheckBox(tr("Start at"), this)),
      m_startAt(new QDateTimeEdit(this)), m_quiet(new QCheckBox(tr("Not between"), this)),
      m_quietFrom(new QTimeEdit(this)), m_quietTo(new QTimeEdit(this)),
      m_preview(new PhonePreview(this)), m_audience(plainLabel(this)), m_missing(plainLabel(this)),
      m_testOpenid(new QLineEdit(this)), m_testButton(new QPushButton(tr("Send &test"), this)),
      m_testResult(plainLabel(this)), m_nextSample(new QPushButton(tr("Ne&xt person"), this)),
      m_create(nullptr)
{
    setWindowTitle(tr("New campaign"));
    for (const QString &channel : CampaignDefinition::channels())
        m_channel->addItem(DeliveryText::channel(channel), channel);
    buildForm();
    fillApps();
    QList<SegmentStore::Segment> segments;
    const Status listed = SegmentStore(m_db, Clock::system()).list(&segments);
    for (const SegmentStore::Segment &s : std::as_const(segments))
        m_segment->addItem(s.name, s.name);
    if (!listed.isOk())
        m_missing->setText(tr("The saved segments cannot be read: %1").arg(listed.message()));
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        m_content->setChannel(m_channel->currentData().toString());
        m_rate->setValue(CampaignDefinition::defaultRate(m_channel->currentData().toString()));
        fillApps(); // a subscribe message comes from a Mini Program, the others from the OA
    });
    connect(m_app, &QComboBox::currentIndexChanged, this, [this] {
        m_client.reset();
        fillTags();
        m_sampleIndex = 0;
        updateSample();
        updateAudience();
    });
    connect(m_segment, &QComboBox::currentIndexChanged, this, [this] {
        m_sampleIndex = 0;
        updateSample();
        updateAudience();
    });
    connect(m_content, &MessageContentEditor::changed, this, [this] {
        // A send to a tag goes to the tag's followers, not to a segment.
        m_segment->setEnabled(!m_content->sendsToTag());
        updatePreview();
        const qint64 audienceTag = definition().massTagId;
        if (audienceTag != m_audienceTag) { // who receives it changed
            m_audienceTag = audienceTag;
            updateAudience();
        }
    });
    connect(m_content, &MessageContentEditor::libraryRequested, this,
            &ComposerDialog::chooseFromLibrary);
    connect(m_content, &MessageContentEditor::loadTemplatesRequested, this,
            &ComposerDialog::loadTemplates);
    connect(m_cap, &QCheckBox::toggled, this, &ComposerDialog::updateAudience);
    connect(m_capMessages, &QSpinBox::valueChanged, this, &ComposerDialog::updateAudience);
    connect(m_capDays, &QSpinBox::valueChanged, this, &ComposerDialog::updateAudience);
    connect(m_name, &QLineEdit::textChanged, this, &ComposerDialog::updatePreview);
    connect(m_testButton, &QPushButton::clicked, this, &ComposerDialog::sendTest);
    connect(m_nextSample, &QPushButton::clicked, this, &ComposerDialog::showNextSample);
    updateSample();
    updateAudience();
}

ComposerDialog::~ComposerDialog() = default;

void ComposerDialog::fillTags()
{
    const StatusOr<QList<QPair<qint64, QString>>> tags =
        TagRepository(m_db).ofApp(m_app->currentData().toString());
    m_content->setTags(tags.value());
    if (!tags.isOk())
        m_missing->setText(tr("The app's tags cannot be read: %1").arg(tags.message()));
}

void ComposerDialog::fillApps()
{
    const bool miniProgram = m_channel->currentData().toString() == QStringLiteral("subscribe");
    const QSignalBlocker blocker(m_app);
    m_app->clear();
    for (const AppConfig &app : AppRepository(m_db).all())
        if ((app.kind == AppConfig::Kind::MiniProgram) == miniProgram) {
            m_app->addItem(QStringLiteral("%1 (%2)").arg(app.name, app.appid), app.appid);
            m_app->setItemData(m_app->count() - 1, app.name, kAppNameRole);
        }
    m_client.reset();
    fillTags();
    updateSample();
    updateAudience();
}

void ComposerDialog::buildForm()
{
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(CampaignDefinition::kMaxNameLength);
    m_channel->setObjectName(QStringLiteral("channel"));
    m_app->setObjectName(QStringLiteral("app"));
    m_segment->setObjectName(QStringLiteral("segment"));
    m_rate->setObjectName(QStringLiteral("rate"));
    m_rate->setRange(0.1, CampaignDefinition::kMaxRatePerSecond);
    m_rate->setDecimals(1);
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
    m_missing->setObjectName(QStringLiteral("missing"));
    auto *capRow = new QHBoxLayout;
    capRow->addWidget(m_cap);
    capRow->addWidget(m_capMessages);
    capRow->addWidget(m_capDays);
    capRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&Account:"), m_app);
    form->addRow(tr("&Segment:"), m_segment);
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
    m_quiet->setChecked(true); // nobody wants a marketing message at 3 a.m.
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
    pace->addRow(tr("&Rate:"), m_rate);
    pace->addRow(tr("&Concurrency:"), m_concurrency);
    pace->addRow(tr("Frequency cap:"), capRow);
    pace->addRow(tr("When:"), whenRow);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testOpenid, 1);
    testRow->addWidget(m_testButton);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_content);
    left->addLayout(pace);
    left->addWidget(m_audience);
    left->addLayout(testRow);
    left->addWidget(m_testResult);
    left->addStretch();
    m_nextSample->setObjectName(QStringLiteral("nextSample"));
    auto *right = new QVBoxLayout;
    right->addWidget(m_preview, 1);
    right->addWidget(m_nextSample, 0, Qt::AlignRight);
    right->addWidget(m_missing);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create…"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
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
        m_testResult->setText(tr("Add an account in Settings first."));
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

void ComposerDialog::chooseFromLibrary(bool article)
{
    WechatClient *wechat = client();
    if (!wechat) {
        m_testResult->setText(tr("Add an account in Settings first."));
        return;
    }
    LibraryPicker picker(*wechat,
                         article ? LibraryPicker::Pick::Article : LibraryPicker::Pick::Image, this);
    if (m_dialogs.exec(picker) != QDialog::Accepted || picker.chosen().id.isEmpty())
        return;
    if (article)
        m_content->setArticle(picker.chosen());
    else
        m_content->setCardImage(picker.chosen());
}

void ComposerDialog::setTemplates(const QList<MessageTemplate> &templates)
{
    m_content->setTemplates(templates);
}

void ComposerDialog::setChannel(const QString &channel)
{
    m_channel->setCurrentIndex(m_channel->findData(channel));
}

CampaignDefinition ComposerDialog::definition() const
{
    CampaignDefinition d;
    d.name = m_name->text().trimmed();
    d.appid = m_app->currentData().toString();
    d.segment = m_segment->currentData().toString();
    m_content->applyTo(&d); // a send to a tag clears the segment
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

void ComposerDialog::setDefinition(const CampaignDefinition &d)
{
    setWindowTitle(tr("Edit campaign"));
    m_create->setText(tr("&Save"));
    m_name->setText(d.name);
    setChannel(d.channel); // also lists the accounts of the channel's kind
    m_app->setCurrentIndex(qMax(0, m_app->findData(d.appid)));
    m_segment->setCurrentIndex(qMax(0, m_segment->findData(d.segment)));
    m_content->load(d);
    m_rate->setValue(d.ratePerSecond);
    m_concurrency->setValue(d.concurrency);
    m_cap->setChecked(d.capMessages > 0);
    if (d.capMessages > 0) {
        m_capMessages->setValue(d.capMessages);
        m_capDays->setValue(d.capDays);
    }
    const QTimeZone beijing(QByteArrayLiteral("Asia/Shanghai"));
    m_scheduled->setChecked(d.scheduledAt > 0);
    if (d.scheduledAt > 0) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(d.scheduledAt, beijing);
        m_startAt->setDateTime(QDateTime(at.date(), at.time()));
    }
    m_quiet->setChecked(d.quietFrom >= 0 && d.quietTo >= 0);
    if (m_quiet->isChecked()) {
        m_quietFrom->setTime(QTime::fromMSecsSinceStartOfDay(d.quietFrom * 60000));
        m_quietTo->setTime(QTime::fromMSecsSinceStartOfDay(d.quietTo * 60000));
    }
    updatePreview();
}

void ComposerDialog::updateSample()
{
    const StatusOr<MessageRenderer::Recipient> sample =
        CampaignAudience(m_db, Clock::system())
            .sample(m_app->currentData().toString(), m_segment->currentData().toString(),
                    m_sampleIndex);
    m_sample = sample.value();
    if (!sample.isOk())
        m_audience->setText(sample.message());
    else if (!m_sample.profileId && m_sampleIndex > 0) { // past the last one: back to the first
        m_sampleIndex = 0;
        return updateSample();
    }
    updatePreview();
}

void ComposerDialog::showNextSample()
{
    ++m_sampleIndex;
    updateSample();
}

qint64 ComposerDialog::sampleProfile() const
{
    return m_sample.profileId;
}

void ComposerDialog::updatePreview()
{
    const CampaignDefinition d = definition();
    m_preview->setSender(m_app->currentData(kAppNameRole).toString());
    m_preview->show(d, m_content->currentTemplate(), m_sample);
    // A mass message is one text for everyone: there is no other person to preview.
    m_nextSample->setEnabled(!d.isMass());
    m_nextSample->setToolTip(
        d.isMass() ? tr("A mass message reads the same for everyone")
                   : tr("Preview the message as the next person of the segment reads it"));
    alignFormLabels(this);
    QString missing = m_content->missing();
    if (d.name.isEmpty())
        missing = tr("Give the campaign a name.");
    else if (d.appid.isEmpty())
        missing = d.sentByMiniProgram() ? tr("Add a Mini Program in Settings first.")
                                        : tr("Add an Official Account in Settings first.");
    else if (d.segment.isEmpty() && !d.massByTag())
        missing = tr("Save a segment first: a campaign goes to a saved segment.");
    m_missing->setText(missing);
    m_create->setEnabled(missing.isEmpty());
}

void ComposerDialog::updateAudience()
{
    CampaignDefinition d = definition();
    if (d.appid.isEmpty() || (d.segment.isEmpty() && !d.massByTag())) {
        m_audience->setText(tr("Choose an account and a segment."));
        return;
    }
    CampaignStore::Counts counts;
    const Status status = CampaignStore(m_db, Clock::system()).audience(d, &counts);
    if (!status.isOk()) {
        m_audience->setText(status.message());
        return;
    }
    const QString who = QLocale().toString(counts.count(DeliveryState::Pending));
    const QString left = DeliveryText::leftOut(counts.byReason);
    m_audience->setText(
        d.massByTag()
            ? tr("Will receive it: %1 (the tag's followers as last synced). Left out: %2.")
                  .arg(who, left)
            : tr("Will receive it: %1 (as of the segment's last refresh). Left out: %2.")
                  .arg(who, left));
}

void ComposerDialog::sendTest()
{
    WechatClient *wechat = client();
    const QString openid = m_testOpenid->text().trimmed();
    const CampaignDefinition d = definition();
    const QString missing = m_content->missing();
    if (!wechat || openid.isEmpty() || !missing.isEmpty()) {
        m_testResult->setText(missing.isEmpty() ? tr("Enter a staff member's OpenID.") : missing);
        return;
    }
    MessageRenderer::Recipient staff = m_sample; // the sample's variables, the staff's openid
    staff.openid = openid;
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Sending the test…"));
    // The sender keeps references: they live until the answer.
    auto definition = std::make_shared<CampaignDefinition>(d);
    auto renderer = std::make_shared<MessageRenderer>(*definition);
    auto sender = std::make_shared<ChannelSender>(*wechat, *renderer, *definition);
    sender->preview(
        staff, this,
        [this, wechat, openid, definition, renderer, sender](const ApiError &error, qint64 msgid) {
            m_testButton->setEnabled(true);
            if (!error.ok()) {
                m_testResult->setText(error.userMessage(wechat->app()));
                return;
            }
            m_tested = definition->toJson();
            m_testedOpenid = openid;
            m_testResult->setText(msgid ? tr("Test sent to %1 (msgid %2).").arg(openid).arg(msgid)
                                        : tr("Test sent to %1.").arg(openid));
        });
}

QString ComposerDialog::testedOpenid() const
{
    // A test counts for the message it showed; a later edit needs a new one.
    return definition().toJson() == m_tested ? m_testedOpenid : QString();
}

QString ComposerDialog::audienceText() const
{
    return m_audience->text();
}

QString ComposerDialog::previewText() const
{
    return m_preview->text();
}

QString ComposerDialog::testResult() const
{
    return m_testResult->text();
}
