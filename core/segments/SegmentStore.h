#pragma once

#include "SegmentCompiler.h"
#include "storage/DbConnection.h"
#include "util/Status.h"

class Clock;
class PreparedStatements;

// Saved segments: their definitions, their stored membership and its size over time.
// Counting and refreshing compile the definition once, with "now" fixed at the start.
class SegmentStore
{
public:
    static constexpr int kMaxNameLength = 100; // as a campaign's
    struct Segment
    {
        qint64 id = 0;
        QString name;
        QByteArray definition; // JSON text
        QString createdBy;
        qint64 createdAt = 0;
        qint64 updatedAt = 0;
        qint64 refreshedAt = 0; // 0: never refreshed
        qint64 size = -1;       // members at the last refresh; -1: never refreshed

        // Whether members were ever computed: a never-refreshed segment has no size, which
        // is not a size of 0.
        enum class Freshness
        {
            NeverRefreshed,
            Refreshed,
        };
        Freshness freshness() const
        {
            return refreshedAt ? Freshness::Refreshed : Freshness::NeverRefreshed;
        }
    };
    struct Refresh
    {
        qint64 added = 0;
        qint64 removed = 0;
        qint64 size = 0;
    };
    struct Match // a matching profile, for a sample
    {
        qint64 profileId = 0;
        QString memberId;
    };
    struct SizePoint
    {
        qint64 at = 0;
        qint64 size = 0;
    };

    SegmentStore(DbConnection db, const Clock &clock);

    // Parses and compiles `definition`; `selfName` is the segment it belongs to, if any.
    Status compile(const QByteArray &definition, CompiledSegment *compiled,
                   const QString &selfName = QString()) const;
    Status count(const QByteArray &definition, qint64 *count) const;
    // Up to `limit` matching profiles, lowest id first.
    Status sample(const QByteArray &definition, int limit, QList<Match> *matches) const;
    // Both, compiling the definition once (the builder's live count).
    Status preview(const QByteArray &definition, int limit, qint64 *count,
                   QList<Match> *matches) const;

    Status list(QList<Segment> *segments) const;
    Status find(const QString &name, Segment *segment) const;
    Status create(const QString &name, const QByteArray &definition, qint64 *id);
    Status update(qint64 id, const QByteArray &definition);
    Status rename(qint64 id, const QString &name);
    Status duplicate(qint64 id, const QString &newName, qint64 *newId);
    Status remove(qint64 id);

    // Brings the stored membership up to date in one transaction: members that now match are
    // added, those that no longer match are removed, and the size is recorded.
    Status refresh(qint64 id, Refresh *result);

    // Memberships are rule results: a profile that is deleted (merged, rebuilt) loses them, and
    // the next refresh finds the person on the profile that stays. There is no foreign key to
    // do this (migration 10). The first runs on the linker's prepared statements, per merge.
    static Status forgetMembersOf(PreparedStatements &sql, qint64 profileId);
    static Status forgetMembersWithoutAccounts(DbConnection db);
    Status sizeHistory(qint64 id, QList<SizePoint> *points) const;

private:
    Status countOf(const CompiledSegment &compiled, qint64 *count) const;
    Status sampleOf(const CompiledSegment &compiled, int limit, QList<Match> *matches) const;
    Status matchesOf(const QList<qint64> &ids, QList<Match> *matches) const;
    Status fillRefreshTable(const CompiledSegment &compiled) const;
    // The name of another saved segment whose definition uses `segment`, or empty.
    Status usedBy(const Segment &segment, QString *user) const;
    Status checkName(const QString &name, qint64 exceptId) const;
    Status load(const QString &where, const QVariant &key, Segment *segment) const;

    DbConnection m_db;
    const Clock &m_clock;
};
