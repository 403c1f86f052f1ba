#include "LibraryPicker.h"

#include "campaigns/CoverCache.h"
#include "MessageBanner.h"
#include "PlainLabel.h"
#include "wechat/WechatClient.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
const int kCoverWidth = 260;
} // namespace

LibraryPicker::LibraryPicker(WechatClient &client, Pick pick, QWidget *parent)
    : QDialog(parent), m_client(client), m_pick(pick), m_api(client), m_tabs(new QTabWidget(this)),
      m_cover(new QLabel(this)), m_title(plainLabel(this)), m_digest(plainLabel(this)),
      m_message(new MessageBanner(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Library of %1").arg(m_client.app().name));
    for (int tab = 0; tab < TabCount; ++tab)
        m_tabs->addTab(tabPage(Tab(tab)), QString());
    setTabTitles();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(pick == Pick::Article ? tr("Use this article") : tr("Use this image"));
    m_cover->setFixedWidth(kCoverWidth);
    m_cover->setMinimumHeight(kCoverWidth * 200 / 470);
    m_cover->setAlignment(Qt::AlignCenter);
    m_cover->setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setFixedWidth(kCoverWidth);
    m_digest->setFixedWidth(kCoverWidth);

    auto *side = new QVBoxLayout;
    side->addWidget(m_cover);
    side->addWidget(m_title);
    side->addWidget(m_digest);
    side->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_tabs, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(middle, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(860, 520);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (m_totals[tab] < 0 && m_items[tab].isEmpty())
            loadMore(Tab(tab));
        showSelected();
    });
    m_api.counts(this, [this](const Result<MaterialCounts> &counts) {
        if (!counts.ok())
            return; // the lists say what failed
        m_totals[Articles] = counts.value.news;
        m_totals[Images] = counts.value.images;
        setTabTitles();
    });
    m_tabs->setCurrentIndex(pickTab());
    if (m_items[pickTab()].isEmpty())
        loadMore(pickTab());
    updateOk();
}

LibraryPicker::~LibraryPicker() = default;

QWidget *LibraryPicker::tabPage(Tab tab)
{
    auto *page = new QWidget(this);
    auto *list = new QTableWidget(0, 2, page);
    list->setObjectName(QStringLiteral("library%1").arg(int(tab)));
    list->setHorizontalHeaderLabels({tab == Images ? tr("Name") : tr("Title"), tr("Updated")});
    list->setSelectionBehavior(QAbstractItemView::SelectRows);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->verticalHeader()->hide();
    list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_lists[tab] = list;
    auto *more = new QPushButton(tr("Load &more"), page);
    more->setObjectName(QStringLiteral("more%1").arg(int(tab)));
    more->hide();
    auto *layout = new QVBoxLayout(page);
    if (tab == Published)
        layout->addWidget(
            new QLabel(tr("Published articles are shared by their link; a mass send takes an "
                          "article from the library (the Articles tab)."),
                       page));
    layout->addWidget(list, 1);
    layout->addWidget(more, 0, Qt::AlignLeft);
    for (QLabel *label : page->findChildren<QLabel *>())
        label->setWordWrap(true);
    connect(more, &QPushButton::clicked, this, [this, tab] { loadMore(tab); });
    connect(list, &QTableWidget::itemSelectionChanged, this, &LibraryPicker::showSelected);
    connect(list, &QTableWidget::itemDoubleClicked, this, [this, tab] {
        if (tab == pickTab())
            accept();
    });
    connect(this, &LibraryPicker::loaded, more, [this, tab, more] {
        more->setVisible(m_totals[tab] > m_items[tab].size());
        more->setEnabled(!isLoading());
    });
    return page;
}

void LibraryPicker::setTabTitles()
{
    const QLocale locale;
    const auto title = [&](const QString &name, Tab tab) {
        return m_totals[tab] < 0 ? name : tr("%1 (%2)").arg(name, locale.toString(m_totals[tab]));
    };
    m_tabs->setTabText(Articles, title(tr("Articles"), Articles));
    m_tabs->setTabText(Published, title(tr("Published"), Published));
    m_tabs->setTabText(Images, title(tr("Images"), Images));
}

void LibraryPicker::loadMore(Tab tab)
{
    ++m_loading;
    const auto arrived = [this, tab](const Result<LibraryPage> &page) {
        --m_loading;
        if (!page.ok()) {
            m_message->say(page.error.userMessage(m_client.app()), Tone::Error);
            emit loaded();
            return;
        }
        m_totals[tab] = page.value.total;
        const QLocale locale;
        for (const LibraryItem &item : page.value.items) {
            m_items[tab].append(item);
            QTableWidget *list = m_lists[tab];
            const int row = list->rowCount();
            list->insertRow(row);
            list->setItem(row, 0, new QTableWidgetItem(item.title)); // plain text from WeChat
            list->setItem(
                row, 1,
                new QTableWidgetItem(locale.toString(
                    QDateTime::fromSecsSinceEpoch(item.updatedAt).date(), QLocale::ShortFormat)));
        }
        if (m_items[tab].isEmpty())
            m_message->say(tr("Nothing here yet: add it in mp.weixin.qq.com."), Tone::Plain);
        setTabTitles();
        emit loaded();
    };
    const int offset = int(m_items[tab].size());
    if (tab == Published)
        m_api.published(offset, this, arrived);
    else
        m_api.materials(tab == Articles ? QStringLiteral("news") : QStringLiteral("image"), offset,
                        this, arrived);
}

void LibraryPicker::showSelected()
{
    const int tab = m_tabs->currentIndex();
    const QList<QTableWidgetItem *> selected = m_lists[tab]->selectedItems();
    m_cover->clear();
    m_title->clear();
    m_digest->clear();
    updateOk();
    if (selected.isEmpty())
        return;
    const LibraryItem item = m_items[tab].value(selected.first()->row());
    m_title->setText(item.title);
    m_digest->setText(item.digest);
    if (item.coverUrl.isEmpty())
        return;
    if (const QPixmap known = CoverCache::get(item.coverUrl); !known.isNull())
        return m_cover->setPixmap(known.scaledToWidth(kCoverWidth - 4, Qt::SmoothTransformation));
    m_cover->setText(tr("Loading…"));
    const QString url = item.coverUrl;
    m_api.image(url, this, [this, url](const Result<QByteArray> &image) {
        QPixmap cover;
        if (!image.ok() || !cover.loadFromData(image.value)) {
            m_cover->setText(tr("No cover"));
            return;
        }
        CoverCache::put(url, cover);
        if (chosen().coverUrl == url || m_tabs->currentIndex() != pickTab())
            m_cover->setPixmap(cover.scaledToWidth(kCoverWidth - 4, Qt::SmoothTransformation));
    });
}

bool LibraryPicker::hasCover() const
{
    return !m_cover->pixmap().isNull();
}

LibraryItem LibraryPicker::chosen() const
{
    const QList<QTableWidgetItem *> selected = m_lists[pickTab()]->selectedItems();
    if (selected.isEmpty() || m_tabs->currentIndex() != pickTab())
        return {};
    return m_items[pickTab()].value(selected.first()->row());
}

QString LibraryPicker::message() const
{
    return m_message->shown();
}

void LibraryPicker::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosen().id.isEmpty());
}
