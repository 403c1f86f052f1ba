#include "SegmentsPage.h"

#include "RoleGate.h"

#include "analytics/DayChart.h"
#include "analytics/SegmentTrend.h"
#include "analytics/SegmentTrendSeries.h"
#include "analytics/StatsCalendar.h"
#include "ConditionTree.h"
#include "credentials/MemorySecrets.h"
#include "credentials/SecretStore.h"
#include "DialogRunner.h"
#include "JobBar.h"
#include "MessageBanner.h"
#include "MessageTone.h"
#include "NameDialog.h"
#include "people/QrCodeStore.h"
#include "SegmentJobs.h"
#include "segments/LiveCount.h"
#include "segments/SegmentStore.h"
#include "SizeChart.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "storage/EventRepository.h"
#include "storage/TagRepository.h"
#include "users/PlainItem.h"
#include "util/Clock.h"
#include "WorkerSecrets.h"

#include <memory>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QPushButton *button(const QString &text, QWidget *parent, const QKeySequence &keys = {})
{
    auto *b = new QPushButton(text, parent);
    if (!keys.isEmpty()) {
        b->setShortcut(keys);
        b->setToolTip(QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText)));
    }
    return b;
}

QByteArray compact(const QJsonObject &definition)
{
    return QJsonDocument(definition).toJson(QJsonDocument::Compact);
}
} // namespace

SegmentsPage::SegmentsPage(const ConsoleContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *right = new QWidget(splitter);
    buildList(left);
    buildBuilder(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({380, 1000});
    layout->addWidget(splitter, 1);

    m_jobs = new JobBar(this);
    connect(m_jobs, &JobBar::finished, this, [this](bool ok, const QString &message) {
        showMessage(message, ok);
        reload();
        if (m_openId)
            openSegment(m_openName);
        emit jobFinished(ok);
    });
    m_message = new MessageBanner(this);
    layout->addWidget(m_jobs);
    layout->addWidget(m_message);

    m_count = new LiveCount(m_context.database.connections(), this);
    connect(m_count, &LiveCount::counting, this, [this] {
        m_lastCount = -1;
        m_countLabel->setText(tr("Counting…"));
    });
    connect(m_count, &LiveCount::counted, this, &SegmentsPage::showCount);
    connect(m_count, &LiveCount::failed, this, [this](const QString &message) {
        setTone(m_countLabel, Tone::Error);
        m_countLabel->setText(message);
        m_sample->setRowCount(0);
    });
    reload();
    newSegment();
}

void SegmentsPage::showCount(qint64 profiles, const QList<SegmentStore::Match> &sample,
                             qint64 msecs)
{
    m_lastCount = profiles;
    setTone(m_countLabel, Tone::Plain);
    m_countLabel->setText(
        tr("%Ln profile(s) match", nullptr, int(qMin<qint64>(profiles, INT_MAX))) +
        QStringLiteral("  ·  ") +
        tr("counted in %1 s").arg(QLocale().toString(msecs / 1000.0, 'f', 2)));
    // No one: say what to check instead of an empty table.
    m_sampleTitle->setText(
        sample.isEmpty() ? tr("No one matches these conditions. A behaviour condition counts only "
                              "the events in its “When”, and an event's name must be written as "
                              "the Mini Program sends it: check both, or loosen a condition.")
                         : tr("Some matching people (double-click to open):"));
    m_sample->setVisible(!sample.isEmpty());
    m_sample->setRowCount(int(sample.size()));
    for (int row = 0; row < sample.size(); ++row) {
        m_sample->setItem(row, 0, plainItem(QString::number(sample.at(row).profileId)));
        m_sample->setItem(row, 1, plainItem(sample.at(row).memberId));
    }
}

SegmentStore SegmentsPage::store() const
{
    return SegmentStore(m_context.database.connections().connection(), Clock::system());
}

void SegmentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_jobs->isBusy())
        reload();
}

