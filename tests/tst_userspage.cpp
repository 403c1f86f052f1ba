// The Users page as support uses it: sync and import from the page (worker thread, progress,
// Cancel), the paged profile table, search by any identifier, the profile view (accounts,
// timeline with filters, weekly chart, identity history) and linking / unlinking by hand.
// With WXOPS_SCREENSHOT_DIR set it saves what support sees (WXOPS_TEST_LANG picks the language).
#include "ConsoleFixture.h"
#include "DbSnapshot.h"
#include "EmptyState.h"
#include "Emulator.h"
#include "EventText.h"
#include "i18n/Translations.h"
#include "MainWindow.h"
#include "profiles/ProfileLookup.h"
#include "storage/AppRepository.h"
#include "storage/Sql.h"
#include "users/ActivityChart.h"
#include "users/BlacklistDialog.h"
#include "users/FollowerActions.h"
#include "users/HistoryPanel.h"
#include "users/ImportDialog.h"
#include "users/LinkedAccountsPanel.h"
#include "users/MessagesPanel.h"
#include "users/ProfileTableModel.h"
#include "users/ProfileView.h"
#include "users/QrCodesDialog.h"
#include "users/ReasonDialog.h"
#include "users/TagsDialog.h"
#include "users/TimelinePanel.h"
#include "users/UsersPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>
#include <QValueAxis>

namespace {
const int kFollowers = 2500;
const int kMpUsers = 1500;
const int kEventsPerUser = 12;
} // namespace

class TestUsersPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        installTestLanguage();
        QVERIFY2(m_emu.isRunning(), qPrintable(m_emu.error()));
        QVERIFY2(m_fixture.openStatus.isOk(), qPrintable(m_fixture.openStatus.message()));
        for (const auto &[appid, kind, name, secret] :
             {std::tuple{Emulator::oaAppid(), AppConfig::Kind::OfficialAccount,
                         QStringLiteral("品牌服务号"), Emulator::oaSecret()},
              std::tuple{Emulator::mpAppid(), AppConfig::Kind::MiniProgram,
                         QStringLiteral("商城小程序"), Emulator::mpSecret()}}) {
            AppConfig app;
            app.appid = appid;
            app.kind = kind;
            app.name = name;
            app.apiBase = m_emu.baseUrl();
            QVERIFY(
                AppRepository(m_fixture.database.connections().connection()).insert(app).isOk());
            QVERIFY(m_fixture.secrets.writeAndWait(SecretStore::appSecretKey(appid), secret).ok());
        }
        m_export = m_dir.filePath(QStringLiteral("mp.jsonl"));
        const QString exported =
            Emulator::exportMp(m_export,
                               {QStringLiteral("--followers"), QString::number(kFollowers),
                                QStringLiteral("--mp-users"), QString::number(kMpUsers)},
                               kEventsPerUser);
        QVERIFY2(exported.isEmpty(), qPrintable(exported));
        m_window = std::make_unique<MainWindow>(m_fixture.context());
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void emptyPageSaysWhatToDo()
    {
        UsersPage *page = m_window->usersPage();
        QCOMPARE(page->model()->total(), 0);
        QVERIFY(page->findChild<EmptyState *>()->isVisible());
    }

    void syncAndImportFromThePage()
    {
        UsersPage *page = m_window->usersPage();
        QSignalSpy finished(page, &UsersPage::jobFinished);
        page->findChild<QPushButton *>(QStringLiteral("syncFollowers"))->click();
        QVERIFY2(page->isJobRunning(), qPrintable(m_fixture.dialogs.titles.join(QLatin1Char(';')) +
                                                  page->lastJobMessage()));
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.constFirst().constFirst().toBool(), qPrintable(page->lastJobMessage()));
        const qint64 subscribed = m_emu.get(QStringLiteral("/_emu/population"))
                                      .value(QStringLiteral("subscribed"))
                                      .toInt();
        QVERIFY2(page->lastJobMessage().contains(QLocale().toString(subscribed)),
                 qPrintable(page->lastJobMessage()));
        QCOMPARE(page->model()->total(), subscribed);

        // Import through the dialog the Import… button opens.
        m_fixture.dialogs.onExec = [this](QDialog &dialog) {
            auto *import = qobject_cast<ImportDialog *>(&dialog);
            if (!import)
                return int(QDialog::Rejected);
            import->setPath(m_export);
            return int(QDialog::Accepted);
        };
        finished.clear();
        page->findChild<QPushButton *>(QStringLiteral("importFile"))->click();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.constFirst().constFirst().toBool(), qPrintable(page->lastJobMessage()));
        QVERIFY2(page->lastJobMessage().contains(QLocale().toString(kMpUsers * kEventsPerUser)),
                 qPrintable(page->lastJobMessage()));
        QCOMPARE(DbSnapshot::count(db(), QStringLiteral("SELECT COUNT(*) FROM events")),
                 qint64(kMpUsers) * kEventsPerUser);
        QVERIFY(page->model()->total() > subscribed); // MP users without an OA account
        saveScreenshot(QStringLiteral("users-profile-accounts"));
    }

    void cancelStopsAnImportThatCanBeRunAgain()
    {
        // A bigger export so there is time to press Cancel.
        const QString big = m_dir.filePath(QStringLiteral("big.jsonl"));
        const QString exported =
            Emulator::exportMp(big,
                               {QStringLiteral("--followers"), QString::number(kFollowers),
                                QStringLiteral("--mp-users"), QString::number(kMpUsers)},
                               60);
        QVERIFY2(exported.isEmpty(), qPrintable(exported));
        UsersPage *page = m_window->usersPage();
        QSignalSpy finished(page, &UsersPage::jobFinished);
        page->startImport(big, false);
        auto *progress = page->findChild<QProgressBar *>(QStringLiteral("jobProgress"));
        QVERIFY(progress);
        QTRY_VERIFY(progress->value() > 50);
        page->cancelJob();
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.constFirst().constFirst().toBool());
        QVERIFY2(page->lastJobMessage().contains(QLocale().toString(kMpUsers)),
                 qPrintable(page->lastJobMessage()));
        finished.clear();
        page->startImport(big, false);
        QVERIFY(finished.wait(120000));
        QVERIFY(finished.constFirst().constFirst().toBool());
        QCOMPARE(DbSnapshot::count(db(), QStringLiteral("SELECT COUNT(*) FROM events")),
                 qint64(kMpUsers) * (kEventsPerUser + 60) - duplicateIds());
    }

    void tableIsPagedAndSortable()
    {
        ProfileTableModel model(db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(model.total() > 2 * ProfileTableModel::kPage);
        QCOMPARE(model.rowCount(), ProfileTableModel::kPage);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * ProfileTableModel::kPage);
        QVERIFY(model.profileIdAt(0) < model.profileIdAt(1));
        model.sort(ProfileTableModel::Id, Qt::DescendingOrder);
        QCOMPARE(
            model.profileIdAt(0),
            Sql::scalar(db(), QStringLiteral("SELECT MAX(id) FROM profiles")).value().toLongLong());
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), model.total());
        model.sort(ProfileTableModel::MemberId, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), ProfileTableModel::kPage);
    }

    void searchByAnyIdentifierOpensTheProfile()
    {
        UsersPage *page = m_window->usersPage();
        const QStringList person = DbSnapshot::rows(
            db(), QStringLiteral("SELECT a.profile_id, a.unionid, b.openid, a.openid FROM "
                                 "accounts a JOIN accounts b ON b.profile_id = a.profile_id AND "
                                 "b.app_id <> a.app_id JOIN apps p ON p.id = a.app_id AND p.kind "
                                 "= 'oa' JOIN profiles f ON f.id = a.profile_id WHERE "
                                 "f.member_id IS NOT NULL ORDER BY a.id LIMIT 1"));
        QCOMPARE(person.size(), 1);
        const QStringList ids = person.constFirst().split(QLatin1Char('|'));
        m_profileId = ids.at(0).toLongLong();
        for (const QString &text : ids.mid(1)) {
            QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
            QTest::keyClicks(page->searchBox(), text);
            QTest::keyClick(page->searchBox(), Qt::Key_Return);
            QCOMPARE(page->model()->rowCount(), 1);
            QCOMPARE(page->profileView()->profileId(), m_profileId);
        }
        // The status bar says both what the search shows and how many profiles there are.
        const QString all = QLocale().toString(
            DbSnapshot::count(db(), QStringLiteral("SELECT COUNT(*) FROM profiles")));
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("profilesLabel"));
        // In any language: the number shown (1) and the total, in the locale's number format.
        static const QRegularExpression one(QStringLiteral("(^|\\D)1(\\D|$)"));
        QVERIFY2(label->text().contains(one) && label->text().contains(all),
                 qPrintable(label->text()));
        ProfileView *view = page->profileView();
        QCOMPARE(view->accounts()->table()->rowCount(), 2);
        saveScreenshot(QStringLiteral("users-search"));
    }

    // The list says who each person is without opening them: remark, tags, follow state and
    // time, where the follow came from (the QR code's scene too) and the last activity; on a
    // 1440×900 screen every column is visible without scrolling sideways.
    void listSaysWhoPeopleAre()
    {
        m_window->resize(1440, 900);
        QTest::qWait(50);
        const QStringList person = DbSnapshot::rows(
            db(), QStringLiteral("SELECT a.profile_id, a.remark, a.qr_scene, a.subscribe_time, "
                                 "(SELECT MIN(t.name) FROM account_tags x JOIN tags t ON t.id = "
                                 "x.tag_ref WHERE x.account_id = a.id) FROM accounts a WHERE "
                                 "a.subscribed = 1 AND a.remark <> '' AND a.qr_scene IS NOT NULL "
                                 "AND EXISTS (SELECT 1 FROM account_tags x WHERE x.account_id = "
                                 "a.id) ORDER BY a.id LIMIT 1"));
        QCOMPARE(person.size(), 1);
        const QStringList fields = person.constFirst().split(u'|');
        UsersPage *page = m_window->usersPage();
        page->searchBox()->setText(fields.at(1));
        page->search();
        ProfileTableModel *model = page->model();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->profileIdAt(r) == fields.at(0).toLongLong())
                row = r;
        QVERIFY(row >= 0);
        auto cell = [&](int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(cell(ProfileTableModel::Name), fields.at(1));
        QVERIFY2(cell(ProfileTableModel::Tags).contains(fields.at(4)),
                 qPrintable(cell(ProfileTableModel::Tags)));
        const QString since = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(fields.at(3).toLongLong()).date(), QLocale::ShortFormat);
        QCOMPARE(cell(ProfileTableModel::Follows),
                 QCoreApplication::translate("ProfileTableModel", "since %1").arg(since));
        QVERIFY2(cell(ProfileTableModel::Source).endsWith(fields.at(2)),
                 qPrintable(cell(ProfileTableModel::Source)));
        QVERIFY(!cell(ProfileTableModel::Source).contains(QLatin1String("ADD_SCENE")));

        // Last activity: the newest event, for someone who has events.
        const QStringList active = DbSnapshot::rows(
            db(), QStringLiteral("SELECT profile_id, MAX(occurred_at) FROM events GROUP BY "
                                 "profile_id ORDER BY profile_id LIMIT 1"));
        const QStringList activeFields = active.value(0).split(u'|');
        page->searchBox()->setText(activeFields.at(0));
        page->search();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, ProfileTableModel::LastActivity).data().toString(),
                 QLocale().toString(
                     QDateTime::fromMSecsSinceEpoch(activeFields.at(1).toLongLong()).date(),
                     QLocale::ShortFormat));

        // Everyone again: all eight columns fit, headers unclipped.
        page->searchBox()->clear();
        page->search();
        QTableView *table = page->table();
        QTest::qWait(50);
        saveScreenshot(QStringLiteral("users-list"));
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        QHeaderView *header = table->horizontalHeader();
        for (int column = 0; column < ProfileTableModel::ColumnCount; ++column) {
            const QString title = model->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(title),
                     qPrintable(title));
        }
        saveScreenshot(QStringLiteral("users-list"));
    }

    // The arrow in the header always says the order the rows are in.
    void sortArrowMatchesTheRows()
    {
        UsersPage *page = m_window->usersPage();
        QTableView *table = page->table();
        ProfileTableModel *model = page->model();
        QHeaderView *header = table->horizontalHeader();
        // The whole list cannot sort by tags (no index): the arrow stays where the order is.
        table->sortByColumn(ProfileTableModel::Tags, Qt::AscendingOrder);
        QCOMPARE(header->sortIndicatorSection(), int(ProfileTableModel::Id));
        QVERIFY(model->profileIdAt(0) < model->profileIdAt(1));
        // Search results sort by any column: here by remark, descending.
        page->searchBox()->setText(QStringLiteral("客户1"));
        page->search();
        QVERIFY(model->rowCount() > 2);
        table->sortByColumn(ProfileTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(header->sortIndicatorSection(), int(ProfileTableModel::Name));
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->index(row - 1, ProfileTableModel::Name).data().toString() >=
                    model->index(row, ProfileTableModel::Name).data().toString());
        table->sortByColumn(ProfileTableModel::Id, Qt::AscendingOrder);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->profileIdAt(row - 1) < model->profileIdAt(row));
        page->searchBox()->clear();
        page->search();
    }

    // Support never reads one person's data under another's search: the start of an openid
    // finds them, a search that finds no one says so and shows no one, and after a sync the
    // list still shows what the search box says, with the same person selected.
    void searchTellsTheTruth()
    {
        UsersPage *page = m_window->usersPage();
        const QString openid =
            DbSnapshot::rows(
                db(),
                QStringLiteral("SELECT openid FROM accounts WHERE profile_id = %1 ORDER BY id "
                               "LIMIT 1")
                    .arg(m_profileId))
                .value(0);
        page->searchBox()->setText(openid.left(openid.size() - 3));
        page->search();
        QVERIFY(page->model()->rowCount() >= 1);
        QVERIFY(page->model()->rowCount() < 1000); // the start, not everyone
        bool listed = false;
        for (int row = 0; row < page->model()->rowCount(); ++row)
            listed = listed || page->model()->profileIdAt(row) == m_profileId;
        QVERIFY(listed);

        page->searchBox()->setText(QStringLiteral("nobody-has-this-id"));
        page->search();
        QCOMPARE(page->model()->rowCount(), 0);
        QCOMPARE(page->profileView()->profileId(), 0);
        QVERIFY(!page->profileView()->isVisible());
        auto *nobody = page->findChild<EmptyState *>(QStringLiteral("nobodySelected"));
        QVERIFY(nobody->isVisible());
        QVERIFY2(nobody->title().contains(QStringLiteral("nobody-has-this-id")),
                 qPrintable(nobody->title()));
        saveScreenshot(QStringLiteral("users-search-nothing"));

        page->searchBox()->setText(openid);
        page->search();
        QCOMPARE(page->profileView()->profileId(), m_profileId);
        QSignalSpy finished(page, &UsersPage::jobFinished);
        page->syncFollowers();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.constFirst().constFirst().toBool(), qPrintable(page->lastJobMessage()));
        QCOMPARE(page->searchBox()->text(), openid);
        QVERIFY(page->model()->isFiltered());
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->profileView()->profileId(), m_profileId);
        QCOMPARE(page->table()->currentIndex().row(), 0);
    }

    void timelineFiltersAndPages()
    {
        ProfileView *view = m_window->usersPage()->profileView();
        view->showTab(ProfileView::TimelineTab);
        TimelinePanel *timeline = view->timeline();
        const qint64 all = DbSnapshot::count(
            db(),
            QStringLiteral("SELECT COUNT(*) FROM events WHERE profile_id = %1").arg(m_profileId));
        QVERIFY(all > 0);
        QCOMPARE(timeline->total(), all);
        QCOMPARE(timeline->table()->rowCount(), int(qMin<qint64>(all, TimelinePanel::kPage)));
        auto *kind = timeline->findChild<QComboBox *>(QStringLiteral("timelineKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("oa")));
        QCOMPARE(timeline->total(), 0); // the MP user's events are not on the OA
        kind->setCurrentIndex(kind->findData(QStringLiteral("mp")));
        QCOMPARE(timeline->total(), all);
        auto *name = timeline->findChild<QComboBox *>(QStringLiteral("timelineName"));
        QVERIFY(name->count() > 2);
        name->setCurrentIndex(1);
        const qint64 named = DbSnapshot::count(
            db(),
            QStringLiteral("SELECT COUNT(*) FROM events WHERE profile_id = %1 AND name = '%2'")
                .arg(m_profileId)
                .arg(name->currentData().toString()));
        QCOMPARE(timeline->total(), named);
        name->setCurrentIndex(0);
        // Events in words: a known name as a phrase, properties as "Label: value", not JSON.
        QTableWidget *events = timeline->table();
        for (int row = 0; row < events->rowCount(); ++row) {
            const QString stored = events->item(row, 2)->toolTip();
            QVERIFY(!stored.isEmpty());
            if (stored == QLatin1String("view_item") ||
                stored == QLatin1String("subscribe_msg_accept"))
                QVERIFY2(events->item(row, 2)->text() != stored, qPrintable(stored));
            QVERIFY2(!events->item(row, 3)->text().startsWith(u'{'),
                     qPrintable(events->item(row, 3)->text()));
        }
        // (in the order of the keys, as JSON objects keep them)
        const auto pair = [](const char *label, const QString &value) {
            return QCoreApplication::translate("EventText", "%1: %2")
                .arg(QCoreApplication::translate("EventText", label), value);
        };
        QCOMPARE(EventText::details(QStringLiteral(R"({"template_id":"SUB_1","price":25})")),
                 pair("Price", QLocale().toString(25)) + QStringLiteral(" · ") +
                     pair("Template", QStringLiteral("SUB_1")));
        saveScreenshot(QStringLiteral("users-timeline"));

        view->showTab(ProfileView::ActivityTab);
        const QStringList plotted = view->chart()->plotted();
        QVERIFY(!plotted.isEmpty());
        qint64 drawn = 0;
        for (const QString &week : plotted) {
            const QStringList parts = week.split(QLatin1Char(' '));
            QCOMPARE(QDate::fromString(parts.at(0), Qt::ISODate).dayOfWeek(), 1); // Mondays
            drawn += parts.at(1).toInt() + parts.at(2).toInt();
        }
        QVERIFY(drawn > 0 && drawn <= all);
        // Counts on whole, round ticks from 0.
        auto *counts =
            qobject_cast<QValueAxis *>(view->chart()->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(counts);
        QCOMPARE(counts->min(), 0.0);
        QCOMPARE(counts->tickType(), QValueAxis::TicksDynamic);
        QCOMPARE(counts->tickInterval(), std::round(counts->tickInterval()));
        QCOMPARE(std::fmod(counts->max(), counts->tickInterval()), 0.0);
        saveScreenshot(QStringLiteral("users-activity"));
    }

    void linkAndUnlinkByHand()
    {
        ProfileView *view = m_window->usersPage()->profileView();
        // An MP user with a profile of its own, to be linked into the person.
        const QString stranger =
            DbSnapshot::rows(db(), QStringLiteral("SELECT a.openid FROM accounts a JOIN "
                                                  "apps p ON p.id = a.app_id WHERE "
                                                  "p.kind = 'mp' AND a.unionid IS NULL "
                                                  "AND a.member_id IS NULL LIMIT 1"))
                .value(0);
        QVERIFY(!stranger.isEmpty());
        // No changes yet: the history says what it will hold instead of an empty table.
        view->showTab(ProfileView::HistoryTab);
        QVERIFY(view->history()->emptyState()->isVisible());
        QVERIFY(!view->history()->table()->isVisible());
        saveScreenshot(QStringLiteral("users-history-empty"));
        m_fixture.dialogs.onExec = [&](QDialog &dialog) {
            dialog.findChild<QLineEdit *>(QStringLiteral("account"))->setText(stranger);
            dialog.findChild<QLineEdit *>(QStringLiteral("reason"))
                ->setText(QStringLiteral("ticket 4711: same phone"));
            return int(QDialog::Accepted);
        };
        view->findChild<QPushButton *>(QStringLiteral("linkAccount"))->click();
        QCOMPARE(view->accounts()->table()->rowCount(), 3);
        view->showTab(ProfileView::HistoryTab);
        QTableWidget *history = view->history()->table();
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->item(0, 5)->text(), QStringLiteral("ticket 4711: same phone"));
        saveScreenshot(QStringLiteral("users-history"));

        // Unlink the account again, then undo the unlink from the history.
        view->accounts()->table()->selectRow(2);
        m_fixture.dialogs.onExec = [](QDialog &dialog) {
            dialog.findChild<QLineEdit *>(QStringLiteral("reason"))
                ->setText(QStringLiteral("wrong person"));
            return int(QDialog::Accepted);
        };
        view->findChild<QPushButton *>(QStringLiteral("unlinkAccount"))->click();
        QCOMPARE(view->accounts()->table()->rowCount(), 2);
        QCOMPARE(DbSnapshot::count(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE "
                                                        "action IN ('identity.link', "
                                                        "'identity.unlink')")),
                 2);
        // A reason is required: without one the dialog cannot be accepted.
        ReasonDialog empty(QStringLiteral("t"), QStringLiteral("e"), false);
        QVERIFY(!empty.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void messagesTabListsWhatCampaignsSent()
    {
        ProfileView *view = m_window->usersPage()->profileView();
        const QStringList oa = DbSnapshot::rows(
            db(), QStringLiteral("SELECT a.profile_id, a.id, a.app_id FROM accounts a JOIN apps p "
                                 "ON p.id = a.app_id WHERE p.kind = 'oa' ORDER BY a.id LIMIT 1"));
        QCOMPARE(oa.size(), 1);
        const QStringList ids = oa.constFirst().split(u'|');
        view->showProfile(ids.at(0).toLongLong());
        view->showTab(ProfileView::MessagesTab);
        QCOMPARE(view->messages()->table()->rowCount(), 0); // the hint shows instead
        QVERIFY(!view->messages()->table()->isVisible());
        for (const QString &sql :
             {QStringLiteral("INSERT INTO campaigns (id, name, app_id, channel, content, state, "
                             "created_by, created_at) VALUES (91, '双十二 <b>提醒</b>', %1, "
                             "'template', '{}', 'finished', 'marketing', 1)"),
              QStringLiteral("INSERT INTO campaigns (id, name, app_id, channel, content, state, "
                             "created_by, created_at) VALUES (92, 'Later', %1, 'template', '{}', "
                             "'running', 'marketing', 2)"),
              QStringLiteral("INSERT INTO deliveries (campaign_id, account_id, state, "
                             "client_msg_id, updated_at, sent_at) VALUES (91, %2, 'sent', 'a', "
                             "1764000000000, 1764000000000)"),
              QStringLiteral("INSERT INTO deliveries (campaign_id, account_id, state, reason, "
                             "client_msg_id, updated_at) VALUES (92, %2, 'skipped', "
                             "'opted_out', 'b', 1764100000000)")})
            QVERIFY(Sql::exec(db(), QString(sql)
                                        .replace(QLatin1String("%1"), ids.at(2))
                                        .replace(QLatin1String("%2"), ids.at(1)))
                        .isOk());
        view->showProfile(ids.at(0).toLongLong());
        QTableWidget *table = view->messages()->table();
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("92 · Later")); // newest first
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("91 · 双十二 <b>提醒</b>")); // as text
        QCOMPARE(table->item(1, 4)->text(), QCoreApplication::translate("DeliveryText", "sent"));
        QCOMPARE(table->item(0, 5)->text(),
                 QCoreApplication::translate("DeliveryText", "opted out"));
        saveScreenshot(QStringLiteral("users-messages"));
    }

    void conflictsAreListedForReview()
    {
        // Two WeChat users (different unionids) under one member ID: not merged, listed.
        QFile file(m_dir.filePath(QStringLiteral("conflict.jsonl")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"kind\":\"user\",\"appid\":\"wxmp0000000000emu\",\"openid\":\"c-1\","
                   "\"unionid\":\"U-c1\",\"member_id\":\"MC-1\"}\n"
                   "{\"kind\":\"user\",\"appid\":\"wxmp0000000000emu\",\"openid\":\"c-2\","
                   "\"unionid\":\"U-c2\",\"member_id\":\"MC-1\"}\n");
        file.close();
        UsersPage *page = m_window->usersPage();
        QSignalSpy finished(page, &UsersPage::jobFinished);
        page->startImport(file.fileName(), false);
        QVERIFY(finished.wait(30000));
        auto *button = page->findChild<QPushButton *>(QStringLiteral("conflicts"));
        QVERIFY(button->isVisible());
        QVERIFY(button->text().contains(QLatin1Char('1')));
        const qint64 second =
            Sql::scalar(db(),
                        QStringLiteral("SELECT profile_id FROM accounts WHERE openid = 'c-2'"))
                .value()
                .toLongLong();
        m_fixture.dialogs.onExec = [](QDialog &dialog) {
            auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("conflicts"));
            [&] { QCOMPARE(table->rowCount(), 1); }();
            dialog.resize(760, 360);
            dialog.show();
            ::saveScreenshot(dialog, QStringLiteral("users-conflicts"));
            for (QPushButton *b : dialog.findChildren<QPushButton *>())
                if (b->text().contains(QLatin1String("B")))
                    b->click();
            return dialog.result();
        };
        button->click();
        QCOMPARE(page->profileView()->profileId(), second);
    }

    // Remark, tags and blacklist from the list: made in WeChat, shown in the list at once.
    void wechatHousekeepingFromTheList()
    {
        UsersPage *page = m_window->usersPage();
        page->searchBox()->clear();
        page->reload();
        QTableView *table = page->table();
        ProfileTableModel *model = page->model();
        FollowerActions *actions = page->followerActions();
        QSignalSpy done(page, &UsersPage::jobFinished);
        const auto waitDone = [&] {
            QVERIFY(done.wait(30000));
            QVERIFY2(done.takeFirst().at(0).toBool(), qPrintable(page->lastJobMessage()));
        };
        // Three people who follow the OA.
        QList<int> rows;
        for (int row = 0; row < model->rowCount() && rows.size() < 3; ++row)
            if (!ProfileLookup(db())
                     .followerOpenids({model->profileIdAt(row)}, Emulator::oaAppid())
                     .value()
                     .isEmpty())
                rows << row;
        QCOMPARE(rows.size(), 3);
        table->clearSelection();
        for (int row : rows)
            table->selectionModel()->select(model->index(row, 0), QItemSelectionModel::Select |
                                                                      QItemSelectionModel::Rows);
        const QList<qint64> people = page->selectedProfiles();
        QCOMPARE(people.size(), 3);

        // Tag with a new name: the tag is created, then given to the three.
        m_fixture.dialogs.onExec = [](QDialog &dialog) {
            static_cast<QInputDialog &>(dialog).setTextValue(QStringLiteral("回访客户"));
            return int(QDialog::Accepted);
        };
        actions->tagSelection(true);
        waitDone();
        for (qint64 person : people) {
            const int row = rowOf(person);
            QVERIFY(row >= 0);
            QVERIFY2(
                model->data(model->index(row, ProfileTableModel::Tags))
                    .toString()
                    .contains(QStringLiteral("回访客户")),
                qPrintable(model->data(model->index(row, ProfileTableModel::Tags)).toString()));
        }

        // F2 on one person edits their remark.
        table->clearSelection();
        table->selectRow(rowOf(people.first()));
        m_fixture.dialogs.onExec = [](QDialog &dialog) {
            static_cast<QInputDialog &>(dialog).setTextValue(QStringLiteral("回访 张先生"));
            return int(QDialog::Accepted);
        };
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        table->setFocus(); // as a click on the row leaves it
        QTest::keyClick(table, Qt::Key_F2);
        waitDone();
        QCOMPARE(
            model->data(model->index(rowOf(people.first()), ProfileTableModel::Name)).toString(),
            QStringLiteral("回访 张先生"));
        saveScreenshot(QStringLiteral("users-housekeeping"));

        // Block two, then the blacklist reads the same from WeChat, and unblocks them.
        table->clearSelection();
        for (int i = 0; i < 2; ++i)
            table->selectionModel()->select(model->index(rowOf(people.at(i)), 0),
                                            QItemSelectionModel::Select |
                                                QItemSelectionModel::Rows);
        m_fixture.dialogs.confirmAnswer = true;
        actions->blockSelection(true);
        waitDone();
        int listed = -1, afterRead = -1, afterUnblock = -1;
        m_fixture.dialogs.onExec = [&](QDialog &dialog) {
            auto &blacklist = static_cast<BlacklistDialog &>(dialog);
            listed = blacklist.table()->rowCount();
            QSignalSpy finished(&blacklist, &BlacklistDialog::operationFinished);
            blacklist.refreshFromWechat();
            if (finished.wait(30000))
                afterRead = blacklist.table()->rowCount();
            ::saveScreenshot(blacklist, QStringLiteral("blacklist-dialog"));
            blacklist.table()->selectAll();
            blacklist.unblockSelected();
            if (finished.wait(30000))
                afterUnblock = blacklist.table()->rowCount();
            return int(QDialog::Rejected);
        };
        actions->showBlacklist();
        QTRY_COMPARE_WITH_TIMEOUT(afterUnblock, 0, 30000);
        QCOMPARE(listed, 2);
        QCOMPARE(afterRead, 2);
        done.clear();

        // The account's tags: create, rename, delete, each in WeChat.
        QStringList afterCreate, afterRename, afterDelete;
        m_fixture.dialogs.onExec = [&](QDialog &dialog) {
            auto *tags = qobject_cast<TagsDialog *>(&dialog);
            if (!tags)
                return int(QDialog::Rejected);
            QSignalSpy finished(tags, &TagsDialog::operationFinished);
            const auto names = [tags] {
                QStringList out;
                for (int row = 0; row < tags->table()->rowCount(); ++row)
                    out << tags->table()->item(row, 0)->text();
                return out;
            };
            tags->createTag(QStringLiteral("门店会员"));
            finished.wait(30000);
            afterCreate = names();
            tags->table()->selectRow(int(afterCreate.indexOf(QStringLiteral("门店会员"))));
            tags->renameSelected(QStringLiteral("门店会员 2027"));
            finished.wait(30000);
            afterRename = names();
            ::saveScreenshot(*tags, QStringLiteral("tags-dialog"));
            tags->table()->selectRow(int(afterRename.indexOf(QStringLiteral("门店会员 2027"))));
            tags->deleteSelected();
            finished.wait(30000);
            afterDelete = names();
            return int(QDialog::Rejected);
        };
        actions->manageTags();
        QTRY_VERIFY_WITH_TIMEOUT(!afterDelete.isEmpty(), 30000);
        m_fixture.dialogs.onExec = {};
        m_fixture.dialogs.confirmAnswer = false;
        QVERIFY(afterCreate.contains(QStringLiteral("门店会员")));
        QVERIFY(afterCreate.contains(QStringLiteral("回访客户")));
        QVERIFY(afterRename.contains(QStringLiteral("门店会员 2027")));
        QVERIFY(!afterRename.contains(QStringLiteral("门店会员")));
        QVERIFY(!afterDelete.contains(QStringLiteral("门店会员 2027")));
        QCOMPARE(DbSnapshot::count(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE "
                                                        "action LIKE 'tag.%' OR action LIKE "
                                                        "'blacklist.%' OR action = "
                                                        "'follower.remark'")),
                 qint64(1 + 1 + 1 + 1 + 1 + 1 + 1 + 1)); // tag: create, add; remark; block,
                                                         // unblock; tag: create, rename, delete
    }

    // Channel QR codes: made in WeChat with a name, their image shown and saved, and the
    // Users list names the source of follows through them.
    void channelQrCodesNameTheSource()
    {
        UsersPage *page = m_window->usersPage();
        QSignalSpy done(page, &UsersPage::jobFinished);
        const QString saved = m_dir.filePath(QStringLiteral("poster.png"));
        QString firstFollowers, made;
        bool imageShown = false, refused = false;
        m_fixture.dialogs.onExec = [&](QDialog &dialog) {
            auto *codes = qobject_cast<QrCodesDialog *>(&dialog);
            if (!codes)
                return int(QDialog::Rejected);
            QSignalSpy finished(codes, &QrCodesDialog::operationFinished);
            codes->createCode(QStringLiteral("春季海报"), QStringLiteral("poster-spring"), true, 0);
            if (!finished.wait(30000))
                return int(QDialog::Rejected);
            made = codes->message();
            firstFollowers = codes->table()->item(0, 3)->text();
            imageShown = QTest::qWaitFor([codes] { return codes->hasImage(); }, 30000);
            ::saveScreenshot(*codes, QStringLiteral("qrcodes-dialog"));
            codes->saveImage(saved);
            // The same parameter again is refused before WeChat makes a second code.
            const qsizetype before = finished.size();
            codes->createCode(QStringLiteral("again"), QStringLiteral("poster-spring"), true, 0);
            refused = QTest::qWaitFor([&] { return finished.size() == before + 1; }, 30000) &&
                      !finished.constLast().at(0).toBool();
            return int(QDialog::Rejected);
        };
        page->followerActions()->showQrCodes();
        QVERIFY(done.wait(30000));
        m_fixture.dialogs.onExec = {};
        QVERIFY2(made.contains(QStringLiteral("poster-spring")), qPrintable(made));
        QVERIFY2(firstFollowers.toInt() > 0, qPrintable(firstFollowers));
        QVERIFY(imageShown);
        QVERIFY(refused);
        QFile png(saved);
        QVERIFY(png.open(QIODevice::ReadOnly));
        QVERIFY(png.read(8) == QByteArray("\x89PNG\r\n\x1a\n"));
        QCOMPARE(m_emu.count(QStringLiteral("/cgi-bin/qrcode/create")), 1);

        // The list says which poster brought whom.
        ProfileTableModel *model = page->model();
        bool named = false;
        for (int row = 0; row < model->rowCount() && !named; ++row) {
            const QString source =
                model->data(model->index(row, ProfileTableModel::Source)).toString();
            QVERIFY(!source.contains(QStringLiteral("poster-spring")));
            named = source.contains(QStringLiteral("春季海报"));
        }
        QVERIFY(named);
    }

    // A secret the keychain no longer has: the sync does not start, the person is told which
    // app and why, and the buttons work again.
    void aSyncWithoutItsSecretSaysWhich()
    {
        UsersPage *page = m_window->usersPage();
        const QString key = SecretStore::appSecretKey(Emulator::oaAppid());
        QVERIFY(m_fixture.secrets.removeAndWait(key).ok());
        m_fixture.dialogs.titles.clear();
        m_fixture.dialogs.errors.clear();
        auto *sync = page->findChild<QPushButton *>(QStringLiteral("syncFollowers"));
        sync->click();
        QVERIFY(QTest::qWaitFor([&] { return !m_fixture.dialogs.titles.isEmpty(); }, 10000));
        QVERIFY2(m_fixture.dialogs.titles.constFirst().contains(QStringLiteral("品牌服务号")),
                 qPrintable(m_fixture.dialogs.titles.join(QLatin1Char(';'))));
        QCOMPARE(m_fixture.dialogs.errors.size(), 1);
        QVERIFY(!page->isJobRunning());
        QVERIFY(sync->isEnabled());
        QVERIFY(m_fixture.secrets.writeAndWait(key, Emulator::oaSecret()).ok());
    }

private:
    QSqlDatabase db() { return m_fixture.database.connections().connection(); }
    int rowOf(qint64 profileId)
    {
        ProfileTableModel *model = m_window->usersPage()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->profileIdAt(row) == profileId)
                return row;
        return -1;
    }
    qint64 duplicateIds() { return qint64(kMpUsers) * kEventsPerUser; } // e-i-0..11 repeat

    void saveScreenshot(const QString &name) { ::saveScreenshot(*m_window, name); }

    Emulator m_emu{{QStringLiteral("--followers"), QString::number(kFollowers),
                    QStringLiteral("--mp-users"), QString::number(kMpUsers)}};
    ConsoleFixture m_fixture;
    QTemporaryDir m_dir;
    QString m_export;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_profileId = 0;
};

QTEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"
