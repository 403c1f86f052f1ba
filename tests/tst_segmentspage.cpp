// The Segments page as marketing uses it, on a population synced from wxemu and imported from
// its Mini Program export: build a nested definition with the tree and the condition editor,
// watch the live count, save, refresh (size and chart), export, duplicate, rename, delete, open a
// matching person, and see a definition that refers to itself refused.
#include "analytics/DayChart.h"
#include "ConsoleFixture.h"
#include "Emulator.h"
#include "MainWindow.h"
#include "people/QrCodeStore.h"
#include "segments/ConditionEditor.h"
#include "segments/ConditionTree.h"
#include "segments/LiveCount.h"
#include "segments/NameDialog.h"
#include "segments/SegmentsPage.h"
#include "segments/SegmentStore.h"
#include "segments/SizeChart.h"
#include "storage/AppRepository.h"
#include "storage/TagRepository.h"
#include "users/UsersPage.h"
#include "util/Clock.h"
#include "util/CountScale.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>

#include <QtTest>
#include <QValueAxis>

namespace {
const int kFollowers = 1500;
const int kMpUsers = 900;
} // namespace

class TestSegmentsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_window.reset(); }
    void buildCountSaveRefresh();
    void sampleOpensTheProfile();
    void exportDuplicateRenameDelete();
    void pushAsTagTagsTheFollowersOnWechat();
    void selfReferenceIsRefused();
    void noOneMatchingSaysWhatToCheck();
    void aQrCodeIsPickedByItsName();

private:
    SegmentsPage *page() const { return m_window->segmentsPage(); }
    QAction *addAction(const QString &kind) const;
    qint64 expectedCount();
    bool waitForCount(qint64 expected);

    ConsoleFixture m_fixture;
    Emulator m_emu{{QStringLiteral("--followers"), QString::number(kFollowers),
                    QStringLiteral("--mp-users"), QString::number(kMpUsers)}};
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestSegmentsPage::initTestCase()
{
    installTestLanguage();
    QVERIFY2(m_fixture.openStatus.isOk(), qPrintable(m_fixture.openStatus.message()));
    QVERIFY2(m_emu.isRunning(), qPrintable(m_emu.error()));
    for (const auto &[appid, kind, secret] :
         {std::tuple{Emulator::oaAppid(), AppConfig::Kind::OfficialAccount, Emulator::oaSecret()},
          std::tuple{Emulator::mpAppid(), AppConfig::Kind::MiniProgram, Emulator::mpSecret()}}) {
        AppConfig app;
        app.appid = appid;
        app.kind = kind;
        app.name = kind == AppConfig::Kind::OfficialAccount ? QStringLiteral("服务号")
                                                            : QStringLiteral("小程序");
        app.apiBase = m_emu.baseUrl();
        QVERIFY(AppRepository(m_fixture.database.connections().connection()).insert(app).isOk());
        QVERIFY(m_fixture.secrets.writeAndWait(SecretStore::appSecretKey(appid), secret).ok());
    }
    const QString mpExport = m_dir.filePath(QStringLiteral("mp.jsonl"));
    const QString exported =
        Emulator::exportMp(mpExport,
                           {QStringLiteral("--followers"), QString::number(kFollowers),
                            QStringLiteral("--mp-users"), QString::number(kMpUsers)},
                           8);
    QVERIFY2(exported.isEmpty(), qPrintable(exported));
    m_window = std::make_unique<MainWindow>(m_fixture.context());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    UsersPage *users = m_window->usersPage();
    QSignalSpy done(users, &UsersPage::jobFinished);
    users->syncFollowers();
    QVERIFY(done.wait(60000));
    QCOMPARE(done.takeFirst().at(0).toBool(), true);
    users->startImport(mpExport, false);
    QVERIFY(done.wait(60000));
    QCOMPARE(done.takeFirst().at(0).toBool(), true);
    m_window->showPage(MainWindow::Segments);
    page()->reload();
    page()->liveCount()->setDelay(10);
}

QAction *TestSegmentsPage::addAction(const QString &kind) const
{
    for (QToolButton *button : page()->findChildren<QToolButton *>())
        if (button->menu())
            for (QAction *action : button->menu()->actions())
                if (action->text() == ConditionEditor::kindTitle(kind))
                    return action;
    return nullptr;
}

qint64 TestSegmentsPage::expectedCount()
{
    SegmentStore store(m_fixture.database.connections().connection(), Clock::system());
    qint64 count = -1;
    const QByteArray definition =
        QJsonDocument(page()->tree()->definition()).toJson(QJsonDocument::Compact);
    if (!store.count(definition, &count).isOk())
        return -1;
    return count;
}

