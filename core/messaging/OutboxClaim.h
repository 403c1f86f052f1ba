#pragma once

#include "MessageRenderer.h"
#include "util/Status.h"

#include <QList>

class DeliveryRepository;
class SqlDialect;
struct CampaignDefinition;

// Which of a campaign's pending rows one turn of a run sends, and in which requests. Rows are
// checked once more just before they go (opt-out, frequency cap, an empty template field);
// the ones left out are skipped with their reason. A mass request carries up to batch_size
// openids and never a lone one (mass/send takes two at least).
class OutboxClaim
{
public:
    struct Row
    {
        qint64 deliveryId = 0;
        QString clientMsgId;
        MessageRenderer::Recipient recipient;
    };
    using Batch = QList<Row>; // the rows one request carries

    struct Result
    {
        QList<Batch> batches; // moved to `sending` for this run
        int rowsRead = 0;     // claimed, and skipped at the last check
        int skipped = 0;
    };

    OutboxClaim(DeliveryRepository &deliveries, const CampaignDefinition &definition,
                const MessageRenderer &renderer, const SqlDialect &dialect, qint64 campaignId,
                const QString &runnerId);

    // In the caller's transaction: up to `count` pending rows. `moreBeyond`: pending rows stay
    // after these, so a lone last mass openid waits for them rather than being skipped.
    Status claim(int count, bool moreBeyond, qint64 now, Result *result);
    // The request's client_msg_id. A mass request's names its rows, so the same batch sent
    // again is one message to WeChat.
    QString clientMsgId(const Batch &batch) const;

private:
    QList<Batch> batched(const QList<Row> &rows, bool moreBeyond,
                         QList<QPair<qint64, QString>> *excluded) const;

    DeliveryRepository &m_deliveries;
    const CampaignDefinition &m_definition;
    const MessageRenderer &m_renderer;
    const SqlDialect &m_dialect;
    qint64 m_campaignId;
    QString m_runnerId;
};
