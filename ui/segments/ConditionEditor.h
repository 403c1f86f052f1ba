#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QSpinBox;

// Edits one condition of a segment with the right widget for each field: pickers filled from
// the data (apps, synced tags, event names, saved segments), date pickers, counts. Emits the
// condition's JSON after every change.
class ConditionEditor : public QWidget
{
    Q_OBJECT
public:
    struct Choices
    {
        QList<std::pair<QString, QString>> apps; // (appid, name)
        QStringList tagNames;
        QStringList eventNames;
        QStringList segmentNames;
        QList<std::pair<QString, QString>> qrCodes; // (scene, name) of the codes made here
    };

    explicit ConditionEditor(QWidget *parent = nullptr);

    void setChoices(const Choices &choices);
    void load(const QJsonObject &condition);
    QJsonObject condition() const;
    // A new condition of the kind picked in the "Add condition" menu, with sensible defaults.
    static QJsonObject defaultCondition(const QString &kind, const Choices &choices);
    static QStringList kinds(); // the keys, in menu order
    static QString kindTitle(const QString &kind);

signals:
    void conditionChanged(const QJsonObject &condition);

private:
    QString qrSceneValue() const;
    void setQrScene(const QString &scene);
    void showRowsFor(const QString &kind);
    void setRowVisible(QWidget *field, bool visible);
    void emitChanged();
    QJsonObject timeRange(const QString &withinKey, const QString &betweenKey) const;
    void loadTimeRange(const QJsonObject &o, const QString &withinKey, const QString &betweenKey);

    QFormLayout *m_form;
    QComboBox *m_kind;
    QComboBox *m_app;
    QComboBox *m_platform;
    QComboBox *m_subscribed;
    QComboBox *m_scene;
    QComboBox *m_qrScene;
    QLineEdit *m_language;
    QComboBox *m_tag;
    QComboBox *m_event;
    QComboBox *m_countMode;
    QSpinBox *m_min;
    QSpinBox *m_max;
    QLineEdit *m_propKey;
    QLineEdit *m_propValue;
    QComboBox *m_timeMode;
    QSpinBox *m_days;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_flag;
    QComboBox *m_segment;
    QSpinBox *m_campaign;
    QComboBox *m_state;
    bool m_loading = false;
};
