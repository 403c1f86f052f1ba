#pragma once

#include "storage/DbConnection.h"
#include "util/Status.h"
#include "wechat/UserApi.h"

#include <QObject>

class WechatClient;

// Pushes a saved segment to an Official Account as a WeChat tag, so the OA's own tools can use
// it: finds the tag by name or creates it, then tags the members' subscribed followers on that
// app 50 at a time (batchtagging), a page of openids after another; or takes the tag off them.
// Each page WeChat accepted is written to the database at once, and the push is audited. Members
// without a subscribed account on the app are counted, not tagged (WeChat can tag only followers).
class SegmentTagPush : public QObject
{
    Q_OBJECT
public:
    struct Report
    {
        Status status = Status::ok();
        bool cancelled = false;
        int tagId = -1;
        bool tagCreated = false;
        qint64 tagged = 0;  // followers tagged
        qint64 members = 0; // members of the segment
    };

    SegmentTagPush(DbConnection db, qint64 appRowId, WechatClient &client,
                   QObject *parent = nullptr);

    // `tagged` false takes the tag off the members instead (the tag must exist).
    void start(qint64 segmentId, const QString &tagName, bool tagged = true);
    void cancel() { m_cancelled = true; }

signals:
    void progressed(qint64 tagged, qint64 total);
    void finished(const SegmentTagPush::Report &report);

private:
    void tagNextPage();
    void finish(const Status &status);

    DbConnection m_db;
    qint64 m_app;
    WechatClient &m_client;
    UserApi m_api;
    qint64 m_segment = 0;
    QString m_afterOpenid;
    qint64 m_total = 0;
    bool m_cancelled = false;
    bool m_tagged = true;
    Report m_report;
};
Q_DECLARE_METATYPE(SegmentTagPush::Report)
