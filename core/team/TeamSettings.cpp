#include "TeamSettings.h"

#include "storage/Sql.h"

#include <QCoreApplication>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamSettings)
};

const QString kApprovalThreshold = QStringLiteral("approval_threshold");
} // namespace

StatusOr<qint64> TeamSettings::approvalThreshold() const
{
    const StatusOr<QVariant> value =
        Sql::scalar(m_db, QStringLiteral("SELECT value FROM team_settings WHERE name = ?"),
                    {kApprovalThreshold});
    WX_TRY(value.status());
    bool isNumber = false;
    const qint64 threshold = value.value().toString().toLongLong(&isNumber);
    return isNumber ? threshold : kDefaultApprovalThreshold;
}

Status TeamSettings::setApprovalThreshold(qint64 recipients)
{
    if (recipients < 0)
        return Status::failure(
            Text::tr("The approval threshold is a number of recipients, 0 or more."));
    return Sql::exec(m_db, QStringLiteral("UPDATE team_settings SET value = ? WHERE name = ?"),
                     {QString::number(recipients), kApprovalThreshold});
}