void SegmentsPage::buildList(QWidget *parent)
{
    auto *layout = new QVBoxLayout(parent);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Saved segments"), parent));
    m_list = new QTableWidget(0, 3, parent);
    m_list->setHorizontalHeaderLabels({tr("Name"), tr("Members"), tr("Last refresh")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    m_chart = new SizeChart(parent);
    layout->addWidget(m_chart);
    m_trend = new DayChart(parent);
    m_trend->setObjectName(QStringLiteral("trendChart"));
    m_trend->setMinimumHeight(200);
    layout->addWidget(m_trend);
    auto *buttons = new QGridLayout;
    auto *newButton = button(tr("New"), parent, QKeySequence::New);
    auto *duplicate = button(tr("Duplicate…"), parent);
    auto *rename = button(tr("Rename…"), parent);
    auto *remove = button(tr("Delete…"), parent);
    auto *refresh = button(tr("Refresh"), parent, QKeySequence(Qt::Key_F5));
    auto *exportButton = button(tr("Export CSV…"), parent);
    auto *push = button(tr("Tag on WeChat…"), parent);
    auto *untag = button(tr("Untag on WeChat…"), parent);
    untag->setToolTip(tr("Take a WeChat tag off this segment's followers"));
    const RoleGate gate(m_context.access);
    for (QPushButton *writes : {newButton, duplicate, rename, remove, refresh, push, untag})
        gate.setEnabled(writes, TeamAccess::Work::EditSegments, true, writes->toolTip());
    buttons->addWidget(newButton, 0, 0);
    buttons->addWidget(duplicate, 0, 1);
    buttons->addWidget(rename, 1, 0);
    buttons->addWidget(remove, 1, 1);
    buttons->addWidget(refresh, 2, 0);
    buttons->addWidget(exportButton, 2, 1);
    buttons->addWidget(push, 3, 0);
    buttons->addWidget(untag, 3, 1);
    layout->addLayout(buttons);
    connect(newButton, &QPushButton::clicked, this, &SegmentsPage::newSegment);
    connect(duplicate, &QPushButton::clicked, this, &SegmentsPage::duplicateSegment);
    connect(rename, &QPushButton::clicked, this, &SegmentsPage::renameSegment);
    connect(remove, &QPushButton::clicked, this, &SegmentsPage::deleteSegment);
    connect(refresh, &QPushButton::clicked, this, &SegmentsPage::refreshSegment);
    connect(exportButton, &QPushButton::clicked, this, &SegmentsPage::exportSegment);
    connect(push, &QPushButton::clicked, this, [this] { pushAsTag(); });
    connect(untag, &QPushButton::clicked, this, [this] { pushAsTag(false); });
    connect(m_list, &QTableWidget::itemSelectionChanged, this, [this] {
        const QString name = selectedName();
        if (!name.isEmpty())
            openSegment(name);
    });
}

void SegmentsPage::buildBuilder(QWidget *parent)
{
    auto *layout = new QVBoxLayout(parent);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *nameRow = new QHBoxLayout;
    m_name = new QLineEdit(parent);
    m_name->setMaxLength(SegmentStore::kMaxNameLength);
    m_name->setObjectName(QStringLiteral("segmentName"));
    m_name->setPlaceholderText(tr("Segment name"));
    auto *saveButton = button(tr("Save"), parent, QKeySequence::Save);
    auto *saveAs = button(tr("Save as new…"), parent);
    for (QPushButton *writes : {saveButton, saveAs})
        RoleGate(m_context.access)
            .setEnabled(writes, TeamAccess::Work::EditSegments, true, writes->toolTip());
    nameRow->addWidget(new QLabel(tr("Name:"), parent));
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(saveButton);
    nameRow->addWidget(saveAs);
    layout->addLayout(nameRow);
    connect(saveButton, &QPushButton::clicked, this, &SegmentsPage::save);
    connect(saveAs, &QPushButton::clicked, this, &SegmentsPage::saveAsNew);

    auto *editRow = new QHBoxLayout;
    auto *add = new QToolButton(parent);
    add->setText(tr("Add condition"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(add);
    for (const QString &kind : ConditionEditor::kinds())
        menu->addAction(ConditionEditor::kindTitle(kind), this, [this, kind] {
            m_tree->addCondition(ConditionEditor::defaultCondition(kind, m_choices));
        });
    add->setMenu(menu);
    auto *group = button(tr("Add group"), parent);
    auto *allAny = button(tr("All ↔ Any"), parent);
    auto *negate = button(tr("NOT"), parent);
    auto *remove = button(tr("Remove"), parent); // Del in the tree (ConditionTree)
    auto *up = button(tr("Up"), parent);         // Alt+Up in the tree
    auto *down = button(tr("Down"), parent);     // Alt+Down in the tree
    editRow->addWidget(add);
    for (QPushButton *b : {group, allAny, negate, remove, up, down})
        editRow->addWidget(b);
    editRow->addStretch();
    layout->addLayout(editRow);

    auto *middle = new QSplitter(Qt::Horizontal, parent);
    m_tree = new ConditionTree(middle);
    auto *editorStack = new QStackedWidget(middle);
    m_editorHint = new QLabel(tr("Select a condition to edit it, or add one with \"Add "
                                 "condition\". A group combines what it holds: all of them or "
                                 "any of them; NOT turns the selected item around."),
                              editorStack);
    m_editorHint->setWordWrap(true);
    m_editorHint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_editor = new ConditionEditor(editorStack);
    editorStack->addWidget(m_editorHint);
    editorStack->addWidget(m_editor);
    m_editorStack = editorStack;
    middle->setStretchFactor(0, 3);
    middle->setStretchFactor(1, 2);
    layout->addWidget(middle, 3);
    connect(group, &QPushButton::clicked, m_tree, &ConditionTree::addGroup);
    connect(allAny, &QPushButton::clicked, m_tree, &ConditionTree::toggleAllAny);
    connect(negate, &QPushButton::clicked, m_tree, &ConditionTree::toggleNegation);
    connect(remove, &QPushButton::clicked, m_tree, &ConditionTree::removeCurrent);
    connect(up, &QPushButton::clicked, m_tree, [this] { m_tree->moveCurrent(-1); });
    connect(down, &QPushButton::clicked, m_tree, [this] { m_tree->moveCurrent(1); });
    connect(m_tree, &ConditionTree::edited, this, &SegmentsPage::definitionEdited);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &SegmentsPage::currentItemChanged);
    connect(m_editor, &ConditionEditor::conditionChanged, m_tree,
            &ConditionTree::setCurrentCondition);

    m_countLabel = new QLabel(parent);
    m_countLabel->setTextFormat(Qt::PlainText);
    QFont big = m_countLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_countLabel->setFont(big);
    layout->addWidget(m_countLabel);
    m_sampleTitle = new QLabel(parent);
    m_sampleTitle->setObjectName(QStringLiteral("sampleTitle"));
    m_sampleTitle->setWordWrap(true);
    layout->addWidget(m_sampleTitle);
    m_sample = new QTableWidget(0, 2, parent);
    m_sample->setHorizontalHeaderLabels({tr("Profile"), tr("Member ID")});
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sample->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sample->verticalHeader()->hide();
    m_sample->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_sample, 2);
    connect(m_sample, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        emit openProfileRequested(m_sample->item(row, 0)->text().toLongLong());
    });
}

void SegmentsPage::loadChoices()
{
    DbConnection db = m_context.database.connections().connection();
    m_choices = {};
    Status status = Status::ok();
    for (const AppConfig &app : AppRepository(db).all(&status))
        m_choices.apps.append({app.appid, app.name});
    const auto keep = [&status](const StatusOr<QStringList> &names) {
        if (!names.isOk() && status.isOk())
            status = names.status();
        return names.value();
    };
    m_choices.tagNames = keep(TagRepository(db).names());
    m_choices.eventNames = keep(EventRepository(db).names());
    const StatusOr<QHash<QString, QString>> qrCodes = QrCodeStore(db).namesByScene();
    if (!qrCodes.isOk() && status.isOk())
        status = qrCodes.status();
    for (auto it = qrCodes.value().constBegin(); it != qrCodes.value().constEnd(); ++it)
        m_choices.qrCodes.append({it.key(), it.value()});
    std::sort(m_choices.qrCodes.begin(), m_choices.qrCodes.end(),
              [](const auto &a, const auto &b) { return a.second < b.second; });
    QList<SegmentStore::Segment> segments;
    if (status.isOk())
        status = store().list(&segments);
    for (const SegmentStore::Segment &segment : std::as_const(segments))
        m_choices.segmentNames << segment.name;
    m_editor->setChoices(m_choices);
    if (!status.isOk())
        showMessage(tr("The builder's lists of apps, tags, events and segments cannot be read: %1")
                        .arg(status.message()),
                    false);
}

void SegmentsPage::reload()
{
    loadChoices();
    QList<SegmentStore::Segment> segments;
    SegmentStore store = this->store();
    if (const Status status = store.list(&segments); !status.isOk())
        showMessage(status.message(), false);
    const QSignalBlocker block(m_list);
    m_list->setRowCount(0);
    const QLocale locale;
    for (const SegmentStore::Segment &s : std::as_const(segments)) {
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        QTableWidgetItem *name = plainItem(s.name);
        name->setData(Qt::UserRole, s.id);
        m_list->setItem(row, 0, name);
        m_list->setItem(row, 1,
                        plainItem(s.freshness() == SegmentStore::Segment::Freshness::NeverRefreshed
                                      ? tr("not refreshed")
                                      : locale.toString(s.size)));
        m_list->setItem(
            row, 2,
            plainItem(s.refreshedAt ? locale.toString(QDateTime::fromMSecsSinceEpoch(s.refreshedAt),
                                                      QLocale::ShortFormat)
                                    : QString()));
    }
    m_list->resizeColumnsToContents();
    selectRowOf(m_openName);
}

// The list's selection follows the segment open in the builder, so the list's buttons act on it.
void SegmentsPage::selectRowOf(const QString &name)
{
    const QSignalBlocker block(m_list);
    m_list->clearSelection();
    for (int row = 0; row < m_list->rowCount(); ++row)
        if (!name.isEmpty() && m_list->item(row, 0)->text() == name)
            m_list->selectRow(row);
}

QString SegmentsPage::selectedName() const
{
    const QList<QTableWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : m_list->item(items.first()->row(), 0)->text();
}

qint64 SegmentsPage::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? 0
                           : m_list->item(items.first()->row(), 0)->data(Qt::UserRole).toLongLong();
}

