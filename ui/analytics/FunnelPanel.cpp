#include "FunnelPanel.h"

#include "BackgroundJob.h"
#include "BarChart.h"
#include "ExportBox.h"
#include "JobBar.h"
#include "MessageBanner.h"
#include "SegmentPicker.h"
#include "storage/Database.h"
#include "storage/EventRepository.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
enum StepKind
{
    AnyEvent,
    MiniProgramEvent,
    OfficialAccountEvent,
    Follow,
    Message
};
} // namespace

FunnelPanel::FunnelPanel(const ConsoleContext &context, MessageBanner *banner, QWidget *parent)
    : QWidget(parent), m_context(context), m_jobs(new JobBar(this)), m_banner(banner),
      m_stepGrid(new QGridLayout), m_addButton(new QPushButton(tr("&Add a step"), this)),
      m_hours(new QSpinBox(this)),
      m_segment(new SegmentPicker(SegmentPicker::Everyone::Offered, this)),
      m_countButton(new QPushButton(tr("&Count"), this)), m_chart(new BarChart(this))
{
    m_addButton->setObjectName(QStringLiteral("addStepButton"));
    m_countButton->setObjectName(QStringLiteral("countFunnelButton"));
    m_countButton->setToolTip(tr("Count how many people took each step (Ctrl+Return)"));
    m_hours->setObjectName(QStringLiteral("withinHoursBox"));
    m_hours->setRange(1, FunnelDefinition::kMaxHours);
    m_hours->setValue(24 * 7);
    m_hours->setSuffix(tr(" hours"));
    m_segment->setObjectName(QStringLiteral("funnelSegmentBox"));
    m_chart->setObjectName(QStringLiteral("funnelChart"));
    m_chart->setMinimumHeight(280);
    auto *saveJsonButton = new QPushButton(tr("Save as &JSON…"), this);
    saveJsonButton->setToolTip(tr("Save this funnel for wxops funnel --definition FILE"));
    connect(m_addButton, &QPushButton::clicked, this, &FunnelPanel::addStep);
    connect(m_countButton, &QPushButton::clicked, this, &FunnelPanel::count);
    connect(saveJsonButton, &QPushButton::clicked, this, &FunnelPanel::saveJson);
    auto *countKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    countKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(countKey, &QShortcut::activated, this, &FunnelPanel::count);

    auto *options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("All steps within"), this));
    options->addWidget(m_hours);
    options->addWidget(new QLabel(tr("of the first, for"), this));
    options->addWidget(m_segment);
    options->addStretch(1);
    options->addWidget(m_addButton);
    options->addWidget(saveJsonButton);
    options->addWidget(m_countButton);

    auto *column = new QVBoxLayout(this);
    column->addWidget(new QLabel(tr("People who took these steps in order; the first falls in "
                                    "the page's range of days."),
                                 this));
    column->addLayout(m_stepGrid);
    column->addLayout(options);
    column->addWidget(m_jobs);
    column->addWidget(exportBox(
        m_chart, m_chart, QStringLiteral("funnel"),
        [this] { return m_from.toString(Qt::ISODate) + u'-' + m_to.toString(Qt::ISODate); },
        m_banner));
    column->addStretch(1);

    reload();
    FunnelStep visit;
    // The Mini Program's opening event, as this data names it.
    visit.eventName = m_eventNames.contains(QStringLiteral("app_open")) ? QStringLiteral("app_open")
                                                                        : QStringLiteral("visit");
    visit.appKind = QStringLiteral("mp");
    FunnelStep purchase;
    purchase.eventName = QStringLiteral("purchase");
    purchase.appKind = QStringLiteral("mp");
    FunnelStep follow;
    follow.kind = FunnelStep::Kind::Follow;
    setSteps({follow, visit, purchase});
    m_chart->showBars(tr("Funnel: not counted yet"), tr("people"), {}, true);
}

void FunnelPanel::reload()
{
    DbConnection db = m_context.database.connections().connection();
    const auto names = EventRepository(db).names();
    m_eventNames = names.isOk() ? names.value() : QStringList();
    for (const StepRow &row : m_steps) {
        const QString current = row.event->currentText();
        const QSignalBlocker quiet(row.event);
        row.event->clear();
        row.event->addItems(m_eventNames);
        row.event->setCurrentText(current);
    }
    m_segment->reload(db);
}

void FunnelPanel::setRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
}

void FunnelPanel::addStep()
{
    if (m_steps.size() >= FunnelDefinition::kMaxSteps)
        return;
    StepRow row{new QComboBox(this), new QComboBox(this), new QPushButton(tr("Remove"), this)};
    row.kind->addItems({tr("Event on either app"), tr("Event on the Mini Program"),
                        tr("Event on the Official Account"), tr("Followed the Official Account"),
                        tr("Received a message")});
    row.event->setEditable(true);
    row.event->addItems(m_eventNames);
    row.event->setCurrentText(QString());
    row.event->setMinimumWidth(180);
    QComboBox *event = row.event;
    connect(row.kind, &QComboBox::currentIndexChanged, event,
            [event](int kind) { event->setEnabled(kind <= OfficialAccountEvent); });
    QPushButton *remove = row.remove;
    connect(remove, &QPushButton::clicked, this, [this, remove] {
        for (int i = 0; i < m_steps.size(); ++i)
            if (m_steps.at(i).remove == remove)
                removeStep(i);
    });
    m_steps.append(row);
    layoutSteps();
}

void FunnelPanel::removeStep(int index)
{
    if (m_steps.size() <= 1)
        return;
    const StepRow row = m_steps.takeAt(index);
    row.kind->deleteLater();
    row.event->deleteLater();
    row.remove->deleteLater();
    layoutSteps();
}

