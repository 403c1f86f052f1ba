#include "ConditionEditor.h"

#include "FollowSource.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QSpinBox>

namespace {
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

QComboBox *choiceBox(const QList<std::pair<QString, QVariant>> &items)
{
    auto *box = new QComboBox;
    for (const auto &[text, value] : items)
        box->addItem(text, value);
    return box;
}

void refill(QComboBox *box, const QStringList &items)
{
    const QString current = box->currentText();
    box->clear();
    box->addItems(items);
    box->setCurrentText(current);
}
} // namespace

QStringList ConditionEditor::kinds()
{
    return {QStringLiteral("account"),     QStringLiteral("tag"),
            QStringLiteral("event"),       QStringLiteral("has_member_id"),
            QStringLiteral("has_unionid"), QStringLiteral("opted_out"),
            QStringLiteral("in_segment"),  QStringLiteral("received_campaign"),
            QStringLiteral("delivery")};
}

QString ConditionEditor::kindTitle(const QString &kind)
{
    if (kind == QStringLiteral("account"))
        return tr("Account (app, follows, source…)");
    if (kind == QStringLiteral("tag"))
        return tr("WeChat tag");
    if (kind == QStringLiteral("event"))
        return tr("Behaviour (an event)");
    if (kind == QStringLiteral("has_member_id"))
        return tr("Member ID");
    if (kind == QStringLiteral("has_unionid"))
        return tr("UnionID");
    if (kind == QStringLiteral("opted_out"))
        return tr("Opted out of messages");
    if (kind == QStringLiteral("in_segment"))
        return tr("In a saved segment");
    if (kind == QStringLiteral("received_campaign"))
        return tr("Received a campaign");
    return tr("Delivery state");
}

QJsonObject ConditionEditor::defaultCondition(const QString &kind, const Choices &choices)
{
    if (kind == QStringLiteral("account"))
        return {{kind, QJsonObject{{QStringLiteral("kind"), QStringLiteral("oa")},
                                   {QStringLiteral("subscribed"), true}}}};
    if (kind == QStringLiteral("tag"))
        return {{kind, QJsonObject{{QStringLiteral("name"),
                                    choices.tagNames.value(0, QStringLiteral("VIP"))}}}};
    if (kind == QStringLiteral("event"))
        return {{kind, QJsonObject{{QStringLiteral("name"),
                                    choices.eventNames.value(0, QStringLiteral("purchase"))}}}};
    if (kind == QStringLiteral("in_segment"))
        return {{kind, choices.segmentNames.value(0)}};
    if (kind == QStringLiteral("received_campaign"))
        return {{kind, 1}};
    if (kind == QStringLiteral("delivery"))
        return {{kind, QJsonObject{{QStringLiteral("state"), QStringLiteral("failed")}}}};
    return {{kind, true}};
}