void SegmentsPage::newSegment()
{
    m_openId = 0;
    m_openName.clear();
    m_name->clear();
    m_list->clearSelection();
    m_tree->clearToEmpty();
    m_chart->showHistory({});
    m_trend->showSeries(tr("Last 30 days"), {}, {}, {}, DayChart::Style::Lines);
    definitionEdited();
    m_name->setFocus();
}

void SegmentsPage::openSegment(const QString &name)
{
    SegmentStore store = this->store();
    SegmentStore::Segment segment;
    if (const Status status = store.find(name, &segment); !status.isOk())
        return showMessage(status.message(), false);
    if (!m_tree->setDefinition(QJsonDocument::fromJson(segment.definition).object()))
        return showMessage(tr("Segment \"%1\" cannot be shown in the builder.").arg(name), false);
    m_openId = segment.id;
    m_openName = segment.name;
    m_name->setText(segment.name);
    selectRowOf(segment.name);
    QList<SegmentStore::SizePoint> history;
    const Status read = store.sizeHistory(segment.id, &history);
    m_chart->showHistory(history);
    showTrend(segment.id);
    definitionEdited();
    if (!read.isOk())
        showMessage(tr("The size history cannot be read: %1").arg(read.message()), false);
}

// The last 30 days of the segment beside what its members did (SegmentTrend), read on a thread
// of its own (at a million members it takes a while); shown if the segment is still open.
void SegmentsPage::showTrend(qint64 segmentId)
{
    const QDate to = StatsCalendar::todayInBeijing(Clock::system().nowMsecs());
    const QDate from = to.addDays(-29);
    auto days = std::make_shared<QList<SegmentTrendDay>>();
    Database &database = m_context.database;
    auto *job = new BackgroundJob(
        [&database, segmentId, from, to, days](BackgroundJob &) {
            const auto trend =
                SegmentTrend(database.connections().connection()).load(segmentId, from, to);
            if (!trend.isOk())
                return BackgroundJob::Outcome{false, trend.status().message()};
            *days = trend.value();
            return BackgroundJob::Outcome{true, QString()};
        },
        this);
    connect(job, &BackgroundJob::finished, this,
            [this, job, segmentId, from, to, days](bool ok, const QString &message) {
                job->deleteLater();
                if (segmentId != m_openId)
                    return; // another segment was opened meanwhile; its own read shows it
                if (!ok)
                    showMessage(tr("The segment's last 30 days cannot be read: %1").arg(message),
                                false);
                const SegmentTrendSeries series = SegmentTrendSeries::of(*days);
                m_trend->showSeries(
                    tr("Last 30 days"), from, to,
                    {{tr("Members"), series.size},
                     {tr("Used the Mini Program in the last 7 days"), series.activeOnMp},
                     {tr("Messages sent"), series.messagesSent}},
                    DayChart::Style::Lines);
                emit trendShown(ok);
            });
    job->start();
}