bool TestSegmentsPage::waitForCount(qint64 expected)
{
    return QTest::qWaitFor(
        [&] {
            return page()->lastCount() == expected &&
                   page()->sample()->rowCount() == qMin<qint64>(expected, 50);
        },
        20000);
}

void TestSegmentsPage::buildCountSaveRefresh()
{
    SegmentsPage *p = page();
    ConditionEditor *editor = p->conditionEditor();
    p->newSegment();
    // Followers of the OA ...
    addAction(QStringLiteral("account"))->trigger();
    QVERIFY(waitForCount(expectedCount()));
    const qint64 followers = expectedCount();
    QVERIFY(followers > 1000);
    // ... AND any of: the 星标组 tag, or at least 2 view_item events in the Mini Program.
    p->tree()->setCurrentItem(p->tree()->topLevelItem(0));
    p->tree()->addGroup();
    addAction(QStringLiteral("tag"))->trigger();
    editor->findChild<QComboBox *>(QStringLiteral("tag"))->setCurrentText(QStringLiteral("星标组"));
    p->tree()->setCurrentItem(p->tree()->topLevelItem(0)->child(1));
    addAction(QStringLiteral("event"))->trigger();
    auto *events = editor->findChild<QComboBox *>(QStringLiteral("event"));
    // A new behaviour condition counts every event: a default window would find no one on
    // data older than it, with nothing to say why.
    QVERIFY(!p->tree()
                 ->definition()
                 .value(QStringLiteral("all"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("any"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("event"))
                 .toObject()
                 .contains(QStringLiteral("within_days")));
    // Offered from the data: every event name the import brought, in order.
    QCOMPARE(events->count(), 6);
    QCOMPARE(events->itemText(0), QStringLiteral("add_to_cart"));
    QVERIFY(events->findText(QStringLiteral("view_item")) >= 0);
    events->setCurrentText(QStringLiteral("view_item"));
    auto *mode = editor->findChild<QComboBox *>(QStringLiteral("countMode"));
    mode->setCurrentIndex(mode->findData(QStringLiteral("least")));
    editor->findChild<QSpinBox *>(QStringLiteral("min"))->setValue(2);
    auto *time = editor->findChild<QComboBox *>(QStringLiteral("timeMode"));
    time->setCurrentIndex(time->findData(QStringLiteral("any")));
    auto *platform = editor->findChild<QComboBox *>(QStringLiteral("platform"));
    platform->setCurrentIndex(platform->findData(QStringLiteral("mp")));

    const QJsonObject definition = p->tree()->definition();
    const QJsonObject expected =
        QJsonDocument::fromJson(
            R"({"all":[{"account":{"kind":"oa","subscribed":true}},{"any":[{"tag":{"name":"星标组"}},
        {"event":{"name":"view_item","kind":"mp","at_least":2}}]}]})")
            .object();
    QCOMPARE(definition, expected);
    const qint64 count = expectedCount();
    QVERIFY(count > 0 && count < followers);
    QVERIFY2(waitForCount(count), qPrintable(p->countText()));
    saveScreenshot(*m_window, QStringLiteral("segments-builder"));

    // Save needs a name.
    QVERIFY(!p->save());
    QVERIFY(!p->messageText().isEmpty());
    QCOMPARE(p->findChild<QLineEdit *>(QStringLiteral("segmentName"))->maxLength(),
             SegmentStore::kMaxNameLength);
    p->findChild<QLineEdit *>(QStringLiteral("segmentName"))->setText(QStringLiteral("星标或常看"));
    QVERIFY(p->save());
    QCOMPARE(p->savedList()->rowCount(), 1);
    QCOMPARE(p->savedList()->item(0, 0)->text(), QStringLiteral("星标或常看"));

    QSignalSpy done(p, &SegmentsPage::jobFinished);
    p->refreshSegment();
    QVERIFY(done.wait(20000));
    QCOMPARE(done.takeFirst().at(0).toBool(), true);
    QCOMPARE(p->savedList()->item(0, 1)->text(), QLocale().toString(count));
    QCOMPARE(p->sizeChart()->plottedPoints(), 1);
    QSignalSpy trendShown(p, &SegmentsPage::trendShown); // read on a thread of its own
    p->refreshSegment();
    QVERIFY(done.wait(20000));
    QCOMPARE(p->sizeChart()->plottedPoints(), 2);
    // The size on whole, round ticks: the top is the first round step at or above it.
    auto *sizes = qobject_cast<QValueAxis *>(p->sizeChart()->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(sizes);
    const CountScale scale = CountScale::forHighest(count);
    QCOMPARE(sizes->max(), double(scale.top));
    QCOMPARE(sizes->tickInterval(), double(scale.step));
    // The last 30 days beside it: today's members are the refreshed count.
    QVERIFY(trendShown.count() > 0 || trendShown.wait(20000));
    QCOMPARE(trendShown.takeLast().at(0).toBool(), true);
    QCOMPARE(p->trendChart()->seriesCount(), 3);
    const QStringList days = p->trendChart()->csv().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(days.size(), 31);
    QCOMPARE(days.constLast().split(u',').at(1).toLongLong(), count);
    QVERIFY(days.at(1).split(u',').at(1).isEmpty()); // 29 days ago: not refreshed yet
    QVERIFY(waitForCount(count));
    saveScreenshot(*m_window, QStringLiteral("segments-saved"));
}

