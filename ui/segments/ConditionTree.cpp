#include "ConditionTree.h"

#include "EventText.h"
#include "FollowSource.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>

namespace {
const int kKindRole = Qt::UserRole;          // "all", "any" or "leaf"
const int kConditionRole = Qt::UserRole + 1; // a leaf's JSON
const int kNegatedRole = Qt::UserRole + 2;

bool isGroup(const QTreeWidgetItem *item)
{
    return item && item->data(0, kKindRole).toString() != QStringLiteral("leaf");
}

QString timeText(const QJsonObject &o, const QString &withinKey, const QString &betweenKey)
{
    if (o.contains(withinKey))
        return ConditionTree::tr("in the last %n day(s)", nullptr, o.value(withinKey).toInt());
    if (o.contains(betweenKey)) {
        const QJsonArray pair = o.value(betweenKey).toArray();
        return ConditionTree::tr("from %1 to %2").arg(pair.at(0).toString(), pair.at(1).toString());
    }
    return QString();
}
} // namespace

ConditionTree::ConditionTree(QWidget *parent) : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setColumnCount(1);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformRowHeights(true);
    clearToEmpty();
}

void ConditionTree::clearToEmpty()
{
    clear();
    QTreeWidgetItem *root = newGroup(QStringLiteral("all"), false, nullptr);
    setCurrentItem(root);
}

QTreeWidgetItem *ConditionTree::newGroup(const QString &kind, bool negated, QTreeWidgetItem *parent)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    item->setData(0, kKindRole, kind);
    item->setData(0, kNegatedRole, negated);
    item->setExpanded(true);
    refreshText(item);
    return item;
}

QString ConditionTree::describe(const QJsonObject &condition)
{
    const QString key = condition.constBegin().key();
    const QJsonValue body = condition.constBegin().value();
    const QJsonObject o = body.toObject();
    auto yes = [&](bool flag, const QString &on, const QString &off) { return flag ? on : off; };
    if (key == QStringLiteral("account")) {
        QStringList parts;
        if (o.contains(QStringLiteral("kind")))
            parts << (o.value(QStringLiteral("kind")).toString() == QStringLiteral("oa")
                          ? tr("Official Account")
                          : tr("Mini Program"));
        if (o.contains(QStringLiteral("app")))
            parts << o.value(QStringLiteral("app")).toString();
        if (o.contains(QStringLiteral("subscribed")))
            parts << yes(o.value(QStringLiteral("subscribed")).toBool(), tr("subscribed"),
                         tr("not subscribed"));
        if (o.contains(QStringLiteral("scene")))
            parts << tr("source: %1")
                         .arg(FollowSource::sceneName(o.value(QStringLiteral("scene")).toString()));
        if (o.contains(QStringLiteral("qr_scene")))
            parts << tr("through QR code “%1”").arg(o.value(QStringLiteral("qr_scene")).toString());
        if (o.contains(QStringLiteral("language")))
            parts << tr("language %1").arg(o.value(QStringLiteral("language")).toString());
        const QString when = timeText(o, QStringLiteral("subscribed_within_days"),
                                      QStringLiteral("subscribed_between"));
        if (!when.isEmpty())
            parts << tr("subscribed %1").arg(when);
        return parts.isEmpty() ? tr("Has any account")
                               : tr("Has an account: %1").arg(parts.join(QStringLiteral(", ")));
    }
    if (key == QStringLiteral("tag"))
        return o.contains(QStringLiteral("name"))
                   ? tr("Has the tag “%1”").arg(o.value(QStringLiteral("name")).toString())
                   : tr("Has tag id %1").arg(o.value(QStringLiteral("id")).toInt());
    if (key == QStringLiteral("event")) {
        const QString name = EventText::name(o.value(QStringLiteral("name")).toString());
        const int least = o.value(QStringLiteral("at_least")).toInt(1);
        QString text;
        if (o.contains(QStringLiteral("at_most")) &&
            o.value(QStringLiteral("at_most")).toInt() == 0)
            text = tr("Never “%1”").arg(name);
        else if (o.contains(QStringLiteral("at_most")))
            text = tr("“%1” %2 to %3 times")
                       .arg(name)
                       .arg(o.contains(QStringLiteral("at_least")) ? least : 0)
                       .arg(o.value(QStringLiteral("at_most")).toInt());
        else
            text = tr("“%1” at least %n time(s)", nullptr, least).arg(name);
        const QString when = timeText(o, QStringLiteral("within_days"), QStringLiteral("between"));
        if (!when.isEmpty())
            text += QLatin1Char(' ') + when;
        const QJsonObject prop = o.value(QStringLiteral("prop")).toObject();
        if (!prop.isEmpty())
            text += QStringLiteral(" (%1 = %2)")
                        .arg(prop.value(QStringLiteral("key")).toString(),
                             prop.value(QStringLiteral("value")).toVariant().toString());
        return text;
    }
    if (key == QStringLiteral("has_member_id"))
        return yes(body.toBool(), tr("Has a member ID"), tr("Has no member ID"));
    if (key == QStringLiteral("has_unionid"))
        return yes(body.toBool(), tr("Has a unionid"), tr("Has no unionid"));
    if (key == QStringLiteral("opted_out"))
        return yes(body.toBool(), tr("Opted out"), tr("Not opted out"));
    if (key == QStringLiteral("received_campaign"))
        return tr("Received campaign %1").arg(body.toInt());
    if (key == QStringLiteral("delivery"))
        return tr("Has a delivery in state %1").arg(o.value(QStringLiteral("state")).toString());
    if (key == QStringLiteral("in_segment"))
        return tr("In segment “%1”").arg(body.toString());
    return key;
}

