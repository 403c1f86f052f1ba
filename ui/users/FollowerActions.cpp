#include "FollowerActions.h"

#include "RoleGate.h"

#include "AccountChoice.h"
#include "AppSession.h"
#include "DialogRunner.h"
#include "profiles/ProfileLookup.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "storage/TagRepository.h"
#include "users/BlacklistDialog.h"
#include "users/QrCodesDialog.h"
#include "users/TagsDialog.h"
#include "wechat/UserApi.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>

FollowerActions::FollowerActions(const ConsoleContext &context, QWidget *window)
    : QObject(window), m_context(context), m_window(window), m_menu(new QMenu(window))
{
    m_remark = m_menu->addAction(tr("Edit &remark…"), this, &FollowerActions::editRemark);
    m_remark->setShortcut(QKeySequence(Qt::Key_F2));
    m_tag = m_menu->addAction(tr("&Tag…"), this, [this] { tagSelection(true); });
    m_untag = m_menu->addAction(tr("&Untag…"), this, [this] { tagSelection(false); });
    m_menu->addSeparator();
    m_block = m_menu->addAction(tr("&Block…"), this, [this] { blockSelection(true); });
    m_unblock = m_menu->addAction(tr("Un&block…"), this, [this] { blockSelection(false); });
    m_menu->addSeparator();
    m_menu->addAction(tr("Manage &tags…"), this, &FollowerActions::manageTags);
    m_menu->addAction(tr("&Blacklist…"), this, &FollowerActions::showBlacklist);
    m_menu->addAction(tr("Channel &QR codes…"), this, &FollowerActions::showQrCodes);
    updateActions();
}

FollowerActions::~FollowerActions() = default;

void FollowerActions::setSelection(const QList<qint64> &profileIds)
{
    m_selection = profileIds;
    updateActions();
}

void FollowerActions::updateActions()
{
    const bool any = !m_selection.isEmpty() && !m_running;
    const RoleGate gate(m_context.access);
    // A remark and the blacklist are about the person (support's work); tags serve segments.
    gate.setEnabled(m_remark, TeamAccess::Work::FixPeople, m_selection.size() == 1 && !m_running);
    for (QAction *action : {m_block, m_unblock})
        gate.setEnabled(action, TeamAccess::Work::FixPeople, any);
    for (QAction *action : {m_tag, m_untag})
        gate.setEnabled(action, TeamAccess::Work::EditSegments, any);
}

std::optional<AppConfig> FollowerActions::chooseAccount()
{
    QString problem;
    const std::optional<AppConfig> app = chooseOfficialAccount(m_context, m_window, &problem);
    if (!problem.isEmpty())
        emit finished(false, problem);
    return app;
}

void FollowerActions::withSession(
    const AppConfig &app,
    std::function<void(AppSession &, std::function<void(bool, QString)>)> work)
{
    AppSession::open(
        m_context, app, this,
        [this, work](const std::shared_ptr<AppSession> &session) {
            m_running = session;
            updateActions();
            work(*session, [this](bool ok, const QString &message) {
                // Let go of the session once the call that ends here has returned: the
                // client and its call objects are still on the stack now.
                QMetaObject::invokeMethod(
                    this, [kept = std::move(m_running)] {}, Qt::QueuedConnection);
                m_running.reset();
                updateActions();
                emit finished(ok, message);
            });
        },
        [this, app](const QString &message) {
            emit finished(false, tr("Cannot reach %1: %2").arg(app.name, message));
        });
}

QStringList FollowerActions::selectedFollowers(const AppConfig &app)
{
    const StatusOr<QStringList> openids =
        ProfileLookup(m_context.database.connections().connection())
            .followerOpenids(m_selection, app.appid);
    if (!openids.isOk())
        emit finished(false, openids.message());
    else if (openids.value().isEmpty())
        emit finished(false, tr("None of the selected people follows %1 now: WeChat keeps "
                                "remarks, tags and blocks for followers only.")
                                 .arg(app.name));
    return openids.value();
}

void FollowerActions::editRemark()
{
    if (m_selection.size() != 1 || m_running)
        return;
    const std::optional<AppConfig> app = chooseAccount();
    if (!app)
        return;
    ProfileSummary person;
    Status status = Status::ok();
    ProfileLookup(m_context.database.connections().connection())
        .load(m_selection.constFirst(), &person, &status);
    const auto account = std::find_if(
        person.accounts.cbegin(), person.accounts.cend(),
        [&](const AccountSummary &a) { return a.appid == app->appid && a.subscribed; });
    if (!status.isOk() || account == person.accounts.cend()) {
        emit finished(false, status.isOk() ? tr("This person does not follow %1 now: WeChat "
                                                "keeps remarks for followers only.")
                                                 .arg(app->name)
                                           : status.message());
        return;
    }
    QInputDialog ask(m_window);
    ask.setWindowTitle(tr("Edit remark"));
    ask.setLabelText(tr("Remark on %1 (at most 30 bytes, about 10 Chinese characters; empty "
                        "clears it):")
                         .arg(app->name));
    ask.setTextValue(account->remark);
    if (m_context.dialogs.exec(ask) != QDialog::Accepted)
        return;
    const QString remark = ask.textValue().trimmed();
    if (const QString problem = UserApi::remarkProblem(remark); !problem.isEmpty()) {
        emit finished(false, problem);
        return;
    }
    const QString openid = account->openid;
    withSession(*app, [openid, remark](AppSession &session, auto done) {
        session.housekeeping().setRemark(openid, remark, [done, remark](const Status &s) {
            done(s.isOk(),
                 s.isOk() ? tr("Remark saved in WeChat: “%1”.").arg(remark) : s.message());
        });
    });
}

