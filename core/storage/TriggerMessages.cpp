#include "TriggerMessages.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

namespace {
struct Message
{
    const char *name;
    const char *source; // %1, %2... stand for the values, each number where the server puts it
};

// The campaigns' approval rules (messaging/CampaignApprovals) and the outbox guards.
const QList<Message> &catalog()
{
    static const QList<Message> messages{
        {"NEEDS_APPROVAL",
         QT_TRANSLATE_NOOP("TriggerMessages",
                           "Campaign %1 needs another team member's approval of its current "
                           "version before it starts (a mass send, or %2 recipients: more than "
                           "the team's threshold of %3). An admin or approver runs wxops "
                           "campaign approve %1 --comment TEXT, or approves it on the Campaigns "
                           "page.")},
        {"DECISION_KEPT",
         QT_TRANSLATE_NOOP("TriggerMessages", "An approval or rejection is kept as it was made: "
                                              "decide again instead.")},
        {"NOT_AN_APPROVER",
         QT_TRANSLATE_NOOP("TriggerMessages",
                           "Only a member of wxops_admin or wxops_approver may approve or reject "
                           "a campaign (ask the database owner: wxops team add %1 --role "
                           "approver).")},
        {"NO_SUCH_CAMPAIGN", QT_TRANSLATE_NOOP("TriggerMessages", "There is no campaign %1.")},
        {"OWN_CAMPAIGN",
         QT_TRANSLATE_NOOP("TriggerMessages", "You wrote campaign %1: another team member must "
                                              "approve or reject it.")},
        {"NOT_A_DRAFT",
         QT_TRANSLATE_NOOP("TriggerMessages",
                           "Campaign %1 is %2: only a draft is approved or rejected.")},
        {"EDITED_SINCE",
         QT_TRANSLATE_NOOP("TriggerMessages",
                           "Campaign %1 was edited since you looked at it (version %2 now, you "
                           "saw %3): look at it again before deciding.")},
        {"JOIN_BEFORE_START",
         QT_TRANSLATE_NOOP("TriggerMessages", "Recipients join a campaign only before it starts: "
                                              "what was approved is what is sent.")},
        {"SKIPPED_STAYS_OUT",
         QT_TRANSLATE_NOOP("TriggerMessages",
                           "A recipient the campaign's rules left out (skipped) stays out, and a "
                           "delivery stays with its campaign.")},
    };
    return messages;
}

const QRegularExpression &placeholder()
{
    static const QRegularExpression pattern(QStringLiteral("%([1-9])"));
    return pattern;
}
} // namespace

namespace TriggerMessages {

QString fillIn(QString sql)
{
    for (const Message &m : catalog()) {
        QString format = QString::fromUtf8(m.source);
        format.replace(placeholder(), QStringLiteral("%"));
        format.replace(u'\'', QStringLiteral("''"));
        sql.replace(QStringLiteral("{{%1}}").arg(QLatin1String(m.name)), u'\'' + format + u'\'');
    }
    return sql;
}

QString translated(const QString &serverText)
{
    for (const Message &m : catalog()) {
        const QString source = QString::fromUtf8(m.source);
        // The English text as a pattern: each %N catches what the server put there.
        QString pattern = QStringLiteral("^");
        QList<int> numbers;
        qsizetype from = 0;
        for (const QRegularExpressionMatch &p : placeholder().globalMatch(source)) {
            pattern += QRegularExpression::escape(source.mid(from, p.capturedStart() - from)) +
                       QStringLiteral("(.*?)");
            numbers << p.captured(1).toInt();
            from = p.capturedEnd();
        }
        pattern += QRegularExpression::escape(source.mid(from)) + u'$';
        const QRegularExpressionMatch match = QRegularExpression(pattern).match(serverText);
        if (!match.hasMatch())
            continue;
        QString values[10];
        for (int i = 0; i < numbers.size(); ++i)
            values[numbers[i]] = match.captured(i + 1);
        // One pass over the translation, so a value holding "%2" stays as it is.
        QString said;
        const QString translation = QCoreApplication::translate("TriggerMessages", m.source);
        from = 0;
        for (const QRegularExpressionMatch &p : placeholder().globalMatch(translation)) {
            said += translation.mid(from, p.capturedStart() - from) + values[p.captured(1).toInt()];
            from = p.capturedEnd();
        }
        return said + translation.mid(from);
    }
    return serverText;
}

} // namespace TriggerMessages
