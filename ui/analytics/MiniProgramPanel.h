#pragma once

#include "analytics/MiniProgramDetails.h"

#include <QWidget>

class BarChart;
class MessageBanner;
class NumbersTable;
class QComboBox;

// The Analytics page's Mini Program tab: retention of each day's new users as a heat map, the
// most viewed pages, and the visitors' portrait (province, city, gender, platform, device, age)
// over 1, 7 or 30 days, each saving as PNG and CSV.
class MiniProgramPanel : public QWidget
{
    Q_OBJECT
public:
    MiniProgramPanel(MessageBanner *banner, QWidget *parent = nullptr);

    void show(const MiniProgramDetails &details, const QDate &from, const QDate &to);
    int portraitDays() const;
    NumbersTable *retentionTable() const { return m_retention; }
    NumbersTable *pagesTable() const { return m_pages; }
    BarChart *portraitChart(const QString &group) const;

signals:
    void portraitDaysChanged();

private:
    void showRetention(const MiniProgramDetails &details);
    void showPages(const MiniProgramDetails &details);
    void showPortrait(const MiniProgramDetails &details);
    QString stem() const;

    QDate m_from;
    QDate m_to;
    NumbersTable *m_retention;
    NumbersTable *m_pages;
    QComboBox *m_portraitSpan;
    QList<QPair<QString, BarChart *>> m_portrait; // WeChat's group name -> its chart
};
