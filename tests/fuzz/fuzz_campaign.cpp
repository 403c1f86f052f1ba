// A campaign definition from any bytes. Properties: a refusal names a reason; an accepted
// definition keeps its limits, and written back as JSON (as the database stores it) reads
// back to the same definition.
#include "FuzzCheck.h"
#include "messaging/CampaignDefinition.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    CampaignDefinition definition;
    const Status status = CampaignDefinition::parse(fuzzBytes(data, size), &definition);
    if (!status.isOk()) {
        FUZZ_CHECK(!status.message().isEmpty(), "refused without a reason");
        return 0;
    }
    FUZZ_CHECK(CampaignDefinition::channels().contains(definition.channel), definition.channel);
    FUZZ_CHECK(definition.ratePerSecond > 0 &&
                   definition.ratePerSecond <= CampaignDefinition::kMaxRatePerSecond,
               QString::number(definition.ratePerSecond));
    FUZZ_CHECK(definition.concurrency >= 1 &&
                   definition.concurrency <= CampaignDefinition::kMaxConcurrency,
               QString::number(definition.concurrency));
    FUZZ_CHECK(!definition.isMass() || (definition.batchSize >= 1 &&
                                        definition.batchSize <= CampaignDefinition::kMaxMassBatch),
               QString::number(definition.batchSize));

    const QByteArray stored = QJsonDocument(definition.toJson()).toJson(QJsonDocument::Compact);
    CampaignDefinition reread;
    const Status again = CampaignDefinition::parse(stored, &reread);
    FUZZ_CHECK(again.isOk(), again.message() + u'\n' + QString::fromUtf8(stored));
    const QByteArray restored = QJsonDocument(reread.toJson()).toJson(QJsonDocument::Compact);
    FUZZ_CHECK(stored == restored, QString::fromUtf8(stored + "\n" + restored));
    return 0;
}