ConditionEditor::ConditionEditor(QWidget *parent) : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_kind = new QComboBox;
    for (const QString &kind : kinds())
        m_kind->addItem(kindTitle(kind), kind);
    m_app = choiceBox({{tr("Any app"), QString()}});
    m_platform = choiceBox({{tr("Any"), QString()},
                            {tr("Official Account"), QStringLiteral("oa")},
                            {tr("Mini Program"), QStringLiteral("mp")}});
    m_subscribed = choiceBox({{tr("Either"), QString()},
                              {tr("Subscribed"), QStringLiteral("yes")},
                              {tr("Not subscribed"), QStringLiteral("no")}});
    m_scene = choiceBox({{tr("Any"), QString()}});
    for (const QString &scene : FollowSource::scenes())
        m_scene->addItem(FollowSource::sceneName(scene), scene);
    // A code made in wxops by its name; any other parameter typed as WeChat sends it.
    m_qrScene = new QComboBox;
    m_qrScene->setEditable(true);
    m_qrScene->setInsertPolicy(QComboBox::NoInsert);
    m_qrScene->lineEdit()->setPlaceholderText(tr("the channel QR code, e.g. shop-shanghai-01"));
    m_language = new QLineEdit;
    m_language->setPlaceholderText(QStringLiteral("zh_CN"));
    m_tag = new QComboBox;
    m_tag->setEditable(true);
    m_event = new QComboBox;
    m_event->setEditable(true);
    m_countMode = choiceBox({{tr("at least"), QStringLiteral("least")},
                             {tr("at most"), QStringLiteral("most")},
                             {tr("between"), QStringLiteral("between")},
                             {tr("never"), QStringLiteral("never")}});
    m_min = new QSpinBox;
    m_min->setRange(0, 1000000);
    m_min->setValue(1);
    m_max = new QSpinBox;
    m_max->setRange(0, 1000000);
    m_max->setValue(3);
    m_propKey = new QLineEdit;
    m_propKey->setPlaceholderText(tr("property, e.g. item"));
    m_propValue = new QLineEdit;
    m_propValue->setPlaceholderText(tr("value, e.g. sku-9"));
    m_timeMode = choiceBox({{tr("Any time"), QStringLiteral("any")},
                            {tr("In the last N days"), QStringLiteral("within")},
                            {tr("Between dates"), QStringLiteral("between")}});
    m_days = new QSpinBox;
    m_days->setRange(0, 36500);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1));
    m_to = new QDateEdit(QDate::currentDate());
    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(kDateFormat);
    }
    m_flag = choiceBox({{tr("Yes"), true}, {tr("No"), false}});
    m_segment = new QComboBox;
    m_campaign = new QSpinBox;
    m_campaign->setRange(0, 1000000000);
    m_campaign->setSpecialValueText(tr("any"));
    m_state = new QComboBox;
    m_state->addItems({QStringLiteral("sent"), QStringLiteral("failed"), QStringLiteral("skipped"),
                       QStringLiteral("unknown"), QStringLiteral("pending"),
                       QStringLiteral("sending")});

    // Names for the tests (and accessibility tools) to find each field by.
    const QList<std::pair<QWidget *, const char *>> names = {
        {m_kind, "kind"},         {m_app, "app"},
        {m_platform, "platform"}, {m_subscribed, "subscribed"},
        {m_scene, "scene"},       {m_qrScene, "qrScene"},
        {m_language, "language"}, {m_tag, "tag"},
        {m_event, "event"},       {m_countMode, "countMode"},
        {m_min, "min"},           {m_max, "max"},
        {m_propKey, "propKey"},   {m_propValue, "propValue"},
        {m_timeMode, "timeMode"}, {m_days, "days"},
        {m_from, "from"},         {m_to, "to"},
        {m_flag, "flag"},         {m_segment, "segment"},
        {m_campaign, "campaign"}, {m_state, "state"}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(QLatin1String(name));
    m_form->addRow(tr("Condition:"), m_kind);
    m_form->addRow(tr("App:"), m_app);
    m_form->addRow(tr("Platform:"), m_platform);
    m_form->addRow(tr("Subscribed:"), m_subscribed);
    m_form->addRow(tr("Source:"), m_scene);
    m_form->addRow(tr("QR code:"), m_qrScene);
    m_form->addRow(tr("Language:"), m_language);
    m_form->addRow(tr("Tag:"), m_tag);
    m_form->addRow(tr("Event:"), m_event);
    m_form->addRow(tr("How often:"), m_countMode);
    m_form->addRow(tr("Times (from):"), m_min);
    m_form->addRow(tr("Times (to):"), m_max);
    m_form->addRow(tr("Property:"), m_propKey);
    m_form->addRow(tr("Property value:"), m_propValue);
    m_form->addRow(tr("When:"), m_timeMode);
    m_form->addRow(tr("Days:"), m_days);
    m_form->addRow(tr("From:"), m_from);
    m_form->addRow(tr("To:"), m_to);
    m_form->addRow(tr("Value:"), m_flag);
    m_form->addRow(tr("Segment:"), m_segment);
    m_form->addRow(tr("Campaign id:"), m_campaign);
    m_form->addRow(tr("Delivery state:"), m_state);

    for (QComboBox *box : {m_kind, m_app, m_platform, m_subscribed, m_scene, m_countMode,
                           m_timeMode, m_flag, m_segment, m_state})
        connect(box, &QComboBox::currentIndexChanged, this, &ConditionEditor::emitChanged);
    for (QComboBox *box : {m_tag, m_event, m_qrScene})
        connect(box, &QComboBox::currentTextChanged, this, &ConditionEditor::emitChanged);
    for (QLineEdit *edit : {m_language, m_propKey, m_propValue})
        connect(edit, &QLineEdit::textChanged, this, &ConditionEditor::emitChanged);
    for (QSpinBox *spin : {m_min, m_max, m_days, m_campaign})
        connect(spin, &QSpinBox::valueChanged, this, &ConditionEditor::emitChanged);
    for (QDateEdit *date : {m_from, m_to})
        connect(date, &QDateEdit::dateChanged, this, &ConditionEditor::emitChanged);
    showRowsFor(QStringLiteral("account"));
}

