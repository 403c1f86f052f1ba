#include "TimelinePanel.h"

#include "EventText.h"
#include "PlainItem.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
// The earliest date doubles as "no limit" (shown as "any").
const QDate kAnyDate(2000, 1, 1);

QDateEdit *dateEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(QObject::tr("any"));
    edit->setDate(kAnyDate);
    return edit;
}

} // namespace

TimelinePanel::TimelinePanel(DbConnection db, QWidget *parent)
    : QWidget(parent), m_activity(db), m_kind(new QComboBox(this)), m_name(new QComboBox(this)),
      m_from(dateEdit(QStringLiteral("timelineFrom"), this)),
      m_to(dateEdit(QStringLiteral("timelineTo"), this)), m_table(new QTableWidget(this)),
      m_range(new QLabel(this)), m_previous(new QPushButton(tr("Newer"), this)),
      m_next(new QPushButton(tr("Older"), this))
{
    m_kind->setObjectName(QStringLiteral("timelineKind"));
    m_kind->addItem(tr("Both platforms"), QString());
    m_kind->addItem(tr("Official Account"), QStringLiteral("oa"));
    m_kind->addItem(tr("Mini Program"), QStringLiteral("mp"));
    m_name->setObjectName(QStringLiteral("timelineName"));
    m_table->setObjectName(QStringLiteral("timeline"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Where"), tr("Event"), tr("Details")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    for (QComboBox *box : {m_kind, m_name})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            m_offset = 0;
            refresh();
        });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            m_offset = 0;
            refresh();
        });
    connect(m_previous, &QPushButton::clicked, this, &TimelinePanel::previousPage);
    connect(m_next, &QPushButton::clicked, this, &TimelinePanel::nextPage);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_name);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_to);
    filters->addStretch();
    auto *pager = new QHBoxLayout;
    pager->addWidget(m_range);
    pager->addStretch();
    pager->addWidget(m_previous);
    pager->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(pager);
}

TimelineFilter TimelinePanel::filter() const
{
    TimelineFilter f;
    f.kind = m_kind->currentData().toString();
    f.name = m_name->currentData().toString();
    if (m_from->date() != kAnyDate)
        f.from = m_from->date();
    if (m_to->date() != kAnyDate)
        f.to = m_to->date();
    return f;
}

void TimelinePanel::showProfile(qint64 profileId)
{
    m_profile = profileId;
    m_offset = 0;
    Status status = Status::ok();
    const QStringList names = m_activity.eventNames(profileId, &status);
    m_name->blockSignals(true);
    m_name->clear();
    m_name->addItem(tr("Every event"), QString());
    for (const QString &name : names)
        m_name->addItem(EventText::name(name), name);
    m_name->blockSignals(false);
    refresh();
}

void TimelinePanel::refresh()
{
    Status status = Status::ok();
    const TimelineFilter f = filter();
    m_total = m_activity.timelineCount(m_profile, f, &status);
    const QList<TimelineEvent> events = m_activity.timeline(m_profile, f, kPage, m_offset, &status);
    m_table->setRowCount(0);
    const QLocale locale;
    for (const TimelineEvent &e : events) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(
            row, 0,
            plainItem(locale.toString(QDateTime::fromMSecsSinceEpoch(e.at), QLocale::ShortFormat)));
        m_table->setItem(row, 1,
                         plainItem(QStringLiteral("%1 · %2").arg(
                             e.kind == QStringLiteral("mp") ? tr("MP") : tr("OA"), e.appName)));
        auto *name = plainItem(EventText::name(e.name));
        name->setToolTip(e.name); // the name as stored, for segments and exports
        m_table->setItem(row, 2, name);
        auto *details = plainItem(EventText::details(e.props));
        details->setToolTip(e.props);
        m_table->setItem(row, 3, details);
    }
    m_table->resizeColumnsToContents();
    m_range->setText(m_total == 0 ? tr("No events")
                                  : tr("%1–%2 of %3")
                                        .arg(locale.toString(m_offset + 1),
                                             locale.toString(m_offset + events.size()),
                                             locale.toString(m_total)));
    m_previous->setEnabled(m_offset > 0);
    m_next->setEnabled(m_offset + kPage < m_total);
}

void TimelinePanel::nextPage()
{
    if (m_offset + kPage < m_total) {
        m_offset += kPage;
        refresh();
    }
}

void TimelinePanel::previousPage()
{
    m_offset = qMax(0, m_offset - kPage);
    refresh();
}