void ConditionTree::refreshText(QTreeWidgetItem *item)
{
    const bool negated = item->data(0, kNegatedRole).toBool();
    QString text;
    if (isGroup(item)) {
        const bool all = item->data(0, kKindRole).toString() == QStringLiteral("all");
        text = all ? tr("All of these") : tr("Any of these");
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
    } else {
        text = describe(item->data(0, kConditionRole).toJsonObject());
    }
    item->setText(0, negated ? tr("NOT: %1").arg(text) : text);
}

QTreeWidgetItem *ConditionTree::groupFor(QTreeWidgetItem *item) const
{
    if (!item)
        return topLevelItem(0);
    return isGroup(item) ? item : item->parent();
}

void ConditionTree::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        removeCurrent();
        return;
    }
    if (event->modifiers() == Qt::AltModifier &&
        (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        moveCurrent(event->key() == Qt::Key_Up ? -1 : 1);
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

void ConditionTree::addCondition(const QJsonObject &condition)
{
    QTreeWidgetItem *group = groupFor(currentItem());
    auto *item = new QTreeWidgetItem(group);
    item->setData(0, kKindRole, QStringLiteral("leaf"));
    item->setData(0, kConditionRole, condition);
    item->setData(0, kNegatedRole, false);
    refreshText(item);
    group->setExpanded(true);
    setCurrentItem(item);
    emit edited();
}

void ConditionTree::addGroup()
{
    QTreeWidgetItem *group = newGroup(QStringLiteral("any"), false, groupFor(currentItem()));
    setCurrentItem(group);
    emit edited();
}

void ConditionTree::toggleAllAny()
{
    QTreeWidgetItem *group = groupFor(currentItem());
    const bool all = group->data(0, kKindRole).toString() == QStringLiteral("all");
    group->setData(0, kKindRole, all ? QStringLiteral("any") : QStringLiteral("all"));
    refreshText(group);
    emit edited();
}

void ConditionTree::toggleNegation()
{
    QTreeWidgetItem *item = currentItem();
    if (!item)
        return;
    item->setData(0, kNegatedRole, !item->data(0, kNegatedRole).toBool());
    refreshText(item);
    emit edited();
}

void ConditionTree::removeCurrent()
{
    QTreeWidgetItem *item = currentItem();
    if (!item || !item->parent())
        return; // the top group stays; clear it by removing its children
    delete item;
    emit edited();
}

void ConditionTree::moveCurrent(int delta)
{
    QTreeWidgetItem *item = currentItem();
    QTreeWidgetItem *parent = item ? item->parent() : nullptr;
    if (!parent)
        return;
    const int from = parent->indexOfChild(item);
    const int to = from + delta;
    if (to < 0 || to >= parent->childCount())
        return;
    const bool expanded = item->isExpanded();
    parent->takeChild(from);
    parent->insertChild(to, item);
    item->setExpanded(expanded);
    setCurrentItem(item);
    emit edited();
}

void ConditionTree::setCurrentCondition(const QJsonObject &condition)
{
    QTreeWidgetItem *item = currentItem();
    if (!item || isGroup(item))
        return;
    item->setData(0, kConditionRole, condition);
    refreshText(item);
    emit edited();
}

QJsonObject ConditionTree::currentCondition() const
{
    const QTreeWidgetItem *item = currentItem();
    return item && !isGroup(item) ? item->data(0, kConditionRole).toJsonObject() : QJsonObject();
}

QJsonObject ConditionTree::toJson(const QTreeWidgetItem *item) const
{
    QJsonObject node;
    if (isGroup(item)) {
        QJsonArray children;
        for (int i = 0; i < item->childCount(); ++i)
            children.append(toJson(item->child(i)));
        node.insert(item->data(0, kKindRole).toString(), children);
    } else {
        node = item->data(0, kConditionRole).toJsonObject();
    }
    if (item->data(0, kNegatedRole).toBool())
        return QJsonObject{{QStringLiteral("not"), node}};
    return node;
}

QJsonObject ConditionTree::definition() const
{
    return topLevelItem(0) ? toJson(topLevelItem(0)) : QJsonObject{{QStringLiteral("all"), {}}};
}

bool ConditionTree::fromJson(const QJsonObject &node, QTreeWidgetItem *parent, bool negated)
{
    if (node.size() != 1)
        return false;
    const QString key = node.constBegin().key();
    const QJsonValue body = node.constBegin().value();
    if (key == QStringLiteral("not")) {
        if (negated || !body.isObject())
            return false; // NOT NOT is shown as what it means: the plain condition
        return fromJson(body.toObject(), parent, true);
    }
    if (key == QStringLiteral("all") || key == QStringLiteral("any")) {
        QTreeWidgetItem *group = newGroup(key, negated, parent);
        for (const QJsonValue &child : body.toArray())
            if (!child.isObject() || !fromJson(child.toObject(), group, false))
                return false;
        return true;
    }
    if (!parent)
        newGroup(QStringLiteral("all"), false, nullptr); // a bare condition gets a top group
    QTreeWidgetItem *group = parent ? parent : topLevelItem(0);
    auto *item = new QTreeWidgetItem(group);
    item->setData(0, kKindRole, QStringLiteral("leaf"));
    item->setData(0, kConditionRole, node);
    item->setData(0, kNegatedRole, negated);
    refreshText(item);
    return true;
}

bool ConditionTree::setDefinition(const QJsonObject &definition)
{
    const QJsonObject before = this->definition();
    clear();
    if (!fromJson(definition, nullptr, false)) {
        clear();
        fromJson(before, nullptr, false);
        return false;
    }
    setCurrentItem(topLevelItem(0));
    return true;
}