QString ConditionEditor::qrSceneValue() const
{
    // A named code shows as "name (scene)"; what is typed is the parameter itself.
    const int named = m_qrScene->findText(m_qrScene->currentText());
    return named >= 0 ? m_qrScene->itemData(named).toString() : m_qrScene->currentText().trimmed();
}

void ConditionEditor::setQrScene(const QString &scene)
{
    const int named = scene.isEmpty() ? -1 : m_qrScene->findData(scene);
    if (named >= 0)
        m_qrScene->setCurrentIndex(named);
    else
        m_qrScene->setEditText(scene);
}

void ConditionEditor::setChoices(const Choices &choices)
{
    m_loading = true;
    const QString app = m_app->currentData().toString();
    m_app->clear();
    m_app->addItem(tr("Any app"), QString());
    for (const auto &[appid, name] : choices.apps)
        m_app->addItem(QStringLiteral("%1 (%2)").arg(name, appid), appid);
    m_app->setCurrentIndex(qMax(0, m_app->findData(app)));
    refill(m_tag, choices.tagNames);
    refill(m_event, choices.eventNames);
    refill(m_segment, choices.segmentNames);
    const QString qrScene = qrSceneValue();
    m_qrScene->clear();
    for (const auto &[scene, name] : choices.qrCodes)
        m_qrScene->addItem(QStringLiteral("%1 (%2)").arg(name, scene), scene);
    setQrScene(qrScene);
    m_loading = false;
}

void ConditionEditor::setRowVisible(QWidget *field, bool visible)
{
    m_form->setRowVisible(field, visible);
}

void ConditionEditor::showRowsFor(const QString &kind)
{
    const bool account = kind == QStringLiteral("account");
    const bool event = kind == QStringLiteral("event");
    const bool tag = kind == QStringLiteral("tag");
    setRowVisible(m_app, account || event || tag);
    setRowVisible(m_platform, account || event);
    setRowVisible(m_subscribed, account);
    setRowVisible(m_scene, account);
    setRowVisible(m_qrScene, account);
    setRowVisible(m_language, account);
    setRowVisible(m_tag, tag);
    setRowVisible(m_event, event);
    const QString count = m_countMode->currentData().toString();
    setRowVisible(m_countMode, event);
    setRowVisible(m_min,
                  event && count != QStringLiteral("most") && count != QStringLiteral("never"));
    setRowVisible(m_max,
                  event && (count == QStringLiteral("most") || count == QStringLiteral("between")));
    setRowVisible(m_propKey, event);
    setRowVisible(m_propValue, event);
    const QString time = m_timeMode->currentData().toString();
    setRowVisible(m_timeMode, account || event);
    setRowVisible(m_days, (account || event) && time == QStringLiteral("within"));
    setRowVisible(m_from, (account || event) && time == QStringLiteral("between"));
    setRowVisible(m_to, (account || event) && time == QStringLiteral("between"));
    setRowVisible(m_flag, kind == QStringLiteral("has_member_id") ||
                              kind == QStringLiteral("has_unionid") ||
                              kind == QStringLiteral("opted_out"));
    setRowVisible(m_segment, kind == QStringLiteral("in_segment"));
    setRowVisible(m_campaign, kind == QStringLiteral("received_campaign") ||
                                  kind == QStringLiteral("delivery"));
    setRowVisible(m_state, kind == QStringLiteral("delivery"));
}

