#pragma once

#include "profiles/ProfileActivity.h"
#include "storage/DbConnection.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

// A person's events across the Official Account and the Mini Program, newest first, filtered by
// platform, event name and dates, a page at a time.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPage = 100;

    explicit TimelinePanel(DbConnection db, QWidget *parent = nullptr);

    void showProfile(qint64 profileId);
    TimelineFilter filter() const;
    QTableWidget *table() const { return m_table; }
    qint64 total() const { return m_total; }

public slots:
    void refresh();
    void nextPage();
    void previousPage();

private:
    ProfileActivity m_activity;
    qint64 m_profile = 0;
    int m_offset = 0;
    qint64 m_total = 0;
    QComboBox *m_kind;
    QComboBox *m_name;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableWidget *m_table;
    QLabel *m_range;
    QPushButton *m_previous;
    QPushButton *m_next;
};
