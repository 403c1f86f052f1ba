#include "ProfileTableModel.h"

#include "logging/LogCategories.h"

ProfileTableModel::ProfileTableModel(DbConnection db, QObject *parent)
    : QAbstractTableModel(parent), m_source(db)
{
}

QList<ProfileTableModel::Row> ProfileTableModel::rowsOf(const StatusOr<QList<Row>> &read)
{
    if (!read.isOk())
        qCWarning(lcUi).noquote() << "the profile list cannot be read:" << read.message();
    return read.value();
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
    const StatusOr<qint64> total = m_source.count();
    if (!total.isOk())
        qCWarning(lcUi).noquote() << "the profiles cannot be counted:" << total.message();
    m_allProfiles = total.value();
    resetTo({}, m_allProfiles);
    if (m_allProfiles > 0)
        fetchMore({});
}

void ProfileTableModel::showOnly(const QList<qint64> &profileIds)
{
    m_filter = profileIds;
    const QList<Row> rows = rowsOf(m_source.byIds(profileIds));
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
    const QList<Row> page = rowsOf(
        m_sortColumn == MemberId
            ? m_source.pageByMemberId(int(m_rows.size()), descending, kPage)
            : m_source.pageById(m_rows.isEmpty() ? 0 : m_rows.constLast().id, descending, kPage));
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
