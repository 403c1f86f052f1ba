#pragma once

#include "people/QrCodeStore.h"
#include "profiles/ProfileRows.h"
#include "storage/DbConnection.h"

#include <optional>
#include <QAbstractTableModel>

// All profiles (or the ones a search found) as a table, paged from ProfileRows: rows are fetched
// 200 at a time as the view scrolls, so a million profiles cost what is on screen.
// Everyone sorts by the indexed columns (profile ID, member ID); search results (a few hundred
// at most) sort by any column.
class ProfileTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Name,
        MemberId,
        Tags,
        Follows,
        Source,
        LastActivity,
        Accounts,
        ColumnCount
    };
    static constexpr int kPage = 200;

    explicit ProfileTableModel(DbConnection db, QObject *parent = nullptr);

    // Shows every profile again.
    void reload();
    // Shows only these profiles (search results), in this order.
    void showOnly(const QList<qint64> &profileIds);
    bool isFiltered() const { return m_filter.has_value(); }
    // All profiles, as counted when the table last showed them all.
    qint64 allProfiles() const { return m_allProfiles; }
    // Profiles in the table when fully scrolled: all of them, or the search results.
    qint64 total() const { return m_total; }
    qint64 profileIdAt(int row) const;
    // Whether the rows can be put in this column's order now (see the class comment).
    bool canSortBy(int column) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void totalChanged(qint64 total);

private:
    using Row = ProfileRows::Row;
    // The rows, or none when they cannot be read (logged: the view keeps what it has).
    QList<Row> rowsOf(const StatusOr<QList<Row>> &read);
    void resetTo(const QList<Row> &rows, qint64 total);
    QString displayText(const Row &row, int column) const;
    // The value a column sorts by (search results are sorted in memory).
    static QVariant sortKey(const Row &row, int column);

    ProfileRows m_source;
    QrCodeStore m_qrCodes;
    QHash<QString, QString> m_qrNames; // QR code scene -> the name staff gave the code
    QList<Row> m_rows;
    std::optional<QList<qint64>> m_filter;
    qint64 m_total = 0;
    qint64 m_allProfiles = 0;
    int m_sortColumn = Id;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    bool m_notifying = false; // views are being told of a change: no nested fetch
};