void SegmentsPage::definitionEdited()
{
    m_count->request(compact(m_tree->definition()));
}

void SegmentsPage::currentItemChanged()
{
    const QJsonObject condition = m_tree->currentCondition();
    m_editorStack->setCurrentWidget(condition.isEmpty() ? static_cast<QWidget *>(m_editorHint)
                                                        : m_editor);
    if (!condition.isEmpty())
        m_editor->load(condition);
}

void SegmentsPage::showMessage(const QString &text, bool ok)
{
    m_message->sayOutcome(text, ok);
}

QString SegmentsPage::countText() const
{
    return m_countLabel->text();
}

QString SegmentsPage::messageText() const
{
    return m_message->shown();
}

bool SegmentsPage::save()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        showMessage(tr("Give the segment a name before saving it."), false);
        m_name->setFocus();
        return false;
    }
    SegmentStore store = this->store();
    const QByteArray definition = compact(m_tree->definition());
    Status status = Status::ok();
    if (m_openId) {
        status = store.update(m_openId, definition);
        if (status.isOk() && name != m_openName)
            status = store.rename(m_openId, name);
    } else {
        status = store.create(name, definition, &m_openId);
    }
    if (!status.isOk()) {
        showMessage(status.message(), false);
        return false;
    }
    m_openName = name;
    showMessage(tr("Saved segment \"%1\". Refresh it to store its members.").arg(name), true);
    reload();
    return true;
}

