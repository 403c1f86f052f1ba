#include "ProfileView.h"

#include "ActivityChart.h"
#include "DialogRunner.h"
#include "HistoryPanel.h"
#include "identity/IdentityLinker.h"
#include "LinkedAccountsPanel.h"
#include "MessagesPanel.h"
#include "messaging/OptOutList.h"
#include "OptOutDialog.h"
#include "profiles/ProfileLookup.h"
#include "ReasonDialog.h"
#include "storage/AuditLog.h"
#include "TimelinePanel.h"
#include "util/Clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
const int kShownMessages = 500; // the newest; a campaign report has them all
}

ProfileView::ProfileView(DbConnection db, DialogRunner &dialogs, const TeamAccess &access,
                         QWidget *parent)
    : QWidget(parent), m_db(db), m_dialogs(dialogs), m_gate(access), m_title(new QLabel(this)),
      m_link(new QPushButton(tr("&Link account…"), this)),
      m_unlink(new QPushButton(tr("&Unlink account…"), this)), m_tabs(new QTabWidget(this)),
      m_accounts(new LinkedAccountsPanel(this)), m_timeline(new TimelinePanel(db, this)),
      m_chart(new ActivityChart(this)), m_history(new HistoryPanel(this)),
      m_messages(new MessagesPanel(m_gate, this))
{
    m_title->setObjectName(QStringLiteral("profileTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_link->setObjectName(QStringLiteral("linkAccount"));
    m_unlink->setObjectName(QStringLiteral("unlinkAccount"));
    connect(m_link, &QPushButton::clicked, this, &ProfileView::linkAccount);
    connect(m_unlink, &QPushButton::clicked, this, &ProfileView::unlinkSelected);
    connect(m_history, &HistoryPanel::undoRequested, this, &ProfileView::undo);
    connect(m_messages, &MessagesPanel::optOutRequested, this, &ProfileView::optOut);
    connect(m_messages, &MessagesPanel::optInRequested, this, &ProfileView::optIn);

    m_tabs->addTab(m_accounts, tr("Accounts"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(m_chart, tr("Activity"));
    m_tabs->addTab(m_history, tr("Identity history"));
    m_tabs->addTab(m_messages, tr("Messages"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_link);
    header->addWidget(m_unlink);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
}

void ProfileView::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void ProfileView::clear()
{
    m_profile = 0;
    m_title->clear();
    m_accounts->show(ProfileSummary{});
}

bool ProfileView::showProfile(qint64 profileId)
{
    m_profile = profileId;
    ProfileSummary profile;
    Status status = Status::ok();
    if (!ProfileLookup(m_db).load(profileId, &profile, &status)) {
        m_title->setText(status.isOk() ? tr("Profile %1 no longer exists.").arg(profileId)
                                       : status.message());
        m_accounts->show(ProfileSummary{});
        return false;
    }
    m_title->setText(
        profile.memberId.isEmpty()
            ? tr("Profile %1 · %Ln event(s)", nullptr, int(profile.eventCount)).arg(profile.id)
            : tr("Profile %1 · member %2 · %Ln event(s)", nullptr, int(profile.eventCount))
                  .arg(profile.id)
                  .arg(profile.memberId));
    m_accounts->show(profile);
    m_timeline->showProfile(profileId);
    ProfileActivity activity(m_db);
    m_chart->showWeeks(activity.weeklyActivity(profileId, &status));
    m_history->show(activity.history(profileId, &status));
    m_messages->show(activity.messages(profileId, kShownMessages, &status));
    QList<OptOutList::Entry> optOuts;
    if (status.isOk())
        status = OptOutList(m_db, Clock::system()).of(profileId, &optOuts);
    m_messages->showOptOuts(optOuts);
    m_gate.setEnabled(m_link, TeamAccess::Work::FixPeople, true,
                      tr("Bring another account into this person's profile"));
    m_gate.setEnabled(m_unlink, TeamAccess::Work::FixPeople, profile.accounts.size() > 1);
    if (!status.isOk()) // what is shown may be incomplete: say so rather than show gaps
        m_title->setText(
            tr("%1 · not everything could be read: %2").arg(m_title->text(), status.message()));
    return true;
}

void ProfileView::optOut()
{
    if (!m_profile)
        return;
    OptOutDialog dialog(tr("Opt out of campaign messages"),
                        tr("Campaigns will not send profile %1 these messages, from now on and "
                           "in campaigns already running. The reason is kept in the audit log.")
                            .arg(m_profile),
                        OptOutList::channels(), this);
    if (m_dialogs.exec(dialog) != QDialog::Accepted)
        return;
    const Status status =
        OptOutList(m_db, Clock::system())
            .add(m_profile, dialog.channel(), dialog.reason(), AuditLog::currentActor());
    if (!status.isOk())
        return reportFailure(tr("Cannot opt out"), status.message());
    showProfile(m_profile);
}

void ProfileView::optIn()
{
    QList<OptOutList::Entry> optOuts;
    if (!m_profile || !OptOutList(m_db, Clock::system()).of(m_profile, &optOuts).isOk() ||
        optOuts.isEmpty())
        return;
    QStringList channels;
    for (const OptOutList::Entry &e : std::as_const(optOuts))
        channels << e.channel;
    OptOutDialog dialog(tr("Opt back in"),
                        tr("Profile %1 may receive these messages again. The reason is kept in "
                           "the audit log.")
                            .arg(m_profile),
                        channels, this);
    if (m_dialogs.exec(dialog) != QDialog::Accepted)
        return;
    const Status status =
        OptOutList(m_db, Clock::system())
            .remove(m_profile, dialog.channel(), dialog.reason(), AuditLog::currentActor());
    if (!status.isOk())
        return reportFailure(tr("Cannot opt back in"), status.message());
    showProfile(m_profile);
}

void ProfileView::reportFailure(const QString &title, const QString &message)
{
    m_dialogs.showError(this, title, message);
}

void ProfileView::linkAccount()
{
    if (!m_profile)
        return;
    ReasonDialog dialog(tr("Link an account to profile %1").arg(m_profile),
                        tr("The account moves into this profile and stays there: the automatic "
                           "rules will not move it again. The reason is kept in the identity "
                           "history, and the link can be undone."),
                        true, this);
    if (m_dialogs.exec(dialog) != QDialog::Accepted)
        return;
    const StatusOr<qint64> account = ProfileLookup(m_db).accountByOpenid(dialog.account());
    if (!account.isOk()) {
        reportFailure(tr("Cannot link"), account.message());
        return;
    }
    if (account.value() == 0) {
        reportFailure(
            tr("Cannot link"),
            tr("No account has the OpenID \"%1\". Sync or import it first.").arg(dialog.account()));
        return;
    }
    const Status status =
        IdentityLinker(m_db, Clock::system())
            .linkManually(account.value(), m_profile, AuditLog::currentActor(), dialog.reason());
    if (!status.isOk()) {
        reportFailure(tr("Cannot link"), status.message());
        return;
    }
    showProfile(m_profile);
    emit identityChanged(m_profile);
}

void ProfileView::unlinkSelected()
{
    const qint64 account = m_accounts->selectedAccount();
    if (!account)
        return;
    ReasonDialog dialog(tr("Unlink account"),
                        tr("The selected account moves to a profile of its own and stays apart "
                           "until the unlink is undone."),
                        false, this);
    if (m_dialogs.exec(dialog) != QDialog::Accepted)
        return;
    const Status status = IdentityLinker(m_db, Clock::system())
                              .unlink(account, AuditLog::currentActor(), dialog.reason());
    if (!status.isOk()) {
        reportFailure(tr("Cannot unlink"), status.message());
        return;
    }
    showProfile(m_profile);
    emit identityChanged(m_profile);
}

void ProfileView::undo(qint64 historyId)
{
    const Status status =
        IdentityLinker(m_db, Clock::system()).undo(historyId, AuditLog::currentActor(), QString());
    if (!status.isOk()) {
        reportFailure(tr("Cannot undo"), status.message());
        return;
    }
    showProfile(m_profile);
    emit identityChanged(m_profile);
}