void FunnelPanel::layoutSteps()
{
    while (QLayoutItem *item = m_stepGrid->takeAt(0)) {
        if (item->widget() && qobject_cast<QLabel *>(item->widget()))
            item->widget()->deleteLater(); // the step numbers are made again below
        delete item;
    }
    for (int i = 0; i < m_steps.size(); ++i) {
        const StepRow &row = m_steps.at(i);
        row.kind->setObjectName(QStringLiteral("stepKind%1").arg(i));
        row.event->setObjectName(QStringLiteral("stepEvent%1").arg(i));
        m_stepGrid->addWidget(new QLabel(tr("Step %1").arg(i + 1), this), i, 0);
        m_stepGrid->addWidget(row.kind, i, 1);
        m_stepGrid->addWidget(row.event, i, 2);
        m_stepGrid->addWidget(row.remove, i, 3);
        row.remove->setEnabled(m_steps.size() > 1);
    }
    m_stepGrid->setColumnStretch(2, 1);
    m_addButton->setEnabled(m_steps.size() < FunnelDefinition::kMaxSteps);
}

void FunnelPanel::setSteps(const QList<FunnelStep> &steps)
{
    while (m_steps.size() > 1)
        removeStep(int(m_steps.size()) - 1);
    while (m_steps.size() < steps.size())
        addStep();
    for (int i = 0; i < steps.size(); ++i) {
        const FunnelStep &step = steps.at(i);
        int kind = AnyEvent;
        if (step.kind == FunnelStep::Kind::Follow)
            kind = Follow;
        else if (step.kind == FunnelStep::Kind::Message)
            kind = Message;
        else if (step.appKind == QLatin1String("mp"))
            kind = MiniProgramEvent;
        else if (step.appKind == QLatin1String("oa"))
            kind = OfficialAccountEvent;
        m_steps.at(i).kind->setCurrentIndex(kind);
        m_steps.at(i).event->setCurrentText(step.eventName);
        m_steps.at(i).event->setEnabled(kind <= OfficialAccountEvent);
    }
}

void FunnelPanel::setWithinHours(int hours)
{
    m_hours->setValue(hours);
}

QByteArray FunnelPanel::definitionJson() const
{
    QJsonArray steps;
    for (const StepRow &row : m_steps) {
        const int kind = row.kind->currentIndex();
        if (kind == Follow) {
            steps.append(QJsonObject{{QStringLiteral("follow"), QJsonObject()}});
        } else if (kind == Message) {
            steps.append(QJsonObject{{QStringLiteral("message"), QJsonObject()}});
        } else {
            QJsonObject step{{QStringLiteral("event"), row.event->currentText().trimmed()}};
            if (kind != AnyEvent)
                step.insert(QStringLiteral("kind"),
                            kind == MiniProgramEvent ? QStringLiteral("mp") : QStringLiteral("oa"));
            steps.append(step);
        }
    }
    QJsonObject o{{QStringLiteral("steps"), steps},
                  {QStringLiteral("within_hours"), m_hours->value()},
                  {QStringLiteral("from"), m_from.toString(Qt::ISODate)},
                  {QStringLiteral("to"), m_to.toString(Qt::ISODate)}};
    if (!m_segment->chosenName().isEmpty())
        o.insert(QStringLiteral("segment"), m_segment->chosenName());
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

void FunnelPanel::count()
{
    if (m_jobs->isBusy())
        return;
    FunnelDefinition definition;
    // The editor's funnel goes through the JSON reader the command line uses: one set of rules.
    const Status parsed = FunnelDefinition::parse(definitionJson(), m_to, &definition);
    if (!parsed.isOk()) {
        m_banner->sayOutcome(tr("The funnel cannot be counted: %1").arg(parsed.message()), false);
        emit countFinished(false);
        return;
    }
    auto result = std::make_shared<FunnelResult>();
    Database &database = m_context.database;
    auto *job = new BackgroundJob([&database, definition, result](BackgroundJob &) {
        const auto counted = Funnel(database.connections()).count(definition);
        if (!counted.isOk())
            return BackgroundJob::Outcome{false, counted.status().message()};
        *result = counted.value();
        return BackgroundJob::Outcome{true, tr("Funnel counted.")};
    });
    m_countButton->setEnabled(false);
    connect(
        job, &BackgroundJob::finished, this,
        [this, definition, result](bool ok, const QString &message) {
            m_countButton->setEnabled(true);
            if (!ok)
                m_banner->sayOutcome(tr("The funnel was not counted: %1").arg(message), false);
            if (ok) {
                m_counted = definition;
                m_result = *result;
                QList<BarChart::Bar> bars;
                for (int i = 0; i < m_result.people.size(); ++i)
                    bars.append({definition.steps.at(i).label(), double(m_result.people.at(i))});
                m_chart->showBars(tr("Funnel, %1 to %2, all steps within %n hour(s)", nullptr,
                                     definition.withinHours)
                                      .arg(definition.from.toString(Qt::ISODate),
                                           definition.to.toString(Qt::ISODate)),
                                  tr("people"), bars, true);
            }
            emit countFinished(ok);
        });
    m_jobs->run(job, tr("Counting the funnel…"), false);
}

void FunnelPanel::saveJson()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the funnel as JSON"),
                                     QStringLiteral("funnel.json"), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const bool saved =
        file.open(QIODevice::WriteOnly) && file.write(definitionJson()) >= 0 && file.commit();
    m_banner->sayOutcome(saved ? tr("Saved %1.").arg(path)
                               : tr("Could not save %1: %2").arg(path, file.errorString()),
                         saved);
}
