#include "SchedulesPanel.h"

#include "DialogRunner.h"
#include "MessageTone.h"
#include "service/ServiceHeartbeats.h"
#include "service/ServiceSchedules.h"
#include "storage/AppRepository.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace {
QString jobTitle(ServiceSchedules::Job job)
{
    return job == ServiceSchedules::Job::Followers ? SchedulesPanel::tr("Follower sync")
                                                   : SchedulesPanel::tr("Statistics fetch");
}

QString lastRun(const ServiceSchedules::Schedule &s)
{
    if (s.lastStartedAt <= 0)
        return SchedulesPanel::tr("Not run yet");
    const QString when =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.lastStartedAt), QLocale::ShortFormat);
    if (s.lastFinishedAt <= 0)
        return SchedulesPanel::tr("Running since %1 (or its service stopped)").arg(when);
    return (s.lastOk ? SchedulesPanel::tr("%1: %2") : SchedulesPanel::tr("%1, failed: %2"))
        .arg(when, s.lastOutcome);
}
} // namespace

SchedulesPanel::SchedulesPanel(DbConnection db, DialogRunner &dialogs, const TeamAccess &access,
                               QWidget *parent)
    : QWidget(parent), m_db(db), m_dialogs(dialogs), m_gate(access),
      m_table(new QTableWidget(0, 4, this)), m_add(new QPushButton(tr("A&dd schedule…"), this)),
      m_remove(new QPushButton(tr("Remove schedule"), this)), m_note(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("scheduleTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Time (Beijing)"), tr("Work"), tr("App"), tr("Last run")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_add->setObjectName(QStringLiteral("addSchedule"));
    m_remove->setObjectName(QStringLiteral("removeSchedule"));
    m_note->setObjectName(QStringLiteral("scheduleNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    connect(m_add, &QPushButton::clicked, this, &SchedulesPanel::addSchedule);
    connect(m_remove, &QPushButton::clicked, this, &SchedulesPanel::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SchedulesPanel::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    reload();
}

QString SchedulesPanel::noteText() const
{
    return m_note->text();
}

void SchedulesPanel::showEvent(QShowEvent *event)
{
    reload(); // a service may have run one since
    QWidget::showEvent(event);
}

void SchedulesPanel::showNote(const QString &text, bool warning)
{
    m_note->setText(text);
    setTone(m_note, warning ? Tone::Warning : Tone::Plain);
}

void SchedulesPanel::reload()
{
    const auto schedules = ServiceSchedules(m_db).list();
    m_table->setRowCount(0);
    if (!schedules.isOk())
        return showNote(schedules.status().message(), true);
    for (const ServiceSchedules::Schedule &s : schedules.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{s.at(), jobTitle(s.job), s.appid, lastRun(s)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column)); // plain text, never markup
            item->setData(Qt::UserRole, s.id);
            if (column == 3 && s.lastStartedAt > 0 && s.lastFinishedAt > 0 && !s.lastOk)
                item->setForeground(toneColor(palette(), Tone::Error));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    // Schedules are only times: say whether anything is there to keep them.
    const auto newest = ServiceHeartbeats(m_db).newest();
    const std::optional<ServiceHeartbeats::Beat> beat =
        newest.isOk() ? newest.value() : std::nullopt;
    const bool alive = beat && beat->aliveAt(QDateTime::currentMSecsSinceEpoch());
    if (alive)
        showNote(
            tr("The service on %1 runs these each day at their time (Beijing).").arg(beat->host),
            false);
    else
        showNote(tr("No service is running: these run each day at their time (Beijing) only "
                    "while wxops service runs against this database (docs/team.md)."),
                 !schedules.value().isEmpty());
    updateButtons();
}

void SchedulesPanel::updateButtons()
{
    using Work = TeamAccess::Work;
    m_gate.setEnabled(m_add, Work::ManageApps, true,
                      tr("Have the service sync followers or fetch statistics every day"));
    m_gate.setEnabled(m_remove, Work::ManageApps, !m_table->selectedItems().isEmpty());
}

void SchedulesPanel::addSchedule()
{
    Status status = Status::ok();
    const QList<AppConfig> apps = AppRepository(m_db).all(&status);
    if (!status.isOk())
        return showNote(status.message(), true);
    if (apps.isEmpty())
        return showNote(tr("Add a WeChat account first: a schedule runs for one app."), true);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add schedule"));
    auto *app = new QComboBox(&dialog);
    app->setObjectName(QStringLiteral("scheduleApp"));
    for (const AppConfig &a : apps)
        app->addItem(QStringLiteral("%1 (%2)").arg(a.name, a.appid), a.appid);
    auto *job = new QComboBox(&dialog);
    job->setObjectName(QStringLiteral("scheduleJob"));
    job->addItem(jobTitle(ServiceSchedules::Job::Followers),
                 ServiceSchedules::jobName(ServiceSchedules::Job::Followers));
    job->addItem(jobTitle(ServiceSchedules::Job::Statistics),
                 ServiceSchedules::jobName(ServiceSchedules::Job::Statistics));
    auto *time = new QTimeEdit(QTime(3, 0), &dialog);
    time->setObjectName(QStringLiteral("scheduleTime"));
    time->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *explain = new QLabel(tr("Every day at this time in Beijing (WeChat's day), the service "
                                  "runs it once. A time already past today first comes round "
                                  "tomorrow."),
                               &dialog);
    explain->setWordWrap(true);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("App:"), app);
    form->addRow(tr("Work:"), job);
    form->addRow(tr("Time (Beijing):"), time);
    form->addRow(explain);
    form->addRow(box);
    if (m_dialogs.exec(dialog) != QDialog::Accepted)
        return;
    const ServiceSchedules::Job chosen = ServiceSchedules::jobNamed(job->currentData().toString())
                                             .value_or(ServiceSchedules::Job::Followers);
    qint64 id = 0;
    const Status added = ServiceSchedules(m_db).add(
        app->currentData().toString(), chosen, time->time().hour() * 60 + time->time().minute(),
        Clock::system().nowMsecs(), &id);
    reload();
    if (!added.isOk())
        showNote(added.message(), true);
}

void SchedulesPanel::removeSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const qint64 id = selected.constFirst()->data(Qt::UserRole).toLongLong();
    const int row = selected.constFirst()->row();
    if (!m_dialogs.confirm(this, tr("Remove schedule"),
                           tr("Stop the daily %1 of %2 at %3?")
                               .arg(m_table->item(row, 1)->text(), m_table->item(row, 2)->text(),
                                    m_table->item(row, 0)->text())))
        return;
    bool removed = false;
    const Status status = ServiceSchedules(m_db).remove(id, &removed);
    reload();
    if (!status.isOk())
        showNote(status.message(), true);
}
