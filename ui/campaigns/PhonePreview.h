#pragma once

#include "messaging/CampaignDefinition.h"
#include "messaging/MessageRenderer.h"
#include "wechat/ApiTypes.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;

// The composed message as a phone shows it, filled for one sample person: a template or
// subscribe message as its card (the template's lines with the fields in place), a
// customer-service or mass text as a chat bubble under the account's name, a Mini Program card as
// its title and page.
class PhonePreview : public QFrame
{
    Q_OBJECT
public:
    explicit PhonePreview(QWidget *parent = nullptr);

    void show(const CampaignDefinition &definition, const MessageTemplate &chosenTemplate,
              const MessageRenderer::Recipient &sample);
    QString text() const; // the card's title and body, as plain text
    // The account the message comes from, named above a chat bubble as WeChat does.
    void setSender(const QString &name);
    bool showsBubble() const { return m_bubble; }
    bool showsCover() const;

private:
    void setBubble(bool bubble);

    QLabel *m_sender;
    QFrame *m_card;
    QHBoxLayout *m_cardRow;
    QLabel *m_cover; // an article's cover
    bool m_bubble = false;
    QLabel *m_title;
    QLabel *m_body;
    QLabel *m_who;
};