void SegmentsPage::saveAsNew()
{
    NameDialog dialog(tr("Save as a new segment"), tr("Name:"),
                      m_name->text().isEmpty() ? QString() : tr("%1 (copy)").arg(m_name->text()),
                      this);
    if (m_context.dialogs.exec(dialog) != QDialog::Accepted)
        return;
    m_openId = 0;
    m_openName.clear();
    m_name->setText(dialog.name());
    save();
}

void SegmentsPage::duplicateSegment()
{
    const qint64 id = selectedId();
    if (!id)
        return showMessage(tr("Select a saved segment first."), false);
    NameDialog dialog(tr("Duplicate segment"), tr("Name of the copy:"),
                      tr("%1 (copy)").arg(selectedName()), this);
    if (m_context.dialogs.exec(dialog) != QDialog::Accepted)
        return;
    SegmentStore store = this->store();
    qint64 newId = 0;
    if (const Status status = store.duplicate(id, dialog.name(), &newId); !status.isOk())
        return showMessage(status.message(), false);
    reload();
    openSegment(dialog.name());
}

void SegmentsPage::renameSegment()
{
    const qint64 id = selectedId();
    if (!id)
        return showMessage(tr("Select a saved segment first."), false);
    NameDialog dialog(tr("Rename segment"), tr("New name:"), selectedName(), this);
    if (m_context.dialogs.exec(dialog) != QDialog::Accepted)
        return;
    SegmentStore store = this->store();
    if (const Status status = store.rename(id, dialog.name()); !status.isOk())
        return showMessage(status.message(), false);
    if (m_openId == id) {
        m_name->setText(dialog.name());
        m_openName = dialog.name();
    }
    reload();
}

