#include "ProfileTableModel.h"

#include "FollowSource.h"
#include "logging/LogCategories.h"

#include <algorithm>
#include <QDateTime>
#include <QLocale>

ProfileTableModel::ProfileTableModel(DbConnection db, QObject *parent)
    : QAbstractTableModel(parent), m_source(db), m_qrCodes(db)
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
    // The names staff gave channel QR codes, so a source says "Spring poster", not its code.
    const StatusOr<QHash<QString, QString>> names = m_qrCodes.namesByScene();
    if (!names.isOk())
        qCWarning(lcUi).noquote() << "the QR code names cannot be read:" << names.message();
    m_qrNames = names.value();
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
    QList<Row> rows = rowsOf(m_source.byIds(profileIds));
    // Search results come in the order they were found: the sort the header shows wins.
    const int column = m_sortColumn;
    const bool descending = m_order == Qt::DescendingOrder;
    std::stable_sort(rows.begin(), rows.end(), [column, descending](const Row &a, const Row &b) {
        const QVariant left = sortKey(descending ? b : a, column);
        const QVariant right = sortKey(descending ? a : b, column);
        return QVariant::compare(left, right) == QPartialOrdering::Less;
    });
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

bool ProfileTableModel::canSortBy(int column) const
{
    // The full list pages through an index: only indexed columns, or a million rows are read.
    return m_filter || column == Id || column == MemberId;
}

void ProfileTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || !canSortBy(column))
        return;
    m_sortColumn = column;
    m_order = order;
    if (m_filter)
        showOnly(*m_filter);
    else
        reload();
}

QVariant ProfileTableModel::sortKey(const Row &row, int column)
{
    switch (column) {
    case Id:
        return row.id;
    case Name:
        return row.remark;
    case MemberId:
        return row.memberId;
    case Tags:
        return row.tags.join(u',');
    case Follows:
        // Followers by follow time, then those who left, then people without an OA account.
        return row.subscribed ? row.followedAt : row.unfollowedAt - (qint64(1) << 52);
    case Source:
        return row.scene + row.qrScene;
    case LastActivity:
        return row.lastActivity;
    case Accounts:
        return row.oaAccounts * 1000 + row.mpAccounts;
    }
    return {};
}

int ProfileTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProfileTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QString shortDate(qint64 msecs)
{
    return msecs > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs).date(),
                                          QLocale::ShortFormat)
                     : QString();
}
} // namespace

QString ProfileTableModel::displayText(const Row &row, int column) const
{
    switch (column) {
    case Id:
        return QString::number(row.id); // an identifier: no digit grouping
    case Name:
        return row.remark;
    case MemberId:
        return row.memberId;
    case Tags:
        return row.tags.join(QStringLiteral(", "));
    case Follows:
        if (!row.oaAccounts)
            return {};
        if (row.subscribed)
            return row.followedAt ? tr("since %1").arg(shortDate(row.followedAt)) : tr("yes");
        return row.unfollowedAt ? tr("left %1").arg(shortDate(row.unfollowedAt)) : tr("no");
    case Source:
        return row.scene.isEmpty()
                   ? QString()
                   : FollowSource::describe(row.scene, m_qrNames.value(row.qrScene, row.qrScene));
    case LastActivity:
        return shortDate(row.lastActivity);
    case Accounts: {
        QStringList parts;
        if (row.oaAccounts)
            parts << (row.oaAccounts == 1 ? tr("OA") : tr("OA ×%1").arg(row.oaAccounts));
        if (row.mpAccounts)
            parts << (row.mpAccounts == 1 ? tr("MP") : tr("MP ×%1").arg(row.mpAccounts));
        return parts.join(QStringLiteral(" · "));
    }
    }
    return {};
}

QVariant ProfileTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return row.id;
    if (role == Qt::DisplayRole)
        return displayText(row, index.column());
    if (role == Qt::ToolTipRole) {
        if (index.column() == Follows && row.oaAccounts)
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(row.subscribed ? row.followedAt : row.unfollowedAt),
                QLocale::LongFormat);
        if (index.column() == Accounts && !row.unionid.isEmpty())
            return tr("UnionID %1").arg(row.unionid);
        const QString text = displayText(row, index.column());
        return text.isEmpty() ? QVariant() : QVariant(text); // a clipped cell in full
    }
    return {};
}

QVariant ProfileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && !canSortBy(section))
        return tr("Search first to sort by this column: the full list sorts by profile or "
                  "member ID.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Profile");
    case Name:
        return tr("Name (remark)");
    case MemberId:
        return tr("Member ID");
    case Tags:
        return tr("Tags");
    case Follows:
        return tr("Follows OA");
    case Source:
        return tr("Source");
    case LastActivity:
        return tr("Last active");
    case Accounts:
        return tr("Accounts");
    }
    return {};
}
