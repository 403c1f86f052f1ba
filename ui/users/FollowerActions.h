#pragma once

#include "ConsoleContext.h"
#include "wechat/AppConfig.h"

#include <functional>
#include <memory>
#include <optional>
#include <QObject>

class AppSession;
class QAction;
class QMenu;
class QWidget;

// The Users page's WeChat housekeeping: the selected people's remark, tags and block on an
// Official Account, and the account's tags and blacklist as a whole. Each change is made in
// WeChat, then shown here without a sync.
class FollowerActions : public QObject
{
    Q_OBJECT
public:
    FollowerActions(const ConsoleContext &context, QWidget *window);
    ~FollowerActions() override;

    QMenu *menu() const { return m_menu; }
    void setSelection(const QList<qint64> &profileIds);
    bool isBusy() const { return bool(m_running); }

    void editRemark();
    void tagSelection(bool tagged);
    void blockSelection(bool blocked);
    void manageTags();
    void showBlacklist();
    void showQrCodes();

signals:
    // An action ended: what to say, and whether the list of people may have changed.
    void finished(bool ok, const QString &message);

private:
    // The Official Account to act on: the only one, or the one chosen (nullopt: cancelled or
    // none, said through finished()).
    std::optional<AppConfig> chooseAccount();
    // Reads the app's secret, then runs `work` with a session kept until `done` is called.
    void withSession(const AppConfig &app,
                     std::function<void(AppSession &, std::function<void(bool, QString)>)> work);
    // The chosen account's followers among the selected people; empty: said why.
    QStringList selectedFollowers(const AppConfig &app);
    void updateActions();
    // Opens the account's TagsDialog, BlacklistDialog or QrCodesDialog once its secret is read.
    template <typename Dialog> void openAccountDialog(const QString &changedText);

    ConsoleContext m_context;
    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_remark;
    QAction *m_tag;
    QAction *m_untag;
    QAction *m_block;
    QAction *m_unblock;
    QList<qint64> m_selection;
    std::shared_ptr<AppSession> m_running;
};