void ConditionEditor::emitChanged()
{
    showRowsFor(m_kind->currentData().toString());
    if (!m_loading)
        emit conditionChanged(condition());
}

QJsonObject ConditionEditor::timeRange(const QString &withinKey, const QString &betweenKey) const
{
    const QString mode = m_timeMode->currentData().toString();
    if (mode == QStringLiteral("within"))
        return {{withinKey, m_days->value()}};
    if (mode == QStringLiteral("between"))
        return {{betweenKey, QJsonArray{m_from->date().toString(kDateFormat),
                                        m_to->date().toString(kDateFormat)}}};
    return {};
}

QJsonObject ConditionEditor::condition() const
{
    const QString kind = m_kind->currentData().toString();
    QJsonObject o;
    auto put = [&o](const QString &key, const QString &value) {
        if (!value.trimmed().isEmpty())
            o.insert(key, value.trimmed());
    };
    auto merge = [&o](const QJsonObject &more) {
        for (auto it = more.constBegin(); it != more.constEnd(); ++it)
            o.insert(it.key(), it.value());
    };
    if (kind == QStringLiteral("account") || kind == QStringLiteral("event") ||
        kind == QStringLiteral("tag"))
        put(QStringLiteral("app"), m_app->currentData().toString());
    if (kind == QStringLiteral("account")) {
        put(QStringLiteral("kind"), m_platform->currentData().toString());
        const QString subscribed = m_subscribed->currentData().toString();
        if (!subscribed.isEmpty())
            o.insert(QStringLiteral("subscribed"), subscribed == QStringLiteral("yes"));
        put(QStringLiteral("scene"), m_scene->currentData().toString());
        put(QStringLiteral("qr_scene"), qrSceneValue());
        put(QStringLiteral("language"), m_language->text());
        merge(timeRange(QStringLiteral("subscribed_within_days"),
                        QStringLiteral("subscribed_between")));
        return {{kind, o}};
    }
    if (kind == QStringLiteral("tag")) {
        put(QStringLiteral("name"), m_tag->currentText());
        return {{kind, o}};
    }
    if (kind == QStringLiteral("event")) {
        put(QStringLiteral("name"), m_event->currentText());
        put(QStringLiteral("kind"), m_platform->currentData().toString());
        const QString count = m_countMode->currentData().toString();
        if (count == QStringLiteral("never")) {
            o.insert(QStringLiteral("at_most"), 0);
        } else {
            if (count != QStringLiteral("most"))
                o.insert(QStringLiteral("at_least"), m_min->value());
            if (count != QStringLiteral("least"))
                o.insert(QStringLiteral("at_most"), m_max->value());
        }
        if (!m_propKey->text().trimmed().isEmpty())
            o.insert(QStringLiteral("prop"),
                     QJsonObject{{QStringLiteral("key"), m_propKey->text().trimmed()},
                                 {QStringLiteral("value"), m_propValue->text()}});
        merge(timeRange(QStringLiteral("within_days"), QStringLiteral("between")));
        return {{kind, o}};
    }
    if (kind == QStringLiteral("in_segment"))
        return {{kind, m_segment->currentText()}};
    if (kind == QStringLiteral("received_campaign"))
        return {{kind, m_campaign->value()}};
    if (kind == QStringLiteral("delivery")) {
        o.insert(QStringLiteral("state"), m_state->currentText());
        if (m_campaign->value() > 0)
            o.insert(QStringLiteral("campaign"), m_campaign->value());
        return {{kind, o}};
    }
    return {{kind, m_flag->currentData().toBool()}};
}

