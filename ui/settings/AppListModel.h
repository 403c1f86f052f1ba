#pragma once

#include "wechat/AppConfig.h"

#include <QAbstractTableModel>
#include <QList>

// The configured WeChat apps as a table for Settings → Accounts. Holds no secret.
class AppListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Kind,
        AppId,
        ApiBase,
        Proxy,
        ColumnCount
    };

    explicit AppListModel(QObject *parent = nullptr);

    void setApps(const QList<AppConfig> &apps);
    const AppConfig &appAt(int row) const { return m_apps.at(row); }
    int rowOf(const QString &appid) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindName(AppConfig::Kind kind);

private:
    QList<AppConfig> m_apps;
};
