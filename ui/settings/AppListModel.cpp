#include "AppListModel.h"

AppListModel::AppListModel(QObject *parent) : QAbstractTableModel(parent) {}

void AppListModel::setApps(const QList<AppConfig> &apps)
{
    beginResetModel();
    m_apps = apps;
    endResetModel();
}

int AppListModel::rowOf(const QString &appid) const
{
    for (int row = 0; row < m_apps.size(); ++row)
        if (m_apps.at(row).appid == appid)
            return row;
    return -1;
}

int AppListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_apps.size());
}

int AppListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AppListModel::kindName(AppConfig::Kind kind)
{
    return kind == AppConfig::Kind::MiniProgram ? tr("Mini Program") : tr("Official Account");
}

QVariant AppListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AppConfig &app = m_apps.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return app.name;
        case Kind:
            return kindName(app.kind);
        case AppId:
            return app.appid;
        case ApiBase:
            return app.effectiveApiBase().toString();
        case Proxy:
            return app.proxy.isEmpty() ? tr("direct") : app.proxy.toString();
        }
    }
    if (role == Qt::UserRole)
        return app.appid;
    return {};
}

QVariant AppListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case AppId:
        return tr("AppID");
    case ApiBase:
        return tr("API address");
    case Proxy:
        return tr("Proxy");
    }
    return {};
}
