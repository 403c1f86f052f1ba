#pragma once

#include <QJsonObject>
#include <QTreeWidget>

// The definition being edited, as a tree: groups (all / any) hold conditions and groups; any
// node can be negated. Each condition keeps its JSON body ({"event": {...}}) on its item; the
// tree turns itself into a definition and back (docs/segments.md).
class ConditionTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ConditionTree(QWidget *parent = nullptr);

    QJsonObject definition() const;
    // False (tree unchanged) when `definition` is not an object this editor can show.
    bool setDefinition(const QJsonObject &definition);
    void clearToEmpty(); // one empty "all" group

    // Edits on the current item; each emits edited().
    void addCondition(const QJsonObject &condition);
    void addGroup();
    void toggleAllAny();
    void toggleNegation();
    void removeCurrent();
    void moveCurrent(int delta);
    // Replaces the current condition's JSON (the leaf editor's changes).
    void setCurrentCondition(const QJsonObject &condition);
    // The current item's condition, or an empty object for a group.
    QJsonObject currentCondition() const;

    // A one-line description of a condition, for the tree and the tests.
    static QString describe(const QJsonObject &condition);

signals:
    void edited();

protected:
    void keyPressEvent(QKeyEvent *event) override; // Del removes, Alt+Up/Down move

private:
    QTreeWidgetItem *groupFor(QTreeWidgetItem *item) const;
    QJsonObject toJson(const QTreeWidgetItem *item) const;
    bool fromJson(const QJsonObject &node, QTreeWidgetItem *parent, bool negated);
    QTreeWidgetItem *newGroup(const QString &kind, bool negated, QTreeWidgetItem *parent);
    void refreshText(QTreeWidgetItem *item);
};