void TestSegmentsPage::sampleOpensTheProfile()
{
    SegmentsPage *p = page();
    QVERIFY(p->sample()->rowCount() > 0);
    const qint64 first = p->sample()->item(0, 0)->text().toLongLong();
    QSignalSpy opened(p, &SegmentsPage::openProfileRequested);
    emit p->sample()->cellDoubleClicked(0, 0);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), first);
    QCOMPARE(m_window->currentPage(), MainWindow::Users);
    m_window->showPage(MainWindow::Segments);
}

void TestSegmentsPage::exportDuplicateRenameDelete()
{
    SegmentsPage *p = page();
    const qint64 size = expectedCount();
    const QString csv = m_dir.filePath(QStringLiteral("members.csv"));
    QSignalSpy done(p, &SegmentsPage::jobFinished);
    p->exportTo(csv);
    QVERIFY(done.wait(20000));
    QCOMPARE(done.takeFirst().at(0).toBool(), true);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\r\n"), size + 1);

    // Duplicate and rename answer a NameDialog; delete asks first.
    QString nextName = QStringLiteral("copy one");
    m_fixture.dialogs.onExec = [&nextName](QDialog &dialog) {
        static_cast<NameDialog &>(dialog).setName(nextName);
        return int(QDialog::Accepted);
    };
    p->savedList()->selectRow(0);
    p->duplicateSegment();
    QCOMPARE(p->savedList()->rowCount(), 2);
    nextName = QStringLiteral("copy two");
    p->renameSegment();
    QStringList names;
    for (int row = 0; row < p->savedList()->rowCount(); ++row)
        names << p->savedList()->item(row, 0)->text();
    QVERIFY2(names.contains(QStringLiteral("copy two")), qPrintable(names.join(',')));
    m_fixture.dialogs.confirmAnswer = false;
    p->deleteSegment();
    QCOMPARE(p->savedList()->rowCount(), 2);
    m_fixture.dialogs.confirmAnswer = true;
    p->deleteSegment(); // the selected one: the renamed copy
    QCOMPARE(p->savedList()->rowCount(), 1);
    QCOMPARE(p->savedList()->item(0, 0)->text(), QStringLiteral("星标或常看"));
    m_fixture.dialogs.onExec = {};
}

void TestSegmentsPage::pushAsTagTagsTheFollowersOnWechat()
{
    SegmentsPage *p = page();
    p->openSegment(QStringLiteral("星标或常看"));
    m_fixture.dialogs.onExec = [](QDialog &dialog) {
        static_cast<NameDialog &>(dialog).setName(QStringLiteral("高价值"));
        return int(QDialog::Accepted);
    };
    QSignalSpy done(p, &SegmentsPage::jobFinished);
    p->pushAsTag(); // reads the secret from the keychain, then tags on a worker thread
    QVERIFY(done.wait(30000));
    m_fixture.dialogs.onExec = {};
    QVERIFY2(done.takeFirst().at(0).toBool(), qPrintable(p->messageText()));
    static const QRegularExpression tagged(QStringLiteral("(\\d+)"));
    const QRegularExpressionMatch match = tagged.match(p->messageText());
    QVERIFY2(match.hasMatch() && match.captured(1).toLongLong() > 0, qPrintable(p->messageText()));
    QVERIFY2(p->messageText().contains(QStringLiteral("高价值")), qPrintable(p->messageText()));
    QVERIFY(!p->isJobRunning());
    // The database holds the new tag and its followers at once, without a sync.
    const auto tagCount = [this] {
        DbConnection db = m_fixture.database.connections().connection();
        const qint64 app = AppRepository(db).rowId(Emulator::oaAppid());
        const StatusOr<QList<WechatTag>> tags = TagRepository(db).withCounts(app);
        for (const WechatTag &tag : tags.value())
            if (tag.name == QStringLiteral("高价值"))
                return qint64(tag.count);
        return qint64(-1);
    };
    QCOMPARE(tagCount(), match.captured(1).toLongLong());

    // Untag takes it off the same followers, on WeChat and here.
    m_fixture.dialogs.onExec = [](QDialog &dialog) {
        static_cast<NameDialog &>(dialog).setName(QStringLiteral("高价值"));
        return int(QDialog::Accepted);
    };
    p->pushAsTag(false);
    QVERIFY(done.wait(30000));
    m_fixture.dialogs.onExec = {};
    QVERIFY2(done.takeFirst().at(0).toBool(), qPrintable(p->messageText()));
    QVERIFY2(p->messageText().contains(match.captured(1)), qPrintable(p->messageText()));
    QCOMPARE(tagCount(), 0);
}

