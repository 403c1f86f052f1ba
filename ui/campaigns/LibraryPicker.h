#pragma once

#include "wechat/MaterialApi.h"

#include <QDialog>

class WechatClient;
class QDialogButtonBox;
class QLabel;
class QTabWidget;
class QTableWidget;
class MessageBanner;

// The Official Account's library, browsed from the composer: its articles (permanent news
// materials), its published articles and its images, each counted and listed page by page
// (20 a request), with the selected item's cover, title and summary. Picking an article (or an
// image, for a card) puts its media_id in the message instead of typing it.
class LibraryPicker : public QDialog
{
    Q_OBJECT
public:
    enum class Pick
    {
        Article,
        Image
    };
    enum Tab
    {
        Articles,
        Published,
        Images,
        TabCount
    };

    LibraryPicker(WechatClient &client, Pick pick, QWidget *parent = nullptr);
    ~LibraryPicker() override;

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *list(Tab tab) const { return m_lists[tab]; }
    // Every page asked for has come (or failed).
    bool isLoading() const { return m_loading > 0; }
    bool hasCover() const;
    // The selected item of the tab the pick is for; empty id when none.
    LibraryItem chosen() const;
    QString message() const;
    void loadMore(Tab tab);

signals:
    void loaded();

private:
    QWidget *tabPage(Tab tab);
    void showSelected();
    void updateOk();
    Tab pickTab() const { return m_pick == Pick::Article ? Articles : Images; }
    void setTabTitles();

    WechatClient &m_client;
    Pick m_pick;
    MaterialApi m_api;
    QTabWidget *m_tabs;
    QTableWidget *m_lists[TabCount];
    QList<LibraryItem> m_items[TabCount];
    int m_totals[TabCount] = {-1, -1, -1};
    QLabel *m_cover;
    QLabel *m_title;
    QLabel *m_digest;
    MessageBanner *m_message;
    QDialogButtonBox *m_buttons;
    int m_loading = 0;
};
