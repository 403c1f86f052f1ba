#include "CampaignOutcomePanel.h"

#include "BackgroundJob.h"
#include "JobBar.h"
#include "storage/Database.h"
#include "storage/EventRepository.h"
#include "util/Identifier.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

CampaignOutcomePanel::CampaignOutcomePanel(const ConsoleContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_event(new QComboBox(this)),
      m_kind(new QComboBox(this)), m_hours(new QSpinBox(this)),
      m_countButton(new QPushButton(tr("C&ount outcome"), this)), m_jobs(new JobBar(this)),
      m_resultLabel(new QLabel(this))
{
    m_event->setObjectName(QStringLiteral("outcomeEvent"));
    m_event->setEditable(true);
    m_event->setMinimumWidth(160);
    m_kind->setObjectName(QStringLiteral("outcomeKind"));
    m_kind->addItem(tr("on either app"), QString());
    m_kind->addItem(tr("on the Mini Program"), QStringLiteral("mp"));
    m_kind->addItem(tr("on the Official Account"), QStringLiteral("oa"));
    m_hours->setObjectName(QStringLiteral("outcomeHours"));
    m_hours->setRange(1, FunnelDefinition::kMaxHours);
    m_hours->setValue(72);
    m_hours->setSuffix(tr(" hours"));
    m_countButton->setObjectName(QStringLiteral("countOutcome"));
    m_countButton->setToolTip(tr("How many recipients did this within the hours after their "
                                 "message, against the people the rules left out"));
    m_resultLabel->setObjectName(QStringLiteral("outcomeResult"));
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->setWordWrap(true);
    connect(m_countButton, &QPushButton::clicked, this, &CampaignOutcomePanel::count);

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Outcome: who did"), this));
    row->addWidget(m_event);
    row->addWidget(m_kind);
    row->addWidget(new QLabel(tr("within"), this));
    row->addWidget(m_hours);
    row->addWidget(m_countButton);
    row->addStretch(1);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(row);
    column->addWidget(m_jobs);
    column->addWidget(m_resultLabel);
    reloadEventNames();
    setCampaign(0, false);
}

void CampaignOutcomePanel::reloadEventNames()
{
    const QString current = m_event->currentText();
    const auto names = EventRepository(m_context.database.connections().connection()).names();
    m_event->clear();
    if (names.isOk())
        m_event->addItems(names.value());
    if (!current.isEmpty())
        m_event->setCurrentText(current);
    else if (names.isOk() && names.value().contains(QStringLiteral("purchase")))
        m_event->setCurrentText(QStringLiteral("purchase"));
}

void CampaignOutcomePanel::setCampaign(qint64 id, bool started)
{
    if (id != m_campaign) {
        m_resultLabel->setText(started ? QString()
                                       : tr("The outcome can be counted once the campaign has "
                                            "started."));
        m_result = {};
    }
    m_campaign = started ? id : 0;
    m_countButton->setEnabled(m_campaign > 0 && !m_jobs->isBusy());
}

void CampaignOutcomePanel::setEvent(const QString &name, const QString &appKind, int withinHours)
{
    m_event->setCurrentText(name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(appKind)));
    m_hours->setValue(withinHours);
}

QString CampaignOutcomePanel::resultText() const
{
    return m_resultLabel->text();
}

void CampaignOutcomePanel::count()
{
    if (m_campaign <= 0 || m_jobs->isBusy())
        return;
    FunnelStep step;
    step.eventName = m_event->currentText().trimmed();
    step.appKind = m_kind->currentData().toString();
    if (!Identifier::isPlain(step.eventName)) {
        m_resultLabel->setText(tr("Choose the event to count, by its name as the Mini Program "
                                  "sends it (for example purchase)."));
        emit countFinished(false);
        return;
    }
    const qint64 campaign = m_campaign;
    const int hours = m_hours->value();
    auto result = std::make_shared<CampaignOutcomeResult>();
    Database &database = m_context.database;
    auto *job = new BackgroundJob([&database, campaign, step, hours, result](BackgroundJob &) {
        const auto counted =
            CampaignOutcome(database.connections().connection()).count(campaign, step, hours);
        if (!counted.isOk())
            return BackgroundJob::Outcome{false, counted.status().message()};
        *result = counted.value();
        return BackgroundJob::Outcome{true, QString()};
    });
    m_countButton->setEnabled(false);
    connect(job, &BackgroundJob::finished, this,
            [this, step, hours, result](bool ok, const QString &message) {
                m_countButton->setEnabled(m_campaign > 0);
                if (!ok) {
                    m_resultLabel->setText(tr("The outcome was not counted: %1").arg(message));
                    emit countFinished(false);
                    return;
                }
                m_result = *result;
                const QLocale locale;
                const auto share = [&](qint64 part, qint64 whole) {
                    return locale.toString(100.0 * CampaignOutcomeResult::rate(part, whole), 'f',
                                           1);
                };
                m_resultLabel->setText(
                    tr("%1 within %n hour(s): %2 of %3 recipients (%4 %); %5 of %6 people the "
                       "rules left out (%7 %).",
                       nullptr, hours)
                        .arg(step.label(), locale.toString(m_result.recipientsWhoDid),
                             locale.toString(m_result.recipients),
                             share(m_result.recipientsWhoDid, m_result.recipients),
                             locale.toString(m_result.comparisonWhoDid),
                             locale.toString(m_result.comparison),
                             share(m_result.comparisonWhoDid, m_result.comparison)));
                emit countFinished(true);
            });
    m_jobs->run(job, tr("Counting the outcome…"), false);
}
