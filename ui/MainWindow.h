#pragma once

#include "ConsoleContext.h"

#include <QMainWindow>

class DialogRunner;
class AnalyticsPage;
class CampaignsPage;
class SegmentsPage;
class SettingsPage;
struct ConsoleContext;
class QLabel;
class QListWidget;
class QStackedWidget;
class UsersPage;

// The console's shell: a navigation list on the left and one page per entry.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page
    {
        Users,
        Segments,
        Campaigns,
        Analytics,
        Settings,
        PageCount
    };
    Q_ENUM(Page)

    explicit MainWindow(const ConsoleContext &context, QWidget *parent = nullptr);

    Page currentPage() const;
    void showPage(Page page);
    UsersPage *usersPage() const { return m_usersPage; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    SegmentsPage *segmentsPage() const { return m_segmentsPage; }
    CampaignsPage *campaignsPage() const { return m_campaignsPage; }
    AnalyticsPage *analyticsPage() const { return m_analyticsPage; }

public slots:
    void focusSearch();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages(const ConsoleContext &context);
    void buildMenus();
    void addPage(Page page, const QString &title, const QIcon &icon, QWidget *widget);
    void restoreWindowState();

    DialogRunner &m_dialogs;
    TeamAccess m_access;
    QString m_databaseName;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    UsersPage *m_usersPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    SegmentsPage *m_segmentsPage = nullptr;
    CampaignsPage *m_campaignsPage = nullptr;
    AnalyticsPage *m_analyticsPage = nullptr;
    QLabel *m_databaseLabel;
    QLabel *m_profilesLabel;
};
