#pragma once

#include "messaging/CampaignDefinition.h"
#include "messaging/MessageRenderer.h"
#include "wechat/ApiTypes.h"

#include <QFrame>

class QLabel;

// The composed message as a phone shows it, filled for one sample person: a template or
// subscribe message as its card (the template's lines with the fields in place), a
// customer-service or mass text as a chat bubble, a Mini Program card as its title and page.
class PhonePreview : public QFrame
{
    Q_OBJECT
public:
    explicit PhonePreview(QWidget *parent = nullptr);

    void show(const CampaignDefinition &definition, const MessageTemplate &chosenTemplate,
              const MessageRenderer::Recipient &sample);
    QString text() const; // the card's title and body, as plain text

private:
    QLabel *m_title;
    QLabel *m_body;
    QLabel *m_who;
};