void SegmentsPage::deleteSegment()
{
    const qint64 id = selectedId();
    if (!id)
        return showMessage(tr("Select a saved segment first."), false);
    const QString name = selectedName();
    if (!m_context.dialogs.confirm(this, tr("Delete segment"),
                                   tr("Delete segment \"%1\" and its stored members? Campaigns "
                                      "already sent are not affected.")
                                       .arg(name)))
        return;
    SegmentStore store = this->store();
    if (const Status status = store.remove(id); !status.isOk())
        return showMessage(status.message(), false);
    showMessage(tr("Deleted segment \"%1\".").arg(name), true);
    newSegment();
    reload();
}

bool SegmentsPage::isJobRunning() const
{
    return m_jobs->isBusy();
}

void SegmentsPage::runJob(const BackgroundJob::Work &work, const QString &text, bool cancellable)
{
    m_jobs->run(new BackgroundJob(work), text, cancellable);
}

void SegmentsPage::refreshSegment()
{
    const qint64 id = m_openId ? m_openId : selectedId();
    if (!id || m_jobs->isBusy())
        return showMessage(tr("Save the segment first, then refresh it."), false);
    runJob(SegmentJobs::refresh(m_context.database, id), tr("Refreshing the members…"), false);
}

void SegmentsPage::exportSegment()
{
    if (!m_openId)
        return showMessage(tr("Save and refresh the segment first, then export it."), false);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export segment members"),
                                                      m_name->text() + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void SegmentsPage::exportTo(const QString &path)
{
    if (!m_openId || m_jobs->isBusy())
        return showMessage(tr("Save and refresh the segment first, then export it."), false);
    runJob(SegmentJobs::exportTo(m_context.database, m_openId, path), tr("Exporting…"), true);
}

void SegmentsPage::pushAsTag(bool tagged)
{
    if (!m_openId || m_jobs->isBusy())
        return showMessage(tr("Save and refresh the segment first, then push it."), false);
    QList<std::pair<QString, QString>> accounts;
    QList<AppConfig> apps;
    for (const AppConfig &app : AppRepository(m_context.database.connections().connection()).all())
        if (app.kind == AppConfig::Kind::OfficialAccount) {
            accounts.append({QStringLiteral("%1 (%2)").arg(app.name, app.appid), app.appid});
            apps.append(app);
        }
    if (accounts.isEmpty())
        return showMessage(tr("Add an Official Account in Settings → Accounts first."), false);
    NameDialog dialog(tagged ? tr("Tag the segment's followers on WeChat")
                             : tr("Untag the segment's followers on WeChat"),
                      tr("Tag name:"), m_name->text().left(10), this);
    dialog.addChoice(tr("Official Account:"), accounts);
    if (m_context.dialogs.exec(dialog) != QDialog::Accepted)
        return;
    const AppConfig app = *std::find_if(
        apps.begin(), apps.end(), [&](const AppConfig &a) { return a.appid == dialog.choice(); });
    const qint64 segment = m_openId;
    const QString tag = dialog.name();
    readSecretsForWorker(
        m_context.secrets, {app.appid}, this,
        [this, app, segment, tag, tagged](const std::shared_ptr<MemorySecrets> &secrets) {
            // The job keeps the secrets alive for as long as it runs.
            BackgroundJob::Work push =
                SegmentJobs::pushAsTag(m_context.database, *secrets, app, segment, tag, tagged);
            runJob([secrets, push](BackgroundJob &job) { return push(job); },
                   tagged ? tr("Tagging followers on WeChat…")
                          : tr("Untagging followers on WeChat…"),
                   true);
        },
        [this, app](const QString &, const QString &message) {
            showMessage(tr("Cannot push to %1: %2").arg(app.name, message), false);
            emit jobFinished(false);
        });
}
