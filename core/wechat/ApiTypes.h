#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Typed values of WeChat's replies, as the endpoint wrappers return them.

struct FollowerPage
{
    int total = 0;
    QStringList openids;
    QString nextOpenid; // empty or with no openids: the listing is complete
};

struct FollowerInfo
{
    QString openid;
    QString unionid;
    bool subscribed = false;
    qint64 subscribeTime = 0; // seconds since epoch
    QString subscribeScene;
    QString qrScene; // qr_scene_str, or qr_scene as a number; empty when not through a QR code
    QString language;
    QString remark;
    QList<int> tagIds;
};

struct WechatTag
{
    int id = 0;
    QString name;
    int count = 0;
};

struct Quota
{
    qint64 dailyLimit = 0;
    qint64 used = 0;
    qint64 remain = 0;
};

// One field of a template: its key and the label the template's content puts before it
// ("会员号：{{character_string1.DATA}}" gives the label 会员号).
struct TemplateField
{
    QString key;
    QString label; // empty when its line has none (first, remark)
};

struct MessageTemplate
{
    QString templateId;
    QString title;
    QString content; // with {{key.DATA}} placeholders
    QString example;
    QStringList keys() const;            // the placeholder keys, in order
    QList<TemplateField> fields() const; // every placeholder with its label, in order
    // first and remark: WeChat stopped showing them in May 2023, whatever is sent in them.
    static bool isRetiredKey(const QString &key);
};

struct MassSendReceipt
{
    qint64 msgId = 0;
    qint64 msgDataId = 0;
};

// One datacube series: the rows of `list` (or the whole reply for portrait/retain calls).
using DatacubeRows = QList<QJsonObject>;
