#include "ProfileTableModel.h"

#include "logging/LogCategories.h"
#include "storage/Sql.h"

#include <QHash>
#include <QSqlQuery>

namespace {
const QString kSelect = QStringLiteral(
    "SELECT p.id, p.member_id, "
    "(SELECT COUNT(*) FROM accounts a JOIN apps x ON x.id = a.app_id WHERE a.profile_id = p.id "
    "AND x.kind = 'oa'), "
    "(SELECT COUNT(*) FROM accounts a JOIN apps x ON x.id = a.app_id WHERE a.profile_id = p.id "
    "AND x.kind = 'mp'), "
    "(SELECT MAX(a.subscribed) FROM accounts a WHERE a.profile_id = p.id), "
    "(SELECT MIN(a.unionid) FROM accounts a WHERE a.profile_id = p.id), "
    "(SELECT MIN(a.remark) FROM accounts a WHERE a.profile_id = p.id AND a.remark <> '') "
    "FROM profiles p");
} // namespace

ProfileTableModel::ProfileTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
}

QList<ProfileTableModel::Row> ProfileTableModel::fetch(const QString &where,
                                                       const QVariantList &values,
                                                       const QString &orderLimit)
{
    QList<Row> rows;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::run(q, kSelect + where + orderLimit, values))
        return rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                     q.value(3).toInt(), q.value(4).toInt() == 1, q.value(5).toString(),
                     q.value(6).toString()});
    return rows;
}

void ProfileTableModel::resetTo(const QList<Row> &rows, qint64 total)
{
    // No rows may be inserted while views still handle the reset (they may ask for more).
    m_notifying = true;
    beginResetModel();
    m_rows = rows;
    m_total = total;
    endResetModel();
    m_notifying = false;
    emit totalChanged(m_total);
}

void ProfileTableModel::reload()
{
    m_filter.reset();
    Status counted = Status::ok();
    const qint64 total =
        Sql::toCount(Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM profiles")), &counted);
    if (!counted.isOk())
        qCWarning(lcUi).noquote() << "the profiles cannot be counted:" << counted.message();
    m_allProfiles = total;
    resetTo({}, total);
    if (total > 0)
        fetchMore({});
}

void ProfileTableModel::showOnly(const QList<qint64> &profileIds)
{
    m_filter = profileIds;
    QList<Row> rows;
    if (!profileIds.isEmpty()) {
        QVariantList values;
        for (qint64 id : profileIds)
            values << id;
        // One query; then back into the order the search ranked them.
        const QList<Row> found =
            fetch(QStringLiteral(" WHERE p.id IN (%1)").arg(Sql::placeholders(int(values.size()))),
                  values, QString());
        QHash<qint64, Row> byId;
        for (const Row &row : found)
            byId.insert(row.id, row);
        for (qint64 id : profileIds)
            if (byId.contains(id))
                rows.append(byId.value(id));
    }
    resetTo(rows, rows.size());
}

qint64 ProfileTableModel::profileIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

bool ProfileTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_filter && !m_notifying && m_rows.size() < m_total;
}

void ProfileTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const bool descending = m_order == Qt::DescendingOrder;
    QList<Row> page;
    if (m_sortColumn == MemberId) {
        // Member IDs repeat NULL: offset paging over the index, ties broken by id.
        page = fetch(QString(), {},
                     QStringLiteral(" ORDER BY p.member_id %1, p.id LIMIT %2 OFFSET %3")
                         .arg(descending ? QStringLiteral("DESC") : QStringLiteral("ASC"))
                         .arg(kPage)
                         .arg(m_rows.size()));
    } else {
        // Keyset paging on the primary key: as fast on the last page as on the first.
        QString where;
        QVariantList values;
        if (!m_rows.isEmpty()) {
            where =
                descending ? QStringLiteral(" WHERE p.id < ?") : QStringLiteral(" WHERE p.id > ?");
            values << m_rows.constLast().id;
        }
        page = fetch(where, values,
                     QStringLiteral(" ORDER BY p.id %1 LIMIT %2")
                         .arg(descending ? QStringLiteral("DESC") : QStringLiteral("ASC"))
                         .arg(kPage));
    }
    if (page.isEmpty()) {
        m_total = m_rows.size(); // profiles were removed meanwhile
        return;
    }
    m_notifying = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
    m_notifying = false;
}

void ProfileTableModel::sort(int column, Qt::SortOrder order)
{
    if (column != Id && column != MemberId)
        return; // only indexed columns: sorting must not scan a million rows
    m_sortColumn = column;
    m_order = order;
    if (m_filter)
        showOnly(*m_filter);
    else
        reload();
}

int ProfileTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProfileTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return row.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return row.id;
    case MemberId:
        return row.memberId;
    case Accounts: {
        QStringList parts;
        if (row.oaAccounts)
            parts << tr("OA ×%1").arg(row.oaAccounts);
        if (row.mpAccounts)
            parts << tr("MP ×%1").arg(row.mpAccounts);
        return parts.join(QStringLiteral(" · "));
    }
    case Subscribed:
        return row.oaAccounts ? (row.subscribed ? tr("yes") : tr("no")) : QString();
    case Unionid:
        return row.unionid;
    case Remark:
        return row.remark;
    }
    return {};
}

QVariant ProfileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Profile");
    case MemberId:
        return tr("Member ID");
    case Accounts:
        return tr("Accounts");
    case Subscribed:
        return tr("Follows OA");
    case Unionid:
        return tr("UnionID");
    case Remark:
        return tr("Remark");
    }
    return {};
}