void FollowerActions::tagSelection(bool tagged)
{
    if (m_selection.isEmpty() || m_running)
        return;
    const std::optional<AppConfig> app = chooseAccount();
    if (!app)
        return;
    DbConnection db = m_context.database.connections().connection();
    const StatusOr<QList<QPair<qint64, QString>>> tags = TagRepository(db).ofApp(app->appid);
    QStringList names;
    for (const auto &[id, name] : tags.value())
        if (id > 2) // WeChat's reserved tags cannot be given or taken
            names << name;
    if (!tagged && names.isEmpty()) {
        emit finished(false, tr("%1 has no tags to take off.").arg(app->name));
        return;
    }
    QInputDialog ask(m_window);
    ask.setWindowTitle(tagged ? tr("Tag") : tr("Untag"));
    ask.setLabelText(tagged ? tr("Tag the selected followers with (a new name creates the tag):")
                            : tr("Take this tag off the selected followers:"));
    ask.setComboBoxItems(names);
    ask.setComboBoxEditable(tagged);
    if (m_context.dialogs.exec(ask) != QDialog::Accepted)
        return;
    const QString name = ask.textValue().trimmed();
    const QStringList openids = selectedFollowers(*app);
    if (openids.isEmpty() || name.isEmpty())
        return;
    int tagId = -1;
    for (const auto &[id, existing] : tags.value())
        if (existing == name)
            tagId = int(id);
    withSession(*app, [tagId, name, openids, tagged](AppSession &session, auto done) {
        const auto apply = [&session, done, name, openids, tagged](int id) {
            session.housekeeping().setTagged(
                id, openids, tagged, [done, name, tagged](const Status &s, qint64 changed) {
                    if (!s.isOk())
                        return done(false, s.message());
                    done(
                        true,
                        tagged
                            ? tr("Tagged %Ln followers with “%1”.", nullptr, int(changed)).arg(name)
                            : tr("Took “%1” off %Ln followers.", nullptr, int(changed)).arg(name));
                });
        };
        if (tagId >= 0)
            return apply(tagId);
        session.housekeeping().createTag(name, [done, apply](const Status &s, int id) {
            if (!s.isOk())
                return done(false, s.message());
            apply(id);
        });
    });
}

void FollowerActions::blockSelection(bool blocked)
{
    if (m_selection.isEmpty() || m_running)
        return;
    const std::optional<AppConfig> app = chooseAccount();
    if (!app)
        return;
    const QStringList openids = selectedFollowers(*app);
    if (openids.isEmpty())
        return;
    const int n = int(openids.size());
    const QString question =
        blocked ? tr("Block %Ln followers on %1? None of the account's messages will reach "
                     "them, and they cannot message it.",
                     nullptr, n)
                      .arg(app->name)
                : tr("Unblock %Ln followers on %1?", nullptr, n).arg(app->name);
    if (!m_context.dialogs.confirm(m_window, blocked ? tr("Block") : tr("Unblock"), question))
        return;
    withSession(*app, [openids, blocked, n](AppSession &session, auto done) {
        session.housekeeping().setBlocked(openids, blocked, [done, blocked, n](const Status &s) {
            if (!s.isOk())
                return done(false, s.message());
            done(true, blocked ? tr("Blocked %Ln followers.", nullptr, n)
                               : tr("Unblocked %Ln followers.", nullptr, n));
        });
    });
}

template <typename Dialog> void FollowerActions::openAccountDialog(const QString &changedText)
{
    const std::optional<AppConfig> app = chooseAccount();
    if (!app)
        return;
    AppSession::open(
        m_context, *app, this,
        [this, changedText](const std::shared_ptr<AppSession> &session) {
            Dialog dialog(session, m_context.database.connections().connection(), m_context.dialogs,
                          m_window);
            bool changed = false;
            connect(&dialog, &Dialog::changed, this, [&changed] { changed = true; });
            m_context.dialogs.exec(dialog);
            if (changed)
                emit finished(true, changedText);
        },
        [this, app](const QString &message) {
            emit finished(false, tr("Cannot reach %1: %2").arg(app->name, message));
        });
}

void FollowerActions::manageTags()
{
    openAccountDialog<TagsDialog>(tr("Tags changed in WeChat."));
}

void FollowerActions::showBlacklist()
{
    openAccountDialog<BlacklistDialog>(tr("Blacklist changed in WeChat."));
}

void FollowerActions::showQrCodes()
{
    openAccountDialog<QrCodesDialog>(tr("New channel QR codes made."));
}