void TestSegmentsPage::selfReferenceIsRefused()
{
    SegmentsPage *p = page();
    p->openSegment(QStringLiteral("星标或常看"));
    p->tree()->setCurrentItem(p->tree()->topLevelItem(0));
    addAction(QStringLiteral("in_segment"))->trigger();
    p->conditionEditor()
        ->findChild<QComboBox *>(QStringLiteral("segment"))
        ->setCurrentText(QStringLiteral("星标或常看"));
    QVERIFY(!p->save());
    QVERIFY2(p->messageText().contains(QStringLiteral("星标或常看 → 星标或常看")),
             qPrintable(p->messageText()));
    saveScreenshot(*m_window, QStringLiteral("segments-error"));

    // Del in the tree removes the selected condition; then it saves.
    const int before = p->tree()->topLevelItem(0)->childCount();
    QTest::keyClick(p->tree(), Qt::Key_Delete);
    QCOMPARE(p->tree()->topLevelItem(0)->childCount(), before - 1);
    QVERIFY2(p->save(), qPrintable(p->messageText()));
}

// A segment that matches no one says what to check instead of showing an empty table.
void TestSegmentsPage::noOneMatchingSaysWhatToCheck()
{
    SegmentsPage *p = page();
    p->newSegment();
    addAction(QStringLiteral("event"))->trigger();
    p->conditionEditor()
        ->findChild<QComboBox *>(QStringLiteral("event"))
        ->setCurrentText(QStringLiteral("no_such_event"));
    QVERIFY(waitForCount(0));
    auto *title = p->findChild<QLabel *>(QStringLiteral("sampleTitle"));
    QVERIFY(title->isVisible());
    QVERIFY(!p->sample()->isVisible());
    // In any language: the advice, not the title of a list of people.
    QVERIFY2(!title->text().isEmpty() &&
                 title->text() !=
                     QCoreApplication::translate("SegmentsPage",
                                                 "Some matching people (double-click to open):"),
             qPrintable(title->text()));
    saveScreenshot(*m_window, QStringLiteral("segments-no-match"));
}

QTEST_MAIN(TestSegmentsPage)
// "Followed through QR code X": a code made in wxops is offered by its name and selects by its
// parameter; any other parameter can be typed.
void TestSegmentsPage::aQrCodeIsPickedByItsName()
{
    DbConnection db = m_fixture.database.connections().connection();
    StoredQrCode code;
    code.scene = QStringLiteral("poster-spring");
    code.name = QStringLiteral("春季海报");
    code.permanent = true;
    code.ticket = QStringLiteral("t");
    code.url = QStringLiteral("u");
    code.createdBy = QStringLiteral("test");
    QVERIFY(QrCodeStore(db).add(AppRepository(db).rowId(Emulator::oaAppid()), &code).isOk());
    SegmentsPage *p = page();
    p->reload();
    p->newSegment();
    addAction(QStringLiteral("account"))->trigger();
    auto *qr = p->conditionEditor()->findChild<QComboBox *>(QStringLiteral("qrScene"));
    const int named = qr->findData(QStringLiteral("poster-spring"));
    QVERIFY(named >= 0);
    QVERIFY(qr->itemText(named).contains(QStringLiteral("春季海报")));
    qr->setCurrentIndex(named);
    const auto qrSceneOf = [p] {
        return p->tree()
            ->definition()
            .value(QStringLiteral("all"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("account"))
            .toObject()
            .value(QStringLiteral("qr_scene"))
            .toString();
    };
    QCOMPARE(qrSceneOf(), QStringLiteral("poster-spring"));
    const qint64 expected = expectedCount();
    QVERIFY(expected > 0);
    QVERIFY2(waitForCount(expected), qPrintable(p->countText()));
    qr->setEditText(QStringLiteral("shop-beijing-02"));
    QCOMPARE(qrSceneOf(), QStringLiteral("shop-beijing-02"));
}

#include "tst_segmentspage.moc"