void ConditionEditor::loadTimeRange(const QJsonObject &o, const QString &withinKey,
                                    const QString &betweenKey)
{
    m_timeMode->setCurrentIndex(0);
    if (o.contains(withinKey)) {
        m_timeMode->setCurrentIndex(m_timeMode->findData(QStringLiteral("within")));
        m_days->setValue(o.value(withinKey).toInt());
    } else if (o.contains(betweenKey)) {
        const QJsonArray pair = o.value(betweenKey).toArray();
        m_timeMode->setCurrentIndex(m_timeMode->findData(QStringLiteral("between")));
        m_from->setDate(QDate::fromString(pair.at(0).toString(), kDateFormat));
        m_to->setDate(QDate::fromString(pair.at(1).toString(), kDateFormat));
    }
}

void ConditionEditor::load(const QJsonObject &condition)
{
    m_loading = true;
    const QString kind = condition.constBegin().key();
    const QJsonValue body = condition.constBegin().value();
    const QJsonObject o = body.toObject();
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    m_app->setCurrentIndex(qMax(0, m_app->findData(o.value(QStringLiteral("app")).toString())));
    m_platform->setCurrentIndex(
        qMax(0, m_platform->findData(o.value(QStringLiteral("kind")).toString())));
    m_subscribed->setCurrentIndex(!o.contains(QStringLiteral("subscribed"))
                                      ? 0
                                      : (o.value(QStringLiteral("subscribed")).toBool() ? 1 : 2));
    const QString scene = o.value(QStringLiteral("scene")).toString();
    if (!scene.isEmpty() && m_scene->findData(scene) < 0) // a code WeChat added later
        m_scene->addItem(scene, scene);
    m_scene->setCurrentIndex(qMax(0, m_scene->findData(scene)));
    setQrScene(o.value(QStringLiteral("qr_scene")).toString());
    m_language->setText(o.value(QStringLiteral("language")).toString());
    if (kind == QStringLiteral("tag"))
        m_tag->setCurrentText(o.value(QStringLiteral("name")).toString());
    if (kind == QStringLiteral("event")) {
        m_event->setCurrentText(o.value(QStringLiteral("name")).toString());
        const bool hasMost = o.contains(QStringLiteral("at_most"));
        const bool hasLeast = o.contains(QStringLiteral("at_least"));
        const int most = o.value(QStringLiteral("at_most")).toInt();
        QString mode = QStringLiteral("least");
        if (hasMost && most == 0)
            mode = QStringLiteral("never");
        else if (hasMost)
            mode = hasLeast ? QStringLiteral("between") : QStringLiteral("most");
        m_countMode->setCurrentIndex(m_countMode->findData(mode));
        m_min->setValue(o.value(QStringLiteral("at_least")).toInt(1));
        m_max->setValue(most);
        const QJsonObject prop = o.value(QStringLiteral("prop")).toObject();
        m_propKey->setText(prop.value(QStringLiteral("key")).toString());
        m_propValue->setText(prop.value(QStringLiteral("value")).toVariant().toString());
        loadTimeRange(o, QStringLiteral("within_days"), QStringLiteral("between"));
    } else {
        loadTimeRange(o, QStringLiteral("subscribed_within_days"),
                      QStringLiteral("subscribed_between"));
    }
    if (body.isBool())
        m_flag->setCurrentIndex(body.toBool() ? 0 : 1);
    if (kind == QStringLiteral("in_segment"))
        m_segment->setCurrentText(body.toString());
    if (kind == QStringLiteral("received_campaign"))
        m_campaign->setValue(body.toInt());
    if (kind == QStringLiteral("delivery")) {
        m_state->setCurrentText(o.value(QStringLiteral("state")).toString());
        m_campaign->setValue(o.value(QStringLiteral("campaign")).toInt(0));
    }
    showRowsFor(kind);
    m_loading = false;
}
