#include "MiniProgramPanel.h"

#include "BarChart.h"
#include "ExportBox.h"
#include "NumbersTable.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {
// The days later WeChat reports retention for, in column order.
const int kRetentionDays[] = {1, 2, 3, 4, 5, 6, 7, 14, 30};
const int kPortraitSpans[] = {1, 7, 30};

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

MiniProgramPanel::MiniProgramPanel(MessageBanner *banner, QWidget *parent)
    : QWidget(parent), m_retention(new NumbersTable(this)), m_pages(new NumbersTable(this)),
      m_portraitSpan(new QComboBox(this))
{
    m_retention->setObjectName(QStringLiteral("retentionTable"));
    m_pages->setObjectName(QStringLiteral("pagesTable"));
    m_retention->setMinimumHeight(260);
    m_pages->setMinimumHeight(260);
    m_portraitSpan->setObjectName(QStringLiteral("portraitSpanBox"));
    m_portraitSpan->addItems({tr("Last day"), tr("Last 7 days"), tr("Last 30 days")});
    m_portraitSpan->setCurrentIndex(2);
    connect(m_portraitSpan, &QComboBox::currentIndexChanged, this,
            &MiniProgramPanel::portraitDaysChanged);

    const auto stemOf = [this] { return stem(); };
    auto *column = new QVBoxLayout(this);
    column->addWidget(heading(tr("Retention of each day's new users"), this));
    column->addWidget(
        exportBox(m_retention, m_retention, QStringLiteral("retention"), stemOf, banner));
    column->addWidget(heading(tr("Most viewed pages"), this));
    column->addWidget(exportBox(m_pages, m_pages, QStringLiteral("pages"), stemOf, banner));
    auto *portraitBar = new QHBoxLayout;
    portraitBar->addWidget(heading(tr("Visitors' portrait"), this));
    portraitBar->addWidget(m_portraitSpan);
    portraitBar->addStretch(1);
    column->addLayout(portraitBar);
    auto *grid = new QGridLayout;
    const QList<QPair<QString, QString>> groups{
        {QStringLiteral("province"), tr("Province")}, {QStringLiteral("city"), tr("City")},
        {QStringLiteral("genders"), tr("Gender")},    {QStringLiteral("platforms"), tr("Platform")},
        {QStringLiteral("devices"), tr("Device")},    {QStringLiteral("ages"), tr("Age")}};
    for (int i = 0; i < groups.size(); ++i) {
        auto *chart = new BarChart(this);
        chart->setObjectName(groups.at(i).first + QStringLiteral("Chart"));
        chart->setProperty("title", groups.at(i).second);
        m_portrait.append({groups.at(i).first, chart});
        grid->addWidget(exportBox(chart, chart, QStringLiteral("portrait-") + groups.at(i).first,
                                  stemOf, banner),
                        i / 2, i % 2);
    }
    column->addLayout(grid);
}

int MiniProgramPanel::portraitDays() const
{
    return kPortraitSpans[std::clamp(m_portraitSpan->currentIndex(), 0, 2)];
}

BarChart *MiniProgramPanel::portraitChart(const QString &group) const
{
    for (const auto &[name, chart] : m_portrait)
        if (name == group)
            return chart;
    return nullptr;
}

QString MiniProgramPanel::stem() const
{
    return m_from.toString(Qt::ISODate) + u'-' + m_to.toString(Qt::ISODate);
}

void MiniProgramPanel::show(const MiniProgramDetails &details, const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    showRetention(details);
    showPages(details);
    showPortrait(details);
}

void MiniProgramPanel::showRetention(const MiniProgramDetails &details)
{
    const QLocale locale;
    QStringList headers{tr("Day"), tr("New users")};
    for (const int later : kRetentionDays)
        headers << tr("Day %1").arg(later);
    m_retention->setColumns(headers);
    // Newest first: the days marketing looks at.
    for (auto it = details.cohorts.crbegin(); it != details.cohorts.crend(); ++it) {
        const double base = it->retained.value(0);
        QList<NumbersTable::Cell> cells{{locale.toString(qRound64(base)), base}};
        for (const int later : kRetentionDays) {
            // A day too recent to have come back yet has no number: shown as such, not 0 %.
            if (!it->retained.contains(later) || base <= 0) {
                cells.append({QStringLiteral("–"), QVariant()});
                continue;
            }
            const double share = it->retained.value(later) / base;
            cells.append({locale.toString(100.0 * share, 'f', 1) + QStringLiteral(" %"), share});
        }
        m_retention->addRow(locale.toString(it->day, QLocale::ShortFormat), cells);
        const int row = m_retention->rowCount() - 1;
        for (int c = 0; c < int(std::size(kRetentionDays)); ++c) {
            const QVariant share = cells.at(c + 1).value;
            if (share.isValid())
                m_retention->shade(row, c + 2, share.toDouble());
        }
    }
}

void MiniProgramPanel::showPages(const MiniProgramDetails &details)
{
    const QLocale locale;
    m_pages->setColumns({tr("Page"), tr("Views"), tr("Visitors (daily, summed)"),
                         tr("Average stay, seconds"), tr("Entries"), tr("Exits"), tr("Shares")});
    const auto count = [&](double v) {
        return NumbersTable::Cell{locale.toString(qRound64(v)), v};
    };
    for (const MiniProgramDetails::Page &page : details.pages)
        m_pages->addRow(page.path,
                        {count(page.views),
                         count(page.visitors),
                         {locale.toString(page.averageSeconds, 'f', 1), page.averageSeconds},
                         count(page.entries),
                         count(page.exits),
                         count(page.shares)});
}

void MiniProgramPanel::showPortrait(const MiniProgramDetails &details)
{
    const QLocale locale;
    for (const auto &[group, chart] : m_portrait) {
        QList<BarChart::Bar> bars;
        for (const MiniProgramDetails::Bucket &bucket : details.portrait.value(group))
            bars.append({bucket.name, bucket.visitors});
        const QString title = chart->property("title").toString();
        const QString when =
            details.portraitDays == 0
                ? tr("not fetched")
                : tr("%n day(s) to %1", nullptr, details.portraitDays)
                      .arg(locale.toString(details.portraitEnd, QLocale::ShortFormat));
        chart->showBars(QStringLiteral("%1 (%2)").arg(title, when), tr("visitors"), bars, false);
    }
}
